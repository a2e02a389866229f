"""The incidents section: incidents open and closed, by severity, and opened per week.

The incident register is another part of govbot, whose tables this module does not own. It reads
a table named `incidents` when the database has one, with the columns it needs under the names
below (the first of each list that exists); without the table, or without one of those columns,
the section says it is not available and why — the rest of the report is unaffected. A register
that keeps other names plugs in by passing its own function to `build_report(incidents=…)`: any
callable (session, period) → a dict of the shape `incidents_section` returns.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from sqlalchemy import MetaData, Table, inspect, select, type_coerce
from sqlalchemy.orm import Session

from knowledge.inventory.models import UTCDateTime
from knowledge.reports.period import Period, week_of

TABLE = "incidents"
COLUMNS = {
    "severity": ("severity",),
    "status": ("status",),
    "opened": ("opened_at", "reported_at", "created_at"),
    "closed": ("closed_at", "resolved_at"),
}
OPEN_LISTED = 50


def not_available(reason: str) -> dict:
    return {"available": False, "reason": reason}


def incidents_section(session: Session, period: Period) -> dict:
    """Open now, opened and closed in the period, by severity; opened per ISO week."""
    connection = session.connection()
    if not inspect(connection).has_table(TABLE):
        return not_available("no incident register in this database")
    names = {column["name"] for column in inspect(connection).get_columns(TABLE)}
    chosen = {role: next((name for name in options if name in names), None) for role, options in COLUMNS.items()}
    if missing := [role for role, name in chosen.items() if name is None]:
        wanted = "; ".join(" or ".join(COLUMNS[role]) for role in missing)
        return not_available(f"the incidents table has no column {wanted}")
    table = Table(TABLE, MetaData(), autoload_with=connection)
    # The times read as the inventory's own (whatever type reflection guesses for them on SQLite).
    columns = [
        table.c[str(chosen["severity"])],
        table.c[str(chosen["status"])],
        *(type_coerce(table.c[str(chosen[role])], UTCDateTime()) for role in ("opened", "closed")),
    ]
    id_column = table.c["id"] if "id" in table.c else None
    title_column = next((table.c[name] for name in ("title", "summary", "what_happened") if name in table.c), None)
    extra = [c for c in (id_column, title_column) if c is not None]
    by_severity: dict[str, Counter[str]] = defaultdict(Counter)
    per_week = dict.fromkeys(period.weeks(), 0)
    open_list: list[dict] = []
    for row in session.execute(select(*columns, *extra)):
        severity, status, opened, closed = str(row[0] or "unknown"), row[1], row[2], row[3]
        if closed is None or closed > period.until:
            if opened is None or opened <= period.until:
                by_severity[severity]["open"] += 1
                if len(open_list) < OPEN_LISTED:
                    open_list.append(
                        {
                            "id": row[4] if id_column is not None else None,
                            "title": str(row[-1])[:200] if title_column is not None else "",
                            "severity": severity,
                            "status": status,
                            "opened_on": opened.date().isoformat() if opened else None,
                        }
                    )
        elif closed >= period.since:
            by_severity[severity]["closed_in_period"] += 1
        if opened is not None and period.since <= opened < period.until:
            by_severity[severity]["opened_in_period"] += 1
            per_week[week_of(opened)] = per_week.get(week_of(opened), 0) + 1
    kinds = ("open", "opened_in_period", "closed_in_period")
    return {
        "available": True,
        **{kind: sum(counts[kind] for counts in by_severity.values()) for kind in kinds},
        "by_severity": {sev: {kind: counts[kind] for kind in kinds} for sev, counts in sorted(by_severity.items())},
        "per_week": per_week,
        "open_list": open_list,
    }
