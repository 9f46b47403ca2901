"""Shared builders for the REFI-QDA tests: a small fictional project and schema checks.

Holds no tests itself; the other test_refiqda_* modules import from it.
"""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

from lxml import etree

from annotary.domain.models import Annotation, Article, Bundle, Speaker, Theme

A1 = "0b6f7c1e-3f1a-4c55-9d7e-1a2b3c4d5e01"
A2 = "0b6f7c1e-3f1a-4c55-9d7e-1a2b3c4d5e02"
A3 = "0b6f7c1e-3f1a-4c55-9d7e-1a2b3c4d5e03"
S_HALE = "5d0c9a8e-77b2-4f0e-a3c1-6e5f4d3c2b01"
S_OKORO = "5d0c9a8e-77b2-4f0e-a3c1-6e5f4d3c2b02"
S_BRANDT = "5d0c9a8e-77b2-4f0e-a3c1-6e5f4d3c2b03"
T_ECON = "9e8d7c6b-5a49-4e38-b271-605f4e3d2c01"
T_JOBS = "9e8d7c6b-5a49-4e38-b271-605f4e3d2c02"
T_PRICES = "9e8d7c6b-5a49-4e38-b271-605f4e3d2c03"
T_ENERGY = "9e8d7c6b-5a49-4e38-b271-605f4e3d2c04"
T_TRUST = "9e8d7c6b-5a49-4e38-b271-605f4e3d2c05"

TEXT1 = (
    "Port city council backs night-time ferry plan\n"
    "\n"
    "The council of Ostmark voted 31 to 12 on Thursday to fund a night-time ferry "
    "between the old harbour and the university quarter.\n"
    "\n"
    "“This is the cheapest way to move students and shift workers after midnight,” "
    "said Mayor Irene Hale, who proposed the plan in March.\n"
    "\n"
    "Opposition leader Daniel Okoro said the council had ignored the rising cost of "
    "diesel and would have to raise fares within a year.\n"
    "\n"
    "Hale told reporters the first boats would sail in September. 🚢 Ticket prices "
    "have not been set."
)
TEXT2 = (
    "Les syndicats réclament une hausse des salaires\n"
    "\n"
    "« Les prix de l’énergie ont doublé, nos salaires non », a déclaré Marta Brandt, "
    "secrétaire du syndicat des dockers, lors d’un rassemblement devant la mairie.\n"
    "\n"
    "Selon elle, plus de 400 familles ont demandé une aide au chauffage cet hiver."
)
TEXT3 = "Weather: a calm week ahead for the coast, with light winds and mild nights."


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def annotation(
    ident: str, article: str, text: str, needle: str, kind: str = "passage", **extra: object
) -> Annotation:
    start, end = span(text, needle)
    fields: dict[str, object] = {
        "id": ident,
        "article": article,
        "kind": kind,
        "start": start,
        "end": end,
        "exact": needle,
        "prefix": text[max(0, start - 32) : start],
        "suffix": text[end : end + 32],
        "created": "2024-05-02T09:15:00.000Z",
        "modified": "2024-05-02T09:15:00.000Z",
    }
    fields.update(extra)
    return Annotation(**fields)  # type: ignore[arg-type]


