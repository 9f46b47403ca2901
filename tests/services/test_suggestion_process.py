"""The engine's own process: the same answer as the engine, and stopped when asked."""

from __future__ import annotations

import os
import threading
from pathlib import Path

from annotary.services.suggestion_process import SuggestionProcess
from annotary.suggest import suggest_quotes

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples"


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def test_it_answers_as_the_engine_does_and_stays_warm() -> None:
    text = (SAMPLE / "05-bramford-transit-press-conference.txt").read_text(encoding="utf-8")
    process = SuggestionProcess()
    try:
        assert process.pid is None, "started by the first run, not before"
        assert process.run(text, None, (), lambda: False) == suggest_quotes(text)
        pid = process.pid
        assert pid is not None and pid != os.getpid()
        assert process.run(text, "en", (), lambda: False) == suggest_quotes(text, "en")
        assert process.pid == pid
    finally:
        process.stop()


def test_cancelling_a_run_ends_the_process_and_the_next_run_starts_a_new_one() -> None:
    body = (SAMPLE / "05-bramford-transit-press-conference.txt").read_text(encoding="utf-8")
    text = "\n\n".join([body] * 300)  # seconds of work
    process = SuggestionProcess()
    pids: list[int] = []
    cancel = threading.Event()

    def watch() -> None:  # cancels once the worker is at work
        while not (process.busy and process.pid):
            threading.Event().wait(0.01)
        pids.append(process.pid or 0)
        cancel.set()

    threading.Thread(target=watch, daemon=True).start()
    try:
        assert process.run(text, None, (), cancel.is_set) is None
        assert pids and _gone(pids[0]) and process.pid is None
        assert process.run(body, None, (), lambda: False) == suggest_quotes(body)
        assert process.pid not in (None, pids[0])
    finally:
        process.stop()


def test_after_stop_nothing_runs() -> None:
    process = SuggestionProcess()
    process.run("“Yes,” she said.", None, (), lambda: False)
    pid = process.pid
    process.stop()
    assert pid is not None and _gone(pid)
    assert process.run("“Yes,” she said.", None, (), lambda: False) is None
    assert process.pid is None
