import pytest

from senco_app.rules import RuleError
from senco_app.rules.upn import check_pupil_upns
from senco_app.rules.upn import check_upn
from senco_app.rules.upn import compact
from senco_app.rules.upn import is_temporary
from senco_app.rules.upn import make_upn


@pytest.mark.parametrize(
	"value, kept",
	[
		("B801200005001", "B801200005001"),  # stdnum's own example
		("b801 2000 05001", "B801200005001"),  # kept upper case, without spaces
		("N201100125012", "N201100125012"),  # City of London
		("A80120000501A", "A80120000501A"),  # temporary: ends in a letter
		("E940120015001", "E940120015001"),  # North Northamptonshire (2021), not in stdnum's list
		("M838123426001", "M838123426001"),  # Dorset (2019)
		("", ""),
		(None, ""),
	],
)
def test_valid_upns(value, kept):
	assert check_upn(value) == kept


@pytest.mark.parametrize(
	"value, why",
	[
		("A801200005001", "check letter"),  # B is right
		("C80120000501A", "check letter"),  # temporary with a wrong check letter
		("E000200005001", "local authority"),  # no LA 000
		("X999200005001", "local authority"),
		("B80120000500", "13 characters"),
		("B8012000050011", "13 characters"),
		("B80120000A001", "digits"),  # a letter in the middle
		("B80120000500I", "digits"),  # I is not in the UPN alphabet
	],
)
def test_invalid_upns(value, why):
	with pytest.raises(RuleError) as caught:
		check_upn(value, "former_upn")
	assert caught.value.field == "former_upn"
	assert why in str(caught.value)


def test_newer_la_code_still_needs_the_right_check_letter():
	with pytest.raises(RuleError, match="check letter"):
		check_upn("A940120015001")


def test_temporary_upns():
	assert is_temporary("A80120000501A")
	assert not is_temporary("B801200005001")
	assert not is_temporary("")
	assert make_upn("80120000501A") == "A80120000501A"


def test_former_upn_differs_from_the_upn():
	assert check_pupil_upns("b801200005001", "A80120000501A") == ("B801200005001", "A80120000501A")
	with pytest.raises(RuleError) as caught:
		check_pupil_upns("B801200005001", "b801200005001")
	assert caught.value.field == "former_upn"
	with pytest.raises(RuleError) as caught:
		check_pupil_upns("A801200005001", "")
	assert caught.value.field == "upn"


def test_compact():
	assert compact(" b801-2000 ") == "B801-2000"
	assert compact(None) == ""
