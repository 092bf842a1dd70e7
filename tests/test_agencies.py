from datetime import date
from datetime import datetime

import pytest

from senco_app.rules import RuleError
from senco_app.rules.agencies import check_consent
from senco_app.rules.agencies import check_contact_time
from senco_app.rules.agencies import check_referral_dates
from senco_app.rules.agencies import check_status_change
from senco_app.rules.agencies import is_backwards
from senco_app.rules.agencies import waiting_days

TODAY = date(2026, 11, 22)


@pytest.mark.parametrize(
	"old, new, backwards",
	[
		(None, "Draft", False),
		("Draft", "Referred", False),
		("Referred", "Seen", False),
		("Seen", "Waiting", True),
		("Report Received", "Referred", True),
		("Waiting", "Declined", False),
		("Seen", "Withdrawn", False),
		("Discharged", "Withdrawn", True),
		("Declined", "Referred", True),
		("Discharged", "Seen", True),
		("Seen", "Seen", False),
	],
)
def test_status_path(old, new, backwards):
	assert is_backwards(old, new) is backwards


def test_backwards_needs_a_note():
	check_status_change("Seen", "Waiting", "Second appointment booked")
	with pytest.raises(RuleError) as err:
		check_status_change("Seen", "Waiting", "  ")
	assert err.value.field == "status_note"
	assert err.value.field == "status_note"


def test_consent_rule_both_ways():
	check_consent("Draft", False, None, None, TODAY)
	check_consent("Referred", True, date(2026, 11, 1), None, TODAY)
	check_consent("Referred", False, None, "Safeguarding: DSL referral", TODAY)
	with pytest.raises(RuleError) as caught:
		check_consent("Referred", False, None, "", TODAY)
	assert caught.value.field == "parental_consent"
	with pytest.raises(RuleError) as caught:
		check_consent("Referred", True, None, None, TODAY)
	assert caught.value.field == "consent_date"
	with pytest.raises(RuleError) as caught:
		check_consent("Draft", True, date(2026, 11, 23), None, TODAY)
	assert caught.value.field == "consent_date"


def test_referral_dates():
	check_referral_dates(date(2026, 9, 1), TODAY, [date(2026, 10, 1)], date(2026, 11, 1))
	with pytest.raises(RuleError) as caught:
		check_referral_dates(date(2026, 9, 1), TODAY, [date(2026, 10, 1), date(2026, 8, 31)], None)
	assert caught.value.field == "appointments"
	with pytest.raises(RuleError) as caught:
		check_referral_dates(date(2026, 9, 1), TODAY, [], date(2026, 8, 1))
	assert caught.value.field == "report_received_date"
	with pytest.raises(RuleError) as caught:
		check_referral_dates(date(2026, 11, 23), TODAY, [], None)
	assert caught.value.field == "referral_date"


def test_waiting_time():
	assert waiting_days(date(2026, 9, 1), [date(2026, 11, 3), date(2026, 10, 6)], TODAY) == (
		date(2026, 10, 6),
		35,
	)
	assert waiting_days(date(2026, 9, 1), [], TODAY) == (None, 82)
	assert waiting_days(date(2024, 2, 1), [date(2024, 3, 1)], TODAY) == (date(2024, 3, 1), 29)


def test_contact_time():
	check_contact_time(datetime(2026, 11, 22, 9), datetime(2026, 11, 22, 10))
	with pytest.raises(RuleError) as caught:
		check_contact_time(datetime(2026, 11, 22, 11), datetime(2026, 11, 22, 10))
	assert caught.value.field == "contact_datetime"


def test_consent_and_date_problems_come_together():
	from senco_app.rules import RuleErrors
	from senco_app.rules import check_all

	with pytest.raises(RuleErrors) as caught:
		check_all(
			lambda: check_consent("Referred", False, date(2026, 12, 1), "", TODAY),
			lambda: check_referral_dates(date(2026, 12, 2), TODAY, [date(2026, 11, 1)], None),
		)
	fields = [e.field for e in caught.value.errors]
	assert fields == ["consent_date", "parental_consent", "referral_date", "appointments"]
	assert caught.value.field == "consent_date"


def test_one_problem_is_raised_as_itself():
	from senco_app.rules import RuleErrors

	with pytest.raises(RuleError) as caught:
		check_consent("Referred", True, None, None, TODAY)
	assert not isinstance(caught.value, RuleErrors)
	assert caught.value.field == "consent_date"


def test_recommendation_note_names_its_source_and_refuses_an_empty_text():
	from senco_app.rules.agencies import recommendation_note

	assert (
		recommendation_note(
			"Recommended by", "EP Service", "REF-1", date(2026, 11, 2), " Visual timetable \n"
		)
		== "Recommended by EP Service, REF-1, 2026-11-02:\nVisual timetable"
	)
	assert (
		recommendation_note("From", "SALT", "REF-2", None, "Now/next board")
		== "From SALT, REF-2:\nNow/next board"
	)
	for empty in (None, "", "  \n"):
		with pytest.raises(RuleError) as caught:
			recommendation_note("From", "SALT", "REF-2", None, empty)
		assert caught.value.field == "recommendations"


def test_append_note_adds_a_paragraph_once():
	from senco_app.rules.agencies import append_note

	assert append_note(None, "B") == "B"
	assert append_note("A\n", "B") == "A\n\nB"
	assert append_note("A\n\nB", "B") is None
