"""Reviewing in Slack: requests posted to the review channel with decision buttons, the comment
modal, the requester's answer to a needs_info question, withdrawal, and `/aigov queue`.

Every decision goes through knowledge.inventory.review.Workflow, which checks the reviewer and makes two
simultaneous decisions come out as one; this module only tells people what happened: the review
post is updated, the requester gets a DM, the Home tabs of both are refreshed.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

from slack_bolt import App
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.webhook import WebhookClient

from bot.slack import home, store
from bot.slack.blocks import review as blocks
from bot.slack.blocks.common import PRIVATE_METADATA_CHARS, escape
from knowledge.inventory.models import RegistrationRequest, RequestStatus
from knowledge.inventory.review import AlreadyDecided, NotFound, WorkflowError

if TYPE_CHECKING:
    from bot.settings import Settings
    from bot.slack.app import Govbot
    from knowledge.inventory.database import Database

log = logging.getLogger("govbot.slack")


def register(app: App, govbot: Govbot) -> None:
    def decision_button(ack, body, action, client, respond):
        decision_clicked(govbot, ack, body, action, client, respond)

    for action_id in blocks.DECISION_OF_ACTION:
        app.action(action_id)(decision_button)

    @app.view(blocks.DECISION_CALLBACK)
    def decision_submitted(ack, body, view, client):
        submit_decision(govbot, ack, body, view, client)

    @app.action(blocks.ANSWER_OPEN)
    def answer_clicked(ack, body, action, client, respond):
        ack()
        open_answer_modal(govbot, body, action, client, respond)

    @app.view(blocks.ANSWER_CALLBACK)
    def answer_submitted(ack, body, view, client):
        submit_answer(govbot, ack, body, view, client)

    @app.action(blocks.WITHDRAW)
    def withdraw_clicked(ack, body, action, client, respond):
        ack()
        withdraw(govbot, body, action, client, respond)


def queue_command(govbot: Govbot, ack, command: dict, respond) -> None:
    ack()
    if command.get("user_id") not in govbot.reviewers:
        respond(text=blocks.refusal(), response_type="ephemeral")
        return
    text, message = blocks.queue_message(govbot.workflow.queue())
    respond(text=text, blocks=message, response_type="ephemeral")


@dataclass
class Clicked:
    """Where a button was clicked: a message (its channel and ts; ephemeral ones only reachable
    through their response_url) or a view such as the Home tab (none of these set)."""

    channel: str | None = None
    ts: str | None = None
    ephemeral: bool = False
    response_url: str | None = None

    @classmethod
    def of(cls, body: dict) -> Clicked:
        container = body.get("container") or {}
        if container.get("type") != "message":
            return cls()
        return cls(container.get("channel_id"), container.get("message_ts"), bool(container.get("is_ephemeral")), body.get("response_url"))

    @classmethod
    def from_metadata(cls, metadata: dict) -> Clicked:
        fields = {key: metadata.get(key) for key in ("channel", "ts", "response_url")}
        if not all(value is None or isinstance(value, str) for value in fields.values()):
            return cls()
        return cls(**fields, ephemeral=metadata.get("ephemeral") is True)


# -- telling people -----------------------------------------------------------------------------


def tell(govbot: Govbot, client: WebClient, body: dict, respond, text: str) -> None:
    """A private note to whoever clicked, wherever they clicked: an ephemeral message beside a
    message (through its response_url), or a notice on their Home tab."""
    if Clicked.of(body).response_url:
        respond(text=text, response_type="ephemeral", replace_original=False)
    else:
        home.publish(govbot, client, body["user"]["id"], notice=text)


def post_for_review(settings: Settings, db: Database, client: WebClient, request: RegistrationRequest) -> None:
    """Post a request to the review channel and remember where (to show the outcome there later)."""
    channel = settings.review_channel
    if not channel:
        log.warning("GOVBOT_REVIEW_CHANNEL is not set: request #%s is only in the review queue", request.id)
        return
    text, message = blocks.review_message(request)
    response = client.chat_postMessage(channel=channel, text=text, blocks=message, unfurl_links=False, unfurl_media=False)
    store.save_review_post(db, request.id, response["channel"], response["ts"])


def refresh_review_post(
    settings: Settings, db: Database, client: WebClient, request: RegistrationRequest, clicked: Clicked | None = None
) -> None:
    """Show the request's current state on its review post: the outcome instead of the buttons,
    or the buttons again once a needs_info question is answered. The post is where the store says,
    or else the review-channel message that was clicked (its location may not be saved yet)."""
    post = store.review_post_of(db, request.id)
    channel, ts = (post.channel, post.ts) if post else (None, None)
    if post is None and clicked and clicked.channel == settings.review_channel and clicked.ts and not clicked.ephemeral:
        channel, ts = clicked.channel, clicked.ts
    if channel is None:
        if request.status == RequestStatus.pending:
            post_for_review(settings, db, client, request)  # it never made it to the channel: post it now
        return
    text, message = blocks.review_message(request)
    client.chat_update(channel=channel, ts=ts, text=text, blocks=message)


def refresh_queue_message(govbot: Govbot, clicked: Clicked) -> None:
    """A decision made from the ephemeral `/aigov queue` list: show the list as it is now."""
    if clicked.ephemeral and clicked.response_url:
        text, message = blocks.queue_message(govbot.workflow.queue())
        WebhookClient(clicked.response_url).send(text=text, blocks=message, replace_original=True)


def _quietly(what: str, step, *args) -> None:
    """Telling people is best effort once the decision is recorded: log a failure and go on."""
    try:
        step(*args)
    except Exception as error:
        detail = error.response.get("error") if isinstance(error, SlackApiError) else repr(error)
        log.error("%s failed: %s", what, detail, exc_info=not isinstance(error, SlackApiError))


def dm_requester(client: WebClient, request: RegistrationRequest) -> None:
    if not blocks.SLACK_USER_ID.fullmatch(request.requester_id):
        return  # registered on the command line: not a Slack user
    text, message = blocks.decision_message(request)
    client.chat_postMessage(channel=request.requester_id, text=text, blocks=message)


def after_decision(govbot: Govbot, client: WebClient, request: RegistrationRequest, clicked: Clicked) -> None:
    _quietly(f"updating the review post of #{request.id}", refresh_review_post, govbot.settings, govbot.db, client, request, clicked)
    _quietly(f"telling {request.requester_id} about #{request.id}", dm_requester, client, request)
    _quietly("refreshing the queue list", refresh_queue_message, govbot, clicked)
    for user in {request.requester_id, request.decided_by}:
        if user and blocks.SLACK_USER_ID.fullmatch(user):
            _quietly(f"refreshing the Home of {user}", home.publish, govbot, client, user)


def after_refusal(govbot: Govbot, client: WebClient, request_id: int, clicked: Clicked) -> None:
    """Someone else got there first: make the review post show what really happened."""
    _quietly(f"updating the review post of #{request_id}", lambda: refresh_review_post(govbot.settings, govbot.db, client, govbot.workflow.get(request_id), clicked))


def _request_id(value) -> int | None:
    try:
        number = int(str(value))
    except ValueError:
        return None
    return number if 0 < number < 2**31 else None


# -- deciding -----------------------------------------------------------------------------------


def decision_clicked(govbot: Govbot, ack, body: dict, action: dict, client: WebClient, respond) -> None:
    ack()
    reviewer = body["user"]["id"]
    decision = blocks.DECISION_OF_ACTION[action["action_id"]]
    request_id = _request_id(action.get("value"))
    clicked = Clicked.of(body)
    if reviewer not in govbot.reviewers:
        tell(govbot, client, body, respond, blocks.refusal())
        return
    if request_id is None:
        tell(govbot, client, body, respond, ":warning: That button does not name a request; nothing was changed.")
        return
    if decision == RequestStatus.approved:
        try:
            request = govbot.workflow.decide(request_id, decision, reviewer)
        except AlreadyDecided as first:
            tell(govbot, client, body, respond, blocks.already_decided(request_id, first.status, first.decided_by))
            after_refusal(govbot, client, request_id, clicked)
            return
        except WorkflowError as error:
            tell(govbot, client, body, respond, f":warning: {escape(str(error))}. Nothing was changed.")
            return
        after_decision(govbot, client, request, clicked)
        return
    try:
        request = govbot.workflow.get(request_id)
    except NotFound as error:
        tell(govbot, client, body, respond, f":warning: {escape(str(error))}.")
        return
    if request.status != RequestStatus.pending:
        tell(govbot, client, body, respond, blocks.already_decided(request.id, request.status, request.decided_by))
        after_refusal(govbot, client, request.id, clicked)
        return
    metadata = json.dumps({"id": request.id, "decision": decision.value} | asdict(clicked))
    if len(metadata) > PRIVATE_METADATA_CHARS:  # a freakishly long response_url: do without it
        metadata = json.dumps({"id": request.id, "decision": decision.value})
    client.views_open(trigger_id=body["trigger_id"], view=blocks.decision_modal(request, decision, metadata))


def _metadata(view: dict) -> dict:
    try:
        metadata = json.loads(view.get("private_metadata") or "{}")
    except ValueError:
        return {}
    return metadata if isinstance(metadata, dict) else {}


def _typed(view: dict, block_id: str) -> str:
    """The text typed into a modal's text input (empty when missing or malformed)."""
    values = (view.get("state") or {}).get("values")
    block = values.get(block_id) if isinstance(values, dict) else None
    element = block.get(block_id) if isinstance(block, dict) else None
    value = element.get("value") if isinstance(element, dict) else None
    return value.strip() if isinstance(value, str) else ""


