"""Quotes and coded passages as spreadsheet rows, written to CSV or XLSX.

Rows are plain ``dict[str, str]`` keyed by column name, produced lazily from a bundle, so a
large project streams. Both writers guard against formula injection (see ``guard_cell``);
docs/w3c-and-spreadsheets.md lists the columns.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import chain, islice
from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from annotary.domain import codebook
from annotary.domain.models import Bundle, Theme

QUOTE_COLUMNS: tuple[str, ...] = (
    "article",
    "outlet",
    "date",
    "speaker",
    "role",
    "affiliation",
    "quote",
    "quote_type",
    "themes",
    "note",
    "coder",
)
PASSAGE_COLUMNS: tuple[str, ...] = ("article", "theme_path", "text", "note", "coder")
# Taguette imports a codebook from CSV with a "tag" column (and an optional "description");
# it groups tags by path prefix, so a sub-theme is written "Parent.Child".
TAGUETTE_COLUMNS: tuple[str, ...] = ("tag", "description")
TAGUETTE_SEPARATOR = "."

THEME_SEPARATOR = "; "
PATH_SEPARATOR = " > "  # ASCII in exported cells; the window shows domain.codebook's
# A cell starting with one of these is run as a formula by spreadsheet programs (OWASP
# "CSV injection"); tab and carriage return are on the list because some programs strip them.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
XLSX_CELL_LIMIT = 32_767  # characters Excel accepts in one cell
TRUNCATED = " […]"

_WRAPPED = {"quote", "text", "note"}  # long-text columns: wrapped, wide
_SAMPLE_ROWS = 200  # rows looked at to size the columns
_MAX_WIDTH = 60
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")


@dataclass(frozen=True, slots=True)
class _ArticleInfo:
    title: str
    outlet: str
    published: str


class _Lookup:
    """The small records rows need; article text is never held."""

    def __init__(self, bundle: Bundle) -> None:
        self.articles = {
            a.id: _ArticleInfo(a.title, a.outlet or "", a.published or "") for a in bundle.articles
        }
        self.speakers = {s.id: s for s in bundle.speakers}
        self.themes = {t.id: t for t in bundle.themes}
        names: dict[str, int] = {}
        for theme in self.themes.values():
            names[theme.name.casefold()] = names.get(theme.name.casefold(), 0) + 1
        self._repeated = {name for name, n in names.items() if n > 1}

    def theme_label(self, theme_id: str) -> str:
        """The theme's name; its path ("Economy > Other") when another theme has that name."""
        theme = self.themes.get(theme_id)
        if theme is None:
            return theme_id
        if theme.name.casefold() in self._repeated:
            return theme_path(theme_id, self.themes)
        return theme.name

    def article(self, article_id: str) -> _ArticleInfo:
        return self.articles.get(article_id) or _ArticleInfo(article_id, "", "")


def theme_path(theme_id: str, themes: Mapping[str, Theme]) -> str:
    """``"Parent > Child > Leaf"`` for a theme; an unknown id stands for itself."""
    return codebook.theme_path(themes, theme_id, PATH_SEPARATOR) or theme_id


def quote_rows(bundle: Bundle) -> Iterator[dict[str, str]]:
    """One row per annotation of kind quote, in the bundle's order (columns QUOTE_COLUMNS).

    The bundle's articles, speakers and themes are read once, when the first row is asked
    for; give each call its own bundle if they are one-shot iterators.
    """
    lookup = _Lookup(bundle)
    for a in bundle.annotations:
        if a.kind != "quote":
            continue
        info = lookup.article(a.article)
        speaker = lookup.speakers.get(a.speaker) if a.speaker else None
        yield {
            "article": info.title,
            "outlet": info.outlet,
            "date": info.published,
            "speaker": speaker.name if speaker else (a.speaker or ""),
            "role": (speaker.role or "") if speaker else "",
            "affiliation": (speaker.affiliation or "") if speaker else "",
            "quote": a.joined_exact,  # a quote's parts joined by " … "
            "quote_type": a.quote_type or "",
            "themes": THEME_SEPARATOR.join(lookup.theme_label(t) for t in a.themes),
            "note": a.note or "",
            "coder": a.coder or "",
        }


def passage_rows(bundle: Bundle) -> Iterator[dict[str, str]]:
    """One row per theme of each passage annotation; a passage with no theme gets one row
    with an empty theme path (columns PASSAGE_COLUMNS)."""
    lookup = _Lookup(bundle)
    for a in bundle.annotations:
        if a.kind != "passage":
            continue
        for theme_id in a.themes or (None,):
            yield {
                "article": lookup.article(a.article).title,
                "theme_path": theme_path(theme_id, lookup.themes) if theme_id else "",
                "text": a.joined_exact,
                "note": a.note or "",
                "coder": a.coder or "",
            }


