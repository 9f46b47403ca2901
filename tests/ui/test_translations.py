"""The window speaks Simplified Chinese, completely, and English with real plurals.

- the zh_CN translation has no unfinished entry and keeps every placeholder;
- English plural forms come from the English translation ("1 article", "2 articles");
- the .ts files hold exactly the strings of the sources (lupdate would add nothing);
- the real main window, in Chinese, on a project with the samples, shows no English:
  menus, toolbar, status bar, panels, headers, tooltips and the main dialogs.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QTableView,
    QTreeView,
    QWidget,
)
from translation_files import ROOT, english_in, update_translations

TRANSLATIONS = ROOT / "resources" / "translations"
PLACEHOLDER = re.compile(r"\{\w*\}|%n")


def entries(language: str) -> list[ET.Element]:
    root = ET.parse(TRANSLATIONS / f"annotary_{language}.ts").getroot()
    return list(root.iter("message"))


def forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    numerus = [f.text or "" for f in translation.findall("numerusform")]
    return numerus or [translation.text or ""]


def test_the_chinese_translation_is_complete() -> None:
    messages = entries("zh_CN")
    assert len(messages) > 300
    for message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") not in ("unfinished", "vanished", "obsolete"), source
        for text in forms(message):
            assert text.strip(), source
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (
                source,
                text,
            )
            if "&" in source:  # a mnemonic keeps its key: "&File" -> "文件(&F)"
                assert "&" in text, source


def test_every_plural_has_its_english_forms() -> None:
    plurals = [m for m in entries("en") if m.get("numerus") == "yes"]
    assert plurals
    for message in plurals:
        one, many = forms(message)
        assert "(s)" not in one + many, message.findtext("source")


def test_english_counts_are_real_plurals() -> None:
    def count(n: int) -> str:
        return QCoreApplication.translate("LibraryPanel", "%n article(s)", "", n)

    assert count(1) == "1 article"
    assert count(2) == "2 articles"
    assert count(0) == "0 articles"


def test_translation_files_hold_the_strings_of_the_sources() -> None:
    assert update_translations().out_of_date() == []


# ---- the window in Chinese --------------------------------------------------------------


@pytest.fixture
def sample_window(qtbot, tmp_path, chinese):  # type: ignore[no-untyped-def]
    from annotary.services import articles
    from annotary.services.project import open_project
    from annotary.services.samples import load_samples
    from annotary.ui.context import AppContext
    from annotary.ui.main_window import MainWindow
    from annotary.ui.settings import Settings

    project = open_project(tmp_path / "study.annotary", coder="tester", backup_on_open=False)
    load_samples(project)
    window = MainWindow(AppContext(project), Settings())
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    qtbot.waitExposed(window)
    window.load()
    first = articles.summaries(project)[0].id
    window.open_article(first)
    qtbot.waitUntil(lambda: window.session.article_id == first)
    yield window
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.close()
    window.files.busy = False
    window.close()
    qtbot.wait(1)
    project.close()


def data_words(window: QWidget) -> set[str]:
    """What the user's data says (titles, outlets, names, the project's file): kept as is."""
    from annotary.services import articles, codebook, speakers

    project = window.ctx.project  # type: ignore[attr-defined]
    words = {str(project.path), project.path.name, project.path.stem, project.coder}
    for s in articles.summaries(project):
        words |= {s.title, s.outlet or "", s.author or "", s.language or "", *s.collections}
    for s in speakers.speakers(project):
        words |= {s.name, s.role or "", s.affiliation or "", *s.aliases}
    words |= {t.name for t in codebook.themes(project)}
    return {w for w in words if w}


def texts_of(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for what a widget shows: its text, tooltip, items and headers."""
    name = f"{type(widget).__name__}#{widget.objectName()}"
    if widget.toolTip():
        yield name + " tooltip", widget.toolTip()
    if isinstance(widget, QLabel | QAbstractButton):
        yield name, widget.text()
    if isinstance(widget, QLineEdit):
        yield name + " placeholder", widget.placeholderText()
    if isinstance(widget, QGroupBox):
        yield name, widget.title()
    if isinstance(widget, QComboBox) and widget.objectName() != "preferencesFontFamily":
        for i in range(widget.count()):
            yield f"{name} item {i}", widget.itemText(i)
    if isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield f"{name} tab {i}", widget.tabText(i)
            yield f"{name} tab {i} tooltip", widget.tabToolTip(i)
    if isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
        model = widget.model()
        for orientation in (Qt.Orientation.Horizontal,):
            for section in range(model.columnCount(QModelIndex())):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.headerData(section, orientation, role)
                    if isinstance(value, str):
                        yield f"{name} header {section}", value


def menu_texts(menu: QMenu, path: str) -> Iterator[tuple[str, str]]:
    yield path, menu.title()
    for action in menu.actions():
        yield f"{path} › {action.text()}", action.text()
        yield f"{path} › {action.text()} tooltip", action.toolTip()
        if action.menu() is not None:
            yield from menu_texts(action.menu(), f"{path} › {action.text()}")  # type: ignore[arg-type]


