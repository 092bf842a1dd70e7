"""What the provision reports read, each in one query over the entries the reader may read (or, for
the aggregate reports, of their schools): placements with year groups, costs per pupil and per
school, impact per provision; the notional SEN threshold and the schools' notional SEN budgets.
Each query is tested equal to the rules over the placements read one by one
(tests/reference_reads.py)."""

import frappe

from senco_app.send.report import script_report as report
from senco_app.services.provision_lookup import running_filters
from senco_app.services.settings import send_settings
from senco_app.services.year_groups import year_group_sql

# What the Provision Map reads of each placement (GRID_FIELDS of ``placed_with_year_groups``)
GRID_FIELDS = ("entry", "student", "student_name", "school", "provision", "hours", "cost", "year_group")


def placed_with_year_groups(school, start, end, extra_filters=None) -> list[dict]:
	"""The placements of ``with_year_groups(fetch_placements(school, start, end, extra_filters), end)``
	(tests/reference_reads.py) with their ``GRID_FIELDS`` alone, read in one query joining the pupils placed to Frappe's own
	query of the entries the reader may read (``script_report.readable_query``), each pupil's year
	group on ``end`` looked up beside them: not the entries, then their pupils by a list of the
	entries' names, then every enrolment of the pupils by a list of their names. Unsorted; plain
	dicts (a frappe._dict, which answers every attribute, confuses pandas)."""
	doctype = "Provision Map Entry"
	conditions = {**running_filters(start, end), **(extra_filters or {})}
	readable = report.readable_query(doctype, report.report_schools(school, doctype), conditions)
	if readable is None:
		return []
	rows = frappe.db.sql(
		f"""
		select p.parent as entry, p.student, p.student_name, e.school, e.provision,
			e.total_hours as hours, p.cost, {year_group_sql("p.student", "%(end)s")} as year_group
		from `tabProvision Map Pupil` p
		join `tabProvision Map Entry` e on e.name = p.parent and p.parenttype = %(doctype)s
		where e.name in ({readable})
		""",
		{"end": end, "doctype": doctype},
	)
	return [dict(zip(GRID_FIELDS, row, strict=True)) for row in rows]


def notional_threshold() -> float:
	"""The cost per pupil a year above which a pupil may need top-up funding (SEND Settings)."""
	return send_settings().notional_sen_threshold


def school_budgets(schools) -> dict[str, float]:
	"""Each school's notional SEN budget (School (SEND) section of the Company)."""
	return dict(
		frappe.get_all(
			"Company",
			filters={"name": ["in", list(schools) or [""]]},
			fields=["name", "send_notional_sen_budget"],
			order_by=None,
			as_list=True,
		)
	)


def school_costs_in_period(schools: list[str] | None, start, end) -> dict[str, float]:
	"""{school: provision cost in [start, end]} for the entries of ``schools`` (from
	``report_schools``; None: every school), summed by the database in one query, whatever the size
	of the trust: what ``pupil_costs`` and ``school_costs`` give from ``fetch_placements`` (each
	pupil's cost per pupil prorated by days in the period and rounded to the penny, per placement;
	summed per school; a school whose cost comes to nothing left out). Read past the reader's own
	read permission, bounded by ``schools``: for aggregate reports only (``script_report.aggregate_rows``).

	The arithmetic is in double precision, as the rules' is in Python floats. One difference: the
	rules count a pupil placed in two schools' entries under the school of whichever placement they
	read first; here each placement counts under its entry's school."""
	if schools is not None and not schools:
		return {}
	in_schools = "and e.school in %(schools)s" if schools is not None else ""
	overlap_start = "greatest(e.start_date, %(start)s)"
	overlap_end = "least(e.end_date, %(end)s)"
	rows = frappe.db.sql(
		f"""
		select school, round(sum(amount), 2)
		from (
			select
				e.school,
				round(
					cast(p.cost as double) * (datediff({overlap_end}, {overlap_start}) + 1)
					/ (datediff(e.end_date, e.start_date) + 1),
					2
				) as amount
			from `tabProvision Map Entry` e
			join `tabProvision Map Pupil` p
				on p.parent = e.name and p.parenttype = 'Provision Map Entry'
			where e.start_date <= %(end)s and e.end_date >= %(start)s
				and {overlap_start} <= {overlap_end}
				{in_schools}
		) placements
		group by school
		having round(sum(amount), 2) <> 0
		""",
		{"start": start, "end": end, "schools": tuple(schools or ())},
	)
	return {school: float(cost) for school, cost in rows}


