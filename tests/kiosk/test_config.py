"""Settings from kiosk.toml: who helps citizens, as one text or one per language; every value
checked when the file is read."""

from __future__ import annotations

import pytest

from kiosk.config import Settings, load_settings
from kiosk.locales import FORMAT_LOCALES

LANGUAGES = tuple(FORMAT_LOCALES)  # the kiosk's languages


def toml(tmp_path, text: str):
    path = tmp_path / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    path.chmod(0o600)  # as the kiosk keeps it (it holds the hub's token)
    return path


def test_help_desk_as_one_text_is_the_same_in_every_language(tmp_path) -> None:
    path = toml(tmp_path, 'help_desk = "Infotheke, Erdgeschoss"\n')
    settings, problems = load_settings(path)
    assert problems == []
    assert settings.help_desk_in("de") == settings.help_desk_in("tr") == "Infotheke, Erdgeschoss"


def test_help_desk_per_language_falls_back_to_the_kiosks_default_language(tmp_path) -> None:
    path = toml(tmp_path, 'default_language = "de"\n[help_desk]\nde = "Infotheke, Erdgeschoss"\n'
                          'tr = "Danışma, zemin kat"\n')
    settings, problems = load_settings(path)
    assert problems == []
    assert settings.help_desk_in("tr") == "Danışma, zemin kat"
    assert settings.help_desk_in("de") == "Infotheke, Erdgeschoss"
    assert settings.help_desk_in("el") == "Infotheke, Erdgeschoss"  # no Greek: the default language's


def test_a_help_desk_table_in_no_language_the_kiosk_knows_leaves_the_screens_own_words() -> None:
    settings = Settings(default_language="de", help_desk={"fr": "Accueil"})
    assert settings.help_desk_in("en") == ""


def test_a_malformed_help_desk_table_is_reported_and_the_default_kept(tmp_path) -> None:
    path = toml(tmp_path, "[help_desk]\nde = 3\n")
    settings, problems = load_settings(path)
    assert settings.help_desk == ""
    assert len(problems) == 1 and "help_desk" in problems[0] and "language code = text" in problems[0]


def test_a_setting_written_below_the_help_desk_table_is_reported_not_lost_silently(tmp_path) -> None:
    # In TOML every line after [help_desk] belongs to that table.
    path = toml(tmp_path, '[help_desk]\nde = "Infotheke"\nstaff_pin_hash = "$argon2id$x"\n')
    settings, problems = load_settings(path)
    assert settings.help_desk == {"de": "Infotheke"} and settings.staff_pin_hash == ""
    assert len(problems) == 1 and "'staff_pin_hash' sits under [help_desk]" in problems[0]


# --- values are checked when the file is read (an operator's first-setup report, item 4) ---

DEFAULT_LANGUAGES = Settings().languages


@pytest.mark.parametrize(("line", "key", "used", "words"), [
    ('print_backend = "foldr"', "print_backend", "", ["'foldr'", "cups, folder, qt"]),
    ('default_language = "fr"', "default_language", "de", ["'fr'", ", ".join(LANGUAGES)]),
    ('sheet_layout = "letter"', "sheet_layout", "a4", ["'letter'", "a4, 80mm"]),
    ("idle_browse_seconds = 5", "idle_browse_seconds", 15, ["= 5", "minimum of 15"]),
    ("idle_form_seconds = 29", "idle_form_seconds", 30, ["= 29", "minimum of 30"]),
    ("idle_warning_seconds = 3", "idle_warning_seconds", 20, ["= 3", "minimum of 20"]),
    ("staff_idle_seconds = -1", "staff_idle_seconds", 15, ["= -1", "minimum of 15"]),
    ("sync_interval_seconds = 0", "sync_interval_seconds", 1, ["= 0", "minimum of 1"]),
    ("sync_backoff_cap_seconds = 0", "sync_backoff_cap_seconds", 1, ["= 0", "minimum of 1"]),
    ("personal_data_retention_hours = -2", "personal_data_retention_hours", 0, ["= -2", "minimum of 0"]),
    ("kiosk_location = [91.0, 8.0]", "kiosk_location", [], ["[91.0, 8.0]", "-90 to 90"]),
    ("kiosk_location = [50.0]", "kiosk_location", [], ["[50.0]", "two numbers"]),
    ('kiosk_location = [50.0, "east"]', "kiosk_location", [], ["'east'", "two numbers"]),
    ("languages = []", "languages", DEFAULT_LANGUAGES, ["languages is empty"]),
    ('languages = ["fr", "nl"]', "languages", DEFAULT_LANGUAGES, ["'fr', 'nl'", ", ".join(LANGUAGES)]),
])
def test_a_value_that_is_not_allowed_is_reported_and_the_default_or_minimum_used(
        tmp_path, line, key, used, words) -> None:
    settings, problems = load_settings(toml(tmp_path, line + "\n"))
    assert getattr(settings, key) == used
    assert len(problems) == 1, problems
    assert problems[0].startswith(f"{tmp_path / 'kiosk.toml'}: {key}")
    assert all(word in problems[0] for word in words), problems[0]
    assert problems[0].kind == "value" and problems[0].key == key


