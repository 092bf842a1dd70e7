"""What every SEND report shares: which schools the user may report on;
and for the aggregate reports (the ones a governor may run), their rows and how their figures show."""

import frappe
from frappe import _
from frappe.utils import flt

from senco_app.permissions import filter_schools, school_with_descendants
from senco_app.rules.disclosure import is_shown, small
from senco_app.services.settings import send_settings


def report_schools(school: str | None, doctype: str) -> list[str] | None:
	"""The schools a report covers: the chosen school or trust (with the schools under it), cut to
	the schools the user may see. None means no limit; an empty list means nothing to show.

	Reports apply this themselves as well as reading through ``frappe.get_list``, so the per-school
	rule holds even where a report reads a table Frappe would not filter."""
	requested = school_with_descendants(school) if school else None
	return filter_schools(requested, doctype=doctype)


def limit_to_schools(conditions: dict, schools: list[str] | None) -> dict | None:
	"""A report query's filters, limited to ``schools`` (from ``report_schools``). None when the user
	may see no school at all: the report then shows nothing rather than everything."""
	if schools == []:
		return None
	if schools is not None:
		conditions = {**conditions, "school": ["in", schools]}
	return conditions


def school_column(width: int = 200) -> dict:
	return {
		"fieldname": "school",
		"label": _("School"),
		"fieldtype": "Link",
		"options": "Company",
		"width": width,
	}


def national_share_labels() -> tuple[str, str]:
	"""Labels of the SEN Support and EHC plan shares of the roll, with the national figures beside
	them (SEND Settings)."""
	settings = send_settings()
	label = settings.national_figures_label
	return (
		_("SEN Support % (national {0}%, {1})").format(flt(settings.national_sen_support_percent, 1), label),
		_("EHC Plan % (national {0}%, {1})").format(flt(settings.national_ehc_plan_percent, 1), label),
	)


def need_chart(counts: list[tuple[str, int]]) -> dict | None:
	"""Bar chart of pupils by primary need (code, count), or None with nothing to draw."""
	if not counts:
		return None
	return {
		"data": {
			"labels": [code for code, _n in counts],
			"datasets": [{"name": _("Pupils by primary need"), "values": [n for _c, n in counts]}],
		},
		"type": "bar",
		"colors": ["#5e64ff"],
	}


# Aggregate reports. Their ref_doctype is Company, so a governor (read and report on Company and
# Program, on nothing of pupils') may run them; every other report names pupils and is not theirs.


def reads_pupils(user: str | None = None) -> bool:
	"""Whether the reader may read pupils' register records. An aggregate report shows anyone who may
	not (a governor) its counts with small numbers suppressed (senco_app.rules.disclosure)."""
	return bool(frappe.has_permission("SEND Record", "read", user=user))


def aggregate_rows(doctype: str, conditions: dict, fields: list[str], schools: list[str] | None, **kwargs):
	"""Rows of ``doctype`` in ``schools`` (from ``report_schools``) for an aggregate report.

	Read past the reader's own read permission, since a governor counts pupils they may not open: the
	per-school rule is applied here, so the reader's schools still bound them. The report must return
	counts, sums and rates only, never a row, name or link of a pupil."""
	conditions = limit_to_schools(conditions, schools)
	if conditions is None:
		return []
	return frappe.get_all(doctype, filters=conditions, fields=fields, limit_page_length=0, **kwargs)


def figure_column(fieldname: str, label: str, fieldtype: str, width: int, suppressed: bool, **extra) -> dict:
	"""A report column of counts, rates or averages: Data when suppressed, so "<5" and "c" show."""
	return {
		"fieldname": fieldname,
		"label": label,
		"fieldtype": "Data" if suppressed else fieldtype,
		"width": width,
		**extra,
	}


def summary_item(value, label: str, datatype: str, **extra) -> dict:
	"""A report summary figure; one suppressed ("<5" or "c") shows as it is."""
	return {"value": value, "label": label, "datatype": datatype if is_shown(value) else "Data", **extra}


def suppression_note() -> str:
	return _(
		"Counts of 1 to 4 pupils are shown as {0}; c marks a figure withheld so that no count under 5 can "
		"be worked out from the others."
	).format(small())
