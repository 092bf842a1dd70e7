"""Context on a pupil on the SEND register: care, safeguarding, language, disadvantage, health and
disability, and the date parents were formally told of SEN provision.

Sources: SEND Code of Practice 0 to 25 (2015) 6.43 (parents formally told when the school makes SEN
provision); Children Act 1989 and the Designated Teacher (Looked-after and Previously Looked-after
Children) guidance 2018 (a designated teacher and the Virtual School); Supporting pupils at school
with medical conditions (DfE 2015: an individual health care plan, reviewed at least yearly);
Equality Act 2010 s.6 (disability)."""

from datetime import date

from . import RuleError
from . import _
from .needs import EHC_PLAN
from .needs import MONITORING
from .needs import SEN_SUPPORT

# the register provisions that count as SEN provision made (census K and E)
SEN_PROVISION = (SEN_SUPPORT, EHC_PLAN)

# the groups the SEND Pupil Groups report counts: (key, label, confidential: SENCO only)
GROUPS = (
	("looked_after", _("Looked after"), False),
	("previously_looked_after", _("Previously looked after"), False),
	("child_protection", _("Child protection plan"), True),
	("child_in_need", _("Child in need"), True),
	("eal", _("English as an additional language"), False),
	("pupil_premium", _("Pupil premium"), False),
	("medical_needs", _("Medical needs"), False),
	("health_care_plan", _("Individual health care plan"), False),
	("equality_act_disability", _("Disability (Equality Act 2010)"), False),
)
CONFIDENTIAL = tuple(key for key, _label, confidential in GROUPS if confidential)


def parents_must_be_told(old_provision: str | None, new_provision: str) -> bool:
	"""Whether this change makes SEN provision for the pupil (Code of Practice 6.43): a new record on
	SEN Support, or a monitored pupil moved to SEN Support. A plan that ceases (EHC Plan back to SEN
	Support) keeps the date parents were told when provision began."""
	return new_provision == SEN_SUPPORT and old_provision in (None, MONITORING)


def check_context(context: dict, today: date) -> None:
	"""The pupil's context is consistent: one of looked after and previously looked after; a first
	language other than English for EAL; the health care plan and its review only with medical
	needs; parents told on or before today."""
	if context.get("looked_after") and context.get("previously_looked_after"):
		raise RuleError(
			_("A pupil is either Looked After or Previously Looked After, not both."),
			field="previously_looked_after",
		)
	if not (context.get("looked_after") or context.get("previously_looked_after")):
		for field, label in (
			("designated_teacher", _("Designated Teacher")),
			("virtual_school", _("Virtual School")),
		):
			if context.get(field):
				raise RuleError(
					_("{0} is recorded for a looked-after or previously looked-after pupil only."),
					label,
					field=field,
				)
	language = (context.get("first_language") or "").strip()
	if context.get("eal") and not language:
		raise RuleError(
			_("First Language is required for a pupil with English as an additional language."),
			field="first_language",
		)
	if context.get("eal") and language.casefold() == "english":
		raise RuleError(
			_("A pupil with English as an additional language has a first language other than English."),
			field="first_language",
		)
	if not context.get("medical_needs"):
		for field in ("health_care_plan", "health_care_plan_review"):
			if context.get(field):
				raise RuleError(
					_("An individual health care plan is recorded for a pupil with Medical Needs only."),
					field=field,
				)
	told = context.get("parents_informed_date")
	if told and told > today:
		raise RuleError(
			_("Parents Told of SEN Provision cannot be in the future."), field="parents_informed_date"
		)


def group_rows(
	records: list[dict], include_confidential: bool, school_sizes: dict[str, int] | None = None
) -> list[dict]:
	"""One row per school and group: the pupils of ``records`` (open register records, each with the
	group flags, ``school``, ``student``, ``student_name`` and ``sen_provision``) in that group, how
	many are on SEN Support and with an EHC plan, their share of the school's open records and their
	names. ``school_sizes``: each school's open records, when ``records`` are only those in some
	group (else they are all of them). Confidential groups only when ``include_confidential``. Groups
	with no pupils are left out; rows in school, then group order."""
	by_school: dict[str, list[dict]] = {}
	for r in records:
		by_school.setdefault(r["school"], []).append(r)
	rows = []
	for school in sorted(by_school):
		of_school = by_school[school]
		size = school_sizes[school] if school_sizes is not None else len(of_school)
		for key, label, confidential in GROUPS:
			if confidential and not include_confidential:
				continue
			pupils = sorted(
				(r for r in of_school if r.get(key)),
				key=lambda r: (r.get("student_name") or "", r["student"]),
			)
			if not pupils:
				continue
			rows.append(
				{
					"school": school,
					"group": key,
					"group_label": label,
					"pupils": len(pupils),
					"sen_support": sum(r["sen_provision"] == SEN_SUPPORT for r in pupils),
					"ehc_plan": sum(r["sen_provision"] == EHC_PLAN for r in pupils),
					"share": round(100 * len(pupils) / size, 1),
					"names": ", ".join(r.get("student_name") or r["student"] for r in pupils),
				}
			)
	return rows


def group_totals(rows: list[dict]) -> list[tuple[str, int]]:
	"""(group label, pupils across the schools) in group order, for the chart."""
	totals = {}
	for row in rows:
		totals[row["group_label"]] = totals.get(row["group_label"], 0) + row["pupils"]
	return [(label, totals[label]) for _key, label, _c in GROUPS if label in totals]
