"""Speakers as REFI-QDA cases (and as codes under "Speakers"), both ways.

A speaker is written twice so every tool shows it: as a ``<Case>`` (GUID = speaker
id; role, affiliation and aliases as case variables and in the description; a
``<SelectionRef>`` to every quote and mention attributed to the speaker, a
``<SourceRef>`` to every article they appear in) and as a code under the "Speakers"
code that those selections are also coded with (the case holds a ``<CodeRef>`` to it).
On import the case's SelectionRefs decide; the speaker code is the fallback.
"""

from __future__ import annotations

from collections.abc import Iterable

from lxml import etree

from annotary.domain.models import Speaker

from .common import guid_for, normalise_guid, speaker_code_guid, variable_guid, xml_text
from .xmlutil import attr, child, child_text, children

_LABELS = (("role", "Role"), ("affiliation", "Affiliation"), ("aliases", "Aliases"))


def speaker_description(speaker: Speaker) -> str | None:
    """Human-readable details, one ``Label: value`` line each (aliases joined by "; ")."""
    lines = []
    if speaker.role:
        lines.append(f"Role: {speaker.role}")
    if speaker.affiliation:
        lines.append(f"Affiliation: {speaker.affiliation}")
    if speaker.aliases:
        lines.append("Aliases: " + "; ".join(speaker.aliases))
    return "\n".join(lines) or None


def _variable_value(ns: str, name: str, value: str) -> etree._Element:
    vv = etree.Element(f"{{{ns}}}VariableValue")
    etree.SubElement(vv, f"{{{ns}}}VariableRef").set("targetGUID", variable_guid(name))
    etree.SubElement(vv, f"{{{ns}}}TextValue").text = xml_text(value)
    return vv


def case_element(
    ns: str, speaker: Speaker, sources: Iterable[str], selections: Iterable[str]
) -> etree._Element:
    """The ``<Case>`` for ``speaker`` referring to the given source and selection GUIDs."""
    case = etree.Element(f"{{{ns}}}Case")
    case.set("guid", guid_for(speaker.id))
    case.set("name", xml_text(speaker.name))
    description = speaker_description(speaker)
    if description:
        etree.SubElement(case, f"{{{ns}}}Description").text = xml_text(description)
    etree.SubElement(case, f"{{{ns}}}CodeRef").set("targetGUID", speaker_code_guid(speaker.id))
    if speaker.role:
        case.append(_variable_value(ns, "role", speaker.role))
    if speaker.affiliation:
        case.append(_variable_value(ns, "affiliation", speaker.affiliation))
    if speaker.aliases:
        # One alias a line: aliases are names, they never hold a line break.
        case.append(_variable_value(ns, "aliases", "\n".join(speaker.aliases)))
    for source in sources:
        etree.SubElement(case, f"{{{ns}}}SourceRef").set("targetGUID", source)
    for selection in selections:
        etree.SubElement(case, f"{{{ns}}}SelectionRef").set("targetGUID", selection)
    return case


def _split_aliases(value: str, separators: str) -> tuple[str, ...]:
    for sep in separators:
        value = value.replace(sep, "\n")
    return tuple(a.strip() for a in value.split("\n") if a.strip())


def _parse_description(text: str | None) -> dict[str, str]:
    found: dict[str, str] = {}
    for line in (text or "").splitlines():
        label, sep, value = line.partition(":")
        if not sep:
            continue
        for key, shown in _LABELS:
            if label.strip().lower() == shown.lower() and value.strip():
                found[key] = value.strip()
    return found


def speaker_from_case(
    case: etree._Element, variable_names: dict[str, str], fallback_id: str
) -> Speaker:
    """A Speaker from an Annotary-style case: variables first, then description lines."""
    values: dict[str, str] = {}
    for vv in children(case, "VariableValue"):
        ref = child(vv, "VariableRef")
        target = normalise_guid(attr(ref, "targetGUID")) if ref is not None else None
        name = variable_names.get(target or "", "")
        value = child_text(vv, "TextValue")
        if name in ("role", "affiliation", "aliases") and value:
            values[name] = value
    described = _parse_description(child_text(case, "Description"))
    from_variables = set(values)
    for key, value in described.items():
        values.setdefault(key, value)
    aliases: tuple[str, ...] = ()
    if "aliases" in values:
        # Variables hold one alias a line; the description joins them with "; ".
        separators = "" if "aliases" in from_variables else ";"
        aliases = _split_aliases(values["aliases"], separators)
    name = (attr(case, "name") or "").strip() or "(unnamed speaker)"
    return Speaker(
        id=normalise_guid(attr(case, "guid")) or fallback_id,
        name=name,
        role=values.get("role"),
        affiliation=values.get("affiliation"),
        aliases=aliases,
    )


def case_refs(case: etree._Element, name: str) -> list[str]:
    """The normalised targets of the case's ``<name>`` references (e.g. SelectionRef)."""
    out = []
    for ref in children(case, name):
        target = normalise_guid(attr(ref, "targetGUID"))
        if target:
            out.append(target)
    return out
