"""Running the suggestion engine off the GUI thread, one article at a time.

``SuggestionRunner.request(article_id)`` starts ``services.suggesting.suggest`` on a
:class:`~annotary.ui.workers.ProjectTask` (its own connection to the project file).
At most one task runs; a request made meanwhile waits for it and then runs with
the newest article. Results arrive by ``finished(article_id, suggestions)`` only
for the latest request: anything older (another article, or the same article
before a change) is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from annotary.services import suggesting
from annotary.services.project import Project
from annotary.ui.workers import ProjectTask

# Tasks still running when their runner goes away are kept here until they end:
# deleting a running QThread aborts the process.
_ORPHANS: set[ProjectTask] = set()


def suggest_job(article_id: str) -> Callable[[Project, Any, Callable[[], bool]], Any]:
    """A worker job that returns the suggestions for ``article_id``."""

    def job(project: Project, _progress: Any, _cancelled: Callable[[], bool]) -> Any:
        return suggesting.suggest(project, article_id)

    return job


class SuggestionRunner(QObject):
    started = Signal(str)  # article id
    finished = Signal(str, object)  # article id, list[QuoteSuggestion]
    failed = Signal(str, str)  # article id, why

    def __init__(
        self, path: Callable[[], Path], coder: Callable[[], str], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._path = path
        self._coder = coder
        self._task: ProjectTask | None = None
        self._task_article: str | None = None
        self._task_generation = 0
        self._wanted: str | None = None
        self._generation = 0
        self._result: dict[str, Any] = {}

    @property
    def busy(self) -> bool:
        return self._task is not None or self._wanted is not None

    def request(self, article_id: str) -> None:
        """Find suggestions for ``article_id``; any earlier request is superseded."""
        self._generation += 1
        self._wanted = article_id
        if self._task is None:
            self._start()

    def cancel(self) -> None:
        """Drop every pending result (the article closed)."""
        self._generation += 1
        self._wanted = None
        if self._task is not None:
            self._task.cancel()

    def wait(self, msecs: int = 5000) -> bool:
        """Block until the running task ends (tests, shutting down)."""
        task = self._task
        return task.wait(msecs) if task is not None else True

    def _start(self) -> None:
        article_id, self._wanted = self._wanted, None
        if article_id is None:
            return
        task = ProjectTask(self._path(), self._coder(), suggest_job(article_id))
        self._task = task
        self._task_article = article_id
        self._task_generation = self._generation
        self._result = {}
        task.succeeded.connect(self._succeeded)
        task.errored.connect(self._errored)
        task.finished.connect(self._finished)
        _ORPHANS.add(task)
        task.finished.connect(task.deleteLater)
        task.destroyed.connect(lambda *_a, t=task: _ORPHANS.discard(t))
        self.started.emit(article_id)
        task.start()

    @Slot(object)
    def _succeeded(self, value: object) -> None:
        self._result["value"] = value

    @Slot(str)
    def _errored(self, message: str) -> None:
        self._result["error"] = message

    @Slot()
    def _finished(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.wait()
        article_id = self._task_article or ""
        current = self._task_generation == self._generation
        result, self._result = self._result, {}
        if current and "value" in result:
            self.finished.emit(article_id, list(result["value"]))
        elif current and "error" in result:
            self.failed.emit(article_id, str(result["error"]))
        elif current:  # the thread ended without a word: the busy state still ends
            self.failed.emit(article_id, "the suggestion engine stopped without a result")
        if self._wanted is not None:
            self._start()
