"""CSV and XLSX files open in spreadsheet programs as written, and never run a formula."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from pathlib import Path

from openpyxl import load_workbook
from test_w3c_samples import bundle

from annotary.formats.spreadsheet import (
    PASSAGE_COLUMNS,
    QUOTE_COLUMNS,
    XLSX_CELL_LIMIT,
    guard_cell,
    passage_rows,
    quote_rows,
    write_csv,
    write_xlsx,
)

TRICKY = [
    {"article": "Budget, revised", "quote": 'He said "no",\nthen "maybe".', "note": "東京 😬"},
    {"article": '=HYPERLINK("http://evil.example","x")', "quote": "+1 for the plan"},
    {"article": "-2% growth", "quote": "@channel listen", "note": "\tindented"},
    {"article": "plain", "quote": "a = b is fine inside", "note": None},
]
COLUMNS = ("article", "quote", "note")


def _csv(rows: list[dict[str, object]], **kwargs: bool) -> tuple[bytes, list[list[str]]]:
    out = io.BytesIO()
    assert write_csv(rows, COLUMNS, out, **kwargs) == len(rows)
    data = out.getvalue()
    parsed = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    return data, parsed


def test_csv_has_a_bom_crlf_rows_and_quotes_that_round_trip() -> None:
    data, parsed = _csv(TRICKY)
    assert data.startswith(b"\xef\xbb\xbfarticle,quote,note\r\n")
    assert data.count(b"\r\n") == len(TRICKY) + 1  # the newline inside a cell stays \n
    assert parsed[0] == list(COLUMNS)
    assert parsed[1] == ["Budget, revised", 'He said "no",\nthen "maybe".', "東京 😬"]
    assert parsed[4] == ["plain", "a = b is fine inside", ""]


def test_csv_guards_cells_that_would_run_as_formulas() -> None:
    _, parsed = _csv(TRICKY)
    assert parsed[2][:2] == ['\'=HYPERLINK("http://evil.example","x")', "'+1 for the plan"]
    assert parsed[3] == ["'-2% growth", "'@channel listen", "'\tindented"]
    _, raw = _csv(TRICKY, guard_formulas=False)
    assert raw[3] == ["-2% growth", "@channel listen", "\tindented"]


def test_guard_cell_leaves_ordinary_text_alone() -> None:
    assert guard_cell("Minister: =") == "Minister: ="
    assert guard_cell("") == ""
    assert guard_cell("=1+1") == "'=1+1"


def test_write_csv_leaves_the_callers_file_open() -> None:
    out = io.BytesIO()
    write_csv([], QUOTE_COLUMNS, out)
    assert not out.closed
    assert out.getvalue() == b"\xef\xbb\xbf" + ",".join(QUOTE_COLUMNS).encode() + b"\r\n"


def test_quote_export_to_csv_keeps_cjk_and_punctuation(tmp_path: Path) -> None:
    path = tmp_path / "quotes.csv"
    with path.open("wb") as fp:
        count = write_csv(quote_rows(bundle()), QUOTE_COLUMNS, fp)
    with path.open(encoding="utf-8-sig", newline="") as fp:
        rows = list(csv.DictReader(fp))
    assert count == len(rows) == 5
    # A quote in two parts is one row, its parts joined by an ellipsis (not the
    # attribution between them).
    assert rows[3]["quote"] == "“ready to talk, … and not in the press.”"
    assert rows[0]["note"] == 'Strong framing: "not a single ship", repeated by two outlets.'
    assert rows[2]["quote"] == "影響は限定的だ" and rows[2]["coder"] == "佐藤"


def test_xlsx_reads_back_with_header_dates_and_frozen_row(tmp_path: Path) -> None:
    path = tmp_path / "export.xlsx"
    write_xlsx(
        {
            "Quotes": (QUOTE_COLUMNS, quote_rows(bundle())),
            "Passages": (PASSAGE_COLUMNS, passage_rows(bundle())),
        },
        path,
    )
    book = load_workbook(path)
    assert book.sheetnames == ["Quotes", "Passages"]
    quotes = book["Quotes"]
    assert [c.value for c in quotes[1]] == list(QUOTE_COLUMNS)
    assert all(c.font.bold for c in quotes[1])
    assert quotes.freeze_panes == "A2"
    assert quotes.max_row == 6
    assert quotes["C2"].value == datetime(2024, 3, 6) and quotes["C2"].is_date
    assert quotes["D2"].value == "Mara Oyelaran"
    assert quotes["G4"].value == "影響は限定的だ"
    widths = {k: d.width for k, d in quotes.column_dimensions.items()}
    assert widths["G"] > widths["H"] >= 8  # the quote column is wider than quote_type
    passages = book["Passages"]
    assert [c.value for c in passages[1]] == list(PASSAGE_COLUMNS)
    assert passages["B2"].value == "Economy > Prices, fuel"


def test_xlsx_stores_formula_like_text_as_text(tmp_path: Path) -> None:
    path = tmp_path / "tricky.xlsx"
    write_xlsx({"Tricky": (COLUMNS, TRICKY)}, path)
    sheet = load_workbook(path)["Tricky"]
    cell = sheet["A3"]
    assert cell.value == TRICKY[1]["article"]  # exact text, no apostrophe added
    assert cell.data_type == "s" and cell.quotePrefix
    assert sheet["B2"].value == 'He said "no",\nthen "maybe".'
    assert not sheet["A5"].quotePrefix


def test_xlsx_drops_control_characters_and_truncates_huge_cells(tmp_path: Path) -> None:
    path = tmp_path / "odd.xlsx"
    rows = [{"article": "bell\x07 and\x0bvtab", "quote": "x" * (XLSX_CELL_LIMIT + 10)}]
    write_xlsx({"odd/name?": (COLUMNS, rows)}, path)
    book = load_workbook(path)
    sheet = book[book.sheetnames[0]]
    assert book.sheetnames == ["odd_name_"]
    assert sheet["A2"].value == "bell andvtab"
    assert len(sheet["B2"].value) == XLSX_CELL_LIMIT and sheet["B2"].value.endswith("[…]")
