"""The kiosk's settings: a TOML file in the platform's config folder, with safe defaults."""

from __future__ import annotations

import ipaddress
import math
import os
import re
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import platformdirs

from kiosk.locales import FORMAT_LOCALES
from kiosk.paths import tighten

APP = "connect-kiosk"

# The values a setting may take, checked by load_settings (the README names the same).
LANGUAGES = tuple(FORMAT_LOCALES)  # the kiosk's languages: screens, sheets, dates
PRINT_BACKENDS = ("cups", "folder", "qt")  # kiosk/printing/choose.py makes them; "": the platform's
SHEET_LAYOUTS = ("a4", "80mm")
# The least each may be; a smaller number in kiosk.toml is raised to it (the screens need the
# time: WCAG 2.2.1 asks for at least 20 s to answer the idle warning).
MINIMUMS = {
    "idle_browse_seconds": 15,
    "idle_form_seconds": 30,
    "idle_warning_seconds": 20,
    "staff_idle_seconds": 15,
    "sync_interval_seconds": 1,
    "sync_backoff_cap_seconds": 1,
    "personal_data_retention_hours": 0,
}


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


class SettingsProblem(str):
    """One problem found in kiosk.toml, in words for the operator (it is the text itself).

    ``kind`` says what sort: "unreadable" (the file could not be read, so every setting is at its
    default), "tightened" (the file was readable by others and now is not: already fixed),
    "unknown" (a key the kiosk does not know), "value" (a value of the wrong type or not allowed:
    the default or the minimum is used instead). ``key`` names the setting, where there is one.
    """

    kind: str
    key: str

    def __new__(cls, text: str, kind: str, key: str = "") -> SettingsProblem:
        problem = super().__new__(cls, text)
        problem.kind, problem.key = kind, key
        return problem


class SettingsFileError(ValueError):
    """kiosk.toml exists but cannot be read as TOML; the message names the file, line and column."""


