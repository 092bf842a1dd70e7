from datetime import date

from senco_app.rules.register_report import percent
from senco_app.rules.register_report import primary_need_counts
from senco_app.rules.register_report import provision_counts
from senco_app.rules.register_report import register_rows
from senco_app.rules.register_report import roll_count

AS_AT = date(2026, 11, 22)
RECORDS = [
	{
		"name": "R1",
		"student": "S1",
		"student_name": "Ann",
		"school": "A",
		"key_person": "kp",
		"start_date": date(2026, 9, 1),
	},
	{
		"name": "R2",
		"student": "S2",
		"student_name": "Ben",
		"school": "A",
		"key_person": None,
		"start_date": date(2026, 1, 1),
	},
	{
		"name": "R3",
		"student": "S3",
		"student_name": "Cat",
		"school": "B",
		"key_person": None,
		"start_date": date(2025, 1, 1),
	},
]
HISTORY = [
	{
		"parent": "R1",
		"from_date": date(2026, 9, 1),
		"to_date": None,
		"sen_provision": "SEN Support",
		"census_code": "K",
		"needs": "SLCN, ASD",
	},
	{
		"parent": "R2",
		"from_date": date(2026, 1, 1),
		"to_date": date(2026, 10, 31),
		"sen_provision": "SEN Support",
		"census_code": "K",
		"needs": "SEMH",
	},
	{
		"parent": "R2",
		"from_date": date(2026, 11, 1),
		"to_date": None,
		"sen_provision": "EHC Plan",
		"census_code": "E",
		"needs": "ASD",
	},
	{
		"parent": "R3",
		"from_date": date(2025, 1, 1),
		"to_date": date(2026, 7, 1),
		"sen_provision": "SEN Support",
		"census_code": "K",
		"needs": "MLD",
	},
]
YEARS = {"S1": "Year 3", "S2": "Year 4"}


def test_rows_read_the_history_as_at_the_date():
	rows = register_rows(RECORDS, HISTORY, AS_AT, YEARS)
	assert [(r["send_record"], r["sen_provision"], r["primary_need"], r["secondary_need"]) for r in rows] == [
		("R1", "SEN Support", "SLCN", "ASD"),
		("R2", "EHC Plan", "ASD", None),
	]
	assert rows[0]["year_group"] == "Year 3"
	earlier = register_rows(RECORDS, HISTORY, date(2026, 6, 1), YEARS)
	assert [(r["send_record"], r["sen_provision"]) for r in earlier] == [
		("R2", "SEN Support"),
		("R3", "SEN Support"),
	]


def test_filters():
	assert [r["send_record"] for r in register_rows(RECORDS, HISTORY, AS_AT, YEARS, need="ASD")] == [
		"R1",
		"R2",
	]
	assert [
		r["send_record"] for r in register_rows(RECORDS, HISTORY, AS_AT, YEARS, provision="EHC Plan")
	] == ["R2"]
	assert [r["send_record"] for r in register_rows(RECORDS, HISTORY, AS_AT, YEARS, year_group="Year 3")] == [
		"R1"
	]
	assert [r["send_record"] for r in register_rows(RECORDS, HISTORY, AS_AT, YEARS, key_person="kp")] == [
		"R1"
	]


def test_counts_chart_and_percentages():
	rows = register_rows(RECORDS, HISTORY, AS_AT, YEARS)
	students = [
		{"name": "S1", "joining_date": None, "date_of_leaving": None, "enabled": 1},
		{"name": "S2", "joining_date": None, "date_of_leaving": None, "enabled": 1},
		{"name": "S3", "joining_date": None, "date_of_leaving": date(2026, 7, 1), "enabled": 0},
		{"name": "S4", "joining_date": None, "date_of_leaving": None, "enabled": 1},
	]
	roll = roll_count(students, AS_AT, YEARS)
	assert roll == 3
	assert roll_count(students, AS_AT, YEARS, "Year 4") == 1
	assert provision_counts(rows, roll) == {
		"on_roll": 3,
		"sen_support": 1,
		"ehc_plan": 1,
		"monitoring": 0,
		"sen_support_percent": 33.3,
		"ehc_plan_percent": 33.3,
	}
	assert primary_need_counts(rows) == [("ASD", 1), ("SLCN", 1)]
	assert primary_need_counts([]) == []
	assert provision_counts([], 0)["sen_support_percent"] == 0.0
	assert percent(1, 8) == 12.5


def test_needs_of_a_monitoring_period_never_count():
	"""An older record may hold needs on Monitoring (census N): they count nowhere."""
	history = [
		{
			"parent": "R1",
			"from_date": date(2026, 9, 1),
			"to_date": None,
			"sen_provision": "Monitoring",
			"census_code": "N",
			"needs": "SLCN, ASD",
		}
	]
	rows = register_rows(RECORDS[:1], history, AS_AT, {})
	assert [(r["primary_need"], r["secondary_need"], r["needs"]) for r in rows] == [(None, None, [])]
	assert primary_need_counts(rows) == []
	assert register_rows(RECORDS[:1], history, AS_AT, {}, need="SLCN") == []
