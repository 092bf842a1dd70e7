"""Say which decision each recorded appeal is against (EHC Plan ``appeal_decision``, new): the
contents of the plan when it was issued, else a refusal to issue, else a refusal to assess
(``ehcp.infer_appeal_decision``). Plans with no appeal, or whose decisions say nothing, stay blank;
a value already chosen is kept. Runs before ``e_period_from_issue_date``, which reads it."""

import frappe

from senco_app.rules import ehcp as ehcp_rules


def execute():
	plans = frappe.get_all(
		"EHC Plan",
		filters={"appeal_decision": ["in", ["", None]]},
		fields=["name", "status", "issue_date", "appeal_date", "decision_to_assess", "decision_to_issue"],
	)
	for plan in plans:
		decision = ehcp_rules.infer_appeal_decision(plan)
		if decision:
			frappe.db.set_value("EHC Plan", plan.name, "appeal_decision", decision, update_modified=False)
