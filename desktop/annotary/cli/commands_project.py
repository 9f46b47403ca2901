"""annotary backups."""

from __future__ import annotations

import argparse
from pathlib import Path

from annotary.cli.output import emit_json, table
from annotary.services import backups


def add_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "backups", parents=[common], help="list the project's backups, take one, or restore one"
    )
    action = p.add_mutually_exclusive_group()
    action.add_argument("--restore", metavar="NAME", help="restore this backup into the project")
    action.add_argument("--now", action="store_true", help="take a backup now")
    p.set_defaults(run=None, run_path=run_backups)


def run_backups(path: Path, args: argparse.Namespace) -> int:
    """Works on the path, without opening the project: it may be damaged."""
    if args.restore:
        restored, kept = backups.restore(path, args.restore)
        if args.json:
            emit_json({"restored": restored.name, "previous_kept_as": kept.name if kept else None})
        else:
            print(f"restored {restored.name}")
            if kept:
                print(f"the previous state is kept as {kept.name}")
        return 0
    if args.now:
        taken = backups.backup_now(path)
        if args.json:
            emit_json({"taken": taken.name, "path": str(taken)})
        else:
            print(f"backup taken: {taken.name}")
        return 0
    items = backups.list_backups(path)
    if args.json:
        emit_json(
            [
                {
                    "name": b.name,
                    "taken": b.taken.isoformat(),
                    "revision": b.revision,
                    "reason": b.reason,
                    "path": str(b.path),
                }
                for b in items
            ]
        )
        return 0
    if not items:
        print(f"no backups of {path} yet")
        return 0
    rows = [["TAKEN (UTC)", "REVISION", "REASON", "NAME"]]
    rows += [
        [b.taken.strftime("%Y-%m-%d %H:%M:%S"), str(b.revision), b.reason, b.name] for b in items
    ]
    table(rows)
    return 0
