"""Files and long work for the window: projects, imports (dialog, drop, paste, URL), export.

Imports are operations (``ui.operations.articles``) run in the background behind
a progress dialog; the worker's Outcome becomes one undo step on the window's
connection. Problems are shown with what went wrong and what was kept.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMessageBox,
    QWidget,
)

from annotary.domain.models import Article
from annotary.services import importing
from annotary.services.importing import ImportReport
from annotary.services.project import open_project
from annotary.ui.context import AppContext
from annotary.ui.dialogs.paste import ask_paste
from annotary.ui.dialogs.url_import import ask_url
from annotary.ui.i18n import QT_TRANSLATE_NOOP
from annotary.ui.library.import_message import ImportMessage, describe_import
from annotary.ui.operations import articles as article_ops
from annotary.ui.operations.operation import Operation
from annotary.ui.operations.runner import Running
from annotary.ui.safety import one_line
from annotary.ui.settings import Settings

T = TypeVar("T")

IMPORTABLE = importing.IMPORTABLE_SUFFIXES
IMPORT_KINDS = QT_TRANSLATE_NOOP("FileOps", "Articles and news exports ({0})")
PROJECT_FILTER = QT_TRANSLATE_NOOP("FileOps", "Annotary projects (*.annotary)")
ALL_FILES = QT_TRANSLATE_NOOP("FileOps", "All files (*)")


def import_filter() -> str:
    """The file dialog's filter: every kind an import reads, then all files."""
    patterns = " ".join(f"*{suffix}" for suffix in IMPORTABLE)
    kinds = QCoreApplication.translate("FileOps", IMPORT_KINDS).format(patterns)
    return f"{kinds};;{QCoreApplication.translate('FileOps', ALL_FILES)}"