def read_settings_file(path: Path) -> dict[str, Any]:
    """The TOML in ``path`` ({} when there is no file); SettingsFileError when it cannot be read."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except UnicodeDecodeError as exc:
        raise SettingsFileError(f"{path} could not be read (it is not UTF-8 text: byte {exc.start})") from None
    except OSError as exc:
        raise SettingsFileError(f"{path} could not be read ({exc.strerror})") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:  # says "(at line 1, column 34)"
        raise SettingsFileError(f"{path} could not be read ({exc})") from None


def load_settings(path: Path | None = None) -> tuple[Settings, list[str]]:
    """Read settings; returns them with a list of plain-language problems found in the file
    (each a SettingsProblem). A value that is not allowed keeps the default, a number below its
    minimum becomes the minimum; either way the problem says which key, what it was and what
    is allowed."""
    path = path or config_file()
    problems: list[str] = []
    settings = Settings()
    if not path.exists():
        return settings, problems
    # It holds the hub's token and the staff PIN's hash: the kiosk's user alone may read it.
    if tighten(path):
        problems.append(SettingsProblem(f"{path} was readable by other users; now only by the kiosk's user",
                                        "tightened"))
    try:
        raw = read_settings_file(path)
    except SettingsFileError as exc:
        return settings, [*problems, SettingsProblem(f"{exc}; using defaults", "unreadable")]

    def bad(key: str, text: str) -> None:
        problems.append(SettingsProblem(f"{path}: {text}", "value", key))

    known = {f.name: f for f in fields(Settings)}
    for key, value in raw.items():
        if key not in known:
            problems.append(SettingsProblem(f"{path}: unknown setting {key!r} ignored", "unknown", key))
            continue
        default = getattr(settings, key)
        if key == "help_desk" and isinstance(value, dict):
            # A setting written below a [help_desk] table belongs to the table in TOML: say so
            # rather than lose it without a word.
            strays = [k for k in value if not re.fullmatch(r"[a-z]{2,3}", k)]
            for stray in strays:
                problems.append(SettingsProblem(
                    f"{path}: {stray!r} sits under [help_desk], where only language codes "
                    "belong; move it above the [help_desk] line", "unknown", stray))
            if all(isinstance(v, str) for k, v in value.items() if k not in strays):
                settings.help_desk = {k: v for k, v in value.items() if k not in strays}
            else:
                bad(key, "each help_desk entry should be a language code = text; default kept")
            continue
        if type(value) is not type(default):
            bad(key, f"{key} should be {type(default).__name__}; default kept")
            continue
        checked = _check_value(key, value)
        if isinstance(checked, _Refused):
            bad(key, checked.reason)
            if checked.use is None:
                continue
            checked = checked.use
        setattr(settings, key, checked)
    chosen = raw.get("default_language") == settings.default_language  # set, and allowed
    if chosen and settings.default_language not in settings.languages:
        bad("default_language", f"default_language {settings.default_language!r} is not one of languages "
            f"({', '.join(settings.languages)}); the kiosk starts in {settings.languages[0]!r}")
    if settings.hub_url and (reason := hub_url_problem(
            settings.hub_url, settings.hub_insecure_skip_tls_verify_for_development_only)):
        # Kept as written: the sync refuses it before any request and shows staff why.
        bad("hub_url", f"hub_url {settings.hub_url!r}: {reason}")
    return settings, problems


@dataclass
class _Refused:
    reason: str  # the problem line, without the file's name
    use: Any = None  # what to use instead (None: the default)


def _check_value(key: str, value: Any) -> Any:
    """``value`` as the kiosk uses it (already of the right type), or _Refused with the reason."""
    if key in MINIMUMS and value < MINIMUMS[key]:
        least = MINIMUMS[key]
        return _Refused(f"{key} = {value} is less than the minimum of {least}; {least} is used", least)
    if key == "print_backend":
        if value.lower() in PRINT_BACKENDS:
            return value.lower()
        if value:
            return _Refused(f"print_backend {value!r} is not one of {', '.join(PRINT_BACKENDS)}; "
                            "the platform's default is used")
    if key == "sheet_layout":  # "A4" is how paper is written: taken as "a4"
        if value.lower() in SHEET_LAYOUTS:
            return value.lower()
        return _Refused(f"sheet_layout {value!r} is not one of {', '.join(SHEET_LAYOUTS)}; a4 is used")
    if key == "default_language" and value not in LANGUAGES:
        return _Refused(f"default_language {value!r} is not one of the kiosk's languages "
                        f"({', '.join(LANGUAGES)}); {Settings.default_language!r} is used")
    if key == "languages":
        if not value:
            return _Refused(f"languages is empty; default kept ({', '.join(LANGUAGES)})")
        unknown = [code for code in value if code not in LANGUAGES]
        if unknown:
            kept = [code for code in value if code in LANGUAGES]
            return _Refused(
                f"languages: {', '.join(map(repr, unknown))} not among the kiosk's languages "
                f"({', '.join(LANGUAGES)}); " + ("default kept" if not kept else f"using {', '.join(kept)}"),
                kept or None)
    if key == "kiosk_location" and value and not _is_location(value):
        return _Refused(f"kiosk_location {value!r} should be [latitude, longitude]: two numbers, "
                        "latitude from -90 to 90, longitude from -180 to 180; left unset")
    return value


def _is_location(value: list[Any]) -> bool:
    numbers = [v for v in value if isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v)]
    return len(value) == len(numbers) == 2 and -90 <= numbers[0] <= 90 and -180 <= numbers[1] <= 180


def hub_url_problem(url: str, tls_check_off: bool) -> str | None:
    """Why ``url`` cannot be the hub's address, in words for the operator, or None. The hub client
    (kiosk/sync/client.py) applies the same rule before every request."""
    parts = urlsplit(url.strip())
    try:
        parts.port  # noqa: B018 - reading it checks it
    except ValueError:
        return "the hub's address has a port that is not a number from 1 to 65535"
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "the hub's address must start with https://, as in https://hub.example.org"
    if parts.scheme == "http" and not tls_check_off and not _loopback(parts.hostname):
        return "the hub's address must start with https:// (plain http:// is only for a hub on this machine)"
    return None


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
