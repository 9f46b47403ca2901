"""Soak: the window and two command-line writers on one project, writers killed at random.

The window (offscreen, with its real worker threads: suggestions, the watcher,
search) adds an annotation through its normal action path (``ctx.operations.run``) on
a timer. Two writer processes add annotations in a loop and print each id after
its transaction committed; they are SIGKILLed at random and started again. For
``ANNOTARY_SOAK_SECONDS`` (60 by default; CI runs the full minute). Afterwards
every acknowledged write of either side is in the file, the file is sound, and
the window shows the other side's writes.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from live_project import annotation_ids, child_env, integrity
from PySide6.QtCore import QTimer

from annotary.services import annotating, articles, importing
from annotary.ui.library.model import COUNT
from annotary.ui.operations.operation import edit

WRITER = Path(__file__).resolve().parents[1] / "storage" / "writer_process.py"
SECONDS = float(os.environ.get("ANNOTARY_SOAK_SECONDS", "60"))


class Writer:
    """One command-line writer, restarted after each random kill; collects acknowledged ids."""

    def __init__(self, project: Path, article_id: str, coder: str, rng: random.Random) -> None:
        self.project, self.article_id, self.coder, self.rng = project, article_id, coder, rng
        self.acked: list[str] = []
        self.starts = 0
        self.proc: subprocess.Popen[str] | None = None
        self._reader: threading.Thread | None = None

    def start(self) -> None:
        self.proc = subprocess.Popen(
            [
                sys.executable,
                str(WRITER),
                str(self.project),
                self.article_id,
                "1000000",
                self.coder,
            ],
            env=child_env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        self.starts += 1
        self._reader = threading.Thread(target=self._read, args=(self.proc,), daemon=True)
        self._reader.start()

    def _read(self, proc: subprocess.Popen[str]) -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.endswith("\n") and line.strip():  # a whole line: the write committed
                self.acked.append(line.strip())

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
        if self.proc is not None:
            self.proc.wait(10)
        if self._reader is not None:
            self._reader.join(10)


def test_window_and_killed_writers_lose_nothing(qtbot, app_window, sample_files) -> None:  # type: ignore[no-untyped-def]
    w = app_window
    project = w.ctx.project
    path = Path(project.path)
    importing.import_files(project, sample_files)
    w.library.reload()
    ids = [s.id for s in articles.summaries(project)]
    open_id, other_id = ids[0], ids[1]
    w.open_article(open_id)
    length = len(articles.get(project, open_id).text)

    mine: list[str] = []
    refused = [0]

    def window_write() -> None:
        i = len(mine) + refused[0]
        start = (i * 13) % (length - 20)
        made = w.ctx.operations.run(
            edit(
                "Add passage",
                lambda _p: annotating.create(
                    project, open_id, "passage", start, start + 12, note=f"w{i}"
                ),
            )
        ).value
        if made is None:
            refused[0] += 1  # busy: told in one line, nothing written
        else:
            mine.append(made.id)

    rng = random.Random(20261201)
    writers = [
        Writer(path, open_id, "writer-a", rng),
        Writer(path, other_id, "writer-b", rng),
    ]
    for writer in writers:
        writer.start()
    timer = QTimer(w, interval=120)
    timer.timeout.connect(window_write)
    timer.start()
    deadline = time.monotonic() + SECONDS
    try:
        while time.monotonic() < deadline:
            qtbot.wait(int(rng.uniform(300, 1500)))
            writer = rng.choice(writers)
            writer.kill()
            writer.start()
            for dialog in _failure_boxes(w):
                dialog.close()
    finally:
        timer.stop()
        for writer in writers:
            writer.kill()

    theirs_open = set(writers[0].acked)
    theirs_other = set(writers[1].acked)
    restarts = writers[0].starts + writers[1].starts
    print(
        f"soak: window {len(mine)} written, {refused[0]} busy; "
        f"writers {len(theirs_open)}+{len(theirs_other)}, restarts {restarts}"
    )
    assert mine, f"the window never wrote ({refused[0]} refused as busy)"
    assert theirs_open and theirs_other

    # The window shows the other side's writes (within a second of the last one).
    qtbot.waitUntil(lambda: theirs_open <= set(w.session.annotations), timeout=3000)
    qtbot.waitUntil(lambda: theirs_open <= set(w.sidebar.model.annotation_ids()), timeout=3000)
    in_file = annotation_ids(path)
    other_count = len(annotating.for_article(project, other_id))
    row = w.library.model.row_of(other_id)
    assert row is not None
    qtbot.waitUntil(
        lambda: w.library.model.index(row, COUNT).data() == str(other_count), timeout=3000
    )

    w.close()
    in_file = annotation_ids(path)
    lost = (set(mine) | theirs_open | theirs_other) - in_file
    assert not lost, f"{len(lost)} acknowledged writes are missing"
    assert integrity(path) == "ok"


def _failure_boxes(window):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    return [b for b in window.findChildren(QMessageBox, "failureBox") if b.isVisible()]
