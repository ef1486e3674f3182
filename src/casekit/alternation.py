"""Faster ``search`` for a long top-level alternation ``A|B|C``, with exactly the same result.

A regular expression tries every alternative at every position of the text.
Most alternatives of the extraction patterns cannot match a given sentence at
all: each needs some words ("recommend", "case", ...) the sentence lacks. So
each alternative is searched on its own, only where one of its required words
appears, and the leftmost start found is where the whole pattern first
matches (an alternation matches at a position exactly where one of its
alternatives does). The match returned is the whole pattern's own match at
that position, so every group, ``start()`` and ``end()`` are as before.

The required words are read off the parsed pattern: runs of literal
characters that every match must contain (in a lookaround too), or, past a
choice, one of each branch's. They are checked on the lowered text, which
holds them whenever a case-blind match does, except for the three characters
whose case folding differs from ``str.lower`` (İ, ı, ſ): a text holding one is
searched with the whole pattern.
"""

from __future__ import annotations

import re
from re import _constants as sre
from re import _parser as sre_parse

from . import cues

# characters a case-blind pattern matches to an ASCII letter that ``str.lower`` does not give as that letter
_ODD_FOLDING = re.compile("[\u0130\u0131\u017f]")


def _top_level_alternatives(source: str) -> list[str]:
    """``source`` cut at each ``|`` outside brackets, classes and escapes."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
            if source[i + 1:i + 2] == "^":
                i += 1
            if source[i + 1:i + 2] == "]":  # "[]...]" and "[^]...]": a leading "]" is a member
                i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    parts.append(source[start:])
    return parts


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more selective of two requirements: longer shortest word, then fewer words."""
    if a is None or b is None:
        return a or b
    return max(a, b, key=lambda words: (min(map(len, words)), -len(words)))


def _required(items) -> frozenset[str] | None:
    """Lower-case words one of which any match of this parsed sequence contains (None: none known)."""
    best: frozenset[str] | None = None
    run: list[str] = []
    for op, av in list(items) + [(None, None)]:
        if op is sre.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        if run:
            best = _better(best, frozenset({"".join(run)}))
            run = []
        if op is sre.SUBPATTERN:
            best = _better(best, _required(av[-1]))
        elif op is sre.ATOMIC_GROUP:
            best = _better(best, _required(av))
        elif op is sre.BRANCH:
            branches = [_required(branch) for branch in av[1]]
            if all(branches):
                best = _better(best, frozenset().union(*branches))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            best = _better(best, _required(av[2]))
        elif op is sre.ASSERT:  # a positive lookahead or lookbehind: its text is there too
            best = _better(best, _required(av[1]))
    return best


class Alternation:
    """``pattern.search`` (whole text only) for a pattern made of top-level alternatives."""

    def __init__(self, pattern: re.Pattern[str]):
        if pattern.flags & re.VERBOSE or re.search(r"\\[1-9]|\(\?P=|\(\?\(", pattern.pattern):
            raise ValueError("verbose patterns and back-references are not cut into parts")
        self.pattern = pattern
        self.parts: list[tuple[re.Pattern[str], frozenset[str]]] = []
        for source in _top_level_alternatives(pattern.pattern):
            words = _required(sre_parse.parse(source, pattern.flags))
            self.parts.append((re.compile(source, pattern.flags), frozenset(words or ())))
        # alternatives share words ("recommend", "learning"): all are found in one scan of the text (casekit.cues),
        # not once per part
        self.words = cues.register(set().union(*(words for _, words in self.parts)))
        self.every_part_needs_a_word = all(words for _, words in self.parts)

    def search(self, text: str, lowered: str | None = None) -> re.Match[str] | None:
        """As ``self.pattern.search(text)``; ``lowered``: ``text.lower()``, if the caller has it."""
        if _ODD_FOLDING.search(text):
            return self.pattern.search(text)
        if lowered is None:
            lowered = text.lower()
        present = cues.present(lowered)
        if self.every_part_needs_a_word and present.isdisjoint(self.words):
            return None  # (most sentences: no alternative can match)
        first = None
        for part, words in self.parts:
            if words and present.isdisjoint(words):
                continue  # it cannot match here
            m = part.search(text)
            if m and (first is None or m.start() < first):
                first = m.start()
        return None if first is None else self.pattern.match(text, first)
