"""Which doctypes the per-school rule and the confidential tier protect (plain data, no frappe import).

hooks.py wires these lists to Frappe's permission hooks; the structure and isolation tests check them
against the doctype JSON, so a new child table or reference doctype cannot be left out unnoticed.
"""

# Doctypes that carry a school (Company) and follow the per-school rule.
SCHOOL_DOCTYPES = (
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
	"Pupil Transfer",
	"Census Return",
	"Access Arrangement",
	"Funding Application",
	"Early Years Check",
	"Reasonable Adjustment",
	"Accessibility Plan",
	"SEND Disposal Log",
	"SEN Information Report",
	# staff development: no pupil in them, but named staff and what was found in their lessons
	"SEND Training Record",
	"SEND Teaching Monitoring",
	"SEND Resource",
	"Support Allocation",
)

# The app's own records (every school doctype but Education's Student).
SEND_DOCTYPES = tuple(d for d in SCHOOL_DOCTYPES if d != "Student")

# Child tables of the school doctypes, with the parents they belong to: a child row is read and
# written through its parent only.
CHILD_DOCTYPES = {
	"SEND Record Need": ("SEND Record",),
	"SEND Record History": ("SEND Record",),
	"IEP Target": ("Individual Education Plan",),
	"IEP Provision": ("Individual Education Plan",),
	"SEND Review Target": ("SEND Review",),
	"SEND Review EHC Outcome": ("SEND Review",),
	"SEND Review Attendee": ("SEND Review",),
	"EHC Plan Outcome": ("EHC Plan",),
	"Agency Referral Status": ("Agency Referral",),
	"Agency Appointment": ("Agency Referral",),
	"SEND Contact Action": ("SEND Contact Log",),
	"Provision Map Pupil": ("Provision Map Entry",),
	"Pupil Transfer Item": ("Pupil Transfer",),
	"Census Return Pupil": ("Census Return",),
	"Census Return Issue": ("Census Return",),
	"Access Arrangement Item": ("Access Arrangement",),
	"Funding Application Evidence": ("Funding Application",),
	"Early Years Check Area": ("Early Years Check",),
	"Accessibility Plan Action": ("Accessibility Plan",),
	"SEND Disposal Count": ("SEND Disposal Log",),
	"SEND Training Need": ("SEND Training Record",),
	"SEND Training Attendee": ("SEND Training Record",),
	"SEND Monitoring Action": ("SEND Teaching Monitoring",),
	"SEND Resource Loan": ("SEND Resource",),
}

# Education doctypes that name a pupil but carry no school: they follow their pupil's school
# (results and attendance marks too: the SEND Attainment and Attendance report reads them).
PUPIL_DOCTYPES = {
	"Program Enrollment": "student",
	"Assessment Result": "student",
	"Student Attendance": "student",
}

# Education's Guardian carries no school and no pupil: a guardian is readable only through a pupil
# they are a guardian of (Student's Guardians table) that the user may read.
GUARDIAN_DOCTYPES = ("Guardian",)

# Frappe doctypes whose rows point at any document by (doctype field, name field). A row pointing at
# a protected document is readable only by those who may read that document.
REFERENCE_DOCTYPES = {
	"Version": ("ref_doctype", "docname"),
	"Comment": ("reference_doctype", "reference_name"),
	"Communication": ("reference_doctype", "reference_name"),
	"File": ("attached_to_doctype", "attached_to_name"),
	"ToDo": ("reference_type", "reference_name"),
	"Tag Link": ("document_type", "document_name"),
	"Document Follow": ("ref_doctype", "ref_docname"),
	"DocShare": ("share_doctype", "share_name"),
	"Activity Log": ("reference_doctype", "reference_name"),
	"View Log": ("reference_doctype", "reference_name"),
	"Energy Point Log": ("reference_doctype", "reference_name"),
	"Notification Log": ("document_type", "document_name"),
	"Access Log": ("export_from", "reference_document"),
	"Deleted Document": ("deleted_doctype", "deleted_name"),
	"Email Queue": ("reference_doctype", "reference_name"),
	"Error Log": ("reference_doctype", "reference_name"),
}

# Frappe rows that are one user's own: doctype -> (the fields naming the users whose row it is, the
# field naming the doctype the row is about, or None when every row is). A prepared report is run as
# the user who queued it, through that user's school rule, so its rows (and the result file attached
# to it) are that user's alone: Frappe v15 lets anyone who may run the report read every user's
# prepared results. A list filter saved on a protected doctype holds the values it filters on (a
# pupil's name, say): its owner's, or the user it was saved for, never every desk user's.
OWNED_DOCTYPES = {
	"Prepared Report": (("owner",), None),
	"List Filter": (("owner", "for_user"), "reference_doctype"),
}

# Records that belong to one pupil: a link to one must be of the same pupil and school.
PUPIL_RECORDS = (
	"SEND Record",
	"Individual Education Plan",
	"EHC Plan",
	"SEND Review",
	"Agency Referral",
	"SEND Contact Log",
	"Pupil Transfer",
	"Access Arrangement",
	"Funding Application",
	"Early Years Check",
	"Reasonable Adjustment",
)

# Links that must point at a record of the same school (and, for a pupil's records, the same pupil).
SAME_SCHOOL_LINKS = ("Student", *PUPIL_RECORDS, "Provision Map Entry", "Census Return")

# Catalogue links: a row with no school is every school's; a school's own row is its alone.
SHARED_LINKS = ("SEND Agency", "SEND Provision")


def protected_doctypes() -> tuple[str, ...]:
	"""Every doctype whose rows the rule protects: school doctypes, their children, pupil doctypes and
	guardians."""
	return (*SCHOOL_DOCTYPES, *CHILD_DOCTYPES, *PUPIL_DOCTYPES, *GUARDIAN_DOCTYPES)
