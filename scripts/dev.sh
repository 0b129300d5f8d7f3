#!/usr/bin/env bash
# Development: the API with reload on change, and vite (with HMR) proxying /api to it.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run i18n --silent
NODE_ENV=development node --import tsx --watch server/index.ts &
server_pid=$!
trap 'kill $server_pid 2>/dev/null' EXIT
npx vite
