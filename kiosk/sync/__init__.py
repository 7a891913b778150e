"""Offline-first sync with the city hub: outbox push, catalogue pull, decisions, purge, status (no Qt)."""
