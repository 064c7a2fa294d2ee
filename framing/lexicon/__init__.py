"""Lexicons: the TOML format, validation, the one matcher, and plugin discovery.

>>> from framing.lexicon import Lexicon, Category, Entry, compile_lexicons
>>> from framing.text.doc import parse_text
>>> lex = Lexicon("demo", "1.0.0", "loaded", {"spin": Category("spin", "Spin.")},
...               (Entry("pivot", "spin", mode="inflected"),))
>>> [m.surface for m in compile_lexicons([lex]).match(parse_text("They pivoted twice."))]
['pivoted']
"""

from .check import CheckReport, check_lexicon
from .entries import KINDS, Category, Entry, Example, Lexicon, LexiconInfo, Match
from .load import load_lexicon_file, parse_lexicon
from .matcher import Matcher, apply_weights, compile_lexicons
from .plugins import (
    ENTRY_POINT_GROUP,
    LexiconSource,
    available_lexicons,
    clear_cache,
    get_lexicon,
    lexicon_sources,
    select_lexicons,
)
from .scaffold import scaffold_plugin

__all__ = [
    "ENTRY_POINT_GROUP",
    "KINDS",
    "Category",
    "CheckReport",
    "Entry",
    "Example",
    "Lexicon",
    "LexiconInfo",
    "LexiconSource",
    "Match",
    "Matcher",
    "apply_weights",
    "available_lexicons",
    "check_lexicon",
    "clear_cache",
    "compile_lexicons",
    "get_lexicon",
    "lexicon_sources",
    "load_lexicon_file",
    "parse_lexicon",
    "scaffold_plugin",
    "select_lexicons",
]
