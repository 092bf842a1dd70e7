"""Frappe's re-check of a report's rows against the reader's User Permissions, made per column.

After a Script Report returns, Frappe v15 (``frappe.desk.query_report.generate_report_result``) runs
``get_filtered_data``: for a reader with User Permissions it calls ``has_match`` once per row, which
for every linked doctype's match filters walks every Link column of the row, calling
``has_unrestricted_read_access`` (request-cached, but still a call) for each cell and
``frappe.db.exists`` for each cell outside the reader's permitted values. At trust scale that is
about half the SEND Register's time, for a check whose outcome depends on each cell alone.

``filtered_data`` gives the same rows from the same inputs with the work done per column: Frappe's
own helpers read the linked columns, match filters, shares and owner rule as before; then for each
match filter and column the distinct values are checked once (``exists`` once per distinct value
outside the permitted ones) and ``has_unrestricted_read_access`` once, and a row is dropped exactly
when ``has_match`` would drop it. It is used only

- for the app's own reports (module SEND) run through the desk's route (``run_report`` in
  ``guarded_methods`` sets ``frappe.flags.senco_report_rows`` around the run) or prepared by the
  background worker (the ``before_job`` hook sets it for that job), and
- while the source of Frappe's ``get_filtered_data`` and ``has_match`` is the source it was written
  from (``FRAPPE_SOURCE``): if Frappe changes or drops either, Frappe's own function runs;

and it hands the rows to Frappe's function whenever a case falls outside what it reproduces (a row
that is not a dict, a Link cell that is not text, the "if owner" report rule on a User column).
tests/test_report_rows.py feeds the same rows to both, as a one-school, a trust and an unrestricted
reader, and checks the output is identical.
"""

import hashlib
import inspect

import frappe

# sha256 of the source of frappe.desk.query_report.get_filtered_data followed by has_match (Frappe 15)
FRAPPE_SOURCE = "827aa693ac7dc2dd4647233e31e3fb505e741fb4132045d77c6f303e5fc4acb6"
# sha256 of the source of frappe.desk.query_report.get_linked_doctypes (Frappe 15)
FRAPPE_LINKED_SOURCE = "8830ef31035823019528ab4a1061a08ac7130cc3e586725be761df989a11e1ca"

_frappe_get_filtered_data = None


def source_digest(*functions) -> str | None:
	"""sha256 of the source of ``functions``, one after the other; None if any is missing or has no
	source to read."""
	if not all(functions):
		return None
	try:
		source = "".join(inspect.getsource(function) for function in functions)
	except (OSError, TypeError):
		return None
	return hashlib.sha256(source.encode()).hexdigest()


def frappe_source_digest() -> str | None:
	"""The digest of Frappe's ``get_filtered_data`` and ``has_match`` as they are now."""
	from frappe.desk import query_report

	original = _frappe_get_filtered_data or getattr(query_report, "get_filtered_data", None)
	return source_digest(original, getattr(query_report, "has_match", None))


def linked_source_digest() -> str | None:
	"""The digest of Frappe's ``get_linked_doctypes`` as it is now."""
	from frappe.desk import query_report

	return source_digest(getattr(query_report, "get_linked_doctypes", None))


def replicates_frappe() -> bool:
	"""Is Frappe's re-check the one ``filtered_data`` reproduces? (Once per process.)"""
	global _replicates
	if _replicates is None:
		_replicates = frappe_source_digest() == FRAPPE_SOURCE
	return _replicates


def replicates_linked_doctypes() -> bool:
	"""Is Frappe's ``get_linked_doctypes`` the one ``linked_doctypes`` reproduces? (Once per process.)"""
	global _replicates_linked
	if _replicates_linked is None:
		_replicates_linked = linked_source_digest() == FRAPPE_LINKED_SOURCE
	return _replicates_linked


_replicates = _replicates_linked = None


def dispatch(name: str, arity: int, replicates, ours):
	"""Put a dispatcher in place of Frappe's ``frappe.desk.query_report.<name>`` (once per process)
	and return Frappe's function (None when it is missing or the dispatcher is in place already).
	During a run of one of the app's reports (``frappe.flags.senco_report_rows``), called with its
	``arity`` positional arguments alone and while ``replicates()`` (Frappe's code is the one
	reproduced), the dispatcher calls ``ours`` with them; otherwise Frappe's function, unchanged.
	``replicates`` and ``ours`` are called as they are at the time of the call."""
	from frappe.desk import query_report

	current = getattr(query_report, name, None)
	if current is None or getattr(current, "senco_dispatch", False):
		return None

	def dispatcher(*args, **kwargs):
		if frappe.flags.senco_report_rows and len(args) == arity and not kwargs and replicates():
			return ours(*args)
		return current(*args, **kwargs)

	dispatcher.senco_dispatch = True
	dispatcher.__name__, dispatcher.__doc__ = current.__name__, current.__doc__
	setattr(query_report, name, dispatcher)
	return current


def install():
	"""Put the dispatcher in place of Frappe's ``get_filtered_data`` (once per process). Outside a
	SEND report run through ``run_report`` it calls Frappe's function unchanged."""
	global _frappe_get_filtered_data
	current = dispatch(
		"get_filtered_data",
		4,
		lambda: replicates_frappe(),
		lambda ref_doctype, columns, data, user: filtered_data(ref_doctype, columns, data, user),
	)
	if current:
		_frappe_get_filtered_data = current


PREPARED_JOB = "frappe.core.doctype.prepared_report.prepared_report.generate_report"


