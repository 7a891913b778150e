<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Learn something new in your city</source>
        <translation>Învățați ceva nou în oraș</translation>
    </message>
    <message>
        <source>Learn new things near you. Many are free.</source>
        <translation>Învățați lucruri noi aproape de casă. Multe sunt gratuite.</translation>
    </message>
    <message>
        <source>Courses, workshops and meet-ups near you. Many are free.</source>
        <translation>Cursuri, ateliere și întâlniri aproape de dumneavoastră. Multe sunt gratuite.</translation>
    </message>
    <message>
        <source>%1 offers to discover</source>
        <translation>Oferte de descoperit: %1</translation>
    </message>
    <message>
        <source>Easy read</source>
        <translation>Ușor de citit</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Text mare</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contrast mare</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation>Atingeți pentru a începe</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Alegeți limba</translation>
    </message>
</context>
<context>
    <name>BasketScreen</name>
    <message>
        <source>My list</source>
        <translation>Lista mea</translation>
    </message>
    <message>
        <source>Nothing here yet. Open an offer and touch &quot;Add to my list&quot;.</source>
        <translation>Încă nu este nimic aici. Deschideți o ofertă și atingeți „Adăugați în listă”.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminați</translation>
    </message>
    <message>
        <source>Removing an offer from this list does not cancel your sign-up.</source>
        <translation>Dacă eliminați o ofertă din această listă, înscrierea dumneavoastră rămâne valabilă.</translation>
    </message>
    <message>
        <source>See the pathway for my goal</source>
        <translation>Vedeți parcursul pentru obiectivul meu</translation>
    </message>
    <message>
        <source>Record another learning goal</source>
        <translation>Încă un obiectiv</translation>
    </message>
    <message>
        <source>Record my learning goal</source>
        <translation>Notați-vă obiectivul</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Înapoi</translation>
    </message>
    <message>
        <source>Find more offers</source>
        <translation>Căutați alte oferte</translation>
    </message>
</context>
<context>
    <name>DetailsScreen</name>
    <message>
        <source>For beginners</source>
        <translation>Pentru începători</translation>
    </message>
    <message>
        <source>Some experience needed</source>
        <translation>Necesită puțină experiență</translation>
    </message>
    <message>
        <source>For advanced learners</source>
        <translation>Pentru avansați</translation>
    </message>
    <message>
        <source>For everyone</source>
        <translation>Pentru toți</translation>
    </message>
    <message>
        <source>as last known at %1</source>
        <translation>actualizat la %1</translation>
    </message>
    <message>
        <source>as last known</source>
        <translation>ultima actualizare</translation>
    </message>
    <message>
        <source>Full (%1)</source>
        <translation>Complet (%1)</translation>
    </message>
    <message>
        <source>Places left: %1 (%2)</source>
        <translation>Locuri libere: %1 (%2)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Se încarcă…</translation>
    </message>
    <message>
        <source>This offer is no longer available.</source>
        <translation>Această ofertă nu mai există.</translation>
    </message>
    <message>
        <source>This offer cannot be shown right now. Please ask a member of staff.</source>
        <translation>Această ofertă nu poate fi afișată acum. Vă rugăm să întrebați personalul.</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Organizator: %1</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <source>Taught in: %1</source>
        <translation>Limba: %1</translation>
    </message>
    <message>
        <source>The provider describes this offer in %1 only.</source>
        <translation>Organizatorul descrie această ofertă doar în %1.</translation>
    </message>
    <message>
        <source>Bring: %1</source>
        <translation>Aduceți: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <source>No dates yet. Ask the provider when it starts.</source>
        <translation>Încă nu sunt date. Întrebați organizatorul când începe.</translation>
    </message>
    <message>
        <source>No sign-up needed: just come along.</source>
        <translation>Nu e nevoie de înscriere: veniți direct.</translation>
    </message>
    <message>
        <source>Touch a date to choose it.</source>
        <translation>Atingeți o dată pentru a o alege.</translation>
    </message>
    <message>
        <source>…and %1 more dates.</source>
        <translation>…și încă %1 date.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Unde</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>How to get there: %1</source>
        <translation>Cum ajungeți: %1</translation>
    </message>
    <message>
        <source>Opening hours: %1</source>
        <translation>Program: %1</translation>
    </message>
    <message>
        <source>Step-free access</source>
        <translation>Acces fără trepte</translation>
    </message>
    <message>
        <source>Not step-free</source>
        <translation>Are trepte</translation>
    </message>
    <message>
        <source>Hearing loop</source>
        <translation>Buclă de inducție</translation>
    </message>
    <message>
        <source>No hearing loop</source>
        <translation>Fără buclă de inducție</translation>
    </message>
    <message>
        <source>Accessible toilet</source>
        <translation>Toaletă accesibilă</translation>
    </message>
    <message>
        <source>No accessible toilet</source>
        <translation>Fără toaletă accesibilă</translation>
    </message>
    <message>
        <source>Questions?</source>
        <translation>Întrebări?</translation>
    </message>
    <message>
        <source>This date is full. You can join its waiting list, or choose another date.</source>
        <translation>La această dată nu mai sunt locuri. Vă puteți trece pe lista de așteptare sau puteți alege altă dată.</translation>
    </message>
    <message>
        <source>Choose the next date with places</source>
        <translation>Următoarea dată cu locuri</translation>
    </message>
    <message>
        <source>Join the waiting list</source>
        <translation>Pe lista de așteptare</translation>
    </message>
    <message>
        <source>Sign me up</source>
        <translation>Vreau să mă înscriu</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Înapoi</translation>
    </message>
    <message>
        <source>On my list</source>
        <translation>În lista mea</translation>
    </message>
    <message>
        <source>Add to my list</source>
        <translation>Adăugați în listă</translation>
    </message>
