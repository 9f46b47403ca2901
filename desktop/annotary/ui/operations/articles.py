"""Operations on articles: import (files, pasted text, a web page), metadata, read, delete."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from annotary.domain.models import Article
from annotary.services import articles, importing
from annotary.services.importing import ImportReport
from annotary.services.outcome import Outcome
from annotary.services.project import Project
from annotary.ui.operations.operation import Operation, edit


def import_files(
    paths: Sequence[Path], collections: Sequence[str] = (), *, epub_chapters: bool = False
) -> Operation[ImportReport]:
    """Import files and folders off the GUI thread, with progress and Cancel
    (``epub_chapters``: each chapter of an EPUB book an article of its own).

    Each file is its own transaction inside the service; the window gets one
    Outcome back and makes it one undo step. A cancel keeps what was imported.
    """
    chosen, groups = list(paths), tuple(collections)

    def job(
        p: Project, progress: importing.Progress, cancelled: Callable[[], bool]
    ) -> Outcome[ImportReport]:
        files = [0, 0]  # done, total: the label inside a file keeps them

        def on_file(done: int, total: int, name: str) -> None:
            files[:] = [done, total]
            progress(done, total, name)

        def on_reading(name: str, count: int, _fraction: float) -> None:
            label = (
                QCoreApplication.translate("ImportProgress", "{0}: one article read").format(name)
                if count == 1
                else QCoreApplication.translate("ImportProgress", "{0}: {1} articles read").format(
                    name, count
                )
            )
            progress(files[0], files[1], label)

        return importing.import_files(
            p,
            chosen,
            progress=on_file,
            cancelled=cancelled,
            collections=groups,
            reading=on_reading,
            epub_chapters=epub_chapters,
        )

    return (
        Operation(QCoreApplication.translate("Articles", "Import articles"), job)
        .in_background(QCoreApplication.translate("Articles", "Importing"))
        .named_by(_imported)
    )


def _imported(report: ImportReport) -> str:
    n = len(report.imported)
    if n == 1:
        return QCoreApplication.translate("Operations", "Import 1 article")
    return QCoreApplication.translate("Operations", "Import {0} articles").format(n)


def paste(body: str, title: str | None) -> Operation[Article | str]:
    """Make an article of pasted text (its id, if that text is already in the project)."""
    return edit(
        QCoreApplication.translate("Articles", "Paste article"),
        lambda p: importing.import_pasted(p, body, title),
    )


def import_url(url: str) -> Operation[Article | str]:
    """Fetch a web page (uses the network) off the GUI thread and store it as an article."""
    return edit(
        QCoreApplication.translate("Articles", "Import web page"),
        lambda p: importing.import_url(p, url),
    ).in_background(QCoreApplication.translate("Articles", "Fetching the page"))


def update_metadata(article_id: str, field: str, value: Any, label: str) -> Operation[Article]:
    return edit(
        QCoreApplication.translate("Operations", "Edit {0}").format(label),
        lambda p: articles.update_metadata(p, article_id, **{field: value}),
    )


def mark_read(article_id: str, read: bool = True) -> Operation[None]:
    return edit(
        QCoreApplication.translate("Operations", "Mark read")
        if read
        else QCoreApplication.translate("Operations", "Mark unread"),
        lambda p: articles.mark_read(p, article_id, read),
    )


def mark_scrolled_through(article_id: str) -> Operation[None]:
    """Reading to the end marks an article read: no undo step, no message if busy."""
    return mark_read(article_id).quietly()


def save_reading_position(article_id: str, position: float) -> Operation[None]:
    """Remember where the user is (not an undoable edit; a busy project is not worth a word)."""

    def call(project: Project) -> Outcome[None]:
        articles.set_reading_position(project, article_id, position)
        return Outcome(None)

    return edit(QCoreApplication.translate("Articles", "Save reading position"), call).quietly()


def delete(article_ids: Sequence[str]) -> Operation[int]:
    ids = list(article_ids)
    text = (
        QCoreApplication.translate("Operations", "Delete article")
        if len(ids) == 1
        else QCoreApplication.translate("Operations", "Delete {0} articles").format(len(ids))
    )
    return edit(text, lambda p: articles.delete(p, ids))
