"""The SEN information report (Schedule 1 to the SEND Regulations 2014): drafting a school's report
from the data where it exists, and what its public page shows.

Drafted when a report is made (fields the SENCO has already written are kept):
- kinds of SEN provided for: the need types of the pupils on the register today, by broad area of
  need (names of needs only, no counts);
- the approach to teaching and additional support: the provision catalogue (the school's own and the
  shared entries in use), by area of need;
- working with other bodies: the agencies (the school's own and the shared ones in use);
- the SENCO's name and contact: the school's SENCO (Company, SEND section).

The public page (senco_app/www/sen_information.py) shows a published report's text, the SENCO's
contact and one live aggregate: the shares of pupils on SEN Support and with an EHC plan today, each
withheld ("c") when it rests on fewer than 5 pupils or would give back a count under 5
(``disclosure.rate``). Nothing on it names or counts a pupil."""

import re
from html import escape

import frappe
from frappe import _
from frappe.utils import getdate
from frappe.utils import today

from senco_app.rules import school_summary
from senco_app.rules.disclosure import rate
from senco_app.rules.needs import EHC_PLAN
from senco_app.rules.needs import SEN_SUPPORT
from senco_app.rules.register_report import register_rows


def items() -> tuple[tuple[str, str], ...]:
	"""The Schedule 1 items in the order of the Regulations: (Text Editor field of the doctype, heading
	on the public page)."""
	return (
		("kinds_of_need", _("The kinds of special educational needs we provide for")),
		("identifying_needs", _("How we identify and assess pupils' special educational needs")),
		("consulting_parents", _("How we consult and involve parents")),
		("consulting_pupils", _("How we consult and involve pupils")),
		("assessing_progress", _("How we assess and review pupils' progress towards their outcomes")),
		("transitions", _("Moving between phases of education and preparing for adulthood")),
		("teaching_approach", _("Our approach to teaching pupils with special educational needs")),
		("adaptations", _("How we adapt the curriculum and the learning environment")),
		("staff_expertise", _("Staff expertise and training")),
		("evaluating_effectiveness", _("How we evaluate the effectiveness of our provision")),
		("inclusion_in_activities", _("Inclusion in activities with other pupils")),
		("emotional_social_development", _("Support for emotional and social development")),
		(
			"working_with_others",
			_("Working with health, social care, the local authority and voluntary bodies"),
		),
		("complaints", _("Complaints")),
	)


def school_slug(school: str) -> str:
	"""The school's part of its page address: its name in lower case, words joined by hyphens."""
	return re.sub(r"[^a-z0-9]+", "-", (school or "").lower()).strip("-")


# Drafting


def draft(doc) -> None:
	"""Fill the items the data can draft, where the report has no text of its own yet."""
	drafts = {
		"kinds_of_need": lambda: need_kinds_html(doc.school),
		"teaching_approach": lambda: provision_html(doc.school),
		"working_with_others": lambda: agencies_html(doc.school),
	}
	for fieldname, make in drafts.items():
		if not (doc.get(fieldname) or "").strip():
			doc.set(fieldname, make())
	if not doc.senco_name or not doc.senco_contact:
		senco = frappe.db.get_value("Company", doc.school, "send_senco")
		if senco:
			name, email = frappe.db.get_value("User", senco, ["full_name", "email"]) or (None, None)
			doc.senco_name = doc.senco_name or name
			doc.senco_contact = doc.senco_contact or email


def register_today(school: str) -> list[dict]:
	"""The school's register rows today (no names kept beyond this function's caller)."""
	from senco_app.send.report.send_register.send_register import fetch_register

	as_at = getdate(today())
	records, history = fetch_register([school], as_at, aggregate=True)
	return register_rows(records, history, as_at, {})


