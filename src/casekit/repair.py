"""Text repair: the first thing done to any text, before it is parsed.

Scraped IOPC text arrives as UTF-8 read as Mac Roman or Windows-1252
(``‚Äô``, ``â€™``, ``¬†``); ftfy undoes that. Curly quotes are kept: they
are what the page printed, and titles are compared as printed.
"""

from __future__ import annotations

import re
import unicodedata

import ftfy

# Spaces that print as a space but are not one; zero-width marks are dropped.
_ODD_SPACE_CHARACTERS = "\u00a0\u1680" + "".join(map(chr, range(0x2000, 0x200b))) + "\u202f\u205f\u3000\t\f\v"
_ODD_SPACES = re.compile(f"[{_ODD_SPACE_CHARACTERS}]")
_ZERO_WIDTH_CHARACTERS = "\u200b\u200c\u200d\u2060\ufeff"
_ZERO_WIDTH = re.compile(f"[{_ZERO_WIDTH_CHARACTERS}]")
_RUNS_OF_SPACES = re.compile(r" {2,}")
_MANY_BLANK_LINES = re.compile(r"\n{3,}")


# The workbook's damage: UTF-8 read as Mac Roman. A UTF-8 lead byte shows as
# "¬" or "√" (2-byte sequences, e.g. "¬£" for "£", "¬†" for a no-break space)
# or "‚" (3-byte, e.g. "‚Äô" for "’"), followed by continuation bytes that Mac
# Roman shows as non-ASCII letters. Each such run is re-decoded, and kept only
# if it is valid UTF-8; ftfy then handles anything else. (ftfy alone leaves
# "¬£65" in a text with no other damage, as it cannot be sure.)
_MAC_ROMAN_RUN = re.compile(r"[¬√][^\x00-\x7f]|‚[^\x00-\x7f]{2}")


def _undo_mac_roman(match: re.Match[str]) -> str:
    run = match.group(0)
    try:
        return run.encode("mac_roman").decode("utf-8")
    except UnicodeError:
        return run


_FTFY = ftfy.TextFixerConfig(uncurl_quotes=False, normalization="NFC", explain=False)
# Characters that start UTF-8 mojibake in Latin-1, Windows-1252 and Mac Roman,
# HTML entities, and control characters: text with none of them has nothing
# for ftfy to fix, and skipping it there makes a full build twice as fast.
# (two patterns: a class alone is scanned several times faster than a class or an entity)
_NEEDS_FTFY_CHARACTER = re.compile(r"[ÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞßâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ‚¬€™œž\x80-\x9f\x00-\x08\x0b\x0e-\x1f\ufffd]")
_HTML_ENTITY = re.compile(r"&#?\w+;")


def repair_text(text: str) -> str:
    """Fix mojibake, normalise spaces and line ends, collapse stray whitespace.

    Repeated until nothing changes (at most three passes): one fix can uncover another ("Â\t0" is "Â 0" to ftfy
    only once the tab is a space), and repaired text must not change when repaired again."""
    for _ in range(3):
        repaired = _repair_once(text)
        if repaired == text:
            break
        text = repaired
    return text


def _repair_once(text: str) -> str:
    # Each step is skipped where the characters it acts on are absent: a plain ``in`` scan is many times faster
    # than a regex scan, and most texts, once repaired, have none of them.
    if "¬" in text or "√" in text or "‚" in text:
        text = _MAC_ROMAN_RUN.sub(_undo_mac_roman, text)
    if _NEEDS_FTFY_CHARACTER.search(text) or ("&" in text and _HTML_ENTITY.search(text)):
        text = ftfy.fix_text(text, _FTFY)
        # ftfy can leave (or make, from C1 controls) a run the first pass had not seen
        text = _MAC_ROMAN_RUN.sub(_undo_mac_roman, text)
    else:
        text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    if any(map(text.__contains__, _ZERO_WIDTH_CHARACTERS)):
        text = _ZERO_WIDTH.sub("", text)
    if any(map(text.__contains__, _ODD_SPACE_CHARACTERS)):
        text = _ODD_SPACES.sub(" ", text)
    if "  " in text:
        text = _RUNS_OF_SPACES.sub(" ", text)  # (a run of spaces never spans a line end)
    text = "\n".join(line.strip() for line in text.split("\n"))
    if "\n\n\n" in text:
        text = _MANY_BLANK_LINES.sub("\n\n", text)
    return text.strip()


def collapse_whitespace(text: str) -> str:
    return " ".join(text.split())
