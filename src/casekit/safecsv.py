"""Formula-safe CSV: every CSV casekit writes goes through ``write_csv``.

Report text is untrusted and researchers open CSVs in spreadsheets, which run
a cell that starts with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage
return before one) as a formula. As OWASP recommends, such text cells get a
leading apostrophe, which spreadsheets show as text. Only text is changed:
numbers stay numbers, and Parquet keeps the raw text.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TextIO

import pandas as pd

from .atomic import atomic_path

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_CHUNK_ROWS = 20_000  # neutralised a slice at a time, so a large table is never copied whole
# RFC 4180's line ending: the csv writer then quotes any cell holding a bare
# carriage return, which would otherwise split the row when read back.
_LINE_END = "\r\n"


def neutralise(value: Any) -> Any:
    """``value`` with a leading apostrophe if it is text a spreadsheet would run as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _neutralised(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy(deep=False)
    for column in out.columns:
        values = out[column]
        if values.dtype == object:  # any Python objects: checked one by one
            risky = values.map(lambda v: isinstance(v, str) and v.startswith(FORMULA_STARTS)).astype(bool)
        elif pd.api.types.is_string_dtype(values.dtype):  # pandas' string dtypes: checked in one pass
            risky = values.str.startswith(FORMULA_STARTS).fillna(False).astype(bool)
        else:
            continue
        if risky.any():
            fixed = values.astype(object)
            fixed[risky] = ["'" + value for value in fixed[risky]]
            out[column] = fixed
    return out


def _write(frame: pd.DataFrame, handle: TextIO) -> None:
    if frame.empty:
        frame.to_csv(handle, index=False, lineterminator=_LINE_END)
        return
    for start in range(0, len(frame), _CHUNK_ROWS):
        chunk = _neutralised(frame.iloc[start:start + _CHUNK_ROWS])
        chunk.to_csv(handle, index=False, header=start == 0, lineterminator=_LINE_END)


def write_csv(frame: pd.DataFrame, path: str | Path | TextIO) -> None:
    """Write ``frame`` as CSV with formula-like text neutralised.

    ``path`` is a file (written to a temporary file beside it and moved into
    place, so readers never see half a file) or an open text stream.
    """
    if not isinstance(path, (str, Path)):
        _write(frame, path)
        return
    with atomic_path(path) as temporary, open(temporary, "w", encoding="utf-8", newline="") as stream:
        _write(frame, stream)
