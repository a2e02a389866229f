"""Read Markdown, plain text, PDF, DOCX and HTML into one shape: a title and a run of blocks.

A block is either a heading (with its level) or a paragraph of text. Chunking works on that
shape alone, so every format is cut along its own heading structure.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from ingest.limits import DEFAULT_LIMITS, LoadError, LoadLimits, byte_size


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


def _within_text_limit(chars: int, limits: LoadLimits) -> None:
    if chars > limits.text_chars:
        raise LoadError(f"over the limit of {limits.text_chars:,} characters of text")


def load_markdown(path: Path, limits: LoadLimits) -> LoadedDocument:
    text = read_text(path)
    _within_text_limit(len(text), limits)
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


def load_text(path: Path, limits: LoadLimits) -> LoadedDocument:
    text = read_text(path)
    _within_text_limit(len(text), limits)
    return LoadedDocument(None, _text_blocks(text))


def load_pdf(path: Path, limits: LoadLimits) -> LoadedDocument:
    from pypdf import PdfReader, apply_configuration
    from pypdf.errors import LimitReachedError, PyPdfError

    try:
        # pypdf's own budgets, tightened to ours: the page tree it walks to count the pages,
        # and the tokens it parses out of one content stream before any of them is seen.
        with apply_configuration(
            page_tree_maximum_entries=2 * limits.pdf_pages, stream_parsing_work_maximum_count=limits.pdf_tokens
        ):
            reader = PdfReader(path)
            if reader.is_encrypted:
                raise LoadError("encrypted PDF")
            # What the file claims, before counting. pypdf types what a lookup finds as any PDF
            # object; a /Root or /Pages that is no dictionary fails here, as an unreadable PDF (below).
            declared = reader.trailer["/Root"]["/Pages"].get("/Count")  # type: ignore[index]
            if (isinstance(declared, int) and declared > limits.pdf_pages) or len(reader.pages) > limits.pdf_pages:
                raise LoadError(f"over the limit of {limits.pdf_pages:,} pages")
            pages = _pdf_page_texts(reader, limits)
            metadata = reader.metadata
            title = metadata.get("/Title") if metadata else None
    except LoadError:
        raise
    except LimitReachedError as error:
        # Two of pypdf's budgets are ours, set above; the rest are its own.
        if "tokens per stream" in str(error):
            raise LoadError(f"over the limit of {limits.pdf_tokens:,} content-stream tokens") from error
        if "page tree" in str(error):
            raise LoadError(f"over the limit of {limits.pdf_pages:,} pages") from error
        raise LoadError(f"over a PDF reading limit ({error})") from error
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:
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


def _pdf_page_texts(reader, limits: LoadLimits) -> list[str]:
    """Each page's text, counted as pypdf extracts it: extraction stops at the first instruction
    or run of text past a limit, so a page holding millions of characters costs no more than the
    limit does (pypdf builds a page's text by repeated concatenation, in time that grows faster
    than the text)."""
    texts: list[str] = []
    chars = tokens = 0
    for number, page in enumerate(reader.pages, 1):
        text, tokens = _pdf_page_text(page, number, chars, tokens, limits)
        chars += len(text)
        _within_text_limit(chars, limits)
        texts.append(text)
    return texts


def _pdf_page_text(page, number: int, chars: int, tokens: int, limits: LoadLimits) -> tuple[str, int]:
    """Page `number`'s text, after `chars` characters of text and `tokens` content-stream tokens
    on the pages before it; and the tokens counted with this page's."""
    page_chars = 0
    over: str | None = None

    def stop(reason: str) -> None:
        nonlocal over
        over = over or reason
        raise LoadError(over)

    def count_tokens(operator, operands, *_) -> None:
        nonlocal tokens
        tokens += 1 + sum(1 + (len(operand) if isinstance(operand, (list, dict)) else 0) for operand in operands)
        if over or tokens > limits.pdf_tokens:
            stop(f"over the limit of {limits.pdf_tokens:,} content-stream tokens")

    def count_text(text, *_) -> None:
        nonlocal page_chars
        page_chars += len(text)
        if over or page_chars > limits.pdf_page_chars:
            stop(f"over the limit of {limits.pdf_page_chars:,} characters of text on a page (page {number})")
        if chars + page_chars > limits.text_chars:
            stop(f"over the limit of {limits.text_chars:,} characters of text")

    text = page.extract_text(visitor_operand_before=count_tokens, visitor_text=count_text) or ""
    if over:  # raised inside a form XObject, where pypdf logs and carries on
        raise LoadError(over)
    return text, tokens


