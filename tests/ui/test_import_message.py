"""What the window says after an import: counts, refusals, notes, never a "kept" that was not."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from test_app_library import drop_files

from annotary.domain.models import Article
from annotary.services import articles
from annotary.services.importing import ImportReport
from annotary.ui.library.import_message import describe_import


def article(n: int) -> Article:
    return Article(id=f"a{n}", title=f"T{n}", text="x", text_sha256="0")


def test_only_a_refused_file_says_nothing_was_imported() -> None:
    m = describe_import(ImportReport(), ["report.pages"], (".txt", ".md"))
    assert m.status == "Import: Nothing was imported, 1 file not imported"
    assert m.details is not None and m.problem
    assert "report.pages: not a kind of file Annotary reads (.txt, .md)" in m.details
    assert "kept" not in m.details and "other" not in m.details


def test_counts_notes_and_duplicates_are_named() -> None:
    report = ImportReport(
        imported=[article(1), article(2)],
        duplicates=[("/in/old.txt", "a9")],
        failures=[("/in/broken.txt", "the file is binary")],
        notes=[("/in/gb.txt", "encoding guessed: GB18030")],
    )
    m = describe_import(report)
    assert m.status == (
        "Import: 2 articles imported, 1 file already in the project, 1 file not imported"
    )
    assert m.details is not None
    assert "• broken.txt: the file is binary" in m.details
    assert "Notes:\n• gb.txt: encoding guessed: GB18030" in m.details
    assert "Already in the project (not imported again):\n• old.txt" in m.details


def test_a_clean_import_needs_no_box_and_a_note_is_not_a_problem() -> None:
    assert describe_import(ImportReport(imported=[article(1)])).details is None
    noted = describe_import(ImportReport(imported=[article(1)], notes=[("a.txt", "n")]))
    assert noted.details is not None and not noted.problem
    cancelled = describe_import(ImportReport(imported=[article(1)], cancelled=True))
    assert cancelled.details is not None
    assert "the 1 article imported before it was kept" in cancelled.details


def test_dropping_a_pdf_with_an_article_names_both(  # type: ignore[no-untyped-def]
    qtbot, app_window, sample_files, tmp_path, monkeypatch
) -> None:
    w = app_window
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "open", lambda self: shown.append(self))
    pdf = tmp_path / "report.pages"
    pdf.write_bytes(b"%PDF-1.4\n")
    latin = tmp_path / "café.txt"
    latin.write_bytes("Le café de la gare ferme à midi, dit la mairie.\n".encode("cp1252"))
    assert drop_files(w, [sample_files[0], pdf, latin])
    qtbot.waitUntil(lambda: w.files.last_report is not None and not w.files.busy, timeout=10_000)
    assert len(articles.summaries(w.ctx.project)) == 2
    assert w.statusBar().currentMessage() == "Import: 2 articles imported, 1 file not imported"
    (box,) = shown
    text = box.text()
    assert "report.pages: not a kind of file Annotary reads" in text
    assert "café.txt:" in text and "guessed" in text
    assert "kept" not in text


def test_dropping_only_unreadable_files_is_refused_at_the_door(app_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    pdf = Path(tmp_path) / "report.pages"
    pdf.write_bytes(b"%PDF-1.4\n")
    assert not drop_files(app_window, [pdf])


def test_files_of_other_kinds_in_a_folder_are_counted(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from annotary.services import importing
    from annotary.services.project import open_project

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("An article about the harbour and its ferries.\n")
    (folder / "scan.doc").write_bytes(b"%PDF-1.4\n")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8")
    project = open_project(tmp_path / "p.annotary", coder="t", backup_on_open=False)
    try:
        report = importing.import_files(project, [folder]).value
    finally:
        project.close()
    assert (len(report.imported), report.skipped) == (1, 2)
    m = describe_import(report)
    assert m.status == "Import: 1 article imported, 2 files of other kinds in the folders left out"
