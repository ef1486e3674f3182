"""Learned second readers: which sentence, if any, says the force learned (or that there was nothing to learn), or
that nobody serving with the police committed an offence, when no rule recognised the wording.

The rules stay first. Only when they find nothing does a field's model read the sentences that could bear on it and,
if one is confident enough, return it as the evidence. The rules also decide who and what: ``rules`` offers the model
only sentences it may answer (never a learning "yes" about the people involved; for offences, only a "no", and never
one about the public or a charging decision).

Each model is a logistic regression over word unigrams and bigrams (TF-IDF), trained with scikit-learn by
``scripts/train_learning_model.py`` on sentences the labelled reports point to: the rules' evidence sentence in reports
whose label the rules got right, and every candidate sentence of reports labelled ``not_stated``. It ships as JSON
(n-gram weights, no report text) and is applied here in plain Python, so extraction neither imports scikit-learn (a
second's start-up in every worker) nor depends on its version; ``tests/test_sentence_model.py`` checks that this
arithmetic gives scikit-learn's own probabilities.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field as dataclass_field
from functools import cache
from importlib import resources
from typing import Any, Callable, Iterable

from . import cues

# the same tokens as scikit-learn's default token_pattern, so training and reading see the same words
_TOKEN = re.compile(r"(?u)\b\w\w+\b")
CLASSES = ("no", "none", "yes")
THRESHOLD = 0.6  # chosen by cross-validation on the read parts and the verified workbook rows (docs/decisions.md)


@dataclass(frozen=True)
class Reader:
    """One field's model: where its weights are, and which sentences it reads (and is trained on)."""
    field: str
    resource: str
    candidate_words: tuple[str, ...]
    # the words matched from their start, compiled once (is_candidate runs for every sentence of a silent page)
    _word_starts: re.Pattern[str] = dataclass_field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_word_starts", re.compile(r"\b(?:" + "|".join(map(re.escape, self.candidate_words)) + ")"))

    def is_candidate(self, lowered: str) -> bool:
        # (the cheap substring test first; most sentences have none of the words anywhere)
        return cues.mentions(lowered, self.candidate_words) and bool(self._word_starts.search(lowered))

    def candidates(self, page) -> list[tuple[int, Any]]:
        """The (index, sentence) pairs of a page this reader reads."""
        return [(index, sentence) for index, (sentence, lowered) in enumerate(zip(page.sentences, page.lowered_sentences))
                if self.is_candidate(lowered)]

    def model(self) -> dict[str, Any]:
        return load_model(self.resource)


# (words are matched from their start: "train" is not "restraint"; "policy", "policies", not "police")
LEARNING = Reader("organisational_learning", "learning_sentences.json",
                  ("learn", "lesson", "recommend", "chang", "train", "improv", "review", "guidance", "policy", "policies",
                   "procedur", "practi", "differently", "remind", "brief", "introduc", "requir", "instruct"))
CRIMINAL = Reader("criminal_indication", "criminal_sentences.json", ("criminal", "offence", "crime", "offend"))
READERS = (LEARNING, CRIMINAL)
# a learning "no" must speak of learning or change itself: "no issues with the officers' performance" is about people
NO_WORDS = ("learn", "lesson", "recommend", "chang", "differently", "improv")


def ngrams(text: str) -> list[str]:
    """Lower-cased word unigrams and bigrams, as scikit-learn's ``TfidfVectorizer(ngram_range=(1, 2))`` makes them."""
    tokens = _TOKEN.findall(text.lower())
    return tokens + [f"{a} {b}" for a, b in zip(tokens, tokens[1:])]


@cache
def load_model(resource: str) -> dict[str, Any]:
    data = json.loads(resources.files("casekit").joinpath("models", resource).read_text(encoding="utf-8"))
    if tuple(data["classes"]) != CLASSES:
        raise ValueError(f"casekit models/{resource}: classes {data['classes']}, expected {list(CLASSES)}")
    return data


def probabilities(sentence: str, model: dict[str, Any]) -> dict[str, float]:
    """P(no), P(none), P(yes) for one sentence: sublinear TF times IDF, L2-normalised, then a multinomial logistic
    regression (softmax of the class scores)."""
    vocabulary = model["vocabulary"]  # n-gram -> [idf, weight for "no", "none", "yes"]
    counts: dict[str, int] = {}
    for gram in ngrams(sentence):
        if gram in vocabulary:
            counts[gram] = counts.get(gram, 0) + 1
    no, none, yes = model["intercepts"]
    if counts:
        tfidf = [((1.0 + math.log(count)) * vocabulary[gram][0], vocabulary[gram]) for gram, count in counts.items()]
        norm = math.sqrt(sum(w * w for w, _ in tfidf))
        for w, row in tfidf:  # (three classes, written out: this runs for every candidate sentence)
            w /= norm
            no += w * row[1]
            none += w * row[2]
            yes += w * row[3]
    top = max(no, none, yes)
    exps = (math.exp(no - top), math.exp(none - top), math.exp(yes - top))
    total = sum(exps)
    return {"no": exps[0] / total, "none": exps[1] / total, "yes": exps[2] / total}


