"""The eval harness: labelled documents in, per-document records and metrics out."""

from .harness import EvalResult, run_eval
from .labels import Label, load_labels
from .metrics import compute_metrics

__all__ = ["run_eval", "EvalResult", "Label", "load_labels", "compute_metrics"]
