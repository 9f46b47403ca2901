"""Factiva exports (RTF, HTML and text forms), read from their text.

Each document ends with its identifier line, ``Document RVLDG00020250303el3300005``.
In the article form (Factiva's default) a document is::

    Council backs the harbour plan       <- headline (one paragraph, may wrap)
    By Maria Okafor                      <- byline, when there is one
    734 words
    3 March 2025
    16:05                                <- time, sometimes
    The Riverton Ledger                  <- source
    RVLDG                                <- source code
    Final / A12                          <- edition and page, sometimes
    English
    Copyright 2025 Riverton Ledger Ltd. All Rights Reserved.
    <lead paragraph>
    <text paragraphs>
    Document RVLDG00020250303el3300005

The word-count line anchors the header: what comes before it is the headline
(and byline), what comes after it up to the copyright line is the date, source,
page and language. The form "with indexing" writes each field after a two-letter
code (HD, BY, WC, PD, SN, SC, PG, LA, CY, LP, TD, AN ...), which is read too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from annotary.domain.messages import message, message_of
from annotary.formats.dates import parse_date
from annotary.formats.document import (
    Cancelled,
    DocumentFailure,
    ImportedDocument,
    check_cancelled,
)
from annotary.formats.news_record import NewsRecord, language_code

DOCUMENT_ID = re.compile(
    r"^[ \t]*(?:AN[ \t]+)?Document[ \t]+([A-Za-z0-9]{16,40})[ \t]*$", re.MULTILINE
)
_WORDS = re.compile(r"^(\d[\d,.]*)\s+(?:words?|Wörter|mots|palabras|字)$", re.IGNORECASE)
_TIME = re.compile(r"^\d{1,2}:\d{2}(?:\s*(?:GMT|UTC|[AP]M|[A-Z]{2,4}))?$")
_CODE = re.compile(r"^[A-Z0-9]{2,10}$")
_PAGE = re.compile(r"^(?:Page\s+|Pg\.?\s*|p\.\s*)?([A-Z]?\d{1,4}[A-Z]?)$", re.IGNORECASE)
_COPYRIGHT = re.compile(r"^(?:copyright\b|©|\(c\)\s*\d{4}|all rights reserved)", re.IGNORECASE)
_BY = re.compile(r"^(?:by|von|par|por)\s+\S", re.IGNORECASE)
_FIELD_CODE = re.compile(
    r"^(HD|CLM|SE|BY|CR|WC|PD|ET|SN|SC|ED|PG|LA|CY|LP|TD|CT|RF|CO|IN|NS|RE|IPC|IPD|PUB|AN)(?:\s+|$)(.*)$"
)


_WORDS_LINE = re.compile(
    r"^[ \t]*(?:WC[ \t]+)?\d[\d,.]*[ \t]+(?:words?|Wörter|mots|palabras|字)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def looks_like_factiva(text: str) -> bool:
    """True when documents end with "Document <identifier>" and state their word count."""
    return DOCUMENT_ID.search(text) is not None and _WORDS_LINE.search(text) is not None


def _paragraphs(segment: str) -> list[list[str]]:
    out: list[list[str]] = []
    for block in re.split(r"\n[ \t]*\n", segment):
        lines = [" ".join(line.split()) for line in block.split("\n")]
        lines = [line for line in lines if line]
        if lines:
            out.append(lines)
    return out


class FactivaReader:
    """The documents of one Factiva export's text, one at a time."""

    database = "Factiva"

    def __init__(self, text: str, export_file: str | None, source_format: str = "factiva") -> None:
        self.text = text
        self.export_file = export_file
        self.source_format = source_format

    def segments(self) -> Iterator[tuple[str, str | None]]:
        """(document text, its identifier); text after the last identifier is a footer."""
        start = 0
        for m in DOCUMENT_ID.finditer(self.text):
            yield self.text[start : m.end()], m.group(1)
            start = m.end()
        tail = self.text[start:]
        if tail.strip() and _WORDS_LINE.search(tail):
            yield tail, None  # a last document without its identifier line

    def documents(
        self, cancelled: Cancelled | None = None
    ) -> Iterator[ImportedDocument | DocumentFailure]:
        for number, (segment, doc_id) in enumerate(self.segments(), start=1):
            check_cancelled(cancelled)
            try:
                yield self.parse(number, segment, doc_id)
            except ValueError as exc:
                yield DocumentFailure(number, message_of(exc))

    def parse(self, number: int, segment: str, doc_id: str | None) -> ImportedDocument:
        body_text = DOCUMENT_ID.sub("", segment)
        record = NewsRecord(self.database, self.source_format, number, source_id=doc_id)
        if re.search(r"^\s*(?:HD|WC)\s", body_text, re.MULTILINE):
            self._coded(record, body_text)
        else:
            self._article_form(record, body_text)
        if not record.title and not record.paragraphs:
            raise ValueError(message("the document has neither headline nor text"))
        return record.document(segment.strip("\n"), self.export_file)

    def _article_form(self, record: NewsRecord, text: str) -> None:
        paragraphs = _paragraphs(text)
        lines = [(i, line) for i, para in enumerate(paragraphs) for line in para]
        wc = next((k for k, (_, line) in enumerate(lines) if _WORDS.match(line)), None)
        if wc is None:
            raise ValueError(message('no word count line ("734 words") in the document'))
        record.length = lines[wc][1]
        before = lines[:wc]
        # Headline: the first paragraph; a byline follows it (its own paragraph or "By ...").
        if before:
            first_para = before[0][0]
            head = [line for i, line in before if i == first_para]
            more = [line for i, line in before if i != first_para]
            if not more and len(head) > 1 and _BY.match(head[-1]):
                more = [head.pop()]
            while len(head) > 1 and _BY.match(head[-1]):
                more.insert(0, head.pop())
            record.title = " ".join(head)
            if more:
                record.author = more[-1]
        after = lines[wc + 1 :]
        k = 0
        header: list[str] = []
        while k < len(after) and not _COPYRIGHT.match(after[k][1]):
            header.append(after[k][1])
            k += 1
            if len(header) > 8:  # no copyright line: the header ends at the language
                break
        if k < len(after) and _COPYRIGHT.match(after[k][1]):
            copyright_para = after[k][0]
            k += 1
            while k < len(after) and after[k][0] == copyright_para:
                k += 1  # the copyright notice may run over lines
        else:
            # Without a copyright line, the header is what reaches the language line.
            at = next((j for j, h in enumerate(header) if language_code(h)), None)
            if at is None:
                raise ValueError(message("no source and language lines after the word count"))
            k = at + 1
            header = header[: at + 1]
        self._header(record, header)
        body: dict[int, list[str]] = {}
        for i, line in after[k:]:
            body.setdefault(i, []).append(line)
        record.paragraphs = [" ".join(v) for v in body.values()]

    def _header(self, record: NewsRecord, header: list[str]) -> None:
        rest = list(header)
        if rest and parse_date(rest[0]):
            record.date_text = rest.pop(0)
        if rest and _TIME.match(rest[0]):
            rest.pop(0)
        if rest and not language_code(rest[0]):
            record.outlet = rest.pop(0)
        if rest and _CODE.match(rest[0]) and not language_code(rest[0]):
            rest.pop(0)  # the source code, e.g. RVLDG
        for line in rest:
            if language_code(line) and len(line) <= 30:
                record.language = line
            elif _PAGE.match(line) and record.page is None:
                record.page = _PAGE.match(line).group(1)  # type: ignore[union-attr]
            elif record.section is None and len(line) <= 60:
                record.section = line

    def _coded(self, record: NewsRecord, text: str) -> None:
        fields: dict[str, list[str]] = {}
        code = None
        for raw in text.split("\n"):
            line = raw.strip()
            m = _FIELD_CODE.match(line)
            if m:
                code = m.group(1)
                fields.setdefault(code, [])
                line = m.group(2).strip()
                if not line:
                    fields[code].append("")
                    continue
            if code is None:
                continue
            fields[code].append(line)

        def joined(key: str) -> str | None:
            value = " ".join(" ".join(fields.get(key, [])).split())
            return value or None

        def paras(key: str) -> list[str]:
            out: list[str] = []
            current: list[str] = []
            for line in fields.get(key, []):
                if line:
                    current.append(line)
                elif current:
                    out.append(" ".join(current))
                    current = []
            if current:
                out.append(" ".join(current))
            return out

        record.title = joined("HD")
        record.author = joined("BY")
        record.length = joined("WC")
        record.date_text = joined("PD")
        record.outlet = joined("SN")
        record.section = joined("SE") or joined("CLM")
        record.page = joined("PG")
        record.language = joined("LA")
        record.source_id = record.source_id or joined("AN")
        if record.source_id and record.source_id.startswith("Document "):
            record.source_id = record.source_id[len("Document ") :].strip()
        record.paragraphs = paras("LP") + paras("TD")
