"""Shared builders for tests: projects with articles, without going through files."""

from __future__ import annotations

from pathlib import Path

from annotary.domain.models import Article
from annotary.formats.document import ImportedDocument
from annotary.services import importing
from annotary.services.project import Project, open_project

REPORT = (
    "Minister Li Hongzhong said on Monday that the port would reopen. "
    "“We are ready to welcome the ships again,” Li said. "
    "The harbour authority said repairs were complete.\n\n"
    "Critics were not convinced. “This is a promise we have heard before,” "
    "said Maria Okafor, a spokeswoman for the dockworkers' union.\n\n"
    "港口管理局表示，港口将于周一重新开放。李红中说：“我们已经准备好了。”"
)


def new_project(tmp_path: Path, name: str = "test.annotary", coder: str = "amira") -> Project:
    return open_project(tmp_path / name, coder=coder)


def add_article(
    project: Project, text: str = REPORT, title: str = "Port to reopen", **meta: str
) -> Article:
    doc = ImportedDocument(
        title=title, text=text, source=text.encode("utf-8"), source_format="pasted", **meta
    )
    value = importing.store_document(project, doc).value
    assert isinstance(value, Article)
    return value


class NetworkBlocked(AssertionError):
    """Raised when a test tries to reach anything but the loopback address."""
