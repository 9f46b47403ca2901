"""Articles: list, read, edit metadata, replace text (re-anchoring), delete."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from annotary.domain.anchoring import reanchor_all
from annotary.domain.errors import InvalidInputError, NotFoundError
from annotary.domain.layout import Layout, ParagraphIndex, paragraphs
from annotary.domain.messages import message
from annotary.domain.models import Article, ArticleSummary, Changes
from annotary.domain.segments import anchor_of, placed
from annotary.domain.segments import orphaned as orphaned_in
from annotary.services.importing import text_sha256
from annotary.services.outcome import Outcome
from annotary.services.project import Project
from annotary.storage import annotations as annotation_store
from annotary.storage import articles as article_store

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def summaries(
    project: Project,
    *,
    by_date: bool = False,
    limit: int | None = None,
    ids: Iterable[str] | None = None,
    include_hidden: bool = False,
) -> list[ArticleSummary]:
    """Newest import first; ``by_date``: newest publication first; ``limit``: the first
    rows; ``ids``: only these articles (those that still exist); ``include_hidden``:
    also the near-duplicates the user hid (left out otherwise)."""
    wanted = list(ids) if ids is not None else None
    return article_store.summaries(
        project.store, by_date=by_date, limit=limit, ids=wanted, include_hidden=include_hidden
    )


def count(project: Project, include_hidden: bool = False) -> int:
    """The articles the library lists (``include_hidden``: near-duplicates hidden too)."""
    return article_store.count(project.store, include_hidden)


def get(project: Project, article_id: str) -> Article:
    return article_store.get(project.store, article_id)


def text_hash(project: Project, article_id: str) -> str | None:
    """Whether an article's text changed, cheaply: its hash, or None if it was deleted."""
    return article_store.text_hash(project.store, article_id)


def layout(project: Project, article_id: str) -> Layout:
    return article_store.layout(project.store, article_id)


def resolve(project: Project, key: str) -> Article:
    """An article named by id, unique id prefix, or exact title."""
    found = article_store.find(project.store, key)
    if not found:
        raise NotFoundError(
            message(
                "no article matches {key} (give its id, an id prefix or its title)", key=repr(key)
            )
        )
    if len(found) > 1:
        raise InvalidInputError(
            message(
                "{count} articles match {key}: give more of the id", count=len(found), key=repr(key)
            )
        )
    return article_store.get(project.store, found[0])


def outlets(project: Project) -> list[str]:
    return article_store.outlets(project.store)


def collections(project: Project) -> list[str]:
    return article_store.collection_names(project.store)


def update_metadata(project: Project, article_id: str, **fields: Any) -> Outcome[Article]:
    """Edit title, outlet, author, published, url, language and/or collections."""
    cols = fields.pop("collections", None)
    clean: dict[str, object] = {}
    for name, value in fields.items():
        if name not in article_store.EDITABLE_FIELDS:
            raise InvalidInputError(message("{name} is not an editable field", name=name))
        value = value.strip() if isinstance(value, str) else value
        clean[name] = value or None
    if "title" in clean and not clean["title"]:
        raise InvalidInputError(message("an article needs a title"))
    published = clean.get("published")
    if isinstance(published, str) and not _DATE.match(published):
        raise InvalidInputError(
            message("date {date} is not of the form YYYY-MM-DD", date=repr(published))
        )
    with project.store.write() as tx:
        article_store.update_fields(project.store, article_id, clean)
        if cols is not None:
            article_store.set_collections(project.store, article_id, cols)
    return Outcome(get(project, article_id), Changes(articles={article_id}), tx.inverse)


def mark_read(project: Project, article_id: str, read: bool = True) -> Outcome[None]:
    with project.store.write() as tx:
        article_store.update_fields(project.store, article_id, {"read": read})
    return Outcome(None, Changes(articles={article_id}), tx.inverse)


def set_reading_position(project: Project, article_id: str, position: float) -> None:
    """Remember where the user is in an article (not an undoable edit)."""
    with project.store.write():
        article_store.update_fields(
            project.store, article_id, {"reading_position": max(0.0, min(1.0, position))}
        )


def delete(project: Project, article_ids: Iterable[str]) -> Outcome[int]:
    ids = list(dict.fromkeys(article_ids))
    with project.store.write() as tx:
        for article_id in ids:
            article_store.delete(project.store, article_id)
    return Outcome(len(ids), Changes(removed=set(ids)), tx.inverse)


@dataclass(frozen=True, slots=True)
class ReanchorReport:
    kept: int  # same place
    moved: int  # found elsewhere in the new text
    orphaned: int  # could not be placed confidently: kept and flagged


def replace_text(
    project: Project, article_id: str, text: str, layout_: Layout | None = None
) -> Outcome[ReanchorReport]:
    """Replace an article's text by a new version and re-anchor its annotations.

    Annotations that cannot be placed confidently are kept, marked orphaned.
    """
    if not text.strip():
        raise InvalidInputError(message("the new text is empty"))
    old = get(project, article_id)
    notes = annotation_store.for_article(project.store, article_id)
    # Every segment of every annotation is one anchor; an annotation is placed only
    # when all its segments are, in order (domain/segments.py).
    anchors = [anchor_of(segment) for note in notes for segment in note.segments]
    found = reanchor_all(anchors, text, old_text=old.text)
    kept = moved = orphaned = 0
    with project.store.write() as tx:
        article_store.replace_text(
            project.store, article_id, text, text_sha256(text), layout_ or paragraphs(text)
        )
        breaks = ParagraphIndex(text)
        at = 0
        for note in notes:
            place = placed(note, text, found[at : at + len(note.segments)])
            at += len(note.segments)
            if place is None:
                orphaned += 1
                # Keep the old offsets as a hint, but inside the new text: the quote,
                # its context and everything else about the annotation stay as they were.
                annotation_store.set_anchor(project.store, orphaned_in(note, len(text)), breaks)
            else:
                if place.segments == note.segments:
                    kept += 1
                else:
                    moved += 1
                annotation_store.set_anchor(project.store, place, breaks)
    changes = Changes(articles={article_id}, annotations={a.id for a in notes})
    return Outcome(ReanchorReport(kept, moved, orphaned), changes, tx.inverse)