def window_texts(window: QWidget) -> Iterator[tuple[str, str]]:
    yield "window title", window.windowTitle()
    for widget in [window, *window.findChildren(QWidget)]:
        if widget.isVisible() or isinstance(widget, QTabBar):
            yield from texts_of(widget)
    bar = getattr(window, "menuBar", None)
    for action in bar().actions() if bar is not None else []:
        if action.menu() is not None:
            yield from menu_texts(action.menu(), action.text())  # type: ignore[arg-type]


def untranslated(pairs: Iterator[tuple[str, str]], kept: set[str]) -> list[str]:
    return [f"{where}: {text!r}" for where, text in pairs if text and english_in(text, kept)]


@pytest.mark.gui
def test_the_window_in_chinese_shows_no_english(qtbot, sample_window) -> None:  # type: ignore[no-untyped-def]
    from annotary.ui.dialogs.about import about_text

    w = sample_window
    kept = data_words(w)
    found: list[str] = []
    for key in ("codebook", "speakers", "metadata"):
        w.show_panel(key)
        qtbot.wait(1)
        found += untranslated(window_texts(w), kept)
    assert w.session.annotations is not None
    assert "文章" in w.project_label.text()  # the status bar counts articles in Chinese

    # The main dialogs, opened as a user does, from their actions.
    for name in ("prefs", "shortcuts", "export", "compare_coders"):
        before = set(QApplication.topLevelWidgets())
        w.actions_[name].trigger()
        dialogs = [
            d
            for d in QApplication.topLevelWidgets()
            if isinstance(d, QDialog) and d.isVisible() and d not in before
        ]
        assert dialogs, name
        for dialog in dialogs:
            found += untranslated(window_texts(dialog), kept)
            dialog.close()
    # The ones that wait for an answer (exec), shown here without waiting.
    from annotary.ui.dialogs.coder import CoderDialog
    from annotary.ui.dialogs.paste import PasteDialog
    from annotary.ui.dialogs.url_import import UrlImportDialog

    pasted = "A pasted paragraph."
    for dialog in (CoderDialog("tester", w), PasteDialog(pasted, w), UrlImportDialog(w)):
        dialog.show()
        found += untranslated(window_texts(dialog), kept | {pasted})
        dialog.close()
    found += untranslated(iter([("about", re.sub(r"<[^>]+>", " ", about_text()))]), kept)
    assert found == [], "\n".join(found)


@pytest.mark.gui
def test_the_analysis_window_and_the_memo_in_chinese(qtbot, sample_window) -> None:  # type: ignore[no-untyped-def]
    from annotary.services import annotating, codebook, speakers

    w = sample_window
    project = w.ctx.project
    words = [m.span() for m in re.finditer(r"\w+", w.session.article.text)]
    speaker = speakers.create(project, "Mara Holt", role="harbour master").value
    theme = codebook.create(project, "Ferries").value
    article_id = w.session.article_id
    annotating.create(project, article_id, "quote", *words[0], speaker=speaker.id)
    annotating.create(project, article_id, "passage", words[2][0], words[5][1], themes=[theme.id])
    kept = data_words(w)
    found: list[str] = []
    analysis = w.analysis.show("quotes")
    qtbot.waitUntil(lambda: analysis.quotes.model.rowCount() > 0, timeout=10_000)
    found += untranslated(window_texts(analysis), kept)
    for action in ("passages_view", "counts_view"):  # Analysis › Passages, › Counts and Charts
        w.actions_[action].trigger()
        qtbot.wait(1)
    qtbot.waitUntil(lambda: analysis.counts.model.rowCount() > 0, timeout=10_000)
    found += untranslated(window_texts(analysis), kept)
    chart = analysis.counts.chart_pane()
    qtbot.waitUntil(lambda: chart.drawn is not None, timeout=10_000)
    axes = chart.figure.axes[0]
    drawn = [axes.get_title(), *(t.get_text() for t in axes.texts)]
    found += untranslated(iter(("chart", text) for text in drawn), kept)
    found += untranslated(window_texts(analysis.passages), kept)
    for kind, record_id, page in (
        ("speaker", speaker.id, analysis.speaker_page),
        ("theme", theme.id, analysis.theme_page),
    ):
        analysis.show_page(kind, record_id)
        qtbot.waitUntil(lambda p=page: p.profile is not None and not p.busy, timeout=10_000)
        found += untranslated(window_texts(analysis), kept)
    analysis.close()

    w.actions_["project_memo"].trigger()  # Analysis › Project Memo…
    memo = w.analysis.show_memo()
    found += untranslated(window_texts(memo), kept)
    memo.close()
    assert found == [], "\n".join(found)


