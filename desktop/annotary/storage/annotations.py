"""Annotations, their segments and the themes applied to them.

Every annotation has its segments in ``annotation_segments`` (one row for a
one-segment annotation); the ``annotations`` row holds the whole span. An
annotation found without segment rows (written by something that knew only the
span) reads as one segment, its span.
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterable, Iterator, Sequence

from annotary.domain.errors import NotFoundError
from annotary.domain.layout import ParagraphIndex
from annotary.domain.messages import message
from annotary.domain.models import Annotation, Segment
from annotary.storage.store import Store

_SELECT = (
    "SELECT a.id, a.article_id, a.kind, a.start_offset, a.end_offset, a.exact, a.prefix, "
    "a.suffix, a.speaker_id, a.note, a.quote_type, a.coder, a.created, a.modified, a.status, "
    "(SELECT group_concat(t.theme_id, ',') FROM (SELECT theme_id FROM annotation_themes "
    " WHERE annotation_id = a.id ORDER BY rowid) t) AS theme_ids FROM annotations a"
)


def _to_annotation(row: sqlite3.Row, segments: tuple[Segment, ...] = ()) -> Annotation:
    start, end = _span(row["start_offset"], row["end_offset"], segments)
    return Annotation(
        id=row["id"],
        article=row["article_id"],
        kind=row["kind"],
        start=start,
        end=end,
        exact=row["exact"],
        prefix=row["prefix"],
        suffix=row["suffix"],
        speaker=row["speaker_id"],
        themes=tuple(row["theme_ids"].split(",")) if row["theme_ids"] else (),
        note=row["note"],
        quote_type=row["quote_type"],
        coder=row["coder"],
        created=row["created"],
        modified=row["modified"],
        status=row["status"],
        segments=segments,
    )


def _span(start: int, end: int, segments: tuple[Segment, ...]) -> tuple[int, int]:
    """The annotation's span: its segments' when it has several (the segment rows are
    the truth about its parts, should another program have changed only those)."""
    return (segments[0].start, segments[-1].end) if len(segments) > 1 else (start, end)


def _in_order(segments: list[Segment]) -> bool:
    return all(0 <= s.start < s.end for s in segments) and all(
        a.end <= b.start for a, b in itertools.pairwise(segments)
    )


_SEGMENT_COLUMNS = "annotation_id, position, start_offset, end_offset, exact, prefix, suffix"


def _segment_rows(a: Annotation) -> list[tuple[str, int, int, int, str, str, str]]:
    return [
        (a.id, i, s.start, s.end, s.exact, s.prefix, s.suffix) for i, s in enumerate(a.segments)
    ]


def _write_segments(store: Store, annotation: Annotation) -> None:
    store.conn.executemany(
        f"INSERT INTO annotation_segments({_SEGMENT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
        _segment_rows(annotation),
    )


def _replace_segments(store: Store, annotation: Annotation) -> None:
    """Rewrite an annotation's segment rows, only those that differ (undo stays small)."""
    stored = store.conn.execute(
        f"SELECT {_SEGMENT_COLUMNS} FROM annotation_segments WHERE annotation_id = ? "
        "ORDER BY position",
        (annotation.id,),
    ).fetchall()
    if [tuple(r) for r in stored] == _segment_rows(annotation):
        return
    store.execute("DELETE FROM annotation_segments WHERE annotation_id = ?", (annotation.id,))
    _write_segments(store, annotation)


def _segments_where(store: Store, where: str, params: tuple[str, ...]) -> dict[str, list[Segment]]:
    """Segments of the annotations of several segments that ``where`` selects (on
    ``annotations a``); one-segment annotations are their span."""
    found: dict[str, list[Segment]] = {}
    for annotation_id, start, end, exact, prefix, suffix in store.conn.execute(
        "SELECT s.annotation_id, s.start_offset, s.end_offset, s.exact, s.prefix, s.suffix "
        "FROM annotation_segments x "
        "JOIN annotations a ON a.id = x.annotation_id "
        "JOIN annotation_segments s ON s.annotation_id = x.annotation_id "
        f"WHERE x.position = 1 AND {where} ORDER BY s.annotation_id, s.position",
        params,
    ):
        found.setdefault(annotation_id, []).append(Segment(start, end, exact, prefix, suffix))
    # Rows another program left out of order or overlapping are not a usable set of
    # parts: such an annotation reads as its span (the rows stay as they are).
    return {key: parts for key, parts in found.items() if _in_order(parts)}


