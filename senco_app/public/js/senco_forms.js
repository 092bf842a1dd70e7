// Copyright (c) 2026, senco_app developers
// For license information, please see license.txt

// What every SEND form shares, in one place. hooks.py adds this file to the script of each SEND
// doctype (doctype_js), so it needs no asset build; a form calls what it needs from its setup.
frappe.provide("senco_app.forms");

// Pupils of the record's school only (any pupil until a school is chosen), in every Student link of
// the form and of its tables. The server checks the same rule on save.
senco_app.forms.set_pupil_queries = function (frm) {
	const pupils_of_school = () => ({ filters: frm.doc.school ? { school: frm.doc.school } : {} });
	const is_pupil = (df) => df.fieldtype === "Link" && df.options === "Student";
	for (const df of frm.meta.fields) {
		if (is_pupil(df)) {
			frm.set_query(df.fieldname, pupils_of_school);
		} else if (frappe.model.table_fields.includes(df.fieldtype)) {
			for (const child of frappe.get_meta(df.options).fields.filter(is_pupil)) {
				frm.set_query(child.fieldname, df.fieldname, pupils_of_school);
			}
		}
	}
};

// Download a register record's SEN history as CTF XML (the server checks read and export on it).
senco_app.forms.download_ctf = function (record) {
	window.open(
		"/api/method/senco_app.services.common_transfer_file.download_sen_ctf?record=" + encodeURIComponent(record)
	);
};

// A table of a few short columns fits a phone: Frappe gives every grid a 738 px minimum width below
// the md breakpoint, so it scrolls sideways; a form lifts that for the tables it names.
senco_app.forms.fit_grids_to_phone = function (frm, tables) {
	frappe.dom.set_style(
		"@media (max-width: 991px) { .senco-fit-grid .form-grid { min-width: 0 !important; } }",
		"senco-fit-grid"
	);
	for (const table of tables) {
		frm.fields_dict[table] && frm.fields_dict[table].$wrapper.addClass("senco-fit-grid");
	}
};

// The SENCO's subject access export: everything held on the form's pupil as a ZIP (PDF, HTML and
// attached files). The server refuses anyone but the SENCO of the pupil's school.
senco_app.forms.add_subject_access_button = function (frm) {
	if (frm.is_new() || !frm.doc.student || !frappe.user.has_role("SENCO")) return;
	frm.add_custom_button(
		__("Subject Access Export"),
		() => {
			const args = new URLSearchParams({ student: frm.doc.student, output: "zip" });
			window.open(`/api/method/senco_app.services.subject_access.export?${args}`);
		},
		__("Actions")
	);
};
