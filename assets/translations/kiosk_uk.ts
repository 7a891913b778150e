<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Learn something new in your city</source>
        <translation>Дізнайтеся щось нове у своєму місті</translation>
    </message>
    <message>
        <source>Learn new things near you. Many are free.</source>
        <translation>Дізнавайтеся нове поруч із вами. Багато чого безкоштовно.</translation>
    </message>
    <message>
        <source>Courses, workshops and meet-ups near you. Many are free.</source>
        <translation>Курси, майстер-класи та зустрічі поруч із вами. Багато з них безкоштовні.</translation>
    </message>
    <message>
        <source>%1 offers to discover</source>
        <translation>Пропозицій для вас: %1</translation>
    </message>
    <message>
        <source>Easy read</source>
        <translation>Легке читання</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Великий текст</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Високий контраст</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation>Торкніться, щоб почати</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Оберіть мову</translation>
    </message>
</context>
<context>
    <name>BasketScreen</name>
    <message>
        <source>My list</source>
        <translation>Мій список</translation>
    </message>
    <message>
        <source>Nothing here yet. Open an offer and touch &quot;Add to my list&quot;.</source>
        <translation>Тут поки нічого немає. Відкрийте пропозицію й торкніться «Додати до мого списку».</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Прибрати</translation>
    </message>
    <message>
        <source>Removing an offer from this list does not cancel your sign-up.</source>
        <translation>Якщо прибрати пропозицію з цього списку, ваш запис не скасовується.</translation>
    </message>
    <message>
        <source>See the pathway for my goal</source>
        <translation>Переглянути шлях до моєї мети</translation>
    </message>
    <message>
        <source>Record another learning goal</source>
        <translation>Записати ще одну навчальну мету</translation>
    </message>
    <message>
        <source>Record my learning goal</source>
        <translation>Записати мою навчальну мету</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Назад</translation>
    </message>
    <message>
        <source>Find more offers</source>
        <translation>Знайти ще пропозиції</translation>
    </message>
</context>
<context>
    <name>DetailsScreen</name>
    <message>
        <source>For beginners</source>
        <translation>Для початківців</translation>
    </message>
    <message>
        <source>Some experience needed</source>
        <translation>Потрібен певний досвід</translation>
    </message>
    <message>
        <source>For advanced learners</source>
        <translation>Для досвідчених</translation>
    </message>
    <message>
        <source>For everyone</source>
        <translation>Для всіх</translation>
    </message>
    <message>
        <source>as last known at %1</source>
        <translation>станом на %1</translation>
    </message>
    <message>
        <source>as last known</source>
        <translation>за останніми даними</translation>
    </message>
    <message>
        <source>Full (%1)</source>
        <translation>Місць немає (%1)</translation>
    </message>
    <message>
        <source>Places left: %1 (%2)</source>
        <translation>Вільних місць: %1 (%2)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <source>This offer is no longer available.</source>
        <translation>Цієї пропозиції більше немає.</translation>
    </message>
    <message>
        <source>This offer cannot be shown right now. Please ask a member of staff.</source>
        <translation>Цю пропозицію зараз не можна показати. Зверніться, будь ласка, до працівника.</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Організатор: %1</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Безкоштовно</translation>
    </message>
    <message>
        <source>Taught in: %1</source>
        <translation>Мова занять: %1</translation>
    </message>
    <message>
        <source>The provider describes this offer in %1 only.</source>
        <translation>Організатор описує цю пропозицію лише такою мовою: %1.</translation>
    </message>
    <message>
        <source>Bring: %1</source>
        <translation>Візьміть із собою: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>No dates yet. Ask the provider when it starts.</source>
        <translation>Дат ще немає. Запитайте в організатора, коли початок.</translation>
    </message>
    <message>
        <source>No sign-up needed: just come along.</source>
        <translation>Записуватися не потрібно: просто приходьте.</translation>
    </message>
    <message>
        <source>Touch a date to choose it.</source>
        <translation>Торкніться дати, щоб її вибрати.</translation>
    </message>
    <message>
        <source>…and %1 more dates.</source>
        <translation>…та інші дати (ще %1).</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Де</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <source>How to get there: %1</source>
        <translation>Як дістатися: %1</translation>
    </message>
    <message>
        <source>Opening hours: %1</source>
        <translation>Години роботи: %1</translation>
    </message>
    <message>
        <source>Step-free access</source>
        <translation>Вхід без сходинок</translation>
    </message>
    <message>
        <source>Not step-free</source>
        <translation>Є сходинки</translation>
    </message>
    <message>
        <source>Hearing loop</source>
        <translation>Індукційна петля</translation>
    </message>
    <message>
        <source>No hearing loop</source>
        <translation>Немає індукційної петлі</translation>
    </message>
    <message>
        <source>Accessible toilet</source>
        <translation>Доступний туалет</translation>
    </message>
    <message>
        <source>No accessible toilet</source>
        <translation>Немає доступного туалету</translation>
    </message>
    <message>
        <source>Questions?</source>
        <translation>Є запитання?</translation>
    </message>
    <message>
        <source>This date is full. You can join its waiting list, or choose another date.</source>
        <translation>На цю дату місць немає. Ви можете стати в список очікування або вибрати іншу дату.</translation>
    </message>
    <message>
        <source>Choose the next date with places</source>
        <translation>Вибрати найближчу дату з місцями</translation>
    </message>
    <message>
        <source>Join the waiting list</source>
        <translation>Стати в список очікування</translation>
    </message>
    <message>
        <source>Sign me up</source>
        <translation>Записатися</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Назад</translation>
    </message>
    <message>
        <source>On my list</source>
        <translation>У моєму списку</translation>
    </message>
    <message>
        <source>Add to my list</source>
        <translation>Додати до мого списку</translation>
    </message>