</context>
<context>
    <name>DiscoverScreen</name>
    <message>
        <source>Languages</source>
        <translation>Limbi străine</translation>
    </message>
    <message>
        <source>Computers &amp; internet</source>
        <translation>Calculator și internet</translation>
    </message>
    <message>
        <source>Work &amp; jobs</source>
        <translation>Muncă și meserii</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Sănătate</translation>
    </message>
    <message>
        <source>Family &amp; children</source>
        <translation>Familie și copii</translation>
    </message>
    <message>
        <source>Culture &amp; art</source>
        <translation>Cultură și artă</translation>
    </message>
    <message>
        <source>Making &amp; repairing</source>
        <translation>Meșteșuguri și reparații</translation>
    </message>
    <message>
        <source>Neighbourhood &amp; volunteering</source>
        <translation>Cartier și voluntariat</translation>
    </message>
    <message>
        <source>Nature &amp; garden</source>
        <translation>Natură și grădină</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Bani</translation>
    </message>
    <message>
        <source>Reading &amp; writing</source>
        <translation>Citit și scris</translation>
    </message>
    <message>
        <source>Loading offers…</source>
        <translation>Se încarcă ofertele…</translation>
    </message>
    <message>
        <source>Offers found: %1</source>
        <translation>Oferte găsite: %1</translation>
    </message>
    <message>
        <source>Find something to learn</source>
        <translation>Găsiți ceva de învățat</translation>
    </message>
    <message>
        <source>Nothing found. Try other words.</source>
        <translation>Nu s-a găsit nimic. Încercați alte cuvinte.</translation>
    </message>
    <message>
        <source>No offers found — try fewer filters or other words.</source>
        <translation>Nu s-a găsit nimic. Încercați mai puține filtre sau alte cuvinte.</translation>
    </message>
    <message>
        <source>The offers cannot be shown right now. Please ask a member of staff.</source>
        <translation>Ofertele nu pot fi afișate acum. Vă rugăm să întrebați personalul.</translation>
    </message>
    <message>
        <source>Search: a topic, a place, a word…</source>
        <translation>Căutare: o temă, un loc, un cuvânt…</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Azi</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Săptămâna asta</translation>
    </message>
    <message>
        <source>Free only</source>
        <translation>Doar gratuite</translation>
    </message>
    <message>
        <source>Mornings</source>
        <translation>Dimineața</translation>
    </message>
    <message>
        <source>Afternoons</source>
        <translation>După-amiaza</translation>
    </message>
    <message>
        <source>Evenings</source>
        <translation>Seara</translation>
    </message>
    <message>
        <source>Step-free access</source>
        <translation>Acces fără trepte</translation>
    </message>
    <message>
        <source>Taught in my language</source>
        <translation>În limba mea</translation>
    </message>
    <message>
        <source>✕ Clear filters</source>
        <translation>✕ Fără filtre</translation>
    </message>
