"""The Annotary JSON format: a documented, versioned file of a project's records.

``write_json`` streams a Bundle to a file; ``read_json`` parses, validates and
returns one, raising InvalidInputError with the path of what is wrong. The format
is described in docs/json-format.md; its JSON Schema ships in the package
(``load_schema``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any, BinaryIO, TextIO

from annotary.domain.errors import InvalidInputError, LimitExceeded
from annotary.domain.models import Bundle, Theme
from annotary.formats.annotary_json_checks import (
    KnownIds,
    semantic_problems,
    surrogate_problems,
)
from annotary.formats.annotary_json_records import (
    FORMAT,
    VERSION,
    JsonDict,
    annotation_from_json,
    article_from_json,
    speaker_from_json,
    theme_from_json,
)
from annotary.formats.annotary_json_schema import json_type, load_schema, schema_problems, short
from annotary.formats.annotary_json_writer import write_json

__all__ = ["FORMAT", "VERSION", "KnownIds", "load_schema", "read_json", "write_json"]

#: How many problems one error message lists before "and more".
MAX_PROBLEMS = 10

# An escape that may decode to an unpaired surrogate; without one, none can occur.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


class _DuplicateKey(ValueError):
    pass


def read_json(fp: TextIO | BinaryIO, *, known_ids: KnownIds | Iterable[str] = ()) -> Bundle:
    """Read and validate an Annotary JSON file; return its records as lists.

    ``known_ids`` are ids the project already holds: the file's annotations and
    themes may refer to them without carrying them (a :class:`KnownIds` says which
    kind each is; plain ids count as every kind). Raises InvalidInputError that
    names what is wrong and where (a path such as ``annotations[12].start``, or a
    line and column for a syntax error). Themes get their position among siblings
    from their order in the file.
    """
    text = _decode(fp.read())
    try:
        return _read(text, KnownIds.of(known_ids))
    except RecursionError:
        raise LimitExceeded("Not a valid Annotary file: its values are nested too deeply") from None


def _read(text: str, known: KnownIds) -> Bundle:
    document = _parse(text)
    _check_header(document)
    problems = schema_problems(document, MAX_PROBLEMS)
    if problems:  # more than MAX_PROBLEMS means "more", uncounted
        raise InvalidInputError(_summary(problems, counted=len(problems) <= MAX_PROBLEMS))
    problems = list(semantic_problems(document, known))
    if _SURROGATE_ESCAPE.search(text):
        problems.extend(surrogate_problems(document))
    if problems:
        raise InvalidInputError(_summary(problems, counted=True))
    return _bundle(document)


def _decode(raw: str | bytes) -> str:
    if isinstance(raw, str):
        return raw.removeprefix("\ufeff")
    encoding = "utf-16" if raw.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8-sig"
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise InvalidInputError(
            f"Not an Annotary file: not UTF-8 text (byte 0x{raw[exc.start]:02x} "
            f"at line {line}, byte offset {exc.start})"
        ) from None


def _parse(text: str) -> Any:
    if not text.strip():
        raise InvalidInputError("Not an Annotary file: the file is empty")
    try:
        return json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise InvalidInputError(
            f"Not an Annotary file: not valid JSON at line {exc.lineno}, "
            f"column {exc.colno}: {exc.msg}"
        ) from None
    except _DuplicateKey as exc:
        raise InvalidInputError(f"Not a valid Annotary file: {exc}") from None
    except ValueError:  # an integer beyond Python's digit limit (4,300 digits)
        raise LimitExceeded(
            "Not a valid Annotary file: it holds a number with thousands of digits"
        ) from None


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """Build an object, refusing one that names a key twice (JSON would keep the last)."""
    result = dict(pairs)
    if len(result) == len(pairs):
        return result
    seen: set[str] = set()
    for key, _ in pairs:
        if key in seen:
            owner = f" (the record with id {short(result['id'])})" if "id" in result else ""
            raise _DuplicateKey(f"the key {short(key)} appears twice in one object{owner}")
        seen.add(key)
    raise AssertionError("unreachable: a shorter dict has a repeated key")


def _no_constant(name: str) -> Any:
    raise InvalidInputError(f"Not a valid Annotary file: {name} is not a JSON number")


def _check_header(document: Any) -> None:
    """Is this an Annotary file, of a version this reader knows?"""
    if not isinstance(document, dict):
        raise InvalidInputError(
            f"Not an Annotary file: the top level must be an object, got {json_type(document)}"
        )
    if "format" not in document:
        raise InvalidInputError(
            f'Not an Annotary file: format: missing (an Annotary file has "format": "{FORMAT}")'
        )
    if document["format"] != FORMAT:
        raise InvalidInputError(
            f"Not an Annotary file: format: expected {short(FORMAT)}, "
            f"got {short(document['format'])}"
        )
    version = document.get("version")
    if isinstance(version, float) and version.is_integer():
        version = int(version)
    if not isinstance(version, int) or isinstance(version, bool):
        got = "missing" if "version" not in document else f"got {short(version)}"
        raise InvalidInputError(f"Not a valid Annotary file: version: expected an integer, {got}")
    if version > VERSION:
        raise InvalidInputError(
            f"version: this file uses Annotary format version {version}, newer than "
            f"version {VERSION} that this Annotary reads; update Annotary to open it"
        )
    if version < 1:
        raise InvalidInputError(
            f"Not a valid Annotary file: version: {version} is not a format version "
            "(versions start at 1)"
        )


def _summary(problems: list[str], *, counted: bool) -> str:
    """The first problems, one a line; ``counted`` says ``problems`` holds them all."""
    if len(problems) == 1:
        return f"Not a valid Annotary file: {problems[0]}"
    shown = problems[:MAX_PROBLEMS]
    how_many = str(len(problems)) if counted else f"more than {MAX_PROBLEMS}"
    lines = [f"Not a valid Annotary file ({how_many} problems):"]
    lines.extend(f"- {problem}" for problem in shown)
    if counted and len(problems) > len(shown):
        lines.append(f"- and {len(problems) - len(shown)} more")
    return "\n".join(lines)


def _bundle(document: JsonDict) -> Bundle:
    siblings: dict[str | None, int] = {}
    themes: list[Theme] = []
    for record in document["themes"]:
        position = siblings.get(record["parent"], 0)
        siblings[record["parent"]] = position + 1
        themes.append(theme_from_json(record, position))
    return Bundle(
        notes={record["id"]: record["note"] for record in document["articles"] if "note" in record},
        memo=document.get("memo", ""),
        articles=[article_from_json(record) for record in document["articles"]],
        speakers=[speaker_from_json(record) for record in document["speakers"]],
        themes=themes,
        annotations=[annotation_from_json(record) for record in document["annotations"]],
    )