</context>
<context>
    <name>DiscoverScreen</name>
    <message>
        <source>Languages</source>
        <translation>Мови</translation>
    </message>
    <message>
        <source>Computers &amp; internet</source>
        <translation>Комп’ютер та інтернет</translation>
    </message>
    <message>
        <source>Work &amp; jobs</source>
        <translation>Робота та професія</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Здоров’я</translation>
    </message>
    <message>
        <source>Family &amp; children</source>
        <translation>Сім’я та діти</translation>
    </message>
    <message>
        <source>Culture &amp; art</source>
        <translation>Культура та мистецтво</translation>
    </message>
    <message>
        <source>Making &amp; repairing</source>
        <translation>Майстрування та ремонт</translation>
    </message>
    <message>
        <source>Neighbourhood &amp; volunteering</source>
        <translation>Громада та волонтерство</translation>
    </message>
    <message>
        <source>Nature &amp; garden</source>
        <translation>Природа та сад</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Гроші</translation>
    </message>
    <message>
        <source>Reading &amp; writing</source>
        <translation>Читання та письмо</translation>
    </message>
    <message>
        <source>Loading offers…</source>
        <translation>Завантаження пропозицій…</translation>
    </message>
    <message>
        <source>Offers found: %1</source>
        <translation>Знайдено пропозицій: %1</translation>
    </message>
    <message>
        <source>Find something to learn</source>
        <translation>Знайдіть, чого навчитися</translation>
    </message>
    <message>
        <source>Nothing found. Try other words.</source>
        <translation>Нічого не знайдено. Спробуйте інші слова.</translation>
    </message>
    <message>
        <source>No offers found — try fewer filters or other words.</source>
        <translation>Нічого не знайдено. Спробуйте менше фільтрів або інші слова.</translation>
    </message>
    <message>
        <source>The offers cannot be shown right now. Please ask a member of staff.</source>
        <translation>Пропозиції зараз не можна показати. Зверніться, будь ласка, до працівника.</translation>
    </message>
    <message>
        <source>Search: a topic, a place, a word…</source>
        <translation>Пошук: тема, місце, слово…</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Цього тижня</translation>
    </message>
    <message>
        <source>Free only</source>
        <translation>Лише безкоштовні</translation>
    </message>
    <message>
        <source>Mornings</source>
        <translation>Зранку</translation>
    </message>
    <message>
        <source>Afternoons</source>
        <translation>Удень</translation>
    </message>
    <message>
        <source>Evenings</source>
        <translation>Увечері</translation>
    </message>
    <message>
        <source>Step-free access</source>
        <translation>Вхід без сходинок</translation>
    </message>
    <message>
        <source>Taught in my language</source>
        <translation>Моєю мовою</translation>
    </message>
    <message>
        <source>✕ Clear filters</source>
        <translation>✕ Скинути фільтри</translation>
    </message>
