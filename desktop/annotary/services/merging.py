"""Merging records from another project or coder into this one, in one transaction.

Rules (docs/json-format.md, "Importing"):
- a record whose id exists is the same record: identical -> unchanged; an
  annotation edited on both sides keeps the later ``modified`` and the
  conflict is reported; themes, speakers and articles keep this project's
  version (speakers gain the other side's aliases) and differences are reported;
- a record with a new id that is evidently the same thing is recognised and
  mapped onto the existing one: an article with the same text (hash), a speaker
  with the same name or alias, a theme with the same name under the same parent,
  an annotation identical in article, kind, span, coder, speaker, themes, type and note;
- everything else is added. Importing the same file twice changes nothing.
- an article's note and the project's memo: an incoming text is written where there
  is none; one already contained in this project's text adds nothing; a different
  one is appended after this project's text, under a line naming the file it came
  from (:func:`joined_note`), never overwriting it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from annotary.domain.anchoring import Anchor, locate
from annotary.domain.errors import NotFoundError
from annotary.domain.layout import paragraphs
from annotary.domain.messages import message
from annotary.domain.models import Annotation, Article, Bundle, Changes, Speaker, Theme, now_iso
from annotary.domain.segments import anchor_of, orphaned, placed
from annotary.formats.annotary_json_checks import KnownIds
from annotary.services.notes import MAX_NOTE_CHARS
from annotary.services.outcome import Outcome
from annotary.services.project import Project
from annotary.storage import annotations as annotation_store
from annotary.storage import articles as article_store
from annotary.storage import notes as note_store
from annotary.storage import speakers as speaker_store
from annotary.storage import themes as theme_store
from annotary.storage.store import Store


@dataclass(slots=True)
class MergeReport:
    added: dict[str, int] = field(
        default_factory=lambda: dict.fromkeys(("articles", "speakers", "themes", "annotations"), 0)
    )
    recognised: dict[str, int] = field(
        default_factory=lambda: dict.fromkeys(("articles", "speakers", "themes", "annotations"), 0)
    )
    updated: int = 0
    orphaned: int = 0
    conflicts: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    notes_added: int = 0  # article notes written where the article had none
    notes_joined: int = 0  # article notes appended to a different note
    memo: str = ""  # "added", "joined" or "" (unchanged)

    def facts(self) -> list[tuple[str, int]]:
        """What the merge did, in the order a summary tells it, each with its count:
        ("added", 0) when nothing was added, then ("present", n), ("updated", n),
        ("conflicts", n), ("orphaned", n), ("notes_added", n), ("notes_joined", n),
        ("memo_added", 1) or ("memo_joined", 1); only the facts that happened. The
        command line's summary below and the window's (ui/interchange/report_dialog)
        put them in words, the window with each language's plural forms."""
        facts = [("added", sum(self.added.values()))]
        known = sum(self.recognised.values())
        for fact, n in (
            ("present", known),
            ("updated", self.updated),
            ("conflicts", len(self.conflicts)),
            ("orphaned", self.orphaned),
            ("notes_added", self.notes_added),
            ("notes_joined", self.notes_joined),
            ("memo_added", int(self.memo == "added")),
            ("memo_joined", int(self.memo == "joined")),
        ):
            if n:
                facts.append((fact, n))
        return facts

    def summary(self) -> str:
        """The facts in English, for the command line."""
        parts = []
        for fact, n in self.facts():
            if fact == "added":
                added = ", ".join(_count(c, k) for k, c in self.added.items() if c)
                parts.append(f"added {added or 'nothing'}")
            else:
                parts.append(_SUMMARY[fact].format(n=n, s="" if n == 1 else "s"))
        return "; ".join(parts)


_SUMMARY = {
    "present": "{n} already present",
    "updated": "{n} annotation{s} updated",
    "conflicts": "{n} conflict{s}",
    "orphaned": "{n} orphaned",
    "notes_added": "{n} article note{s} added",
    "notes_joined": "{n} article note{s} appended to a different note already there",
    "memo_added": "the project memo added",
    "memo_joined": "the incoming memo appended to this project's memo",
}


def _count(n: int, plural: str) -> str:
    return f"{n} {plural[:-1] if n == 1 else plural}"


