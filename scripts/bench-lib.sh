# Shared by ./run-tests and ./demo: find the Frappe bench, run bench as its owner, and install this
# checkout into a site. Sourced, not run. The bench itself is built by hand (see README).

SENCO_BENCH=${SENCO_BENCH:-/opt/frappe-bench}
# Runs on one bench take turns through this lock, so several checkouts can share a bench; a second
# bench beside it takes a lock of its own (SENCO_BENCH_LOCK) and runs at the same time.
BENCH_LOCK=${SENCO_BENCH_LOCK:-/tmp/senco-bench.lock}
CHECKOUT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

have_bench() {
	[ -d "$SENCO_BENCH/apps/frappe" ] && [ -x "$SENCO_BENCH/env/bin/python" ]
}

# Run a command in the bench folder as the user who owns the bench (bench refuses root).
in_bench() {
	local owner
	owner=$(stat -c %U "$SENCO_BENCH")
	if [ "$(id -un)" = "$owner" ]; then
		(cd "$SENCO_BENCH" && env PATH="$SENCO_BENCH/env/bin:$HOME/.local/bin:$PATH" "$@")
	else
		local home
		home=$(getent passwd "$owner" | cut -d: -f6)
		runuser -u "$owner" -- env -i HOME="$home" USER="$owner" LANG=C.UTF-8 CI="${CI:-}" \
			PATH="$SENCO_BENCH/env/bin:$home/.local/bin:/usr/local/bin:/usr/bin:/bin" \
			bash -c 'cd "$0" && exec "$@"' "$SENCO_BENCH" "$@"
	fi
}

bench_cmd() {
	in_bench bench "$@"
}

# Copy this checkout into the bench as apps/senco_app (what `bench get-app <path>` does, but
# with uncommitted work too), and make sure the bench's Python can import it.
install_checkout() {
	local owner target="$SENCO_BENCH/apps/senco_app"
	owner=$(stat -c %U "$SENCO_BENCH")
	if [ -L "$target" ]; then rm "$target"; fi
	mkdir -p "$target"
	rsync -a --delete --exclude .git --exclude .venv --exclude __pycache__ --exclude .pytest_cache \
		--exclude .ruff_cache "$CHECKOUT/" "$target/"
	chown -R "$owner" "$target" 2>/dev/null || true
	# (the bench's Python must import this copy: a bench copied from another keeps that one's path)
	if ! in_bench env/bin/python -c "import os, senco_app, pandas; assert os.path.realpath(senco_app.__file__).startswith(os.path.realpath('apps/senco_app'))" >/dev/null 2>&1; then
		in_bench env/bin/python -m pip install --quiet -e apps/senco_app
	fi
	grep -qx senco_app "$SENCO_BENCH/sites/apps.txt" || echo senco_app >>"$SENCO_BENCH/sites/apps.txt"
}

# Import every module of the checkout in the bench's Python. Frappe's migrate deletes a DocType
# whose controller fails to import (as an orphan), so a checkout that does not import must never
# reach migrate.
check_imports() {
	in_bench env/bin/python - <<'PY'
import importlib, pkgutil, sys
import senco_app
failed = []
for module in pkgutil.walk_packages(senco_app.__path__, "senco_app."):
	try:
		importlib.import_module(module.name)
	except Exception as e:
		failed.append(f"{module.name}: {e!r}")
if failed:
	print("These modules do not import; not migrating:", *failed, sep="\n  ")
	sys.exit(1)
PY
}

# Make sure $1 exists with ERPNext, Education and senco_app installed, migrated to this checkout.
prepare_site() {
	local site=$1
	local log
	check_imports || return 1
	log=$(mktemp)
	if [ ! -d "$SENCO_BENCH/sites/$site" ]; then
		echo "Creating site $site with ERPNext and Education; this takes a few minutes."
		quietly "$log" bench_cmd new-site "$site" --db-root-password "${SENCO_DB_ROOT_PASSWORD:-root}" \
			--admin-password "${SENCO_ADMIN_PASSWORD:-admin}" --install-app erpnext --install-app education ||
			return 1
	fi
	# The checkout just copied may differ from what the site's cache holds (hooks, the app's
	# modules); Frappe reads its module map from that cache when a bench command starts, and
	# migrate syncs only the modules in it. Start from an empty cache.
	quietly "$log" bench_cmd --site "$site" clear-cache || return 1
	if bench_cmd --site "$site" list-apps 2>/dev/null | grep -q '^senco_app'; then
		echo "Migrating $site to this checkout"
		quietly "$log" bench_cmd --site "$site" migrate || return 1
	else
		echo "Installing senco_app on $site"
		quietly "$log" bench_cmd --site "$site" install-app senco_app || return 1
	fi
	rm -f "$log"
}

