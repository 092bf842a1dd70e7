from datetime import date

import pytest

from senco_app.rules import RuleError
from senco_app.rules.funding import check_application
from senco_app.rules.funding import report_rows

TODAY = date(2026, 11, 23)
GOOD = {
	"funding_type": "SEN inclusion fund",
	"status": "Awarded",
	"application_date": date(2026, 10, 1),
	"decision_date": date(2026, 11, 2),
	"period_start": date(2026, 11, 2),
	"period_end": date(2027, 3, 31),
	"amount_requested": 2000,
	"amount_awarded": 1500,
}


def test_a_consistent_application_passes():
	check_application(GOOD, TODAY)
	check_application({**GOOD, "status": "Submitted", "amount_awarded": 0, "decision_date": None}, TODAY)
	check_application({**GOOD, "amount_awarded": 2500, "award_reason": "LA band C"}, TODAY)
	check_application({**GOOD, "status": "Refused", "amount_awarded": 0}, TODAY)
	check_application({**GOOD, "funding_type": "Other", "other_type": "Charity grant"}, TODAY)
	check_application({**GOOD, "period_end": GOOD["period_start"], "decision_date": TODAY}, TODAY)


@pytest.mark.parametrize(
	"change, field",
	[
		({"funding_type": "Other"}, "other_type"),
		({"funding_type": "Other", "other_type": " "}, "other_type"),
		({"amount_requested": 0}, "amount_requested"),
		({"amount_requested": -5}, "amount_requested"),
		({"amount_awarded": -1}, "amount_awarded"),
		({"application_date": date(2026, 11, 24)}, "application_date"),
		({"decision_date": date(2026, 9, 30)}, "decision_date"),
		({"decision_date": date(2026, 11, 24), "application_date": date(2026, 11, 1)}, "decision_date"),
		({"period_end": date(2026, 11, 1)}, "period_end"),
		({"decision_date": None}, "decision_date"),
		({"status": "Refused", "decision_date": None, "amount_awarded": 0}, "decision_date"),
		({"amount_awarded": 0}, "amount_awarded"),
		({"status": "Submitted", "decision_date": None}, "amount_awarded"),
		({"status": "Refused"}, "amount_awarded"),
		({"amount_awarded": 2500}, "award_reason"),
		({"amount_awarded": 2500, "award_reason": "  "}, "award_reason"),
	],
)
def test_inconsistent_applications_are_refused_naming_the_field(change, field):
	with pytest.raises(RuleError) as caught:
		check_application({**GOOD, **change}, TODAY)
	assert caught.value.field == field


def app(school, funding_type, status, asked, awarded=0):
	return {
		"school": school,
		"funding_type": funding_type,
		"status": status,
		"amount_requested": asked,
		"amount_awarded": awarded,
	}


def test_report_rows_per_school_and_type_with_ehcp_top_up_beside():
	rows = report_rows(
		[
			app("A", "Disability Access Fund", "Awarded", 910, 910),
			app("A", "SEN inclusion fund", "Awarded", 2000, 1500),
			app("A", "SEN inclusion fund", "Submitted", 1000),
			app("A", "SEN inclusion fund", "Refused", 500),
			app("B", "Other", "In preparation", 300),
		],
		[("A", 12000.0, 2)],
	)
	got = [
		(
			r["school"],
			r["funding_type"],
			r["applications"],
			r["awaiting"],
			r["refused"],
			r["amount_requested"],
			r["amount_awarded"],
			r["ehcp"],
		)
		for r in rows
	]
	assert got == [
		("A", "SEN inclusion fund", 3, 1, 1, 3500.0, 1500.0, 0),
		("A", "Disability Access Fund", 1, 0, 0, 910.0, 910.0, 0),
		("A", "", 2, 0, 0, 0.0, 12000.0, 1),
		("B", "Other", 1, 1, 0, 300.0, 0.0, 0),
	]
	assert report_rows([], []) == []


def test_report_rows_take_frappe_style_dicts():
	"""Rows as frappe.get_list returns them (a dict whose missing attributes read as None, which pandas
	would take for an array)."""

	class AttrDict(dict):
		__getattr__ = dict.get

	rows = report_rows([AttrDict(app("A", "Other", "Submitted", 100))], [])
	assert [(r["school"], r["applications"], r["awaiting"]) for r in rows] == [("A", 1, 1)]
