"""LibraryPanel: the article table with its filters, and full-text search with snippets."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotary.domain.models import Changes, SearchHit
from annotary.services import articles, duplicates, searching
from annotary.ui.background import SearchWorker
from annotary.ui.context import AppContext
from annotary.ui.library.columns import LibraryColumns
from annotary.ui.library.duplicates import DuplicatesBar
from annotary.ui.library.filter_box import FilterBox
from annotary.ui.library.model import (
    ID_ROLE,
    PAGE,
    SIMILAR,
    LibraryModel,
)
from annotary.ui.library.proxy import LibraryFilter, LibraryProxy
from annotary.ui.library.search_results import HIT_ROLE, HtmlDelegate, SearchResultsModel

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
ALL = "All"
MANY_CHANGES = 200  # a change to more articles than this reads the library again


class LibraryPanel(QWidget):
    """Lists the project's articles; choosing one asks the context to open it."""

    article_chosen = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("libraryPanel")
        self.setAccessibleName(self.tr("Library"))
        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("librarySearch")
        self.search_box.setPlaceholderText(self.tr("Search articles…"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setAccessibleName(self.tr("Search the articles"))
        self.collection_box = self._combo(self.tr("Collection"), "libraryCollection")
        self.outlet_box = self._combo(self.tr("Outlet"), "libraryOutlet")
        self.language_box = self._combo(self.tr("Language"), "libraryLanguage")
        self.database_box = self._combo(self.tr("Database"), "libraryDatabase")
        self.date_from = self._date_edit(
            self.tr("From date"),
            self.tr("Published on or after this date: YYYY, YYYY-MM or YYYY-MM-DD"),
            "libraryDateFrom",
        )
        self.date_to = self._date_edit(
            self.tr("To date"),
            self.tr("Published on or before this date: YYYY, YYYY-MM or YYYY-MM-DD"),
            "libraryDateTo",
        )

        self.model = LibraryModel(self)
        self.model.loaded.connect(self._loaded)
        self._pending: str | None = None  # to select once every article has been read
        self.proxy = LibraryProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("libraryTable")
        self.table.setAccessibleName(self.tr("Articles"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setHighlightSections(False)
        self.columns = LibraryColumns(self.table)  # sorts by date, newest first

        self.results_model = SearchResultsModel(self)
        self.results = QListView(self)
        self.results.setObjectName("librarySearchResults")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setModel(self.results_model)
        self.results.setItemDelegate(HtmlDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.results)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("libraryCount")
        self.count_label.setProperty("muted", True)

        filters = QHBoxLayout()
        filters.setSpacing(4)
        for w in (self.collection_box, self.outlet_box, self.language_box):
            filters.addWidget(w, 1)
        # The news database beside the dates: four boxes in one row would widen the
        # library past what a 1280-pixel screen can give it beside the reader.
        dates = QHBoxLayout()
        dates.setSpacing(4)
        dates.addWidget(self.date_from, 1)
        dates.addWidget(self.date_to, 1)
        dates.addWidget(self.database_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self.search_box)
        layout.addLayout(filters)
        layout.addLayout(dates)
        layout.addWidget(self.stack, 1)
        self.duplicates = DuplicatesBar(ctx, self.selected_article_ids, self)
        self.duplicates.only.toggled.connect(self._filters_changed)
        layout.addWidget(self.duplicates)
        layout.addWidget(self.count_label)

        self.searcher = SearchWorker(lambda: Path(self.ctx.project.path), self)
        self.searcher.found.connect(self._found)
        self.searching = False  # a query is running in the background
        self._search_timer = QTimer(self, singleShot=True, interval=220)
        self._search_timer.timeout.connect(self.run_search)
        self.search_box.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_box.returnPressed.connect(self.run_search)
        for box in (self.collection_box, self.outlet_box, self.language_box, self.database_box):
            box.currentIndexChanged.connect(self._filters_changed)
        for edit in (self.date_from, self.date_to):
            edit.editingFinished.connect(self._filters_changed)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.activated.connect(self._activated)
        self.results.activated.connect(self._activated)
        self.results.clicked.connect(self._activated)
        ctx.changed.connect(self.on_changed)
        ctx.project_replaced.connect(self.reload)

    def _combo(self, label: str, name: str) -> QComboBox:
        box = FilterBox(self)
        box.opening.connect(self._filters_wanted)
        box.setObjectName(name)
        box.setAccessibleName(self.tr("{0} filter").format(label))
        box.setToolTip(self.tr("Show only articles of this {0}").format(label.lower()))
        box.addItem(self.tr("{0}: All").format(label), None)
        return box

    def _date_edit(self, label: str, hint: str, name: str) -> QLineEdit:
        """A date box: a short placeholder that fits a narrow library; the format is in
        its tooltip (the tooltip tells what is wrong while the text is not a date)."""
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(label)
        edit.setAccessibleName(hint)
        edit.setAccessibleDescription(hint)
        edit.setToolTip(hint)
        edit.setProperty("hint", hint)
        edit.setClearButtonEnabled(True)
        return edit

    # ---- loading ------------------------------------------------------------------

    def reload(self) -> None:
        """Read the first page of articles (the rest when the view needs it)."""
        project = self.ctx.project
        self._pending = None
        page = articles.summaries(project, by_date=True, limit=PAGE)
        total = articles.count(project) if len(page) == PAGE else len(page)
        self.model.set_first_page(page, total, lambda: articles.summaries(project))
        self._refill_filters()
        self._update_count()
        self._similar_column()
        if self.search_box.text().strip():
            self.run_search()

    def _similar_column(self) -> None:
        """The Similar column only in a project with near-duplicates: elsewhere it would
        take the titles' room for a column of blanks."""
        self.table.setColumnHidden(SIMILAR, not duplicates.any_group(self.ctx.project))

    def has_article(self, article_id: str) -> bool:
        """Whether the library has this article, read yet or not."""
        if self.model.row_of(article_id) is not None:
            return True
        return not self.model.complete and bool(articles.text_hash(self.ctx.project, article_id))

    def on_changed(self, changes: Changes) -> None:
        ids = changes.articles | changes.removed
        if not ids:
            return
        if len(ids) > MANY_CHANGES:
            self.reload()
            return
        fresh = articles.summaries(self.ctx.project, ids=changes.articles)
        self.model.update(fresh, ids - {s.id for s in fresh})
        if not self.model.complete:
            self.model.set_total(articles.count(self.ctx.project))
        self._refill_filters()
        self._update_count()
        self._similar_column()

    def _loaded(self) -> None:
        """Every article has been read now: the filters list them all."""
        self._refill_filters()
        self._update_count()
        if self._pending is not None:
            self.select_article(self._pending)

    def _filters_wanted(self) -> None:
        if not self.model.complete:
            self.model.load_all()  # filled by _loaded

    def _refill_filters(self) -> None:
        if not self.model.complete:
            return  # filled when first opened (_filters_wanted)
        rows = self.model.summaries()
        outlets = sorted({s.outlet for s in rows if s.outlet}, key=str.casefold)
        languages = sorted({s.language for s in rows if s.language})
        cols = sorted({c for s in rows for c in s.collections}, key=str.casefold)
        databases = sorted({s.source_database for s in rows if s.source_database})
        for box, values in (
            (self.collection_box, cols),
            (self.outlet_box, outlets),
            (self.language_box, languages),
            (self.database_box, databases),
        ):
            current = box.currentData()
            if [box.itemData(i) for i in range(1, box.count())] == values:
                continue
            box.blockSignals(True)
            while box.count() > 1:
                box.removeItem(1)
            for v in values:
                box.addItem(v, v)
            i = box.findData(current)
            box.setCurrentIndex(max(i, 0))
            box.blockSignals(False)

    def _date_value(self, edit: QLineEdit) -> str | None:
        value = edit.text().strip()
        ok = not value or bool(_DATE.match(value))
        edit.setProperty("invalid", not ok)
        wrong = self.tr("Write the date as YYYY, YYYY-MM or YYYY-MM-DD")
        edit.setToolTip(str(edit.property("hint")) if ok else wrong)
        return value if value and ok else None

    def current_filter(self) -> LibraryFilter:
        return LibraryFilter(
            collection=self.collection_box.currentData(),
            outlet=self.outlet_box.currentData(),
            language=self.language_box.currentData(),
            date_from=self._date_value(self.date_from),
            date_to=self._date_value(self.date_to),
            source_database=self.database_box.currentData(),
            near_duplicates=self.duplicates.only.isChecked(),
        )

    def _filters_changed(self) -> None:
        self.proxy.set_library_filter(self.current_filter())
        self._update_count()
        if self.search_box.text().strip():
            self.run_search()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.total()
        if self.stack.currentWidget() is self.results:
            n = self.results_model.rowCount()
            self.count_label.setText(self.tr("%n matching article(s)", "", n))
        elif shown == total or self.proxy.library_filter() == LibraryFilter():
            self.count_label.setText(self.tr("%n article(s)", "", total))
        else:
            self.count_label.setText(self.tr("{0} of %n article(s)", "", total).format(shown))

    # ---- search -------------------------------------------------------------------

    def run_search(self) -> None:
        """Start the search in the background; the newest query's results are shown."""
        self._search_timer.stop()
        query = self.search_box.text().strip()
        if not query:
            self.searcher.cancel()
            self.searching = False
            self.stack.setCurrentWidget(self.table)
            self._update_count()
            return
        f = self.current_filter()
        filters = searching.SearchFilters(
            outlet=f.outlet,
            language=f.language,
            collection=f.collection,
            date_from=f.date_from,
            date_to=f.date_to,
            source_database=f.source_database,
        )
        self.searching = True
        self.searcher.search(query, filters)
        if self.stack.currentWidget() is not self.results:
            self.count_label.setText(self.tr("Searching…"))

    def _found(self, generation: int, hits: list[SearchHit], why: str) -> None:
        if generation != self.searcher.generation or not self.search_box.text().strip():
            return  # an older query, or the box was cleared meanwhile
        self.searching = False
        if why:
            self.ctx.status.emit(self.tr("Search: {0}").format(why))
        self.results_model.set_hits(hits)
        self.stack.setCurrentWidget(self.results)
        self._update_count()

    # ---- choosing -----------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._activated(current)

    def _activated(self, index: QModelIndex) -> None:
        article_id = index.data(ID_ROLE)
        if article_id:
            self.article_chosen.emit(str(article_id))
        hit = index.data(HIT_ROLE)
        if isinstance(hit, SearchHit) and hit.annotation:  # a note matched: show its annotation
            self.ctx.annotation_selected.emit(hit.annotation)

    def select_article(self, article_id: str) -> None:
        """Make ``article_id`` the current row without asking to open it again."""
        row = self.model.row_of(article_id)
        self._pending = article_id if row is None and not self.model.complete else None
        if row is None:
            return  # not read yet: selected once it is (_loaded)
        self.model.show_row(row)
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid() or index == self.table.currentIndex():
            return
        sel = self.table.selectionModel()
        sel.blockSignals(True)
        sel.setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        sel.blockSignals(False)
        self.table.viewport().update()
        self.table.scrollTo(index)

    def selected_article_ids(self) -> list[str]:
        rows = self.table.selectionModel().selectedRows()
        return [str(i.data(ID_ROLE)) for i in rows if i.data(ID_ROLE)]
