"""Export to .qdpx, validate against the official schema, import back: nothing is lost."""

from __future__ import annotations

import uuid
import zipfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from test_refiqda_helpers import (
    A1,
    S_HALE,
    TEXT1,
    assert_valid,
    qde_of,
    sample_bundle,
    schema,
    sha,
)

from annotary.domain.models import Annotation, Article, Bundle, Theme
from annotary.formats.refiqda import read_qdpx, write_qdpx
from annotary.formats.refiqda.common import PROJECT_NS, user_guid

NS = {"q": PROJECT_NS}


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    path = tmp_path / "ferry.qdpx"
    warnings = write_qdpx(sample_bundle(), path, project_name="Ferry coverage")
    assert warnings == []
    return path


def test_export_is_valid_against_project_xsd(exported: Path, shared_specs: Path) -> None:
    assert_valid(schema(shared_specs, "Project.xsd"), qde_of(exported))


def test_export_layout_is_project_qde_and_sources_txt(exported: Path) -> None:
    with zipfile.ZipFile(exported) as zf:
        names = set(zf.namelist())
        text = zf.read(f"sources/{A1}.txt").decode("utf-8")
    assert "project.qde" in names
    assert {n for n in names if n.startswith("sources/")} == {
        f"sources/{a.id}.txt" for a in sample_bundle().articles
    }
    assert text == TEXT1
    source = qde_of(exported).find(f".//q:TextSource[@guid='{A1}']", NS)
    assert source is not None
    assert source.get("plainTextPath") == f"internal://{A1}.txt"


def test_positions_count_code_points_of_the_source_file(exported: Path) -> None:
    with zipfile.ZipFile(exported) as zf:
        text = zf.read(f"sources/{A1}.txt").decode("utf-8")
    root = qde_of(exported)
    sel = root.find(".//q:PlainTextSelection[@guid='c1a0e6f2-1111-4a1b-8c1d-000000000004']", NS)
    assert sel is not None
    start, end = int(sel.get("startPosition", "")), int(sel.get("endPosition", ""))
    # The ship emoji is outside the BMP: one code point, two UTF-16 units.
    assert text[start:end] == "🚢 Ticket prices have not been set."


def test_quotes_are_coded_so_other_tools_show_kind_and_speaker(exported: Path) -> None:
    root = qde_of(exported)
    codes = {c.get("guid"): c.get("name") for c in root.iterfind(".//q:Code", NS)}
    sel = root.find(".//q:PlainTextSelection[@guid='c1a0e6f2-1111-4a1b-8c1d-000000000001']", NS)
    assert sel is not None
    coded = {codes[r.get("targetGUID")] for r in sel.iterfind("q:Coding/q:CodeRef", NS)}
    assert coded == {"Direct quote", "Irene Hale", "Prices"}
    assert sel.findtext("q:Description", namespaces=NS) == "Framing as cost saving."
    assert sel.get("creatingUser") == user_guid("Ana Ruiz")
    case = root.find(f".//q:Case[@guid='{S_HALE}']", NS)
    assert case is not None
    refs = {r.get("targetGUID") for r in case.iterfind("q:SelectionRef", NS)}
    assert "c1a0e6f2-1111-4a1b-8c1d-000000000001" in refs
    assert {r.get("targetGUID") for r in case.iterfind("q:SourceRef", NS)} == {A1}
    assert "Role: Mayor" in (case.findtext("q:Description", namespaces=NS) or "")


def test_coder_guids_are_stable_across_exports(tmp_path: Path) -> None:
    first, second = tmp_path / "a.qdpx", tmp_path / "b.qdpx"
    write_qdpx(sample_bundle(), first, project_name="A")
    write_qdpx(sample_bundle(), second, project_name="B")

    def users(path: Path) -> dict[str | None, str | None]:
        return {u.get("name"): u.get("guid") for u in qde_of(path).iterfind(".//q:User", NS)}

    assert users(first) == users(second)
    assert set(users(first)) == {"Ana Ruiz", "Ben Sato"}


def test_round_trip_keeps_articles(exported: Path) -> None:
    back = read_qdpx(exported)
    assert back.warnings == []
    original = {a.id: a for a in sample_bundle().articles}
    got = {a.id: a for a in back.articles}
    assert got.keys() == original.keys()
    for key, article in original.items():
        for name in ("title", "text", "text_sha256", "outlet", "author", "published", "url"):
            assert getattr(got[key], name) == getattr(article, name), (key, name)
        assert got[key].language == article.language


def test_round_trip_keeps_codebook(exported: Path) -> None:
    back = read_qdpx(exported)
    original = sorted(sample_bundle().themes, key=lambda t: t.id)
    assert sorted(back.themes, key=lambda t: t.id) == original


def test_round_trip_keeps_speakers(exported: Path) -> None:
    back = read_qdpx(exported)
    original = sorted(sample_bundle().speakers, key=lambda s: s.id)
    assert sorted(back.speakers, key=lambda s: s.id) == original


def test_round_trip_keeps_annotations(exported: Path) -> None:
    back = read_qdpx(exported)
    original = sorted(sample_bundle().annotations, key=lambda a: a.id)
    assert sorted(back.annotations, key=lambda a: a.id) == original