def _any_several(store: Store) -> bool:
    """Whether any annotation has several segments (the partial index answers)."""
    return bool(
        store.conn.execute(
            "SELECT 1 FROM annotation_segments INDEXED BY annotation_segments_several "
            "WHERE position = 1 LIMIT 1"
        ).fetchone()
    )


def _segments_of(store: Store, annotation_id: str) -> tuple[Segment, ...]:
    return tuple(_segments_where(store, "a.id = ?", (annotation_id,)).get(annotation_id, ()))


def _segments_of_article(store: Store, article_id: str) -> dict[str, list[Segment]]:
    return _segments_where(store, "a.article_id = ?", (article_id,))


def _text(store: Store, article_id: str) -> str:
    row = store.conn.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()
    return row[0] if row is not None else ""


def _paragraph(store: Store, annotation: Annotation) -> int:
    """The annotation's paragraph (see ParagraphIndex), for a write of one annotation."""
    return ParagraphIndex.count_before(_text(store, annotation.article), annotation.start)


def _record(a: Annotation, paragraph: int) -> dict[str, object]:
    return {
        "paragraph": paragraph,
        "id": a.id,
        "article_id": a.article,
        "kind": a.kind,
        "start_offset": a.start,
        "end_offset": a.end,
        "exact": a.exact,
        "prefix": a.prefix,
        "suffix": a.suffix,
        "speaker_id": a.speaker,
        "note": a.note,
        "quote_type": a.quote_type,
        "coder": a.coder,
        "created": a.created,
        "modified": a.modified,
        "status": a.status,
    }


def insert(store: Store, annotation: Annotation) -> None:
    store.db.table("annotations").insert(_record(annotation, _paragraph(store, annotation)))
    _write_segments(store, annotation)
    set_themes(store, annotation.id, annotation.themes)


def update(store: Store, annotation: Annotation) -> None:
    """Write every field of an existing annotation (themes and segments included)."""
    rec = _record(annotation, _paragraph(store, annotation))
    rec.pop("id")
    rec.pop("created")
    sets = ", ".join(f"{k} = ?" for k in rec)
    cur = store.execute(
        f"UPDATE annotations SET {sets} WHERE id = ?", (*rec.values(), annotation.id)
    )
    if cur.rowcount == 0:
        raise NotFoundError(message("no annotation with id {id}", id=annotation.id))
    _replace_segments(store, annotation)
    current = get(store, annotation.id).themes
    if current != annotation.themes:
        set_themes(store, annotation.id, annotation.themes)


def set_themes(store: Store, annotation_id: str, theme_ids: Sequence[str]) -> None:
    store.execute("DELETE FROM annotation_themes WHERE annotation_id = ?", (annotation_id,))
    seen: set[str] = set()
    for theme_id in theme_ids:
        if theme_id in seen:
            continue
        seen.add(theme_id)
        store.execute(
            "INSERT INTO annotation_themes(annotation_id, theme_id) VALUES (?, ?)",
            (annotation_id, theme_id),
        )


def exists(store: Store, annotation_id: str) -> bool:
    return bool(store.query("SELECT 1 FROM annotations WHERE id = ?", (annotation_id,)))


def get(store: Store, annotation_id: str) -> Annotation:
    rows = store.query(_SELECT + " WHERE a.id = ?", (annotation_id,))
    if not rows:
        raise NotFoundError(message("no annotation with id {id}", id=annotation_id))
    return _to_annotation(rows[0], _segments_of(store, annotation_id))


