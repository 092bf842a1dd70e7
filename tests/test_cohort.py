"""SEND pupils against the cohort: census days, SEND status by term, attainment and attendance gaps
(figures worked by hand in the comments), register trends."""

from datetime import date

import pytest

from senco_app.rules import cohort

T1, T2 = "Autumn 2025", "Spring 2026"


def test_five_years_of_census_days_up_to_a_date():
	days = cohort.census_days_before(date(2026, 11, 23))
	assert len(days) == 15
	assert days[-1] == ("Autumn 2026", date(2026, 10, 1))
	assert days[0] == ("Spring 2022", date(2022, 1, 20))
	assert [d for _l, d in days] == sorted(d for _l, d in days)
	# the day itself counts; a day before the first census of the year leaves that year's out
	assert cohort.census_days_before(date(2026, 1, 15))[-1] == ("Spring 2026", date(2026, 1, 15))
	assert cohort.census_days_before(date(2026, 1, 14))[-1] == ("Autumn 2025", date(2025, 10, 2))


def history(student, start, end, code, school="A", provision=None, needs="SLCN"):
	provision = provision or {"K": "SEN Support", "E": "EHC Plan", "N": "Monitoring"}[code]
	return {
		"student": student,
		"school": school,
		"from_date": start,
		"to_date": end,
		"census_code": code,
		"sen_provision": provision,
		"needs": needs,
	}


def test_send_status_is_read_on_each_terms_reference_day():
	rows = [
		history("p1", date(2025, 9, 1), date(2025, 12, 31), "K"),  # on SEN Support in autumn only
		history("p2", date(2025, 9, 1), date(2026, 1, 31), "N"),  # monitoring: not SEND
		history("p2", date(2026, 2, 1), None, "E"),  # a plan from February
	]
	terms = {T1: date(2025, 12, 19), T2: date(2026, 3, 27)}
	assert cohort.send_flags(rows, terms) == {(T1, "p1"), (T2, "p2")}
	assert cohort.reference_day(date(2026, 3, 27), date(2026, 2, 10)) == date(2026, 2, 10)


def result(student, term, score, maximum=50, school="A", year_group="Y5", course="Maths", criterion="Number"):
	return {
		"student": student,
		"term": term,
		"score": score,
		"maximum_score": maximum,
		"school": school,
		"year_group": year_group,
		"course": course,
		"criterion": criterion,
	}


# Autumn: SEND pupils s1 (40 % and 60 %, mean 50 %) and s2 (30 %); others o1 (80 %), o2 (70 %), o3 (60 %)
RESULTS = [
	result("s1", T1, 20),
	result("s1", T1, 30),
	result("s2", T1, 15),
	result("o1", T1, 40),
	result("o2", T1, 35),
	result("o3", T1, 30),
	result("o3", T1, 0, maximum=0),  # no maximum: left out
]
SEND = {(T1, "s1"), (T1, "s2")}


def test_attainment_averages_pupils_and_shares_at_a_grade():
	(row,) = cohort.cohort_rows(RESULTS, [], SEND, "School", threshold=60)
	assert (row["term"], row["group_value"]) == (T1, "A")
	assert (row["send_pupils"], row["other_pupils"]) == (2, 3)
	# SEND: (50 + 30) / 2 = 40 %; others: (80 + 70 + 60) / 3 = 70 %; gap 30 points
	assert (row["send_average"], row["other_average"], row["average_gap"]) == (40.0, 70.0, 30.0)
	# at or above 60 %: SEND none of 2 (0 %), others 3 of 3 (100 %)
	assert (row["send_at_grade"], row["other_at_grade"]) == (0, 3)
	assert (row["send_at_grade_percent"], row["other_at_grade_percent"], row["at_grade_gap"]) == (
		0.0,
		100.0,
		100.0,
	)


def test_without_a_grade_no_share_is_given():
	(row,) = cohort.cohort_rows(RESULTS, [], SEND, "Course")
	assert row["group_value"] == "Maths"
	assert row["send_at_grade_percent"] is None and row["at_grade_gap"] is None
	assert "send_attendance" not in row  # attendance is by school or year group only


def test_a_group_with_no_send_pupils_has_no_gap():
	rows = [result("o1", T1, 40), result("o2", T1, 20)]
	(row,) = cohort.cohort_rows(rows, [], set(), "Year Group")
	assert (row["send_pupils"], row["send_average"], row["average_gap"]) == (0, None, None)
	assert row["other_average"] == 60.0


def attendance(student, term, present, absent, school="A", year_group="Y5"):
	return [
		{"student": student, "term": term, "status": status, "school": school, "year_group": year_group}
		for status in ["Present"] * present + ["Absent"] * absent
	]


