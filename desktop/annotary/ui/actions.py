"""The window's actions, menus and toolbar, with their keys from ``ui.keymap``.

``build(win)`` makes every QAction (named ``action_<key>``), fills the menu bar
(File, Edit, View, Article, Annotate, Analysis, Help) and the toolbar, and returns the
actions by key. Each action calls one thing the window offers (an operation's
entry, a dialog, a view change); its keys come from the one key map, and the
Keyboard Shortcuts dialog lists that map.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QWidget

from annotary.ui import keymap
from annotary.ui.agreement.menu import CoderComparison
from annotary.ui.analysis.entry import AnalysisEntry
from annotary.ui.annotate.controller import Annotator
from annotary.ui.annotate.session import ArticleSession
from annotary.ui.context import AppContext
from annotary.ui.i18n import QT_TRANSLATE_NOOP
from annotary.ui.interchange.flow import InterchangeImport
from annotary.ui.library.file_ops import FileOps
from annotary.ui.library.panel import LibraryPanel
from annotary.ui.reader import ReaderView
from annotary.ui.richtext import plain_tip
from annotary.ui.settings import Settings
from annotary.ui.style.icons import ACTION_ICONS, action_icon
from annotary.ui.suggestions import SuggestionController


class Window(Protocol):
    """What the actions need of the main window (which is built from these parts)."""

    ctx: AppContext
    settings: Settings
    session: ArticleSession
    reader: ReaderView
    annotator: Annotator
    files: FileOps
    interchange: InterchangeImport
    comparison: CoderComparison
    analysis: AnalysisEntry
    suggestions: SuggestionController
    actions_: dict[str, QAction]
    recent_menu: QMenu
    panels_menu: QMenu
    toolbar: QToolBar

    @property
    def main(self) -> QMainWindow: ...

    @property
    def library(self) -> LibraryPanel: ...

    @property
    def sidebar(self) -> QWidget: ...

    def find_in_article(self) -> None: ...

    def focus_search(self) -> None: ...

    def toggle_full_screen(self) -> None: ...

    def mark_read(self, read: bool) -> None: ...

    def delete_articles(self) -> None: ...

    def step_article(self, step: int) -> None: ...

    def set_theme(self, name: str) -> None: ...


def _action(
    win: Window,
    key: str,
    text: str,
    slot: Callable[[], object] | None,
    tip: str = "",
) -> QAction:
    """An action named ``action_<key>`` with the key map's keys for ``key`` (if any)."""
    main = win.main
    action = QAction(text, main)
    action.setObjectName(f"action_{key}")
    if key in keymap.NAMES:
        action.setShortcuts(keymap.sequences(key))
        if keymap.entry(key).where != keymap.WINDOW:
            # The part that owns the key (the reader) handles it; the action shows it.
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    if tip:
        action.setToolTip(tip)
        action.setStatusTip(tip)
    if slot is not None:
        action.triggered.connect(lambda _checked=False: slot())
    main.addAction(action)
    return action


