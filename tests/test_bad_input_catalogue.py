"""The catalogue of bad input: each kind is refused in one line, and the project is unchanged.

Every case prepares its input in a fresh folder beside a copy of a small project
(one article, annotated with a speaker and a theme), runs the real command line
and checks: a non-zero exit, exactly one line on stderr starting
``annotary: error:`` with no traceback, and the same project as before (the
rows of every table; for a project file that is not one, its bytes).

Most cases run in this process for speed; those marked ``subprocess`` run
``python -m annotary`` to prove that no traceback reaches a real terminal.
"""

import contextlib
import dataclasses
import hashlib
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import hostile_servers as hs
import pytest

# Importing the kinds registers their cases.
from bad_input import archives, arguments, disks, files, json_documents, network, project_files  # noqa: F401
from bad_input.world import CASES, DESKTOP, TEXT, Case, World
from cli_runner import Run, assert_one_line_error, run_cli, table_rows

from annotary.services import annotating
from helpers import add_article, new_project


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any], Path]:
    folder = tmp_path_factory.mktemp("template")
    project = new_project(folder, "study.annotary")
    article = add_article(project, text=TEXT, title="Port to reopen", outlet="Harbour Daily")
    annotating.annotate_text(
        project,
        article.id,
        "quote",
        "We are ready to welcome the ships again",
        speaker_name="Li Hongzhong",
        theme_names=["Ports"],
    )
    project.close()
    path = folder / "study.annotary"
    exported = run_cli("--project", str(path), "export")
    assert exported.code == 0, exported.err
    qdpx = folder / "study.qdpx"
    made = run_cli("--project", str(path), "export", "--format", "qdpx", "-o", str(qdpx))
    assert made.code == 0, made.err
    return path, json.loads(exported.out), qdpx


@pytest.fixture
def world(tmp_path: Path, template: tuple[Path, dict[str, Any], Path]) -> World:
    source, export, qdpx = template
    project = tmp_path / "study.annotary"
    shutil.copyfile(source, project)
    work = tmp_path / "in"
    work.mkdir()
    shutil.copyfile(qdpx, work / "valid.qdpx")
    return World(work, project, export["articles"][0]["id"], export, work / "valid.qdpx")


def _state(path: Path) -> object:
    """What must not change: a project's rows, or the bytes of a file that is not one."""
    if path.is_dir():
        return sorted(p.name for p in path.iterdir())
    if not path.exists():
        return None
    try:
        return table_rows(path)
    except sqlite3.Error:
        return hashlib.sha256(path.read_bytes()).hexdigest()


def _subprocess(argv: list[str], cwd: Path) -> Run:
    env = {**os.environ, "PYTHONPATH": str(DESKTOP)}
    proc = subprocess.run(
        [sys.executable, "-m", "annotary", *argv],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return Run(proc.returncode, proc.stdout, proc.stderr)


# -- running them ------------------------------------------------------------------------


def _hold_lock(project: Path) -> Callable[[], None]:
    """Another program writing the project: an exclusive lock, held until released."""
    conn = sqlite3.connect(project, timeout=1, check_same_thread=False)
    conn.execute("BEGIN EXCLUSIVE")

    def release() -> None:
        conn.rollback()
        conn.close()

    return release


def _read_only(project: Path) -> Callable[[], None]:
    """The project file cannot be written: its mode, and for root (whom modes do not
    bind) the immutable attribute where the file system has one."""
    project.chmod(0o444)
    immutable = os.geteuid() == 0 and shutil.which("chattr") is not None
    if immutable:
        immutable = subprocess.run(["chattr", "+i", str(project)], check=False).returncode == 0

    def release() -> None:
        if immutable:
            subprocess.run(["chattr", "-i", str(project)], check=True)
        project.chmod(0o644)

    return release


def _run_with_file_size_limit(argv: list[str], cwd: Path) -> Run:
    """The command in a process that may not write past 1 KiB into a file (EFBIG)."""
    script = (
        "import resource, signal, sys\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (1024, 1024))\n"
        "from annotary.cli.main import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(DESKTOP)}
    proc = subprocess.run(
        [sys.executable, "-c", script, *argv],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return Run(proc.returncode, proc.stdout, proc.stderr)


@pytest.mark.parametrize("bad", CASES, ids=[c.id for c in CASES])
def test_bad_input_is_one_line_and_changes_nothing(
    bad: Case, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(world.work)
    with contextlib.ExitStack() as stack:
        if bad.server:
            url = stack.enter_context(hs.serve(getattr(hs, bad.server)))
            world = dataclasses.replace(world, url=url)
        _check(bad, world)


def _check(bad: Case, world: World) -> None:
    prepared = bad.prepare(world)
    argv, watched = prepared if isinstance(prepared, tuple) else (prepared, world.project)
    before = _state(watched)
    release: Callable[[], None] | None = None
    try:
        if argv[0] == "--fsize-limit":
            run = _run_with_file_size_limit(argv[1:], world.work)
        else:
            if argv[0] == "--hold-lock":
                argv = argv[1:]
                release = _hold_lock(world.project)
            elif argv[0] == "--read-only":
                argv = argv[1:]
                release = _read_only(world.project)
            run = _subprocess(argv, world.work) if bad.subprocess else run_cli(*argv)
    finally:
        if release is not None:
            release()
    assert_one_line_error(run)
    assert re.search(bad.says, run.err), run.err
    assert _state(watched) == before, "the project changed"
    assert not [p for p in world.project.parent.iterdir() if ".annotary-tmp-" in p.name]


def test_the_catalogue_is_large_and_named() -> None:
    assert len(CASES) >= 60
    assert len({c.id for c in CASES}) == len(CASES)
    assert sum(c.subprocess for c in CASES) >= 5
