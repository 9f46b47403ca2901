"""The bundled sample articles, loaded into a new default project."""

from __future__ import annotations

from annotary.services.importing import ImportReport, import_files
from annotary.services.project import Project


def load_samples(project: Project) -> ImportReport:
    from annotary.formats.readers import sample_paths

    return import_files(project, sample_paths(), collections=["Samples"]).value
