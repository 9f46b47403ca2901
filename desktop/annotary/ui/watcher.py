"""ProjectWatcher: the window shows what other programs wrote to its project.

Every ``interval`` ms it reads ``PRAGMA data_version`` on the window's own
connection (a few microseconds, no lock): the number changes when any OTHER
connection commits — the command line, a script, the window's own worker
threads. Only then does it work out what changed (the articles' summaries, the
open article's annotations, speakers and themes) and announce it as an ordinary
``ctx.changed`` notice, so every panel refreshes the way it does after the
window's own edits: keeping selections and scroll positions, and touching only
what differs.

Working out what changed reads every article's summary (about 0.4 s for 10,000
articles), so it runs as a background read on its own connection, one at a time;
the GUI thread only compares the result with what the window shows. Panels read
the records a notice names again, so a read that is a moment old can only cause
an extra refresh, never show stale data; only records that existed when the read
began count as removed.

A restore from a backup sets ``project_meta.restored``: then the undo stack,
whose steps refer to rows that no longer mean the same, is cleared.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from annotary.domain.errors import AnnotaryError
from annotary.domain.models import Annotation, ArticleSummary, Changes, Speaker, Theme
from annotary.services import annotating, articles, codebook, speakers
from annotary.services.project import Project
from annotary.ui.annotate.session import ArticleSession
from annotary.ui.context import AppContext
from annotary.ui.operations.operation import Cancelled, Operation, Progress
from annotary.ui.operations.runner import Running
from annotary.ui.safety import log_exception

POLL_MS = 500
SNAPSHOT_MS = 3000
FULL_READ_OVER = 200  # more stale records than this: one read of them all
RESTORED_KEY = "restored"


@dataclass(frozen=True, slots=True)
class _Known:
    """What the window showed when a read began (copied on the GUI thread)."""

    article_id: str | None
    stamps: dict[str, str]  # the open article's annotations: id -> last modified
    themes: dict[str, Theme]
    speakers: frozenset[str]


@dataclass(slots=True)
class _Found:
    """The project as a background read found it."""

    summaries: dict[str, ArticleSummary]
    themes: dict[str, Theme]
    speakers: dict[str, Speaker]
    text_hash: str | None = None  # the open article's, None if it is gone
    stamps: dict[str, str] = field(default_factory=dict)
    annotations: dict[str, Annotation] = field(default_factory=dict)  # the records read


def _read(known: _Known, project: Project, _progress: Progress, _cancelled: Cancelled) -> _Found:
    """Read what may have changed (on a worker's connection).

    Of the open article's annotations only ids and modification times are compared
    and only the stale records are read (reading 50,000 takes about 0.6 s); a theme
    change (merges rename an annotation's themes without touching it) or many stale
    records take one read of them all.
    """
    themes = {t.id: t for t in codebook.themes(project)}
    found = _Found(
        summaries={s.id: s for s in articles.summaries(project)},
        themes=themes,
        speakers={s.id: s for s in speakers.speakers(project)},
    )
    current = known.article_id
    if current is None or current not in found.summaries:
        return found
    found.text_hash = articles.text_hash(project, current)
    found.stamps = annotating.versions(project, current)
    themes_changed = themes != known.themes
    stale = [i for i, m in found.stamps.items() if known.stamps.get(i) != m]
    if themes_changed or len(stale) > FULL_READ_OVER:
        found.annotations = {a.id: a for a in annotating.for_article(project, current)}
    else:
        found.annotations = {i: annotating.get(project, i) for i in stale}
    return found


def _summaries(
    project: Project, _progress: Progress, _cancelled: Cancelled
) -> dict[str, ArticleSummary]:
    return {s.id: s for s in articles.summaries(project)}


class ProjectWatcher(QObject):
    external_change = Signal(object)  # the Changes it announced
    restored = Signal()  # the project was restored from a backup

    def __init__(
        self,
        ctx: AppContext,
        session: ArticleSession,
        interval_ms: int = POLL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session = session
        self._version: int | None = None
        self._restored: str | None = None
        self._generation = 0  # a new project: results of reads begun before are dropped
        self._reading: Running[Any] | None = None  # one background read at a time
        # Articles as last seen; None until the snapshot is taken (SNAPSHOT_MS after a
        # reset, so reading a large library never delays a window being shown).
        self._summaries: dict[str, ArticleSummary] | None = None
        self._snapshot_timer = QTimer(self, singleShot=True, interval=SNAPSHOT_MS)
        self._snapshot_timer.timeout.connect(self._snapshot)
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.poll)
        ctx.project_replaced.connect(self.reset)
        self.reset()

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self._snapshot_timer.stop()

    @property
    def reading(self) -> bool:
        """A background read of what changed is under way."""
        return self._reading is not None and not self._reading.done

    def reset(self) -> None:
        """Take the project as it is now as the known state (a project was opened)."""
        self._generation += 1
        self._reading = None
        try:
            self._version = self._data_version()
            self._restored = self.ctx.project.store.meta(RESTORED_KEY)
        except (sqlite3.Error, AnnotaryError) as exc:
            log_exception(exc, "watching the project")
            self._version = None  # the next poll looks again
        self._summaries = None
        self._snapshot_timer.start()

    def _snapshot(self) -> None:
        """The articles as they are now, read in the background, if no other program
        wrote since the reset."""
        if self._summaries is not None or self.reading:
            return
        generation, version = self._generation, self._version

        def taken(summaries: dict[str, ArticleSummary]) -> None:
            if (
                generation == self._generation
                and self._summaries is None
                and version == self._version
            ):
                self._summaries = summaries

        op: Operation[dict[str, ArticleSummary]] = Operation(
            self.tr("Reading the library"),
            _summaries,
            background=True,
            undoable=False,
            report="quiet",
        )
        self.ctx.operations.run(op.then(taken))

    def _data_version(self) -> int:
        return self.ctx.project.store.data_version()

    def poll(self) -> bool:
        """Look for commits by other connections; True if it began reading what changed
        (the notice follows when the read is done)."""
        if self.reading:
            return False  # the next tick looks again
        try:
            version = self._data_version()
            if version == self._version:
                return False
            restored = self.ctx.project.store.meta(RESTORED_KEY)
        except (sqlite3.Error, AnnotaryError) as exc:
            # Busy or mid-restore: try again on the next tick, nothing is lost meanwhile.
            log_exception(exc, "watching the project")
            return False
        self._version = version
        if restored != self._restored:
            self._restored = restored
            self.ctx.undo_stack.clear()
            self.ctx.status.emit(
                self.tr(
                    "The project was restored from a backup by another program; "
                    "the undo history was cleared"
                )
            )
            self.restored.emit()
        session = self.session
        known = _Known(
            article_id=session.article_id,
            stamps={i: a.modified for i, a in session.annotations.items()},
            themes=dict(session.themes),
            speakers=frozenset(session.speakers),
        )
        generation = self._generation
        op: Operation[_Found] = Operation(
            self.tr("Reading changes made elsewhere"),
            partial(_read, known),
            background=True,
            undoable=False,
            report="quiet",
        )
        op = op.then(lambda found: self._apply(generation, known, found))
        self._reading = self.ctx.operations.run(op.or_else(lambda _why: self._retry(generation)))
        return True

    def _retry(self, generation: int) -> None:
        """A read failed (busy, say): the next tick reads again."""
        if generation == self._generation:
            self._version = None

    def _apply(self, generation: int, known: _Known, found: _Found) -> None:
        """Announce what the read found changed (GUI thread)."""
        if generation != self._generation:
            return
        changes = self._changes(known, found)
        if _empty(changes):
            return
        self.ctx.notify(changes)
        self.external_change.emit(changes)

    def _changes(self, known: _Known, found: _Found) -> Changes:
        changes = Changes()
        fresh = found.summaries
        old = self._summaries if self._summaries is not None else {}  # no snapshot: all
        changes.articles |= {i for i, s in fresh.items() if old.get(i) != s}
        changes.removed |= set(old) - set(fresh)
        self._summaries = fresh

        session = self.session
        changes.themes |= {i for i, t in found.themes.items() if session.themes.get(i) != t}
        changes.removed |= set(known.themes) - set(found.themes)
        changes.speakers |= {i for i, s in found.speakers.items() if session.speakers.get(i) != s}
        changes.removed |= known.speakers - set(found.speakers)

        current = known.article_id
        if current is None:
            return changes
        if current in changes.articles:
            # The snapshot may be older than the window's own edits (a count, read):
            # the open article counts as changed only for its details or its text.
            before, now = old.get(current), fresh[current]
            if before is not None and _details(before) == _details(now):
                changes.articles.discard(current)
        if current not in fresh:
            changes.removed.add(current)
            return changes
        if session.article_id != current:  # another article was opened meanwhile, fresh
            return changes
        article = session.article
        if found.text_hash and article is not None and found.text_hash != article.text_sha256:
            changes.articles.add(current)  # new text: the session opens it again
        changes.annotations |= {
            i for i, a in found.annotations.items() if session.annotations.get(i) != a
        }
        changes.removed |= set(known.stamps) - set(found.stamps)
        return changes


def _details(s: ArticleSummary) -> ArticleSummary:
    return dataclasses.replace(s, annotation_count=0, read=False)


def _empty(c: Changes) -> bool:
    return not (c.articles or c.annotations or c.removed or c.themes or c.speakers)
