"""Which files a folder import reads, and what it could not look at (never silently).

A folder is walked in name order without following links to folders (a link
loop can never make the walk endless); hidden entries and files of other types
are left out as before. Everything else that cannot be imported is reported on
its own line: a subfolder that cannot be listed, a link that leads nowhere or
round in a loop, a link to a folder, a named pipe or device with an article's
suffix. Names are shown with undecodable bytes as U+FFFD.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from annotary.domain.messages import message
from annotary.formats.document import shown_name

MAX_FOLDER_ENTRIES = 1_000_000
"""Entries looked at in one import of folders (a mistaken import of / ends; about
a minute of listing on a local disk, and 1,000,000 paths in memory at most)."""


@dataclass(slots=True)
class Found:
    files: list[Path] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)  # (shown path, reason)
    skipped: int = 0  # files of other types found in the folders, left out


def _not_a_file(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return message("this is a named pipe, not a file")
    if stat.S_ISSOCK(mode):
        return message("this is a socket, not a file")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return message("this is a device, not a file")
    return message("this is not a regular file, not a file")


def _os_reason(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()


def check_regular_file(path: Path) -> str | None:
    """Why ``path`` cannot be read as a file (following links), or None."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return message("the link goes round in a loop (too many levels of symbolic links)")
        if path.is_symlink():
            return message("the link leads nowhere ({reason})", reason=_os_reason(exc))
        return message("the file cannot be read ({reason})", reason=_os_reason(exc))
    if stat.S_ISDIR(mode):
        return message("this is a folder, not a file")
    if not stat.S_ISREG(mode):
        return _not_a_file(mode)
    return None


def _list(folder: Path, found: Found) -> list[os.DirEntry[str]] | None:
    try:
        with os.scandir(folder) as it:
            return sorted(it, key=lambda e: e.name)
    except OSError as exc:
        found.problems.append(
            (
                shown_name(folder),
                message("the folder cannot be read ({reason})", reason=_os_reason(exc)),
            )
        )
        return None


def _walk(root: Path, suffixes: Collection[str], found: Found, budget: list[int]) -> None:
    """Depth first in name order, with a stack of its own (folders may nest deeper
    than Python's recursion allows)."""
    listed = _list(root, found)
    if listed is None:
        return
    stack: list[tuple[Path, Iterator[os.DirEntry[str]]]] = [(root, iter(listed))]
    while stack:
        folder, entries = stack[-1]
        entry = next(entries, None)
        if entry is None:
            stack.pop()
            continue
        budget[0] -= 1
        if budget[0] < 0:
            found.problems.append(
                (
                    shown_name(folder),
                    message(
                        "more than {count} entries; the rest skipped",
                        count=f"{MAX_FOLDER_ENTRIES:,}",
                    ),
                )
            )
            return
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            is_link = entry.is_symlink()
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError as exc:
            found.problems.append((shown_name(path), _os_reason(exc)))
            continue
        if is_dir:
            inside = _list(path, found)
            if inside is not None:
                stack.append((path, iter(inside)))
            continue
        if is_link and path.is_dir():
            found.problems.append(
                (shown_name(path), message("a link to a folder; links are not followed"))
            )
            continue
        if path.suffix.lower() not in suffixes:
            found.skipped += 1
            continue
        why = check_regular_file(path)
        if why is None:
            found.files.append(path)
        else:
            found.problems.append((shown_name(path), why))


def find_importable(paths: Iterable[Path], suffixes: Collection[str]) -> Found:
    """The files to import and the problems met; files named explicitly are passed
    through, so that the reader can say why an unsupported one is refused."""
    found = Found()
    budget = [MAX_FOLDER_ENTRIES]
    for path in map(Path, paths):
        if path.is_dir():
            _walk(path, suffixes, found, budget)
        else:
            found.files.append(path)
    seen: set[str] = set()
    unique: list[Path] = []
    for p in found.files:
        try:
            key = str(p.resolve())
        except (OSError, RuntimeError):
            key = str(p)
        if key not in seen:
            seen.add(key)
            unique.append(p)
    found.files = unique
    return found


def iter_files(paths: Iterable[Path], suffixes: Collection[str]) -> Iterator[Path]:
    yield from find_importable(paths, suffixes).files
