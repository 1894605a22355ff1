#!/usr/bin/env bash
# Sets up the test tools if needed, then runs lint, type checks, the import contracts (the layers of
# DESIGN.md, declared in pyproject.toml) and the whole test suite (Qt offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check app ui tests bench
.venv/bin/mypy
.venv/bin/lint-imports --no-logo --no-cache
.venv/bin/python -m pytest "$@"
