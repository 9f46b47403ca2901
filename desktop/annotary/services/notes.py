"""Notes on articles and the project's memo: read and write, one transaction each.

Each write returns an :class:`~annotary.services.outcome.Outcome` whose ``undo``
puts the previous text back (through :func:`annotary.services.history.revert`,
like every other action). The library search finds both (see
:func:`annotary.services.searching.search`).
"""

from __future__ import annotations

from annotary.domain.errors import LimitExceeded
from annotary.domain.messages import message
from annotary.domain.models import Changes
from annotary.services.outcome import Outcome
from annotary.services.project import Project
from annotary.storage import notes as note_store

#: The longest note or memo kept (characters): a memo is prose, not a corpus.
MAX_NOTE_CHARS = 1_000_000


def _checked(text: str) -> str:
    if len(text) > MAX_NOTE_CHARS:
        raise LimitExceeded(
            message(
                "the text is {count} characters long; at most {limit} are kept",
                count=f"{len(text):,}",
                limit=f"{MAX_NOTE_CHARS:,}",
            )
        )
    return text if text.strip() else ""


def article_note(project: Project, article_id: str) -> str:
    """The article's note ("" when none)."""
    return note_store.article_note(project.store, article_id)


def set_article_note(project: Project, article_id: str, note: str) -> Outcome[str]:
    """Replace the article's note (an empty or blank note removes it)."""
    text = _checked(note)
    with project.store.write() as tx:
        note_store.set_article_note(project.store, article_id, text)
    return Outcome(text, Changes(articles={article_id}), tx.inverse)


def memo(project: Project) -> str:
    """The project's memo ("" when none)."""
    return note_store.memo(project.store)


def set_memo(project: Project, text: str) -> Outcome[str]:
    """Replace the project's memo (an empty or blank text removes it)."""
    value = _checked(text)
    with project.store.write() as tx:
        note_store.set_memo(project.store, value)
    return Outcome(value, Changes(), tx.inverse)
