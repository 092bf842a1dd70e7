from datetime import date

import pytest

from senco_app.rules import RuleError
from senco_app.rules.exam_arrangements import arrangement_counts
from senco_app.rules.exam_arrangements import check_arrangements
from senco_app.rules.exam_arrangements import check_dates
from senco_app.rules.exam_arrangements import describe
from senco_app.rules.exam_arrangements import in_force
from senco_app.rules.exam_arrangements import window_rows

TODAY = date(2026, 11, 23)


@pytest.mark.parametrize(
	"rows, field",
	[
		([], "arrangements"),
		([{"arrangement": "Reader"}, {"arrangement": "Reader"}], "arrangement"),
		([{"arrangement": "Extra time"}], "extra_time_percent"),
		([{"arrangement": "Extra time", "extra_time_percent": 0}], "extra_time_percent"),
		([{"arrangement": "Extra time", "extra_time_percent": 101}], "extra_time_percent"),
		([{"arrangement": "Extra time", "extra_time_percent": -25}], "extra_time_percent"),
		([{"arrangement": "Scribe", "extra_time_percent": 25}], "extra_time_percent"),
	],
)
def test_bad_arrangements_are_refused_naming_the_field(rows, field):
	with pytest.raises(RuleError) as caught:
		check_arrangements(rows)
	assert caught.value.field == field


def test_good_arrangements_pass():
	check_arrangements([{"arrangement": "Extra time", "extra_time_percent": 1}, {"arrangement": "Reader"}])
	check_arrangements([{"arrangement": "Extra time", "extra_time_percent": 100}])


def test_dates():
	check_dates(TODAY, TODAY, TODAY, TODAY)  # expiring the day it starts
	check_dates(TODAY, None, None, TODAY)
	with pytest.raises(RuleError) as caught:
		check_dates(TODAY, date(2026, 11, 22), None, TODAY)
	assert caught.value.field == "expiry_date"
	with pytest.raises(RuleError) as caught:
		check_dates(TODAY, None, date(2026, 11, 24), TODAY)
	assert caught.value.field == "assessed_on"


def test_in_force_during_the_window_ends_included():
	may_from, may_to = date(2027, 5, 10), date(2027, 5, 13)
	assert in_force(date(2026, 9, 1), None, may_from, may_to)
	assert in_force(may_to, None, may_from, may_to)
	assert in_force(date(2026, 9, 1), may_from, may_from, may_to)
	assert not in_force(date(2026, 9, 1), date(2027, 5, 9), may_from, may_to)
	assert not in_force(date(2027, 5, 14), None, may_from, may_to)


def test_describe():
	assert describe("Extra time", 25.0) == "Extra time 25%"
	assert describe("Extra time", 12.5) == "Extra time 12.5%"
	assert describe("Reader", None) == "Reader"


def test_window_rows_per_pupil_with_year_group_and_flags():
	records = [
		{
			"name": "AA1",
			"student": "S1",
			"student_name": "Zed",
			"school": "A",
			"start_date": date(2026, 9, 1),
			"expiry_date": None,
		},
		{
			"name": "AA2",
			"student": "S2",
			"student_name": "Amy",
			"school": "A",
			"start_date": date(2026, 9, 1),
			"expiry_date": date(2027, 5, 11),
		},
		{
			"name": "AA3",
			"student": "S3",
			"student_name": "Old",
			"school": "A",
			"start_date": date(2025, 9, 1),
			"expiry_date": date(2026, 7, 20),
		},
	]
	items = [
		{"parent": "AA1", "arrangement": "Reader"},
		{"parent": "AA1", "arrangement": "Extra time", "extra_time_percent": 25},
		{"parent": "AA2", "arrangement": "Scribe"},
		{"parent": "AA3", "arrangement": "Reader"},
	]
	rows = window_rows(records, items, {"S1": "Year 6", "S2": "Year 5"}, date(2027, 5, 10), date(2027, 5, 13))
	got = [
		(
			r["name"],
			r["year_group"],
			r["arrangement_list"],
			r["extra_time_percent"],
			r["reader"],
			r["scribe"],
			r["expires_in_window"],
		)
		for r in rows
	]
	assert got == [
		("AA2", "Year 5", "Scribe", 0, 0, 1, 1),
		("AA1", "Year 6", "Reader, Extra time 25%", 25, 1, 0, 0),
	]
	assert arrangement_counts(rows) == [("Extra time", 1), ("Reader", 1), ("Scribe", 1)]
	assert window_rows([], [], {}, date(2027, 5, 10), date(2027, 5, 13)) == []
