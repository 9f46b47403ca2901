"""Read article files by type, plain and pasted text; the formats entry point.

Plain text rules (``read_text``, ``read_pasted``):

* the text is made canonical (see :mod:`annotary.formats.document`);
* ``Key: value`` lines at the very top whose key is known (Title, Outlet,
  Author, Date, URL, Language and aliases) are metadata, not text; they end
  at the first other line;
* the title is the ``Title:`` value, else the first paragraph when it is a
  single line of at most 200 characters; a first paragraph equal to the title
  is removed from the text (the reader shows the title above it);
* the layout is one "p" block per paragraph.

This module also re-exports the other readers, so callers need only
``from annotary.formats.readers import ...``.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from annotary.domain.errors import ImportFailed
from annotary.domain.language import detect_language
from annotary.domain.messages import message, message_of
from annotary.formats.bylines import read_byline
from annotary.formats.document import (
    Cancelled,
    DocumentFailure,
    ImportedDocument,
    ReadOptions,
    canonical_text,
    check_cancelled,
    clean_metadata,
    metadata_field,
    shown_name,
    title_from_file_name,
)
from annotary.formats.file_finding import Found, check_regular_file, iter_files
from annotary.formats.file_finding import find_importable as find_files
from annotary.formats.file_kinds import SUPPORTED_SUFFIXES
from annotary.formats.html_reader import read_html, sanitise_html
from annotary.formats.html_text import html_to_text_and_layout
from annotary.formats.markdown_reader import read_markdown
from annotary.formats.sizes import describe_size
from annotary.formats.text_decoding import Decoded, decode, decode_text
from annotary.formats.url_fetch import fetch_url

__all__ = [
    "MAX_FILE_BYTES",
    "SUPPORTED_SUFFIXES",
    "DocumentFailure",
    "ImportedDocument",
    "ReadOptions",
    "canonical_text",
    "decode_text",
    "fetch_url",
    "find_importable",
    "html_to_text_and_layout",
    "iter_importable",
    "read_documents",
    "read_file",
    "read_html",
    "read_markdown",
    "read_pasted",
    "read_text",
    "sample_paths",
    "sanitise_html",
]

MAX_FILE_BYTES = 50_000_000
MAX_TITLE_CHARS = 200

_HEADER = re.compile(r"^([A-Za-z][A-Za-z ]{0,20}?)\s*:\s*(.+)$")


def _split_header(text: str) -> tuple[dict[str, str], str]:
    raw: dict[str, str] = {}
    lines = text.split("\n")
    n = 0
    for line in lines:
        m = _HEADER.match(line)
        if not m or metadata_field(m.group(1)) is None:
            break
        raw.setdefault(m.group(1), m.group(2))
        n += 1
    if not raw:
        return {}, text
    return raw, "\n".join(lines[n:]).lstrip("\n")


def _text_document(
    text: str,
    *,
    source: bytes,
    source_format: str,
    name: str,
    title: str | None = None,
    encoding: str | None = None,
    file_name: str | None = None,
    notes: tuple[str, ...] = (),
) -> ImportedDocument:
    raw, body = _split_header(canonical_text(text))
    meta = clean_metadata(raw)
    title = title or meta.get("title")
    first, _, rest = body.partition("\n\n")
    if title is None and "\n" not in first and len(first) <= MAX_TITLE_CHARS and rest:
        title = first
    if title is not None and first.strip() == title.strip() and rest:
        body = rest
    byline, without = read_byline(body)
    if without.strip():
        body = without
    if not body.strip():
        raise ImportFailed(name, message("there is no text to import (the file or text is empty)"))
    if title is None:
        title = title_from_file_name(file_name) if file_name else body[:80].split("\n")[0]
    return ImportedDocument(
        title=title,
        text=body,
        source=source,
        source_format=source_format,
        outlet=meta.get("outlet") or byline.outlet,
        author=meta.get("author") or byline.author,
        published=meta.get("published") or byline.published,
        url=meta.get("url"),
        language=meta.get("language") or detect_language(body),
        encoding=encoding,
        file_name=file_name,
        notes=notes,
    )


def read_text(
    data: bytes,
    file_name: str | None = None,
    encoding: str | None = None,
    cancelled: Cancelled | None = None,
) -> ImportedDocument:
    """Read a plain-text article; ``encoding`` (e.g. from an HTTP header) skips detection."""
    name = file_name or "text"
    decoded: Decoded | None = None
    if encoding:
        try:
            decoded = Decoded(data.decode(encoding), encoding)
        except (LookupError, UnicodeDecodeError):
            decoded = None
    if decoded is None:
        decoded = decode(data, source=name)
    check_cancelled(cancelled)
    return _text_document(
        decoded.text,
        source=data,
        source_format="text",
        name=name,
        encoding=decoded.encoding,
        file_name=file_name,
        notes=(decoded.note,) if decoded.note else (),
    )


def read_pasted(text: str, title: str | None = None) -> ImportedDocument:
    """An article from pasted text; ``title`` overrides the first-line title."""
    return _text_document(
        text,
        source=text.encode("utf-8"),
        source_format="pasted",
        name=message("pasted text"),
        title=title.strip() if title and title.strip() else None,
        encoding="utf-8",
    )


def read_file(path: Path, cancelled: Cancelled | None = None) -> ImportedDocument:
    """Read a file that holds one article (the first, if it holds several).

    Any failure is :class:`ImportFailed`; see :func:`read_documents` for files
    that hold several articles.
    """
    for item in read_documents(path, cancelled):
        if isinstance(item, DocumentFailure):
            raise ImportFailed(shown_name(path), item.reason)
        return item
    raise ImportFailed(shown_name(path), message("there is no article in this file"))


def read_documents(
    path: Path, cancelled: Cancelled | None = None, options: ReadOptions | None = None
) -> Iterator[ImportedDocument | DocumentFailure]:
    """The articles of a file, by its suffix, one at a time.

    A news-database export yields one document per article; a document that
    cannot be read is a :class:`DocumentFailure` (its number and why) and the
    others still come. A file that cannot be read at all raises
    :class:`ImportFailed`. ``cancelled`` is asked between documents and inside
    long steps; when it says so, :class:`ImportCancelled` is raised.
    """
    path = Path(path)
    shown = shown_name(path)
    data = _load(path)
    check_cancelled(cancelled)
    name = shown_name(path.name)
    suffix = path.suffix.lower()
    try:
        yield from _documents(data, name, suffix, cancelled, options or ReadOptions())
    except ImportFailed as exc:
        raise ImportFailed(shown, exc.reason) from exc
    except ValueError as exc:  # a reader's own "cannot be read" (RtfError, PdfError ...)
        raise ImportFailed(shown, message_of(exc)) from exc


def _documents(
    data: bytes, name: str, suffix: str, cancelled: Cancelled | None, options: ReadOptions
) -> Iterator[ImportedDocument | DocumentFailure]:
    if suffix in (".md", ".markdown"):
        yield read_markdown(data, file_name=name, cancelled=cancelled)
    elif suffix in (".html", ".htm"):
        from annotary.formats.factiva_html import factiva_html_documents

        found = factiva_html_documents(data, name, cancelled)
        if found is not None:
            yield from found
        else:
            yield read_html(data, file_name=name, cancelled=cancelled)
    elif suffix == ".rtf":
        from annotary.formats.rtf_reader import read_rtf_documents

        yield from read_rtf_documents(data, name, cancelled)
    elif suffix == ".docx":
        from annotary.formats.docx_reader import read_docx_documents

        yield from read_docx_documents(data, name, cancelled)
    elif suffix == ".pdf":
        from annotary.formats.pdf_reader import read_pdf_documents

        yield from read_pdf_documents(data, name, cancelled)
    elif suffix == ".odt":
        from annotary.formats.odt_reader import read_odt

        yield read_odt(data, name, cancelled)
    elif suffix == ".epub":
        from annotary.formats.epub_reader import read_epub_documents

        yield from read_epub_documents(data, name, cancelled, chapters=options.epub_chapters)
    else:
        yield from _text_documents(data, name, cancelled)


def _text_documents(
    data: bytes, name: str, cancelled: Cancelled | None
) -> Iterator[ImportedDocument | DocumentFailure]:
    from annotary.formats.export_text import export_documents

    decoded = decode(data, source=name)
    check_cancelled(cancelled)
    found = export_documents(decoded.text, name, cancelled)
    if found is None:
        yield read_text(data, file_name=name, cancelled=cancelled)
        return
    for item in found:
        if decoded.note and isinstance(item, ImportedDocument):
            item = replace(item, notes=(*item.notes, decoded.note))
        yield item


def _load(path: Path) -> bytes:
    """The bytes of a file to import, after the checks every file gets."""
    shown = shown_name(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        kinds = ", ".join(sorted(SUPPORTED_SUFFIXES))
        refused = (
            message(
                "files '{suffix}' cannot be imported (supported: {kinds})",
                suffix=shown_name(suffix),
                kinds=kinds,
            )
            if suffix
            else message(
                "files without a suffix cannot be imported (supported: {kinds})", kinds=kinds
            )
        )
        raise ImportFailed(shown, refused)
    why = check_regular_file(path)
    if why is not None:
        raise ImportFailed(shown, why)
    if _size_of(path) > MAX_FILE_BYTES:
        size = describe_size(_size_of(path), MAX_FILE_BYTES)
        raise ImportFailed(shown, message("the file is too large ({size})", size=size))
    try:
        # Non-blocking, and checked again on the open file: a pipe put in the file's
        # place after the check above cannot make the import wait for ever.
        with os.fdopen(os.open(path, os.O_RDONLY | os.O_NONBLOCK), "rb") as fh:
            if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
                raise ImportFailed(shown, message("this is not a regular file"))
            data = fh.read(MAX_FILE_BYTES + 1)  # never more, whatever the size said
    except OSError as exc:
        reason = (exc.strerror or str(exc)).lower()
        raise ImportFailed(
            shown, message("the file cannot be read ({reason})", reason=reason)
        ) from exc
    if len(data) > MAX_FILE_BYTES:
        grown = max(len(data), _size_of(path))
        size = describe_size(grown, MAX_FILE_BYTES)
        raise ImportFailed(shown, message("the file is too large ({size})", size=size))
    return data


def _size_of(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def iter_importable(paths: Iterable[Path]) -> Iterator[Path]:
    """The files to import: folders expand recursively (sorted, hidden entries and
    unsupported suffixes skipped); files named explicitly are passed through, so
    that ``read_file`` can say why an unsupported one is refused. See
    :func:`find_importable` for what could not be looked at."""
    return iter_files(paths, SUPPORTED_SUFFIXES)


def find_importable(paths: Iterable[Path]) -> Found:
    """The files to import and, one per line, what in the folders could not be read."""
    return find_files(paths, SUPPORTED_SUFFIXES)


def sample_paths() -> list[Path]:
    """The bundled sample articles (resources/samples, without its README), sorted."""
    from annotary.paths import samples_dir

    folder = samples_dir()
    if not folder.is_dir():
        return []
    skip = ("readme.md", "readme.txt")
    return [p for p in iter_importable([folder]) if p.name.lower() not in skip]
