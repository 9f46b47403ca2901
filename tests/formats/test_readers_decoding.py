"""Decoding text files in the encodings researchers actually receive."""

from __future__ import annotations

import codecs

import pytest

from annotary.domain.errors import ImportFailed
from annotary.domain.language import detect_language
from annotary.formats.document import canonical_text
from annotary.formats.readers import read_text
from annotary.formats.text_decoding import decode_text

ENGLISH = (
    "The minister said “we will not wait for the river” and the café owners on "
    "Quay Street agreed. ‘It’s about time,’ said one — Renée Dubois — who has run "
    "the place since 1998.\n\nAccording to the council, the work will start in May."
)
SIMPLIFIED = (
    "青溪县生态环境局局长林晓峰表示，今年将继续推进湿地修复工作。"
    "他指出：“这片湖养活了几百户人家。”周雅琴强调，上游污染仍需治理。"
)
TRADITIONAL = "臺灣的總統府發言人表示，「我們將繼續推動經濟發展」。這是重要的一步，他說。"


@pytest.mark.parametrize(
    ("text", "codec", "expected"),
    [
        (ENGLISH, "utf-8", "utf-8"),
        (SIMPLIFIED, "utf-8", "utf-8"),
        (ENGLISH, "utf-8-sig", "utf-8-sig"),
        (SIMPLIFIED, "utf-8-sig", "utf-8-sig"),
        (ENGLISH, "utf-16", "utf-16-le"),  # Python writes a little-endian BOM
        (SIMPLIFIED, "utf-16", "utf-16-le"),
        (ENGLISH, "utf-16-le", "utf-16-le"),  # no BOM: recognised by its NUL bytes
        (ENGLISH, "utf-16-be", "utf-16-be"),
        (ENGLISH, "utf-32", "utf-32-le"),
        (SIMPLIFIED, "gb18030", "gb18030"),
        (SIMPLIFIED, "gbk", "gb18030"),  # GB18030 is a superset of GBK
        (SIMPLIFIED, "gb2312", "gb18030"),
        (TRADITIONAL, "big5", "big5"),
        (ENGLISH, "cp1252", "cp1252"),
    ],
)
def test_decode_text_recovers_the_text(text: str, codec: str, expected: str) -> None:
    decoded, encoding = decode_text(text.encode(codec))
    assert decoded == text
    assert encoding == expected


def test_utf16_big_endian_bom() -> None:
    data = codecs.BOM_UTF16_BE + SIMPLIFIED.encode("utf-16-be")
    assert decode_text(data) == (SIMPLIFIED, "utf-16-be")


def test_short_big5_and_gbk_are_told_apart() -> None:
    assert decode_text("總統說".encode("big5"))[0] == "總統說"
    assert decode_text("总统说".encode("gbk"))[0] == "总统说"


def test_read_text_reports_the_encoding_and_keeps_curly_quotes() -> None:
    doc = read_text(("Café talks\n\n" + ENGLISH).encode("cp1252"), file_name="cafe.txt")
    assert doc.encoding == "cp1252"
    assert doc.title == "Café talks"
    assert "“we will not wait for the river”" in doc.text
    assert "Renée" in doc.text


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "PNG image"),
        (b"PK\x03\x04\x14\x00\x06\x00" + bytes(200), "ZIP archive"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x00\x01\x02\x03 some text \x00\xff\xfe\x00" * 20, "NUL bytes"),
        (bytes(range(1, 32)) * 50, "control characters"),
    ],
)
def test_binary_data_is_rejected_with_a_clear_message(data: bytes, words: str) -> None:
    with pytest.raises(ImportFailed) as info:
        decode_text(data, source="picture.txt")
    assert info.value.source == "picture.txt"
    assert words in info.value.reason
    assert "not" in info.value.reason


def test_binary_file_through_read_text_names_the_file() -> None:
    with pytest.raises(ImportFailed, match=r"^scan\.txt: .*PNG"):
        read_text(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", file_name="scan.txt")


@pytest.mark.parametrize("data", [b"", b"   \n\r\n\t\n", "\ufeff".encode()])
def test_empty_file_is_refused(data: bytes) -> None:
    assert decode_text(b"") == ("", "utf-8")
    with pytest.raises(ImportFailed, match="empty"):
        read_text(data, file_name="empty.txt")


def test_canonical_text_rules() -> None:
    raw = "\ufeff\r\n  Title  \r\n\r\n\r\nFirst line \t\r\nsecond\rline\u2028x\n \n\n\n  Last. \n\n"
    assert canonical_text(raw) == "Title\n\nFirst line\nsecond\nline\nx\n\nLast."


def test_canonical_text_keeps_characters_inside_lines() -> None:
    # no Unicode normalisation: a decomposed é stays decomposed; inner spaces stay
    raw = "Cafe\u0301  “quoted”\u00a0—\tdash"
    assert canonical_text(raw) == raw


@pytest.mark.parametrize(
    "raw", ["a\r\n\r\n\r\nb", "  x  \n\n\n\ny\r", "", "\n\n", "one\ntwo\n\nthree"]
)
def test_canonical_text_is_idempotent_and_has_no_cr(raw: str) -> None:
    once = canonical_text(raw)
    assert canonical_text(once) == once
    assert "\r" not in once
    assert "\n\n\n" not in once
    assert all(line == line.strip() for line in once.split("\n"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (ENGLISH, "en"),
        (SIMPLIFIED, "zh"),
        (TRADITIONAL, "zh"),
        ("東京都の知事は記者会見で、新しい計画について説明しました。", "ja"),
        ("서울시는 새로운 교통 계획을 발표했다고 밝혔습니다.", "ko"),
        ("Le ministre a déclaré que le gouvernement ne reculerait pas.", None),
        ("12 34 !!", None),
    ],
)
def test_detect_language(text: str, language: str | None) -> None:
    assert detect_language(text) == language
