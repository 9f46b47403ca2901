"""Write a Bundle as a REFI-QDA project exchange file (.qdpx): project.qde + sources/.

Positions are Unicode code points over the article's canonical text, whose line
endings are "\\n"; the text files in ``sources/`` are exactly that text in UTF-8 (no
BOM), so every position counts characters of the file as written.
"""

from __future__ import annotations

import zipfile
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from lxml import etree

from annotary import __version__
from annotary.domain.messages import message
from annotary.domain.models import Annotation, Article, Bundle, Speaker, Theme, now_iso
from annotary.formats.atomic import atomic_path

from .cases import case_element, speaker_description
from .codebook import code_element, theme_codes, unique_code_names
from .common import (
    ARTICLE_VARIABLES,
    DIRECT_GUID,
    DIRECT_NAME,
    INDIRECT_GUID,
    INDIRECT_NAME,
    MEMO_GUID,
    MEMO_NAME,
    MENTIONS_GUID,
    MENTIONS_NAME,
    PROJECT_NS,
    QUOTES_GUID,
    QUOTES_NAME,
    SPEAKER_VARIABLES,
    SPEAKERS_GUID,
    SPEAKERS_NAME,
    article_note_guid,
    derived_guid,
    guid_for,
    iso_date_or_none,
    segment_guid,
    speaker_code_guid,
    user_guid,
    variable_guid,
    xml_text,
    xsd_datetime_or_none,
)

NS = PROJECT_NS
NAME_LENGTH = 60  # a selection's name is the start of its text, as ATLAS.ti writes it

_KIND_CODES = {"direct": DIRECT_GUID, "indirect": INDIRECT_GUID}


def _el(parent: etree._Element, tag: str, **attrs: str) -> etree._Element:
    el = etree.SubElement(parent, f"{{{NS}}}{tag}")
    for key, value in attrs.items():
        el.set(key, value)
    return el


def _selection_name(exact: str) -> str:
    flat = " ".join(exact.split())
    return flat if len(flat) <= NAME_LENGTH else flat[: NAME_LENGTH - 1].rstrip() + "…"


def _note(guid: str, name: str, text: str, modified: str | None) -> etree._Element:
    """A ``<Note>`` holding ``text`` inline (notes are short; no file in sources/)."""
    note = etree.Element(f"{{{NS}}}Note")
    note.set("guid", guid)
    note.set("name", xml_text(name))
    if modified:
        note.set("modifiedDateTime", modified)
    _el(note, "PlainTextContent").text = xml_text(text)
    return note


