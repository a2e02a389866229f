"""A stand-in for an OpenAI-compatible chat-completions endpoint on 127.0.0.1.

It answers POST /v1/chat/completions with whatever the test queued, and records every request,
so tests exercise the real LangChain client and HTTP path without a real provider."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class ChatCompletionsStandIn:
    def __init__(self):
        self.requests: list[dict] = []
        self.responses: list[tuple[int, str, float]] = []  # (status, content, delay seconds)
        standin = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
                standin.requests.append({"path": self.path, "body": body, "auth": self.headers.get("Authorization")})
                status, content, delay = standin.responses.pop(0) if standin.responses else (200, "", 0)
                time.sleep(delay)
                if status != 200:
                    payload = {"error": {"message": "stand-in failure", "type": "server_error"}}
                else:
                    payload = {
                        "id": "chatcmpl-standin",
                        "object": "chat.completion",
                        "created": 0,
                        "model": body.get("model"),
                        "choices": [
                            {"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}
                        ],
                        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
                    }
                data = json.dumps(payload).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout tests)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def reply(self, content: str, status: int = 200, delay: float = 0.0) -> None:
        self.responses.append((status, content, delay))

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
