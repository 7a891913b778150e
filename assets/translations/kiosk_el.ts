<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el" sourcelanguage="en">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Learn something new in your city</source>
        <translation>Μάθετε κάτι νέο στην πόλη σας</translation>
    </message>
    <message>
        <source>Learn new things near you. Many are free.</source>
        <translation>Μάθετε καινούργια πράγματα κοντά σας. Πολλά είναι δωρεάν.</translation>
    </message>
    <message>
        <source>Courses, workshops and meet-ups near you. Many are free.</source>
        <translation>Μαθήματα, εργαστήρια και συναντήσεις κοντά σας. Πολλά είναι δωρεάν.</translation>
    </message>
    <message>
        <source>%1 offers to discover</source>
        <translation>%1 δραστηριότητες σας περιμένουν</translation>
    </message>
    <message>
        <source>Easy read</source>
        <translation>Εύκολη ανάγνωση</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Μεγάλα γράμματα</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Υψηλή αντίθεση</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation>Αγγίξτε για να ξεκινήσετε</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Επιλέξτε τη γλώσσα σας</translation>
    </message>
</context>
<context>
    <name>BasketScreen</name>
    <message>
        <source>My list</source>
        <translation>Η λίστα μου</translation>
    </message>
    <message>
        <source>Nothing here yet. Open an offer and touch &quot;Add to my list&quot;.</source>
        <translation>Δεν υπάρχει τίποτα ακόμα. Ανοίξτε μια δραστηριότητα και αγγίξτε «Προσθήκη στη λίστα μου».</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Αφαίρεση</translation>
    </message>
    <message>
        <source>Removing an offer from this list does not cancel your sign-up.</source>
        <translation>Αν αφαιρέσετε μια δραστηριότητα από αυτή τη λίστα, η εγγραφή σας δεν ακυρώνεται.</translation>
    </message>
    <message>
        <source>See the pathway for my goal</source>
        <translation>Δείτε τη διαδρομή για τον στόχο μου</translation>
    </message>
    <message>
        <source>Record another learning goal</source>
        <translation>Ορίστε κι άλλον στόχο</translation>
    </message>
    <message>
        <source>Record my learning goal</source>
        <translation>Ορίστε τον στόχο σας</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Πίσω</translation>
    </message>
    <message>
        <source>Find more offers</source>
        <translation>Βρείτε κι άλλες δραστηριότητες</translation>
    </message>
</context>
<context>
    <name>DetailsScreen</name>
    <message>
        <source>For beginners</source>
        <translation>Για αρχάριους</translation>
    </message>
    <message>
        <source>Some experience needed</source>
        <translation>Χρειάζεται λίγη εμπειρία</translation>
    </message>
    <message>
        <source>For advanced learners</source>
        <translation>Για προχωρημένους</translation>
    </message>
    <message>
        <source>For everyone</source>
        <translation>Για όλους</translation>
    </message>
    <message>
        <source>as last known at %1</source>
        <translation>ενημέρωση %1</translation>
    </message>
    <message>
        <source>as last known</source>
        <translation>τελευταία ενημέρωση</translation>
    </message>
    <message>
        <source>Full (%1)</source>
        <translation>Γεμάτο (%1)</translation>
    </message>
    <message>
        <source>Places left: %1 (%2)</source>
        <translation>Ελεύθερες θέσεις: %1 (%2)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Φόρτωση…</translation>
    </message>
    <message>
        <source>This offer is no longer available.</source>
        <translation>Αυτή η δραστηριότητα δεν υπάρχει πια.</translation>
    </message>
    <message>
        <source>This offer cannot be shown right now. Please ask a member of staff.</source>
        <translation>Αυτή η δραστηριότητα δεν μπορεί να εμφανιστεί τώρα. Παρακαλούμε ρωτήστε το προσωπικό.</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Διοργάνωση: %1</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Δωρεάν</translation>
    </message>
    <message>
        <source>Taught in: %1</source>
        <translation>Γλώσσα: %1</translation>
    </message>
    <message>
        <source>The provider describes this offer in %1 only.</source>
        <translation>Ο διοργανωτής περιγράφει αυτή τη δραστηριότητα μόνο στα %1.</translation>
    </message>
    <message>
        <source>Bring: %1</source>
        <translation>Φέρτε: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Πότε</translation>
    </message>
    <message>
        <source>No dates yet. Ask the provider when it starts.</source>
        <translation>Δεν υπάρχουν ακόμα ημερομηνίες. Ρωτήστε τον διοργανωτή πότε ξεκινά.</translation>
    </message>
    <message>
        <source>No sign-up needed: just come along.</source>
        <translation>Δεν χρειάζεται εγγραφή: απλώς ελάτε.</translation>
    </message>
    <message>
        <source>Touch a date to choose it.</source>
        <translation>Αγγίξτε μια ημερομηνία για να την επιλέξετε.</translation>
    </message>
    <message>
        <source>…and %1 more dates.</source>
        <translation>…και %1 ακόμα ημερομηνίες.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Πού</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Διαδικτυακά</translation>
    </message>
    <message>
        <source>How to get there: %1</source>
        <translation>Πώς θα έρθετε: %1</translation>
    </message>
    <message>
        <source>Opening hours: %1</source>
        <translation>Ώρες λειτουργίας: %1</translation>
    </message>
    <message>
        <source>Step-free access</source>
        <translation>Πρόσβαση χωρίς σκαλιά</translation>
    </message>
    <message>
        <source>Not step-free</source>
        <translation>Έχει σκαλιά</translation>
    </message>
    <message>
        <source>Hearing loop</source>
        <translation>Επαγωγικός βρόχος</translation>
    </message>
    <message>
        <source>No hearing loop</source>
        <translation>Χωρίς επαγωγικό βρόχο</translation>
    </message>
    <message>
        <source>Accessible toilet</source>
        <translation>Προσβάσιμη τουαλέτα</translation>
    </message>
    <message>
        <source>No accessible toilet</source>
        <translation>Χωρίς προσβάσιμη τουαλέτα</translation>
    </message>
    <message>
        <source>Questions?</source>
        <translation>Ερωτήσεις;</translation>
    </message>
    <message>
        <source>This date is full. You can join its waiting list, or choose another date.</source>
        <translation>Αυτή η ημερομηνία είναι γεμάτη. Μπορείτε να μπείτε στη λίστα αναμονής ή να διαλέξετε άλλη ημερομηνία.</translation>
    </message>
    <message>
        <source>Choose the next date with places</source>
        <translation>Επόμενη ημερομηνία με θέσεις</translation>
    </message>
    <message>
        <source>Join the waiting list</source>
        <translation>Στη λίστα αναμονής</translation>
    </message>
    <message>
        <source>Sign me up</source>
        <translation>Εγγραφή</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Πίσω</translation>
    </message>
    <message>
        <source>On my list</source>
        <translation>Στη λίστα μου</translation>
    </message>
    <message>
        <source>Add to my list</source>
        <translation>Προσθήκη στη λίστα μου</translation>
    </message>
