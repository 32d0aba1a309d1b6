#!/usr/bin/env bash
# Run the whole suite on SQLite, then on a throw-away PostgreSQL cluster started here.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${VENV:-.venv}/bin
export TOWNHALL_DATA_DIR=${TOWNHALL_DATA_DIR:-$(mktemp -d)}
export TOWNHALL_SECRET_KEY=test-secret-key

echo "== migrations are up to date"
$BIN/python -m django makemigrations --check --dry-run --settings=townhall.settings >/dev/null \
  || { echo "Models changed without a migration: run townhall makemigrations." >&2; exit 1; }

# One private Redis for the job tests of both runs (each test worker takes a database number of its own).
source scripts/redis.sh
start_redis
trap stop_redis EXIT
export TOWNHALL_TEST_REDIS_URL="$REDIS_URL"

echo "== test suite on SQLite"
$BIN/pytest -p no:cacheprovider -n 2 "$@"

echo "== test suite on PostgreSQL"
source scripts/postgres.sh
start_postgres
trap 'stop_postgres; stop_redis' EXIT
TOWNHALL_DATABASE_URL="$PG_URL" $BIN/pytest -p no:cacheprovider -n 2 "$@"
