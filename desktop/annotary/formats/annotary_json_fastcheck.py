"""A fast yes/no check of one record against the shipped JSON Schema.

``jsonschema`` takes about 40 s over 100,000 annotations; these closures, compiled
from the same schema file, take well under a second. They only say whether a
record is valid: the reader hands the few that are not to ``jsonschema`` for its
error paths. The compiler knows the keywords the Annotary schema uses and refuses
any other, so the schema cannot outgrow it silently; the tests check that both
give the same verdict on many altered records.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

Check = Callable[[Any], bool]

# Keywords that only describe; they never fail an instance.
_NOTES = {"title", "description", "$comment", "$schema", "$id", "$defs"}

_TYPES: dict[str, Check] = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "null": lambda v: v is None,
    "boolean": lambda v: isinstance(v, bool),
    "integer": lambda v: (
        (isinstance(v, int) and not isinstance(v, bool))
        or (isinstance(v, float) and v.is_integer())
    ),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
}


def compile_check(schema: dict[str, Any], root: dict[str, Any], formats: dict[str, Check]) -> Check:
    """A predicate: does an instance satisfy ``schema`` (refs resolve in ``root``)?

    ``formats`` are the format checks the reader enforces; other formats pass, as
    they do for jsonschema without a checker for them.
    """
    if _is_string_schema(schema):
        return _string_check(schema, formats)
    checks = [_keyword(key, value, schema, root, formats) for key, value in schema.items()]
    active = tuple(check for check in checks if check is not None)
    if len(active) == 1:
        return active[0]

    def every(instance: Any) -> bool:
        for check in active:  # noqa: SIM110 - a plain loop: no generator per record
            if not check(instance):
                return False
        return True

    return every


def _keyword(
    key: str, value: Any, schema: dict[str, Any], root: dict[str, Any], formats: dict[str, Check]
) -> Check | None:
    if key in _NOTES:
        return None
    if key == "$ref":
        return compile_check(_resolve(value, root), root, formats)
    if key == "type":
        tests = [_TYPES[name] for name in ([value] if isinstance(value, str) else value)]
        if len(tests) == 1:
            return tests[0]
        return lambda v: any(test(v) for test in tests)
    if key == "required":
        names = tuple(value)
        return lambda v: not isinstance(v, dict) or all(name in v for name in names)
    if key == "properties":
        props = {name: compile_check(sub, root, formats) for name, sub in value.items()}
        return lambda v: (
            not isinstance(v, dict)
            or all(check(v[name]) for name, check in props.items() if name in v)
        )
    if key == "additionalProperties":
        if value is not False:
            raise ValueError("only additionalProperties: false is supported")
        allowed = frozenset(schema.get("properties", {}))
        return lambda v: not isinstance(v, dict) or allowed.issuperset(v)
    if key == "items":
        item = compile_check(value, root, formats)
        return lambda v: not isinstance(v, list) or all(map(item, v))
    if key in ("enum", "const"):
        choices = value if key == "enum" else [value]
        if all(choice is None or isinstance(choice, str) for choice in choices):
            allowed_values = frozenset(choices)
            return lambda v: (v is None or isinstance(v, str)) and v in allowed_values
        return lambda v: any(_same(v, choice) for choice in choices)
    if key == "pattern":
        search = re.compile(value).search
        return lambda v: not isinstance(v, str) or search(v) is not None
    if key == "minLength":
        return lambda v: not isinstance(v, str) or len(v) >= value
    if key == "maxLength":
        return lambda v: not isinstance(v, str) or len(v) <= value
    if key == "minItems":
        return lambda v: not isinstance(v, list) or len(v) >= value
    if key == "maxItems":
        return lambda v: not isinstance(v, list) or len(v) <= value
    if key == "minimum":
        return lambda v: not _TYPES["number"](v) or v >= value
    if key == "maximum":
        return lambda v: not _TYPES["number"](v) or v <= value
    if key == "uniqueItems":
        if value is not True:
            return None
        return lambda v: not isinstance(v, list) or _unique(v)
    if key == "format":
        return formats.get(value)
    raise ValueError(f"the fast schema check does not know the keyword {key!r}")


_STRING_KEYWORDS = {"type", "minLength", "maxLength", "pattern", "format"} | _NOTES


def _is_string_schema(schema: dict[str, Any]) -> bool:
    kind = schema.get("type")
    kinds = {kind} if isinstance(kind, str) else set(kind or ())
    return "string" in kinds and kinds <= {"string", "null"} and _STRING_KEYWORDS.issuperset(schema)


def _string_check(schema: dict[str, Any], formats: dict[str, Check]) -> Check:
    """One closure for the most common schema: a string (or null) with limits."""
    kind = schema["type"]
    nullable = "null" in ([kind] if isinstance(kind, str) else kind)
    shortest = schema.get("minLength", 0)
    longest = schema.get("maxLength")
    search = re.compile(schema["pattern"]).search if "pattern" in schema else None
    valid_format = formats.get(schema.get("format", ""))

    def check(v: Any) -> bool:
        if v is None:
            return nullable
        if not isinstance(v, str):
            return False
        if len(v) < shortest or (longest is not None and len(v) > longest):
            return False
        if search is not None and search(v) is None:
            return False
        return valid_format is None or valid_format(v)

    return check


def _resolve(ref: str, root: dict[str, Any]) -> dict[str, Any]:
    if not ref.startswith("#/"):
        raise ValueError(f"only local references are supported, got {ref!r}")
    node: Any = root
    for part in ref[2:].split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    if not isinstance(node, dict):
        raise ValueError(f"{ref!r} does not name a schema")
    return node


def _same(a: Any, b: Any) -> bool:
    """JSON equality: true and 1 differ, 1 and 1.0 do not."""
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    return (type(a) is type(b) and a == b) or (
        _TYPES["number"](a) and _TYPES["number"](b) and a == b
    )


def _unique(items: list[Any]) -> bool:
    if all(isinstance(item, str) for item in items):
        return len(set(items)) == len(items)
    return all(not _same(a, b) for i, a in enumerate(items) for b in items[i + 1 :])
