"""MainWindow: the library on the left, the reader in the middle, the annotations on the right."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QToolBar,
)

from annotary.services import articles
from annotary.ui import actions
from annotary.ui.agreement.menu import CoderComparison
from annotary.ui.annotate.controller import Annotator
from annotary.ui.annotate.highlighting import ReaderHighlights
from annotary.ui.annotate.session import ArticleSession
from annotary.ui.background import BackupScheduler
from annotary.ui.context import AppContext
from annotary.ui.interchange.flow import InterchangeImport
from annotary.ui.library.file_ops import IMPORTABLE, FileOps
from annotary.ui.library.panel import LibraryPanel
from annotary.ui.operations import articles as article_ops
from annotary.ui.reader import ReaderView
from annotary.ui.richtext import plain_label, plain_tip
from annotary.ui.safety import one_line
from annotary.ui.settings import Settings
from annotary.ui.sidebar.panel import SidebarPanel
from annotary.ui.suggestions import SuggestionController
from annotary.ui.watcher import ProjectWatcher

# (key, title, module, class, takes article): panels built by ui.panels, docked on demand
PANELS = (
    ("codebook", "Codebook", "annotary.ui.panels.codebook", "CodebookPanel", False),
    ("speakers", "Speakers", "annotary.ui.panels.speakers", "SpeakersPanel", False),
    ("metadata", "Article details", "annotary.ui.panels.metadata", "MetadataPanel", True),
)


class MainWindow(QMainWindow):
    recent_menu: QMenu
    panels_menu: QMenu
    toolbar: QToolBar

    def __init__(self, ctx: AppContext, settings: Settings | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.settings = settings or Settings()
        self.setObjectName("mainWindow")
        self.setAccessibleName("Annotary")
        self.setAcceptDrops(True)
        self.session = ArticleSession(ctx, self)
        self.reader = ReaderView(self)
        self.reader.setObjectName("reader")
        self.reader.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )  # text wraps
        self.highlights = ReaderHighlights(self.session, self.reader)
        self.annotator = Annotator(ctx, self.session, self.reader, self)
        self.library = LibraryPanel(ctx, self)
        self.sidebar = SidebarPanel(ctx, self.session, self.annotator, self)
        self.suggestions = SuggestionController(
            ctx, self.session, self.reader, self.highlights, self.settings, self
        )
        self.sidebar.add_section(self.suggestions.section)
        self.files = FileOps(ctx, self.settings, self, self.open_article)
        self.interchange = InterchangeImport(ctx, self, self._set_importing)
        self.comparison = CoderComparison(ctx, self.session, self.highlights, self)
        ctx.operations.dialog_parent = self
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        for w in (self.library, self.reader, self.sidebar):
            self.splitter.addWidget(w)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([400, 680, 340])
        self.setCentralWidget(self.splitter)
        self.docks: dict[str, QDockWidget] = {}
        self.actions_ = actions.build(self)
        self._take_reader_shortcuts()
        self._panel_actions()
        self.project_label = plain_label(QLabel(self))
        self.project_label.setObjectName("projectLabel")
        self.statusBar().addPermanentWidget(self.project_label)
        self._pending_position: tuple[str, float] | None = None
        self._position_timer = QTimer(self, singleShot=True, interval=800)
        self._position_timer.timeout.connect(self._save_position)
        self._restoring: tuple[str, float] | None = None
        self._restore_timer = QTimer(self, singleShot=True, interval=400)
        self._restore_timer.timeout.connect(self._restored)
        self.reader.verticalScrollBar().rangeChanged.connect(self._restore_position)
        # Other programs' commits (the command line, scripts, our own workers) show up here.
        self.watcher = ProjectWatcher(ctx, self.session, parent=self)
        self.backups = BackupScheduler(lambda: Path(self.ctx.project.path), parent=self)
        self._closed = False

        ctx.status.connect(lambda text: self.statusBar().showMessage(text, 6000))
        ctx.failed.connect(self._failed)
        ctx.article_requested.connect(self.open_article)
        ctx.annotation_selected.connect(self._show_annotation)
        ctx.project_replaced.connect(self._project_replaced)
        ctx.changed.connect(self._sync_reader)
        self.library.article_chosen.connect(self.open_article)
        self.sidebar.annotation_activated.connect(self._reveal_annotation)
        self.reader.highlight_clicked.connect(ctx.annotation_selected)
        self.reader.link_activated.connect(self.open_link)
        self.reader.reading_position_changed.connect(self._position_changed)
        self.reader.scrolled_through.connect(self._scrolled_through)
        self.reader.zoom_changed.connect(self.settings.set_zoom)
        self.resize(1380, 860)
        self.restore_state()
        self._update_title()

    @property
    def main(self) -> QMainWindow:
        """The window itself, as the actions see it (``actions.Window``)."""
        return self

    # ---- state ----------------------------------------------------------------------

    def restore_state(self) -> None:
        for key in self.settings.open_panels():
            self.show_panel(key, True)
        geometry = self.settings.window_geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)
        sizes = self.settings.splitter_sizes()
        if len(sizes) == 3 and all(s > 0 for s in sizes):
            self.splitter.setSizes(sizes)
        self.reader.set_zoom(self.settings.zoom())

    def save_state(self) -> None:
        self._save_position()
        self.settings.save_window(self.saveGeometry(), self.saveState())
        self.settings.set_splitter_sizes(self.splitter.sizes())
        self.settings.set_open_panels([k for k, d in self.docks.items() if d.isVisible()])
        self.settings.set_last_article(self.ctx.project.path, self.session.article_id)
        self.settings.sync()

    def load(self) -> None:
        """The heavier start-up work, after the window is on screen."""
        self.library.reload()
        last = self.settings.last_article(self.ctx.project.path)
        first = self.library.proxy.index(0, 0).data(Qt.ItemDataRole.UserRole + 1)
        for candidate in (last, first):
            if candidate and self.library.model.row_of(candidate) is not None:
                self.open_article(candidate)
                break
        self._update_title()
        self.watcher.reset()
        self.watcher.start()
        if not self.backups.timer.isActive():
            self.backups.start()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.files.busy:
            self.statusBar().showMessage("Wait for the import to finish, or cancel it, then quit")
            event.ignore()
            return
        self._save_position()  # a position still waiting for its debounce is kept too
        self.save_state()
        self.shut_down()
        super().closeEvent(event)

    def shut_down(self, timeout_ms: int = 5000) -> bool:
        """Stop polling and every background thread, waiting a bounded time for them.

        Returns False if a thread is still running after ``timeout_ms``.
        """
        if self._closed:  # closed before: only the threads still running are waited for
            return self.ctx.operations.shutdown(min(timeout_ms, 1000))
        self._closed = True
        self.watcher.stop()
        self.suggestions.runner.cancel()
        self.library.searcher.stop(1.0)
        ok = self.ctx.operations.shutdown(timeout_ms)
        self.backups.stop(timeout_ms / 1000)
        return ok

    def _set_importing(self, on: bool) -> None:
        self.files.busy = on  # the window may not close or switch projects meanwhile

    def _update_title(self) -> None:
        path = self.ctx.project.path
        self.setWindowTitle(f"{path.stem} — Annotary")
        self.project_label.setText(f"{self.library.model.rowCount()} articles · {path.name}")
        self.project_label.setToolTip(plain_tip(str(path)))

    def _project_replaced(self) -> None:
        coder = str(self.settings.qsettings.value("coder", "") or "").strip()
        if coder:  # a project opened later records the same coder as the first one
            self.ctx.project.coder = coder
        self._position_timer.stop()
        self._pending_position = None
        self.session.reload_labels()
        self.session.open(None)
        self.reader.clear_article()
        self.load()

    # ---- articles ------------------------------------------------------------------------

    def open_article(self, article_id: str) -> None:
        if article_id == self.session.article_id:
            return
        self._save_position()
        try:
            article = articles.get(self.ctx.project, article_id)
            layout = articles.layout(self.ctx.project, article_id)
            self.session.open(article_id)
        except Exception as exc:  # a deleted article, a busy project: one line
            self.ctx.failed.emit("Open article", one_line(exc, "opening an article"))
            return
        self.reader.set_article(article, layout, self.highlights.all())
        self._restoring = (article_id, article.reading_position)
        self._restore_timer.start()
        self._restore_position()
        self.library.select_article(article_id)
        self.settings.set_last_article(self.ctx.project.path, article_id)
        metadata = self.docks.get("metadata")
        if metadata is not None:
            metadata.widget().set_article(article_id)  # type: ignore[attr-defined]
        self.statusBar().showMessage(article.title, 3000)

    def _sync_reader(self, _changes: object) -> None:
        """After any change: close a deleted article, show new text at the same place."""
        shown = self.reader.article()
        article = self.session.article
        if shown is None:
            return
        if article is None:
            self._restoring = None
            self._pending_position = None
            self.reader.clear_article()
            metadata = self.docks.get("metadata")
            if metadata is not None:
                metadata.widget().set_article(None)  # type: ignore[attr-defined]
            self.statusBar().showMessage(f"“{shown.title}” was deleted, so it was closed", 8000)
            return
        if article.id == shown.id and article.text_sha256 != shown.text_sha256:
            position = self.reader.reading_position()
            try:
                layout = articles.layout(self.ctx.project, article.id)
            except Exception as exc:
                self.ctx.failed.emit("Show the new text", one_line(exc, "reloading an article"))
                return
            self.reader.set_article(article, layout, self.highlights.all())
            self._restoring = (article.id, position)
            self._restore_timer.start()
            self._restore_position()
            self.statusBar().showMessage(f"The text of “{article.title}” changed", 6000)

    def _restore_position(self) -> None:
        # The reader lays text out lazily, so the scroll range grows for a moment after
        # opening: the saved position is applied again each time it does.
        pending = self._restoring
        if pending is not None and pending[0] == self.session.article_id and pending[1] > 0:
            self.reader.set_reading_position(pending[1])

    def _restored(self) -> None:
        self._restore_position()
        self._restoring = None
        self._position_changed(self.reader.reading_position())

    def _position_changed(self, position: float) -> None:
        # A closed window's reader still reports layout changes: they are not reading.
        if self.session.article_id and self._restoring is None and self.isVisible():
            self._pending_position = (self.session.article_id, position)
            self._position_timer.start()

    def _save_position(self) -> None:
        self._position_timer.stop()
        pending, self._pending_position = self._pending_position, None
        if pending is not None:
            # The article may have gone meanwhile, or the project be busy: a reading
            # position is not worth a message (the operation is quiet).
            self.ctx.operations.run(article_ops.save_reading_position(*pending))

    def _scrolled_through(self) -> None:
        article = self.session.article
        if article is not None and not article.read and self.isVisible():
            # busy or gone: it is marked the next time
            self.ctx.operations.run(article_ops.mark_scrolled_through(article.id))

    def mark_read(self, read: bool) -> None:
        ids = self.library.selected_article_ids() or [self.session.article_id or ""]
        for aid in [i for i in ids if i]:
            self.ctx.operations.run(article_ops.mark_read(aid, read))

    def delete_articles(self) -> None:
        current = [self.session.article_id] if self.session.article_id else []
        ids = self.library.selected_article_ids() or current
        if not ids:
            return
        answer = QMessageBox.question(
            self,
            "Delete articles",
            f"Delete {len(ids)} article(s) with their annotations? Edit › Undo brings them back.",
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.ctx.operations.run(article_ops.delete(ids))

    def step_article(self, step: int) -> None:
        table = self.library.table
        row = table.currentIndex().row() + step
        if 0 <= row < self.library.proxy.rowCount():
            table.setCurrentIndex(self.library.proxy.index(row, 0))

    def open_link(self, href: str) -> None:
        url = QUrl(href)
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            self.statusBar().showMessage(f"Opened {href} in your browser", 4000)

    # ---- annotations ---------------------------------------------------------------------

    def _show_annotation(self, annotation_id: str) -> None:
        if annotation_id in self.session.annotations:
            self.reader.set_active_highlight(annotation_id)
            note = self.session.annotations[annotation_id]
            if self.reader.range_rect(note.start, note.end).isEmpty():
                self.reader.scroll_to(note.start)

    def _reveal_annotation(self, annotation_id: str) -> None:
        note = self.session.annotations.get(annotation_id)
        if note is not None:
            self.reader.scroll_to(note.start)
            self.reader.set_active_highlight(annotation_id)
            self.reader.setFocus()

    def _failed(self, what: str, why: str) -> None:
        self.statusBar().showMessage(f"{what} failed: {why}", 8000)
        box = QMessageBox(QMessageBox.Icon.Warning, what, f"{what} failed: {why}", parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)  # names in the message are not markup
        box.setObjectName("failureBox")
        box.open()

    def report_problem(self, message: str) -> None:
        """The last resort (sys.excepthook): one line in the status bar."""
        self.statusBar().showMessage(message, 12000)

    # ---- view -------------------------------------------------------------------------------

    def _take_reader_shortcuts(self) -> None:
        """The window's actions own Ctrl+F and the zoom keys; two owners would cancel out."""
        window_wide = Qt.ShortcutContext.WindowShortcut
        mine = {
            s.toString()
            for act in self.actions_.values()
            if act.shortcutContext() == window_wide
            for s in act.shortcuts()
        }
        for shortcut in self.reader.findChildren(QShortcut):
            if shortcut.key().toString() in mine:
                shortcut.setEnabled(False)

    def _panel_actions(self) -> None:
        for key, title, _module, _cls, _takes in PANELS:
            action = QAction(title, self)
            action.setObjectName(f"action_panel_{key}")
            action.setCheckable(True)
            action.toggled.connect(lambda on, k=key: self.show_panel(k, on))
            self.panels_menu.addAction(action)
            self.actions_[f"panel_{key}"] = action

    def show_panel(self, key: str, visible: bool = True) -> QDockWidget | None:
        dock = self.docks.get(key)
        if dock is None and visible:
            dock = self._make_dock(key)
        if dock is not None:
            dock.setVisible(visible)
        action = self.actions_.get(f"panel_{key}") if hasattr(self, "actions_") else None
        if action is not None and action.isChecked() != visible:
            action.blockSignals(True)
            action.setChecked(visible)
            action.blockSignals(False)
        return dock

    def _make_dock(self, key: str) -> QDockWidget | None:
        spec = next((p for p in PANELS if p[0] == key), None)
        if spec is None:
            return None
        _key, title, module_name, cls_name, takes_article = spec
        # Loaded on first use: the panels are not needed to show the window.
        cls: Any = getattr(importlib.import_module(module_name), cls_name)
        widget = cls(self.ctx, self)
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock_{key}")
        dock.setWidget(widget)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        others = [d for d in self.docks.values()]
        if others:
            self.tabifyDockWidget(others[-1], dock)
        dock.visibilityChanged.connect(lambda on, k=key: self._dock_visibility(k, on))
        self.docks[key] = dock
        if takes_article:
            widget.set_article(self.session.article_id)
        return dock

    def _dock_visibility(self, key: str, visible: bool) -> None:
        action = self.actions_.get(f"panel_{key}")
        dock = self.docks.get(key)
        if action is not None and dock is not None and dock.isHidden() == action.isChecked():
            action.blockSignals(True)
            action.setChecked(not dock.isHidden())
            action.blockSignals(False)

    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def find_in_article(self) -> None:
        self.reader.open_find()

    def focus_search(self) -> None:
        self.library.setVisible(True)
        self.library.search_box.setFocus()
        self.library.search_box.selectAll()

    def set_theme(self, name: str) -> None:
        from annotary.ui.style.palette import apply_theme

        self.settings.set_theme(name)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, name)  # type: ignore[arg-type]

    # ---- drag and drop ---------------------------------------------------------------------

    def _dropped_paths(self, event: QDragEnterEvent | QDropEvent) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        out = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
        return [p for p in out if p.is_dir() or p.suffix.lower() in IMPORTABLE]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._dropped_paths(event)
        if paths:
            event.acceptProposedAction()
            self.files.import_paths(paths)
