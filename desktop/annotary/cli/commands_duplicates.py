"""annotary duplicates: near-duplicate articles (list, find, keep, hide, show, merge)."""

from __future__ import annotations

import argparse
import sys

from annotary.cli.output import echo, emit_json, short_id, table
from annotary.domain.wording import count
from annotary.services import articles as article_service
from annotary.services import duplicates
from annotary.services.project import Project


def add_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "duplicates",
        parents=[common],
        help="near-duplicate articles: list the groups, find them, keep, hide or merge",
        description="Articles whose texts are nearly the same (wire copy in several outlets) "
        "are imported and grouped. Without an option, list the groups.",
    )
    p.add_argument(
        "--scan",
        action="store_true",
        help="first look for near-duplicates among articles not yet compared",
    )
    p.add_argument(
        "--rescan",
        action="store_true",
        help="compare every article again (the choices made for groups stay)",
    )
    what = p.add_mutually_exclusive_group()
    what.add_argument("--keep", metavar="GROUP", help="keep every article of this group")
    what.add_argument(
        "--hide", metavar="GROUP", help="keep one article of this group, hide the others"
    )
    what.add_argument("--show", metavar="GROUP", help="show this group's hidden articles again")
    what.add_argument(
        "--merge",
        metavar="GROUP",
        help="merge this group into one article, moving every annotation onto it",
    )
    what.add_argument(
        "--merged",
        metavar="ARTICLE",
        help="list the articles merged into this one (where else the story ran)",
    )
    p.add_argument(
        "--into",
        metavar="ARTICLE",
        help="with --hide or --merge: the article to keep (id or id prefix; default the first)",
    )
    p.set_defaults(run=run_duplicates)


def _progress(done: int, total: int, _name: str) -> None:
    if sys.stderr.isatty():
        sys.stderr.write(f"\rcomparing articles: {done}/{total}")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()


def run_duplicates(project: Project, args: argparse.Namespace) -> int:
    if args.scan or args.rescan:
        found = duplicates.scan(project, rescan=args.rescan, progress=_progress).value
        if not args.json:
            echo(
                f"compared {count(found.signed, 'article')}: "
                f"{count(found.flagged, 'near-duplicate')} found"
            )
    if args.merged:
        return _list_merged(project, args)
    if args.merge:
        report = duplicates.merge(project, args.merge, args.into).value
        if args.json:
            emit_json(
                {
                    "kept": report.kept,
                    "merged": list(report.merged),
                    "annotations_placed": report.placed,
                    "annotations_orphaned": report.orphaned,
                }
            )
        else:
            echo(
                f"merged {count(len(report.merged), 'article')} into {short_id(report.kept)}: "
                f"{count(report.placed, 'annotation')} placed, {report.orphaned} orphaned "
                "(kept with their text)"
            )
        return 0
    changed = None
    if args.keep:
        changed = duplicates.keep_all(project, args.keep).value
    elif args.hide:
        changed = duplicates.hide_others(project, args.hide, args.into).value
    elif args.show:
        changed = duplicates.show_all(project, args.show).value
    groups = [changed] if changed is not None else duplicates.groups(project)
    if args.json:
        emit_json([g.to_json() for g in groups])
        return 0
    if not groups:
        echo("no near-duplicates" + ("" if args.scan else " (--scan compares older articles)"))
        return 0
    for g in groups:
        echo(f"group {short_id(g.id)}: {count(len(g.members), 'article')}")
        table(
            [
                [
                    short_id(m.article_id),
                    f"{m.similarity:.2f}",
                    m.state,
                    m.outlet or "",
                    m.published or "",
                    m.title,
                ]
                for m in g.members
            ]
        )
    return 0


def _list_merged(project: Project, args: argparse.Namespace) -> int:
    article = article_service.resolve(project, args.merged)
    merged = duplicates.merged_into(project, article.id)
    if args.json:
        emit_json(
            [
                {
                    "id": m.merged_id,
                    "title": m.title,
                    "outlet": m.outlet,
                    "author": m.author,
                    "published": m.published,
                    "url": m.url,
                    "source_name": m.source_name,
                    "imported_at": m.imported_at,
                    "merged_at": m.merged_at,
                }
                for m in merged
            ]
        )
        return 0
    if not merged:
        echo(f"nothing was merged into {short_id(article.id)}")
        return 0
    echo(f"also published as ({count(len(merged), 'article')} merged into {short_id(article.id)}):")
    table([[m.outlet or "", m.published or "", m.title] for m in merged])
    return 0
