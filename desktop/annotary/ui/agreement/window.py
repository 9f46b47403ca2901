"""Compare Coders: how far the project's coders agree, per theme, for quotes and speakers.

Check the coders to compare (all by default) and optionally one theme; the table
shows ``services.agreement.compare_coders`` (computed in a worker thread on its
own connection, so a big project never freezes the window), the articles it was
computed over, and Export… saves it as CSV or HTML. "Show in Article" marks in
the reader where the chosen coders differ on the selected row's category.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotary.domain.errors import AnnotaryError
from annotary.domain.models import Changes
from annotary.services import agreement, codebook
from annotary.services.agreement import Comparison
from annotary.ui.agreement.disagreements import DisagreementView
from annotary.ui.agreement.help import CONTEXT, HELP, LEGEND
from annotary.ui.agreement.table_model import CATEGORY_ROLE, AgreementTableModel
from annotary.ui.context import AppContext
from annotary.ui.i18n import QT_TRANSLATE_NOOP
from annotary.ui.operations import agreement as agreement_ops
from annotary.ui.operations.runner import Running
from annotary.ui.richtext import plain_label
from annotary.ui.safety import one_line

REPORT_FILTERS = {
    QT_TRANSLATE_NOOP("AgreementWindow", "CSV (*.csv)"): "csv",
    QT_TRANSLATE_NOOP("AgreementWindow", "HTML page (*.html)"): "html",
}


class AgreementWindow(QDialog):
    """A non-modal window next to the main one."""

    computed = Signal()  # a comparison finished (shown, or its error shown)

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        disagreements: DisagreementView | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.disagreements = disagreements
        self.comparison: Comparison | None = None
        self.titles: list[str] = []
        self.error = ""
        self._generation = 0
        self.busy = False
        self.setObjectName("agreementWindow")
        self.setWindowTitle(self.tr("Compare Coders — Annotary"))
        self.setAccessibleName(self.tr("Compare coders"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setSizeGripEnabled(True)

        self.coder_list = QListWidget(self)
        self.coder_list.setObjectName("agreementCoders")
        self.coder_list.setAccessibleName(self.tr("Coders to compare"))
        self.theme_box = QComboBox(self)
        self.theme_box.setObjectName("agreementTheme")
        self.theme_box.setAccessibleName(self.tr("Theme to compare"))
        self.model = AgreementTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("agreementTable")
        self.table.setAccessibleName(self.tr("Agreement per category"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.heading = plain_label(QLabel(self))
        self.heading.setObjectName("agreementHeading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.message = plain_label(QLabel(self))
        self.message.setObjectName("agreementMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.article_list = QListWidget(self)
        self.article_list.setObjectName("agreementArticles")
        self.article_list.setAccessibleName(self.tr("Articles compared"))
        self.articles_label = QLabel(self.tr("Articles compared"), self)
        self.legend = QLabel(QCoreApplication.translate(CONTEXT, LEGEND), self)
        self.legend.setWordWrap(True)
        self.legend.setProperty("muted", True)
        self.help_text = plain_label(QLabel(QCoreApplication.translate(CONTEXT, HELP), self))
        self.help_text.setObjectName("agreementHelp")
        self.help_text.setWordWrap(True)
        self.help_text.hide()
        self.table.setWhatsThis(QCoreApplication.translate(CONTEXT, HELP))
        self.help_button = QPushButton(self.tr("&Help"), self)
        self.help_button.setObjectName("agreementHelpButton")
        self.help_button.setCheckable(True)
        self.help_button.setToolTip(self.tr("What the numbers mean and how to read them"))
        self.help_button.toggled.connect(self.help_text.setVisible)

        self.show_button = QPushButton(self.tr("Show in &Article"), self)
        self.show_button.setObjectName("agreementShow")
        self.show_button.setToolTip(
            self.tr("Mark in the open article where the checked coders differ on the selected row")
        )
        self.export_button = QPushButton(self.tr("&Export…"), self)
        self.export_button.setObjectName("agreementExport")
        self.export_button.setToolTip(self.tr("Save the table as CSV or as an HTML page"))
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)
        self.show_button.clicked.connect(self.show_in_article)
        self.export_button.clicked.connect(self.export_dialog)

        left = QWidget(self)
        side = QVBoxLayout(left)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(QLabel(self.tr("&Coders:"), left, buddy=self.coder_list))  # type: ignore[call-overload]
        side.addWidget(self.coder_list, 1)
        side.addWidget(QLabel(self.tr("&Theme:"), left, buddy=self.theme_box))  # type: ignore[call-overload]
        side.addWidget(self.theme_box)
        right = QWidget(self)
        main = QVBoxLayout(right)
        main.setContentsMargins(0, 0, 0, 0)
        main.addWidget(self.heading)
        main.addWidget(self.message)
        main.addWidget(self.table, 3)
        main.addWidget(self.legend)
        main.addWidget(self.help_text)
        main.addWidget(self.articles_label)
        main.addWidget(self.article_list, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 680])
        buttons = QHBoxLayout()
        buttons.addWidget(self.help_button)
        buttons.addWidget(self.show_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.resize(940, 560)

        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.compare)
        self.coder_list.itemChanged.connect(lambda _item: self._timer.start())
        self.theme_box.currentIndexChanged.connect(lambda _i: self._timer.start())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        ctx.changed.connect(self._project_changed)
        ctx.project_replaced.connect(self.reload)
        self._update_buttons()

    # ---- choices ---------------------------------------------------------------------

    def reload(self) -> None:
        """Refill the coder and theme lists from the project (keeping choices) and compare."""
        unchecked = {
            self.coder_list.item(i).text()
            for i in range(self.coder_list.count())
            if self.coder_list.item(i).checkState() == Qt.CheckState.Unchecked
        }
        self.coder_list.blockSignals(True)
        self.coder_list.clear()
        for coder in agreement.coders(self.ctx.project):
            item = QListWidgetItem(coder, self.coder_list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = coder not in unchecked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.coder_list.blockSignals(False)
        current = self.theme_box.currentData()
        self.theme_box.blockSignals(True)
        self.theme_box.clear()
        self.theme_box.addItem(self.tr("All themes"), None)
        themes = {t.id: t for t in codebook.themes(self.ctx.project)}
        for theme in themes.values():
            self.theme_box.addItem(codebook.theme_path(themes, theme.id), theme.id)
        self.theme_box.setCurrentIndex(max(self.theme_box.findData(current), 0))
        self.theme_box.blockSignals(False)
        self.compare()

    def checked_coders(self) -> list[str]:
        return [
            self.coder_list.item(i).text()
            for i in range(self.coder_list.count())
            if self.coder_list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, coders: Sequence[str]) -> None:
        for i in range(self.coder_list.count()):
            item = self.coder_list.item(i)
            on = item.text() in coders
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _project_changed(self, changes: Changes) -> None:
        if self.isVisible() and (changes.annotations or changes.themes or changes.removed):
            self.reload()

    # ---- comparing ----------------------------------------------------------------------

    def compare(self) -> Running[Any] | None:
        """Start the comparison of the checked coders; the table fills when it is done."""
        self._timer.stop()
        self._generation += 1
        who = self.checked_coders()
        all_coders = agreement.coders(self.ctx.project)
        if len(who) < 2:
            if len(all_coders) < 2:
                names = f" ({all_coders[0]})" if all_coders else ""
                why = self.tr(
                    "This project has annotations of %n coder(s){0}. "
                    "Agreement needs two coders or more who annotated the same articles: "
                    "import another coder's work with File › Import Annotations (JSON)…",
                    "",
                    len(all_coders),
                ).format(names)
            else:
                why = self.tr("Check at least two coders to compare.")
            self._show_result(self._generation, None, why)
            return None
        theme = self.theme_box.currentData()
        generation = self._generation
        op = (
            agreement_ops.compare(who, [theme] if theme else None)
            .then(lambda value: self._show_result(generation, value, ""))
            .or_else(lambda why: self._show_result(generation, None, why))
        )
        self.busy = True
        self.heading.setText(self.tr("Comparing {0}…").format(", ".join(who)))
        return self.ctx.operations.run(op.failing_in_status_line(), self)

    def _show_result(self, generation: int, value: object, why: str) -> None:
        if generation != self._generation:
            return  # a newer comparison was started meanwhile
        self.busy = False
        self.error = why
        if isinstance(value, tuple):
            self.comparison, self.titles = value
            self.heading.setText(
                self.tr(
                    "Agreement of {0} over %n article(s)", "", len(self.comparison.articles)
                ).format(", ".join(self.comparison.coders))
            )
            self.model.set_rows(self.comparison.rows)
            self.message.hide()
        else:
            self.comparison, self.titles = None, []
            self.heading.setText(self.tr("No comparison"))
            self.model.set_rows([])
            text = why[:1].upper() + why[1:]
            if "no article has been coded by all" in why:
                text += self.tr(". Each compared coder must have annotated the same article.")
            self.message.setText(text)
            self.message.show()
        self.article_list.clear()
        self.article_list.addItems(self.titles)
        self.articles_label.setText(self.tr("Articles compared ({0})").format(len(self.titles)))
        self._update_buttons()
        self.computed.emit()

    def _update_buttons(self) -> None:
        self.export_button.setEnabled(self.comparison is not None)
        self.show_button.setEnabled(
            self.comparison is not None
            and self.disagreements is not None
            and self.selected_category() is not None
        )

    def selected_category(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return str(rows[0].data(CATEGORY_ROLE)) if rows else None

    def select_category(self, category: str) -> bool:
        for row, item in enumerate(self.model.rows()):
            if item.category == category:
                self.table.selectionModel().select(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                return True
        return False

    # ---- actions ----------------------------------------------------------------------

    def show_in_article(self) -> int:
        category = self.selected_category()
        if self.disagreements is None or category is None or self.comparison is None:
            return 0
        return self.disagreements.show(category, self.comparison.coders)

    def export_dialog(self) -> None:
        if self.comparison is None:
            return
        filters = {self.tr(shown): suffix for shown, suffix in REPORT_FILTERS.items()}
        name, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the agreement table"),
            str(Path.home() / "agreement.csv"),
            ";;".join(filters),
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in (".csv", ".html", ".htm"):
            path = path.with_suffix("." + filters.get(chosen, "csv"))
        self.export(path)

    def export(self, path: Path) -> bool:
        if self.comparison is None:
            return False
        try:
            agreement.write_report(self.comparison, path)
        except (AnnotaryError, OSError) as exc:
            self.message.setText(self.tr("The table could not be saved: {0}").format(one_line(exc)))
            self.message.show()
            return False
        self.ctx.status.emit(self.tr("Saved the agreement table to {0}").format(path))
        return True
