"""Nexis (classic LexisNexis) exports in text form (TXT, or RTF read as text).

A file is a download header, then documents each opened by "N of M DOCUMENTS"::

                               2 of 40 DOCUMENTS
                            The Riverton Ledger
                           March 3, 2025 Monday
                              Final Edition
    Council backs the
    harbour plan                       <- headline, may run over several lines
    BYLINE: Maria Okafor
    SECTION: NATIONAL; Pg. 12
    LENGTH: 734 words
    DATELINE: RIVERTON
    <body paragraphs>
    LOAD-DATE: March 4, 2025
    LANGUAGE: ENGLISH
    PUBLICATION-TYPE: Newspaper
    Copyright 2025 Riverton Ledger Ltd

Before the headline come the outlet and the date line (and an edition line);
labelled fields ("BYLINE:" and the rest, upper case at the start of a paragraph)
are metadata and never text; a "Copyright" paragraph after the body is dropped.
A field's value may run on over following lines until a blank line. The download
header before the first document is not an article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from annotary.domain.messages import message, message_of
from annotary.formats.dates import english_date, parse_date
from annotary.formats.document import (
    Cancelled,
    DocumentFailure,
    ImportedDocument,
    check_cancelled,
)
from annotary.formats.news_record import NewsRecord

SEPARATOR = re.compile(
    r"^[ \t]*(\d{1,6})[ \t]+(?:of|von|de|sur)[ \t]+(\d{1,6})[ \t]+(?:DOCUMENTS?|DOKUMENTE?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_LABEL = re.compile(r"^([A-Z][A-Z\-]{1,30}(?: [A-Z][A-Z\-]{1,20})?):\s*(.*)$", re.DOTALL)
KNOWN_LABELS = frozenset(
    {
        "BYLINE",
        "SECTION",
        "LENGTH",
        "DATELINE",
        "HIGHLIGHT",
        "LOAD-DATE",
        "LANGUAGE",
        "PUBLICATION-TYPE",
        "GRAPHIC",
        "COPYRIGHT",
        "SOURCE",
        "JOURNAL-CODE",
        "DOCUMENT-TYPE",
        "SUBJECT",
        "ORGANIZATION",
        "GEOGRAPHIC",
        "PERSON",
        "CITY",
        "STATE",
        "COUNTRY",
        "TICKER",
        "INDUSTRY",
        "CORRECTION-DATE",
        "CORRECTION",
        "NOTES",
        "URL",
        "TYPE",
        "DISTRIBUTION",
        "ACC-NO",
        "DOCUMENT-ID",
        "EDITION",
        "COLUMN",
        "PAGE",
        "SERIES",
        "AUTHOR",
    }
)
_COPYRIGHT = re.compile(r"^(?:copyright\b|©|\(c\)\s*\d{4}|all rights reserved)", re.IGNORECASE)
# The labelled fields kept, by the name NewsRecord.keep gives them.
_FIELDS = {
    "BYLINE": "author",
    "AUTHOR": "author",
    "SECTION": "section",
    "PAGE": "page",
    "LENGTH": "length",
    "LANGUAGE": "language",
    "LOAD-DATE": "load_date",
    "DOCUMENT-ID": "source_id",
    "ACC-NO": "source_id",
}
_EDITION = re.compile(r"\b(?:edition|ausgabe|édition)\b", re.IGNORECASE)


def looks_like_nexis(text: str) -> bool:
    """True when the text has the separators of a Nexis export."""
    return SEPARATOR.search(text, 0, 200_000) is not None


def _paragraphs(segment: str) -> list[str]:
    out: list[str] = []
    for block in re.split(r"\n[ \t]*\n", segment):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if lines:
            out.append("\n".join(lines))
    return out


def _field(paragraph: str) -> tuple[str, str] | None:
    m = _LABEL.match(paragraph)
    if not m or m.group(1) not in KNOWN_LABELS:
        return None
    return m.group(1), " ".join(m.group(2).split())


def _is_date_line(paragraph: str) -> bool:
    first = paragraph.split("\n", 1)[0]
    return len(first) <= 80 and (english_date(first) is not None or parse_date(first) is not None)


class NexisTextReader:
    """The documents of one decoded Nexis text export, one at a time."""

    database = "Nexis"

    def __init__(self, text: str, export_file: str | None, source_format: str = "nexis") -> None:
        self.text = text
        self.export_file = export_file
        self.source_format = source_format

    def segments(self) -> Iterator[tuple[int, str]]:
        """(document number, text of the document) in file order; the header is skipped."""
        previous = None
        for m in SEPARATOR.finditer(self.text):  # one match ahead, never a list of all
            if previous is not None:
                yield int(previous.group(1)), self.text[previous.start() : m.start()]
            previous = m
        if previous is not None:
            yield int(previous.group(1)), self.text[previous.start() :]

    def documents(
        self, cancelled: Cancelled | None = None
    ) -> Iterator[ImportedDocument | DocumentFailure]:
        for position, (number, segment) in enumerate(self.segments(), start=1):
            check_cancelled(cancelled)
            try:
                yield self.parse(number or position, segment)
            except ValueError as exc:
                yield DocumentFailure(position, message_of(exc))

    def parse(self, number: int, segment: str) -> ImportedDocument:
        paragraphs = _paragraphs(SEPARATOR.sub("", segment, count=1))
        record = NewsRecord(self.database, self.source_format, number)
        # Head: outlet lines, the date line, an edition line; then the headline.
        date_at = next(
            (i for i, p in enumerate(paragraphs[:6]) if _field(p) is None and _is_date_line(p)),
            None,
        )
        if date_at is None:
            raise ValueError(message("no date line after the document separator"))
        record.outlet = " ".join(paragraphs[:date_at]) or None
        date_lines = paragraphs[date_at].split("\n")
        record.date_text = date_lines[0]
        rest = paragraphs[date_at + 1 :]
        while rest and _EDITION.search(rest[0]) and len(rest[0]) <= 60 and _field(rest[0]) is None:
            rest = rest[1:]
        # The headline is one paragraph (its lines joined); what follows is fields and body.
        if rest and _field(rest[0]) is None and not _COPYRIGHT.match(rest[0]):
            record.title = " ".join(rest.pop(0).split()) or None
        body: list[str] = []
        for paragraph in rest:
            fld = _field(paragraph)
            if fld is not None:
                record.keep(_FIELDS.get(fld[0], ""), fld[1])
            elif _COPYRIGHT.match(paragraph):
                continue
            else:
                body.append(" ".join(paragraph.split("\n")))
        record.paragraphs = body
        if not record.title and not body:
            raise ValueError(message("the document has neither headline nor text"))
        return record.document(segment, self.export_file)
