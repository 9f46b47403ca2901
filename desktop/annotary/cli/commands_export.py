"""annotary export | import-annotations."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, TextIO

from annotary.cli.output import emit_json
from annotary.domain.errors import InvalidInputError, NotFoundError
from annotary.formats.annotary_json import read_json
from annotary.formats.atomic import atomic_path
from annotary.services import articles as article_service
from annotary.services import codebook, exporting, interchange, merging
from annotary.services.project import Project

FORMATS = ("json", "w3c", "qdpx", "qdc", "csv", "xlsx")
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
    p.add_argument("-o", "--output", type=Path, metavar="FILE", help="write here (default: stdout)")
    p.add_argument(
        "--table",
        choices=("quotes", "passages"),
        default="quotes",
        help="with --format csv: quotes (default) or coded passages",
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
    p.add_argument("file", type=Path, metavar="FILE.json")
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


@contextlib.contextmanager
def atomic_text_output(path: Path | None) -> Iterator[TextIO]:
    """stdout, or a file written beside the target and renamed into place when complete."""
    if path is None:
        yield sys.stdout
        return
    with atomic_path(path) as temp, temp.open("w", encoding="utf-8", newline="\n") as fh:
        yield fh


@contextlib.contextmanager
def atomic_binary_output(path: Path | None) -> Iterator[BinaryIO]:
    if path is None:
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    with atomic_path(path) as temp, temp.open("wb") as fh:
        yield fh


def run_export(project: Project, args: argparse.Namespace) -> int:
    scope = scope_from_args(project, args)
    fmt = args.format
    if fmt in BINARY and args.output is None:
        raise InvalidInputError(f"--format {fmt} writes a file: give -o FILE")
    warnings: list[str] = []
    counts: dict[str, int] = {}
    if fmt == "json":
        with atomic_text_output(args.output) as fh:
            counts = exporting.export_json(project, fh, scope)
    elif fmt == "w3c":
        with atomic_text_output(args.output) as fh:
            counts = {
                "annotations": interchange.export_w3c(
                    project, fh, scope, collection=not args.w3c_list
                )
            }
    elif fmt == "csv":
        with atomic_binary_output(args.output) as bfh:
            counts = {args.table: interchange.export_csv(project, bfh, args.table, scope)}
    elif fmt == "qdc":
        with atomic_binary_output(args.output) as bfh:
            warnings = interchange.export_qdc(project, bfh)
    elif fmt == "qdpx":
        with atomic_path(args.output, ".qdpx") as temp:
            warnings = interchange.export_qdpx(project, temp, scope)
    else:
        with atomic_path(args.output, ".xlsx") as temp:
            interchange.export_xlsx(project, temp, scope)
    for line in warnings:
        sys.stderr.write(f"annotary: warning: {line}\n")
    if args.output is not None:
        if args.json:
            emit_json(
                {"file": str(args.output), "format": fmt, "counts": counts, "warnings": warnings}
            )
        else:
            msg = ", ".join(f"{n} {k}" for k, n in counts.items())
            print(f"exported {msg + ' ' if msg else ''}to {args.output} ({fmt})")
    return 0


def run_import_annotations(project: Project, args: argparse.Namespace) -> int:
    path: Path = args.file
    if not path.is_file():
        raise InvalidInputError(f"{path}: no such file")
    with path.open("rb") as fh:
        try:
            bundle = read_json(fh, known_ids=merging.known_ids(project))
        except InvalidInputError as exc:
            raise InvalidInputError(f"{path}: {exc}") from exc
    report = merging.merge_bundle(project, bundle).value
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
        print(report.summary())
        for line in report.conflicts:
            print(f"conflict: {line}")
        for line in report.warnings:
            print(f"warning: {line}")
    return 0
