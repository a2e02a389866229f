"""The reporting period, and the ISO weeks the report's trends count in (its business days are
knowledge/business_time.py's)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

DEFAULT_DAYS = 28
MAX_DAYS = 366  # a year of weekly trends is 53 bars; an older start is almost always a typo


@dataclass(frozen=True)
class Period:
    since: datetime
    until: datetime

    @classmethod
    def ending(cls, until: datetime, since: date | datetime | None = None, days: int = DEFAULT_DAYS) -> Period:
        """From `since` (a date means its midnight, UTC) to `until`; the last `days` days without one."""
        if since is None:
            start = until - timedelta(days=days)
        elif isinstance(since, datetime):
            start = since if since.tzinfo else since.replace(tzinfo=UTC)
        else:
            start = datetime(since.year, since.month, since.day, tzinfo=UTC)
        if start > until:
            raise ValueError(f"the period starts ({start:%Y-%m-%d}) after it ends ({until:%Y-%m-%d})")
        if until - start > timedelta(days=MAX_DAYS):
            raise ValueError(f"a report covers at most {MAX_DAYS} days; {start:%Y-%m-%d} is further back")
        return cls(start, until)

    def weeks(self) -> list[str]:
        """Every ISO week the period touches, in order ("2026-W48")."""
        weeks, day = [], self.since.date()
        while day <= self.until.date():
            if (label := week_of(day)) not in weeks:
                weeks.append(label)
            day += timedelta(days=1)
        return weeks

    def to_dict(self) -> dict:
        return {"since": self.since.isoformat(), "until": self.until.isoformat()}


def week_of(moment: date | datetime) -> str:
    year, week, _ = moment.isocalendar()
    return f"{year}-W{week:02d}"
