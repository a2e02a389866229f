"""An existing register written into the inventory, all rows or none (the rows as transfer.py
reads and checks them): decided rows add or update tools, with their dates and deciders; pending
and needs_info rows are filed as open registration requests, triaged like any request. A row that
decides is a review decision; owners and requesters given by e-mail become the users they are."""

from __future__ import annotations

import secrets
from collections.abc import Container
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.inventory import audit
from knowledge.inventory.database import Database
from knowledge.inventory.events import EventBus, InventoryImported
from knowledge.inventory.fields import FIELD_CHARS
from knowledge.inventory.matching import name_key
from knowledge.inventory.models import (
    APPROVED_STATES,
    OPEN_REQUEST_STATES,
    RegistrationRequest,
    RequestStatus,
    Tool,
    months_later,
    now,
)
from knowledge.inventory.people import PeopleDirectory, PeopleUnavailable, is_email
from knowledge.inventory.transfer import ImportFailed, ImportRows, read_import, split_aliases
from knowledge.inventory.triage import triage


@dataclass
class ImportReport:
    added: list[str] = field(default_factory=list)  # tools
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)  # tools and open requests
    filed: list[str] = field(default_factory=list)  # open requests (pending, needs_info)
    unresolved: list[str] = field(default_factory=list)  # e-mail addresses nobody in Slack has


DECISION_FIELDS = frozenset({"status", "conditions", "data_classification"})  # what only a review may set


def import_csv(
    db: Database,
    path: Path,
    actor: str,
    rereview_months: int = 12,
    events: EventBus | None = None,
    reviewers: Container[str] | None = None,
    people: PeopleDirectory | None = None,
) -> ImportReport:
    """Import an existing register from a CSV file (or a JSON export): all rows or, if any row is
    bad, none. Decided rows add or update tools; pending and needs_info rows are filed as open
    registration requests, triaged like any request.

    A row that sets or changes a tool's status, conditions or data class, or says the reviewers
    asked for information, is a review decision: with `reviewers` (who may decide) given, only one
    of them may import it; None means no reviewers are configured (a demo), and the importer's
    decision is audited as such. Owners and requesters given as e-mail addresses are looked up in
    `people` (Slack) and stored as the user they name. What changed is published to `events`
    (InventoryImported) once it is committed."""
    read = read_import(path)
    found = _look_up_people(read, people) if people is not None else {}
    report = _import(db, read, actor, rereview_months, reviewers, found)
    report.unresolved = sorted({value for _, row in read.rows for value in _emails(row)} - set(found))
    if (report.added or report.updated or report.filed) and events is not None:
        events.publish(InventoryImported(tuple(report.added + report.filed), tuple(report.updated), actor))
    return report


def _emails(values: dict) -> set[str]:
    return {values[column] for column in ("owner", "requested_by") if is_email(values[column])}


def _look_up_people(read: ImportRows, people: PeopleDirectory) -> dict[str, str]:
    """Each e-mail address of the file that names a user, with that user's id."""
    found = {}
    for email in sorted({email for _, values in read.rows for email in _emails(values)}):
        try:
            user = people.user_for_email(email)
        except PeopleUnavailable as error:
            raise ImportFailed([(0, f"cannot look up {email}: {error}")], unit=read.unit) from None
        if user:
            found[email] = user
    return found


def _fields(values: dict) -> dict:
    return {
        "name": values["name"],
        "vendor": values["vendor"],
        "status": values["status"],
        "aliases": split_aliases(values["aliases"]),
        "conditions": values["conditions"],
        "owner": values["owner"],
        "data_classification": values["data_classification"],
        "category": values["category"],
        "url": values["url"],
        "notes": values["notes"],
    }


