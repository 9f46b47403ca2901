"""A minimal PDF writer for test fixtures and benchmarks: pages of positioned text lines
in Helvetica (Latin-1 text), or pages with a drawing and no text at all.

Used by tests/formats/fixtures/news/make_fixtures.py and bench/import_articles.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class PdfPage:
    width: float = 595.0
    height: float = 842.0
    # (x, y, font size, text); y from the bottom of the page, as PDF has it
    lines: list[tuple[float, float, float, str]] = field(default_factory=list)
    drawing_only: bool = False  # a grey box and no text: like a scanned page

    def text(self, x: float, y: float, size: float, text: str) -> None:
        self.lines.append((x, y, size, text))


def _escape(text: str) -> bytes:
    raw = text.encode("latin-1", errors="replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _content(page: PdfPage) -> bytes:
    if page.drawing_only:
        return b"0.6 g 60 60 475 720 re f\n"
    parts = []
    for x, y, size, text in page.lines:
        parts.append(b"BT /F1 %.1f Tf %.2f %.2f Td (" % (size, x, y) + _escape(text) + b") Tj ET\n")
    return b"".join(parts)


def write_pdf(pages: list[PdfPage], title: str | None = None) -> bytes:
    """The bytes of a PDF with these pages (and a document title, if given)."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    pages_id = add(b"")  # filled in below
    kids = []
    for page in pages:
        data = _content(page)
        stream = add(b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream")
        kids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.0f %.0f] "
                b"/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>"
                % (pages_id, page.width, page.height, font, stream)
            )
        )
    objects[pages_id - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        len(kids),
    )
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    info = add(b"<< /Title (" + _escape(title) + b") >>") if title else None
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    trailer = b"<< /Size %d /Root %d 0 R" % (len(objects) + 1, catalog)
    if info:
        trailer += b" /Info %d 0 R" % info
    out += b"trailer\n" + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def wrap(text: str, width: int) -> list[str]:
    """Words of ``text`` in lines of at most ``width`` characters."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    if current:
        lines.append(current)
    return lines
