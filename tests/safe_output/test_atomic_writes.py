"""Safe outputs: atomic writes, usual permissions, no half-written file, never inside an input."""

from __future__ import annotations

import contextlib
import io
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from framing.cli.commands import main
from framing.engines.records import atomic_open, atomic_path, check_output_file, write_text
from framing.errors import OutputError

BODY = ("The council approved the budget on Wednesday after a session that ran for fourteen "
        "hours and ended well past midnight. Critics said the plan was reckless and would hurt "
        "families, while supporters called it a careful compromise that protects local jobs.")
OTHER = ("Storms closed the coastal highway for a second day as crews cleared fallen trees and "
         "restored power to thousands of homes. Officials warned that more rain could bring "
         "flooding, and urged drivers to stay home until the roads were declared safe again.")


@contextlib.contextmanager
def umask(mask: int) -> Iterator[None]:
    old = os.umask(mask)
    try:
        yield
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def corpus(root: Path) -> Path:
    d = root / "news"
    d.mkdir()
    (d / "daily.txt").write_text(f"Council Approves Budget\n\n{BODY}\n", encoding="utf-8")
    (d / "herald.txt").write_text(f"Storm Closes Highway\n\n{OTHER}\n", encoding="utf-8")
    return d


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


def leftovers(root: Path) -> list[Path]:
    """Temporary files or staging directories (their names start with a dot)."""
    return [p for p in root.rglob(".*")]


@pytest.mark.parametrize("mask, expected", [(0o022, 0o644), (0o027, 0o640), (0o077, 0o600)])
def test_atomic_files_get_the_mode_open_would_give(tmp_path: Path, mask: int,
                                                   expected: int) -> None:
    with umask(mask):
        write_text(tmp_path / "a.txt", "hello")
        with atomic_path(tmp_path / "b.bin") as tmp:
            tmp.write_bytes(b"x")
    assert mode(tmp_path / "a.txt") == expected
    assert mode(tmp_path / "b.bin") == expected


