"""The SEND resources register: ICT aids and specialist equipment, their condition, checks and loans.

An item is lent to one pupil at a time (a loan is open until its returned date is set); an item out of
service is not lent. Its status follows from its condition and its open loan. Source: the SENCO's duty
to manage the school's SEN resources (SEND Code of Practice 6.90) and the school's duty to keep
portable electrical equipment safe (HSE: maintaining portable electrical equipment, PAT checks)."""

from datetime import date
from datetime import timedelta
from itertools import pairwise

import pandas as pd

from . import RuleError
from . import _
from . import check_not_before
from .choices import select_choices

CATEGORIES = select_choices("SEND Resource", "category")
OUT_OF_SERVICE = "Out of service"
CONDITIONS = ("Good", "Fair", "Poor", OUT_OF_SERVICE)
AVAILABLE, ON_LOAN = "Available", "On loan"
STATUSES = (AVAILABLE, ON_LOAN, OUT_OF_SERVICE)


def check_item(purchase_date: date | None, cost: float, review_date: date | None, today: date) -> None:
	"""A purchase date not in the future, a cost not below nothing, a review date not before the
	purchase."""
	if purchase_date and purchase_date > today:
		raise RuleError(_("Purchase Date cannot be in the future."), field="purchase_date")
	if cost and cost < 0:
		raise RuleError(_("Cost cannot be negative."), field="cost")
	check_not_before(
		review_date,
		purchase_date,
		_("Review Date ({0}) cannot be before the Purchase Date ({1})."),
		"review_date",
	)


def check_loans(loans: list[dict], condition: str, today: date) -> None:
	"""Each loan: due back and returned not before it starts, returned not in the future; loans do not
	overlap (so at most one is open: not yet returned); and no open loan of an item out of service.
	``loans``: dicts of student, from_date, due_back_date, returned_date (dates or None)."""
	for row_no, loan in enumerate(loans, start=1):
		start = loan["from_date"]
		for field, label in (("due_back_date", _("Due Back")), ("returned_date", _("Returned On"))):
			if loan.get(field) and loan[field] < start:
				raise RuleError(
					_("Loans row {0}: {1} ({2}) cannot be before the From Date ({3})."),
					row_no,
					label,
					loan[field],
					start,
					field=field,
				)
		if loan.get("returned_date") and loan["returned_date"] > today:
			raise RuleError(
				_("Loans row {0}: Returned On cannot be in the future."), row_no, field="returned_date"
			)
	open_rows = [n for n, loan in enumerate(loans, start=1) if not loan.get("returned_date")]
	if len(open_rows) > 1:
		raise RuleError(
			_(
				"Loans rows {0} and {1} are both open (not returned): the item is lent to one pupil at a time."
			),
			*open_rows[:2],
			field="returned_date",
		)
	ordered = sorted(enumerate(loans, start=1), key=lambda pair: pair[1]["from_date"])
	for (before_no, before), (row_no, loan) in pairwise(ordered):
		if not before.get("returned_date") or loan["from_date"] < before["returned_date"]:
			raise RuleError(
				_("Loans row {0} starts before the loan of row {1} is returned: loans cannot overlap."),
				row_no,
				before_no,
				field="from_date",
			)
	if open_rows and condition == OUT_OF_SERVICE:
		raise RuleError(
			_("An item out of service cannot be lent: record the return of loans row {0} first."),
			open_rows[0],
			field="condition",
		)


def current_loan(loans: list[dict]) -> dict | None:
	"""The open loan (not returned), if any."""
	return next((loan for loan in loans if not loan.get("returned_date")), None)


def resource_status(condition: str, loans: list[dict]) -> str:
	"""Out of service (by its condition), On loan (an open loan) or Available."""
	if condition == OUT_OF_SERVICE:
		return OUT_OF_SERVICE
	return ON_LOAN if current_loan(loans) else AVAILABLE


def register_frame(items: list[dict], today: date, review_within: int) -> pd.DataFrame:
	"""The register as the report shows it: each item with days its loan is overdue (due back before
	``today``, not returned) and whether its review (check, PAT test or service) falls due within
	``review_within`` days of ``today`` (or is past). ``items``: dicts of name, item, category,
	school, status, due_back_date, review_date, cost (dates or None); ordered by school, category, item."""
	columns = ["name", "item", "category", "school", "status", "due_back_date", "review_date", "cost"]
	# plain dicts: a mapping that answers every attribute (frappe._dict) confuses pandas
	frame = pd.DataFrame([dict(i) for i in items], columns=columns if not items else None)
	if frame.empty:
		return frame.assign(days_overdue=[], overdue=[], review_due=[])
	frame["cost"] = frame["cost"].fillna(0).astype(float)
	due = pd.to_datetime(frame["due_back_date"])
	review = pd.to_datetime(frame["review_date"])
	on_loan = frame["status"].eq(ON_LOAN)
	late = (pd.Timestamp(today) - due).dt.days.where(on_loan & due.notna(), 0).clip(lower=0)
	frame["days_overdue"] = late.fillna(0).astype(int)
	frame["overdue"] = frame["days_overdue"].gt(0).astype(int)
	horizon = pd.Timestamp(today + timedelta(days=review_within))
	frame["review_due"] = (review.notna() & review.le(horizon)).astype(int)
	frame = frame.sort_values(["school", "category", "item"], kind="stable").reset_index(drop=True)
	return frame.astype(object).where(frame.notna(), None)  # an empty value is None, not NaN


def value_by_category(frame: pd.DataFrame) -> list[tuple[str, int, float]]:
	"""(category, items, value) for the categories with items, in the catalogue's order."""
	if frame.empty:
		return []
	grouped = frame.groupby("category")["cost"].agg(["count", "sum"])
	return [
		(category, int(grouped.at[category, "count"]), round(float(grouped.at[category, "sum"]), 2))
		for category in CATEGORIES
		if category in grouped.index
	]
