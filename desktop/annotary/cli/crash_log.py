"""The traceback of an unexpected failure, kept in a log file for a bug report."""

from __future__ import annotations

import os
import time
import traceback
from collections.abc import Sequence
from pathlib import Path

from annotary import __version__, paths


def write_crash_log(exc: BaseException, argv: Sequence[str]) -> Path | None:
    """Write ``exc``'s traceback under the user data folder; the file, or None if unwritable."""
    folder = paths.data_dir() / "logs"
    stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime())
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"error-{stamp}-{os.getpid()}.log"
        with path.open("w", encoding="utf-8", errors="backslashreplace") as fh:
            fh.write(
                f"Annotary {__version__}, {time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())}\n"
            )
            fh.write(f"command: {' '.join(argv)}\n\n")
            fh.write("".join(traceback.format_exception(exc)))
    except OSError:
        return None
    return path
