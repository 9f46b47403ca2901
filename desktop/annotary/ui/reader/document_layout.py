"""The reader's document layout: Qt's plain layout with the reader's block spacing.

``QPlainTextDocumentLayout`` lays out only what is shown, which keeps long
articles fast, but ignores block formats (no line height, margins or indents).
This subclass spaces each block (block_spacing.py) the moment Qt measures it:
every caller of ``blockBoundingRect`` (Qt's own painting, the scroll offset,
hit-testing, cursor rectangles and the reader's highlight painter) therefore sees
one geometry. Qt drops a block's lines on any relayout (a new width, a font or
format change); the next measurement spaces them again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetrics, QTextBlock, QTextDocument
from PySide6.QtWidgets import QPlainTextDocumentLayout

from annotary.ui.reader.block_spacing import em_of, is_spaced, space_block
from annotary.ui.reader.block_styles import BlockInfo

InfoFor = Callable[[QTextBlock], BlockInfo]


class ReaderDocumentLayout(QPlainTextDocumentLayout):
    """Spaces every block as it is measured; ``info_for`` says what a block is."""

    def __init__(self, document: QTextDocument, info_for: InfoFor | None = None) -> None:
        super().__init__(document)
        self._info_for = info_for

    def set_info_for(self, info_for: InfoFor | None) -> None:
        self._info_for = info_for
        self.requestUpdate()

    def em(self) -> float:
        return em_of(QFontMetrics(self.document().defaultFont()))

    def blockBoundingRect(self, block: QTextBlock) -> QRectF:
        rect = super().blockBoundingRect(block)  # lays the block out if Qt dropped it
        if self._info_for is None or not block.isValid() or is_spaced(block):
            return rect
        tl = block.layout()
        if tl.lineCount() == 0:
            return rect
        width = tl.lineAt(0).width()  # Qt's text width: it has just laid the block out
        if space_block(block, self._info_for(block), self.em(), width):
            self.documentSizeChanged.emit(self.documentSize())
        return super().blockBoundingRect(block)
