"""Articles, their collections and their full-text index."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from annotary.domain.errors import NotFoundError
from annotary.domain.layout import Layout
from annotary.domain.messages import message
from annotary.domain.models import Article, ArticleSummary, new_id, now_iso
from annotary.domain.textsearch import segment
from annotary.storage.store import Store

# Articles (alias ``a``) that are not near-duplicates hidden by the user.
NOT_HIDDEN = "a.id NOT IN (SELECT article_id FROM near_duplicates WHERE state = 'hidden')"
# How many other articles are in the near-duplicate group of article ``a``.
SIMILAR = (
    "(SELECT max(count(*) - 1, 0) FROM near_duplicates m JOIN articles x ON x.id = m.article_id "
    " WHERE m.group_id = (SELECT n.group_id FROM near_duplicates n WHERE n.article_id = a.id))"
)
EDITABLE_FIELDS = (
    "title",
    "outlet",
    "author",
    "published",
    "url",
    "language",
    "section",
    "page",
    "length",
    "source_database",
    "source_id",
)
_COLUMNS = (
    "id, title, outlet, author, published, url, language, source_format, text, text_sha256, "
    "imported_at, modified_at, read, reading_position, "
    "section, page, length, source_database, source_id, export_file"
)


@dataclass(frozen=True, slots=True)
class Source:
    """The original bytes an article was imported from."""

    data: bytes | None
    name: str | None
    encoding: str | None


def _collections_of(store: Store, article_id: str) -> tuple[str, ...]:
    rows = store.query(
        "SELECT c.name FROM article_collections ac JOIN collections c ON c.id = ac.collection_id "
        "WHERE ac.article_id = ? ORDER BY c.name COLLATE NOCASE",
        (article_id,),
    )
    return tuple(r["name"] for r in rows)


def _to_article(store: Store, row: sqlite3.Row, with_collections: bool = True) -> Article:
    return Article(
        id=row["id"],
        title=row["title"],
        text=row["text"],
        text_sha256=row["text_sha256"],
        outlet=row["outlet"],
        author=row["author"],
        published=row["published"],
        url=row["url"],
        language=row["language"],
        source_format=row["source_format"],
        imported_at=row["imported_at"],
        modified_at=row["modified_at"],
        read=bool(row["read"]),
        reading_position=float(row["reading_position"]),
        collections=_collections_of(store, row["id"]) if with_collections else (),
        section=row["section"],
        page=row["page"],
        length=row["length"],
        source_database=row["source_database"],
        source_id=row["source_id"],
        export_file=row["export_file"],
    )


def insert(store: Store, article: Article, layout: Layout, source: Source) -> None:
    store.execute(
        "INSERT INTO articles (id, title, outlet, author, published, url, language, "
        "source_format, source, source_name, source_encoding, text, layout, text_sha256, "
        "imported_at, modified_at, read, reading_position, "
        "section, page, length, source_database, source_id, export_file) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            article.id,
            article.title,
            article.outlet,
            article.author,
            article.published,
            article.url,
            article.language,
            article.source_format,
            source.data,
            source.name,
            source.encoding,
            article.text,
            layout.to_json(),
            article.text_sha256,
            article.imported_at,
            article.modified_at,
            int(article.read),
            article.reading_position,
            article.section,
            article.page,
            article.length,
            article.source_database,
            article.source_id,
            article.export_file,
        ),
    )
    reindex(store, [article.id])
    if article.collections:
        set_collections(store, article.id, article.collections)


def reindex(store: Store, article_ids: Iterable[str]) -> None:
    """Bring the full-text index of these articles in line with their rows."""
    for article_id in article_ids:
        row = store.conn.execute(
            "SELECT rowid, title, text FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        if row is None:
            continue
        store.execute("DELETE FROM articles_fts WHERE rowid = ?", (row[0],))
        store.execute(
            "INSERT INTO articles_fts(rowid, title, body) VALUES (?, ?, ?)",
            (row[0], segment(row[1]), segment(row[2])),
        )


def reindex_rowids(store: Store, rowids: Iterable[int]) -> None:
    """Repair the index of these article rows after an undo (they may be gone)."""
    for rowid in set(rowids):
        store.execute("DELETE FROM articles_fts WHERE rowid = ?", (rowid,))
        row = store.conn.execute("SELECT id FROM articles WHERE rowid = ?", (rowid,)).fetchone()
        if row is not None:
            reindex(store, [row[0]])


def get(store: Store, article_id: str) -> Article:
    rows = store.query(f"SELECT {_COLUMNS} FROM articles WHERE id = ?", (article_id,))
    if not rows:
        raise NotFoundError(message("no article with id {id}", id=article_id))
    return _to_article(store, rows[0])


def layout(store: Store, article_id: str) -> Layout:
    rows = store.query("SELECT layout FROM articles WHERE id = ?", (article_id,))
    if not rows:
        raise NotFoundError(message("no article with id {id}", id=article_id))
    return Layout.from_json(rows[0]["layout"])


def source(store: Store, article_id: str) -> Source:
    rows = store.query(
        "SELECT source, source_name, source_encoding FROM articles WHERE id = ?", (article_id,)
    )
    if not rows:
        raise NotFoundError(message("no article with id {id}", id=article_id))
    r = rows[0]
    return Source(r["source"], r["source_name"], r["source_encoding"])


def find_by_hash(store: Store, sha256: str) -> str | None:
    rows = store.query("SELECT id FROM articles WHERE text_sha256 = ? LIMIT 1", (sha256,))
    return rows[0]["id"] if rows else None


def find_all_by_hash(store: Store, sha256: str) -> list[str]:
    """Every article with this text, oldest import first."""
    rows = store.query(
        "SELECT id FROM articles WHERE text_sha256 = ? ORDER BY imported_at, rowid", (sha256,)
    )
    return [r["id"] for r in rows]


def text_hash(store: Store, article_id: str) -> str | None:
    """The SHA-256 of an article's text (None if the article is gone), without its text."""
    rows = store.query("SELECT text_sha256 FROM articles WHERE id = ?", (article_id,))
    return rows[0]["text_sha256"] if rows else None


