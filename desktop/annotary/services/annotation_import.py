"""Importing another coder's or project's annotations: one use case for the window and the CLI.

``import_annotations(project, path)`` reads an Annotary JSON export (or a REFI-QDA
project or codebook, by its suffix), merges it in one transaction and returns the
``Outcome`` whose value is the :class:`~annotary.services.merging.MergeReport`.
A file that cannot be read changes nothing; its error names the file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Literal

from annotary.domain.errors import InvalidInputError
from annotary.domain.messages import message
from annotary.formats.annotary_json import read_json
from annotary.services import interchange, merging
from annotary.services.merging import MergeReport
from annotary.services.outcome import Outcome
from annotary.services.project import Project

Kind = Literal["json", "refiqda"]
Progress = Callable[[int, int, str], None]


def kind_of(path: Path) -> Kind:
    """The kind of annotation file ``path`` is, by its suffix."""
    return "refiqda" if path.suffix.lower() in (".qdpx", ".qdc") else "json"


def import_annotations(
    project: Project,
    path: Path,
    kind: Kind | None = None,
    progress: Progress | None = None,
) -> Outcome[MergeReport]:
    """Merge the annotation file ``path`` into ``project``, all or nothing."""
    path = Path(path)
    if not path.is_file():
        raise InvalidInputError(message("{path}: no such file", path=path))
    if progress is not None:
        progress(0, 1, path.name)
    chosen = kind or kind_of(path)
    if chosen == "refiqda":
        if path.suffix.lower() == ".qdc":
            return interchange.import_qdc(project, path)
        return interchange.import_qdpx(project, path)
    project.refuse_own_files([path], message("import annotations"))
    with path.open("rb") as fh:
        try:
            bundle = read_json(fh, known_ids=merging.known_ids(project))
        except InvalidInputError as exc:
            raise InvalidInputError(
                message("{source}: {reason}", source=str(path), reason=exc.message)
            ) from exc
    return merging.merge_bundle(project, bundle, path.name)
