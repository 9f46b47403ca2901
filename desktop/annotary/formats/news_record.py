"""One article of a news-database export, as its reader found it, made an ImportedDocument.

The readers of Nexis, Nexis Uni and Factiva files each find a document's headline,
its body paragraphs and its labelled fields; what the fields mean is the same for
all of them and is decided here: the section and page ("NATIONAL; Pg. 12"), the
length as the database states it, the language by name ("ENGLISH" -> "en"), the
date (see :mod:`annotary.formats.dates`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from annotary.domain.language import detect_language
from annotary.formats.dates import parse_date
from annotary.formats.document import ImportedDocument, canonical_text, normalise_language

_LANGUAGE_NAMES = {
    "english": "en",
    "englisch": "en",
    "anglais": "en",
    "german": "de",
    "deutsch": "de",
    "french": "fr",
    "français": "fr",
    "francais": "fr",
    "spanish": "es",
    "español": "es",
    "italian": "it",
    "dutch": "nl",
    "portuguese": "pt",
    "russian": "ru",
    "chinese": "zh",
    "中文": "zh",
    "japanese": "ja",
    "arabic": "ar",
    "polish": "pl",
    "swedish": "sv",
    "danish": "da",
    "norwegian": "no",
    "finnish": "fi",
    "turkish": "tr",
    "korean": "ko",
}
_PAGE = re.compile(r"[;,]?\s*(?:Pg\.?|Page|p\.|S\.)\s*([A-Za-z]?\d+[A-Za-z]?)\s*$", re.IGNORECASE)
_BY = re.compile(r"^(?:by|von|par|por)\s+", re.IGNORECASE)


def language_code(value: str | None) -> str | None:
    """ "ENGLISH", "English; German", "en-GB" -> a primary language tag."""
    if not value:
        return None
    first = re.split(r"[;,/]", value.strip(), maxsplit=1)[0].strip()
    return _LANGUAGE_NAMES.get(first.lower()) or (
        normalise_language(first) if len(first) <= 3 or "-" in first else None
    )


def section_and_page(value: str | None) -> tuple[str | None, str | None]:
    """ "NATIONAL; Pg. 12" -> ("NATIONAL", "12")."""
    if not value:
        return None, None
    value = " ".join(value.split())
    m = _PAGE.search(value)
    if not m:
        return value or None, None
    section = value[: m.start()].strip(" ;,") or None
    return section, m.group(1)


def clean_byline(value: str | None) -> str | None:
    """ "By MARIA OKAFOR" -> "MARIA OKAFOR" (the database's own spelling otherwise)."""
    if not value:
        return None
    value = _BY.sub("", " ".join(value.split())).strip(" ,;")
    return value or None


@dataclass(slots=True)
class NewsRecord:
    """What a reader found in one document of an export."""

    database: str  # "Nexis", "Nexis Uni", "Factiva"
    source_format: str
    number: int
    title: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    outlet: str | None = None
    author: str | None = None
    date_text: str | None = None
    section: str | None = None
    page: str | None = None
    length: str | None = None
    language: str | None = None  # as written ("ENGLISH")
    source_id: str | None = None
    load_date: str | None = None

    def keep(self, name: str, value: str) -> None:
        """Keep a labelled field the database gave (``name``: author, section, page,
        length, language, load_date or source_id); the first author stated wins, and
        a section's page ("NATIONAL; Pg. 12") fills the page unless one was given."""
        if not value:
            return
        if name == "author":
            self.author = self.author or value
        elif name == "section":
            self.section, page = section_and_page(value)
            self.page = self.page or page
        elif name in ("page", "length", "language", "load_date", "source_id"):
            setattr(self, name, value)

    def document(self, source_text: str, export_file: str | None) -> ImportedDocument:
        """The article; its text is the body (the headline alone when there is none)."""
        body = canonical_text("\n\n".join(p for p in self.paragraphs if p.strip()))
        title = " ".join((self.title or "").split())
        if not body:
            body = title
        if not title:
            first = body.split("\n", 1)[0]
            title = first if len(first) <= 200 else first[:200].rsplit(" ", 1)[0] + "…"
        published = parse_date(self.date_text) or parse_date(self.load_date)
        return ImportedDocument(
            title=title,
            text=body,
            source=source_text.encode("utf-8"),
            source_format=self.source_format,
            outlet=" ".join(self.outlet.split()) if self.outlet else None,
            author=clean_byline(self.author),
            published=published,
            language=language_code(self.language) or detect_language(body),
            encoding="utf-8",
            file_name=export_file,
            section=self.section,
            page=self.page,
            length=" ".join(self.length.split()) if self.length else None,
            source_database=self.database,
            source_id=self.source_id,
            export_file=export_file,
        )
