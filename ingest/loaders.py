"""Read Markdown, plain text, PDF, DOCX and HTML into one shape: a title and a run of blocks.

A block is either a heading (with its level) or a paragraph of text. Chunking works on that
shape alone, so every format is cut along its own heading structure.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

MAX_FILE_BYTES = 20 * 1024 * 1024


class LoadError(Exception):
    """A file that cannot be ingested; the message says why, for the ingest report."""


@dataclass(frozen=True)
class Block:
    text: str
    level: int = 0  # 0 for a paragraph, 1..6 for a heading


@dataclass
class LoadedDocument:
    title: str | None
    blocks: list[Block] = field(default_factory=list)


def read_text(path: Path) -> str:
    """Decode a text file, refusing binary content that merely has a text extension."""
    data = path.read_bytes()
    if b"\x00" in data[:65536]:
        raise LoadError("binary content (NUL bytes) in a text file")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise LoadError("not decodable as UTF-8 or Windows-1252 text")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    if text and controls / len(text) > 0.01:
        raise LoadError("binary content (control characters) in a text file")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _paragraphs(lines: list[str]) -> list[Block]:
    blocks, current = [], []
    for line in lines + [""]:
        if line.strip():
            current.append(line.rstrip())
        elif current:
            blocks.append(Block("\n".join(current)))
            current = []
    return blocks


ATX_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$")
FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")


def load_markdown(path: Path) -> LoadedDocument:
    text = read_text(path)
    lines = text.split("\n")
    title = None
    if lines and lines[0].strip() == "---":  # YAML front matter
        for end in range(1, min(len(lines), 200)):
            if lines[end].strip() in ("---", "..."):
                for line in lines[1:end]:
                    key, _, value = line.partition(":")
                    if key.strip().lower() == "title" and value.strip():
                        title = value.strip().strip("\"'")
                lines = lines[end + 1 :]
                break
    blocks: list[Block] = []
    pending: list[str] = []
    fence = None
    for line in lines:
        if fence:
            pending.append(line)
            if line.strip().startswith(fence):
                fence = None
            continue
        opening = FENCE.match(line)
        if opening:
            fence = opening.group(1)[0] * 3
            pending.append(line)
            continue
        heading = ATX_HEADING.match(line)
        if heading and heading.group(2):
            blocks += _paragraphs(pending)
            pending = []
            blocks.append(Block(heading.group(2).strip(), len(heading.group(1))))
        elif pending and pending[-1].strip() and re.fullmatch(r" {0,3}(=+|-+)\s*", line):
            # A setext underline turns the paragraph line above it into a heading.
            heading_text = pending.pop()
            blocks += _paragraphs(pending)
            pending = []
            blocks.append(Block(heading_text.strip(), 1 if line.strip()[0] == "=" else 2))
        else:
            pending.append(line)
    blocks += _paragraphs(pending)
    return LoadedDocument(title, blocks)


NUMBERED_HEADING = re.compile(r"^(?:(\d+(?:\.\d+)*)\.?|([A-Z]\.\d+(?:\.\d+)*))\s+[A-Z][^.!?]{0,100}$")


def _text_blocks(text: str) -> list[Block]:
    """Paragraphs of plain text, where a short numbered line ("4.2 Data classes") is a heading."""
    blocks = []
    for block in _paragraphs(text.split("\n")):
        first, _, rest = block.text.partition("\n")
        match = NUMBERED_HEADING.match(first.strip())
        if match and len(first) <= 120:
            number = match.group(1) or match.group(2)
            blocks.append(Block(first.strip(), min(6, number.count(".") + 1)))
            if rest.strip():
                blocks.append(Block(rest.strip()))
        else:
            blocks.append(block)
    return blocks


def load_text(path: Path) -> LoadedDocument:
    return LoadedDocument(None, _text_blocks(read_text(path)))


def load_pdf(path: Path) -> LoadedDocument:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            raise LoadError("encrypted PDF")
        pages = [page.extract_text() or "" for page in reader.pages]
        title = (reader.metadata or {}).get("/Title") if reader.metadata else None
    except LoadError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:
        raise LoadError(f"unreadable PDF: {error}") from error
    # Line breaks inside a PDF paragraph are layout, not structure: blank lines and numbered
    # heading lines are the only boundaries kept.
    text = "\n\n".join(pages)
    lines = []
    for line in text.split("\n"):
        if NUMBERED_HEADING.match(line.strip()):
            lines += ["", line.strip(), ""]
        else:
            lines.append(line)
    return LoadedDocument(str(title).strip() if title else None, _text_blocks("\n".join(lines)))


def load_docx(path: Path) -> LoadedDocument:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise LoadError(f"unreadable DOCX: {error}") from error
    title = (document.core_properties.title or "").strip() or None
    blocks = []
    for paragraph in document.paragraphs:
        text = paragraph.text.strip()
        if not text:
            continue
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        level = re.fullmatch(r"Heading (\d)", style)
        if style == "Title":
            title = title or text
        elif level:
            blocks.append(Block(text, int(level.group(1))))
        else:
            blocks.append(Block(text))
    for table in document.tables:
        for row in table.rows:
            cells = [cell.text.strip() for cell in row.cells if cell.text.strip()]
            if cells:
                blocks.append(Block(" | ".join(dict.fromkeys(cells))))
    return LoadedDocument(title, blocks)


def load_html(path: Path) -> LoadedDocument:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(read_text(path), "html.parser")
    for tag in soup(["script", "style", "nav", "header", "footer", "noscript", "template", "svg"]):
        tag.decompose()
    title = soup.title.get_text(" ", strip=True) if soup.title else None
    blocks = []
    body = soup.body or soup
    for element in body.find_all(["h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "pre", "blockquote", "td", "dt", "dd"]):
        if element.find_parent(["li", "blockquote", "td", "dd"]) and element.name != "li":
            continue  # counted with its container
        text = " ".join(element.get_text(" ", strip=True).split())
        if not text:
            continue
        if element.name[0] == "h" and element.name[1:].isdigit():
            blocks.append(Block(text, int(element.name[1])))
        else:
            blocks.append(Block(("- " if element.name == "li" else "") + text))
    return LoadedDocument(title or None, blocks)


LOADERS = {
    ".md": load_markdown,
    ".markdown": load_markdown,
    ".txt": load_text,
    ".text": load_text,
    ".pdf": load_pdf,
    ".docx": load_docx,
    ".html": load_html,
    ".htm": load_html,
}


def is_supported(path: Path) -> bool:
    return path.suffix.lower() in LOADERS


def load(path: Path) -> LoadedDocument:
    """Load one file, or raise LoadError saying why it cannot be ingested."""
    loader = LOADERS.get(path.suffix.lower())
    if loader is None:
        raise LoadError(f"unsupported file type {path.suffix or '(none)'}")
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise LoadError(f"too large ({size / 1048576:.1f} MiB; the limit is {MAX_FILE_BYTES // 1048576} MiB)")
        document = loader(path)
    except LoadError:
        raise
    except OSError as error:
        raise LoadError(f"cannot read: {error.strerror or error}") from error
    except RecursionError as error:
        raise LoadError("too deeply nested to parse") from error
    if not any(block.text.strip() for block in document.blocks if block.level == 0):
        raise LoadError("no text content (empty, or only headings)")
    return document
