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
	for line in (APP / "patches.txt").read_text().splitlines():
		line = line.strip()
		if not line or line.startswith(("#", "[")):
			continue
		resolve(line.split()[0] + ".execute")


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
