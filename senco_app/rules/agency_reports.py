"""Shaping for the agency and contact-log reports."""

from datetime import date

import pandas as pd

from . import joined_names
from .agencies import CONTACT_TYPES
from .agencies import END_STATES
from .disclosure import count
from .disclosure import figure


def open_referral_rows(referrals: list[dict], today: date) -> list[dict]:
	"""Open referrals with days waiting (to the first appointment, or so far), longest first."""
	rows = []
	for r in referrals:
		if r["status"] in END_STATES:
			continue
		first = r.get("first_appointment_date")
		waited = ((first or today) - r["referral_date"]).days
		rows.append({**r, "days_waiting": waited, "still_waiting": int(not first)})
	return sorted(rows, key=lambda r: -r["days_waiting"])


def waiting_by_agency_type(rows: list[dict]) -> list[tuple[str, float]]:
	"""Average days waiting per agency type."""
	if not rows:
		return []
	frame = pd.DataFrame(rows, columns=["agency_type", "days_waiting"])
	means = frame.groupby("agency_type")["days_waiting"].mean().sort_index()
	return [(kind, round(float(v), 1)) for kind, v in means.items()]


def involvement_rows(referrals: list[dict], start: date, end: date) -> list[dict]:
	"""Per pupil, the agencies involved at any time in [start, end]: referred by the end and not closed
	before the start."""
	involved: dict[str, dict] = {}
	for r in referrals:
		closed = r.get("closed_on")
		if r["referral_date"] > end or (closed and closed < start):
			continue
		row = involved.setdefault(
			r["student"],
			{
				"student": r["student"],
				"student_name": r.get("student_name"),
				"school": r["school"],
				"agencies": set(),
				"types": set(),
			},
		)
		row["agencies"].add(r["agency"])
		row["types"].add(r.get("agency_type") or "")
	return involvement_from_groups(list(involved.values()))


def involvement_from_groups(pupils: list[dict]) -> list[dict]:
	"""``involvement_rows``' rows from each pupil's agencies and agency types, given as sets or as
	text the database joined with ``UNIT_SEPARATOR`` (``joined_names``): counted, joined in name
	order, the pupils by school and name."""
	rows = []
	for pupil in pupils:
		agencies, types = joined_names(pupil["agencies"]), joined_names(pupil["types"])
		rows.append(
			{
				**pupil,
				"agency_count": len(agencies),
				"agencies": ", ".join(sorted(agencies)),
				"types": ", ".join(sorted(t for t in types if t)),
			}
		)
	return sorted(rows, key=lambda r: (r["school"], r["student_name"] or ""))


def pupils_by_agency_type(rows: list[dict]) -> list[tuple[str, int]]:
	"""Pupils involved with each type of agency (``involvement_rows``), by type name."""
	counts: dict[str, int] = {}
	for row in rows:
		for kind in filter(None, row["types"].split(", ")):
			counts[kind] = counts.get(kind, 0) + 1
	return sorted(counts.items())


def contact_summary_rows(
	pupils: list[dict],
	contacts: list[dict],
	today: date,
	weeks: int,
	parent_contacts: list[dict] | None = None,
) -> list[dict]:
	"""Contacts per pupil and type in the period (``contacts``); when parents were last met or
	spoken to and whether that is longer ago than ``weeks`` (or never). The last parent contact is
	read from ``parent_contacts`` (student, date: every contact with parents up to ``today``, before
	the period too) when given, so a pupil whose parents were met before the period is not reported
	as never contacted."""
	if not pupils:
		return []
	frame = pd.DataFrame(contacts, columns=["student", "contact_type", "with_whom", "date"])
	students = [p["student"] for p in pupils]
	table = (
		frame.groupby(["student", "contact_type"])
		.size()
		.unstack(fill_value=0)
		.reindex(index=students, columns=list(CONTACT_TYPES), fill_value=0)
		.reset_index(drop=True)
	)
	table["total"] = table.sum(axis=1)
	if parent_contacts is None:
		parent_frame = frame[frame["with_whom"] == "Parent/Carer"]
	else:
		parent_frame = pd.DataFrame(parent_contacts, columns=["student", "date"])
	# dates as datetime64, so the latest per pupil is found by pandas' own code, not per row in Python
	parent_dates = pd.to_datetime(parent_frame["date"])
	parents = parent_dates.groupby(parent_frame["student"]).max()
	last = pd.to_datetime(parents.reindex(students)).reset_index(drop=True)
	days = (pd.Timestamp(today) - last).dt.days
	table["no_recent_parent_contact"] = (days.isna() | (days > weeks * 7)).astype(int)
	table["last_parent_contact"] = last.dt.date.astype(object).where(last.notna(), None)
	figures = table.to_dict("records")
	rows = [{**p, **f} for p, f in zip(pupils, figures, strict=True)]
	return sorted(rows, key=lambda r: (-r["no_recent_parent_contact"], r.get("student_name") or ""))


def waiting_times(referrals: list[dict], today: date, suppressed: bool = False) -> list[dict]:
	"""Per agency type: referrals, those seen (a first appointment held), the average days from
	referral to the first appointment of those seen, and those still waiting (open, not yet seen).
	``suppressed`` (a reader who may not see pupils): counts of 1 to 4 as "<5", an average of fewer
	than 5 referrals withheld ("c")."""
	columns = ["agency_type", "referral_date", "first_appointment_date", "status"]
	frame = pd.DataFrame([{c: r.get(c) for c in columns} for r in referrals], columns=columns)
	if frame.empty:
		return []
	seen = frame["first_appointment_date"].notna()
	days = pd.Series(
		[
			(b - a).days if b is not None else None
			for a, b in zip(frame["referral_date"], frame["first_appointment_date"], strict=True)
		],
		index=frame.index,
		dtype="float",
	)
	frame = frame.assign(
		agency_type=frame["agency_type"].fillna(""),
		seen=seen,
		days=days,
		waiting=~seen & ~frame["status"].isin(END_STATES),
	)
	grouped = frame.groupby("agency_type").agg(
		referrals=("status", "size"),
		seen=("seen", "sum"),
		average_wait=("days", "mean"),
		waiting=("waiting", "sum"),
	)
	rows = []
	for kind, g in grouped.sort_index().iterrows():
		average = None if pd.isna(g["average_wait"]) else round(float(g["average_wait"]), 1)
		row = {
			"agency_type": kind,
			"referrals": int(g["referrals"]),
			"seen": int(g["seen"]),
			"average_wait": average,
			"waiting": int(g["waiting"]),
		}
		if suppressed:
			row = {
				**row,
				"referrals": count(row["referrals"]),
				"seen": count(row["seen"]),
				"waiting": count(row["waiting"]),
				"average_wait": figure(average, row["seen"]),
			}
		rows.append(row)
	return rows
