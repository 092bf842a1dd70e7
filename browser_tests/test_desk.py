"""The desk as the demo's SENCO, teacher, office administrator, head and governor use it."""

import re
import time
from urllib.parse import quote

from playwright.sync_api import expect

from browser_tests import desk
from browser_tests.desk import GOVERNOR
from browser_tests.desk import OFFICE
from browser_tests.desk import PRIMARY
from browser_tests.desk import SECONDARY
from browser_tests.desk import SENCO
from browser_tests.desk import TEACHER
from browser_tests.desk import VIEWER
from browser_tests.desk import DeskTestCase
from browser_tests.desk import add_row
from browser_tests.desk import api
from browser_tests.desk import dialog
from browser_tests.desk import form_button
from browser_tests.desk import get_list
from browser_tests.desk import open_form
from browser_tests.desk import save
from browser_tests.desk import set_values
from browser_tests.desk import shoot
from browser_tests.desk import wait_for_form

ROLES = {
	SENCO: "SENCO",
	TEACHER: "SEND Staff",
	OFFICE: "SEND Office",
	VIEWER: "SEND Viewer",
	GOVERNOR: "SEND Governor",
}


def today() -> str:
	return time.strftime("%Y-%m-%d")


class TestLogin(DeskTestCase):
	def test_each_role_logs_in_and_lands_on_the_send_workspace(self):
		for user in ROLES:
			with self.subTest(user=user):
				page = self.new_context().new_page()
				page.goto("/login")
				page.fill("#login_email", user)
				page.fill("#login_password", desk.DEMO_PASSWORD)
				page.click(".form-signin .btn-login")
				page.wait_for_url(re.compile(r"/app"))
				# a SEND user lands on the SEND workspace (issue 14, item 3)
				page.wait_for_url(re.compile(r"/app/send$"))
				expect(page.locator(".page-title .title-text").first).to_have_text("SEND")
				page.context.close()

	def test_number_cards_show_numbers(self):
		for user in (SENCO, TEACHER, OFFICE, VIEWER):
			with self.subTest(user=user):
				page = self.page_as(user)
				page.goto("/app/send")
				cards = page.locator(".widget.number-widget-box")
				expect(cards).to_have_count(4)
				for i in range(4):
					expect(cards.nth(i).locator(".number")).to_have_text(re.compile(r"^\s*\d[\d,]*\s*$"))
				if user == SENCO:
					page.wait_for_load_state("networkidle")
					shoot(page, "workspace")

	def test_workspace_offers_only_reports_the_role_opens(self):
		for user, offered, not_offered in (
			(VIEWER, "SEND Register", "Contact Log Summary"),
			(GOVERNOR, "SEND Summary", "SEND Register"),
		):
			with self.subTest(user=user):
				page = self.page_as(user)
				page.goto("/app/send")
				links = page.locator(".links-widget-box .link-text")
				expect(links.first).to_be_visible()
				labels = [t.strip() for t in links.all_inner_texts()]
				self.assertIn(offered, labels)
				self.assertNotIn(not_offered, labels)


