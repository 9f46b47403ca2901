"""annotary annotate."""

from __future__ import annotations

import argparse

from annotary.cli.arguments import whole_number
from annotary.cli.output import echo, emit_json, short_id
from annotary.domain.models import KINDS, QUOTE_TYPES
from annotary.services import annotating
from annotary.services import articles as article_service
from annotary.services.project import Project


def add_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("annotate", parents=[common], help="annotate a span of an article")
    p.add_argument("article", metavar="ARTICLE", help="article id, id prefix or title")
    p.add_argument("--kind", required=True, choices=KINDS)
    p.add_argument("--text", required=True, metavar="EXACT", help="the exact text to annotate")
    p.add_argument(
        "--occurrence",
        type=whole_number(1, 1_000_000),
        default=1,
        metavar="N",
        help="annotate the N-th occurrence of the text (default 1)",
    )
    p.add_argument(
        "--then",
        action="append",
        default=[],
        metavar="EXACT",
        help="another part of the same annotation (a quote split around its attribution): "
        "the first occurrence after the part before; repeatable",
    )
    p.add_argument("--speaker", metavar="NAME", help="speaker name or alias (created if new)")
    p.add_argument(
        "--theme",
        action="append",
        default=[],
        metavar="NAME",
        help="theme name (created if new); repeatable",
    )
    p.add_argument("--note")
    p.add_argument("--quote-type", choices=QUOTE_TYPES)
    p.set_defaults(run=run_annotate)


def run_annotate(project: Project, args: argparse.Namespace) -> int:
    article = article_service.resolve(project, args.article)
    outcome = annotating.annotate_text(
        project,
        article.id,
        args.kind,
        args.text,
        occurrence=args.occurrence,
        speaker_name=args.speaker,
        theme_names=args.theme,
        note=args.note,
        quote_type=args.quote_type,
        then=args.then,
    )
    if args.json:
        emit_json(annotating.as_json(outcome.value))
    else:
        a = outcome.value
        echo(f"annotated {a.kind} {short_id(a.id)} at {a.start}-{a.end} in {article.title!r}")
    return 0
