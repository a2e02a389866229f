"""The inventory in and out of files: a CSV (or a JSON export) imported all rows or none, every
bad row named by its line; an export that imports again as it is, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io
import json
import secrets
from collections.abc import Container
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from knowledge.inventory import audit
from knowledge.inventory.database import Database
from knowledge.inventory.events import EventBus, InventoryImported
from knowledge.inventory.fields import FIELD_CHARS, is_web_address
from knowledge.inventory.matching import name_key
from knowledge.inventory.models import (
    APPROVED_STATES,
    OPEN_REQUEST_STATES,
    DataClass,
    RegistrationRequest,
    RequestStatus,
    RiskTier,
    Tool,
    months_later,
    now,
)
from knowledge.inventory.people import PeopleDirectory, PeopleUnavailable, is_email
from knowledge.inventory.register import EXPORT_COLUMNS, register_entries
from knowledge.inventory.triage import triage
from knowledge.inventory.vocabulary import CSV_COLUMNS, REGISTER_COLUMNS, REGISTER_STATES

MAX_IMPORT_ROWS = 10_000
MAX_IMPORT_BYTES = 20 * 2**20


class ImportFailed(ValueError):
    """The file has bad rows: nothing was imported. `problems` are (line number, message); in a
    JSON file the number counts records instead of lines (`unit`); 0 means the file as a whole."""

    def __init__(self, problems: list[tuple[int, str]], unit: str = "line"):
        self.problems = problems
        self.unit = unit
        super().__init__(
            "\n".join(f"{unit} {number}: {message}" if number else message for number, message in problems)
        )


@dataclass
class ImportReport:
    added: list[str] = field(default_factory=list)  # tools
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)  # tools and open requests
    filed: list[str] = field(default_factory=list)  # open requests (pending, needs_info)
    unresolved: list[str] = field(default_factory=list)  # e-mail addresses nobody in Slack has


def _csv_records(text: str) -> tuple[list[tuple[int, dict]], list[tuple[int, str]]]:
    """The rows of a CSV file as {column: text}, each with the line it starts on."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = [column.strip().lower() for column in next(reader)]
    except StopIteration:
        return [], [(1, f"the file is empty; its first line must name the columns: {','.join(CSV_COLUMNS)}")]
    except csv.Error as error:
        return [], [(1, f"malformed CSV header: {error}")]
    missing = [column for column in ("name", "status") if column not in header]
    unknown = [column for column in header if column not in EXPORT_COLUMNS]
    repeated = sorted({column for column in header if header.count(column) > 1})
    if missing or unknown or repeated:
        what = [f"missing column(s) {', '.join(missing)}"] if missing else []
        what += [f"unknown column(s) {', '.join(unknown)[:200]}"] if unknown else []
        what += [f"repeated column(s) {', '.join(repeated)[:200]}"] if repeated else []
        optional = ",".join(REGISTER_COLUMNS)
        return [], [(1, f"{'; '.join(what)}; expected {','.join(CSV_COLUMNS)} (and optionally {optional})")]
    records: list[tuple[int, dict]] = []
    problems: list[tuple[int, str]] = []
    while True:
        line = reader.line_num + 1
        try:
            fields = next(reader)
        except StopIteration:
            break
        except csv.Error as error:  # strict: an unclosed or stray quote is an error, not a silent merge
            problems.append((line, f"malformed CSV from this line on: {error} (a quote opened and never closed?)"))
            break
        if not any(value.strip() for value in fields):
            continue  # blank line
        if len(records) + len(problems) >= MAX_IMPORT_ROWS:
            problems.append((line, f"more than {MAX_IMPORT_ROWS:,} rows: split the file"))
            break
        if len(fields) != len(header):
            problems.append((line, f"{len(fields)} fields, but the header has {len(header)}"))
            continue
        records.append((line, {column: restore_formula(value) for column, value in zip(header, fields, strict=True)}))
    return records, problems


