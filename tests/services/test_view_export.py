"""The rows of a corpus view exported as CSV and as a workbook, in the view's order."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook

import analysis_corpus
from annotary.domain.analysis import AnnotationQuery
from annotary.domain.errors import InvalidInputError
from annotary.services import analysis, view_export
from helpers import new_project


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    project = new_project(tmp_path_factory.mktemp("view"))
    analysis_corpus.build(project)
    yield project
    project.close()


def test_the_quotes_of_a_view_are_written_as_csv_in_its_order(corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    query = AnnotationQuery(kind="quote", speaker="the Party secretary of Tianjin")
    target = tmp_path / "li.csv"
    n = view_export.export_rows(corpus, query, target, "csv", sort="text")
    table = list(csv.DictReader(io.StringIO(target.read_text("utf-8-sig"))))
    shown = analysis.rows(corpus, query, sort="text")
    assert n == len(table) == len(shown) == 6
    assert [r["quote"] for r in table] == [r.text for r in shown]
    assert {r["speaker"] for r in table} == {"Li Hongzhong"}
    assert table[0]["outlet"] and table[0]["role"] == "Party secretary"


def test_a_workbook_has_the_quotes_and_passages_of_the_view(corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    query = AnnotationQuery(outlet="Harbour Daily")
    target = tmp_path / "harbour.xlsx"
    n = view_export.export_rows(corpus, query, target, "xlsx")
    book = load_workbook(target, read_only=True)
    quotes = list(book["Quotes"].values)[1:]
    passages = list(book["Passages"].values)[1:]
    expected_quotes = analysis.count(corpus, AnnotationQuery(kind="quote", outlet="harbour daily"))
    assert len(quotes) == expected_quotes > 0
    assert len(passages) >= 3  # one row per theme of each passage
    assert n == len(quotes) + len(passages)


def test_an_export_never_overwrites_the_project(corpus) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidInputError):
        view_export.export_rows(corpus, AnnotationQuery(), corpus.path, "csv")
