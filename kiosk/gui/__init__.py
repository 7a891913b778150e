"""The kiosk's Qt side: the QML window, its view-models, and the worker that talks to the store."""

from kiosk.gui import pyside_fixes

pyside_fixes.apply()
