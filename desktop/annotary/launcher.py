"""The ``annotary`` program: a command runs headless; no command opens the window.

This is the one place that knows both the command line and the window; the
command line itself (``annotary.cli``) never imports Qt. Whether the window opens
is decided from argv alone, so opening the window never imports the command
line (argparse trees, output formats) it does not use.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path


def window_args(argv: Sequence[str]) -> tuple[bool, Path | None]:
    """(True, project) when ``argv`` asks for the window: nothing, or only
    ``--project FILE`` (project None: the default one). (False, None) otherwise.

    Otherwise is anything the command line must read: a command, ``--help``,
    ``--version``, an unknown or incomplete option. The command line then decides,
    and reports errors, exactly as before.
    """
    project: Path | None = None
    args = list(argv)
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--project" and i + 1 < len(args) and not args[i + 1].startswith("-"):
            project = Path(args[i + 1])
            i += 2
        elif arg.startswith("--project=") and len(arg) > len("--project="):
            project = Path(arg.split("=", 1)[1])
            i += 1
        elif arg == "--json":  # accepted by the command line, meaningless for the window
            i += 1
        else:
            return False, None
    return True, project


def start_window(project: Path | None) -> int:
    try:
        from annotary.ui.app import run
    except ImportError as exc:
        sys.stderr.write(f"annotary: error: the desktop window cannot start: {exc}\n")
        return 2
    return int(run(project))


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    window, project = window_args(args)
    if window:
        return start_window(project)
    from annotary.cli.main import main as cli_main

    return cli_main(args, start_window=start_window)


if __name__ == "__main__":
    raise SystemExit(main())
