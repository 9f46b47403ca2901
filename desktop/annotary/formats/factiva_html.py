"""Factiva exports saved as HTML: each article's block elements become lines of text,
paragraphs (``p``) are separated by a blank line, and the text is read as a Factiva
text export (:mod:`annotary.formats.factiva`)."""

from __future__ import annotations

import re

import lxml.etree
import lxml.html

from annotary.formats.document import Cancelled, check_cancelled
from annotary.formats.export_text import Documents
from annotary.formats.factiva import FactivaReader, looks_like_factiva
from annotary.formats.html_reader import decode_html

_ID_IN_HTML = re.compile(rb">\s*Document\s+[A-Za-z0-9]{16,40}\s*<")
_BLOCKS = frozenset({"div", "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "br", "table"})


def _lines(root: lxml.etree._Element, cancelled: Cancelled | None) -> str:
    out: list[str] = []
    current: list[str] = []

    def flush(blank: bool) -> None:
        line = " ".join("".join(current).split())
        current.clear()
        if line:
            out.append(line)
        if blank and out and out[-1] != "":
            out.append("")

    count = 0
    for event, el in lxml.etree.iterwalk(root, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in ("script", "style", "head"):
            continue
        if event == "start":
            count += 1
            if count % 2000 == 0:
                check_cancelled(cancelled)
            if tag in _BLOCKS:
                flush(tag == "p")
            if el.text and tag not in ("script", "style"):
                current.append(el.text)
        else:
            if tag in _BLOCKS:
                flush(tag == "p")
            if el.tail:
                current.append(el.tail)
    flush(False)
    return "\n".join(out)


def factiva_html_documents(
    data: bytes, file_name: str | None, cancelled: Cancelled | None = None
) -> Documents | None:
    """The articles of a Factiva HTML export, or None when the page is not one."""
    if _ID_IN_HTML.search(data) is None:
        return None
    page = decode_html(data, file_name or "page").text
    try:
        root = lxml.html.fromstring(page, parser=lxml.html.HTMLParser(huge_tree=True))
    except (lxml.etree.ParserError, ValueError):
        return None
    for bad in root.xpath("//script|//style|//head"):
        bad.getparent().remove(bad)
    check_cancelled(cancelled)
    text = _lines(root, cancelled)
    if not looks_like_factiva(text):
        return None
    return FactivaReader(text, file_name).documents(cancelled)
