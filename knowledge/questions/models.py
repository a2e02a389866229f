"""The tables of question outcomes and the votes on answers. Their migration (0006, in
migrations/ beside this module) follows the Slack app's 0002: it replaces the Slack app's
`answer_feedback` table, whose votes it moves here."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy import Boolean, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from knowledge.inventory.database import Schema
from knowledge.inventory.fields import FIELD_CHARS
from knowledge.inventory.models import UTCDateTime, now

TOPIC_CHARS = 200
KEPT_QUESTION_CHARS = 300  # enough to see what was asked; a pasted document is not kept whole
ANSWERED, REFUSED = "answered", "refused"


class QuestionTables(DeclarativeBase):
    type_annotation_map = {datetime: UTCDateTime()}


class QuestionOutcome(QuestionTables):
    """One question answered: when, how it was classified, what it came near, whether it was answered."""

    __tablename__ = "question_outcomes"
    __table_args__ = (
        Index("ix_question_outcomes_asked_at", "asked_at"),
        Index("ix_question_outcomes_tool_key", "tool_key"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    asked_at: Mapped[datetime] = mapped_column(default=now)
    surface: Mapped[str] = mapped_column(String(16))  # where it was asked: "slack"
    intent: Mapped[str] = mapped_column(String(32))
    topic: Mapped[str] = mapped_column(String(TOPIC_CHARS), default="")  # the nearest policy section
    outcome: Mapped[str] = mapped_column(String(16))  # ANSWERED or REFUSED
    confidence: Mapped[float] = mapped_column(Float, default=0.0)
    # An unregistered tool the question named, and who asked (kept only then: the shadow-AI radar).
    tool_name: Mapped[str | None] = mapped_column(String(FIELD_CHARS["name"]), default=None)
    tool_key: Mapped[str | None] = mapped_column(String(FIELD_CHARS["name"]), default=None)
    asker_id: Mapped[str | None] = mapped_column(String(64), default=None)
    # The question's words, only where the governance team needs them (refused, voted not helpful).
    question: Mapped[str] = mapped_column(Text, default="")


class AnswerVote(QuestionTables):
    """👍 or 👎 on an answer: one per person per answer; voting again changes it."""

    __tablename__ = "answer_votes"
    __table_args__ = (UniqueConstraint("outcome_id", "voter_id", name="uq_answer_votes_voter"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    outcome_id: Mapped[int] = mapped_column(ForeignKey(QuestionOutcome.id, ondelete="CASCADE"))
    voter_id: Mapped[str] = mapped_column(String(64))
    helpful: Mapped[bool] = mapped_column(Boolean)
    at: Mapped[datetime] = mapped_column(default=now)


QUESTIONS = Schema((QuestionTables.metadata,), (Path(__file__).resolve().parent / "migrations",))
