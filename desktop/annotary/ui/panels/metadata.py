"""The article metadata panel: title, outlet, author, date, URL, language, collections,
and what a news database says of the article (section, page, length, database,
document identifier; the export file it came from, which is not editable).

A field is applied when the user presses Enter or leaves it; each applied
field is one ``articles.update_metadata`` call and one undo step. A date that
is not a real YYYY-MM-DD day is not applied: the panel says why, next to it.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from annotary.domain.errors import AnnotaryError
from annotary.domain.models import Article, Changes
from annotary.services import articles, duplicates
from annotary.ui.analysis.notes import ArticleNote
from annotary.ui.context import AppContext
from annotary.ui.i18n import QT_TRANSLATE_NOOP
from annotary.ui.operations import articles as article_ops
from annotary.ui.panels.common import tidy
from annotary.ui.richtext import plain_label

# (field, label, placeholder)
FIELDS: tuple[tuple[str, str, str], ...] = (
    (
        "title",
        QT_TRANSLATE_NOOP("MetadataPanel", "&Title"),
        QT_TRANSLATE_NOOP("MetadataPanel", "Headline of the article"),
    ),
    (
        "outlet",
        QT_TRANSLATE_NOOP("MetadataPanel", "&Outlet"),
        QT_TRANSLATE_NOOP("MetadataPanel", "Newspaper, site or agency"),
    ),
    (
        "author",
        QT_TRANSLATE_NOOP("MetadataPanel", "&Author"),
        QT_TRANSLATE_NOOP("MetadataPanel", "Who wrote it"),
    ),
    ("published", QT_TRANSLATE_NOOP("MetadataPanel", "&Date"), "YYYY-MM-DD"),
    ("url", QT_TRANSLATE_NOOP("MetadataPanel", "&URL"), "https://…"),
    (
        "language",
        QT_TRANSLATE_NOOP("MetadataPanel", "&Language"),
        QT_TRANSLATE_NOOP("MetadataPanel", "e.g. en, de, zh"),
    ),
    (
        "collections",
        QT_TRANSLATE_NOOP("MetadataPanel", "&Collections"),
        QT_TRANSLATE_NOOP("MetadataPanel", "Comma-separated, e.g. port strike, 2024"),
    ),
)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def field_label(name: str) -> str:
    """The field's label as shown, without its mnemonic ("&Title", "标题(&T)")."""
    label = next((text for key, text, _hint in FIELDS if key == name), name)
    return re.sub(r"\(&\w\)|&", "", QCoreApplication.translate("MetadataPanel", label))


def date_problem(text: str) -> str | None:
    """Why ``text`` is not an acceptable publication date, or None if it is."""
    if not text:
        return None
    if not _DATE.match(text):
        return QCoreApplication.translate(
            "MetadataPanel", "“{0}” is not a date of the form YYYY-MM-DD."
        ).format(text)
    try:
        date.fromisoformat(text)
    except ValueError:
        return QCoreApplication.translate(
            "MetadataPanel", "{0} is not a day of the calendar."
        ).format(text)
    return None


def split_collections(text: str) -> list[str]:
    return list(dict.fromkeys(c.strip() for c in text.split(",") if c.strip()))


