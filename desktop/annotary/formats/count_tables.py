"""A count table as CSV: a header of column labels, one line per row, totals last.

UTF-8 with a byte-order mark and CRLF line ends, like the other CSV exports
(formats/spreadsheet.py), with the same guard against cells a spreadsheet would
run as formulas.
"""

from __future__ import annotations

import csv
import io
from typing import BinaryIO

from annotary.domain.analysis import CountTable
from annotary.formats.spreadsheet import guard_cell

TOTAL = "total"


def write_csv(table: CountTable, fp: BinaryIO, corner: str = "") -> int:
    """Write ``table`` with a "total" column and row; returns the rows written
    (header and totals excluded). ``corner`` is the top-left cell."""
    text = io.TextIOWrapper(fp, encoding="utf-8-sig", newline="", write_through=True)
    try:
        writer = csv.writer(text, dialect="excel", lineterminator="\r\n")
        writer.writerow([guard_cell(c) for c in (corner, *table.columns, TOTAL)])
        for label, row, total in zip(table.rows, table.counts, table.row_totals, strict=True):
            writer.writerow([guard_cell(label), *row, total])
        writer.writerow([TOTAL, *table.column_totals, table.total])
        text.flush()
    finally:
        text.detach()
    return len(table.rows)
