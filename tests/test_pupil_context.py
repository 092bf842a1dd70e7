from datetime import date

import pytest

from senco_app.rules import RuleError
from senco_app.rules.pupil_context import CONFIDENTIAL
from senco_app.rules.pupil_context import check_context
from senco_app.rules.pupil_context import group_rows
from senco_app.rules.pupil_context import group_totals
from senco_app.rules.pupil_context import parents_must_be_told

TODAY = date(2026, 11, 23)


@pytest.mark.parametrize(
	"old, new, told",
	[
		(None, "SEN Support", True),
		("Monitoring", "SEN Support", True),
		("EHC Plan", "SEN Support", False),  # a plan ceased: provision did not begin now
		("SEN Support", "SEN Support", False),
		(None, "Monitoring", False),
		(None, "EHC Plan", False),
		("Monitoring", "EHC Plan", False),
	],
)
def test_parents_are_told_when_sen_support_begins(old, new, told):
	assert parents_must_be_told(old, new) is told


@pytest.mark.parametrize(
	"context, field",
	[
		({"looked_after": 1, "previously_looked_after": 1}, "previously_looked_after"),
		({"designated_teacher": "dt@school"}, "designated_teacher"),
		({"virtual_school": "Testshire VS"}, "virtual_school"),
		({"eal": 1}, "first_language"),
		({"eal": 1, "first_language": "  "}, "first_language"),
		({"eal": 1, "first_language": " English"}, "first_language"),
		({"health_care_plan": "/private/files/ihcp.pdf"}, "health_care_plan"),
		({"health_care_plan_review": date(2027, 1, 1)}, "health_care_plan_review"),
		({"parents_informed_date": date(2026, 11, 24)}, "parents_informed_date"),
	],
)
def test_inconsistent_context_is_refused_naming_the_field(context, field):
	with pytest.raises(RuleError) as caught:
		check_context(context, TODAY)
	assert caught.value.field == field


def test_consistent_context_passes():
	check_context({}, TODAY)
	check_context(
		{
			"looked_after": 1,
			"designated_teacher": "dt@school",
			"virtual_school": "Testshire VS",
			"eal": 1,
			"first_language": "Polish",
			"medical_needs": 1,
			"health_care_plan": "/private/files/ihcp.pdf",
			"health_care_plan_review": date(2027, 1, 1),
			"parents_informed_date": TODAY,
		},
		TODAY,
	)
	check_context({"previously_looked_after": 1, "virtual_school": "Testshire VS"}, TODAY)


def record(student, school="A", provision="SEN Support", name=None, **flags):
	return {
		"student": student,
		"student_name": name or student,
		"school": school,
		"sen_provision": provision,
		**flags,
	}


RECORDS = [
	record("S1", looked_after=1, eal=1, child_protection=1, name="Cara"),
	record("S2", provision="EHC Plan", looked_after=1, pupil_premium=1, name="Abe"),
	record("S3", pupil_premium=1, child_in_need=1),
	record("S4"),
	record("S5", school="B", eal=1, medical_needs=1, health_care_plan="/private/files/x.pdf"),
]


def test_group_rows_count_each_schools_pupils_by_group_with_names():
	rows = group_rows(RECORDS, include_confidential=True)
	got = [
		(r["school"], r["group"], r["pupils"], r["sen_support"], r["ehc_plan"], r["share"], r["names"])
		for r in rows
	]
	assert got == [
		("A", "looked_after", 2, 1, 1, 50.0, "Abe, Cara"),
		("A", "child_protection", 1, 1, 0, 25.0, "Cara"),
		("A", "child_in_need", 1, 1, 0, 25.0, "S3"),
		("A", "eal", 1, 1, 0, 25.0, "Cara"),
		("A", "pupil_premium", 2, 1, 1, 50.0, "Abe, S3"),
		("B", "eal", 1, 1, 0, 100.0, "S5"),
		("B", "medical_needs", 1, 1, 0, 100.0, "S5"),
		("B", "health_care_plan", 1, 1, 0, 100.0, "S5"),
	]
	assert group_totals(rows) == [
		("Looked after", 2),
		("Child protection plan", 1),
		("Child in need", 1),
		("English as an additional language", 2),
		("Pupil premium", 2),
		("Medical needs", 1),
		("Individual health care plan", 1),
	]


def test_confidential_groups_are_left_out_unless_asked_for():
	rows = group_rows(RECORDS, include_confidential=False)
	assert not {r["group"] for r in rows} & set(CONFIDENTIAL)
	assert CONFIDENTIAL == ("child_protection", "child_in_need")
	assert group_rows([], include_confidential=True) == []