def _json_records(text: str) -> tuple[list[tuple[int, dict]], list[tuple[int, str]]]:
    """The objects of a JSON export (a list), each with its position, aliases joined as in CSV."""
    try:
        items = json.loads(text)
    except json.JSONDecodeError as error:
        return [], [(0, f"malformed JSON at line {error.lineno}, column {error.colno}: {error.msg}")]
    if not isinstance(items, list):
        return [], [(0, "a JSON import is a list of tools, as `govbot inventory export --format json` writes")]
    if len(items) > MAX_IMPORT_ROWS:
        return [], [(MAX_IMPORT_ROWS + 1, f"more than {MAX_IMPORT_ROWS:,} records: split the file")]
    records, problems = [], []
    for number, item in enumerate(items, 1):
        if not isinstance(item, dict):
            problems.append((number, "not an object with name, vendor, status, …"))
            continue
        values = {column: item.get(column) for column in EXPORT_COLUMNS}
        if isinstance(values["request"], int):  # the export's request number: read, then ignored
            values["request"] = str(values["request"])
        if isinstance(values["aliases"], list) and all(isinstance(alias, str) for alias in values["aliases"]):
            values["aliases"] = ";".join(values["aliases"])
        wrong = [column for column, value in values.items() if value is not None and not isinstance(value, str)]
        if wrong:
            problems.append((number, f"{', '.join(wrong)} must be text"))
            continue
        records.append((number, values))
    return records, problems


def line_breaks_as_newlines(value: str) -> str:
    """A cell's line breaks as newlines: Excel on Windows writes CRLF inside a quoted cell, old Macs CR."""
    return value.replace("\r\n", "\n").replace("\r", "\n")


def split_aliases(cell: str) -> list[str]:
    return list(dict.fromkeys(alias.strip() for alias in cell.split(";") if alias.strip()))


# The register's own columns are as long as the fields they fill.
COLUMN_CHARS = FIELD_CHARS | {"requested_by": FIELD_CHARS["requester_name"], "decided_by": 200, "request": 20}
for _dated in ("risk_tier", "decided_at", "review_due"):
    COLUMN_CHARS[_dated] = 40


def parse_day(text: str) -> datetime:
    """A date as registers write it: 2025-03-31, or an ISO date and time (taken in UTC)."""
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)


def _check_register_columns(values: dict) -> list[str]:
    """risk_tier, requested_by, decided_at, decided_by and review_due, against the row's status.
    Dates come back parsed (values["decided_at"], values["review_due"] become datetimes or None)."""
    errors = []
    status = values["status"]
    for column in ("decided_at", "review_due"):
        text, values[column] = values[column], None
        if text:
            try:
                values[column] = parse_day(text)
            except ValueError:
                errors.append(f"{column} {text[:40]!r} is not a date (YYYY-MM-DD)")
    if values["decided_at"] and values["decided_at"] > now():
        errors.append(f"decided_at {values['decided_at']:%Y-%m-%d} is in the future")
    if values["decided_at"] and values["review_due"] and values["review_due"] < values["decided_at"]:
        errors.append("review_due is before decided_at")
    if status == RequestStatus.pending and (values["decided_at"] or values["decided_by"]):
        errors.append("a pending request has not been decided: leave decided_at and decided_by empty")
    if values["review_due"] and status not in APPROVED_STATES:
        errors.append(f"review_due is for approved tools, not {status}")
    tier = values["risk_tier"].lower()
    if tier and tier not in {t.value for t in RiskTier}:
        errors.append(f"risk_tier {tier[:40]!r} is not one of {', '.join(t.value for t in RiskTier)}")
    values["risk_tier"] = tier
    return errors


