"""AnnotationModel: the open article's annotations grouped by kind, in text order.

A two-level item model over the session's annotations: one group row per kind
that has any (shown) annotation, each annotation one child row. The model keeps
only the ids in display order; what a row shows is read from the session when a
view asks, so no object is made per annotation. ``apply(changed, removed)``
updates it from a change notice one row at a time (rowsInserted, rowsRemoved,
dataChanged); only a new article, another filter or a very large change resets it.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from annotary.domain.models import Annotation
from annotary.ui.annotate.highlighting import describe
from annotary.ui.annotate.session import ArticleSession
from annotary.ui.richtext import plain_tip

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ANNOTATION_ROLE = Qt.ItemDataRole.UserRole + 2
GROUP_ROLE = Qt.ItemDataRole.UserRole + 3  # the kind, on group rows
SPEAKER_ROLE = Qt.ItemDataRole.UserRole + 4  # speaker name
THEMES_ROLE = Qt.ItemDataRole.UserRole + 5  # [(path, colour)]
GROUPS = (("quote", "Quotes"), ("speaker", "Speaker mentions"), ("passage", "Passages"))
LABELS = dict(GROUPS)
# internalId of a group row; a child row's internalId is its group's tag (1, 2, 3)
TOP = 0
TAGS = {kind: i + 1 for i, (kind, _label) in enumerate(GROUPS)}
RESET_ABOVE = 400  # a change to more rows than this resets the model instead

Key = tuple[int, int, str]


def sort_key(a: Annotation) -> Key:
    return (a.start, -a.end, a.id)


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


@dataclass(slots=True)
class _Group:
    kind: str
    keys: list[Key] = field(default_factory=list)  # sorted; keys[i][2] is row i's id


class AnnotationModel(QAbstractItemModel):
    def __init__(self, session: ArticleSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.filter = SidebarFilter()
        self._groups: list[_Group] = []  # the shown groups, in GROUPS order
        self._shown: dict[str, Annotation] = {}  # id -> the annotation as shown

    # ---- content -----------------------------------------------------------------

    def populate(self) -> None:
        """Show the session's annotations again from scratch (another article or filter)."""
        self.beginResetModel()
        self._fill()
        self.endResetModel()

    def set_filter(self, f: SidebarFilter) -> None:
        if f != self.filter:
            self.filter = f
            self.populate()

    def _fill(self) -> None:
        shown = {i: a for i, a in self.session.annotations.items() if self.filter.accepts(a)}
        self._shown = shown
        by_kind: dict[str, list[Key]] = {}
        for a in shown.values():
            by_kind.setdefault(a.kind, []).append(sort_key(a))
        self._groups = [
            _Group(kind, sorted(by_kind[kind])) for kind, _label in GROUPS if kind in by_kind
        ]

    def apply(self, changed: set[str], removed: set[str]) -> None:
        """Bring the rows up to date after ``changed`` were added or edited and
        ``removed`` deleted: each one is one row inserted, changed or removed."""
        if len(changed) + len(removed) > RESET_ABOVE:
            self.populate()
            return
        notes = self.session.annotations
        for aid in removed:
            self._take(aid)
        for aid in changed:
            new = notes.get(aid)
            old = self._shown.get(aid)
            if new is None or not self.filter.accepts(new):
                self._take(aid)
            elif old is not None and old.kind == new.kind and sort_key(old) == sort_key(new):
                self._shown[aid] = new
                index = self.index_of(aid)
                self.dataChanged.emit(index, index)
            else:
                self._take(aid)
                self._put(new)

    def refresh_labels(self) -> None:
        """Speaker or theme names changed: every shown row repaints, none moves."""
        for g in self._groups:
            if g.keys:
                parent = self._group_index(g)
                self.dataChanged.emit(
                    self.index(0, 0, parent), self.index(len(g.keys) - 1, 0, parent)
                )

    def _put(self, a: Annotation) -> None:
        key = sort_key(a)
        g = self._group(a.kind)
        if g is None:
            row = sum(1 for other in self._groups if _order(other.kind) < _order(a.kind))
            self.beginInsertRows(QModelIndex(), row, row)
            self._groups.insert(row, _Group(a.kind, [key]))
            self._shown[a.id] = a
            self.endInsertRows()
            return
        parent = self._group_index(g)
        row = bisect_left(g.keys, key)
        self.beginInsertRows(parent, row, row)
        g.keys.insert(row, key)
        self._shown[a.id] = a
        self.endInsertRows()
        self.dataChanged.emit(parent, parent)  # its count

    def _take(self, aid: str) -> None:
        old = self._shown.get(aid)
        if old is None:
            return
        g = self._group(old.kind)
        assert g is not None
        row = bisect_left(g.keys, sort_key(old))
        if len(g.keys) == 1:
            top = self._groups.index(g)
            self.beginRemoveRows(QModelIndex(), top, top)
            del self._groups[top]
            del self._shown[aid]
            self.endRemoveRows()
            return
        parent = self._group_index(g)
        self.beginRemoveRows(parent, row, row)
        del g.keys[row]
        del self._shown[aid]
        self.endRemoveRows()
        self.dataChanged.emit(parent, parent)

    def _group(self, kind: str) -> _Group | None:
        return next((g for g in self._groups if g.kind == kind), None)

    def _group_index(self, g: _Group) -> QModelIndex:
        return self.createIndex(self._groups.index(g), 0, TOP)

    # ---- queries -----------------------------------------------------------------------

    def index_of(self, annotation_id: str) -> QModelIndex:
        a = self._shown.get(annotation_id)
        g = self._group(a.kind) if a is not None else None
        if a is None or g is None:
            return QModelIndex()
        return self.createIndex(bisect_left(g.keys, sort_key(a)), 0, TAGS[a.kind])

    def annotation_ids(self) -> list[str]:
        """Shown annotation ids, in display order (group by group)."""
        return [key[2] for g in self._groups for key in g.keys]

    def group_counts(self) -> dict[str, int]:
        return {g.kind: len(g.keys) for g in self._groups}

    def annotation(self, index: Index) -> Annotation | None:
        aid = self.data(index, ID_ROLE)
        return self._shown.get(aid) if aid else None

    # ---- Qt model ----------------------------------------------------------------------

    def index(self, row: int, column: int = 0, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, TOP) if row < len(self._groups) else QModelIndex()
        if parent.internalId() != TOP or parent.row() >= len(self._groups):
            return QModelIndex()
        g = self._groups[parent.row()]
        return self.createIndex(row, 0, TAGS[g.kind]) if row < len(g.keys) else QModelIndex()

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == TOP:
            return QModelIndex()
        tag = child.internalId()
        for row, g in enumerate(self._groups):
            if TAGS[g.kind] == tag:
                return self.createIndex(row, 0, TOP)
        return QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == TOP and parent.row() < len(self._groups):
            return len(self._groups[parent.row()].keys)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return self.rowCount(parent) > 0

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == TOP:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == TOP:
            return self._group_data(self._groups[index.row()], role)
        g = self._group_by_tag(index.internalId())
        if g is None or index.row() >= len(g.keys):
            return None
        aid = g.keys[index.row()][2]
        a = self._shown.get(aid)
        if a is None:
            return None
        if role == ID_ROLE:
            return aid
        return self._annotation_data(a, role)

    def _group_data(self, g: _Group, role: int) -> Any:
        label = LABELS[g.kind]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{label} ({len(g.keys)})"
        if role == GROUP_ROLE:
            return g.kind
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{label}, {len(g.keys)}"
        return None

    def _annotation_data(self, a: Annotation, role: int) -> Any:
        s = self.session
        if role == Qt.ItemDataRole.DisplayRole:
            return " ".join(a.exact.split())
        if role == ANNOTATION_ROLE:
            return a
        if role == SPEAKER_ROLE:
            return s.speaker_name(a.speaker)
        if role == THEMES_ROLE:
            return [(s.theme_path(t), s.theme_color(t) or "#888888") for t in a.themes]
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(describe(a, s))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return describe(a, s).replace("\n", "; ") + "; " + a.exact[:200]
        return None

    def _group_by_tag(self, tag: int) -> _Group | None:
        return next((g for g in self._groups if TAGS[g.kind] == tag), None)


def _order(kind: str) -> int:
    return TAGS[kind]
