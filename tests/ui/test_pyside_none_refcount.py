"""Regression guard: PySide6 6.12.0 on Python 3.11 aborts after a few thousand calls of a
method that returns nothing ("Fatal Python error: none_dealloc"). pyproject.toml excludes
that combination; this test makes 100,000 such calls in a child process, so a broken Qt
build shows up as a failed test instead of a crashed test run."""

from __future__ import annotations

import os
import subprocess
import sys

CALLS = 100_000

CHILD = f"""
from PySide6.QtCore import QObject, QPoint
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
point = QPoint()
obj = QObject()
for i in range({CALLS}):
    point.setX(i)           # void methods: each returns None to Python
    obj.setObjectName("n")
    label.setText("x")
print("done", point.x())
"""


def test_100k_calls_of_void_methods_do_not_abort() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, timeout=300
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip() == f"done {CALLS - 1}"
    assert "none_dealloc" not in proc.stderr
