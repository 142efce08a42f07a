"""The LLM fault matrix: whatever the server or the model does, the offline findings survive with one short warning.

Every case runs against the scripted OpenAI-compatible server on 127.0.0.1, through the CLI where the exit code and
the printed report matter. Timeouts and budgets are short so that the whole file stays fast.
"""

from __future__ import annotations

import base64
import email.utils
import json
import logging
import multiprocessing
import os
import stat
import threading
import time
from types import SimpleNamespace

import httpx
import pytest
from typer.testing import CliRunner

from reviewer.cli import app
from reviewer.judge.llm import LLMJudge, describe_bad_output, retry_after, split_userinfo
from reviewer.pipeline import Reviewer
from reviewer.settings import Settings

from .llm_server import ScriptedServer, answer, chat, echo_candidates, raw, sleep_then, status, trickle, with_headers
from .test_llm import KEY, TRIAL

runner = CliRunner()
OFFLINE = {"unpaid_scope", "misclassification", "missing_terms"}  # what the offline judge finds in TRIAL
MARKER = "RAW-MODEL-OUTPUT-7d1e"  # text that must never reach a warning


@pytest.fixture
def server(monkeypatch):
    srv = ScriptedServer().start()
    monkeypatch.setenv("OPENAI_BASE_URL", srv.url)
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    for name, value in {"BACKOFF": "0.01", "CACHE": "false", "TIMEOUT": "1", "TOTAL_TIMEOUT": "5",
                        "MAX_ATTEMPTS": "2"}.items():
        monkeypatch.setenv(f"REVIEWER_LLM_{name}", value)
    yield srv
    srv.stop()


@pytest.fixture
def trial(tmp_path):
    path = tmp_path / "trial.txt"
    path.write_text(TRIAL)
    return path


@pytest.fixture(scope="module")
def warm_reviewer():
    """One loaded guidance library for the library-level tests; each test gives it its own judge."""
    return Reviewer(Settings.load())


def review_with(warm_reviewer, **overrides):
    settings = Settings.load(backend="openai", **overrides)
    reviewer = warm_reviewer.with_judge(LLMJudge(settings, library=warm_reviewer.library))
    return reviewer.review_bytes(TRIAL.encode(), name="t.txt", suffix=".txt")


def cli_json(trial, mode="json_schema", env=None):
    result = runner.invoke(app, ["review", str(trial), "--backend", "openai", "-f", "json"],
                           env={"REVIEWER_LLM_MODE": mode, **(env or {})})
    assert result.exit_code == 0, (result.stdout, result.stderr)
    return json.loads(result.stdout), result


def assert_floor(data, result, expect_fallback=True):
    """Exit 0 was checked; the offline findings are all there, with exactly one short warning about the backend."""
    assert OFFLINE <= {f["category"] for f in data["findings"]}
    backend = [w for w in data["warnings"] if "openai backend" in w or "verifier removed" in w]
    assert len(backend) == 1, data["warnings"]
    assert "\n" not in backend[0] and len(backend[0]) <= 300
    assert data["llm"]["fell_back"] is expect_fallback
    everything = result.stdout + result.stderr
    assert MARKER not in everything and KEY not in everything


