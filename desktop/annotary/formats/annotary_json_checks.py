"""Rules of the Annotary format that its JSON Schema cannot express.

Each check takes a document that already passed the schema and yields one line
per problem: ``path: what is wrong``. ``known_ids`` are ids the importing project
already holds, so a file may refer to them without carrying the records.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Set
from dataclasses import dataclass
from typing import Any

from annotary.domain.messages import message
from annotary.formats.annotary_json_records import RECORD_KEYS, JsonDict
from annotary.formats.annotary_json_schema import json_path, short


@dataclass(frozen=True, slots=True)
class KnownIds:
    """Ids the importing project holds, by kind: a reference must name its own kind."""

    articles: Set[str] = frozenset()
    speakers: Set[str] = frozenset()
    themes: Set[str] = frozenset()

    @classmethod
    def of(cls, ids: KnownIds | Iterable[str]) -> KnownIds:
        """``ids`` as they are, or an untyped collection taken as ids of every kind."""
        if isinstance(ids, KnownIds):
            return ids
        every = frozenset(ids)
        return cls(every, every, every)


def semantic_problems(document: JsonDict, known: KnownIds) -> Iterator[str]:
    """Every rule beyond the schema, in document order of the records checked."""
    yield from _duplicate_ids(document)
    yield from _article_digests(document["articles"])
    yield from _theme_parents(document["themes"], known.themes)
    yield from _annotations(document, known)


def surrogate_problems(value: Any, path: tuple[str | int, ...] = ()) -> Iterator[str]:
    """Strings holding an unpaired UTF-16 surrogate (from a ``\\ud800`` escape).

    Such a string cannot be stored or written as UTF-8, so the file is refused.
    """
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            code = ord(value[exc.start])
            yield message(
                "{path}: holds an unpaired surrogate \\u{code} at character {at}, "
                "which is not text",
                path=json_path(path),
                code=f"{code:04x}",
                at=exc.start,
            )
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from surrogate_problems(key, (*path, "(key)"))
            yield from surrogate_problems(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from surrogate_problems(item, (*path, index))


def _duplicate_ids(document: JsonDict) -> Iterator[str]:
    first: dict[str, str] = {}
    for key in RECORD_KEYS:
        for index, record in enumerate(document[key]):
            path = f"{key}[{index}].id"
            earlier = first.setdefault(record["id"], path)
            if earlier != path:
                yield message(
                    "{path}: duplicate id {id} (already used at {earlier})",
                    path=path,
                    id=short(record["id"]),
                    earlier=earlier,
                )


def _article_digests(articles: list[JsonDict]) -> Iterator[str]:
    for index, article in enumerate(articles):
        try:
            digest = hashlib.sha256(article["text"].encode("utf-8")).hexdigest()
        except UnicodeEncodeError:
            continue  # reported by surrogate_problems
        if digest != article["text_sha256"]:
            yield message(
                "{path}: does not match the text (the SHA-256 of its UTF-8 text is {digest}); "
                "the text or its digest was changed",
                path=f"articles[{index}].text_sha256",
                digest=digest,
            )


def _theme_parents(themes: list[JsonDict], known_ids: Set[str]) -> Iterator[str]:
    index_of = {theme["id"]: index for index, theme in enumerate(themes)}
    for index, theme in enumerate(themes):
        parent = theme["parent"]
        if parent is not None and parent not in index_of and parent not in known_ids:
            yield _no_theme(f"themes[{index}].parent", parent)
    # Follow each chain of parents inside the file; a chain that comes back to a
    # theme it passed is a cycle, reported once at its first theme in file order.
    done: set[str] = set()
    for theme in themes:
        chain: list[str] = []
        on_chain: set[str] = set()
        current: str | None = theme["id"]
        while current is not None and current in index_of and current not in done:
            if current in on_chain:
                cycle = chain[chain.index(current) :]
                start = min(cycle, key=index_of.__getitem__)
                names = [themes[index_of[i]]["name"] for i in _rotate(cycle, start)]
                yield message(
                    "{path}: theme parents form a cycle: {cycle}",
                    path=f"themes[{index_of[start]}].parent",
                    cycle=" -> ".join(short(name) for name in [*names, names[0]]),
                )
                break
            chain.append(current)
            on_chain.add(current)
            current = themes[index_of[current]]["parent"]
        done.update(chain)


def _no_theme(path: str, theme: str) -> str:
    return message(
        "{path}: no theme with id {id} in the file or the project", path=path, id=short(theme)
    )


def _not_greater(path: str, start: int, end: int) -> str:
    return message(
        "{path}: must be greater than start ({start}), got {end}", path=path, start=start, end=end
    )


def _beyond_text(path: str, end: int, text: str) -> str:
    return message(
        "{path}: {end} is beyond the end of the article text ({length} characters)",
        path=path,
        end=end,
        length=len(text),
    )


def _rotate(cycle: list[str], start: str) -> list[str]:
    at = cycle.index(start)
    return cycle[at:] + cycle[:at]


def _annotations(document: JsonDict, known: KnownIds) -> Iterator[str]:
    texts = {article["id"]: article["text"] for article in document["articles"]}
    speakers = {speaker["id"] for speaker in document["speakers"]}
    themes = {theme["id"] for theme in document["themes"]}
    for index, annotation in enumerate(document["annotations"]):
        here = f"annotations[{index}]"
        start, end = annotation["start"], annotation["end"]
        if start >= end:
            yield _not_greater(f"{here}.end", start, end)
        article = annotation["article"]
        text = texts.get(article)
        if text is None and article not in known.articles:
            yield message(
                "{path}: no article with id {id} in the file or the project",
                path=f"{here}.article",
                id=short(article),
            )
        elif text is not None and end > len(text):
            yield _beyond_text(f"{here}.end", end, text)
        elif text is not None and start < end and annotation["status"] == "anchored":
            found = text[int(start) : int(end)]
            if found != annotation["exact"]:
                yield message(
                    "{path}: {exact} is not the article text at {start}..{end}, which reads "
                    "{found} (an anchored annotation must quote its text exactly; mark it "
                    "orphaned if the text changed)",
                    path=f"{here}.exact",
                    exact=short(annotation["exact"]),
                    start=start,
                    end=end,
                    found=short(found),
                )
        if annotation.get("segments"):
            yield from _segments(here, annotation, text)
        speaker = annotation["speaker"]
        if speaker is not None and speaker not in speakers and speaker not in known.speakers:
            yield message(
                "{path}: no speaker with id {id} in the file or the project",
                path=f"{here}.speaker",
                id=short(speaker),
            )
        for position, theme in enumerate(annotation["themes"]):
            if theme not in themes and theme not in known.themes:
                yield _no_theme(f"{here}.themes[{position}]", theme)


def _segments(here: str, annotation: JsonDict, text: str | None) -> Iterator[str]:
    """A version-2 annotation's segments: in order, no overlap, spanning start..end,
    each quoting its text when anchored; a single segment is the annotation's span."""
    segments = annotation["segments"]
    previous_end: int | None = None
    for position, segment in enumerate(segments):
        at = f"{here}.segments[{position}]"
        start, end = segment["start"], segment["end"]
        if start >= end:
            yield _not_greater(f"{at}.end", start, end)
        if previous_end is not None and start < previous_end:
            yield message(
                "{path}: segments must be in text order without overlap; "
                "{start} is before the end of the one before ({previous_end})",
                path=f"{at}.start",
                start=start,
                previous_end=previous_end,
            )
        previous_end = end
        if text is not None and start < end <= len(text) and annotation["status"] == "anchored":
            found = text[int(start) : int(end)]
            if found != segment["exact"]:
                yield message(
                    "{path}: {exact} is not the article text at {start}..{end}, "
                    "which reads {found}",
                    path=f"{at}.exact",
                    exact=short(segment["exact"]),
                    start=start,
                    end=end,
                    found=short(found),
                )
        elif text is not None and end > len(text):
            yield _beyond_text(f"{at}.end", end, text)
    if segments[0]["start"] != annotation["start"]:
        yield message(
            "{path}: must be the first segment's start ({start}), got {got}",
            path=f"{here}.start",
            start=segments[0]["start"],
            got=annotation["start"],
        )
    if segments[-1]["end"] != annotation["end"]:
        yield message(
            "{path}: must be the last segment's end ({end}), got {got}",
            path=f"{here}.end",
            end=segments[-1]["end"],
            got=annotation["end"],
        )
    if len(segments) == 1 and any(
        segments[0][key] != annotation[key] for key in ("exact", "prefix", "suffix")
    ):
        yield message(
            "{path}: a single segment is the annotation's span: its exact, "
            "prefix and suffix must be the annotation's",
            path=f"{here}.segments[0]",
        )
