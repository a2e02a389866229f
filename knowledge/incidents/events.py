"""What happens to an incident, as typed events on the inventory's EventBus
(knowledge/inventory/events.py): the register publishes each once its change is committed, and
subscribers (the Slack notifier) react. Each carries the incident as it now is, its history loaded."""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.incidents.models import Incident


@dataclass(frozen=True)
class IncidentReported:
    """A new incident, triaged: the governance team must hear of it, the reporter what to do next."""

    incident: Incident


@dataclass(frozen=True)
class IncidentAcknowledged:
    incident: Incident
    by: str


@dataclass(frozen=True)
class IncidentAssigned:
    incident: Incident
    by: str


@dataclass(frozen=True)
class IncidentNoteAdded:
    incident: Incident
    by: str
    note: str


@dataclass(frozen=True)
class IncidentSeverityChanged:
    """The handler raised or lowered the severity as facts emerged (§4.2)."""

    incident: Incident
    by: str


@dataclass(frozen=True)
class IncidentResolved:
    """Closed with a root cause (incident.root_cause)."""

    incident: Incident
    by: str


IncidentChange = (
    IncidentAcknowledged | IncidentAssigned | IncidentNoteAdded | IncidentSeverityChanged | IncidentResolved
)
