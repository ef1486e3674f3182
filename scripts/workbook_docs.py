"""Write workbook rows as labelling documents, the way ../shared/gold builds them.

    python scripts/workbook_docs.py OUT_DIR [ID ...]        (default ids: ../shared/gold/label-pool.txt)

A document is the row's text as ``casekit.load`` reads it: the heading, a blank
line, the content stripped and, when the row has a ref, a blank line,
``IOPC reference`` and the ref. Ids are ``r``
plus the workbook's ``XX`` padded to four digits. The documents are public text
read from ../shared at run time: write them under data/interim/ (not committed).
"""

from __future__ import annotations

import sys
from pathlib import Path

from casekit import load

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
WORKBOOK = SHARED / "corpus" / "iopc-recommendations-2021-06.xlsx"


def documents(ids: list[str]) -> dict[str, str]:
    """The loader's own text of each workbook row (heading, content, reference), by id."""
    by_id = {f"r{int(report.meta['row_id']):04d}": report.text + "\n" for report in load(WORKBOOK).reports
             if str(report.meta.get("row_id", "")).isdigit()}
    return {doc_id: by_id[doc_id] for doc_id in ids}


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
