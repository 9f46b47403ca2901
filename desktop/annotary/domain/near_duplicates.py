"""Near-duplicate texts: shingles, MinHash signatures and LSH bands.

Two articles are near-duplicates when the Jaccard similarity of their sets of
shingles (three consecutive tokens) is at least :data:`THRESHOLD`. A token is
a word (letters and digits, lower-cased) or, in Chinese, Japanese and Korean
text, one character: so Chinese is compared by character shingles.

The signature is a one-permutation MinHash (Li, Owen and Zhang 2012) with
rotation densification (Shrivastava and Li 2014): every shingle is hashed once
(BLAKE2b, stable across runs and machines), its hash picks one of
:data:`BINS` bins and each bin keeps its smallest value. Computing it is one
pass over the text, unlike classic MinHash's one hash per shingle and per
permutation. The fraction of equal bins estimates the Jaccard similarity.

The signature is cut into :data:`BANDS` bands of :data:`ROWS` bins; two texts
that share one band are candidates (the LSH banding of Broder/Indyk). With 16
bands of 8 a pair of similarity 0.9 shares a band with probability 0.99999,
a pair of 0.5 with about 0.06; candidates are then confirmed by the estimate.
"""

from __future__ import annotations

import hashlib
import re
import struct
from collections.abc import Iterable, Sequence

from annotary.domain.scripts import BOPOMOFO_CLASS, HAN_CLASS, HANGUL_CLASS, KANA_CLASS

THRESHOLD = 0.9
SHINGLE = 3  # tokens per shingle
BINS = 128
BANDS = 16
ROWS = BINS // BANDS
# Only the beginning of a very long text is compared (bounded time and memory; a news
# article is far shorter, and two texts that agree on this much are the same story).
MAX_CHARS = 200_000
# Stored beside each signature: a new scheme means a rescan, not wrong answers.
SCHEME = f"oph-{BINS}-{SHINGLE}-{MAX_CHARS}"

_EMPTY = (1 << 64) - 1
_CJK = f"{HAN_CLASS}{KANA_CLASS}{BOPOMOFO_CLASS}{HANGUL_CLASS}"
_TOKEN = re.compile(rf"[{_CJK}]|[^\W{_CJK}]+")
_PACK = struct.Struct(f"<{BINS}Q")


def tokens(text: str) -> list[str]:
    """Words (lower-cased) and single CJK characters of the first ``MAX_CHARS`` code
    points, in order; punctuation is dropped."""
    return _TOKEN.findall(text[:MAX_CHARS].casefold())


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    """The set of runs of ``size`` consecutive tokens (the whole text when it is shorter)."""
    toks = tokens(text)
    if len(toks) <= size:
        return {" ".join(toks)} if toks else set()
    return {" ".join(toks[i : i + size]) for i in range(len(toks) - size + 1)}


def _hash(shingle: str) -> int:
    digest = hashlib.blake2b(shingle.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "little")


def signature(text: str) -> tuple[int, ...]:
    """The MinHash signature of ``text``: :data:`BINS` 64-bit values."""
    return signature_of(shingles(text))


def signature_of(shingle_set: Iterable[str]) -> tuple[int, ...]:
    bins = [_EMPTY] * BINS
    for s in shingle_set:
        h = _hash(s)
        b = h % BINS
        v = h // BINS
        if v < bins[b]:
            bins[b] = v
    filled = [i for i, v in enumerate(bins) if v != _EMPTY]
    if not filled:
        return tuple(bins)  # no words at all: nothing is similar to it
    if len(filled) < BINS:
        # Rotation densification: an empty bin borrows the next filled bin's value,
        # marked by the distance, so equal texts still get equal signatures.
        out = list(bins)
        for i in range(BINS):
            if bins[i] != _EMPTY:
                continue
            step = 1
            while bins[(i + step) % BINS] == _EMPTY:
                step += 1
            out[i] = (bins[(i + step) % BINS] + step * 0x9E3779B97F4A7C15) % _EMPTY
        return tuple(out)
    return tuple(bins)


def estimate(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated Jaccard similarity of the texts behind two signatures (0..1)."""
    if len(a) != len(b) or not a:
        return 0.0
    if a[0] == _EMPTY or b[0] == _EMPTY:
        return 0.0
    return sum(1 for x, y in zip(a, b, strict=True) if x == y) / len(a)


def jaccard(a: set[str], b: set[str]) -> float:
    """The exact Jaccard similarity of two shingle sets."""
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def similarity(text_a: str, text_b: str) -> float:
    """The exact similarity of two texts (Jaccard over their shingles)."""
    return jaccard(shingles(text_a), shingles(text_b))


def bands(sig: Sequence[int]) -> list[int]:
    """One 63-bit bucket key per band (a band's bins hashed together)."""
    if not sig or sig[0] == _EMPTY:
        return []
    keys = []
    for band in range(BANDS):
        chunk = struct.pack(f"<{ROWS}Q", *sig[band * ROWS : (band + 1) * ROWS])
        digest = hashlib.blake2b(chunk, digest_size=8).digest()
        keys.append(int.from_bytes(digest, "little") >> 1)  # fits SQLite's signed INTEGER
    return keys


def pack(sig: Sequence[int]) -> bytes:
    return _PACK.pack(*sig)


def unpack(blob: bytes) -> tuple[int, ...]:
    if len(blob) != _PACK.size:
        return ()
    return _PACK.unpack(blob)
