"""App-structure tests: they read the app's files (no Frappe needed) and check that every doctype,
report, hook, patch and fixture is well formed and points at something that exists."""

import ast
import json
import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "senco_app"
MODULE = APP / "send"

# Frappe v15/v16 field types
FIELDTYPES = {
	"Autocomplete",
	"Attach",
	"Attach Image",
	"Barcode",
	"Button",
	"Check",
	"Code",
	"Color",
	"Column Break",
	"Currency",
	"Data",
	"Date",
	"Datetime",
	"Duration",
	"Dynamic Link",
	"Float",
	"Fold",
	"Geolocation",
	"Heading",
	"HTML",
	"HTML Editor",
	"Icon",
	"Image",
	"Int",
	"JSON",
	"Link",
	"Long Text",
	"Markdown Editor",
	"Password",
	"Percent",
	"Phone",
	"Read Only",
	"Rating",
	"Section Break",
	"Select",
	"Signature",
	"Small Text",
	"Tab Break",
	"Table",
	"Table MultiSelect",
	"Text",
	"Text Editor",
	"Time",
}
NO_VALUE = {"Section Break", "Column Break", "Tab Break", "HTML", "Button", "Fold", "Heading", "Image"}

# Doctypes of Frappe, ERPNext and Education this app links to. With a bench present each is also
# checked against the bench's own apps.
EXTERNAL_DOCTYPES = {
	"Student",
	"Guardian",
	"Program",
	"Program Enrollment",
	"Student Group",
	"Instructor",
	"Academic Year",
	"Academic Term",
	"Company",
	"Employee",
	"Designation",
	"User",
	"Role",
	"Contact",
	"Address",
	"Currency",
	"File",
	"Gender",
}
SEND_ROLES = {"SENCO", "SEND Staff", "SEND Office", "SEND Viewer", "SEND Governor"}


def scrub(name):
	return name.lower().replace(" ", "_").replace("-", "_")


def load_doctypes():
	found = {}
	for path in sorted((MODULE / "doctype").glob("*/*.json")):
		if path.stem == path.parent.name:
			found[path] = json.loads(path.read_text())
	return found


DOCTYPES = load_doctypes()
NAMES = {d["name"]: d for d in DOCTYPES.values()}
REPORTS = sorted(p for p in (MODULE / "report").glob("*/*.json") if p.stem == p.parent.name)


def bench_apps():
	bench = Path(os.environ.get("SENCO_BENCH", "/opt/frappe-bench"))
	apps = bench / "apps"
	return apps if apps.is_dir() else None


def test_there_are_doctypes_and_reports():
	assert len(DOCTYPES) >= 5
	assert REPORTS


@pytest.mark.parametrize("path", DOCTYPES, ids=lambda p: p.parent.name)
def test_doctype_json_is_well_formed(path):
	d = DOCTYPES[path]
	assert d["doctype"] == "DocType"
	assert d["module"] == "SEND"
	assert scrub(d["name"]) == path.parent.name
	fieldnames = [f["fieldname"] for f in d["fields"]]
	assert len(fieldnames) == len(set(fieldnames)), "duplicate fieldnames"
	assert d.get("field_order", fieldnames) == fieldnames
	for f in d["fields"]:
		assert f["fieldtype"] in FIELDTYPES, f
		assert re.fullmatch(r"[a-z][a-z0-9_]*", f["fieldname"]), f["fieldname"]
		if f["fieldtype"] in ("Link", "Table", "Table MultiSelect"):
			assert f.get("options"), f"{f['fieldname']} has no target"
		if f["fieldtype"] == "Select" and f.get("default"):
			assert f["default"] in f["options"].split("\n"), f["fieldname"]
	if not d.get("istable"):
		assert d.get("track_changes") == 1, "SEND data keeps an audit trail"
		roles = {p["role"] for p in d["permissions"]}
		assert roles & SEND_ROLES or roles == {"System Manager"}
		for p in d["permissions"]:
			if p.get("permlevel", 0) > 0:
				assert p["role"] == "SENCO", "confidential fields are for the SENCO only"


@pytest.mark.parametrize("path", DOCTYPES, ids=lambda p: p.parent.name)
def test_controller_exists_with_frappes_class_name(path):
	d = DOCTYPES[path]
	py = path.with_suffix(".py")
	assert py.exists()
	classes = {n.name for n in ast.parse(py.read_text()).body if isinstance(n, ast.ClassDef)}
	assert d["name"].replace(" ", "").replace("-", "") in classes


