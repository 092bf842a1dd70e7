"""The form scripts Frappe sends to the desk: every SEND form with a pupil gets the shared script
(senco_app/public/js/senco_forms.js, through doctype_js) with its one pupil query, and calls it."""

from frappe.desk.form.meta import get_meta

from senco_app.tests.utils import SencoTestCase
from senco_app.tests.utils import pupil_forms


class TestFormScripts(SencoTestCase):
	def test_every_form_with_a_pupil_gets_and_uses_the_shared_pupil_query(self):
		forms = pupil_forms()
		self.assertIn("Provision Map Entry", forms)  # its pupils are in a table
		for doctype in forms:
			script = get_meta(doctype, cached=False).get("__js") or ""
			self.assertIn("senco_app.forms.set_pupil_queries = function", script, doctype)
			self.assertIn("senco_app.forms.set_pupil_queries(frm)", script, doctype)
