"""RTF files: a Nexis, Nexis Uni or Factiva export read as its text, or one article.

The text comes from ``striprtf`` (control words, groups, code pages and Unicode
escapes handled; pictures and font tables dropped). Emphasis is not kept: an RTF
article's layout is its paragraphs.
"""

from __future__ import annotations

from annotary.formats.document import Cancelled, ImportedDocument, check_cancelled
from annotary.formats.export_text import Documents, export_documents


class RtfError(ValueError):
    """The file is not RTF that can be read."""


def rtf_text(data: bytes) -> str:
    """The plain text of an RTF file."""
    from striprtf.striprtf import rtf_to_text  # loaded on the first RTF file

    head = data[:16].lstrip()
    if not head.startswith(b"{\\rtf"):
        raise RtfError("this is not an RTF file (it does not start with {\\rtf)")
    # RTF itself is 7-bit; bytes above 127 are read as Windows-1252 (RTF's default).
    source = data.decode("cp1252", errors="replace")
    try:
        text: str = rtf_to_text(source, errors="replace")
    except (ValueError, IndexError, LookupError, RecursionError) as exc:
        raise RtfError(f"the RTF cannot be read ({exc})") from exc
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_rtf_documents(
    data: bytes, file_name: str | None, cancelled: Cancelled | None = None
) -> Documents:
    """The documents of an RTF file: an export's articles, or the file as one article."""
    from annotary.formats.readers import read_text  # the plain-text rules

    text = rtf_text(data)
    check_cancelled(cancelled)
    found = export_documents(text, file_name, cancelled)
    if found is not None:
        yield from found
        return
    doc: ImportedDocument = read_text(text.encode("utf-8"), file_name, "utf-8", cancelled)
    import dataclasses

    yield dataclasses.replace(doc, source=data, source_format="rtf", encoding=None)