# What Frappe's type exporter (frappe/types/exporter.py) writes for a field
NOT_NULLABLE = {
	"Check",
	"Currency",
	"Float",
	"Int",
	"Percent",
	"Rating",
	"Select",
	"Table",
	"Table MultiSelect",
}
NO_TYPE = NO_VALUE | {"Geolocation", "Icon", "Signature"}


def exported_type(field) -> str:
	fieldtype = field["fieldtype"]
	if fieldtype == "Select":
		options = field.get("options")
		annotation = f"DF.Literal{[o.strip() for o in options.split(chr(10))] if options else [None]}"
	elif fieldtype in ("Table", "Table MultiSelect"):
		annotation = f"DF.{fieldtype.replace(' ', '')}[{field['options'].replace(' ', '').replace('-', '')}]"
	else:
		annotation = f"DF.{fieldtype.replace(' ', '')}"
	if fieldtype not in NOT_NULLABLE and not field.get("reqd"):
		annotation += " | None"
	return ast.unparse(ast.parse(annotation))


@pytest.mark.parametrize("path", DOCTYPES, ids=lambda p: p.parent.name)
def test_controller_types_match_the_doctype(path):
	"""The "auto-generated types" block is the doctype as it is now (regenerate: scripts/export-types)."""
	d = DOCTYPES[path]
	expected = {f["fieldname"]: exported_type(f) for f in d["fields"] if f["fieldtype"] not in NO_TYPE}
	if d.get("istable"):
		expected |= dict.fromkeys(("parent", "parentfield", "parenttype"), "DF.Data")
	if d.get("autoname") == "autoincrement":
		expected["name"] = "DF.Int | None"
	tree = ast.parse(path.with_suffix(".py").read_text())
	cls = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == d["name"].replace(" ", ""))
	block = next(
		(n for n in cls.body if isinstance(n, ast.If) and ast.unparse(n.test) == "TYPE_CHECKING"), None
	)
	assert block, "no auto-generated types block"
	found = {n.target.id: ast.unparse(n.annotation) for n in block.body if isinstance(n, ast.AnnAssign)}
	assert found == expected


@pytest.mark.parametrize("path", DOCTYPES, ids=lambda p: p.parent.name)
def test_link_and_table_targets_are_known(path):
	for f in DOCTYPES[path]["fields"]:
		target = f.get("options")
		if f["fieldtype"] == "Link":
			assert target in NAMES or target in EXTERNAL_DOCTYPES, f"{f['fieldname']} -> {target}"
		elif f["fieldtype"] in ("Table", "Table MultiSelect"):
			assert target in NAMES and NAMES[target].get("istable"), f"{f['fieldname']} -> {target}"


def test_external_doctypes_exist_in_the_bench():
	apps = bench_apps()
	if apps is None:
		pytest.skip("no Frappe bench: external doctypes checked against the known list only")
	missing = []
	for name in EXTERNAL_DOCTYPES:
		if not list(apps.glob(f"*/*/*/doctype/{scrub(name)}/{scrub(name)}.json")):
			missing.append(name)
	assert not missing


@pytest.mark.parametrize("path", DOCTYPES, ids=lambda p: p.parent.name)
def test_every_doctype_but_child_tables_has_a_test_file(path):
	if DOCTYPES[path].get("istable"):
		return
	assert (path.parent / f"test_{path.parent.name}.py").exists()


# The fieldtypes Frappe's report view shows: Report Column's select options, and Percent, which the
# report view formats though the select does not list it (script_report explains).
REPORT_COLUMN_TYPES = {"Check", "Currency", "Data", "Date", "Float", "Int", "Link", "Percent"}


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.parent.name)
def test_report_declares_its_columns_once_in_its_json(path):
	"""Every report declares the columns it always shows in its JSON (Report Column rows), each
	with a label, a fieldtype the report view shows, a Link's doctype, room for a date, and a
	fieldname used once; its code reads them with declared_columns and writes none of them again."""
	columns = json.loads(path.read_text())["columns"]
	assert columns
	fieldnames = [c["fieldname"] for c in columns]
	assert len(fieldnames) == len(set(fieldnames)), fieldnames
	for c in columns:
		assert set(c) <= {"fieldname", "label", "fieldtype", "options", "width"}, c
		assert c["label"] and c["width"] > 0, c
		assert c["fieldtype"] in REPORT_COLUMN_TYPES, c
		if c["fieldtype"] == "Link":
			assert c.get("options") in NAMES or c.get("options") in EXTERNAL_DOCTYPES | {"Company", "User"}, c
		if c["fieldtype"] == "Currency":
			assert c.get("options") == "GBP", c
		if c["fieldtype"] == "Date":
			assert c["width"] >= 110, c
	code = path.with_suffix(".py").read_text()
	assert re.search(r"(declared|roll_share)_columns\(\s*__file__", code)
	for fieldname in fieldnames:
		assert f'"{fieldname}", _(' not in code, fieldname


