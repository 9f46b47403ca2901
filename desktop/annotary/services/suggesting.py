"""Suggested quotes and speakers: propose, accept (as annotations) and reject (remembered)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from annotary.domain.models import Annotation, Changes, Speaker
from annotary.services import annotating
from annotary.services import speakers as speaker_service
from annotary.services.outcome import Outcome
from annotary.services.project import Project
from annotary.services.suggestion_process import SuggestionProcess
from annotary.storage import annotations as annotation_store
from annotary.storage import articles as article_store
from annotary.storage import speakers as speaker_store
from annotary.storage import suggestions as suggestion_store

if TYPE_CHECKING:
    from annotary.suggest import QuoteSuggestion

_PRONOUNS = {
    "he",
    "she",
    "they",
    "it",
    "we",
    "i",
    "him",
    "her",
    "them",
    "他",
    "她",
    "他们",
    "她们",
    "我们",
    "我",
}


# Texts at least this long (code points) go to the engine's process when one is given;
# shorter ones are quicker run where they are asked than sent there and back.
IN_PROCESS_FROM = 20_000


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def suggest(
    project: Project,
    article_id: str,
    min_confidence: float = 0.0,
    *,
    process: SuggestionProcess | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> list[QuoteSuggestion]:
    """Quotes the engine finds in an article that are neither annotated nor rejected yet.

    With a ``process``, a text of IN_PROCESS_FROM code points or more is worked on
    there; once ``cancelled()`` is true that work is abandoned and the list is empty.
    """
    article = article_store.get(project.store, article_id)
    known = speaker_store.all_speakers(project.store)
    if process is not None and len(article.text) >= IN_PROCESS_FROM:
        answer = process.run(article.text, article.language, known, cancelled)
        if answer is None:  # cancelled: the caller no longer wants this article's list
            return []
        found = answer
    else:
        from annotary.suggest import suggest_quotes  # the engine loads on first use

        found = suggest_quotes(article.text, article.language, known_speakers=known)
    rejected = {(s, e) for s, e, _ in suggestion_store.rejected(project.store, article_id)}
    quotes = [
        (a.start, a.end)
        for a in annotation_store.for_article(project.store, article_id)
        if a.kind == "quote"
    ]
    result = []
    for s in found:
        if s.confidence < min_confidence or (s.start, s.end) in rejected:
            continue
        span = (s.start, s.end)
        if any(_overlap(span, q) * 2 >= min(s.end - s.start, q[1] - q[0]) for q in quotes):
            continue  # already annotated
        result.append(s)
    return result


def _speaker_for(project: Project, s: QuoteSuggestion, made: dict[str, Speaker]) -> str | None:
    if s.speaker_id is not None:
        return s.speaker_id
    if not s.speaker:
        return None
    key = s.speaker.casefold()
    if key in made:
        return made[key].id
    found = speaker_store.find_by_name(project.store, s.speaker)
    if found is None:
        found = speaker_service.create(project, s.speaker, role=s.speaker_role).value
    made[key] = found
    return found.id


def accept(
    project: Project, article_id: str, suggestions: Sequence[QuoteSuggestion]
) -> Outcome[list[Annotation]]:
    """Store suggestions as quote annotations with their speakers, in one transaction.

    A speaker not yet in the project is created (with the role found in the
    text); a name-like mention that differs from the speaker's name (a surname,
    say) is added as an alias.
    """
    created: list[Annotation] = []
    made: dict[str, Speaker] = {}
    changes = Changes(articles={article_id})
    with project.store.write() as tx:
        text = article_store.get(project.store, article_id).text  # read once, in the write
        for s in suggestions:
            speaker_id = _speaker_for(project, s, made)
            if speaker_id and s.speaker_mention is not None:
                mention = s.speaker_mention.text.strip()
                if mention.casefold() not in _PRONOUNS and len(mention) > 1:
                    speaker_service.add_alias(project, speaker_id, mention)
            if speaker_id:
                changes.speakers.add(speaker_id)
            # A split quote comes as one suggestion in several segments: one annotation.
            quote = annotating.create_segments(
                project,
                article_id,
                "quote",
                list(s.segments) or [(s.start, s.end)],
                speaker=speaker_id,
                quote_type=s.quote_type,
                text=text,
            ).value
            created.append(quote)
            changes.annotations.add(quote.id)
    return Outcome(created, changes, tx.inverse)


def reject(
    project: Project, article_id: str, suggestions: Sequence[QuoteSuggestion]
) -> Outcome[int]:
    """Remember that these suggestions are wrong: they are not proposed again."""
    article_store.get(project.store, article_id)
    with project.store.write() as tx:
        for s in suggestions:
            suggestion_store.reject(project.store, article_id, s.start, s.end, s.exact)
    return Outcome(len(suggestions), Changes(articles={article_id}), tx.inverse)
