"""Themes as REFI-QDA codes: the code tree of a project and stand-alone .qdc codebooks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import BinaryIO

from lxml import etree

from annotary.domain.codebook import PATH_SEPARATOR, theme_path
from annotary.domain.errors import InvalidInputError
from annotary.domain.messages import message
from annotary.domain.models import Bundle, Speaker, Theme, new_id

from .common import (
    CODEBOOK_NS,
    guid_for,
    normalise_guid,
    rgb_or_none,
    six_digit_color,
    xml_text,
)
from .xmlutil import attr, child, child_text, children, localname, namespace, parse_xml

DEFAULT_COLOR = "#4e79a7"  # the default of Theme.color


def code_element(
    ns: str,
    guid: str,
    name: str,
    *,
    codable: bool = True,
    color: str | None = None,
    description: str | None = None,
) -> etree._Element:
    """One ``<Code>`` (no parent yet); attributes in the order the tools write them."""
    el = etree.Element(f"{{{ns}}}Code")
    el.set("guid", guid_for(guid))
    el.set("name", xml_text(name))
    el.set("isCodable", "true" if codable else "false")
    rgb = rgb_or_none(color)
    if rgb is not None:
        el.set("color", rgb)
    if description:
        etree.SubElement(el, f"{{{ns}}}Description").text = xml_text(description)
    return el


def order_themes(themes: Sequence[Theme]) -> tuple[dict[str | None, list[Theme]], list[str]]:
    """Themes grouped by parent (``None`` = top level), siblings by position then name.

    A theme whose parent is missing, or that sits in a parent cycle, goes to the top
    level; the second value says which.
    """
    by_id = {t.id: t for t in themes}
    warnings: list[str] = []
    tree: dict[str | None, list[Theme]] = {}
    for theme in themes:
        parent = theme.parent
        if parent is not None and parent not in by_id:
            warnings.append(
                message(
                    "theme {name}: its parent is missing; exported at top level",
                    name=repr(theme.name),
                )
            )
            parent = None
        elif parent is not None and _in_cycle(theme, by_id):
            warnings.append(
                message(
                    "theme {name}: its parents form a cycle; exported at top level",
                    name=repr(theme.name),
                )
            )
            parent = None
        tree.setdefault(parent, []).append(theme)
    for siblings in tree.values():
        siblings.sort(key=lambda t: (t.position, t.name.casefold()))
    return tree, warnings


def _in_cycle(theme: Theme, by_id: dict[str, Theme]) -> bool:
    seen = {theme.id}
    current = theme.parent
    while current is not None and current in by_id:
        if current in seen:
            return True
        seen.add(current)
        current = by_id[current].parent
    return False


def unique_code_names(
    themes: Sequence[Theme],
    speakers: Sequence[Speaker] = (),
    *,
    speaker_folder: str = "Speakers",
) -> tuple[dict[str, str], list[str]]:
    """The name to write for each theme and speaker code (by id), unique in the codebook.

    QualCoder keeps code names unique: two themes called "Other" (under "Economy" and
    under "Environment") would arrive as one code and a coding would lose its code. A
    name used more than once is written with its path ("Economy › Other"; a speaker's
    code as "Speakers › Name"); the import takes the path off again. Names whose paths
    are the same too get " (2)", " (3)"...
    """
    by_id = {t.id: t for t in themes}
    entries: list[tuple[str, str, str]] = [(t.id, t.name, theme_path(by_id, t.id)) for t in themes]
    entries += [(s.id, s.name, f"{speaker_folder}{PATH_SEPARATOR}{s.name}") for s in speakers]
    uses: dict[str, int] = {}
    for name in (e[1] for e in entries):
        uses[name.casefold()] = uses.get(name.casefold(), 0) + 1
    names: dict[str, str] = {}
    written: set[str] = set()
    repeated: dict[str, list[str]] = {}
    for entry_id, name, path in entries:
        chosen = name
        if uses[name.casefold()] > 1:
            chosen = path if path.casefold() != name.casefold() else name
            repeated.setdefault(name, []).append(chosen)
        base, n = chosen, 2
        while chosen.casefold() in written:
            chosen, n = f"{base} ({n})", n + 1
        written.add(chosen.casefold())
        names[entry_id] = chosen
    warnings: list[str] = [
        message(
            "code name {name} is used {count} times; written as {written} so tools that "
            "need unique code names (QualCoder) keep every coding",
            name=repr(name),
            count=len(shown),
            written=", ".join(repr(names_) for names_ in shown),
        )
        for name, shown in repeated.items()
    ]
    return names, warnings


def theme_codes(
    ns: str, themes: Sequence[Theme], names: dict[str, str] | None = None
) -> tuple[list[etree._Element], list[str]]:
    """The top-level ``<Code>`` elements for ``themes``, children nested inside.

    ``names`` gives the name to write for a theme id (see :func:`unique_code_names`).
    """
    tree, warnings = order_themes(themes)
    written = names or {}
    for theme in themes:
        if rgb_or_none(theme.color) is None:
            warnings.append(
                message(
                    "theme {name}: colour {colour} is not #rrggbb; left out",
                    name=repr(theme.name),
                    colour=repr(theme.color),
                )
            )

    def build(theme: Theme) -> etree._Element:
        el = code_element(
            ns,
            theme.id,
            written.get(theme.id, theme.name),
            color=theme.color,
            description=theme.description,
        )
        for sub in tree.get(theme.id, []):
            el.append(build(sub))
        return el

    return [build(theme) for theme in tree.get(None, [])], warnings


@dataclass(frozen=True, slots=True)
class ParsedCode:
    guid: str
    name: str
    parent: str | None
    color: str | None
    description: str | None
    codable: bool
    position: int


def parse_codes(codes_el: etree._Element, warnings: list[str]) -> list[ParsedCode]:
    """Every ``<Code>`` under ``<Codes>``, depth first, with its parent's GUID.

    Missing or repeated GUIDs get a fresh id (and a warning); missing names become
    "(unnamed code)"; colours are kept as written (``#rgb`` widened to ``#rrggbb``).
    """
    out: list[ParsedCode] = []
    seen: set[str] = set()

    def walk(el: etree._Element, parent: str | None, path: str) -> None:
        for position, code in enumerate(children(el, "Code")):
            name = (attr(code, "name") or "").strip() or "(unnamed code)"
            # A name written with its path to keep it unique ("Economy › Other").
            if path and name.startswith(path + PATH_SEPARATOR):
                name = name[len(path) + len(PATH_SEPARATOR) :].strip() or name
            guid = normalise_guid(attr(code, "guid"))
            if guid is None or guid in seen:
                warnings.append(
                    message(
                        "code {name}: missing or repeated GUID; given a new one", name=repr(name)
                    )
                )
                guid = new_id()
            seen.add(guid)
            codable = (attr(code, "isCodable") or "true").strip().lower() not in ("false", "0")
            out.append(
                ParsedCode(
                    guid=guid,
                    name=name,
                    parent=parent,
                    color=six_digit_color(attr(code, "color")),
                    description=child_text(code, "Description"),
                    codable=codable,
                    position=position,
                )
            )
            walk(code, guid, f"{path}{PATH_SEPARATOR}{name}" if path else name)

    walk(codes_el, None, "")
    return out


def as_theme(code: ParsedCode, parent: str | None) -> Theme:
    return Theme(
        id=code.guid,
        name=code.name,
        parent=parent,
        color=code.color or DEFAULT_COLOR,
        description=code.description,
        position=code.position,
    )


def write_qdc(themes: Sequence[Theme], fp: BinaryIO, *, origin: str = "Annotary") -> list[str]:
    """Write ``themes`` as a REFI-QDA codebook (.qdc) to ``fp``.

    Returns warnings about what could not be written exactly (bad colours, orphans).
    Raises InvalidInputError when there is no theme: a codebook needs at least one code.
    """
    if not themes:
        raise InvalidInputError(message("codebook export: there are no themes to export"))
    root = etree.Element(f"{{{CODEBOOK_NS}}}CodeBook", nsmap={None: CODEBOOK_NS})
    root.set("origin", origin)
    codes = etree.SubElement(root, f"{{{CODEBOOK_NS}}}Codes")
    names, warnings = unique_code_names(themes)
    elements, more = theme_codes(CODEBOOK_NS, themes, names)
    warnings += more
    codes.extend(elements)
    fp.write(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))
    return warnings


def read_qdc(fp: BinaryIO, *, where: str = "codebook") -> Bundle:
    """Read a REFI-QDA codebook (.qdc) into a Bundle holding only themes and warnings.

    Raises InvalidInputError when the data is not XML or not a REFI-QDA codebook.
    """
    root = parse_xml(fp.read(), where)
    ns = namespace(root)
    if localname(root) != "CodeBook" or (ns and "QDA-XML" not in ns.upper()):
        raise InvalidInputError(
            message(
                "{where}: not a REFI-QDA codebook (root element is <{root}>, "
                "expected <CodeBook> in {namespace})",
                where=where,
                root=localname(root),
                namespace=CODEBOOK_NS,
            )
        )
    codes_el = child(root, "Codes")
    warnings: list[str] = []
    if codes_el is None:
        warnings.append(
            message("{where}: the codebook has no <Codes>; nothing imported", where=where)
        )
        return Bundle(themes=[], warnings=warnings)
    parsed = parse_codes(codes_el, warnings)
    return Bundle(themes=[as_theme(c, c.parent) for c in parsed], warnings=warnings)
