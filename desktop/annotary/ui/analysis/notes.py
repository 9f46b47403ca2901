"""Notes: the open article's note and the project memo.

:class:`NoteEditor` is a plain-text editor that saves when it loses the focus,
when the user presses Ctrl+Return or Save, and before it shows another text;
each save is one operation (one transaction, one undo step) and nothing is
saved when the text did not change. :class:`ArticleNote` shows the open
article's note (in the Article details panel); :class:`MemoDialog` is the
project's memo, a non-modal window. The library search finds both.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QEvent, QObject, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotary.domain.models import Changes
from annotary.services import notes
from annotary.ui import keymap
from annotary.ui.context import AppContext
from annotary.ui.operations import analysis as analysis_ops
from annotary.ui.operations.operation import Operation
from annotary.ui.settings import Settings


class NoteEditor(QWidget):
    """A text with Save; ``save`` runs ``make(text)`` when the text changed."""

    saved = Signal(str)

    def __init__(
        self, make: Callable[[str], Operation[str]], ctx: AppContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._make = make
        self._stored = ""
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("noteText")
        self.edit.setTabChangesFocus(True)
        self.edit.installEventFilter(self)
        self.state = QLabel(self)
        self.state.setProperty("muted", True)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("noteSave")
        self.save_button.setToolTip(
            self.tr("Save the note (Ctrl+Return); leaving the field saves too")
        )
        self.save_button.clicked.connect(self.save)
        self.edit.textChanged.connect(self._update)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.state, 1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.edit, 1)
        layout.addLayout(row)
        self._update()

    def set_stored(self, text: str) -> None:
        """Show ``text`` as what is saved (after reading it from the project)."""
        self._stored = text
        if self.edit.toPlainText() != text:
            self.edit.setPlainText(text)
        self._update()

    def text(self) -> str:
        return self.edit.toPlainText()

    def dirty(self) -> bool:
        return self.edit.toPlainText() != self._stored

    def save(self) -> bool:
        """Save the text if it changed; True when it is saved (or was already)."""
        if not self.dirty():
            return True
        text = self.edit.toPlainText()
        running = self.ctx.operations.run(self._make(text), self)
        if running.ok:
            self._stored = text if text.strip() else ""
            self._update()
            self.saved.emit(text)
        return running.ok

    def _update(self) -> None:
        dirty = self.dirty()
        self.save_button.setEnabled(dirty)
        self.state.setText(self.tr("Not saved yet") if dirty else "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit:
            if event.type() == QEvent.Type.FocusOut:
                self.save()
            elif (
                event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and QKeySequence(event.keyCombination()) == keymap.sequence("save_note")
            ):
                self.save()
                return True
        return super().eventFilter(watched, event)


class ArticleNote(QWidget):
    """The note on the open article (shown in the Article details panel)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("articleNote")
        self.article_id: str | None = None
        self.editor = NoteEditor(self._operation, ctx, self)
        self.editor.edit.setPlaceholderText(
            self.tr("Your note on this article: context, doubts, what to come back to…")
        )
        self.editor.edit.setAccessibleName(self.tr("Note on the article"))
        label = QLabel(self.tr("&Note"), self)
        label.setBuddy(self.editor.edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(label)
        layout.addWidget(self.editor, 1)
        ctx.changed.connect(self._changed)
        self.set_article(None)

    def _operation(self, text: str) -> Operation[str]:
        return analysis_ops.set_article_note(self.article_id or "", text)

    def set_article(self, article_id: str | None) -> None:
        if article_id == self.article_id and self.editor.dirty():
            return  # the same article refreshed (marked read, say): keep what is being typed
        if self.article_id and article_id != self.article_id:
            self.editor.save()  # the note of the article being left is kept
        self.article_id = article_id
        self.setEnabled(article_id is not None)
        self._read()

    def _read(self) -> None:
        text = ""
        if self.article_id:
            try:
                text = notes.article_note(self.ctx.project, self.article_id)
            except Exception:  # a deleted article: no note to show
                text = ""
        self.editor.set_stored(text)

    def _changed(self, changes: Changes) -> None:
        # An undo of the note, or another program's edit: show what is stored now.
        if self.article_id and self.article_id in changes.articles and not self.editor.dirty():
            self._read()


class MemoDialog(QDialog):
    """The project memo: a researcher's running notes on the whole project."""

    def __init__(self, ctx: AppContext, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings
        self.setObjectName("memoDialog")
        self.setWindowTitle(self.tr("Project Memo — Annotary"))
        self.setModal(False)
        self.setSizeGripEnabled(True)
        self.editor = NoteEditor(analysis_ops.set_memo, ctx, self)
        self.editor.edit.setPlaceholderText(
            self.tr("Memos on the whole project: questions, hunches, decisions about the codebook…")
        )
        self.editor.edit.setAccessibleName(self.tr("Project memo"))
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)
        self.editor.layout().itemAt(1).layout().addWidget(close)  # type: ignore[union-attr]
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        QShortcut(keymap.sequence("close_analysis"), self, self.close)
        self.resize(640, 520)
        geometry = settings.qsettings.value("memo/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        ctx.project_replaced.connect(self.load)

    def load(self) -> None:
        if not self.editor.dirty() or not self.isVisible():
            self.editor.set_stored(notes.memo(self.ctx.project))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.editor.save()
        self.settings.qsettings.setValue("memo/geometry", self.saveGeometry())
        super().closeEvent(event)

    def reject(self) -> None:  # Esc: keep the text too
        self.editor.save()
        self.settings.qsettings.setValue("memo/geometry", self.saveGeometry())
        super().reject()
