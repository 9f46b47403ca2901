"""Every export format, each a function that writes one file.

The export dialog and ``annotary export`` both use this table. A writer gets an
open Project (the window gives it one of its own, off the GUI thread), the path
of a file to fill (a temporary one, renamed into place by the caller) and the
scope; it returns a sentence saying what it wrote, warnings included.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from annotary.domain.messages import message
from annotary.formats.atomic import atomic_path
from annotary.services import exporting, interchange
from annotary.services.exporting import Scope
from annotary.services.project import Project

Writer = Callable[[Project, Path, Scope], str]
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True, slots=True)
class ExportFormat:
    key: str
    label: str
    suffix: str
    writer: Writer
    scoped: bool = True  # False: the whole codebook is written whatever the scope

    @property
    def file_filter(self) -> str:
        return f"{self.label} (*{self.suffix})"


def _kind_count(kind: str, n: int) -> str:
    count = str(n)
    if kind == "articles":
        return message("{count} articles", count=count)
    if kind == "speakers":
        return message("{count} speakers", count=count)
    if kind == "themes":
        return message("{count} themes", count=count)
    if kind == "annotations":
        return message("{count} annotations", count=count)
    return message("{count} {kind}", count=count, kind=kind)


def _listed(items: list[str]) -> str:
    """``items`` as one list ("3 articles, 2 speakers"), each item still translatable."""
    listed = items[0]
    for item in items[1:]:
        listed = message("{items}, {item}", items=listed, item=item)
    return listed


def _counted(counts: dict[str, int]) -> str:
    parts = [_kind_count(name, n) for name, n in counts.items() if isinstance(n, int)]
    return _listed(parts) if parts else message("nothing")


def _json(project: Project, path: Path, scope: Scope) -> str:
    with path.open("w", encoding="utf-8", newline="\n") as fp:
        counts = exporting.export_json(project, fp, scope)
    return _counted(counts)


def _w3c(collection: bool) -> Writer:
    def write(project: Project, path: Path, scope: Scope) -> str:
        with path.open("w", encoding="utf-8", newline="\n") as fp:
            n = interchange.export_w3c(project, fp, scope, collection=collection)
        return _kind_count("annotations", n)

    return write


def _warned(what: str, warnings: list[str]) -> str:
    if not warnings:
        return what
    first = warnings[0]
    for warning in warnings[1:3]:
        first = message("{items}; {item}", items=first, item=warning)
    if len(warnings) > 3:
        return message(
            "{what} ({count} warnings: {warnings}; …)",
            what=what,
            count=str(len(warnings)),
            warnings=first,
        )
    return message(
        "{what} ({count} warnings: {warnings})", what=what, count=str(len(warnings)), warnings=first
    )


def _qdpx(project: Project, path: Path, scope: Scope) -> str:
    return _warned(message("a REFI-QDA project"), interchange.export_qdpx(project, path, scope))


def _qdc(project: Project, path: Path, scope: Scope) -> str:
    with path.open("wb") as fp:
        warnings = interchange.export_qdc(project, fp)
    return _warned(message("the codebook"), warnings)


def _csv(table: interchange.Table, *, raw: bool = False) -> Writer:
    def write(project: Project, path: Path, scope: Scope) -> str:
        with path.open("wb") as fp:
            rows = interchange.export_csv(project, fp, table, scope, guard_formulas=not raw)
        return message("{count} rows", count=str(rows))

    return write


def _taguette(project: Project, path: Path, scope: Scope) -> str:
    with path.open("wb") as fp:
        tags = interchange.export_taguette_codebook(project, fp)
    return message("{count} tags", count=str(tags))


def _jsonl(project: Project, path: Path, scope: Scope) -> str:
    from annotary.formats.annotation_lines import write_lines
    from annotary.services import analysis

    wanted = exporting.scope_filter(project, scope)
    with path.open("w", encoding="utf-8", newline="\n") as fp:
        n = write_lines(
            (r for r in analysis.records(project) if wanted(r["article"], r["themes"])), fp
        )
    return _kind_count("annotations", n)


def _xlsx(project: Project, path: Path, scope: Scope) -> str:
    interchange.export_xlsx(project, path, scope)
    return message("a workbook with Quotes and Passages sheets")


FORMATS: tuple[ExportFormat, ...] = (
    ExportFormat("json", "Annotary JSON", ".json", _json),
    ExportFormat("w3c", "W3C Web Annotation (JSON-LD)", ".jsonld", _w3c(collection=True)),
    ExportFormat("w3c-list", "W3C Web Annotation, plain list", ".jsonld", _w3c(collection=False)),
    ExportFormat("qdpx", "REFI-QDA project", ".qdpx", _qdpx),
    ExportFormat("qdc", "REFI-QDA codebook", ".qdc", _qdc, scoped=False),
    ExportFormat("csv-quotes", "Quotes table (CSV)", ".csv", _csv("quotes")),
    ExportFormat("csv-passages", "Coded passages table (CSV)", ".csv", _csv("passages")),
    ExportFormat("xlsx", "Excel workbook", ".xlsx", _xlsx),
    ExportFormat("jsonl", "Annotations joined with articles (JSON Lines)", ".jsonl", _jsonl),
    ExportFormat("taguette", "Taguette codebook (CSV)", ".csv", _taguette, scoped=False),
)
# Only from the command line (``annotary export --format csv --raw``): cells exactly as
# they are, for R and pandas; a spreadsheet program could run a cell as a formula.
RAW_FORMATS: tuple[ExportFormat, ...] = (
    ExportFormat(
        "csv-quotes-raw", "Quotes table (CSV, unguarded)", ".csv", _csv("quotes", raw=True)
    ),
    ExportFormat(
        "csv-passages-raw",
        "Coded passages table (CSV, unguarded)",
        ".csv",
        _csv("passages", raw=True),
    ),
)


def by_key(key: str) -> ExportFormat:
    return next(f for f in (*FORMATS, *RAW_FORMATS) if f.key == key)


def write(
    fmt: ExportFormat,
    project: Project,
    target: Path,
    scope: Scope,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> str | None:
    """Write ``fmt`` to ``target`` so that it is complete or not there at all.

    Returns what was written. ``progress(done, total, item)`` hears of each step;
    when ``cancelled()`` turns true the temporary file is discarded, ``target``
    is left as it was and None is returned.
    """
    project.refuse_own_files([target], message("export onto"))
    stopped = cancelled or (lambda: False)
    tell = progress or (lambda _done, _total, _item: None)
    if stopped():
        return None
    tell(0, 2, fmt.label)
    with atomic_path(target, fmt.suffix) as temp:
        summary = fmt.writer(project, temp, scope)
        if stopped():
            temp.unlink()  # atomic_path then leaves the target untouched
            return None
        tell(1, 2, target.name)
    tell(2, 2, target.name)
    return summary
