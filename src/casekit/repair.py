"""Text repair: the first thing done to any text, before it is parsed.

Scraped IOPC text arrives as UTF-8 read as Mac Roman or Windows-1252
(``‚Äô``, ``â€™``, ``¬†``); ftfy undoes that. Curly quotes are kept: they
are what the page printed, and titles are compared as printed.
"""

from __future__ import annotations

import re

import ftfy

# Spaces that print as a space but are not one; zero-width marks are dropped.
_ODD_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
_RUNS_OF_SPACES = re.compile(r" {2,}")
_MANY_BLANK_LINES = re.compile(r"\n{3,}")


# ftfy only re-decodes when it is confident; these Mac Roman sequences for
# punctuation never occur in English prose, so any left over are fixed here.
_LEFTOVER_MAC_ROMAN = {
    "¬†": " ", "‚Äô": "’", "‚Äò": "‘", "‚Äú": "“", "‚Äù": "”", "‚Äì": "–", "‚Äî": "—",
    "‚Ä¢": "•", "‚Ä¶": "…",
}
_LEFTOVER = re.compile("|".join(map(re.escape, _LEFTOVER_MAC_ROMAN)))

_FTFY = ftfy.TextFixerConfig(uncurl_quotes=False, normalization="NFC", explain=False)


def repair_text(text: str) -> str:
    """Fix mojibake, normalise spaces and line ends, collapse stray whitespace."""
    text = ftfy.fix_text(text, _FTFY)
    text = _LEFTOVER.sub(lambda m: _LEFTOVER_MAC_ROMAN[m.group(0)], text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = _ZERO_WIDTH.sub("", text)
    text = _ODD_SPACES.sub(" ", text)
    lines = [_RUNS_OF_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _MANY_BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def collapse_whitespace(text: str) -> str:
    return " ".join(text.split())
