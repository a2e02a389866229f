"""The inventory's tools as lists and records: one by name or alias, all (of a status), the
approved ones (of a category), the categories in use."""

from __future__ import annotations

from sqlalchemy import func, select

from knowledge.inventory.database import Database
from knowledge.inventory.matching import name_key
from knowledge.inventory.models import APPROVED_STATES, Tool


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


def approved_tools(db: Database, category: str | None = None, excluding: str = "") -> list[Tool]:
    """The approved tools (of one category, when given), by name."""
    with db.reading() as session:
        query = select(Tool).where(Tool.status.in_(APPROVED_STATES), Tool.name_key != name_key(excluding))
        if category:
            query = query.where(func.lower(Tool.category) == category.lower())
        return list(session.scalars(query.order_by(Tool.name_key)))


def categories(db: Database) -> list[str]:
    """Every category the inventory files tools under."""
    with db.reading() as session:
        return sorted(set(session.scalars(select(Tool.category).where(Tool.category != ""))))


def tool_fields(tool: Tool) -> dict:
    """What describes a tool, as every listing of the inventory starts each entry."""
    return {
        "name": tool.name,
        "vendor": tool.vendor,
        "status": tool.status,
        "aliases": list(tool.aliases),
        "conditions": tool.conditions,
        "owner": tool.owner,
        "data_classification": tool.data_classification,
        "category": tool.category,
        "url": tool.url,
        "notes": tool.notes,
        "risk_tier": tool.risk_tier,
    }


def tool_record(tool: Tool) -> dict:
    return {
        **tool_fields(tool),
        "decided_at": tool.decided_at.isoformat() if tool.decided_at else None,
        "next_review_due": tool.next_review_due.isoformat() if tool.next_review_due else None,
    }
