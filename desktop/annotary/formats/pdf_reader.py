"""PDF files with a text layer: one article, or a news export's articles.

* Lines come in reading order, columns one after the other
  (:mod:`annotary.formats.pdf_lines`).
* Running headers and footers (the same line, digits aside, at the top or the
  bottom of most pages) and page numbers ("12", "Page 3 of 9") are removed.
* Lines are joined into paragraphs: a paragraph ends where the gap to the next
  line is clearly larger than the line spacing, or the font size changes.
  Inside a paragraph, lines are joined with a space, so no sentence is broken.
* A hyphen at a line's end is removed only when the two halves make a word that
  occurs elsewhere in the document unhyphenated ("har-" + "bour" where "harbour"
  appears); otherwise it is kept ("well-" + "known" -> "well-known").
* The headline is the first run of the largest type on the first page (the
  document title property when the page has none).
* A PDF without a text layer (a scan) is refused: it needs OCR first.
"""

from __future__ import annotations

import io
import logging
import re
from collections import Counter
from collections.abc import Iterator
from itertools import pairwise
from statistics import median
from typing import Any

from annotary.domain.language import detect_language
from annotary.domain.messages import message
from annotary.formats.document import (
    Cancelled,
    DocumentFailure,
    ImportedDocument,
    canonical_text,
    check_cancelled,
)
from annotary.formats.export_text import export_documents
from annotary.formats.pdf_lines import Line, page_lines

