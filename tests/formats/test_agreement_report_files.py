"""The agreement table as CSV and as an HTML page."""

from __future__ import annotations

import csv
import io
import re
from html.parser import HTMLParser
from pathlib import Path

from annotary.domain.agreement import AgreementRow
from annotary.formats.agreement_report import render_html, write_csv

ROWS = [
    AgreementRow("Theme: Économie & <Travail>", "t1", ("ana", "ben"), 1500, 0.875, 0.61234, 0.6),
    AgreementRow('=HYPERLINK("x")', "t2", ("ana", "ben"), 1500, 0.5, -0.25, -0.3),
    AgreementRow("Speaker attribution", "speaker", ("ana", "ben"), 0, None, None, None),
]


def read_back(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_csv_to_a_binary_file_has_bom_header_and_formatted_numbers() -> None:
    buffer = io.BytesIO()
    write_csv(ROWS, buffer)
    table = read_back(buffer.getvalue())
    assert table[0] == ["label", "coders", "units", "percent", "kappa", "alpha"]
    assert table[1] == [
        "Theme: Économie & <Travail>",
        "ana; ben",
        "1500",
        "87.50",
        "0.6123",
        "0.6000",
    ]
    assert table[3] == ["Speaker attribution", "ana; ben", "0", "", "", ""]


def test_csv_to_a_text_file_is_the_same(tmp_path: Path) -> None:
    binary = io.BytesIO()
    write_csv(ROWS, binary)
    path = tmp_path / "agreement.csv"
    with path.open("w", encoding="utf-8", newline="") as fp:
        write_csv(ROWS, fp)
    assert path.read_bytes() == binary.getvalue()


def test_csv_never_starts_a_text_cell_with_a_formula() -> None:
    buffer = io.BytesIO()
    write_csv(ROWS, buffer)
    label = read_back(buffer.getvalue())[2][0]
    assert label == '\'=HYPERLINK("x")'
    assert read_back(buffer.getvalue())[2][4] == "-0.2500"  # numbers stay numbers


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.cells: list[str] = []
        self.tags: list[str] = []
        self.remote: list[str] = []
        self._in_cell = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        for name, value in attrs:
            if name in ("src", "href") and value:
                self.remote.append(value)
        if tag == "td":
            self._in_cell = True
            self.cells.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "td":
            self._in_cell = False

    def handle_data(self, data: str) -> None:
        if self._in_cell:
            self.cells[-1] += data


def test_html_is_a_self_contained_page_with_escaped_text() -> None:
    page = render_html(ROWS, "Pilot <coding> round")
    parser = _Collector()
    parser.feed(page)
    assert page.startswith("<!DOCTYPE html>")
    assert "<title>Pilot &lt;coding&gt; round</title>" in page
    assert "<Travail>" not in page and "&lt;Travail&gt;" in page
    assert "script" not in parser.tags
    assert parser.remote == []
    assert not re.search(r"url\(|@import|https?://", page)
    assert parser.cells[:6] == [
        "Theme: Économie & <Travail>",
        "ana, ben",
        "1,500",
        "87.50",
        "0.6123",
        "0.6000",
    ]
    assert parser.cells[-3:] == ["n/a", "n/a", "n/a"]


def test_html_marks_how_reliable_each_alpha_is() -> None:
    rows = [
        AgreementRow("A", "a", ("x", "y"), 10, 1.0, 0.9, 0.85),
        AgreementRow("B", "b", ("x", "y"), 10, 1.0, 0.7, 0.7),
        AgreementRow("C", "c", ("x", "y"), 10, 1.0, 0.1, 0.1),
    ]
    classes = re.findall(r'<tr class="(\w+)">', render_html(rows, "t"))
    assert classes == ["reliable", "tentative", "unreliable"]


def test_html_without_rows_says_so() -> None:
    assert "No categories compared." in render_html([], "Empty")
