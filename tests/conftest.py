import os
import textwrap
from pathlib import Path

import pytest

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["ANONYMIZED_TELEMETRY"] = "False"

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"

POLICY = """\
# Example AI Policy
*Policy EX-1 · Version 1.0*

This policy sets the rules for using AI tools at Example Corp.

## 1. Purpose
Everyone at Example Corp may use approved AI tools to work faster, within the rules below.

## 2. Data classes
### 2.1 Public data
Public data, such as published marketing copy, may be used with any registered AI tool.

### 2.2 Customer personal data
Customer personal data is restricted. It must never be entered into a consumer chatbot.
Only tools approved for restricted data may process it, and only after pseudonymisation.

## 3. Reporting incidents
If you paste confidential information into an unapproved tool, report it to the security team
within 24 hours. Reports are handled without blame.
"""

CONTROLS = """\
# A.10 Third-party relationships

## A.10.3 Suppliers
The organization checks that suppliers of AI systems meet its requirements. Buyers send a due
diligence questionnaire, contracts forbid the vendor from training on our data, and suppliers are
reassessed every year.

## A.6.2.8 AI system recording of event logs
AI systems keep event logs so that their decisions can be traced and incidents investigated.
"""


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def embedder():
    """The real bundled model, loaded once for the whole test session."""
    from knowledge.embeddings import load_embedder

    loaded = load_embedder()
    loaded.embed_query("warm up")
    return loaded


@pytest.fixture
def corpus(tmp_path) -> Path:
    root = tmp_path / "docs"
    write(root / "policy.md", POLICY)
    write(root / "iso" / "controls.md", CONTROLS)
    return root


@pytest.fixture
def data_dir(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "data"
    monkeypatch.setenv("GOVBOT_DATA_DIR", str(path))
    for name in ("GOVBOT_LLM", "GOVBOT_CHROMA_URL", "GOVBOT_EMBEDDING_MODEL", "GOVBOT_MIN_SCORE"):
        monkeypatch.delenv(name, raising=False)
    return path


@pytest.fixture
def index_of(embedder, data_dir):
    """Ingest paths into a fresh index and open it for search."""
    from ingest.pipeline import ingest
    from knowledge.index import KnowledgeIndex

    def build(*paths: Path):
        ingest(list(paths), KnowledgeIndex(data_dir, embedder))
        return KnowledgeIndex(data_dir, embedder).open_for_search()

    return build
