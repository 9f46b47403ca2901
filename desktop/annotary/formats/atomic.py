"""Writing a file so that it is either complete or not there at all.

The content goes to a hidden temporary file beside the target, which is renamed
over the target only when it is complete; a failure (or a cancel) leaves the
target as it was. The new file gets the mode any new file would get (or the
target's, when it replaces one), not the private mode of a temporary file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from annotary.domain.errors import InvalidInputError


def _read_umask() -> int:
    # os.umask can only be read by setting it; do it once, at import, before any
    # worker thread creates files.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _read_umask()


def _new_file_mode(target: Path) -> int:
    if target.exists():
        return target.stat().st_mode & 0o777
    return 0o666 & ~_UMASK


@contextlib.contextmanager
def atomic_path(target: Path, suffix: str = ".part") -> Iterator[Path]:
    """Yield a temporary path to fill; on success it replaces ``target``.

    The caller may delete the temporary file to abandon the write (a cancel).
    """
    folder = target.resolve().parent
    if not folder.is_dir():
        raise InvalidInputError(f"cannot write {target}: folder {folder} does not exist")
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix, dir=folder)
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
        if temp.exists():
            os.chmod(temp, _new_file_mode(target))
            os.replace(temp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
