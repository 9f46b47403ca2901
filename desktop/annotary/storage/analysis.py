"""Annotations across the corpus, filtered, listed and counted in SQL.

:func:`where` turns an :class:`~annotary.domain.analysis.AnnotationQuery` into SQL
conditions over ``annotations an JOIN articles a LEFT JOIN speakers s``; the
listing (:func:`rows`) and the cross tabulations (``storage/crosstabs.py``) share it,
so a cell's count and the rows its query lists cannot disagree. Names, outlets, roles
and coders compare as SQLite's NOCASE does (ASCII letters folded), in filters and in
groupings alike.

Counts that involve themes read the theme facets instead (``theme_facets``, schema 5:
one row per theme of an annotation, with what the counts group and filter by, kept by
triggers), so they scan one narrow table instead of joining every theme assignment to
its annotation and article: :func:`where` writes the same conditions over either
source (:data:`ANNOTATIONS` or :data:`FACETS`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Any

from annotary.domain.analysis import AnnotationQuery, SortKey
from annotary.domain.codebook import descendants
from annotary.domain.models import SEGMENT_JOINER, Annotation
from annotary.storage import themes as theme_store
from annotary.storage.store import Store

FROM = (
    "FROM annotations an JOIN articles a ON a.id = an.article_id "
    "LEFT JOIN speakers s ON s.id = an.speaker_id"
)
_USES_ARTICLE = re.compile(r"\ba\.")
USES_SPEAKER = re.compile(r"\bs\.")


def counting_from(sql_text: str, q: AnnotationQuery) -> str:
    """The FROM clause for counting: only the tables ``sql_text`` (the selected values
    and conditions) refers to, each read through a covering index, so that neither the
    annotation rows with their texts nor the article rows with theirs are read.

    The annotations are read in id order (the themes joined by id are then read in
    order too), unless ``q`` limits the articles (outlet, dates, language, collection,
    one article): then the articles come first, and only their annotations are read.
    """
    if _limits_articles(q):
        out = (
            "FROM articles a INDEXED BY articles_facets "
            "CROSS JOIN annotations an INDEXED BY annotations_by_article ON an.article_id = a.id"
        )
    else:
        # free text too short for the trigram index is matched in the annotation rows:
        # read them in order, not by id; text the trigram index finds gives the rowids
        # to read: no index is forced then either
        out = "FROM annotations an"
        if not q.text:
            out += " INDEXED BY annotations_facets"
        if _USES_ARTICLE.search(sql_text):
            out += " CROSS JOIN articles a INDEXED BY articles_facets ON a.id = an.article_id"
    if USES_SPEAKER.search(sql_text):
        out += " LEFT JOIN speakers s ON s.id = an.speaker_id"
    return out


def _limits_articles(q: AnnotationQuery) -> bool:
    return bool(
        q.outlet or q.date_from or q.date_to or q.month or q.language or q.collection or q.article
    )


@dataclass(frozen=True, slots=True)
class Source:
    """Where the conditions of :func:`where` read an annotation's values: ``an`` and
    ``a`` prefix its own and its article's columns, ``id`` is its id; a subquery over
    the annotations (``x``) selects them by giving ``key_of_x`` to compare with ``key``.
    The speaker's columns are always ``s`` (a join). ``facets``: the theme facets."""

    an: str
    a: str
    id: str
    key: str
    key_of_x: str
    facets: bool = False

    def carrying(self, theme_condition: str) -> str:
        """The annotations with a theme (``x``, their themes) meeting ``theme_condition``.

        In the facets, they are looked up by their place (the facets' key: article,
        paragraph, annotation), not tested row by row."""
        if not self.facets:
            return (
                f"{self.id} IN (SELECT x.annotation_id FROM annotation_themes x "
                f"WHERE {theme_condition})"
            )
        return (
            f"({self.an}.article_id, {self.an}.paragraph, {self.id}) IN (SELECT "
            "y.article_id, y.paragraph, y.id FROM annotation_themes x "
            f"JOIN annotations y ON y.id = x.annotation_id WHERE {theme_condition})"
        )


