"""The report layer: what every SEND Script Report is built from.

A report reads in three steps:

1. fetch: ``report_filters`` (the filters with the defaults the report declares once, in ``FILTERS``
   beside ``execute``), ``report_schools`` (the schools it covers), ``scoped_rows`` (the rows of those
   schools, as the reader may read them), or ``aggregate_rows`` in an aggregate report;
2. shaping: a plain function of ``senco_app.rules`` (no Frappe there);
3. columns, chart and summary: the columns a report always has are declared once, in its JSON
   (Frappe's Report Column table: fieldname, label, fieldtype, options, width), and read with
   ``declared_columns``; a column made from data (one per need type, say) is built with the
   builders here and put in its place.

Labels are translated where they are shown: a declared label is passed through ``_()`` here, and the
app's babel extractor (``senco_app.translation``, named in babel_extractors.csv) finds it in the
JSON, as Frappe's own CSV extractor does; a label written in code is a literal inside ``_()``.
tests/test_structure.py checks each report's ``FILTERS`` against the filters of its .js, and its
declared columns against the fieldtypes Frappe's report view shows.

Percent is one of those fieldtypes, though not among Report Column's select options: Frappe imports
a standard report's JSON as it is written, and a standard report is not edited in the desk."""

import json
import re
from contextlib import contextmanager
from functools import cache
from pathlib import Path

import frappe
from frappe import _
from frappe.utils import add_days
from frappe.utils import add_months
from frappe.utils import add_years
from frappe.utils import cint
from frappe.utils import flt
from frappe.utils import getdate
from frappe.utils import today

from senco_app.permissions import filter_schools
from senco_app.permissions import school_with_descendants
from senco_app.rules.disclosure import is_shown
from senco_app.rules.disclosure import small
from senco_app.rules.school_summary import need_field
from senco_app.rules.statutory import school_year_start
from senco_app.services.settings import send_settings

# Fetch

TODAY = "Today"
SCHOOL_YEAR_START = "School year start"
MONTHS_BEFORE = re.compile(r"(\d+) months before (\w+)")


def report_filters(filters, declared: dict) -> frappe._dict:
	"""The filters a report was given, with its declared defaults (``FILTERS``: each filter's fieldname
	and default, None for none) in place of those left empty.

	A date default makes the filter a date: "Today"; "School year start" (1 September of today's
	school year); "N months before <filter>" (before that filter's date). A number default makes it
	a whole number (a 0 given stays 0). Any other default is used as it is."""
	filters = frappe._dict(filters or {})
	relative = []
	for name, default in declared.items():
		value = filters.get(name)
		if default is None:
			continue
		if isinstance(default, int):
			filters[name] = cint(value) if value not in (None, "") else default
		elif default == TODAY:
			filters[name] = getdate(value or today())
		elif default == SCHOOL_YEAR_START:
			filters[name] = getdate(value) if value else school_year_start(getdate(today()))
		elif MONTHS_BEFORE.fullmatch(default):
			relative.append(name)
		elif not value:
			filters[name] = default
	for name in relative:
		months, anchor = MONTHS_BEFORE.fullmatch(declared[name]).groups()
		value = filters.get(name)
		filters[name] = getdate(value or add_months(filters[anchor], -int(months)))
	return filters


def school_year(start) -> tuple:
	"""The year from ``start`` (a school year's 1 September): its first and last day."""
	start = getdate(start)
	return start, getdate(add_days(add_years(start, 1), -1))


def report_schools(school: str | None, doctype: str) -> list[str] | None:
	"""The schools a report covers: the chosen school or trust (with the schools under it), cut to
	the schools the user may see. None means no limit; an empty list means nothing to show.

	Reports apply this themselves as well as reading through ``frappe.get_list``, so the per-school
	rule holds even where a report reads a table Frappe would not filter."""
	requested = school_with_descendants(school) if school else None
	return filter_schools(requested, doctype=doctype)


