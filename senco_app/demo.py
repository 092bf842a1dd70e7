"""A small demo trust so a newcomer sees senco_app working in minutes.

    bench --site <site> senco-demo [--force]

Builds "Demo Learning Trust" (a group Company) with two schools, about 60 pupils across year
groups with their enrolments, a SEND register with realistic needs, and five demo users (one per
SEND role; the SENCO works across both schools). Running it again changes nothing. It refuses to run
on a site that already has pupils of other schools unless forced.
"""

import random
from datetime import date
from datetime import timedelta

import frappe
from frappe import _

from senco_app.services.users import ensure_user

TRUST = "Demo Learning Trust"
PRIMARY = "Oakfield Primary School"
SECONDARY = "Riverside Academy"
ACADEMIC_YEAR = "Demo 2026-27"
YEAR_START = date(2026, 9, 1)
DEMO_PASSWORD = "senco-demo-2026"

SCHOOLS = {
	PRIMARY: {
		"abbr": "OPS",
		"send_phase": "Primary",
		"send_la_code": "999",
		"send_establishment_number": "2001",
		"send_urn": "100001",
		"send_sen_governor": "Mrs A. Governor",
		"send_notional_sen_budget": 120000,
		"years": range(1, 7),
	},
	SECONDARY: {
		"abbr": "RVA",
		"send_phase": "Secondary",
		"send_la_code": "999",
		"send_establishment_number": "4001",
		"send_urn": "100002",
		"send_sen_governor": "Mr B. Governor",
		"send_notional_sen_budget": 250000,
		"years": range(7, 12),
	},
}

USERS = (
	("senco@demo-trust.invalid", "Sam", "SENCO", (PRIMARY, SECONDARY)),
	("teacher@oakfield.invalid", "Tara", "SEND Staff", (PRIMARY,)),
	("office@riverside.invalid", "Owen", "SEND Office", (SECONDARY,)),
	("head@demo-trust.invalid", "Hana", "SEND Viewer", (TRUST,)),
	("governor@oakfield.invalid", "Gail", "SEND Governor", (PRIMARY,)),
)

FIRST = (
	"Amelia Oliver Isla George Ava Noah Mia Arthur Ivy Leo Freya Oscar Lily Harry Sophia Jack Grace "
	"Charlie Rosie Theo Ella Alfie Evie Finley Poppy Muhammad Aisha Jacob Zara Ethan"
).split()
LAST = (
	"Smith Jones Taylor Brown Williams Wilson Johnson Davies Patel Wright Khan Evans Thomas Roberts "
	"Walker Green Hall Wood Hughes Clarke"
).split()

# primary need weights from the January 2026 census (SLCN most common on SEN support, ASD on plans)
SUPPORT_NEEDS = ("SLCN", "SLCN", "SLCN", "SEMH", "SEMH", "SPLD", "MLD", "ASD", "ASD", "OTH", "PD", "NSA")
PLAN_NEEDS = ("ASD", "ASD", "ASD", "SLCN", "SEMH", "SLD", "HI", "DS", "PD")


def create(force: bool = False) -> dict:
	"""Build the demo trust; return what it made. Idempotent."""
	frappe.only_for("System Manager")
	others = frappe.db.count("Student", {"school": ["not in", list(SCHOOLS)]})
	if others and not force:
		frappe.throw(
			_(
				"This site already has {0} pupils of other schools. The demo adds a trust, two schools, "
				"60 pupils and five users beside them: run it with --force to do so anyway."
			).format(others),
			title=_("Not a demo site"),
		)
	rng = random.Random(2026)
	made = {"schools": 0, "pupils": 0, "register": 0, "users": 0, "plans": 0}
	skip_users = frappe.db.get_single_value("Education Settings", "user_creation_skip")
	frappe.db.set_single_value("Education Settings", "user_creation_skip", 1)
	try:
		made["schools"] = make_schools()
		made["users"] = make_users()
		make_academic_year()
		for school, facts in SCHOOLS.items():
			if frappe.db.exists("Student", {"school": school}):
				continue
			frappe.db.set_value("Company", school, "send_senco", USERS[0][0])
			for year in facts["years"]:
				program = make_program(f"Year {year}")
				for _i in range(5 if school == PRIMARY else 6):
					student = make_pupil(rng, school, year)
					enroll(student, program)
					made["pupils"] += 1
					if make_register_entry(rng, student, school, year):
						made["register"] += 1
			made["plans"] += make_support_work(rng, school)
			make_school_work(school)
			make_accessibility_work(school)
	finally:
		frappe.db.set_single_value("Education Settings", "user_creation_skip", skip_users)
	return made


