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

# Doctypes that carry a school (Company) and follow the per-school rule.
SCHOOL_DOCTYPES = [
	"Student",
	"SEND Record",
	"Individual Education Plan",
	"SEND Review",
	"EHC Plan",
	"SEND Agency",
	"Agency Referral",
	"SEND Contact Log",
	"SEND Provision",
	"Provision Map Entry",
]

permission_query_conditions = {
	doctype: "senco_app.permissions.school_query_conditions" for doctype in SCHOOL_DOCTYPES
}
has_permission = {doctype: "senco_app.permissions.has_school_permission" for doctype in SCHOOL_DOCTYPES}
# confidential contact log entries: the SENCO only, on top of the school rule
permission_query_conditions["SEND Contact Log"] = "senco_app.agencies.contact_log_query_conditions"
has_permission["SEND Contact Log"] = "senco_app.agencies.has_contact_log_permission"

additional_timeline_content = {"SEND Record": ["senco_app.agencies.send_record_timeline"]}

# Frappe methods that would reach past the school rule (see senco_app/overrides.py)
override_whitelisted_methods = {
	"frappe.client.get_count": "senco_app.overrides.get_count",
	"frappe.desk.search.search_link": "senco_app.overrides.search_link",
	"frappe.desk.search.search_widget": "senco_app.overrides.search_widget",
}

doc_events = {
	"Student": {
		"before_validate": "senco_app.school.set_student_school",
		"validate": "senco_app.school.validate_student_school",
	},
	"Company": {
		"validate": "senco_app.school.validate_company",
		"after_insert": "senco_app.permissions.clear_school_count",
		"on_update": "senco_app.permissions.clear_school_count",
		"on_trash": "senco_app.permissions.clear_school_count",
	},
}

calendars = ["SEND Review", "Provision Map Entry"]

jinja = {"methods": ["senco_app.provision.pupil_provision"]}

scheduler_events = {
	"daily": ["senco_app.reviews.daily", "senco_app.ehcp.daily"],
}

after_install = "senco_app.install.after_install"
after_migrate = "senco_app.install.after_migrate"
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
