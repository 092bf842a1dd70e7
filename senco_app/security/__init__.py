"""The Frappe-side security layer: the per-school rule and the SENCO-only tier on every route.

- ``doctypes``: which doctypes are protected (plain data).
- ``rows``: who may read which rows: child tables follow their parent, Education's pupil rows
  follow the pupil, and Frappe's reference rows (versions, comments, files, tags, follows...)
  follow the document they point at.
- ``fields``: confidential (permlevel) fields kept from readers who may not see them in every
  response, version history, query filter and file download.
- ``writes``: a write is checked against the saved record, links stay inside one school and pupil,
  files attached to SEND records are private.
- ``guarded_methods``: Frappe, ERPNext and Education whitelisted methods that read rows without
  the rule, wrapped so they cannot.
- ``routes``: the reviewed list of every whitelisted method that takes a doctype, name, filters,
  parent or pupil, checked by a test against what is installed.
"""
