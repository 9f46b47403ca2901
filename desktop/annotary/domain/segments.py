"""The segments of an annotation: making, adding, removing and re-placing them.

An annotation covers one or more segments of its article's text (see
:class:`~annotary.domain.models.Annotation`). The functions here keep the rules
in one place: segments are in text order and never overlap; a span added over or
against an existing segment joins it; the last segment cannot be removed; after an
edit of the text, an annotation is placed only if every one of its segments is.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import replace

from annotary.domain.anchoring import CONTEXT, Anchor, Placement, make_anchor
from annotary.domain.errors import InvalidInputError
from annotary.domain.messages import message
from annotary.domain.models import Annotation, Segment

#: The most segments one annotation may have (a bound on what a file can ask for).
MAX_SEGMENTS = 64


def segment_of(text: str, start: int, end: int, context: int = CONTEXT) -> Segment:
    """The segment ``text[start:end]`` anchored with its context."""
    a = make_anchor(text, start, end, context)
    return Segment(a.start, a.end, a.exact, a.prefix, a.suffix)


def anchor_of(segment: Segment) -> Anchor:
    return Anchor(segment.start, segment.end, segment.exact, segment.prefix, segment.suffix)


def normalized(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans sorted, with overlapping or touching ones joined."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def with_segments(
    annotation: Annotation, text: str, spans: Sequence[tuple[int, int]]
) -> Annotation:
    """``annotation`` covering ``spans`` of ``text`` (normalised, each re-anchored),
    its envelope recomputed and its status anchored."""
    joined = normalized(spans)
    if not joined:
        raise InvalidInputError(message("an annotation needs at least one segment"))
    if len(joined) > MAX_SEGMENTS:
        raise InvalidInputError(
            message("an annotation has at most {count} segments", count=MAX_SEGMENTS)
        )
    for start, end in joined:
        check_span(text, start, end)
    segments = tuple(segment_of(text, s, e) for s, e in joined)
    envelope = make_anchor(text, segments[0].start, segments[-1].end)
    return replace(
        annotation,
        start=envelope.start,
        end=envelope.end,
        exact=envelope.exact,
        prefix=segments[0].prefix,
        suffix=segments[-1].suffix,
        status="anchored",
        segments=segments,
    )


def check_span(text: str, start: int, end: int) -> None:
    """Refuse a span outside ``text`` or of blank text: one clear line."""
    if not 0 <= start < end <= len(text):
        raise InvalidInputError(
            message(
                "span {start}-{end} is outside the article's text (0-{length})",
                start=start,
                end=end,
                length=len(text),
            )
        )
    if not text[start:end].strip():
        raise InvalidInputError(message("cannot annotate blank text"))


def spans_of(annotation: Annotation) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in annotation.segments]


def add_span(annotation: Annotation, text: str, start: int, end: int) -> Annotation:
    """``annotation`` with ``text[start:end]`` added as a segment (joined with any
    segment it overlaps or touches)."""
    check_span(text, start, end)
    return with_segments(annotation, text, [*spans_of(annotation), (start, end)])


def remove_segment(annotation: Annotation, text: str, index: int) -> Annotation:
    """``annotation`` without its ``index``-th segment; its last one cannot go."""
    if len(annotation.segments) <= 1:
        raise InvalidInputError(
            message("an annotation's only segment cannot be removed: delete it")
        )
    if not 0 <= index < len(annotation.segments):
        raise InvalidInputError(message("the annotation has no segment {number}", number=index + 1))
    spans = spans_of(annotation)
    del spans[index]
    return with_segments(annotation, text, spans)


def segment_at(annotation: Annotation, offset: int) -> int | None:
    """The index of the segment that holds ``offset``, if one does."""
    for i, s in enumerate(annotation.segments):
        if s.start <= offset < s.end:
            return i
    return None


def placed(
    annotation: Annotation, text: str, placements: Sequence[Placement | None]
) -> Annotation | None:
    """``annotation`` moved to where its segments were found in the new ``text``, or
    None when it must be orphaned.

    It is orphaned when any segment could not be placed, or when the places found
    are not in the segments' order or overlap: placing the parts that were found and
    dropping the others would silently change what was quoted, so all of them stay
    as they were and the user decides. Each placed segment keeps its stored quote
    and context (as a one-segment annotation does).
    """
    if len(placements) != len(annotation.segments) or any(p is None for p in placements):
        return None
    spans = [(p.start, p.end) for p in placements if p is not None]
    for (_, end), (start, _) in itertools.pairwise(spans):
        if start < end:
            return None
    segments = tuple(
        replace(s, start=p[0], end=p[1]) for s, p in zip(annotation.segments, spans, strict=True)
    )
    start, end = spans[0][0], spans[-1][1]
    if len(segments) == 1:
        return replace(annotation, start=start, end=end, status="anchored")
    return replace(
        annotation,
        start=start,
        end=end,
        exact=text[start:end],
        status="anchored",
        segments=segments,
    )


def orphaned(annotation: Annotation, text_length: int) -> Annotation:
    """``annotation`` flagged orphaned with its offsets kept as hints inside a text of
    ``text_length`` code points (quotes and context unchanged)."""

    def clamp(start: int, end: int) -> tuple[int, int]:
        e = max(1, min(end, text_length))
        return min(start, e - 1), e

    if len(annotation.segments) == 1:
        start, end = clamp(annotation.start, annotation.end)
        return replace(annotation, start=start, end=end, status="orphaned")
    # Several segments: keep their lengths and the gaps between them, shifted back
    # as a block if the text got shorter than where they ended; if even that does not
    # fit, each becomes one code point in order (what matters of an orphan is its
    # stored quotes and context, kept unchanged).
    shift = max(0, annotation.end - text_length)
    if annotation.start - shift >= 0:
        spans = [(s.start - shift, s.end - shift) for s in annotation.segments]
    else:
        spans = [(i, i + 1) for i in range(len(annotation.segments))]
    segments = tuple(
        replace(s, start=a, end=b) for s, (a, b) in zip(annotation.segments, spans, strict=True)
    )
    return replace(
        annotation,
        start=segments[0].start,
        end=segments[-1].end,
        status="orphaned",
        segments=segments,
    )
