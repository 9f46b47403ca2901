"""File › Import Annotations (JSON)… and Import from REFI-QDA…: pick, merge, report.

The file is read and merged by the ``operations.interchange.import_annotations``
operation (``services.annotation_import``: its own connection, off the GUI
thread), all or nothing. The Outcome then becomes ONE undo step, and a report
says what was added, recognised and updated, which side each conflict kept and
what was skipped. A bad file changes nothing; the failure box gives the reader's
message (what is wrong and where).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from annotary.services.annotation_import import Kind, kind_of
from annotary.services.merging import MergeReport
from annotary.ui.context import AppContext
from annotary.ui.i18n import QT_TRANSLATE_NOOP
from annotary.ui.interchange.report_dialog import ImportReportDialog, report_summary
from annotary.ui.operations import interchange
from annotary.ui.operations.interchange import TITLES
from annotary.ui.operations.runner import Running

FILTERS: dict[Kind, str] = {
    "json": QT_TRANSLATE_NOOP("InterchangeImport", "Annotary JSON (*.json);;All files (*)"),
    "refiqda": QT_TRANSLATE_NOOP(
        "InterchangeImport", "REFI-QDA projects and codebooks (*.qdpx *.qdc);;All files (*)"
    ),
}

__all__ = ["FILTERS", "TITLES", "InterchangeImport", "Kind", "kind_of"]


class InterchangeImport(QObject):
    """The window's import-annotations flow (one per window, made by the window)."""

    imported = Signal(object)  # the MergeReport, once the import is one undo step

    def __init__(
        self,
        ctx: AppContext,
        window: QWidget,
        set_busy: Callable[[bool], None] | None = None,
    ) -> None:
        super().__init__(window)
        self.setObjectName("interchangeImport")
        self.ctx = ctx
        self.window = window
        self._set_busy = set_busy or (lambda _on: None)
        self.busy = False
        self.last_report: MergeReport | None = None
        self.last_error = ""
        self.start_dir = Path.home()

    def ask(self, kind: Kind) -> Running[MergeReport] | None:
        """Ask for a file of ``kind`` and import it."""
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            QCoreApplication.translate("Operations", TITLES[kind]),
            str(self.start_dir),
            QCoreApplication.translate("InterchangeImport", FILTERS[kind]),
        )
        if not name:
            return None
        path = Path(name)
        self.start_dir = path.parent
        return self.import_file(path, kind)

    def import_file(self, path: Path, kind: Kind | None = None) -> Running[MergeReport] | None:
        """Merge ``path`` into the project in the background; one undo step when done."""
        if self.busy:
            self.ctx.status.emit(self.tr("An import is already running"))
            return None
        op = (
            interchange.import_annotations(path, kind)
            .then(lambda report: self._merged(path, report))
            .or_else(self._failed)
        )
        self._busy(True)
        return self.ctx.operations.run(op, self.window)

    def _busy(self, on: bool) -> None:
        self.busy = on
        self._set_busy(on)

    def _merged(self, path: Path, report: MergeReport) -> None:
        self._busy(False)
        self.last_report = report
        self.ctx.status.emit(
            QCoreApplication.translate("ImportFlow", "{0}: {1}").format(
                path.name, report_summary(report)
            )
        )
        dialog = ImportReportDialog(report, path.name, self.window)
        dialog.open()
        self.imported.emit(report)

    def _failed(self, why: str) -> None:
        self._busy(False)
        self.last_error = why
