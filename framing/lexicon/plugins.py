"""Finding lexicons: the built-in directory and plugins registered through entry points.

Built-in lexicons are the ``*.toml`` files of ``framing/_lexicons`` in an
installed wheel, or of ``lexicons/builtin`` in a source checkout.

A plugin distribution registers its lexicons under the entry-point group
``framing.lexicons``::

    [project.entry-points."framing.lexicons"]
    tech_hype = "framing_lexicon_tech_hype"

The entry point may name a module or package (all ``*.toml`` files inside it),
or an attribute that is a path (``str``, :class:`~pathlib.Path` or an
:mod:`importlib.resources` traversable, file or directory), or a callable
returning one path or a list of them.

Nothing is discovered at import time. Built-ins are read when a lexicon is
first requested or listed; entry points only when a name is not built in or
when all lexicons are listed. A plugin that fails to import, names nothing
usable, or ships an invalid file is skipped with a :class:`RuntimeWarning`
naming the entry point and its distribution; the other lexicons keep working.
"""

from __future__ import annotations

import importlib.resources
import os
import sys
import warnings
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib.metadata import EntryPoint, entry_points
from pathlib import Path
from types import ModuleType
from typing import Any

from ..errors import LexiconError, UnknownNameError
from .entries import Lexicon, LexiconInfo
from .load import load_lexicon_file
from .matcher import apply_weights

if sys.version_info >= (3, 11):
    from importlib.resources.abc import Traversable
else:  # pragma: no cover
    from importlib.abc import Traversable

#: The entry-point group plugins register lexicons under.
ENTRY_POINT_GROUP = "framing.lexicons"
#: The package label of built-in lexicons.
BUILTIN_PACKAGE = "framing"

Resource = Path | Traversable


@dataclass(frozen=True)
class LexiconSource:
    """One lexicon file and who provides it.

    ``plugin`` is the entry-point name, ``None`` for built-ins.
    """

    path: Resource
    package: str = BUILTIN_PACKAGE
    plugin: str | None = None

    @property
    def label(self) -> str:
        """A short name: the file stem (lexicon files are named after their lexicon)."""
        name = self.path.name
        return name[:-5] if name.endswith(".toml") else name

    def load(self) -> Lexicon:
        """Read and validate the file (raises :class:`~framing.errors.LexiconError`)."""
        return load_lexicon_file(self.path, package=self.package)


def builtin_dir() -> Resource:
    """The directory of the built-in lexicon files.

    ``framing/_lexicons`` inside an installed wheel, else the checkout's
    ``lexicons/builtin``.
    """
    installed = importlib.resources.files("framing") / "_lexicons"
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parents[2] / "lexicons" / "builtin"


def _toml_files(resource: Resource) -> list[Resource]:
    if resource.is_dir():
        return sorted((c for c in resource.iterdir() if c.name.endswith(".toml") and c.is_file()),
                      key=lambda c: c.name)
    if resource.is_file():
        return [resource]
    raise FileNotFoundError(f"{resource} is neither a lexicon file nor a directory")


def builtin_sources() -> list[LexiconSource]:
    """The built-in lexicon files."""
    directory = builtin_dir()
    if not directory.is_dir():
        return []
    return [LexiconSource(p) for p in _toml_files(directory)]


def _entry_points() -> list[EntryPoint]:
    """The entry points of the lexicon group (a seam for tests)."""
    return list(entry_points(group=ENTRY_POINT_GROUP))


def _distribution(ep: EntryPoint) -> str:
    dist = getattr(ep, "dist", None)
    return str(dist.name) if dist is not None else "unknown distribution"


def _as_resource(obj: Any) -> Resource:
    if isinstance(obj, (str, os.PathLike)):
        return Path(obj)
    if isinstance(obj, Traversable):
        return obj
    raise TypeError(f"expected a path, got {type(obj).__name__}")


def resolve_plugin(obj: Any) -> list[Resource]:
    """The lexicon files an entry point's loaded object stands for.

    Examples
    --------
    >>> import framing.lexicon
    >>> resolve_plugin(framing.lexicon)
    []
    """
    if isinstance(obj, ModuleType):
        if hasattr(obj, "__path__"):
            return _toml_files(importlib.resources.files(obj))
        return _toml_files(Path(str(obj.__file__)).parent)
    if isinstance(obj, (str, os.PathLike, Traversable)):
        return _toml_files(_as_resource(obj))
    if callable(obj):
        result = obj()
        items: Iterable[Any] = (
            [result] if isinstance(result, (str, os.PathLike, Traversable)) else result
        )
        files: list[Resource] = []
        for item in items:
            files.extend(_toml_files(_as_resource(item)))
        return files
    raise TypeError(f"entry point names a {type(obj).__name__}; name a module, a path or a "
                    "callable returning paths")


def _plugin_problem(ep: EntryPoint, problem: str) -> str:
    return (f"lexicon plugin {ep.name!r} (distribution {_distribution(ep)!r}, "
            f"{ep.value}) is skipped: {problem}")


def plugin_sources(problems: list[str] | None = None) -> list[LexiconSource]:
    """The lexicon files of all plugins; broken plugins are skipped with a warning.

    With a ``problems`` list, each broken plugin is appended to it instead of
    warned about (``framing lexicon check --all`` counts them as failures).
    """
    out: list[LexiconSource] = []

    def report(ep: EntryPoint, problem: str) -> None:
        if problems is not None:
            problems.append(_plugin_problem(ep, problem))
        else:
            warnings.warn(f"framing: {_plugin_problem(ep, problem)}", RuntimeWarning,
                          stacklevel=3)

    for ep in _entry_points():
        try:
            files = resolve_plugin(ep.load())
        except Exception as exc:  # a broken plugin must not break the others
            report(ep, f"{type(exc).__name__}: {exc}")
            continue
        if not files:
            report(ep, "it provides no *.toml lexicon files")
        out.extend(LexiconSource(f, package=_distribution(ep), plugin=ep.name) for f in files)
    return out


