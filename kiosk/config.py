"""The kiosk's settings: a TOML file in the platform's config folder, with safe defaults."""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path

import platformdirs

from kiosk.paths import tighten

APP = "connect-kiosk"


def config_dir() -> Path:
    return Path(os.environ.get("CONNECT_KIOSK_CONFIG_DIR") or platformdirs.user_config_dir(APP))


def config_file() -> Path:
    return config_dir() / "kiosk.toml"


def data_dir() -> Path:
    return Path(os.environ.get("CONNECT_KIOSK_DATA_DIR") or platformdirs.user_data_dir(APP))


@dataclass
class Settings:
    """Everything an operator can set in ``kiosk.toml``; unknown keys are ignored with a warning."""

    database: str = ""  # empty: <data dir>/kiosk.sqlite
    default_language: str = "de"
    languages: list[str] = field(default_factory=lambda: ["de", "en", "es", "el", "ro", "tr", "uk", "ar"])
    # Seconds of inactivity before the screen warns and then wipes; forms get longer.
    idle_browse_seconds: int = 90
    idle_form_seconds: int = 240
    idle_warning_seconds: int = 30
    hub_url: str = ""
    hub_token: str = ""
    # Development only (a hub with a self-signed certificate): never set this on a real kiosk.
    hub_insecure_skip_tls_verify_for_development_only: bool = False
    sync_interval_seconds: int = 30
    # The longest wait between tries while the hub cannot be reached (full-jitter backoff).
    sync_backoff_cap_seconds: int = 300
    # Hours a citizen's name and contact stay on the kiosk after the hub has them (0: at once).
    personal_data_retention_hours: int = 0
    venue_name: str = ""
    # argon2id hash written by `connect-kiosk set-staff-pin`; empty: staff mode cannot be opened.
    staff_pin_hash: str = ""
    # Seconds without a touch before staff mode locks itself (at least 15).
    staff_idle_seconds: int = 120
    # Where the kiosk stands, [latitude, longitude], for "near" in pathways; empty: unknown.
    kiosk_location: list[float] = field(default_factory=list)
    # The person or desk a citizen can ask when a pathway cannot be filled (on screen and on the
    # sheet): one text, or one per language code: help_desk = { de = "Infotheke, EG", tr = ... }.
    help_desk: str | dict[str, str] = ""
    # Pathway sheet printing: backend "cups" (Linux default), "qt" (Windows default) or "folder".
    print_backend: str = ""
    printer: str = ""  # CUPS queue or Qt printer name; empty: the system's default printer
    print_folder: str = ""  # for the folder backend; empty: <data dir>/printed
    sheet_layout: str = "a4"  # a4 | 80mm

    def help_desk_in(self, lang: str) -> str:
        """Who helps, in ``lang`` where the table has it, else in the kiosk's default language
        ("" when neither: the screen and the sheet then name the information desk themselves)."""
        if isinstance(self.help_desk, dict):
            return self.help_desk.get(lang) or self.help_desk.get(self.default_language) or ""
        return self.help_desk

    @property
    def database_path(self) -> Path:
        return Path(self.database) if self.database else data_dir() / "kiosk.sqlite"

    @property
    def tls_verification_off(self) -> bool:
        """Whether the hub's certificate goes unchecked: only ever by the development-only
        setting (kiosk/sync/client.py knows no other way); the staff screen warns when true."""
        return self.hub_insecure_skip_tls_verify_for_development_only is True


def load_settings(path: Path | None = None) -> tuple[Settings, list[str]]:
    """Read settings; returns them with a list of plain-language problems found in the file."""
    path = path or config_file()
    problems: list[str] = []
    settings = Settings()
    if not path.exists():
        return settings, problems
    # It holds the hub's token and the staff PIN's hash: the kiosk's user alone may read it.
    if tighten(path):
        problems.append(f"{path} was readable by other users; now only by the kiosk's user")
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        return settings, [f"{path} could not be read ({exc}); using defaults"]
    known = {f.name: f for f in fields(Settings)}
    for key, value in raw.items():
        if key not in known:
            problems.append(f"{path}: unknown setting {key!r} ignored")
            continue
        default = getattr(settings, key)
        if key == "help_desk" and isinstance(value, dict):
            # A setting written below a [help_desk] table belongs to the table in TOML: say so
            # rather than lose it without a word.
            strays = [k for k in value if not re.fullmatch(r"[a-z]{2,3}", k)]
            for stray in strays:
                problems.append(f"{path}: {stray!r} sits under [help_desk], where only language codes "
                                "belong; move it above the [help_desk] line")
            if all(isinstance(v, str) for k, v in value.items() if k not in strays):
                settings.help_desk = {k: v for k, v in value.items() if k not in strays}
            else:
                problems.append(f"{path}: each help_desk entry should be a language code = text; default kept")
            continue
        if type(value) is not type(default):
            problems.append(f"{path}: {key} should be {type(default).__name__}; default kept")
            continue
        setattr(settings, key, value)
    return settings, problems
