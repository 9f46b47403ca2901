"""Screenshots of the whole window, as docs/screenshots/ shows it.

    python bench/screenshots.py --size 1440x900 --theme dark --language zh_CN \
        --out docs/screenshots/window-1440x900-dark-zh_CN.png

Runs the window on a fresh default project (the samples) in a private Xvfb display of
that size, opens an article (``--article`` names a part of its title; by default the
first sample in the chosen language), waits for it to settle, and saves the screen with
ImageMagick's ``import -window root``. Needs Xvfb and ImageMagick; user folders go to a
temporary directory. ``--language`` is ANNOTARY_LANGUAGE (en, zh_CN); ``--display`` the
X display to start (":97" unless it is taken). ``--analysis quotes`` (or passages, counts)
accepts the article's suggestions down to 0.5, as a user does with "Accept all", and
shoots the Analysis window on that view instead.

``--all`` takes every window screenshot docs/screenshots/ shows, each in a fresh
process with its own settings and data folders: 1280×800, 1440×900 and 1920×1080 in
light and dark, and 1440×900 in Chinese, light and dark.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SETTLE_MS = 2500
DISPLAY = ":97"


def child(out: Path, width: int, height: int, article: str, analysis: str | None) -> int:
    """In the Xvfb display: show the window, open the article, shoot, quit."""
    sys.path.insert(0, str(ROOT / "desktop"))
    from PySide6.QtCore import QTimer

    from annotary.services import articles
    from annotary.ui.app import application, start

    app = application()
    window = start(None)
    if window is None:
        return 1
    window.setGeometry(0, 0, width, height)

    def open_article() -> None:
        window.load()
        chosen = [s for s in articles.summaries(window.ctx.project) if article in s.title]
        if chosen:
            window.open_article(chosen[0].id)

    def shoot() -> None:
        subprocess.run(["import", "-window", "root", str(out)], check=True)
        window.close()
        app.exit(0)

    def open_analysis() -> None:
        if not window.suggestions.idle:
            QTimer.singleShot(200, open_analysis)
            return
        window.suggestions.section.threshold.setValue(0.5)
        window.actions_["accept_all_suggestions"].trigger()
        shown = window.analysis.show(analysis or "quotes")
        shown.setGeometry(0, 0, width, height)
        QTimer.singleShot(SETTLE_MS, shoot)

    QTimer.singleShot(300, open_article)
    QTimer.singleShot(SETTLE_MS, open_analysis if analysis else shoot)
    return app.exec()


SHOTS = [
    *(
        (size, theme, "en")
        for size in ("1280x800", "1440x900", "1920x1080")
        for theme in ("light", "dark")
    ),
    *(("1440x900", theme, "zh_CN") for theme in ("light", "dark")),
]


def shoot_all(display: str) -> int:
    """Every window screenshot of docs/screenshots/, one process each."""
    folder = ROOT / "docs" / "screenshots"
    for size, theme, language in SHOTS:
        suffix = "" if language == "en" else f"-{language}"
        out = folder / f"window-{size}-{theme}{suffix}.png"
        command = [sys.executable, __file__, "--size", size, "--theme", theme]
        command += ["--language", language, "--display", display, "--out", str(out)]
        if subprocess.run(command, check=False).returncode != 0:
            return 1
        print(out.name)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", default="1440x900")
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    parser.add_argument("--language", default="en")
    parser.add_argument("--article", default=None)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--all", action="store_true")
    parser.add_argument("--display", default=DISPLAY)
    parser.add_argument("--analysis", choices=("quotes", "passages", "counts"), default=None)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.all:
        return shoot_all(args.display)
    if args.out is None:
        parser.error("--out is needed (or --all)")
    width, height = (int(v) for v in args.size.split("x"))
    article = args.article or ("海澄" if args.language.startswith("zh") else "Estmark")
    if args.child:
        return child(args.out.resolve(), width, height, article, args.analysis)
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "config"
        config.mkdir()
        (config / "annotary.ini").write_text(
            f"[appearance]\ntheme={args.theme}\n\n[General]\ncoder=Lin\n", encoding="utf-8"
        )
        env = dict(
            os.environ,
            DISPLAY=args.display,
            QT_QPA_PLATFORM="xcb",
            ANNOTARY_LANGUAGE=args.language,
            ANNOTARY_CONFIG_DIR=str(config),
            ANNOTARY_DATA_DIR=str(Path(tmp) / "data"),
        )
        xvfb = subprocess.Popen(["Xvfb", args.display, "-screen", "0", f"{width}x{height}x24"])
        try:
            time.sleep(1.0)
            command = [sys.executable, __file__, "--child", *sys.argv[1:]]
            return subprocess.run(command, env=env, timeout=120, check=False).returncode
        finally:
            xvfb.terminate()
            xvfb.wait(10)


if __name__ == "__main__":
    sys.exit(main())
