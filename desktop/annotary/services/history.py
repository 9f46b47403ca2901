"""Undo and redo: revert what an earlier use case did."""

from __future__ import annotations

import sqlite3

from annotary.domain.errors import UndoConflict
from annotary.domain.messages import message
from annotary.domain.models import Changes
from annotary.services.outcome import Outcome
from annotary.services.project import Project
from annotary.storage import articles as article_store
from annotary.storage import history as store_history
from annotary.storage.history import Inverse


def revert(
    project: Project, inverse: Inverse, what: str = "", *, redo: bool = False
) -> Outcome[None]:
    """Apply an inverse in one transaction; the outcome's ``undo`` redoes it.

    Raises UndoConflict, with nothing changed, when another program changed the
    records this inverse would put back. ``what`` names the step in the message
    (the window's command, e.g. "'Tag passage'"); ``redo`` says which way it goes.
    """
    if not inverse:
        return Outcome(None)
    try:
        with project.store.write() as tx:
            changed = store_history.replay(project.store.conn, inverse)
            rowids = [rowid for table, rowid in changed if table == "articles"]
            if rowids:
                article_store.reindex_rowids(project.store, rowids)
    except UndoConflict as exc:
        raise _conflict(what, redo) from exc
    except sqlite3.IntegrityError as exc:
        # Putting rows back broke a constraint: another program removed a record they
        # refer to, or took their id. A lone writer never gets here.
        raise _conflict(what, redo) from exc
    return Outcome(None, Changes(), tx.inverse)


def _conflict(what: str, redo: bool) -> UndoConflict:
    if not what:
        said = message("can't undo or redo this: another program has changed those records since")
    elif redo:
        said = message(
            "can't redo {what}: another program has changed those records since", what=what
        )
    else:
        said = message(
            "can't undo {what}: another program has changed those records since", what=what
        )
    return UndoConflict(said)
