"""The decisions record is appended to, stop by stop, and never rewritten: a whole-file write that kept only the newest
section once dropped every earlier decision (and the codebook rulings the labels rest on) without any test noticing."""
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DECISIONS = (ROOT / "docs" / "decisions.md").read_text(encoding="utf-8")
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_decisions_keeps_its_opening_sections():
    headings = re.findall(r"^## (.+)$", DECISIONS, re.M)
    for section in ("Inputs", "Report fields", "Subjects", "Labelling (data/verified)", "Verified labels in the tables"):
        assert section in headings, f"docs/decisions.md lost its '## {section}' section"


def test_every_stop_the_readme_reports_from_the_sixteenth_on_has_its_decisions():
    stops = re.findall(r"^\*\*([A-Z][a-z-]+) stop \(", README, re.M)
    # the first fifteen stops' decisions sit in the opening sections, by subject rather than by stop
    reported = set(stops[:stops.index("Sixteenth") + 1]) if "Sixteenth" in stops else set(stops)
    assert len(reported) > 30
    recorded = set(re.findall(r"^## ([A-Z][a-z-]+) stop\b", DECISIONS, re.M))
    missing = sorted(reported - recorded)
    assert not missing, f"docs/decisions.md has no section for the stops the README reports: {missing}"
