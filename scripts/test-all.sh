#!/usr/bin/env bash
# Everything a reviewer runs: npm test. Stops at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "type check"; npx tsc --noEmit
step "lint"; npx biome lint .
step "unit tests"; npx vitest run
step "build: Chrome (MV3) and Firefox"; npx wxt build; npx wxt build -b firefox
step "build: e2e variants (test hooks only here)"; npx wxt build --mode e2e; npx wxt build -b firefox --mode e2e
step "web-ext lint (Firefox build)"; npx web-ext lint --source-dir .output/firefox-mv2 --no-input
if ls tests/e2e/*.test.mjs >/dev/null 2>&1; then
  step "real-browser tests: Chromium and Firefox"; node --test --test-concurrency=1 tests/e2e/
fi
