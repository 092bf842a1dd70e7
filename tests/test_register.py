from datetime import date

import pytest

from senco_app.rules import RuleError
from senco_app.rules.register import check_dates, next_history, row_at, state

TODAY = date(2026, 11, 22)
K = state("SEN Support", [{"need_type": "SLCN", "rank": 1}])
E = state("EHC Plan", [{"need_type": "SLCN", "rank": 1}])
K2 = state("SEN Support", [{"need_type": "SLCN", "rank": 2}, {"need_type": "ASD", "rank": 1}])


def test_state():
	assert K2 == {
		"sen_provision": "SEN Support",
		"census_code": "K",
		"needs": "ASD, SLCN",
		"primary_need": "ASD",
		"secondary_need": "SLCN",
	}


@pytest.mark.parametrize(
	"kwargs, message, field",
	[
		({"start_date": None}, "Start Date is required", "start_date"),
		({"start_date": date(2026, 11, 23)}, "Start Date cannot be in the future", "start_date"),
		(
			{"date_identified": date(2026, 11, 23)},
			"Date Identified cannot be in the future",
			"date_identified",
		),
		(
			{"end_date": date(2026, 11, 23), "end_reason": "Other"},
			"End Date cannot be in the future",
			"end_date",
		),
		(
			{"end_date": date(2026, 8, 31), "end_reason": "Other"},
			"End Date cannot be before Start Date",
			"end_date",
		),
		({"end_date": date(2026, 10, 1)}, "End Reason is required", "end_reason"),
	],
)
def test_bad_dates(kwargs, message, field):
	args = {"start_date": date(2026, 9, 1), **kwargs}
	with pytest.raises(RuleError) as err:
		check_dates(TODAY, **args)
	assert err.value.field == field


def test_good_dates():
	check_dates(TODAY, date(2026, 9, 1), date(2026, 7, 1), TODAY, "Left the school")
	check_dates(TODAY, TODAY)
	check_dates(date(2024, 2, 29), date(2024, 2, 29), date(2024, 2, 29))


def test_first_history_row_starts_on_the_start_date():
	rows = next_history([], K, TODAY, date(2026, 9, 1))
	assert rows == [{**K, "from_date": date(2026, 9, 1), "to_date": None}]


def test_change_closes_the_open_row_the_day_before():
	rows = next_history([], K, date(2026, 9, 1), date(2026, 9, 1))
	rows = next_history(rows, E, date(2026, 3, 1).replace(year=2027), date(2026, 9, 1))
	assert [(r["sen_provision"], r["from_date"], r["to_date"]) for r in rows] == [
		("SEN Support", date(2026, 9, 1), date(2027, 2, 28)),
		("EHC Plan", date(2027, 3, 1), None),
	]


def test_leap_year_day_before():
	rows = next_history([], K, date(2024, 1, 10), date(2024, 1, 10))
	rows = next_history(rows, E, date(2024, 3, 1), date(2024, 1, 10))
	assert rows[0]["to_date"] == date(2024, 2, 29)


def test_needs_change_is_history_but_other_edits_are_not():
	rows = next_history([], K, date(2026, 9, 1), date(2026, 9, 1))
	assert next_history(rows, dict(K), TODAY, date(2026, 9, 1)) == rows
	rows = next_history(rows, K2, TODAY, date(2026, 9, 1))
	assert [r["needs"] for r in rows] == ["SLCN", "ASD, SLCN"]


def test_same_day_change_replaces_the_open_row():
	rows = next_history([], K, TODAY, TODAY)
	rows = next_history(rows, E, TODAY, TODAY)
	assert len(rows) == 1 and rows[0]["sen_provision"] == "EHC Plan"


def test_closing_and_reopening():
	start = date(2026, 9, 1)
	rows = next_history([], K, start, start)
	closed = next_history(rows, K, TODAY, start, end_date=date(2026, 11, 1))
	assert closed[-1]["to_date"] == date(2026, 11, 1)
	reopened = next_history(closed, E, TODAY, start)
	assert [(r["from_date"], r["to_date"]) for r in reopened] == [
		(start, date(2026, 11, 1)),
		(TODAY, None),
	]


def test_end_before_the_last_change_is_refused():
	rows = next_history([], K, date(2026, 9, 1), date(2026, 9, 1))
	rows = next_history(rows, E, date(2026, 11, 1), date(2026, 9, 1))
	with pytest.raises(RuleError) as err:
		next_history(rows, E, TODAY, date(2026, 9, 1), end_date=date(2026, 10, 15))
	assert err.value.field == "end_date"
	assert err.value.field == "end_date"


def test_moving_the_start_date():
	rows = next_history([], K, date(2026, 9, 1), date(2026, 9, 1))
	moved = next_history(rows, K, TODAY, date(2026, 6, 1))
	assert moved[0]["from_date"] == date(2026, 6, 1)
	rows = next_history(rows, E, date(2026, 10, 1), date(2026, 9, 1))
	with pytest.raises(RuleError) as caught:
		next_history(rows, E, TODAY, date(2026, 10, 5))
	assert caught.value.field == "start_date"


def test_input_rows_are_not_modified():
	rows = next_history([], K, date(2026, 9, 1), date(2026, 9, 1))
	snapshot = [dict(r) for r in rows]
	next_history(rows, E, TODAY, date(2026, 9, 1), end_date=TODAY)
	assert rows == snapshot


def test_row_at():
	rows = next_history([], K, date(2026, 9, 1), date(2026, 9, 1))
	rows = next_history(rows, E, date(2026, 10, 1), date(2026, 9, 1))
	assert row_at(rows, date(2026, 8, 31)) is None
	assert row_at(rows, date(2026, 9, 1))["sen_provision"] == "SEN Support"
	assert row_at(rows, date(2026, 9, 30))["sen_provision"] == "SEN Support"
	assert row_at(rows, date(2026, 10, 1))["sen_provision"] == "EHC Plan"
	assert row_at(rows, date(2030, 1, 1))["sen_provision"] == "EHC Plan"


def test_same_day_change_undone_merges_back_into_the_earlier_period():
	rows = next_history([], K, date(2026, 9, 1), date(2026, 9, 1))
	rows = next_history(rows, E, TODAY, date(2026, 9, 1))
	assert len(rows) == 2
	rows = next_history(rows, K, TODAY, date(2026, 9, 1))
	assert rows == [{**K, "from_date": date(2026, 9, 1), "to_date": None}]
