"""The unregistered tools people ask about: counted as they are asked, listed for the governance
team (a tool registered since drops off the list)."""

from __future__ import annotations

from typing import cast

from sqlalchemy import CursorResult, select, update
from sqlalchemy.exc import IntegrityError

from knowledge.inventory.database import Database
from knowledge.inventory.fields import FIELD_CHARS
from knowledge.inventory.matching import name_key
from knowledge.inventory.models import Tool, UnregisteredAsk, now


def record_unregistered_ask(db: Database, name: str) -> None:
    """Count one more question about a tool that is not in the inventory. Many people may ask at
    once: the count goes up in the database (no read-modify-write to lose), and when two first
    askers race to insert, the loser counts its ask on the row the winner made."""
    key, moment = name_key(name)[: FIELD_CHARS["name"]], now()
    for _ in range(3):
        try:
            with db.writing() as session:
                update_count = update(UnregisteredAsk).where(UnregisteredAsk.name_key == key)
                result = session.execute(update_count.values(count=UnregisteredAsk.count + 1, last_asked=moment))
                counted = cast(CursorResult, result)  # an UPDATE's: it has a rowcount
                if counted.rowcount == 0:
                    session.add(
                        UnregisteredAsk(
                            name_key=key,
                            name=name.strip()[: FIELD_CHARS["name"]],
                            count=1,
                            first_asked=moment,
                            last_asked=moment,
                        )
                    )
            return
        except IntegrityError:
            continue
    raise RuntimeError(f"could not record the question about {name!r}")  # three lost races in a row: not expected


def most_asked_unregistered(db: Database, limit: int = 10) -> list[UnregisteredAsk]:
    """The tools people asked about most that are still not in the inventory (a tool added since,
    under the name asked or as an alias, is no longer the governance team's blind spot)."""
    with db.reading() as session:
        known = set()
        for key, aliases in session.execute(select(Tool.name_key, Tool.aliases)):
            known.update([key, *(name_key(alias) for alias in aliases)])
        query = select(UnregisteredAsk).order_by(UnregisteredAsk.count.desc(), UnregisteredAsk.last_asked.desc())
        return [ask for ask in session.scalars(query) if ask.name_key not in known][:limit]
