"""Writing what the corpus views show: annotation rows as CSV or XLSX, a count table as CSV.

Both go through the spreadsheet writers of ``formats.spreadsheet`` (UTF-8 with BOM,
formulas guarded, XLSX with real dates and wrapped long text), each file written
complete or not at all, and never onto the project's own files.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Literal

from annotary.domain.analysis import AnnotationRow, CountTable
from annotary.domain.errors import InvalidInputError
from annotary.formats import spreadsheet
from annotary.formats.atomic import atomic_path
from annotary.services.project import Project

Values = Literal["counts", "row", "column"]
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
TOTAL = "Total"


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


def table_cells(table: CountTable, values: Values = "counts") -> list[list[str]]:
    """The table with a Total column and a Total row, as text: counts, or percentages of
    the row's or the column's total (two decimals). The first row is the header."""
    if values == "row":
        grid: Sequence[Sequence[float | int]] = table.percentages_by_row()
    elif values == "column":
        grid = table.percentages_by_column()
    else:
        grid = table.counts
    total = table.total

    def share(part: int, whole: int) -> str:
        return f"{100.0 * part / whole:.2f}" if whole else "0.00"

    def cell(v: float | int) -> str:
        return f"{v:.2f}" if isinstance(v, float) else str(v)

    out = [[table.row_dimension, *table.columns, TOTAL]]
    for i, label in enumerate(table.rows):
        n = table.row_totals[i]
        end = (
            str(n)
            if values == "counts"
            else ("100.00" if values == "row" and n else share(n, total))
        )
        out.append([label, *(cell(v) for v in grid[i]), end])
    last = [TOTAL]
    for j in range(len(table.columns)):
        n = table.column_totals[j]
        last.append(
            str(n)
            if values == "counts"
            else ("100.00" if values == "column" and n else share(n, total))
        )
    last.append(str(total) if values == "counts" else ("100.00" if total else "0.00"))
    out.append(last)
    return out


def write_table(
    project: Project, table: CountTable, target: Path, values: Values = "counts"
) -> Path:
    """Write a count table as CSV (rows, columns, totals; counts or percentages)."""
    if target.suffix.lower() != ".csv":
        raise InvalidInputError(f"{target.name}: a table is written as .csv")
    project.refuse_own_files([target], "write a table onto")
    cells = table_cells(table, values)
    header = _distinct(cells[0])
    with atomic_path(target, ".csv") as temp, open(temp, "wb") as fp:
        spreadsheet.write_csv(
            (dict(zip(header, row, strict=True)) for row in cells[1:]), header, fp
        )
    return target


def _distinct(labels: Sequence[str]) -> list[str]:
    """Column names made unique (two speakers may share a name): "Li", "Li (2)"."""
    seen: dict[str, int] = {}
    out = []
    for label in labels:
        n = seen.get(label, 0) + 1
        seen[label] = n
        out.append(label if n == 1 else f"{label} ({n})")
    return out
