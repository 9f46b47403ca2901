"""Build the one-folder application with PyInstaller, then start it once, offscreen.

    .venv/bin/python packaging/build.py            # build, then smoke-test
    .venv/bin/python packaging/build.py --no-build # smoke-test an existing dist/annotary

The build goes to build/ (work files) and dist/annotary/ (the application). The smoke
test runs the built program twice: ``annotary --version`` (the command line), then with
no arguments and QT_QPA_PLATFORM=offscreen plus ANNOTARY_SMOKE_TEST=1, which makes the
application quit with status 0 as soon as its main window is shown. User folders are
pointed at a temporary directory so the run leaves nothing behind. Exit status 0 means
both runs succeeded.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "annotary.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build"
APP = DIST / "annotary"


def executable() -> Path:
    return APP / ("annotary.exe" if sys.platform == "win32" else "annotary")


def build() -> float:
    """Run PyInstaller on the spec; returns the seconds it took."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "desktop"))
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level=WARN",
        f"--distpath={DIST}",
        f"--workpath={WORK}",
        str(SPEC),
    ]
    started = time.monotonic()
    subprocess.run(command, cwd=ROOT, env=env, check=True)
    return time.monotonic() - started


def smoke_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)  # the built program must not lean on the source tree
    env.update(
        QT_QPA_PLATFORM="offscreen",
        ANNOTARY_SMOKE_TEST="1",
        ANNOTARY_DATA_DIR=str(home / "data"),
        ANNOTARY_CONFIG_DIR=str(home / "config"),
        XDG_RUNTIME_DIR=str(home / "runtime"),
    )
    (home / "runtime").mkdir(mode=0o700, exist_ok=True)
    return env


def smoke_test(timeout: float = 120.0) -> tuple[bool, str, float]:
    """Start the built program: (passed, what happened, seconds the window took)."""
    program = executable()
    if not program.is_file():
        return False, f"{program} does not exist: build first", 0.0
    with tempfile.TemporaryDirectory(prefix="annotary-smoke-") as tmp:
        env = smoke_env(Path(tmp))
        version = subprocess.run(
            [str(program), "--version"], env=env, capture_output=True, text=True, timeout=timeout
        )
        if version.returncode != 0:
            return False, f"--version failed ({version.returncode}): {version.stderr}", 0.0
        started = time.monotonic()
        try:
            window = subprocess.run(
                [str(program)], env=env, capture_output=True, text=True, timeout=timeout
            )
        except subprocess.TimeoutExpired:
            return (
                False,
                f"the window did not quit within {timeout:.0f} s: does annotary.ui.app "
                "honour ANNOTARY_SMOKE_TEST=1 (quit 0 once the main window is shown)?",
                timeout,
            )
        took = time.monotonic() - started
        if window.returncode != 0:
            detail = (window.stderr or window.stdout).strip()[-2000:]
            return False, f"the window run exited {window.returncode}:\n{detail}", took
        return True, f"{version.stdout.strip()}; the window came up and quit 0", took


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-build", action="store_true", help="only run the smoke test")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per run")
    args = parser.parse_args(argv)
    if not args.no_build:
        seconds = build()
        print(f"built {APP} in {seconds:.0f} s")
    passed, message, took = smoke_test(args.timeout)
    print(("smoke test passed: " if passed else "smoke test FAILED: ") + message)
    if passed:
        print(f"the window appeared and quit after {took:.1f} s")
    return 0 if passed else 1


if __name__ == "__main__":
    raise SystemExit(main())
