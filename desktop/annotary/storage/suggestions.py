"""Suggestions the user rejected, remembered per article."""

from __future__ import annotations

from annotary.domain.models import now_iso
from annotary.storage.store import Store


def reject(store: Store, article_id: str, start: int, end: int, exact: str) -> None:
    store.execute(
        "INSERT INTO rejected_suggestions"
        "(article_id, start_offset, end_offset, exact, rejected_at) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        (article_id, start, end, exact, now_iso()),
    )


def rejected(store: Store, article_id: str) -> set[tuple[int, int, str]]:
    rows = store.query(
        "SELECT start_offset, end_offset, exact FROM rejected_suggestions WHERE article_id = ?",
        (article_id,),
    )
    return {(r["start_offset"], r["end_offset"], r["exact"]) for r in rows}
