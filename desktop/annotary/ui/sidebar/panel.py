"""SidebarPanel: the open article's annotations, filterable, editable in place.

Del deletes the selected entries (several at once), N or F2 edits the note,
the buttons and the context menu change speaker, quote type, themes and span.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from annotary.domain.models import Annotation
from annotary.ui import keymap
from annotary.ui.annotate.controller import Annotator
from annotary.ui.annotate.session import ArticleSession
from annotary.ui.context import AppContext
from annotary.ui.sidebar.delegate import AnnotationDelegate, row_height
from annotary.ui.sidebar.filters import FilterChoices
from annotary.ui.sidebar.model import (
    ANNOTATION_ROLE,
    GROUPS,
    ID_ROLE,
    AnnotationModel,
    SidebarFilter,
)


class SidebarPanel(QWidget):
    annotation_activated = Signal(str)  # double-click / Enter: show it in the reader

    def __init__(
        self,
        ctx: AppContext,
        session: ArticleSession,
        annotator: Annotator,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session = session
        self.annotator = annotator
        self._syncing = False
        self._shown_article: str | None = None
        self.setObjectName("sidebarPanel")
        self.setAccessibleName(self.tr("Annotations"))

        self.kind_box = self._combo(self.tr("Kind"), "sidebarKind")
        for kind, label in GROUPS:
            self.kind_box.addItem(QCoreApplication.translate("SidebarModel", label), kind)
        self.theme_box = self._combo(self.tr("Theme"), "sidebarTheme")
        self.speaker_box = self._combo(self.tr("Speaker"), "sidebarSpeaker")
        self.coder_box = self._combo(self.tr("Coder"), "sidebarCoder")

        self.choices = FilterChoices()
        self.model = AnnotationModel(session, self)
        # A one-column table (group titles are rows) with fixed row heights: after one
        # inserted or removed row a tree view, or a list view, visits every row of the
        # model; a table's header just shifts its sections.
        self.tree = QTableView(self)
        self.tree.setObjectName("sidebarTree")
        self.tree.setAccessibleName(self.tr("Annotations of this article"))
        self.tree.setModel(self.model)
        self.tree.setShowGrid(False)
        self.tree.setWordWrap(False)
        self.tree.setTabKeyNavigation(False)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.horizontalHeader().hide()
        self.tree.horizontalHeader().setStretchLastSection(True)
        rows = self.tree.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(row_height(self.tree.font()))
        self.tree.setItemDelegate(AnnotationDelegate(self.tree))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.empty = QLabel(
            self.tr("No annotations yet.\nSelect text in the article and press Q, S or T."), self
        )
        self.empty.setObjectName("sidebarEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setProperty("muted", True)

        self.actions_: dict[str, QAction] = {}
        bar = QHBoxLayout()
        bar.setSpacing(2)
        for key, text, tip, shortcut, slot in (
            (
                "speaker",
                self.tr("Speaker…"),
                self.tr("Change the speaker (and quote type)"),
                "",
                self.edit_speaker,
            ),
            (
                "theme",
                self.tr("Theme…"),
                self.tr("Add a theme to the selected annotation"),
                "",
                self.add_theme,
            ),
            (
                "note",
                self.tr("Note…"),
                self.tr("Write or edit the note (N)"),
                "annotation_note",
                self.edit_note,
            ),
            (
                "span",
                self.tr("Adjust span"),
                self.tr("Move the annotation onto the text selected in the reader"),
                "",
                self.adjust_span,
            ),
            (
                "delete",
                self.tr("Delete"),
                self.tr("Delete the selected annotations (Del)"),
                "delete_annotation",
                self.delete_selected,
            ),
        ):
            action = QAction(text, self)
            action.setObjectName(f"sidebar_{key}")
            action.setToolTip(tip)
            if shortcut:  # its name in the key map
                action.setShortcuts(keymap.sequences(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.tree.addAction(action)
            action.triggered.connect(slot)
            self.actions_[key] = action
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            bar.addWidget(button)
        bar.addStretch(1)

        title = QLabel(self.tr("Annotations"), self)
        title.setObjectName("sidebarTitle")
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        filters = QGridLayout()
        filters.setSpacing(4)
        filters.addWidget(self.kind_box, 0, 0)
        filters.addWidget(self.theme_box, 0, 1)
        filters.addWidget(self.speaker_box, 1, 0)
        filters.addWidget(self.coder_box, 1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(bar)

        for box in (self.kind_box, self.theme_box, self.speaker_box, self.coder_box):
            box.currentIndexChanged.connect(self._filter_changed)
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)
        self.tree.doubleClicked.connect(self._double_clicked)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        session.reset.connect(self.refresh)
        session.annotations_changed.connect(self._annotations_changed)
        session.labels_changed.connect(self._labels_changed)
        ctx.annotation_selected.connect(self.select_annotation)
        self.refresh()

    def add_section(self, widget: QWidget, stretch: int = 1) -> None:
        """Add a part below the annotations (the suggested quotes), sharing the height."""
        layout = self.layout()
        if isinstance(layout, QVBoxLayout):
            layout.addSpacing(6)
            layout.addWidget(widget, stretch)

    def _combo(self, label: str, name: str) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(name)
        box.setAccessibleName(self.tr("Show only this {0}").format(label.lower()))
        box.addItem(self.tr("{0}: All").format(label), None)
        return box

    # ---- content -----------------------------------------------------------------

    def current_filter(self) -> SidebarFilter:
        return SidebarFilter(
            self.kind_box.currentData(),
            self.theme_box.currentData(),
            self.speaker_box.currentData(),
            self.coder_box.currentData(),
        )

    def _filter_changed(self) -> None:
        self._syncing = True
        self.model.set_filter(self.current_filter())
        self._syncing = False
        self._update_actions()

    def refresh(self) -> None:
        """Show the session's annotations from scratch (another article, or new text).

        The same article shown again (its text changed) keeps its selection and place.
        """
        same = self.session.article_id == self._shown_article
        self._shown_article = self.session.article_id
        keep = self.selected_ids() if same else []
        scrolled = self.tree.verticalScrollBar().value() if same else 0
        self.choices.reset(self.session.annotations)
        self._refill_filters()
        self._syncing = True
        self.model.filter = self.current_filter()
        self.model.populate()
        sel = self.tree.selectionModel()
        for aid in keep:
            index = self.model.index_of(aid)
            if index.isValid():
                sel.select(index, QItemSelectionModel.SelectionFlag.Select)
        self._syncing = False
        if scrolled:
            self.tree.verticalScrollBar().setValue(scrolled)
        self._show_empty()
        self._update_actions()

    def _annotations_changed(self, changed: set[str], removed: set[str]) -> None:
        """Some annotations were added, edited or removed: only their rows change."""
        if self.choices.apply(self.session.annotations, changed | removed):
            self._refill_filters()
            self.model.set_filter(self.current_filter())  # a chosen value may have gone
        self._syncing = True
        self.model.apply(changed, removed)
        self._syncing = False
        self._show_empty()
        self._update_actions()

    def _labels_changed(self) -> None:
        self._refill_filters()
        self.model.refresh_labels()

    def _show_empty(self) -> None:
        has = bool(self.session.annotations)
        if self.tree.isVisibleTo(self) != has or self.empty.isVisibleTo(self) == has:
            self.tree.setVisible(has)
            self.empty.setVisible(not has)

    def _refill_filters(self) -> None:
        s = self.session
        used = self.choices
        theme_ids = sorted(used.themes, key=lambda t: s.theme_label(t).casefold())
        speaker_ids = sorted(used.speakers, key=lambda i: s.speaker_name(i).casefold())
        for box, values in (
            (self.theme_box, [(t, s.theme_label(t)) for t in theme_ids]),
            (self.speaker_box, [(i, s.speaker_name(i)) for i in speaker_ids]),
            (self.coder_box, [(c, c) for c in sorted(used.coders)]),
        ):
            if [(box.itemData(i), box.itemText(i)) for i in range(1, box.count())] == values:
                continue
            current = box.currentData()
            box.blockSignals(True)
            while box.count() > 1:
                box.removeItem(1)
            for data, text in values:
                box.addItem(text, data)
            box.setCurrentIndex(max(box.findData(current), 0))
            box.blockSignals(False)

    # ---- selection ---------------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        rows = self.tree.selectionModel().selectedIndexes() if self.tree.selectionModel() else []
        return [str(i.data(ID_ROLE)) for i in rows if i.data(ID_ROLE)]

    def current_annotation(self) -> Annotation | None:
        ids = self.selected_ids()
        current = self.tree.currentIndex().data(ID_ROLE)
        aid = current if current in ids else (ids[0] if ids else None)
        return self.session.annotations.get(aid) if aid else None

    def select_annotation(self, annotation_id: str) -> None:
        if self._syncing:
            return
        index = self.model.index_of(annotation_id)
        if not index.isValid():
            return
        self._syncing = True
        self.tree.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.tree.scrollTo(index)
        self._syncing = False
        self._update_actions()

    def _selection_changed(self) -> None:
        self._update_actions()
        if self._syncing:
            return
        annotation = self.current_annotation()
        if annotation is not None:
            self._syncing = True
            self.ctx.annotation_selected.emit(annotation.id)
            self._syncing = False

    def _double_clicked(self, index: QModelIndex) -> None:
        aid = index.data(ID_ROLE)
        if aid:
            self.annotation_activated.emit(str(aid))

    def _update_actions(self) -> None:
        n = len(self.selected_ids())
        annotation = self.current_annotation()
        self.actions_["delete"].setEnabled(n > 0)
        for key in ("theme", "note", "span"):
            self.actions_[key].setEnabled(annotation is not None)
        self.actions_["speaker"].setEnabled(
            annotation is not None and annotation.kind in ("quote", "speaker")
        )

    # ---- edits ------------------------------------------------------------------------------

    def delete_selected(self) -> None:
        self.annotator.delete(self.selected_ids())

    def edit_note(self) -> None:
        annotation = self.current_annotation()
        if annotation is not None:
            self.annotator.edit_note(annotation.id)

    def edit_speaker(self) -> None:
        annotation = self.current_annotation()
        if annotation is not None and annotation.kind in ("quote", "speaker"):
            self.annotator.edit_speaker(annotation.id)

    def add_theme(self) -> None:
        annotation = self.current_annotation()
        if annotation is not None:
            self.annotator.choose_theme_for(annotation.id)

    def adjust_span(self) -> None:
        annotation = self.current_annotation()
        if annotation is not None:
            self.annotator.adjust_span(annotation.id)

    def _context_menu(self, pos: QPoint) -> None:
        annotation = self.tree.indexAt(pos).data(ANNOTATION_ROLE)
        if not isinstance(annotation, Annotation):
            return
        menu = QMenu(self)
        if annotation.kind in ("quote", "speaker"):
            menu.addAction(self.actions_["speaker"])
        if annotation.kind == "quote":
            other = "indirect" if annotation.quote_type != "indirect" else "direct"
            menu.addAction(
                self.tr("Make it an indirect quote")
                if other == "indirect"
                else self.tr("Make it a direct quote"),
                partial(self.annotator.set_quote_type, annotation.id, other),
            )
        menu.addAction(self.actions_["theme"])
        if annotation.themes:
            remove = menu.addMenu(self.tr("Remove theme"))
            for t in annotation.themes:
                remove.addAction(
                    self.session.theme_label(t),
                    partial(self.annotator.remove_theme, annotation.id, t),
                )
        menu.addAction(self.actions_["note"])
        menu.addAction(self.actions_["span"])
        menu.addSeparator()
        menu.addAction(self.actions_["delete"])
        menu.exec(self.tree.viewport().mapToGlobal(pos))
