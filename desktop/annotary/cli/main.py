"""annotary [--project FILE] COMMAND ...

With no command, the desktop window opens on the project.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from annotary import __version__, paths
from annotary.cli import (
    commands_analysis,
    commands_annotate,
    commands_articles,
    commands_export,
    commands_project,
)
from annotary.cli.arguments import file_path
from annotary.cli.crash_log import write_crash_log
from annotary.cli.output import clean
from annotary.domain.errors import AnnotaryError, from_os_error


class _Parser(argparse.ArgumentParser):
    """argparse, with its errors as one line (the usage is one --help away)."""

    def error(self, message: str) -> NoReturn:
        hint = f"; see '{self.prog} --help'"
        self.exit(2, f"annotary: error: {clean(message)}{hint}\n")


def build_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="print machine-readable JSON"
    )
    parser = _Parser(
        prog="annotary",
        parents=[common],
        description="Read news articles closely and annotate quotes, speakers and themes.",
        epilog="With no command, the Annotary window opens.",
    )
    parser.add_argument("--version", action="version", version=f"annotary {__version__}")
    parser.add_argument(
        "--project",
        type=file_path,
        metavar="FILE",
        help="the project file (default: your default project; created if missing)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in (
        commands_articles,
        commands_annotate,
        commands_export,
        commands_project,
        commands_analysis,
    ):
        module.add_parsers(sub, common)
    for extra in _optional_commands():
        extra.add_parsers(sub, common)
    return parser


def _optional_commands() -> list[Any]:
    """Commands of features that live in their own modules (suggestions, interchange)."""
    found = []
    for name in ("commands_suggest", "commands_interchange", "commands_duplicates"):
        try:
            module = __import__(f"annotary.cli.{name}", fromlist=["add_parsers"])
        except ImportError:
            continue
        found.append(module)
    return found


def _error(message: str) -> None:
    sys.stderr.write(f"annotary: error: {clean(message)}\n")


def _tolerant_streams() -> None:
    """Text that cannot be encoded for this terminal is escaped, never an exception."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and stream.errors == "strict":
            stream.reconfigure(errors="backslashreplace")


WindowStarter = Callable[[Path | None], int]


def main(argv: Sequence[str] | None = None, start_window: WindowStarter | None = None) -> int:
    """Run a command. With none, call ``start_window`` (the launcher passes the UI's).

    Whatever goes wrong ends in one line on stderr and exit code 1 (2 for a
    usage error): a user error says what to change; anything unexpected says
    "internal error" and leaves its traceback in a log file that it names.
    """
    _tolerant_streams()
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "json"):
        args.json = False
    if args.command is None:
        if start_window is None:
            _error("no command given, and this entry point has no window; see 'annotary --help'")
            return 2
        return start_window(args.project)
    try:
        return _run(args)
    except KeyboardInterrupt:
        _error("interrupted; nothing after the last completed step was saved")
        return 130
    except BrokenPipeError:
        return _reader_gone()
    except sqlite3.Error as exc:
        _error(f"the project database failed: {exc}")
        return 1
    except Exception as exc:  # the last resort: no traceback reaches the user
        log = write_crash_log(exc, sys.argv if argv is None else ["annotary", *argv])
        where = f"; details in {log}" if log else ""
        _error(f"internal error: {type(exc).__name__}: {str(exc)[:300]}{where}")
        return 1


def _reader_gone() -> int:
    """The reader of our output went away (``annotary articles | head``): not an error."""
    with contextlib.suppress(OSError, ValueError, io.UnsupportedOperation):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


def _run(args: argparse.Namespace) -> int:
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
        return _reader_gone()
    except OSError as exc:
        _error(str(from_os_error(exc)))
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
