"""Topic keys and the words citizens use for them, so "Sprache" or "γλώσσα" finds language offers."""

from __future__ import annotations

# Search words per topic (all languages mixed: they only feed the search index).
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


def topic_search_words(topics: list[str]) -> str:
    """The index text for an offer's topics: its keys plus every word for them."""
    words: list[str] = []
    for topic in topics:
        words.append(topic)
        words.extend(TOPIC_WORDS.get(topic, ()))
    return " ".join(words)
