from datetime import date
from datetime import timedelta

import pytest

from senco_app.rules import RuleError
from senco_app.rules.register import check_dates
from senco_app.rules.register import check_effective_date
from senco_app.rules.register import next_history
from senco_app.rules.register import period_start
from senco_app.rules.register import row_at
from senco_app.rules.register import state

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


# Effective dates: changes recorded after the fact (issue 11)

SEP1, OCT1 = date(2026, 9, 1), date(2026, 10, 1)
K_ASD = state("SEN Support", [{"need_type": "SLCN", "rank": 1}, {"need_type": "ASD", "rank": 2}])
E_ASD = state("EHC Plan", [{"need_type": "SLCN", "rank": 1}, {"need_type": "ASD", "rank": 2}])
K_SEMH = state("SEN Support", [{"need_type": "SEMH", "rank": 1}])


def periods(rows):
	return [(r["census_code"], r["needs"], r["from_date"], r["to_date"]) for r in rows]


def k_then_needs_change():
	"""K [SLCN] from 1 Sep, K [SLCN, ASD] from 1 Oct (open)."""
	rows = next_history([], K, SEP1, SEP1)
	return next_history(rows, K_ASD, OCT1, SEP1)


def test_backdated_provision_change_keeps_a_later_needs_change():
	rows = next_history(k_then_needs_change(), E_ASD, date(2026, 9, 15), SEP1)
	assert periods(rows) == [
		("K", "SLCN", SEP1, date(2026, 9, 14)),
		("E", "SLCN", date(2026, 9, 15), date(2026, 9, 30)),
		("E", "SLCN, ASD", OCT1, None),
	]
	# derived fields follow the state of each period
	assert [(r["primary_need"], r["secondary_need"]) for r in rows] == [
		("SLCN", None),
		("SLCN", None),
		("SLCN", "ASD"),
	]


def test_backdated_before_an_earlier_change_of_the_same_field_supersedes_it():
	rows = next_history(k_then_needs_change(), K_SEMH, date(2026, 9, 15), SEP1)
	assert periods(rows) == [
		("K", "SLCN", SEP1, date(2026, 9, 14)),
		("K", "SEMH", date(2026, 9, 15), None),
	]


def test_backdated_to_the_first_day_of_an_earlier_period_replaces_it_and_merges():
	rows = next_history(k_then_needs_change(), E_ASD, SEP1, SEP1)
	assert periods(rows) == [("E", "SLCN", SEP1, date(2026, 9, 30)), ("E", "SLCN, ASD", OCT1, None)]


def test_an_effective_date_without_a_change_redates_nothing_unless_asked():
	rows = k_then_needs_change()
	assert next_history(rows, K_ASD, date(2026, 9, 20), SEP1) == rows
	# asked (the SENCO gave the date on purpose): the latest change moves, earlier or later
	earlier = next_history(rows, K_ASD, date(2026, 9, 20), SEP1, redate=True)
	assert periods(earlier) == [
		("K", "SLCN", SEP1, date(2026, 9, 19)),
		("K", "SLCN, ASD", date(2026, 9, 20), None),
	]
	later = next_history(rows, K_ASD, date(2026, 10, 9), SEP1, redate=True)
	assert periods(later) == [
		("K", "SLCN", SEP1, date(2026, 10, 8)),
		("K", "SLCN, ASD", date(2026, 10, 9), None),
	]
	# moved before an earlier change of the same kind: that one is superseded
	three = next_history(rows, K_SEMH, date(2026, 11, 1), SEP1)
	moved = next_history(three, K_SEMH, date(2026, 9, 10), SEP1, redate=True)
	assert periods(moved) == [("K", "SLCN", SEP1, date(2026, 9, 9)), ("K", "SEMH", date(2026, 9, 10), None)]
	# one period: nothing to move
	single = next_history([], K, SEP1, SEP1)
	assert next_history(single, K, date(2026, 9, 20), SEP1, redate=True) == single


def test_backdated_to_the_start_date_rewrites_the_whole_history():
	rows = next_history(k_then_needs_change(), state("Monitoring", []), SEP1, SEP1)
	assert periods(rows) == [("N", "", SEP1, None)]


def test_same_day_backdated_change_into_the_latest_period():
	rows = next_history(k_then_needs_change(), E_ASD, OCT1, SEP1)
	assert periods(rows) == [("K", "SLCN", SEP1, date(2026, 9, 30)), ("E", "SLCN, ASD", OCT1, None)]
	# and a change dated inside the latest period cuts it
	rows = next_history(k_then_needs_change(), E_ASD, date(2026, 10, 20), SEP1)
	assert periods(rows)[-2:] == [
		("K", "SLCN, ASD", OCT1, date(2026, 10, 19)),
		("E", "SLCN, ASD", date(2026, 10, 20), None),
	]


