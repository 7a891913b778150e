"""Checks a citizen's name and contact as they type, with the reason in plain words.

Only what a provider needs is asked: a name (or nickname) and at most one way to be reached.
Each check returns a reason *key* that the UI translates; ``message`` is the English text.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

NAME_MAX = 60
CONTACT_KINDS = ("phone", "email", "none")


@dataclass(frozen=True)
class Check:
    """The state of one field: ``ok``, ``incomplete`` (still typing) or ``invalid``."""

    state: str
    reason: str = ""  # a key such as "phone.too_short"; empty when ok
    message: str = ""  # the same in plain English
    value: str = ""  # the cleaned value to store when ok

    @property
    def ok(self) -> bool:
        return self.state == "ok"


def check_name(text: str) -> Check:
    """A name or nickname: 1-60 characters, at least one letter, any script."""
    value = " ".join(unicodedata.normalize("NFC", text).split())
    if not value:
        return Check("incomplete", "name.empty", "Please type a name or a nickname.")
    if len(value) > NAME_MAX:
        return Check("invalid", "name.too_long", f"Please use at most {NAME_MAX} letters.")
    if not any(unicodedata.category(ch).startswith("L") for ch in value):
        return Check("invalid", "name.no_letters", "A name needs at least one letter.")
    if any(unicodedata.category(ch)[0] in "CS" and ch not in "'’&+" for ch in value):
        return Check("invalid", "name.symbols", "Please use only letters, numbers, spaces, - and '.")
    return Check("ok", value=value)


def check_phone(text: str, region: str = "DE") -> Check:
    """A phone number, local (read in ``region``) or international; stored as +E.164."""
    import phonenumbers  # imported here: only the sign-up form needs it

    digits = sum(ch.isdigit() for ch in text)
    if not text.strip():
        return Check("incomplete", "phone.empty", "Please type your phone number.")
    if any(not (ch.isdigit() or ch in " +-/()") for ch in text):
        return Check("invalid", "phone.characters", "A phone number has only digits, spaces and +.")
    if digits < 6:
        return Check("incomplete", "phone.too_short", "This number is too short.")
    if digits > 15:
        return Check("invalid", "phone.too_long", "This number is too long.")
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return Check("invalid", "phone.invalid", "This does not look like a phone number.")
    if not phonenumbers.is_valid_number(number):
        if phonenumbers.is_possible_number(number):
            return Check("invalid", "phone.invalid", "This does not look like a phone number.")
        return Check("incomplete", "phone.too_short", "This number is too short.")
    return Check("ok", value=phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def shown_phone(value: str, region: str = "DE") -> str:
    """A stored +E.164 number as a citizen writes it: "030 1234567" for one of the kiosk's own
    country, "+90 532 123 45 67" for another; anything unreadable as it is."""
    import phonenumbers

    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return value
    if phonenumbers.region_code_for_number(number) == region:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def phone_as_read(value: str, language: str) -> tuple[str, str]:
    """A stored +E.164 number written out in full, and its country in ``language``: the form
    shows both, so "694 123 4567" read as a Frankfurt number is seen before it is saved."""
    import phonenumbers
    from babel import Locale, UnknownLocaleError

    try:
        number = phonenumbers.parse(value, None)
    except phonenumbers.NumberParseException:
        return value, ""
    region = phonenumbers.region_code_for_number(number) or ""
    try:
        country = Locale.parse(language).territories.get(region, "")
    except (ValueError, UnknownLocaleError):
        country = ""
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL), country


# Endings no address has that are a slip of the finger for .com or .de: the provider's mail would
# never arrive, and the kiosk cannot look the name up (it is often offline).
MISTYPED_ENDINGS = frozenset({"con", "cpm", "cim", "vom", "xom", "cmo", "ocm", "comm", "coom", "dee", "ed"})


def check_email(text: str) -> Check:
    """An e-mail address (syntax only: the kiosk is often offline, so no DNS look-up)."""
    import email_validator  # imported here: only the sign-up form needs it

    value = text.strip()
    if not value:
        return Check("incomplete", "email.empty", "Please type your e-mail address.")
    if "@" not in value:
        return Check("incomplete", "email.no_at", "An e-mail address has an @ in it.")
    local, _, domain = value.rpartition("@")
    if not local:
        return Check("invalid", "email.no_name", "Something is missing before the @.")
    if "." not in domain or domain.endswith("."):
        return Check("incomplete", "email.no_domain", "Something is missing after the @, like web.de.")
    try:
        result = email_validator.validate_email(value, check_deliverability=False)
    except email_validator.EmailNotValidError:
        return Check("invalid", "email.invalid", "This does not look like an e-mail address.")
    if domain.rpartition(".")[2].lower() in MISTYPED_ENDINGS:
        return Check("invalid", "email.ending", "Please check the end of the address, after the last dot.")
    return Check("ok", value=result.normalized)


def check_contact(kind: str, text: str, region: str = "DE") -> Check:
    """The contact the citizen chose; "none" is fine: the claim code is then the only link."""
    if kind == "phone":
        return check_phone(text, region)
    if kind == "email":
        return check_email(text)
    if kind == "none":
        return Check("ok")
    return Check("invalid", "contact.kind", "Please choose phone, e-mail or no contact.")