</context>
<context>
    <name>DiscoverScreen</name>
    <message>
        <source>Languages</source>
        <translation>Γλώσσες</translation>
    </message>
    <message>
        <source>Computers &amp; internet</source>
        <translation>Υπολογιστές &amp; ίντερνετ</translation>
    </message>
    <message>
        <source>Work &amp; jobs</source>
        <translation>Δουλειά &amp; καριέρα</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Υγεία</translation>
    </message>
    <message>
        <source>Family &amp; children</source>
        <translation>Οικογένεια &amp; παιδιά</translation>
    </message>
    <message>
        <source>Culture &amp; art</source>
        <translation>Πολιτισμός &amp; τέχνη</translation>
    </message>
    <message>
        <source>Making &amp; repairing</source>
        <translation>Κατασκευές &amp; επισκευές</translation>
    </message>
    <message>
        <source>Neighbourhood &amp; volunteering</source>
        <translation>Γειτονιά &amp; εθελοντισμός</translation>
    </message>
    <message>
        <source>Nature &amp; garden</source>
        <translation>Φύση &amp; κήπος</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Χρήματα</translation>
    </message>
    <message>
        <source>Reading &amp; writing</source>
        <translation>Ανάγνωση &amp; γραφή</translation>
    </message>
    <message>
        <source>Loading offers…</source>
        <translation>Φόρτωση δραστηριοτήτων…</translation>
    </message>
    <message>
        <source>Offers found: %1</source>
        <translation>Αποτελέσματα: %1</translation>
    </message>
    <message>
        <source>Find something to learn</source>
        <translation>Βρείτε κάτι να μάθετε</translation>
    </message>
    <message>
        <source>Nothing found. Try other words.</source>
        <translation>Δεν βρέθηκε τίποτα. Δοκιμάστε άλλες λέξεις.</translation>
    </message>
    <message>
        <source>No offers found — try fewer filters or other words.</source>
        <translation>Δεν βρέθηκε τίποτα. Δοκιμάστε λιγότερα φίλτρα ή άλλες λέξεις.</translation>
    </message>
    <message>
        <source>The offers cannot be shown right now. Please ask a member of staff.</source>
        <translation>Οι δραστηριότητες δεν μπορούν να εμφανιστούν τώρα. Παρακαλούμε ρωτήστε το προσωπικό.</translation>
    </message>
    <message>
        <source>Search: a topic, a place, a word…</source>
        <translation>Αναζήτηση: θέμα, μέρος, λέξη…</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Σήμερα</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Αυτή την εβδομάδα</translation>
    </message>
    <message>
        <source>Free only</source>
        <translation>Μόνο δωρεάν</translation>
    </message>
    <message>
        <source>Mornings</source>
        <translation>Πρωί</translation>
    </message>
    <message>
        <source>Afternoons</source>
        <translation>Απόγευμα</translation>
    </message>
    <message>
        <source>Evenings</source>
        <translation>Βράδυ</translation>
    </message>
    <message>
        <source>Step-free access</source>
        <translation>Πρόσβαση χωρίς σκαλιά</translation>
    </message>
    <message>
        <source>Taught in my language</source>
        <translation>Στη γλώσσα μου</translation>
    </message>
    <message>
        <source>✕ Clear filters</source>
        <translation>✕ Χωρίς φίλτρα</translation>
    </message>
