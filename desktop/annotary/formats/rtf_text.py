"""The plain text of an RTF document, read in one pass that can be cancelled.

Handled: groups and ignorable destinations (font and colour tables, style sheet,
document info, pictures, objects, headers and footers, field instructions, any
``{\\*\\...}`` group); paragraph, line, section and page breaks; tabs; the
typographic control words (dashes, quotes, bullets, non-breaking space and
hyphens); ``\\'hh`` bytes in the document's code page (``\\ansicpg``, multi-byte
code pages too); ``\\uN`` characters with their ``\\ucN`` fallbacks skipped,
surrogate pairs joined; ``\\binN`` data skipped.

The whole text is tokenised with one regular expression whose plain-text token
takes a whole run of characters, so a 5 MB export is read in about a second;
``cancelled`` is asked every few thousand tokens.
"""

from __future__ import annotations

import codecs
import re

from annotary.formats.document import Cancelled, check_cancelled

_TOKEN = re.compile(
    r"\\([a-z]{1,32})(-?\d{1,10})? ?"  # control word (lower case), optional parameter
    r"|\\'([0-9a-fA-F]{2})"  # a byte in the code page
    r"|\\([^a-z'])"  # control symbol
    r"|([{}])"
    r"|[\r\n]+"  # line ends in the file are not text
    r"|([^\\{}\r\n]+)"  # a run of text
)
_DESTINATIONS = frozenset(
    {
        "fonttbl",
        "colortbl",
        "stylesheet",
        "info",
        "pict",
        "object",
        "header",
        "headerl",
        "headerr",
        "headerf",
        "footer",
        "footerl",
        "footerr",
        "footerf",
        "fldinst",
        "listtable",
        "listoverridetable",
        "rsidtbl",
        "generator",
        "xmlnstbl",
        "themedata",
        "colorschememapping",
        "datastore",
        "latentstyles",
        "pgdsctbl",
        "filetbl",
        "revtbl",
        "mmathPr",
        "footnote",
        "annotation",
        "nonshppict",
        "shppict",
        "bkmkstart",
        "bkmkend",
    }
)
_WORDS = {
    "par": "\n",
    "line": "\n",
    "sect": "\n\n",
    "page": "\n\n",
    "row": "\n",
    "cell": " ",
    "tab": "\t",
    "emdash": "\u2014",
    "endash": "\u2013",
    "emspace": "\u2003",
    "enspace": "\u2002",
    "qmspace": "\u2005",
    "bullet": "\u2022",
    "lquote": "\u2018",
    "rquote": "\u2019",
    "ldblquote": "\u201c",
    "rdblquote": "\u201d",
}
_SYMBOLS = {"~": "\u00a0", "-": "\u00ad", "_": "\u2011", "\\": "\\", "{": "{", "}": "}"}
CHECK_EVERY = 5_000


class RtfText:
    """One RTF document's text; :meth:`read` does the work."""

    def __init__(self, source: str, cancelled: Cancelled | None = None) -> None:
        self.source = source  # the file's bytes as Latin-1 (one character per byte)
        self.cancelled = cancelled
        self.codepage = "cp1252"
        self.out: list[str] = []
        self.pending = bytearray()  # \'hh bytes not yet decoded
        self.high: int | None = None  # a high surrogate waiting for its pair

    def _flush_bytes(self) -> None:
        if self.pending:
            self.out.append(bytes(self.pending).decode(self.codepage, errors="replace"))
            self.pending.clear()

    def _emit(self, text: str) -> None:
        self._flush_bytes()
        if self.high is not None:
            self.out.append("\ufffd")
            self.high = None
        self.out.append(text)

    def read(self) -> str:
        ignorable = False
        ucskip, skip = 1, 0
        stack: list[tuple[bool, int]] = []
        pos, end = 0, len(self.source)
        tokens = 0
        while pos < end:
            m = _TOKEN.match(self.source, pos)
            if m is None:  # a lone backslash at the end
                break
            pos = m.end()
            tokens += 1
            if tokens % CHECK_EVERY == 0:
                check_cancelled(self.cancelled)
            word, arg, hexbyte, symbol, brace, text = m.groups()
            if brace == "{":
                stack.append((ignorable, ucskip))
                skip = 0
                continue
            if brace == "}":
                if stack:
                    ignorable, ucskip = stack.pop()
                skip = 0
                continue
            if word is not None:
                if word == "bin" and arg:
                    pos += max(int(arg), 0)  # binary data: not text
                    continue
                if ignorable:
                    continue
                if word in _DESTINATIONS:
                    ignorable = True
                elif word == "ansicpg" and arg:
                    self._set_codepage(f"cp{int(arg)}")
                elif word == "uc" and arg:
                    ucskip = max(int(arg), 0)
                elif word == "u" and arg:
                    self._unicode(int(arg))
                    skip = ucskip
                elif word in _WORDS:
                    self._emit(_WORDS[word])
                    skip = 0
                continue
            if symbol is not None:
                if symbol == "*":
                    ignorable = True
                elif not ignorable:
                    if skip:
                        skip -= 1
                    elif symbol in _SYMBOLS:
                        self._emit(_SYMBOLS[symbol])
                continue
            if ignorable:
                continue
            if hexbyte is not None:
                if skip:
                    skip -= 1
                else:
                    self.pending.append(int(hexbyte, 16))
                continue
            if text is not None:
                if skip:
                    text, skip = text[skip:], max(skip - len(text), 0)
                    if not text:
                        continue
                self._emit(self._decode(text))
        self._flush_bytes()
        return "".join(self.out)

    def _set_codepage(self, name: str) -> None:
        try:
            codecs.lookup(name)
        except LookupError:
            return
        self.codepage = name

    def _decode(self, text: str) -> str:
        if text.isascii():
            return text
        return text.encode("latin-1").decode(self.codepage, errors="replace")

    def _unicode(self, value: int) -> None:
        code = value + 65536 if value < 0 else value
        if 0xD800 <= code <= 0xDBFF:
            self._flush_bytes()
            self.high = code
            return
        if 0xDC00 <= code <= 0xDFFF and self.high is not None:
            pair = 0x10000 + ((self.high - 0xD800) << 10) + (code - 0xDC00)
            self.high = None
            self._emit(chr(pair))
            return
        self._emit(chr(code) if code < 0x110000 and not 0xD800 <= code <= 0xDFFF else "\ufffd")


def rtf_to_text(data: bytes, cancelled: Cancelled | None = None) -> str:
    """The plain text of RTF bytes (see the module docstring)."""
    return RtfText(data.decode("latin-1"), cancelled).read()
