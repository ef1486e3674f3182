"""No tracked file repeats public report text: twelve words in a row shared with the real corpus.

The project's samples, fictional check parts, tests and notes are written in its own words; the real reports are
read from ../shared, never copied. Lists of force names (codebook values) and URLs are not prose and are let through.
"""

from __future__ import annotations

import re
import subprocess

import pytest

from casekit import load
from casekit.schema import CANONICAL_FORCES

from .conftest import ROOT, SEEDS, WORKBOOK, needs_shared

RUN = 12
_WORD = re.compile(r"[a-z0-9]+")
_TEXT_FILES = re.compile(r"\.(?:py|md|txt|json|ipynb|ya?ml|csv|html)$")
# the words of force names: a run made only of these is the codebook's list, not a report's sentence
_FORCE_WORDS = {w for name in CANONICAL_FORCES for w in _WORD.findall(name.lower())} | {"and", "the", "of"}


def _runs(text: str) -> set[str]:
    words = _WORD.findall(text.lower())
    return {" ".join(words[i:i + RUN]) for i in range(len(words) - RUN + 1)}


# a line that ends a sentence; any other line ("IOPC reference", a title) is a heading
_ENDS_A_SENTENCE = re.compile(r"[.!?:;\"”’)]\s*$")


def _prose_blocks(text: str) -> list[str]:
    """Consecutive sentence lines joined, headings apart: a run may cross a paragraph break, not a heading."""
    blocks, paragraph = [], []
    for line in filter(str.strip, text.splitlines()):
        if _ENDS_A_SENTENCE.search(line):
            paragraph.append(line)
            continue
        blocks += [" ".join(paragraph), line] if paragraph else [line]
        paragraph = []
    return blocks + [" ".join(paragraph)]


def test_prose_blocks_join_paragraphs_and_keep_headings_apart():
    text = "Title of a report\nFirst paragraph ends.\n\nSecond one too.\nIOPC reference\n2020/000001"
    assert _prose_blocks(text) == ["Title of a report", "First paragraph ends. Second one too.", "IOPC reference",
                                   "2020/000001", ""]


@pytest.fixture(scope="module")
def corpus_runs() -> set[str]:
    texts = [r.text for r in load(WORKBOOK).reports] + [p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")]
    # a stock sentence and the next paragraph's opening can be copied together, so paragraphs are joined; a
    # sentence and the heading after it ("... a final written warning. / IOPC reference") are not one piece of
    # prose (a file's own text is read whole, as its strings may wrap)
    return set().union(*(_runs(block) for text in texts for block in _prose_blocks(text)))


def _tracked_text_files() -> list[str]:
    try:
        listed = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout: the tracked files cannot be listed")
    return [f for f in listed.splitlines() if _TEXT_FILES.search(f)]


@needs_shared
def test_no_tracked_file_shares_twelve_words_in_a_row_with_the_real_reports(corpus_runs):
    copied = {}
    for name in _tracked_text_files():
        text = "\n".join(line for line in (ROOT / name).read_text(encoding="utf-8", errors="replace").splitlines()
                         if "http" not in line)
        shared = [run for run in _runs(text) & corpus_runs if not set(run.split()) <= _FORCE_WORDS]
        if shared:
            copied[name] = sorted(shared)[:3]
    assert not copied, f"twelve-word runs of real report text (reword them in your own words): {copied}"
