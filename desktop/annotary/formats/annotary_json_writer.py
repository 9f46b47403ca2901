"""Stream a Bundle to an Annotary JSON file, one record at a time.

The output is character for character what ``json.dumps(document, indent=indent,
ensure_ascii=False)`` would give for the whole document (plus a final newline),
but only one record is ever held in memory: a project with 100,000 annotations
exports from a generator in constant memory.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from json.encoder import encode_basestring
from typing import Any, TextIO, TypeVar

from annotary.domain.models import Bundle, now_iso
from annotary.formats.annotary_json_records import (
    FORMAT,
    RECORD_KEYS,
    VERSION,
    JsonDict,
    annotation_to_json,
    article_to_json,
    speaker_to_json,
    theme_to_json,
)

T = TypeVar("T")


def write_json(
    bundle: Bundle, fp: TextIO, *, exported_at: str | None = None, indent: int = 2
) -> dict[str, int]:
    """Write ``bundle`` to ``fp`` in the Annotary JSON format (the newest version, VERSION).

    Records are written in the order the bundle gives them, keys in the documented
    order, non-ASCII characters as themselves. ``exported_at`` defaults to now (UTC).
    Returns how many records of each type were written, keyed like the arrays.
    """
    if indent < 0:
        raise ValueError(f"indent must be 0 or more, got {indent}")
    header: JsonDict = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": exported_at if exported_at is not None else now_iso(),
    }
    if bundle.memo:
        header["memo"] = bundle.memo
    notes = bundle.notes
    inner = "\n" + " " * indent
    fp.write("{")
    for key, value in header.items():
        fp.write(f"{inner}{encode_basestring(key)}: {_encode(value, indent, 1)},")
    counts = {
        "articles": _write_array(
            fp,
            "articles",
            bundle.articles,
            lambda article: article_to_json(article, notes.get(article.id, "")),
            indent,
        ),
        "speakers": _write_array(fp, "speakers", bundle.speakers, speaker_to_json, indent),
        "themes": _write_array(fp, "themes", bundle.themes, theme_to_json, indent),
        "annotations": _write_array(
            fp, "annotations", bundle.annotations, annotation_to_json, indent
        ),
    }
    fp.write("\n}\n")
    return counts


def _write_array(
    fp: TextIO,
    key: str,
    records: Iterable[T],
    to_json: Callable[[T], JsonDict],
    indent: int,
) -> int:
    """Write ``"key": [ ... ]`` at depth 1, one record per ``fp.write``.

    The array after the header items; all but the first array follow a comma.
    """
    comma = "" if key == RECORD_KEYS[0] else ","
    fp.write(f"{comma}\n{' ' * indent}{encode_basestring(key)}: [")
    item_prefix = "\n" + " " * (2 * indent)
    count = 0
    for record in records:
        fp.write(("," if count else "") + item_prefix + _encode_record(to_json(record), indent))
        count += 1
    fp.write(f"\n{' ' * indent}]" if count else "]")
    return count


_KEYS: dict[str, str] = {}


def _encode_record(record: JsonDict, indent: int) -> str:
    """A record (an object two levels deep) as :func:`_encode` writes it, with the
    common value types handled inline: this loop runs once per exported record."""
    if not record:
        return "{}"
    pad = "\n" + " " * (indent * 3)
    parts = []
    for key, value in record.items():
        name = _KEYS.get(key)
        if name is None:
            name = _KEYS[key] = encode_basestring(key)
        kind = value.__class__
        if kind is str:
            text = encode_basestring(value)
        elif value is None:
            text = "null"
        elif kind is int:
            text = int.__repr__(value)
        else:
            text = _encode(value, indent, 3)
        parts.append(f"{pad}{name}: {text}")
    return "{" + ",".join(parts) + "\n" + " " * (indent * 2) + "}"


def _encode(value: Any, indent: int, depth: int = 0) -> str:
    """``value`` as ``json.dumps(value, indent=indent, ensure_ascii=False)`` writes it
    nested ``depth`` levels deep, but through the C string encoder: ``json.dumps``
    with an indent falls back to its pure-Python encoder, several times slower.
    """
    if isinstance(value, str):
        return encode_basestring(value)
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, (list, dict)):
        if not value:
            return "[]" if isinstance(value, list) else "{}"
        inner = "\n" + " " * (indent * (depth + 1))
        if isinstance(value, list):
            items = [inner + _encode(item, indent, depth + 1) for item in value]
            opening, closing = "[", "]"
        else:
            items = [
                f"{inner}{encode_basestring(key)}: {_encode(item, indent, depth + 1)}"
                for key, item in value.items()
            ]
            opening, closing = "{", "}"
        return opening + ",".join(items) + "\n" + " " * (indent * depth) + closing
    # Anything else (a float) the standard way; it refuses NaN and what JSON cannot hold.
    return json.dumps(value, ensure_ascii=False, allow_nan=False)
