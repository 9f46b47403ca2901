"""SuggestionController: suggested quotes for the open article, in the sidebar and the reader.

When an article opens (or an import opens one) and the "suggest/auto" preference
is on, the engine runs on a worker thread, started a moment after the article is
shown so it never competes with opening; opening another article first cancels
it, and results for an article that is no longer open are dropped. A long article
(over LONG_TEXT code points) is suggested on demand only (Annotate › Suggest
Quotes), once: the engine on the whole text would hold the interpreter for seconds.
Suggestions show as dashed underlines in the reader and in the Suggestions section.
Accept and Reject are operations run by ``ctx.operations`` (one undo step each); after any change
to the open article (accept, reject, undo, redo, an edited annotation) the list is
worked out again in the background.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from annotary.domain.models import Changes
from annotary.ui.annotate.highlighting import ReaderHighlights
from annotary.ui.annotate.session import ArticleSession
from annotary.ui.context import AppContext
from annotary.ui.operations import suggestions
from annotary.ui.reader import ReaderView
from annotary.ui.settings import Settings
from annotary.ui.suggestions.model import (
    describe,
    highlight_id,
    key_of,
    key_of_highlight,
    to_highlight,
)
from annotary.ui.suggestions.runner import SuggestionRunner
from annotary.ui.suggestions.section import SuggestionsSection

if TYPE_CHECKING:
    from annotary.suggest import QuoteSuggestion  # the engine loads on first use

AUTO_KEY = "suggest/auto"
THRESHOLD_KEY = "suggest/threshold"
GROUP = "suggestions"  # their overlay group in ReaderHighlights
REFRESH_DELAY_MS = 60  # coalesces the notices of one edit
START_DELAY_MS = 400  # after opening: the window is painted and answering first
LONG_TEXT = 200_000  # code points; longer articles are suggested on demand


def to_bool(value: object, default: bool) -> bool:
    if value is None or value == "":
        return default
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in {"1", "true", "yes", "on"}


class SuggestionController(QObject):
    def __init__(
        self,
        ctx: AppContext,
        session: ArticleSession,
        reader: ReaderView,
        highlights: ReaderHighlights,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session = session
        self.reader = reader
        self.highlights = highlights
        self.settings = settings
        self.section = SuggestionsSection(parent)
        self.runner = SuggestionRunner(ctx.operations, self)
        self._live: str | None = None  # the article whose suggestions are kept up to date
        self._refresh = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._refresh.timeout.connect(self._rerun)
        self._start = QTimer(self, singleShot=True, interval=START_DELAY_MS)
        self._start.timeout.connect(self._rerun)
        self._stopped = False

        self.section.threshold.setValue(self._saved_threshold())
        self.section.threshold.valueChanged.connect(self._save_threshold)
        self.section.accept_action.triggered.connect(self.accept_current)
        self.section.reject_action.triggered.connect(self.reject_current)
        self.section.accept_all_action.triggered.connect(self.accept_all_above)
        self.section.suggest_action.triggered.connect(self.suggest_now)
        self.section.list.clicked.connect(lambda _i: self.show_current())
        self.section.list.activated.connect(lambda _i: self.show_current())
        self.section.current_changed.connect(self._current_changed)
        reader.highlight_clicked.connect(self._highlight_clicked)
        self.runner.started.connect(self._started)
        self.runner.finished.connect(self._arrived)
        self.runner.failed.connect(self._failed)
        session.reset.connect(self.article_opened)
        ctx.changed.connect(self._changed)
        self.article_opened()

    def actions(self) -> dict[str, QAction]:
        """The section's actions by key, for the Annotate menu."""
        s = self.section
        return {
            "accept_suggestion": s.accept_action,
            "reject_suggestion": s.reject_action,
            "accept_all_suggestions": s.accept_all_action,
            "suggest": s.suggest_action,
        }

    # ---- running ------------------------------------------------------------------------

    @property
    def idle(self) -> bool:
        """Nothing running and no refresh waiting (the list is up to date)."""
        return not (self.runner.busy or self._refresh.isActive() or self._start.isActive())

    def auto(self) -> bool:
        return to_bool(self.settings.qsettings.value(AUTO_KEY, True), True)

    def stop(self) -> None:
        """The window is closing: nothing waits to start, nothing more starts."""
        self._stopped = True
        self._refresh.stop()
        self._start.stop()
        self.runner.stop()

    def article_opened(self) -> None:
        """The session shows another article (or none): start again."""
        self._refresh.stop()
        self._start.stop()
        self.runner.cancel()
        self.section.set_busy(False)
        self._show([])
        article_id = self.session.article_id
        long = self._long()
        self._live = article_id if article_id and self.auto() and not long else None
        self.section.suggest_action.setEnabled(article_id is not None)
        if article_id is None:
            self.section.set_message(self.tr("Open an article to see suggested quotes."))
        elif long and self.auto():
            self.section.set_message(
                self.tr(
                    "This article is long: its quotes are suggested on demand.\n"
                    "Annotate › Suggest Quotes (Ctrl+Shift+G)."
                )
            )
        elif self._live is None:
            self.section.set_message(
                self.tr("Automatic suggestions are off.\nAnnotate › Suggest Quotes (Ctrl+Shift+G).")
            )
        else:
            self._started(article_id)  # "Finding quotes…" from the start
            self._start.start()

    def _long(self) -> bool:
        article = self.session.article
        return article is not None and len(article.text) > LONG_TEXT

    def suggest_now(self) -> None:
        """Run the engine on the open article (the on-demand action); a long article's
        list is not worked out again after each edit."""
        article_id = self.session.article_id
        if article_id is None or self._stopped:
            return
        self._start.stop()
        self._live = None if self._long() else article_id
        self.runner.request(article_id)

    def _rerun(self) -> None:
        if self._stopped:
            return
        if self._live is not None and self._live == self.session.article_id:
            self.runner.request(self._live)

    def _changed(self, changes: Changes) -> None:
        current = self.session.article_id
        if current is None or current != self._live or self._start.isActive():
            return  # (a start still waiting will see this change)
        # Annotations of this article, or speakers the engine matches, may have changed.
        touched = changes.annotations | changes.removed | changes.speakers
        if current in changes.articles or touched:
            self._refresh.start()

    def _started(self, article_id: str) -> None:
        if article_id == self.session.article_id:
            self.section.set_busy(True)
            if not self.section.model.rowCount():
                self.section.set_message(self.tr("Finding quotes…"))

    def _arrived(self, article_id: str, items: list[QuoteSuggestion]) -> None:
        if article_id != self.session.article_id:
            return  # another article opened meanwhile
        self.section.set_busy(False)
        self.section.set_message("")
        current = self.section.current()
        self._show(items, key_of(current) if current else None)

    def _failed(self, article_id: str, why: str) -> None:
        if article_id == self.session.article_id:
            self.section.set_busy(False)
            self.section.set_message(self.tr("Suggestions failed: {0}").format(why))

    # ---- showing ----------------------------------------------------------------------

    def _show(self, items: list[QuoteSuggestion], keep: tuple[int, int] | None = None) -> None:
        self.section.set_suggestions(items, keep)
        self._paint()

    def _paint(self) -> None:
        """The reader's dashed underlines = the list's suggestions."""
        shown = self.section.model.suggestions() if self.reader.article() is not None else []
        self.highlights.set_overlay([(to_highlight(s), describe(s)) for s in shown], GROUP)

    def show_current(self) -> None:
        """Select the current suggestion's span in the reader and bring it into view."""
        s = self.section.current()
        if s is None:
            return
        self.reader.select_range(s.start, s.end)
        self.reader.set_active_highlight(highlight_id(s))

    def at_span(self, start: int, end: int) -> QuoteSuggestion | None:
        """The listed suggestion that best covers the span (the one most overlapped)."""
        best, most = None, 0
        for s in self.section.model.suggestions():
            overlap = min(end, s.end) - max(start, s.start)
            if overlap * 2 > max(end - start, s.end - s.start) and overlap > most:
                best, most = s, overlap
        return best

    def _current_changed(self, s: QuoteSuggestion | None) -> None:
        if s is not None and self.section.list.hasFocus():
            self.show_current()

    def _highlight_clicked(self, hid: str) -> None:
        key = key_of_highlight(hid)
        row = self.section.model.row_of(key) if key is not None else -1
        if row >= 0:
            self.section.select_row(row)

    # ---- accepting and rejecting ---------------------------------------------------------

    def accept_current(self) -> None:
        s = self.section.current()
        if s is not None:
            self._accept([s], self.tr("Accept suggestion"))

    def accept_all_above(self) -> None:
        chosen = self.section.model.above(self.section.threshold.value())
        if chosen:
            self._accept(chosen, self.tr("Accept %n suggestion(s)", "", len(chosen)))

    def _accept(self, chosen: list[QuoteSuggestion], text: str) -> None:
        article_id = self.session.article_id
        if article_id is None:
            return
        done = self.ctx.operations.run(suggestions.accept(text, article_id, chosen))
        if done.ok:
            self._drop(chosen)

    def reject_current(self) -> None:
        s = self.section.current()
        article_id = self.session.article_id
        if s is None or article_id is None:
            return
        done = self.ctx.operations.run(suggestions.reject(article_id, [s]))
        if done.ok:
            self._drop([s])

    def _drop(self, gone: list[QuoteSuggestion]) -> None:
        """Take them out at once; the background run that follows confirms the list."""
        focus = self.section.list.hasFocus()
        self.section.remove([key_of(s) for s in gone])
        self._paint()
        if focus and self.section.model.rowCount():
            self.section.list.setFocus()

    # ---- settings -----------------------------------------------------------------------

    def _saved_threshold(self) -> float:
        raw = self.settings.qsettings.value(THRESHOLD_KEY, 0.8)
        try:
            return min(max(float(str(raw)), 0.0), 1.0)
        except ValueError:
            return 0.8

    def _save_threshold(self, value: float) -> None:
        self.settings.qsettings.setValue(THRESHOLD_KEY, round(value, 2))
