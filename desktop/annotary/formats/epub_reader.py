"""EPUB books: each chapter an article, or the whole book one article (the user chooses).

The package document (found through META-INF/container.xml) gives the title,
author and date (Dublin Core) and the reading order (the spine); each chapter's
XHTML body is read like any HTML article, keeping headings, paragraphs, lists
and emphasis. A chapter's title is its first heading (else "Book, chapter N").
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterator
from urllib.parse import unquote

import lxml.etree
import lxml.html

from annotary.domain.language import detect_language
from annotary.domain.messages import message, message_of
from annotary.formats.dates import parse_date
from annotary.formats.document import (
    Cancelled,
    DocumentFailure,
    ImportedDocument,
    check_cancelled,
    normalise_language,
)
from annotary.formats.html_text import element_text_and_layout
from annotary.formats.zip_package import PackageError, ZipPackage

CONTAINER = "urn:oasis:names:tc:opendocument:xmlns:container"
OPF = "http://www.idpf.org/2007/opf"
DC = "http://purl.org/dc/elements/1.1/"
MAX_CHAPTERS = 5_000
_HTML_TYPES = ("application/xhtml+xml", "text/html")


class EpubBook:
    def __init__(self, data: bytes) -> None:
        self.package = ZipPackage(data, message("an EPUB book"))
        container = self.package.xml("META-INF/container.xml")
        rootfile = container.find(f".//{{{CONTAINER}}}rootfile")
        if rootfile is None or not rootfile.get("full-path"):
            raise PackageError(message("the EPUB names no package document"))
        self.opf_path = rootfile.get("full-path", "")
        self.opf = self.package.xml(self.opf_path)

    def meta(self, name: str) -> str | None:
        el = self.opf.find(f".//{{{DC}}}{name}")
        return " ".join((el.text or "").split()) or None if el is not None else None

    def chapters(self) -> list[str]:
        """The spine's XHTML members, in reading order."""
        base = posixpath.dirname(self.opf_path)
        manifest = {
            item.get("id"): item
            for item in self.opf.iter(f"{{{OPF}}}item")
            if item.get("media-type") in _HTML_TYPES
        }
        out: list[str] = []
        for ref in self.opf.iter(f"{{{OPF}}}itemref"):
            item = manifest.get(ref.get("idref"))
            if item is None or ref.get("linear") == "no":
                continue
            href = unquote(item.get("href", "").split("#", 1)[0])
            out.append(posixpath.normpath(posixpath.join(base, href)))
            if len(out) > MAX_CHAPTERS:
                raise PackageError(
                    message("the EPUB has more than {count} chapters", count=f"{MAX_CHAPTERS:,}")
                )
        return out

    def body(self, member: str) -> lxml.etree._Element:
        data = self.package.read(member)
        try:
            root = lxml.html.fromstring(data, parser=lxml.html.HTMLParser(huge_tree=False))
        except (lxml.etree.ParserError, ValueError) as exc:
            raise PackageError(message("{name} cannot be read", name=member)) from exc
        body = root.find(".//body")
        return body if body is not None else root


def _take_heading(body: lxml.etree._Element) -> str | None:
    """The chapter's first heading, removed from its body (it becomes the title)."""
    for el in body.iter("h1", "h2", "h3"):
        text = " ".join(el.text_content().split())
        if text:
            parent = el.getparent()
            if parent is not None:
                parent.remove(el)  # with its tail: the whitespace between blocks
            return text
    return None


def read_epub_documents(
    data: bytes, file_name: str | None, cancelled: Cancelled | None = None, chapters: bool = False
) -> Iterator[ImportedDocument | DocumentFailure]:
    book = EpubBook(data)
    title = book.meta("title")
    author = book.meta("creator")
    published = parse_date(book.meta("date"))
    language = normalise_language(book.meta("language"))
    members = book.chapters()
    if not members:
        raise PackageError(message("the EPUB has no chapters to read"))
    if not chapters:
        whole = lxml.html.Element("body")
        for member in members:
            check_cancelled(cancelled)
            body = book.body(member)
            div = lxml.html.Element("div")
            div.extend(list(body))
            whole.append(div)
        text, layout = element_text_and_layout(whole, cancelled)
        if not text.strip():
            raise PackageError(message("there is no text in this EPUB"))
        yield ImportedDocument(
            title=title or text.split("\n", 1)[0][:200],
            text=text,
            source=data,
            source_format="epub",
            author=author,
            published=published,
            language=language or detect_language(text),
            file_name=file_name,
            layout=layout,
            export_file=file_name,
        )
        return
    for number, member in enumerate(members, start=1):
        check_cancelled(cancelled)
        try:
            body = book.body(member)
        except PackageError as exc:
            yield DocumentFailure(number, message_of(exc))
            continue
        heading = _take_heading(body)
        text, layout = element_text_and_layout(body, cancelled)
        if not text.strip():
            continue  # a cover image or an empty page
        chapter = heading or f"{title or 'Book'}, chapter {number}"
        yield ImportedDocument(
            title=chapter,
            text=text,
            source=book.package.read(member),
            source_format="epub",
            author=author,
            published=published,
            language=detect_language(text) or language,
            file_name=file_name,
            layout=layout,
            export_file=file_name,
            notes=(),
        )
