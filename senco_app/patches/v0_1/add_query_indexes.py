"""The indexes the app's queries need (issue 13): Program Enrollment by student (Education's table,
read for every pupil's year group). The app's own doctypes get theirs (SEND Review by EHC plan,
Provision Map Pupil by student) from search_index in their JSON when the site migrates."""

from senco_app.install import add_indexes


def execute():
	add_indexes()
