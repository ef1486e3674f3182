"""Readable tables and key-figure cards, as the notebooks display them."""

from html.parser import HTMLParser

import numpy as np
import pandas as pd
import pytest

from casekit import display
from casekit.stats import wilson


class Cells(HTMLParser):
    """The text of every header and data cell, row by row."""

    def __init__(self):
        super().__init__()
        self.rows, self.cell, self.tags = [], None, []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self.cell = ""

    def handle_endtag(self, tag):
        if tag in ("td", "th"):
            self.rows[-1].append(self.cell)
            self.cell = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell += data


def cells(html: str) -> Cells:
    parser = Cells()
    parser.feed(html)
    return parser


def test_table_has_no_index_whole_numbers_and_a_dash_for_missing():
    frame = pd.DataFrame({"force": ["Kent Police", "Essex Police"], "reports": [41.0, np.nan],
                          "incident_year": pd.array([2019, None], dtype="Int64")}, index=[7, 3])
    parsed = cells(display.table(frame, "t").to_html())
    assert parsed.rows == [["force", "reports", "incident year"], ["Kent Police", "41", "2019"], ["Essex Police", "–", "–"]]


def test_named_index_becomes_a_labelled_column_and_codes_become_words():
    counts = pd.Series({"gross_misconduct": 3, "misconduct": 5}).rename_axis("grade").rename("people")
    parsed = cells(display.table(counts, "by-grade").to_html())
    assert parsed.rows == [["case to answer for", "people"], ["gross misconduct", "3"], ["misconduct", "5"]]


def test_long_table_shows_a_preview_and_folds_the_rest_but_keeps_all_rows_for_download():
    frame = pd.DataFrame({"n": range(100)})
    shown = display.table(frame, "long", preview=15)
    html = shown.to_html()
    assert "Show the other 85 of 100 rows" in html and html.count("<tr>") == 1 + 15 + 1 + 85
    assert len(shown.data()["rows"]) == 100 and shown.data()["download"] is True
    # a table a little longer than the preview is shown whole rather than folded
    assert "<details" not in display.table(pd.DataFrame({"n": range(18)}), "short", preview=15).to_html()


def test_table_text_is_escaped():
    html = display.table(pd.DataFrame({"title": ["<script>alert(1)</script> & co"]}), "t").to_html()
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_table_mimebundle_carries_the_full_data_for_the_site():
    bundle = display.table(pd.DataFrame({"a": [1, 2], "flag": [True, False]}), "name", "Caption")._repr_mimebundle_()
    assert set(bundle) == {"text/html", "text/plain", display.TABLE_MIME}
    data = bundle[display.TABLE_MIME]
    assert data["columns"] == ["a", "flag"] and data["rows"] == [[1, "yes"], [2, "no"]] and data["caption"] == "Caption"


def test_rate_card_gives_n_of_n_and_the_wilson_interval_and_flags_small_groups():
    low, high = (float(x) for x in wilson(95, 146))
    card = display.rate("found proven", 95, 146, small_n=10, among="among those with a stated finding")
    assert card.value == "65%" and card.detail == f"95 of 146 among those with a stated finding · 95% CI {low:.0%}–{high:.0%}"
    assert card.note == "" and (card.low, card.high) == pytest.approx((low, high))
    assert display.rate("x", 1, 4, small_n=10).note.startswith("fewer than 10 cases")
    assert display.rate("x", 0, 0).value == display.MISSING


def test_key_figures_render_as_cards_with_data_for_checks():
    figures = display.key_figures(display.count("reports", 1311), display.rate("left", 36, 340))
    html = figures.to_html()
    assert html.count('role="listitem"') == 2 and "1,311" in html and "11%" in html
    rows = figures._repr_mimebundle_()[display.TABLE_MIME]["rows"]
    assert rows[0][:4] == ["reports", "1,311", 1311, None] and rows[1][2:4] == [36, 340]
