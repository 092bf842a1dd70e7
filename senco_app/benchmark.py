"""Trust-scale benchmark (issue 13): build a trust of N schools on a throwaway site and print, for
every Script Report, the SEND Record list, the daily jobs and a save/submit, the median time of
several runs, the query count and the rows; for reports also the ratio to one hand-written SQL
query returning the same rows, as a one-school user and as a trust user.

    bench --site bench_site senco-benchmark --schools 5

Per school: 400 pupils, 80 SEND Records (106 needs), 30 provision entries (112 pupil rows), 80 IEPs
(320 targets), 80 reviews, 6 EHC plans, 20 referrals, 100 contacts, 10 training records (20 areas
of need, 40 attendees); 50 schools make the trust of the issue. The data goes in with bulk SQL (no
validation): it is figures to read, not a test. Every row it makes is named BN-...; a second run
deletes them first.
"""

import random
import statistics
import time
from contextlib import nullcontext
from datetime import timedelta
from unittest.mock import patch

import frappe
from frappe.utils import add_days
from frappe.utils import add_months
from frappe.utils import add_years
from frappe.utils import getdate
from frappe.utils import now
from frappe.utils import today

from senco_app.rules.statutory import school_year_start
from senco_app.send.report.provision_common import notional_threshold
from senco_app.services.settings import send_settings
from senco_app.services.users import ensure_user
from senco_app.services.year_groups import year_group_sql

TRUST = "Bench Trust"
PREFIX = "BN-"
ONE_SCHOOL_USER = "bench.school@bench.invalid"
TRUST_USER = "bench.trust@bench.invalid"
# A SENCO holding no school: measured as on a one-school site, where the school rule sets no limit
NO_LIMIT_USER = "bench.nolimit@bench.invalid"
NEEDS = ("SLCN", "SLCN", "SEMH", "SEMH", "SPLD", "MLD", "ASD", "ASD", "OTH", "PD")
AREAS = ("Communication and interaction", "Cognition and learning", "Social, emotional and mental health")
OUTCOMES = ("", "Not met", "Partially met", "Met", "Exceeded")
CONTACTS = ("Meeting", "Phone", "Email", "Letter", "Home visit")
PER_SCHOOL = {
	"pupils": 400,
	"records": 80,
	"entries": 30,
	"plans": 6,
	"referrals": 20,
	"contacts": 100,
	"trainings": 10,
}
# Staff of a school who attend training (attendee rows name them; no User is made for them)
TRAINED_STAFF = 12

# Tables the benchmark fills (rows named BN-...; child rows by parent BN-...).
TABLES = (
	"Student",
	"Program Enrollment",
	"SEND Record",
	"Provision Map Entry",
	"Individual Education Plan",
	"SEND Review",
	"EHC Plan",
	"Agency Referral",
	"SEND Contact Log",
	"SEND Agency",
	"SEND Training Record",
)
CHILD_TABLES = (
	"SEND Record Need",
	"SEND Record History",
	"Provision Map Pupil",
	"IEP Target",
	"SEND Training Need",
	"SEND Training Attendee",
)


def allowed_site(site: str, yes_destroy_data: bool) -> bool:
	"""Only a site named for it (bench...) or one its owner gave up (--yes-destroy-data); never the
	test sites."""
	if site in ("test_site", "install_test_site"):
		return False
	return yes_destroy_data or site.startswith("bench")


# The dataset


def insert(doctype: str, rows: list[dict]):
	"""Bulk SQL insert of ``rows`` (dicts of one shape), with the standard fields filled."""
	if not rows:
		return
	stamp = now()
	base = {"creation": stamp, "modified": stamp, "owner": "Administrator", "modified_by": "Administrator"}
	fields = list({**base, **rows[0]})
	frappe.db.bulk_insert(doctype, fields, [tuple({**base, **r}.get(f) for f in fields) for r in rows])


def children(parenttype: str, parentfield: str, parent: str, rows: list[dict]) -> list[dict]:
	return [
		{"name": f"{parent}-{i}", "parent": parent, "parenttype": parenttype, "parentfield": parentfield,
		 "idx": i, **row}
		for i, row in enumerate(rows, 1)
	]  # fmt: skip


def clear():
	"""Delete what an earlier run made."""
	for doctype in CHILD_TABLES:
		frappe.db.sql(f"delete from `tab{doctype}` where parent like %s", PREFIX + "%")
	for doctype in TABLES:
		frappe.db.sql(f"delete from `tab{doctype}` where name like %s", PREFIX + "%")
	frappe.db.sql("delete from `tabCompany` where name like 'Bench %%'")
	frappe.db.delete("User Permission", {"user": ["in", [ONE_SCHOOL_USER, TRUST_USER, NO_LIMIT_USER]]})


def build(schools: int) -> dict:
	"""The trust of ``schools`` schools; returns how many rows of each kind it made."""
	clear()
	rng = random.Random(13)
	names = [f"Bench School {i:02d}" for i in range(1, schools + 1)]
	make_companies(names)
	make_reference_data()
	made = {}
	for school in names:
		for key, n in make_school(rng, school).items():
			made[key] = made.get(key, 0) + n
	make_users(names[0])
	frappe.db.commit()
	analyze()
	return made


def analyze():
	"""Refresh the optimizer's statistics of the tables just filled, as after any bulk load: InnoDB
	refreshes them by itself only in the background, and until then a query over a table emptied and
	filled again can be planned for the old rows (seen: the register's one-school query reading every
	history row first, 9 ms against 2)."""
	tables = ", ".join(f"`tab{doctype}`" for doctype in (*TABLES, *CHILD_TABLES))
	frappe.db.sql(f"analyze table {tables}")


