"""The layer contract: framing's imports run downhill, between first-level units.

A first-level unit is a subpackage or module directly under ``framing/``
(``framing/lexicon/``, ``framing/engines/pipeline.py``); the package's own ``__init__.py``,
the public facade, is the unit ``__init__``. Every import of framing's code is read
with grimp (the import graph that import-linter is built on), lazy ones inside
functions and ``TYPE_CHECKING`` ones included, and:

* every unit sits in one layer of :data:`LAYERS` (a new unit has to be placed);
* a unit imports only units of the layers below its own; the units of one layer
  import nothing of each other; none of the :data:`FORBIDDEN` arrows is drawn;
* no cycle joins first-level units, and none joins two modules anywhere.

docs/architecture.md draws the same layers; a test checks that the drawing and
:data:`LAYERS` agree. ``pytest -s -n 0 tests/test_layers.py`` prints the layers enforced
and the cycles found.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).resolve().parent.parent

#: Top to bottom. A unit may import units of the layers below its own, never above,
#: never its neighbours in one layer.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("__main__",),
    ("cli", "__init__"),
    ("report",),
    ("compare", "models"),
    ("engines",),
    ("extractors",),
    ("lexicon", "corpus"),
    ("text", "safe_output"),
    ("_version", "errors", "types", "frames"),
)

#: Arrows that the layers would allow but that must not be: compare and report work on
#: the analysis tables (the vocabulary they share with the extractors is framing.frames).
#: Of the engines they may name only ``framing.engines.analysis`` (the ``Analysis`` tables
#: they read), and only for type checkers: at run time they load no engine (see
#: :func:`test_each_layer_loads_only_what_it_may`).
FORBIDDEN: tuple[tuple[str, str], ...] = tuple(
    (user, lower) for user in ("compare", "report")
    for lower in ("models", "extractors", "lexicon", "text"))
#: Modules of a layer below that compare and report may name (for types only).
ALLOWED_BELOW: frozenset[str] = frozenset({"framing.engines.analysis"})

Arrow = tuple[str, str]


def unit_of(module: str) -> str:
    """``framing.lexicon.matcher`` -> ``lexicon``; ``framing`` -> ``__init__``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


@cache
def graph() -> grimp.ImportGraph:
    return grimp.build_graph("framing", cache_dir=None)


@cache
def module_arrows() -> frozenset[Arrow]:
    g = graph()
    return frozenset((m, imported) for m in g.modules
                     for imported in g.find_modules_directly_imported_by(m))


def unit_arrows() -> dict[Arrow, list[Arrow]]:
    """Arrows between first-level units, each with the module arrows behind it."""
    out: dict[Arrow, list[Arrow]] = {}
    for a, b in sorted(module_arrows()):
        ua, ub = unit_of(a), unit_of(b)
        if ua != ub:
            out.setdefault((ua, ub), []).append((a, b))
    return out


