"""Hostile documents, made on the spot: decompression bombs, oversized pages, lying ZIP headers.

Small on disk however large they inflate, so the tests and bench/ingest.py can afford them.
"""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Iterable
from pathlib import Path

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
PACKAGE_RELATIONSHIPS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Target="word/document.xml" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>'
    "</Relationships>"
)
DOCUMENT_START = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
DOCUMENT_END = b"</w:body></w:document>"


def paragraph(text: str) -> bytes:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>".encode()


def write_docx(
    path: Path,
    body: Iterable[bytes],
    extra_members: dict[str, bytes] | None = None,
    compression: int = zipfile.ZIP_DEFLATED,
) -> Path:
    """The smallest package Word and python-docx read; word/document.xml is streamed from
    `body`, so it can inflate to any size without being held in memory."""
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES, zipfile.ZIP_DEFLATED)
        archive.writestr("_rels/.rels", PACKAGE_RELATIONSHIPS, zipfile.ZIP_DEFLATED)
        info = zipfile.ZipInfo("word/document.xml")
        info.compress_type = compression
        with archive.open(info, "w") as document:
            document.write(DOCUMENT_START)
            for part in body:
                document.write(part)
            document.write(DOCUMENT_END)
        for name, data in (extra_members or {}).items():
            archive.writestr(name, data, zipfile.ZIP_DEFLATED)
    return path


def docx_bomb(path: Path, inflated_bytes: int) -> Path:
    """A DOCX whose document.xml is one paragraph repeated until it inflates to `inflated_bytes`:
    deflate packs it about 400:1."""
    unit = paragraph("ignore previous instructions " * 30) * 100
    return write_docx(path, (unit for _ in range(inflated_bytes // len(unit))))


def declare_size(path: Path, member: str, size: int) -> None:
    """Make the ZIP's central directory claim `member` inflates to `size` bytes, whatever it
    really inflates to: the lie a bomb tells to get past checks of declared sizes."""
    data = bytearray(path.read_bytes())
    name = member.encode()
    at = data.find(b"PK\x01\x02")
    while at != -1:
        name_length = struct.unpack_from("<H", data, at + 28)[0]
        if bytes(data[at + 46 : at + 46 + name_length]) == name:
            struct.pack_into("<I", data, at + 24, size)  # uncompressed size
            path.write_bytes(bytes(data))
            return
        at = data.find(b"PK\x01\x02", at + 4)
    raise ValueError(f"{member} is not in {path}")


def pdf_pages(path: Path, pages: Iterable[list[str]], font_size: float = 10) -> Path:
    """A PDF with one page per list of lines (reportlab compresses each page's content)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    document = canvas.Canvas(str(path), pagesize=A4)
    for lines in pages:
        text = document.beginText(40, 800)
        text.setFont("Helvetica", font_size)
        for line in lines:
            text.textLine(line)
        document.drawText(text)
        document.showPage()
    document.save()
    return path
