"""Importing articles: files, folders, pasted text and (when asked) a URL."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from annotary.domain.errors import AnnotaryError, ImportFailed
from annotary.domain.models import Article, Changes, new_id, now_iso
from annotary.formats.document import (
    ImportCancelled,
    ImportedDocument,
    check_cancelled,
    shown_name,
)
from annotary.services import duplicates
from annotary.services.outcome import Outcome, combine
from annotary.services.project import Project
from annotary.storage import articles as article_store
from annotary.storage.history import Inverse

Progress = Callable[[int, int, str], None]
"""progress(done, total, current item name)"""


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(slots=True)
class ImportReport:
    imported: list[Article] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (source, existing id)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)
    cancelled: bool = False
    # (source, what to know): e.g. "encoding guessed: GB18030"; sources are shown names
    notes: list[tuple[str, str]] = field(default_factory=list)
    skipped: int = 0  # files of other types in the folders imported, left out

    def summary(self) -> str:
        parts = [f"{len(self.imported)} imported"]
        if self.notes:
            parts.append(f"{len(self.notes)} with notes")
        if self.duplicates:
            parts.append(f"{len(self.duplicates)} already in the project")
        if self.failures:
            parts.append(f"{len(self.failures)} failed")
        if self.cancelled:
            parts.append("cancelled")
        return ", ".join(parts)


def store_document(
    project: Project, doc: ImportedDocument, collections: Iterable[str] = ()
) -> Outcome[Article | str]:
    """Store one read document as a new article, in one transaction.

    Returns the new Article, or the id of the article that already has this
    text (the same content is never stored twice).
    """
    if not any(ch.isalnum() for ch in doc.text):
        # e.g. undecodable bytes that came out as U+FFFD, or only punctuation
        raise ImportFailed(doc.file_name or doc.url or doc.title, "no readable text was found")
    sha = text_sha256(doc.text)
    existing = article_store.find_by_hash(project.store, sha)
    if existing is not None:
        return Outcome(existing)
    stamp = now_iso()
    article = Article(
        id=new_id(),
        title=doc.title,
        text=doc.text,
        text_sha256=sha,
        outlet=doc.outlet,
        author=doc.author,
        published=doc.published,
        url=doc.url,
        language=doc.language,
        source_format=doc.source_format,
        imported_at=stamp,
        modified_at=stamp,
        collections=tuple(collections),
    )
    source = article_store.Source(doc.source, doc.file_name, doc.encoding)
    with project.store.write() as tx:
        article_store.insert(project.store, article, doc.layout, source)
        duplicates.flag_new_article(project, article.id, article.text)  # near-duplicates
    return Outcome(article, Changes(articles={article.id}), tx.inverse)


def import_files(
    project: Project,
    paths: Iterable[Path],
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    collections: Iterable[str] = (),
) -> Outcome[ImportReport]:
    """Import files and folders; each file is its own transaction.

    A bad file (or folder that cannot be read) is reported with its reason and
    does not stop the others; cancelling stops the file being read (``cancelled``
    is asked inside long reads too) and keeps what was imported before it.
    """
    from annotary.formats.readers import find_importable, read_file  # heavy: load on first use

    found = find_importable(paths)
    files = found.files
    project.refuse_own_files(files, "import articles")
    report = ImportReport(failures=list(found.problems), skipped=found.skipped)
    changes = Changes()
    inverses: list[Inverse] = []
    cols = tuple(collections)
    for done, path in enumerate(files):
        if cancelled is not None and cancelled():
            report.cancelled = True
            break
        shown = shown_name(path)
        if progress is not None:
            progress(done, len(files), shown_name(path.name))
        try:
            doc = read_file(path, cancelled)
            check_cancelled(cancelled)
            outcome = store_document(project, doc, cols)
        except ImportCancelled:
            report.cancelled = True
            break
        except ImportFailed as exc:
            report.failures.append((shown, exc.reason))
            continue
        except AnnotaryError as exc:
            report.failures.append((shown, str(exc)))
            continue
        except OSError as exc:
            report.failures.append((shown, exc.strerror or str(exc)))
            continue
        report.notes.extend((shown, note) for note in doc.notes)
        if isinstance(outcome.value, str):
            report.duplicates.append((shown, outcome.value))
        else:
            report.imported.append(outcome.value)
            changes.merge(outcome.changes)
            inverses.append(outcome.undo)
    if progress is not None and not report.cancelled:
        progress(len(files), len(files), "")
    return Outcome(report, changes, combine(inverses))


def import_pasted(project: Project, text: str, title: str | None = None) -> Outcome[Article | str]:
    from annotary.formats.readers import read_pasted

    return store_document(project, read_pasted(text, title))


def import_url(
    project: Project, url: str, *, deadline: float | None = None
) -> Outcome[Article | str]:
    """Fetch a page the user asked for (the only network access) and store it.

    ``deadline``: seconds the whole fetch may take (default: the fetcher's).
    """
    from annotary.formats.readers import fetch_url

    if deadline is None:
        return store_document(project, fetch_url(url))
    return store_document(project, fetch_url(url, deadline=deadline))
