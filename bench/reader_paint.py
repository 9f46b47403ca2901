"""Reader speed: open-to-first-highlighted-paint and one-highlight edits.

Run (from the repository root):
    QT_QPA_PLATFORM=offscreen PYTHONPATH=desktop .venv/bin/python bench/reader_paint.py

* open: set_article on a 2 MB / 5 MB article with 5,000 highlights, show, until the
  first paintEvent (highlights drawn) returns. Median of 5.
* add / update / remove: one highlight with 50,000 existing, until the repaint is done.
  Median of 50 each.
"""

from __future__ import annotations

import hashlib
import os
import random
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "desktop"))

from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication

from annotary.domain.models import Article
from annotary.ui.reader.highlights import Highlight
from annotary.ui.reader.reader_view import ReaderView

WORDS = [
    "the",
    "minister",
    "said",
    "that",
    "river",
    "levels",
    "council",
    "would",
    "water",
    "plan",
    "government",
    "budget",
    "reporters",
    "Kaldberg",
    "embankment",
    "opposition",
    "crews",
    "sandbags",
    "forecast",
    "highlands",
    "😀",
    "市政府",
]


class TimedReader(ReaderView):
    def __init__(self) -> None:
        super().__init__()
        self.painted_at = 0.0

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.painted_at = time.perf_counter()


def make_text(size: int, seed: int = 1) -> str:
    rnd = random.Random(seed)
    paras: list[str] = []
    n = 0
    while n < size:
        p = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(60, 140))) + "."
        paras.append(p)
        n += len(p) + 2
    return "\n\n".join(paras)


def make_highlights(text: str, count: int, seed: int = 2) -> list[Highlight]:
    rnd = random.Random(seed)
    kinds = ("quote", "speaker", "passage", "suggestion")
    out = []
    for i in range(count):
        s = rnd.randrange(0, len(text) - 200) if i >= 20 else i * 40
        out.append(Highlight(f"h{i}", s, s + rnd.randint(5, 180), kinds[i % 4]))
    return out


def wait_paint(app: QApplication, view: TimedReader, since: float) -> float:
    deadline = time.perf_counter() + 10
    while view.painted_at <= since and time.perf_counter() < deadline:
        app.processEvents()
    return view.painted_at - since


def bench_open(app: QApplication, size: int) -> float:
    text = make_text(size)
    article = Article(
        "b",
        "Benchmark article",
        text,
        hashlib.sha256(text.encode()).hexdigest(),
        outlet="Bench Wire",
        author="A. Writer",
        published="2024-05-01",
    )
    highlights = make_highlights(text, 5000)
    times = []
    for _ in range(5):
        view = TimedReader()
        view.resize(1100, 800)
        t0 = time.perf_counter()
        view.set_article(article, None, highlights)
        view.show()
        times.append(wait_paint(app, view, t0))
        view.close()
        view.deleteLater()
        app.processEvents()
    return statistics.median(times) * 1000


def bench_edits(app: QApplication) -> dict[str, float]:
    text = make_text(2_000_000)
    article = Article("b", "Benchmark", text, hashlib.sha256(text.encode()).hexdigest())
    view = TimedReader()
    view.resize(1100, 800)
    view.set_article(article, None, make_highlights(text, 50_000))
    view.show()
    wait_paint(app, view, 0.0)
    rnd = random.Random(3)
    results: dict[str, list[float]] = {"add": [], "update": [], "remove": []}
    for i in range(50):
        s = rnd.randrange(0, 3000)  # on screen, so the repaint is real
        h = Highlight(f"new{i}", s, s + 30, "quote")
        for name, call in (
            ("add", lambda h=h: view.add_highlight(h)),
            (
                "update",
                lambda h=h: view.update_highlight(Highlight(h.id, h.start, h.end + 10, "speaker")),
            ),
            ("remove", lambda h=h: view.remove_highlight(h.id)),
        ):
            t0 = time.perf_counter()
            call()
            results[name].append(wait_paint(app, view, t0))
    return {k: statistics.median(v) * 1000 for k, v in results.items()}


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    rows = [
        ("open 2 MB + 5,000 highlights -> first paint", bench_open(app, 2_000_000), 150.0),
        ("open 5 MB + 5,000 highlights -> first paint", bench_open(app, 5_000_000), 300.0),
    ]
    for name, ms in bench_edits(app).items():
        rows.append((f"{name} one highlight (50,000 existing) + repaint", ms, 16.0))
    print(f"{'measure':<52} {'median ms':>10} {'target':>8}")
    for name, ms, target in rows:
        flag = "ok" if ms <= target else "SLOW"
        print(f"{name:<52} {ms:>10.1f} {target:>8.0f} {flag}")


if __name__ == "__main__":
    main()
