"""The names the window shows for the domain's values (kinds, quote types, statuses,
the label of a missing value in the counts).

The domain stores English identifiers ("quote", "indirect", "orphaned"); they are
translated here, at the edge, and nowhere else.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from annotary.domain.analysis import NONE_LABEL, CountTable
from annotary.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "DisplayNames"
_KINDS = {
    "quote": QT_TRANSLATE_NOOP("DisplayNames", "quote"),
    "speaker": QT_TRANSLATE_NOOP("DisplayNames", "speaker mention"),
    "passage": QT_TRANSLATE_NOOP("DisplayNames", "passage"),
}
_QUOTE_TYPES = {
    "direct": QT_TRANSLATE_NOOP("DisplayNames", "direct"),
    "indirect": QT_TRANSLATE_NOOP("DisplayNames", "indirect"),
}
_STATUSES = {
    "anchored": QT_TRANSLATE_NOOP("DisplayNames", "anchored"),
    "orphaned": QT_TRANSLATE_NOOP("DisplayNames", "orphaned"),
}


def _name(table: dict[str, str], value: str) -> str:
    text = table.get(value)
    return QCoreApplication.translate(CONTEXT, text) if text is not None else value


def kind_name(kind: str) -> str:
    return _name(_KINDS, kind)


def quote_type_name(quote_type: str) -> str:
    return _name(_QUOTE_TYPES, quote_type)


def status_name(status: str) -> str:
    return _name(_STATUSES, status)


def value_label(label: str) -> str:
    """A row's or column's label of the counts; "(none)" (no outlet, no role…) translated."""
    if label == NONE_LABEL:
        return QCoreApplication.translate("DisplayNames", "(none)")
    return label


def shown_table(table: CountTable) -> CountTable:
    """``table`` with its labels as the window shows them (its keys unchanged)."""
    rows = tuple(value_label(r) for r in table.rows)
    columns = tuple(value_label(c) for c in table.columns)
    if rows == table.rows and columns == table.columns:
        return table
    return replace(table, rows=rows, columns=columns)
