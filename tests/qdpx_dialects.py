"""Write .qdpx projects the way other tools write them, for import tests.

Nothing here uses Annotary's exporter: each file is built from a plain description
(sources, the text each selection must give, its codes) in one tool's dialect, with the
habits those tools are known for:

- NVivo (Windows): text files with "\\r\\n" counted as two positions, positions in UTF-16
  code units (an emoji counts two), upper-case GUIDs, one ``PlainTextSelection`` per code
  applied to a span, cases linked to text by codings that refer to the case's GUID;
- QualCoder: one selection per code, the selection ``name`` is its whole text, categories
  are ``isCodable="false"`` codes, text files UTF-8 with a BOM, cases with only a name,
  a description and variables, new GUIDs on every export;
- MAXQDA: text files with "\\r\\n" counted as one, document sets (``<Sets>`` of
  ``MemberSource``), upper-case GUIDs, sources named after their file;
- ATLAS.ti: "\\r\\n" counted as one, selection names are the start of their text, memos
  as ``<Notes>`` and code groups as sets of ``MemberCode``.

:func:`qualcoder_reexport` rewrites a .qdpx as QualCoder exports a project it imported.
"""

from __future__ import annotations

import uuid
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

NS = "urn:QDA-XML:project:1.0"
_GUIDS = uuid.UUID("0c0ffee0-1234-5678-9abc-def012345678")


def guid(key: str, *, upper: bool = False) -> str:
    value = str(uuid.uuid5(_GUIDS, key))
    return value.upper() if upper else value


@dataclass(frozen=True)
class Coded:
    """A span the tool coded: the text it must give, its codes (paths such as
    "Economy/Other", or "case:Name" for a case), the coder and a memo."""

    quote: str
    codes: tuple[str, ...]
    coder: str = "Ana Kovač"
    note: str | None = None
    nth: int = 0  # which occurrence of ``quote`` in the text


@dataclass(frozen=True)
class Source:
    key: str
    name: str | None
    text: str  # with "\n" line endings; the dialect decides what is written
    coded: tuple[Coded, ...] = ()
    file_name: str | None = None  # default: <guid>.txt


@dataclass(frozen=True)
class Case:
    name: str
    description: str | None = None
    link: str = "coding"  # "coding" (codings refer to the case), "selection-ref", "none"


@dataclass(frozen=True)
class Dialect:
    origin: str
    crlf: bool = False  # text files written with "\r\n"
    crlf_counts_two: bool = False
    utf16: bool = False
    bom: bool = False
    per_code: bool = True  # one PlainTextSelection per code
    upper_guids: bool = False
    folder: str = "sources"
    selection_names: str = "none"  # "none", "text" (whole text), "start" (first words)


NVIVO = Dialect(
    "NVivo 12.6 (Windows)",
    crlf=True,
    crlf_counts_two=True,
    utf16=True,
    upper_guids=True,
    folder="Sources",
)
QUALCODER = Dialect("QualCoder 3.6", bom=True, selection_names="text")
MAXQDA = Dialect("MAXQDA 2022 (Release 22.7.0)", crlf=True, bom=True, upper_guids=True)
ATLAS = Dialect("ATLAS.ti Windows 23.2.1", crlf=True, per_code=False, selection_names="start")


@dataclass
class ProjectSpec:
    sources: Sequence[Source]
    codes: Sequence[tuple[str, bool]]  # (path "Parent/Child", codable), parents first
    cases: Sequence[Case] = ()
    sets: Sequence[tuple[str, Sequence[str], Sequence[str]]] = ()  # name, sources, codes
    # name, text, and what it is about: None (nothing refers to it, as ATLAS.ti and
    # QualCoder write memos), "project" (a project-level NoteRef, the specification's
    # way), a source key, or "selection:<source key>:<n>" (the n-th coded span of that
    # source, linked to it)
    notes: Sequence[tuple[str, str, str | None]] = ()
    description: str | None = None
    code_guids: dict[str, str] = field(default_factory=dict)


