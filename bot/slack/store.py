"""What the Slack front end remembers between requests, in the inventory database (so that
several replicas agree): deliveries already handled, threads the bot answers in, where each
registration request was posted for review, and where each incident was posted for the governance
team. (Votes on answers are kept with the questions' outcomes, knowledge/questions/, since
migration 0006.)

Its tables are its own (SlackTables), made by the migrations in bot/slack/migrations/ beside this
module; SCHEMA adds both to the inventory's when govbot opens its database (bot/wiring.py).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy import ForeignKey, String
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from knowledge.incidents.models import Incident
from knowledge.inventory.database import Database, Schema
from knowledge.inventory.models import RegistrationRequest, UTCDateTime, now


class SlackTables(DeclarativeBase):
    type_annotation_map = {datetime: UTCDateTime()}


class Delivery(SlackTables):
    """A Slack event, or a submission, that has been handled once: a retry of it is ignored."""

    __tablename__ = "deliveries"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    received_at: Mapped[datetime] = mapped_column(default=now)


class ConversationThread(SlackTables):
    """A thread the bot answered in: follow-ups there are answered without a mention."""

    __tablename__ = "conversation_threads"

    channel: Mapped[str] = mapped_column(String(64), primary_key=True)
    thread_ts: Mapped[str] = mapped_column(String(64), primary_key=True)
    started_by: Mapped[str] = mapped_column(String(64))
    started_at: Mapped[datetime] = mapped_column(default=now)


class ReviewPost(SlackTables):
    """Where a registration request was posted for review, so the message can show the outcome."""

    __tablename__ = "review_posts"

    # The inventory's table is in another metadata: the foreign key names its column itself.
    request_id: Mapped[int] = mapped_column(ForeignKey(RegistrationRequest.__table__.c.id), primary_key=True)
    channel: Mapped[str] = mapped_column(String(64))
    ts: Mapped[str] = mapped_column(String(64))


SCHEMA = Schema((SlackTables.metadata,), (Path(__file__).resolve().parent / "migrations",))


def claim_delivery(db: Database, key: str) -> bool:
    """True the first time `key` is seen, False for every repeat (a Slack retry, a double submit)."""
    try:
        with db.writing() as session:
            session.add(Delivery(key=key[:200]))
        return True
    except IntegrityError:
        return False


def release_delivery(db: Database, key: str) -> None:
    """Forget a claimed key whose work failed, so that trying again is not taken for a repeat."""
    with db.writing() as session:
        delivery = session.get(Delivery, key[:200])
        if delivery is not None:
            session.delete(delivery)


def remember_thread(db: Database, channel: str, thread_ts: str, started_by: str) -> None:
    try:
        with db.writing() as session:
            session.add(ConversationThread(channel=channel, thread_ts=thread_ts, started_by=started_by))
    except IntegrityError:
        pass  # already known: a second question in the same thread


def is_bot_thread(db: Database, channel: str, thread_ts: str) -> bool:
    with db.reading() as session:
        return session.get(ConversationThread, (channel, thread_ts)) is not None


def save_review_post(db: Database, request_id: int, channel: str, ts: str) -> None:
    with db.writing() as session:
        session.merge(ReviewPost(request_id=request_id, channel=channel, ts=ts))


def review_post_of(db: Database, request_id: int) -> ReviewPost | None:
    with db.reading() as session:
        return session.get(ReviewPost, request_id)


# -- the incident register's posts (issue 11) --------------------------------------------------------


class IncidentPost(SlackTables):
    """Where an incident was posted for the governance team, so the message can follow it."""

    __tablename__ = "incident_posts"

    incident_id: Mapped[int] = mapped_column(ForeignKey(Incident.__table__.c.id), primary_key=True)
    channel: Mapped[str] = mapped_column(String(64))
    ts: Mapped[str] = mapped_column(String(64))


def save_incident_post(db: Database, incident_id: int, channel: str, ts: str) -> None:
    with db.writing() as session:
        session.merge(IncidentPost(incident_id=incident_id, channel=channel, ts=ts))


def incident_post_of(db: Database, incident_id: int) -> IncidentPost | None:
    with db.reading() as session:
        return session.get(IncidentPost, incident_id)
