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
from annotary.domain.messages import message
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
        raise LimitExceeded(
            message("Not a valid Annotary file: its values are nested too deeply")
        ) from None


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
            message(
                "Not an Annotary file: not UTF-8 text (byte 0x{byte} at line {line}, "
                "byte offset {offset})",
                byte=f"{raw[exc.start]:02x}",
                line=line,
                offset=exc.start,
            )
        ) from None


def _parse(text: str) -> Any:
    if not text.strip():
        raise InvalidInputError(message("Not an Annotary file: the file is empty"))
    try:
        return json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise InvalidInputError(
            message(
                "Not an Annotary file: not valid JSON at line {line}, column {column}: {error}",
                line=exc.lineno,
                column=exc.colno,
                error=exc.msg,
            )
        ) from None
    except _DuplicateKey as exc:
        raise InvalidInputError(_invalid(exc.args[0])) from None
    except ValueError:  # an integer beyond Python's digit limit (4,300 digits)
        raise LimitExceeded(
            message("Not a valid Annotary file: it holds a number with thousands of digits")
        ) from None


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """Build an object, refusing one that names a key twice (JSON would keep the last)."""
    result = dict(pairs)
    if len(result) == len(pairs):
        return result
    seen: set[str] = set()
    for key, _ in pairs:
        if key in seen:
            raise _DuplicateKey(
                message(
                    "the key {key} appears twice in one object (the record with id {id})",
                    key=short(key),
                    id=short(result["id"]),
                )
                if "id" in result
                else message("the key {key} appears twice in one object", key=short(key))
            )
        seen.add(key)
    raise AssertionError("unreachable: a shorter dict has a repeated key")


def _no_constant(name: str) -> Any:
    raise InvalidInputError(
        message("Not a valid Annotary file: {name} is not a JSON number", name=name)
    )


def _check_header(document: Any) -> None:
    """Is this an Annotary file, of a version this reader knows?"""
    if not isinstance(document, dict):
        raise InvalidInputError(
            message(
                "Not an Annotary file: the top level must be an object, got {got}",
                got=json_type(document),
            )
        )
    if "format" not in document:
        raise InvalidInputError(
            message(
                'Not an Annotary file: format: missing (an Annotary file has "format": "{format}")',
                format=FORMAT,
            )
        )
    if document["format"] != FORMAT:
        raise InvalidInputError(
            message(
                "Not an Annotary file: format: expected {wanted}, got {got}",
                wanted=short(FORMAT),
                got=short(document["format"]),
            )
        )
    version = document.get("version")
    if isinstance(version, float) and version.is_integer():
        version = int(version)
    if not isinstance(version, int) or isinstance(version, bool):
        raise InvalidInputError(
            message("Not a valid Annotary file: version: expected an integer, missing")
            if "version" not in document
            else message(
                "Not a valid Annotary file: version: expected an integer, got {got}",
                got=short(version),
            )
        )
    if version > VERSION:
        raise InvalidInputError(
            message(
                "version: this file uses Annotary format version {version}, newer than "
                "version {known} that this Annotary reads; update Annotary to open it",
                version=version,
                known=VERSION,
            )
        )
    if version < 1:
        raise InvalidInputError(
            message(
                "Not a valid Annotary file: version: {version} is not a format version "
                "(versions start at 1)",
                version=version,
            )
        )


def _invalid(problem: str) -> str:
    return message("Not a valid Annotary file: {problem}", problem=problem)


def _summary(problems: list[str], *, counted: bool) -> str:
    """The first problems, one a line; ``counted`` says ``problems`` holds them all.

    The list is made line by line as messages, each holding the lines before it,
    so that every problem in it is translated."""
    if len(problems) == 1:
        return _invalid(problems[0])
    shown = problems[:MAX_PROBLEMS]
    listed = message("- {problem}", problem=shown[0])
    for problem in shown[1:]:
        listed = message("{lines}\n- {problem}", lines=listed, problem=problem)
    if counted and len(problems) > len(shown):
        more = len(problems) - len(shown)
        listed = message("{lines}\n- and {count} more", lines=listed, count=more)
    if counted:
        return message(
            "Not a valid Annotary file ({count} problems):\n{problems}",
            count=len(problems),
            problems=listed,
        )
    return message(
        "Not a valid Annotary file (more than {count} problems):\n{problems}",
        count=MAX_PROBLEMS,
        problems=listed,
    )


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