def position(text: str, offset: int, dialect: Dialect) -> int:
    """``offset`` (code points over ``text`` with "\\n") as the tool writes it."""
    prefix = text[:offset]
    if dialect.crlf and dialect.crlf_counts_two:
        prefix = prefix.replace("\n", "\r\n")
    if dialect.utf16:
        return len(prefix.encode("utf-16-le")) // 2
    return len(prefix)


def span_of(text: str, coded: Coded) -> tuple[int, int]:
    start = -1
    for _ in range(coded.nth + 1):
        start = text.index(coded.quote, start + 1)
    return start, start + len(coded.quote)


def _el(parent: etree._Element, tag: str, **attrs: str) -> etree._Element:
    el = etree.SubElement(parent, f"{{{NS}}}{tag}")
    for key, value in attrs.items():
        el.set(key, value)
    return el


def _name(dialect: Dialect, quote: str) -> str | None:
    if dialect.selection_names == "text":
        return quote
    if dialect.selection_names == "start":
        words = " ".join(quote.split())
        return words if len(words) <= 30 else words[:30] + "…"
    return None


def write_project(path: Path, spec: ProjectSpec, dialect: Dialect) -> Path:
    """Write ``spec`` as ``dialect`` writes a project; returns ``path``."""
    up = dialect.upper_guids

    def g(key: str) -> str:
        return guid(f"{dialect.origin}:{key}", upper=up)

    root = etree.Element(f"{{{NS}}}Project", nsmap={None: NS})
    root.set("name", "Interviews")
    root.set("origin", dialect.origin)
    coders = sorted({c.coder for s in spec.sources for c in s.coded})
    users = _el(root, "Users")
    for coder in coders:
        _el(users, "User", guid=g(f"user:{coder}"), name=coder)
    codes_el = _el(_el(root, "CodeBook"), "Codes")
    placed: dict[str, etree._Element] = {}
    for code_path, codable in spec.codes:
        parent_path, _, name = code_path.rpartition("/")
        parent = placed[parent_path] if parent_path else codes_el
        spec.code_guids[code_path] = g(f"code:{code_path}")
        placed[code_path] = _el(
            parent,
            "Code",
            guid=spec.code_guids[code_path],
            name=name,
            isCodable="true" if codable else "false",
        )
    case_guids = {c.name: g(f"case:{c.name}") for c in spec.cases}
    selection_refs: dict[str, list[str]] = {c.name: [] for c in spec.cases}
    sources_el = etree.Element(f"{{{NS}}}Sources")
    files: dict[str, str] = {}
    for source in spec.sources:
        source_guid = g(f"source:{source.key}")
        file_name = source.file_name or f"{source_guid}.txt"
        attrs = {"guid": source_guid, "plainTextPath": f"internal://{file_name}"}
        if source.name is not None:
            attrs["name"] = source.name
        el = _el(sources_el, "TextSource", **attrs)
        for n, coded in enumerate(source.coded):
            start, end = span_of(source.text, coded)
            groups = [(c,) for c in coded.codes] if dialect.per_code else [coded.codes]
            for m, group in enumerate(groups):
                sel_guid = g(f"selection:{source.key}:{n}:{m}")
                sel_attrs = {
                    "guid": sel_guid,
                    "startPosition": str(position(source.text, start, dialect)),
                    "endPosition": str(position(source.text, end, dialect)),
                    "creatingUser": g(f"user:{coded.coder}"),
                    "creationDateTime": f"2024-08-16T10:{n % 60:02d}:00Z",
                }
                name = _name(dialect, coded.quote)
                if name is not None:
                    sel_attrs["name"] = name
                sel = _el(el, "PlainTextSelection", **sel_attrs)
                if coded.note:
                    _el(sel, "Description").text = coded.note
                for code in group:
                    if code.startswith("case:"):
                        case = next(c for c in spec.cases if c.name == code[5:])
                        if case.link == "selection-ref":
                            selection_refs[case.name].append(sel_guid)
                            continue
                        target = case_guids[case.name]
                    else:
                        target = spec.code_guids[code]
                    coding = _el(
                        sel,
                        "Coding",
                        guid=g(f"coding:{sel_guid}:{code}"),
                        creatingUser=g(f"user:{coded.coder}"),
                    )
                    _el(coding, "CodeRef", targetGUID=target)
        raw = source.text.replace("\n", "\r\n") if dialect.crlf else source.text
        files[f"{dialect.folder}/{file_name}"] = raw
    if spec.cases:
        cases_el = _el(root, "Cases")
        for case in spec.cases:
            case_el = _el(cases_el, "Case", guid=case_guids[case.name], name=case.name)
            if case.description:
                _el(case_el, "Description").text = case.description
            for ref in selection_refs[case.name]:
                _el(case_el, "SelectionRef", targetGUID=ref)
    root.append(sources_el)
    links: list[tuple[str, str]] = []
    project_refs: list[str] = []
    if spec.notes:
        notes_el = _el(root, "Notes")
        for name, text, about in spec.notes:
            note_guid = g(f"note:{name}")
            _el(notes_el, "Note", guid=note_guid, name=name).append(_plain(text))
            if about == "project":
                project_refs.append(note_guid)
            elif about is not None and about.startswith("selection:"):
                # NVivo: an annotation is a note linked to the selection it annotates.
                links.append((note_guid, g(f"{about}:0")))
            elif about is not None:
                source_el = next(s for s in sources_el if s.get("guid") == g(f"source:{about}"))
                _insert_source_note_ref(source_el, note_guid)
    if links:
        links_el = _el(root, "Links")
        for note_guid, target in links:
            _el(
                links_el,
                "Link",
                guid=g(f"link:{note_guid}"),
                direction="OneWay",
                originGUID=note_guid,
                targetGUID=target,
            )
    if spec.sets:
        sets_el = _el(root, "Sets")
        for name, source_keys, code_paths in spec.sets:
            set_el = _el(sets_el, "Set", guid=g(f"set:{name}"), name=name)
            for code_path in code_paths:
                _el(set_el, "MemberCode", targetGUID=spec.code_guids[code_path])
            for key in source_keys:
                _el(set_el, "MemberSource", targetGUID=g(f"source:{key}"))
    if spec.description:
        _el(root, "Description").text = spec.description
    for note_guid in project_refs:  # after the description, as the schema orders them
        _el(root, "NoteRef", targetGUID=note_guid)
    _write_zip(path, root, files, dialect.bom)
    return path


