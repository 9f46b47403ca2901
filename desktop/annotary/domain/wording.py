"""Counts in messages read by people: "1 article", "3 articles", never an optional plural."""

from __future__ import annotations


def count(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else (many or word + 's')}"