def test_atomic_open_leaves_nothing_when_interrupted(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    with pytest.raises(KeyboardInterrupt), atomic_open(target) as fh:
        fh.write("half of it")
        raise KeyboardInterrupt
    assert list(tmp_path.iterdir()) == []
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_open(target) as fh:
        fh.write("new but broken")
        raise RuntimeError("disk full")
    assert target.read_text(encoding="utf-8") == "old"
    assert list(tmp_path.iterdir()) == [target]


def test_cli_outputs_have_usual_permissions(tmp_path: Path) -> None:
    src = corpus(tmp_path)
    with umask(0o022):
        code, _, err = run("analyze", str(src), "-o", str(tmp_path / "out" / "r.jsonl"),
                             "-j", "1")
        assert code == 0, err
        code, _, err = run("report", str(src), "-o", str(tmp_path / "rep"), "-j", "1",
                             "--bootstrap", "10", "--no-progress")
        assert code == 0, err
    assert mode(tmp_path / "out" / "r.jsonl") == 0o644
    assert mode(tmp_path / "out" / "r.inputs.csv") == 0o644
    rep = tmp_path / "rep"
    assert mode(rep) == 0o755 and mode(rep / "sources") == 0o755
    for f in rep.rglob("*"):
        if f.is_file():
            assert mode(f) == 0o644, f


@pytest.mark.parametrize("command", ["analyze", "report"])
def test_interrupted_run_leaves_no_half_written_file(tmp_path: Path, command: str,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C while the second article is analysed: exit 130, and no output at all."""
    from framing.engines.pipeline import Pipeline

    src = corpus(tmp_path)
    real_run = Pipeline.run
    calls = {"n": 0}

    def flaky(self: Pipeline, article: object) -> object:
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt
        return real_run(self, article)  # type: ignore[arg-type]

    monkeypatch.setattr(Pipeline, "run", flaky)
    out = tmp_path / ("out.jsonl" if command == "analyze" else "rep")
    extra = ["--bootstrap", "10", "--no-progress"] if command == "report" else []
    code, _, err = run(command, str(src), "-o", str(out), "-j", "1", *extra)
    assert code == 130
    assert "no partial output" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["news"]
    assert leftovers(tmp_path) == []


def test_interrupted_report_keeps_the_old_one(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """An interrupt while the new report is written leaves the old report whole."""
    import framing.report.writer as writer

    src = corpus(tmp_path)
    rep = tmp_path / "rep"
    args = ["report", str(src), "-o", str(rep), "-j", "1", "--bootstrap", "10", "--no-progress"]
    assert run(*args)[0] == 0
    before = {p: p.read_bytes() for p in rep.rglob("*") if p.is_file()}
    real = writer.write_text
    n = {"calls": 0}

    def interrupted(path: Path, text: str) -> None:
        n["calls"] += 1
        if n["calls"] == 2:
            raise KeyboardInterrupt
        real(path, text)

    monkeypatch.setattr(writer, "write_text", interrupted)
    code, _, _ = run(*args, "--force")
    assert code == 130
    assert {p: p.read_bytes() for p in rep.rglob("*") if p.is_file()} == before
    assert leftovers(tmp_path) == []


def test_analyze_output_needs_force_and_force_replaces(tmp_path: Path) -> None:
    src = corpus(tmp_path)
    out = tmp_path / "r.jsonl"
    out.write_text("old\n", encoding="utf-8")
    code, _, err = run("analyze", str(src), "-o", str(out), "-j", "1")
    assert code == 5 and "pass --force" in err
    assert out.read_text(encoding="utf-8") == "old\n"
    # the account beside it is protected too
    out.unlink()
    (tmp_path / "r.inputs.csv").write_text("mine\n", encoding="utf-8")
    code, _, err = run("analyze", str(src), "-o", str(out), "-j", "1")
    assert code == 5 and "r.inputs.csv exists" in err and not out.exists()
    code, _, err = run("analyze", str(src), "-o", str(out), "-j", "1", "--force")
    assert code == 0, err
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2
    assert (tmp_path / "r.inputs.csv").read_text(encoding="utf-8").startswith("source,")


@pytest.mark.parametrize("out", ["news", "news/sub/rep", ".", "news/daily.txt"])
def test_report_dir_is_never_an_input_or_inside_one(tmp_path: Path, out: str,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    corpus(tmp_path)
    monkeypatch.chdir(tmp_path)
    code, _, err = run("report", "news", "-o", out, "-j", "1", "--force", "--no-progress")
    assert code in (5, 2), err  # a file given as --out is refused by click's path check
    assert "error" in err.lower()
    assert sorted(p.name for p in (tmp_path / "news").iterdir()) == ["daily.txt", "herald.txt"]


@pytest.mark.parametrize("out", ["news/out.jsonl", "news/sub/out.jsonl", "news/daily.txt"])
def test_analyze_output_is_never_inside_an_input(tmp_path: Path, out: str,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    corpus(tmp_path)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(OutputError, match="inside the input news"):
        check_output_file(Path(out), [Path("news")], force=True)
    code, _, err = run("analyze", "news", "-o", out, "-j", "1", "--force")
    assert code == 5 and "inside the input" in err
    assert sorted(p.name for p in (tmp_path / "news").iterdir()) == ["daily.txt", "herald.txt"]


def test_analyze_output_may_not_be_a_source_file(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"text": "x"}\n', encoding="utf-8")
    code, _, err = run("analyze", str(feed), "-o", str(feed), "--force")
    assert code == 5 and "feed.jsonl" in err
    assert feed.read_text(encoding="utf-8") == '{"text": "x"}\n'


def test_write_report_refuses_a_directory_inside_the_corpus(tmp_path: Path) -> None:
    """The library call, not only the CLI, knows the corpus's sources."""
    import framing
    from framing.compare import compare
    from framing.report import write_report

    src = corpus(tmp_path)
    comp = compare(framing.analyze(src), n_boot=10, seed=0)
    assert comp.analysis.corpus.sources == [str(src)]
    with pytest.raises(OutputError, match="inside the input"):
        write_report(comp, src / "report")
    assert sorted(p.name for p in src.iterdir()) == ["daily.txt", "herald.txt"]
