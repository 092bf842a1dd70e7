// Copyright (c) 2026, senco_app developers
// For license information, please see license.txt

frappe.query_reports["Records Due for Disposal"] = {
	filters: [
		{ fieldname: "school", label: __("School or Trust"), fieldtype: "Link", options: "Company" },
	],
	onload(report) {
		// Disposal is never automatic: the SENCO reviews the list, then destroys one pupil's file by
		// typing the pupil's ID back. The server checks the SENCO, the school and that the file is due.
		report.page.add_inner_button(__("Dispose of a File"), () => {
			frappe.prompt(
				[
					{ fieldname: "student", label: __("Student"), fieldtype: "Link", options: "Student", reqd: 1 },
					{
						fieldname: "confirm",
						label: __("Type the Student ID again to confirm"),
						fieldtype: "Data",
						reqd: 1,
						description: __("Every SEND document of this pupil, their history, comments, communications and files are deleted for good. Only a log with counts remains."),
					},
				],
				(values) => {
					frappe
						.xcall("senco_app.services.disposal.dispose", values)
						.then((r) => {
							frappe.show_alert({ message: __("File destroyed: {0}", [r.log]), indicator: "green" });
							report.refresh();
						});
				},
				__("Dispose of a Pupil's SEN File"),
				__("Destroy")
			);
		});
	},
};
