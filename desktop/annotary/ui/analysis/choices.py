"""Choices: what the filter boxes and page pickers list, read from the project at once."""

from __future__ import annotations

from dataclasses import dataclass

from annotary.domain.codebook import theme_paths
from annotary.services import agreement, articles, codebook, speakers
from annotary.services.project import Project


@dataclass(frozen=True, slots=True)
class Choices:
    speaker_display: list[str]  # the speakers' names, for the list
    speaker_names: list[str]  # names and aliases, for completion
    speakers: list[tuple[str, str]]  # (name, id)
    themes: list[tuple[str, str]]  # (path, id), in codebook order
    outlets: list[str]
    languages: list[str]
    collections: list[str]
    coders: list[str]

    @classmethod
    def read(cls, project: Project) -> Choices:
        people = sorted(speakers.speakers(project), key=lambda s: s.name.casefold())
        names = {s.name: None for s in people}
        for s in people:
            names.update({alias: None for alias in s.aliases})
        summaries = articles.summaries(project)
        return cls(
            speaker_display=[s.name for s in people],
            speaker_names=list(names),
            speakers=[(s.name, s.id) for s in people],
            themes=[(path, t.id) for path, t in theme_paths(codebook.themes(project))],
            outlets=articles.outlets(project),
            languages=sorted({s.language for s in summaries if s.language}),
            collections=articles.collections(project),
            coders=agreement.coders(project),
        )
