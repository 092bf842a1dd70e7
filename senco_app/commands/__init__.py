"""bench commands of senco_app."""

import click

from frappe.commands import get_site
from frappe.commands import pass_context


@click.command("senco-demo")
@click.option("--force", is_flag=True, default=False, help="Run even on a site that has other pupils")
@pass_context
def senco_demo(context, force=False):
	"""Build a demo trust with two schools, 60 pupils, a SEND register and demo users."""
	import frappe
	from frappe.utils import get_url_to_report

	from senco_app.demo import DEMO_PASSWORD
	from senco_app.demo import USERS
	from senco_app.demo import create

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


@click.command("senco-benchmark")
@click.option("--schools", type=int, default=5, help="Schools in the trust (50 is the trust of issue 13)")
@click.option("--runs", type=int, default=3, help="Timed runs of each measure (the median is shown)")
@click.option("--no-build", is_flag=True, default=False, help="Measure the data an earlier run built")
@click.option("--yes-destroy-data", is_flag=True, default=False, help="Run on a site not named bench...")
@pass_context
def senco_benchmark(context, schools=5, runs=3, no_build=False, yes_destroy_data=False):
	"""Build a trust of N schools with bulk SQL on a throwaway site and print reports', the list's,
	the daily jobs' and a save's time, queries and rows (senco_app.benchmark)."""
	import frappe

	from senco_app import benchmark

	site = get_site(context)
	if not benchmark.allowed_site(site, yes_destroy_data):
		raise click.UsageError(
			f"senco-benchmark writes thousands of rows: run it on a site named bench..., or pass "
			f"--yes-destroy-data (never on test_site or install_test_site). Site: {site}"
		)
	frappe.init(site=site)
	frappe.connect()
	try:
		frappe.set_user("Administrator")
		if not no_build:
			made = benchmark.build(schools)
			click.echo(
				f"Built a trust of {schools} schools: " + ", ".join(f"{v} {k}" for k, v in made.items())
			)
		click.echo(benchmark.format_table(benchmark.benchmark(runs)))
	finally:
		frappe.destroy()


commands = [senco_demo, senco_benchmark]
