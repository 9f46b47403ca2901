"""What the suggestions on an English text say of who speaks, for the speaker tests."""

from __future__ import annotations

from annotary.suggest import suggest_quotes


def direct_speakers(text: str) -> list[str | None]:
    """The speaker of each direct quote suggested in ``text``, in order."""
    return [s.speaker for s in suggest_quotes(text, "en") if s.quote_type == "direct"]
