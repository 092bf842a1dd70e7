"""The install test: install, uninstall and install again on a site of its own.

./run-tests runs it with the bench's Python, as the bench's owner, after the integration tests (it
needs a site without senco_app, which the test site is not). It drives ``bench`` in subprocesses
against ``install_test_site`` (created with ERPNext and Education the first time, and dumped; every
run starts from that dump) and checks the site between the steps:

1. the site's cache is built as a bench without senco_app in apps.txt would build it, then
   ``bench install-app senco_app`` must sync the doctypes and run after_install (the bug of
   issue 10: it synced nothing and left a half-installed app);
2. ``bench uninstall-app senco_app`` must leave the other apps' doctypes as they were before the
   install: permissions, custom fields and property setters;
3. an install that fails in after_install must leave the app off the site's list, and
   ``bench install-app senco_app`` must then install it.

Prints one line per step and ends with "install test: passed" or "install test: FAILED: ...";
exits non-zero on failure.
"""

import argparse
import contextlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import frappe

APP = "senco_app"
BENCH = Path(__file__).resolve().parents[3]
SITES = BENCH / "sites"
APP_PATH = BENCH / "apps" / APP / APP


class InstallTestFailed(Exception):
	pass


def main():
	parser = argparse.ArgumentParser()
	parser.add_argument("--site", default="install_test_site")
	parser.add_argument("--db-root-password", default="root")
	parser.add_argument("--admin-password", default="admin")
	args = parser.parse_args()
	os.chdir(SITES)  # frappe.init finds the logs folder from here
	log = Path(tempfile.mkstemp(prefix="senco-install-test-", suffix=".log")[1])
	started = time.monotonic()
	try:
		run(args, log)
	except InstallTestFailed as e:
		lines = log.read_text(errors="replace").replace("\r", "\n").splitlines()
		print(*[line for line in lines if not line.startswith("Updating")][-30:], sep="\n")
		print(f"install test: FAILED: {e} (log: {log})")
		sys.exit(1)
	log.unlink()
	print(f"install test: passed ({time.monotonic() - started:.0f} s)")


def run(args, log: Path):
	site = args.site
	step = time.monotonic()
	fresh_site(site, args, log)
	print(f"install test: {site} has ERPNext and Education only ({time.monotonic() - step:.0f} s)")
	baseline = snapshot(site)

	step = time.monotonic()
	warm_cache_without_the_app(site)
	bench(log, "--site", site, "install-app", APP)
	check_installed(site)
	print(f"install test: installed on a site whose cache predates it ({time.monotonic() - step:.0f} s)")

	step = time.monotonic()
	bench(log, "--site", site, "uninstall-app", APP, "--yes", "--no-backup")
	check_uninstalled(site, baseline)
	print(
		f"install test: uninstalled; other apps' doctypes as before the install ({time.monotonic() - step:.0f} s)"
	)

	step = time.monotonic()
	failed_install(site, log)
	bench(log, "--site", site, "install-app", APP)
	check_installed(site)
	print(
		f"install test: a failed install is left off the site's apps; installed again ({time.monotonic() - step:.0f} s)"
	)


# the site


def fresh_site(site: str, args, log: Path):
	"""The site as new-site made it with ERPNext and Education, restored from the dump taken then.
	The site is made again when the bench's apps have changed since."""
	dump_dir = SITES / site / "private" / "senco-install-test"
	stamp_file = dump_dir / "apps.json"
	stamp = app_versions()
	if (SITES / site).exists() and not (stamp_file.exists() and json.loads(stamp_file.read_text()) == stamp):
		bench(log, "drop-site", site, "--db-root-password", args.db_root_password, "--no-backup", "--force")
	if not (SITES / site).exists():
		new_site = ["new-site", site, "--db-root-password", args.db_root_password]
		new_site += ["--admin-password", args.admin_password]
		bench(log, *new_site, "--install-app", "erpnext", "--install-app", "education")
		bench(log, "--site", site, "backup", "--backup-path", str(dump_dir))
		stamp_file.write_text(json.dumps(stamp))
	dump = next(dump_dir.glob("*-database.sql.gz"), None)
	if not dump:
		raise InstallTestFailed(f"no dump of {site} in {dump_dir}; drop the site to make it again")
	bench(log, "--site", site, "restore", str(dump), "--db-root-password", args.db_root_password)
	with connected(site):
		if APP in frappe.get_installed_apps():
			raise InstallTestFailed(f"{site} restored with {APP} installed")


def app_versions() -> dict[str, str]:
	versions = {}
	for app in ("frappe", "erpnext", "education"):
		head = subprocess.run(
			["git", "rev-parse", "HEAD"], cwd=BENCH / "apps" / app, capture_output=True, text=True
		).stdout.strip()
		versions[app] = head or __import__(app).__version__
	return versions


def bench(log: Path, *args: str):
	shown = " ".join("***" if i and "password" in args[i - 1] else a for i, a in enumerate(args))
	with log.open("a") as out:
		print(f"$ bench {shown}", file=out, flush=True)
		done = subprocess.run(["bench", *args], cwd=BENCH, stdout=out, stderr=subprocess.STDOUT)
	if done.returncode:
		raise InstallTestFailed(f"bench {shown} failed")


@contextlib.contextmanager
def connected(site: str):
	frappe.init(site=site, sites_path=str(SITES))
	frappe.connect()
	try:
		yield
	finally:
		frappe.destroy()


# the steps


