"""The v0_2 data patches on hand-built wrong data: E periods moved back to the issue date, appeals
given their decision, Monitoring needs moved into the summary; right rows untouched, nothing lost,
and a second run changes nothing."""

import frappe
from frappe.utils import getdate

from senco_app.patches.v0_2 import appeal_decision
from senco_app.patches.v0_2 import appeal_not_e
from senco_app.patches.v0_2 import e_period_from_issue_date
from senco_app.patches.v0_2 import monitoring_needs
from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import issue_ehc_plan
from senco_app.tests.utils import make_ehc_plan
from senco_app.tests.utils import make_send_record
from senco_app.tests.utils import make_student
from senco_app.tests.utils import past
from senco_app.tests.utils import refuse_to_assess

test_ignore = ["Student", "Company", "User", "SEN Need Type"]
IGNORE_TEST_RECORD_DEPENDENCIES = test_ignore


def d(days_ago):
	return getdate(past(days_ago))


def history(record):
	return [
		(h.name, h.sen_provision, h.needs, getdate(h.from_date), h.to_date and getdate(h.to_date))
		for h in frappe.get_doc("SEND Record", record).history
	]


def periods(record):
	return [row[1:] for row in history(record)]


class TestEPeriodFromIssueDate(SencoTestCase):
	def wrong_record(self, first, last, issue_days_ago=60, typed_days_ago=10):
		"""A pupil put on E the day the plan was typed (the old behaviour), not on its issue date,
		with a needs change in between."""
		student = make_student(SCHOOL_A, first, last).name
		record = make_send_record(student, SCHOOL_A, needs=("SLCN",), start_date=past(120))
		record.append("needs", {"need_type": "ASD", "rank": 2})
		record.effective_date = past(40)
		record.save()
		plan = make_ehc_plan(student, SCHOOL_A, request_date=past(200))
		frappe.db.set_value(
			"EHC Plan",
			plan.name,
			{"status": "Issued", "issue_date": past(issue_days_ago), "decision_to_assess": "Yes"},
		)
		# the register as the old code left it: SEN Support up to the day before typing, E from then
		frappe.db.set_value("SEND Record", record.name, {"sen_provision": "EHC Plan", "census_code": "E"})
		last = frappe.get_doc("SEND Record", record.name).history[-1]
		frappe.db.set_value("SEND Record History", last.name, "to_date", past(typed_days_ago + 1))
		row = frappe.get_doc(
			{
				"doctype": "SEND Record History",
				"parent": record.name,
				"parenttype": "SEND Record",
				"parentfield": "history",
				"idx": last.idx + 1,
				"from_date": past(typed_days_ago),
				"sen_provision": "EHC Plan",
				"census_code": "E",
				"needs": "SLCN, ASD",
				"primary_need": "SLCN",
				"secondary_need": "ASD",
			}
		)
		row.db_insert()
		return record.name, plan.name

	def test_e_periods_move_back_to_the_issue_date_and_right_rows_are_untouched(self):
		wrong, _plan = self.wrong_record("Wes", "Wrong")
		self.assertEqual(
			periods(wrong),
			[
				("SEN Support", "SLCN", d(120), d(41)),
				("SEN Support", "SLCN, ASD", d(40), d(11)),
				("EHC Plan", "SLCN, ASD", d(10), None),
			],
		)
		# issued before the needs change: E from the issue date, the needs change kept
		earlier, _plan = self.wrong_record("Ed", "Earlier", issue_days_ago=50)
		# right already: E from the issue date (the app today)
		right_student = make_student(SCHOOL_A, "Rita", "Right").name
		right = make_send_record(right_student, SCHOOL_A, needs=("SLCN",), start_date=past(120)).name
		issue_ehc_plan(right_student, SCHOOL_A, issue_date=past(30), request_date=past(100))
		# not E: never touched
		plain_student = make_student(SCHOOL_A, "Pat", "Plain").name
		plain = make_send_record(plain_student, SCHOOL_A, needs=("SEMH",), start_date=past(80)).name
		untouched = {name: history(name) for name in (right, plain)}
		earlier_before = history(earlier)

		e_period_from_issue_date.execute()

		self.assertEqual(
			periods(wrong),
			[
				("SEN Support", "SLCN", d(120), d(61)),
				("EHC Plan", "SLCN", d(60), d(41)),
				("EHC Plan", "SLCN, ASD", d(40), None),
			],
		)
		self.assertEqual(
			periods(earlier),
			[
				("SEN Support", "SLCN", d(120), d(50 + 1)),
				("EHC Plan", "SLCN", d(50), d(41)),
				("EHC Plan", "SLCN, ASD", d(40), None),
			],
		)
		# nothing lost: every day from the start is still covered, each need change still dated
		self.assertEqual(len(earlier_before), 3)
		for name, rows in untouched.items():
			self.assertEqual(history(name), rows)
		self.assertTrue(
			frappe.db.exists("Comment", {"reference_doctype": "SEND Record", "reference_name": wrong})
		)
		# the record still saves under today's rules
		frappe.get_doc("SEND Record", wrong).save()

		after = {name: history(name) for name in (wrong, earlier, right, plain)}
		e_period_from_issue_date.execute()
		self.assertEqual({name: history(name) for name in after}, after)

	def test_appeals_get_their_decision(self):
		student = make_student(SCHOOL_A, "Ann", "Appeal").name
		make_send_record(student, SCHOOL_A, needs=("SLCN",), start_date=past(120))
		plan = refuse_to_assess(student, SCHOOL_A)
		frappe.db.set_value("EHC Plan", plan.name, {"status": "Under appeal", "appeal_date": past(5)})
		appeal_decision.execute()
		self.assertEqual(frappe.db.get_value("EHC Plan", plan.name, "appeal_decision"), "Refusal to assess")
		appeal_decision.execute()
		self.assertEqual(frappe.db.get_value("EHC Plan", plan.name, "appeal_decision"), "Refusal to assess")

	def test_an_appeal_against_a_refusal_no_longer_makes_the_pupil_e(self):
		student = make_student(SCHOOL_A, "Al", "Appeal").name
		record = make_send_record(student, SCHOOL_A, needs=("SLCN",), start_date=past(120)).name
		plan = refuse_to_assess(student, SCHOOL_A)
		frappe.db.set_value(
			"EHC Plan",
			plan.name,
			{"status": "Under appeal", "appeal_date": past(5), "send_record": record},
		)
		# the register as the old code left it: E from the day the appeal was typed
		frappe.db.set_value("SEND Record", record, {"sen_provision": "EHC Plan", "census_code": "E"})
		last = frappe.get_doc("SEND Record", record).history[-1]
		frappe.db.set_value("SEND Record History", last.name, "to_date", past(6))
		frappe.get_doc(
			{
				"doctype": "SEND Record History",
				"parent": record,
				"parenttype": "SEND Record",
				"parentfield": "history",
				"idx": 2,
				"from_date": past(5),
				"sen_provision": "EHC Plan",
				"census_code": "E",
				"needs": "SLCN",
				"primary_need": "SLCN",
			}
		).db_insert()
		# an E pupil with an issued plan stays E
		issued_student = make_student(SCHOOL_A, "Ivy", "Issued").name
		issued = make_send_record(issued_student, SCHOOL_A, provision="EHC Plan", start_date=past(60)).name
		issued_before = history(issued)

		appeal_decision.execute()
		appeal_not_e.execute()

		self.assertEqual(
			frappe.db.get_value("SEND Record", record, ["sen_provision", "census_code"]), ("SEN Support", "K")
		)
		self.assertEqual(periods(record), [("SEN Support", "SLCN", d(120), None)])
		self.assertEqual(history(issued), issued_before)
		frappe.get_doc("SEND Record", record).save()  # saves under today's rules
		after = history(record)
		appeal_not_e.execute()
		self.assertEqual(history(record), after)


