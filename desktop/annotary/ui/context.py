"""The window's shared state: the open project, the undo stack, change notices.

Widgets never call each other to refresh: they call ``perform()`` (or read
through the services) and listen to ``changed``. Every edit goes through
``perform()``, so every edit is one service call, one transaction and one
entry on the undo stack.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from annotary.domain.models import Changes
from annotary.services.outcome import Outcome
from annotary.services.project import Project
from annotary.ui.commands import ServiceCommand
from annotary.ui.safety import one_line, tune_window_connection

T = TypeVar("T")


class AppContext(QObject):
    changed = Signal(object)  # Changes: records to refresh (``removed`` may be stale)
    project_replaced = Signal()  # another project file was opened
    status = Signal(str)  # a short message for the status bar
    failed = Signal(str, str)  # (what the user tried, why it failed)
    article_requested = Signal(str)  # open this article in the reader
    annotation_selected = Signal(str)  # select this annotation everywhere
    coder_changed = Signal(str)  # the name recorded on new annotations

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        tune_window_connection(project)
        self.project = project
        self.undo_stack = QUndoStack(self)

    def perform(self, text: str, call: Callable[[], Outcome[T]]) -> T | None:
        """Run one service call as an undoable action named ``text``.

        On any error the failure is announced in one line and None returned;
        nothing was changed (the service's transaction rolled back). A busy
        project, a full disk and a bug (its traceback goes to the error log)
        all end here, never in a traceback on screen.
        """
        try:
            outcome = call()
        except Exception as exc:  # every failure is one line for the user
            self.failed.emit(text, one_line(exc, f"action {text!r}"))
            return None
        if outcome.undo:
            command = ServiceCommand(text, self.project, outcome, self.notify, self.undo_failed)  # type: ignore[arg-type]
            self.undo_stack.push(command)
            # Inside beginMacro()/endMacro() the open macro sits at index(): the command
            # is one of its children, undone and redone with them as one transaction.
            macro = self.undo_stack.command(self.undo_stack.index())
            if macro is not None and any(
                macro.child(i) is command for i in range(macro.childCount())
            ):
                command.macro = macro
            self.notify(outcome.changes)
            self.status.emit(text)
        return outcome.value

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
