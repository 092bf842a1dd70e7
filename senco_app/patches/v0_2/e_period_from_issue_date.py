"""An EHC plan's issue date starts the pupil's E period. Before effective dates the register became
EHC Plan on the day the plan was entered: move the start of each current E period back to its plan's
issue date (not before the record's start), cutting the period before it short
(``register.apply_from``). Only register records that are EHC Plan now, with an issued plan, whose
E period began after the issue date, are rewritten; every other row is left as it is, and a note on
the record's timeline says what moved. Run twice, it changes nothing the second time."""

import frappe
from frappe import _
from frappe.utils import getdate

from senco_app.rules import ehcp as ehcp_rules
from senco_app.rules import register as register_rules
from senco_app.send.doctype.send_record.send_record import history_dicts
from senco_app.services.register_records import rewrite_history


def execute():
	plans = frappe.get_all(
		"EHC Plan",
		filters={
			"status": ["in", ehcp_rules.E_STATUSES],
			"issue_date": ["is", "set"],
			"send_record": ["is", "set"],
		},
		fields=["name", "status", "issue_date", "appeal_decision", "send_record"],
	)
	for plan in plans:
		if ehcp_rules.makes_register_e(plan):
			redate(plan)


def redate(plan) -> bool:
	record = frappe.db.get_value(
		"SEND Record", plan.send_record, ["name", "sen_provision", "start_date"], as_dict=True
	)
	if not record or record.sen_provision != "EHC Plan":
		return False
	history = history_dicts(frappe.get_doc("SEND Record", record.name).history)
	e_start = register_rules.period_start(history, "sen_provision", "EHC Plan")
	effective = max(getdate(plan.issue_date), getdate(record.start_date))
	if not e_start or e_start <= effective:
		return False
	rows = register_rules.apply_from(history, {"sen_provision": "EHC Plan"}, effective)
	return rewrite_history(
		record.name,
		rows,
		_("EHC Plan period re-dated from {0} to {1}, the issue date of {2} (data patch).").format(
			e_start, effective, plan.name
		),
	)
