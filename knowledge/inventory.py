"""The AI tool inventory as people use it: find a tool from how they name it, list, import and
export it, and remember which unregistered tools they ask about."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz, process
from sqlalchemy import func, select

from knowledge import audit
from knowledge.database import Database
from knowledge.matching import FILLER_WORDS, GENERIC_WORDS, name_key, threshold
from knowledge.models import (
    APPROVED_STATES,
    OPEN_REQUEST_STATES,
    DataClass,
    RegistrationRequest,
    Tool,
    ToolStatus,
    UnregisteredAsk,
    months_later,
    now,
)

CSV_COLUMNS = ["name", "vendor", "status", "aliases", "conditions", "owner", "data_classification", "category", "url", "notes"]
MAX_IMPORT_ROWS = 10_000
MAX_FIELD_CHARS = {"name": 120, "vendor": 120, "aliases": 2000, "conditions": 3000, "owner": 200, "category": 80, "url": 500, "notes": 3000}


@dataclass(frozen=True)
class ToolRef:
    """A tool (or an open registration request) as the resolver knows it."""

    name: str
    vendor: str
    status: str
    category: str
    request_id: int | None = None  # set for a tool only known through an open request


@dataclass
class Resolution:
    """Which tool a question means: one `tool`, several `candidates` (ambiguous), or none."""

    tool: ToolRef | None = None
    candidates: list[ToolRef] = field(default_factory=list)
    mention: str = ""  # the words of the question that named it

    @property
    def ambiguous(self) -> bool:
        return self.tool is None and len(self.candidates) > 1


class ToolDirectory:
    """An in-memory snapshot of names, aliases and vendors, reloaded when the inventory changes."""

    def __init__(self, db: Database):
        self.db = db
        self._stamp = None
        self._names: list[str] = []  # normalised names and aliases
        self._owners: list[ToolRef] = []  # the tool each name belongs to
        self._vendors: dict[str, list[ToolRef]] = {}
        self._tokens: dict[str, set[ToolRef]] = {}  # distinctive name words -> tools

    def _refresh(self) -> None:
        with self.db.reading() as session:
            stamp = (
                session.scalar(select(func.count(Tool.id))),
                session.scalar(select(func.max(Tool.updated_at))),
                session.scalar(select(func.count(RegistrationRequest.id))),
                session.scalar(select(func.max(RegistrationRequest.updated_at))),
            )
            if stamp == self._stamp:
                return
            refs: list[tuple[ToolRef, list[str]]] = []
            known = set()
            for tool in session.scalars(select(Tool)):
                refs.append((ToolRef(tool.name, tool.vendor, tool.status, tool.category), [tool.name, *tool.aliases]))
                known.add(tool.name_key)
            for request in session.scalars(select(RegistrationRequest).where(RegistrationRequest.status.in_(OPEN_REQUEST_STATES))):
                if name_key(request.name) not in known and request.tool_id is None:
                    ref = ToolRef(request.name, request.vendor, request.status, request.category, request.id)
                    refs.append((ref, [request.name, *request.aliases]))
        names, owners, vendors, tokens = [], [], {}, {}
        for ref, spellings in refs:
            for spelling in spellings:
                key = name_key(spelling)
                if key:
                    names.append(key)
                    owners.append(ref)
                    for word in key.split():
                        if len(word) >= 4 and word not in GENERIC_WORDS:
                            tokens.setdefault(word, set()).add(ref)
            if ref.vendor:
                vendors.setdefault(name_key(ref.vendor), []).append(ref)
        self._names, self._owners, self._vendors, self._tokens, self._stamp = names, owners, vendors, tokens, stamp

    def resolve(self, text: str) -> Resolution:
        self._refresh()
        words = name_key(text).split()
        grams = {" ".join(words[i : i + n]) for n in range(1, 5) for i in range(len(words) - n + 1)}
        grams = [gram for gram in grams if gram.split()[0] not in FILLER_WORDS and gram.split()[-1] not in FILLER_WORDS]
        best: dict[ToolRef, tuple[float, str]] = {}
        if grams and self._names:
            # Whole names and aliases, typos tolerated by length (see matching.threshold).
            scores = process.cdist(grams, self._names, scorer=fuzz.ratio, score_cutoff=80, workers=1)
            spaceless = process.cdist(
                [g.replace(" ", "") for g in grams], [n.replace(" ", "") for n in self._names],
                scorer=fuzz.ratio, score_cutoff=80, workers=1,
            )  # fmt: skip
            for row, gram in enumerate(grams):
                for column in set(scores[row].nonzero()[0]) | set(spaceless[row].nonzero()[0]):
                    score = max(scores[row][column], spaceless[row][column])
                    if score >= threshold(self._names[column]):
                        ref = self._owners[column]
                        if score > best.get(ref, (0, ""))[0]:
                            best[ref] = (score, gram)
        if best:
            top = max(score for score, _ in best.values())
            leaders = [ref for ref, (score, _) in best.items() if score >= top - 2]
            if len(leaders) == 1:
                return Resolution(leaders[0], leaders, best[leaders[0]][1])
            return Resolution(None, sorted(leaders, key=lambda r: r.name), best[leaders[0]][1])
        # A distinctive word of a name ("firefly" for Adobe Firefly), else a vendor.
        for gram in grams:
            if gram in self._tokens:
                refs = sorted(self._tokens[gram], key=lambda r: r.name)
                return Resolution(refs[0] if len(refs) == 1 else None, refs, gram)
        for gram in grams:
            refs = self._vendors.get(gram)
            if refs:
                refs = sorted(set(refs), key=lambda r: r.name)
                return Resolution(refs[0] if len(refs) == 1 else None, refs, gram)
        return Resolution()


def get_tool(db: Database, name: str) -> Tool | None:
    with db.reading() as session:
        tool = session.scalar(select(Tool).where(Tool.name_key == name_key(name)))
        if tool is None:
            for candidate in session.scalars(select(Tool)):
                if name_key(name) in {name_key(alias) for alias in candidate.aliases}:
                    return candidate
        return tool


def list_tools(db: Database, status: str | None = None) -> list[Tool]:
    with db.reading() as session:
        query = select(Tool).order_by(Tool.name_key)
        if status:
            query = query.where(Tool.status == status)
        return list(session.scalars(query))


def approved_alternatives(db: Database, category: str, excluding: str = "") -> list[Tool]:
    if not category:
        return []
    with db.reading() as session:
        query = select(Tool).where(
            func.lower(Tool.category) == category.lower(), Tool.status.in_(APPROVED_STATES), Tool.name_key != name_key(excluding)
        )
        return list(session.scalars(query.order_by(Tool.name_key)))


def record_unregistered_ask(db: Database, name: str) -> UnregisteredAsk:
    key = name_key(name)[:120]
    with db.writing() as session:
        ask = session.scalar(select(UnregisteredAsk).where(UnregisteredAsk.name_key == key))
        if ask is None:
            ask = UnregisteredAsk(name_key=key, name=name.strip()[:120], count=0)
            session.add(ask)
        ask.count += 1
        ask.last_asked = now()
        return ask


def most_asked_unregistered(db: Database, limit: int = 10) -> list[UnregisteredAsk]:
    with db.reading() as session:
        query = select(UnregisteredAsk).order_by(UnregisteredAsk.count.desc(), UnregisteredAsk.last_asked.desc())
        return list(session.scalars(query.limit(limit)))


# -- CSV import and export ---------------------------------------------------------------------


class ImportFailed(ValueError):
    """The file has bad rows: nothing was imported. `problems` are (line number, message)."""

    def __init__(self, problems: list[tuple[int, str]]):
        self.problems = problems
        super().__init__("\n".join(f"line {line}: {message}" for line, message in problems))


@dataclass
class ImportReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)


def _parse_rows(text: str) -> tuple[list[tuple[int, dict]], list[tuple[int, str]]]:
    problems: list[tuple[int, str]] = []
    reader = csv.DictReader(io.StringIO(text, newline=""), restkey="_extra")
    header = [column.strip().lower() for column in (reader.fieldnames or [])]
    missing = [column for column in ("name", "status") if column not in header]
    unknown = [column for column in header if column not in CSV_COLUMNS]
    if missing or unknown:
        what = (f"missing column(s) {', '.join(missing)}" if missing else "") + ("; " if missing and unknown else "")
        what += f"unknown column(s) {', '.join(unknown)[:200]}" if unknown else ""
        return [], [(1, f"{what}; expected {','.join(CSV_COLUMNS)}")]
    reader.fieldnames = header
    rows, seen = [], {}
    for row in reader:
        line = reader.line_num
        if len(rows) + len(problems) >= MAX_IMPORT_ROWS:
            problems.append((line, f"more than {MAX_IMPORT_ROWS:,} rows: split the file"))
            break
        if row.get("_extra"):
            problems.append((line, f"{len(header) + len(row['_extra'])} fields, but the header has {len(header)}"))
            continue
        values = {column: (row.get(column) or "").strip() for column in CSV_COLUMNS}
        if not any(values.values()):
            continue  # blank line
        errors = []
        for column, limit in MAX_FIELD_CHARS.items():
            if len(values[column]) > limit:
                errors.append(f"{column} is longer than {limit:,} characters")
            if any(ord(ch) < 32 and ch not in "\t\n" for ch in values[column]):
                errors.append(f"{column} contains control characters")
        if not name_key(values["name"]):
            errors.append("name is required")
        if values["status"] not in {s.value for s in ToolStatus}:
            errors.append(f"status {values['status'][:40]!r} is not one of {', '.join(s.value for s in ToolStatus)}")
        classification = values["data_classification"] or "public"
        if classification not in {c.value for c in DataClass}:
            errors.append(f"data_classification {classification[:40]!r} is not one of {', '.join(c.value for c in DataClass)}")
        values["data_classification"] = classification
        if values["url"] and not re.fullmatch(r"https?://[^\s/?#]+\.[^\s/?#]+([/?#]\S*)?", values["url"], re.IGNORECASE):
            errors.append("url must start with https:// (or http://)")
        key = name_key(values["name"])
        if key and key in seen:
            errors.append(f"{values['name']} already appears on line {seen[key]}")
        seen.setdefault(key, line)
        if errors:
            problems.append((line, "; ".join(errors)))
        else:
            rows.append((line, values))
    return rows, problems


def import_csv(db: Database, path: Path, actor: str, rereview_months: int = 12) -> ImportReport:
    """Import or update tools from a CSV file: all rows or, if any row is bad, none."""
    try:
        raw = Path(path).read_bytes()
    except OSError as error:
        raise ImportFailed([(0, f"cannot read {path}: {error.strerror or error}")]) from None
    if b"\x00" in raw:
        raise ImportFailed([(0, "this is not a CSV text file (it contains NUL bytes)")])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFailed([(0, f"not UTF-8 text: {error}")]) from None
    try:
        rows, problems = _parse_rows(text)
    except csv.Error as error:
        raise ImportFailed([(0, f"malformed CSV: {error}")]) from None
    if problems:
        raise ImportFailed(problems)
    report = ImportReport()
    with db.writing() as session:
        for _, values in rows:
            key = name_key(values["name"])
            tool = session.scalar(select(Tool).where(Tool.name_key == key))
            fields = {
                "name": values["name"],
                "vendor": values["vendor"],
                "status": values["status"],
                "aliases": [alias.strip() for alias in values["aliases"].split(";") if alias.strip()],
                "conditions": values["conditions"],
                "owner": values["owner"],
                "data_classification": values["data_classification"],
                "category": values["category"],
                "url": values["url"],
                "notes": values["notes"],
            }
            if tool is None:
                tool = Tool(name_key=key, **fields)
                moment = now()
                tool.decided_at = moment
                tool.next_review_due = months_later(moment, rereview_months) if tool.status in APPROVED_STATES else None
                session.add(tool)
                audit.record(session, actor, "imported", tool.name, None, None, tool.status, "added from CSV")
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
                tool.next_review_due = months_later(tool.decided_at, rereview_months) if tool.status in APPROVED_STATES else None
            audit.record(session, actor, "imported", tool.name, None, previous, tool.status, "updated from CSV: " + ", ".join(sorted(changed)))
            report.updated.append(tool.name)
    return report


def tool_record(tool: Tool) -> dict:
    return {
        "name": tool.name,
        "vendor": tool.vendor,
        "status": tool.status,
        "aliases": tool.aliases,
        "conditions": tool.conditions,
        "owner": tool.owner,
        "data_classification": tool.data_classification,
        "category": tool.category,
        "url": tool.url,
        "notes": tool.notes,
        "risk_tier": tool.risk_tier,
        "decided_at": tool.decided_at.isoformat() if tool.decided_at else None,
        "next_review_due": tool.next_review_due.isoformat() if tool.next_review_due else None,
    }


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
        writer.writerow(row)
    return out.getvalue()
