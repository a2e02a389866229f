"""Registering a new AI tool: validate the form, refuse duplicates, triage, file the request.

Every operation takes plain values (strings from a Slack modal or the terminal) and reports
problems per field, so that each adapter can show them next to the field they belong to.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from knowledge.inventory import audit
from knowledge.inventory.database import Database
from knowledge.inventory.events import EventBus, RequestFiled
from knowledge.inventory.fields import FIELD_CHARS, clean_text, is_web_address
from knowledge.inventory.matching import domain, name_key, same_names, similarity
from knowledge.inventory.models import (
    OPEN_REQUEST_STATES,
    DataClass,
    Hosting,
    RegistrationRequest,
    RequestStatus,
    Tool,
    TrainsOnData,
)
from knowledge.inventory.triage import DATA_CATEGORIES, HIGH_RISK_AREAS, triage

HOSTING: dict[str, str] = {
    Hosting.vendor_saas: "vendor SaaS",
    Hosting.self_hosted: "self-hosted",
    Hosting.embedded: "embedded in an existing product",
}
TEXT_FIELDS = (
    "name",
    "vendor",
    "url",
    "category",
    "owner",
    "requester_id",
    "requester_name",
    "purpose",
    "teams",
    "integrations",
    "details",
)
REQUIRED_FIELDS = frozenset({"name", "vendor", "requester_id", "purpose"})
MAX_ALIASES, MAX_ALIAS_CHARS = 20, 80
MAX_USERS = 1_000_000


class ValidationFailed(ValueError):
    """The form has errors: `errors` maps each field to what is wrong with it."""

    def __init__(self, errors: dict[str, str]):
        super().__init__("; ".join(f"{field}: {message}" for field, message in errors.items()))
        self.errors = errors


def as_text(value, field: str, errors: dict[str, str]) -> str:
    """A text field: a string (or nothing); anything else is a mistake, not something to str()."""
    if value is None or isinstance(value, str):
        return clean_text(value)
    errors[field] = "must be text"
    return ""


def as_list(value, field: str, errors: dict[str, str]) -> list[str]:
    if value is None or value == "":
        return []
    items: Iterable[str]
    if isinstance(value, str):
        items = re.split(r"[;,]", value)
    elif isinstance(value, (list, tuple, set)) and all(isinstance(item, str) for item in value):
        items = value
    else:
        errors[field] = "must be text or a list of texts"
        return []
    return [clean_text(item) for item in items if clean_text(item)]


def as_bool(value, field: str, errors: dict[str, str]) -> bool:
    if isinstance(value, bool):
        return value
    text = as_text(value, field, errors).lower()
    if text in ("yes", "y", "true", "1"):
        return True
    if text in ("", "no", "n", "false", "0"):
        return False
    errors[field] = "answer yes or no"
    return False


def as_count(value, field: str, errors: dict[str, str]) -> int:
    """A whole number of people; "1,200" is fine, "lots", "²" and 100,000 digits are not."""
    if isinstance(value, int) and not isinstance(value, bool):
        text = str(value)
    else:
        text = as_text("1" if value is None else value, field, errors).replace(",", "")
    if re.fullmatch(r"[0-9]{1,7}", text) and 1 <= int(text) <= MAX_USERS:
        return int(text)
    errors.setdefault(field, f"a whole number from 1 to {MAX_USERS:,}")
    return 1


def validate(form: dict) -> dict:
    """The cleaned form, or ValidationFailed listing every problem at once."""
    errors: dict[str, str] = {}
    clean: dict = {}
    for field in TEXT_FIELDS:
        text = as_text(form.get(field), field, errors)
        limit = FIELD_CHARS[field]
        if field in REQUIRED_FIELDS and not text:
            errors.setdefault(field, "required")
        elif len(text) > limit:
            errors[field] = f"at most {limit:,} characters (this is {len(text):,})"
        clean[field] = text
    if clean["name"] and "name" not in errors and not re.search(r"\w", clean["name"]):
        errors["name"] = "must contain letters or digits"
    if "purpose" not in errors and clean["purpose"] and len(clean["purpose"]) < 10:
        errors["purpose"] = "say in a sentence what it is for (at least 10 characters)"
    if clean["requester_id"] and not re.fullmatch(r"[A-Za-z0-9._@-]+", clean["requester_id"]):
        errors["requester_id"] = "letters, digits and . _ @ - only"
    if clean["url"] and "url" not in errors and not is_web_address(clean["url"]):
        errors["url"] = "must be a web address starting with https:// (or http://)"

    classification = as_text(form.get("data_classification") or "internal", "data_classification", errors).lower()
    if "data_classification" not in errors and classification not in {c.value for c in DataClass}:
        errors["data_classification"] = "one of: " + ", ".join(c.value for c in DataClass)
    clean["data_classification"] = classification

    aliases = as_list(form.get("aliases"), "aliases", errors)
    if len(aliases) > MAX_ALIASES:
        errors["aliases"] = f"at most {MAX_ALIASES} aliases"
    elif any(len(alias) > MAX_ALIAS_CHARS for alias in aliases):
        errors["aliases"] = f"each alias at most {MAX_ALIAS_CHARS} characters"
    clean["aliases"] = list(dict.fromkeys(aliases))

    clean["user_count"] = as_count(form.get("user_count"), "user_count", errors)

    for field, allowed in (("data_categories", DATA_CATEGORIES), ("use_areas", HIGH_RISK_AREAS)):
        values = [value.lower().replace(" ", "_") for value in as_list(form.get(field), field, errors)]
        unknown = [value for value in values if value not in allowed and value.replace("_", " ") not in allowed]
        if unknown and field not in errors:
            errors[field] = f"unknown {', '.join(unknown[:3])[:100]}; choose from: " + ", ".join(allowed)
        clean[field] = sorted(
            {value if value in allowed else value.replace("_", " ") for value in values} - set(unknown)
        )

    trains = as_text(form.get("vendor_trains_on_data") or "unknown", "vendor_trains_on_data", errors).lower()
    if "vendor_trains_on_data" not in errors and trains not in {answer.value for answer in TrainsOnData}:
        errors["vendor_trains_on_data"] = "yes, no or unknown"
    clean["vendor_trains_on_data"] = trains
    hosting = (
        as_text(form.get("hosting") or "vendor_saas", "hosting", errors).lower().replace("-", "_").replace(" ", "_")
    )
    if "hosting" not in errors and hosting not in HOSTING:
        errors["hosting"] = "one of: " + ", ".join(HOSTING)
    clean["hosting"] = hosting
    for field in ("enterprise_agreement", "decisions_about_people", "acts_without_human"):
        clean[field] = as_bool(form.get(field), field, errors)
    if errors:
        raise ValidationFailed(errors)
    return clean


@dataclass
class Outcome:
    """What happened to a submission: `filed` (new request), `resubmitted` (the same submission
    again: its request), or `duplicate` (an existing tool or open request is this tool)."""

    kind: str
    request: RegistrationRequest | None = None
    tool: Tool | None = None

    @property
    def duplicate_of(self) -> str:
        if self.tool is not None:
            return f"{self.tool.name} (in the inventory, {self.tool.status})"
        if self.request is not None:
            return f"request #{self.request.id} for {self.request.name} ({self.request.status})"
        return ""


def submission_key(clean: dict) -> str:
    return hashlib.sha256(json.dumps(clean, sort_keys=True, default=str).encode()).hexdigest()


def find_duplicate(session: Session, clean: dict) -> Outcome | None:
    """The tool in the inventory, or else the open request, that this form proposes again: a name or
    alias that matches (typos tolerated), or the same vendor at the same web domain with a similar name."""
    columns = (
        RegistrationRequest.id,
        RegistrationRequest.name,
        RegistrationRequest.aliases,
        RegistrationRequest.vendor,
        RegistrationRequest.url,
    )
    candidates: list[tuple[type[Tool] | type[RegistrationRequest], Any]] = [
        (Tool, row)
        for row in session.execute(select(Tool.id, Tool.name, Tool.aliases, Tool.vendor, Tool.url).order_by(Tool.id))
    ]
    candidates += [
        (RegistrationRequest, row)
        for row in session.execute(
            select(*columns).where(RegistrationRequest.status.in_(OPEN_REQUEST_STATES)).order_by(RegistrationRequest.id)
        )
    ]
    names = [(number, spelling) for number, (_, row) in enumerate(candidates) for spelling in [row.name, *row.aliases]]
    matches = same_names([clean["name"], *clean["aliases"]], [spelling for _, spelling in names])
    same_name = {names[column][0] for column in np.flatnonzero(matches.any(axis=0))}
    vendor, site = name_key(clean["vendor"]), domain(clean["url"])
    for number, (model, row) in enumerate(candidates):
        same_site = bool(site) and bool(row.vendor) and name_key(row.vendor) == vendor and domain(row.url) == site
        if number in same_name or (same_site and similarity(clean["name"], row.name) >= 60):
            record = session.get(model, row.id)
            if isinstance(record, Tool):
                return Outcome("duplicate", tool=record)
            if isinstance(record, RegistrationRequest):
                return Outcome("duplicate", request=record)
    return None


def refuse_taken_aliases(session: Session, clean: dict) -> None:
    """An alias that is already another tool's name or alias would hide that tool's verdict behind
    this one once approved ("is Midjourney allowed?" → "which one?"): ValidationFailed. A proposal
    named like an existing tool (a re-review, a request filed anyway) may repeat that tool's aliases."""
    own = name_key(clean["name"])
    taken: dict[str, str] = {}
    for name, aliases in session.execute(select(Tool.name, Tool.aliases)):
        if name_key(name) != own:
            taken.update({name_key(spelling): name for spelling in [name, *aliases] if name_key(spelling)})
    clashes = [
        f"{alias!r} already names {taken[name_key(alias)]}" for alias in clean["aliases"] if name_key(alias) in taken
    ]
    if clashes:
        raise ValidationFailed({"aliases": "; ".join(clashes)[:500] + ": an alias must name only this tool"})


