<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Learn something new in your city</source>
        <translation>Lernen Sie etwas Neues in Ihrer Stadt</translation>
    </message>
    <message>
        <source>Learn new things near you. Many are free.</source>
        <translation>Lernen Sie Neues in Ihrer Nähe. Vieles ist kostenlos.</translation>
    </message>
    <message>
        <source>Courses, workshops and meet-ups near you. Many are free.</source>
        <translation>Kurse, Workshops und Treffen in Ihrer Nähe. Viele sind kostenlos.</translation>
    </message>
    <message>
        <source>%1 offers to discover</source>
        <translation>%1 Angebote zum Entdecken</translation>
    </message>
    <message>
        <source>Easy read</source>
        <translation>Leichte Sprache</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Große Schrift</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation>Zum Starten berühren</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Wählen Sie Ihre Sprache</translation>
    </message>
</context>
<context>
    <name>BasketScreen</name>
    <message>
        <source>My list</source>
        <translation>Meine Merkliste</translation>
    </message>
    <message>
        <source>Nothing here yet. Open an offer and touch &quot;Add to my list&quot;.</source>
        <translation>Hier ist noch nichts. Öffnen Sie ein Angebot und berühren Sie „Auf die Merkliste“.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Removing an offer from this list does not cancel your sign-up.</source>
        <translation>Wenn Sie ein Angebot von dieser Liste nehmen, bleibt Ihre Anmeldung bestehen.</translation>
    </message>
    <message>
        <source>See the pathway for my goal</source>
        <translation>Lernweg zu meinem Lernziel ansehen</translation>
    </message>
    <message>
        <source>Record another learning goal</source>
        <translation>Noch ein Lernziel festhalten</translation>
    </message>
    <message>
        <source>Record my learning goal</source>
        <translation>Mein Lernziel festhalten</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Zurück</translation>
    </message>
    <message>
        <source>Find more offers</source>
        <translation>Mehr Angebote finden</translation>
    </message>
</context>
<context>
    <name>DetailsScreen</name>
    <message>
        <source>For beginners</source>
        <translation>Für Anfänger</translation>
    </message>
    <message>
        <source>Some experience needed</source>
        <translation>Etwas Erfahrung nötig</translation>
    </message>
    <message>
        <source>For advanced learners</source>
        <translation>Für Fortgeschrittene</translation>
    </message>
    <message>
        <source>For everyone</source>
        <translation>Für alle</translation>
    </message>
    <message>
        <source>as last known at %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>as last known</source>
        <translation>letzter Stand</translation>
    </message>
    <message>
        <source>Full (%1)</source>
        <translation>Voll (%1)</translation>
    </message>
    <message>
        <source>Places left: %1 (%2)</source>
        <translation>Freie Plätze: %1 (%2)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>This offer is no longer available.</source>
        <translation>Dieses Angebot gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>This offer cannot be shown right now. Please ask a member of staff.</source>
        <translation>Dieses Angebot kann gerade nicht angezeigt werden. Bitte fragen Sie das Personal.</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Von %1</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Kostenlos</translation>
    </message>
    <message>
        <source>Taught in: %1</source>
        <translation>Sprache: %1</translation>
    </message>
    <message>
        <source>The provider describes this offer in %1 only.</source>
        <translation>Der Anbieter beschreibt dieses Angebot nur auf %1.</translation>
    </message>
    <message>
        <source>Bring: %1</source>
        <translation>Bitte mitbringen: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>No dates yet. Ask the provider when it starts.</source>
        <translation>Noch keine Termine. Fragen Sie den Anbieter, wann es losgeht.</translation>
    </message>
    <message>
        <source>No sign-up needed: just come along.</source>
        <translation>Keine Anmeldung nötig: Kommen Sie einfach vorbei.</translation>
    </message>
    <message>
        <source>Touch a date to choose it.</source>
        <translation>Berühren Sie einen Termin, um ihn zu wählen.</translation>
    </message>
    <message>
        <source>…and %1 more dates.</source>
        <translation>… und %1 weitere Termine.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>How to get there: %1</source>
        <translation>So kommen Sie hin: %1</translation>
    </message>
    <message>
        <source>Opening hours: %1</source>
        <translation>Öffnungszeiten: %1</translation>
    </message>
    <message>
        <source>Step-free access</source>
        <translation>Stufenloser Zugang</translation>
    </message>
    <message>
        <source>Not step-free</source>
        <translation>Nicht stufenlos</translation>
    </message>
    <message>
        <source>Hearing loop</source>
        <translation>Höranlage</translation>
    </message>
    <message>
        <source>No hearing loop</source>
        <translation>Keine Höranlage</translation>
    </message>
    <message>
        <source>Accessible toilet</source>
        <translation>Barrierefreies WC</translation>
    </message>
    <message>
        <source>No accessible toilet</source>
        <translation>Kein barrierefreies WC</translation>
    </message>
    <message>
        <source>Questions?</source>
        <translation>Fragen?</translation>
    </message>
    <message>
        <source>This date is full. You can join its waiting list, or choose another date.</source>
        <translation>Dieser Termin ist voll. Sie können auf die Warteliste gehen oder einen anderen Termin wählen.</translation>
    </message>
    <message>
        <source>Choose the next date with places</source>
        <translation>Nächsten freien Termin wählen</translation>
    </message>
    <message>
        <source>Join the waiting list</source>
        <translation>Auf die Warteliste</translation>
    </message>
    <message>
        <source>Sign me up</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Zurück</translation>
    </message>
    <message>
        <source>On my list</source>
        <translation>Auf meiner Merkliste</translation>
    </message>
    <message>
        <source>Add to my list</source>
        <translation>Auf die Merkliste</translation>
    </message>
