"""The imported document and the rules every reader shares.

Canonical text
--------------
Every reader returns its text in one canonical form, so that annotation offsets
(Unicode code points) mean the same thing whatever the source was:

* line boundaries are those of :meth:`str.splitlines` (``\\r\\n``, ``\\r``,
  ``\\v``, ``\\f``, U+0085, U+2028, U+2029 ...); each becomes ``"\\n"``;
* leading and trailing whitespace is removed from every line (plain text);
* a run of blank (or whitespace-only) lines becomes exactly one blank line, so
  paragraphs are separated by ``"\\n\\n"`` and single line breaks inside a
  paragraph are kept as ``"\\n"``;
* the text has no leading or trailing blank lines and a leading BOM is dropped;
* nothing else changes: no Unicode normalisation (NFC or otherwise), no change
  of quotation marks, dashes or spaces inside a line.

Text derived from HTML (see :mod:`annotary.formats.html_text`) follows the same
paragraph rules; inside a paragraph, whitespace runs are collapsed to one space
as a browser shows them, and preformatted blocks keep their indentation.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from annotary.domain.language import normalise_language
from annotary.domain.layout import Layout, paragraphs

SOURCE_FORMATS = (
    "text",
    "markdown",
    "html",
    "pasted",
    "url",
    "nexis",
    "nexis-uni",
    "factiva",
    "pdf",
    "docx",
    "odt",
    "rtf",
    "epub",
)

Cancelled = Callable[[], bool]
"""cancelled(): True once the user asked to stop; readers ask it between steps."""


class ImportCancelled(Exception):
    """The user cancelled while a file was being read; nothing of it is kept."""


def check_cancelled(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelled


@dataclass(frozen=True, slots=True)
class ImportedDocument:
    """An article as read from a file, a paste or a web page, before it is stored."""

    title: str
    text: str
    source: bytes
    source_format: str
    html: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    url: str | None = None
    language: str | None = None
    encoding: str | None = None
    file_name: str | None = None
    layout: Layout = field(default_factory=Layout)
    notes: tuple[str, ...] = ()  # what the user should know, e.g. a guessed encoding
    # What a news database says of the article (None when the file does not say):
    section: str | None = None
    page: str | None = None
    length: str | None = None  # as the database states it, e.g. "734 words"
    source_database: str | None = None  # "Nexis", "Nexis Uni", "Factiva"
    source_id: str | None = None  # the database's document identifier
    export_file: str | None = None  # the name of the file the article came from

    def __post_init__(self) -> None:
        # The default layout is the plain paragraph layout of the text.
        if not self.layout.blocks and self.text:
            object.__setattr__(self, "layout", paragraphs(self.text))


@dataclass(frozen=True, slots=True)
class DocumentFailure:
    """A document of a file that could not be read; the file's other documents can."""

    number: int  # 1-based position of the document in its file
    reason: str


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """What the user chose for reading files."""

    epub_chapters: bool = False  # each chapter of an EPUB is an article of its own


def canonical_text(text: str) -> str:
    """The canonical form of a plain text (rules in the module docstring)."""
    if text.startswith("\ufeff"):
        text = text[1:]
    out: list[str] = []
    blank = False
    for line in text.splitlines():
        line = line.strip()
        if not line:
            blank = bool(out)
            continue
        if out:
            out.append("\n\n" if blank else "\n")
        out.append(line)
        blank = False
    return "".join(out)


# --- dates -------------------------------------------------------------------

_DATE_PATTERNS = (
    re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})"),
    re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})"),
    re.compile(r"(\d{4})\.(\d{1,2})\.(\d{1,2})"),
    re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"),
)


def normalise_date(value: str | None) -> str | None:
    """An ISO date "YYYY-MM-DD" from a date or date-time string, or ``None``."""
    if not value:
        return None
    for pattern in _DATE_PATTERNS:
        m = pattern.search(value)
        if m:
            try:
                return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
            except ValueError:
                return None
    return None


# --- "Key: value" metadata ---------------------------------------------------

_KEY_ALIASES = {
    "title": "title",
    "headline": "title",
    "outlet": "outlet",
    "source": "outlet",
    "publication": "outlet",
    "site": "outlet",
    "sitename": "outlet",
    "author": "author",
    "authors": "author",
    "byline": "author",
    "date": "published",
    "published": "published",
    "url": "url",
    "link": "url",
    "language": "language",
    "lang": "language",
}


def metadata_field(key: str) -> str | None:
    """The ImportedDocument field a metadata key names ("Date" -> "published")."""
    return _KEY_ALIASES.get(key.strip().lower())


def clean_metadata(raw: dict[str, str]) -> dict[str, str | None]:
    """Metadata fields from raw "key: value" pairs, normalised; unknown keys dropped."""
    out: dict[str, str | None] = {}
    for key, value in raw.items():
        name = metadata_field(key)
        value = value.strip().strip("\"'").strip()
        if name is None or not value or name in out:
            continue
        if name == "published":
            out[name] = normalise_date(value)
        elif name == "language":
            out[name] = normalise_language(value)
        else:
            out[name] = value
    return out


def shown_name(name: object) -> str:
    """A file name or path as valid text: bytes that were not UTF-8 (kept by Python as
    lone surrogates) become U+FFFD, so the name can be printed, shown and stored."""
    text = str(name)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        try:
            raw = text.encode("utf-8", errors="surrogateescape")
        except UnicodeEncodeError:  # a surrogate that no file name produces
            raw = text.encode("utf-8", errors="replace")
        text = raw.decode("utf-8", errors="replace")
    return text


def title_from_file_name(file_name: str | None) -> str:
    """A readable title from a file name ("my-article_v2.txt" -> "my article v2")."""
    if not file_name:
        return "Untitled"
    file_name = shown_name(file_name)
    stem = re.sub(r"\.[A-Za-z0-9]{1,9}$", "", file_name.rsplit("/", 1)[-1])
    stem = re.sub(r"[-_]+", " ", stem).strip()
    return stem or "Untitled"
