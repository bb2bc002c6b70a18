"""Named dates of the knowledge base, rendered in French relative to today.

A named date is a day (2021-10-11), a month (2021-12), a year (2022) or a
period between two of those. Answers write `{date_limite}` for the date
itself and `{date_limite:statut}` for where today stands against it, so that
a date never silently turns false as time passes.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

MONTHS = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
).split()
WEEKDAYS = "lundi mardi mercredi jeudi vendredi samedi dimanche".split()

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


@dataclass(frozen=True)
class PartialDate:
    """A day, a month or a year (the precision the documents give)."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, value: object) -> "PartialDate":
        """Parse 2021-10-11, 2021-12 or 2022 (YAML may hand over a date or an int)."""
        if isinstance(value, dt.date):
            return cls(value.year, value.month, value.day)
        match = _PARTIAL_DATE.match(str(value).strip())
        if not match:
            raise ValueError(str(value))
        year, month, day = (int(g) if g else None for g in match.groups())
        result = cls(year, month, day)
        result.first_day()  # validates month and day
        return result

    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date:
        if self.day:
            return self.first_day()
        month = self.month or 12
        return dt.date(self.year, month, calendar.monthrange(self.year, month)[1])

    def french(self, with_year: bool = True) -> str:
        year = f" {self.year}" if with_year else ""
        if self.day:
            day = self.first_day()
            number = "1er" if self.day == 1 else str(self.day)
            return f"{WEEKDAYS[day.weekday()]} {number} {MONTHS[self.month - 1]}{year}"
        if self.month:
            return f"{MONTHS[self.month - 1]}{year}"
        return str(self.year)


@dataclass(frozen=True)
class NamedDate:
    id: str
    label: str
    start: PartialDate
    end: PartialDate | None = None

    @property
    def is_period(self) -> bool:
        return self.end is not None

    def french(self) -> str:
        """The date as it reads in a sentence: « lundi 11 octobre 2021 »."""
        if self.end is None:
            return self.start.french()
        same_year = self.start.year == self.end.year and self.start.month and self.end.month
        return f"de {self.start.french(with_year=not same_year)} à {self.end.french()}"

    def status(self, today: dt.date) -> str:
        """Where today stands: « cette date est passée », « dans 12 jours »..."""
        first = self.start.first_day()
        last = (self.end or self.start).last_day()
        if today > last:
            return "cette période est terminée" if self.is_period else "cette date est passée"
        if today >= first:
            if self.start.day and not self.is_period:
                return "c'est aujourd'hui"
            return "en cours"
        days = (first - today).days
        return "demain" if days == 1 else f"dans {days} jours"
