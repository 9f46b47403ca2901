"""UTF-16 offsets: which fall between the two halves of a surrogate pair."""

from __future__ import annotations

from annotary.domain.utf16 import Utf16Index

TEXT = "Régi 😀 ház, 𠮷野家 és 🇭🇺 zászló."


def test_splits_pair_is_true_exactly_inside_surrogate_pairs() -> None:
    idx = Utf16Index(TEXT)
    units = TEXT.encode("utf-16-le")
    inside = {
        u
        for u in range(1, len(units) // 2)
        # a low surrogate at u means u is between the halves of a pair
        if 0xDC00 <= int.from_bytes(units[2 * u : 2 * u + 2], "little") <= 0xDFFF
    }
    assert inside  # the text has astral characters
    for unit in range(len(units) // 2 + 1):
        assert idx.splits_pair(unit) == (unit in inside), unit
