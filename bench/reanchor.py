"""How fast and how well anchors survive edits of a long article.

Builds a deterministic news-like text of about 2 MB (English paragraphs with
some Chinese ones and recurring boilerplate sentences), makes 5,000 anchors of
1 to 40 words, applies 200 random edits (words and whole sentences inserted,
deleted, replaced), re-anchors, and prints medians over 5 runs.

Run: PYTHONPATH=desktop .venv/bin/python bench/reanchor.py [--runs N] [--size CHARS]
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import time
from dataclasses import dataclass

from annotary.domain.anchoring import Anchor, Placement, make_anchor, reanchor_all


def _words(spaced: str, sep: str | None = None) -> tuple[str, ...]:
    return tuple(spaced.split(sep))


WORDS = _words(
    "the a of to and in on for with by from at as that this which after before over under "
    "minister government council election budget policy reform tax health schools housing "
    "transport energy climate coalition opposition party leader spokesperson committee report "
    "inquiry court ruling judge police officers residents workers union strike wages prices "
    "inflation market investors bank rates growth deficit spending plan proposal vote debate "
    "parliament senate mayor city region province border trade talks agreement deal sanctions "
    "protest crowd march campaign candidate poll survey voters turnout result majority "
    "said says told argued warned claimed insisted denied admitted announced confirmed "
    "would could should might will must cannot did not never again still only already "
    "new old public private local national foreign economic social political senior former "
    "week month year morning evening Monday Tuesday Wednesday Thursday Friday weekend "
    "hospital river bridge harbour factory farm village district station airport museum"
)
NAMES = _words(
    "Amara Okafor|Henrik Dahl|Lucía Ferrer|Tomasz Wiśniewski|Mei Lin|Rafael Oyelaran|"
    "Ingrid Solberg|Kwame Mensah|Anouk de Vries|Priya Raman|Jonas Vogt|Selin Aydın",
    "|",
)
HANZI = _words(
    "政府 部长 议会 选举 预算 政策 改革 经济 市场 银行 城市 居民 工人 工会 罢工 工资 价格 "
    "通胀 投资 增长 赤字 计划 提案 投票 辩论 市长 地区 边境 贸易 谈判 协议 抗议 人群 候选人 "
    "民调 选民 结果 多数 表示 指出 警告 否认 宣布 确认 医院 河流 桥梁 港口 工厂 农村 车站 机场"
)
BOILERPLATE = (
    "The ministry did not respond to a request for comment.",
    "Additional reporting by the regional desk.",
    "This article has been updated with new figures.",
    "Officials declined to give further details on Friday.",
    "政府发言人拒绝就此发表评论。",
)
TARGET = 2_000_000


@dataclass(slots=True)
class Tracked:
    """Where an anchored span is now: ``lost`` once an edit removed all of it."""

    start: int
    end: int
    touched: bool = False
    lost: bool = False


def english_sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 24))]
    if rng.random() < 0.3:
        name = rng.choice(NAMES)
        body = " ".join(words)
        return f"\u201c{body[0].upper()}{body[1:]},\u201d said {name}."
    if rng.random() < 0.03:
        words.append(rng.choice(["🗳️", "📈", "🌊"]))
    body = " ".join(words)
    return f"{body[0].upper()}{body[1:]}."


def chinese_sentence(rng: random.Random) -> str:
    chars = "".join(rng.choice(HANZI) for _ in range(rng.randint(6, 18)))
    if rng.random() < 0.05:
        chars += "𠮷"
    return chars + "。"


def build_text(seed: int = 7, target: int = TARGET) -> str:
    rng = random.Random(seed)
    paragraphs: list[str] = []
    size = 0
    while size < target:
        chinese = rng.random() < 0.12
        sentences = []
        for _ in range(rng.randint(3, 7)):
            if rng.random() < 0.04:
                sentences.append(BOILERPLATE[-1] if chinese else rng.choice(BOILERPLATE[:-1]))
            else:
                sentences.append(chinese_sentence(rng) if chinese else english_sentence(rng))
        para = ("" if chinese else " ").join(sentences)
        paragraphs.append(para)
        size += len(para) + 2
    return "\n\n".join(paragraphs)


_TOKEN = re.compile(r"[^\s\u4e00-\u9fff]+|[\u4e00-\u9fff]{1,2}")
_WORD = re.compile(r"(?<!\S)[^\s\u4e00-\u9fff]+|[\u4e00-\u9fff]{1,2}")
_SENTENCE_END = re.compile(r"[.。]\u201d? ?|\n+")
_SENTENCE = re.compile(r"[^.。\n]+[.。]\u201d?")


def make_anchors(text: str, count: int, seed: int = 11) -> list[Anchor]:
    rng = random.Random(seed)
    tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
    repeated = [m.span() for b in BOILERPLATE for m in re.finditer(re.escape(b), text)]
    anchors: list[Anchor] = []
    for i in range(count):
        if i % 20 == 0 and repeated:  # 5 % on recurring boilerplate sentences
            anchors.append(make_anchor(text, *rng.choice(repeated)))
            continue
        first = rng.randrange(len(tokens) - 40)
        last = first + rng.randint(1, 40) - 1
        anchors.append(make_anchor(text, tokens[first][0], tokens[last][1]))
    return anchors


def random_edit(text: str, rng: random.Random) -> tuple[int, int, str]:
    """One edit as (start, end, replacement) of the current text."""
    kind = rng.choice(["ins_word", "del_word", "rep_word", "ins_sent", "del_sent", "rep_sent"])
    at = rng.randrange(len(text) - 200)
    if kind.endswith("word"):
        m = _WORD.search(text, at)
        assert m is not None
        word = rng.choice(WORDS) if text[m.start()].isascii() else rng.choice(HANZI)
        sep = " " if text[m.start()].isascii() else ""
        if kind == "ins_word":
            return m.start(), m.start(), word + sep
        if kind == "del_word":
            end = m.end() + (1 if text[m.end() : m.end() + 1] == " " else 0)
            return m.start(), end, ""
        return m.start(), m.end(), word
    boundary = _SENTENCE_END.search(text, at)
    assert boundary is not None
    m = _SENTENCE.match(text, boundary.end())
    if m is None:  # a paragraph break: insert a sentence there
        return boundary.end(), boundary.end(), english_sentence(rng) + " "
    start = m.start()
    chinese = m.group().endswith("。")
    fresh = chinese_sentence(rng) if chinese else english_sentence(rng)
    if kind == "ins_sent":
        return start, start, fresh + ("" if chinese else " ")
    if kind == "del_sent":
        return start, m.end(), ""
    return start, m.end(), fresh


def apply_edits(
    text: str, anchors: list[Anchor], edits: int, seed: int
) -> tuple[str, list[Tracked]]:
    rng = random.Random(seed)
    tracked = [Tracked(a.start, a.end) for a in anchors]
    for _ in range(edits):
        a, b, new = random_edit(text, rng)
        text = text[:a] + new + text[b:]
        delta = len(new) - (b - a)
        for t in tracked:
            if t.end <= a:
                continue
            if t.start >= b:
                t.start += delta
                t.end += delta
                continue
            t.touched = True
            start = t.start if t.start < a else a
            end = t.end + delta if t.end > b else a + len(new)
            if end <= start:
                t.lost = True
                start, end = a, a + len(new)
            t.start, t.end = start, end
    return text, tracked


def judge(anchor: Anchor, t: Tracked, p: Placement | None, text: str) -> str:
    if p is None:
        return "orphaned"
    if not t.touched:
        if (p.start, p.end) == (t.start, t.end):
            return "restored"
    elif p.start < max(t.end, t.start + 1) and t.start < p.end:
        return "restored"
    return "copy" if text[p.start : p.end] == anchor.exact else "misplaced"


def run(text: str, anchors: list[Anchor], seed: int, edits: int) -> dict[str, float]:
    t0 = time.perf_counter()
    same = reanchor_all(anchors, text, old_text=text)
    t1 = time.perf_counter()
    reanchor_all(anchors, text)
    t2 = time.perf_counter()
    assert all(p is not None and p.method == "position" for p in same)
    new_text, tracked = apply_edits(text, anchors, edits, seed)
    t3 = time.perf_counter()
    placed = reanchor_all(anchors, new_text, old_text=text)
    t4 = time.perf_counter()
    verdicts = [judge(a, t, p, new_text) for a, t, p in zip(anchors, tracked, placed, strict=True)]
    n = len(anchors)
    return {
        "unchanged, old_text given (ms)": (t1 - t0) * 1000,
        "unchanged, no old_text (ms)": (t2 - t1) * 1000,
        "after edits (ms)": (t4 - t3) * 1000,
        "restored (%)": 100 * verdicts.count("restored") / n,
        "orphaned (%)": 100 * verdicts.count("orphaned") / n,
        "misplaced (%)": 100 * verdicts.count("misplaced") / n,
        "on an identical copy (%)": 100 * verdicts.count("copy") / n,
        "spans touched by edits (%)": 100 * sum(t.touched for t in tracked) / n,
        "spans destroyed (%)": 100 * sum(t.lost for t in tracked) / n,
        "fuzzy placements": sum(1 for p in placed if p is not None and p.method == "fuzzy"),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--size", type=int, default=TARGET)
    parser.add_argument("--anchors", type=int, default=5000)
    parser.add_argument("--edits", type=int, default=200)
    args = parser.parse_args()
    text = build_text(target=args.size)
    anchors = make_anchors(text, args.anchors)
    print(f"text: {len(text):,} code points, {len(text.encode()):,} bytes UTF-8")
    print(f"{len(anchors):,} anchors, {args.edits} edits per run, medians of {args.runs} runs")
    results = [run(text, anchors, seed, args.edits) for seed in range(args.runs)]
    width = max(len(k) for k in results[0])
    for key in results[0]:
        values = [r[key] for r in results]
        median = statistics.median(values)
        print(f"  {key:<{width}}  {median:9.2f}   (min {min(values):.2f}, max {max(values):.2f})")


if __name__ == "__main__":
    main()