</context>
<context>
    <name>DiscoverScreen</name>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Computers &amp; internet</source>
        <translation>Computer &amp; Internet</translation>
    </message>
    <message>
        <source>Work &amp; jobs</source>
        <translation>Arbeit &amp; Beruf</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <source>Family &amp; children</source>
        <translation>Familie &amp; Kinder</translation>
    </message>
    <message>
        <source>Culture &amp; art</source>
        <translation>Kultur &amp; Kunst</translation>
    </message>
    <message>
        <source>Making &amp; repairing</source>
        <translation>Basteln &amp; Reparieren</translation>
    </message>
    <message>
        <source>Neighbourhood &amp; volunteering</source>
        <translation>Nachbarschaft &amp; Ehrenamt</translation>
    </message>
    <message>
        <source>Nature &amp; garden</source>
        <translation>Natur &amp; Garten</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Geld</translation>
    </message>
    <message>
        <source>Reading &amp; writing</source>
        <translation>Lesen &amp; Schreiben</translation>
    </message>
    <message>
        <source>Loading offers…</source>
        <translation>Angebote werden geladen …</translation>
    </message>
    <message>
        <source>Offers found: %1</source>
        <translation>Gefundene Angebote: %1</translation>
    </message>
    <message>
        <source>Find something to learn</source>
        <translation>Etwas zum Lernen finden</translation>
    </message>
    <message>
        <source>Nothing found. Try other words.</source>
        <translation>Nichts gefunden. Versuchen Sie andere Wörter.</translation>
    </message>
    <message>
        <source>No offers found — try fewer filters or other words.</source>
        <translation>Keine Angebote gefunden. Versuchen Sie weniger Filter oder andere Wörter.</translation>
    </message>
    <message>
        <source>The offers cannot be shown right now. Please ask a member of staff.</source>
        <translation>Die Angebote können gerade nicht angezeigt werden. Bitte fragen Sie das Personal.</translation>
    </message>
    <message>
        <source>Search: a topic, a place, a word…</source>
        <translation>Suche: ein Thema, ein Ort, ein Wort …</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Free only</source>
        <translation>Nur kostenlose</translation>
    </message>
    <message>
        <source>Mornings</source>
        <translation>Vormittags</translation>
    </message>
    <message>
        <source>Afternoons</source>
        <translation>Nachmittags</translation>
    </message>
    <message>
        <source>Evenings</source>
        <translation>Abends</translation>
    </message>
    <message>
        <source>Step-free access</source>
        <translation>Stufenloser Zugang</translation>
    </message>
    <message>
        <source>Taught in my language</source>
        <translation>In meiner Sprache</translation>
    </message>
    <message>
        <source>✕ Clear filters</source>
        <translation>✕ Filter löschen</translation>
    </message>
