"""YAML front matter of Markdown articles, read with limits.

python-frontmatter reads the block between the ``---`` lines with PyYAML's safe
loader. Safe is not bounded: a 427-byte block of nested aliases (``a: &a [x, x]``,
``b: &b [*a, *a]``, ...) expands to gigabytes (the "billion laughs"), and deep nesting
overflows the parser's recursion. Here the block is read

* only when it is at most :data:`MAX_FRONT_MATTER_BYTES` long (metadata is a few lines);
* by :class:`NoAliasLoader`, PyYAML's safe loader refusing every alias (``*name``) and so
  every expansion (front matter never needs one);
* with a nesting too deep for the parser reported as a problem of the file.
"""

from __future__ import annotations

from typing import Any

import yaml
from frontmatter.default_handlers import YAMLHandler

#: The longest front matter read (bytes of text between the ``---`` lines).
MAX_FRONT_MATTER_BYTES = 64 * 1024


class FrontMatterError(ValueError):
    """Front matter that is not read: too long, an alias, nested too deep, not YAML
    (``line``: the line of the file, where known)."""

    def __init__(self, reason: str, line: int | None = None) -> None:
        super().__init__(reason)
        self.line = line


def _compose_node(self: Any, parent: Any, index: Any) -> Any:
    if self.check_event(yaml.AliasEvent):
        mark = self.peek_event().start_mark
        # the block handed to the loader starts on the file's first line (the '---')
        raise FrontMatterError("holds an alias (*name): framing reads front matter without "
                               "aliases (one can expand to gigabytes); write the value out",
                               line=mark.line + 1)
    return yaml.SafeLoader.compose_node(self, parent, index)


#: PyYAML's safe loader (the pure-Python one, so that it can be changed) without aliases.
NoAliasLoader: type = type("NoAliasLoader", (yaml.SafeLoader,), {"compose_node": _compose_node})


def parse(text: str) -> tuple[Any, str]:
    """(metadata, content) of a Markdown text with front matter.

    Raises
    ------
    FrontMatterError
        With the reason, for front matter that is too long, holds an alias, is nested
        too deep or is not YAML.

    Examples
    --------
    >>> parse("---\\noutlet: Daily\\n---\\nBody")
    ({'outlet': 'Daily'}, 'Body')
    >>> parse("---\\na: &a [x]\\nb: *a\\n---\\nBody")
    Traceback (most recent call last):
    ...
    framing.corpus.front_matter.FrontMatterError: holds an alias (*name): ...
    """
    head = text.split("\n---", 1)[0]
    if len(head.encode("utf-8", "surrogatepass")) > MAX_FRONT_MATTER_BYTES:
        raise FrontMatterError(f"is over {MAX_FRONT_MATTER_BYTES // 1024} KiB, far more than "
                               "metadata takes; check the '---' lines")
    try:
        block, content = YAMLHandler().split(text.strip())  # python-frontmatter's '---' split
        metadata = yaml.load(block, Loader=NoAliasLoader)
    except FrontMatterError:
        raise
    except RecursionError:
        raise FrontMatterError("is nested too deeply to read; metadata is a few keys with "
                               "text values") from None
    except (yaml.YAMLError, ValueError) as exc:
        detail = " ".join(str(exc).split())
        raise FrontMatterError(f"is not valid YAML ({detail}); fix it between the '---' "
                               "lines") from None
    return (metadata if isinstance(metadata, dict) else {}), content.lstrip("\n")


__all__ = ["MAX_FRONT_MATTER_BYTES", "FrontMatterError", "NoAliasLoader", "parse"]
