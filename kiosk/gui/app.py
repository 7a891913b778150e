"""Starts the kiosk window: the attract screen first, then the store on its worker thread."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.config import Settings
    from kiosk.gui.kioskvm import IdleLimits

log = logging.getLogger(__name__)
FIRST_FRAME = "first frame"  # bench/startup.py waits for this phrase in the log
_IMPORTED = time.monotonic()
NO_SCREEN = (
    "connect-kiosk: no screen found (DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM are unset).\n"
    "Start it in a desktop or kiosk session (e.g. under cage), set QT_QPA_PLATFORM (eglfs, "
    "linuxfb), or check it headless with: connect-kiosk selftest"
)


def has_screen() -> bool:
    """Whether Qt has somewhere to show the window (without this Qt aborts with a misleading error)."""
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def prepare_environment(headless: bool = False) -> None:
    """Environment Qt reads once, before QGuiApplication exists."""
    # The keyboard lives inside our window: cage and other kiosk compositors run no other one.
    os.environ["QT_IM_MODULE"] = "qtvirtualkeyboard"
    os.environ.setdefault("QT_QUICK_CONTROLS_STYLE", "Basic")
    # The keyboard's key sounds probe for PipeWire before PulseAudio; the miss is only noise.
    # (A rule an operator sets in QT_LOGGING_RULES still wins over this one.)
    from PySide6.QtCore import QLoggingCategory

    QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver.warning=false")
    if headless:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if os.environ.get("QT_QPA_PLATFORM", "").startswith("offscreen"):
        os.environ.setdefault("QT_QUICK_BACKEND", "software")


def seconds_since_process_start() -> float:
    """Seconds since the kernel started this process (Linux, 10 ms steps); else since import."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            # Field 22 (after the parenthesised command, which may hold spaces) is the start time.
            started = int(stat.read().rsplit(")", 1)[1].split()[19]) / os.sysconf("SC_CLK_TCK")
        with open("/proc/uptime", encoding="ascii") as uptime:
            return float(uptime.read().split()[0]) - started
    except (OSError, ValueError, IndexError):
        return time.monotonic() - _IMPORTED


def pss_megabytes() -> float | None:
    """This process's proportional set size (Linux), or None where /proc has no smaps_rollup."""
    try:
        with open("/proc/self/smaps_rollup", encoding="ascii") as rollup:
            for line in rollup:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


class KioskWindow:
    """The QML engine, the window and the view-models behind it, kept alive together.

    QML holds no Python references: everything it is given is kept here, or a model handed over
    as a temporary would be collected under it.
    """

    def __init__(
        self,
        store_path: Path,
        demo: bool = False,
        full_screen: bool = True,
        size: tuple[int, int] | None = None,
        languages: list[str] | None = None,
        default_language: str = "de",
        idle: IdleLimits | None = None,
        retention_hours: int = 0,
        settings: Settings | None = None,  # printing and pathways read theirs (None: the defaults)
    ) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtQml import QQmlApplicationEngine
        from PySide6.QtQuick import QQuickWindow  # noqa: F401  (roots then come back as QQuickWindow)

        from kiosk.gui.kioskvm import KioskViewModel
        from kiosk.gui.worker import StoreWorker
        from kiosk.paths import ui_dir

        self.store_path, self.demo = store_path, demo
        self.worker = StoreWorker()
        self.kiosk = KioskViewModel(self.worker, languages, default_language, idle=idle,
                                    retention_hours=retention_hours, settings=settings)
        self.engine = QQmlApplicationEngine()
        # Before the load: a German default shows German words in the very first frame.
        from kiosk.gui.translations import UiTranslator

        self.translator = UiTranslator(self.engine)
        self.translator.use(self.kiosk.language)
        self.kiosk.languageChanged.connect(self._language_changed)
        self.engine.setInitialProperties({"kiosk": self.kiosk, "fullScreen": full_screen})
        self.engine.load(QUrl.fromLocalFile(str(ui_dir() / "Main.qml")))
        roots = self.engine.rootObjects()
        if not roots:
            self.worker.stop()
            raise RuntimeError(f"the kiosk's screens in {ui_dir()} could not be loaded (see the log)")
        self.window = roots[0]
        # Every touch and key press anywhere in the window restarts the screen's idle limit.
        self.window.installEventFilter(self.kiosk.idle)
        # ... and staff mode's own, shorter idle lock.
        self.window.installEventFilter(self.kiosk.staff)
        # Nothing closes the window until staff allow it (kiosk/gui/lockdown.py).
        self.window.installEventFilter(self.kiosk.lockdown)
        if size is not None:
            self.window.resize(*size)
        elif not full_screen:
            self.window.resize(*_desktop_size(self.window.screen()))
        self._store_requested = False
        self.window.frameSwapped.connect(self._first_frame)

    def _language_changed(self) -> None:
        self.translator.use(self.kiosk.language)

    def _first_frame(self) -> None:
        if self._store_requested:
            return
        self._store_requested = True
        self.window.frameSwapped.disconnect(self._first_frame)
        pss = pss_megabytes()
        log.info(
            "%s after %.2f s%s", FIRST_FRAME, seconds_since_process_start(),
            f", PSS {pss:.1f} MB" if pss is not None else "",
        )
        # Only now the store: the citizen already sees the attract screen while it opens.
        self.kiosk.open_store(self.store_path, self.demo)

    def close(self) -> None:
        """Stop the store thread, then drop the QML before the view-models it binds to."""
        from PySide6.QtGui import QGuiApplication

        from PySide6.QtCore import QCoreApplication, QEvent

        # The next window starts without these words; the window re-reads its qsTr on a posted
        # event, so deliver it now, while the window and its view-models are still whole.
        self.kiosk.languageChanged.disconnect(self._language_changed)
        self.translator.uninstall()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.worker.stop()
        self.kiosk.staff.stop()
        self.kiosk.printing.stop()  # a sheet still printing finishes; its answer is dropped
        # And every timer: the view-models outlive the window until they are collected, and a
        # timer still firing meanwhile would ask the stopped store thread in later windows' time.
        self.kiosk.sync.stop()
        self.kiosk.idle.stop()
        self.kiosk.readAloud.stop()
        if self.kiosk.signUp is not None:
            self.kiosk.signUp.stop()
        QGuiApplication.inputMethod().hide()  # the input method outlives the window
        self.window = None
        self.engine = None
        # The window's items go with deferred deletes: let them go while the view-models they
        # bind to still exist, or their last bindings read a view-model that is gone.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _desktop_size(screen) -> tuple[int, int]:
    """A portrait window like a kiosk panel (9:16), as tall as the desktop allows."""
    height = min(1920, screen.availableGeometry().height() - 80)
    return round(height * 9 / 16), height


