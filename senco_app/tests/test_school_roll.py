"""The roll counted by the database agrees with the rule (senco_app.rules.roll.on_roll) on every case."""

import frappe
from frappe.utils import add_days
from frappe.utils import getdate
from frappe.utils import today

from senco_app.rules.roll import on_roll
from senco_app.services.school_roll import school_rolls
from senco_app.services.school_roll import school_rolls_on
from senco_app.tests.utils import SCHOOL_A
from senco_app.tests.utils import SCHOOL_B
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import make_student
from senco_app.tests.utils import user_of

# (joining date, leaving date, enabled), days from today
CASES = (
	(-400, None, 1),  # on roll
	(None, None, 1),  # no joining date known: on roll
	(30, None, 1),  # joins next month: not yet
	(-400, -10, 0),  # left ten days ago
	(-400, 0, 0),  # leaves today: still on roll today
	(-400, 20, 1),  # leaving next month: on roll
	(-400, None, 0),  # disabled, no leaving date: taken off roll
	(-400, 20, 0),  # disabled but leaving date ahead: the date decides
)


def day(offset):
	return None if offset is None else add_days(today(), offset)


class TestSchoolRoll(SencoTestCase):
	def test_the_database_counts_the_roll_as_the_rule_does(self):
		as_at = getdate(today())
		before = school_rolls([SCHOOL_A, SCHOOL_B], as_at)
		expected = 0
		for i, (joined, left, enabled) in enumerate(CASES):
			values = {"joining_date": day(joined), "date_of_leaving": day(left), "enabled": enabled}
			make_student(SCHOOL_A, "Roll", f"Case{i}", **values)
			expected += on_roll(
				as_at,
				getdate(day(joined)) if joined is not None else None,
				getdate(day(left)) if left is not None else None,
				enabled,
			)
		self.assertEqual(expected, 5)  # the cases above, worked by hand
		after = school_rolls([SCHOOL_A, SCHOOL_B], as_at)
		self.assertEqual(after.get(SCHOOL_A, 0) - before.get(SCHOOL_A, 0), expected)
		self.assertEqual(after.get(SCHOOL_B, 0), before.get(SCHOOL_B, 0))
		self.assertEqual(school_rolls([SCHOOL_B], as_at).get(SCHOOL_A), None)
		self.assertEqual(school_rolls([], as_at), {})
		# every day at once: each case's joining and leaving day and the days beside them
		days = sorted({getdate(add_days(today(), d + e)) for d in (-400, -10, 0, 20, 30) for e in (-1, 0, 1)})
		for schools in ([SCHOOL_A, SCHOOL_B], [SCHOOL_B], None):
			with self.subTest(schools=schools):
				on_days = school_rolls_on(schools, days)
				each_day = {(d, s): n for d in days for s, n in school_rolls(schools, d).items()}
				self.assertEqual(on_days, each_day)
		self.assertEqual(school_rolls_on([], days), {})
		self.assertEqual(school_rolls_on(None, []), {})

	def test_a_reader_needs_read_on_pupils_unless_the_count_is_an_aggregate(self):
		frappe.set_user(user_of(SCHOOL_A, "SEND Governor"))
		with self.assertRaises(frappe.PermissionError):
			school_rolls([SCHOOL_A], getdate(today()))
		self.assertIsInstance(school_rolls([SCHOOL_A], getdate(today()), aggregate=True), dict)
		with self.assertRaises(frappe.PermissionError):
			school_rolls_on([SCHOOL_A], [getdate(today())])
		self.assertIsInstance(school_rolls_on([SCHOOL_A], [getdate(today())], aggregate=True), dict)