def most_confident(sentences: Iterable[tuple[Any, str]], allowed: dict[str, Any], model: dict[str, Any],
                   threshold: float = THRESHOLD) -> tuple[str, Any, float] | None:
    """The (value, sentence, probability) of the model's most confident "yes" or "no" among ``(sentence, text)``
    pairs, if it reaches the threshold and is allowed: ``allowed`` names the values the model may give, and
    ``allowed[value](text)`` says whether that sentence may carry it. When the surest reading is not allowed there is
    no answer: the next best is not taken instead, as it would read a page that says "yes" by its lesser "no"."""
    best = None
    for sentence, text in sentences:
        p = probabilities(text, model)
        for value in ("yes", "no"):
            if p[value] >= threshold and (best is None or p[value] > best[2]):
                best = (value, sentence, p[value], text)
    if best is None or best[0] not in allowed or not allowed[best[0]](best[3]):
        return None
    return best[:3]


def fit(sentences: list[str], targets: list[str]):
    """The fitted scikit-learn vectoriser and classifier (imported only here: training is a development step)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, lowercase=True)
    classifier = LogisticRegression(C=4.0, max_iter=5000, class_weight="balanced")
    classifier.fit(vectorizer.fit_transform(sentences), targets)
    if tuple(classifier.classes_) != CLASSES:
        raise ValueError(f"training targets {list(classifier.classes_)}, expected {list(CLASSES)}")
    return vectorizer, classifier


def train(sentences: list[str], targets: list[str]) -> dict[str, Any]:
    """Fit the model and return it in the shape ``probabilities`` reads."""
    vectorizer, classifier = fit(sentences, targets)
    vocabulary = {gram: [round(float(vectorizer.idf_[j]), 6)] + [round(float(c), 6) for c in classifier.coef_[:, j]]
                  for gram, j in sorted(vectorizer.vocabulary_.items())}
    return {"classes": list(CLASSES), "intercepts": [round(float(b), 6) for b in classifier.intercept_],
            "vocabulary": vocabulary}


def model_difference(shipped: dict[str, Any], trained: dict[str, Any], tolerance: float = 1e-4) -> str | None:
    """Why a shipped model is not what training gives today, or None. Weights may differ within ``tolerance`` (another
    scikit-learn release may move the sixth decimal); the vocabulary, classes and training counts may not."""
    if shipped.get("classes") != trained.get("classes"):
        return "classes differ"
    if shipped.get("trained_on") != trained.get("trained_on"):
        return "trained on other sentences or parts"
    if shipped["vocabulary"].keys() != trained["vocabulary"].keys():
        return f"vocabulary differs ({len(shipped['vocabulary'])} against {len(trained['vocabulary'])} n-grams)"
    rows = [(shipped["intercepts"], trained["intercepts"])] + [(row, trained["vocabulary"][gram]) for gram, row in shipped["vocabulary"].items()]
    worst = max(abs(a - b) for old, new in rows for a, b in zip(old, new))
    return f"weights differ by up to {worst:.2g}" if worst > tolerance else None


def training_examples(page, label: str, reader: Reader, read_by_rules: Callable[[Any], Any]) -> list[tuple[str, str]]:
    """The (sentence, target) pairs one labelled report gives for a reader's field. A report labelled ``not_stated``:
    each candidate sentence is ``none``. A report labelled ``yes`` or ``no`` that the rules (``read_by_rules(page)``)
    read right: their evidence sentence is that value. A report the rules read wrong gives nothing, since which of its
    sentences carries the label is not known (and guessing would teach the model its own guesses)."""
    if label == "not_stated":
        return [(sentence.text, "none") for _, sentence in reader.candidates(page)]
    found = read_by_rules(page)
    spans = [span for span in found.evidence if span is not None]
    if found.value != label or not spans:
        return []
    # the last sentence only: where the rules cite two, the first is a question or a count ("We considered whether
    # ... . We found none."), which is not itself the answer
    return [(spans[-1].text, label)]
