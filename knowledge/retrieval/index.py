"""The hybrid knowledge index: dense vectors in Chroma, BM25 beside it, fused by score.

Chroma is the source of truth (texts, metadata, vectors). The BM25 index is derived from it and
cached on disk, stamped with the corpus version it was built from, so that opening the index for
an unchanged corpus reads two stores and computes nothing.

Search scales each retriever's scores to 0..1 over its own candidates and adds them, weighs down
introductory text, then ranks sections rather than chunks: a section scores its best chunk plus
a decaying share of its other matching chunks (bench/retrieval.py measures each choice).
"""

from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import numpy as np

from knowledge.retrieval.chunks import Chunk, index_text
from knowledge.retrieval.embeddings import Embedder
from knowledge.retrieval.lexical import LexicalIndex
from knowledge.retrieval.text import clauses_named, controls_named, names_the_standard, search_terms, sections_named

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

COLLECTION_NAME = "govbot-knowledge"
# What is stored per chunk. Bump it when that changes (2: the `intro` flag): an index of another
# format is re-made by `govbot ingest` and refused by search, never read with missing fields.
INDEX_FORMAT = 2
CANDIDATES = 50  # per retriever, before fusion
# Chroma's HNSW search is approximate, and from one process to the next it may miss a different one of
# the dense candidates; the last candidate's score sets the scale of the dense scores, so a miss moves every
# fused score and can reorder near-ties: the same question answered differently after a restart. A corpus
# of up to EXACT_SEARCH_MAX_CHUNKS chunks (a few MB of vectors) is searched exactly, from its vectors read at
# the first search; a larger one through HNSW, asking for DENSE_OVERFETCH times the candidates and keeping
# the best.
EXACT_SEARCH_MAX_CHUNKS = 20_000
DENSE_OVERFETCH = 2
DENSE_WEIGHT = 1.0
LEXICAL_WEIGHT = 1.0
INTRO_WEIGHT = 0.5  # preambles and text before a section's first sub-heading are rarely the answer
SECTION_DECAY = 0.3  # a section's score: best chunk + 0.3 x second + 0.09 x third ...
NAMED_CONTROL_BONUS = 10.0  # above any fused score: a question naming a control gets it first
SEARCH_MODES = ("hybrid", "dense", "lexical")
RANKING_FIELDS = ("source", "title", "heading", "section", "control_id", "intro")  # chunk metadata that search ranks by


class KnowledgeIndexError(RuntimeError):
    """The index cannot be used as it is; the message says what to do."""


@dataclass(frozen=True)
class Hit:
    """One retrieved section: its best chunk and how well it matches the question."""

    chunk_id: str
    text: str
    source: str
    title: str
    heading: str
    section: str | None
    control_id: str | None
    score: float  # cosine similarity between question (as searched: see search_terms) and chunk, 0..1 in practice

    @property
    def section_key(self) -> tuple[str, str]:
        return section_key(self.source, self.control_id, self.section, self.heading)


def section_key(source: str, control_id: str | None, section: str | None, heading: str) -> tuple[str, str]:
    """Chunks of one numbered section (or one control) count as one result."""
    return source, control_id or section or heading


def chroma_client(data_dir: Path, chroma_url: str | None):
    import chromadb
    from chromadb.config import Settings

    settings = Settings(anonymized_telemetry=False)
    if chroma_url:
        url = urlparse(chroma_url)
        if url.scheme not in ("http", "https") or not url.hostname:
            raise KnowledgeIndexError(f"GOVBOT_CHROMA_URL must look like http://host:8000, not {chroma_url!r}")
        port = url.port or (443 if url.scheme == "https" else 8000)
        return chromadb.HttpClient(host=url.hostname, port=port, ssl=url.scheme == "https", settings=settings)
    return chromadb.PersistentClient(path=str(data_dir / "chroma"), settings=settings)


def _batches_between_files(per_file: list[list], limit: int):
    """Pack files' records into batches of at most `limit`, splitting only between files
    (a single file larger than the limit is the exception: it cannot be written in one call)."""
    batch: list = []
    for records in per_file:
        if batch and len(batch) + len(records) > limit:
            yield batch
            batch = []
        while len(records) > limit:
            yield records[:limit]
            records = records[limit:]
        batch.extend(records)
    if batch:
        yield batch


