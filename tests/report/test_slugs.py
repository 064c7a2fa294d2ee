"""Slugs are safe file names, unique, and pages stay inside the report directory."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from framing.errors import OutputError
from framing.report import slugify, unique_slugs, write_report
from framing.report.output import inside
from report_real import real_comparison

SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
WEIRD = ["../../etc", "a/b", "Café Zürich", "", "   ", "..", "/", "a b", "A-B", "a--b",
         "<script>alert(1)</script>", "名前", "x" * 200, "C:\\Windows\\", "%2e%2e%2f",
         "Le Monde (Paris)", "Le  Monde: Paris!"]


@pytest.mark.parametrize("name", WEIRD)
def test_slug_is_safe(name: str) -> None:
    s = slugify(name)
    assert SLUG.match(s), s
    assert "/" not in s and ".." not in s
    assert 0 < len(s) <= 60


def test_known_slugs() -> None:
    assert slugify("Café Zürich") == "cafe-zurich"
    assert slugify("../../etc") == "etc"
    assert slugify("a/b") == "a-b"
    assert slugify("") == "outlet"
    assert slugify("名前") == "outlet"


def test_colliding_names_get_numbered_slugs() -> None:
    got = unique_slugs(["a/b", "a b", "A-B", "", "名前", "outlet"])
    assert got == {"a/b": "a-b", "a b": "a-b-2", "A-B": "a-b-3", "": "outlet",
                   "名前": "outlet-2", "outlet": "outlet-3"}
    assert len(set(got.values())) == len(got)


def test_long_slugs_stay_unique_and_short() -> None:
    names = ["x" * 200 + str(i % 2) for i in range(4)] + ["x" * 200]
    got = unique_slugs(names)
    assert len(set(got.values())) == len(set(names))
    assert all(len(s) <= 60 for s in got.values())


def test_inside_refuses_escapes(tmp_path: Path) -> None:
    assert inside(tmp_path, "sources/a.html") == (tmp_path / "sources" / "a.html").resolve()
    for bad in ("../x.html", "sources/../../x", "/etc/passwd", ".", ""):
        with pytest.raises(OutputError):
            inside(tmp_path, bad)


def test_weird_outlets_write_inside_out_dir(tmp_path: Path) -> None:
    names = ["../../etc", "a/b", "Café Zürich", "a b"]
    out = tmp_path / "r"
    written = write_report(real_comparison(names), out)
    root = out.resolve()
    assert all(root in p.resolve().parents for p in written)
    pages = sorted(p.name for p in (out / "sources").iterdir())
    assert pages == sorted(f"{s}.{ext}" for s in ("etc", "a-b", "cafe-zurich", "a-b-2")
                           for ext in ("html", "md"))
    assert not (tmp_path / "etc").exists()
    assert {p.parent for p in (out / "sources").iterdir()} == {out / "sources"}
