"""The real govbot Slack app, served over HTTP on 127.0.0.1, for end-to-end tests.

    def test_something(slack_app):
        reply = slack_app.sender.app_mention(user="U0ADA", channel="C0GENERAL", text="is ChatGPT approved?")
        assert reply.status == 200
        thread = reply.sent["event"]["ts"]
        (answer,) = slack_app.slack.wait_for("chat.postMessage", where=lambda c: c.args.get("thread_ts") == thread)

`slack_app` is a fresh app per test: its own stand-in for Slack's Web API (`.slack`, recording every
call), its own migrated SQLite inventory holding three tools (`TOOLS_CSV`), the module's small
knowledge index (shared by the session), and a signed-request sender pointed at it (`.sender`).
`make_slack_app(**settings)` builds one with other settings (e.g. `review_channel=None`), an LLM
(`llm=...`) or another index (`index=...`).

Reviewer: REVIEWER (in GOVBOT_REVIEWERS). Review channel: REVIEW_CHANNEL. Asker: USER.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import CONTROLS, POLICY, write
from tests.standins.slack_api import BOT_USER_ID, DEFAULT_TOKEN, SlackAPIStandIn
from tests.standins.slack_requests import SlackSender

SIGNING_SECRET = "govbot-test-signing-secret"
TOKEN = DEFAULT_TOKEN
BOT = BOT_USER_ID
USER = "U0ADA"
REVIEWER = "UREVIEWER1"
REVIEW_CHANNEL = "CREVIEW"
GENERAL = "C0GENERAL"
GOVERNANCE_CHANNEL = "#ai-governance"

REGISTRATION = """\
# AI Tool Registration

## 1. Unregistered tools
An AI tool that is not registered in the AI tool inventory must not be used with work data.
Register it first: the governance team reviews every new AI tool before use.

## 2. How to register a new AI tool
To register a new AI tool, fill in the registration form with its purpose, users and data. The
request is risk-triaged and reviewed by the governance team.

## 3. Approved tools and data
An approved AI tool may be used with the data classes its inventory entry allows. Tools approved
with conditions may only be used within those conditions.
"""

# The policy's table of data types is policy text shown in Slack: a hostile row must not ping anyone.
DATA_CLASSES = """\
# Data Classes

## 1. Classification of common data types
| Data type | Default class |
|---|---|
| Customer personal data (names, addresses <!channel>) | Restricted |
| Product source code | Confidential |
"""

TOOLS_CSV = """\
name,vendor,status,aliases,conditions,owner,data_classification,category,url,notes
ChatGPT Enterprise,OpenAI,approved_with_conditions,ChatGPT;chat gpt,Kestrel workspace only; no restricted data,Daniel Okafor (Head of Data Science),confidential,general assistant,https://openai.com/chatgpt/enterprise/,
Adobe Firefly,Adobe,approved,Firefly,,Sophie Laurent (Head of Marketing),internal,image generation,https://www.adobe.com/products/firefly.html,
Midjourney,Midjourney,rejected,Mid journey,,Sophie Laurent (Head of Marketing),public,image generation,https://www.midjourney.com/,No enterprise agreement.
"""


@pytest.fixture
def database_class():
    """The databases the tests here make have the Slack app's tables beside the inventory."""
    from bot.wiring import GovbotDatabase

    return GovbotDatabase


@pytest.fixture(scope="session")
def slack_index_dir(embedder, tmp_path_factory) -> Path:
    """One small knowledge index for all the Slack tests (ingesting is the slow part). Read-only:
    a test that breaks an index copies this one first."""
    from ingest.pipeline import ingest
    from knowledge.retrieval.index import KnowledgeIndex

    root = tmp_path_factory.mktemp("slack-corpus")
    docs = root / "docs"
    write(docs / "policy.md", POLICY)
    write(docs / "iso" / "controls.md", CONTROLS)
    write(docs / "registration.md", REGISTRATION)
    write(docs / "data-classes.md", DATA_CLASSES)
    data_dir = root / "data"
    ingest([docs], KnowledgeIndex(data_dir, embedder))
    return data_dir


