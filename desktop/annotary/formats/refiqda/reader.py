"""Read a REFI-QDA project exchange file (.qdpx) into a Bundle, leniently.

Annotary's own exports come back whole: its "Quotes" / "Speaker mentions" codes turn
selections back into quotes and speaker mentions, its cases back into speakers.
Selections from other tools become passages whose themes are their codes. Whatever
cannot be imported is skipped and named in ``Bundle.warnings``.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath

from lxml import etree

from annotary.domain.errors import InvalidInputError
from annotary.domain.messages import message
from annotary.domain.models import Bundle, Speaker, Theme, new_id

from .archive import QdpxArchive
from .cases import case_refs, speaker_from_case
from .codebook import ParsedCode, as_theme, parse_codes
from .common import (
    DIRECT_GUID,
    DIRECT_NAME,
    INDIRECT_GUID,
    INDIRECT_NAME,
    MENTIONS_GUID,
    MENTIONS_NAME,
    QUOTES_GUID,
    QUOTES_NAME,
    SPEAKERS_GUID,
    SPEAKERS_NAME,
    normalise_guid,
)
from .sources import SourceReader
from .xmlutil import attr, child, children, localname, namespace, parse_xml


@dataclass(slots=True)
class CodeRoles:
    """What each code GUID stands for once Annotary's own codes are recognised."""

    quote_types: dict[str, str | None] = field(default_factory=dict)  # guid -> quote_type
    mentions: set[str] = field(default_factory=set)
    speaker_codes: dict[str, str] = field(default_factory=dict)  # code guid -> speaker id
    themes: dict[str, Theme] = field(default_factory=dict)
    speaker_folder: set[str] = field(default_factory=set)  # "Speakers" and its codes
    speaker_folder_root: str | None = None
    names: dict[str, str] = field(default_factory=dict)  # code guid -> name
    annotary: bool = False


def _classify(codes: list[ParsedCode], origin: str) -> CodeRoles:
    roles = CodeRoles(names={c.guid: c.name for c in codes})
    by_guid = {c.guid: c for c in codes}
    roots = [c for c in codes if c.parent is None]

    def root_named(name: str) -> ParsedCode | None:
        return next((c for c in roots if c.name.casefold() == name.casefold()), None)

    def child_named(parent: ParsedCode, name: str) -> ParsedCode | None:
        return next(
            (c for c in codes if c.parent == parent.guid and c.name.casefold() == name.casefold()),
            None,
        )

    quotes = by_guid.get(QUOTES_GUID)
    if quotes is None:  # re-exported by a tool that gave new GUIDs: recognise by shape
        candidate = root_named(QUOTES_NAME)
        if candidate is not None and (
            child_named(candidate, DIRECT_NAME) or child_named(candidate, INDIRECT_NAME)
        ):
            quotes = candidate
    if quotes is not None:
        roles.quote_types[quotes.guid] = None
        direct = by_guid.get(DIRECT_GUID) or child_named(quotes, DIRECT_NAME)
        indirect = by_guid.get(INDIRECT_GUID) or child_named(quotes, INDIRECT_NAME)
        if direct is not None:
            roles.quote_types[direct.guid] = "direct"
        if indirect is not None:
            roles.quote_types[indirect.guid] = "indirect"
    # Names stand in for GUIDs only in an Annotary export another tool re-keyed; in
    # Annotary's own files a theme may well be called "Speakers" or "Speaker mentions".
    rekeyed = quotes is not None and quotes.guid != QUOTES_GUID
    mentions = by_guid.get(MENTIONS_GUID) or (root_named(MENTIONS_NAME) if rekeyed else None)
    if mentions is not None:
        roles.mentions.add(mentions.guid)
    roles.annotary = origin.strip().lower().startswith("annotary") or quotes is not None
    speakers = by_guid.get(SPEAKERS_GUID) or (root_named(SPEAKERS_NAME) if rekeyed else None)
    if speakers is None and not roles.annotary:
        # The "Speakers" category Annotary writes, kept by a tool that re-exported only
        # part of the project (no quotes): a non-codable top-level "Speakers" folder.
        folder = root_named(SPEAKERS_NAME)
        if folder is not None and not folder.codable:
            speakers = folder
    if speakers is not None:
        roles.speaker_folder_root = speakers.guid
        roles.speaker_folder.add(speakers.guid)
        roles.speaker_folder.update(c.guid for c in codes if c.parent == speakers.guid)
    reserved = set(roles.quote_types) | roles.mentions | roles.speaker_folder
    for code in codes:
        if code.guid in reserved:
            continue
        parent = code.parent if code.parent in by_guid and code.parent not in reserved else None
        roles.themes[code.guid] = as_theme(code, parent)
    return roles


