"""Mutation check of the modules that compute what a report shows, one module at a time.

Each module of ``scripts/mutation_scope.toml`` is mutated by mutmut in a folder of its own
(``.mutation/<module>/``, where mutmut keeps its results between runs), against the tests the
scope lists for it; mutmut runs, per mutant, those of them that reach the mutated function.
docs/mutation.md says how to read the table and lists the equivalent mutants. Usage::

    python scripts/mutation_check.py [MODULE ...] [--seconds N] [--fresh] [--table]

MODULE is a path (``framing/compare/dates.py``) or its short form (``compare/dates``);
without one, every module of the scope runs, one after another. ``--fresh`` forgets a module's
earlier results first (after its tests changed); ``--table`` runs nothing and prints the table
of the results kept; ``--survivors`` prints each surviving mutant's diff.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
SCOPE = ROOT / "scripts" / "mutation_scope.toml"
WORK = ROOT / ".mutation"
DOC = ROOT / "docs" / "mutation.md"
#: what each mutant run gets besides the source: the tests and the data they read
LINKED = ("tests", "lexicons", "corpus", "docs", "scripts")
DETECTED = ("killed", "timeout", "segfault", "suspicious", "caught by type check")
SURVIVING = ("survived", "no tests")
TARGET, CEILING = 0.15, 0.25


def load_scope() -> dict[str, list[str]]:
    """Module path -> the test files run against its mutants."""
    modules = tomllib.loads(SCOPE.read_text(encoding="utf-8"))["modules"]
    return {str(m): [str(t) for t in tests] for m, tests in modules.items()}


def resolve(name: str, scope: dict[str, list[str]]) -> str:
    """A module of the scope from its path or short form (``compare/dates``)."""
    for module in scope:
        short = module.removeprefix("framing/").removesuffix(".py")
        if name in (module, short, short.replace("/", ".")):
            return module
    raise SystemExit(f"{name}: not in {SCOPE.relative_to(ROOT)}; modules: "
                     + ", ".join(m.removeprefix("framing/").removesuffix(".py") for m in scope))


def workdir(module: str) -> Path:
    return WORK / module.removeprefix("framing/").removesuffix(".py").replace("/", ".")


def mutmut_config(module: str, tests: list[str]) -> str:
    """The repository's pyproject.toml with a [tool.mutmut] for ``module`` alone."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    text = re.sub(r"(?ms)^\[tool\.mutmut\].*?(?=^\[|\Z)", "", text)

    def toml_list(items: list[str]) -> str:
        return "[" + ", ".join(f'"{i}"' for i in items) + "]"

    return text.rstrip() + "\n\n" + "\n".join([
        "[tool.mutmut]",
        'source_paths = ["framing"]',
        f"only_mutate = {toml_list([module])}",
        f"also_copy = {toml_list([f'{d}/' for d in LINKED if d != 'tests'])}",
        # in one process (-n 0): mutmut records which test reaches which function
        'pytest_add_cli_args = ["-p", "no:randomly", "-p", "no:cacheprovider", "-q", "-x", '
        '"-n", "0"]',
        f"pytest_add_cli_args_test_selection = {toml_list(tests)}",
        "use_git_change_detection = false",
        # each mutant's tests run in a fresh fork of a process that has only collected them:
        # no matcher, pipeline or cache built by earlier tests with the unmutated code
        'process_isolation = "forkserver"',
        'forkserver_warmup = "collect"',
        # a mutant's tests build the shared fixtures again: room for that before a timeout
        "timeout_constant = 5.0",
    ]) + "\n"


def prepare(module: str, tests: list[str], fresh: bool) -> Path:
    work = workdir(module)
    if fresh and work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True, exist_ok=True)
    for name in ("framing", *LINKED):
        link = work / name
        if not link.exists():
            link.symlink_to(ROOT / name, target_is_directory=True)
    shared = ROOT.parent / "shared"  # tests that read ../shared skip without it
    if shared.is_dir() and not (work / "shared").exists():
        (work / "shared").symlink_to(shared, target_is_directory=True)
    config = mutmut_config(module, tests)
    pyproject = work / "pyproject.toml"
    if pyproject.exists() and pyproject.read_text(encoding="utf-8") != config:
        shutil.rmtree(work / "mutants", ignore_errors=True)  # another scope: start again
    pyproject.write_text(config, encoding="utf-8")
    return work


