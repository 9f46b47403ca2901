"""Selections that Annotary exported as the parts of one annotation, put back together.

REFI-QDA has no selection in several parts, so an annotation in several segments is
exported as one ``PlainTextSelection`` per segment, each with the same codings; the
first has the annotation's GUID and the others GUIDs derived from it
(``common.segment_guid``). Only selections related by those GUIDs are joined, and only
when they agree (same source, kind, speaker, themes and quote type, in text order
without overlap): selections another program made are never merged by guesswork.
"""

from __future__ import annotations

import itertools
from dataclasses import replace

from annotary.domain.models import Annotation, Segment

from .common import segment_guid

#: The most parts looked for after a first selection (as many as an annotation may have).
MAX_PARTS = 64


def _same_coding(a: Annotation, b: Annotation) -> bool:
    return (a.article, a.kind, a.speaker, a.themes, a.quote_type) == (
        b.article,
        b.kind,
        b.speaker,
        b.themes,
        b.quote_type,
    )


def join_segments(annotations: list[Annotation], texts: dict[str, str]) -> list[Annotation]:
    """``annotations`` with the parts of each exported annotation joined into it (the
    first part's record, in the first part's place); ``texts`` holds each article's text."""
    by_id = {a.id: a for a in annotations}
    taken: set[str] = set()
    joined: dict[str, Annotation] = {}
    for first in annotations:
        if first.id in taken:
            continue
        parts = [first]
        for index in range(1, MAX_PARTS):
            part = by_id.get(segment_guid(first.id, index))
            if part is None or part.id in taken or not _same_coding(first, part):
                break
            parts.append(part)
        if len(parts) == 1:
            continue
        parts.sort(key=lambda p: p.start)
        if any(b.start < a.end for a, b in itertools.pairwise(parts)):
            continue
        text = texts.get(first.article, "")
        segments = tuple(Segment(p.start, p.end, p.exact, p.prefix, p.suffix) for p in parts)
        start, end = segments[0].start, segments[-1].end
        joined[first.id] = replace(
            first,
            start=start,
            end=end,
            exact=text[start:end],
            prefix=segments[0].prefix,
            suffix=segments[-1].suffix,
            segments=segments,
        )
        taken.update(p.id for p in parts[1:])
    return [joined.get(a.id, a) for a in annotations if a.id not in taken]
