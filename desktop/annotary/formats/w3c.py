"""Export annotations as W3C Web Annotations (JSON-LD), and read them back leniently.

The target is the article (its url, or ``urn:uuid:<article id>``) narrowed by a
``TextQuoteSelector`` and, while anchored, a ``TextPositionSelector`` (code points, as the
model requires). An annotation in several segments (a quote split around its attribution)
has one such target per segment, in text order: the model allows several targets, the
body applying to each. docs/w3c-and-spreadsheets.md gives the whole mapping. ``write_w3c`` streams:
it holds at most two pages of annotations, never the whole project.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime
from itertools import islice, pairwise
from typing import Any, TextIO, cast
from urllib.parse import quote, unquote

from annotary import __version__
from annotary.domain import models
from annotary.domain.errors import InvalidInputError, LimitExceeded
from annotary.domain.messages import message
from annotary.domain.models import (
    SEGMENT_JOINER,
    Annotation,
    Article,
    Bundle,
    Segment,
    Speaker,
    Theme,
)

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
DEFAULT_BASE_IRI = "urn:annotary:"

# One motivation per kind; a passage with no theme is only highlighted.
_MOTIVATION = {"quote": "classifying", "speaker": "identifying", "passage": "tagging"}


def record_iri(record_id: str, kind: str, base_iri: str = DEFAULT_BASE_IRI) -> str:
    """The IRI of a record: ``urn:uuid:<id>`` for a UUID, else ``<base_iri><kind>:<id>``."""
    try:
        canonical = str(uuid.UUID(record_id)) == record_id
    except ValueError:
        canonical = False
    return f"urn:uuid:{record_id}" if canonical else _base(record_id, kind, base_iri)


def _base(record_id: str, kind: str, base_iri: str) -> str:
    return f"{base_iri}{kind}:{quote(record_id, safe='-._~')}"


def record_id_from_iri(iri: str, kind: str, base_iri: str = DEFAULT_BASE_IRI) -> str:
    """Undo :func:`record_iri`; an IRI of another shape is kept whole as the id."""
    if iri.startswith("urn:uuid:"):
        return iri[len("urn:uuid:") :]
    prefix = f"{base_iri}{kind}:"
    if iri.startswith(prefix):
        return unquote(iri[len(prefix) :])
    return iri


def article_iri(article_id: str, url: str | None, base_iri: str = DEFAULT_BASE_IRI) -> str:
    """What an annotation targets: the article's url when it has one, else its own IRI."""
    return url if url else record_iri(article_id, "article", base_iri)


def annotation_to_w3c(
    a: Annotation,
    article: Article | None,
    speakers: Mapping[str, Speaker],
    themes: Mapping[str, Theme],
    base_iri: str = DEFAULT_BASE_IRI,
) -> dict[str, Any]:
    """One annotation as a W3C Web Annotation (a JSON-ready dict with its own @context)."""
    source = article_iri(a.article, article.url if article else None, base_iri)
    return _to_w3c(a, source, speakers, themes, base_iri)


def _to_w3c(
    a: Annotation,
    source: str,
    speakers: Mapping[str, Speaker],
    themes: Mapping[str, Theme],
    base_iri: str,
) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "@context": CONTEXT,
        "id": record_iri(a.id, "annotation", base_iri),
        "type": "Annotation",
        "motivation": _motivation(a),
    }
    for key, value in (("created", a.created), ("modified", a.modified)):
        if _is_utc_time(value):
            doc[key] = value
    if a.coder:
        doc["creator"] = {
            "id": _base(a.coder, "coder", base_iri),
            "type": "Person",
            "name": a.coder,
        }
    doc["generator"] = _generator(base_iri)
    doc["body"] = _bodies(a, speakers, themes, base_iri)
    doc["target"] = _target(a, source or article_iri(a.article, None, base_iri))
    return doc


def _is_utc_time(value: str) -> bool:
    """True for an ISO 8601 date-time with a zone, as the model requires; "" is not one."""
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).tzinfo is not None
    except ValueError:
        return False


def _motivation(a: Annotation) -> str:
    if a.kind == "passage" and not a.themes:
        return "commenting" if a.note else "highlighting"
    return _MOTIVATION[a.kind]


def _generator(base_iri: str) -> dict[str, str]:
    return {"id": f"{base_iri}software", "type": "Software", "name": f"Annotary {__version__}"}


def _text_body(value: str, purpose: str) -> dict[str, Any]:
    return {"type": "TextualBody", "purpose": purpose, "value": value, "format": "text/plain"}


def _linked_body(purpose: str, source: dict[str, str]) -> dict[str, Any]:
    # The test suite forbids "purpose" on a body that has an id, so the record's IRI goes
    # on the source of a SpecificResource beside the textual body that carries its name.
    return {"type": "SpecificResource", "purpose": purpose, "source": source}


