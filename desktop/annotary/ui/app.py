"""Starting the desktop application: ``run(project_path)`` (the CLI calls it) and ``main()``.

The window appears first; the library and the last article load right after
(QTimer.singleShot(0)), so a usable window is on screen fast. With
ANNOTARY_SMOKE_TEST=1 the program quits once the window is usable.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTimer, QTranslator, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from annotary import paths
from annotary.domain.errors import ProjectError
from annotary.services.project import Project, open_project

if TYPE_CHECKING:
    from annotary.ui.main_window import MainWindow

APP_NAME = "Annotary"
WARM_UP_MS = 1500
DESKTOP_FILE = "org.annotary.Annotary"


def application() -> QApplication:
    """The QApplication, created once with Annotary's names, icon and theme."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(DESKTOP_FILE)
    icon = window_icon()
    if icon is not None:
        app.setWindowIcon(icon)
    return app


def window_icon() -> QIcon | None:
    folder = paths.resources_dir() / "icons"
    for name in (
        "annotary.svg",
        "annotary.png",
        "org.annotary.Annotary.svg",
        "org.annotary.Annotary.png",
    ):
        if (folder / name).is_file():
            return QIcon(str(folder / name))
    found = sorted(folder.glob("*.svg")) + sorted(folder.glob("*.png")) if folder.is_dir() else []
    return QIcon(str(found[0])) if found else None


def install_language(app: QApplication, stored: object) -> str:
    """Install the translators of the chosen language (before any window is built)."""
    from annotary.ui import i18n

    for old in app.findChildren(QTranslator):
        app.removeTranslator(old)
        old.deleteLater()
    language = i18n.chosen(stored)
    i18n.install(app, language)
    QLocale.setDefault(QLocale(language))  # dates as the window's language writes them
    return language


def open_or_ask(project_path: Path | None) -> Project | None:
    """Open the project; on a ProjectError say why and offer to open another or quit."""
    from annotary.ui.safety import one_line

    target = project_path
    while True:
        try:
            return open_project(target)
        except (ProjectError, OSError) as exc:
            shown = target or paths.default_project_path()
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                "Annotary",
                QCoreApplication.translate("App", "{path} cannot be opened.\n\n{reason}").format(
                    path=shown, reason=one_line(exc)
                ),
            )
            other = box.addButton(
                QCoreApplication.translate("App", "Open Another…"),
                QMessageBox.ButtonRole.AcceptRole,
            )
            box.addButton(
                QCoreApplication.translate("App", "Quit"), QMessageBox.ButtonRole.RejectRole
            )
            box.exec()
            if box.clickedButton() is not other:
                return None
            name, _ = QFileDialog.getOpenFileName(
                None,
                QCoreApplication.translate("App", "Open project"),
                str(Path.home()),
                QCoreApplication.translate("App", "Annotary projects (*.annotary)"),
            )
            if not name:
                return None
            target = Path(name)


class _Announcer(QObject):
    """Carries the last-resort message to the window, from whichever thread raised."""

    message = Signal(str)


def install_last_resort(window: MainWindow) -> None:
    """An exception escaping a slot (or a thread) is logged and shown in one line."""
    from annotary.ui.safety import install_excepthook

    announcer = _Announcer(window)
    announcer.message.connect(window.report_problem)
    install_excepthook(announcer.message.emit)


def finish(window: MainWindow, code: int) -> int:
    """After the event loop: stop every thread (bounded), then close the project.

    A thread still running after the wait must not be destroyed by Qt (that
    aborts the process): then the process ends at once, its work committed.
    """
    from annotary.ui.safety import log_exception

    stopped = window.shut_down()
    try:
        window.ctx.project.close()
    except Exception as exc:  # closing is tidying up; the data is committed
        log_exception(exc, "closing the project")
    if not stopped:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code


def _load(app: QApplication, window: MainWindow, smoke: bool) -> None:
    """Fill the window, then (on the event loop's next pass: the window answers) say so."""
    window.load()
    QTimer.singleShot(0, lambda: _usable(app, window, smoke))


def _usable(app: QApplication, window: MainWindow, smoke: bool) -> None:
    # The command line's table helper is needed by the first edit only: loaded once the
    # window is usable, so neither start-up nor that edit waits for it.
    QTimer.singleShot(WARM_UP_MS, window, _warm_up)
    if not smoke:
        window.ask_coder()  # once, on the first start
        return
    # Packaging check: quit cleanly as soon as the window is usable, the way a user does
    # (closing the window while its background work still runs); ANNOTARY_SMOKE_QUIT_MS
    # waits that much longer first.
    delay = int(os.environ.get("ANNOTARY_SMOKE_QUIT_MS", "0") or 0)
    sys.stderr.write("annotary: smoke test: the window is up; quitting\n")

    def quit_now() -> None:
        window.close()
        app.exit(0)

    QTimer.singleShot(delay, quit_now)


def _warm_up() -> None:
    import sqlite_utils  # noqa: F401


def start(project_path: Path | None = None) -> MainWindow | None:
    """Create the application and show the main window; returns it (None: user quit)."""
    from annotary.ui.context import AppContext
    from annotary.ui.main_window import MainWindow
    from annotary.ui.settings import Settings
    from annotary.ui.style.palette import apply_theme

    app = application()
    settings = Settings()
    apply_theme(app, settings.theme())  # type: ignore[arg-type]
    install_language(app, settings.language())
    project = open_or_ask(project_path)
    if project is None:
        return None
    settings.add_recent_project(project.path)
    coder = str(settings.qsettings.value("coder", "") or "").strip()
    if coder:
        project.coder = coder
    ctx = AppContext(project)
    window = MainWindow(ctx, settings)
    install_last_resort(window)
    window.show()
    smoke = os.environ.get("ANNOTARY_SMOKE_TEST") == "1"
    QTimer.singleShot(0, lambda: _load(app, window, smoke))
    return window


def run(project_path: Path | None) -> int:
    """Open the window on ``project_path`` (None: the default project with its samples)."""
    app = application()
    window = start(project_path)
    if window is None:
        return 1
    code = app.exec()
    return finish(window, int(code))


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    raise SystemExit(run(path))


if __name__ == "__main__":
    main()