</context>
<context>
    <name>GoalScreen</name>
    <message>
        <source>Find a job</source>
        <translation>Знайти роботу</translation>
    </message>
    <message>
        <source>Change my job</source>
        <translation>Змінити роботу</translation>
    </message>
    <message>
        <source>Learn German</source>
        <translation>Вивчити німецьку</translation>
    </message>
    <message>
        <source>Learn another language</source>
        <translation>Вивчити іншу мову</translation>
    </message>
    <message>
        <source>Computers &amp; phones</source>
        <translation>Комп’ютер і телефон</translation>
    </message>
    <message>
        <source>Help my children</source>
        <translation>Допомагати своїм дітям</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Здоров’я</translation>
    </message>
    <message>
        <source>Culture &amp; creativity</source>
        <translation>Культура та творчість</translation>
    </message>
    <message>
        <source>Community &amp; volunteering</source>
        <translation>Громада та волонтерство</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Щось інше</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Понеділок</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Вівторок</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Середа</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Четвер</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>П’ятниця</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Субота</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Неділя</translation>
    </message>
    <message>
        <source>Mornings</source>
        <translation>Зранку</translation>
    </message>
    <message>
        <source>Afternoons</source>
        <translation>Удень</translation>
    </message>
    <message>
        <source>Evenings</source>
        <translation>Увечері</translation>
    </message>
    <message>
        <source>No steps (wheelchair, pram)</source>
        <translation>Без сходинок (крісло колісне, дитячий візок)</translation>
    </message>
    <message>
        <source>Hearing loop</source>
        <translation>Індукційна петля</translation>
    </message>
    <message>
        <source>Accessible toilet</source>
        <translation>Доступний туалет</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Догляд за дітьми</translation>
    </message>
    <message>
        <source>Sign language</source>
        <translation>Мова жестів</translation>
    </message>
    <message>
        <source>Easy language</source>
        <translation>Проста мова</translation>
    </message>
    <message>
        <source>More than 6 hours</source>
        <translation>Понад 6 годин</translation>
    </message>
    <message numerus="yes">
        <source>About %n h a week</source>
        <translation>
            <numerusform>Близько %n год на тиждень</numerusform>
            <numerusform>Близько %n год на тиждень</numerusform>
            <numerusform>Близько %n год на тиждень</numerusform>
        </translation>
    </message>
    <message>
        <source>Any distance</source>
        <translation>Відстань не важлива</translation>
    </message>
    <message>
        <source>Up to %1 km</source>
        <translation>До %1 км</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>Чого ви хочете досягти?</translation>
    </message>
    <message>
        <source>In your own words (if you like)</source>
        <translation>Своїми словами (за бажанням)</translation>
    </message>
    <message>
        <source>How much time do you have each week?</source>
        <translation>Скільки часу на тиждень у вас є?</translation>
    </message>
    <message>
        <source>Which days and times suit you?</source>
        <translation>Які дні та години вам підходять?</translation>
    </message>
    <message>
        <source>What may it cost?</source>
        <translation>Скільки це може коштувати?</translation>
    </message>
    <message>
        <source>Which language do you learn best in?</source>
        <translation>Якою мовою вам найлегше навчатися?</translation>
    </message>
    <message>
        <source>How far will you go?</source>
        <translation>Як далеко ви готові їхати?</translation>
    </message>
    <message>
        <source>Do you need any of these?</source>
        <translation>Чи потрібно вам щось із цього?</translation>
    </message>
    <message>
        <source>Is this right?</source>
        <translation>Усе правильно?</translation>
    </message>
    <message>
        <source>Your learning goal is saved</source>
        <translation>Вашу навчальну мету збережено</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Мета: %1</translation>
    </message>
    <message>
        <source>In your words: %1</source>
        <translation>Вашими словами: %1</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Час: %1</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Коли: %1</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Вартість: %1</translation>
    </message>
    <message>
        <source>a small fee is fine</source>
        <translation>можна за невелику плату</translation>
    </message>
    <message>
        <source>free only</source>
        <translation>лише безкоштовно</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Мова: %1</translation>
    </message>
    <message>
        <source>Distance: %1</source>
        <translation>Відстань: %1</translation>
    </message>
    <message>
        <source>Needs: %1</source>
        <translation>Потреби: %1</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Крок %1 з %2</translation>
    </message>
    <message>
        <source>For example: &quot;I want to write e-mails to my grandson.&quot; You can also skip this.</source>
        <translation>Наприклад: «Я хочу писати онукові електронні листи». Цей крок можна пропустити.</translation>
    </message>
    <message>
        <source>Type here…</source>
        <translation>Пишіть тут…</translation>
    </message>
    <message>
        <source>Free only</source>
        <translation>Лише безкоштовні</translation>
    </message>
    <message>
        <source>A small fee is fine</source>
        <translation>Можна за невелику плату</translation>
    </message>
    <message>
        <source>Your goal could not be saved. Nothing was lost: please try again, or ask a member of staff.</source>
        <translation>Вашу мету не вдалося зберегти. Нічого не втрачено: спробуйте ще раз або зверніться до працівника.</translation>
    </message>
    <message>
        <source>Your claim code. Please note it down: with it, staff can find your goal.</source>
        <translation>Ваш персональний код. Запишіть його: за ним працівники знайдуть вашу мету.</translation>
    </message>
    <message>
        <source>This kiosk sends your goal to the city&apos;s learning hub and then deletes your own words here. With the claim code, staff and mentors can find your goal.</source>
        <translation>Цей кіоск надсилає вашу мету до навчального центру міста, а потім видаляє тут ваші власні слова. За персональним кодом працівники й наставники знайдуть вашу мету.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далі</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Пропустити</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Збереження…</translation>
    </message>
    <message>
        <source>Save my learning goal</source>
        <translation>Зберегти мою навчальну мету</translation>
    </message>
    <message>
        <source>See my pathway</source>
        <translation>Переглянути мій шлях</translation>
    </message>
    <message>
        <source>Find offers</source>
        <translation>Знайти пропозиції</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Назад</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Ви ще тут?</translation>
    </message>
    <message>
        <source>Seconds left: %1. Then this kiosk starts over and forgets what you entered.</source>
        <translation>Залишилося секунд: %1. Потім кіоск почне спочатку й забуде все, що ви ввели.</translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>Мені потрібно більше часу</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Choose your language</source>
        <translation>Оберіть мову</translation>
    </message>
    <message>
        <source>Make it easier to read</source>
        <translation>Легше читати</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>CONNECT Learning Kiosk</source>
        <translation>Навчальний кіоск CONNECT</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Start over</source>
        <translation>Почати спочатку</translation>
    </message>
    <message>
        <source>My learning goal</source>
        <translation>Моя мета</translation>
    </message>
    <message>
        <source>My list (%1)</source>
        <translation>Мій список (%1)</translation>
    </message>
</context>
<context>
    <name>OfferTile</name>
    <message>
        <source>Today, %1</source>
        <translation>Сьогодні, %1</translation>
    </message>
    <message>
        <source>Tomorrow, %1</source>
        <translation>Завтра, %1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <source>No dates yet</source>
        <translation>Дат ще немає</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Безкоштовно</translation>
    </message>
