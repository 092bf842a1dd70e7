"""Every whitelisted method of frappe, erpnext and education that takes a doctype, a name, filters, a
parent or a pupil, reviewed: why it cannot reach rows past the per-school rule or the confidential
tier. test_routes enumerates the installed methods and fails on any that is missing here, so a
method a new Frappe adds is reviewed before it ships.

Classes:
- guarded: wrapped in senco_app.security.guarded_methods (override_whitelisted_methods);
- checked: reads and writes through Frappe's permission checks on the named record or doctype,
  which the app's hooks extend (school rule, child tables, pupil rows, reference rows, permlevel);
- fixed: touches only fixed doctypes the app does not protect, whatever the caller sends;
- restricted: only roles SEND users never hold (System Manager and the like) can run it;
- meta: reads metadata, settings or static data only;
- accepted: writes a flag and returns nothing of any record (reason given).

The review itself is data, in reviewed_routes.json beside this module: each method's dotted path ->
[class, reason].
"""

import json
from pathlib import Path

REVIEWED: dict[str, tuple[str, str]] = {
	method: tuple(review)
	for method, review in json.loads(Path(__file__).with_name("reviewed_routes.json").read_text()).items()
}
