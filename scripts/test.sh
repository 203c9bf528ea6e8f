#!/usr/bin/env bash
# Installs what is missing, builds Relève with its tests, and runs every test suite:
# unit, integration (real server on loopback), GUI (offscreen), PostgreSQL and keychain.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default --parallel "$(nproc)"
exec scripts/run-tests.sh build "$@"
