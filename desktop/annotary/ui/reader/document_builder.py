"""Builds the QTextDocument the reader shows from an Article and its Layout.

The document is one ``setPlainText`` call (fast, C++) followed by one edit block
of character formats for the header, headings and inline marks. Every "\\n" of the
canonical text stays one character (see offsets.py), so no position shifts.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QPlainTextDocumentLayout

from annotary.domain.layout import Block, Layout, Mark, paragraphs
from annotary.domain.models import Article
from annotary.domain.utf16 import utf16_length
from annotary.ui.reader.block_styles import BlockInfo, style_for
from annotary.ui.reader.offsets import OffsetMap
from annotary.ui.style.fonts import mono_family, ui_font

LINE_SEPARATOR = "\u2028"
META_COLOR = "#868b93"
LINK_COLOR = "#3f7bc4"


@dataclass(slots=True)
class SizedRange:
    """A document range whose font size is a factor of the reading size."""

    start: int
    end: int
    factor: float


@dataclass(slots=True)
class BuiltDocument:
    document: QTextDocument
    offsets: OffsetMap
    infos: list[BlockInfo]
    sized: list[SizedRange] = field(default_factory=list)
    links: list[Mark] = field(default_factory=list)  # sorted by start, canonical offsets


def format_date(iso: str | None) -> str | None:
    if not iso:
        return None
    try:
        d = date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    return f"{d.day} {d.strftime('%B')} {d.year}"


def header_lines(article: Article) -> tuple[str, str]:
    """The headline and the meta line (outlet · byline · date) shown above the text."""
    title = " ".join((article.title or "Untitled").split())
    parts = [p for p in (article.outlet, article.author and f"By {article.author}") if p]
    when = format_date(article.published)
    if when:
        parts.append(when)
    return title, "  ·  ".join(parts)


def clean_blocks(text: str, layout: Layout | None) -> list[Block]:
    """The layout's blocks sorted, clipped to the text and not overlapping."""
    blocks = sorted((layout.blocks if layout else ()) or paragraphs(text).blocks,
                    key=lambda b: (b.start, b.end))
    out: list[Block] = []
    last = 0
    for b in blocks:
        start, end = max(b.start, last, 0), min(b.end, len(text))
        if end <= start:
            continue
        out.append(Block(start, end, b.kind, b.ordered, b.depth))
        last = end
    return out


def body_text(text: str, blocks: list[Block]) -> tuple[str, list[tuple[int, Block | None]]]:
    """The document text of the article and, in order, each document block's
    canonical start with the layout block it belongs to (None outside blocks)."""
    text = text.replace("\r", " ")
    parts: list[str] = []
    pos = 0
    for b in blocks:
        parts.append(text[pos : b.start])
        parts.append(text[b.start : b.end].replace("\n", LINE_SEPARATOR))
        pos = b.end
    parts.append(text[pos:])
    body = "".join(parts)
    starts = [b.start for b in blocks]
    spans: list[tuple[int, Block | None]] = []
    offset = 0
    for piece in body.split("\n"):
        i = bisect_right(starts, offset) - 1
        owner = blocks[i] if i >= 0 and blocks[i].start <= offset < blocks[i].end else None
        spans.append((offset, owner))
        offset += len(piece) + 1
    return body, spans