def test_attendance_persistent_absence_and_gaps():
	marks = [
		*attendance("s1", T1, 17, 3),  # 85 %: persistently absent
		*attendance("s2", T1, 19, 1),  # 95 %
		*attendance("o1", T1, 20, 0),  # 100 %
		*attendance("o2", T1, 18, 2),  # 90 %: not under 90
		[{"student": "o2", "term": T1, "status": "Leave", "school": "A", "year_group": "Y5"}][0],
	]
	(row,) = cohort.cohort_rows([], marks, SEND, "School")
	# SEND 36 of 40 sessions = 90 %; others 38 of 40 = 95 %; gap 5 points
	assert (row["send_att_pupils"], row["other_att_pupils"]) == (2, 2)
	assert (row["send_attendance"], row["other_attendance"], row["attendance_gap"]) == (90.0, 95.0, 5.0)
	# persistent absence: SEND 1 of 2 (50 %), others 0 of 2 (0 %): gap -50 points
	assert (row["send_persistent"], row["send_persistent_percent"]) == (1, 50.0)
	assert (row["other_persistent"], row["other_persistent_percent"], row["persistent_gap"]) == (
		0,
		0.0,
		-50.0,
	)
	assert row["send_pupils"] == 0  # no results


def test_rows_follow_the_term_order_and_trend_weights_by_pupils():
	rows = cohort.cohort_rows(
		[*RESULTS, result("s1", T2, 25), result("o1", T2, 45)],
		attendance("s1", T2, 9, 1) + attendance("o1", T2, 10, 0),
		SEND | {(T2, "s1")},
		"School",
		term_order=[T1, T2],
	)
	assert [r["term"] for r in rows] == [T1, T2]
	trend = cohort.term_trend(rows, [T1, T2])
	assert trend == [
		{"term": T1, "average_gap": 30.0, "attendance_gap": None},
		{"term": T2, "average_gap": 40.0, "attendance_gap": 10.0},  # 90 - 50; 100 - 90
	]


def test_criterion_rows_read_each_criterion():
	rows = [
		result("s1", T1, 10, maximum=20, criterion="Reading"),
		result("s1", T1, 20, maximum=20, criterion="Writing"),
		result("o1", T1, 15, maximum=20, criterion="Reading"),
	]
	out = {r["group_value"]: r for r in cohort.cohort_rows(rows, [], {(T1, "s1")}, "Criterion")}
	assert out["Reading"]["send_average"] == 50.0 and out["Reading"]["other_average"] == 75.0
	assert out["Writing"]["send_average"] == 100.0 and out["Writing"]["other_pupils"] == 0


def test_empty_input_gives_no_rows():
	assert cohort.cohort_rows([], [], set(), "School") == []
	assert cohort.term_trend([], [T1]) == []


def test_register_trends_count_k_and_e_by_primary_need_on_each_census_day():
	days = [("Autumn 2025", date(2025, 10, 2)), ("Spring 2026", date(2026, 1, 15))]
	rows = [
		history("p1", date(2025, 9, 1), None, "K", needs="SLCN, ASD"),
		history("p2", date(2025, 9, 1), date(2025, 12, 31), "K", needs="SEMH"),
		history("p2", date(2026, 1, 1), None, "E", needs="SEMH"),
		history("p3", date(2025, 11, 1), None, "K", needs="SLCN"),  # after the autumn census
		history("p4", date(2025, 9, 1), None, "N", needs=""),  # monitoring: not counted
		history("p5", date(2025, 9, 1), None, "E", school="B", needs="ASD"),
	]
	roll = {("Autumn 2025", "A"): 20, ("Spring 2026", "A"): 20, ("Autumn 2025", "B"): 10}
	out, codes = cohort.register_trend_rows(rows, days, roll)
	assert codes == ["SEMH", "SLCN", "ASD"]
	by = {(r["census"], r["school"]): r for r in out}
	autumn_a = by["Autumn 2025", "A"]
	assert (autumn_a["sen_support"], autumn_a["ehc_plan"]) == (2, 0)
	assert (autumn_a["need_slcn"], autumn_a["need_semh"], autumn_a["need_asd"]) == (1, 1, 0)
	assert autumn_a["sen_support_percent"] == 10.0
	spring_a = by["Spring 2026", "A"]
	assert (spring_a["sen_support"], spring_a["ehc_plan"], spring_a["need_slcn"]) == (2, 1, 2)
	assert (spring_a["sen_support_percent"], spring_a["ehc_plan_percent"]) == (10.0, 5.0)
	assert by["Spring 2026", "B"]["on_roll"] is None and by["Spring 2026", "B"]["ehc_plan_percent"] is None
	totals = {r["census"]: r for r in cohort.trust_rows(out, codes)}
	assert (totals["Autumn 2025"]["ehc_plan"], totals["Autumn 2025"]["on_roll"]) == (1, 30)
	assert totals["Autumn 2025"]["ehc_plan_percent"] == pytest.approx(3.3)
	assert totals["Spring 2026"]["need_asd"] == 1


