"""AnnotationModel: the open article's annotations grouped by kind, in text order.

A list model over the session's annotations: for each kind that has any (shown)
annotation, a title row ("Quotes (12)"), then one row per annotation. It is flat
on purpose: a tree view visits every row of its model after each inserted or
removed row, a list view with uniform item sizes does not. The model keeps only
the ids in display order; what a row shows is read from the session when a view
asks, so no object is made per annotation. ``apply(changed, removed)`` updates it
from a change notice one row at a time (rowsInserted, rowsRemoved, dataChanged);
only a new article, another filter or a very large change resets it.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from annotary.domain.models import Annotation
from annotary.ui.annotate.highlighting import describe
from annotary.ui.annotate.session import ArticleSession
from annotary.ui.i18n import QT_TRANSLATE_NOOP
from annotary.ui.richtext import plain_tip

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ANNOTATION_ROLE = Qt.ItemDataRole.UserRole + 2
GROUP_ROLE = Qt.ItemDataRole.UserRole + 3  # the kind, on title rows
SPEAKER_ROLE = Qt.ItemDataRole.UserRole + 4  # speaker name
THEMES_ROLE = Qt.ItemDataRole.UserRole + 5  # [(theme name, colour)]: the chips
GROUPS = (
    ("quote", QT_TRANSLATE_NOOP("SidebarModel", "Quotes")),
    ("speaker", QT_TRANSLATE_NOOP("SidebarModel", "Speaker mentions")),
    ("passage", QT_TRANSLATE_NOOP("SidebarModel", "Passages")),
)
LABELS = dict(GROUPS)
ORDER = {kind: i for i, (kind, _label) in enumerate(GROUPS)}
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


class AnnotationModel(QAbstractListModel):
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
        annotations = self.session.annotations
        for aid in removed:
            self._take(aid)
        for aid in changed:
            new = annotations.get(aid)
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
        """Speaker or theme names changed: every row repaints, none moves."""
        if self.rowCount():
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1))

    def _put(self, a: Annotation) -> None:
        key = sort_key(a)
        g = self._group(a.kind)
        if g is None:
            at = sum(1 for other in self._groups if ORDER[other.kind] < ORDER[a.kind])
            row = self._start(at) if at < len(self._groups) else self.rowCount()
            self.beginInsertRows(QModelIndex(), row, row + 1)  # its title and itself
            self._groups.insert(at, _Group(a.kind, [key]))
            self._shown[a.id] = a
            self.endInsertRows()
            return
        title = self._start(self._groups.index(g))
        pos = bisect_left(g.keys, key)
        self.beginInsertRows(QModelIndex(), title + 1 + pos, title + 1 + pos)
        g.keys.insert(pos, key)
        self._shown[a.id] = a
        self.endInsertRows()
        self.dataChanged.emit(self.index(title), self.index(title))  # its count

    def _take(self, aid: str) -> None:
        old = self._shown.get(aid)
        g = self._group(old.kind) if old is not None else None
        if old is None or g is None:
            return
        at = self._groups.index(g)
        title = self._start(at)
        if len(g.keys) == 1:
            self.beginRemoveRows(QModelIndex(), title, title + 1)
            del self._groups[at]
            del self._shown[aid]
            self.endRemoveRows()
            return
        pos = bisect_left(g.keys, sort_key(old))
        self.beginRemoveRows(QModelIndex(), title + 1 + pos, title + 1 + pos)
        del g.keys[pos]
        del self._shown[aid]
        self.endRemoveRows()
        self.dataChanged.emit(self.index(title), self.index(title))

    def _group(self, kind: str) -> _Group | None:
        return next((g for g in self._groups if g.kind == kind), None)

    def _start(self, at: int) -> int:
        """The row of the title of group ``at``."""
        return sum(1 + len(g.keys) for g in self._groups[:at])

    def _locate(self, row: int) -> tuple[_Group, int] | None:
        """(group, -1) for a title row, (group, i) for its i-th annotation."""
        for g in self._groups:
            if row <= len(g.keys):
                return g, row - 1
            row -= 1 + len(g.keys)
        return None

    # ---- queries -----------------------------------------------------------------------

    def index_of(self, annotation_id: str) -> QModelIndex:
        a = self._shown.get(annotation_id)
        g = self._group(a.kind) if a is not None else None
        if a is None or g is None:
            return QModelIndex()
        title = self._start(self._groups.index(g))
        return self.index(title + 1 + bisect_left(g.keys, sort_key(a)))

    def annotation_ids(self) -> list[str]:
        """Shown annotation ids, in display order (group by group)."""
        return [key[2] for g in self._groups for key in g.keys]

    def group_counts(self) -> dict[str, int]:
        return {g.kind: len(g.keys) for g in self._groups}

    # ---- Qt model ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else sum(1 + len(g.keys) for g in self._groups)

    def flags(self, index: Index) -> Qt.ItemFlag:
        found = self._locate(index.row()) if index.isValid() else None
        if found is None:
            return Qt.ItemFlag.NoItemFlags
        if found[1] < 0:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        found = self._locate(index.row()) if index.isValid() else None
        if found is None:
            return None
        g, i = found
        if i < 0:
            return self._title_data(g, role)
        aid = g.keys[i][2]
        if role == ID_ROLE:
            return aid
        a = self._shown.get(aid)
        return self._annotation_data(a, role) if a is not None else None

    def _title_data(self, g: _Group, role: int) -> Any:
        label = QCoreApplication.translate("SidebarModel", LABELS[g.kind])
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
            return " ".join(a.joined_exact.split())  # a quote's parts joined by " … "
        if role == ANNOTATION_ROLE:
            return a
        if role == SPEAKER_ROLE:
            return s.speaker_name(a.speaker)
        if role == THEMES_ROLE:
            return [(s.theme_name(t), s.theme_color(t) or "#888888") for t in a.themes]
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(describe(a, s))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return describe(a, s).replace("\n", "; ") + "; " + a.joined_exact[:200]
        return None
