"""A learned second opinion on organisational learning, for pages the rules leave silent.

Organisational learning is worded in more ways than patterns keep up with
(on fictional reports the rules never saw it was the one report field below
0.95). A linear model over word unigrams and bigrams (TF-IDF, logistic
regression), trained by ``scripts/train_learning_model.py`` on hand-labelled
pages, scores how likely a page is to report learning for a force. The
rules decide; only where they find nothing either way, and the model is
confident, does the page read as learning found, and the evidence is the
sentence the model scores highest, so a reader can still check it.

The model is stored as plain numbers (``reference_data/learning_model.json``:
each n-gram's idf and weight), and scored here with the same arithmetic as
scikit-learn's ``TfidfVectorizer(sublinear_tf=True)`` and
``LogisticRegression``, so extraction needs neither scikit-learn nor the
training pages; ``tests/test_learned.py`` checks the two agree.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

MODEL_PATH = Path(__file__).with_name("reference_data") / "learning_model.json"
_TOKEN = re.compile(r"(?u)\b\w\w+\b")  # scikit-learn's default token pattern


@dataclass(frozen=True)
class LinearTextModel:
    """P(class) = sigmoid(w · tfidf(text) + b) over a fixed n-gram vocabulary."""

    weights: dict[str, tuple[float, float]]  # n-gram -> (idf, weight)
    intercept: float
    threshold: float
    ngram_max: int
    min_words: int = 0  # pages shorter than this are outside what it learnt from

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> LinearTextModel:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls({gram: (idf, weight) for gram, idf, weight in data["vocabulary"]}, data["intercept"],
                   data["threshold"], data["ngram_max"], data["min_words"])

    def _grams(self, text: str) -> Counter:
        tokens = _TOKEN.findall(text.lower())
        grams = Counter(tokens)
        for n in range(2, self.ngram_max + 1):
            grams.update(map(" ".join, zip(*(tokens[i:] for i in range(n)))))
        return grams

    def probability(self, text: str) -> float:
        """The model's probability that ``text`` reports organisational learning."""
        weights = self.weights
        found = [((1 + math.log(count)) * weights[gram][0], weights[gram][1])
                 for gram, count in self._grams(text).items() if gram in weights]
        norm = math.sqrt(sum(value * value for value, _ in found)) or 1.0
        score = self.intercept + sum(value * weight for value, weight in found) / norm
        return 1 / (1 + math.exp(-score))


@lru_cache(maxsize=1)
def learning_model() -> LinearTextModel | None:
    """The shipped model, or None in a checkout without it (the rules then stand alone)."""
    return LinearTextModel.load() if MODEL_PATH.is_file() else None