class _ProjectBuilder:
    """Collects the XML of one export while the articles stream past."""

    def __init__(
        self,
        speakers: Sequence[Speaker],
        themes: Sequence[Theme],
        notes: dict[str, str] | None = None,
    ) -> None:
        self.article_notes = notes or {}
        self.notes: list[etree._Element] = []  # the <Note> of each article note
        self.speakers = {s.id: s for s in speakers}
        self.theme_ids = {t.id for t in themes}
        self.coders: set[str] = set()
        self.case_sources: dict[str, list[str]] = defaultdict(list)
        self.case_selections: dict[str, list[str]] = defaultdict(list)
        self.sources: list[etree._Element] = []
        self.warnings: list[str] = []
        self.names: dict[str, str] = {}  # theme / speaker id -> unique code name

    def add_article(self, article: Article, annotations: list[Annotation]) -> None:
        guid = guid_for(article.id)
        source = etree.Element(f"{{{NS}}}TextSource")
        source.set("guid", guid)
        source.set("name", xml_text(article.title))
        source.set("plainTextPath", f"internal://{guid}.txt")
        created = xsd_datetime_or_none(article.imported_at)
        if created:
            source.set("creationDateTime", created)
        modified = xsd_datetime_or_none(article.modified_at)
        if modified:
            source.set("modifiedDateTime", modified)
        annotations.sort(key=lambda a: (a.start, a.end, a.id))
        for annotation in annotations:
            for selection in self._selections(article, annotation):
                source.append(selection)
        note = self.article_notes.get(article.id)
        if note:
            note_guid = article_note_guid(guid)
            self.notes.append(_note(note_guid, f"Note on {article.title}", note, modified))
            _el(source, "NoteRef", targetGUID=note_guid)
        for name, _type in ARTICLE_VARIABLES:
            value = getattr(article, name)
            if name == "published" and value is not None and iso_date_or_none(value) is None:
                self.warnings.append(
                    message(
                        "article {title}: published date {value} is not YYYY-MM-DD; left out",
                        title=repr(article.title),
                        value=repr(value),
                    )
                )
                continue
            if value:
                vv = _el(source, "VariableValue")
                _el(vv, "VariableRef", targetGUID=variable_guid(name))
                tag = "DateValue" if name == "published" else "TextValue"
                _el(vv, tag).text = xml_text(value)
        self.sources.append(source)

    def _selections(self, article: Article, a: Annotation) -> list[etree._Element]:
        """One selection per segment of ``a``, each with the same codings (REFI-QDA has
        no selection in parts); the first has the annotation's GUID and its note, the
        others GUIDs derived from it (see ``segment_guid``), which is how a re-import
        into Annotary knows them for parts of one annotation."""
        where = message("annotation {id} in {title}", id=a.id, title=repr(article.title))
        if a.status != "anchored":
            self.warnings.append(
                message("{where}: orphaned (its text changed); not exported", where=where)
            )
            return []
        if not 0 <= a.start < a.end <= len(article.text):
            self.warnings.append(
                message(
                    "{where}: span {start}-{end} is outside the text; skipped",
                    where=where,
                    start=a.start,
                    end=a.end,
                )
            )
            return []
        first = guid_for(a.id)
        return [
            self._selection(article, a, s.start, s.end, segment_guid(first, index), index == 0)
            for index, s in enumerate(a.segments)
        ]

    def _selection(
        self, article: Article, a: Annotation, start: int, end: int, guid: str, first: bool
    ) -> etree._Element:
        where = message("annotation {id} in {title}", id=a.id, title=repr(article.title))
        sel = etree.Element(f"{{{NS}}}PlainTextSelection")
        sel.set("guid", guid)
        sel.set("name", xml_text(_selection_name(article.text[start:end])))
        sel.set("startPosition", str(start))
        sel.set("endPosition", str(end))
        created = xsd_datetime_or_none(a.created)
        user = user_guid(a.coder) if a.coder else None
        if user:
            self.coders.add(a.coder or "")
            sel.set("creatingUser", user)
        if created:
            sel.set("creationDateTime", created)
        modified = xsd_datetime_or_none(a.modified)
        if modified and modified != created:
            if user:
                sel.set("modifyingUser", user)
            sel.set("modifiedDateTime", modified)
        if a.note and first:
            _el(sel, "Description").text = xml_text(a.note)
        codes: list[str] = []
        if a.kind == "quote":
            codes.append(_KIND_CODES.get(a.quote_type or "", QUOTES_GUID))
        elif a.kind == "speaker":
            codes.append(MENTIONS_GUID)
        if a.speaker is not None:
            if a.speaker in self.speakers:
                codes.append(speaker_code_guid(a.speaker))
                if guid_for(article.id) not in self.case_sources[a.speaker]:
                    self.case_sources[a.speaker].append(guid_for(article.id))
                self.case_selections[a.speaker].append(guid)
            elif first:
                self.warnings.append(
                    message(
                        "{where}: its speaker {speaker} is not exported",
                        where=where,
                        speaker=a.speaker,
                    )
                )
        for theme in a.themes:
            if theme in self.theme_ids:
                codes.append(guid_for(theme))
            elif first:
                self.warnings.append(
                    message(
                        "{where}: theme {theme} is not exported; coding dropped",
                        where=where,
                        theme=theme,
                    )
                )
        for code in codes:
            coding = _el(sel, "Coding", guid=derived_guid(f"coding:{guid}:{code}"))
            if user:
                coding.set("creatingUser", user)
            if created:
                coding.set("creationDateTime", created)
            _el(coding, "CodeRef", targetGUID=code)
        return sel

    def project(
        self, name: str, origin: str, themes: Sequence[Theme], memo: str = ""
    ) -> etree._Element:
        root = etree.Element(f"{{{NS}}}Project", nsmap={None: NS})
        root.set("name", xml_text(name))
        root.set("origin", xml_text(origin))
        root.set("creationDateTime", now_iso())
        if self.coders:
            users = _el(root, "Users")
            for coder in sorted(self.coders):
                _el(users, "User", guid=user_guid(coder), name=xml_text(coder))
        codes = _el(_el(root, "CodeBook"), "Codes")
        self.names, warnings = unique_code_names(
            themes, list(self.speakers.values()), speaker_folder=SPEAKERS_NAME
        )
        self.warnings.extend(warnings)
        elements, warnings = theme_codes(NS, themes, self.names)
        self.warnings.extend(warnings)
        codes.extend(elements)
        codes.extend(self._annotary_codes())
        variables = _el(root, "Variables")
        for var, kind in ARTICLE_VARIABLES:
            _el(variables, "Variable", guid=variable_guid(var), name=var, typeOfVariable=kind)
        for var in SPEAKER_VARIABLES:
            _el(variables, "Variable", guid=variable_guid(var), name=var, typeOfVariable="Text")
        if self.speakers:
            cases = _el(root, "Cases")
            for speaker in self.speakers.values():
                cases.append(
                    case_element(
                        NS,
                        speaker,
                        self.case_sources.get(speaker.id, []),
                        self.case_selections.get(speaker.id, []),
                    )
                )
        if self.sources:
            _el(root, "Sources").extend(self.sources)
        if memo:
            self.notes.insert(0, _note(MEMO_GUID, MEMO_NAME, memo, None))
        if self.notes:
            _el(root, "Notes").extend(self.notes)
        _el(root, "Description").text = (
            "Exported from Annotary. Text positions count Unicode code points over the "
            'UTF-8 text files in sources/, whose line endings are "\\n".'
        )
        if memo:  # the spec's way of saying a note is about the project as a whole
            _el(root, "NoteRef", targetGUID=MEMO_GUID)
        return root

    def _annotary_codes(self) -> list[etree._Element]:
        quotes = code_element(
            NS, QUOTES_GUID, QUOTES_NAME, description="Quotes attributed to a speaker."
        )
        quotes.append(code_element(NS, DIRECT_GUID, DIRECT_NAME))
        quotes.append(code_element(NS, INDIRECT_GUID, INDIRECT_NAME))
        mentions = code_element(
            NS, MENTIONS_GUID, MENTIONS_NAME, description="Places where a speaker is named."
        )
        out = [quotes, mentions]
        if self.speakers:
            folder = code_element(
                NS,
                SPEAKERS_GUID,
                SPEAKERS_NAME,
                codable=False,
                description="One code per speaker; the speakers are also cases.",
            )
            for speaker in self.speakers.values():
                folder.append(
                    code_element(
                        NS,
                        speaker_code_guid(speaker.id),
                        self.names.get(speaker.id, speaker.name),
                        description=speaker_description(speaker),
                    )
                )
            out.append(folder)
        return out


