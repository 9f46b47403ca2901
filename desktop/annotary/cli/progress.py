"""The import progress bar: shown on a terminal, silent when output goes elsewhere.

On a terminal (stderr is a tty) a bar follows the files and, inside a large
export, the part of the file read, with the number of articles read; in a pipe,
a log or a script nothing is printed, so only results and errors reach the output.
"""

from __future__ import annotations

import sys
from types import TracebackType
from typing import Any, TextIO

from annotary.cli.output import clean


class ImportProgress:
    """Callbacks for ``importing.import_files``: ``files`` and ``reading``."""

    def __init__(self, stream: TextIO | None = None, enabled: bool = True) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.shown = enabled and _is_terminal(self.stream)
        self._bar: Any = None
        self._task: Any = None
        self._done = 0

    def __enter__(self) -> ImportProgress:
        if self.shown:
            from rich.console import Console  # loaded only for a terminal
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeRemainingColumn,
            )

            console = Console(file=self.stream, force_terminal=True)
            self._bar = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[item]}"),
                TimeRemainingColumn(),
                console=console,
                transient=True,
            )
            self._bar.start()
            self._task = self._bar.add_task("Importing", total=None, item="")
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._bar is not None:
            self._bar.stop()

    def files(self, done: int, total: int, name: str) -> None:
        """Files done of the total; ``name`` is the file being read."""
        self._done = done
        if self._bar is not None:
            self._bar.update(self._task, total=total, completed=done, item=clean(name))

    def reading(self, name: str, articles: int, fraction: float) -> None:
        """Inside one file: articles read so far and the part of the file read."""
        if self._bar is not None:
            self._bar.update(
                self._task,
                completed=self._done + min(max(fraction, 0.0), 0.999),
                item=clean(f"{name}: {articles} articles"),
            )


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError, OSError):
        return False