</context>
<context>
    <name>PathwayScreen</name>
    <message>
        <source>No sign-up needed — just come</source>
        <translation>Записуватися не потрібно — просто приходьте</translation>
    </message>
    <message>
        <source>Signed up — waiting for the provider to confirm</source>
        <translation>Ви записані — чекаємо на підтвердження організатора</translation>
    </message>
    <message>
        <source>Signed up — your place is confirmed</source>
        <translation>Ви записані — ваше місце підтверджено</translation>
    </message>
    <message>
        <source>Signed up — on the waiting list</source>
        <translation>Ви записані — у списку очікування</translation>
    </message>
    <message>
        <source>Sign-up not accepted — please ask a member of staff</source>
        <translation>Запис не прийнято — зверніться, будь ласка, до працівника</translation>
    </message>
    <message>
        <source>Not signed up yet</source>
        <translation>Ще не записані</translation>
    </message>
    <message>
        <source>%1 (and %2 more dates)</source>
        <translation>%1 (та інші дати: ще %2)</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <source>Your learning pathway</source>
        <translation>Ваш навчальний шлях</translation>
    </message>
    <message>
        <source>Planning your pathway from today&apos;s offers…</source>
        <translation>Складаємо ваш шлях із сьогоднішніх пропозицій…</translation>
    </message>
    <message>
        <source>Your pathway could not be planned. Please try again, or ask a member of staff.</source>
        <translation>Не вдалося скласти ваш шлях. Спробуйте ще раз або зверніться до працівника.</translation>
    </message>
    <message>
        <source>This is your plan. You can change each step.</source>
        <translation>Це ваш план. Кожен крок можна змінити.</translation>
    </message>
    <message>
        <source>Planned from today&apos;s offers for your learning goal. Swap, remove or sign up for any step.</source>
        <translation>Складено із сьогоднішніх пропозицій для вашої навчальної мети. Будь-який крок можна замінити, прибрати або записатися на нього.</translation>
    </message>
    <message>
        <source>Record your learning goal first: then the kiosk plans a pathway for it.</source>
        <translation>Спершу запишіть свою навчальну мету: тоді кіоск складе для неї шлях.</translation>
    </message>
    <message>
        <source>Offers that nearly fit:</source>
        <translation>Пропозиції, що майже підходять:</translation>
    </message>
    <message>
        <source>Who can help: %1</source>
        <translation>Хто може допомогти: %1</translation>
    </message>
    <message>
        <source>the staff at the library&apos;s information desk</source>
        <translation>працівники інформаційної стійки бібліотеки</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Прибрано: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Повернути</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Крок %1</translation>
    </message>
    <message>
        <source>You are signed up for this, so it stays on your pathway.</source>
        <translation>Ви записані на це, тому воно залишається на вашому шляху.</translation>
    </message>
    <message>
        <source>That offer clashes with another step. Please choose another one.</source>
        <translation>Ця пропозиція збігається в часі з іншим кроком. Виберіть, будь ласка, іншу.</translation>
    </message>
    <message>
        <source>Sign me up</source>
        <translation>Записатися</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Замінити</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Прибрати</translation>
    </message>
    <message>
        <source>Instead of this step:</source>
        <translation>Замість цього кроку:</translation>
    </message>
    <message>
        <source>No steps left. Find more offers, or record your learning goal again.</source>
        <translation>Кроків не залишилося. Знайдіть ще пропозиції або запишіть свою навчальну мету знову.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Друк…</translation>
    </message>
    <message>
        <source>Done — please take your sheet</source>
        <translation>Готово — візьміть, будь ласка, свій аркуш</translation>
    </message>
    <message>
        <source>Printer problem</source>
        <translation>Проблема з принтером</translation>
    </message>
    <message>
        <source>Please take a photo of this code instead: it opens your pathway on the city&apos;s learning hub. Staff have been told about the printer.</source>
        <translation>Натомість сфотографуйте, будь ласка, цей код: він відкриває ваш шлях у навчальному центрі міста. Працівникам уже повідомлено про принтер.</translation>
    </message>
    <message>
        <source>Please ask a member of staff for help now.</source>
        <translation>Попросіть зараз допомоги в працівника.</translation>
    </message>
    <message>
        <source>Your claim code:</source>
        <translation>Ваш персональний код:</translation>
    </message>
    <message>
        <source>Print my pathway sheet again</source>
        <translation>Надрукувати аркуш шляху ще раз</translation>
    </message>
    <message>
        <source>Print my pathway sheet</source>
        <translation>Надрукувати аркуш шляху</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Спробувати ще раз</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Назад</translation>
    </message>
    <message>
        <source>Find more offers</source>
        <translation>Знайти ще пропозиції</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Too many wrong PINs. Try again in %1 min %2 s.</source>
        <translation>Забагато неправильних PIN-кодів. Спробуйте ще раз через %1 хв %2 с.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in 1 second.</source>
        <translation>Забагато неправильних PIN-кодів. Спробуйте ще раз через 1 секунду.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 seconds.</source>
        <translation>Забагато неправильних PIN-кодів. Спробуйте ще раз через %1 с.</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>PIN-код працівника</translation>
    </message>
    <message>
        <source>Digits typed: %1</source>
        <translation>Введено цифр: %1</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>Хвилинку…</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>Перевірка PIN-коду…</translation>
    </message>
    <message>
        <source>Staff mode is not set up on this kiosk. An administrator sets a PIN on the kiosk&apos;s computer with the command: connect-kiosk set-staff-pin</source>
        <translation>Режим працівника на цьому кіоску не налаштовано. Адміністратор задає PIN-код на комп’ютері кіоску командою: connect-kiosk set-staff-pin</translation>
    </message>
    <message>
        <source>Wrong PIN. 1 more try, then the pad pauses.</source>
        <translation>Неправильний PIN-код. Залишилася 1 спроба, потім клавіатура призупиниться.</translation>
    </message>
    <message>
        <source>Wrong PIN. %1 more tries, then the pad pauses.</source>
        <translation>Неправильний PIN-код. Залишилося спроб: %1, потім клавіатура призупиниться.</translation>
    </message>
    <message>
        <source>Type the staff PIN. After a wrong one the pad pauses again, for longer.</source>
        <translation>Введіть PIN-код працівника. Після неправильного клавіатура знову призупиниться, цього разу довше.</translation>
    </message>
    <message>
        <source>Type the staff PIN.</source>
        <translation>Введіть PIN-код працівника.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Стерти</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <source>Stop reading</source>
        <translation>Зупинити читання</translation>
    </message>
    <message>
        <source>No voice for this language</source>
        <translation>Для цієї мови немає голосу</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Читати вголос</translation>
    </message>
