"""Long Markdown renders piece by piece: same text, time in proportion, cancellable."""

from __future__ import annotations

import time

import markdown
import pytest

from annotary.domain.errors import ImportFailed
from annotary.formats.document import ImportCancelled
from annotary.formats.html_text import html_to_text_and_layout
from annotary.formats.markdown_chunks import CHUNK_CHARS, markdown_pieces
from annotary.formats.markdown_reader import MAX_MARKDOWN_BYTES, read_markdown, render_markdown

UNIT = (
    "Some *emphasis* and a [link][ref] in a paragraph with `code`.\n\n"
    "- item\n- item two\n\n  continued item paragraph\n\n"
    "```\nfenced code\n\nwith a blank line\n```\n\n"
    "> a quotation\n\n> and its second paragraph\n\n"
    "| a | b |\n|---|---|\n| 1 | 2 |\n\n"
    "    indented code\n\n    more of it\n\n"
)


def _text(html: str) -> str:
    return html_to_text_and_layout(html)[0]


def test_pieces_render_to_the_same_text_as_the_whole() -> None:
    body = UNIT * 1500 + "\n[ref]: https://example.org/a\n"
    assert len(markdown_pieces(body)) > 3
    whole = markdown.markdown(body, extensions=["extra", "sane_lists"], output_format="html")
    assert _text(render_markdown(body)) == _text(whole)


def test_a_fence_is_never_cut_even_when_longer_than_a_piece() -> None:
    body = "```\n" + "line\n\n" * CHUNK_CHARS + "```\n\nafter"
    pieces = markdown_pieces(body)
    assert "\n".join(pieces) == body
    assert all(piece.count("```") % 2 == 0 for piece in pieces)


def test_two_megabytes_of_markdown_are_rendered_in_bounded_pieces(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Rendering 1.8 MB at once took 11 s and grew faster than the text.
    sizes: list[int] = []
    real = markdown.markdown

    def recording(text: str, **kwargs: object) -> str:
        sizes.append(len(text))
        return real(text, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(markdown, "markdown", recording)
    unit = "Some *emphasis* and a [link](https://x.org) with `code`.\n\n- item\n- two\n\n"
    data = ("# Title\n\n" + unit * 26_000).encode()
    assert len(data) > 1_800_000
    doc = read_markdown(data, file_name="long.md")
    assert doc.title == "Title" and doc.text.count("emphasis") == 26_000
    assert len(sizes) > 20 and max(sizes) < CHUNK_CHARS + 1_000


def test_long_markdown_can_be_cancelled_between_pieces() -> None:
    data = ("Paragraph with *words*.\n\n" * 40_000).encode()
    asked = {"n": 0}

    def cancelled() -> bool:
        asked["n"] += 1
        return asked["n"] > 3

    started = time.perf_counter()
    with pytest.raises(ImportCancelled):
        read_markdown(data, file_name="long.md", cancelled=cancelled)
    assert time.perf_counter() - started < 2.0


def test_markdown_over_the_limit_is_refused_with_figures() -> None:
    data = b"a" * (MAX_MARKDOWN_BYTES + 300_000)
    with pytest.raises(ImportFailed, match=r"too large.*5\.3 MB; at most 5 MB"):
        read_markdown(data, file_name="huge.md")