def load_docx(path: Path, limits: LoadLimits) -> LoadedDocument:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    from ingest.docx_package import checked_package

    try:
        document = docx.Document(checked_package(path, limits))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, SyntaxError) as error:
        raise LoadError(f"unreadable DOCX: {error}") from error
    title = (document.core_properties.title or "").strip() or None
    blocks = []
    chars = 0

    def counted(text: str) -> str:
        nonlocal chars
        chars += len(text)
        _within_text_limit(chars, limits)
        return text

    # python-docx looks a paragraph's style up afresh each time, milliseconds apiece: once per
    # style id is enough.
    style_names: dict[str | None, str] = {}
    for paragraph in document.paragraphs:
        text = counted(paragraph.text.strip())
        if not text:
            continue
        style_id = paragraph._p.style
        if style_id not in style_names:
            style_names[style_id] = (paragraph.style.name if paragraph.style is not None else "") or ""
        style = style_names[style_id]
        level = re.fullmatch(r"Heading (\d)", style)
        if style == "Title":
            title = title or text
        elif level:
            blocks.append(Block(text, int(level.group(1))))
        else:
            blocks.append(Block(text))
    for table in document.tables:
        for row in table.rows:
            cells = [counted(cell.text.strip()) for cell in row.cells]
            cells = [cell for cell in cells if cell]
            if cells:
                blocks.append(Block(" | ".join(dict.fromkeys(cells))))
    return LoadedDocument(title, blocks)


def load_html(path: Path, limits: LoadLimits) -> LoadedDocument:
    from bs4 import BeautifulSoup

    from ingest.visible_html import remove_hidden

    markup = read_text(path)
    if markup.count("<") > limits.html_tags:  # counted before parsing: each '<' may open an element
        raise LoadError(f"over the limit of {limits.html_tags:,} HTML tags")
    soup = BeautifulSoup(markup, "html.parser")
    title = soup.title.get_text(" ", strip=True) if soup.title else None
    remove_hidden(soup, limits)
    for tag in soup(["nav", "header", "footer", "svg"]):  # page furniture, not content
        tag.decompose()
    blocks = []
    body = soup.body or soup
    for element in body.find_all(
        ["h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "pre", "blockquote", "td", "dt", "dd"]
    ):
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


def check_size(path: Path, limits: LoadLimits = DEFAULT_LIMITS) -> int:
    """The file's size on disk, or LoadError when it is over the limit (or cannot be read)."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise LoadError(f"cannot read: {error.strerror or error}") from error
    if size > limits.file_bytes:
        raise LoadError(f"too large ({byte_size(size)}; the limit is {byte_size(limits.file_bytes)})")
    return size


# Unicode tag characters render as nothing, yet a language model reads them as text: the
# "ASCII smuggling" way to hide instructions in any format.
INVISIBLE_CHARACTERS = dict.fromkeys(range(0xE0000, 0xE0080))


def load(path: Path, limits: LoadLimits = DEFAULT_LIMITS) -> LoadedDocument:
    """Load one file, or raise LoadError saying why it cannot be ingested."""
    loader = LOADERS.get(path.suffix.lower())
    if loader is None:
        raise LoadError(f"unsupported file type {path.suffix or '(none)'}")
    try:
        check_size(path, limits)
        document = loader(path, limits)
    except LoadError:
        raise
    except OSError as error:
        raise LoadError(f"cannot read: {error.strerror or error}") from error
    except RecursionError as error:
        raise LoadError("too deeply nested to parse") from error
    blocks = [Block(block.text.translate(INVISIBLE_CHARACTERS), block.level) for block in document.blocks]
    document = LoadedDocument(
        document.title and document.title.translate(INVISIBLE_CHARACTERS), [b for b in blocks if b.text.strip()]
    )
    _within_text_limit(sum(len(block.text) for block in document.blocks), limits)
    if not any(block.text.strip() for block in document.blocks if block.level == 0):
        raise LoadError("no text content (empty, or only headings)")
    return document
