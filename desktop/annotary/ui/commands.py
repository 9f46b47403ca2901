"""Undo commands: each wraps one service call that already ran.

A service returns an ``Outcome`` whose ``undo`` reverses it. The command keeps
that inverse; undoing replays it through ``services.history.revert``, which
hands back the inverse of the undo, kept for redo. The command never touches
the database itself: every change goes through a service.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from annotary.domain.models import Changes
from annotary.services import history
from annotary.services.outcome import Inverse, Outcome, combine
from annotary.services.project import Project


class ServiceCommand(QUndoCommand):
    """One user action, already done, that can be undone and redone."""

    def __init__(
        self,
        text: str,
        project: Project,
        outcome: Outcome[object],
        notify: Callable[[Changes], None],
        failed: Callable[[str, str, int], None] | None = None,
    ) -> None:
        super().__init__(text)
        self._project = project
        self._inverse: Inverse = outcome.undo
        self._changes = outcome.changes
        # A weak reference: the stack (a child of the context) owns this command, and a
        # strong reference back to the context would make a cycle that the garbage
        # collector breaks in an order that deletes the command twice.
        self._notify = (
            weakref.WeakMethod(notify) if hasattr(notify, "__self__") else (lambda: notify)
        )
        self._failed = (
            weakref.WeakMethod(failed)
            if failed is not None and hasattr(failed, "__self__")
            else (lambda: failed)
        )
        self._done = True  # the service call ran before the command was pushed

    def redo(self) -> None:
        if self._skipped() or self._resync() or self._done:
            return
        group = self._group()
        if self._replay("Redo", group):
            for command in group:
                command._done = True
            for command in group:
                command._announce()

    def undo(self) -> None:
        if self._skipped() or self._resync():
            return
        group = self._group()
        if self._replay("Undo", group):
            for command in group:
                command._done = False
            for command in group:
                command._announce()

    def _group(self) -> list[ServiceCommand]:
        """This command and the others of its macro, undone and redone as one transaction.

        Qt undoes a macro's children one by one (newest first) and redoes them oldest
        first; the first child called replays them all at once, so a macro is never
        left half undone, and the others are skipped.
        """
        parent = self.macro
        if parent is None:
            return [self]
        kids = [parent.child(i) for i in range(parent.childCount())]
        if not all(isinstance(k, ServiceCommand) and k._project is self._project for k in kids):
            return [self]
        group: list[ServiceCommand] = kids  # type: ignore[assignment]
        for other in group:
            if other is not self:
                other._skip = True
        return group

    macro: QUndoCommand | None = None  # the macro this command is a child of (see AppContext)
    _skip = False  # another command of the same macro replayed this one's inverse

    def _skipped(self) -> bool:
        if self._skip:
            self._skip = False
            return True
        return False

    def _replay(self, verb: str, group: list[ServiceCommand]) -> bool:
        """Apply the kept inverses; on failure nothing changed and the user is told in one line.

        A busy project (another program holds the lock) leaves the step where it
        was: the stack is moved back (``step_back``) and the user may try again.
        An UndoConflict (another program changed or removed the same records since)
        drops the step (``setObsolete``): it could never succeed.
        """
        from annotary.ui.safety import is_busy, one_line

        top = self.macro if len(group) > 1 else None
        text = top.text() if top is not None else self.text()
        inverse = combine([c._inverse for c in group]) if len(group) > 1 else self._inverse
        try:
            redone = history.revert(self._project, inverse, repr(text), redo=verb == "Redo").undo
        except Exception as exc:  # one line for the user, never a traceback
            why = one_line(exc, f"{verb.lower()} {text!r}")
            if is_busy(exc):
                self.step_back = 1 if verb == "Undo" else -1
            else:
                self.setObsolete(True)
                if top is not None:
                    top.setObsolete(True)  # the stack drops the whole macro
            failed = self._failed()
            if failed is not None:
                shown = (
                    QCoreApplication.translate("ServiceCommand", "Undo {0}")
                    if verb == "Undo"
                    else QCoreApplication.translate("ServiceCommand", "Redo {0}")
                )
                failed(
                    shown.format(text),
                    QCoreApplication.translate(
                        "ServiceCommand", "{0} (nothing was changed)"
                    ).format(why),
                    self.step_back,
                )
            return False
        for command in group:
            command._inverse = redone if command is self else Inverse(())
        return True

    step_back = 0  # after a busy failure: how to move the stack's index back (+1 / -1)

    def _resync(self) -> bool:
        """The stack moving back after a busy failure: nothing to replay."""
        if self.step_back:
            self.step_back = 0
            return True
        return False

    def _announce(self) -> None:
        notify = self._notify()
        if notify is not None:
            notify(self._refresh())

    def _refresh(self) -> Changes:
        # After an undo or redo, the same records changed as the first time;
        # records that were created or removed may now be gone or back.
        c = self._changes
        return Changes(
            articles=set(c.articles),
            annotations=set(c.annotations),
            speakers=set(c.speakers),
            themes=set(c.themes),
            removed=set(c.removed) | set(c.annotations),
        )
