"""Reading Web Annotations back: our own exports round-trip, foreign ones are read leniently."""

from __future__ import annotations

import io
import json
from dataclasses import replace

import pytest
from test_w3c_samples import TEXT, annotations, article, bundle, speakers, themes

from annotary.domain.errors import InvalidInputError
from annotary.domain.models import Bundle
from annotary.formats.w3c import read_w3c, write_w3c


@pytest.mark.parametrize("collection", [True, False])
def test_an_export_reads_back_to_the_same_annotations(collection: bool) -> None:
    out = io.StringIO()
    write_w3c(bundle(url=None), out, collection=collection, page_size=3)
    back = read_w3c(io.StringIO(out.getvalue()))
    assert back.warnings == []
    # The text between a quote's parts is not in the file: its span reads as the
    # parts joined, each part exactly as written.
    expected = [
        replace(a, exact=a.joined_exact) if len(a.segments) > 1 else a
        for a in annotations().values()
    ]
    assert list(back.annotations) == expected
    split = annotations()["split"]
    (read,) = [a for a in back.annotations if a.id == split.id]
    assert read.segments == split.segments and (read.start, read.end) == (split.start, split.end)
    assert {(s.id, s.name) for s in back.speakers} == {(s.id, s.name) for s in speakers()}
    assert {(t.id, t.name) for t in back.themes} == {(t.id, t.name) for t in themes()}


def test_a_url_target_is_kept_as_the_article_reference() -> None:
    out = io.StringIO()
    write_w3c(bundle(url="https://news.example.org/a"), out, collection=False)
    back = read_w3c(io.StringIO(out.getvalue()))
    assert {a.article for a in back.annotations} == {"https://news.example.org/a"}


def test_a_foreign_annotation_is_read_leniently() -> None:
    foreign = [
        {
            "@context": "http://www.w3.org/ns/anno.jsonld",
            "id": "https://annotations.example.net/r/881",
            "type": "Annotation",
            "motivation": "commenting",
            "creator": "https://annotations.example.net/users/lena",
            "bodyValue": "Check this figure against the ministry release.",
            "target": {
                "source": "https://news.example.org/budget",
                "selector": {"type": "TextQuoteSelector", "exact": "4.2 billion"},
            },
        },
        {
            "id": "https://annotations.example.net/r/882",
            "type": "Annotation",
            "body": [{"type": "TextualBody", "purpose": "tagging", "value": "Budget"}],
            "target": "https://news.example.org/budget",
        },
    ]
    back = read_w3c(io.StringIO(json.dumps(foreign)))
    (a,) = back.annotations
    assert (a.id, a.article, a.exact) == (
        "https://annotations.example.net/r/881",
        "https://news.example.org/budget",
        "4.2 billion",
    )
    assert a.kind == "passage" and a.status == "orphaned"
    assert a.note == "Check this figure against the ministry release."
    assert a.coder == "https://annotations.example.net/users/lena"
    assert len(back.warnings) == 1 and "r/882" in back.warnings[0]


def test_plain_tags_without_iris_become_themes_by_name() -> None:
    doc = {
        "type": "Annotation",
        "body": [
            {"type": "TextualBody", "purpose": "tagging", "value": "Housing"},
            {"type": "TextualBody", "purpose": "tagging", "value": "Housing"},
        ],
        "target": {
            "source": "urn:uuid:7c1d6a0e-52a4-4c55-9a8e-2f0a9d3b6e11",
            "selector": [
                {"type": "TextQuoteSelector", "exact": "rents"},
                {"type": "TextPositionSelector", "start": 10, "end": 15},
            ],
        },
    }
    back = read_w3c(io.StringIO(json.dumps(doc)))
    (a,) = back.annotations
    assert a.article == "7c1d6a0e-52a4-4c55-9a8e-2f0a9d3b6e11"
    assert (a.start, a.end, a.status) == (10, 15, "anchored")
    assert [t.name for t in back.themes] == ["Housing"] and a.themes == (back.themes[0].id,)


def test_a_file_that_is_not_json_is_refused_with_a_reason() -> None:
    with pytest.raises(InvalidInputError, match="not a JSON file"):
        read_w3c(io.StringIO("<html>"))


def test_a_quote_in_two_parts_is_exported_as_two_targets_and_read_back() -> None:
    split = annotations()["split"]
    out = io.StringIO()
    write_w3c(Bundle(articles=[article(None)], annotations=[split]), out, collection=False)
    (doc,) = json.loads(out.getvalue())
    assert isinstance(doc["target"], list) and len(doc["target"]) == 2
    for target, segment in zip(doc["target"], split.segments, strict=True):
        quote, position = target["selector"]
        assert quote["exact"] == segment.exact == TEXT[segment.start : segment.end]
        assert (position["start"], position["end"]) == (segment.start, segment.end)
    # Targets given out of order are put in text order.
    doc["target"].reverse()
    back = read_w3c(io.StringIO(json.dumps([doc])))
    assert back.annotations[0].segments == split.segments


def test_overlapping_targets_keep_the_first_and_say_so() -> None:
    split = annotations()["split"]
    out = io.StringIO()
    write_w3c(Bundle(articles=[article(None)], annotations=[split]), out, collection=False)
    (doc,) = json.loads(out.getvalue())
    doc["target"][1]["selector"][1]["start"] = split.segments[0].start + 1
    back = read_w3c(io.StringIO(json.dumps([doc])))
    assert len(back.annotations[0].segments) == 1
    assert any("only the first is kept" in w for w in back.warnings)
