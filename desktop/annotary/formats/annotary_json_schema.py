"""The JSON Schema of the Annotary format and messages for what it rejects.

``schema_problems`` validates a parsed document with ``jsonschema`` and turns each
error into one line that says WHERE (a path such as ``annotations[12].start``)
and WHAT is wrong, in words a user can act on.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from datetime import date
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from annotary.domain.messages import message
from annotary.formats.annotary_json_fastcheck import Check, compile_check
from annotary.formats.annotary_json_records import RECORD_KEYS, VERSION


def schema_file(version: int = VERSION) -> str:
    """The name of the shipped schema file of a format version."""
    return f"annotary-{version}.schema.json"


_TIMESTAMP = re.compile(
    r"(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:Z|\+00:00)", re.ASCII
)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_TYPE_WORDS = {  # a JSON type in a message, itself translated
    "object": message("an object"),
    "array": message("an array"),
    "string": message("a string"),
    "integer": message("an integer"),
    "number": message("a number"),
    "boolean": message("a boolean"),
    "null": "null",
}
_JSON_TYPES = {
    dict: _TYPE_WORDS["object"],
    list: _TYPE_WORDS["array"],
    str: _TYPE_WORDS["string"],
    bool: _TYPE_WORDS["boolean"],
    int: _TYPE_WORDS["integer"],
    float: _TYPE_WORDS["number"],
    type(None): "null",
}


def load_schema(version: int = VERSION) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a format version, shipped in the package."""
    source = resources.files("annotary.formats").joinpath("schema", schema_file(version))
    schema: dict[str, Any] = json.loads(source.read_text(encoding="utf-8"))
    return schema


def json_path(parts: Iterable[str | int]) -> str:
    """``["annotations", 12, "start"]`` -> ``annotations[12].start``."""
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        elif _IDENTIFIER.fullmatch(part):
            out += f".{part}" if out else part
        else:
            out += f"[{json.dumps(part, ensure_ascii=False)}]"
    return out or message("(top level)")


def short(value: Any, limit: int = 60) -> str:
    """A value as JSON, cut to ``limit`` characters for a message."""
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def json_type(value: Any) -> str:
    return _JSON_TYPES.get(type(value), type(value).__name__)


def _version_of(document: Any) -> int:
    """The format version whose schema checks ``document`` (its header is checked)."""
    version = document.get("version") if isinstance(document, dict) else None
    if (
        isinstance(version, (int, float))
        and not isinstance(version, bool)
        and int(version) == version
        and 1 <= version <= VERSION
    ):
        return int(version)
    return VERSION


def schema_problems(document: Any, limit: int) -> list[str]:
    """Up to ``limit`` + 1 distinct messages for the schema errors in ``document``.

    The fast check picks the records that fail; jsonschema then validates the
    document holding only those (and the top level), for its error paths, which
    are mapped back to the records' places in the file. One more message than
    ``limit`` tells the caller there are more than it shows.
    """
    version = _version_of(document)
    reduced, places = _failing_records(document, limit, version)
    problems: list[str] = []
    for error in schema_validator(version).iter_errors(reduced):
        parts = list(error.absolute_path)
        if len(parts) > 1 and parts[0] in places and isinstance(parts[1], int):
            parts[1] = places[str(parts[0])][parts[1]]
        for problem in _messages(error, parts, version):
            if problem not in problems:
                problems.append(problem)
        if len(problems) > limit:
            break
    return problems[: limit + 1]


def _failing_records(document: Any, limit: int, version: int) -> tuple[Any, dict[str, list[int]]]:
    """``document`` with each record array cut to its first failing records.

    Returns the cut document and, per array, the original index of each record kept.
    """
    if not isinstance(document, dict):
        return document, {}
    reduced = dict(document)
    places: dict[str, list[int]] = {}
    for key, check in record_checks(version).items():
        records = document.get(key)
        if not isinstance(records, list):
            continue
        failing: list[int] = []
        for index, record in enumerate(records):
            if not check(record):
                failing.append(index)
                if len(failing) > limit:
                    break
        reduced[key] = [records[index] for index in failing]
        places[key] = failing
    return reduced, places


@cache
def record_checks(version: int = VERSION) -> dict[str, Check]:
    """Per record array, the fast check of one record against the version's schema."""
    schema = load_schema(version)
    formats: dict[str, Check] = {"date-time": _is_timestamp, "date": _is_date}
    return {
        key: compile_check(schema["properties"][key]["items"], schema, formats)
        for key in RECORD_KEYS
    }


