"""The bundled sample articles, loaded into a new default project."""

from __future__ import annotations

from annotary import paths
from annotary.services.importing import ImportReport, import_files
from annotary.services.project import Project


def load_samples(project: Project) -> ImportReport:
    folder = paths.samples_dir()
    if not folder.is_dir():
        return ImportReport()
    return import_files(project, [folder], collections=["Samples"]).value