def scoped_rows(doctype: str, schools: list[str] | None, filters=None, fields=None, **kwargs) -> list:
	"""Every row of ``doctype`` matching ``filters`` (a dict or a list of conditions) in ``schools``
	(from ``report_schools``; an empty list: no rows), read as the reader may read them
	(``frappe.get_list``). Unsorted unless ``order_by`` is given: the shaping orders the rows."""
	return _school_rows(frappe.get_list, doctype, schools, filters, fields, **kwargs)


def aggregate_rows(doctype: str, schools: list[str] | None, filters=None, fields=None, **kwargs) -> list:
	"""``scoped_rows`` for an aggregate report (one a governor may run): read past the reader's own
	read permission, since a governor counts pupils they may not open. The per-school rule applied
	here still bounds them to their schools. The report must return counts, sums and rates only,
	never a row, name or link of a pupil."""
	return _school_rows(frappe.get_all, doctype, schools, filters, fields, **kwargs)


def readable_query(doctype: str, schools: list[str] | None, filters=None, **kwargs) -> str | None:
	"""The SQL of ``scoped_rows(doctype, schools, filters, ["name"], **kwargs)`` without running it:
	the names of the rows the reader may read, as Frappe's own query with its permission conditions
	(role, User Permissions, shares, the app's school rule), to put in another query as
	``x.name in (...)`` so that the database joins and sums only those rows. None for no schools.
	Its ``%`` are doubled: it goes into a query with ``%(name)s`` values. A query built on it reads
	past Frappe's field-level check, so it selects no confidential field (permission level 1 and up;
	tests/test_structure.py holds every caller to that)."""
	if schools == []:
		return None
	query = _school_rows(frappe.get_list, doctype, schools, filters, ["name"], run=False, **kwargs)
	return query.replace("%", "%%")


def _school_rows(read, doctype, schools, filters, fields, order_by=None, **kwargs) -> list:
	if schools == []:
		return []
	if schools is not None:
		if isinstance(filters, list):
			filters = [*filters, ["school", "in", schools]]
		else:
			filters = {**(filters or {}), "school": ["in", schools]}
	return read(doctype, filters=filters, fields=fields, order_by=order_by, limit_page_length=0, **kwargs)


def child_rows(child: str, parenttype: str, parents: list, fields: list[str]) -> list:
	"""The rows of table ``child`` of the ``parents`` (names of ``parenttype`` read through
	``scoped_rows``, so already the reader's), in their order. One query; none for no parents."""
	if not parents:
		return []
	return frappe.get_all(
		child,
		filters={"parenttype": parenttype, "parent": ["in", list(parents)]},
		fields=fields,
		order_by="idx asc",
	)


# Who a pupil's row is about: the record, the pupil and the school (every pupil-level report reads them).
PUPIL_FIELDS = ("name", "student", "student_name", "school")


def with_dates(rows: list, *fieldnames: str) -> list:
	"""``rows`` with ``fieldnames`` read as dates (an empty one as None), for the rules."""
	for row in rows:
		for fieldname in fieldnames:
			row[fieldname] = getdate(row[fieldname]) if row.get(fieldname) else None
	return rows


# Columns


def with_person_names(rows: list, fieldname: str) -> list:
	"""Each row also gets ``<fieldname>_name``: the full name of the user in ``fieldname`` (a key
	person is read as a name, not an e-mail address). One query for all rows."""
	users = {r.get(fieldname) for r in rows} - {None, ""}
	names = (
		dict(
			frappe.get_all(
				"User", filters={"name": ["in", list(users)]}, fields=["name", "full_name"], as_list=True
			)
		)
		if users
		else {}
	)
	for r in rows:
		r[f"{fieldname}_name"] = names.get(r.get(fieldname)) or r.get(fieldname)
	return rows


# A date as Frappe shows it (dd-mm-yyyy and the filter's calendar icon) needs this much room.
MIN_DATE_WIDTH = 110

# Fieldtypes that show a count, rate or average: a suppressed report shows them as text ("<5", "c").
FIGURE_TYPES = ("Int", "Float", "Percent")


@cache
def _declared(report_file: str) -> tuple:
	definition = json.loads(Path(report_file).with_suffix(".json").read_text())
	return tuple(definition["columns"])


