"""A malformed Annotary JSON file is refused with a message that says what and where."""

from __future__ import annotations

import copy
import hashlib
import io
import json
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotary.domain.errors import InvalidInputError
from annotary.formats.annotary_json import read_json
from annotary.formats.annotary_json_schema import record_checks, schema_validator

TEXT = "Der Senator erklärte: „Die Steuer bleibt.“ Kritiker widersprachen 🙅."
ARTICLE = "11111111-1111-4111-8111-111111111111"
SPEAKER = "22222222-2222-4222-8222-222222222222"
THEME_A = "33333333-3333-4333-8333-333333333333"
THEME_B = "44444444-4444-4444-8444-444444444444"
NOTE_1 = "55555555-5555-4555-8555-555555555555"
NOTE_2 = "66666666-6666-4666-8666-666666666666"
ELSEWHERE = "77777777-7777-4777-8777-777777777777"
STAMP = "2024-03-05T14:20:00.000Z"


def _annotation(annotation_id: str, start: int, end: int) -> dict[str, Any]:
    return {
        "id": annotation_id,
        "article": ARTICLE,
        "kind": "quote",
        "start": start,
        "end": end,
        "exact": TEXT[start:end],
        "prefix": TEXT[max(0, start - 8) : start],
        "suffix": TEXT[end : end + 8],
        "speaker": SPEAKER,
        "themes": [THEME_B],
        "note": None,
        "quote_type": "direct",
        "coder": "mk",
        "created": STAMP,
        "modified": STAMP,
        "status": "anchored",
    }


def valid_document() -> dict[str, Any]:
    quote_start = TEXT.index("„")
    return {
        "format": "annotary",
        "version": 1,
        "exported_at": STAMP,
        "articles": [
            {
                "id": ARTICLE,
                "title": "Steuerstreit im Senat",
                "outlet": "Nordkurier",
                "author": None,
                "published": "2024-03-04",
                "url": "https://nk.example/senat",
                "language": "de",
                "collections": ["Haushalt"],
                "text": TEXT,
                "text_sha256": hashlib.sha256(TEXT.encode("utf-8")).hexdigest(),
            }
        ],
        "speakers": [
            {
                "id": SPEAKER,
                "name": "Senator Brandt",
                "role": "Senator",
                "affiliation": None,
                "aliases": ["Brandt"],
            }
        ],
        "themes": [
            {
                "id": THEME_A,
                "name": "Finanzen",
                "parent": None,
                "color": "#59a14f",
                "description": None,
            },
            {
                "id": THEME_B,
                "name": "Steuern",
                "parent": THEME_A,
                "color": "#EDC948",
                "description": "Steuerpolitik",
            },
        ],
        "annotations": [
            _annotation(NOTE_1, quote_start, TEXT.index("“") + 1),
            _annotation(NOTE_2, 4, 11),
        ],
    }


def _read(document: Any, **kwargs: Any) -> Any:
    return read_json(io.StringIO(json.dumps(document, ensure_ascii=False, indent=2)), **kwargs)


def _refused(text: str | bytes) -> str:
    fp: Any = io.BytesIO(text) if isinstance(text, bytes) else io.StringIO(text)
    with pytest.raises(InvalidInputError) as caught:
        read_json(fp)
    return str(caught.value)


def test_the_valid_document_reads() -> None:
    bundle = _read(valid_document())
    assert [a.exact for a in bundle.annotations] == ["„Die Steuer bleibt.“", "Senator"]


Mutation = Callable[[dict[str, Any]], object]


def _set(path: str, value: Any) -> Mutation:
    *parents, last = path.split(".")

    def mutate(doc: dict[str, Any]) -> None:
        node: Any = doc
        for part in parents:
            node = node[int(part)] if part.isdigit() else node[part]
        node[int(last) if last.isdigit() else last] = value

    return mutate