@pytest.fixture(scope="session")
def slack_index(slack_index_dir, embedder):
    from knowledge.retrieval.index import KnowledgeIndex

    return KnowledgeIndex(slack_index_dir, embedder).open_for_search()


@dataclass
class RunningApp:
    """The app under test, the stand-in Slack it talks to, and a sender of signed requests."""

    url: str  # the events URL: http://127.0.0.1:PORT/slack/events
    sender: SlackSender
    slack: SlackAPIStandIn
    govbot: object  # bot.wiring.Govbot
    app: object  # slack_bolt.App

    @property
    def db(self):
        return self.govbot.db

    @property
    def base_url(self) -> str:
        return self.url.removesuffix("/slack/events")

    def answer_in_thread(self, channel: str, thread_ts: str, timeout: float = 15):
        """The one answer the app posted in a thread (waits for it)."""
        (call,) = self.slack.wait_for(
            "chat.postMessage",
            where=lambda c: c.ok and c.args.get("channel") == channel and c.args.get("thread_ts") == thread_ts,
            timeout=timeout,
        )
        return call


@pytest.fixture
def make_slack_app(slack_index, tmp_path):
    """Start the real app (Bolt behind bot/slack/server.py's WSGI app, served by waitress)."""
    from bot.assistant import Assistant
    from bot.settings import Settings
    from bot.slack.app import build_app
    from bot.slack.server import http_server
    from bot.wiring import Govbot
    from bot.wiring import GovbotDatabase as Database
    from knowledge.inventory import import_csv

    started: list[tuple] = []

    def start(*, llm=None, index=None, users=None, usergroups=None, **overrides) -> RunningApp:
        n = len(started)
        slack = SlackAPIStandIn(TOKEN, users=users, usergroups=usergroups)
        values = {
            "data_dir": tmp_path / f"data{n}",
            "database_url": f"sqlite:///{tmp_path / f'inventory{n}.db'}",
            "reviewers": REVIEWER,
            "review_channel": REVIEW_CHANNEL,
            "governance_channel": GOVERNANCE_CHANNEL,
            "slack_bot_token": TOKEN,
            "slack_signing_secret": SIGNING_SECRET,
            "slack_api_url": slack.base_url,
        } | overrides
        settings = Settings(**values)
        db = Database(settings.database, settings.database_lock_timeout)
        db.migrate()
        tools = write(tmp_path / f"tools{n}.csv", TOOLS_CSV)
        import_csv(db, tools, actor="tests")
        assistant = Assistant(index or slack_index, settings.min_score, settings.governance_channel, llm=llm, db=db)
        govbot = Govbot.create(settings, db, assistant)
        app = build_app(govbot)
        server = http_server(app, govbot, "127.0.0.1", 0)
        thread = threading.Thread(target=server.run, name="govbot-http", daemon=True)
        thread.start()
        url = f"http://127.0.0.1:{server.effective_port}/slack/events"
        running = RunningApp(url, SlackSender(url, SIGNING_SECRET, hooks_url=slack.hooks_url), slack, govbot, app)
        started.append((running, server, thread, db))
        return running

    yield start
    for running, server, thread, db in started:
        stop(server, thread)
        running.app.listener_runner.listener_executor.shutdown(wait=True)
        running.slack.close()
        db.dispose()


def stop(server, thread: threading.Thread) -> None:
    """Stop waitress from another thread: its sockets are closed by its own loop thread (closing
    them from here races the loop's select()), then the loop finds nothing left and returns."""
    from waitress import wasyncore

    try:
        server.trigger.pull_trigger(lambda: wasyncore.close_all(server._map))
    except OSError:
        # Rarely (about one app in a hundred) the trigger's pipe is already closed under it, by no
        # Python os.close (spied on): close from here and let the loop find its map empty.
        wasyncore.close_all(server._map, ignore_all=True)
    thread.join(timeout=5)
    server.task_dispatcher.shutdown()


@pytest.fixture
def slack_app(make_slack_app) -> RunningApp:
    return make_slack_app()
