"""CONNECT Kiosk: a self-service learning kiosk for Learning Cities."""

__version__ = "0.1.0"