</context>
<context>
    <name>GoalScreen</name>
    <message>
        <source>Find a job</source>
        <translation>Να βρω δουλειά</translation>
    </message>
    <message>
        <source>Change my job</source>
        <translation>Να αλλάξω δουλειά</translation>
    </message>
    <message>
        <source>Learn German</source>
        <translation>Να μάθω γερμανικά</translation>
    </message>
    <message>
        <source>Learn another language</source>
        <translation>Να μάθω άλλη γλώσσα</translation>
    </message>
    <message>
        <source>Computers &amp; phones</source>
        <translation>Υπολογιστές &amp; κινητά</translation>
    </message>
    <message>
        <source>Help my children</source>
        <translation>Να βοηθήσω τα παιδιά μου</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Υγεία</translation>
    </message>
    <message>
        <source>Culture &amp; creativity</source>
        <translation>Πολιτισμός &amp; δημιουργικότητα</translation>
    </message>
    <message>
        <source>Community &amp; volunteering</source>
        <translation>Κοινότητα &amp; εθελοντισμός</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Κάτι άλλο</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Δευτέρα</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Τρίτη</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Τετάρτη</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Πέμπτη</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Παρασκευή</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Σάββατο</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Κυριακή</translation>
    </message>
    <message>
        <source>Mornings</source>
        <translation>Πρωί</translation>
    </message>
    <message>
        <source>Afternoons</source>
        <translation>Απόγευμα</translation>
    </message>
    <message>
        <source>Evenings</source>
        <translation>Βράδυ</translation>
    </message>
    <message>
        <source>No steps (wheelchair, pram)</source>
        <translation>Χωρίς σκαλιά (αμαξίδιο, καρότσι)</translation>
    </message>
    <message>
        <source>Hearing loop</source>
        <translation>Επαγωγικός βρόχος</translation>
    </message>
    <message>
        <source>Accessible toilet</source>
        <translation>Προσβάσιμη τουαλέτα</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Φύλαξη παιδιών</translation>
    </message>
    <message>
        <source>Sign language</source>
        <translation>Νοηματική γλώσσα</translation>
    </message>
    <message>
        <source>Easy language</source>
        <translation>Απλή γλώσσα</translation>
    </message>
    <message>
        <source>More than 6 hours</source>
        <translation>Πάνω από 6 ώρες</translation>
    </message>
    <message numerus="yes">
        <source>About %n h a week</source>
        <translation>
            <numerusform>Περίπου %n ώρα την εβδομάδα</numerusform>
            <numerusform>Περίπου %n ώρες την εβδομάδα</numerusform>
        </translation>
    </message>
    <message>
        <source>Any distance</source>
        <translation>Όσο μακριά χρειαστεί</translation>
    </message>
    <message>
        <source>Up to %1 km</source>
        <translation>Έως %1 χλμ.</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>Τι θα θέλατε να κάνετε;</translation>
    </message>
    <message>
        <source>In your own words (if you like)</source>
        <translation>Με δικά σας λόγια (αν θέλετε)</translation>
    </message>
    <message>
        <source>How much time do you have each week?</source>
        <translation>Πόσο χρόνο έχετε κάθε εβδομάδα;</translation>
    </message>
    <message>
        <source>Which days and times suit you?</source>
        <translation>Ποιες μέρες και ώρες σάς βολεύουν;</translation>
    </message>
    <message>
        <source>What may it cost?</source>
        <translation>Πόσο μπορεί να κοστίζει;</translation>
    </message>
    <message>
        <source>Which language do you learn best in?</source>
        <translation>Σε ποια γλώσσα μαθαίνετε καλύτερα;</translation>
    </message>
    <message>
        <source>How far will you go?</source>
        <translation>Πόσο μακριά μπορείτε να πάτε;</translation>
    </message>
    <message>
        <source>Do you need any of these?</source>
        <translation>Χρειάζεστε κάτι από αυτά;</translation>
    </message>
    <message>
        <source>Is this right?</source>
        <translation>Είναι σωστά;</translation>
    </message>
    <message>
        <source>Your learning goal is saved</source>
        <translation>Ο στόχος σας αποθηκεύτηκε</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Στόχος: %1</translation>
    </message>
    <message>
        <source>In your words: %1</source>
        <translation>Με δικά σας λόγια: %1</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Χρόνος: %1</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Πότε: %1</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Κόστος: %1</translation>
    </message>
    <message>
        <source>a small fee is fine</source>
        <translation>ένα μικρό ποσό είναι εντάξει</translation>
    </message>
    <message>
        <source>free only</source>
        <translation>μόνο δωρεάν</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Γλώσσα: %1</translation>
    </message>
    <message>
        <source>Distance: %1</source>
        <translation>Απόσταση: %1</translation>
    </message>
    <message>
        <source>Needs: %1</source>
        <translation>Ανάγκες: %1</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Βήμα %1 από %2</translation>
    </message>
    <message>
        <source>For example: &quot;I want to write e-mails to my grandson.&quot; You can also skip this.</source>
        <translation>Για παράδειγμα: «Θέλω να γράφω email στον εγγονό μου». Μπορείτε και να το παραλείψετε.</translation>
    </message>
    <message>
        <source>Type here…</source>
        <translation>Γράψτε εδώ…</translation>
    </message>
    <message>
        <source>Free only</source>
        <translation>Μόνο δωρεάν</translation>
    </message>
    <message>
        <source>A small fee is fine</source>
        <translation>Ένα μικρό ποσό είναι εντάξει</translation>
    </message>
    <message>
        <source>Your goal could not be saved. Nothing was lost: please try again, or ask a member of staff.</source>
        <translation>Ο στόχος σας δεν αποθηκεύτηκε. Δεν χάθηκε τίποτα: δοκιμάστε ξανά ή ρωτήστε το προσωπικό.</translation>
    </message>
    <message>
        <source>Your claim code. Please note it down: with it, staff can find your goal.</source>
        <translation>Ο προσωπικός σας κωδικός. Σημειώστε τον: με αυτόν το προσωπικό βρίσκει τον στόχο σας.</translation>
    </message>
    <message>
        <source>This kiosk sends your goal to the city&apos;s learning hub and then deletes your own words here. With the claim code, staff and mentors can find your goal.</source>
        <translation>Αυτό το περίπτερο στέλνει τον στόχο σας στην πλατφόρμα μάθησης της πόλης και μετά σβήνει από εδώ τα δικά σας λόγια. Με τον προσωπικό κωδικό, το προσωπικό και οι μέντορες βρίσκουν τον στόχο σας.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Επόμενο</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Παράλειψη</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Αποθήκευση…</translation>
    </message>
    <message>
        <source>Save my learning goal</source>
        <translation>Αποθήκευση στόχου</translation>
    </message>
    <message>
        <source>See my pathway</source>
        <translation>Η διαδρομή μου</translation>
    </message>
    <message>
        <source>Find offers</source>
        <translation>Βρείτε δραστηριότητες</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Πίσω</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Είστε ακόμα εδώ;</translation>
    </message>
    <message>
        <source>Seconds left: %1. Then this kiosk starts over and forgets what you entered.</source>
        <translation>Απομένουν %1 δευτερόλεπτα. Μετά το περίπτερο ξεκινά από την αρχή και ξεχνά ό,τι γράψατε.</translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>Χρειάζομαι κι άλλο χρόνο</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Choose your language</source>
        <translation>Επιλέξτε τη γλώσσα σας</translation>
    </message>
    <message>
        <source>Make it easier to read</source>
        <translation>Πιο εύκολο διάβασμα</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>CONNECT Learning Kiosk</source>
        <translation>CONNECT Περίπτερο μάθησης</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Start over</source>
        <translation>Από την αρχή</translation>
    </message>
    <message>
        <source>My learning goal</source>
        <translation>Ο στόχος μου</translation>
    </message>
    <message>
        <source>My list (%1)</source>
        <translation>Η λίστα μου (%1)</translation>
    </message>
</context>
<context>
    <name>OfferTile</name>
    <message>
        <source>Today, %1</source>
        <translation>Σήμερα, %1</translation>
    </message>
    <message>
        <source>Tomorrow, %1</source>
        <translation>Αύριο, %1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Διαδικτυακά</translation>
    </message>
    <message>
        <source>No dates yet</source>
        <translation>Χωρίς ημερομηνίες ακόμα</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Δωρεάν</translation>
    </message>
