"""Reviewing in Slack: the decision buttons (on the review post, in `/aigov queue`, on Home), the
comment modal, the requester's answer to a needs_info question, and withdrawal.

Every change goes through knowledge.inventory.review.Workflow, which checks who may make it and
makes two simultaneous decisions come out as one. Its events tell everyone concerned (the review
post, the requester's DM, the Home tabs: bot/slack/notifier.py); what is left here is answering
whoever clicked, where they clicked.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict

from slack_bolt import Ack, App, Respond
from slack_sdk.errors import SlackApiError
from slack_sdk.webhook import WebhookClient

from bot.slack.actions import (
    ANSWER_BLOCK,
    ANSWER_CALLBACK,
    ANSWER_OPEN,
    COMMENT_BLOCK,
    DECISION_CALLBACK,
    DECISION_OF_ACTION,
    WITHDRAW,
)
from bot.slack.blocks import review as blocks
from bot.slack.blocks.common import PRIVATE_METADATA_CHARS, escape, notice_modal
from bot.slack.listeners.clicks import Clicked, private_metadata, record_id, tell, typed
from bot.wiring import Govbot
from knowledge.inventory.models import RegistrationRequest, RequestStatus
from knowledge.inventory.review import AlreadyDecided, NotFound, WorkflowError

log = logging.getLogger("govbot.slack")


def register(app: App, govbot: Govbot) -> None:
    def decision_button(ack: Ack, body: dict, action: dict, respond: Respond) -> None:
        ack()
        decision_clicked(govbot, body, action, respond)

    for action_id in DECISION_OF_ACTION:
        app.action(action_id)(decision_button)

    @app.view(DECISION_CALLBACK)
    def decision_submitted(ack: Ack, body: dict, view: dict) -> None:
        submit_decision(govbot, ack, body, view)

    @app.action(ANSWER_OPEN)
    def answer_clicked(ack: Ack, body: dict, action: dict, respond: Respond) -> None:
        ack()
        open_answer_modal(govbot, body, action, respond)

    @app.view(ANSWER_CALLBACK)
    def answer_submitted(ack: Ack, body: dict, view: dict) -> None:
        submit_answer(govbot, ack, body, view)

    @app.action(WITHDRAW)
    def withdraw_clicked(ack: Ack, body: dict, action: dict, respond: Respond) -> None:
        ack()
        withdraw(govbot, body, action, respond)


def _quietly(what: str, step, *args) -> None:
    """Once the decision is recorded, showing it where it was clicked is best effort: log a
    failure and go on."""
    try:
        step(*args)
    except Exception as error:
        detail = error.response.get("error") if isinstance(error, SlackApiError) else repr(error)
        log.error("%s failed: %s", what, detail, exc_info=not isinstance(error, SlackApiError))


def show_where_clicked(govbot: Govbot, request: RegistrationRequest, clicked: Clicked) -> None:
    """After a decision (which its event has shown everywhere else): the review-channel message
    clicked, when where it was posted is not saved; the `/aigov queue` list clicked, as it is now."""
    if clicked.message:
        what = f"updating the clicked post of #{request.id}"
        _quietly(what, govbot.slack.refresh_clicked_post, request, clicked.message)
    if clicked.ephemeral and clicked.response_url:
        _quietly("refreshing the queue list", refresh_queue_message, govbot, clicked.response_url)


def refresh_queue_message(govbot: Govbot, response_url: str) -> None:
    text, message = blocks.queue_message(govbot.workflow.queue())
    WebhookClient(response_url).send(text=text, blocks=message, replace_original=True)


def after_refusal(govbot: Govbot, request_id: int, clicked: Clicked) -> None:
    """Someone else got there first: make the review post show what really happened."""

    def refresh() -> None:
        govbot.slack.refresh_review_post(govbot.workflow.get(request_id), clicked.message)

    _quietly(f"updating the review post of #{request_id}", refresh)


# -- deciding --------------------------------------------------------------------------------------


def decision_clicked(govbot: Govbot, body: dict, action: dict, respond: Respond) -> None:
    reviewer = body["user"]["id"]
    decision = DECISION_OF_ACTION[action["action_id"]]
    request_id = record_id(action.get("value"))
    clicked = Clicked.of(body)
    if reviewer not in govbot.reviewers:
        tell(govbot, body, respond, blocks.refusal())
        return
    if request_id is None:
        tell(govbot, body, respond, ":warning: That button does not name a request; nothing was changed.")
        return
    if decision == RequestStatus.approved:
        try:
            request = govbot.workflow.decide(request_id, decision, reviewer)
        except AlreadyDecided as first:
            tell(govbot, body, respond, blocks.already_decided(request_id, first.status, first.decided_by))
            after_refusal(govbot, request_id, clicked)
            return
        except WorkflowError as error:
            tell(govbot, body, respond, f":warning: {escape(str(error))}. Nothing was changed.")
            return
        show_where_clicked(govbot, request, clicked)
        return
    try:
        request = govbot.workflow.get(request_id)
    except NotFound as error:
        tell(govbot, body, respond, f":warning: {escape(str(error))}.")
        return
    if request.status != RequestStatus.pending:
        tell(govbot, body, respond, blocks.already_decided(request.id, request.status, request.decided_by))
        after_refusal(govbot, request.id, clicked)
        return
    metadata = json.dumps({"id": request.id, "decision": decision.value} | asdict(clicked))
    if len(metadata) > PRIVATE_METADATA_CHARS:  # a freakishly long response_url: do without it
        metadata = json.dumps({"id": request.id, "decision": decision.value})
    govbot.slack.client.views_open(
        trigger_id=body["trigger_id"], view=blocks.decision_modal(request, decision, metadata)
    )


def submit_decision(govbot: Govbot, ack: Ack, body: dict, view: dict) -> None:
    reviewer = body["user"]["id"]
    metadata = private_metadata(view)
    request_id = record_id(metadata.get("id"))
    decision = metadata.get("decision")
    if request_id is None or decision not in blocks.MODAL_TEXT:
        damaged = "This form is damaged; close it and click the button again."
        ack(response_action="errors", errors={COMMENT_BLOCK: damaged})
        return
    if reviewer not in govbot.reviewers:
        refused = "Only the governance reviewers can decide; nothing was changed."
        ack(response_action="errors", errors={COMMENT_BLOCK: refused})
        return
    comment = typed(view, COMMENT_BLOCK)
    if not comment:
        ack(response_action="errors", errors={COMMENT_BLOCK: "Write a comment: the requester will read it."})
        return
    clicked = Clicked.from_metadata(metadata, govbot.settings.slack_api_url)
    with govbot.events.held():  # the modal closes before the decision is told
        try:
            request = govbot.workflow.decide(request_id, decision, reviewer, comment)
        except AlreadyDecided as first:
            text = blocks.already_decided(request_id, first.status, first.decided_by)
            ack(response_action="update", view=notice_modal("Already decided", text))
            after_refusal(govbot, request_id, clicked)
            return
        except WorkflowError as error:
            ack(response_action="errors", errors={COMMENT_BLOCK: str(error)[:2000]})
            return
        ack()
    show_where_clicked(govbot, request, clicked)


# -- the requester's side: answering a question, withdrawing ---------------------------------------


def open_answer_modal(govbot: Govbot, body: dict, action: dict, respond: Respond) -> None:
    user = body["user"]["id"]
    try:
        request = govbot.workflow.get(record_id(action.get("value")) or 0)
    except NotFound:
        tell(govbot, body, respond, ":warning: That request does not exist.")
        return
    if request.requester_id != user:
        tell(
            govbot, body, respond, f":no_entry: Only the person who registered request #{request.id} can answer for it."
        )
        return
    if request.status != RequestStatus.needs_info:
        status = blocks.status_text(request.status)
        tell(govbot, body, respond, f":information_source: Request #{request.id} is {status}: no answer is needed now.")
        return
    modal = blocks.answer_modal(request, json.dumps({"id": request.id}))
    govbot.slack.client.views_open(trigger_id=body["trigger_id"], view=modal)


def submit_answer(govbot: Govbot, ack: Ack, body: dict, view: dict) -> None:
    user = body["user"]["id"]
    request_id = record_id(private_metadata(view).get("id"))
    answer = typed(view, ANSWER_BLOCK)
    if request_id is None:
        damaged = "This form is damaged; close it and click Answer again."
        ack(response_action="errors", errors={ANSWER_BLOCK: damaged})
        return
    if not answer:
        ack(response_action="errors", errors={ANSWER_BLOCK: "Write the information the reviewers asked for."})
        return
    with govbot.events.held():  # the modal closes before the reviewers are told
        try:
            govbot.workflow.answer(request_id, user, answer)
        except WorkflowError as error:
            ack(response_action="errors", errors={ANSWER_BLOCK: str(error)[:2000]})
            return
        ack()


def withdraw(govbot: Govbot, body: dict, action: dict, respond: Respond) -> None:
    try:
        govbot.workflow.withdraw(record_id(action.get("value")) or 0, body["user"]["id"])
    except WorkflowError as error:
        tell(govbot, body, respond, f":warning: {escape(str(error))}. Nothing was changed.")