def complete_setup_wizard():
	"""A new site has not run ERPNext's setup wizard, without which no Company can be made. Run it
	for the demo trust, the way a trust's administrator would: United Kingdom, GBP, April to March."""
	if frappe.db.get_single_value("System Settings", "setup_complete"):
		return
	from frappe.desk.page.setup_wizard.setup_wizard import setup_complete

	year = YEAR_START.year
	setup_complete(
		{
			"language": "English",
			"country": "United Kingdom",
			"timezone": "Europe/London",
			"currency": "GBP",
			"full_name": "Demo Administrator",
			"email": "admin@demo-trust.invalid",
			"password": DEMO_PASSWORD,
			"company_name": TRUST,
			"company_abbr": "DLT",
			"chart_of_accounts": "Standard",
			"fy_start_date": f"{year}-04-01",
			"fy_end_date": f"{year + 1}-03-31",
		}
	)
	frappe.db.set_value("Company", TRUST, "is_group", 1)


def make_schools() -> int:
	"""The trust and its schools, each made once; returns how many were made."""
	complete_setup_wizard()
	companies = {TRUST: {"abbr": "DLT", "is_group": 1}}
	companies.update(
		{
			name: {"parent_company": TRUST, **{k: v for k, v in facts.items() if k != "years"}}
			for name, facts in SCHOOLS.items()
		}
	)
	made = 0
	for name, values in companies.items():
		if frappe.db.exists("Company", name):
			continue
		frappe.get_doc(
			{
				"doctype": "Company",
				"company_name": name,
				"default_currency": "GBP",
				"country": "United Kingdom",
				"create_chart_of_accounts_based_on": "Standard Template",
				"chart_of_accounts": "Standard",
				**values,
			}
		).insert(ignore_permissions=True)
		made += 1
	return made


def make_academic_year():
	if not frappe.db.exists("Academic Year", ACADEMIC_YEAR):
		frappe.get_doc(
			{
				"doctype": "Academic Year",
				"academic_year_name": ACADEMIC_YEAR,
				"year_start_date": YEAR_START,
				"year_end_date": date(2027, 8, 31),
			}
		).insert(ignore_permissions=True)


def make_program(name: str) -> str:
	if not frappe.db.exists("Program", name):
		frappe.get_doc({"doctype": "Program", "program_name": name}).insert(ignore_permissions=True)
	return name


def make_pupil(rng: random.Random, school: str, year: int) -> str:
	# Year N in 2026-27 was born between 1 September (2020 - N) and 31 August (2021 - N)
	born = date(2020 - year, 9, 1) + timedelta(days=rng.randrange(365))
	joined = date(born.year + 4, 9, 1) if school == PRIMARY else date(2026 - (year - 7), 9, 1)
	doc = frappe.get_doc(
		{
			"doctype": "Student",
			"first_name": rng.choice(FIRST),
			"last_name": rng.choice(LAST),
			"school": school,
			"date_of_birth": born,
			"joining_date": min(joined, YEAR_START),
			"gender": rng.choice(("Male", "Female")) if frappe.db.exists("Gender", "Male") else None,
		}
	)
	doc.insert(ignore_permissions=True)
	return doc.name


def enroll(student: str, program: str):
	doc = frappe.get_doc(
		{
			"doctype": "Program Enrollment",
			"student": student,
			"program": program,
			"academic_year": ACADEMIC_YEAR,
			"enrollment_date": YEAR_START + timedelta(days=2),
		}
	)
	doc.insert(ignore_permissions=True)
	doc.submit()