</context>
<context>
    <name>GoalScreen</name>
    <message>
        <source>Find a job</source>
        <translation>Arbeit finden</translation>
    </message>
    <message>
        <source>Change my job</source>
        <translation>Beruf wechseln</translation>
    </message>
    <message>
        <source>Learn German</source>
        <translation>Deutsch lernen</translation>
    </message>
    <message>
        <source>Learn another language</source>
        <translation>Andere Sprache lernen</translation>
    </message>
    <message>
        <source>Computers &amp; phones</source>
        <translation>Computer &amp; Handy</translation>
    </message>
    <message>
        <source>Help my children</source>
        <translation>Meinen Kindern helfen</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <source>Culture &amp; creativity</source>
        <translation>Kultur &amp; Kreativität</translation>
    </message>
    <message>
        <source>Community &amp; volunteering</source>
        <translation>Gemeinschaft &amp; Ehrenamt</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>Mornings</source>
        <translation>Vormittags</translation>
    </message>
    <message>
        <source>Afternoons</source>
        <translation>Nachmittags</translation>
    </message>
    <message>
        <source>Evenings</source>
        <translation>Abends</translation>
    </message>
    <message>
        <source>No steps (wheelchair, pram)</source>
        <translation>Ohne Stufen (Rollstuhl, Kinderwagen)</translation>
    </message>
    <message>
        <source>Hearing loop</source>
        <translation>Höranlage</translation>
    </message>
    <message>
        <source>Accessible toilet</source>
        <translation>Barrierefreies WC</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Kinderbetreuung</translation>
    </message>
    <message>
        <source>Sign language</source>
        <translation>Gebärdensprache</translation>
    </message>
    <message>
        <source>Easy language</source>
        <translation>Einfache Sprache</translation>
    </message>
    <message>
        <source>More than 6 hours</source>
        <translation>Mehr als 6 Stunden</translation>
    </message>
    <message numerus="yes">
        <source>About %n h a week</source>
        <translation>
            <numerusform>Etwa %n Std. pro Woche</numerusform>
            <numerusform>Etwa %n Std. pro Woche</numerusform>
        </translation>
    </message>
    <message>
        <source>Any distance</source>
        <translation>Egal wie weit</translation>
    </message>
    <message>
        <source>Up to %1 km</source>
        <translation>Bis %1 km</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>Was möchten Sie erreichen?</translation>
    </message>
    <message>
        <source>In your own words (if you like)</source>
        <translation>In Ihren eigenen Worten (wenn Sie möchten)</translation>
    </message>
    <message>
        <source>How much time do you have each week?</source>
        <translation>Wie viel Zeit haben Sie pro Woche?</translation>
    </message>
    <message>
        <source>Which days and times suit you?</source>
        <translation>Welche Tage und Zeiten passen Ihnen?</translation>
    </message>
    <message>
        <source>What may it cost?</source>
        <translation>Was darf es kosten?</translation>
    </message>
    <message>
        <source>Which language do you learn best in?</source>
        <translation>In welcher Sprache lernen Sie am besten?</translation>
    </message>
    <message>
        <source>How far will you go?</source>
        <translation>Wie weit möchten Sie fahren?</translation>
    </message>
    <message>
        <source>Do you need any of these?</source>
        <translation>Brauchen Sie etwas davon?</translation>
    </message>
    <message>
        <source>Is this right?</source>
        <translation>Stimmt das so?</translation>
    </message>
    <message>
        <source>Your learning goal is saved</source>
        <translation>Ihr Lernziel ist gespeichert</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>In your words: %1</source>
        <translation>In Ihren Worten: %1</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Zeit: %1</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Wann: %1</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Kosten: %1</translation>
    </message>
    <message>
        <source>a small fee is fine</source>
        <translation>eine kleine Gebühr ist in Ordnung</translation>
    </message>
    <message>
        <source>free only</source>
        <translation>nur kostenlos</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Sprache: %1</translation>
    </message>
    <message>
        <source>Distance: %1</source>
        <translation>Entfernung: %1</translation>
    </message>
    <message>
        <source>Needs: %1</source>
        <translation>Bedarf: %1</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>For example: &quot;I want to write e-mails to my grandson.&quot; You can also skip this.</source>
        <translation>Zum Beispiel: „Ich möchte meinem Enkel E-Mails schreiben.“ Sie können das auch überspringen.</translation>
    </message>
    <message>
        <source>Type here…</source>
        <translation>Hier schreiben …</translation>
    </message>
    <message>
        <source>Free only</source>
        <translation>Nur kostenlos</translation>
    </message>
    <message>
        <source>A small fee is fine</source>
        <translation>Eine kleine Gebühr ist in Ordnung</translation>
    </message>
    <message>
        <source>Your goal could not be saved. Nothing was lost: please try again, or ask a member of staff.</source>
        <translation>Ihr Ziel konnte nicht gespeichert werden. Es ist nichts verloren: Bitte versuchen Sie es noch einmal oder fragen Sie das Personal.</translation>
    </message>
    <message>
        <source>Your claim code. Please note it down: with it, staff can find your goal.</source>
        <translation>Ihr Abholcode. Bitte schreiben Sie ihn auf: Damit findet das Personal Ihr Ziel.</translation>
    </message>
    <message>
        <source>This kiosk sends your goal to the city&apos;s learning hub and then deletes your own words here. With the claim code, staff and mentors can find your goal.</source>
        <translation>Dieser Kiosk schickt Ihr Ziel an die Lernzentrale der Stadt. Danach löscht er Ihre eigenen Worte hier. Mit dem Abholcode finden Personal und Lernbegleiter Ihr Ziel.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Save my learning goal</source>
        <translation>Mein Lernziel speichern</translation>
    </message>
    <message>
        <source>See my pathway</source>
        <translation>Meinen Lernweg ansehen</translation>
    </message>
    <message>
        <source>Find offers</source>
        <translation>Angebote finden</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Zurück</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Sind Sie noch da?</translation>
    </message>
    <message>
        <source>Seconds left: %1. Then this kiosk starts over and forgets what you entered.</source>
        <translation>Noch %1 Sekunden. Dann beginnt der Kiosk von vorn und vergisst Ihre Eingaben.</translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>Ich brauche mehr Zeit</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Choose your language</source>
        <translation>Wählen Sie Ihre Sprache</translation>
    </message>
    <message>
        <source>Make it easier to read</source>
        <translation>Leichter lesen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>CONNECT Learning Kiosk</source>
        <translation>CONNECT Lern-Kiosk</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Start over</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>My learning goal</source>
        <translation>Mein Lernziel</translation>
    </message>
    <message>
        <source>My list (%1)</source>
        <translation>Merkliste (%1)</translation>
    </message>
</context>
<context>
    <name>OfferTile</name>
    <message>
        <source>Today, %1</source>
        <translation>Heute, %1</translation>
    </message>
    <message>
        <source>Tomorrow, %1</source>
        <translation>Morgen, %1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>No dates yet</source>
        <translation>Noch keine Termine</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Kostenlos</translation>
    </message>
