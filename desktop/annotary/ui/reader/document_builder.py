"""Builds the QTextDocument the reader shows from an Article and its Layout.

The document is one ``setPlainText`` call (fast, C++) followed by one edit block
of character formats for the header, headings and inline marks. Every "\\n" of the
canonical text stays one character (see offsets.py), so no position shifts.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import QColor, QFont, QTextBlock, QTextCharFormat, QTextCursor, QTextDocument

from annotary.domain.layout import Block, Layout, Mark
from annotary.domain.models import Article
from annotary.domain.utf16 import utf16_length
from annotary.ui.reader.block_styles import BlockInfo, style_for
from annotary.ui.reader.document_layout import ReaderDocumentLayout
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
    blocks: list[Block]  # the layout's blocks, cleaned (sorted, disjoint)
    header: dict[int, BlockInfo]  # header block infos by document position
    numbers: dict[int, int] = field(default_factory=dict)  # ordered-list numbers by block index
    sized: list[SizedRange] = field(default_factory=list)
    links: list[Mark] = field(default_factory=list)  # sorted by start, canonical offsets
    _starts: list[int] = field(default_factory=list)
    _cache: dict[int, BlockInfo] = field(default_factory=dict)

    def info_for(self, position: int, length: int) -> BlockInfo:
        """What the document block at ``position`` (``length`` with its separator) is.

        Worked out on demand (only painted blocks ask), so opening costs no
        Python loop over the document's blocks.
        """
        if not self.offsets.in_body(position):
            return self.header.get(position, _HEADER_GAP)
        c = self.offsets.to_canonical(position)
        i = bisect_right(self._starts, c) - 1
        if i >= 0 and self.blocks[i].start <= c < self.blocks[i].end:
            info = self._cache.get(i)
            if info is None:
                b = self.blocks[i]
                info = BlockInfo(b.kind, b.depth, b.ordered, self.numbers.get(i, 0))
                self._cache[i] = info
            return info
        return _GAP if length <= 1 else _P

    def block_info(self, block: QTextBlock) -> BlockInfo:
        return self.info_for(block.position(), block.length())

    def link_at(self, offset: int) -> str | None:
        """The href of the link at canonical ``offset``, if any."""
        i = bisect_right([m.start for m in self.links], offset) - 1
        if i >= 0 and self.links[i].start <= offset < self.links[i].end:
            return self.links[i].href
        return None


_GAP = BlockInfo("gap")
_P = BlockInfo("p")
_HEADER_GAP = BlockInfo("header_gap")


def format_date(iso: str | None) -> str | None:
    if not iso:
        return None
    try:
        d = date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    # The day as the window's language writes it ("14 March 2024", "2024年3月14日").
    shown = QCoreApplication.translate("DocumentBuilder", "d MMMM yyyy")
    return QLocale().toString(QDate(d.year, d.month, d.day), shown)


def header_lines(article: Article) -> tuple[str, str]:
    """The headline and the meta line (outlet · byline · date) shown above the text."""
    untitled = QCoreApplication.translate("DocumentBuilder", "Untitled")
    title = " ".join((article.title or untitled).split())
    byline = article.author and QCoreApplication.translate("DocumentBuilder", "By {0}").format(
        article.author
    )
    parts = [p for p in (article.outlet, byline) if p]
    when = format_date(article.published)
    if when:
        parts.append(when)
    return title, "  ·  ".join(parts)


def clean_blocks(text: str, layout: Layout | None) -> list[Block]:
    """The layout's blocks sorted, clipped to the text and not overlapping."""
    blocks = sorted(layout.blocks if layout else (), key=lambda b: (b.start, b.end))
    out: list[Block] = []
    last = 0
    for b in blocks:
        start, end = max(b.start, last, 0), min(b.end, len(text))
        if end <= start:
            continue
        out.append(Block(start, end, b.kind, b.ordered, b.depth))
        last = end
    return out


def body_text(text: str, blocks: list[Block]) -> str:
    """The document text of the article: "\\n" inside a layout block becomes U+2028."""
    text = text.replace("\r", " ")
    if not blocks:
        return text
    parts: list[str] = []
    pos = 0
    for b in blocks:
        parts.append(text[pos : b.start])
        parts.append(text[b.start : b.end].replace("\n", LINE_SEPARATOR))
        pos = b.end
    parts.append(text[pos:])
    return "".join(parts)


def list_numbers(text: str, blocks: list[Block]) -> dict[int, int]:
    """1-based numbers of ordered list items by block index, restarting per list."""
    numbers: dict[int, int] = {}
    counters: dict[int, int] = {}
    prev_end = -1
    for i, b in enumerate(blocks):
        if b.kind != "li":
            counters.clear()
            prev_end = -1
            continue
        if prev_end < 0 or text[prev_end : b.start].strip():
            counters.clear()
        for deeper in [d for d in counters if d > b.depth]:
            del counters[deeper]
        counters[b.depth] = counters.get(b.depth, 0) + 1
        if b.ordered:
            numbers[i] = counters[b.depth]
        prev_end = b.end
    return numbers


def build_document(article: Article, layout: Layout | None, font: QFont) -> BuiltDocument:
    """The reader document for ``article`` set in ``font``."""
    text = article.text
    blocks = clean_blocks(text, layout)
    title, meta = header_lines(article)
    header = "\n".join([title] + ([meta] if meta else []) + [""]) + "\n"

    doc = QTextDocument()
    doc_layout = ReaderDocumentLayout(doc)
    doc.setDocumentLayout(doc_layout)
    doc.setDocumentMargin(0)
    doc.setDefaultFont(font)
    doc.setUndoRedoEnabled(False)
    doc.setPlainText(header + body_text(text, blocks))

    head_infos = {0: BlockInfo("title")}
    pos = utf16_length(title) + 1
    if meta:
        head_infos[pos] = BlockInfo("meta")
        pos += utf16_length(meta) + 1
    head_infos[pos] = _HEADER_GAP
    built = BuiltDocument(
        doc,
        OffsetMap(text, utf16_length(header)),
        blocks,
        head_infos,
        numbers=list_numbers(text, blocks),
        _starts=[b.start for b in blocks],
    )
    _apply_formats(built, layout, blocks, len(title), len(meta))
    doc_layout.set_info_for(built.block_info)
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
