"""Notes and sets of a REFI-QDA project: memos become articles, document sets collections.

Annotary has no project memo. A ``<Note>`` that no selection refers to (an ATLAS.ti
memo, a QualCoder journal, an NVivo memo) and the project's ``<Description>`` when
another tool wrote it become articles of their own in the collection "Project notes":
they stay readable, searchable and can be annotated, and nothing is lost. A note a
source refers to is titled after that source. Notes selections refer to are those
selections' notes (see sources.py) and are not repeated here.

A ``<Set>`` of sources (a MAXQDA document set, an ATLAS.ti document group) becomes a
collection of the same name holding those articles. Sets of codes or notes have no
counterpart in Annotary and are named in a warning.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from lxml import etree

from annotary.domain.models import Article, new_id, now_iso
from annotary.domain.wording import count

from .archive import QdpxArchive
from .common import normalise_guid
from .xmlutil import attr, child, children

NOTES_COLLECTION = "Project notes"
# How the description Annotary writes begins: a tool that re-exports the project keeps it.
ANNOTARY_DESCRIPTION = "Exported from Annotary"


@dataclass(frozen=True, slots=True)
class ProjectNote:
    guid: str
    name: str
    text: str
    created: str


def _text_of(el: etree._Element | None) -> str | None:
    return None if el is None else "".join(el.itertext())


def read_notes(root: etree._Element, archive: QdpxArchive) -> dict[str, ProjectNote]:
    """Every ``<Note>`` with text, by GUID (inline ``PlainTextContent`` or a text file)."""
    found: dict[str, ProjectNote] = {}
    notes = child(root, "Notes")
    for note in children(notes, "Note") if notes is not None else ():
        guid = normalise_guid(attr(note, "guid"))
        text = _text_of(child(note, "PlainTextContent"))
        if text is None and attr(note, "plainTextPath"):
            text, _ = archive.read_text(attr(note, "plainTextPath") or "")
        if text is None or not text.strip():
            text = _text_of(child(note, "Description"))
        if guid and text and text.strip():
            name = (attr(note, "name") or "").strip()
            created = attr(note, "creationDateTime") or attr(note, "modifiedDateTime") or ""
            found[guid] = ProjectNote(guid, name, text.strip(), created)
    return found


def linked_notes(root: etree._Element, notes: dict[str, ProjectNote]) -> dict[str, list[str]]:
    """Other GUID -> notes joined to it by a ``<Link>`` (NVivo links an annotation's note
    to the selection it annotates); either end may be the note."""
    found: dict[str, list[str]] = {}
    links = child(root, "Links")
    for link in children(links, "Link") if links is not None else ():
        ends = [normalise_guid(attr(link, "originGUID")), normalise_guid(attr(link, "targetGUID"))]
        for note, other in (ends, ends[::-1]):
            if note in notes and other and other not in notes:
                found.setdefault(other, []).append(note)
    return found


def _note_article(guid: str, title: str, text: str, taken: set[str]) -> Article:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    now = now_iso()
    article_id = guid if guid not in taken else new_id()
    taken.add(article_id)
    return Article(
        id=article_id,
        title=title,
        text=text,
        text_sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        source_format="qdpx",
        imported_at=now,
        modified_at=now,
        collections=(NOTES_COLLECTION,),
    )


def note_articles(
    root: etree._Element,
    notes: dict[str, ProjectNote],
    used: set[str],
    source_notes: dict[str, str],
    taken: set[str],
    *,
    own_export: bool,
) -> list[Article]:
    """Articles for the notes no selection holds, and for another tool's project description.

    ``source_notes`` maps a note GUID to the title of the source that refers to it.
    """
    out: list[Article] = []
    for guid, note in notes.items():
        if guid in used:
            continue
        about = source_notes.get(guid)
        name = note.name or " ".join(note.text.split())[:60] or "Note"
        title = f"{name} (note on {about})" if about else name
        out.append(_note_article(guid, title, note.text, taken))
    description = _text_of(child(root, "Description"))
    if (
        not own_export
        and description
        and description.strip()
        and not description.strip().startswith(ANNOTARY_DESCRIPTION)
    ):
        out.append(_note_article(new_id(), "Project description", description.strip(), taken))
    return out


def set_collections(
    root: etree._Element, source_ids: dict[str, str], warnings: list[str]
) -> dict[str, list[str]]:
    """Article id -> names of the sets of sources it belongs to; other sets are warned."""
    sets = child(root, "Sets")
    found: dict[str, list[str]] = {}
    for el in children(sets, "Set") if sets is not None else ():
        name = (attr(el, "name") or "").strip() or "Unnamed set"
        members = [
            source_ids[target]
            for ref in children(el, "MemberSource")
            if (target := normalise_guid(attr(ref, "targetGUID"))) in source_ids
        ]
        codes = len(list(children(el, "MemberCode")))
        notes = len(list(children(el, "MemberNote")))
        if codes or notes:
            parts = (count(codes, "code") if codes else "", count(notes, "note") if notes else "")
            what = " and ".join(p for p in parts if p)
            warnings.append(
                f"set {name!r}: its {what} not grouped (Annotary groups only articles, "
                "in collections)"
            )
        if not members:
            if not (codes or notes):
                warnings.append(f"set {name!r} not imported: none of its sources was imported")
            continue
        for article in dict.fromkeys(members):
            found.setdefault(article, []).append(name)
    return found
