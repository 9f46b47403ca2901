"""Bad input: command-line arguments."""

from __future__ import annotations

from pathlib import Path

from bad_input.world import World, case
from helpers import add_article

# -- arguments ---------------------------------------------------------------------------


@case("arg-unknown-article")
def _(w: World) -> list[str]:
    return w.p("annotate", "no-such-article", "--kind", "quote", "--text", "port")


@case("arg-ambiguous-title")
def _(w: World) -> list[str]:
    from annotary.services.project import open_project

    project = open_project(w.project)
    add_article(project, text="Another story about the port.", title="Port to reopen")
    project.close()
    return w.p("annotate", "Port to reopen", "--kind", "quote", "--text", "port")


@case("arg-bad-date")
def _(w: World) -> list[str]:
    return w.p("search", "port", "--from", "2024-13-45")


@case("arg-date-not-a-date")
def _(w: World) -> list[str]:
    return w.p("search", "port", "--to", "yesterday")


@case("arg-confidence-nan", subprocess=True)
def _(w: World) -> list[str]:
    return w.p("suggest", w.article, "--min-confidence", "nan")


@case("arg-confidence-inf")
def _(w: World) -> list[str]:
    return w.p("suggest", w.article, "--min-confidence", "inf")


@case("arg-confidence-negative")
def _(w: World) -> list[str]:
    return w.p("suggest", w.article, "--min-confidence", "-1")


@case("arg-confidence-above-one")
def _(w: World) -> list[str]:
    return w.p("suggest", w.article, "--min-confidence", "5", "--accept")


@case("arg-limit-negative")
def _(w: World) -> list[str]:
    return w.p("search", "port", "--limit", "-1")


@case("arg-limit-huge")
def _(w: World) -> list[str]:
    return w.p("search", "port", "--limit", "9" * 5000)


@case("arg-empty-text")
def _(w: World) -> list[str]:
    return w.p("annotate", w.article, "--kind", "quote", "--text", "")


@case("arg-text-not-in-article")
def _(w: World) -> list[str]:
    return w.p("annotate", w.article, "--kind", "quote", "--text", "words nobody wrote")


@case("arg-occurrence-out-of-range")
def _(w: World) -> list[str]:
    return w.p("annotate", w.article, "--kind", "quote", "--text", "port", "--occurrence", "99")


@case("arg-occurrence-zero")
def _(w: World) -> list[str]:
    return w.p("annotate", w.article, "--kind", "quote", "--text", "port", "--occurrence", "0")


@case("arg-unknown-format")
def _(w: World) -> list[str]:
    return w.p("export", "--format", "docx")


@case("arg-unknown-kind")
def _(w: World) -> list[str]:
    return w.p("annotate", w.article, "--kind", "headline", "--text", "port")


@case("arg-export-unknown-article")
def _(w: World) -> list[str]:
    return w.p("export", "--article", "ffffffff")


@case("arg-export-unknown-theme")
def _(w: World) -> list[str]:
    return w.p("export", "--theme", "No such theme")


@case("arg-export-binary-to-stdout")
def _(w: World) -> list[str]:
    return w.p("export", "--format", "xlsx")


@case("arg-export-into-missing-folder")
def _(w: World) -> list[str]:
    return w.p("export", "-o", str(w.work / "missing" / "out.json"))


@case("arg-export-onto-a-folder")
def _(w: World) -> list[str]:
    return w.p("export", "-o", str(w.work))


@case("arg-export-onto-the-project")
def _(w: World) -> list[str]:
    return w.p("export", "-o", str(w.project))


@case("arg-import-onto-the-project")
def _(w: World) -> list[str]:
    return w.p("import", str(w.project))


@case("arg-import-annotations-from-the-project", says="belongs to the open project")
def _(w: World) -> list[str]:
    return w.p("import-annotations", str(w.project))


@case("arg-import-qdpx-from-the-project", says="belongs to the open project")
def _(w: World) -> list[str]:
    return w.p("import-qdpx", str(w.project))


@case("arg-agreement-unknown-theme")
def _(w: World) -> list[str]:
    return w.p("agreement", "--theme", "No such theme")


@case("arg-unknown-command")
def _(w: World) -> list[str]:
    return w.p("frobnicate")


@case("arg-restore-unknown-backup")
def _(w: World) -> list[str]:
    return w.p("backups", "--restore", "no-such-backup")


@case("arg-file-name-with-nul")
def _(w: World) -> list[str]:
    return w.p("export", "-o", "out\x00.json")


@case("arg-project-name-with-nul")
def _(w: World) -> tuple[list[str], Path]:
    return ["--project", f"{w.project}\x00", "articles"], w.project


@case("arg-timeout-nan")
def _(w: World) -> list[str]:
    return w.p("import", "--url", "http://127.0.0.1:9/", "--timeout", "nan")


# -- corpus questions (quotes, passages, stats) ----------------------------------------


@case("arg-quotes-unknown-speaker", subprocess=True)
def _(w: World) -> list[str]:
    return w.p("quotes", "--speaker", "Nobody Known", "--json")


@case("arg-passages-ambiguous-theme")
def _(w: World) -> list[str]:
    from annotary.services import codebook
    from annotary.services.project import open_project

    project = open_project(w.project)
    parent = codebook.create(project, "Harbours").value
    codebook.create(project, "Ports", parent=parent.id)
    project.close()
    return w.p("passages", "--theme", "Ports")


@case("arg-stats-chart-onto-the-project")
def _(w: World) -> list[str]:
    return w.p("stats", "themes", "--by", "outlet", "--png", str(w.project))


@case("arg-stats-csv-in-a-missing-folder")
def _(w: World) -> list[str]:
    return w.p("stats", "speakers", "--by", "month", "--csv", str(w.work / "no" / "t.csv"))
