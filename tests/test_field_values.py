from decimal import Decimal

import pytest

from senco_app.rules.field_values import column_limit
from senco_app.rules.field_values import is_single_value
from senco_app.rules.field_values import is_site_file_path
from senco_app.rules.field_values import to_number


@pytest.mark.parametrize(
	"value, number",
	[
		(3, 3.0),
		(True, 1.0),
		(2.5, 2.5),
		(Decimal("1.25"), 1.25),
		("42", 42.0),
		(" 12.5 ", 12.5),
		("-3", -3.0),
		("1e3", 1000.0),
		("10,500.5", 10500.5),
		("1,000,000", 1000000.0),
	],
)
def test_numbers(value, number):
	assert to_number(value) == number


@pytest.mark.parametrize(
	"value",
	[
		"abc",
		"high",
		"12,5",
		"1,00",
		"12 pupils",
		"nan",
		"inf",
		float("nan"),
		float("-inf"),
		[],
		{},
		None,
		object(),
	],
)
def test_not_numbers(value):
	assert to_number(value) is None


def test_single_values():
	for value in (None, "text", 3, 2.5, Decimal("1"), True):
		assert is_single_value(value)
	for value in ([], ["a"], {}, {"a": 1}, (1,), {1}, object()):
		assert not is_single_value(value)


@pytest.mark.parametrize(
	"url",
	["/files/consent.pdf", "/private/files/report 2026.pdf", "/files/a/b.png", "/private/files/x.pdf?fid=1"],
)
def test_site_files(url):
	assert is_site_file_path(url)


@pytest.mark.parametrize(
	"url",
	[
		"javascript:alert(1)",
		"https://example.com/files/a.pdf",
		"//evil.example/files/a.pdf",
		"files/a.pdf",
		"/files/",
		"/files//etc/passwd",
		"/files/../site_config.json",
		"/private/files/a/../../x",
		"/files/a.pdf\njavascript:alert(1)",
		" /files/a.pdf",
		"/public/files/a.pdf",
		"",
		None,
		5,
	],
)
def test_not_site_files(url):
	assert not is_site_file_path(url)


def test_varchar_counts_characters():
	limit = column_limit("varchar", 140)
	assert not limit.exceeded_by("é" * 140)
	assert limit.exceeded_by("a" * 141)
	assert not limit.exceeded_by(12345)


def test_text_counts_utf8_bytes():
	limit = column_limit("text")
	assert not limit.exceeded_by("a" * 65_535)
	assert limit.exceeded_by("a" * 65_536)
	assert limit.exceeded_by("é" * 32_768)  # two bytes each
	assert not limit.exceeded_by("é" * 32_767)
	assert limit.exceeded_by("x" * 3_000_000)
	assert not column_limit("longtext").exceeded_by("x" * 3_000_000)


def test_number_columns():
	assert column_limit("int").exceeded_by(2**31)
	assert not column_limit("int").exceeded_by(-(2**31) + 1)
	assert not column_limit("bigint").exceeded_by(2**31)
	decimal = column_limit("decimal", "21,9")
	assert not decimal.exceeded_by("999,999,999,999.5")
	assert decimal.exceeded_by(1e12)
	assert decimal.exceeded_by("-1e15")
	assert column_limit("decimal", "3,2").exceeded_by(10)


def test_columns_without_a_limit():
	assert column_limit("date") is None
	assert column_limit("json") is None
	assert column_limit("varchar", "") is None
