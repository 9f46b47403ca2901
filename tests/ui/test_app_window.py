"""The window: title, remembered state, reading position, selection sync, notes, start-up."""

from __future__ import annotations

from pathlib import Path

from live_window import start_window
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from annotary.services import annotating, articles, importing
from annotary.services.project import open_project
from annotary.ui.annotate.note_editor import NoteEditor
from annotary.ui.main_window import MainWindow
from annotary.ui.settings import Settings


def new_window(qtbot, project) -> MainWindow:  # type: ignore[no-untyped-def]
    return start_window(qtbot, project)  # type: ignore[no-any-return]


def test_title_names_the_project_and_menus_are_there(app_window) -> None:  # type: ignore[no-untyped-def]
    assert app_window.windowTitle() == "study — Annotary"
    menus = [a.text().replace("&", "") for a in app_window.menuBar().actions()]
    assert menus == ["File", "Edit", "View", "Article", "Annotate", "Analysis", "Help"]
    keys = {
        k: app_window.actions_[k].shortcut().toString()
        for k in ("open", "new", "import", "export", "quit")
    }
    assert keys == {
        "open": "Ctrl+O",
        "new": "Ctrl+N",
        "import": "Ctrl+I",
        "export": "Ctrl+E",
        "quit": "Ctrl+Q",
    }
    assert app_window.actions_["paste"].shortcut().toString() == "Ctrl+Shift+V"
    assert "F11" in [s.toString() for s in app_window.actions_["fullscreen"].shortcuts()]
    assert app_window.library.accessibleName() and app_window.sidebar.accessibleName()


def test_window_state_is_restored_after_close_and_reopen(qtbot, app_project, sample_files) -> None:  # type: ignore[no-untyped-def]
    importing.import_files(app_project, sample_files)
    first = new_window(qtbot, app_project)
    chosen = articles.summaries(app_project)[1].id
    first.open_article(chosen)
    first.resize(760, 520)
    first.splitter.setSizes([150, 350, 200])
    sizes = first.splitter.sizes()
    first.actions_["library"].setChecked(False)
    first.close()
    assert Settings().last_article(app_project.path) == chosen

    second = new_window(qtbot, app_project)
    assert (second.width(), second.height()) == (760, 520)
    assert second.session.article_id == chosen, "the last article opens again"
    assert second.splitter.sizes()[1:] == sizes[1:] or second.splitter.sizes() == sizes
    second.close()


def test_reading_position_is_saved_and_restored_and_read_is_marked(
    qtbot, app_window, sample_files
) -> None:  # type: ignore[no-untyped-def]
    w = app_window
    w.resize(900, 420)
    importing.import_files(w.ctx.project, sample_files[:2])
    w.library.reload()
    first, second = (s.id for s in articles.summaries(w.ctx.project)[:2])
    w.open_article(first)
    bar = w.reader.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    w.reader.set_reading_position(0.5)

    def saved() -> float:
        return articles.get(w.ctx.project, first).reading_position

    qtbot.waitUntil(
        lambda: saved() > 0.2 and abs(saved() - w.reader.reading_position()) < 0.02, timeout=4000
    )
    w.reader.set_reading_position(1.0)
    qtbot.waitUntil(lambda: articles.get(w.ctx.project, first).read, timeout=4000)
    assert w.library.model.summary(w.library.model.row_of(first)).read  # the library shows it
    w.reader.set_reading_position(0.5)
    qtbot.waitUntil(
        lambda: saved() < 0.9 and abs(saved() - w.reader.reading_position()) < 0.02, timeout=4000
    )
    kept = saved()
    w.open_article(second)
    assert w.reader.reading_position() < 0.1
    w.open_article(first)
    qtbot.waitUntil(lambda: abs(w.reader.reading_position() - kept) < 0.1, timeout=3000)


def test_links_open_in_the_browser_only_when_clicked(app_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True
    )
    app_window.reader.link_activated.emit("https://northline.example/wire")
    app_window.reader.link_activated.emit("file:///etc/passwd")
    assert opened == ["https://northline.example/wire"]


def test_clicking_a_highlight_selects_its_sidebar_entry_and_back(
    qtbot, app_window, sample_files
) -> None:  # type: ignore[no-untyped-def]
    w = app_window
    importing.import_files(w.ctx.project, sample_files[:1])
    w.library.reload()
    w.open_article(articles.summaries(w.ctx.project)[0].id)
    text = w.reader.text()
    a = text.index("Kaldberg gauge")
    b = text.index("Tomas Brekke")
    first = w.annotator.create_passage((a, a + 14), [])
    second = w.annotator.create_passage((b, b + 12), [])
    assert first is not None and second is not None
    w.reader.highlight_clicked.emit(first.id)
    assert w.sidebar.selected_ids() == [first.id]
    assert w.reader.active_highlight() == first.id
    index = w.sidebar.model.index_of(second.id)
    w.sidebar.tree.setCurrentIndex(index)
    assert w.reader.active_highlight() == second.id


