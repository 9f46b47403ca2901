"""Find in article: hits as "find" highlights, the current one outlined."""

from __future__ import annotations

from collections.abc import Callable

from annotary.ui.reader.find_bar import FindBar, find_all
from annotary.ui.reader.highlights import Highlight, HighlightIndex


class FindController:
    """Keeps the hits of the find bar's query and which one is current."""

    def __init__(
        self,
        bar: FindBar,
        text: Callable[[], str],
        changed: Callable[[tuple[int, int] | None], None],
    ) -> None:
        self.bar = bar
        self._text = text
        self._changed = changed  # called with the current hit (to scroll) or None
        self.index = HighlightIndex()
        self.hits: list[tuple[int, int]] = []
        self.current = -1
        bar.query_changed.connect(self.search)
        bar.next_requested.connect(self.next)
        bar.previous_requested.connect(self.previous)

    def search(self, query: str) -> int:
        """Find every match of ``query``; the first becomes current. Returns the count."""
        self.hits = find_all(self._text(), query)
        self.index.reset(
            [Highlight(f"find:{i}", s, e, "find") for i, (s, e) in enumerate(self.hits)]
        )
        self.current = 0 if self.hits else -1
        self._report()
        return len(self.hits)

    def clear(self) -> None:
        self.hits = []
        self.index.reset([])
        self.current = -1
        self._changed(None)

    def next(self) -> None:
        self._step(1)

    def previous(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        if not self.hits and self.bar.query():
            self.search(self.bar.query())
            return
        if not self.hits:
            return
        self.current = (self.current + delta) % len(self.hits)
        self._report()

    def current_hit(self) -> tuple[int, int] | None:
        return self.hits[self.current] if 0 <= self.current < len(self.hits) else None

    def _report(self) -> None:
        self.bar.set_count(self.current + 1 if self.hits else 0, len(self.hits))
        self._changed(self.current_hit())
