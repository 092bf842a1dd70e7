from datetime import date

from senco_app.rules.provision_reports import booked_per_staff
from senco_app.rules.provision_reports import deployment_from_totals
from senco_app.rules.provision_reports import deployment_rows
from senco_app.rules.provision_reports import group_totals
from senco_app.rules.provision_reports import impact_rows
from senco_app.rules.provision_reports import provision_grid
from senco_app.rules.provision_reports import pupil_costs
from senco_app.rules.provision_reports import school_costs
from senco_app.rules.provision_reports import support_per_staff


def test_grid_and_totals():
	placements = [
		{
			"student": "S1",
			"student_name": "Ann",
			"school": "A",
			"year_group": "Year 3",
			"provision": "Lego",
			"hours": 9,
			"cost": 48,
		},
		{
			"student": "S1",
			"student_name": "Ann",
			"school": "A",
			"year_group": "Year 3",
			"provision": "Phonics",
			"hours": 16,
			"cost": 64,
		},
		{
			"student": "S2",
			"student_name": "Ben",
			"school": "A",
			"year_group": "Year 4",
			"provision": "Lego",
			"hours": 9,
			"cost": 48,
		},
	]
	provisions, rows = provision_grid(placements)
	assert provisions == ["Lego", "Phonics"]
	assert [(r["student"], r["Lego"], r["Phonics"], r["total_hours"], r["total_cost"]) for r in rows] == [
		("S1", 9, 16, 25, 112),
		("S2", 9, 0, 9, 48),
	]
	assert group_totals(rows, "year_group") == [("Year 3", 25.0, 112.0), ("Year 4", 9.0, 48.0)]
	assert provision_grid([]) == ([], [])


def test_costs_against_threshold_and_budget():
	year = (date(2026, 9, 1), date(2027, 8, 31))
	placements = [
		{
			"student": "S1",
			"school": "A",
			"cost": 5000,
			"start_date": date(2026, 9, 7),
			"end_date": date(2027, 7, 16),
		},
		{
			"student": "S1",
			"school": "A",
			"cost": 2000,
			"start_date": date(2026, 9, 7),
			"end_date": date(2026, 12, 18),
		},
		{
			"student": "S2",
			"school": "A",
			"cost": 600,
			"start_date": date(2026, 8, 1),
			"end_date": date(2026, 9, 30),
		},  # 30 of 61 days in the year
	]
	rows = pupil_costs(placements, *year, threshold=6000)
	assert [(r["student"], r["cost"], r["above_threshold"]) for r in rows] == [
		("S1", 7000.0, 1),
		("S2", 295.08, 0),
	]
	assert school_costs(rows, {"A": 14590.16}) == [
		{"school": "A", "cost": 7295.08, "pupils": 2, "budget": 14590.16, "budget_used_percent": 50.0}
	]


def test_impact_per_provision():
	placements = [
		{"provision": "Reading", "entry": "E1", "progress": 12, "outcome": "Achieved", "measure": "months"},
		{
			"provision": "Reading",
			"entry": "E1",
			"progress": 4,
			"outcome": "Not achieved",
			"measure": "months",
		},
		{
			"provision": "Reading",
			"entry": "E1",
			"progress": None,
			"outcome": "Withdrawn",
			"measure": "months",
		},
		{"provision": "Lego", "entry": "E2", "progress": None, "outcome": "On track", "measure": "rating"},
	]
	rows = impact_rows(placements, {"E1": 320.0, "E2": 48.0})
	assert rows[1] == {
		"provision": "Reading",
		"measure": "months",
		"pupils": 3,
		"measured": 2,
		"average_progress": 8.0,
		"achieved_percent": 50.0,
		"total_cost": 320.0,
		"cost_per_unit_progress": 20.0,
	}
	assert rows[0]["average_progress"] is None and rows[0]["cost_per_unit_progress"] is None


def test_impact_for_a_reader_who_may_not_see_pupils():
	def placement(progress, outcome, provision="Reading"):
		return {
			"provision": provision,
			"entry": "E1",
			"progress": progress,
			"outcome": outcome,
			"measure": "m",
		}

	few = [placement(12, "Achieved"), placement(4, "Not achieved"), placement(None, "Withdrawn")]
	(row,) = impact_rows(few, {"E1": 320.0}, suppressed=True)
	assert row == {
		"provision": "Reading",
		"measure": "m",
		"pupils": 3,  # protected with its column total by the report
		"measured": "<5",
		"average_progress": "c",
		"achieved_percent": "c",
		"total_cost": 320.0,
		"cost_per_unit_progress": "c",
	}
	six = [placement(p, "Achieved" if p > 5 else "Not achieved") for p in (2, 4, 6, 8, 10, 12)]
	(row,) = impact_rows(six, {"E1": 420.0}, suppressed=True)
	assert (row["measured"], row["average_progress"], row["cost_per_unit_progress"]) == (6, 7.0, 10.0)
	assert row["achieved_percent"] == "c"  # 4 of 6: the 2 who did not would come back
	ten = [placement(5, "Achieved")] * 5 + [placement(1, "Not achieved")] * 5
	(row,) = impact_rows(ten, {"E1": 300.0}, suppressed=True)
	assert row["achieved_percent"] == 50.0
	(row,) = impact_rows([placement(None, "On track", "Lego")], {"E1": 48.0}, suppressed=True)
	assert (row["measured"], row["average_progress"], row["achieved_percent"]) == (0, None, None)


