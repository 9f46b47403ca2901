"""Real conditions for tests: small filesystems that fill up or turn read-only, and the
real command line run as separate processes."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

import annotary

DESKTOP = Path(annotary.__file__).resolve().parents[1]  # the code under test, for children
ENV = {**os.environ, "PYTHONPATH": str(DESKTOP), "QT_QPA_PLATFORM": "offscreen"}


class Tmpfs:
    """A mounted tmpfs of a fixed size; ``fill()`` takes all its free space."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.filler = root / "filler.bin"

    def fill(self) -> None:
        for name, block in (("filler.bin", 64 * 1024), ("crumbs.bin", 1)):
            fd = os.open(self.root / name, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
            try:
                while True:
                    os.write(fd, b"\0" * block)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC
            finally:
                os.close(fd)

    def free_bytes(self, size: int) -> None:
        """Give back ``size`` bytes of the space taken by ``fill()``."""
        (self.root / "crumbs.bin").unlink(missing_ok=True)
        with open(self.filler, "r+b") as fh:
            fh.truncate(max(0, os.fstat(fh.fileno()).st_size - size))

    def free(self) -> None:
        for leftover in (self.filler, self.root / "crumbs.bin"):
            leftover.unlink(missing_ok=True)

    def read_only(self) -> None:
        subprocess.run(["mount", "-o", "remount,ro", str(self.root)], check=True)


def mount_tmpfs(root: Path, size_kb: int) -> None:
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(root)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({done.stderr.strip() or 'not permitted'})")


def run_cli(project: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """The real command line, as a separate process."""
    return subprocess.run(
        [sys.executable, "-m", "annotary", "--project", str(project), *args],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=timeout,
    )
