"""What the window says after an import or a drop: exactly what happened.

Counts of what was imported, found already in the project, refused or failed
(each with its reason), the importers' notes (such as a guessed encoding) and a
cancel, in the window's language (plain functions, so every wording is tested directly).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePath

from PySide6.QtCore import QObject

from annotary.services.importing import ImportReport
from annotary.ui.i18n import shown

MAX_LINES = 20


@dataclass(frozen=True, slots=True)
class ImportMessage:
    status: str  # one line for the status bar
    details: str | None  # a box to show, or None when the status line says it all
    problem: bool  # something was not imported


def _name(source: str) -> str:
    return PurePath(source).name or source


class ImportWords(QObject):
    """The message's words (a QObject, so that lupdate sees their plural forms)."""

    def lines(self, items: Sequence[tuple[str, str]]) -> str:
        out = [f"• {_name(src)}: {shown(why)}" for src, why in items[:MAX_LINES]]
        if len(items) > MAX_LINES:
            out.append(self.tr("… and %n more", "", len(items) - MAX_LINES))
        return "\n".join(out)

    def describe(
        self, report: ImportReport, refused: Sequence[str], readable: Sequence[str]
    ) -> ImportMessage:
        kinds = ", ".join(readable)
        why_refused = (
            self.tr("not a kind of file Annotary reads ({0})").format(kinds)
            if kinds
            else self.tr("not a kind of file Annotary reads")
        )
        failed = [*report.failures, *((src, why_refused) for src in refused)]
        imported, dupes = len(report.imported), len(report.duplicates)
        parts = [
            self.tr("%n article(s) imported", "", imported)
            if imported
            else self.tr("Nothing was imported")
        ]
        if dupes:
            parts.append(self.tr("%n file(s) already in the project", "", dupes))
        if failed:
            parts.append(self.tr("%n file(s) not imported", "", len(failed)))
        if report.skipped:
            parts.append(
                self.tr("%n file(s) of other kinds in the folders left out", "", report.skipped)
            )
        if report.cancelled:
            parts.append(self.tr("cancelled"))
        listed = self.tr(", ", "between the parts of a list").join(parts)  # Chinese: "，"
        status = self.tr("Import: {0}").format(listed)
        if not (failed or report.notes or report.cancelled):
            return ImportMessage(status, None, False)

        blocks = [self.tr("{0}.").format(listed)]
        if report.cancelled:
            blocks.append(
                self.tr(
                    "The import was cancelled; the %n article(s) imported before it were kept.",
                    "",
                    imported,
                )
                if imported
                else self.tr("The import was cancelled before any article was stored.")
            )
        if failed:
            blocks.append(self.tr("Not imported:\n{0}").format(self.lines(failed)))
        if report.notes:
            blocks.append(self.tr("Notes:\n{0}").format(self.lines(report.notes)))
        if dupes:
            names = "\n".join(f"• {_name(src)}" for src, _id in report.duplicates[:MAX_LINES])
            blocks.append(
                self.tr("Already in the project (not imported again):\n{0}").format(names)
            )
        return ImportMessage(status, "\n\n".join(blocks), bool(failed))


def describe_import(
    report: ImportReport, refused: Sequence[str] = (), readable: Sequence[str] = ()
) -> ImportMessage:
    """``refused``: dropped files of a type Annotary does not read (never sent to import);
    ``readable``: the suffixes it reads, named in the reason."""
    return ImportWords().describe(report, refused, readable)
