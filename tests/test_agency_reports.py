from datetime import date
from datetime import timedelta

from senco_app.rules.agency_reports import contact_summary_rows
from senco_app.rules.agency_reports import involvement_rows
from senco_app.rules.agency_reports import open_referral_rows
from senco_app.rules.agency_reports import pupils_by_agency_type
from senco_app.rules.agency_reports import waiting_by_agency_type

TODAY = date(2026, 11, 22)


def test_open_referrals_and_waiting():
	referrals = [
		{
			"name": "R1",
			"status": "Waiting",
			"referral_date": date(2026, 9, 1),
			"first_appointment_date": None,
			"agency_type": "CAMHS",
		},
		{
			"name": "R2",
			"status": "Seen",
			"referral_date": date(2026, 9, 1),
			"first_appointment_date": date(2026, 9, 21),
			"agency_type": "CAMHS",
		},
		{
			"name": "R3",
			"status": "Discharged",
			"referral_date": date(2026, 1, 1),
			"first_appointment_date": None,
			"agency_type": "Other",
		},
		{
			"name": "R4",
			"status": "Referred",
			"referral_date": date(2026, 11, 12),
			"first_appointment_date": None,
			"agency_type": "Educational Psychology",
		},
	]
	rows = open_referral_rows(referrals, TODAY)
	assert [(r["name"], r["days_waiting"], r["still_waiting"]) for r in rows] == [
		("R1", 82, 1),
		("R2", 20, 0),
		("R4", 10, 1),
	]
	assert waiting_by_agency_type(rows) == [("CAMHS", 51.0), ("Educational Psychology", 10.0)]
	assert waiting_by_agency_type([]) == []


def test_involvement_over_a_period():
	referrals = [
		{
			"student": "S1",
			"student_name": "Ann",
			"school": "A",
			"agency": "EP Service",
			"agency_type": "Educational Psychology",
			"referral_date": date(2026, 3, 1),
			"closed_on": None,
		},
		{
			"student": "S1",
			"student_name": "Ann",
			"school": "A",
			"agency": "SaLT",
			"agency_type": "Speech and Language Therapy",
			"referral_date": date(2025, 3, 1),
			"closed_on": date(2025, 6, 1),
		},
		{
			"student": "S1",
			"student_name": "Ann",
			"school": "A",
			"agency": "CAMHS North",
			"agency_type": "CAMHS",
			"referral_date": date(2025, 12, 1),
			"closed_on": date(2026, 2, 1),
		},
		{
			"student": "S2",
			"student_name": "Ben",
			"school": "A",
			"agency": "SaLT",
			"agency_type": "Speech and Language Therapy",
			"referral_date": date(2027, 1, 1),
			"closed_on": None,
		},
	]
	rows = involvement_rows(referrals, date(2026, 1, 1), date(2026, 12, 31))
	assert [(r["student"], r["agencies"], r["agency_count"]) for r in rows] == [
		("S1", "CAMHS North, EP Service", 2)
	]


def test_pupils_by_agency_type():
	rows = [
		{"types": "CAMHS, Educational Psychology"},
		{"types": "Educational Psychology"},
		{"types": ""},
	]
	assert pupils_by_agency_type(rows) == [("CAMHS", 1), ("Educational Psychology", 2)]
	assert pupils_by_agency_type([]) == []


def test_contact_summary_and_no_recent_parent_contact():
	pupils = [
		{"student": "S1", "student_name": "Ann"},
		{"student": "S2", "student_name": "Ben"},
		{"student": "S3", "student_name": "Cat"},
	]
	contacts = [
		{"student": "S1", "contact_type": "Meeting", "with_whom": "Parent/Carer", "date": date(2026, 11, 1)},
		{"student": "S1", "contact_type": "Phone", "with_whom": "Agency", "date": date(2026, 11, 20)},
		{"student": "S2", "contact_type": "Phone", "with_whom": "Parent/Carer", "date": date(2026, 8, 1)},
	]
	rows = {r["student"]: r for r in contact_summary_rows(pupils, contacts, TODAY, weeks=6)}
	assert (
		rows["S1"]["Meeting"],
		rows["S1"]["Phone"],
		rows["S1"]["total"],
		rows["S1"]["no_recent_parent_contact"],
	) == (1, 1, 2, 0)
	assert rows["S2"]["no_recent_parent_contact"] == 1 and rows["S2"]["last_parent_contact"] == date(
		2026, 8, 1
	)
	assert rows["S3"]["total"] == 0 and rows["S3"]["no_recent_parent_contact"] == 1
	assert [r["student"] for r in contact_summary_rows(pupils, [], TODAY, 6)] == ["S1", "S2", "S3"]


def test_the_last_parent_contact_is_read_from_before_the_period_too():
	pupils = [{"student": "S1", "student_name": "Ann"}, {"student": "S2", "student_name": "Ben"}]
	earlier = [{"student": "S1", "date": TODAY - timedelta(weeks=10)}]
	rows = {r["student"]: r for r in contact_summary_rows(pupils, [], TODAY, 4, parent_contacts=earlier)}
	assert rows["S1"]["last_parent_contact"] == TODAY - timedelta(weeks=10)
	assert rows["S1"]["no_recent_parent_contact"] == 1 and rows["S1"]["total"] == 0
	assert rows["S2"]["last_parent_contact"] is None


def test_waiting_times_per_agency_type_and_suppressed():
	from senco_app.rules.agency_reports import waiting_times

	d = date(2026, 1, 1)
	referrals = [
		{
			"agency_type": "EP",
			"referral_date": d,
			"first_appointment_date": date(2026, 1, 31),
			"status": "Seen",
		},
		{
			"agency_type": "EP",
			"referral_date": d,
			"first_appointment_date": date(2026, 1, 11),
			"status": "Seen",
		},
		{"agency_type": "EP", "referral_date": d, "first_appointment_date": None, "status": "Referred"},
		{"agency_type": "EP", "referral_date": d, "first_appointment_date": None, "status": "Withdrawn"},
	]
	(row,) = waiting_times(referrals, date(2026, 3, 1))
	# seen after 30 and 10 days: 20 on average; one still waiting (the withdrawn one is not)
	assert row == {"agency_type": "EP", "referrals": 4, "seen": 2, "average_wait": 20.0, "waiting": 1}
	(row,) = waiting_times(referrals, date(2026, 3, 1), suppressed=True)
	assert row == {"agency_type": "EP", "referrals": "<5", "seen": "<5", "average_wait": "c", "waiting": "<5"}
	assert waiting_times([], date(2026, 3, 1)) == []
