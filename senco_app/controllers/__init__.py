"""Frappe-side base classes for the app's controllers (no SEND rules: those are in ``senco_app.rules``)."""
