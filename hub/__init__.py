"""The reference CONNECT city hub: catalogue change feed, seat authority, sign-ups and learning goals."""

__version__ = "0.1.0"
