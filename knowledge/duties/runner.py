"""Performing the duties due on a date: every notice claimed in the ledger, sent by the DutySender,
then marked sent and audited; a notice whose sending failed is released, to be retried next run.

    report = run_duties(db, builtin_duties(), sender, date.today(), DutySettings())
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from knowledge.duties import ledger
from knowledge.duties.kinds import DutyRegistry, DutySettings, Notice
from knowledge.inventory.database import Database

log = logging.getLogger("govbot.duties")


class SenderUnavailable(RuntimeError):
    """The sender cannot send anything now (Slack unreachable): the run stops trying."""


class DutySender(Protocol):
    def deliver(self, notice: Notice) -> None:
        """Send the notice, or raise: SenderUnavailable when nothing else will go either."""
        ...


@dataclass
class Performed:
    notice: Notice
    state: str  # "sent", "failed" (due again next run), "done" (sent before, or by another run), "due"
    problem: str = ""


@dataclass
class RunReport:
    performed: list[Performed] = field(default_factory=list)

    def count(self, state: str) -> int:
        return sum(1 for item in self.performed if item.state == state)


def due_notices(db: Database, duties: DutyRegistry, today: date, settings: DutySettings) -> list[Notice]:
    with db.reading() as session:
        return [notice for duty in duties for notice in duty.due(session, today, settings)]


def due_duties(db: Database, duties: DutyRegistry, today: date, settings: DutySettings) -> list[Performed]:
    """Every notice due on `today` with what the ledger says of it: "done" (sent), "claimed" (a
    run is sending it) or "due"."""
    done = ledger.recorded(db, duties.names())
    listed = []
    for notice in due_notices(db, duties, today, settings):
        row = done.get((notice.kind, notice.subject[:200], notice.occurrence[:64]))
        state = "due" if row is None else "done" if row.state == ledger.SENT else "claimed"
        listed.append(Performed(notice, state, f"sent {row.sent_at:%Y-%m-%d %H:%M}" if row and row.sent_at else ""))
    return listed


def run_duties(
    db: Database,
    duties: DutyRegistry,
    sender: DutySender | None,
    today: date,
    settings: DutySettings,
    dry_run: bool = False,
    limit: int | None = None,
) -> RunReport:
    """Send every notice due on `today` that has not been sent, once, at most `limit` of them (the
    rest stay due for the next run: a large backlog is spread out rather than flooding a channel).
    A dry run (or no sender) claims and sends nothing: it reports what is due."""
    report = RunReport()
    claimant = ledger.new_claimant()
    unavailable = ""
    for item in due_duties(db, duties, today, settings):
        notice = item.notice
        if item.state != "due":
            report.performed.append(Performed(notice, "done", item.problem))
        elif dry_run or sender is None or unavailable:
            report.performed.append(Performed(notice, "due" if not unavailable else "failed", unavailable))
        elif limit is not None and report.count("sent") >= limit:
            report.performed.append(Performed(notice, "due", f"next run: this one sent its {limit}"))
        elif not ledger.claim(db, notice, claimant):
            report.performed.append(Performed(notice, "done", "sent by another run"))
        else:
            try:
                sender.deliver(notice)
            except Exception as error:  # whatever it was, the notice was not sent: due again next run
                ledger.release(db, notice, claimant)
                log.error("duty %s for %s not sent: %s", notice.kind, notice.subject, error)
                report.performed.append(Performed(notice, "failed", str(error)))
                if isinstance(error, SenderUnavailable):
                    unavailable = str(error)
                continue
            ledger.mark_sent(db, notice, claimant)
            report.performed.append(Performed(notice, "sent"))
    return report
