from datetime import date

import pytest

from senco_app.rules import RuleError
from senco_app.rules import RuleErrors
from senco_app.rules import staff_development as sd

TODAY = date(2026, 11, 23)


def training(**values):
	return {"hours": 3, "status": "Completed", "training_date": date(2026, 11, 2), **values}


@pytest.mark.parametrize(
	"values, attendees, needs, field",
	[
		({"hours": 0}, [{"user": "a"}], [], "hours"),
		({"hours": -1}, [{"user": "a"}], [], "hours"),
		({"hours": 100.5}, [{"user": "a"}], [], "hours"),
		({"training_date": date(2026, 11, 24)}, [{"user": "a"}], [], "training_date"),
		({}, [], [], "attendees"),
		({}, [{"user": "a"}, {"user": "b"}, {"user": "a"}], [], "user"),
		({}, [{"user": "a", "hours_attended": 4}], [], "hours_attended"),
		({}, [{"user": "a", "hours_attended": -1}], [], "hours_attended"),
		({}, [{"user": "a"}], ["ASD", "SLCN", "ASD"], "need_type"),
	],
)
def test_a_bad_training_record_names_its_field(values, attendees, needs, field):
	with pytest.raises(RuleError) as caught:
		sd.check_training(training(**values), attendees, needs, TODAY)
	assert caught.value.field == field


def test_good_training_records_pass():
	sd.check_training(training(hours=100), [{"user": "a", "hours_attended": 100}], ["ASD"], TODAY)
	sd.check_training(training(training_date=TODAY), [{"user": "a", "hours_attended": 0}], [], TODAY)
	# planned: in the future, nobody yet
	sd.check_training(training(status="Planned", training_date=date(2027, 1, 4)), [], ["SEMH"], TODAY)


def test_several_faults_are_reported_together_first_field_first():
	with pytest.raises(RuleErrors) as caught:
		sd.check_training(training(hours=0, training_date=date(2027, 1, 1)), [], [], TODAY)
	assert [e.field for e in caught.value.errors] == ["hours", "training_date", "attendees"]


NEED_TYPES = {
	"ASD": ("Autistic spectrum disorder", "Communication and interaction"),
	"SLCN": ("Speech, language and communication needs", "Communication and interaction"),
	"SEMH": ("Social, emotional and mental health", "Social, emotional and mental health"),
	"HI": ("Hearing impairment", "Sensory and/or physical"),
}


def test_training_needs_hand_worked():
	register = [
		# school A: ASD x3 (p1 listed twice: two ranks of one code count once), SLCN x1, HI x1
		{"school": "A", "student": "p1", "need_type": "ASD"},
		{"school": "A", "student": "p1", "need_type": "ASD"},
		{"school": "A", "student": "p2", "need_type": "ASD"},
		{"school": "A", "student": "p3", "need_type": "ASD"},
		{"school": "A", "student": "p3", "need_type": "SLCN"},
		{"school": "A", "student": "p4", "need_type": "HI"},
		# school B: SEMH x1
		{"school": "B", "student": "p9", "need_type": "SEMH"},
	]
	trainings = [
		{"name": "T1", "school": "A", "training_date": date(2025, 1, 10)},
		{"name": "T2", "school": "A", "training_date": date(2026, 3, 5)},
		{"name": "T3", "school": "B", "training_date": date(2026, 3, 5)},
	]
	covered = [
		{"parent": "T1", "need_type": "ASD"},
		{"parent": "T2", "need_type": "ASD"},
		{"parent": "T2", "need_type": "SLCN"},
		{"parent": "T3", "need_type": "ASD"},  # school B's training covers no need of B's register
	]
	attendees = [
		{"parent": "T1", "user": "u1"},
		{"parent": "T1", "user": "u2"},
		{"parent": "T2", "user": "u2"},  # u2 twice for ASD: counted once
		{"parent": "T2", "user": "u3"},
		{"parent": "T3", "user": "u9"},
	]
	staff = sd.staff_per_need(trainings, covered, attendees)
	rows = sd.training_needs(sd.pupils_per_need(register), staff, NEED_TYPES)
	got = [(r["school"], r["need_type"], r["pupils"], r["staff_trained"], r["gap"]) for r in rows]
	assert got == [
		("A", "ASD", 3, 3, 0),
		("A", "HI", 1, 0, 1),
		("A", "SLCN", 1, 2, 0),
		("B", "SEMH", 1, 0, 1),
	]
	assert rows[0]["last_trained"] == date(2026, 3, 5)
	assert rows[1]["last_trained"] is None
	assert rows[0]["broad_area"] == "Communication and interaction"
	assert sd.training_needs(sd.pupils_per_need([]), staff, NEED_TYPES) == []
	assert sd.training_needs(sd.pupils_per_need(register), [], NEED_TYPES)[0]["staff_trained"] == 0
	# the pupils counted beforehand (by the database) give the same rows
	counted = {}
	for r in register:
		counted.setdefault((r["school"], r["need_type"]), set()).add(r["student"])
	grouped = [{"school": s, "need_type": n, "pupils": len(p)} for (s, n), p in counted.items()]
	assert sd.training_needs(grouped, staff, NEED_TYPES) == rows


