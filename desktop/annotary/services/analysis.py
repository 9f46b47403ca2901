"""Asking the corpus questions: quotes and passages across articles, and counts.

- :func:`rows` lists the annotations of an :class:`AnnotationQuery` (one
  :class:`AnnotationRow` each, sorted in SQL, optionally a page at a time);
  :func:`count` and :func:`annotation_ids` are cheap companions for a view.
- :func:`counts` crosses a measure (themes, speakers, quote types) with a
  dimension (outlet, month, speaker, theme, role, affiliation);
  :func:`cooccurrence` crosses themes with themes, on one annotation or in one
  paragraph; :func:`voice_share` is quote types by speaker role (or affiliation).
  Every cell of a :class:`CountTable` has its query (``table.cell_query(i, j)``),
  and :func:`cell_rows` lists exactly the annotations the cell counts.
- :func:`speaker_profile` and :func:`theme_profile` gather one speaker's or one
  theme's figures, each with its query.

Everything here reads; nothing writes. Theme rows and columns are labelled with
their paths ("Economy › Trade"), speakers with their names, months "YYYY-MM".
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from annotary.domain.analysis import (
    EVERYTHING,
    MEASURE_DIMENSION,
    NONE_LABEL,
    AnnotationQuery,
    AnnotationRow,
    ArticleGroup,
    Count,
    CountTable,
    Dimension,
    Measure,
    Scope,
    SortKey,
    SpeakerProfile,
    StatedForm,
    ThemeProfile,
)
from annotary.domain.codebook import theme_path, theme_paths
from annotary.domain.errors import InvalidInputError
from annotary.domain.messages import message
from annotary.domain.models import QUOTE_TYPES, Theme
from annotary.formats.annotary_json_records import JsonDict
from annotary.formats.annotation_lines import joined_record
from annotary.services.project import Project
from annotary.storage import analysis as sql
from annotary.storage import crosstabs
from annotary.storage import speakers as speaker_store
from annotary.storage import themes as theme_store

__all__ = [
    "AnnotationQuery",
    "AnnotationRow",
    "CountTable",
    "annotation_ids",
    "cell_rows",
    "cooccurrence",
    "count",
    "counts",
    "find_speakers",
    "find_themes",
    "records",
    "rows",
    "speaker_profile",
    "theme_profile",
    "voice_share",
]

Key = str | None


# -- rows ---------------------------------------------------------------------------------
def rows(
    project: Project,
    query: AnnotationQuery = EVERYTHING,
    *,
    sort: SortKey = "published",
    descending: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> list[AnnotationRow]:
    """The annotations of ``query``, sorted by ``sort`` (then article, then position).

    ``limit``/``offset`` page through a long result (a view can fetch what it shows).
    """
    themes = _theme_index(project)
    out = []
    for r in sql.rows(project.store, query, sort, descending, limit, offset):
        theme_ids = sql.split_themes(r[11])
        out.append(
            AnnotationRow(
                id=r[0],
                article_id=r[1],
                article_title=r[2],
                outlet=r[3],
                published=r[4],
                language=r[5],
                speaker_id=r[6],
                speaker_name=r[7],
                role=r[8],
                affiliation=r[9],
                quote_type=r[10],
                theme_ids=theme_ids,
                theme_names=tuple(themes[t].name if t in themes else t for t in theme_ids),
                theme_paths=tuple(theme_path(themes, t) or t for t in theme_ids),
                note=r[12],
                coder=r[13],
                text=r[14],
                start=r[15],
                end=r[16],
                kind=r[17],
            )
        )
    return out


def records(
    project: Project, query: AnnotationQuery = EVERYTHING, *, sort: SortKey = "published"
) -> Iterator[JsonDict]:
    """The annotations of ``query`` as JSON objects: the export format's annotation
    fields joined with their article's metadata, speaker and theme names (see
    :mod:`annotary.formats.annotation_lines`), streamed in ``sort`` order."""
    speakers = {s.id: s for s in speaker_store.all_speakers(project.store)}
    themes = _theme_index(project)
    for annotation, article in sql.joined(project.store, query, sort):
        yield joined_record(annotation, article, speakers, themes)


def count(project: Project, query: AnnotationQuery = EVERYTHING) -> int:
    """How many annotations ``query`` selects."""
    return sql.count(project.store, query)


def annotation_ids(project: Project, query: AnnotationQuery = EVERYTHING) -> set[str]:
    """The ids of the annotations ``query`` selects."""
    return set(sql.ids(project.store, query))


def cell_rows(project: Project, table: CountTable, i: int, j: int) -> list[AnnotationRow]:
    """Exactly the annotations counted in cell (i, j) of ``table`` (for a paragraph
    co-occurrence cell: the annotations with either theme in the paragraphs counted)."""
    return rows(project, table.cell_query(i, j))


# -- names ----------------------------------------------------------------------------------
def find_speakers(project: Project, text: str) -> list[str]:
    """Ids of the speakers ``text`` names: an id, a name or any alias (case-insensitive)."""
    return sql.speaker_ids(project.store, text)


def find_themes(project: Project, text: str) -> list[str]:
    """Ids of the themes named ``text``: an id, a name, or a path ("Economy › Trade"
    or "Economy/Trade"), case-insensitive."""
    wanted = text.strip()
    folded = wanted.casefold()
    found = []
    for path, theme in theme_paths(theme_store.all_themes(project.store)):
        slashed = "/".join(part.strip() for part in path.split("›"))
        if (
            theme.id == wanted
            or theme.name.casefold() == folded
            or path.casefold() == folded
            or slashed.casefold() == "/".join(p.strip() for p in folded.split("/"))
        ):
            found.append(theme.id)
    return found


def _theme_index(project: Project) -> dict[str, Theme]:
    return {t.id: t for t in theme_store.all_themes(project.store)}


# -- counts ---------------------------------------------------------------------------------
def _labels(project: Project, dim: Dimension, counted: set[Key]) -> list[tuple[Key, str]]:
    """Every value of ``dim`` with its label: all themes, speakers, outlets, roles ... of
    the project, then the values only the counts hold (months between, "(none)")."""
    listed: list[tuple[Key, str]]
    if dim == "theme":
        listed = [(t.id, p) for p, t in theme_paths(theme_store.all_themes(project.store))]
    elif dim == "speaker":
        listed = [(s.id, s.name) for s in speaker_store.all_speakers(project.store)]
    elif dim == "quote_type":
        listed = [(k, k) for k in QUOTE_TYPES]
    elif dim == "month":
        months = sorted(k for k in counted if k is not None)
        listed = [(m, m) for m in _month_range(months[0], months[-1])] if months else []
    else:
        listed = [(v, v) for v in crosstabs.values(project.store, dim)]
    known = {_fold_key(dim, k) for k, _ in listed}
    extra = sorted(
        (k for k in counted if k is not None and _fold_key(dim, k) not in known), key=str
    )
    listed += [(k, k) for k in extra]
    if None in counted:
        listed.append((None, NONE_LABEL))
    return listed


def _fold_key(dim: Dimension, key: Key) -> Key:
    if key is None or dim in ("theme", "speaker", "month", "quote_type"):
        return key
    return sql.fold(key)


def _month_range(first: str, last: str) -> list[str]:
    try:
        y, m = int(first[:4]), int(first[5:7])
        end = (int(last[:4]), int(last[5:7]))
    except ValueError:
        return sorted({first, last})
    out: list[str] = []
    while (y, m) <= end and len(out) < 12 * 500:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _table(
    project: Project,
    row_dim: Dimension,
    col_dim: Dimension,
    found: list[tuple[Key, Key, int]],
    query: AnnotationQuery,
    scope: Scope | None = None,
) -> CountTable:
    row_labels = _labels(project, row_dim, {r for r, _, _ in found})
    col_labels = _labels(project, col_dim, {c for _, c, _ in found})
    row_at = {_fold_key(row_dim, k): i for i, (k, _) in enumerate(row_labels)}
    col_at = {_fold_key(col_dim, k): j for j, (k, _) in enumerate(col_labels)}
    grid = [[0] * len(col_labels) for _ in row_labels]
    for r, c, n in found:
        i, j = row_at.get(_fold_key(row_dim, r)), col_at.get(_fold_key(col_dim, c))
        if i is not None and j is not None:
            grid[i][j] += n
    return CountTable(
        row_dimension=row_dim,
        column_dimension=col_dim,
        rows=tuple(label for _, label in row_labels),
        columns=tuple(label for _, label in col_labels),
        row_keys=tuple(k for k, _ in row_labels),
        column_keys=tuple(k for k, _ in col_labels),
        counts=tuple(tuple(row) for row in grid),
        query=query,
        scope=scope,
    )


def _measure_query(measure: Measure, query: AnnotationQuery) -> AnnotationQuery:
    """Speakers and quote types count quotes; themes count every annotation."""
    if measure in ("speakers", "quote-types") and query.kind is None:
        return replace(query, kind="quote")
    return query


def counts(
    project: Project,
    measure: Measure,
    by: Dimension,
    query: AnnotationQuery = EVERYTHING,
) -> CountTable:
    """``measure`` (rows) by ``by`` (columns), within ``query``.

    "themes" counts annotations carrying each theme (an annotation with two themes
    counts in both rows; a theme's count does not include its sub-themes');
    "speakers" counts quotes attributed to each speaker; "quote-types" counts quotes
    by type. Every theme and speaker of the project is a row (or a column) even
    with no counts; months run without gaps from the first to the last counted.
    """
    row_dim = MEASURE_DIMENSION.get(measure)
    if row_dim is None:
        raise InvalidInputError(
            message(
                "unknown measure {measure}: themes, speakers or quote-types", measure=repr(measure)
            )
        )
    if by not in sql.DIMENSION_SQL and by != "theme":
        raise InvalidInputError(message("cannot count by {by}", by=repr(by)))
    if row_dim == by:
        if by == "theme":
            return cooccurrence(project, "annotation", query)
        raise InvalidInputError(
            message("{measure} by {by} is not a table: choose another --by", measure=measure, by=by)
        )
    q = _measure_query(measure, query)
    return _table(project, row_dim, by, crosstabs.crosstab(project.store, row_dim, by, q), q)


def cooccurrence(
    project: Project, scope: Scope = "annotation", query: AnnotationQuery = EVERYTHING
) -> CountTable:
    """Themes by themes: how many annotations carry both ("annotation"), or in how many
    paragraphs both are carried ("paragraph"). The diagonal counts the theme alone."""
    if scope == "annotation":
        found: list[tuple[Any, Any, int]] = crosstabs.crosstab(
            project.store, "theme", "theme", query
        )
    elif scope == "paragraph":
        found = list(crosstabs.paragraph_cooccurrence(project.store, query))
    else:
        raise InvalidInputError(
            message("unknown scope {scope}: annotation or paragraph", scope=repr(scope))
        )
    return _table(project, "theme", "theme", found, query, scope=scope)


def voice_share(
    project: Project,
    by: Dimension = "role",
    query: AnnotationQuery = EVERYTHING,
) -> CountTable:
    """Whose words appear directly: quotes by speaker role (or affiliation, or any
    other dimension) in rows, quote types in columns."""
    q = _measure_query("quote-types", query)
    found = crosstabs.crosstab(project.store, by, "quote_type", q)
    return _table(project, by, "quote_type", found, q)


# -- profiles -------------------------------------------------------------------------------
def speaker_profile(project: Project, speaker_id: str) -> SpeakerProfile:
    """One speaker across the corpus: aliases, how each article names them, quotes
    (direct and reported), quotes by month, outlets and themes, each with its query."""
    speaker = speaker_store.get(project.store, speaker_id)
    base = AnnotationQuery(kind="quote", speaker=speaker.id)
    quote_types = voice_share(project, "speaker", base)
    by_type = quote_types.transposed()
    stated: dict[str, tuple[str, str | None, list[str]]] = {}
    for article_id, title, published, text in sql.stated_forms(project.store, speaker.id):
        forms = stated.setdefault(article_id, (title, published, []))[2]
        if text not in forms:
            forms.append(text)
    return SpeakerProfile(
        speaker_id=speaker.id,
        name=speaker.name,
        role=speaker.role,
        affiliation=speaker.affiliation,
        aliases=speaker.aliases,
        stated=tuple(
            StatedForm(article_id, title, published, tuple(forms))
            for article_id, (title, published, forms) in stated.items()
        ),
        quotes=Count(speaker.name, speaker.id, count(project, base), base),
        quote_types=tuple(
            Count(label, key, n, by_type.row_query(i))
            for i, (label, key, n) in enumerate(
                zip(by_type.rows, by_type.row_keys, by_type.row_totals, strict=True)
            )
            if n or key is not None
        ),
        months=_one_dimension(project, "month", base, keep_empty=True),
        outlets=_one_dimension(project, "outlet", base),
        themes=_one_dimension(project, "theme", base),
    )


def _one_dimension(
    project: Project, dim: Dimension, base: AnnotationQuery, keep_empty: bool = False
) -> tuple[Count, ...]:
    found = [(k, None, n) for k, _, n in crosstabs.crosstab(project.store, dim, "quote_type", base)]
    merged: dict[Key, int] = {}
    for k, _, n in found:
        merged[k] = merged.get(k, 0) + n
    labels = _labels(project, dim, set(merged))
    out: list[Count] = []
    for key, label in labels:
        n = sum(v for k, v in merged.items() if _fold_key(dim, k) == _fold_key(dim, key))
        if n or (keep_empty and key is not None):
            out.append(Count(label, key, n, base.narrowed(dim, key)))
    return tuple(out)


def theme_profile(
    project: Project, theme_id: str, include_subthemes: bool = False, limit: int = 500
) -> ThemeProfile:
    """One theme across the corpus: its passages and quotes by article (with the text
    around each; the first ``limit`` of them by date, the counts say how many in all),
    and the themes carried on the same annotations, most frequent first."""
    theme = theme_store.get(project.store, theme_id)
    index = _theme_index(project)
    base = AnnotationQuery(theme=theme.id, include_subthemes=include_subthemes)
    passages = replace(base, kind="passage")
    quotes = replace(base, kind="quote")
    listed = [r for r in rows(project, base, limit=limit) if r.kind in ("passage", "quote")]
    around = sql.contexts(project.store, (r.id for r in listed))
    groups: dict[str, list[AnnotationRow]] = {}
    for r in listed:
        groups.setdefault(r.article_id, []).append(r)
    articles = tuple(
        ArticleGroup(
            article_id=group[0].article_id,
            article_title=group[0].article_title,
            outlet=group[0].outlet,
            published=group[0].published,
            rows=tuple(group),
            contexts=tuple(around.get(r.id, ("", "")) for r in group),
        )
        for group in groups.values()
    )
    with_theme = AnnotationQuery(themes_all=(theme.id,))
    together = crosstabs.crosstab(project.store, "theme", "theme", with_theme)
    co = sorted(
        ((other, n) for t, other, n in together if t == theme.id and other != theme.id),
        key=lambda item: (-item[1], theme_path(index, str(item[0]))),
    )
    return ThemeProfile(
        theme_id=theme.id,
        name=theme.name,
        path=theme_path(index, theme.id),
        passages=Count(theme.name, theme.id, count(project, passages), passages),
        quotes=Count(theme.name, theme.id, count(project, quotes), quotes),
        articles=articles,
        cooccurring=tuple(
            Count(
                theme_path(index, str(other)),
                other,
                n,
                AnnotationQuery(themes_all=(theme.id, str(other))),
            )
            for other, n in co
        ),
    )
