# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

"""Records Due for Disposal: departed pupils whose SEN file has reached the end of retention (date of
birth plus SEND Settings' retention years), for the SENCO to review and destroy one by one. The
list is the daily job's (``senco_app.services.disposal.due_pupils``), limited to the reader's
schools."""

from frappe import _

from senco_app.send.report import script_report as report
from senco_app.services.disposal import due_pupils

FILTERS = {"school": None}


def execute(filters=None):
	filters = report.report_filters(filters, FILTERS)
	schools = report.report_schools(filters.school, "Student")
	rows = due_pupils(schools)
	return report.declared_columns(__file__), rows, None, None, get_summary(rows)


def get_summary(rows):
	return [
		report.summary_item(
			len(rows), _("Files due for disposal"), "Int", indicator="Orange" if rows else "Green"
		)
	]
