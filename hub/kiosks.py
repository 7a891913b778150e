"""Registers kiosks and issues their tokens (only a hash of each token is stored)."""

from __future__ import annotations

import hashlib
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from hub.models import Kiosk


class KioskExists(ValueError):
    """A kiosk with this name is already registered."""


def add_kiosk(session: Session, name: str) -> str:
    """Register a kiosk and return its new token; the token is shown once and not kept."""
    name = name.strip()
    if not name or len(name) > 100 or not name.isprintable():
        raise ValueError("a kiosk name is 1 to 100 printable characters")
    if session.scalar(select(Kiosk.id).where(Kiosk.name == name)) is not None:
        raise KioskExists(f"a kiosk named {name!r} already exists")
    token = secrets.token_urlsafe(32)
    session.add(Kiosk(name=name, token_sha256=hashlib.sha256(token.encode()).hexdigest()))
    return token
