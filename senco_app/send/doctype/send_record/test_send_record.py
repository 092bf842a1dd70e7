# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

import frappe
from frappe.utils import add_days
from frappe.utils import get_url_to_form
from frappe.utils import getdate
from frappe.utils import today

from senco_app.exceptions import CrossSchoolLinkError
from senco_app.exceptions import DuplicateRecordError
from senco_app.exceptions import InvalidLinkError
from senco_app.exceptions import InvalidTableError
from senco_app.exceptions import RuleBrokenError
from senco_app.tests.utils import OTHER_SCHOOL
from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import SCHOOL_B
from senco_app.tests.utils import TEST_IGNORE
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import call_route
from senco_app.tests.utils import issue_ehc_plan
from senco_app.tests.utils import make_contact
from senco_app.tests.utils import make_ehc_plan
from senco_app.tests.utils import make_send_record
from senco_app.tests.utils import make_student
from senco_app.tests.utils import past
from senco_app.tests.utils import refuse_to_assess

test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE


def new_record(student, school=SCHOOL_A, provision="SEN Support", needs=(("SLCN", 1),), **values):
	return frappe.get_doc(
		{
			"doctype": "SEND Record",
			"student": student,
			"school": school,
			"sen_provision": provision,
			"start_date": past(30),
			"parents_informed_date": past(30),
			"needs": [{"need_type": code, "rank": rank} for code, rank in needs],
			**values,
		}
	)


