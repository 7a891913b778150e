"""Prints through CUPS with the `lp` command (the default on Linux) and follows the job to the end."""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import time
from dataclasses import dataclass

from kiosk.printing.media import cups_media
from kiosk.printing.result import DONE, PRINTING, PROBLEM, PrintResult

log = logging.getLogger(__name__)
_JOB = re.compile(r"request id is (\S+)")


@dataclass
class CupsBackend:
    """``printer`` is the CUPS queue (empty: the system default). ``wait_seconds`` is how long
    print_pdf follows the job before it reports "printing" and leaves the rest to job_state()."""

    printer: str = ""
    wait_seconds: float = 20.0
    poll_seconds: float = 0.25
    env: dict[str, str] | None = None  # e.g. {"CUPS_SERVER": ...} for a private server
    name: str = "cups"

    def print_pdf(self, pdf: bytes, title: str) -> PrintResult:
        lp = shutil.which("lp")
        if lp is None:
            return PrintResult(PROBLEM, "CUPS printing is set up but the 'lp' command is missing "
                                        "(install the cups-client package)")
        stopped = self._stopped_reason()
        if stopped:
            return PrintResult(PROBLEM, stopped)
        command = [lp, "-t", title[:60]]
        media = cups_media(pdf)
        if media:  # without it a queue fits an 80 mm roll onto its default paper, tiny
            command += ["-o", f"media={media}"]
        if self.printer:
            command += ["-d", self.printer]
        try:
            done = subprocess.run(command, input=pdf, capture_output=True, timeout=30, env=self._env())
        except subprocess.TimeoutExpired:
            return PrintResult(PROBLEM, f"the CUPS server did not take the job within 30 s ({self._where()})")
        if done.returncode != 0:
            reason = done.stderr.decode(errors="replace").strip() or f"lp exited with {done.returncode}"
            return PrintResult(PROBLEM, f"{self._where()} refused the sheet: {reason}")
        match = _JOB.search(done.stdout.decode(errors="replace"))
        if not match:
            return PrintResult(PRINTING, f"sent to {self._where()}; no job id came back")
        job = match.group(1)
        log.info("printing: sheet sent as CUPS job %s", job)
        deadline = time.monotonic() + self.wait_seconds
        while True:
            result = self.job_state(job)
            if result.state != PRINTING or time.monotonic() >= deadline:
                return result
            time.sleep(self.poll_seconds)

    def job_state(self, job: str) -> PrintResult:
        """Where a job stands now: done once CUPS lists it as completed."""
        destination = job.rsplit("-", 1)[0]
        # Pending first, then completed: a job only ever leaves the pending list, so one that is
        # not pending now is already completed or aborted. (The other order misread a job that
        # finished between the two questions as stopped.)
        pending = self._lpstat(["-o", destination])
        if pending is not None and not any(line.split()[:1] == [job] for line in pending.splitlines()):
            completed = self._lpstat(["-W", "completed", "-o", destination])
            if completed is not None and any(line.split()[:1] == [job] for line in completed.splitlines()):
                return PrintResult(DONE, f"job {job} printed on {destination}", job)
            # Neither pending nor completed: CUPS cancelled or aborted it.
            return PrintResult(PROBLEM, f"job {job} on {destination} was stopped by the print system", job)
        stopped = self._stopped_reason(destination)
        if stopped:
            return PrintResult(PROBLEM, f"job {job} waits: {stopped}", job)
        return PrintResult(PRINTING, f"job {job} is waiting on {destination}", job)

    def _stopped_reason(self, destination: str | None = None) -> str:
        """A plain reason when the queue is disabled (out of paper, jammed, switched off)."""
        destination = destination or self.printer
        if not destination:
            return ""
        out = self._lpstat(["-p", destination])
        if out is None:
            return ""
        detail = " ".join(out.split("\n", 1)[1].split()) if "\n" in out else ""
        if "disabled" in out:
            return f"printer {destination} is stopped" + (f" ({detail})" if detail else "")
        if "failed" in detail.lower():  # e.g. "Filter failed": the job will not come out
            return f"printer {destination} reports: {detail}"
        return ""

    def _lpstat(self, args: list[str]) -> str | None:
        lpstat = shutil.which("lpstat")
        if lpstat is None:
            return None
        try:
            done = subprocess.run([lpstat, *args], capture_output=True, text=True, timeout=10, env=self._env())
        except subprocess.TimeoutExpired:
            return None
        return done.stdout if done.returncode == 0 else None

    def _env(self) -> dict[str, str] | None:
        return {**os.environ, **self.env} if self.env else None

    def _where(self) -> str:
        return f"printer {self.printer}" if self.printer else "the default printer"