def make_companies(names: list[str]):
	rows = [{"name": TRUST, "is_group": 1, "parent_company": None, "abbr": "BNT"}]
	rows += [
		{"name": n, "is_group": 0, "parent_company": TRUST, "abbr": f"BN{i}"} for i, n in enumerate(names)
	]
	insert("Company", [{**r, "company_name": r["name"], "default_currency": "GBP"} for r in rows])
	from frappe.utils.nestedset import rebuild_tree

	rebuild_tree("Company")


def make_reference_data():
	for year in range(1, 12):
		if not frappe.db.exists("Program", f"Year {year}"):
			insert("Program", [{"name": f"Year {year}", "program_name": f"Year {year}"}])
	insert(
		"SEND Agency",
		[
			{"name": f"{PREFIX}{kind}", "agency_name": f"{PREFIX}{kind}", "agency_type": kind}
			for kind in ("Educational Psychology", "Speech and Language Therapy", "CAMHS", "Early Help")
		],
	)


def make_school(rng: random.Random, school: str) -> dict:
	"""One school's pupils and SEND work, each table in one bulk insert."""
	code = school[-2:]
	day = getdate(today())
	ago = lambda n: add_days(day, -n)  # noqa: E731
	provisions = frappe.get_all("SEND Provision", pluck="name", order_by="name") or ["Reading intervention"]
	agencies = [
		f"{PREFIX}{k}"
		for k in ("Educational Psychology", "Speech and Language Therapy", "CAMHS", "Early Help")
	]

	pupils = []
	for i in range(PER_SCHOOL["pupils"]):
		pupils.append(
			{
				"name": f"{PREFIX}STU-{code}-{i:04d}",
				"first_name": f"Pupil{i}",
				"last_name": f"School{code}",
				"student_name": f"Pupil{i} School{code}",
				"school": school,
				"enabled": 1,
				"joining_date": ago(rng.randint(30, 2000)),
				"date_of_birth": ago(rng.randint(5 * 365, 16 * 365)),
			}
		)
	insert("Student", pupils)
	insert(
		"Program Enrollment",
		[
			{
				"name": f"{PREFIX}PE-{p['name'][-7:]}-{k}",
				"student": p["name"],
				"student_name": p["student_name"],
				"program": f"Year {min(11, year + k)}",
				"enrollment_date": ago(365 * (1 - k) + 60),
				"docstatus": 1,
			}
			for p in pupils
			for year in [rng.randint(1, 10)]
			for k in (0, 1)
		],
	)

	send = rng.sample(pupils, PER_SCHOOL["records"])
	records, needs, history = [], [], []
	for i, p in enumerate(send):
		name = f"{PREFIX}SR-{code}-{i:04d}"
		kind = "EHC Plan" if i < PER_SCHOOL["plans"] else ("Monitoring" if i % 20 == 19 else "SEN Support")
		codes = list(dict.fromkeys(rng.choice(NEEDS) for _n in range(1 + (i % 3 == 0))))
		if kind == "Monitoring":  # concerns noted, no SEN need types (the census rule)
			codes = []
		start = ago(rng.randint(30, 1500))
		census = {"EHC Plan": "E", "SEN Support": "K"}.get(kind, "")
		records.append(
			{
				"name": name,
				"student": p["name"],
				"student_name": p["student_name"],
				"school": school,
				"sen_provision": kind,
				"census_code": census,
				"status": "Open",
				"start_date": start,
				"primary_need": codes[0] if codes else None,
				"secondary_need": codes[1] if len(codes) > 1 else None,
				"last_review_date": ago(rng.randint(0, 200)),
				"next_review_due": add_days(day, rng.randint(-30, 120)),
				"parent_meetings_12m": rng.randint(0, 4),
			}
		)
		needs += children(
			"SEND Record", "needs", name, [{"rank": r, "need_type": c} for r, c in enumerate(codes, 1)]
		)
		history += children(
			"SEND Record", "history", name,
			[{"from_date": start, "sen_provision": kind, "census_code": census, "needs": ", ".join(codes)}],
		)  # fmt: skip
	insert("SEND Record", records)
	insert("SEND Record Need", needs)
	insert("SEND Record History", history)

	entries, placed = [], []
	for i in range(PER_SCHOOL["entries"]):
		name = f"{PREFIX}PME-{code}-{i:03d}"
		start = ago(rng.randint(0, 160))  # about half have ended
		hours = rng.choice((10, 15, 20))
		entries.append(
			{
				"name": name,
				"provision": rng.choice(provisions),
				"school": school,
				"staff": "Administrator",
				"staff_name": "Administrator",
				"start_date": start,
				"end_date": add_days(start, 84),
				"sessions_per_week": 2,
				"minutes_per_session": 30,
				"total_hours": hours,
				"total_cost": hours * 25,
				"cost_per_pupil": hours * 25 / 4,
				"measure": "Score",
			}
		)
		group = rng.sample(records, 3 + (i % 4 != 0))  # 112 pupil rows per 30 entries
		placed += children(
			"Provision Map Entry", "pupils", name,
			[
				{"student": r["student"], "student_name": r["student_name"], "outcome": "On track",
				 "measured": 1, "progress": rng.randint(-2, 8), "cost": hours * 25 / len(group)}
				for r in group
			],
		)  # fmt: skip
	insert("Provision Map Entry", entries)
	insert("Provision Map Pupil", placed)

	ieps, targets, reviews = [], [], []
	for i, r in enumerate(records):
		name = f"{PREFIX}IEP-{code}-{i:04d}"
		start = ago(rng.randint(10, 300))
		ieps.append(
			{
				"name": name,
				"student": r["student"],
				"student_name": r["student_name"],
				"school": school,
				"send_record": r["name"],
				"status": "Active",
				"docstatus": 1,
				"version": 1,
				"start_date": start,
				"review_date": add_days(start, 90),
			}
		)
		targets += children(
			"Individual Education Plan", "targets", name,
			[{"area_of_need": rng.choice(AREAS), "target": "A target", "outcome": rng.choice(OUTCOMES)}
			 for _t in range(4)],
		)  # fmt: skip
		reviews.append(
			{
				"name": f"{PREFIX}REV-{code}-{i:04d}",
				"review_type": "EHCP Annual Review" if r["sen_provision"] == "EHC Plan" else "IEP Review",
				"student": r["student"],
				"student_name": r["student_name"],
				"school": school,
				"send_record": r["name"],
				"iep": name,
				"meeting_date": r["last_review_date"],
				"next_review_date": r["next_review_due"],
				"ehc_plan": f"{PREFIX}EHCP-{code}-{i:02d}" if r["sen_provision"] == "EHC Plan" else None,
				"docstatus": 1,
			}
		)
	insert("Individual Education Plan", ieps)
	insert("IEP Target", targets)
	insert("SEND Review", reviews)

	plans = []
	for i, r in enumerate(records[: PER_SCHOOL["plans"]]):
		issued = ago(rng.randint(500, 900))
		reviewed = ago(rng.randint(250, 420))  # the next annual review falls in the coming months
		plans.append(
			{
				"name": f"{PREFIX}EHCP-{code}-{i:02d}",
				"student": r["student"],
				"student_name": r["student_name"],
				"school": school,
				"send_record": r["name"],
				"status": "Issued" if i else "Assessing",
				"local_authority": "Bench LA",
				"request_date": add_days(issued, -140),
				"issue_date": issued if i else None,
				"last_annual_review": reviewed if i else None,
				"next_annual_review_due": add_days(reviewed, 365) if i else None,
				"top_up_amount": 6000,
				"top_up_period": "Per year",
				"top_up_annual": 6000,
				"top_up_from": issued,
			}
		)
	insert("EHC Plan", plans)

	insert(
		"Agency Referral",
		[
			{
				"name": f"{PREFIX}REF-{code}-{i:03d}",
				"student": r["student"],
				"student_name": r["student_name"],
				"school": school,
				"send_record": r["name"],
				"agency": agency,
				"agency_type": agency[len(PREFIX) :],
				"status": rng.choice(("Referred", "Waiting", "Seen", "Discharged")),
				"referral_date": ago(rng.randint(5, 400)),
				"reason": "Assessment",
			}
			for i, r in enumerate(rng.sample(records, PER_SCHOOL["referrals"]))
			for agency in [rng.choice(agencies)]
		],
	)
	insert(
		"SEND Contact Log",
		[
			{
				"name": f"{PREFIX}CON-{code}-{i:04d}",
				"student": r["student"],
				"student_name": r["student_name"],
				"school": school,
				"send_record": r["name"],
				"contact_datetime": f"{ago(rng.randint(0, 120))} 10:00:00",
				"contact_type": rng.choice(CONTACTS),
				"with_whom": rng.choice(("Parent/Carer", "Parent/Carer", "Teacher", "Agency")),
				"summary": "Spoke about progress",
			}
			for i in range(PER_SCHOOL["contacts"])
			for r in [rng.choice(records)]
		],
	)
	trainings, covered, attended = [], [], []
	for i in range(PER_SCHOOL["trainings"]):
		name = f"{PREFIX}TRN-{code}-{i:03d}"
		trainings.append(
			{
				"name": name,
				"title": f"Training {i}",
				"school": school,
				"training_date": ago(rng.randint(1, 4 * 365)),  # some before the report's three years
				"status": "Completed",
				"kind": "INSET",
				"hours": 2,
				"led_by_senco": int(i % 3 == 0),
			}
		)
		covered += children(
			"SEND Training Record",
			"need_types",
			name,
			[{"need_type": n} for n in sorted(set(rng.sample(NEEDS, 2)))],
		)
		staff = rng.sample(range(TRAINED_STAFF), 4)
		attended += children(
			"SEND Training Record",
			"attendees",
			name,
			[{"user": f"bench.staff{code}-{s:02d}@bench.invalid", "hours_attended": 2} for s in staff],
		)
	insert("SEND Training Record", trainings)
	insert("SEND Training Need", covered)
	insert("SEND Training Attendee", attended)
	return {
		"trainings": len(trainings),
		"training_needs": len(covered),
		"training_attendees": len(attended),
		"pupils": len(pupils),
		"send_records": len(records),
		"needs": len(needs),
		"provision_entries": len(entries),
		"provision_pupils": len(placed),
		"ieps": len(ieps),
		"targets": len(targets),
		"reviews": len(reviews),
		"ehc_plans": len(plans),
		"referrals": PER_SCHOOL["referrals"],
		"contacts": PER_SCHOOL["contacts"],
	}


