"""How each kind of block is set: size, weight, line spacing, spacing and indent.

Sizes and spaces are in em of the reading font, so zoom scales everything.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class BlockStyle:
    size: float = 1.0  # font size factor
    bold: bool = False
    line_factor: float = 1.5  # line box height / natural line height
    space_before: float = 0.0  # em above the first line
    indent: float = 0.0  # em, per depth level + 1 (lists, quotes)
    italic: bool = False
    ui_font: bool = False  # set in the interface sans instead of the reading serif


STYLES: dict[str, BlockStyle] = {
    "title": BlockStyle(size=1.75, bold=True, line_factor=1.22, space_before=0.4),
    "meta": BlockStyle(size=0.8, line_factor=1.5, space_before=0.3, ui_font=True),
    "p": BlockStyle(),
    "h1": BlockStyle(size=1.45, bold=True, line_factor=1.25, space_before=0.5),
    "h2": BlockStyle(size=1.3, bold=True, line_factor=1.25, space_before=0.45),
    "h3": BlockStyle(size=1.15, bold=True, line_factor=1.3, space_before=0.35),
    "h4": BlockStyle(size=1.05, bold=True, line_factor=1.35, space_before=0.3),
    "h5": BlockStyle(size=1.0, bold=True, line_factor=1.4, space_before=0.25),
    "h6": BlockStyle(size=0.95, bold=True, line_factor=1.4, space_before=0.25),
    "li": BlockStyle(indent=1.6),
    "blockquote": BlockStyle(indent=1.4, italic=True),
    "pre": BlockStyle(size=0.88, line_factor=1.35, indent=1.0),
    "gap": BlockStyle(space_before=0.75),  # the empty block of a blank line
    "header_gap": BlockStyle(space_before=1.6),  # between the byline and the text
}


def style_for(kind: str) -> BlockStyle:
    return STYLES.get(kind, STYLES["p"])


@dataclass(frozen=True, slots=True)
class BlockInfo:
    """What the reader knows about one QTextBlock (kept in a list, index in userState)."""

    kind: str
    depth: int = 0
    ordered: bool = False
    number: int = 0  # 1-based position in an ordered list