def _inventory_clashes(existing: dict[str, Tool], rows: list[tuple[int, dict]]) -> list[tuple[int, str]]:
    """Rows whose name or alias already names another tool of the inventory, and open rows (a tool
    still under review) naming a tool the inventory has decided."""
    alias_of = {name_key(alias): tool.name for tool in existing.values() for alias in tool.aliases if name_key(alias)}
    problems = []
    for line, values in rows:
        key = name_key(values["name"])
        if key in existing and values["status"] in OPEN_REQUEST_STATES:
            tool = existing[key]
            problems.append((line, f"{tool.name} is in the inventory as {tool.status}: it is not {values['status']}"))
            continue
        if key not in existing and key in alias_of:
            # That tool under another name, or a clash that would make questions ambiguous.
            message = f"{values['name'][:120]} is an alias of {alias_of[key]}: use that name to update it"
            problems.append((line, message))
            continue
        for alias in split_aliases(values["aliases"]):
            alias_key = name_key(alias)
            if alias_key in existing and alias_key != key:
                problems.append((line, f"alias {alias[:80]!r} is the name of {existing[alias_key].name}"))
            elif alias_key in alias_of and name_key(alias_of[alias_key]) != key:
                problems.append((line, f"alias {alias[:80]!r} is already an alias of {alias_of[alias_key]}"))
    return problems


def _same_day(moment: datetime | None, day: datetime | None) -> bool:
    return day is None or (moment is not None and moment.date() == day.date())


def _decisions(existing: dict[str, Tool], rows: list[tuple[int, dict]]) -> list[tuple[int, str]]:
    """The rows that decide: a new tool's status, a change of status, conditions or data class, a
    decision date, or a request the reviewers asked about (needs_info)."""
    decided = []
    for line, values in rows:
        if values["status"] == RequestStatus.pending:
            continue
        tool = existing.get(name_key(values["name"]))
        if tool is None:
            decided.append((line, f"{values['name'][:120]} as {values['status']}"))
            continue
        fields = _fields(values)
        changed = [name for name in sorted(DECISION_FIELDS) if getattr(tool, name) != fields[name]]
        changed += [] if _same_day(tool.decided_at, values["decided_at"]) else ["decided_at"]
        if changed:
            decided.append((line, f"{values['name'][:120]}: changing {', '.join(changed)}"))
    return decided


def _import(
    db: Database,
    read: ImportRows,
    actor: str,
    rereview_months: int,
    reviewers: Container[str] | None,
    people: dict[str, str],
) -> ImportReport:
    report = ImportReport()
    rows = [
        (line, values | {c: people.get(values[c], values[c]) for c in ("owner", "requested_by")})
        for line, values in read.rows
    ]
    with db.writing() as session:
        existing = {tool.name_key: tool for tool in session.scalars(select(Tool))}
        clashes = _inventory_clashes(existing, rows)
        if clashes:
            raise ImportFailed(clashes, unit=read.unit)
        decisions = _decisions(existing, rows)
        if decisions and reviewers is not None and actor not in reviewers:
            raise ImportFailed(
                [
                    (line, f"{what} is a review decision: only a reviewer may import it ({actor} is not one; --by)")
                    for line, what in decisions
                ],
                unit=read.unit,
            )
        # Where nobody may review (no reviewers configured), the importer decided: the trail says so.
        unreviewed = " (no reviewers configured: the importer decided)" if reviewers is None and decisions else ""
        open_requests = {
            name_key(name)
            for name in session.scalars(
                select(RegistrationRequest.name).where(RegistrationRequest.status.in_(OPEN_REQUEST_STATES))
            )
        }
        for _, values in rows:
            if values["status"] in OPEN_REQUEST_STATES:
                if name_key(values["name"]) in open_requests:
                    report.unchanged.append(values["name"])
                else:
                    _file_request(session, values, actor, unreviewed)
                    report.filed.append(values["name"])
            else:
                _import_tool(session, existing, values, actor, rereview_months, unreviewed, report)
    return report


