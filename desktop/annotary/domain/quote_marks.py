"""How a quote is shown in a preview: direct quotes in one pair of marks, indirect without.

A selection often takes the article's own quotation marks with it ("“We will…”"),
so a preview first strips the marks and spaces at either end, then adds one pair
for a direct quote. Indirect (reported) speech is not a quotation: no marks.
"""

from __future__ import annotations

OPENING = "“\"„«‹‘'「『"
CLOSING = "”\"»›’'」』“"
EDGES = OPENING + CLOSING


def bare(text: str) -> str:
    """The text without surrounding spaces and quotation marks, on one line."""
    return " ".join(text.split()).strip(EDGES + " ")


def shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def preview(text: str, quote_type: str | None, limit: int = 0) -> str:
    """One line for a list or a dialog; ``quote_type`` None (not a quote) adds no marks."""
    core = bare(text)
    if limit:
        core = shorten(core, limit - 2)
    return f"“{core}”" if quote_type == "direct" else core
