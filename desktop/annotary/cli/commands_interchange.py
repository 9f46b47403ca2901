"""annotary import-qdpx | agreement."""

from __future__ import annotations

import argparse
from pathlib import Path

from annotary.cli.arguments import file_path
from annotary.cli.output import echo, emit_json, table
from annotary.domain.errors import InvalidInputError, NotFoundError
from annotary.services import agreement, codebook, interchange
from annotary.services.project import Project


def add_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "import-qdpx", parents=[common], help="merge a REFI-QDA project (.qdpx) or codebook (.qdc)"
    )
    p.add_argument("file", type=file_path, metavar="FILE")
    p.set_defaults(run=run_import_qdpx)

    p = sub.add_parser(
        "agreement",
        parents=[common],
        help="compare coders: percent agreement, Cohen's kappa, Krippendorff's alpha",
    )
    p.add_argument(
        "--coder",
        action="append",
        metavar="NAME",
        help="a coder to compare (default: all); repeatable",
    )
    p.add_argument("--theme", action="append", metavar="NAME", help="limit to this theme")
    p.add_argument("--csv", type=file_path, metavar="FILE", help="also write the table as CSV")
    p.add_argument("--html", type=file_path, metavar="FILE", help="also write the table as HTML")
    p.set_defaults(run=run_agreement)


def run_import_qdpx(project: Project, args: argparse.Namespace) -> int:
    path: Path = args.file
    if not path.is_file():
        raise InvalidInputError(f"{path}: no such file")
    if path.suffix.lower() == ".qdc":
        report = interchange.import_qdc(project, path).value
    else:
        report = interchange.import_qdpx(project, path).value
    if args.json:
        emit_json(
            {
                "added": report.added,
                "recognised": report.recognised,
                "conflicts": report.conflicts,
                "warnings": report.warnings,
            }
        )
        return 0
    echo(report.summary())
    for line in report.warnings:
        echo(f"skipped: {line}")
    for line in report.conflicts:
        echo(f"conflict: {line}")
    return 0


def _fmt(value: float | None, percent: bool = False) -> str:
    if value is None:
        return "n/a"
    return f"{value * 100:.1f}%" if percent else f"{value:.3f}"


def run_agreement(project: Project, args: argparse.Namespace) -> int:
    theme_ids = None
    if args.theme:
        theme_ids = []
        for name in args.theme:
            found = [t.id for t in codebook.themes(project) if t.name.casefold() == name.casefold()]
            if not found:
                raise NotFoundError(f"no theme named {name!r}")
            theme_ids.extend(found)
    result = agreement.compare_coders(project, args.coder, theme_ids)
    for path, kind in ((args.csv, "csv"), (args.html, "html")):
        if path is not None:
            agreement.write_report(result, path, kind)
    if args.json:
        emit_json(
            {
                "coders": list(result.coders),
                "articles": list(result.articles),
                "rows": [
                    {
                        "label": r.label,
                        "category": r.category,
                        "units": r.units,
                        "percent": r.percent,
                        "kappa": r.kappa,
                        "alpha": r.alpha,
                    }
                    for r in result.rows
                ],
            }
        )
        return 0
    echo(agreement.title(result))
    rows = [["", "UNITS", "AGREEMENT", "KAPPA", "ALPHA"]]
    rows += [
        [r.label, str(r.units), _fmt(r.percent, True), _fmt(r.kappa), _fmt(r.alpha)]
        for r in result.rows
    ]
    table(rows)
    return 0
