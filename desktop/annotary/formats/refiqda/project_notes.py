"""Notes and sets of a REFI-QDA project: notes become the memo and article notes,
document sets collections.

A ``<Note>`` a source refers to (``<NoteRef>`` in the source) is that article's note.
A ``<Note>`` nothing refers to or the project refers to (an ATLAS.ti memo, a QualCoder
journal, an NVivo memo, the "Project memo" Annotary writes) and the project's
``<Description>`` when another tool wrote it go to the project memo, each under its
name as a heading. Notes selections refer to are those selections' notes (see
sources.py) and are not repeated here. An Annotary export comes back exactly: its
memo note is the memo, each article's note that article's note, with no heading.

A ``<Set>`` of sources (a MAXQDA document set, an ATLAS.ti document group) becomes a
collection of the same name holding those articles. Sets of codes or notes have no
counterpart in Annotary and are named in a warning.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from annotary.domain.messages import message

from .archive import QdpxArchive
from .common import MEMO_GUID, MEMO_NAME, normalise_guid
from .xmlutil import attr, child, children

# How the description Annotary writes begins: a tool that re-exports the project keeps it.
ANNOTARY_DESCRIPTION = "Exported from Annotary"


@dataclass(frozen=True, slots=True)
class ProjectNote:
    guid: str
    name: str
    text: str  # without surrounding blank space
    created: str
    raw: str  # exactly as the file holds it (Annotary's own notes come back unchanged)


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
            found[guid] = ProjectNote(guid, name, text.strip(), created, text)
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


#: What a note or description from another tool is headed with in the memo.
HEADING = "## {name}"


def article_notes(
    notes: dict[str, ProjectNote], refs: dict[str, list[str]], *, own_export: bool
) -> dict[str, str]:
    """Article id -> its note: the notes its source refers to, joined by a blank line.

    ``refs`` maps an article id to the GUIDs of the notes its source refers to.
    """
    found: dict[str, str] = {}
    for article, guids in refs.items():
        held = [notes[g] for g in dict.fromkeys(guids) if g in notes]
        texts = [note.raw if own_export else note.text for note in held]
        if texts:
            found[article] = "\n\n".join(texts)
    return found


def project_memo(
    root: etree._Element,
    notes: dict[str, ProjectNote],
    taken: set[str],
    *,
    own_export: bool,
) -> tuple[str, int]:
    """The memo made of the notes not in ``taken`` (referred to by a source or a
    selection) and another tool's project description; and how many went into it.

    Each is headed by its name (:data:`HEADING`), in file order, the description
    last; Annotary's own memo note (named "Project memo") is the memo as it is,
    without a heading.
    """
    sections: list[str] = []
    for guid, note in notes.items():
        if guid in taken:
            continue
        if guid == MEMO_GUID or note.name == MEMO_NAME:
            # Annotary's memo, also after another tool re-keyed it: no heading, so
            # importing it back into the project it came from finds it already there.
            sections.append(note.raw if own_export else note.text)
            continue
        name = note.name or " ".join(note.text.split())[:60] or "Note"
        sections.append(f"{HEADING.format(name=name)}\n\n{note.text}")
    description = _text_of(child(root, "Description"))
    if (
        not own_export
        and description
        and description.strip()
        and not description.strip().startswith(ANNOTARY_DESCRIPTION)
    ):
        heading = HEADING.format(name="Project description")
        sections.append(f"{heading}\n\n{description.strip()}")
    return "\n\n".join(sections), len(sections)


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
            warnings.append(
                message(
                    "set {name}: its {what} not grouped (Annotary groups only articles, "
                    "in collections)",
                    name=repr(name),
                    what=_members(codes, notes),
                )
            )
        if not members:
            if not (codes or notes):
                warnings.append(
                    message(
                        "set {name} not imported: none of its sources was imported", name=repr(name)
                    )
                )
            continue
        for article in dict.fromkeys(members):
            found.setdefault(article, []).append(name)
    return found


def _members(codes: int, notes: int) -> str:
    """ "2 codes and 1 note": a set's members that Annotary does not group."""
    said_codes = (
        message("1 code") if codes == 1 else message("{count} codes", count=codes) if codes else ""
    )
    said_notes = (
        message("1 note") if notes == 1 else message("{count} notes", count=notes) if notes else ""
    )
    if said_codes and said_notes:
        return message("{codes} and {notes}", codes=said_codes, notes=said_notes)
    return said_codes or said_notes
