"""ProjectWatcher: the window shows what other programs wrote to its project.

Every ``interval`` ms it reads ``PRAGMA data_version`` on the window's own
connection (a few microseconds, no lock): the number changes when any OTHER
connection commits — the command line, a script, the window's own worker
threads. Only then does it work out what changed (the articles' summaries, the
open article's annotations, speakers and themes) and announce it as an ordinary
``ctx.changed`` notice, so every panel refreshes the way it does after the
window's own edits: keeping selections and scroll positions, and touching only
what differs.

A restore from a backup sets ``project_meta.restored``: then the undo stack,
whose steps refer to rows that no longer mean the same, is cleared.
"""

from __future__ import annotations

import dataclasses
import sqlite3

from PySide6.QtCore import QObject, QTimer, Signal

from annotary.domain.errors import AnnotaryError
from annotary.domain.models import ArticleSummary, Changes
from annotary.services import annotating, articles, codebook, speakers
from annotary.ui.annotate.session import ArticleSession
from annotary.ui.context import AppContext
from annotary.ui.safety import log_exception

POLL_MS = 500
SNAPSHOT_MS = 3000
FULL_READ_OVER = 200  # more stale records than this: one read of them all
RESTORED_KEY = "restored"


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

    def reset(self) -> None:
        """Take the project as it is now as the known state (a project was opened)."""
        try:
            self._version = self._data_version()
            self._restored = self.ctx.project.store.meta(RESTORED_KEY)
        except (sqlite3.Error, AnnotaryError) as exc:
            log_exception(exc, "watching the project")
            self._version = None  # the next poll looks again
        self._summaries = None
        self._snapshot_timer.start()

    def _snapshot(self) -> None:
        """The articles as they are now, if no other program wrote since the reset."""
        try:
            if self._summaries is None and self._version == self._data_version():
                self._summaries = {s.id: s for s in articles.summaries(self.ctx.project)}
        except (sqlite3.Error, AnnotaryError) as exc:
            log_exception(exc, "watching the project")

    def _data_version(self) -> int:
        return self.ctx.project.store.data_version()

    def poll(self) -> bool:
        """Look for commits by other connections; True if something was refreshed."""
        try:
            version = self._data_version()
            if version == self._version:
                return False
            restored = self.ctx.project.store.meta(RESTORED_KEY)
            changes = self._changes()
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
        if _empty(changes):
            return False
        self.ctx.notify(changes)
        self.external_change.emit(changes)
        return True

    def _changes(self) -> Changes:
        project = self.ctx.project
        changes = Changes()
        fresh = {s.id: s for s in articles.summaries(project)}
        old = self._summaries if self._summaries is not None else {}  # no snapshot: all
        changes.articles |= {i for i, s in fresh.items() if old.get(i) != s}
        changes.removed |= set(old) - set(fresh)
        self._summaries = fresh

        themes = {t.id: t for t in codebook.themes(project)}
        changes.themes |= {i for i, t in themes.items() if self.session.themes.get(i) != t}
        changes.removed |= set(self.session.themes) - set(themes)

        session = self.session
        current = session.article_id
        if current is not None and current in changes.articles:
            # The snapshot may be older than the window's own edits (a count, read):
            # the open article counts as changed only for its details or its text.
            before, now = old.get(current), fresh[current]
            if before is not None and _details(before) == _details(now):
                changes.articles.discard(current)
        if current is not None:
            if current not in fresh:
                changes.removed.add(current)
            else:
                digest = articles.text_hash(project, current)
                article = session.article
                if digest and article is not None and digest != article.text_sha256:
                    changes.articles.add(current)  # new text: the session opens it again
                self._annotation_changes(current, changes)
        people = {s.id: s for s in speakers.speakers(project)}
        changes.speakers |= {i for i, s in people.items() if session.speakers.get(i) != s}
        changes.removed |= set(session.speakers) - set(people)
        return changes

    def _annotation_changes(self, article_id: str, changes: Changes) -> None:
        """Which annotations of the open article another program added, changed or removed.

        Reading every annotation of a long article (50,000 take about 0.6 s) on each
        commit would freeze the window while a script writes, so only ids and
        modification times are compared and only the stale records are read; a theme
        change elsewhere (merges rename an annotation's themes without touching it)
        takes the full read.
        """
        project, mine = self.ctx.project, self.session.annotations
        if changes.themes or changes.removed & set(self.session.themes):
            fresh = {a.id: a for a in annotating.for_article(project, article_id)}
            changes.annotations |= {i for i, a in fresh.items() if mine.get(i) != a}
            changes.removed |= set(mine) - set(fresh)
            return
        stamps = annotating.versions(project, article_id)
        stale = [i for i, m in stamps.items() if i not in mine or mine[i].modified != m]
        if len(stale) > FULL_READ_OVER:
            fresh = {a.id: a for a in annotating.for_article(project, article_id)}
            stale = [i for i in stale if mine.get(i) != fresh.get(i)]
        else:
            stale = [i for i in stale if mine.get(i) != annotating.get(project, i)]
        changes.annotations |= set(stale)
        changes.removed |= set(mine) - set(stamps)


def _details(s: ArticleSummary) -> ArticleSummary:
    return dataclasses.replace(s, annotation_count=0, read=False)


def _empty(c: Changes) -> bool:
    return not (c.articles or c.annotations or c.removed or c.themes or c.speakers)
