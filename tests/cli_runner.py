"""Running the command line in-process, and the state of a project file before and after."""

from __future__ import annotations

import contextlib
import io
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from annotary.cli.main import main


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str


def _stream() -> io.TextIOWrapper:
    return io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict", write_through=True)


def run_cli(*argv: str) -> Run:
    """``annotary ARGV`` in this process, with its output captured as text."""
    out, err = _stream(), _stream()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(list(argv))
        except SystemExit as exc:  # argparse's --help and usage errors
            code = exc.code if isinstance(exc.code, int) else 1
    values = []
    for stream in (out, err):
        stream.flush()
        buffer = stream.buffer
        assert isinstance(buffer, io.BytesIO)
        values.append(buffer.getvalue().decode("utf-8", "replace"))
    return Run(code, values[0], values[1])


def table_rows(project: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table of a project file, read without changing it."""
    if not project.is_file():
        return {}
    conn = sqlite3.connect(f"{project.resolve().as_uri()}?mode=ro", uri=True)
    try:
        names = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {
            name: sorted(conn.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr)
            for name in names
        }
    finally:
        conn.close()


def assert_one_line_error(run: Run) -> None:
    """A refused command: non-zero exit, one line on stderr, no traceback."""
    assert run.code != 0, run
    assert "Traceback" not in run.err, run.err
    lines = run.err.splitlines()
    assert len(lines) == 1, run.err
    assert lines[0].startswith("annotary: error: "), run.err
