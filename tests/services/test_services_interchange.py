"""Exports for other tools, imported back; several coders compared."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import openpyxl
import pytest

from annotary.domain.errors import InvalidInputError
from annotary.formats.annotary_json import read_json
from annotary.services import agreement, annotating, codebook, exporting, interchange, merging
from annotary.services import speakers as speaker_service
from annotary.services.project import Project
from helpers import REPORT, add_article, new_project


def _coded(project: Project) -> None:
    article = add_article(project)
    economy = codebook.create(project, "Economy", color="#e15759").value
    codebook.create(project, "Jobs", parent=economy.id)
    li = speaker_service.create(
        project, "Li Hongzhong", role="Minister", affiliation="Cabinet", aliases=["Li"]
    ).value
    start = REPORT.index("We are ready")
    annotating.create(
        project,
        article.id,
        "quote",
        start,
        start + 40,
        speaker=li.id,
        themes=[economy.id],
        note="opening quote",
    )
    annotating.create(project, article.id, "passage", 0, 60, themes=[economy.id])


def _json(project: Project) -> dict:  # type: ignore[type-arg]
    out = io.StringIO()
    exporting.export_json(project, out)
    return json.loads(out.getvalue())


def test_qdpx_round_trip_keeps_articles_codebook_speakers_and_quotes(tmp_path: Path) -> None:
    source = new_project(tmp_path, "a.annotary")
    _coded(source)
    archive = tmp_path / "study.qdpx"
    interchange.export_qdpx(source, archive)
    target = new_project(tmp_path, "b.annotary")
    interchange.import_qdpx(target, archive)
    a, b = _json(source), _json(target)
    assert [x["text"] for x in a["articles"]] == [x["text"] for x in b["articles"]]
    assert {(t["name"], t["color"]) for t in a["themes"]} == {
        (t["name"], t["color"]) for t in b["themes"]
    }
    assert [(s["name"], s["role"], s["affiliation"]) for s in b["speakers"]] == [
        ("Li Hongzhong", "Minister", "Cabinet")
    ]

    def shape(doc: dict) -> set:  # type: ignore[type-arg]
        names = {t["id"]: t["name"] for t in doc["themes"]}
        return {
            (
                n["kind"],
                n["start"],
                n["end"],
                n["quote_type"],
                n["note"],
                tuple(sorted(names[t] for t in n["themes"])),
            )
            for n in doc["annotations"]
        }

    assert shape(a) == shape(b)


def test_csv_and_xlsx_exports_read_back(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    _coded(project)
    buf = io.BytesIO()
    interchange.export_csv(project, buf, "quotes")
    data = buf.getvalue()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0]["speaker"] == "Li Hongzhong" and rows[0]["themes"] == "Economy"
    book = tmp_path / "quotes.xlsx"
    interchange.export_xlsx(project, book)
    wb = openpyxl.load_workbook(book)
    assert wb.sheetnames == ["Quotes", "Passages"]
    assert wb["Quotes"].max_row == 2 and wb["Passages"].max_row == 2  # header + one row


def test_w3c_export_is_a_collection_of_annotations(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    _coded(project)
    out = io.StringIO()
    assert interchange.export_w3c(project, out) == 2
    doc = json.loads(out.getvalue())
    assert doc["type"] == "AnnotationCollection" and doc["total"] == 2


def test_two_coders_compared_after_merging(tmp_path: Path) -> None:
    amira = new_project(tmp_path, "amira.annotary", coder="amira")
    bo = new_project(tmp_path, "bo.annotary", coder="bo")
    a1, a2 = add_article(amira), add_article(bo)
    start = REPORT.index("We are ready")
    for project, article, end in ((amira, a1, start + 40), (bo, a2, start + 38)):
        annotating.annotate_text(
            project,
            article.id,
            "quote",
            REPORT[start:end],
            speaker_name="Li Hongzhong",
            theme_names=["Economy"],
        )
    out = io.StringIO()
    exporting.export_json(bo, out)
    merging.merge_bundle(amira, read_json(io.StringIO(out.getvalue())))
    result = agreement.compare_coders(amira)
    assert result.coders == ("amira", "bo") and result.articles == (a1.id,)
    rows = {r.label: r for r in result.rows}
    assert rows["Quotes"].alpha is not None and 0.9 < rows["Quotes"].alpha < 1.0
    assert rows["Speaker attribution"].percent == 1.0
    ranges = agreement.disagreement_ranges(amira, a1.id, ["amira", "bo"], "quote")
    assert ranges == [(start + 38, start + 40, frozenset({"amira"}))]


def test_agreement_needs_two_coders(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    _coded(project)
    with pytest.raises(InvalidInputError, match="two coders"):
        agreement.compare_coders(project)
