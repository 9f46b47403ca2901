"""The records a project holds, as plain frozen dataclasses.

Field names follow the JSON export format (docs/json-format.md): a reference to
another record is that record's id (``article``, ``speaker``, ``parent``,
``themes``). Times are ISO 8601 strings in UTC; ``published`` is an ISO date
(``YYYY-MM-DD``) or ``None``. Offsets count Unicode code points over the
article's canonical text, ``end`` exclusive.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Literal

Kind = Literal["quote", "speaker", "passage"]
QuoteType = Literal["direct", "indirect"]
Status = Literal["anchored", "orphaned"]

KINDS: tuple[Kind, ...] = ("quote", "speaker", "passage")
QUOTE_TYPES: tuple[QuoteType, ...] = ("direct", "indirect")
STATUSES: tuple[Status, ...] = ("anchored", "orphaned")


def new_id() -> str:
    """A new stable record id (a random UUID, lower-case, hyphenated)."""
    return str(uuid.uuid4())


def now_iso() -> str:
    """The current time as an ISO 8601 string in UTC, to the millisecond."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    title: str
    text: str
    text_sha256: str
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    url: str | None = None
    language: str | None = None
    source_format: str = "text"
    imported_at: str = ""
    modified_at: str = ""
    read: bool = False
    reading_position: float = 0.0
    collections: tuple[str, ...] = ()
    # What a news database says of the article (None for other sources):
    section: str | None = None
    page: str | None = None
    length: str | None = None  # as the database states it, e.g. "734 words"
    source_database: str | None = None  # "Nexis", "Nexis Uni", "Factiva"
    source_id: str | None = None  # the database's document identifier
    export_file: str | None = None  # the file the article was imported from


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """One row of the library list: an article without its text."""

    id: str
    title: str
    outlet: str | None
    author: str | None
    published: str | None
    language: str | None
    read: bool
    annotation_count: int
    imported_at: str
    collections: tuple[str, ...] = ()
    source_database: str | None = None  # "Nexis", "Nexis Uni", "Factiva"
    similar: int = 0  # other articles in its group of near-duplicates


@dataclass(frozen=True, slots=True)
class Speaker:
    id: str
    name: str
    role: str | None = None
    affiliation: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Theme:
    id: str
    name: str
    parent: str | None = None
    color: str = "#4e79a7"
    description: str | None = None
    position: int = 0


#: What joins the texts of an annotation's segments wherever they are shown or
#: exported as one string (sidebar, CSV/XLSX): a space, an ellipsis, a space.
SEGMENT_JOINER = " \u2026 "


