"""Annotations across the corpus, filtered, listed and counted in SQL.

:func:`where` turns an :class:`~annotary.domain.analysis.AnnotationQuery` into SQL
conditions over ``annotations an JOIN articles a LEFT JOIN speakers s``; the
listing (:func:`rows`) and the cross tabulations (:func:`crosstab`,
:func:`paragraph_cooccurrence`) share it, so a cell's count and the rows its
query lists cannot disagree. Names, outlets, roles and coders compare as SQLite's
NOCASE does (ASCII letters folded), in filters and in groupings alike.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from annotary.domain.analysis import AnnotationQuery, Dimension, SortKey
from annotary.domain.codebook import descendants
from annotary.domain.models import Annotation
from annotary.storage import themes as theme_store
from annotary.storage.store import Store

FROM = (
    "FROM annotations an JOIN articles a ON a.id = an.article_id "
    "LEFT JOIN speakers s ON s.id = an.speaker_id"
)
_SEP = "\x1f"  # between the theme ids of one row
# The paragraph an annotation starts in: the blank lines ("\n\n") before its start.
PARAGRAPH = (
    "((length(substr(a.text, 1, an.start_offset)) - "
    "length(replace(substr(a.text, 1, an.start_offset), char(10, 10), ''))) / 2)"
)
#: SQL for each dimension's value of a row (NULL: none); themes come from a join.
DIMENSION_SQL: dict[str, str] = {
    "speaker": "an.speaker_id",
    "outlet": "NULLIF(a.outlet, '')",
    "month": "CASE WHEN length(a.published) >= 7 THEN substr(a.published, 1, 7) END",
    "role": "NULLIF(s.role, '')",
    "affiliation": "NULLIF(s.affiliation, '')",
    "quote_type": "an.quote_type",
    "coder": "NULLIF(an.coder, '')",
}
_NOCASE = {"outlet", "role", "affiliation", "coder"}
_SORT: dict[str, str] = {
    "published": "a.published",
    "article_title": "a.title COLLATE NOCASE",
    "outlet": "a.outlet COLLATE NOCASE",
    "speaker_name": "s.name COLLATE NOCASE",
    "quote_type": "an.quote_type",
    "coder": "an.coder COLLATE NOCASE",
    "text": "an.exact",
    "start": "an.start_offset",
}


def fold(value: str) -> str:
    """``value`` as SQLite's NOCASE compares it: ASCII letters lower-cased, nothing else."""
    return value.translate(_ASCII_LOWER)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def speaker_ids(store: Store, text: str) -> list[str]:
    """The speakers ``text`` names: by id, by name or by any alias (case-insensitive)."""
    text = text.strip()
    found = store.query(
        "SELECT id FROM speakers WHERE id = ? OR name = ? COLLATE NOCASE "
        "UNION SELECT speaker_id FROM speaker_aliases WHERE alias = ? COLLATE NOCASE",
        (text, text, text),
    )
    return sorted(r[0] for r in found)


def theme_ids(store: Store, theme_id: str, include_subthemes: bool) -> list[str]:
    """``theme_id`` and, with ``include_subthemes``, every theme below it."""
    if not include_subthemes:
        return [theme_id]
    by_id = {t.id: t for t in theme_store.all_themes(store)}
    return [theme_id, *sorted(descendants(by_id, theme_id))]


def _marks(n: int) -> str:
    return ",".join("?" * n)


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _equals(column: str, value: str, where: list[str], params: list[Any]) -> None:
    """``column`` equal to ``value`` (NOCASE), or missing when ``value`` is ""."""
    if value == "":
        where.append(f"NULLIF({column}, '') IS NULL")
    else:
        where.append(f"{column} = ? COLLATE NOCASE")
        params.append(value)


