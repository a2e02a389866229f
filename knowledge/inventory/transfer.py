"""The inventory in and out of files: a CSV (or a JSON export) imported all rows or none, every
bad row named by its line; an export that imports again as it is, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Container
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from knowledge.inventory import audit
from knowledge.inventory.database import Database
from knowledge.inventory.events import EventBus, InventoryImported
from knowledge.inventory.fields import FIELD_CHARS, is_web_address
from knowledge.inventory.matching import name_key
from knowledge.inventory.models import APPROVED_STATES, DataClass, Tool, ToolStatus, months_later, now
from knowledge.inventory.queries import list_tools, tool_record
from knowledge.inventory.vocabulary import CSV_COLUMNS

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
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)


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
    unknown = [column for column in header if column not in CSV_COLUMNS]
    repeated = sorted({column for column in header if header.count(column) > 1})
    if missing or unknown or repeated:
        what = [f"missing column(s) {', '.join(missing)}"] if missing else []
        what += [f"unknown column(s) {', '.join(unknown)[:200]}"] if unknown else []
        what += [f"repeated column(s) {', '.join(repeated)[:200]}"] if repeated else []
        return [], [(1, f"{'; '.join(what)}; expected {','.join(CSV_COLUMNS)}")]
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
        values = {column: item.get(column) for column in CSV_COLUMNS}
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


def _check_rows(records: list[tuple[int, dict]], problems: list[tuple[int, str]]) -> list[tuple[int, dict]]:
    """Validate each record; the good ones come back cleaned, the bad ones go to `problems`."""
    rows: list[tuple[int, dict]] = []
    seen: dict[str, int] = {}
    spelled: dict[str, tuple[int, str]] = {}  # every name and alias of the file -> (line, the tool's name)
    for line, record in records:
        values = {column: line_breaks_as_newlines(record.get(column) or "").strip() for column in CSV_COLUMNS}
        errors = []
        for column in (column for column in CSV_COLUMNS if column in FIELD_CHARS):
            limit = FIELD_CHARS[column]
            if len(values[column]) > limit:
                errors.append(f"{column} is longer than {limit:,} characters")
            if any(ord(ch) < 32 and ch not in "\t\n" for ch in values[column]):
                errors.append(f"{column} contains control characters")
        if not name_key(values["name"]):
            errors.append("name is required")
        values["status"] = values["status"].lower()
        if values["status"] not in {s.value for s in ToolStatus}:
            errors.append(f"status {values['status'][:40]!r} is not one of {', '.join(s.value for s in ToolStatus)}")
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
) -> ImportReport:
    """Import or update tools from a CSV file (or a JSON export): all rows or, if any row is bad, none.
    A row that sets or changes a tool's status, conditions or data classification is a review
    decision: with `reviewers` (who may decide) given, only one of them may import it; None means
    no reviewers are configured (a demo), and the importer's decision is audited as such.
    What changed is published to `events` (InventoryImported) once it is committed."""
    report = _import(db, read_import(path), actor, rereview_months, reviewers)
    if (report.added or report.updated) and events is not None:
        events.publish(InventoryImported(tuple(report.added), tuple(report.updated), actor))
    return report


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
    """Rows whose name or alias already names another tool of the inventory."""
    alias_of = {name_key(alias): tool.name for tool in existing.values() for alias in tool.aliases if name_key(alias)}
    problems = []
    for line, values in rows:
        key = name_key(values["name"])
        if key not in existing and key in alias_of:
            # That tool under another name, or a clash that would make questions ambiguous.
            problems.append(
                (line, f"{values['name'][:120]} is an alias of {alias_of[key]}: use that name to update it")
            )
            continue
        for alias in split_aliases(values["aliases"]):
            alias_key = name_key(alias)
            if alias_key in existing and alias_key != key:
                problems.append((line, f"alias {alias[:80]!r} is the name of {existing[alias_key].name}"))
            elif alias_key in alias_of and name_key(alias_of[alias_key]) != key:
                problems.append((line, f"alias {alias[:80]!r} is already an alias of {alias_of[alias_key]}"))
    return problems


def _decisions(existing: dict[str, Tool], rows: list[tuple[int, dict]]) -> list[tuple[int, str]]:
    """The rows that decide: a new tool's status, or a change of status, conditions or data class."""
    decided = []
    for line, values in rows:
        tool = existing.get(name_key(values["name"]))
        if tool is None:
            decided.append((line, f"{values['name'][:120]} as {values['status']}"))
            continue
        fields = _fields(values)
        changed = [name for name in sorted(DECISION_FIELDS) if getattr(tool, name) != fields[name]]
        if changed:
            decided.append((line, f"{values['name'][:120]}: changing {', '.join(changed)}"))
    return decided


def _import(
    db: Database, read: ImportRows, actor: str, rereview_months: int, reviewers: Container[str] | None
) -> ImportReport:
    report = ImportReport()
    with db.writing() as session:
        existing = {tool.name_key: tool for tool in session.scalars(select(Tool))}
        clashes = _inventory_clashes(existing, read.rows)
        if clashes:
            raise ImportFailed(clashes, unit=read.unit)
        decisions = _decisions(existing, read.rows)
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
        for _, values in read.rows:
            key = name_key(values["name"])
            tool = existing.get(key)
            fields = _fields(values)
            if tool is None:
                tool = Tool(name_key=key, **fields)
                moment = now()
                tool.decided_at = moment
                tool.next_review_due = months_later(moment, rereview_months) if tool.status in APPROVED_STATES else None
                session.add(tool)
                audit.record(
                    session, actor, "imported", tool.name, None, None, tool.status, "added from CSV" + unreviewed
                )
                report.added.append(tool.name)
                continue
            changed = {name: value for name, value in fields.items() if getattr(tool, name) != value}
            if not changed:
                report.unchanged.append(tool.name)
                continue
            previous = tool.status
            for name, value in changed.items():
                setattr(tool, name, value)
            if "status" in changed:
                tool.decided_at = now()
                tool.next_review_due = (
                    months_later(tool.decided_at, rereview_months) if tool.status in APPROVED_STATES else None
                )
            audit.record(
                session,
                actor,
                "imported",
                tool.name,
                None,
                previous,
                tool.status,
                "updated from CSV: "
                + ", ".join(sorted(changed))
                + (unreviewed if set(changed) & set(DECISION_FIELDS) else ""),
            )
            report.updated.append(tool.name)
    return report


def export(db: Database, fmt: str) -> str:
    tools = list_tools(db)
    if fmt == "json":
        return json.dumps([tool_record(tool) for tool in tools], indent=2, ensure_ascii=False)
    out = io.StringIO()
    writer = csv.DictWriter(out, CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for tool in tools:
        row = {column: tool_record(tool)[column] for column in CSV_COLUMNS}
        row["aliases"] = ";".join(tool.aliases)
        writer.writerow({column: defuse_formula(value or "") for column, value in row.items()})
    return out.getvalue()


# A spreadsheet opening the export would run a cell starting with one of these as a formula
# ("=HYPERLINK(…)" in a tool's notes): such cells get a leading apostrophe, which spreadsheets
# hide and which the import removes again, so an export still round-trips.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def defuse_formula(value: str) -> str:
    return "'" + value if value.startswith(FORMULA_START) else value


def restore_formula(value: str) -> str:
    return value[1:] if value.startswith("'") and value[1:].startswith(FORMULA_START) else value
