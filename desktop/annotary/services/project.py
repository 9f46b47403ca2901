"""Opening projects: the default one (with the sample articles) or a named file."""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass
from pathlib import Path

from annotary import paths
from annotary.storage import Store, open_store


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

    def close(self) -> None:
        self.store.close()


def open_project(
    path: Path | str | None = None, *, coder: str | None = None, backup_on_open: bool = True
) -> Project:
    """Open a project file, creating an empty one if it does not exist.

    With no path, open the default project in the user's data folder; on its
    first use it is created with the bundled sample articles.
    """
    if path is not None:
        return Project(
            open_store(Path(path), backup_on_open=backup_on_open), coder or default_coder()
        )
    target = paths.default_project_path()
    fresh = not target.exists()
    project = Project(open_store(target, backup_on_open=backup_on_open), coder or default_coder())
    if fresh:
        from annotary.services.samples import load_samples

        load_samples(project)
    return project