def _check_rows(records: list[tuple[int, dict]], problems: list[tuple[int, str]]) -> list[tuple[int, dict]]:
    """Validate each record; the good ones come back cleaned, the bad ones go to `problems`."""
    rows: list[tuple[int, dict]] = []
    seen: dict[str, int] = {}
    spelled: dict[str, tuple[int, str]] = {}  # every name and alias of the file -> (line, the tool's name)
    for line, record in records:
        values = {column: line_breaks_as_newlines(record.get(column) or "").strip() for column in EXPORT_COLUMNS}
        errors = []
        for column in (column for column in EXPORT_COLUMNS if column in COLUMN_CHARS):
            limit = COLUMN_CHARS[column]
            if len(values[column]) > limit:
                errors.append(f"{column} is longer than {limit:,} characters")
            if any(ord(ch) < 32 and ch not in "\t\n" for ch in values[column]):
                errors.append(f"{column} contains control characters")
        if not name_key(values["name"]):
            errors.append("name is required")
        values["status"] = values["status"].lower()
        if values["status"] not in REGISTER_STATES:
            errors.append(f"status {values['status'][:40]!r} is not one of {', '.join(REGISTER_STATES)}")
        errors += _check_register_columns(values)
        classification = values["data_classification"].lower() or "public"
        if classification not in {c.value for c in DataClass}:
            errors.append(
                f"data_classification {classification[:40]!r} is not one of {', '.join(c.value for c in DataClass)}"
            )
        values["data_classification"] = classification
        if values["url"] and not is_web_address(values["url"]):
            errors.append("url must be a web address starting with https:// (or http://)")
        key = name_key(values["name"])
        if key and key in seen:
            errors.append(f"{values['name'][:120]} already appears on line {seen[key]}")
        seen.setdefault(key, line)
        # One spelling, one tool: an alias that is another row's name or alias would make "is X
        # approved?" ambiguous, or hide that tool's verdict behind this one.
        for spelling in [values["name"], *split_aliases(values["aliases"])]:
            other = spelled.get(name_key(spelling))
            if other and name_key(other[1]) != key:
                errors.append(f"{spelling[:80]!r} also names {other[1][:120]} on line {other[0]}")
            elif name_key(spelling):
                spelled.setdefault(name_key(spelling), (line, values["name"]))
        if errors:
            problems.append((line, "; ".join(errors)))
        else:
            rows.append((line, values))
    return rows


@dataclass
class ImportRows:
    rows: list[tuple[int, dict]]  # (line or record number, the row's values)
    unit: str  # what the numbers count: "line" (CSV) or "record" (JSON)


def read_import(path: Path) -> ImportRows:
    """The tools of a CSV file (or of a JSON export), validated: all of them, or ImportFailed."""
    try:
        with open(path, "rb") as file:
            raw = file.read(MAX_IMPORT_BYTES + 1)
    except OSError as error:
        raise ImportFailed([(0, f"cannot read {path}: {error.strerror or error}")]) from None
    if len(raw) > MAX_IMPORT_BYTES:
        raise ImportFailed([(0, f"the file is larger than {MAX_IMPORT_BYTES // 2**20} MiB")])
    if b"\x00" in raw:
        raise ImportFailed(
            [(raw[: raw.index(b"\x00")].count(b"\n") + 1, "this is not a CSV text file (it contains NUL bytes)")]
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise ImportFailed(
            [(line, f"not UTF-8 text (byte {raw[error.start]:#04x}); save the file as UTF-8 CSV")]
        ) from None
    as_json = Path(path).suffix.lower() == ".json" or text.lstrip().startswith("[")
    records, problems = (_json_records if as_json else _csv_records)(text)
    rows = _check_rows(records, problems)
    unit = "record" if as_json else "line"
    if problems:
        raise ImportFailed(sorted(problems), unit=unit)
    return ImportRows(rows, unit)


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


def export(db: Database, fmt: str) -> str:
    """The whole register, tools under review included: JSON, or CSV that imports again as it is."""
    entries = register_entries(db)
    if fmt == "json":
        return json.dumps(entries, indent=2, ensure_ascii=False)
    out = io.StringIO()
    writer = csv.DictWriter(out, EXPORT_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for entry in entries:
        row = entry | {"aliases": ";".join(entry["aliases"])}
        writer.writerow({column: defuse_formula(str(row[column] or "")) for column in EXPORT_COLUMNS})
    return out.getvalue()


# A spreadsheet opening the export would run a cell starting with one of these as a formula
# ("=HYPERLINK(…)" in a tool's notes): such cells get a leading apostrophe, which spreadsheets
# hide and which the import removes again, so an export still round-trips.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def defuse_formula(value: str) -> str:
    return "'" + value if value.startswith(FORMULA_START) else value


def restore_formula(value: str) -> str:
    return value[1:] if value.startswith("'") and value[1:].startswith(FORMULA_START) else value
