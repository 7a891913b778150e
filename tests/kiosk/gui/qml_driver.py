"""Driving the real QML window as a citizen would: find by objectName, touch, type."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest


def find(window: QQuickWindow, name: str) -> QQuickItem | None:
    """The item named ``name``, searched in the window's visual tree.

    Items made by a Repeater or a ListView have a visual parent but no QObject parent, so
    findChild misses them (and in PySide 6.12 a findChild that finds nothing leaks a reference
    to None, which ends the test run with "deallocating None").
    """
    todo = [window.contentItem()]
    while todo:
        current = todo.pop()
        if current.objectName() == name:
            return current
        todo.extend(current.childItems())
    return None


def find_all(window: QQuickWindow, prefix: str) -> list[QQuickItem]:
    """Every item in the visual tree whose objectName starts with ``prefix``."""
    found, todo = [], [window.contentItem()]
    while todo:
        current = todo.pop()
        if current.objectName().startswith(prefix):
            found.append(current)
        todo.extend(current.childItems())
    return found


def item(window: QQuickWindow, name: str) -> QQuickItem:
    found = find(window, name)
    assert found is not None, f"no item named {name!r} in the window"
    return found


def settle(qtbot, window: QQuickWindow) -> None:
    """Wait for the next frame: Column and Row place their children only when polished before
    a frame, so a button that just appeared (or moved) has its final place only after one."""
    with qtbot.waitSignal(window.frameSwapped, timeout=2000):
        window.update()


def touch(qtbot, window: QQuickWindow, name: str) -> None:
    """Click the centre of the item named ``name``; it must be visible to be touched."""
    settle(qtbot, window)
    target = item(window, name)
    assert target.isVisible(), f"{name!r} is not visible"
    assert target.width() > 0 and target.height() > 0, f"{name!r} is not laid out yet (wait for the first frame)"
    centre = target.mapToScene(QPointF(target.width() / 2, target.height() / 2)).toPoint()
    qtbot.mouseClick(window, Qt.MouseButton.LeftButton, pos=centre)


def double_tap(qtbot, window: QQuickWindow, name: str) -> None:
    """Two touches on the same spot as fast as a finger bounces (no frame in between)."""
    settle(qtbot, window)
    target = item(window, name)
    assert target.isVisible(), f"{name!r} is not visible"
    centre = target.mapToScene(QPointF(target.width() / 2, target.height() / 2)).toPoint()
    qtbot.mouseClick(window, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseClick(window, Qt.MouseButton.LeftButton, pos=centre)


def type_text(window: QQuickWindow, text: str) -> None:
    """Type key by key into whatever has focus (QTest.keyClicks has no QWindow overload)."""
    for char in text:
        QTest.keyClick(window, char)


def open_discover(qtbot, window: QQuickWindow, vm, language: str = "en") -> None:
    """From the attract screen: choose ``language`` and wait for Discover's first results."""
    touch(qtbot, window, f"language_{language}")
    qtbot.waitUntil(lambda: vm.discover.results.total > 0 and not vm.discover.results.loading)


def open_offer(qtbot, window: QQuickWindow, vm, index: int = 0) -> None:
    """On the Discover screen: touch the result tile ``index`` and wait for its details."""
    touch(qtbot, window, f"offerTile_{index}")
    qtbot.waitUntil(lambda: vm.details.state == "ready")


def sign_up_without_contact(qtbot, window: QQuickWindow, vm, name: str) -> None:
    """On the sign-up screen: a name, no contact, consent, save; returns once it is saved."""
    touch(qtbot, window, "signUpName")
    type_text(window, name)
    touch(qtbot, window, "contact_none")
    touch(qtbot, window, "signUpNextButton")
    touch(qtbot, window, "consentCheck")
    touch(qtbot, window, "signUpSubmitButton")
    qtbot.waitUntil(lambda: vm.signUp.step == "done")