def make_users(school: str):
	"""A SENCO of one school, a SENCO of the trust (User Permission on the group Company) and a SENCO
	holding no school (``NO_LIMIT_USER``)."""
	for email, company in ((ONE_SCHOOL_USER, school), (TRUST_USER, TRUST)):
		ensure_user(email, ("SENCO",), (company,))
	ensure_user(NO_LIMIT_USER, ("SENCO",))


# Measuring


class Counter:
	"""Counts the SQL queries sent while it is active (frappe.db.sql wrapped)."""

	def __enter__(self):
		self.queries = 0
		self.original = frappe.db.sql

		def counted(*args, **kwargs):
			if kwargs.get("run", True):  # (run=False builds a query to put in another: none is sent)
				self.queries += 1
			return self.original(*args, **kwargs)

		frappe.db.sql = counted
		return self

	def __exit__(self, *exc):
		frappe.db.sql = self.original


def measure(fn, runs: int) -> tuple[float, int, int]:
	"""Median milliseconds of ``runs`` calls of ``fn`` (after one warm-up), queries and rows of one;
	NaN milliseconds and the error's name if it fails (the run goes on)."""
	try:
		return _measure(fn, runs)
	except Exception as e:
		frappe.db.rollback()
		frappe.set_user("Administrator")
		print(f"FAILED: {e!r}")
		return float("nan"), 0, type(e).__name__


