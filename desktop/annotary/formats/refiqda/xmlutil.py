"""Namespace-tolerant reading of REFI-QDA XML: tools disagree on prefixes and namespaces."""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from annotary.domain.errors import InvalidInputError
from annotary.domain.messages import message


def parse_xml(data: bytes, where: str) -> etree._Element:
    """The root element of ``data``; InvalidInputError naming ``where`` and the line if broken.

    Entities are not resolved and nothing is fetched from the network.
    """
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, huge_tree=True, remove_comments=True
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        # exc.msg has no "(<string>, line 1)" tail; keep the message one short line.
        detail = " ".join(str(exc.msg or exc).split())
        detail = detail if len(detail) <= 200 else detail[:199] + "…"
        raise InvalidInputError(
            message("{where}: the XML is malformed ({detail})", where=where, detail=detail)
        ) from exc
    if root is None:
        raise InvalidInputError(message("{where}: the XML document is empty", where=where))
    return root


def localname(el: etree._Element) -> str:
    tag = el.tag
    if not isinstance(tag, str):
        return ""
    return etree.QName(tag).localname


def namespace(el: etree._Element) -> str:
    tag = el.tag
    if not isinstance(tag, str):
        return ""
    return etree.QName(tag).namespace or ""


def children(el: etree._Element, name: str) -> Iterator[etree._Element]:
    """Child elements called ``name`` in any namespace."""
    for child in el:
        if localname(child) == name:
            yield child


def child(el: etree._Element, name: str) -> etree._Element | None:
    return next(children(el, name), None)


def child_text(el: etree._Element, name: str) -> str | None:
    """The text of the first child called ``name``, stripped; None if absent or blank."""
    found = child(el, name)
    if found is None:
        return None
    text = "".join(found.itertext()).strip()
    return text or None


def attr(el: etree._Element, name: str) -> str | None:
    """An attribute by name, whatever its case (``startPosition`` or ``StartPosition``)."""
    value = el.get(name)
    if value is not None:
        return value
    lowered = name.lower()
    for key, val in el.attrib.items():
        key_name = etree.QName(key).localname if isinstance(key, str) else str(key)
        if key_name.lower() == lowered:
            return str(val)
    return None
