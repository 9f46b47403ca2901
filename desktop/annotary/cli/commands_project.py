"""annotary backups."""

from __future__ import annotations

import argparse
from pathlib import Path

from annotary.cli.output import emit_json, table
from annotary.domain.errors import NotFoundError
from annotary.storage import backups


def add_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "backups", parents=[common], help="list the project's backups, or restore one"
    )
    p.add_argument("--restore", metavar="NAME", help="replace the project by this backup")
    p.set_defaults(run=None, run_path=run_backups)


def run_backups(path: Path, args: argparse.Namespace) -> int:
    """Works on the path, without opening the project: it may be damaged."""
    items = backups.list_backups(path)
    if args.restore:
        match = [b for b in items if b.name == args.restore or b.name.startswith(args.restore)]
        if not match:
            raise NotFoundError(f"no backup named {args.restore!r}; see 'annotary backups'")
        kept = backups.restore(path, match[0].path)
        if args.json:
            emit_json({"restored": match[0].name, "previous_kept_as": kept.name if kept else None})
        else:
            print(f"restored {match[0].name}")
            if kept:
                print(f"the previous state is kept as {kept.name}")
        return 0
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
