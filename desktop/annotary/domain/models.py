"""The records a project holds, as plain frozen dataclasses.

Field names follow the JSON export format (docs/json-format.md): a reference to
another record is that record's id (``article``, ``speaker``, ``parent``,
``themes``). Times are ISO 8601 strings in UTC; ``published`` is an ISO date
(``YYYY-MM-DD``) or ``None``. Offsets count Unicode code points over the
article's canonical text, ``end`` exclusive.
"""

from __future__ import annotations

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


@dataclass(frozen=True, slots=True)
class Annotation:
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
    matched: str = "text"  # "text" (title or text of the article) or "note" (an annotation's)
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
