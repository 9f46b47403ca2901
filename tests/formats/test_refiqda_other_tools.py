""".qdpx files as NVivo, QualCoder, MAXQDA and ATLAS.ti write them, read back by the text
each coded span must give (see tests/qdpx_dialects.py for each tool's habits)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from lxml import etree

from annotary.domain.models import Bundle
from annotary.formats.refiqda import read_qdpx
from annotary.formats.refiqda.positions import RawSelection, SourcePositions
from qdpx_dialects import (
    ATLAS,
    MAXQDA,
    NVIVO,
    QUALCODER,
    Case,
    Coded,
    Dialect,
    ProjectSpec,
    Source,
    qde,
    write_project,
)

INTERVIEW = (
    "Interjú 1\n2024-08-16\n\n"
    "K: Hogy érzed magad a munkahelyeden? 🙂\n"
    "V: Na mi van? Nem mertétek megkérdezni a főnököt 😅 de én igen.\n"
    "K: És a fizetés?\n"
    "V: A fizetés alacsony, a bérleti díj 🏠 pedig egyre nő.\n"
    "V: A busz reggel mindig késik 🚌, ezért gyalog járok.\n"
)
FIELD_NOTES = (
    "Terepjegyzet\n\n"
    "A gyár előtt 🙂 sokan várakoztak.\n"
    "Egy munkás azt mondta, hogy a műszak túl hosszú.\n"
)
CODES = (
    ("Munka", True),
    ("Munka/Fizetés", True),
    ("Lakhatás", True),
    ("Közlekedés", True),
)
INTERVIEW_CODED = (
    Coded("Na mi van? Nem mertétek megkérdezni a főnököt", ("Munka", "case:Réka")),
    Coded("A fizetés alacsony", ("Munka/Fizetés", "Munka", "case:Réka")),
    Coded("a bérleti díj 🏠 pedig egyre nő", ("Lakhatás",), note="Lakbér 🏠 emelkedik."),
    Coded("A busz reggel mindig késik", ("Közlekedés", "case:Réka")),
    Coded("a műszak túl hosszú", ("Munka",), coder="Bence Tóth", nth=0),
)


def _without_cases(coded: tuple[Coded, ...], prefix: str = "") -> tuple[Coded, ...]:
    return tuple(
        replace(c, codes=tuple(prefix + x for x in c.codes if not x.startswith("case:")))
        for c in coded
    )


def _nvivo_spec() -> ProjectSpec:
    interview = Source("i1", "Interjú 1", INTERVIEW, INTERVIEW_CODED[:4])
    notes = Source("n1", "Terepjegyzet", FIELD_NOTES, INTERVIEW_CODED[4:])
    return ProjectSpec(
        sources=[interview, notes],
        codes=CODES,
        cases=[Case("Réka", "Interjúalany, 34 éves"), Case("B telephely", link="none")],
    )


def _expected(spec: ProjectSpec) -> dict[str, tuple[set[str], str | None, str | None]]:
    """quote -> (theme names, speaker name, coder) every imported annotation must have."""
    out = {}
    for source in spec.sources:
        for coded in source.coded:
            themes = {c.rpartition("/")[2] for c in coded.codes if not c.startswith("case:")}
            cases = [c[5:] for c in coded.codes if c.startswith("case:")]
            out[coded.quote] = (themes, cases[0] if cases else None, coded.coder)
    return out


def _actual(bundle: Bundle) -> dict[str, tuple[set[str], str | None, str | None]]:
    themes = {t.id: t.name for t in bundle.themes}
    speakers = {s.id: s.name for s in bundle.speakers}
    texts = {a.id: a.text for a in bundle.articles}
    out = {}
    for a in bundle.annotations:
        assert texts[a.article][a.start : a.end] == a.exact
        assert a.exact not in out, f"{a.exact!r} imported twice"
        speaker = speakers[a.speaker] if a.speaker else None
        out[a.exact] = ({themes[t] for t in a.themes}, speaker, a.coder)
    return out


def test_nvivo_utf16_crlf_counted_twice_and_one_selection_per_code(tmp_path: Path) -> None:
    spec = _nvivo_spec()
    bundle = read_qdpx(write_project(tmp_path / "nvivo.qdpx", spec, NVIVO))
    assert _actual(bundle) == _expected(spec)
    notes = {a.exact: a.note for a in bundle.annotations}
    assert notes["a bérleti díj 🏠 pedig egyre nő"] == "Lakbér 🏠 emelkedik."
    report = [w for w in bundle.warnings if "Interjú 1" in w and "positions" in w]
    assert len(report) == 1
    assert 'UTF-16, "\\r\\n" counted as two' in report[0]
    assert "guess" not in report[0]


def test_nvivo_positions_are_found_without_the_origin(tmp_path: Path) -> None:
    spec = _nvivo_spec()
    unknown = replace(NVIVO, origin="Exchange tool")
    bundle = read_qdpx(write_project(tmp_path / "unknown.qdpx", spec, unknown))
    assert _actual(bundle) == _expected(spec)


def test_nvivo_case_linked_to_text_becomes_the_speaker_others_are_named(
    tmp_path: Path,
) -> None:
    bundle = read_qdpx(write_project(tmp_path / "nvivo.qdpx", _nvivo_spec(), NVIVO))
    assert [s.name for s in bundle.speakers] == ["Réka"]
    assert {t.name for t in bundle.themes} == {"Munka", "Fizetés", "Lakhatás", "Közlekedés"}
    assert any("'B telephely'" in w and "not imported" in w for w in bundle.warnings)


def test_case_referring_to_selections_is_the_speaker_of_those_selections(
    tmp_path: Path,
) -> None:
    coded = (Coded("A fizetés alacsony", ("Munka/Fizetés", "case:Réka")),)
    spec = ProjectSpec(
        sources=[Source("i1", "Interjú 1", INTERVIEW, coded)],
        codes=CODES,
        cases=[Case("Réka", link="selection-ref")],
    )
    bundle = read_qdpx(write_project(tmp_path / "refs.qdpx", spec, MAXQDA))
    assert _actual(bundle) == _expected(spec)


def test_nvivo_annotation_linked_to_a_selection_is_its_note(tmp_path: Path) -> None:
    spec = _nvivo_spec()
    spec.notes = [("Annotation", "Ironikus hangnem 😅.", "selection:i1:0")]
    bundle = read_qdpx(write_project(tmp_path / "linked.qdpx", spec, NVIVO))
    notes = {a.exact: a.note for a in bundle.annotations}
    assert notes[INTERVIEW_CODED[0].quote] == "Ironikus hangnem 😅."
    assert bundle.memo == "" and bundle.notes == {}, "a linked note is the annotation's only"


def test_nvivo_memos_go_to_the_memo_and_a_memo_on_a_source_to_its_article(
    tmp_path: Path,
) -> None:
    spec = _nvivo_spec()
    spec.notes = [
        ("Kutatási kérdés", "Ki beszél a lakhatásról?\nÉs hogyan?", "project"),
        ("Terepnapló", "  Hideg volt a gyárban.  ", None),
        ("Interjú memo", "Réka nyugodtan beszélt.", "i1"),
        ("Második memo", "Később visszahívni.", "i1"),
    ]
    bundle = read_qdpx(write_project(tmp_path / "memos.qdpx", spec, NVIVO))
    assert bundle.memo == (
        "## Kutatási kérdés\n\nKi beszél a lakhatásról?\nÉs hogyan?\n\n"
        "## Terepnapló\n\nHideg volt a gyárban."
    )
    by_title = {a.title: a.id for a in bundle.articles}
    assert set(by_title) == {"Interjú 1", "Terepjegyzet"}
    assert bundle.notes == {by_title["Interjú 1"]: "Réka nyugodtan beszélt.\n\nKésőbb visszahívni."}


def test_qualcoder_journals_go_to_the_memo(tmp_path: Path) -> None:
    spec = ProjectSpec(
        sources=[Source("i1", "Interjú 1", INTERVIEW, _without_cases(INTERVIEW_CODED[:2]))],
        codes=CODES,
        notes=[("Napló 2024-03-01", "Első nap: 3 interjú.", None)],
        description="Projekt memo: lakhatás Budapesten.",
    )
    bundle = read_qdpx(write_project(tmp_path / "qc-journal.qdpx", spec, QUALCODER))
    assert bundle.memo == (
        "## Napló 2024-03-01\n\nElső nap: 3 interjú.\n\n"
        "## Project description\n\nProjekt memo: lakhatás Budapesten."
    )
    assert bundle.notes == {}
    assert [a.title for a in bundle.articles] == ["Interjú 1"]


def test_two_sources_with_the_same_text_stay_two_articles(tmp_path: Path) -> None:
    spec = ProjectSpec(
        sources=[
            Source("a", "Interjú 1", INTERVIEW, INTERVIEW_CODED[:1]),
            Source("b", "Interjú 1 (másolat)", INTERVIEW, INTERVIEW_CODED[3:4]),
        ],
        codes=CODES,
        cases=[Case("Réka")],
    )
    bundle = read_qdpx(write_project(tmp_path / "twins.qdpx", spec, NVIVO))
    assert [a.title for a in bundle.articles] == ["Interjú 1", "Interjú 1 (másolat)"]
    by_article = {a.article: a.exact for a in bundle.annotations}
    assert list(by_article.values()) == [INTERVIEW_CODED[0].quote, INTERVIEW_CODED[3].quote]
    assert any("same text" in w and "kept as two articles" in w for w in bundle.warnings)


def test_qualcoder_one_selection_per_code_is_one_passage(tmp_path: Path) -> None:
    coded = _without_cases(INTERVIEW_CODED[:4], prefix="Témák/")
    spec = ProjectSpec(
        sources=[Source("i1", "Interjú 1", INTERVIEW, coded)],
        codes=(("Témák", False), *((f"Témák/{p}", c) for p, c in CODES)),
    )
    bundle = read_qdpx(write_project(tmp_path / "qc.qdpx", spec, QUALCODER))
    assert _actual(bundle) == _expected(spec)
    # The category is a theme too, the parent of the others.
    themes = {t.name: t for t in bundle.themes}
    assert themes["Munka"].parent == themes["Témák"].id
    # Emoji before selections: the report says code points were read, and not as a guess.
    [report] = [w for w in bundle.warnings if "positions" in w]
    assert "positions: read as code points" in report and "guess" not in report


def test_maxqda_sets_become_collections_and_unnamed_sources_take_the_file_name(
    tmp_path: Path,
) -> None:
    spec = ProjectSpec(
        sources=[
            Source(
                "i1",
                None,
                INTERVIEW,
                _without_cases(INTERVIEW_CODED[1:3]),
                file_name="Interjú Réka.txt",
            ),
            Source("n1", "Terepjegyzet", FIELD_NOTES, INTERVIEW_CODED[4:]),
        ],
        codes=CODES,
        sets=[("Budapest", ["i1", "n1"], []), ("Interjúk", ["i1"], [])],
    )
    bundle = read_qdpx(write_project(tmp_path / "maxqda.qdpx", spec, MAXQDA))
    assert _actual(bundle) == _expected(spec)
    articles = {a.title: a for a in bundle.articles}
    assert set(articles) == {"Interjú Réka", "Terepjegyzet"}
    assert articles["Interjú Réka"].collections == ("Budapest", "Interjúk")
    assert articles["Terepjegyzet"].collections == ("Budapest",)


def test_atlas_memos_go_to_the_memo_and_code_groups_are_named(tmp_path: Path) -> None:
    spec = ProjectSpec(
        sources=[Source("i1", "Interjú 1", INTERVIEW, INTERVIEW_CODED[:4])],
        codes=CODES,
        cases=[Case("Réka", link="selection-ref")],
        notes=[
            ("Kutatási napló", "Az első interjú után: a lakhatás 🏠 a fő téma.", None),
            ("Interjú memo", "Réka nyugodtan beszélt.", "i1"),
        ],
        sets=[("Gazdaság", [], ["Munka", "Munka/Fizetés"])],
        description="Budapesti interjúk, 2024.",
    )
    bundle = read_qdpx(write_project(tmp_path / "atlas.qdpx", spec, ATLAS))
    assert _actual(bundle) == _expected(spec)
    assert [a.title for a in bundle.articles] == ["Interjú 1"], "no article made of a note"
    assert bundle.memo == (
        "## Kutatási napló\n\nAz első interjú után: a lakhatás 🏠 a fő téma.\n\n"
        "## Project description\n\nBudapesti interjúk, 2024."
    )
    (article,) = bundle.articles
    assert bundle.notes == {article.id: "Réka nyugodtan beszélt."}
    text = "\n".join(bundle.warnings)
    assert "source 'Interjú 1': positions: read as code points, \"\\r\\n\" counted as one" in text
    assert "set 'Gazdaság'" in text and "2 codes" in text
    assert (
        "2 project notes (memos, journals, the project description) added to the project "
        "memo, each under its name as a heading" in text
    )
    assert "the notes on 1 source became the articles' notes" in text


def test_a_guess_is_reported_as_one() -> None:
    # Read as code points, 3..4 is the comma; as UTF-16 units it is "a". Both are
    # whole "words" on boundaries: the file's origin settles it, and the report says so.
    positions = SourcePositions("😀 a,b")
    choice = positions.choose([RawSelection(3, 4)], "NVivo 14")
    assert choice.guess and choice.reading.units == "UTF-16"
    assert "a guess" in choice.why and "NVivo 14" in choice.why
    assert positions.span(3, 4, choice.reading) == (2, 3)


def test_scoring_is_bounded_by_the_number_of_selections_looked_at() -> None:
    text = "szó " * 50_000 + "🙂"
    many = [RawSelection(4 * i, 4 * i + 3) for i in range(40_000)]
    choice = SourcePositions(text).choose(many, "")
    assert not choice.guess  # both readings agree: no emoji before any selection


@pytest.mark.parametrize("dialect", [NVIVO, QUALCODER, MAXQDA, ATLAS], ids=lambda d: d.origin)
def test_generated_files_are_valid_refi_qda(
    tmp_path: Path, shared_specs: Path, dialect: Dialect
) -> None:
    spec = ProjectSpec(
        sources=[
            Source("i1", "Interjú 1", INTERVIEW, INTERVIEW_CODED[:4]),
            Source("n1", None, FIELD_NOTES, INTERVIEW_CODED[4:], file_name="jegyzet.txt"),
        ],
        codes=CODES,
        cases=[Case("Réka"), Case("B telephely", link="none")],
        notes=[
            ("Napló", "Első nap.", None),
            ("Memo", "Rövid.", "i1"),
            ("Megjegyzés", "Fontos.", "selection:i1:1"),
        ],
        sets=[("Budapest", ["i1", "n1"], ["Munka"])],
        description="Interjúk.",
    )
    path = write_project(tmp_path / "p.qdpx", spec, dialect)
    xsd = etree.XMLSchema(etree.parse(str(shared_specs / "refi-qda" / "Project.xsd")))
    assert xsd.validate(qde(path)), "\n".join(str(e) for e in xsd.error_log)


def test_many_sources_read_the_same_way_are_reported_in_one_line(tmp_path: Path) -> None:
    """An NVivo project of 40 interviews: every source's positions are converted the same
    way, and the report says so once, not forty times."""
    text = "Első bekezdés a bérekről.\n\nMásodik 🏠 bekezdés a lakhatásról, sok szóval."
    sources = [
        Source(f"s{i}", f"Interjú {i}", text, (Coded("bekezdés a lakhatásról", ("Lakhatás",)),))
        for i in range(40)
    ]
    spec = ProjectSpec(sources=sources, codes=[("Lakhatás", True)])
    bundle = read_qdpx(write_project(tmp_path / "nvivo.qdpx", spec, NVIVO))
    assert {a.exact for a in bundle.annotations} == {"bekezdés a lakhatásról"}
    lines = [w for w in bundle.warnings if "positions" in w]
    assert len(lines) == 1
    assert lines[0].startswith('40 sources: positions converted: read as UTF-16, "\\r\\n" counted')
    assert "'Interjú 0', 'Interjú 1', 'Interjú 2' and 37 more" in lines[0]