def before_job(method: str | None = None, kwargs: dict | None = None, **_):
	"""before_job hook: the background worker's run of a prepared report of the app's own (module
	SEND) uses the per-column re-check, as the desk's route does (``run_report``)."""
	if method != PREPARED_JOB or not isinstance(kwargs, dict):
		return
	report = frappe.db.get_value("Prepared Report", kwargs.get("prepared_report"), "report_name")
	if report and frappe.get_cached_value("Report", report, "module") == "SEND":
		install()
		frappe.flags.senco_report_rows = True


def after_job(method: str | None = None, **_):
	"""after_job hook: the next job in this worker starts without the switch."""
	if method == PREPARED_JOB:
		frappe.flags.senco_report_rows = None


def frappe_filtered_data(ref_doctype, columns, data, user):
	"""Frappe's own ``get_filtered_data`` (the original, whether or not the dispatcher is in place)."""
	from frappe.desk import query_report

	return (_frappe_get_filtered_data or query_report.get_filtered_data)(ref_doctype, columns, data, user)


def filtered_data(ref_doctype, columns, data, user):
	"""The rows of ``data`` Frappe's ``get_filtered_data`` keeps, in order, worked out per column."""
	from frappe.desk import query_report as qr

	data = list(data)
	if not all(isinstance(row, dict) for row in data):
		return frappe_filtered_data(ref_doctype, columns, data, user)
	linked_doctypes = (
		linked_doctypes_of(columns, data)
		if replicates_linked_doctypes()
		else qr.get_linked_doctypes(columns, data)
	)
	match_filters_per_doctype = qr.get_user_match_filters(linked_doctypes, user=user)
	shared = frappe.share.get_shared(ref_doctype, user)
	columns_dict = qr.get_columns_dict(columns)
	role_permissions = qr.get_role_permissions(frappe.get_meta(ref_doctype), user)
	if_owner = role_permissions.get("if_owner", {}).get("report")

	if not match_filters_per_doctype:
		return list(data)
	if if_owner and ref_doctype in match_filters_per_doctype and "User" in linked_doctypes:
		# the owner of a row passes on their own rows: Frappe reads that cell row by row
		return frappe_filtered_data(ref_doctype, columns, data, user)

	# the Link columns has_match checks (an owner column is passed over), in its order
	checked = [
		(dt, key)
		for dt, key in linked_doctypes.items()
		if not (dt == "User" and columns_dict[key] == columns_dict.get("owner"))
	]
	values = {}
	for _dt, key in checked:
		column_values = {row.get(key) for row in data}
		if not all(v is None or isinstance(v, str) for v in column_values):
			return frappe_filtered_data(ref_doctype, columns, data, user)
		values[key] = column_values

	# a row passes a set of match filters when none of its cells is outside them (a value of a
	# record that exists and is not among the permitted ones), and the session user has unrestricted
	# read access on the report's doctype (has_match asks after each cell; the answer is the same)
	unrestricted = (
		qr.has_unrestricted_read_access(doctype=ref_doctype, user=frappe.session.user) if checked else True
	)
	exists = {}

	def outside(dt, permitted, value) -> bool:
		if value in permitted:
			return False
		if (dt, value) not in exists:
			exists[(dt, value)] = bool(frappe.db.exists(dt, value))
		return exists[(dt, value)]

	everyone = frozenset(range(len(data)))
	failing = {}  # id of a set of match filters -> positions of the rows that fail it

	def rows_failing(match_filters) -> frozenset:
		if id(match_filters) not in failing:
			if not unrestricted:
				failing[id(match_filters)] = everyone
			else:
				rows = set()
				for dt, key in checked:
					if dt not in match_filters:
						continue
					permitted = match_filters.get(dt)
					bad = {v for v in values[key] if outside(dt, permitted, v)}
					if bad:
						rows.update(i for i, row in enumerate(data) if row.get(key) in bad)
				failing[id(match_filters)] = frozenset(rows)
		return failing[id(match_filters)]

	# a row must pass, for every linked doctype with match filters, one of that doctype's sets
	dropped = set()
	for filter_list in match_filters_per_doctype.values():
		fails_all = set(everyone)
		for match_filters in filter_list:
			fails_all &= rows_failing(match_filters)
			if not fails_all:
				break
		dropped |= fails_all
	if not dropped:
		return list(data)

	ref_key = linked_doctypes.get(ref_doctype)
	by_share = bool(ref_key and shared)
	return [
		row
		for i, row in enumerate(data)
		if i not in dropped or not row or (by_share and row.get(ref_key) in shared)
	]


def linked_doctypes_of(columns, data) -> dict:
	"""What Frappe's ``get_linked_doctypes`` returns for dict rows: each Link column's doctype and
	fieldname, less the columns with no value in any row it looks at. Frappe keeps the columns seen
	with a value in a list and tests each cell against it; this keeps them in a set, and looks at
	the same rows (Frappe passes over a row with as many cells as columns seen so far)."""
	from frappe.desk import query_report as qr

	columns_dict = qr.get_columns_dict(columns)
	linked = {}
	for idx in range(len(columns)):
		df = columns_dict[idx]
		if df.get("fieldtype") == "Link":
			linked[df["options"]] = df["fieldname"]
	seen = set()
	for row in data:
		if row and len(row) != len(seen):
			seen.update(col for col, val in row.items() if val)
	return {doctype: key for doctype, key in linked.items() if key in seen}
