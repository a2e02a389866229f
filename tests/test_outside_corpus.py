"""Ingest and retrieval on a real governance text nobody here wrote: the NIST AI RMF 1.0."""

import json
from pathlib import Path

import pytest

from bench.nist_corpus import SHARED_NIST, write_markdown

EVAL = Path(__file__).resolve().parent.parent / "bench" / "eval" / "nist.json"
FUNCTION = "GOVERN"  # one function keeps the test corpus small

pytestmark = pytest.mark.skipif(not SHARED_NIST.exists(), reason=f"the shared NIST corpus is not at {SHARED_NIST}")


@pytest.fixture(scope="module")
def index(tmp_path_factory, embedder):
    from ingest.pipeline import ingest
    from knowledge.retrieval.index import KnowledgeIndex

    docs, data = tmp_path_factory.mktemp("nist"), tmp_path_factory.mktemp("nist-index")
    write_markdown(SHARED_NIST, docs, functions={FUNCTION})
    ingest([docs], KnowledgeIndex(data, embedder))
    return KnowledgeIndex(data, embedder).open_for_search()


def test_nist_subcategories_ingest_with_their_ids(index):
    ids = {entry["id"] for entry in json.loads(SHARED_NIST.read_text()) if entry["function"] == FUNCTION}
    stored = index._collection.get(include=["metadatas"])["metadatas"]
    assert {meta["control_id"] for meta in stored} == ids
    assert index.search("what does GOVERN 2.3 cover?")[0].control_id == "GOVERN 2.3"


def test_paraphrased_questions_find_their_subcategory(index):
    items = [item for item in json.loads(EVAL.read_text()) if item["expected"][0].startswith(FUNCTION)]
    found = sum(
        any(hit.control_id in item["expected"] for hit in index.search(item["question"], limit=5)) for item in items
    )
    assert len(items) >= 15
    assert found / len(items) >= 0.8, f"only {found} of {len(items)} questions found their subcategory in the top 5"
