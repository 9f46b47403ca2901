"""The window's actions, menus and toolbar, with the standard shortcuts.

``build(window)`` makes every QAction (named ``action_<key>``), fills the menu bar
(File, Edit, View, Article, Annotate, Help) and the toolbar, and returns the
actions by key. The window supplies the slots.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QToolBar

from annotary.ui.agreement.menu import compare_coders, disagreement_menu
from annotary.ui.interchange.flow import Kind
from annotary.ui.interchange.flow import for_window as interchange_flow
from annotary.ui.richtext import plain_tip

if TYPE_CHECKING:
    from annotary.ui.main_window import MainWindow

Keys = QKeySequence.StandardKey


def _action(
    win: MainWindow,
    key: str,
    text: str,
    slot: Callable[[], object] | None,
    shortcut: QKeySequence | Keys | str | None = None,
    tip: str = "",
) -> QAction:
    action = QAction(text, win)
    action.setObjectName(f"action_{key}")
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setToolTip(tip)
        action.setStatusTip(tip)
    if slot is not None:
        action.triggered.connect(lambda _checked=False: slot())
    win.addAction(action)
    return action


def build(win: MainWindow) -> dict[str, QAction]:
    ops = win.files
    a: dict[str, QAction] = {}

    a["new"] = _action(
        win, "new", "&New Project…", ops.new_project, Keys.New, "Create an empty project file"
    )
    a["open"] = _action(
        win, "open", "&Open Project…", ops.open_project_dialog, Keys.Open, "Open a project file"
    )
    a["import"] = _action(
        win,
        "import",
        "&Import Files…",
        ops.import_dialog,
        "Ctrl+I",
        "Import .txt, .md and .html articles",
    )
    a["import_folder"] = _action(
        win, "import_folder", "Import a &Folder…", ops.import_folder_dialog
    )
    a["paste"] = _action(
        win,
        "paste",
        "&Paste as New Article",
        ops.paste_article,
        "Ctrl+Shift+V",
        "Make an article of the clipboard",
    )
    a["import_url"] = _action(
        win,
        "import_url",
        "Import from a &Web Address…",
        ops.import_url,
        None,
        "Fetch a page (uses the network)",
    )
    a["import_annotations"] = _action(
        win,
        "import_annotations",
        "Import &Annotations (JSON)…",
        partial(import_annotations, win, "json"),
        None,
        "Merge another coder's or project's Annotary JSON export into this project",
    )
    a["import_refiqda"] = _action(
        win,
        "import_refiqda",
        "Import from &REFI-QDA (.qdpx, .qdc)…",
        partial(import_annotations, win, "refiqda"),
        None,
        "Merge a project or codebook from QualCoder, NVivo, ATLAS.ti or MAXQDA",
    )
    a["compare_coders"] = _action(
        win,
        "compare_coders",
        "&Compare Coders…",
        partial(compare_coders, win),
        None,
        "How far the coders of this project agree, per theme and for quotes",
    )
    a["export"] = _action(
        win,
        "export",
        "&Export…",
        partial(export, win),
        "Ctrl+E",
        "Export the project or this article",
    )
    a["quit"] = _action(win, "quit", "&Quit", win.close, Keys.Quit)
    a["quit"].setShortcuts([QKeySequence("Ctrl+Q")])
    a["quit"].setMenuRole(QAction.MenuRole.QuitRole)

    undo = win.ctx.undo_stack.createUndoAction(win, "&Undo")
    undo.setObjectName("action_undo")
    undo.setShortcut(QKeySequence(Keys.Undo))
    redo = win.ctx.undo_stack.createRedoAction(win, "&Redo")
    redo.setObjectName("action_redo")
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    for x in (undo, redo):
        win.addAction(x)
    a["undo"], a["redo"] = undo, redo
    a["find"] = _action(win, "find", "&Find in Article…", win.find_in_article, Keys.Find)
    a["search"] = _action(win, "search", "&Search Library…", win.focus_search, "Ctrl+Shift+F")
    a["prefs"] = _action(
        win, "prefs", "Pre&ferences…", partial(show_preferences, win), Keys.Preferences
    )
    a["prefs"].setMenuRole(QAction.MenuRole.PreferencesRole)

    a["library"] = _action(win, "library", "&Library", None, "Ctrl+1")
    a["sidebar"] = _action(win, "sidebar", "&Annotations", None, "Ctrl+2")
    for key, widget in (("library", win.library), ("sidebar", win.sidebar)):
        a[key].setCheckable(True)
        a[key].setChecked(True)
        a[key].toggled.connect(widget.setVisible)
    a["fullscreen"] = _action(
        win, "fullscreen", "&Full Screen", win.toggle_full_screen, Keys.FullScreen
    )
    a["fullscreen"].setShortcuts([QKeySequence("F11")])
    a["zoom_in"] = _action(win, "zoom_in", "Zoom &In", win.reader.zoom_in, Keys.ZoomIn)
    a["zoom_out"] = _action(win, "zoom_out", "Zoom &Out", win.reader.zoom_out, Keys.ZoomOut)
    a["zoom_reset"] = _action(win, "zoom_reset", "&Actual Size", win.reader.reset_zoom, "Ctrl+0")

    a["mark_unread"] = _action(win, "mark_unread", "Mark as &Unread", partial(win.mark_read, False))
    a["mark_read"] = _action(win, "mark_read", "Mark as &Read", partial(win.mark_read, True))
    a["delete_article"] = _action(win, "delete_article", "&Delete Article…", win.delete_articles)
    a["next"] = _action(win, "next", "&Next Article", partial(win.step_article, 1), "Alt+Down")
    a["previous"] = _action(
        win, "previous", "&Previous Article", partial(win.step_article, -1), "Alt+Up"
    )

    tag = win.annotator.tag
    a["quote"] = _action(
        win,
        "quote",
        "Tag as &Quote…",
        partial(tag, "quote"),
        "Q",
        "Tag the selection as a quote (Q)",
    )
    a["speaker"] = _action(
        win,
        "speaker",
        "Tag as &Speaker…",
        partial(tag, "speaker"),
        "S",
        "Tag the selection as a speaker mention (S)",
    )
    a["theme"] = _action(
        win,
        "theme",
        "Tag with &Theme…",
        partial(tag, "theme"),
        "T",
        "Tag the selection with a theme (T)",
    )
    a["note"] = _action(
        win,
        "note",
        "Add a &Note…",
        win.annotator.note_from_reader,
        None,
        "Note on the selection (N)",
    )
    for key in ("quote", "speaker", "theme"):
        a[key].setShortcutContext(
            Qt.ShortcutContext.WidgetShortcut
        )  # the reader's own keys do the work
    a["about"] = _action(win, "about", "&About Annotary", partial(show_about, win))
    a["shortcuts"] = _action(
        win, "shortcuts", "&Keyboard Shortcuts", partial(show_shortcuts, win), Keys.HelpContents
    )

    for key, action in win.suggestions.actions().items():
        a[key] = action
        if key in ("accept_all_suggestions", "suggest"):
            win.addAction(action)  # window-wide keys; A and R belong to the suggestions list
    _menus(win, a)
    _toolbar(win, a)
    return a


def _menus(win: MainWindow, a: dict[str, QAction]) -> None:
    bar = win.menuBar()
    file = bar.addMenu("&File")
    file.addActions([a["new"], a["open"]])
    win.recent_menu = QMenu("Open &Recent", win)
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

    edit = bar.addMenu("&Edit")
    edit.addActions([a["undo"], a["redo"]])
    edit.addSeparator()
    edit.addActions([a["find"], a["search"]])
    edit.addSeparator()
    edit.addAction(a["prefs"])

    view = bar.addMenu("&View")
    view.addActions([a["library"], a["sidebar"]])
    win.panels_menu = view.addMenu("&Panels")
    view.addSeparator()
    view.addActions([a["zoom_in"], a["zoom_out"], a["zoom_reset"]])
    theme_menu = view.addMenu("&Theme")
    group = QActionGroup(win)
    for name in ("system", "light", "dark"):
        act = theme_menu.addAction(name.capitalize())
        act.setObjectName(f"action_theme_{name}")
        act.setCheckable(True)
        act.setChecked(win.settings.theme() == name)
        act.triggered.connect(partial(win.set_theme, name))
        group.addAction(act)
    view.addSeparator()
    view.addAction(a["fullscreen"])

    article = bar.addMenu("&Article")
    article.addActions([a["next"], a["previous"]])
    article.addSeparator()
    article.addActions([a["mark_read"], a["mark_unread"]])
    article.addSeparator()
    article.addAction(a["delete_article"])

    annotate = bar.addMenu("A&nnotate")
    annotate.addActions([a["quote"], a["speaker"], a["theme"], a["note"]])
    annotate.addSeparator()
    annotate.addActions([a["suggest"], a["accept_suggestion"], a["reject_suggestion"]])
    annotate.addAction(a["accept_all_suggestions"])

    annotate.addSeparator()  # several coders
    annotate.addAction(a["compare_coders"])
    annotate.addMenu(disagreement_menu(win))

    help_ = bar.addMenu("&Help")
    help_.addActions([a["shortcuts"], a["about"]])


def _toolbar(win: MainWindow, a: dict[str, QAction]) -> None:
    tb = QToolBar("Main toolbar", win)
    tb.setObjectName("mainToolbar")
    tb.setMovable(False)
    tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    tb.addActions([a["open"], a["import"]])
    tb.addSeparator()
    tb.addActions([a["undo"], a["redo"]])
    tb.addSeparator()
    tb.addActions([a["quote"], a["speaker"], a["theme"], a["note"]])
    tb.addSeparator()
    tb.addActions([a["find"], a["export"]])
    win.addToolBar(Qt.ToolBarArea.TopToolBarArea, tb)
    win.toolbar = tb


# ---- what some actions open (dialogs built in ui.dialogs; the window works without them)


def import_annotations(win: MainWindow, kind: Kind) -> None:
    interchange_flow(win).ask(kind)


def export(win: MainWindow) -> None:
    from annotary.ui.dialogs.export import ExportDialog

    ExportDialog(win.ctx, win, win.session.article_id).open()


def show_preferences(win: MainWindow) -> None:
    from annotary.ui.dialogs.preferences import PreferencesDialog

    PreferencesDialog(win.ctx, win.settings, win).open()


def show_about(win: MainWindow) -> None:
    from annotary.ui.dialogs.about import show_about as about

    about(win)


def show_shortcuts(win: MainWindow) -> None:
    native = QKeySequence.SequenceFormat.NativeText
    rows = [
        (a.text().replace("&", "").rstrip("…"), a.shortcut().toString(native))
        for a in win.actions_.values()
        if not a.shortcut().isEmpty()
    ]
    rows += [
        ("Apply a recent theme", "1 – 9"),
        ("Note on the selection", "N"),
        ("Delete annotation", "Del"),
    ]
    box = QMessageBox(
        QMessageBox.Icon.NoIcon,
        "Keyboard shortcuts",
        "\n".join(f"{k:<16}{t}" for t, k in rows),
        parent=win,
    )
    box.setObjectName("shortcutsBox")
    box.open()


def fill_recent_menu(win: MainWindow) -> None:
    win.recent_menu.clear()
    recent = [p for p in win.settings.recent_projects() if p != win.ctx.project.path.resolve()]
    for i, path in enumerate(recent):
        act = win.recent_menu.addAction(f"&{i + 1} {path.name}", partial(win.files.switch_to, path))
        act.setToolTip(plain_tip(str(path)))
        act.setEnabled(path.exists())
    if not recent:
        win.recent_menu.addAction("No recent projects").setEnabled(False)
    else:
        win.recent_menu.addSeparator()
        win.recent_menu.addAction("Clear the list", win.settings.clear_recent_projects)
