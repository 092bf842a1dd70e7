from datetime import date

import pytest

from senco_app.rules import RuleError
from senco_app.rules.ctf import check_periods
from senco_app.rules.ctf import history_from_ctf
from senco_app.rules.ctf import parse_sen_history
from senco_app.rules.ctf import periods_and_needs
from senco_app.rules.needs import NEED_TYPES
from senco_app.rules.register import state

TODAY = date(2026, 11, 22)
KNOWN = {code for code, *_rest in NEED_TYPES}


def row(start, end, provision, *needs):
	return {
		**state(provision, [{"rank": i, "need_type": c} for i, c in enumerate(needs, 1)]),
		"from_date": start,
		"to_date": end,
	}


HISTORY = [
	row(date(2024, 1, 10), date(2024, 9, 30), "SEN Support", "SLCN"),
	row(date(2024, 10, 1), date(2025, 3, 14), "SEN Support", "SLCN", "ASD"),
	row(date(2025, 3, 15), date(2025, 12, 31), "EHC Plan", "ASD", "SLCN"),
	row(date(2026, 1, 1), None, "EHC Plan", "ASD"),
]


def test_history_shapes_into_periods_joined_by_provision():
	periods, _needs = periods_and_needs(HISTORY)
	assert periods == [
		{"start_date": date(2024, 1, 10), "end_date": date(2025, 3, 14), "provision": "K"},
		{"start_date": date(2025, 3, 15), "end_date": None, "provision": "E"},
	]


def test_history_shapes_into_needs_by_type_and_rank():
	_periods, needs = periods_and_needs(HISTORY)
	assert needs == [
		{"start_date": date(2024, 1, 10), "end_date": date(2025, 3, 14), "rank": 1, "need_type": "SLCN"},
		{"start_date": date(2024, 10, 1), "end_date": date(2025, 3, 14), "rank": 2, "need_type": "ASD"},
		{"start_date": date(2025, 3, 15), "end_date": None, "rank": 1, "need_type": "ASD"},
		{"start_date": date(2025, 3, 15), "end_date": date(2025, 12, 31), "rank": 2, "need_type": "SLCN"},
	]


def test_round_trip_gives_the_same_history():
	periods, needs = periods_and_needs(HISTORY)
	assert history_from_ctf(periods, needs, KNOWN, TODAY) == HISTORY


def test_a_gap_in_the_history_starts_new_periods_and_needs():
	history = [
		row(date(2023, 9, 1), date(2024, 7, 19), "SEN Support", "MLD"),
		row(date(2024, 9, 4), date(2025, 7, 18), "SEN Support", "MLD"),
	]
	periods, needs = periods_and_needs(history)
	assert len(periods) == 2 and len(needs) == 2
	assert history_from_ctf(periods, needs, KNOWN, TODAY) == history


def test_empty_history_shapes_to_nothing():
	assert periods_and_needs([]) == ([], [])


def test_needs_without_dates_cover_the_whole_history():
	periods = [{"start_date": date(2025, 9, 1), "end_date": date(2026, 7, 20), "provision": "K"}]
	needs = [{"start_date": None, "end_date": None, "rank": 1, "need_type": "SPLD"}]
	[only] = history_from_ctf(periods, needs, KNOWN, TODAY)
	assert (only["from_date"], only["to_date"], only["needs"], only["census_code"]) == (
		date(2025, 9, 1),
		date(2026, 7, 20),
		"SPLD",
		"K",
	)


@pytest.mark.parametrize(
	"periods",
	[
		# an open period followed by another
		[
			{"start_date": date(2024, 1, 1), "end_date": None, "provision": "K"},
			{"start_date": date(2025, 1, 1), "end_date": None, "provision": "E"},
		],
		# a period ending on the day the next begins
		[
			{"start_date": date(2024, 1, 1), "end_date": date(2025, 1, 1), "provision": "K"},
			{"start_date": date(2025, 1, 1), "end_date": None, "provision": "E"},
		],
	],
)
def test_overlapping_periods_are_refused(periods):
	with pytest.raises(RuleError) as caught:
		check_periods(periods, TODAY)
	assert caught.value.field == "ctf_file"


