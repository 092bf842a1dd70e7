"""With ``require_type_annotated_api_methods`` (hooks.py), Frappe v16 refuses a call to a whitelisted
method of this app that has a parameter without a type annotation (``*args`` and ``**kwargs`` aside:
they are passed on as they are). Frappe v15 does not check, so this test does, on every method Frappe
has registered: the generated guards of senco_app.security too, which the structure test cannot see."""

import importlib
import inspect
import pkgutil

import frappe

import senco_app
from senco_app.tests.utils import SencoTestCase

SKIPPED_MODULE_PARTS = (".tests", ".test_", ".patches.", ".commands")


def unannotated(function) -> list[str]:
	params = list(inspect.signature(function).parameters.values())
	if params and params[0].name in ("self", "cls"):
		params = params[1:]
	return [
		p.name
		for p in params
		if p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD) and p.annotation is inspect.Parameter.empty
	]


class TestAPITypes(SencoTestCase):
	def test_every_whitelisted_method_of_the_app_is_annotated(self):
		for module in pkgutil.walk_packages(senco_app.__path__, "senco_app."):
			if not any(part in module.name for part in SKIPPED_MODULE_PARTS):
				importlib.import_module(module.name)
		self.assertTrue(any(frappe.get_hooks("require_type_annotated_api_methods", app_name="senco_app")))
		methods = [fn for fn in frappe.whitelisted if fn.__module__.startswith("senco_app.")]
		self.assertTrue(any(fn.__name__.startswith("guard__") for fn in methods))  # generated guards seen
		bare = [f"{fn.__module__}.{fn.__qualname__}({name})" for fn in methods for name in unannotated(fn)]
		self.assertEqual(bare, [])

	def test_a_parameter_without_annotation_is_found(self):
		def method(self, typed: str, bare, *args, default=None, **kwargs):
			pass

		self.assertEqual(unannotated(method), ["bare", "default"])
