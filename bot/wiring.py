"""The one place govbot's parts are made and connected (its composition root), for `govbot serve`
and every command of the CLI alike:

    govbot = Govbot.create(settings)                   # the database, opened and migrated
    govbot.workflow.decide(12, "approved", "alice")    # → RequestDecided → every subscriber

What a change to the inventory sets off goes through `govbot.events`: the inventory publishes a
typed event (knowledge/inventory/events.py) once its change is committed, and subscribers react.
With SLACK_BOT_TOKEN set, Slack's notifier is one (the review post, the requester's DM, Home).
Another (reminders, incidents) is made and subscribed in `Govbot.create`, next to it:

    Reminders(db).subscribe_to(events)    # events.subscribe(RequestDecided, …, audience="reminders")

How a subscriber's failure is reported is the caller's choice (`on_failure`): the CLI prints a
warning after its own output, `govbot serve` logs it. Either way the change stands.
"""

from __future__ import annotations

from collections.abc import Callable, Container
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from bot.assistant import Assistant
from bot.settings import Settings
from bot.slack import store
from bot.slack.client import web_client
from bot.slack.messenger import Messenger
from bot.slack.notifier import SlackNotifier
from bot.slack.reviewers import ReviewerDirectory
from knowledge.inventory.database import INVENTORY, Database, DatabaseError
from knowledge.inventory.events import EventBus, SubscriberFailed, log_failure
from knowledge.inventory.registration import Outcome, register
from knowledge.inventory.review import Workflow
from knowledge.inventory.transfer import ImportReport, import_csv


class GovbotDatabase(Database):
    """The database govbot runs on: the inventory's tables, and the Slack app's beside them."""

    def __init__(self, url: str, lock_timeout: float = 30.0):
        super().__init__(url, INVENTORY + store.SCHEMA, lock_timeout)


def open_database(settings: Settings) -> GovbotDatabase:
    """Govbot's database, migrated to the current schema; DatabaseError says why it cannot be."""
    try:
        db = GovbotDatabase(settings.database, settings.database_lock_timeout)
        db.migrate()
        return db
    except (DatabaseError, SQLAlchemyError) as error:
        reason = str(error).splitlines()[0]
        raise DatabaseError(f"cannot open the inventory database: {reason}") from None


@dataclass
class Govbot:
    """Everything the CLI's commands and the Slack listeners work with, made once."""

    settings: Settings
    db: Database
    events: EventBus
    workflow: Workflow
    reviewers: Container[str]
    messenger: Messenger | None = None  # with SLACK_BOT_TOKEN only
    _assistant: Assistant | None = None

    @classmethod
    def create(
        cls,
        settings: Settings,
        db: Database | None = None,
        assistant: Assistant | None = None,
        on_failure: Callable[[SubscriberFailed], None] = log_failure,
    ) -> Govbot:
        db = db if db is not None else open_database(settings)
        events = EventBus(on_failure)
        if not settings.slack_bot_token:
            workflow = Workflow(db, frozenset(settings.reviewer_ids), settings.rereview_months, events)
            return cls(settings, db, events, workflow, workflow.reviewers, None, assistant)
        client = web_client(settings.slack_bot_token, settings.slack_api_url)
        # Members of the Slack user group decide too, wherever they decide.
        reviewers = ReviewerDirectory(settings.reviewer_ids, settings.reviewer_group, client)
        workflow = Workflow(db, reviewers, settings.rereview_months, events)
        messenger = Messenger(
            client,
            db,
            workflow,
            reviewers,
            review_channel=settings.review_channel,
            governance_channel=settings.governance_channel,
        )
        SlackNotifier(messenger, settings.slack_api_url).subscribe_to(events)
        return cls(settings, db, events, workflow, reviewers, messenger, assistant)

    @property
    def assistant(self) -> Assistant:
        """The assistant over the knowledge index, opened on first use (the model loads then)."""
        if self._assistant is None:
            self._assistant = Assistant.from_settings(self.settings, self.db)
        return self._assistant

    @property
    def slack(self) -> Messenger:
        """Slack's side of govbot: only where SLACK_BOT_TOKEN is set."""
        if self.messenger is None:
            raise RuntimeError("Slack is not configured: set SLACK_BOT_TOKEN")
        return self.messenger

    def register(self, form: dict, allow_duplicate: bool = False) -> Outcome:
        """File a registration request (see knowledge.inventory.registration.register)."""
        return register(self.db, form, allow_duplicate, self.events)

    def import_inventory(self, path: Path, actor: str) -> ImportReport:
        """Import tools from a CSV file or a JSON export (see knowledge.inventory.transfer.import_csv)."""
        return import_csv(self.db, path, actor, self.settings.rereview_months, self.events)