</context>
<context>
    <name>GoalScreen</name>
    <message>
        <source>Find a job</source>
        <translation>Să găsesc un loc de muncă</translation>
    </message>
    <message>
        <source>Change my job</source>
        <translation>Să îmi schimb meseria</translation>
    </message>
    <message>
        <source>Learn German</source>
        <translation>Să învăț germana</translation>
    </message>
    <message>
        <source>Learn another language</source>
        <translation>Să învăț altă limbă</translation>
    </message>
    <message>
        <source>Computers &amp; phones</source>
        <translation>Calculator și telefon</translation>
    </message>
    <message>
        <source>Help my children</source>
        <translation>Să îmi ajut copiii</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Sănătate</translation>
    </message>
    <message>
        <source>Culture &amp; creativity</source>
        <translation>Cultură și creativitate</translation>
    </message>
    <message>
        <source>Community &amp; volunteering</source>
        <translation>Comunitate și voluntariat</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Altceva</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Luni</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Marți</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Miercuri</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Joi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Vineri</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sâmbătă</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Duminică</translation>
    </message>
    <message>
        <source>Mornings</source>
        <translation>Dimineața</translation>
    </message>
    <message>
        <source>Afternoons</source>
        <translation>După-amiaza</translation>
    </message>
    <message>
        <source>Evenings</source>
        <translation>Seara</translation>
    </message>
    <message>
        <source>No steps (wheelchair, pram)</source>
        <translation>Fără trepte (scaun cu rotile, cărucior)</translation>
    </message>
    <message>
        <source>Hearing loop</source>
        <translation>Buclă de inducție</translation>
    </message>
    <message>
        <source>Accessible toilet</source>
        <translation>Toaletă accesibilă</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Supraveghere copii</translation>
    </message>
    <message>
        <source>Sign language</source>
        <translation>Limbaj mimico-gestual</translation>
    </message>
    <message>
        <source>Easy language</source>
        <translation>Limbaj simplu</translation>
    </message>
    <message>
        <source>More than 6 hours</source>
        <translation>Peste 6 ore</translation>
    </message>
    <message numerus="yes">
        <source>About %n h a week</source>
        <translation>
            <numerusform>Cam %n h pe săptămână</numerusform>
            <numerusform>Cam %n h pe săptămână</numerusform>
            <numerusform>Cam %n h pe săptămână</numerusform>
        </translation>
    </message>
    <message>
        <source>Any distance</source>
        <translation>Oricât de departe</translation>
    </message>
    <message>
        <source>Up to %1 km</source>
        <translation>Până la %1 km</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>Ce ați vrea să faceți?</translation>
    </message>
    <message>
        <source>In your own words (if you like)</source>
        <translation>Cu propriile cuvinte (dacă doriți)</translation>
    </message>
    <message>
        <source>How much time do you have each week?</source>
        <translation>Cât timp aveți în fiecare săptămână?</translation>
    </message>
    <message>
        <source>Which days and times suit you?</source>
        <translation>Ce zile și ore vă convin?</translation>
    </message>
    <message>
        <source>What may it cost?</source>
        <translation>Cât poate să coste?</translation>
    </message>
    <message>
        <source>Which language do you learn best in?</source>
        <translation>În ce limbă învățați cel mai bine?</translation>
    </message>
    <message>
        <source>How far will you go?</source>
        <translation>Cât de departe puteți merge?</translation>
    </message>
    <message>
        <source>Do you need any of these?</source>
        <translation>Aveți nevoie de ceva din acestea?</translation>
    </message>
    <message>
        <source>Is this right?</source>
        <translation>Este corect?</translation>
    </message>
    <message>
        <source>Your learning goal is saved</source>
        <translation>Obiectivul dumneavoastră a fost salvat</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Obiectiv: %1</translation>
    </message>
    <message>
        <source>In your words: %1</source>
        <translation>În cuvintele dumneavoastră: %1</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Timp: %1</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Când: %1</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Cost: %1</translation>
    </message>
    <message>
        <source>a small fee is fine</source>
        <translation>o taxă mică e în regulă</translation>
    </message>
    <message>
        <source>free only</source>
        <translation>doar gratuit</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Limba: %1</translation>
    </message>
    <message>
        <source>Distance: %1</source>
        <translation>Distanța: %1</translation>
    </message>
    <message>
        <source>Needs: %1</source>
        <translation>Nevoi: %1</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Pasul %1 din %2</translation>
    </message>
    <message>
        <source>For example: &quot;I want to write e-mails to my grandson.&quot; You can also skip this.</source>
        <translation>De exemplu: „Vreau să îi scriu e-mailuri nepotului meu.” Puteți și să săriți peste acest pas.</translation>
    </message>
    <message>
        <source>Type here…</source>
        <translation>Scrieți aici…</translation>
    </message>
    <message>
        <source>Free only</source>
        <translation>Doar gratuite</translation>
    </message>
    <message>
        <source>A small fee is fine</source>
        <translation>O taxă mică e în regulă</translation>
    </message>
    <message>
        <source>Your goal could not be saved. Nothing was lost: please try again, or ask a member of staff.</source>
        <translation>Obiectivul nu a putut fi salvat. Nu s-a pierdut nimic: încercați din nou sau întrebați personalul.</translation>
    </message>
    <message>
        <source>Your claim code. Please note it down: with it, staff can find your goal.</source>
        <translation>Codul dumneavoastră personal. Vă rugăm să îl notați: cu el, personalul vă găsește obiectivul.</translation>
    </message>
    <message>
        <source>This kiosk sends your goal to the city&apos;s learning hub and then deletes your own words here. With the claim code, staff and mentors can find your goal.</source>
        <translation>Acest chioșc trimite obiectivul dumneavoastră la platforma de învățare a orașului, apoi șterge de aici cuvintele dumneavoastră. Cu codul personal, personalul și mentorii vă pot găsi obiectivul.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Mai departe</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Săriți peste</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Se salvează…</translation>
    </message>
    <message>
        <source>Save my learning goal</source>
        <translation>Salvați obiectivul</translation>
    </message>
    <message>
        <source>See my pathway</source>
        <translation>Vedeți parcursul</translation>
    </message>
    <message>
        <source>Find offers</source>
        <translation>Căutați oferte</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Înapoi</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Mai sunteți aici?</translation>
    </message>
    <message>
        <source>Seconds left: %1. Then this kiosk starts over and forgets what you entered.</source>
        <translation>Secunde rămase: %1. Apoi chioșcul o ia de la capăt și uită ce ați introdus.</translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>Am nevoie de mai mult timp</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Choose your language</source>
        <translation>Alegeți limba</translation>
    </message>
    <message>
        <source>Make it easier to read</source>
        <translation>Mai ușor de citit</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închideți</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>CONNECT Learning Kiosk</source>
        <translation>CONNECT Chioșc de învățare</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Start over</source>
        <translation>De la început</translation>
    </message>
    <message>
        <source>My learning goal</source>
        <translation>Obiectivul meu</translation>
    </message>
    <message>
        <source>My list (%1)</source>
        <translation>Lista mea (%1)</translation>
    </message>
</context>
<context>
    <name>OfferTile</name>
    <message>
        <source>Today, %1</source>
        <translation>Azi, %1</translation>
    </message>
    <message>
        <source>Tomorrow, %1</source>
        <translation>Mâine, %1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>No dates yet</source>
        <translation>Încă fără date</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratuit</translation>
    </message>