def test_babel_reads_report_column_labels():
	"""babel_extractors.csv sends report JSON to the app's extractor, which yields the report's name
	and every declared column label, so the labels reach the app's translation template."""
	from senco_app.translation import extract

	assert "**/report/*/*.json,senco_app.translation.extract" in (ROOT / "babel_extractors.csv").read_text()
	for path in REPORTS:
		r = json.loads(path.read_text())
		with path.open("rb") as f:
			messages = [m[2] for m in extract(f)]
		assert messages == [r["report_name"], *(c["label"] for c in r["columns"])]


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.parent.name)
def test_report_is_a_script_report_with_code_filters_and_a_test(path):
	r = json.loads(path.read_text())
	assert r["report_type"] == "Script Report"
	assert r["is_standard"] == "Yes"
	assert r["module"] == "SEND"
	assert scrub(r["name"]) == path.parent.name
	assert r["ref_doctype"] in NAMES or r["ref_doctype"] in EXTERNAL_DOCTYPES
	assert {role["role"] for role in r["roles"]} <= SEND_ROLES | {"System Manager"}
	py = path.with_suffix(".py")
	assert "execute" in {n.name for n in ast.parse(py.read_text()).body if isinstance(n, ast.FunctionDef)}
	assert f'frappe.query_reports["{r["name"]}"]' in path.with_suffix(".js").read_text()
	assert (path.parent / f"test_{path.parent.name}.py").exists()


# A report declares its filters once, in FILTERS beside execute (fieldname: default, None for none;
# senco_app/send/report/script_report.py reads them): its .js must list the same filters in the same
# order, one a line with the default last, each default the JS form of the declared one.
JS_FILTER = re.compile(r'^\s*\{\s*fieldname:\s*"(?P<fieldname>\w+)"(?P<rest>.*)\},?\s*$')
JS_DEFAULT = re.compile(r"\bdefault:\s*(?P<default>.+?)\s*$")
MONTHS_BEFORE = re.compile(r"(\d+) months before (\w+)")
SCHOOL_YEAR_START_JS = (
	"(() => { const t = frappe.datetime.str_to_obj(frappe.datetime.get_today()); "
	"const y = t.getMonth() >= 8 ? t.getFullYear() : t.getFullYear() - 1; "
	'return y + "-09-01"; })()'
)


def declared_filters(py: Path) -> dict:
	for node in ast.parse(py.read_text()).body:
		if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "FILTERS" for t in node.targets):
			return ast.literal_eval(node.value)
	raise AssertionError(f"{py.name} declares no FILTERS")


def js_filters(js: Path) -> dict:
	block = re.search(r"^\tfilters: \[\n(?P<body>.*?)^\t\],", js.read_text(), re.S | re.M)
	assert block, f"{js.name}: no filters: [ ... ] block"
	found = {}
	for line in filter(str.strip, block["body"].splitlines()):
		match = JS_FILTER.match(line)
		assert match, f"{js.name}: write one filter a line, its default last: {line.strip()}"
		default = JS_DEFAULT.search(match["rest"])
		found[match["fieldname"]] = default["default"] if default else None
	return found


