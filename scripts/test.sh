#!/usr/bin/env bash
# The one gate (`npm test`; CI runs exactly this): everything that must pass, in order of cost.
# With TEST_DATABASE_URL=postgres://… the API suite runs a second time against that server.
set -euo pipefail
cd "$(dirname "$0")/.."

npm run i18n
npm run db:generate --silent
echo '== typecheck'; npx tsc -p tsconfig.json --noEmit
echo '== lint'; npm run lint --silent
echo '== migrations'; npm run db:migrate:check --silent

# Built before the tests: the server-process tests and the browser tests run the built server.
# As `npm start` builds it (NODE_ENV=production: React's production server renderer prerenders step 1).
echo '== build'; NODE_ENV=production npm run build --silent

pg_url="${TEST_DATABASE_URL:-}"
echo '== unit, components, API (SQLite)'
TEST_DATABASE_URL= npx vitest run --project unit --project components --project api
if [ -n "$pg_url" ]; then
  echo '== API (PostgreSQL)'
  TEST_DATABASE_URL="$pg_url" npx vitest run --project api
fi
# haproxy in front of three server processes (PostgreSQL when there is one, else one SQLite file).
echo '== cluster (short form of npm run bench:cluster)'
TEST_DATABASE_URL="$pg_url" npx vitest run --project cluster
echo '== production install (the Dockerfile steps: scripts/container.sh)'
npx vitest run --project deploy

echo '== browser (Playwright, Chromium)'; npx playwright test
