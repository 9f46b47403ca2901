"""Work that must not run on the GUI thread: library search and the hourly backup.

:class:`SearchWorker` keeps one thread with its own connection to the project.
The newest query wins: a query asked while another runs interrupts it, and a
result that is not for the newest query is dropped. :class:`BackupScheduler`
calls the storage's ``backup_if_due`` at start and then every hour, on a short
thread of its own. Both stop within a bounded time when the window closes.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from annotary.services import searching
from annotary.services.project import Project, open_project
from annotary.ui.safety import backup_if_due, one_line

BACKUP_INTERVAL_MS = 3600 * 1000


class SearchWorker(QObject):
    """Full-text search off the GUI thread; ``found(generation, hits, error)`` reports it."""

    found = Signal(int, object, str)  # generation, list[SearchHit], why it failed ("" if not)

    def __init__(self, path: Callable[[], Path], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = path
        self._cond = threading.Condition()
        self._request: tuple[int, Path, str, searching.SearchFilters] | None = None
        self._generation = 0
        self._stopping = False
        self._thread: threading.Thread | None = None
        self._project: Project | None = None  # used only by the thread (interrupt aside)

    @property
    def generation(self) -> int:
        return self._generation

    def search(self, query: str, filters: searching.SearchFilters) -> int:
        """Ask for ``query``; returns its generation (compare with ``found``'s)."""
        with self._cond:
            self._generation += 1
            self._request = (self._generation, Path(self._path()), query, filters)
            self._interrupt()
            self._cond.notify()
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(
                    target=self._loop, name="annotary-search", daemon=True
                )
                self._thread.start()
            return self._generation

    def cancel(self) -> None:
        """Forget any query in flight (the search box was cleared)."""
        with self._cond:
            self._generation += 1
            self._request = None
            self._interrupt()

    def stop(self, timeout_s: float = 2.0) -> bool:
        with self._cond:
            self._stopping = True
            self._request = None
            self._interrupt()
            self._cond.notify()
        thread = self._thread
        if thread is not None:
            thread.join(timeout_s)
            return not thread.is_alive()
        return True

    def _interrupt(self) -> None:
        project = self._project
        if project is not None:
            with contextlib.suppress(sqlite3.Error):
                project.store.conn.interrupt()  # thread-safe: the running query stops

    def _loop(self) -> None:
        try:
            while True:
                with self._cond:
                    while self._request is None and not self._stopping:
                        self._cond.wait()
                    if self._stopping:
                        return
                    request, self._request = self._request, None
                assert request is not None
                self._run(*request)
        finally:
            project, self._project = self._project, None
            if project is not None:
                try:
                    project.close()
                except Exception as exc:
                    one_line(exc, "closing the search connection")

    def _run(self, generation: int, path: Path, query: str, filters: Any) -> None:
        hits: list[Any] = []
        why = ""
        try:
            project = self._project
            if project is None or project.path != path:
                if project is not None:
                    self._project = None
                    project.close()
                project = self._project = open_project(path, verify=False)
            for attempt in range(3):
                try:
                    hits = searching.search(project, query, filters)
                    break
                except sqlite3.OperationalError as exc:
                    # An interrupt meant for the query before this one may land here.
                    if "interrupt" not in str(exc) or generation != self._generation:
                        raise
                    if attempt == 2:
                        raise
        except Exception as exc:  # one line in the window, never a traceback
            if generation != self._generation:
                return  # interrupted by a newer query: nothing to say
            why = one_line(exc, "library search")
        if generation == self._generation:
            self.found.emit(generation, hits, why)


class BackupScheduler(QObject):
    """Runs the periodic backup at start and every hour, off the GUI thread."""

    def __init__(
        self,
        path: Callable[[], Path],
        interval_ms: int = BACKUP_INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._path = path
        self._thread: threading.Thread | None = None
        self.last: Path | None = None
        self.runs = 0
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.run_now)

    def start(self) -> None:
        self.timer.start()
        self.run_now()

    def run_now(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return  # the previous one is still writing
        target = Path(self._path())
        self._thread = threading.Thread(
            target=self._backup, args=(target,), name="annotary-backup", daemon=True
        )
        self._thread.start()

    def _backup(self, target: Path) -> None:
        self.last = backup_if_due(target)
        self.runs += 1

    def wait(self, timeout_s: float = 5.0) -> bool:
        thread = self._thread
        if thread is not None:
            thread.join(timeout_s)
            return not thread.is_alive()
        return True

    def stop(self, timeout_s: float = 5.0) -> bool:
        self.timer.stop()
        return self.wait(timeout_s)