def js_default(default, declared: dict) -> str:
	"""How a declared default is written in the report's .js."""
	if isinstance(default, int):
		return str(default)
	if default == "Today":
		return "frappe.datetime.get_today()"
	if default == "School year start":
		return SCHOOL_YEAR_START_JS
	if months_before := MONTHS_BEFORE.fullmatch(default):
		months, anchor = months_before.groups()
		assert declared.get(anchor) == "Today", f"{default}: {anchor} must default to Today"
		return f"frappe.datetime.add_months({js_default(declared[anchor], declared)}, -{months})"
	return json.dumps(default)


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.parent.name)
def test_report_js_filters_match_the_declared_filters_and_defaults(path):
	declared = declared_filters(path.with_suffix(".py"))
	assert next(iter(declared)) == "school" and declared["school"] is None, "school or trust comes first"
	expected = {name: None if d is None else js_default(d, declared) for name, d in declared.items()}
	assert js_filters(path.with_suffix(".js")) == expected
	assert list(js_filters(path.with_suffix(".js"))) == list(expected), "the same order"


def test_no_module_is_named_like_a_rule_module():
	"""A module name used once: ``from senco_app.rules import ehcp`` and another ``ehcp`` make every
	import a riddle."""
	rules = {p.stem for p in (APP / "rules").glob("*.py")} - {"__init__"}
	clashes = [p for p in APP.rglob("*.py") if p.parent != APP / "rules" and p.stem in rules]
	assert not clashes


def resolve(dotted):
	"""A dotted path to a function defined in this app's files."""
	module, _, attr = dotted.rpartition(".")
	parts = module.split(".")
	assert parts[0] == "senco_app", dotted
	base = ROOT.joinpath(*parts)
	file = base.with_suffix(".py") if base.with_suffix(".py").exists() else base / "__init__.py"
	assert file.exists(), f"{dotted}: no module {module}"
	tree = ast.parse(file.read_text())
	names = {n.name for n in tree.body if isinstance(n, ast.FunctionDef | ast.ClassDef)}
	names |= {
		t.id for n in tree.body if isinstance(n, ast.Assign) for t in n.targets if isinstance(t, ast.Name)
	}
	assert attr in names, f"{dotted}: {attr} not defined in {file.relative_to(ROOT)}"


def hooks():
	namespace = {}
	exec(compile((APP / "hooks.py").read_text(), "hooks.py", "exec"), namespace)
	return namespace


def dotted_paths(value):
	if isinstance(value, str):
		if value.startswith("senco_app."):
			yield value
	elif isinstance(value, dict):
		for v in value.values():
			yield from dotted_paths(v)
	elif isinstance(value, list | tuple):
		for v in value:
			yield from dotted_paths(v)


def test_hooks_resolve():
	h = hooks()
	assert h["app_name"] == "senco_app"
	assert h["required_apps"] == ["frappe/education"]
	assert h["export_python_type_annotations"] is True
	paths = set()
	for key in (
		"permission_query_conditions",
		"has_permission",
		"doc_events",
		"before_install",
		"after_install",
		"after_migrate",
		"before_uninstall",
		"after_uninstall",
		"before_tests",
		"scheduler_events",
		"override_doctype_dashboards",
		"jinja",
	):
		paths |= set(dotted_paths(h.get(key)))
	assert paths
	for path in sorted(paths):
		resolve(path)


def test_every_doctype_with_a_school_follows_the_school_rule():
	h = hooks()
	for d in DOCTYPES.values():
		if any(
			f["fieldname"] == "school" and f.get("options") == "Company" for f in d["fields"]
		) and not d.get("istable"):
			assert d["name"] in h["permission_query_conditions"], d["name"]
			assert d["name"] in h["has_permission"], d["name"]


def test_patches_resolve():
	lines = [line.strip() for line in (APP / "patches.txt").read_text().splitlines()]
	patches = [line.split()[0] for line in lines if line and not line.startswith(("#", "["))]
	assert "senco_app.patches.v0_1.set_student_school" in patches  # the list is read, not skipped
	for patch in patches:
		resolve(patch + ".execute")


def test_fixtures_are_valid_and_their_links_are_known():
	for path in (APP / "fixtures").glob("*.json"):
		docs = json.loads(path.read_text())
		assert docs and all(d.get("doctype") for d in docs)
	for field in json.loads((APP / "fixtures" / "custom_field.json").read_text()):
		assert field["dt"] in EXTERNAL_DOCTYPES
		assert field["module"] == "SEND"
		assert field["fieldtype"] in FIELDTYPES
		assert field["name"] == f"{field['dt']}-{field['fieldname']}"
		if field["fieldtype"] == "Link":
			assert field["options"] in EXTERNAL_DOCTYPES | set(NAMES)
	roles = {d["name"] for d in json.loads((APP / "fixtures" / "role.json").read_text())}
	assert roles == SEND_ROLES
	for name in ("notification.json", "send_provision.json"):
		assert json.loads((APP / "setup_data" / name).read_text())
	profiles = json.loads((APP / "setup_data" / "role_profile.json").read_text())
	assert {p["name"]: [r["role"] for r in p["roles"]] for p in profiles} == {r: [r] for r in SEND_ROLES}


