# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""SEND Training Needs: per school, each need type of the pupils on the register against the staff
trained in it over the last few years (Code of Practice 6.88 to 6.90: staff expertise kept under
review against the needs of the school's pupils); a gap where pupils have a need nobody is trained
in."""

import frappe
from frappe import _
from frappe.utils import add_years
from frappe.utils import getdate
from frappe.utils import today

from senco_app.rules.staff_development import COMPLETED
from senco_app.rules.staff_development import training_needs
from senco_app.send.report import script_report as report

FILTERS = {"school": None, "years": 3}
TRAINING = "SEND Training Record"


def execute(filters=None):
	filters = report.report_filters(filters, FILTERS)
	schools = report.report_schools(filters.school, TRAINING)
	pupil_counts = fetch_pupil_counts(schools)
	trained = readable_training(schools, max(filters.years, 0))
	need_types = {
		n.name: (n.description, n.broad_area)
		for n in frappe.get_all("SEN Need Type", fields=["name", "description", "broad_area"])
	}
	rows = training_needs(pupil_counts, fetch_staff_counts(trained), need_types)
	columns = report.declared_columns(__file__)
	return columns, rows, None, get_chart(rows), get_summary(rows, fetch_totals(trained))


def fetch_pupil_counts(schools) -> list[dict]:
	"""(school, need_type, pupils) for each need of the pupils on the register (open records the
	reader may read, any rank), the pupils counted once each by the database: one query joining the
	needs to Frappe's own query of those records (``script_report.readable_query``), not the records
	and then their needs by a list of names."""
	readable = report.readable_query("SEND Record", schools, {"status": "Open"})
	if readable is None:
		return []
	return frappe.db.sql(
		f"""select r.school, n.need_type, count(distinct r.student) as pupils
		from `tabSEND Record Need` n
		join `tabSEND Record` r on r.name = n.parent and n.parenttype = 'SEND Record'
		where r.name in ({readable})
		group by r.school, n.need_type""",
		{},  # (values given, so the readable query's doubled % come back single)
		as_dict=True,
	)


def readable_training(schools, years: int) -> str | None:
	"""Frappe's query of the completed training of the last ``years`` years that the reader may read
	(``script_report.readable_query``), for the queries below; None for no schools."""
	now = getdate(today())
	return report.readable_query(
		TRAINING, schools, {"status": COMPLETED, "training_date": ["between", [add_years(now, -years), now]]}
	)


def fetch_staff_counts(readable: str | None) -> list[dict]:
	"""(school, need_type, staff_trained, last_trained) over the ``readable`` training, counted by the
	database as ``rules.staff_development.staff_per_need`` counts them from the rows."""
	if readable is None:
		return []
	return frappe.db.sql(
		f"""select t.school, c.need_type, count(distinct a.user) as staff_trained,
			max(t.training_date) as last_trained
		from `tabSEND Training Record` t
		join `tabSEND Training Need` c on c.parent = t.name and c.parenttype = %(doctype)s
		join `tabSEND Training Attendee` a on a.parent = t.name and a.parenttype = %(doctype)s
			and a.user is not null
		where t.name in ({readable})
		group by t.school, c.need_type""",
		{"doctype": TRAINING},
		as_dict=True,
	)


def fetch_totals(readable: str | None) -> dict:
	"""Over the ``readable`` training: the staff who attended any of it, and the events the SENCO led."""
	if readable is None:
		return {"staff": 0, "led_by_senco": 0}
	return frappe.db.sql(
		f"""select
			(select count(distinct a.user) from `tabSEND Training Attendee` a
				where a.parenttype = %(doctype)s and a.parent in ({readable})) as staff,
			(select count(*) from `tabSEND Training Record` t
				where t.name in ({readable}) and t.led_by_senco = 1) as led_by_senco""",
		{"doctype": TRAINING},
		as_dict=True,
	)[0]


def get_chart(rows):
	if not rows:
		return None
	codes = list(dict.fromkeys(r["need_type"] for r in rows))
	total = lambda field: [sum(r[field] for r in rows if r["need_type"] == c) for c in codes]  # noqa: E731
	return report.bar_chart(
		codes,
		[(_("Pupils"), total("pupils")), (_("Staff trained"), total("staff_trained"))],
		title=_("Pupils and trained staff by need type"),
		colors=["#5e64ff", "#29cd42"],
	)


def get_summary(rows, totals):
	return [
		report.summary_item(len(rows), _("Needs on the register"), "Int"),
		report.summary_item(sum(r["gap"] for r in rows), _("With no trained staff"), "Int", indicator="Red"),
		report.summary_item(totals["staff"], _("Staff trained"), "Int", indicator="Green"),
		report.summary_item(totals["led_by_senco"], _("Training led by the SENCO"), "Int", indicator="Blue"),
	]