def chunk_id(file_key: str, file_sha: str, position: int) -> str:
    return f"{hashlib.sha1(file_key.encode()).hexdigest()[:16]}-{file_sha[:12]}-{position}"


def _file_of(chunk: str) -> str:
    """The file version a chunk id belongs to (see chunk_id)."""
    return chunk.rsplit("-", 1)[0]


def _position_of(chunk: str) -> int:
    return int(chunk.rsplit("-", 1)[1])


class KnowledgeIndex:
    def __init__(
        self,
        data_dir: Path,
        embedder: Embedder,
        chroma_url: str | None = None,
        exact_search_max_chunks: int = EXACT_SEARCH_MAX_CHUNKS,
    ):
        self.data_dir = Path(data_dir)
        self.embedder = embedder
        self.chroma_url = chroma_url
        self.exact_search_max_chunks = exact_search_max_chunks
        # chunk ids and unit vectors for exact search, read at the first search after opening or a commit
        self._vectors: tuple[list[str], np.ndarray] | None = None
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self._client = chroma_client(self.data_dir, chroma_url)
        self._collection: Any = None  # Chroma's collection, once opened
        self._lexical: LexicalIndex | None = None
        self._count = 0
        self._sections: dict[tuple, list[str]] = {}  # (file, section) -> its chunks in order
        self._intros: dict[tuple, list[str]] = {}  # (file, heading) -> its preamble chunks in order
        self._numbers: frozenset[str] = frozenset()  # the section numbers and control ids of the documents
        self._sections_of: object = None  # the lexical fields they were grouped from
        self._texts: dict[str, str] = {}  # chunk -> text, of the chunks read by rest_of_sections
        self._stored: dict[str, tuple[str, dict, np.ndarray]] = {}  # chunk -> text, metadata, vector (_returned)

    # -- opening ---------------------------------------------------------------------------

    @property
    def lexical_path(self) -> Path:
        return self.data_dir / "lexical.json"

    def _existing_collection(self):
        from chromadb.errors import NotFoundError

        try:
            return self._client.get_collection(COLLECTION_NAME, embedding_function=None)
        except (NotFoundError, ValueError):
            return None

    def _stamp(self, corpus_version: str) -> dict:
        return {"embedding_model": self.embedder.name, "index_format": INDEX_FORMAT, "corpus_version": corpus_version}

    def _is_current(self, collection) -> bool:
        """Whether a stored collection holds vectors of the configured model in this format."""
        metadata = collection.metadata or {}
        return metadata.get("embedding_model") == self.embedder.name and metadata.get("index_format") == INDEX_FORMAT

    def built_with(self) -> str | None:
        """The embedding model the stored vectors came from, or None for an empty store."""
        collection = self._existing_collection()
        return None if collection is None else (collection.metadata or {}).get("embedding_model")

    def open_for_search(self) -> KnowledgeIndex:
        collection = self._existing_collection()
        if collection is None or collection.count() == 0:
            raise KnowledgeIndexError("the knowledge index is empty: run `govbot ingest` first")
        built_with = (collection.metadata or {}).get("embedding_model")
        if built_with != self.embedder.name:
            raise KnowledgeIndexError(
                f"the index was built with embedding model {built_with!r} but {self.embedder.name!r} is configured:"
                " run `govbot ingest --rebuild`"
            )
        stored_format = (collection.metadata or {}).get("index_format", 1)
        if stored_format != INDEX_FORMAT:
            raise KnowledgeIndexError(
                f"the index was built by another version of govbot (index format {stored_format}, this version"
                f" uses {INDEX_FORMAT}): run `govbot ingest --rebuild`"
            )
        self._collection = collection
        self._count = collection.count()
        version = (collection.metadata or {}).get("corpus_version")
        lexical = LexicalIndex.load(self.lexical_path)
        if lexical is None or lexical.corpus_version != version or not _holds_ranking_fields(lexical):
            # Another process (or a replica sharing a Chroma server) changed the corpus, or an older
            # govbot saved fewer fields: derive the lexical index from the stored texts. No embedding
            # is recomputed.
            lexical = self._build_lexical(version)
        self._lexical = lexical
        self._vectors = None
        return self

    def _exact_vectors(self) -> tuple[list[str], np.ndarray] | None:
        """Every chunk's id and vector scaled to unit length (cosine similarity is then a dot product),
        for a corpus small enough to search exactly; None for a larger one."""
        if self._count > self.exact_search_max_chunks:
            return None
        if self._vectors is None:
            stored = self._collection.get(include=["embeddings"])
            order = sorted(range(len(stored["ids"])), key=lambda i: stored["ids"][i])
            vectors = np.asarray(stored["embeddings"], dtype=np.float32)[order]
            norms = np.linalg.norm(vectors, axis=1, keepdims=True)
            self._vectors = [stored["ids"][i] for i in order], vectors / np.where(norms == 0, 1, norms)
        return self._vectors

    def _build_lexical(self, version: str | None) -> LexicalIndex:
        stored = self._collection.get(include=["documents", "metadatas"])
        texts = {
            chunk: index_text(meta["title"], meta["heading"], document)
            for chunk, document, meta in zip(stored["ids"], stored["documents"], stored["metadatas"], strict=True)
        }
        # What ranking needs of every chunk, so that a lexical-only candidate is ranked without
        # reading Chroma; only the few that make the final list are fetched.
        fields = {
            chunk: {key: meta[key] for key in RANKING_FIELDS}
            for chunk, meta in zip(stored["ids"], stored["metadatas"], strict=True)
        }
        lexical = LexicalIndex.build(texts, version, fields)
        try:
            lexical.save(self.lexical_path)
        except OSError:
            pass  # a read-only data dir still serves; the index is rebuilt at the next start
        return lexical

    @property
    def lexical(self) -> LexicalIndex:
        if self._lexical is None:
            raise KnowledgeIndexError("the index is not open for search")
        return self._lexical

    # -- writing (ingest) ------------------------------------------------------------------

    def open_for_writing(self, rebuild: bool = False) -> bool:
        """Open (or create) the collection for ingest. True when an existing index was dropped:
        on --rebuild, or because its vectors came from another embedding model or its chunks were
        stored in another index format."""
        collection = self._existing_collection()
        dropped = collection is not None and (rebuild or not self._is_current(collection))
        if dropped:
            self._client.delete_collection(COLLECTION_NAME)
            collection = None
        if collection is None:
            collection = self._client.create_collection(
                COLLECTION_NAME,
                embedding_function=None,
                configuration={"hnsw": {"space": "cosine"}},
                metadata=self._stamp(uuid.uuid4().hex),
            )
            self.lexical_path.unlink(missing_ok=True)
        self._collection = collection
        return dropped

    @property
    def collection_id(self) -> str:
        return str(self._collection.id)

    def replace_files(self, files: Sequence[tuple[str, str, str, Sequence[Chunk]]], vectors: np.ndarray) -> None:
        """Write the new chunks of several files — (file key, content hash, root, chunks) — in one
        call, then drop older versions of those files. A crash in between leaves old and new
        versions side by side, never part of a file; the ingest manifest redoes such files."""
        per_file = []
        for file_key, file_sha, root, chunks in files:
            records = [
                (
                    chunk_id(file_key, file_sha, chunk.position),
                    chunk.text,
                    {
                        "file_key": file_key,
                        "file_sha": file_sha,
                        "root": root,
                        "source": chunk.source,
                        "title": chunk.title,
                        "heading": chunk.heading,
                        "section": chunk.section or "",
                        "control_id": chunk.control_id or "",
                        "position": chunk.position,
                        "intro": chunk.intro,
                    },
                )
                for chunk in chunks
            ]
            per_file.append(records)
        offset = 0
        for batch in _batches_between_files(per_file, self._client.get_max_batch_size()):
            ids, documents, metadatas = zip(*batch, strict=True)
            self._collection.upsert(
                ids=list(ids),
                embeddings=vectors[offset : offset + len(batch)],
                documents=list(documents),
                metadatas=list(metadatas),
            )
            offset += len(batch)
        for file_key, file_sha, _, _ in files:
            self._collection.delete(where={"$and": [{"file_key": file_key}, {"file_sha": {"$ne": file_sha}}]})

    def remove_file(self, file_key: str) -> None:
        self._collection.delete(where={"file_key": file_key})

    def commit(self) -> None:
        """Stamp a new corpus version and rebuild the lexical index from what Chroma holds."""
        version = uuid.uuid4().hex
        self._collection.modify(metadata=self._stamp(version))
        self._lexical = self._build_lexical(version)
        self._count = self._collection.count()
        self._vectors = None  # read again at the next search, if there is one

    def stats(self) -> dict:
        collection = self._existing_collection()
        if collection is None:
            return {"chunks": 0, "files": 0, "embedding_model": None}
        stored = collection.get(include=["metadatas"])
        return {
            "chunks": len(stored["ids"]),
            "files": len({meta["file_key"] for meta in stored["metadatas"]}),
            "embedding_model": (collection.metadata or {}).get("embedding_model"),
        }

    # -- searching -------------------------------------------------------------------------

    def stored_chunks(self) -> dict:
        """Every chunk as stored — ids, texts, metadata and vectors, in chromadb's `get` form — for
        analyses that read the whole corpus rather than search it (knowledge/gaps)."""
        if self._collection is None:
            raise KnowledgeIndexError("the index is not open for search")
        return self._collection.get(include=["documents", "metadatas", "embeddings"])

    def search(self, query: str, limit: int = 5, mode: str = "hybrid") -> list[Hit]:
        """The best `limit` sections for a question, best first, one hit per section."""
        if mode not in SEARCH_MODES:
            raise ValueError(f"mode must be one of {SEARCH_MODES}")
        lexical = self.lexical  # raises when not open
        terms = search_terms(query)
        vector = self.embedder.embed_query(terms)
        dense_scores: dict[str, float] = {}  # cosine similarity of the dense candidates
        if mode != "lexical":
            dense_scores = self._dense(vector)
        lexical_scores = dict(lexical.search(terms, CANDIDATES)) if mode != "dense" else {}
        best = self._rank_sections(_fuse(dense_scores, lexical_scores), dense_scores, query, limit)
        if not best:
            return []
        found = {
            chunk: (text, meta, dense_scores.get(chunk, float(np.dot(embedding, vector))))
            for chunk, (text, meta, embedding) in self._returned(best).items()
        }
        hits = []
        for chunk in best:
            if chunk not in found:
                continue  # removed by a concurrent ingest since the index was opened
            text, meta, cosine = found[chunk]
            hits.append(
                Hit(
                    chunk_id=chunk,
                    text=text,
                    source=meta["source"],
                    title=meta["title"],
                    heading=meta["heading"],
                    section=meta["section"] or None,
                    control_id=meta["control_id"] or None,
                    score=round(cosine, 4),
                )
            )
        return hits

    def _dense(self, vector: np.ndarray) -> dict[str, float]:
        """The cosine similarity of the CANDIDATES chunks nearest the question vector."""
        if (exact := self._exact_vectors()) is not None:
            ids, vectors = exact
            similarity = vectors @ (np.asarray(vector, dtype=np.float32) / (np.linalg.norm(vector) or 1.0))
            return {ids[i]: float(similarity[i]) for i in np.argsort(-similarity, kind="stable")[:CANDIDATES]}
        # Distances only: ranking reads the lexical index's copy of each chunk's fields, and texts are
        # read for the few chunks that are returned.
        dense = self._collection.query(
            query_embeddings=[vector], n_results=min(CANDIDATES * DENSE_OVERFETCH, self._count), include=["distances"]
        )
        nearest = sorted(zip(dense["distances"][0], dense["ids"][0], strict=True))
        return {chunk: 1.0 - float(distance) for distance, chunk in nearest[:CANDIDATES]}

    def rest_of_sections(self, hits: list[Hit]) -> list[list[Hit]]:
        """For each hit, the other chunks of its section, in the order they are written: a long
        section is stored as several chunks, and search returns the one that matches best, while
        the sentence that answers may be in another."""
        self._group_chunks()
        others = {
            hit.chunk_id: [
                c for c in self._sections.get((_file_of(hit.chunk_id), hit.section_key), []) if c != hit.chunk_id
            ]
            for hit in hits
        }
        self._read_texts(others.values())
        return [
            [replace(hit, chunk_id=c, text=self._texts[c]) for c in others[hit.chunk_id] if c in self._texts]
            for hit in hits
        ]

    def intros_above(self, hits: list[Hit]) -> list[list[Hit]]:
        """For each hit of a subsection ("3. AI Governance Lead > 3.1 Accountability…"), the preamble
        of the section above it ("The AI Governance Lead is a full-time role…, reporting to the Chief
        Technology Officer"): what a section says before its first sub-heading holds for all of them,
        and search, which ranks preambles low, rarely returns it."""
        return self._intros_of(hits, lambda hit: hit.heading.rsplit(" > ", 1)[0] if " > " in hit.heading else None)

    def openings(self, hits: list[Hit]) -> list[list[Hit]]:
        """For each hit, the opening of its document, before its first heading: the byline under the title
        ("Policy KES-AI-01 · Version 2.1 · Owner: AI Governance Lead · Last reviewed: …") and what the document
        is for, which search ranks low."""
        return self._intros_of(hits, lambda hit: "")

    def _intros_of(self, hits: list[Hit], heading_of: Callable[[Hit], str | None]) -> list[list[Hit]]:
        """For each hit, the preamble chunks of its file under the heading `heading_of` gives (None: none)."""
        self._group_chunks()
        above = {
            hit.chunk_id: self._intros.get((_file_of(hit.chunk_id), heading), [])
            if (heading := heading_of(hit)) is not None
            else []
            for hit in hits
        }
        self._read_texts(above.values())
        found = []
        for hit in hits:
            chunks = [c for c in above[hit.chunk_id] if c in self._texts]
            found.append(
                [
                    replace(
                        hit,
                        chunk_id=c,
                        text=self._texts[c],
                        heading=self.lexical.fields[c]["heading"],
                        section=self.lexical.fields[c]["section"],
                        control_id=self.lexical.fields[c]["control_id"],
                    )
                    for c in chunks
                ]
            )
        return found

    def numbers_held(self, of_the_standard: bool = False) -> frozenset[str]:
        """The section numbers and control ids the indexed documents have ("4.1", "A.6.2.8"): a clause or control
        named that is none of them is not in these documents. With `of_the_standard`, only those of documents
        titled with ISO/IEC 42001: "clause 2 of iso 42001" is not section 2 of a company policy."""
        self._group_chunks()
        return self._numbers_of_the_standard if of_the_standard else self._numbers

    def _group_chunks(self) -> None:
        """Group the chunks by section, and the preambles by heading (again when the corpus changed)."""
        if self._sections_of is self.lexical.fields:
            return
        self._sections, self._intros = {}, {}
        for chunk, meta in self.lexical.fields.items():
            key = (_file_of(chunk), section_key(meta["source"], meta["control_id"], meta["section"], meta["heading"]))
            self._sections.setdefault(key, []).append(chunk)
            if meta["intro"]:
                self._intros.setdefault((_file_of(chunk), meta["heading"]), []).append(chunk)
        for chunks in [*self._sections.values(), *self._intros.values()]:
            chunks.sort(key=_position_of)
        numbers: set[str] = set()
        of_the_standard: set[str] = set()
        for meta in self.lexical.fields.values():
            held = {number for number in (meta["section"], meta["control_id"]) if number}
            numbers |= held
            if names_the_standard(meta["title"]):
                of_the_standard |= held
        self._numbers, self._numbers_of_the_standard = frozenset(numbers), frozenset(of_the_standard)
        self._sections_of = self.lexical.fields
        self._texts = {}
        self._stored = {}

    def _returned(self, chunks: list[str]) -> dict[str, tuple[str, dict, np.ndarray]]:
        """The text, metadata and vector of chunks search returns, read from Chroma once (a read costs
        about 2 ms, and the same sections answer question after question) and kept until the corpus
        changes, like the texts of rest_of_sections."""
        self._group_chunks()
        missing = [chunk for chunk in chunks if chunk not in self._stored]
        if missing:
            stored = self._collection.get(ids=missing, include=["documents", "metadatas", "embeddings"])
            for chunk, text, meta, embedding in zip(
                stored["ids"], stored["documents"], stored["metadatas"], stored["embeddings"], strict=True
            ):
                self._stored[chunk] = (text, meta, np.asarray(embedding))
        return {chunk: self._stored[chunk] for chunk in chunks if chunk in self._stored}

    def _read_texts(self, groups: Iterable[list[str]]) -> None:
        missing = sorted({chunk for chunks in groups for chunk in chunks} - set(self._texts))
        if missing:
            stored = self._collection.get(ids=missing, include=["documents"])
            self._texts.update(zip(stored["ids"], stored["documents"], strict=True))

    def _rank_sections(
        self, fused: dict[str, float], dense_scores: dict[str, float], query: str, limit: int
    ) -> list[str]:
        """The chunk that stands for each of the best `limit` sections, best section first."""
        named = controls_named(query)
        named_sections = sections_named(query)
        numbered = [
            fields
            for chunk in fused
            if (fields := self.lexical.fields.get(chunk)) is not None and fields["section"] in named_sections
        ]
        # "ISO 42001 clause 4.4", "clause 4.1 - who keeps our context statement?": the standard's clause, not
        # section 4.4 of a company policy, where a document titled with the standard has one of that number
        if numbered and (names_the_standard(query) or clauses_named(query)):
            numbered = [fields for fields in numbered if names_the_standard(fields["title"])] or numbered
        sections_meant = {(fields["source"], fields["section"]) for fields in numbered}
        sections: dict[tuple[str, str], list[tuple[float, str]]] = {}
        for chunk, score in fused.items():
            fields = self.lexical.fields.get(chunk)
            if fields is None:
                continue  # added by a concurrent ingest since the index was opened
            if fields["intro"]:
                score *= INTRO_WEIGHT
            if (fields["control_id"] and fields["control_id"] in named) or (
                (fields["source"], fields["section"]) in sections_meant
            ):
                score += NAMED_CONTROL_BONUS
            key = section_key(fields["source"], fields["control_id"], fields["section"], fields["heading"])
            sections.setdefault(key, []).append((score, chunk))
        # Equal scores are common (the best dense-only chunk and the best lexical-only one both
        # score 1): the closer in meaning goes first; a chunk outside the dense candidates is
        # less similar than all of them.
        closeness = lambda chunk: dense_scores.get(chunk, -1.0)  # noqa: E731
        ranked = []
        for chunks in sections.values():
            chunks.sort(key=lambda pair: (-pair[0], -closeness(pair[1]), pair[1]))
            total = sum(score * SECTION_DECAY**n for n, (score, _) in enumerate(chunks))
            ranked.append((total, chunks[0][1]))
        ranked.sort(key=lambda pair: (-pair[0], -closeness(pair[1]), pair[1]))
        return [chunk for _, chunk in ranked[:limit]]


def _holds_ranking_fields(lexical: LexicalIndex) -> bool:
    """Whether a saved lexical index records every field search ranks by (all chunks record the same)."""
    first = next(iter(lexical.fields.values()), None)
    return first is None or all(key in first for key in RANKING_FIELDS)


def _scaled(scores: dict[str, float]) -> dict[str, float]:
    """Min-max scale one retriever's scores over its candidates: its best is 1, its worst 0."""
    if not scores:
        return {}
    low, high = min(scores.values()), max(scores.values())
    if high - low < 1e-12:
        return dict.fromkeys(scores, 1.0)
    return {chunk: (score - low) / (high - low) for chunk, score in scores.items()}


def _fuse(dense: dict[str, float], lexical: dict[str, float]) -> dict[str, float]:
    """Weighted sum of the scaled scores; a chunk one retriever did not return gets 0 from it.
    Scores, not ranks: a clear lexical match (a rare term) outweighs a run of near-equal cosines."""
    dense, lexical = _scaled(dense), _scaled(lexical)
    return {
        chunk: DENSE_WEIGHT * dense.get(chunk, 0.0) + LEXICAL_WEIGHT * lexical.get(chunk, 0.0)
        for chunk in dense.keys() | lexical.keys()
    }