def ids(store: Store) -> list[str]:
    return [r["id"] for r in store.query("SELECT id FROM articles ORDER BY imported_at, rowid")]


def find(store: Store, key: str) -> list[str]:
    """Articles whose id starts with ``key`` or whose title equals it (case-insensitive)."""
    rows = store.query(
        "SELECT id FROM articles WHERE id = ? OR id LIKE ? ESCAPE '\\' "
        "OR title = ? COLLATE NOCASE ORDER BY imported_at",
        (key, key.replace("%", "\\%").replace("_", "\\_") + "%", key),
    )
    return [r["id"] for r in rows]


def iterate(store: Store, article_ids: Sequence[str] | None = None) -> Iterator[Article]:
    if article_ids is None:
        for row in store.iterate(f"SELECT {_COLUMNS} FROM articles ORDER BY imported_at, rowid"):
            yield _to_article(store, row)
    else:
        for article_id in article_ids:
            yield get(store, article_id)


def count(store: Store, include_hidden: bool = True) -> int:
    where = "" if include_hidden else f" a WHERE {NOT_HIDDEN}"
    return int(store.query(f"SELECT count(*) AS n FROM articles{where}")[0]["n"])


def summaries(
    store: Store,
    *,
    by_date: bool = False,
    limit: int | None = None,
    ids: Sequence[str] | None = None,
    include_hidden: bool = False,
) -> list[ArticleSummary]:
    """Article summaries, newest import first. ``by_date``: newest publication first
    (then newest import), as a library sorted by date shows them; ``limit``: only the
    first rows of that order; ``ids``: only these articles; ``include_hidden``: also
    the near-duplicates the user hid."""
    if by_date:
        order = "a.published DESC, a.imported_at DESC, a.id DESC"
    else:
        order = "a.imported_at DESC, a.rowid DESC"
    conditions = [f"a.id IN ({', '.join('?' * len(ids))})"] if ids is not None else []
    if not include_hidden:
        conditions.append(NOT_HIDDEN)
    where = f"WHERE {' AND '.join(conditions)} " if conditions else ""
    params: tuple[object, ...] = tuple(ids or ()) + ((limit,) if limit is not None else ())
    rows = store.query(
        "SELECT a.id, a.title, a.outlet, a.author, a.published, a.language, a.read, "
        "a.imported_at, a.source_database, "
        "(SELECT count(*) FROM annotations n WHERE n.article_id = a.id) AS n, "
        "(SELECT group_concat(c.name, char(31)) FROM article_collections ac "
        " JOIN collections c ON c.id = ac.collection_id WHERE ac.article_id = a.id) AS cols, "
        f"{SIMILAR} AS similar "
        f"FROM articles a {where}ORDER BY {order}" + (" LIMIT ?" if limit is not None else ""),
        params,
    )
    return [
        ArticleSummary(
            id=r["id"],
            title=r["title"],
            outlet=r["outlet"],
            author=r["author"],
            published=r["published"],
            language=r["language"],
            read=bool(r["read"]),
            annotation_count=int(r["n"]),
            imported_at=r["imported_at"],
            collections=tuple(sorted(r["cols"].split("\x1f"))) if r["cols"] else (),
            source_database=r["source_database"],
            similar=int(r["similar"]),
        )
        for r in rows
    ]