</context>
<context>
    <name>PathwayScreen</name>
    <message>
        <source>No sign-up needed — just come</source>
        <translation>Keine Anmeldung nötig – einfach kommen</translation>
    </message>
    <message>
        <source>Signed up — waiting for the provider to confirm</source>
        <translation>Angemeldet – der Anbieter muss noch bestätigen</translation>
    </message>
    <message>
        <source>Signed up — your place is confirmed</source>
        <translation>Angemeldet – Ihr Platz ist bestätigt</translation>
    </message>
    <message>
        <source>Signed up — on the waiting list</source>
        <translation>Angemeldet – auf der Warteliste</translation>
    </message>
    <message>
        <source>Sign-up not accepted — please ask a member of staff</source>
        <translation>Anmeldung nicht angenommen – bitte fragen Sie das Personal</translation>
    </message>
    <message>
        <source>Not signed up yet</source>
        <translation>Noch nicht angemeldet</translation>
    </message>
    <message>
        <source>%1 (and %2 more dates)</source>
        <translation>%1 (weitere Termine: %2)</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Your learning pathway</source>
        <translation>Ihr Lernweg</translation>
    </message>
    <message>
        <source>Planning your pathway from today&apos;s offers…</source>
        <translation>Ihr Lernweg wird aus den heutigen Angeboten geplant …</translation>
    </message>
    <message>
        <source>Your pathway could not be planned. Please try again, or ask a member of staff.</source>
        <translation>Ihr Lernweg konnte nicht geplant werden. Bitte versuchen Sie es noch einmal oder fragen Sie das Personal.</translation>
    </message>
    <message>
        <source>This is your plan. You can change each step.</source>
        <translation>Das ist Ihr Plan. Sie können jeden Schritt ändern.</translation>
    </message>
    <message>
        <source>Planned from today&apos;s offers for your learning goal. Swap, remove or sign up for any step.</source>
        <translation>Aus den heutigen Angeboten für Ihr Lernziel geplant. Sie können jeden Schritt tauschen, entfernen oder sich dafür anmelden.</translation>
    </message>
    <message>
        <source>Record your learning goal first: then the kiosk plans a pathway for it.</source>
        <translation>Halten Sie zuerst Ihr Lernziel fest: Dann plant der Kiosk einen Lernweg dafür.</translation>
    </message>
    <message>
        <source>Offers that nearly fit:</source>
        <translation>Angebote, die fast passen:</translation>
    </message>
    <message>
        <source>Who can help: %1</source>
        <translation>Wer hilft: %1</translation>
    </message>
    <message>
        <source>the staff at the library&apos;s information desk</source>
        <translation>das Personal an der Information der Bibliothek</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Entfernt: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>You are signed up for this, so it stays on your pathway.</source>
        <translation>Hierfür sind Sie angemeldet, darum bleibt es auf Ihrem Lernweg.</translation>
    </message>
    <message>
        <source>That offer clashes with another step. Please choose another one.</source>
        <translation>Dieses Angebot überschneidet sich mit einem anderen Schritt. Bitte wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>Sign me up</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Tauschen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Instead of this step:</source>
        <translation>Statt dieses Schritts:</translation>
    </message>
    <message>
        <source>No steps left. Find more offers, or record your learning goal again.</source>
        <translation>Keine Schritte mehr. Finden Sie weitere Angebote oder halten Sie Ihr Lernziel neu fest.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Wird gedruckt …</translation>
    </message>
    <message>
        <source>Done — please take your sheet</source>
        <translation>Fertig – bitte nehmen Sie Ihr Blatt</translation>
    </message>
    <message>
        <source>Printer problem</source>
        <translation>Problem mit dem Drucker</translation>
    </message>
    <message>
        <source>Please take a photo of this code instead: it opens your pathway on the city&apos;s learning hub. Staff have been told about the printer.</source>
        <translation>Fotografieren Sie stattdessen diesen Code: Er öffnet Ihren Lernweg auf der Lernplattform der Stadt. Das Personal weiß über den Drucker Bescheid.</translation>
    </message>
    <message>
        <source>Please ask a member of staff for help now.</source>
        <translation>Bitte fragen Sie jetzt das Personal um Hilfe.</translation>
    </message>
    <message>
        <source>Your claim code:</source>
        <translation>Ihr Abholcode:</translation>
    </message>
    <message>
        <source>Print my pathway sheet again</source>
        <translation>Lernweg-Blatt nochmals drucken</translation>
    </message>
    <message>
        <source>Print my pathway sheet</source>
        <translation>Lernweg-Blatt drucken</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Noch einmal versuchen</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Zurück</translation>
    </message>
    <message>
        <source>Find more offers</source>
        <translation>Mehr Angebote finden</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Too many wrong PINs. Try again in %1 min %2 s.</source>
        <translation>Zu viele falsche PINs. Versuchen Sie es in %1 min %2 s wieder.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in 1 second.</source>
        <translation>Zu viele falsche PINs. Versuchen Sie es in 1 Sekunde wieder.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 seconds.</source>
        <translation>Zu viele falsche PINs. Versuchen Sie es in %1 Sekunden wieder.</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>Personal-PIN</translation>
    </message>
    <message>
        <source>Digits typed: %1</source>
        <translation>Eingegebene Ziffern: %1</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>Einen Moment …</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>PIN wird geprüft …</translation>
    </message>
    <message>
        <source>Staff mode is not set up on this kiosk. An administrator sets a PIN on the kiosk&apos;s computer with the command: connect-kiosk set-staff-pin</source>
        <translation>Der Personalmodus ist auf diesem Kiosk nicht eingerichtet. Eine Administratorin oder ein Administrator legt die PIN am Kiosk-Rechner fest, mit dem Befehl: connect-kiosk set-staff-pin</translation>
    </message>
    <message>
        <source>Wrong PIN. 1 more try, then the pad pauses.</source>
        <translation>Falsche PIN. Noch 1 Versuch, dann pausiert das Tastenfeld.</translation>
    </message>
    <message>
        <source>Wrong PIN. %1 more tries, then the pad pauses.</source>
        <translation>Falsche PIN. Noch %1 Versuche, dann pausiert das Tastenfeld.</translation>
    </message>
    <message>
        <source>Type the staff PIN. After a wrong one the pad pauses again, for longer.</source>
        <translation>Geben Sie die Personal-PIN ein. Nach einer falschen pausiert das Tastenfeld wieder, länger als zuvor.</translation>
    </message>
    <message>
        <source>Type the staff PIN.</source>
        <translation>Geben Sie die Personal-PIN ein.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <source>Stop reading</source>
        <translation>Vorlesen beenden</translation>
    </message>
    <message>
        <source>No voice for this language</source>
        <translation>Keine Stimme für diese Sprache</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Vorlesen</translation>
    </message>
</context>
<context>
    <name>ReadAloudPanel</name>
    <message>
        <source>No voice for this language</source>
        <translation>Keine Stimme für diese Sprache</translation>
    </message>
    <message>
        <source>Reading aloud is not available on this kiosk</source>
        <translation>Vorlesen ist auf diesem Kiosk nicht möglich</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Leiser</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Lauter</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Langsamer</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Schneller</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Clear search</source>
        <translation>Suche löschen</translation>
    </message>
