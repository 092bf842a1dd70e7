from datetime import date

import pytest

from senco_app.rules import RuleError
from senco_app.rules.retention import DUE
from senco_app.rules.retention import NO_DATE_OF_BIRTH
from senco_app.rules.retention import NOT_YET
from senco_app.rules.retention import ON_ROLL
from senco_app.rules.retention import RECORD_OPEN
from senco_app.rules.retention import birth_cutoff
from senco_app.rules.retention import check_disposal_due
from senco_app.rules.retention import disposal_status
from senco_app.rules.retention import due_since
from senco_app.rules.retention import has_left
from senco_app.rules.retention import retention_end

DOB = date(2000, 5, 5)
JOINED = date(2004, 9, 1)
LEFT = date(2016, 7, 20)


def status(as_at, dob=DOB, years=31, leaving=LEFT, enabled=False, statuses=("Closed",)):
	return disposal_status(as_at, dob, years, JOINED, leaving, enabled, statuses)


def test_retention_ends_on_the_birthday_the_settings_name():
	assert retention_end(DOB, 31) == date(2031, 5, 5)
	assert retention_end(DOB, 25) == date(2025, 5, 5)


def test_a_29_february_birthday_ends_on_1_march_in_a_common_year():
	assert retention_end(date(2004, 2, 29), 31) == date(2035, 3, 1)
	assert retention_end(date(2004, 2, 29), 32) == date(2036, 2, 29)  # a leap year keeps the day


def test_due_on_the_last_day_not_the_day_before():
	assert status(date(2031, 5, 4)) == NOT_YET
	assert status(date(2031, 5, 5)) == DUE
	assert status(date(2040, 1, 1)) == DUE


def test_leap_day_pupil_is_not_due_on_28_february():
	leap = date(2004, 2, 29)
	assert status(date(2035, 2, 28), dob=leap) == NOT_YET
	assert status(date(2035, 3, 1), dob=leap) == DUE


def test_a_pupil_still_on_roll_is_never_due():
	assert status(date(2040, 1, 1), leaving=None, enabled=True) == ON_ROLL
	assert status(date(2040, 1, 1), leaving=date(2040, 7, 20), enabled=True) == ON_ROLL


def test_a_pupil_with_an_open_record_is_not_due():
	assert status(date(2040, 1, 1), statuses=("Closed", "Open")) == RECORD_OPEN


def test_no_record_at_all_counts_as_closed():
	assert status(date(2040, 1, 1), statuses=()) == DUE


def test_disabled_with_no_leaving_date_has_left():
	assert status(date(2040, 1, 1), leaving=None, enabled=False) == DUE


def test_no_date_of_birth_is_never_due():
	assert status(date(2040, 1, 1), dob=None) == NO_DATE_OF_BIRTH


def test_has_left():
	assert has_left(date(2020, 1, 1), JOINED, LEFT, False, ["Closed"])
	assert not has_left(date(2016, 7, 20), JOINED, LEFT, False, ["Closed"])  # the leaving day is on roll
	assert not has_left(date(2020, 1, 1), JOINED, LEFT, False, ["Open"])


def test_due_since_is_the_later_of_the_end_and_the_leaving_day():
	assert due_since(DOB, 31, LEFT) == date(2031, 5, 5)
	assert due_since(DOB, 10, LEFT) == LEFT
	assert due_since(DOB, 10, None) == date(2010, 5, 5)


@pytest.mark.parametrize(
	"dob, as_at",
	[
		(DOB, date(2031, 5, 5)),
		(date(2004, 2, 29), date(2035, 3, 1)),
		(date(2004, 2, 29), date(2036, 2, 29)),
		(date(2005, 2, 28), date(2036, 2, 28)),
		(date(2005, 3, 1), date(2036, 3, 1)),
	],
)
def test_the_query_bound_lets_every_due_pupil_through(dob, as_at):
	assert status(as_at, dob=dob) == DUE
	assert dob <= birth_cutoff(as_at, 31)


def test_birth_cutoff_on_a_leap_day():
	assert birth_cutoff(date(2036, 2, 29), 31) == date(2005, 3, 1)


@pytest.mark.parametrize(
	"state, field",
	[
		(NO_DATE_OF_BIRTH, "date_of_birth"),
		(ON_ROLL, "date_of_leaving"),
		(RECORD_OPEN, "status"),
		(NOT_YET, "date_of_birth"),
	],
)
def test_refusals_name_the_field(state, field):
	with pytest.raises(RuleError) as caught:
		check_disposal_due(state, date(2031, 5, 5))
	assert caught.value.field == field


def test_due_is_not_refused():
	check_disposal_due(DUE, date(2031, 5, 5))