def build_document(article: Article, layout: Layout | None, font: QFont) -> BuiltDocument:
    """The reader document for ``article`` set in ``font``."""
    text = article.text
    blocks = clean_blocks(text, layout)
    title, meta = header_lines(article)
    header_parts = [title] + ([meta] if meta else []) + [""]
    header = "\n".join(header_parts) + "\n"
    body, spans = body_text(text, blocks)

    doc = QTextDocument()
    doc.setDocumentLayout(QPlainTextDocumentLayout(doc))
    doc.setDocumentMargin(0)
    doc.setDefaultFont(font)
    doc.setUndoRedoEnabled(False)
    doc.setPlainText(header + body)

    offsets = OffsetMap(text, utf16_length(header))
    infos: list[BlockInfo] = [BlockInfo("title")]
    if meta:
        infos.append(BlockInfo("meta"))
    infos.append(BlockInfo("header_gap"))
    list_counter: dict[int, int] = {}
    prev_li = False
    for start, owner in spans:
        if owner is None:
            kind = "gap" if start >= len(text) or text[start : start + 1] in ("\n", "") else "p"
            infos.append(BlockInfo(kind))
            if kind != "gap":
                prev_li = False
            continue
        if owner.kind == "li":
            if not prev_li:
                list_counter.clear()
            n = list_counter.get(owner.depth, 0) + 1
            list_counter[owner.depth] = n
            for deeper in [d for d in list_counter if d > owner.depth]:
                del list_counter[deeper]
            infos.append(BlockInfo("li", owner.depth, owner.ordered, n))
            prev_li = True
        else:
            infos.append(BlockInfo(owner.kind, owner.depth))
            prev_li = False

    block = doc.firstBlock()
    i = 0
    while block.isValid():
        block.setUserState(i if i < len(infos) else len(infos) - 1)
        block = block.next()
        i += 1

    built = BuiltDocument(doc, offsets, infos)
    _apply_formats(built, layout, blocks, len(title), len(meta))
    return built


def _apply_formats(
    built: BuiltDocument, layout: Layout | None, blocks: list[Block], title_len: int, meta_len: int
) -> None:
    doc = built.document
    offsets = built.offsets
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()

    def merge(start: int, end: int, fmt: QTextCharFormat) -> None:
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)

    title_fmt = QTextCharFormat()
    title_fmt.setFontWeight(QFont.Weight.Bold)
    merge(0, doc.firstBlock().length() - 1, title_fmt)
    built.sized.append(SizedRange(0, doc.firstBlock().length() - 1, style_for("title").size))
    if meta_len:
        meta_block = doc.firstBlock().next()
        meta_fmt = QTextCharFormat()
        meta_fmt.setForeground(QColor(META_COLOR))
        meta_fmt.setFontFamilies(ui_font().families())
        start = meta_block.position()
        merge(start, start + meta_block.length() - 1, meta_fmt)
        built.sized.append(
            SizedRange(start, start + meta_block.length() - 1, style_for("meta").size)
        )

    for b in blocks:
        style = style_for(b.kind)
        if style.size == 1.0 and not style.bold and not style.italic and b.kind != "pre":
            continue
        start, end = offsets.range_to_document(b.start, b.end)
        fmt = QTextCharFormat()
        if style.bold:
            fmt.setFontWeight(QFont.Weight.Bold)
        if style.italic:
            fmt.setFontItalic(True)
        if b.kind == "pre":
            fmt.setFontFamilies([mono_family()])
        merge(start, end, fmt)
        if style.size != 1.0:
            built.sized.append(SizedRange(start, end, style.size))

    marks = sorted(layout.marks if layout else (), key=lambda m: (m.start, m.end))
    for m in marks:
        if m.end <= m.start:
            continue
        fmt = QTextCharFormat()
        if m.kind == "em":
            fmt.setFontItalic(True)
        elif m.kind == "strong":
            fmt.setFontWeight(QFont.Weight.Bold)
        elif m.kind == "code":
            fmt.setFontFamilies([mono_family()])
        elif m.kind == "link":
            fmt.setForeground(QColor(LINK_COLOR))
            fmt.setFontUnderline(True)
            if m.href:
                fmt.setAnchor(True)
                fmt.setAnchorHref(m.href)
                built.links.append(m)
        merge(*offsets.range_to_document(m.start, m.end), fmt)

    cursor.endEditBlock()


def apply_sizes(doc: QTextDocument, sized: list[SizedRange], base_point_size: float) -> None:
    """(Re)apply the absolute sizes of headings and header lines for a reading size."""
    if not sized:
        return
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    for r in sized:
        fmt = QTextCharFormat()
        fmt.setFontPointSize(base_point_size * r.factor)
        cursor.setPosition(r.start)
        cursor.setPosition(r.end, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)
    cursor.endEditBlock()
