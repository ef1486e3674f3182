"""Train the learned second opinion on organisational learning (casekit.learned).

    python scripts/train_learning_model.py [--out src/casekit/reference_data/learning_model.json]

Needs scikit-learn (the ``test`` extra) and the real workbook in ../shared.
Training pages, each as the extractor sees it (repaired page text):
- the label pool's workbook rows, with their verified labels (data/verified),
  except the audit's check part (check-4), which judges the extractor;
- ../shared/gold/dev and dev-newformat;
- the fictional parts that have been read (data/raw/synthetic: develop and
  check-1 to check-7), without their marker line.
The parts never read (check-8, check-9, check-10) are left out: they are
how the model is judged. The target is "the label says learning: yes".
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from workbook_docs import documents  # noqa: E402

from casekit.evaluate import load_gold, read_ids  # noqa: E402
from casekit.page import parse_page  # noqa: E402
from casekit.repair import repair_text  # noqa: E402
from casekit.rules import _RECOMMENDATION_TITLE  # noqa: E402

SHARED = ROOT.parent / "shared"
READ_FICTIONAL = ["develop"] + [f"check-{n}" for n in range(1, 8)]
MARKER = "FICTIONAL: written for casekit testing; describes no real event."
# chosen on the read fictional parts, each scored by a model trained without it (see docs/decisions.md)
SETTINGS = {"ngram_max": 2, "min_df": 3, "max_features": 4000, "C": 10.0, "threshold": 0.8}


def training_pages() -> tuple[list[str], list[bool], dict[str, int]]:
    texts, targets, counts = [], [], {}

    def add(name: str, pages: dict[str, str], labels: dict[str, dict]) -> None:
        kept = 0
        for key, text in pages.items():
            page = parse_page(repair_text(text.replace(MARKER, "")))
            if _RECOMMENDATION_TITLE.search(page.title.text):
                continue  # the rules settle these by their title; as training they would teach "short page, learning"
            texts.append(page.text)
            targets.append(labels[key]["organisational_learning"] == "yes")
            kept += 1
        counts[name] = kept

    # the audit's check part stays out: its labels judge the extractor, they do not train it
    check = set(read_ids(ROOT / "data" / "verified" / "check-4.txt"))
    verified = {k: v for k, v in load_gold(ROOT / "data" / "verified" / "iopc-2021").items() if k not in check}
    add("verified workbook rows (check-4 left out)", documents(sorted(verified)), verified)
    for gold in ("dev", "dev-newformat"):
        labels = load_gold(SHARED / "gold" / gold)
        add(f"gold {gold}", {k: (SHARED / "gold" / gold / "docs" / f"{k}.txt").read_text(encoding="utf-8") for k in labels}, labels)
    for part in READ_FICTIONAL:
        folder = ROOT / "data" / "raw" / "synthetic" / part
        labels = load_gold(folder)
        add(f"fictional {part}", {k: (folder / "docs" / f"{k}.txt").read_text(encoding="utf-8") for k in labels}, labels)
    return texts, targets, counts


def fit(texts: list[str], targets: list[bool], settings: dict = SETTINGS):
    """The TF-IDF vectoriser and logistic regression, as casekit.learned scores them."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = TfidfVectorizer(ngram_range=(1, settings["ngram_max"]), min_df=settings["min_df"],
                                 max_features=settings["max_features"], sublinear_tf=True)
    model = LogisticRegression(C=settings["C"], max_iter=5000).fit(vectorizer.fit_transform(texts), targets)
    return vectorizer, model


def exported(vectorizer, model, settings: dict = SETTINGS, **about) -> dict:
    """The fitted pair as plain numbers: each n-gram's idf and weight, the intercept, the settings."""
    import sklearn

    return {
        "what": "P(organisational_learning is yes) from a page's text; see casekit.learned",
        **about, "scikit_learn": sklearn.__version__, **settings,
        "intercept": round(float(model.intercept_[0]), 8),
        "vocabulary": [[gram, round(float(vectorizer.idf_[i]), 8), round(float(model.coef_[0][i]), 8)]
                       for gram, i in sorted(vectorizer.vocabulary_.items())],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "casekit" / "reference_data" / "learning_model.json")
    args = parser.parse_args(argv)
    texts, targets, counts = training_pages()
    vectorizer, model = fit(texts, targets)
    lengths = sorted(len(text.split()) for text in texts)
    # a page shorter than the shortest twentieth of the training pages is outside what the model saw
    out = exported(vectorizer, model, trained_on=counts, positives=int(sum(targets)), pages=len(targets),
                   min_words=lengths[len(lengths) // 20])
    args.out.write_text(json.dumps(out, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(targets)} pages ({out['positives']} with learning), {len(out['vocabulary'])} n-grams")
    return 0


if __name__ == "__main__":
    sys.exit(main())
