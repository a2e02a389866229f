"""Registering a tool from Slack: the "Register it" and "Register a tool" buttons open the form
(so does `/aigov register`, in commands.py); its submission is validated and filed by
knowledge.inventory.registration.

Filing happens before Slack is acknowledged (the answer to the submission depends on it: errors
next to the fields, the duplicate, or the confirmation); the events it sets off (the review post,
the requester's DM: see bot/slack/notifier.py) are held until after.
"""

from __future__ import annotations

import logging
import secrets
import threading
import time
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient

from bot.slack.actions import REGISTER_ANYWAY_CALLBACK, REGISTER_CALLBACK, REGISTER_OPEN
from bot.slack.blocks import forms
from bot.slack.blocks.common import escape
from bot.wiring import Govbot
from knowledge.inventory.fields import FIELD_CHARS
from knowledge.inventory.registration import ValidationFailed

log = logging.getLogger("govbot.slack")
NAME_CACHE_SECONDS = 3600
LOOKUP_TIMEOUT = 1.5  # the name lookup happens before Slack's 3-second acknowledgement deadline


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
    user = body.get("user") or {}
    requester = {"requester_id": user.get("id"), "requester_name": names.of(client, user)}
    with govbot.events.held():  # the request is posted for review once Slack has its answer
        try:
            outcome = govbot.register(form | requester, allow_duplicate=allow_duplicate)
        except ValidationFailed as failed:
            if allow_duplicate:  # no fields to show errors on: an alias that names another tool, or changed answers
                reason = escape(failed.errors["aliases"]) + "." if set(failed.errors) == {"aliases"} else ""
                ack(response_action="update", view=forms.not_filed_view(reason or "This form could not be read."))
                return
            ack(response_action="errors", errors=forms.field_errors(failed.errors))
            return
        except Exception:  # the database is down, say: keep the form open with the answers in it
            reference = secrets.token_hex(4)
            log.exception("filing a registration from %s failed [ref %s]", user.get("id"), reference)
            if allow_duplicate:
                sorry = f"Sorry, something went wrong on our side (reference {reference})."
                ack(response_action="update", view=forms.not_filed_view(sorry))
            else:
                ack(response_action="errors", errors=forms.failure_errors(reference))
            return
        if outcome.kind == "duplicate":
            ack(response_action="update", view=forms.duplicate_view(outcome, user.get("id") or "", form))
            return
        assert outcome.request is not None  # filed, or filed before: there is a request
        again = outcome.kind == "resubmitted"
        ack(
            response_action="update",
            view=forms.filed_view(outcome.request, govbot.settings.review_channel, again=again),
        )
