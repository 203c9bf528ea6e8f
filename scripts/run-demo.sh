#!/usr/bin/env bash
# Installs what is missing, builds Relève, and starts it on the embedded demo server
# (a temporary SQLite database with the Creuse demo territory, signed in as a coordinator).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --parallel "$(nproc)"
exec build-release/app/releve --demo "$@"