class TestPlanFlow(DeskTestCase):
	"""A new pupil through the register, an agreed plan, progress, a review and the printed plan."""

	pupil = None
	record = None
	plan = None

	@classmethod
	def setUpClass(cls):
		super().setUpClass()

	def step_pupil(self):
		if TestPlanFlow.pupil:
			return TestPlanFlow.pupil
		admin = self.page_as("Administrator", desk.ADMIN_PASSWORD)
		admin.goto("/app")
		stamp = time.strftime("%H%M%S")
		# as the demo does: pupils without a portal login
		api(
			admin,
			"frappe.client.set_value",
			doctype="Education Settings",
			name="Education Settings",
			fieldname="user_creation_skip",
			value=1,
		)
		pupil = api(
			admin,
			"frappe.client.insert",
			doc={
				"doctype": "Student",
				"first_name": "Browser",
				"last_name": f"Pupil {stamp}",
				"school": PRIMARY,
				"date_of_birth": "2018-03-03",
				"joining_date": "2023-09-01",
			},
		)
		TestPlanFlow.pupil = pupil["name"]
		return TestPlanFlow.pupil

	def test_1_senco_puts_a_pupil_on_the_register(self):
		pupil = self.step_pupil()
		# a browser eleven hours ahead of the school (issue 14, item 10: "11 hours ago")
		page = self.page_as(SENCO, timezone_id="Australia/Sydney")
		open_form(page, "SEND Record")
		set_values(page, {"student": pupil})
		page.wait_for_function("() => cur_frm.doc.school")
		set_values(
			page,
			{
				"sen_provision": "SEN Support",
				"start_date": today(),
				"date_identified": today(),
				"parents_informed_date": today(),
				"key_person": TEACHER,
			},
		)
		add_row(page, "needs", {"need_type": "SLCN", "rank": 1})
		page.locator('[data-fieldname="summary"] textarea').fill(
			"Finds it hard to follow spoken instructions."
		)
		TestPlanFlow.record = save(page)
		self.assertEqual(desk.doc(page)["status"], "Open")
		page.reload()
		wait_for_form(page, "SEND Record", TestPlanFlow.record)
		expect(page.locator(".timeline-item", has_text="created this").first).to_contain_text(
			re.compile(r"just now|minute|now", re.I)
		)
		expect(page.locator(".indicator-pill").first).to_be_visible()
		shoot(page, "send-record")

	def test_2_senco_drafts_and_agrees_an_iep(self):
		self.assertTrue(TestPlanFlow.record, "the register step did not run")
		page = self.page_as(SENCO)
		open_form(page, "Individual Education Plan")
		set_values(page, {"student": TestPlanFlow.pupil, "school": PRIMARY})
		set_values(
			page,
			{
				"start_date": today(),
				"review_date": time.strftime("%Y-%m-%d", time.localtime(time.time() + 90 * 86400)),
			},
		)
		add_row(
			page,
			"targets",
			{
				"area_of_need": "Communication and interaction",
				"target": "Follow a two-step instruction in class",
				"success_criteria": "4 times out of 5",
			},
		)
		TestPlanFlow.plan = save(page)
		# agreeing asks who agreed and when before anything is final (issue 14, item 4)
		desk.primary_action(page, "Agree plan")
		box = dialog(page)
		expect(box).to_be_visible()
		box.locator('[data-fieldname="agreed_by"] input').fill("Mrs Parent")
		box.locator(".btn-primary").click()
		page.wait_for_function("() => cur_frm.doc.docstatus === 1")
		page.wait_for_load_state("networkidle")
		self.assertEqual(desk.doc(page)["status"], "Active")
		expect(page.locator(".indicator-pill:visible").first).to_have_text(re.compile("Active"))

	def test_3_teacher_records_progress(self):
		self.assertTrue(TestPlanFlow.plan, "the plan step did not run")
		page = self.page_as(TEACHER)
		open_form(page, "Individual Education Plan", TestPlanFlow.plan)
		# a teacher may not make a new version (issue 14, item 7)
		expect(form_button(page, "Create Review")).to_be_visible()
		expect(form_button(page, "New IEP Version")).to_have_count(0)
		desk.primary_action(page, "Record Progress")
		box = dialog(page)
		expect(box).to_be_visible()
		box.locator('[data-fieldname="outcome"] select').select_option("Partially met")
		box.locator('[data-fieldname="progress_note"] textarea').fill("Managed it three times this week.")
		box.locator(".btn-primary").click()
		page.wait_for_function(
			"() => cur_frm.doc.targets[0].progress_note === 'Managed it three times this week.'"
		)
		self.assertEqual(desk.doc(page)["targets"][0]["outcome"], "Partially met")
		expect(page.locator(".alert-message", has_text="Progress recorded").first).to_be_visible()
		# the note shows in the targets grid
		expect(page.locator('[data-fieldname="targets"] .grid-body')).to_contain_text(
			"Managed it three times"
		)

	def test_4_senco_creates_a_review(self):
		self.assertTrue(TestPlanFlow.plan, "the plan step did not run")
		page = self.page_as(SENCO)
		open_form(page, "Individual Education Plan", TestPlanFlow.plan)
		form_button(page, "Create Review").click()
		wait_for_form(page, "SEND Review")
		review = desk.doc(page)
		self.assertEqual(review["iep"], TestPlanFlow.plan)
		self.assertEqual(len(review["target_outcomes"]), 1)
		set_values(page, {"review_type": "IEP Review", "meeting_date": today()})
		add_row(page, "attendees", {"attendee_name": "Mrs Parent", "is_parent": 1, "attended": 1})
		page.locator('[data-fieldname="progress_summary"] textarea').fill("Good progress with instructions.")
		name = save(page)
		self.assertTrue(name)

	def test_5_iep_prints_in_its_own_format_and_as_pdf(self):
		self.assertTrue(TestPlanFlow.plan, "the plan step did not run")
		page = self.page_as(SENCO)
		open_form(page, "Individual Education Plan", TestPlanFlow.plan)
		# the printer icon opens the plan's own format (issue 14, item 2)
		page.locator('.page-head button.icon-btn:has(use[href="#icon-printer"])').first.click()
		page.wait_for_url(re.compile(r"/app/print/"))
		expect(page.locator('.print-preview-sidebar [data-fieldname="print_format"] input')).to_have_value(
			"IEP"
		)
		page.goto(
			f"/printview?doctype={quote('Individual Education Plan')}&name={quote(TestPlanFlow.plan)}"
			"&format=IEP&no_letterhead=0"
		)
		expect(page.locator(".print-format")).to_contain_text("Follow a two-step instruction in class")
		# the register's needs (need codes) print as the plan's needs, not as what the pupil finds hard
		expect(page.locator(".print-format")).to_contain_text("My needs")
		expect(page.locator(".print-format")).not_to_contain_text("What I find hard")
		shoot(page, "iep-print", full_page=True)
		pdf = page.request.get(
			"/api/method/frappe.utils.print_format.download_pdf",
			params={"doctype": "Individual Education Plan", "name": TestPlanFlow.plan, "format": "IEP"},
		)
		self.assertEqual(pdf.status, 200, pdf.text()[:300] if pdf.status != 200 else "")
		self.assertTrue(pdf.body().startswith(b"%PDF"), "the IEP did not come back as a PDF")


