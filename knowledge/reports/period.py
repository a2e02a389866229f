"""The reporting period, and the two calendars the report counts in: business days (the policy's
targets are in business days) and ISO weeks (the trends)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import numpy as np

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


def business_days(start: datetime, end: datetime) -> float:
    """Business days (Monday to Friday) from `start` to `end`, in fractions of a day for the
    working days' own hours, as a calendar would count them."""
    if end <= start:
        return 0.0
    whole = int(np.busday_count(start.date(), end.date()))
    # The part of the first day before `start`, and of the last day up to `end`, when they are business days.
    head = _day_fraction(start) if np.is_busday(start.date()) else 0.0
    tail = _day_fraction(end) if np.is_busday(end.date()) else 0.0
    return max(0.0, whole - head + tail)


def _day_fraction(moment: datetime) -> float:
    return (moment.hour * 3600 + moment.minute * 60 + moment.second) / 86400
