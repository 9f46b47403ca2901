"""Printing results for people or, with --json, for programs."""

from __future__ import annotations

import json
import sys
import unicodedata
from typing import Any, TextIO


def emit_json(value: Any, out: TextIO | None = None) -> None:
    stream = out or sys.stdout
    json.dump(value, stream, ensure_ascii=False, indent=2)
    stream.write("\n")


def width(text: str) -> int:
    """Terminal columns: wide (CJK) characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def table(rows: list[list[str]], out: TextIO | None = None) -> None:
    """A plain aligned table; the last column is not padded."""
    stream = out or sys.stdout
    if not rows:
        return
    widths = [max(width(r[i]) for r in rows) for i in range(len(rows[0]) - 1)]
    for row in rows:
        cells = [cell + " " * (widths[i] - width(cell)) for i, cell in enumerate(row[:-1])]
        stream.write("  ".join([*cells, row[-1]]).rstrip() + "\n")


def short_id(value: str) -> str:
    return value[:8]
