"""Slack hears of every change to the incident register, wherever it was made (the form, a button,
`govbot incident` in a terminal): a subscriber to the register's events, as SlackNotifier
(notifier.py) is to the inventory's.

    reported                 posted to the incident channel (once), and the reporter's DM: what to
                             do next and by when (the form shows the same at once)
    acknowledged, assigned,  the post shows the incident as it now is; the reporter is told
    resolved                 (§4.1: "the incident handler keeps the reporter informed")
    note added, severity     the post shows it (and the change in the incident's history)

A call Slack refuses is logged and the others still run; NotShownInSlack then says what went wrong
(the change is committed and stands).
"""

from __future__ import annotations

import logging
import secrets

from slack_sdk import WebClient

from bot.settings import Settings
from bot.slack import store
from bot.slack.blocks import incidents as blocks
from bot.slack.blocks.review import SLACK_USER_ID
from bot.slack.notifier import AUDIENCE, NotShownInSlack, Steps
from knowledge.incidents.events import (
    IncidentAcknowledged,
    IncidentAssigned,
    IncidentChange,
    IncidentNoteAdded,
    IncidentReported,
    IncidentResolved,
    IncidentSeverityChanged,
)
from knowledge.incidents.models import incident_record
from knowledge.inventory.database import Database
from knowledge.inventory.events import EventBus

log = logging.getLogger("govbot.slack")


def incident_channel(settings: Settings) -> str | None:
    """Where incidents are posted: GOVBOT_INCIDENT_CHANNEL, else the review channel."""
    return settings.incident_channel or settings.review_channel


PROGRESS = {IncidentAcknowledged: "acknowledged", IncidentAssigned: "assigned", IncidentResolved: "resolved"}


class IncidentNotifier:
    def __init__(self, client: WebClient, db: Database, channel: str | None, api_url: str):
        self.client = client
        self.db = db
        self.channel = channel  # GOVBOT_INCIDENT_CHANNEL, else the review channel
        self.api_url = api_url

    def subscribe_to(self, events: EventBus) -> None:
        events.subscribe(IncidentReported, self.reported, audience=AUDIENCE)
        events.subscribe(IncidentAcknowledged, self.changed, audience=AUDIENCE)
        events.subscribe(IncidentAssigned, self.changed, audience=AUDIENCE)
        events.subscribe(IncidentNoteAdded, self.changed, audience=AUDIENCE)
        events.subscribe(IncidentSeverityChanged, self.changed, audience=AUDIENCE)
        events.subscribe(IncidentResolved, self.changed, audience=AUDIENCE)

    def _run(self, *calls: tuple) -> list[bool]:
        step = Steps(self.api_url)
        done = [step(what, call, *args) for what, call, *args in calls]
        if step.problems:
            raise NotShownInSlack("; ".join(dict.fromkeys(step.problems)))
        return done

    def post(self, record: dict) -> None:
        """Post an incident for the governance team and remember where."""
        if not self.channel:
            log.warning("no incident or review channel is set: incident #%s is only in the register", record["id"])
            return
        text, message = blocks.incident_message(record)
        response = self.client.chat_postMessage(
            channel=self.channel, text=text, blocks=message, unfurl_links=False, unfurl_media=False
        )
        store.save_incident_post(self.db, record["id"], response["channel"], response["ts"])

    def refresh(self, record: dict) -> None:
        """Show the incident as it now is on its post (posting it, if it never got there)."""
        post = store.incident_post_of(self.db, record["id"])
        if post is None:
            self.post(record)
            return
        text, message = blocks.incident_message(record)
        self.client.chat_update(channel=post.channel, ts=post.ts, text=text, blocks=message)

    def tell_reporter(self, record: dict, problem: str = "") -> None:
        if SLACK_USER_ID.fullmatch(record["reporter_id"]):  # not a login name from the command line
            text, message = blocks.reporter_message(record, problem)
            self.client.chat_postMessage(channel=record["reporter_id"], text=text, blocks=message)

    def reported(self, event: IncidentReported) -> None:
        record = incident_record(event.incident)
        if not store.claim_delivery(self.db, f"announce-incident:{record['id']}"):
            return  # announced already
        step = Steps(self.api_url)
        reference = secrets.token_hex(4)
        problem = ""
        if not step(f"posting incident #{record['id']} [ref {reference}]", self.post, record):
            problem = (
                f":warning: The incident is in the register, but posting it to the governance team's channel failed "
                f"(reference `{reference}`): also tell them in the governance channel."
            )
        step(f"telling {record['reporter_id']} about incident #{record['id']}", self.tell_reporter, record, problem)
        if step.problems:
            raise NotShownInSlack("; ".join(dict.fromkeys(step.problems)))

    def changed(self, event: IncidentChange) -> None:
        record = incident_record(event.incident)
        calls: list[tuple] = [(f"updating the post of incident #{record['id']}", self.refresh, record)]
        action = PROGRESS.get(type(event))
        reporter = record["reporter_id"]
        if action and reporter != event.by and SLACK_USER_ID.fullmatch(reporter):
            text, message = blocks.progress_message(record, action, event.by)
            calls.append((f"telling {reporter} about incident #{record['id']}", self._dm, reporter, text, message))
        self._run(*calls)

    def _dm(self, user: str, text: str, message: list[dict]) -> None:
        self.client.chat_postMessage(channel=user, text=text, blocks=message)