class TestForms(DeskTestCase):
	def test_confidential_box_is_the_senco_s(self):
		page = self.page_as(TEACHER)
		open_form(page, "SEND Contact Log")
		expect(page.locator('.frappe-control[data-fieldname="summary"]')).to_be_visible()
		expect(page.locator('.frappe-control[data-fieldname="confidential"]:visible')).to_have_count(0)
		page = self.page_as(SENCO)
		open_form(page, "SEND Contact Log")
		expect(page.locator('.frappe-control[data-fieldname="confidential"]:visible')).to_have_count(1)

	def test_send_record_list_names_the_pupil_once(self):
		page = self.page_as(SENCO)
		page.goto("/app/send-record")
		header = page.locator(".list-row-head").first
		expect(header).to_be_visible()
		page.wait_for_load_state("networkidle")
		labels = [line.strip() for line in header.inner_text().splitlines()]
		for label in ("Student Name", "School", "Primary Need", "Next Review Due"):
			self.assertIn(label, labels)
		self.assertNotIn("Student", labels)  # the pupil once, by name

	def test_record_progress_is_in_sight_on_a_phone(self):
		page = self.page_as(TEACHER, width=390, height=844)
		page.goto("/app")
		plans = get_list(page, "Individual Education Plan", [["status", "=", "Active"]])
		if not plans:
			self.skipTest("the demo has no active plan the teacher may open")
		open_form(page, "Individual Education Plan", plans[0]["name"])
		expect(page.locator(".page-head .primary-action:visible")).to_have_text(re.compile("Record Progress"))

	def test_needs_grid_fits_a_phone(self):
		page = self.page_as(SENCO, width=390, height=844)
		page.goto("/app")
		records = get_list(page, "SEND Record", [["status", "=", "Open"]])
		open_form(page, "SEND Record", records[0]["name"])
		grid = page.locator('.frappe-control[data-fieldname="needs"] .form-grid').first
		expect(grid).to_be_visible()
		box = grid.bounding_box()
		self.assertLessEqual(box["x"] + box["width"], 390, "the needs grid is wider than the phone")

	def test_send_record_list_shows_pupils_on_the_first_phone_screen(self):
		page = self.page_as(SENCO, width=390, height=844)
		page.goto("/app/send-record")
		expect(page.locator(".result .list-row-container").first).to_be_visible()
		page.wait_for_load_state("networkidle")
		bottom = page.evaluate(
			"() => document.querySelector('.result .list-row-container').getBoundingClientRect().bottom"
		)
		self.assertLess(bottom, 844, "the first pupil is below the first screen")

	def test_too_few_parent_meetings_is_a_warning(self):
		page = self.page_as(SENCO)
		page.goto("/app")
		flagged = get_list(
			page, "SEND Record", [["too_few_parent_meetings", "=", 1], ["status", "=", "Open"]]
		)
		if not flagged:
			self.skipTest("the demo has no record with too few parent meetings")
		open_form(page, "SEND Record", flagged[0]["name"])
		expect(
			page.locator(".form-dashboard .indicator.orange", has_text="Too few parent meetings")
		).to_be_visible()

	def test_my_pupils_is_one_click_away(self):
		page = self.page_as(TEACHER)
		page.goto("/app/send")
		page.locator(".shortcut-widget-box", has_text="My pupils").first.click()
		page.wait_for_url(re.compile(r"/app/send-record"))
		# the list opens filtered to the teacher's own pupils (the filter is applied as the list loads)
		page.wait_for_function(
			"""(user) => window.cur_list && cur_list.doctype === 'SEND Record' && cur_list.filter_area
				&& cur_list.filter_area.get().some((f) => f[1] === 'key_person' && f[3] === user)""",
			arg=TEACHER,
		)

	def test_teacher_sidebar_shows_send_and_no_erpnext_workspace(self):
		# issue 14, item 3: the SEND Module Profile hides ERPNext's workspaces
		page = self.page_as(TEACHER)
		page.goto("/app/send")
		sidebar = page.locator(".desk-sidebar")
		expect(sidebar.locator('[item-name="SEND"]').first).to_be_visible()
		for name in ("Home", "Accounting", "Selling"):
			expect(sidebar.locator(f'[item-name="{name}"]')).to_have_count(0)


