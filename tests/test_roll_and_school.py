from datetime import date

import pytest

from senco_app.rules import RuleError
from senco_app.rules.roll import on_roll
from senco_app.rules.roll import year_groups
from senco_app.rules.school import check_identifiers

D = date(2026, 11, 22)


@pytest.mark.parametrize(
	"joining, leaving, enabled, expected",
	[
		(None, None, True, True),
		(date(2021, 9, 1), None, True, True),
		(D, None, True, True),
		(date(2026, 11, 23), None, True, False),
		(date(2021, 9, 1), D, False, True),
		(date(2021, 9, 1), date(2026, 11, 21), False, False),
		(date(2021, 9, 1), None, False, False),
	],
)
def test_on_roll(joining, leaving, enabled, expected):
	assert on_roll(D, joining, leaving, enabled) is expected


def test_year_group_is_the_latest_enrolment_begun_by_the_date():
	rows = [
		{"student": "S1", "program": "Year 3", "enrollment_date": date(2025, 9, 3)},
		{"student": "S1", "program": "Year 4", "enrollment_date": date(2026, 9, 3)},
		{"student": "S2", "program": "Year 5", "enrollment_date": date(2027, 9, 3)},
		{"student": "S3", "program": "Year 1", "enrollment_date": None},
	]
	assert year_groups(rows, D) == {"S1": "Year 4"}
	assert year_groups(rows, date(2026, 1, 1)) == {"S1": "Year 3"}
	assert year_groups([], D) == {}


def test_school_identifiers():
	check_identifiers("999", "2001", "100001")
	check_identifiers(None, None, None)
	with pytest.raises(RuleError) as caught:
		check_identifiers("99", None, None)
	assert caught.value.field == "send_la_code"
	with pytest.raises(RuleError) as caught:
		check_identifiers(None, "20a1", None)
	assert caught.value.field == "send_establishment_number"
	with pytest.raises(RuleError) as err:
		check_identifiers(None, None, "1000011")
	assert err.value.field == "send_urn"
	assert err.value.field == "send_urn"


def test_year_groups_sort_by_their_numbers():
	from senco_app.rules.roll import year_group_key

	names = ["Year 10", "Year 2", None, "Reception", "Year 1", "Nursery", "Year 11"]
	assert sorted(names, key=year_group_key) == [
		"Nursery",
		"Reception",
		"Year 1",
		"Year 2",
		"Year 10",
		"Year 11",
		None,
	]
