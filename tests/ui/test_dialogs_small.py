"""Preferences, About, web-address and paste dialogs, driven as a user would."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from panels_world import World, build_world
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from annotary import __version__
from annotary.ui.context import AppContext
from annotary.ui.dialogs import about
from annotary.ui.dialogs.paste import PasteDialog, ask_paste, guess_title
from annotary.ui.dialogs.preferences import PreferencesDialog
from annotary.ui.dialogs.url_import import UrlImportDialog, ask_url, normalise_url

pytestmark = pytest.mark.gui


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    w = build_world(tmp_path)
    yield w
    w.project.close()


def when_shown(qtbot: QtBot, act: Callable[[QDialog], None]) -> None:
    """Once the next modal dialog is up, do ``act`` on it (a user at the keyboard)."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog.isVisible():
            act(dialog)
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


# -- preferences -----------------------------------------------------------------


def test_preferences_change_coder_theme_and_suggestions(
    qtbot: QtBot, world: World, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(world.project)
    dialog = PreferencesDialog(ctx, settings)
    qtbot.addWidget(dialog)
    assert dialog.coder.text() == "amira"  # from the project when nothing is saved
    assert dialog.suggest_auto.isChecked()  # default on
    dialog.coder.setText("Jonas")
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.font_size.setValue(16)
    dialog.suggest_auto.setChecked(False)
    with qtbot.waitSignal(dialog.settings_changed, timeout=1000):
        dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert ctx.project.coder == "Jonas"
    settings.sync()
    again = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    assert again.value("coder") == "Jonas"
    assert again.value("theme") == "dark"
    assert int(again.value("reader/font_size")) == 16
    assert str(again.value("suggest/auto")).lower() == "false"
    app = QApplication.instance()
    assert app is not None and app.property("annotaryTheme") == "dark"

    reopened = PreferencesDialog(ctx, again)
    qtbot.addWidget(reopened)
    assert reopened.theme.currentData() == "dark"
    assert not reopened.suggest_auto.isChecked()
    assert reopened.font_size.value() == 16


def test_preferences_refuse_an_empty_coder(qtbot: QtBot, world: World, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    dialog = PreferencesDialog(AppContext(world.project), settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.coder.setText("  ")
    dialog.accept()
    assert dialog.isVisible() and dialog.message.isVisible()
    assert world.project.coder == "amira"
    assert settings.value("coder") is None


def test_preferences_cancel_changes_nothing(qtbot: QtBot, world: World, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    dialog = PreferencesDialog(AppContext(world.project), settings)
    qtbot.addWidget(dialog)
    dialog.coder.setText("Someone else")
    dialog.reject()
    assert world.project.coder == "amira" and settings.value("coder") is None


def test_preferences_use_the_window_settings_theme_key(
    qtbot: QtBot, world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings_mod = pytest.importorskip("annotary.ui.settings")
    store = settings_mod.Settings(tmp_path / "window.ini")
    dialog = PreferencesDialog(AppContext(world.project), store)
    qtbot.addWidget(dialog)
    dialog.theme.setCurrentIndex(dialog.theme.findData("light"))
    dialog.accept()
    assert store.theme() == "light"  # the window reads the theme where it keeps it


# -- about ----------------------------------------------------------------------


def test_about_names_version_licence_and_platform(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    about.show_about(None)
    text = shown[0]
    assert __version__ in text and "GPL-3.0-or-later" in text
    assert "Qt " in text and "PySide6 " in text and "Python " in text
    assert "news articles" in text


# -- web address ----------------------------------------------------------------


def test_url_dialog_warns_and_accepts_a_web_address(qtbot: QtBot) -> None:
    def type_address(dialog: QDialog) -> None:
        assert isinstance(dialog, UrlImportDialog)
        notice = dialog.findChild(QLabel, "networkNotice")
        assert notice is not None and notice.isVisible() and "internet" in notice.text()
        qtbot.keyClicks(dialog.edit, "news.example.org/harbour-jobs")
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)

    when_shown(qtbot, type_address)
    assert ask_url(None) == "https://news.example.org/harbour-jobs"


def test_url_dialog_cancel_and_bad_address(qtbot: QtBot) -> None:
    dialog = UrlImportDialog()
    qtbot.addWidget(dialog)
    dialog.edit.setText("not a web address")
    assert not dialog.fetch.isEnabled()
    dialog.edit.setText("ftp://files.example.org/a.txt")
    assert not dialog.fetch.isEnabled()
    when_shown(qtbot, lambda d: d.reject())
    assert ask_url(None) is None


def test_normalise_url() -> None:
    assert normalise_url(" http://example.org/a ") == "http://example.org/a"
    assert normalise_url("example.org") == "https://example.org"
    assert normalise_url("mailto:someone@example.org") is None
    assert normalise_url("") is None


# -- paste ----------------------------------------------------------------------

PASTED = "Ferry fares to rise in May\n\nThe island ferry company said fares would rise by 6%."


def test_paste_dialog_guesses_title_and_returns_edits(qtbot: QtBot) -> None:
    def edit_title(dialog: QDialog) -> None:
        assert isinstance(dialog, PasteDialog)
        assert dialog.title.text() == "Ferry fares to rise in May"
        dialog.title.setText("Ferry fares up 6%")
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    when_shown(qtbot, edit_title)
    assert ask_paste(None, PASTED) == ("Ferry fares up 6%", PASTED)


def test_paste_dialog_needs_text(qtbot: QtBot) -> None:
    dialog = PasteDialog("   \n")
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled()
    dialog.text.setPlainText("Some words")
    assert dialog.ok.isEnabled()
    when_shown(qtbot, lambda d: d.reject())
    assert ask_paste(None, PASTED) is None


def test_guess_title_shortens_long_first_lines() -> None:
    long_line = "word " * 60
    title = guess_title(long_line)
    assert len(title) <= 121 and title.endswith("…")
