"""annotary import | articles | search."""

from __future__ import annotations

import argparse
import sys

from annotary.cli.arguments import file_path, iso_date, seconds, whole_number
from annotary.cli.output import clean, echo, emit_json, short_id, table
from annotary.cli.progress import ImportProgress
from annotary.domain.errors import ImportFailed, InvalidInputError
from annotary.domain.models import Article
from annotary.services import articles as article_service
from annotary.services import importing, searching
from annotary.services.project import Project


def add_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "import", parents=[common], help="import articles from files, folders or a URL"
    )
    p.add_argument("paths", nargs="*", type=file_path, metavar="PATH", help="files or folders")
    p.add_argument(
        "--url", action="append", default=[], help="fetch and import this page (network)"
    )
    p.add_argument("--collection", action="append", default=[], help="add to this collection")
    p.add_argument(
        "--no-batch-collection",
        dest="batch_collection",
        action="store_false",
        help="do not add the articles to a collection named after each file or folder",
    )
    p.add_argument(
        "--chapters",
        action="store_true",
        help="import each chapter of an EPUB book as an article of its own",
    )
    p.add_argument(
        "--timeout",
        type=seconds,
        metavar="SECONDS",
        help="give up on a page that is not fetched in this time (default 60)",
    )
    p.set_defaults(run=run_import)

    p = sub.add_parser("articles", parents=[common], help="list the project's articles")
    p.set_defaults(run=run_articles)

    p = sub.add_parser("search", parents=[common], help="full-text search over all articles")
    p.add_argument("query")
    p.add_argument("--outlet")
    p.add_argument("--section")
    p.add_argument("--database", dest="source_database", help="Nexis, Nexis Uni or Factiva")
    p.add_argument("--language")
    p.add_argument("--collection")
    p.add_argument("--from", dest="date_from", type=iso_date, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", type=iso_date, metavar="YYYY-MM-DD")
    p.add_argument("--limit", type=whole_number(1, 10_000), default=20, metavar="N")
    p.set_defaults(run=run_search)


def _article_json(a: Article) -> dict[str, object]:
    return {
        "id": a.id,
        "title": a.title,
        "outlet": a.outlet,
        "author": a.author,
        "published": a.published,
        "url": a.url,
        "language": a.language,
        "source_format": a.source_format,
        "collections": list(a.collections),
        "section": a.section,
        "page": a.page,
        "length": a.length,
        "source_database": a.source_database,
        "source_id": a.source_id,
        "export_file": a.export_file,
    }


def run_import(project: Project, args: argparse.Namespace) -> int:
    if not args.paths and not args.url:
        raise InvalidInputError("give files or folders to import, or --url URL")
    for path in args.paths:
        if not path.exists():
            raise InvalidInputError(f"{path}: no such file or folder")

    with ImportProgress(enabled=not args.json) as bar:
        outcome = importing.import_files(
            project,
            args.paths,
            progress=bar.files,
            reading=bar.reading,
            collections=args.collection,
            batch_collections=args.batch_collection,
            epub_chapters=args.chapters,
        )
    report = outcome.value
    for url in args.url:
        try:
            got = importing.import_url(project, url, deadline=args.timeout)
        except ImportFailed as exc:
            report.failures.append((url, exc.reason))
            continue
        if isinstance(got.value, str):
            report.duplicates.append((url, got.value))
        else:
            report.imported.append(got.value)
    if args.json:
        emit_json(
            [{**_article_json(a), "status": "imported"} for a in report.imported]
            + [
                {
                    **_article_json(article_service.get(project, i)),
                    "status": "duplicate",
                    "source": s,
                }
                for s, i in report.duplicates
            ]
        )
    else:
        for a in report.imported:
            echo(f"imported  {short_id(a.id)}  {a.title}")
        for source, existing in report.duplicates:
            echo(f"skipped   {short_id(existing)}  {source} (already in the project)")
    for source, note in report.notes:
        sys.stderr.write(clean(f"annotary: note: {source}: {note}") + "\n")
    for source, reason in report.failures:
        sys.stderr.write(clean(f"annotary: error: could not import {source}: {reason}") + "\n")
    if not args.json:
        echo(report.summary())
    return (
        1
        if report.failures and not (report.imported or report.duplicates)
        else (3 if report.failures else 0)
    )


def run_articles(project: Project, args: argparse.Namespace) -> int:
    items = article_service.summaries(project)
    if args.json:
        emit_json(
            [
                {
                    "id": a.id,
                    "title": a.title,
                    "outlet": a.outlet,
                    "author": a.author,
                    "published": a.published,
                    "language": a.language,
                    "read": a.read,
                    "annotations": a.annotation_count,
                    "collections": list(a.collections),
                }
                for a in items
            ]
        )
        return 0
    rows = [["ID", "DATE", "LANG", "NOTES", "OUTLET", "TITLE"]]
    rows += [
        [
            short_id(a.id),
            a.published or "",
            a.language or "",
            str(a.annotation_count),
            a.outlet or "",
            a.title,
        ]
        for a in items
    ]
    table(rows)
    return 0


def run_search(project: Project, args: argparse.Namespace) -> int:
    filters = searching.SearchFilters(
        outlet=args.outlet,
        language=args.language,
        collection=args.collection,
        date_from=args.date_from,
        date_to=args.date_to,
        section=args.section,
        source_database=args.source_database,
    )
    hits = searching.search(project, args.query, filters, limit=args.limit)
    if args.json:
        emit_json(
            [
                {
                    "article": h.article,
                    "title": h.title,
                    "outlet": h.outlet,
                    "published": h.published,
                    "language": h.language,
                    "snippet": h.snippet,
                    "marks": [list(m) for m in h.marks],
                    "rank": h.rank,
                    "matched": h.matched,
                    "annotation": h.annotation,
                }
                for h in hits
            ]
        )
        return 0
    if not hits:
        echo("no matches")
    for h in hits:
        snippet = h.snippet
        for start, end in reversed(h.marks):
            snippet = snippet[:start] + "[" + snippet[start:end] + "]" + snippet[end:]
        echo(
            f"{short_id(h.article)}  {h.title}  "
            f"({h.outlet or 'no outlet'}, {h.published or 'no date'})"
        )
        echo(f"          {'in a note: ' if h.matched == 'note' else ''}{snippet}")
    return 0
