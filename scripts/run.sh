#!/usr/bin/env bash
# Sets FieldDesk up if needed and opens it (the sandbox with demo data when no vendor is configured).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec .venv/bin/fielddesk "$@"
