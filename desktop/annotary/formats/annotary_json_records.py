"""Records of the Annotary JSON format as plain dicts, keys in the documented order.

One function per direction and record type: ``*_to_json`` gives the dict the writer
dumps, ``*_from_json`` builds the domain object from a dict the reader has already
validated (docs/json-format.md lists every key).
"""

from __future__ import annotations

from typing import Any, cast

from annotary.domain.models import (
    Annotation,
    Article,
    Kind,
    QuoteType,
    Segment,
    Speaker,
    Status,
    Theme,
)

FORMAT = "annotary"
#: The version this module writes. Version 2 added ``segments`` to annotations, a
#: ``note`` to articles and the project's ``memo``; version 1 files are still read
#: (an annotation is then one segment, its span).
VERSION = 2

#: The top-level keys, in the order they are written.
TOP_LEVEL_KEYS = (
    "format",
    "version",
    "exported_at",
    "memo",
    "articles",
    "speakers",
    "themes",
    "annotations",
)
#: The record arrays, in the order they are written.
RECORD_KEYS = ("articles", "speakers", "themes", "annotations")

JsonDict = dict[str, Any]


def article_to_json(article: Article, note: str = "") -> JsonDict:
    """The article's record; ``note`` (its note) is written only when there is one."""
    record: JsonDict = {
        "id": article.id,
        "title": article.title,
        "outlet": article.outlet,
        "author": article.author,
        "published": article.published,
        "url": article.url,
        "language": article.language,
        "collections": list(article.collections),
        "text": article.text,
        "text_sha256": article.text_sha256,
    }
    if note:
        record["note"] = note
    return record


def speaker_to_json(speaker: Speaker) -> JsonDict:
    return {
        "id": speaker.id,
        "name": speaker.name,
        "role": speaker.role,
        "affiliation": speaker.affiliation,
        "aliases": list(speaker.aliases),
    }


def theme_to_json(theme: Theme) -> JsonDict:
    return {
        "id": theme.id,
        "name": theme.name,
        "parent": theme.parent,
        "color": theme.color,
        "description": theme.description,
    }


def annotation_to_json(annotation: Annotation) -> JsonDict:
    return {
        "id": annotation.id,
        "article": annotation.article,
        "kind": annotation.kind,
        "start": annotation.start,
        "end": annotation.end,
        "exact": annotation.exact,
        "prefix": annotation.prefix,
        "suffix": annotation.suffix,
        # A one-segment annotation is its span: [] (the list left empty, as the format
        # writes an absent list), which keeps files of such annotations small.
        "segments": [
            {
                "start": s.start,
                "end": s.end,
                "exact": s.exact,
                "prefix": s.prefix,
                "suffix": s.suffix,
            }
            for s in annotation.segments
        ]
        if len(annotation.segments) > 1
        else [],
        "speaker": annotation.speaker,
        "themes": list(annotation.themes),
        "note": annotation.note,
        "quote_type": annotation.quote_type,
        "coder": annotation.coder,
        "created": annotation.created,
        "modified": annotation.modified,
        "status": annotation.status,
    }


def article_from_json(data: JsonDict) -> Article:
    return Article(
        id=data["id"],
        title=data["title"],
        text=data["text"],
        text_sha256=data["text_sha256"],
        outlet=data["outlet"],
        author=data["author"],
        published=data["published"],
        url=data["url"],
        language=data["language"],
        collections=tuple(data.get("collections", ())),
    )


def speaker_from_json(data: JsonDict) -> Speaker:
    return Speaker(
        id=data["id"],
        name=data["name"],
        role=data["role"],
        affiliation=data["affiliation"],
        aliases=tuple(data["aliases"]),
    )


def theme_from_json(data: JsonDict, position: int) -> Theme:
    """``position`` is the theme's rank among its siblings in file order."""
    return Theme(
        id=data["id"],
        name=data["name"],
        parent=data["parent"],
        color=data["color"],
        description=data["description"],
        position=position,
    )


def annotation_from_json(data: JsonDict) -> Annotation:
    return Annotation(
        id=data["id"],
        article=data["article"],
        kind=cast(Kind, data["kind"]),
        # JSON allows 12.0 for an integer; the schema accepts it, the model wants int.
        start=int(data["start"]),
        end=int(data["end"]),
        exact=data["exact"],
        prefix=data["prefix"],
        suffix=data["suffix"],
        speaker=data["speaker"],
        themes=tuple(data["themes"]),
        note=data["note"],
        quote_type=cast(QuoteType | None, data["quote_type"]),
        coder=data["coder"],
        created=data["created"],
        modified=data["modified"],
        status=cast(Status, data["status"]),
        segments=tuple(
            Segment(int(s["start"]), int(s["end"]), s["exact"], s["prefix"], s["suffix"])
            for s in data.get("segments", ())  # [] or absent (version 1): one segment, the span
        ),
    )
