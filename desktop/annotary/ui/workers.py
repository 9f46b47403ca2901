"""Long work (importing many files, exporting a big project) off the GUI thread.

SQLite connections belong to one thread, so a task opens ITS OWN Project on the
same file (``open_project(path, verify=False)``: the window's connection already
checked the file, so this skips the integrity check), runs one service call
with ``progress``/``cancelled`` callbacks and closes it. The window shows a
QProgressDialog with Cancel and gets the service's Outcome back by a signal; an
Outcome's inverse replays fine on the window's own connection, so the window can
push it as one undo step.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from annotary.services import importing
from annotary.services.project import Project, open_project
from annotary.ui.safety import one_line

Progress = Callable[[int, int, str], None]
Job = Callable[[Project, Progress, Callable[[], bool]], Any]


# Every task that was started and has not finished: quitting cancels and waits for them.
_LIVE: set[ProjectTask] = set()
_LIVE_LOCK = threading.Lock()


def live_tasks() -> list[ProjectTask]:
    out: list[ProjectTask] = []
    with _LIVE_LOCK:
        for t in list(_LIVE):
            try:
                running = t.isRunning()
            except RuntimeError:  # its Qt object is gone: so is its thread
                _LIVE.discard(t)
                continue
            if running:
                out.append(t)
    return out


def shutdown_workers(timeout_ms: int = 5000) -> bool:
    """Cancel every running task and wait for them, at most ``timeout_ms`` in all.

    Returns False if some thread is still running (the caller must not let Qt
    destroy it: that aborts the process).
    """
    import time

    tasks = live_tasks()
    for task in tasks:
        task.cancel()
    deadline = time.monotonic() + timeout_ms / 1000
    for task in tasks:
        left = max(0, int((deadline - time.monotonic()) * 1000))
        if not task.wait(left):
            return False
    return True


class ProjectTask(QThread):
    """Runs ``job(project, progress, cancelled)`` on its own connection to ``path``.

    It always ends with exactly one of ``succeeded`` or ``errored`` before
    ``finished``, whatever the job raised: an unexpected exception is logged
    with its traceback and reported as one line.
    """

    progressed = Signal(int, int, str)  # done, total, current item
    succeeded = Signal(object)  # what the job returned
    errored = Signal(str)  # why it failed

    def __init__(self, path: Path, coder: str, job: Job, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = Path(path)
        self._coder = coder
        self._job = job
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def start(self, *args: Any) -> None:
        with _LIVE_LOCK:
            _LIVE.add(self)
        self.finished.connect(self._forget)
        super().start(*args)

    @Slot()
    def _forget(self) -> None:
        with _LIVE_LOCK:
            _LIVE.discard(self)

    def run(self) -> None:
        try:
            self._run()
        except BaseException as exc:  # a worker must always end with a report
            self.errored.emit(one_line(exc, "background task"))

    def _run(self) -> None:
        try:
            project = open_project(self._path, coder=self._coder, verify=False)
        except Exception as exc:
            self.errored.emit(one_line(exc, "opening the project in a background task"))
            return
        try:
            result = self._job(project, self.progressed.emit, self._cancel.is_set)
        except Exception as exc:
            self.errored.emit(one_line(exc, "background task"))
        else:
            self.succeeded.emit(result)
        finally:
            try:
                project.close()
            except Exception as exc:  # the result is in; closing is tidying up
                one_line(exc, "closing a background task's connection")


def import_job(paths: list[Path], collections: tuple[str, ...] = ()) -> Job:
    """A job that imports ``paths`` (files and folders) and returns the Outcome."""

    def job(project: Project, progress: Progress, cancelled: Callable[[], bool]) -> Any:
        return importing.import_files(
            project, paths, progress=progress, cancelled=cancelled, collections=collections
        )

    return job


def run_with_progress(
    parent: QWidget,
    title: str,
    task: ProjectTask,
    on_success: Callable[[Any], None],
    on_error: Callable[[str], None],
    show_after_ms: int = 300,
) -> QProgressDialog:
    """Start ``task`` with a window-modal progress dialog whose Cancel stops it.

    The GUI thread keeps running: results arrive through ``on_success`` /
    ``on_error`` once the thread has finished.
    """
    dialog = QProgressDialog(title, "Cancel", 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setObjectName("progressDialog")
    dialog.setAccessibleName(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(show_after_ms)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    relay = _Relay(dialog, title, task, on_success, on_error)
    task.progressed.connect(relay.progressed)
    task.succeeded.connect(relay.succeeded)
    task.errored.connect(relay.errored)
    task.finished.connect(relay.finished)
    dialog.canceled.connect(task.cancel)
    task.start()
    return dialog


class _Relay(QObject):
    """Lives in the GUI thread, so the task's signals arrive queued, in order."""

    def __init__(
        self,
        dialog: QProgressDialog,
        title: str,
        task: ProjectTask,
        on_success: Callable[[Any], None],
        on_error: Callable[[str], None],
    ) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self._title = title
        self._task = task
        self._on_success = on_success
        self._on_error = on_error
        self._result: dict[str, Any] = {}

    @Slot(int, int, str)
    def progressed(self, done: int, total: int, item: str) -> None:
        top = max(total, 1)
        self._dialog.setMaximum(top)
        self._dialog.setValue(min(done, top))
        self._dialog.setLabelText(
            f"{self._title}: {done} of {total}" + (f"\n{item}" if item else "")
        )

    @Slot(object)
    def succeeded(self, value: object) -> None:
        self._result["value"] = value

    @Slot(str)
    def errored(self, message: str) -> None:
        self._result["error"] = message

    @Slot()
    def finished(self) -> None:
        self._task.wait()
        self._dialog.hide()
        self._dialog.deleteLater()
        self._task.deleteLater()
        if "error" in self._result:
            self._on_error(self._result["error"])
        elif "value" in self._result:
            self._on_success(self._result["value"])
        else:  # the thread ended without a word (it was killed): the busy state still ends
            self._on_error("the background task stopped without a result")