def test_allowed_values_are_taken_as_written_without_a_word(tmp_path) -> None:
    path = toml(tmp_path, "\n".join([
        'print_backend = "folder"', 'sheet_layout = "80mm"', 'default_language = "tr"',
        'languages = ["tr", "de", "ar"]', "idle_browse_seconds = 15", "idle_form_seconds = 30",
        "idle_warning_seconds = 20", "staff_idle_seconds = 15", "sync_interval_seconds = 1",
        "kiosk_location = [50, 8.25]", 'hub_url = "https://hub.example.org/"', 'hub_token = "t"',
    ]) + "\n")
    settings, problems = load_settings(path)
    assert problems == []
    assert (settings.print_backend, settings.sheet_layout, settings.default_language) == ("folder", "80mm", "tr")
    assert settings.languages == ["tr", "de", "ar"] and settings.kiosk_location == [50, 8.25]
    assert (settings.idle_browse_seconds, settings.idle_warning_seconds, settings.sync_interval_seconds) == (15, 20, 1)


def test_a4_and_cups_in_capitals_are_taken_as_a4_and_cups(tmp_path) -> None:
    settings, problems = load_settings(toml(tmp_path, 'sheet_layout = "A4"\nprint_backend = "CUPS"\n'))
    assert problems == []
    assert (settings.sheet_layout, settings.print_backend) == ("a4", "cups")


def test_some_unknown_languages_are_dropped_and_the_rest_kept(tmp_path) -> None:
    settings, problems = load_settings(toml(tmp_path, 'languages = ["de", "fr", "tr"]\n'))
    assert settings.languages == ["de", "tr"]
    assert len(problems) == 1 and "'fr'" in problems[0] and "using de, tr" in problems[0]


def test_a_default_language_the_kiosk_does_not_offer_is_reported(tmp_path) -> None:
    settings, problems = load_settings(toml(tmp_path, 'languages = ["en", "tr"]\ndefault_language = "de"\n'))
    assert settings.languages == ["en", "tr"]
    assert len(problems) == 1
    assert "default_language 'de' is not one of languages (en, tr)" in problems[0]
    assert "starts in 'en'" in problems[0]


@pytest.mark.parametrize(("url", "words"), [
    ("http://192.0.2.10:8470", "plain http:// is only for a hub on this machine"),
    ("http://127.0.0.1:383290", "port that is not a number from 1 to 65535"),
    ("hub.example.org", "must start with https://"),
    ("ftp://hub.example.org", "must start with https://"),
])
def test_a_hub_url_the_kiosk_cannot_use_is_reported(tmp_path, url, words) -> None:
    settings, problems = load_settings(toml(tmp_path, f'hub_url = "{url}"\nhub_token = "t"\n'))
    assert len(problems) == 1 and problems[0].key == "hub_url"
    assert f"hub_url {url!r}" in problems[0] and words in problems[0]
    # Kept: the sync refuses it before any request and tells staff on the staff screen.
    assert settings.hub_url == url


@pytest.mark.parametrize("url", ["https://hub.example.org", "http://127.0.0.1:8470", "http://localhost:8470/",
                                 "http://[::1]:8470"])
def test_a_hub_url_the_kiosk_can_use_gives_no_problem(tmp_path, url) -> None:
    assert load_settings(toml(tmp_path, f'hub_url = "{url}"\n'))[1] == []


def test_plain_http_to_another_machine_is_allowed_under_the_development_setting(tmp_path) -> None:
    path = toml(tmp_path, 'hub_url = "http://192.0.2.10:8470"\n'
                          "hub_insecure_skip_tls_verify_for_development_only = true\n")
    assert load_settings(path)[1] == []


def test_a_file_that_does_not_parse_says_where_and_uses_defaults(tmp_path) -> None:
    path = toml(tmp_path, 'hub_url = "https://hub.example.org\nstaff_pin_hash = "x"\n')
    settings, problems = load_settings(path)
    assert settings == Settings()
    assert len(problems) == 1 and problems[0].kind == "unreadable"
    assert problems[0].startswith(f"{path} could not be read (") and "line 1, column" in problems[0]