def build(win: Window) -> dict[str, QAction]:
    ops = win.files
    main = win.main
    a: dict[str, QAction] = {}

    a["new"] = _action(
        win,
        "new",
        QCoreApplication.translate("Actions", "&New Project…"),
        ops.new_project,
        QCoreApplication.translate("Actions", "Create an empty project file"),
    )
    a["open"] = _action(
        win,
        "open",
        QCoreApplication.translate("Actions", "&Open Project…"),
        ops.open_project_dialog,
        QCoreApplication.translate("Actions", "Open a project file"),
    )
    a["import"] = _action(
        win,
        "import",
        QCoreApplication.translate("Actions", "&Import Files…"),
        ops.import_dialog,
        QCoreApplication.translate("Actions", "Import .txt, .md and .html articles"),
    )
    a["import_folder"] = _action(
        win,
        "import_folder",
        QCoreApplication.translate("Actions", "Import a &Folder…"),
        ops.import_folder_dialog,
    )
    a["paste"] = _action(
        win,
        "paste",
        QCoreApplication.translate("Actions", "&Paste as New Article"),
        ops.paste_article,
        QCoreApplication.translate("Actions", "Make an article of the clipboard"),
    )
    a["import_url"] = _action(
        win,
        "import_url",
        QCoreApplication.translate("Actions", "Import from a &Web Address…"),
        ops.import_url,
        QCoreApplication.translate("Actions", "Fetch a page (uses the network)"),
    )
    a["import_annotations"] = _action(
        win,
        "import_annotations",
        QCoreApplication.translate("Actions", "Import &Annotations (JSON)…"),
        partial(win.interchange.ask, "json"),
        QCoreApplication.translate(
            "Actions", "Merge another coder's or project's Annotary JSON export into this project"
        ),
    )
    a["import_refiqda"] = _action(
        win,
        "import_refiqda",
        QCoreApplication.translate("Actions", "Import from &REFI-QDA (.qdpx, .qdc)…"),
        partial(win.interchange.ask, "refiqda"),
        QCoreApplication.translate(
            "Actions", "Merge a project or codebook from QualCoder, NVivo, ATLAS.ti or MAXQDA"
        ),
    )
    a["compare_coders"] = _action(
        win,
        "compare_coders",
        QCoreApplication.translate("Actions", "&Compare Coders…"),
        win.comparison.compare_coders,
        QCoreApplication.translate(
            "Actions", "How far the coders of this project agree, per theme and for quotes"
        ),
    )
    a["export"] = _action(
        win,
        "export",
        QCoreApplication.translate("Actions", "&Export…"),
        partial(export, win),
        QCoreApplication.translate("Actions", "Export the project or this article"),
    )
    a["quit"] = _action(win, "quit", QCoreApplication.translate("Actions", "&Quit"), main.close)
    a["quit"].setMenuRole(QAction.MenuRole.QuitRole)

    for key, make in (
        ("undo", win.ctx.undo_stack.createUndoAction),
        ("redo", win.ctx.undo_stack.createRedoAction),
    ):
        prefix = (
            QCoreApplication.translate("Actions", "&Undo")
            if key == "undo"
            else QCoreApplication.translate("Actions", "&Redo")
        )
        action = make(main, prefix)
        action.setObjectName(f"action_{key}")
        action.setShortcuts(keymap.sequences(key))
        main.addAction(action)
        a[key] = action
    a["find"] = _action(
        win, "find", QCoreApplication.translate("Actions", "&Find in Article…"), win.find_in_article
    )
    a["search"] = _action(
        win, "search", QCoreApplication.translate("Actions", "&Search Library…"), win.focus_search
    )
    a["prefs"] = _action(
        win,
        "prefs",
        QCoreApplication.translate("Actions", "Pre&ferences…"),
        partial(show_preferences, win),
    )
    a["prefs"].setMenuRole(QAction.MenuRole.PreferencesRole)

    a["library"] = _action(win, "library", QCoreApplication.translate("Actions", "&Library"), None)
    a["sidebar"] = _action(
        win, "sidebar", QCoreApplication.translate("Actions", "&Annotations"), None
    )
    for key, widget in (("library", win.library), ("sidebar", win.sidebar)):
        a[key].setCheckable(True)
        a[key].setChecked(True)
        a[key].toggled.connect(widget.setVisible)
    a["fullscreen"] = _action(
        win,
        "fullscreen",
        QCoreApplication.translate("Actions", "&Full Screen"),
        win.toggle_full_screen,
    )
    a["zoom_in"] = _action(
        win, "zoom_in", QCoreApplication.translate("Actions", "Zoom &In"), win.reader.zoom_in
    )
    a["zoom_out"] = _action(
        win, "zoom_out", QCoreApplication.translate("Actions", "Zoom &Out"), win.reader.zoom_out
    )
    a["zoom_reset"] = _action(
        win,
        "zoom_reset",
        QCoreApplication.translate("Actions", "&Actual Size"),
        win.reader.reset_zoom,
    )

    a["mark_unread"] = _action(
        win,
        "mark_unread",
        QCoreApplication.translate("Actions", "Mark as &Unread"),
        partial(win.mark_read, False),
    )
    a["mark_read"] = _action(
        win,
        "mark_read",
        QCoreApplication.translate("Actions", "Mark as &Read"),
        partial(win.mark_read, True),
    )
    a["delete_article"] = _action(
        win,
        "delete_article",
        QCoreApplication.translate("Actions", "&Delete Article…"),
        win.delete_articles,
    )
    a["next"] = _action(
        win,
        "next",
        QCoreApplication.translate("Actions", "&Next Article"),
        partial(win.step_article, 1),
    )
    a["previous"] = _action(
        win,
        "previous",
        QCoreApplication.translate("Actions", "&Previous Article"),
        partial(win.step_article, -1),
    )

    tag = win.annotator.tag
    for key, text in (
        ("quote", QT_TRANSLATE_NOOP("Actions", "Tag as &Quote…")),
        ("speaker", QT_TRANSLATE_NOOP("Actions", "Tag as &Speaker…")),
        ("passage", QT_TRANSLATE_NOOP("Actions", "Tag with &Theme…")),
    ):
        tip = f"{keymap.title(key)} ({keymap.label(key)})"
        a[key] = _action(
            win, key, QCoreApplication.translate("Actions", text), partial(tag, key), tip
        )
    a["note"] = _action(
        win,
        "note",
        QCoreApplication.translate("Actions", "Add a &Note…"),
        win.annotator.note_from_reader,
        f"{keymap.title('note')} ({keymap.label('note')})",
    )
    a["about"] = _action(
        win,
        "about",
        QCoreApplication.translate("Actions", "&About Annotary"),
        partial(show_about, win),
    )
    a["shortcuts"] = _action(
        win,
        "shortcuts",
        QCoreApplication.translate("Actions", "&Keyboard Shortcuts"),
        partial(show_shortcuts, win),
    )
    _analysis_actions(win, a)

    for key, action in win.suggestions.actions().items():
        a[key] = action
        if keymap.entry(key).where == keymap.WINDOW:
            main.addAction(action)  # window-wide keys; A and R belong to the suggestions list
    _menus(win, a)
    _toolbar(win, a)
    return a


