"""The words of a learning project's public page in the kiosk's eight languages; English for any other."""

from __future__ import annotations

from kiosk.sheets.strings import LOCALES as SHEET_LOCALES
from kiosk.sheets.strings import strings as sheet_strings

# Worded as on the pathway sheet the citizen holds (kiosk/sheets/strings.py): the same "code",
# "when" and "where", so the page and the sheet read as one thing. Polite forms. The goal names
# are the sheet's own (added below), so the two can never name a goal differently.
WORDS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Your learning pathway",
        "page_title": "Your learning pathway – {code}",
        "code": "Your code",
        "aim": "Your goal",
        "steps": "Steps",
        "none": "No steps yet. Staff at any library can help you choose.",
        "when": "When",
        "where": "Where",
        "access": "Step-free access",
        "gone": "This offer is no longer in the catalogue.",
        "missing": "We could not find a learning project with this code. Please check the code on your sheet.",
    },
    "de": {
        "title": "Ihr Lernweg",
        "page_title": "Ihr Lernweg – {code}",
        "code": "Ihr Code",
        "aim": "Ihr Ziel",
        "steps": "Schritte",
        "none": "Noch keine Schritte. Das Personal jeder Bibliothek hilft Ihnen gern bei der Auswahl.",
        "when": "Wann",
        "where": "Wo",
        "access": "Stufenloser Zugang",
        "gone": "Dieses Angebot steht nicht mehr im Katalog.",
        "missing": "Wir haben kein Lernprojekt mit diesem Code gefunden. Bitte prüfen Sie den Code auf Ihrem Blatt.",
    },
    "el": {
        "title": "Η διαδρομή μάθησής σας",
        "page_title": "Η διαδρομή μάθησής σας – {code}",
        "code": "Ο κωδικός σας",
        "aim": "Ο στόχος σας",
        "steps": "Βήματα",
        "none": "Δεν υπάρχουν ακόμη βήματα. Το προσωπικό κάθε βιβλιοθήκης μπορεί να σας βοηθήσει να διαλέξετε.",
        "when": "Πότε",
        "where": "Πού",
        "access": "Πρόσβαση χωρίς σκαλιά",
        "gone": "Αυτή η δραστηριότητα δεν υπάρχει πια στον κατάλογο.",
        "missing": "Δεν βρήκαμε μαθησιακό σχέδιο με αυτόν τον κωδικό. Παρακαλούμε ελέγξτε τον κωδικό στο φύλλο σας.",
    },
    "ro": {
        "title": "Parcursul dumneavoastră de învățare",
        "page_title": "Parcursul dumneavoastră de învățare – {code}",
        "code": "Codul dumneavoastră",
        "aim": "Obiectivul dumneavoastră",
        "steps": "Pași",
        "none": "Încă nu există pași. Personalul oricărei biblioteci vă poate ajuta să alegeți.",
        "when": "Când",
        "where": "Unde",
        "access": "Acces fără trepte",
        "gone": "Această ofertă nu mai este în catalog.",
        "missing": "Nu am găsit niciun proiect de învățare cu acest cod. Vă rugăm să verificați codul de pe "
                   "foaia dumneavoastră.",
    },
    "es": {
        "title": "Su itinerario de aprendizaje",
        "page_title": "Su itinerario de aprendizaje – {code}",
        "code": "Su código",
        "aim": "Su objetivo",
        "steps": "Pasos",
        "none": "Todavía no hay pasos. El personal de cualquier biblioteca puede ayudarle a elegir.",
        "when": "Cuándo",
        "where": "Dónde",
        "access": "Acceso sin escalones",
        "gone": "Esta oferta ya no está en el catálogo.",
        "missing": "No hemos encontrado ningún proyecto de aprendizaje con este código. Por favor, compruebe "
                   "el código de su hoja.",
    },
    "tr": {
        "title": "Öğrenme yolunuz",
        "page_title": "Öğrenme yolunuz – {code}",
        "code": "Kodunuz",
        "aim": "Hedefiniz",
        "steps": "Adımlar",
        "none": "Henüz adım yok. Herhangi bir kütüphanedeki görevliler seçim yapmanıza yardımcı olabilir.",
        "when": "Ne zaman",
        "where": "Nerede",
        "access": "Basamaksız giriş",
        "gone": "Bu etkinlik artık katalogda yok.",
        "missing": "Bu kodla bir öğrenme projesi bulamadık. Lütfen sayfanızdaki kodu kontrol edin.",
    },
    "uk": {
        "title": "Ваш навчальний шлях",
        "page_title": "Ваш навчальний шлях – {code}",
        "code": "Ваш код",
        "aim": "Ваша мета",
        "steps": "Кроки",
        "none": "Кроків поки немає. Працівники будь-якої бібліотеки допоможуть вам вибрати.",
        "when": "Коли",
        "where": "Де",
        "access": "Вхід без сходинок",
        "gone": "Цієї пропозиції вже немає в каталозі.",
        "missing": "Ми не знайшли навчального проєкту з цим кодом. Будь ласка, перевірте код на вашому аркуші.",
    },
    "ar": {
        "title": "مسارك التعليمي",
        "page_title": "مسارك التعليمي – {code}",
        "code": "رمزك",
        "aim": "هدفك",
        "steps": "الخطوات",
        "none": "لا توجد خطوات بعد. يمكن لموظفي أي مكتبة مساعدتك في الاختيار.",
        "when": "متى",
        "where": "أين",
        "access": "مدخل بلا درجات",
        "gone": "هذا النشاط لم يعد موجودًا في الفهرس.",
        "missing": "لم نجد مشروعًا تعليميًا بهذا الرمز. يُرجى التحقق من الرمز المطبوع على ورقتك.",
    },
}
for _lang, _table in WORDS.items():
    _table.update({key: text for key, text in sheet_strings(_lang).items() if key.startswith("aim_")})
del _lang, _table

FALLBACK = "en"
# Babel locales for dates, the sheet's (en_GB: "Tuesday, 1 December 2026", not "December 1").
LOCALES = {lang: SHEET_LOCALES[lang] for lang in WORDS}
RIGHT_TO_LEFT = {"ar"}
# The kiosk's goal-flow key for the sheet's aim name (kiosk.pathways.request.AIM_ALIASES).
AIM_ALIASES = {"children": "help_children"}


def page_language(lang: str) -> str:
    """The language the page answers in: the goal's own if the page speaks it, else English."""
    return lang if lang in WORDS else FALLBACK


def words(lang: str) -> dict[str, str]:
    return WORDS[page_language(lang)]
