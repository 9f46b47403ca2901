"""Decode the bytes of a text file whatever its encoding, or say why it is not text.

Order of decisions:

1. well-known binary signatures (PNG, JPEG, GIF, PDF, ZIP/DOCX/EPUB, gzip, old
   Office, SQLite, executables) are rejected with a message naming the type;
2. a byte-order mark decides (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE);
3. UTF-16 without a BOM is recognised by its pattern: NUL bytes on one side of
   most pairs (mostly ASCII text), or, for Chinese, Japanese or Korean text that
   is not valid UTF-8, a decoding in which nearly every character is a letter,
   CJK character or punctuation (the other byte order gives noise); other data
   with NUL bytes is binary;
4. valid UTF-8 is UTF-8; text with some UTF-8 beyond ASCII and a few short
   invalid runs of bytes (at most :data:`MAX_STRAY_SHARE` of the data, runs of
   :data:`MAX_MEAN_RUN` bytes or fewer on average, as single-byte accented
   letters and curly quotes make: e.g. one paragraph pasted from a Windows
   program) is UTF-8 with those runs read as Windows-1252, and says so. Legacy
   CJK text makes long runs and is left to step 5;
5. otherwise charset-normalizer chooses, on the first :data:`DETECT_SAMPLE_BYTES`,
   among the plausible encodings only (:data:`CANDIDATES`: never an obscure
   code page that a statistical detector happens to prefer); between candidates
   the one whose text has the larger share of very common Chinese characters wins
   (this separates GB18030 from Big5 on short texts), then the least "chaotic".
   With no candidate, Windows-1252 is used. Either way the result says it was a
   guess.

Decoded text whose characters are more than 5% control characters is binary.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from charset_normalizer import from_bytes

from annotary.domain.errors import ImportFailed
from annotary.domain.messages import message
from annotary.domain.scripts import (
    CJK_PUNCTUATION,
    HAN_EXTENSION_A,
    HAN_UNIFIED,
    HANGUL_SYLLABLES,
    HIRAGANA_KATAKANA,
    in_ranges,
    is_han,
    is_kana,
)

_SIGNATURES: tuple[tuple[bytes, str], ...] = (  # what the data is, said whole
    (b"\x89PNG\r\n\x1a\n", message("this is a PNG image, not a text file")),
    (b"\xff\xd8\xff", message("this is a JPEG image, not a text file")),
    (b"GIF87a", message("this is a GIF image, not a text file")),
    (b"GIF89a", message("this is a GIF image, not a text file")),
    (
        b"%PDF-",
        message("this is a PDF file (save the article as text or HTML first), not a text file"),
    ),
    (
        b"PK\x03\x04",
        message(
            "this is a ZIP archive (e.g. .docx, .odt or .epub), not plain text, not a text file"
        ),
    ),
    (b"PK\x05\x06", message("this is an empty ZIP archive, not a text file")),
    (b"\x1f\x8b", message("this is a gzip archive, not a text file")),
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        message("this is an old Microsoft Office file (.doc), not plain text, not a text file"),
    ),
    (b"SQLite format 3\x00", message("this is an SQLite database, not a text file")),
    (b"\x7fELF", message("this is a program (ELF executable), not a text file")),
    (b"MZ", message("this is a Windows program, not a text file")),
    (b"RIFF", message("this is a media file (RIFF), not a text file")),
    (b"OggS", message("this is an Ogg media file, not a text file")),
    (b"ID3", message("this is an MP3 audio file, not a text file")),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
CANDIDATES = [
    "gb18030", "big5", "shift_jis", "euc_jp", "euc_kr", "cp1252", "cp1251", "cp1250",
    "iso8859_2", "koi8_r",
]  # fmt: skip
DETECT_SAMPLE_BYTES = 1_000_000
MAX_STRAY_SHARE = 0.2
MAX_MEAN_RUN = 4
_NAMES = {
    "utf-8": "UTF-8", "utf-8-sig": "UTF-8", "utf-16-le": "UTF-16 LE", "utf-16-be": "UTF-16 BE",
    "utf-32-le": "UTF-32 LE", "utf-32-be": "UTF-32 BE", "gb18030": "GB18030", "big5": "Big5",
    "shift_jis": "Shift_JIS", "euc_jp": "EUC-JP", "euc_kr": "EUC-KR", "cp1252": "Windows-1252",
    "cp1251": "Windows-1251", "cp1250": "Windows-1250", "iso8859-2": "ISO-8859-2",
    "koi8-r": "KOI8-R", "latin-1": "ISO-8859-1", "iso8859-1": "ISO-8859-1",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text, the codec used, and a note when the encoding was a guess."""

    text: str
    encoding: str
    note: str | None = None


def encoding_label(codec: str) -> str:
    """The usual name of a codec, for people: ``cp1252`` is "Windows-1252"."""
    return _NAMES.get(codec, codec)


