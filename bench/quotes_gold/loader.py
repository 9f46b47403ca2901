"""Load the labelled quote set: marked-up articles -> plain text + gold spans.

Each article is a UTF-8 file in ``dev/`` (tuned on), ``test/`` or ``test2/``
(held out; ``test2`` was written after the first round of rules, ``test3``
before the rules for real news and never tuned on),
named ``<lang>_<nn>_<slug>.txt``. Leading lines starting with ``# `` are
metadata (``# genre: ...``) and are not part of the text. The markup:

``⟦q:direct|Li Hongzhong⟧ ... ⟦/q⟧``
    a gold quote; type ``direct`` or ``indirect``; after ``|`` the resolved
    speaker (a full name, an organisation, or an unnamed source as written),
    empty when the quote has no speaker at all. Quotes do not nest.
``⟦q+⟧ ... ⟦/q⟧``
    a further segment of the quote opened last with the same id (a split quote:
    ``“⟦q:direct|Aske⟧Nobody wants that,⟦/q⟧” Aske said. “⟦q+⟧Every day costs.⟦/q⟧”``);
    the attribution between the segments is not part of the quote.
``⟦cue⟧said⟦/cue⟧`` and ``⟦who⟧he⟦/who⟧``
    the speech cue and the speaker mention of a quote (both optional).

An optional id right after the tag name (``⟦q2:...⟧``, ``⟦cue2⟧``,
``⟦/cue2⟧``, ``⟦who2⟧``) links a cue or mention to the quote with the same id;
without one it links to the id-less quote in the same paragraph (or, when the
paragraph has none, the nearest one). When a paragraph holds several
quotes the nearest wins, preferring one not across a sentence end (a cue and
a mention side by side count as one); a tie is an error, so every link is unambiguous.
Offsets are computed here, never
typed by hand: they count code points over the text with the tags removed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

GOLD_DIR = Path(__file__).resolve().parent
SPLITS = ("dev", "test", "test2", "test3")

_TAG = re.compile(r"⟦(/?)(q|cue|who)([0-9a-z]*)(\+?)(?::(direct|indirect)\|([^⟧]*))?⟧")


@dataclass(frozen=True, slots=True)
class GoldSpan:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class GoldQuote:
    start: int
    end: int
    exact: str
    quote_type: str
    speaker: str | None
    cue: GoldSpan | None
    mention: GoldSpan | None
    segments: tuple[tuple[int, int], ...] = ()

    @property
    def parts(self) -> tuple[tuple[int, int], ...]:
        """The quote's segments (one, ``start..end``, when it is not split)."""
        return self.segments or ((self.start, self.end),)

    @property
    def length(self) -> int:
        return sum(e - s for s, e in self.parts)


@dataclass(frozen=True, slots=True)
class GoldArticle:
    name: str
    language: str
    split: str
    genre: str
    text: str
    quotes: tuple[GoldQuote, ...]


class GoldFormatError(ValueError):
    """A gold file's markup is malformed or ambiguous."""


@dataclass(slots=True)
class _Open:
    kind: str
    ident: str
    start: int
    quote_type: str = ""
    speaker: str = ""
    resumes: int = -1  # index of the quote this segment continues