</context>
<context>
    <name>PathwayScreen</name>
    <message>
        <source>No sign-up needed — just come</source>
        <translation>Nu e nevoie de înscriere – veniți direct</translation>
    </message>
    <message>
        <source>Signed up — waiting for the provider to confirm</source>
        <translation>V-ați înscris – se așteaptă confirmarea organizatorului</translation>
    </message>
    <message>
        <source>Signed up — your place is confirmed</source>
        <translation>V-ați înscris – locul este confirmat</translation>
    </message>
    <message>
        <source>Signed up — on the waiting list</source>
        <translation>V-ați înscris – sunteți pe lista de așteptare</translation>
    </message>
    <message>
        <source>Sign-up not accepted — please ask a member of staff</source>
        <translation>Înscrierea nu a fost acceptată – întrebați personalul</translation>
    </message>
    <message>
        <source>Not signed up yet</source>
        <translation>Încă nu v-ați înscris</translation>
    </message>
    <message>
        <source>%1 (and %2 more dates)</source>
        <translation>%1 (alte date: %2)</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Your learning pathway</source>
        <translation>Parcursul dumneavoastră de învățare</translation>
    </message>
    <message>
        <source>Planning your pathway from today&apos;s offers…</source>
        <translation>Se pregătește parcursul din ofertele de azi…</translation>
    </message>
    <message>
        <source>Your pathway could not be planned. Please try again, or ask a member of staff.</source>
        <translation>Parcursul nu a putut fi pregătit. Încercați din nou sau întrebați personalul.</translation>
    </message>
    <message>
        <source>This is your plan. You can change each step.</source>
        <translation>Acesta este planul dumneavoastră. Puteți schimba fiecare pas.</translation>
    </message>
    <message>
        <source>Planned from today&apos;s offers for your learning goal. Swap, remove or sign up for any step.</source>
        <translation>Pregătit din ofertele de azi pentru obiectivul dumneavoastră. Puteți schimba, elimina sau vă puteți înscrie la orice pas.</translation>
    </message>
    <message>
        <source>Record your learning goal first: then the kiosk plans a pathway for it.</source>
        <translation>Notați mai întâi obiectivul: apoi chioșcul vă pregătește un parcurs.</translation>
    </message>
    <message>
        <source>Offers that nearly fit:</source>
        <translation>Oferte care se potrivesc aproape:</translation>
    </message>
    <message>
        <source>Who can help: %1</source>
        <translation>Cine vă ajută: %1</translation>
    </message>
    <message>
        <source>the staff at the library&apos;s information desk</source>
        <translation>personalul de la biroul de informații al bibliotecii</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>S-a eliminat: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Puneți la loc</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Pasul %1</translation>
    </message>
    <message>
        <source>You are signed up for this, so it stays on your pathway.</source>
        <translation>Sunteți înscris la aceasta, de aceea rămâne în parcursul dumneavoastră.</translation>
    </message>
    <message>
        <source>That offer clashes with another step. Please choose another one.</source>
        <translation>Această ofertă se suprapune cu alt pas. Vă rugăm să alegeți alta.</translation>
    </message>
    <message>
        <source>Sign me up</source>
        <translation>Vreau să mă înscriu</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Schimbați</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminați</translation>
    </message>
    <message>
        <source>Instead of this step:</source>
        <translation>În locul acestui pas:</translation>
    </message>
    <message>
        <source>No steps left. Find more offers, or record your learning goal again.</source>
        <translation>Nu mai sunt pași. Căutați alte oferte sau notați din nou obiectivul.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Se tipărește…</translation>
    </message>
    <message>
        <source>Done — please take your sheet</source>
        <translation>Gata – luați foaia</translation>
    </message>
    <message>
        <source>Printer problem</source>
        <translation>Problemă la imprimantă</translation>
    </message>
    <message>
        <source>Please take a photo of this code instead: it opens your pathway on the city&apos;s learning hub. Staff have been told about the printer.</source>
        <translation>Fotografiați în schimb acest cod: deschide parcursul dumneavoastră pe platforma de învățare a orașului. Personalul știe de problema imprimantei.</translation>
    </message>
    <message>
        <source>Please ask a member of staff for help now.</source>
        <translation>Vă rugăm să cereți acum ajutorul personalului.</translation>
    </message>
    <message>
        <source>Your claim code:</source>
        <translation>Codul dumneavoastră personal:</translation>
    </message>
    <message>
        <source>Print my pathway sheet again</source>
        <translation>Retipăriți foaia</translation>
    </message>
    <message>
        <source>Print my pathway sheet</source>
        <translation>Tipăriți parcursul</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Încercați din nou</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Înapoi</translation>
    </message>
    <message>
        <source>Find more offers</source>
        <translation>Căutați alte oferte</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Too many wrong PINs. Try again in %1 min %2 s.</source>
        <translation>Prea multe PIN-uri greșite. Încercați din nou peste %1 min %2 s.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in 1 second.</source>
        <translation>Prea multe PIN-uri greșite. Încercați din nou peste o secundă.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 seconds.</source>
        <translation>Prea multe PIN-uri greșite. Încercați din nou peste %1 s.</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>PIN pentru personal</translation>
    </message>
    <message>
        <source>Digits typed: %1</source>
        <translation>Cifre introduse: %1</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>Un moment…</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>Se verifică PIN-ul…</translation>
    </message>
    <message>
        <source>Staff mode is not set up on this kiosk. An administrator sets a PIN on the kiosk&apos;s computer with the command: connect-kiosk set-staff-pin</source>
        <translation>Modul pentru personal nu este configurat pe acest chioșc. Un administrator setează un PIN pe calculatorul chioșcului cu comanda: connect-kiosk set-staff-pin</translation>
    </message>
    <message>
        <source>Wrong PIN. 1 more try, then the pad pauses.</source>
        <translation>PIN greșit. Mai aveți o încercare, apoi tastatura se blochează puțin.</translation>
    </message>
    <message>
        <source>Wrong PIN. %1 more tries, then the pad pauses.</source>
        <translation>PIN greșit. Mai aveți %1 încercări, apoi tastatura se blochează puțin.</translation>
    </message>
    <message>
        <source>Type the staff PIN. After a wrong one the pad pauses again, for longer.</source>
        <translation>Introduceți PIN-ul personalului. După unul greșit, tastatura se blochează din nou, mai mult timp.</translation>
    </message>
    <message>
        <source>Type the staff PIN.</source>
        <translation>Introduceți PIN-ul personalului.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ștergeți</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulați</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <source>Stop reading</source>
        <translation>Opriți citirea</translation>
    </message>
    <message>
        <source>No voice for this language</source>
        <translation>Nu există voce pentru această limbă</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Citire cu voce tare</translation>
    </message>
