"""Business time, in one place: which days are business days (Monday to Friday; the policies
name no bank holidays, and none are kept) and the governance team's business hours (AI
Governance Roles §8.1: 09:00 to 17:30 UK time on business days). Two measures use them:

    business_days(start, end)           how many business days lie between two moments, in
                                        fractions of a calendar day (the report's turnaround
                                        against the review targets, which are in business days)
    business_time_after(start, amount)  when `amount` of business time after `start` ends: whole
                                        business days, or hours counted only while the team works
                                        (the incident register's acknowledgement deadlines, §4.2)
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import numpy as np

WEEKMASK = "1111100"  # Monday to Friday, as numpy's business-day functions spell it
BUSINESS_ZONE = ZoneInfo("Europe/London")
BUSINESS_OPENS, BUSINESS_CLOSES = time(9, 0), time(17, 30)


def is_business_day(day: date) -> bool:
    return bool(np.is_busday(day, weekmask=WEEKMASK))


def business_days(start: datetime, end: datetime) -> float:
    """Business days from `start` to `end`, in fractions of a day for the working days' own hours,
    as a calendar would count them (days are those of the moments' own time zone; hours outside
    the working day count, so a request filed on Monday at noon and decided on Tuesday at noon took
    one business day)."""
    if end <= start:
        return 0.0
    whole = int(np.busday_count(start.date(), end.date(), weekmask=WEEKMASK))
    # The part of the first day before `start`, and of the last day up to `end`, when they are business days.
    head = _day_fraction(start) if is_business_day(start.date()) else 0.0
    tail = _day_fraction(end) if is_business_day(end.date()) else 0.0
    return max(0.0, whole - head + tail)


def _day_fraction(moment: datetime) -> float:
    return (moment.hour * 3600 + moment.minute * 60 + moment.second) / 86400


def business_time_after(start: datetime, amount: timedelta) -> datetime:
    """`amount` of business time after `start`, in `start`'s time zone (§4.2's "4 business hours",
    "1 business day"). A day or more: that many whole business days later, at the same UK time of
    day (what is left over a whole day is not counted). Less: hours counted only between opening
    and closing on business days, UK time."""
    local = start.astimezone(BUSINESS_ZONE)
    if amount >= timedelta(days=1):
        days = amount.days
        while days:
            local += timedelta(days=1)
            if is_business_day(local.date()):
                days -= 1
        return local.astimezone(start.tzinfo)
    remaining = amount
    while remaining > timedelta(0):
        opens = datetime.combine(local.date(), BUSINESS_OPENS, BUSINESS_ZONE)
        closes = datetime.combine(local.date(), BUSINESS_CLOSES, BUSINESS_ZONE)
        if not is_business_day(local.date()) or local >= closes:
            local = datetime.combine(local.date() + timedelta(days=1), BUSINESS_OPENS, BUSINESS_ZONE)
            continue
        local = max(local, opens)
        step = min(remaining, closes - local)
        local, remaining = local + step, remaining - step
    return local.astimezone(start.tzinfo)
