"""Word forms of lexicon terms, generated once with lemminflect (build time only).

An entry of a format-2 lexicon matches its term and the forms it lists, never a
stem. The forms of a one-word term are its inflections as lemminflect knows them
(``slam`` -> ``slams slammed slamming``; ``betrayal`` -> ``betrayals``), and only
when the term is itself a lemma lemminflect knows: a term that is already an
inflected or derived form (``failing``, ``apologist``) gets no forms, so it can
never reach another word (``failed``, ``apologized``). Of a multiword term the
first word is inflected when it is a verb (``stab in the back``), else the last
word as a noun (``witch hunt``).

lemminflect (MIT, https://github.com/bjascob/LemmInflect) is needed only to build
lexicons: ``pip install lemminflect``.
"""

from __future__ import annotations

from functools import cache

import lemminflect  # type: ignore[import-untyped]

#: forms lemminflect lists that are mostly another word (the past of "lie" is "lay")
OTHER_WORDS = frozenset({"lay", "lain", "saw", "found", "felt", "left", "wound", "ground"})


@cache
def word_forms(word: str, upos: str | None = None) -> tuple[str, ...]:
    """The inflections of ``word`` (without itself), sorted; () if it is no known lemma.

    ``upos`` ("VERB", "NOUN", "ADJ") keeps the inflections of one part of speech.

    >>> word_forms("slam")
    ('slammed', 'slamming', 'slams')
    >>> word_forms("failing"), word_forms("radical"), word_forms("lie")
    (('failings',), ('radicals',), ('lied', 'lies', 'lying'))
    """
    low = word.lower()
    if not low.replace("-", "").isalpha():
        return ()
    found: set[str] = set()
    table = (lemminflect.getAllInflections(low, upos=upos) if upos
             else lemminflect.getAllInflections(low))
    for forms in table.values():
        found.update(forms)
    found.discard(low)
    return tuple(sorted(f for f in found if f.replace("-", "").isalpha() and f not in OTHER_WORDS))


def term_forms(term: str) -> tuple[str, ...]:
    """The forms an entry for ``term`` lists (not the term itself).

    >>> term_forms("witch hunt")
    ('witch hunts',)
    >>> term_forms("stab in the back")
    ('stabbed in the back', 'stabbing in the back', 'stabs in the back')
    """
    words = term.split()
    if not words:
        return ()
    if len(words) == 1:
        return word_forms(words[0])
    out: set[str] = set()
    verb = word_forms(words[0], "VERB")
    for f in verb:  # a verb phrase: its verb is inflected
        out.add(" ".join([f, *words[1:]]))
    if not verb:  # a noun phrase: its last noun
        for f in word_forms(words[-1], "NOUN"):
            out.add(" ".join([*words[:-1], f]))
    out.discard(term)
    return tuple(sorted(out))


def fill(path: str) -> int:
    """List the forms of every ``inflect = true`` entry of a seed file that has none yet."""
    import tomli_w
    import tomllib

    with open(path, encoding="utf-8") as fh:
        raw = fh.read()
    data = tomllib.loads(raw)
    # the comment lines that open the file are kept (tomli-w writes no comments)
    head = "".join(line for line in raw.splitlines(keepends=True)[:next(
        (i for i, line in enumerate(raw.splitlines()) if line and not line.startswith("#")), 0)])
    n = 0
    for e in data["entries"]:
        if e.get("inflect") and "forms" not in e:
            forms = term_forms(e["term"])
            if forms:
                e["forms"] = list(forms)
                n += 1
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(head + tomli_w.dumps(data))
    return n


if __name__ == "__main__":
    import sys

    if sys.argv[1:2] != ["--fill"] or len(sys.argv) < 3:
        sys.exit("usage: forms.py --fill SEEDS.toml [SEEDS.toml ...]")
    for p in sys.argv[2:]:
        print(f"{p}: forms listed for {fill(p)} entries")