def make_register_entry(rng: random.Random, student: str, school: str, year: int) -> bool:
	"""About 15 % SEN support, 5 % EHC plans and 3 % monitoring, like an English school."""
	roll = rng.random()
	if roll < 0.05:
		provision, pool = "EHC Plan", PLAN_NEEDS
	elif roll < 0.20:
		provision, pool = "SEN Support", SUPPORT_NEEDS
	elif roll < 0.23:
		provision, pool = "Monitoring", ()
	else:
		return False
	needs = []
	if pool:
		needs.append(rng.choice(pool))
		secondary = rng.choice(("SEMH", "SLCN", "SPLD", "MLD", "ASD"))
		if needs[0] != "NSA" and secondary != needs[0] and rng.random() < 0.5:
			needs.append(secondary)
	started = YEAR_START - timedelta(days=rng.randrange(30, 900))
	frappe.get_doc(
		{
			"doctype": "SEND Record",
			"student": student,
			"school": school,
			# an EHC Plan record is made as a school makes one: SEN Support, then the plan issued
			"sen_provision": "SEN Support" if provision == "EHC Plan" else provision,
			"date_identified": started - timedelta(days=rng.randrange(10, 90)),
			"start_date": started,
			"parents_informed_date": started,
			"needs": [{"rank": i, "need_type": code} for i, code in enumerate(needs, start=1)],
			"summary": _("Demo pupil: needs recorded for the demo trust."),
		}
	).insert(ignore_permissions=True)
	if provision == "EHC Plan":
		make_issued_plan(student, school)
	return True


def make_issued_plan(student: str, school: str):
	"""An EHC plan issued 280 days ago; issuing it makes the register record EHC Plan from that day
	(or from the record's start, if later)."""
	from frappe.utils import add_days
	from frappe.utils import getdate
	from frappe.utils import today

	def ago(days):
		return getdate(add_days(today(), -days))

	frappe.get_doc(
		{
			"doctype": "EHC Plan",
			"student": student,
			"school": school,
			"local_authority": _("Demoshire County Council"),
			"status": "Issued",
			"request_date": ago(420),
			"decision_to_assess": "Yes",
			"decision_to_assess_date": ago(385),
			"draft_plan_date": ago(300),
			"issue_date": ago(280),
			"top_up_amount": 1500,
			"top_up_period": "Per term",
		}
	).insert(ignore_permissions=True)


