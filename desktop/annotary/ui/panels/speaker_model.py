"""Speakers as a Qt table model: name, role, affiliation, aliases, quotes.

An in-place edit does not change the project: ``edit_requested`` asks the
panel, which performs the service call; the table reloads on ``ctx.changed``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from annotary.domain.models import Speaker
from annotary.ui.i18n import QT_TRANSLATE_NOOP
from annotary.ui.richtext import plain_tip

COLUMNS = (
    QT_TRANSLATE_NOOP("SpeakerModel", "Name"),
    QT_TRANSLATE_NOOP("SpeakerModel", "Role"),
    QT_TRANSLATE_NOOP("SpeakerModel", "Affiliation"),
    QT_TRANSLATE_NOOP("SpeakerModel", "Aliases"),
    QT_TRANSLATE_NOOP("SpeakerModel", "Quotes"),
)
FIELDS = ("name", "role", "affiliation", "aliases")
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def split_aliases(text: str) -> tuple[str, ...]:
    """Aliases typed as one line, separated by semicolons or commas."""
    sep = ";" if ";" in text else ","
    return tuple(dict.fromkeys(a.strip() for a in text.split(sep) if a.strip()))


class SpeakerModel(QAbstractTableModel):
    edit_requested = Signal(str, str, object)  # speaker id, field, new value

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._rows: list[Speaker] = []
        self._quotes: dict[str, int] = {}

    def load(self, speakers: Sequence[Speaker], quotes: dict[str, int]) -> None:
        self.beginResetModel()
        self._rows = sorted(speakers, key=lambda s: s.name.casefold())
        self._quotes = dict(quotes)
        self.endResetModel()

    def speaker(self, row: int) -> Speaker:
        return self._rows[row]

    def row_of(self, speaker_id: str) -> int:
        return next((i for i, s in enumerate(self._rows) if s.id == speaker_id), -1)

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return QCoreApplication.translate("SpeakerModel", COLUMNS[section])
        return None

    def _text(self, s: Speaker, column: int) -> str:
        if column == 0:
            return s.name
        if column == 1:
            return s.role or ""
        if column == 2:
            return s.affiliation or ""
        if column == 3:
            return "; ".join(s.aliases)
        return str(self._quotes.get(s.id, 0))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        s = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(s, col)
        if role == ID_ROLE:
            return s.id
        if role == SORT_ROLE:
            return self._quotes.get(s.id, 0) if col == 4 else self._text(s, col).casefold()
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == 3:
                return self.tr("Other names for this speaker, separated by semicolons")
            if col == 4:
                return plain_tip(
                    self.tr("%n quote(s) attributed to {0}", "", self._quotes.get(s.id, 0)).format(
                        s.name
                    )
                )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags  # the root is no item
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() < len(FIELDS):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() >= 4:
            return False
        s = self._rows[index.row()]
        text = str(value).strip()
        if text == self._text(s, index.column()):
            return True
        field = FIELDS[index.column()]
        new: object = split_aliases(text) if field == "aliases" else text
        self.edit_requested.emit(s.id, field, new)
        return True
