"""Saved web pages: main text, metadata, and display HTML without remote resources."""

from __future__ import annotations

import re
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from annotary.domain.errors import ImportFailed
from annotary.formats.html_reader import read_html, sanitise_html

FIXTURES = Path(__file__).parent / "fixtures" / "readers"


@pytest.fixture
def connections(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[object]]:
    """Every socket connection or name lookup attempted while reading."""
    attempts: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise OSError("network use while reading a saved page")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    yield attempts


def test_saved_page_metadata_from_meta_tags(connections: list[object]) -> None:
    doc = read_html((FIXTURES / "meta_page.html").read_bytes(), file_name="meta_page.html")
    assert doc.title == "Council backs river park plan"
    assert doc.outlet == "The Dunmore Gazette"
    assert doc.author == "Aoife Brennan"
    assert doc.published == "2023-11-05"
    assert doc.url == "https://dunmoregazette.example/news/river-park"
    assert doc.language == "en"
    assert doc.encoding == "utf-8"
    assert doc.source_format == "html"
    assert connections == []


def test_saved_page_main_text_without_clutter(connections: list[object]) -> None:
    doc = read_html((FIXTURES / "meta_page.html").read_bytes(), file_name="meta_page.html")
    assert doc.text.startswith("DUNMORE — The town council voted on Tuesday")
    assert "“This is the best decision this council has made in years,” said" in doc.text
    assert doc.text.endswith("before any contract was signed.")
    for clutter in ("SCRIPT_MARKER", "hidden-style-marker", "Home", "Sport", "© 2023"):
        assert clutter not in doc.text
    assert "\r" not in doc.text and "\n\n\n" not in doc.text
    assert connections == []


def test_display_html_has_no_remote_resources(connections: list[object]) -> None:
    doc = read_html((FIXTURES / "meta_page.html").read_bytes())
    html = doc.html
    assert html is not None
    for banned in (
        "<script",
        "<style",
        "<iframe",
        "<img",
        "<link",
        "srcset",
        "src=",
        "cdn.dunmoregazette",
        "javascript:",
        "SCRIPT_MARKER",
    ):
        assert banned not in html
    assert re.search(r"<(em|i)>wildflower meadow</(em|i)>", html)
    assert 'href="https://dunmoregazette.example/docs/plan.pdf"' in html
    # a relative link is resolved against the page address
    assert 'href="https://dunmoregazette.example/news/earlier-story"' in html
    assert connections == []


def test_layout_marks_of_saved_page() -> None:
    doc = read_html((FIXTURES / "meta_page.html").read_bytes())
    marks = [(m.kind, doc.text[m.start : m.end]) for m in doc.layout.marks]
    assert ("em", "wildflower meadow") in marks
    assert ("strong", "2.4 million euro") in marks
    assert ("link", "full plan") in marks
    assert all(b.kind == "p" for b in doc.layout.blocks)
    assert len(doc.layout.blocks) == 5


def test_declared_charset_is_used() -> None:
    page = (
        '<html><head><meta charset="gb2312"><title>港口新闻</title></head>'
        "<body><p>港口管理局表示，港口将于周一重新开放。李红中说：“我们已经准备好了。”</p>"
        "</body></html>"
    )
    doc = read_html(page.encode("gbk"))
    assert doc.encoding == "gb18030"
    assert "李红中说：“我们已经准备好了。”" in doc.text
    assert doc.language == "zh"
    assert doc.title == "港口新闻"


def test_undeclared_big5_page_is_detected() -> None:
    page = (
        "<html><body><p>發言人表示，「我們將繼續推動經濟發展」。這是重要的一步。</p></body></html>"
    )
    doc = read_html(page.encode("big5"))
    assert doc.encoding == "big5"
    assert "「我們將繼續推動經濟發展」" in doc.text


def test_body_text_is_the_fallback_for_tiny_pages() -> None:
    doc = read_html(b"<html><body><div>Short note.</div></body></html>", file_name="note.html")
    assert doc.text == "Short note."
    assert doc.title == "note"


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"<html><head><title>Nothing</title></head><body>   </body></html>",
        b"<html><body><script>var a = 1;</script><img src='x.png'></body></html>",
    ],
)
def test_page_without_text_is_refused(data: bytes) -> None:
    with pytest.raises(ImportFailed, match=r"empty|no readable text"):
        read_html(data, file_name="blank.html")


def test_sanitise_html_allow_list() -> None:
    dirty = (
        '<p onclick="steal()" style="color:red" class="x">Hi <b>there</b></p>'
        '<object data="movie.swf"></object><svg><circle/></svg>'
        '<a href="ftp://files.example/a">ftp</a><a href="mailto:desk@paper.example">mail</a>'
        '<a href="relative/page">rel</a>'
    )
    clean = sanitise_html(dirty)
    assert "onclick" not in clean and "style=" not in clean and "class=" not in clean
    assert "<b>there</b>" in clean
    assert "<object" not in clean and "<svg" not in clean
    assert "ftp://" not in clean
    assert 'href="mailto:desk@paper.example"' in clean
    assert "relative/page" not in clean  # no base address: relative links are dropped
