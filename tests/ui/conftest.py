"""Qt test configuration for the reader tests: offscreen platform, pytest-qt's qtbot."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_DESKTOP = Path(__file__).resolve().parents[2] / "desktop"
if str(_DESKTOP) not in sys.path:
    sys.path.insert(0, str(_DESKTOP))


@pytest.fixture
def reader(qtbot):  # type: ignore[no-untyped-def]
    """A shown ReaderView, 900x700, light theme."""
    from annotary.ui.reader.reader_view import ReaderView

    view = ReaderView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.fixture
def make_article():  # type: ignore[no-untyped-def]
    """Builds an Article from a canonical text (and optional metadata)."""
    import hashlib

    from annotary.domain.models import Article

    def make(text: str, title: str = "A test article", language: str | None = "en", **kw):  # type: ignore[no-untyped-def]
        return Article(
            id="a1",
            title=title,
            text=text,
            text_sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
            outlet=kw.get("outlet", "Northline Wire"),
            author=kw.get("author", "Petra Lindqvist"),
            published=kw.get("published", "2024-03-14"),
            language=language,
        )

    return make


# ---- main window fixtures (test_app_*.py) ------------------------------------------------

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


@pytest.fixture
def app_project(tmp_path):  # type: ignore[no-untyped-def]
    """An empty project file in a temp folder (open_project creates it)."""
    from annotary.services.project import open_project

    project = open_project(tmp_path / "study.annotary", coder="tester", backup_on_open=False)
    yield project
    from PySide6.QtWidgets import QApplication

    from annotary.ui.main_window import MainWindow

    for widget in QApplication.topLevelWidgets():  # windows close before their database
        if isinstance(widget, MainWindow) and widget.isVisible():
            widget.close()
    project.close()


@pytest.fixture
def app_window(qtbot, app_project):  # type: ignore[no-untyped-def]
    """A shown MainWindow on ``app_project`` (empty), with its settings isolated."""
    from annotary.ui.context import AppContext
    from annotary.ui.main_window import MainWindow
    from annotary.ui.settings import Settings

    ctx = AppContext(app_project)
    window = MainWindow(ctx, Settings())
    qtbot.addWidget(window)
    window.resize(1300, 820)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.load()
    yield window
    window.files.busy = False
    # Close it while its project is still open: its timers must not outlive the database.
    window.close()
    qtbot.wait(1)


@pytest.fixture
def sample_files(tmp_path):  # type: ignore[no-untyped-def]
    """Copies of the bundled English sample articles in a temp folder."""
    import shutil

    folder = tmp_path / "incoming"
    folder.mkdir()
    for name in (
        "01-estmark-orsa-levy-wire.md",
        "02-marenia-rates-wire.md",
        "05-bramford-transit-press-conference.txt",
    ):
        shutil.copy(SAMPLES / name, folder / name)
    return sorted(folder.iterdir())


@pytest.fixture(scope="session", autouse=True)
def _english_translation(qapp, tmp_path_factory):  # type: ignore[no-untyped-def]
    """The window in English, as a user sees it: with the English translation installed,
    which gives the plural forms ("1 article", "2 articles")."""
    from annotary.ui import i18n

    i18n.install(qapp, "en", tmp_path_factory.mktemp("translations"))
    yield  # the translators belong to the application (a test that starts the app replaces them)


@pytest.fixture(autouse=True)
def _restore_application_look(qapp):  # type: ignore[no-untyped-def]
    """A test that applies a theme (say, by saving Preferences) must not restyle the
    tests after it: put the application's palette, style sheet and font back."""
    palette, sheet, font = qapp.palette(), qapp.styleSheet(), qapp.font()
    yield
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)


@pytest.fixture
def open_window(qtbot, app_window, sample_files):  # type: ignore[no-untyped-def]
    """The window with one sample article open (suggestions running as usual)."""
    from annotary.services import importing

    w = app_window
    importing.import_files(w.ctx.project, sample_files[:1])
    w.library.reload()
    first = w.library.model.summary(0).id
    w.open_article(first)
    assert w.session.article_id == first
    return w


@pytest.fixture
def chinese(qapp, tmp_path):  # type: ignore[no-untyped-def]
    """Qt's and Annotary's Chinese translators in place of the English ones, for one test."""
    from PySide6.QtCore import QCoreApplication, QEvent, QTranslator

    from annotary.ui import i18n

    english = qapp.findChildren(QTranslator)
    for translator in english:
        qapp.removeTranslator(translator)
    installed = i18n.install(qapp, "zh_CN", tmp_path / "translations")
    assert len(installed) == 2  # Qt's own (standard buttons) and Annotary's
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
        translator.deleteLater()
    # gone now, so that the next test does not take them for the English ones
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for translator in english:
        qapp.installTranslator(translator)