def test_workspace_links_every_doctype_and_report():
	workspace = json.loads((MODULE / "workspace" / "send" / "send.json").read_text())
	linked = {l["link_to"] for l in workspace["links"] if l["type"] == "Link"}
	doctypes = {d["name"] for d in DOCTYPES.values() if not d.get("istable") and not d.get("issingle")} | {
		"SEND Settings"
	}
	reports = {json.loads(p.read_text())["name"] for p in REPORTS}
	assert doctypes | reports <= linked, (doctypes | reports) - linked


def test_workspace_blocks_name_their_rows():
	"""The desk draws a content block only when its name is the label of a row of its kind (a
	number card block names a Number Card row's label, not the card's name)."""
	workspace = json.loads((MODULE / "workspace" / "send" / "send.json").read_text())
	rows = {
		"number_card": ("number_card_name", {r["label"] for r in workspace["number_cards"]}),
		"shortcut": ("shortcut_name", {r["label"] for r in workspace["shortcuts"]}),
		"card": ("card_name", {l["label"] for l in workspace["links"] if l["type"] == "Card Break"}),
	}
	blocks = json.loads(workspace["content"])
	for block in blocks:
		if block["type"] in rows:
			key, labels = rows[block["type"]]
			assert block["data"][key] in labels, (block["type"], block["data"][key])
	for kind, (key, labels) in rows.items():
		assert labels == {b["data"][key] for b in blocks if b["type"] == kind}, kind


def test_links_to_plans_and_reviews_show_their_ids():
	"""A link to a plan or review ("Active Plan", "Plan Reviewed") names the plan, not the pupil (whose
	name its title is); a link to a register record names the pupil."""
	by_name = {d["name"]: d for d in DOCTYPES.values()}
	for doctype in ("Individual Education Plan", "SEND Review", "EHC Plan"):
		assert not by_name[doctype].get("show_title_field_in_link"), doctype
	assert by_name["SEND Record"].get("show_title_field_in_link")


def test_forms_print_in_their_own_format():
	"""The printer icon opens a SEND form's own print format, not Standard."""
	formats = {
		json.loads(p.read_text())["doc_type"]: json.loads(p.read_text())["name"]
		for p in (MODULE / "print_format").glob("*/*.json")
	}
	by_name = {d["name"]: d for d in DOCTYPES.values()}
	for doctype, print_format in formats.items():
		assert by_name[doctype].get("default_print_format") == print_format, doctype


def test_modules_txt():
	assert (APP / "modules.txt").read_text().split() == ["SEND"]


def test_rule_modules_do_not_import_frappe():
	for path in (APP / "rules").glob("*.py"):
		tree = ast.parse(path.read_text())
		for node in ast.walk(tree):
			if isinstance(node, ast.Import):
				assert not any(a.name.split(".")[0] == "frappe" for a in node.names), path.name
			if isinstance(node, ast.ImportFrom) and node.module:
				assert node.module.split(".")[0] != "frappe", path.name


def test_no_fetched_framework_code_in_the_repository():
	for name in ("frappe", "erpnext", "education"):
		assert not (ROOT / name).exists()
		assert not (ROOT / "apps" / name).exists()


# One source of truth (issue 10, item 3)

