"""RTF to text: what a news export's RTF holds comes out as its text, nothing else."""

from __future__ import annotations

import pytest

from annotary.formats.document import ImportCancelled
from annotary.formats.rtf_text import rtf_to_text


def test_groups_that_are_not_text_are_skipped_and_breaks_kept() -> None:
    rtf = (
        rb"{\rtf1\ansi\ansicpg1252{\fonttbl{\f0 Arial;}}{\colortbl;\red0\green0\blue0;}"
        rb"{\info{\title Hidden}}{\*\generator Writer;}\f0 First \b line\b0\par"
        rb"Second\tab line\line third{\header Running head}\par}"
    )
    assert rtf_to_text(rtf) == "First line\nSecond\tline\nthird\n"


def test_code_page_bytes_unicode_escapes_and_fallbacks() -> None:
    rtf = (
        rb"{\rtf1\ansi\ansicpg1252 caf\'e9 \u8220?quoted\u8221? "
        rb"{\uc2\u28207\'b8\'db\u21475\'bf\'da} \ldblquote x\rdblquote\~y\emdash z"
        rb" \u-10179?\u-8704?}"
    )
    assert rtf_to_text(rtf) == "café “quoted” 港口 “x”\u00a0y—z \U0001f600"


def test_multibyte_code_page() -> None:
    assert rtf_to_text(rb"{\rtf1\ansi\ansicpg936 \'b8\'db\'bf\'da}") == "港口"


def test_cancel_takes_effect_while_a_large_rtf_is_read() -> None:
    rtf = b"{\\rtf1\\ansi " + b"word\\par " * 200_000 + b"}"
    asked = 0

    def cancelled() -> bool:
        nonlocal asked
        asked += 1
        return asked > 3

    with pytest.raises(ImportCancelled):
        rtf_to_text(rtf, cancelled)
    assert asked == 4