def known_ids(project: Project) -> KnownIds:
    """The project's ids by kind, so a file cannot name a speaker where a theme belongs."""
    store = project.store
    return KnownIds(
        articles=frozenset(article_store.ids(store)),
        speakers=frozenset(s.id for s in speaker_store.all_speakers(store)),
        themes=frozenset(t.id for t in theme_store.all_themes(store)),
    )


def joined_note(mine: str, incoming: str, source: str) -> str:
    """This project's note or memo with an incoming one: ``incoming`` when there is
    none, ``mine`` when it already holds ``incoming``, else both, the incoming text
    after a separator line naming where it came from."""
    if not mine.strip():
        return incoming
    if not incoming.strip() or incoming in mine:
        return mine
    return f"{mine}\n\n{NOTE_SEPARATOR.format(source=source or 'an imported file')}\n{incoming}"


#: The line between this project's note and an incoming one appended to it.
NOTE_SEPARATOR = "--- imported from {source} ---"


def _content_key(a: Annotation) -> tuple[object, ...]:
    return (
        a.article,
        a.kind,
        a.start,
        a.end,
        tuple((s.start, s.end) for s in a.segments),
        a.coder,
        a.speaker,
        tuple(sorted(a.themes)),
        a.quote_type,
        a.note or None,
    )


