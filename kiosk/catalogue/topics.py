"""Topic keys and the words citizens use for them, so "Sprache", "γλώσσα" or "alemán" finds language offers."""

from __future__ import annotations

from functools import lru_cache

from kiosk.catalogue.folding import fold

# Words indexed with each offer of a topic (all languages mixed). Every one costs index room and
# pull time in every offer: more words go in TYPED_TOPIC_WORDS below, which cost nothing there.
TOPIC_WORDS: dict[str, tuple[str, ...]] = {
    "language": ("language", "Sprache", "Sprachen", "idioma", "γλώσσα", "limbă", "dil", "мова", "لغة"),
    "digital": ("digital", "computer", "Computer", "internet", "smartphone", "ψηφιακά", "calculator", "bilgisayar", "комп'ютер", "حاسوب"),
    "work": ("work", "job", "Arbeit", "Beruf", "trabajo", "εργασία", "muncă", "iş", "робота", "عمل"),
    "health": ("health", "Gesundheit", "salud", "υγεία", "sănătate", "sağlık", "здоров'я", "صحة"),
    "family": ("family", "children", "Familie", "Kinder", "familia", "οικογένεια", "familie", "aile", "сім'я", "عائلة"),
    "culture": ("culture", "art", "Kultur", "Kunst", "cultura", "πολιτισμός", "cultură", "kültür", "культура", "ثقافة"),
    "making": ("making", "repair", "craft", "Handwerk", "Reparatur", "taller", "κατασκευή", "atelier", "tamir", "ремонт", "حرفة"),
    "community": ("community", "volunteering", "Ehrenamt", "Nachbarschaft", "comunidad", "κοινότητα", "comunitate", "topluluk", "громада", "مجتمع"),
    "nature": ("nature", "garden", "Natur", "Garten", "naturaleza", "φύση", "natură", "doğa", "природа", "طبيعة"),
    "money": ("money", "budget", "Geld", "Finanzen", "dinero", "χρήματα", "bani", "para", "гроші", "مال"),
    "reading": ("reading", "writing", "Lesen", "Schreiben", "lectura", "ανάγνωση", "lectură", "okuma", "читання", "قراءة"),
}


# Words citizens type for a topic, in every language: every word of each topic tile's label (a
# test checks that), and the plural or singular people use. Arabic words come with and without
# their article, which the index does not split off. A typed word that starts one of these also
# finds the topic's offers (search.match_expression): the words cost nothing in the index.
TYPED_TOPIC_WORDS: dict[str, tuple[str, ...]] = {
    "language": (
        "language", "languages", "Sprache", "Sprachen", "idioma", "idiomas", "γλώσσα", "γλώσσες",
        "limbă", "limbi", "străine", "dil", "diller", "мова", "мови", "لغة", "اللغات",
    ),
    "digital": (
        "digital", "computer", "computers", "internet", "smartphone", "Handy", "ordenador",
        "ordenadores", "móvil", "ψηφιακά", "υπολογιστής", "υπολογιστές", "ίντερνετ", "κινητό",
        "κινητά", "calculator", "calculatoare", "telefon", "bilgisayar", "комп'ютер", "інтернет",
        "телефон", "حاسوب", "الحاسوب", "الإنترنت", "إنترنت", "هاتف",
    ),
    "work": (
        "work", "job", "jobs", "Arbeit", "Beruf", "Bewerbung", "trabajo", "empleo", "εργασία",
        "δουλειά", "καριέρα", "muncă", "meserii", "meserie", "iş", "meslek", "робота", "професія",
        "عمل", "العمل", "الوظائف", "وظيفة",
    ),
    "health": ("health", "Gesundheit", "salud", "υγεία", "sănătate", "sağlık", "здоров'я", "صحة", "الصحة"),
    "family": (
        "family", "children", "kids", "parents", "Familie", "Kinder", "Eltern", "familia", "hijos",
        "niños", "οικογένεια", "παιδιά", "copii", "părinți", "aile", "çocuk", "çocuklar", "сім'я",
        "діти", "батьки", "عائلة", "الأسرة", "أسرة", "الأطفال", "أطفال",
    ),
    "culture": (
        "culture", "art", "Kultur", "Kunst", "cultura", "arte", "πολιτισμός", "τέχνη", "cultură",
        "artă", "kültür", "sanat", "культура", "мистецтво", "ثقافة", "الثقافة", "الفن", "فن",
    ),
    "making": (
        "making", "repair", "repairing", "craft", "Handwerk", "Basteln", "Reparatur", "Reparieren",
        "taller", "hacer", "reparar", "κατασκευή", "κατασκευές", "επισκευές", "atelier",
        "meșteșuguri", "reparații", "tamir", "işi", "elişi", "ремонт", "майстрування", "حرفة", "الصنع", "التصليح",
        "تصليح",
    ),
    "community": (
        "community", "volunteering", "neighbourhood", "Ehrenamt", "Nachbarschaft", "comunidad",
        "barrio", "voluntariado", "κοινότητα", "γειτονιά", "εθελοντισμός", "comunitate", "cartier",
        "voluntariat", "topluluk", "mahalle", "gönüllülük", "громада", "волонтерство", "مجتمع",
        "الحي", "التطوع", "تطوع",
    ),
    "nature": (
        "nature", "garden", "Natur", "Garten", "naturaleza", "jardín", "φύση", "κήπος", "natură",
        "grădină", "doğa", "bahçe", "природа", "сад", "طبيعة", "الطبيعة", "الحدائق", "حديقة",
    ),
    "money": ("money", "budget", "Geld", "Finanzen", "dinero", "χρήματα", "bani", "para", "гроші", "مال", "المال"),
    "reading": (
        "reading", "writing", "Lesen", "Schreiben", "lectura", "leer", "escribir", "ανάγνωση",
        "γραφή", "lectură", "citit", "scris", "okuma", "yazma", "читання", "письмо", "قراءة",
        "القراءة", "الكتابة", "كتابة",
    ),
}


def topic_search_words(topics: list[str]) -> str:
    """The index text for an offer's topics: its keys plus every word for them."""
    words: list[str] = []
    for topic in topics:
        words.append(topic)
        words.extend(TOPIC_WORDS.get(topic, ()))
    return " ".join(words)


TYPED_MIN = 3  # "c" or "co" starts too many words to mean a topic

# The names, in the kiosk's languages, of the two languages a city's offers are titled in: typed,
# they also find the titles' own word ("alemán" finds "Deutsch für den Alltag"), not every
# language course.
LANGUAGE_NAMES: dict[tuple[str, ...], tuple[str, ...]] = {
    ("deutsch", "german"): ("alemán", "γερμανικά", "germană", "Almanca", "німецька", "الألمانية", "ألمانية"),
    ("englisch", "english"): ("inglés", "αγγλικά", "engleză", "İngilizce", "англійська", "الإنجليزية", "إنجليزية"),
}


@lru_cache(maxsize=1)
def _typed() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(folded word, the index words it also finds): a topic's key, or a language's own name."""
    topics = [(fold(word), (topic,)) for topic, words in TYPED_TOPIC_WORDS.items() for word in words]
    names = [(fold(name), own) for own, names in LANGUAGE_NAMES.items() for name in names]
    return tuple(topics + names)


@lru_cache(maxsize=1024)
def words_typed(folded: str) -> tuple[str, ...]:
    """The index words a word being typed (already folded) also finds: the keys of the topics
    one of whose words it starts, and a language's own name for its name in another language."""
    if len(folded) < TYPED_MIN:
        return ()
    return tuple(dict.fromkeys(w for word, also in _typed() if word.startswith(folded) for w in also))
