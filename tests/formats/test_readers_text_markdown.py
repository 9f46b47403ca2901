"""Plain text, pasted text and Markdown articles: metadata, title and text."""

from __future__ import annotations

import pytest

from annotary.domain.errors import ImportFailed
from annotary.formats.markdown_reader import read_markdown, split_front_matter
from annotary.formats.readers import read_pasted, read_text

TEXT_WITH_HEADER = (
    "Title: Harbour tolls to rise\r\n"
    "Outlet: Coastal Herald\r\n"
    "Author: Mira Salo\r\n"
    "Date: 2024-02-09\r\n"
    "URL: https://coastalherald.example/tolls\r\n"
    "Language: en-GB\r\n"
    "\r\n"
    "Harbour tolls to rise\r\n"
    "\r\n"
    "The port authority said on Friday that tolls would rise by 4 percent.\r\n"
    "\r\n"
    '"We have no choice," said its director, Pekka Laine.\r\n'
)


def test_text_header_lines_are_metadata_not_text() -> None:
    doc = read_text(TEXT_WITH_HEADER.encode("utf-8"), file_name="tolls.txt")
    assert doc.title == "Harbour tolls to rise"
    assert (doc.outlet, doc.author, doc.published) == ("Coastal Herald", "Mira Salo", "2024-02-09")
    assert doc.url == "https://coastalherald.example/tolls"
    assert doc.language == "en"
    assert doc.source_format == "text"
    assert doc.file_name == "tolls.txt"
    # the repeated headline is not part of the text; the header lines are not either
    assert doc.text.startswith("The port authority said")
    assert "Outlet:" not in doc.text and "\r" not in doc.text
    assert doc.text.endswith("said its director, Pekka Laine.")
    assert [doc.text[b.start : b.end][:10] for b in doc.layout.blocks] == [
        "The port a",
        '"We have n',
    ]


def test_text_first_short_line_is_the_title() -> None:
    doc = read_text(b"Rain again\n\nIt rained in the capital on Monday, the weather service said.")
    assert doc.title == "Rain again"
    assert doc.text == "It rained in the capital on Monday, the weather service said."
    assert doc.language == "en"


def test_text_long_first_paragraph_stays_text() -> None:
    body = "The committee met on Monday. " * 12
    doc = read_text(body.encode(), file_name="minutes_2024-03.txt")
    assert doc.text == body.strip()
    assert doc.title == "minutes 2024 03"


def test_text_body_starting_with_a_colon_line_is_not_header() -> None:
    doc = read_text(b"Warning: the bridge is closed\n\nThe council said so on Monday.")
    assert doc.title == "Warning: the bridge is closed"
    assert doc.outlet is None


def test_pasted_text_uses_the_given_title_and_keeps_the_text() -> None:
    doc = read_pasted(
        "  港口将于周一重新开放。\r\n\r\n李红中说：“我们已经准备好了。”  ", title="港口"
    )
    assert doc.title == "港口"
    assert doc.text == "港口将于周一重新开放。\n\n李红中说：“我们已经准备好了。”"
    assert doc.source_format == "pasted"
    assert doc.language == "zh"
    assert doc.source == "  港口将于周一重新开放。\r\n\r\n李红中说：“我们已经准备好了。”  ".encode()


def test_pasted_empty_text_is_refused() -> None:
    with pytest.raises(ImportFailed, match="pasted text"):
        read_pasted(" \n\n ")


MARKDOWN = """---
title: "Wind farm plan divides Skarre"
outlet: Island Post
author:
  - Jon Berg
  - Ylva Holm
date: 2024-08-30T10:00:00+02:00
url: https://islandpost.example/wind
language: en
---

# Wind farm plan divides Skarre

The island council said that a decision would come in *October*.

> "We cannot eat the view," said **Anna Lund**, a fisher.

1. first point
2. second point with [a link](https://islandpost.example/plan)

Use `--force` rarely.
"""


def test_markdown_front_matter_is_metadata() -> None:
    doc = read_markdown(MARKDOWN.encode("utf-8"), file_name="wind.md")
    assert doc.title == "Wind farm plan divides Skarre"
    assert doc.outlet == "Island Post"
    assert doc.author == "Jon Berg, Ylva Holm"
    assert doc.published == "2024-08-30"
    assert doc.url == "https://islandpost.example/wind"
    assert doc.language == "en"
    assert doc.source_format == "markdown"
    assert "title:" not in doc.text and "---" not in doc.text
    # the heading repeating the title is removed; structure stays as paragraphs
    assert doc.text == (
        "The island council said that a decision would come in October.\n\n"
        '"We cannot eat the view," said Anna Lund, a fisher.\n\n'
        "first point\n\n"
        "second point with a link\n\n"
        "Use --force rarely."
    )
    kinds = [(b.kind, b.ordered) for b in doc.layout.blocks]
    assert kinds == [("p", False), ("blockquote", False), ("li", True), ("li", True), ("p", False)]
    marks = {(m.kind, doc.text[m.start : m.end], m.href) for m in doc.layout.marks}
    assert marks == {
        ("em", "October", None),
        ("strong", "Anna Lund", None),
        ("link", "a link", "https://islandpost.example/plan"),
        ("code", "--force", None),
    }
    assert doc.html is not None and "<blockquote>" in doc.html and "<h1>" not in doc.html


def test_markdown_without_front_matter_takes_the_heading_as_title() -> None:
    doc = read_markdown(b"# Ferry strike ends\n\nThe ferries run again.\n")
    assert doc.title == "Ferry strike ends"
    assert doc.text == "The ferries run again."


def test_markdown_raw_html_is_sanitised() -> None:
    data = (
        b"Text <script>alert('x')</script>here.\n\n"
        b'<img src="https://tracker.example/p.gif"><iframe src="https://x.example"></iframe>\n\n'
        b'<a href="javascript:alert(1)">bad</a> <a href="https://ok.example/">good</a>'
    )
    doc = read_markdown(data)
    assert doc.html is not None
    for banned in ("<script", "alert('x')", "<img", "<iframe", "javascript:", "tracker.example"):
        assert banned not in doc.html
    assert 'href="https://ok.example/"' in doc.html
    assert "alert" not in doc.text
    assert [m.href for m in doc.layout.marks if m.kind == "link"] == ["https://ok.example/"]


def test_front_matter_needs_a_closing_line() -> None:
    raw, body = split_front_matter("---\ntitle: x\nno end here\n")
    assert raw == {}
    assert body.startswith("---")


def test_markdown_in_gbk_is_decoded() -> None:
    text = "---\ntitle: 港口新闻\nlanguage: zh\n---\n\n港口管理局表示，港口将于周一重新开放。\n"
    doc = read_markdown(text.encode("gbk"), file_name="gang.md")
    assert doc.title == "港口新闻"
    assert doc.text == "港口管理局表示，港口将于周一重新开放。"
    assert doc.encoding == "gb18030"


def test_imported_document_default_layout_is_paragraphs() -> None:
    from annotary.domain.layout import paragraphs
    from annotary.formats.document import ImportedDocument

    doc = ImportedDocument("T", "One.\n\nTwo\nlines.", b"", "pasted")
    assert doc.layout == paragraphs("One.\n\nTwo\nlines.")
    assert [doc.text[b.start : b.end] for b in doc.layout.blocks] == ["One.", "Two\nlines."]
