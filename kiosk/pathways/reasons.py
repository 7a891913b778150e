"""Plain-language reasons: a key and parameters the UI can translate, plus English and German words."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from babel import Locale, UnknownLocaleError

# One template per key and language. Parameters are language-neutral (weekday keys, cents,
# level keys); _words() turns them into words first. Other languages plug in as another column.
TEMPLATES: dict[str, dict[str, str]] = {
    "level": {"en": "{level} level", "de": "Niveau: {level}"},
    "weekly": {"en": "{weekdays} {time} at {venue}", "de": "{weekdays} {time} Uhr, {venue}"},
    "once": {"en": "{weekday} {time} at {venue}", "de": "{weekday} {time} Uhr, {venue}"},
    "online": {"en": "online, {weekday} {time}", "de": "online, {weekday} {time} Uhr"},
    "free": {"en": "free", "de": "kostenlos"},
    "cost": {"en": "costs {money}", "de": "kostet {money}"},
    "topic": {"en": "about {topic}", "de": "Thema: {topic}"},
    "words": {"en": "matches what you wrote", "de": "passt zu dem, was Sie geschrieben haben"},
    "basket": {"en": "you chose it", "de": "von Ihnen ausgewählt"},
    "builds_on": {"en": "builds on step {step}", "de": "baut auf Schritt {step} auf"},
    "near": {"en": "{km} km from here", "de": "{km} km von hier"},
    "access": {"en": "{need}", "de": "{need}"},
    "language": {"en": "taught in {language}", "de": "Unterricht auf {language}"},
    # A step not taught in the language the citizen learns best in (a preference, not a filter).
    "taught_in": {"en": "taught in {languages}", "de": "Unterricht auf {languages}"},
    # About the pathway as a whole
    "too_few": {
        "en": "Only {found} steps fit what you asked for. Here are the closest offers; someone can help you find more.",
        "de": "Nur {found} Schritte passen zu Ihren Wünschen. Hier sind die nächstbesten Angebote; jemand kann Ihnen helfen, mehr zu finden.",
    },
    "too_few_one": {
        "en": "Only one step fits what you asked for. Here are the closest offers; someone can help you find more.",
        "de": "Nur ein Schritt passt zu Ihren Wünschen. Hier sind die nächstbesten Angebote; jemand kann Ihnen helfen, mehr zu finden.",
    },
    "nothing_found": {
        "en": "Nothing in the catalogue fits what you asked for right now. Here are the closest offers; someone can help you.",
        "de": "Im Moment passt kein Angebot zu Ihren Wünschen. Hier sind die nächstbesten Angebote; jemand kann Ihnen helfen.",
    },
    "basket_left_out": {"en": "“{title}” could not be fitted in: {why}", "de": "„{title}“ passt nicht hinein: {why}"},
    "ask_help": {"en": "Ask for help: {contact}", "de": "Hilfe bekommen Sie hier: {contact}"},
    "language_few": {
        "en": "Not enough offers are taught in {language}, so some steps are in another language.",
        "de": "Es gibt nicht genug Angebote auf {language}, darum sind einige Schritte in einer anderen Sprache.",
    },
    # Needs the goal flow asks about that no offer's record says anything about.
    "unchecked_needs": {
        "en": "The kiosk cannot check this for you: {needs}. Please ask the provider or the help desk before you go.",
        "de": "Das kann der Kiosk nicht für Sie prüfen: {needs}. Bitte fragen Sie vorher beim Anbieter oder an der "
              "Beratung nach.",
    },
    # Why an offer did not make it
    "why_cost": {"en": "it costs {money}, more than your budget", "de": "es kostet {money}, mehr als Ihr Budget"},
    "why_level": {"en": "it is for the {level} level", "de": "es ist für das Niveau {level}"},
    "why_far": {"en": "it is {km} km away", "de": "es ist {km} km entfernt"},
    "why_access": {"en": "the venue lacks: {need}", "de": "am Ort fehlt: {need}"},
    "why_time": {"en": "it is not on the days and times you gave", "de": "es liegt nicht an Ihren Tagen und Zeiten"},
    "why_busy": {"en": "it clashes with other steps or your weekly time", "de": "es überschneidet sich mit anderen Schritten oder Ihrer Wochenzeit"},
    "why_prerequisite": {"en": "it needs an earlier course first", "de": "es setzt einen anderen Kurs voraus"},
    "why_no_date": {"en": "it has no upcoming dates", "de": "es gibt keine kommenden Termine"},
}
WORDS: dict[str, dict[str, str]] = {
    "beginner": {"en": "beginner", "de": "Anfänger"},
    "intermediate": {"en": "intermediate", "de": "Mittelstufe"},
    "advanced": {"en": "advanced", "de": "Fortgeschrittene"},
    "all": {"en": "any", "de": "alle"},
    "step_free": {"en": "step-free access", "de": "stufenloser Zugang"},
    "hearing_loop": {"en": "hearing loop", "de": "Induktionsschleife"},
    "accessible_toilet": {"en": "accessible toilet", "de": "barrierefreies WC"},
    "childcare": {"en": "childcare", "de": "Kinderbetreuung"},
    "sign_language": {"en": "sign language", "de": "Gebärdensprache"},
    "easy_language": {"en": "easy language", "de": "Einfache Sprache"},
    "language": {"en": "languages", "de": "Sprachen"},
    "digital": {"en": "digital skills", "de": "digitale Kompetenzen"},
    "work": {"en": "work", "de": "Arbeit"},
    "health": {"en": "health", "de": "Gesundheit"},
    "family": {"en": "family", "de": "Familie"},
    "culture": {"en": "culture", "de": "Kultur"},
    "making": {"en": "making and repairing", "de": "Werken und Reparieren"},
    "community": {"en": "community", "de": "Gemeinschaft"},
    "nature": {"en": "nature", "de": "Natur"},
    "money": {"en": "money", "de": "Geld"},
    "reading": {"en": "reading and writing", "de": "Lesen und Schreiben"},
}
WEEKDAYS_PLURAL = {
    "en": ("Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays"),
    "de": ("montags", "dienstags", "mittwochs", "donnerstags", "freitags", "samstags", "sonntags"),
}
FALLBACK = "en"

# Turkish, Ukrainian and Arabic, kept together as their own columns (siz / ви, plain MSA).
# Arabic puts outside text (titles, contacts) in a first-strong isolate (U+2068..U+2069).
_MORE_TEMPLATES: dict[str, dict[str, str]] = {
    "tr": {
        "level": "{level}", "weekly": "{weekdays} {time}, {venue}", "once": "{weekday} {time}, {venue}",
        "online": "çevrim içi, {weekday} {time}", "free": "ücretsiz", "cost": "ücreti {money}",
        "topic": "konu: {topic}", "words": "yazdıklarınıza uyuyor", "basket": "siz seçtiniz",
        "builds_on": "{step}. adımın devamı", "near": "buradan {km} km", "access": "{need}",
        "language": "ders dili: {language}", "taught_in": "ders dili: {languages}",
        "language_few": "Ders dili {language} olan yeterli etkinlik yok; bu yüzden bazı adımlar başka bir dilde.",
        "unchecked_needs": "Kiosk bunu sizin için kontrol edemiyor: {needs}. Gitmeden önce düzenleyene veya "
                           "danışma masasına sorun.",
        "too_few": "İstediklerinize yalnızca {found} adım uyuyor. İşte en yakın etkinlikler; biri daha "
                   "fazlasını bulmanıza yardım edebilir.",
        "too_few_one": "İstediklerinize yalnızca bir adım uyuyor. İşte en yakın etkinlikler; biri daha "
                       "fazlasını bulmanıza yardım edebilir.",
        "nothing_found": "Şu anda katalogda istediklerinize uyan bir şey yok. İşte en yakın etkinlikler; "
                         "biri size yardım edebilir.",
        "basket_left_out": "“{title}” sığdırılamadı: {why}", "ask_help": "Yardım için: {contact}",
        "why_cost": "ücreti {money}, bütçenizden fazla", "why_level": "{level} için", "why_far": "{km} km uzakta", "why_access": "mekânda eksik olan: {need}",
        "why_time": "verdiğiniz gün ve saatlerde değil",
        "why_busy": "başka adımlarla veya haftalık zamanınızla çakışıyor",
        "why_prerequisite": "önce başka bir kurs gerekiyor", "why_no_date": "yakında tarihi yok",
    },
    "uk": {
        "level": "рівень: {level}", "weekly": "{weekdays} о {time}, {venue}", "once": "{weekday} о {time}, {venue}",
        "online": "онлайн, {weekday} о {time}", "free": "безкоштовно", "cost": "коштує {money}",
        "topic": "тема: {topic}", "words": "відповідає тому, що ви написали", "basket": "ви це вибрали",
        "builds_on": "продовжує крок {step}", "near": "{km} км звідси", "access": "{need}",
        "language": "мова занять: {language}", "taught_in": "мова занять: {languages}",
        "language_few": "Замало пропозицій, де мова занять — {language}, тож деякі кроки іншою мовою.",
        "unchecked_needs": "Кіоск не може перевірити це для вас: {needs}. Перш ніж іти, запитайте організатора "
                           "або в довідковому пункті.",
        "too_few": "Вашим побажанням відповідає лише кроків: {found}. Ось найближчі пропозиції; вам "
                   "допоможуть знайти більше.",
        "too_few_one": "Вашим побажанням відповідає лише один крок. Ось найближчі пропозиції; вам "
                       "допоможуть знайти більше.",
        "nothing_found": "Зараз у каталозі немає нічого, що відповідає вашим побажанням. Ось найближчі "
                         "пропозиції; вам допоможуть.",
        "basket_left_out": "«{title}» не вдалося додати: {why}", "ask_help": "Допомога: {contact}",
        "why_cost": "коштує {money}, більше за ваш бюджет", "why_level": "розраховано на рівень: {level}", "why_far": "за {km} км звідси",
        "why_access": "на місці немає: {need}", "why_time": "не у вказані вами дні та години",
        "why_busy": "збігається з іншими кроками або з вашим часом на тиждень",
        "why_prerequisite": "спершу потрібен інший курс", "why_no_date": "найближчих дат немає",
    },
    "ar": {
        "level": "المستوى: {level}", "weekly": "{weekdays} الساعة {time}، \u2068{venue}\u2069",
        "once": "{weekday} الساعة {time}، \u2068{venue}\u2069", "online": "عبر الإنترنت، {weekday} الساعة {time}",
        "free": "مجانًا", "cost": "التكلفة {money}", "topic": "الموضوع: {topic}", "words": "يناسب ما كتبته",
        "basket": "اخترته بنفسك", "builds_on": "يكمل الخطوة {step}", "near": "على بعد {km} كم من هنا",
        "access": "{need}", "language": "لغة التعليم: \u2068{language}\u2069",
        "taught_in": "لغة التعليم: \u2068{languages}\u2069",
        "language_few": "لا توجد أنشطة كافية بلغة التعليم \u2068{language}\u2069، لذلك بعض الخطوات بلغة أخرى.",
        "unchecked_needs": "لا يستطيع الجهاز التحقق من هذا لك: {needs}. اسأل الجهة المنظمة أو مكتب المساعدة قبل "
                           "الذهاب.",
        "too_few": "عدد الخطوات التي تناسب طلبك قليل: {found}. هذه أقرب الأنشطة؛ يمكن لأحد أن يساعدك في "
                   "إيجاد المزيد.",
        "too_few_one": "خطوة واحدة فقط تناسب طلبك. هذه أقرب الأنشطة؛ يمكن لأحد أن يساعدك في إيجاد المزيد.",
        "nothing_found": "لا يوجد الآن في الدليل ما يناسب طلبك. هذه أقرب الأنشطة؛ يمكن لأحد أن يساعدك.",
        "basket_left_out": "تعذّر إدخال «\u2068{title}\u2069»: {why}", "ask_help": "للمساعدة: \u2068{contact}\u2069",
        "why_cost": "تكلفته {money}، أكثر من ميزانيتك", "why_level": "مخصص للمستوى: {level}", "why_far": "على بعد {km} كم", "why_access": "ينقص المكان: {need}",
        "why_time": "ليس في الأيام والأوقات التي اخترتها", "why_busy": "يتعارض مع خطوات أخرى أو مع وقتك الأسبوعي",
        "why_prerequisite": "يحتاج إلى دورة سابقة أولًا", "why_no_date": "لا مواعيد قادمة له",
    },
}
_MORE_WORDS: dict[str, dict[str, str]] = {
    "tr": {"beginner": "başlangıç düzeyi", "intermediate": "orta düzey", "advanced": "ileri düzey",
           "all": "her düzey", "step_free": "basamaksız giriş", "hearing_loop": "işitme döngüsü",
           "accessible_toilet": "engelli tuvaleti", "childcare": "çocuk bakımı",
           "sign_language": "işaret dili", "easy_language": "kolay dil", "language": "diller", "digital": "dijital beceriler",
           "work": "iş", "health": "sağlık", "family": "aile", "culture": "kültür", "making": "el işi ve tamir",
           "community": "toplum", "nature": "doğa", "money": "para", "reading": "okuma ve yazma"},
    "uk": {"beginner": "початковий", "intermediate": "середній", "advanced": "високий", "all": "будь-який",
           "step_free": "вхід без сходинок", "hearing_loop": "індукційна петля",
           "accessible_toilet": "доступний туалет", "childcare": "догляд за дітьми",
           "sign_language": "мова жестів", "easy_language": "проста мова", "language": "мови", "digital": "цифрові навички",
           "work": "робота", "health": "здоров’я", "family": "сім’я", "culture": "культура",
           "making": "майстрування та ремонт", "community": "громада", "nature": "природа", "money": "гроші",
           "reading": "читання та письмо"},
    "ar": {"beginner": "مبتدئ", "intermediate": "متوسط", "advanced": "متقدم", "all": "كل المستويات",
           "step_free": "مدخل بلا درجات", "hearing_loop": "حلقة سمعية", "accessible_toilet": "دورة مياه لذوي الإعاقة",
           "childcare": "رعاية الأطفال", "sign_language": "لغة الإشارة", "easy_language": "لغة سهلة",
           "language": "اللغات", "digital": "المهارات الرقمية", "work": "العمل", "health": "الصحة",
           "family": "الأسرة", "culture": "الثقافة", "making": "الصنع والتصليح", "community": "المجتمع",
           "nature": "الطبيعة", "money": "المال", "reading": "القراءة والكتابة"},
}
WEEKDAYS_PLURAL.update({
    "tr": ("Pazartesileri", "Salıları", "Çarşambaları", "Perşembeleri", "Cumaları", "Cumartesileri", "Pazarları"),
    "uk": ("щопонеділка", "щовівторка", "щосереди", "щочетверга", "щоп’ятниці", "щосуботи", "щонеділі"),
    "ar": ("كل اثنين", "كل ثلاثاء", "كل أربعاء", "كل خميس", "كل جمعة", "كل سبت", "كل أحد"),
})
for _lang, _table in _MORE_TEMPLATES.items():
    for _key, _text in _table.items():
        TEMPLATES[_key][_lang] = _text
for _lang, _table in _MORE_WORDS.items():
    for _key, _text in _table.items():
        WORDS[_key][_lang] = _text

# Spanish, Greek and Romanian, likewise their own columns (usted, polite plural, dumneavoastră).
_ES_EL_RO_TEMPLATES: dict[str, dict[str, str]] = {
    "es": {
        "level": "nivel: {level}", "weekly": "{weekdays} a las {time}, {venue}",
        "once": "{weekday} a las {time}, {venue}", "online": "en línea, {weekday} a las {time}",
        "free": "gratis", "cost": "cuesta {money}", "topic": "sobre {topic}",
        "words": "encaja con lo que escribió", "basket": "lo eligió usted", "builds_on": "sigue al paso {step}",
        "near": "a {km} km de aquí", "access": "{need}", "language": "en {language}", "taught_in": "en {languages}",
        "language_few": "No hay suficientes actividades en {language}, así que algunos pasos son en otro idioma.",
        "unchecked_needs": "El quiosco no puede comprobar esto por usted: {needs}. Pregunte al organizador o en el "
                           "punto de ayuda antes de ir.",
        "too_few": "Solo {found} pasos encajan con lo que pidió. Aquí tiene las actividades más parecidas; "
                   "alguien puede ayudarle a encontrar más.",
        "too_few_one": "Solo un paso encaja con lo que pidió. Aquí tiene las actividades más parecidas; "
                       "alguien puede ayudarle a encontrar más.",
        "nothing_found": "Ahora mismo nada del catálogo encaja con lo que pidió. Aquí tiene las actividades "
                         "más parecidas; alguien puede ayudarle.",
        "basket_left_out": "«{title}» no cabe: {why}", "ask_help": "Pida ayuda: {contact}",
        "why_cost": "cuesta {money}, más de lo que quiere gastar", "why_level": "es para el nivel {level}", "why_far": "está a {km} km", "why_access": "al lugar le falta: {need}",
        "why_time": "no es en los días y horas que indicó",
        "why_busy": "coincide con otros pasos o con su tiempo semanal",
        "why_prerequisite": "antes hace falta otro curso", "why_no_date": "no tiene próximas fechas",
    },
    "el": {
        "level": "επίπεδο: {level}", "weekly": "{weekdays} στις {time}, {venue}",
        "once": "{weekday} στις {time}, {venue}", "online": "διαδικτυακά, {weekday} στις {time}",
        "free": "δωρεάν", "cost": "κοστίζει {money}", "topic": "θέμα: {topic}",
        "words": "ταιριάζει με ό,τι γράψατε", "basket": "το διαλέξατε εσείς", "builds_on": "συνεχίζει το βήμα {step}",
        "near": "{km} χλμ. από εδώ", "access": "{need}", "language": "γλώσσα: {language}",
        "taught_in": "γλώσσα: {languages}",
        "language_few": "Λίγες δραστηριότητες γίνονται σε αυτή τη γλώσσα: {language}. Γι’ αυτό κάποια βήματα "
                        "είναι σε άλλη γλώσσα.",
        "unchecked_needs": "Το περίπτερο δεν μπορεί να το ελέγξει για εσάς: {needs}. Ρωτήστε τον διοργανωτή ή το "
                           "γραφείο βοήθειας πριν πάτε.",
        "too_few": "Μόνο {found} βήματα ταιριάζουν με ό,τι ζητήσατε. Εδώ είναι οι πιο κοντινές δραστηριότητες· "
                   "κάποιος μπορεί να σας βοηθήσει να βρείτε κι άλλες.",
        "too_few_one": "Μόνο ένα βήμα ταιριάζει με ό,τι ζητήσατε. Εδώ είναι οι πιο κοντινές δραστηριότητες· "
                       "κάποιος μπορεί να σας βοηθήσει να βρείτε κι άλλες.",
        "nothing_found": "Αυτή τη στιγμή τίποτα στον κατάλογο δεν ταιριάζει με ό,τι ζητήσατε. Εδώ είναι οι πιο "
                         "κοντινές δραστηριότητες· κάποιος μπορεί να σας βοηθήσει.",
        "basket_left_out": "«{title}» δεν χώρεσε: {why}", "ask_help": "Ζητήστε βοήθεια: {contact}",
        "why_cost": "κοστίζει {money}, πάνω από όσα θέλετε να δώσετε", "why_level": "είναι για το επίπεδο: {level}", "why_far": "είναι {km} χλμ. μακριά",
        "why_access": "στον χώρο λείπει: {need}", "why_time": "δεν είναι στις μέρες και ώρες που δώσατε",
        "why_busy": "συμπίπτει με άλλα βήματα ή με τον χρόνο σας την εβδομάδα",
        "why_prerequisite": "χρειάζεται πρώτα άλλο μάθημα", "why_no_date": "δεν έχει επόμενες ημερομηνίες",
    },
    "ro": {
        "level": "nivel: {level}", "weekly": "{weekdays} la {time}, {venue}",
        "once": "{weekday} la {time}, {venue}", "online": "online, {weekday} la {time}",
        "free": "gratuit", "cost": "costă {money}", "topic": "despre {topic}",
        "words": "se potrivește cu ce ați scris", "basket": "l-ați ales dumneavoastră",
        "builds_on": "continuă pasul {step}", "near": "la {km} km de aici", "access": "{need}",
        "language": "în limba {language}", "taught_in": "se predă în {languages}",
        "language_few": "Prea puține oferte se predau în limba {language}, așa că unii pași sunt în altă limbă.",
        "unchecked_needs": "Chioșcul nu poate verifica asta pentru dumneavoastră: {needs}. Întrebați organizatorul "
                           "sau biroul de ajutor înainte să mergeți.",
        "too_few": "Doar {found} pași se potrivesc cu ce ați cerut. Iată ofertele cele mai apropiate; cineva "
                   "vă poate ajuta să găsiți mai multe.",
        "too_few_one": "Doar un pas se potrivește cu ce ați cerut. Iată ofertele cele mai apropiate; cineva "
                       "vă poate ajuta să găsiți mai multe.",
        "nothing_found": "Acum nimic din catalog nu se potrivește cu ce ați cerut. Iată ofertele cele mai "
                         "apropiate; cineva vă poate ajuta.",
        "basket_left_out": "„{title}” nu a încăput: {why}", "ask_help": "Cereți ajutor: {contact}",
        "why_cost": "costă {money}, mai mult decât vreți să dați", "why_level": "este pentru nivelul {level}", "why_far": "este la {km} km",
        "why_access": "locului îi lipsește: {need}", "why_time": "nu este în zilele și orele alese",
        "why_busy": "se suprapune cu alți pași sau cu timpul dumneavoastră săptămânal",
        "why_prerequisite": "are nevoie mai întâi de alt curs", "why_no_date": "nu are date viitoare",
    },
}
_ES_EL_RO_WORDS: dict[str, dict[str, str]] = {
    "es": {"beginner": "principiante", "intermediate": "intermedio", "advanced": "avanzado", "all": "todos",
           "step_free": "acceso sin escalones", "hearing_loop": "bucle magnético", "accessible_toilet": "aseo accesible",
           "childcare": "cuidado de niños", "sign_language": "lengua de signos", "easy_language": "lenguaje sencillo",
           "language": "idiomas", "digital": "competencias digitales", "work": "trabajo", "health": "salud",
           "family": "familia", "culture": "cultura", "making": "hacer y reparar", "community": "comunidad",
           "nature": "naturaleza", "money": "dinero", "reading": "leer y escribir"},
    "el": {"beginner": "αρχάριοι", "intermediate": "μεσαίο", "advanced": "προχωρημένοι", "all": "όλα",
           "step_free": "πρόσβαση χωρίς σκαλιά", "hearing_loop": "επαγωγικός βρόχος",
           "accessible_toilet": "προσβάσιμη τουαλέτα", "childcare": "φύλαξη παιδιών",
           "sign_language": "νοηματική γλώσσα", "easy_language": "απλή γλώσσα", "language": "γλώσσες", "digital": "ψηφιακές δεξιότητες",
           "work": "εργασία", "health": "υγεία", "family": "οικογένεια", "culture": "πολιτισμός",
           "making": "κατασκευές και επισκευές", "community": "κοινότητα", "nature": "φύση", "money": "χρήματα",
           "reading": "ανάγνωση και γραφή"},
    "ro": {"beginner": "începător", "intermediate": "mediu", "advanced": "avansat", "all": "toate",
           "step_free": "acces fără trepte", "hearing_loop": "buclă de inducție", "accessible_toilet": "toaletă accesibilă",
           "childcare": "supraveghere copii", "sign_language": "limbaj mimico-gestual", "easy_language": "limbaj simplu",
           "language": "limbi străine", "digital": "competențe digitale", "work": "muncă", "health": "sănătate",
           "family": "familie", "culture": "cultură", "making": "meșteșuguri și reparații", "community": "comunitate",
           "nature": "natură", "money": "bani", "reading": "citit și scris"},
}
WEEKDAYS_PLURAL.update({
    "es": ("los lunes", "los martes", "los miércoles", "los jueves", "los viernes", "los sábados", "los domingos"),
    "el": ("κάθε Δευτέρα", "κάθε Τρίτη", "κάθε Τετάρτη", "κάθε Πέμπτη", "κάθε Παρασκευή", "κάθε Σάββατο", "κάθε Κυριακή"),
    "ro": ("lunea", "marțea", "miercurea", "joia", "vinerea", "sâmbăta", "duminica"),
})
for _lang, _table in _ES_EL_RO_TEMPLATES.items():
    for _key, _text in _table.items():
        TEMPLATES[_key][_lang] = _text
for _lang, _table in _ES_EL_RO_WORDS.items():
    for _key, _text in _table.items():
        WORDS[_key][_lang] = _text


@dataclass(frozen=True)
class Reason:
    """Why something is (or is not) in a pathway: ``key`` and language-neutral ``params``."""

    key: str
    params: dict[str, Any] = field(default_factory=dict, hash=False)

    def text(self, lang: str = "en") -> str:
        if self.key == "builds_on" and self.params.get("step") is None:
            return ""  # the step it builds on was removed or swapped away (kiosk.pathways.edit)
        # "Only 1 steps" reads wrong: a count of one has its own wording where a template has one.
        one = f"{self.key}_one"
        templates = TEMPLATES[one if self.params.get("found") == 1 and one in TEMPLATES else self.key]
        template = templates.get(lang) or templates[FALLBACK]
        lang = lang if lang in templates else FALLBACK
        return template.format(**_words(self.params, lang))

    def as_dict(self) -> dict[str, Any]:
        return {"key": self.key, "params": dict(self.params)}


def word(key: str, lang: str) -> str:
    entry = WORDS.get(key)
    if entry is None:
        return key
    return entry.get(lang) or entry[FALLBACK]


def language_name(code: str, lang: str) -> str:
    """A language's name in ``lang`` ("Deutsch", "German"), from the CLDR data Babel ships."""
    try:
        return Locale.parse(lang).languages.get(code, code)
    except (UnknownLocaleError, ValueError):
        return code