def _menus(win: Window, a: dict[str, QAction]) -> None:
    main = win.main
    bar = main.menuBar()
    file = bar.addMenu(QCoreApplication.translate("Actions", "&File"))
    file.addActions([a["new"], a["open"]])
    win.recent_menu = QMenu(QCoreApplication.translate("Actions", "Open &Recent"), main)
    win.recent_menu.setObjectName("recentMenu")
    win.recent_menu.aboutToShow.connect(partial(fill_recent_menu, win))
    file.addMenu(win.recent_menu)
    file.addSeparator()
    file.addActions([a["import"], a["import_folder"], a["paste"], a["import_url"]])
    file.addActions([a["import_annotations"], a["import_refiqda"]])
    file.addSeparator()
    file.addAction(a["export"])
    file.addSeparator()
    file.addAction(a["quit"])

    edit = bar.addMenu(QCoreApplication.translate("Actions", "&Edit"))
    edit.addActions([a["undo"], a["redo"]])
    edit.addSeparator()
    edit.addActions([a["find"], a["search"]])
    edit.addSeparator()
    edit.addAction(a["prefs"])

    view = bar.addMenu(QCoreApplication.translate("Actions", "&View"))
    view.addActions([a["library"], a["sidebar"]])
    win.panels_menu = view.addMenu(QCoreApplication.translate("Actions", "&Panels"))
    columns = view.addMenu(QCoreApplication.translate("Actions", "Library &Columns"))
    columns.setObjectName("libraryColumnsViewMenu")  # the library header's right-click menu
    columns.aboutToShow.connect(partial(win.library.columns.fill, columns))
    view.addSeparator()
    view.addActions([a["zoom_in"], a["zoom_out"], a["zoom_reset"]])
    theme_menu = view.addMenu(QCoreApplication.translate("Actions", "&Theme"))
    group = QActionGroup(main)
    for name, label in (
        ("system", QT_TRANSLATE_NOOP("Actions", "System")),
        ("light", QT_TRANSLATE_NOOP("Actions", "Light")),
        ("dark", QT_TRANSLATE_NOOP("Actions", "Dark")),
    ):
        act = theme_menu.addAction(QCoreApplication.translate("Actions", label))
        act.setObjectName(f"action_theme_{name}")
        act.setCheckable(True)
        act.setChecked(win.settings.theme() == name)
        act.triggered.connect(partial(win.set_theme, name))
        group.addAction(act)
    view.addSeparator()
    view.addAction(a["fullscreen"])

    article = bar.addMenu(QCoreApplication.translate("Actions", "&Article"))
    article.addActions([a["next"], a["previous"]])
    article.addSeparator()
    article.addActions([a["mark_read"], a["mark_unread"]])
    article.addSeparator()
    near = article.addMenu(QCoreApplication.translate("Actions", "N&ear-Duplicates"))
    near.setObjectName("nearDuplicatesMenu")  # the same actions as the library's button
    duplicates = win.library.duplicates
    near.addActions([duplicates.find_action, duplicates.open_group, duplicates.only])
    article.addSeparator()
    article.addAction(a["delete_article"])

    annotate = bar.addMenu(QCoreApplication.translate("Actions", "A&nnotate"))
    annotate.addActions([a["quote"], a["speaker"], a["passage"], a["note"]])
    annotate.addSeparator()
    annotate.addActions([a["suggest"], a["accept_suggestion"], a["reject_suggestion"]])
    annotate.addAction(a["accept_all_suggestions"])

    annotate.addSeparator()  # several coders
    annotate.addAction(a["compare_coders"])
    annotate.addMenu(win.comparison.menu())

    analysis = bar.addMenu(QCoreApplication.translate("Actions", "Ana&lysis"))
    analysis.setObjectName("analysisMenu")
    analysis.addActions([a["quotes_view"], a["passages_view"], a["counts_view"]])
    analysis.addActions([a["speaker_page"], a["theme_page"]])
    analysis.addSeparator()
    analysis.addAction(a["project_memo"])

    help_ = bar.addMenu(QCoreApplication.translate("Actions", "&Help"))
    help_.addActions([a["shortcuts"], a["about"]])


