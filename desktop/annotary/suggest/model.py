"""The public value types of the suggestion engine."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

SuggestedType = Literal["direct", "indirect"]


@dataclass(frozen=True, slots=True)
class TextSpan:
    """A span of the article text: code points, ``end`` exclusive."""

    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class QuoteSuggestion:
    """A quote the engine proposes; the researcher confirms or discards it.

    ``segments`` lists the parts of a quote split around its attribution
    (``"…," she said. "…"``), in order; empty means one segment ``start..end``.
    """

    start: int
    end: int
    exact: str
    quote_type: SuggestedType
    cue: TextSpan | None
    speaker: str | None
    speaker_mention: TextSpan | None
    speaker_role: str | None
    speaker_id: str | None
    confidence: float
    rule: str
    # A quote split around its attribution: the parts, in text order (empty: one part,
    # start..end).
    segments: tuple[tuple[int, int], ...] = ()

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {
            "kind": "quote",
            "start": self.start,
            "end": self.end,
            "exact": self.exact,
            "quote_type": self.quote_type,
            "cue": self.cue.to_json() if self.cue else None,
            "speaker": self.speaker,
            "speaker_mention": self.speaker_mention.to_json() if self.speaker_mention else None,
            "speaker_role": self.speaker_role,
            "speaker_id": self.speaker_id,
            "confidence": round(self.confidence, 3),
            "rule": self.rule,
        }
        if self.segments:
            data["segments"] = [[s, e] for s, e in self.segments]
        return data