# Very frequent characters, in both simplified and traditional forms.
_COMMON_HAN = frozenset(
    "的一是不了在人有我他这這个個们們中来來上大为為和国國地到以说說时時要就出会會可也你对對"
    "生能而子那得于於着著下自之年过過发發后後作里裡用道行所然家种種事成方多经經么麼去法学學如"
    "都同现現当當没沒动動面起看定天分还還进進好小部其些主样樣理心她本前开開但因只从從想实實日"
    "者意无無力它与與长長把机機民第公此已工使情明性知全三又关關点點正业業外将將两兩高间間由问"
    "問很最重并並物手应應向头頭文体體政美相见見被利什二等产產或新己制身果加西月话話合回特代内"
    "信表化老给給世位次度门門任常先海通教原东東声聲提立及比员員解水名真论論处處走义義各入几幾"
    "口认認条條平系气氣题題活更别別打女变變四总總何电電数數安少报報才结結反受目量再感建务務做"
    "接必场場件计計管期市直资資命山金指许許统統区區保至队隊形社便空决決治展马馬科司五基书書示"
    "强強指出表示认为記者记者说道发言人经济經濟发展發展市场市場政府企业企業"
)


def _fail(source: str, reason: str) -> ImportFailed:
    return ImportFailed(source, reason)


def _signature(data: bytes) -> str | None:
    """Why ``data`` is not text, when its first bytes are a known binary signature."""
    for magic, name in _SIGNATURES:
        if data.startswith(magic):
            if magic == b"MZ" and len(data) > 64 and b"PE\x00\x00" not in data[:1024]:
                continue  # a text that happens to start with "MZ"
            return name
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """ "utf-16-le" / "utf-16-be" when NUL bytes sit on one side of most pairs."""
    sample = data[:4096]
    if len(sample) < 4 or len(data) % 2:
        return None
    pairs = len(sample) // 2
    even_nuls = sum(1 for i in range(0, 2 * pairs, 2) if sample[i] == 0)
    odd_nuls = sum(1 for i in range(1, 2 * pairs, 2) if sample[i] == 0)
    if odd_nuls >= 0.3 * pairs and even_nuls <= 0.02 * pairs:
        return "utf-16-le"
    if even_nuls >= 0.3 * pairs and odd_nuls <= 0.02 * pairs:
        return "utf-16-be"
    return None


# What a UTF-16 text in an East Asian language is made of: CJK punctuation, kana,
# the Han of the Basic Multilingual Plane and Hangul syllables.
_EAST_ASIAN = (CJK_PUNCTUATION, HIRAGANA_KATAKANA, HAN_EXTENSION_A, HAN_UNIFIED, HANGUL_SYLLABLES)


def _plausible(ch: str) -> bool:
    cp = ord(ch)
    return (
        0x20 <= cp < 0x7F
        or ch in "\t\n\r"
        or 0xA0 <= cp <= 0x24F  # Latin
        or 0x370 <= cp <= 0x4FF  # Greek, Cyrillic
        or 0x2010 <= cp <= 0x205E  # punctuation
        or in_ranges(ch, _EAST_ASIAN)
        or 0xFF00 <= cp <= 0xFFEF  # full-width forms
    )


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _natural_cjk(text: str) -> float:
    """Kana, Hangul and very common Han among CJK characters: high for real text,
    low for bytes read in the wrong encoding (which give rare Han)."""
    sample = text[:4000]
    natural = cjk = 0
    for ch in sample:
        if is_kana(ch) or in_ranges(ch, (HANGUL_SYLLABLES,)):
            natural += 1
            cjk += 1
        elif is_han(ch):
            natural += ch in _COMMON_HAN
            cjk += 1
    return natural / cjk if cjk else 0.0


_LEGACY_CJK = ("gb18030", "big5", "shift_jis", "euc_jp", "euc_kr")


def _cjk_utf16_without_bom(data: bytes) -> str | None:
    """The byte order in which a BOM-less UTF-16 sample reads as CJK text, if one does.

    Both orders are tried; the text must be nearly all letters and punctuation,
    a third CJK, and read more naturally (:func:`_natural_cjk`) than any legacy
    CJK encoding reads the same bytes.
    """
    sample = data[:8192]
    if len(sample) < 8 or len(data) % 2:
        return None
    found: list[tuple[float, str]] = []
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = sample.decode(codec)
        except UnicodeDecodeError:
            continue  # a lone surrogate: not this byte order
        cjk = sum(1 for ch in text if in_ranges(ch, _EAST_ASIAN))
        plausible = sum(1 for ch in text if _plausible(ch))
        if plausible >= 0.98 * len(text) and cjk >= 0.3 * len(text):
            found.append((_natural_cjk(text), codec))
    if len(found) != 1 or found[0][0] < 0.25:
        return None
    for legacy in _LEGACY_CJK:
        try:
            other = sample.decode(legacy)
        except UnicodeDecodeError:
            continue
        if _natural_cjk(other) >= found[0][0]:
            return None
    return found[0][1]