def _measure(fn, runs: int) -> tuple[float, int, int]:
	rows = fn()
	with Counter() as counter:
		rows = fn()
	times = []
	for _i in range(runs):
		start = time.perf_counter()
		fn()
		times.append((time.perf_counter() - start) * 1000)
	return statistics.median(times), counter.queries, rows


def as_user(user: str, fn):
	def run():
		frappe.set_user(user)
		try:
			return fn()
		finally:
			frappe.set_user("Administrator")

	return run


# Reports made for one school at a time, run for the trust's first school
ONE_SCHOOL_REPORTS = ("Census SEN Return",)


def run_report(name: str, school: str | None = None):
	"""A report as the desk runs it: through the route's method (``frappe.desk.query_report.run``, which
	the app overrides with ``guarded_methods.run_report``)."""
	from senco_app.security.guarded_methods import run_report as run

	frappe.local.form_dict = frappe._dict()
	filters = {"school": school} if name in ONE_SCHOOL_REPORTS else {}
	return lambda: len(run(name, filters=filters, ignore_prepared_report=True)["result"])


def run_floor(name: str, school: str | None = None):
	"""``run_report`` with the report's own code returning its columns and no rows: what any report
	costs through Frappe's route (loading the Report, its permission checks, the re-check of rows
	against User Permissions, the timer that would make it a prepared report), whatever it reads."""
	from frappe.core.doctype.report.report import Report

	run, original, columns = run_report(name, school), Report.execute_module, []

	def columns_only(self, filters):
		if not columns:
			columns.append(original(self, filters)[0])
		return columns[0], []

	def floor():
		with patch.object(Report, "execute_module", columns_only):
			return run()

	return floor


def run_sql(sql: str, schools: list[str] | None):
	"""One hand-written query: ``{school}`` in it becomes the school condition on alias ``x``."""
	condition = "1=1" if schools is None else "x.school in %(schools)s"
	values = sql_values(schools)
	sql = sql() if callable(sql) else sql  # (a query made for the day it runs on)
	return lambda: len(frappe.db.sql(sql.format(school=condition), values))


def sql_values(schools: list[str] | None) -> dict:
	"""The values the hand-written queries read: the reports' default filters on today."""
	day = getdate(today())
	week = day - timedelta(days=day.weekday())
	year_start = school_year_start(day)
	return {
		"today": day,
		"schools": schools or [""],
		"monday": week,
		"sunday": week + timedelta(days=6),
		# the reports' own defaults: "3 (12) months before", the school year, the settings' threshold
		"three_months_ago": add_months(day, -3),
		"twelve_months_ago": add_months(day, -12),
		"year_start": year_start,
		"year_end": add_days(add_years(year_start, 1), -1),
		"threshold": notional_threshold(),
		"default_minutes": send_settings().default_weekly_minutes,
		**annual_review_weeks(),
	}


def annual_review_weeks() -> dict:
	"""The weeks of an annual review's steps from its meeting (SEND Settings, as the report reads them)."""
	from senco_app.services.ehcp_clock import setting_values

	names = ("review_notice_weeks", "review_report_weeks", "la_decision_weeks")
	return dict(
		zip(("invitation_weeks", "report_weeks", "decision_weeks"), setting_values(names), strict=True)
	)


# A member of staff's contracted minutes a week (SEND Settings' Staff Contracts; the first row counts)
CONTRACTED = """(select m.weekly_minutes from `tabSEND Staff Minutes` m
	where m.parent = 'SEND Settings' and m.user = w.staff order by m.idx limit 1)"""
PLACEMENTS = """from `tabProvision Map Pupil` p join `tabProvision Map Entry` x on p.parent = x.name
	and p.parenttype = 'Provision Map Entry'"""


