"""The suggestion engine in a process of its own, so a long text never slows the reader.

A :class:`SuggestionProcess` starts one worker process (``spawn``: nothing of the
window is copied into it) the first time it is asked, and keeps it warm for the
next run. ``run`` sends the text and waits for the answer, checking ``cancelled``
every few milliseconds; when the caller cancels (another article opened) or
``stop`` is called (the window closes), the worker is terminated at once and
its half-done work is dropped: the next run starts a fresh worker.

The engine holds the interpreter for as long as it works; in a process of its
own it competes with the window only for a core, never for the interpreter, and
it runs at a lower priority (``nice``) so that the window wins that core too.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import threading
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Any

from annotary.domain.errors import AnnotaryError
from annotary.domain.messages import message
from annotary.domain.models import Speaker

if TYPE_CHECKING:
    from annotary.suggest import QuoteSuggestion

POLL_S = 0.02  # how often a waiting run looks at its cancel flag
STOP_WAIT_S = 2.0  # how long a terminated worker is given to go
NICENESS = 10  # the worker's scheduling priority, below the window's


class SuggestionProcessFailed(AnnotaryError):
    """The suggestion process stopped or failed before it answered."""


def _serve(conn: Connection) -> None:
    """The worker's loop: one request (text, language, speakers) in, one answer out."""
    if hasattr(os, "nice"):  # the window comes first when both want a core
        with contextlib.suppress(OSError):
            os.nice(NICENESS)
    from annotary.suggest import suggest_quotes  # the engine loads in the worker only

    while True:
        try:
            text, language, known = conn.recv()
        except (EOFError, OSError):  # the window has gone
            return
        try:
            answer: tuple[str, Any] = ("ok", suggest_quotes(text, language, known_speakers=known))
        except Exception as exc:  # reported as one line by the caller
            answer = ("error", f"{type(exc).__name__}: {exc}")
        conn.send(answer)


class SuggestionProcess:
    """One warm worker process for the engine; safe to call from any one thread at a time,
    and to ``stop`` from another."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._process: multiprocessing.process.BaseProcess | None = None
        self._conn: Connection | None = None
        self._busy = False
        self._closed = False

    @property
    def pid(self) -> int | None:
        """The worker's process id, None when there is no worker."""
        with self._lock:
            return self._process.pid if self._process is not None else None

    @property
    def busy(self) -> bool:
        """A run is waiting for the worker."""
        return self._busy

    def run(
        self,
        text: str,
        language: str | None,
        known: Sequence[Speaker],
        cancelled: Callable[[], bool],
    ) -> list[QuoteSuggestion] | None:
        """The engine's suggestions for ``text``; None if cancelled (the worker is then gone)."""
        with self._lock:
            if self._closed or cancelled():
                return None
            conn = self._connect()
            process = self._process
            self._busy = True
        try:
            conn.send((text, language, tuple(known)))
            while not conn.poll(POLL_S):
                if cancelled() or self._closed:
                    self._terminate(process)
                    return None
                if process is None or not process.is_alive():
                    raise SuggestionProcessFailed(message("the suggestion process stopped"))
            kind, payload = conn.recv()
        except (EOFError, OSError) as exc:  # terminated meanwhile (stop) or crashed
            self._terminate(process)
            if cancelled() or self._closed:
                return None
            raise SuggestionProcessFailed(message("the suggestion process stopped")) from exc
        finally:
            with self._lock:
                self._busy = False
        if kind != "ok":
            raise SuggestionProcessFailed(
                message("the suggestion engine failed: {why}", why=str(payload))
            )
        return list(payload)

    def stop(self) -> None:
        """Terminate the worker, busy or not; later runs return None at once."""
        with self._lock:
            self._closed = True
            process, busy = self._process, self._busy
        if busy and process is not None:  # the waiting run sees it go and tidies up
            process.terminate()
        else:
            self._terminate(process)

    def _connect(self) -> Connection:
        """The live worker's end of the pipe, starting a worker if there is none (locked)."""
        if self._process is not None and self._process.is_alive() and self._conn is not None:
            return self._conn
        context = multiprocessing.get_context("spawn")
        ours, theirs = context.Pipe()
        process = context.Process(
            target=_serve, args=(theirs,), name="annotary-suggestions", daemon=True
        )
        process.start()
        theirs.close()
        self._process, self._conn = process, ours
        return ours

    def _terminate(self, process: multiprocessing.process.BaseProcess | None) -> None:
        if process is None:
            return
        with self._lock:
            if self._process is process:
                conn, self._process, self._conn = self._conn, None, None
                if conn is not None:
                    conn.close()
        if process.is_alive():
            process.terminate()
        process.join(STOP_WAIT_S)
        if process.is_alive():
            process.kill()
            process.join(STOP_WAIT_S)
