"""The register counted by the database (SEND Summary), and read in one query (the SEND Register:
``register_in_force``), agrees with ``register_rows`` over ``fetch_register`` on days before,
inside and after a backdated change and a closed record."""

from collections import Counter

from frappe.utils import add_days
from frappe.utils import add_years
from frappe.utils import getdate
from frappe.utils import today

from senco_app.rules.register_report import register_rows
from senco_app.rules.register_report import shape_register
from senco_app.send.report.send_register.send_register import fetch_register
from senco_app.services.register_counts import register_counts
from senco_app.services.register_in_force import register_in_force
from senco_app.services.year_groups import school_year_groups
from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import SCHOOL_B
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import enroll
from senco_app.tests.utils import make_academic_year
from senco_app.tests.utils import make_send_record
from senco_app.tests.utils import make_student
from senco_app.tests.utils import past
from senco_app.tests.utils import this_school_year

SCHOOLS = [SCHOOL_A, SCHOOL_B]
# days from today on which to count: before the backdated change, inside it, after the closing, today
DAYS = (-70, -50, -35, -5, 0)


def by_rules(as_at) -> Counter:
	records, history = fetch_register(SCHOOLS, as_at, aggregate=True)
	rows = register_rows(records, history, as_at, {})
	return Counter((r["school"], r["sen_provision"], r["primary_need"]) for r in rows)


def rows_by_rules(as_at) -> list[dict]:
	records, history = fetch_register(SCHOOLS, as_at)
	return register_rows(records, history, as_at, school_year_groups(SCHOOLS, as_at, "SEND Record"))


def by_database(as_at) -> Counter:
	return Counter(
		{
			(r["school"], r["sen_provision"], r["primary_need"]): r["pupils"]
			for r in register_counts(SCHOOLS, as_at)
		}
	)


def pupil(school, name):
	return make_student(school, name, "RegisterCount").name


class TestRegisterCounts(SencoTestCase):
	def test_the_database_counts_the_register_as_the_rules_do(self):
		before = {d: by_database(getdate(add_days(today(), d))) for d in DAYS}
		# a backdated change: SLCN on SEN Support from 90 days ago, SEMH first from 40 days ago
		changed = make_send_record(pupil(SCHOOL_A, "Changed"), SCHOOL_A, needs=("SLCN",), start_date=past(90))
		# last year in Year 4, this year in Year 5: the latest enrolment begun by the day counts
		year_start = this_school_year()[0]
		last_year = make_academic_year(
			"_SENCO last year", str(add_years(year_start, -1)), str(add_days(year_start, -1))
		)
		enroll(changed.student, "_SENCO Year 4", str(add_years(year_start, -1)), last_year)
		enroll(changed.student, "_SENCO Year 5")
		changed.set("needs", [{"need_type": "SEMH", "rank": 1}, {"need_type": "SLCN", "rank": 2}])
		changed.effective_date = past(40)
		changed.save()
		# then monitored from 30 days ago (backdated again, before today)
		monitored = make_send_record(
			pupil(SCHOOL_A, "Monitored"), SCHOOL_A, needs=("ASD",), start_date=past(90)
		)
		monitored.sen_provision = "Monitoring"
		monitored.set("needs", [])
		monitored.effective_date = past(30)
		monitored.save()
		# a record closed 20 days ago
		closed = make_send_record(pupil(SCHOOL_A, "Closed"), SCHOOL_A, needs=("MLD",), start_date=past(60))
		closed.end_date, closed.end_reason = past(20), "No longer has SEN"
		closed.save()
		make_send_record(pupil(SCHOOL_A, "Plan"), SCHOOL_A, provision="EHC Plan", needs=("ASD", "SLCN"))
		make_send_record(pupil(SCHOOL_B, "B"), SCHOOL_B, needs=("VI",))
		for d in DAYS:
			as_at = getdate(add_days(today(), d))
			with self.subTest(days=d):
				self.assertEqual(by_database(as_at), by_rules(as_at))
				in_force = shape_register(register_in_force(SCHOOLS, as_at))
				self.assertEqual(in_force, rows_by_rules(as_at))
		# the backdated record's row: the period in force, begun on the record's first day
		row = next(r for r in in_force if r["send_record"] == changed.name)
		self.assertEqual((row["primary_need"], row["secondary_need"]), ("SEMH", "SLCN"))
		self.assertEqual(getdate(row["start_date"]), getdate(past(90)))
		self.assertEqual(row["year_group"], "_SENCO Year 5")
		self.assertNotIn(closed.name, {r["send_record"] for r in in_force})
		# hand-worked: what the fixture added on each day
		added = {d: by_database(getdate(add_days(today(), d))) - before[d] for d in DAYS}
		a_k, a_n = (SCHOOL_A, "SEN Support"), (SCHOOL_A, "Monitoring", None)
		self.assertEqual(added[-70], Counter({(*a_k, "SLCN"): 1, (*a_k, "ASD"): 1}))
		self.assertEqual(added[-50], Counter({(*a_k, "SLCN"): 1, (*a_k, "ASD"): 1, (*a_k, "MLD"): 1}))
		self.assertEqual(added[-35], Counter({(*a_k, "SEMH"): 1, (*a_k, "ASD"): 1, (*a_k, "MLD"): 1}))
		plan_and_b = {(SCHOOL_A, "EHC Plan", "ASD"): 1, (SCHOOL_B, "SEN Support", "VI"): 1}
		self.assertEqual(added[-5], Counter({(*a_k, "SEMH"): 1, a_n: 1, **plan_and_b}))
		self.assertEqual(added[0], added[-5])
		self.assertEqual(register_counts([], getdate(today())), [])
