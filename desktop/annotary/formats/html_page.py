"""Parsing a saved page once, within stated limits, and trimming what no reader needs.

Limits (see also :data:`annotary.formats.readers.MAX_FILE_BYTES`):

* elements may nest at most :data:`MAX_DEPTH` deep: libxml2 silently drops
  everything below its own depth limit (255, or 2048 in its "huge" mode, which
  is needed to keep text nodes over 10 MB), and the text walk recurses once per
  level, so a deeper page is refused rather than cut;
* main-content detection (trafilatura) grows faster than the page (measured on
  news-like pages: about 1 s for 10,000 elements, 2-3 s for 20,000, 4.5 s for
  40,000, and it cannot be cancelled midway), so it runs only on pages of at most
  :data:`MAX_EXTRACT_ELEMENTS` elements once scripts, styles, comments and other
  invisible parts are removed; a larger page is read whole, without navigation,
  headers, footers, asides and forms.
"""

from __future__ import annotations

import re

import lxml.etree
import lxml.html

from annotary.domain.errors import ImportFailed
from annotary.domain.messages import message

MAX_DEPTH = 255
MAX_EXTRACT_ELEMENTS = 15_000

# Removed with their content before anything else looks at the page.
_INVISIBLE = (
    "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
    "video", "audio", "picture", "img", "source", "button", "select", "textarea", "input",
)  # fmt: skip
# Also removed when a page is too large for main-content detection.
_BOILERPLATE = ("nav", "header", "footer", "aside", "form", "head")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_SAFE_HREF = re.compile(r"^(?:https?:|mailto:)", re.I)


def html_parser() -> lxml.html.HTMLParser:
    """A parser that keeps text nodes over 10 MB (libxml2 cuts them otherwise)."""
    return lxml.html.HTMLParser(huge_tree=True)


def _depth(tree: lxml.html.HtmlElement) -> int:
    depth = deepest = 0
    for event, _ in lxml.etree.iterwalk(tree, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    return deepest


def parse_page(page: str, source: str) -> lxml.html.HtmlElement | None:
    """The page's element tree, or None when there is no HTML in it.

    Raises :class:`ImportFailed` when the page nests elements deeper than
    :data:`MAX_DEPTH` (the parser would drop the rest of the page).
    """
    parser = html_parser()
    try:
        tree = lxml.html.document_fromstring(_XML_DECLARATION.sub("", page, count=1), parser)
    except (lxml.etree.ParserError, ValueError):
        return None
    limited = any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log)
    if limited or _depth(tree) > MAX_DEPTH:
        raise ImportFailed(
            source,
            message(
                "elements are nested more than {depth} deep (at most {depth}); "
                "the page cannot be read whole",
                depth=MAX_DEPTH,
            ),
        )
    return tree


def remove_invisible(tree: lxml.html.HtmlElement) -> int:
    """Drop comments, scripts (but JSON-LD metadata), styles and media; the elements left."""
    lxml.etree.strip_elements(
        tree, lxml.etree.Comment, lxml.etree.ProcessingInstruction, with_tail=False
    )
    for script in list(tree.iter("script")):
        if "ld+json" not in (script.get("type") or "").lower():
            script.drop_tree()
    lxml.etree.strip_elements(tree, *_INVISIBLE, with_tail=False)
    return sum(1 for _ in tree.iter())


def readable_body(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """The page's body without boilerplate and with only http(s) and mailto links."""
    lxml.etree.strip_elements(tree, "script", *_BOILERPLATE, with_tail=False)
    for link in tree.iter("a"):
        href = link.get("href")
        if href is not None and not _SAFE_HREF.match(href.strip()):
            del link.attrib["href"]
    body = tree.find(".//body")
    return body if body is not None else tree
