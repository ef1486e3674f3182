"""What the notebooks show readers: labelled tables and key-figure cards.

A :func:`table` displays as an HTML table with codebook values in words, no
index column, whole numbers as integers and missing values as "–"; long tables
show their first rows and fold the rest away. It also carries its full data
under :data:`TABLE_MIME`, which JupyterLab ignores and the report site turns
into a CSV download beside the page (the tests read key figures from it too).
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .labels import labelled
from .stats import NO_RATE, SMALL_N, wilson

#: the full data of a displayed table, as {"name", "caption", "download", "columns", "rows"}
TABLE_MIME = "application/vnd.casekit.table+json"
MISSING = NO_RATE  # one mark for every missing value, rates included (stats cannot import display)
_NUM = ' class="num"'  # numeric columns are right-aligned


def _missing(value) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float) and math.isnan(value)


def plain(value):
    """A cell as a JSON-ready scalar: numpy types unwrapped, whole floats as int, lists joined, missing as None."""
    if isinstance(value, (list, tuple, np.ndarray)):
        return "; ".join(str(v) for v in value)
    if _missing(value):
        return None
    if isinstance(value, (bool, np.bool_)):
        return "yes" if value else "no"
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, (float, np.floating)):
        return int(value) if float(value).is_integer() else float(value)
    return value if isinstance(value, (int, str)) else str(value)


def text(value) -> str:
    """A plain cell as readers see it."""
    if value is None:
        return MISSING
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def slug(words: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", words.lower()).strip("-") or "table"


@dataclass
class Table:
    columns: list[str]
    rows: list[list]
    name: str
    caption: str | None = None
    preview: int = 15
    download: bool = True

    def _numeric(self) -> list[bool]:
        return [all(isinstance(r[i], (int, float)) or r[i] is None for r in self.rows) and any(r[i] is not None for r in self.rows)
                for i in range(len(self.columns))]

    def _html_rows(self, rows: list[list], numeric: list[bool]) -> str:
        out = []
        for row in rows:
            cells = "".join(f"<td{_NUM if num else ''}>{html.escape(text(v))}</td>" for v, num in zip(row, numeric))
            out.append(f"<tr>{cells}</tr>")
        return "".join(out)

    def to_html(self) -> str:
        numeric = self._numeric()
        head = "".join(f'<th scope="col"{_NUM if num else ""}>{html.escape(str(c))}</th>'
                       for c, num in zip(self.columns, numeric))
        caption = f"<caption>{html.escape(self.caption)}</caption>" if self.caption else ""
        # a few more rows than the preview are shown rather than folded
        shown = self.rows if len(self.rows) <= self.preview + 5 else self.rows[: self.preview]
        body = f'<table class="data">{caption}<thead><tr>{head}</tr></thead><tbody>{self._html_rows(shown, numeric)}</tbody></table>'
        rest = self.rows[len(shown):]
        if rest:
            body += (f'<details class="more"><summary>Show the other {len(rest):,} of {len(self.rows):,} rows</summary>'
                     f'<table class="data"><thead><tr>{head}</tr></thead><tbody>{self._html_rows(rest, numeric)}</tbody></table></details>')
        if not self.rows:
            body = f'<p class="empty">{html.escape(self.caption or "Table")}: none.</p>'
        return body

    def data(self) -> dict:
        return {"name": self.name, "caption": self.caption, "download": self.download,
                "columns": self.columns, "rows": self.rows}

    def _repr_mimebundle_(self, include=None, exclude=None):
        plain_text = f"{self.caption or self.name}: {len(self.rows)} rows"
        return {"text/html": self.to_html(), "text/plain": plain_text, TABLE_MIME: self.data()}


def table(frame: pd.DataFrame | pd.Series, name: str | None = None, caption: str | None = None,
          preview: int = 15, download: bool = True) -> Table:
    """``frame`` for readers: labelled, no index, readable cells; the first ``preview`` rows shown, the rest folded.

    A Series, or a frame whose index carries meaning (a crosstab), has its
    index turned into ordinary columns first.
    """
    if isinstance(frame, pd.Series):
        frame = frame.to_frame()
    index = frame.index
    if index.nlevels > 1 or index.name is not None or not pd.api.types.is_integer_dtype(index):
        frame = frame.reset_index()  # the index names something (a grade, a year): it becomes a column
    else:
        frame = frame.reset_index(drop=True)  # row numbers, perhaps shuffled by a sort: readers never see them
    frame = labelled(frame)
    rows = [[plain(v) for v in row] for row in frame.itertuples(index=False, name=None)]
    return Table([str(c) for c in frame.columns], rows, name or slug(caption or "table"), caption, preview, download)


# --- key figures ------------------------------------------------------------------

@dataclass
class Figure:
    label: str
    value: str
    detail: str = ""
    note: str = ""
    k: int | None = None
    n: int | None = None
    low: float | None = None
    high: float | None = None


def count(label: str, n: int, detail: str = "") -> Figure:
    return Figure(label, f"{n:,}", detail, k=int(n))


def rate(label: str, k: int, n: int, small_n: int = SMALL_N, among: str = "") -> Figure:
    """A share as a card: the percentage, then "k of n <among>" and its 95% Wilson interval; flagged when n is small."""
    k, n = int(k), int(n)
    among = f" {among}" if among else ""
    if n == 0:
        return Figure(label, MISSING, f"no cases{among}", "no cases", k, n)
    low, high = (float(x) for x in wilson(k, n))
    return Figure(label, f"{k / n:.0%}", f"{k:,} of {n:,}{among} · 95% CI {low:.0%}–{high:.0%}",
                  f"fewer than {small_n} cases: read with care" if n < small_n else "", k, n, low, high)


@dataclass
class KeyFigures:
    figures: Sequence[Figure]
    name: str = "key-figures"
    caption: str = "Key figures"
    notes: list[str] = field(default_factory=list)

    def to_html(self) -> str:
        cards = []
        for f in self.figures:
            note = f'<p class="note">{html.escape(f.note)}</p>' if f.note else ""
            detail = f'<p class="detail">{html.escape(f.detail)}</p>' if f.detail else ""
            cards.append(f'<div class="card{" small" if f.note else ""}" role="listitem"><p class="figure">{html.escape(f.value)}</p>'
                         f'<p class="label">{html.escape(f.label)}</p>{detail}{note}</div>')
        return f'<div class="cards" role="list" aria-label="{html.escape(self.caption)}">{"".join(cards)}</div>'

    def data(self) -> dict:
        columns = ["label", "value", "k", "n", "low", "high", "detail", "note"]
        rows = [[plain(getattr(f, c)) for c in columns] for f in self.figures]
        return {"name": self.name, "caption": self.caption, "download": False, "columns": columns, "rows": rows}

    def _repr_mimebundle_(self, include=None, exclude=None):
        plain_text = "\n".join(f"{f.label}: {f.value} {f.detail}".strip() for f in self.figures)
        return {"text/html": self.to_html(), "text/plain": plain_text, TABLE_MIME: self.data()}


def key_figures(*figures: Figure, caption: str = "Key figures") -> KeyFigures:
    return KeyFigures(list(figures), caption=caption)
