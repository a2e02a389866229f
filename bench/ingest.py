"""Ingest throughput and the cost of a no-change re-ingest.

    python bench/ingest.py

Full ingest of policies/ (and the NIST AI RMF, when ../shared is present) into a fresh index,
then a re-ingest with nothing changed: in the same process, and as a fresh `govbot ingest`.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.nist_corpus import SHARED_NIST, write_markdown  # noqa: E402
from ingest.pipeline import ingest  # noqa: E402
from knowledge.retrieval.embeddings import load_embedder  # noqa: E402
from knowledge.retrieval.index import KnowledgeIndex  # noqa: E402


def measure(name: str, corpus: Path, data_dir: Path) -> None:
    embedder = load_embedder()
    embedder.embed_query("load the model before timing")
    full = ingest([corpus], KnowledgeIndex(data_dir, embedder))
    files = len(full.added)
    print(f"{name}: {files} files, {full.chunks} chunks")
    print(f"  full ingest          {full.seconds:7.2f} s   {full.chunks / full.seconds:6.1f} chunks/s")
    again = ingest([corpus], KnowledgeIndex(data_dir, embedder))
    assert again.chunks == 0 and len(again.unchanged) == files
    print(f"  no-change re-ingest  {again.seconds:7.3f} s   (in a warm process)")
    env = {**os.environ, "GOVBOT_DATA_DIR": str(data_dir)}
    started = time.perf_counter()
    subprocess.run(
        [Path(sys.executable).parent / "govbot", "ingest", str(corpus)], env=env, check=True, capture_output=True
    )
    print(f"  `govbot ingest`, no change: {time.perf_counter() - started:.2f} s wall, process start-up included")


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        measure("policies/", ROOT / "policies", scratch / "policies")
        if SHARED_NIST.exists():
            write_markdown(SHARED_NIST, scratch / "nist-docs")
            measure("NIST AI RMF", scratch / "nist-docs", scratch / "nist")


if __name__ == "__main__":
    main()
