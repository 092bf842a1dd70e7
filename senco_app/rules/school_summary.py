"""Shaping for the SEND Summary report (the governor pack): one row per school with pupils on roll,
on SEN Support (census K) and with an EHC plan (E), each as a share of the roll, K and E pupils by
primary need, reviews overdue, and provision cost against the notional SEN budget. Plain data in,
rows and totals out; for a reader who may not see pupils, with small numbers suppressed
(``disclosure``)."""

from collections import Counter
from datetime import date

from .disclosure import WITHHELD
from .disclosure import is_shown
from .disclosure import protect_columns
from .disclosure import rate
from .needs import EHC_PLAN
from .needs import NEED_TYPES
from .needs import SEN_SUPPORT
from .register_report import percent
from .roll import on_roll

COUNTS = ("on_roll", "sen_support", "ehc_plan", "reviews_overdue")
RATES = (("sen_support_percent", "sen_support"), ("ehc_plan_percent", "ehc_plan"))


def need_field(code: str) -> str:
	return f"need_{code.lower()}"


def summary_rows(
	register: list[dict],
	on_roll_count: dict[str, int],
	reviews_overdue: dict[str, int],
	costs: dict[str, float],
	budgets: dict[str, float],
) -> tuple[list[dict], list[str]]:
	"""One row per school that has pupils on roll, on the register, reviews overdue or provision
	costs, and the primary need codes seen (in DfE order).

	``register``: register rows on the day (school, sen_provision, primary_need), as the SEND Register
	shapes them, or such rows with a count of ``pupils`` each (``register_counts``). Pupils by primary need count pupils on SEN Support or with an EHC plan, as the census
	does, so in each row they add up to ``sen_support + ehc_plan``."""
	counted = [r for r in register if r["sen_provision"] in (SEN_SUPPORT, EHC_PLAN)]
	seen = {r.get("primary_need") for r in counted}
	codes = [code for code, *_ in NEED_TYPES if code in seen]
	schools = sorted(
		{*on_roll_count, *(r["school"] for r in register), *reviews_overdue, *costs} - {None, ""}
	)
	rows = []
	for school in schools:
		mine = [r for r in counted if r["school"] == school]
		provisions, needs = Counter(), Counter()
		for r in mine:  # a row per pupil, or per group of them (``pupils``)
			provisions[r["sen_provision"]] += r.get("pupils", 1)
			needs[r.get("primary_need")] += r.get("pupils", 1)
		roll = on_roll_count.get(school, 0)
		cost = round(costs.get(school, 0.0), 2)
		budget = budgets.get(school) or 0.0
		rows.append(
			{
				"school": school,
				"on_roll": roll,
				"sen_support": provisions[SEN_SUPPORT],
				"sen_support_percent": percent(provisions[SEN_SUPPORT], roll),
				"ehc_plan": provisions[EHC_PLAN],
				"ehc_plan_percent": percent(provisions[EHC_PLAN], roll),
				**{need_field(code): needs[code] for code in codes},
				"reviews_overdue": reviews_overdue.get(school, 0),
				"provision_cost": cost,
				"notional_sen_budget": budget,
				"budget_used_percent": percent(cost, budget),
			}
		)
	return rows, codes


def totals(rows: list[dict], codes: list[str]) -> dict:
	"""The figures of all the rows' schools together."""
	out = {f: sum(r[f] for r in rows) for f in (*COUNTS, *map(need_field, codes))}
	out["provision_cost"] = round(sum(r["provision_cost"] for r in rows), 2)
	out["notional_sen_budget"] = sum(r["notional_sen_budget"] for r in rows)
	for field, part in RATES:
		out[field] = percent(out[part], out["on_roll"])
	out["budget_used_percent"] = percent(out["provision_cost"], out["notional_sen_budget"])
	return out


def protected(rows: list[dict], codes: list[str]) -> tuple[list[dict], dict]:
	"""Rows and totals for a reader who may not see pupils: counts under 5 as "<5"; figures that
	would give one back by subtraction withheld ("c"), within each column and its total and within
	each school's needs against its pupils on SEN Support and with a plan; a share of the roll
	withheld unless both its counts show and it passes ``disclosure.rate``. Costs are shown."""
	needs = [need_field(code) for code in codes]
	fields = [*COUNTS, *needs]
	school_sums = [[(i, "sen_support"), (i, "ehc_plan"), *((i, f) for f in needs)] for i in range(len(rows))]
	shown_rows, shown_totals = protect_columns(rows, fields, school_sums)
	raw_totals = totals(rows, codes)
	for raw, shown in [*zip(rows, shown_rows, strict=True), (raw_totals, shown_totals)]:
		for field, part in RATES:
			visible = is_shown(shown[part]) and is_shown(shown["on_roll"])
			shown[field] = rate(raw[part], raw["on_roll"]) if visible else WITHHELD
	for field in ("provision_cost", "notional_sen_budget", "budget_used_percent"):
		shown_totals[field] = raw_totals[field]
	return shown_rows, shown_totals
