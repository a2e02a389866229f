"""The duty ledger: one row per notice (its kind, subject and occurrence are unique together), so
that a duty is sent once whoever runs it and however often.

    claim      insert the row as `claimed` (atomic: the unique key lets one claimant in; a claim
               abandoned for LEASE by a crashed run may be taken over)
    mark_sent  `claimed` → `sent`, with the audit entry, in one transaction
    release    delete the claim: sending failed, the notice is due again on the next run

Nothing is marked sent that was not sent. A run that crashes between sending and marking leaves a
claim that is taken over after LEASE: at most that one notice is sent twice."""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import String, Text, UniqueConstraint, delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from knowledge.duties.kinds import Notice
from knowledge.inventory import audit
from knowledge.inventory.database import Database, Schema
from knowledge.inventory.models import UTCDateTime, now

LEASE = timedelta(minutes=15)  # longer than any run takes to send one notice
CLAIMED, SENT = "claimed", "sent"


class DutyTables(DeclarativeBase):
    type_annotation_map = {datetime: UTCDateTime()}


class DutyRecord(DutyTables):
    __tablename__ = "duty_ledger"
    __table_args__ = (UniqueConstraint("kind", "subject", "occurrence", name="uq_duty_ledger_notice"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    subject: Mapped[str] = mapped_column(String(200))
    occurrence: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(8))
    claimed_by: Mapped[str] = mapped_column(String(32))
    claimed_at: Mapped[datetime] = mapped_column(default=now)
    sent_at: Mapped[datetime | None] = mapped_column(default=None)
    recipient: Mapped[str] = mapped_column(String(200), default="")
    summary: Mapped[str] = mapped_column(Text, default="")


SCHEMA = Schema((DutyTables.metadata,), (Path(__file__).resolve().parent / "migrations",))


def new_claimant() -> str:
    """Who claims: one token per run, so a run releases and marks only its own claims."""
    return secrets.token_hex(8)


def _key(notice: Notice):
    return (
        (DutyRecord.kind == notice.kind)
        & (DutyRecord.subject == notice.subject[:200])
        & (DutyRecord.occurrence == notice.occurrence[:64])
    )


def claim(db: Database, notice: Notice, claimant: str) -> bool:
    """True when this claimant may send the notice now; False when it was sent, or another run is
    sending it."""
    try:
        with db.writing() as session:
            session.add(
                DutyRecord(
                    kind=notice.kind,
                    subject=notice.subject[:200],
                    occurrence=notice.occurrence[:64],
                    state=CLAIMED,
                    claimed_by=claimant,
                    recipient=notice.recipient[:200],
                    summary=notice.text,
                )
            )
        return True
    except IntegrityError:
        pass
    # Taken: by a run that crashed before it sent or released, once its lease is over?
    with db.writing() as session:
        taken = session.execute(
            update(DutyRecord)
            .where(_key(notice), DutyRecord.state == CLAIMED, DutyRecord.claimed_at < now() - LEASE)
            .values(claimed_by=claimant, claimed_at=now())
        )
        return getattr(taken, "rowcount", 0) == 1


def mark_sent(db: Database, notice: Notice, claimant: str) -> None:
    """Record the notice as sent, and audit it, once the sender has delivered it."""
    with db.writing() as session:
        session.execute(
            update(DutyRecord).where(_key(notice), DutyRecord.claimed_by == claimant).values(state=SENT, sent_at=now())
        )
        audit.record(
            session,
            "govbot",
            f"duty: {notice.kind}"[:40],
            notice.tool,
            notice.request_id,
            None,
            None,
            f"to {notice.audience.value}{' ' + notice.recipient if notice.recipient else ''}: {notice.text}",
        )


def release(db: Database, notice: Notice, claimant: str) -> None:
    """Forget this claimant's claim: the notice was not sent and is due again."""
    with db.writing() as session:
        session.execute(delete(DutyRecord).where(_key(notice), DutyRecord.claimed_by == claimant))


@dataclass(frozen=True)
class Recorded:
    state: str
    sent_at: datetime | None


def recorded(db: Database, kinds: Iterable[str]) -> dict[tuple[str, str, str], Recorded]:
    """What the ledger holds for these kinds, by (kind, subject, occurrence)."""
    columns = (DutyRecord.kind, DutyRecord.subject, DutyRecord.occurrence, DutyRecord.state, DutyRecord.sent_at)
    with db.reading() as session:
        rows = session.execute(select(*columns).where(DutyRecord.kind.in_(list(kinds))))
        return {(kind, subject, occurrence): Recorded(state, sent) for kind, subject, occurrence, state, sent in rows}
