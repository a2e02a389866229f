"""Answering people: a mention in a channel (answered in its thread), a direct message, a follow-up
in a thread the bot answered in, and `/aigov <question>`, `/aigov status <tool>`, `/aigov help`;
plus the buttons on an answer (feedback, "Ask the governance team").

Slack wants its acknowledgement within three seconds: Bolt acknowledges events before their
listener runs, and the commands and buttons here call `ack` first, so answering never delays it.
While an answer is prepared the question gets an :eyes: reaction (a "Looking that up…" note for
slash commands), removed once the answer is posted.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from slack_bolt import App
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.assistant import InvalidQuestion, tidy
from bot.reply import Reply
from bot.slack import store
from bot.slack.blocks.answer import (
    ESCALATE,
    FEEDBACK_HELPFUL,
    FEEDBACK_UNHELPFUL,
    TOOL_NAME_CHARS,
    answer_message,
    escalation_message,
    question_of,
    refusal_message,
    working_message,
)
from bot.slack.blocks.common import escape
from bot.slack.blocks.help import HELP_TEXT, help_blocks

if TYPE_CHECKING:
    from bot.slack.app import Govbot

log = logging.getLogger("govbot.slack")
WORKING_REACTION = "eyes"


# -- composing an answer (transport-free apart from Block Kit) -------------------------------------


def answer_for(govbot: Govbot, user: str, question: str) -> dict:
    """The message answering `question` for `user`: chat.postMessage / respond() arguments."""
    try:
        reply = govbot.assistant.answer(question)
    except InvalidQuestion as refusal:
        return refusal_message(str(refusal))
    if reply.intent == "help":
        return {"text": HELP_TEXT, "blocks": help_blocks(govbot, user in govbot.reviewers)}
    return answer_message(reply)


def tool_status(govbot: Govbot, name: str) -> Reply:
    """`/aigov status <name>`: the named tool's verdict, or "not registered" (with Register it)."""
    return govbot.assistant.status_of(name)


def mention_of(bot_user_id: str | None) -> re.Pattern | None:
    """How the bot's mention appears in a message's text: <@U0GOVBOT> or <@U0GOVBOT|govbot>."""
    return re.compile(rf"<@{re.escape(bot_user_id)}(?:\|[^>]*)?>") if bot_user_id else None


def question_in(text: str, bot_user_id: str | None) -> str:
    """The question in a message, without the mention of the bot that addressed it."""
    mention = mention_of(bot_user_id)
    return (mention.sub(" ", text) if mention else text).strip()


def mentions_bot(text: str, bot_user_id: str | None) -> bool:
    mention = mention_of(bot_user_id)
    return bool(mention and mention.search(text or ""))


class NotDelivered(RuntimeError):
    """Slack refused what was sent to a response_url (respond() reports it instead of raising)."""


def send(respond, **message) -> None:
    """respond(), failing loudly: the global error handler then apologises and logs it."""
    response = respond(**message)
    if response.status_code != 200:
        raise NotDelivered(f"response_url answered {response.status_code}: {response.body[:300]}")


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


def first_delivery(govbot: Govbot, body: dict) -> bool:
    """False for a retry of an event already handled (Slack retries what it thinks went unanswered)."""
    event_id = body.get("event_id")
    return not event_id or store.claim_delivery(govbot.db, f"event:{event_id}")


def is_person_message(event: dict) -> bool:
    """A message a person typed: not an edit, deletion, join or other subtype, and not from a bot
    (including this one: answering itself would loop)."""
    return not event.get("subtype") and not event.get("bot_id") and bool(event.get("user")) and "text" in event


# -- slash commands (called by bot/slack/commands.py) ------------------------------------------------


def help_command(govbot: Govbot, ack, command: dict, respond) -> None:
    ack()  # first: looking up the reviewer group may take a moment
    is_reviewer = command.get("user_id") in govbot.reviewers
    send(respond, text=HELP_TEXT, blocks=help_blocks(govbot, is_reviewer), response_type="ephemeral")


