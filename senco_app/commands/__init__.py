"""bench commands of senco_app."""

import click

from frappe.commands import get_site, pass_context


@click.command("senco-demo")
@click.option("--force", is_flag=True, default=False, help="Run even on a site that has other pupils")
@pass_context
def senco_demo(context, force=False):
	"""Build a demo trust with two schools, 60 pupils, a SEND register and demo users."""
	import frappe
	from frappe.utils import get_url_to_report

	from senco_app.demo import DEMO_PASSWORD, USERS, create

	site = get_site(context)
	frappe.init(site=site)
	frappe.connect()
	try:
		frappe.set_user("Administrator")
		made = create(force=force)
		frappe.db.commit()
		click.echo(
			"Demo trust ready: {schools} schools, {pupils} pupils, {register} register entries, {plans} plans "
			"and {users} users made (0 means it was there already).".format(**made)
		)
		click.echo(f"Log in as any of these (password {DEMO_PASSWORD}):")
		for email, _first, role, schools in USERS:
			click.echo(f"  {email:28} {role:13} {', '.join(schools)}")
		click.echo(f"Then open {get_url_to_report('SEND Register', 'Script Report')}")
	finally:
		frappe.destroy()


commands = [senco_demo]
