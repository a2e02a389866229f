"""The hybrid knowledge index: dense vectors in Chroma, BM25 beside it, fused by reciprocal rank.

Chroma is the source of truth (texts, metadata, vectors). The BM25 index is derived from it and
cached on disk, stamped with the corpus version it was built from, so that opening the index for
an unchanged corpus reads two stores and computes nothing.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

import numpy as np

from knowledge.chunks import Chunk, index_text
from knowledge.embeddings import Embedder
from knowledge.lexical import LexicalIndex
from knowledge.text import CONTROL_ID, normalise_control_id

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

COLLECTION_NAME = "govbot-knowledge"
CANDIDATES = 40  # per retriever, before fusion
RRF_K = 60
SEARCH_MODES = ("hybrid", "dense", "lexical")


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
    score: float  # cosine similarity between question and chunk, 0..1 in practice

    @property
    def section_key(self) -> tuple[str, str]:
        """Chunks of one numbered section (or one control) count as one result."""
        return self.source, self.control_id or self.section or self.heading


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


class KnowledgeIndex:
    def __init__(self, data_dir: Path, embedder: Embedder, chroma_url: str | None = None):
        self.data_dir = Path(data_dir)
        self.embedder = embedder
        self.chroma_url = chroma_url
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self._client = chroma_client(self.data_dir, chroma_url)
        self._collection = None
        self._lexical: LexicalIndex | None = None
        self._count = 0

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
        self._collection = collection
        self._count = collection.count()
        version = (collection.metadata or {}).get("corpus_version")
        lexical = LexicalIndex.load(self.lexical_path)
        if lexical is None or lexical.corpus_version != version:
            # Another process (or a replica sharing a Chroma server) changed the corpus: derive
            # the lexical index from the stored texts. No embedding is recomputed.
            lexical = self._build_lexical(version)
        self._lexical = lexical
        return self

    def _build_lexical(self, version: str | None) -> LexicalIndex:
        stored = self._collection.get(include=["documents", "metadatas"])
        texts = {
            chunk: index_text(meta["title"], meta["heading"], document)
            for chunk, document, meta in zip(stored["ids"], stored["documents"], stored["metadatas"])
        }
        lexical = LexicalIndex.build(texts, version)
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
        on --rebuild, or because its vectors came from another embedding model."""
        collection = self._existing_collection()
        stale = collection is not None and (collection.metadata or {}).get("embedding_model") != self.embedder.name
        dropped = collection is not None and (rebuild or stale)
        if dropped:
            self._client.delete_collection(COLLECTION_NAME)
            collection = None
        if collection is None:
            collection = self._client.create_collection(
                COLLECTION_NAME,
                embedding_function=None,
                configuration={"hnsw": {"space": "cosine"}},
                metadata={"embedding_model": self.embedder.name, "corpus_version": uuid.uuid4().hex},
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
                    },
                )
                for chunk in chunks
            ]
            per_file.append(records)
        offset = 0
        for batch in _batches_between_files(per_file, self._client.get_max_batch_size()):
            ids, documents, metadatas = zip(*batch)
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
        self._collection.modify(metadata={"embedding_model": self.embedder.name, "corpus_version": version})
        self._lexical = self._build_lexical(version)
        self._count = self._collection.count()

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

    def search(self, query: str, limit: int = 5, mode: str = "hybrid") -> list[Hit]:
        """The best `limit` sections for a question, best first, one hit per section."""
        if mode not in SEARCH_MODES:
            raise ValueError(f"mode must be one of {SEARCH_MODES}")
        lexical = self.lexical  # raises when not open
        vector = self.embedder.embed_query(query)
        fused: dict[str, float] = {}
        found: dict[str, tuple[str, dict, float]] = {}  # id -> (text, metadata, cosine)
        if mode != "lexical":
            dense = self._collection.query(
                query_embeddings=[vector],
                n_results=min(CANDIDATES, self._count),
                include=["documents", "metadatas", "distances"],
            )
            for rank, (chunk, text, meta, distance) in enumerate(
                zip(dense["ids"][0], dense["documents"][0], dense["metadatas"][0], dense["distances"][0])
            ):
                fused[chunk] = fused.get(chunk, 0.0) + 1.0 / (RRF_K + rank + 1)
                found[chunk] = (text, meta, 1.0 - float(distance))
        if mode != "dense":
            for rank, (chunk, _score) in enumerate(lexical.search(query, CANDIDATES)):
                fused[chunk] = fused.get(chunk, 0.0) + 1.0 / (RRF_K + rank + 1)
        missing = [chunk for chunk in fused if chunk not in found]
        if missing:
            stored = self._collection.get(ids=missing, include=["documents", "metadatas", "embeddings"])
            for chunk, text, meta, embedding in zip(
                stored["ids"], stored["documents"], stored["metadatas"], stored["embeddings"]
            ):
                found[chunk] = (text, meta, float(np.dot(np.asarray(embedding), vector)))
        named = {normalise_control_id(match) for match in CONTROL_ID.findall(query)}
        hits = []
        for chunk, rank_score in fused.items():
            if chunk not in found:
                continue  # removed by a concurrent ingest between the two reads
            text, meta, cosine = found[chunk]
            hit = Hit(
                chunk_id=chunk,
                text=text,
                source=meta["source"],
                title=meta["title"],
                heading=meta["heading"],
                section=meta["section"] or None,
                control_id=meta["control_id"] or None,
                score=round(cosine, 4),
            )
            # A question that names a control asks about that control before anything similar.
            exact = 1.0 if hit.control_id in named else 0.0
            hits.append((exact + rank_score, hit))
        hits.sort(key=lambda pair: (-pair[0], -pair[1].score, pair[1].chunk_id))
        best: dict[tuple[str, str], Hit] = {}
        for _, hit in hits:
            best.setdefault(hit.section_key, hit)
            if len(best) == limit:
                break
        return list(best.values())
