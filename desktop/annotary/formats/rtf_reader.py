"""RTF files: a Nexis, Nexis Uni or Factiva export read as its text, or one article.

The text comes from :mod:`annotary.formats.rtf_text`. Emphasis is not kept: an
RTF article's layout is its paragraphs (one per RTF paragraph).
"""

from __future__ import annotations

from dataclasses import replace

from annotary.domain.messages import message
from annotary.formats.document import Cancelled, ImportedDocument, check_cancelled
from annotary.formats.export_text import Documents, export_documents
from annotary.formats.rtf_text import rtf_to_text


class RtfError(ValueError):
    """The file is not RTF that can be read."""


def rtf_text(data: bytes, cancelled: Cancelled | None = None) -> str:
    """The plain text of an RTF file."""
    head = data[:16].lstrip()
    if not head.startswith(b"{\\rtf"):
        raise RtfError(message("this is not an RTF file (it does not start with {{\\rtf)"))
    return rtf_to_text(data, cancelled)


def read_rtf_documents(
    data: bytes, file_name: str | None, cancelled: Cancelled | None = None
) -> Documents:
    """The documents of an RTF file: an export's articles, or the file as one article."""
    from annotary.formats.readers import read_text  # the plain-text rules

    text = rtf_text(data, cancelled)
    check_cancelled(cancelled)
    found = export_documents(text, file_name, cancelled)
    if found is not None:
        yield from found
        return
    # Each RTF paragraph is a paragraph of the article.
    paragraphs = "\n\n".join(line.strip() for line in text.split("\n") if line.strip())
    doc: ImportedDocument = read_text(paragraphs.encode("utf-8"), file_name, "utf-8", cancelled)
    yield replace(doc, source=data, source_format="rtf", encoding=None, export_file=file_name)
