import pytest

from senco_app.rules.disclosure import WITHHELD
from senco_app.rules.disclosure import count
from senco_app.rules.disclosure import figure
from senco_app.rules.disclosure import is_shown
from senco_app.rules.disclosure import is_small
from senco_app.rules.disclosure import protect
from senco_app.rules.disclosure import protect_columns
from senco_app.rules.disclosure import rate
from senco_app.rules.disclosure import small


@pytest.mark.parametrize("n, shown", [(0, 0), (1, "<5"), (4, "<5"), (5, 5), (6, 6), (120, 120)])
def test_counts_from_one_to_four_are_shown_as_under_five(n, shown):
	assert count(n) == shown


def test_the_threshold_is_a_parameter():
	assert small(10) == "<10"
	assert count(9, threshold=10) == "<10"
	assert count(10, threshold=10) == 10
	assert not is_small(0) and is_small(1) and not is_small(5)


@pytest.mark.parametrize(
	"part, whole, shown",
	[
		(6, 12, 50.0),
		(0, 20, 0.0),  # nobody: 0 % names no one
		(20, 20, 100.0),
		(3, 200, WITHHELD),  # 1.5 % of 200 gives the 3 back
		(197, 200, WITHHELD),  # and 98.5 % the 3 who are not
		(0, 4, WITHHELD),  # fewer than 5 pupils behind it
		(0, 0, WITHHELD),
		(5, 7, WITHHELD),
		(5, 10, 50.0),
		(1, 3, WITHHELD),
	],
)
def test_rate_is_withheld_when_it_would_give_back_a_count_under_five(part, whole, shown):
	assert rate(part, whole) == shown


def test_rate_rounds_to_one_decimal():
	assert rate(10, 30) == 33.3
	assert rate(10, 30, digits=0) == 33.0


def test_a_figure_from_fewer_than_five_pupils_is_withheld():
	assert figure(2.5, 4) == WITHHELD
	assert figure(2.5, 5) == 2.5
	assert figure(-1.0, 12) == -1.0
	assert figure(None, 0) is None  # nothing to withhold


def test_is_shown():
	assert is_shown(0) and is_shown(7) and is_shown(12.5)
	assert not is_shown("<5") and not is_shown(WITHHELD)


def test_protect_hides_small_cells_only_when_no_sum_gives_them_back():
	cells = {"a": 3, "b": 4, "total": 7}
	assert protect(cells, [["a", "b", "total"]]) == {"a": "<5", "b": "<5", "total": 7}


def test_protect_withholds_the_smallest_other_cell_of_a_sum_with_one_hidden():
	# 3 + 6 + 12 = 21: showing 6, 12 and 21 would give the 3 back
	cells = {"a": 3, "b": 12, "c": 6, "total": 21}
	assert protect(cells, [["a", "b", "c", "total"]]) == {"a": "<5", "b": 12, "c": WITHHELD, "total": 21}


def test_protect_never_withholds_a_zero_to_cover_a_cell():
	# 3 + 0 = 3: the total is itself under 5
	cells = {"a": 3, "b": 0, "total": 3}
	assert protect(cells, [["a", "b", "total"]]) == {"a": "<5", "b": 0, "total": "<5"}


def test_protect_breaks_ties_by_the_order_of_the_cells():
	cells = {"a": 2, "b": 7, "c": 7, "total": 16}
	assert protect(cells, [["total", "c", "b", "a"]])["b"] == WITHHELD


def test_protect_follows_a_withheld_cell_into_the_other_sums_it_belongs_to():
	# rows: (2, 8) and (9, 9); row sums and column sums are both shown
	cells = {"a1": 2, "a2": 8, "b1": 9, "b2": 9, "ta": 10, "tb": 18, "t1": 11, "t2": 17}
	sums = [["a1", "a2", "ta"], ["b1", "b2", "tb"], ["a1", "b1", "t1"], ["a2", "b2", "t2"]]
	shown = protect(cells, sums)
	assert shown["a1"] == "<5"
	for group in sums:  # no sum is left with a single hidden cell
		assert sum(1 for key in group if not is_shown(shown[key])) != 1
	assert shown["a2"] == WITHHELD  # 8 is the smallest other cell of row a


def test_protect_ignores_sum_keys_that_are_not_cells_and_keeps_everything_without_small_counts():
	cells = {"a": 5, "b": 0, "total": 5}
	assert protect(cells, [["a", "b", "total", "missing"]]) == cells
	assert protect({}, []) == {}


def test_protect_columns_shows_a_small_count_as_under_five_and_covers_it_in_its_column():
	rows = [{"school": "A", "pupils": 3}, {"school": "B", "pupils": 6}, {"school": "C", "pupils": 12}]
	out, totals = protect_columns(rows, ["pupils"])
	assert [r["pupils"] for r in out] == ["<5", WITHHELD, 12]
	assert totals == {"pupils": 21}
	assert [r["school"] for r in out] == ["A", "B", "C"]


def test_protect_columns_with_row_sums():
	# each row: on_support + with_plan = needs_x + needs_y
	rows = [{"k": 10, "e": 2, "x": 7, "y": 5}, {"k": 6, "e": 0, "x": 6, "y": 0}]
	sums = [[(i, "k"), (i, "e"), (i, "x"), (i, "y")] for i in range(2)]
	out, totals = protect_columns(rows, ["k", "e", "x", "y"], sums)
	assert out[0]["e"] == "<5"
	assert out[0]["y"] == WITHHELD  # 10 + 2 = 7 + 5: the 5 would give the 2 back
	assert totals["e"] == "<5"
	assert out[1] == {"k": 6, "e": 0, "x": 6, "y": 0}
	for group in [*sums, *[[(0, f), (1, f), ("total", f)] for f in "kexy"]]:
		shown = [out[k[0]][k[1]] if k[0] != "total" else totals[k[1]] for k in group]
		assert sum(1 for v in shown if not is_shown(v)) != 1


def test_protect_columns_of_no_rows():
	assert protect_columns([], ["pupils"]) == ([], {"pupils": 0})
