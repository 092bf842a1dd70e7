from datetime import date

import pytest

from senco_app.rules import RuleError
from senco_app.rules.reviews import check_outcomes
from senco_app.rules.reviews import check_plan_dates
from senco_app.rules.reviews import check_provisions
from senco_app.rules.reviews import check_review_dates
from senco_app.rules.reviews import check_targets
from senco_app.rules.reviews import days_overdue
from senco_app.rules.reviews import meetings_in_last_year
from senco_app.rules.reviews import next_review_due
from senco_app.rules.reviews import provision_frequency
from senco_app.rules.reviews import too_few_parent_meetings

TODAY = date(2026, 11, 22)


def test_next_review_due_order_of_rules():
	assert next_review_due(date(2026, 10, 1), date(2027, 1, 15), date(2026, 12, 1), date(2026, 1, 1)) == date(
		2027, 1, 15
	)
	assert next_review_due(date(2026, 10, 1), None, date(2026, 12, 1)) == date(2027, 2, 1)
	assert next_review_due(None, None, date(2026, 12, 1), date(2026, 1, 1)) == date(2026, 12, 1)
	assert next_review_due(None, None, None, date(2026, 9, 3)) == date(2027, 1, 3)
	assert next_review_due() is None


def test_cycle_across_a_school_year_and_month_ends():
	# summer term review 10 July: the next is due 10 November, in the next school year
	assert next_review_due(date(2026, 7, 10)) == date(2026, 11, 10)
	assert next_review_due(date(2026, 10, 31)) == date(2027, 2, 28)
	assert next_review_due(date(2027, 10, 31)) == date(2028, 2, 29)
	assert next_review_due(date(2026, 10, 31), cycle_months=6) == date(2027, 4, 30)
	with pytest.raises(RuleError) as caught:
		next_review_due(date(2026, 10, 31), cycle_months=0)
	assert caught.value.field == "review_cycle_months"


def test_days_overdue():
	assert days_overdue(date(2026, 11, 20), TODAY) == 2
	assert days_overdue(date(2026, 11, 22), TODAY) == 0
	assert days_overdue(date(2026, 12, 1), TODAY) == 0
	assert days_overdue(None, TODAY) == 0


def test_parent_meetings_in_the_last_twelve_months():
	dates = [
		date(2025, 11, 22),
		date(2025, 11, 23),
		date(2026, 3, 1),
		date(2026, 3, 1),
		date(2026, 11, 22),
		date(2026, 11, 30),
		None,
	]
	# 22 Nov 2025 is exactly twelve months back: outside; 30 Nov 2026 is after the date: outside
	assert meetings_in_last_year(dates, TODAY) == 3
	assert meetings_in_last_year([], TODAY) == 0
	assert meetings_in_last_year([date(2024, 2, 29)], date(2025, 2, 28)) == 1
	assert too_few_parent_meetings(2) and not too_few_parent_meetings(3)
	assert not too_few_parent_meetings(2, required=2)


def test_parent_meetings_flag_is_for_pupils_receiving_sen_provision():
	assert too_few_parent_meetings(0, 3, "SEN Support")
	assert too_few_parent_meetings(2, 3, "EHC Plan")
	assert not too_few_parent_meetings(0, 3, "Monitoring")
	assert not too_few_parent_meetings(3, 3, "SEN Support")


def test_meetings_counted_across_a_school_year_boundary_and_leap_day():
	# as at 1 Oct 2027 (autumn term of the next school year): meetings from 2 Oct 2026 count
	meetings = [date(2026, 10, 1), date(2026, 10, 2), date(2027, 2, 10), date(2027, 7, 20)]
	assert meetings_in_last_year(meetings, date(2027, 10, 1)) == 3
	# twelve months back from 29 Feb 2028 is 28 Feb 2027: a meeting that day is outside
	assert meetings_in_last_year([date(2027, 2, 28), date(2027, 3, 1)], date(2028, 2, 29)) == 1


def test_plan_dates_and_targets():
	check_plan_dates(date(2026, 9, 1), date(2026, 12, 1))
	with pytest.raises(RuleError) as err:
		check_plan_dates(date(2026, 9, 1), date(2026, 8, 31))
	assert err.value.field == "review_date"
	assert err.value.field == "review_date"
	check_targets([{"target": "Read 20 high-frequency words"}], for_submit=True)
	with pytest.raises(RuleError) as caught:
		check_targets([{"target": "x"}, {"target": "  "}])
	assert caught.value.field == "targets"
	check_targets([])
	with pytest.raises(RuleError) as caught:
		check_targets([], for_submit=True)
	assert caught.value.field == "targets"


def test_provision_frequency():
	assert provision_frequency(3, 30) == "3 x 30 min a week"
	assert provision_frequency(5, None) == "5 a week"
	assert provision_frequency(0, 30) == ""
	assert provision_frequency(None, None) == ""


def test_linked_provisions_are_the_pupils_entries_of_the_school():
	entries = {
		"PME-1": {"school_ok": True, "students": {"S1", "S2"}},
		"PME-2": {"school_ok": False, "students": {"S1"}},
	}
	check_provisions([{"provision": "Talk group"}, {"provision_map_entry": "PME-1"}], "S1", entries)
	check_provisions([], "S1", entries)
	with pytest.raises(RuleError) as err:
		check_provisions([{"provision": "x"}, {"provision_map_entry": "PME-1"}], "S3", entries)
	assert err.value.field == "provisions"
	assert err.value.field == "provisions"
	with pytest.raises(RuleError) as caught:
		check_provisions([{"provision_map_entry": "PME-2"}], "S1", entries)
	assert caught.value.field == "provisions"
	with pytest.raises(RuleError) as caught:
		check_provisions([{"provision_map_entry": "PME-9"}], "S1", entries)
	assert caught.value.field == "provisions"


def test_review_dates():
	check_review_dates(TODAY, date(2027, 3, 1), TODAY, submitting=True)
	check_review_dates(date(2026, 12, 1), None, TODAY, submitting=False)
	with pytest.raises(RuleError) as caught:
		check_review_dates(date(2026, 12, 1), None, TODAY, submitting=True)
	assert caught.value.field == "meeting_date"
	with pytest.raises(RuleError) as caught:
		check_review_dates(TODAY, TODAY, TODAY, submitting=False)
	assert caught.value.field == "next_review_date"


def test_outcomes_belong_to_the_plan():
	check_outcomes(
		[{"iep_target": "t1", "outcome": "Met"}, {"iep_target": "t2", "outcome": ""}], {"t1", "t2"}
	)
	with pytest.raises(RuleError) as caught:
		check_outcomes([{"iep_target": "tX", "outcome": "Met"}], {"t1"})
	assert caught.value.field == "target_outcomes"
	with pytest.raises(RuleError) as caught:
		check_outcomes([{"iep_target": "t1", "outcome": "Brilliant"}], {"t1"})
	assert caught.value.field == "target_outcomes"


def test_monitoring_has_no_sen_reviews():
	from senco_app.rules.reviews import has_sen_reviews

	assert has_sen_reviews("SEN Support") and has_sen_reviews("EHC Plan")
	assert not has_sen_reviews("Monitoring")
