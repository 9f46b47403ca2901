"""A sample article in the reader with a few highlights: ``python -m annotary.ui.reader.demo``.

Options: ``--dark``, ``--sample NAME`` (a file of resources/samples, .md or .txt).
The small Markdown reading here (front matter, ##, >, -, 1., *em*, **strong**,
[links](...)) only serves the demo and the reader's tests; importing articles
is the formats package's job.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from pathlib import Path

from annotary.domain.layout import Block, Layout, Mark
from annotary.domain.models import Article

SAMPLES = Path(__file__).resolve().parents[4] / "resources" / "samples"
_INLINE = re.compile(r"\*\*(.+?)\*\*|\*(.+?)\*|\[([^\]]+)\]\(([^)\s]+)\)")
_ORDERED = re.compile(r"^\d+[.)]\s+")


def _inline(raw: str, base: int, marks: list[Mark]) -> str:
    out: list[str] = []
    pos = 0
    for m in _INLINE.finditer(raw):
        out.append(raw[pos : m.start()])
        start = base + sum(len(p) for p in out)
        if m.group(1) is not None:
            inner, kind, href = m.group(1), "strong", None
        elif m.group(2) is not None:
            inner, kind, href = m.group(2), "em", None
        else:
            inner, kind, href = m.group(3), "link", m.group(4)
        out.append(inner)
        marks.append(Mark(start, start + len(inner), kind, href))  # type: ignore[arg-type]
        pos = m.end()
    out.append(raw[pos:])
    return "".join(out)


def parse_markdown(source: str) -> tuple[dict[str, str], str, Layout]:
    """Front matter, canonical text and layout of a small Markdown article."""
    meta: dict[str, str] = {}
    body = source
    if source.startswith("---\n"):
        head, _, body = source[4:].partition("\n---\n")
        for line in head.splitlines():
            key, _, value = line.partition(":")
            meta[key.strip()] = value.strip()
    text_parts: list[str] = []
    blocks: list[Block] = []
    marks: list[Mark] = []
    pos = 0
    for chunk in re.split(r"\n\s*\n", body.strip()):
        lines = chunk.split("\n")
        items: list[tuple[str, str, bool]] = []
        if all(re.match(r"^([-*]|\d+[.)])\s+", ln) for ln in lines):
            for ln in lines:
                ordered = bool(_ORDERED.match(ln))
                items.append(("li", re.sub(r"^([-*]|\d+[.)])\s+", "", ln), ordered))
        elif chunk.startswith("#"):
            level = len(chunk) - len(chunk.lstrip("#"))
            items.append((f"h{min(level, 6)}", chunk.lstrip("#").strip(), False))
        elif all(ln.startswith(">") for ln in lines):
            items.append(("blockquote", "\n".join(ln[1:].strip() for ln in lines), False))
        else:
            items.append(("p", chunk, False))
        for i, (kind, raw, ordered) in enumerate(items):
            if text_parts:
                sep = "\n" if i else "\n\n"
                text_parts.append(sep)
                pos += len(sep)
            plain = _inline(raw, pos, marks)
            blocks.append(Block(pos, pos + len(plain), kind, ordered))  # type: ignore[arg-type]
            text_parts.append(plain)
            pos += len(plain)
    return meta, "".join(text_parts), Layout(tuple(blocks), tuple(marks))


def load_sample(path: Path) -> tuple[Article, Layout]:
    """An Article and its Layout from a sample .md (or plain .txt) file."""
    source = path.read_text(encoding="utf-8")
    meta, text, layout = parse_markdown(source)
    article = Article(
        id=path.stem,
        title=meta.get("title", path.stem),
        text=text,
        text_sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        outlet=meta.get("outlet"),
        author=meta.get("author"),
        published=meta.get("date"),
        url=meta.get("url"),
        language=meta.get("language"),
    )
    return article, layout


def sample_paths() -> list[Path]:
    return sorted(
        p for p in SAMPLES.glob("*") if p.suffix in (".md", ".txt") and p.name != "README.md"
    )


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
