"""Running the suggestion engine off the GUI thread, one article at a time.

``SuggestionRunner.request(article_id)`` runs the ``operations.suggestions.find``
operation in the background (through the window's operation runner, on its own
connection to the project file). At most one runs; a request made meanwhile
waits for it and then runs with the newest article. Results arrive by
``finished(article_id, suggestions)`` only for the latest request: anything
older (another article, or the same article before a change) is dropped.

A long text is worked on in the runner's ``SuggestionProcess`` (started by the
first such run, then kept warm); cancelling a run terminates that process, so
work for an article no longer open stops at once, and ``stop`` (the window
closes) ends it for good.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from annotary.services.suggestion_process import SuggestionProcess
from annotary.ui.operations import suggestions
from annotary.ui.operations.runner import OperationRunner, Running


class SuggestionRunner(QObject):
    started = Signal(str)  # article id
    finished = Signal(str, object)  # article id, list[QuoteSuggestion]
    failed = Signal(str, str)  # article id, why

    def __init__(self, operations: OperationRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._operations = operations
        self._running: Running[Any] | None = None
        self._wanted: str | None = None
        self._generation = 0
        self.process = SuggestionProcess()  # no process until a long text asks for one

    @property
    def busy(self) -> bool:
        return self._running is not None or self._wanted is not None

    def request(self, article_id: str) -> None:
        """Find suggestions for ``article_id``; any earlier request is superseded."""
        self._generation += 1
        self._wanted = article_id
        if self._running is None:
            self._start()

    def cancel(self) -> None:
        """Drop every pending result (the article closed)."""
        self._generation += 1
        self._wanted = None
        if self._running is not None:
            self._running.cancel()

    def stop(self) -> None:
        """The window closes: cancel, and end the engine's process (busy or idle)."""
        self.cancel()
        self.process.stop()

    def wait(self, msecs: int = 5000) -> bool:
        """Block until the running task ends (tests, shutting down)."""
        running = self._running
        return running.wait(msecs) if running is not None else True

    def _start(self) -> None:
        article_id, self._wanted = self._wanted, None
        if article_id is None:
            return
        generation = self._generation
        op = (
            suggestions.find(article_id, self.process)
            .then(lambda found: self._ended(article_id, generation, found, ""))
            .or_else(lambda why: self._ended(article_id, generation, None, why))
            .failing_in_status_line()
        )
        self.started.emit(article_id)
        self._running = self._operations.run(op, self)

    def _ended(self, article_id: str, generation: int, found: Any, why: str) -> None:
        self._running = None
        if generation == self._generation:
            if why:
                self.failed.emit(article_id, why)
            else:
                self.finished.emit(article_id, list(found or []))
        if self._wanted is not None:
            self._start()
