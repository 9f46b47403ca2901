"""Plain canonical text and its reading layout from (sanitised) HTML.

:func:`html_to_text_and_layout` walks the element tree once and writes the text
the way a browser would show it, recording where each block and each inline
mark lands, so that every offset refers to the returned canonical text:

* block elements (p, div, headings, list items, block quotes, pre, table rows
  ...) become paragraphs joined by ``"\\n\\n"``; empty blocks vanish;
* inside a block, whitespace runs collapse to one space and leading/trailing
  whitespace goes; ``<br>`` becomes ``"\\n"`` (several in a row still one);
* ``<pre>`` keeps its spaces and line breaks (trailing spaces of a line are
  dropped, a blank line inside starts a new "pre" block);
* ``li`` blocks carry their list depth and whether the list is ordered; a second
  paragraph inside one list item is a "p" block with depth ``list depth + 1``;
  paragraphs inside ``blockquote`` are "blockquote" blocks with their depth;
* marks: em/i/cite -> "em", strong/b -> "strong", a[href] -> "link",
  code/kbd/samp/tt outside pre -> "code". A mark never spans two blocks.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import lxml.etree
import lxml.html

from annotary.domain.layout import Block, BlockKind, Layout, Mark, MarkKind
from annotary.formats.document import Cancelled, check_cancelled

CHECK_EVERY = 2_000
"""Elements walked between two questions whether the user cancelled."""

_SKIP = frozenset(
    [
        "head",
        "title",
        "script",
        "style",
        "template",
        "noscript",
        "iframe",
        "object",
        "embed",
        "svg",
        "math",
        "img",
        "video",
        "audio",
        "source",
        "picture",
        "canvas",
        "button",
        "input",
        "select",
        "textarea",
        "form",
        "meta",
        "link",
    ]
)
_BLOCK = frozenset(
    [
        "html",
        "body",
        "p",
        "div",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "aside",
        "nav",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "blockquote",
        "pre",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "caption",
        "figure",
        "figcaption",
        "hr",
        "address",
        "details",
        "summary",
        "fieldset",
        "center",
        "hgroup",
    ]
)
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_MARKS: dict[str, MarkKind] = {
    "em": "em",
    "i": "em",
    "cite": "em",
    "strong": "strong",
    "b": "strong",
    "code": "code",
    "kbd": "code",
    "samp": "code",
    "tt": "code",
}
_CELLS = frozenset({"td", "th"})


@dataclass(eq=False)
class _OpenMark:
    kind: MarkKind
    href: str | None
    start: int | None = None


@dataclass
class _Context:
    tag: str
    used: bool = False  # for li: its first block has been written


@dataclass
class _Writer:
    parts: list[str] = field(default_factory=list)
    pos: int = 0
    blocks: list[Block] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)
    stack: list[_Context] = field(default_factory=list)
    open_marks: list[_OpenMark] = field(default_factory=list)
    block: Block | None = None  # the block being written (start, kind ...)
    pending_ws: str = ""  # whitespace to write before the next content
    pending_newline: bool = False
    cancelled: Cancelled | None = None
    walked: int = 0

    # -- output --------------------------------------------------------------

    def _emit(self, s: str) -> None:
        self.parts.append(s)
        self.pos += len(s)

    def _start_block(self) -> None:
        if self.pos:
            self._emit("\n\n")
        kind, ordered, depth = self._block_kind()
        self.block = Block(self.pos, self.pos, kind, ordered, depth)

    def end_block(self) -> None:
        """Finish the current block (if any content was written)."""
        self.pending_ws = ""
        self.pending_newline = False
        if self.block is None:
            return
        for mark in self.open_marks:
            self._close_mark(mark)
            mark.start = None
        b = self.block
        self.blocks.append(Block(b.start, self.pos, b.kind, b.ordered, b.depth))
        self.block = None

    def write(self, content: str) -> None:
        """Write non-empty content with no leading/trailing collapsible space."""
        if self.block is None:
            self._start_block()
        elif self.pending_newline:
            self._emit("\n")
        elif self.pending_ws:
            self._emit(self.pending_ws)
        self.pending_ws = ""
        self.pending_newline = False
        for mark in self.open_marks:
            if mark.start is None:
                mark.start = self.pos
        self._emit(content)

    def text(self, s: str | None) -> None:
        if not s:
            return
        if self.in_pre():
            self._pre_text(s)
            return
        words = s.split()
        if not words:
            self.space()
            return
        if s[0].isspace():
            self.space()
        self.write(" ".join(words))  # the words with each run of whitespace as one space
        if s[-1].isspace():
            self.space()

    def space(self) -> None:
        """A collapsible space before the next content (none at a block start)."""
        if self.block is not None and not self.pending_newline:
            self.pending_ws = " "

    def _pre_text(self, s: str) -> None:
        s = s.replace("\r\n", "\n").replace("\r", "\n")
        for i, line in enumerate(s.split("\n")):
            if i:
                if self.pending_newline and self.block is not None:
                    self.end_block()  # a blank line: start a new pre block
                else:
                    self.pending_newline = self.block is not None
                self.pending_ws = ""
            body = line.rstrip()
            if body:
                self.write(body)
            self.pending_ws += line[len(body) :]

    def line_break(self) -> None:
        if self.block is not None:
            self.pending_newline = True
            self.pending_ws = ""

    # -- context -------------------------------------------------------------

    def in_pre(self) -> bool:
        return any(c.tag == "pre" for c in self.stack)

    def _block_kind(self) -> tuple[BlockKind, bool, int]:
        if self.in_pre():
            return "pre", False, 0
        for i in range(len(self.stack) - 1, -1, -1):
            ctx = self.stack[i]
            if ctx.tag in _HEADINGS:
                return ctx.tag, False, 0  # type: ignore[return-value]
            if ctx.tag == "li":
                lists = [c for c in self.stack[:i] if c.tag in ("ul", "ol")]
                depth = max(len(lists) - 1, 0)
                if ctx.used:
                    return "p", False, depth + 1
                ctx.used = True
                ordered = bool(lists) and lists[-1].tag == "ol"
                return "li", ordered, depth
            if ctx.tag == "blockquote":
                depth = sum(1 for c in self.stack[:i] if c.tag == "blockquote")
                return "blockquote", False, depth
        return "p", False, 0

    # -- marks ---------------------------------------------------------------

    def _close_mark(self, mark: _OpenMark) -> None:
        if mark.start is not None and self.pos > mark.start:
            self.marks.append(Mark(mark.start, self.pos, mark.kind, mark.href))

    def open_mark(self, kind: MarkKind, href: str | None) -> _OpenMark:
        mark = _OpenMark(kind, href)
        self.open_marks.append(mark)
        return mark

    def close_mark(self, mark: _OpenMark) -> None:
        self._close_mark(mark)
        self.open_marks.remove(mark)


def _walk(el: lxml.etree._Element, w: _Writer) -> None:
    tag = el.tag.lower() if isinstance(el.tag, str) else ""
    if not tag or tag in _SKIP:
        return  # comments, processing instructions, invisible elements
    if tag == "br":
        w.line_break()
        return
    w.walked += 1
    if w.walked % CHECK_EVERY == 0:
        check_cancelled(w.cancelled)
    mark: _OpenMark | None = None
    is_block = tag in _BLOCK
    if is_block:
        w.end_block()
        w.stack.append(_Context(tag))
    elif tag in _CELLS:
        w.space()
    elif tag == "a" and el.get("href"):
        mark = w.open_mark("link", el.get("href"))
    elif tag in _MARKS and not (_MARKS[tag] == "code" and w.in_pre()):
        mark = w.open_mark(_MARKS[tag], None)
    w.text(el.text)
    for child in el:
        _walk(child, w)
        w.text(child.tail)
    if mark is not None:
        w.close_mark(mark)
    if is_block:
        w.end_block()
        w.stack.pop()
    elif tag in _CELLS:
        w.space()


def html_to_text_and_layout(html: str, cancelled: Cancelled | None = None) -> tuple[str, Layout]:
    """The canonical text of an HTML document or fragment, and its layout."""
    if not html or not html.strip():
        return "", Layout()
    try:
        root = lxml.html.fromstring(html, parser=lxml.html.HTMLParser(huge_tree=True))
    except (lxml.etree.ParserError, ValueError):
        return "", Layout()
    body = root.find(".//body") if root.tag == "html" else None
    return element_text_and_layout(body if body is not None else root, cancelled)


def element_text_and_layout(
    element: lxml.etree._Element, cancelled: Cancelled | None = None
) -> tuple[str, Layout]:
    """The canonical text and layout of a parsed element (see the module docstring)."""
    w = _Writer(cancelled=cancelled)
    _walk(element, w)
    w.end_block()
    marks = sorted(w.marks, key=lambda m: (m.start, -m.end))
    return "".join(w.parts), Layout(blocks=tuple(w.blocks), marks=tuple(marks))
