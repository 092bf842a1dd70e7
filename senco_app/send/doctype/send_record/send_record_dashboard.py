from frappe import _


def get_data():
	return {
		"fieldname": "send_record",
		"transactions": [
			{
				"label": _("Plans and Reviews"),
				"items": ["Individual Education Plan", "SEND Review", "EHC Plan"],
			},
			{"label": _("Agencies and Contacts"), "items": ["Agency Referral", "SEND Contact Log"]},
			{"label": _("Leaving"), "items": ["Pupil Transfer"]},
			{"label": _("Exams and Funding"), "items": ["Access Arrangement", "Funding Application"]},
			{
				"label": _("Early Years and Adjustments"),
				"items": ["Early Years Check", "Reasonable Adjustment"],
			},
		],
	}
