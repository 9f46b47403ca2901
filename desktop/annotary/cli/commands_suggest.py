"""annotary suggest."""

from __future__ import annotations

import argparse

from annotary.cli.arguments import probability
from annotary.cli.output import echo, emit_json, short_id
from annotary.domain.wording import count
from annotary.services import articles as article_service
from annotary.services import suggesting
from annotary.services.project import Project


def add_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "suggest",
        parents=[common],
        help="suggest quotes and their speakers in an article (offline)",
    )
    p.add_argument("article", metavar="ARTICLE", help="article id, id prefix or title")
    p.add_argument("--accept", action="store_true", help="store the suggestions as annotations")
    p.add_argument(
        "--min-confidence",
        type=probability,
        default=0.0,
        metavar="X",
        help="only suggestions at least this confident (0-1)",
    )
    p.set_defaults(run=run_suggest)


def run_suggest(project: Project, args: argparse.Namespace) -> int:
    article = article_service.resolve(project, args.article)
    found = suggesting.suggest(project, article.id, args.min_confidence)
    accepted = []
    if args.accept and found:
        accepted = suggesting.accept(project, article.id, found).value
    if args.json:
        emit_json([s.to_json() for s in found])
        return 0
    for s in found:
        who = s.speaker or "unknown speaker"
        cue = f" ({s.cue.text})" if s.cue else ""
        echo(f"{s.confidence:.2f}  {s.quote_type:<8}  {who}{cue}: {s.exact[:80]!r}")
    if args.accept:
        echo(f"accepted {count(len(accepted), 'suggestion')} as quotes in {short_id(article.id)}")
    else:
        echo(f"{count(len(found), 'suggestion')}; --accept stores them")
    return 0
