"""SuggestionModel: the open article's suggested quotes, in text order, and how they read."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from annotary.domain.models import SEGMENT_JOINER
from annotary.ui.display_names import quote_type_name
from annotary.ui.reader import Highlight
from annotary.ui.richtext import plain_tip

if TYPE_CHECKING:
    from annotary.suggest import QuoteSuggestion  # the engine loads on first use

SUGGESTION_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # (start, end)
HIGHLIGHT_PREFIX = "suggestion:"

Key = tuple[int, int]
Index = QModelIndex | QPersistentModelIndex


def key_of(s: QuoteSuggestion) -> Key:
    return (s.start, s.end)


def highlight_id(s: QuoteSuggestion) -> str:
    return f"{HIGHLIGHT_PREFIX}{s.start}-{s.end}"


def key_of_highlight(hid: str) -> Key | None:
    """The (start, end) a suggestion highlight id stands for; None for other ids."""
    if not hid.startswith(HIGHLIGHT_PREFIX):
        return None
    start, _, end = hid[len(HIGHLIGHT_PREFIX) :].partition("-")
    try:
        return (int(start), int(end))
    except ValueError:
        return None


def to_highlight(s: QuoteSuggestion) -> Highlight:
    """A dashed violet underline in the reader (the reader's "suggestion" kind), under
    each part of a quote split around its attribution."""
    return Highlight(highlight_id(s), s.start, s.end, "suggestion", None, "dashed", s.segments)


def quoted_text(s: QuoteSuggestion) -> str:
    """What the suggestion quotes: a split quote's parts joined by " … " (without the
    attribution between them), else its text."""
    if not s.segments:
        return s.exact
    return SEGMENT_JOINER.join(s.exact[a - s.start : b - s.start] for a, b in s.segments)


def speaker_label(s: QuoteSuggestion) -> str:
    return s.speaker or QCoreApplication.translate("SuggestionModel", "Unknown speaker")


def cue_label(s: QuoteSuggestion) -> str:
    return " ".join(s.cue.text.split()) if s.cue is not None else ""


def describe(s: QuoteSuggestion) -> str:
    """The hover text: what kind of quote, who, the cue and how sure the engine is."""

    lines = [
        QCoreApplication.translate("SuggestionModel", "Suggested quote ({0}) — {1}").format(
            quote_type_name(s.quote_type), speaker_label(s)
        )
    ]
    if s.speaker_role:
        lines.append(
            QCoreApplication.translate("SuggestionModel", "Role: {0}").format(s.speaker_role)
        )
    cue = cue_label(s)
    lines.append(
        QCoreApplication.translate("SuggestionModel", "Cue: “{0}”").format(cue)
        if cue
        else QCoreApplication.translate("SuggestionModel", "Cue: none")
    )
    lines.append(
        QCoreApplication.translate("SuggestionModel", "Confidence: {0}").format(
            f"{s.confidence:.2f}"
        )
    )
    lines.append(
        QCoreApplication.translate(
            "SuggestionModel", "Accept (A) or reject (R) it in the Suggestions list"
        )
    )
    return "\n".join(lines)


class SuggestionModel(QAbstractListModel):
    """A flat list of QuoteSuggestion, sorted by position in the article."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[QuoteSuggestion] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        s = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return " ".join(quoted_text(s).split())
        if role == SUGGESTION_ROLE:
            return s
        if role == KEY_ROLE:
            return key_of(s)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(describe(s))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            cue = cue_label(s)
            confidence = f"{s.confidence:.2f}"
            kind = quote_type_name(s.quote_type)
            if cue:
                return self.tr("{0} quote, {1}, cue {2}, confidence {3}; {4}").format(
                    kind, speaker_label(s), cue, confidence, quoted_text(s)[:200]
                )
            return self.tr("{0} quote, {1}, confidence {2}; {3}").format(
                kind, speaker_label(s), confidence, quoted_text(s)[:200]
            )
        return None

    # ---- content ---------------------------------------------------------------------

    def set_suggestions(self, items: Iterable[QuoteSuggestion]) -> None:
        self.beginResetModel()
        self._items = sorted(items, key=lambda s: (s.start, -s.end))
        self.endResetModel()

    def suggestions(self) -> list[QuoteSuggestion]:
        return list(self._items)

    def remove(self, keys: Iterable[Key]) -> None:
        gone = set(keys)
        for row in range(len(self._items) - 1, -1, -1):
            if key_of(self._items[row]) in gone:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._items[row]
                self.endRemoveRows()

    def at(self, row: int) -> QuoteSuggestion | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def find(self, key: Key) -> QuoteSuggestion | None:
        return next((s for s in self._items if key_of(s) == key), None)

    def row_of(self, key: Key) -> int:
        return next((i for i, s in enumerate(self._items) if key_of(s) == key), -1)

    def above(self, threshold: float) -> list[QuoteSuggestion]:
        """Suggestions whose confidence is at least ``threshold`` (rounding-safe)."""
        return [s for s in self._items if s.confidence + 1e-9 >= threshold]
