"""School identifiers kept with each school (DfE Get Information About Schools formats)."""

import re

from . import RuleError
from . import _


def check_identifiers(la_code: str | None, establishment_number: str | None, urn: str | None) -> None:
	"""LA code is 3 digits, establishment number 4 digits, URN 6 digits (each optional)."""
	for value, digits, label, field in (
		(la_code, 3, _("LA Code"), "send_la_code"),
		(establishment_number, 4, _("Establishment Number"), "send_establishment_number"),
		(urn, 6, _("URN"), "send_urn"),
	):
		if value and not re.fullmatch(rf"\d{{{digits}}}", value.strip()):
			raise RuleError(_("{0} must be {1} digits, not {2}."), label, digits, value, field=field)