#: The annotation rows (``an``) joined with their articles (``a``).
ANNOTATIONS = Source(an="an", a="a", id="an.id", key="an.rowid", key_of_x="x.rowid")
#: The theme facets (``f``): one row per theme of an annotation, with the values the
#: annotation and its article have (same column names; the annotation's id is
#: ``annotation_id``). Free text of one or two characters is not matched there.
FACETS = Source(
    an="f", a="f", id="f.annotation_id", key="f.annotation_id", key_of_x="x.id", facets=True
)

THEME_SEP = "\x1f"  # between the theme ids of one row
#: SQL for each dimension's value of a row (NULL: none), ``{an}``/``{a}`` to be filled
#: in from a :class:`Source`; themes come from a join (or from the facets).
DIMENSION_SQL: dict[str, str] = {
    "speaker": "{an}.speaker_id",
    "outlet": "NULLIF({a}.outlet, '')",
    "month": "CASE WHEN length({a}.published) >= 7 THEN substr({a}.published, 1, 7) END",
    "role": "NULLIF(s.role, '')",
    "affiliation": "NULLIF(s.affiliation, '')",
    "quote_type": "{an}.quote_type",
    "coder": "NULLIF({an}.coder, '')",
}


def dimension_sql(dim: str, src: Source = ANNOTATIONS) -> str:
    """The SQL value of dimension ``dim`` (not "theme") read from ``src``."""
    return DIMENSION_SQL[dim].format(an=src.an, a=src.a)


NOCASE = {"outlet", "role", "affiliation", "coder"}
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


def _indexed_text(text: str) -> bool:
    """Whether the trigram index can find ``text`` (three characters at least)."""
    return len(text) >= 3


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


