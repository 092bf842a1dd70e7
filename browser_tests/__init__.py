"""Browser tests: the desk as the demo users use it, driven through Chromium by Playwright.

Run by ./run-tests (scripts/bench-lib.sh `browser_tests`), which serves a demo site and sets
SENCO_BROWSER_URL; see browser_tests/desk.py for the helpers."""
