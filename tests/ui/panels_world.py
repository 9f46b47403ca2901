"""A small project for the panel and dialog tests: two articles, speakers, themes, quotes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from annotary.domain.models import Article
from annotary.formats.document import ImportedDocument
from annotary.services import annotating, codebook, importing, speakers
from annotary.services.project import Project, open_project

HARBOUR = (
    "Harbour minister Ines Valdez said on Tuesday that the container terminal "
    "would hire two hundred workers by spring. “These are jobs that stay here,” "
    "Valdez said. Union organiser Tomas Berg was less sure: “We have heard "
    "numbers like this before,” he said.\n\n"
    "The council will vote on the lease in March."
)
BORDER = (
    "Police chief Aline Moreau said patrols on the northern road would double. "
    "“Residents deserve to sleep without worry,” Moreau told reporters. "
    "Shop owners said the change was overdue."
)


@dataclass
class World:
    project: Project
    harbour: Article
    border: Article
    themes: dict[str, str]  # name -> id
    speakers: dict[str, str]  # name -> id


def _article(project: Project, title: str, text: str, outlet: str) -> Article:
    doc = ImportedDocument(
        title=title, text=text, source=text.encode("utf-8"), source_format="pasted", outlet=outlet
    )
    value = importing.store_document(project, doc).value
    assert isinstance(value, Article)
    return value


def build_world(tmp_path: Path) -> World:
    """Economy › Jobs, Security; three quotes and a passage over two articles."""
    project = open_project(tmp_path / "t.annotary", coder="amira")
    harbour = _article(project, "Terminal to hire 200", HARBOUR, outlet="Coastal Ledger")
    border = _article(project, "Patrols to double", BORDER, outlet="Northline Wire")
    annotating.annotate_text(
        project,
        harbour.id,
        "quote",
        "These are jobs that stay here,",
        speaker_name="Ines Valdez",
        theme_names=["Economy"],
        quote_type="direct",
    )
    annotating.annotate_text(
        project,
        harbour.id,
        "quote",
        "We have heard numbers like this before,",
        speaker_name="Tomas Berg",
        theme_names=["Jobs"],
        quote_type="direct",
    )
    annotating.annotate_text(
        project, harbour.id, "passage", "The council will vote", theme_names=["Jobs"]
    )
    annotating.annotate_text(
        project,
        border.id,
        "quote",
        "Residents deserve to sleep without worry,",
        speaker_name="Aline Moreau",
        theme_names=["Security"],
        quote_type="direct",
    )
    themes = {t.name: t.id for t in codebook.themes(project)}
    codebook.update(project, themes["Jobs"], parent=themes["Economy"])
    people = {s.name: s.id for s in speakers.speakers(project)}
    return World(project, harbour, border, themes, people)
