"""Answering people where they talk: a mention in a channel (answered in its thread), a direct
message, a follow-up in a thread the bot answered in; and the buttons under an answer (feedback,
"Ask the governance team"). `/aigov` questions are in commands.py, the AI-app pane in
assistant_pane.py.

Bolt acknowledges events before their listener runs, and the buttons here call `ack` first, so
answering never delays Slack's three-second acknowledgement. While an answer is prepared the
question gets an :eyes: reaction, removed once the answer is posted.
"""

from __future__ import annotations

import logging

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.slack import store
from bot.slack.actions import ESCALATE, FEEDBACK_HELPFUL, FEEDBACK_UNHELPFUL
from bot.slack.blocks.answer import escalation_message, outcome_of, question_of
from bot.slack.blocks.common import escape
from bot.slack.conversation import answer_for, first_delivery, mentions_bot, question_in
from bot.wiring import Govbot
from knowledge.questions.outcomes import record_vote

log = logging.getLogger("govbot.slack")
WORKING_REACTION = "eyes"


# -- answering a message -----------------------------------------------------------------------------


def answer_message_event(
    govbot: Govbot, client: WebClient, *, channel: str, user: str, question: str, message_ts: str, thread_ts: str | None
) -> None:
    """Answer a message (in `thread_ts`, or in the conversation itself when None), showing a
    reaction on the question meanwhile."""
    if thread_ts and not channel.startswith("D"):
        # Before answering: a follow-up typed while the answer is on its way is answered too.
        store.remember_thread(govbot.db, channel, thread_ts, user)
    reacted = react(client.reactions_add, channel, message_ts)
    try:
        message = answer_for(govbot, user, question)
        client.chat_postMessage(channel=channel, thread_ts=thread_ts, unfurl_links=False, unfurl_media=False, **message)
    finally:
        if reacted:
            react(client.reactions_remove, channel, message_ts)


def react(reactions_method, channel: str, ts: str) -> bool:
    """Add or remove the working reaction; one that fails only loses the hint."""
    try:
        reactions_method(channel=channel, timestamp=ts, name=WORKING_REACTION)
        return True
    except SlackApiError as error:
        log.info("%s on %s/%s: %s", reactions_method.__name__, channel, ts, error.response.get("error"))
        return False


def is_person_message(event: dict) -> bool:
    """A message a person typed: not an edit, deletion, join or other subtype, and not from a bot
    (including this one: answering itself would loop)."""
    return not event.get("subtype") and not event.get("bot_id") and bool(event.get("user")) and "text" in event


# -- the listeners -----------------------------------------------------------------------------------


def register(app: App, govbot: Govbot) -> None:
    @app.event("app_mention")
    def mentioned(body: dict, event: dict, client: WebClient, context: BoltContext) -> None:
        if not is_person_message(event) or event.get("channel", "").startswith("D"):
            return  # in a DM the message event answers it
        if not first_delivery(govbot, body):
            return
        answer_message_event(
            govbot,
            client,
            channel=event["channel"],
            user=event["user"],
            question=question_in(event["text"], context.bot_user_id),
            message_ts=event["ts"],
            thread_ts=event.get("thread_ts") or event["ts"],
        )

    @app.event("message")
    def message(body: dict, event: dict, client: WebClient, context: BoltContext) -> None:
        if not is_person_message(event):
            return
        channel, thread_ts = event.get("channel", ""), event.get("thread_ts")
        if event.get("channel_type") == "im":
            answer_here = thread_ts  # a DM is a conversation with the bot: answer where it was asked
        elif (
            thread_ts
            and thread_ts != event["ts"]
            and not mentions_bot(event["text"], context.bot_user_id)  # a mention is answered as one
            and store.is_bot_thread(govbot.db, channel, thread_ts)
        ):
            answer_here = thread_ts
        else:
            return
        if not first_delivery(govbot, body):
            return
        answer_message_event(
            govbot,
            client,
            channel=channel,
            user=event["user"],
            question=question_in(event["text"], context.bot_user_id),
            message_ts=event["ts"],
            thread_ts=answer_here,
        )

    @app.action(FEEDBACK_HELPFUL)
    def helpful(ack: Ack, body: dict, action: dict, respond: Respond) -> None:
        ack()
        record_feedback(govbot, body, action, respond, helpful=True)

    @app.action(FEEDBACK_UNHELPFUL)
    def unhelpful(ack: Ack, body: dict, action: dict, respond: Respond) -> None:
        ack()
        record_feedback(govbot, body, action, respond, helpful=False)

    @app.action(ESCALATE)
    def escalate(ack: Ack, body: dict, action: dict, client: WebClient, respond: Respond) -> None:
        ack()
        escalate_question(govbot, body, action, client, respond)


def where_clicked(body: dict) -> tuple[str, str, str | None, bool]:
    """The channel, message ts and thread ts of the message whose button was clicked, and whether
    that message was ephemeral."""
    container = body.get("container") or {}
    message = body.get("message") or {}
    channel = container.get("channel_id") or (body.get("channel") or {}).get("id") or ""
    message_ts = container.get("message_ts") or message.get("ts") or ""
    return channel, message_ts, message.get("thread_ts"), bool(container.get("is_ephemeral"))


def record_feedback(govbot: Govbot, body: dict, action: dict, respond: Respond, helpful: bool) -> None:
    _, _, thread_ts, _ = where_clicked(body)
    value = action.get("value")
    outcome = outcome_of(value)
    if outcome is None or not record_vote(govbot.db, outcome, body["user"]["id"], helpful, question_of(value)):
        log.info("a vote on an answer with no recorded outcome (%r) is not counted", outcome)
    thanks = (
        "Thanks, glad it helped."
        if helpful
        else (
            "Thanks for telling me. If you still need an answer, *Ask the governance team* passes your question "
            "to a person."
        )
    )
    respond(text=thanks, response_type="ephemeral", replace_original=False, thread_ts=thread_ts)


def escalate_question(govbot: Govbot, body: dict, action: dict, client: WebClient, respond: Respond) -> None:
    """Post the question, with a link to where it was asked, in the review channel."""
    user = body["user"]["id"]
    channel, message_ts, thread_ts, ephemeral = where_clicked(body)
    question = question_of(action.get("value")) or "(the question could not be read back)"
    review_channel = govbot.settings.review_channel
    if not review_channel:
        where = escape(govbot.settings.governance_channel)
        respond(
            text=f"Please ask the governance team in {where}: they can answer what I can't.",
            response_type="ephemeral",
            replace_original=False,
        )
        return
    claim = f"escalate:{channel}:{message_ts}"
    if not store.claim_delivery(govbot.db, claim):
        respond(
            text="This question has already gone to the governance team; they will answer here.",
            response_type="ephemeral",
            replace_original=False,
        )
        return
    permalink = None
    if channel and not ephemeral and not channel.startswith("D"):
        try:
            permalink = client.chat_getPermalink(channel=channel, message_ts=thread_ts or message_ts)["permalink"]
        except SlackApiError as error:
            log.warning("no permalink for %s/%s: %s", channel, message_ts, error.response.get("error"))
    asked_in = None if channel.startswith("D") else channel
    try:
        client.chat_postMessage(
            channel=review_channel, unfurl_links=False, **escalation_message(question, user, permalink, asked_in)
        )
    except Exception:
        store.release_delivery(govbot.db, claim)  # not sent: the next click must try again
        raise
    answer_where = "in this thread" if permalink else "directly"
    respond(
        text=f":raising_hand: I've passed your question to the governance team in <#{review_channel}>; "
        f"someone will answer you {answer_where}.",
        response_type="ephemeral",
        replace_original=False,
    )
