"""The extractor on text it has never seen: fictional sentences recombined at random.

Real summaries arrive cut mid-sentence, with facts out of order, people
introduced in any sequence, words run together or the text mis-encoded. Whatever the arrangement, extraction must not
fail, must give only values the codebook allows, and every piece of
evidence must be the very text it points at. The sentences come from the
project's own fictional reports (data/raw/synthetic/develop), never from
public text.
"""

import re
from functools import lru_cache
from pathlib import Path

import fastjsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casekit.extract import extract_text
from casekit.schema import codebook_json_schema

FICTIONAL = Path(__file__).resolve().parents[1] / "data" / "raw" / "synthetic" / "develop" / "docs"
MARKER = "FICTIONAL:"


@lru_cache(maxsize=1)
def _pieces() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(titles, body sentences) of the fictional develop reports."""
    titles, sentences = [], []
    for path in sorted(FICTIONAL.glob("*.txt")):
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith(MARKER)]
        titles.append(lines[0])
        body = " ".join(line for line in lines[1:] if line.strip())
        sentences += [s for s in re.split(r"(?<=[.!?])\s+", body) if len(s) > 3]
    return tuple(titles), tuple(sentences)


@lru_cache(maxsize=1)
def _validate():
    return fastjsonschema.compile(codebook_json_schema())


@st.composite
def recombined_reports(draw) -> str:
    titles, sentences = _pieces()
    title = draw(st.sampled_from(titles))
    body = draw(st.lists(st.sampled_from(sentences), min_size=1, max_size=14))
    paragraphs = draw(st.integers(min_value=1, max_value=4))
    size = -(-len(body) // paragraphs)
    text = title + "\n\n" + "\n\n".join(" ".join(body[i:i + size]) for i in range(0, len(body), size))
    cut = draw(st.integers(min_value=len(title) + 3, max_value=len(text)))  # stored copies stop anywhere
    text = text[:cut]
    # scraped copies lose spaces between words, gain stray ones, shout, or arrive mis-encoded
    damage = draw(st.sampled_from(["none", "glued", "spaced", "upper", "mojibake"]))
    if damage == "glued":
        at = draw(st.integers(min_value=0, max_value=len(text)))
        text = text[:at] + text[at:].replace(" ", "", 1)
    elif damage == "spaced":
        text = text.replace(", ", " ,  ").replace(". ", " .  ")
    elif damage == "upper":
        text = text.upper()
    elif damage == "mojibake":
        text = text.encode("utf-8").decode("mac_roman")
    return text


def test_the_fictional_develop_reports_give_enough_to_recombine():
    titles, sentences = _pieces()
    assert len(titles) >= 50 and len(sentences) >= 500


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(recombined_reports())
def test_any_arrangement_extracts_to_codebook_values_with_exact_evidence(text):
    record = extract_text(text, "fuzz.txt")
    _validate()(record.to_codebook())
    for evidence in record.evidence:
        assert record.text[evidence.start:evidence.end] == evidence.sentence
        if evidence.subject is not None:
            assert 0 <= evidence.subject < len(record.subjects)
