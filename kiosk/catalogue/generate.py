"""Seeded generator of believable catalogues of any size (up to millions of offers) for tests and benchmarks."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from itertools import islice
from typing import Any

from sqlalchemy import Engine

from kiosk.catalogue.load import LoadReport, load_catalogue, merge_search_index

# Each subject: its topics, then its name in the languages the catalogue uses. English and
# German always; the others are added to some offers, as in a real multilingual city.
SUBJECTS: list[tuple[tuple[str, ...], dict[str, str]]] = [
    (("digital",), {
        "en": "Computer basics", "de": "Computer-Grundlagen", "el": "Βασικές γνώσεις υπολογιστή",
        "es": "Informática básica", "ro": "Noțiuni de bază despre calculator", "tr": "Bilgisayar temelleri",
        "ar": "أَساسِيّات الحاسوب", "uk": "Основи роботи з комп'ютером"}),
    (("digital", "community"), {
        "en": "Smartphone help desk", "de": "Smartphone-Sprechstunde", "el": "Βοήθεια με το κινητό τηλέφωνο",
        "es": "Ayuda con el móvil", "ro": "Ajutor pentru telefonul mobil", "tr": "Akıllı telefon yardım masası",
        "ar": "مساعدة في استخدام الهاتف الذكي", "uk": "Допомога зі смартфоном"}),
    (("digital", "work"), {
        "en": "Spreadsheets for everyday work", "de": "Tabellenkalkulation für den Berufsalltag",
        "el": "Υπολογιστικά φύλλα για την εργασία", "es": "Hojas de cálculo para el trabajo",
        "ro": "Foi de calcul pentru muncă", "tr": "İş için elektronik tablolar",
        "ar": "جداول البيانات للعمل", "uk": "Електронні таблиці для роботи"}),
    (("language",), {
        "en": "German for everyday life", "de": "Deutsch für den Alltag", "el": "Γερμανικά για την καθημερινή ζωή",
        "es": "Alemán para el día a día", "ro": "Germană pentru viața de zi cu zi", "tr": "Günlük hayat için Almanca",
        "ar": "الأَلمانِيّة للحياة اليومية", "uk": "Німецька для щоденного життя"}),
    (("language", "community"), {
        "en": "Language café", "de": "Sprachcafé", "el": "Καφέ γλωσσών", "es": "Café de idiomas",
        "ro": "Cafenea lingvistică", "tr": "Dil kafesi", "ar": "مقهى اللغات", "uk": "Мовне кафе"}),
    (("language",), {
        "en": "Conversational Greek", "de": "Griechisch im Gespräch", "el": "Ελληνικά για συζήτηση",
        "es": "Griego conversacional", "ro": "Greacă conversațională", "tr": "Konuşma Yunancası",
        "ar": "المحادثة باليونانية", "uk": "Розмовна грецька"}),
    (("work",), {
        "en": "Job application workshop", "de": "Bewerbungswerkstatt", "el": "Εργαστήριο αιτήσεων εργασίας",
        "es": "Taller de solicitudes de empleo", "ro": "Atelier de aplicații pentru locuri de muncă",
        "tr": "İş başvurusu atölyesi", "ar": "ورشة طلبات العمل", "uk": "Майстерня резюме та заявок"}),
    (("work", "money"), {
        "en": "Starting your own business", "de": "Existenzgründung Schritt für Schritt",
        "el": "Ξεκινώντας τη δική σας επιχείρηση", "es": "Crear tu propio negocio",
        "ro": "Pornește-ți propria afacere", "tr": "Kendi işini kurmak", "ar": "تأسيس مشروعك الخاص",
        "uk": "Власна справа крок за кроком"}),
    (("health",), {
        "en": "Gentle yoga for back health", "de": "Sanftes Yoga für den Rücken", "el": "Ήπια γιόγκα για τη μέση",
        "es": "Yoga suave para la espalda", "ro": "Yoga blândă pentru spate", "tr": "Sırt sağlığı için yumuşak yoga",
        "ar": "يوغا لطيفة لصحة الظهر", "uk": "М'яка йога для спини"}),
    (("health", "family"), {
        "en": "First aid for parents", "de": "Erste Hilfe am Kind", "el": "Πρώτες βοήθειες για γονείς",
        "es": "Primeros auxilios para padres", "ro": "Prim ajutor pentru părinți", "tr": "Ebeveynler için ilk yardım",
        "ar": "الإسعافات الأولية للآباء", "uk": "Перша допомога для батьків"}),
    (("family", "reading"), {
        "en": "Story time for toddlers", "de": "Vorlesestunde für Kleinkinder", "el": "Ώρα παραμυθιού για νήπια",
        "es": "Cuentacuentos para peques", "ro": "Ora poveștilor pentru cei mici", "tr": "Küçükler için masal saati",
        "ar": "وقت الحكايات للأطفال الصغار", "uk": "Казкова година для малят"}),
    (("culture",), {
        "en": "Museum tour: city history", "de": "Museumsführung: Stadtgeschichte",
        "el": "Ξενάγηση στο μουσείο: ιστορία της πόλης", "es": "Visita al museo: historia de la ciudad",
        "ro": "Tur de muzeu: istoria orașului", "tr": "Müze turu: şehir tarihi", "ar": "جولة في المتحف: تاريخ المدينة",
        "uk": "Екскурсія музеєм: історія міста"}),
    (("culture", "making"), {
        "en": "Watercolour painting", "de": "Aquarellmalerei", "el": "Ζωγραφική με ακουαρέλα",
        "es": "Pintura con acuarela", "ro": "Pictură în acuarelă", "tr": "Suluboya resim", "ar": "الرسم بالألوان المائية",
        "uk": "Малювання аквареллю"}),
    (("making",), {
        "en": "Repair café: fix it together", "de": "Reparaturcafé: gemeinsam reparieren",
        "el": "Καφέ επισκευών: διορθώνουμε μαζί", "es": "Café de reparación: arreglamos juntos",
        "ro": "Cafenea de reparații: reparăm împreună", "tr": "Tamir kafe: birlikte onaralım",
        "ar": "مقهى الإصلاح: نصلح معًا", "uk": "Ремонтне кафе: лагодимо разом"}),
    (("making", "digital"), {
        "en": "3D printing for beginners", "de": "3D-Druck zum Ausprobieren", "el": "Τρισδιάστατη εκτύπωση",
        "es": "Impresión 3D para principiantes", "ro": "Imprimare 3D pentru începători", "tr": "Yeni başlayanlar için 3D baskı",
        "ar": "الطباعة ثلاثية الأبعاد", "uk": "3D-друк для початківців"}),
    (("community",), {
        "en": "Volunteering in your neighbourhood", "de": "Ehrenamt in der Nachbarschaft",
        "el": "Εθελοντισμός στη γειτονιά", "es": "Voluntariado en tu barrio", "ro": "Voluntariat în cartier",
        "tr": "Mahallende gönüllülük", "ar": "التطوع في حيّك", "uk": "Волонтерство у вашому районі"}),
    (("nature",), {
        "en": "Urban gardening", "de": "Gärtnern in der Stadt", "el": "Αστική κηπουρική",
        "es": "Huerto urbano", "ro": "Grădinărit urban", "tr": "Kentsel bahçecilik", "ar": "البستنة الحضرية",
        "uk": "Міське садівництво"}),
    (("money",), {
        "en": "Managing your household budget", "de": "Haushaltsbuch und Budget", "el": "Διαχείριση οικογενειακού προϋπολογισμού",
        "es": "Gestionar el presupuesto familiar", "ro": "Gestionarea bugetului familiei", "tr": "Ev bütçesini yönetmek",
        "ar": "إدارة ميزانية الأسرة", "uk": "Сімейний бюджет"}),
    (("reading",), {
        "en": "Reading circle", "de": "Lesekreis", "el": "Λέσχη ανάγνωσης", "es": "Club de lectura",
        "ro": "Cerc de lectură", "tr": "Okuma çemberi", "ar": "حلقة القراءة", "uk": "Читацький клуб"}),
    (("reading", "language"), {
        "en": "Writing workshop: tell your story", "de": "Schreibwerkstatt: Ihre Geschichte",
        "el": "Εργαστήρι γραφής: πείτε την ιστορία σας", "es": "Taller de escritura: cuenta tu historia",
        "ro": "Atelier de scriere: spune-ți povestea", "tr": "Yazı atölyesi: hikâyeni anlat",
        "ar": "ورشة الكتابة: احكِ قصتك", "uk": "Письменницька майстерня: ваша історія"}),
]

# Words that make one offer differ from the next: a series name, then a flavour per language.
FLAVOURS: dict[str, list[str]] = {
    "en": ["for beginners", "open session", "evening course", "weekend workshop", "drop-in", "intensive", "for seniors", "with children"],
    "de": ["für Einsteiger", "offener Treff", "Abendkurs", "Wochenendworkshop", "ohne Anmeldung", "Intensivkurs", "für Ältere", "mit Kindern"],
    "el": ["για αρχάριους", "ανοιχτή συνάντηση", "βραδινό μάθημα", "εργαστήριο Σαββατοκύριακου", "χωρίς εγγραφή", "εντατικό", "για ηλικιωμένους", "με παιδιά"],
    "es": ["para principiantes", "sesión abierta", "curso de tarde", "taller de fin de semana", "sin inscripción", "intensivo", "para mayores", "con niños"],
    "ro": ["pentru începători", "întâlnire deschisă", "curs de seară", "atelier de weekend", "fără înscriere", "intensiv", "pentru seniori", "cu copiii"],
    "tr": ["yeni başlayanlar için", "açık buluşma", "akşam kursu", "hafta sonu atölyesi", "kayıtsız", "yoğun", "yaşlılar için", "çocuklarla"],
    "ar": ["للمبتدئين", "لقاء مفتوح", "دورة مسائية", "ورشة نهاية الأسبوع", "بدون تسجيل", "مكثف", "لكبار السن", "مع الأطفال"],
    "uk": ["для початківців", "відкрита зустріч", "вечірній курс", "майстерня вихідного дня", "без реєстрації", "інтенсив", "для старших", "з дітьми"],
}

DESCRIPTIONS: dict[str, list[str]] = {
    "en": [
        "{provider} invites you to {subject_l}. Small groups, friendly tutors, no exam.",
        "Come as you are: we start from what you already know and go at your pace.",
        "You will practise with real examples from daily life and take notes home.",
        "Questions are welcome at any time; staff can help you sign up at the kiosk.",
    ],
    "de": [
        "{provider} lädt Sie ein: {subject}. Kleine Gruppen, freundliche Kursleitung, keine Prüfung.",
        "Kommen Sie, wie Sie sind: Wir fangen bei Ihrem Wissen an und gehen in Ihrem Tempo weiter.",
        "Sie üben mit echten Beispielen aus dem Alltag und nehmen Unterlagen mit nach Hause.",
        "Fragen sind jederzeit willkommen; das Team hilft gern bei der Anmeldung am Kiosk.",
    ],
    "el": [
        "Το {provider} σας προσκαλεί: {subject}. Μικρές ομάδες, φιλικοί εκπαιδευτές, χωρίς εξετάσεις.",
        "Ελάτε όπως είστε: ξεκινάμε από όσα ήδη ξέρετε και προχωράμε με τον δικό σας ρυθμό.",
        "Θα εξασκηθείτε με πραγματικά παραδείγματα από την καθημερινότητα.",
    ],
    "es": [
        "{provider} le invita: {subject}. Grupos pequeños, docentes amables, sin examen.",
        "Venga tal como es: empezamos por lo que ya sabe y avanzamos a su ritmo.",
        "Practicará con ejemplos reales de la vida diaria; el personal le ayuda a inscribirse en el quiosco.",
    ],
    "ro": [
        "{provider} vă invită: {subject}. Grupuri mici, formatori prietenoși, fără examen.",
        "Veniți așa cum sunteți: pornim de la ce știți deja și mergem în ritmul dumneavoastră.",
        "Veți exersa cu exemple reale din viața de zi cu zi și veți lua notițe acasă.",
    ],
    "tr": [
        "{provider} sizi davet ediyor: {subject}. Küçük gruplar, güler yüzlü eğitmenler, sınav yok.",
        "Olduğunuz gibi gelin: bildiklerinizden başlar, kendi hızınızda ilerleriz.",
        "Günlük hayattan gerçek örneklerle pratik yapacaksınız; İngilizce bilmek gerekmez.",
    ],
    "ar": [
        "يَدعوكم {provider}: {subject}. مجموعات صغيرة ومدربون ودودون ولا امتحانات.",
        "تعالوا كما أنتم: نبدأ مما تعرفونه ونتقدّم بالسرعة التي تناسبكم.",
    ],
    "uk": [
        "{provider} запрошує вас: {subject}. Невеликі групи, привітні викладачі, без іспитів.",
        "Приходьте такими, як є: починаємо з того, що ви вже знаєте, і йдемо у вашому темпі.",
        "Ви потренуєтеся на прикладах із щоденного життя й візьмете нотатки додому.",
    ],
}

BRING = {
    "en": ["Bring your own laptop if you have one.", "Comfortable clothes, please.", "Nothing needed: materials provided."],
    "de": ["Bringen Sie gern Ihren Laptop mit.", "Bitte bequeme Kleidung.", "Nichts nötig: Material ist vorhanden."],
    "es": ["Traiga su portátil si tiene uno.", "Ropa cómoda, por favor.", "No hace falta nada: hay material."],
    "el": ["Φέρτε το λάπτοπ σας, αν έχετε.", "Άνετα ρούχα, παρακαλώ.", "Δεν χρειάζεται τίποτα: υπάρχουν υλικά."],
    "ro": ["Aduceți laptopul dumneavoastră, dacă aveți unul.", "Haine comode, vă rugăm.",
           "Nu aveți nevoie de nimic: materialele sunt asigurate."],
    "tr": ["Varsa kendi dizüstü bilgisayarınızı getirin.", "Lütfen rahat kıyafetler giyin.",
           "Bir şey getirmenize gerek yok: malzemeler hazır."],
    "uk": ["Візьміть свій ноутбук, якщо він у вас є.", "Будь ласка, зручний одяг.", "Нічого не потрібно: матеріали є на місці."],
    "ar": ["أحضر حاسوبك المحمول إن كان لديك.", "ملابس مريحة من فضلك.", "لا حاجة لشيء: المواد متوفرة."],
}
# A venue's opening hours and the way in, per language (the details screen and the sheet show them).
OPENING_HOURS = {
    "en": "Mon-Fri 9:00-19:00, Sat 10:00-14:00", "de": "Mo-Fr 9-19 Uhr, Sa 10-14 Uhr",
    "es": "lun-vie 9:00-19:00, sáb 10:00-14:00", "el": "Δευ-Παρ 9:00-19:00, Σάβ 10:00-14:00",
    "ro": "lun-vin 9:00-19:00, sâm 10:00-14:00", "tr": "Pzt-Cum 9:00-19:00, Cmt 10:00-14:00",
    "uk": "Пн-Пт 9:00-19:00, Сб 10:00-14:00", "ar": "الاثنين–الجمعة 9:00–19:00، السبت 10:00–14:00",
}
DIRECTIONS = {
    "en": "Tram stop nearby; entrance on the courtyard side.", "de": "Straßenbahn in der Nähe; Eingang im Hof.",
    "es": "Parada de tranvía cerca; la entrada está en el patio.", "el": "Στάση τραμ κοντά· η είσοδος είναι από την αυλή.",
    "ro": "Stație de tramvai în apropiere; intrarea este prin curte.", "tr": "Yakında tramvay durağı var; giriş avlu tarafında.",
    "uk": "Поруч зупинка трамвая; вхід з боку двору.", "ar": "محطة الترام قريبة؛ المدخل من جهة الفناء.",
}

# Providers: (kind, name pattern); {district} makes the name local.
PROVIDER_KINDS: list[tuple[str, str]] = [
    ("library", "Stadtbibliothek {district}"),
    ("adult_education", "Volkshochschule {district}"),
    ("museum", "Museum für Stadtgeschichte {district}"),
    ("community_centre", "Bürgerhaus {district}"),
    ("makerspace", "Makerspace & Reparaturcafé {district}"),
    ("language_cafe", "Sprachcafé Καλημέρα {district}"),
    ("job_centre", "Jobcenter Werkstatt {district}"),
    ("senior_club", "Seniorentreff Sonnenschein {district}"),
    ("other", "Asociația Culturală Școala {district}"),
    ("other", "Centro Cívico Ñandú {district}"),
]
DISTRICTS = [
    "Altstadt", "Südstadt", "Nordviertel", "Weststadt", "Oststadt", "Hafen", "Lindenau",
    "Müggelheim", "Kalamaria", "Neustadt", "Am Fluss", "Gartenstadt",
]
STREETS = ["Hauptstraße", "Schillerstraße", "Bahnhofstraße", "Lindenallee", "Marktplatz", "Goethestraße", "Am Hafen", "Gartenweg"]
VENUE_KINDS = ["Stadtteilbibliothek", "Bürgerhaus", "Gemeindezentrum", "Volkshochschule Haus", "Museum", "Werkstatt"]
LEVEL_CHOICES = ["beginner", "beginner", "intermediate", "advanced", "all", "all"]
PRICES = [300, 500, 800, 1200, 2500, 4900, 8900]
EXTRA_LANGS = ["el", "es", "ro", "tr", "ar", "uk"]
WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
START_TIMES = ["09:00", "10:00", "10:30", "14:00", "15:30", "17:00", "18:00", "18:30", "19:00"]
_LOWER_FIRST = {"en"}


def _counts(n_offers: int) -> tuple[int, int]:
    """Providers and venues grow with the catalogue, as a bigger city has more of both."""
    return max(10, n_offers // 200), max(8, n_offers // 100)


def _district(i: int) -> str:
    base = DISTRICTS[i % len(DISTRICTS)]
    return base if i < len(DISTRICTS) else f"{base} {i // len(DISTRICTS) + 1}"


def providers_and_venues(n_offers: int, seed: int) -> dict[str, list[dict[str, Any]]]:
    """The providers and venues of a generated catalogue of ``n_offers`` offers."""
    rng = random.Random(f"{seed}:places")
    n_providers, n_venues = _counts(n_offers)
    venues = []
    for i in range(n_venues):
        district = _district(i)
        venues.append({
            "id": f"ven-{i:06d}",
            "name": f"{VENUE_KINDS[i % len(VENUE_KINDS)]} {district}",
            "street": f"{STREETS[rng.randrange(len(STREETS))]} {rng.randint(1, 180)}",
            "postcode": f"{10000 + rng.randrange(89999):05d}",
            "city": "Lernstadt",
            "district": district,
            "lat": round(50.9 + rng.random() * 0.3, 6),
            "lon": round(6.8 + rng.random() * 0.4, 6),
            "opening_hours": dict(OPENING_HOURS),
            "directions": dict(DIRECTIONS),
            "step_free": rng.random() < 0.7,
            "hearing_loop": rng.random() < 0.3,
            "accessible_toilet": rng.random() < 0.5,
        })
    providers = []
    for i in range(n_providers):
        kind, pattern = PROVIDER_KINDS[i % len(PROVIDER_KINDS)]
        providers.append({
            "id": f"prov-{i:06d}",
            "name": pattern.format(district=_district(i // len(PROVIDER_KINDS) + i % 3)),
            "kind": kind,
            "phone": f"+49 221 {rng.randint(100000, 999999)}",
            "email": f"kurse{i}@lernstadt.example",
        })
    return {"providers": providers, "venues": venues}


def _offer(i: int, seed: int, today: dt.date, providers: list[dict], n_venues: int) -> dict[str, Any]:
    # One generator per offer: offer i is the same however the stream is cut into batches.
    rng = random.Random(seed * 1_000_003 + i)
    topics, names = SUBJECTS[rng.randrange(len(SUBJECTS))]
    provider = providers[rng.randrange(len(providers))]
    langs = ["en", "de"]
    if rng.random() < 0.35:
        langs.append(EXTRA_LANGS[rng.randrange(len(EXTRA_LANGS))])
    flavour = rng.randrange(len(FLAVOURS["en"]))
    series = rng.randint(1, 99)
    titles, descriptions = {}, {}
    for lang in langs:
        subject = names[lang]
        titles[lang] = f"{subject} – {FLAVOURS[lang][flavour]} ({series})"
        sentences = DESCRIPTIONS[lang]
        chosen = [sentences[0]] + rng.sample(sentences[1:], k=min(2, len(sentences) - 1))
        subject_l = subject[0].lower() + subject[1:] if lang in _LOWER_FIRST else subject
        descriptions[lang] = " ".join(s.format(provider=provider["name"], subject=subject, subject_l=subject_l) for s in chosen)
    instruction = ["de"] if rng.random() < 0.6 else ["de", "en"]
    if len(langs) == 3 and ("language" in topics or rng.random() < 0.5):
        instruction.append(langs[2])
    fmt = "in_person" if rng.random() < 0.9 else rng.choice(["hybrid", "online"])
    offer: dict[str, Any] = {
        "id": f"gen-{seed}-{i:07d}",
        "provider": provider["id"],
        "title": titles,
        "description": descriptions,
        "topics": list(topics),
        "level": LEVEL_CHOICES[rng.randrange(len(LEVEL_CHOICES))],
        "languages": instruction,
        "cost_cents": 0 if rng.random() < 0.55 else PRICES[rng.randrange(len(PRICES))],
        "format": fmt,
        "audience": ["adults", "adults", "seniors", "families", "young_adults"][rng.randrange(5)],
        "registration": "drop_in" if flavour == 4 else "required",
        "capacity": rng.choice([8, 10, 12, 15, 20, 30]),
    }
    if fmt != "online":
        offer["venue"] = f"ven-{rng.randrange(n_venues):06d}"
    if rng.random() < 0.3:
        offer["what_to_bring"] = {lang: things[flavour % 3] for lang, things in BRING.items()}
    start = START_TIMES[rng.randrange(len(START_TIMES))]
    minutes = rng.choice([60, 90, 120, 180])
    shape = rng.random()
    if shape < 0.55:  # weekly series
        offer["recurrence"] = {
            "rrule": f"FREQ=WEEKLY;BYDAY={WEEKDAYS[rng.randrange(7)]};COUNT={rng.randint(3, 8)}",
            "start": start, "minutes": minutes, "from_day": rng.randrange(7), "until_day": 55,
            "seats_left": rng.randint(0, 12),
        }
    elif shape < 0.75:  # monthly series
        offer["recurrence"] = {
            "rrule": f"FREQ=MONTHLY;BYDAY=+{rng.randint(1, 4)}{WEEKDAYS[rng.randrange(7)]};COUNT=2",
            "start": start, "minutes": minutes, "from_day": rng.randrange(3), "until_day": 55,
        }
    else:  # one-off event, or a few dated sessions
        hour, minute = map(int, start.split(":"))
        day = rng.randrange(56)
        sessions = []
        for k in range(1 if rng.random() < 0.7 else rng.randint(2, 4)):
            begins = dt.datetime.combine(today + dt.timedelta(days=min(55, day + 2 * k)), dt.time(hour, minute))
            sessions.append({
                "id": f"gen-{seed}-{i:07d}:{k}",
                "starts_at": begins.isoformat(),
                "ends_at": (begins + dt.timedelta(minutes=minutes)).isoformat(),
                "cancelled": rng.random() < 0.03,
            })
        offer["sessions"] = sessions
    return offer


def iter_offers(n_offers: int, seed: int, today: dt.date, start: int = 0) -> Iterator[dict[str, Any]]:
    """Offers ``start`` .. ``n_offers - 1`` of the catalogue, one at a time (memory stays flat)."""
    places = providers_and_venues(n_offers, seed)
    n_venues = len(places["venues"])
    for i in range(start, n_offers):
        yield _offer(i, seed, today, places["providers"], n_venues)


def generate_catalogue(n_offers: int, seed: int, today: dt.date) -> dict[str, Any]:
    """A whole catalogue in the connect-catalogue format, the same for the same seed and day."""
    return {
        "format": "connect-catalogue",
        "version": 1,
        **providers_and_venues(n_offers, seed),
        "offers": list(iter_offers(n_offers, seed, today)),
    }


def load_generated(
    engine: Engine, n_offers: int, seed: int, today: dt.date, batch: int = 5000
) -> LoadReport:
    """Generate and load a catalogue in batches, one transaction each, so memory stays flat."""
    total = LoadReport()
    with engine.begin() as conn:
        first = load_catalogue(conn, providers_and_venues(n_offers, seed), today)
    total.providers, total.venues, total.rejected = first.providers, first.venues, first.rejected
    offers = iter_offers(n_offers, seed, today)
    while chunk := list(islice(offers, batch)):
        with engine.begin() as conn:
            report = load_catalogue(conn, {"offers": chunk}, today)
        total.offers += report.offers
        total.sessions += report.sessions
        total.rejected.extend(report.rejected)
        total.repaired.extend(report.repaired)
    with engine.connect() as conn:
        merge_search_index(conn)
    return total
