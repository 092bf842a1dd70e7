from datetime import date
from datetime import timedelta

import pytest

from senco_app.rules import RuleError
from senco_app.rules.resources import check_item
from senco_app.rules.resources import check_loans
from senco_app.rules.resources import current_loan
from senco_app.rules.resources import register_frame
from senco_app.rules.resources import resource_status
from senco_app.rules.resources import value_by_category

TODAY = date(2026, 11, 23)


def day(n: int) -> date:
	return TODAY + timedelta(days=n)


def loan(start, due=None, returned=None, student="P1"):
	return {"student": student, "from_date": start, "due_back_date": due, "returned_date": returned}


@pytest.mark.parametrize(
	"args, field",
	[
		((day(1), 100, None), "purchase_date"),
		((day(-10), -1, None), "cost"),
		((day(-10), 100, day(-11)), "review_date"),
	],
)
def test_bad_items_name_the_field(args, field):
	with pytest.raises(RuleError) as caught:
		check_item(*args, TODAY)
	assert caught.value.field == field


def test_good_item_passes():
	check_item(None, 0, None, TODAY)
	check_item(TODAY, 250.5, TODAY, TODAY)


@pytest.mark.parametrize(
	"loans, condition, field",
	[
		([loan(day(-5), due=day(-6))], "Good", "due_back_date"),
		([loan(day(-5), returned=day(-6))], "Good", "returned_date"),
		([loan(day(-5), returned=day(1))], "Good", "returned_date"),
		([loan(day(-5)), loan(day(-3), student="P2")], "Good", "returned_date"),
		([loan(day(-10), returned=day(-2)), loan(day(-5), student="P2")], "Good", "from_date"),
		([loan(day(-5)), loan(day(-1), returned=day(0))], "Good", "from_date"),
		([loan(day(-5))], "Out of service", "condition"),
	],
)
def test_bad_loans_name_the_field(loans, condition, field):
	with pytest.raises(RuleError) as caught:
		check_loans(loans, condition, TODAY)
	assert caught.value.field == field


def test_loans_one_after_another_pass_and_the_open_one_is_current():
	loans = [loan(day(-30), day(-20), day(-10)), loan(day(-10), day(5), student="P2")]
	check_loans(loans, "Fair", TODAY)
	assert current_loan(loans)["student"] == "P2"
	assert resource_status("Fair", loans) == "On loan"
	assert resource_status("Good", loans[:1]) == "Available"
	assert resource_status("Out of service", loans[:1]) == "Out of service"
	check_loans(loans[:1], "Out of service", TODAY)  # returned loans do not stop it going out of service
	assert current_loan([]) is None


def item(name, category, status, cost, due=None, review=None, school="S"):
	return {
		"name": name,
		"item": name,
		"category": category,
		"school": school,
		"status": status,
		"due_back_date": due,
		"review_date": review,
		"cost": cost,
	}


def test_register_overdue_review_due_and_value_by_category():
	frame = register_frame(
		[
			item("Laptop", "ICT aid", "On loan", 600, due=day(-3), review=day(40)),
			item("iPad", "ICT aid", "On loan", 400, due=day(2), review=day(30)),
			item("Chair", "Specialist seating", "Available", 1200.5, due=day(-9), review=day(-1)),
			item("Radio aid", "Hearing or vision aid", "Out of service", None),
		],
		TODAY,
		30,
	)
	assert list(frame["item"]) == ["Radio aid", "Laptop", "iPad", "Chair"]
	assert list(frame["days_overdue"]) == [0, 3, 0, 0]
	assert list(frame["overdue"]) == [0, 1, 0, 0]
	assert list(frame["review_due"]) == [0, 0, 1, 1]
	assert value_by_category(frame) == [
		("ICT aid", 2, 1000.0),
		("Specialist seating", 1, 1200.5),
		("Hearing or vision aid", 1, 0.0),
	]


def test_empty_register():
	frame = register_frame([], TODAY, 30)
	assert frame.empty
	assert value_by_category(frame) == []


class AttrDict(dict):
	"""A row as Frappe gives it (frappe._dict): every attribute answers, None when not a key."""

	def __getattr__(self, key):
		return self.get(key)


def test_rows_as_frappe_gives_them():
	rows = [
		AttrDict(item("Laptop", "ICT aid", "On loan", 600, due=day(-1)), borrower="Ann"),
		AttrDict(item("Pen", "ICT aid", "Available", 60), borrower=None),
	]
	frame = register_frame(rows, TODAY, 30)
	assert list(frame["days_overdue"]) == [1, 0]
	assert frame.to_dict("records")[1]["borrower"] is None  # not NaN (the report's JSON)
