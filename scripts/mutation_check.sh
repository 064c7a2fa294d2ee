#!/usr/bin/env bash
# Mutation check of the core, on demand (not in tox: it takes tens of minutes).
# Scope and test selection: [tool.mutmut] in pyproject.toml; docs/mutation.md says how to
# read the result and holds the last figures. Usage:
#   scripts/mutation_check.sh [SECONDS]     (default 2400: stops after that, results so far kept)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
"$PY" -m pip install -q "mutmut>=3.3"
limit=${1:-2400}
# one worker: the machine is small and shared; results are kept in mutants/ between runs
HYPOTHESIS_PROFILE=ci timeout "$limit" "$PY" -m mutmut run --max-children 1 || true
"$PY" -m mutmut results --all true | "$PY" -c '
import collections, sys
counts = collections.Counter()
for line in sys.stdin:
    name, _, status = line.strip().rpartition(": ")
    module = name.split("\u01c1")[0].removesuffix(".x") if "\u01c1" in name else \
        name.split("__mutmut")[0].rsplit(".", 1)[0]
    counts[module, status] += 1
for module in sorted({m for m, _ in counts}):
    row = {s: n for (m, s), n in counts.items() if m == module}
    checked = sum(n for s, n in row.items() if s != "not checked")
    bad = row.get("survived", 0) + row.get("no tests", 0)
    share = bad / checked if checked else float("nan")
    print(f"{module}: {row} -> surviving share {share:.1%} of {checked} checked (target <= 15%)")
'
