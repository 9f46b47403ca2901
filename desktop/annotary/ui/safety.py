"""The window's last lines of defence: one-line messages, a log of tracebacks, a short lock wait.

The window must never show a traceback, never hang on another program's lock
and never leave an error unreported. Everything here is small and local:

* :func:`one_line` turns any exception into the sentence a user sees;
  an unexpected one (a bug) also has its traceback written to :func:`log_path`.
* :func:`tune_window_connection` gives the window's own connection a short busy
  timeout, so the GUI thread waits at most a moment for a writer elsewhere.
* :func:`install_excepthook` catches what escapes a slot and shows one line.
* :func:`backup_if_due` takes the hourly backup (off the GUI thread) and never raises.
"""

from __future__ import annotations

import contextlib
import datetime
import sqlite3
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication

from annotary import paths
from annotary.domain.errors import AnnotaryError, ProjectBusy
from annotary.services import backups
from annotary.services.project import Project
from annotary.ui.i18n import QT_TRANSLATE_NOOP, shown

GUI_BUSY_TIMEOUT_MS = 200  # the GUI thread waits at most this long for another writer
BUSY_MESSAGE = QT_TRANSLATE_NOOP(
    "Safety",
    "The project is busy with a change by another program; nothing was changed — try again",
)
_LOG_LOCK = threading.Lock()


def log_path() -> Path:
    return paths.data_dir() / "logs" / "annotary-errors.log"


def log_exception(exc: BaseException, where: str = "") -> Path | None:
    """Append ``exc``'s traceback to the error log; never raises. Returns the log's path."""
    target = log_path()
    try:
        text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        stamp = datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")
        with _LOG_LOCK:
            target.parent.mkdir(parents=True, exist_ok=True)
            with target.open("a", encoding="utf-8", errors="replace") as fh:
                fh.write(f"--- {stamp} {where}\n{text}\n")
    except Exception:  # the log is a courtesy: failing to write it is no new error
        return None
    return target


def is_busy(exc: BaseException) -> bool:
    """Another connection holds the write lock (SQLITE_BUSY / SQLITE_LOCKED)."""
    if isinstance(exc, ProjectBusy):
        return True
    if isinstance(exc, sqlite3.OperationalError):
        text = str(exc).lower()
        return "database is locked" in text or "database is busy" in text or "busy" in text
    return False


def one_line(exc: BaseException, where: str = "") -> str:
    """What a user is told about ``exc``: its message, or a sentence and a logged traceback."""
    if is_busy(exc):
        return QCoreApplication.translate("Safety", BUSY_MESSAGE)
    if isinstance(exc, AnnotaryError):
        return " ".join(shown(exc.message).split()) or type(exc).__name__
    if isinstance(exc, OSError):
        reason = exc.strerror or str(exc)
        return " ".join(f"{exc.filename + ': ' if exc.filename else ''}{reason}".split())
    logged = log_exception(exc, where)
    kind = type(exc).__name__
    detail = " ".join(str(exc).split())[:160]
    text = QCoreApplication.translate("Safety", "unexpected error {0}").format(
        f"{kind}: {detail}" if detail else kind
    )
    if logged:
        text += " " + QCoreApplication.translate("Safety", "(details in {0})").format(logged)
    return text


def tune_window_connection(project: Project) -> None:
    """The window's connection waits at most GUI_BUSY_TIMEOUT_MS for another program's lock.

    Worker threads and the command line keep the storage's long timeout.
    """
    project.store.set_busy_timeout(GUI_BUSY_TIMEOUT_MS)


def backup_if_due(project_path: Path) -> Path | None:
    """Keep an hourly backup of ``project_path`` (run off the GUI thread); never raises."""
    try:
        return backups.backup_if_due(Path(project_path))
    except Exception as exc:  # a failed backup must not disturb the window
        log_exception(exc, "periodic backup")
        return None


# ---- the last resort ------------------------------------------------------------------------

Report = Callable[[str], None]
_report: list[Report] = []


def install_excepthook(report: Report) -> None:
    """Exceptions that escape a slot (or a Python thread) are logged and shown as one line."""
    _report[:] = [report]

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        if exc.__traceback__ is None and tb is not None:
            exc = exc.with_traceback(tb)
        message = one_line(exc, "uncaught in the window")
        if isinstance(exc, AnnotaryError) or is_busy(exc):
            log_exception(exc, "uncaught in the window")
        for r in list(_report):
            with contextlib.suppress(Exception):  # nothing more can be done here
                r(QCoreApplication.translate("Safety", "Something went wrong: {0}").format(message))

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            hook(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = hook
    threading.excepthook = thread_hook
