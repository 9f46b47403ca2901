"""An operation: one named thing the window does to the project, as a value.

An :class:`Operation` holds what the user did (``text``: the undo entry, the
status line, the heading of a failure) and a ``job`` that calls ONE service:
``job(project, progress, cancelled)``. The job returns the service's
``Outcome`` (an edit: it becomes one undo step and its ``Changes`` are
announced) or a plain value (a query: nothing to undo). The functions of
``annotations``, ``codebook``, ``speakers``, ``articles``, ``interchange``,
``suggestions`` and ``agreement`` in this package make them; the window runs
them through ``OperationRunner.run``, the one entry point.

An operation is inert: making one changes nothing. Options are set by
returning a changed copy (``op.in_background("Importing")``, ``op.then(...)``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, Generic, Literal, TypeVar

from annotary.services.outcome import Outcome
from annotary.services.project import Project

T = TypeVar("T")
U = TypeVar("U")

Progress = Callable[[int, int, str], None]  # done, total, current item
Cancelled = Callable[[], bool]
Job = Callable[[Project, Progress, Cancelled], Any]  # -> Outcome[T] (an edit) or T (a query)
Report = Literal["dialog", "status", "quiet"]  # how a failure is told


@dataclass(frozen=True, slots=True)
class Operation(Generic[T]):
    text: str
    job: Job
    background: bool = False  # on a task with its own connection, off the GUI thread
    progress_title: str = ""  # background: a progress dialog with Cancel ("" = none)
    undoable: bool = True  # an edit's Outcome goes onto the undo stack
    report: Report = "dialog"  # a failure box; "status": one line; "quiet": not at all
    on_done: Callable[[T], None] | None = None  # GUI thread, after success
    on_failed: Callable[[str], None] | None = None  # GUI thread, after the failure was reported
    describe: Callable[[T], str] | None = None  # the undo entry's name, from the value made
    interrupts: bool = False  # background query: cancelling it stops its SQL at once

    def in_background(self, progress_title: str = "") -> Operation[T]:
        """The same operation, run off the GUI thread (with a progress dialog if titled)."""
        return replace(self, background=True, progress_title=progress_title)

    def interrupted_on_cancel(self) -> Operation[T]:
        """The same background query, stopped at once when cancelled (SQLite interrupts
        its statement: a query superseded by a newer one stops taking the machine's
        time); ending that way is quiet. Only for queries: they have nothing to undo."""
        return replace(self, interrupts=True)

    def then(self, done: Callable[[T], None]) -> Operation[T]:
        """Also call ``done(value)`` once the operation has succeeded."""
        return replace(self, on_done=done)

    def or_else(self, failed: Callable[[str], None]) -> Operation[T]:
        """Also call ``failed(why)`` once a failure has been reported."""
        return replace(self, on_failed=failed)

    def named_by(self, describe: Callable[[T], str]) -> Operation[T]:
        """Name the undo step after what was made ("Import 3 articles")."""
        return replace(self, describe=describe)

    def quietly(self) -> Operation[T]:
        """Not on the undo stack, failures not shown (housekeeping such as a reading position)."""
        return replace(self, undoable=False, report="quiet")

    def failing_in_status_line(self) -> Operation[T]:
        """A failure is one line in the status bar (the caller's view shows it as well)."""
        return replace(self, report="status")


def edit(text: str, call: Callable[[Project], Outcome[T]]) -> Operation[T]:
    """An edit: ``call(project)`` is one service call returning an ``Outcome``."""
    return Operation(text, lambda project, _progress, _cancelled: call(project))


def query(text: str, call: Callable[[Project], T]) -> Operation[T]:
    """A read: ``call(project)`` returns a value; nothing is undone or announced."""
    return Operation(text, lambda project, _progress, _cancelled: call(project), undoable=False)
