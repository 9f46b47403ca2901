"""Automatic quote and speaker suggestions: rules and lexicons, standard library only.

``suggest_quotes(text, language=None, known_speakers=())`` returns
``QuoteSuggestion`` records sorted by start; see docs/suggestions.md.
"""

from annotary.suggest.engine import detect_language, suggest_quotes
from annotary.suggest.model import QuoteSuggestion, TextSpan

__all__ = ["QuoteSuggestion", "TextSpan", "detect_language", "suggest_quotes"]