def money(cents: int, lang: str) -> str:
    from kiosk.locales import money as in_locale

    return in_locale(cents, lang)


def _words(params: dict[str, Any], lang: str) -> dict[str, Any]:
    out = dict(params)
    if "level" in params:
        out["level"] = word(params["level"], lang)
    if "need" in params:
        out["need"] = word(params["need"], lang)
    if "needs" in params:
        out["needs"] = ("، " if lang == "ar" else ", ").join(word(n, lang) for n in params["needs"])
    if "topic" in params:
        out["topic"] = word(params["topic"], lang)
    if "cents" in params:
        out["money"] = money(params["cents"], lang)
    if "km" in params:
        from babel.numbers import format_decimal

        from kiosk.locales import format_locale

        out["km"] = format_decimal(params["km"], "0.0", locale=format_locale(lang))
    if "weekday" in params:
        index = ("mon", "tue", "wed", "thu", "fri", "sat", "sun").index(params["weekday"])
        plural = WEEKDAYS_PLURAL.get(lang, WEEKDAYS_PLURAL[FALLBACK])
        out["weekdays"] = plural[index]
        out["weekday"] = _weekday_name(index, lang)
    if "lang" in params:
        out["language"] = language_name(params["lang"], lang)
    if "langs" in params:
        out["languages"] = ("، " if lang == "ar" else ", ").join(language_name(code, lang) for code in params["langs"])
    if "why" in params:
        out["why"] = Reason(params["why"], params.get("why_params", {})).text(lang)
    return out


def _weekday_name(index: int, lang: str) -> str:
    try:
        names = Locale.parse(lang).days["format"]["wide"]
    except (UnknownLocaleError, ValueError):
        names = Locale.parse(FALLBACK).days["format"]["wide"]
    return names[index]
