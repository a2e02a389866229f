"""Registering a tool from Slack: the "Register it" and "Register a tool" buttons open the form
(so does `/aigov register`, in commands.py); its submission is validated and filed by
knowledge.inventory.registration.

Filing happens before Slack is acknowledged when it can (the answer to the submission depends on
it: errors next to the fields, the duplicate, or the confirmation); the events it sets off (the
review post, the requester's DM: see bot/slack/notifier.py) are held until after. When the
database keeps it waiting past Slack's deadline, Slack is answered "received, filing" and the
person is told the outcome when it comes (see Filing).
"""

from __future__ import annotations

import logging
import secrets
import threading
import time
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient
from sqlalchemy.exc import OperationalError

from bot.slack.actions import REGISTER_ANYWAY_CALLBACK, REGISTER_CALLBACK, REGISTER_OPEN
from bot.slack.blocks import forms
from bot.slack.blocks.common import escape
from bot.wiring import Govbot
from knowledge.inventory.fields import FIELD_CHARS
from knowledge.inventory.registration import Outcome, ValidationFailed

log = logging.getLogger("govbot.slack")
NAME_CACHE_SECONDS = 3600
LOOKUP_TIMEOUT = 1.5  # the name lookup is part of filing, which Slack's answer waits ACK_WITHIN for
ACK_WITHIN = 1.5  # Slack shows the person an error if a submission is not answered within 3 s


def register(app: App, govbot: Govbot) -> None:
    @app.action(REGISTER_OPEN)
    def register_button(ack: Ack, body: dict, action: dict) -> None:
        ack()
        govbot.slack.open_registration_form(body["trigger_id"], action.get("value"))

    names = DisplayNames()

    @app.view(REGISTER_CALLBACK)
    def submitted(ack: Ack, body: dict, view: dict, client: WebClient) -> None:
        form = forms.parse_registration((view.get("state") or {}).get("values"))
        submit(govbot, names, ack, body, form, client)

    @app.view(REGISTER_ANYWAY_CALLBACK)
    def submitted_anyway(ack: Ack, body: dict, view: dict, client: WebClient) -> None:
        form = forms.unpack_form(view.get("private_metadata"))
        if form is None:
            ack(response_action="update", view=forms.not_filed_view("This form could not be read."))
            return
        submit(govbot, names, ack, body, form, client, allow_duplicate=True)


class DisplayNames:
    """Slack display names, looked up once an hour per person. A lookup that fails or is slow
    falls back to the name in the payload: filing must not wait on it."""

    def __init__(self):
        self._names: dict[str, tuple[float, str]] = {}
        self._lock = threading.Lock()

    def of(self, client: WebClient, user: dict) -> str:
        user_id = user.get("id") or ""
        with self._lock:
            cached = self._names.get(user_id)
        if cached and time.monotonic() - cached[0] < NAME_CACHE_SECONDS:
            return cached[1]
        fallback = user.get("name") or user.get("username") or user_id
        # urllib takes fractions of a second, whatever the annotation of slack_sdk's timeout says.
        timeout: Any = LOOKUP_TIMEOUT
        quick = WebClient(token=client.token, base_url=client.base_url, timeout=timeout, retry_handlers=[])
        try:
            profile = quick.users_info(user=user_id)["user"]
            name = (profile.get("profile") or {}).get("display_name") or profile.get("real_name") or profile.get("name")
        except Exception as error:  # SlackApiError, timeouts, a malformed answer: the fallback will do
            log.warning("users.info for %s failed (%s); using %r", user_id, error, fallback)
            return fallback[: FIELD_CHARS["requester_name"]]
        name = (name or fallback)[: FIELD_CHARS["requester_name"]]
        with self._lock:
            self._names[user_id] = (time.monotonic(), name)
        return name


def submit(
    govbot: Govbot,
    names: DisplayNames,
    ack: Ack,
    body: dict,
    form: dict,
    client: WebClient,
    allow_duplicate: bool = False,
) -> None:
    """File the form and answer Slack with the outcome, or, when the database takes longer than
    Slack waits (another process holds SQLite's write lock, say), answer "received, filing" and
    tell the outcome when there is one: the modal updated, and a direct message either way."""
    filing = Filing(govbot, names, client, body, form, allow_duplicate)
    filing.start()
    if filing.answer_within(ACK_WITHIN):
        try:
            answer(govbot, ack, body, form, filing, allow_duplicate)
        finally:
            filing.acknowledged.set()
        return
    ack(response_action="update", view=forms.filing_view(str(form.get("name") or "")))
    filing.acknowledged.set()


