"""Opening a project file safely: recognise it, never touch a file that is not ours.

While this process holds a connection to a project, nothing in it may open that file
except through SQLite: closing any other descriptor of the file drops every POSIX lock
the process holds on it, and another program could then checkpoint and delete the WAL
under our connection (https://sqlite.org/howtocorrupt.html, section 2.2). The registry
below remembers which files (by device and inode) have open connections; ``inspect``
reads a file's header itself only when no connection holds it.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import threading
from collections import Counter
from pathlib import Path
from typing import Literal

from annotary.domain.errors import ProjectError
from annotary.domain.messages import message
from annotary.storage import failures
from annotary.storage.schema import APPLICATION_ID

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000

Mode = Literal["rw", "ro", "full"]
FileKey = tuple[int, int]

_registry_lock = threading.Lock()
_held: Counter[FileKey] = Counter()
_keys: dict[int, FileKey] = {}


def _key(path: Path) -> FileKey | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def holds(path: Path | str) -> bool:
    """True while a connection opened by this process is open on the file."""
    key = _key(Path(path))
    with _registry_lock:
        return key is not None and _held[key] > 0


def _register(conn: sqlite3.Connection, path: Path) -> None:
    key = _key(path)
    if key is None:
        return
    with _registry_lock:
        _held[key] += 1
        _keys[id(conn)] = key


def release(conn: sqlite3.Connection) -> None:
    """Close a connection opened by :func:`connect` and forget it in the registry."""
    try:
        conn.close()
    finally:
        with _registry_lock:
            key = _keys.pop(id(conn), None)
            if key is not None:
                _held[key] -= 1
                if _held[key] <= 0:
                    del _held[key]


def connect(
    path: Path | str,
    *,
    readonly: bool = False,
    immutable: bool = False,
    create: bool = True,
    busy_timeout_ms: int = BUSY_TIMEOUT_MS,
) -> sqlite3.Connection:
    """A connection in autocommit mode: transactions are opened explicitly by Store.write().

    Close it with :func:`release`.
    """
    target = Path(path)
    if immutable:
        uri = f"{target.resolve().as_uri()}?immutable=1"
    elif readonly:
        uri = f"{target.resolve().as_uri()}?mode=ro"
    elif not create:
        uri = f"{target.resolve().as_uri()}?mode=rw"
    else:
        uri = ""
    if uri:
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    else:
        conn = sqlite3.connect(str(target), isolation_level=None, check_same_thread=False)
    _register(conn, target)
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        conn.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        release(conn)
        raise
    return conn


def writable(path: Path) -> bool:
    """Whether the file and its folder accept writes (a read-only mount refuses even root)."""
    folder = path.parent if str(path.parent) else Path(".")
    return os.access(path, os.W_OK) and os.access(folder, os.W_OK)


def _probe(conn: sqlite3.Connection) -> None:
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except UnicodeDecodeError as exc:
        # SQLite's message quotes the damaged schema, bytes that are not UTF-8
        damaged = sqlite3.DatabaseError("malformed database schema")
        damaged.sqlite_errorcode = failures.SQLITE_CORRUPT
        raise damaged from exc


def _wal_has_content(path: Path) -> bool:
    try:
        return os.stat(str(path) + "-wal").st_size > 0
    except OSError:
        return False


def open_existing(
    path: Path, *, readonly: bool = False, busy_timeout_ms: int = BUSY_TIMEOUT_MS
) -> tuple[sqlite3.Connection, Mode]:
    """Open an existing project file the best way the disk allows.

    "rw" normally; "ro" for a read-only file or folder; "full" when the disk is too full
    to create the shared-memory index that reading a WAL project needs (reading then
    works from the file alone, and writes are refused as a full disk).
    """
    mode: Mode = "rw" if writable(path) and not readonly else "ro"
    conn = connect(path, readonly=mode == "ro", create=False, busy_timeout_ms=busy_timeout_ms)
    try:
        _probe(conn)
        return conn, mode
    except sqlite3.Error as exc:
        release(conn)
        code = failures.primary(exc)
        retry = code in (failures.SQLITE_CANTOPEN, failures.SQLITE_READONLY) and mode == "ro"
        full = getattr(exc, "sqlite_errorcode", None) == failures.SQLITE_IOERR_SHMSIZE
        if not (retry or full) or _wal_has_content(path):
            if full:
                raise failures.disk_full(path) from exc
            raise
        mode = "full" if full else "ro"
    conn = connect(path, immutable=True, busy_timeout_ms=busy_timeout_ms)
    try:
        _probe(conn)
    except BaseException:
        release(conn)
        raise
    return conn, mode


def configure(conn: sqlite3.Connection) -> None:
    """Durability and concurrency settings for a project we own."""
    conn.execute("PRAGMA journal_mode = WAL")
    # FULL: a committed transaction survives a power cut too, not only a killed process.
    conn.execute("PRAGMA synchronous = FULL")


def _read_header(path: Path) -> bytes | None:
    """The file's first bytes, or None when a connection of ours holds it.

    The check and the read happen under the registry's lock, and connections register
    before their first statement takes a lock, so no thread's lock can be dropped by
    the close of this descriptor.
    """
    key = _key(path)
    with _registry_lock:
        if key is not None and _held[key] > 0:
            return None
        with path.open("rb") as fh:
            return fh.read(len(SQLITE_MAGIC))


class DamagedProject(ProjectError):
    """A project SQLite cannot even read the schema of (the caller may name a backup)."""


def inspect(path: Path) -> str:
    """Classify a file: "missing", "empty", "project", or raise ProjectError saying why not.

    Reads only: a file that is not ours is left exactly as it was. Uses ``os.stat`` and
    SQLite; the header is read directly only when no connection of ours holds the file.
    """
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return "missing"
    except OSError as exc:
        raise ProjectError(
            message("{path} cannot be read ({why})", path=path, why=exc.strerror or str(exc))
        ) from exc
    if os.path.isdir(path):
        raise ProjectError(message("{path} is a folder, not an Annotary project file", path=path))
    if not stat.S_ISREG(st.st_mode):
        raise ProjectError(
            message("{path} is not a regular file, so not an Annotary project file", path=path)
        )
    if st.st_size == 0:
        return "empty"
    try:
        head = _read_header(path)
    except OSError as exc:
        raise ProjectError(
            message("{path} cannot be read ({why})", path=path, why=exc.strerror or str(exc))
        ) from exc
    if head is not None and head != SQLITE_MAGIC:
        raise ProjectError(
            message("{path} is not an Annotary project: it is not an SQLite database", path=path)
        )
    try:
        conn, _mode = open_existing(path, readonly=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = conn.execute(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
            ).fetchone()[0]
        finally:
            release(conn)
    except sqlite3.Error as exc:
        if failures.primary(exc) == failures.SQLITE_NOTADB:
            raise ProjectError(
                message(
                    "{path} is not an Annotary project: it is not an SQLite database", path=path
                )
            ) from exc
        error = failures.translate(exc, path)
        if error is not None and not failures.is_damage(exc):
            raise error from exc
        raise DamagedProject(
            message("{path} is damaged and cannot be read ({why})", path=path, why=str(exc))
        ) from exc
    if app_id == APPLICATION_ID:
        return "project"
    if app_id == 0 and tables == 0:
        return "empty"
    raise ProjectError(
        message(
            "{path} is an SQLite database but not an Annotary project; it was left untouched",
            path=path,
        )
    )
