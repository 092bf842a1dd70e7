from datetime import date

import pytest

from senco_app.rules import RuleError
from senco_app.rules.census import census_day
from senco_app.rules.census import census_days
from senco_app.rules.census import counts
from senco_app.rules.census import next_census
from senco_app.rules.census import nth_weekday
from senco_app.rules.census import pupil_rows
from senco_app.rules.census import readiness
from senco_app.rules.census import return_date
from senco_app.rules.census import to_csv
from senco_app.rules.census import xml_pupils


@pytest.mark.parametrize(
	"year, spring, summer, autumn",
	[
		(
			2020,
			date(2020, 1, 16),
			date(2020, 5, 21),
			date(2020, 10, 1),
		),  # leap year; October starts on a Thursday
		(2024, date(2024, 1, 18), date(2024, 5, 16), date(2024, 10, 3)),  # leap year
		(2025, date(2025, 1, 16), date(2025, 5, 15), date(2025, 10, 2)),  # May starts on a Thursday
		(
			2026,
			date(2026, 1, 15),
			date(2026, 5, 21),
			date(2026, 10, 1),
		),  # January and October start on a Thursday
		(2027, date(2027, 1, 21), date(2027, 5, 20), date(2027, 10, 7)),  # months starting on a Friday
		(2028, date(2028, 1, 20), date(2028, 5, 18), date(2028, 10, 5)),  # leap year starting on a Saturday
	],
)
def test_census_days(year, spring, summer, autumn):
	assert census_days(year) == {"Spring": spring, "Summer": summer, "Autumn": autumn}
	for day in (spring, summer, autumn):
		assert day.weekday() == 3


def test_nth_weekday_on_the_first_of_the_month():
	assert nth_weekday(2026, 10, 3, 1) == date(2026, 10, 1)
	assert nth_weekday(2026, 10, 3, 3) == date(2026, 10, 15)
	assert nth_weekday(2026, 10, 2, 1) == date(2026, 10, 7)  # the Wednesday after


def test_unknown_term():
	with pytest.raises(RuleError) as caught:
		census_day(2026, "Winter")
	assert caught.value.field == "census_term"


def test_next_census_and_override():
	assert next_census(date(2026, 11, 22)) == ("Spring", date(2027, 1, 21))
	assert next_census(date(2026, 10, 1)) == ("Autumn", date(2026, 10, 1))  # the day itself
	assert next_census(date(2026, 10, 2), "Summer") == ("Summer", date(2027, 5, 20))
	assert next_census(date(2026, 12, 31), "Autumn") == ("Autumn", date(2027, 10, 7))
	assert return_date("Spring", 2027) == date(2027, 1, 21)
	assert return_date("Spring", 2027, date(2027, 1, 28)) == date(2027, 1, 28)


DAY = date(2027, 1, 21)


def student(name, upn="", joining=date(2021, 9, 1), leaving=None, enabled=1):
	return {
		"name": name,
		"student_name": f"Pupil {name}",
		"upn": upn,
		"joining_date": joining,
		"date_of_leaving": leaving,
		"enabled": enabled,
	}


def history(parent, *periods):
	return [
		{"parent": parent, "from_date": start, "to_date": end, "sen_provision": provision, "needs": needs}
		for start, end, provision, needs in periods
	]


STUDENTS = [
	student("S1", "B801200005001"),
	student("S2", "A80120000501A"),  # temporary UPN
	student("S3", ""),  # no UPN
	student("S4", "B801200005001"),  # the same UPN as S1
	student("S5", "A801200005001", leaving=date(2026, 12, 18)),  # left before the census
	student("S6", "X999200005001", joining=date(2027, 1, 4)),  # invalid UPN; joined this term
	student("S7", "B801200005001", joining=date(2027, 1, 22)),  # joins the day after
]
RECORDS = [
	{"name": "R1", "student": "S1", "sen_unit_indicator": 1, "resourced_provision_indicator": 0},
	{"name": "R2", "student": "S2"},
	{"name": "R3", "student": "S3"},
	{"name": "R4", "student": "S4", "sen_unit_indicator": 1},
	{"name": "R5", "student": "S5"},
	{"name": "R6", "student": "S6"},
]
HISTORY = [
	# K until the day before the census, E from the census day
	*history(
		"R1",
		(date(2025, 9, 1), date(2027, 1, 20), "SEN Support", "SLCN"),
		(date(2027, 1, 21), None, "EHC Plan", "ASD, SLCN"),
	),
	# E until the census day, K the day after: E on the day
	*history(
		"R2",
		(date(2025, 9, 1), date(2027, 1, 21), "EHC Plan", "NSA, MLD"),
		(date(2027, 1, 22), None, "SEN Support", "MLD"),
	),
	*history("R3", (date(2026, 9, 1), None, "SEN Support", "")),
	*history("R4", (date(2026, 9, 1), None, "Monitoring", "SPLD")),  # monitoring: N, no needs
	*history("R5", (date(2026, 9, 1), date(2026, 12, 18), "SEN Support", "SEMH")),
	*history("R6", (date(2027, 1, 4), None, "SEN Support", "SPLD, MLD")),
]
NEEDS = [
	{"parent": "R1", "rank": 1, "need_type": "ASD"},
	{"parent": "R1", "rank": 2, "need_type": "SLCN"},
	{"parent": "R6", "rank": 1, "need_type": "SPLD"},
	{"parent": "R6", "rank": 3, "need_type": "MLD"},
]


