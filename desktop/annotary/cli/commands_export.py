"""annotary export | import-annotations."""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from annotary.cli.arguments import file_path
from annotary.cli.output import echo, emit_json
from annotary.domain.errors import InvalidInputError, NotFoundError
from annotary.services import annotation_import, codebook, export_formats, exporting
from annotary.services import articles as article_service
from annotary.services.project import Project

FORMATS = ("json", "jsonl", "w3c", "qdpx", "qdc", "csv", "xlsx", "taguette")
BINARY = ("qdpx", "xlsx")


def add_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("export", parents=[common], help="export annotations")
    p.add_argument("--format", default="json", choices=FORMATS)
    p.add_argument(
        "--article", action="append", metavar="ID", help="limit to this article; repeatable"
    )
    p.add_argument(
        "--theme", action="append", metavar="NAME", help="limit to this theme; repeatable"
    )
    p.add_argument(
        "-o", "--output", type=file_path, metavar="FILE", help="write here (default: stdout)"
    )
    p.add_argument(
        "--table",
        choices=("quotes", "passages"),
        default="quotes",
        help="with --format csv: quotes (default) or coded passages",
    )
    p.add_argument(
        "--raw",
        action="store_true",
        help="with --format csv: cells exactly as they are, for R or pandas (no apostrophe "
        "before text a spreadsheet would run as a formula; do not open such a file in a "
        "spreadsheet program)",
    )
    p.add_argument(
        "--list",
        dest="w3c_list",
        action="store_true",
        help="with --format w3c: a plain list instead of an AnnotationCollection",
    )
    p.set_defaults(run=run_export)

    p = sub.add_parser(
        "import-annotations",
        parents=[common],
        help="merge an Annotary JSON export into the project",
    )
    p.add_argument("file", type=file_path, metavar="FILE.json")
    p.set_defaults(run=run_import_annotations)


def scope_from_args(project: Project, args: argparse.Namespace) -> exporting.Scope:
    article_ids = None
    if args.article:
        article_ids = tuple(article_service.resolve(project, key).id for key in args.article)
    theme_ids = None
    if args.theme:
        ids: list[str] = []
        for name in args.theme:
            found = [t for t in codebook.themes(project) if t.name.casefold() == name.casefold()]
            if not found:
                raise NotFoundError(f"no theme named {name!r}")
            ids.extend(t.id for t in found)
        theme_ids = tuple(ids)
    return exporting.Scope(articles=article_ids, themes=theme_ids)


def _format_key(args: argparse.Namespace) -> str:
    if args.format == "csv":
        return f"csv-{args.table}-raw" if args.raw else f"csv-{args.table}"
    if args.format == "w3c" and args.w3c_list:
        return "w3c-list"
    return str(args.format)


def run_export(project: Project, args: argparse.Namespace) -> int:
    scope = scope_from_args(project, args)
    if args.raw and args.format != "csv":
        raise InvalidInputError("--raw applies to --format csv only")
    if args.format in BINARY and args.output is None:
        raise InvalidInputError(f"--format {args.format} writes a file: give -o FILE")
    fmt = export_formats.by_key(_format_key(args))
    if args.output is None:  # written whole to a temporary file, then to stdout
        with tempfile.TemporaryDirectory() as tmp:
            temp = Path(tmp) / f"export{fmt.suffix}"
            fmt.writer(project, temp, scope)
            with temp.open("rb") as fh:
                shutil.copyfileobj(fh, sys.stdout.buffer)
            sys.stdout.buffer.flush()
        return 0
    summary = export_formats.write(fmt, project, args.output, scope)
    if args.json:
        emit_json({"file": str(args.output), "format": args.format, "summary": summary})
    else:
        echo(f"exported {summary} to {args.output} ({fmt.label})")
    return 0


def run_import_annotations(project: Project, args: argparse.Namespace) -> int:
    path: Path = args.file
    report = annotation_import.import_annotations(project, path, "json").value
    if args.json:
        emit_json(
            {
                "added": report.added,
                "recognised": report.recognised,
                "updated": report.updated,
                "orphaned": report.orphaned,
                "conflicts": report.conflicts,
                "warnings": report.warnings,
            }
        )
    else:
        echo(report.summary())
        for line in report.conflicts:
            echo(f"conflict: {line}")
        for line in report.warnings:
            echo(f"warning: {line}")
    return 0
