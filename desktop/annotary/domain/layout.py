"""The reading layout of an article's canonical text.

The canonical text is plain: paragraphs separated by a blank line ("\\n\\n"),
line breaks inside a paragraph as "\\n". Its structure (headings, list items,
block quotes) and inline emphasis are kept beside it as spans over the same
code-point offsets, so the reader can set the article for reading while every
offset still refers to the canonical text.
"""

from __future__ import annotations

import bisect
import json
from dataclasses import dataclass
from typing import Literal

BlockKind = Literal["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre"]
MarkKind = Literal["em", "strong", "link", "code"]


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph-level element covering text[start:end] (no separators inside)."""

    start: int
    end: int
    kind: BlockKind = "p"
    ordered: bool = False  # for "li": numbered list item
    depth: int = 0  # nesting depth for list items and block quotes


@dataclass(frozen=True, slots=True)
class Mark:
    """Inline emphasis or a link over text[start:end]."""

    start: int
    end: int
    kind: MarkKind
    href: str | None = None


@dataclass(frozen=True, slots=True)
class Layout:
    blocks: tuple[Block, ...] = ()
    marks: tuple[Mark, ...] = ()

    def to_json(self) -> str:
        return json.dumps(
            {
                "blocks": [[b.start, b.end, b.kind, b.ordered, b.depth] for b in self.blocks],
                "marks": [[m.start, m.end, m.kind, m.href] for m in self.marks],
            },
            ensure_ascii=False,
            separators=(",", ":"),
        )

    @classmethod
    def from_json(cls, data: str | None) -> Layout:
        if not data:
            return cls()
        raw = json.loads(data)
        return cls(
            blocks=tuple(
                Block(s, e, k, bool(o), int(d)) for s, e, k, o, d in raw.get("blocks", [])
            ),
            marks=tuple(Mark(s, e, k, h) for s, e, k, h in raw.get("marks", [])),
        )


def paragraphs(text: str) -> Layout:
    """The plain layout of a text: each blank-line-separated paragraph is a "p" block."""
    blocks: list[Block] = []
    pos = 0
    for part in text.split("\n\n"):
        start, end = pos, pos + len(part)
        if part.strip():
            blocks.append(Block(start, end, "p"))
        pos = end + 2
    return Layout(blocks=tuple(blocks))


class ParagraphIndex:
    """Which paragraph of a text an offset is in: the number of paragraph breaks
    ("\\n\\n", counted from the start without overlap) wholly before it.

    That number is what each annotation stores (``annotations.paragraph``) so that
    themes meeting in a paragraph are counted from an index. Built once per text,
    each look-up is a binary search.
    """

    def __init__(self, text: str) -> None:
        ends: list[int] = []
        at = text.find("\n\n")
        while at != -1:
            ends.append(at + 2)
            at = text.find("\n\n", at + 2)
        self._ends = ends

    def of(self, offset: int) -> int:
        return bisect.bisect_right(self._ends, offset)

    @staticmethod
    def count_before(text: str, offset: int) -> int:
        """The same number for one offset, without building an index."""
        return text.count("\n\n", 0, offset)
