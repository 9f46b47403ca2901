"""Automatic quote and speaker suggestions: rules and lexicons, standard library only.

``suggest_quotes(text, language=None, known_speakers=())`` returns
``QuoteSuggestion`` records sorted by start; see docs/suggestions.md.
"""

from annotary.suggest.engine import suggest_quotes
from annotary.suggest.model import QuoteSuggestion, TextSpan

__all__ = ["QuoteSuggestion", "TextSpan", "suggest_quotes"]
