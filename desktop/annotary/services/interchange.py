"""Export to and import from the formats of other tools: W3C, REFI-QDA, CSV, XLSX.

The format modules (lxml, openpyxl) load on first use, not when the window starts.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO, Literal, TextIO

from annotary import __version__
from annotary.domain.messages import message
from annotary.services import codebook
from annotary.services.exporting import Scope, bundle
from annotary.services.merging import MergeReport, merge_bundle
from annotary.services.outcome import Outcome
from annotary.services.project import Project

Table = Literal["quotes", "passages"]


def export_w3c(
    project: Project, fp: TextIO, scope: Scope | None = None, *, collection: bool = True
) -> int:
    """W3C Web Annotation JSON-LD (an AnnotationCollection, or a plain list)."""
    from annotary.formats import w3c

    return w3c.write_w3c(bundle(project, scope or Scope()), fp, collection=collection)


def export_qdpx(project: Project, path: Path, scope: Scope | None = None) -> list[str]:
    """A REFI-QDA project; returns warnings about what could not be carried."""
    from annotary.formats import refiqda

    return refiqda.write_qdpx(
        bundle(project, scope or Scope()),
        path,
        project_name=project.path.stem,
        origin=f"Annotary {__version__}",
    )


def export_qdc(project: Project, fp: BinaryIO) -> list[str]:
    """The codebook alone as a REFI-QDA .qdc file."""
    from annotary.formats import refiqda

    return refiqda.write_qdc(codebook.themes(project), fp, origin=f"Annotary {__version__}")


def export_csv(
    project: Project,
    fp: BinaryIO,
    table: Table = "quotes",
    scope: Scope | None = None,
    *,
    guard_formulas: bool = True,
) -> int:
    """Quotes or coded passages as CSV (UTF-8 with BOM); returns rows written.

    ``guard_formulas=False`` writes cells exactly as they are (for R and pandas), without
    the apostrophe that keeps spreadsheet programs from running a cell as a formula.
    """
    from annotary.formats import spreadsheet

    data = bundle(project, scope or Scope())
    if table == "quotes":
        rows, columns = spreadsheet.quote_rows(data), spreadsheet.QUOTE_COLUMNS
    else:
        rows, columns = spreadsheet.passage_rows(data), spreadsheet.PASSAGE_COLUMNS
    return spreadsheet.write_csv(rows, columns, fp, guard_formulas=guard_formulas)


def export_taguette_codebook(project: Project, fp: BinaryIO) -> int:
    """The codebook as the CSV Taguette imports (columns ``tag``, ``description``).

    Written without the spreadsheet formula guard: the file is for Taguette, which
    would keep the apostrophe as part of a tag name. Returns the number of tags.
    """
    from annotary.formats import spreadsheet

    rows = spreadsheet.taguette_rows(codebook.themes(project))
    return spreadsheet.write_csv(rows, spreadsheet.TAGUETTE_COLUMNS, fp, guard_formulas=False)


def export_xlsx(project: Project, path: Path, scope: Scope | None = None) -> None:
    """A workbook with a Quotes sheet and a Passages sheet."""
    from annotary.formats import spreadsheet

    chosen = scope or Scope()
    spreadsheet.write_xlsx(
        {
            "Quotes": (spreadsheet.QUOTE_COLUMNS, spreadsheet.quote_rows(bundle(project, chosen))),
            "Passages": (
                spreadsheet.PASSAGE_COLUMNS,
                spreadsheet.passage_rows(bundle(project, chosen)),
            ),
        },
        path,
    )


def import_qdpx(project: Project, path: Path) -> Outcome[MergeReport]:
    """Merge a REFI-QDA project written by Annotary or another tool."""
    from annotary.formats import refiqda

    project.refuse_own_files([path], message("import a REFI-QDA project"))
    return merge_bundle(project, refiqda.read_qdpx(path), path.name)


def import_qdc(project: Project, path: Path) -> Outcome[MergeReport]:
    from annotary.formats import refiqda

    project.refuse_own_files([path], message("import a codebook"))
    with path.open("rb") as fh:
        return merge_bundle(project, refiqda.read_qdc(fh, where=path.name), path.name)
