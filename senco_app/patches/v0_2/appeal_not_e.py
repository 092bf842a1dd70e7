"""An appeal against a refusal to assess or to issue never made a pupil E, but before Appeal Against
existed the register followed any plan Under appeal. For each plan under appeal against a refusal
(``appeal_decision``, set by the patch before) whose register record is EHC Plan with no plan that
puts the pupil on E: the current E period becomes SEN Support (the pupil has needs; Monitoring carries
none), from the day it began (``register.apply_from``); the needs and every other row
stay as they are, and a note on the record's timeline says what changed. Run twice, it changes
nothing the second time."""

import frappe
from frappe import _

from senco_app.rules import ehcp as ehcp_rules
from senco_app.rules import needs as need_rules
from senco_app.rules import register as register_rules
from senco_app.send.doctype.send_record.send_record import history_dicts
from senco_app.send.doctype.send_record.send_record import issued_plan
from senco_app.services.register_records import rewrite_history


def execute():
	plans = frappe.get_all(
		"EHC Plan",
		filters={
			"status": "Under appeal",
			"appeal_decision": ["in", [ehcp_rules.REFUSAL_TO_ASSESS, ehcp_rules.REFUSAL_TO_ISSUE]],
			"send_record": ["is", "set"],
		},
		fields=["name", "student", "school", "send_record"],
	)
	for plan in plans:
		undo_e(plan)


def undo_e(plan) -> bool:
	record = frappe.db.get_value("SEND Record", plan.send_record, ["name", "sen_provision"], as_dict=True)
	if not record or record.sen_provision != need_rules.EHC_PLAN or issued_plan(plan.student, plan.school):
		return False
	history = history_dicts(frappe.get_doc("SEND Record", record.name).history)
	e_start = register_rules.period_start(history, "sen_provision", need_rules.EHC_PLAN)
	if not e_start:
		return False
	provision = need_rules.SEN_SUPPORT
	rows = register_rules.apply_from(history, {"sen_provision": provision}, e_start)
	changed = rewrite_history(
		record.name,
		rows,
		_("{0} from {1}: the appeal of {2} is against a refusal, which is no EHC plan (data patch).").format(
			provision, e_start, plan.name
		),
	)
	frappe.db.set_value(
		"SEND Record",
		record.name,
		{"sen_provision": provision, "census_code": need_rules.census_code(provision)},
		update_modified=False,
	)
	return changed
