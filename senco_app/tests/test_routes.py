"""The route list is generated, not hand-kept: every whitelisted method of frappe, erpnext, education
and senco_app that lets a caller name a doctype, a record, filters, a parent or a pupil must be
reviewed in ``senco_app.security.routes`` (and, if it reaches rows unchecked, guarded). A method a
new Frappe adds fails this test until someone has reviewed it."""

import importlib
import inspect
import pkgutil

import frappe

from senco_app.security.guard_list import guarded_methods
from senco_app.security.routes import REVIEWED
from senco_app.tests.utils import SencoTestCase

APPS = ("frappe", "erpnext", "education", "senco_app")
# parameter names that let a caller choose what a method reads or writes
RISKY_PARAMETERS = {
	"doctype",
	"dt",
	"doc_type",
	"document_type",
	"reference_doctype",
	"ref_doctype",
	"link_doctype",
	"parent",
	"parent_doctype",
	"parenttype",
	"name",
	"docname",
	"dn",
	"doc_name",
	"reference_name",
	"ref_docname",
	"filters",
	"or_filters",
	"student",
	"students",
}
CLASSES = {"guarded", "checked", "fixed", "restricted", "meta", "accepted"}
SKIPPED_MODULE_PARTS = (".tests", ".test_", ".patches.", ".commands", "conftest")


def import_app_modules() -> list[str]:
	"""Import every module of the apps, so every whitelisted method is registered. Returns the
	modules that could not be imported (they can register nothing)."""
	failed = []
	for app in APPS:
		package = importlib.import_module(app)
		for module in pkgutil.walk_packages(package.__path__, f"{app}."):
			if any(part in module.name for part in SKIPPED_MODULE_PARTS):
				continue
			try:
				importlib.import_module(module.name)
			except Exception:
				failed.append(module.name)
	return failed


def risky_routes() -> set[str]:
	"""Module-level whitelisted functions of the apps that take a risky parameter. (Methods of
	documents run through run_doc_method, which checks the document first.)"""
	routes = set()
	for fn in frappe.whitelisted:
		path = f"{fn.__module__}.{fn.__qualname__}"
		if "." in fn.__qualname__ or not path.startswith(tuple(f"{app}." for app in APPS)):
			continue
		if path.startswith("senco_app.security.guarded_methods."):
			continue  # the guards themselves
		if set(inspect.signature(fn).parameters) & RISKY_PARAMETERS:
			routes.add(path)
	return routes


class TestRouteList(SencoTestCase):
	@classmethod
	def setUpClass(cls):
		super().setUpClass()
		cls.import_failures = import_app_modules()
		cls.routes = risky_routes()

	def test_every_route_that_names_a_record_is_reviewed(self):
		self.assertGreater(len(self.routes), 250)  # the enumeration itself works
		missing = sorted(self.routes - set(REVIEWED))
		self.assertEqual(
			missing, [], "whitelisted methods nobody has reviewed (add them to security/reviewed_routes.json)"
		)

	def test_reviews_use_known_classes_and_every_guarded_route_is_wrapped(self):
		guards = guarded_methods()
		for method, (cls, reason) in REVIEWED.items():
			self.assertIn(cls, CLASSES, method)
			self.assertTrue(reason.strip(), method)
			if cls == "guarded":
				self.assertIn(method, guards, method)
		self.assertEqual(sorted(m for m in guards if m in REVIEWED and REVIEWED[m][0] != "guarded"), [])

	def test_every_guard_is_installed_and_whitelisted_like_its_original(self):
		hooks = frappe.get_hooks("override_whitelisted_methods")
		for method, guard_path in guarded_methods().items():
			self.assertEqual(hooks.get(method, [None])[-1], guard_path, method)
			guard = frappe.get_attr(guard_path)
			self.assertIn(guard, frappe.whitelisted, guard_path)
			try:
				original = frappe.get_attr(method)
			except (ImportError, AttributeError):
				continue  # a method this Frappe does not have: the guard waits for it
			self.assertEqual(
				original in frappe.guest_methods, guard in frappe.guest_methods, f"guest access of {method}"
			)

	def test_the_apps_import(self):
		# a module that cannot be imported cannot register a route: the list above would be short
		self.assertLess(len(self.import_failures), 25, self.import_failures)
