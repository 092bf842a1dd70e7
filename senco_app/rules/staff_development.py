"""Staff development and the monitoring of teaching for SEND pupils: the SENCO's training records and
learning walks, book looks, observations and pupil voice, with the actions agreed after each.

Source: SEND Code of Practice 0 to 25 (2015) 6.4 (high quality teaching, its regular review and
improving teachers' understanding of the SEN most frequently encountered), 6.88 to 6.90 (the SENCO
advises and supports colleagues and the school keeps staff expertise under review, comparing it with
the needs of its pupils); the NASENCO learning outcomes (leading staff development, monitoring the
quality of teaching for pupils with SEN).

No frappe import: the doctypes and reports call these with plain values."""

from datetime import date
from datetime import timedelta

import pandas as pd

from . import RuleError
from . import _
from . import check_all
from . import check_done_date

# Training

TRAINING_KINDS = ("Course", "INSET", "Online", "Coaching", "Conference", "Other")
TRAINING_STATUSES = ("Completed", "Planned")
COMPLETED = "Completed"
# One training event (a course of several days included): more hours than this is a typing slip.
MAX_EVENT_HOURS = 100
# The training-needs view counts staff trained in the last this many years unless told otherwise.
TRAINING_LOOKBACK_YEARS = 3


def check_training(record: dict, attendees: list[dict], need_types: list[str], today: date) -> None:
	"""A training record: hours above 0 and at most MAX_EVENT_HOURS; a completed event not dated in
	the future and with at least one attendee; each attendee once, attending at most the event's hours
	(0 or empty: all of them); each area of need once."""
	hours = record.get("hours") or 0
	completed = record.get("status", COMPLETED) == COMPLETED

	def check_hours():
		if not 0 < hours <= MAX_EVENT_HOURS:
			raise RuleError(
				_("Hours must be more than 0 and at most {0} for one training event."),
				MAX_EVENT_HOURS,
				field="hours",
			)

	def check_date():
		if completed and record["training_date"] > today:
			raise RuleError(
				_("A completed training event cannot be dated in the future: set its status to Planned."),
				field="training_date",
			)

	def check_attendees():
		if completed and not attendees:
			raise RuleError(_("Add the staff who attended the training."), field="attendees")
		seen = set()
		for row_no, row in enumerate(attendees, start=1):
			user = row.get("user")
			if user in seen:
				raise RuleError(_("Attendees row {0}: {1} is listed twice."), row_no, user, field="user")
			seen.add(user)
			attended = row.get("hours_attended") or 0
			if attended < 0 or (hours > 0 and attended > hours):
				raise RuleError(
					_("Attendees row {0}: hours attended must be from 0 to the event's {1} hours."),
					row_no,
					hours,
					field="hours_attended",
				)

	def check_needs():
		duplicates = sorted({n for n in need_types if need_types.count(n) > 1})
		if duplicates:
			raise RuleError(_("Areas of need: {0} is listed twice."), duplicates[0], field="need_type")

	check_all(check_hours, check_date, check_attendees, check_needs)


def pupils_per_need(register_needs: list[dict]) -> list[dict]:
	"""(school, need_type, pupils) from (school, student, need_type) of the pupils on the register, any
	rank: each pupil counted once per school and need. What the SEND Training Needs report has the
	database count."""
	needs = _frame(register_needs, ["school", "student", "need_type"]).dropna(subset=["need_type"])
	counted = needs.groupby(["school", "need_type"], as_index=False)["student"].nunique()
	return counted.rename(columns={"student": "pupils"}).to_dict("records")


def staff_per_need(trainings: list[dict], covered: list[dict], attendees: list[dict]) -> list[dict]:
	"""(school, need_type, staff_trained, last_trained) from the events and their rows: per school and
	area of need, the staff who attended an event of that school covering it (each counted once) and
	the latest such event. An event with nobody attending counts for neither. What the SEND Training
	Needs report has the database count.

	``trainings``: (name, school, training_date) of the events; ``covered``: (parent, need_type) the
	areas each event covers; ``attendees``: (parent, user)."""
	events = _frame(trainings, ["name", "school", "training_date"]).rename(columns={"name": "parent"})
	trained = (
		events.merge(_frame(covered, ["parent", "need_type"]), on="parent")
		.merge(_frame(attendees, ["parent", "user"]), on="parent")
		.dropna(subset=["user"])
	)
	staff = trained.groupby(["school", "need_type"], as_index=False).agg(
		staff_trained=("user", "nunique"), last_trained=("training_date", "max")
	)
	return staff.to_dict("records")


