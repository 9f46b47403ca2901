"""FilterBar: the filters of a Quotes or Passages view, as a user sets them.

Speaker (a name or any alias: the core resolves it), theme (with or without its
sub-themes), outlet, date range, language, collection, quote type (quotes only),
coder and free text. ``values()`` is a plain dict (kept in QSettings, so a view
opens with the filters it had); ``changed`` fires, debounced, when one changes.
The choices are read from the project when a list first opens, and again after a
change to speakers or themes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from annotary.ui.analysis.choices import Choices
from annotary.ui.library.filter_box import FilterBox

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
KEYS = (
    "text",
    "speaker",
    "theme",
    "include_subthemes",
    "quote_type",
    "outlet",
    "language",
    "collection",
    "coder",
    "date_from",
    "date_to",
)


class FilterBar(QWidget):
    """The filters above a table of annotation rows."""

    changed = Signal()

    def __init__(
        self, choices: Callable[[], Choices], quotes: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._choices = choices
        self.quotes = quotes
        self._filled = False
        self.setObjectName("analysisFilters")
        self.text = QLineEdit(self)
        self.text.setObjectName("filterText")
        self.text.setPlaceholderText(self.tr("Search the text, notes and titles…"))
        self.text.setAccessibleName(self.tr("Search within the rows"))
        self.text.setClearButtonEnabled(True)
        self.speaker = FilterBox(self)  # its list and completions are read when first wanted
        self.speaker.opening.connect(self.fill)
        self.speaker.setObjectName("filterSpeaker")
        self.speaker.setEditable(True)
        self.speaker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = self.speaker.lineEdit()
        assert line is not None  # an editable combo box has one
        self.speaker_edit = line
        line.setPlaceholderText(self.tr("Any speaker (name or alias)"))
        line.setClearButtonEnabled(True)
        self.speaker.setAccessibleName(self.tr("Speaker, by name or alias"))
        self.speaker.setToolTip(
            self.tr("A speaker's name or any of their aliases: all of that person's rows")
        )
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.speaker.setCompleter(completer)
        self.theme = self._box("filterTheme", self.tr("Theme"), self.tr("Any theme"))
        self.subthemes = QCheckBox(self.tr("with sub-themes"), self)
        self.subthemes.setObjectName("filterSubthemes")
        self.subthemes.setChecked(True)
        self.subthemes.setToolTip(self.tr("Also the rows coded with a theme below this one"))
        self.quote_type = QComboBox(self)
        self.quote_type.setObjectName("filterQuoteType")
        self.quote_type.setAccessibleName(self.tr("Quote type"))
        self.quote_type.addItem(self.tr("Direct and reported"), None)
        self.quote_type.addItem(self.tr("Direct"), "direct")
        self.quote_type.addItem(self.tr("Reported"), "indirect")
        self.quote_type.setVisible(quotes)
        self.outlet = self._box("filterOutlet", self.tr("Outlet"), self.tr("Any outlet"))
        self.language = self._box("filterLanguage", self.tr("Language"), self.tr("Any language"))
        self.collection = self._box(
            "filterCollection", self.tr("Collection"), self.tr("Any collection")
        )
        self.coder = self._box("filterCoder", self.tr("Coder"), self.tr("Any coder"))
        self.date_from = self._date("filterFrom", self.tr("From (YYYY-MM-DD)"))
        self.date_to = self._date("filterTo", self.tr("To (YYYY-MM-DD)"))
        self.clear_button = QPushButton(self.tr("Clear Filters"), self)
        self.clear_button.setObjectName("filterClear")
        self.clear_button.clicked.connect(self.clear)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(6)
        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self.text, 3)
        top.addWidget(self.speaker, 2)
        top.addWidget(self.theme, 2)
        top.addWidget(self.subthemes)
        if quotes:
            top.addWidget(self.quote_type, 1)
        bottom = QHBoxLayout()
        bottom.setSpacing(6)
        for w in (self.outlet, self.language, self.collection, self.coder):
            bottom.addWidget(w, 1)
        bottom.addWidget(QLabel(self.tr("Published"), self))
        bottom.addWidget(self.date_from)
        bottom.addWidget(QLabel("–", self))
        bottom.addWidget(self.date_to)
        bottom.addWidget(self.clear_button)
        grid.addLayout(top, 0, 0)
        grid.addLayout(bottom, 1, 0)

        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self.changed)
        self.text.textChanged.connect(lambda _t: self._timer.start())
        self.speaker_edit.textEdited.connect(self._speaker_typed)
        self.speaker_edit.returnPressed.connect(self._now)
        self.speaker.activated.connect(lambda _i: self._now())
        self.speaker_edit.editingFinished.connect(self._timer.start)
        for box in (self.theme, self.outlet, self.language, self.collection, self.coder):
            box.currentIndexChanged.connect(self._now)
        self.quote_type.currentIndexChanged.connect(self._now)
        self.subthemes.toggled.connect(self._now)
        self.theme.currentIndexChanged.connect(self._theme_chosen)
        self._theme_chosen()
        for edit in (self.date_from, self.date_to):
            edit.editingFinished.connect(self._now)

    def _box(self, name: str, what: str, everything: str) -> FilterBox:
        box = FilterBox(self)
        box.setObjectName(name)
        box.setAccessibleName(what)
        box.addItem(everything, None)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(8)
        box.opening.connect(self.fill)
        return box

    def _date(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(placeholder)
        edit.setMaxLength(10)
        edit.setFixedWidth(edit.fontMetrics().horizontalAdvance("0000-00-00") + 28)
        edit.setPlaceholderText("YYYY-MM-DD")
        edit.setToolTip(placeholder)
        return edit

    def _speaker_typed(self, _text: str) -> None:
        self.fill()  # the names and aliases to complete, read at the first key
        self._timer.start()

    def _theme_chosen(self, *_: object) -> None:
        self.subthemes.setEnabled(self.theme.currentData() is not None)

    def _now(self, *_: object) -> None:
        self._timer.stop()
        self.changed.emit()

    # ---- choices -----------------------------------------------------------------

    def fill(self, force: bool = False) -> None:
        """Read the lists of the boxes from the project (once, or again when ``force``)."""
        if self._filled and not force:
            return
        self._filled = True
        c = self._choices()
        self._names.setStringList(c.speaker_names)
        current = self.speaker.currentText()
        self.speaker.blockSignals(True)
        self.speaker.clear()
        self.speaker.addItems(c.speaker_display)
        self.speaker.setEditText(current)
        self.speaker.blockSignals(False)
        for box, values in (
            (self.theme, c.themes),
            (self.outlet, [(v, v) for v in c.outlets]),
            (self.language, [(v, v) for v in c.languages]),
            (self.collection, [(v, v) for v in c.collections]),
            (self.coder, [(v, v) for v in c.coders]),
        ):
            _refill(box, values)

    def invalidate(self) -> None:
        """The project's speakers or themes changed: read the lists again when next needed."""
        if self._filled:
            self.fill(force=True)

    # ---- values ---------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """The filters as set: only those that narrow the rows (all strings or a bool)."""
        out: dict[str, Any] = {}
        if self.text.text().strip():
            out["text"] = self.text.text().strip()
        if self.speaker.currentText().strip():
            out["speaker"] = self.speaker.currentText().strip()
        for key, box in (
            ("theme", self.theme),
            ("outlet", self.outlet),
            ("language", self.language),
            ("collection", self.collection),
            ("coder", self.coder),
        ):
            if box.currentData() is not None:
                out[key] = box.currentData()
        if "theme" in out:
            out["include_subthemes"] = self.subthemes.isChecked()
        if self.quotes and self.quote_type.currentData() is not None:
            out["quote_type"] = self.quote_type.currentData()
        for key, edit in (("date_from", self.date_from), ("date_to", self.date_to)):
            value = self._date_value(edit)
            if value:
                out[key] = value
        return out

    def set_values(self, values: dict[str, Any], quiet: bool = True) -> None:
        """Set the filters (a remembered set, or a page's "show these rows")."""
        self.blockSignals(quiet)
        try:
            self.text.setText(str(values.get("text") or ""))
            self.speaker.setEditText(str(values.get("speaker") or ""))
            for key, box in (
                ("theme", self.theme),
                ("outlet", self.outlet),
                ("language", self.language),
                ("collection", self.collection),
                ("coder", self.coder),
            ):
                wanted = values.get(key)
                if wanted is not None and box.findData(wanted) < 0:
                    self.fill()
                    if box.findData(wanted) < 0:
                        box.addItem(str(wanted), wanted)  # a value that is gone still shows
                box.setCurrentIndex(max(box.findData(wanted), 0) if wanted is not None else 0)
            self.subthemes.setChecked(bool(values.get("include_subthemes", True)))
            self.quote_type.setCurrentIndex(
                max(self.quote_type.findData(values.get("quote_type")), 0)
            )
            self.date_from.setText(str(values.get("date_from") or ""))
            self.date_to.setText(str(values.get("date_to") or ""))
        finally:
            self.blockSignals(False)
        self._timer.stop()
        if not quiet:
            self.changed.emit()

    def clear(self) -> None:
        self.set_values({}, quiet=False)

    def _date_value(self, edit: QLineEdit) -> str | None:
        value = edit.text().strip()
        ok = not value or bool(_DATE.match(value))
        edit.setProperty("invalid", ok is False)
        edit.setToolTip("" if ok else self.tr("Write the date as YYYY, YYYY-MM or YYYY-MM-DD"))
        edit.style().unpolish(edit)
        edit.style().polish(edit)
        return value if value and ok else None


def _refill(box: QComboBox, values: list[tuple[str, str]]) -> None:
    """Replace the items after the first ("Any …"), keeping the current choice."""
    current = box.currentData()
    box.blockSignals(True)
    while box.count() > 1:
        box.removeItem(1)
    for text, data in values:
        box.addItem(text, data)
    if current is not None and box.findData(current) < 0:
        box.addItem(str(current), current)
    box.setCurrentIndex(max(box.findData(current), 0) if current is not None else 0)
    box.blockSignals(False)