def _common_han_share(text: str) -> float:
    han = [ch for ch in text[:5000] if is_han(ch)]
    if not han:
        return 0.0
    return sum(1 for ch in han if ch in _COMMON_HAN) / len(han)


def _kana_share(text: str) -> float:
    """Kana among CJK characters: Japanese text has many, mis-decoded text none."""
    sample = text[:5000]
    kana = sum(1 for ch in sample if is_kana(ch))
    cjk = kana + sum(1 for ch in sample if is_han(ch))
    return kana / cjk if cjk else 0.0


def _looks_binary(text: str) -> bool:
    if not text:
        return False
    sample = text[:20000]
    controls = sum(
        1 for ch in sample if ch not in "\t\n\r\f\v\x1b" and unicodedata.category(ch) == "Cc"
    )
    return controls > 0.05 * len(sample)


def _codec_name(name: str) -> str:
    return codecs.lookup(name).name


def _detect(data: bytes) -> str | None:
    """The most plausible of :data:`CANDIDATES` for ``data`` (judged on a sample)."""
    sample = data[:DETECT_SAMPLE_BYTES]
    best: tuple[float, str] | None = None
    for match in from_bytes(sample, cp_isolation=CANDIDATES):
        # Encodings that read the sample the same: the first in our list of candidates.
        same = {_codec_name(c) for c in [match.encoding, *match.could_be_from_charset]}
        codec = next((_codec_name(c) for c in CANDIDATES if _codec_name(c) in same), None)
        if codec is None:
            continue
        text = str(match)
        score = _common_han_share(text) + _kana_share(text) - match.chaos
        if best is None or score > best[0]:
            best = (score, codec)
    return best[1] if best is not None else None


_STRAY = re.compile("[\udc80-\udcff]+")


def _mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """UTF-8 whose few invalid runs are read as Windows-1252: (text, runs), or None."""
    text = data.decode("utf-8", errors="surrogateescape")
    runs = list(_STRAY.finditer(text))
    stray = sum(m.end() - m.start() for m in runs)
    if not runs or stray > MAX_STRAY_SHARE * len(data) or stray > MAX_MEAN_RUN * len(runs):
        return None
    if _STRAY.sub("", text).isascii():
        return None  # no UTF-8 beyond ASCII: a single-byte encoding reads it all

    def cp1252(m: re.Match[str]) -> str:
        raw = m.group(0).encode("utf-8", errors="surrogateescape")
        return raw.decode("cp1252", errors="replace")

    return _STRAY.sub(cp1252, text), len(runs)


def decode_text(data: bytes, source: str = "data") -> tuple[str, str]:
    """The text in ``data`` and the name of its encoding (see :func:`decode`)."""
    decoded = decode(data, source)
    return decoded.text, decoded.encoding


def decode(data: bytes, source: str = "data") -> Decoded:
    """The text in ``data``, its encoding and a note when that was a guess.

    Raises :class:`ImportFailed` (naming ``source``) only when the data is not
    text at all.
    """
    if not data:
        return Decoded("", "utf-8")
    not_text = _signature(data)
    if not_text:
        raise _fail(source, not_text)
    for bom, name in _BOMS:
        if data.startswith(bom):
            text = data[len(bom) :].decode(name.replace("-sig", ""), errors="replace")
            return Decoded(text, name)
    utf16 = _utf16_without_bom(data)
    if utf16 is None and b"\x00" in data:
        utf16 = _cjk_utf16_without_bom(data)  # CJK with a few ASCII characters
    if utf16 is None and b"\x00" not in data and not _is_utf8(data):
        utf16 = _cjk_utf16_without_bom(data)  # valid UTF-8 is never taken for UTF-16
    if utf16:
        text = data.decode(utf16, errors="replace")
        if not _looks_binary(text):
            guess = message(
                "no byte-order mark: read as {encoding} (guessed)", encoding=encoding_label(utf16)
            )
            return Decoded(text, utf16, guess)
    if b"\x00" in data:
        raise _fail(source, message("this is binary data (it contains NUL bytes), not a text file"))
    note: str | None = None
    try:
        text = data.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError:
        mixed = _mostly_utf8(data)
        if mixed is not None:
            text, runs = mixed
            encoding = "utf-8"
            note = (
                message("UTF-8 except 1 run of bytes, read as Windows-1252 (guessed)")
                if runs == 1
                else message(
                    "UTF-8 except {count} runs of bytes, read as Windows-1252 (guessed)",
                    count=f"{runs:,}",
                )
            )
        else:
            encoding = _detect(data) or "cp1252"
            text = data.decode(encoding, errors="replace")
            note = message("encoding guessed: {encoding}", encoding=encoding_label(encoding))
    if _looks_binary(text):
        raise _fail(
            source, message("this is binary data (mostly control characters), not a text file")
        )
    return Decoded(text, encoding, note)
