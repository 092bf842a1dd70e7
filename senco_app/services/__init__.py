"""Frappe-side services: the reads and writes that controllers, reports, print formats and scheduled
jobs share. The rules they apply are plain Python in ``senco_app.rules``; nothing here is a rule."""
