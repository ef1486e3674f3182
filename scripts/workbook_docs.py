"""Write workbook rows as labelling documents, the way ../shared/gold builds them.

    python scripts/workbook_docs.py OUT_DIR [ID ...]        (default ids: ../shared/gold/label-pool.txt)

A document is the row's heading, a blank line, its content stripped, and, when
the row has a ref, a blank line, ``IOPC reference`` and the ref. Ids are ``r``
plus the workbook's ``XX`` padded to four digits. The documents are public text
read from ../shared at run time: write them under data/interim/ (not committed).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
WORKBOOK = SHARED / "corpus" / "iopc-recommendations-2021-06.xlsx"


def _blank(value) -> bool:
    return value is None or (isinstance(value, float) and value != value) or str(value).strip() == ""


def documents(ids: list[str]) -> dict[str, str]:
    frame = pd.read_excel(WORKBOOK, engine="calamine", dtype=object)
    by_id = {f"r{int(float(xx)):04d}": row for xx, row in zip(frame["XX"], frame.to_dict("records"))
             if not _blank(xx) and str(xx).replace(".", "", 1).isdigit()}
    out = {}
    for doc_id in ids:
        row = by_id[doc_id]
        parts = [str(row["heading"]).strip(), str(row["content"]).strip()]
        if not _blank(row["ref"]):
            parts.append(f"IOPC reference\n{str(row['ref']).strip()}")
        out[doc_id] = "\n\n".join(parts) + "\n"
    return out


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(argv[0])
    ids = argv[1:] or (SHARED / "gold" / "label-pool.txt").read_text().split()
    out.mkdir(parents=True, exist_ok=True)
    for doc_id, text in documents(ids).items():
        (out / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    print(f"wrote {len(ids)} documents to {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