# Select fields and the rule tuples that list the same choices: equal, in the same order. (Tuples
# nothing read are gone: the doctype JSON holds those choices.)
SELECT_MIRRORS = {
	"resources.CATEGORIES": ["SEND Resource.category"],
	"resources.CONDITIONS": [
		"SEND Resource.condition",
		"SEND Resource Loan.condition_out",
		"SEND Resource Loan.condition_in",
	],
	"resources.STATUSES": ["SEND Resource.status"],
	"support.SUPPORT_TYPES": ["Support Allocation.support_type"],
	"funding.FUNDING_TYPES": ["Funding Application.funding_type"],
	"funding.STATUSES": ["Funding Application.status"],
	"exam_arrangements.ARRANGEMENTS": ["Access Arrangement Item.arrangement"],
	"staff_development.TRAINING_KINDS": ["SEND Training Record.kind"],
	"staff_development.TRAINING_STATUSES": ["SEND Training Record.status"],
	"staff_development.VISIT_TYPES": ["SEND Teaching Monitoring.visit_type"],
	"staff_development.ACTION_STATUSES": ["SEND Monitoring Action.status"],
	"early_years.CHECK_TYPES": ["Early Years Check.check_type"],
	"early_years.AREAS": ["Early Years Check Area.area"],
	"early_years.OUTCOMES": ["Early Years Check Area.outcome"],
	"accessibility.ADJUSTMENT_AREAS": ["Reasonable Adjustment.area"],
	"accessibility.PLAN_AREAS": ["Accessibility Plan Action.area"],
	"accessibility.STATUSES": ["Accessibility Plan Action.status"],
	"agencies.CONTACT_TYPES": ["SEND Contact Log.contact_type"],
	"census.TERMS": ["Census Return.census_term"],
	"ehcp.PERIODS": ["EHC Plan.top_up_period"],
	"ehcp.APPEAL_DECISIONS": ["EHC Plan.appeal_decision"],
	"needs.BROAD_AREAS": [
		"SEN Need Type.broad_area",
		"SEND Provision.area_of_need",
		"IEP Target.area_of_need",
		"EHC Plan Outcome.area_of_need",
	],
	"needs.CENSUS_CODES": ["SEND Record.sen_provision"],
	"reviews.OUTCOMES": ["IEP Target.outcome", "SEND Review Target.outcome"],
	"statutory.SCHOOL_PHASES": ["Company.send_phase"],
}
# Rule tuples that name some of a Select field's choices (a rule about those choices).
SELECT_SUBSETS = {
	"census.CENSUS_DAYS": "Census Return.census_term",
	"agencies.STATUS_ORDER": "Agency Referral.status",
	"agencies.END_STATES": "Agency Referral.status",
	"agencies.PARENT_MEETING_TYPES": "SEND Contact Log.contact_type",
	"ehcp.OPEN_STATUSES": "EHC Plan.status",
	"ehcp.CLOSED_STATUSES": "EHC Plan.status",
	"statutory.LEAVING_YEARS": "Company.send_phase",
	"pupil_context.SEN_PROVISION": "SEND Record.sen_provision",
	"funding.AWARDED": "Funding Application.status",
	"funding.UNDECIDED": "Funding Application.status",
	"ehcp.E_STATUSES": "EHC Plan.status",
	"early_years.PRIME_AREAS": "Early Years Check Area.area",
	"early_years.SPECIFIC_AREAS": "Early Years Check Area.area",
	"early_years.CONCERN_OUTCOMES": "Early Years Check Area.outcome",
	"early_years.CHECK_OUTCOMES": "Early Years Check.check_type",
	"early_years.REQUIRED_AREAS": "Early Years Check.check_type",
}


def select_options() -> dict[str, list[str]]:
	"""Every Select field of the app (doctypes and custom fields): "DocType.fieldname" -> its
	choices, the blank choice left out."""
	fields = [(d["name"], f) for d in DOCTYPES.values() for f in d["fields"]]
	fields += [(f["dt"], f) for f in json.loads((APP / "fixtures" / "custom_field.json").read_text())]
	return {
		f"{doctype}.{f['fieldname']}": [o for o in (f.get("options") or "").split("\n") if o]
		for doctype, f in fields
		if f["fieldtype"] == "Select"
	}


def rule_collections() -> dict[str, list[str]]:
	"""Module-level tuples, sets and dicts of strings defined (not imported) in the rule modules:
	"module.NAME" -> their values (a dict's keys)."""
	import importlib

	found = {}
	for path in sorted((APP / "rules").glob("*.py")):
		module = importlib.import_module(f"senco_app.rules.{path.stem}")
		assigned = {
			target.id
			for node in ast.parse(path.read_text()).body
			if isinstance(node, ast.Assign | ast.AnnAssign)
			for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
			if isinstance(target, ast.Name)
		}
		for name in sorted(assigned):
			value = getattr(module, name)
			if isinstance(value, tuple | list | set | frozenset | dict) and value:
				values = list(value)
				if all(isinstance(v, str) for v in values):
					found[f"{path.stem}.{name}"] = values
	return found