def trends_sql() -> str:
	"""SEND Register Trends' query: per census day of the last five years and school, the roll that
	day and the pupils on SEN Support and with an EHC plan (counted once each, as when periods do
	not overlap), with pupils by primary need, one column per need type. Made for the day it runs
	on. (The report adds a total row per census day over the schools; the query does not.)"""
	from senco_app.rules.cohort import census_days_before
	from senco_app.rules.needs import NEED_TYPES

	days = " union all ".join(
		f"select '{label}' label, date '{day}' day" for label, day in census_days_before(getdate(today()), 5)
	)
	primary = "nullif(trim(substring_index(h.needs, ',', 1)), '')"
	needs = ", ".join(
		f"count(distinct if({primary} = '{code}', x.student, null)) need_{code.lower()}"
		for code, *_ in NEED_TYPES
	)
	return f"""with d as ({days})
		select d.label, d.day, c.school, roll.n, reg.*
		from d cross join (select distinct x.school from `tabSEND Record` x where {{school}}) c
		left join (select d.day, x.school, count(*) n from `tabStudent` x join d
			on (x.joining_date is null or x.joining_date <= d.day)
			and (x.date_of_leaving >= d.day or (x.date_of_leaving is null and x.enabled = 1))
			where {{school}} group by d.day, x.school) roll on roll.day = d.day and roll.school = c.school
		left join (select d.day, x.school,
			count(distinct if(h.sen_provision = 'SEN Support', x.student, null)) k,
			count(distinct if(h.sen_provision = 'EHC Plan', x.student, null)) e, {needs}
			from `tabSEND Record` x join `tabSEND Record History` h on h.parent = x.name
			and h.parenttype = 'SEND Record' and h.sen_provision in ('SEN Support', 'EHC Plan')
			join d on h.from_date <= d.day and (h.to_date is null or h.to_date >= d.day)
			where {{school}} group by d.day, x.school) reg on reg.day = d.day and reg.school = c.school
		order by d.day, c.school"""