def training_needs(
	pupil_counts: list[dict], staff_counts: list[dict], need_types: dict[str, tuple[str, str]]
) -> list[dict]:
	"""Per school, each need type on the register against the staff trained in it.

	``pupil_counts``: (school, need_type, pupils), the pupils on the register with each need (any
	rank) counted once each per school (``pupils_per_need``); ``staff_counts``: (school, need_type,
	staff_trained, last_trained), the staff trained in each need at each school and when last
	(``staff_per_need``); ``need_types``: code -> (description, broad area).

	A row per (school, need type) with pupils: ``pupils``, ``staff_trained`` (0 where nobody is),
	``last_trained`` (None where nobody is) and ``gap`` (pupils but nobody trained); ordered by
	school, most pupils first, then code."""
	pupils = _frame(pupil_counts, ["school", "need_type", "pupils"]).dropna(subset=["need_type"])
	pupils = pupils.astype({"pupils": int})
	staff = _frame(staff_counts, ["school", "need_type", "staff_trained", "last_trained"])
	rows = pupils.merge(staff, on=["school", "need_type"], how="left")
	rows["staff_trained"] = rows["staff_trained"].fillna(0).astype(int)
	rows["last_trained"] = rows["last_trained"].astype(object).where(rows["last_trained"].notna(), None)
	rows["gap"] = ((rows["pupils"] > 0) & (rows["staff_trained"] == 0)).astype(int)
	for position, column in enumerate(("description", "broad_area")):
		rows[column] = rows["need_type"].map({code: v[position] for code, v in need_types.items()}).fillna("")
	rows = rows.sort_values(["school", "pupils", "need_type"], ascending=[True, False, True])
	return rows.to_dict("records")


# Monitoring of teaching

VISIT_TYPES = ("Learning walk", "Book look", "Lesson observation", "Pupil voice")
ACTION_STATUSES = ("Open", "Done")
OPEN, DONE = ACTION_STATUSES
# Owners hear of an open action this many days before it is due (and once more if it is already late
# when first seen).
ACTION_NOTICE_DAYS = 7


# The figures of a (school, term) row of monitoring_by_term, after its school and term.
TERM_FIGURES = (
	"learning_walk",
	"book_look",
	"lesson_observation",
	"pupil_voice",
	"visits",
	"actions_agreed",
	"actions_done",
	"actions_open",
	"actions_overdue",
)


def visit_key(visit_type: str) -> str:
	"""The column of a visit type: "Learning walk" -> "learning_walk"."""
	return visit_type.lower().replace(" ", "_")


def check_visit(visit_date: date, actions: list[dict], today: date) -> None:
	"""A monitoring visit is recorded after it happens; each agreed action has an owner and a due
	date not before the visit; a done action has the date it was done (from the visit to today), an
	open one none."""

	def check_date():
		if visit_date > today:
			raise RuleError(_("Visit Date cannot be in the future."), field="visit_date")

	def check_actions():
		for row_no, row in enumerate(actions, start=1):
			if not row.get("action_owner"):
				raise RuleError(_("Actions row {0}: who owns the action?"), row_no, field="action_owner")
			due = row.get("due_date")
			if not due:
				raise RuleError(_("Actions row {0}: when is the action due?"), row_no, field="due_date")
			if due < visit_date:
				raise RuleError(
					_("Actions row {0}: the due date ({1}) cannot be before the visit ({2})."),
					row_no,
					due,
					visit_date,
					field="due_date",
				)
			done_on = row.get("done_date")
			check_done_date(row_no, row.get("status") == DONE, done_on, visit_date, today, "done_date")

	check_all(check_date, check_actions)


def notify_by(today: date, notice_days: int = ACTION_NOTICE_DAYS) -> date:
	"""Open actions due on or before this day are told to their owners."""
	return today + timedelta(days=notice_days)


def monitoring_by_term(
	visits: list[dict], actions: list[dict], terms: list[tuple[str, date, date]], today: date
) -> list[dict]:
	"""Per school and term: visits of each type and the actions agreed at them, done, open and
	overdue (open and due before ``today``).

	``visits``: (name, school, visit_type, visit_date); ``actions``: (parent, status, due_date);
	``terms``: (name, first day, last day). A visit belongs to the first term that holds its date;
	visits outside every term are left out. Ordered by school and term start."""
	columns = ["name", "school", "visit_type", "visit_date"]
	frame = _frame(visits, columns)
	term_frame = pd.DataFrame(terms or [], columns=["term", "term_start", "term_end"])
	placed = frame.merge(term_frame, how="cross")
	placed = placed[
		(placed["term_start"] <= placed["visit_date"]) & (placed["visit_date"] <= placed["term_end"])
	]
	placed = placed.sort_values("term_start").drop_duplicates("name")
	if placed.empty:
		return []
	keys = ["school", "term", "term_start"]
	counts = (
		pd.crosstab([placed[k] for k in keys], placed["visit_type"])
		.reindex(columns=list(VISIT_TYPES), fill_value=0)
		.rename(columns=visit_key)
	)
	counts["visits"] = counts.sum(axis=1)
	acts = _frame(actions, ["parent", "status", "due_date"]).merge(
		placed[["name", *keys]], left_on="parent", right_on="name"
	)
	acts["done"] = acts["status"] == DONE
	acts["open"] = ~acts["done"]
	acts["overdue"] = acts["open"] & (pd.to_datetime(acts["due_date"]) < pd.Timestamp(today))
	tallies = acts.groupby(keys).agg(
		actions_agreed=("parent", "size"),
		actions_done=("done", "sum"),
		actions_open=("open", "sum"),
		actions_overdue=("overdue", "sum"),
	)
	rows = counts.join(tallies, how="left").fillna(0).astype(int).reset_index()
	rows = rows.sort_values(["school", "term_start"])
	return rows.to_dict("records")


def _frame(rows: list[dict], columns: list[str]) -> pd.DataFrame:
	"""``rows`` (frappe._dict included) as a frame of ``columns``."""
	return pd.DataFrame([{c: row.get(c) for c in columns} for row in rows], columns=columns)
