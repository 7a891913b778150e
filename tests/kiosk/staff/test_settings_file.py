"""Writing one setting into kiosk.toml keeps the operator's lines and TOML's tables intact."""

from __future__ import annotations

from kiosk.config import load_settings
from kiosk.staff.settings_file import toml_string, write_setting


def test_a_new_setting_goes_above_a_table_so_it_stays_a_setting(tmp_path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text('hub_url = "https://hub.example.org"\n\n[help_desk]\nde = "Infotheke"\ntr = "Danışma"\n',
                    encoding="utf-8")
    write_setting(path, "default_language", toml_string("tr"))
    write_setting(path, "staff_pin_hash", toml_string("$argon2id$v=19$x"))
    write_setting(path, "default_language", toml_string("de"))  # changed again: in place
    settings, problems = load_settings(path)
    assert problems == []
    assert settings.default_language == "de" and settings.staff_pin_hash == "$argon2id$v=19$x"
    assert settings.help_desk == {"de": "Infotheke", "tr": "Danışma"}
    assert path.read_text(encoding="utf-8").count("default_language") == 1


def test_without_tables_a_new_setting_is_added_at_the_end(tmp_path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text('# the operator\'s comment\nhub_url = "https://hub.example.org"\n', encoding="utf-8")
    write_setting(path, "default_language", toml_string("el"))
    assert path.read_text(encoding="utf-8").splitlines() == [
        "# the operator's comment", 'hub_url = "https://hub.example.org"', 'default_language = "el"']