@pytest.mark.gui
def test_the_near_duplicates_in_chinese(qtbot, sample_window) -> None:  # type: ignore[no-untyped-def]
    from duplicate_texts import WIRE, WIRE_EDITED

    from helpers import add_article

    w = sample_window
    project = w.ctx.project
    add_article(project, WIRE, "Council closes ferry", outlet="Ledger")
    add_article(project, WIRE_EDITED, "Ferry to close", outlet="Courier")
    w.library.reload()
    kept = data_words(w)
    found = untranslated(window_texts(w), kept)  # the Similar column, the Near-duplicates button
    button = w.library.duplicates.button
    found += untranslated(menu_texts(button.menu(), button.text()), kept)
    proxy = w.library.proxy
    titles = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    w.library.table.selectRow(titles.index("Ferry to close"))
    w.library.duplicates.open_group.trigger()  # Near-duplicates › Keep, Hide or Merge…
    dialog = w.library.duplicates.dialog
    assert dialog is not None and dialog.isVisible()
    found += untranslated(window_texts(dialog), kept)
    states = [dialog.table.item(r, 5).text() for r in range(dialog.table.rowCount())]
    found += untranslated(iter([("near-duplicate states", " ".join(states))]), kept)
    dialog.close()
    assert found == [], "\n".join(found)


@pytest.mark.gui
def test_the_library_header_menu_in_chinese(qtbot, sample_window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QContextMenuEvent

    w = sample_window
    header = w.library.table.horizontalHeader()
    at = QPoint(10, header.height() // 2)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, header.mapToGlobal(at))
    QApplication.sendEvent(header.viewport(), event)  # right-click the library's header
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    texts = list(menu_texts(menu, "library header"))
    menu.close()
    assert "重置列" in [text for _where, text in texts]
    found = untranslated(iter(texts), data_words(w))
    assert found == [], "\n".join(found)


def test_a_missing_value_in_the_counts_is_named_in_chinese(chinese) -> None:  # type: ignore[no-untyped-def]
    from annotary.domain.analysis import NONE_LABEL
    from annotary.ui.display_names import value_label

    assert value_label(NONE_LABEL) == "（无）"  # no outlet, no role…
    assert value_label("Ledger") == "Ledger"  # the user's data stays as it is


# ---- where the compiled translations come from -------------------------------------------


def test_a_missing_or_stale_compiled_translation_is_made_at_start(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import os
    import shutil

    from annotary.ui import i18n

    folder = tmp_path / "translations"
    folder.mkdir()
    source = folder / "annotary_zh_CN.ts"
    shutil.copy(TRANSLATIONS / source.name, source)
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    cache = tmp_path / "cache"

    made = i18n.compiled_file("zh_CN", cache)  # no .qm beside the .ts: compiled now
    assert made == cache / "annotary_zh_CN.qm"
    translator = QTranslator()
    assert translator.load(str(made))
    assert translator.translate("Actions", "&File") == "文件(&F)"

    shipped = folder / "annotary_zh_CN.qm"  # a fresh shipped one is used as it is
    shutil.copy(made, shipped)
    newer = source.stat().st_mtime + 10
    os.utime(shipped, (newer, newer))
    assert i18n.compiled_file("zh_CN", cache) == shipped

    os.utime(source, (newer + 10, newer + 10))  # the .ts changed since: compiled again
    assert i18n.compiled_file("zh_CN", cache) == cache / "annotary_zh_CN.qm"

    # Without lrelease: a stale .qm is better than none; with none the window is English.
    monkeypatch.setattr(i18n, "lrelease_command", lambda: None)
    (cache / "annotary_zh_CN.qm").unlink()
    assert i18n.compiled_file("zh_CN", cache) == shipped
    shipped.unlink()
    assert i18n.compiled_file("zh_CN", cache) is None


def test_the_language_comes_from_the_override_then_the_setting(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from annotary.ui import i18n

    monkeypatch.delenv(i18n.ENV, raising=False)
    assert i18n.chosen("zh_CN") == "zh_CN"
    assert i18n.chosen("en") == "en"
    assert i18n.chosen("system") == i18n.system_language()
    assert i18n.chosen("klingon") == i18n.system_language()
    monkeypatch.setenv(i18n.ENV, "en")
    assert i18n.chosen("zh_CN") == "en"


@pytest.mark.gui
def test_preferences_choose_the_language_for_the_next_start(qtbot, app_project, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from annotary.ui.context import AppContext
    from annotary.ui.dialogs.preferences import PreferencesDialog

    settings = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    dialog = PreferencesDialog(AppContext(app_project), settings)
    qtbot.addWidget(dialog)
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names[1:] == ["English", "简体中文"]  # each language in its own words
    assert dialog.language.currentData() == "system"
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    dialog.accept()
    assert settings.value("appearance/language") == "zh_CN"
    note = dialog.language_note
    assert note is not None and "starts again" in note.text()
    note.close()

    again = PreferencesDialog(AppContext(app_project), settings)
    qtbot.addWidget(again)
    assert again.language.currentData() == "zh_CN"
    again.accept()
    assert again.language_note is None  # nothing changed, nothing said
