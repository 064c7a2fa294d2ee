#!/usr/bin/env bash
# Mutation check of the modules that compute what a report shows, on demand (not in tox).
# Scope: scripts/mutation_scope.toml (each module with the tests run against its mutants);
# docs/mutation.md says how to read the table and keeps the last figures. Usage:
#   scripts/mutation_check.sh [MODULE ...] [--seconds N] [--fresh] [--table] [--survivors]
# e.g. scripts/mutation_check.sh compare/dates     (one module: a few minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
"$PY" -m pip install -q "mutmut>=3.8,<3.9"
exec "$PY" scripts/mutation_check.py "$@"
