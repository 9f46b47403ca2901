"""Bylines and datelines at the top of a plain-text or Markdown article, as metadata.

Looked for in the first few paragraphs only (a byline further down is text):

* ``By Maria Okafor`` / ``By Maria Okafor, Riverton Ledger, 3 March 2025``: the
  author, then an outlet and a date in any order; the line is metadata and is
  removed from the text (as a ``Title:`` line is);
* ``(Coastal Wire) Updated: March 5, 2025 7:30 AM``: the agency as outlet and
  the date; the line is removed;
* ``RIVERTON, March 5 (Coastal Wire) -``: a dateline opening the first
  paragraph: the agency as outlet (the date has no year: used only when the
  year is known from elsewhere); the text is kept;
* a paragraph that is only a date ("3 March 2025", "2025年3月4日"): the date;
* ``记者 王小明`` (reporter) and ``新华社北京11月20日电`` (agency, place, date):
  the author and the agency; the reporter line, when it stands alone, is removed.

Dates go through :func:`annotary.formats.dates.parse_date`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from annotary.domain.scripts import HAN_CLASS
from annotary.formats.dates import chinese_month_day, parse_date

LOOK_AT = 4  # paragraphs
_NAME = r"[A-Z][\w.'’\-]*(?:\s+(?:[A-Z][\w.'’\-]*|de|van|von|da|al|bin|le|la)){0,4}"
_BY = re.compile(rf"^(?:By|BY|by)\s+({_NAME}(?:\s+(?:and|&)\s+{_NAME})?)\s*(?:[,|;]\s*(.*))?$")
_DATE_ONLY = re.compile(r"^[\w ,.:年月日/-]{6,40}$")
_UPDATED = re.compile(
    r"^\(([^()]{2,40})\)\s*(?:updated|published|posted)\s*:?\s*(.+)$", re.IGNORECASE
)
_DATELINE = re.compile(
    r"^([A-Z][A-Za-z .'\-]{1,40}),\s+([A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)\s+"
    r"\(([^()]{2,40})\)\s*[-—–:]"
)
_REPORTER = re.compile(
    rf"^(?:本报)?记者\s*([{HAN_CLASS}]{{2,4}}(?:[、，,\s]+[{HAN_CLASS}]{{2,4}})*)"
)
_AGENCY_DATELINE = re.compile(
    rf"^([{HAN_CLASS}]{{1,6}}社)([{HAN_CLASS}]{{2,4}})(\d{{1,2}}月\d{{1,2}}日)电"
)
_YEAR = re.compile(r"\b(19|20)\d{2}\b")


@dataclass(slots=True)
class Byline:
    author: str | None = None
    outlet: str | None = None
    published: str | None = None

    def fill(self, author: str | None, outlet: str | None, published: str | None) -> None:
        self.author = self.author or author
        self.outlet = self.outlet or outlet
        self.published = self.published or published


def _by_line(line: str, found: Byline) -> bool:
    m = _BY.match(line)
    if not m or len(line) > 160:
        return False
    outlet = published = None
    for part in re.split(r"\s*[,|;]\s*", m.group(2) or ""):
        if not part:
            continue
        date = parse_date(part)
        if date and published is None:
            published = date
        elif outlet is None and not re.search(r"\d", part):
            outlet = part
    found.fill(m.group(1).strip(), outlet, published)
    return True


def read_byline(body: str, year: int | None = None) -> tuple[Byline, str]:
    """The byline and dateline metadata at the top of ``body`` (blank-line-separated
    paragraphs), and the body without the lines that were only metadata."""
    found = Byline()
    paragraphs = body.split("\n\n")
    keep: list[str] = []
    for index, paragraph in enumerate(paragraphs):
        if index >= LOOK_AT:
            keep.extend(paragraphs[index:])
            break
        lines = paragraph.split("\n")
        kept_lines: list[str] = []
        for line in lines:
            stripped = line.strip().lstrip("*_ ").rstrip("*_ ")
            if _by_line(stripped, found):
                continue
            m = _UPDATED.match(stripped)
            if m and parse_date(m.group(2)):
                found.fill(None, m.group(1).strip(), parse_date(m.group(2)))
                continue
            m = _REPORTER.match(stripped)
            if m and len(stripped) <= 40:
                found.fill(m.group(1), None, None)
                continue
            if found.published is None and len(lines) == 1 and _DATE_ONLY.match(stripped):
                date = parse_date(stripped)
                if date is not None and re.search(r"\d{4}", stripped):
                    found.published = date  # a paragraph that is only the date
                    continue
            kept_lines.append(line)
        if kept_lines:
            keep.append("\n".join(kept_lines))
        _dateline(paragraph.strip(), found, year)
    return found, "\n\n".join(keep)


def _dateline(paragraph: str, found: Byline, year: int | None) -> None:
    m = _DATELINE.match(paragraph)
    if m:
        date = m.group(2)
        if not _YEAR.search(date) and (year or found.published):
            date = f"{date} {year or (found.published or '')[:4]}"
        found.fill(None, m.group(3).strip(), parse_date(date) if _YEAR.search(date) else None)
        return
    m = _AGENCY_DATELINE.match(paragraph)
    if m:
        known = year or (int(found.published[:4]) if found.published else None)
        found.fill(None, m.group(1), chinese_month_day(m.group(3), known))
        reporter = _REPORTER.search(paragraph[m.end() :].lstrip("（(").strip())
        if reporter:
            found.fill(reporter.group(1), None, None)