def run_kiosk(args: argparse.Namespace) -> int:
    """The kiosk: full screen (or windowed), on the configured store or the demo store."""
    from kiosk.cli import database_path
    from kiosk.config import load_settings

    if not has_screen():
        print(NO_SCREEN, file=sys.stderr)
        return 2
    prepare_environment()
    from kiosk.paths import keep_new_files_private

    keep_new_files_private()  # store, sheets, lock files, crash dumps: the kiosk's user's alone
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])
    app.setApplicationName("connect-kiosk")
    store = database_path(args)  # logs any problem in the settings file
    settings, _ = load_settings()
    from kiosk.gui.kioskvm import IdleLimits

    idle = IdleLimits.from_settings(settings)
    try:
        kiosk = KioskWindow(
            store,
            demo=args.demo,
            full_screen=not args.windowed,
            languages=settings.languages,
            default_language=settings.default_language,
            idle=idle,
            retention_hours=settings.personal_data_retention_hours,
            settings=settings,
        )
    except RuntimeError as exc:
        print(f"connect-kiosk: {exc}", file=sys.stderr)
        return 1
    sync = SyncStarter(kiosk, store, settings, demo=args.demo)
    stop_watch = _quit_on_stop_signals(app)  # noqa: F841  (the timer must live as long as the loop)
    code = app.exec()
    kiosk.close()
    sync.stop()
    return code


def _quit_on_stop_signals(app):
    """SIGTERM (a supervisor stopping the kiosk) and SIGINT end the event loop, so the store
    thread and the demo hub close cleanly instead of dying mid-write."""
    import signal

    from PySide6.QtCore import QTimer

    def stop(signum, _frame) -> None:
        log.info("kiosk: stopping on signal %d", signum)
        # exit(), not quit(): quit() first asks the window, and the lockdown refuses it.
        app.exit(0)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    # Python runs signal handlers only between bytecodes; Qt's loop is C++, so wake it now and then.
    timer = QTimer()
    timer.timeout.connect(lambda: None)
    timer.start(250)
    return timer


class SyncStarter:
    """Starts the sync loop (with the demo's in-process hub under --demo, else with the hub in
    kiosk.toml) once the store is open, off the GUI thread, and connects it to ``kiosk.sync``.

    Importing the sync core and the hub (FastAPI, uvicorn, SQLAlchemy) on the GUI thread before
    app.exec() cost over a second and 60 MB before the attract screen's first frame.
    """

    def __init__(self, kiosk: KioskWindow, store: Path, settings, demo: bool = False) -> None:
        import threading

        self._store, self._settings, self._demo = store, settings, demo
        self._vm = kiosk.kiosk.sync
        self._sync = None
        self._address_told = False
        configured = bool(settings.hub_url and settings.hub_token)
        if demo:
            self._vm.expect_hub("http://127.0.0.1")  # the demo hub on loopback, its port still open
        elif configured:
            self._vm.expect_hub(settings.hub_url,
                                not settings.hub_insecure_skip_tls_verify_for_development_only)
        elif settings.hub_url or settings.hub_token:
            log.warning("sync: kiosk.toml needs both hub_url and hub_token; the kiosk works offline")
        self._thread = threading.Thread(target=self._start, name="sync-start", daemon=True)
        if (demo or configured) and kiosk.kiosk.storeState == "ready":
            self._thread.start()
        elif demo or configured:
            kiosk.worker.opened.connect(self._on_store_open)

    def _on_store_open(self, _offers: int) -> None:
        if not self._thread.is_alive() and self._sync is None:
            self._thread.start()

    def _start(self) -> None:
        from kiosk.sync.demo_hub import start_sync

        self._sync = start_sync(self._store, self._settings, demo=self._demo,
                                on_status=self._on_status, printer_state=self._vm.printer_state)
        if self._sync is not None:
            self._vm.set_waker(self._sync.wake)

    def _on_status(self, status) -> None:
        """On the sync thread, after every round; the demo hub's port is known by the first."""
        sync = self._sync
        if self._demo and not self._address_told and sync is not None and sync.hub is not None:
            self._address_told = True
            self._vm.hub_from_sync_thread(sync.hub.url)
        self._vm.status_from_sync_thread(status)

    def stop(self) -> None:
        """After the window closed: no more reports to it, then the loop (and a demo hub) stop."""
        self._vm.stop()
        if self._thread.ident is not None:
            self._thread.join(timeout=30)
        if self._sync is not None:
            self._sync.stop()
