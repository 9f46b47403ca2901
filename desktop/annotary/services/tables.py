"""Count tables written as files (CSV); their charts are services/charts.py's."""

from __future__ import annotations

from pathlib import Path

from annotary.domain.analysis import CountTable
from annotary.domain.messages import message
from annotary.formats import count_tables
from annotary.formats.atomic import atomic_path
from annotary.services.project import Project


def save_csv(project: Project, table: CountTable, target: Path, corner: str = "") -> int:
    """Write ``table`` as CSV to ``target``, complete or not at all; returns its rows."""
    project.refuse_own_files([target], message("write a table onto"))
    with atomic_path(target, ".csv") as temp, temp.open("wb") as fp:
        return count_tables.write_csv(table, fp, corner)
