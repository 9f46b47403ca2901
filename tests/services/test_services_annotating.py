"""Annotating spans, editing them, and re-anchoring when an article's text changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotary.domain.errors import InvalidInputError, NotFoundError
from annotary.services import annotating, codebook, speakers
from annotary.services import articles as article_service
from helpers import REPORT, add_article, new_project


def test_annotation_keeps_offsets_quote_and_context(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    article = add_article(project)
    start = REPORT.index("We are ready")
    end = start + len("We are ready to welcome the ships again,")
    a = annotating.create(project, article.id, "quote", start, end).value
    assert (a.start, a.end, a.exact) == (start, end, REPORT[start:end])
    assert a.prefix == REPORT[start - 32 : start]
    assert a.suffix == REPORT[end : end + 32]
    assert a.quote_type == "direct" and a.coder == "amira" and a.status == "anchored"


def test_offsets_count_code_points_with_emoji(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    text = "Crowds cheered 🎉🎉 and 𠮷野家 staff said “open all night”."
    article = add_article(project, text)
    start, end = annotating.find_occurrence(text, "open all night")
    a = annotating.create(project, article.id, "quote", start, end).value
    assert text[a.start : a.end] == "open all night"


def test_nth_occurrence(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    article = add_article(project)
    first = annotating.find_occurrence(REPORT, "said", 1)
    second = annotating.find_occurrence(REPORT, "said", 2)
    assert second[0] > first[0]
    assert REPORT[second[0] : second[1]] == "said"
    with pytest.raises(NotFoundError, match="time"):
        annotating.find_occurrence(REPORT, "said", 99)
    assert article


def test_a_failed_annotate_leaves_no_new_speaker_or_theme(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    article = add_article(project)
    with pytest.raises(InvalidInputError):
        annotating.annotate_text(
            project,
            article.id,
            "passage",
            "Critics",
            speaker_name="Nobody",
            theme_names=["New theme"],
            quote_type="direct",
        )
    assert speakers.speakers(project) == []
    assert codebook.themes(project) == []
    with pytest.raises(NotFoundError):
        annotating.annotate_text(
            project,
            article.id,
            "quote",
            "not in the text",
            speaker_name="Nobody",
            theme_names=["New theme"],
        )
    assert speakers.speakers(project) == [] and codebook.themes(project) == []


def test_annotate_by_names_reuses_speakers_by_alias(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    article = add_article(project)
    li = speakers.create(project, "Li Hongzhong", aliases=["Li", "the Party secretary"]).value
    a = annotating.annotate_text(
        project,
        article.id,
        "quote",
        "We are ready",
        speaker_name="the party secretary",
        theme_names=["Ports"],
    ).value
    assert a.speaker == li.id
    assert [t.name for t in codebook.themes(project)] == ["Ports"]


def test_span_can_be_extended_and_shrunk(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    article = add_article(project)
    a = annotating.create(project, article.id, "passage", 0, 8).value
    wider = annotating.update(project, a.id, end=20).value
    assert wider.exact == REPORT[0:20] and wider.suffix == REPORT[20:52]
    narrower = annotating.update(project, a.id, start=9).value
    assert narrower.exact == REPORT[9:20]


def test_blank_and_out_of_range_spans_are_refused(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    article = add_article(project)
    with pytest.raises(InvalidInputError):
        annotating.create(project, article.id, "quote", 10, 5)
    with pytest.raises(InvalidInputError):
        annotating.create(project, article.id, "quote", 0, len(REPORT) + 1)
    blank = REPORT.index("\n\n")
    with pytest.raises(InvalidInputError):
        annotating.create(project, article.id, "passage", blank, blank + 2)


def test_new_text_version_reanchors_and_flags_orphans(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    article = add_article(project)
    quote_start = REPORT.index("This is a promise")
    quote = annotating.create(
        project,
        article.id,
        "quote",
        quote_start,
        quote_start + len("This is a promise we have heard before"),
    ).value
    doomed_start = REPORT.index("The harbour authority")
    doomed = annotating.create(
        project,
        article.id,
        "passage",
        doomed_start,
        doomed_start + len("The harbour authority said repairs were complete."),
    ).value
    new_text = "UPDATED: a new first paragraph.\n\n" + REPORT.replace(
        "The harbour authority said repairs were complete.", ""
    )
    report = article_service.replace_text(project, article.id, new_text).value
    moved = annotating.get(project, quote.id)
    assert new_text[moved.start : moved.end] == quote.exact
    assert moved.status == "anchored"
    lost = annotating.get(project, doomed.id)
    assert lost.status == "orphaned"
    assert lost.exact == doomed.exact  # kept, never dropped
    assert report.orphaned == 1 and report.moved >= 1


def test_orphans_of_a_shortened_text_still_export_and_import(tmp_path: Path) -> None:
    import io

    from annotary.formats.annotary_json import read_json
    from annotary.services import exporting, merging

    project = new_project(tmp_path)
    article = add_article(project)
    tail = len(REPORT) - 10
    annotating.create(project, article.id, "passage", tail, len(REPORT))
    article_service.replace_text(project, article.id, "A much shorter text now.")
    out = io.StringIO()
    exporting.export_json(project, out)
    other = new_project(tmp_path, "other.annotary")
    report = merging.merge_bundle(other, read_json(io.StringIO(out.getvalue()))).value
    assert report.added["annotations"] == 1
    (orphan,) = [a for a in annotating.for_article(other, article.id)]
    assert orphan.status == "orphaned" and orphan.exact == REPORT[tail:]
