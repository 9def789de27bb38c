"""Lithuania's calendar as the programme lives by it: public holidays (Easter
computed), working days, and Vilnius wall-clock time without a time-zone
database (a Windows laptop may have none)."""

from __future__ import annotations

import datetime as dt


def easter_sunday(year: int) -> dt.date:
    """Western (Gregorian) Easter: the anonymous Gregorian algorithm."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday) // 451
    month, day = divmod(h + weekday - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


# Lithuania's public holidays on fixed dates (Labour Code, art. 123); Mother's
# and Father's Day fall on Sundays anyway.
FIXED_HOLIDAYS = (
    (1, 1),
    (2, 16),
    (3, 11),
    (5, 1),
    (6, 24),
    (7, 6),
    (8, 15),
    (11, 1),
    (11, 2),
    (12, 24),
    (12, 25),
    (12, 26),
)


def public_holidays(year: int) -> set[dt.date]:
    """Lithuania's public holidays in `year`, Easter Sunday and Monday included."""
    easter = easter_sunday(year)
    fixed = {dt.date(year, month, day) for month, day in FIXED_HOLIDAYS}
    return fixed | {easter, easter + dt.timedelta(days=1)}


def working_days(first: dt.date, last: dt.date) -> list[dt.date]:
    """Monday to Friday from `first` to `last`, public holidays left out."""
    holidays = set().union(*(public_holidays(year) for year in range(first.year, last.year + 1)))
    days = (first + dt.timedelta(days=n) for n in range((last - first).days + 1))
    return [day for day in days if day.weekday() < 5 and day not in holidays]


def last_sunday(year: int, month: int) -> dt.date:
    last = dt.date(year, month + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() + 1) % 7)


def vilnius_to_utc(local: dt.datetime) -> dt.datetime:
    """A wall-clock time in Lithuania (EET, EEST from the last Sunday of March to
    the last Sunday of October) as UTC. Meetings are held in daytime on working
    days, never in the hour the clocks change."""
    summer = last_sunday(local.year, 3) <= local.date() < last_sunday(local.year, 10)
    return (local - dt.timedelta(hours=3 if summer else 2)).replace(tzinfo=dt.UTC)