def update_fields(store: Store, article_id: str, fields: dict[str, object]) -> None:
    unknown = set(fields) - set(EDITABLE_FIELDS) - {"read", "reading_position"}
    if unknown:
        raise ValueError(f"not editable: {', '.join(sorted(unknown))}")
    if not fields:
        return
    sets = ", ".join(f"{name} = ?" for name in fields)
    params = [int(v) if isinstance(v, bool) else v for v in fields.values()]
    touches_metadata = bool(set(fields) & set(EDITABLE_FIELDS))
    if touches_metadata:
        sets += ", modified_at = ?"
        params.append(now_iso())
    cur = store.execute(f"UPDATE articles SET {sets} WHERE id = ?", (*params, article_id))
    if cur.rowcount == 0:
        raise NotFoundError(message("no article with id {id}", id=article_id))
    if "title" in fields:
        reindex(store, [article_id])


def replace_text(store: Store, article_id: str, text: str, sha256: str, layout_: Layout) -> None:
    store.execute(
        "UPDATE articles SET text = ?, text_sha256 = ?, layout = ?, modified_at = ? WHERE id = ?",
        (text, sha256, layout_.to_json(), now_iso(), article_id),
    )
    reindex(store, [article_id])


def delete(store: Store, article_id: str) -> None:
    row = store.conn.execute("SELECT rowid FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        raise NotFoundError(message("no article with id {id}", id=article_id))
    store.execute("DELETE FROM articles_fts WHERE rowid = ?", (row[0],))
    store.execute("DELETE FROM articles WHERE id = ?", (article_id,))


def set_collections(store: Store, article_id: str, names: Iterable[str]) -> None:
    wanted = {n.strip() for n in names if n.strip()}
    store.execute("DELETE FROM article_collections WHERE article_id = ?", (article_id,))
    for name in sorted(wanted):
        rows = store.query("SELECT id FROM collections WHERE name = ? COLLATE NOCASE", (name,))
        cid = rows[0]["id"] if rows else new_id()
        if not rows:
            store.execute("INSERT INTO collections(id, name) VALUES (?, ?)", (cid, name))
        store.execute(
            "INSERT OR IGNORE INTO article_collections(article_id, collection_id) VALUES (?, ?)",
            (article_id, cid),
        )


def collection_names(store: Store) -> list[str]:
    return [
        r["name"] for r in store.query("SELECT name FROM collections ORDER BY name COLLATE NOCASE")
    ]


def outlets(store: Store) -> list[str]:
    rows = store.query(
        "SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL "
        "ORDER BY outlet COLLATE NOCASE"
    )
    return [r["outlet"] for r in rows]
