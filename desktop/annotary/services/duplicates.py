"""Near-duplicate articles: flag them at import, find them in a project, keep, hide or merge.

Wire copy runs in many outlets and the same story comes back from several searches.
An article whose text is the same as another's is never imported twice (see
importing.py); one whose text is *nearly* the same (shingle Jaccard similarity at
least ``THRESHOLD``, see domain/near_duplicates.py) is imported and joins a group
with the articles it resembles. For each group the researcher chooses to keep all,
hide the others (they stay in the project, left out of the library and search
until shown again), or merge them into one article, which takes every annotation
of the others (re-anchored by quote and context; one that cannot be placed is kept,
orphaned, with its text) and records what the merged articles were.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from annotary.domain import near_duplicates as nd
from annotary.domain.anchoring import Anchor, make_anchor, reanchor_all
from annotary.domain.errors import InvalidInputError, NotFoundError
from annotary.domain.messages import message
from annotary.domain.models import Changes, new_id, now_iso
from annotary.services.outcome import Inverse, Outcome, combine
from annotary.services.project import Project
from annotary.storage import annotations as annotation_store
from annotary.storage import articles as article_store
from annotary.storage import near_duplicates as nd_store
from annotary.storage.store import Store

Progress = Callable[[int, int, str], None]
VERIFY_LIMIT = 20  # candidates compared exactly (by their texts) per article; the rest by signature
SCAN_BATCH = 200  # articles per transaction of a scan (cancel takes effect between batches)

__all__ = [
    "DuplicateGroup",
    "GroupMember",
    "MergeReport",
    "ScanReport",
    "flag_new_article",
    "groups",
    "hide_others",
    "keep_all",
    "merge",
    "scan",
    "show_all",
    "similar_counts",
]


@dataclass(frozen=True, slots=True)
class GroupMember:
    article_id: str
    title: str
    outlet: str | None
    published: str | None
    similarity: float  # to the most similar other member (0..1)
    state: str  # "flagged" (not decided), "kept" or "hidden"
    annotation_count: int

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.article_id,
            "title": self.title,
            "outlet": self.outlet,
            "published": self.published,
            "similarity": round(self.similarity, 4),
            "state": self.state,
            "annotations": self.annotation_count,
        }


@dataclass(frozen=True, slots=True)
class DuplicateGroup:
    id: str
    members: tuple[GroupMember, ...]  # oldest import first

    @property
    def decided(self) -> bool:
        return all(m.state != "flagged" for m in self.members)

    def to_json(self) -> dict[str, object]:
        return {"group": self.id, "articles": [m.to_json() for m in self.members]}


@dataclass(frozen=True, slots=True)
class MergeReport:
    kept: str  # the article that stays
    merged: tuple[str, ...]  # the articles merged into it (now gone)
    placed: int  # annotations found in the kept text (exactly or closely)
    orphaned: int  # kept on the kept article, orphaned, with their own text


@dataclass(frozen=True, slots=True)
class ScanReport:
    signed: int  # articles given a signature
    flagged: int  # articles found to be near-duplicates (of these or of older ones)
    cancelled: bool = False


# --- finding -------------------------------------------------------------------------------


def flag_new_article(
    project: Project, article_id: str, text: str, threshold: float = nd.THRESHOLD
) -> bool:
    """Sign a newly stored article and group it with those it nearly duplicates.

    Called by the import inside its own transaction (so the flag is part of the
    import and undone with it). Bounded: one pass over the text, one bucket lookup,
    at most ``VERIFY_LIMIT`` exact comparisons. Returns whether it was flagged.
    """
    return bool(_sign_and_match(project.store, article_id, text, threshold))


def _sign_and_match(store: Store, article_id: str, text: str, threshold: float) -> set[str]:
    """Store the article's signature; group it with its near-duplicates. Returns the
    articles now grouped because of it (itself included), or an empty set."""
    own = nd.shingles(text)
    sig = nd.signature_of(own)
    buckets = nd.bands(sig)
    scored = []
    for other, blob in nd_store.candidates(store, article_id, buckets):
        est = nd.estimate(sig, nd.unpack(blob))
        if est >= threshold - 0.15:  # the estimate's spread at 128 bins is about 0.03
            scored.append((est, other))
    scored.sort(reverse=True)
    matches: list[tuple[str, float]] = []
    for rank, (est, other) in enumerate(scored):
        if rank < VERIFY_LIMIT:
            other_text = nd_store.text_of(store, other)
            sim = nd.jaccard(own, nd.shingles(other_text)) if other_text is not None else 0.0
        else:
            sim = est
        if sim >= threshold:
            matches.append((other, sim))
    nd_store.save_signature(store, article_id, nd.SCHEME, nd.pack(sig), buckets)
    if not matches:
        return set()
    existing = [m for m in (nd_store.member(store, other) for other, _ in matches) if m]
    group_id = existing[0].group_id if existing else new_id()
    nd_store.join_groups(store, group_id, {m.group_id for m in existing})
    best = max(sim for _, sim in matches)
    nd_store.add_member(store, article_id, group_id, best)
    for other, sim in matches:
        nd_store.add_member(store, other, group_id, sim)
    return {article_id, *(other for other, _ in matches)}


def scan(
    project: Project,
    *,
    rescan: bool = False,
    threshold: float = nd.THRESHOLD,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Outcome[ScanReport]:
    """Find near-duplicates among articles that have no signature yet (``rescan``: all).

    Works in batches, each its own transaction; cancelling keeps the finished batches.
    Groups found before, and the choices made for them, stay.
    """
    store = project.store
    todo = article_store.ids(store) if rescan else nd_store.unsigned(store, nd.SCHEME)
    inverses: list[Inverse] = []
    changes = Changes()
    flagged: set[str] = set()
    done = 0
    stopped = False
    while done < len(todo):
        if cancelled is not None and cancelled():
            stopped = True
            break
        batch = todo[done : done + SCAN_BATCH]
        with store.write() as tx:
            for article_id in batch:
                text = nd_store.text_of(store, article_id)
                if text is not None:
                    flagged |= _sign_and_match(store, article_id, text, threshold)
        inverses.append(tx.inverse)
        done += len(batch)
        if progress is not None:
            progress(done, len(todo), "")
    changes.articles |= flagged
    return Outcome(ScanReport(done, len(flagged), stopped), changes, combine(inverses))


# --- reading ---------------------------------------------------------------------------------


def groups(project: Project) -> list[DuplicateGroup]:
    """Every group of near-duplicate articles (two or more that still exist)."""
    return [_group_of(project.store, g) for g in nd_store.groups(project.store)]


def group(project: Project, group_id: str) -> DuplicateGroup:
    members = nd_store.group(project.store, group_id)
    if len(members) < 2:
        found = [g for g in nd_store.groups(project.store) if g[0].group_id.startswith(group_id)]
        if len(found) != 1:
            raise NotFoundError(message("no group of near-duplicates {id}", id=repr(group_id)))
        members = found[0]
    return _group_of(project.store, members)


def group_of_article(project: Project, article_id: str) -> DuplicateGroup | None:
    m = nd_store.member(project.store, article_id)
    if m is None:
        return None
    members = nd_store.group(project.store, m.group_id)
    return _group_of(project.store, members) if len(members) > 1 else None


def _group_of(store: Store, members: list[nd_store.Member]) -> DuplicateGroup:
    ids = [m.article_id for m in members]
    info = {s.id: s for s in article_store.summaries(store, ids=ids, include_hidden=True)}
    out = []
    for m in members:
        s = info.get(m.article_id)
        if s is None:
            continue
        out.append(
            GroupMember(
                m.article_id,
                s.title,
                s.outlet,
                s.published,
                m.similarity,
                m.state,
                s.annotation_count,
            )
        )
    return DuplicateGroup(members[0].group_id, tuple(out))


def similar_counts(project: Project, article_ids: Iterable[str]) -> dict[str, int]:
    """How many near-duplicates each of these articles has (articles with none are left out)."""
    return nd_store.similar_counts(project.store, list(article_ids))


def any_group(project: Project) -> bool:
    """Whether the project has near-duplicates at all (the library shows its Similar
    column only then)."""
    return nd_store.any_group(project.store)


def hidden(project: Project) -> set[str]:
    return nd_store.hidden_ids(project.store)


def merged_into(project: Project, article_id: str) -> list[nd_store.MergedRecord]:
    """What was merged into an article: each merged article's title, outlet and dates."""
    return nd_store.merged_into(project.store, article_id)


