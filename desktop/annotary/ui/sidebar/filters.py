"""FilterChoices: which themes, speakers and coders the open article's annotations use.

Kept as counts, updated from each change notice by the changed annotations only,
so the sidebar's filter boxes are refilled without a pass over every annotation.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from annotary.domain.models import Annotation


class FilterChoices:
    def __init__(self) -> None:
        self._seen: dict[str, Annotation] = {}
        self.themes: Counter[str] = Counter()
        self.speakers: Counter[str] = Counter()
        self.coders: Counter[str] = Counter()

    def reset(self, annotations: dict[str, Annotation]) -> None:
        self._seen = dict(annotations)
        self.themes = Counter(t for a in annotations.values() for t in a.themes)
        self.speakers = Counter(a.speaker for a in annotations.values() if a.speaker)
        self.coders = Counter(a.coder for a in annotations.values() if a.coder)

    def apply(self, annotations: dict[str, Annotation], ids: Iterable[str]) -> bool:
        """Count ``ids`` again as they are in ``notes`` (absent: removed).

        Returns whether the set of choices changed."""
        before = (set(self.themes), set(self.speakers), set(self.coders))
        for aid in ids:
            old = self._seen.pop(aid, None)
            if old is not None:
                self._count(old, -1)
            new = annotations.get(aid)
            if new is not None:
                self._seen[aid] = new
                self._count(new, 1)
        return before != (set(self.themes), set(self.speakers), set(self.coders))

    def _count(self, a: Annotation, step: int) -> None:
        for counter, values in (
            (self.themes, a.themes),
            (self.speakers, (a.speaker,) if a.speaker else ()),
            (self.coders, (a.coder,) if a.coder else ()),
        ):
            for v in values:
                counter[v] += step
                if counter[v] <= 0:
                    del counter[v]