@pytest.mark.parametrize(
	"periods, needs",
	[
		([{"start_date": date(2025, 1, 1), "end_date": None, "provision": "X"}], []),
		([{"start_date": date(2027, 1, 1), "end_date": None, "provision": "K"}], []),
		([{"start_date": date(2025, 1, 1), "end_date": date(2024, 1, 1), "provision": "K"}], []),
		([], []),
	],
)
def test_bad_periods_are_refused(periods, needs):
	with pytest.raises(RuleError) as caught:
		history_from_ctf(periods, needs, KNOWN, TODAY)
	assert caught.value.field == "ctf_file"


@pytest.mark.parametrize(
	"needs",
	[
		[{"start_date": None, "end_date": None, "rank": 1, "need_type": "XYZ"}],  # unknown code
		[{"start_date": None, "end_date": None, "rank": 0, "need_type": "MLD"}],  # rank 0
		[{"start_date": None, "end_date": None, "rank": 2, "need_type": "MLD"}],  # no rank 1
		[],  # K without a primary need
		[
			{"start_date": None, "end_date": None, "rank": 1, "need_type": "MLD"},
			{"start_date": None, "end_date": None, "rank": 1, "need_type": "ASD"},
		],
	],
)
def test_bad_needs_are_refused(needs):
	periods = [{"start_date": date(2025, 1, 1), "end_date": None, "provision": "K"}]
	with pytest.raises(RuleError) as caught:
		history_from_ctf(periods, needs, KNOWN, TODAY)
	assert caught.value.field == "ctf_file"


CTF = """<?xml version="1.0" encoding="UTF-8"?>
<CTfile>
  <Header><DocumentName>Common Transfer File</DocumentName></Header>
  <CTFpupilData>
    <Pupil>
      <UPN>a801200005001</UPN>
      <Surname>Pupil</Surname>
      <Forename>Test</Forename>
      <DOB>2016-05-05</DOB>
      <SENhistory>
        <SEN><StartDate>2024-01-10</StartDate><SENprovision>K</SENprovision><EndDate>2025-03-14</EndDate></SEN>
        <SEN><StartDate>2025-03-15</StartDate><SENprovision>E</SENprovision></SEN>
        <SENneeds>
          <SENneed><NeedStartDate>2024-01-10</NeedStartDate><SENtypeRank>1</SENtypeRank><SENtype>ASD</SENtype></SENneed>
        </SENneeds>
      </SENhistory>
    </Pupil>
    <Pupil><UPN>B801200005002</UPN><Surname>NoSEN</Surname></Pupil>
  </CTFpupilData>
</CTfile>"""


def test_parse_reads_pupils_with_sen_history():
	[pupil] = parse_sen_history(CTF)
	assert pupil["upn"] == "A801200005001"
	assert pupil["date_of_birth"] == date(2016, 5, 5)
	assert pupil["periods"][1] == {"start_date": date(2025, 3, 15), "end_date": None, "provision": "E"}
	assert pupil["needs"] == [
		{"start_date": date(2024, 1, 10), "end_date": None, "rank": 1, "need_type": "ASD"}
	]
	history = history_from_ctf(pupil["periods"], pupil["needs"], KNOWN, TODAY)
	assert [(r["census_code"], r["needs"]) for r in history] == [("K", "ASD"), ("E", "ASD")]


@pytest.mark.parametrize(
	"xml",
	[
		"",
		"<CTfile><Pupil>",  # not well-formed
		"<NotACTF/>",
		"<CTfile><CTFpupilData/></CTfile>",  # no pupil with SEN history
		CTF.replace("<UPN>a801200005001</UPN>", ""),  # SEN history without UPN
		CTF.replace("2025-03-15", "15/03/2025"),  # a date in another format
		CTF.replace("<SENtypeRank>1</SENtypeRank>", "<SENtypeRank>first</SENtypeRank>"),
		CTF.replace("B801200005002", "A801200005001").replace(
			"<Surname>NoSEN</Surname>", "<SENhistory/>"
		),  # one UPN twice
		# an entity bomb is refused by defusedxml, not expanded
		'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]><CTfile>&b;</CTfile>',
	],
)
def test_malformed_ctf_is_refused(xml):
	with pytest.raises(RuleError) as caught:
		parse_sen_history(xml)
	assert caught.value.field == "ctf_file"