# Lego with a TA: 5 sessions of 60 minutes a week, autumn term 2026
LEGO = {
	"staff": "ta@x",
	"staff_name": "TA",
	"provision": "Lego",
	"sessions_per_week": 5,
	"minutes_per_session": 60,
	"start_date": date(2026, 9, 7),
	"end_date": date(2026, 12, 18),
}


def test_deployment_week():
	entries = [
		LEGO,
		{
			"staff": "ta@x",
			"staff_name": "TA",
			"provision": "Phonics",
			"sessions_per_week": 20,
			"minutes_per_session": 60,
			"start_date": date(2026, 11, 2),
			"end_date": date(2026, 12, 18),
		},
		{
			"staff": "t2@x",
			"staff_name": "T2",
			"provision": "ELSA",
			"sessions_per_week": 1,
			"minutes_per_session": 45,
			"start_date": date(2027, 1, 4),
			"end_date": date(2027, 2, 5),
		},
	]
	rows = deployment_rows(entries, [], date(2026, 11, 16), {"ta@x": 1200}, 1500)
	assert rows == [
		{
			"staff": "ta@x",
			"staff_name": "TA",
			"provisions": "Lego, Phonics",
			"minutes": 1500,
			"in_class_minutes": 0,
			"one_to_one_minutes": 0,
			"other_support_minutes": 0,
			"total_minutes": 1500,
			"contracted": 1200,
			"over_by": 300,
		}
	]
	assert deployment_rows([], [], date(2026, 11, 16), {}, 1500) == []


def allocation(staff, support_type, minutes, start, end=None):
	return {
		"staff": staff,
		"staff_name": staff.upper(),
		"support_type": support_type,
		"minutes_per_week": minutes,
		"from_date": start,
		"to_date": end,
	}


def test_deployment_adds_support_time_beside_provision_minutes():
	"""TA: 5 x 60 of Lego (300) + in class 600 + 300 (900) + one to one 450 + lunch 150 = 1800 against
	1500: over by 300. T2: no provision, one to one 200, against 1500. An allocation ended the week
	before, one starting the week after and one of no staff member count nothing."""
	monday = date(2026, 11, 16)
	entries = [LEGO]
	allocations = [
		allocation("ta@x", "In-class support", 600, date(2026, 9, 7)),
		allocation("ta@x", "In-class support", 300, date(2026, 11, 20), date(2026, 11, 20)),
		allocation("ta@x", "One-to-one", 450, date(2026, 9, 7), date(2027, 7, 20)),
		allocation("ta@x", "Lunchtime or unstructured time", 150, date(2026, 9, 7)),
		allocation("ta@x", "Other", 999, date(2026, 9, 7), date(2026, 11, 15)),
		allocation("ta@x", "Other", 999, date(2026, 11, 23)),
		allocation("t2@x", "One-to-one", 200, date(2026, 11, 22)),
		allocation("", "Other", 999, date(2026, 9, 7)),
	]
	rows = deployment_rows(entries, allocations, monday, {}, 1500)
	assert [
		(
			r["staff"],
			r["minutes"],
			r["in_class_minutes"],
			r["one_to_one_minutes"],
			r["other_support_minutes"],
			r["total_minutes"],
			r["over_by"],
		)
		for r in rows
	] == [("t2@x", 0, 0, 200, 0, 200, 0), ("ta@x", 300, 900, 450, 150, 1800, 300)]
	assert (rows[0]["staff_name"], rows[0]["provisions"], rows[1]["staff_name"]) == ("T2@X", "", "TA")
	nameless = {**allocations[6], "staff_name": None}
	assert deployment_rows([], [nameless], monday, {}, 1500)[0]["staff_name"] == "t2@x"


def test_deployment_totals_per_staff():
	"""The totals the report has the database sum, and the rows made from them: an entry of no minutes
	in the week names no provision; a support type outside the list and a total of 0 make no row."""
	monday = date(2026, 11, 16)
	idle = {**LEGO, "provision": "Idle", "sessions_per_week": 0}
	entries = [LEGO, {**LEGO, "provision": "Art"}, idle, {**LEGO, "staff": "t3@x", "staff_name": None}]
	booked = booked_per_staff(entries, monday)
	assert sorted((b["staff"], b["minutes"], list(b["provisions"])) for b in booked) == [
		("t3@x", 300, ["Lego"]),
		("ta@x", 600, ["Art", "Lego"]),
	]
	allocations = [
		allocation("ta@x", "In-class support", 600, date(2026, 9, 7)),
		allocation("ta@x", "In-class support", 300, date(2026, 11, 20), date(2026, 11, 20)),
		allocation("t4@x", "Something else", 100, date(2026, 9, 7)),
	]
	support = support_per_staff(allocations, monday)
	assert sorted((s["staff"], s["support_type"], s["minutes"]) for s in support) == [
		("t4@x", "Something else", 100),
		("ta@x", "In-class support", 900),
	]
	rows = deployment_from_totals(booked, support, {}, 1500)
	assert [(r["staff"], r["staff_name"], r["provisions"], r["total_minutes"]) for r in rows] == [
		("t3@x", "t3@x", "Lego", 300),
		("ta@x", "TA", "Art, Lego", 1500),
	]
	assert rows == deployment_rows(entries, allocations, monday, {}, 1500)
	# the database's totals: provisions joined in the collation's order
	from_database = [{"staff": "t5@x", "staff_name": "T5", "minutes": 60, "provisions": "b\x1fA\x1fb"}]
	(row,) = deployment_from_totals(from_database, [], {"t5@x": 30}, 1500)
	assert (row["provisions"], row["over_by"]) == ("A, b", 30)