@dataclass(frozen=True, slots=True)
class Segment:
    """One part of an annotation: ``text[start:end]`` with its own anchor.

    A quote split around its attribution ("I will be your champion," he said. "I
    will never let you down.") is one annotation with two segments; the
    attribution between them is not part of it.
    """

    start: int
    end: int
    exact: str
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True, slots=True)
class Annotation:
    """An annotated span of an article, in one or more segments.

    ``segments`` are the parts, in text order, never overlapping; an annotation
    always has at least one. The envelope fields describe the whole span from the
    first segment's start to the last segment's end: ``start`` and ``end`` are those
    offsets, ``exact`` is the article's text between them (attribution included),
    ``prefix`` is the first segment's prefix and ``suffix`` the last one's suffix.
    So the envelope is itself a valid anchor of the whole span, and code that
    needs only where an annotation is (sorting, scrolling) reads ``start``/``end``.

    A one-segment annotation is its envelope: ``segments`` may be left empty when
    constructing it and is filled from the envelope (and a single segment passed
    in is replaced by the envelope, so ``dataclasses.replace(a, start=..)`` moves it).
    An annotation of several segments must have ``start``/``end`` equal to the first
    segment's start and the last segment's end (ValueError otherwise): moving one
    means giving new segments (see ``domain/segments.py``).
    """

    id: str
    article: str
    kind: Kind
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str
    speaker: str | None = None
    themes: tuple[str, ...] = ()
    note: str | None = None
    quote_type: QuoteType | None = None
    coder: str | None = None
    created: str = ""
    modified: str = ""
    status: Status = "anchored"
    segments: tuple[Segment, ...] = ()

    def __post_init__(self) -> None:
        segments = self.segments
        if len(segments) <= 1:
            # Every annotation read from a project passes here: fill the slots directly
            # rather than through the frozen dataclass's checks (about twice as fast).
            envelope = _new(Segment)
            _segment_start(envelope, self.start)
            _segment_end(envelope, self.end)
            _segment_exact(envelope, self.exact)
            _segment_prefix(envelope, self.prefix)
            _segment_suffix(envelope, self.suffix)
            _annotation_segments(self, (envelope,))
            return
        if not isinstance(segments, tuple):
            segments = tuple(segments)
            object.__setattr__(self, "segments", segments)
        if segments[0].start != self.start or segments[-1].end != self.end:
            raise ValueError(
                f"annotation {self.id}: span {self.start}-{self.end} is not its segments' "
                f"{segments[0].start}-{segments[-1].end}"
            )
        for before, after in itertools.pairwise(segments):
            if not before.start < before.end <= after.start < after.end:
                raise ValueError(
                    f"annotation {self.id}: segments must be in text order without overlap"
                )

    @property
    def joined_exact(self) -> str:
        """The texts of the segments joined by :data:`SEGMENT_JOINER` (the whole
        ``exact`` for a one-segment annotation)."""
        if len(self.segments) == 1:
            return self.exact
        return SEGMENT_JOINER.join(s.exact for s in self.segments)

    @property
    def length(self) -> int:
        """How many code points the segments cover (the attribution between them not)."""
        return sum(s.end - s.start for s in self.segments)


_new = object.__new__
_segment_start, _segment_end, _segment_exact, _segment_prefix, _segment_suffix = (
    Segment.__dict__[name].__set__ for name in ("start", "end", "exact", "prefix", "suffix")
)
_annotation_segments = Annotation.__dict__["segments"].__set__


@dataclass(frozen=True, slots=True)
class SearchHit:
    article: str
    title: str
    outlet: str | None
    published: str | None
    language: str | None
    snippet: str
    rank: float
    marks: tuple[tuple[int, int], ...] = ()  # matched ranges within snippet
    # "text" (title or text of the article), "note" (an annotation's note),
    # "article-note" (the article's own note) or "memo" (the project's memo: no article)
    matched: str = "text"
    annotation: str | None = None  # the annotation whose note matched


@dataclass(slots=True)
class Changes:
    """What a use case changed, so a view can refresh only that.

    Ids are grouped by record type; ``removed`` holds ids that no longer exist.
    """

    articles: set[str] = field(default_factory=set)
    annotations: set[str] = field(default_factory=set)
    speakers: set[str] = field(default_factory=set)
    themes: set[str] = field(default_factory=set)
    removed: set[str] = field(default_factory=set)

    def merge(self, other: Changes) -> Changes:
        self.articles |= other.articles
        self.annotations |= other.annotations
        self.speakers |= other.speakers
        self.themes |= other.themes
        self.removed |= other.removed
        return self

    def __bool__(self) -> bool:
        return bool(
            self.articles or self.annotations or self.speakers or self.themes or self.removed
        )


@dataclass(slots=True)
class Bundle:
    """A set of records to write to or read from a file.

    Exporters take it with lazy iterables for articles and annotations, so a large
    project streams to the file; readers return it with lists.
    """

    articles: Iterable[Article] = ()
    speakers: Iterable[Speaker] = ()
    themes: Iterable[Theme] = ()
    annotations: Iterable[Annotation] = ()
    warnings: list[str] = field(default_factory=list)
    #: Article id -> that article's note (only articles that have one).
    notes: dict[str, str] = field(default_factory=dict)
    #: The project's memo ("" when none).
    memo: str = ""
