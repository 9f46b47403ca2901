"""Near-duplicate articles: signatures, LSH buckets, groups and merged articles' records."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from annotary.domain.models import now_iso
from annotary.storage.store import Store

STATES = ("flagged", "kept", "hidden")
CANDIDATE_LIMIT = 200  # at most this many bucket-mates are compared with one article


@dataclass(frozen=True, slots=True)
class Member:
    article_id: str
    group_id: str
    similarity: float
    state: str


@dataclass(frozen=True, slots=True)
class MergedRecord:
    merged_id: str
    article_id: str
    title: str
    outlet: str | None
    author: str | None
    published: str | None
    url: str | None
    source_name: str | None
    imported_at: str
    merged_at: str


def save_signature(
    store: Store, article_id: str, scheme: str, blob: bytes, buckets: Iterable[int]
) -> None:
    store.execute("DELETE FROM signature_buckets WHERE article_id = ?", (article_id,))
    store.execute(
        "INSERT OR REPLACE INTO article_signatures(article_id, scheme, minhash, text_sha256) "
        "SELECT id, ?, ?, text_sha256 FROM articles WHERE id = ?",
        (scheme, blob, article_id),
    )
    store.conn.executemany(
        "INSERT OR IGNORE INTO signature_buckets(bucket, article_id) VALUES (?, ?)",
        [(b, article_id) for b in buckets],
    )


def candidates(store: Store, article_id: str, buckets: Sequence[int]) -> list[tuple[str, bytes]]:
    """Other articles sharing a bucket, with their signatures (most shared buckets first)."""
    if not buckets:
        return []
    marks = ", ".join("?" * len(buckets))
    rows = store.query(
        "SELECT b.article_id AS id, s.minhash AS sig, count(*) AS shared "
        "FROM signature_buckets b JOIN article_signatures s ON s.article_id = b.article_id "
        f"WHERE b.bucket IN ({marks}) AND b.article_id != ? "
        "GROUP BY b.article_id ORDER BY shared DESC, b.article_id LIMIT ?",
        (*buckets, article_id, CANDIDATE_LIMIT),
    )
    return [(r["id"], bytes(r["sig"])) for r in rows]


def signed_scheme(store: Store, article_id: str) -> str | None:
    rows = store.query("SELECT scheme FROM article_signatures WHERE article_id = ?", (article_id,))
    return rows[0]["scheme"] if rows else None


def unsigned(store: Store, scheme: str) -> list[str]:
    """Articles without a signature of ``scheme`` for their current text, oldest first."""
    rows = store.query(
        "SELECT a.id FROM articles a LEFT JOIN article_signatures s ON s.article_id = a.id "
        "WHERE s.scheme IS NULL OR s.scheme != ? OR s.text_sha256 != a.text_sha256 "
        "ORDER BY a.imported_at, a.rowid",
        (scheme,),
    )
    return [r["id"] for r in rows]


def text_of(store: Store, article_id: str) -> str | None:
    rows = store.query("SELECT text FROM articles WHERE id = ?", (article_id,))
    return rows[0]["text"] if rows else None


def member(store: Store, article_id: str) -> Member | None:
    rows = store.query(
        "SELECT article_id, group_id, similarity, state FROM near_duplicates WHERE article_id = ?",
        (article_id,),
    )
    return _member(rows[0]) if rows else None


def _member(r: sqlite3.Row) -> Member:
    return Member(r["article_id"], r["group_id"], float(r["similarity"]), r["state"])


def add_member(store: Store, article_id: str, group_id: str, similarity: float) -> None:
    store.execute(
        "INSERT INTO near_duplicates(article_id, group_id, similarity, state) "
        "VALUES (?, ?, ?, 'flagged') ON CONFLICT(article_id) DO UPDATE SET "
        "similarity = max(similarity, excluded.similarity)",
        (article_id, group_id, similarity),
    )


def join_groups(store: Store, keep: str, others: Iterable[str]) -> None:
    """Fold the groups ``others`` into ``keep``."""
    for other in others:
        if other != keep:
            store.execute(
                "UPDATE near_duplicates SET group_id = ? WHERE group_id = ?", (keep, other)
            )


def group(store: Store, group_id: str) -> list[Member]:
    rows = store.query(
        "SELECT n.article_id, n.group_id, n.similarity, n.state FROM near_duplicates n "
        "JOIN articles a ON a.id = n.article_id WHERE n.group_id = ? "
        "ORDER BY a.imported_at, a.rowid",
        (group_id,),
    )
    return [_member(r) for r in rows]


def groups(store: Store) -> list[list[Member]]:
    """Every group of two or more existing articles, oldest first within and between groups."""
    rows = store.query(
        "SELECT n.article_id, n.group_id, n.similarity, n.state FROM near_duplicates n "
        "JOIN articles a ON a.id = n.article_id ORDER BY a.imported_at, a.rowid"
    )
    found: dict[str, list[Member]] = {}
    for r in rows:
        m = _member(r)
        found.setdefault(m.group_id, []).append(m)
    return [g for g in found.values() if len(g) > 1]


def set_state(store: Store, article_ids: Iterable[str], state: str) -> None:
    if state not in STATES:
        raise ValueError(f"unknown state {state}")
    for article_id in article_ids:
        store.execute(
            "UPDATE near_duplicates SET state = ? WHERE article_id = ? AND state != ?",
            (state, article_id, state),
        )


def similar_counts(store: Store, article_ids: Sequence[str]) -> dict[str, int]:
    """For each article in a group, how many other articles of its group exist."""
    if not article_ids:
        return {}
    marks = ", ".join("?" * len(article_ids))
    rows = store.query(
        "SELECT n.article_id AS id, (SELECT count(*) - 1 FROM near_duplicates m "
        " JOIN articles a ON a.id = m.article_id WHERE m.group_id = n.group_id) AS others "
        f"FROM near_duplicates n WHERE n.article_id IN ({marks})",
        tuple(article_ids),
    )
    return {r["id"]: int(r["others"]) for r in rows if int(r["others"]) > 0}


def any_group(store: Store) -> bool:
    """Whether any article has a near-duplicate."""
    return bool(store.query("SELECT EXISTS (SELECT 1 FROM near_duplicates)")[0][0])


def hidden_ids(store: Store) -> set[str]:
    return {
        r["article_id"]
        for r in store.query("SELECT article_id FROM near_duplicates WHERE state = 'hidden'")
    }


def record_merged(store: Store, article_id: str, merged_id: str) -> None:
    """Keep what the merged article was (title, outlet, dates) on the article it joined."""
    store.execute(
        "INSERT OR REPLACE INTO merged_articles(merged_id, article_id, title, outlet, author, "
        "published, url, source_name, imported_at, merged_at) "
        "SELECT id, ?, title, outlet, author, published, url, source_name, imported_at, ? "
        "FROM articles WHERE id = ?",
        (article_id, now_iso(), merged_id),
    )
    # What was merged into the merged article now belongs to the one it joined.
    store.execute(
        "UPDATE merged_articles SET article_id = ? WHERE article_id = ?", (article_id, merged_id)
    )


def merged_into(store: Store, article_id: str) -> list[MergedRecord]:
    rows = store.query(
        "SELECT merged_id, article_id, title, outlet, author, published, url, source_name, "
        "imported_at, merged_at FROM merged_articles WHERE article_id = ? "
        "ORDER BY published, imported_at",
        (article_id,),
    )
    return [MergedRecord(*tuple(r)) for r in rows]
