"""Large and hostile saved pages: bounded time, nothing silently cut, cancellable.

Time bounds here are guards against work that grows faster than the input (the
reader once took 10 s on a 3 MB page), not speed targets (those are in bench/):
they count this process's CPU time, so a busy machine does not fail them.
"""

from __future__ import annotations

import random
import time

import pytest

from annotary.domain.errors import ImportFailed
from annotary.formats.document import ImportCancelled
from annotary.formats.html_page import MAX_DEPTH, MAX_EXTRACT_ELEMENTS
from annotary.formats.html_reader import read_html

WORDS = [
    "council",
    "harbour",
    "ferry",
    "budget",
    "minister",
    "river",
    "port",
    "storm",
    "court",
    "vote",
]


def _sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(12)) + f" sentence{n}."


def news_page(paragraphs: int, seed: int = 7) -> bytes:
    """A bloated news page: meta, inline scripts and JSON, nested divs with long
    attribute lists, links and tables, navigation and footer boilerplate."""
    rng = random.Random(seed)
    attrs = (
        'class="article-body__text js-track u-mb-2" data-analytics="body:{n}" '
        'data-json=\'{{"id":{n},"k":"{pad}"}}\' style="margin:0" id="p{n}"'
    )
    parts = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        "<title>Port to reopen | Harbour Daily</title>",
        "<script>" + "var x=1;" * 20_000 + "</script>",
        "<style>" + ".c{color:red}" * 5_000 + "</style></head><body>",
        "<nav>" + "".join(f"<a href='/s/{i}'>Section {i}</a>" for i in range(100)) + "</nav>",
        "<main><article><h1>Port to reopen</h1>",
    ]
    for n in range(paragraphs):
        inner = f"<p {attrs.format(n=n, pad='x' * 40)}><a href='https://example.org/{n}'>"
        inner += f"{_sentence(rng, n)}</a> {_sentence(rng, n)}</p>"
        depth = 30 if n % 10 == 0 else 3
        parts.append("<div class='wrap'>" * depth + inner + "</div>" * depth)
        if n % 40 == 0:
            cells = "".join(f"<td>{rng.randint(1, 999)}</td>" for _ in range(5))
            parts.append(f"<table>{'<tr>' + cells + '</tr>' * 5}</table><!-- ad -->")
    parts.append("</article></main><footer>Copyright Harbour Daily</footer></body></html>")
    return "".join(parts).encode("utf-8")


def test_a_three_megabyte_news_page_reads_in_seconds() -> None:
    page = news_page(12_000)
    assert len(page) > 3_000_000
    started = time.process_time()
    doc = read_html(page, file_name="big.html")
    elapsed = time.process_time() - started
    assert elapsed < 5.0, f"{elapsed:.1f} s"  # it took 10 s and grew faster than the page
    assert "sentence0." in doc.text and "sentence11999." in doc.text
    assert "Section 7" not in doc.text and "Copyright" not in doc.text
    assert "var x" not in doc.text and "color:red" not in doc.text
    assert any(str(MAX_EXTRACT_ELEMENTS // 1000) in note for note in doc.notes)


def test_a_small_page_still_uses_main_content_detection() -> None:
    doc = read_html(news_page(50), file_name="small.html")
    assert doc.notes == ()
    assert doc.title == "Port to reopen | Harbour Daily" or doc.title.startswith("Port to reopen")
    assert "Section 7" not in doc.text


def test_links_in_a_page_read_whole_keep_only_safe_addresses() -> None:
    body = "".join(
        f"<div><p>Paragraph {n} <a href='javascript:alert({n})'>bad</a> "
        f"<a href='https://example.org/{n}'>good</a></p></div>"
        for n in range(MAX_EXTRACT_ELEMENTS // 3)
    )
    doc = read_html(f"<html><body>{body}</body></html>".encode(), file_name="links.html")
    hrefs = {m.href for m in doc.layout.marks if m.kind == "link"}
    assert "https://example.org/0" in hrefs
    assert not any(h and h.startswith("javascript") for h in hrefs)


@pytest.mark.parametrize("tag", ["span", "div", "b"])
def test_nesting_deeper_than_the_parser_reads_is_refused_not_cut(tag: str) -> None:
    # The parser dropped everything below depth 255 without a word: text was lost.
    words = "".join(f"<{tag}>word{i} " for i in range(MAX_DEPTH + 50))
    with pytest.raises(ImportFailed, match=f"nested more than {MAX_DEPTH} deep"):
        read_html(f"<html><body>{words}</body></html>".encode(), file_name="deep.html")


def test_nesting_within_the_limit_keeps_every_word() -> None:
    words = "".join(f"<span>word{i} " for i in range(200))
    doc = read_html(f"<html><body><p>{words}</p></body></html>".encode(), file_name="ok.html")
    assert "word0" in doc.text and "word199" in doc.text


def test_reading_a_large_page_stops_soon_after_cancel() -> None:
    page = news_page(12_000)
    calls = 0

    def cancelled() -> bool:
        nonlocal calls
        calls += 1
        return calls > 2

    started = time.process_time()
    with pytest.raises(ImportCancelled):
        read_html(page, file_name="big.html", cancelled=cancelled)
    assert time.process_time() - started < 3.0


def test_the_text_walk_itself_asks_whether_to_stop() -> None:
    from annotary.formats.html_text import CHECK_EVERY, html_to_text_and_layout

    html = "<div>" + "<p>word <b>bold</b></p>" * (CHECK_EVERY * 3) + "</div>"
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) >= 3

    with pytest.raises(ImportCancelled):
        html_to_text_and_layout(html, cancelled)
    assert len(asked) == 3
    assert html_to_text_and_layout(html)[0].count("word") == CHECK_EVERY * 3


def test_a_text_node_over_ten_megabytes_is_kept_whole_and_read_in_seconds() -> None:
    # libxml2 cut text nodes at 10 MB without a word; the date search took 5 s more.
    words = " ".join(f"w{i}" for i in range(1_600_000))
    page = f"<html><head><title>Long</title></head><body><p>{words} last</p></body></html>"
    assert len(page) > 10_500_000
    started = time.process_time()
    doc = read_html(page.encode(), file_name="long.html")
    elapsed = time.process_time() - started
    assert doc.text.endswith("w1599999 last")
    assert elapsed < 6.0, f"{elapsed:.1f} s"