# The install test (scripts/install_test.py) on its own site $1: install on a site whose cache
# predates the app, uninstall, install again after a failed install. Prints its own result line.
install_test() {
	local site=$1
	in_bench env/bin/python apps/senco_app/scripts/install_test.py --site "$site" \
		--db-root-password "${SENCO_DB_ROOT_PASSWORD:-root}" --admin-password "${SENCO_ADMIN_PASSWORD:-admin}"
}

# Run a command with its output in a log; show the end of the log if it fails.
quietly() {
	local log=$1
	shift
	if ! "$@" >"$log" 2>&1; then
		tr '\r' '\n' <"$log" | grep -v '^Updating DocTypes' | tail -40
		return 1
	fi
}

# Why the browser tests cannot run here (empty when they can): Debian's Chromium and Playwright's
# Python API in the bench's env (no browser is ever downloaded).
browser_tests_missing() {
	[ -x "${SENCO_CHROMIUM:-/usr/bin/chromium}" ] || { echo "no Chromium at ${SENCO_CHROMIUM:-/usr/bin/chromium}"; return; }
	"$SENCO_BENCH/env/bin/python" -c "from playwright.sync_api import sync_playwright" >/dev/null 2>&1 ||
		echo "Playwright's Python API does not import in $SENCO_BENCH/env (pip install playwright there)"
}

# The browser tests (browser_tests/) on their own demo site $1: migrate it to this checkout, build
# the demo (idempotent), serve it on $SENCO_BROWSER_PORT (8011), run the tests with the bench's
# Python and stop the server. Screenshots go to docs/screenshots/. Prints
# `browser: N passed, M failed`; returns non-zero on any failure.
browser_tests() {
	local site=$1 port=${SENCO_BROWSER_PORT:-8011} log server rc ran failed skipped summary
	prepare_site "$site" || { echo "browser: could not install or migrate site $site"; return 1; }
	log=$(mktemp)
	quietly "$log" bench_cmd --site "$site" senco-demo || { echo "browser: the demo failed on $site"; return 1; }
	bench_cmd --site "$site" set-config host_name "http://127.0.0.1:$port" >/dev/null
	server=$(mktemp)
	setsid bash -c "$(declare -f in_bench bench_cmd); SENCO_BENCH='$SENCO_BENCH'; bench_cmd --site '$site' serve --port '$port' --noreload" >"$server" 2>&1 &
	local pid=$!
	for _ in $(seq 90); do
		curl -fsS -o /dev/null "http://127.0.0.1:$port/api/method/ping" 2>/dev/null && break
		sleep 1
	done
	SENCO_BROWSER_URL="http://127.0.0.1:$port" SENCO_SCREENSHOTS="$CHECKOUT/docs/screenshots" \
		"$SENCO_BENCH/env/bin/python" -m unittest discover -s "$CHECKOUT/browser_tests" -t "$CHECKOUT" -v 2>&1 | tee "$log"
	rc=${PIPESTATUS[0]}
	kill -- -"$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	ran=$(grep -Eo '^Ran [0-9]+ tests?' "$log" | tail -1 | grep -Eo '[0-9]+' || echo 0)
	failed=0
	if summary=$(grep -E '^FAILED \(' "$log" | tail -1); then
		for n in $(echo "$summary" | grep -Eo '(failures|errors)=[0-9]+' | grep -Eo '[0-9]+'); do
			failed=$((failed + n))
		done
	fi
	skipped=$(grep -E '^(OK|FAILED) \(' "$log" | tail -1 | grep -Eo 'skipped=[0-9]+' | grep -Eo '[0-9]+' || echo 0)
	if [ "$ran" -eq 0 ]; then
		echo "browser: no test ran; the server said:"
		tail -20 "$server"
		rc=1
	fi
	[ "$failed" -gt 0 ] && rc=1
	local passed=$((ran - failed - skipped)) also=""
	[ "$skipped" -gt 0 ] && also=", $skipped skipped"
	echo "browser: $((passed > 0 ? passed : 0)) passed, $failed failed$also"
	rm -f "$log" "$server"
	return "$rc"
}