</context>
<context>
    <name>ReadAloudPanel</name>
    <message>
        <source>No voice for this language</source>
        <translation>Nu există voce pentru această limbă</translation>
    </message>
    <message>
        <source>Reading aloud is not available on this kiosk</source>
        <translation>Citirea cu voce tare nu este disponibilă pe acest chioșc</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Mai încet</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Mai tare</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Mai rar</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Mai repede</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închideți</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Clear search</source>
        <translation>Ștergeți căutarea</translation>
    </message>
</context>
<context>
    <name>SignUpScreen</name>
    <message>
        <source>Please type a name or a nickname.</source>
        <translation>Vă rugăm să scrieți un nume sau o poreclă.</translation>
    </message>
    <message>
        <source>Please use at most 60 letters.</source>
        <translation>Folosiți cel mult 60 de litere.</translation>
    </message>
    <message>
        <source>A name needs at least one letter.</source>
        <translation>Un nume are nevoie de cel puțin o literă.</translation>
    </message>
    <message>
        <source>Please use only letters, numbers, spaces, - and &apos;.</source>
        <translation>Folosiți doar litere, cifre, spații, - și &apos;.</translation>
    </message>
    <message>
        <source>Please type your phone number.</source>
        <translation>Vă rugăm să scrieți numărul de telefon.</translation>
    </message>
    <message>
        <source>A phone number has only digits, spaces and +.</source>
        <translation>Un număr de telefon are doar cifre, spații și +.</translation>
    </message>
    <message>
        <source>This number is too short.</source>
        <translation>Acest număr este prea scurt.</translation>
    </message>
    <message>
        <source>This number is too long.</source>
        <translation>Acest număr este prea lung.</translation>
    </message>
    <message>
        <source>This does not look like a phone number.</source>
        <translation>Acesta nu pare un număr de telefon.</translation>
    </message>
    <message>
        <source>Please type your e-mail address.</source>
        <translation>Vă rugăm să scrieți adresa de e-mail.</translation>
    </message>
    <message>
        <source>An e-mail address has an @ in it.</source>
        <translation>O adresă de e-mail conține @.</translation>
    </message>
    <message>
        <source>Something is missing before the @.</source>
        <translation>Lipsește ceva înainte de @.</translation>
    </message>
    <message>
        <source>Something is missing after the @, like web.de.</source>
        <translation>Lipsește ceva după @, de exemplu gmail.com.</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address.</source>
        <translation>Aceasta nu pare o adresă de e-mail.</translation>
    </message>
    <message>
        <source>Please check the end of the address, after the last dot.</source>
        <translation>Vă rugăm să verificați sfârșitul adresei, după ultimul punct.</translation>
    </message>
    <message>
        <source>Please choose how the provider can reach you.</source>
        <translation>Alegeți cum vă poate contacta organizatorul.</translation>
    </message>
    <message>
        <source>Please choose phone, e-mail or no contact.</source>
        <translation>Alegeți telefon, e-mail sau fără contact.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>Fără contact</translation>
    </message>
    <message>
        <source>Your place is confirmed.</source>
        <translation>Locul dumneavoastră este confirmat.</translation>
    </message>
    <message>
        <source>You are on the waiting list.</source>
        <translation>Sunteți pe lista de așteptare.</translation>
    </message>
    <message>
        <source>The provider could not accept this sign-up.</source>
        <translation>Organizatorul nu a putut accepta această înscriere.</translation>
    </message>
    <message>
        <source>This sign-up was cancelled.</source>
        <translation>Această înscriere a fost anulată.</translation>
    </message>
    <message>
        <source>Your place is provisional.</source>
        <translation>Locul dumneavoastră este provizoriu.</translation>
    </message>
    <message>
        <source>Your place is not sure yet.</source>
        <translation>Locul dumneavoastră nu este încă sigur.</translation>
    </message>
    <message>
        <source>You gave no contact: print your pathway sheet — its claim code is your only link to this sign-up.</source>
        <translation>Nu ați dat niciun contact: tipăriți foaia cu parcursul. Codul personal de pe ea este singura legătură cu această înscriere.</translation>
    </message>
    <message>
        <source>The provider will call or text you if anything changes.</source>
        <translation>Organizatorul vă sună sau vă trimite un SMS dacă se schimbă ceva.</translation>
    </message>
    <message>
        <source>The provider will e-mail you if anything changes.</source>
        <translation>Organizatorul vă scrie un e-mail dacă se schimbă ceva.</translation>
    </message>
    <message>
        <source>Please come on the date shown. </source>
        <translation>Vă rugăm să veniți la data afișată. </translation>
    </message>
    <message>
        <source>If a place becomes free, it goes to the first person on the list. </source>
        <translation>Dacă se eliberează un loc, îl primește prima persoană de pe listă. </translation>
    </message>
    <message>
        <source>Please ask a member of staff or choose another offer.</source>
        <translation>Întrebați personalul sau alegeți altă ofertă.</translation>
    </message>
    <message>
        <source>The city&apos;s learning hub decides.</source>
        <translation>Platforma de învățare a orașului decide.</translation>
    </message>
    <message>
        <source>The first to sign up get the places.</source>
        <translation>Cine se înscrie primul primește primul un loc.</translation>
    </message>
    <message>
        <source>This kiosk sends your sign-up as soon as it can.</source>
        <translation>Chioșcul trimite înscrierea cât de repede poate.</translation>
    </message>
    <message>
        <source>The answer comes on this screen.</source>
        <translation>Răspunsul apare pe acest ecran.</translation>
    </message>
    <message>
        <source>The city&apos;s learning hub decides in the order sign-ups arrive; this kiosk sends yours as soon as it is online. This screen shows the answer when it comes. </source>
        <translation>Platforma de învățare a orașului decide în ordinea în care sosesc înscrierile. Chioșcul o trimite pe a dumneavoastră imediat ce are conexiune. Răspunsul apare pe acest ecran. </translation>
    </message>
    <message>
        <source>We save your name: %1</source>
        <translation>Salvăm numele dumneavoastră: %1</translation>
    </message>
    <message>
        <source>We save your phone number: %1</source>
        <translation>Salvăm numărul dumneavoastră de telefon: %1</translation>
    </message>
    <message>
        <source>We save your e-mail address: %1</source>
        <translation>Salvăm adresa dumneavoastră de e-mail: %1</translation>
    </message>
    <message>
        <source>We send them to the city&apos;s learning hub.</source>
        <translation>Le trimitem platformei de învățare a orașului.</translation>
    </message>
    <message>
        <source>The hub gives them to %1, only for this offer.</source>
        <translation>Platforma le dă organizatorului (%1), doar pentru această ofertă.</translation>
    </message>
    <message>
        <source>We save nothing else about you. Nothing goes to advertisers.</source>
        <translation>Nu salvăm nimic altceva despre dumneavoastră. Nu dăm nimic firmelor de reclamă.</translation>
    </message>
    <message>
        <source>You can cancel at any time. Ask the staff or the provider.</source>
        <translation>Puteți anula oricând. Întrebați personalul sau organizatorul.</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Vă mulțumim!</translation>
    </message>
    <message>
        <source>Before we save it</source>
        <translation>Înainte de salvare</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Încă nu este salvat</translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation>Înscriere</translation>
    </message>
    <message>
        <source>This date is full: you join its waiting list.</source>
        <translation>La această dată nu mai sunt locuri: intrați pe lista de așteptare.</translation>
    </message>
    <message>
        <source>Your name or a nickname</source>
        <translation>Numele dumneavoastră sau o poreclă</translation>
    </message>
    <message>
        <source>For example: Ana</source>
        <translation>De exemplu: Ana</translation>
    </message>
    <message>
        <source>Fine.</source>
        <translation>Bine.</translation>
    </message>
    <message>
        <source>How can the provider reach you? Choose one.</source>
        <translation>Cum vă poate contacta organizatorul? Alegeți o variantă.</translation>
    </message>
    <message>
        <source>For example: ana@web.de</source>
        <translation>De exemplu: ana@gmail.com</translation>
    </message>
    <message>
        <source>A number from abroad: hold * to type +.</source>
        <translation>Număr din străinătate: țineți apăsat * ca să scrieți +.</translation>
    </message>
    <message>
        <source>Fine. Without a contact, your printed claim code is the only link to this sign-up: nobody can tell you if the date changes.</source>
        <translation>Bine. Fără contact, codul personal tipărit este singura legătură cu această înscriere: nimeni nu vă poate anunța dacă se schimbă data.</translation>
    </message>
    <message>
        <source>We keep only your name and one contact.</source>
        <translation>Păstrăm doar numele dumneavoastră și un contact.</translation>
    </message>
    <message>
        <source>Your sheet shows no name and no contact.</source>
        <translation>Pe foaia dumneavoastră nu apare niciun nume și niciun contact.</translation>
    </message>
    <message>
        <source>About your data: we keep only this name and the one contact you choose. The city&apos;s learning hub passes them to this offer&apos;s provider, for this offer only.</source>
        <translation>Despre datele dumneavoastră: păstrăm doar acest nume și contactul pe care îl alegeți. Platforma de învățare a orașului le transmite organizatorului, doar pentru această ofertă.</translation>
    </message>
    <message>
        <source>Your printed sheet carries no name or contact.</source>
        <translation>Foaia tipărită nu conține niciun nume sau contact.</translation>
    </message>
    <message>
        <source>We will save your name &quot;%1&quot;%2 and this sign-up on this kiosk and send them to the city&apos;s learning hub, which passes them to %3 for this offer only.</source>
        <translation>Vom salva numele dumneavoastră „%1”%2 și această înscriere pe acest chioșc și le vom trimite platformei de învățare a orașului. Aceasta le transmite organizatorului %3 doar pentru această ofertă.</translation>
    </message>
    <message>
        <source> and your phone number %1</source>
        <translation> și numărul de telefon %1</translation>
    </message>
    <message>
        <source> and your e-mail address %1</source>
        <translation> și adresa de e-mail %1</translation>
    </message>
    <message>
        <source>This kiosk deletes them %1 hours after the hub has them.</source>
        <translation>Chioșcul le șterge la %1 ore după ce platforma le primește.</translation>
    </message>
    <message>
        <source>This kiosk deletes them as soon as the hub has them.</source>
        <translation>Chioșcul le șterge imediat ce platforma le primește.</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>De exemplu: %1</translation>
    </message>
    <message>
        <source>Fine: %1 (%2)</source>
        <translation>Bine: %1 (%2)</translation>
    </message>
    <message>
        <source>Fine: %1</source>
        <translation>Bine: %1</translation>
    </message>
    <message>
        <source>The city&apos;s learning hub passes them to the provider, only for this offer.</source>
        <translation>Platforma de învățare a orașului le dă organizatorului, doar pentru această ofertă.</translation>
    </message>
    <message>
        <source>Nothing else about you is saved, and nothing is shared for advertising.</source>
        <translation>Nu se salvează nimic altceva despre dumneavoastră și nimic nu este folosit pentru reclame.</translation>
    </message>
    <message>
        <source>You can cancel at any time: ask a member of staff or the provider.</source>
        <translation>Puteți anula oricând: întrebați personalul sau organizatorul.</translation>
    </message>
    <message>
        <source>Yes, I agree</source>
        <translation>Da, sunt de acord</translation>
    </message>
    <message>
        <source>What we stored</source>
        <translation>Ce am salvat</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nume: %1</translation>
    </message>
    <message>
        <source>Contact: none</source>
        <translation>Contact: niciunul</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Sign-up reference: %1</source>
        <translation>Numărul înscrierii: %1</translation>
    </message>
    <message>
        <source>For how long</source>
        <translation>Cât timp</translation>
    </message>
    <message>
        <source>On this kiosk: until the city&apos;s learning hub has it, and %1 hours more; then it is deleted here.</source>
        <translation>Pe acest chioșc: până le primește platforma de învățare a orașului, plus încă %1 ore. Apoi sunt șterse de aici.</translation>
    </message>
    <message>
        <source>On this kiosk: until the city&apos;s learning hub has it, then it is deleted here.</source>
        <translation>Pe acest chioșc: până le primește platforma de învățare a orașului. Apoi sunt șterse de aici.</translation>
    </message>
    <message>
        <source>The provider keeps it only for this offer.</source>
        <translation>Organizatorul le folosește doar pentru această ofertă.</translation>
    </message>
    <message>
        <source>Your sign-up could not be saved. Nothing was lost: please try again, or ask a member of staff.</source>
        <translation>Înscrierea nu a putut fi salvată. Nu s-a pierdut nimic: încercați din nou sau întrebați personalul.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Mai departe</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Se salvează…</translation>
    </message>
    <message>
        <source>Sign me up</source>
        <translation>Vreau să mă înscriu</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Încercați din nou</translation>
    </message>
    <message>
        <source>Record my learning goal</source>
        <translation>Notați-vă obiectivul</translation>
    </message>
    <message>
        <source>Back to my pathway</source>
        <translation>Înapoi la parcurs</translation>
    </message>
    <message>
        <source>Find more offers</source>
        <translation>Căutați alte oferte</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Înapoi</translation>
    </message>