def warm_cache_without_the_app(site: str):
	"""Build the site's cache as Frappe builds it on a bench whose apps.txt does not list the app
	yet (module map, apps, hooks, metadata): what a site has when `bench get-app` adds the app."""
	with connected(site):
		frappe.clear_cache()
		all_apps = frappe.get_all_apps
		frappe.get_all_apps = lambda *a, **kw: [app for app in all_apps(*a, **kw) if app != APP]
		try:
			frappe.setup_module_map()
			frappe.setup_module_map(include_all_apps=False)
			frappe.get_installed_apps(_ensure_on_bench=True)
			frappe.get_hooks()
			frappe.get_meta("Student")
		finally:
			frappe.get_all_apps = all_apps
		if APP in frappe.cache.get_value("app_modules"):
			raise InstallTestFailed("could not build a cache without the app")


def failed_install(site: str, log: Path):
	"""Install the app in this process with after_install failing half way."""
	import frappe.installer

	import senco_app.install

	def fail():
		raise RuntimeError("install test: after_install fails here")

	with connected(site), log.open("a") as out, contextlib.redirect_stdout(out):
		frappe.set_user("Administrator")
		install_data, senco_app.install.install_data = senco_app.install.install_data, fail
		try:
			frappe.installer.install_app(APP)
		except RuntimeError:
			pass
		else:
			raise InstallTestFailed("the install that should fail did not")
		finally:
			senco_app.install.install_data = install_data
			frappe.flags.in_install = False
	with connected(site):
		if APP in frappe.get_installed_apps():
			raise InstallTestFailed(f"a failed install left {APP} in the site's apps")


# the checks


def check_installed(site: str):
	from senco_app.install import read_on
	from senco_app.permissions import SEND_ROLES
	from senco_app.rules.needs import NEED_TYPES

	with connected(site):
		expect(APP in frappe.get_installed_apps(), f"{APP} is not in the site's apps")
		expect(
			frappe.db.exists("Installed Application", {"app_name": APP}),
			f"{APP} is not in Installed Applications",
		)
		for path in sorted(APP_PATH.glob("send/doctype/*/*.json")):
			if path.stem != path.parent.name:
				continue
			doctype = json.loads(path.read_text())
			expect(frappe.db.exists("DocType", doctype["name"]), f"DocType {doctype['name']} not synced")
			if not (doctype.get("issingle") or doctype.get("is_virtual")):
				expect(
					frappe.db.table_exists(doctype["name"], cached=False), f"no table for {doctype['name']}"
				)
		# what after_install does
		expect(frappe.db.count("SEN Need Type") == len(NEED_TYPES), "need types not installed")
		for name in setup_names("role_profile.json") + setup_names("notification.json"):
			expect(
				frappe.db.exists("Role Profile", name) or frappe.db.exists("Notification", name),
				f"{name} not installed",
			)
		for field in fixture_names("custom_field.json"):
			expect(frappe.db.exists("Custom Field", field), f"Custom Field {field} not installed")
		for role in SEND_ROLES:
			for doctype in read_on(role):
				expect(
					frappe.db.exists("Custom DocPerm", {"parent": doctype, "role": role, "read": 1}),
					f"{role} cannot read {doctype}",
				)
		expect(frappe.db.get_single_value("SEND Settings", "review_cycle_months"), "no SEND Settings")
		expect(frappe.db.exists("Module Profile", "SEND"), "SEND Module Profile not installed")


def check_uninstalled(site: str, baseline: dict):
	from senco_app.permissions import SEND_ROLES

	with connected(site):
		expect(APP not in frappe.get_installed_apps(), f"{APP} is still in the site's apps")
		expect(not frappe.db.exists("Module Def", {"app_name": APP}), "Module Def left")
		expect(not frappe.db.exists("DocType", {"module": "SEND"}), "SEND doctypes left")
		expect(not frappe.db.table_exists("SEND Record", cached=False), "SEND tables left")
		expect(not frappe.db.exists("Custom DocPerm", {"role": ("in", SEND_ROLES)}), "SEND permissions left")
		expect(not frappe.db.exists("Custom Field", {"module": "SEND"}), "SEND custom fields left")
		expect(not frappe.db.exists("Module Profile", "SEND"), "SEND Module Profile left")
		expect(
			not frappe.db.exists("User", {"module_profile": "SEND"}),
			"users left with the SEND Module Profile",
		)
		after = snapshot_now()
	for key, rows in baseline.items():
		gone, added = sorted(set(rows) - set(after[key])), sorted(set(after[key]) - set(rows))
		expect(not gone and not added, f"{key} changed: gone {gone[:3]}, added {added[:3]}")


def snapshot(site: str) -> dict[str, list[tuple]]:
	with connected(site):
		return snapshot_now()


def snapshot_now() -> dict[str, list[tuple]]:
	"""What an app may change on other apps' doctypes: permissions, custom fields, property
	setters."""
	from frappe.permissions import rights

	perms = ["parent", "role", "permlevel", "if_owner", *rights]
	return {
		"Custom DocPerm": rows("Custom DocPerm", perms),
		"DocPerm": rows("DocPerm", perms),
		"Custom Field": rows("Custom Field", ["name", "dt", "fieldname", "fieldtype", "options"]),
		"Property Setter": rows("Property Setter", ["doc_type", "field_name", "property", "value"]),
	}


def rows(doctype: str, fields: list[str]) -> list[tuple]:
	return [tuple(row) for row in frappe.get_all(doctype, fields=fields, as_list=True)]


def setup_names(file: str) -> list[str]:
	return [d["name"] for d in json.loads((APP_PATH / "setup_data" / file).read_text())]


def fixture_names(file: str) -> list[str]:
	return [d["name"] for d in json.loads((APP_PATH / "fixtures" / file).read_text())]


def expect(condition, message: str):
	if not condition:
		raise InstallTestFailed(message)


if __name__ == "__main__":
	main()