def where(store: Store, q: AnnotationQuery) -> tuple[list[str], list[Any]]:
    """SQL conditions (over ``an``, ``a``, ``s``) selecting the annotations of ``q``."""
    out: list[str] = []
    params: list[Any] = []
    if q.kind is not None:
        out.append("an.kind = ?")
        params.append(q.kind)
    if q.article is not None:
        out.append("an.article_id = ?")
        params.append(q.article)
    if q.speaker is not None:
        if q.speaker == "":
            out.append("an.speaker_id IS NULL")
        else:
            ids = speaker_ids(store, q.speaker)
            out.append(f"an.speaker_id IN ({_marks(len(ids))})" if ids else "0")
            params.extend(ids)
    if q.theme is not None:
        if q.theme == "":
            out.append(
                "NOT EXISTS (SELECT 1 FROM annotation_themes x WHERE x.annotation_id = an.id)"
            )
        else:
            ids = theme_ids(store, q.theme, q.include_subthemes)
            out.append(
                "an.id IN (SELECT x.annotation_id FROM annotation_themes x "
                f"WHERE x.theme_id IN ({_marks(len(ids))}))"
            )
            params.extend(ids)
    for theme_id in q.themes_all:
        out.append(
            "EXISTS (SELECT 1 FROM annotation_themes x WHERE x.annotation_id = an.id "
            "AND x.theme_id = ?)"
        )
        params.append(theme_id)
    if q.outlet is not None:
        _equals("a.outlet", q.outlet, out, params)
    if q.language:
        out.append("(a.language = ? COLLATE NOCASE OR a.language LIKE ? COLLATE NOCASE)")
        params.extend([q.language, q.language + "-%"])
    if q.date_from:
        out.append("a.published >= ?")
        params.append(q.date_from)
    if q.date_to:
        out.append("a.published <= ?")
        params.append(q.date_to[:10] + "\uffff")
    if q.month is not None:
        if q.month == "":
            out.append(f"{DIMENSION_SQL['month']} IS NULL")
        else:
            out.append("a.published >= ? AND a.published < ?")
            params.extend([q.month[:7], q.month[:7] + "\uffff"])
    if q.collection:
        out.append(
            "an.article_id IN (SELECT ac.article_id FROM article_collections ac "
            "JOIN collections c ON c.id = ac.collection_id WHERE c.name = ? COLLATE NOCASE)"
        )
        params.append(q.collection)
    if q.quote_type is not None:
        if q.quote_type == "":
            out.append("an.quote_type IS NULL")
        else:
            out.append("an.quote_type = ?")
            params.append(q.quote_type)
    if q.coder is not None:
        _equals("an.coder", q.coder, out, params)
    if q.role is not None:
        _equals("s.role", q.role, out, params)
    if q.affiliation is not None:
        _equals("s.affiliation", q.affiliation, out, params)
    if q.text:
        pattern = _like(q.text)
        out.append(
            "(an.exact LIKE ? ESCAPE '\\' OR an.note LIKE ? ESCAPE '\\' "
            "OR a.title LIKE ? ESCAPE '\\' OR s.name LIKE ? ESCAPE '\\')"
        )
        params.extend([pattern] * 4)
    if q.paragraph_themes:
        _paragraph_condition(q.paragraph_themes, out, params)
    return out, params


def _paragraph_condition(themes: Sequence[str], out: list[str], params: list[Any]) -> None:
    """Annotations carrying one of ``themes`` in a paragraph where each theme is carried."""
    out.append(
        "EXISTS (SELECT 1 FROM annotation_themes x WHERE x.annotation_id = an.id "
        f"AND x.theme_id IN ({_marks(len(themes))}))"
    )
    params.extend(themes)
    other = PARAGRAPH.replace("an.", "b.")
    for theme_id in themes:
        out.append(
            "EXISTS (SELECT 1 FROM annotations b JOIN annotation_themes y "
            "ON y.annotation_id = b.id AND y.theme_id = ? "
            f"WHERE b.article_id = an.article_id AND {other} = {PARAGRAPH})"
        )
        params.append(theme_id)


def _sql_where(conditions: list[str]) -> str:
    return (" WHERE " + " AND ".join(conditions)) if conditions else ""


