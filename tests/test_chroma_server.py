"""GOVBOT_CHROMA_URL: several bot replicas share one Chroma server (a real one, on 127.0.0.1)."""

import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from ingest.pipeline import ingest
from knowledge.retrieval.index import KnowledgeIndex, KnowledgeIndexError
from tests.standins.network import free_port
from tests.test_retrieval import CountingEmbedder

CHROMA = Path(sys.executable).parent / "chroma"


@pytest.fixture
def chroma_url(tmp_path):
    if not CHROMA.exists():
        pytest.skip("the chroma server command is not installed")
    port = free_port()
    server = subprocess.Popen(
        [CHROMA, "run", "--path", str(tmp_path / "server"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1)
            break
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                server.kill()
                pytest.fail("the Chroma server did not start")
            time.sleep(0.2)
    yield url
    server.terminate()
    server.wait(timeout=30)


def test_a_replica_serves_what_another_process_ingested(corpus, embedder, tmp_path, chroma_url):
    writer = KnowledgeIndex(tmp_path / "ingest-job", embedder, chroma_url)
    assert sorted(ingest([corpus], writer).added) == ["iso/controls.md", "policy.md"]

    counting = CountingEmbedder(embedder)
    replica = KnowledgeIndex(tmp_path / "replica", counting, chroma_url).open_for_search()
    assert replica.search("what must suppliers do?")[0].control_id == "A.10.3"
    assert replica.search("A.6.2.8", mode="lexical")[0].control_id == "A.6.2.8"
    assert counting.documents == 0, "the replica derives its lexical index from stored texts, embedding nothing"
    assert not (tmp_path / "replica" / "chroma").exists(), "nothing is stored locally but the lexical cache"

    # The corpus changes on the server: the replica's cache is stale and is rebuilt at its next start.
    (corpus / "iso" / "controls.md").unlink()
    ingest([corpus], writer)
    restarted = KnowledgeIndex(tmp_path / "replica", counting, chroma_url).open_for_search()
    assert all(hit.source == "policy.md" for hit in restarted.search("suppliers", limit=5))


def test_a_bad_chroma_url_is_a_clear_error(embedder, tmp_path):
    with pytest.raises(KnowledgeIndexError, match="GOVBOT_CHROMA_URL"):
        KnowledgeIndex(tmp_path, embedder, "chroma:8000")
