// Copyright (c) 2026, senco_app developers
// For license information, please see license.txt

frappe.query_reports["Agency Referrals"] = {
	filters: [
		{ fieldname: "school", label: __("School or Trust"), fieldtype: "Link", options: "Company" },
		{ fieldname: "agency", label: __("Agency"), fieldtype: "Link", options: "SEND Agency" },
		{ fieldname: "agency_type", label: __("Agency Type"), fieldtype: "Select", options: ["", "Educational Psychology", "Speech and Language Therapy", "Occupational Therapy", "Physiotherapy", "CAMHS", "Sensory Support", "Specialist Teaching / Outreach", "Early Help", "Children's Social Care", "School Nursing / Paediatrics", "Virtual School", "Careers", "Portage", "Area SENCO", "Health Visitor", "Other"] },
		{ fieldname: "status", label: __("Status"), fieldtype: "Select", options: ["", "Draft", "Referred", "Accepted", "Waiting", "Seen", "Report Received"] },
	],
};
