import pytest

from senco_app.rules.accessibility import ADJUSTMENT_AREAS
from senco_app.rules.choices import select_choices
from senco_app.rules.exam_arrangements import ARRANGEMENTS
from senco_app.rules.exam_arrangements import EXTRA_TIME


def test_choices_are_the_select_options_in_order_without_the_blank():
	assert select_choices("IEP Target", "area_of_need")[0] == "Communication and interaction"
	assert "" not in select_choices("IEP Target", "area_of_need")
	assert ARRANGEMENTS[0] == EXTRA_TIME
	assert ADJUSTMENT_AREAS[-1] == "Other"


def test_only_a_select_field_has_choices():
	with pytest.raises(AssertionError):
		select_choices("IEP Target", "baseline")
	with pytest.raises(KeyError):
		select_choices("IEP Target", "no_such_field")
