#!/usr/bin/env bash
# Creates .venv and installs FieldDesk (with the test tools when called with "test").
# Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
"$PYTHON" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "FieldDesk needs Python 3.11 or newer")'
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
extras=""
[ "${1:-}" = "test" ] && extras="[test]"
stamp=".venv/.installed${extras}"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install --quiet --upgrade pip
  # setuptools warns on every editable install that a folder named like a package may shadow it: noise here.
  PYTHONWARNINGS="ignore:Editable installation" .venv/bin/python -m pip install --quiet -e ".${extras}"
  touch "$stamp"
fi
# Byte-compile FieldDesk as pip does for a regular install: a start then reads .pyc files instead of
# compiling every module (which matters where PYTHONDONTWRITEBYTECODE is set).
.venv/bin/python -m compileall -q app ui >/dev/null
# Qt needs a few system libraries even offscreen; install them where we can (Debian/Ubuntu as root).
if ! .venv/bin/python -c 'from PySide6 import QtWidgets' 2>/dev/null; then
  if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    apt-get update -qq && apt-get install -y -qq libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 >/dev/null
  else
    echo "PySide6 cannot load its system libraries; install libegl1 libgl1 libxkbcommon0 libfontconfig1" >&2
  fi
fi
