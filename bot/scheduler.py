"""The scheduled duties inside `govbot serve`: a background thread that performs them every
GOVBOT_DUTIES_INTERVAL_MINUTES (the first run at start). Several replicas may each run one: the
duty ledger sends every notice once. Opt out with GOVBOT_DUTIES_IN_SERVE=false or
`govbot serve --no-duties` (and schedule `govbot duties run` instead)."""

from __future__ import annotations

import logging
import threading
from datetime import UTC, datetime

from bot.wiring import Govbot

log = logging.getLogger("govbot.duties")


class DutyLoop:
    def __init__(self, govbot: Govbot, interval_seconds: float):
        self.govbot = govbot
        self.interval_seconds = interval_seconds
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="govbot-duties", daemon=True)
        self.runs = 0

    def start(self) -> DutyLoop:
        self._thread.start()
        return self

    def stop(self, timeout: float = 60) -> None:
        """No further run; wait (up to `timeout`) for the one in progress to finish."""
        self._stop.set()
        self._thread.join(timeout)
        if self._thread.is_alive():
            log.warning("a run of the duties was still going after %s s at shutdown", timeout)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                report = self.govbot.run_duties(datetime.now(UTC).date())
                sent, failed = report.count("sent"), report.count("failed")
                if sent or failed:
                    log.info("duties: %s sent, %s failed (retried next run)", sent, failed)
            except Exception:  # a database outage, a bug: logged, and the next run tries again
                log.exception("the scheduled duties failed; retrying in %s s", self.interval_seconds)
            self.runs += 1
            self._stop.wait(self.interval_seconds)
