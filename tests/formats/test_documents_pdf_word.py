"""PDF and Word documents: one article with its layout, or a Nexis Uni export's articles."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from annotary.domain.errors import ImportFailed
from annotary.formats.document import DocumentFailure, ImportedDocument
from annotary.formats.readers import read_documents, read_file

NEWS = Path(__file__).parent / "fixtures" / "news"


def _docs(name: str) -> list[ImportedDocument]:
    items = list(read_documents(NEWS / name))
    assert not [i for i in items if isinstance(i, DocumentFailure)]
    return items  # type: ignore[return-value]


def test_pdf_article_is_headline_and_paragraphs_without_headers_or_page_numbers() -> None:
    (doc,) = _docs("quays-article.pdf")
    assert doc.title == "Quays to be rebuilt before the winter storms"
    assert doc.source_format == "pdf"
    paragraphs = doc.text.split("\n\n")
    assert len(paragraphs) == 4 and "\n" not in doc.text.replace("\n\n", "")
    assert "Harbour special" not in doc.text and not re.search(r"Page \d", doc.text)


def test_a_direct_quote_in_a_pdf_stays_one_unbroken_sentence_across_lines_and_pages() -> None:
    (doc,) = _docs("quays-article.pdf")
    quote = (
        '"We will rebuild the quays so that the boats and the ferries can share them without '
        'waiting for each other, and we will do it before the winter storms come," said Hana '
        "Lindqvist"
    )
    assert quote in doc.text


def test_pdf_hyphenation_is_undone_only_where_the_halves_make_a_word() -> None:
    (doc,) = _docs("quays-article.pdf")
    assert "if the harbour stayed open" in doc.text
    assert "at the well-known fish market" in doc.text


def test_two_column_pdf_is_read_column_by_column() -> None:
    (doc,) = _docs("two-columns.pdf")
    assert doc.title == "Island ferries: two routes, one timetable"
    left, right = doc.text.split("\n\n")
    assert left.startswith("LEFT COLUMN STARTS.") and left.endswith("half an hour later.")
    assert right.startswith("RIGHT COLUMN STARTS.") and right.endswith("closed for repairs.")


def test_pdf_without_a_text_layer_is_refused_saying_it_needs_ocr() -> None:
    with pytest.raises(ImportFailed) as info:
        read_file(NEWS / "scanned.pdf")
    assert "OCR" in info.value.reason and "text layer" in info.value.reason


def test_damaged_pdf_and_word_files_are_refused_in_one_line(tmp_path: Path) -> None:
    for name, data in (("a.pdf", b"%PDF-1.4\nnot really"), ("b.docx", b"PK\x03\x04junk")):
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(ImportFailed) as info:
            read_file(path)
        assert info.value.reason and "\n" not in info.value.reason


def test_word_document_keeps_headings_lists_emphasis_and_properties() -> None:
    (doc,) = _docs("quays-article.docx")
    assert doc.title == "Quays to be rebuilt before the winter storms"
    assert (doc.author, doc.published, doc.source_format) == ("Maria Okafor", "2025-03-03", "docx")
    assert not doc.text.startswith("Quays")  # the title is not repeated in the text
    kinds = {(doc.text[b.start : b.end], b.kind, b.ordered) for b in doc.layout.blocks}
    assert ("What changes for traders", "h2", False) in kinds
    assert ("Fish market moves north", "li", False) in kinds
    assert ("Vote in April", "li", True) in kinds
    marks = {(doc.text[m.start : m.end], m.kind) for m in doc.layout.marks}
    assert ("The harbour authority", "strong") in marks
    assert any(kind == "em" for _, kind in marks)


@pytest.mark.parametrize(
    "name", ["nexis-uni-harbour.docx", "nexis-uni-harbour.pdf", "nexis-uni-harbour.rtf"]
)
def test_nexis_uni_export_is_split_into_articles_with_their_fields(name: str) -> None:
    first, french, title_only = _docs(name)
    assert first.title == "Harbour fishers win compensation in the final plan"
    assert (first.outlet, first.published, first.author) == (
        "The Riverton Ledger",
        "2025-03-03",
        "Maria Okafor",
    )
    assert (first.section, first.page, first.length, first.language) == (
        "NATIONAL",
        "12",
        "96 words",
        "en",
    )
    assert (first.source_database, first.export_file) == ("Nexis Uni", name)
    assert first.text.startswith("Fishers whose berths") and first.text.count("\n\n") == 1
    for word in (
        "Copyright",
        "Section:",
        "Body",
        "Classification",
        "Load-Date",
        "End of Doc",
        "User Name",
        "Search Terms",
        "RIVERTON\n",
    ):
        assert all(word not in d.text for d in (first, french, title_only)), word
    assert (french.language, french.section, french.published) == ("fr", "RÉGION", "2025-03-04")
    assert title_only.text == title_only.title == "Ferry company names new captain"
