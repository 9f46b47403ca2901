"""Encodings that had to be guessed: plausible ones only, and the guess is reported."""

from __future__ import annotations

import codecs
import random

import pytest

from annotary.formats.readers import read_text
from annotary.formats.text_decoding import CANDIDATES, Decoded, decode

UTF8_PARAS = [
    "The council’s vote — 7 to 2 — surprised the café owners on Quay Street.",
    "Renée Dubois said the river “had never been so low” in her lifetime.",
    "The ferry will resume on Monday, the harbour authority said in a statement.",
]
WINDOWS_PARA = "Pasted from a Word file: “smart quotes”, an em dash — and Zoë’s café."
CHINESE = (
    "青溪县生态环境局局长林晓峰表示，今年将继续推进湿地修复工作。"
    "他指出：“这片湖养活了几百户人家。”周雅琴强调，上游污染仍需治理。"
) * 3
KOREAN = "서울시는 내년부터 새로운 버스 노선을 운행한다고 밝혔다. 시민들은 환영했다. " * 4
JAPANESE = "東京都は来年から新しいバス路線を運行すると発表した。市民は歓迎している。" * 4
CHINESE_NEWS = "港口新闻\n\n" + "市政府表示，2026年新的公交线路将于明年开通。\n\n" * 20
RUSSIAN = "Министр заявил, что порт откроется в понедельник. Жители довольны решением. " * 4
ALLOWED = {codecs.lookup(c).name for c in [*CANDIDATES, "utf-8", "utf-16-le", "utf-16-be"]}


def test_a_windows_paragraph_in_a_utf8_file_is_read_as_windows_1252_and_said() -> None:
    # This file came out as ISO-8859-5 mojibake.
    data = (
        "\n\n".join(UTF8_PARAS[:2]).encode("utf-8")
        + b"\n\n"
        + WINDOWS_PARA.encode("cp1252")
        + b"\n\n"
        + UTF8_PARAS[2].encode("utf-8")
    )
    decoded = decode(data)
    assert decoded.encoding == "utf-8"
    assert decoded.text == "\n\n".join([*UTF8_PARAS[:2], WINDOWS_PARA, UTF8_PARAS[2]])
    assert decoded.note is not None and "Windows-1252" in decoded.note and "runs" in decoded.note


def test_a_short_file_with_a_windows_paragraph_is_still_mostly_utf8() -> None:
    data = (
        "The council’s vote — café.\n\n".encode()
        + "Pasted: “smart quotes” — Zoë’s café.".encode("cp1252")
        + "\n\nRenée said “no”.".encode()
    )
    decoded = decode(data)
    assert decoded.text == (
        "The council’s vote — café.\n\nPasted: “smart quotes” — Zoë’s café.\n\nRenée said “no”."
    )
    assert decoded.encoding == "utf-8"


@pytest.mark.parametrize("codec", ["gb18030", "big5", "shift_jis", "euc_kr"])
def test_english_with_legacy_cjk_and_some_utf8_is_not_read_as_windows_1252(codec: str) -> None:
    data = "Café — ".encode() + (" The minister said " + CHINESE[:30]).encode(codec, "replace")
    decoded = decode(data)
    assert decoded.encoding != "utf-8" or "Windows-1252" not in (decoded.note or "")


def test_many_invalid_bytes_are_not_called_mostly_utf8() -> None:
    data = "Café “façade” ".encode() + bytes(range(0x80, 0x100)) * 4
    decoded = decode(data)
    assert decoded.note is not None and "guessed" in decoded.note
    assert decoded.encoding in ALLOWED


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [CHINESE_NEWS, CHINESE, KOREAN, JAPANESE, CHINESE[:20]])
def test_cjk_utf16_without_a_bom_is_recognised(codec: str, text: str) -> None:
    # With line breaks and digits (a few NUL bytes) this was refused as binary data.
    decoded = decode(text.encode(codec))
    assert (decoded.text, decoded.encoding) == (text, codec)
    assert decoded.note is not None and "UTF-16" in decoded.note


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        (CHINESE, "gb18030"),
        (CHINESE[:-1], "gb18030"),  # even and odd byte counts
        (KOREAN, "euc_kr"),
        (JAPANESE, "shift_jis"),
        (JAPANESE, "euc_jp"),
        (RUSSIAN, "cp1251"),
        (RUSSIAN, "koi8_r"),
    ],
)
def test_legacy_cjk_and_cyrillic_are_not_taken_for_utf16(text: str, codec: str) -> None:
    decoded = decode(text.encode(codec))
    assert decoded.text == text
    assert not decoded.encoding.startswith("utf-16")
    assert decoded.note is not None and "guessed" in decoded.note


@pytest.mark.parametrize("seed", range(8))
def test_random_high_bytes_never_pick_an_obscure_code_page(seed: int) -> None:
    rng = random.Random(seed)
    data = bytes(rng.choice([*range(0x20, 0x7F), *range(0xA0, 0x100)]) for _ in range(3000))
    decoded = decode(data)
    assert decoded.encoding in ALLOWED, decoded.encoding


def test_the_imported_document_carries_the_note() -> None:
    doc = read_text(CHINESE.encode("gb18030"), file_name="news.txt")
    assert doc.encoding == "gb18030"
    assert any("GB18030" in note for note in doc.notes)
    assert read_text(b"Plain words here.", file_name="a.txt").notes == ()


@pytest.mark.parametrize("text", ["¬¬\U00010bec", "éééé", "ĀĀĀĀ", "¬¬¬¬" * 50, "ìì" + "가" * 3])
def test_valid_utf8_is_never_taken_for_utf16(text: str) -> None:
    # Even-length UTF-8 of Latin letters can read as plausible Hangul in UTF-16.
    assert decode(text.encode("utf-8")) == Decoded(text, "utf-8")