CASES: list[tuple[str, Mutation, list[str]]] = [
    ("missing array", lambda d: d.pop("annotations"), ["annotations: missing"]),
    ("unknown top key", _set("comments", []), ["comments: unknown key"]),
    ("exported_at not UTC", _set("exported_at", "2024-03-05T14:20:00+01:00"), ["exported_at"]),
    ("negative start", _set("annotations.1.start", -1), ["annotations[1].start", "0 or more"]),
    ("start as text", _set("annotations.0.start", "9"), ["annotations[0].start", "integer"]),
    ("bad kind", _set("annotations.0.kind", "comment"), ["annotations[0].kind", '"passage"']),
    (
        "bad quote type",
        _set("annotations.1.quote_type", "paraphrase"),
        ["annotations[1].quote_type"],
    ),
    ("bad status", _set("annotations.0.status", "lost"), ["annotations[0].status"]),
    (
        "missing exact",
        lambda d: d["annotations"][1].pop("exact"),
        ["annotations[1].exact: missing"],
    ),
    ("unknown key", _set("annotations.0.colour", "red"), ["annotations[0].colour: unknown key"]),
    ("id not a uuid", _set("articles.0.id", "article-1"), ["articles[0].id", "UUID"]),
    (
        "upper-case uuid",
        _set("speakers.0.id", "ABCDEF12-3456-4789-8ABC-DEF123456789"),
        ["speakers[0].id", "UUID"],
    ),
    ("colour by name", _set("themes.1.color", "yellow"), ["themes[1].color", "#rrggbb"]),
    ("impossible date", _set("articles.0.published", "2024-02-30"), ["articles[0].published"]),
    ("vague time", _set("annotations.1.created", "yesterday"), ["annotations[1].created"]),
    (
        "time with newline",
        _set("annotations.1.modified", STAMP + "\n"),
        ["annotations[1].modified"],
    ),
    ("url without scheme", _set("articles.0.url", "nk.example/senat"), ["articles[0].url"]),
    ("empty speaker name", _set("speakers.0.name", ""), ["speakers[0].name", "empty"]),
    ("aliases not a list", _set("speakers.0.aliases", "Brandt"), ["speakers[0].aliases", "array"]),
    ("theme twice", _set("annotations.0.themes", [THEME_B, THEME_B]), ["annotations[0].themes"]),
    ("records not a list", _set("themes", {}), ["themes", "array"]),
    ("duplicate id", _set("annotations.1.id", NOTE_1), ["annotations[1].id", "duplicate"]),
    ("id shared across types", _set("speakers.0.id", THEME_A), ["themes[0].id", "duplicate"]),
    ("unknown article", _set("annotations.1.article", ELSEWHERE), ["annotations[1].article"]),
    ("article id of a speaker", _set("annotations.1.article", SPEAKER), ["annotations[1].article"]),
    ("unknown speaker", _set("annotations.0.speaker", ELSEWHERE), ["annotations[0].speaker"]),
    (
        "unknown theme",
        _set("annotations.1.themes", [THEME_A, ELSEWHERE]),
        ["annotations[1].themes[1]"],
    ),
    ("unknown parent", _set("themes.0.parent", ELSEWHERE), ["themes[0].parent"]),
    ("parent cycle", _set("themes.0.parent", THEME_B), ["themes[0].parent", "cycle", "Finanzen"]),
    ("own parent", _set("themes.1.parent", THEME_B), ["themes[1].parent", "cycle"]),
    ("end beyond text", _set("annotations.1.end", len(TEXT) + 1), ["annotations[1].end", "beyond"]),
    (
        "start after end",
        _set("annotations.1.start", 11),
        ["annotations[1].end", "greater than start"],
    ),
    (
        "text edited",
        _set("articles.0.text", TEXT.replace("Steuer", "Abgabe")),
        ["articles[0].text_sha256"],
    ),
    (
        "digest of other text",
        _set("articles.0.text_sha256", "ab" * 32),
        ["articles[0].text_sha256"],
    ),
    (
        "exact differs",
        _set("annotations.1.exact", "Senatorin"),
        ["annotations[1].exact", '"Senator"'],
    ),
]


@pytest.mark.parametrize(("mutate", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_malformed_document_is_refused_naming_the_place(
    mutate: Mutation, expected: list[str]
) -> None:
    document = valid_document()
    mutate(document)
    message = _refused(json.dumps(document, ensure_ascii=False, indent=2))
    for part in expected:
        assert part in message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", ["empty"]),
        ("   \n", ["empty"]),
        ('{\n  "format": "annotary",\n  "version": 1,\n  "articles": [,]\n}', ["line 4, column"]),
        ("<html><body>Not found</body></html>", ["not valid JSON", "line 1, column 1"]),
        ('[{"format": "annotary"}]', ["top level", "array"]),
        ('{"version": 1}', ["format: missing"]),
        ('{"format": "refi-qda", "version": 1}', ["format", '"refi-qda"']),
        ('{"format": "annotary"}', ["version", "missing"]),
        ('{"format": "annotary", "version": "1"}', ["version", "integer"]),
        ('{"format": "annotary", "version": 0}', ["version", "0"]),
        ('{"format": "annotary", "version": 3, "whatever": true}', ["version 3", "newer"]),
        ('{"format": "annotary", "format": "annotary", "version": 1}', ['"format" appears twice']),
        ('{"format": "annotary", "version": NaN}', ["NaN"]),
    ],
)
def test_unreadable_files_are_refused_saying_why(text: str, expected: list[str]) -> None:
    message = _refused(text)
    for part in expected:
        assert part in message


def test_bytes_that_are_not_utf8_are_refused_with_their_line() -> None:
    raw = json.dumps(valid_document(), indent=2).encode("utf-8").replace(b"Nordkurier", b"Nord\xe9")
    message = _refused(raw)
    assert "UTF-8" in message and "line 9" in message  # the outlet's line


def test_unpaired_surrogate_escape_is_refused_with_its_path() -> None:
    text = json.dumps(valid_document(), indent=2).replace('"Senator Brandt"', '"Senator \\ud83d"')
    message = _refused(text)
    assert "speakers[0].name" in message and "surrogate" in message


