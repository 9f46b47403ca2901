"""Writing a file so that it is either complete or not there at all.

``atomic_path`` yields a path to fill; when the block ends, the content replaces
the target in one step. A failure, a cancel or a killed process leaves the target
as it was, and leaves nothing behind:

- on Linux the content goes to an unnamed file (``O_TMPFILE``) in the target's
  folder, which only gets a name when it is complete (it is linked in under a
  temporary name and renamed over the target); a killed process leaves no file;
- elsewhere, or on file systems without unnamed files, it goes to a hidden
  temporary file named with the writing process's id; the next write into that
  folder removes such files whose process is gone (or that are a day old).

A symbolic link is followed: the file it points to is replaced, the link kept. A
target that is not a regular file (a FIFO, a terminal, ``/dev/null``) is written
into as a stream, from a temporary file outside its folder. The new file gets the
mode any new file would get (or the replaced file's), not a temporary file's.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import shutil
import stat
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path, PosixPath, WindowsPath

from annotary.domain.errors import InvalidInputError
from annotary.domain.messages import message

#: Temporary files of ours: ``.NAME.annotary-tmp-PID-TOKEN SUFFIX``.
_MARK = ".annotary-tmp-"
_OURS = re.compile(r"^\..*\.annotary-tmp-(\d+)-[0-9a-f]{8}")
#: A temporary file this old is stale whoever wrote it.
STALE_AFTER = 24 * 3600.0
#: How an unnamed file is reached by path while it is filled.
_UNNAMED = "/proc/self/fd/"


def _read_umask() -> int:
    # os.umask can only be read by setting it; do it once, at import, before any
    # worker thread creates files.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _read_umask()

_Base = WindowsPath if os.name == "nt" else PosixPath


class TempPath(_Base):  # type: ignore[valid-type,misc]
    """The path the caller fills. Deleting it (``unlink``) abandons the write."""

    abandoned = False

    def unlink(self, missing_ok: bool = False) -> None:
        self.abandoned = True
        if not str(self).startswith(_UNNAMED):
            super().unlink(missing_ok=True)

    def exists(self, *, follow_symlinks: bool = True) -> bool:
        return not self.abandoned and super().exists()


def _new_file_mode(target: Path) -> int:
    with contextlib.suppress(OSError):
        return stat.S_IMODE(os.stat(target).st_mode)
    return 0o666 & ~_UMASK


def _temp_name(target: Path, suffix: str) -> Path:
    token = secrets.token_hex(4)
    return target.with_name(f".{target.name}{_MARK}{os.getpid()}-{token}{suffix}")


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, OSError):
        return True  # someone else's process, or not ours to ask: leave its file
    return True


def remove_stale(folder: Path, now: float | None = None) -> list[Path]:
    """Remove temporary files of ours in ``folder`` whose writer is gone; return them."""
    removed: list[Path] = []
    current = time.time() if now is None else now
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = _OURS.match(entry.name)
        if match is None or not entry.is_file(follow_symlinks=False):
            continue
        with contextlib.suppress(OSError):
            old = current - entry.stat(follow_symlinks=False).st_mtime > STALE_AFTER
            if old or not _alive(int(match.group(1))):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
    return removed


def _resolve(target: Path) -> Path:
    """The file to write: a symbolic link's (final) target, else ``target`` itself."""
    return Path(os.path.realpath(target)) if target.is_symlink() else target


def _unnamed_file(folder: Path) -> int | None:
    """An open unnamed file in ``folder`` (Linux ``O_TMPFILE``), or None where there is none."""
    flag = getattr(os, "O_TMPFILE", 0)
    if not flag or not os.path.isdir("/proc/self/fd"):
        return None
    try:
        return os.open(folder, flag | os.O_RDWR | getattr(os, "O_CLOEXEC", 0), 0o600)
    except OSError as exc:
        if exc.errno in (errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL, errno.ENOENT):
            return None  # the file system has no unnamed files: use a named one
        raise


@contextlib.contextmanager
def atomic_path(target: Path, suffix: str = ".part") -> Iterator[Path]:
    """Yield a temporary path to fill; on success its content replaces ``target``.

    The caller may delete the temporary path to abandon the write (a cancel).
    """
    if str(target).startswith(_UNNAMED):  # inside another atomic write: it is atomic
        yield Path(target)
        return
    target = Path(target)
    try:
        info = os.stat(target)  # through any links: what will be written
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise InvalidInputError(
            message(
                "cannot write {target}: {reason}",
                target=str(target),
                reason=exc.strerror or str(exc),
            )
        ) from None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise InvalidInputError(
            message("cannot write {target}: it is a folder", target=str(target))
        )
    if info is not None and not stat.S_ISREG(info.st_mode):
        # Opened by the name given: /dev/stdout resolves to a pipe with no path.
        with _streamed(target, suffix) as temp:
            yield temp
        return
    target = _resolve(target)
    folder = target.absolute().parent
    if not folder.is_dir():
        raise InvalidInputError(
            message(
                "cannot write {target}: folder {folder} does not exist",
                target=str(target),
                folder=str(folder),
            )
        )
    remove_stale(folder)
    fd = _unnamed_file(folder)
    if fd is None:
        with _named(target, suffix) as temp:
            yield temp
        return
    try:
        temp = TempPath(f"{_UNNAMED}{fd}")
        yield temp
        if temp.abandoned:
            return
        os.fchmod(fd, _new_file_mode(target))
        os.fsync(fd)
        named = _temp_name(target, suffix)
        _give_name(fd, named)
        try:
            os.replace(named, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(named)
            raise
    finally:
        os.close(fd)


def _give_name(fd: int, named: Path) -> None:
    """Link the unnamed file ``fd`` in as ``named`` (or, where that is refused, copy it)."""
    folder = os.open(named.parent, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        # A directory fd makes Python call linkat(AT_SYMLINK_FOLLOW), not link(),
        # which would try to link /proc's symbolic link itself.
        os.link(f"{_UNNAMED}{fd}", named.name, dst_dir_fd=folder, follow_symlinks=True)
        return
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EROFS):
            raise
    finally:
        os.close(folder)
    # Linking refused (an old kernel, a sandbox): copy; only a kill in this short
    # window leaves a named temporary file, which the next write removes.
    with open(fd, "rb", closefd=False) as source, open(named, "xb") as sink:
        source.seek(0)
        shutil.copyfileobj(source, sink)
        sink.flush()
        os.fsync(sink.fileno())
    os.chmod(named, stat.S_IMODE(os.fstat(fd).st_mode))


@contextlib.contextmanager
def _named(target: Path, suffix: str) -> Iterator[Path]:
    """The portable way: a hidden temporary file beside the target, renamed over it."""
    temp = TempPath(_temp_name(target, suffix))
    os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    try:
        yield temp
        if not temp.abandoned and os.path.exists(temp):
            os.chmod(temp, _new_file_mode(target))
            os.replace(temp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)


@contextlib.contextmanager
def _streamed(target: Path, suffix: str) -> Iterator[Path]:
    """A FIFO or device: fill a private temporary file, then copy it into ``target``."""
    with tempfile.TemporaryDirectory(prefix="annotary-") as folder:
        temp = TempPath(Path(folder) / f"export{suffix}")
        temp.touch(mode=0o600)
        yield temp
        if temp.abandoned or not temp.exists():
            return
        with open(temp, "rb") as source, open(target, "wb") as sink:
            shutil.copyfileobj(source, sink)