def test_reexport_of_import_is_identical(exported: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.qdpx"
    write_qdpx(read_qdpx(exported), again, project_name="Ferry coverage")
    first, second = qde_of(exported), qde_of(again)
    for root in (first, second):
        del root.attrib["creationDateTime"]
        for source in root.iterfind(".//q:TextSource", NS):  # import time differs
            source.attrib.pop("creationDateTime", None)
            source.attrib.pop("modifiedDateTime", None)

    assert etree.tostring(first) == etree.tostring(second)


def test_orphaned_and_out_of_range_annotations_are_left_out_with_warnings(
    tmp_path: Path,
) -> None:
    bundle = sample_bundle()
    extra = list(bundle.annotations)
    orphan = replace(extra[0], id="d2000000-0000-4000-8000-000000000001", status="orphaned")
    beyond = replace(
        extra[3], id="d2000000-0000-4000-8000-000000000002", start=5, end=len(TEXT1) + 4
    )
    bundle.annotations = [*extra, orphan, beyond]
    path = tmp_path / "x.qdpx"
    warnings = write_qdpx(bundle, path, project_name="x")
    assert len(warnings) == 2
    assert any("orphaned" in w and orphan.id in w for w in warnings)
    assert any("outside the text" in w and beyond.id in w for w in warnings)
    ids = {a.id for a in read_qdpx(path).annotations}
    assert orphan.id not in ids and beyond.id not in ids and extra[0].id in ids


def test_failed_export_leaves_existing_file_untouched(exported: Path) -> None:
    before = exported.read_bytes()

    def articles() -> Iterator[Article]:
        yield from sample_bundle().articles
        raise OSError("disk full")

    bundle = sample_bundle()
    bundle.articles = articles()
    with pytest.raises(OSError, match="disk full"):
        write_qdpx(bundle, exported, project_name="x")
    assert exported.read_bytes() == before
    assert sorted(p.name for p in exported.parent.iterdir()) == [exported.name]


def test_empty_project_is_still_valid(tmp_path: Path, shared_specs: Path) -> None:
    path = tmp_path / "empty.qdpx"
    assert write_qdpx(Bundle(), path, project_name="Nothing yet") == []
    assert_valid(schema(shared_specs, "Project.xsd"), qde_of(path))
    back = read_qdpx(path)
    assert (list(back.articles), list(back.themes), list(back.speakers)) == ([], [], [])


_ALPHABET = st.characters(codec="utf-8", exclude_categories=("Cs", "Cc"), include_characters="\n\t")


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(_ALPHABET, min_size=1, max_size=80), data=st.data())
def test_any_span_of_any_text_round_trips(tmp_path: Path, text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    article = Article(id=A1, title="t", text=text, text_sha256=sha(text))
    note = data.draw(st.none() | st.text(_ALPHABET, min_size=1, max_size=20).map(str.strip))
    ann = Annotation(
        id="e3000000-0000-4000-8000-000000000001",
        article=A1,
        kind="passage",
        start=start,
        end=end,
        exact=text[start:end],
        prefix=text[max(0, start - 32) : start],
        suffix=text[end : end + 32],
        note=note or None,
    )
    path = tmp_path / "p.qdpx"
    write_qdpx(Bundle(articles=[article], annotations=[ann]), path, project_name="p")
    back = read_qdpx(path)
    assert [a.text for a in back.articles] == [text]
    assert list(back.annotations) == [ann]


def test_themes_named_like_annotary_codes_stay_themes(tmp_path: Path) -> None:
    bundle = sample_bundle()
    lookalikes = [
        Theme(id=f"f4000000-0000-4000-8000-00000000000{i}", name=name, position=2 + i)
        for i, name in enumerate(["Quotes", "Speakers", "Speaker mentions"])
    ]
    bundle.themes = [*bundle.themes, *lookalikes]
    passage = replace(list(bundle.annotations)[3], themes=tuple(t.id for t in lookalikes))
    bundle.annotations = [*list(bundle.annotations)[:3], passage, *list(bundle.annotations)[4:]]
    path = tmp_path / "look.qdpx"
    write_qdpx(bundle, path, project_name="p")
    back = read_qdpx(path)
    assert sorted(back.themes, key=lambda t: t.id) == sorted(bundle.themes, key=lambda t: t.id)
    got = {a.id: a for a in back.annotations}[passage.id]
    assert (got.kind, got.themes) == ("passage", passage.themes)


def test_export_rekeyed_by_another_tool_still_gives_quotes_and_speakers(
    exported: Path, tmp_path: Path
) -> None:
    """A tool that re-exports with new code GUIDs and drops cases loses nothing essential."""
    root = qde_of(exported)
    fresh: dict[str, str] = {}
    for code in root.iterfind(".//q:Code", NS):
        fresh[code.get("guid", "")] = str(uuid.uuid4()).upper()
        code.set("guid", fresh[code.get("guid", "")])
    for ref in root.iterfind(".//q:CodeRef", NS):
        ref.set("targetGUID", fresh.get(ref.get("targetGUID", ""), ref.get("targetGUID", "")))
    cases = root.find("q:Cases", NS)
    assert cases is not None
    root.remove(cases)
    root.set("origin", "Some other tool 2.0")
    rekeyed = tmp_path / "rekeyed.qdpx"
    with zipfile.ZipFile(exported) as src, zipfile.ZipFile(rekeyed, "w") as dst:
        for name in src.namelist():
            data = etree.tostring(root) if name == "project.qde" else src.read(name)
            dst.writestr(name.replace("sources/", "Sources/"), data)
    back = read_qdpx(rekeyed)
    speakers = {s.id: s.name for s in back.speakers}
    got = {a.id: a for a in back.annotations}
    for original in sample_bundle().annotations:
        ann = got[original.id]
        assert (ann.kind, ann.quote_type, ann.exact) == (
            original.kind,
            original.quote_type,
            original.exact,
        )
        names = {s.id: s.name for s in sample_bundle().speakers}
        assert speakers.get(ann.speaker or "") == names.get(original.speaker or "")
    assert {t.name for t in back.themes} == {t.name for t in sample_bundle().themes}
