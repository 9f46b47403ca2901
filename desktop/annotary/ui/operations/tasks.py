"""Background tasks: an operation's job on its own connection, off the GUI thread.

SQLite connections belong to one thread, so a :class:`BackgroundTask` opens ITS
OWN Project on the same file (``open_project(path, verify=False)``: the window's
connection already checked the file), runs the job with ``progress`` and
``cancelled`` callbacks and closes it. An Outcome's inverse replays fine on the
window's connection, so the window pushes it as one undo step.

A :class:`TaskPool` (one per window, owned by the operation runner) keeps every
running task referenced until its thread ends, and quitting cancels and waits
for them. Its :class:`Relay` lives in the GUI thread, so a task's signals arrive
queued and in order; it drives the progress dialog and hands over the result.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from annotary.services.project import Project, open_project
from annotary.ui.operations.operation import Job
from annotary.ui.safety import one_line

Deliver = Callable[[dict[str, Any]], None]  # {"value": ...} or {"error": why}


class BackgroundTask(QThread):
    """Runs ``job(project, progress, cancelled)`` on its own connection to ``path``.

    It always ends with exactly one of ``succeeded`` or ``errored`` before
    ``finished``, whatever the job raised: an unexpected exception is logged
    with its traceback and reported as one line.
    """

    progressed = Signal(int, int, str)  # done, total, current item
    succeeded = Signal(object)  # what the job returned
    errored = Signal(str)  # why it failed

    def __init__(
        self,
        path: Path,
        coder: str,
        job: Job,
        where: str = "background task",
        interrupts: bool = False,
    ) -> None:
        super().__init__()
        self._path = Path(path)
        self._coder = coder
        self._job = job
        self._where = where
        self._cancel = threading.Event()
        # A query cancelled is stopped in its SQL (``interrupts``): the connection it
        # runs on, while open, guarded so that it is never interrupted as it closes.
        self._interrupts = interrupts
        self._project: Project | None = None
        self._project_lock = threading.Lock()

    def cancel(self) -> None:
        self._cancel.set()
        if self._interrupts:
            with self._project_lock:
                if self._project is not None:
                    self._project.interrupt()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            self._run()
        except BaseException as exc:  # a worker must always end with a report
            self.errored.emit(one_line(exc, self._where))

    def _run(self) -> None:
        try:
            project = open_project(self._path, coder=self._coder, verify=False)
        except Exception as exc:
            self.errored.emit(one_line(exc, f"opening the project for {self._where}"))
            return
        with self._project_lock:
            self._project = project
        try:
            if self._interrupts and self._cancel.is_set():
                raise RuntimeError("cancelled before it began")
            result = self._job(project, self.progressed.emit, self._cancel.is_set)
        except Exception as exc:
            self.errored.emit(one_line(exc, self._where))
        else:
            self.succeeded.emit(result)
        finally:
            with self._project_lock:
                self._project = None
            try:
                project.close()
            except Exception as exc:  # the result is in; closing is tidying up
                one_line(exc, "closing a background task's connection")


class TaskPool:
    """The running tasks of one window: kept referenced until they end, cancelled on quit.

    Its relays are children of ``parent`` (the operation runner), so Qt, not Python's
    reference count, decides when one goes: never in the middle of its own slot.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        self._parent = parent
        self._tasks: dict[BackgroundTask, Relay] = {}
        self._lock = threading.Lock()

    def start(
        self, task: BackgroundTask, deliver: Deliver, dialog: QProgressDialog | None = None
    ) -> None:
        relay = Relay(task, deliver, self._forget, dialog, self._parent)
        with self._lock:
            self._tasks[task] = relay  # both live until the thread has ended
        if dialog is not None:
            dialog.canceled.connect(task.cancel)
        task.start()

    def running(self) -> list[BackgroundTask]:
        with self._lock:
            tasks = list(self._tasks)
        out = []
        for task in tasks:
            try:
                if task.isRunning():
                    out.append(task)
            except RuntimeError:  # its Qt object is gone: so is its thread
                self._forget(task)
        return out

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Cancel every running task and wait for them, at most ``timeout_ms`` in all.

        Returns False if some thread is still running (the caller must not let Qt
        destroy it: that aborts the process).
        """
        tasks = self.running()
        for task in tasks:
            task.cancel()
        deadline = time.monotonic() + timeout_ms / 1000
        for task in tasks:
            left = max(0, int((deadline - time.monotonic()) * 1000))
            if not task.wait(left):
                return False
        return True

    def _forget(self, task: BackgroundTask) -> None:
        with self._lock:
            self._tasks.pop(task, None)


def progress_dialog(
    parent: QWidget | None, title: str, show_after_ms: int = 300
) -> QProgressDialog:
    """A window-modal progress dialog whose Cancel stops the task."""
    dialog = QProgressDialog(title, QCoreApplication.translate("Tasks", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setObjectName("progressDialog")
    dialog.setAccessibleName(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(show_after_ms)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    return dialog


class Relay(QObject):
    """Lives in the GUI thread, so the task's signals arrive queued, in order."""

    def __init__(
        self,
        task: BackgroundTask,
        deliver: Deliver,
        forget: Callable[[BackgroundTask], None],
        dialog: QProgressDialog | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._task = task
        self._deliver = deliver
        self._forget = forget
        self._dialog = dialog
        self._title = dialog.windowTitle() if dialog is not None else ""
        self._result: dict[str, Any] = {}
        task.progressed.connect(self.progressed)
        task.succeeded.connect(self.succeeded)
        task.errored.connect(self.errored)
        task.finished.connect(self.finished)

    def _live_dialog(self) -> QProgressDialog | None:
        """The progress dialog, unless it went with its window when that closed while
        the task ran (then progress and the end are not shown: nobody is looking)."""
        dialog = self._dialog
        return dialog if dialog is not None and shiboken6.isValid(dialog) else None

    @Slot(int, int, str)
    def progressed(self, done: int, total: int, item: str) -> None:
        dialog = self._live_dialog()
        if dialog is None:
            return
        top = max(total, 1)
        dialog.setMaximum(top)
        dialog.setValue(min(done, top))
        dialog.setLabelText(
            QCoreApplication.translate("Operations", "{0}: {1} of {2}").format(
                self._title, done, total
            )
            + (f"\n{item}" if item else "")
        )

    @Slot(object)
    def succeeded(self, value: object) -> None:
        self._result["value"] = value

    @Slot(str)
    def errored(self, message: str) -> None:
        self._result["error"] = message

    @Slot()
    def finished(self) -> None:
        task = self._task
        task.wait()
        self._forget(task)
        dialog = self._live_dialog()
        if dialog is not None:
            dialog.hide()
            dialog.deleteLater()
        result = self._result
        if not result:  # the thread ended without a word (it was killed)
            result = {
                "error": QCoreApplication.translate(
                    "Operations", "the background task stopped without a result"
                )
            }
        task.deleteLater()
        try:
            self._deliver(result)
        finally:
            self.deleteLater()
