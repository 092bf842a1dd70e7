from datetime import date

import pytest

from senco_app.rules import RuleError
from senco_app.rules.provision import busiest_week
from senco_app.rules.provision import check_entry
from senco_app.rules.provision import check_pupils
from senco_app.rules.provision import cost_in_period
from senco_app.rules.provision import costing
from senco_app.rules.provision import progress
from senco_app.rules.provision import weekly_minutes
from senco_app.rules.provision import weeks_between


@pytest.mark.parametrize(
	"start, end, weeks",
	[
		(date(2026, 9, 7), date(2026, 9, 7), 1),
		(date(2026, 9, 7), date(2026, 10, 16), 6),  # 40 days: 5.7 weeks
		(date(2027, 1, 4), date(2027, 3, 26), 12),  # 82 days: 11.7
		(date(2026, 9, 1), date(2026, 9, 10), 1),  # 10 days: 1.43
		(date(2026, 9, 1), date(2026, 9, 11), 2),  # 11 days: 1.57
		(date(2028, 2, 1), date(2028, 2, 29), 4),  # leap February: 29 days
	],
)
def test_weeks(start, end, weeks):
	assert weeks_between(start, end) == weeks


def test_costing_hand_worked():
	# 3 sessions x 30 minutes x 12 weeks = 18 hours; x 15.00 = 270.00; / 4 pupils = 67.50
	assert costing(3, 30, 12, 15.0, 4) == {"total_hours": 18.0, "total_cost": 270.0, "cost_per_pupil": 67.5}
	assert costing(1, 20, 10, 22.5, 0)["cost_per_pupil"] == 0.0
	assert costing(2, 45, 1, 0, 1)["total_cost"] == 0.0


def test_progress_direction():
	assert progress(84, 96) == 12
	assert progress(30, 22, higher_is_better=False) == 8
	assert progress(None, 5) is None and progress(5, None) is None


def test_entry_checks():
	check_entry(date(2026, 9, 1), date(2026, 12, 1), 2, 30, 15.0, 12)
	with pytest.raises(RuleError) as caught:
		check_entry(date(2026, 9, 1), date(2026, 8, 1), 2, 30, 15.0, None)
	assert caught.value.field == "end_date"
	with pytest.raises(RuleError) as caught:
		check_entry(date(2026, 9, 1), date(2026, 9, 1), 0, 30, 15.0, None)
	assert caught.value.field == "sessions_per_week"
	with pytest.raises(RuleError) as caught:
		check_entry(date(2026, 9, 1), date(2026, 9, 1), 1, -5, 15.0, None)
	assert caught.value.field == "minutes_per_session"
	with pytest.raises(RuleError) as caught:
		check_entry(date(2026, 9, 1), date(2026, 9, 1), 1, 5, -1, None)
	assert caught.value.field == "cost_per_hour"
	with pytest.raises(RuleError) as caught:
		check_entry(date(2026, 9, 1), date(2026, 9, 1), 1, 5, 0, None)
	assert caught.value.field == "cost_per_hour"


def test_pupil_checks():
	check_pupils([{"student": "S1", "entry_score": 5, "exit_score": 7}, {"student": "S2"}])
	with pytest.raises(RuleError) as caught:
		check_pupils([{"student": "S1"}, {"student": "S1"}])
	assert caught.value.field == "pupils"
	with pytest.raises(RuleError) as caught:
		check_pupils([{"student": "S1", "entry_score": None, "exit_score": 3}])
	assert caught.value.field == "pupils"
	with pytest.raises(RuleError) as caught:
		check_pupils([{"student": "S1", "entry_date": date(2026, 9, 1), "exit_date": date(2026, 8, 1)}])
	assert caught.value.field == "pupils"


def test_staff_weekly_minutes():
	entries = [
		{
			"sessions_per_week": 5,
			"minutes_per_session": 60,
			"start_date": date(2026, 9, 7),
			"end_date": date(2026, 12, 18),
		},
		{
			"sessions_per_week": 3,
			"minutes_per_session": 30,
			"start_date": date(2026, 10, 5),
			"end_date": date(2026, 10, 23),
		},
	]
	assert weekly_minutes(entries, date(2026, 9, 7)) == 300
	assert weekly_minutes(entries, date(2026, 10, 12)) == 390
	assert weekly_minutes(entries, date(2027, 1, 4)) == 0
	assert busiest_week(entries, date(2026, 9, 9), date(2026, 12, 18)) == (date(2026, 10, 5), 390)


def test_cost_in_period():
	assert (
		cost_in_period(100, date(2026, 9, 1), date(2026, 9, 10), date(2026, 9, 1), date(2027, 8, 31)) == 100
	)
	assert cost_in_period(100, date(2026, 8, 27), date(2026, 9, 5), date(2026, 9, 1), date(2027, 8, 31)) == 50
	assert cost_in_period(100, date(2025, 9, 1), date(2025, 9, 5), date(2026, 9, 1), date(2027, 8, 31)) == 0
