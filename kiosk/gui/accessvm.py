"""Easy-read, large text and high contrast: one citizen's choices, forgotten on Start over."""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot

LARGE_TEXT_SCALE = 1.5  # issue 7: large text is at least 1.5 times the usual size


class AccessViewModel(QObject):
    """Three switches on the attract screen; Theme.qml and the screens bind to them."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._easy_read = self._large_text = self._high_contrast = False

    def _flag(name: str, notify: Signal):  # noqa: N805  (a property factory used in the class body)
        attr = "_" + name

        def get(self: AccessViewModel) -> bool:
            return getattr(self, attr)

        def set_(self: AccessViewModel, value: bool) -> None:
            if bool(value) != getattr(self, attr):
                setattr(self, attr, bool(value))
                self.changed.emit()

        return Property(bool, get, set_, notify=notify)

    easyRead = _flag("easy_read", changed)
    largeText = _flag("large_text", changed)
    highContrast = _flag("high_contrast", changed)
    del _flag

    def _get_font_scale(self) -> float:
        return LARGE_TEXT_SCALE if self._large_text else 1.0

    fontScale = Property(float, _get_font_scale, notify=changed)

    @Slot()
    def reset(self) -> None:
        """The next citizen starts with the usual screen (the choices last one session only)."""
        if self._easy_read or self._large_text or self._high_contrast:
            self._easy_read = self._large_text = self._high_contrast = False
            self.changed.emit()