class FileOps:
    def __init__(
        self,
        ctx: AppContext,
        settings: Settings,
        window: QWidget,
        open_article: Callable[[str], None],
    ) -> None:
        self.ctx = ctx
        self.settings = settings
        self.window = window
        self.open_article = open_article
        self.busy = False
        self.last_report: ImportReport | None = None
        self.last_message: ImportMessage | None = None

    # ---- projects -------------------------------------------------------------------

    def new_project(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            QCoreApplication.translate("FileOps", "New project"),
            str(self._start_dir() / "project.annotary"),
            QCoreApplication.translate("FileOps", PROJECT_FILTER),
        )
        if name:
            path = Path(name)
            if path.suffix != ".annotary":
                path = path.with_suffix(".annotary")
            if path.exists():
                self._tell(
                    QCoreApplication.translate("FileOps", "New project"),
                    QCoreApplication.translate(
                        "FileOps", "{0} already exists; open it with File › Open."
                    ).format(path),
                )
                return
            self.switch_to(path)

    def open_project_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            QCoreApplication.translate("FileOps", "Open project"),
            str(self._start_dir()),
            QCoreApplication.translate("FileOps", PROJECT_FILTER)
            + ";;"
            + QCoreApplication.translate("FileOps", ALL_FILES),
        )
        if name:
            self.switch_to(Path(name))

    def switch_to(self, path: Path) -> bool:
        if self.busy:
            self.ctx.status.emit(
                QCoreApplication.translate(
                    "FileOps", "Wait for the import to finish before opening another project"
                )
            )
            return False
        try:
            project = open_project(path)
        except Exception as exc:  # a damaged file, a busy one, a bug: one line
            self._tell(
                QCoreApplication.translate("FileOps", "Open project"),
                QCoreApplication.translate("FileOps", "{0} cannot be opened: {1}").format(
                    path, one_line(exc, "open project")
                ),
            )
            return False
        self.ctx.replace_project(project)
        self.settings.add_recent_project(project.path)
        self.ctx.status.emit(
            QCoreApplication.translate("FileOps", "Opened {0}").format(project.path.name)
        )
        return True

    def _start_dir(self) -> Path:
        recent = self.settings.recent_projects()
        return recent[0].parent if recent else Path.home()

    # ---- importing ---------------------------------------------------------------------

    def import_dialog(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self.window,
            QCoreApplication.translate("FileOps", "Import articles"),
            str(Path.home()),
            import_filter(),
        )
        if names:
            self.import_paths([Path(n) for n in names])

    def import_folder_dialog(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self.window,
            QCoreApplication.translate("FileOps", "Import a folder of articles"),
            str(Path.home()),
        )
        if name:
            self.import_paths([Path(name)])

    def import_paths(
        self, paths: list[Path], refused: Sequence[str] = ()
    ) -> Running[ImportReport] | None:
        """Import files and folders in the background; one undo step when done.

        ``refused``: dropped files of other types, named in the message afterwards."""
        if not paths:
            return None
        chapters = self._epub_chapters(paths)
        if chapters is None:
            return None
        later = list(refused)
        return self._run(
            article_ops.import_files(paths, epub_chapters=chapters).then(
                lambda report: self._imported(report, later)
            )
        )

    def _epub_chapters(self, paths: Sequence[Path]) -> bool | None:
        """Whether an EPUB book among ``paths`` becomes one article per chapter (asked,
        only when there is one); ``None`` when the user cancels the import."""
        if not any(p.suffix.lower() == ".epub" for p in paths):
            return False
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("FileOps", "Import EPUB Books"),
            QCoreApplication.translate(
                "FileOps",
                "Import each EPUB book as one article, or each of its chapters as an "
                "article of its own?",
            ),
            QMessageBox.StandardButton.Cancel,
            self.window,
        )
        box.setObjectName("epubChoice")
        whole = box.addButton(
            QCoreApplication.translate("FileOps", "One Article per Book"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        whole.setObjectName("epubWhole")
        each = box.addButton(
            QCoreApplication.translate("FileOps", "One Article per Chapter"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        each.setObjectName("epubChapters")
        box.setDefaultButton(whole)
        box.exec()
        clicked = box.clickedButton()
        if clicked is each:
            return True
        return False if clicked is whole else None

    def _imported(self, report: ImportReport, refused: Sequence[str] = ()) -> None:
        self.last_report = report
        message = describe_import(report, refused, IMPORTABLE)
        self.last_message = message
        if report.imported:
            self.open_article(report.imported[0].id)
        elif report.duplicates:
            self.open_article(report.duplicates[0][1])
        self.ctx.status.emit(message.status)  # after opening, which shows the title
        if message.details is not None:
            self._tell(
                QCoreApplication.translate("FileOps", "Import"),
                message.details,
                warning=message.problem,
            )

    def paste_article(self) -> None:
        text = QApplication.clipboard().text()
        if not text.strip():
            self.ctx.status.emit(
                QCoreApplication.translate("FileOps", "The clipboard holds no text to paste")
            )
            return
        asked = ask_paste(self.window, text)
        if asked is None:
            return
        title, body = asked
        self._open_stored(self.ctx.operations.run(article_ops.paste(body, title or None)).value)

    def import_url(self) -> None:
        url = ask_url(self.window)
        if not url:
            return

        self._run(article_ops.import_url(url).then(self._open_stored))

    def _open_stored(self, made: Article | str | None) -> None:
        if isinstance(made, Article):
            self.open_article(made.id)
        elif isinstance(made, str):
            self.ctx.status.emit(
                QCoreApplication.translate(
                    "FileOps", "That text is already in the project: opened it"
                )
            )
            self.open_article(made)

    # ---- plumbing -------------------------------------------------------------------------

    def _run(self, op: Operation[T]) -> Running[T]:
        """Run a background operation; the window may not close or switch projects meanwhile."""
        done = op.on_done
        self.busy = True

        def ok(value: T) -> None:
            self.busy = False
            if done is not None:
                done(value)

        def failed(_why: str) -> None:
            self.busy = False

        return self.ctx.operations.run(op.then(ok).or_else(failed), self.window)

    def _tell(self, title: str, message: str, warning: bool = True) -> None:
        icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
        box = QMessageBox(icon, title, message, QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("problemBox")
        box.open()
