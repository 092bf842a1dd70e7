frappe.listview_settings["SEND Record"] = {
	add_fields: ["sen_provision", "status"],
	get_indicator(doc) {
		if (doc.status === "Closed") return [__("Closed"), "gray", "status,=,Closed"];
		const colour = { "EHC Plan": "purple", "SEN Support": "blue", Monitoring: "orange" }[doc.sen_provision];
		return [__(doc.sen_provision), colour || "gray", "sen_provision,=," + doc.sen_provision];
	},
};
