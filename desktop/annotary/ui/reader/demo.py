"""A sample article in the reader with a few highlights: ``python -m annotary.ui.reader.demo``.

Options: ``--dark``, ``--sample NAME`` (a file of resources/samples). Samples are
read with the importers (through ``annotary.services.samples``), exactly as an import reads them.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from pathlib import Path

from annotary.domain.layout import Layout
from annotary.domain.models import Article

SAMPLES = Path(__file__).resolve().parents[4] / "resources" / "samples"
_INLINE = re.compile(r"\*\*(.+?)\*\*|\*(.+?)\*|\[([^\]]+)\]\(([^)\s]+)\)")
_ORDERED = re.compile(r"^\d+[.)]\s+")


def load_sample(path: Path) -> tuple[Article, Layout]:
    """An Article and its Layout from a sample file, read as an import reads it."""
    from annotary.services.samples import read_sample

    doc = read_sample(path)
    article = Article(
        id=path.stem,
        title=doc.title,
        text=doc.text,
        text_sha256=hashlib.sha256(doc.text.encode("utf-8")).hexdigest(),
        outlet=doc.outlet,
        author=doc.author,
        published=doc.published,
        url=doc.url,
        language=doc.language,
    )
    return article, doc.layout


def sample_paths() -> list[Path]:
    from annotary.services.samples import sample_paths as bundled

    return bundled()


def demo_highlights(text: str) -> list[object]:
    """A few highlights over ``text``: the quotes, a speaker, a passage and overlaps."""
    from annotary.ui.reader.highlights import Highlight

    out: list[object] = []
    for i, m in enumerate(re.finditer(r"[“\"][^”\"]{12,}[”\"]", text)):
        out.append(Highlight(f"q{i}", m.start(), m.end(), "quote"))
        if i >= 12:
            break
    for i, m in enumerate(re.finditer(r"\b[A-Z][a-z]+ [A-Z][a-z]+\b", text)):
        out.append(Highlight(f"s{i}", m.start(), m.end(), "speaker"))
        if i >= 8:
            break
    para = text.find("\n\n", len(text) // 3)
    if para > 0:
        out.append(Highlight("p1", para + 2, para + 260, "passage", "#59a14f"))
        out.append(Highlight("sg1", para + 40, para + 120, "suggestion"))
    return out


def main(argv: list[str] | None = None) -> int:
    from PySide6.QtWidgets import QApplication

    from annotary.ui.reader.reader_view import ReaderView
    from annotary.ui.style.palette import apply_theme

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--sample", default="03-hollin-port-speech.md")
    parser.add_argument("--find", default="")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv)
    apply_theme(app, "dark" if args.dark else "light")  # type: ignore[arg-type]
    article, layout = load_sample(SAMPLES / args.sample)
    view = ReaderView()
    view.setWindowTitle(f"Annotary reader — {article.title}")
    view.resize(1100, 800)
    view.set_article(article, layout, demo_highlights(article.text))  # type: ignore[arg-type]
    view.set_tooltip_provider(lambda hid: f"Highlight {hid}")
    view.highlight_clicked.connect(view.set_active_highlight)
    view.show()
    if args.find:
        view.open_find(args.find)
    return int(app.exec())


if __name__ == "__main__":
    raise SystemExit(main())