</context>
<context>
    <name>StaffBanner</name>
    <message>
        <source>Staff-assisted</source>
        <translation>Cu ajutorul personalului</translation>
    </message>
    <message>
        <source>Staff menu</source>
        <translation>Meniul personalului</translation>
    </message>
    <message>
        <source>Lock staff mode</source>
        <translation>Blocați modul pentru personal</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>Sign-ups</source>
        <translation>Înscrieri</translation>
    </message>
    <message>
        <source>Cancellations</source>
        <translation>Anulări</translation>
    </message>
    <message>
        <source>Learning goals</source>
        <translation>Obiective de învățare</translation>
    </message>
    <message>
        <source>Other messages</source>
        <translation>Alte mesaje</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>mai puțin de un minut</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 zile</translation>
    </message>
    <message>
        <source>No hub is set up: everything waits in the outbox (hub_url and hub_token in kiosk.toml).</source>
        <translation>Nu este configurată nicio platformă: totul așteaptă în coada de trimitere (hub_url și hub_token în kiosk.toml).</translation>
    </message>
    <message>
        <source>The hub does not accept this kiosk&apos;s token. Issue a new one (connect-hub kiosk add) and put it in kiosk.toml.</source>
        <translation>Platforma nu acceptă tokenul acestui chioșc. Emiteți unul nou (connect-hub kiosk add) și puneți-l în kiosk.toml.</translation>
    </message>
    <message>
        <source>Online: the last round reached the hub.</source>
        <translation>Online: ultima rundă a ajuns la platformă.</translation>
    </message>
    <message>
        <source>Offline: the hub could not be reached.</source>
        <translation>Fără conexiune: platforma nu a putut fi contactată.</translation>
    </message>
    <message>
        <source>Connecting to the hub…</source>
        <translation>Conectare la platformă…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Se tipărește…</translation>
    </message>
    <message>
        <source>The last sheet came out.</source>
        <translation>Ultima foaie a ieșit.</translation>
    </message>
    <message>
        <source>The printer has a problem.</source>
        <translation>Imprimanta are o problemă.</translation>
    </message>
    <message>
        <source>Printing is not available.</source>
        <translation>Tipărirea nu este disponibilă.</translation>
    </message>
    <message>
        <source>Nothing printed since the last problem.</source>
        <translation>Nu s-a tipărit nimic de la ultima problemă.</translation>
    </message>
    <message>
        <source>No problems since the kiosk started.</source>
        <translation>Nicio problemă de la pornirea chioșcului.</translation>
    </message>
    <message>
        <source>Staff menu</source>
        <translation>Meniul personalului</translation>
    </message>
    <message>
        <source>Development setting on: this kiosk does NOT check the hub&apos;s certificate (hub_insecure_skip_tls_verify_for_development_only in kiosk.toml). Anyone on the network could read or change what it sends. Remove the setting before the kiosk is used by the public.</source>
        <translation>Setare de dezvoltare activă: acest chioșc NU verifică certificatul platformei (hub_insecure_skip_tls_verify_for_development_only în kiosk.toml). Oricine din rețea ar putea citi sau modifica ce trimite. Eliminați setarea înainte ca publicul să folosească chioșcul.</translation>
    </message>
    <message>
        <source>Help a citizen sign up</source>
        <translation>Ajutați la o înscriere</translation>
    </message>
    <message>
        <source>Back to the citizen&apos;s screen</source>
        <translation>Înapoi la ecranul public</translation>
    </message>
    <message>
        <source>Sync with the hub</source>
        <translation>Sincronizare cu platforma</translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <translation>Platformă: %1</translation>
    </message>
    <message>
        <source>Last complete sync: %1 (%2 ago)</source>
        <translation>Ultima sincronizare completă: %1 (acum %2)</translation>
    </message>
    <message>
        <source>Not synced completely yet.</source>
        <translation>Încă nu s-a sincronizat complet.</translation>
    </message>
    <message>
        <source>Next try: %1</source>
        <translation>Următoarea încercare: %1</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>Ultima problemă: %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Se sincronizează…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizați acum</translation>
    </message>
    <message>
        <source>Outbox (what waits for the hub)</source>
        <translation>Coada de trimitere (ce așteaptă platforma)</translation>
    </message>
    <message>
        <source>The outbox could not be read: the kiosk&apos;s store is not open.</source>
        <translation>Coada de trimitere nu a putut fi citită: baza de date a chioșcului nu este deschisă.</translation>
    </message>
    <message>
        <source>Reading the outbox…</source>
        <translation>Se citește coada de trimitere…</translation>
    </message>
    <message>
        <source>Nothing waits for the hub (%1 sent so far).</source>
        <translation>Nu așteaptă nimic (trimise până acum: %1).</translation>
    </message>
    <message>
        <source>%1 waiting, %2 sent.</source>
        <translation>În așteptare: %1, trimise: %2.</translation>
    </message>
    <message>
        <source>%1: %2 waiting, the oldest for %3</source>
        <translation>%1: în așteptare %2, cel mai vechi de %3</translation>
    </message>
    <message>
        <source>Recent sync errors:</source>
        <translation>Erori recente de sincronizare:</translation>
    </message>
    <message>
        <source>%1, made %2 ago, tried once: %3</source>
        <translation>%1, creat acum %2, o încercare: %3</translation>
    </message>
    <message>
        <source>%1, made %2 ago, tried %3 times: %4</source>
        <translation>%1, creat acum %2, %3 încercări: %4</translation>
    </message>
    <message>
        <source>Read the outbox again</source>
        <translation>Recitiți coada</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Imprimantă</translation>
    </message>
    <message>
        <source>Sheets are filed in a folder, not printed (print_backend = &quot;folder&quot;).</source>
        <translation>Foile sunt salvate într-un dosar, nu tipărite (print_backend = &quot;folder&quot;).</translation>
    </message>
    <message>
        <source>Printer: %1</source>
        <translation>Imprimantă: %1</translation>
    </message>
    <message>
        <source>the system&apos;s default printer</source>
        <translation>imprimanta implicită a sistemului</translation>
    </message>
    <message>
        <source>Last print: %1</source>
        <translation>Ultima tipărire: %1</translation>
    </message>
    <message>
        <source>Recent printer problems:</source>
        <translation>Probleme recente ale imprimantei:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>Tipăriți o pagină de test</translation>
    </message>
    <message>
        <source>Reprint the last sheet</source>
        <translation>Retipăriți ultima foaie</translation>
    </message>
    <message>
        <source>The last sheet can be printed again only for a few minutes after it was printed.</source>
        <translation>Ultima foaie poate fi retipărită doar câteva minute după tipărire.</translation>
    </message>
    <message>
        <source>This kiosk</source>
        <translation>Acest chioșc</translation>
    </message>
    <message>
        <source>Venue: %1</source>
        <translation>Locație: %1</translation>
    </message>
    <message>
        <source>Venue: not set (venue_name in kiosk.toml)</source>
        <translation>Locație: nesetată (venue_name în kiosk.toml)</translation>
    </message>
    <message>
        <source>Default language: %1</source>
        <translation>Limba implicită: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Se salvează…</translation>
    </message>
    <message>
        <source>Saved in kiosk.toml: the kiosk starts in this language from now on, also after a restart.</source>
        <translation>Salvat în kiosk.toml: de acum chioșcul pornește în această limbă, și după o repornire.</translation>
    </message>
    <message>
        <source>Could not be saved in kiosk.toml: the change lasts only until the kiosk restarts.</source>
        <translation>Nu s-a putut salva în kiosk.toml: schimbarea rămâne doar până la repornirea chioșcului.</translation>
    </message>
    <message>
        <source>Choose the language the kiosk starts in:</source>
        <translation>Alegeți limba în care pornește chioșcul:</translation>
    </message>
    <message>
        <source>App version: %1</source>
        <translation>Versiunea aplicației: %1</translation>
    </message>
    <message>
        <source>Staff mode locks itself after %1 seconds without a touch.</source>
        <translation>Modul personal se blochează după %1 secunde fără atingere.</translation>
    </message>
    <message>
        <source>Leave the kiosk</source>
        <translation>Ieșire din chioșc</translation>
    </message>
    <message>
        <source>The kiosk closes and the desktop shows. Citizens cannot use it until it is started again.</source>
        <translation>Chioșcul se închide și apare desktopul. Publicul nu îl poate folosi până nu este pornit din nou.</translation>
    </message>
    <message>
        <source>Close the kiosk program and show the desktop.</source>
        <translation>Închideți programul chioșcului și afișați desktopul.</translation>
    </message>
    <message>
        <source>Yes, exit to the desktop</source>
        <translation>Da, ieșire la desktop</translation>
    </message>
    <message>
        <source>Exit to the desktop</source>
        <translation>Ieșire la desktop</translation>
    </message>
    <message>
        <source>Close the staff menu</source>
        <translation>Închideți meniul personalului</translation>
    </message>
    <message>
        <source>Lock staff mode</source>
        <translation>Blocați modul pentru personal</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline — your sign-ups are saved and will be sent</source>
        <translation>Fără conexiune: înscrierile sunt salvate și vor fi trimise</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Se conectează</translation>
    </message>
    <message>
        <source>%1 to send</source>
        <translation>De trimis: %1</translation>
    </message>
</context>
</TS>
