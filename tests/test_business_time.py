"""Business time (knowledge/business_time.py): the report's business days between two moments, and
the incident register's business time after one, at the calendar's edges: weekends, before and
after hours, across days, British Summer Time. No bank holidays are kept (the policies name none)."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from knowledge.business_time import business_days, business_time_after, is_business_day

LONDON = ZoneInfo("Europe/London")
HOURS = timedelta(hours=1)


def utc(day: int, hour: int = 0, minute: int = 0, month: int = 12) -> datetime:
    """A moment of 2026: December by default, when London keeps UTC (7 December is a Monday)."""
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


def test_business_days_are_monday_to_friday():
    week = [utc(day).date() for day in range(7, 14)]  # Monday 7 to Sunday 13 December
    assert [is_business_day(day) for day in week] == [True] * 5 + [False] * 2


@pytest.mark.parametrize(
    "start, end, days",
    [
        (utc(7, 9), utc(7, 15), 0.25),  # within one business day: its hours, as a calendar counts them
        (utc(7, 12), utc(8, 12), 1.0),  # noon to noon
        (utc(7), utc(14), 5.0),  # a whole week, midnight to midnight
        (utc(11, 18), utc(14, 6), 0.5),  # Friday evening to Monday morning: the weekend does not count
        (utc(12, 10), utc(13, 20), 0.0),  # within a weekend
        (utc(12, 10), utc(14, 12), 0.5),  # filed on Saturday: counting starts on Monday
        (utc(10, 12), utc(12, 12), 1.5),  # ended on Saturday: counting stops at Friday's end
        (utc(8, 12), utc(8, 12), 0.0),  # no time
        (utc(8, 12), utc(7, 12), 0.0),  # an end before the start is no time, not negative
    ],
)
def test_business_days_between_two_moments(start, end, days):
    assert business_days(start, end) == pytest.approx(days)


@pytest.mark.parametrize(
    "start, amount, due",
    [
        (utc(7, 10), 4 * HOURS, utc(7, 14)),  # within the day
        (utc(7, 15), 4 * HOURS, utc(8, 10, 30)),  # 2½ hours to 17:30, 1½ hours the next morning
        (utc(7, 7), 4 * HOURS, utc(7, 13)),  # before 09:00: the clock starts at opening
        (utc(7, 20), 4 * HOURS, utc(8, 13)),  # after 17:30: the next business day's opening
        (utc(7, 17, 30), HOURS, utc(8, 10)),  # at closing time exactly: nothing left today
        (utc(11, 17), 4 * HOURS, utc(14, 12, 30)),  # Friday 17:00: half an hour, then Monday
        (utc(12, 10), 4 * HOURS, utc(14, 13)),  # on Saturday: from Monday's opening
        (utc(11, 10), timedelta(days=1), utc(14, 10)),  # one business day from Friday: Monday, same time
        (utc(10, 17), timedelta(days=3), utc(15, 17)),  # three from Thursday: Tuesday
        (utc(12, 10), timedelta(days=1), utc(14, 10)),  # one from Saturday: Monday
        (utc(13, 22), timedelta(days=1), utc(14, 22)),  # a day counts whole days, not business hours
        (utc(8, 12), timedelta(0), utc(8, 12)),  # none
    ],
)
def test_business_time_after_a_moment(start, amount, due):
    assert business_time_after(start, amount) == due


def test_business_hours_are_uk_time_in_summer_too():
    # Monday 1 June 2026, 07:30 UTC is 08:30 in London (BST): the clock starts at 09:00 BST, 08:00 UTC.
    start = utc(1, 7, 30, month=6)
    assert business_time_after(start, 4 * HOURS) == utc(1, 12, month=6)
    assert business_time_after(start, 10 * HOURS) == utc(2, 9, 30, month=6)  # 8½ on Monday, 1½ on Tuesday
    # The answer is in the zone it was asked in.
    local = start.astimezone(LONDON)
    due = business_time_after(local, 4 * HOURS)
    assert due.tzinfo is LONDON and (due.hour, due.minute) == (13, 0)


def test_business_time_crosses_the_change_to_winter_time():
    # Friday 23 October 2026 17:00 BST (16:00 UTC); the clocks go back on Sunday 25 October.
    friday = utc(23, 16, month=10)
    assert business_time_after(friday, 4 * HOURS) == utc(26, 12, 30, month=10)  # Monday 12:30 GMT
    assert business_time_after(friday, timedelta(days=1)) == utc(26, 17, month=10)  # Monday 17:00 GMT