def _import_tool(
    session: Session,
    existing: dict[str, Tool],
    values: dict,
    actor: str,
    rereview_months: int,
    unreviewed: str,
    report: ImportReport,
) -> None:
    key = name_key(values["name"])
    tool = existing.get(key)
    fields = _fields(values)
    if values["risk_tier"]:
        fields["risk_tier"] = values["risk_tier"]
    if tool is None:
        tool = Tool(name_key=key, **fields)
        _date_decision(tool, values, rereview_months)
        session.add(tool)
        audit.record(session, actor, "imported", tool.name, None, None, tool.status, "added from CSV" + unreviewed)
        _record_decider(session, tool, None, values, actor)
        report.added.append(tool.name)
        return
    changed = {name: value for name, value in fields.items() if getattr(tool, name) != value}
    redated = not _same_day(tool.decided_at, values["decided_at"]) or not _same_day(
        tool.next_review_due, values["review_due"]
    )
    if not changed and not redated:
        report.unchanged.append(tool.name)
        return
    previous = tool.status
    for name, value in changed.items():
        setattr(tool, name, value)
    if "status" in changed or redated:
        _date_decision(tool, values, rereview_months)
    described = sorted(changed) + (["dates"] if redated else [])
    decided = DECISION_FIELDS.intersection(changed) or not _same_day(tool.decided_at, values["decided_at"])
    comment = "updated from CSV: " + ", ".join(described) + (unreviewed if decided else "")
    audit.record(session, actor, "imported", tool.name, None, previous, tool.status, comment)
    if decided:
        _record_decider(session, tool, previous, values, actor)
    report.updated.append(tool.name)


def _date_decision(tool: Tool, values: dict, rereview_months: int) -> None:
    """When the tool was decided (the register's date, or now) and when it is next due for re-review
    (the register's date, or the re-review period after the decision)."""
    tool.decided_at = values["decided_at"] or now()
    if tool.status not in APPROVED_STATES:
        tool.next_review_due = None
    else:
        tool.next_review_due = values["review_due"] or months_later(tool.decided_at, rereview_months)


def _record_decider(session: Session, tool: Tool, previous: str | None, values: dict, actor: str) -> None:
    """A decision the old register records as someone's: audited under that person's name, saying
    that it was migrated (the import itself is audited as the importer's)."""
    if values["decided_by"]:
        when = f"{tool.decided_at:%Y-%m-%d}" if tool.decided_at else "on an unknown date"
        comment = f"decided {when}, as the imported register records; imported by {actor}"
        audit.record(
            session, values["decided_by"], "decision imported", tool.name, None, previous, tool.status, comment
        )


def _file_request(session: Session, values: dict, actor: str, unreviewed: str) -> None:
    """A tool still under review in the old register: an open registration request, triaged."""
    purpose = values["notes"] or f"Imported from an existing register by {actor}."
    result = triage(purpose, data_classification=values["data_classification"])
    requester = values["requested_by"] or actor
    asked = values["status"] == RequestStatus.needs_info
    request = RegistrationRequest(
        name=values["name"],
        vendor=values["vendor"],
        aliases=split_aliases(values["aliases"]),
        url=values["url"],
        category=values["category"],
        data_classification=values["data_classification"],
        owner=values["owner"],
        requester_id=requester[: FIELD_CHARS["requester_id"]],
        requester_name=requester,
        purpose=purpose,
        status=values["status"],
        risk_tier=result.tier,
        risk_reasons=result.reasons,
        checklist=result.checklist,
        submission_key=secrets.token_hex(32),  # each imported row is a request of its own
        decided_at=(values["decided_at"] or now()) if asked else None,
        decided_by=(values["decided_by"] or actor) if asked else None,
        decision_comment=values["conditions"] if asked else "",
    )
    session.add(request)
    session.flush()
    comment = f"filed from the imported register; requested by {requester}; risk tier {result.tier}"
    audit.record(
        session,
        actor,
        "imported",
        request.name,
        request.id,
        None,
        request.status,
        comment + (unreviewed if asked else ""),
    )
