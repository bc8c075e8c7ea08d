from datetime import date, datetime, time

import pytest

from deepdive.domain.dive import Slot
from deepdive.domain.errors import InvalidInput
from deepdive.domain.parsing import (
    parse_clock_time,
    parse_date,
    parse_datetime,
    parse_duration,
    parse_score,
)


@pytest.mark.parametrize(
    ("text", "minutes"),
    [("45m", 45), ("90", 90), ("1h30", 90), ("1h", 60), ("2h05m", 125), ("20min", 20),
     (" 1H30 ", 90)],
)
def test_durations_in_the_forms_people_type(text, minutes):
    assert parse_duration(text) == minutes


@pytest.mark.parametrize(
    ("text", "complaint"),
    [("0m", "more than zero"), ("-5m", "not understood"), ("abc", "not understood"),
     ("25h", "longer than a day"), ("", "not understood")],
)
def test_bad_durations_say_what_works(text, complaint):
    with pytest.raises(InvalidInput, match=complaint):
        parse_duration(text)


def test_dates_and_datetimes_are_iso():
    assert parse_date("2021-04-08") == date(2021, 4, 8)
    assert parse_datetime("2021-04-08 13:00") == datetime(2021, 4, 8, 13, 0)
    assert parse_datetime("2021-04-08T13:00") == datetime(2021, 4, 8, 13, 0)
    with pytest.raises(InvalidInput, match="YYYY-MM-DD"):
        parse_date("08/04/2021")
    with pytest.raises(InvalidInput, match="YYYY-MM-DD HH:MM"):
        parse_datetime("yesterday 1pm")


def test_slots_must_be_real_times_in_order():
    slot = Slot.parse("13:00-14:00")
    assert (slot.start, slot.end, slot.minutes()) == (time(13), time(14), 60)
    assert str(slot) == "13:00-14:00"
    with pytest.raises(InvalidInput, match="not a time of day"):
        Slot.parse("25:00-26:00")
    with pytest.raises(InvalidInput, match="ends before it starts"):
        Slot.parse("14:00-13:00")
    with pytest.raises(InvalidInput, match="HH:MM-HH:MM"):
        Slot.parse("1pm")
    with pytest.raises(InvalidInput, match="not HH:MM"):
        parse_clock_time("noon")


@pytest.mark.parametrize("text", ["0", "6", "x", "4.5"])
def test_scores_are_whole_numbers_from_one_to_five(text):
    with pytest.raises(InvalidInput):
        parse_score(text)
    assert parse_score("5") == 5


def test_an_empty_slot_is_named_as_such():
    with pytest.raises(InvalidInput, match="is empty: it ends when it starts"):
        Slot.parse("13:00-13:00")
