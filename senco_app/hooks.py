app_name = "senco_app"
app_title = "SENCO"
app_publisher = "senco_app developers"
app_description = (
	"SEND register, provision map, support plans, reviews, EHC plans and agencies for English schools"
)
app_email = "senco_app@example.invalid"
app_license = "mit"

# The org/repo form: with a bare name Frappe asks GitHub at install time.
required_apps = ["frappe/education"]

export_python_type_annotations = True
require_type_annotated_api_methods = True

# imported under private names: every public name in this module is read as a hook
from senco_app.security.doctypes import CHILD_DOCTYPES as _CHILD_DOCTYPES
from senco_app.security.doctypes import GUARDIAN_DOCTYPES as _GUARDIAN_DOCTYPES
from senco_app.security.doctypes import OWNED_DOCTYPES as _OWNED_DOCTYPES
from senco_app.security.doctypes import PUPIL_DOCTYPES as _PUPIL_DOCTYPES
from senco_app.security.doctypes import REFERENCE_DOCTYPES as _REFERENCE_DOCTYPES
from senco_app.security.doctypes import SCHOOL_DOCTYPES as _SCHOOL_DOCTYPES
from senco_app.security.doctypes import SEND_DOCTYPES as _SEND_DOCTYPES
from senco_app.security.guard_list import guarded_methods as _guarded_methods

# The per-school rule and the confidential tier (senco_app/permissions.py, senco_app/security/):
# school doctypes by their school; child tables through their parent; Education's pupil rows through
# the pupil; Frappe's reference rows (versions, comments, files, tags...) through the record they
# point at. Hooks on Frappe's and Education's doctypes only ever refuse (None leaves Frappe's answer).
permission_query_conditions = {
	**{doctype: "senco_app.permissions.school_query_conditions" for doctype in _SCHOOL_DOCTYPES},
	**{doctype: "senco_app.security.rows.child_query_conditions" for doctype in _CHILD_DOCTYPES},
	**{doctype: "senco_app.security.rows.pupil_query_conditions" for doctype in _PUPIL_DOCTYPES},
	**{doctype: "senco_app.security.rows.guardian_query_conditions" for doctype in _GUARDIAN_DOCTYPES},
	**{doctype: "senco_app.security.rows.reference_query_conditions" for doctype in _REFERENCE_DOCTYPES},
	# confidential contact log entries: the SENCO only, on top of the school rule
	"SEND Contact Log": "senco_app.services.contact_log.contact_log_query_conditions",
	# a prepared report's results and a filter saved on a SEND list are their owner's alone
	**{doctype: "senco_app.security.rows.owned_query_conditions" for doctype in _OWNED_DOCTYPES},
	# monitoring visits: SEND Staff read the visits about them only, on top of the school rule
	"SEND Teaching Monitoring": "senco_app.services.teaching_monitoring.monitoring_query_conditions",
}
has_permission = {
	**{doctype: "senco_app.permissions.has_school_permission" for doctype in _SCHOOL_DOCTYPES},
	**{doctype: "senco_app.security.rows.has_pupil_permission" for doctype in _PUPIL_DOCTYPES},
	**{doctype: "senco_app.security.rows.has_guardian_permission" for doctype in _GUARDIAN_DOCTYPES},
	**{doctype: "senco_app.security.rows.has_reference_permission" for doctype in _REFERENCE_DOCTYPES},
	"SEND Contact Log": "senco_app.services.contact_log.has_contact_log_permission",
	**{doctype: "senco_app.security.rows.has_owned_permission" for doctype in _OWNED_DOCTYPES},
	"SEND Teaching Monitoring": "senco_app.services.teaching_monitoring.has_monitoring_permission",
}

# A prepared report hands its stored results only to whoever may read it (run, export, download)
override_doctype_class = {"Prepared Report": "senco_app.security.prepared_reports.OwnPreparedReport"}

# The public SEN information page of each school (senco_app/www/sen_information.py)
website_route_rules = [{"from_route": "/sen-information/<school_slug>", "to_route": "sen_information"}]

additional_timeline_content = {
	"SEND Record": ["senco_app.send.doctype.send_record.send_record_timeline.send_record_timeline"]
}

# Whitelisted methods that would reach past the rule (senco_app/security/guarded_methods.py)
override_whitelisted_methods = _guarded_methods()

# Confidential fields out of every JSON response; no query on a field the user may not read; no
# download of a confidential attachment (senco_app/security/fields.py)
before_request = [
	"senco_app.security.fields.refuse_hidden_field_queries",
	"senco_app.security.fields.refuse_confidential_download",
]
after_request = ["senco_app.security.fields.scrub_response"]

# A prepared report of the app's own, run by the background worker, has its rows re-checked per
# column as through the desk's route (senco_app/security/report_rows.py)
before_job = ["senco_app.security.report_rows.before_job"]
after_job = ["senco_app.security.report_rows.after_job"]

doc_events = {
	**{doctype: {"validate": "senco_app.security.writes.validate_links"} for doctype in _SEND_DOCTYPES},
	"File": {
		"before_insert": "senco_app.security.writes.make_attachment_private",
		"before_validate": "senco_app.security.writes.make_attachment_private",
	},
	"Document Follow": {"after_insert": "senco_app.security.writes.drop_document_follow"},
	"Student": {
		"before_validate": "senco_app.services.schools.set_student_school",
		"validate": [
			"senco_app.services.schools.validate_student_school",
			"senco_app.services.pupil_numbers.validate_student_upn",
		],
	},
	"User": {
		"validate": [
			"senco_app.services.users.set_default_workspace",
			"senco_app.services.users.set_module_profile",
		]
	},
	"Company": {
		"validate": "senco_app.services.schools.validate_company",
		"after_insert": "senco_app.permissions.clear_school_count",
		"on_update": "senco_app.permissions.clear_school_count",
		"on_trash": "senco_app.permissions.clear_school_count",
	},
}

calendars = ["SEND Review", "Provision Map Entry"]
doctype_js = {doctype: "public/js/senco_forms.js" for doctype in _SEND_DOCTYPES}

jinja = {
	"methods": [
		"senco_app.services.provision_lookup.pupil_provision",
		"senco_app.services.review_actions.evidence_pack",
	]
}

scheduler_events = {
	"daily": [
		"senco_app.services.review_schedule.daily",
		"senco_app.services.ehcp_clock.daily",
		# lists SEN files due for disposal and tells the SENCO; never deletes anything itself
		"senco_app.services.disposal.daily",
		# tells owners of monitoring-of-teaching actions due within a week or late, once each
		"senco_app.services.teaching_monitoring.daily",
	],
}

before_install = "senco_app.install.before_install"
after_install = "senco_app.install.after_install"
after_migrate = "senco_app.install.after_migrate"
before_uninstall = "senco_app.install.before_uninstall"
after_uninstall = "senco_app.install.after_uninstall"
before_tests = "senco_app.tests.utils.before_tests"

# Role Profiles, Notifications and the starter provision catalogue ship in setup_data/, not here:
# Frappe force-imports fixtures on every migrate, which would overwrite a school's own edits (and a
# re-inserted Role Profile locks itself until a worker runs). install.py creates what is missing.
fixtures = [
	{
		"dt": "Role",
		"filters": [["name", "in", ["SENCO", "SEND Staff", "SEND Office", "SEND Viewer", "SEND Governor"]]],
	},
	{
		"dt": "Role Profile",
		"filters": [["name", "in", ["SENCO", "SEND Staff", "SEND Office", "SEND Viewer"]]],
	},
	{"dt": "Custom Field", "filters": [["module", "=", "SEND"]]},
]
