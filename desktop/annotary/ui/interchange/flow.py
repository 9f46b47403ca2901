"""File › Import Annotations (JSON)… and Import from REFI-QDA…: pick, merge, report.

The file is read and merged in a ProjectTask (its own connection, off the GUI
thread), all or nothing. The Outcome then becomes ONE undo step on the window's
context, and a report says what was added, recognised and updated, which side
each conflict kept and what was skipped. A bad file changes nothing and the
error box gives the reader's message (what is wrong and where).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from annotary.domain.errors import InvalidInputError
from annotary.formats.annotary_json import read_json
from annotary.services import interchange, merging
from annotary.services.merging import MergeReport
from annotary.services.outcome import Outcome
from annotary.services.project import Project
from annotary.ui.context import AppContext
from annotary.ui.interchange.report_dialog import ImportReportDialog
from annotary.ui.workers import Job, ProjectTask, run_with_progress

Kind = Literal["json", "refiqda"]
FILTERS: dict[Kind, str] = {
    "json": "Annotary JSON (*.json);;All files (*)",
    "refiqda": "REFI-QDA projects and codebooks (*.qdpx *.qdc);;All files (*)",
}
TITLES: dict[Kind, str] = {
    "json": "Import annotations",
    "refiqda": "Import from REFI-QDA",
}


def kind_of(path: Path) -> Kind:
    return "refiqda" if path.suffix.lower() in (".qdpx", ".qdc") else "json"


def merge_job(path: Path, kind: Kind) -> Job:
    """A job that reads ``path`` and merges it into the task's project."""

    def job(project: Project, progress: Any, _cancelled: Any) -> Outcome[MergeReport]:
        progress(0, 1, path.name)
        if kind == "refiqda":
            if path.suffix.lower() == ".qdc":
                return interchange.import_qdc(project, path)
            return interchange.import_qdpx(project, path)
        with path.open("rb") as fh:
            try:
                bundle = read_json(fh, known_ids=merging.known_ids(project))
            except InvalidInputError as exc:
                raise InvalidInputError(f"{path.name}: {exc}") from exc
        return merging.merge_bundle(project, bundle)

    return job


class InterchangeImport(QObject):
    """The window's import-annotations flow (one per window, see ``for_window``)."""

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

    def ask(self, kind: Kind) -> ProjectTask | None:
        """Ask for a file of ``kind`` and import it."""
        name, _ = QFileDialog.getOpenFileName(
            self.window, TITLES[kind], str(self.start_dir), FILTERS[kind]
        )
        if not name:
            return None
        path = Path(name)
        self.start_dir = path.parent
        return self.import_file(path, kind)

    def import_file(self, path: Path, kind: Kind | None = None) -> ProjectTask | None:
        """Merge ``path`` into the project in the background; one undo step when done."""
        if self.busy:
            self.ctx.status.emit("An import is already running")
            return None
        chosen: Kind = kind or kind_of(path)
        title = TITLES[chosen]
        task = ProjectTask(
            self.ctx.project.path, self.ctx.project.coder, merge_job(path, chosen), self.window
        )
        self._busy(True)
        run_with_progress(
            self.window,
            f"{title}: {path.name}",
            task,
            lambda outcome: self._merged(path, outcome),
            lambda why: self._failed(path, title, why),
        )
        return task

    def _busy(self, on: bool) -> None:
        self.busy = on
        self._set_busy(on)

    def _merged(self, path: Path, outcome: Outcome[MergeReport]) -> None:
        self._busy(False)
        report = outcome.value
        self.last_report = report
        self.ctx.perform(f"Import annotations from {path.name}", lambda: outcome)
        self.ctx.status.emit(f"{path.name}: {report.summary()}")
        dialog = ImportReportDialog(report, path.name, self.window)
        dialog.open()
        self.imported.emit(report)

    def _failed(self, path: Path, title: str, why: str) -> None:
        self._busy(False)
        self.last_error = why
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            title,
            f"{path.name} could not be imported.\n\n{why}\n\nNothing was changed.",
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setObjectName("importErrorBox")
        box.open()


def for_window(window: Any) -> InterchangeImport:
    """The flow of a main window, made on first use (the window's FileOps holds ``busy``)."""
    flow = window.findChild(InterchangeImport, "interchangeImport")
    if flow is None:
        files = getattr(window, "files", None)

        def set_busy(on: bool) -> None:
            if files is not None:
                files.busy = on

        flow = InterchangeImport(window.ctx, window, set_busy)
    return flow