</context>
<context>
    <name>PathwayScreen</name>
    <message>
        <source>No sign-up needed — just come</source>
        <translation>Δεν χρειάζεται εγγραφή – απλώς ελάτε</translation>
    </message>
    <message>
        <source>Signed up — waiting for the provider to confirm</source>
        <translation>Εγγραφήκατε – περιμένουμε επιβεβαίωση από τον διοργανωτή</translation>
    </message>
    <message>
        <source>Signed up — your place is confirmed</source>
        <translation>Εγγραφήκατε – η θέση σας επιβεβαιώθηκε</translation>
    </message>
    <message>
        <source>Signed up — on the waiting list</source>
        <translation>Εγγραφήκατε – στη λίστα αναμονής</translation>
    </message>
    <message>
        <source>Sign-up not accepted — please ask a member of staff</source>
        <translation>Η εγγραφή δεν έγινε δεκτή – ρωτήστε το προσωπικό</translation>
    </message>
    <message>
        <source>Not signed up yet</source>
        <translation>Δεν έχετε εγγραφεί ακόμα</translation>
    </message>
    <message>
        <source>%1 (and %2 more dates)</source>
        <translation>%1 (άλλες ημερομηνίες: %2)</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Διαδικτυακά</translation>
    </message>
    <message>
        <source>Your learning pathway</source>
        <translation>Η διαδρομή μάθησής σας</translation>
    </message>
    <message>
        <source>Planning your pathway from today&apos;s offers…</source>
        <translation>Σχεδιάζουμε τη διαδρομή σας με τις σημερινές δραστηριότητες…</translation>
    </message>
    <message>
        <source>Your pathway could not be planned. Please try again, or ask a member of staff.</source>
        <translation>Η διαδρομή σας δεν σχεδιάστηκε. Δοκιμάστε ξανά ή ρωτήστε το προσωπικό.</translation>
    </message>
    <message>
        <source>This is your plan. You can change each step.</source>
        <translation>Αυτό είναι το σχέδιό σας. Μπορείτε να αλλάξετε κάθε βήμα.</translation>
    </message>
    <message>
        <source>Planned from today&apos;s offers for your learning goal. Swap, remove or sign up for any step.</source>
        <translation>Σχεδιάστηκε με τις σημερινές δραστηριότητες για τον στόχο σας. Μπορείτε να αλλάξετε, να αφαιρέσετε ή να εγγραφείτε σε κάθε βήμα.</translation>
    </message>
    <message>
        <source>Record your learning goal first: then the kiosk plans a pathway for it.</source>
        <translation>Ορίστε πρώτα τον στόχο σας: μετά το περίπτερο σχεδιάζει μια διαδρομή.</translation>
    </message>
    <message>
        <source>Offers that nearly fit:</source>
        <translation>Δραστηριότητες που σχεδόν ταιριάζουν:</translation>
    </message>
    <message>
        <source>Who can help: %1</source>
        <translation>Ποιος βοηθά: %1</translation>
    </message>
    <message>
        <source>the staff at the library&apos;s information desk</source>
        <translation>το προσωπικό στο γραφείο πληροφοριών της βιβλιοθήκης</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Αφαιρέθηκε: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Αναίρεση</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Βήμα %1</translation>
    </message>
    <message>
        <source>You are signed up for this, so it stays on your pathway.</source>
        <translation>Έχετε κάνει εγγραφή σε αυτό, γι' αυτό μένει στη διαδρομή σας.</translation>
    </message>
    <message>
        <source>That offer clashes with another step. Please choose another one.</source>
        <translation>Αυτή η δραστηριότητα συμπίπτει με άλλο βήμα. Διαλέξτε άλλη.</translation>
    </message>
    <message>
        <source>Sign me up</source>
        <translation>Εγγραφή</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Αλλαγή</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Αφαίρεση</translation>
    </message>
    <message>
        <source>Instead of this step:</source>
        <translation>Αντί για αυτό το βήμα:</translation>
    </message>
    <message>
        <source>No steps left. Find more offers, or record your learning goal again.</source>
        <translation>Δεν έμειναν βήματα. Βρείτε κι άλλες δραστηριότητες ή ορίστε ξανά τον στόχο σας.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Εκτύπωση…</translation>
    </message>
    <message>
        <source>Done — please take your sheet</source>
        <translation>Έτοιμο – πάρτε το φύλλο σας</translation>
    </message>
    <message>
        <source>Printer problem</source>
        <translation>Πρόβλημα με τον εκτυπωτή</translation>
    </message>
    <message>
        <source>Please take a photo of this code instead: it opens your pathway on the city&apos;s learning hub. Staff have been told about the printer.</source>
        <translation>Φωτογραφίστε αυτόν τον κωδικό: ανοίγει τη διαδρομή σας στην πλατφόρμα μάθησης της πόλης. Το προσωπικό ξέρει για τον εκτυπωτή.</translation>
    </message>
    <message>
        <source>Please ask a member of staff for help now.</source>
        <translation>Ζητήστε τώρα βοήθεια από το προσωπικό.</translation>
    </message>
    <message>
        <source>Your claim code:</source>
        <translation>Ο προσωπικός σας κωδικός:</translation>
    </message>
    <message>
        <source>Print my pathway sheet again</source>
        <translation>Ξανά εκτύπωση του φύλλου</translation>
    </message>
    <message>
        <source>Print my pathway sheet</source>
        <translation>Εκτύπωση της διαδρομής μου</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Δοκιμάστε ξανά</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Πίσω</translation>
    </message>
    <message>
        <source>Find more offers</source>
        <translation>Βρείτε κι άλλες δραστηριότητες</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Too many wrong PINs. Try again in %1 min %2 s.</source>
        <translation>Πολλά λάθος PIN. Δοκιμάστε ξανά σε %1 λεπ. %2 δευτ.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in 1 second.</source>
        <translation>Πολλά λάθος PIN. Δοκιμάστε ξανά σε 1 δευτερόλεπτο.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 seconds.</source>
        <translation>Πολλά λάθος PIN. Δοκιμάστε ξανά σε %1 δευτερόλεπτα.</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>PIN προσωπικού</translation>
    </message>
    <message>
        <source>Digits typed: %1</source>
        <translation>Ψηφία που γράψατε: %1</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>Μια στιγμή…</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>Έλεγχος PIN…</translation>
    </message>
    <message>
        <source>Staff mode is not set up on this kiosk. An administrator sets a PIN on the kiosk&apos;s computer with the command: connect-kiosk set-staff-pin</source>
        <translation>Η λειτουργία προσωπικού δεν έχει ρυθμιστεί σε αυτό το περίπτερο. Ένας διαχειριστής ορίζει PIN στον υπολογιστή του περιπτέρου με την εντολή: connect-kiosk set-staff-pin</translation>
    </message>
    <message>
        <source>Wrong PIN. 1 more try, then the pad pauses.</source>
        <translation>Λάθος PIN. Μένει 1 προσπάθεια, μετά το πληκτρολόγιο κλειδώνει για λίγο.</translation>
    </message>
    <message>
        <source>Wrong PIN. %1 more tries, then the pad pauses.</source>
        <translation>Λάθος PIN. Μένουν %1 προσπάθειες, μετά το πληκτρολόγιο κλειδώνει για λίγο.</translation>
    </message>
    <message>
        <source>Type the staff PIN. After a wrong one the pad pauses again, for longer.</source>
        <translation>Πληκτρολογήστε το PIN του προσωπικού. Μετά από λάθος PIN το πληκτρολόγιο κλειδώνει ξανά, για περισσότερο.</translation>
    </message>
    <message>
        <source>Type the staff PIN.</source>
        <translation>Πληκτρολογήστε το PIN του προσωπικού.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <source>Stop reading</source>
        <translation>Διακοπή ανάγνωσης</translation>
    </message>
    <message>
        <source>No voice for this language</source>
        <translation>Δεν υπάρχει φωνή για αυτή τη γλώσσα</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Ανάγνωση φωναχτά</translation>
    </message>
