"""Exports are complete or absent, and readable like any new file."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from annotary.formats.atomic import atomic_path


def test_a_finished_write_replaces_the_target_with_a_normal_mode(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    with atomic_path(target) as temp:
        temp.write_text("{}", encoding="utf-8")
    assert target.read_text(encoding="utf-8") == "{}"
    mask = os.umask(0o022)
    os.umask(mask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~mask
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_a_failed_write_leaves_the_old_file_and_no_debris(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_path(target) as temp:
        temp.write_text("half", encoding="utf-8")
        raise RuntimeError("disk full")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_an_abandoned_write_changes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    with atomic_path(target) as temp:
        temp.write_text("cancelled", encoding="utf-8")
        temp.unlink()
    assert not target.exists()
