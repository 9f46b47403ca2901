"""Dates as news databases and bylines write them, to ISO "YYYY-MM-DD".

Common forms are read here directly ("March 3, 2025 Monday", "3 March 2025",
"2025-03-03", "2025年3月3日"); anything else goes to ``dateparser`` (English,
Chinese and the European languages of news exports), which is slow to start and
slow per call, so it is asked only about short strings, at most once per
distinct string (a small cache), and never with network-based settings.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from annotary.formats.document import normalise_date

MAX_DATE_CHARS = 80
_LANGUAGES = ["en", "zh", "de", "fr", "es", "it", "nl", "pt"]

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_MONTH_DAY_YEAR = re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.IGNORECASE)
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})\.?\s+({_MONTH})\.?,?\s+(\d{{4}})\b", re.IGNORECASE)
_CHINESE_MONTH_DAY = re.compile(r"(\d{1,2})\s*月\s*(\d{1,2})\s*日")


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def english_date(text: str) -> str | None:
    """An ISO date from an English or numeric date anywhere in ``text``; fast, no guessing."""
    iso = normalise_date(text)
    if iso:
        return iso
    m = _MONTH_DAY_YEAR.search(text)
    if m:
        return _iso(int(m[3]), _MONTHS[m[1].lower()], int(m[2]))
    m = _DAY_MONTH_YEAR.search(text)
    if m:
        return _iso(int(m[3]), _MONTHS[m[2].lower()], int(m[1]))
    return None


def parse_date(text: str | None) -> str | None:
    """An ISO date from a date as written in a byline, dateline or export header."""
    if not text:
        return None
    text = " ".join(text.split())
    if not text or len(text) > MAX_DATE_CHARS:
        return english_date(text[:MAX_DATE_CHARS]) if text else None
    return english_date(text) or _dateparser_date(text)


def chinese_month_day(text: str, year: int | None) -> str | None:
    """ "11月20日" with a year known from elsewhere (a Chinese dateline gives none)."""
    m = _CHINESE_MONTH_DAY.search(text)
    if not m or year is None:
        return None
    return _iso(year, int(m[1]), int(m[2]))


@lru_cache(maxsize=512)
def _dateparser_date(text: str) -> str | None:
    if not re.search(r"\d", text):
        return None  # "Monday" alone is not a date to store
    try:
        import dateparser  # heavy: loaded on the first date it is needed for
    except ImportError:  # pragma: no cover - installed with trafilatura
        return None
    try:
        found = dateparser.parse(
            text,
            languages=_LANGUAGES,
            settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]},
        )
    except (ValueError, OverflowError, TypeError, RecursionError):
        return None
    return found.date().isoformat() if found is not None else None