def _bodies(
    a: Annotation,
    speakers: Mapping[str, Speaker],
    themes: Mapping[str, Theme],
    base_iri: str,
) -> list[dict[str, Any]]:
    bodies = [_text_body(a.kind, "classifying")]
    if a.quote_type:
        bodies.append(_text_body(a.quote_type, "classifying"))
    if a.speaker:
        source = {"id": record_iri(a.speaker, "speaker", base_iri), "type": "Person"}
        speaker = speakers.get(a.speaker)
        if speaker:
            bodies.append(_text_body(speaker.name, "identifying"))
            source["name"] = speaker.name
        bodies.append(_linked_body("identifying", source))
    for theme_id in a.themes:
        source = {"id": record_iri(theme_id, "theme", base_iri)}
        theme = themes.get(theme_id)
        if theme:
            bodies.append(_text_body(theme.name, "tagging"))
            source["label"] = theme.name
        bodies.append(_linked_body("tagging", source))
    if a.note:
        bodies.append(_text_body(a.note, "commenting"))
    return bodies


def _target(a: Annotation, source: str) -> dict[str, Any] | list[dict[str, Any]]:
    """One target for a one-segment annotation, else a list: one per segment."""
    targets = [_segment_target(s, a.status, source) for s in a.segments]
    return targets[0] if len(targets) == 1 else targets


def _segment_target(s: Segment, status: str, source: str) -> dict[str, Any]:
    quote_selector: dict[str, Any] = {"type": "TextQuoteSelector", "exact": s.exact}
    if s.prefix:
        quote_selector["prefix"] = s.prefix
    if s.suffix:
        quote_selector["suffix"] = s.suffix
    selectors: list[dict[str, Any]] = [quote_selector]
    # An orphaned annotation's offsets no longer point at its text: only the quote stays.
    if status == "anchored":
        selectors.append({"type": "TextPositionSelector", "start": s.start, "end": s.end})
    return {"type": "SpecificResource", "source": source, "selector": selectors}


def _dump(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(", ", ": "))


def write_w3c(
    bundle: Bundle,
    fp: TextIO,
    *,
    collection: bool = True,
    page_size: int = 100,
    base_iri: str = DEFAULT_BASE_IRI,
) -> int:
    """Write the bundle's annotations to ``fp``; return how many were written.

    ``collection=True`` writes one ``AnnotationCollection`` whose ``first`` page is embedded;
    the following pages (``page_size`` annotations each, linked by ``next``/``prev`` IRIs)
    are embedded in the same document under JSON-LD 1.1 ``@included``. ``collection=False``
    writes a plain JSON array of annotations. Either way the output is streamed.
    """
    if page_size < 1:
        raise ValueError("page_size must be at least 1")
    speakers = {s.id: s for s in bundle.speakers}
    themes = {t.id: t for t in bundle.themes}
    sources = {art.id: article_iri(art.id, art.url, base_iri) for art in bundle.articles}
    docs = (
        _to_w3c(a, sources.get(a.article, ""), speakers, themes, base_iri)
        for a in bundle.annotations
    )
    if not collection:
        return _write_list(docs, fp)
    return _write_collection(docs, fp, page_size, base_iri)


def _write_list(docs: Iterable[dict[str, Any]], fp: TextIO) -> int:
    count = 0
    fp.write("[")
    for doc in docs:
        fp.write(",\n  " if count else "\n  ")
        fp.write(_dump(doc))
        count += 1
    fp.write("\n]\n" if count else "]\n")
    return count


def page_iri(base_iri: str, number: int) -> str:
    """The IRI of page ``number`` (1-based) of an exported collection."""
    return f"{base_iri}collection:page:{number}"


def _write_collection(
    docs: Iterator[dict[str, Any]], fp: TextIO, page_size: int, base_iri: str
) -> int:
    collection_iri = f"{base_iri}collection"
    head = {
        "@context": CONTEXT,
        "id": collection_iri,
        "type": "AnnotationCollection",
        "label": "Annotary annotations",
        "generator": _generator(base_iri),
    }
    fp.write("{\n")
    for key, value in head.items():
        fp.write(f"  {_dump(key)}: {_dump(value)},\n")
    page, count, number = list(islice(docs, page_size)), 0, 0
    while page:
        number += 1
        following = list(islice(docs, page_size))
        page_head: dict[str, object] = {
            "id": page_iri(base_iri, number),
            "type": "AnnotationPage",
            "partOf": collection_iri,
            "startIndex": count,
        }
        if number > 1:
            page_head["prev"] = page_iri(base_iri, number - 1)
        if following:
            page_head["next"] = page_iri(base_iri, number + 1)
        # Pages 2.. go under JSON-LD 1.1 "@included": "next" must be an IRI, not a page.
        fp.write({1: '  "first": ', 2: ',\n  "@included": [\n    '}.get(number, ",\n    "))
        fp.write("{" + "".join(f"{_dump(k)}: {_dump(v)}, " for k, v in page_head.items()))
        fp.write('"items": [' + ",".join(f"\n      {_dump(item)}" for item in page) + "\n    ]}")
        count += len(page)
        page = following
    if number >= 2:
        fp.write("\n  ]")
    if number:
        fp.write(f',\n  "last": {_dump(page_iri(base_iri, number))},\n')
    fp.write(f'  "total": {count}\n}}\n')
    return count


