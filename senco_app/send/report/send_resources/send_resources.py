# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""SEND Resources: the equipment register of a school or trust, with each item's status and borrower,
loans overdue today, reviews (checks, PAT tests, services) due soon and the value by category."""

from frappe import _
from frappe.utils import getdate
from frappe.utils import today

from senco_app.rules.resources import register_frame
from senco_app.rules.resources import value_by_category
from senco_app.send.report import script_report as report

FILTERS = {"school": None, "category": None, "review_within": 30}


def execute(filters=None):
	filters = report.report_filters(filters, FILTERS)
	doctype = "SEND Resource"
	conditions = {"category": filters.category} if filters.category else {}
	items = report.scoped_rows(
		doctype,
		report.report_schools(filters.school, doctype),
		conditions,
		report.declared_fields(__file__, doctype),
	)
	frame = register_frame(
		report.with_dates(items, "due_back_date", "review_date"),
		getdate(today()),
		filters.review_within,
	)
	values = value_by_category(frame)
	return (
		report.declared_columns(__file__),
		frame.to_dict("records"),
		None,
		get_chart(values),
		get_summary(frame),
	)


def get_chart(values):
	if not values:
		return None
	return report.bar_chart(
		[category for category, _n, _v in values],
		[(_("Value"), [value for _c, _n, value in values])],
		title=_("Value of the resources by category"),
		fieldtype="Currency",
	)


def get_summary(frame):
	on_loan = int(frame["status"].eq("On loan").sum())
	return [
		report.summary_item(len(frame), _("Items"), "Int"),
		report.summary_item(on_loan, _("On loan"), "Int", indicator="Blue"),
		report.summary_item(int(frame["overdue"].sum()), _("Loans overdue"), "Int", indicator="Red"),
		report.summary_item(int(frame["review_due"].sum()), _("Reviews due"), "Int", indicator="Orange"),
		report.summary_item(round(float(frame["cost"].sum()), 2), _("Total value"), "Currency"),
	]
