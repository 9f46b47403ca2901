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

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from annotary.domain.errors import ImportFailed
from annotary.formats.document import (
    ImportedDocument,
    canonical_text,
    clean_metadata,
    detect_language,
    metadata_field,
    title_from_file_name,
)
from annotary.formats.html_reader import read_html, sanitise_html
from annotary.formats.html_text import html_to_text_and_layout
from annotary.formats.markdown_reader import read_markdown
from annotary.formats.text_decoding import decode_text
from annotary.formats.url_fetch import fetch_url

__all__ = [
    "MAX_FILE_BYTES",
    "SUPPORTED_SUFFIXES",
    "ImportedDocument",
    "canonical_text",
    "decode_text",
    "detect_language",
    "fetch_url",
    "html_to_text_and_layout",
    "iter_importable",
    "read_file",
    "read_html",
    "read_markdown",
    "read_pasted",
    "read_text",
    "sample_paths",
    "sanitise_html",
]

SUPPORTED_SUFFIXES: frozenset[str] = frozenset({".txt", ".md", ".markdown", ".html", ".htm"})
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
) -> ImportedDocument:
    raw, body = _split_header(canonical_text(text))
    meta = clean_metadata(raw)
    title = title or meta.get("title")
    first, _, rest = body.partition("\n\n")
    if title is None and "\n" not in first and len(first) <= MAX_TITLE_CHARS and rest:
        title = first
    if title is not None and first.strip() == title.strip() and rest:
        body = rest
    if not body.strip():
        raise ImportFailed(name, "there is no text to import (the file or text is empty)")
    if title is None:
        title = title_from_file_name(file_name) if file_name else body[:80].split("\n")[0]
    return ImportedDocument(
        title=title,
        text=body,
        source=source,
        source_format=source_format,
        outlet=meta.get("outlet"),
        author=meta.get("author"),
        published=meta.get("published"),
        url=meta.get("url"),
        language=meta.get("language") or detect_language(body),
        encoding=encoding,
        file_name=file_name,
    )


def read_text(
    data: bytes, file_name: str | None = None, encoding: str | None = None
) -> ImportedDocument:
    """Read a plain-text article; ``encoding`` (e.g. from an HTTP header) skips detection."""
    name = file_name or "text"
    if encoding:
        try:
            text, used = data.decode(encoding), encoding
        except (LookupError, UnicodeDecodeError):
            text, used = decode_text(data, source=name)
    else:
        text, used = decode_text(data, source=name)
    return _text_document(
        text, source=data, source_format="text", name=name, encoding=used, file_name=file_name
    )


def read_pasted(text: str, title: str | None = None) -> ImportedDocument:
    """An article from pasted text; ``title`` overrides the first-line title."""
    return _text_document(
        text,
        source=text.encode("utf-8"),
        source_format="pasted",
        name="pasted text",
        title=title.strip() if title and title.strip() else None,
        encoding="utf-8",
    )


def read_file(path: Path) -> ImportedDocument:
    """Read an article file by its suffix; any failure is :class:`ImportFailed`."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        kinds = ", ".join(sorted(SUPPORTED_SUFFIXES))
        shown = f"'{suffix}'" if suffix else "without a suffix"
        raise ImportFailed(str(path), f"files {shown} cannot be imported (supported: {kinds})")
    try:
        if path.is_dir():
            raise ImportFailed(str(path), "this is a folder, not a file")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportFailed(
                str(path), f"the file is too large ({size // 1_000_000} MB; at most 50 MB)"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFailed(str(path), f"the file cannot be read ({exc.strerror or exc})") from exc
    try:
        if suffix in (".md", ".markdown"):
            return read_markdown(data, file_name=path.name)
        if suffix in (".html", ".htm"):
            return read_html(data, file_name=path.name)
        return read_text(data, file_name=path.name)
    except ImportFailed as exc:
        raise ImportFailed(str(path), exc.reason) from exc


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def iter_importable(paths: Iterable[Path]) -> Iterator[Path]:
    """The files to import: folders expand recursively (sorted, hidden entries and
    unsupported suffixes skipped); files named explicitly are passed through, so
    that ``read_file`` can say why an unsupported one is refused."""
    seen: set[Path] = set()
    for path in map(Path, paths):
        found: Iterable[Path]
        if path.is_dir():
            found = (
                p
                for p in sorted(path.rglob("*"))
                if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES and not _hidden(p, path)
            )
        else:
            found = [path]
        for p in found:
            key = p.resolve()
            if key not in seen:
                seen.add(key)
                yield p


def sample_paths() -> list[Path]:
    """The bundled sample articles (resources/samples, without its README), sorted."""
    from annotary.paths import samples_dir

    folder = samples_dir()
    if not folder.is_dir():
        return []
    skip = ("readme.md", "readme.txt")
    return [p for p in iter_importable([folder]) if p.name.lower() not in skip]
