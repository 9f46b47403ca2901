"""OpenDocument text (ODT): headings, paragraphs, lists, bold and italic; the title,
author and date from the document's properties (meta.xml).

Read with the standard zip module and lxml (no ODF library needed for reading text);
emphasis comes from the automatic styles of content.xml and the named styles of
styles.xml (font-style italic, font-weight bold).
"""

from __future__ import annotations

import lxml.etree

from annotary.domain.language import detect_language
from annotary.domain.messages import message
from annotary.formats.dates import parse_date
from annotary.formats.document import Cancelled, ImportedDocument, check_cancelled
from annotary.formats.word_html import Paragraph, Run, paragraphs_text_and_layout
from annotary.formats.zip_package import PackageError, ZipPackage

TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
DC = "http://purl.org/dc/elements/1.1/"
META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
MAX_PARAGRAPHS = 200_000


def _t(name: str) -> str:
    return f"{{{TEXT}}}{name}"


class OdtReader:
    def __init__(self, data: bytes) -> None:
        self.package = ZipPackage(data, message("an OpenDocument text"))
        if not self.package.has("content.xml"):
            raise PackageError(message("this is not an OpenDocument text (no content.xml)"))
        self.content = self.package.xml("content.xml")
        self.styles: dict[str, tuple[bool, bool]] = {}  # name -> (italic, bold)
        self.numbered: set[str] = set()  # list styles that number their items
        for root in (self.package.xml("styles.xml"),) if self.package.has("styles.xml") else ():
            self._read_styles(root)
        self._read_styles(self.content)

    def _read_styles(self, root: lxml.etree._Element) -> None:
        for style in root.iter(f"{{{STYLE}}}style"):
            props = style.find(f"{{{STYLE}}}text-properties")
            if props is None:
                continue
            italic = props.get(f"{{{FO}}}font-style") == "italic"
            bold = props.get(f"{{{FO}}}font-weight") in ("bold", "700", "800", "900")
            self.styles[style.get(f"{{{STYLE}}}name", "")] = (italic, bold)
        for lst in root.iter(_t("list-style")):
            first = next(iter(lst), None)
            if first is not None and first.tag == _t("list-level-style-number"):
                self.numbered.add(lst.get(f"{{{STYLE}}}name", ""))

    def _runs(self, el: lxml.etree._Element, italic: bool, bold: bool, out: list[Run]) -> None:
        if el.text:
            out.append(Run(el.text, italic, bold))
        for child in el:
            tag = child.tag
            if tag == _t("span"):
                i, b = self.styles.get(child.get(_t("style-name"), ""), (False, False))
                self._runs(child, italic or i, bold or b, out)
            elif tag == _t("s"):
                out.append(Run(" " * int(child.get(_t("c"), "1") or 1), italic, bold))
            elif tag in (_t("tab"), _t("line-break")):
                out.append(Run(" ", italic, bold))
            elif isinstance(tag, str) and tag not in (_t("note"), _t("bookmark")):
                self._runs(child, italic, bold, out)
            if child.tail:
                out.append(Run(child.tail, italic, bold))

    def paragraphs(self, cancelled: Cancelled | None) -> list[Paragraph]:
        body = self.content.find(f"{{{OFFICE}}}body/{{{OFFICE}}}text")
        if body is None:
            raise PackageError(message("this OpenDocument file has no text body"))
        out: list[Paragraph] = []

        def walk(el: lxml.etree._Element, list_kind: str | None) -> None:
            for child in el:
                if len(out) % 500 == 0:
                    check_cancelled(cancelled)
                if len(out) > MAX_PARAGRAPHS:
                    raise PackageError(
                        message(
                            "the document has more than {count} paragraphs",
                            count=f"{MAX_PARAGRAPHS:,}",
                        )
                    )
                if child.tag in (_t("p"), _t("h")):
                    i, b = self.styles.get(child.get(_t("style-name"), ""), (False, False))
                    runs: list[Run] = []
                    self._runs(child, i, b, runs)
                    p = Paragraph(runs=runs, list_kind=list_kind)
                    if child.tag == _t("h"):
                        p.heading = int(child.get(_t("outline-level"), "1") or 1)
                        p.list_kind = None
                    out.append(p)
                elif child.tag == _t("list"):
                    style = child.get(_t("style-name"), "")
                    walk(child, "ol" if style in self.numbered else "ul")
                elif child.tag in (_t("list-item"), _t("section"), _t("list-header")):
                    walk(child, list_kind)

        walk(body, None)
        return out

    def properties(self) -> dict[str, str | None]:
        if not self.package.has("meta.xml"):
            return {}
        meta = self.package.xml("meta.xml")

        def first(*tags: str) -> str | None:
            for tag in tags:
                el = meta.find(f".//{tag}")
                if el is not None and (el.text or "").strip():
                    return (el.text or "").strip()
            return None

        return {
            "title": first(f"{{{DC}}}title"),
            "author": first(f"{{{DC}}}creator", f"{{{META}}}initial-creator"),
            "date": first(f"{{{META}}}creation-date", f"{{{DC}}}date"),
        }


def read_odt(
    data: bytes, file_name: str | None, cancelled: Cancelled | None = None
) -> ImportedDocument:
    reader = OdtReader(data)
    paragraphs = reader.paragraphs(cancelled)
    props = reader.properties()
    title = props.get("title")
    first = next((p for p in paragraphs if p.text.strip()), None)
    if first is not None:
        heading = " ".join(first.text.split())
        if title is None and first.heading and len(paragraphs) > 1:
            title = heading
        if heading == title:
            paragraphs.remove(first)
    check_cancelled(cancelled)
    text, layout = paragraphs_text_and_layout(paragraphs, cancelled)
    if not text.strip():
        raise PackageError(message("there is no text in this OpenDocument file"))
    return ImportedDocument(
        title=title or text.split("\n", 1)[0][:200],
        text=text,
        source=data,
        source_format="odt",
        author=props.get("author"),
        published=parse_date(props.get("date")),
        language=detect_language(text),
        file_name=file_name,
        layout=layout,
        export_file=file_name,
    )
