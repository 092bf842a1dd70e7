"""Helpers for the browser tests: one Chromium (Debian's, never downloaded), a logged-in page per
demo user, and the few desk gestures the tests repeat (open a form, set values, save, click a
button, answer a dialog). Values are set the way the desk's own tests do (`cur_frm.set_value`)
where typing into a link or grid would only test Frappe's widgets."""

import json
import os
import re
import unittest
from pathlib import Path
from urllib.parse import quote

from playwright.sync_api import Browser
from playwright.sync_api import Page
from playwright.sync_api import expect
from playwright.sync_api import sync_playwright

BASE_URL = os.environ.get("SENCO_BROWSER_URL", "http://127.0.0.1:8011").rstrip("/")
CHROMIUM = os.environ.get("SENCO_CHROMIUM", "/usr/bin/chromium")
ARGS = [
	"--headless",
	"--no-sandbox",
	"--disable-gpu",
	"--disable-quic",
	"--no-first-run",
	"--disable-background-networking",
	"--disable-component-update",
	"--disable-sync",
]
SCREENSHOTS = Path(
	os.environ.get("SENCO_SCREENSHOTS", Path(__file__).resolve().parent.parent / "docs" / "screenshots")
)
ADMIN_PASSWORD = os.environ.get("SENCO_ADMIN_PASSWORD", "admin")
TIMEOUT = 30_000

# the demo (senco_app/demo.py)
DEMO_PASSWORD = "senco-demo-2026"
SENCO = "senco@demo-trust.invalid"
TEACHER = "teacher@oakfield.invalid"
OFFICE = "office@riverside.invalid"
VIEWER = "head@demo-trust.invalid"
GOVERNOR = "governor@oakfield.invalid"
PRIMARY = "Oakfield Primary School"
SECONDARY = "Riverside Academy"

_playwright = None
_browser: Browser | None = None


def browser() -> Browser:
	global _playwright, _browser
	if _browser is None:
		_playwright = sync_playwright().start()
		_browser = _playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
	return _browser


def close_browser():
	global _playwright, _browser
	if _browser is not None:
		_browser.close()
		_playwright.stop()
	_playwright = _browser = None


class DeskTestCase(unittest.TestCase):
	"""Each test class gets fresh browser contexts (cookies) per user; closed after the class."""

	@classmethod
	def setUpClass(cls):
		cls._contexts = []

	@classmethod
	def tearDownClass(cls):
		for context in cls._contexts:
			context.close()

	def page_as(
		self,
		user: str,
		password: str = DEMO_PASSWORD,
		width: int = 1366,
		height: int = 900,
		timezone_id: str | None = None,
	) -> Page:
		"""A page whose session is `user`'s, logged in through the API (the login form has its own test)."""
		context = browser().new_context(
			base_url=BASE_URL, viewport={"width": width, "height": height}, timezone_id=timezone_id
		)
		type(self)._contexts.append(context)
		context.set_default_timeout(TIMEOUT)
		response = context.request.post("/api/method/login", form={"usr": user, "pwd": password})
		self.assertEqual(response.status, 200, f"{user} could not log in: {response.text()[:300]}")
		return context.new_page()

	def new_context(self, width: int = 1366, height: int = 900):
		context = browser().new_context(base_url=BASE_URL, viewport={"width": width, "height": height})
		type(self)._contexts.append(context)
		context.set_default_timeout(TIMEOUT)
		return context


def api(page: Page, method: str, **params):
	"""Call a whitelisted method as the page's user; returns `message`."""
	response = page.request.post(
		f"/api/method/{method}",
		data=json.dumps(params),
		headers={"Content-Type": "application/json", "X-Frappe-CSRF-Token": csrf(page)},
	)
	if response.status != 200:
		raise AssertionError(f"{method}: HTTP {response.status}: {response.text()[:500]}")
	return response.json().get("message")


def csrf(page: Page) -> str:
	try:
		return page.evaluate("() => (window.frappe && frappe.csrf_token) || ''") or ""
	except Exception:
		return ""


def get_list(page: Page, doctype: str, filters=None, fields=None, limit: int = 20) -> list[dict]:
	response = page.request.get(
		f"/api/resource/{quote(doctype)}",
		params={
			"filters": json.dumps(filters or []),
			"fields": json.dumps(fields or ["name"]),
			"limit_page_length": str(limit),
		},
	)
	if response.status != 200:
		raise AssertionError(f"list {doctype}: HTTP {response.status}: {response.text()[:300]}")
	return response.json()["data"]


def slug(doctype: str) -> str:
	return doctype.lower().replace(" ", "-")


def open_form(page: Page, doctype: str, name: str = "new"):
	page.goto(f"/app/{slug(doctype)}/{quote(name)}")
	wait_for_form(page, doctype)


def wait_for_form(page: Page, doctype: str, name: str | None = None):
	page.wait_for_function(
		"([doctype, name]) => window.cur_frm && cur_frm.doc && cur_frm.doc.doctype === doctype"
		" && (!name || cur_frm.doc.name === name) && cur_frm.layout && !cur_frm.is_dirty_in_progress",
		arg=[doctype, name],
	)
	page.wait_for_load_state("networkidle")


def set_values(page: Page, values: dict):
	page.evaluate("(values) => cur_frm.set_value(values)", values)
	page.wait_for_timeout(300)


def add_row(page: Page, table: str, values: dict):
	page.evaluate(
		"""([table, values]) => {
			const row = cur_frm.add_child(table, values);
			cur_frm.refresh_field(table);
			return row.name;
		}""",
		[table, values],
	)


def doc(page: Page) -> dict:
	return page.evaluate("() => JSON.parse(JSON.stringify(cur_frm.doc))")


def primary_action(page: Page, label: str):
	button = page.locator(".page-head .standard-actions .primary-action:visible")
	expect(button).to_have_text(re.compile(label, re.I))
	button.click()


def save(page: Page) -> str:
	"""Click Save and wait until the form holds a saved document; returns its name."""
	page.keyboard.press("Control+s")
	# saved, or a message came up (assert_no_error shows it)
	page.wait_for_function(
		"() => (cur_frm && !cur_frm.doc.__islocal && !cur_frm.is_dirty() && !frappe.ui.form.is_saving)"
		" || document.querySelector('.modal.show .msgprint')"
	)
	page.wait_for_load_state("networkidle")
	assert_no_error(page)
	return doc(page)["name"]


def form_button(page: Page, label: str):
	"""A button the form added (frm.add_custom_button) and shows on this screen."""
	return page.locator(
		f'.page-actions .custom-actions button[data-label="{quote(label)}"]:visible, '
		f'.page-actions .inner-group-button button[data-label="{quote(label)}"]:visible'
	)


def dialog(page: Page):
	return page.locator(".modal.show .modal-dialog").last


def assert_no_error(page: Page):
	"""No message box with an error is open."""
	box = page.locator(".modal.show .msgprint")
	if box.count():
		text = box.last.inner_text()
		if text.strip():
			raise AssertionError(f"the desk showed a message: {text[:500]}")


def shoot(page: Page, name: str, full_page: bool = False):
	SCREENSHOTS.mkdir(parents=True, exist_ok=True)
	page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=full_page)