def sample_bundle() -> Bundle:
    articles = [
        Article(
            id=A1,
            title="Port city council backs night-time ferry plan",
            text=TEXT1,
            text_sha256=sha(TEXT1),
            outlet="Ostmark Courier",
            author="Jonas Felder",
            published="2024-04-18",
            url="https://courier.example/ostmark/ferry-plan",
            language="en",
            imported_at="2024-05-01T08:00:00.000Z",
            modified_at="2024-05-01T08:00:00.000Z",
        ),
        Article(
            id=A2,
            title="Les syndicats réclament une hausse des salaires",
            text=TEXT2,
            text_sha256=sha(TEXT2),
            outlet="La Voix du Port",
            published="2024-02-09",
            language="fr",
        ),
        Article(id=A3, title="Coastal weather", text=TEXT3, text_sha256=sha(TEXT3)),
    ]
    speakers = [
        Speaker(
            id=S_HALE,
            name="Irene Hale",
            role="Mayor",
            affiliation="Ostmark City Council",
            aliases=("Mayor Hale", "Hale"),
        ),
        Speaker(id=S_OKORO, name="Daniel Okoro", role="Opposition leader"),
        Speaker(
            id=S_BRANDT,
            name="Marta Brandt",
            role="Secretary: dockers' union",
            affiliation="Syndicat des dockers",
        ),
    ]
    themes = [
        Theme(id=T_ECON, name="Economy", color="#4e79a7", description="Money matters."),
        Theme(id=T_JOBS, name="Jobs & wages", parent=T_ECON, color="#f28e2b", position=0),
        Theme(
            id=T_PRICES,
            name="Prices",
            parent=T_ECON,
            color="#E15759",
            description="Costs to households:\nrent, fares, heating.",
            position=1,
        ),
        Theme(id=T_ENERGY, name="Energy", parent=T_PRICES, color="#76b7b2"),
        Theme(id=T_TRUST, name="Trust in institutions", color="#59a14f", position=1),
    ]
    annotations = [
        annotation(
            "c1a0e6f2-1111-4a1b-8c1d-000000000001",
            A1,
            TEXT1,
            "This is the cheapest way to move students and shift workers after midnight,",
            "quote",
            quote_type="direct",
            speaker=S_HALE,
            themes=(T_PRICES,),
            note="Framing as cost saving.",
            coder="Ana Ruiz",
        ),
        annotation(
            "c1a0e6f2-1111-4a1b-8c1d-000000000002",
            A1,
            TEXT1,
            "the council had ignored the rising cost of diesel and would have to raise "
            "fares within a year",
            "quote",
            quote_type="indirect",
            speaker=S_OKORO,
            themes=(T_ENERGY, T_TRUST),
            coder="Ben Sato",
            modified="2024-05-03T10:00:00.000Z",
        ),
        annotation(
            "c1a0e6f2-1111-4a1b-8c1d-000000000003",
            A1,
            TEXT1,
            "Mayor Irene Hale",
            "speaker",
            speaker=S_HALE,
            coder="Ana Ruiz",
        ),
        annotation(
            "c1a0e6f2-1111-4a1b-8c1d-000000000004",
            A1,
            TEXT1,
            "🚢 Ticket prices have not been set.",
            themes=(T_PRICES,),
            note="Open question.\nFollow up in September.",
        ),
        annotation(
            "c1a0e6f2-1111-4a1b-8c1d-000000000005",
            A1,
            TEXT1,
            "the first boats would sail in September",
            "quote",
            speaker=S_HALE,
        ),
        annotation(
            "c1a0e6f2-1111-4a1b-8c1d-000000000006",
            A2,
            TEXT2,
            "Les prix de l’énergie ont doublé, nos salaires non",
            "quote",
            quote_type="direct",
            speaker=S_BRANDT,
            themes=(T_JOBS, T_ENERGY),
            coder="Ana Ruiz",
        ),
        annotation(
            "c1a0e6f2-1111-4a1b-8c1d-000000000007",
            A2,
            TEXT2,
            "plus de 400 familles ont demandé une aide au chauffage",
            themes=(T_ENERGY,),
            coder="Ben Sato",
        ),
    ]
    return Bundle(articles=articles, speakers=speakers, themes=themes, annotations=annotations)


def schema(specs: Path, name: str) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(specs / "refi-qda" / name)))


def qde_of(path: Path) -> etree._Element:
    with zipfile.ZipFile(path) as zf:
        return etree.fromstring(zf.read("project.qde"))


def assert_valid(xsd: etree.XMLSchema, doc: etree._Element) -> None:
    if not xsd.validate(doc):
        raise AssertionError("\n".join(str(e) for e in xsd.error_log))
