from datetime import date

from senco_app.rules.disclosure import WITHHELD
from senco_app.rules.disclosure import is_shown
from senco_app.rules.school_summary import protected
from senco_app.rules.school_summary import summary_rows
from senco_app.rules.school_summary import totals

TODAY = date(2026, 11, 23)


def register(school, provision, need, n):
	return [{"school": school, "sen_provision": provision, "primary_need": need}] * n


def test_rows_per_school_with_needs_in_dfe_order_and_costs_against_budget():
	rows = [
		*register("A", "SEN Support", "SLCN", 20),
		*register("A", "SEN Support", "SPLD", 10),
		*register("A", "EHC Plan", "ASD", 6),
		*register("A", "Monitoring", None, 4),  # not counted by need, nor as K or E
		*register("B", "SEN Support", "SEMH", 3),
	]
	out, codes = summary_rows(
		rows, {"A": 200, "B": 50}, {"A": 2}, {"A": 30000.0}, {"A": 60000.0, "B": 90000.0}
	)
	assert codes == ["SPLD", "SEMH", "SLCN", "ASD"]
	a, b = out
	assert a == {
		"school": "A",
		"on_roll": 200,
		"sen_support": 30,
		"sen_support_percent": 15.0,
		"ehc_plan": 6,
		"ehc_plan_percent": 3.0,
		"need_spld": 10,
		"need_semh": 0,
		"need_slcn": 20,
		"need_asd": 6,
		"reviews_overdue": 2,
		"provision_cost": 30000.0,
		"notional_sen_budget": 60000.0,
		"budget_used_percent": 50.0,
	}
	assert (b["school"], b["sen_support"], b["reviews_overdue"], b["provision_cost"]) == ("B", 3, 0, 0.0)
	t = totals(out, codes)
	assert (t["on_roll"], t["sen_support"], t["ehc_plan"], t["need_slcn"]) == (250, 33, 6, 20)
	assert (t["sen_support_percent"], t["provision_cost"], t["budget_used_percent"]) == (13.2, 30000.0, 20.0)


def test_no_schools():
	out, codes = summary_rows([], {}, {}, {}, {})
	assert (out, codes) == ([], [])
	assert protected(out, codes)[0] == []


def test_three_on_sen_support_show_as_under_five_and_six_as_six():
	three, codes = summary_rows(register("A", "SEN Support", "SLCN", 3), {"A": 12}, {}, {}, {})
	rows, shown_totals = protected(three, codes)
	assert (rows[0]["sen_support"], rows[0]["need_slcn"], rows[0]["sen_support_percent"]) == ("<5", "<5", "c")
	assert (rows[0]["on_roll"], rows[0]["ehc_plan"], rows[0]["ehc_plan_percent"]) == (12, 0, 0.0)
	assert shown_totals["sen_support"] == "<5"
	six, codes = summary_rows(register("A", "SEN Support", "SLCN", 6), {"A": 12}, {}, {}, {})
	rows, shown_totals = protected(six, codes)
	assert (rows[0]["sen_support"], rows[0]["need_slcn"], rows[0]["sen_support_percent"]) == (6, 6, 50.0)
	assert shown_totals["sen_support"] == 6


def test_a_small_need_cannot_be_worked_out_from_the_schools_total():
	# 30 on SEN Support: SLCN 20, SPLD 7, ASD 3; showing 30, 20 and 7 would give the 3 back
	rows, codes = summary_rows(
		[
			*register("A", "SEN Support", "SLCN", 20),
			*register("A", "SEN Support", "SPLD", 7),
			*register("A", "SEN Support", "ASD", 3),
		],
		{"A": 300},
		{},
		{"A": 1234.5},
		{"A": 50000.0},
	)
	(row,), shown_totals = protected(rows, codes)
	assert row["need_asd"] == "<5"
	assert row["need_spld"] == WITHHELD
	assert (row["sen_support"], row["need_slcn"], row["sen_support_percent"]) == (30, 20, 10.0)
	assert (row["provision_cost"], shown_totals["provision_cost"]) == (1234.5, 1234.5)
	assert shown_totals["budget_used_percent"] == 2.5


def test_a_share_is_withheld_when_its_count_is():
	# two schools, 3 and 8 with plans: the 8 is withheld to cover the 3 in the column total of 11
	rows, codes = summary_rows(
		[
			*register("A", "SEN Support", "SLCN", 40),
			*register("A", "EHC Plan", "ASD", 3),
			*register("B", "SEN Support", "SLCN", 40),
			*register("B", "EHC Plan", "ASD", 8),
		],
		{"A": 400, "B": 400},
		{},
		{},
		{},
	)
	shown_rows, shown_totals = protected(rows, codes)
	a, b = shown_rows
	assert (a["ehc_plan"], a["ehc_plan_percent"]) == ("<5", WITHHELD)
	assert not is_shown(b["ehc_plan"]) and b["ehc_plan_percent"] == WITHHELD
	assert (shown_totals["ehc_plan"], shown_totals["ehc_plan_percent"]) == (11, 1.4)
	for row in shown_rows:  # each school's needs against its K and E: never a single hidden figure
		figures = [row[f] for f in ("sen_support", "ehc_plan", *(f"need_{c.lower()}" for c in codes))]
		assert sum(1 for v in figures if not is_shown(v)) != 1