def _choices(choices):
    return chat({"id": "x", "object": "chat.completion", "created": 1, "model": "m", "choices": choices,
                 "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}})


MALFORMED_200 = {
    "html": raw(200, f"<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1>{MARKER}</body></html>"),
    "empty_choices": _choices([]),
    "truncated_json": raw(200, '{"id": "x", "object": "chat.completion", "choices": [{"index": 0, "mess',
                          "application/json"),
    "not_a_completion": chat([MARKER, 2]),
    "empty_body": raw(200, b"", "application/json"),
    "null_content": _choices([{"index": 0, "message": {"role": "assistant", "content": None}, "finish_reason": "stop"}]),
    "prose_answer": answer(f"Sure! Here is my review: {MARKER} everything looks fine."),
    "truncated_answer": answer('{"findings": [{"category": "unpaid_scope", "clause_ids": ["c1"], "evidence": ["' + MARKER),
    "schema_violation": answer({"findings": [{"category": MARKER}], "rejected_candidates": [],
                                "injection_detected": False, "injection_quote": ""}),
    "error_object_with_200": chat({"error": {"message": MARKER, "type": "server_error"}}),
    "choice_without_message": _choices([{"index": 0, "finish_reason": "stop"}]),
    "plain_text_body": raw(200, MARKER, "text/plain"),
}


MODES = ["json_schema", "function_calling", "json_mode"]
# the replies the openai client itself chokes on run in every structured-output mode (each mode parses
# differently); the ones only the schema check catches run once
EVERY_MODE = {"html", "empty_choices", "truncated_json", "not_a_completion", "error_object_with_200", "null_content"}
MATRIX = [(case, mode) for case in sorted(MALFORMED_200) for mode in (MODES if case in EVERY_MODE else MODES[:1])]


@pytest.mark.parametrize("case, mode", MATRIX)
def test_malformed_200_keeps_offline_findings(server, warm_reviewer, mode, case):
    server.default = MALFORMED_200[case]
    r = review_with(warm_reviewer, llm_mode=mode)
    assert OFFLINE <= r.categories() and r.llm.fell_back
    assert len(r.warnings) == 1 and "offline findings only" in r.warnings[0]
    assert "\n" not in r.warnings[0] and len(r.warnings[0]) <= 300 and MARKER not in r.warnings[0]
    assert r.llm.requests == len(server.requests) == 2  # the answer and one re-ask


@pytest.mark.parametrize("mode", ["json_schema", "function_calling", "json_mode"])
@pytest.mark.parametrize("case", ["html", "empty_choices"])
def test_malformed_200_through_the_cli_exits_0(server, trial, mode, case):
    server.default = MALFORMED_200[case]
    data, result = cli_json(trial, mode)
    assert_floor(data, result)


def _invented_quotes(req):
    ans = echo_candidates(req)
    ans["findings"] = [{"category": "ip_grab", "clause_ids": ["c2"], "evidence": [f"You assign us {MARKER}."],
                        "citations": [], "severity": "high", "confidence": 0.9, "title": "made up", "explanation": "x",
                        "suggestion": "y"}]
    return ans


def _invented_citations(req):
    ans = echo_candidates(req)
    for f in ans["findings"]:
        f["citations"] = [{"passage_id": "made-up-passage#1", "quote": MARKER}]
    return ans


def _huge(req):
    ans = echo_candidates(req)
    ans["findings"] = ans["findings"] * 200  # hundreds of findings and about a megabyte of text
    for f in ans["findings"]:
        f["explanation"] = MARKER * 200
    return ans


OTHER_FAULTS = {
    "http_500": (status(500, MARKER), True),
    "http_503_html": (raw(503, f"<html>{MARKER}</html>"), True),
    "http_429_retry_after": (with_headers(status(429, MARKER), Retry_After="0"), True),
    "http_404": (status(404, MARKER), True),
    "timeout": (sleep_then(1.5, answer(echo_candidates)), True),
    "huge_answer": (answer(_huge), True),
    "invented_quotes": (answer(_invented_quotes), False),
    "invented_citations": (answer(_invented_citations), False),
}


@pytest.mark.parametrize("case", sorted(OTHER_FAULTS))
def test_fault_keeps_offline_findings(server, trial, case):
    server.default, fallback = OTHER_FAULTS[case]
    data, result = cli_json(trial, env={"REVIEWER_LLM_TIMEOUT": "0.3"})
    assert_floor(data, result, expect_fallback=fallback)
    assert data["llm"]["requests"] == len(server.requests) >= 1


# --- item 9: requests counted, Retry-After honoured, budget kept ---------------------------------------------------

def test_requests_counts_retries(server, warm_reviewer):
    server.push(status(500), status(503), answer(echo_candidates))
    r = review_with(warm_reviewer, llm_max_attempts=4)
    assert r.llm.requests == len(server.requests) == 3 and not r.llm.fell_back
    server.requests.clear()
    server.default = status(500)
    r = review_with(warm_reviewer, llm_max_attempts=3)
    assert r.llm.fell_back and r.llm.requests == len(server.requests) == 3


def test_retry_after_seconds_is_honoured(server, warm_reviewer):
    server.push(with_headers(status(429), Retry_After="1"), answer(echo_candidates))
    r = review_with(warm_reviewer, llm_backoff=0.01)
    assert not r.llm.fell_back and r.llm.requests == 2
    assert server.times[1] - server.times[0] >= 0.95


def test_retry_after_beyond_the_budget_gives_up_at_once(server, warm_reviewer):
    server.default = with_headers(status(429), Retry_After="30")
    t0 = time.monotonic()
    r = review_with(warm_reviewer, llm_total_timeout=3, llm_max_attempts=4)
    assert time.monotonic() - t0 < 2
    assert r.llm.fell_back and r.llm.requests == 1 and "offline" in r.warnings[-1] and "30 s" in r.warnings[-1]


@pytest.mark.parametrize("headers, low, high", [
    ({"retry-after": "2"}, 2, 2),
    ({"retry-after": "0.5"}, 0.5, 0.5),
    ({"retry-after": "-3"}, 0, 0),
    ({"retry-after-ms": "1500"}, 1.5, 1.5),
    ({"retry-after": "in 30 s"}, 27, 31),  # an HTTP date 30 s from now, made when the test runs
    ({"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"}, 0, 0),  # in the past: retry now
    ({"retry-after": "soon"}, None, None),
    ({"retry-after": "nan"}, None, None),
    ({}, None, None),
])
def test_retry_after_forms(headers, low, high):
    if headers.get("retry-after") == "in 30 s":
        headers = {"retry-after": email.utils.formatdate(time.time() + 30, usegmt=True)}
    got = retry_after(SimpleNamespace(response=SimpleNamespace(headers=httpx.Headers(headers))))
    assert (got is None) if low is None else (low <= got <= high)


def test_total_budget_is_not_overshot(server, warm_reviewer):
    server.default = sleep_then(0.6, status(500))
    t0 = time.monotonic()
    r = review_with(warm_reviewer, llm_timeout=10, llm_total_timeout=1.0, llm_max_attempts=5)
    elapsed = time.monotonic() - t0
    assert r.llm.fell_back and elapsed < 1.0 + 0.4, elapsed
    assert r.llm.requests == len(server.requests) == 2


def test_budget_holds_against_a_server_that_trickles(server, warm_reviewer):
    server.default = trickle(0.2)  # a byte every 0.2 s: no single read ever waits as long as the request timeout
    t0 = time.monotonic()
    r = review_with(warm_reviewer, llm_timeout=0.5, llm_total_timeout=1.0, llm_max_attempts=3)
    elapsed = time.monotonic() - t0
    assert r.llm.fell_back and elapsed < 1.0 + 0.4, elapsed
    assert "out of time" in r.warnings[-1] and OFFLINE <= r.categories()


def test_reply_too_large_to_read_is_refused(server, warm_reviewer, monkeypatch):
    import reviewer.judge.llm as llm

    monkeypatch.setattr(llm, "MAX_REPLY_BYTES", 200_000)  # the real cap is 4 MB; the reply here is about 1 MB
    server.default = answer(_huge)
    r = review_with(warm_reviewer)
    assert r.llm.fell_back and OFFLINE <= r.categories() and "larger than 195 KB" in r.warnings[-1]
    assert MARKER not in r.warnings[-1] and r.llm.requests == 1  # not read further, not asked again


@pytest.mark.parametrize("exc", [
    json.JSONDecodeError("Expecting value", f"{MARKER}", 0),
    ValueError(f"Unexpected response type, got str: '{MARKER}'"),
    AttributeError(f"'str' object has no attribute 'choices' {MARKER}"),
    IndexError("list index out of range"),
    RuntimeError(MARKER),
])
def test_bad_output_is_described_without_echo(exc):
    text = describe_bad_output(exc)
    assert MARKER not in text and len(text) < 120


def test_schema_error_description_names_the_field_only():
    from reviewer.judge.llm import LLMAnswer

    with pytest.raises(Exception) as info:
        LLMAnswer.model_validate({"findings": [{"category": MARKER}], "rejected_candidates": [],
                                  "injection_detected": False, "injection_quote": "", MARKER: 1})
    text = describe_bad_output(info.value)
    assert MARKER.replace("-", "") not in text.replace("-", "") and "findings.0" in text


# --- item 8: a cache shared by threads and processes ----------------------------------------------------------------

def _cache_settings(tmp_path, **kw):
    return Settings.load(backend="openai", llm_cache=True, **kw).with_(cache_dir=tmp_path / "cache")


def _check_cache(folder):
    llm = folder / "llm"
    assert stat.S_IMODE(llm.stat().st_mode) == 0o700
    files = list(llm.iterdir())
    assert files and all(p.suffix == ".json" for p in files), files  # no temporary file left behind
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in files)


def test_threads_share_the_cache(server, warm_reviewer, tmp_path):
    server.default = sleep_then(0.2, answer(echo_candidates))  # all threads write the same answer at the same time
    judge = LLMJudge(_cache_settings(tmp_path), library=warm_reviewer.library)
    reviewer = warm_reviewer.with_judge(judge)
    results, failures = [], []

    def work():
        try:
            results.append(reviewer.review_bytes(TRIAL.encode(), name="t.txt", suffix=".txt"))
        except BaseException as exc:  # noqa: BLE001
            failures.append(exc)

    threads = [threading.Thread(target=work) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not failures and len(results) == 6
    assert all(not r.llm.fell_back and not r.warnings and r.llm.llm_findings >= 2 for r in results)
    _check_cache(tmp_path / "cache")


def _child(reviewer, queue):
    try:
        r = reviewer.review_bytes(TRIAL.encode(), name="t.txt", suffix=".txt")
        queue.put((r.llm.fell_back, len(r.warnings), r.llm.llm_findings))
    except BaseException as exc:  # noqa: BLE001
        queue.put(repr(exc))


def test_processes_share_the_cache(server, warm_reviewer, tmp_path):
    server.default = sleep_then(0.2, answer(echo_candidates))
    reviewer = warm_reviewer.with_judge(LLMJudge(_cache_settings(tmp_path), library=warm_reviewer.library))
    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue()
    procs = [ctx.Process(target=_child, args=(reviewer, queue)) for _ in range(6)]
    for p in procs:
        p.start()
    outcomes = [queue.get(timeout=30) for _ in procs]
    for p in procs:
        p.join(10)
    assert all(o[0] is False and o[1] == 0 and o[2] >= 2 for o in outcomes), outcomes
    _check_cache(tmp_path / "cache")
    again = reviewer.review_bytes(TRIAL.encode(), name="t.txt", suffix=".txt")
    assert again.llm.cache_hits == 1 and again.llm.requests == 0


def test_damaged_cache_entry_is_asked_again(server, warm_reviewer, tmp_path):
    settings = _cache_settings(tmp_path)
    reviewer = warm_reviewer.with_judge(LLMJudge(settings, library=warm_reviewer.library))
    reviewer.review_bytes(TRIAL.encode(), name="t.txt", suffix=".txt")
    for p in (tmp_path / "cache" / "llm").iterdir():
        p.write_text('{"findings": [')
    r = reviewer.review_bytes(TRIAL.encode(), name="t.txt", suffix=".txt")
    assert r.llm.requests == 1 and r.llm.cache_hits == 0 and not r.warnings


def test_cache_that_cannot_be_written_costs_nothing(server, warm_reviewer, tmp_path):
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache folder should be")
    r = warm_reviewer.with_judge(LLMJudge(Settings.load(backend="openai", llm_cache=True).with_(cache_dir=blocker),
                                          library=warm_reviewer.library)
                                 ).review_bytes(TRIAL.encode(), name="t.txt", suffix=".txt")
    assert not r.llm.fell_back and not r.warnings and r.llm.llm_findings >= 2


# --- item 10: credentials inside OPENAI_BASE_URL ---------------------------------------------------------------------

SECRET = "sk-urlsecret-93c1f0aa"


@pytest.mark.parametrize("userinfo", [f"reviewer:{SECRET}", SECRET, f"me%40corp:{SECRET}"])
def test_credentials_in_base_url_never_shown(server, trial, monkeypatch, caplog, userinfo):
    caplog.set_level(logging.DEBUG)
    monkeypatch.setenv("OPENAI_BASE_URL", server.url.replace("http://", f"http://{userinfo}@"))
    text = runner.invoke(app, ["review", str(trial), "--backend", "openai"])
    data, result = cli_json(trial)
    assert text.exit_code == 0 and "Backend: openai" in text.stdout
    assert data["llm"]["endpoint"] == server.url and not data["llm"]["fell_back"]
    sent = server.headers[-1].get("Authorization", "")
    assert sent.startswith("Basic ") and SECRET in base64.b64decode(sent[6:]).decode()  # still sent, as basic auth
    server.default = status(500, f"bad credentials {SECRET}")
    failed = runner.invoke(app, ["review", str(trial), "--backend", "openai"])
    assert failed.exit_code == 0 and "offline findings only" in " ".join(failed.stdout.split())
    for out in (text, result, failed):
        assert SECRET not in out.stdout + out.stderr
    assert SECRET not in caplog.text and "urlsecret" not in caplog.text


@pytest.mark.parametrize("url, shown, creds", [
    ("http://u:p@127.0.0.1:8080/v1", "http://127.0.0.1:8080/v1", ("u", "p")),
    ("https://sk-abc@api.example.com/v1?x=1", "https://api.example.com/v1?x=1", ("sk-abc", "")),
    ("http://u%40x:p%3Aq@[::1]:9/v1", "http://[::1]:9/v1", ("u@x", "p:q")),
    ("http://127.0.0.1:8080/v1", "http://127.0.0.1:8080/v1", ()),
    ("http://u:p@host:notaport/v1", "http://host:notaport/v1", ()),
    (None, None, ()),
])
def test_split_userinfo(url, shown, creds):
    assert split_userinfo(url) == (shown, creds)


def test_judge_endpoint_has_no_credentials(monkeypatch):
    monkeypatch.setenv("OPENAI_BASE_URL", f"http://user:{SECRET}@127.0.0.1:9/v1")
    judge = LLMJudge(Settings.load(backend="openai"))
    assert judge.endpoint == "http://127.0.0.1:9/v1"
    assert judge.scrub(f"x {SECRET} y") == "x *** y"
    assert os.environ["OPENAI_BASE_URL"].endswith("/v1")


def test_redaction_failure_sends_nothing(server, warm_reviewer, monkeypatch):
    import reviewer.redact

    def broken(self, text):
        raise RuntimeError(MARKER)

    monkeypatch.setattr(reviewer.redact.Redactor, "__init__", broken)
    r = review_with(warm_reviewer, redact=True)
    assert not server.requests and r.llm.fell_back and OFFLINE <= r.categories()
    assert len(r.warnings) == 1 and "nothing was sent" in r.warnings[0] and MARKER not in r.warnings[0]