def _own_export(origin: str, codes: list[ParsedCode]) -> bool:
    """True for a file Annotary wrote itself: one selection per annotation, nothing to join."""
    return origin.strip().lower().startswith("annotary") or any(
        c.guid == QUOTES_GUID for c in codes
    )


def _check_root(root: etree._Element, where: str) -> None:
    ns = namespace(root)
    if localname(root) != "Project" or (ns and "QDA-XML" not in ns.upper()):
        shown = f"<{localname(root)}> in {ns}" if ns else f"<{localname(root)}>"
        raise InvalidInputError(
            message(
                "{where}: not a REFI-QDA project (root element is {shown}, "
                "expected <Project> in urn:QDA-XML:project:1.0)",
                where=where,
                shown=shown,
            )
        )


def _users(root: etree._Element) -> dict[str, str]:
    users: dict[str, str] = {}
    users_el = child(root, "Users")
    for user in children(users_el, "User") if users_el is not None else ():
        guid = normalise_guid(attr(user, "guid"))
        name = (attr(user, "name") or attr(user, "id") or "").strip()
        if guid and name:
            users[guid] = name
    return users


def _variables(root: etree._Element) -> dict[str, str]:
    """Variable GUID -> lower-case name."""
    out: dict[str, str] = {}
    variables = child(root, "Variables")
    for var in children(variables, "Variable") if variables is not None else ():
        guid = normalise_guid(attr(var, "guid"))
        if guid:
            out[guid] = (attr(var, "name") or "").strip().lower()
    return out


def _coded_targets(root: etree._Element) -> set[str]:
    """Every GUID a coding in the sources refers to (NVivo codes a case's text with the
    case's own GUID)."""
    sources = child(root, "Sources")
    found: set[str] = set()
    for ref in sources.iter() if sources is not None else ():
        if localname(ref) == "CodeRef":
            target = normalise_guid(attr(ref, "targetGUID"))
            if target:
                found.add(target)
    return found


