"""Saved web pages: main text, metadata and safe display HTML.

trafilatura finds the article's main content and its metadata (title, author,
site name, date, address, language) in the page as given; nothing is ever
fetched (no images, styles or scripts). The main content comes out as HTML,
is sanitised with nh3 against an explicit allow-list (no images, scripts,
styles, frames or remote resources; links keep only http, https and mailto
addresses) and is walked by :func:`html_to_text_and_layout` into canonical
text and layout. When trafilatura finds nothing, the page's <body> is used.
"""

from __future__ import annotations

import codecs
import re

import lxml.etree
import lxml.html
import nh3
import trafilatura

from annotary.domain.errors import ImportFailed
from annotary.formats.document import (
    ImportedDocument,
    detect_language,
    normalise_date,
    normalise_language,
    title_from_file_name,
)
from annotary.formats.html_text import html_to_text_and_layout
from annotary.formats.text_decoding import decode_text

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
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
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


def decode_html(data: bytes, source: str, encoding: str | None = None) -> tuple[str, str]:
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
            return data.decode(name), name
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_text(data, source=source)


def _body_fallback(tree: lxml.html.HtmlElement | None, base_url: str | None) -> str:
    if tree is None:
        return ""
    body = tree.find(".//body")
    node = body if body is not None else tree
    raw = lxml.html.tostring(node, encoding="unicode")
    return sanitise_html(raw, base_url)


def _parse(page: str) -> lxml.html.HtmlElement | None:
    try:
        return lxml.html.document_fromstring(_XML_DECLARATION.sub("", page))
    except (lxml.etree.ParserError, ValueError):
        return None


def read_html(
    data: bytes,
    file_name: str | None = None,
    url: str | None = None,
    encoding: str | None = None,
) -> ImportedDocument:
    """Read a saved web page (see the module docstring); ``encoding`` overrides sniffing."""
    source = file_name or url or "page"
    page, used_encoding = decode_html(data, source, encoding)
    if not page.strip():
        raise ImportFailed(source, "the page is empty")
    tree = _parse(page)
    meta = trafilatura.bare_extraction(
        page, url=url, with_metadata=True, include_comments=False, favor_precision=True
    )
    main = trafilatura.extract(
        page,
        url=url,
        output_format="html",
        include_formatting=True,
        include_links=True,
        include_tables=True,
        include_images=False,
        include_comments=False,
        favor_precision=True,
    )
    base = url or (getattr(meta, "url", None) if meta is not None else None)
    clean = sanitise_html(main, base) if main else ""
    text, layout = html_to_text_and_layout(clean)
    if not text.strip():
        clean = _body_fallback(tree, base)
        text, layout = html_to_text_and_layout(clean)
    title: str | None = getattr(meta, "title", None) if meta is not None else None
    if not title and tree is not None:
        found = tree.findtext(".//title")
        title = " ".join(found.split()) if found else None
    headline, rest = split_leading_h1(clean, title)
    if headline is not None:
        clean = rest
        text, layout = html_to_text_and_layout(clean)
        title = title or headline
    if not text.strip():
        raise ImportFailed(source, "no readable text was found in this page")
    language = normalise_language(getattr(meta, "language", None) if meta is not None else None)
    if language is None and tree is not None:
        language = normalise_language(tree.get("lang"))
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
    )
