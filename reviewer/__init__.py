"""reviewer: reads the papers a job candidate is asked to sign and flags what hurts them, with proof."""

from __future__ import annotations

from .errors import ReviewerError
from .models import Citation, Evidence, Finding, Review
from .pipeline import Reviewer, review
from .settings import Settings

__all__ = ["review", "Review", "Finding", "Evidence", "Citation", "Reviewer", "Settings", "ReviewerError"]
__version__ = "0.1.0"