def register(db: Database, form: dict, allow_duplicate: bool = False, events: EventBus | None = None) -> Outcome:
    """Validate and file a registration request. Raises ValidationFailed for a bad form. A request
    newly filed is published to `events` (RequestFiled) once it is committed."""
    outcome = _file(db, validate(form), allow_duplicate)
    if outcome.kind == "filed" and outcome.request is not None and events is not None:
        events.publish(RequestFiled(outcome.request))
    return outcome


def _file(db: Database, clean: dict, allow_duplicate: bool) -> Outcome:
    key = submission_key(clean)
    try:
        with db.writing() as session:
            db.lock_registrations(session)
            existing = session.scalar(select(RegistrationRequest).where(RegistrationRequest.submission_key == key))
            # The same form again after that request was closed (withdrawn, decided) is a new
            # request: its key is chained to the closed one's, so a double submit still files once.
            while existing is not None and existing.status not in OPEN_REQUEST_STATES:
                key = hashlib.sha256(f"{key}:{existing.id}".encode()).hexdigest()
                existing = session.scalar(select(RegistrationRequest).where(RegistrationRequest.submission_key == key))
            if existing is not None:
                return Outcome("resubmitted", request=existing)
            duplicate = find_duplicate(session, clean)
            if duplicate and not allow_duplicate:
                return duplicate
            refuse_taken_aliases(session, clean)
            result = triage(
                clean["purpose"],
                clean["details"],
                clean["use_areas"],
                clean["data_categories"],
                clean["vendor_trains_on_data"],
                clean["enterprise_agreement"],
                clean["hosting"],
                clean["integrations"],
                clean["decisions_about_people"],
                clean["acts_without_human"],
                clean["user_count"],
                clean["data_classification"],
            )
            request = RegistrationRequest(
                **clean,
                status=RequestStatus.pending,
                risk_tier=result.tier,
                risk_reasons=result.reasons,
                checklist=result.checklist,
                submission_key=key,
                tool=duplicate.tool if duplicate else None,
            )
            session.add(request)
            session.flush()
            audit.record(
                session,
                clean["requester_id"],
                "registered",
                clean["name"],
                request.id,
                None,
                RequestStatus.pending,
                f"risk tier {result.tier}"
                + (f"; filed despite a possible duplicate: {duplicate.duplicate_of}" if duplicate else ""),
            )
            return Outcome("filed", request=request)
    except IntegrityError:
        # The same submission raced in from another process: it is the one to return.
        with db.reading() as session:
            existing = session.scalar(select(RegistrationRequest).where(RegistrationRequest.submission_key == key))
            if existing is None:
                raise
            return Outcome("resubmitted", request=existing)
