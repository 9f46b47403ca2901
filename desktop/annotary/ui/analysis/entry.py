"""AnalysisEntry: the main window's door to the Analysis window and the project memo.

It builds them on first use (start-up imports neither), opens an article of the
corpus at one annotation (the reader selects its span), and answers the panels'
requests for a speaker's or a theme's page (``AppContext.page_requested``).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from annotary.ui.annotate.session import ArticleSession
from annotary.ui.context import AppContext
from annotary.ui.settings import Settings

if TYPE_CHECKING:
    from annotary.ui.analysis.notes import MemoDialog
    from annotary.ui.analysis.window import AnalysisWindow
    from annotary.ui.reader import ReaderView

QUOTES, PASSAGES, COUNTS, SPEAKER, THEME = "quotes", "passages", "counts", "speaker", "theme"
SHARED_ACTIONS = ("quotes_view", "passages_view", "counts_view", "project_memo", "undo", "redo")


class AnalysisEntry(QObject):
    """Opens the Analysis window's views and the project memo for one main window."""

    def __init__(
        self,
        ctx: AppContext,
        settings: Settings,
        session: ArticleSession,
        reader: ReaderView,
        open_article: Callable[[str], None],
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.settings = settings
        self.session = session
        self.reader = reader
        self._open_article = open_article
        self.main = window
        self._window: AnalysisWindow | None = None
        self._memo: MemoDialog | None = None
        ctx.page_requested.connect(self.show_page)
        window.installEventFilter(self)  # the main window closing: keep notes and state

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.main and event.type() == QEvent.Type.Close:
            self.keep()
            for window in (self._window, self._memo):  # they go with the project's window
                if window is not None:
                    window.close()
        return super().eventFilter(watched, event)

    def keep(self) -> None:
        """Save what is typed in a note or the memo, and the Analysis window's state."""
        notes = sys.modules.get("annotary.ui.analysis.notes")  # not loaded: no note was shown
        if notes is not None:
            for editor in self.main.findChildren(notes.NoteEditor):
                editor.save()
        if self._window is not None:
            self._window.save()

    @property
    def window(self) -> AnalysisWindow | None:
        """The Analysis window, once it has been opened."""
        return self._window

    def show(self, view: str = QUOTES) -> AnalysisWindow:
        """Open (or raise) the Analysis window on ``view``."""
        from annotary.ui.analysis.window import AnalysisWindow  # loaded on first use

        if self._window is None:
            self._window = AnalysisWindow(self.ctx, self.settings, self.open_at, self.main)
            # The window's own keys work there too: the other views, the memo, undo and redo.
            names = {f"action_{key}" for key in SHARED_ACTIONS}
            shared = [a for a in self.main.actions() if a.objectName() in names]
            self._window.addActions(shared)
        window = self._window
        window.show()
        window.show_view(view)
        window.raise_()
        window.activateWindow()
        return window

    def show_page(self, kind: str, record_id: str) -> AnalysisWindow:
        """The page of one speaker (``kind`` "speaker") or theme ("theme")."""
        window = self.show(SPEAKER if kind == SPEAKER else THEME)
        window.show_page(kind, record_id)
        return window

    def show_memo(self) -> MemoDialog:
        from annotary.ui.analysis.notes import MemoDialog

        if self._memo is None:
            self._memo = MemoDialog(self.ctx, self.settings, self.main)
        self._memo.load()
        self._memo.show()
        self._memo.raise_()
        self._memo.activateWindow()
        return self._memo

    def open_at(self, article_id: str, annotation_id: str | None, span: tuple[int, int]) -> bool:
        """Open ``article_id`` in the reader with the annotation's span selected and in view.

        The span is taken from the open article's annotation when it is there (it may
        have been re-anchored since the rows were read), else ``span`` itself."""
        self._open_article(article_id)
        if self.session.article_id != article_id:
            return False  # it could not be opened (the failure was told)
        note = self.session.annotations.get(annotation_id or "")
        start, end = (note.start, note.end) if note is not None else span
        self.reader.scroll_to(start)
        self.reader.select_range(start, end)
        if note is not None:
            self.reader.set_active_highlight(note.id)
        top = self.main.window()
        top.raise_()
        top.activateWindow()
        self.reader.setFocus()
        return True
