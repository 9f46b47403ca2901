"""Deterministic news-like texts for the benchmarks (English and Chinese)."""

from __future__ import annotations

import random

EN_WORDS = [
    "the",
    "minister",
    "said",
    "council",
    "port",
    "river",
    "budget",
    "election",
    "vote",
    "reform",
    "health",
    "school",
    "workers",
    "union",
    "strike",
    "talks",
    "agreement",
    "province",
    "city",
    "mayor",
    "police",
    "court",
    "ruling",
    "economy",
    "inflation",
    "rates",
    "bank",
    "growth",
    "trade",
    "tariff",
    "exports",
    "farmers",
    "harvest",
    "drought",
    "flood",
    "rain",
    "levee",
    "storm",
    "energy",
    "grid",
    "prices",
    "fuel",
    "transport",
    "rail",
    "ferry",
    "bridge",
    "road",
    "spokeswoman",
    "spokesman",
    "director",
    "official",
    "report",
    "survey",
    "residents",
    "critics",
    "opposition",
    "government",
    "parliament",
    "committee",
    "plan",
    "money",
    "year",
    "week",
    "Monday",
    "Tuesday",
    "Friday",
    "would",
    "could",
    "will",
    "not",
    "already",
    "again",
    "before",
    "after",
    "during",
    "because",
    "although",
    "however",
]
ZH_CHARS = (
    "市政府表示新的公交线路将于明年开通或者民可以继续使用现有渡轮服务港口管理局指出货运量比去年"
    "增长了百分之十二部长强调经济发展必须兼顾环境保护记者会上发言人称双方已经达成初步协议"
)
OUTLETS = ("Harbour Daily", "Northline Wire", "Coast Post", "江城日报", "海城晚报")


def english_paragraph(rng: random.Random, sentences: int = 5) -> str:
    out = []
    for _ in range(sentences):
        words = [rng.choice(EN_WORDS) for _ in range(rng.randint(8, 22))]
        words[0] = words[0].capitalize()
        out.append(" ".join(words) + ".")
    return " ".join(out)


def chinese_paragraph(rng: random.Random, sentences: int = 4) -> str:
    return "".join(
        "".join(rng.choice(ZH_CHARS) for _ in range(rng.randint(12, 30))) + "。"
        for _ in range(sentences)
    )


def article_text(rng: random.Random, chinese: bool, paragraphs: int = 8) -> str:
    make = chinese_paragraph if chinese else english_paragraph
    return "\n\n".join(make(rng) for _ in range(paragraphs))
