"""Takes docs/screenshots/window-WIDTHxHEIGHT-THEME.png: the real window on the sample
project, at 1280×800, 1440×900 and 1920×1080, light and dark.

Run it under Xvfb (offscreen has no window frame metrics and draws fonts alike,
but Xvfb is what a desktop does):

    xvfb-run -a -s "-screen 0 1920x1080x24" env PYTHONPATH=desktop \\
        .venv/bin/python docs/screenshots/take.py [WIDTHxHEIGHT-THEME ...]

Each shot is a fresh process with its own settings and data folders (the first
start: the bundled samples, the library sorted by date, the oldest article open,
its suggestions found), so nothing of the user's own set-up shows.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHOTS = [
    f"{size}-{theme}"
    for size in ("1280x800", "1440x900", "1920x1080")
    for theme in ("light", "dark")
]
ARTICLE = "Estmark approves emergency levee plan"


def take(shot: str) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from annotary.ui import app as window_app
    from annotary.ui.settings import Settings

    size, theme = shot.split("-")
    width, height = (int(n) for n in size.split("x"))
    Settings().set_theme(theme)
    application = window_app.application()
    window = window_app.start(None)
    assert window is not None
    window.resize(width, height)
    window.move(0, 0)

    def open_article() -> None:
        from annotary.services import articles

        chosen = next(a for a in articles.summaries(window.ctx.project) if ARTICLE in a.title)
        window.open_article(chosen.id)

    def save() -> None:
        if not window.suggestions.idle:
            QTimer.singleShot(200, save)
            return
        window.grab().save(str(HERE / f"window-{shot}.png"))
        window.close()
        QApplication.quit()

    QTimer.singleShot(800, open_article)
    QTimer.singleShot(2500, save)
    application.exec()
    window_app.finish(window, 0)


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--one":
        take(sys.argv[2])
        return
    for shot in sys.argv[1:] or SHOTS:
        with tempfile.TemporaryDirectory() as tmp:
            env = {
                **os.environ,
                "ANNOTARY_CONFIG_DIR": f"{tmp}/config",
                "ANNOTARY_DATA_DIR": f"{tmp}/data",
                "ANNOTARY_CODER": "Reader",
            }
            subprocess.run([sys.executable, __file__, "--one", shot], env=env, check=True)
            print(f"window-{shot}.png")


if __name__ == "__main__":
    main()
