"""What reading one file may cost. A file over any limit is skipped, and the reason names the limit.

Every limit is checked while the file is read, before the cost it guards is paid: sizes a ZIP
declares before anything is inflated, text as it is extracted, page by page. The defaults fit
real policy documents with room to spare: a policy of several hundred pages is within all of them.
"""

from __future__ import annotations

from dataclasses import dataclass

MiB = 1024 * 1024


class LoadError(Exception):
    """A file that cannot be ingested; the message says why, for the ingest report."""


@dataclass(frozen=True)
class LoadLimits:
    # Any file, on disk. A 200-page policy is 1-5 MiB as PDF or DOCX, a few hundred KiB as text.
    file_bytes: int = 20 * MiB
    # Extracted text per document: about 600 pages of dense prose (a page holds 3,000-5,000
    # characters); the EU AI Act is about 750,000. Embedding this much takes a few minutes.
    text_chars: int = 2_000_000
    # Extracted text per PDF page: twenty times a dense page; more is text no one can read.
    pdf_page_chars: int = 100_000
    pdf_pages: int = 2_000
    # The words of a PDF's page descriptions (text, positioning and drawing instructions with
    # their operands), what pypdf's parsing time grows with, per document; no one content
    # stream may hold more either. A 200-page text PDF has 70,000-400,000.
    pdf_tokens: int = 1_000_000
    # DOCX is a ZIP package. Word writes a few dozen members, one per image more.
    zip_members: int = 1_000
    # All members inflated; python-docx holds them all in memory.
    unzipped_bytes: int = 64 * MiB
    # The XML members inflated; python-docx parses them into a tree several times their size.
    # A 200-page document's XML is 2-5 MiB.
    xml_bytes: int = 16 * MiB
    # Inflated:compressed, for members over 1 MiB inflated. Word's XML compresses 5-30:1;
    # a decompression bomb, 1,000:1.
    compression_ratio: int = 200
    # HTML tags, counted before parsing: BeautifulSoup builds an object for each element and
    # parses a few thousand a second on a busy machine. A long policy page has 5,000-20,000.
    html_tags: int = 100_000
    # The CSS of an HTML page (its <style> sheets and style attributes), read to find hidden
    # text. An embedded Bootstrap is 230 KiB.
    html_css_bytes: int = 1 * MiB
    # Element visits to work out which elements the <style> rules hide (reading a selector
    # counts as 100): a page with 3,000 rules and 6,000 elements takes about 200,000.
    html_style_visits: int = 1_000_000


DEFAULT_LIMITS = LoadLimits()


def byte_size(size: int) -> str:
    """20 MiB, 48.3 MiB, 256 KiB: for the reasons a file is skipped."""
    unit, name = (MiB, "MiB") if size >= MiB else (1024, "KiB")
    return f"{size / unit:.0f} {name}" if size % unit == 0 else f"{size / unit:.1f} {name}"
