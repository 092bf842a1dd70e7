frappe.listview_settings["SEND Record"] = {
	add_fields: ["sen_provision", "status"],
	onload(listview) {
		if (frappe.model.can_create("SEND Record")) {
			listview.page.add_inner_button(__("Import CTF (SEN)"), () =>
				import_ctf_dialog(() => listview.refresh())
			);
		}
	},
	get_indicator(doc) {
		if (doc.status === "Closed") return [__("Closed"), "gray", "status,=,Closed"];
		const colour = { "EHC Plan": "purple", "SEN Support": "blue", Monitoring: "orange" }[doc.sen_provision];
		return [__(doc.sen_provision), colour || "gray", "sen_provision,=," + doc.sen_provision];
	},
};

// Import the SEN history of a CTF for joining pupils (matched by UPN in the chosen school); the
// server checks the user holds the school and imports all of the file or nothing.
function import_ctf_dialog(on_done) {
	const dialog = new frappe.ui.Dialog({
		title: __("Import CTF (SEN history)"),
		fields: [
			{ fieldname: "school", fieldtype: "Link", options: "Company", label: __("School"), reqd: 1, get_query: () => ({ filters: { is_group: 0 } }) },
			{ fieldname: "file", fieldtype: "HTML", options: '<input type="file" accept=".xml,text/xml" class="form-control ctf-file">' },
			{ fieldname: "xml", fieldtype: "Code", options: "XML", label: __("Or paste the CTF XML") },
		],
		primary_action_label: __("Import"),
		primary_action(values) {
			const input = dialog.$wrapper.find(".ctf-file").get(0);
			const send = (xml) =>
				frappe
					.xcall("senco_app.services.common_transfer_file.import_sen_ctf", { school: values.school, xml })
					.then((records) => {
						dialog.hide();
						frappe.msgprint(__("Imported {0} SEND Record(s): {1}", [records.length, records.join(", ")]));
						if (on_done) on_done(records);
					});
			if (input && input.files && input.files.length) {
				const reader = new FileReader();
				reader.onload = () => send(reader.result);
				reader.readAsText(input.files[0]);
			} else {
				send(values.xml || "");
			}
		},
	});
	dialog.show();
}
