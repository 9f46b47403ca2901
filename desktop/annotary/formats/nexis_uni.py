"""Nexis Uni exports (DOCX, and their PDF and RTF forms), read from their paragraphs.

A file is a cover page (User Name, Date and Time, Job Number, Documents (N), a
numbered table of contents, Client/Matter, Search Terms ...), then documents each
ending with "End of Document"::

    Council backs the harbour plan       <- title
    The Riverton Ledger                  <- outlet
    Monday, March 3, 2025 2:15 PM GMT    <- date line, with weekday and time
    Copyright 2025 Riverton Ledger Ltd All Rights Reserved
    Section: NATIONAL; Pg. 12
    Length: 734 words
    Byline: Maria Okafor
    Dateline: RIVERTON
    Body
    <paragraphs>
    Classification
    Language: ENGLISH
    Publication-Type: Newspaper
    Subject: ...
    Load-Date: March 4, 2025
    End of Document

Only the body paragraphs are text; every other line is metadata or dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from annotary.domain.messages import message, message_of
from annotary.formats.dates import parse_date
from annotary.formats.document import (
    Cancelled,
    DocumentFailure,
    ImportedDocument,
    check_cancelled,
)
from annotary.formats.news_record import NewsRecord

END = "End of Document"
_WEEKDAY_DATE = re.compile(
    r"^(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
    r"(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\.?\s+[A-Za-zäé]+\.?\s+\d{4})"
)
_COVER = re.compile(
    r"^(?:User Name|Date and Time|Job Number|Client/Matter|Search Terms|Search Type|"
    r"Narrowed by|Content Type|Documents \(\d+\)|\d{1,5}\.\s|[A-Z][A-Za-z /]{1,30}:)",
)
_LABEL = re.compile(r"^([A-Z][A-Za-z\-]{1,24}):\s*(.*)$", re.DOTALL)
_COPYRIGHT = re.compile(r"^(?:copyright\b|©|\(c\)\s*\d{4})", re.IGNORECASE)
# The labelled fields kept, by the name NewsRecord.keep gives them.
_FIELDS = {
    "byline": "author",
    "section": "section",
    "length": "length",
    "language": "language",
    "load-date": "load_date",
}
_KNOWN = frozenset(
    {
        "section",
        "length",
        "byline",
        "dateline",
        "highlight",
        "language",
        "publication-type",
        "subject",
        "organization",
        "geographic",
        "person",
        "industry",
        "company",
        "ticker",
        "load-date",
        "graphic",
        "correction",
        "correction-date",
        "notes",
        "document-type",
        "journal-code",
        "edition",
        "url",
    }
)


def looks_like_nexis_uni(paragraphs: Sequence[str]) -> bool:
    return any(p.strip() == END for p in paragraphs)


def _label(paragraph: str) -> tuple[str, str] | None:
    m = _LABEL.match(paragraph)
    if not m or m.group(1).lower() not in _KNOWN:
        return None
    return m.group(1).lower(), " ".join(m.group(2).split())


class NexisUniReader:
    """The documents of a Nexis Uni export, from its paragraphs in order."""

    database = "Nexis Uni"

    def __init__(
        self, paragraphs: Sequence[str], export_file: str | None, source_format: str
    ) -> None:
        self.paragraphs = paragraphs
        self.export_file = export_file
        self.source_format = source_format

    def segments(self) -> Iterator[list[str]]:
        current: list[str] = []
        for paragraph in self.paragraphs:
            if paragraph.strip() == END:
                yield current
                current = []
            else:
                current.append(paragraph)

    def documents(
        self, cancelled: Cancelled | None = None
    ) -> Iterator[ImportedDocument | DocumentFailure]:
        for number, segment in enumerate(self.segments(), start=1):
            check_cancelled(cancelled)
            try:
                yield self.parse(number, segment, first=number == 1)
            except ValueError as exc:
                yield DocumentFailure(number, message_of(exc))

    def parse(self, number: int, segment: list[str], first: bool) -> ImportedDocument:
        paras = [" ".join(p.split()) for p in segment if p.strip()]
        date_at = next((i for i, p in enumerate(paras) if _WEEKDAY_DATE.match(p)), None)
        if date_at is None or date_at < 1:
            raise ValueError(message("no title, outlet and date line at the start of the document"))
        start = 0
        if first:
            # Skip the cover page and table of contents before the title.
            for i in range(date_at - 2):  # the title, at least, is not cover
                if _COVER.match(paras[i]) or _label(paras[i]) is not None:
                    start = i + 1
        record = NewsRecord(self.database, self.source_format, number)
        record.outlet = paras[date_at - 1]
        record.title = " ".join(paras[start : date_at - 1]) or None
        record.date_text = paras[date_at]
        body: list[str] = []
        in_body = False
        in_classification = False
        for p in paras[date_at + 1 :]:
            if p == "Body" and not in_body:
                in_body = True
                continue
            if p == "Classification":
                in_classification, in_body = True, False
                continue
            lab = _label(p)
            if lab is not None and (not in_body or lab[0] in ("load-date", "graphic")):
                record.keep(_FIELDS.get(lab[0], ""), lab[1])
                continue
            if in_body:
                body.append(p)
            elif _COPYRIGHT.match(p) or in_classification:
                continue
        record.paragraphs = body
        if not record.title and not body:
            raise ValueError(message("the document has neither title nor text"))
        if parse_date(record.date_text) is None:
            raise ValueError(
                message("the date line cannot be read: {line}", line=repr(record.date_text))
            )
        return record.document("\n\n".join([*segment[start:], END]), self.export_file)