def make_support_work(rng: random.Random, school: str) -> int:
	"""Plans, reviews, provision, EHC plans, a referral and contacts for the school's register, so every
	screen and report of the app has something to show. Returns the number of plans made."""
	from frappe.utils import add_days
	from frappe.utils import getdate
	from frappe.utils import today

	def ago(days):
		return getdate(add_days(today(), -days))

	key_person = USERS[1][0] if school == PRIMARY else USERS[0][0]
	records = frappe.get_all(
		"SEND Record",
		filters={"school": school, "status": "Open"},
		fields=["name", "student", "sen_provision"],
		order_by="name",
	)
	# provision first, so each plan lists the provision map entries its pupil is in
	pupils = [r.student for r in records if r.sen_provision != "Monitoring"][:4]
	if pupils:
		frappe.get_doc(
			{
				"doctype": "Provision Map Entry",
				"provision": "Reading intervention",
				"school": school,
				"staff": key_person,
				"start_date": ago(60),
				"end_date": add_days(today(), 30),
				"pupils": [
					{"student": p, "entry_score": 80 + i, "entry_date": ago(60)} for i, p in enumerate(pupils)
				],
			}
		).insert(ignore_permissions=True)
		# last term's group, finished, with exit scores and outcomes for the impact report
		frappe.get_doc(
			{
				"doctype": "Provision Map Entry",
				"provision": "Phonics catch-up",
				"school": school,
				"staff": key_person,
				"start_date": ago(150),
				"end_date": ago(75),
				"pupils": [
					{
						"student": p,
						"entry_score": 18 + i,
						"entry_date": ago(150),
						"exit_score": 18 + i + rng.choice((3, 6, 9)),
						"exit_date": ago(75),
						"outcome": rng.choice(("Achieved", "Achieved", "Not achieved")),
					}
					for i, p in enumerate(pupils)
				],
			}
		).insert(ignore_permissions=True)
	plans = 0
	for rec in records:
		frappe.db.set_value("SEND Record", rec.name, "key_person", key_person)
		if rec.sen_provision == "Monitoring":
			continue
		plan = frappe.get_doc(
			{
				"doctype": "Individual Education Plan",
				"student": rec.student,
				"school": school,
				"key_person": key_person,
				"start_date": ago(40),
				"review_date": add_days(today(), rng.choice((10, 30, 60))),
				"pupil_voice": _("I like working in a small group."),
				"parent_voice": _("Homework is a struggle at home."),
				"targets": [
					{
						"area_of_need": "Cognition and learning",
						"target": _("Read 30 high-frequency words by sight"),
						"success_criteria": _("28 of 30 correct on two days"),
					},
					{
						"area_of_need": "Social, emotional and mental health",
						"target": _("Ask an adult for help using the help card"),
						"success_criteria": _("Uses the card 4 times a week"),
					},
				],
				"agreed_by": _("Parent/carer"),
				"agreed_on": ago(38),
			}
		).insert(ignore_permissions=True)
		plan.submit()
		plans += 1
		if rng.random() < 0.5:
			review = frappe.get_doc(
				{
					"doctype": "SEND Review",
					"review_type": "IEP Review",
					"student": rec.student,
					"school": school,
					"iep": plan.name,
					"meeting_date": ago(5),
					"attendees": [
						{
							"attendee_name": _("Parent/carer"),
							"role": _("Parent"),
							"is_parent": 1,
							"attended": 1,
						}
					],
					"target_outcomes": [
						{
							"iep_target": t.name,
							"area_of_need": t.area_of_need,
							"target": t.target,
							"outcome": rng.choice(("Met", "Partially met", "Not met")),
						}
						for t in plan.targets
					],
					"decision_continue": 1,
				}
			).insert(ignore_permissions=True)
			review.submit()
	if pupils:
		agency = "Demoshire Educational Psychology Service"
		if not frappe.db.exists("SEND Agency", agency):
			frappe.get_doc(
				{
					"doctype": "SEND Agency",
					"agency_name": agency,
					"agency_type": "Educational Psychology",
					"typical_wait_weeks": 12,
				}
			).insert(ignore_permissions=True)
		frappe.get_doc(
			{
				"doctype": "Agency Referral",
				"student": pupils[0],
				"school": school,
				"agency": agency,
				"status": "Waiting",
				"referral_date": ago(50),
				"reason": _("Slow progress in reading despite two terms of wave 2 support"),
				"parental_consent": 1,
				"consent_date": ago(52),
				"next_action": _("Chase an appointment date"),
				"next_action_date": add_days(today(), 7),
				"next_action_owner": USERS[0][0],
			}
		).insert(ignore_permissions=True)
		frappe.get_doc(
			{
				"doctype": "SEND Contact Log",
				"student": pupils[0],
				"school": school,
				"contact_datetime": f"{ago(3)} 15:30:00",
				"contact_type": "Meeting",
				"with_whom": "Parent/Carer",
				"other_name": _("Parent/carer"),
				"summary": _("Talked through the referral and the reading group."),
			}
		).insert(ignore_permissions=True)
	return plans