# One hand-written query per report returning the rows the report shows (its default filters).
REPORT_SQL = {
	"SEND Register": f"""select x.name, x.student, x.student_name, x.school,
		{year_group_sql("x.student", "%(today)s")}, h.sen_provision, h.census_code,
		substring_index(h.needs, ', ', 1), nullif(substring_index(substring_index(h.needs, ', ', 2), ', ', -1),
		substring_index(h.needs, ', ', 1)), coalesce(nullif(u.full_name, ''), x.key_person), x.start_date
		from `tabSEND Record` x left join `tabUser` u on u.name = x.key_person
		join `tabSEND Record History` h on h.parent = x.name
		and h.parenttype = 'SEND Record' and h.from_date <= %(today)s
		and (h.to_date is null or h.to_date >= %(today)s)
		where {{school}} and x.start_date <= %(today)s and (x.end_date is null or x.end_date >= %(today)s)""",
	"Reviews Due": f"""select x.name, x.student, x.student_name, x.school,
		{year_group_sql("x.student", "%(today)s")}, x.sen_provision, x.next_review_due,
		greatest(datediff(%(today)s, x.next_review_due), 0), x.last_review_date,
		coalesce(nullif(u.full_name, ''), x.key_person), x.parent_meetings_12m, x.active_iep
		from `tabSEND Record` x left join `tabUser` u on u.name = x.key_person where {{school}}
		and x.status = 'Open' and x.next_review_due <= date_add(%(today)s, interval 30 day)
		order by x.next_review_due, x.student_name""",
	"Annual Reviews Due": """select x.student_name, x.school, x.local_authority, x.last_annual_review,
		x.next_annual_review_due, datediff(x.next_annual_review_due, %(today)s),
		date_sub(x.next_annual_review_due, interval %(invitation_weeks)s week),
		date_sub(x.next_annual_review_due, interval %(invitation_weeks)s week),
		date_add(x.next_annual_review_due, interval %(report_weeks)s week),
		date_add(x.next_annual_review_due, interval %(decision_weeks)s week),
		x.phase_transfer, x.phase_transfer_deadline, x.name, x.student
		from `tabEHC Plan` x where {school} and x.status in ('Issued', 'Under appeal')
		and (x.next_annual_review_due <= date_add(%(today)s, interval 90 day)
			or x.phase_transfer_deadline <= date_add(%(today)s, interval 90 day))
		order by coalesce(x.next_annual_review_due, x.phase_transfer_deadline)""",
	"EHCP Timeline": """select x.name, x.student, x.student_name, x.school, x.status, x.request_date
		from `tabEHC Plan` x where {school}
		and x.status in ('Requested', 'Assessing', 'Draft', 'Issued', 'Under appeal')""",
	"EHCP Funding": """select x.name, x.student_name, x.school, x.top_up_annual from `tabEHC Plan` x
		where {school} and x.top_up_annual > 0
		and x.status in ('Issued', 'Under appeal', 'Ceased', 'Transferred')""",
	"Agency Referrals": """select x.student_name, x.school, x.agency, x.agency_type, x.status,
		x.referral_date, x.first_appointment_date,
		datediff(coalesce(x.first_appointment_date, %(today)s), x.referral_date) days_waiting,
		x.next_action, x.next_action_date, x.name, x.student, x.next_action_owner
		from `tabAgency Referral` x where {school}
		and x.status not in ('Discharged', 'Declined', 'Withdrawn') order by days_waiting desc""",
	"Agency Involvement": """select x.student, x.student_name, x.school, count(distinct x.agency),
		group_concat(distinct x.agency), group_concat(distinct x.agency_type) from `tabAgency Referral` x
		where {school} and x.status != 'Draft' and x.referral_date <= %(today)s
		and (x.closed_on is null or x.closed_on >= %(twelve_months_ago)s)
		group by x.student, x.student_name, x.school""",
	"Contact Log Summary": """select x.student, x.student_name, x.school,
		ifnull(k.meeting, 0), ifnull(k.phone, 0), ifnull(k.email, 0), ifnull(k.letter, 0),
		ifnull(k.home_visit, 0), ifnull(k.other, 0), ifnull(k.total, 0), date(pc.last),
		pc.last is null or datediff(%(today)s, date(pc.last)) > 42 as no_recent
		from `tabSEND Record` x
		left join (select x.student, sum(x.contact_type = 'Meeting') meeting,
			sum(x.contact_type = 'Phone') phone, sum(x.contact_type = 'Email') email,
			sum(x.contact_type = 'Letter') letter, sum(x.contact_type = 'Home visit') home_visit,
			sum(x.contact_type = 'Other') other, count(*) total
			from `tabSEND Contact Log` x where {school} and x.contact_datetime
			between %(three_months_ago)s and date_add(%(today)s, interval 1 day) group by x.student) k
			on k.student = x.student
		left join (select x.student, max(x.contact_datetime) last from `tabSEND Contact Log` x
			where {school} and x.with_whom = 'Parent/Carer'
			and x.contact_datetime < date_add(%(today)s, interval 1 day) group by x.student) pc
			on pc.student = x.student
		where {school} and x.status = 'Open' order by no_recent desc, x.student_name""",
	"Provision Map": f"""select q.*, {year_group_sql("q.student", "%(today)s")} year_group
		from (select g.student, g.student_name, g.school, r.primary_need,
			group_concat(g.provision, ' ', round(g.hours, 2) order by g.provision), round(sum(g.hours), 2),
			round(sum(g.cost), 2)
			from (select p.student, p.student_name, x.school, x.provision, sum(x.total_hours) hours,
				sum(p.cost) cost {PLACEMENTS} where {{school}} and x.start_date <= %(today)s
				and x.end_date >= %(three_months_ago)s
				group by p.student, p.student_name, x.school, x.provision) g
			left join (select student, max(primary_need) primary_need from `tabSEND Record`
				where status = 'Open' group by student) r on r.student = g.student
			group by g.student, g.student_name, g.school, r.primary_need) q
		order by q.school, year_group, q.student_name""",
	"Provision Costs": f"""select g.*, {year_group_sql("g.student", "%(year_end)s")},
		g.cost > %(threshold)s
		from (select p.student, min(p.student_name), min(x.school), count(*),
			round(sum(round(p.cost * (datediff(least(x.end_date, %(year_end)s),
				greatest(x.start_date, %(year_start)s)) + 1) / (datediff(x.end_date, x.start_date) + 1), 2)), 2)
				as cost
			{PLACEMENTS} where {{school}} and x.start_date <= %(year_end)s and x.end_date >= %(year_start)s
			group by p.student having cost != 0) g
		order by g.cost desc""",
	"Provision Impact": f"""select x.provision, min(x.measure), count(*), count(if(p.measured, p.progress,
		null)), round(avg(if(p.measured, p.progress, null)), 2), round(100 * sum(p.outcome = 'Achieved')
		/ nullif(sum(p.outcome in ('Achieved', 'Not achieved')), 0), 1), cost.amount,
		round(cost.amount / nullif(sum(if(p.measured and p.progress > 0, p.progress, 0)), 0), 2)
		{PLACEMENTS} join (select x.provision, round(sum(x.total_cost), 2) amount
			from `tabProvision Map Entry` x where {{school}}
			and x.end_date between %(twelve_months_ago)s and %(today)s group by x.provision) cost
			on cost.provision = x.provision
		where {{school}} and x.end_date between %(twelve_months_ago)s and %(today)s
		group by x.provision, cost.amount""",
	"Staff Deployment": f"""select w.staff, max(w.staff_name), group_concat(distinct w.provision
		order by w.provision separator ', '), sum(w.minutes), sum(w.in_class), sum(w.one_to_one),
		sum(w.other), sum(w.minutes + w.in_class + w.one_to_one + w.other) total,
		coalesce({CONTRACTED}, %(default_minutes)s) contracted,
		greatest(sum(w.minutes + w.in_class + w.one_to_one + w.other)
			- coalesce({CONTRACTED}, %(default_minutes)s), 0)
		from (select x.staff, x.staff_name, x.provision, x.sessions_per_week * x.minutes_per_session minutes,
			0 in_class, 0 one_to_one, 0 other from `tabProvision Map Entry` x where {{school}}
			and x.start_date <= %(sunday)s and x.end_date >= %(monday)s
			and x.sessions_per_week * x.minutes_per_session > 0 and ifnull(x.staff, '') != ''
		union all select x.staff, x.staff_name, null, 0, if(x.support_type = 'In-class support',
			x.minutes_per_week, 0), if(x.support_type = 'One-to-one', x.minutes_per_week, 0),
			if(x.support_type not in ('In-class support', 'One-to-one'), x.minutes_per_week, 0)
			from `tabSupport Allocation` x where {{school}} and x.from_date <= %(sunday)s
			and (x.to_date is null or x.to_date >= %(monday)s) and ifnull(x.staff, '') != '') w
		group by w.staff having total > 0 order by w.staff""",
	"SEN Support Compliance": f"""select r.school, r.year_group, count(*), sum(r.active_iep is null),
		sum(r.review_date < %(today)s), sum(r.parent_meetings_12m < 3)
		from (select x.school, {year_group_sql("x.student", "%(today)s")} year_group, x.active_iep,
			i.review_date, x.parent_meetings_12m from `tabSEND Record` x
			left join `tabIndividual Education Plan` i on i.name = x.active_iep
			where {{school}} and x.status = 'Open' and x.sen_provision in ('SEN Support', 'EHC Plan')) r
		group by r.school, r.year_group""",
	"Target Outcomes": """select ifnull(nullif(t.area_of_need, ''), '(not set)') area, count(*),
		sum(t.outcome = 'Not met'), sum(t.outcome = 'Partially met'), sum(t.outcome = 'Met'),
		sum(t.outcome = 'Exceeded'), sum(ifnull(t.outcome, '') = ''),
		ifnull(round(100 * sum(t.outcome in ('Met', 'Exceeded'))
			/ nullif(sum(t.outcome in ('Not met', 'Partially met', 'Met', 'Exceeded')), 0), 1), 0)
		from `tabIEP Target` t join `tabIndividual Education Plan` x on t.parent = x.name
		and t.parenttype = 'Individual Education Plan' where {school} and x.docstatus in (1, 2)
		and x.status in ('Active', 'Superseded') and x.start_date between %(twelve_months_ago)s and %(today)s
		group by area order by area""",
	"SEND Summary": """select c.name, ifnull(roll.n, 0), ifnull(reg.sen_support, 0),
		round(100 * ifnull(reg.sen_support, 0) / roll.n, 1), ifnull(reg.ehc_plan, 0),
		round(100 * ifnull(reg.ehc_plan, 0) / roll.n, 1), needs.counts, ifnull(ov.n, 0),
		ifnull(cost.amount, 0), c.send_notional_sen_budget,
		round(100 * ifnull(cost.amount, 0) / c.send_notional_sen_budget, 1)
		from `tabCompany` c
		left join (select x.school, count(*) n from `tabStudent` x where {school}
			and (x.joining_date is null or x.joining_date <= %(today)s)
			and (x.date_of_leaving >= %(today)s or (x.date_of_leaving is null and x.enabled = 1))
			group by x.school) roll on roll.school = c.name
		left join (select school, sum(sen_provision = 'SEN Support') sen_support,
			sum(sen_provision = 'EHC Plan') ehc_plan from (select x.school, h.sen_provision,
				row_number() over (partition by x.name order by h.from_date) n
				from `tabSEND Record` x join `tabSEND Record History` h on h.parent = x.name
				and h.parenttype = 'SEND Record' where {school} and x.start_date <= %(today)s
				and (x.end_date is null or x.end_date >= %(today)s) and h.from_date <= %(today)s
				and (h.to_date is null or h.to_date >= %(today)s)) f where n = 1 group by school) reg
			on reg.school = c.name
		left join (select school, group_concat(need, ' ', pupils order by need) counts from (
			select school, need, count(*) pupils from (select x.school,
				nullif(trim(substring_index(h.needs, ',', 1)), '') need,
				row_number() over (partition by x.name order by h.from_date) n
				from `tabSEND Record` x join `tabSEND Record History` h on h.parent = x.name
				and h.parenttype = 'SEND Record' and h.sen_provision in ('SEN Support', 'EHC Plan')
				where {school} and x.start_date <= %(today)s and (x.end_date is null or x.end_date >= %(today)s)
				and h.from_date <= %(today)s and (h.to_date is null or h.to_date >= %(today)s)) f
			where n = 1 group by school, need) per_need group by school) needs on needs.school = c.name
		left join (select x.school, count(*) n from `tabSEND Record` x where {school} and x.status = 'Open'
			and x.review_overdue = 1 group by x.school) ov on ov.school = c.name
		left join (select x.school, round(sum(round(cast(p.cost as double) * (datediff(least(x.end_date,
			%(year_end)s), greatest(x.start_date, %(year_start)s)) + 1) / (datediff(x.end_date, x.start_date)
			+ 1), 2)), 2) amount from `tabProvision Map Entry` x join `tabProvision Map Pupil` p
			on p.parent = x.name and p.parenttype = 'Provision Map Entry' where {school}
			and x.start_date <= %(year_end)s and x.end_date >= %(year_start)s group by x.school) cost
			on cost.school = c.name
		where roll.n or reg.school is not null or ov.n or cost.amount order by c.name""",
	"SEND Register Trends": trends_sql,
	"SEND Training Needs": """select p.school, p.need_type, t.description, t.broad_area, p.pupils,
		ifnull(s.staff, 0), s.last_trained, p.pupils > 0 and ifnull(s.staff, 0) = 0
		from (select x.school, n.need_type, count(distinct x.student) pupils
			from `tabSEND Record Need` n join `tabSEND Record` x on x.name = n.parent
			and n.parenttype = 'SEND Record' where {school} and x.status = 'Open'
			group by x.school, n.need_type) p
		join `tabSEN Need Type` t on t.name = p.need_type
		left join (select x.school, c.need_type, count(distinct a.user) staff,
			max(x.training_date) last_trained from `tabSEND Training Record` x
			join `tabSEND Training Need` c on c.parent = x.name and c.parenttype = 'SEND Training Record'
			join `tabSEND Training Attendee` a on a.parent = x.name
			and a.parenttype = 'SEND Training Record'
			where {school} and x.status = 'Completed'
			and x.training_date between date_sub(%(today)s, interval 3 year) and %(today)s
			group by x.school, c.need_type) s on s.school = p.school and s.need_type = p.need_type
		order by p.school, p.pupils desc, p.need_type""",
}