def lexicon_sources(plugins: bool = True,
                    problems: list[str] | None = None) -> list[LexiconSource]:
    """Every lexicon file: built-ins first, then plugins (``problems``: see
    :func:`plugin_sources`)."""
    return builtin_sources() + (plugin_sources(problems) if plugins else [])


# -- the registry ---------------------------------------------------------------------

_STATE: dict[str, dict[str, Lexicon] | None] = {"builtin": None, "plugin": None}


def clear_cache() -> None:
    """Forget discovered lexicons (after installing a plugin, or in tests)."""
    _STATE["builtin"] = None
    _STATE["plugin"] = None


def _builtins() -> dict[str, Lexicon]:
    found = _STATE["builtin"]
    if found is None:
        found = {}
        for src in builtin_sources():
            lex = src.load()  # a broken built-in is our bug: fail loudly
            if lex.name in found:
                raise LexiconError(f"built-in lexicon name {lex.name!r} is used twice (also in "
                                   f"{found[lex.name].path})", path=str(src.path))
            found[lex.name] = lex
        _STATE["builtin"] = found
    return found


def _plugins() -> dict[str, Lexicon]:
    found = _STATE["plugin"]
    if found is None:
        found = {}
        builtins = _builtins()
        for src in plugin_sources():
            try:
                lex = src.load()
            except LexiconError as exc:
                warnings.warn(f"framing: lexicon plugin {src.plugin!r} (distribution "
                              f"{src.package!r}): invalid lexicon file skipped: {exc}",
                              RuntimeWarning, stacklevel=3)
                continue
            other = builtins.get(lex.name) or found.get(lex.name)
            if other is not None:
                warnings.warn(f"framing: lexicon plugin {src.plugin!r} (distribution "
                              f"{src.package!r}): lexicon name {lex.name!r} is already provided "
                              f"by {other.package!r}; skipped", RuntimeWarning, stacklevel=3)
                continue
            found[lex.name] = lex
        _STATE["plugin"] = found
    return found


def available_lexicons(plugins: bool = True) -> list[LexiconInfo]:
    """Every lexicon that can be used: built-ins, then plugins, each sorted by name.

    Examples
    --------
    >>> infos = available_lexicons(plugins=False)
    >>> all(i.package == "framing" for i in infos)
    True
    """
    lexicons = list(_builtins().values())
    if plugins:
        lexicons += list(_plugins().values())
    builtin = sorted((x for x in lexicons if x.package == BUILTIN_PACKAGE), key=lambda x: x.name)
    other = sorted((x for x in lexicons if x.package != BUILTIN_PACKAGE), key=lambda x: x.name)
    return [x.info() for x in builtin + other]


def get_lexicon(name: str, plugins: bool = True) -> Lexicon:
    """The lexicon called ``name`` (built-in first; plugins are only searched if needed).

    Raises
    ------
    UnknownNameError
        Listing the available names.
    """
    builtins = _builtins()
    if name in builtins:
        return builtins[name]
    if plugins:
        found = _plugins()
        if name in found:
            return found[name]
    names = [i.name for i in available_lexicons(plugins=plugins)]
    raise UnknownNameError("lexicon", name, names)


def select_lexicons(
    include: Sequence[str] | None = None,
    exclude: Sequence[str] = (),
    extra_files: Sequence[str | Path] = (),
    weights: Mapping[str, float] | None = None,
    plugins: bool = True,
) -> list[Lexicon]:
    """The lexicons of one run.

    Parameters
    ----------
    include : sequence of str, optional
        Names to use; default: all built-ins and (if ``plugins``) all plugins.
    exclude : sequence of str
        Names to leave out.
    extra_files : sequence of path
        Additional lexicon files (validated like the others); a name that clashes
        with an included lexicon is an error (exclude the other one).
    weights : mapping, optional
        Weight overrides (``{"loaded": 0.5, "loaded:betrayal": 2.0}``), see
        :func:`framing.lexicon.matcher.apply_weights`.
    plugins : bool
        Whether installed plugins are considered.

    Raises
    ------
    UnknownNameError
        For a name in ``include`` or ``exclude`` that no lexicon has.
    LexiconError
        For an invalid extra file, a name clash or a bad weight override.
    """
    if include is None:
        chosen = [get_lexicon(i.name, plugins=plugins) for i in available_lexicons(plugins)]
    else:
        chosen = [get_lexicon(n, plugins=plugins) for n in dict.fromkeys(include)]
    if exclude:
        known = {i.name for i in available_lexicons(plugins)}
        for name in exclude:
            if name not in known:
                raise UnknownNameError("lexicon", name, sorted(known))
        chosen = [lex for lex in chosen if lex.name not in set(exclude)]
    for path in extra_files:
        lex = load_lexicon_file(path, package="file")
        if any(c.name == lex.name for c in chosen):
            raise LexiconError(f"lexicon {lex.name!r} is already active; exclude the other one "
                               f"or rename this lexicon", path=str(path))
        chosen.append(lex)
    return apply_weights(chosen, weights)


__all__ = [
    "BUILTIN_PACKAGE",
    "ENTRY_POINT_GROUP",
    "LexiconSource",
    "available_lexicons",
    "builtin_dir",
    "builtin_sources",
    "clear_cache",
    "get_lexicon",
    "lexicon_sources",
    "plugin_sources",
    "resolve_plugin",
    "select_lexicons",
]
