"""Dates of the Solar Hijri calendar (Iran's and Afghanistan's) as Gregorian dates.

Its years begin at the March equinox (Nowruz, 1 Farvardin); the first six months have
31 days, the next five 30, the last 29, or 30 in a leap year. From 1210 to 1634 SH the leap
years follow one 33-year cycle (the year y is leap when (25y + 11) mod 33 < 8), so the
arithmetic below is exact there; it answers for 1300 to 1500 SH (1921 to 2122).
"""
from __future__ import annotations

from datetime import date, timedelta

#: 1 Farvardin 1403, the Nowruz the years are counted from
_NOWRUZ_1403 = date(2024, 3, 20)
_FIRST_YEAR, _LAST_YEAR = 1300, 1500


def is_leap(year: int) -> bool:
    """Whether the Solar Hijri ``year`` has 366 days (its Esfand 30)."""
    return (25 * year + 11) % 33 < 8


def gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian date of ``day`` ``month`` ``year`` SH, or None outside 1300-1500 SH or the month."""
    month_days = 31 if month <= 6 else 30 if month <= 11 or is_leap(year) else 29
    if not (_FIRST_YEAR <= year <= _LAST_YEAR and 1 <= month <= 12 and 1 <= day <= month_days):
        return None
    if year >= 1403:
        days = sum(365 + is_leap(y) for y in range(1403, year))
    else:
        days = -sum(365 + is_leap(y) for y in range(year, 1403))
    days += (month - 1) * 31 if month <= 7 else 186 + (month - 7) * 30
    return _NOWRUZ_1403 + timedelta(days=days + day - 1)