class TestMonitoringNeeds(SencoTestCase):
	def test_monitoring_needs_move_into_the_summary_and_count_nowhere(self):
		student = make_student(SCHOOL_A, "Mo", "Needs").name
		record = make_send_record(
			student, SCHOOL_A, provision="Monitoring", needs=(), start_date=past(50), summary="Watch reading."
		).name
		for rank, code in ((1, "SLCN"), (2, "ASD")):
			frappe.get_doc(
				{
					"doctype": "SEND Record Need",
					"parent": record,
					"parenttype": "SEND Record",
					"parentfield": "needs",
					"idx": rank,
					"rank": rank,
					"need_type": code,
				}
			).db_insert()
		frappe.db.set_value("SEND Record", record, {"primary_need": "SLCN", "secondary_need": "ASD"})
		row = frappe.get_doc("SEND Record", record).history[0].name
		frappe.db.set_value(
			"SEND Record History",
			row,
			{"needs": "SLCN, ASD", "primary_need": "SLCN", "secondary_need": "ASD"},
		)
		other_student = make_student(SCHOOL_A, "Kim", "Kept").name
		kept = make_send_record(other_student, SCHOOL_A, needs=("SEMH",)).name

		monitoring_needs.execute()

		doc = frappe.get_doc("SEND Record", record)
		self.assertEqual(list(doc.needs), [])
		self.assertEqual((doc.primary_need, doc.secondary_need), (None, None))
		self.assertTrue(doc.summary.startswith("Watch reading."))
		self.assertIn("SLCN, ASD", doc.summary)
		self.assertEqual(
			[(h.needs, h.primary_need, h.secondary_need) for h in doc.history], [("SLCN, ASD", None, None)]
		)
		self.assertEqual([n.need_type for n in frappe.get_doc("SEND Record", kept).needs], ["SEMH"])
		doc.save()  # saves under today's rules
		summary = doc.summary
		monitoring_needs.execute()
		self.assertEqual(frappe.db.get_value("SEND Record", record, "summary"), summary)
