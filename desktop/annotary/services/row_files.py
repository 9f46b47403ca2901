"""Annotation rows of the corpus views (``services.analysis.rows``) as CSV or XLSX.

Through the spreadsheet writers of ``formats.spreadsheet`` (UTF-8 with BOM, formulas
guarded, XLSX with real dates and wrapped long text), in the order the view shows
them, written complete or not at all, and never onto the project's own files.
(Count tables are ``services.tables``'s, charts ``services.charts``'s.)
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from annotary.domain.analysis import AnnotationRow
from annotary.domain.errors import InvalidInputError
from annotary.formats import spreadsheet
from annotary.formats.atomic import atomic_path
from annotary.services.project import Project

ROW_COLUMNS: tuple[str, ...] = (
    "id",
    "kind",
    "article",
    "article_id",
    "outlet",
    "date",
    "language",
    "speaker",
    "role",
    "affiliation",
    "quote_type",
    "themes",
    "text",
    "note",
    "coder",
    "start",
    "end",
)
ROW_FORMATS = ("csv", "xlsx")


def _row_dicts(rows: Sequence[AnnotationRow]) -> Iterator[dict[str, object]]:
    for r in rows:
        yield {
            "id": r.id,
            "kind": r.kind,
            "article": r.article_title,
            "article_id": r.article_id,
            "outlet": r.outlet or "",
            "date": r.published or "",
            "language": r.language or "",
            "speaker": r.speaker_name or "",
            "role": r.role or "",
            "affiliation": r.affiliation or "",
            "quote_type": r.quote_type or "",
            "themes": spreadsheet.THEME_SEPARATOR.join(r.theme_names),
            "text": r.text,
            "note": r.note or "",
            "coder": r.coder or "",
            "start": r.start,
            "end": r.end,
        }


def write_rows(
    project: Project, rows: Sequence[AnnotationRow], target: Path, sheet: str = "Annotations"
) -> int:
    """Write ``rows`` in their order to ``target`` (.csv or .xlsx); returns how many."""
    fmt = target.suffix.lower().lstrip(".")
    if fmt not in ROW_FORMATS:
        raise InvalidInputError(f"{target.name}: rows are written as .csv or .xlsx")
    project.refuse_own_files([target], "write rows onto")
    with atomic_path(target, "." + fmt) as temp:
        if fmt == "csv":
            with open(temp, "wb") as fp:
                spreadsheet.write_csv(_row_dicts(rows), ROW_COLUMNS, fp)
        else:
            spreadsheet.write_xlsx({sheet: (ROW_COLUMNS, _row_dicts(rows))}, temp)
    return len(rows)
