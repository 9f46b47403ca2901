"""HTML to canonical text and reading layout: every span is the element's text."""

from __future__ import annotations

import lxml.html
from hypothesis import given, settings
from hypothesis import strategies as st

from annotary.domain.layout import Layout
from annotary.formats.html_text import html_to_text_and_layout

ARTICLE = """
<h1>Port  to
   reopen</h1>
<p>Minister <strong>Li Hongzhong</strong> said on Monday that the
   port would reopen. <em>“We are ready,”</em> Li said.</p>
<p>Line one<br>line two<br><br>  line three</p>
<blockquote><p>“This is a promise we have heard before.”</p>
  <blockquote>A quote inside a quote.</blockquote></blockquote>
<ul><li>first <a href="https://a.example/x">link</a></li>
    <li>second<ol><li>nested <code>one</code></li></ol></li></ul>
<pre>  x = 1
  y = 2   </pre>
<h3>Closing <i>words</i></h3>
"""

LEAF_BLOCKS = "//h1 | //h3 | //p | //li | //pre | //blockquote[not(p)]"


def _norm(s: str) -> str:
    return " ".join(s.split())


def check_consistent(text: str, layout: Layout) -> None:
    """The invariants every layout over canonical text keeps."""
    assert "\r" not in text and "\n\n\n" not in text
    assert text == text.strip("\n")
    pos = 0
    for i, block in enumerate(layout.blocks):
        assert block.start >= pos and block.end > block.start and block.end <= len(text)
        if i:
            assert text[pos : block.start] == "\n\n"
        piece = text[block.start : block.end]
        assert "\n\n" not in piece
        assert piece == piece.strip() or block.kind == "pre"
        pos = block.end
    assert pos == len(text)
    for mark in layout.marks:
        assert 0 <= mark.start < mark.end <= len(text)
        assert any(b.start <= mark.start and mark.end <= b.end for b in layout.blocks)


def test_blocks_are_the_elements_text() -> None:
    text, layout = html_to_text_and_layout(ARTICLE)
    check_consistent(text, layout)
    got = [(b.kind, b.ordered, b.depth, text[b.start : b.end]) for b in layout.blocks]
    assert got == [
        ("h1", False, 0, "Port to reopen"),
        ("p", False, 0, "Minister Li Hongzhong said on Monday that the port would reopen. "
         "“We are ready,” Li said."),
        ("p", False, 0, "Line one\nline two\nline three"),
        ("blockquote", False, 0, "“This is a promise we have heard before.”"),
        ("blockquote", False, 1, "A quote inside a quote."),
        ("li", False, 0, "first link"),
        ("li", False, 0, "second"),
        ("li", True, 1, "nested one"),
        ("pre", False, 0, "  x = 1\n  y = 2"),
        ("h3", False, 0, "Closing words"),
    ]  # fmt: skip


def test_block_text_matches_element_text_content() -> None:
    text, layout = html_to_text_and_layout(ARTICLE)
    tree = lxml.html.fromstring(ARTICLE.replace("<br>", "<br>\n"))  # a break shows as space
    elements = [el for el in tree.xpath(LEAF_BLOCKS) if el.tag != "pre"]
    normal = [b for b in layout.blocks if b.kind != "pre"]
    # the "second" item has a nested list: its own text is the part before it
    expected = []
    for el in elements:
        own = el.text_content()
        for sub in el.xpath("./ol | ./ul | ./blockquote | ./p"):
            own = own.replace(sub.text_content(), "")
        expected.append(_norm(own))
    assert [_norm(text[b.start : b.end]) for b in normal] == expected


def test_marks_are_the_inline_elements_text() -> None:
    text, layout = html_to_text_and_layout(ARTICLE)
    got = [(m.kind, text[m.start : m.end], m.href) for m in layout.marks]
    assert got == [
        ("strong", "Li Hongzhong", None),
        ("em", "“We are ready,”", None),
        ("link", "link", "https://a.example/x"),
        ("code", "one", None),
        ("em", "words", None),
    ]


def test_mark_around_a_block_is_split_per_block() -> None:
    text, layout = html_to_text_and_layout(
        '<a href="https://x.example"><p>one</p><p>two <b>bold</b></p></a>'
    )
    assert text == "one\n\ntwo bold"
    check_consistent(text, layout)
    spans = [(m.kind, text[m.start : m.end]) for m in layout.marks]
    assert spans == [("link", "one"), ("link", "two bold"), ("strong", "bold")]


def test_pre_keeps_whitespace_and_splits_at_blank_lines() -> None:
    text, layout = html_to_text_and_layout("<pre>\nif x:\n    go()   \n\n\nend</pre>")
    assert text == "if x:\n    go()\n\nend"
    assert [b.kind for b in layout.blocks] == ["pre", "pre"]
    check_consistent(text, layout)


def test_empty_and_invisible_content() -> None:
    assert html_to_text_and_layout("") == ("", Layout())
    assert html_to_text_and_layout("<p>  </p><script>x()</script><style>p{}</style>") == (
        "",
        Layout(),
    )


def test_second_paragraph_of_a_list_item() -> None:
    text, layout = html_to_text_and_layout("<ul><li><p>Point.</p><p>More on it.</p></li></ul>")
    assert [(b.kind, b.depth, text[b.start : b.end]) for b in layout.blocks] == [
        ("li", 0, "Point."),
        ("p", 1, "More on it."),
    ]


def test_table_cells_are_separated() -> None:
    text, _ = html_to_text_and_layout("<table><tr><td>Year</td><td>Votes</td></tr></table>")
    assert text == "Year Votes"


_WORDS = st.sampled_from(
    ["Li", "said", "“quote”", "港口", "表示", "  ", "\n", "\t", "a&amp;b", "é", "\u3000", "x"]
)
_INLINE = st.sampled_from(["em", "strong", "i", "b", "code", "span"])
_BLOCK = st.sampled_from(["p", "div", "h2", "blockquote", "pre", "li"])


@st.composite
def html_fragments(draw: st.DrawFn, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        choice = draw(st.integers(0, 5 if depth < 3 else 1))
        if choice <= 1:
            parts.append(" ".join(draw(st.lists(_WORDS, max_size=4))))
        elif choice == 2:
            parts.append("<br>")
        elif choice == 3:
            tag = draw(_INLINE)
            parts.append(f"<{tag}>{draw(html_fragments(depth + 1))}</{tag}>")
        elif choice == 4:
            inner = draw(html_fragments(depth + 1))
            parts.append(f'<a href="https://e.example/{depth}">{inner}</a>')
        else:
            tag = draw(_BLOCK)
            inner = draw(html_fragments(depth + 1))
            parts.append(f"<ul><li>{inner}</li></ul>" if tag == "li" else f"<{tag}>{inner}</{tag}>")
    return "".join(parts)


@settings(max_examples=300, deadline=None)
@given(html_fragments())
def test_any_html_gives_a_consistent_layout(html: str) -> None:
    text, layout = html_to_text_and_layout(f"<div>{html}</div>")
    check_consistent(text, layout)
    assert all(line == line.rstrip() for line in text.split("\n"))
