"""The real-news scorer (bench/quotes_polnear.py) on a tiny corpus written for this test, in
PolNeAR's layout: what counts as the right speaker, and who a pronoun Source is."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

import polnear_antecedents as antecedents  # noqa: E402
import quotes_polnear as polnear  # noqa: E402

TEXT = (
    "Mayor Ada Quill opened the hall on Friday.\n"
    "“We built this together,” she said.\n"
    "Councillor Ben Ortiz Jr. was less sure. “It cost too much,” he said."
)


def _span(text: str, part: str, after: int = 0) -> tuple[int, int]:
    start = text.index(part, after)
    return start, start + len(part)


def _corpus(tmp_path: Path, coref: str | None = None) -> Path:
    """One dev article, two direct quotes, both attributed to a pronoun."""
    data = tmp_path / "data" / "dev"
    for folder in ("text", "attributions", "corenlp"):
        (data / folder).mkdir(parents=True)
    (data / "text" / "a1.txt").write_text(TEXT, encoding="utf-8")
    lines = []
    for n, (quote, pronoun, cue) in enumerate(
        [("“We built this together,”", "she", "said"), ("“It cost too much,”", "he", "said")]
    ):
        q = _span(TEXT, quote)
        p = _span(TEXT, pronoun, q[1])
        c = _span(TEXT, cue, p[1])
        lines += [
            f"T{3 * n + 1}\tContent {q[0]} {q[1]}\t{quote}",
            f"T{3 * n + 2}\tSource {p[0]} {p[1]}\t{pronoun}",
            f"T{3 * n + 3}\tCue {c[0]} {c[1]}\t{cue}",
            f"E{n + 1}\tAttribution:T{3 * n + 3} Source:T{3 * n + 2} Content:T{3 * n + 1}",
        ]
    (data / "attributions" / "a1_annotator.ann").write_text("\n".join(lines), encoding="utf-8")
    if coref is not None:
        (data / "corenlp" / "a1.txt.xml").write_text(coref, encoding="utf-8")
    return tmp_path


def _finder(speakers: list[str | None]) -> Callable[[str], list[polnear.Found]]:
    def find(text: str) -> list[polnear.Found]:
        quotes = [_span(text, "“We built this together,”"), _span(text, "“It cost too much,”")]
        return [
            polnear.Found((q,), True, who, 0.9, "test")
            for q, who in zip(quotes, speakers, strict=True)
        ]

    return find


def _coref_linking_he_to_ortiz() -> str:
    """CoreNLP's layout: tokens with character offsets, one chain (Ben Ortiz Jr. … he)."""
    words = [(m.group(), m.start(), m.end()) for m in re.finditer(r"\S+", TEXT)]
    tokens = "".join(
        f"<token id='{i}'><word>{w}</word><CharacterOffsetBegin>{a}</CharacterOffsetBegin>"
        f"<CharacterOffsetEnd>{b}</CharacterOffsetEnd><POS>{'NNP' if w[0].isupper() else 'NN'}"
        "</POS></token>"
        for i, (w, a, b) in enumerate(words, 1)
    )
    ids = {w: i for i, (w, _a, _b) in enumerate(words, 1)}

    def mention(first: str, last: str, head: str, text: str, rep: bool = False) -> str:
        flag = "<mention representative='true'>" if rep else "<mention>"
        return (
            f"{flag}<sentence>1</sentence><start>{ids[first]}</start><end>{ids[last] + 1}</end>"
            f"<head>{ids[head]}</head><text>{text}</text></mention>"
        )

    chain = mention("Ben", "Jr.", "Jr.", "Ben Ortiz Jr.", rep=True) + mention(
        "he", "he", "he", "he"
    )
    return (
        "<root><document><sentences><sentence id='1'><tokens>"
        f"{tokens}</tokens></sentence></sentences>"
        f"<coreference><coreference>{chain}</coreference></coreference></document></root>"
    )


def test_a_pronoun_is_judged_by_its_coreference_chain(tmp_path: Path) -> None:
    root = _corpus(tmp_path, _coref_linking_he_to_ortiz())
    articles = polnear.load_split(root / "data", "dev")
    right = polnear.score(articles, _finder([None, "Ben Ortiz Jr."]))
    # "she" has no chain and no named Source before it: nobody to name, so it cannot be right
    assert (right.matched_direct, right.speaker_ok) == (2, 1)
    wrong = polnear.score(articles, _finder([None, "Ada Quill"]))
    assert wrong.speaker_ok == 0


def test_a_chain_head_with_an_end_dot_matches_the_same_word_in_the_speaker(
    tmp_path: Path,
) -> None:
    """CoreNLP's head token of "Ben Ortiz Jr." is "Jr."; the speaker's words lose their end
    dot, so the head must too, or the right speaker scores wrong."""
    root = _corpus(tmp_path, _coref_linking_he_to_ortiz())
    (article,) = polnear.load_split(root / "data", "dev")
    assert article.gold[1].head == "jr"


def test_a_readers_answer_decides_a_pronoun_it_resolved(tmp_path: Path) -> None:
    root = _corpus(tmp_path)
    cases = antecedents.pronoun_cases(root / "data", "dev")
    assert [c.pronoun for c in cases] == ["she", "he"]
    assert "⟦she⟧ said" in cases[0].excerpt and cases[0].excerpt.startswith("Mayor Ada Quill")
    written = antecedents.write_cases(cases, tmp_path / "sheets", batches=1)
    sheet = next(p for p in written if p.suffix == ".tsv")
    rows = sheet.read_text(encoding="utf-8").splitlines()
    # the reader resolves "she"; "he" is left as "?" (unsure): it keeps the automatic rule
    filled = [rows[0], rows[1] + "Ada Quill", rows[2] + "?"]
    sheet.write_text("\n".join(filled) + "\n", encoding="utf-8")
    read = polnear.read_antecedents([sheet])
    assert read == {("a1", cases[0].start): "Ada Quill"}

    articles = polnear.load_split(root / "data", "dev", read)
    sc = polnear.score(articles, _finder(["Ada Quill", "Ada Quill"]))
    assert (sc.speaker_ok, sc.speaker_read, sc.pronouns_read) == (0, 1, 1)
    report = "\n".join(polnear.report("Annotary", sc))
    assert "pronouns read      speaker 0.500" in report
    wrong = polnear.score(articles, _finder(["Ben Ortiz Jr.", None]))
    assert wrong.speaker_read == 0


def test_without_the_corpus_the_bench_says_it_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert polnear.main([str(tmp_path / "absent"), "--no-textacy"]) == 0
    assert "skipped" in capsys.readouterr().out


def test_the_test_split_is_never_read(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        polnear.load_split(_corpus(tmp_path) / "data", "test")


def test_a_head_word_skips_a_generational_suffix_and_reads_one_apostrophe() -> None:
    """A reader writes "Ben Ortiz Jr." or "Tom Kell III": the person is Ortiz, Kell; and
    "D’Arcy" in the text is the same word as "D'Arcy" in a speaker."""
    assert polnear.head_word("Ben Ortiz Jr.") == "ortiz"
    assert polnear.head_word("Tom Kell III") == "kell"
    assert polnear.head_word("Jr.") == "jr"  # a lone suffix stays what it is
    right = polnear.Attribution(((0, 1),), ((0, 1),), True, polnear.head_word("Ann D’Arcy"))
    said = polnear.Found(((0, 1),), True, "Ann D'Arcy", 0.9, "test")
    assert polnear.speaker_right(right, said)
