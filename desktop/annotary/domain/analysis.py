"""Questions asked of the whole corpus: which annotations, and how many of each.

An :class:`AnnotationQuery` names the annotations a view shows (every field left
at ``None`` is no limit); an :class:`AnnotationRow` is one of them joined with its
article, speaker and themes; a :class:`CountTable` crosses two dimensions
(themes by outlet, quote types by speaker role, ...) and knows, for each of its
cells, the query that yields exactly the annotations the cell counts.

Text fields of a query are matched exactly (case-insensitively for names and
outlets); the empty string ``""`` asks for annotations that have *no* value there
(no outlet, no speaker, no quote type, no date, no theme, no role).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Literal

Measure = Literal["themes", "speakers", "quote-types"]
Dimension = Literal[
    "theme", "speaker", "outlet", "month", "role", "affiliation", "quote_type", "coder"
]
Scope = Literal["annotation", "paragraph"]
SortKey = Literal[
    "published", "article_title", "outlet", "speaker_name", "quote_type", "coder", "text", "start"
]

MEASURES: tuple[Measure, ...] = ("themes", "speakers", "quote-types")
BY: tuple[Dimension, ...] = ("outlet", "month", "speaker", "theme", "role", "affiliation")
SORT_KEYS: tuple[SortKey, ...] = (
    "published",
    "article_title",
    "outlet",
    "speaker_name",
    "quote_type",
    "coder",
    "text",
    "start",
)
#: The dimension each measure counts along its rows.
MEASURE_DIMENSION: dict[Measure, Dimension] = {
    "themes": "theme",
    "speakers": "speaker",
    "quote-types": "quote_type",
}
#: The label of a row or column whose key is missing (no outlet, no date, no role ...).
NONE_LABEL = "(none)"


@dataclass(frozen=True, slots=True)
class AnnotationQuery:
    """Which annotations to show or count; ``None`` leaves a field unlimited.

    - ``kind``: "quote" or "passage" (or "speaker", a mention of a speaker).
    - ``speaker``: a speaker's id, name or any alias ("Li", "Li Hongzhong" and "the
      Party secretary of Tianjin" name one person), case-insensitive.
    - ``theme``: a theme id; with ``include_subthemes`` (the default) the themes
      below it count too. ``themes_all``: every one of these theme ids, exactly
      (a co-occurrence cell). ``paragraph_themes``: annotations carrying one of these
      themes, in a paragraph where each of them is carried by some annotation.
    - ``outlet``, ``language`` (primary tag: "zh" matches "zh-CN"), ``collection``
      (name), ``coder``, ``quote_type`` ("direct"/"indirect"), ``role``,
      ``affiliation`` (the speaker's): exact, case-insensitive.
    - ``date_from``, ``date_to``: ISO dates, inclusive, on the article's publication;
      ``month``: "YYYY-MM".
    - ``text``: free text found in the quote, its note, its speaker's name or the
      article's title (case-insensitive for Latin letters).
    - ``article``: an article id.
    """

    kind: str | None = None
    speaker: str | None = None
    theme: str | None = None
    include_subthemes: bool = True
    outlet: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    language: str | None = None
    collection: str | None = None
    quote_type: str | None = None
    coder: str | None = None
    text: str | None = None
    article: str | None = None
    month: str | None = None
    role: str | None = None
    affiliation: str | None = None
    themes_all: tuple[str, ...] = ()
    paragraph_themes: tuple[str, ...] = ()

    def narrowed(self, dimension: Dimension, key: str | None) -> AnnotationQuery:
        """This query limited to one value of a dimension (``None``: rows with no value)."""
        value = "" if key is None else key
        if dimension == "theme":
            if key is None:
                return replace(self, theme="", include_subthemes=False)
            return replace(self, themes_all=(*self.themes_all, key))
        if dimension == "speaker":
            return replace(self, speaker=value)
        if dimension == "outlet":
            return replace(self, outlet=value)
        if dimension == "month":
            return replace(self, month=value)
        if dimension == "role":
            return replace(self, role=value)
        if dimension == "affiliation":
            return replace(self, affiliation=value)
        if dimension == "quote_type":
            return replace(self, quote_type=value)
        if dimension == "coder":
            return replace(self, coder=value)
        raise ValueError(f"unknown dimension {dimension!r}")


#: The query with no limit: every annotation of the project.
EVERYTHING = AnnotationQuery()


@dataclass(frozen=True, slots=True)
class AnnotationRow:
    """One annotation with what a table of quotes or passages shows beside it.

    ``text`` is the annotated text (every segment, joined, when an annotation has
    several); ``theme_names`` are the themes' names and ``theme_paths`` their paths
    from the top of the codebook ("Economy › Trade"), both in the order of ``theme_ids``.
    """

    id: str
    article_id: str
    article_title: str
    outlet: str | None
    published: str | None
    language: str | None
    speaker_id: str | None
    speaker_name: str | None
    role: str | None
    affiliation: str | None
    quote_type: str | None
    theme_ids: tuple[str, ...]
    theme_names: tuple[str, ...]
    theme_paths: tuple[str, ...]
    note: str | None
    coder: str | None
    text: str
    start: int
    end: int
    kind: str


@dataclass(frozen=True, slots=True)
class CountTable:
    """Counts crossing two dimensions: ``counts[i][j]`` for row ``i``, column ``j``.

    ``row_keys``/``column_keys`` are the ids or values behind the labels (a theme or
    speaker id, an outlet, "YYYY-MM", a role; ``None`` for "no value"). ``query`` is
    the query every cell is within; :meth:`cell_query` narrows it to one cell.
    ``scope`` is set for theme co-occurrence tables ("annotation" or "paragraph"),
    whose cells count annotations (or paragraphs) carrying both themes.
    """

    row_dimension: Dimension
    column_dimension: Dimension
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    row_keys: tuple[str | None, ...]
    column_keys: tuple[str | None, ...]
    counts: tuple[tuple[int, ...], ...]
    query: AnnotationQuery = field(default_factory=AnnotationQuery)
    scope: Scope | None = None

    @property
    def row_totals(self) -> tuple[int, ...]:
        return tuple(sum(row) for row in self.counts)

    @property
    def column_totals(self) -> tuple[int, ...]:
        return tuple(sum(row[j] for row in self.counts) for j in range(len(self.columns)))

    @property
    def total(self) -> int:
        return sum(self.row_totals)

    def percentages_by_row(self) -> tuple[tuple[float, ...], ...]:
        """Each cell as a percentage of its row's total (0 for an empty row)."""
        return tuple(
            tuple(100.0 * n / total if total else 0.0 for n in row)
            for row, total in zip(self.counts, self.row_totals, strict=True)
        )

    def percentages_by_column(self) -> tuple[tuple[float, ...], ...]:
        """Each cell as a percentage of its column's total (0 for an empty column)."""
        totals = self.column_totals
        return tuple(
            tuple(100.0 * n / totals[j] if totals[j] else 0.0 for j, n in enumerate(row))
            for row in self.counts
        )

    def cell_query(self, i: int, j: int) -> AnnotationQuery:
        """The query whose annotations are exactly those counted in cell (i, j).

        For a paragraph co-occurrence table the cell counts paragraphs: its query
        yields the annotations with either theme in those paragraphs.
        """
        if self.scope == "paragraph":
            a, b = self.row_keys[i], self.column_keys[j]
            assert a is not None and b is not None
            return replace(self.query, paragraph_themes=tuple(dict.fromkeys((a, b))))
        narrowed = self.query.narrowed(self.row_dimension, self.row_keys[i])
        return narrowed.narrowed(self.column_dimension, self.column_keys[j])

    def row_query(self, i: int) -> AnnotationQuery:
        """The annotations counted anywhere in row ``i``."""
        return self.query.narrowed(self.row_dimension, self.row_keys[i])

    def column_query(self, j: int) -> AnnotationQuery:
        """The annotations counted anywhere in column ``j``."""
        return self.query.narrowed(self.column_dimension, self.column_keys[j])

    def transposed(self) -> CountTable:
        return replace(
            self,
            row_dimension=self.column_dimension,
            column_dimension=self.row_dimension,
            rows=self.columns,
            columns=self.rows,
            row_keys=self.column_keys,
            column_keys=self.row_keys,
            counts=tuple(zip(*self.counts, strict=True)) if self.counts else (),
        )


@dataclass(frozen=True, slots=True)
class Count:
    """One figure of a profile, with the query behind it (click to see its rows)."""

    label: str
    key: str | None
    count: int
    query: AnnotationQuery


@dataclass(frozen=True, slots=True)
class StatedForm:
    """How an article names or describes a speaker (its speaker mentions)."""

    article_id: str
    article_title: str
    published: str | None
    forms: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SpeakerProfile:
    """Everything about one speaker across the corpus; every count has its query."""

    speaker_id: str
    name: str
    role: str | None
    affiliation: str | None
    aliases: tuple[str, ...]
    stated: tuple[StatedForm, ...]
    quotes: Count
    quote_types: tuple[Count, ...]  # direct, indirect, (none)
    months: tuple[Count, ...]  # "YYYY-MM", oldest first
    outlets: tuple[Count, ...]
    themes: tuple[Count, ...]


@dataclass(frozen=True, slots=True)
class ArticleGroup:
    """The annotations of one article carrying a theme, with their context."""

    article_id: str
    article_title: str
    outlet: str | None
    published: str | None
    rows: tuple[AnnotationRow, ...]
    contexts: tuple[tuple[str, str], ...]  # (prefix, suffix) of each row


@dataclass(frozen=True, slots=True)
class ThemeProfile:
    """A theme across the corpus: its passages and quotes by article, and the themes
    that go with it (on the same annotations)."""

    theme_id: str
    name: str
    path: str
    passages: Count
    quotes: Count
    articles: tuple[ArticleGroup, ...]
    cooccurring: tuple[Count, ...]
