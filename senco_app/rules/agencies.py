"""Rules for referrals to outside agencies and the SEND contact log."""

from datetime import date
from datetime import datetime

from . import RuleError
from . import _
from . import raise_together

# the path a referral takes; Declined and Withdrawn end it from any open state
STATUS_ORDER = ("Draft", "Referred", "Accepted", "Waiting", "Seen", "Report Received", "Discharged")
END_STATES = ("Discharged", "Declined", "Withdrawn")
CONTACT_TYPES = ("Meeting", "Phone", "Email", "Letter", "Home visit", "Other")
PARENT_MEETING_TYPES = ("Meeting", "Home visit")


def is_backwards(old: str | None, new: str) -> bool:
	"""A status change against the referral's path: to an earlier step, or out of an ending."""
	if not old or old == new:
		return False
	if new in ("Declined", "Withdrawn"):
		return old in END_STATES
	if old in ("Declined", "Withdrawn"):
		return True
	return STATUS_ORDER.index(new) < STATUS_ORDER.index(old)


def check_status_change(old: str | None, new: str, note: str | None) -> None:
	if is_backwards(old, new) and not (note or "").strip():
		raise RuleError(
			_("Status cannot go back from {0} to {1} without a Status Note saying why."),
			old,
			new,
			field="status_note",
		)


def check_consent(
	status: str, consent: bool, consent_date: date | None, without_consent_reason: str | None, today: date
) -> None:
	"""A referral goes out with parental consent (dated), or with the reason it could not wait for it
	(for example safeguarding). Every problem is reported at once."""
	errors = []
	if consent and not consent_date:
		errors.append(
			RuleError(_("Consent Date is required when parental consent is given."), field="consent_date")
		)
	if consent_date and consent_date > today:
		errors.append(RuleError(_("Consent Date cannot be in the future."), field="consent_date"))
	if (
		status != "Draft"
		and status not in ("Withdrawn",)
		and not consent
		and not (without_consent_reason or "").strip()
	):
		errors.append(
			RuleError(
				_(
					"A referral cannot be {0} without parental consent, unless the Reason for Referring Without Consent is recorded."
				),
				status,
				field="parental_consent",
			)
		)
	raise_together(errors)


def check_referral_dates(
	referral_date: date, today: date, appointments: list[date], report_received: date | None
) -> None:
	"""Dates in order: nothing before the referral, the referral not in the future (all at once)."""
	errors = []
	if referral_date > today:
		errors.append(RuleError(_("Referral Date cannot be in the future."), field="referral_date"))
	for row_no, when in enumerate(appointments, start=1):
		if when and when < referral_date:
			errors.append(
				RuleError(
					_("Appointments row {0}: {1} is before the Referral Date ({2})."),
					row_no,
					when,
					referral_date,
					field="appointments",
				)
			)
	if report_received and report_received < referral_date:
		errors.append(
			RuleError(
				_("Report Received Date ({0}) cannot be before the Referral Date ({1})."),
				report_received,
				referral_date,
				field="report_received_date",
			)
		)
	raise_together(errors)


def waiting_days(referral_date: date, appointments: list[date], today: date) -> tuple[date | None, int]:
	"""First appointment and the days waited for it (still waiting: days so far)."""
	dates = sorted(d for d in appointments if d)
	first = dates[0] if dates else None
	return first, ((first or today) - referral_date).days


def check_contact_time(when: datetime, now: datetime) -> None:
	if when > now:
		raise RuleError(_("Date and Time cannot be in the future."), field="contact_datetime")


def recommendation_note(
	heading: str, agency: str, referral: str, received: date | None, recommendations: str | None
) -> str:
	"""The agency's recommendations as they go into a plan's strategies or a provision entry: where
	they came from (``heading``, agency, referral, date of the report), then the text. An empty text
	is refused."""
	text = (recommendations or "").strip()
	if not text:
		raise RuleError(
			_("The referral has no Recommendations to turn into strategies or provision."),
			field="recommendations",
		)
	source = f"{agency}, {referral}" + (f", {received.isoformat()}" if received else "")
	return f"{heading} {source}:\n{text}"


def append_note(existing: str | None, note: str) -> str | None:
	"""``existing`` text with ``note`` added as a paragraph; None when it already holds the note (the
	action taken twice adds it once)."""
	existing = (existing or "").rstrip()
	if note in existing:
		return None
	return f"{existing}\n\n{note}" if existing else note
