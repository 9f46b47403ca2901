"""Suggested quotes in the window: the list in the sidebar, dashed spans in the reader.

``SuggestionController`` (controller.py) ties them together; the engine runs on a
worker thread (runner.py) so the window never waits for it.
"""

from annotary.ui.suggestions.controller import SuggestionController

__all__ = ["SuggestionController"]