# --- lenient reader ---------------------------------------------------------------------


def read_w3c(fp: TextIO, *, base_iri: str = DEFAULT_BASE_IRI) -> Bundle:
    """Read Web Annotations: one annotation, a JSON array, a page or a collection.

    Lenient: what cannot be used becomes a warning on the bundle. The bundle has no
    articles (the format does not carry article text); ``Annotation.article`` is the
    article id when the target is ``urn:uuid:<id>``, else the target IRI itself.
    """
    too_deep = LimitExceeded(message("not a usable Web Annotation file: nested too deeply"))
    try:
        data = json.load(fp)
    except json.JSONDecodeError as exc:
        raise InvalidInputError(message("not a JSON file: {error}", error=str(exc))) from exc
    except RecursionError:
        raise too_deep from None
    except ValueError:  # an integer beyond Python's digit limit (4,300 digits)
        raise LimitExceeded(
            message("not a usable Web Annotation file: it holds a number with thousands of digits")
        ) from None
    reader = _Reader(base_iri)
    try:
        for doc in _annotation_docs(data):
            reader.add(doc)
    except RecursionError:
        raise too_deep from None
    return Bundle(
        speakers=[Speaker(i, name) for i, name in reader.names["speaker"].items()],
        themes=[Theme(i, name) for i, name in reader.names["theme"].items()],
        annotations=reader.annotations,
        warnings=reader.warnings,
    )


def _as_list(value: object) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _annotation_docs(data: object) -> Iterator[dict[str, Any]]:
    for node in _as_list(data):
        if not isinstance(node, dict):
            continue
        types = _as_list(node.get("type"))
        if "Annotation" in types:
            yield node
        for key in ("first", "@included"):
            yield from _annotation_docs(node.get(key))
        if "AnnotationPage" in types:
            yield from _annotation_docs(node.get("items"))


#: The largest offset a position selector may give (as in the Annotary format).
MAX_OFFSET = 2**31 - 1
#: The most targets read as the parts of one annotation (as in the Annotary format).
MAX_SEGMENTS = 64


