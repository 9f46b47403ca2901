"""The window's shared state: the open project, the undo stack, change notices.

Widgets never call each other to refresh: they call ``perform()`` (or read
through the services) and listen to ``changed``. Every edit goes through
``perform()``, so every edit is one service call, one transaction and one
entry on the undo stack.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from annotary.domain.errors import AnnotaryError
from annotary.domain.models import Changes
from annotary.services.outcome import Outcome
from annotary.services.project import Project
from annotary.ui.commands import ServiceCommand

T = TypeVar("T")


class AppContext(QObject):
    changed = Signal(object)  # Changes: records to refresh (``removed`` may be stale)
    project_replaced = Signal()  # another project file was opened
    status = Signal(str)  # a short message for the status bar
    failed = Signal(str, str)  # (what the user tried, why it failed)
    article_requested = Signal(str)  # open this article in the reader
    annotation_selected = Signal(str)  # select this annotation everywhere

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.undo_stack = QUndoStack(self)

    def perform(self, text: str, call: Callable[[], Outcome[T]]) -> T | None:
        """Run one service call as an undoable action named ``text``.

        On a user error the failure is announced and None returned; nothing
        was changed (the service's transaction rolled back).
        """
        try:
            outcome = call()
        except AnnotaryError as exc:
            self.failed.emit(text, str(exc))
            return None
        if outcome.undo:
            self.undo_stack.push(ServiceCommand(text, self.project, outcome, self.notify))  # type: ignore[arg-type]
            self.notify(outcome.changes)
            self.status.emit(text)
        return outcome.value

    def notify(self, changes: Changes) -> None:
        self.changed.emit(changes)

    def replace_project(self, project: Project) -> None:
        old = self.project
        self.project = project
        self.undo_stack.clear()
        old.close()
        self.project_replaced.emit()