# --- choosing --------------------------------------------------------------------------------


def _pick(g: DuplicateGroup, keep: str | None) -> str:
    if keep is None:
        return g.members[0].article_id
    chosen = [m.article_id for m in g.members if m.article_id == keep]
    if not chosen:
        chosen = [m.article_id for m in g.members if m.article_id.startswith(keep)]
    if len(chosen) != 1:
        raise InvalidInputError(
            message("article {id} is not one of this group's articles", id=repr(keep))
        )
    return chosen[0]


def keep_all(project: Project, group_id: str) -> Outcome[DuplicateGroup]:
    """Keep every article of the group, visible: the question is answered."""
    g = group(project, group_id)
    ids = [m.article_id for m in g.members]
    with project.store.write() as tx:
        nd_store.set_state(project.store, ids, "kept")
    return Outcome(group(project, g.id), Changes(articles=set(ids)), tx.inverse)


def hide_others(
    project: Project, group_id: str, keep: str | None = None
) -> Outcome[DuplicateGroup]:
    """Keep one article (default: the first imported) and hide the others."""
    g = group(project, group_id)
    kept = _pick(g, keep)
    others = [m.article_id for m in g.members if m.article_id != kept]
    with project.store.write() as tx:
        nd_store.set_state(project.store, [kept], "kept")
        nd_store.set_state(project.store, others, "hidden")
    ids = {m.article_id for m in g.members}
    return Outcome(group(project, g.id), Changes(articles=ids), tx.inverse)


