"""What the listeners that answer people share: the message answering a question, the question
in a message without the bot's mention, and telling a first delivery from Slack's retry of it."""

from __future__ import annotations

import re

from bot.assistant import InvalidQuestion
from bot.outcomes import record_answer
from bot.slack import store
from bot.slack.blocks.answer import answer_message, refusal_message
from bot.slack.blocks.help import HELP_TEXT
from bot.wiring import Govbot

SURFACE = "slack"


def answer_for(govbot: Govbot, user: str, question: str) -> dict:
    """The message answering `question` for `user`: chat.postMessage / respond() arguments. Its
    outcome is recorded, and its feedback buttons carry the record's id."""
    try:
        reply = govbot.assistant.answer(question)
    except InvalidQuestion as refusal:
        return refusal_message(str(refusal))
    if reply.intent == "help":
        return {"text": HELP_TEXT, "blocks": govbot.slack.help_blocks(user)}
    return answer_message(reply, record_answer(govbot.db, reply, user, SURFACE))


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


def first_delivery(govbot: Govbot, body: dict) -> bool:
    """False for a retry of an event already handled (Slack retries what it thinks went unanswered)."""
    event_id = body.get("event_id")
    return not event_id or store.claim_delivery(govbot.db, f"event:{event_id}")
