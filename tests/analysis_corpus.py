"""A small invented corpus for the corpus-wide views: articles from three outlets over
three months, in English and Chinese, with speakers known by aliases, a codebook
with sub-themes, direct and reported quotes, passages and speaker mentions."""

from __future__ import annotations

from dataclasses import dataclass, field

from annotary.domain.models import Article
from annotary.services import annotating, codebook, speakers
from annotary.services.project import Project
from helpers import add_article

PORT = (
    "Tianjin will reopen its container port on Monday, the city said.\n\n"
    "“We are ready to welcome the ships again,” said Li Hongzhong, the Party secretary "
    "of Tianjin. Li added that exports would recover by summer.\n\n"
    "Maria Okafor, a spokeswoman for the dockworkers' union, said wages had not kept up. "
    "“This is a promise we have heard before,” Okafor said."
)
FERRY = (
    "The ferry line to the islands will stop in winter.\n\n"
    "The Party secretary of Tianjin said the harbour would still handle trade. "
    "“Jobs on the docks are safe,” Li said.\n\n"
    "Residents worry about the flood defences along the river."
)
LEVEE = (
    "港口管理局表示，防洪堤将在雨季前完工。\n\n"
    "李鸿忠说：“我们已经准备好了。”他还表示，出口将在夏季恢复。\n\n"
    "居民担心河边的防洪设施。"
)
UNION = (
    "Dockworkers voted to strike over pay.\n\n"
    "“We will not work for less,” said Maria Okafor. Okafor said talks could resume.\n\n"
    "The port authority said the strike would hurt exports."
)


@dataclass
class Corpus:
    articles: dict[str, Article] = field(default_factory=dict)
    speakers: dict[str, str] = field(default_factory=dict)  # name -> id
    themes: dict[str, str] = field(default_factory=dict)  # name -> id


def build(project: Project) -> Corpus:
    c = Corpus()
    c.articles["port"] = add_article(
        project,
        PORT,
        title="Port to reopen",
        outlet="Harbour Daily",
        published="2024-01-15",
        language="en",
    )
    c.articles["ferry"] = add_article(
        project,
        FERRY,
        title="Ferries stop for winter",
        outlet="Coast Post",
        published="2024-03-02",
        language="en",
    )
    c.articles["levee"] = add_article(
        project,
        LEVEE,
        title="防洪堤将完工",
        outlet="江城日报",
        published="2024-03-20",
        language="zh",
    )
    c.articles["union"] = add_article(
        project,
        UNION,
        title="Dockworkers strike",
        outlet="harbour daily",
        language="en",
    )
    li = speakers.create(
        project,
        "Li Hongzhong",
        role="Party secretary",
        affiliation="Tianjin committee",
        aliases=("Li", "the Party secretary of Tianjin", "李鸿忠"),
    ).value
    okafor = speakers.create(
        project,
        "Maria Okafor",
        role="spokeswoman",
        affiliation="Dockworkers' union",
        aliases=("Okafor",),
    ).value
    silent = speakers.create(project, "Chen Wei", role="mayor").value
    c.speakers = {"li": li.id, "okafor": okafor.id, "silent": silent.id}
    economy = codebook.create(project, "Economy").value
    trade = codebook.create(project, "Trade", parent=economy.id).value
    jobs = codebook.create(project, "Jobs", parent=economy.id).value
    env = codebook.create(project, "Environment").value
    unused = codebook.create(project, "Tourism").value
    c.themes = {
        "economy": economy.id,
        "trade": trade.id,
        "jobs": jobs.id,
        "env": env.id,
        "unused": unused.id,
    }

    def mark(key: str, kind: str, exact: str, **kw: object) -> None:
        article = c.articles[key]
        start, end = annotating.find_occurrence(article.text, exact)
        annotating.create(project, article.id, kind, start, end, **kw)  # type: ignore[arg-type]

    mark(
        "port",
        "quote",
        "We are ready to welcome the ships again",
        speaker=li.id,
        themes=[trade.id],
        quote_type="direct",
        note="opening line",
    )
    mark(
        "port",
        "quote",
        "exports would recover by summer",
        speaker=li.id,
        themes=[trade.id, economy.id],
        quote_type="indirect",
    )
    mark("port", "speaker", "the Party secretary of Tianjin", speaker=li.id)
    mark(
        "port",
        "quote",
        "wages had not kept up",
        speaker=okafor.id,
        themes=[jobs.id],
        quote_type="indirect",
    )
    mark(
        "port",
        "quote",
        "This is a promise we have heard before",
        speaker=okafor.id,
        themes=[jobs.id, trade.id],
        quote_type="direct",
    )
    mark("port", "passage", "Tianjin will reopen its container port", themes=[trade.id])
    mark("ferry", "speaker", "The Party secretary of Tianjin", speaker=li.id)
    mark(
        "ferry",
        "quote",
        "the harbour would still handle trade",
        speaker=li.id,
        themes=[trade.id],
        quote_type="indirect",
    )
    mark(
        "ferry",
        "quote",
        "Jobs on the docks are safe",
        speaker=li.id,
        themes=[jobs.id],
        quote_type="direct",
    )
    mark(
        "ferry",
        "passage",
        "flood defences along the river",
        themes=[env.id],
        note="levee follow-up",
    )
    mark(
        "levee", "quote", "我们已经准备好了", speaker=li.id, themes=[trade.id], quote_type="direct"
    )
    mark(
        "levee",
        "quote",
        "出口将在夏季恢复",
        speaker=li.id,
        themes=[trade.id, env.id],
        quote_type="indirect",
    )
    mark("levee", "passage", "防洪堤将在雨季前完工", themes=[env.id])
    mark(
        "union",
        "quote",
        "We will not work for less",
        speaker=okafor.id,
        themes=[jobs.id],
        quote_type="direct",
    )
    mark("union", "passage", "Dockworkers voted to strike over pay", themes=[jobs.id])
    mark("union", "passage", "the strike would hurt exports", themes=[trade.id, jobs.id])
    return c