def need_kinds_html(school: str) -> str | None:
	"""The need types of the pupils on SEN Support or with a plan today, by broad area of need."""
	codes = {
		code
		for row in register_today(school)
		if row["sen_provision"] in (SEN_SUPPORT, EHC_PLAN)
		for code in row["needs"]
	}
	if not codes:
		return None
	types = frappe.get_all(
		"SEN Need Type",
		filters={"name": ["in", sorted(codes)]},
		fields=["name", "description", "broad_area"],
		order_by="broad_area asc, description asc",
	)
	return grouped_list_html(
		_("We currently provide for pupils with these kinds of need:"),
		[(t.broad_area, t.description or t.name) for t in types],
	)


def provision_html(school: str) -> str | None:
	"""The provision catalogue in use (the school's and the shared entries), by area of need."""
	entries = frappe.get_all(
		"SEND Provision",
		filters={"disabled": 0},
		or_filters=[["school", "=", school], ["school", "is", "not set"]],
		fields=["title", "area_of_need", "wave"],
		order_by="area_of_need asc, title asc",
	)
	if not entries:
		return None
	return grouped_list_html(
		_("Besides quality-first teaching, we offer:"),
		[(e.area_of_need, f"{e.title} ({e.wave})" if e.wave else e.title) for e in entries],
	)


def grouped_list_html(intro: str, items: list[tuple[str | None, str]]) -> str:
	"""``intro`` then a list of (area, name) pairs, one line per area in the order met (an item with
	no area under Other), every text escaped."""
	areas: dict[str, list[str]] = {}
	for area, name in items:
		areas.setdefault(area or _("Other"), []).append(name)
	lines = "".join(
		f"<li><strong>{escape(area)}</strong>: {escape('; '.join(names))}</li>"
		for area, names in areas.items()
	)
	return f"<p>{escape(intro)}</p><ul>{lines}</ul>"


def agencies_html(school: str) -> str | None:
	"""The agencies the school works with (its own and the shared ones in use)."""
	agencies = frappe.get_all(
		"SEND Agency",
		filters={"disabled": 0},
		or_filters=[["school", "=", school], ["school", "is", "not set"]],
		fields=["agency_name", "agency_type"],
		order_by="agency_type asc, agency_name asc",
	)
	if not agencies:
		return None
	lines = "".join(f"<li>{escape(a.agency_name)} ({escape(a.agency_type or '')})</li>" for a in agencies)
	return f"<p>{escape(_('We work with:'))}</p><ul>{lines}</ul>"


# The public page


PUBLIC_FIELDS = ("school", "academic_year", "senco_name", "senco_contact", "local_offer_url")


def published_report(slug: str) -> dict | None:
	"""The latest published report whose school has ``slug`` (its public fields only), or None."""
	if not slug or slug != school_slug(slug):
		return None
	reports = frappe.get_all(
		"SEN Information Report",
		filters={"page_slug": slug, "published": 1},
		fields=[*PUBLIC_FIELDS, *(f for f, _label in items())],
		order_by="academic_year desc",
		limit_page_length=1,
	)
	return reports[0] if reports else None


def register_shares(school: str) -> dict:
	"""The shares of the roll on SEN Support and with an EHC plan today, small numbers withheld."""
	from senco_app.services.school_roll import school_rolls

	as_at = getdate(today())
	roll = school_rolls([school], as_at, aggregate=True).get(school, 0)
	rows = register_today(school)
	counts = {p: sum(1 for r in rows if r["sen_provision"] == p) for p in (SEN_SUPPORT, EHC_PLAN)}
	return {
		"sen_support_percent": rate(counts[SEN_SUPPORT], roll),
		"ehc_plan_percent": rate(counts[EHC_PLAN], roll),
	}


def page_context(slug: str) -> dict | None:
	"""What the public page of ``slug`` shows, or None when nothing is published there."""
	report = published_report(slug)
	if not report:
		return None
	return {
		"report": report,
		"items": [
			{"label": label, "html": report.get(f)} for f, label in items() if (report.get(f) or "").strip()
		],
		"shares": register_shares(report.school),
	}