MAX_PAGES = 5_000
_PAGE_NUMBER = re.compile(
    r"^(?:page\s+|p\.\s*|-\s*)?\d{1,5}(?:\s*(?:of|/)\s*\d{1,5})?(?:\s*-)?$", re.I
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_HYPHENATED = re.compile(r"([^\W\d_]+)-$")
_OWN_LINES = frozenset({"Body", "Classification", "End of Document"})


class PdfError(ValueError):
    """The PDF cannot be read, or has no text to read."""


def _open(data: bytes) -> Any:
    # pypdf logs each repair of a damaged file as a warning; the import reports
    # what matters in one line, so its log stays out of the user's terminal.
    logging.getLogger("pypdf").setLevel(logging.ERROR + 10)
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise PdfError(message("PDF files need the pypdf package")) from exc
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise PdfError(message("the PDF is protected by a password"))
        _ = len(reader.pages)
    except PdfError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise PdfError(
            message("this is not a PDF that can be read ({error})", error=type(exc).__name__)
        ) from exc
    except Exception as exc:  # pypdf has many ways to fail on a damaged file
        raise PdfError(
            message("the PDF cannot be read ({error})", error=type(exc).__name__)
        ) from exc
    return reader


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", text.strip().lower())


class PdfText:
    """The text layer of a PDF, as lines per page and then as paragraphs."""

    def __init__(self, data: bytes, cancelled: Cancelled | None = None) -> None:
        reader = _open(data)
        if len(reader.pages) > MAX_PAGES:
            raise PdfError(
                message(
                    "the PDF has {count} pages (at most {limit})",
                    count=f"{len(reader.pages):,}",
                    limit=f"{MAX_PAGES:,}",
                )
            )
        self.title_property = None
        try:
            meta = reader.metadata
            self.title_property = (meta.title or "").strip() or None if meta else None
            self.author_property = (meta.author or "").strip() or None if meta else None
        except Exception:  # damaged metadata is no reason to refuse the text
            self.author_property = None
        self.pages: list[list[Line]] = []
        for page in reader.pages:
            check_cancelled(cancelled)
            try:
                self.pages.append(page_lines(page))
            except Exception as exc:  # a damaged content stream on one page
                raise PdfError(
                    message("a page of the PDF cannot be read ({error})", error=type(exc).__name__)
                ) from exc
        if sum(len(ln.text) for lines in self.pages for ln in lines) < 20:
            raise PdfError(
                message(
                    "this PDF has no text layer (it is a scanned image): it needs OCR "
                    "(text recognition) before it can be imported"
                )
            )
        self._drop_running_lines()

    def _drop_running_lines(self) -> None:
        edges: Counter[str] = Counter()
        for lines in self.pages:
            for line in {*lines[:2], *lines[-2:]} if lines else ():
                edges[_shape(line.text)] += 1
        many = max(2, (len(self.pages) + 1) // 2)
        running = {s for s, n in edges.items() if n >= many} if len(self.pages) > 1 else set()
        for i, lines in enumerate(self.pages):
            edge = {id(x) for x in (*lines[:2], *lines[-2:])}
            self.pages[i] = [
                ln
                for ln in lines
                if not (
                    id(ln) in edge and (_shape(ln.text) in running or _PAGE_NUMBER.match(ln.text))
                )
            ]

    def paragraphs(self) -> list[tuple[float, str]]:
        """(font size, text) of each paragraph, in order; hyphenation undone where sure."""
        lines = [ln for page in self.pages for ln in page]
        if not lines:
            return []
        # Line spacing in units of the font size, so that large type (a headline over
        # two lines) is measured by its own size.
        gaps = [
            (a.y - b.y) / a.size
            for page in self.pages
            for a, b in pairwise(page)
            if 0 < a.y - b.y < 3 * a.size and abs(a.size - b.size) < 0.5
        ]
        # The usual spacing is the smallest one that recurs (paragraph gaps are larger).
        counts = Counter(round(g * 20) / 20 for g in gaps)
        recurring = [g for g, n in counts.items() if n >= 2]
        spacing = min(recurring) if recurring else (min(gaps) if gaps else 1.2)
        known = {w.lower() for ln in lines for w in _WORD.findall(ln.text)}
        out: list[tuple[float, list[str]]] = []
        prev: Line | None = None
        for page in self.pages:
            for n, line in enumerate(page):
                if (
                    prev is None
                    or abs(line.size - prev.size) >= 0.5
                    or line.text in _OWN_LINES
                    or prev.text in _OWN_LINES
                ):
                    new = True
                else:
                    gap = (prev.y - line.y) / line.size if n > 0 else -1.0
                    if 0 < gap <= 3 * spacing:
                        new = gap > spacing * 1.4
                    else:
                        # A new page or column continues the paragraph unless the
                        # last line ended a sentence.
                        new = prev.text.endswith((".", "!", "?", '"', "”", ":"))
                if new:
                    out.append((line.size, [line.text]))
                else:
                    out[-1][1].append(line.text)
                prev = line
        return [(size, self._join(parts, known)) for size, parts in out]

    @staticmethod
    def _join(parts: list[str], known: set[str]) -> str:
        text = parts[0]
        for part in parts[1:]:
            m = _HYPHENATED.search(text)
            nxt = _WORD.match(part)
            if m and nxt and part[:1].islower():
                whole = (m.group(1) + nxt.group(0)).lower()
                text = text[:-1] + part if whole in known else text + part
            else:
                text = f"{text} {part}"
        return text


def read_pdf_documents(
    data: bytes, file_name: str | None, cancelled: Cancelled | None = None
) -> Iterator[ImportedDocument | DocumentFailure]:
    pdf = PdfText(data, cancelled)
    paragraphs = pdf.paragraphs()
    check_cancelled(cancelled)
    plain = [text for _, text in paragraphs]
    found = export_documents("\n\n".join(plain), file_name, cancelled, paragraphs=plain)
    if found is not None:
        yield from found
        return
    first_page = {id(ln) for ln in pdf.pages[0]} if pdf.pages else set()
    title = None
    sizes = [size for size, _ in paragraphs]
    body = list(paragraphs)
    if sizes and first_page:
        largest = max(sizes[: max(3, len(pdf.pages[0]))])
        if largest > median(sizes) + 0.5:
            at = sizes.index(largest)
            title = body.pop(at)[1]
    title = title or pdf.title_property
    text = canonical_text("\n\n".join(t for _, t in body))
    if not text:
        text = title or ""
    if not text.strip():
        raise PdfError(message("there is no text in this PDF"))
    yield ImportedDocument(
        title=title or text.split("\n", 1)[0][:200],
        text=text,
        source=data,
        source_format="pdf",
        author=pdf.author_property,
        language=detect_language(text),
        file_name=file_name,
        export_file=file_name,
    )