def parse(marked: str, name: str = "<text>") -> tuple[str, list[GoldQuote]]:
    """Strip the markup from ``marked``; return the text and its gold quotes."""
    out: list[str] = []
    pos = 0
    length = 0
    open_q: _Open | None = None
    open_tags: dict[tuple[str, str], int] = {}
    quotes: list[tuple[str, int, int, str, str]] = []  # ident, start, end, type, speaker
    segments: list[list[tuple[int, int]]] = []
    spans: list[tuple[str, str, int, int]] = []  # kind, ident, start, end
    for m in _TAG.finditer(marked):
        out.append(marked[pos : m.start()])
        length += m.start() - pos
        pos = m.end()
        closing, kind, ident = m.group(1) == "/", m.group(2), m.group(3)
        resume = m.group(4) == "+"
        if kind == "q":
            if closing:
                if open_q is None:
                    raise GoldFormatError(f"{name}: ⟦/q⟧ without an open quote at {m.start()}")
                if open_q.resumes >= 0:
                    i = open_q.resumes
                    q_ident, q_start, _end, q_type, q_speaker = quotes[i]
                    quotes[i] = (q_ident, q_start, length, q_type, q_speaker)
                    segments[i].append((open_q.start, length))
                else:
                    quotes.append(
                        (open_q.ident, open_q.start, length, open_q.quote_type, open_q.speaker)
                    )
                    segments.append([(open_q.start, length)])
                open_q = None
            else:
                if open_q is not None:
                    raise GoldFormatError(f"{name}: nested ⟦q⟧ at {m.start()}")
                if resume:
                    earlier = [i for i, q in enumerate(quotes) if q[0] == ident]
                    if not earlier or m.group(5) is not None:
                        raise GoldFormatError(f"{name}: ⟦q+⟧ continues no quote at {m.start()}")
                    open_q = _Open("q", ident, length, resumes=earlier[-1])
                    continue
                if m.group(5) is None:
                    raise GoldFormatError(f"{name}: ⟦q⟧ needs :type|speaker at {m.start()}")
                open_q = _Open("q", ident, length, m.group(5), m.group(6).strip())
        elif resume:
            raise GoldFormatError(f"{name}: only ⟦q⟧ takes +, at {m.start()}")
        elif closing:
            began = open_tags.pop((kind, ident), None)
            if began is None:
                raise GoldFormatError(f"{name}: ⟦/{kind}{ident}⟧ without opening")
            spans.append((kind, ident, began, length))
        else:
            open_tags[(kind, ident)] = length
    out.append(marked[pos:])
    if open_q is not None or open_tags:
        raise GoldFormatError(f"{name}: unclosed tag")
    text = "".join(out)
    if "⟦" in text or "⟧" in text:
        raise GoldFormatError(f"{name}: malformed tag left in text")

    links: dict[int, dict[str, GoldSpan]] = {i: {} for i in range(len(quotes))}
    for unit in _units(text, spans):
        ident = unit[0][1]
        index = _link(text, quotes, ident, unit[0][2], max(u[3] for u in unit), name)
        for kind, _ident, start, end in unit:
            if kind in links[index]:
                raise GoldFormatError(f"{name}: two {kind} for one quote near {start}")
            links[index][kind] = GoldSpan(start, end, text[start:end])
    gold = [
        GoldQuote(
            start=start,
            end=end,
            exact=text[start:end],
            quote_type=quote_type,
            speaker=speaker or None,
            cue=links[i].get("cue"),
            mention=links[i].get("who"),
            segments=tuple(segments[i]) if len(segments[i]) > 1 else (),
        )
        for i, (_ident, start, end, quote_type, speaker) in enumerate(quotes)
    ]
    gold.sort(key=lambda q: q.start)
    return text, gold


_STOPS = frozenset(".!?。！？\n")


def _units(
    text: str, spans: list[tuple[str, str, int, int]]
) -> list[list[tuple[str, str, int, int]]]:
    """Group a cue and a mention that sit together ("he said", "said Daly")."""
    units: list[list[tuple[str, str, int, int]]] = []
    for span in sorted(spans, key=lambda s: s[2]):
        last = units[-1][-1] if units else None
        if (
            last is not None
            and last[1] == span[1]
            and last[0] != span[0]
            and len(units[-1]) == 1
            and not _STOPS.intersection(text[last[3] : span[2]])
            and span[2] - last[3] <= 60
        ):
            units[-1].append(span)
        else:
            units.append([span])
    return units


def _paragraph(text: str, offset: int) -> int:
    return text.count("\n\n", 0, offset)


def _link(
    text: str,
    quotes: list[tuple[str, int, int, str, str]],
    ident: str,
    start: int,
    end: int,
    name: str,
) -> int:
    same = [i for i, q in enumerate(quotes) if q[0] == ident]
    if not same:
        raise GoldFormatError(f"{name}: cue/who at {start} has no quote with id {ident!r}")
    para = _paragraph(text, start)
    here = [
        i for i in same if _paragraph(text, quotes[i][1]) <= para <= _paragraph(text, quotes[i][2])
    ]

    def gap(i: int) -> tuple[bool, int]:
        q_start, q_end = quotes[i][1], quotes[i][2]
        between = text[end:q_start] if q_start >= end else text[q_end:start]
        crosses = q_start >= end or q_end <= start
        return (
            crosses and bool(_STOPS.intersection(between)),
            max(q_start - end, start - q_end, 0),
        )

    pool = sorted(here or same, key=gap)
    if len(pool) > 1 and gap(pool[0]) == gap(pool[1]):
        raise GoldFormatError(f"{name}: cue/who at {start} is as near to two quotes")
    return pool[0]


def load_file(path: Path) -> GoldArticle:
    raw = path.read_text(encoding="utf-8")
    genre = ""
    lines = raw.split("\n")
    while lines and lines[0].startswith("# "):
        header = lines.pop(0)[2:]
        if header.startswith("genre:"):
            genre = header.partition(":")[2].strip()
    text, quotes = parse("\n".join(lines).strip(), path.name)
    return GoldArticle(
        name=path.stem,
        language=path.name.split("_", 1)[0],
        split=path.parent.name,
        genre=genre,
        text=text,
        quotes=tuple(quotes),
    )


def load(split: str | None = None) -> list[GoldArticle]:
    """Every gold article, or only those of ``split`` (see ``SPLITS``), by name."""
    chosen = SPLITS if split is None else (split,)
    articles: list[GoldArticle] = []
    for part in chosen:
        articles.extend(load_file(p) for p in sorted((GOLD_DIR / part).glob("*.txt")))
    return articles
