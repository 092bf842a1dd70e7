# Copyright (c) 2026, senco_app developers
# For license information, please see license.txt

import json

import frappe

from senco_app.exceptions import RuleBrokenError
from senco_app.send.doctype.send_provision.send_provision import sync_starter_catalogue
from senco_app.tests.utils import TEST_IGNORE
from senco_app.tests.utils import TRUST
from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import make_provision

test_ignore = IGNORE_TEST_RECORD_DEPENDENCIES = TEST_IGNORE


class TestSENDProvision(SencoTestCase):
	def test_starter_catalogue_installed_and_a_schools_edits_survive(self):
		with open(frappe.get_app_path("senco_app", "setup_data", "send_provision.json")) as f:
			titles = {row["title"] for row in json.load(f)}
		self.assertTrue(titles <= set(frappe.get_all("SEND Provision", pluck="name")))
		edits = {"Lego therapy": {"disabled": 1, "default_cost_per_hour": 18}}
		self.assertSyncKeepsEdits(
			sync_starter_catalogue, "SEND Provision", edits, "Toe by Toe", restored=False
		)

	def test_bad_input(self):
		with self.assertFieldError(RuleBrokenError, "school"):
			make_provision("_Test Trust Scheme", school=TRUST)
		with self.assertFieldError(RuleBrokenError, "default_cost_per_hour"):
			make_provision("_Test Negative Scheme", default_cost_per_hour=-1)
		self.assertFalse(
			frappe.db.exists(
				"SEND Provision", {"name": ["in", ["_Test Trust Scheme", "_Test Negative Scheme"]]}
			)
		)