</context>
<context>
    <name>ReadAloudPanel</name>
    <message>
        <source>No voice for this language</source>
        <translation>Для цієї мови немає голосу</translation>
    </message>
    <message>
        <source>Reading aloud is not available on this kiosk</source>
        <translation>На цьому кіоску читання вголос недоступне</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Тихіше</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Гучніше</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Повільніше</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Швидше</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Clear search</source>
        <translation>Очистити пошук</translation>
    </message>
</context>
<context>
    <name>SignUpScreen</name>
    <message>
        <source>Please type a name or a nickname.</source>
        <translation>Напишіть, будь ласка, ім’я або псевдонім.</translation>
    </message>
    <message>
        <source>Please use at most 60 letters.</source>
        <translation>Будь ласка, не більше ніж 60 символів.</translation>
    </message>
    <message>
        <source>A name needs at least one letter.</source>
        <translation>Ім’я має містити хоча б одну літеру.</translation>
    </message>
    <message>
        <source>Please use only letters, numbers, spaces, - and &apos;.</source>
        <translation>Будь ласка, лише літери, цифри, пробіли, - та &apos;.</translation>
    </message>
    <message>
        <source>Please type your phone number.</source>
        <translation>Напишіть, будь ласка, свій номер телефону.</translation>
    </message>
    <message>
        <source>A phone number has only digits, spaces and +.</source>
        <translation>Номер телефону містить лише цифри, пробіли та +.</translation>
    </message>
    <message>
        <source>This number is too short.</source>
        <translation>Цей номер закороткий.</translation>
    </message>
    <message>
        <source>This number is too long.</source>
        <translation>Цей номер задовгий.</translation>
    </message>
    <message>
        <source>This does not look like a phone number.</source>
        <translation>Це не схоже на номер телефону.</translation>
    </message>
    <message>
        <source>Please type your e-mail address.</source>
        <translation>Напишіть, будь ласка, свою електронну адресу.</translation>
    </message>
    <message>
        <source>An e-mail address has an @ in it.</source>
        <translation>В електронній адресі є знак @.</translation>
    </message>
    <message>
        <source>Something is missing before the @.</source>
        <translation>Перед @ чогось бракує.</translation>
    </message>
    <message>
        <source>Something is missing after the @, like web.de.</source>
        <translation>Після @ чогось бракує, наприклад web.de.</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address.</source>
        <translation>Це не схоже на електронну адресу.</translation>
    </message>
    <message>
        <source>Please check the end of the address, after the last dot.</source>
        <translation>Перевірте, будь ласка, кінець адреси, після останньої крапки.</translation>
    </message>
    <message>
        <source>Please choose how the provider can reach you.</source>
        <translation>Виберіть, будь ласка, як організатор може з вами зв’язатися.</translation>
    </message>
    <message>
        <source>Please choose phone, e-mail or no contact.</source>
        <translation>Виберіть, будь ласка: телефон, електронна пошта або без контакту.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>Без контакту</translation>
    </message>
    <message>
        <source>Your place is confirmed.</source>
        <translation>Ваше місце підтверджено.</translation>
    </message>
    <message>
        <source>You are on the waiting list.</source>
        <translation>Ви в списку очікування.</translation>
    </message>
    <message>
        <source>The provider could not accept this sign-up.</source>
        <translation>Організатор не зміг прийняти цей запис.</translation>
    </message>
    <message>
        <source>This sign-up was cancelled.</source>
        <translation>Цей запис скасовано.</translation>
    </message>
    <message>
        <source>Your place is provisional.</source>
        <translation>Ваше місце ще не підтверджене.</translation>
    </message>
    <message>
        <source>Your place is not sure yet.</source>
        <translation>Ваше місце ще не гарантоване.</translation>
    </message>
    <message>
        <source>You gave no contact: print your pathway sheet — its claim code is your only link to this sign-up.</source>
        <translation>Ви не залишили контакту: надрукуйте аркуш свого навчального шляху. Персональний код на ньому — ваш єдиний зв’язок із цим записом.</translation>
    </message>
    <message>
        <source>The provider will call or text you if anything changes.</source>
        <translation>Якщо щось зміниться, організатор зателефонує вам або надішле SMS.</translation>
    </message>
    <message>
        <source>The provider will e-mail you if anything changes.</source>
        <translation>Якщо щось зміниться, організатор напише вам електронного листа.</translation>
    </message>
    <message>
        <source>Please come on the date shown. </source>
        <translation>Приходьте, будь ласка, у вказаний день. </translation>
    </message>
    <message>
        <source>If a place becomes free, it goes to the first person on the list. </source>
        <translation>Якщо звільниться місце, його отримає перша людина в списку. </translation>
    </message>
    <message>
        <source>Please ask a member of staff or choose another offer.</source>
        <translation>Зверніться, будь ласка, до працівника або виберіть іншу пропозицію.</translation>
    </message>
    <message>
        <source>The city&apos;s learning hub decides.</source>
        <translation>Вирішує навчальний центр міста.</translation>
    </message>
    <message>
        <source>The first to sign up get the places.</source>
        <translation>Хто записався першим, першим отримує місце.</translation>
    </message>
    <message>
        <source>This kiosk sends your sign-up as soon as it can.</source>
        <translation>Кіоск надішле ваш запис, щойно зможе.</translation>
    </message>
    <message>
        <source>The answer comes on this screen.</source>
        <translation>Відповідь з’явиться на цьому екрані.</translation>
    </message>
    <message>
        <source>The city&apos;s learning hub decides in the order sign-ups arrive; this kiosk sends yours as soon as it is online. This screen shows the answer when it comes. </source>
        <translation>Навчальний центр міста розглядає записи в порядку надходження. Цей кіоск надішле ваш запис, щойно з’явиться інтернет. Відповідь буде на цьому екрані. </translation>
    </message>
    <message>
        <source>We save your name: %1</source>
        <translation>Ми зберігаємо ваше ім’я: %1</translation>
    </message>
    <message>
        <source>We save your phone number: %1</source>
        <translation>Ми зберігаємо ваш номер телефону: %1</translation>
    </message>
    <message>
        <source>We save your e-mail address: %1</source>
        <translation>Ми зберігаємо вашу електронну адресу: %1</translation>
    </message>
    <message>
        <source>We send them to the city&apos;s learning hub.</source>
        <translation>Ми надсилаємо їх до навчального центру міста.</translation>
    </message>
    <message>
        <source>The hub gives them to %1, only for this offer.</source>
        <translation>Центр передає їх організатору (%1) лише для цієї пропозиції.</translation>
    </message>
    <message>
        <source>We save nothing else about you. Nothing goes to advertisers.</source>
        <translation>Більше нічого про вас не зберігаємо. Нічого не передаємо рекламодавцям.</translation>
    </message>
    <message>
        <source>You can cancel at any time. Ask the staff or the provider.</source>
        <translation>Ви можете скасувати запис будь-коли. Зверніться до працівника або до організатора.</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Дякуємо!</translation>
    </message>
    <message>
        <source>Before we save it</source>
        <translation>Перед збереженням</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ще не збережено</translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation>Записатися</translation>
    </message>
    <message>
        <source>This date is full: you join its waiting list.</source>
        <translation>На цю дату місць немає: ви станете в список очікування.</translation>
    </message>
    <message>
        <source>Your name or a nickname</source>
        <translation>Ваше ім’я або псевдонім</translation>
    </message>
    <message>
        <source>For example: Ana</source>
        <translation>Наприклад: Оксана</translation>
    </message>
    <message>
        <source>Fine.</source>
        <translation>Добре.</translation>
    </message>
    <message>
        <source>How can the provider reach you? Choose one.</source>
        <translation>Як організатор може з вами зв’язатися? Виберіть один варіант.</translation>
    </message>
    <message>
        <source>For example: ana@web.de</source>
        <translation>Наприклад: oksana@web.de</translation>
    </message>
    <message>
        <source>A number from abroad: hold * to type +.</source>
        <translation>Номер з-за кордону: утримуйте *, щоб ввести +.</translation>
    </message>
    <message>
        <source>Fine. Without a contact, your printed claim code is the only link to this sign-up: nobody can tell you if the date changes.</source>
        <translation>Добре. Без контакту надрукований персональний код — ваш єдиний зв’язок із цим записом: ніхто не зможе повідомити вас, якщо дата зміниться.</translation>
    </message>
    <message>
        <source>We keep only your name and one contact.</source>
        <translation>Ми зберігаємо лише ваше ім’я та один контакт.</translation>
    </message>
    <message>
        <source>Your sheet shows no name and no contact.</source>
        <translation>На вашому аркуші немає ні імені, ні контакту.</translation>
    </message>
    <message>
        <source>About your data: we keep only this name and the one contact you choose. The city&apos;s learning hub passes them to this offer&apos;s provider, for this offer only.</source>
        <translation>Про ваші дані: ми зберігаємо лише це ім’я та один контакт, який ви виберете. Навчальний центр міста передає їх організатору лише для цієї пропозиції.</translation>
    </message>
    <message>
        <source>Your printed sheet carries no name or contact.</source>
        <translation>На надрукованому аркуші немає ні імені, ні контакту.</translation>
    </message>
    <message>
        <source>We will save your name &quot;%1&quot;%2 and this sign-up on this kiosk and send them to the city&apos;s learning hub, which passes them to %3 for this offer only.</source>
        <translation>Ми збережемо на цьому кіоску ваше ім’я «%1»%2 і цей запис та надішлемо їх до навчального центру міста. Центр передасть їх організатору (%3) лише для цієї пропозиції.</translation>
    </message>
    <message>
        <source> and your phone number %1</source>
        <translation>, номер телефону %1</translation>
    </message>
    <message>
        <source> and your e-mail address %1</source>
        <translation>, електронну адресу %1</translation>
    </message>
    <message>
        <source>This kiosk deletes them %1 hours after the hub has them.</source>
        <translation>Кіоск видалить їх через %1 год після того, як їх отримає центр.</translation>
    </message>
    <message>
        <source>This kiosk deletes them as soon as the hub has them.</source>
        <translation>Кіоск видалить їх, щойно їх отримає центр.</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>Наприклад: %1</translation>
    </message>
    <message>
        <source>Fine: %1 (%2)</source>
        <translation>Добре: %1 (%2)</translation>
    </message>
    <message>
        <source>Fine: %1</source>
        <translation>Добре: %1</translation>
    </message>
    <message>
        <source>The city&apos;s learning hub passes them to the provider, only for this offer.</source>
        <translation>Навчальний центр міста передає їх організатору лише для цієї пропозиції.</translation>
    </message>
    <message>
        <source>Nothing else about you is saved, and nothing is shared for advertising.</source>
        <translation>Більше нічого про вас не зберігається, і нічого не передається для реклами.</translation>
    </message>
    <message>
        <source>You can cancel at any time: ask a member of staff or the provider.</source>
        <translation>Ви можете скасувати запис будь-коли: зверніться до працівника або до організатора.</translation>
    </message>
    <message>
        <source>Yes, I agree</source>
        <translation>Так, погоджуюся</translation>
    </message>
    <message>
        <source>What we stored</source>
        <translation>Що ми зберегли</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Ім’я: %1</translation>
    </message>
    <message>
        <source>Contact: none</source>
        <translation>Контакт: немає</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Sign-up reference: %1</source>
        <translation>Номер запису: %1</translation>
    </message>
    <message>
        <source>For how long</source>
        <translation>Як довго</translation>
    </message>
    <message>
        <source>On this kiosk: until the city&apos;s learning hub has it, and %1 hours more; then it is deleted here.</source>
        <translation>На цьому кіоску: доки навчальний центр міста не отримає запис, і ще %1 год після того. Потім запис тут видаляється.</translation>
    </message>
    <message>
        <source>On this kiosk: until the city&apos;s learning hub has it, then it is deleted here.</source>
        <translation>На цьому кіоску: доки навчальний центр міста не отримає запис. Потім запис тут видаляється.</translation>
    </message>
    <message>
        <source>The provider keeps it only for this offer.</source>
        <translation>Організатор використовує його лише для цієї пропозиції.</translation>
    </message>
    <message>
        <source>Your sign-up could not be saved. Nothing was lost: please try again, or ask a member of staff.</source>
        <translation>Ваш запис не вдалося зберегти. Нічого не втрачено: спробуйте ще раз або зверніться до працівника.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далі</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Збереження…</translation>
    </message>
    <message>
        <source>Sign me up</source>
        <translation>Записатися</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Спробувати ще раз</translation>
    </message>
    <message>
        <source>Record my learning goal</source>
        <translation>Записати мою навчальну мету</translation>
    </message>
    <message>
        <source>Back to my pathway</source>
        <translation>Назад до мого шляху</translation>
    </message>
    <message>
        <source>Find more offers</source>
        <translation>Знайти ще пропозиції</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Назад</translation>
    </message>
