import pytest

from senco_app.rules import RuleError
from senco_app.rules.needs import BROAD_AREAS
from senco_app.rules.needs import NEED_TYPES
from senco_app.rules.needs import census_code
from senco_app.rules.needs import check_needs
from senco_app.rules.needs import needs_text
from senco_app.rules.needs import number_blank_ranks
from senco_app.rules.needs import primary_and_secondary
from senco_app.rules.needs import split_needs_text


def needs(*pairs):
	return [{"need_type": code, "rank": rank} for code, rank in pairs]


def test_every_dfe_code_is_there_once_with_a_broad_area():
	codes = [code for code, *_ in NEED_TYPES]
	assert sorted(codes) == sorted(
		["SPLD", "MLD", "SLD", "PMLD", "SEMH", "SLCN", "HI", "VI", "MSI", "PD", "ASD", "DS", "OTH", "NSA"]
	)
	assert all(area in BROAD_AREAS for _c, _d, area, _k in NEED_TYPES)


@pytest.mark.parametrize(
	"provision, code", [("SEN Support", "K"), ("EHC Plan", "E"), ("Monitoring", "N"), (None, "N"), ("", "N")]
)
def test_census_code(provision, code):
	assert census_code(provision) == code


def test_valid_needs_pass():
	check_needs("SEN Support", needs(("SLCN", 1), ("ASD", 2)), known_codes={"SLCN", "ASD"})
	check_needs("EHC Plan", needs(("ASD", 2), ("SLCN", 1)))
	check_needs("Monitoring", [])
	check_needs("SEN Support", needs(("NSA", 1)))


@pytest.mark.parametrize(
	"provision, rows, message",
	[
		("SEN Support", [], "must have a primary need"),
		("EHC Plan", [], "must have a primary need"),
		("SEN Support", needs(("SLCN", 1), ("ASD", 1)), "Rank 1 is used more than once"),
		("SEN Support", needs(("SLCN", 1), ("ASD", 3)), "without gaps; found 1, 3"),
		("SEN Support", needs(("SLCN", 2)), "without gaps; found 2"),
		("SEN Support", needs(("SLCN", 0)), "Rank must be 1 or more"),
		("SEN Support", needs(("SLCN", -1)), "Rank must be 1 or more"),
		("SEN Support", needs(("SLCN", 1), ("SLCN", 2)), "SLCN is listed more than once"),
		("EHC Plan", needs(("NSA", 1)), "NSA can only be recorded for SEN Support, not EHC Plan"),
		("Monitoring", needs(("NSA", 1)), "a pupil on Monitoring has no SEN"),
		("Monitoring", needs(("SLCN", 1)), "a pupil on Monitoring has no SEN"),
		("SEN Support", [{"rank": 1, "need_type": None}], "Need Type is required"),
	],
)
def test_bad_needs(provision, rows, message):
	with pytest.raises(RuleError) as err:
		check_needs(provision, rows)
	assert err.value.field == "needs"
	assert err.value.field == "needs"


def test_unknown_code():
	with pytest.raises(RuleError) as caught:
		check_needs("SEN Support", needs(("XYZ", 1)), known_codes={"SLCN"})
	assert caught.value.field == "needs"


def test_number_blank_ranks_fills_free_ranks_in_row_order():
	rows = [{"need_type": "A", "rank": 0}, {"need_type": "B", "rank": 1}, {"need_type": "C", "rank": None}]
	number_blank_ranks(rows)
	assert [r["rank"] for r in rows] == [2, 1, 3]


def test_primary_secondary_and_text():
	rows = needs(("SEMH", 2), ("ASD", 1), ("SPLD", 3))
	assert primary_and_secondary(rows) == ("ASD", "SEMH")
	assert primary_and_secondary([]) == (None, None)
	assert needs_text(rows) == "ASD, SEMH, SPLD"
	assert split_needs_text("ASD, SEMH, SPLD") == ["ASD", "SEMH", "SPLD"]
	assert split_needs_text("") == []
	assert split_needs_text(None) == []


def test_rule_error_keeps_template_and_params_for_translation():
	err = RuleError("Rank {0} is used more than once.", 2, field="needs")
	assert str(err) == "Rank 2 is used more than once."
	assert err.message == "Rank {0} is used more than once."
	assert err.params == (2,)


def test_counted_needs():
	from senco_app.rules.needs import counted_needs

	assert counted_needs("SEN Support", ["SLCN"]) == ["SLCN"]
	assert counted_needs("EHC Plan", ["ASD", "SLCN"]) == ["ASD", "SLCN"]
	assert counted_needs("Monitoring", ["SLCN"]) == []
	assert counted_needs(None, ["SLCN"]) == []