def run(module: str, tests: list[str], seconds: float, fresh: bool) -> None:
    missing = [t for t in tests if not (ROOT / t).exists()]
    if missing:
        print(f"   {module}: no {', '.join(missing)} (yet); run without", flush=True)
    tests = [t for t in tests if t not in missing]
    work = prepare(module, tests, fresh)
    print(f"== {module}: mutmut, at most {seconds:.0f} s, tests: {' '.join(tests)}", flush=True)
    start = time.monotonic()
    log = work / "mutmut.log"
    try:  # one worker: the machine is small and shared
        with log.open("w", encoding="utf-8") as fh:
            subprocess.run([sys.executable, "-m", "mutmut", "run", "--max-children", "1"],
                           cwd=work, timeout=seconds, env=_env(), check=False, stdout=fh,
                           stderr=subprocess.STDOUT)
    except subprocess.TimeoutExpired:
        print(f"   stopped after {seconds:.0f} s; a second run goes on from there")
    last = re.split(r"[\r\n]", log.read_text(encoding="utf-8", errors="replace").strip())[-3:]
    print(f"   {time.monotonic() - start:.0f} s ({' '.join(x.strip() for x in last)}; "
          f"log: {log.relative_to(ROOT)})", flush=True)


def _env() -> dict[str, str]:
    import os

    return {**os.environ, "HYPOTHESIS_PROFILE": "ci", "MPLBACKEND": "Agg"}


def results(module: str) -> dict[str, str]:
    """Mutant name -> status, as mutmut recorded them for ``module``."""
    work = workdir(module)
    if not (work / "mutants").is_dir():
        return {}
    out = subprocess.run([sys.executable, "-m", "mutmut", "results", "--all", "true"], cwd=work,
                         capture_output=True, text=True, env=_env(), check=False).stdout
    found = {}
    for line in out.splitlines():
        name, sep, status = line.strip().rpartition(": ")
        if sep and "__mutmut_" in name:
            found[name] = status
    return found


def equivalent() -> set[str]:
    """The mutants docs/mutation.md lists as equivalent (first column of its table)."""
    text = DOC.read_text(encoding="utf-8")
    part = text.split("## Equivalent mutants", 1)[-1] if "## Equivalent mutants" in text else ""
    return set(re.findall(r"^\| `([^`]+__mutmut_\d+)` \|", part, flags=re.MULTILINE))


def table(modules: list[str]) -> str:
    """The Markdown table of docs/mutation.md, from the results kept."""
    eq = equivalent()
    rows = ["| module | mutants | killed | survived | of them equivalent | not checked "
            "| surviving share |", "|---|---|---|---|---|---|---|"]
    total = {"n": 0, "killed": 0, "surviving": 0, "eq": 0, "unchecked": 0}
    over = []
    for module in modules:
        res = results(module)
        if not res:
            rows.append(f"| {module} | not run | | | | | |")
            continue
        killed = sum(s in DETECTED for s in res.values())
        surviving = sum(s in SURVIVING for s in res.values())
        unchecked = len(res) - killed - surviving
        n_eq = sum(s in SURVIVING and name in eq for name, s in res.items())
        checked = killed + surviving
        share = surviving / checked if checked else float("nan")
        if share > CEILING:
            over.append(module)
        rows.append(f"| {module} | {len(res)} | {killed} | {surviving} | {n_eq} | {unchecked} "
                    f"| {share:.1%} |")
        for key, value in (("n", len(res)), ("killed", killed), ("surviving", surviving),
                           ("eq", n_eq), ("unchecked", unchecked)):
            total[key] += value
    checked = total["killed"] + total["surviving"]
    share = total["surviving"] / checked if checked else float("nan")
    rows.append(f"| **all** | {total['n']} | {total['killed']} | {total['surviving']} "
                f"| {total['eq']} | {total['unchecked']} | **{share:.1%}** |")
    verdict = (f"target (<= {TARGET:.0%} over all, none above {CEILING:.0%}): "
               + ("met" if share <= TARGET and not over else
                  "NOT met" + (f"; above {CEILING:.0%}: {', '.join(over)}" if over else "")))
    return "\n".join(rows) + "\n\n" + verdict


def survivors(module: str) -> None:
    eq = equivalent()
    work = workdir(module)
    for name, status in sorted(results(module).items()):
        if status in SURVIVING:
            diff = subprocess.run([sys.executable, "-m", "mutmut", "show", name], cwd=work,
                                  capture_output=True, text=True, env=_env()).stdout
            print(f"# {name}: {status}{' (equivalent)' if name in eq else ''}")
            print("\n".join(ln for ln in diff.splitlines() if ln.startswith(("-", "+", "@@"))
                            and not ln.startswith(("---", "+++"))))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("modules", nargs="*", help="modules of the scope (default: all)")
    parser.add_argument("--seconds", type=float, default=2400, help="limit per module")
    parser.add_argument("--fresh", action="store_true", help="forget earlier results first")
    parser.add_argument("--table", action="store_true", help="only print the results kept")
    parser.add_argument("--survivors", action="store_true", help="print the surviving diffs")
    args = parser.parse_args()
    scope = load_scope()
    modules = [resolve(m, scope) for m in args.modules] or list(scope)
    if not (args.table or args.survivors):
        for module in modules:
            run(module, scope[module], args.seconds, args.fresh)
    if args.survivors:
        for module in modules:
            survivors(module)
    print(table(modules))


if __name__ == "__main__":
    main()
