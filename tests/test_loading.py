import csv
import io
import json
import os
import threading

import pandas as pd
from hypothesis import HealthCheck, given, settings, strategies as st

from casekit.loading import decode_bytes, InputError, load, parse_tags, printable

TEXT = "A fictional title – Exampleshire Police, June 2022\n\nThe officer was spoken to.\n"


def test_folder_of_pages_gives_one_report_per_file(write, tmp_path):
    write("a.txt", TEXT)
    write("sub/b.md", TEXT.replace("June", "July"))
    write("c.html", "<html><head><title>Ignored</title></head><body><nav>menu</nav><main><h1>Page title, May 2021</h1>"
                    "<p>First paragraph.</p><ul><li>Tag one</li></ul></main><footer>foot</footer></body></html>")
    result = load(tmp_path)
    assert sorted(r.source.split("/")[-1] for r in result) == ["a.txt", "b.md", "c.html"]
    html = next(r for r in result if r.source.endswith("c.html"))
    assert html.text.splitlines()[0] == "Page title, May 2021"
    assert "menu" not in html.text and "foot" not in html.text and "First paragraph." in html.text
    assert result.rejected == []


def test_workbook_style_export_builds_the_gold_layout(tmp_path):
    frame = pd.DataFrame({
        "XX": [1, 2], "heading": ["First, May 2020", "Second, June 2020"], "content": [" Body one. ", "Body two."],
        "ref": ["2020/000001", None], "Force": ["Exampleshire Police", None], "tags": ["['Custody', 'Exampleshire Police']", None],
        "url": ["https://example.invalid/1", None],
    })
    path = tmp_path / "export.xlsx"
    frame.to_excel(path, index=False)
    result = load(path)
    assert [r.source for r in result] == [f"{path}#1", f"{path}#2"]
    first, second = result.reports
    assert first.text == "First, May 2020\n\nBody one.\n\nIOPC reference\n2020/000001"
    assert second.text == "Second, June 2020\n\nBody two."
    assert first.meta["tags"] == ["Custody", "Exampleshire Police"] and first.meta["force"] == "Exampleshire Police"
    assert first.meta["row_id"] == "1"


def test_csv_and_jsonl_with_an_explicit_column_mapping(write):
    csv_path = write("e.csv", "headline_x,body_x\n\"T1 – Kent Police, May 2020\",Text one.\n")
    jsonl_path = write("e.jsonl", json.dumps({"headline_x": "T2", "body_x": "Text two."}) + "\n{not json}\n")
    result = load([csv_path, jsonl_path], mapping={"title": "headline_x", "text": "body_x"})
    assert [r.text for r in result] == ["T1 – Kent Police, May 2020\n\nText one.", "T2\n\nText two."]
    assert [(r.source.split("/")[-1], r.reason.split(":")[0]) for r in result.rejected] == [("e.jsonl#2", "invalid JSON")]


def test_bad_inputs_are_listed_with_their_reason_and_never_stop_the_rest(write, tmp_path):
    write("good.txt", TEXT)
    write("empty.txt", "   \n")
    write("binary.txt", b"\x00\x01\x02binary")
    write("undecodable.txt", b"Title\n\x81\x8d\x8f\x90\x9d bytes")
    write("blank.html", "<html><body><script>var x;</script></body></html>")
    write("notes.pdf", b"%PDF-1.4")
    write("nocols.csv", "a,b\n1,2\n")
    write("rows.csv", "heading,content\nA title,\nAnother,Some text.\n404 error,404 error\nheading,content\n")
    result = load([tmp_path, tmp_path / "missing.txt"])
    reasons = {r.source.split("/")[-1]: r.reason for r in result.rejected}
    assert reasons["empty.txt"] == "empty file"
    assert reasons["binary.txt"].startswith("binary file")
    assert reasons["undecodable.txt"].startswith("undecodable bytes")
    assert reasons["blank.html"] == "HTML with no text"
    assert reasons["notes.pdf"] == "unsupported file type .pdf"
    assert reasons["nocols.csv"].startswith("missing columns")
    assert reasons["rows.csv#1"] == "empty text"
    assert reasons["rows.csv#3"] == "scraped error page, not a report"
    assert reasons["rows.csv#4"] == "repeated header row (values are the column names)"
    assert reasons["missing.txt"] == "no such file or folder"
    assert sorted(r.source.split("/")[-1] for r in result) == ["good.txt", "rows.csv#2"]