def show_all(project: Project, group_id: str) -> Outcome[DuplicateGroup]:
    """Show the group's hidden articles again (they are back to undecided)."""
    g = group(project, group_id)
    ids = [m.article_id for m in g.members if m.state == "hidden"]
    with project.store.write() as tx:
        nd_store.set_state(project.store, ids, "flagged")
    return Outcome(group(project, g.id), Changes(articles=set(ids)), tx.inverse)


def merge(project: Project, group_id: str, into: str | None = None) -> Outcome[MergeReport]:
    """Merge a group into one article (default: the first imported), in one transaction.

    Every annotation of the other articles moves to it: placed where its quote and
    context are found in the kept text, or, when they cannot be placed, kept as
    orphaned with its own quote. The merged articles' title, outlet, author, dates
    and source are recorded on the kept article (``merged_into``); their collections
    are added to it.
    """
    store = project.store
    g = group(project, group_id)
    kept = _pick(g, into)
    others = [m.article_id for m in g.members if m.article_id != kept]
    target = article_store.get(store, kept)
    text = target.text
    placed = orphaned = 0
    moved: set[str] = set()
    cols = set(target.collections)
    stamp = now_iso()
    with store.write() as tx:
        for other in others:
            cols |= set(article_store.get(store, other).collections)
            notes = annotation_store.for_article(store, other)
            anchors = [Anchor(a.start, a.end, a.exact, a.prefix, a.suffix) for a in notes]
            for note, place in zip(notes, reanchor_all(anchors, text), strict=True):
                if place is None:
                    orphaned += 1
                    end = max(1, min(note.end, len(text)))
                    start = min(note.start, end - 1)
                    annotation_store.update(
                        store,
                        replace(
                            note,
                            article=kept,
                            start=start,
                            end=end,
                            status="orphaned",
                            modified=stamp,
                        ),
                    )
                else:
                    placed += 1
                    a = make_anchor(text, place.start, place.end)
                    annotation_store.update(
                        store,
                        replace(
                            note,
                            article=kept,
                            start=a.start,
                            end=a.end,
                            exact=a.exact,
                            prefix=a.prefix,
                            suffix=a.suffix,
                            status="anchored",
                            modified=stamp,
                        ),
                    )
                moved.add(note.id)
            nd_store.record_merged(store, kept, other)
            article_store.delete(store, other)
        if cols != set(target.collections):
            article_store.set_collections(store, kept, cols)
        nd_store.set_state(store, [kept], "kept")
    # The merged articles are named as changed too: an undo brings them back.
    changes = Changes(articles={kept, *others}, annotations=moved, removed=set(others))
    return Outcome(MergeReport(kept, tuple(others), placed, orphaned), changes, tx.inverse)
