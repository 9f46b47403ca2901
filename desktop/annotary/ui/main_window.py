"""MainWindow: the library on the left, the reader in the middle, the annotations on the right."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QToolBar,
    QWidget,
)

from annotary.services import articles
from annotary.ui import actions
from annotary.ui.agreement.menu import CoderComparison
from annotary.ui.analysis.entry import AnalysisEntry
from annotary.ui.annotate.controller import Annotator
from annotary.ui.annotate.highlighting import ReaderHighlights
from annotary.ui.annotate.session import ArticleSession
from annotary.ui.background import BackupScheduler
from annotary.ui.context import AppContext
from annotary.ui.dialogs.coder import CoderDialog, ask_coder_once
from annotary.ui.interchange.flow import InterchangeImport
from annotary.ui.library.file_ops import IMPORTABLE, FileOps
from annotary.ui.library.panel import LibraryPanel
from annotary.ui.operations import articles as article_ops
from annotary.ui.panels.column import SideColumn
from annotary.ui.panels.tabs import DEFAULT_OPEN, PANELS, PanelTabs
from annotary.ui.reader import ReaderView
from annotary.ui.richtext import plain_label, plain_tip
from annotary.ui.safety import one_line
from annotary.ui.settings import Settings
from annotary.ui.sidebar.panel import SidebarPanel
from annotary.ui.suggestions import SuggestionController
from annotary.ui.watcher import ProjectWatcher


class MainWindow(QMainWindow):
    recent_menu: QMenu
    panels_menu: QMenu
    toolbar: QToolBar

    def __init__(self, ctx: AppContext, settings: Settings | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.settings = settings or Settings()
        self.setObjectName("mainWindow")
        self.setAccessibleName(self.tr("Annotary"))
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
        self.annotator.suggestion_at = self.suggestions.at_span
        self.files = FileOps(ctx, self.settings, self, self.open_article)
        # The panels share the library's column, so opening one never narrows the reader.
        self.panel_tabs = PanelTabs(ctx, self)
        self.panel_tabs.panel_toggled.connect(self._panel_toggled)
        self.left_column = SideColumn(self)
        self.left_column.setObjectName("leftColumn")
        self.left_column.add_pane(self.library, 3)
        self.left_column.add_pane(self.panel_tabs, 2)
        self.left_column.setSizes([520, 360])
        self.interchange = InterchangeImport(ctx, self, self._set_importing)
        self.comparison = CoderComparison(ctx, self.session, self.highlights, self)
        self.analysis = AnalysisEntry(
            ctx, self.settings, self.session, self.reader, self.open_article, self
        )
        ctx.operations.dialog_parent = self
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        for w in (self.left_column, self.reader, self.sidebar):
            self.splitter.addWidget(w)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 700, 340])
        self._sizes_chosen = False  # True once the user moved a handle or sizes were restored
        self.splitter.splitterMoved.connect(self._splitter_moved)
        self.setCentralWidget(self.splitter)
        self.actions_ = actions.build(self)
        self._take_reader_shortcuts()
        self._panel_actions()
        self.project_label = plain_label(QLabel(self))
        self.project_label.setObjectName("projectLabel")
        self.statusBar().addPermanentWidget(self.project_label)
        self.coder_label = plain_label(QLabel(self))
        self.coder_label.setObjectName("coderLabel")
        self.coder_label.setToolTip(
            self.tr("The name stored on your annotations (Preferences changes it)")
        )
        self.statusBar().addPermanentWidget(self.coder_label)
        self._show_coder(ctx.project.coder)
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
        ctx.coder_changed.connect(self._show_coder)
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
        for key in self.settings.open_panels(DEFAULT_OPEN):
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
            self._sizes_chosen = True
            self._keep_reader_readable()
        self.library.columns.restore(self.settings.library_columns())
        self.reader.set_zoom(self.settings.zoom())

    def save_state(self) -> None:
        self._save_position()
        self.settings.save_window(self.saveGeometry(), self.saveState())
        self.settings.set_splitter_sizes(self.splitter.sizes())
        self.settings.set_library_columns(self.library.columns.state())
        self.settings.set_open_panels(self.panel_tabs.keys())
        self.settings.set_last_article(self.ctx.project.path, self.session.article_id)
        self.settings.sync()

    def load(self) -> None:
        """The heavier start-up work, after the window is on screen."""
        self.library.reload()
        last = self.settings.last_article(self.ctx.project.path)
        first = self.library.proxy.index(0, 0).data(Qt.ItemDataRole.UserRole + 1)
        for candidate in (last, first):
            if candidate and self.library.has_article(candidate):
                self.open_article(candidate)
                break
        self._update_title()
        self.watcher.reset()
        self.watcher.start()
        if not self.backups.timer.isActive():
            self.backups.start()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.files.busy:
            self.statusBar().showMessage(
                self.tr("Wait for the import to finish, or cancel it, then quit")
            )
            event.ignore()
            return
        self._save_position()  # a position still waiting for its debounce is kept too
        self.save_state()
        self.shut_down()
        for dialog in self.findChildren(QDialog):  # e.g. the coder, asked on the first start:
            if dialog.isVisible():  # an open dialog of a closed window would keep the app alive
                dialog.reject()
        super().closeEvent(event)

    def shut_down(self, timeout_ms: int = 5000) -> bool:
        """Stop polling and every background thread, waiting a bounded time for them.

        Returns False if a thread is still running after ``timeout_ms``.
        """
        if self._closed:  # closed before: only the threads still running are waited for
            return self.ctx.operations.shutdown(min(timeout_ms, 1000))
        self._closed = True
        self.watcher.stop()
        self.suggestions.stop()
        self.library.searcher.stop(1.0)
        ok = self.ctx.operations.shutdown(timeout_ms)
        self.backups.stop(timeout_ms / 1000)
        return ok

    def _set_importing(self, on: bool) -> None:
        self.files.busy = on  # the window may not close or switch projects meanwhile

    def _update_title(self) -> None:
        path = self.ctx.project.path
        suffix = self.tr(" (read-only)") if self.ctx.project.readonly else ""
        self.setWindowTitle(f"{path.stem}{suffix} — Annotary")
        shown = self.tr("%n article(s)", "", self.library.model.total()) + f" · {path.name}"
        if self.ctx.project.readonly:
            shown += " · " + self.tr("read-only")
        self.project_label.setText(shown)
        self.project_label.setToolTip(plain_tip(str(path)))

    def ask_coder(self) -> CoderDialog | None:
        """On the first start: who is coding (see dialogs/coder.py); not once closed."""
        if self._closed or not self.isVisible():
            return None
        return ask_coder_once(
            self.settings.qsettings, self.ctx.project.coder, self, self._use_coder
        )

    def _use_coder(self, name: str) -> None:
        self.ctx.project.coder = name
        self.ctx.coder_changed.emit(name)

    def _show_coder(self, name: str) -> None:
        self.coder_label.setText(self.tr("Coder: {0}").format(name))

    def _project_replaced(self) -> None:
        coder = str(self.settings.qsettings.value("coder", "") or "").strip()
        if coder:  # a project opened later records the same coder as the first one
            self.ctx.project.coder = coder
        self._show_coder(self.ctx.project.coder)
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
            self.ctx.failed.emit(self.tr("Open article"), one_line(exc, "opening an article"))
            return
        self.reader.set_article(article, layout, self.highlights.all())
        self._restoring = (article_id, article.reading_position)
        self._restore_timer.start()
        self._restore_position()
        self.library.select_article(article_id)
        self.settings.set_last_article(self.ctx.project.path, article_id)
        self.panel_tabs.set_article(article_id)
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
            self.panel_tabs.set_article(None)
            self.statusBar().showMessage(
                self.tr("“{0}” was deleted, so it was closed").format(shown.title), 8000
            )
            return
        if article.id == shown.id and article.text_sha256 != shown.text_sha256:
            position = self.reader.reading_position()
            try:
                layout = articles.layout(self.ctx.project, article.id)
            except Exception as exc:
                self.ctx.failed.emit(
                    self.tr("Show the new text"), one_line(exc, "reloading an article")
                )
                return
            self.reader.set_article(article, layout, self.highlights.all())
            self._restoring = (article.id, position)
            self._restore_timer.start()
            self._restore_position()
            self.statusBar().showMessage(
                self.tr("The text of “{0}” changed").format(article.title), 6000
            )

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
            self.tr("Delete articles"),
            self.tr(
                "Delete %n article(s) with their annotations? Edit › Undo brings them back.",
                "",
                len(ids),
            ),
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
            self.statusBar().showMessage(self.tr("Opened {0} in your browser").format(href), 4000)

    # ---- annotations ---------------------------------------------------------------------

    def _show_annotation(self, annotation_id: str) -> None:
        if annotation_id in self.session.annotations:
            self.reader.set_active_highlight(annotation_id)
            annotation = self.session.annotations[annotation_id]
            if self.reader.range_rect(annotation.start, annotation.end).isEmpty():
                self.reader.scroll_to(annotation.start)

    def _reveal_annotation(self, annotation_id: str) -> None:
        annotation = self.session.annotations.get(annotation_id)
        if annotation is not None:
            self.reader.scroll_to(annotation.start)
            self.reader.set_active_highlight(annotation_id)
            self.reader.setFocus()

    def _failed(self, what: str, why: str) -> None:
        message = self.tr("{0} failed: {1}").format(what, why)
        self.statusBar().showMessage(message, 8000)
        box = QMessageBox(QMessageBox.Icon.Warning, what, message, parent=self)
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
            action = QAction(QCoreApplication.translate("PanelTabs", title), self)
            action.setObjectName(f"action_panel_{key}")
            action.setCheckable(True)
            action.toggled.connect(lambda on, k=key: self.show_panel(k, on))
            self.panels_menu.addAction(action)
            self.actions_[f"panel_{key}"] = action

    def show_panel(self, key: str, visible: bool = True) -> QWidget | None:
        """Open or close a panel (a tab under the library); returns its widget."""
        return self.panel_tabs.show_panel(key, visible)

    def _panel_toggled(self, key: str, visible: bool) -> None:
        action = self.actions_.get(f"panel_{key}") if hasattr(self, "actions_") else None
        if action is not None and action.isChecked() != visible:
            action.blockSignals(True)
            action.setChecked(visible)
            action.blockSignals(False)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._sizes_chosen:
            self._share_width()
        self._keep_reader_readable()

    def _share_width(self) -> None:
        """Until the user sizes the panes: side columns get about a quarter of the width each
        (the library a little more, so that its titles can be read; the reader takes back
        what it needs for a readable measure)."""
        total = sum(self.splitter.sizes())
        left = max(self.left_column.minimumSizeHint().width(), min(480, int(total * 0.29)))
        right = max(self.sidebar.minimumSizeHint().width(), min(500, int(total * 0.24)))
        self.splitter.setSizes([left, max(0, total - left - right), right])

    def _splitter_moved(self, *_: object) -> None:
        self._sizes_chosen = True
        self._keep_reader_readable()

    def _keep_reader_readable(self) -> None:
        """Give the reader a readable measure, taken from the side columns' spare width
        (never below their minimum, so a small window is not made wider)."""
        sizes = self.splitter.sizes()
        short = self.reader.column.minimum_width() - sizes[1]
        if short <= 0 or self.reader.isHidden():
            return
        for i, column in ((0, self.left_column), (2, self.sidebar)):
            if column.isHidden():
                continue
            take = max(0, min(short, sizes[i] - column.minimumSizeHint().width()))
            sizes[i] -= take
            sizes[1] += take
            short -= take
        self.splitter.setSizes(sizes)

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

    def _dropped(self, event: QDragEnterEvent | QDropEvent) -> tuple[list[Path], list[str]]:
        """The dropped folders and files Annotary reads, and the names of the others."""
        mime = event.mimeData()
        if not mime.hasUrls():
            return [], []
        out = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
        ok = [p for p in out if p.is_dir() or p.suffix.lower() in IMPORTABLE]
        return ok, [p.name for p in out if p not in ok]

    def _dropped_paths(self, event: QDragEnterEvent | QDropEvent) -> list[Path]:
        return self._dropped(event)[0]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths, refused = self._dropped(event)
        if paths:
            event.acceptProposedAction()
            self.files.import_paths(paths, refused)
