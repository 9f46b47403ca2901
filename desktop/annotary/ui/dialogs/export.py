"""The export dialog: what to export (project, article, themes), in which format, where.

The file is written off the GUI thread, on the task's own connection to the
project file, into a temporary file next to the target that is renamed into
place only when complete. Cancel discards the result: the target is untouched.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from annotary.domain.errors import AnnotaryError
from annotary.services import articles, codebook
from annotary.services.export_formats import FORMATS, ExportFormat
from annotary.services.exporting import Scope
from annotary.ui.context import AppContext
from annotary.ui.i18n import QT_TRANSLATE_NOOP, shown
from annotary.ui.operations import interchange
from annotary.ui.operations.runner import Running
from annotary.ui.panels.common import swatch
from annotary.ui.richtext import plain_label

ID_ROLE = Qt.ItemDataRole.UserRole + 1


# The formats' names (services/export_formats.py), for the translation files.
FORMAT_LABELS = (
    QT_TRANSLATE_NOOP("ExportFormats", "Annotary JSON"),
    QT_TRANSLATE_NOOP("ExportFormats", "W3C Web Annotation (JSON-LD)"),
    QT_TRANSLATE_NOOP("ExportFormats", "W3C Web Annotation, plain list"),
    QT_TRANSLATE_NOOP("ExportFormats", "REFI-QDA project"),
    QT_TRANSLATE_NOOP("ExportFormats", "REFI-QDA codebook"),
    QT_TRANSLATE_NOOP("ExportFormats", "Quotes table (CSV)"),
    QT_TRANSLATE_NOOP("ExportFormats", "Coded passages table (CSV)"),
    QT_TRANSLATE_NOOP("ExportFormats", "Excel workbook"),
    QT_TRANSLATE_NOOP("ExportFormats", "Annotations joined with articles (JSON Lines)"),
    QT_TRANSLATE_NOOP("ExportFormats", "Taguette codebook (CSV)"),
)


class ExportDialog(QDialog):
    """Choose scope, format and file; the export runs in the background."""

    exported = Signal(str, str)  # path written, what it holds

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        current_article_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current_article_id = current_article_id
        self.busy = False
        self.running: Running[str | None] | None = None
        self._close_when_done = False
        self.last_result: str | None = None  # the last report shown, for the status bar
        self.setWindowTitle(self.tr("Export"))
        self.setObjectName("exportDialog")
        self.setAccessibleName(self.tr("Export"))

        # -- scope ---------------------------------------------------------
        self.scope_box = scope_box = QGroupBox(self.tr("What to export"), self)
        self.whole = QRadioButton(self.tr("The whole &project"), scope_box)
        self.article = QRadioButton(self.tr("The &current article"), scope_box)
        self.chosen = QRadioButton(self.tr("Annotations with the chosen &themes"), scope_box)
        self.scope_group = QButtonGroup(self)
        for i, button in enumerate((self.whole, self.article, self.chosen)):
            self.scope_group.addButton(button, i)
        self.whole.setChecked(True)
        title = self._article_title()
        if title is None:
            self.article.setEnabled(False)
            self.article.setToolTip(self.tr("Open an article to export it alone"))
        else:
            self.article.setText(self.tr("The &current article: {0}").format(title))
        self.themes = QTreeWidget(scope_box)
        self.themes.setHeaderHidden(True)
        self.themes.setAccessibleName(self.tr("Themes to export"))
        self.themes.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.themes.setMinimumHeight(140)
        self._fill_themes()
        hint = QLabel(self.tr("Sub-themes of a chosen theme are included."), scope_box)
        hint.setEnabled(False)
        scope_layout = QVBoxLayout(scope_box)
        scope_layout.setSpacing(6)
        for widget in (self.whole, self.article, self.chosen, self.themes, hint):
            scope_layout.addWidget(widget)

        # -- format and file ----------------------------------------------
        self.format = QComboBox(self)
        self.format.setAccessibleName(self.tr("Format"))
        for fmt in FORMATS:
            label = QCoreApplication.translate("ExportFormats", fmt.label)
            self.format.addItem(f"{label} ({fmt.suffix})", fmt.key)
        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("File to write"))
        self.path.setPlaceholderText(self.tr("Choose where to save the export"))
        self.browse = QPushButton(self.tr("&Browse…"), self)
        self.browse.setAccessibleName(self.tr("Choose the file"))
        row = QHBoxLayout()
        row.setSpacing(6)
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.tr("&Format:"), self.format)
        save_to = QLabel(self.tr("&Save to:"), self)
        save_to.setBuddy(self.path)  # a row of widgets has no buddy of its own
        form.addRow(save_to, row)

        self.report = plain_label(QLabel(self))
        self.report.setObjectName("exportReport")
        self.report.setWordWrap(True)
        self.report.setAccessibleName(self.tr("Export result"))
        self.report.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button.setDefault(True)
        self.buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.start_export)
        self.browse.clicked.connect(self.choose_file)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.scope_group.idToggled.connect(lambda *_: self._update())
        self.themes.itemChanged.connect(lambda *_: self._update())
        self.path.textChanged.connect(lambda *_: self._update())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(12)
        layout.addWidget(scope_box, 1)
        layout.addLayout(form)
        layout.addWidget(self.report)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self._update()

    # -- state -----------------------------------------------------------
    def _article_title(self) -> str | None:
        if self.current_article_id is None:
            return None
        try:
            return articles.get(self.ctx.project, self.current_article_id).title
        except AnnotaryError:
            return None

    def _fill_themes(self) -> None:
        items: dict[str, QTreeWidgetItem] = {}
        for _path, theme in codebook.theme_paths(codebook.themes(self.ctx.project)):
            parent = items.get(theme.parent) if theme.parent else None  # listed before it
            item = QTreeWidgetItem([theme.name])
            item.setData(0, ID_ROLE, theme.id)
            item.setIcon(0, swatch(theme.color))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            if parent is not None:
                parent.addChild(item)
            else:
                self.themes.addTopLevelItem(item)
            items[theme.id] = item
        self.themes.expandAll()

    def selected_format(self) -> ExportFormat:
        key = self.format.currentData()
        return next(f for f in FORMATS if f.key == key)

    def checked_themes(self) -> list[str]:
        found = []
        it = QTreeWidgetItemIterator(self.themes)
        while it.value():
            item = it.value()
            if item.checkState(0) == Qt.CheckState.Checked:
                found.append(str(item.data(0, ID_ROLE)))
            it += 1
        return found

    def set_themes_checked(self, theme_ids: list[str]) -> None:
        it = QTreeWidgetItemIterator(self.themes)
        while it.value():
            item = it.value()
            on = item.data(0, ID_ROLE) in theme_ids
            item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            it += 1

    def scope(self) -> Scope:
        if self.article.isChecked() and self.current_article_id:
            return Scope(articles=(self.current_article_id,))
        if self.chosen.isChecked():
            return Scope(themes=tuple(self.checked_themes()))
        return Scope()

    def problem(self) -> str | None:
        """Why the export cannot start yet, or None."""
        if self.busy:
            return self.tr("An export is running.")
        if self.chosen.isChecked() and self.selected_format().scoped and not self.checked_themes():
            return self.tr("Tick at least one theme to export.")
        if not self.path.text().strip():
            return self.tr("Choose the file to write.")
        target = Path(self.path.text().strip()).expanduser()
        if not target.parent.is_dir():
            return self.tr("The folder {0} does not exist.").format(target.parent)
        return None

    def _update(self) -> None:
        scoped = self.selected_format().scoped
        self.scope_box.setEnabled(scoped)
        self.scope_box.setToolTip(
            "" if scoped else self.tr("This format always holds the whole codebook")
        )
        self.themes.setEnabled(scoped and self.chosen.isChecked())
        problem = self.problem()
        self.export_button.setEnabled(problem is None)
        self.export_button.setToolTip(problem or self.tr("Write the file"))

    def _format_changed(self) -> None:
        text = self.path.text().strip()
        if text:
            self.path.setText(str(Path(text).with_suffix(self.selected_format().suffix)))
        self._update()

    def choose_file(self) -> None:
        fmt = self.selected_format()
        start = self.path.text().strip() or str(self._suggested_path())
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), start, fmt.file_filter)
        if name:
            path = Path(name)
            if path.suffix.lower() != fmt.suffix:
                path = path.with_name(path.name + fmt.suffix)
            self.path.setText(str(path))

    def _suggested_path(self) -> Path:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = self.ctx.project.path.stem + self.selected_format().suffix
        return Path(folder or Path.home()) / name

    # -- running -----------------------------------------------------------
    def start_export(self) -> bool:
        """Start writing the file in the background; False if it cannot start."""
        problem = self.problem()
        if problem is not None:
            self._say(problem)
            return False
        fmt = self.selected_format()
        target = Path(self.path.text().strip()).expanduser().resolve()
        scope = self.scope() if fmt.scoped else Scope()

        self.busy = True
        self._update()
        self._say(self.tr("Writing {0}…").format(target.name))
        op = (
            interchange.export(fmt, target, scope)
            .then(lambda summary: self._done(target, summary))
            .or_else(self._failed)
        )
        self.running = self.ctx.operations.run(op, self)
        return True

    def _done(self, target: Path, summary: object) -> None:
        if summary is None:
            self._say(self.tr("Export cancelled: nothing was written."))
        else:
            said = shown(summary) if isinstance(summary, str) else str(summary)
            self._say(self.tr("Wrote {0} to {1}.").format(said, target))
            self.ctx.status.emit(self.tr("Exported to {0}").format(target.name))
            self.exported.emit(str(target), str(summary))
        self._finish()

    def _failed(self, why: str) -> None:
        self._say(
            self.tr("Nothing was written: {0}").format(why)
        )  # the failure box has said it too
        self._finish()

    def _say(self, text: str) -> None:
        self.last_result = text
        self.report.setText(text)

    def reject(self) -> None:
        if self.busy:
            self._close_when_done = True
            if self.running is not None:
                self.running.cancel()
            return  # the dialog closes itself once the task has stopped
        super().reject()

    def _finish(self) -> None:
        self.busy = False
        self._update()
        if self._close_when_done:
            super().reject()
