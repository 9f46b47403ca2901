"""Comparing coders: agreement per theme, for quotes and for speaker attribution."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from annotary.domain.agreement import (
    QUOTE_CATEGORY,
    AgreementRow,
    CodedSpan,
    compare,
    disagreements,
)
from annotary.domain.errors import InvalidInputError
from annotary.domain.messages import message
from annotary.domain.models import Annotation
from annotary.formats import agreement_report
from annotary.services import codebook, duplicates
from annotary.services.project import Project
from annotary.storage import annotations as annotation_store
from annotary.storage import articles as article_store

# Krippendorff's thresholds: alpha at or above RELIABLE is reliable, above TENTATIVE tentative.
RELIABLE = agreement_report.RELIABLE
TENTATIVE = agreement_report.TENTATIVE


@dataclass(frozen=True, slots=True)
class Comparison:
    coders: tuple[str, ...]
    articles: tuple[str, ...]  # the articles every compared coder has coded
    rows: list[AgreementRow]


def coders(project: Project) -> list[str]:
    return annotation_store.coders(project.store)


def _spans(notes: Sequence[Annotation]) -> list[CodedSpan]:
    spans: list[CodedSpan] = []
    for a in notes:
        if a.status != "anchored" or not a.coder:
            continue
        # A quote in several parts counts the characters of its parts only.
        parts = tuple((s.start, s.end) for s in a.segments) if len(a.segments) > 1 else ()
        if a.kind == "quote":
            spans.append(
                CodedSpan(a.coder, a.article, a.start, a.end, QUOTE_CATEGORY, a.speaker, parts)
            )
        spans.extend(
            CodedSpan(a.coder, a.article, a.start, a.end, t, None, parts) for t in a.themes
        )
    return spans


def _coded_by(notes: Sequence[Annotation], who: Sequence[str]) -> list[str]:
    per_article: dict[str, set[str]] = {}
    for a in notes:
        if a.coder:
            per_article.setdefault(a.article, set()).add(a.coder)
    return sorted(art for art, cs in per_article.items() if set(who) <= cs)


def compare_coders(
    project: Project, who: Sequence[str] | None = None, theme_ids: Sequence[str] | None = None
) -> Comparison:
    """Agreement of the coders (default: all) over the articles all of them coded
    (leaving out near-duplicates the user hid)."""
    chosen = tuple(dict.fromkeys(who or coders(project)))
    if len(chosen) < 2:
        raise InvalidInputError(
            message(
                "agreement needs at least two coders; this project has {count}",
                count=len(coders(project)),
            )
        )
    hidden = duplicates.hidden(project)  # near-duplicates the user hid are not counted twice
    notes = [
        a
        for a in annotation_store.iterate(project.store)
        if a.coder in chosen and a.article not in hidden
    ]
    articles = _coded_by(notes, chosen)
    if not articles:
        raise InvalidInputError(
            message("no article has been coded by all of: {coders}", coders=", ".join(chosen))
        )
    notes = [a for a in notes if a.article in articles]
    lengths = {a: len(article_store.get(project.store, a).text) for a in articles}
    themes = codebook.themes(project)
    used = {t for a in notes for t in a.themes}
    wanted = set(theme_ids) if theme_ids is not None else used
    categories = [(t.id, f"Theme: {t.name}") for t in themes if t.id in wanted]
    categories.append((QUOTE_CATEGORY, "Quotes"))
    rows = compare(_spans(notes), lengths, chosen, categories)
    return Comparison(chosen, tuple(articles), rows)


def disagreement_ranges(
    project: Project, article_id: str, who: Sequence[str], category: str | None = None
) -> list[tuple[int, int, frozenset[str]]]:
    """Where in an article the coders differ (for the view that shows it in the text)."""
    notes = [a for a in annotation_store.for_article(project.store, article_id) if a.coder in who]
    return disagreements(_spans(notes), article_id, list(who), category)


def title(result: Comparison) -> str:
    n = len(result.articles)
    return f"Agreement of {', '.join(result.coders)} over {n} article{'' if n == 1 else 's'}"


def write_report(result: Comparison, path: Path, kind: str | None = None) -> None:
    """The agreement table as CSV (UTF-8 with BOM) or HTML: ``kind``, or the file's suffix."""
    kind = kind or path.suffix.lower().lstrip(".")
    if kind in ("html", "htm"):
        path.write_text(agreement_report.render_html(result.rows, title(result)), encoding="utf-8")
    elif kind == "csv":
        with path.open("wb") as fh:
            agreement_report.write_csv(result.rows, fh)
    else:
        raise InvalidInputError(message("{name}: save the table as .csv or .html", name=path.name))