def user_schools(user: str) -> list[str] | None:
	from senco_app.permissions import allowed_schools

	return allowed_schools(user, "SEND Record") if user != "Administrator" else None


def benchmark(runs: int = 3) -> list[tuple]:
	"""(what, who, ms, queries, rows, sql ms, ratio) for everything measured."""
	from senco_app.services import ehcp_clock
	from senco_app.services import review_schedule

	table = []
	users = (("one school", ONE_SCHOOL_USER), ("trust", TRUST_USER))
	reports = frappe.get_all(
		"Report", {"module": "SEND", "report_type": "Script Report"}, pluck="name", order_by="name"
	)
	first_school = user_schools(ONE_SCHOOL_USER)[0]
	for name in reports:
		for who, user in users:
			ms, queries, rows = measure(as_user(user, run_report(name, first_school)), runs)
			floor_ms = measure(as_user(user, run_floor(name, first_school)), runs)[0]
			sql_ms = sql_rows = None
			if name in REPORT_SQL:
				sql_ms, _q, sql_rows = measure(run_sql(REPORT_SQL[name], user_schools(user)), runs)
			table.append((name, who, ms, queries, rows, sql_ms, sql_rows, floor_ms))
	table += list_measures(users, runs)
	for label, job in (
		("ehcp_clock.daily", ehcp_clock.daily),
		("review_schedule.daily", review_schedule.daily),
	):
		ms, queries, _rows = measure(lambda job=job: job() and 0, runs)
		table.append((label, "scheduler", ms, queries, None, None, None, None))
	frappe.db.commit()
	table.append(("save SEND Record", "Administrator", *measure(save_record, runs), None, None, None))
	table.append(
		("insert+submit IEP (4 targets)", "Administrator", *measure(submit_iep, runs), None, None, None)
	)
	return table


