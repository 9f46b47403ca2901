"""What the window says after an import or a drop: exactly what happened.

Counts of what was imported, found already in the project, refused or failed
(each with its reason), the importers' notes (such as a guessed encoding) and a
cancel. Qt-free, so every wording is tested directly.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePath

from annotary.domain.wording import count
from annotary.services.importing import ImportReport

MAX_LINES = 20


@dataclass(frozen=True, slots=True)
class ImportMessage:
    status: str  # one line for the status bar
    details: str | None  # a box to show, or None when the status line says it all
    problem: bool  # something was not imported


def _name(source: str) -> str:
    return PurePath(source).name or source


def _lines(items: Sequence[tuple[str, str]]) -> str:
    out = [f"• {_name(src)}: {why}" for src, why in items[:MAX_LINES]]
    if len(items) > MAX_LINES:
        out.append(f"… and {len(items) - MAX_LINES} more")
    return "\n".join(out)


def describe_import(
    report: ImportReport, refused: Sequence[str] = (), readable: Sequence[str] = ()
) -> ImportMessage:
    """``refused``: dropped files of a type Annotary does not read (never sent to import);
    ``readable``: the suffixes it reads, named in the reason."""
    kinds = ", ".join(readable)
    why_refused = "not a kind of file Annotary reads" + (f" ({kinds})" if kinds else "")
    failed = [*report.failures, *((src, why_refused) for src in refused)]
    imported, dupes = len(report.imported), len(report.duplicates)
    parts = [f"{count(imported, 'article')} imported" if imported else "Nothing was imported"]
    if dupes:
        parts.append(f"{count(dupes, 'file')} already in the project")
    if failed:
        parts.append(f"{count(len(failed), 'file')} not imported")
    if report.skipped:
        parts.append(f"{count(report.skipped, 'file')} of other kinds in the folders left out")
    if report.cancelled:
        parts.append("cancelled")
    status = "Import: " + ", ".join(parts)
    if not (failed or report.notes or report.cancelled):
        return ImportMessage(status, None, False)

    blocks = [", ".join(parts) + "."]
    if report.cancelled:
        if imported:
            verb = "was" if imported == 1 else "were"
            blocks.append(
                f"The import was cancelled; the {count(imported, 'article')} "
                f"imported before it {verb} kept."
            )
        else:
            blocks.append("The import was cancelled before any article was stored.")
    if failed:
        blocks.append("Not imported:\n" + _lines(failed))
    if report.notes:
        blocks.append("Notes:\n" + _lines(report.notes))
    if dupes:
        names = "\n".join(f"• {_name(src)}" for src, _id in report.duplicates[:MAX_LINES])
        blocks.append("Already in the project (not imported again):\n" + names)
    return ImportMessage(status, "\n\n".join(blocks), bool(failed))
