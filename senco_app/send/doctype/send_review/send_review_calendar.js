// Copyright (c) 2026, senco_app developers
// For license information, please see license.txt

frappe.views.calendar["SEND Review"] = {
	field_map: {
		start: "meeting_date",
		end: "meeting_date",
		id: "name",
		title: "student_name",
		allDay: "allDay",
	},
	filters: ["school", "review_type"],
	get_events_method: "frappe.desk.calendar.get_events",
};
