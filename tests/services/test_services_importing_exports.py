"""Importing news-database exports: one article per document, batch collections,
bad documents reported by number, cancelling inside a large file."""

from __future__ import annotations

import shutil
from pathlib import Path

from annotary.services import articles as article_service
from annotary.services import importing, searching
from helpers import new_project

NEWS = Path(__file__).parents[1] / "formats" / "fixtures" / "news"


def test_an_export_becomes_articles_in_a_collection_named_after_the_file(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    report = importing.import_files(project, [NEWS / "nexis-harbour.txt"]).value
    # Five documents: one bad (reported), one a duplicate of the first (skipped).
    assert len(report.imported) == 3 and len(report.duplicates) == 1
    ((source, reason),) = report.failures
    assert source.endswith("nexis-harbour.txt, document 4") and "date line" in reason
    stored = [article_service.get(project, a.id) for a in report.imported]
    assert {a.collections for a in stored} == {("nexis-harbour.txt",)}
    first = next(a for a in stored if a.author == "Maria Okafor")
    assert (first.section, first.page, first.length, first.source_database) == (
        "NATIONAL",
        "12",
        "143 words",
        "Nexis",
    )
    assert first.export_file == "nexis-harbour.txt" and first.published == "2025-03-03"


def test_a_folder_of_exports_becomes_one_collection_named_after_the_folder(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "March searches"
    folder.mkdir()
    shutil.copy(NEWS / "nexis-harbour.txt", folder)
    shutil.copy(NEWS / "factiva-ferries.txt", folder)
    project = new_project(tmp_path)
    report = importing.import_files(project, [folder], collections=["Harbour"]).value
    assert len(report.imported) == 7
    names = {article_service.get(project, a.id).collections for a in report.imported}
    assert names == {("Harbour", "March searches")}
    factiva = [a for a in report.imported if a.source_database == "Factiva"]
    assert {a.source_id for a in factiva} >= {"CSTWR00020250305el3500001"}


def test_search_filters_by_section_and_database(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    importing.import_files(project, [NEWS / "nexis-harbour.txt", NEWS / "factiva-ferries.txt"])
    by_db = searching.search(project, "harbour", searching.SearchFilters(source_database="Factiva"))
    assert by_db and all(
        article_service.get(project, h.article).source_database == "Factiva" for h in by_db
    )
    by_section = searching.search(project, "plan", searching.SearchFilters(section="business"))
    assert [h.title for h in by_section] == ["Harbour plan: what happens next"]


def _large_export(path: Path, documents: int) -> None:
    parts = [f"Download Request: Current Document: 1-{documents}\n"]
    for n in range(1, documents + 1):
        parts.append(
            f"\n          {n} of {documents} DOCUMENTS\n\n   The Riverton Ledger\n\n"
            f"   March {1 + n % 28}, 2025 Monday\n\nStory number {n}\n\nLENGTH: 20 words\n\n"
            f"Paragraph of story {n} about the harbour and the ferries.\n\n"
            "LANGUAGE: ENGLISH\n"
        )
    path.write_text("".join(parts), encoding="utf-8")


def test_cancel_takes_effect_inside_a_large_export(tmp_path: Path) -> None:
    export = tmp_path / "big.txt"
    _large_export(export, 400)
    project = new_project(tmp_path)
    seen: list[tuple[str, int, float]] = []

    def reading(name: str, count: int, fraction: float) -> None:
        seen.append((name, count, fraction))

    outcome = importing.import_files(
        project, [export], reading=reading, cancelled=lambda: len(seen) >= 25
    )
    report = outcome.value
    assert report.cancelled
    assert len(report.imported) == 25 == article_service.count(project)
    assert [c for _, c, _ in seen] == list(range(1, 26))
    fractions = [f for _, _, f in seen]
    assert fractions == sorted(fractions) and 0 < fractions[-1] < 0.5


def test_every_stored_article_passes_the_stored_hook_once(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    stored: list[str] = []
    report = importing.import_files(
        project, [NEWS / "factiva-ferries.rtf"], on_stored=lambda a: stored.append(a.id)
    ).value
    assert stored == [a.id for a in report.imported] and len(stored) == 4


def test_every_imported_file_is_named_as_the_articles_export_file(tmp_path: Path) -> None:
    note = tmp_path / "ferry-note.txt"
    note.write_text("Ferry note\n\nBy Sam Petrov\n\nThe ferry left late.", encoding="utf-8")
    project = new_project(tmp_path)
    (article,) = importing.import_files(project, [note]).value.imported
    stored = article_service.get(project, article.id)
    assert (stored.export_file, stored.author, stored.source_database) == (
        "ferry-note.txt",
        "Sam Petrov",
        None,
    )


def test_a_file_of_unreadable_documents_stops_after_a_bounded_number(tmp_path: Path) -> None:
    flood = tmp_path / "flood.txt"
    flood.write_text("1 of 1 DOCUMENTS\nno date here\n\n" * 3_000, encoding="utf-8")
    project = new_project(tmp_path)
    report = importing.import_files(project, [flood]).value
    assert not report.imported
    assert len(report.failures) == importing.MAX_BAD_DOCUMENTS + 1
    source, reason = report.failures[-1]
    assert source.endswith("flood.txt") and "the rest of the file was not read" in reason