def test_many_problems_are_listed_then_counted() -> None:
    document = valid_document()
    document["annotations"] = [
        {**document["annotations"][1], "id": f"88888888-8888-4888-8888-{n:012d}", "start": -n - 1}
        for n in range(25)
    ]
    message = _refused(json.dumps(document))
    assert "annotations[0].start" in message and "annotations[9].start" in message
    assert "annotations[24].start" not in message
    assert "more than 10 problems" in message


def test_semantic_problems_are_all_counted() -> None:
    document = valid_document()
    for annotation in document["annotations"]:
        annotation["speaker"] = ELSEWHERE
    document["themes"][1]["parent"] = ELSEWHERE
    message = _refused(json.dumps(document))
    assert "(3 problems)" in message
    assert "themes[1].parent" in message and "annotations[1].speaker" in message


def test_ids_known_in_the_project_may_be_referred_to() -> None:
    document = valid_document()
    document["annotations"][1]["article"] = ELSEWHERE
    document["annotations"][1]["end"] = 5000  # cannot be checked without the text
    document["themes"][0]["parent"] = ELSEWHERE
    bundle = _read(document, known_ids={ELSEWHERE})
    assert bundle.annotations[1].article == ELSEWHERE
    assert bundle.themes[0].parent == ELSEWHERE


def test_orphaned_annotation_may_quote_text_that_is_gone() -> None:
    document = valid_document()
    document["annotations"][1].update(exact="Senatorin Kühn", status="orphaned")
    assert _read(document).annotations[1].status == "orphaned"


def test_integral_numbers_written_as_floats_read_as_integers() -> None:
    document = valid_document()
    document["annotations"][1].update(start=4.0, end=11.0)
    document["version"] = 1.0
    annotation = _read(document).annotations[1]
    assert (annotation.start, annotation.end) == (4, 11)
    assert isinstance(annotation.start, int)


# --- the fast record check and jsonschema give the same verdict -----------------

_POOL = [
    None,
    "",
    "x",
    " ",
    0,
    -1,
    1,
    2.0,
    2.5,
    True,
    False,
    [],
    ["a"],
    ["a", "a"],
    [1],
    {},
    {"a": 1},
    ARTICLE,
    ARTICLE.upper(),
    ARTICLE + "\n",
    STAMP,
    "2024-03-05T14:20:00+00:00",
    "2024-03-05T25:00:00Z",
    "2024-03-05",
    "2024-13-01",
    "#a0b1c2",
    "#A0B1C2",
    "#abc",
    "https://x.example/",
    "de",
    "pt-BR",
    "quote",
    "passage",
    "direct",
    "anchored",
    "orphaned",
    "a" * 64,
    [THEME_A, THEME_B],
    [THEME_A, "nope"],
]
_VALUES = st.sampled_from(_POOL)
_RECORDS = {"articles": 0, "speakers": 0, "themes": 1, "annotations": 0}


_LISTS = st.lists(st.sampled_from(["a", "b", THEME_A, THEME_B, 1, None]), max_size=3)


def versioned_document(version: int) -> dict[str, Any]:
    """The valid document in a format version (2 adds each annotation's segments)."""
    document = valid_document()
    if version >= 2:
        document["version"] = version
        for note in document["annotations"]:
            keys = ("start", "end", "exact", "prefix", "suffix")
            note["segments"] = [{key: note[key] for key in keys}]
    return document


@settings(max_examples=500, deadline=None)
@given(array=st.sampled_from(sorted(_RECORDS)), version=st.sampled_from([1, 2]), data=st.data())
def test_fast_check_agrees_with_jsonschema(array: str, version: int, data: st.DataObject) -> None:
    record = copy.deepcopy(versioned_document(version)[array][_RECORDS[array]])
    keys = st.sampled_from([*sorted(record), "extra"])
    for _ in range(data.draw(st.integers(1, 3))):
        key = data.draw(keys)
        if data.draw(st.integers(0, 5)) == 0:
            record.pop(key, None)
        else:
            record[key] = data.draw(_VALUES | _LISTS)
    document = {**versioned_document(version), array: [record]}
    fast = record_checks(version)[array](record)
    assert fast == schema_validator(version).is_valid(document), record


@pytest.mark.parametrize("version", [1, 2])
def test_fast_check_agrees_with_jsonschema_on_every_single_change(version: int) -> None:
    pool = [*_POOL, ["a", "b"], [1, 1], [None], [], [{}], [{"start": 1}]]
    disagreements = []
    for array, index in _RECORDS.items():
        original = versioned_document(version)[array][index]
        for key in [*original, "extra"]:
            for value in [*pool, KeyError]:
                record = copy.deepcopy(original)
                if value is KeyError:
                    record.pop(key, None)
                else:
                    record[key] = value
                fast = record_checks(version)[array](record)
                document = {**versioned_document(version), array: [record]}
                if fast != schema_validator(version).is_valid(document):
                    disagreements.append((array, key, value))
    assert disagreements == []
