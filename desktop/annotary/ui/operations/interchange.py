"""Operations that read or write whole files: import annotations, export the project."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from annotary.services import annotation_import, export_formats
from annotary.services.annotation_import import Kind
from annotary.services.export_formats import ExportFormat
from annotary.services.exporting import Scope
from annotary.services.merging import MergeReport
from annotary.ui.i18n import QT_TRANSLATE_NOOP
from annotary.ui.operations.operation import Operation

TITLES: dict[Kind, str] = {
    "json": QT_TRANSLATE_NOOP("Operations", "Import annotations"),
    "refiqda": QT_TRANSLATE_NOOP("Operations", "Import from REFI-QDA"),
}


def import_annotations(path: Path, kind: Kind | None = None) -> Operation[MergeReport]:
    """Merge an annotation file (Annotary JSON or REFI-QDA), all or nothing, in the background."""
    chosen: Kind = kind or annotation_import.kind_of(path)
    return Operation(
        QCoreApplication.translate("Operations", "Import annotations from {0}").format(path.name),
        lambda p, progress, _cancelled: annotation_import.import_annotations(
            p, path, chosen, progress
        ),
    ).in_background(f"{QCoreApplication.translate('Operations', TITLES[chosen])}: {path.name}")


def export(fmt: ExportFormat, target: Path, scope: Scope) -> Operation[str | None]:
    """Write ``fmt`` to ``target`` in the background; Cancel leaves ``target`` as it was.

    The value is what was written, or None after a cancel.
    """
    return Operation(
        QCoreApplication.translate("Operations", "Export to {0}").format(target.name),
        lambda p, progress, cancelled: export_formats.write(
            fmt, p, target, scope, progress, cancelled
        ),
        undoable=False,
    ).in_background(QCoreApplication.translate("Operations", "Exporting {0}").format(fmt.label))
