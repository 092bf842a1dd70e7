"""Monitoring (census N) is not SEN and now carries no SEN need types. Existing Monitoring records
that hold some keep them in words: the codes, ranked, are added to the record's Summary, the need
rows go, and the primary and secondary need (of the record and of its Monitoring history periods)
are cleared, so they count nowhere. The history's needs text stays as recorded. Run twice, it
changes nothing the second time."""

import frappe
from frappe import _
from frappe.utils import today

from senco_app.rules import needs as need_rules


def execute():
	records = frappe.get_all("SEND Record", filters={"sen_provision": "Monitoring"}, pluck="name")
	if not records:
		return
	needs = frappe.get_all(
		"SEND Record Need",
		filters={"parenttype": "SEND Record", "parentfield": "needs", "parent": ["in", records]},
		fields=["name", "parent", "need_type", "rank"],
	)
	by_record: dict[str, list] = {}
	for need in needs:
		by_record.setdefault(need.parent, []).append(need)
	for record, rows in by_record.items():
		codes = need_rules.needs_text(rows)
		summary = frappe.db.get_value("SEND Record", record, "summary") or ""
		line = _("Need types recorded while on Monitoring (not SEN), moved here on {0}: {1}.").format(
			today(), codes
		)
		frappe.db.set_value(
			"SEND Record",
			record,
			{"summary": f"{summary}\n{line}".strip(), "primary_need": None, "secondary_need": None},
			update_modified=False,
		)
		frappe.db.delete("SEND Record Need", {"name": ["in", [r.name for r in rows]]})
		frappe.get_doc("SEND Record", record).add_comment("Info", line)
	history = frappe.qb.DocType("SEND Record History")
	(
		frappe.qb.update(history)
		.set(history.primary_need, None)
		.set(history.secondary_need, None)
		.where(
			(history.parenttype == "SEND Record")
			& (history.sen_provision == "Monitoring")
			& (history.primary_need.isnotnull() | history.secondary_need.isnotnull())
		)
		.run()
	)
