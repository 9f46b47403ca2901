"""Text sources and their selections, read into articles and annotations."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import PurePosixPath

from lxml import etree

from annotary.domain.messages import message
from annotary.domain.models import Annotation, Article, Kind, QuoteType, new_id, now_iso

from .archive import QdpxArchive
from .common import iso_date_or_none, normalise_guid
from .grouping import CodedSpan, group_codings
from .positions import RawSelection, Reading, SourcePositions
from .project_notes import (
    ProjectNote,
    article_notes,
    linked_notes,
    project_memo,
    read_notes,
    set_collections,
)
from .segments import join_segments
from .xmlutil import attr, child, children, localname

CONTEXT = 32  # characters of prefix and suffix kept around an imported selection
_VALUE_TAGS = ("TextValue", "DateValue", "DateTimeValue", "IntegerValue", "FloatValue")
_METADATA = ("outlet", "author", "published", "url", "language")


def _raw_text(el: etree._Element | None) -> str | None:
    if el is None:
        return None
    return "".join(el.itertext())


def _int(value: str | None) -> int | None:
    try:
        return int((value or "").strip())
    except ValueError:
        return None


@dataclass(slots=True)
class SourceReader:
    archive: QdpxArchive
    root: etree._Element
    users: dict[str, str]
    variables: dict[str, str]
    quote_types: dict[str, str | None]
    mentions: set[str]
    speaker_codes: dict[str, str]
    theme_ids: set[str]
    speaker_by_selection: dict[str, str]
    warnings: list[str]
    origin: str = ""
    group_codings: bool = True  # False for Annotary's own exports: one selection each
    notes: dict[str, ProjectNote] = field(default_factory=dict)
    used_notes: set[str] = field(default_factory=set)
    source_notes: dict[str, list[str]] = field(default_factory=dict)  # article -> note guids
    article_notes: dict[str, str] = field(default_factory=dict)  # article id -> its note
    memo: str = ""
    source_ids: dict[str, str] = field(default_factory=dict)  # source guid -> article id
    links: dict[str, list[str]] = field(default_factory=dict)  # selection guid -> note guids
    _by_hash: dict[str, str] = field(default_factory=dict)
    articles: list[Article] = field(default_factory=list)
    annotations: list[Annotation] = field(default_factory=list)
    _seen: set[str] = field(default_factory=set)
    _unknown_codes: set[str] = field(default_factory=set)
    _unknown_variables: set[str] = field(default_factory=set)
    # reading -> (source title, why) of the sources whose positions it converted
    _converted: dict[str, list[tuple[str, str]]] = field(default_factory=dict)

    def read_all(self) -> tuple[list[Article], list[Annotation]]:
        self.notes = read_notes(self.root, self.archive)
        self.links = linked_notes(self.root, self.notes)
        sources = child(self.root, "Sources")
        for el in sources if sources is not None else ():
            kind = localname(el)
            name = attr(el, "name") or attr(el, "guid") or "?"
            if kind == "TextSource":
                self._text_source(el, el)
            elif kind == "PDFSource":
                rep = child(el, "Representation")
                if rep is None:
                    self.warnings.append(
                        message(
                            "PDF source {name} skipped: it has no plain-text representation",
                            name=repr(name),
                        )
                    )
                    continue
                pdf_selections = len(list(children(el, "PDFSelection")))
                if pdf_selections:
                    self.warnings.append(
                        message(
                            "PDF source {name}: 1 area selection on pages skipped; "
                            "selections in its text are imported",
                            name=repr(name),
                        )
                        if pdf_selections == 1
                        else message(
                            "PDF source {name}: {count} area selections on pages skipped; "
                            "selections in its text are imported",
                            name=repr(name),
                            count=pdf_selections,
                        )
                    )
                self._text_source(rep, el)
            elif kind:
                self.warnings.append(
                    message(
                        "{kind} {name} skipped: Annotary imports text only",
                        kind=kind,
                        name=repr(name),
                    )
                )
        for reading, sources in self._converted.items():
            self.warnings.append(_converted_line(reading, sources))
        if self._unknown_codes:
            unknown = len(self._unknown_codes)
            self.warnings.append(
                message(
                    "1 coding refer to codes missing from the codebook; those codings were dropped"
                )
                if unknown == 1
                else message(
                    "{count} codings refer to codes missing from the codebook; "
                    "those codings were dropped",
                    count=unknown,
                )
            )
        if self._unknown_variables:
            shown = ", ".join(sorted(self._unknown_variables))
            self.warnings.append(
                message("source variables not imported (no matching field): {names}", names=shown)
            )
        self._sets_and_notes()
        texts = {article.id: article.text for article in self.articles}
        self.annotations = join_segments(self.annotations, texts)
        return self.articles, self.annotations

    def _sets_and_notes(self) -> None:
        member_of = set_collections(self.root, self.source_ids, self.warnings)
        self.articles = [
            replace(a, collections=tuple(member_of[a.id])) if a.id in member_of else a
            for a in self.articles
        ]
        own = not self.group_codings
        self.article_notes = article_notes(self.notes, self.source_notes, own_export=own)
        referenced = {guid for guids in self.source_notes.values() for guid in guids}
        self.memo, in_memo = project_memo(
            self.root, self.notes, self.used_notes | referenced, own_export=own
        )
        if own:  # Annotary's own memo and notes: nothing converted
            return
        if in_memo:
            self.warnings.append(
                message(
                    "1 project note (memos, journals, the project description) added to the "
                    "project memo, each under its name as a heading"
                )
                if in_memo == 1
                else message(
                    "{count} project notes (memos, journals, the project description) added "
                    "to the project memo, each under its name as a heading",
                    count=in_memo,
                )
            )
        if self.article_notes:
            noted = len(self.article_notes)
            self.warnings.append(
                message("the notes on 1 source became the articles' notes")
                if noted == 1
                else message("the notes on {count} sources became the articles' notes", count=noted)
            )

    def _source_text(self, el: etree._Element, name: str) -> str | None:
        inline = _raw_text(child(el, "PlainTextContent"))
        if inline is not None:
            return inline
        path = attr(el, "plainTextPath")
        if path:
            text, note = self.archive.read_text(path)
            if text is None:
                self.warnings.append(
                    message("source {name} skipped: {why}", name=repr(name), why=note)
                )
            elif note:
                self.warnings.append(
                    message("source {name}: text {note}", name=repr(name), note=note)
                )
            return text
        if attr(el, "richTextPath"):
            self.warnings.append(
                message(
                    "source {name} skipped: it has only a rich-text (DOCX) version and no "
                    "plain text",
                    name=repr(name),
                )
            )
        else:
            self.warnings.append(message("source {name} skipped: it has no text", name=repr(name)))
        return None

    def _title(self, el: etree._Element, outer: etree._Element) -> str:
        """The source's name; without one, the file name its text is stored under."""
        title = (attr(outer, "name") or attr(el, "name") or "").strip()
        if title:
            return title
        path = (attr(el, "plainTextPath") or attr(outer, "path") or "").replace("\\", "/")
        file_name = PurePosixPath(path.split("://")[-1]).name
        if file_name.lower().endswith(".txt"):
            file_name = file_name[:-4]
        return file_name.strip() or "Untitled source"

    def _text_source(self, el: etree._Element, outer: etree._Element) -> None:
        title = self._title(el, outer)
        raw = self._source_text(el, title)
        if raw is None:
            return
        original = normalise_guid(attr(outer, "guid")) or normalise_guid(attr(el, "guid"))
        guid = original
        if guid is None or guid in self._seen:
            guid = new_id()
        self._seen.add(guid)
        if original:
            self.source_ids[original] = guid
        for ref in children(outer, "NoteRef"):
            target = normalise_guid(attr(ref, "targetGUID"))
            if target:
                self.source_notes.setdefault(guid, []).append(target)
        positions = SourcePositions(raw)
        text = positions.text
        selections = list(children(el, "PlainTextSelection"))
        raw_sel = [
            RawSelection(s, e, attr(sel, "name"))
            for sel in selections
            if (s := _int(attr(sel, "startPosition"))) is not None
            and (e := _int(attr(sel, "endPosition"))) is not None
        ]
        choice = positions.choose(raw_sel, self.origin)
        if choice.worth_reporting and choice.converted and not choice.guess:
            # Settled by the evidence: said once for all the sources read the same way.
            self._converted.setdefault(choice.reading.describe(), []).append((title, choice.why))
        elif choice.worth_reporting:
            self.warnings.append(
                message(
                    "source {name}: positions converted: read as {reading} ({why})",
                    name=repr(title),
                    reading=choice.reading.describe(),
                    why=choice.why,
                )
                if choice.converted
                else message(
                    "source {name}: positions: read as {reading} ({why})",
                    name=repr(title),
                    reading=choice.reading.describe(),
                    why=choice.why,
                )
            )
        metadata = self._metadata([el, outer] if el is not outer else [el], title)
        now = now_iso()
        sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
        twin = self._by_hash.get(sha)
        if twin is not None:
            self.warnings.append(
                message(
                    "sources {first} and {second} have the same text; kept as two articles",
                    first=repr(twin),
                    second=repr(title),
                )
            )
        self._by_hash.setdefault(sha, title)
        self.articles.append(
            Article(
                id=guid,
                title=title,
                text=text,
                text_sha256=sha,
                source_format="qdpx",
                imported_at=now,
                modified_at=now,
                outlet=metadata.get("outlet"),
                author=metadata.get("author"),
                published=metadata.get("published"),
                url=metadata.get("url"),
                language=metadata.get("language"),
            )
        )
        read = [
            r
            for sel in selections
            if (r := self._selection(sel, title, positions, choice.reading)) is not None
        ]
        groups = group_codings(read) if self.group_codings else read
        for coded in groups:
            self._annotation(coded, guid, text)
        whole = len(list(children(el, "Coding")))
        if whole:
            self.warnings.append(
                message(
                    "source {name}: 1 coding of the whole source skipped "
                    "(Annotary codes spans of text)",
                    name=repr(title),
                )
                if whole == 1
                else message(
                    "source {name}: {count} codings of the whole source skipped "
                    "(Annotary codes spans of text)",
                    name=repr(title),
                    count=whole,
                )
            )

    def _metadata(self, elements: Iterable[etree._Element], title: str) -> dict[str, str]:
        found: dict[str, str] = {}
        for el in elements:
            for vv in children(el, "VariableValue"):
                ref = child(vv, "VariableRef")
                target = normalise_guid(attr(ref, "targetGUID")) if ref is not None else None
                name = self.variables.get(target or "", "")
                value = next(
                    (t.strip() for tag in _VALUE_TAGS if (t := _raw_text(child(vv, tag)))), None
                )
                if not value:
                    continue
                if name not in _METADATA:
                    self._unknown_variables.add(name or "(unnamed)")
                    continue
                if name == "published":
                    date = iso_date_or_none(value[:10])
                    if date is None:
                        self.warnings.append(
                            message(
                                "source {name}: published value {value} is not a date; dropped",
                                name=repr(title),
                                value=repr(value),
                            )
                        )
                        continue
                    value = date
                found.setdefault(name, value)
        return found

    def _selection(
        self, sel: etree._Element, title: str, positions: SourcePositions, reading: Reading
    ) -> CodedSpan | None:
        start = _int(attr(sel, "startPosition"))
        end = _int(attr(sel, "endPosition"))
        label = attr(sel, "name") or attr(sel, "guid") or "?"
        if start is None or end is None:
            self.warnings.append(
                message(
                    "source {name}: selection {label} skipped: its positions are missing or "
                    "not numbers",
                    name=repr(title),
                    label=repr(label),
                )
            )
            return None
        span = positions.span(start, end, reading)
        if span is None:
            self.warnings.append(
                message(
                    "source {name}: selection {label} skipped: span {start}-{end} is outside "
                    "the text (length {length})",
                    name=repr(title),
                    label=repr(label),
                    start=start,
                    end=end,
                    length=len(positions.text),
                )
            )
            return None
        guid = normalise_guid(attr(sel, "guid"))
        original = guid
        if guid is None or guid in self._seen:
            guid = new_id()
        self._seen.add(guid)
        codes: list[str] = []
        for coding in children(sel, "Coding"):
            for ref in children(coding, "CodeRef"):
                target = normalise_guid(attr(ref, "targetGUID"))
                if target and target not in codes:
                    codes.append(target)
        notes = [n.strip() for n in [_raw_text(child(sel, "Description"))] if n and n.strip()]
        refs = [normalise_guid(attr(ref, "targetGUID")) or "" for ref in children(sel, "NoteRef")]
        for target in refs + self.links.get(original or "", []):
            self.used_notes.add(target)
            note = self.notes.get(target)
            if note and note.text not in notes:
                notes.append(note.text)
        coder_guid = normalise_guid(attr(sel, "creatingUser"))
        if coder_guid is None:
            first = child(sel, "Coding")
            coder_guid = normalise_guid(attr(first, "creatingUser")) if first is not None else None
        created = attr(sel, "creationDateTime") or ""
        return CodedSpan(
            id=guid,
            start=span[0],
            end=span[1],
            codes=tuple(codes),
            notes=tuple(notes),
            coder=self.users.get(coder_guid or ""),
            created=created,
            modified=attr(sel, "modifiedDateTime") or created,
            speaker=self.speaker_by_selection.get(original or ""),
        )

    def _annotation(self, coded: CodedSpan, article: str, text: str) -> None:
        kind: Kind = "passage"
        quote_type: QuoteType | None = None
        speaker = coded.speaker
        themes: list[str] = []
        for code in coded.codes:
            if code in self.quote_types:
                kind = "quote"
                found = self.quote_types[code]
                if found == "direct":
                    quote_type = "direct"
                elif found == "indirect":
                    quote_type = "indirect"
            elif code in self.mentions:
                kind = "speaker" if kind == "passage" else kind
            elif code in self.speaker_codes:
                speaker = speaker or self.speaker_codes[code]
            elif code in self.theme_ids:
                if code not in themes:
                    themes.append(code)
            else:
                self._unknown_codes.add(code)
        start, end = coded.start, coded.end
        self.annotations.append(
            Annotation(
                id=coded.id,
                article=article,
                kind=kind,
                start=start,
                end=end,
                exact=text[start:end],
                prefix=text[max(0, start - CONTEXT) : start],
                suffix=text[end : end + CONTEXT],
                speaker=speaker,
                themes=tuple(themes),
                note="\n\n".join(coded.notes) or None,
                quote_type=quote_type,
                coder=coded.coder,
                created=coded.created,
                modified=coded.modified,
            )
        )


def _converted_line(reading: str, sources: list[tuple[str, str]]) -> str:
    """One report line for the sources whose positions one reading converted."""
    if len(sources) == 1:
        ((title, why),) = sources
        return message(
            "source {name}: positions converted: read as {reading} ({why})",
            name=repr(title),
            reading=reading,
            why=why,
        )
    shown = ", ".join(repr(title) for title, _why in sources[:3])
    if len(sources) > 3:
        return message(
            "{count} sources: positions converted: read as {reading}, the reading that "
            "puts their selections on word boundaries ({names} and {more} more)",
            count=len(sources),
            reading=reading,
            names=shown,
            more=len(sources) - 3,
        )
    return message(
        "{count} sources: positions converted: read as {reading}, the reading that "
        "puts their selections on word boundaries ({names})",
        count=len(sources),
        reading=reading,
        names=shown,
    )
