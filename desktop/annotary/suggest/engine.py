"""suggest_quotes: find direct and reported quotes and their speakers in one text."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from annotary.domain.language import detect_language, is_chinese
from annotary.domain.models import Speaker
from annotary.domain.scripts import HAN_CLASS, is_han
from annotary.suggest import chinese_rules, english_direct, english_partial, english_rules
from annotary.suggest import lexicon_en as en
from annotary.suggest.candidate import Candidate
from annotary.suggest.dash_attribution import dash_speaker
from annotary.suggest.english_mentions import scan_en
from annotary.suggest.marks import OPEN_MARKS, Quoted, find_quoted, mark_width
from annotary.suggest.model import QuoteSuggestion
from annotary.suggest.speaker_choice import finish
from annotary.suggest.speakers import Registry
from annotary.suggest.split_quotes import merge_split

_TRANSCRIPT = re.compile(r"(?P<label>A|Q|[A-Z][\w\-]{1,20}|[" + HAN_CLASS + r"]{2,4})\s*[:：]\s*")
_HAN = re.compile(f"[{HAN_CLASS}]")
_INNER_SPACE = " \u00a0\u202f"
_QUESTION_LABELS = frozenset({"Q", "记者", "記者", "问", "問", "Question", "Interviewer"})


def suggest_quotes(
    text: str, language: str | None = None, known_speakers: Sequence[Speaker] = ()
) -> list[QuoteSuggestion]:
    """Suggested quotes of ``text``, sorted by start. Deterministic, offline."""
    if not text.strip():
        return []
    lang = "zh" if is_chinese(language or detect_language(text)) else "en"
    paras = _paragraph_starts(text)
    quoted = find_quoted(text)
    if lang == "en":
        quoted = [q for q in quoted if not english_partial.is_title(text, q)]
    merged = merge_split(text, quoted, lang)
    spans = [(q.open_at, q.close_at + 1) for q, _ in merged]
    masked = _mask(text, merged)
    registry = Registry(lang, known_speakers)
    para_langs = _paragraph_languages(text, paras, spans, lang)
    if lang == "zh" or "zh" in para_langs or _HAN.search(text):
        chinese_rules.scan(text, registry, spans)
    if lang == "en" or "en" in para_langs:
        scan_en(text, registry, spans)

    bounds = _QuoteBounds(merged)
    directs = [
        _direct(text, masked, q, between, lang, paras, bounds, registry) for q, between in merged
    ]
    cands = [c for c in directs if c is not None]
    cands += _transcripts(text, paras, spans, lang)
    reported: list[Candidate] = []
    for index, p_start in enumerate(paras):
        p_end = paras[index + 1] if index + 1 < len(paras) else len(text)
        if para_langs[index] == "zh":
            reported += chinese_rules.reported(masked, p_start, p_end, headline=index == 0)
        else:
            reported += english_rules.reported(masked, p_start, p_end)
    cands = _reconcile(cands, reported, text)
    for cand in cands:
        cand.paragraph = bisect.bisect_right(paras, cand.start) - 1
    return finish(text, cands, registry, lang, paras)


def _paragraph_starts(text: str) -> list[int]:
    starts = [0]
    for m in re.finditer(r"\n\s*", text):
        if m.end() < len(text):
            starts.append(m.end())
    return starts


def _mask(text: str, merged: list[tuple[Quoted, tuple[int, int] | None]]) -> str:
    chars = list(text)
    for q, between in merged:
        for i in range(q.start, q.end):
            if chars[i] != "\n" and not (between and between[0] <= i < between[1]):
                chars[i] = "〇" if is_han(chars[i]) else "x"
        if text[q.end - 1] in ".!?" and text[q.close_at + 1 : q.close_at + 3].strip()[:1].isupper():
            chars[q.end - 1] = text[q.end - 1]  # “… together.” He warns: the sentence ends
    return "".join(chars)


class _QuoteBounds:
    """Where the quotes of a text open and end, for the nearest one on either side of a
    quote in O(log n) (a text with thousands of quotes stays linear overall)."""

    def __init__(self, merged: list[tuple[Quoted, tuple[int, int] | None]]) -> None:
        self._opens = sorted(q.open_at for q, _ in merged)
        self._ends = sorted(q.close_at + 1 for q, _ in merged)

    def next_open(self, after: int, default: int) -> int:
        """The first opening mark after ``after``."""
        i = bisect.bisect_right(self._opens, after)
        return self._opens[i] if i < len(self._opens) else default

    def previous_end(self, upto: int) -> int:
        """The end of the last quote closed before ``upto`` (0 if none)."""
        i = bisect.bisect_right(self._ends, upto)
        return self._ends[i - 1] if i else 0


def _direct(
    text: str,
    masked: str,
    q: Quoted,
    between: tuple[int, int] | None,
    lang: str,
    paras: list[int],
    bounds: _QuoteBounds,
    registry: Registry,
) -> Candidate | None:
    p = bisect.bisect_right(paras, q.open_at) - 1
    p_start = paras[p]
    p_last = bisect.bisect_right(paras, q.close_at) - 1
    p_end = paras[p_last + 1] if p_last + 1 < len(paras) else len(text)
    next_open = bounds.next_open(q.close_at, default=len(text))
    prev_close = bounds.previous_end(q.open_at)
    limit_after = min(next_open, p_end)
    # sentence ends before the previous quote's close do not matter: it bounds the search
    near = max(prev_close, p_start)
    limit_before = max(near, _last_sentence_end(masked, near, q.open_at))
    cand = _attribute(text, q, between, limit_after, limit_before, lang)
    context = text[limit_before : q.open_at] + text[q.close_at + 1 : limit_after]
    other = "en" if lang == "zh" else "zh"
    if cand is None and _has_script(context, other):
        # a Chinese quote in an English article (她说：“…”), or the reverse
        cand = _attribute(text, q, between, limit_after, limit_before, other)
        if cand is not None:
            cand.language = other
    if lang == "en" and between is None and (cand is None or not cand.language):
        partial = english_partial.partly_quoted(text, masked, q, cand, limit_before, limit_after)
        if partial is True:
            return None  # a quoted word inside a clause nobody is said to speak
        if isinstance(partial, Candidate):
            return partial  # the whole clause, reported (called Mayor Ott “reckless”)
    content = text[q.start : q.end]
    words = len(content.split()) if lang == "en" else len(content) // 2
    if cand is None:
        before = text[limit_before : q.open_at]
        if lang == "en" and (en.TITLE_CONTEXT.search(before) or en.WHAT_CALLED.search(before)):
            return None
        cand = Candidate(0, 0, "direct", "direct.unattributed", 0.35)
        short = words < 5 or not re.search(r"[.!?。！？,，…]\W*$", content)
        if short and not (lang == "en" and dash_speaker(text, q.start, q.end, registry)):
            return None  # a fragment, unless a dash names who said it (“I'm back.” — Tom Brandt)
    elif cand.cue and text[cand.cue[0] : cand.cue[1]].lower() in en.NAMING_VERBS and words > 25:
        cand.confidence = 0.6
    cand.start, cand.end = q.start, q.end
    if between is not None:
        # two parts: the attribution between the marks is not part of the quote
        width = mark_width(q)
        first_end, second_start = between[0] - width, between[1] + width
        while first_end > q.start and text[first_end - 1] in _INNER_SPACE:
            first_end -= 1
        while second_start < q.end and text[second_start] in _INNER_SPACE:
            second_start += 1
        cand.segments = ((q.start, first_end), (second_start, q.end))
    return cand


def _attribute(
    text: str,
    q: Quoted,
    between: tuple[int, int] | None,
    limit_after: int,
    limit_before: int,
    lang: str,
) -> Candidate | None:
    if lang == "zh":
        return chinese_rules.attribute_direct(text, q, limit_after, limit_before)
    return english_direct.attribute_direct(text, q, between, limit_after, limit_before)


def _has_script(context: str, lang: str) -> bool:
    if lang == "zh":
        return _HAN.search(context) is not None
    return re.search(r"[A-Za-z]{2,}", context) is not None


def _paragraph_languages(
    text: str, paras: list[int], spans: list[tuple[int, int]], lang: str
) -> list[str]:
    """Each paragraph's language, from its words outside quotes (the article's when unsure)."""
    ends = [e for _s, e in spans]  # the quotes are in text order and apart
    out: list[str] = []
    for index, p_start in enumerate(paras):
        p_end = paras[index + 1] if index + 1 < len(paras) else len(text)
        first = bisect.bisect_right(ends, p_start)
        own = detect_language(_outside(text, p_start, p_end, spans, first))
        out.append(own if own in ("zh", "en") else lang)
    return out


def _outside(text: str, start: int, end: int, spans: list[tuple[int, int]], first: int = 0) -> str:
    """``text[start:end]`` without the quotes in ``spans`` (in text order, apart), looking
    from ``spans[first]`` on (the first quote that ends after ``start``)."""
    parts: list[str] = []
    pos = start
    for k in range(first, len(spans)):
        s, e = spans[k]
        if s >= end:
            break
        if e <= pos:
            continue
        parts.append(text[pos:s])
        pos = max(pos, e)
    parts.append(text[pos:end])
    return " ".join(parts)


# a full stop, but not after a title or an initial ("Ms. Nora Vale said, “…”")
_SENTENCE_STOP = re.compile(r"(?:" + en.FULL_STOP + r"(?![,)])|[!?。！？])\s*")


def _last_sentence_end(masked: str, start: int, end: int) -> int:
    best = start
    for m in _SENTENCE_STOP.finditer(masked[start:end]):
        best = start + m.end()
    return best


def _transcripts(
    text: str, paras: list[int], spans: list[tuple[int, int]], lang: str
) -> list[Candidate]:
    found: list[Candidate] = []
    labels = 0
    for index, p_start in enumerate(paras):
        p_end = paras[index + 1] if index + 1 < len(paras) else len(text)
        m = _TRANSCRIPT.match(text, p_start, p_end)
        if m is None:
            continue
        labels += 1
        label = m.group("label")
        if label in _QUESTION_LABELS:
            continue
        start, end = m.end(), p_end
        while end > start and text[end - 1].isspace():
            end -= 1
        if end - start < 10 or any(s <= start < e for s, e in spans):
            continue
        cand = Candidate(start, end, "direct", "direct.transcript", 0.7)
        cand.speaker = label if label != "A" else None
        cand.mention = (m.start("label"), m.end("label")) if label != "A" else None
        found.append(cand)
    return found if labels >= 3 else []


def _reconcile(directs: list[Candidate], reported: list[Candidate], text: str) -> list[Candidate]:
    keep_reported: list[Candidate] = []
    for r in sorted(reported, key=lambda c: c.start):
        if any(k.start < r.end and r.start < k.end for k in keep_reported):
            continue
        keep_reported.append(r)
    # clauses with a quoted part (from the quotes): the reported rules' reading wins,
    # unless it is only a piece of a clause in two parts
    partial = [d for d in directs if d.quote_type != "direct"]
    directs = [d for d in directs if d.quote_type == "direct"]
    for r in partial:
        overlap = [k for k in keep_reported if k.start < r.end and r.start < k.end]
        if all(r.start <= k.start and k.end <= r.end and r.segments for k in overlap):
            # 'An early slump, she said, “would …”': the clause, not its first words
            keep_reported = [k for k in keep_reported if k not in overlap] + [r]
    keep_reported = [_before_quote(text, r, directs) for r in keep_reported]
    keep_reported = [r for r in keep_reported if r.end > r.start]
    kept = [
        d for d in directs if not any(r.start <= d.start and d.end <= r.end for r in keep_reported)
    ]
    kept_reported = [
        r for r in keep_reported if not any(d.start <= r.start and r.end <= d.end for d in kept)
    ]
    return sorted(kept + kept_reported, key=lambda c: (c.start, c.end))


def _before_quote(text: str, r: Candidate, directs: list[Candidate]) -> Candidate:
    """'said that France had lost its identity: “France is no longer France,” he said':
    a reported clause ends where a quote with its own attribution after it begins."""
    if r.segments:
        return r
    for d in directs:
        if not (r.start < d.start and d.end <= r.end):
            continue
        own = d.mention is not None and d.end <= d.mention[0] <= r.end
        colon = text[r.start : d.start].rstrip(OPEN_MARKS + " ").endswith(":")
        whole = text[d.start : d.start + 1].isupper() and len(text[d.start : d.end].split()) >= 3
        if not (own or colon) or not whole:
            continue
        end = d.start
        while end > r.start and (text[end - 1] in OPEN_MARKS or text[end - 1] in " :;,—–-"):
            end -= 1
        r.end = end if len(text[r.start : end].split()) >= 3 else r.start
        return r
    return r