def impact_totals_in_period(schools: list[str] | None, start, end) -> list[dict]:
	"""Per provision, for the entries of ``schools`` (from ``report_schools``; None: every school)
	that ended in [start, end], what ``rules.provision_reports.impact_totals`` sums from
	``fetch_placements`` (a pupil's progress counts once it is measured; the cost is that of the
	entries with a pupil placed), summed by the database in one query whatever the size of the trust
	rather than by reading every placement. Read past the reader's own read permission, bounded by
	``schools``: for aggregate reports only (``script_report.aggregate_rows``)."""
	if schools is not None and not schools:
		return []
	in_schools = "and e.school in %(schools)s" if schools is not None else ""
	ended = f"""e.start_date <= %(end)s and e.end_date >= %(start)s
		and e.end_date between %(start)s and %(end)s {in_schools}"""
	placed = "p.parent = e.name and p.parenttype = 'Provision Map Entry'"
	rows = frappe.db.sql(
		f"""
		select e.provision, min(e.measure) as measure, count(*) as pupils,
			count(if(p.measured, p.progress, null)) as measured,
			coalesce(sum(if(p.measured, p.progress, 0)), 0) as progress,
			coalesce(sum(if(p.measured and p.progress > 0, p.progress, 0)), 0) as gained,
			coalesce(sum(p.outcome in ('Achieved', 'Not achieved')), 0) as decided,
			coalesce(sum(p.outcome = 'Achieved'), 0) as achieved,
			min(cost.amount) as cost
		from `tabProvision Map Entry` e
		join `tabProvision Map Pupil` p on {placed}
		join (
			select e.provision, round(sum(coalesce(e.total_cost, 0)), 2) as amount
			from `tabProvision Map Entry` e
			where {ended} and exists (select 1 from `tabProvision Map Pupil` p where {placed})
			group by e.provision
		) cost on cost.provision = e.provision
		where {ended}
		group by e.provision
		""",
		{"start": start, "end": end, "schools": tuple(schools or ())},
		as_dict=True,
	)
	numbers = ("progress", "gained", "cost")
	counts = ("pupils", "measured", "decided", "achieved")
	return [
		{
			**row,
			**{key: float(row[key]) for key in numbers},
			**{key: int(row[key]) for key in counts},
		}
		for row in rows
	]


def pupil_costs_in_period(school: str | None, start, end) -> list[dict]:
	"""Per pupil placed in an entry running in [start, end] that the reader may read (of ``school``,
	else of every school they may read), what ``rules.provision_reports.pupil_costs`` gives over
	``with_year_groups(fetch_placements(...), end)``: [{student, student_name, school, year_group,
	cost, provisions}], each placement's cost per pupil prorated by days in the period and rounded
	to the penny, summed per pupil; a pupil whose cost comes to nothing left out. Summed by the
	database in one query, whatever the size of the trust, over Frappe's own query of the entries
	the reader may read (``script_report.readable_query``). The year group is the pupil's on ``end``.
	Unsorted (the report sorts). Like ``school_costs_in_period``, a pupil placed in two schools'
	entries is counted under one of them."""
	doctype = "Provision Map Entry"
	readable = report.readable_query(
		doctype, report.report_schools(school, doctype), running_filters(start, end)
	)
	if readable is None:
		return []
	overlap_start, overlap_end = "greatest(e.start_date, %(start)s)", "least(e.end_date, %(end)s)"
	rows = frappe.db.sql(
		f"""
		select g.student, g.student_name, g.school, g.cost, g.provisions,
			{year_group_sql("g.student", "%(end)s")} as year_group
		from (
			select p.student, min(p.student_name) as student_name, min(e.school) as school,
				round(sum(round(
					cast(p.cost as double) * (datediff({overlap_end}, {overlap_start}) + 1)
					/ (datediff(e.end_date, e.start_date) + 1),
					2
				)), 2) as cost,
				count(*) as provisions
			from `tabProvision Map Entry` e
			join `tabProvision Map Pupil` p on p.parent = e.name and p.parenttype = %(doctype)s
			where e.start_date <= %(end)s and e.end_date >= %(start)s and e.name in ({readable})
			group by p.student
		) g
		where g.cost <> 0
		""",
		{"start": start, "end": end, "doctype": doctype},
		as_dict=True,
	)
	for row in rows:
		row.cost = float(row.cost)
	return rows
