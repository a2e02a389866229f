"""Slack's Socket Mode end on 127.0.0.1: the WebSocket an app opens after `apps.connections.open`.

    with SocketModeStandIn() as sockets, SlackAPIStandIn(app_token=APP_TOKEN, socket_url=sockets.url) as slack:
        ... start the app with SLACK_APP_TOKEN=APP_TOKEN, SLACK_API_URL=slack.base_url ...
        sockets.wait_for_connection()
        envelope_id = sockets.deliver("events_api", sender.event_callback(event))
        ack = sockets.wait_for_ack(envelope_id)

Like Slack it greets each connection with `hello`, sends envelopes `{"envelope_id", "type",
"payload", "accepts_response_payload", "retry_attempt", "retry_reason"}` and records what the app
sends back (an acknowledgement is `{"envelope_id": …}`, with a `payload` for commands and views).
"""

from __future__ import annotations

import json
import threading
import time
import uuid

from websockets.exceptions import ConnectionClosed
from websockets.sync.server import ServerConnection, serve

from tests.standins.slack_api import APP_ID


class SocketModeStandIn:
    def __init__(self):
        self._lock = threading.Condition()
        self._connections: list[ServerConnection] = []
        self._acks: dict[str, dict] = {}
        self._server = serve(self._serve, "127.0.0.1", 0)
        port = self._server.socket.getsockname()[1]
        self.url = f"ws://127.0.0.1:{port}/link/?ticket={uuid.uuid4()}&app_id={APP_ID}"
        self._thread = threading.Thread(target=self._server.serve_forever, name="socket-mode-standin", daemon=True)
        self._thread.start()

    def _serve(self, connection: ServerConnection) -> None:
        connection.send(
            json.dumps(
                {
                    "type": "hello",
                    "num_connections": 1,
                    "debug_info": {"host": "standin", "approximate_connection_time": 18060},
                    "connection_info": {"app_id": APP_ID},
                }
            )
        )
        with self._lock:
            self._connections.append(connection)
            self._lock.notify_all()
        try:
            for message in connection:
                answer = json.loads(message)
                if isinstance(answer, dict) and "envelope_id" in answer:
                    with self._lock:
                        self._acks[answer["envelope_id"]] = answer
                        self._lock.notify_all()
        except ConnectionClosed:
            pass
        finally:
            with self._lock:
                self._connections.remove(connection)

    def _wait(self, ready, what: str, timeout: float):
        deadline = time.monotonic() + timeout
        with self._lock:
            while not ready():
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"{what} within {timeout}s")
                self._lock.wait(left)
            return ready()

    def wait_for_connection(self, timeout: float = 120) -> None:
        self._wait(lambda: bool(self._connections), "no Socket Mode connection", timeout)

    def deliver(self, kind: str, payload: dict, retry_attempt: int = 0, envelope_id: str | None = None) -> str:
        """Send an envelope on the newest connection; its envelope_id."""
        envelope_id = envelope_id or str(uuid.uuid4())
        with self._lock:
            connection = self._connections[-1]
        connection.send(
            json.dumps(
                {
                    "envelope_id": envelope_id,
                    "type": kind,
                    "payload": payload,
                    "accepts_response_payload": kind != "events_api",
                    "retry_attempt": retry_attempt,
                    "retry_reason": "timeout" if retry_attempt else "",
                }
            )
        )
        return envelope_id

    def wait_for_ack(self, envelope_id: str, timeout: float = 10) -> dict:
        return self._wait(lambda: self._acks.get(envelope_id), f"no acknowledgement of envelope {envelope_id}", timeout)

    def close(self) -> None:
        self._server.shutdown()
        self._thread.join(timeout=5)

    def __enter__(self) -> SocketModeStandIn:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
