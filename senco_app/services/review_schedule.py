"""The review schedule kept on each SEND Record: active plan, last review, next review due, overdue,
and parent meetings in the last twelve months. Refreshed when a plan or review is submitted or
cancelled, and every day by the scheduler (dates move on even when nobody saves anything).

Parent meetings are counted from submitted reviews a parent or carer attended; other sources (the
contact log) register a function in PARENT_MEETING_SOURCES.
"""

from collections import defaultdict

import frappe
from frappe.utils import getdate
from frappe.utils import today

from senco_app.rules import reviews as review_rules
from senco_app.rules.statutory import add_months
from senco_app.services.settings import send_settings

# Dotted paths of functions (students: list[str], since: date) -> list[dict(student, school, date)]
# giving parent meetings besides reviews.
PARENT_MEETING_SOURCES = ["senco_app.services.contact_log.contact_log_parent_meetings"]

SCHEDULE_FIELDS = (
	"active_iep",
	"last_review_date",
	"next_review_due",
	"review_overdue",
	"parent_meetings_12m",
	"too_few_parent_meetings",
)


def review_parent_meetings(students: list[str], since) -> list[dict]:
	"""Submitted reviews since ``since`` that a parent or carer attended."""
	review = frappe.qb.DocType("SEND Review")
	attendee = frappe.qb.DocType("SEND Review Attendee")
	return (
		frappe.qb.from_(review)
		.join(attendee)
		.on(attendee.parent == review.name)
		.select(review.student, review.school, review.meeting_date.as_("date"))
		.where(
			(review.docstatus == 1)
			& (review.student.isin(students))
			& (review.meeting_date > since)
			& (attendee.parenttype == "SEND Review")
			& (attendee.is_parent == 1)
			& (attendee.attended == 1)
		)
		.distinct()
		.run(as_dict=True)
	)


def refresh_review_schedule(records: list[str] | None = None):
	"""Recompute the schedule of the given SEND Records (all open ones when None): one query per table
	to read, and the records that changed written in batches."""
	filters = {"status": "Open"} if records is None else {"name": ["in", records]}
	rows = frappe.get_all(
		"SEND Record",
		filters=filters,
		fields=["name", "student", "school", "sen_provision", "start_date", *SCHEDULE_FIELDS],
		order_by=None,
	)
	if not rows:
		return
	settings = send_settings()
	cycle = settings.review_cycle_months
	required = settings.parent_meetings_per_year
	now = getdate(today())
	students = list({r.student for r in rows})

	plans = {}
	for plan in frappe.get_all(
		"Individual Education Plan",
		filters={"student": ["in", students], "docstatus": 1},
		fields=["name", "student", "school", "review_date", "start_date"],
		order_by="start_date asc",
	):
		plans[(plan.student, plan.school)] = plan

	last_reviews = {}
	for review in frappe.get_all(
		"SEND Review",
		filters={"student": ["in", students], "docstatus": 1},
		fields=["student", "school", "meeting_date", "next_review_date"],
		order_by="meeting_date asc",
	):
		last_reviews[(review.student, review.school)] = review

	since = add_months(now, -12)
	meetings = defaultdict(list)
	for source in [review_parent_meetings, *map(frappe.get_attr, PARENT_MEETING_SOURCES)]:
		for m in source(students, since):
			meetings[(m["student"], m["school"])].append(getdate(m["date"]))

	changes = {}
	for row in rows:
		key = (row.student, row.school)
		plan, last = plans.get(key), last_reviews.get(key)
		due = (
			review_rules.next_review_due(
				last_review_date=getdate(last.meeting_date) if last else None,
				last_review_next_date=getdate(last.next_review_date)
				if last and last.next_review_date
				else None,
				plan_review_date=getdate(plan.review_date) if plan else None,
				register_start=getdate(row.start_date),
				cycle_months=cycle,
			)
			if review_rules.has_sen_reviews(row.sen_provision)
			else None  # a pupil on Monitoring is not flagged for SEN reviews
		)
		count = review_rules.meetings_in_last_year(meetings.get(key, []), now)
		values = {
			"active_iep": plan.name if plan else None,
			"last_review_date": getdate(last.meeting_date) if last else None,
			"next_review_due": due,
			"review_overdue": int(review_rules.days_overdue(due, now) > 0),
			"parent_meetings_12m": count,
			"too_few_parent_meetings": int(
				review_rules.too_few_parent_meetings(count, required, row.sen_provision)
			),
		}
		current = {f: row.get(f) for f in SCHEDULE_FIELDS}
		current = {k: (getdate(v) if k.endswith(("_date", "_due")) and v else v) for k, v in current.items()}
		if current != values:
			changes[row.name] = values
	frappe.db.bulk_update("SEND Record", changes, chunk_size=200, update_modified=False)


def daily():
	"""Scheduler: dates move on overnight."""
	refresh_review_schedule()
