from datetime import date
from datetime import timedelta

import pytest

from senco_app.rules import RuleError
from senco_app.rules.accessibility import area_status_counts
from senco_app.rules.accessibility import check_actions
from senco_app.rules.accessibility import check_adjustment_dates
from senco_app.rules.accessibility import check_plan_period
from senco_app.rules.accessibility import progress_rows
from senco_app.rules.accessibility import progress_summary

TODAY = date(2026, 11, 23)
PLAN_FROM, PLAN_TO = date(2025, 9, 1), date(2028, 8, 31)


def day(n):
	return TODAY + timedelta(days=n)


def test_adjustment_dates():
	check_adjustment_dates(TODAY, day(90), TODAY)
	check_adjustment_dates(day(-10), None, TODAY)
	for agreed, review, field in (
		(day(1), None, "date_agreed"),
		(day(-10), day(-10), "review_date"),
		(day(-10), day(-11), "review_date"),
	):
		with pytest.raises(RuleError) as e:
			check_adjustment_dates(agreed, review, TODAY)
		assert e.value.field == field


def test_plan_period_ends_after_it_starts():
	check_plan_period(PLAN_FROM, PLAN_TO)
	with pytest.raises(RuleError) as e:
		check_plan_period(PLAN_FROM, PLAN_FROM)
	assert e.value.field == "plan_to"


def action(**values):
	return {"start_date": day(-30), "target_date": day(30), "status": "In progress", **values}


@pytest.mark.parametrize(
	"values, field",
	[
		({"target_date": day(-31)}, "target_date"),
		({"start_date": date(2025, 8, 31)}, "start_date"),  # a day before the plan
		({"target_date": date(2028, 9, 1)}, "target_date"),  # a day after it
		({"status": "Done"}, "completion_date"),
		({"status": "In progress", "completion_date": day(-1)}, "completion_date"),
		({"status": "Done", "completion_date": day(1)}, "completion_date"),
		({"status": "Done", "completion_date": day(-31)}, "completion_date"),
	],
)
def test_bad_actions_are_refused_naming_the_field(values, field):
	with pytest.raises(RuleError) as e:
		check_actions(PLAN_FROM, PLAN_TO, [action(), action(**values)], TODAY)
	assert e.value.field == field
	assert "row 2" in str(e.value)


def test_good_actions_pass():
	check_actions(
		PLAN_FROM,
		PLAN_TO,
		[
			action(),
			action(start_date=PLAN_FROM, target_date=PLAN_FROM),  # same day, first day of the plan
			action(status="Done", completion_date=TODAY),
			action(status="Dropped", target_date=PLAN_TO),
		],
		TODAY,
	)


def plan_actions():
	"""Hand-worked: 6 actions at school A. Not counted Dropped: 5, of which 2 Done -> 40.0 %.
	Overdue (target before today, not Done or Dropped): the curriculum action due 10 days ago and the
	information action due yesterday; the environment action due today is not yet overdue."""
	a = {"school": "A", "plan": "P1"}
	return [
		{
			**a,
			"area": "Physical environment",
			"status": "Not started",
			"start_date": day(-5),
			"target_date": day(0),
		},
		{**a, "area": "Curriculum", "status": "In progress", "start_date": day(-60), "target_date": day(-10)},
		{**a, "area": "Curriculum", "status": "Done", "start_date": day(-60), "target_date": day(-20)},
		{**a, "area": "Information", "status": "Not started", "start_date": day(-30), "target_date": day(-1)},
		{**a, "area": "Information", "status": "Done", "start_date": day(-30), "target_date": day(40)},
		{
			**a,
			"area": "Physical environment",
			"status": "Dropped",
			"start_date": day(-90),
			"target_date": day(-50),
		},
	]


def test_progress_rows_flag_overdue_actions_in_the_plans_order():
	frame = progress_rows(plan_actions(), TODAY)
	assert list(
		zip(frame["area"], frame["target_date"], frame["overdue"], frame["days_overdue"], strict=True)
	) == [
		("Curriculum", day(-20), 0, 0),
		("Curriculum", day(-10), 1, 10),
		("Physical environment", day(-50), 0, 0),  # dropped: never overdue
		("Physical environment", day(0), 0, 0),
		("Information", day(-1), 1, 1),
		("Information", day(40), 0, 0),
	]


def test_counts_by_area_and_status_and_the_summary():
	frame = progress_rows(plan_actions(), TODAY)
	counts = area_status_counts(frame)
	assert counts.to_dict("index") == {
		"Curriculum": {"Not started": 0, "In progress": 1, "Done": 1, "Dropped": 0},
		"Physical environment": {"Not started": 1, "In progress": 0, "Done": 0, "Dropped": 1},
		"Information": {"Not started": 1, "In progress": 0, "Done": 1, "Dropped": 0},
	}
	assert progress_summary(frame) == {
		"actions": 6,
		"Not started": 2,
		"In progress": 1,
		"Done": 2,
		"Dropped": 1,
		"overdue": 2,
		"percent_done": 40.0,
	}


def test_no_actions():
	frame = progress_rows([], TODAY)
	assert len(frame) == 0
	assert area_status_counts(frame).to_numpy().sum() == 0
	assert progress_summary(frame)["percent_done"] == 0.0
	only_dropped = progress_rows([{**plan_actions()[5]}], TODAY)
	assert progress_summary(only_dropped)["percent_done"] == 0.0
