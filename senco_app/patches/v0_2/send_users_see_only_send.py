"""SEND-only users made before the SEND Module Profile get it, so ERPNext's workspaces (Home,
Accounting, ...) leave their sidebar; a school's own module profile or blocked modules are kept
(senco_app.services.users)."""

from senco_app.services.users import assign_module_profile
from senco_app.services.users import sync_module_profile


def execute():
	sync_module_profile()
	assign_module_profile()
