"""Changing one setting in kiosk.toml from the kiosk (the staff PIN, the default language)."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from kiosk.paths import private_dir


def toml_string(value: str) -> str:
    """A TOML basic string (JSON's escaping is valid TOML for these)."""
    return json.dumps(value, ensure_ascii=False)


def write_setting(config_file: Path, key: str, literal: str) -> None:
    """Set ``key = literal`` in kiosk.toml, keeping the operator's other lines as they are.

    Written to a temporary file (readable by the kiosk's user only), synced, then renamed over the
    old one: a power cut leaves the old file or the new one, never half of it.
    """
    if not re.fullmatch(r"[a-z_]+", key):
        raise ValueError(f"not a setting name: {key!r}")
    lines = config_file.read_text(encoding="utf-8").splitlines() if config_file.exists() else []
    # Settings live above the first [table] (e.g. [help_desk]): a line below it belongs to
    # that table, so a new setting goes in just above it, and only lines above it are ours.
    tables = next((i for i, line in enumerate(lines) if re.match(r"\s*\[", line)), len(lines))
    entry = f"{key} = {literal}"
    pattern = re.compile(rf"\s*{key}\s*=")
    top = [entry if pattern.match(line) else line for line in lines[:tables]]
    if entry not in top:
        while top and not top[-1].strip() and tables < len(lines):
            top.pop()  # keep the blank line between the settings and the table
        top += [entry, ""] if tables < len(lines) else [entry]
    replaced = top + lines[tables:]
    private_dir(config_file.parent)  # it will hold the hub token and the PIN's hash
    tmp = config_file.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write("\n".join(replaced) + "\n")
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, config_file)
