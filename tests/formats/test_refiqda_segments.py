"""A quote in several parts in REFI-QDA: one selection per part with the same codes, valid
against the official schema, read back by Annotary as one annotation again."""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree
from test_refiqda_helpers import (
    A1,
    S_HALE,
    T_JOBS,
    TEXT1,
    assert_valid,
    qde_of,
    sample_bundle,
    schema,
)

from annotary.domain.models import Annotation, Bundle, Segment
from annotary.formats.refiqda import read_qdpx, write_qdpx
from annotary.formats.refiqda.common import PROJECT_NS

NS = {"q": PROJECT_NS}
SPLIT_ID = "7a1e2b3c-4d5e-4f6a-8b7c-9d0e1f2a3b4c"
FIRST = "“This is the cheapest way"
SECOND = "to move students and shift workers after midnight,”"


def part(words: str) -> Segment:
    start = TEXT1.index(words)
    end = start + len(words)
    return Segment(start, end, words, TEXT1[max(0, start - 32) : start], TEXT1[end : end + 32])


def split_quote() -> Annotation:
    first, second = part(FIRST), part(SECOND)
    return Annotation(
        id=SPLIT_ID,
        article=A1,
        kind="quote",
        start=first.start,
        end=second.end,
        exact=TEXT1[first.start : second.end],
        prefix=first.prefix,
        suffix=second.suffix,
        speaker=S_HALE,
        themes=(T_JOBS,),
        quote_type="direct",
        note="Two parts",
        coder="jf",
        created="2024-05-02T09:15:00.000Z",
        modified="2024-05-02T09:15:00.000Z",
        segments=(first, second),
    )


def with_split() -> Bundle:
    bundle = sample_bundle()
    bundle.annotations = [*bundle.annotations, split_quote()]
    return bundle


def codes(selection: etree._Element) -> set[str]:
    return {ref.get("targetGUID") for ref in selection.iterfind("q:Coding/q:CodeRef", NS)}


def test_each_part_is_a_selection_with_the_same_codes(tmp_path: Path, shared_specs: Path) -> None:
    path = tmp_path / "split.qdpx"
    assert write_qdpx(with_split(), path, project_name="Ferry coverage") == []
    root = qde_of(path)
    assert_valid(schema(shared_specs, "Project.xsd"), root)
    source = root.find(f".//q:TextSource[@guid='{A1}']", NS)
    assert source is not None
    spans = {(part(FIRST).start, part(FIRST).end), (part(SECOND).start, part(SECOND).end)}
    parts = [
        s
        for s in source.iterfind("q:PlainTextSelection", NS)
        if (int(s.get("startPosition")), int(s.get("endPosition"))) in spans
    ]
    assert len(parts) == 2
    assert codes(parts[0]) == codes(parts[1]) and len(codes(parts[0])) >= 3
    assert parts[0].get("guid") == SPLIT_ID != parts[1].get("guid")
    # The attribution between the parts is in no selection of the quote.
    assert all("said Mayor" not in (s.get("name") or "") for s in parts)


def test_our_own_export_reads_back_as_one_annotation(tmp_path: Path) -> None:
    path = tmp_path / "split.qdpx"
    write_qdpx(with_split(), path, project_name="Ferry coverage")
    back = read_qdpx(path)
    assert back.warnings == []
    (read,) = [a for a in back.annotations if a.id == SPLIT_ID]
    assert read.segments == split_quote().segments
    assert (read.start, read.end, read.exact) == (
        split_quote().start,
        split_quote().end,
        split_quote().exact,
    )
    assert (read.speaker, read.themes, read.quote_type, read.note) == (
        S_HALE,
        (T_JOBS,),
        "direct",
        "Two parts",
    )
    assert len(back.annotations) == len(with_split().annotations)


def test_a_part_recoded_in_another_tool_is_no_longer_joined(tmp_path: Path) -> None:
    """Another tool removed a code from the second part: the parts no longer agree, so
    they come back as two annotations rather than one quote with mixed codes."""
    path = tmp_path / "split.qdpx"
    write_qdpx(with_split(), path, project_name="Ferry coverage")
    root = qde_of(path)
    second = next(
        s
        for s in root.iterfind(".//q:PlainTextSelection", NS)
        if int(s.get("startPosition")) == part(SECOND).start
    )
    theme_coding = next(
        c for c in second.iterfind("q:Coding", NS) if c[0].get("targetGUID") == T_JOBS
    )
    second.remove(theme_coding)
    edited = tmp_path / "recoded.qdpx"
    with zipfile.ZipFile(path) as old, zipfile.ZipFile(edited, "w") as new:
        for item in old.infolist():
            data = old.read(item.filename)
            if item.filename == "project.qde":
                data = etree.tostring(root, xml_declaration=True, encoding="utf-8")
            new.writestr(item, data)
    back = read_qdpx(edited)
    quotes = [a for a in back.annotations if a.speaker == S_HALE and a.kind == "quote"]
    spans = sorted((a.start, a.end) for a in quotes)
    assert (part(FIRST).start, part(FIRST).end) in spans
    assert (part(SECOND).start, part(SECOND).end) in spans
    assert all(len(a.segments) == 1 for a in quotes)