def _analysis_actions(win: Window, a: dict[str, QAction]) -> None:
    """Analysis: the corpus views (quotes, passages, counts, pages) and the project memo."""
    show = win.analysis.show
    for key, text, view, tip in (
        (
            "quotes_view",
            QCoreApplication.translate("Actions", "&Quotes"),
            "quotes",
            QCoreApplication.translate("Actions", "Every quote of the project, filtered"),
        ),
        (
            "passages_view",
            QCoreApplication.translate("Actions", "&Passages"),
            "passages",
            QCoreApplication.translate("Actions", "Every coded passage of the project"),
        ),
        (
            "counts_view",
            QCoreApplication.translate("Actions", "&Counts and Charts"),
            "counts",
            QCoreApplication.translate("Actions", "Themes, speakers and quote types counted"),
        ),
        (
            "speaker_page",
            QCoreApplication.translate("Actions", "&Speaker Page"),
            "speaker",
            QCoreApplication.translate("Actions", "Everything about one speaker"),
        ),
        (
            "theme_page",
            QCoreApplication.translate("Actions", "&Theme Page"),
            "theme",
            QCoreApplication.translate("Actions", "Everything about one theme"),
        ),
    ):
        a[key] = _action(win, key, text, partial(show, view), tip)
    a["project_memo"] = _action(
        win,
        "project_memo",
        QCoreApplication.translate("Actions", "Project &Memo…"),
        win.analysis.show_memo,
        QCoreApplication.translate("Actions", "Notes on the whole project"),
    )


