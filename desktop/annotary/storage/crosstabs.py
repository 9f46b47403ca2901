"""Cross tabulations of the corpus's annotations, counted in SQL.

:func:`crosstab` counts annotations by two dimensions with the conditions of
:func:`~annotary.storage.analysis.where`, so a cell's count and the rows its query lists
cannot disagree. Counts that involve themes read the theme facets (``theme_facets``,
schema 5: one row per theme of an annotation with what the counts group and filter by),
and theme co-occurrence counts the pairs of each distinct list of themes once
(:func:`paragraph_cooccurrence`, and annotations).
"""

from __future__ import annotations

from collections import Counter

from annotary.domain.analysis import AnnotationQuery, Dimension
from annotary.domain.cooccurrence import pair_counts
from annotary.storage.analysis import (
    ANNOTATIONS,
    FACETS,
    NOCASE,
    THEME_SEP,
    Source,
    counting_from,
    dimension_sql,
    facets_from,
    fold,
    sql_where,
    where,
)
from annotary.storage.store import Store

_GROUP_SEP = "\x1e"  # between the theme lists of several


def _dimension(dim: str, src: Source = ANNOTATIONS) -> str:
    """The SQL value of a dimension (not "theme"), compared as its values are."""
    expr = dimension_sql(dim, src)
    return f"{expr} COLLATE NOCASE" if dim in NOCASE else expr


def crosstab(
    store: Store, row_dim: Dimension, col_dim: Dimension, q: AnnotationQuery
) -> list[tuple[str | None, str | None, int]]:
    """(row value, column value, number of annotations) for each non-empty pair.

    An annotation with two themes counts once for each theme it carries on a theme
    dimension; with themes on both sides, a pair counts the annotations carrying both.
    """
    if "theme" in (row_dim, col_dim):
        return _theme_crosstab(store, row_dim, col_dim, q)
    row_sql, col_sql = _dimension(row_dim), _dimension(col_dim)
    conditions, params = where(store, q)
    tail = sql_where(conditions)
    source = counting_from(f"{row_sql} {col_sql} {tail}", q)
    sql = f"SELECT {row_sql} AS r, {col_sql} AS c, count(*) {source}{tail} GROUP BY r, c"
    return [(r[0], r[1], int(r[2])) for r in store.query(sql, tuple(params))]


#: Each dimension's value in the theme facets, as stored (see :func:`_theme_crosstab`).
_FACET_VALUES = {
    "speaker": "f.speaker_id",
    "outlet": "f.outlet",
    "month": "CASE WHEN length(f.published) >= 7 THEN substr(f.published, 1, 7) END",
    "role": "s.role",
    "affiliation": "s.affiliation",
    "quote_type": "f.quote_type",
    "coder": "f.coder",
}


def _theme_crosstab(
    store: Store, row_dim: Dimension, col_dim: Dimension, q: AnnotationQuery
) -> list[tuple[str | None, str | None, int]]:
    """:func:`crosstab` with themes on one side (or both), read from the theme facets."""
    if row_dim == col_dim == "theme":
        # each annotation's themes, grouped in SQL in the facets' order (no sort)
        return list(_theme_pairs(store, q, "f.article_id, f.paragraph, f.annotation_id"))
    other = col_dim if row_dim == "theme" else row_dim
    # grouped by the stored value as it is (a plain comparison sorts faster); "" and
    # NULL, and values differing only in case (NOCASE), are merged here
    value = _FACET_VALUES[other]
    conditions, params = where(store, q, FACETS)
    tail = sql_where(conditions)
    sql = (
        f"SELECT f.theme_id AS t, {value} AS v, count(*) "
        f"{facets_from(value + tail)}{tail} GROUP BY t, v"
    )
    merged: Counter[tuple[str, str | None]] = Counter()
    least: dict[str, str] = {}  # of the values differing only in case, the least
    for theme_id, v, n in store.query(sql, tuple(params)):
        key = v or None
        if key is not None and other in NOCASE:
            folded = fold(key)
            least[folded] = min(least.get(folded, key), key)
            key = folded
        merged[(theme_id, key)] += int(n)
    out: list[tuple[str | None, str | None, int]] = []
    for (theme_id, key), n in merged.items():
        v = least[key] if key is not None and other in NOCASE else key
        out.append((theme_id, v, n) if row_dim == "theme" else (v, theme_id, n))
    return out


def _theme_pairs(store: Store, q: AnnotationQuery, group_by: str) -> list[tuple[str, str, int]]:
    """(theme, theme, how many groups carry both) for the groups (``group_by``:
    annotations, or paragraphs) of the annotations of ``q``.

    Many groups carry the same few themes, so SQL finds each distinct list of themes
    once, with how many groups have it, and hands them all over as two strings: the
    lists (U+001E between them) and their counts. Thousands of row objects would each
    count towards Python's garbage collection, which in the window (many objects
    alive) took a fifth of this count's time."""
    conditions, params = where(store, q, FACETS)
    tail = sql_where(conditions)
    sql = (
        "SELECT group_concat(s, char(30)), group_concat(n) FROM (SELECT s, count(*) AS n "
        f"FROM (SELECT group_concat(f.theme_id, char(31)) AS s {facets_from(tail)}{tail} "
        f"GROUP BY {group_by}) GROUP BY s)"
    )
    ((joined, counts),) = store.query(sql, tuple(params))
    if not joined:
        return []
    lists = joined.split(_GROUP_SEP)
    weights = [int(n) for n in counts.split(",")]
    sizes = [v.count(THEME_SEP) + 1 for v in lists]
    members = joined.replace(_GROUP_SEP, THEME_SEP).split(THEME_SEP)
    return [(a, b, n) for (a, b), n in pair_counts(members, sizes, weights).items()]


def paragraph_cooccurrence(store: Store, q: AnnotationQuery) -> list[tuple[str, str, int]]:
    """(theme, theme, number of paragraphs where annotations carry both) for each pair."""
    return _theme_pairs(store, q, "f.article_id, f.paragraph")


_VALUE_SOURCES = {"outlet": "articles", "role": "speakers", "affiliation": "speakers"}


def values(store: Store, dim: Dimension) -> list[str]:
    """Every value a dimension takes in the project, whether counted or not; of values
    differing only in case, the one that sorts first ("Harbour Daily", not "harbour daily")."""
    table = _VALUE_SOURCES.get(dim, "annotations" if dim == "coder" else "")
    if not table:
        return []
    sql = (
        f"SELECT min({dim}) FROM {table} WHERE NULLIF({dim}, '') IS NOT NULL "
        f"GROUP BY {dim} COLLATE NOCASE"
    )
    return sorted((r[0] for r in store.query(sql)), key=lambda v: (fold(v), v))
