"""The atomic writer on links, FIFOs and devices, and after a process is killed mid-write."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from annotary.domain.errors import InvalidInputError
from annotary.formats import atomic
from annotary.formats.atomic import atomic_path, remove_stale

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"

pytestmark = pytest.mark.skipif(os.name != "posix", reason="links, FIFOs and signals: POSIX")


def _write(target: Path, text: str) -> None:
    with atomic_path(target) as temp:
        temp.write_text(text, encoding="utf-8")


@pytest.fixture(params=["unnamed", "named"])
def mode(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Both ways of writing: Linux's unnamed file, and the portable named temporary."""
    if request.param == "named":
        monkeypatch.setattr(atomic, "_unnamed_file", lambda folder: None)
    return str(request.param)


def test_a_symlink_is_written_through_and_kept(tmp_path: Path, mode: str) -> None:
    real = tmp_path / "data" / "real.json"
    real.parent.mkdir()
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(Path("data") / "real.json")
    _write(link, "new")
    assert link.is_symlink() and os.readlink(link) == str(Path("data") / "real.json")
    assert real.read_text(encoding="utf-8") == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "link.json"]
    assert [p.name for p in real.parent.iterdir()] == ["real.json"]


def test_a_dangling_symlink_creates_its_target(tmp_path: Path, mode: str) -> None:
    link = tmp_path / "link.json"
    link.symlink_to(tmp_path / "made.json")
    _write(link, "made")
    assert link.is_symlink() and (tmp_path / "made.json").read_text(encoding="utf-8") == "made"


def test_a_fifo_is_written_into_as_a_stream(tmp_path: Path, mode: str) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    _write(fifo, "streamed")
    reader.join(10)
    assert received == [b"streamed"]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["pipe"]


def test_a_device_is_written_into_not_replaced(tmp_path: Path) -> None:
    device = tmp_path / "null"
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except (PermissionError, OSError) as exc:
        pytest.skip(f"cannot make a device node here: {exc}")
    _write(device, "into the void")
    assert stat.S_ISCHR(os.stat(device).st_mode)


def test_dev_stdout_on_a_pipe_is_written_into(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(DESKTOP)}
    proc = subprocess.run(
        [sys.executable, "-m", "annotary", "--project", "p.db", "export", "-o", "/dev/stdout"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith('{\n  "format": "annotary"')
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("p.db")) == []


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InvalidInputError, match="it is a folder"), atomic_path(tmp_path):
        pass


def test_stale_temporaries_of_dead_writers_are_removed(tmp_path: Path) -> None:
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    gone = tmp_path / f".out.json.annotary-tmp-{dead.stdout.strip()}-0123abcd.part"
    mine = tmp_path / f".out.json.annotary-tmp-{os.getpid()}-4567abcd.part"
    old = tmp_path / f".x.json.annotary-tmp-{os.getpid()}-89abcdef.json"
    other = tmp_path / ".someone-elses.tmp"
    for path in (gone, mine, old, other):
        path.write_text("debris", encoding="utf-8")
    two_days_ago = time.time() - 2 * 86400
    os.utime(old, (two_days_ago, two_days_ago))
    assert sorted(remove_stale(tmp_path)) == sorted([gone, old])
    assert mine.exists() and other.exists()


_SLOW_EXPORT = """
import sys, time
from annotary.formats import atomic
from annotary.services import exporting
if sys.argv[1] == "named":
    atomic._unnamed_file = lambda folder: None

def slow(project, fp, scope):
    fp.write('{"format": "annotary", ' * 1000)
    fp.flush()
    print("WRITING", flush=True)
    time.sleep(60)

exporting.export_json = slow
from annotary.cli.main import main
sys.exit(main(sys.argv[2:]))
"""


def _kill_mid_export(tmp_path: Path, how: str, target: Path) -> None:
    script = tmp_path / "slow_export.py"
    script.write_text(_SLOW_EXPORT, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(DESKTOP)}
    argv = ["--project", str(tmp_path / "p.annotary"), "export", "-o", str(target)]
    proc = subprocess.Popen(
        [sys.executable, str(script), how, *argv], env=env, stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "WRITING"
        if how == "unnamed":  # the content is in a file with no name, in the target's folder
            links = [os.readlink(p) for p in Path(f"/proc/{proc.pid}/fd").iterdir()]
            assert any(link.startswith(f"{target.parent}/#") for link in links), links
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(30)
        if proc.stdout:
            proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL


@pytest.mark.parametrize("how", ["unnamed", "named"])
def test_a_killed_export_leaves_the_old_file_and_no_debris(tmp_path: Path, how: str) -> None:
    if how == "unnamed" and not hasattr(os, "O_TMPFILE"):
        pytest.skip("no unnamed files on this system")
    out = tmp_path / "out"
    out.mkdir()
    target = out / "export.json"
    target.write_text("the previous export", encoding="utf-8")
    _kill_mid_export(tmp_path, how, target)
    assert target.read_text(encoding="utf-8") == "the previous export"
    left = sorted(p.name for p in out.iterdir())
    if how == "unnamed":
        assert left == ["export.json"]
    else:  # the named temporary survives the kill; the next write there removes it
        assert len(left) == 2 and atomic._OURS.match(left[0]), left
        _write(out / "other.json", "{}")
        assert sorted(p.name for p in out.iterdir()) == ["export.json", "other.json"]
