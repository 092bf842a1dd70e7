"""SEND Settings, read in one place: ``send_settings()`` gives every setting as a typed value.

Each default is written once, as the field's default in send_settings.json; nothing else in the app
holds a fallback. (The rule modules keep their legal defaults as parameters, and a structure test
holds them equal to the JSON.) Install fills in only settings the site has never stored, so a
school's own values, 0 and blank included, survive every migrate.

What a school's 0 or blank means, field by field:

- kept and used as saved, because it says something:
	- ``national_figures_label`` blank: the reports name no source for the national figures;
	- ``national_sen_support_percent``, ``national_ehc_plan_percent`` 0: shown as 0 %;
	- ``parent_meetings_per_year`` 0: the school sets no minimum, so no pupil is flagged for too few
	  parent meetings;
	- a person's row under Staff Contracts with 0 minutes: they have no contracted SEND time.
- the default, because no period, limit or threshold of 0 makes sense (every review would be due the
  day it is held, every booking over contract): every other number (``DEFAULT_WHEN_ZERO``). Saving the
  settings with one of these blank or 0 puts the default back in the form, so the form shows the value
  the app uses.

A number the site has never stored (a field added by an upgrade, before migrate) is its default.
"""

import dataclasses
from types import MappingProxyType

import frappe
from frappe.utils import cint
from frappe.utils import flt

DOCTYPE = "SEND Settings"

# Numbers whose 0 (or blank, which Frappe saves as 0) means "the default".
DEFAULT_WHEN_ZERO = (
	"review_cycle_months",
	"ehcp_assess_decision_weeks",
	"ehcp_issue_decision_weeks",
	"ehcp_final_plan_weeks",
	"annual_review_months",
	"under_five_review_months",
	"review_notice_weeks",
	"review_report_weeks",
	"la_decision_weeks",
	"notional_sen_threshold",
	"default_weekly_minutes",
	"retention_years_after_birth",
)


@dataclasses.dataclass(frozen=True)
class Settings:
	"""The SEND Settings as the app uses them (see the module docstring for 0 and blank)."""

	national_figures_label: str
	national_sen_support_percent: float
	national_ehc_plan_percent: float
	review_cycle_months: int
	parent_meetings_per_year: int
	ehcp_assess_decision_weeks: int
	ehcp_issue_decision_weeks: int
	ehcp_final_plan_weeks: int
	annual_review_months: int
	under_five_review_months: int
	review_notice_weeks: int
	review_report_weeks: int
	la_decision_weeks: int
	notional_sen_threshold: float
	default_weekly_minutes: int
	retention_years_after_birth: int
	# user -> contracted minutes a week (Staff Contracts); the first row of a user counts
	staff_minutes: MappingProxyType = dataclasses.field(default_factory=lambda: MappingProxyType({}))

	def contracted_minutes(self, user: str | None) -> int:
		"""A person's contracted minutes a week: their Staff Contracts row, else the default."""
		return self.staff_minutes.get(user, self.default_weekly_minutes)


VALUE_FIELDS = tuple(f.name for f in dataclasses.fields(Settings) if f.name != "staff_minutes")


def send_settings() -> Settings:
	"""The SEND Settings (read from Frappe's document cache, which a save clears)."""
	doc = frappe.get_cached_doc(DOCTYPE)
	meta = frappe.get_meta(DOCTYPE)
	values = {fieldname: setting(meta, fieldname, doc.get(fieldname)) for fieldname in VALUE_FIELDS}
	staff = {}
	for row in doc.get("staff_minutes") or []:
		if row.user:
			staff.setdefault(row.user, cint(row.weekly_minutes))
	return Settings(**values, staff_minutes=MappingProxyType(staff))


def default(meta, fieldname: str):
	"""A field's default from the doctype, as the field's type."""
	df = meta.get_field(fieldname)
	return convert(df.fieldtype, df.default)


def convert(fieldtype: str, value):
	if fieldtype == "Int":
		return cint(value)
	if fieldtype in ("Float", "Currency", "Percent"):
		return flt(value)
	return value or ""


def setting(meta, fieldname: str, stored):
	"""The value the app uses for a stored value (None when never stored)."""
	df = meta.get_field(fieldname)
	if df.fieldtype in ("Data", "Small Text", "Text", "Select"):
		return stored or ""  # blank kept: a site that never stored it was given its default on install
	if stored is None or (not convert(df.fieldtype, stored) and fieldname in DEFAULT_WHEN_ZERO):
		return default(meta, fieldname)
	return convert(df.fieldtype, stored)


def defaults_for_zero(doc) -> None:
	"""On save: a blank or 0 where 0 means the default becomes the default, so the form shows it."""
	meta = frappe.get_meta(DOCTYPE)
	for fieldname in DEFAULT_WHEN_ZERO:
		if not doc.get(fieldname):
			doc.set(fieldname, default(meta, fieldname))


def store_missing_defaults() -> list[str]:
	"""Store the default of every field the site has never stored (a new install, or a field added
	by an upgrade). A stored value, a school's 0 or blank included, is never changed. Returns the
	fields filled in."""
	stored = frappe.db.get_singles_dict(DOCTYPE)
	missing = {
		df.fieldname: df.default
		for df in frappe.get_meta(DOCTYPE).fields
		if df.default and df.fieldname not in stored
	}
	if missing:
		frappe.db.set_single_value(DOCTYPE, missing)
	return sorted(missing)
