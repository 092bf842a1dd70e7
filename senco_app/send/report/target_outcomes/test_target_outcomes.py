# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

import frappe
from frappe.desk.query_report import run as run_report
from frappe.utils import add_days
from frappe.utils import today

from senco_app.send.doctype.individual_education_plan.individual_education_plan import (
	make_review as review_from_plan,
)
from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import SCHOOL_B
from senco_app.tests.utils import TEST_IGNORE
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import make_entry
from senco_app.tests.utils import make_iep
from senco_app.tests.utils import make_provision
from senco_app.tests.utils import make_send_record
from senco_app.tests.utils import make_student
from senco_app.tests.utils import past
from senco_app.tests.utils import user_of

test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE


def reviewed_plan(student, school, outcomes, provision="SEN Support", **plan_values):
	make_send_record(student, school, provision=provision, start_date=past(200))
	plan = make_iep(
		student,
		school,
		targets=tuple(f"Target {i}" for i in range(len(outcomes))),
		start_date=past(100),
		**plan_values,
	)
	review = review_from_plan(plan.name)
	review.meeting_date = past(2)
	for row, outcome in zip(review.target_outcomes, outcomes, strict=True):
		row.outcome = outcome
	review.insert()
	review.submit()
	return plan


class TestTargetOutcomes(SencoTestCase):
	def test_outcomes_by_area_and_provision(self):
		reviewed_plan(make_student(SCHOOL_A, "Out", "One").name, SCHOOL_A, ["Met", "Exceeded", "Not met"])
		reviewed_plan(
			make_student(SCHOOL_A, "Out", "Two").name, SCHOOL_A, ["Partially met", None], provision="EHC Plan"
		)
		reviewed_plan(make_student(SCHOOL_B, "Out", "Three").name, SCHOOL_B, ["Met"])
		filters = {"school": SCHOOL_A, "from_date": past(365), "to_date": today()}

		result = run_report("Target Outcomes", filters={**filters, "group_by": "Area of Need"})
		(row,) = result["result"]
		self.assertEqual(
			(
				row["group"],
				row["targets"],
				row["Met"],
				row["Exceeded"],
				row["Not met"],
				row["Partially met"],
				row["No outcome yet"],
			),
			("Cognition and learning", 5, 1, 1, 1, 1, 1),
		)
		self.assertEqual(row["met_percent"], 50.0)  # 2 of the 4 targets with an outcome

		result = run_report("Target Outcomes", filters={**filters, "group_by": "SEN Provision"})
		by_group = {r["group"]: (r["targets"], r["met_percent"]) for r in result["result"]}
		self.assertEqual(by_group, {"EHC Plan": (2, 0.0), "SEN Support": (3, 66.7)})

		frappe.set_user(user_of(SCHOOL_B))
		result = run_report(
			"Target Outcomes", filters={"from_date": past(365), "to_date": add_days(today(), 1)}
		)
		self.assertEqual([r["targets"] for r in result["result"]], [1])

	def test_outcomes_by_intervention(self):
		# pupil 1 is in the reading group and the talk group (2 targets: Met, Not met); pupil 2 only in
		# the talk group (1 target: Exceeded); pupil 3 has a plain-text provision (1 target: no outcome)
		one, two, three = (make_student(SCHOOL_A, "Group", n).name for n in ("One", "Two", "Three"))
		when = {"start_date": past(120), "end_date": add_days(today(), 30)}
		reading = make_provision()
		talk = make_provision("_Test Talk Group")
		make_entry(SCHOOL_A, [one], provision=reading, **when)
		make_entry(SCHOOL_A, [one, two], provision=talk, **when)
		reviewed_plan(one, SCHOOL_A, ["Met", "Not met"])
		reviewed_plan(two, SCHOOL_A, ["Exceeded"])
		reviewed_plan(three, SCHOOL_A, [None], provisions=[{"provision": "Fidget toy in class"}])
		result = run_report(
			"Target Outcomes",
			filters={
				"school": SCHOOL_A,
				"from_date": past(365),
				"to_date": today(),
				"group_by": "Intervention",
			},
		)
		rows = {
			r["group"]: (r["targets"], r["Met"], r["Exceeded"], r["Not met"], r["met_percent"])
			for r in result["result"]
		}
		self.assertEqual(
			rows,
			{
				reading: (2, 1, 0, 1, 50.0),
				talk: (3, 1, 1, 1, 66.7),
				"Fidget toy in class": (1, 0, 0, 0, 0.0),
			},
		)
		# totals count each target once: 4 targets, 3 with an outcome, 2 met or exceeded
		self.assertEqual([s["value"] for s in result["report_summary"]], [4, 3, 66.7])