def test_note_and_span_adjustment_from_the_sidebar(qtbot, app_window, sample_files) -> None:  # type: ignore[no-untyped-def]
    w = app_window
    importing.import_files(w.ctx.project, sample_files[:1])
    w.library.reload()
    w.open_article(articles.summaries(w.ctx.project)[0].id)
    text = w.reader.text()
    s = text.index("national water authority")
    made = w.annotator.create_passage((s, s + len("national water")), [])
    assert made is not None
    w.sidebar.select_annotation(made.id)
    w.sidebar.tree.setFocus()
    QTest.keyClick(w.sidebar.tree, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: isinstance(w.annotator.popup, NoteEditor))
    editor = w.annotator.popup
    QTest.keyClicks(editor.edit, "Check who wrote the plan")
    QTest.keyClick(editor.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert annotating.get(w.ctx.project, made.id).note == "Check who wrote the plan"
    assert "Check who wrote the plan" in w.highlights.tooltip(made.id)

    w.reader.select_range(s, s + len("national water authority"))
    w.sidebar.actions_["span"].trigger()
    moved = annotating.get(w.ctx.project, made.id)
    assert (moved.start, moved.end, moved.exact) == (s, s + 24, "national water authority")
    assert w.reader.highlight(made.id).end == s + 24  # type: ignore[union-attr]
    QTest.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert annotating.get(w.ctx.project, made.id).exact == "national water"
    assert w.reader.highlight(made.id).end == s + 14  # type: ignore[union-attr]


def test_pasting_the_clipboard_makes_an_article(qtbot, app_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    import annotary.ui.library.file_ops as file_ops

    body = "Ferry workers in Vell walked out on Tuesday.\n\nThe union said talks had failed."
    QApplication.clipboard().setText(body)
    monkeypatch.setattr(file_ops, "ask_paste", lambda parent, text: ("Ferry strike in Vell", text))
    QTest.keyClick(
        app_window,
        Qt.Key.Key_V,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    (only,) = articles.summaries(app_window.ctx.project)
    assert only.title == "Ferry strike in Vell"
    assert app_window.session.article_id == only.id
    assert app_window.library.model.rowCount() == 1


def test_opening_another_project_replaces_everything(
    qtbot, app_window, sample_files, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    other_path = tmp_path / "second.annotary"
    other = open_project(other_path)
    importing.import_files(other, sample_files[:2])
    other.close()
    app_window.settings.add_recent_project(app_window.ctx.project.path)
    assert app_window.files.switch_to(other_path)
    assert app_window.windowTitle() == "second — Annotary"
    assert app_window.library.model.rowCount() == 2
    assert Settings().recent_projects()[0] == other_path.resolve()
    from annotary.ui.actions import fill_recent_menu

    fill_recent_menu(app_window)
    first = app_window.recent_menu.actions()[0]
    assert "study.annotary" in first.text() and first.isEnabled()


def test_a_broken_project_file_offers_to_open_another_or_quit(qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from annotary.ui import app

    bad = tmp_path / "notes.annotary"
    bad.write_text("this is not a project", encoding="utf-8")
    shown: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box.text())
        return 0  # no button clicked: Quit

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert app.start(bad) is None
    assert shown and "notes.annotary" in shown[0]


def test_start_shows_the_default_project_with_its_samples(qtbot) -> None:  # type: ignore[no-untyped-def]
    from annotary.ui import app

    window = app.start(None)
    assert window is not None
    qtbot.addWidget(window)
    assert window.isVisible()
    qtbot.waitUntil(lambda: window.library.model.rowCount() >= 5, timeout=5000)
    assert window.session.article is not None
    assert Path(window.ctx.project.path).name == "default.annotary"
    window.close()
    window.ctx.project.close()


def test_toolbar_buttons_stay_put_as_undo_names_the_last_action(
    qtbot, app_window, sample_files
) -> None:  # type: ignore[no-untyped-def]
    """The toolbar's Undo keeps its label (what it undoes is its tooltip), so the buttons
    after it do not jump; clicking it undoes as the menu's Undo does."""
    from annotary.ui.operations import annotations as annotation_ops

    w = app_window
    importing.import_files(w.ctx.project, sample_files[:1])
    w.library.reload()
    article_id = w.library.model.summary(0).id
    w.open_article(article_id)
    undo = next(a for a in w.toolbar.actions() if a.objectName() == "action_undo_toolbar")
    button = w.toolbar.widgetForAction(undo)
    quote_button = w.toolbar.widgetForAction(w.actions_["quote"])
    before = (button.text(), quote_button.x())
    assert not button.isEnabled()

    w.ctx.operations.run(annotation_ops.create("Tag passage", article_id, "passage", (0, 8)))
    qtbot.waitUntil(button.isEnabled)
    assert (button.text(), quote_button.x()) == before
    assert button.toolTip() == "Undo Tag passage"
    assert len(annotating.for_article(w.ctx.project, article_id)) == 1

    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert annotating.for_article(w.ctx.project, article_id) == []
    assert not button.isEnabled()


def test_the_side_columns_come_back_at_the_width_the_user_left_them(
    qtbot, app_project, sample_files
) -> None:  # type: ignore[no-untyped-def]
    importing.import_files(app_project, sample_files)
    first = new_window(qtbot, app_project)
    first.resize(780, 560)  # the offscreen screen is small
    qtbot.waitUntil(lambda: first.width() == 780)
    total = sum(first.splitter.sizes())
    first.splitter.setSizes([170, total - 170 - 150, 150])  # as dragging the handles leaves them
    first.splitter.splitterMoved.emit(170, 1)
    left, reader, right = first.splitter.sizes()
    first.close()

    second = new_window(qtbot, app_project)
    qtbot.waitUntil(lambda: second.width() == 780)
    assert second.splitter.sizes() == [left, reader, right]
    second.close()
