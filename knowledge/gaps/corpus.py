"""The organization's own policy text in a knowledge index, told apart from the bundled guidance.

A stored document is guidance when its source path starts with the guidance prefix (`iso42001/`
by default: where `govbot ingest` puts the shipped guidance, as it reads policies/), or when its
content is byte for byte a bundled guidance file (the same guidance ingested from elsewhere, say
`govbot ingest policies/iso42001`). Everything else is the organization's, whatever its folder or
headings: the analysis must never count the guidance as evidence that the organization meets it.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

import numpy as np

from knowledge.retrieval.text import LIST_ITEM, controls_named, split_sentences

DEFAULT_GUIDANCE_PREFIX = "iso42001/"

# "ISO/IEC 42001 clause 9.3", "ISO 42001 9.3", "clause 9.3 of ISO/IEC 42001": a clause number counts
# only in a sentence that names the standard, since "clause 5.1" alone is as likely a contract's.
_STANDARD = re.compile(r"\b42001\b")
_CLAUSE = re.compile(r"\b(?:clauses?\s+|42001(?::\d{4})?,?\s+(?:clauses?\s+)?)(\d{1,2}(?:\.\d+)*)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Passage:
    """One stored chunk of an organization's document."""

    chunk_id: str
    text: str
    source: str
    title: str
    heading: str
    section: str | None
    vector: np.ndarray

    @property
    def citation(self) -> str:
        """'AI Acceptable Use Policy, 4.2 Confidential data': the innermost heading names the section."""
        innermost = self.heading.split(" > ")[-1] if self.heading else ""
        return f"{self.title}, {innermost}" if innermost else self.title

    def sentences(self) -> list[str]:
        """The passage's sentences worth quoting, list markers taken off."""
        sentences = (s for paragraph in self.text.split("\n\n") for s in split_sentences(paragraph))
        return [LIST_ITEM.sub("", s) for s in sentences if _is_prose(s)]


@dataclass(frozen=True)
class Corpus:
    passages: list[Passage]  # the organization's, by document and heading
    organization: list[str]  # sources of the organization's documents
    guidance: list[str]  # sources recognised as guidance, and so left out


def is_guidance(metadata: dict, prefix: str, fingerprints: Collection[str]) -> bool:
    return (bool(prefix) and metadata["source"].startswith(prefix)) or metadata.get("file_sha") in fingerprints


def read_corpus(stored: dict, prefix: str, fingerprints: Collection[str]) -> Corpus:
    """Split what the index holds (`KnowledgeIndex.stored_chunks()`) into the organization's passages
    and the guidance."""
    passages, organization, guidance = [], set(), set()
    for chunk_id, text, metadata, vector in zip(
        stored["ids"], stored["documents"], stored["metadatas"], stored["embeddings"], strict=True
    ):  # chromadb's `get` gives one of each per chunk
        if is_guidance(metadata, prefix, fingerprints):
            guidance.add(metadata["source"])
            continue
        organization.add(metadata["source"])
        fields = (metadata["source"], metadata["title"], metadata["heading"], metadata["section"] or None)
        passages.append(Passage(chunk_id, text, *fields, np.asarray(vector, dtype=np.float32)))
    # Stored order is the store's; document order makes results repeatable.
    passages.sort(key=lambda p: (p.source, p.heading, p.text))
    return Corpus(passages, sorted(organization), sorted(guidance))


def references_in(text: str, known: Collection[str]) -> dict[str, str]:
    """The catalogue's controls and clauses a text cites explicitly, each with the sentence citing it."""
    found: dict[str, str] = {}
    for sentence in split_sentences(" ".join(text.split())):
        ids = controls_named(sentence)
        if _STANDARD.search(sentence):
            ids |= {match for match in _CLAUSE.findall(sentence)}
        for control_id in sorted(ids & set(known)):
            found.setdefault(control_id, sentence)
    return found


def _is_prose(sentence: str) -> bool:
    """A sentence worth quoting: words, not a table rule or a bare heading-like fragment."""
    return len(re.findall(r"[^\W\d_]{2,}", sentence)) >= 4