def cycles(arrows: Iterable[Arrow]) -> list[list[str]]:
    """The strongly connected components of more than one node (Tarjan), sorted."""
    succ: dict[str, list[str]] = {}
    for a, b in arrows:
        succ.setdefault(a, []).append(b)
        succ.setdefault(b, [])
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in succ[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(succ):
        if v not in index:
            visit(v)
    return sorted(found)


def _where(arrows: list[Arrow]) -> str:
    lines = []
    for a, b in arrows:
        for d in graph().get_import_details(importer=a, imported=b):
            lines.append(f"    {a}:{d['line_number']}  {d['line_contents']}")
    return "\n".join(lines)


def _layer_of() -> dict[str, int]:
    """Unit -> its layer's height (0 = the bottom)."""
    return {u: len(LAYERS) - 1 - i for i, layer in enumerate(LAYERS) for u in layer}


def test_print_layers_and_cycles() -> None:
    """Shows what the other tests enforce (``pytest -s``), and that no cycle is left."""
    print("\nlayers enforced, top to bottom (a unit imports only from the layers below):")
    for i, layer in enumerate(LAYERS):
        print(f"  {len(LAYERS) - 1 - i:2d}  {' | '.join(layer)}")
    print("forbidden besides:", ", ".join(f"{a} -> {b}" for a, b in FORBIDDEN))
    unit_cycles, module_cycles = cycles(unit_arrows()), cycles(module_arrows())
    print("cycles between first-level units:", unit_cycles or "none")
    print("cycles between modules:", module_cycles or "none")
    assert not unit_cycles and not module_cycles


def test_every_unit_has_one_layer() -> None:
    placed = [u for layer in LAYERS for u in layer]
    assert len(placed) == len(set(placed)), "a unit is listed in two layers"
    units = {unit_of(m) for m in graph().modules}
    assert units - set(placed) == set(), (
        "place these first-level units in a layer of tests/test_layers.py and "
        "docs/architecture.md")
    assert set(placed) - units == set(), "these layers name units that no longer exist"


def test_no_arrow_runs_up_or_sideways() -> None:
    height = _layer_of()
    bad = {arrow: behind for arrow, behind in unit_arrows().items()
           if height.get(arrow[0], -1) <= height.get(arrow[1], -1)}
    message = "\n".join(
        f"  {a} (layer {height.get(a)}) -> {b} (layer {height.get(b)}):\n{_where(behind)}"
        for (a, b), behind in sorted(bad.items()))
    assert not bad, "imports that run up or sideways between first-level units:\n" + message


def test_no_forbidden_arrow() -> None:
    arrows = unit_arrows()
    bad = {arrow: arrows[arrow] for arrow in FORBIDDEN if arrow in arrows}
    for user in ("compare", "report"):
        behind = [(a, b) for a, b in arrows.get((user, "engines"), []) if b not in ALLOWED_BELOW]
        if behind:
            bad[(user, "engines")] = behind
    message = "\n".join(f"  {a} -> {b}:\n{_where(behind)}" for (a, b), behind in bad.items())
    assert not bad, "forbidden imports:\n" + message


def test_no_cycle_between_units() -> None:
    found = cycles(unit_arrows())
    assert found == [], f"cycles between first-level units: {found}"


def test_no_cycle_between_modules() -> None:
    found = cycles(module_arrows())
    details = "\n".join(
        _where([arrow for arrow in sorted(module_arrows())
                if arrow[0] in component and arrow[1] in component])
        for component in found)
    assert found == [], f"cycles between modules: {found}\n{details}"


def test_cycle_finder_finds_a_cycle() -> None:
    """The checks above can fail: a planted cycle and an upward arrow are found."""
    assert cycles([("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")]) == [["a", "b", "c"]]
    assert cycles([("a", "b"), ("b", "c")]) == []
    height = _layer_of()
    assert height["engines"] > height["lexicon"]  # lexicon -> pipeline would be reported


def test_the_learned_scorer_is_a_plug_in() -> None:
    """pipeline.py reaches framing.models through no import, direct or indirect."""
    assert not graph().chain_exists(importer="framing.engines.pipeline", imported="framing.models",
                                    as_packages=True)


def test_architecture_doc_draws_these_layers() -> None:
    doc = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    block = re.search(r"## Layers\n.*?```\n(.*?)```", doc, flags=re.S)
    assert block is not None, "docs/architecture.md has no '## Layers' drawing"
    drawn = [tuple(u.strip() for u in m.group(2).split("|"))
             for m in re.finditer(r"^\s*(\d+)\s+(\S.*?)\s*(?:#.*)?$", block.group(1), flags=re.M)]
    assert tuple(drawn) == LAYERS, "docs/architecture.md and tests/test_layers.py disagree"


def test_graph_reads_lazy_and_type_checking_imports(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """grimp reads imports inside functions and under TYPE_CHECKING, not only at the top."""
    pkg = tmp_path / "layered_demo"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "low.py").write_text("")
    (pkg / "typed.py").write_text("")
    (pkg / "high.py").write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from . import typed\n"
        "def f():\n    from . import low\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    g = grimp.build_graph("layered_demo", cache_dir=None)
    assert g.find_modules_directly_imported_by("layered_demo.high") == {
        "layered_demo.low", "layered_demo.typed"}


def test_a_run_without_a_model_loads_no_learning_code() -> None:
    """The learned scorer plugs in through its entry point without loading framing.models's
    training code, scikit-learn or pandas into a run that has no model."""
    import subprocess
    import sys

    code = ("import sys; from framing.engines.pipeline import Pipeline; "
            "names = [e.name for e in Pipeline().extractors]; "
            "print(sorted(m for m in ('sklearn', 'pandas', 'framing.models.bias_model', "
            "'framing.models.train_bias') if m in sys.modules), 'framing.learned.v1' in names)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=300)
    assert out.stdout.split() == ["[]", "False"]


def _loaded_by(unit: str) -> set[str]:
    """The framing modules a fresh interpreter holds after importing every module of ``unit``."""
    import subprocess
    import sys

    modules = sorted(m for m in graph().modules if unit_of(m) == unit)
    code = ("import importlib, sys\n"
            f"for m in {modules!r}: importlib.import_module(m)\n"
            "print('\\n'.join(sorted(m for m in sys.modules if m.split('.')[0] == 'framing')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=300)
    return set(out.stdout.split())


def test_each_layer_loads_only_what_it_may() -> None:
    """What runs, not only what is written: each unit's modules, imported in a fresh
    interpreter, load (through ``sys.modules``) no framing module of a unit above or beside
    them, none behind a forbidden arrow, and compare and report load no engine at all (the
    pipeline, the extractors, the matcher and the parse stay out of ``import framing.report``).
    The package itself (``import framing``, which every import runs first) loads nothing but
    its version."""
    height = _layer_of()
    forbidden = {(a, b) for a, b in FORBIDDEN} | {("compare", "engines"), ("report", "engines")}
    print("\nunits each unit's modules load at run time:")
    bad: dict[str, list[str]] = {}
    for unit in [u for layer in LAYERS for u in layer if u != "__main__"]:
        loaded = _loaded_by(unit)
        units = sorted({unit_of(m) for m in loaded} - {unit})
        print(f"  {unit:12s} {', '.join(units) or '-'}")
        if unit == "__init__":
            wrong = sorted(loaded - {"framing", "framing._version"})
        else:
            wrong = sorted(m for m in loaded if unit_of(m) not in (unit, "__init__", "_version")
                           and (height[unit_of(m)] >= height[unit]
                                or (unit, unit_of(m)) in forbidden))
        if wrong:
            bad[unit] = wrong
    assert not bad, f"modules loaded at run time against the layers: {bad}"
