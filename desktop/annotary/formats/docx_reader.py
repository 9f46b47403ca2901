"""Word documents (DOCX): a Nexis Uni export's articles, or the document as one article.

Headings ("Heading 1".."Heading 6", "Title"), paragraphs, list items (list styles
or numbering) and bold and italic runs are kept in the layout; the document's
properties give the title, author and date. The first heading (or "Title"
paragraph) is the title when the properties have none.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

from annotary.domain.language import detect_language
from annotary.domain.messages import message
from annotary.formats.document import Cancelled, ImportedDocument, check_cancelled
from annotary.formats.export_text import Documents, export_documents
from annotary.formats.word_html import Paragraph, Run, paragraphs_text_and_layout
from annotary.formats.zip_package import check_unpacked_size

MAX_PARAGRAPHS = 200_000
_HEADING = re.compile(r"^heading\s*(\d)$", re.IGNORECASE)


class DocxError(ValueError):
    """The file is not a Word document that can be read."""


def _paragraph(p: Any) -> Paragraph:
    style = (p.style.name if p.style is not None else "") or ""
    out = Paragraph(runs=[Run(r.text, bool(r.italic), bool(r.bold)) for r in p.runs])
    if not out.runs and p.text:
        out.runs = [Run(p.text)]
    m = _HEADING.match(style)
    if m:
        out.heading = int(m.group(1))
    elif style.lower() == "title":
        out.heading = 1
    elif style.lower().startswith("list"):
        out.list_kind = "ol" if "number" in style.lower() else "ul"
    elif p._p.pPr is not None and p._p.pPr.numPr is not None:
        out.list_kind = "ul"
    return out


def read_docx_documents(
    data: bytes, file_name: str | None, cancelled: Cancelled | None = None
) -> Documents:
    try:
        import docx  # python-docx, loaded on the first Word file
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise DocxError(message("Word documents need the python-docx package")) from exc
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            check_unpacked_size(package)
    except zipfile.BadZipFile as exc:
        raise DocxError(message("this is not a Word document (not a zip package)")) from exc
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise DocxError(message("this is not a Word document that can be read")) from exc
    except Exception as exc:  # python-docx raises its own errors for broken packages
        raise DocxError(
            message("the Word document cannot be read ({error})", error=type(exc).__name__)
        ) from exc
    paragraphs: list[Paragraph] = []
    for i, p in enumerate(document.paragraphs):
        if i % 500 == 0:
            check_cancelled(cancelled)
        if i >= MAX_PARAGRAPHS:
            raise DocxError(
                message(
                    "the document has more than {count} paragraphs", count=f"{MAX_PARAGRAPHS:,}"
                )
            )
        paragraphs.append(_paragraph(p))
    plain = [p.text for p in paragraphs]
    found = export_documents("\n".join(plain), file_name, cancelled, paragraphs=plain)
    if found is not None:
        yield from found
        return
    props = document.core_properties
    title = (props.title or "").strip() or None
    first = next((p for p in paragraphs if p.text.strip()), None)
    if first is not None:
        heading = " ".join(first.text.split())
        if title is None and (first.heading or len(heading) <= 200) and len(paragraphs) > 1:
            title = heading
        if heading == title:
            paragraphs.remove(first)  # the reader shows the title above the text
    check_cancelled(cancelled)
    text, layout = paragraphs_text_and_layout(paragraphs, cancelled)
    if not text.strip():
        raise DocxError(message("there is no text in this Word document"))
    published = props.created.date().isoformat() if props.created is not None else None
    yield ImportedDocument(
        title=title or text.split("\n", 1)[0][:200],
        text=text,
        source=data,
        source_format="docx",
        author=(props.author or "").strip() or None,
        published=published,
        language=detect_language(text),
        file_name=file_name,
        layout=layout,
        export_file=file_name,
    )
