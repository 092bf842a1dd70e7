from datetime import date

from senco_app.rules.review_reports import compliance_rows
from senco_app.rules.review_reports import outcome_rows
from senco_app.rules.review_reports import outcome_summary
from senco_app.rules.review_reports import reviews_due_rows

AS_AT = date(2026, 11, 22)


def test_reviews_due_window_and_order():
	records = [
		{"name": "R1", "student": "S1", "student_name": "Ann", "next_review_due": date(2026, 11, 20)},
		{"name": "R2", "student": "S2", "student_name": "Ben", "next_review_due": date(2026, 12, 22)},
		{"name": "R3", "student": "S3", "student_name": "Cat", "next_review_due": date(2026, 12, 23)},
		{"name": "R4", "student": "S4", "student_name": "Dan", "next_review_due": None},
		{"name": "R5", "student": "S5", "student_name": "Eve", "next_review_due": AS_AT},
	]
	rows = reviews_due_rows(records, AS_AT, 30, {"S1": "Year 3"})
	assert [(r["name"], r["days_overdue"], r["review_status"]) for r in rows] == [
		("R1", 2, "Overdue"),
		("R5", 0, "Due"),
		("R2", 0, "Due"),
	]
	assert rows[0]["year_group"] == "Year 3"
	assert reviews_due_rows([], AS_AT, 30, {}) == []


def test_compliance_grouped_by_school_and_year():
	records = [
		{"school": "A", "student": "S1", "active_iep": "P1", "parent_meetings_12m": 3},
		{"school": "A", "student": "S2", "active_iep": None, "parent_meetings_12m": 1},
		{"school": "A", "student": "S3", "active_iep": "P3", "parent_meetings_12m": 0},
		{"school": "B", "student": "S4", "active_iep": "P4", "parent_meetings_12m": 5},
	]
	years = {"S1": "Year 3", "S2": "Year 3", "S3": "Year 4", "S4": "Year 7"}
	assert compliance_rows(records, {"P3", "P4"}, years, 3) == [
		{
			"school": "A",
			"year_group": "Year 3",
			"on_register": 2,
			"without_plan": 1,
			"plan_overdue": 0,
			"few_parent_meetings": 1,
		},
		{
			"school": "A",
			"year_group": "Year 4",
			"on_register": 1,
			"without_plan": 0,
			"plan_overdue": 1,
			"few_parent_meetings": 1,
		},
		{
			"school": "B",
			"year_group": "Year 7",
			"on_register": 1,
			"without_plan": 0,
			"plan_overdue": 1,
			"few_parent_meetings": 0,
		},
	]
	assert compliance_rows([], set(), {}, 3) == []


def test_outcomes_by_area():
	targets = [
		{"area_of_need": "Cognition and learning", "outcome": "Met"},
		{"area_of_need": "Cognition and learning", "outcome": "Exceeded"},
		{"area_of_need": "Cognition and learning", "outcome": "Not met"},
		{"area_of_need": "Cognition and learning", "outcome": None},
		{"area_of_need": None, "outcome": "Partially met"},
	]
	rows = outcome_rows(targets, "area_of_need")
	assert rows == [
		{
			"group": "(not set)",
			"targets": 1,
			"Not met": 0,
			"Partially met": 1,
			"Met": 0,
			"Exceeded": 0,
			"No outcome yet": 0,
			"met_percent": 0.0,
		},
		{
			"group": "Cognition and learning",
			"targets": 4,
			"Not met": 1,
			"Partially met": 0,
			"Met": 1,
			"Exceeded": 1,
			"No outcome yet": 1,
			"met_percent": 66.7,
		},
	]
	assert outcome_rows([], "area_of_need") == []


def test_outcomes_by_intervention_count_a_target_under_each_provision_of_its_plan():
	targets = [
		{"outcome": "Met", "provisions": ["Reading group", "Talk boost"]},
		{"outcome": "Not met", "provisions": ["Reading group"]},
		{"outcome": None, "provisions": []},
	]
	rows = outcome_rows(targets, "provisions")
	assert [
		(r["group"], r["targets"], r["Met"], r["Not met"], r["No outcome yet"], r["met_percent"])
		for r in rows
	] == [
		("(not set)", 1, 0, 0, 1, 0.0),
		("Reading group", 2, 1, 1, 0, 50.0),
		("Talk boost", 1, 1, 0, 0, 100.0),
	]
	# the totals count each target once: 3 targets, 2 with an outcome, 1 of them met
	assert outcome_summary(targets) == {"targets": 3, "with_outcome": 2, "met_percent": 50.0}
	assert outcome_summary([]) == {"targets": 0, "with_outcome": 0, "met_percent": 0.0}


def test_outcomes_counted_in_the_query_give_the_same_rows():
	one_by_one = [
		{"area_of_need": "C&I", "outcome": "Met"},
		{"area_of_need": "C&I", "outcome": "Met"},
		{"area_of_need": "C&I", "outcome": None},
		{"area_of_need": "SEMH", "outcome": "Not met"},
	]
	counted = [
		{"area_of_need": "C&I", "outcome": "Met", "count": 2},
		{"area_of_need": "C&I", "outcome": None, "count": 1},
		{"area_of_need": "SEMH", "outcome": "Not met", "count": 1},
	]
	assert outcome_rows(counted, "area_of_need") == outcome_rows(one_by_one, "area_of_need")
	assert outcome_summary(counted) == outcome_summary(one_by_one)


def test_compliance_does_not_flag_enough_meetings():
	records = [{"school": "A", "student": "S1", "active_iep": "P1", "parent_meetings_12m": None}]
	assert compliance_rows(records, set(), {}, 3)[0]["few_parent_meetings"] == 1
	records[0]["parent_meetings_12m"] = 4
	assert compliance_rows(records, set(), {}, 3)[0]["few_parent_meetings"] == 0


def test_compliance_year_groups_in_number_order():
	records = [
		{"school": "A", "student": s, "active_iep": "P", "parent_meetings_12m": 3} for s in ("S1", "S2", "S3")
	]
	years = {"S1": "Year 10", "S2": "Year 2", "S3": "Year 9"}
	rows = compliance_rows(records, set(), years, 3)
	assert [r["year_group"] for r in rows] == ["Year 2", "Year 9", "Year 10"]
