"""The window's shared state: the open project, the undo stack, change notices.

Widgets never call each other to refresh: they run an operation through
``operations.run()`` (or read through the services) and listen to ``changed``
(after an operation, an ``Applied``: the changes and the records made). Every edit goes through
that one entry point, so every edit is one service call, one transaction and
one entry on the undo stack.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from annotary.domain.models import Changes
from annotary.services.project import Project
from annotary.ui.operations.runner import OperationRunner
from annotary.ui.safety import tune_window_connection


class AppContext(QObject):
    changed = Signal(object)  # Changes (an operations.applied.Applied after an operation)
    project_replaced = Signal()  # another project file was opened
    status = Signal(str)  # a short message for the status bar
    failed = Signal(str, str)  # (what the user tried, why it failed)
    article_requested = Signal(str)  # open this article in the reader
    annotation_selected = Signal(str)  # select this annotation everywhere
    coder_changed = Signal(str)  # the name recorded on new annotations
    page_requested = Signal(str, str)  # ("speaker" or "theme", id): its page across the corpus

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        tune_window_connection(project)
        self.project = project
        self.undo_stack = QUndoStack(self)
        self.operations = OperationRunner(self, self)

    def notify(self, changes: Changes) -> None:
        self.changed.emit(changes)

    def undo_failed(self, text: str, why: str, back: int = 0) -> None:
        """An undo or redo could not be applied (another program changed those rows, or
        holds the lock). After a busy failure (``back`` ±1) the stack moves back to
        where it was, so the user can try again."""
        if back:
            stack = self.undo_stack
            QTimer.singleShot(0, self, lambda: stack.setIndex(stack.index() + back))
        self.failed.emit(text, why)

    def replace_project(self, project: Project) -> None:
        old = self.project
        tune_window_connection(project)
        self.project = project
        self.undo_stack.clear()
        old.close()
        self.project_replaced.emit()
