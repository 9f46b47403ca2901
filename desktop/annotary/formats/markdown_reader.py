"""Markdown articles, with optional front matter.

Front matter is a block at the very top between two ``---`` lines (the closing
one may also be ``...``) of simple ``key: value`` lines (YAML-like; quotes
around values are removed, ``- item`` lines under a key are joined with ", ").
Known keys are ``title``, ``outlet``, ``author``, ``date``, ``url``,
``language`` and a few aliases (see :func:`metadata_field`).

The body is rendered with the ``markdown`` package (extensions ``extra`` and
``sane_lists``), sanitised, and walked into canonical text and layout. Without a
``title`` key, a leading ``# heading`` becomes the title; a leading heading equal
to the title is removed from the text.
"""

from __future__ import annotations

import re

import markdown

from annotary.domain.errors import ImportFailed
from annotary.domain.language import detect_language
from annotary.domain.messages import message
from annotary.formats.bylines import read_byline
from annotary.formats.document import (
    Cancelled,
    ImportedDocument,
    check_cancelled,
    clean_metadata,
    title_from_file_name,
)
from annotary.formats.html_reader import sanitise_html, split_leading_h1
from annotary.formats.html_text import html_to_text_and_layout
from annotary.formats.markdown_chunks import markdown_pieces
from annotary.formats.sizes import describe_size
from annotary.formats.text_decoding import decode

MAX_MARKDOWN_BYTES = 5_000_000
"""Rendering takes 3 to 4 s per MB of dense Markdown: a larger file would take minutes."""

_FRONT_OPEN = re.compile(r"\A\ufeff?---[ \t]*\n")
_FRONT_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.M)
_KEY_VALUE = re.compile(r"^([A-Za-z_][\w -]{0,30}?)\s*:\s*(.*)$")
_LIST_ITEM = re.compile(r"^\s+-\s+(.*)$")


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """(raw key/value pairs, body) of a text that may start with front matter."""
    opening = _FRONT_OPEN.match(text)
    if not opening:
        return {}, text
    closing = _FRONT_CLOSE.search(text, opening.end())
    if not closing:
        return {}, text
    raw: dict[str, str] = {}
    key: str | None = None
    for line in text[opening.end() : closing.start()].split("\n"):
        item = _LIST_ITEM.match(line)
        if item and key is not None:
            value = item.group(1).strip().strip("\"'")
            raw[key] = f"{raw[key]}, {value}" if raw[key] else value
            continue
        pair = _KEY_VALUE.match(line)
        if pair:
            key = pair.group(1).strip()
            raw[key] = pair.group(2).strip()
    return raw, text[closing.end() :]


def render_markdown(body: str, cancelled: Cancelled | None = None) -> str:
    """The sanitised HTML of a Markdown body (a long one rendered piece by piece)."""
    parts = []
    for piece in markdown_pieces(body):
        check_cancelled(cancelled)
        parts.append(
            markdown.markdown(piece, extensions=["extra", "sane_lists"], output_format="html")
        )
    return sanitise_html("\n".join(parts))


_ATX_HEADING = re.compile(r"\A\s*#\s[^\n]*\n+")


def _heading_of(body: str) -> str:
    """The leading "# Heading" line of a Markdown body (with its blank lines), or ""."""
    m = _ATX_HEADING.match(body)
    return m.group(0) if m else ""


def _after_heading(body: str) -> str:
    return body[len(_heading_of(body)) :]


def read_markdown(
    data: bytes,
    file_name: str | None = None,
    encoding: str | None = None,
    cancelled: Cancelled | None = None,
) -> ImportedDocument:
    """Read a Markdown article (see the module docstring)."""
    source = file_name or "markdown"
    if len(data) > MAX_MARKDOWN_BYTES:
        size = describe_size(len(data), MAX_MARKDOWN_BYTES)
        raise ImportFailed(
            source,
            message(
                "the file is too large to render as Markdown ({size}, rendering takes "
                "3 to 4 s per MB); save it as .txt to import its text",
                size=size,
            ),
        )
    note: str | None = None
    if encoding:
        text, used = data.decode(encoding, errors="replace"), encoding
    else:
        decoded = decode(data, source=source)
        text, used, note = decoded.text, decoded.encoding, decoded.note
    check_cancelled(cancelled)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    raw, body = split_front_matter(text)
    meta = clean_metadata(raw)
    byline, without = read_byline(_after_heading(body))
    if without.strip():
        body = _heading_of(body) + without
    html = render_markdown(body, cancelled)
    check_cancelled(cancelled)
    headline, rest = split_leading_h1(html, meta.get("title"))
    if headline is not None:
        html = rest
    plain, layout = html_to_text_and_layout(html, cancelled)
    if not plain:
        raise ImportFailed(source, message("the file has no text"))
    return ImportedDocument(
        title=meta.get("title") or headline or title_from_file_name(file_name),
        text=plain,
        source=data,
        source_format="markdown",
        html=html,
        outlet=meta.get("outlet") or byline.outlet,
        author=meta.get("author") or byline.author,
        published=meta.get("published") or byline.published,
        url=meta.get("url"),
        language=meta.get("language") or detect_language(plain),
        encoding=used,
        file_name=file_name,
        layout=layout,
        notes=(note,) if note else (),
    )
