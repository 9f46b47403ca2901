"""The one path of every change the window makes: ``OperationRunner.run(operation)``.

``run`` executes an :class:`~annotary.ui.operations.operation.Operation` inline
(on the window's connection) or on a background task (its own connection, with
a progress dialog and Cancel), then, in the GUI thread:

* an edit's ``Outcome`` becomes one step on the undo stack (a ``ServiceCommand``;
  inside a macro it is replayed with its siblings as one transaction);
* its ``Changes`` are announced together with the records the service produced
  (``AppContext.changed`` carries an ``Applied``), so views refresh only those and
  take new records from it instead of reading them back;
* a failure of any kind is one line through ``AppContext.failed`` saying what
  went wrong and that nothing was changed (the service's transaction rolled back).

``run`` returns a :class:`Running` handle: finished at once for an inline
operation, or a task to wait for or cancel.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Generic, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, SignalInstance
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from annotary.domain.models import Changes
from annotary.services.outcome import Outcome
from annotary.services.project import Project
from annotary.ui.commands import ServiceCommand
from annotary.ui.i18n import QT_TRANSLATE_NOOP
from annotary.ui.operations.applied import Applied
from annotary.ui.operations.operation import Operation
from annotary.ui.operations.tasks import BackgroundTask, TaskPool, progress_dialog
from annotary.ui.safety import one_line

T = TypeVar("T")
KEPT = QT_TRANSLATE_NOOP("Operations", "nothing was changed")


class Host(Protocol):
    """What the runner needs of the window's context (``AppContext``)."""

    project: Project
    undo_stack: QUndoStack
    status: SignalInstance
    failed: SignalInstance

    def notify(self, changes: Changes) -> None: ...

    def undo_failed(self, text: str, why: str, back: int = 0) -> None: ...


@dataclass(eq=False)
class Running(Generic[T]):
    """An operation started by ``run``: its value or error once ``done``."""

    text: str
    task: BackgroundTask | None = field(default=None, repr=False)
    done: bool = False
    value: T | None = None
    error: str = ""

    @property
    def ok(self) -> bool:
        return self.done and not self.error

    def cancel(self) -> None:
        if self.task is not None and not self.done:
            self.task.cancel()

    def wait(self, msecs: int = 5000) -> bool:
        """Block until the thread ends (tests, shutting down); the result arrives by event."""
        task = self.task
        if task is None or self.done:
            return True
        try:
            return task.wait(msecs)
        except RuntimeError:  # already deleted: it had ended
            return True


class OperationRunner(QObject):
    """Runs operations for one window (see the module docstring)."""

    def __init__(self, ctx: Host, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.pool = TaskPool(self)
        self.dialog_parent: QWidget | None = None  # the window, once it exists

    def run(self, op: Operation[T], owner: QObject | None = None) -> Running[T]:
        """Run ``op``; the single entry point of every change the window makes.

        ``owner`` is the object whose ``on_done``/``on_failed`` these are (and, if a
        widget, the progress dialog's parent): once it is gone, a background result
        still becomes its undo step, but its callbacks are not called.
        """
        running: Running[T] = Running(op.text)
        if op.background:
            self._start(op, running, owner)
            return running
        try:
            result = op.job(self._ctx.project, _no_progress, _never)
        except Exception as exc:  # every failure is one line for the user
            self._fail(op, running, one_line(exc, f"action {op.text!r}"))
        else:
            self._succeed(op, running, result)
        return running

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Cancel the running tasks and wait for them; False if one still runs."""
        return self.pool.shutdown(timeout_ms)

    # ---- background ---------------------------------------------------------------------

    def _start(self, op: Operation[T], running: Running[T], owner: QObject | None) -> None:
        project = self._ctx.project
        task = BackgroundTask(
            project.path, project.coder, op.job, f"action {op.text!r}", interrupts=op.interrupts
        )
        running.task = task
        dialog = None
        if op.progress_title:
            parent = owner if isinstance(owner, QWidget) else self.dialog_parent
            dialog = progress_dialog(parent, op.progress_title)

        def deliver(result: dict[str, Any]) -> None:
            if not shiboken6.isValid(self):  # the window's context is gone: nobody to tell
                return
            gone = owner is not None and not shiboken6.isValid(owner)
            told = replace(op, on_done=None, on_failed=None) if gone else op
            if self._ctx.project is not project:  # another project was opened meanwhile:
                # nothing goes onto the new project's undo stack; the owner stops waiting.
                self._fail(replace(told, report="quiet"), running, "another project is open")
                return
            if "error" in result and op.interrupts and task.is_cancelled():
                # A query stopped because it was superseded or its view closed: no failure.
                self._fail(replace(told, report="quiet"), running, str(result["error"]))
            elif "error" in result:
                self._fail(told, running, str(result["error"]))
            else:
                self._succeed(told, running, result.get("value"))

        self.pool.start(task, deliver, dialog)

    # ---- the one way back ------------------------------------------------------------------

    def _succeed(self, op: Operation[T], running: Running[T], result: Any) -> None:
        running.done = True
        if isinstance(result, Outcome):
            value = result.value
            changes = result.changes
            if op.undoable and result.undo:
                text = op.describe(value) if op.describe is not None else op.text
                self._push(text, result)
                self._ctx.status.emit(text)
            if result.undo or (changes and not op.undoable):  # a no-op says nothing
                self._ctx.notify(Applied.of(op.text, changes, value))
        else:
            value = result
        running.value = value
        if op.on_done is not None:
            op.on_done(value)

    def _fail(self, op: Operation[T], running: Running[T], why: str) -> None:
        running.done = True
        running.error = why
        shown = QCoreApplication.translate("Operations", KEPT)
        kept = "" if KEPT in why.lower() or shown in why else f" ({shown})"
        if op.report == "dialog":
            self._ctx.failed.emit(op.text, f"{why}{kept}")
        elif op.report == "status":
            self._ctx.status.emit(
                QCoreApplication.translate("Operations", "{0} failed: {1}").format(
                    op.text, f"{why}{kept}"
                )
            )
        if op.on_failed is not None:
            op.on_failed(why)

    def _push(self, text: str, outcome: Outcome[Any]) -> None:
        ctx = self._ctx
        command = ServiceCommand(text, ctx.project, outcome, ctx.notify, ctx.undo_failed)
        ctx.undo_stack.push(command)
        # Inside beginMacro()/endMacro() the open macro sits at index(): the command
        # is one of its children, undone and redone with them as one transaction.
        macro = ctx.undo_stack.command(ctx.undo_stack.index())
        if macro is not None and any(macro.child(i) is command for i in range(macro.childCount())):
            command.macro = macro


def _no_progress(_done: int, _total: int, _item: str) -> None:
    return None


def _never() -> bool:
    return False
