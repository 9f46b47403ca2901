"""How often an article writes each word alone: whether a person is also called by surname
alone ("Tom Brandt … Brandt said"), as news does with people and not with places or things
("Pine Hollow"). The words are counted once per article, so each question is a lookup."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from annotary.suggest.entity import Entity

_WORD = re.compile(r"[\w’'\-]+")


class NameCounts:
    """The words of one article, counted once, and the answers already given."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._words: Counter[str] | None = None
        self._alone: dict[str, bool] = {}

    def called_alone(self, entity: Entity) -> bool:
        """The article writes the person's surname alone more often than their full name
        (a one-word name always counts)."""
        if len(entity.tokens) < 2:
            return True
        if entity.name not in self._alone:
            if self._words is None:
                self._words = Counter(_words_and_stems(self._text))
            family = entity.surname
            last = next(t for t in reversed(entity.tokens) if t.lower() == family)
            self._alone[entity.name] = self._words[last] > self._text.count(entity.name)
        return self._alone[entity.name]


def _words_and_stems(text: str) -> Iterator[str]:
    """Every word of ``text`` (apostrophes and hyphens inside), and each of its parts before
    an apostrophe ("Brandt’s" counts as "Brandt’s" and as "Brandt")."""
    for word in _WORD.findall(text):
        yield word
        for i, char in enumerate(word):
            if char in "’'" and i:
                yield word[:i]
