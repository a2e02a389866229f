"""The audit trail: who did what to which tool or request, when, from which state to which.

Entries form a hash chain. Each stores `prev_hash`, the hash of the entry before it (GENESIS for
the first), and `hash`, SHA-256 over its own content and `prev_hash`. The database refuses to
change or delete entries (triggers, and a least-privilege role in production: see the README);
the chain is what detects a change made anyway, by someone who can drop the triggers: `verify`
names the first entry that no longer follows from the one before it. Someone who can rewrite
every later entry can make a new chain; a head hash noted outside the database
(`govbot audit verify` prints it) shows that it was.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from knowledge.inventory.models import AuditEvent, now

GENESIS = "0" * 64
_CHAIN_LOCK = 4242002  # a PostgreSQL advisory lock: one chain append at a time
_HEAD = "govbot_audit_head"  # session.info: the head as this transaction has extended it


def entry_hash(
    prev_hash: str,
    at: datetime,
    actor: str,
    action: str,
    tool_name: str,
    request_id: int | None,
    from_state: str | None,
    to_state: str | None,
    comment: str,
) -> str:
    """The hash of an entry: over its fields as canonical JSON (the time in UTC to the
    microsecond, as both databases keep it) and the hash before it."""
    content = [
        prev_hash,
        at.astimezone(UTC).isoformat(timespec="microseconds"),
        actor,
        action,
        tool_name,
        request_id,
        from_state,
        to_state,
        comment,
    ]
    return hashlib.sha256(json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode()).hexdigest()


_CONTENT = ("at", "actor", "action", "tool_name", "request_id", "from_state", "to_state", "comment")


def hash_of(event: AuditEvent) -> str:
    return entry_hash(
        event.prev_hash,
        event.at,
        event.actor,
        event.action,
        event.tool_name,
        event.request_id,
        event.from_state,
        event.to_state,
        event.comment,
    )


def _head(session: Session) -> str:
    """The hash the next entry follows. The first append in a transaction takes the chain's lock
    (PostgreSQL; SQLite's writers already hold the database's write lock) so that two writers
    cannot both follow the same entry; later ones in the transaction follow its own last entry."""
    transaction = session.get_transaction()
    held = session.info.get(_HEAD)
    if held and held[0] is transaction:
        return held[1]
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:lock)"), {"lock": _CHAIN_LOCK})
    return session.scalar(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)) or GENESIS


def record(
    session: Session,
    actor: str,
    action: str,
    tool_name: str = "",
    request_id: int | None = None,
    from_state: str | None = None,
    to_state: str | None = None,
    comment: str = "",
) -> AuditEvent:
    event = AuditEvent(
        at=now(),
        actor=actor,
        action=action,
        tool_name=tool_name,
        request_id=request_id,
        from_state=from_state,
        to_state=to_state,
        comment=comment,
        prev_hash=_head(session),
    )
    event.hash = hash_of(event)
    session.add(event)
    session.info[_HEAD] = (session.get_transaction(), event.hash)
    return event


def trail(session: Session, tool_name: str | None = None, limit: int | None = None) -> list[AuditEvent]:
    query = select(AuditEvent).order_by(AuditEvent.id)
    if tool_name:  # the name in any case; never a LIKE pattern ("%" is not "every tool")
        query = query.where(func.lower(AuditEvent.tool_name) == tool_name.lower())
    if limit:
        query = query.limit(limit)
    return list(session.scalars(query))


@dataclass(frozen=True)
class Verdict:
    """What `verify` found: how many entries it checked, the head of the chain, and the first
    entry where the chain breaks (its id and why), if it does."""

    entries: int
    head: str
    broken_at: int | None = None
    reason: str = ""

    @property
    def intact(self) -> bool:
        return self.broken_at is None


def chain(events: Iterable[AuditEvent]) -> Verdict:
    """Check entries, in id order, against each other."""
    expected, count = GENESIS, 0
    for event in events:
        if event.prev_hash != expected:
            why = "does not follow the entry before it: an entry was removed, inserted or moved"
            return Verdict(count, expected, event.id, why)
        if hash_of(event) != event.hash:
            return Verdict(count, expected, event.id, "its content was changed after it was recorded")
        expected, count = event.hash, count + 1
    return Verdict(count, expected)


def verify(session: Session) -> Verdict:
    """The whole trail's verdict. Reads plain rows, not ORM objects: a long trail checks fast."""
    columns = [getattr(AuditEvent, name) for name in ("id", "prev_hash", "hash", *_CONTENT)]
    rows = session.execute(select(*columns).order_by(AuditEvent.id).execution_options(yield_per=2000))
    return chain(rows)  # type: ignore[arg-type]  # rows carry the attributes chain() reads