def write_qdpx(
    bundle: Bundle,
    path: Path,
    *,
    project_name: str,
    origin: str = f"Annotary {__version__}",
) -> list[str]:
    """Write ``bundle`` to ``path`` as a .qdpx, atomically (temporary file, then rename).

    Articles are streamed: each text goes into the archive as it comes and is not kept.
    Returns warnings naming what was left out and why (orphaned annotations, spans
    outside the text, references to records not in the bundle).
    """
    path = Path(path)
    themes = list(bundle.themes)
    builder = _ProjectBuilder(list(bundle.speakers), themes, bundle.notes)
    by_article: dict[str, list[Annotation]] = defaultdict(list)
    for annotation in bundle.annotations:
        by_article[annotation.article].append(annotation)
    with atomic_path(path) as tmp, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
        for article in bundle.articles:
            guid = guid_for(article.id)
            zf.writestr(f"sources/{guid}.txt", article.text.encode("utf-8"))
            builder.add_article(article, by_article.pop(article.id, []))
        for article_id, missing in by_article.items():
            builder.warnings.append(
                message(
                    "1 annotation of article {article}, which is not in the export, skipped",
                    article=article_id,
                )
                if len(missing) == 1
                else message(
                    "{count} annotations of article {article}, which is not in the export, skipped",
                    count=len(missing),
                    article=article_id,
                )
            )
        root = builder.project(project_name, origin, themes, bundle.memo)
        zf.writestr(
            "project.qde",
            etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True),
        )
    return builder.warnings
