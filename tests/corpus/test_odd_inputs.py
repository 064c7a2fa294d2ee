"""Issue 27 points 6, 7 and 16: odd text is read, accounted for and explained, never a traceback.

Driven through ``framing.cli.commands.main`` exactly as the console script calls it.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
from pathlib import Path

from framing.cli.commands import main

BODY = ("The council approved the budget on Wednesday after a session that ran for fourteen "
        "hours and ended well past midnight. Critics said the plan was reckless and would hurt "
        "families, while supporters called it a careful compromise that protects local jobs.")
OTHER = ("Storms closed the coastal highway for a second day as crews cleared fallen trees and "
         "restored power to thousands of homes. Officials warned that more rain could bring "
         "flooding, and urged drivers to stay home until the roads were declared safe again.")
THIRD = ("The school board voted to extend the library's opening hours through the summer, "
         "after parents asked for a quiet place for students to read. The change will cost "
         "the district a modest sum that officials said the current budget can absorb.")


def run(*args: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue() + err.getvalue()


def account(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_6_lone_surrogates_become_replacement_characters(tmp_path: Path) -> None:
    # raw JSON text: the escapes decode to lone surrogates (a truncated emoji)
    lines = ['{"id": "a\\ud83d", "outlet": "Daily\\ud83d", "title": "T\\udc00", '
             f'"text": "{BODY} \\ud83d"}}',
             json.dumps({"id": "b", "outlet": "Herald", "text": OTHER})]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out = run("analyze", str(feed), "-o", str(tmp_path / "o.jsonl"), "-j", "1")
    assert code == 0, out
    recs = [json.loads(x) for x in (tmp_path / "o.jsonl").read_text("utf-8").splitlines()]
    assert [r["id"] for r in recs] == ["a\ufffd", "b"]  # the good record is kept too
    assert recs[0]["outlet"] == "Daily\ufffd" and recs[0]["title"] == "T\ufffd"
    rows = account(tmp_path / "o.inputs.csv")
    assert "4 lone UTF-16 surrogate(s)" in rows[0]["reason"] and rows[0]["status"] == "analysed"
    assert "surrogate" in out  # a warning on the terminal, naming the line
    # a .json article and a manifest.jsonl value
    d = tmp_path / "news"
    d.mkdir()
    (d / "a.json").write_text('{"outlet": "X\\ud83d", "text": "' + BODY + '"}', encoding="utf-8")
    (d / "b.json").write_text(json.dumps({"outlet": "Y", "text": OTHER}), encoding="utf-8")
    (d / "manifest.jsonl").write_text('{"file": "a.json", "title": "t\\ud83d"}\n'
                                      '{"file": "b.json"}\n', encoding="utf-8")
    code, out = run("report", str(d), "-o", str(tmp_path / "rep"), "-j", "1", "--bootstrap",
                    "10", "--no-progress")
    assert code == 0, out
    assert "X\ufffd" in (tmp_path / "rep" / "articles.csv").read_text(encoding="utf-8")


def test_7_a_report_with_no_scorable_article_is_empty_not_a_crash(tmp_path: Path) -> None:
    d = tmp_path / "news"
    d.mkdir()
    # short texts are scored since issue 24; text in another language is not
    (d / "a.txt").write_text("Haushalt\n\nDer Stadtrat hat sich heute über den Haushalt "
                             "beraten und die Sitzung nach drei Stunden vertagt, weil die "
                             "Fraktionen sich nicht einigen konnten.\n", encoding="utf-8")
    (d / "b.txt").write_text("Sturm\n\nDie Straße war wegen des Sturms einen ganzen Tag "
                             "lang gesperrt, und die Feuerwehr räumte umgestürzte Bäume "
                             "bis spät in die Nacht.\n", encoding="utf-8")
    code, out = run("report", str(d), "-o", str(tmp_path / "rep"), "-j", "1", "--bootstrap",
                    "10", "--no-progress")
    assert code == 0, out
    assert "no article could be scored" in out and "2 not english" in out
    assert (tmp_path / "rep" / "index.html").is_file()


def test_16_messages_say_what_is_wrong(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join([json.dumps({"id": "a", "text": BODY}), "null", "[1, 2]",
                               json.dumps({"id": "n", "text": 5}),
                               json.dumps({"id": "l", "text": ["a", "b"]})]) + "\n",
                    encoding="utf-8")
    code, out = run("analyze", str(feed), "-o", str(tmp_path / "o.jsonl"), "-j", "1")
    assert code == 0, out
    reasons = [r["reason"] for r in account(tmp_path / "o.inputs.csv")]
    assert "expected a JSON object, found null" in reasons[1]
    assert "found an array" in reasons[2]
    assert "'text' is a number, not a string" in reasons[3]
    assert "'text' is an array, not a string" in reasons[4]
    assert not any("NoneType" in r or "record without 'text'" in r for r in reasons[1:])


def test_10_a_long_unpunctuated_record_stores_each_sentence_once(tmp_path: Path) -> None:
    """Bounded sentences, each stored once: output grows with the text, not its square."""
    from framing.text.tokens import MAX_SENTENCE_CHARS

    words = ["the", "reckless", "mayor", "rammed", "a", "disastrous", "shameful", "plan",
             "critics", "allegedly", "said"]
    text = " ".join(words[i % len(words)] for i in range(9000))  # ~60,000 chars, no period
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "long", "outlet": "X", "text": text}) + "\n",
                    encoding="utf-8")
    code, out = run("analyze", str(feed), "-o", str(tmp_path / "o.jsonl"), "-j", "1")
    assert code == 0, out
    rec = json.loads((tmp_path / "o.jsonl").read_text(encoding="utf-8"))
    assert rec["status"] == "ok" and len(rec["evidence"]) > 1000
    assert all("sentence_text" not in e for e in rec["evidence"])
    sents = rec["sentences"]
    assert len({s["sentence"] for s in sents}) == len(sents)  # once each
    assert all(len(s["text"]) <= MAX_SENTENCE_CHARS for s in sents)
    assert all(text[s["start"]:s["end"]] == s["text"] for s in sents)
    assert sum(len(s["text"]) for s in sents) <= len(text)
    for e in rec["evidence"]:  # every span lies in the sentence it names
        (s,) = [s for s in sents if s["sentence"] == e["sentence"]]
        assert s["start"] <= e["start"] < e["end"] <= s["end"]
        assert text[e["start"]:e["end"]] == e["surface"]


def test_13_html_over_the_limit_is_skipped_before_extraction(tmp_path: Path) -> None:
    from framing.corpus.formats import MAX_ARTICLE_CHARS

    d = tmp_path / "news"
    d.mkdir()
    para = "<p>Paragraph with some words in it, one of very many on this page.</p>"
    n = MAX_ARTICLE_CHARS // 60 + 1  # text outside the tags just over the limit
    (d / "big.html").write_text("<html><body>" + para * n + "</body></html>", encoding="utf-8")
    (d / "ok.txt").write_text(f"Budget\n\n{BODY}\n", encoding="utf-8")
    import time

    t0 = time.perf_counter()
    code, out = run("analyze", str(d), "-o", str(tmp_path / "o.jsonl"), "-j", "1")
    assert code == 0, out
    rows = {Path(r["source"]).name: r for r in account(tmp_path / "o.inputs.csv")}
    assert rows["big.html"]["status"] == "skipped"
    assert "outside its HTML tags" in rows["big.html"]["reason"]
    # extraction of ~16,700 paragraphs alone takes several seconds; the check is linear
    assert time.perf_counter() - t0 < 60


def test_17_outlets_are_normalised_and_case_differences_warned(tmp_path: Path) -> None:
    import unicodedata

    nfd = unicodedata.normalize("NFD", "Café")
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(r) for r in [
        {"id": "a", "outlet": "Café", "text": BODY},
        {"id": "b", "outlet": nfd, "text": OTHER},
        {"id": "c", "outlet": "café", "text": THIRD},
    ]) + "\n", encoding="utf-8")
    code, out = run("analyze", str(feed), "-o", str(tmp_path / "o.jsonl"), "-j", "1")
    assert code == 0, out
    outlets = [json.loads(x)["outlet"]
               for x in (tmp_path / "o.jsonl").read_text(encoding="utf-8").splitlines()]
    assert outlets[:2] == ["Café", "Café"] and outlets[0] == unicodedata.normalize("NFC", nfd)
    assert "'café' differs from 'Café' only in case" in out


def test_15_every_entry_of_a_folder_is_accounted_for(tmp_path: Path) -> None:
    d = tmp_path / "news"
    d.mkdir()
    (d / "a.txt").write_text(f"Budget\n\n{BODY}\n", encoding="utf-8")
    (tmp_path / "outside.txt").write_text(f"Secret\n\n{OTHER}\n", encoding="utf-8")
    (d / "link.txt").symlink_to(tmp_path / "outside.txt")
    (d / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    (d / "folder").symlink_to(tmp_path, target_is_directory=True)
    (d / ".hidden.txt").write_text("hidden", encoding="utf-8")
    (d / "manifest.csv").write_text("file,outlet\na.txt,Daily\n../outside.txt,X\n",
                                    encoding="utf-8")
    code, out = run("analyze", str(d), "-o", str(tmp_path / "o.jsonl"), "-j", "1")
    assert code == 0, out
    rows = {r["source"]: r for r in account(tmp_path / "o.inputs.csv")}
    for name in ("link.txt", "dangling.txt", "folder", ".hidden.txt"):
        assert rows[str(d / name)]["status"] == "skipped", name
    assert "outside the folder" in rows[str(d / "link.txt")]["reason"]
    assert "../outside.txt" in rows[f"{d / 'manifest.csv'}:3"]["reason"]
    records = (tmp_path / "o.jsonl").read_text(encoding="utf-8")
    assert "Daily" in records and "Secret" not in records  # the outside file is not read


def test_18_a_duplicate_column_is_refused(tmp_path: Path) -> None:
    feed = tmp_path / "feed.csv"
    feed.write_text(f'id,text,text\n1,"{BODY}",other words\n', encoding="utf-8")
    code, out = run("analyze", str(feed), "-o", str(tmp_path / "o.jsonl"), "-j", "1")
    assert code == 2 and "feed.csv:1" in out and "'text' more than once" in out
    assert not (tmp_path / "o.jsonl").exists()


def test_16_utf16_without_a_bom_is_read_as_utf16_not_called_binary(tmp_path: Path) -> None:
    d = tmp_path / "news"
    d.mkdir()
    (d / "a.txt").write_bytes(("Council passes budget\n\n" + BODY).encode("utf-16-le"))
    feed = "\n".join(json.dumps({"id": i, "outlet": o, "text": t})
                     for i, o, t in (("s1", "Storm Desk", OTHER), ("s2", "School Desk", THIRD)))
    (d / "b.jsonl").write_bytes((feed + "\n").encode("utf-16-be"))
    (d / "c.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")  # binary
    code, out = run("analyze", str(d), "-o", str(tmp_path / "o.jsonl"), "-j", "1")
    assert code == 0, out
    rows = {r["source"]: r for r in account(tmp_path / "o.inputs.csv")}
    a, b1 = rows[str(d / "a.txt")], rows[str(d / "b.jsonl") + ":1"]
    assert a["status"] == "analysed" and "reads as UTF-16-LE" in a["reason"]
    assert b1["status"] == "analysed" and b1["id"] == "s1" and "UTF-16-BE" in b1["reason"]
    assert rows[str(d / "b.jsonl") + ":2"]["status"] == "analysed"
    assert "binary" in rows[str(d / "c.txt")]["reason"]  # real binary is still refused
    recs = [json.loads(x) for x in (tmp_path / "o.jsonl").read_text("utf-8").splitlines()]
    texts = {r["id"]: r for r in recs}
    assert texts["s2"]["outlet"] == "School Desk"
    assert "UTF-16-LE" in out  # the warning reaches the terminal, naming the file
    assert str(d / "a.txt") in out


def test_14_an_unclosed_quote_in_a_records_csv_is_reported_with_its_line(tmp_path: Path) -> None:
    feed = tmp_path / "feed.csv"
    # line 2 opens a quote it never closes; without strict parsing, line 3 (record b)
    # became part of record a's text and nobody was told
    feed.write_text(f'id,outlet,text\na,Daily,"{BODY}\nb,Herald,"{OTHER}"\n'
                    f'c,Courier,"{THIRD}"\n', encoding="utf-8")
    code, out = run("analyze", str(feed), "-o", str(tmp_path / "o.jsonl"), "-j", "1")
    assert code == 0, out
    rows = account(tmp_path / "o.inputs.csv")
    assert [(r["line"], r["status"]) for r in rows] == [("2", "skipped"), ("4", "analysed")]
    assert "feed.csv:2" in rows[0]["reason"] and "lines 2-3" in rows[0]["reason"]
    assert "close the quote" in rows[0]["reason"]
    recs = [json.loads(x) for x in (tmp_path / "o.jsonl").read_text("utf-8").splitlines()]
    assert [(r["id"], r["outlet"]) for r in recs] == [("c", "Courier")]  # nothing swallowed
    # a quote open to the end of the file: every line from it is named
    tail = tmp_path / "tail.csv"
    tail.write_text(f'id,outlet,text\na,Daily,"{BODY}"\nb,Herald,"{OTHER}\n'
                    f'c,Courier,{THIRD.replace(",", "")}\n', encoding="utf-8")
    code, out = run("analyze", str(tail), "-o", str(tmp_path / "t.jsonl"), "-j", "1",
                    "--strict")
    assert code == 6, out  # --strict: a skipped record fails the run
    code, out = run("analyze", str(tail), "-o", str(tmp_path / "t.jsonl"), "-j", "1")
    rows = account(tmp_path / "t.inputs.csv")
    assert [(r["line"], r["status"]) for r in rows] == [("2", "analysed"), ("3", "skipped")]
    assert "never closed" in rows[1]["reason"] and "lines 3-4" in rows[1]["reason"]


def test_14_an_unclosed_quote_in_a_manifest_csv_names_its_line(tmp_path: Path) -> None:
    d = tmp_path / "news"
    d.mkdir()
    for name, text in (("a.txt", BODY), ("b.txt", OTHER), ("c.txt", THIRD)):
        (d / name).write_text(text, encoding="utf-8")
    (d / "manifest.csv").write_text('file,outlet\na.txt,"Daily\nb.txt,Herald\nc.txt,Courier\n',
                                    encoding="utf-8")
    code, out = run("analyze", str(d), "-o", str(tmp_path / "o.jsonl"), "-j", "1")
    assert code == 3, out  # 3: manifest problem
    assert "manifest.csv:2" in out and "unclosed" in out and "Traceback" not in out
    assert not (tmp_path / "o.jsonl").exists()
