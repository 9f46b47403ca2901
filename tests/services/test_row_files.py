"""The rows of a corpus view written as CSV or XLSX: every row once, in the order given,
with the fields a reader joins on (ids, article, speaker, themes); bad targets refused."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook

import analysis_corpus
from annotary.domain.analysis import AnnotationQuery
from annotary.domain.errors import AnnotaryError
from annotary.services import analysis, annotating, row_files
from helpers import new_project


@pytest.fixture
def corpus(tmp_path: Path):  # type: ignore[no-untyped-def]
    project = new_project(tmp_path)
    built = analysis_corpus.build(project)
    yield project, built
    project.close()


def test_csv_holds_every_row_in_the_order_given(corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    project, _built = corpus
    rows = analysis.rows(project, AnnotationQuery(kind="quote"), sort="speaker_name")
    target = tmp_path / "quotes.csv"
    assert row_files.write_rows(project, rows, target) == len(rows)
    with target.open(encoding="utf-8-sig", newline="") as fp:
        read = list(csv.DictReader(fp))
    assert [r["id"] for r in read] == [r.id for r in rows]
    for line in read:  # each line says what the annotation is, read back from the project
        stored = annotating.get(project, line["id"])
        assert line["text"] == stored.exact
        assert line["article_id"] == stored.article
        assert line["quote_type"] == (stored.quote_type or "")
    chinese = next(r for r in read if r["text"] == "出口将在夏季恢复")
    assert chinese["speaker"] == "Li Hongzhong" and chinese["outlet"] == "江城日报"


def test_xlsx_has_one_sheet_of_the_rows_with_real_dates(corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    project, _built = corpus
    rows = analysis.rows(project, AnnotationQuery(kind="passage"))
    target = tmp_path / "passages.xlsx"
    row_files.write_rows(project, rows, target)
    sheet = load_workbook(target, read_only=True).worksheets[0]
    lines = list(sheet.iter_rows(values_only=True))
    header = list(lines[0])
    assert header == list(row_files.ROW_COLUMNS)
    assert [line[0] for line in lines[1:]] == [r.id for r in rows]
    dates = [line[header.index("date")] for line in lines[1:] if line[header.index("date")]]
    assert dates and all(hasattr(d, "year") for d in dates)


def test_a_bad_target_is_refused_and_nothing_is_written(corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    project, _built = corpus
    rows = analysis.rows(project, AnnotationQuery())
    with pytest.raises(AnnotaryError, match=r"\.csv or \.xlsx"):
        row_files.write_rows(project, rows, tmp_path / "rows.json")
    with pytest.raises(AnnotaryError):
        row_files.write_rows(project, rows, project.path)  # the project file itself
    assert not (tmp_path / "rows.json").exists()
    assert analysis.count(project, AnnotationQuery()) == len(rows)  # the project still reads
