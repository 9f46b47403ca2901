"""The names the window shows for the domain's values (kinds, quote types, statuses).

The domain stores English identifiers ("quote", "indirect", "orphaned"); they are
translated here, at the edge, and nowhere else.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

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
