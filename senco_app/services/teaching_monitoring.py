"""Follow-ups of the monitoring of teaching: each open action agreed at a learning walk, book look,
observation or pupil voice visit is told to its owner as an in-app notification (Notification Log,
as the app's other reminders are) when it falls due within ACTION_NOTICE_DAYS days or is already
late, once: the action keeps the day its owner was told (``notified_on``), and a new owner or due
date clears it (SENDTeachingMonitoring.renotify_changed_actions).

Batched as the other daily jobs are: one query reads every action to tell, one writes their
notifications, one marks them told and one flags the owners' bells, whatever the number of actions
or owners (the notifications skip Notification Log's per-row insert, and with it its e-mail copy)."""

import frappe
from frappe import _
from frappe.utils import formatdate
from frappe.utils import getdate
from frappe.utils import now_datetime
from frappe.utils import today

from senco_app.permissions import has_school_permission
from senco_app.permissions import school_query_conditions
from senco_app.rules.staff_development import ACTION_NOTICE_DAYS
from senco_app.rules.staff_development import notify_by

VISIT = "SEND Teaching Monitoring"
ACTION = "SEND Monitoring Action"
# Roles that read every visit of their schools; anyone else who may read visits (SEND Staff) reads
# only those about them: findings on one teacher's lessons are not for every colleague.
READS_ALL_VISITS = {"SENCO", "SEND Viewer", "System Manager"}


# Who reads which visit


def reads_own_visits_only(user: str | None = None) -> bool:
	user = user or frappe.session.user
	return user != "Administrator" and not READS_ALL_VISITS & set(frappe.get_roles(user))


def monitoring_query_conditions(user: str | None = None, doctype: str | None = None) -> str:
	"""The school rule and, for SEND Staff, the visits about them: their lessons, those they carried
	out and those with an action they own."""
	user, doctype = user or frappe.session.user, doctype or VISIT
	conditions = [c for c in (school_query_conditions(user, doctype),) if c]
	if reads_own_visits_only(user):
		me, table = frappe.db.escape(user), f"`tab{doctype}`"
		conditions.append(
			f"{table}.`teacher` = {me} or {table}.`carried_out_by` = {me} or {table}.`name` in"
			f" (select `parent` from `tab{ACTION}` where `parenttype` = {frappe.db.escape(VISIT)}"
			f" and `action_owner` = {me})"
		)
	return " and ".join(f"({c})" for c in conditions)


def has_monitoring_permission(doc, ptype=None, user=None, debug=False) -> bool:
	if not has_school_permission(doc, ptype, user):
		return False
	user = user or frappe.session.user
	if not reads_own_visits_only(user) or user in (doc.get("teacher"), doc.get("carried_out_by")):
		return True
	return bool(
		doc.name and frappe.db.exists(ACTION, {"parenttype": VISIT, "parent": doc.name, "action_owner": user})
	)


# Follow-ups


def actions_to_notify(now, notice_days: int = ACTION_NOTICE_DAYS) -> list[dict]:
	"""Open actions due by ``notify_by`` whose owner (an enabled user who has not turned notifications
	off) has not been told of them yet, with their visit. One query."""
	action, visit = frappe.qb.DocType(ACTION), frappe.qb.DocType(VISIT)
	user, settings = frappe.qb.DocType("User"), frappe.qb.DocType("Notification Settings")
	return (
		frappe.qb.from_(action)
		.join(visit)
		.on((action.parent == visit.name) & (action.parenttype == VISIT))
		.join(user)
		.on(user.name == action.action_owner)
		.left_join(settings)
		.on(settings.name == action.action_owner)
		.select(
			action.name,
			action.parent,
			action.action,
			action.action_owner,
			action.due_date,
			visit.visit_type,
			visit.visit_date,
		)
		.where(
			(action.status == "Open")
			& action.notified_on.isnull()
			& (action.due_date <= notify_by(now, notice_days))
			& (user.enabled == 1)
			& ((settings.enabled.isnull()) | (settings.enabled == 1))
		)
		.run(as_dict=True)
	)


def subject(row, now) -> str:
	due = getdate(row.due_date)
	what = _("{0} ({1} on {2})").format(
		frappe.utils.strip_html(row.action or "")[:140], _(row.visit_type), formatdate(row.visit_date)
	)
	if due < now:
		return _("Action overdue since {0}: {1}").format(formatdate(due), what)
	return _("Action due {0}: {1}").format(formatdate(due), what)


def notify_actions_due(notice_days: int = ACTION_NOTICE_DAYS) -> list[str]:
	"""Tell each owner of their actions due soon or late, once; returns the actions told."""
	now = getdate(today())
	rows = actions_to_notify(now, notice_days)
	if not rows:
		return []
	stamp = now_datetime()
	fields = (
		"name",
		"creation",
		"modified",
		"owner",
		"modified_by",
		"type",
		"document_type",
		"document_name",
		"for_user",
		"from_user",
		"subject",
		"read",
	)
	values = [
		(
			frappe.generate_hash(length=10),
			stamp,
			stamp,
			"Administrator",
			"Administrator",
			"Alert",
			VISIT,
			row.parent,
			row.action_owner,
			"Administrator",
			subject(row, now),
			0,
		)
		for row in rows
	]
	frappe.db.bulk_insert("Notification Log", fields, values)
	action = frappe.qb.DocType(ACTION)
	names = [row.name for row in rows]
	frappe.qb.update(action).set(action.notified_on, now).where(action.name.isin(names)).run()
	owners = sorted({row.action_owner for row in rows})
	settings = frappe.qb.DocType("Notification Settings")
	frappe.qb.update(settings).set(settings.seen, 0).where(settings.name.isin(owners)).run()
	for owner in owners:  # the bell of each owner's open desk (Redis, after the commit; no query)
		frappe.publish_realtime("notification", after_commit=True, user=owner)
	return names


def daily():
	"""Scheduler: owners hear of monitoring actions falling due."""
	notify_actions_due()
