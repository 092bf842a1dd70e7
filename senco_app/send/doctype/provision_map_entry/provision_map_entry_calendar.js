// Copyright (c) 2026, senco_app developers
// For license information, please see license.txt

// Staff deployment at a glance: each entry from its start to its end date, filtered by staff.
frappe.views.calendar["Provision Map Entry"] = {
	field_map: { start: "start_date", end: "end_date", id: "name", title: "provision", allDay: "allDay" },
	filters: ["school", "staff", "academic_term"],
	get_events_method: "frappe.desk.calendar.get_events",
};
