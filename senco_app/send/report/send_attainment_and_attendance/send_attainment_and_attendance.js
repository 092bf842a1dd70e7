// Copyright (c) 2026, senco_app developers
// For license information, please see license.txt

frappe.query_reports["SEND Attainment and Attendance"] = {
	filters: [
		{ fieldname: "school", label: __("School or Trust"), fieldtype: "Link", options: "Company" },
		{ fieldname: "academic_year", label: __("Academic Year"), fieldtype: "Link", options: "Academic Year" },
		{ fieldname: "group_by", label: __("Group By"), fieldtype: "Select", options: ["School", "Year Group", "Course", "Criterion"], reqd: 1, default: "School" },
		{ fieldname: "year_group", label: __("Year Group"), fieldtype: "Link", options: "Program" },
		{ fieldname: "course", label: __("Course"), fieldtype: "Link", options: "Course" },
		{ fieldname: "grading_scale", label: __("Grading Scale"), fieldtype: "Link", options: "Grading Scale" },
		{ fieldname: "grade", label: __("At or Above Grade"), fieldtype: "Data" },
	],
};
