"""reviewer: reads the papers a job candidate is asked to sign and flags what hurts them, with proof."""

from __future__ import annotations

import os

# Two reviews side by side on two cores must not each start a BLAS thread per core: the matrices here are small, and
# oversubscription made the test suite 7x slower under load. Set before numpy loads; an explicit setting wins.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

from .errors import ReviewerError  # noqa: E402
from .models import Citation, Evidence, Finding, Review  # noqa: E402
from .pipeline import Reviewer, review  # noqa: E402
from .settings import Settings  # noqa: E402

__all__ = ["review", "Review", "Finding", "Evidence", "Citation", "Reviewer", "Settings", "ReviewerError"]
__version__ = "0.1.0"
