"""The inventory in and out of files: a CSV (or a JSON export) read and checked, all rows or none,
every bad row named by its line (importing.py writes them); an export of the whole register that
imports again as it is, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from knowledge.inventory.database import Database
from knowledge.inventory.fields import FIELD_CHARS, is_web_address
from knowledge.inventory.matching import name_key
from knowledge.inventory.models import (
    APPROVED_STATES,
    DataClass,
    RequestStatus,
    RiskTier,
    now,
)
from knowledge.inventory.register import EXPORT_COLUMNS, register_entries
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