def submit_decision(govbot: Govbot, ack, body: dict, view: dict, client: WebClient) -> None:
    reviewer = body["user"]["id"]
    metadata = _metadata(view)
    request_id = _request_id(metadata.get("id"))
    decision = metadata.get("decision")
    if request_id is None or decision not in blocks.MODAL_TEXT:
        ack(response_action="errors", errors={blocks.COMMENT_BLOCK: "This form is damaged; close it and click the button again."})
        return
    if reviewer not in govbot.reviewers:
        ack(response_action="errors", errors={blocks.COMMENT_BLOCK: "Only the governance reviewers can decide; nothing was changed."})
        return
    comment = _typed(view, blocks.COMMENT_BLOCK)
    if not comment:
        ack(response_action="errors", errors={blocks.COMMENT_BLOCK: "Write a comment: the requester will read it."})
        return
    clicked = Clicked.from_metadata(metadata)
    try:
        request = govbot.workflow.decide(request_id, decision, reviewer, comment)
    except AlreadyDecided as first:
        text = blocks.already_decided(request_id, first.status, first.decided_by)
        ack(response_action="update", view=blocks.notice_modal("Already decided", text))
        after_refusal(govbot, client, request_id, clicked)
        return
    except WorkflowError as error:
        ack(response_action="errors", errors={blocks.COMMENT_BLOCK: str(error)[:2000]})
        return
    ack()
    after_decision(govbot, client, request, clicked)


