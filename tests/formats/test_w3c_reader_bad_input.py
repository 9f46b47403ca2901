"""The W3C reader refuses hostile files with a user error and skips unusable selectors."""

from __future__ import annotations

import io
import json

import pytest

from annotary.domain.errors import InvalidInputError, LimitExceeded
from annotary.formats.w3c import read_w3c


def _annotation(selector: dict[str, object]) -> str:
    quote = {"type": "TextQuoteSelector", "exact": "the port would reopen"}
    target = {"source": "urn:uuid:3f1e0d9c-8b7a-4c6d-9e5f-a4b3c2d1e0f9"}
    return json.dumps([{"type": "Annotation", "target": {**target, "selector": [quote, selector]}}])


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("[" * 100_000 + "]" * 100_000, LimitExceeded),
        ('[{"type": "Annotation", "x": ' + "1" * 5000 + "}]", LimitExceeded),
        ('{"type": "AnnotationCollection", "first": ' * 5000 + "{}" + "}" * 5000, LimitExceeded),
        ("not json", InvalidInputError),
    ],
    ids=["nested-100000", "5000-digits", "first-chain", "not-json"],
)
def test_hostile_files_are_user_errors(text: str, error: type[Exception]) -> None:
    with pytest.raises(error):
        read_w3c(io.StringIO(text))


@pytest.mark.parametrize(
    "selector",
    [
        {"start": "a", "end": 4},
        {"start": 0},
        {"start": 2**63, "end": 2**63 + 5},
        {"start": -4, "end": 2},
        {"start": 9, "end": 3},
        {"start": 1.5, "end": 3},
        {"start": True, "end": 3},
    ],
    ids=["text", "no-end", "2^63", "negative", "backwards", "fraction", "boolean"],
)
def test_an_unusable_position_selector_leaves_the_quote_to_place(
    selector: dict[str, object],
) -> None:
    bundle = read_w3c(io.StringIO(_annotation({"type": "TextPositionSelector", **selector})))
    (annotation,) = bundle.annotations
    assert annotation.status == "orphaned" and annotation.exact == "the port would reopen"
    assert any("TextPositionSelector" in warning for warning in bundle.warnings)
