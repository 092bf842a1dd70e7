"""Babel extractor for the app's report JSON (named in babel_extractors.csv, which Frappe's
``bench generate-pot-file`` reads before its own): the report's name, as Frappe's extractor gives
it, and the labels of its declared columns (``script_report.declared_columns`` translates them
where they are shown). No Frappe import: babel reads the file as it is."""

import json


def extract(fileobj, *args, **kwargs):
	data = json.load(fileobj)
	if not isinstance(data, dict) or data.get("doctype") != "Report":
		return
	name = data.get("report_name")
	yield None, "_", name, ["Name of a report"]
	for column in data.get("columns") or ():
		yield None, "_", column["label"], [f"Column of report '{name}'"]