class TestSENDRecord(SencoTestCase):
	def setUp(self):
		super().setUp()
		self.student = make_student(SCHOOL_A, "Ada", "Register").name

	def assert_rejected(self, doc, fieldname, exc=RuleBrokenError):
		with self.assertFieldError(exc, fieldname) if fieldname else self.assertRaises(exc):
			doc.insert()
		self.assertNothingWritten("SEND Record", {"student": doc.student})

	# derived values and history on insert

	def test_sen_support_record_derives_census_code_needs_and_first_history_row(self):
		doc = make_send_record(self.student, SCHOOL_A, needs=("ASD", "SLCN"), start_date=past(30))
		self.assertEqual(doc.census_code, "K")
		self.assertEqual(doc.status, "Open")
		self.assertEqual((doc.primary_need, doc.secondary_need), ("ASD", "SLCN"))
		self.assertEqual(len(doc.history), 1)
		row = doc.history[0]
		self.assertEqual(getdate(row.from_date), getdate(past(30)))
		self.assertIsNone(row.to_date)
		self.assertEqual((row.sen_provision, row.census_code, row.needs), ("SEN Support", "K", "ASD, SLCN"))

	def test_monitoring_needs_no_primary_need_and_is_census_n(self):
		doc = make_send_record(self.student, SCHOOL_A, provision="Monitoring", needs=())
		self.assertEqual(doc.census_code, "N")
		self.assertIsNone(doc.primary_need)

	def test_blank_ranks_are_numbered_in_row_order(self):
		doc = new_record(self.student, needs=(("SEMH", 0), ("SPLD", 0)))
		doc.insert()
		self.assertEqual([(n.need_type, n.rank) for n in doc.needs], [("SEMH", 1), ("SPLD", 2)])
		self.assertEqual(doc.primary_need, "SEMH")

	def test_the_form_ranks_a_new_need_by_the_servers_rule(self):
		cmd = "senco_app.send.doctype.send_record.send_record.rank_needs"
		self.assertEqual(call_route(cmd, ranks="[1, 3, 0, 0]"), [1, 3, 2, 4])
		self.assertEqual(call_route(cmd, ranks="[]"), [])
		with self.assertFieldError(InvalidTableError, "needs"):
			call_route(cmd, ranks="not a list")

	def test_the_timeline_links_each_record_by_frappes_url(self):
		from senco_app.send.doctype.send_record.send_record_timeline import send_record_timeline

		record = make_send_record(self.student, SCHOOL_A)
		contact = make_contact(self.student, SCHOOL_A).name
		content = " ".join(item["content"] for item in send_record_timeline("SEND Record", record.name))
		self.assertIn(f'href="{get_url_to_form("SEND Contact Log", contact)}"', content)

	def test_track_changes_is_on(self):
		self.assertTrue(frappe.get_meta("SEND Record").track_changes)
		doc = make_send_record(self.student, SCHOOL_A)
		doc.summary = "Needs visual timetable"
		doc.save(ignore_version=False)  # Frappe skips versions in tests unless asked
		self.assertTrue(frappe.db.exists("Version", {"ref_doctype": "SEND Record", "docname": doc.name}))

	# history on each kind of change

	def test_change_of_provision_closes_the_open_row_and_opens_a_new_one_today(self):
		doc = make_send_record(self.student, SCHOOL_A, needs=("SLCN",), start_date=past(60))
		doc.sen_provision = "Monitoring"
		doc.set("needs", [])
		doc.save()
		self.assertEqual(len(doc.history), 2)
		first, second = doc.history
		self.assertEqual(getdate(first.to_date), getdate(add_days(today(), -1)))
		self.assertEqual(first.sen_provision, "SEN Support")
		self.assertEqual((second.sen_provision, second.census_code), ("Monitoring", "N"))
		self.assertEqual(getdate(second.from_date), getdate(today()))
		self.assertIsNone(second.to_date)

	def test_change_of_needs_adds_a_history_row(self):
		doc = make_send_record(self.student, SCHOOL_A, needs=("SLCN",), start_date=past(60))
		doc.append("needs", {"need_type": "SEMH", "rank": 2})
		doc.save()
		self.assertEqual([h.needs for h in doc.history], ["SLCN", "SLCN, SEMH"])
		doc.needs[0].rank, doc.needs[1].rank = 2, 1
		doc.save()
		self.assertEqual(doc.history[-1].needs, "SEMH, SLCN")
		self.assertEqual(doc.primary_need, "SEMH")

	def test_edit_without_change_of_provision_or_needs_adds_no_row(self):
		doc = make_send_record(self.student, SCHOOL_A, start_date=past(60))
		doc.strengths = "Loves drawing"
		doc.save()
		self.assertEqual(len(doc.history), 1)

	def test_same_day_correction_replaces_the_row(self):
		doc = make_send_record(self.student, SCHOOL_A, start_date=today())
		doc.needs[0].need_type = "ASD"
		doc.save()
		self.assertEqual(len(doc.history), 1)
		self.assertEqual(doc.history[0].needs, "ASD")

	def test_closing_the_record_ends_the_open_row(self):
		doc = make_send_record(self.student, SCHOOL_A, start_date=past(60))
		doc.end_date = past(1)
		doc.end_reason = "No longer has SEN"
		doc.save()
		self.assertEqual(doc.status, "Closed")
		self.assertEqual(getdate(doc.history[-1].to_date), getdate(past(1)))

	def test_history_sent_by_the_client_is_ignored(self):
		doc = make_send_record(self.student, SCHOOL_A, start_date=past(60))
		doc.set("history", [{"from_date": past(500), "sen_provision": "EHC Plan", "needs": "PD"}])
		doc.save()
		doc.reload()
		self.assertEqual([(h.sen_provision, h.needs) for h in doc.history], [("SEN Support", "SLCN")])
		self.assertEqual(getdate(doc.history[0].from_date), getdate(past(60)))

	def test_closed_record_allows_a_new_open_record(self):
		doc = make_send_record(self.student, SCHOOL_A, start_date=past(60))
		doc.end_date, doc.end_reason = past(10), "No longer has SEN"
		doc.save()
		again = make_send_record(self.student, SCHOOL_A, start_date=past(5))
		self.assertEqual(again.status, "Open")

	# bad input: a clear error naming the field, nothing written

	def test_second_open_record_for_the_same_student_and_school_is_rejected(self):
		first = make_send_record(self.student, SCHOOL_A)
		with self.assertFieldError(DuplicateRecordError, "student"):
			new_record(self.student).insert()
		self.assertEqual(frappe.db.count("SEND Record", {"student": self.student}), 1)
		self.assertTrue(frappe.db.exists("SEND Record", first.name))

	def test_student_of_another_school_is_rejected(self):
		other = make_student(SCHOOL_B, "Bea", "Elsewhere").name
		for student, school in ((other, SCHOOL_A), (self.student, OTHER_SCHOOL)):
			with self.assertFieldError(CrossSchoolLinkError, "student"):
				new_record(student, school=school).insert()
			self.assertNothingWritten("SEND Record", {"student": student})

	def test_end_before_start_is_rejected(self):
		self.assert_rejected(
			new_record(self.student, end_date=past(40), end_reason="Other"),
			"end_date",
		)

	def test_future_dates_are_rejected(self):
		tomorrow = add_days(today(), 1)
		self.assert_rejected(new_record(self.student, start_date=tomorrow), "start_date")
		self.assert_rejected(new_record(self.student, date_identified=tomorrow), "date_identified")
		self.assert_rejected(
			new_record(self.student, end_date=tomorrow, end_reason="Other"),
			"end_date",
		)

	def test_end_date_needs_a_reason(self):
		self.assert_rejected(new_record(self.student, end_date=past(1)), "end_reason")

	def test_duplicate_ranks_are_rejected(self):
		self.assert_rejected(new_record(self.student, needs=(("SLCN", 1), ("ASD", 1))), "needs")

	def test_gapped_ranks_are_rejected(self):
		self.assert_rejected(new_record(self.student, needs=(("SLCN", 1), ("ASD", 3))), "needs")

	def test_a_need_listed_twice_is_rejected(self):
		self.assert_rejected(new_record(self.student, needs=(("SLCN", 1), ("SLCN", 2))), "needs")

	def test_sen_support_and_ehc_plan_need_a_primary_need(self):
		for provision in ("SEN Support", "EHC Plan"):
			self.assert_rejected(new_record(self.student, provision=provision, needs=()), "needs")

	def test_nsa_only_with_sen_support(self):
		for provision in ("EHC Plan", "Monitoring"):
			self.assert_rejected(
				new_record(self.student, provision=provision, needs=(("NSA", 1),)),
				"needs",
			)
		self.assertEqual(make_send_record(self.student, SCHOOL_A, needs=("NSA",)).census_code, "K")

	def test_need_code_that_is_not_a_sen_need_type_is_rejected(self):
		# refused as a link to nothing, before the need rules run
		with self.assertRaises(InvalidLinkError) as caught:
			new_record(self.student, needs=(("XYZ", 1),)).insert()
		exc = caught.exception
		self.assertEqual((exc.fieldname, exc.parentfield, exc.row), ("need_type", "needs", 1))
		self.assertNothingWritten("SEND Record", {"student": self.student})

	def test_disabled_need_type_is_rejected_on_new_records(self):
		frappe.db.set_value("SEN Need Type", "OTH", "disabled", 1)
		try:
			self.assert_rejected(new_record(self.student, needs=(("OTH", 1),)), "needs")
		finally:
			frappe.db.set_value("SEN Need Type", "OTH", "disabled", 0)

	def test_failed_update_changes_nothing(self):
		doc = make_send_record(self.student, SCHOOL_A, needs=("SLCN",))
		doc.sen_provision = "EHC Plan"
		doc.needs[0].need_type = "NSA"
		with self.assertFieldError(RuleBrokenError, "needs"):
			doc.save()
		saved = frappe.get_doc("SEND Record", doc.name)
		self.assertEqual(saved.sen_provision, "SEN Support")
		self.assertEqual([h.sen_provision for h in saved.history], ["SEN Support"])

	# effective dates (issue 11)

	def history(self, name):
		return [
			(h.sen_provision, h.needs, getdate(h.from_date), h.to_date and getdate(h.to_date))
			for h in frappe.get_doc("SEND Record", name).history
		]

	def assertHistory(self, name, *periods):
		"""The record's history is ``periods``: (provision, needs, from, to), the dates in days ago and
		``to`` None while the period is open."""
		expected = [
			(provision, needs, getdate(past(start)), None if end is None else getdate(past(end)))
			for provision, needs, start, end in periods
		]
		self.assertEqual(self.history(name), expected)

	def test_a_backdated_change_re_splits_the_history_and_the_effective_date_is_cleared(self):
		doc = make_send_record(self.student, SCHOOL_A, needs=("SLCN",), start_date=past(90))
		doc.append("needs", {"need_type": "ASD", "rank": 2})
		doc.effective_date = past(40)
		doc.save()
		doc.reload()
		self.assertIsNone(doc.effective_date)
		self.assertHistory(doc.name, ("SEN Support", "SLCN", 90, 41), ("SEN Support", "SLCN, ASD", 40, None))
		# a provision change dated before the needs change: from that day on, the pupil is monitored
		doc.sen_provision = "Monitoring"
		doc.set("needs", [])
		doc.effective_date = past(60)
		doc.save()
		self.assertHistory(doc.name, ("SEN Support", "SLCN", 90, 61), ("Monitoring", "", 60, None))
		# the next change, with no effective date, is today's
		doc.sen_provision = "SEN Support"
		doc.append("needs", {"need_type": "SEMH", "rank": 1})
		doc.save()
		self.assertEqual(self.history(doc.name)[-1], ("SEN Support", "SEMH", getdate(today()), None))

	def test_an_effective_date_alone_moves_the_latest_change(self):
		doc = make_send_record(self.student, SCHOOL_A, needs=("SLCN",), start_date=past(90))
		doc.append("needs", {"need_type": "ASD", "rank": 2})
		doc.save()  # typed today, but it happened three weeks ago
		doc.effective_date = past(21)
		doc.save()
		self.assertHistory(doc.name, ("SEN Support", "SLCN", 90, 22), ("SEN Support", "SLCN, ASD", 21, None))

	def test_an_effective_date_in_the_future_or_before_the_start_is_refused_and_nothing_saved(self):
		doc = make_send_record(self.student, SCHOOL_A, needs=("SLCN",), start_date=past(90))
		before = self.history(doc.name)
		for effective in (add_days(today(), 1), past(91)):
			doc = frappe.get_doc("SEND Record", doc.name)
			doc.append("needs", {"need_type": "ASD", "rank": 2})
			doc.effective_date = effective
			with self.assertFieldError(RuleBrokenError, "effective_date"):
				doc.save()
			saved = frappe.get_doc("SEND Record", doc.name)
			self.assertEqual([n.need_type for n in saved.needs], ["SLCN"])
			self.assertEqual(self.history(doc.name), before)

	def test_a_change_to_a_closed_record_after_its_end_is_refused(self):
		doc = make_send_record(self.student, SCHOOL_A, needs=("SLCN",), start_date=past(90))
		doc.end_date, doc.end_reason = past(10), "Left the school"
		doc.save()
		doc.append("needs", {"need_type": "ASD", "rank": 2})
		doc.effective_date = past(5)
		with self.assertFieldError(RuleBrokenError, "effective_date"):
			doc.save()
		# dated inside the record, it re-splits its last period
		doc = frappe.get_doc("SEND Record", doc.name)
		doc.append("needs", {"need_type": "ASD", "rank": 2})
		doc.effective_date = past(30)
		doc.save()
		self.assertHistory(doc.name, ("SEN Support", "SLCN", 90, 31), ("SEN Support", "SLCN, ASD", 30, 10))

	# census consistency (issue 11)

	def test_ehc_plan_by_hand_without_an_issued_plan_is_refused(self):
		self.assert_rejected(new_record(self.student, provision="EHC Plan"), "sen_provision")
		doc = make_send_record(self.student, SCHOOL_A, needs=("SLCN",))
		# an appeal against a refusal to assess is no plan
		refuse_to_assess(
			self.student,
			SCHOOL_A,
			status="Under appeal",
			appeal_decision="Refusal to assess",
			appeal_date=past(5),
		)
		doc.reload()
		doc.sen_provision = "EHC Plan"
		with self.assertFieldError(RuleBrokenError, "sen_provision"):
			doc.save()
		self.assertEqual(frappe.db.get_value("SEND Record", doc.name, "sen_provision"), "SEN Support")

	def test_ehc_plan_by_hand_with_an_issued_plan_is_allowed(self):
		doc = make_send_record(self.student, SCHOOL_A, needs=("SLCN",), start_date=past(60))
		issue_ehc_plan(self.student, SCHOOL_A, issue_date=past(10))
		doc.reload()
		self.assertEqual(doc.sen_provision, "EHC Plan")
		doc.sen_provision = "SEN Support"
		doc.save()
		doc.sen_provision = "EHC Plan"  # the plan is still issued
		doc.save()
		self.assertEqual(doc.census_code, "E")

	def test_monitoring_with_need_types_is_refused(self):
		self.assert_rejected(new_record(self.student, provision="Monitoring", needs=(("SLCN", 1),)), "needs")
		doc = make_send_record(self.student, SCHOOL_A, needs=("SLCN",))
		doc.sen_provision = "Monitoring"
		with self.assertFieldError(RuleBrokenError, "needs"):
			doc.save()
		self.assertEqual(frappe.db.get_value("SEND Record", doc.name, "sen_provision"), "SEN Support")

	def test_a_monitored_pupil_is_not_due_an_sen_review(self):
		doc = make_send_record(self.student, SCHOOL_A, provision="Monitoring", needs=(), start_date=past(300))
		self.assertEqual(
			frappe.db.get_value("SEND Record", doc.name, ["next_review_due", "review_overdue"]), (None, 0)
		)
