"""Importing articles: files, folders, pasted text and (when asked) a URL."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from annotary.domain.errors import AnnotaryError, ImportFailed
from annotary.domain.messages import message
from annotary.domain.models import Article, Changes, new_id, now_iso
from annotary.formats.document import (
    DocumentFailure,
    ImportCancelled,
    ImportedDocument,
    check_cancelled,
    shown_name,
)
from annotary.formats.file_kinds import SUPPORTED_SUFFIXES
from annotary.services import duplicates
from annotary.services.outcome import Outcome, combine
from annotary.services.project import Project
from annotary.storage import articles as article_store
from annotary.storage.history import Inverse

Progress = Callable[[int, int, str], None]
"""progress(done, total, current item name)"""

Reading = Callable[[str, int, float], None]
"""reading(file name, documents read so far, fraction of the file read): inside one file"""

# The suffixes of the files an import reads as articles (the window's file dialog).
IMPORTABLE_SUFFIXES: tuple[str, ...] = SUPPORTED_SUFFIXES


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
        raise ImportFailed(
            doc.file_name or doc.url or doc.title, message("no readable text was found")
        )
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
        collections=tuple(dict.fromkeys(collections)),
        section=doc.section,
        page=doc.page,
        length=doc.length,
        source_database=doc.source_database,
        source_id=doc.source_id,
        export_file=doc.export_file,
    )
    source = article_store.Source(doc.source, doc.file_name, doc.encoding)
    with project.store.write() as tx:
        article_store.insert(project.store, article, doc.layout, source)
        duplicates.flag_new_article(project, article.id, article.text)  # near-duplicates
    return Outcome(article, Changes(articles={article.id}), tx.inverse)


def batch_collection(path: Path, roots: Sequence[Path]) -> str:
    """The collection a file's articles join: the folder it was found in, as the user
    named it, or the file itself when it was named on its own."""
    for root in roots:
        if root.is_dir() and (path == root or root in path.parents):
            return shown_name(root.resolve().name or str(root))
    return shown_name(path.name)


BATCH_ARTICLES = 200
BATCH_CHARS = 8_000_000
MAX_BAD_DOCUMENTS = 1_000  # in one file: past this, the file is not read further


@dataclass(slots=True)
class _FileImport:
    """Importing the documents of one file.

    Documents are read one at a time and stored in batches (one transaction per
    batch of up to BATCH_ARTICLES articles or BATCH_CHARS characters, so a large
    export is not paced by the disk's commits). A cancel or a failure stores
    the batch read so far and stops there.
    """

    project: Project
    path: Path
    collections: tuple[str, ...]
    report: ImportReport
    cancelled: Callable[[], bool] | None
    on_stored: Callable[[Article], None] | None
    changes: Changes = field(default_factory=Changes)
    inverses: list[Inverse] = field(default_factory=list)
    pending: list[tuple[str, ImportedDocument]] = field(default_factory=list)
    pending_chars: int = 0

    def run(
        self, documents: Iterator[ImportedDocument | DocumentFailure], reading: Reading | None
    ) -> None:
        shown = shown_name(self.path)
        name = shown_name(self.path.name)
        size = max(_size(self.path), 1)
        read = bad = 0
        try:
            for count, item in enumerate(documents, start=1):
                check_cancelled(self.cancelled)
                if isinstance(item, DocumentFailure):
                    bad += 1
                    if bad > MAX_BAD_DOCUMENTS:
                        raise ImportFailed(
                            shown,
                            message(
                                "more than {count} of its documents cannot be read; "
                                "the rest of the file was not read",
                                count=f"{MAX_BAD_DOCUMENTS:,}",
                            ),
                        )
                    self.report.failures.append((f"{shown}, document {item.number}", item.reason))
                    continue
                read += len(item.source)
                if item.export_file is None:
                    item = replace(item, export_file=name)  # the file every article came from
                where = f"{shown}, document {count}" if item.source_database else shown
                self.pending.append((where, item))
                self.pending_chars += len(item.text)
                if len(self.pending) >= BATCH_ARTICLES or self.pending_chars >= BATCH_CHARS:
                    self.flush()
                if reading is not None:
                    reading(name, count, min(read / size, 1.0))
        finally:
            self.flush()

    def flush(self) -> None:
        """Store the documents read so far, in one transaction."""
        batch, self.pending, self.pending_chars = self.pending, [], 0
        if not batch:
            return
        stored: list[Article] = []
        with self.project.store.write() as tx:
            for where, doc in batch:
                try:
                    outcome = store_document(self.project, doc, self.collections)
                except ImportFailed as exc:
                    self.report.failures.append((where, exc.reason))
                    continue
                self.report.notes.extend((where, note) for note in doc.notes)
                if isinstance(outcome.value, str):
                    self.report.duplicates.append((where, outcome.value))
                else:
                    stored.append(outcome.value)
                    self.changes.merge(outcome.changes)
        self.inverses.append(tx.inverse)
        self.report.imported.extend(stored)
        if self.on_stored is not None:
            for article in stored:
                # The one place every article an import stores passes through.
                self.on_stored(article)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def import_files(
    project: Project,
    paths: Iterable[Path],
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    collections: Iterable[str] = (),
    batch_collections: bool = True,
    epub_chapters: bool = False,
    reading: Reading | None = None,
    on_stored: Callable[[Article], None] | None = None,
) -> Outcome[ImportReport]:
    """Import files and folders; a file's articles are stored in batches.

    A file may hold many articles (a news-database export): each is stored as it
    is read. A bad file (or folder that cannot be read) or a bad document in an
    export is reported with its reason and does not stop the others; cancelling
    stops inside the file being read (``cancelled`` is asked between its
    documents and inside long reads) and keeps what was imported before.

    ``batch_collections``: each file's articles also join a collection named after
    the folder it was found in, or after the file when it was named on its own.
    ``epub_chapters``: each chapter of an EPUB book is an article of its own.
    ``reading(file name, documents read, fraction of the file read)`` follows
    the reading of each file; ``on_stored(article)`` is called after each new
    article is stored.
    """
    from annotary.formats.readers import (  # heavy: load on first use
        ReadOptions,
        find_importable,
        read_documents,
    )

    roots = [Path(p) for p in paths]
    found = find_importable(roots)
    files = found.files
    project.refuse_own_files(files, message("import articles"))
    report = ImportReport(failures=list(found.problems), skipped=found.skipped)
    options = ReadOptions(epub_chapters=epub_chapters)
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
        batch = (batch_collection(path, roots),) if batch_collections else ()
        job = _FileImport(project, path, cols + batch, report, cancelled, on_stored)
        try:
            job.run(read_documents(path, cancelled, options), reading)
        except ImportCancelled:
            report.cancelled = True
        except ImportFailed as exc:
            report.failures.append((shown, exc.reason))
        except AnnotaryError as exc:
            report.failures.append((shown, exc.message))
        except OSError as exc:
            report.failures.append((shown, exc.strerror or str(exc)))
        changes.merge(job.changes)
        inverses.extend(job.inverses)
        if report.cancelled:
            break
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
