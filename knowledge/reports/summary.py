"""What every rendering of the report says first: its headline figures, and words for its codes."""

from __future__ import annotations


def label(code: str | None) -> str:
    """ "approved_with_conditions" → "approved with conditions"."""
    return (code or "").replace("_", " ")


def headline_figures(report: dict) -> list[tuple[str, int | str]]:
    iso = report["iso42001"]
    return [
        ("AI tools in the inventory", report["inventory"]["total"]),
        ("decisions in the period", report["decisions"]["count"]),
        ("requests past target", report["waiting"]["past_target"]),
        ("re-reviews overdue", report["rereviews"]["overdue"]),
        ("open incidents", report["incidents"]["open"]),
        ("unregistered tools asked about", report["shadow_ai"]["tools"]),
        ("questions not answered", report["knowledge_gaps"]["refused"]),
        ("ISO 42001 controls missing", iso["counts"]["missing"] if iso.get("available") else "n/a"),
    ]
