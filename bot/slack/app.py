"""The Bolt app: built here, listeners grouped by Slack surface in the modules beside this one.

    govbot = Govbot.create(settings, db, assistant)
    app = build_app(govbot)

The listeners only parse Slack's payloads, call the core (Assistant, registration, Workflow) and
render Block Kit (bot/slack/blocks/).
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from slack_bolt import App
from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import ConnectionErrorRetryHandler, RateLimitErrorRetryHandler

from bot.assistant import Assistant
from bot.settings import Settings
from bot.slack import ask, assistant_pane, commands, errors, home, registration, review
from bot.slack.reviewers import ReviewerDirectory
from knowledge.inventory.database import Database
from knowledge.inventory.review import Workflow

LISTENER_THREADS = 8  # answers are CPU-bound on the embedding model; more threads only queue


@dataclass
class Inventory:
    """The inventory and its review as Slack shows them: enough to post, update and publish
    (the command line uses this to show its changes in Slack)."""

    settings: Settings
    db: Database
    workflow: Workflow
    reviewers: ReviewerDirectory
    client: WebClient

    @classmethod
    def create(cls, settings: Settings, db: Database) -> Inventory:
        client = web_client(settings)
        reviewers = ReviewerDirectory(settings.reviewer_ids, settings.reviewer_group, client)
        return cls(settings, db, Workflow(db, reviewers, settings.rereview_months), reviewers, client)


@dataclass
class Govbot(Inventory):
    """What the listeners work with: the inventory, the Assistant that answers, the Slack client."""

    assistant: Assistant

    @classmethod
    def create(cls, settings: Settings, db: Database, assistant: Assistant) -> Govbot:
        inventory = Inventory.create(settings, db)
        return cls(settings, db, inventory.workflow, inventory.reviewers, inventory.client, assistant)


def web_client(settings: Settings) -> WebClient:
    """A Web API client for SLACK_API_URL that waits out rate limits (429 + Retry-After) and
    retries dropped connections."""
    base_url = settings.slack_api_url if settings.slack_api_url.endswith("/") else settings.slack_api_url + "/"
    return WebClient(
        token=settings.slack_bot_token,
        base_url=base_url,
        timeout=15,
        retry_handlers=[RateLimitErrorRetryHandler(max_retry_count=3), ConnectionErrorRetryHandler(max_retry_count=3)],
    )


def build_app(govbot: Govbot) -> App:
    app = App(
        client=govbot.client,
        signing_secret=govbot.settings.slack_signing_secret,
        listener_executor=ThreadPoolExecutor(max_workers=LISTENER_THREADS, thread_name_prefix="govbot-listener"),
    )
    app.error(errors.apologise)
    for surface in (commands, ask, assistant_pane, registration, review, home):
        surface.register(app, govbot)
    return app
