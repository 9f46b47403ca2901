"""Synthetic news-database exports for bench/import_articles.py (written at bench time)."""

from __future__ import annotations

import random
from pathlib import Path

from pdf_writer import PdfPage, wrap, write_pdf
from synthetic import OUTLETS, article_text

MONTHS = ["January", "February", "March", "April", "May", "June"]


def nexis_text(path: Path, documents: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    parts = [f"Download Request: Current Document: 1-{documents}\nTerms: harbour\n\n"]
    for n in range(1, documents + 1):
        body = article_text(rng, n % 5 == 0, paragraphs=8)
        parts.append(
            f"\n                               {n} of {documents} DOCUMENTS\n\n\n"
            f"                           {OUTLETS[n % 5]}\n\n"
            f"                          {MONTHS[n % 6]} {1 + n % 28}, 2025 Monday\n"
            "                             Final Edition\n\n"
            f"Story {seed}-{n} on the harbour\nand the ferries\n\n"
            f"BYLINE: Reporter {n % 37}\n\nSECTION: NEWS; Pg. {1 + n % 40}\n\n"
            f"LENGTH: {len(body.split())} words\n\n{body}\n\n"
            f"LOAD-DATE: {MONTHS[n % 6]} {2 + n % 27}, 2025\n\nLANGUAGE: ENGLISH\n\n"
            "PUBLICATION-TYPE: Newspaper\n\nCopyright 2025 Example Media Ltd\n"
        )
    path.write_text("".join(parts), encoding="utf-8")


def _rtf_escape(text: str) -> str:
    out = []
    for ch in text:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) < 128:
            out.append(ch)
        else:
            code = ord(ch)
            out.append(f"\\u{code - 0x10000 if code > 0x7FFF else code}?")
    return "".join(out)


def factiva_rtf(path: Path, documents: int, seed: int = 2) -> None:
    rng = random.Random(seed)
    lines: list[str] = []
    for n in range(1, documents + 1):
        body = article_text(rng, n % 5 == 0, paragraphs=8)
        lines += [f"Ferry story {seed}-{n}", "", f"By Reporter {n % 41}"]
        lines += [f"{len(body.split())} words", f"{1 + n % 28} {MONTHS[n % 6]} 2025"]
        lines += [OUTLETS[n % 5], "EXMPL", "English", "Copyright 2025 Example Media Ltd.", ""]
        for para in body.split("\n\n"):
            lines += [para, ""]
        lines += [f"Document EXMPL0002025030{n:06d}el35", "", ""]
    head = "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}}\\f0\\fs22\n"
    body = "".join(_rtf_escape(line) + "\\par\n" for line in lines)
    path.write_bytes((head + body + "}\n").encode("ascii"))


def long_pdf(path: Path, pages: int, seed: int = 3) -> None:
    rng = random.Random(seed)
    out: list[PdfPage] = []
    for n in range(1, pages + 1):
        page = PdfPage()
        page.text(60, 800, 8, "Harbour report - synthetic")
        page.text(290, 40, 8, str(n))
        if n == 1:
            page.text(60, 760, 18, "The harbour in three hundred pages")
        y = 730.0
        for para in article_text(rng, False, paragraphs=3).split("\n\n"):
            for line in wrap(para, 90):
                if y < 70:
                    break
                page.text(60, y, 10, line)
                y -= 13
            y -= 10
        out.append(page)
    path.write_bytes(write_pdf(out))
