"""Printing results for people or, with --json, for programs.

Every field a person reads goes through :func:`clean` (``echo``, ``table`` and the
error line do it): titles, outlets, names and notes come from imported files and
web pages, and a terminal would obey an escape sequence hidden in one. JSON output
is left exact; JSON escapes control characters itself.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from typing import Any, TextIO

# Characters that reorder the text around them on screen (Trojan Source).
_BIDI = frozenset([0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)])
_BREAKS = frozenset("\t\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")


def clean(text: str) -> str:
    """``text`` safe to print on a terminal, one line, as close to the original as that allows.

    Line breaks and tabs become spaces; other control characters and reordering
    marks are shown as escapes (``\\x1b``, ``\\u202e``); a byte that was not valid
    in a file name (a surrogate escape) is shown as ``\\xff``. CJK, accents, emoji
    and other ordinary Unicode pass unchanged.
    """
    if text.isprintable():
        return text
    return "".join(_clean_char(ch) for ch in text)


def _clean_char(ch: str) -> str:
    if ch.isprintable():
        return ch
    if ch in _BREAKS:
        return " "
    code = ord(ch)
    category = unicodedata.category(ch)
    if category == "Cs":
        return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else "\ufffd"
    if category == "Cc":
        return f"\\x{code:02x}"
    if category == "Cf" and code not in _BIDI:
        return ch  # joiners, soft hyphens: part of ordinary text
    if category in ("Zs", "Co", "Cn"):
        return ch
    return f"\\u{code:04x}"


def echo(*parts: object, out: TextIO | None = None) -> None:
    """Print one line for a person, every part cleaned."""
    stream = out or sys.stdout
    stream.write(clean(" ".join(str(part) for part in parts)) + "\n")


def emit_json(value: Any, out: TextIO | None = None) -> None:
    """``value`` as JSON; strings that are not valid Unicode are written as escapes."""
    stream = out or sys.stdout
    text = json.dumps(value, ensure_ascii=False, indent=2)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: \\udcff in JSON, not a raw one
        text = json.dumps(value, ensure_ascii=True, indent=2)
    stream.write(text + "\n")


def width(text: str) -> int:
    """Terminal columns: wide (CJK) characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def table(rows: list[list[str]], out: TextIO | None = None) -> None:
    """A plain aligned table; the last column is not padded. Cells are cleaned."""
    stream = out or sys.stdout
    if not rows:
        return
    rows = [[clean(cell) for cell in row] for row in rows]
    widths = [max(width(r[i]) for r in rows) for i in range(len(rows[0]) - 1)]
    for row in rows:
        cells = [cell + " " * (widths[i] - width(cell)) for i, cell in enumerate(row[:-1])]
        stream.write("  ".join([*cells, row[-1]]).rstrip() + "\n")


def short_id(value: str) -> str:
    return value[:8]
