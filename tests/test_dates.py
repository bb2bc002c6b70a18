import datetime as dt

import pytest

from bot.dates import NamedDate, PartialDate


def day(text: str) -> PartialDate:
    return PartialDate.parse(text)


def test_day_is_rendered_in_french_with_weekday():
    assert NamedDate("d", "d", day("2021-10-11")).french() == "lundi 11 octobre 2021"
    assert NamedDate("d", "d", day("2024-01-01")).french() == "lundi 1er janvier 2024"


@pytest.mark.parametrize(
    "today, expected",
    [
        (dt.date(2026, 11, 23), "cette date est passée"),
        (dt.date(2021, 10, 11), "c'est aujourd'hui"),
        (dt.date(2021, 10, 10), "demain"),
        (dt.date(2021, 9, 29), "dans 12 jours"),
    ],
)
def test_day_status_relative_to_today(today, expected):
    assert NamedDate("d", "d", day("2021-10-11")).status(today) == expected


def test_period_rendering_and_status():
    period = NamedDate("p", "p", day("2022"), day("2023"))
    assert period.french() == "de 2022 à 2023"
    assert period.status(dt.date(2026, 11, 23)) == "cette période est terminée"
    assert period.status(dt.date(2023, 6, 1)) == "en cours"
    months = NamedDate("s", "s", day("2021-11"), day("2021-12"))
    assert months.french() == "de novembre à décembre 2021"
    assert months.status(dt.date(2021, 12, 31)) == "en cours"


@pytest.mark.parametrize("bad", ["2021-13", "2021-02-30", "octobre", "21-10-11"])
def test_invalid_dates_are_refused(bad):
    with pytest.raises(ValueError):
        PartialDate.parse(bad)
