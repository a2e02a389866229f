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

import logging
from collections.abc import Callable, Container
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.exc import SQLAlchemyError

from bot.assistant import Assistant
from bot.settings import Settings
from bot.slack import store
from bot.slack.blocks.report import digest_message
from bot.slack.client import web_client
from bot.slack.duties import SlackDutySender
from bot.slack.incident_notifier import IncidentNotifier, incident_channel
from bot.slack.messenger import Messenger
from bot.slack.notifier import SlackNotifier
from bot.slack.people import SlackPeople
from bot.slack.reviewers import ReviewerDirectory
from knowledge.duties import ledger as duty_ledger
from knowledge.duties.kinds import DutyRegistry, Notice, WeeklyDigest, builtin_duties
from knowledge.duties.runner import RunReport, run_duties
from knowledge.incidents import models as incident_tables
from knowledge.incidents.register import IncidentRegister
from knowledge.inventory.database import INVENTORY, Database, DatabaseError
from knowledge.inventory.events import EventBus, SubscriberFailed, log_failure
from knowledge.inventory.importing import ImportReport, import_csv
from knowledge.inventory.registration import Outcome, register
from knowledge.inventory.review import Workflow
from knowledge.questions.models import QUESTIONS
from knowledge.reports.digest import weekly_digest
from knowledge.reports.targets import turnaround_targets

if TYPE_CHECKING:
    from knowledge.gaps.stored import StoredGapAnalyses

log = logging.getLogger("govbot")


class GovbotDatabase(Database):
    """The database govbot runs on: the inventory's tables, the Slack app's, the duty ledger, the
    incident register, and the outcomes of the questions people ask (whose votes replaced the Slack
    app's feedback table) beside them."""

    def __init__(self, url: str, lock_timeout: float = 30.0):
        super().__init__(
            url, INVENTORY + store.SCHEMA + duty_ledger.SCHEMA + incident_tables.SCHEMA + QUESTIONS, lock_timeout
        )


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
    duties: DutyRegistry = field(default_factory=builtin_duties)  # the scheduled duties (knowledge/duties/)
    _gap_analyses: StoredGapAnalyses | None = None

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
        incident_notifier = IncidentNotifier(client, db, incident_channel(settings), settings.slack_api_url)
        incident_notifier.subscribe_to(events)
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

    # -- the incident register -------------------------------------------------------------------

    @cached_property
    def incidents(self) -> IncidentRegister:
        """The AI incident register: its changes go through `events` (Slack's notifier hears them);
        the reviewers acknowledge, assign and resolve."""
        return IncidentRegister(self.db, self.reviewers, self.events)

    # -- the governance report's ISO/IEC 42001 gap analysis (Home tab, `govbot report`) ------------

    def __post_init__(self) -> None:
        if self.messenger is not None:
            self.messenger.gap_analysis = self.gap_analysis_for_home

    def gap_analysis_for_home(self) -> dict | None:
        """The gap analysis, or None where there is none to show: Home (and the weekly digest) is
        published without it rather than not at all (no index yet, say)."""
        try:
            return self.gap_analysis()
        except Exception as error:
            from knowledge.retrieval.index import KnowledgeIndexError

            if isinstance(error, KnowledgeIndexError):  # no index yet: expected, and the message says what to do
                log.warning("no gap analysis: %s", error)
            else:
                log.exception("no gap analysis: shown without it")
            return None

    def gap_analysis(self) -> dict:
        """The gap analysis of the index the assistant answers from (GapReport.to_dict()),
        computed once per corpus version and kept (knowledge/gaps/stored.py)."""
        if self._gap_analyses is None:
            from knowledge.gaps.stored import StoredGapAnalyses, analyser_for

            index = self.assistant.index
            self._gap_analyses = StoredGapAnalyses(self.settings.data_dir, lambda: analyser_for(index.embedder))
        return self._gap_analyses.of(self.assistant.index)

    def register(self, form: dict, allow_duplicate: bool = False) -> Outcome:
        """File a registration request (see knowledge.inventory.registration.register)."""
        return register(self.db, form, allow_duplicate, self.events)

    def import_inventory(self, path: Path, actor: str) -> ImportReport:
        """Import tools from a CSV file or a JSON export (see knowledge.inventory.transfer.import_csv)."""
        # Where reviewers are configured, only they may decide by import; else the importer does.
        configured = bool(self.settings.reviewer_ids or self.settings.reviewer_group)
        reviewers = self.reviewers if configured else None
        # With Slack, owners and requesters given by e-mail address become the Slack users they are.
        people = SlackPeople(self.messenger.client) if self.messenger is not None else None
        return import_csv(self.db, path, actor, self.settings.rereview_months, self.events, reviewers, people)

    # -- scheduled duties ----------------------------------------------------------------------------

    def run_duties(self, today: date, dry_run: bool = False) -> RunReport:
        """Perform every duty due on `today` once (see knowledge.duties.runner): sent through Slack,
        and without Slack not at all (a dry run: what is due)."""
        sender = None
        if self.messenger is not None:
            sender = SlackDutySender(self.messenger, {WeeklyDigest.name: self.weekly_digest_message})
        limit = self.settings.duties_max_messages
        return run_duties(self.db, self.duties, sender, today, self.settings.duties, dry_run, limit)

    def weekly_digest_message(self, notice: Notice) -> dict:
        """The weekly_digest duty's message: the governance report's digest of the week before the
        notice's (knowledge/reports/digest.py), with the gap analysis where there is an index."""
        digest = weekly_digest(
            self.db,
            WeeklyDigest.covers_until(notice.occurrence),
            turnaround_targets(self.settings.policies_dir),
            self.settings.duties,
            gaps=self.gap_analysis_for_home(),
        )
        return digest_message(digest)
