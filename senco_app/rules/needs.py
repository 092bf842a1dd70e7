"""DfE SEN need types and the rules for a pupil's ranked needs.

Sources: DfE school census guide and CBDS (SEN type codes, rank 1 = primary need, rank 2 = secondary
need; NSA for SEN support only; DS a separate category from January 2025), and the SEND Code of
Practice 0 to 25 (2015) for the four broad areas of need. See shared/reference/england-send-rules.md.
"""

from . import RuleError
from . import _

COGNITION = "Cognition and learning"
COMMUNICATION = "Communication and interaction"
SEMH = "Social, emotional and mental health"
SENSORY = "Sensory and/or physical"
OTHER = "Other"

BROAD_AREAS = (COMMUNICATION, COGNITION, SEMH, SENSORY, OTHER)

# code, description, broad area, SEN support (K) only
NEED_TYPES = (
	("SPLD", "Specific learning difficulty", COGNITION, False),
	("MLD", "Moderate learning difficulty", COGNITION, False),
	("SLD", "Severe learning difficulty", COGNITION, False),
	("PMLD", "Profound and multiple learning difficulty", COGNITION, False),
	("SEMH", "Social, emotional and mental health", SEMH, False),
	("SLCN", "Speech, language and communication needs", COMMUNICATION, False),
	("ASD", "Autistic spectrum disorder", COMMUNICATION, False),
	("HI", "Hearing impairment", SENSORY, False),
	("VI", "Vision impairment", SENSORY, False),
	("MSI", "Multi-sensory impairment", SENSORY, False),
	("PD", "Physical disability", SENSORY, False),
	("DS", "Down syndrome", COGNITION, False),
	("OTH", "Other difficulty/disability", OTHER, False),
	("NSA", "SEN support but no specialist assessment of type of need", OTHER, True),
)

SEN_SUPPORT = "SEN Support"
EHC_PLAN = "EHC Plan"
MONITORING = "Monitoring"

# School census SEN provision codes: E EHC plan, K SEN support, N no SEN (monitoring is not SEN).
CENSUS_CODES = {SEN_SUPPORT: "K", EHC_PLAN: "E", MONITORING: "N"}

SEN_SUPPORT_ONLY = frozenset(code for code, _d, _a, k_only in NEED_TYPES if k_only)


def census_code(provision: str | None) -> str:
	"""The census SEN provision code for a register provision; N when there is none."""
	return CENSUS_CODES.get(provision or "", "N")


def needs_primary(provision: str | None) -> bool:
	"""SEN Support (K) and EHC Plan (E) pupils must have a primary need (DfE census rule)."""
	return census_code(provision) in ("K", "E")


def ranked(needs: list[dict]) -> list[dict]:
	"""Needs sorted by rank (rank 1 = primary need first)."""
	return sorted(needs, key=lambda n: int(n.get("rank") or 0))


def number_blank_ranks(needs: list[dict]) -> None:
	"""Give needs without a rank the next free rank, in row order (in place)."""
	used = {int(n["rank"]) for n in needs if n.get("rank")}
	next_rank = 1
	for need in needs:
		if need.get("rank"):
			continue
		while next_rank in used:
			next_rank += 1
		need["rank"] = next_rank
		used.add(next_rank)


def check_needs(provision: str, needs: list[dict], known_codes=None) -> None:
	"""Check a pupil's ranked needs against the census rules; raise RuleError on the first fault.

	- every row names a need type, known to the site when ``known_codes`` is given;
	- a need appears once; ranks are whole numbers 1..n with no gaps or repeats;
	- SEN Support and EHC Plan need a rank 1 (primary) need;
	- NSA (no specialist assessment) is for SEN Support only;
	- Monitoring (census N) is not SEN: it carries no SEN need types (write concerns in the summary).
	"""
	if provision == MONITORING and needs:
		raise RuleError(
			_(
				"Needs: a pupil on Monitoring has no SEN (census N) and no SEN need types; note concerns in"
				" the Summary, or put the pupil on SEN Support."
			),
			field="needs",
		)
	seen = set()
	for row_no, need in enumerate(needs, start=1):
		code = need.get("need_type")
		if not code:
			raise RuleError(_("Needs row {0}: Need Type is required."), row_no, field="needs")
		if known_codes is not None and code not in known_codes:
			raise RuleError(_("Needs row {0}: {1} is not a SEN Need Type."), row_no, code, field="needs")
		if code in seen:
			raise RuleError(_("Needs: {0} is listed more than once."), code, field="needs")
		seen.add(code)

	ranks = [int(n.get("rank") or 0) for n in needs]
	for rank in ranks:
		if rank < 1:
			raise RuleError(_("Needs: Rank must be 1 or more, not {0}."), rank, field="needs")
		if ranks.count(rank) > 1:
			raise RuleError(_("Needs: Rank {0} is used more than once."), rank, field="needs")
	if sorted(ranks) != list(range(1, len(ranks) + 1)):
		raise RuleError(
			_("Needs: Ranks must run from 1 to {0} without gaps; found {1}."),
			len(ranks),
			", ".join(str(r) for r in sorted(ranks)),
			field="needs",
		)

	if needs_primary(provision) and not needs:
		raise RuleError(
			_("Needs: a pupil on {0} must have a primary need (rank 1)."), provision, field="needs"
		)
	for code in seen & SEN_SUPPORT_ONLY:
		if provision != SEN_SUPPORT:
			raise RuleError(
				_("Needs: {0} can only be recorded for SEN Support, not {1}."),
				code,
				provision,
				field="needs",
			)


def counted_needs(provision: str | None, needs: list):
	"""The needs that count in K and E figures, charts and returns: none for a pupil without SEN
	(Monitoring, census N), whatever an older record or history row still holds."""
	return needs if needs_primary(provision) else []


def primary_and_secondary(needs: list[dict]) -> tuple[str | None, str | None]:
	"""The rank 1 and rank 2 need codes (None where absent)."""
	codes = [n.get("need_type") for n in ranked(needs)]
	return (codes[0] if codes else None, codes[1] if len(codes) > 1 else None)


def needs_text(needs: list[dict]) -> str:
	"""Need codes in rank order, comma separated: the form kept in the register history."""
	return ", ".join(n["need_type"] for n in ranked(needs) if n.get("need_type"))


def split_needs_text(text: str | None) -> list[str]:
	"""Inverse of needs_text."""
	return [code.strip() for code in (text or "").split(",") if code.strip()]