def test_staff_per_need_counts_attendees_only():
	trainings = [
		{"name": "T1", "school": "A", "training_date": date(2026, 1, 10)},
		{"name": "T2", "school": "A", "training_date": date(2026, 6, 1)},  # nobody attended
		{"name": "T3", "school": "A", "training_date": date(2026, 7, 1)},  # an empty attendee row
	]
	covered = [{"parent": t, "need_type": "ASD"} for t in ("T1", "T2", "T3")]
	attendees = [{"parent": "T1", "user": "u1"}, {"parent": "T3", "user": None}]
	assert sd.staff_per_need(trainings, covered, attendees) == [
		{"school": "A", "need_type": "ASD", "staff_trained": 1, "last_trained": date(2026, 1, 10)}
	]
	assert sd.staff_per_need([], covered, attendees) == []


@pytest.mark.parametrize(
	"visit_date, action, field",
	[
		(date(2026, 11, 24), None, "visit_date"),
		(date(2026, 11, 2), {"due_date": date(2026, 12, 1)}, "action_owner"),
		(date(2026, 11, 2), {"action_owner": "u"}, "due_date"),
		(date(2026, 11, 2), {"action_owner": "u", "due_date": date(2026, 11, 1)}, "due_date"),
		(
			date(2026, 11, 2),
			{"action_owner": "u", "due_date": date(2026, 12, 1), "status": "Done"},
			"done_date",
		),
		(
			date(2026, 11, 2),
			{"action_owner": "u", "due_date": date(2026, 12, 1), "status": "Open", "done_date": TODAY},
			"done_date",
		),
		(
			date(2026, 11, 2),
			{
				"action_owner": "u",
				"due_date": date(2026, 12, 1),
				"status": "Done",
				"done_date": date(2026, 11, 1),
			},
			"done_date",
		),
		(
			date(2026, 11, 2),
			{
				"action_owner": "u",
				"due_date": date(2026, 12, 1),
				"status": "Done",
				"done_date": date(2026, 11, 24),
			},
			"done_date",
		),
	],
)
def test_a_bad_visit_names_its_field(visit_date, action, field):
	with pytest.raises(RuleError) as caught:
		sd.check_visit(visit_date, [action] if action else [], TODAY)
	assert caught.value.field == field


def test_good_visits_pass():
	sd.check_visit(TODAY, [], TODAY)
	sd.check_visit(
		date(2026, 11, 2),
		[
			{"action_owner": "u", "due_date": date(2026, 11, 2), "status": "Open"},
			{"action_owner": "u", "due_date": date(2026, 11, 9), "status": "Done", "done_date": TODAY},
		],
		TODAY,
	)
	assert sd.notify_by(TODAY) == date(2026, 11, 30)


def test_monitoring_by_term_hand_worked():
	terms = [
		("Autumn", date(2026, 9, 1), date(2026, 12, 18)),
		("Summer", date(2026, 4, 13), date(2026, 7, 22)),
	]
	visits = [
		{"name": "V1", "school": "A", "visit_type": "Learning walk", "visit_date": date(2026, 9, 15)},
		{"name": "V2", "school": "A", "visit_type": "Learning walk", "visit_date": date(2026, 10, 1)},
		{"name": "V3", "school": "A", "visit_type": "Book look", "visit_date": date(2026, 11, 2)},
		{"name": "V4", "school": "A", "visit_type": "Lesson observation", "visit_date": date(2026, 5, 5)},
		{"name": "V5", "school": "B", "visit_type": "Pupil voice", "visit_date": date(2026, 10, 5)},
		{"name": "V6", "school": "A", "visit_type": "Book look", "visit_date": date(2026, 8, 10)},  # holiday
	]
	actions = [
		{"parent": "V1", "status": "Done", "due_date": date(2026, 10, 1)},
		{"parent": "V1", "status": "Open", "due_date": date(2026, 11, 1)},  # overdue
		{"parent": "V3", "status": "Open", "due_date": date(2026, 11, 30)},  # open, not overdue
		{"parent": "V4", "status": "Open", "due_date": date(2026, 6, 1)},  # overdue
		{"parent": "V6", "status": "Open", "due_date": date(2026, 9, 1)},  # outside every term
	]
	rows = sd.monitoring_by_term(visits, actions, terms, TODAY)
	got = [(r["school"], r["term"], *(r[k] for k in sd.TERM_FIGURES)) for r in rows]
	assert got == [
		("A", "Summer", 0, 0, 1, 0, 1, 1, 0, 1, 1),
		("A", "Autumn", 2, 1, 0, 0, 3, 3, 1, 2, 1),
		("B", "Autumn", 0, 0, 0, 1, 1, 0, 0, 0, 0),
	]
	assert sd.monitoring_by_term([], actions, terms, TODAY) == []
	assert sd.monitoring_by_term(visits, [], [], TODAY) == []
