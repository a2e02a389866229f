"""Recording what people asked and what they got, keeping the minimum.

Per question answered (`record_outcome`): when, where (the surface), the intent, the topic (the
policy section retrieval found nearest, named by document and heading), answered or refused, and
the answer's confidence. Nothing about who asked, and not the question's words, except:

- an unregistered tool the question named: its name and the asker's id, so that the governance
  team can invite the people who use it to register it (the shadow-AI radar);
- a refused question: its words (at most KEPT_QUESTION_CHARS), which say what the policies lack —
  unless it reports something that already happened (intent "incident"), whose words may hold the
  very data that leaked;
- an answer voted not helpful: the same, for the same reason.

Votes (`record_vote`) keep the voter's id only to hold one vote per person per answer.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from knowledge.inventory.database import Database
from knowledge.inventory.fields import FIELD_CHARS
from knowledge.inventory.matching import name_key
from knowledge.inventory.models import now
from knowledge.questions.models import (
    ANSWERED,
    KEPT_QUESTION_CHARS,
    REFUSED,
    TOPIC_CHARS,
    AnswerVote,
    QuestionOutcome,
)

INCIDENT_INTENT = "incident"  # the assistant's intent for "I pasted…": its words are never kept
ID_CHARS = 64


def kept_words(question: str, intent: str) -> str:
    return "" if intent == INCIDENT_INTENT else " ".join(question.split())[:KEPT_QUESTION_CHARS]


def record_outcome(
    db: Database,
    *,
    surface: str,
    intent: str,
    topic: str,
    answered: bool,
    confidence: float,
    question: str,
    asker_id: str,
    unregistered_tool: str | None = None,
) -> int:
    """Record one answered question (keeping only what the module's docstring lists); its id, which
    the answer's feedback buttons carry."""
    tool = (unregistered_tool or "").strip()[: FIELD_CHARS["name"]] or None
    with db.writing() as session:
        outcome = QuestionOutcome(
            asked_at=now(),
            surface=surface[:16],
            intent=intent[:32],
            topic=" ".join(topic.split())[:TOPIC_CHARS],
            outcome=ANSWERED if answered else REFUSED,
            confidence=round(max(0.0, min(1.0, confidence)), 3),
            tool_name=tool,
            tool_key=name_key(tool)[: FIELD_CHARS["name"]] if tool else None,
            asker_id=asker_id[:ID_CHARS] if tool else None,
            question="" if answered else kept_words(question, intent),
        )
        session.add(outcome)
        session.flush()
        return outcome.id


def record_vote(db: Database, outcome_id: int, voter_id: str, helpful: bool, question: str = "") -> bool:
    """One vote per person per answer; voting again changes it. A not-helpful vote keeps the
    question's words on the outcome (see above). False when there is no such outcome."""

    def vote_once() -> bool:
        with db.writing() as session:
            outcome = session.get(QuestionOutcome, outcome_id)
            if outcome is None:
                return False
            voter = voter_id[:ID_CHARS]
            vote = session.scalar(select(AnswerVote).filter_by(outcome_id=outcome_id, voter_id=voter))
            if vote is None:
                session.add(AnswerVote(outcome_id=outcome_id, voter_id=voter, helpful=helpful, at=now()))
            else:
                vote.helpful, vote.at = helpful, now()
            if not helpful and not outcome.question:
                outcome.question = kept_words(question, outcome.intent)
            return True

    try:
        return vote_once()
    except IntegrityError:  # a double click: the other click's vote landed first; this one changes it
        return vote_once()