def test_windows_1252_pages_decode():
    assert decode_bytes("officer’s".encode("cp1252"), "x.txt") == "officer’s"


def test_parse_tags_shapes():
    assert parse_tags("['A', 'B']") == ["A", "B"]
    assert parse_tags("['It\\'s', \"B's\", 'C, D',]") == ["It's", "B's", "C, D"]
    assert parse_tags("[" * 100_000) == []  # hostile nesting is no list, and no crash
    assert parse_tags("A; B") == ["A", "B"]
    assert parse_tags(None) == [] and parse_tags(float("nan")) == []


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=300))
def test_any_bytes_become_a_report_or_a_reason(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("fuzz")
    (folder / "page.txt").write_bytes(data)
    result = load(folder)
    assert len(result.reports) + len(result.rejected) == 1
    for rejected in result.rejected:
        assert rejected.source.endswith("page.txt") and rejected.reason


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.text(max_size=30), st.text(max_size=80)), max_size=8))
def test_any_export_rows_are_all_accounted_for(tmp_path_factory, rows):
    folder = tmp_path_factory.mktemp("rows")
    path = folder / "rows.jsonl"
    path.write_text("".join(json.dumps({"heading": h, "content": c}) + "\n" for h, c in rows), encoding="utf-8")
    result = load(path)
    if rows:
        assert len(result.reports) + len(result.rejected) == len(rows)
    assert all(r.text.strip() for r in result.reports)


def test_decode_refuses_empty():
    try:
        decode_bytes(b"  ", "x")
    except InputError as error:
        assert str(error) == "x: empty file"
    else:
        raise AssertionError("empty input accepted")


# --- hostile inputs -----------------------------------------------------------

GOOD_ROW = '"A fictional title – Kent Police, May 2020","The officer was spoken to. A fictional example."'


def test_a_malformed_csv_row_is_rejected_alone_and_the_good_rows_are_kept(write):
    path = write("four.csv", "heading,content\n" + GOOD_ROW + "\n" + GOOD_ROW.replace("May", "June") + ',extra,fields\n'
                 + GOOD_ROW.replace("May", "July") + "\n")
    result = load(path)
    assert [r.source for r in result] == [f"{path}#1", f"{path}#3"]
    (bad,) = result.rejected
    assert bad.source == f"{path}#2" and bad.reason == "4 fields where the header has 2 (line 3)"


def test_every_folder_entry_is_a_report_a_rejection_or_counted_as_skipped(write, tmp_path):
    folder = tmp_path / "in"
    write("in/good.txt", TEXT)
    write("in/real/inner.txt", TEXT.replace("June", "July"))
    write("in/.DS_Store", b"\x00\x01")
    write("in/header_only.csv", "heading,content\n")
    (folder / "empty").mkdir()
    (folder / "linked").symlink_to(folder / "real")
    (folder / "dangling").symlink_to(folder / "nowhere")
    (folder / "loop_a").symlink_to(folder / "loop_b")
    (folder / "loop_b").symlink_to(folder / "loop_a")
    (folder / "real" / "back").symlink_to(folder)
    os.mkfifo(folder / "pipe.txt")

    done: list = []
    reader = threading.Thread(target=lambda: done.append(load(folder)), daemon=True)
    reader.start()
    reader.join(timeout=20)
    assert done, "load blocked (a FIFO was opened)"
    result = done[0]
    reasons = {r.source.removeprefix(f"{folder}/"): r.reason for r in result.rejected}
    assert sorted(r.source.removeprefix(f"{folder}/") for r in result) == ["good.txt", "real/inner.txt"]
    assert reasons == {
        "empty": "empty folder",
        "header_only.csv": "no rows (the export holds a header at most)",
        "pipe.txt": "not a regular file (FIFO); not opened",
        "dangling": "broken symlink (its target does not exist)",
        "linked": f"folder already read as {folder / 'real'}",
        "loop_a": "symlink loop", "loop_b": "symlink loop",
        "real/back": "symlink loop (links back to a folder above it)",
    }
    assert [(s.source, s.rule) for s in result.skipped] == [(str(folder / ".DS_Store"), "hidden (dot) file or folder")]


