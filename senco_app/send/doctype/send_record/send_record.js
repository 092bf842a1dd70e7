// Copyright (c) 2026, senco_app developers
// For license information, please see license.txt

frappe.ui.form.on("SEND Record", {
	setup(frm) {
		senco_app.forms.set_pupil_queries(frm);
		frm.set_query("school", () => ({ filters: { is_group: 0 } }));
		frm.set_query("need_type", "needs", () => ({ filters: { disabled: 0 } }));
	},
	student(frm) {
		if (frm.doc.student && !frm.doc.school) {
			frappe.db.get_value("Student", frm.doc.student, "school").then(({ message }) => {
				if (message && message.school) frm.set_value("school", message.school);
			});
		}
	},
	refresh(frm) {
		senco_app.forms.fit_grids_to_phone(frm, ["needs"]);
		senco_app.forms.add_subject_access_button(frm);
		show_loans(frm); // equipment still out, even once the record is closed
		if (frm.doc.status === "Closed") {
			frm.dashboard.set_headline(__("Closed on {0}: {1}", [frappe.datetime.str_to_user(frm.doc.end_date), frm.doc.end_reason || ""]));
			return;
		}
		// what needs doing, in the colour of a warning (a ticked box alone reads as good news)
		if (frm.doc.review_overdue) {
			frm.dashboard.add_indicator(__("Review overdue since {0}", [frappe.datetime.str_to_user(frm.doc.next_review_due)]), "red");
		}
		if (frm.doc.too_few_parent_meetings) {
			frm.dashboard.add_indicator(
				__("Too few parent meetings: {0} in the last twelve months", [cint(frm.doc.parent_meetings_12m)]),
				"orange"
			);
		}
		if (!frm.is_new() && frappe.model.can_export("SEND Record")) {
			frm.add_custom_button(__("Download CTF (SEN)"), () =>
				senco_app.forms.download_ctf(frm.doc.name)
			);
		}
	},
});

// The pupil's equipment on loan now (SEND Resource loans not returned), as indicators; the query is
// the one test_send_resource runs (PUPIL_LOANS), read through the per-school rule like any list.
function show_loans(frm) {
	if (frm.is_new() || !frm.doc.student || !frappe.model.can_read("SEND Resource")) return;
	frappe.db
		.get_list("SEND Resource", {
			fields: ["item", "`tabSEND Resource Loan`.due_back_date as due_back_date"],
			filters: [
				["SEND Resource Loan", "student", "=", frm.doc.student],
				["SEND Resource Loan", "returned_date", "is", "not set"],
			],
			limit: 20,
		})
		.then((loans) => {
			for (const loan of loans) {
				const late = loan.due_back_date && loan.due_back_date < frappe.datetime.get_today();
				frm.dashboard.add_indicator(
					loan.due_back_date
						? __("On loan: {0}, due back {1}", [loan.item, frappe.datetime.str_to_user(loan.due_back_date)])
						: __("On loan: {0}", [loan.item]),
					late ? "orange" : "blue"
				);
			}
		});
}

frappe.ui.form.on("SEND Record Need", {
	needs_add(frm) {
		// a new row takes the next free rank (rank 1 is the primary need), by the server's rule
		const sent = (frm.doc.needs || []).map((row) => row.name);
		const ranks = (frm.doc.needs || []).map((row) => cint(row.rank));
		frappe.xcall("senco_app.send.doctype.send_record.send_record.rank_needs", { ranks }).then((ranked) => {
			for (const row of frm.doc.needs || []) {
				const i = sent.indexOf(row.name);
				if (i >= 0 && !cint(row.rank) && ranked[i]) frappe.model.set_value(row.doctype, row.name, "rank", ranked[i]);
			}
		});
	},
});
