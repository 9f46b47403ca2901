"""SuggestionsSection: the "Suggestions" part of the sidebar.

A list of the open article's suggested quotes (speaker, cue, confidence,
excerpt), Accept / Reject buttons, and "Accept all ≥ X" with its spin box.
A and R act on the selected suggestion while the list has focus. The section
only shows and asks: the controller does the work.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from annotary.ui import keymap
from annotary.ui.richtext import plain_label
from annotary.ui.suggestions.delegate import SuggestionDelegate
from annotary.ui.suggestions.model import SUGGESTION_ROLE, Key, SuggestionModel

DEFAULT_THRESHOLD = 0.80


if TYPE_CHECKING:
    from annotary.suggest import QuoteSuggestion


class SuggestionsSection(QWidget):
    current_changed = Signal(object)  # QuoteSuggestion | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestionsSection")
        self.setAccessibleName(self.tr("Suggestions"))
        self.model = SuggestionModel(self)

        self.title = QLabel(self.tr("Suggestions"), self)
        self.title.setObjectName("suggestionsTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.count = QLabel("", self)
        self.count.setObjectName("suggestionsCount")
        self.count.setProperty("muted", True)

        self.list = QListView(self)
        self.list.setObjectName("suggestionsList")
        self.list.setAccessibleName(self.tr("Suggested quotes of this article"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(SuggestionDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.empty = plain_label(QLabel("", self))
        self.empty.setObjectName("suggestionsEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setProperty("muted", True)

        self.threshold = QDoubleSpinBox(self)
        self.threshold.setObjectName("suggestionsThreshold")
        self.threshold.setAccessibleName(self.tr("Confidence for Accept all"))
        self.threshold.setToolTip(
            self.tr("Accept all accepts the suggestions at least this confident")
        )
        self.threshold.setRange(0.0, 1.0)
        self.threshold.setSingleStep(0.05)
        self.threshold.setDecimals(2)
        self.threshold.setValue(DEFAULT_THRESHOLD)
        self.threshold.setPrefix("≥ ")

        list_keys = Qt.ShortcutContext.WidgetShortcut
        self.accept_action = self._action(
            "accept_suggestion",
            self.tr("&Accept Suggestion"),
            self.tr("Accept the selected suggestion (A)"),
        )
        self.reject_action = self._action(
            "reject_suggestion",
            self.tr("&Reject Suggestion"),
            self.tr("Reject the selected suggestion (R)"),
        )
        for action in (self.accept_action, self.reject_action):
            action.setShortcutContext(list_keys)
            self.list.addAction(action)
        self.accept_all_action = self._action(
            "accept_all_suggestions",
            self.tr("Accept All &Above Confidence"),
            self.tr("Accept every suggestion at least as confident as the value beside it"),
        )
        self.suggest_action = self._action(
            "suggest",
            self.tr("Su&ggest Quotes"),
            self.tr("Find quotes and speakers in this article"),
        )

        head = QHBoxLayout()
        head.setSpacing(6)
        head.addWidget(self.title)
        head.addWidget(self.count)
        head.addStretch(1)
        head.addWidget(self._button(self.suggest_action, self.tr("Suggest")))
        bar = QHBoxLayout()
        bar.setSpacing(2)
        bar.addWidget(self._button(self.accept_action, self.tr("Accept")))
        bar.addWidget(self._button(self.reject_action, self.tr("Reject")))
        bar.addStretch(1)
        bar.addWidget(self._button(self.accept_all_action, self.tr("Accept all")))
        bar.addWidget(self.threshold)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(head)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(bar)

        # selectionChanged, not currentChanged: a click moves the current row before selecting it
        self.list.selectionModel().selectionChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._update)
        self.model.rowsRemoved.connect(self._update)
        self.threshold.valueChanged.connect(self._update)
        self.set_message("")
        self._update()

    def _action(self, key: str, text: str, tip: str) -> QAction:
        """An action with the key map's keys for ``key``."""
        action = QAction(text, self)
        action.setObjectName(f"action_{key}")
        action.setShortcuts(keymap.sequences(key))
        shortcut = keymap.label(key)
        action.setToolTip(f"{tip} ({shortcut})" if len(shortcut) > 1 else tip)
        action.setStatusTip(tip)
        return action

    def _button(self, action: QAction, text: str) -> QToolButton:
        action.setIconText(text)  # the short label on the button; menus show the full text
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setAutoRaise(True)
        button.setObjectName(f"button_{action.objectName().removeprefix('action_')}")
        return button

    # ---- content ------------------------------------------------------------------

    def set_suggestions(self, items: list[QuoteSuggestion], keep: Key | None = None) -> None:
        """Show ``items``; select ``keep`` (or the row it was at) if there is one."""
        row = self.list.currentIndex().row()
        self.model.set_suggestions(items)
        target = self.model.row_of(keep) if keep is not None else -1
        if target < 0 and keep is not None and self.model.rowCount() > 0:
            target = min(max(row, 0), self.model.rowCount() - 1)
        if target >= 0:
            self.select_row(target)
        self._current_changed()

    def remove(self, keys: list[Key]) -> None:
        """Take suggestions out at once (accepted or rejected); select the next one."""
        row = self.list.currentIndex().row()
        self.model.remove(keys)
        if self.model.rowCount() and row >= 0:
            self.select_row(min(row, self.model.rowCount() - 1))
        self._current_changed()

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        if index.isValid():
            self.list.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.list.scrollTo(index)

    def current(self) -> QuoteSuggestion | None:
        index = self.list.currentIndex()
        if not index.isValid() or not self.list.selectionModel().isSelected(index):
            return None
        s = index.data(SUGGESTION_ROLE)
        from annotary.suggest.model import QuoteSuggestion  # loaded by then: it made s

        return s if isinstance(s, QuoteSuggestion) else None

    def set_message(self, text: str) -> None:
        """What the empty list says (no suggestions, not run yet, finding…)."""
        self.empty.setText(text or self.tr("No suggested quotes for this article."))
        self._update()

    def set_busy(self, busy: bool) -> None:
        self.count.setText(self.tr("finding quotes…") if busy else self._count_text())

    def _count_text(self) -> str:
        n = self.model.rowCount()
        return f"({n})" if n else ""

    def _current_changed(self, *_args: object) -> None:
        self._update()
        self.current_changed.emit(self.current())

    def _update(self, *_args: object) -> None:
        has = self.model.rowCount() > 0
        self.list.setVisible(has)
        self.empty.setVisible(not has)
        if self.count.text() != self.tr("finding quotes…"):
            self.count.setText(self._count_text())
        selected = self.current() is not None
        self.accept_action.setEnabled(selected)
        self.reject_action.setEnabled(selected)
        self.accept_all_action.setEnabled(bool(self.model.above(self.threshold.value())))