</context>
<context>
    <name>SignUpScreen</name>
    <message>
        <source>Please type a name or a nickname.</source>
        <translation>Bitte schreiben Sie einen Namen oder Spitznamen.</translation>
    </message>
    <message>
        <source>Please use at most 60 letters.</source>
        <translation>Bitte höchstens 60 Zeichen.</translation>
    </message>
    <message>
        <source>A name needs at least one letter.</source>
        <translation>Ein Name braucht mindestens einen Buchstaben.</translation>
    </message>
    <message>
        <source>Please use only letters, numbers, spaces, - and &apos;.</source>
        <translation>Bitte nur Buchstaben, Ziffern, Leerzeichen, - und &apos;.</translation>
    </message>
    <message>
        <source>Please type your phone number.</source>
        <translation>Bitte schreiben Sie Ihre Telefonnummer.</translation>
    </message>
    <message>
        <source>A phone number has only digits, spaces and +.</source>
        <translation>Eine Telefonnummer hat nur Ziffern, Leerzeichen und +.</translation>
    </message>
    <message>
        <source>This number is too short.</source>
        <translation>Diese Nummer ist zu kurz.</translation>
    </message>
    <message>
        <source>This number is too long.</source>
        <translation>Diese Nummer ist zu lang.</translation>
    </message>
    <message>
        <source>This does not look like a phone number.</source>
        <translation>Das sieht nicht wie eine Telefonnummer aus.</translation>
    </message>
    <message>
        <source>Please type your e-mail address.</source>
        <translation>Bitte schreiben Sie Ihre E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>An e-mail address has an @ in it.</source>
        <translation>Eine E-Mail-Adresse hat ein @.</translation>
    </message>
    <message>
        <source>Something is missing before the @.</source>
        <translation>Vor dem @ fehlt etwas.</translation>
    </message>
    <message>
        <source>Something is missing after the @, like web.de.</source>
        <translation>Nach dem @ fehlt etwas, zum Beispiel web.de.</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address.</source>
        <translation>Das sieht nicht wie eine E-Mail-Adresse aus.</translation>
    </message>
    <message>
        <source>Please check the end of the address, after the last dot.</source>
        <translation>Bitte prüfen Sie das Ende der Adresse, nach dem letzten Punkt.</translation>
    </message>
    <message>
        <source>Please choose how the provider can reach you.</source>
        <translation>Bitte wählen Sie, wie der Anbieter Sie erreicht.</translation>
    </message>
    <message>
        <source>Please choose phone, e-mail or no contact.</source>
        <translation>Bitte wählen Sie Telefon, E-Mail oder keinen Kontakt.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>Kein Kontakt</translation>
    </message>
    <message>
        <source>Your place is confirmed.</source>
        <translation>Ihr Platz ist bestätigt.</translation>
    </message>
    <message>
        <source>You are on the waiting list.</source>
        <translation>Sie stehen auf der Warteliste.</translation>
    </message>
    <message>
        <source>The provider could not accept this sign-up.</source>
        <translation>Der Anbieter konnte diese Anmeldung nicht annehmen.</translation>
    </message>
    <message>
        <source>This sign-up was cancelled.</source>
        <translation>Diese Anmeldung wurde abgesagt.</translation>
    </message>
    <message>
        <source>Your place is provisional.</source>
        <translation>Ihr Platz ist vorläufig.</translation>
    </message>
    <message>
        <source>Your place is not sure yet.</source>
        <translation>Ihr Platz ist noch nicht sicher.</translation>
    </message>
    <message>
        <source>You gave no contact: print your pathway sheet — its claim code is your only link to this sign-up.</source>
        <translation>Sie haben keinen Kontakt angegeben. Drucken Sie Ihr Lernweg-Blatt aus: Der Abholcode darauf ist Ihre einzige Verbindung zu dieser Anmeldung.</translation>
    </message>
    <message>
        <source>The provider will call or text you if anything changes.</source>
        <translation>Der Anbieter ruft an oder schreibt eine SMS, wenn sich etwas ändert.</translation>
    </message>
    <message>
        <source>The provider will e-mail you if anything changes.</source>
        <translation>Der Anbieter schreibt Ihnen eine E-Mail, wenn sich etwas ändert.</translation>
    </message>
    <message>
        <source>Please come on the date shown. </source>
        <translation>Bitte kommen Sie zum angezeigten Termin. </translation>
    </message>
    <message>
        <source>If a place becomes free, it goes to the first person on the list. </source>
        <translation>Wird ein Platz frei, bekommt ihn die erste Person auf der Liste. </translation>
    </message>
    <message>
        <source>Please ask a member of staff or choose another offer.</source>
        <translation>Bitte fragen Sie das Personal oder wählen Sie ein anderes Angebot.</translation>
    </message>
    <message>
        <source>The city&apos;s learning hub decides.</source>
        <translation>Die Lernzentrale der Stadt entscheidet.</translation>
    </message>
    <message>
        <source>The first to sign up get the places.</source>
        <translation>Wer sich zuerst anmeldet, bekommt zuerst einen Platz.</translation>
    </message>
    <message>
        <source>This kiosk sends your sign-up as soon as it can.</source>
        <translation>Dieser Kiosk schickt Ihre Anmeldung, sobald er kann.</translation>
    </message>
    <message>
        <source>The answer comes on this screen.</source>
        <translation>Die Antwort erscheint auf diesem Bildschirm.</translation>
    </message>
    <message>
        <source>The city&apos;s learning hub decides in the order sign-ups arrive; this kiosk sends yours as soon as it is online. This screen shows the answer when it comes. </source>
        <translation>Die Lernzentrale der Stadt entscheidet nach der Reihenfolge der Anmeldungen. Dieser Kiosk schickt Ihre, sobald er online ist. Die Antwort erscheint hier. </translation>
    </message>
    <message>
        <source>We save your name: %1</source>
        <translation>Wir speichern Ihren Namen: %1</translation>
    </message>
    <message>
        <source>We save your phone number: %1</source>
        <translation>Wir speichern Ihre Telefonnummer: %1</translation>
    </message>
    <message>
        <source>We save your e-mail address: %1</source>
        <translation>Wir speichern Ihre E-Mail-Adresse: %1</translation>
    </message>
    <message>
        <source>We send them to the city&apos;s learning hub.</source>
        <translation>Wir schicken sie an die Lernzentrale der Stadt.</translation>
    </message>
    <message>
        <source>The hub gives them to %1, only for this offer.</source>
        <translation>Die Zentrale gibt sie an %1 weiter. Nur für dieses Angebot.</translation>
    </message>
    <message>
        <source>We save nothing else about you. Nothing goes to advertisers.</source>
        <translation>Sonst speichern wir nichts über Sie. Nichts geht an Werbefirmen.</translation>
    </message>
    <message>
        <source>You can cancel at any time. Ask the staff or the provider.</source>
        <translation>Sie können jederzeit absagen. Fragen Sie das Personal oder den Anbieter.</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Vielen Dank!</translation>
    </message>
    <message>
        <source>Before we save it</source>
        <translation>Bevor wir speichern</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>This date is full: you join its waiting list.</source>
        <translation>Dieser Termin ist voll: Sie kommen auf die Warteliste.</translation>
    </message>
    <message>
        <source>Your name or a nickname</source>
        <translation>Ihr Name oder Spitzname</translation>
    </message>
    <message>
        <source>For example: Ana</source>
        <translation>Zum Beispiel: Ana</translation>
    </message>
    <message>
        <source>Fine.</source>
        <translation>Gut.</translation>
    </message>
    <message>
        <source>How can the provider reach you? Choose one.</source>
        <translation>Wie erreicht Sie der Anbieter? Wählen Sie eins.</translation>
    </message>
    <message>
        <source>For example: ana@web.de</source>
        <translation>Zum Beispiel: ana@web.de</translation>
    </message>
    <message>
        <source>A number from abroad: hold * to type +.</source>
        <translation>Nummer aus dem Ausland: Halten Sie * gedrückt für +.</translation>
    </message>
    <message>
        <source>Fine. Without a contact, your printed claim code is the only link to this sign-up: nobody can tell you if the date changes.</source>
        <translation>Gut. Ohne Kontakt ist Ihr gedruckter Abholcode die einzige Verbindung zu dieser Anmeldung. Niemand kann Ihnen sagen, wenn sich der Termin ändert.</translation>
    </message>
    <message>
        <source>We keep only your name and one contact.</source>
        <translation>Wir speichern nur Ihren Namen und einen Kontakt.</translation>
    </message>
    <message>
        <source>Your sheet shows no name and no contact.</source>
        <translation>Auf Ihrem Blatt stehen kein Name und kein Kontakt.</translation>
    </message>
    <message>
        <source>About your data: we keep only this name and the one contact you choose. The city&apos;s learning hub passes them to this offer&apos;s provider, for this offer only.</source>
        <translation>Zu Ihren Daten: Wir speichern nur diesen Namen und den einen Kontakt, den Sie wählen. Die Lernzentrale der Stadt gibt sie an den Anbieter weiter, nur für dieses Angebot.</translation>
    </message>
    <message>
        <source>Your printed sheet carries no name or contact.</source>
        <translation>Auf Ihrem gedruckten Blatt stehen kein Name und kein Kontakt.</translation>
    </message>
    <message>
        <source>We will save your name &quot;%1&quot;%2 and this sign-up on this kiosk and send them to the city&apos;s learning hub, which passes them to %3 for this offer only.</source>
        <translation>Wir speichern Ihren Namen „%1“%2 und diese Anmeldung auf diesem Kiosk. Wir schicken sie an die Lernzentrale der Stadt. Sie gibt sie an %3 weiter, nur für dieses Angebot.</translation>
    </message>
    <message>
        <source> and your phone number %1</source>
        <translation> und Ihre Telefonnummer %1</translation>
    </message>
    <message>
        <source> and your e-mail address %1</source>
        <translation> und Ihre E-Mail-Adresse %1</translation>
    </message>
    <message>
        <source>This kiosk deletes them %1 hours after the hub has them.</source>
        <translation>Dieser Kiosk löscht sie %1 Stunden, nachdem die Zentrale sie hat.</translation>
    </message>
    <message>
        <source>This kiosk deletes them as soon as the hub has them.</source>
        <translation>Dieser Kiosk löscht sie, sobald die Zentrale sie hat.</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>Zum Beispiel: %1</translation>
    </message>
    <message>
        <source>Fine: %1 (%2)</source>
        <translation>Gut: %1 (%2)</translation>
    </message>
    <message>
        <source>Fine: %1</source>
        <translation>Gut: %1</translation>
    </message>
    <message>
        <source>The city&apos;s learning hub passes them to the provider, only for this offer.</source>
        <translation>Die Lernzentrale der Stadt gibt sie an den Anbieter weiter. Nur für dieses Angebot.</translation>
    </message>
    <message>
        <source>Nothing else about you is saved, and nothing is shared for advertising.</source>
        <translation>Sonst wird nichts über Sie gespeichert. Nichts wird für Werbung weitergegeben.</translation>
    </message>
    <message>
        <source>You can cancel at any time: ask a member of staff or the provider.</source>
        <translation>Sie können jederzeit absagen: Fragen Sie das Personal oder den Anbieter.</translation>
    </message>
    <message>
        <source>Yes, I agree</source>
        <translation>Ja, einverstanden</translation>
    </message>
    <message>
        <source>What we stored</source>
        <translation>Was wir gespeichert haben</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>Contact: none</source>
        <translation>Kontakt: keiner</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Sign-up reference: %1</source>
        <translation>Anmeldenummer: %1</translation>
    </message>
    <message>
        <source>For how long</source>
        <translation>Wie lange</translation>
    </message>
    <message>
        <source>On this kiosk: until the city&apos;s learning hub has it, and %1 hours more; then it is deleted here.</source>
        <translation>Auf diesem Kiosk: bis die Lernzentrale der Stadt sie hat, und %1 Stunden länger. Dann wird sie hier gelöscht.</translation>
    </message>
    <message>
        <source>On this kiosk: until the city&apos;s learning hub has it, then it is deleted here.</source>
        <translation>Auf diesem Kiosk: bis die Lernzentrale der Stadt sie hat. Dann wird sie hier gelöscht.</translation>
    </message>
    <message>
        <source>The provider keeps it only for this offer.</source>
        <translation>Der Anbieter nutzt sie nur für dieses Angebot.</translation>
    </message>
    <message>
        <source>Your sign-up could not be saved. Nothing was lost: please try again, or ask a member of staff.</source>
        <translation>Ihre Anmeldung konnte nicht gespeichert werden. Es ist nichts verloren: Bitte versuchen Sie es noch einmal oder fragen Sie das Personal.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Sign me up</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Noch einmal versuchen</translation>
    </message>
    <message>
        <source>Record my learning goal</source>
        <translation>Mein Lernziel festhalten</translation>
    </message>
    <message>
        <source>Back to my pathway</source>
        <translation>Zurück zum Lernweg</translation>
    </message>
    <message>
        <source>Find more offers</source>
        <translation>Mehr Angebote finden</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Zurück</translation>
    </message>
