"""Projects that travel through other tools and come back: QualCoder round trip, sets,
twin sources, repeated theme names, unguarded CSV and Taguette codebooks."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

from lxml import etree

from annotary.domain.codebook import theme_path
from annotary.services import annotating, codebook, exporting, history, interchange, notes
from annotary.services import speakers as speaker_service
from annotary.services.project import Project
from helpers import add_article, new_project
from qdpx_dialects import MAXQDA, NVIVO, Case, Coded, ProjectSpec, Source, qualcoder_reexport
from qdpx_dialects import write_project as write_dialect

STORY = (
    "Council backs new tram line\n\n"
    "The city council voted on Tuesday to extend the tram line to the harbour. "
    "“This is the biggest investment in a generation,” said Mayor Ilse Brandt. "
    "Shop owners on Quay Street were less sure. "
    "“We will lose customers for two years of building work,” said Tomas Reyes, "
    "who runs a bakery there.\n\n"
    "Brandt said the council would compensate affected businesses. "
    "Reyes called the offer “a start”."
)


def _span(text: str, quote: str) -> tuple[int, int]:
    start = text.index(quote)
    return start, start + len(quote)


def _study(project: Project) -> None:
    """Quotes with speakers and themes, a mention, passages; "Other" under two parents."""
    article = add_article(project, STORY, "Council backs new tram line")
    economy = codebook.create(project, "Economy", color="#e15759").value
    environment = codebook.create(project, "Environment").value
    economy_other = codebook.create(project, "Other", parent=economy.id).value
    environment_other = codebook.create(project, "Other", parent=environment.id).value
    transport = codebook.create(project, "Transport").value
    brandt = speaker_service.create(project, "Ilse Brandt", role="Mayor", aliases=["Brandt"]).value
    reyes = speaker_service.create(
        project, "Tomas Reyes", role="Baker", affiliation="Quay Street traders"
    ).value
    quote = "This is the biggest investment in a generation"
    annotating.create(
        project,
        article.id,
        "quote",
        *_span(STORY, quote),
        speaker=brandt.id,
        themes=[transport.id, economy_other.id],
        quote_type="direct",
        note="headline quote",
    )
    annotating.create(
        project,
        article.id,
        "quote",
        *_span(STORY, "We will lose customers for two years of building work"),
        speaker=reyes.id,
        themes=[economy_other.id],
        quote_type="direct",
    )
    annotating.create(
        project,
        article.id,
        "quote",
        *_span(STORY, "the council would compensate affected businesses"),
        speaker=brandt.id,
        quote_type="indirect",
    )
    annotating.create(
        project, article.id, "speaker", *_span(STORY, "Tomas Reyes"), speaker=reyes.id
    )
    annotating.create(
        project,
        article.id,
        "passage",
        *_span(STORY, "extend the tram line to the harbour"),
        themes=[transport.id, environment_other.id],
    )


def _content(project: Project) -> set[tuple[object, ...]]:
    """What a reader sees: each annotation's text, kind, type, speaker, theme paths, note."""
    data = exporting.bundle(project)
    themes = {t.id: t for t in data.themes}
    speakers = {s.id: s for s in data.speakers}
    out = set()
    for a in data.annotations:
        speaker = speakers[a.speaker] if a.speaker else None
        out.add(
            (
                a.exact,
                a.kind,
                a.quote_type,
                (speaker.name, speaker.role, speaker.affiliation) if speaker else None,
                tuple(sorted(theme_path(themes, t) for t in a.themes)),
                a.note,
                a.coder,
            )
        )
    return out


def test_round_trip_through_qualcoder_gives_back_the_same_quotes_speakers_and_themes(
    tmp_path: Path,
) -> None:
    original = new_project(tmp_path, "original.annotary")
    _study(original)
    exported = tmp_path / "annotary.qdpx"
    warnings = interchange.export_qdpx(original, exported)
    assert any("'Other'" in w and "Economy › Other" in w for w in warnings)
    through = qualcoder_reexport(exported, tmp_path / "qualcoder.qdpx")
    back = new_project(tmp_path, "back.annotary")
    interchange.import_qdpx(back, through)
    assert _content(back) == _content(original)
    assert len(list(exporting.bundle(back).annotations)) == 5
    # Merging it into the original recognises everything and adds nothing.
    report = interchange.import_qdpx(original, through).value
    assert sum(report.added.values()) == 0, report.summary()
    assert report.recognised["annotations"] == 5