</context>
<context>
    <name>ReadAloudPanel</name>
    <message>
        <source>No voice for this language</source>
        <translation>Δεν υπάρχει φωνή για αυτή τη γλώσσα</translation>
    </message>
    <message>
        <source>Reading aloud is not available on this kiosk</source>
        <translation>Η ανάγνωση φωναχτά δεν υπάρχει σε αυτό το περίπτερο</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Πιο σιγά</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Πιο δυνατά</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Πιο αργά</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Πιο γρήγορα</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Clear search</source>
        <translation>Καθαρισμός αναζήτησης</translation>
    </message>
</context>
<context>
    <name>SignUpScreen</name>
    <message>
        <source>Please type a name or a nickname.</source>
        <translation>Γράψτε ένα όνομα ή ένα ψευδώνυμο.</translation>
    </message>
    <message>
        <source>Please use at most 60 letters.</source>
        <translation>Το πολύ 60 γράμματα, παρακαλούμε.</translation>
    </message>
    <message>
        <source>A name needs at least one letter.</source>
        <translation>Ένα όνομα χρειάζεται τουλάχιστον ένα γράμμα.</translation>
    </message>
    <message>
        <source>Please use only letters, numbers, spaces, - and &apos;.</source>
        <translation>Μόνο γράμματα, αριθμοί, κενά, - και &apos;, παρακαλούμε.</translation>
    </message>
    <message>
        <source>Please type your phone number.</source>
        <translation>Γράψτε τον αριθμό τηλεφώνου σας.</translation>
    </message>
    <message>
        <source>A phone number has only digits, spaces and +.</source>
        <translation>Ένας αριθμός τηλεφώνου έχει μόνο ψηφία, κενά και +.</translation>
    </message>
    <message>
        <source>This number is too short.</source>
        <translation>Αυτός ο αριθμός είναι πολύ μικρός.</translation>
    </message>
    <message>
        <source>This number is too long.</source>
        <translation>Αυτός ο αριθμός είναι πολύ μεγάλος.</translation>
    </message>
    <message>
        <source>This does not look like a phone number.</source>
        <translation>Αυτό δεν μοιάζει με αριθμό τηλεφώνου.</translation>
    </message>
    <message>
        <source>Please type your e-mail address.</source>
        <translation>Γράψτε τη διεύθυνση email σας.</translation>
    </message>
    <message>
        <source>An e-mail address has an @ in it.</source>
        <translation>Μια διεύθυνση email έχει μέσα το @.</translation>
    </message>
    <message>
        <source>Something is missing before the @.</source>
        <translation>Λείπει κάτι πριν από το @.</translation>
    </message>
    <message>
        <source>Something is missing after the @, like web.de.</source>
        <translation>Λείπει κάτι μετά το @, π.χ. gmail.com.</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address.</source>
        <translation>Αυτό δεν μοιάζει με διεύθυνση email.</translation>
    </message>
    <message>
        <source>Please check the end of the address, after the last dot.</source>
        <translation>Ελέγξτε το τέλος της διεύθυνσης, μετά την τελευταία τελεία.</translation>
    </message>
    <message>
        <source>Please choose how the provider can reach you.</source>
        <translation>Επιλέξτε πώς θα επικοινωνήσει μαζί σας ο διοργανωτής.</translation>
    </message>
    <message>
        <source>Please choose phone, e-mail or no contact.</source>
        <translation>Επιλέξτε τηλέφωνο, email ή χωρίς επικοινωνία.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>Χωρίς επικοινωνία</translation>
    </message>
    <message>
        <source>Your place is confirmed.</source>
        <translation>Η θέση σας επιβεβαιώθηκε.</translation>
    </message>
    <message>
        <source>You are on the waiting list.</source>
        <translation>Είστε στη λίστα αναμονής.</translation>
    </message>
    <message>
        <source>The provider could not accept this sign-up.</source>
        <translation>Ο διοργανωτής δεν μπόρεσε να δεχτεί αυτή την εγγραφή.</translation>
    </message>
    <message>
        <source>This sign-up was cancelled.</source>
        <translation>Αυτή η εγγραφή ακυρώθηκε.</translation>
    </message>
    <message>
        <source>Your place is provisional.</source>
        <translation>Η θέση σας είναι προσωρινή.</translation>
    </message>
    <message>
        <source>Your place is not sure yet.</source>
        <translation>Η θέση σας δεν είναι ακόμα σίγουρη.</translation>
    </message>
    <message>
        <source>You gave no contact: print your pathway sheet — its claim code is your only link to this sign-up.</source>
        <translation>Δεν δώσατε στοιχεία επικοινωνίας: τυπώστε το φύλλο της διαδρομής σας. Ο κωδικός του είναι η μόνη σύνδεσή σας με αυτή την εγγραφή.</translation>
    </message>
    <message>
        <source>The provider will call or text you if anything changes.</source>
        <translation>Ο διοργανωτής θα σας τηλεφωνήσει ή θα σας στείλει μήνυμα αν αλλάξει κάτι.</translation>
    </message>
    <message>
        <source>The provider will e-mail you if anything changes.</source>
        <translation>Ο διοργανωτής θα σας στείλει email αν αλλάξει κάτι.</translation>
    </message>
    <message>
        <source>Please come on the date shown. </source>
        <translation>Παρακαλούμε ελάτε την ημερομηνία που βλέπετε. </translation>
    </message>
    <message>
        <source>If a place becomes free, it goes to the first person on the list. </source>
        <translation>Αν ελευθερωθεί μια θέση, την παίρνει το πρώτο άτομο της λίστας. </translation>
    </message>
    <message>
        <source>Please ask a member of staff or choose another offer.</source>
        <translation>Ρωτήστε το προσωπικό ή διαλέξτε άλλη δραστηριότητα.</translation>
    </message>
    <message>
        <source>The city&apos;s learning hub decides.</source>
        <translation>Αποφασίζει η πλατφόρμα μάθησης της πόλης.</translation>
    </message>
    <message>
        <source>The first to sign up get the places.</source>
        <translation>Όποιος γραφτεί πρώτος, παίρνει πρώτος θέση.</translation>
    </message>
    <message>
        <source>This kiosk sends your sign-up as soon as it can.</source>
        <translation>Το περίπτερο στέλνει την εγγραφή σας μόλις μπορεί.</translation>
    </message>
    <message>
        <source>The answer comes on this screen.</source>
        <translation>Η απάντηση θα φανεί σε αυτή την οθόνη.</translation>
    </message>
    <message>
        <source>The city&apos;s learning hub decides in the order sign-ups arrive; this kiosk sends yours as soon as it is online. This screen shows the answer when it comes. </source>
        <translation>Η πλατφόρμα μάθησης της πόλης αποφασίζει με τη σειρά που φτάνουν οι εγγραφές. Το περίπτερο στέλνει τη δική σας μόλις συνδεθεί. Η απάντηση θα φανεί σε αυτή την οθόνη. </translation>
    </message>
    <message>
        <source>We save your name: %1</source>
        <translation>Αποθηκεύουμε το όνομά σας: %1</translation>
    </message>
    <message>
        <source>We save your phone number: %1</source>
        <translation>Αποθηκεύουμε το τηλέφωνό σας: %1</translation>
    </message>
    <message>
        <source>We save your e-mail address: %1</source>
        <translation>Αποθηκεύουμε τη διεύθυνση email σας: %1</translation>
    </message>
    <message>
        <source>We send them to the city&apos;s learning hub.</source>
        <translation>Τα στέλνουμε στην πλατφόρμα μάθησης της πόλης.</translation>
    </message>
    <message>
        <source>The hub gives them to %1, only for this offer.</source>
        <translation>Η πλατφόρμα τα δίνει στον διοργανωτή %1, μόνο για αυτή τη δραστηριότητα.</translation>
    </message>
    <message>
        <source>We save nothing else about you. Nothing goes to advertisers.</source>
        <translation>Δεν αποθηκεύουμε τίποτε άλλο για εσάς. Δεν δίνουμε τίποτα σε διαφημιστές.</translation>
    </message>
    <message>
        <source>You can cancel at any time. Ask the staff or the provider.</source>
        <translation>Μπορείτε να ακυρώσετε όποτε θέλετε. Ρωτήστε το προσωπικό ή τον διοργανωτή.</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Ευχαριστούμε!</translation>
    </message>
    <message>
        <source>Before we save it</source>
        <translation>Πριν την αποθήκευση</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Δεν αποθηκεύτηκε ακόμα</translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation>Εγγραφή</translation>
    </message>
    <message>
        <source>This date is full: you join its waiting list.</source>
        <translation>Αυτή η ημερομηνία είναι γεμάτη: μπαίνετε στη λίστα αναμονής.</translation>
    </message>
    <message>
        <source>Your name or a nickname</source>
        <translation>Το όνομά σας ή ένα ψευδώνυμο</translation>
    </message>
    <message>
        <source>For example: Ana</source>
        <translation>Για παράδειγμα: Άννα</translation>
    </message>
    <message>
        <source>Fine.</source>
        <translation>Εντάξει.</translation>
    </message>
    <message>
        <source>How can the provider reach you? Choose one.</source>
        <translation>Πώς θα επικοινωνήσει μαζί σας ο διοργανωτής; Επιλέξτε ένα.</translation>
    </message>
    <message>
        <source>For example: ana@web.de</source>
        <translation>Για παράδειγμα: anna@gmail.com</translation>
    </message>
    <message>
        <source>A number from abroad: hold * to type +.</source>
        <translation>Αριθμός από το εξωτερικό: κρατήστε πατημένο το * για να γράψετε +.</translation>
    </message>
    <message>
        <source>Fine. Without a contact, your printed claim code is the only link to this sign-up: nobody can tell you if the date changes.</source>
        <translation>Εντάξει. Χωρίς στοιχεία επικοινωνίας, ο τυπωμένος κωδικός σας είναι η μόνη σύνδεση με αυτή την εγγραφή: κανείς δεν μπορεί να σας ειδοποιήσει αν αλλάξει η ημερομηνία.</translation>
    </message>
    <message>
        <source>We keep only your name and one contact.</source>
        <translation>Κρατάμε μόνο το όνομά σας και έναν τρόπο επικοινωνίας.</translation>
    </message>
    <message>
        <source>Your sheet shows no name and no contact.</source>
        <translation>Το φύλλο σας δεν έχει όνομα ούτε στοιχεία επικοινωνίας.</translation>
    </message>
    <message>
        <source>About your data: we keep only this name and the one contact you choose. The city&apos;s learning hub passes them to this offer&apos;s provider, for this offer only.</source>
        <translation>Για τα δεδομένα σας: κρατάμε μόνο αυτό το όνομα και τον ένα τρόπο επικοινωνίας που διαλέγετε. Η πλατφόρμα μάθησης της πόλης τα δίνει στον διοργανωτή, μόνο για αυτή τη δραστηριότητα.</translation>
    </message>
    <message>
        <source>Your printed sheet carries no name or contact.</source>
        <translation>Το τυπωμένο φύλλο σας δεν έχει όνομα ούτε στοιχεία επικοινωνίας.</translation>
    </message>
    <message>
        <source>We will save your name &quot;%1&quot;%2 and this sign-up on this kiosk and send them to the city&apos;s learning hub, which passes them to %3 for this offer only.</source>
        <translation>Θα αποθηκεύσουμε το όνομά σας «%1»%2 και αυτή την εγγραφή σε αυτό το περίπτερο και θα τα στείλουμε στην πλατφόρμα μάθησης της πόλης. Εκείνη θα τα δώσει στον διοργανωτή %3 μόνο για αυτή τη δραστηριότητα.</translation>
    </message>
    <message>
        <source> and your phone number %1</source>
        <translation> και τον αριθμό τηλεφώνου σας %1</translation>
    </message>
    <message>
        <source> and your e-mail address %1</source>
        <translation> και τη διεύθυνση email σας %1</translation>
    </message>
    <message>
        <source>This kiosk deletes them %1 hours after the hub has them.</source>
        <translation>Το περίπτερο τα σβήνει %1 ώρες αφού τα λάβει η πλατφόρμα.</translation>
    </message>
    <message>
        <source>This kiosk deletes them as soon as the hub has them.</source>
        <translation>Το περίπτερο τα σβήνει μόλις τα λάβει η πλατφόρμα.</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>Για παράδειγμα: %1</translation>
    </message>
    <message>
        <source>Fine: %1 (%2)</source>
        <translation>Εντάξει: %1 (%2)</translation>
    </message>
    <message>
        <source>Fine: %1</source>
        <translation>Εντάξει: %1</translation>
    </message>
    <message>
        <source>The city&apos;s learning hub passes them to the provider, only for this offer.</source>
        <translation>Η πλατφόρμα μάθησης της πόλης τα δίνει στον διοργανωτή, μόνο για αυτή τη δραστηριότητα.</translation>
    </message>
    <message>
        <source>Nothing else about you is saved, and nothing is shared for advertising.</source>
        <translation>Δεν αποθηκεύεται τίποτε άλλο για εσάς και τίποτα δεν δίνεται για διαφήμιση.</translation>
    </message>
    <message>
        <source>You can cancel at any time: ask a member of staff or the provider.</source>
        <translation>Μπορείτε να ακυρώσετε όποτε θέλετε: ρωτήστε το προσωπικό ή τον διοργανωτή.</translation>
    </message>
    <message>
        <source>Yes, I agree</source>
        <translation>Ναι, συμφωνώ</translation>
    </message>
    <message>
        <source>What we stored</source>
        <translation>Τι αποθηκεύσαμε</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Όνομα: %1</translation>
    </message>
    <message>
        <source>Contact: none</source>
        <translation>Επικοινωνία: καμία</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Sign-up reference: %1</source>
        <translation>Αριθμός εγγραφής: %1</translation>
    </message>
    <message>
        <source>For how long</source>
        <translation>Για πόσο καιρό</translation>
    </message>
    <message>
        <source>On this kiosk: until the city&apos;s learning hub has it, and %1 hours more; then it is deleted here.</source>
        <translation>Σε αυτό το περίπτερο: μέχρι να τα λάβει η πλατφόρμα μάθησης της πόλης και %1 ώρες ακόμα. Μετά σβήνονται από εδώ.</translation>
    </message>
    <message>
        <source>On this kiosk: until the city&apos;s learning hub has it, then it is deleted here.</source>
        <translation>Σε αυτό το περίπτερο: μέχρι να τα λάβει η πλατφόρμα μάθησης της πόλης. Μετά σβήνονται από εδώ.</translation>
    </message>
    <message>
        <source>The provider keeps it only for this offer.</source>
        <translation>Ο διοργανωτής τα χρησιμοποιεί μόνο για αυτή τη δραστηριότητα.</translation>
    </message>
    <message>
        <source>Your sign-up could not be saved. Nothing was lost: please try again, or ask a member of staff.</source>
        <translation>Η εγγραφή σας δεν αποθηκεύτηκε. Δεν χάθηκε τίποτα: δοκιμάστε ξανά ή ρωτήστε το προσωπικό.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Επόμενο</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Αποθήκευση…</translation>
    </message>
    <message>
        <source>Sign me up</source>
        <translation>Εγγραφή</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Δοκιμάστε ξανά</translation>
    </message>
    <message>
        <source>Record my learning goal</source>
        <translation>Ορίστε τον στόχο σας</translation>
    </message>
    <message>
        <source>Back to my pathway</source>
        <translation>Πίσω στη διαδρομή μου</translation>
    </message>
    <message>
        <source>Find more offers</source>
        <translation>Βρείτε κι άλλες δραστηριότητες</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Πίσω</translation>
    </message>
