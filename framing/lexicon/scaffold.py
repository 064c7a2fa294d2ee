"""``framing lexicon new``: scaffold an installable lexicon plugin package.

The generated ``framing-lexicon-NAME/`` directory is a complete distribution:
``pyproject.toml`` (hatchling, depends on ``framing-analysis``, registers the
entry point), the package with a sample lexicon that passes
:func:`~framing.lexicon.check.check_lexicon`, a README and a test.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import OutputError
from ..safe_output import check_output, write_text
from .load import NAME_RE

#: The longest lexicon name ``lexicon new`` scaffolds (its package and folder names
#: grow from it, and file systems limit a name to 255 bytes).
MAX_NAME = 64


def plugin_names(name: str) -> tuple[str, str]:
    """``(distribution, module)`` names of the plugin for lexicon ``name``.

    Examples
    --------
    >>> plugin_names("tech_hype")
    ('framing-lexicon-tech-hype', 'framing_lexicon_tech_hype')
    """
    return f"framing-lexicon-{name.replace('_', '-')}", f"framing_lexicon_{name.replace('-', '_')}"


_PYPROJECT = """\
[build-system]
requires = ["hatchling>=1.21"]
build-backend = "hatchling.build"

[project]
name = "{dist}"
version = "0.1.0"
description = "The {name} lexicon for framing (the framing-analysis package)."
readme = "README.md"
requires-python = ">=3.10"
license = "CC-BY-4.0"
# "framing-analysis" is the distribution of the framing library (not "framing")
dependencies = ["framing-analysis>=0.1"]

[project.optional-dependencies]
test = ["pytest>=7.4"]

[project.entry-points."framing.lexicons"]
{name} = "{module}"

[tool.hatch.build.targets.wheel]
packages = ["{module}"]
"""

_INIT = '''\
"""The {name} lexicon for framing.

The lexicon files are the ``*.toml`` files of this package; framing finds them
through the ``framing.lexicons`` entry point declared in ``pyproject.toml``.
"""
'''

_LEXICON = """\
# The {name} lexicon. Format 2: see `framing lexicon show loaded` and the framing docs.
# An entry matches its term and the word forms it lists in `forms` (no stems);
# `exclude` and `require` list neighbouring words that cancel or allow a match.
# Check it with:  framing lexicon check {module}/{name}.toml

[lexicon]
name = "{name}"
version = "0.1.0"
format = 2
language = "en"
kind = "loaded"
description = "TODO: say what this lexicon finds and what it is for."
license = "CC-BY-4.0"
provenance = "TODO: who wrote the entries, from which sources, and when."

[categories.hype]
description = "Promotional words that present a product or plan as extraordinary."

[categories.spin]
description = "Euphemisms that soften bad news."

[[entries]]
term = "game-changer"
category = "hype"
weight = 1.5

[[entries]]
term = "revolutionize"
category = "hype"
forms = ["revolutionizes", "revolutionized", "revolutionizing"]

[[entries]]
term = "rightsizing"
category = "spin"
note = "Layoffs described as a size adjustment."

[[entries]]
term = "strategic pivot"
category = "spin"

[[entries]]
term = "pivot"
category = "spin"
forms = ["pivots", "pivoted", "pivoting"]
exclude = ["pivot table", "pivot tables"]

[[examples]]
text = "Its makers call the chip a game-changer that will revolutionize search."
terms = ["game-changer", "revolutionize"]

[[examples]]
text = "The firm announced a strategic pivot after rightsizing its sales team."
terms = ["strategic pivot", "rightsizing"]

[[examples]]
text = "Analysts expect the startup to pivot again."
terms = ["pivot"]

[[counterexamples]]
text = "She summarised the survey in a pivot table."
terms = ["pivot"]

[[counterexamples]]
text = "The game changed in the second half."
"""

_README = """\
# {dist}

The `{name}` lexicon for [framing](https://pypi.org/project/framing-analysis/), packaged as a
plugin: once installed, framing finds it through the `framing.lexicons` entry point.

```bash
pip install -e .            # or: pip install {dist}
framing lexicon list        # {name} is listed with package {dist}
framing lexicon check {name}
pytest                      # runs tests/test_{module_short}.py
```

Edit `{module}/{name}.toml`: describe the lexicon, its license and provenance, add
categories and entries, and give `[[examples]]` (texts the entries must match) and
`[[counterexamples]]` (texts they must not match). `framing lexicon check` runs them.
"""

_TEST = '''\
"""The {name} lexicon is valid and passes its own examples."""

from importlib.resources import files

from framing.lexicon import available_lexicons, check_lexicon, load_lexicon_file


def test_lexicon_passes_its_examples() -> None:
    lex = load_lexicon_file(files("{module}") / "{name}.toml", package="{dist}")
    report = check_lexicon(lex)
    assert report.ok, "\\n".join(report.problems)
    assert report.checked["examples"] > 0


def test_lexicon_is_registered() -> None:
    """Needs the package installed (pip install -e .)."""
    assert "{name}" in [info.name for info in available_lexicons()]
'''


def scaffold_plugin(name: str, directory: str | Path = ".") -> Path:
    """Create ``framing-lexicon-NAME/`` in ``directory`` and return its path.

    Raises
    ------
    OutputError
        If the target directory already exists, or ``name`` is not a valid
        lexicon name.
    """
    if not NAME_RE.match(name) or len(name) > MAX_NAME:
        shown = repr(name) if len(name) <= 80 else repr(name[:40]) + f"... ({len(name)} characters)"
        raise OutputError(f"lexicon name {shown} is not valid; use at most {MAX_NAME} lowercase "
                          "letters, digits, '_' and '-', starting with a letter or digit")
    dist, module = plugin_names(name)
    root = Path(directory) / dist
    if os.path.lexists(root):
        raise OutputError("already exists; choose another --dir or remove it first",
                          path=str(root))
    check_output(root, directory=True, option="--dir")
    values = {"name": name, "dist": dist, "module": module,
              "module_short": name.replace("-", "_")}
    files = {
        "pyproject.toml": _PYPROJECT,
        "README.md": _README,
        f"{module}/__init__.py": _INIT,
        f"{module}/{name}.toml": _LEXICON,
        f"tests/test_{values['module_short']}.py": _TEST,
    }
    for rel, template in files.items():
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        write_text(target, template.format(**values))
    return root


__all__ = ["plugin_names", "scaffold_plugin"]
