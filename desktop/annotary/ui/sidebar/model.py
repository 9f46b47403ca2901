"""AnnotationModel: the open article's annotations grouped by kind, in text order."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from annotary.domain.models import Annotation
from annotary.ui.annotate.highlighting import describe
from annotary.ui.annotate.session import ArticleSession
from annotary.ui.richtext import plain_tip

ID_ROLE = Qt.ItemDataRole.UserRole + 1
ANNOTATION_ROLE = Qt.ItemDataRole.UserRole + 2
GROUP_ROLE = Qt.ItemDataRole.UserRole + 3  # the kind, on group rows
SPEAKER_ROLE = Qt.ItemDataRole.UserRole + 4  # speaker name
THEMES_ROLE = Qt.ItemDataRole.UserRole + 5  # [(path, colour)]
GROUPS = (("quote", "Quotes"), ("speaker", "Speaker mentions"), ("passage", "Passages"))


@dataclass(frozen=True, slots=True)
class SidebarFilter:
    kind: str | None = None
    theme: str | None = None
    speaker: str | None = None
    coder: str | None = None

    def accepts(self, a: Annotation) -> bool:
        return (
            (self.kind is None or a.kind == self.kind)
            and (self.theme is None or self.theme in a.themes)
            and (self.speaker is None or a.speaker == self.speaker)
            and (self.coder is None or a.coder == self.coder)
        )


class AnnotationModel(QStandardItemModel):
    def __init__(self, session: ArticleSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.filter = SidebarFilter()
        self._groups: dict[str, QStandardItem] = {}
        self._items: dict[str, QStandardItem] = {}

    def populate(self) -> None:
        self.clear()
        self._groups.clear()
        self._items.clear()
        root = self.invisibleRootItem()
        notes = [a for a in self.session.ordered() if self.filter.accepts(a)]
        for kind, label in GROUPS:
            mine = [a for a in notes if a.kind == kind]
            if not mine:
                continue
            group = QStandardItem(f"{label} ({len(mine)})")
            group.setData(kind, GROUP_ROLE)
            group.setEditable(False)
            group.setSelectable(False)
            group.setData(f"{label}, {len(mine)}", Qt.ItemDataRole.AccessibleTextRole)
            for a in mine:
                item = self._item(a)
                self._items[a.id] = item
                group.appendRow(item)
            self._groups[kind] = group
            root.appendRow(group)

    def _item(self, a: Annotation) -> QStandardItem:
        s = self.session
        item = QStandardItem(" ".join(a.exact.split()))
        item.setEditable(False)
        item.setData(a.id, ID_ROLE)
        item.setData(a, ANNOTATION_ROLE)
        item.setData(s.speaker_name(a.speaker), SPEAKER_ROLE)
        item.setData(
            [(s.theme_path(t), s.theme_color(t) or "#888888") for t in a.themes], THEMES_ROLE
        )
        item.setData(plain_tip(describe(a, s)), Qt.ItemDataRole.ToolTipRole)
        item.setData(
            describe(a, s).replace("\n", "; ") + "; " + a.exact[:200],
            Qt.ItemDataRole.AccessibleTextRole,
        )
        return item

    def index_of(self, annotation_id: str) -> QModelIndex:
        item = self._items.get(annotation_id)
        return item.index() if item is not None else QModelIndex()

    def annotation_ids(self) -> list[str]:
        """Shown annotation ids, in display order (group by group)."""
        out: list[str] = []
        for kind, _label in GROUPS:
            group = self._groups.get(kind)
            if group is None:
                continue
            out.extend(str(group.child(r).data(ID_ROLE)) for r in range(group.rowCount()))
        return out

    def group_counts(self) -> dict[str, int]:
        return {k: g.rowCount() for k, g in self._groups.items()}
