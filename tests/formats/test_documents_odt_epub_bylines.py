"""ODT and EPUB documents, and bylines and datelines in plain text and Markdown."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotary.domain.errors import ImportFailed
from annotary.formats.document import ImportedDocument, ReadOptions
from annotary.formats.readers import read_documents, read_file, read_pasted

NEWS = Path(__file__).parent / "fixtures" / "news"


def test_odt_keeps_headings_lists_emphasis_and_properties() -> None:
    doc = read_file(NEWS / "quays-article.odt")
    assert doc.title == "Quays to be rebuilt before the winter storms"
    assert (doc.author, doc.published, doc.source_format) == ("Maria Okafor", "2025-03-03", "odt")
    assert doc.text.startswith("The harbour authority of Riverton")
    kinds = {(doc.text[b.start : b.end], b.kind, b.ordered) for b in doc.layout.blocks}
    assert ("What changes for traders", "h2", False) in kinds
    assert ("Ferries keep their berths", "li", False) in kinds
    assert ("Vote in April", "li", True) in kinds
    marks = {(doc.text[m.start : m.end], m.kind) for m in doc.layout.marks}
    assert ("The harbour authority", "strong") in marks and any(k == "em" for _, k in marks)


def test_epub_is_one_article_unless_chapters_are_chosen() -> None:
    (book,) = read_documents(NEWS / "riverton-harbour.epub")
    assert isinstance(book, ImportedDocument)
    assert (book.title, book.author, book.published) == (
        "A History of Riverton Harbour",
        "Ingrid Halvorsen",
        "2024-11-20",
    )
    assert "The old quays" in book.text and "港口的未来" in book.text
    chapters = list(read_documents(NEWS / "riverton-harbour.epub", options=ReadOptions(True)))
    assert [c.title for c in chapters] == ["The old quays", "The ferries", "港口的未来"]  # type: ignore[union-attr]
    first, _ferries, chinese = chapters
    assert isinstance(first, ImportedDocument) and isinstance(chinese, ImportedDocument)
    assert first.text.startswith("The quays were built in 1887")
    assert ("1887", "em") in {(first.text[m.start : m.end], m.kind) for m in first.layout.marks}
    assert chinese.language == "zh" and first.language == "en"


def test_broken_packages_are_refused_in_one_line(tmp_path: Path) -> None:
    for name in ("a.odt", "b.epub"):
        path = tmp_path / name
        path.write_bytes(b"PK\x05\x06" + bytes(18))
        with pytest.raises(ImportFailed) as info:
            read_file(path)
        assert info.value.reason and "\n" not in info.value.reason


@pytest.mark.parametrize(
    ("text", "author", "outlet", "published"),
    [
        (
            "Council backs plan\n\nBy Maria Okafor, Riverton Ledger, 3 March 2025\n\nThe vote.",
            "Maria Okafor",
            "Riverton Ledger",
            "2025-03-03",
        ),
        ("Plan\n\nBy Sam Petrov\n\nThe vote.", "Sam Petrov", None, None),
        (
            "Ferries\n\nRIVERTON, March 5, 2025 (Coastal Wire) — Operators warned.",
            None,
            "Coastal Wire",
            "2025-03-05",
        ),
        (
            "Ferries\n\n(Coastal Wire) Updated: March 5, 2025 7:30 AM\n\nOperators warned.",
            None,
            "Coastal Wire",
            "2025-03-05",
        ),
        ("港口计划\n\n记者 李华\n\n2025年3月4日\n\n市议会通过了计划。", "李华", None, "2025-03-04"),
        (
            "港口计划通过\n\n新华社北京11月20日电（记者王小明）市议会通过了港口改造计划。",
            "王小明",
            "新华社",
            None,
        ),
        ("Plain\n\nBy the way, nothing here is a byline.", None, None, None),
    ],
)
def test_bylines_and_datelines_in_plain_text_are_metadata(
    text: str, author: str | None, outlet: str | None, published: str | None
) -> None:
    doc = read_pasted(text)
    assert (doc.author, doc.outlet, doc.published) == (author, outlet, published)
    assert "By Maria" not in doc.text and "Updated:" not in doc.text and "记者 李华" not in doc.text


def test_a_markdown_byline_is_metadata_and_not_text(tmp_path: Path) -> None:
    path = tmp_path / "plan.md"
    path.write_text(
        "# Council backs plan\n\nBy Maria Okafor, Riverton Ledger\n\nThe *vote* was late.\n",
        encoding="utf-8",
    )
    doc = read_file(path)
    assert (doc.title, doc.author, doc.outlet) == (
        "Council backs plan",
        "Maria Okafor",
        "Riverton Ledger",
    )
    assert doc.text == "The vote was late."
