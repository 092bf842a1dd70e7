from datetime import date

import pytest

from senco_app.rules import RuleError
from senco_app.rules.early_years import AREAS
from senco_app.rules.early_years import EYFS_PROFILE
from senco_app.rules.early_years import OTHER_ASSESSMENT
from senco_app.rules.early_years import PRIME_AREAS
from senco_app.rules.early_years import TWO_YEAR_CHECK
from senco_app.rules.early_years import age_in_months
from senco_app.rules.early_years import check_age
from senco_app.rules.early_years import check_areas
from senco_app.rules.early_years import check_dates
from senco_app.rules.early_years import concern_areas

TODAY = date(2026, 11, 23)


@pytest.mark.parametrize(
	"born, on, months",
	[
		(date(2024, 11, 23), date(2026, 11, 23), 24),
		(date(2024, 11, 24), date(2026, 11, 23), 23),
		(date(2024, 1, 31), date(2024, 2, 29), 1),  # the last day of a shorter month completes it
		(date(2024, 1, 31), date(2024, 2, 28), 0),
		(date(2024, 2, 29), date(2025, 2, 28), 12),  # a leap-day birthday in a common year
		(date(2024, 2, 29), date(2025, 2, 27), 11),
		(date(2024, 5, 10), date(2024, 5, 10), 0),
	],
)
def test_age_in_months_counts_whole_months(born, on, months):
	assert age_in_months(born, on) == months


def test_a_check_in_the_future_or_shared_before_it_is_refused():
	check_dates(TODAY, TODAY, TODAY)
	check_dates(date(2026, 10, 1), None, TODAY)
	for check, shared, field in (
		(date(2026, 11, 24), None, "check_date"),
		(date(2026, 10, 1), date(2026, 9, 30), "shared_with_parents_on"),
		(date(2026, 10, 1), date(2026, 11, 24), "shared_with_parents_on"),
	):
		with pytest.raises(RuleError) as e:
			check_dates(check, shared, TODAY)
		assert e.value.field == field


@pytest.mark.parametrize(
	"check_type, born, ok",
	[
		(TWO_YEAR_CHECK, date(2024, 11, 23), True),  # exactly 24 months
		(TWO_YEAR_CHECK, date(2024, 11, 24), False),  # a day short of two
		(TWO_YEAR_CHECK, date(2023, 11, 23), True),  # exactly 36 months
		(TWO_YEAR_CHECK, date(2023, 10, 23), False),  # 37 months
		(EYFS_PROFILE, date(2021, 6, 1), True),  # 5 years 5 months: Reception
		(EYFS_PROFILE, date(2023, 11, 23), True),  # 3: nursery
		(EYFS_PROFILE, date(2023, 11, 24), False),  # not yet 3
		(EYFS_PROFILE, date(2020, 11, 23), False),  # 6: Year 1
		(OTHER_ASSESSMENT, date(2025, 11, 23), True),  # any age
		(OTHER_ASSESSMENT, None, True),
	],
)
def test_the_check_fits_the_childs_age(check_type, born, ok):
	if ok:
		check_age(check_type, born, TODAY)
	else:
		with pytest.raises(RuleError) as e:
			check_age(check_type, born, TODAY)
		assert e.value.field == "check_type"


def test_an_age_bound_check_needs_the_date_of_birth():
	for check_type in (TWO_YEAR_CHECK, EYFS_PROFILE):
		with pytest.raises(RuleError) as e:
			check_age(check_type, None, TODAY)
		assert e.value.field == "student"


def rows(outcome, areas=PRIME_AREAS):
	return [{"area": a, "outcome": outcome} for a in areas]


@pytest.mark.parametrize(
	"check_type, areas, field",
	[
		(TWO_YEAR_CHECK, [], "areas"),
		(TWO_YEAR_CHECK, [*rows("On track"), {"area": PRIME_AREAS[0], "outcome": "On track"}], "area"),
		(TWO_YEAR_CHECK, rows("Expected"), "outcome"),  # an EYFS word on a two-year check
		(EYFS_PROFILE, rows("On track", AREAS), "outcome"),
		(TWO_YEAR_CHECK, rows("On track", PRIME_AREAS[:2]), "areas"),  # a prime area left out
		(EYFS_PROFILE, rows("Expected"), "areas"),  # the specific areas left out
		(OTHER_ASSESSMENT, [{"area": "Literacy", "outcome": ""}], "outcome"),
	],
)
def test_bad_areas_are_refused_naming_the_field(check_type, areas, field):
	with pytest.raises(RuleError) as e:
		check_areas(check_type, areas)
	assert e.value.field == field


def test_good_areas_pass():
	check_areas(TWO_YEAR_CHECK, rows("On track"))
	check_areas(TWO_YEAR_CHECK, [*rows("Some concern"), {"area": "Literacy", "outcome": "On track"}])
	check_areas(EYFS_PROFILE, rows("Emerging", AREAS))
	check_areas(OTHER_ASSESSMENT, [{"area": "Mathematics", "outcome": "Expected"}])


def test_concern_areas_are_the_emerging_and_concern_outcomes():
	areas = [
		{"area": "Communication and language", "outcome": "Significant concern"},
		{"area": "Physical development", "outcome": "On track"},
		{"area": "Literacy", "outcome": "Emerging"},
		{"area": "Mathematics", "outcome": "Expected"},
		{"area": "Personal, social and emotional development", "outcome": "Some concern"},
	]
	assert concern_areas(areas) == [
		"Communication and language",
		"Literacy",
		"Personal, social and emotional development",
	]
	assert concern_areas(rows("On track")) == []
	assert concern_areas([]) == []
