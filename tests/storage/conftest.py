"""Fixtures for storage tests under real conditions (see realconditions.py)."""

from __future__ import annotations

import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from realconditions import Tmpfs, mount_tmpfs


@pytest.fixture
def small_fs(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Tmpfs]:
    """A real 2 MB filesystem (size via ``@pytest.mark.parametrize`` is not needed)."""
    size_kb = getattr(request, "param", 2048)
    root = tmp_path / f"fs-{uuid.uuid4().hex[:8]}"
    root.mkdir()
    mount_tmpfs(root, size_kb)
    try:
        yield Tmpfs(root)
    finally:
        if subprocess.run(["umount", str(root)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(root)], check=False)
