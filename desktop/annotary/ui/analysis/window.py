"""AnalysisWindow: the corpus views in one window beside the main one.

Tabs: Quotes, Passages, Counts, Speaker and Theme. It is a separate, non-modal
window so the reader keeps its width (and a second screen can hold it); its
size, its tab and each view's filters are remembered (QSettings), and opening
another article in the reader changes none of them. The views read the project
again after an edit that touches annotations, speakers, themes or articles.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QShortcut
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from annotary.domain.analysis import AnnotationQuery
from annotary.domain.models import Article, Changes
from annotary.ui import keymap
from annotary.ui.analysis.choices import Choices
from annotary.ui.analysis.counts_view import CountsView
from annotary.ui.analysis.pages import SpeakerPage, ThemePage
from annotary.ui.analysis.rows_view import OpenAt, RowsView
from annotary.ui.context import AppContext
from annotary.ui.operations import analysis as analysis_ops
from annotary.ui.operations.applied import Applied
from annotary.ui.settings import Settings

VIEWS = ("quotes", "passages", "counts", "speaker", "theme")


class AnalysisWindow(QWidget):
    """Quotes, passages, counts and pages of the whole project."""

    def __init__(
        self, ctx: AppContext, settings: Settings, open_at: OpenAt, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.settings = settings
        self.setObjectName("analysisWindow")
        self.setWindowTitle(self.tr("Analysis — Annotary"))
        self.setAccessibleName(self.tr("Analysis"))
        self._choices: Choices | None = None
        choices: Callable[[], Choices] = self.choices
        self.quotes = RowsView(ctx, "quote", choices, open_at, self)
        self.passages = RowsView(ctx, "passage", choices, open_at, self)
        self.counts = CountsView(ctx, settings, choices, open_at, self)
        self.speaker_page = SpeakerPage(ctx, choices, self)
        self.theme_page = ThemePage(ctx, choices, self)
        self.theme_page.set_open_at(open_at)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("analysisTabs")
        self.tabs.setDocumentMode(True)
        for widget, title in (
            (self.quotes, self.tr("Quotes")),
            (self.passages, self.tr("Passages")),
            (self.counts, self.tr("Counts")),
            (self.speaker_page, self.tr("Speaker")),
            (self.theme_page, self.tr("Theme")),
        ):
            self.tabs.addTab(widget, title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.tabs)
        close = QShortcut(keymap.sequence("close_analysis"), self)
        close.activated.connect(self.close)

        for view in (self.quotes, self.passages, self.counts.rows):
            view.page_requested.connect(self.show_page)
        for page in (self.speaker_page, self.theme_page):
            page.page_requested.connect(self.show_page)
            page.rows_requested.connect(self.show_rows)
        self.counts.page_requested.connect(self.show_page)
        self._stale: set[QWidget] = set()
        self._refresh_timer = QTimer(self, singleShot=True, interval=300)
        self._refresh_timer.timeout.connect(self._refresh_current)
        self.tabs.currentChanged.connect(lambda _i: self._refresh_current())
        ctx.changed.connect(self._project_changed)
        ctx.project_replaced.connect(self._project_replaced)
        self.resize(1240, 780)
        self.restore()
        # matplotlib is loaded off the GUI thread once the first answer is on screen:
        # loaded beside the first query, its import took the interpreter from the query
        # and from the window being built (the first open took 0.3 to 0.8 s)
        self._charts_prepared = False
        for shown in (self.quotes, self.passages, self.counts, self.speaker_page, self.theme_page):
            shown.loaded.connect(self._prepare_charts)

    def _prepare_charts(self) -> None:
        if not self._charts_prepared:
            self._charts_prepared = True
            self.ctx.operations.run(analysis_ops.prepare_charts(), self)

    # ---- remembered state -----------------------------------------------------------

    def restore(self) -> None:
        q = self.settings.qsettings
        geometry = q.value("analysis/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        for view in (self.quotes, self.passages):
            view.filters.set_values(_load(q.value(f"analysis/filters/{view.kind}", "")))
        self.counts.restore()
        self._stale = {self.quotes, self.passages, self.counts}

    def save(self) -> None:
        q = self.settings.qsettings
        q.setValue("analysis/geometry", self.saveGeometry())
        q.setValue("analysis/view", VIEWS[max(self.tabs.currentIndex(), 0)])
        for view in (self.quotes, self.passages):
            q.setValue(f"analysis/filters/{view.kind}", json.dumps(view.filters.values()))
        self.counts.save()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save()
        super().closeEvent(event)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._refresh_current()

    def hideEvent(self, event: Any) -> None:
        self.save()
        super().hideEvent(event)

    # ---- views ----------------------------------------------------------------------

    def choices(self) -> Choices:
        """What the filter boxes list (read once, again after the codebook or speakers change)."""
        if self._choices is None:
            self._choices = Choices.read(self.ctx.project)
        return self._choices

    def show_view(self, view: str | None = None) -> None:
        if view is None:
            saved = str(self.settings.qsettings.value("analysis/view", "quotes"))
            view = saved if saved in VIEWS else "quotes"
        self.tabs.setCurrentIndex(VIEWS.index(view) if view in VIEWS else 0)
        self._refresh_current()

    def show_page(self, kind: str, record_id: str) -> None:
        if kind == "speaker":
            self.tabs.setCurrentWidget(self.speaker_page)
            self.speaker_page.show_record(record_id)
        else:
            self.tabs.setCurrentWidget(self.theme_page)
            self.theme_page.show_record(record_id)

    def show_rows(self, query: AnnotationQuery, description: str) -> None:
        """Exactly the rows of ``query`` (a figure of a page), in Quotes or Passages."""
        view = self.passages if query.kind == "passage" else self.quotes
        if query.kind not in ("quote", "passage"):
            view = self.quotes
        self.tabs.setCurrentWidget(view)
        self._stale.discard(view)
        view.show_query(query, description)

    def _refresh_current(self) -> None:
        widget = self.tabs.currentWidget()
        if widget in self._stale and self.isVisible():
            self._stale.discard(widget)
            widget.refresh()  # type: ignore[attr-defined]

    def _project_changed(self, changes: Changes) -> None:
        if changes.speakers or changes.themes:
            self._choices = None
            for view in (self.quotes, self.passages, self.counts.rows):
                view.filters.invalidate()
            self.counts.filters.invalidate()
        if _touches_rows(changes):
            self._stale = {
                self.quotes,
                self.passages,
                self.counts,
                self.speaker_page,
                self.theme_page,
            }
            self._refresh_timer.start()

    def _project_replaced(self) -> None:
        self._choices = None
        self.speaker_page.record_id = self.theme_page.record_id = None  # another project's
        for view in (self.quotes, self.passages):
            if view.scoped():  # a count's or a page's rows of the other project
                view.show_all()
        self.counts.rows.clear()
        self._project_changed(Changes(speakers={""}, themes={""}))


def _touches_rows(changes: Changes) -> bool:
    """Whether a change may alter what the views show. Marking an article read, its reading
    position or its note change no row; an edit of its metadata (an Article made) may, and
    so may an undo or another program's commit (which carry ids only)."""
    if changes.annotations or changes.speakers or changes.themes or changes.removed:
        return True
    if not changes.articles:
        return False
    if not isinstance(changes, Applied):
        return True
    return any(isinstance(r, Article) for r in changes.records.values())


def _load(raw: object) -> dict[str, Any]:
    try:
        value = json.loads(str(raw or "{}"))
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