def _plain(text: str) -> etree._Element:
    el = etree.Element(f"{{{NS}}}PlainTextContent")
    el.text = text
    return el


def _insert_source_note_ref(source_el: etree._Element, note_guid: str) -> None:
    ref = etree.Element(f"{{{NS}}}NoteRef")
    ref.set("targetGUID", note_guid)
    source_el.append(ref)  # after the selections, as the schema orders them


def _write_zip(path: Path, root: etree._Element, files: dict[str, str], bom: bool) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("project.qde", etree.tostring(root, xml_declaration=True, encoding="utf-8"))
        for name, text in files.items():
            zf.writestr(name, text.encode("utf-8-sig" if bom else "utf-8"))


def qde(path: Path) -> etree._Element:
    with zipfile.ZipFile(path) as zf:
        name = next(n for n in zf.namelist() if n.lower().endswith(".qde"))
        return etree.fromstring(zf.read(name))


def qualcoder_reexport(source: Path, target: Path) -> Path:
    """``source`` as QualCoder 3.6 exports it after importing it.

    QualCoder keeps codes, categories, cases (name, description, variables), coders,
    source texts, selection memos and the project memo, gives everything new GUIDs, and
    writes one ``PlainTextSelection`` per code applied to a span, named with its text.
    Its cases refer to no selection and no code.
    """
    old = qde(source)
    new: dict[str, str] = {}

    def renew(value: str | None) -> str:
        key = (value or "").strip("{}").lower()
        if key not in new:
            new[key] = str(uuid.uuid4())
        return new[key]

    def q(tag: str) -> str:
        return f"{{{NS}}}{tag}"

    root = etree.Element(q("Project"), nsmap={None: NS})
    root.set("name", old.get("name") or "project")
    root.set("origin", QUALCODER.origin)
    users = old.find(q("Users"))
    if users is not None:
        users_el = _el(root, "Users")
        for user in users:
            _el(users_el, "User", guid=renew(user.get("guid")), name=user.get("name") or "")

    def copy_code(code: etree._Element, parent: etree._Element) -> None:
        el = _el(
            parent,
            "Code",
            guid=renew(code.get("guid")),
            name=code.get("name") or "",
            isCodable=code.get("isCodable") or "true",
        )
        if code.get("color"):
            el.set("color", code.get("color") or "")
        description = code.find(q("Description"))
        if description is not None and description.text:
            _el(el, "Description").text = description.text
        for sub in code.findall(q("Code")):
            copy_code(sub, el)

    codes_el = _el(_el(root, "CodeBook"), "Codes")
    for code in old.find(q("CodeBook")).find(q("Codes")):  # type: ignore[union-attr]
        copy_code(code, codes_el)
    variables = old.find(q("Variables"))
    if variables is not None:
        variables_el = _el(root, "Variables")
        for var in variables:
            _el(
                variables_el,
                "Variable",
                guid=renew(var.get("guid")),
                name=var.get("name") or "",
                typeOfVariable=var.get("typeOfVariable") or "Text",
            )

    def copy_values(old_el: etree._Element, new_el: etree._Element) -> None:
        for vv in old_el.findall(q("VariableValue")):
            vv_el = _el(new_el, "VariableValue")
            ref = vv.find(q("VariableRef"))
            _el(
                vv_el,
                "VariableRef",
                targetGUID=renew(ref.get("targetGUID") if ref is not None else None),
            )
            for value in vv:
                if value.tag != q("VariableRef"):
                    _el(vv_el, etree.QName(value).localname).text = value.text

    cases = old.find(q("Cases"))
    if cases is not None:
        cases_el = _el(root, "Cases")
        for case in cases:
            case_el = _el(
                cases_el, "Case", guid=renew(case.get("guid")), name=case.get("name") or ""
            )
            description = case.find(q("Description"))
            _el(case_el, "Description").text = description.text if description is not None else None
            copy_values(case, case_el)
    files: dict[str, str] = {}
    with zipfile.ZipFile(source) as zf:
        texts = {n.rsplit("/", 1)[-1]: zf.read(n).decode("utf-8-sig") for n in zf.namelist()}
    sources_el = _el(root, "Sources")
    for src in old.find(q("Sources")):  # type: ignore[union-attr]
        src_guid = renew(src.get("guid"))
        text = texts[(src.get("plainTextPath") or "").rsplit("/", 1)[-1]]
        el = _el(
            sources_el,
            "TextSource",
            guid=src_guid,
            name=src.get("name") or "",
            plainTextPath=f"internal://{src_guid}.txt",
        )
        for sel in src.findall(q("PlainTextSelection")):
            start, end = int(sel.get("startPosition") or 0), int(sel.get("endPosition") or 0)
            description = sel.find(q("Description"))
            for coding in sel.findall(q("Coding")):
                ref = coding.find(q("CodeRef"))
                attrs = {
                    "guid": str(uuid.uuid4()),
                    "startPosition": str(start),
                    "endPosition": str(end),
                    "name": text[start:end],
                }
                if sel.get("creatingUser"):
                    attrs["creatingUser"] = renew(sel.get("creatingUser"))
                if sel.get("creationDateTime"):
                    attrs["creationDateTime"] = sel.get("creationDateTime") or ""
                new_sel = _el(el, "PlainTextSelection", **attrs)
                if description is not None and description.text:
                    _el(new_sel, "Description").text = description.text
                new_coding = _el(new_sel, "Coding", guid=str(uuid.uuid4()))
                if sel.get("creatingUser"):
                    new_coding.set("creatingUser", renew(sel.get("creatingUser")))
                _el(
                    new_coding,
                    "CodeRef",
                    targetGUID=renew(ref.get("targetGUID") if ref is not None else None),
                )
        copy_values(src, el)
        files[f"sources/{src_guid}.txt"] = text
    description = old.find(q("Description"))
    if description is not None and description.text:
        _el(root, "Description").text = description.text
    _write_zip(target, root, files, bom=True)
    return target