def where(
    store: Store, q: AnnotationQuery, src: Source = ANNOTATIONS
) -> tuple[list[str], list[Any]]:
    """SQL conditions (over ``an``, ``a``, ``s``, or the facets and ``s``) selecting the
    annotations of ``q``."""
    an, a, an_id = src.an, src.a, src.id
    out: list[str] = []
    params: list[Any] = []
    if q.kind is not None:
        out.append(f"{an}.kind = ?")
        params.append(q.kind)
    if q.article is not None:
        out.append(f"{an}.article_id = ?")
        params.append(q.article)
    if q.speaker is not None:
        if q.speaker == "":
            out.append(f"{an}.speaker_id IS NULL")
        else:
            ids = speaker_ids(store, q.speaker)
            out.append(f"{an}.speaker_id IN ({_marks(len(ids))})" if ids else "0")
            params.extend(ids)
    if q.theme is not None:
        if q.theme == "":
            out.append(
                f"NOT EXISTS (SELECT 1 FROM annotation_themes x WHERE x.annotation_id = {an_id})"
            )
        else:
            ids = theme_ids(store, q.theme, q.include_subthemes)
            out.append(src.carrying(f"x.theme_id IN ({_marks(len(ids))})"))
            params.extend(ids)
    for theme_id in q.themes_all:
        if not src.facets:
            out.append(
                f"EXISTS (SELECT 1 FROM annotation_themes x WHERE x.annotation_id = {an_id} "
                "AND x.theme_id = ?)"
            )
        else:
            out.append(src.carrying("x.theme_id = ?"))
        params.append(theme_id)
    if q.outlet is not None:
        _equals(f"{a}.outlet", q.outlet, out, params)
    if q.language:
        out.append(f"({a}.language = ? COLLATE NOCASE OR {a}.language LIKE ? COLLATE NOCASE)")
        params.extend([q.language, q.language + "-%"])
    if q.date_from:
        out.append(f"{a}.published >= ?")
        params.append(q.date_from)
    if q.date_to:
        out.append(f"{a}.published <= ?")
        params.append(q.date_to[:10] + "\uffff")
    if q.month is not None:
        if q.month == "":
            out.append(f"{dimension_sql('month', src)} IS NULL")
        else:
            out.append(f"{a}.published >= ? AND {a}.published < ?")
            params.extend([q.month[:7], q.month[:7] + "\uffff"])
    if q.collection:
        out.append(
            f"{an}.article_id IN (SELECT ac.article_id FROM article_collections ac "
            "JOIN collections c ON c.id = ac.collection_id WHERE c.name = ? COLLATE NOCASE)"
        )
        params.append(q.collection)
    if q.quote_type is not None:
        if q.quote_type == "":
            out.append(f"{an}.quote_type IS NULL")
        else:
            out.append(f"{an}.quote_type = ?")
            params.append(q.quote_type)
    if q.coder is not None:
        _equals(f"{an}.coder", q.coder, out, params)
    if q.role is not None:
        _equals("s.role", q.role, out, params)
    if q.affiliation is not None:
        _equals("s.affiliation", q.affiliation, out, params)
    if q.text and _indexed_text(q.text):
        # the trigram index finds candidates (it folds case beyond ASCII); LIKE then
        # keeps exactly those it matches, so the result is the same as without it
        pattern = _like(q.text)
        out.append(
            f"{src.key} IN (SELECT {src.key_of_x} FROM annotations x WHERE x.rowid IN "
            "(SELECT rowid FROM annotations_text WHERE annotations_text MATCH ?) "
            "AND (x.exact LIKE ? ESCAPE '\\' OR x.note LIKE ? ESCAPE '\\') "
            f"UNION SELECT {src.key_of_x} FROM annotations x WHERE x.article_id IN "
            "(SELECT id FROM articles INDEXED BY articles_facets WHERE title LIKE ? ESCAPE '\\') "
            f"UNION SELECT {src.key_of_x} FROM annotations x WHERE x.speaker_id IN "
            "(SELECT id FROM speakers WHERE name LIKE ? ESCAPE '\\'))"
        )
        params.extend(['"' + q.text.replace('"', '""') + '"', *[pattern] * 4])
    elif q.text:
        pattern = _like(q.text)
        matching = (
            "(an.exact LIKE ? ESCAPE '\\' OR an.note LIKE ? ESCAPE '\\' "
            "OR a.title LIKE ? ESCAPE '\\' OR s.name LIKE ? ESCAPE '\\')"
        )
        if src.facets:  # read in the annotation rows, with theirs
            matching = f"{src.id} IN (SELECT an.id {FROM} WHERE {matching})"
        out.append(matching)
        params.extend([pattern] * 4)
    if q.paragraph_themes:
        _paragraph_condition(store, q, out, params, src)
    return out, params


def facets_from(sql_text: str) -> str:
    """FROM the theme facets, with the speakers when ``sql_text`` reads them."""
    out = "FROM theme_facets f"
    if USES_SPEAKER.search(sql_text):
        out += " LEFT JOIN speakers s ON s.id = f.speaker_id"
    return out


def _paragraph_condition(
    store: Store, q: AnnotationQuery, out: list[str], params: list[Any], src: Source
) -> None:
    """Annotations carrying one of ``q.paragraph_themes`` in a paragraph where each of
    them is carried (by annotations of ``q``): found in the theme facets, in SQL."""
    wanted = list(dict.fromkeys(q.paragraph_themes))
    conditions, inner = where(store, replace(q, paragraph_themes=()), FACETS)
    tail = sql_where([*conditions, f"f.theme_id IN ({_marks(len(wanted))})"])
    source = facets_from(tail)
    out.append(
        f"{src.id} IN (SELECT f.annotation_id {source}{tail} "
        f"AND (f.article_id, f.paragraph) IN (SELECT f.article_id, f.paragraph {source}{tail} "
        "GROUP BY f.article_id, f.paragraph HAVING count(DISTINCT f.theme_id) = ?))"
    )
    params.extend([*inner, *wanted, *inner, *wanted, len(wanted)])


def sql_where(conditions: list[str]) -> str:
    return (" WHERE " + " AND ".join(conditions)) if conditions else ""


