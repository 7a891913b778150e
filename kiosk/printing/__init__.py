"""Printing the pathway sheet without any dialog: CUPS, a folder, or (from kiosk.gui) Qt's print system."""