</context>
<context>
    <name>StaffBanner</name>
    <message>
        <source>Staff-assisted</source>
        <translation>Με βοήθεια προσωπικού</translation>
    </message>
    <message>
        <source>Staff menu</source>
        <translation>Μενού προσωπικού</translation>
    </message>
    <message>
        <source>Lock staff mode</source>
        <translation>Κλείδωμα λειτουργίας προσωπικού</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>Sign-ups</source>
        <translation>Εγγραφές</translation>
    </message>
    <message>
        <source>Cancellations</source>
        <translation>Ακυρώσεις</translation>
    </message>
    <message>
        <source>Learning goals</source>
        <translation>Μαθησιακοί στόχοι</translation>
    </message>
    <message>
        <source>Other messages</source>
        <translation>Άλλα μηνύματα</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>λιγότερο από ένα λεπτό</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 λεπ.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ώρ.</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 ημέρες</translation>
    </message>
    <message>
        <source>No hub is set up: everything waits in the outbox (hub_url and hub_token in kiosk.toml).</source>
        <translation>Δεν έχει ρυθμιστεί πλατφόρμα: όλα περιμένουν στα εξερχόμενα (hub_url και hub_token στο kiosk.toml).</translation>
    </message>
    <message>
        <source>The hub does not accept this kiosk&apos;s token. Issue a new one (connect-hub kiosk add) and put it in kiosk.toml.</source>
        <translation>Η πλατφόρμα δεν δέχεται το token αυτού του περιπτέρου. Εκδώστε νέο (connect-hub kiosk add) και βάλτε το στο kiosk.toml.</translation>
    </message>
    <message>
        <source>Online: the last round reached the hub.</source>
        <translation>Σε σύνδεση: ο τελευταίος γύρος έφτασε στην πλατφόρμα.</translation>
    </message>
    <message>
        <source>Offline: the hub could not be reached.</source>
        <translation>Χωρίς σύνδεση: η πλατφόρμα δεν ήταν προσβάσιμη.</translation>
    </message>
    <message>
        <source>Connecting to the hub…</source>
        <translation>Σύνδεση με την πλατφόρμα…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Εκτύπωση…</translation>
    </message>
    <message>
        <source>The last sheet came out.</source>
        <translation>Το τελευταίο φύλλο βγήκε.</translation>
    </message>
    <message>
        <source>The printer has a problem.</source>
        <translation>Ο εκτυπωτής έχει πρόβλημα.</translation>
    </message>
    <message>
        <source>Printing is not available.</source>
        <translation>Η εκτύπωση δεν είναι διαθέσιμη.</translation>
    </message>
    <message>
        <source>Nothing printed since the last problem.</source>
        <translation>Τίποτα δεν τυπώθηκε μετά το τελευταίο πρόβλημα.</translation>
    </message>
    <message>
        <source>No problems since the kiosk started.</source>
        <translation>Κανένα πρόβλημα από την εκκίνηση του περιπτέρου.</translation>
    </message>
    <message>
        <source>Staff menu</source>
        <translation>Μενού προσωπικού</translation>
    </message>
    <message>
        <source>Development setting on: this kiosk does NOT check the hub&apos;s certificate (hub_insecure_skip_tls_verify_for_development_only in kiosk.toml). Anyone on the network could read or change what it sends. Remove the setting before the kiosk is used by the public.</source>
        <translation>Ρύθμιση ανάπτυξης ενεργή: αυτό το περίπτερο ΔΕΝ ελέγχει το πιστοποιητικό της πλατφόρμας (hub_insecure_skip_tls_verify_for_development_only στο kiosk.toml). Οποιοσδήποτε στο δίκτυο μπορεί να διαβάσει ή να αλλάξει ό,τι στέλνει. Αφαιρέστε τη ρύθμιση πριν το χρησιμοποιήσει το κοινό.</translation>
    </message>
    <message>
        <source>Help a citizen sign up</source>
        <translation>Βοήθεια σε εγγραφή πολίτη</translation>
    </message>
    <message>
        <source>Back to the citizen&apos;s screen</source>
        <translation>Πίσω στην οθόνη του κοινού</translation>
    </message>
    <message>
        <source>Sync with the hub</source>
        <translation>Συγχρονισμός με την πλατφόρμα</translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <translation>Πλατφόρμα: %1</translation>
    </message>
    <message>
        <source>Last complete sync: %1 (%2 ago)</source>
        <translation>Τελευταίος πλήρης συγχρονισμός: %1 (πριν από %2)</translation>
    </message>
    <message>
        <source>Not synced completely yet.</source>
        <translation>Δεν έχει γίνει ακόμα πλήρης συγχρονισμός.</translation>
    </message>
    <message>
        <source>Next try: %1</source>
        <translation>Επόμενη προσπάθεια: %1</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>Τελευταίο πρόβλημα: %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Συγχρονισμός…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Συγχρονισμός τώρα</translation>
    </message>
    <message>
        <source>Outbox (what waits for the hub)</source>
        <translation>Εξερχόμενα (ό,τι περιμένει την πλατφόρμα)</translation>
    </message>
    <message>
        <source>The outbox could not be read: the kiosk&apos;s store is not open.</source>
        <translation>Τα εξερχόμενα δεν διαβάστηκαν: η βάση δεδομένων του περιπτέρου δεν είναι ανοιχτή.</translation>
    </message>
    <message>
        <source>Reading the outbox…</source>
        <translation>Ανάγνωση εξερχομένων…</translation>
    </message>
    <message>
        <source>Nothing waits for the hub (%1 sent so far).</source>
        <translation>Τίποτα δεν περιμένει (%1 σταλμένα μέχρι τώρα).</translation>
    </message>
    <message>
        <source>%1 waiting, %2 sent.</source>
        <translation>%1 σε αναμονή, %2 σταλμένα.</translation>
    </message>
    <message>
        <source>%1: %2 waiting, the oldest for %3</source>
        <translation>%1: %2 σε αναμονή, το παλαιότερο εδώ και %3</translation>
    </message>
    <message>
        <source>Recent sync errors:</source>
        <translation>Πρόσφατα σφάλματα συγχρονισμού:</translation>
    </message>
    <message>
        <source>%1, made %2 ago, tried once: %3</source>
        <translation>%1, δημιουργήθηκε πριν από %2, 1 προσπάθεια: %3</translation>
    </message>
    <message>
        <source>%1, made %2 ago, tried %3 times: %4</source>
        <translation>%1, δημιουργήθηκε πριν από %2, %3 προσπάθειες: %4</translation>
    </message>
    <message>
        <source>Read the outbox again</source>
        <translation>Ξανά ανάγνωση εξερχομένων</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Εκτυπωτής</translation>
    </message>
    <message>
        <source>Sheets are filed in a folder, not printed (print_backend = &quot;folder&quot;).</source>
        <translation>Τα φύλλα αποθηκεύονται σε φάκελο, δεν τυπώνονται (print_backend = &quot;folder&quot;).</translation>
    </message>
    <message>
        <source>Printer: %1</source>
        <translation>Εκτυπωτής: %1</translation>
    </message>
    <message>
        <source>the system&apos;s default printer</source>
        <translation>ο προεπιλεγμένος εκτυπωτής του συστήματος</translation>
    </message>
    <message>
        <source>Last print: %1</source>
        <translation>Τελευταία εκτύπωση: %1</translation>
    </message>
    <message>
        <source>Recent printer problems:</source>
        <translation>Πρόσφατα προβλήματα εκτυπωτή:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>Δοκιμαστική σελίδα</translation>
    </message>
    <message>
        <source>Reprint the last sheet</source>
        <translation>Ξανά το τελευταίο φύλλο</translation>
    </message>
    <message>
        <source>The last sheet can be printed again only for a few minutes after it was printed.</source>
        <translation>Το τελευταίο φύλλο τυπώνεται ξανά μόνο για λίγα λεπτά μετά την εκτύπωση.</translation>
    </message>
    <message>
        <source>This kiosk</source>
        <translation>Αυτό το περίπτερο</translation>
    </message>
    <message>
        <source>Venue: %1</source>
        <translation>Χώρος: %1</translation>
    </message>
    <message>
        <source>Venue: not set (venue_name in kiosk.toml)</source>
        <translation>Χώρος: δεν έχει οριστεί (venue_name στο kiosk.toml)</translation>
    </message>
    <message>
        <source>Default language: %1</source>
        <translation>Προεπιλεγμένη γλώσσα: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Αποθήκευση…</translation>
    </message>
    <message>
        <source>Saved in kiosk.toml: the kiosk starts in this language from now on, also after a restart.</source>
        <translation>Αποθηκεύτηκε στο kiosk.toml: το περίπτερο ξεκινά από τώρα σε αυτή τη γλώσσα, και μετά από επανεκκίνηση.</translation>
    </message>
    <message>
        <source>Could not be saved in kiosk.toml: the change lasts only until the kiosk restarts.</source>
        <translation>Δεν αποθηκεύτηκε στο kiosk.toml: η αλλαγή ισχύει μόνο μέχρι την επανεκκίνηση.</translation>
    </message>
    <message>
        <source>Choose the language the kiosk starts in:</source>
        <translation>Επιλέξτε τη γλώσσα εκκίνησης του περιπτέρου:</translation>
    </message>
    <message>
        <source>App version: %1</source>
        <translation>Έκδοση εφαρμογής: %1</translation>
    </message>
    <message>
        <source>Staff mode locks itself after %1 seconds without a touch.</source>
        <translation>Η λειτουργία προσωπικού κλειδώνει μετά από %1 δευτερόλεπτα χωρίς άγγιγμα.</translation>
    </message>
    <message>
        <source>Leave the kiosk</source>
        <translation>Έξοδος από το περίπτερο</translation>
    </message>
    <message>
        <source>The kiosk closes and the desktop shows. Citizens cannot use it until it is started again.</source>
        <translation>Το περίπτερο κλείνει και εμφανίζεται η επιφάνεια εργασίας. Το κοινό δεν μπορεί να το χρησιμοποιήσει μέχρι να ξεκινήσει ξανά.</translation>
    </message>
    <message>
        <source>Close the kiosk program and show the desktop.</source>
        <translation>Κλείσιμο του προγράμματος και εμφάνιση της επιφάνειας εργασίας.</translation>
    </message>
    <message>
        <source>Yes, exit to the desktop</source>
        <translation>Ναι, έξοδος</translation>
    </message>
    <message>
        <source>Exit to the desktop</source>
        <translation>Έξοδος στην επιφάνεια εργασίας</translation>
    </message>
    <message>
        <source>Close the staff menu</source>
        <translation>Κλείσιμο μενού προσωπικού</translation>
    </message>
    <message>
        <source>Lock staff mode</source>
        <translation>Κλείδωμα λειτουργίας προσωπικού</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Online</source>
        <translation>Σε σύνδεση</translation>
    </message>
    <message>
        <source>Offline — your sign-ups are saved and will be sent</source>
        <translation>Χωρίς σύνδεση: οι εγγραφές σας θα σταλούν αργότερα</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Σύνδεση…</translation>
    </message>
    <message>
        <source>%1 to send</source>
        <translation>Προς αποστολή: %1</translation>
    </message>
</context>
</TS>
