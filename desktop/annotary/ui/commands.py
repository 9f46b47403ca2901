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
        self._done = True  # the service call ran before the command was pushed

    def redo(self) -> None:
        if self._done:
            return
        self._inverse = history.revert(self._project, self._inverse).undo
        self._done = True
        self._announce()

    def undo(self) -> None:
        self._inverse = history.revert(self._project, self._inverse).undo
        self._done = False
        self._announce()

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