# An annotation's theme ids in the order they were given (as the JSON export lists them).
_THEMES = (
    "(SELECT group_concat(theme_id, char(31)) FROM (SELECT x.theme_id FROM annotation_themes x "
    "WHERE x.annotation_id = an.id ORDER BY x.rowid))"
)
# An annotation's words: the text of its segments joined, when it has several (the
# partial index on position 1 finds those few), else its exact text.
_WORDS = (
    "CASE WHEN EXISTS (SELECT 1 FROM annotation_segments g WHERE g.annotation_id = an.id "
    f"AND g.position = 1) THEN (SELECT group_concat(g.exact, '{SEGMENT_JOINER}') FROM "
    "(SELECT g.exact "
    "FROM annotation_segments g WHERE g.annotation_id = an.id ORDER BY g.position) g) "
    "ELSE an.exact END"
)
ROW_COLUMNS = (
    "an.id, an.article_id, a.title, a.outlet, a.published, a.language, an.speaker_id, "
    "s.name, s.role, s.affiliation, an.quote_type, "
    f"{_THEMES}, an.note, an.coder, {_WORDS}, an.start_offset, "
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
    U+001F), sorted by ``sort`` then date, article and position.

    The ids are found and sorted from the covering indexes first; only the rows of
    the page asked for are then read whole.
    """
    conditions, params = where(store, q)
    order = _order(sort, descending)
    tail = sql_where(conditions)
    sql = f"SELECT an.id {_listing_from(order, tail, q, sort, descending)}{tail} ORDER BY {order}"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params.extend([limit, offset])
    elif offset:
        sql += " LIMIT -1 OFFSET ?"
        params.append(offset)
    ids = [r[0] for r in store.query(sql, tuple(params))]
    found: dict[str, tuple[Any, ...]] = {}
    for at in range(0, len(ids), 5000):
        chunk = json.dumps(ids[at : at + 5000])
        for r in store.query(
            f"SELECT {ROW_COLUMNS} {FROM} WHERE an.id IN (SELECT value FROM json_each(?))",
            (chunk,),
        ):
            found[r[0]] = tuple(r)
    return [found[i] for i in ids if i in found]


def _listing_from(
    order: str, tail: str, q: AnnotationQuery, sort: SortKey, descending: bool
) -> str:
    """The FROM clause of a listing. In the views' default order (by date, undated last)
    with no condition on the articles, the articles are read in that order from their
    date index and each one's annotations in place, so a page is read without sorting
    every annotation first (66,000 quotes: 76 ms -> 1 ms for the first page); otherwise
    as :func:`counting_from` reads them."""
    if sort != "published" or descending or q.text or _USES_ARTICLE.search(tail):
        return counting_from(order + tail, q)
    out = (
        "FROM articles a INDEXED BY articles_by_date "
        "CROSS JOIN annotations an INDEXED BY annotations_by_article ON an.article_id = a.id"
    )
    if USES_SPEAKER.search(tail):
        out += " LEFT JOIN speakers s ON s.id = an.speaker_id"
    return out


def split_themes(value: str | None) -> tuple[str, ...]:
    """The ids (or names) a ``group_concat(..., char(31))`` joined."""
    return tuple(value.split(THEME_SEP)) if value else ()


def count(store: Store, q: AnnotationQuery) -> int:
    conditions, params = where(store, q)
    tail = sql_where(conditions)
    return int(store.query(f"SELECT count(*) {counting_from(tail, q)}{tail}", tuple(params))[0][0])


def ids(store: Store, q: AnnotationQuery) -> list[str]:
    """The ids of the annotations of ``q`` (in no particular order)."""
    conditions, params = where(store, q)
    return [
        r[0]
        for r in store.query(
            f"SELECT an.id {counting_from(sql_where(conditions), q)}{sql_where(conditions)}",
            tuple(params),
        )
    ]


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
    sql = f"SELECT {_JOINED} {FROM}{sql_where(conditions)} ORDER BY {order}"
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
