"""Creating, editing and deleting annotations."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from annotary.domain.anchoring import make_anchor
from annotary.domain.errors import InvalidInputError, NotFoundError
from annotary.domain.messages import message
from annotary.domain.models import KINDS, QUOTE_TYPES, Annotation, Changes, new_id, now_iso
from annotary.domain.segments import add_span, check_span, with_segments
from annotary.domain.segments import remove_segment as remove_span
from annotary.formats.annotary_json_records import annotation_to_json
from annotary.services.outcome import Outcome
from annotary.services.project import Project
from annotary.storage import annotations as annotation_store
from annotary.storage import articles as article_store
from annotary.storage import speakers as speaker_store
from annotary.storage import themes as theme_store

_UNSET: Any = object()


def as_json(annotation: Annotation) -> dict[str, Any]:
    """An annotation as the Annotary JSON format writes it (for ``--json`` output)."""
    return annotation_to_json(annotation)


def _check(
    project: Project, kind: str, quote_type: str | None, speaker: str | None, themes: Sequence[str]
) -> None:
    if kind not in KINDS:
        raise InvalidInputError(
            message(
                "unknown kind {kind}: use one of {kinds}", kind=repr(kind), kinds=", ".join(KINDS)
            )
        )
    if quote_type is not None and quote_type not in QUOTE_TYPES:
        raise InvalidInputError(
            message("unknown quote type {kind}: use direct or indirect", kind=repr(quote_type))
        )
    if quote_type is not None and kind != "quote":
        raise InvalidInputError(message("only a quote has a quote type"))
    if speaker is not None:
        speaker_store.get(project.store, speaker)
    for theme_id in themes:
        theme_store.get(project.store, theme_id)


def create(
    project: Project,
    article_id: str,
    kind: str,
    start: int,
    end: int,
    *,
    speaker: str | None = None,
    themes: Sequence[str] = (),
    note: str | None = None,
    quote_type: str | None = None,
) -> Outcome[Annotation]:
    """Anchor a new annotation on article text[start:end] (code points)."""
    return create_segments(
        project,
        article_id,
        kind,
        [(start, end)],
        speaker=speaker,
        themes=themes,
        note=note,
        quote_type=quote_type,
    )


def update(
    project: Project,
    annotation_id: str,
    *,
    kind: str = _UNSET,
    start: int = _UNSET,
    end: int = _UNSET,
    speaker: str | None = _UNSET,
    themes: Sequence[str] = _UNSET,
    note: str | None = _UNSET,
    quote_type: str | None = _UNSET,
) -> Outcome[Annotation]:
    """Change some fields of an annotation; a new span re-anchors it on the text, as
    one segment (a quote in several parts becomes one part covering the span)."""
    old = annotation_store.get(project.store, annotation_id)
    fields: dict[str, Any] = {}
    for name, value in (
        ("kind", kind),
        ("speaker", speaker),
        ("note", note),
        ("quote_type", quote_type),
    ):
        if value is not _UNSET:
            fields[name] = value
    if themes is not _UNSET:
        fields["themes"] = tuple(dict.fromkeys(themes))
    if "note" in fields:
        fields["note"] = fields["note"] or None
    new = replace(old, **fields)
    if new.kind != "quote":
        new = replace(new, quote_type=None)
    elif new.quote_type is None:
        new = replace(new, quote_type="direct")
    if start is not _UNSET or end is not _UNSET:
        text = article_store.get(project.store, old.article).text
        s = old.start if start is _UNSET else start
        e = old.end if end is _UNSET else end
        if not 0 <= s < e <= len(text):
            raise InvalidInputError(
                message(
                    "span {start}-{end} is outside the article's text (0-{length})",
                    start=s,
                    end=e,
                    length=len(text),
                )
            )
        anchor = make_anchor(text, s, e)
        new = replace(
            new,
            start=anchor.start,
            end=anchor.end,
            exact=anchor.exact,
            prefix=anchor.prefix,
            suffix=anchor.suffix,
            status="anchored",
            segments=(),
        )
    _check(project, new.kind, new.quote_type, new.speaker, new.themes)
    if new == old:
        return Outcome(old)
    new = replace(new, modified=now_iso())
    with project.store.write() as tx:
        annotation_store.update(project.store, new)
    return Outcome(new, Changes(annotations={new.id}, articles={new.article}), tx.inverse)


def delete(project: Project, annotation_ids: Iterable[str]) -> Outcome[int]:
    ids = list(dict.fromkeys(annotation_ids))
    articles = set()
    for annotation_id in ids:
        articles.add(annotation_store.get(project.store, annotation_id).article)
    with project.store.write() as tx:
        n = annotation_store.delete(project.store, ids)
    return Outcome(n, Changes(articles=articles, removed=set(ids)), tx.inverse)


def versions(project: Project, article_id: str) -> dict[str, str]:
    """The article's annotation ids with their last-modified times (see storage)."""
    return annotation_store.versions(project.store, article_id)


def for_article(project: Project, article_id: str) -> list[Annotation]:
    return annotation_store.for_article(project.store, article_id)


def get(project: Project, annotation_id: str) -> Annotation:
    return annotation_store.get(project.store, annotation_id)


