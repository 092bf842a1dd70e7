# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.utils import cint
from frappe.utils import getdate
from frappe.utils import today

from senco_app.controllers.send_document import SENDDocument
from senco_app.exceptions import RuleBrokenError
from senco_app.exceptions import throw
from senco_app.rules import census as census_rules
from senco_app.services import census_returns
from senco_app.utils import rule_errors

PUPIL_FIELDS = (
	"student",
	"student_name",
	"upn",
	"sen_provision",
	"primary_need",
	"secondary_need",
	"sen_unit_indicator",
	"resourced_provision_indicator",
	"send_record",
)
ISSUE_FIELDS = ("student", "student_name", "severity", "issue", "message", "fix")


class CensusReturn(SENDDocument):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from senco_app.send.doctype.census_return_issue.census_return_issue import CensusReturnIssue
		from senco_app.send.doctype.census_return_pupil.census_return_pupil import CensusReturnPupil

		amendment_reason: DF.SmallText | None
		amends_return: DF.Link | None
		census_date: DF.Date | None
		census_term: DF.Literal["Autumn", "Spring", "Summer"]
		census_year: DF.Int
		ehc_plan_count: DF.Int
		error_count: DF.Int
		issues: DF.Table[CensusReturnIssue]
		no_sen_count: DF.Int
		override_date: DF.Date | None
		pupils: DF.Table[CensusReturnPupil]
		pupils_on_roll: DF.Int
		school: DF.Link
		sen_support_count: DF.Int
		warning_count: DF.Int

	# end: auto-generated types
	def validate(self):
		self.set_census_date()
		self.set_amends_return()
		if self.docstatus == 0 or self._action == "submit":
			# the snapshot is the server's, never what a client sent; frozen once submitted
			self.take_snapshot()

	def before_submit(self):
		self.validate_census_day_reached()

	def set_census_date(self):
		with rule_errors(_("Invalid census day")):
			self.census_date = census_rules.return_date(
				self.census_term,
				cint(self.census_year),
				getdate(self.override_date) if self.override_date else None,
			)

	def set_amends_return(self):
		"""A second return for the same school and day amends the last one made, and says why."""
		self.amends_return = frappe.db.get_value(
			"Census Return",
			{
				"school": self.school,
				"census_date": self.census_date,
				"docstatus": 1,
				"name": ["!=", self.name],
			},
			"name",
			order_by="creation desc",
		)
		if self.amends_return and not (self.amendment_reason or "").strip():
			throw(
				_(
					"A return for {0} on {1} was already made ({2}): give the Amendment Reason for this one."
				).format(self.school, frappe.format(self.census_date, "Date"), self.amends_return),
				RuleBrokenError,
				fieldname="amendment_reason",
				title=_("Amendment needs a reason"),
			)

	def validate_census_day_reached(self):
		if getdate(self.census_date) > getdate(today()):
			throw(
				_(
					"The return for {0} cannot be submitted before the census day. Save it to see the readiness checks."
				).format(frappe.format(self.census_date, "Date")),
				RuleBrokenError,
				fieldname="census_date",
				title=_("Census day not reached"),
			)

	def take_snapshot(self):
		found = census_returns.school_return(self.school, self.census_date)
		self.set("pupils", [])
		for row in found.rows:
			self.append("pupils", {**{f: row.get(f) for f in PUPIL_FIELDS}, "needs": ", ".join(row["needs"])})
		self.set("issues", [])
		for issue in found.issues:
			self.append("issues", {f: issue.get(f) for f in ISSUE_FIELDS})
		self.pupils_on_roll = found.counts["on_roll"]
		self.ehc_plan_count = found.counts["E"]
		self.sen_support_count = found.counts["K"]
		self.no_sen_count = found.counts["N"]
		self.error_count = sum(1 for i in found.issues if i["severity"] == census_rules.ERROR)
		self.warning_count = sum(1 for i in found.issues if i["severity"] == census_rules.WARNING)


def _readable_return(name: str) -> "CensusReturn":
	"""The return, if the user may export it (read and export, in its school)."""
	doc = frappe.get_doc("Census Return", name)
	doc.check_permission("export")
	return doc


def _download(filename: str, content: str, content_type: str):
	frappe.response.filename = filename
	frappe.response.filecontent = content
	frappe.response.type = "download"
	frappe.response.content_type = content_type


@frappe.whitelist()
def download_csv(name: str):
	"""The return's pupils and SEN items as CSV, from its snapshot."""
	doc = _readable_return(name)
	_download(f"{doc.name}.csv", census_returns.return_csv(doc), "text/csv")


@frappe.whitelist()
def download_xml(name: str):
	"""The return's SEN items per pupil as XML (from the Jinja2 template), from its snapshot."""
	doc = _readable_return(name)
	_download(f"{doc.name}.xml", census_returns.return_xml(doc), "application/xml")
