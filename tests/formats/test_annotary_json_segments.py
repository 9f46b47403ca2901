"""Quotes in several parts in the Annotary JSON format: version 2 writes them, version 1
files still read (each annotation one segment)."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json

import pytest

from annotary.domain.errors import InvalidInputError
from annotary.domain.models import Annotation, Article, Bundle, Segment
from annotary.formats.annotary_json import VERSION, read_json, write_json

TEXT = (
    "Der Hafen öffnet wieder. „Wir sind bereit“, sagte die Senatorin 李红. "
    "„Die Fähren fahren ab Mai.“ Kritiker zweifeln."
)
FIRST = "„Wir sind bereit“"
SECOND = "„Die Fähren fahren ab Mai.“"
ARTICLE = Article(
    id="0b9f6c1e-3d5a-4c2b-9e8f-1a2b3c4d5e6f",
    title="Hafen",
    text=TEXT,
    text_sha256=hashlib.sha256(TEXT.encode("utf-8")).hexdigest(),
)


def segment(words: str) -> Segment:
    start = TEXT.index(words)
    end = start + len(words)
    return Segment(start, end, words, TEXT[max(0, start - 32) : start], TEXT[end : end + 32])


def split_quote() -> Annotation:
    first, second = segment(FIRST), segment(SECOND)
    return Annotation(
        id="3c3c3c3c-4d4d-4e5e-af6f-707070707070",
        article=ARTICLE.id,
        kind="quote",
        start=first.start,
        end=second.end,
        exact=TEXT[first.start : second.end],
        prefix=first.prefix,
        suffix=second.suffix,
        quote_type="direct",
        created="2024-06-01T10:00:00.000Z",
        modified="2024-06-01T10:00:00.000Z",
        segments=(first, second),
    )


def written(*annotations: Annotation) -> dict[str, object]:
    out = io.StringIO()
    write_json(Bundle(articles=[ARTICLE], annotations=list(annotations)), out)
    return json.loads(out.getvalue())


def test_a_split_quote_is_written_with_its_segments_and_its_whole_span() -> None:
    document = written(split_quote())
    assert document["version"] == VERSION == 2
    (note,) = document["annotations"]  # type: ignore[misc]
    # A version-1 reader still finds the span from the first part to the last.
    assert (note["start"], note["end"]) == (TEXT.index(FIRST), TEXT.index(SECOND) + len(SECOND))
    assert note["exact"] == TEXT[note["start"] : note["end"]]
    assert [(s["exact"], TEXT[s["start"] : s["end"]]) for s in note["segments"]] == [
        (FIRST, FIRST),
        (SECOND, SECOND),
    ]


def test_a_split_quote_reads_back_as_written() -> None:
    quote = split_quote()
    back = read_json(io.StringIO(json.dumps(written(quote), ensure_ascii=False)))
    assert back.annotations == [quote]
    assert back.annotations[0].joined_exact == f"{FIRST} … {SECOND}"


def test_a_version_1_file_reads_with_one_segment_per_annotation() -> None:
    quote = split_quote()
    one = dataclasses.replace(
        quote, end=segment(FIRST).end, exact=FIRST, suffix=segment(FIRST).suffix, segments=()
    )
    document = written(one)
    document["version"] = 1
    del document["annotations"][0]["segments"]  # type: ignore[index]
    back = read_json(io.StringIO(json.dumps(document)))
    (note,) = back.annotations
    assert note == one
    assert note.segments == (segment(FIRST),)


def test_a_quote_in_one_part_is_written_with_empty_segments() -> None:
    quote = split_quote()
    one = dataclasses.replace(
        quote, end=segment(FIRST).end, exact=FIRST, suffix=segment(FIRST).suffix, segments=()
    )
    document = written(one)
    assert document["annotations"][0]["segments"] == []  # type: ignore[index]
    assert read_json(io.StringIO(json.dumps(document))).annotations == [one]
    # The one segment written out, equal to the span, reads the same.
    keys = ("start", "end", "exact", "prefix", "suffix")
    note = document["annotations"][0]  # type: ignore[index]
    note["segments"] = [{key: note[key] for key in keys}]
    assert read_json(io.StringIO(json.dumps(document))).annotations == [one]


def test_a_version_1_file_with_segments_is_refused() -> None:
    document = written(split_quote())
    document["version"] = 1
    with pytest.raises(
        InvalidInputError, match=r"segments: unknown key \(not in format version 1\)"
    ):
        read_json(io.StringIO(json.dumps(document)))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda n: n["segments"].reverse(), "text order"),
        (
            lambda n: n.update(start=n["start"] + 1, exact=TEXT[n["start"] + 1 : n["end"]]),
            "first segment's start",
        ),
        (
            lambda n: n["segments"][1].update(exact="„Die Fähren fahren nie.“"),
            "is not the article text",
        ),
        (lambda n: n.update(segments=n["segments"] * 33), "at most 64"),
        (lambda n: n["segments"][0].update(end=len(TEXT) + 5), "beyond the end"),
    ],
)
def test_inconsistent_segments_are_refused_saying_where(change: object, message: str) -> None:
    document = written(split_quote())
    change(document["annotations"][0])  # type: ignore[index, operator]
    with pytest.raises(InvalidInputError, match=message) as caught:
        read_json(io.StringIO(json.dumps(document, ensure_ascii=False)))
    assert "annotations[0]" in str(caught.value)