# Who the SEND Record list is measured as, after the SENCOs of one school and of the trust: a SENCO
# whom no rule limits (every check of Frappe's for a user who is not Administrator, among them the
# query of the rows shared with them, and the app's school rule adding no condition), and
# Administrator, for whom Frappe checks nothing.
LIST_BASELINES = (("SENCO, no limit", NO_LIMIT_USER), ("Administrator", "Administrator"))


def list_measures(users, runs: int) -> list[tuple]:
	"""The SEND Record list (a page of 20 and every row) as each of ``users`` and the baselines;
	a row's ``base ms`` column is the time of the same list as the SENCO whom no rule limits."""
	from senco_app import permissions

	fields = ["name", "student_name", "school", "sen_provision", "status"]
	measured = {}
	for who, user in (*users, *LIST_BASELINES):
		for label, limit in (("SEND Record list (page)", 20), ("SEND Record list (all)", 0)):
			read = as_user(
				user,
				lambda limit=limit: len(
					frappe.get_list("SEND Record", fields=fields, limit_page_length=limit)
				),
			)
			# the no-limit SENCO as on a one-school site, where the rule's answer is no limit
			one_school_site = patch.object(permissions, "school_count", lambda: 1)
			with one_school_site if user == NO_LIMIT_USER else nullcontext():
				measured[label, who] = measure(read, runs)
	baseline = LIST_BASELINES[0][0]
	return [
		(label, who, ms, queries, rows, measured[label, baseline][0] if who != baseline else None, None, None)
		for (label, who), (ms, queries, rows) in measured.items()
	]


def save_record():
	doc = frappe.get_doc(
		"SEND Record",
		frappe.db.get_value(
			"SEND Record", {"name": ["like", PREFIX + "SR-%"], "sen_provision": "SEN Support"}
		),
	)
	doc.summary = f"Benchmark {time.time()}"
	doc.save()
	frappe.db.rollback()


def submit_iep():
	"""A new plan for a pupil on the register, agreed (submitted); their bench plan is taken away
	first so it is their only one. All rolled back."""
	record = frappe.db.get_value(
		"SEND Record", {"name": ["like", PREFIX + "SR-%"]}, ["name", "student", "school"], as_dict=True
	)
	frappe.db.delete("Individual Education Plan", {"send_record": record.name})
	doc = frappe.get_doc(
		{
			"doctype": "Individual Education Plan",
			"student": record.student,
			"school": record.school,
			"start_date": today(),
			"review_date": add_days(today(), 90),
			"agreed_by": "Parent",
			"agreed_on": today(),
			"targets": [{"area_of_need": AREAS[i % 3], "target": f"Target {i}"} for i in range(4)],
		}
	).insert()
	doc.submit()
	frappe.db.rollback()


def format_table(table: list[tuple]) -> str:
	"""The figures, a line each. For a report: ``base ms``, the hand-written SQL's time; ``floor``,
	the same route with the report's code returning no rows (Frappe's fixed cost); ``ratio``, its
	time to the SQL's; ``own``, its time above the floor to the SQL's (what the report's own reading
	and shaping cost). For the SEND Record list: ``base ms``, the same list as the SENCO whom no rule
	limits (``LIST_BASELINES``), and ``ratio``, the time to that."""
	lines = [
		f"{'what':32} {'who':15} {'ms':>9} {'queries':>7} {'rows':>6} {'base ms':>8} {'sql rows':>8}"
		f" {'ratio':>6} {'floor':>6} {'own':>6}"
	]
	for what, who, ms, queries, rows, sql_ms, sql_rows, floor_ms in table:
		ratio = f"{ms / sql_ms:6.1f}" if sql_ms and ms == ms else f"{'':6}"
		own = f"{max(ms - floor_ms, 0) / sql_ms:6.1f}" if sql_ms and floor_ms and ms == ms else ""
		floor = f"{floor_ms:6.1f}" if floor_ms is not None else f"{'':6}"
		sql_rows = "" if sql_rows is None else sql_rows
		sql = f"{sql_ms:8.1f} {sql_rows:8}" if sql_ms is not None else f"{'':8} {'':8}"
		lines.append(
			f"{what:32} {who:15} {ms:9.1f} {queries:7} {'' if rows is None else rows:>6} {sql} {ratio}"
			f" {floor} {own}".rstrip()
		)
	return "\n".join(lines)
