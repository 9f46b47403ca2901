"""Which kind of export a file's text is, and its documents.

A text (from a TXT file, an RTF file, a PDF's text layer or a Word document's
paragraphs) is a Nexis export when it has "N of M DOCUMENTS" separators, a
Nexis Uni export when it has "End of Document" lines, a Factiva export when its
documents end with "Document <identifier>" lines; otherwise it is not an export
and its reader makes one article of it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from annotary.formats.document import Cancelled, DocumentFailure, ImportedDocument
from annotary.formats.factiva import FactivaReader, looks_like_factiva
from annotary.formats.nexis_text import NexisTextReader, looks_like_nexis
from annotary.formats.nexis_uni import NexisUniReader, looks_like_nexis_uni

Documents = Iterator[ImportedDocument | DocumentFailure]


def export_documents(
    text: str,
    export_file: str | None,
    cancelled: Cancelled | None = None,
    paragraphs: Sequence[str] | None = None,
) -> Documents | None:
    """The documents of an export, or None when the text is not one.

    ``paragraphs``: the text's paragraphs when the file gives them (Word, PDF);
    otherwise they are the text's blank-line-separated blocks.
    """
    if looks_like_nexis(text):
        return NexisTextReader(text, export_file).documents(cancelled)
    if "End of Document" in text:
        paras = list(paragraphs) if paragraphs is not None else _paragraphs(text)
        if looks_like_nexis_uni(paras):
            return NexisUniReader(paras, export_file, "nexis-uni").documents(cancelled)
    if looks_like_factiva(text):
        return FactivaReader(text, export_file).documents(cancelled)
    return None


def _paragraphs(text: str) -> list[str]:
    out: list[str] = []
    for block in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if block.strip():
            out.append(block.strip())
    return out