</context>
<context>
    <name>StaffBanner</name>
    <message>
        <source>Staff-assisted</source>
        <translation>Mit Personal</translation>
    </message>
    <message>
        <source>Staff menu</source>
        <translation>Personalmenü</translation>
    </message>
    <message>
        <source>Lock staff mode</source>
        <translation>Personalmodus sperren</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>Sign-ups</source>
        <translation>Anmeldungen</translation>
    </message>
    <message>
        <source>Cancellations</source>
        <translation>Absagen</translation>
    </message>
    <message>
        <source>Learning goals</source>
        <translation>Lernziele</translation>
    </message>
    <message>
        <source>Other messages</source>
        <translation>Andere Nachrichten</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>weniger als einer Minute</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tagen</translation>
    </message>
    <message>
        <source>No hub is set up: everything waits in the outbox (hub_url and hub_token in kiosk.toml).</source>
        <translation>Keine Zentrale eingerichtet: Alles wartet im Postausgang (hub_url und hub_token in kiosk.toml).</translation>
    </message>
    <message>
        <source>The hub does not accept this kiosk&apos;s token. Issue a new one (connect-hub kiosk add) and put it in kiosk.toml.</source>
        <translation>Die Zentrale nimmt den Token dieses Kiosks nicht an. Stellen Sie einen neuen aus (connect-hub kiosk add) und tragen Sie ihn in kiosk.toml ein.</translation>
    </message>
    <message>
        <source>Online: the last round reached the hub.</source>
        <translation>Online: Die letzte Runde hat die Zentrale erreicht.</translation>
    </message>
    <message>
        <source>Offline: the hub could not be reached.</source>
        <translation>Offline: Die Zentrale war nicht erreichbar.</translation>
    </message>
    <message>
        <source>Connecting to the hub…</source>
        <translation>Verbindung zur Zentrale …</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Wird gedruckt …</translation>
    </message>
    <message>
        <source>The last sheet came out.</source>
        <translation>Das letzte Blatt ist herausgekommen.</translation>
    </message>
    <message>
        <source>The printer has a problem.</source>
        <translation>Der Drucker hat ein Problem.</translation>
    </message>
    <message>
        <source>Printing is not available.</source>
        <translation>Drucken ist nicht möglich.</translation>
    </message>
    <message>
        <source>Nothing printed since the last problem.</source>
        <translation>Seit dem letzten Problem wurde nichts gedruckt.</translation>
    </message>
    <message>
        <source>No problems since the kiosk started.</source>
        <translation>Keine Probleme seit dem Start des Kiosks.</translation>
    </message>
    <message>
        <source>Staff menu</source>
        <translation>Personalmenü</translation>
    </message>
    <message>
        <source>Development setting on: this kiosk does NOT check the hub&apos;s certificate (hub_insecure_skip_tls_verify_for_development_only in kiosk.toml). Anyone on the network could read or change what it sends. Remove the setting before the kiosk is used by the public.</source>
        <translation>Entwicklungseinstellung aktiv: Dieser Kiosk prüft das Zertifikat der Zentrale NICHT (hub_insecure_skip_tls_verify_for_development_only in kiosk.toml). Jeder im Netz könnte mitlesen oder ändern, was er sendet. Entfernen Sie die Einstellung, bevor die Öffentlichkeit den Kiosk nutzt.</translation>
    </message>
    <message>
        <source>Help a citizen sign up</source>
        <translation>Bei einer Anmeldung helfen</translation>
    </message>
    <message>
        <source>Back to the citizen&apos;s screen</source>
        <translation>Zurück zur Bürgeransicht</translation>
    </message>
    <message>
        <source>Sync with the hub</source>
        <translation>Abgleich mit der Zentrale</translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <translation>Zentrale: %1</translation>
    </message>
    <message>
        <source>Last complete sync: %1 (%2 ago)</source>
        <translation>Letzter vollständiger Abgleich: %1 (vor %2)</translation>
    </message>
    <message>
        <source>Not synced completely yet.</source>
        <translation>Noch nicht vollständig abgeglichen.</translation>
    </message>
    <message>
        <source>Next try: %1</source>
        <translation>Nächster Versuch: %1</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>Letztes Problem: %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Wird abgeglichen …</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt abgleichen</translation>
    </message>
    <message>
        <source>Outbox (what waits for the hub)</source>
        <translation>Postausgang (was auf die Zentrale wartet)</translation>
    </message>
    <message>
        <source>The outbox could not be read: the kiosk&apos;s store is not open.</source>
        <translation>Der Postausgang konnte nicht gelesen werden: Der Speicher des Kiosks ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Reading the outbox…</source>
        <translation>Postausgang wird gelesen …</translation>
    </message>
    <message>
        <source>Nothing waits for the hub (%1 sent so far).</source>
        <translation>Nichts wartet auf die Zentrale (bisher %1 gesendet).</translation>
    </message>
    <message>
        <source>%1 waiting, %2 sent.</source>
        <translation>%1 wartend, %2 gesendet.</translation>
    </message>
    <message>
        <source>%1: %2 waiting, the oldest for %3</source>
        <translation>%1: %2 wartend, die älteste seit %3</translation>
    </message>
    <message>
        <source>Recent sync errors:</source>
        <translation>Letzte Fehler beim Abgleich:</translation>
    </message>
    <message>
        <source>%1, made %2 ago, tried once: %3</source>
        <translation>%1, vor %2 erstellt, ein Versuch: %3</translation>
    </message>
    <message>
        <source>%1, made %2 ago, tried %3 times: %4</source>
        <translation>%1, vor %2 erstellt, %3 Versuche: %4</translation>
    </message>
    <message>
        <source>Read the outbox again</source>
        <translation>Postausgang neu lesen</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <source>Sheets are filed in a folder, not printed (print_backend = &quot;folder&quot;).</source>
        <translation>Blätter werden in einem Ordner abgelegt, nicht gedruckt (print_backend = &quot;folder&quot;).</translation>
    </message>
    <message>
        <source>Printer: %1</source>
        <translation>Drucker: %1</translation>
    </message>
    <message>
        <source>the system&apos;s default printer</source>
        <translation>der Standarddrucker des Systems</translation>
    </message>
    <message>
        <source>Last print: %1</source>
        <translation>Letzter Druck: %1</translation>
    </message>
    <message>
        <source>Recent printer problems:</source>
        <translation>Letzte Druckerprobleme:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>Testseite drucken</translation>
    </message>
    <message>
        <source>Reprint the last sheet</source>
        <translation>Letztes Blatt nochmals drucken</translation>
    </message>
    <message>
        <source>The last sheet can be printed again only for a few minutes after it was printed.</source>
        <translation>Das letzte Blatt lässt sich nur wenige Minuten nach dem Druck erneut drucken.</translation>
    </message>
    <message>
        <source>This kiosk</source>
        <translation>Dieser Kiosk</translation>
    </message>
    <message>
        <source>Venue: %1</source>
        <translation>Standort: %1</translation>
    </message>
    <message>
        <source>Venue: not set (venue_name in kiosk.toml)</source>
        <translation>Standort: nicht gesetzt (venue_name in kiosk.toml)</translation>
    </message>
    <message>
        <source>Default language: %1</source>
        <translation>Standardsprache: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Saved in kiosk.toml: the kiosk starts in this language from now on, also after a restart.</source>
        <translation>In kiosk.toml gespeichert: Der Kiosk startet ab jetzt in dieser Sprache, auch nach einem Neustart.</translation>
    </message>
    <message>
        <source>Could not be saved in kiosk.toml: the change lasts only until the kiosk restarts.</source>
        <translation>Konnte nicht in kiosk.toml gespeichert werden: Die Änderung gilt nur bis zum nächsten Neustart.</translation>
    </message>
    <message>
        <source>Choose the language the kiosk starts in:</source>
        <translation>Sprache, in der der Kiosk startet:</translation>
    </message>
    <message>
        <source>App version: %1</source>
        <translation>App-Version: %1</translation>
    </message>
    <message>
        <source>Staff mode locks itself after %1 seconds without a touch.</source>
        <translation>Der Personalmodus sperrt sich nach %1 Sekunden ohne Berührung.</translation>
    </message>
    <message>
        <source>Leave the kiosk</source>
        <translation>Kiosk verlassen</translation>
    </message>
    <message>
        <source>The kiosk closes and the desktop shows. Citizens cannot use it until it is started again.</source>
        <translation>Der Kiosk schließt sich und der Desktop erscheint. Bis zum nächsten Start kann niemand den Kiosk nutzen.</translation>
    </message>
    <message>
        <source>Close the kiosk program and show the desktop.</source>
        <translation>Das Kiosk-Programm schließen und den Desktop zeigen.</translation>
    </message>
    <message>
        <source>Yes, exit to the desktop</source>
        <translation>Ja, zum Desktop</translation>
    </message>
    <message>
        <source>Exit to the desktop</source>
        <translation>Zum Desktop</translation>
    </message>
    <message>
        <source>Close the staff menu</source>
        <translation>Personalmenü schließen</translation>
    </message>
    <message>
        <source>Lock staff mode</source>
        <translation>Personalmodus sperren</translation>
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
        <translation>Offline – Ihre Anmeldungen sind gespeichert und werden gesendet</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindung wird hergestellt</translation>
    </message>
    <message>
        <source>%1 to send</source>
        <translation>Zu senden: %1</translation>
    </message>
</context>
</TS>
