"""News-database exports split into articles, with each field of their metadata."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotary.formats.document import DocumentFailure, ImportedDocument
from annotary.formats.readers import read_documents

NEWS = Path(__file__).parent / "fixtures" / "news"
BOILERPLATE = (
    "DOCUMENTS",
    "BYLINE",
    "SECTION:",
    "LENGTH:",
    "LOAD-DATE",
    "LANGUAGE:",
    "PUBLICATION-TYPE",
    "Copyright",
    "All Rights Reserved",
    "Download Request",
    "words",
    "Document ",
    "Final Edition",
)


def _read(name: str) -> tuple[list[ImportedDocument], list[DocumentFailure]]:
    docs: list[ImportedDocument] = []
    failures: list[DocumentFailure] = []
    for item in read_documents(NEWS / name):
        (failures if isinstance(item, DocumentFailure) else docs).append(item)  # type: ignore[arg-type]
    return docs, failures


def _no_boilerplate(docs: list[ImportedDocument]) -> None:
    for doc in docs:
        for word in BOILERPLATE:
            assert word not in doc.text, (doc.title, word)


@pytest.mark.parametrize("name", ["nexis-harbour.txt", "nexis-harbour.rtf"])
def test_nexis_export_is_split_into_articles_with_their_fields(name: str) -> None:
    docs, failures = _read(name)
    assert len(docs) == 4 and [f.number for f in failures] == [4]
    assert "date line" in failures[0].reason
    first, german, headline_only, duplicate = docs
    assert first.title == "Council backs the harbour plan after a long night"
    assert (first.outlet, first.author, first.published) == (
        "The Riverton Ledger",
        "Maria Okafor",
        "2025-03-03",
    )
    assert (first.section, first.page, first.length) == ("NATIONAL", "12", "143 words")
    assert (first.language, first.source_database, first.export_file) == ("en", "Nexis", name)
    assert first.text.startswith("The Riverton council voted seven to two")
    # Lines of a paragraph are joined; paragraphs stay apart.
    assert "shortly after midnight" in first.text and first.text.count("\n\n") == 2
    assert (german.language, german.published, german.section, german.page) == (
        "de",
        "2025-03-03",
        "LOKALES",
        "3",
    )
    assert german.author is None and german.outlet == "Dunmore Gazette"
    assert headline_only.text == headline_only.title == "Ferry timetable to change in April"
    assert duplicate.text == first.text
    _no_boilerplate(docs)


def test_each_nexis_article_keeps_its_own_slice_of_the_file_as_source() -> None:
    docs, _ = _read("nexis-harbour.txt")
    whole = (NEWS / "nexis-harbour.txt").stat().st_size
    for doc in docs:
        assert len(doc.source) < whole / 2
        assert doc.title.split()[0].encode() in doc.source
    assert b"Download Request" not in b"".join(d.source for d in docs)


@pytest.mark.parametrize(
    "name", ["factiva-ferries.txt", "factiva-ferries.rtf", "factiva-ferries.html"]
)
def test_factiva_export_is_split_into_articles_with_their_fields(name: str) -> None:
    docs, failures = _read(name)
    assert len(docs) == 5 and [f.number for f in failures] == [6]
    assert "word count" in failures[0].reason
    ferries, chinese, next_steps, clock, duplicate = docs
    assert ferries.title == "Ferry operators warn of summer delays at Riverton"
    assert (ferries.author, ferries.outlet, ferries.published, ferries.length) == (
        "Sam Petrov",
        "Coastal Wire Service",
        "2025-03-05",
        "212 words",
    )
    assert (ferries.source_id, ferries.source_database) == ("CSTWR00020250305el3500001", "Factiva")
    # The lead paragraph opens the text; quotes stay whole.
    assert ferries.text.startswith("RIVERTON, March 5 (CWS) - Ferry operators")
    assert '"We will keep every route open, but not every sailing," said' in ferries.text
    assert (chinese.language, chinese.published, chinese.author) == ("zh", "2025-03-04", None)
    assert chinese.title == "港口改造计划获市议会通过"
    assert (next_steps.section, next_steps.page) == ("Business", "A7")
    assert clock.text == clock.title == "Town hall clock stopped"
    assert duplicate.source_id == next_steps.source_id and duplicate.text == next_steps.text
    assert all(d.export_file == name for d in docs)
    _no_boilerplate(docs)


def test_factiva_export_with_field_codes_is_read_field_by_field() -> None:
    docs, failures = _read("factiva-coded.txt")
    assert not failures and len(docs) == 2
    quay, fares = docs
    assert quay.title == "Quay works delayed by the winter storms"
    assert (quay.author, quay.length, quay.published, quay.outlet) == (
        "Ingrid Halvorsen",
        "64 words",
        "2025-03-09",
        "The Riverton Ledger",
    )
    assert (quay.section, quay.page, quay.language, quay.source_id) == (
        "Harbour",
        "5",
        "en",
        "RVLDG00020250309el3900007",
    )
    assert quay.text.split("\n\n") == [
        "The first barges reached the old quay a week late, the harbour authority said.",
        "Storms kept the crane ships in port for six days.",
        '"We lost a week, not the season," said the project manager.',
    ]
    assert "Riverton Harbour Authority" not in quay.text and "Political" not in quay.text
    assert fares.source_id == "CSTWR00020250310el3a00008" and fares.author is None
