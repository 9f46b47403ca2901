"""Crashes and concurrent writers lose nothing that was committed."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from annotary.storage import annotations as annotation_store
from annotary.storage import open_store
from helpers import add_article, new_project

WRITER = Path(__file__).with_name("writer_process.py")
ENV = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "desktop")}


def _text_without_cjk() -> str:
    return "A long enough article text for the writer to annotate. " * 40


def test_sigkill_mid_write_loses_no_committed_annotation(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    article = add_article(project, _text_without_cjk())
    project.close()
    path = tmp_path / "test.annotary"
    rng = random.Random(7)
    committed: list[str] = []
    for _round in range(12):
        proc = subprocess.Popen(
            [sys.executable, str(WRITER), str(path), article.id, "100000"],
            stdout=subprocess.PIPE,
            text=True,
            env=ENV,
        )
        assert proc.stdout is not None
        first = proc.stdout.readline().strip()  # the writer is up and has committed once
        assert first
        committed.append(first)
        time.sleep(rng.uniform(0.02, 0.25))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        committed.extend(line for line in out.splitlines() if line.strip())
    store = open_store(path, backup_on_open=False)
    assert store.integrity_ok()
    present = {a.id for a in annotation_store.iterate(store)}
    store.close()
    missing = [i for i in committed if i not in present]
    assert not missing, f"{len(missing)} committed annotations lost"
    assert len(committed) > 12


def test_two_programs_writing_at_once_never_fail_with_locked(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    article = add_article(project, _text_without_cjk())
    project.close()
    path = tmp_path / "test.annotary"
    procs = [
        subprocess.Popen(
            [sys.executable, str(WRITER), str(path), article.id, "150", f"coder{n}"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=ENV,
        )
        for n in range(3)
    ]
    outputs = [p.communicate(timeout=120) for p in procs]
    for proc, (_out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
        assert "locked" not in err
    store = open_store(path, backup_on_open=False)
    assert annotation_store.count(store) == 450
    store.close()