</context>
<context>
    <name>StaffBanner</name>
    <message>
        <source>Staff-assisted</source>
        <translation>З допомогою працівника</translation>
    </message>
    <message>
        <source>Staff menu</source>
        <translation>Меню працівника</translation>
    </message>
    <message>
        <source>Lock staff mode</source>
        <translation>Заблокувати режим працівника</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>Sign-ups</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Cancellations</source>
        <translation>Скасування</translation>
    </message>
    <message>
        <source>Learning goals</source>
        <translation>Навчальні цілі</translation>
    </message>
    <message>
        <source>Other messages</source>
        <translation>Інші повідомлення</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>менше хвилини</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 хв</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 год</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 дн.</translation>
    </message>
    <message>
        <source>No hub is set up: everything waits in the outbox (hub_url and hub_token in kiosk.toml).</source>
        <translation>Центр не налаштовано: усе чекає у вихідних (hub_url і hub_token у kiosk.toml).</translation>
    </message>
    <message>
        <source>The hub does not accept this kiosk&apos;s token. Issue a new one (connect-hub kiosk add) and put it in kiosk.toml.</source>
        <translation>Центр не приймає токен цього кіоску. Створіть новий (connect-hub kiosk add) і впишіть його в kiosk.toml.</translation>
    </message>
    <message>
        <source>Online: the last round reached the hub.</source>
        <translation>Онлайн: останній обмін дійшов до центру.</translation>
    </message>
    <message>
        <source>Offline: the hub could not be reached.</source>
        <translation>Офлайн: не вдалося зв’язатися з центром.</translation>
    </message>
    <message>
        <source>Connecting to the hub…</source>
        <translation>З’єднання з центром…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Друк…</translation>
    </message>
    <message>
        <source>The last sheet came out.</source>
        <translation>Останній аркуш надруковано.</translation>
    </message>
    <message>
        <source>The printer has a problem.</source>
        <translation>З принтером проблема.</translation>
    </message>
    <message>
        <source>Printing is not available.</source>
        <translation>Друк недоступний.</translation>
    </message>
    <message>
        <source>Nothing printed since the last problem.</source>
        <translation>Після останньої проблеми нічого не друкувалося.</translation>
    </message>
    <message>
        <source>No problems since the kiosk started.</source>
        <translation>Від запуску кіоску проблем не було.</translation>
    </message>
    <message>
        <source>Staff menu</source>
        <translation>Меню працівника</translation>
    </message>
    <message>
        <source>Development setting on: this kiosk does NOT check the hub&apos;s certificate (hub_insecure_skip_tls_verify_for_development_only in kiosk.toml). Anyone on the network could read or change what it sends. Remove the setting before the kiosk is used by the public.</source>
        <translation>Увімкнено налаштування для розробки: цей кіоск НЕ перевіряє сертифікат центру (hub_insecure_skip_tls_verify_for_development_only у kiosk.toml). Будь-хто в мережі може прочитати або змінити те, що він надсилає. Приберіть це налаштування, перш ніж кіоском користуватимуться відвідувачі.</translation>
    </message>
    <message>
        <source>Help a citizen sign up</source>
        <translation>Допомогти відвідувачеві записатися</translation>
    </message>
    <message>
        <source>Back to the citizen&apos;s screen</source>
        <translation>Назад до екрана відвідувача</translation>
    </message>
    <message>
        <source>Sync with the hub</source>
        <translation>Синхронізація з центром</translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <translation>Центр: %1</translation>
    </message>
    <message>
        <source>Last complete sync: %1 (%2 ago)</source>
        <translation>Остання повна синхронізація: %1 (%2 тому)</translation>
    </message>
    <message>
        <source>Not synced completely yet.</source>
        <translation>Повної синхронізації ще не було.</translation>
    </message>
    <message>
        <source>Next try: %1</source>
        <translation>Наступна спроба: %1</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>Остання проблема: %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхронізація…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Синхронізувати зараз</translation>
    </message>
    <message>
        <source>Outbox (what waits for the hub)</source>
        <translation>Вихідні (що чекає на центр)</translation>
    </message>
    <message>
        <source>The outbox could not be read: the kiosk&apos;s store is not open.</source>
        <translation>Не вдалося прочитати вихідні: сховище кіоску не відкрите.</translation>
    </message>
    <message>
        <source>Reading the outbox…</source>
        <translation>Читання вихідних…</translation>
    </message>
    <message>
        <source>Nothing waits for the hub (%1 sent so far).</source>
        <translation>Ніщо не чекає на центр (надіслано дотепер: %1).</translation>
    </message>
    <message>
        <source>%1 waiting, %2 sent.</source>
        <translation>Чекає: %1, надіслано: %2.</translation>
    </message>
    <message>
        <source>%1: %2 waiting, the oldest for %3</source>
        <translation>%1: чекає %2, найдовше — %3</translation>
    </message>
    <message>
        <source>Recent sync errors:</source>
        <translation>Останні помилки синхронізації:</translation>
    </message>
    <message>
        <source>%1, made %2 ago, tried once: %3</source>
        <translation>%1, створено %2 тому, одна спроба: %3</translation>
    </message>
    <message>
        <source>%1, made %2 ago, tried %3 times: %4</source>
        <translation>%1, створено %2 тому, спроб — %3: %4</translation>
    </message>
    <message>
        <source>Read the outbox again</source>
        <translation>Прочитати вихідні ще раз</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <source>Sheets are filed in a folder, not printed (print_backend = &quot;folder&quot;).</source>
        <translation>Аркуші зберігаються в теці, а не друкуються (print_backend = &quot;folder&quot;).</translation>
    </message>
    <message>
        <source>Printer: %1</source>
        <translation>Принтер: %1</translation>
    </message>
    <message>
        <source>the system&apos;s default printer</source>
        <translation>типовий принтер системи</translation>
    </message>
    <message>
        <source>Last print: %1</source>
        <translation>Останній друк: %1</translation>
    </message>
    <message>
        <source>Recent printer problems:</source>
        <translation>Останні проблеми з принтером:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>Надрукувати тестову сторінку</translation>
    </message>
    <message>
        <source>Reprint the last sheet</source>
        <translation>Надрукувати останній аркуш ще раз</translation>
    </message>
    <message>
        <source>The last sheet can be printed again only for a few minutes after it was printed.</source>
        <translation>Останній аркуш можна надрукувати ще раз лише протягом кількох хвилин після друку.</translation>
    </message>
    <message>
        <source>This kiosk</source>
        <translation>Цей кіоск</translation>
    </message>
    <message>
        <source>Venue: %1</source>
        <translation>Місце: %1</translation>
    </message>
    <message>
        <source>Venue: not set (venue_name in kiosk.toml)</source>
        <translation>Місце: не задано (venue_name у kiosk.toml)</translation>
    </message>
    <message>
        <source>Default language: %1</source>
        <translation>Мова за замовчуванням: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Збереження…</translation>
    </message>
    <message>
        <source>Saved in kiosk.toml: the kiosk starts in this language from now on, also after a restart.</source>
        <translation>Збережено в kiosk.toml: відтепер кіоск запускається цією мовою, зокрема й після перезапуску.</translation>
    </message>
    <message>
        <source>Could not be saved in kiosk.toml: the change lasts only until the kiosk restarts.</source>
        <translation>Не вдалося зберегти в kiosk.toml: зміна діє лише до перезапуску кіоску.</translation>
    </message>
    <message>
        <source>Choose the language the kiosk starts in:</source>
        <translation>Виберіть мову, якою запускається кіоск:</translation>
    </message>
    <message>
        <source>App version: %1</source>
        <translation>Версія програми: %1</translation>
    </message>
    <message>
        <source>Staff mode locks itself after %1 seconds without a touch.</source>
        <translation>Режим працівника блокується сам через %1 с без дотику.</translation>
    </message>
    <message>
        <source>Leave the kiosk</source>
        <translation>Вийти з кіоску</translation>
    </message>
    <message>
        <source>The kiosk closes and the desktop shows. Citizens cannot use it until it is started again.</source>
        <translation>Кіоск закриється, і з’явиться робочий стіл. Відвідувачі не зможуть ним користуватися, доки його знову не запустять.</translation>
    </message>
    <message>
        <source>Close the kiosk program and show the desktop.</source>
        <translation>Закрити програму кіоску й показати робочий стіл.</translation>
    </message>
    <message>
        <source>Yes, exit to the desktop</source>
        <translation>Так, вийти на робочий стіл</translation>
    </message>
    <message>
        <source>Exit to the desktop</source>
        <translation>Вийти на робочий стіл</translation>
    </message>
    <message>
        <source>Close the staff menu</source>
        <translation>Закрити меню працівника</translation>
    </message>
    <message>
        <source>Lock staff mode</source>
        <translation>Заблокувати режим працівника</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <source>Offline — your sign-ups are saved and will be sent</source>
        <translation>Немає зв’язку: ваші записи збережено, їх буде надіслано</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>З’єднання…</translation>
    </message>
    <message>
        <source>%1 to send</source>
        <translation>До надсилання: %1</translation>
    </message>
</context>
</TS>
