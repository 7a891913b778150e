"""A kiosk process for the GUI SIGKILL test: the real window on STORE, a citizen going through
the journey again and again (search, offer, sign-up form, consent, save, learning goal steps,
save, start over) until the test kills it.

Usage: python kill_journey_worker.py STORE. Prints "step <name>" before each action, "saved
<reference>" once a sign-up's transaction has committed and "goal <claim code>" once a learning
goal's has (the screen says so), flushed at once.
"""

import os
import sys
import time
import traceback
from pathlib import Path

import kiosk.gui  # noqa: F401  (PySide fixes first)
from PySide6.QtCore import QEventLoop, QPointF, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from kiosk.gui.app import KioskWindow, prepare_environment


def say(*words) -> None:
    """One line to the test, in one write: a pipe write under PIPE_BUF bytes is atomic, so a kill
    never leaves half a line (print writes its words one by one when Python runs unbuffered)."""
    sys.stdout.flush()
    os.write(sys.stdout.fileno(), (" ".join(map(str, words)) + "\n").encode())


def wait_until(condition, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            traceback.print_stack(file=sys.stderr)  # which wait, for the test's message
            say("stuck")
            sys.exit(3)
        pause(20)


def pause(ms: int) -> None:
    """Let Qt run for ``ms`` in an event loop, which lets go of the GIL while it waits (as the
    kiosk's app.exec() does). QTest.qWait keeps the GIL, and the store thread then crawled:
    opening the store took 16-26 s instead of half a second, past the 30 s limit when busy."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def find(window, name):
    todo = [window.contentItem()]
    while todo:
        current = todo.pop()
        if current.objectName() == name:
            return current
        todo.extend(current.childItems())
    return None


def next_frame(window) -> None:
    """Wait for a frame: Column and Row place a button that just appeared only when polished
    before one, so until then its centre is not where the finger lands."""
    swapped = []

    def seen() -> None:
        swapped.append(True)

    window.frameSwapped.connect(seen)
    try:
        window.update()
        wait_until(lambda: bool(swapped))
    finally:
        window.frameSwapped.disconnect(seen)


def touch(window, name: str) -> None:
    say("step", name)
    wait_until(lambda: (found := find(window, name)) is not None and found.isVisible() and found.width() > 0)
    next_frame(window)  # so a Column has placed it (a fixed wait is too short on a busy machine)
    target = find(window, name)
    centre = target.mapToScene(QPointF(target.width() / 2, target.height() / 2)).toPoint()
    QTest.mouseClick(window, Qt.MouseButton.LeftButton, pos=centre)


def type_text(window, text: str) -> None:
    for char in text:
        QTest.keyClick(window, char)


def main() -> None:
    prepare_environment(headless=True)
    app = QGuiApplication(sys.argv[:1])  # noqa: F841
    say("step start")
    kiosk = KioskWindow(Path(sys.argv[1]), full_screen=False, size=(1080, 1920), default_language="en")
    win, vm = kiosk.window, kiosk.kiosk
    wait_until(lambda: vm.storeState == "ready")
    say("step ready", vm.screen)
    while True:
        touch(win, "language_en")
        touch(win, "searchField")
        type_text(win, "conversation")
        wait_until(lambda: vm.discover.text == "conversation" and not vm.discover.searchPending
                   and not vm.discover.results.loading and vm.discover.results.total == 1)
        touch(win, "offerTile_0")
        wait_until(lambda: vm.details.state == "ready")
        touch(win, "signUpButton")
        touch(win, "signUpName")
        type_text(win, "Dana")
        touch(win, "contact_none")
        touch(win, "signUpNextButton")
        touch(win, "consentCheck")
        touch(win, "signUpSubmitButton")
        wait_until(lambda: vm.signUp.step == "done")
        say("saved", vm.signUp.saved["reference"] if "reference" in vm.signUp.saved else "?")
        touch(win, "signUpGoalButton")
        touch(win, "aim_learn_german")
        touch(win, "goalNextButton")
        touch(win, "goalOwnWords")
        type_text(win, "talk to the doctor")
        while vm.goal.step != "review":
            touch(win, "goalNextButton")
        touch(win, "goalSaveButton")
        wait_until(lambda: vm.goal.step == "done")
        say("goal", vm.goal.saved.get("claimCode") or "?")
        say("step startOver")
        vm.startOver()


if __name__ == "__main__":
    main()
