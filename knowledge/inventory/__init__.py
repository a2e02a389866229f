"""The AI tool inventory: tools, registration requests, their review and the audit trail, in a
database of their own. Knows nothing of retrieval (knowledge/retrieval/) nor of any front end.

    vocabulary.py    statuses, data classes, risk tiers (imports nothing)
    models.py        the tables; database.py opens, migrates and units-of-work them (migrations/)
    fields.py        field limits and cleaning;  matching.py  tool names as people type them
    registration.py  a new tool: validated, de-duplicated, triaged (triage.py), filed
    review.py        the Workflow: decisions and the tool lifecycle;  audit.py  the trail
    directory.py     which tool a question means;  queries.py  tools as lists and records
    asks.py          unregistered tools asked about;  transfer.py  CSV and JSON in and out
    importing.py     an existing register written into the inventory (rows read by transfer.py)
    register.py      the register: every tool in every state (open requests too), as exported
    people.py        e-mail addresses and the directory (Slack) that knows whose they are
    rereview.py      a re-review requested by a tool's owner, filed into the queue
    events.py        what happened, and the bus that tells subscribers

What other layers use most is importable from here too (`from knowledge.inventory import
get_tool`). Each name is loaded from its module when first asked for, so that importing one
module of the inventory (the vocabulary, for the command line's choices) does not import them all.
"""

from __future__ import annotations

import importlib

EXPORTS = {
    "CSV_COLUMNS": "transfer",
    "MAX_IMPORT_ROWS": "transfer",
    "ImportFailed": "transfer",
    "Resolution": "directory",
    "ToolDirectory": "directory",
    "ToolRef": "directory",
    "approved_tools": "queries",
    "categories": "queries",
    "export": "transfer",
    "get_tool": "queries",
    "import_csv": "importing",
    "list_tools": "queries",
    "most_asked_unregistered": "asks",
    "read_import": "transfer",
    "record_unregistered_ask": "asks",
    "tool_record": "queries",
}
__all__ = sorted(EXPORTS)


def __getattr__(name: str) -> object:
    if name not in EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{EXPORTS[name]}"), name)