def test_repeated_theme_names_are_written_with_their_path_and_read_back(
    tmp_path: Path,
) -> None:
    project = new_project(tmp_path)
    _study(project)
    path = tmp_path / "study.qdpx"
    interchange.export_qdpx(project, path)
    with zipfile.ZipFile(path) as zf:
        root = etree.fromstring(zf.read("project.qde"))
    names = [c.get("name") for c in root.iter("{urn:QDA-XML:project:1.0}Code")]
    assert "Economy › Other" in names and "Environment › Other" in names
    assert "Other" not in names and names.count("Transport") == 1
    back = new_project(tmp_path, "back.annotary")
    interchange.import_qdpx(back, path)
    assert sorted(t.name for t in codebook.themes(back)) == sorted(
        t.name for t in codebook.themes(project)
    )


def test_csv_themes_column_uses_paths_when_names_repeat(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    _study(project)
    out = io.BytesIO()
    interchange.export_csv(project, out, "quotes")
    rows = list(csv.DictReader(io.StringIO(out.getvalue().decode("utf-8-sig"))))
    themes = {r["quote"]: r["themes"] for r in rows}
    assert themes["This is the biggest investment in a generation"] == (
        "Transport; Economy > Other"
    )


def test_raw_csv_keeps_text_exactly_the_guarded_one_protects_spreadsheets(
    tmp_path: Path,
) -> None:
    project = new_project(tmp_path)
    text = "Prices rose again. -2% growth is what the bank expects, said the governor."
    article = add_article(project, text, "Bank outlook")
    quote = "-2% growth is what the bank expects"
    annotating.create(project, article.id, "quote", *_span(text, quote))

    def quotes(guard: bool) -> list[str]:
        out = io.BytesIO()
        interchange.export_csv(project, out, "quotes", guard_formulas=guard)
        return [r["quote"] for r in csv.DictReader(io.StringIO(out.getvalue().decode("utf-8-sig")))]

    assert quotes(guard=False) == [quote]
    assert quotes(guard=True) == ["'" + quote]


def test_taguette_codebook_has_tag_and_description_columns(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    economy = codebook.create(project, "Economy", description="Money,\njobs").value
    codebook.create(project, "Jobs", parent=economy.id)
    codebook.create(project, "=Other")
    out = io.BytesIO()
    assert interchange.export_taguette_codebook(project, out) == 3
    text = out.getvalue().decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == ["tag", "description"]
    assert {r["tag"]: r["description"] for r in rows} == {
        "Economy": "Money, jobs",
        "Economy.Jobs": "",
        "=Other": "",
    }


def test_maxqda_sets_join_the_collections_of_articles_already_there(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    text = "Ferry fares rise in spring.\nThe mayor said the rise was modest.\n"
    add_article(project, text, "Ferry fares")
    spec = ProjectSpec(
        sources=[
            Source("f", "Ferry fares", text, (Coded("the rise was modest", ("Fares",)),)),
            Source("g", "Harbour works", "Works start in May.\n"),
        ],
        codes=(("Fares", True),),
        sets=[("Spring coverage", ["f", "g"], [])],
    )
    report = interchange.import_qdpx(project, write_dialect(tmp_path / "m.qdpx", spec, MAXQDA))
    assert report.value.added["articles"] == 1 and report.value.recognised["articles"] == 1
    collections = {a.title: a.collections for a in exporting.bundle(project).articles}
    assert collections == {
        "Ferry fares": ("Spring coverage",),
        "Harbour works": ("Spring coverage",),
    }


def test_two_sources_with_the_same_text_become_two_articles_once(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    text = "Interview notes\r\nThe tram will help, she said 🙂 and smiled.\n".replace("\r\n", "\n")
    spec = ProjectSpec(
        sources=[
            Source("a", "Interview A", text, (Coded("The tram will help", ("Hope", "case:Eva")),)),
            Source("b", "Interview B", text, (Coded("smiled", ("Hope",)),)),
        ],
        codes=(("Hope", True),),
        cases=[Case("Eva")],
    )
    path = write_dialect(tmp_path / "twins.qdpx", spec, NVIVO)
    first = interchange.import_qdpx(project, path).value
    assert first.added["articles"] == 2
    assert any("kept as two articles" in w for w in first.warnings)
    again = interchange.import_qdpx(project, path).value
    assert sum(again.added.values()) == 0
    by_title = {a.title: a.id for a in exporting.bundle(project).articles}
    exact = {(a.article, a.exact) for a in exporting.bundle(project).annotations}
    assert exact == {
        (by_title["Interview A"], "The tram will help"),
        (by_title["Interview B"], "smiled"),
    }


def test_memo_and_article_notes_come_back_exactly_from_an_own_qdpx(tmp_path: Path) -> None:
    first = new_project(tmp_path, "first.annotary")
    article = add_article(first, STORY, "Council backs new tram line")
    notes.set_article_note(first, article.id, "Ask the traders' association.\n  Indented 🚋")
    notes.set_memo(first, "Research question: who speaks for the harbour?\n")
    path = tmp_path / "tram.qdpx"
    interchange.export_qdpx(first, path)

    second = new_project(tmp_path, "second.annotary")
    report = interchange.import_qdpx(second, path).value
    assert notes.memo(second) == "Research question: who speaks for the harbour?\n"
    assert notes.article_note(second, article.id) == "Ask the traders' association.\n  Indented 🚋"
    assert (report.notes_added, report.memo) == (1, "added")
    assert not any("note" in w for w in report.warnings), report.warnings

    again = interchange.import_qdpx(first, path).value  # into the project it came from
    assert (again.notes_added, again.notes_joined, again.memo) == (0, 0, "")
    assert notes.memo(first) == "Research question: who speaks for the harbour?\n"


def test_nvivo_memos_join_the_memo_and_a_source_memo_the_article_note(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    text = "Ferry fares rise in spring.\nThe mayor said the rise was modest.\n"
    ferry = add_article(project, text, "Ferry fares")
    notes.set_article_note(project, ferry.id, "My note on fares.")
    notes.set_memo(project, "My memo.")
    spec = ProjectSpec(
        sources=[Source("f", "Ferry fares", text, (Coded("the rise was modest", ("Fares",)),))],
        codes=(("Fares", True),),
        notes=[
            ("Research memo", "Fares are framed as modest.", "project"),
            ("Source memo", "The mayor is quoted once.", "f"),
        ],
    )
    path = write_dialect(tmp_path / "nvivo.qdpx", spec, NVIVO)
    outcome = interchange.import_qdpx(project, path)
    assert notes.memo(project) == (
        "My memo.\n\n--- imported from nvivo.qdpx ---\n"
        "## Research memo\n\nFares are framed as modest."
    )
    assert notes.article_note(project, ferry.id) == (
        "My note on fares.\n\n--- imported from nvivo.qdpx ---\nThe mayor is quoted once."
    )
    assert [a.title for a in exporting.bundle(project).articles] == ["Ferry fares"]
    report = outcome.value
    assert (report.notes_joined, report.memo) == (1, "joined")
    assert any("1 project note" in w and "added to the project memo" in w for w in report.warnings)
    summary = report.summary()
    assert "1 article note appended to a different note already there" in summary

    again = interchange.import_qdpx(project, path).value
    assert (again.notes_joined, again.memo) == (0, "")
    history.revert(project, outcome.undo)  # the import is one undo step
    assert notes.memo(project) == "My memo."
    assert notes.article_note(project, ferry.id) == "My note on fares."
