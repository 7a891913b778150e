"""A sample pathway sheet from the demo catalogue, so operators can set up and test a printer."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from kiosk.catalogue.load import load_catalogue, read_catalogue_file
from kiosk.pathways.planner import plan
from kiosk.pathways.request import PlanRequest
from kiosk.paths import demo_catalogue_path
from kiosk.sheets.content import SheetContent, sheet_content
from kiosk.sheets.render import build_sheet
from kiosk.store.engine import make_engine
from kiosk.store.migrate import upgrade

SAMPLE_CLAIM_CODE = "DEMO-7K3P"
SAMPLE_HUB_URL = "https://hub.example.org"
# A sample citizen's own words per language; they also show the sheet handles ß, ș, ț, Greek, İ ı ğ,
# Ukrainian ї and joined Arabic (the lam-alef in لأحفادي).
SAMPLE_WORDS = {
    "en": "I want to feel at home with computers and my phone.",
    "de": "Ich möchte mich am Computer sicher fühlen – auch für Behördengänge in meiner Straße.",
    "el": "Θέλω να νιώθω σίγουρος με τον υπολογιστή και το κινητό μου.",
    "ro": "Vreau să învăț să folosesc calculatorul și telefonul pentru programări și școală.",
    "es": "Quiero aprender a usar el ordenador y el móvil: pedir cita, escribir a mis nietos y enseñarles fotos.",
    "tr": "İnternetten randevu almayı, torunuma e-posta yazmayı ve şifrelerimi korumayı öğrenmek istiyorum.",
    "uk": "Хочу впевнено користуватися комп’ютером і телефоном — записуватися до лікаря й писати онукам.",
    "ar": "أريد أن أستخدم الحاسوب والهاتف بثقة، وأن أكتب رسائل لأحفادي.",
}
SAMPLE_STATUSES = ("confirmed", "waitlisted", "provisional")


def sample_content(
    lang: str, *, today: dt.date | None = None, hub_url: str = "", help_contact: str = "",
    origin: tuple[float, float] | None = None,
) -> SheetContent:
    """Plan a digital-skills pathway on the demo catalogue and gather its sheet content."""
    today = today or dt.date.today()
    now = dt.datetime.combine(today, dt.time(9, 0))
    with tempfile.TemporaryDirectory(prefix="connect-kiosk-sample-") as folder:
        engine = make_engine(Path(folder) / "sample.sqlite")
        try:
            upgrade(engine)
            with engine.begin() as conn:
                load_catalogue(conn, read_catalogue_file(demo_catalogue_path()), today)
            request = PlanRequest(aim="digital", own_words=SAMPLE_WORDS.get(lang, SAMPLE_WORDS["en"]),
                                  hours_per_week=6, budget="small_fee")
            with engine.connect() as conn:
                pathway = plan(conn, request, now=now, origin=origin, lang=lang, help_contact=help_contact)
                # Show operators each sign-up status the sheet can print.
                statuses = {s.choice.offer_hub_id: status for s, status in zip(pathway.steps, SAMPLE_STATUSES)}
                return sheet_content(
                    conn, pathway, lang=lang, aim=request.aim, own_words=request.own_words,
                    claim_code=SAMPLE_CLAIM_CODE, hub_url=hub_url or SAMPLE_HUB_URL,
                    statuses=statuses, help_contact=help_contact, printed_at=now,
                )
        finally:
            engine.dispose()


def sample_sheet(lang: str, layout: str = "a4", large_print: bool = False, **kwargs) -> bytes:
    return build_sheet(sample_content(lang, **kwargs), layout=layout, large_print=large_print)
