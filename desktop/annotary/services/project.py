"""Opening projects: the default one (with the sample articles) or a named file."""

from __future__ import annotations

import getpass
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from annotary import paths
from annotary.domain.errors import InvalidInputError
from annotary.domain.messages import message
from annotary.storage import Store, backups, connection, open_sibling_store, open_store


def default_coder() -> str:
    name = os.environ.get("ANNOTARY_CODER")
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "coder"


@dataclass(slots=True)
class Project:
    """An open project and who is coding in it."""

    store: Store
    coder: str

    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def readonly(self) -> bool:
        return self.store.readonly

    def owns_file(self, path: Path | str) -> bool:
        """True for the project file, its ``-wal``/``-shm``/``-journal`` and anything in its
        backups folder: files that must never be read as input or written as output."""
        target = Path(path).expanduser().resolve()
        own = self.path.resolve()
        companions = [own] + [Path(str(own) + s) for s in ("-wal", "-shm", "-journal")]
        if target in companions:
            return True
        where = backups.folder(own).resolve()
        if target == where or where in target.parents:
            return True
        try:
            st = os.stat(target)
        except OSError:
            return False
        for item in companions:
            try:
                other = os.stat(item)
            except OSError:
                continue
            if (st.st_dev, st.st_ino) == (other.st_dev, other.st_ino):
                return True
        return False

    def refuse_own_files(self, paths: Iterable[Path | str], action: str) -> None:
        """Raise InvalidInputError if any of ``paths`` is one of the project's own files."""
        for path in paths:
            if self.owns_file(path):
                raise InvalidInputError(
                    message(
                        "{path} belongs to the open project {name}: it cannot be used to {action}",
                        path=path,
                        name=self.path.name,
                        action=action,
                    )
                )

    def open_sibling(self, busy_timeout_ms: int = connection.BUSY_TIMEOUT_MS) -> Project:
        """A second connection to this project (for a worker thread), opened cheaply:
        see :func:`open_project` with ``verify=False``."""
        return open_project(
            self.path, coder=self.coder, verify=False, busy_timeout_ms=busy_timeout_ms
        )

    def interrupt(self) -> None:
        """Abandon the query this project's connection is running (from another thread);
        it raises where it runs."""
        self.store.interrupt()

    def close(self) -> None:
        self.store.close()


def open_project(
    path: Path | str | None = None,
    *,
    coder: str | None = None,
    backup_on_open: bool = False,
    busy_timeout_ms: int = connection.BUSY_TIMEOUT_MS,
    verify: bool = True,
) -> Project:
    """Open a project file, creating an empty one if it does not exist.

    No backup is taken unless ``backup_on_open`` (and one is due): short commands never
    copy the project; the window takes periodic ones with ``services.backups``.

    With no path, open the default project in the user's data folder; on its
    first use it is created with the bundled sample articles.

    ``verify=False`` opens another connection to a project this process already
    has open (a worker thread's): no integrity check, migration or backup, which
    the first open did; a file no connection of ours holds is opened in full.
    """
    if path is not None and not verify:
        store = open_sibling_store(Path(path), busy_timeout_ms=busy_timeout_ms)
        return Project(store, coder or default_coder())
    if path is not None:
        store = open_store(
            Path(path), backup_on_open=backup_on_open, busy_timeout_ms=busy_timeout_ms
        )
        return Project(store, coder or default_coder())
    target = paths.default_project_path()
    fresh = not target.exists()
    store = open_store(target, backup_on_open=backup_on_open, busy_timeout_ms=busy_timeout_ms)
    project = Project(store, coder or default_coder())
    if fresh:
        from annotary.services.samples import load_samples

        load_samples(project)
    return project