class Filing(threading.Thread):
    """One registration filed off the listener's thread, so that Slack is answered in time however
    long the database takes. Its events (the review post, the requester's DM) are held until
    Slack has been answered; a late outcome is told by `tell_late`."""

    def __init__(
        self, govbot: Govbot, names: DisplayNames, client: WebClient, body: dict, form: dict, allow_duplicate: bool
    ):
        super().__init__(name="govbot-filing", daemon=True)
        self.govbot, self.names, self.client, self.body, self.form = govbot, names, client, body, form
        self.allow_duplicate = allow_duplicate
        self.user = body.get("user") or {}
        self.outcome: Outcome | None = None
        self.error: Exception | None = None
        self.reference = ""
        self.done = threading.Event()
        self.acknowledged = threading.Event()
        self.late = False
        self._lock = threading.Lock()

    def answer_within(self, seconds: float) -> bool:
        """Whether the outcome came in time to be Slack's answer; if not, it will be told late."""
        self.done.wait(seconds)
        with self._lock:
            self.late = not self.done.is_set()
            return not self.late

    def run(self) -> None:
        requester = {"requester_id": self.user.get("id"), "requester_name": self.names.of(self.client, self.user)}
        with self.govbot.events.held():  # released once Slack has its answer
            try:
                self.outcome = self.govbot.register(self.form | requester, allow_duplicate=self.allow_duplicate)
            except ValidationFailed as failed:
                self.error = failed
            except Exception as error:  # the database is down or locked: nothing was filed
                self.error = error
                self.reference = secrets.token_hex(4)
                log.error(
                    "filing a registration from %s failed [ref %s]: %s",
                    self.user.get("id"),
                    self.reference,
                    error,
                    exc_info=not isinstance(error, OperationalError),
                )
            with self._lock:
                self.done.set()
                late = self.late
            self.acknowledged.wait(ACK_WITHIN + 5)
        if late:
            self.tell_late()

    def tell_late(self) -> None:
        """The outcome, where the person is looking: the modal they submitted (if still open) and a
        direct message; the DM of a filed request is the notifier's (its RequestFiled event)."""
        name = str(self.form.get("name") or "your tool")
        if self.outcome is not None and self.outcome.kind == "duplicate":
            view = forms.duplicate_view(self.outcome, self.user.get("id") or "", self.form)
            dm = f"Your registration of *{escape(name)}* was not filed: it is already known (see the form)."
        elif self.outcome is not None and self.outcome.request is not None:
            view = forms.filed_view(self.outcome.request, self.govbot.settings.review_channel)
            dm = None
        elif isinstance(self.error, ValidationFailed):
            problems = "; ".join(forms.field_errors(self.error.errors).values())
            view = forms.not_filed_view(f"Some answers need fixing: {problems}.")
            dm = f":warning: Your registration of *{escape(name)}* was *not filed*: {escape(problems)}."
        else:
            busy = f"The inventory was too busy to file it in time (reference {self.reference})."
            view = forms.not_filed_view(busy)
            dm = f":warning: Your registration of *{escape(name)}* was *not filed*: {busy} Please submit it again."
        view_id = (self.body.get("view") or {}).get("id")
        try:
            if view_id:
                self.client.views_update(view_id=view_id, view=view)
        except Exception as error:  # closed meanwhile, say: the DM still tells
            log.warning("updating the registration form %s failed: %s", view_id, error)
        if dm and self.user.get("id"):
            try:
                self.client.chat_postMessage(channel=self.user["id"], text=dm)
            except Exception as error:
                log.error("telling %s the registration's outcome failed: %s", self.user.get("id"), error)


def answer(govbot: Govbot, ack: Ack, body: dict, form: dict, filing: Filing, allow_duplicate: bool) -> None:
    """Slack's answer to the submission, when the outcome came in time."""
    user = body.get("user") or {}
    if isinstance(filing.error, ValidationFailed):
        if allow_duplicate:  # no fields to show errors on: an alias that names another tool, or changed answers
            errors = filing.error.errors
            reason = escape(errors["aliases"]) + "." if set(errors) == {"aliases"} else ""
            ack(response_action="update", view=forms.not_filed_view(reason or "This form could not be read."))
        else:
            ack(response_action="errors", errors=forms.field_errors(filing.error.errors))
        return
    if filing.error is not None:  # keep the form open with the answers in it
        if allow_duplicate:
            sorry = f"Sorry, something went wrong on our side (reference {filing.reference})."
            ack(response_action="update", view=forms.not_filed_view(sorry))
        else:
            ack(response_action="errors", errors=forms.failure_errors(filing.reference))
        return
    outcome = filing.outcome
    assert outcome is not None  # no error: an outcome
    if outcome.kind == "duplicate":
        ack(response_action="update", view=forms.duplicate_view(outcome, user.get("id") or "", form))
        return
    assert outcome.request is not None  # filed, or filed before: there is a request
    again = outcome.kind == "resubmitted"
    ack(response_action="update", view=forms.filed_view(outcome.request, govbot.settings.review_channel, again=again))
