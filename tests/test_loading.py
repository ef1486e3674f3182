import json

import pandas as pd
from hypothesis import HealthCheck, given, settings, strategies as st

from casekit.loading import decode_bytes, InputError, load, parse_tags

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