def test_select_options_and_rule_tuples_are_one_list():
	options, rules = select_options(), rule_collections()
	for rule, fields in SELECT_MIRRORS.items():
		for field in fields:
			assert rules[rule] == options[field], f"{rule} and {field} list different choices"
	for rule, field in SELECT_SUBSETS.items():
		assert set(rules[rule]) <= set(options[field]), f"{rule} names choices {field} does not have"


def test_every_rule_tuple_that_lists_select_choices_is_checked_against_them():
	options, rules = select_options(), rule_collections()
	declared = {(rule, field) for rule, fields in SELECT_MIRRORS.items() for field in fields}
	declared |= set(SELECT_SUBSETS.items())
	unchecked = [
		(rule, field)
		for rule, values in rules.items()
		for field, choices in options.items()
		if len(set(values) & set(choices)) >= 2 and (rule, field) not in declared
	]
	assert not unchecked, "declare these in SELECT_MIRRORS or SELECT_SUBSETS (or drop the tuple)"


def test_ehcp_statuses_are_open_or_closed():
	from senco_app.rules import ehcp

	assert sorted(ehcp.OPEN_STATUSES + ehcp.CLOSED_STATUSES) == sorted(select_options()["EHC Plan.status"])


# SEND Settings defaults: the rule modules' legal defaults are the doctype's
SETTINGS_DEFAULTS = {
	"review_cycle_months": "reviews.REVIEW_CYCLE_MONTHS",
	"parent_meetings_per_year": "reviews.PARENT_MEETINGS_PER_YEAR",
	"ehcp_assess_decision_weeks": "statutory.ASSESS_DECISION_WEEKS",
	"ehcp_issue_decision_weeks": "statutory.ISSUE_DECISION_WEEKS",
	"ehcp_final_plan_weeks": "statutory.FINAL_PLAN_WEEKS",
	"annual_review_months": "statutory.ANNUAL_REVIEW_MONTHS",
	"under_five_review_months": "statutory.UNDER_FIVE_REVIEW_MONTHS",
	"review_notice_weeks": "statutory.INVITATION_WEEKS_BEFORE",
	"review_report_weeks": "statutory.REPORT_WEEKS_AFTER",
	"la_decision_weeks": "statutory.LA_DECISION_WEEKS_AFTER",
	"notional_sen_threshold": "provision.NOTIONAL_THRESHOLD",
}


def test_rule_defaults_are_the_settings_defaults():
	import importlib

	fields = {f["fieldname"]: f for f in NAMES["SEND Settings"]["fields"]}
	for fieldname, constant in SETTINGS_DEFAULTS.items():
		module, name = constant.split(".")
		value = getattr(importlib.import_module(f"senco_app.rules.{module}"), name)
		assert float(fields[fieldname]["default"]) == value, f"{fieldname} default is not {constant}"


def calls_naming(path: Path, text: str):
	"""Calls in a Python file with ``text`` as a literal argument."""
	for node in ast.walk(ast.parse(path.read_text())):
		if isinstance(node, ast.Call) and any(
			isinstance(arg, ast.Constant) and arg.value == text for arg in node.args
		):
			yield node


def is_test_file(path: Path) -> bool:
	return path.name.startswith("test_") or "tests" in path.relative_to(APP).parts


def test_send_settings_are_read_through_the_accessor_only():
	readers = [
		f"{path.relative_to(ROOT)}:{node.lineno}"
		for path in sorted(APP.rglob("*.py"))
		if path != APP / "services" / "settings.py" and not is_test_file(path)
		for node in calls_naming(path, "SEND Settings")
	]
	assert not readers, "read SEND Settings with senco_app.services.settings.send_settings()"


def pupil_doctypes() -> set[str]:
	"""Doctypes whose form has a pupil (a Student link), in the form or in one of its tables."""

	def has_pupil(d):
		return any(f["fieldtype"] == "Link" and f.get("options") == "Student" for f in d["fields"])

	found = set()
	for d in DOCTYPES.values():
		if d.get("istable"):
			continue
		tables = [
			NAMES[f["options"]] for f in d["fields"] if f["fieldtype"] in ("Table", "Table MultiSelect")
		]
		if has_pupil(d) or any(has_pupil(t) for t in tables):
			found.add(d["name"])
	return found


