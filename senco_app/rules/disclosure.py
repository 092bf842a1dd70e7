"""Small-number suppression: what the aggregate reports show a reader who may not see pupils (a
governor), so that no figure points to a child.

A count of one to four pupils, set beside what a governor knows of a school (a class, a family, a
year group), can name a child. For such readers:

- a count of pupils from 1 to 4 is shown as "<5"; 0 is shown, since it names no one;
- a percentage or an average is withheld ("c") when fewer than 5 pupils are behind it, and a
  percentage also when its part, or the rest of its whole, is from 1 to 4: either would give back a
  count under 5;
- where the figures on a page add up (a column and its total, a school's pupils by primary need and
  its pupils on SEN Support and with a plan), a count under 5 must not come back by subtraction: while
  any such sum has exactly one figure hidden, its smallest other non-zero figure is withheld too
  ("c"). This is the usual primary and secondary (complementary) cell suppression of published
  tables; "c" is the symbol DfE statistics use for a figure withheld to protect confidentiality.

The threshold of 5 is the project's rule (DESIGN.md: counts under 5 shown as "<5"). What this does
not stop: differencing between two runs (another date, another filter) or between two reports.
"""

from collections.abc import Hashable
from collections.abc import Iterable
from collections.abc import Sequence

THRESHOLD = 5
WITHHELD = "c"


def small(threshold: int = THRESHOLD) -> str:
	"""The mark shown in place of a count from 1 to ``threshold - 1``."""
	return f"<{threshold}"


def is_small(n: int, threshold: int = THRESHOLD) -> bool:
	"""A count of pupils that is shown only as "<5": from 1 to ``threshold - 1``."""
	return 0 < n < threshold


def count(n: int, threshold: int = THRESHOLD) -> int | str:
	"""A count of pupils as shown: "<5" from 1 to 4, else the count."""
	return small(threshold) if is_small(n, threshold) else n


def is_shown(value) -> bool:
	"""Whether a shown figure is the figure itself (not "<5" or "c")."""
	return not isinstance(value, str)


def rate(part: int, whole: int, digits: int = 1, threshold: int = THRESHOLD) -> float | str:
	"""``part`` as a percentage of ``whole`` pupils, or "c" when fewer than ``threshold`` pupils are
	behind it or when ``part`` or ``whole - part`` is from 1 to ``threshold - 1``."""
	if whole < threshold or is_small(part, threshold) or is_small(whole - part, threshold):
		return WITHHELD
	return round(100.0 * part / whole, digits)


def figure(value, pupils: int, threshold: int = THRESHOLD):
	"""A figure worked out from ``pupils`` pupils' values (an average, a cost per unit of progress), or
	"c" when fewer than ``threshold`` pupils are behind it (None, no figure, stays None)."""
	return value if value is None or pupils >= threshold else WITHHELD


def protect(
	cells: dict[Hashable, int], sums: Iterable[Iterable[Hashable]], threshold: int = THRESHOLD
) -> dict[Hashable, int | str]:
	"""Every cell as shown: counts from 1 to ``threshold - 1`` as "<5", then, while any of ``sums``
	(groups of cells tied by an addition shown on the page, such as a column and its total) has
	exactly one cell hidden, its smallest other non-zero cell (the first in ``cells`` on a tie) shown
	as "c". Keys of ``sums`` that are not cells are ignored."""
	order = {key: i for i, key in enumerate(cells)}
	groups = [[key for key in group if key in cells] for group in sums]
	hidden = {key: small(threshold) for key, n in cells.items() if is_small(n, threshold)}
	changed = True
	while changed:
		changed = False
		for group in groups:
			if sum(1 for key in group if key in hidden) != 1:
				continue
			others = [key for key in group if key not in hidden and cells[key] > 0]
			if others:
				hidden[min(others, key=lambda k: (cells[k], order[k]))] = WITHHELD
				changed = True
	return {key: hidden.get(key, n) for key, n in cells.items()}


def protect_columns(
	rows: list[dict],
	fields: Sequence[str],
	sums: Iterable[Iterable[Hashable]] = (),
	threshold: int = THRESHOLD,
) -> tuple[list[dict], dict[str, int | str]]:
	"""A table of pupil counts whose column totals are shown: the rows and the totals as shown.

	Cells are keyed ``(row index, field)`` and totals ``("total", field)``; each column with its total
	is a sum, and ``sums`` adds any other (e.g. one row's fields that add up to another of its fields).
	Fields not in ``fields`` are copied as they are."""
	cells = {(i, f): int(row.get(f) or 0) for i, row in enumerate(rows) for f in fields}
	for f in fields:
		cells["total", f] = sum(cells[i, f] for i in range(len(rows)))
	columns = [[*((i, f) for i in range(len(rows))), ("total", f)] for f in fields]
	shown = protect(cells, [*columns, *sums], threshold)
	out = [{**row, **{f: shown[i, f] for f in fields}} for i, row in enumerate(rows)]
	return out, {f: shown["total", f] for f in fields}
