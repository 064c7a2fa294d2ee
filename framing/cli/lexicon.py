"""``framing lexicon ...``: list, show, check and scaffold lexicons.

The group is attached to the main ``framing`` command; it can also be run on
its own (``python -m framing.cli.lexicon``). Errors print ``error: <message>``
and exit with the error's documented code (4 for an invalid lexicon).
"""

from __future__ import annotations

import importlib
from collections import Counter
from collections.abc import Callable, Sequence
from functools import wraps
from pathlib import Path
from typing import Any, ClassVar, TypeVar

import click

from ..errors import FramingError, LexiconError
from ..lexicon.check import check_lexicon
from ..lexicon.entries import Lexicon
from ..lexicon.load import load_lexicon_file
from ..lexicon.plugins import available_lexicons, get_lexicon, lexicon_sources
from ..lexicon.scaffold import scaffold_plugin

F = TypeVar("F", bound=Callable[..., Any])


def _errors_to_exit(func: F) -> F:
    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except FramingError as exc:
            click.echo(f"error: {exc}", err=True)
            raise click.exceptions.Exit(exc.exit_code) from exc

    return wrapper  # type: ignore[return-value]


def _table(rows: Sequence[Sequence[str]], header: Sequence[str]) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]

    def fmt(row: Sequence[str]) -> str:
        return "  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()

    return "\n".join([fmt(header), "  ".join("-" * w for w in widths), *map(fmt, rows)])


def _resolve(name_or_path: str) -> Lexicon:
    """A lexicon by name, or read from a path if it looks like one."""
    p = Path(name_or_path)
    if name_or_path.endswith(".toml") or p.is_file():
        return load_lexicon_file(p, package="file")
    return get_lexicon(name_or_path)


class _LexiconGroup(click.Group):
    """``framing lexicon``; ``calibrate`` (in :mod:`framing.models`, which needs scikit-learn
    and the pipeline) is imported by name when first asked for."""

    lazy_commands: ClassVar[dict[str, tuple[str, str]]] = {
        "calibrate": ("framing.cli.learn", "calibrate_command")}

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.lazy_commands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        cmd = super().get_command(ctx, cmd_name)
        if cmd is None and cmd_name in self.lazy_commands:
            module, attr = self.lazy_commands[cmd_name]
            cmd = getattr(importlib.import_module(module), attr)
            self.add_command(cmd, cmd_name)
        return cmd


@click.group("lexicon", cls=_LexiconGroup)
def lexicon_group() -> None:
    """List, inspect, check, create and calibrate lexicons."""


@lexicon_group.command("list")
@click.option("--no-plugins", is_flag=True, help="Only the built-in lexicons.")
@_errors_to_exit
def list_command(no_plugins: bool) -> None:
    """List the available lexicons (built-in and installed plugins)."""
    infos = available_lexicons(plugins=not no_plugins)
    if not infos:
        click.echo("no lexicons found")
        return
    rows = [(i.name, i.version, i.kind, i.package, str(i.entries)) for i in infos]
    click.echo(_table(rows, ("name", "version", "kind", "package", "entries")))


@lexicon_group.command("show")
@click.argument("name_or_path")
@click.option("--entries/--no-entries", default=True, show_default=True,
              help="Also list every entry.")
@_errors_to_exit
def show_command(name_or_path: str, entries: bool) -> None:
    """Show a lexicon's metadata, categories and entries."""
    lex = _resolve(name_or_path)
    click.echo(f"{lex.name} {lex.version}  (kind {lex.kind}, language {lex.language}, "
               f"package {lex.package})")
    for label, value in (("description", lex.description), ("license", lex.license),
                         ("provenance", lex.provenance), ("path", lex.path or "")):
        click.echo(f"{label}: {value}")
    counts = Counter(e.category for e in lex.entries)
    click.echo(f"\ncategories ({len(lex.categories)}):")
    for name, cat in lex.categories.items():
        extra = "".join(f"; {k}={v}" for k, v in cat.extra.items())
        click.echo(f"  {name} ({counts.get(name, 0)} entries{extra}): {cat.description}")
    click.echo(f"\n{lex.n_entries} entries, {len(lex.examples)} examples, "
               f"{len(lex.counterexamples)} counterexamples")
    if entries:
        rows = [(e.term, e.category, f"{e.weight:g}", e.mode + (" cs" if e.case_sensitive else ""))
                for e in lex.entries]
        click.echo(_table(rows, ("term", "category", "weight", "mode")))


@lexicon_group.command("check")
@click.argument("names_or_paths", nargs=-1)
@click.option("--all", "check_all", is_flag=True,
              help="Check every discovered lexicon (built-in and plugins).")
def check_command(names_or_paths: tuple[str, ...], check_all: bool) -> None:
    """Validate lexicons and run their examples and counterexamples.

    NAMES_OR_PATHS are lexicon names or paths to lexicon TOML files.
    Exits with code 4 if any lexicon fails: a file that does not load (TOML
    syntax, format), an example that does not match, a counterexample that
    does, or (with --all) a plugin whose entry point gives no lexicon file.
    """
    if not names_or_paths and not check_all:
        raise click.UsageError("give lexicon names or paths, or --all")
    failed = 0
    targets: list[tuple[str, Callable[[], Lexicon]]] = []
    broken: list[str] = []  # plugins whose entry point gives no lexicon file
    if check_all:
        targets += [(str(s.path), s.load) for s in lexicon_sources(problems=broken)]
    for problem in broken:
        failed += 1
        click.echo(f"FAILED: {problem}")
    for item in names_or_paths:
        targets.append((item, lambda item=item: _resolve(item)))  # type: ignore[misc]
    for label, load in targets:
        try:
            lex = load()
        except FramingError as exc:
            failed += 1
            click.echo(f"FAILED: {label}\n  {exc}")
            continue
        report = check_lexicon(lex)
        click.echo(report.summary())
        for problem in report.problems:
            click.echo(f"  {problem}")
        failed += not report.ok
    if failed:
        click.echo(f"{failed} of {len(targets) + len(broken)} lexicon(s) failed", err=True)
        raise click.exceptions.Exit(LexiconError.exit_code)


@lexicon_group.command("new")
@click.argument("name")
@click.option("--dir", "directory", type=click.Path(file_okay=False, path_type=Path),
              default=Path("."), show_default=True, help="Where to create the package.")
@_errors_to_exit
def new_command(name: str, directory: Path) -> None:
    """Create an installable lexicon plugin package framing-lexicon-NAME."""
    root = scaffold_plugin(name, directory)
    click.echo(f"created {root}")
    click.echo(f"next: edit the lexicon, then `framing lexicon check {root}/"
               f"{root.name.replace('-', '_')}/{name}.toml` and `pip install -e {root}`")


__all__ = ["lexicon_group"]

if __name__ == "__main__":  # pragma: no cover
    lexicon_group()
