"""Registers kiosks and issues their tokens (only a hash of each token is stored)."""

from __future__ import annotations

import hashlib
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from hub.models import Kiosk


class KioskExists(ValueError):
    """A kiosk with this name is already registered."""


class NoSuchKiosk(ValueError):
    """No kiosk with this name is registered."""


def _token() -> tuple[str, str]:
    """A new token and the SHA-256 the hub keeps of it."""
    token = secrets.token_urlsafe(32)
    return token, hashlib.sha256(token.encode()).hexdigest()


def add_kiosk(session: Session, name: str) -> str:
    """Register a kiosk and return its new token; the token is shown once and not kept."""
    name = name.strip()
    if not name or len(name) > 100 or not name.isprintable():
        raise ValueError("a kiosk name is 1 to 100 printable characters")
    if session.scalar(select(Kiosk.id).where(Kiosk.name == name)) is not None:
        raise KioskExists(f"a kiosk named {name!r} already exists")
    token, token_sha256 = _token()
    session.add(Kiosk(name=name, token_sha256=token_sha256))
    return token


def new_token(session: Session, name: str) -> str:
    """Replace a kiosk's token and return the new one; the old one is refused from the commit on."""
    # Every request looks its token up afresh (hub/app.py), so nothing else holds the old one.
    kiosk = session.scalar(select(Kiosk).where(Kiosk.name == name.strip()).with_for_update())
    if kiosk is None:
        raise NoSuchKiosk(f"there is no kiosk named {name.strip()!r}")
    token, kiosk.token_sha256 = _token()
    return token


def kiosk_rows(session: Session) -> list[Kiosk]:
    """Every kiosk by name, for listing (callers show no token hashes)."""
    return list(session.scalars(select(Kiosk).order_by(Kiosk.name)))