# -- the requester's side: answering a question, withdrawing ------------------------------------------


def open_answer_modal(govbot: Govbot, body: dict, action: dict, client: WebClient, respond) -> None:
    user = body["user"]["id"]
    try:
        request = govbot.workflow.get(_request_id(action.get("value")) or 0)
    except NotFound:
        tell(govbot, client, body, respond, ":warning: That request does not exist.")
        return
    if request.requester_id != user:
        tell(govbot, client, body, respond, f":no_entry: Only the person who registered request #{request.id} can answer for it.")
        return
    if request.status != RequestStatus.needs_info:
        tell(govbot, client, body, respond, f":information_source: Request #{request.id} is {blocks.status_text(request.status)}: no answer is needed now.")
        return
    client.views_open(trigger_id=body["trigger_id"], view=blocks.answer_modal(request, json.dumps({"id": request.id})))


def submit_answer(govbot: Govbot, ack, body: dict, view: dict, client: WebClient) -> None:
    user = body["user"]["id"]
    request_id = _request_id(_metadata(view).get("id"))
    answer = _typed(view, blocks.ANSWER_BLOCK)
    if request_id is None:
        ack(response_action="errors", errors={blocks.ANSWER_BLOCK: "This form is damaged; close it and click Answer again."})
        return
    if not answer:
        ack(response_action="errors", errors={blocks.ANSWER_BLOCK: "Write the information the reviewers asked for."})
        return
    try:
        request = govbot.workflow.answer(request_id, user, answer)
    except WorkflowError as error:
        ack(response_action="errors", errors={blocks.ANSWER_BLOCK: str(error)[:2000]})
        return
    ack()
    _quietly(f"re-notifying the reviewers of #{request.id}", renotify_reviewers, govbot.settings, govbot.db, client, request, answer)
    _quietly(f"refreshing the Home of {user}", home.publish, govbot, client, user)


def renotify_reviewers(settings: Settings, db: Database, client: WebClient, request: RegistrationRequest, answer: str) -> None:
    """Back to pending: the review post gets its buttons back, and the answer goes into its thread."""
    refresh_review_post(settings, db, client, request)
    post = store.review_post_of(db, request.id)
    if post is not None:
        client.chat_postMessage(channel=post.channel, thread_ts=post.ts, text=blocks.answered_notice(request, answer))


def withdraw(govbot: Govbot, body: dict, action: dict, client: WebClient, respond) -> None:
    user = body["user"]["id"]
    try:
        request = govbot.workflow.withdraw(_request_id(action.get("value")) or 0, user)
    except WorkflowError as error:
        tell(govbot, client, body, respond, f":warning: {escape(str(error))}. Nothing was changed.")
        return
    _quietly(f"updating the review post of #{request.id}", refresh_review_post, govbot.settings, govbot.db, client, request)
    home.publish(govbot, client, user, notice=f":wastebasket: Request #{request.id} ({escape(request.name)}) is withdrawn.")