def _speakers(
    root: etree._Element, roles: CodeRoles, variables: dict[str, str], warnings: list[str]
) -> tuple[list[Speaker], dict[str, str]]:
    """Speakers from cases, and selection GUID -> speaker id from their SelectionRefs.

    In Annotary's own exports every case is a speaker. In other tools' projects a case
    may be a department or a site: only a case linked to text selections (by
    ``SelectionRef``, or by codings that refer to the case's GUID, as NVivo writes)
    stands for who speaks there; the others are named in a warning.
    """
    cases_el = child(root, "Cases")
    cases = list(children(cases_el, "Case")) if cases_el is not None else []
    if not roles.annotary:
        coded = _coded_targets(root) if cases else set()
        linked = [
            c
            for c in cases
            if case_refs(c, "SelectionRef") or normalise_guid(attr(c, "guid")) in coded
        ]
        rest = [c for c in cases if c not in linked]
        if rest:
            names = ", ".join(repr(attr(c, "name") or "?") for c in rest[:5])
            names += ", ..." if len(rest) > 5 else ""
            warnings.append(
                message(
                    "1 case not imported ({names}): a case from another tool becomes a "
                    "speaker only when it is linked to text selections",
                    names=names,
                )
                if len(rest) == 1
                else message(
                    "{count} cases not imported ({names}): a case from another tool becomes "
                    "a speaker only when it is linked to text selections",
                    count=len(rest),
                    names=names,
                )
            )
        for case in linked:
            guid = normalise_guid(attr(case, "guid"))
            if guid:
                roles.speaker_folder.add(guid)
                roles.themes.pop(guid, None)  # NVivo lists such a case as a code too
        cases = linked
    speakers: list[Speaker] = []
    by_selection: dict[str, str] = {}
    seen: set[str] = set()
    for case in cases:
        speaker = speaker_from_case(case, variables, new_id())
        if speaker.id in seen:
            warnings.append(
                message("case {name}: repeated GUID; given a new one", name=repr(speaker.name))
            )
            speaker = replace(speaker, id=new_id())
        seen.add(speaker.id)
        speakers.append(speaker)
        for code in case_refs(case, "CodeRef"):
            if code in roles.speaker_folder:
                roles.speaker_codes[code] = speaker.id
        own_guid = normalise_guid(attr(case, "guid"))
        if not roles.annotary and own_guid:
            roles.speaker_codes[own_guid] = speaker.id
        for selection in case_refs(case, "SelectionRef"):
            if selection in by_selection and by_selection[selection] != speaker.id:
                warnings.append(
                    message(
                        "selection {selection} belongs to several cases; kept the first speaker",
                        selection=selection,
                    )
                )
                continue
            by_selection[selection] = speaker.id
    # Speaker codes no case points to: match a speaker by name, or make one from the code.
    by_name = {s.name.casefold(): s.id for s in speakers}
    for code in roles.speaker_folder - set(roles.speaker_codes):
        if code == roles.speaker_folder_root or code not in roles.names:
            continue
        name = roles.names[code]
        if name.casefold() not in by_name:
            speaker = Speaker(id=new_id(), name=name)
            speakers.append(speaker)
            by_name[name.casefold()] = speaker.id
        roles.speaker_codes[code] = by_name[name.casefold()]
    return speakers, by_selection


_DRIVE = re.compile(r"^[A-Za-z]:")


def _refuse_escaping_entries(path: Path) -> None:
    """No tool writes an entry named ``/etc/x`` or ``../x``: such an archive is refused.

    A file that is not a zip is left to QdpxArchive, which says so.
    """
    try:
        with zipfile.ZipFile(path) as zf:
            names = zf.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return
    for name in names:
        unified = name.replace("\\", "/")
        if unified.startswith("/") or _DRIVE.match(unified) or ".." in PurePosixPath(unified).parts:
            shown = name if len(name) <= 80 else name[:79] + "…"
            raise InvalidInputError(
                message(
                    "{path}: not a usable REFI-QDA project (.qdpx): the entry {entry} "
                    "points outside the archive (an absolute or '..' path)",
                    path=str(path),
                    entry=repr(shown),
                )
            )


def read_qdpx(path: Path) -> Bundle:
    """Read a .qdpx into a Bundle (lists); ``warnings`` says what was skipped and why.

    Raises InvalidInputError when the file is not a zip, holds no project.qde, or its
    XML is malformed or not a REFI-QDA project.
    """
    path = Path(path)
    _refuse_escaping_entries(path)
    with QdpxArchive(path) as archive:
        qde_name, data = archive.project_xml()
        where = f"{path}: {qde_name}"
        root = parse_xml(data, where)
        _check_root(root, where)
        warnings: list[str] = []
        codebook = child(root, "CodeBook")
        codes_el = child(codebook, "Codes") if codebook is not None else None
        codes = parse_codes(codes_el, warnings) if codes_el is not None else []
        origin = attr(root, "origin") or ""
        roles = _classify(codes, origin)
        variables = _variables(root)
        speakers, by_selection = _speakers(root, roles, variables, warnings)
        own = _own_export(origin, codes)
        reader = SourceReader(
            archive=archive,
            root=root,
            users=_users(root),
            variables=variables,
            quote_types=roles.quote_types,
            mentions=roles.mentions,
            speaker_codes=roles.speaker_codes,
            theme_ids=set(roles.themes),
            speaker_by_selection=by_selection,
            warnings=warnings,
            origin="Annotary" if own else origin,
            group_codings=not own,
        )
        articles, annotations = reader.read_all()
    return Bundle(
        articles=articles,
        speakers=speakers,
        themes=list(roles.themes.values()),
        annotations=annotations,
        warnings=warnings,
        notes=reader.article_notes,
        memo=reader.memo,
    )