def find_occurrence(text: str, exact: str, occurrence: int = 1) -> tuple[int, int]:
    """The span of the N-th (1-based) occurrence of ``exact`` in ``text``."""
    if not exact:
        raise InvalidInputError(message("the text to annotate is empty"))
    if occurrence < 1:
        raise InvalidInputError(message("--occurrence counts from 1"))
    pos = -1
    for n in range(occurrence):
        pos = text.find(exact, pos + 1)
        if pos < 0:
            found = n
            if found == 0:
                raise NotFoundError(
                    message("the article does not contain {text}", text=repr(exact))
                )
            if found == 1:
                raise NotFoundError(
                    message(
                        "the article contains {text} once, not {occurrence}",
                        text=repr(exact),
                        occurrence=occurrence,
                    )
                )
            raise NotFoundError(
                message(
                    "the article contains {text} {count} times, not {occurrence}",
                    text=repr(exact),
                    count=found,
                    occurrence=occurrence,
                )
            )
    return pos, pos + len(exact)


def annotate_text(
    project: Project,
    article_id: str,
    kind: str,
    exact: str,
    *,
    occurrence: int = 1,
    speaker_name: str | None = None,
    theme_names: Sequence[str] = (),
    note: str | None = None,
    quote_type: str | None = None,
    then: Sequence[str] = (),
) -> Outcome[Annotation]:
    """Annotate the N-th occurrence of ``exact``, finding or creating the speaker and
    themes by name; all in one transaction, so an error leaves nothing behind.

    ``then`` are further parts of the same annotation (a quote split around its
    attribution), each the first occurrence after the part before it."""
    from annotary.services import codebook, speakers

    article = article_store.get(project.store, article_id)
    start, end = find_occurrence(article.text, exact, occurrence)
    spans = [(start, end)]
    for part in then:
        at = article.text.find(part, spans[-1][1]) if part else -1
        if at < 0:
            raise NotFoundError(
                message(
                    "the article has no {text} after {offset}",
                    text=repr(part),
                    offset=spans[-1][1],
                )
            )
        spans.append((at, at + len(part)))
    if quote_type is not None and kind != "quote":
        raise InvalidInputError(message("a quote type applies to quotes only"))
    with project.store.write() as tx:
        speaker = speakers.find_or_create(project, speaker_name).value.id if speaker_name else None
        themes = [codebook.find_or_create(project, name).value.id for name in theme_names]
        made = create_segments(
            project,
            article_id,
            kind,
            spans,
            speaker=speaker,
            themes=themes,
            note=note,
            quote_type=quote_type,
        )
    changes = made.changes
    if speaker:
        changes.speakers.add(speaker)
    changes.themes.update(themes)
    return Outcome(made.value, changes, tx.inverse)


def _change_segments(project: Project, old: Annotation, new: Annotation) -> Outcome[Annotation]:
    if new.segments == old.segments and new.status == old.status:
        return Outcome(old)
    new = replace(new, modified=now_iso())
    with project.store.write() as tx:
        annotation_store.update(project.store, new)
    return Outcome(new, Changes(annotations={new.id}, articles={new.article}), tx.inverse)


def add_segment(project: Project, annotation_id: str, start: int, end: int) -> Outcome[Annotation]:
    """Add ``text[start:end]`` to an annotation as another segment (for example the
    second part of a quote split around its attribution); a span over or against
    one of its segments joins that segment. One transaction, undoable."""
    old = annotation_store.get(project.store, annotation_id)
    text = article_store.get(project.store, old.article).text
    return _change_segments(project, old, add_span(old, text, start, end))


def remove_segment(project: Project, annotation_id: str, index: int) -> Outcome[Annotation]:
    """Remove an annotation's ``index``-th segment (0-based, in text order). Its only
    segment cannot be removed: that is deleting the annotation."""
    old = annotation_store.get(project.store, annotation_id)
    text = article_store.get(project.store, old.article).text
    return _change_segments(project, old, remove_span(old, text, index))


def create_segments(
    project: Project,
    article_id: str,
    kind: str,
    spans: Sequence[tuple[int, int]],
    *,
    speaker: str | None = None,
    themes: Sequence[str] = (),
    note: str | None = None,
    quote_type: str | None = None,
    text: str | None = None,
) -> Outcome[Annotation]:
    """Anchor a new annotation in one or more segments (``spans`` of the article's text).

    ``text``: the article's text, when the caller has it (accepting many suggestions
    reads a long article once, not once per suggestion).
    """
    if not spans:
        raise InvalidInputError(message("an annotation needs at least one segment"))
    if text is None:
        text = article_store.get(project.store, article_id).text
    if kind == "quote" and quote_type is None:
        quote_type = "direct"
    _check(project, kind, quote_type, speaker, themes)
    for start, end in spans:
        check_span(text, start, end)
    stamp = now_iso()
    first = min(spans)
    draft = Annotation(
        id=new_id(),
        article=article_id,
        kind=kind,  # type: ignore[arg-type]
        start=first[0],
        end=first[1],
        exact="",
        prefix="",
        suffix="",
        speaker=speaker,
        themes=tuple(dict.fromkeys(themes)),
        note=note or None,
        quote_type=quote_type,  # type: ignore[arg-type]
        coder=project.coder,
        created=stamp,
        modified=stamp,
    )
    annotation = with_segments(draft, text, spans)
    with project.store.write() as tx:
        annotation_store.insert(project.store, annotation)
    return Outcome(
        annotation, Changes(annotations={annotation.id}, articles={article_id}), tx.inverse
    )
