"""End-to-end against a real local model server; off by default.

Run: OPENAI_BASE_URL=http://127.0.0.1:8080/v1 REVIEWER_MODEL=... python -m pytest -m live_llm
(for example llama-cpp-python's OpenAI-compatible server with a small GGUF from a PyPI package).
"""

from __future__ import annotations

import os

import pytest

pytestmark = pytest.mark.live_llm


def test_real_model_review_is_grounded(examples, monkeypatch):
    base = os.environ.get("REVIEWER_LIVE_BASE_URL") or os.environ.get("OPENAI_BASE_URL")
    if not base:
        pytest.fail("set OPENAI_BASE_URL (or REVIEWER_LIVE_BASE_URL) to a running OpenAI-compatible server")
    monkeypatch.setenv("OPENAI_BASE_URL", base)
    monkeypatch.setenv("REVIEWER_LLM_MODE", os.environ.get("REVIEWER_LLM_MODE", "function_calling"))
    from reviewer import review

    r = review(examples / "working-interview.pdf", backend="openai")
    assert r.llm is not None and (r.llm.requests + r.llm.cache_hits) >= 1
    # offline findings are the floor whatever the model says
    assert {"unpaid_scope", "ip_grab", "misclassification"} <= r.categories()
