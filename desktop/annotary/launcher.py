"""The ``annotary`` program: a command runs headless; no command opens the window.

This is the one place that knows both the command line and the window; the
command line itself (``annotary.cli``) never imports Qt.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from annotary.cli.main import main as cli_main


def start_window(project: Path | None) -> int:
    try:
        from annotary.ui.app import run
    except ImportError as exc:
        sys.stderr.write(f"annotary: error: the desktop window cannot start: {exc}\n")
        return 2
    return int(run(project))


def main(argv: Sequence[str] | None = None) -> int:
    return cli_main(argv, start_window=start_window)


if __name__ == "__main__":
    raise SystemExit(main())