def test_backdated_change_before_the_start_is_refused():
	with pytest.raises(RuleError) as err:
		next_history(k_then_needs_change(), E_ASD, date(2026, 8, 31), SEP1)
	assert err.value.field == "effective_date"


def test_backdated_change_into_a_closed_record():
	closed = next_history(k_then_needs_change(), K_ASD, TODAY, SEP1, end_date=date(2026, 11, 1))
	rows = next_history(closed, E_ASD, date(2026, 10, 15), SEP1, end_date=date(2026, 11, 1))
	assert periods(rows) == [
		("K", "SLCN", SEP1, date(2026, 9, 30)),
		("K", "SLCN, ASD", OCT1, date(2026, 10, 14)),
		("E", "SLCN, ASD", date(2026, 10, 15), date(2026, 11, 1)),
	]
	with pytest.raises(RuleError) as err:
		next_history(closed, E_ASD, date(2026, 11, 2), SEP1, end_date=date(2026, 11, 1))
	assert err.value.field == "effective_date"


def test_closing_with_a_backdated_change_in_the_same_save():
	rows = next_history(k_then_needs_change(), E_ASD, date(2026, 10, 10), SEP1, end_date=date(2026, 11, 1))
	assert periods(rows)[-1] == ("E", "SLCN, ASD", date(2026, 10, 10), date(2026, 11, 1))


def test_backdated_change_across_a_closed_gap_keeps_the_gap():
	closed = next_history(k_then_needs_change(), K_ASD, TODAY, SEP1, end_date=date(2026, 10, 10))
	reopened = next_history(closed, K_ASD, date(2026, 11, 1), SEP1)
	rows = next_history(reopened, E_ASD, date(2026, 10, 5), SEP1)
	assert periods(rows) == [
		("K", "SLCN", SEP1, date(2026, 9, 30)),
		("K", "SLCN, ASD", OCT1, date(2026, 10, 4)),
		("E", "SLCN, ASD", date(2026, 10, 5), date(2026, 10, 10)),
		("E", "SLCN, ASD", date(2026, 11, 1), None),
	]


def test_redating_an_unchanged_field_with_fields():
	"""An EHC plan entered late: the register is already E from the day it was typed; E from the
	issue date is asked for explicitly."""
	rows = next_history([], K, SEP1, SEP1)
	rows = next_history(rows, E, date(2026, 11, 20), SEP1)
	rows = next_history(rows, E, date(2026, 10, 24), SEP1, fields=("sen_provision",))
	assert periods(rows) == [("K", "SLCN", SEP1, date(2026, 10, 23)), ("E", "SLCN", date(2026, 10, 24), None)]
	# nothing to change: the same rows
	assert next_history(rows, E, date(2026, 10, 24), SEP1, fields=("sen_provision",)) == rows


def test_ceasing_ends_the_period_on_the_cease_date():
	rows = next_history([], E, SEP1, SEP1)
	ceased = date(2026, 11, 22)
	rows = next_history(rows, K, ceased + timedelta(days=1), SEP1)
	assert periods(rows) == [("E", "SLCN", SEP1, ceased), ("K", "SLCN", ceased + timedelta(days=1), None)]
	assert row_at(rows, ceased)["census_code"] == "E"


@pytest.mark.parametrize(
	"effective, end, field_ok",
	[
		(date(2026, 11, 23), None, False),
		(date(2026, 8, 31), None, False),
		(date(2026, 10, 2), date(2026, 10, 1), False),
		(date(2026, 9, 1), None, True),
		(TODAY, None, True),
		(None, None, True),
		(date(2026, 10, 1), date(2026, 10, 1), True),
	],
)
def test_check_effective_date(effective, end, field_ok):
	if field_ok:
		check_effective_date(TODAY, effective, SEP1, end)
		return
	with pytest.raises(RuleError) as err:
		check_effective_date(TODAY, effective, SEP1, end)
	assert err.value.field == "effective_date"


def test_period_start():
	rows = next_history([], K, SEP1, SEP1)
	assert period_start(rows, "sen_provision", "SEN Support") == SEP1
	assert period_start(rows, "sen_provision", "EHC Plan") is None
	rows = next_history(rows, E, OCT1, SEP1)
	rows = next_history(rows, E_ASD, date(2026, 11, 1), SEP1)
	assert period_start(rows, "sen_provision", "EHC Plan") == OCT1
	assert period_start([], "sen_provision", "EHC Plan") is None
	# a gap (closed, reopened) starts a new run
	closed = next_history(rows, E_ASD, TODAY, SEP1, end_date=date(2026, 11, 5))
	reopened = next_history(closed, E_ASD, date(2026, 11, 20), SEP1)
	assert period_start(reopened, "sen_provision", "EHC Plan") == date(2026, 11, 20)
