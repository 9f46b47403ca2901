"""Undo commands: each wraps one service call that already ran.

A service returns an ``Outcome`` whose ``undo`` reverses it. The command keeps
that inverse; undoing replays it through ``services.history.revert``, which
hands back the inverse of the undo, kept for redo. The command never touches
the database itself: every change goes through a service.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from annotary.domain.models import Changes
from annotary.services import history
from annotary.services.outcome import Outcome
from annotary.services.project import Project
from annotary.storage.history import Inverse


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
        if self._resync() or self._done:
            return
        if self._replay("Redo"):
            self._done = True
            self._announce()

    def undo(self) -> None:
        if self._resync():
            return
        if self._replay("Undo"):
            self._done = False
            self._announce()

    def _replay(self, verb: str) -> bool:
        """Apply the kept inverse; on failure nothing changed and the user is told in one line.

        A busy project (another program holds the lock) leaves the step where it
        was: the stack is moved back (``step_back``) and the user may try again.
        Any other failure (another program changed or removed the same rows
        since) drops the step (``setObsolete``) rather than leave it to fail again.
        """
        from annotary.ui.safety import is_busy, one_line

        try:
            self._inverse = history.revert(self._project, self._inverse).undo
        except Exception as exc:  # one line for the user, never a traceback
            why = one_line(exc, f"{verb.lower()} {self.text()!r}")
            if is_busy(exc):
                self.step_back = 1 if verb == "Undo" else -1
            else:
                self.setObsolete(True)
            failed = self._failed()
            if failed is not None:
                failed(f"{verb} {self.text()}", f"{why} (nothing was changed)", self.step_back)
            return False
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
