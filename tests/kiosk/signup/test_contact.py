"""Name and contact checks: plain reasons while typing, clean values when done."""

from __future__ import annotations

import pytest

from kiosk.signup.contact import check_contact, check_email, check_name, check_phone, shown_phone


@pytest.mark.parametrize(
    ("typed", "state", "reason", "value"),
    [
        ("", "incomplete", "name.empty", ""),
        ("   ", "incomplete", "name.empty", ""),
        ("  Ana   María ", "ok", "", "Ana María"),
        ("Γιώργος", "ok", "", "Γιώργος"),
        ("محمد", "ok", "", "محمد"),
        ("Ștefan O'Neill-Smith", "ok", "", "Ștefan O'Neill-Smith"),
        ("Kim 2", "ok", "", "Kim 2"),
        ("12345", "invalid", "name.no_letters", ""),
        ("a" * 61, "invalid", "name.too_long", ""),
        ("Eve\u202e", "invalid", "name.symbols", ""),
        ("<b>x</b>", "invalid", "name.symbols", ""),
    ],
)
def test_name(typed: str, state: str, reason: str, value: str) -> None:
    check = check_name(typed)
    assert (check.state, check.reason, check.value) == (state, reason, value)
    assert check.ok == (state == "ok")
    assert bool(check.message) == (state != "ok")


@pytest.mark.parametrize(
    ("typed", "state", "reason", "value"),
    [
        ("", "incomplete", "phone.empty", ""),
        ("0176", "incomplete", "phone.too_short", ""),
        ("0176 1234 5678", "ok", "", "+4917612345678"),
        ("089 / 233-96000", "ok", "", "+498923396000"),
        ("+30 210 123 4567", "ok", "", "+302101234567"),
        ("+40 721 234 567", "ok", "", "+40721234567"),
        ("0176-abc", "invalid", "phone.characters", ""),
        ("1234567890123456", "invalid", "phone.too_long", ""),
        ("+49 000 000000", "invalid", "phone.invalid", ""),
    ],
)
def test_phone(typed: str, state: str, reason: str, value: str) -> None:
    check = check_phone(typed, "DE")
    assert (check.state, check.reason, check.value) == (state, reason, value)


@pytest.mark.parametrize(
    ("typed", "state", "reason"),
    [
        ("", "incomplete", "email.empty"),
        ("anna", "incomplete", "email.no_at"),
        ("anna@", "incomplete", "email.no_domain"),
        ("anna@web", "incomplete", "email.no_domain"),
        ("@web.de", "invalid", "email.no_name"),
        ("anna..x@web.de", "invalid", "email.invalid"),
        ("anna.müller@web.de", "ok", ""),
        (" anna@web.de ", "ok", ""),
        # A newcomer's "ioana@gmail.con" got "Fine.": the provider's mail would never arrive.
        ("ioana@gmail.con", "invalid", "email.ending"),
        ("ana@web.DEE", "invalid", "email.ending"),
        ("ana@mail.co", "ok", ""),  # a real ending (Colombia)
        ("ana@con.de", "ok", ""),
    ],
)
def test_email(typed: str, state: str, reason: str) -> None:
    check = check_email(typed)
    assert (check.state, check.reason) == (state, reason)
    if check.ok:
        assert check.value == typed.strip()


def test_contact_kinds() -> None:
    assert check_contact("none", "anything").ok
    assert check_contact("phone", "0176 1234 5678").value == "+4917612345678"
    assert check_contact("email", "a@web.de").ok
    assert check_contact("fax", "123").reason == "contact.kind"


@pytest.mark.parametrize("stored, shown", [
    ("+49301234567", "030 1234567"),  # the kiosk's own country: as people here write it
    ("+4917612345678", "0176 12345678"),
    ("+905321234567", "+90 532 123 45 67"),  # another country: with its code, in groups
    ("not a number", "not a number"),
])
def test_a_stored_phone_number_is_shown_as_people_write_it(stored: str, shown: str) -> None:
    assert shown_phone(stored) == shown
