"""Paragraphs of a word-processor document (DOCX, ODT) as simple HTML.

The DOCX and ODT readers describe each paragraph (heading level, list item,
runs of text with their emphasis); this writes them as HTML of headings,
paragraphs, lists, ``em`` and ``strong``, which
:func:`annotary.formats.html_text.html_to_text_and_layout` turns into the
canonical text and its layout, as for any HTML article.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape

from annotary.domain.layout import Layout
from annotary.formats.document import Cancelled
from annotary.formats.html_text import html_to_text_and_layout


@dataclass(slots=True)
class Run:
    text: str
    italic: bool = False
    bold: bool = False


@dataclass(slots=True)
class Paragraph:
    runs: list[Run] = field(default_factory=list)
    heading: int = 0  # 1-6 for a heading, 0 otherwise
    list_kind: str | None = None  # "ul" or "ol" for a list item

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


def _inline(runs: list[Run]) -> str:
    out: list[str] = []
    for run in runs:
        piece = escape(run.text)
        if run.bold:
            piece = f"<strong>{piece}</strong>"
        if run.italic:
            piece = f"<em>{piece}</em>"
        out.append(piece)
    return "".join(out)


def paragraphs_html(paragraphs: list[Paragraph]) -> str:
    parts: list[str] = []
    open_list: str | None = None
    for p in paragraphs:
        if not p.text.strip():
            continue
        if p.list_kind != open_list:
            if open_list:
                parts.append(f"</{open_list}>")
            if p.list_kind:
                parts.append(f"<{p.list_kind}>")
            open_list = p.list_kind
        body = _inline(p.runs)
        if p.list_kind:
            parts.append(f"<li>{body}</li>")
        elif p.heading:
            level = min(max(p.heading, 1), 6)
            parts.append(f"<h{level}>{body}</h{level}>")
        else:
            parts.append(f"<p>{body}</p>")
    if open_list:
        parts.append(f"</{open_list}>")
    return "<html><body>" + "".join(parts) + "</body></html>"


def paragraphs_text_and_layout(
    paragraphs: list[Paragraph], cancelled: Cancelled | None = None
) -> tuple[str, Layout]:
    return html_to_text_and_layout(paragraphs_html(paragraphs), cancelled)