def test_every_form_with_a_pupil_uses_the_one_pupil_query():
	shared = APP / "public" / "js" / "senco_forms.js"
	assert "senco_app.forms.set_pupil_queries = function" in shared.read_text()
	doctype_js = hooks()["doctype_js"]
	assert len(pupil_doctypes()) >= 7
	for name in sorted(pupil_doctypes()):
		assert doctype_js.get(name) == "public/js/senco_forms.js", f"{name}: senco_forms.js not in doctype_js"
		script = MODULE / "doctype" / scrub(name) / f"{scrub(name)}.js"
		assert script.exists(), f"{name} has no form script"
		assert "senco_app.forms.set_pupil_queries(frm)" in script.read_text(), name
	for path in (MODULE / "doctype").glob("*/*.js"):
		assert not re.search(r"set_query\(\s*[\"']student[\"']", path.read_text()), path.name


# Frappe v16 readiness (issue 10, item 7)


def test_no_hard_coded_desk_links():
	suffixes = {".py", ".js", ".html", ".json"}
	found = [
		str(path.relative_to(ROOT))
		for path in sorted(APP.rglob("*"))
		if path.suffix in suffixes and re.search(r"[\"'(=\s]/app(/|[\"'\s])", path.read_text())
	]
	assert not found, "build desk links with Frappe's URL helpers (get_url_to_form, get_link_to_form...)"


def is_whitelist(decorator) -> bool:
	target = decorator.func if isinstance(decorator, ast.Call) else decorator
	return (isinstance(target, ast.Attribute) and target.attr == "whitelist") or (
		isinstance(target, ast.Name) and target.id == "whitelist"
	)


def whitelisted_functions():
	for path in sorted(APP.rglob("*.py")):
		for node in ast.walk(ast.parse(path.read_text())):
			if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and any(
				is_whitelist(d) for d in node.decorator_list
			):
				yield path, node


def unannotated_parameters(function) -> list[str]:
	"""Parameters without a type annotation, as Frappe v16 counts them with
	``require_type_annotated_api_methods``: not self or cls, not *args or **kwargs (passed on as they are)."""
	params = [*function.args.posonlyargs, *function.args.args, *function.args.kwonlyargs]
	if params and params[0].arg in ("self", "cls"):
		params = params[1:]
	return [p.arg for p in params if p.annotation is None]


def test_unannotated_parameters_are_found():
	tree = ast.parse("@frappe.whitelist()\ndef f(self, a: str, b, *args, c=1, **kwargs): pass")
	assert unannotated_parameters(tree.body[0]) == ["b", "c"]
	assert is_whitelist(tree.body[0].decorator_list[0])


def test_every_whitelisted_parameter_is_annotated():
	assert hooks()["require_type_annotated_api_methods"] is True
	functions = list(whitelisted_functions())
	assert len(functions) >= 25  # the search itself works
	bare = [
		f"{path.relative_to(ROOT)}:{function.name}({name})"
		for path, function in functions
		for name in unannotated_parameters(function)
	]
	assert not bare, "annotate every parameter of a whitelisted method"


def test_sql_over_readable_rows_selects_no_confidential_field():
	"""A report that reads in SQL over Frappe's own query of the readable rows
	(``script_report.readable_query``) reads past Frappe's field-level check: get_list drops a
	confidential field (permission level 1 and up) a reader may not see, this SQL would not. So no
	module that calls it may name a confidential field, as a column of an aliased table or as text."""
	secret = {
		field["fieldname"]
		for doctype in DOCTYPES.values()
		for field in doctype["fields"]
		if field.get("permlevel")
		and field.get("fieldtype") not in ("Section Break", "Column Break", "Tab Break")
	}
	assert {"confidential_notes", "child_protection", "report_notes"} <= secret
	callers = [
		path
		for path in sorted(Path(MODULE.parent).rglob("*.py"))
		if "readable_query(" in path.read_text()
		and "/tests/" not in str(path)
		and path.name != "script_report.py"
	]
	assert len(callers) >= 4, callers  # the SEND Register, Reviews Due, Provision Costs, Agency Involvement
	for path in callers:
		source = path.read_text()
		named = set(re.findall(r"\b[a-z]\.`?([a-z_0-9]+)`?", source))
		named |= {
			node.value
			for node in ast.walk(ast.parse(source))
			if isinstance(node, ast.Constant) and isinstance(node.value, str)
		}
		assert not named & secret, (path, named & secret)
