"""Registering a new AI tool: validate the form, refuse duplicates, triage, file the request.

Every operation takes plain values (strings from a Slack modal or the terminal) and reports
problems per field, so that each adapter can show them next to the field they belong to.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from knowledge import audit
from knowledge.database import Database
from knowledge.matching import domain, is_same_name, name_key, similarity
from knowledge.models import OPEN_REQUEST_STATES, DataClass, RegistrationRequest, RequestStatus, Tool
from knowledge.triage import DATA_CATEGORIES, HIGH_RISK_AREAS, triage

HOSTING = {"vendor_saas": "vendor SaaS", "self_hosted": "self-hosted", "embedded": "embedded in an existing product"}
TRAINS = ("yes", "no", "unknown")
TEXT_LIMITS = {  # field: (required, maximum length)
    "name": (True, 120),
    "vendor": (True, 120),
    "url": (False, 500),
    "category": (False, 80),
    "owner": (False, 200),
    "requester_id": (True, 64),
    "requester_name": (False, 200),
    "purpose": (True, 3000),
    "teams": (False, 300),
    "integrations": (False, 2000),
    "details": (False, 5000),
}
MAX_ALIASES, MAX_ALIAS_CHARS = 20, 80
MAX_USERS = 1_000_000


class ValidationFailed(ValueError):
    """The form has errors: `errors` maps each field to what is wrong with it."""

    def __init__(self, errors: dict[str, str]):
        super().__init__("; ".join(f"{field}: {message}" for field, message in errors.items()))
        self.errors = errors


def clean_text(value) -> str:
    """Strip control and invisible formatting characters; fold whitespace runs (not newlines)."""
    text = "" if value is None else str(value)
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C")
    return "\n".join(" ".join(line.split()) for line in text.strip().splitlines()).strip()


def as_list(value) -> list[str]:
    if value is None or value == "":
        return []
    items = value if isinstance(value, (list, tuple, set)) else re.split(r"[;,]", str(value))
    return [clean_text(item) for item in items if clean_text(item)]


def as_bool(value, field: str, errors: dict[str, str]) -> bool:
    if isinstance(value, bool):
        return value
    text = clean_text(value).lower()
    if text in ("yes", "y", "true", "1"):
        return True
    if text in ("", "no", "n", "false", "0"):
        return False
    errors[field] = "answer yes or no"
    return False


def validate(form: dict) -> dict:
    """The cleaned form, or ValidationFailed listing every problem at once."""
    errors: dict[str, str] = {}
    clean: dict = {}
    for field, (required, limit) in TEXT_LIMITS.items():
        text = clean_text(form.get(field))
        if required and not text:
            errors[field] = "required"
        elif len(text) > limit:
            errors[field] = f"at most {limit:,} characters (this is {len(text):,})"
        clean[field] = text
    if clean["name"] and "name" not in errors and not re.search(r"\w", clean["name"]):
        errors["name"] = "must contain letters or digits"
    if "purpose" not in errors and clean["purpose"] and len(clean["purpose"]) < 10:
        errors["purpose"] = "say in a sentence what it is for (at least 10 characters)"
    if clean["requester_id"] and not re.fullmatch(r"[A-Za-z0-9._@-]+", clean["requester_id"]):
        errors["requester_id"] = "letters, digits and . _ @ - only"
    if clean["url"] and "url" not in errors:
        if not re.fullmatch(r"https?://[^\s/?#]+\.[^\s/?#]+([/?#]\S*)?", clean["url"], re.IGNORECASE):
            errors["url"] = "must be a web address starting with https:// (or http://)"

    classification = clean_text(form.get("data_classification") or "internal").lower()
    if classification not in {c.value for c in DataClass}:
        errors["data_classification"] = "one of: " + ", ".join(c.value for c in DataClass)
    clean["data_classification"] = classification

    aliases = as_list(form.get("aliases"))
    if len(aliases) > MAX_ALIASES:
        errors["aliases"] = f"at most {MAX_ALIASES} aliases"
    elif any(len(alias) > MAX_ALIAS_CHARS for alias in aliases):
        errors["aliases"] = f"each alias at most {MAX_ALIAS_CHARS} characters"
    clean["aliases"] = list(dict.fromkeys(aliases))

    raw_count = clean_text(form.get("user_count") if form.get("user_count") is not None else "1").replace(",", "")
    if not raw_count.isdigit() or not 1 <= int(raw_count) <= MAX_USERS:
        errors["user_count"] = f"a whole number from 1 to {MAX_USERS:,}"
        clean["user_count"] = 1
    else:
        clean["user_count"] = int(raw_count)

    for field, allowed in (("data_categories", DATA_CATEGORIES), ("use_areas", HIGH_RISK_AREAS)):
        values = [value.lower().replace(" ", "_") for value in as_list(form.get(field))]
        unknown = [value for value in values if value not in allowed and value.replace("_", " ") not in allowed]
        if unknown:
            errors[field] = f"unknown {', '.join(unknown[:3])[:100]}; choose from: " + ", ".join(allowed)
        clean[field] = sorted({value if value in allowed else value.replace("_", " ") for value in values} - set(unknown))

    trains = clean_text(form.get("vendor_trains_on_data") or "unknown").lower()
    if trains not in TRAINS:
        errors["vendor_trains_on_data"] = "yes, no or unknown"
    clean["vendor_trains_on_data"] = trains
    hosting = clean_text(form.get("hosting") or "vendor_saas").lower().replace("-", "_").replace(" ", "_")
    if hosting not in HOSTING:
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
        return f"request #{self.request.id} for {self.request.name} ({self.request.status})"


def submission_key(clean: dict) -> str:
    return hashlib.sha256(json.dumps(clean, sort_keys=True, default=str).encode()).hexdigest()


def _is_duplicate(clean: dict, name: str, aliases: list[str], vendor: str, url: str) -> bool:
    proposed = [clean["name"], *clean["aliases"]]
    existing = [name, *aliases]
    if any(is_same_name(a, b) for a in proposed for b in existing):
        return True
    same_domain = bool(clean["url"]) and domain(clean["url"]) == domain(url)
    same_vendor = bool(vendor) and name_key(vendor) == name_key(clean["vendor"])
    return same_domain and same_vendor and similarity(clean["name"], name) >= 60


def find_duplicate(session: Session, clean: dict) -> Outcome | None:
    for tool in session.scalars(select(Tool)):
        if _is_duplicate(clean, tool.name, tool.aliases, tool.vendor, tool.url):
            return Outcome("duplicate", tool=tool)
    for request in session.scalars(select(RegistrationRequest).where(RegistrationRequest.status.in_(OPEN_REQUEST_STATES))):
        if _is_duplicate(clean, request.name, request.aliases, request.vendor, request.url):
            return Outcome("duplicate", request=request)
    return None


def register(db: Database, form: dict, allow_duplicate: bool = False) -> Outcome:
    """Validate and file a registration request. Raises ValidationFailed for a bad form."""
    clean = validate(form)
    key = submission_key(clean)
    try:
        with db.writing() as session:
            db.lock_registrations(session)
            existing = session.scalar(select(RegistrationRequest).where(RegistrationRequest.submission_key == key))
            if existing is not None:
                return Outcome("resubmitted", request=existing)
            duplicate = find_duplicate(session, clean)
            if duplicate and not allow_duplicate:
                return duplicate
            result = triage(
                clean["purpose"], clean["details"], clean["use_areas"], clean["data_categories"],
                clean["vendor_trains_on_data"], clean["enterprise_agreement"], clean["hosting"],
                clean["integrations"], clean["decisions_about_people"], clean["acts_without_human"],
                clean["user_count"],
            )  # fmt: skip
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
                session, clean["requester_id"], "registered", clean["name"], request.id, None, RequestStatus.pending,
                f"risk tier {result.tier}" + (f"; filed despite a possible duplicate: {duplicate.duplicate_of}" if duplicate else ""),
            )  # fmt: skip
            return Outcome("filed", request=request)
    except IntegrityError:
        # The same submission raced in from another process: it is the one to return.
        with db.reading() as session:
            existing = session.scalar(select(RegistrationRequest).where(RegistrationRequest.submission_key == key))
            if existing is None:
                raise
            return Outcome("resubmitted", request=existing)
