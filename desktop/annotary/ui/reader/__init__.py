"""The article reader: ReaderView and its parts.

``ReaderView`` (reader_view.py) is the widget; ``Highlight`` (highlights.py) the
ready-made highlight record it accepts.
"""

from annotary.ui.reader.highlights import Highlight
from annotary.ui.reader.reader_view import ReaderView

__all__ = ["Highlight", "ReaderView"]
