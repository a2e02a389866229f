"""Cut a loaded document into chunks along its heading structure.

A chunk never spans two sections. A section longer than the chunk size is cut at sentence
boundaries, and each piece repeats the last sentences of the one before, so that a passage cut
in two is still found whole in one of them.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from ingest.loaders import LoadedDocument
from knowledge.retrieval.chunks import Chunk
from knowledge.retrieval.text import (
    LIST_ITEM,
    control_id_in,
    hard_wrap,
    section_number_in,
    split_sentences,
    table_header,
)

MAX_CHARS = 900  # all-MiniLM-L6-v2 reads 256 word pieces; ~900 characters plus headings fit
OVERLAP_CHARS = 180
MAX_HEADING_CHARS = 200


def title_from_filename(source: str) -> str:
    stem = PurePosixPath(source).stem
    words = re.sub(r"[-_]+", " ", stem).strip()
    return words[:1].upper() + words[1:] if words else source


def _pack(
    sentences: list[tuple[int, str]], max_chars: int, overlap: int, headers: dict[int, tuple[str, str]] | None = None
) -> list[str]:
    """Greedy packing of (paragraph number, sentence) units into overlapping chunks. A table cut in two repeats
    its header (`headers`: its rows, by paragraph number) above the rows of each later piece, so that every
    row is read with what its columns are ("Acknowledge within" of "| 2 – High | … | 4 business hours |")."""
    headers = headers or {}

    def render(units):
        units = with_header(units)
        text = ""
        for position, (paragraph, sentence) in enumerate(units):
            if position:
                previous = units[position - 1]
                if paragraph != previous[0]:
                    text += "\n\n"
                else:  # a table's rows and a list's items stay one to a line, so that each can be read as one
                    one_per_line = (sentence.startswith("|") and previous[1].startswith("|")) or LIST_ITEM.match(
                        sentence
                    )
                    text += "\n" if one_per_line else " "
            text += sentence
        return text

    def with_header(units):
        first_row = next((position for position, (_, sentence) in enumerate(units) if sentence.startswith("|")), None)
        if first_row is None:
            return units
        paragraph = units[first_row][0]
        header = headers.get(paragraph, ())
        if not header or any(unit == (paragraph, header[0]) for unit in units):
            return units
        return [*units[:first_row], *((paragraph, row) for row in header), *units[first_row:]]

    chunks: list[str] = []
    current: list[tuple[int, str]] = []
    for unit in sentences:
        if current and len(render(current + [unit])) > max_chars:
            chunks.append(render(current))
            carried: list[tuple[int, str]] = []
            for previous in reversed(current):
                candidate = [previous] + carried
                if len(render(candidate)) > overlap or len(render(candidate + [unit])) > max_chars:
                    break
                carried = candidate
            current = carried
        current.append(unit)
    if current:
        chunks.append(render(current))
    return chunks


def table_headers(paragraphs: list[str]) -> dict[int, tuple[str, str]]:
    """The header row and divider of each paragraph that holds a table, by paragraph number."""
    return {number: header for number, paragraph in enumerate(paragraphs) if (header := table_header(paragraph))}


def chunk_document(
    document: LoadedDocument, source: str, max_chars: int = MAX_CHARS, overlap: int = OVERLAP_CHARS
) -> list[Chunk]:
    blocks = list(document.blocks)
    title = document.title
    first_heading = next((block for block in blocks if block.level), None)
    if first_heading is not None and first_heading.level == 1:
        if title is None or first_heading.text.strip() == title.strip():
            title = first_heading.text
            blocks.remove(first_heading)
    title = (title or title_from_filename(source))[:MAX_HEADING_CHARS]

    # Each section: its heading path, its paragraphs, and the heading it sits under (by position
    # in `blocks`; -1 for the preamble), so that headings with sub-headings can be recognised.
    sections: list[tuple[tuple[str, ...], list[str], int]] = []
    stack: list[tuple[int, str, int]] = []  # (level, text, position of the heading)
    parents: set[int] = set()  # headings (and -1: the document) that have sub-headings
    paragraphs: list[str] = []
    for position, block in enumerate(blocks + [None]):
        if block is None or block.level:
            if paragraphs:
                sections.append((tuple(text for _, text, _ in stack), paragraphs, stack[-1][2] if stack else -1))
            paragraphs = []
            if block is not None:
                while stack and stack[-1][0] >= block.level:
                    stack.pop()
                parents.add(stack[-1][2] if stack else -1)
                stack.append((block.level, " ".join(block.text.split())[:MAX_HEADING_CHARS], position))
        else:
            paragraphs.append(block.text.strip())

    chunks: list[Chunk] = []
    for headings, section_paragraphs, owner in sections:
        # A preamble or the text before a section's first sub-heading introduces what follows;
        # retrieval weighs it down, since the answer is usually in a sub-section.
        intro = owner in parents
        section = next((n for n in map(section_number_in, reversed(headings)) if n), None)
        control = next((c for c in map(control_id_in, reversed(headings)) if c), None)
        whole = "\n\n".join(section_paragraphs)
        if len(whole) <= max_chars:
            pieces = [whole]
        else:
            units = [
                (number, piece)
                for number, paragraph in enumerate(section_paragraphs)
                for sentence in split_sentences(paragraph)
                for piece in hard_wrap(sentence, max_chars)
            ]
            pieces = _pack(units, max_chars, overlap, table_headers(section_paragraphs))
        for piece in pieces:
            chunks.append(Chunk(piece, source, title, headings, section, control, len(chunks), intro))
    return chunks
