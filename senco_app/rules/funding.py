"""Applications for SEN funding for one pupil outside an EHC plan, and the funding report.

Sources: DfE early years entitlements (the SEN inclusion fund, SENIF, each local authority's; the
Disability Access Fund, DAF, a yearly payment for a child receiving Disability Living Allowance);
DfE high needs funding operational guide (element 3 top-up may be paid without an EHC plan, at
the local authority's discretion). Amounts are what the school asked for and was awarded; an award
above the request (an LA's banding) needs its reason recorded."""

from datetime import date

from . import RuleError
from . import _
from . import check_not_before

OTHER = "Other"
HIGH_NEEDS_TOP_UP = "High-needs top-up (no EHC plan)"
FUNDING_TYPES = ("SEN inclusion fund", "Disability Access Fund", HIGH_NEEDS_TOP_UP, OTHER)

AWARDED = ("Awarded", "Partly awarded")
REFUSED = "Refused"
UNDECIDED = ("In preparation", "Submitted")
STATUSES = (*UNDECIDED, *AWARDED, REFUSED, "Withdrawn")


def check_application(app: dict, today: date) -> None:
	"""An application is consistent: a type (Other named), an amount asked, dates in order and not
	ahead of today, a decision with its date, an award only once decided and within the request
	unless a reason is given."""
	if app.get("funding_type") == OTHER and not (app.get("other_type") or "").strip():
		raise RuleError(_("Say which funding in Other Funding Type."), field="other_type")
	requested = app.get("amount_requested") or 0
	awarded = app.get("amount_awarded") or 0
	if requested <= 0:
		raise RuleError(_("Amount Requested must be more than 0."), field="amount_requested")
	if awarded < 0:
		raise RuleError(_("Amount Awarded cannot be negative."), field="amount_awarded")
	applied, decided = app.get("application_date"), app.get("decision_date")
	if applied and applied > today:
		raise RuleError(_("Application Date cannot be in the future."), field="application_date")
	check_not_before(
		decided,
		applied,
		_("Decision Date ({0}) cannot be before the Application Date ({1})."),
		"decision_date",
	)
	if decided and decided > today:
		raise RuleError(_("Decision Date cannot be in the future."), field="decision_date")
	start, end = app.get("period_start"), app.get("period_end")
	check_not_before(end, start, _("Funded To ({0}) cannot be before Funded From ({1})."), "period_end")
	status = app.get("status")
	if status in (*AWARDED, REFUSED) and not decided:
		raise RuleError(
			_("Decision Date is required once the application is {0}."), status, field="decision_date"
		)
	if status in AWARDED and awarded <= 0:
		raise RuleError(
			_("Amount Awarded is required when the application is {0}."), status, field="amount_awarded"
		)
	if status not in AWARDED and awarded:
		raise RuleError(
			_(
				"An application that is {0} has no Amount Awarded: set the status to Awarded or Partly awarded."
			),
			status,
			field="amount_awarded",
		)
	if awarded > requested and not (app.get("award_reason") or "").strip():
		raise RuleError(
			_("Amount Awarded is more than the Amount Requested: record the reason in Reason for the Award."),
			field="award_reason",
		)


def report_rows(applications: list[dict], ehcp_totals: list[tuple[str, float, int]]) -> list[dict]:
	"""One row per school and funding type of the year's applications (how many, awaiting a
	decision, refused, amounts asked and awarded), then a row per school of EHC plan top-up in the
	year beside them (``ehcp_totals``: school, amount, pupils). Rows in school, then type order."""
	import pandas as pd

	columns = ["school", "funding_type", "status", "amount_requested", "amount_awarded"]
	frame = pd.DataFrame([{c: a.get(c) for c in columns} for a in applications], columns=columns)
	frame["awaiting"] = frame["status"].isin(UNDECIDED).astype(int)
	frame["refused"] = (frame["status"] == REFUSED).astype(int)
	frame["applications"] = 1
	grouped = (
		frame.groupby(["school", "funding_type"])[
			["applications", "awaiting", "refused", "amount_requested", "amount_awarded"]
		]
		.sum()
		.reset_index()
	)
	rows = [
		{
			"school": r.school,
			"funding_type": r.funding_type,
			"applications": int(r.applications),
			"awaiting": int(r.awaiting),
			"refused": int(r.refused),
			"amount_requested": round(float(r.amount_requested), 2),
			"amount_awarded": round(float(r.amount_awarded), 2),
			"ehcp": 0,
		}
		for r in grouped.itertuples()
	]
	for school, amount, pupils in ehcp_totals:
		rows.append(
			{
				"school": school,
				"funding_type": "",
				"applications": pupils,
				"awaiting": 0,
				"refused": 0,
				"amount_requested": 0.0,
				"amount_awarded": amount,
				"ehcp": 1,
			}
		)
	order = {t: i for i, t in enumerate(FUNDING_TYPES)}
	rows.sort(key=lambda r: (r["school"], r["ehcp"], order.get(r["funding_type"], len(order))))
	return rows