class _Merger:
    def __init__(self, store: Store, report: MergeReport, source: str = "") -> None:
        self.store = store
        self.report = report
        self.source = source
        self.ids: dict[str, str] = {}  # incoming id -> id in this project
        self.changes = Changes()
        self.texts: dict[str, str] = {}
        # Articles an incoming article has already been matched to in this merge: two
        # incoming articles with the same text (e.g. two NVivo sources) stay two articles.
        self.claimed: set[str] = set()

    def themes(self, incoming: Iterable[Theme]) -> None:
        pending = list(incoming)
        existing = {t.id: t for t in theme_store.all_themes(self.store)}
        while pending:  # parents first, whatever the order in the file
            rest: list[Theme] = []
            for theme in pending:
                if (
                    theme.parent is not None
                    and theme.parent not in self.ids
                    and theme.parent not in existing
                ):
                    rest.append(theme)
                    continue
                self._theme(theme, existing)
            if len(rest) == len(pending):
                for theme in rest:
                    self.report.warnings.append(
                        message(
                            "theme {name} skipped: its parent is missing", name=repr(theme.name)
                        )
                    )
                break
            pending = rest

    def _theme(self, theme: Theme, existing: dict[str, Theme]) -> None:
        parent = self.ids.get(theme.parent, theme.parent) if theme.parent else None
        if theme.id in existing:
            self.ids[theme.id] = theme.id
            mine = existing[theme.id]
            if (mine.name, mine.color, mine.description) != (
                theme.name,
                theme.color,
                theme.description,
            ):
                self.report.conflicts.append(
                    message(
                        "theme {name}: kept this project's version (other: {other})",
                        name=repr(mine.name),
                        other=repr(theme.name),
                    )
                )
            self.report.recognised["themes"] += 1
            return
        same = [
            t
            for t in existing.values()
            if t.name.casefold() == theme.name.casefold() and t.parent == parent
        ]
        if same:
            self.ids[theme.id] = same[0].id
            self.report.recognised["themes"] += 1
            return
        new = replace(theme, parent=parent, position=theme_store.next_position(self.store, parent))
        theme_store.insert(self.store, new)
        existing[new.id] = new
        self.ids[theme.id] = new.id
        self.changes.themes.add(new.id)
        self.report.added["themes"] += 1

    def speakers(self, incoming: Iterable[Speaker]) -> None:
        for speaker in incoming:
            try:
                mine: Speaker | None = speaker_store.get(self.store, speaker.id)
            except NotFoundError:
                mine = None
            if mine is None:
                mine = speaker_store.find_by_name(self.store, speaker.name)
                if mine is None:
                    for alias in speaker.aliases:
                        mine = speaker_store.find_by_name(self.store, alias)
                        if mine:
                            break
            if mine is None:
                speaker_store.insert(self.store, speaker)
                self.ids[speaker.id] = speaker.id
                self.changes.speakers.add(speaker.id)
                self.report.added["speakers"] += 1
                continue
            self.ids[speaker.id] = mine.id
            self.report.recognised["speakers"] += 1
            names = {n.casefold() for n in (mine.name, *mine.aliases)}
            extra = [n for n in (speaker.name, *speaker.aliases) if n.casefold() not in names]
            merged = replace(
                mine,
                aliases=(*mine.aliases, *dict.fromkeys(extra)),
                role=mine.role or speaker.role,
                affiliation=mine.affiliation or speaker.affiliation,
            )
            if mine.role and speaker.role and mine.role != speaker.role:
                self.report.conflicts.append(
                    message(
                        "speaker {name}: kept role {kept} (other: {other})",
                        name=repr(mine.name),
                        kept=repr(mine.role),
                        other=repr(speaker.role),
                    )
                )
            if mine.affiliation and speaker.affiliation and mine.affiliation != speaker.affiliation:
                self.report.conflicts.append(
                    message(
                        "speaker {name}: kept affiliation {kept} (other: {other})",
                        name=repr(mine.name),
                        kept=repr(mine.affiliation),
                        other=repr(speaker.affiliation),
                    )
                )
            if merged != mine:
                speaker_store.update(self.store, merged)
                self.changes.speakers.add(mine.id)

    def articles(self, incoming: Iterable[Article]) -> None:
        for article in incoming:
            try:
                mine: Article | None = article_store.get(self.store, article.id)
            except NotFoundError:
                mine = None
            if mine is not None:
                self.ids[article.id] = mine.id
                self.claimed.add(mine.id)
                self.texts[mine.id] = mine.text
                self._join_collections(mine, article.collections)
                self.report.recognised["articles"] += 1
                if mine.text_sha256 != article.text_sha256:
                    self.report.conflicts.append(
                        message(
                            "article {title}: its text differs; kept this project's text "
                            "and re-anchored the incoming annotations on it",
                            title=repr(mine.title),
                        )
                    )
                continue
            same = self._unclaimed_with_hash(article.text_sha256)
            if same is not None:
                self.ids[article.id] = same
                self.claimed.add(same)
                self.texts[same] = article.text
                self._join_collections(article_store.get(self.store, same), article.collections)
                self.report.recognised["articles"] += 1
                continue
            stamp = now_iso()
            new = replace(
                article,
                imported_at=article.imported_at or stamp,
                modified_at=article.modified_at or stamp,
                source_format=article.source_format or "text",
            )
            article_store.insert(
                self.store, new, paragraphs(new.text), article_store.Source(None, None, None)
            )
            self.ids[article.id] = new.id
            self.claimed.add(new.id)
            self.texts[new.id] = new.text
            self.changes.articles.add(new.id)
            self.report.added["articles"] += 1

    def _unclaimed_with_hash(self, sha256: str) -> str | None:
        """An article of this project with that text not yet matched in this merge."""
        for found in article_store.find_all_by_hash(self.store, sha256):
            if found not in self.claimed:
                return found
        return None

    def _join_collections(self, mine: Article, names: tuple[str, ...]) -> None:
        """Add the incoming article's collections to the one it was recognised as."""
        known = {n.casefold() for n in mine.collections}
        extra = [n for n in names if n.casefold() not in known]
        if extra:
            article_store.set_collections(self.store, mine.id, (*mine.collections, *extra))
            self.changes.articles.add(mine.id)

    def notes(self, incoming: dict[str, str]) -> None:
        """Each incoming article note onto the article the incoming one was mapped to."""
        for incoming_id, note in incoming.items():
            article = self.ids.get(incoming_id)
            if article is None or not note.strip():
                continue
            mine = note_store.article_note(self.store, article)
            merged = joined_note(mine, note, self.source)
            if merged == mine:
                continue
            if len(merged) > MAX_NOTE_CHARS:
                self.report.warnings.append(
                    message(
                        "the note of article {article}: the incoming note not added "
                        "(together they exceed {limit} characters)",
                        article=article,
                        limit=f"{MAX_NOTE_CHARS:,}",
                    )
                )
                continue
            note_store.set_article_note(self.store, article, merged)
            self.changes.articles.add(article)
            if mine.strip():
                self.report.notes_joined += 1
            else:
                self.report.notes_added += 1

    def memo(self, incoming: str) -> None:
        mine = note_store.memo(self.store)
        merged = joined_note(mine, incoming, self.source)
        if merged == mine:
            return
        if len(merged) > MAX_NOTE_CHARS:
            self.report.warnings.append(
                message(
                    "the incoming memo not added (with this project's memo it exceeds "
                    "{limit} characters)",
                    limit=f"{MAX_NOTE_CHARS:,}",
                )
            )
            return
        note_store.set_memo(self.store, merged)
        self.report.memo = "joined" if mine.strip() else "added"

    def annotations(self, incoming: Iterable[Annotation]) -> None:
        """Add, recognise or update annotations with a constant number of queries each.

        Which ids exist is asked in chunks, each article's annotations are read once,
        and the new ones are inserted together at the end: the transaction's length
        grows with the file, not with the file times the project.
        """
        notes = list(incoming)
        present = annotation_store.existing_ids(self.store, (n.id for n in notes))
        seen_keys: dict[str, set[tuple[object, ...]]] = {}
        new: list[Annotation] = []
        for note in notes:
            article = self.ids.get(note.article, note.article)
            mapped = replace(
                note,
                article=article,
                speaker=self.ids.get(note.speaker, note.speaker) if note.speaker else None,
                themes=tuple(dict.fromkeys(self.ids.get(t, t) for t in note.themes)),
            )
            mapped = self._anchor(mapped)
            if note.id in present:
                self._existing(mapped)
                continue
            keys = seen_keys.get(article)
            if keys is None:
                keys = {_content_key(a) for a in annotation_store.for_article(self.store, article)}
                seen_keys[article] = keys
            key = _content_key(mapped)
            if key in keys:
                self.report.recognised["annotations"] += 1
                continue
            new.append(mapped)
            present.add(mapped.id)
            keys.add(key)
            self.changes.annotations.add(mapped.id)
            self.changes.articles.add(article)
            self.report.added["annotations"] += 1
        annotation_store.insert_many(self.store, new)

    def _anchor(self, note: Annotation) -> Annotation:
        text = self.texts.get(note.article)
        if text is None:
            text = article_store.get(self.store, note.article).text
            self.texts[note.article] = text
        if len(note.segments) > 1:
            # Each part is placed on its own; the span's text is then read from the
            # project's text (a file may carry only the parts).
            moved = placed(note, text, [locate(anchor_of(s), text) for s in note.segments])
            if moved is None:
                self.report.orphaned += 1
                return orphaned(note, len(text))
            return moved
        if text[note.start : note.end] == note.exact:
            return note
        place = locate(Anchor(note.start, note.end, note.exact, note.prefix, note.suffix), text)
        if place is None:
            self.report.orphaned += 1
            start, end = clamp_span(note.start, note.end, len(text))
            return replace(note, start=start, end=end, status="orphaned")
        return replace(note, start=place.start, end=place.end, status="anchored")

    def _existing(self, incoming: Annotation) -> None:
        mine = annotation_store.get(self.store, incoming.id)
        if _content_key(mine) == _content_key(incoming) and mine.status == incoming.status:
            self.report.recognised["annotations"] += 1
            return
        if incoming.modified > mine.modified:
            annotation_store.update(self.store, incoming)
            self.changes.annotations.add(incoming.id)
            self.report.updated += 1
            said = message(
                "annotation {id} on {text} was edited on both sides; "
                "kept the imported version (newer)",
                id=incoming.id,
                text=repr(incoming.exact[:40]),
            )
        else:
            said = message(
                "annotation {id} on {text} was edited on both sides; "
                "kept this project's version (newer)",
                id=incoming.id,
                text=repr(incoming.exact[:40]),
            )
        self.report.conflicts.append(said)


def clamp_span(start: int, end: int, length: int) -> tuple[int, int]:
    """A span inside a text of ``length`` characters, as close to ``start..end`` as fits.

    An orphaned annotation keeps a span its text has, so the project's own export
    stays valid; it is empty only when the text is.
    """
    end = max(min(end, length), min(1, length))
    start = max(0, min(start, end - 1))
    return start, end


def merge_bundle(project: Project, bundle: Bundle, source: str = "") -> Outcome[MergeReport]:
    """Merge a bundle read from a file into the project, all or nothing.

    ``source`` names the file in the line above a note or memo appended to a
    different one already in the project.
    """
    report = MergeReport(warnings=list(bundle.warnings))
    with project.store.write() as tx:
        merger = _Merger(project.store, report, source)
        merger.themes(bundle.themes)
        merger.speakers(bundle.speakers)
        merger.articles(bundle.articles)
        merger.annotations(bundle.annotations)
        merger.notes(bundle.notes)
        merger.memo(bundle.memo)
    return Outcome(report, merger.changes, tx.inverse)
