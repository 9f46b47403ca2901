"""LibraryFilter and LibraryProxy: which of the library's articles are shown."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from annotary.domain.language import normalise_language
from annotary.domain.models import ArticleSummary
from annotary.ui.library.model import LibraryModel

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class LibraryFilter:
    collection: str | None = None
    outlet: str | None = None
    language: str | None = None
    date_from: str | None = None  # ISO, inclusive
    date_to: str | None = None
    text: str = ""  # a quick filter on the title
    source_database: str | None = None  # "Nexis", "Factiva" ...
    near_duplicates: bool = False  # only articles with near-duplicates

    def accepts(self, s: ArticleSummary) -> bool:
        if self.near_duplicates and not s.similar:
            return False
        if self.collection and self.collection not in s.collections:
            return False
        if self.outlet and s.outlet != self.outlet:
            return False
        if self.source_database and s.source_database != self.source_database:
            return False
        if self.language and normalise_language(s.language) != normalise_language(self.language):
            return False
        if self.date_from and (not s.published or s.published < self.date_from):
            return False
        if self.date_to and (not s.published or s.published[: len(self.date_to)] > self.date_to):
            return False
        return not self.text or self.text.casefold() in s.title.casefold()


class LibraryProxy(QSortFilterProxyModel):
    """Applies a LibraryFilter; sorting is the LibraryModel's own (the proxy keeps its
    order), and a filter first makes every article a row."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter = LibraryFilter()
        self.setDynamicSortFilter(True)

    def library(self) -> LibraryModel:
        model = self.sourceModel()
        assert isinstance(model, LibraryModel)
        return model

    def library_filter(self) -> LibraryFilter:
        return self._filter

    def set_library_filter(self, f: LibraryFilter) -> None:
        if f != self._filter:
            if f != LibraryFilter():
                self.library().show_all()
            self.beginFilterChange()
            self._filter = f
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column >= 0:
            self.library().sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        return self._filter.accepts(self.library().summary(source_row))
