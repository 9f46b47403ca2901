"""Decode the bytes of a text file whatever its encoding, or say why it is not text.

Order of decisions:

1. well-known binary signatures (PNG, JPEG, GIF, PDF, ZIP/DOCX/EPUB, gzip, old
   Office, SQLite, executables) are rejected with a message naming the type;
2. a byte-order mark decides (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE);
3. UTF-16 without a BOM is recognised by its pattern of NUL bytes (text that is
   mostly ASCII); any other data with NUL bytes is binary;
4. valid UTF-8 is UTF-8;
5. otherwise charset-normalizer chooses among GB18030 (a superset of GBK and
   GB2312), Big5, Windows-1252, Shift_JIS and EUC-KR; between candidates the one
   whose text has the larger share of very common Chinese characters wins (this
   separates GB18030 from Big5 on short texts), then the least "chaotic".

Decoded text whose characters are more than 5% control characters is binary.
"""

from __future__ import annotations

import codecs
import unicodedata

from charset_normalizer import from_bytes

from annotary.domain.errors import ImportFailed

_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF file (save the article as text or HTML first)"),
    (b"PK\x03\x04", "a ZIP archive (e.g. .docx, .odt or .epub), not plain text"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file (.doc), not plain text"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x7fELF", "a program (ELF executable)"),
    (b"MZ", "a Windows program"),
    (b"RIFF", "a media file (RIFF)"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 audio file"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CANDIDATES = ["gb18030", "big5", "cp1252", "shift_jis", "euc_kr"]
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


def _common_han_share(text: str) -> float:
    han = [ch for ch in text[:5000] if "\u3400" <= ch <= "\u9fff"]
    if not han:
        return 0.0
    return sum(1 for ch in han if ch in _COMMON_HAN) / len(han)


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


def _detect(data: bytes) -> tuple[str, str] | None:
    results = list(from_bytes(data, cp_isolation=_CANDIDATES))
    if not results:
        results = list(from_bytes(data))
    best: tuple[float, int, str, str] | None = None
    for rank, match in enumerate(results):
        text = str(match)
        score = _common_han_share(text) - match.chaos
        if best is None or score > best[0]:
            best = (score, rank, text, _codec_name(match.encoding))
    if best is None:
        return None
    return best[2], best[3]


def decode_text(data: bytes, source: str = "data") -> tuple[str, str]:
    """The text in ``data`` and the name of its encoding.

    Raises :class:`ImportFailed` (naming ``source``) only when the data is not
    text at all.
    """
    if not data:
        return "", "utf-8"
    kind = _signature(data)
    if kind:
        raise _fail(source, f"this is {kind}, not a text file")
    for bom, name in _BOMS:
        if data.startswith(bom):
            text = data[len(bom) :].decode(name.replace("-sig", ""), errors="replace")
            return text, name
    utf16 = _utf16_without_bom(data)
    if utf16:
        text = data.decode(utf16, errors="replace")
        if not _looks_binary(text):
            return text, utf16
    if b"\x00" in data:
        raise _fail(source, "this is binary data (it contains NUL bytes), not a text file")
    try:
        text = data.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError:
        detected = _detect(data)
        if detected is None:
            raise _fail(source, "the data is not text in any known encoding") from None
        text, encoding = detected
    if _looks_binary(text):
        raise _fail(source, "this is binary data (mostly control characters), not a text file")
    return text, encoding
