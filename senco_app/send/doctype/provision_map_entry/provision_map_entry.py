# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

import frappe
from frappe import _
from frappe.utils import flt
from frappe.utils import getdate

from senco_app.controllers.send_document import SENDDocument
from senco_app.exceptions import CrossSchoolLinkError
from senco_app.exceptions import RuleBrokenError
from senco_app.exceptions import throw
from senco_app.rules import provision as provision_rules
from senco_app.services.provision_lookup import running_filters
from senco_app.services.schools import catalogue_entry
from senco_app.services.schools import school_label
from senco_app.services.settings import send_settings
from senco_app.utils import rule_errors


class ProvisionMapEntry(SENDDocument):
	# begin: auto-generated types
	# This code is auto-generated. Do not modify anything in this block.

	from typing import TYPE_CHECKING

	if TYPE_CHECKING:
		from frappe.types import DF

		from senco_app.send.doctype.provision_map_pupil.provision_map_pupil import ProvisionMapPupil

		academic_term: DF.Link | None
		academic_year: DF.Link | None
		agency_referral: DF.Link | None
		area_of_need: DF.Data | None
		cost_per_hour: DF.Currency
		cost_per_pupil: DF.Currency
		end_date: DF.Date
		higher_is_better: DF.Check
		measure: DF.Data | None
		minutes_per_session: DF.Int
		notes: DF.SmallText | None
		override_weeks: DF.Check
		provision: DF.Link
		pupils: DF.Table[ProvisionMapPupil]
		school: DF.Link
		sessions_per_week: DF.Int
		staff: DF.Link | None
		staff_name: DF.Data | None
		start_date: DF.Date
		total_cost: DF.Currency
		total_hours: DF.Float
		wave: DF.Data | None
		weeks: DF.Int

	# end: auto-generated types
	def before_validate(self):
		"""Defaults from the catalogue for what the entry leaves blank."""
		p = frappe.db.get_value(
			"SEND Provision",
			self.provision,
			["default_cost_per_hour", "default_sessions_per_week", "default_minutes"],
			as_dict=True,
		)
		if p:
			if self.cost_per_hour in (None, ""):
				self.cost_per_hour = p.default_cost_per_hour
			self.sessions_per_week = self.sessions_per_week or p.default_sessions_per_week
			self.minutes_per_session = self.minutes_per_session or p.default_minutes

	def validate(self):
		provision = self.validate_provision()
		self.validate_numbers()
		self.validate_pupils(provision)
		self.validate_agency_referral()
		self.set_costs(provision)
		self.warn_staff_clash()

	def validate_provision(self):
		return catalogue_entry(self, "provision", "SEND Provision", ["wave", "higher_is_better"])

	def validate_numbers(self):
		start, end = getdate(self.start_date), getdate(self.end_date)
		with rule_errors(_("Invalid entry")):
			provision_rules.check_entry(
				start,
				end,
				self.sessions_per_week,
				self.minutes_per_session,
				flt(self.cost_per_hour),
				self.weeks if self.override_weeks else None,
			)
		if not self.override_weeks:
			self.weeks = provision_rules.weeks_between(start, end)

	def validate_pupils(self, provision):
		pupils = [
			{
				"student": p.student,
				"entry_score": recorded(p.entry_score, p.entry_date),
				"exit_score": recorded(p.exit_score, p.exit_date),
				"entry_date": getdate(p.entry_date) if p.entry_date else None,
				"exit_date": getdate(p.exit_date) if p.exit_date else None,
			}
			for p in self.pupils
		]
		with rule_errors(_("Invalid pupils")):
			provision_rules.check_pupils(pupils)
		students = [p.student for p in self.pupils]
		schools = dict(
			frappe.get_all(
				"Student", filters={"name": ["in", students]}, fields=["name", "school"], as_list=True
			)
		)
		registered = set(
			frappe.get_all(
				"SEND Record",
				filters={"student": ["in", students], "school": self.school, "status": "Open"},
				pluck="student",
			)
		)
		for row in self.pupils:
			if schools.get(row.student) != self.school:
				throw(
					_(
						"Pupils row {0}: Student {1} is not on the roll of School {3} (the pupil is at {2})."
					).format(row.idx, row.student, school_label(schools.get(row.student)), self.school),
					CrossSchoolLinkError,
					fieldname="student",
					title=_("Pupil of another school"),
				)
			if provision.wave == "Wave 3" and row.student not in registered:
				throw(
					_(
						"Pupils row {0}: Student {1} has no open SEND Record: wave 3 provision is for pupils on the register."
					).format(row.idx, row.student),
					RuleBrokenError,
					fieldname="student",
					title=_("Not on the register"),
				)

	def validate_agency_referral(self):
		"""An entry made from a referral's recommendations keeps that referral's pupil among its pupils
		(the school is checked with every link)."""
		if not self.agency_referral:
			return
		student = frappe.db.get_value("Agency Referral", self.agency_referral, "student")
		if student not in {p.student for p in self.pupils}:
			throw(
				_("The pupil of Agency Referral {0} must stay among the pupils of this entry.").format(
					self.agency_referral
				),
				RuleBrokenError,
				fieldname="agency_referral",
				title=_("Pupil of the referral"),
			)

	def set_costs(self, provision):
		costs = provision_rules.costing(
			self.sessions_per_week,
			self.minutes_per_session,
			self.weeks,
			flt(self.cost_per_hour),
			len(self.pupils),
		)
		self.update(costs)
		for row in self.pupils:
			row.cost = costs["cost_per_pupil"]
			change = provision_rules.progress(
				recorded(row.entry_score, row.entry_date),
				recorded(row.exit_score, row.exit_date),
				bool(provision.higher_is_better),
			)
			row.measured = int(change is not None)
			row.progress = change or 0

	def on_pupil_removed(self):
		"""After a pupil's rows went with their SEN file (services.disposal): the cost is shared among
		the pupils left, written without a new version (nothing the staff entered changed)."""
		self.set_costs(
			frappe.db.get_value("SEND Provision", self.provision, ["higher_is_better"], as_dict=True)
		)
		self.db_update()
		for row in self.pupils:
			row.db_update()

	def warn_staff_clash(self):
		"""Warn (not stop) when the person delivering is booked beyond their contracted minutes."""
		if not self.staff:
			return
		start, end = getdate(self.start_date), getdate(self.end_date)
		entries = frappe.get_all(
			"Provision Map Entry",
			filters={
				"staff": self.staff,
				"name": ["!=", self.name],
				**running_filters(start, end),
			},
			fields=["sessions_per_week", "minutes_per_session", "start_date", "end_date"],
		)
		entries = [
			{**e, "start_date": getdate(e.start_date), "end_date": getdate(e.end_date)} for e in entries
		]
		entries.append(
			{
				"sessions_per_week": self.sessions_per_week,
				"minutes_per_session": self.minutes_per_session,
				"start_date": start,
				"end_date": end,
			}
		)
		week, minutes = provision_rules.busiest_week(entries, start, end)
		contracted = send_settings().contracted_minutes(self.staff)
		if minutes > contracted:
			frappe.msgprint(
				_(
					"{0} is booked for {1} minutes in the week of {2}, more than their {3} contracted minutes."
				).format(self.staff_name or self.staff, minutes, frappe.format(week, "Date"), contracted),
				title=_("Staff over-booked"),
				indicator="orange",
			)


def recorded(score, when) -> float | None:
	"""A score as recorded: Frappe keeps an empty score as 0, so 0 counts only with its date."""
	if score in (None, ""):
		return None
	return flt(score) if flt(score) != 0 or when else None
