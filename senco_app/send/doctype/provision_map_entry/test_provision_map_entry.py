# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

import frappe

from senco_app.exceptions import CrossSchoolLinkError
from senco_app.exceptions import RuleBrokenError
from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import SCHOOL_B
from senco_app.tests.utils import TEST_IGNORE
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import make_entry
from senco_app.tests.utils import make_provision
from senco_app.tests.utils import make_send_record
from senco_app.tests.utils import make_student
from senco_app.tests.utils import term_day
from senco_app.tests.utils import user_of

test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE
PME = "Provision Map Entry"


class TestProvisionMapEntry(SencoTestCase):
	def setUp(self):
		super().setUp()
		self.pupils = [make_student(SCHOOL_A, f"Pip{i}", "Provision").name for i in range(4)]

	def test_costing_and_progress_hand_calculated(self):
		# 3 sessions x 30 minutes x 12 weeks (make_entry: 82 days, 7 Sep to 27 Nov in 2026-27) = 18 hours x 15.00 = 270.00 / 4 = 67.50
		entry = make_entry(
			SCHOOL_A,
			[
				{"student": self.pupils[0], "entry_score": 84, "exit_score": 96},
				{"student": self.pupils[1], "entry_score": 90},
				{
					"student": self.pupils[2],
					"entry_score": 0,
					"entry_date": term_day(0),
					"exit_score": 5,
					"exit_date": term_day(11, 4),
				},
				self.pupils[3],
			],
		)
		self.assertEqual(
			(entry.sessions_per_week, entry.minutes_per_session, entry.cost_per_hour), (3, 30, 15)
		)
		self.assertEqual(
			(entry.weeks, entry.total_hours, entry.total_cost, entry.cost_per_pupil), (12, 18, 270, 67.5)
		)
		# a score of 0 counts when its date is recorded (Frappe keeps an empty score as 0)
		self.assertEqual([(p.progress, p.measured) for p in entry.pupils], [(12, 1), (0, 0), (5, 1), (0, 0)])
		self.assertEqual(entry.pupils[0].cost, 67.5)
		entry.override_weeks, entry.weeks = 1, 10
		entry.save()
		self.assertEqual((entry.total_hours, entry.total_cost), (15, 225))

	def test_lower_is_better_measure(self):
		boxall = make_provision("_Test Nurture", wave="Wave 2", higher_is_better=0)
		entry = make_entry(
			SCHOOL_A, [{"student": self.pupils[0], "entry_score": 30, "exit_score": 22}], provision=boxall
		)
		self.assertEqual(entry.pupils[0].progress, 8)

	def test_bad_input(self):
		cases = [
			({"end_date": term_day(-1)}, [], "end_date"),
			({"sessions_per_week": -1}, [], "sessions_per_week"),
			({"minutes_per_session": -10}, [], "minutes_per_session"),
			({"cost_per_hour": -5}, [], "cost_per_hour"),
			({"cost_per_hour": 0}, [], "cost_per_hour"),
			({}, [self.pupils[0], self.pupils[0]], "pupils"),
			({}, [{"student": self.pupils[0], "exit_score": 5}], "pupils"),
			(
				{},
				[{"student": self.pupils[0], "entry_date": term_day(3, 3), "exit_date": term_day(1, 6)}],
				"pupils",
			),
		]
		for values, pupils, fieldname in cases:
			with self.assertFieldError(RuleBrokenError, fieldname):
				make_entry(SCHOOL_A, pupils or [self.pupils[1]], **values)
		other = make_student(SCHOOL_B, "Bea", "Provision").name
		with self.assertFieldError(CrossSchoolLinkError, "student"):
			make_entry(SCHOOL_A, [self.pupils[0], other])
		self.assertFalse(frappe.db.count(PME, {"school": SCHOOL_A}))

	def test_wave_3_needs_an_open_register_record(self):
		precision = make_provision("_Test Precision Teaching", wave="Wave 3")
		with self.assertFieldError(RuleBrokenError, "student"):
			make_entry(SCHOOL_A, [self.pupils[0]], provision=precision)
		make_send_record(self.pupils[0], SCHOOL_A)
		self.assertTrue(make_entry(SCHOOL_A, [self.pupils[0]], provision=precision).name)
		# wave 1 and 2 groups may include pupils not on the register
		self.assertTrue(make_entry(SCHOOL_A, [self.pupils[1]]).name)

	def test_disabled_provision_and_another_schools_provision(self):
		old = make_provision("_Test Retired Scheme", disabled=1)
		with self.assertFieldError(RuleBrokenError, "provision"):
			make_entry(SCHOOL_A, [self.pupils[0]], provision=old)
		theirs = make_provision("_Test B Only Scheme", school=SCHOOL_B)
		with self.assertFieldError(CrossSchoolLinkError, "provision"):
			make_entry(SCHOOL_A, [self.pupils[0]], provision=theirs)
		self.assertFalse(frappe.db.count(PME, {"school": SCHOOL_A}))

	def test_staff_clash_warning(self):
		ta = user_of(SCHOOL_A, "SEND Staff")
		settings = frappe.get_single("SEND Settings")
		settings.append("staff_minutes", {"user": ta, "weekly_minutes": 300})
		settings.save()
		frappe.clear_document_cache("SEND Settings", "SEND Settings")
		frappe.local.message_log = []
		make_entry(
			SCHOOL_A, [self.pupils[0]], staff=ta, sessions_per_week=5, minutes_per_session=50
		)  # 250 a week
		self.assertFalse(any("more than their" in str(m) for m in frappe.local.message_log))
		make_entry(
			SCHOOL_A, [self.pupils[1]], staff=ta, start_date=term_day(4), end_date=term_day(5, 4)
		)  # + 90
		self.assertTrue(
			any("340 minutes" in str(m) and "more than their 300" in str(m) for m in frappe.local.message_log)
		)

	def test_the_pupil_provision_map_leaves_scores_not_given_blank(self):
		from senco_app.services.provision_lookup import pupil_provision

		make_entry(
			SCHOOL_A,
			[{"student": self.pupils[0], "entry_score": 10}],
			provision=make_provision("_Test Unmeasured"),
		)
		make_entry(
			SCHOOL_A,
			[{"student": self.pupils[0], "entry_score": 10, "exit_score": 0, "exit_date": "2026-11-20"}],
			provision=make_provision("_Test Measured"),
		)
		rows = {r["provision"]: r for r in pupil_provision(self.pupils[0], SCHOOL_A)}
		self.assertEqual(
			(rows["_Test Unmeasured"]["entry_score"], rows["_Test Unmeasured"]["exit_score"]), (10, None)
		)
		self.assertEqual(rows["_Test Measured"]["exit_score"], 0)

	def test_isolation_print_format_and_shared_catalogue(self):
		from frappe.www.printview import get_html_and_style

		shared = make_provision("_Test Shared Scheme")
		own_b = make_provision("_Test B Scheme", school=SCHOOL_B)
		record = make_send_record(self.pupils[0], SCHOOL_A).name
		mine = make_entry(
			SCHOOL_A, [{"student": self.pupils[0], "entry_score": 10, "exit_score": 14}], provision=shared
		).name
		pupil_b = make_student(SCHOOL_B, "Bea", "Provision").name
		theirs = make_entry(SCHOOL_B, [pupil_b], provision=own_b).name
		frappe.set_user(user_of(SCHOOL_A))
		self.assertEqual(
			set(frappe.get_list(PME, filters={"name": ["in", [mine, theirs]]}, pluck="name")), {mine}
		)
		self.assertEqual(
			set(frappe.get_list("SEND Provision", filters={"name": ["in", [shared, own_b]]}, pluck="name")),
			{shared},
		)
		with self.assertRaises(frappe.PermissionError):
			frappe.client.get(PME, theirs)
		html = get_html_and_style("SEND Record", record, print_format="Pupil Provision Map")["html"]
		self.assertIn("_Test Shared Scheme", html)
		self.assertIn("Total hours", html)