def taguette_rows(themes: Iterable[Theme]) -> Iterator[dict[str, str]]:
    """One row per theme in codebook order: its path joined by "." and its description."""
    for path, theme in codebook.theme_paths(themes, TAGUETTE_SEPARATOR):
        yield {"tag": path, "description": " ".join((theme.description or "").split())}


def guard_cell(value: str) -> str:
    """Prefix an apostrophe to text a spreadsheet would otherwise run as a formula."""
    return "'" + value if value.startswith(FORMULA_TRIGGERS) else value


def _text(value: object) -> str:
    return "" if value is None else str(value)


def write_csv(
    rows: Iterable[Mapping[str, object]],
    columns: Sequence[str],
    fp: BinaryIO,
    *,
    guard_formulas: bool = True,
) -> int:
    """Write a header and the rows as CSV; return the number of rows (header excluded).

    UTF-8 with a byte-order mark (so Excel detects the encoding), RFC 4180 quoting, CRLF
    row ends. Line breaks inside a cell are kept inside its quotes. ``fp`` stays open.
    """
    text = io.TextIOWrapper(fp, encoding="utf-8-sig", newline="", write_through=True)
    try:
        writer = csv.writer(text, dialect="excel", lineterminator="\r\n")
        writer.writerow(columns)
        count = 0
        for row in rows:
            cells = (_text(row.get(c)) for c in columns)
            writer.writerow([guard_cell(c) for c in cells] if guard_formulas else list(cells))
            count += 1
        text.flush()
    finally:
        text.detach()
    return count


def _display_width(value: str) -> int:
    line = value.split("\n", 1)[0]
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)


def _sheet_title(name: str, taken: set[str]) -> str:
    title = re.sub(r"[\[\]:*?/\\]", "_", name).strip("'") or "Sheet"
    title, base, n = title[:31], title[:28], 2
    while title.lower() in taken:
        title, n = f"{base}({n})", n + 1
    taken.add(title.lower())
    return title


def _xlsx_value(value: object) -> str:
    text = ILLEGAL_CHARACTERS_RE.sub("", _text(value))
    if len(text) > XLSX_CELL_LIMIT:
        text = text[: XLSX_CELL_LIMIT - len(TRUNCATED)] + TRUNCATED
    return text


def write_xlsx(
    sheets: Mapping[str, tuple[Sequence[str], Iterable[Mapping[str, object]]]], path: Path
) -> None:
    """Write one worksheet per entry ``title: (columns, rows)`` to ``path``.

    Streams (openpyxl write-only mode). Header bold and frozen; widths from the header and
    the first rows; long-text columns wrapped; ISO dates in a ``date`` column become real
    dates. Text a spreadsheet would run as a formula is stored as text, flagged with
    Excel's quote prefix, so it shows exactly as written and is never evaluated.
    """
    workbook = Workbook(write_only=True)
    taken: set[str] = set()
    for name, (columns, rows) in sheets.items():
        ws = workbook.create_sheet(_sheet_title(name, taken))
        iterator = iter(rows)
        sample = list(islice(iterator, _SAMPLE_ROWS))
        for index, column in enumerate(columns, start=1):
            width = max(
                [_display_width(column)] + [_display_width(_text(r.get(column))) for r in sample]
            )
            width = _MAX_WIDTH if column in _WRAPPED else min(width + 2, _MAX_WIDTH)
            ws.column_dimensions[get_column_letter(index)].width = max(width, 8)
        ws.freeze_panes = "A2"
        bold = Font(bold=True)
        header = []
        for column in columns:
            cell = WriteOnlyCell(ws, value=_xlsx_value(column))
            cell.font = bold
            header.append(cell)
        ws.append(header)
        wrap = Alignment(wrap_text=True, vertical="top")
        for row in chain(sample, iterator):
            ws.append(
                [_xlsx_cell(ws, c, row.get(c), wrap if c in _WRAPPED else None) for c in columns]
            )
    workbook.save(path)


def _xlsx_cell(ws: object, column: str, value: object, wrap: Alignment | None) -> Cell | str:
    text = _xlsx_value(value)
    if column == "date" and _ISO_DATE.match(text):
        try:
            cell = WriteOnlyCell(ws, value=date.fromisoformat(text))
            cell.number_format = "yyyy-mm-dd"
            return cell
        except ValueError:
            pass
    guarded = text.startswith(FORMULA_TRIGGERS)
    if not guarded and (wrap is None or not text):
        return text  # a plain string cell; styled cells cost far more to write
    cell = WriteOnlyCell(ws, value=text)
    cell.data_type = "s"  # never a formula, whatever the text starts with
    cell.quotePrefix = guarded
    if wrap is not None:
        cell.alignment = wrap
    return cell