def _offset(value: object) -> int | None:
    """A selector's offset: a whole number from 0 to MAX_OFFSET, or None."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if isinstance(value, float) and not value.is_integer():
        return None
    return int(value) if 0 <= value <= MAX_OFFSET else None


class _Reader:
    def __init__(self, base_iri: str) -> None:
        self.base_iri = base_iri
        self.annotations: list[Annotation] = []
        self.names: dict[str, dict[str, str]] = {"speaker": {}, "theme": {}}
        self.warnings: list[str] = []

    def _records(self, purpose: str, names: list[str], links: list[Any]) -> list[str]:
        """Speaker or theme ids from linked bodies, then from names no link carries."""
        kind = "speaker" if purpose == "identifying" else "theme"
        known = self.names[kind]
        ids: list[str] = []
        for link in links:
            link = link if isinstance(link, dict) else {"id": link}
            if isinstance(link.get("id"), str):
                name = str(link.get("name") or link.get("label") or link["id"])
                ids.append(record_id_from_iri(link["id"], kind, self.base_iri))
                known.setdefault(ids[-1], name)
                names = [n for n in names if n != name]
        for name in names:
            ids.append(next((i for i, n in known.items() if n == name), f"{kind}:{name}"))
            known.setdefault(ids[-1], name)
        return list(dict.fromkeys(ids))

    def _selected(self, label: str, target: dict[str, Any]) -> tuple[dict[str, Any], bool]:
        """A target's quote fields (start, end, exact, prefix, suffix) and whether its
        position selector gave a valid span."""
        fields: dict[str, Any] = {"exact": "", "prefix": "", "suffix": "", "start": 0, "end": 0}
        placed = False
        for sel in (s for s in _as_list(target.get("selector")) if isinstance(s, dict)):
            if sel.get("type") == "TextQuoteSelector":
                fields.update({k: str(sel.get(k) or "") for k in ("exact", "prefix", "suffix")})
            elif sel.get("type") == "TextPositionSelector":
                start, end = _offset(sel.get("start")), _offset(sel.get("end"))
                if start is None or end is None or start >= end:
                    self.warnings.append(
                        message(
                            "{label}: its TextPositionSelector is not a valid span; "
                            "it will be placed by its quote",
                            label=label,
                        )
                    )
                    continue
                fields.update(start=start, end=end)
                placed = True
        return fields, placed

    def _segments(
        self, label: str, targets: list[Any], first: dict[str, Any]
    ) -> tuple[dict[str, Any], models.Status]:
        """The annotation's fields from its targets on the first one's source: one
        segment per target with text (a quote in several parts, as Annotary exports it)."""
        found = [
            self._selected(label, t)
            for t in targets
            if isinstance(t, dict) and t.get("source") == first["source"]
        ]
        found = [(fields, placed) for fields, placed in found if fields["exact"]]
        if not found:
            return {"exact": ""}, "orphaned"
        status: models.Status = "anchored" if all(p for _, p in found) else "orphaned"
        if len(found) == 1:
            return found[0][0], "anchored" if found[0][1] else "orphaned"
        spans = sorted((f["start"], f["end"]) for f, _ in found)
        overlapping = any(b[0] < a[1] for a, b in pairwise(spans))
        if status != "anchored" or overlapping or len(found) > MAX_SEGMENTS:
            self.warnings.append(
                message(
                    "{label}: its {count} targets are not parts of one text in order; "
                    "only the first is kept",
                    label=label,
                    count=len(found),
                )
            )
            return found[0][0], "anchored" if found[0][1] else "orphaned"
        segments = tuple(
            Segment(f["start"], f["end"], f["exact"], f["prefix"], f["suffix"])
            for f, _ in sorted(found, key=lambda pair: pair[0]["start"])
        )
        # The text between the parts is not in the file: the span's exact is the parts
        # joined, until the import places the annotation on the article's text.
        return {
            "start": segments[0].start,
            "end": segments[-1].end,
            "exact": SEGMENT_JOINER.join(s.exact for s in segments),
            "prefix": segments[0].prefix,
            "suffix": segments[-1].suffix,
            "segments": segments,
        }, status

    def add(self, doc: dict[str, Any]) -> None:
        given = doc.get("id")
        label: str = (
            str(given)
            if given
            else message("annotation {number}", number=len(self.annotations) + 1)
        )
        targets = [t for t in _as_list(doc.get("target")) if t]
        target = next(iter(targets), None)
        if not isinstance(target, dict) or not isinstance(target.get("source"), str):
            self.warnings.append(
                message("{label}: no selected text in a target source; skipped", label=label)
            )
            return
        fields, status = self._segments(label, targets, target)
        if not fields["exact"]:
            self.warnings.append(
                message("{label}: no TextQuoteSelector with text; skipped", label=label)
            )
            return
        kind = {"identifying": "speaker", "classifying": "quote"}.get(
            str(doc.get("motivation")), "passage"
        )
        quote_type = None
        names: dict[str, list[str]] = {"identifying": [], "tagging": [], "commenting": []}
        links: dict[str, list[Any]] = {"identifying": [], "tagging": []}
        for body in _as_list(doc.get("body")) + _as_list(doc.get("bodyValue")):
            body = {"value": body} if isinstance(body, str) else body
            purpose = body.get("purpose") if isinstance(body, dict) else None
            if isinstance(body, dict) and purpose in links and "source" in body:
                links[purpose].append(body["source"])
            if not isinstance(body, dict) or not isinstance(body.get("value"), str):
                continue
            if purpose == "classifying" and body["value"] in models.KINDS:
                kind = body["value"]
            elif purpose == "classifying" and body["value"] in models.QUOTE_TYPES:
                quote_type = body["value"]
            elif purpose in (None, "describing"):
                names["commenting"].append(body["value"])
            elif purpose in names:
                names[purpose].append(body["value"])
        speaker = self._records("identifying", names["identifying"], links["identifying"])
        creator = next(iter(_as_list(doc.get("creator"))), None)
        if isinstance(creator, dict):
            creator = creator.get("name") or creator.get("nickname") or creator.get("id")
        self.annotations.append(
            Annotation(
                id=record_id_from_iri(
                    str(doc.get("id") or models.new_id()), "annotation", self.base_iri
                ),
                article=record_id_from_iri(target["source"], "article", self.base_iri),
                kind=cast(models.Kind, kind),
                speaker=speaker[0] if speaker else None,
                themes=tuple(self._records("tagging", names["tagging"], links["tagging"])),
                note="\n\n".join(names["commenting"]) or None,
                quote_type=cast(models.QuoteType, quote_type) if kind == "quote" else None,
                coder=str(creator) if creator else None,
                created=str(doc.get("created") or ""),
                modified=str(doc.get("modified") or ""),
                status=status,
                **fields,
            )
        )
