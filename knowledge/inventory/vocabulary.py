"""The inventory's fixed words: the states of tools and requests, data classes, risk tiers,
hosting, whether a vendor trains on our data; the columns of the inventory's CSV. The tables
store them, forms and the command line
offer them as choices; this module imports nothing, so the command line starts fast."""

from __future__ import annotations

from enum import StrEnum


class DataClass(StrEnum):
    public = "public"
    internal = "internal"
    confidential = "confidential"
    restricted = "restricted"


class ToolStatus(StrEnum):
    approved = "approved"
    approved_with_conditions = "approved_with_conditions"
    rejected = "rejected"
    retired = "retired"


class RequestStatus(StrEnum):
    pending = "pending"
    needs_info = "needs_info"
    approved = "approved"
    approved_with_conditions = "approved_with_conditions"
    rejected = "rejected"
    withdrawn = "withdrawn"


OPEN_REQUEST_STATES = (RequestStatus.pending, RequestStatus.needs_info)
# Every state a tool can be in in the register: under review (an open request), then decided.
REGISTER_STATES = (*(state.value for state in OPEN_REQUEST_STATES), *(status.value for status in ToolStatus))
APPROVED_STATES = (ToolStatus.approved, ToolStatus.approved_with_conditions)


class Hosting(StrEnum):
    vendor_saas = "vendor_saas"
    self_hosted = "self_hosted"
    embedded = "embedded"


class TrainsOnData(StrEnum):
    """Whether the vendor trains its models on what we put in."""

    yes = "yes"
    no = "no"
    unknown = "unknown"


class RiskTier(StrEnum):
    low = "low"
    medium = "medium"
    high = "high"
    prohibited = "prohibited"


# The inventory as a CSV file: import and export (transfer.py) use these columns, in this order.
CSV_COLUMNS = [
    "name",
    "vendor",
    "status",
    "aliases",
    "conditions",
    "owner",
    "data_classification",
    "category",
    "url",
    "notes",
]
# The register's further columns: the export writes them, the import reads them when present
# (risk_tier of a decided tool; requested_by of an open request; when and by whom a tool was
# decided, and its next re-review). `request` is the export's request number: the import ignores it.
REGISTER_COLUMNS = ["risk_tier", "requested_by", "request", "decided_at", "decided_by", "review_due"]
