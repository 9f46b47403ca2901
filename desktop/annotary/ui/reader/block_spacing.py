"""Line spacing, paragraph spacing and indents of one block (see document_layout.py).

QPlainTextDocumentLayout lays out very long texts quickly (only what is shown)
but ignores block formats: no line height, no margins. The reader's document
layout therefore re-positions the lines of each block as Qt measures it: the
lines are spread to the style's line factor (1.5 for body text), a space is left
above headings and blank lines, and list items and block quotes are laid out
again narrower and shifted right. The block's height follows, because the
plain layout measures a block by its lines' bounding rectangle.

A block already spaced is recognised by its first line not being at y = 0 (the
plain layout always puts it there), so a re-layout by Qt (resize, zoom) is
caught and corrected at the next measurement.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QFontMetrics, QTextBlock

from annotary.ui.reader.block_styles import BlockInfo, style_for

_EPS = 0.015625


def em_of(metrics: QFontMetrics) -> float:
    """The reader's spacing unit for a reading font."""
    return float(metrics.height()) * 0.85


def is_spaced(block: QTextBlock) -> bool:
    tl = block.layout()
    return tl.lineCount() > 0 and tl.lineAt(0).y() != 0.0


def space_block(block: QTextBlock, info: BlockInfo, em: float, width: float) -> bool:
    """Spread the lines of a laid-out ``block``; True if its line count changed."""
    tl = block.layout()
    style = style_for(info.kind)
    changed = False
    indent = style.indent * em * (info.depth + 1) if style.indent else 0.0
    if indent:
        before = tl.lineCount()
        tl.beginLayout()
        while True:
            line = tl.createLine()
            if not line.isValid():
                break
            line.setLeadingIncluded(True)
            line.setLineWidth(max(em * 4, width - indent))
        tl.endLayout()
        after = tl.lineCount()
        if after != before:
            block.setLineCount(after)
            changed = True
    n = tl.lineCount()
    if n == 0:
        return changed
    if info.kind in ("gap", "header_gap"):
        line = tl.lineAt(0)
        y = style.space_before * em - line.height()
        line.setPosition(QPointF(line.x(), y if y != 0.0 else _EPS))
        return changed
    y = style.space_before * em
    for i in range(n):
        line = tl.lineAt(i)
        h = line.height()
        lead = h * (style.line_factor - 1.0) / 2.0
        top = y + lead
        line.setPosition(QPointF(indent if indent else line.x(), top if top != 0.0 else _EPS))
        y += h * style.line_factor
    return changed
