"""annotary [--project FILE] COMMAND ...

With no command, the desktop window opens on the project.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from annotary import __version__, paths
from annotary.cli import commands_annotate, commands_articles, commands_export, commands_project
from annotary.domain.errors import AnnotaryError


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="print machine-readable JSON"
    )
    parser = argparse.ArgumentParser(
        prog="annotary",
        parents=[common],
        description="Read news articles closely and annotate quotes, speakers and themes.",
        epilog="With no command, the Annotary window opens.",
    )
    parser.add_argument("--version", action="version", version=f"annotary {__version__}")
    parser.add_argument(
        "--project",
        type=Path,
        metavar="FILE",
        help="the project file (default: your default project; created if missing)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in (commands_articles, commands_annotate, commands_export, commands_project):
        module.add_parsers(sub, common)
    for extra in _optional_commands():
        extra.add_parsers(sub, common)
    return parser


def _optional_commands() -> list[Any]:
    """Commands of features that live in their own modules (suggestions, interchange)."""
    found = []
    for name in ("commands_suggest", "commands_interchange"):
        try:
            module = __import__(f"annotary.cli.{name}", fromlist=["add_parsers"])
        except ImportError:
            continue
        found.append(module)
    return found


def _error(message: str) -> None:
    sys.stderr.write(f"annotary: error: {message}\n")


WindowStarter = Callable[[Path | None], int]


def main(argv: Sequence[str] | None = None, start_window: WindowStarter | None = None) -> int:
    """Run a command. With none, call ``start_window`` (the launcher passes the UI's)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "json"):
        args.json = False
    if args.command is None:
        if start_window is None:
            _error("no command given, and this entry point has no window; see 'annotary --help'")
            return 2
        return start_window(args.project)
    from annotary.services.project import open_project

    try:
        if getattr(args, "run", None) is None and hasattr(args, "run_path"):
            target = args.project or paths.default_project_path()
            return int(args.run_path(target.expanduser(), args))
        project = open_project(args.project)
        try:
            return int(args.run(project, args))
        finally:
            project.close()
    except AnnotaryError as exc:
        _error(str(exc))
        return 1
    except BrokenPipeError:
        # The reader of our output went away (``annotary articles | head``): not an error.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:
        _error(f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": "))
        return 1
    except KeyboardInterrupt:
        _error("interrupted; nothing after the last completed step was saved")
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