def test_pupil_rows_are_the_roll_on_the_day_with_the_state_then():
	rows = {r["student"]: r for r in pupil_rows(STUDENTS, RECORDS, HISTORY, DAY)}
	assert sorted(rows) == ["S1", "S2", "S3", "S4", "S6"]  # S5 left, S7 not yet joined
	assert rows["S1"]["sen_provision"] == "E"
	assert rows["S1"]["needs"] == ["ASD", "SLCN"]
	assert (rows["S1"]["primary_need"], rows["S1"]["secondary_need"]) == ("ASD", "SLCN")
	assert rows["S1"]["sen_unit_indicator"] == 1
	assert rows["S1"]["resourced_provision_indicator"] == 0
	assert rows["S2"]["sen_provision"] == "E"
	assert rows["S4"] | {"student_name": None} == {
		"student": "S4",
		"student_name": None,
		"upn": "B801200005001",
		"sen_provision": "N",
		"needs": [],
		"primary_need": None,
		"secondary_need": None,
		"sen_unit_indicator": 0,  # indicators are for K and E
		"resourced_provision_indicator": 0,
		"send_record": "R4",
	}
	assert rows["S6"]["sen_provision"] == "K"
	before = {r["student"]: r for r in pupil_rows(STUDENTS, RECORDS, HISTORY, date(2027, 1, 20))}
	assert before["S1"]["sen_provision"] == "K"
	assert before["S1"]["needs"] == ["SLCN"]
	assert "S6" in before and "S5" not in before


def test_counts():
	rows = pupil_rows(STUDENTS, RECORDS, HISTORY, DAY)
	assert counts(rows) == {"on_roll": 5, "E": 2, "K": 2, "N": 1}
	assert counts([]) == {"on_roll": 0, "E": 0, "K": 0, "N": 0}


def issues_by_pupil(upns_elsewhere=frozenset()):
	rows = pupil_rows(STUDENTS, RECORDS, HISTORY, DAY)
	found = {}
	for issue in readiness(rows, STUDENTS, RECORDS, HISTORY, NEEDS, DAY, upns_elsewhere):
		found.setdefault(issue["student"], []).append(issue["issue"])
		assert issue["fix"] and issue["message"].count("{") == len(issue["params"])
	return found


def test_readiness_names_each_pupil_and_fault():
	assert issues_by_pupil() == {
		"S1": ["Duplicate UPN"],
		"S2": ["NSA with EHC plan", "Temporary UPN"],
		"S3": ["No primary need", "Missing UPN"],
		"S4": ["Duplicate UPN"],
		"S6": ["Rank gaps", "Invalid UPN"],
	}


def test_readiness_duplicate_upn_elsewhere_and_register_not_on_roll():
	rows = [r for r in pupil_rows(STUDENTS, RECORDS, HISTORY, DAY) if r["student"] != "S3"]
	issues = readiness(rows, STUDENTS, RECORDS, HISTORY, NEEDS, DAY, {"A80120000501A"})
	kinds = {(i["student"], i["issue"]) for i in issues}
	assert ("S2", "Duplicate UPN") in kinds
	assert ("S3", "Not on roll") in kinds  # on the register that day, not in the roll given
	temporary = next(i for i in issues if i["issue"] == "Temporary UPN")
	assert temporary["severity"] == "Warning"
	assert next(i for i in issues if i["issue"] == "Not on roll")["severity"] == "Error"


def test_a_leaver_on_the_register_is_not_on_roll():
	records = [{"name": "R5", "student": "S5"}]
	hist = history("R5", (date(2026, 9, 1), None, "SEN Support", "SEMH"))  # left, record left open
	issues = readiness([], [STUDENTS[4]], records, hist, [], DAY)
	assert [(i["student"], i["issue"], i["student_name"]) for i in issues] == [
		("S5", "Not on roll", "Pupil S5")
	]


def test_csv_and_xml():
	rows = pupil_rows(STUDENTS[:2], RECORDS, HISTORY, DAY)
	rows[0]["student_name"] = "=HYPERLINK()"
	text = to_csv(rows)
	lines = text.splitlines()
	assert lines[0].startswith("UPN,Student,Name,SENprovision")
	assert lines[1] == "B801200005001,S1,'=HYPERLINK(),E,ASD,SLCN,ASD;SLCN,1,0"
	assert lines[2] == "A80120000501A,S2,Pupil S2,E,NSA,MLD,NSA;MLD,0,0"
	assert xml_pupils(rows)[0] == {
		"upn": "B801200005001",
		"sen_provision": "E",
		"needs": [{"rank": 1, "type": "ASD"}, {"rank": 2, "type": "SLCN"}],
		"sen_unit_indicator": True,
		"resourced_provision_indicator": False,
	}