def versions(store: Store, article_id: str) -> dict[str, str]:
    """Each annotation of an article by id, with the time it was last modified (cheap: no
    themes, no text), so a view can tell which of the records it holds are stale."""
    rows = store.query("SELECT id, modified FROM annotations WHERE article_id = ?", (article_id,))
    return {r["id"]: r["modified"] for r in rows}


def for_article(store: Store, article_id: str) -> list[Annotation]:
    rows = store.query(
        _SELECT + " WHERE a.article_id = ? ORDER BY a.start_offset, a.end_offset, a.rowid",
        (article_id,),
    )
    segments = _segments_of_article(store, article_id)
    return [_to_annotation(r, tuple(segments.get(r["id"], ()))) for r in rows]


_PLAIN = (
    "SELECT a.id, a.article_id, a.kind, a.start_offset, a.end_offset, a.exact, a.prefix, "
    "a.suffix, a.speaker_id, a.note, a.quote_type, a.coder, a.created, a.modified, a.status "
    "FROM annotations a"
)


def _themes_of_article(store: Store, article_id: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for annotation_id, theme_id in store.conn.execute(
        "SELECT t.annotation_id, t.theme_id FROM annotation_themes t "
        "JOIN annotations a ON a.id = t.annotation_id WHERE a.article_id = ? ORDER BY t.rowid",
        (article_id,),
    ):
        found.setdefault(annotation_id, []).append(theme_id)
    return found


def iterate(
    store: Store,
    article_ids: Sequence[str] | None = None,
    theme_ids: Sequence[str] | None = None,
) -> Iterator[Annotation]:
    """All annotations, streamed article by article, optionally limited to articles
    and/or themes. Themes are read once per article rather than once per row."""
    where: list[str] = []
    params: list[str] = []
    if article_ids is not None:
        where.append(f"a.article_id IN ({','.join('?' * len(article_ids))})")
        params.extend(article_ids)
    if theme_ids is not None:
        where.append(
            "a.id IN (SELECT annotation_id FROM annotation_themes WHERE theme_id IN "
            f"({','.join('?' * len(theme_ids))}))"
        )
        params.extend(theme_ids)
    sql = _PLAIN + (" WHERE " + " AND ".join(where) if where else "")
    sql += " ORDER BY a.article_id, a.start_offset, a.rowid"
    cursor = store.conn.cursor()  # plain tuples: much faster than sqlite3.Row here
    cursor.execute(sql, params)
    current: str | None = None
    themes: dict[str, list[str]] = {}
    segments: dict[str, list[Segment]] = {}
    several = _any_several(store)  # most projects have none: no query per article then
    while rows := cursor.fetchmany(1000):
        for r in rows:
            if r[1] != current:
                current = r[1]
                themes = _themes_of_article(store, current)
                if several:
                    segments = _segments_of_article(store, current)
            parts = tuple(segments.get(r[0], ())) if several else ()
            start, end = _span(r[3], r[4], parts)
            yield Annotation(
                r[0],
                r[1],
                r[2],
                start,
                end,
                r[5],
                r[6],
                r[7],
                r[8],
                tuple(themes.get(r[0], ())),
                r[9],
                r[10],
                r[11],
                r[12],
                r[13],
                r[14],
                parts,
            )


def delete(store: Store, annotation_ids: Iterable[str]) -> int:
    n = 0
    for annotation_id in annotation_ids:
        n += store.execute("DELETE FROM annotations WHERE id = ?", (annotation_id,)).rowcount
    return n


def count(store: Store) -> int:
    return int(store.query("SELECT count(*) AS n FROM annotations")[0]["n"])


def coders(store: Store) -> list[str]:
    rows = store.query(
        "SELECT DISTINCT coder FROM annotations WHERE coder IS NOT NULL ORDER BY coder"
    )
    return [r["coder"] for r in rows]


def count_by_theme(store: Store) -> dict[str, int]:
    rows = store.query("SELECT theme_id, count(*) AS n FROM annotation_themes GROUP BY theme_id")
    return {r["theme_id"]: int(r["n"]) for r in rows}


def count_quotes_by_speaker(store: Store) -> dict[str, int]:
    rows = store.query(
        "SELECT speaker_id, count(*) AS n FROM annotations WHERE kind = 'quote' "
        "AND speaker_id IS NOT NULL GROUP BY speaker_id"
    )
    return {r["speaker_id"]: int(r["n"]) for r in rows}


def with_theme(store: Store, theme_id: str) -> list[str]:
    rows = store.query(
        "SELECT annotation_id FROM annotation_themes WHERE theme_id = ?", (theme_id,)
    )
    return [r["annotation_id"] for r in rows]


def replace_theme(store: Store, old: str, new: str) -> int:
    """Re-point every use of theme ``old`` at ``new`` (no duplicates); returns uses moved."""
    moved = store.execute(
        "INSERT OR IGNORE INTO annotation_themes(annotation_id, theme_id) "
        "SELECT annotation_id, ? FROM annotation_themes WHERE theme_id = ?",
        (new, old),
    ).rowcount
    store.execute("DELETE FROM annotation_themes WHERE theme_id = ?", (old,))
    return moved


def replace_speaker(store: Store, old: str, new: str) -> int:
    return store.execute(
        "UPDATE annotations SET speaker_id = ?, modified = strftime('%Y-%m-%dT%H:%M:%fZ','now') "
        "WHERE speaker_id = ?",
        (new, old),
    ).rowcount


def with_speaker(store: Store, speaker_id: str) -> list[str]:
    rows = store.query("SELECT id FROM annotations WHERE speaker_id = ?", (speaker_id,))
    return [r["id"] for r in rows]


def set_anchor(store: Store, annotation: Annotation, paragraphs: ParagraphIndex) -> None:
    """Move an annotation after its article's text changed: its offsets, status,
    span text and segments as given (each segment's quote and context stay), and its
    paragraph in the new text (``paragraphs``: that text's index, built once)."""
    store.execute(
        "UPDATE annotations SET start_offset = ?, end_offset = ?, exact = ?, status = ?, "
        "paragraph = ? WHERE id = ?",
        (
            annotation.start,
            annotation.end,
            annotation.exact,
            annotation.status,
            paragraphs.of(annotation.start),
            annotation.id,
        ),
    )
    _replace_segments(store, annotation)


def insert_many(store: Store, annotations: Sequence[Annotation]) -> None:
    """Insert new annotations and their themes with two statements (a large import)."""
    if not annotations:
        return
    columns = list(_record(annotations[0], 0))
    names = ", ".join(columns)
    marks = ", ".join("?" for _ in columns)
    indexes: dict[str, ParagraphIndex] = {}  # each article's text is read once

    def paragraph(a: Annotation) -> int:
        if a.article not in indexes:
            indexes[a.article] = ParagraphIndex(_text(store, a.article))
        return indexes[a.article].of(a.start)

    store.conn.executemany(
        f"INSERT INTO annotations({names}) VALUES ({marks})",
        (tuple(_record(a, paragraph(a)).values()) for a in annotations),
    )
    store.conn.executemany(
        f"INSERT INTO annotation_segments({_SEGMENT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (row for a in annotations for row in _segment_rows(a)),
    )
    store.conn.executemany(
        "INSERT INTO annotation_themes(annotation_id, theme_id) VALUES (?, ?)",
        ((a.id, theme) for a in annotations for theme in dict.fromkeys(a.themes)),
    )


def existing_ids(store: Store, annotation_ids: Iterable[str]) -> set[str]:
    """Which of ``annotation_ids`` the project holds (one query per 500 ids)."""
    wanted = list(dict.fromkeys(annotation_ids))
    found: set[str] = set()
    for at in range(0, len(wanted), 500):
        chunk = wanted[at : at + 500]
        marks = ", ".join("?" for _ in chunk)
        rows = store.query(f"SELECT id FROM annotations WHERE id IN ({marks})", tuple(chunk))
        found.update(row[0] for row in rows)
    return found
