"""The city's learning catalogue as the kiosk holds it: loading, checking and searching offers."""
