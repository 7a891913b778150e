"""connect-kiosk selftest: start the real UI headless, search through it, and say what worked."""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


class SelftestFailed(Exception):
    """A check did not pass; the message says which, in words an operator can act on."""


def _choose_store(args: argparse.Namespace, scratch: Path, settings=None) -> tuple[Path, bool, str]:
    """(store, load demo?, description): the kiosk's own store if it holds offers, else a demo copy.

    The selftest never creates or fills the kiosk's real store: on a fresh install (no store, or
    an empty one) it searches the demo catalogue in a scratch store instead, and says so. A store
    that exists but cannot be read is searched anyway, so that the selftest fails on it.
    """
    from kiosk.cli import database_path

    path = database_path(args, settings)
    if args.demo:
        return path, True, f"demo store {path}"
    if not path.exists():
        return scratch / "selftest.sqlite", True, f"demo catalogue in a scratch store (no store at {path} yet)"
    offers = _offer_count(path)
    if offers == 0:
        return scratch / "selftest.sqlite", True, f"demo catalogue in a scratch store ({path} has no offers yet)"
    return path, False, f"store {path}"


def _offer_count(path: Path) -> int | None:
    """Offers in the store at ``path`` (read-only), or None if it cannot be read as a store."""
    import sqlite3

    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            return conn.execute("SELECT count(*) FROM offer").fetchone()[0]
    except sqlite3.Error:
        return None


def _check_settings(settings, problems: list[str]) -> list[str]:
    """Says what load_settings found in kiosk.toml; returns the failures (one line each).

    Every problem fails the selftest, an unknown key too (most often a typo, so the setting
    meant is not set), except a file that was readable by others: that is already put right.
    """
    from kiosk.config import config_file

    failures = []
    for problem in problems:
        if getattr(problem, "kind", "") == "tightened":
            print(f"note {problem}", flush=True)
        else:
            failures.append(str(problem))
    if not failures:
        where = config_file() if config_file().exists() else f"defaults (no {config_file()})"
        print(f"ok   settings: {where}", flush=True)
    if settings.tls_verification_off:
        print("note hub_insecure_skip_tls_verify_for_development_only is on: the hub's certificate "
              "is not checked (for development only, never on a real kiosk)", flush=True)
    return failures


def _hub_where(url: str) -> str:
    """The hub's host (and port) for a message: never a user name or password in the address."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    try:
        port = parts.port
    except ValueError:
        port = None
    return f"{parts.hostname}:{port}" if port else str(parts.hostname)


def _check_hub(args: argparse.Namespace, settings, problems: list[str]) -> list[str]:
    """Asks the hub in kiosk.toml, as the kiosk's sync does, whether it knows this kiosk's token.

    Uses the cheapest read the contract has (one seat change); a heartbeat would overwrite what
    the hub shows the city's staff about this kiosk. Returns the failures (one line each).
    """
    from kiosk.config import config_file

    if args.demo:
        print("ok   hub: the demo starts its own hub on this machine", flush=True)
        return []
    if any(getattr(p, "kind", "") == "unreadable" for p in problems):
        print("note hub: not checked, as kiosk.toml could not be read", flush=True)
        return []
    if not settings.hub_url and not settings.hub_token:
        print("ok   no hub configured (the kiosk works offline)", flush=True)
        return []
    if not settings.hub_url:
        return [f"hub_token is set but hub_url is not, so the kiosk works offline; set hub_url in {config_file()} "
                "to the hub's address"]
    where = _hub_where(settings.hub_url)
    if not settings.hub_token:
        return [f"hub_url is set but hub_token is not, so the kiosk does not sync with the hub at {where}; "
                f"issue a token with `connect-hub kiosk add NAME` and set it as hub_token in {config_file()}"]
    if any(getattr(p, "key", "") == "hub_url" for p in problems):
        return []  # said above, with what to write instead
    from kiosk.sync.client import HubAddressWrong, HubBusy, HubError, HubUnauthorised, HubUnreachable
    from kiosk.sync.loop import SyncConfig

    client = SyncConfig.from_settings(settings).client()
    try:
        client.seats("0", limit=1)
    except HubUnauthorised:
        return [f"the hub at {where} answered, but the hub does not know this kiosk's token; issue one with "
                f"`connect-hub kiosk add NAME` (or `connect-hub kiosk new-token NAME` for a kiosk the hub has) "
                f"and set it as hub_token in {config_file()}"]
    except HubAddressWrong as exc:
        return [f"hub_url in {config_file()}: {exc}"]
    except HubBusy as exc:
        return [f"the hub at {where} asked the kiosk to wait ({exc}), so the token could not be checked; "
                "run the selftest again in a minute"]
    except HubUnreachable as exc:
        return [f"the hub at {where} did not answer the check ({exc}); check that the hub is running and that "
                f"hub_url in {config_file()} is its address"]
    except HubError as exc:
        return [f"the hub at {where} refused the check: {exc}"]
    finally:
        client.close()
    print(f"ok   hub at {where} answered and knows this kiosk's token", flush=True)
    return []


class _Run:
    """The steps against a live window, each with the time it took."""

    def __init__(self, deadline: float) -> None:
        self.deadline = deadline
        self.started = time.monotonic()

    def wait(self, condition: Callable[[], bool], what: str) -> None:
        from PySide6.QtCore import QEventLoop, QTimer

        # An event loop, not QTest.qWait: qWait keeps the GIL while it sleeps, which starves
        # the store's worker thread (opening the store took 25 s instead of 0.3 s).
        loop = QEventLoop()
        poll = QTimer()
        poll.setInterval(20)
        poll.timeout.connect(lambda: (condition() or time.monotonic() > self.deadline) and loop.quit())
        while not condition():
            if time.monotonic() > self.deadline:
                raise SelftestFailed(f"timed out waiting for {what}")
            poll.start()
            loop.exec()
            poll.stop()

    def ok(self, what: str) -> None:
        print(f"ok   {what} ({time.monotonic() - self.started:.1f} s)", flush=True)


def _item(window, name: str):
    """The item named ``name`` in the window's visual tree (Repeater items included)."""
    todo = [window.contentItem()]
    while todo:
        current = todo.pop()
        if current.objectName() == name:
            return current
        todo.extend(current.childItems())
    raise SelftestFailed(f"the screen has no item named {name!r} (see docs/automation.md)")