def declared_columns(
	report_file: str,
	*,
	labels: dict | None = None,
	insert_after: dict | None = None,
	omit=(),
	suppressed: bool = False,
	keep=(),
	text=(),
) -> list[dict]:
	"""The columns declared in the report's JSON (``report_file``: the report's ``__file__``), in
	their order, each label translated.

	``labels``: fieldname -> a label to show instead (already translated), or a tuple of values for
	the declared label's ``{0}`` placeholders. ``insert_after``: fieldname -> columns built from data,
	put after that column. ``omit``: fieldnames left out. ``suppressed`` (small numbers hidden): the
	count, rate and average columns (``FIGURE_TYPES``) but those in ``keep``, and those in ``text``,
	show as plain text. A Float or Percent shows one decimal place."""
	labels, insert_after = labels or {}, insert_after or {}
	as_text = set(text)
	columns = []
	for declared in _declared(report_file):
		fieldname = declared["fieldname"]
		if fieldname in omit:
			continue
		col = {**declared, "label": _(declared["label"])}
		label = labels.get(fieldname)
		if isinstance(label, tuple):
			col["label"] = col["label"].format(*label)
		elif label:
			col["label"] = label
		if col["fieldtype"] in ("Float", "Percent"):
			col["precision"] = 1
		if fieldname in as_text or (
			suppressed and col["fieldtype"] in FIGURE_TYPES and fieldname not in keep
		):
			col = {**col, "fieldtype": "Data", "options": None}
		columns.append(col)
		columns.extend(insert_after.get(fieldname, ()))
	return columns


def declared_fields(report_file: str, doctype: str, *extra: str) -> list[str]:
	"""The fields of ``doctype`` to read for the report: those its declared columns show (a column
	the shaping works out is not read), then ``extra`` (what the shaping needs but does not show)."""
	meta = frappe.get_meta(doctype)
	shown = [c["fieldname"] for c in _declared(report_file)]
	return list(dict.fromkeys([f for f in shown if f == "name" or meta.has_field(f)] + list(extra)))


def column(fieldname: str, label: str, fieldtype: str, width: int, **extra) -> dict:
	return {"fieldname": fieldname, "label": label, "fieldtype": fieldtype, "width": width, **extra}


def int_column(fieldname: str, label: str, width: int) -> dict:
	return column(fieldname, label, "Int", width)


def check_column(fieldname: str, label: str, width: int) -> dict:
	return column(fieldname, label, "Check", width)


def figure_column(fieldname: str, label: str, fieldtype: str, width: int, suppressed: bool, **extra) -> dict:
	"""A column of counts, rates or averages: Data when suppressed, so "<5" and "c" show."""
	return column(fieldname, label, "Data" if suppressed else fieldtype, width, **extra)


def roll_share_columns(report_file: str, codes: list[str], suppressed: bool, **options) -> list[dict]:
	"""The declared columns of a report of the roll's SEND shares (SEND Summary, SEND Register
	Trends): the SEN Support and EHC plan shares labelled with the national figures, and after them
	a column of pupils per primary need (``codes``). ``options`` go to ``declared_columns``."""
	sen_support_label, ehc_plan_label = national_share_labels()
	needs = [
		figure_column(need_field(code), _("Primary Need {0}").format(code), "Int", 90, suppressed)
		for code in codes
	]
	return declared_columns(
		report_file,
		labels={"sen_support_percent": sen_support_label, "ehc_plan_percent": ehc_plan_label},
		insert_after={"ehc_plan_percent": needs},
		suppressed=suppressed,
		**options,
	)


# Charts and summaries


def chart_points(rows: list[dict], field: str) -> list:
	"""A line's points: each row's ``field``, a withheld ("<5", "c") or missing figure as 0."""
	return [r[field] if r[field] is not None and is_shown(r[field]) else 0 for r in rows]