def test_a_fifo_named_directly_is_rejected_without_being_opened(tmp_path):
    os.mkfifo(tmp_path / "pipe.csv")
    assert [r.reason for r in load(tmp_path / "pipe.csv").rejected] == ["not a regular file (FIFO); not opened"]


def test_title_and_text_must_be_strings_and_other_fields_single_values(write):
    lines = [{"heading": ["a", "list"], "content": "Text."}, {"heading": "T", "content": 42},
             {"heading": "T", "content": "Text.", "url": {"x": 1}}, {"heading": "T", "content": "Fine text.", "ref": 7}]
    path = write("typed.jsonl", "".join(json.dumps(line) + "\n" for line in lines))
    result = load(path)
    assert [(r.source.split("#")[1], r.reason) for r in result.rejected] == [
        ("1", "title is list (\"['a', 'list']\"), not text"), ("2", "text is int ('42'), not text"),
        ("3", "url is a dict, expected a single value")]
    assert [r.source.split("#")[1] for r in result] == ["4"]


def test_an_oversized_page_or_row_is_rejected_with_its_size(write):
    page = write("big.txt", "Title\n\n" + "word " * 400)
    export = write("big.jsonl", json.dumps({"heading": "T", "content": "word " * 400}) + "\n"
                   + json.dumps({"heading": "T", "content": "short text"}) + "\n")
    result = load([page, export], max_page_bytes=1000)
    assert {r.source.split("/")[-1]: r.reason for r in result.rejected} == {
        "big.txt": "too large: 2,007 bytes (limit 1,000; raise it with --max-page-kb)",
        "big.jsonl#1": "too large: 2,002 bytes (limit 1,000; raise it with --max-page-kb)"}
    assert [r.source.split("/")[-1] for r in result] == ["big.jsonl#2"]


def test_report_ids_do_not_depend_on_how_the_path_is_spelt(write, tmp_path, monkeypatch):
    write("pages/a.txt", TEXT)
    write("e.csv", "heading,content,url\n" + GOOD_ROW + ",https://example.invalid/a\n")
    monkeypatch.chdir(tmp_path)
    relative = load(["pages", "e.csv"])
    absolute = load([tmp_path / "pages", tmp_path / "e.csv"])
    again = load(["./pages/../pages/", "./e.csv"])
    ids = [r.meta["report_id"] for r in relative]
    assert [r.source for r in relative] != [r.source for r in absolute]
    assert ids == [r.meta["report_id"] for r in absolute] == [r.meta["report_id"] for r in again]
    assert len(set(ids)) == 2


def test_control_characters_in_names_are_escaped_for_messages():
    assert printable("evil\ncasekit: wrote 9999 reports\x1b[2J.txt") == "evil\\ncasekit: wrote 9999 reports\\x1b[2J.txt"
    assert printable("Café – ok.txt") == "Café – ok.txt"


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(st.text(alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00"),
                                 max_size=20), min_size=1, max_size=4), min_size=1, max_size=8))
def test_any_csv_rows_are_each_a_report_or_a_rejection(tmp_path_factory, rows):
    folder = tmp_path_factory.mktemp("csv")
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["heading", "content"])
    writer.writerows(rows)
    (folder / "rows.csv").write_text(buffer.getvalue(), encoding="utf-8", newline="")
    result = load(folder / "rows.csv")
    if len(result.rejected) == 1 and "#" not in result.rejected[0].source:
        return  # the whole file refused (binary-looking, say), with its reason
    numbers = sorted(int(r.source.rsplit("#", 1)[1]) for r in [*result.reports, *result.rejected])
    assert numbers == list(range(1, len(rows) + 1))
