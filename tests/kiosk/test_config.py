"""Settings from kiosk.toml: who helps citizens, as one text or one per language."""

from __future__ import annotations

from kiosk.config import Settings, load_settings


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