def test_a_reader_who_may_not_see_pupils_gets_no_figure_of_fewer_than_five():
	rows = cohort.cohort_rows(RESULTS, [], SEND, "School", threshold=60)
	(row,) = cohort.protected(rows)
	assert (row["send_pupils"], row["other_pupils"]) == ("<5", "<5")
	assert (row["send_average"], row["other_average"], row["average_gap"]) == ("c", "c", "c")
	assert (row["send_at_grade"], row["other_at_grade"]) == (0, "<5")
	assert (row["send_at_grade_percent"], row["at_grade_gap"]) == ("c", "c")
	# six SEND and six other pupils: figures shown, a share with 1 to 4 pupils in its part withheld
	many = [result(f"s{i}", T1, 20 + i) for i in range(6)] + [result(f"o{i}", T1, 40) for i in range(6)]
	send = {(T1, f"s{i}") for i in range(6)}
	(row,) = cohort.protected(cohort.cohort_rows(many, [], send, "School", threshold=50))
	# SEND: 40, 42, 44, 46, 48, 50 % -> 45 %; others all 80 %
	assert (row["send_pupils"], row["send_average"], row["other_average"], row["average_gap"]) == (
		6,
		45.0,
		80.0,
		35.0,
	)
	assert (row["send_at_grade"], row["send_at_grade_percent"], row["at_grade_gap"]) == ("<5", "c", "c")
	assert row["other_at_grade_percent"] == 100.0
	trend = cohort.term_trend(cohort.cohort_rows(RESULTS, [], SEND, "School"), [T1], threshold=5)
	assert trend == [{"term": T1, "average_gap": "c", "attendance_gap": None}]


def test_rows_are_given_the_term_their_date_falls_in():
	terms = [(T1, date(2025, 9, 3), date(2025, 12, 19)), (T2, date(2026, 1, 5), date(2026, 3, 27))]
	rows = [{"date": date(2025, 9, 3)}, {"date": date(2025, 12, 25)}, {"date": date(2026, 3, 27)}]
	assert [r["term"] for r in cohort.in_terms(rows, terms)] == [T1, T2]


def test_register_trends_for_a_governor_hide_small_counts_and_what_gives_them_back():
	days = [("Spring 2026", date(2026, 1, 15))]
	rows = [history(f"a{i}", date(2025, 9, 1), None, "K", needs="SLCN") for i in range(6)]
	rows += [history("a9", date(2025, 9, 1), None, "E", needs="ASD")]
	rows += [history(f"b{i}", date(2025, 9, 1), None, "K", school="B", needs="SLCN") for i in range(7)]
	roll = {("Spring 2026", "A"): 40, ("Spring 2026", "B"): 50}
	out, codes = cohort.register_trend_rows(rows, days, roll)
	shown, totals = cohort.protected_trends(out, codes)
	a, b = shown
	assert (a["sen_support"], a["ehc_plan"], a["need_asd"]) == (6, "<5", "<5")
	# K + E = SLCN + ASD has two hidden figures (E and ASD): neither comes back by subtraction
	assert a["need_slcn"] == 6
	assert (a["sen_support_percent"], a["ehc_plan_percent"]) == (15.0, "c")
	(total,) = totals
	assert (total["sen_support"], total["ehc_plan"], total["on_roll"]) == (13, "<5", 90)
	assert total["need_asd"] == "<5" and total["need_slcn"] == 13
	assert b["sen_support"] == 7 and b["ehc_plan"] == 0
	# one hidden figure in a sum brings a second: B's only need count beside a hidden total
	rows += [history("b9", date(2025, 9, 1), None, "K", school="B", needs="SEMH")]
	shown, totals = cohort.protected_trends(*cohort.register_trend_rows(rows, days, roll))
	assert (shown[1]["need_semh"], totals[0]["need_semh"]) == ("<5", "<5")
	assert shown[1]["sen_support"] == 8


class AttrDict(dict):
	"""A dict answering any attribute (as frappe._dict does), which pandas must not read as an array."""

	def __getattr__(self, key):
		return self.get(key)


def test_rows_read_as_frappe_returns_them():
	rows = [AttrDict(history("p1", date(2025, 9, 1), None, "K"))]
	out, codes = cohort.register_trend_rows(rows, [("Autumn 2025", date(2025, 10, 2))])
	assert (out[0]["sen_support"], codes) == (1, ["SLCN"])
	(row,) = cohort.cohort_rows([AttrDict(r) for r in RESULTS], [], SEND, "School")
	assert row["average_gap"] == 30.0