@cache
def schema_validator(version: int = VERSION) -> Any:
    """A jsonschema validator of a version's shipped schema, enforcing its date formats."""
    import jsonschema  # imported on first read: it is slow to import

    checker = jsonschema.FormatChecker(formats=())
    checker.checks("date-time")(_is_timestamp)
    checker.checks("date")(_is_date)
    cls = jsonschema.Draft202012Validator
    schema = load_schema(version)
    cls.check_schema(schema)
    return cls(schema, format_checker=checker)


def _is_timestamp(value: object) -> bool:
    if not isinstance(value, str):
        return True
    match = _TIMESTAMP.fullmatch(value)
    if match is None or not _valid_date(match.group(1)):
        return False
    hour, minute, second = (int(match.group(n)) for n in (2, 3, 4))
    return hour < 24 and minute < 60 and second < 60


def _is_date(value: object) -> bool:
    return not isinstance(value, str) or _valid_date(value)


@lru_cache(maxsize=4096)  # dates repeat: most annotations of a day share one
def _valid_date(value: str) -> bool:
    if _DATE.fullmatch(value) is None:
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _messages(error: Any, parts: list[str | int], version: int) -> Iterator[str]:
    """One line per problem in a jsonschema ValidationError at ``parts``."""
    if error.context:  # a combinator: say what its best branch missed
        from jsonschema.exceptions import best_match

        best = best_match(error.context)
        yield from _messages(best, [*parts, *best.relative_path], version)
        return
    path = json_path(parts)
    keyword = error.validator
    value = error.validator_value
    instance = error.instance
    title = error.schema.get("title") if isinstance(error.schema, dict) else None
    if keyword == "required":
        for key in value:
            if isinstance(instance, dict) and key not in instance:
                yield message(
                    "{path}: missing (every {record} has it)",
                    path=json_path([*parts, key]),
                    record=_record(parts),
                )
    elif keyword == "additionalProperties":
        known = error.schema.get("properties", {})
        for key in instance:
            if key not in known:
                yield message(
                    "{path}: unknown key (not in format version {version})",
                    path=json_path([*parts, key]),
                    version=version,
                )
    elif keyword == "type":
        yield _type_problem(path, value, instance)
    elif keyword in ("pattern", "format", "minLength", "maxLength") and title:
        yield message(
            "{path}: {value} is not {title}", path=path, value=short(instance), title=title
        )
    elif keyword == "minLength":
        yield (
            message("{path}: must not be empty", path=path)
            if value == 1
            else message("{path}: shorter than {length}", path=path, length=value)
        )
    elif keyword == "const":
        yield message(
            "{path}: must be {wanted}, got {value}",
            path=path,
            wanted=short(value),
            value=short(instance),
        )
    elif keyword == "enum":
        choices = ", ".join(short(v) for v in value)
        yield message(
            "{path}: must be one of {choices}, got {value}",
            path=path,
            choices=choices,
            value=short(instance),
        )
    elif keyword == "minimum":
        yield message(
            "{path}: must be {least} or more, got {value}",
            path=path,
            least=value,
            value=short(instance),
        )
    elif keyword == "maximum":
        yield message(
            "{path}: must be at most {most}, got {value}",
            path=path,
            most=f"{value:,}",
            value=short(instance, 30),
        )
    elif keyword == "minItems":
        yield message(
            "{path}: must hold at least {least}, got {count}",
            path=path,
            least=value,
            count=len(instance),
        )
    elif keyword == "maxItems":
        yield message(
            "{path}: must hold at most {most}, got {count}",
            path=path,
            most=value,
            count=len(instance),
        )
    elif keyword == "uniqueItems":
        yield message("{path}: holds the same value more than once", path=path)
    else:  # jsonschema's own words, in English
        said = str(error.message)
        yield f"{path}: {said if len(said) <= 160 else said[:159] + '…'}"


def _type_problem(path: str, wanted: str | list[str], instance: Any) -> str:
    """``path: expected an integer, got a string "x"`` (the types named in words)."""
    words = [_TYPE_WORDS.get(t, t) for t in ([wanted] if isinstance(wanted, str) else wanted)]
    if len(words) == 1:
        expected = words[0]
    elif len(words) == 2:
        expected = message("{first} or {second}", first=words[0], second=words[1])
    else:
        expected = " or ".join(words)
    got = json_type(instance)
    if instance is None:  # not "got null null"
        return message("{path}: expected {wanted}, got {got}", path=path, wanted=expected, got=got)
    return message(
        "{path}: expected {wanted}, got {got} {value}",
        path=path,
        wanted=expected,
        got=got,
        value=short(instance),
    )


def _record(parts: list[str | int]) -> str:
    if not parts:
        return message("Annotary file")
    if str(parts[0]) == "articles":
        return message("article")
    if str(parts[0]) == "speakers":
        return message("speaker")
    if str(parts[0]) == "themes":
        return message("theme")
    return message("annotation")
