"""The words of the incident register, as the incident policy uses them (AI Incident Reporting
§2, §4.2). Imports nothing, so that a command line can offer them as choices cheaply."""

from __future__ import annotations

from enum import IntEnum, StrEnum

NOT_SURE = "not_sure"  # an answer to every question the reporter may not know


class IncidentStatus(StrEnum):
    open = "open"  # reported, nobody on the governance team has taken it yet
    acknowledged = "acknowledged"
    resolved = "resolved"  # with a root cause


class Severity(IntEnum):
    """§4.2's levels: 1 is the most severe."""

    critical = 1
    high = 2
    medium = 3
    low = 4

    @property
    def label(self) -> str:
        return f"Severity {self.value} – {self.name.capitalize()}"


class DataInvolved(StrEnum):
    """What data went where it should not: the policy's data classes (Acceptable Use §3), and the
    two cases the incident policy gives tighter deadlines of their own (§3.1)."""

    secrets = "secrets"
    personal = "personal"
    restricted = "restricted"
    confidential = "confidential"
    internal = "internal"
    public = "public"
    none = "none"
    not_sure = NOT_SURE


DATA_LABELS = {
    DataInvolved.secrets: "Passwords, API keys, tokens or other secrets",
    DataInvolved.personal: "Personal data (about customers, staff or anyone)",
    DataInvolved.restricted: "Other restricted data",
    DataInvolved.confidential: "Confidential data (client or Kestrel)",
    DataInvolved.internal: "Internal data",
    DataInvolved.public: "Public data only",
    DataInvolved.none: "No data was shared",
    DataInvolved.not_sure: "Not sure",
}


class IncidentKind(StrEnum):
    """The main types of AI incident (AI Incident Reporting §2.1–2.6)."""

    data_exposed = "data_exposed"
    harmful_output = "harmful_output"
    wrong_output_reached_client = "wrong_output_reached_client"
    vendor_security = "vendor_security"
    prompt_injection = "prompt_injection"
    near_miss = "near_miss"
    not_sure = NOT_SURE


KIND_LABELS = {
    IncidentKind.data_exposed: "Data put into the wrong tool",
    IncidentKind.harmful_output: "Harmful, biased or unsafe output",
    IncidentKind.wrong_output_reached_client: "Inaccurate AI output reached a client",
    IncidentKind.vendor_security: "Vendor or model security problem",
    IncidentKind.prompt_injection: "Prompt injection or an AI integration misbehaving",
    IncidentKind.near_miss: "A near miss (nothing was exposed)",
    IncidentKind.not_sure: "Not sure",
}


class IncidentAction(StrEnum):
    """What an incident_events row records."""

    reported = "reported"
    acknowledged = "acknowledged"
    assigned = "assigned"
    note = "note"
    severity = "severity"  # the handler raised or lowered it (§4.2)
    resolved = "resolved"
