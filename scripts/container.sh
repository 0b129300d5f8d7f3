#!/usr/bin/env bash
# The image's steps in one place: the Dockerfile runs each of them, and so does the test suite
# (tests/deploy/production-install.test.ts), so what the image does is what is tested.
#
#   scripts/container.sh build                 in the sources: install everything, build dist/
#   scripts/container.sh assemble <dir>        copy what production runs (no sources) into <dir>
#   scripts/container.sh install-production    in that folder: production dependencies only
#   scripts/container.sh start                 run the built server (NODE_ENV=production unless set)
#   scripts/container.sh healthcheck           exit 0 when /api/health answers on $PORT
set -euo pipefail

case "${1:-}" in
  build)
    # npm ci refuses a lock that lacks optional builds for other platforms (see .ci/run).
    npm ci --no-audit --no-fund || npm install --no-audit --no-fund
    npm run build
    ;;
  assemble)
    target="${2:?usage: scripts/container.sh assemble <dir>}"
    mkdir -p "$target/prisma" "$target/scripts/build"
    cp -R dist "$target/"
    cp package.json package-lock.json "$target/"
    # The migrations (applied at start) and the schema the migration engine reads.
    cp prisma/schema.prisma "$target/prisma/"
    cp -R prisma/sqlite prisma/postgres "$target/prisma/"
    cp scripts/build/*.js scripts/container.sh "$target/scripts/build/"
    mv "$target/scripts/build/container.sh" "$target/scripts/"
    ;;
  install-production)
    # Runs postinstall (scripts/build/postinstall.js), which sees no dev tools and generates nothing.
    npm ci --omit=dev --no-audit --no-fund || npm install --omit=dev --no-audit --no-fund
    ;;
  start)
    export NODE_ENV="${NODE_ENV:-production}"
    # A small young generation keeps the process under 200 MB under load (docs/decisions/0030-server-memory.md).
    exec node --max-semi-space-size=4 dist/server/index.js
    ;;
  healthcheck)
    exec node -e "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
    ;;
  *)
    sed -n '2,11p' "$0"
    exit 2
    ;;
esac