def _touch(window, name: str) -> None:
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtTest import QTest

    target = _item(window, name)
    if not target.isVisible():
        raise SelftestFailed(f"{name!r} is not visible, so it cannot be touched")
    if target.width() <= 0 or target.height() <= 0:
        raise SelftestFailed(f"{name!r} has no size on the screen, so it cannot be touched")
    centre = target.mapToScene(QPointF(target.width() / 2, target.height() / 2)).toPoint()
    QTest.mouseClick(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)


def _search_word(title: str) -> str:
    """A word from a shown title to search for: the longest, so it is likely specific."""
    words = re.findall(r"\w{4,}", title)
    if not words:
        raise SelftestFailed(f"the first offer's title {title!r} has no word to search for")
    return max(words, key=len)[:12]


def _steps(run: _Run, kiosk) -> None:
    from PySide6.QtTest import QTest

    window, vm = kiosk.window, kiosk.kiosk
    run.wait(window.isExposed, "the window to be shown")
    run.wait(lambda: _item(window, "attractScreen").isVisible(), "the attract screen")
    run.ok("attract screen shown")
    run.wait(lambda: vm.storeState != "opening", "the store to open")
    if vm.storeState != "ready":
        raise SelftestFailed("the store could not be opened (the log above says why)")
    run.ok(f"store open with {vm.offerCount} offers")
    _touch(window, "startButton")
    run.wait(lambda: vm.screen == "discover" and _item(window, "discoverScreen").isVisible(),
             "the Discover screen after touching start")
    run.ok("touched start: Discover screen shown")
    results = vm.discover.results
    run.wait(lambda: not results.loading, "the first results")
    if results.total == 0:
        raise SelftestFailed("the store has no upcoming offers to show")
    first_title = _item(window, "offerTitle").property("text")
    run.ok(f"first results shown: {_item(window, 'resultCount').property('text')}")
    word = _search_word(first_title)
    _touch(window, "searchField")
    for char in word:
        QTest.keyClick(window, char)
    run.wait(lambda: vm.discover.text == word, f"the search field to hold {word!r}")
    run.wait(lambda: not vm.discover.searchPending and not results.loading, f"results for {word!r}")
    if results.total == 0:
        raise SelftestFailed(f"typing {word!r} (from the offer {first_title!r}) found nothing")
    shown = _item(window, "offerTitle").property("text")
    run.ok(f"typed {word!r}: {_item(window, 'resultCount').property('text')}, first {shown!r}")
    _touch(window, "startOverButton")
    run.wait(lambda: vm.screen == "attract", "the attract screen after Start over")
    run.ok("Start over returned to the attract screen")


def run_selftest(args: argparse.Namespace) -> int:
    """Exit 0 when kiosk.toml has no problems, the hub in it (if any) knows this kiosk's token,
    the UI starts, the store answers and a typed search shows offers; else 1, with a line for
    each problem found."""
    from kiosk.config import load_settings

    settings, problems = load_settings()
    failures = _check_settings(settings, problems) + _check_hub(args, settings, problems)
    for failure in failures:
        print(f"selftest FAILED: {failure}", file=sys.stderr, flush=True)
    from kiosk.gui.app import KioskWindow, prepare_environment

    prepare_environment(headless=True)
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    from PySide6.QtGui import QGuiApplication

    from kiosk.paths import ui_dir

    qml_problems: list[str] = []
    ui_url = ui_dir().as_uri()

    def on_qt_message(kind, context, message) -> None:
        # Our own QML's warnings (a broken binding, a missing name) mean the screens are broken.
        if kind != QtMsgType.QtDebugMsg and kind != QtMsgType.QtInfoMsg and ui_url in message:
            qml_problems.append(message)
        print(message, file=sys.stderr)

    qInstallMessageHandler(on_qt_message)
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    scratch = Path(tempfile.mkdtemp(prefix="connect-kiosk-selftest-"))
    kiosk = None
    try:
        store, demo, description = _choose_store(args, scratch, settings)
        print(f"selftest: searching the {description}", flush=True)
        run = _Run(time.monotonic() + args.timeout)
        kiosk = KioskWindow(store, demo=demo, full_screen=False, size=(1080, 1920), default_language="en")
        _steps(run, kiosk)
        if qml_problems:
            raise SelftestFailed(f"the screens reported {len(qml_problems)} problem(s): {qml_problems[0]}")
    except (SelftestFailed, RuntimeError) as exc:
        print(f"selftest FAILED: {exc}", file=sys.stderr, flush=True)
        return 1
    except Exception:  # a bug in the kiosk is still a failed health check, not a crash
        import traceback

        traceback.print_exc()
        print("selftest FAILED: an unexpected error in the kiosk (traceback above)", file=sys.stderr, flush=True)
        return 1
    finally:
        if kiosk is not None:
            kiosk.close()
        qInstallMessageHandler(None)
        shutil.rmtree(scratch, ignore_errors=True)
        del app
    if failures:
        print(f"selftest FAILED: {len(failures)} problem(s) in the settings or with the hub, each above",
              file=sys.stderr, flush=True)
        return 1
    print("selftest passed", flush=True)
    return 0
