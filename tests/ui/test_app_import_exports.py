"""The window imports a large news export with progress inside the file, and Cancel
stops inside it, keeping what was read."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QProgressDialog

from annotary.services import articles, importing
from annotary.ui.library.model import TITLE


def _export(path: Path, documents: int) -> None:
    parts = []
    for n in range(1, documents + 1):
        parts.append(
            f"\n          {n} of {documents} DOCUMENTS\n\n   The Vell Courier\n\n"
            f"   March {1 + n % 28}, 2025 Monday\n\nFerry note {n}\n\nSECTION: PORT; Pg. 2\n\n"
            f"The ferry strike in Vell entered day {n}, the union said.\n\nLANGUAGE: ENGLISH\n"
        )
    path.write_text("".join(parts), encoding="utf-8")


def test_cancel_stops_inside_a_large_export_and_keeps_what_was_read(
    qtbot, app_window, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    w = app_window
    export = tmp_path / "vell-strike.txt"
    _export(export, 400)
    slow = importing.store_document

    def store_slowly(*args, **kwargs):  # type: ignore[no-untyped-def]
        time.sleep(0.01)
        return slow(*args, **kwargs)

    monkeypatch.setattr(importing, "store_document", store_slowly)
    monkeypatch.setattr(QMessageBox, "open", lambda self: None)
    task = w.files.import_paths([export])
    assert task is not None

    def label() -> str:
        dialog = w.findChild(QProgressDialog, "progressDialog")
        return dialog.labelText() if dialog is not None else ""

    qtbot.waitUntil(lambda: "vell-strike.txt: " in label() and "read" in label(), timeout=20_000)
    task.cancel()
    qtbot.waitUntil(lambda: not w.files.busy, timeout=20_000)
    report = w.files.last_report
    assert report is not None and report.cancelled
    kept = len(report.imported)
    assert 0 < kept < 400
    assert w.library.model.rowCount() == kept == len(articles.summaries(w.ctx.project))
    stored = articles.get(w.ctx.project, report.imported[0].id)
    assert stored.collections == ("vell-strike.txt",) and stored.section == "PORT"


def test_the_database_filter_shows_only_that_databases_articles(qtbot, app_window) -> None:  # type: ignore[no-untyped-def]
    w = app_window
    news = Path(__file__).parents[1] / "formats" / "fixtures" / "news"
    importing.import_files(
        w.ctx.project, [news / "nexis-harbour.txt", news / "factiva-ferries.txt"]
    )
    w.library.reload()
    box = w.library.database_box
    box.showPopup()  # the choices are filled when the list opens
    box.hidePopup()
    assert [box.itemData(i) for i in range(1, box.count())] == ["Factiva", "Nexis"]
    box.setCurrentIndex(box.findData("Nexis"))
    rows = range(w.library.proxy.rowCount())
    shown = {w.library.proxy.index(r, TITLE).data() for r in rows}
    nexis = {s.title for s in articles.summaries(w.ctx.project) if s.source_database == "Nexis"}
    assert shown == nexis and len(nexis) == 3
    qtbot.keyClicks(w.library.search_box, "harbour")
    qtbot.waitUntil(lambda: w.library.stack.currentWidget() is w.library.results, timeout=5000)
    hits = w.library.results_model.hits()
    assert hits and {h.title for h in hits} <= nexis
