"""A real, private CUPS server with a cups-pdf queue, started and stopped by the tests themselves."""

from __future__ import annotations

import os
import pwd
import re
import shutil
import signal
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

QUEUE = "KioskPDF"
CUPS_PDF_CONF = Path("/etc/cups/cups-pdf.conf")
CUPS_PDF_BACKEND = Path("/usr/lib/cups/backend/cups-pdf")


@dataclass
class CupsServer:
    socket: Path
    queue: str
    out_dir: Path
    root: Path
    printed: list[Path] = field(default_factory=list)  # removed when the session ends

    @property
    def env(self) -> dict[str, str]:
        return {"CUPS_SERVER": str(self.socket)}

    def run(self, *command: str) -> subprocess.CompletedProcess:
        return subprocess.run(command, capture_output=True, text=True, timeout=30, env={**os.environ, **self.env})

    def outputs(self) -> dict[Path, int]:
        """cups-pdf's files with their modification times (a job number can repeat a name)."""
        if not self.out_dir.is_dir():
            return {}
        return {p: p.stat().st_mtime_ns for p in self.out_dir.glob("*.pdf")}

    def wait_for_new_output(self, before: dict[Path, int], token: str, timeout: float = 30) -> Path:
        """cups-pdf writes through Ghostscript after the job completes: wait for a finished file
        whose name (cups-pdf names files after the job title) holds ``token``, so another test
        session printing into the same folder cannot be mistaken for ours."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            now = self.outputs()
            new = sorted((p for p, m in now.items() if before.get(p) != m and token in p.name), key=now.get)
            if new:
                path = new[-1]
                size = path.stat().st_size
                time.sleep(0.3)
                if size and path.stat().st_size == size:
                    self.printed.append(path)
                    return path
            time.sleep(0.1)
        log = (self.root / "log" / "error_log").read_text(errors="replace")[-2000:]
        raise AssertionError(f"cups-pdf wrote nothing to {self.out_dir} within {timeout} s; cupsd log:\n{log}")


def _out_dir() -> Path:
    """cups-pdf's output folder: the Out line of its config, ${HOME} meaning the job owner's home."""
    out = "${HOME}/PDF"
    if CUPS_PDF_CONF.is_file():
        for line in CUPS_PDF_CONF.read_text().splitlines():
            match = re.match(r"^\s*Out\s+(\S+)", line)
            if match:
                out = match.group(1)
    # cups-pdf takes the job owner's home from the password database, not from $HOME.
    account = pwd.getpwuid(os.getuid())
    return Path(out.replace("${HOME}", account.pw_dir).replace("${USER}", account.pw_name))


def _absent() -> str:
    missing = [b for b in ("cupsd", "lpadmin", "lp", "lpstat", "cupsenable", "cupsdisable") if shutil.which(b) is None]
    if not missing and not CUPS_PDF_BACKEND.exists():
        missing.append(str(CUPS_PDF_BACKEND))
    if missing:
        return f"CUPS is not installed ({', '.join(missing)} missing; tools/setup installs it)"
    if os.geteuid() != 0:
        return "the cups-pdf backend only runs for a root cupsd (its file is mode 0700); CI runs as root"
    return ""


@pytest.fixture(scope="session")
def cups_server() -> CupsServer:
    reason = _absent()
    if reason:
        pytest.skip(reason)
    # Not under pytest's tmp folder: that is private to root, and CUPS filters run as user lp.
    root = Path(tempfile.mkdtemp(prefix="connect-kiosk-cups-"))
    root.chmod(0o755)
    for sub in ("etc/ppd", "spool/tmp", "cache", "run", "log"):
        (root / sub).mkdir(parents=True)
    socket = root / "cups.sock"
    # A private server on a Unix socket: it never touches the machine's own CUPS set-up.
    (root / "etc" / "cupsd.conf").write_text(
        f"Listen {socket}\nLogLevel warn\nWebInterface No\nBrowsing No\n"
        "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
        "<Policy default>\n  JobPrivateAccess all\n  JobPrivateValues none\n"
        "  SubscriptionPrivateAccess all\n  SubscriptionPrivateValues none\n"
        "  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n"
    )
    (root / "etc" / "cups-files.conf").write_text(
        f"ServerRoot {root}/etc\nRequestRoot {root}/spool\nTempDir {root}/spool/tmp\n"
        f"CacheDir {root}/cache\nStateDir {root}/run\nErrorLog {root}/log/error_log\n"
        f"AccessLog {root}/log/access_log\nPageLog {root}/log/page_log\n"
        "ServerBin /usr/lib/cups\nDataDir /usr/share/cups\nSystemGroup root\n"
    )
    with open(root / "log" / "cupsd.out", "wb") as console:
        process = subprocess.Popen(
            ["cupsd", "-f", "-c", str(root / "etc" / "cupsd.conf"), "-s", str(root / "etc" / "cups-files.conf")],
            stdout=console, stderr=subprocess.STDOUT,
        )
    server = CupsServer(socket=socket, queue=QUEUE, out_dir=_out_dir(), root=root)
    try:
        deadline = time.monotonic() + 15
        while server.run("lpstat", "-r").returncode != 0:
            if process.poll() is not None or time.monotonic() > deadline:
                output = (root / "log" / "cupsd.out").read_text(errors="replace")
                raise RuntimeError(f"cupsd did not start: {output}")
            time.sleep(0.1)
        # A freshly started cupsd can answer lpstat and still drop the next connection while it
        # settles (seen under load as "Unable to connect to server"): give it a few more tries.
        for _ in range(20):
            added = server.run("lpadmin", "-p", QUEUE, "-E", "-v", "cups-pdf:/", "-m", "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd")
            if added.returncode == 0 or "Unable to connect" not in added.stderr:
                break
            time.sleep(0.5)
        assert added.returncode == 0, added.stderr
        yield server
        for path in server.printed:  # what this session printed, nothing else
            path.unlink(missing_ok=True)
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        shutil.rmtree(root, ignore_errors=True)
