"""Undo and redo: revert what an earlier use case did."""

from __future__ import annotations

import re

from annotary.domain.models import Changes
from annotary.services.outcome import Outcome
from annotary.services.project import Project
from annotary.storage import articles as article_store
from annotary.storage import history as store_history
from annotary.storage.history import Inverse

_ROWID = re.compile(r"(?:WHERE rowid=|VALUES\()(\d+)")


def revert(project: Project, inverse: Inverse) -> Outcome[None]:
    """Apply an inverse in one transaction; the outcome's ``undo`` redoes it."""
    if not inverse:
        return Outcome(None)
    with project.store.write() as tx:
        store_history.replay(project.store.conn, inverse)
        rowids = [
            int(m.group(1))
            for table, stmt in inverse.statements
            if table == "articles"
            for m in [_ROWID.search(stmt)]
            if m
        ]
        if rowids:
            article_store.reindex_rowids(project.store, rowids)
    return Outcome(None, Changes(), tx.inverse)
