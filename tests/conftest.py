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
    from knowledge.retrieval.embeddings import load_embedder

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
    from knowledge.retrieval.index import KnowledgeIndex

    def build(*paths: Path):
        ingest(list(paths), KnowledgeIndex(data_dir, embedder))
        return KnowledgeIndex(data_dir, embedder).open_for_search()

    return build


# -- the inventory database: every test on SQLite and on PostgreSQL --------------------------------

POSTGRES_URL = os.environ.get("GOVBOT_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def _postgres_admin():
    """An engine on the test PostgreSQL server, or the reason it cannot be reached."""
    from sqlalchemy import create_engine, text

    engine = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 3})
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as error:  # any failure to connect: refused, auth, unknown database, no driver
        engine.dispose()
        return None, f"PostgreSQL at {POSTGRES_URL} is unreachable: {str(error).splitlines()[0]}"
    return engine, None


@pytest.fixture(scope="session")
def postgres_admin():
    engine, reason = _postgres_admin()
    if engine is None:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"{reason} (CI is set: the PostgreSQL tests must run)")
        pytest.skip(reason)
    yield engine
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def new_database_url(request, tmp_path):
    """Makes empty inventory databases, not yet migrated: SQLite files, or PostgreSQL schemas of their
    own (connections get `search_path` = that schema, so Alembic's version table and the audit
    triggers land in it too). Migrations really run from empty, and no test sees another's rows.
    Each schema is dropped after the test."""
    import uuid

    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    admin = request.getfixturevalue("postgres_admin") if request.param == "postgresql" else None
    schemas: list[str] = []

    def make() -> str:
        name = f"t_{uuid.uuid4().hex[:12]}"
        if admin is None:
            return f"sqlite:///{tmp_path / name}.db"
        with admin.connect() as connection:
            connection.execute(text(f'CREATE SCHEMA "{name}"'))
        schemas.append(name)
        url = make_url(POSTGRES_URL).update_query_dict({"options": f"-csearch_path={name}"})
        return url.render_as_string(hide_password=False)

    yield make
    for name in schemas:
        with admin.connect() as connection:
            connection.execute(text(f'DROP SCHEMA "{name}" CASCADE'))


@pytest.fixture
def database_url(new_database_url) -> str:
    """An empty inventory database, not yet migrated (SQLite and PostgreSQL)."""
    return new_database_url()


@pytest.fixture
def database_class():
    """What `new_database` makes: the inventory's own database (tests/slack/ adds the Slack app's tables)."""
    from knowledge.inventory.database import Database

    return Database


@pytest.fixture
def new_database(new_database_url, database_class):
    """Makes migrated, empty inventory databases (of the kind the test is parametrised with)."""
    made = []

    def make():
        db = database_class(new_database_url())
        db.migrate()
        made.append(db)
        return db

    yield make
    for db in made:
        db.dispose()


@pytest.fixture
def database(new_database):
    """A migrated, empty inventory database (SQLite and PostgreSQL)."""
    return new_database()


@pytest.fixture
def llm_provider(monkeypatch):
    """A local stand-in for an OpenAI-protocol provider, which `GOVBOT_LLM=openai:…` then talks to."""
    from tests.standins.openai_api import ChatCompletionsStandIn

    standin = ChatCompletionsStandIn()
    monkeypatch.setenv("OPENAI_BASE_URL", standin.url)
    monkeypatch.setenv("OPENAI_API_KEY", "test-key")
    yield standin
    standin.close()
