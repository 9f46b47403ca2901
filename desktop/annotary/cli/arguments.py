"""Argument types that refuse what the commands cannot use, in a message that says why.

argparse calls them with the text given; an ``ArgumentTypeError`` becomes the one
line ``annotary: error: argument --x: ...``.
"""

from __future__ import annotations

import argparse
import math
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

_WHOLE = re.compile(r"[+-]?[0-9]{1,18}")


def _number(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(f"{text!r} is not a finite number")
    return value


def probability(text: str) -> float:
    """A finite number from 0 to 1 (a confidence)."""
    value = _number(text)
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"{text!r} is outside 0 to 1")
    return value


def file_path(text: str) -> Path:
    """A file or folder name: any text the system can take (not empty, no NUL)."""
    if not text:
        raise argparse.ArgumentTypeError("the file name is empty")
    if "\x00" in text:
        raise argparse.ArgumentTypeError("a file name cannot contain a NUL character")
    return Path(text)


def seconds(text: str) -> float:
    """A time limit: a finite number of seconds above 0, at most an hour."""
    value = _number(text)
    if not 0.0 < value <= 3600.0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds from 0 to 3600")
    return value


def iso_date(text: str) -> str:
    """A calendar date written YYYY-MM-DD."""
    try:
        if len(text) != 10:
            raise ValueError
        date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text[:40]!r} is not a date (YYYY-MM-DD)") from None
    return text


def whole_number(low: int, high: int) -> Callable[[str], int]:
    """A type for an integer from ``low`` to ``high``."""

    def parse(text: str) -> int:
        if _WHOLE.fullmatch(text.strip()) is None:
            raise argparse.ArgumentTypeError(f"{text[:40]!r} is not a whole number")
        value = int(text)
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{value} is outside {low} to {high:,}")
        return value

    parse.__name__ = "whole number"
    return parse
