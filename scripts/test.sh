#!/usr/bin/env bash
# npm test: every check CI runs, cheapest first, stopping at the first failure.
# Integration and e2e tests use TEST_DATABASE_URL (a real Postgres server, only used to create
# their own databases) when set, and an embedded PGlite otherwise (see server/test/global-setup.ts
# and playwright.config.ts). The e2e step needs Chromium (CHROMIUM_PATH, default /usr/bin/chromium).
# The last line is a plain "tests: N passed, N failed, N skipped" over all three test runners, the
# form CI reads (it does not parse Vitest's or Playwright's own summaries).
set -euo pipefail
cd "$(dirname "$0")/.."

steps=(lint lint:arch typecheck db:check test:unit test:int build test:e2e)
results=$(mktemp -d)
timings=()
current=""
started=$SECONDS

# Adds up the JSON reports the runners wrote (Vitest: Jest's format; Playwright: stats).
tally() {
  node -e '
    const fs = require("node:fs"), path = require("node:path");
    const t = { passed: 0, failed: 0, skipped: 0 };
    for (const f of fs.readdirSync(process.argv[1])) {
      const r = JSON.parse(fs.readFileSync(path.join(process.argv[1], f), "utf8"));
      if (r.stats) {
        t.passed += r.stats.expected + r.stats.flaky;
        t.failed += r.stats.unexpected;
        t.skipped += r.stats.skipped;
      } else {
        t.passed += r.numPassedTests;
        t.failed += r.numFailedTests;
        t.skipped += r.numPendingTests + r.numTodoTests;
      }
    }
    console.log(`tests: ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`);
  ' "$results"
}

on_exit() {
  local code=$?
  if [[ $code -ne 0 && -n "$current" ]]; then
    echo
    echo "npm test: FAILED at step '$current' (exit $code) after $((SECONDS - started))s"
    tally || true
  fi
  rm -rf "$results"
}
trap on_exit EXIT

for step in "${steps[@]}"; do
  current=$step
  echo
  echo "==> npm run $step"
  t=$SECONDS
  case $step in
    test:unit | test:int)
      npm run --silent "$step" -- --reporter=default --reporter=json --outputFile.json="$results/${step#test:}.json"
      ;;
    test:e2e)
      PLAYWRIGHT_JSON_OUTPUT_FILE="$results/e2e.json" npm run --silent "$step" -- --reporter=list,json
      ;;
    *)
      npm run --silent "$step"
      ;;
  esac
  timings+=("$step $((SECONDS - t))s")
done
current=""

echo
echo "npm test: all ${#steps[@]} steps passed in $((SECONDS - started))s ($(IFS=,; echo "${timings[*]}" | sed 's/,/, /g'))"
tally