class TestReports(DeskTestCase):
	def test_send_register_report_lists_pupils(self):
		page = self.page_as(SENCO)
		page.goto("/app/query-report/SEND Register")
		rows = page.locator(".dt-scrollable .dt-row")
		expect(rows.first).to_be_visible()
		self.assertGreater(rows.count(), 3)
		page.wait_for_load_state("networkidle")
		shoot(page, "send-register")


class TestIsolation(DeskTestCase):
	def test_teacher_cannot_open_another_schools_pupil(self):
		senco = self.page_as(SENCO)
		other = get_list(senco, "SEND Record", [["school", "=", SECONDARY]], ["name", "student_name"], 1)[0]
		page = self.page_as(TEACHER)
		page.goto(f"/app/send-record/{quote(other['name'])}")
		expect(
			page.get_by_text(re.compile("not permitted|Insufficient Permission", re.I)).first
		).to_be_visible()
		# the refusal says what to do, not Frappe's "Not allowed via controller permission check"
		expect(page.get_by_text("ask your SENCO or an administrator").first).to_be_visible()
		self.assertNotIn("controller permission check", page.content())
		self.assertNotIn(other["student_name"], page.content())
		self.assertFalse(
			page.evaluate(
				"(name) => !!(window.cur_frm && cur_frm.doc && cur_frm.doc.name === name)", other["name"]
			)
		)