# An annotation's theme ids in the order they were given (as the JSON export lists them).
_THEMES = (
    "(SELECT group_concat(theme_id, char(31)) FROM (SELECT x.theme_id FROM annotation_themes x "
    "WHERE x.annotation_id = an.id ORDER BY x.rowid))"
)
ROW_COLUMNS = (
    "an.id, an.article_id, a.title, a.outlet, a.published, a.language, an.speaker_id, "
    "s.name, s.role, s.affiliation, an.quote_type, "
    f"{_THEMES}, an.note, an.coder, an.exact, an.start_offset, "
    "an.end_offset, an.kind"
)


def _order(sort: SortKey, descending: bool) -> str:
    """ORDER BY terms: ``sort`` (rows without a value last), then date, article, position."""
    key = _SORT[sort]
    direction = " DESC" if descending else ""
    return (
        f"({key}) IS NULL, {key}{direction}, a.published IS NULL, a.published, "
        "an.article_id, an.start_offset, an.id"
    )


def rows(
    store: Store,
    q: AnnotationQuery,
    sort: SortKey = "published",
    descending: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> list[tuple[Any, ...]]:
    """The rows of ``q`` as tuples in :data:`ROW_COLUMNS` order (theme ids joined by
    U+001F), sorted by ``sort`` then article and position."""
    conditions, params = where(store, q)
    order = _order(sort, descending)
    sql = f"SELECT {ROW_COLUMNS} {FROM}{_sql_where(conditions)} ORDER BY {order}"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params.extend([limit, offset])
    with store._lock:
        return store.conn.execute(sql, params).fetchall()


def split_themes(value: str | None) -> tuple[str, ...]:
    """The ids (or names) a ``group_concat(..., char(31))`` joined."""
    return tuple(value.split(_SEP)) if value else ()


def count(store: Store, q: AnnotationQuery) -> int:
    conditions, params = where(store, q)
    return int(store.query(f"SELECT count(*) {FROM}{_sql_where(conditions)}", tuple(params))[0][0])


def ids(store: Store, q: AnnotationQuery) -> list[str]:
    """The ids of the annotations of ``q`` (in no particular order)."""
    conditions, params = where(store, q)
    return [
        r[0] for r in store.query(f"SELECT an.id {FROM}{_sql_where(conditions)}", tuple(params))
    ]


def _dimension(dim: str, alias: str) -> tuple[str, str]:
    """(SQL value, extra join) of a dimension; ``alias`` names a themes join."""
    if dim == "theme":
        join = f" JOIN annotation_themes {alias} ON {alias}.annotation_id = an.id"
        return f"{alias}.theme_id", join
    expr = DIMENSION_SQL[dim]
    return (f"{expr} COLLATE NOCASE" if dim in _NOCASE else expr), ""


def crosstab(
    store: Store, row_dim: Dimension, col_dim: Dimension, q: AnnotationQuery
) -> list[tuple[str | None, str | None, int]]:
    """(row value, column value, number of annotations) for each non-empty pair.

    An annotation with two themes counts once for each theme it carries on a theme
    dimension; with themes on both sides, a pair counts the annotations carrying both.
    """
    row_sql, row_join = _dimension(row_dim, "t1")
    col_sql, col_join = _dimension(col_dim, "t2")
    conditions, params = where(store, q)
    sql = (
        f"SELECT {row_sql} AS r, {col_sql} AS c, count(*) {FROM}{row_join}{col_join}"
        f"{_sql_where(conditions)} GROUP BY r, c"
    )
    return [(r[0], r[1], int(r[2])) for r in store.query(sql, tuple(params))]


def paragraph_cooccurrence(store: Store, q: AnnotationQuery) -> list[tuple[str, str, int]]:
    """(theme, theme, number of paragraphs where annotations carry both) for each pair."""
    conditions, params = where(store, q)
    sql = (
        f"WITH p AS (SELECT DISTINCT an.article_id AS art, {PARAGRAPH} AS para, "
        f"t.theme_id AS theme {FROM} JOIN annotation_themes t ON t.annotation_id = an.id"
        f"{_sql_where(conditions)}) "
        "SELECT x.theme, y.theme, count(*) FROM p x JOIN p y "
        "ON x.art = y.art AND x.para = y.para GROUP BY x.theme, y.theme"
    )
    return [(r[0], r[1], int(r[2])) for r in store.query(sql, tuple(params))]


def values(store: Store, dim: Dimension) -> list[str]:
    """Every value a dimension takes in the project, whether counted or not."""
    if dim == "outlet":
        sql = (
            "SELECT DISTINCT outlet COLLATE NOCASE FROM articles "
            "WHERE NULLIF(outlet, '') IS NOT NULL"
        )
    elif dim in ("role", "affiliation"):
        sql = (
            f"SELECT DISTINCT {dim} COLLATE NOCASE FROM speakers "
            f"WHERE NULLIF({dim}, '') IS NOT NULL"
        )
    elif dim == "coder":
        sql = (
            "SELECT DISTINCT coder COLLATE NOCASE FROM annotations "
            "WHERE NULLIF(coder, '') IS NOT NULL"
        )
    else:
        return []
    return sorted((r[0] for r in store.query(sql)), key=lambda v: (fold(v), v))


def stated_forms(store: Store, speaker_id: str) -> list[tuple[str, str, str | None, str]]:
    """(article id, title, published, text) of each mention of the speaker in an article."""
    found = store.query(
        "SELECT an.article_id, a.title, a.published, an.exact FROM annotations an "
        "JOIN articles a ON a.id = an.article_id WHERE an.speaker_id = ? AND an.kind = 'speaker' "
        "ORDER BY a.published, an.article_id, an.start_offset",
        (speaker_id,),
    )
    return [(r[0], r[1], r[2], r[3]) for r in found]


def contexts(store: Store, annotation_ids: Iterable[str]) -> dict[str, tuple[str, str]]:
    """The prefix and suffix stored with each annotation."""
    wanted = list(annotation_ids)
    out: dict[str, tuple[str, str]] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        for r in store.query(
            f"SELECT id, prefix, suffix FROM annotations WHERE id IN ({_marks(len(chunk))})",
            tuple(chunk),
        ):
            out[r[0]] = (r[1], r[2])
    return out


_JOINED = (
    "an.id, an.article_id, an.kind, an.start_offset, an.end_offset, an.exact, an.prefix, "
    f"an.suffix, an.speaker_id, {_THEMES}, an.note, an.quote_type, an.coder, an.created, "
    "an.modified, an.status, a.title, a.outlet, a.author, a.published, a.url, a.language, "
    "(SELECT group_concat(c.name, char(31)) FROM article_collections ac "
    "JOIN collections c ON c.id = ac.collection_id WHERE ac.article_id = an.article_id)"
)
#: The article fields :func:`joined` gives beside each annotation, in order.
ARTICLE_FIELDS = ("title", "outlet", "author", "published", "url", "language", "collections")


def joined(
    store: Store, q: AnnotationQuery, sort: SortKey = "published", batch: int = 1000
) -> Iterator[tuple[Annotation, dict[str, Any]]]:
    """Each annotation of ``q`` with its article's metadata (:data:`ARTICLE_FIELDS`,
    collections as a tuple of names), streamed ``batch`` rows at a time."""
    conditions, params = where(store, q)
    order = _order(sort, False)
    sql = f"SELECT {_JOINED} {FROM}{_sql_where(conditions)} ORDER BY {order}"
    cursor = store.conn.cursor()
    cursor.execute(sql, params)
    while found := cursor.fetchmany(batch):
        for r in found:
            annotation = Annotation(
                r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8],
                split_themes(r[9]), r[10], r[11], r[12], r[13], r[14], r[15],
            )  # fmt: skip
            article = dict(zip(ARTICLE_FIELDS, r[16:22], strict=False))
            article["collections"] = split_themes(r[22])
            yield annotation, article
