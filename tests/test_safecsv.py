"""Formula-safe CSV: no text cell a spreadsheet would run as a formula."""

import csv
import io

import pandas as pd
from hypothesis import given, strategies as st

from casekit.safecsv import FORMULA_STARTS, neutralise, write_csv

# Fictional payloads in the shapes OWASP lists.
PAYLOADS = ['=HYPERLINK("http://example.invalid","y") title', "@SUM(1) title", "+cmd|' /C calc'!A0 title",
            "-1+1 title", "\t=1+1", "\r=1+1"]


def cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


def test_neutralise_prefixes_only_formula_like_text():
    assert [neutralise(p) for p in PAYLOADS] == ["'" + p for p in PAYLOADS]
    assert neutralise("An ordinary title") == "An ordinary title"
    assert neutralise(-1) == -1 and neutralise(None) is None
    assert neutralise("a = b") == "a = b"  # only the first character matters


def test_written_csv_has_no_formula_cells_and_keeps_numbers_and_other_text(tmp_path):
    frame = pd.DataFrame({"title": PAYLOADS, "n": range(len(PAYLOADS)),
                          "plain": pd.array(["x"] * len(PAYLOADS), dtype="string")})
    path = tmp_path / "out.csv"
    write_csv(frame, path)
    back = pd.read_csv(path, keep_default_na=False)
    assert list(back["title"]) == ["'" + p for p in PAYLOADS]
    assert list(back["n"]) == list(range(len(PAYLOADS))) and set(back["plain"]) == {"x"}
    assert frame["title"].tolist() == PAYLOADS  # the caller's frame is untouched
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_a_stream_is_written_too_and_an_empty_frame_gives_a_header():
    stream = io.StringIO()
    write_csv(pd.DataFrame({"a": ["=1"]}), stream)
    assert stream.getvalue().splitlines() == ["a", "'=1"]
    stream = io.StringIO()
    write_csv(pd.DataFrame({"a": pd.Series([], dtype="string")}), stream)
    assert stream.getvalue().strip() == "a"


@given(st.lists(st.one_of(st.none(), st.text(max_size=12)), min_size=1, max_size=30))
def test_any_text_column_comes_out_formula_free(values):
    stream = io.StringIO()
    write_csv(pd.DataFrame({"text": values, "copy": pd.array(values, dtype="string")}), stream)
    body = cells(stream.getvalue())
    assert not [c for c in body if c.startswith(FORMULA_STARTS)]
