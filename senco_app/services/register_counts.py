"""Pupils on the SEND register per school on a date, by provision and primary need, counted by the
database (one GROUP BY query, whatever the size of the trust) rather than by reading every record
and its history: what ``senco_app.rules.register_report.register_rows`` gives, in SQL
(test_register_counts checks the two agree)."""

from datetime import date

import frappe

from senco_app.rules.needs import CENSUS_CODES
from senco_app.rules.needs import needs_primary


def register_counts(schools: list[str] | None, as_at: date) -> list[dict]:
	"""[{school, sen_provision, primary_need, pupils}] for the records of ``schools`` (None: every
	school) open on ``as_at``, each read from its history period in force that day (the earliest,
	should two overlap, as ``row_at`` reads them). The primary need is the first code of the
	period's needs, for SEN Support and EHC Plan pupils only (``counted_needs``), else None.
	Counted past the reader's own read permission, bounded by ``schools``: for aggregate reports
	only (see ``script_report.aggregate_rows``)."""
	if schools is not None and not schools:
		return []
	in_schools = "and r.school in %(schools)s" if schools is not None else ""
	return frappe.db.sql(
		f"""
		select school, sen_provision, primary_need, count(*) as pupils
		from (
			select
				r.school,
				h.sen_provision,
				case when h.sen_provision in %(with_needs)s
					then nullif(trim(substring_index(h.needs, ',', 1)), '') end as primary_need,
				row_number() over (partition by r.name order by h.from_date) as n
			from `tabSEND Record` r
			join `tabSEND Record History` h on h.parent = r.name and h.parenttype = 'SEND Record'
			where r.start_date <= %(as_at)s and (r.end_date is null or r.end_date >= %(as_at)s)
				and h.from_date <= %(as_at)s and (h.to_date is null or h.to_date >= %(as_at)s)
				{in_schools}
		) in_force
		where n = 1
		group by school, sen_provision, primary_need
		""",
		{
			"as_at": as_at,
			"schools": tuple(schools or ()),
			"with_needs": tuple(p for p in CENSUS_CODES if needs_primary(p)),
		},
		as_dict=True,
	)
