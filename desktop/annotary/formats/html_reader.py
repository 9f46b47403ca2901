"""Saved web pages: main text, metadata and safe display HTML.

trafilatura finds the article's main content and its metadata (title, author,
site name, date, address, language) in the page as given; nothing is ever
fetched (no images, styles or scripts). The main content comes out as HTML,
is sanitised with nh3 against an explicit allow-list (no images, scripts,
styles, frames or remote resources; links keep only http, https and mailto
addresses) and is walked by :func:`html_to_text_and_layout` into canonical
text and layout. When trafilatura finds nothing, the page's <body> is used.

The page is parsed once; comments, scripts (but JSON-LD metadata), styles and
media are removed before anything else looks at it. The limits that keep a
large page's import short (nesting depth, elements given to trafilatura) are in
:mod:`annotary.formats.html_page`; the reader asks ``cancelled`` between steps
and every few thousand elements of the text walk.
"""

from __future__ import annotations

import codecs
import re

import lxml.etree
import lxml.html
import nh3
import trafilatura
from trafilatura.htmlprocessing import build_html_output
from trafilatura.settings import Document, set_date_params

from annotary.domain.errors import ImportFailed
from annotary.domain.language import detect_language, normalise_language
from annotary.domain.layout import Layout
from annotary.domain.messages import message
from annotary.formats.document import (
    Cancelled,
    ImportedDocument,
    check_cancelled,
    normalise_date,
    title_from_file_name,
)
from annotary.formats.html_page import (
    MAX_EXTRACT_ELEMENTS,
    parse_page,
    readable_body,
    remove_invisible,
)
from annotary.formats.html_text import element_text_and_layout, html_to_text_and_layout
from annotary.formats.text_decoding import Decoded, decode

MAX_DATE_SEARCH_CHARS = 1_000_000
"""Text beyond which no date is searched in the text (htmldate: 0.5 s per MB)."""

ALLOWED_TAGS = frozenset(
    {
        "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt",
        "dd", "blockquote", "pre", "code", "kbd", "samp", "em", "i", "strong", "b", "u",
        "s", "del", "ins", "mark", "small", "sub", "sup", "q", "cite", "abbr", "span",
        "div", "a", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption",
        "figure", "figcaption",
    }
)  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "ol": {"start"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan"},
}
# Elements removed together with everything inside them.
DROPPED_WITH_CONTENT = frozenset(
    {
        "script", "style", "template", "iframe", "object", "embed", "noscript", "svg",
        "math", "nav", "button", "select", "textarea", "title",
    }
)  # fmt: skip
URL_SCHEMES = frozenset({"http", "https", "mailto"})

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_LEADING_H1 = re.compile(r"^\s*<h1>(.*?)</h1>\s*", re.S)


def sanitise_html(html: str, base_url: str | None = None) -> str:
    """``html`` with only the allow-listed tags and attributes and no remote resources.

    Relative links are resolved against ``base_url`` when it is an http(s)
    address and dropped otherwise.
    """
    relative: object = "deny"
    if base_url and base_url.lower().startswith(("http://", "https://")):
        relative = ("rewrite_with_base", base_url)
    return nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        clean_content_tags=set(DROPPED_WITH_CONTENT),
        attributes={k: set(v) for k, v in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(URL_SCHEMES),
        url_relative=relative,  # type: ignore[arg-type]
        strip_comments=True,
    )


def split_leading_h1(html: str, title: str | None) -> tuple[str | None, str]:
    """(headline, rest) when the HTML starts with an <h1> that is the title.

    The headline is removed when there is no title or when it matches the title
    (one contains the other, ignoring case and spacing); otherwise the HTML is
    returned unchanged with ``None``.
    """
    m = _LEADING_H1.match(html)
    if not m:
        return None, html
    headline = html_to_text_and_layout(f"<p>{m.group(1)}</p>")[0]

    def norm(s: str) -> str:
        return " ".join(s.split()).casefold()

    if headline and (not title or norm(headline) in norm(title) or norm(title) in norm(headline)):
        return headline, html[m.end() :]
    return None, html


def decode_html(data: bytes, source: str, encoding: str | None = None) -> Decoded:
    """Text of an HTML page: BOM, then the given or declared charset, then detection."""
    declared = encoding
    if declared is None:
        m = _META_CHARSET.search(data[:4096])
        declared = m.group(1).decode("ascii") if m else None
    if declared and not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, b"\xfe\xff")):
        try:
            name = codecs.lookup(declared).name
            if name in ("gbk", "gb2312"):
                name = "gb18030"
            return Decoded(data.decode(name), name)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(data, source=source)