def _toolbar(win: Window, a: dict[str, QAction]) -> None:
    tb = QToolBar(QCoreApplication.translate("Actions", "Main toolbar"), win.main)
    tb.setObjectName("mainToolbar")
    tb.setMovable(False)
    tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    side = max(tb.fontMetrics().height(), 12)  # as tall as the text: the buttons keep their height
    tb.setIconSize(QSize(side, side))
    steady = {
        "undo": _steady(a["undo"], QCoreApplication.translate("Actions", "Undo"), tb),
        "redo": _steady(a["redo"], QCoreApplication.translate("Actions", "Redo"), tb),
    }
    for key in ACTION_ICONS:  # the menus show the same icons
        icon = action_icon(key)
        a[key].setIcon(icon)
        if key in steady:
            steady[key].setIcon(icon)
    tb.addActions([a["open"], a["import"]])
    tb.addSeparator()
    tb.addActions([steady["undo"], steady["redo"]])
    tb.addSeparator()
    tb.addActions([a["quote"], a["speaker"], a["passage"], a["note"]])
    tb.addSeparator()
    tb.addActions([a["find"], a["export"]])
    for action in tb.actions():  # "打开项目(&O)…" shows as "打开项目" on a button
        action.setIconText(_button_text(action.text()))
    win.main.addToolBar(Qt.ToolBarArea.TopToolBarArea, tb)
    win.toolbar = tb


def _button_text(text: str) -> str:
    """A menu text as a button shows it: no mnemonic (also "(&O)" in CJK) and no ellipsis."""
    return re.sub(r"\s*\(&\w\)", "", text).replace("&", "").rstrip("…").strip()


def _steady(action: QAction, label: str, parent: QToolBar) -> QAction:
    """A toolbar twin of ``action`` whose label never changes, so the buttons beside it stay
    put; what it would undo ("Undo Tag passage") is its tooltip."""
    return _SteadyAction(action, label, parent)


class _SteadyAction(QAction):
    def __init__(self, action: QAction, label: str, parent: QToolBar) -> None:
        super().__init__(label, parent)
        self._action = action
        self._label = label
        self.setObjectName(f"{action.objectName()}_toolbar")
        self.triggered.connect(action.trigger)
        action.changed.connect(self._follow)  # a method: Qt disconnects it when we go
        self._follow()

    def _follow(self) -> None:
        try:
            on, text = self._action.isEnabled(), self._action.text()
        except RuntimeError:  # the window is being torn down and the undo action went first
            return
        self.setEnabled(on)
        self.setToolTip(text.replace("&", "") if on else self._label)


# ---- what some actions open (dialogs built in ui.dialogs; the window works without them)


def export(win: Window) -> None:
    from annotary.ui.dialogs.export import ExportDialog

    ExportDialog(win.ctx, win.main, win.session.article_id).open()


def show_preferences(win: Window) -> None:
    from annotary.ui.dialogs.preferences import PreferencesDialog

    PreferencesDialog(win.ctx, win.settings, win.main).open()


def show_about(win: Window) -> None:
    from annotary.ui.dialogs.about import show_about as about

    about(win.main)


def show_shortcuts(win: Window) -> None:
    from annotary.ui.dialogs.shortcuts import ShortcutsDialog

    ShortcutsDialog(win.main).open()


def fill_recent_menu(win: Window) -> None:
    win.recent_menu.clear()
    recent = [p for p in win.settings.recent_projects() if p != win.ctx.project.path.resolve()]
    for i, path in enumerate(recent):
        act = win.recent_menu.addAction(f"&{i + 1} {path.name}", partial(win.files.switch_to, path))
        act.setToolTip(plain_tip(str(path)))
        act.setEnabled(path.exists())
    if not recent:
        win.recent_menu.addAction(
            QCoreApplication.translate("Actions", "No recent projects")
        ).setEnabled(False)
    else:
        win.recent_menu.addSeparator()
        win.recent_menu.addAction(
            QCoreApplication.translate("Actions", "Clear the list"),
            win.settings.clear_recent_projects,
        )
