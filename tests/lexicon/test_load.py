"""Lexicon TOML validation: every error names the file, the entry and the line."""

from __future__ import annotations

from pathlib import Path

import pytest

from framing.errors import LexiconError
from framing.lexicon import load_lexicon_file, parse_lexicon
from framing.lexicon.load import LineIndex

HEADER = """\
[lexicon]
name = "demo"
version = "1.0.0"
language = "en"
kind = "loaded"
description = "A demo lexicon."
license = "CC0-1.0"
provenance = "Written for the tests."

[categories.violence_metaphor]
description = "Violence used as a metaphor."
foundation = "care"

[categories.betrayal]
description = "Betrayal."
"""
# HEADER has 15 lines; the first [[entries]] below starts on line 17.

GOOD_ENTRIES = """
[[entries]]
term = "kill"
category = "violence_metaphor"
mode = "inflected"
exclude = ["#num people were killed", "killed in"]

[[entries]]
term = "betrayal"
category = "betrayal"
weight = 2
mode = "inflected"
moral = "loyalty_vice"
"""


def write(tmp_path: Path, body: str, name: str = "demo.toml") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def error_of(path: Path) -> str:
    with pytest.raises(LexiconError) as info:
        load_lexicon_file(path)
    assert info.value.exit_code == 4
    return str(info.value)


def test_valid_file_loads(tmp_path: Path) -> None:
    lex = load_lexicon_file(write(tmp_path, GOOD_ENTRIES))
    assert (lex.name, lex.version, lex.kind, lex.language) == ("demo", "1.0.0", "loaded", "en")
    assert [e.term for e in lex.entries] == ["kill", "betrayal"]
    kill, betrayal = lex.entries
    assert kill.exclude == ("#num people were killed", "killed in")
    assert kill.line == 17 and betrayal.line == 23
    assert betrayal.weight == 2.0 and betrayal.moral == "loyalty_vice"
    assert lex.categories["violence_metaphor"].extra == {"foundation": "care"}
    assert lex.path == str(tmp_path / "demo.toml") and lex.package == "framing"
    assert len(lex.digest) == 64


def test_default_modes(tmp_path: Path) -> None:
    body = """
[[entries]]
term = "gut"
category = "violence_metaphor"

[[entries]]
term = "slap in the face"
category = "violence_metaphor"
"""
    lex = load_lexicon_file(write(tmp_path, body))
    assert [e.mode for e in lex.entries] == ["exact", "phrase"]


def test_bad_weight_names_file_entry_and_line(tmp_path: Path) -> None:
    body = GOOD_ENTRIES + """
[[entries]]
term = "gut"
category = "violence_metaphor"
weight = 5.0
"""
    path = write(tmp_path, body)
    msg = error_of(path)
    # third [[entries]] header at line 30; weight line is 33
    assert msg.startswith(f"{path}:33: ")
    assert "entry 3 (term 'gut')" in msg and "weight 5.0 is out of range" in msg


@pytest.mark.parametrize("weight", ["0", "-1", '"heavy"', "true"])
def test_bad_weight_values(tmp_path: Path, weight: str) -> None:
    body = f'\n[[entries]]\nterm = "gut"\ncategory = "betrayal"\nweight = {weight}\n'
    path = write(tmp_path, body)
    msg = error_of(path)
    assert f"{path}:20: " in msg and "entry 1 (term 'gut')" in msg and "weight" in msg


def test_unknown_category(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD_ENTRIES + '\n[[entries]]\nterm = "gut"\ncategory = "gore"\n')
    msg = error_of(path)
    assert msg.startswith(f"{path}:32: ")
    assert "entry 3 (term 'gut')" in msg and "unknown category 'gore'" in msg
    assert "betrayal, violence_metaphor" in msg


def test_duplicate_term_in_category(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD_ENTRIES + """
[[entries]]
term = "Kill"
category = "violence_metaphor"
mode = "inflected"
""")
    msg = error_of(path)
    assert msg.startswith(f"{path}:31: ")
    assert "entry 3 (term 'Kill')" in msg and "duplicate of entry 1" in msg


def test_same_term_other_mode_or_category_is_fine(tmp_path: Path) -> None:
    lex = load_lexicon_file(write(tmp_path, GOOD_ENTRIES + """
[[entries]]
term = "kill"
category = "violence_metaphor"

[[entries]]
term = "kill"
category = "betrayal"
mode = "inflected"
"""))
    assert len(lex.entries) == 4


def test_unknown_key(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD_ENTRIES.replace('moral = "loyalty_vice"', 'wieght = 2'))
    msg = error_of(path)
    assert msg.startswith(f"{path}:28: ")
    assert "entry 2 (term 'betrayal')" in msg and "unknown key 'wieght'" in msg


def test_bad_mode_and_several_problems(tmp_path: Path) -> None:
    body = """
[[entries]]
term = "gut"
category = "betrayal"
mode = "stemmed"

[[entries]]
category = "betrayal"
"""
    path = write(tmp_path, body)
    msg = error_of(path)
    assert msg.startswith(f"{path}:20: ") and "mode 'stemmed' is not valid" in msg
    assert f"also {path}:22: entry 2" in msg and "missing required key 'term'" in msg


def test_syntax_error_reports_line(tmp_path: Path) -> None:
    path = write(tmp_path, '\n[[entries]]\nterm = "gut\ncategory = "betrayal"\n')
    msg = error_of(path)
    assert msg.startswith(f"{path}:18: ") and "TOML syntax error" in msg


def test_missing_metadata_and_bad_name(tmp_path: Path) -> None:
    path = tmp_path / "x.toml"
    path.write_text('[lexicon]\nname = "Bad Name"\nversion = "1.0"\nkind = "spin"\n'
                    '[categories.c]\ndescription = "c"\n[[entries]]\nterm = "a"\ncategory = "c"\n')
    msg = error_of(path)
    assert "missing required key 'description'" in msg
    assert f"{path}:2: [lexicon] name 'Bad Name' is not valid" in msg
    assert f"{path}:4: [lexicon] kind 'spin' is not known" in msg


def test_empty_entries(tmp_path: Path) -> None:
    msg = error_of(write(tmp_path, ""))
    assert ":1: the lexicon has no [[entries]]" in msg


def test_example_with_unknown_term(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD_ENTRIES + """
[[examples]]
text = "They gutted the bill."
terms = ["gut"]
""")
    msg = error_of(path)
    assert msg.startswith(f"{path}:32: ") and "example 1: term 'gut' is not an entry" in msg


def test_unknown_top_level_key(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD_ENTRIES + '\n[[entry]]\nterm = "x"\n')
    msg = error_of(path)
    assert msg.startswith(f"{path}:30: ") and "unknown top-level key 'entry'" in msg


def test_unreadable_file(tmp_path: Path) -> None:
    msg = error_of(tmp_path / "missing.toml")
    assert "missing.toml" in msg and "cannot read" in msg


def test_parse_lexicon_from_string() -> None:
    lex = parse_lexicon(HEADER + GOOD_ENTRIES, path="<mem>")
    assert lex.path == "<mem>" and lex.n_entries == 2


def test_line_index_skips_multiline_strings() -> None:
    raw = 'a = """\n[[entries]]\n"""\n[[entries]]\nterm = "x"\n'
    idx = LineIndex(raw)
    assert idx.item("entries", 0).line == 4
    assert idx.item("entries", 0).key_line("term") == 5
