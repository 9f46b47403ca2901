"""The engine's working record of one quote before speakers are resolved."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    quote_type: str  # "direct" or "indirect"
    rule: str
    confidence: float
    cue: tuple[int, int] | None = None
    mention: tuple[int, int] | None = None
    role: str | None = None
    speaker: str | None = None  # set directly by a few rules (transcripts, inheritance)
    speaker_id: str | None = None
    paragraph: int = 0
    resolved: bool = False
    segments: tuple[tuple[int, int], ...] = ()  # a split quote's parts
    language: str = ""  # "en"/"zh" when its rules differ from the article's