def ask_command(govbot: Govbot, ack, command: dict, respond, question: str) -> None:
    if not question.strip():
        help_command(govbot, ack, command, respond)
        return
    ack(text=working_message())
    send(respond, response_type="ephemeral", **answer_for(govbot, command["user_id"], question))


def status_command(govbot: Govbot, ack, command: dict, respond, tool_text: str) -> None:
    name = tidy(tool_text)[:TOOL_NAME_CHARS]
    if not name:
        ack(text="Which tool? For example: `/aigov status ChatGPT`")
        return
    ack(text=working_message())
    send(respond, response_type="ephemeral", **answer_message(tool_status(govbot, name)))


# -- the listeners -----------------------------------------------------------------------------------


def register(app: App, govbot: Govbot) -> None:
    @app.event("app_mention")
    def mentioned(body, event, client, context):
        if not is_person_message(event) or event.get("channel", "").startswith("D"):
            return  # in a DM the message event answers it
        if not first_delivery(govbot, body):
            return
        answer_message_event(
            govbot, client, channel=event["channel"], user=event["user"],
            question=question_in(event["text"], context.bot_user_id),
            message_ts=event["ts"], thread_ts=event.get("thread_ts") or event["ts"],
        )  # fmt: skip

    @app.event("message")
    def message(body, event, client, context):
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
            govbot, client, channel=channel, user=event["user"],
            question=question_in(event["text"], context.bot_user_id), message_ts=event["ts"], thread_ts=answer_here,
        )  # fmt: skip

    @app.action(FEEDBACK_HELPFUL)
    def helpful(ack, body, action, respond):
        ack()
        record_feedback(govbot, body, action, respond, helpful=True)

    @app.action(FEEDBACK_UNHELPFUL)
    def unhelpful(ack, body, action, respond):
        ack()
        record_feedback(govbot, body, action, respond, helpful=False)

    @app.action(ESCALATE)
    def escalate(ack, body, action, client, respond):
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


def record_feedback(govbot: Govbot, body: dict, action: dict, respond, helpful: bool) -> None:
    channel, message_ts, thread_ts, _ = where_clicked(body)
    question = question_of(action.get("value"))
    store.record_feedback(govbot.db, body["user"]["id"], channel, message_ts, helpful, question)
    thanks = "Thanks, glad it helped." if helpful else (
        "Thanks for telling me. If you still need an answer, *Ask the governance team* passes your question to a person."
    )
    respond(text=thanks, response_type="ephemeral", replace_original=False, thread_ts=thread_ts)


def escalate_question(govbot: Govbot, body: dict, action: dict, client: WebClient, respond) -> None:
    """Post the question, with a link to where it was asked, in the review channel."""
    user = body["user"]["id"]
    channel, message_ts, thread_ts, ephemeral = where_clicked(body)
    question = question_of(action.get("value")) or "(the question could not be read back)"
    review_channel = govbot.settings.review_channel
    if not review_channel:
        where = escape(govbot.settings.governance_channel)
        respond(text=f"Please ask the governance team in {where}: they can answer what I can't.", response_type="ephemeral", replace_original=False)
        return
    claim = f"escalate:{channel}:{message_ts}"
    if not store.claim_delivery(govbot.db, claim):
        respond(text="This question has already gone to the governance team; they will answer here.", response_type="ephemeral", replace_original=False)
        return
    permalink = None
    if channel and not ephemeral and not channel.startswith("D"):
        try:
            permalink = client.chat_getPermalink(channel=channel, message_ts=thread_ts or message_ts)["permalink"]
        except SlackApiError as error:
            log.warning("no permalink for %s/%s: %s", channel, message_ts, error.response.get("error"))
    asked_in = None if channel.startswith("D") else channel
    try:
        client.chat_postMessage(channel=review_channel, unfurl_links=False, **escalation_message(question, user, permalink, asked_in))
    except Exception:
        store.release_delivery(govbot.db, claim)  # not sent: the next click must try again
        raise
    answer_where = "in this thread" if permalink else "directly"
    respond(
        text=f":raising_hand: I've passed your question to the governance team in <#{review_channel}>; someone will answer you {answer_where}.",
        response_type="ephemeral",
        replace_original=False,
    )
