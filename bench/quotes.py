"""Benchmark the quote suggestion engine against the labelled set.

Run: cd /work/main && PYTHONPATH=desktop .venv/bin/python bench/quotes.py
     [--split dev|test|test2|test3] [--errors]

Prints precision, recall and F1 for direct quotes and for reported speech
(a suggestion matches a gold quote of the same type when they overlap by at
least half of the gold span, one-to-one), speaker accuracy on matched quotes
(resolved name equals the gold name, case-insensitive, leading article
ignored; None must equal None), the same per language and per split, and the
median time to process a 5,000-word article built from the gold texts.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quotes_gold.loader import GoldArticle, GoldQuote, load

from annotary.suggest import QuoteSuggestion, suggest_quotes


@dataclass(slots=True)
class Tally:
    gold: int = 0
    suggested: int = 0
    matched: int = 0
    speaker_ok: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.gold += other.gold
        self.suggested += other.suggested
        self.matched += other.matched
        self.speaker_ok += other.speaker_ok
        self.errors += other.errors

    @property
    def precision(self) -> float:
        return self.matched / self.suggested if self.suggested else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_ok / self.matched if self.matched else 1.0


def same_speaker(a: str | None, b: str | None) -> bool:
    def norm(name: str | None) -> str:
        low = (name or "").strip().lower()
        for det in ("the ", "a ", "an "):
            if low.startswith(det):
                low = low[len(det) :]
        return low

    return norm(a) == norm(b)


def overlap(g: GoldQuote, s: QuoteSuggestion) -> int:
    """Characters shared by the segments of ``g`` and of ``s``."""
    mine = s.segments or ((s.start, s.end),)
    return sum(max(0, min(ge, se) - max(gs, ss)) for gs, ge in g.parts for ss, se in mine)


def score(article: GoldArticle, suggestions: list[QuoteSuggestion], quote_type: str) -> Tally:
    gold = [g for g in article.quotes if g.quote_type == quote_type]
    sugg = [s for s in suggestions if s.quote_type == quote_type]
    tally = Tally(gold=len(gold), suggested=len(sugg))
    pairs = sorted(
        ((overlap(g, s), gi, si) for gi, g in enumerate(gold) for si, s in enumerate(sugg)),
        reverse=True,
    )
    used_g: set[int] = set()
    used_s: set[int] = set()
    for amount, gi, si in pairs:
        g = gold[gi]
        if gi in used_g or si in used_s or amount * 2 < g.length:
            continue
        used_g.add(gi)
        used_s.add(si)
        tally.matched += 1
        if same_speaker(g.speaker, sugg[si].speaker):
            tally.speaker_ok += 1
        else:
            tally.errors.append(
                f"{article.name}: SPEAKER {g.exact[:40]!r} gold={g.speaker} got={sugg[si].speaker}"
                f" ({sugg[si].rule})"
            )
    for gi, g in enumerate(gold):
        if gi not in used_g:
            tally.errors.append(
                f"{article.name}: MISSED {quote_type} {g.exact[:60]!r} [{g.speaker}]"
            )
    for si, s in enumerate(sugg):
        if si not in used_s:
            tally.errors.append(f"{article.name}: EXTRA {quote_type} {s.exact[:60]!r} ({s.rule})")
    return tally


def evaluate(articles: list[GoldArticle]) -> dict[tuple[str, str], Tally]:
    """Tallies keyed by (group, quote type); groups: all, en, zh and each split."""
    tallies: dict[tuple[str, str], Tally] = {}
    for article in articles:
        suggestions = suggest_quotes(article.text, article.language)
        for quote_type in ("direct", "indirect"):
            t = score(article, suggestions, quote_type)
            for group in ("all", article.language, article.split):
                tallies.setdefault((group, quote_type), Tally()).add(t)
    return tallies


def timing(articles: list[GoldArticle], words: int = 5000, runs: int = 15) -> tuple[float, int]:
    """Median seconds for one English article of about ``words`` words."""
    parts: list[str] = []
    count = 0
    english = [a for a in articles if a.language == "en"]
    while count < words:
        for a in english:
            parts.append(a.text)
            count += len(a.text.split())
            if count >= words:
                break
    text = "\n\n".join(parts)
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        suggest_quotes(text, "en")
        times.append(time.perf_counter() - began)
    return statistics.median(times), len(text.split())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test", "test2", "test3"))
    parser.add_argument("--errors", action="store_true", help="list every miss and extra")
    args = parser.parse_args(argv)
    articles = load(args.split)
    tallies = evaluate(articles)
    print(f"{len(articles)} articles, {sum(len(a.quotes) for a in articles)} gold quotes")
    print(
        f"{'group':<6} {'type':<9} {'gold':>5} {'sugg':>5} {'P':>6} {'R':>6} {'F1':>6} {'spk':>6}"
    )
    for group in ("all", "en", "zh", "dev", "test", "test2", "test3"):
        for quote_type in ("direct", "indirect"):
            t = tallies.get((group, quote_type))
            if t is None:
                continue
            print(
                f"{group:<6} {quote_type:<9} {t.gold:>5} {t.suggested:>5} {t.precision:>6.3f} "
                f"{t.recall:>6.3f} {t.f1:>6.3f} {t.speaker_accuracy:>6.3f}"
            )
    seconds, n_words = timing(load())
    print(f"speed: median {seconds * 1000:.1f} ms for a {n_words}-word article")
    if args.errors:
        for quote_type in ("direct", "indirect"):
            for line in tallies[("all", quote_type)].errors:
                print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