def _main_content(
    tree: lxml.html.HtmlElement, url: str | None, text_chars: int
) -> tuple[str | None, Document | None]:
    """trafilatura's main content (as HTML) and metadata, in one pass over ``tree``.

    ``bare_extraction`` rather than ``extract``: the latter also computes a
    similarity hash of the whole text that we do not use (2.7 s for 5 MB of text).
    A date is looked for in the page's text (by regular expressions over all of
    it) only when the page has at most :data:`MAX_DATE_SEARCH_CHARS` of text; a
    larger page's date comes from its metadata alone.
    """
    doc = trafilatura.bare_extraction(
        tree,
        url=url,
        output_format="html",
        with_metadata=True,
        include_formatting=True,
        include_links=True,
        include_tables=True,
        include_images=False,
        include_comments=False,
        favor_precision=True,
        date_extraction_params=set_date_params(text_chars <= MAX_DATE_SEARCH_CHARS),
    )
    if not isinstance(doc, Document) or doc.body is None:
        return None, None
    return build_html_output(doc, with_metadata=False), doc


def _whole_body(page: str, source: str, cancelled: Cancelled | None) -> tuple[str, Layout]:
    """The text of the page's body (boilerplate removed), read without trafilatura."""
    tree = parse_page(page, source)
    if tree is None:
        return "", Layout()
    remove_invisible(tree)
    check_cancelled(cancelled)
    return element_text_and_layout(readable_body(tree), cancelled)


def read_html(
    data: bytes,
    file_name: str | None = None,
    url: str | None = None,
    encoding: str | None = None,
    cancelled: Cancelled | None = None,
) -> ImportedDocument:
    """Read a saved web page (see the module docstring); ``encoding`` overrides sniffing."""
    source = file_name or url or "page"
    decoded = decode_html(data, source, encoding)
    page, used_encoding = decoded.text, decoded.encoding
    if not page.strip():
        raise ImportFailed(source, message("the page is empty"))
    check_cancelled(cancelled)
    tree = parse_page(page, source)
    if tree is None:
        raise ImportFailed(source, message("no readable text was found in this page"))
    page_title = " ".join((tree.findtext(".//title") or "").split()) or None
    page_language = normalise_language(tree.get("lang"))
    elements = remove_invisible(tree)
    check_cancelled(cancelled)
    notes = [decoded.note] if decoded.note else []
    main: str | None = None
    meta = None
    if elements <= MAX_EXTRACT_ELEMENTS:
        main, meta = _main_content(tree, url, len(tree.text_content()))
    else:
        notes.append(
            message(
                "the page has {count} elements (main-content detection reads at most "
                "{limit}); it was read whole, without navigation and footers",
                count=f"{elements:,}",
                limit=f"{MAX_EXTRACT_ELEMENTS:,}",
            )
        )
    check_cancelled(cancelled)
    base = url or (getattr(meta, "url", None) if meta is not None else None)
    clean = sanitise_html(main, base) if main else ""
    title: str | None = getattr(meta, "title", None) if meta is not None else None
    title = title or page_title
    headline, rest = split_leading_h1(clean, title)
    if headline is not None:
        clean = rest
        title = title or headline
    text, layout = html_to_text_and_layout(clean, cancelled)
    if not text.strip():
        text, layout = _whole_body(page, source, cancelled)
    if not text.strip():
        raise ImportFailed(source, message("no readable text was found in this page"))
    language = normalise_language(getattr(meta, "language", None) if meta is not None else None)
    language = language or page_language
    return ImportedDocument(
        title=title or title_from_file_name(file_name),
        text=text,
        source=data,
        source_format="html",
        html=clean,
        outlet=(getattr(meta, "sitename", None) if meta is not None else None) or None,
        author=(getattr(meta, "author", None) if meta is not None else None) or None,
        published=normalise_date(getattr(meta, "date", None) if meta is not None else None),
        url=url or (getattr(meta, "url", None) if meta is not None else None) or None,
        language=language or detect_language(text),
        encoding=used_encoding,
        file_name=file_name,
        layout=layout,
        notes=tuple(notes),
    )
