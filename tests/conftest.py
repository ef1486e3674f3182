from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
WORKBOOK = SHARED / "corpus" / "iopc-recommendations-2021-06.xlsx"
SEEDS = SHARED / "corpus" / "seeds"
GOLD_DEV = SHARED / "gold" / "dev"

needs_shared = pytest.mark.skipif(not WORKBOOK.exists(), reason="../shared (the real corpus) is not beside this clone")


@pytest.fixture
def write(tmp_path):
    """write('name.txt', text or bytes) -> path inside a fresh folder."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return _write
