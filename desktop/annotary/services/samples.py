"""The bundled sample articles, loaded into a new default project."""

from __future__ import annotations

from pathlib import Path

from annotary.formats.document import ImportedDocument
from annotary.services.importing import ImportReport, import_files
from annotary.services.project import Project


def load_samples(project: Project) -> ImportReport:
    from annotary.formats.readers import sample_paths

    return import_files(
        project, sample_paths(), collections=["Samples"], batch_collections=False
    ).value


def sample_paths() -> list[Path]:
    """The bundled sample files."""
    from annotary.formats.readers import sample_paths as bundled

    return bundled()


def read_sample(path: Path) -> ImportedDocument:
    """A sample file read exactly as an import reads it (nothing is stored)."""
    from annotary.formats.readers import read_file

    return read_file(path)
