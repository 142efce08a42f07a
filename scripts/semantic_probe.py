"""Measure whether sentence-embedding similarity alone separates flagged from clean documents.

For each core category, the score of a document is the highest cosine similarity between any of its
sentences and a few prototype sentences of the category; the script prints the ROC AUC of that score
on the dev suite (1.0 = perfect separation, 0.5 = chance). It informed the judge's design: similarity
is used for retrieving guidance, while deciding a finding is left to the cue rules, which handle
negation and qualifiers. Run: python scripts/semantic_probe.py
"""

from pathlib import Path

from reviewer.clauses import split
from reviewer.embeddings import get_encoder
from reviewer.evaluation.labels import load_document, load_labels

ROOT = Path(__file__).resolve().parent.parent
PROTOTYPES = {
    "unpaid_scope": ["You will not be paid for the work you do during the trial.", "The trial period is unpaid.",
                     "You will only be paid if you are hired."],
    "ip_grab": ["You assign to the company all inventions, including those made before your employment.",
                "Everything you create during the interview becomes the property of the company."],
    "misclassification": ["You are an independent contractor and not an employee, but you must work our set hours.",
                          "You will work as a volunteer for our company.", "During the trial you are not an employee."],
}


def auc(pos: list[float], neg: list[float]) -> float:
    pairs = [(p > n) + 0.5 * (p == n) for p in pos for n in neg]
    return sum(pairs) / len(pairs) if pairs else float("nan")


if __name__ == "__main__":
    enc = get_encoder()
    protos = {c: enc.encode(v) for c, v in PROTOTYPES.items()}
    scores: dict[str, tuple[list[float], list[float]]] = {c: ([], []) for c in PROTOTYPES}
    for label in load_labels([ROOT / "evals" / "data" / "dev"]):
        doc = load_document(label)
        vectors = enc.encode([s.text for c in split(doc) for s in c.sentences])
        for cat, p in protos.items():
            best = float((vectors @ p.T).max())
            scores[cat][0 if cat in label.expected else 1].append(best)
    for cat, (pos, neg) in scores.items():
        print(f"{cat:<20} AUC {auc(pos, neg):.2f}  (positives {len(pos)}, negatives {len(neg)})")
