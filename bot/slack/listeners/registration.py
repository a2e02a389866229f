"""Registering a tool from Slack: `/aigov register [name]` and the "Register it" button open the
form; its submission is validated and filed by knowledge.inventory.registration, then announced to the
requester and posted for review.

Filing happens before Slack is acknowledged (the answer to the submission depends on it: errors
next to the fields, the duplicate, or the confirmation); telling people about it happens after.
"""

from __future__ import annotations

import logging
import secrets
import threading
import time
from typing import TYPE_CHECKING

from slack_bolt import App
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.slack import review, store
from bot.slack.blocks import forms
from bot.slack.blocks import review as review_blocks
from knowledge.inventory.models import RegistrationRequest
from knowledge.inventory.fields import FIELD_CHARS
from knowledge.inventory.registration import ValidationFailed
from knowledge.inventory.registration import register as file_request

if TYPE_CHECKING:
    from bot.slack.app import Govbot

log = logging.getLogger("govbot.slack")
NAME_CACHE_SECONDS = 3600
LOOKUP_TIMEOUT = 1.5  # the name lookup happens before Slack's 3-second acknowledgement deadline


def register(app: App, govbot: Govbot) -> None:
    @app.action(forms.REGISTER_OPEN)
    def register_button(ack, body, action, client):
        ack()
        open_registration_modal(govbot, client, body["trigger_id"], body["user"]["id"], action.get("value"))

    names = DisplayNames()

    @app.view(forms.REGISTER_CALLBACK)
    def submitted(ack, body, view, client):
        form = forms.parse_registration((view.get("state") or {}).get("values"))
        submit(govbot, names, ack, body, form, client)

    @app.view(forms.REGISTER_ANYWAY_CALLBACK)
    def submitted_anyway(ack, body, view, client):
        form = forms.unpack_form(view.get("private_metadata"))
        if form is None:
            ack(response_action="update", view=forms.not_filed_view("This form could not be read."))
            return
        submit(govbot, names, ack, body, form, client, allow_duplicate=True)


def register_command(govbot: Govbot, ack, command: dict, client: WebClient, name_text: str) -> None:
    ack()
    open_registration_modal(govbot, client, command["trigger_id"], command["user_id"], name_text or None)


def open_registration_modal(govbot: Govbot, client: WebClient, trigger_id: str, user_id: str, name: str | None) -> None:
    """The registration form, its name prefilled (from `/aigov register X`, a button, the AI pane)."""
    client.views_open(trigger_id=trigger_id, view=forms.registration_modal(name))


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
        quick = WebClient(token=client.token, base_url=client.base_url, timeout=LOOKUP_TIMEOUT, retry_handlers=[])
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
    govbot: Govbot, names: DisplayNames, ack, body: dict, form: dict, client: WebClient, allow_duplicate: bool = False
) -> None:
    user = body.get("user") or {}
    requester = {"requester_id": user.get("id"), "requester_name": names.of(client, user)}
    try:
        outcome = file_request(govbot.db, form | requester, allow_duplicate=allow_duplicate)
    except ValidationFailed as failed:
        if allow_duplicate:  # answers that passed once and came back changed: no fields to show errors on
            ack(response_action="update", view=forms.not_filed_view("This form could not be read."))
            return
        ack(response_action="errors", errors=forms.field_errors(failed.errors))
        return
    except Exception:  # the database is down, say: keep the form open with the answers in it
        reference = secrets.token_hex(4)
        log.exception("filing a registration from %s failed [ref %s]", user.get("id"), reference)
        if allow_duplicate:
            ack(response_action="update", view=forms.not_filed_view(f"Sorry, something went wrong on our side (reference {reference})."))
        else:
            ack(response_action="errors", errors=forms.failure_errors(reference))
        return
    if outcome.kind == "duplicate":
        ack(response_action="update", view=forms.duplicate_view(outcome, user.get("id"), form))
        return
    request = outcome.request
    ack(response_action="update", view=forms.filed_view(request, govbot.settings.review_channel, again=outcome.kind == "resubmitted"))
    # One announcement per request, however many times the form arrives (a double click, Slack
    # retrying, a second replica): the first to claim it announces it.
    if store.claim_delivery(govbot.db, f"announce-request:{request.id}"):
        announce(govbot, client, request)


def announce(govbot: Govbot, client: WebClient, request: RegistrationRequest) -> None:
    """Post the new request for review and confirm it to the requester. The request is filed
    already: a failure here is logged with a reference and the request stays in the queue."""
    problem = ""
    try:
        review.post_for_review(govbot.settings, govbot.db, client, request)
    except Exception:
        reference = secrets.token_hex(4)
        log.exception("request #%s is filed but could not be posted for review [ref %s]", request.id, reference)
        problem = (
            f":warning: The request is in the review queue, but posting it to the reviewers' channel failed "
            f"(reference `{reference}`); they will still see it in their queue."
        )
    text, blocks = review_blocks.filed_message(request, forms.next_steps(govbot.settings.review_channel), problem)
    try:
        client.chat_postMessage(channel=request.requester_id, text=text, blocks=blocks)
    except SlackApiError as error:
        log.error("request #%s is filed; could not confirm it to %s: %s", request.id, request.requester_id, error.response.get("error"))
