from datetime import date

import pytest

from senco_app.rules import RuleError
from senco_app.rules.support import MINUTES_IN_A_WEEK
from senco_app.rules.support import check_allocation

D = date(2026, 9, 7)


@pytest.mark.parametrize(
	"args, field",
	[
		(("In-class support", None, 0, D, None), "minutes_per_week"),
		(("In-class support", None, -30, D, None), "minutes_per_week"),
		(("In-class support", None, MINUTES_IN_A_WEEK + 1, D, None), "minutes_per_week"),
		(("In-class support", None, 300, D, date(2026, 9, 6)), "to_date"),
		(("One-to-one", None, 300, D, None), "student"),
	],
)
def test_bad_allocations_name_the_field(args, field):
	with pytest.raises(RuleError) as caught:
		check_allocation(*args)
	assert caught.value.field == field


def test_good_allocations_pass():
	check_allocation("One-to-one", "EDU-STU-1", MINUTES_IN_A_WEEK, D, D)
	check_allocation("In-class support", None, 1, D, None)
	check_allocation("Other", None, 60, D, date(2027, 7, 20))