def make_school_work(school: str):
	"""The SENCO's work beyond casework, so those screens and reports show something: access
	arrangements, a piece of equipment on loan, one-to-one support, staff training and a learning walk."""
	from frappe.utils import add_days
	from frappe.utils import today

	def day(offset):
		return add_days(today(), offset)

	senco = USERS[0][0]
	teacher = USERS[1][0] if school == PRIMARY else senco  # the demo's teacher works at the primary
	pupils = frappe.get_all(
		"SEND Record", filters={"school": school, "status": "Open"}, pluck="student", order_by="name"
	)[:2]
	docs = [
		{
			"doctype": "Access Arrangement",
			"student": pupils[0],
			"start_date": day(-40),
			"assessed_by": _("Ms A. Assessor (specialist teacher)"),
			"assessed_on": day(-41),
			"evidence_of_need": _("Below-average processing speed (standardised score 78)"),
			"normal_way_of_working": _("Has a reader and extra time in class tests"),
			"arrangements": [
				{"arrangement": "Extra time", "extra_time_percent": 25},
				{"arrangement": "Reader"},
			],
		},
		{
			"doctype": "SEND Resource",
			"item": _("Laptop with text-to-speech"),
			"category": "ICT aid",
			"asset_number": f"ICT-{frappe.scrub(school)[:3].upper()}-01",
			"purchase_date": day(-200),
			"cost": 650,
			"condition": "Good",
			"location": _("SENCO office"),
			"review_date": day(60),
			"loans": [
				{
					"student": pupils[1],
					"from_date": day(-20),
					"due_back_date": day(40),
					"condition_out": "Good",
				}
			],
		},
		{
			"doctype": "Support Allocation",
			"staff": teacher,
			"support_type": "One-to-one",
			"student": pupils[0],
			"minutes_per_week": 150,
			"from_date": day(-30),
		},
		{
			"doctype": "SEND Training Record",
			"title": _("Autism in the classroom"),
			"training_date": day(-45),
			"kind": "INSET",
			"led_by_senco": 1,
			"hours": 2,
			"provider": _("The SENCO"),
			"need_types": [{"need_type": "ASD"}],
			"attendees": [{"user": u} for u in dict.fromkeys((teacher, senco))],
		},
		{
			"doctype": "SEND Teaching Monitoring",
			"visit_type": "Learning walk",
			"visit_date": day(-7),
			"carried_out_by": senco,
			"teacher": teacher,
			"focus": _("Adaptive teaching for pupils with SLCN"),
			"findings": _(
				"Visual timetables and word mats in most rooms; pre-teaching of vocabulary varies."
			),
			"actions": [
				{"action": _("Pre-teach topic vocabulary"), "action_owner": teacher, "due_date": day(14)}
			],
		},
	]
	for doc in docs:
		frappe.get_doc({**doc, "school": school}).insert(ignore_permissions=True)


def make_accessibility_work(school: str):
	"""A reasonable adjustment for a pupil and the school's three-year accessibility plan, with an
	action done, one under way and one overdue, so the progress report shows each."""
	from frappe.utils import add_days
	from frappe.utils import today

	def day(offset):
		return add_days(today(), offset)

	pupil = frappe.get_all(
		"SEND Record", filters={"school": school, "status": "Open"}, pluck="student", order_by="name"
	)[0]
	senco = USERS[0][0]
	docs = [
		{
			"doctype": "Reasonable Adjustment",
			"student": pupil,
			"area": "Information and communication",
			"adjustment": _("Worksheets and slides enlarged to 18 point on cream paper"),
			"date_agreed": day(-30),
			"review_date": day(60),
			"agreed_by": _("The SENCO with parents"),
		},
		{
			"doctype": "Accessibility Plan",
			"title": _("Accessibility Plan"),
			"plan_from": day(-400),
			"plan_to": day(695),
			"approved_on": day(-390),
			"actions": [
				{
					"area": "Physical environment",
					"action": _("Handrails on the stairs to the hall"),
					"action_owner": senco,
					"start_date": day(-300),
					"target_date": day(-200),
					"status": "Done",
					"completion_date": day(-210),
				},
				{
					"area": "Curriculum",
					"action": _("Adapted PE equipment for pupils with physical disabilities"),
					"action_owner": senco,
					"start_date": day(-60),
					"target_date": day(90),
					"status": "In progress",
				},
				{
					"area": "Information",
					"action": _("Newsletters in an accessible format on request"),
					"start_date": day(-90),
					"target_date": day(-14),
					"status": "Not started",
					"success_criteria": _("Every request met within a week"),
				},
			],
		},
	]
	for doc in docs:
		frappe.get_doc({**doc, "school": school}).insert(ignore_permissions=True)


def make_users() -> int:
	return sum(
		ensure_user(
			email,
			schools=schools,
			first_name=first_name,
			last_name="Demo",
			role_profile_name=role,
			new_password=DEMO_PASSWORD,
		)
		for email, first_name, role, schools in USERS
	)
