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
SCHOOL_DOCTYPES = ["Student", "SEND Record"]

permission_query_conditions = {
	doctype: "senco_app.permissions.school_query_conditions" for doctype in SCHOOL_DOCTYPES
}
has_permission = {doctype: "senco_app.permissions.has_school_permission" for doctype in SCHOOL_DOCTYPES}

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

after_install = "senco_app.install.after_install"
after_migrate = "senco_app.install.after_migrate"
before_tests = "senco_app.tests.utils.before_tests"

fixtures = [
	{"dt": "Role", "filters": [["name", "in", ["SENCO", "SEND Staff", "SEND Office", "SEND Viewer"]]]},
	{
		"dt": "Role Profile",
		"filters": [["name", "in", ["SENCO", "SEND Staff", "SEND Office", "SEND Viewer"]]],
	},
	{"dt": "Custom Field", "filters": [["module", "=", "SEND"]]},
]
