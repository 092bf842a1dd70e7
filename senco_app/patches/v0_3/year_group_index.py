"""Program Enrollment indexed by student, enrolment date and creation (issue 13): a pupil's year
group on a day is their latest enrolment begun by then, which this index gives in order, without a
sort per pupil (install.INDEXES). Sites from before it get it here; the index a site has already is
left as it is."""

from senco_app.install import add_indexes


def execute():
	add_indexes()
