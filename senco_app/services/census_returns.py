"""The census SEN return of one school on one day: what the rules need, read from the register, and
the return's outputs (CSV, XML).

The callers decide who may ask: the Census Return holds its school by the per-school rule (a user
creates or saves one only for a school they hold), the report asks ``report_schools``. Here the
school's rows are read whole (``frappe.get_all``), since a return counts every pupil of the school."""

import frappe
from frappe import _
from frappe.utils import getdate

from senco_app.rules import census as census_rules

XML_TEMPLATE = "senco_app/send/doctype/census_return/census_sen_items.xml"


def with_dates(rows: list, *fieldnames: str) -> list:
	for row in rows:
		for fieldname in fieldnames:
			row[fieldname] = getdate(row[fieldname]) if row.get(fieldname) else None
	return rows


def school_return(school: str, as_at) -> frappe._dict:
	"""Every pupil of ``school`` on roll on ``as_at`` with their SEN items then, the readiness
	issues (translated) and the counts."""
	as_at = getdate(as_at)
	students = with_dates(
		frappe.get_all(
			"Student",
			filters={"school": school},
			fields=["name", "student_name", "upn", "joining_date", "date_of_leaving", "enabled"],
			limit_page_length=0,
		),
		"joining_date",
		"date_of_leaving",
	)
	records = frappe.get_all(
		"SEND Record",
		filters={"school": school},
		fields=["name", "student", "sen_unit_indicator", "resourced_provision_indicator"],
		limit_page_length=0,
	)
	names = [r.name for r in records]
	history = need_rows = []
	if names:
		history = with_dates(
			frappe.get_all(
				"SEND Record History",
				filters={"parenttype": "SEND Record", "parent": ["in", names]},
				fields=["parent", "from_date", "to_date", "sen_provision", "needs"],
				limit_page_length=0,
			),
			"from_date",
			"to_date",
		)
		need_rows = frappe.get_all(
			"SEND Record Need",
			filters={"parenttype": "SEND Record", "parent": ["in", names]},
			fields=["parent", "rank", "need_type"],
			limit_page_length=0,
		)
	rows = census_rules.pupil_rows(students, records, history, as_at)
	issues = census_rules.readiness(
		rows, students, records, history, need_rows, as_at, upns_elsewhere(school, rows)
	)
	return frappe._dict(
		rows=rows,
		issues=[translated(issue) for issue in issues],
		counts=census_rules.counts(rows),
	)


def upns_elsewhere(school: str, rows: list[dict]) -> set[str]:
	"""UPNs of these pupils that a pupil of another school also holds (as UPN or former UPN). Only
	the UPN is told, never who holds it."""
	upns = sorted({r["upn"] for r in rows if r["upn"]})
	if not upns:
		return set()
	found = frappe.get_all(
		"Student",
		filters={"school": ["!=", school]},
		or_filters={"upn": ["in", upns], "former_upn": ["in", upns]},
		fields=["upn", "former_upn"],
		limit_page_length=0,
	)
	return {value for r in found for value in (r.upn, r.former_upn) if value in set(upns)}


def translated(issue: dict) -> dict:
	"""A readiness issue with its message and fix in the user's language."""
	return {
		**issue,
		"message": _(issue["message"]).format(*issue["params"]),
		"fix": _(issue["fix"]),
	}


def snapshot_rows(doc) -> list[dict]:
	"""A saved return's pupils as the rules shape them (from its rows, never the register)."""
	rows = []
	for row in doc.pupils:
		needs = [code.strip() for code in (row.needs or "").split(",") if code.strip()]
		rows.append(
			{
				"student": row.student,
				"student_name": row.student_name,
				"upn": row.upn or "",
				"sen_provision": row.sen_provision,
				"needs": needs,
				"sen_unit_indicator": row.sen_unit_indicator,
				"resourced_provision_indicator": row.resourced_provision_indicator,
			}
		)
	return rows


def return_csv(doc) -> str:
	return census_rules.to_csv(snapshot_rows(doc))


def return_xml(doc) -> str:
	"""The SEN items of each pupil of a return, rendered from the Jinja2 template."""
	school = frappe.db.get_value(
		"Company", doc.school, ["send_la_code", "send_establishment_number"], as_dict=True
	)
	return frappe.render_template(
		XML_TEMPLATE,
		{
			"doc": doc,
			"la_code": (school or {}).get("send_la_code") or "",
			"establishment_number": (school or {}).get("send_establishment_number") or "",
			"pupils": census_rules.xml_pupils(snapshot_rows(doc)),
		},
	)
