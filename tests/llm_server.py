"""A small OpenAI-compatible chat-completions server on 127.0.0.1, scripted per test."""

from __future__ import annotations

import json
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable


def completion(request: dict[str, Any], answer: dict[str, Any] | str) -> dict[str, Any]:
    """A chat.completion body carrying `answer` the way the request asked for it (tool call or content)."""
    text = answer if isinstance(answer, str) else json.dumps(answer)
    message: dict[str, Any] = {"role": "assistant", "content": text}
    finish = "stop"
    tools = request.get("tools") or []
    if tools:
        name = tools[0]["function"]["name"]
        message = {"role": "assistant", "content": None, "tool_calls": [
            {"id": "call_1", "type": "function", "function": {"name": name, "arguments": text}}]}
        finish = "tool_calls"
    return {"id": "chatcmpl-test", "object": "chat.completion", "created": int(time.time()), "model": request.get("model", "m"),
            "choices": [{"index": 0, "message": message, "finish_reason": finish, "logprobs": None}],
            "usage": {"prompt_tokens": 100, "completion_tokens": 20, "total_tokens": 120}}


def user_text(request: dict[str, Any]) -> str:
    return "\n".join(m["content"] for m in request["messages"] if m.get("role") == "user" and isinstance(m.get("content"), str))


def echo_candidates(request: dict[str, Any]) -> dict[str, Any]:
    """A well-behaved model: confirms each rule-based candidate, quoting its evidence and the first guidance passage."""
    text = user_text(request)
    guidance = re.search(r"<guidance>\n(.*?)\n</guidance>", text, re.S)
    citation = []
    if guidance and guidance.group(1).strip():
        m = re.match(r"\[([^\]]+)\] \([^)]*\) [^\n]*\n([^\n]+)", guidance.group(1))
        if m:
            first_sentence = re.split(r"(?<=[.!?]) ", m.group(2))[0]
            citation = [{"passage_id": m.group(1), "quote": first_sentence}]
    findings = []
    for cid, cat, quote in re.findall(r"^(k\d+): (\w+): \u201c(.*)\u201d$", text, re.M):
        findings.append({"category": cat, "clause_ids": [], "evidence": [quote], "citations": citation, "severity": "high",
                         "confidence": 0.9, "title": f"Model confirms {cat}", "explanation": "Confirmed by the model.",
                         "suggestion": "Ask for fair terms."})
    return {"findings": findings, "rejected_candidates": [], "injection_detected": False, "injection_quote": ""}


Step = Callable[[dict[str, Any]], tuple[Any, ...]]  # (status, payload) or (status, payload, headers)


def answer(body: dict[str, Any] | str | Callable[[dict[str, Any]], dict[str, Any]]) -> Step:
    """A step that answers with `body` (or what a function of the request returns)."""
    return lambda req: (200, completion(req, body(req) if callable(body) else body))


def status(code: int, message: str = "scripted error") -> Step:
    return lambda req: (code, {"error": {"message": message, "type": "server_error", "code": None}})


def raw(code: int, body: bytes | str, content_type: str = "text/html; charset=utf-8", **headers: str) -> Step:
    """A step that answers with exactly these bytes (an HTML error page, a truncated body...)."""
    data = body.encode() if isinstance(body, str) else body
    return lambda req: (code, data, {"Content-Type": content_type, **headers})


class Trickle:
    """A body sent a few bytes at a time, with a pause before each piece."""

    def __init__(self, data: bytes, every: float, size: int = 1) -> None:
        self.data, self.every, self.size = data, every, size


def trickle(every: float, step: "Step | None" = None) -> Step:
    """A step whose reply body (that of `step`, a good answer by default) arrives a byte every `every` seconds."""
    def run(req: dict[str, Any]) -> tuple[Any, ...]:
        code, payload, *rest = (step or answer(echo_candidates))(req)
        data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        return (code, Trickle(data, every), *rest)
    return run


def with_headers(step: Step, **headers: str) -> Step:
    """A step whose reply carries extra headers, e.g. `Retry_After="2"` (underscores become dashes)."""
    def run(req: dict[str, Any]) -> tuple[Any, ...]:
        code, payload, *rest = step(req)
        return code, payload, {**(rest[0] if rest else {}), **{k.replace("_", "-"): v for k, v in headers.items()}}
    return run


def chat(body: dict[str, Any]) -> Step:
    """A step that answers with this chat.completion body as it is (e.g. `choices: []`)."""
    return lambda req: (200, body)


def sleep_then(seconds: float, step: Step) -> Step:
    def run(req: dict[str, Any]) -> tuple[int, Any]:
        time.sleep(seconds)
        return step(req)
    return run


class ScriptedServer:
    """Serves queued steps in order, then the default step; records every request body."""

    def __init__(self, default: Step | None = None) -> None:
        self.queue: list[Step] = []
        self.default = default or answer(echo_candidates)
        self.requests: list[dict[str, Any]] = []
        self.raw_bodies: list[bytes] = []
        self.times: list[float] = []  # monotonic time each request arrived
        self.headers: list[dict[str, str]] = []
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                request = json.loads(body or b"{}")
                with server.lock:
                    server.requests.append(request)
                    server.raw_bodies.append(body)
                    server.times.append(time.monotonic())
                    server.headers.append(dict(self.headers.items()))
                    step = server.queue.pop(0) if server.queue else server.default
                code, payload, *rest = step(request)
                headers = {"Content-Type": "application/json", **(rest[0] if rest else {})}
                slow = payload if isinstance(payload, Trickle) else None
                data = slow.data if slow else payload if isinstance(payload, bytes) else json.dumps(payload).encode()
                try:
                    self.send_response(code)
                    for name, value in headers.items():
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    if slow is None:
                        self.wfile.write(data)
                    for i in range(0, len(data), slow.size) if slow else ():
                        if getattr(server, "_stopped", False):
                            break
                        time.sleep(slow.every)
                        self.wfile.write(data[i:i + slow.size])
                        self.wfile.flush()
                except (BrokenPipeError, ConnectionResetError, OSError):
                    pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def start(self) -> "ScriptedServer":
        self.thread.start()
        return self

    def stop(self) -> None:
        """Stop serving; safe to call twice."""
        if getattr(self, "_stopped", False):
            return
        self._stopped = True
        self.httpd.shutdown()
        self.httpd.server_close()

    def push(self, *steps: Step) -> None:
        self.queue.extend(steps)