class MetadataPanel(QWidget):
    """Edit the metadata of the article shown in the reader."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("metadataPanel")
        self.setAccessibleName(self.tr("Article details"))
        self.article_id: str | None = None
        self._article: Article | None = None
        self.edits: dict[str, QLineEdit] = {}

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(6)
        for name, label, placeholder in FIELDS:
            self._add_field(
                form,
                name,
                QCoreApplication.translate("MetadataPanel", label),
                QCoreApplication.translate("MetadataPanel", placeholder),
            )
        news = (
            ("section", self.tr("Sect&ion"), self.tr("Section of the newspaper")),
            ("page", self.tr("&Page"), self.tr("Page in print, e.g. 12 or A7")),
            ("length", self.tr("Le&ngth"), self.tr("As the database states it")),
            ("source_database", self.tr("Data&base"), self.tr("e.g. Nexis, Factiva")),
            ("source_id", self.tr("Docu&ment ID"), self.tr("The database's identifier")),
        )
        for name, label, placeholder in news:
            self._add_field(form, name, label, placeholder)
        export = self._add_field(
            form, "export_file", self.tr("E&xport file"), self.tr("Not imported from a file")
        )
        export.setReadOnly(True)
        export.setToolTip(self.tr("The file the article was imported from"))
        # Where else the story ran: the near-duplicates merged into this article.
        self.also = plain_label(QLabel(self))
        self.also.setObjectName("metadataAlsoPublished")
        self.also.setWordWrap(True)
        self.also_label = QLabel(self.tr("Also in"), self)
        self.also.setToolTip(self.tr("Near-duplicates merged into this article"))
        form.addRow(self.also_label, self.also)
        self.edits["published"].setMaxLength(10)
        self.edits["published"].textEdited.connect(lambda _t: self._show_problem(None))

        self.message = plain_label(QLabel(self))
        self.message.setObjectName("metadataMessage")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Problem with the entered value"))
        self.message.setStyleSheet("color: #c0392b;")
        self.message.hide()
        self.empty = QLabel(self.tr("Open an article to see and edit its details."), self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setEnabled(False)

        layout = tidy(QVBoxLayout(self))
        layout.addWidget(self.empty)
        layout.addLayout(form)
        layout.addWidget(self.message)
        self.note = ArticleNote(ctx, self)  # the researcher's note on this article
        layout.addWidget(self.note, 1)

        ctx.changed.connect(self._on_changed)
        ctx.project_replaced.connect(lambda: self.set_article(None))
        self.set_article(None)

    def _add_field(self, form: QFormLayout, name: str, label: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(f"metadata_{name}")
        edit.setPlaceholderText(placeholder)
        plain = re.sub(r"\(&\w\)|&", "", label)  # "&Title", "标题(&T)": the label as shown
        edit.setAccessibleName(plain)
        edit.setToolTip(self.tr("{0}: press Enter or leave the field to apply").format(plain))
        edit.editingFinished.connect(lambda n=name: self.apply(n))
        self.edits[name] = edit
        form.addRow(label, edit)
        return edit

    # -- showing ---------------------------------------------------------
    def set_article(self, article_id: str | None) -> None:
        """Show the article ``article_id`` (None: no article, the fields are disabled)."""
        self.article_id = article_id
        self._article = None
        if article_id is not None:
            try:
                self._article = articles.get(self.ctx.project, article_id)
            except AnnotaryError:
                self.article_id = None
        self._show_problem(None)
        self._fill()
        self.note.set_article(self.article_id)

    def _fill(self) -> None:
        a = self._article
        self.empty.setVisible(a is None)
        for name, edit in self.edits.items():
            edit.setEnabled(a is not None)
            edit.setText(self._current(name) if a is not None else "")
            edit.setCursorPosition(0)
        merged = duplicates.merged_into(self.ctx.project, a.id) if a is not None else []
        self.also.setText(
            "\n".join(
                self.tr("{0} ({1})").format(m.outlet or m.title, m.published)
                if m.published
                else (m.outlet or m.title)
                for m in merged
            )
        )
        self.also.setVisible(bool(merged))
        self.also_label.setVisible(bool(merged))
        if a is not None:  # offer the outlets already in the project
            completer = QCompleter(articles.outlets(self.ctx.project), self)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self.edits["outlet"].setCompleter(completer)

    def _current(self, name: str) -> str:
        a = self._article
        if a is None:
            return ""
        if name == "collections":
            return ", ".join(a.collections)
        value = getattr(a, name)
        return str(value) if value else ""

    def _on_changed(self, changes: Changes) -> None:
        if self.article_id is None:
            return
        if self.article_id in changes.removed or self.article_id in changes.articles:
            focus = self.focusWidget()
            editing = {
                n: e.text()
                for n, e in self.edits.items()
                if e is focus and e.text() != self._current(n)
            }
            self.set_article(self.article_id)
            for name, text in editing.items():  # keep what the user is typing elsewhere
                self.edits[name].setText(text)

    def _show_problem(self, text: str | None) -> None:
        self.message.setText(text or "")
        self.message.setVisible(bool(text))

    # -- applying --------------------------------------------------------
    def apply(self, name: str) -> bool:
        """Apply the field ``name`` if it changed; False if it was refused."""
        if self._article is None:
            return False
        edit = self.edits[name]
        text = edit.text().strip()
        if text == self._current(name) or edit.isReadOnly():
            return True
        if name == "published" and (problem := date_problem(text)):
            self._show_problem(problem)
            edit.setFocus()
            edit.selectAll()
            return False
        if name == "title" and not text:
            self._show_problem(self.tr("An article needs a title."))
            edit.setText(self._current(name))
            return False
        value: object = split_collections(text) if name == "collections" else text
        article_id = self._article.id
        done = self.ctx.operations.run(
            article_ops.update_metadata(article_id, name, value, field_label(name))
        )
        if done.value is None:
            self._show_problem(
                done.error or self.tr("The {0} could not be changed.").format(field_label(name))
            )
            return False
        self._show_problem(None)
        self._article = done.value
        edit.setText(self._current(name))
        return True
