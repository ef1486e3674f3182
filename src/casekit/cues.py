"""Which cue words a lower-cased text holds, all found in one scan.

Before a slow pattern the rules test a sentence for words without which it cannot match: a gate
(``gate=("learn", "recommendation")``), or an ``Alternation``'s required words. There are hundreds of such words,
and testing each with ``in`` scans the sentence once per word. An Aho-Corasick automaton (pyahocorasick) over every
word the rules have asked about finds all of them in one scan. The answer is exactly ``word in text`` for each word.

Words are registered the first time they are asked about. A new word rebuilds the automaton and empties the cache;
that only happens while the first pages are read.
"""

from __future__ import annotations

from collections.abc import Iterable

import ahocorasick

# Texts whose words were found, kept while one page is read: its sentences and the page are asked about many times.
_CACHE_SIZE = 512


class _Cues:
    def __init__(self) -> None:
        self.words: set[str] = set()
        self.automaton: ahocorasick.Automaton | None = None
        self.found: dict[str, frozenset[str]] = {}
        self.asked: dict[int, tuple[tuple[str, ...], frozenset[str]]] = {}

    def register(self, words: Iterable[str]) -> frozenset[str]:
        """Make these words known, so ``present`` finds them; returns them as a set."""
        words = frozenset(words)
        if "" in words:
            raise ValueError("an empty cue word is in every text")
        if not words <= self.words:
            self.words |= words
            self.automaton = None
            self.found.clear()  # (cached answers do not know the new words)
        return words

    def present(self, text: str) -> frozenset[str]:
        """Every registered word that ``text`` holds (as ``in`` would find it)."""
        found = self.found.get(text)
        if found is None:
            if not self.words:
                return frozenset()
            if self.automaton is None:
                self.automaton = ahocorasick.Automaton()
                for word in self.words:
                    self.automaton.add_word(word, word)
                self.automaton.make_automaton()
            found = frozenset(word for _, word in self.automaton.iter(text))
            if len(self.found) >= _CACHE_SIZE:
                self.found.clear()
            self.found[text] = found
        return found

    def mentions(self, text: str, words: tuple[str, ...]) -> bool:
        """Whether ``text`` holds any of ``words``: ``any(word in text for word in words)``, in one scan for all gates."""
        # (the gates are the rules' constant tuples: found by identity, not by hashing ninety words at every call; the
        # tuple is kept, so no other object can take its id)
        asked = self.asked.get(id(words))
        if asked is None or asked[0] is not words:
            asked = self.asked[id(words)] = (words, self.register(words))
        found = self.found.get(text)  # (present's own cache, looked at here first: a call fewer on the hot path)
        return not asked[1].isdisjoint(self.present(text) if found is None else found)


_CUES = _Cues()
# The one vocabulary's own methods, not wrappers around them: they run hundreds of thousands of times in a build.
register = _CUES.register
present = _CUES.present
mentions = _CUES.mentions
