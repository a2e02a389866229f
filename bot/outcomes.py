"""A Reply as a question outcome (knowledge/questions/): what the governance report counts.

The topic is where the question landed: "AI tool inventory" for what the inventory answers, else
the policy section retrieval ranked first (document and heading), refused or not — a refused
question's nearest section is where the policies fall short. Recording never costs the person
their answer: a database that fails is logged and the answer still goes out.
"""

from __future__ import annotations

import logging

from sqlalchemy.exc import SQLAlchemyError

from bot.reply import Intent, Reply
from knowledge.inventory.database import Database
from knowledge.questions.outcomes import record_outcome

log = logging.getLogger("govbot.outcomes")
INVENTORY_TOPIC = "AI tool inventory"


def topic_of(reply: Reply) -> str:
    if reply.confident and reply.intent == Intent.tool_status and (reply.card_leads or reply.tools):
        return INVENTORY_TOPIC
    if reply.intent in (Intent.help, Intent.register):
        return f"({reply.intent})"
    return reply.citations[0].label if reply.citations else "(nothing retrieved)"


def record_answer(db: Database, reply: Reply, asker_id: str, surface: str) -> int | None:
    """Record the outcome of `reply` to `asker_id`; its id, or None when it could not be stored."""
    card = reply.card
    try:
        return record_outcome(
            db,
            surface=surface,
            intent=reply.intent,
            topic=topic_of(reply),
            answered=reply.confident,
            confidence=reply.confidence,
            question=reply.question,
            asker_id=asker_id,
            unregistered_tool=card.name if card is not None and not card.registered else None,
        )
    except SQLAlchemyError:
        log.exception("the outcome of a question could not be recorded; the answer goes out anyway")
        return None
