"""annotary quotes | passages | stats | note | memo: questions across the whole corpus."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from dataclasses import replace
from typing import Any, cast

from annotary.cli.arguments import file_path, iso_date, whole_number
from annotary.cli.output import clean, echo, emit_json, table
from annotary.domain.analysis import BY, MEASURES, AnnotationQuery, CountTable, Dimension, Measure
from annotary.domain.errors import InvalidInputError, NotFoundError
from annotary.services import analysis, charts, notes, tables
from annotary.services import articles as article_service
from annotary.services.project import Project

TEXT_WIDTH = 60  # characters of a quote shown in the plain listing


def _filters(p: argparse.ArgumentParser, *, quotes: bool) -> None:
    if quotes:
        p.add_argument("--speaker", metavar="NAME", help="a speaker's name or any alias")
    p.add_argument("--theme", metavar="NAME", help="a theme's name or path (A/B)")
    p.add_argument(
        "--no-subthemes",
        action="store_true",
        help="with --theme: that theme alone, not the themes below it",
    )
    p.add_argument("--outlet", metavar="NAME")
    p.add_argument("--from", dest="date_from", type=iso_date, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", type=iso_date, metavar="YYYY-MM-DD")
    if quotes:
        p.add_argument("--quote-type", choices=("direct", "indirect"))
    p.add_argument("--coder", metavar="NAME")
    p.add_argument("--language", metavar="CODE", help="e.g. en, zh (zh matches zh-CN)")
    p.add_argument("--collection", metavar="NAME")
    p.add_argument("--article", metavar="ID", help="an article's id, id prefix or title")
    p.add_argument("--text", metavar="WORDS", help="text found in the quote, note or title")


def add_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("quotes", parents=[common], help="quotes across the whole project")
    _filters(p, quotes=True)
    p.add_argument("--limit", type=whole_number(1, 10_000_000), metavar="N")
    p.set_defaults(run=run_rows, kind="quote")

    p = sub.add_parser("passages", parents=[common], help="coded passages across the project")
    _filters(p, quotes=False)
    p.add_argument("--limit", type=whole_number(1, 10_000_000), metavar="N")
    p.set_defaults(run=run_rows, kind="passage")

    p = sub.add_parser(
        "stats", parents=[common], help="count themes, speakers or quote types by a dimension"
    )
    p.add_argument("measure", choices=MEASURES)
    p.add_argument("--by", choices=BY, required=True)
    _filters(p, quotes=True)
    p.add_argument("--csv", type=file_path, metavar="FILE", help="write the table as CSV")
    p.add_argument("--png", type=file_path, metavar="FILE", help="write a chart as PNG")
    p.add_argument("--svg", type=file_path, metavar="FILE", help="write a chart as SVG")
    p.add_argument("--pdf", type=file_path, metavar="FILE", help="write a chart as PDF")
    p.add_argument("--style", choices=charts.STYLES, default="light", help="chart colours")
    p.set_defaults(run=run_stats)

    p = sub.add_parser("note", parents=[common], help="show or set an article's note")
    p.add_argument("article", metavar="ARTICLE", help="id, id prefix or title")
    p.add_argument("text", nargs="?", help="the new note ('' removes it)")
    p.set_defaults(run=run_note)

    p = sub.add_parser("memo", parents=[common], help="show or set the project's memo")
    p.add_argument("text", nargs="?", help="the new memo ('' removes it)")
    p.set_defaults(run=run_memo)


def _one(found: list[str], what: str, name: str) -> str:
    if not found:
        raise NotFoundError(f"no {what} named {name!r}")
    if len(found) > 1:
        raise InvalidInputError(f"{len(found)} {what}s are named {name!r}: give its path (A/B)")
    return found[0]


def query_from_args(project: Project, args: argparse.Namespace) -> AnnotationQuery:
    """The query the filter options ask for; a name that matches nothing is an error."""
    speaker = getattr(args, "speaker", None)
    if speaker is not None and not analysis.find_speakers(project, speaker):
        raise NotFoundError(f"no speaker is named or known as {speaker!r}")
    theme = None
    if args.theme is not None:
        theme = _one(analysis.find_themes(project, args.theme), "theme", args.theme)
    article = None
    if args.article is not None:
        article = article_service.resolve(project, args.article).id
    return AnnotationQuery(
        kind=getattr(args, "kind", None),
        speaker=speaker,
        theme=theme,
        include_subthemes=not args.no_subthemes,
        outlet=args.outlet,
        date_from=args.date_from,
        date_to=args.date_to,
        language=args.language,
        collection=args.collection,
        quote_type=getattr(args, "quote_type", None),
        coder=args.coder,
        text=args.text,
        article=article,
    )


def _emit_json_list(items: Iterable[Any]) -> None:
    """A JSON array written one element at a time (a large corpus is never held whole)."""
    out = sys.stdout
    first = True
    out.write("[")
    for item in items:
        text = json.dumps(item, ensure_ascii=False, indent=2)
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            text = json.dumps(item, ensure_ascii=True, indent=2)
        out.write(("\n  " if first else ",\n  ") + text.replace("\n", "\n  "))
        first = False
    out.write("\n]\n" if not first else "]\n")


def _limited(items: Iterable[Any], limit: int | None) -> Iterable[Any]:
    for n, item in enumerate(items):
        if limit is not None and n >= limit:
            return
        yield item


def run_rows(project: Project, args: argparse.Namespace) -> int:
    query = query_from_args(project, args)
    if args.json:
        _emit_json_list(_limited(analysis.records(project, query), args.limit))
        return 0
    found = analysis.rows(project, query, limit=args.limit)
    if not found:
        echo(f"no {args.kind}s match")
        return 0
    quotes = args.kind == "quote"
    header = ["date", "outlet", "speaker", "type"] if quotes else ["date", "outlet", "themes"]
    lines = [[*header, "text", "article"]]
    for r in found:
        text = r.text if len(r.text) <= TEXT_WIDTH else r.text[: TEXT_WIDTH - 1] + "…"
        lead = [r.speaker_name or "", r.quote_type or ""] if quotes else ["; ".join(r.theme_paths)]
        lines.append([r.published or "", r.outlet or "", *lead, text, r.article_title])
    table(lines)
    total = analysis.count(project, query)
    if len(found) < total:
        echo(f"({len(found)} of {total} shown)")
    return 0


def run_stats(project: Project, args: argparse.Namespace) -> int:
    args.kind = None
    query = replace(query_from_args(project, args), kind=None)
    measure = cast(Measure, args.measure)
    counted = analysis.counts(project, measure, cast(Dimension, args.by), query)
    title = f"{measure} by {args.by}"
    for target, fmt in ((args.png, "png"), (args.svg, "svg"), (args.pdf, "pdf")):
        if target is not None:
            charts.save(project, counted, target, style=args.style, title=title, file_format=fmt)
    if args.csv is not None:
        tables.save_csv(project, counted, args.csv, corner=title)
    if args.json:
        emit_json(
            {"rows": list(counted.rows), "columns": list(counted.columns), "counts": counted.counts}
        )
    elif not any((args.png, args.svg, args.pdf, args.csv)):
        _print_table(counted, title)
    return 0


def _print_table(counted: CountTable, title: str) -> None:
    lines = [[title, *counted.columns, "total"]]
    for label, row, total in zip(counted.rows, counted.counts, counted.row_totals, strict=True):
        lines.append([label, *(str(n) for n in row), str(total)])
    lines.append(["total", *(str(n) for n in counted.column_totals), str(counted.total)])
    table([[clean(cell) for cell in line] for line in lines])


def run_note(project: Project, args: argparse.Namespace) -> int:
    article = article_service.resolve(project, args.article)
    if args.text is not None:
        text = notes.set_article_note(project, article.id, args.text).value
    else:
        text = notes.article_note(project, article.id)
    if args.json:
        emit_json({"article": article.id, "note": text})
    else:
        for line in text.splitlines():
            echo(line)
    return 0


def run_memo(project: Project, args: argparse.Namespace) -> int:
    if args.text is not None:
        text = notes.set_memo(project, args.text).value
    else:
        text = notes.memo(project)
    if args.json:
        emit_json({"memo": text})
    else:
        for line in text.splitlines():
            echo(line)
    return 0
