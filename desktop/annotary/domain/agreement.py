"""Inter-coder agreement: how far several coders coding the same articles agree.

For each category (a theme, or quotes) every character of the compared
articles is a unit and a coder's value is whether they coded it; for speaker
attribution the units are the quotes the coders' quote spans match. See
docs/agreement.md for what the numbers mean.

The coefficients themselves live in :mod:`annotary.domain.agreement_stats`
(coded units), :mod:`annotary.domain.agreement_spans` (characters, from spans)
and :mod:`annotary.domain.agreement_unitizing` (Krippendorff's u-alpha); this
module re-exports them and compares coded spans.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from annotary.domain.agreement_quotes import NO_SPEAKER, QuoteSpan, match_quotes, spans_match
from annotary.domain.agreement_spans import (
    character_alpha,
    character_kappa,
    character_percent,
    merge_spans,
)
from annotary.domain.agreement_stats import (
    cohens_kappa,
    krippendorff_alpha,
    mean_pairwise_kappa,
    percent_agreement,
)
from annotary.domain.agreement_unitizing import unitizing_alpha
from annotary.domain.errors import InvalidInputError
from annotary.domain.messages import message

__all__ = [
    "NO_SPEAKER",
    "QUOTE_CATEGORY",
    "SPEAKER_CATEGORY",
    "SPEAKER_LABEL",
    "AgreementRow",
    "CodedSpan",
    "character_alpha",
    "cohens_kappa",
    "compare",
    "disagreements",
    "krippendorff_alpha",
    "merge_spans",
    "percent_agreement",
    "spans_match",
    "unitizing_alpha",
]

QUOTE_CATEGORY = "quote"
SPEAKER_CATEGORY = "speaker"
SPEAKER_LABEL = "Speaker attribution"


@dataclass(frozen=True, slots=True)
class CodedSpan:
    """One coder's coding of one span of an article.

    ``category`` is a theme id, or ``"quote"`` for a quote; ``value`` is what
    else the coder said about it, e.g. the speaker id of a quote. ``parts`` are the
    segments of an annotation in several parts (start..end then spans them all);
    only the characters of the parts count, not the attribution between them.
    """

    coder: str
    article: str
    start: int
    end: int
    category: str
    value: str | None = None
    parts: tuple[tuple[int, int], ...] = ()


def covered(span: QuoteSpan) -> tuple[tuple[int, int], ...]:
    """The ranges a span covers: its parts, or start..end."""
    parts: tuple[tuple[int, int], ...] = getattr(span, "parts", ())
    return parts or ((span.start, span.end),)


@dataclass(frozen=True, slots=True)
class AgreementRow:
    """The agreement of ``coders`` on one category (one row of the report)."""

    label: str
    category: str
    coders: tuple[str, ...]
    units: int  # characters (for spans) or matched quotes (for speakers)
    percent: float | None  # share 0..1 of agreeing coder pairs
    kappa: float | None  # Cohen's kappa; mean over coder pairs with more than two coders
    alpha: float | None  # Krippendorff's alpha (nominal)


def _distinct_coders(coders: Sequence[str]) -> tuple[str, ...]:
    result = tuple(coders)
    if len(set(result)) != len(result):
        raise InvalidInputError(message("each coder may be named only once in a comparison"))
    if len(result) < 2:
        raise InvalidInputError(message("agreement needs at least two coders to compare"))
    return result


def _offsets(article_lengths: Mapping[str, int]) -> tuple[dict[str, int], int]:
    """Where each article starts when the articles are laid end to end, and the total."""
    offsets: dict[str, int] = {}
    total = 0
    for article, length in article_lengths.items():
        if length < 0:
            raise InvalidInputError(
                message("article {article}: length must not be negative", article=article)
            )
        offsets[article] = total
        total += length
    return offsets, total


def _check_span(span: CodedSpan, article_lengths: Mapping[str, int]) -> None:
    length = article_lengths[span.article]
    if not 0 <= span.start <= span.end <= length:
        raise InvalidInputError(
            message(
                "article {article}: span ({start}, {end}) of {coder} "
                "lies outside the text (0..{length})",
                article=span.article,
                start=span.start,
                end=span.end,
                coder=span.coder,
                length=length,
            )
        )


def _category_row(
    spans: Sequence[CodedSpan],
    category: str,
    label: str,
    coders: tuple[str, ...],
    article_lengths: Mapping[str, int],
) -> AgreementRow:
    offsets, total = _offsets(article_lengths)
    per_coder: dict[str, list[tuple[int, int]]] = {coder: [] for coder in coders}
    for span in spans:
        if span.category != category or span.coder not in per_coder:
            continue
        if span.article not in offsets:
            continue
        _check_span(span, article_lengths)
        offset = offsets[span.article]
        per_coder[span.coder].extend((offset + s, offset + e) for s, e in covered(span))
    kappas = [
        k
        for a, b in itertools.combinations(coders, 2)
        if (k := character_kappa(total, per_coder[a], per_coder[b])) is not None
    ]
    return AgreementRow(
        label=label,
        category=category,
        coders=coders,
        units=total,
        percent=character_percent(total, per_coder),
        kappa=sum(kappas) / len(kappas) if kappas else None,
        alpha=character_alpha(total, per_coder),
    )


def _speaker_row(
    spans: Sequence[CodedSpan], coders: tuple[str, ...], article_lengths: Mapping[str, int]
) -> AgreementRow:
    quotes = [s for s in spans if s.category == QUOTE_CATEGORY and s.article in article_lengths]
    for span in quotes:
        _check_span(span, article_lengths)
    units = match_quotes(quotes, coders)
    return AgreementRow(
        label=SPEAKER_LABEL,
        category=SPEAKER_CATEGORY,
        coders=coders,
        units=len(units),
        percent=percent_agreement(units),
        kappa=mean_pairwise_kappa(units),
        alpha=krippendorff_alpha(units, "nominal"),
    )


def compare(
    spans: Sequence[CodedSpan],
    article_lengths: Mapping[str, int],
    coders: Sequence[str],
    categories: Sequence[tuple[str, str]],
) -> list[AgreementRow]:
    """One :class:`AgreementRow` per ``(category, label)``, then a speaker-attribution row.

    ``article_lengths`` names the compared articles and their text lengths
    (code points); the articles are laid end to end and each character is a
    unit whose value, per coder, is whether a span of theirs of the category
    covers it. Spans of other articles, coders or categories are ignored.
    ``kappa`` is Cohen's kappa with two coders and the mean of the pairwise
    kappas (Light's kappa) with more. The last row ("Speaker attribution")
    takes as units the quotes (category ``"quote"``) that at least two coders
    marked with matching spans, and as values the speakers they attributed.
    """
    chosen = _distinct_coders(coders)
    by_category: dict[str, list[CodedSpan]] = {}
    for span in spans:
        by_category.setdefault(span.category, []).append(span)
    rows = [
        _category_row(by_category.get(category, []), category, label, chosen, article_lengths)
        for category, label in categories
    ]
    rows.append(_speaker_row(spans, chosen, article_lengths))
    return rows


def disagreements(
    spans: Sequence[CodedSpan], article: str, coders: Sequence[str], category: str | None = None
) -> list[tuple[int, int, frozenset[str]]]:
    """The ranges of ``article`` where the coders differ, with the coders that coded them.

    With ``category`` given, a character is in disagreement when some but not
    all coders covered it with a span of that category. With ``category``
    ``None``, each coder's value of a character is the set of categories they
    coded it with, and coders disagree where these sets differ. Adjacent
    ranges coded by the same coders are joined. Sorted by start.
    """
    wanted = tuple(dict.fromkeys(coders))
    events: dict[int, list[tuple[str, str, int]]] = {}
    for span in spans:
        if span.article != article or span.coder not in wanted or span.end <= span.start:
            continue
        if category is not None and span.category != category:
            continue
        for start, end in covered(span):
            events.setdefault(start, []).append((span.coder, span.category, 1))
            events.setdefault(end, []).append((span.coder, span.category, -1))
    depth: dict[tuple[str, str], int] = {}
    result: list[tuple[int, int, frozenset[str]]] = []
    previous: int | None = None
    for position in sorted(events):
        if previous is not None and position > previous:
            values = {
                coder: frozenset(cat for (c, cat), n in depth.items() if c == coder and n > 0)
                for coder in wanted
            }
            if len(set(values.values())) > 1:
                coded = frozenset(coder for coder, cats in values.items() if cats)
                if result and result[-1][1] == previous and result[-1][2] == coded:
                    result[-1] = (result[-1][0], position, coded)
                else:
                    result.append((previous, position, coded))
        for coder, cat, delta in events[position]:
            depth[(coder, cat)] = depth.get((coder, cat), 0) + delta
        previous = position
    return result