def totals_per(rows: list[dict], key: str, keys: list, value) -> list:
	"""A bar's values: for each of ``keys`` in its order, the sum of ``value(row)`` over the ``rows``
	whose ``key`` it is (0 for none). One pass over the rows, however many bars."""
	sums = dict.fromkeys(keys, 0)
	for row in rows:
		if row[key] in sums:
			sums[row[key]] += value(row)
	return [sums[k] for k in keys]


def bar_chart(labels: list, datasets: list[tuple[str, list]], *, title: str, **options) -> dict:
	"""A bar chart of ``datasets``, each (name, values), under ``title`` (what it shows, so a chart
	read on its own says what it counts); ``options`` (colors, barOptions, fieldtype; type="line"
	for a line chart) as Frappe's chart takes them."""
	return {
		"title": title,
		"data": {
			"labels": labels,
			"datasets": [{"name": name, "values": values} for name, values in datasets],
		},
		"type": "bar",
		**options,
	}


def need_chart(counts: list[tuple[str, int]]) -> dict | None:
	"""Bar chart of pupils by primary need (code, count), or None with nothing to draw."""
	if not counts:
		return None
	return bar_chart(
		[code for code, _n in counts],
		[(_("Pupils"), [n for _c, n in counts])],
		colors=["#5e64ff"],
		title=_("Pupils by primary need"),
	)


def summary_item(value, label: str, datatype: str, **extra) -> dict:
	"""A report summary figure; one suppressed ("<5" or "c") shows as it is."""
	return {"value": value, "label": label, "datatype": datatype if is_shown(value) else "Data", **extra}


def national_share_labels(with_source: bool = True) -> tuple[str, str]:
	"""Labels of the SEN Support and EHC plan shares of the roll, with the national figures beside
	them (SEND Settings) and, ``with_source``, where those come from (a report summary's figure has
	room for about thirty characters of label: there the source is left out)."""
	settings = send_settings()
	label = settings.national_figures_label
	support, plan = flt(settings.national_sen_support_percent, 1), flt(settings.national_ehc_plan_percent, 1)
	if not with_source:
		return _("SEN Support % (national {0}%)").format(support), _("EHC Plan % (national {0}%)").format(
			plan
		)
	return (
		_("SEN Support % (national {0}%, {1})").format(support, label),
		_("EHC Plan % (national {0}%, {1})").format(plan, label),
	)


def roll_share_summary(figures: dict) -> list[dict]:
	"""Summary figures: pupils on roll, on SEN Support and with an EHC plan, each plan type also as a
	share of the roll beside the national figures."""
	sen_support_label, ehc_plan_label = national_share_labels(with_source=False)
	return [
		summary_item(figures["on_roll"], _("Pupils on roll"), "Int"),
		summary_item(figures["sen_support"], _("On SEN Support"), "Int", indicator="Blue"),
		summary_item(figures["sen_support_percent"], sen_support_label, "Percent", indicator="Blue"),
		summary_item(figures["ehc_plan"], _("With EHC Plan"), "Int", indicator="Purple"),
		summary_item(figures["ehc_plan_percent"], ehc_plan_label, "Percent", indicator="Purple"),
	]


# Aggregate reports. Their ref_doctype is Company, so a governor (read and report on Company and
# Program, on nothing of pupils') may run them; every other report names pupils and is not theirs.


def reads_pupils(user: str | None = None) -> bool:
	"""Whether the reader may read pupils' register records. An aggregate report shows anyone who may
	not (a governor) its counts with small numbers suppressed (senco_app.rules.disclosure), as it
	does every reader of a document meant to leave the app (the governor pack: ``aggregate_only``)."""
	if frappe.flags.senco_aggregate_only:
		return False
	return bool(frappe.has_permission("SEND Record", "read", user=user))


@contextmanager
def aggregate_only():
	"""Within the block, aggregate reports suppress small numbers whoever reads them."""
	previous = frappe.flags.senco_aggregate_only
	frappe.flags.senco_aggregate_only = True
	try:
		yield
	finally:
		frappe.flags.senco_aggregate_only = previous


def suppression_note() -> str:
	return _(
		"Counts of 1 to 4 pupils are shown as {0}; c marks a figure withheld so that no count under 5 can "
		"be worked out from the others."
	).format(small())
