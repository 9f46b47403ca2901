"""Who a pronoun Source refers to, read by a person: cases to read, and the answers' loader.

PolNeAR marks the Source of ``"…," he said`` as ``he``; it does not say who "he" is. The
scorer in ``quotes_polnear.py`` stands in the first non-pronoun mention of the pronoun's chain
in the corpus's automatic (CoreNLP) coreference, which is often wrong or names nobody ("she" →
``woman``, "he" → ``those``). This script writes every pronoun Source of a gold direct quote
as a case to read — the article's opening, the text before the pronoun, a little after, the
pronoun marked ⟦he⟧ — with nothing of Annotary's or CoreNLP's answers, and an answer sheet:

    PYTHONPATH=desktop python bench/polnear_antecedents.py PATH --split dev --out DIR [--batches N]

A reader fills the sheet's ``answer`` column with the referent's name as the article writes it
(``Nora Vance``), a description when it is never named (``~the reporter``), or ``?`` when
the text does not say. ``quotes_polnear.py PATH --antecedents SHEET`` then scores the speaker of
those quotes against the answer's head word; ``?`` and unread cases keep the automatic stand-in.

The cases and the answers quote the corpus, which has no licence: they are written where the
command says, never in the repository.
"""

from __future__ import annotations

import argparse
import csv
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import quotes_polnear as polnear

FIRST_PERSON = frozenset({"me", "us"})
OPENING = 400  # characters of the article's start shown with every case
BEFORE = 1800  # characters shown before the pronoun
AFTER = 250  # and after it


@dataclass(frozen=True, slots=True)
class Case:
    article: str
    start: int
    end: int
    pronoun: str
    excerpt: str


def pronoun_cases(root: Path, split: str) -> list[Case]:
    """Every pronoun Source of a gold direct quote in the split, in article order."""
    out: list[Case] = []
    for art in polnear.load_split(root, split):
        seen: set[int] = set()
        for g in sorted(art.gold, key=lambda a: a.source[0][0] if a.source else -1):
            if not g.direct or not g.source or g.source[0][0] in seen:
                continue
            s, e = g.source[0]
            word = art.text[s:e].strip()
            if word.lower() not in polnear._PRONOUNS | FIRST_PERSON:
                continue
            seen.add(s)
            out.append(Case(art.name, s, e, word, excerpt(art.text, s, e)))
    return out


def excerpt(text: str, start: int, end: int) -> str:
    head = text[: min(OPENING, max(0, start - BEFORE))]
    before = text[max(0, start - BEFORE) : start]
    gap = " […] " if head and len(head) < start - len(before) else ""
    return f"{head}{gap}{before}⟦{text[start:end]}⟧{text[end : end + AFTER]}"


def write_cases(cases: list[Case], out: Path, batches: int) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    size = -(-len(cases) // max(1, batches))
    written = []
    for b in range(max(1, batches)):
        part = cases[b * size : (b + 1) * size]
        if not part:
            break
        text = out / f"cases-{b + 1}.txt"
        sheet = out / f"answers-{b + 1}.tsv"
        with text.open("w", encoding="utf-8") as f:
            for i, c in enumerate(part, b * size + 1):
                body = c.excerpt.replace("\n", " | ")
                f.write(f"=== case {i} ({c.article}) — who is ⟦{c.pronoun}⟧?\n{body}\n\n")
        with sheet.open("w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, delimiter="\t", lineterminator="\n")
            w.writerow(["case", "article", "start", "end", "pronoun", "answer"])
            for i, c in enumerate(part, b * size + 1):
                w.writerow([i, c.article, c.start, c.end, c.pronoun, ""])
        written += [text, sheet]
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="folder holding PolNeAR's data/")
    parser.add_argument("--split", choices=("dev", "train"), default="dev")
    parser.add_argument("--out", type=Path, required=True, help="folder outside the repository")
    parser.add_argument("--batches", type=int, default=1)
    args = parser.parse_args(argv)
    root = polnear.corpus_root(args.path)
    if root is None:
        print(f"skipped: no corpus at {args.path}")
        return 0
    cases = pronoun_cases(root, args.split)
    for path in write_cases(cases, args.out, args.batches):
        print(path)
    print(f"{len(cases)} cases")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
