"""What the index stores: a chunk of one section of one document, with where it came from."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Chunk:
    """A piece of one section of a document. A chunk never spans two sections."""

    text: str
    source: str  # path relative to the ingested root, POSIX separators
    title: str  # the document's title
    headings: tuple[str, ...]  # heading path below the title, outermost first
    section: str | None  # the section number of the innermost numbered heading ("4.2")
    control_id: str | None  # e.g. "A.10.3", from the nearest heading that names one
    position: int  # index of the chunk within its document
    intro: bool = False  # a preamble, or a section's text before its first sub-heading

    @property
    def heading(self) -> str:
        return " > ".join(self.headings)

    def indexed_text(self) -> str:
        """The text that is embedded and BM25-indexed: title and headings give the body its context."""
        return index_text(self.title, self.heading, self.text)


def index_text(title: str, heading: str, body: str) -> str:
    return "\n".join(part for part in (title, heading, body) if part)
