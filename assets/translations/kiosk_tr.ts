<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr" sourcelanguage="en">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Learn something new in your city</source>
        <translation>Şehrinizde yeni bir şey öğrenin</translation>
    </message>
    <message>
        <source>Learn new things near you. Many are free.</source>
        <translation>Yakınınızda yeni şeyler öğrenin. Çoğu ücretsiz.</translation>
    </message>
    <message>
        <source>Courses, workshops and meet-ups near you. Many are free.</source>
        <translation>Yakınınızda kurslar, atölyeler ve buluşmalar. Çoğu ücretsiz.</translation>
    </message>
    <message>
        <source>%1 offers to discover</source>
        <translation>Keşfedebileceğiniz %1 etkinlik</translation>
    </message>
    <message>
        <source>Easy read</source>
        <translation>Kolay okuma</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Büyük yazı</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Yüksek kontrast</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation>Başlamak için dokunun</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Dilinizi seçin</translation>
    </message>
</context>
<context>
    <name>BasketScreen</name>
    <message>
        <source>My list</source>
        <translation>Listem</translation>
    </message>
    <message>
        <source>Nothing here yet. Open an offer and touch &quot;Add to my list&quot;.</source>
        <translation>Burada henüz bir şey yok. Bir etkinliği açın ve “Listeme ekle” düğmesine dokunun.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Removing an offer from this list does not cancel your sign-up.</source>
        <translation>Bir etkinliği bu listeden kaldırmak kaydınızı iptal etmez.</translation>
    </message>
    <message>
        <source>See the pathway for my goal</source>
        <translation>Hedefime giden öğrenme yolunu gör</translation>
    </message>
    <message>
        <source>Record another learning goal</source>
        <translation>Başka bir öğrenme hedefi kaydet</translation>
    </message>
    <message>
        <source>Record my learning goal</source>
        <translation>Öğrenme hedefimi kaydet</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Geri</translation>
    </message>
    <message>
        <source>Find more offers</source>
        <translation>Başka etkinlikler bul</translation>
    </message>
</context>
<context>
    <name>DetailsScreen</name>
    <message>
        <source>For beginners</source>
        <translation>Yeni başlayanlar için</translation>
    </message>
    <message>
        <source>Some experience needed</source>
        <translation>Biraz deneyim gerekir</translation>
    </message>
    <message>
        <source>For advanced learners</source>
        <translation>İleri düzey için</translation>
    </message>
    <message>
        <source>For everyone</source>
        <translation>Herkes için</translation>
    </message>
    <message>
        <source>as last known at %1</source>
        <translation>%1 itibarıyla</translation>
    </message>
    <message>
        <source>as last known</source>
        <translation>son bilinen durum</translation>
    </message>
    <message>
        <source>Full (%1)</source>
        <translation>Dolu (%1)</translation>
    </message>
    <message>
        <source>Places left: %1 (%2)</source>
        <translation>Boş yer: %1 (%2)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <source>This offer is no longer available.</source>
        <translation>Bu etkinlik artık yok.</translation>
    </message>
    <message>
        <source>This offer cannot be shown right now. Please ask a member of staff.</source>
        <translation>Bu etkinlik şu anda gösterilemiyor. Lütfen bir görevliye sorun.</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Düzenleyen: %1</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Ücretsiz</translation>
    </message>
    <message>
        <source>Taught in: %1</source>
        <translation>Ders dili: %1</translation>
    </message>
    <message>
        <source>The provider describes this offer in %1 only.</source>
        <translation>Düzenleyen bu etkinliği yalnızca %1 anlatıyor.</translation>
    </message>
    <message>
        <source>Bring: %1</source>
        <translation>Yanınızda getirin: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Ne zaman</translation>
    </message>
    <message>
        <source>No dates yet. Ask the provider when it starts.</source>
        <translation>Henüz tarih yok. Ne zaman başlayacağını düzenleyene sorun.</translation>
    </message>
    <message>
        <source>No sign-up needed: just come along.</source>
        <translation>Kayıt gerekmez: Gelmeniz yeterli.</translation>
    </message>
    <message>
        <source>Touch a date to choose it.</source>
        <translation>Seçmek için bir tarihe dokunun.</translation>
    </message>
    <message>
        <source>…and %1 more dates.</source>
        <translation>…ve %1 tarih daha.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Nerede</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Çevrim içi</translation>
    </message>
    <message>
        <source>How to get there: %1</source>
        <translation>Nasıl gidilir: %1</translation>
    </message>
    <message>
        <source>Opening hours: %1</source>
        <translation>Açık olduğu saatler: %1</translation>
    </message>
    <message>
        <source>Step-free access</source>
        <translation>Basamaksız giriş</translation>
    </message>
    <message>
        <source>Not step-free</source>
        <translation>Girişte basamak var</translation>
    </message>
    <message>
        <source>Hearing loop</source>
        <translation>İşitme döngüsü</translation>
    </message>
    <message>
        <source>No hearing loop</source>
        <translation>İşitme döngüsü yok</translation>
    </message>
    <message>
        <source>Accessible toilet</source>
        <translation>Engelli tuvaleti</translation>
    </message>
    <message>
        <source>No accessible toilet</source>
        <translation>Engelli tuvaleti yok</translation>
    </message>
    <message>
        <source>Questions?</source>
        <translation>Sorunuz mu var?</translation>
    </message>
    <message>
        <source>This date is full. You can join its waiting list, or choose another date.</source>
        <translation>Bu tarih dolu. Bekleme listesine yazılabilir veya başka bir tarih seçebilirsiniz.</translation>
    </message>
    <message>
        <source>Choose the next date with places</source>
        <translation>Yer olan sonraki tarihi seç</translation>
    </message>
    <message>
        <source>Join the waiting list</source>
        <translation>Bekleme listesine yazıl</translation>
    </message>
    <message>
        <source>Sign me up</source>
        <translation>Kaydol</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Geri</translation>
    </message>
    <message>
        <source>On my list</source>
        <translation>Listemde</translation>
    </message>
    <message>
        <source>Add to my list</source>
        <translation>Listeme ekle</translation>
    </message>
</context>
<context>
    <name>DiscoverScreen</name>
    <message>
        <source>Languages</source>
        <translation>Diller</translation>
    </message>
    <message>
        <source>Computers &amp; internet</source>
        <translation>Bilgisayar ve internet</translation>
    </message>
    <message>
        <source>Work &amp; jobs</source>
        <translation>İş ve meslek</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Sağlık</translation>
    </message>
    <message>
        <source>Family &amp; children</source>
        <translation>Aile ve çocuklar</translation>
    </message>
    <message>
        <source>Culture &amp; art</source>
        <translation>Kültür ve sanat</translation>
    </message>
    <message>
        <source>Making &amp; repairing</source>
        <translation>El işi ve tamir</translation>
    </message>
    <message>
        <source>Neighbourhood &amp; volunteering</source>
        <translation>Mahalle ve gönüllülük</translation>
    </message>
    <message>
        <source>Nature &amp; garden</source>
        <translation>Doğa ve bahçe</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Reading &amp; writing</source>
        <translation>Okuma ve yazma</translation>
    </message>
    <message>
        <source>Loading offers…</source>
        <translation>Etkinlikler yükleniyor…</translation>
    </message>
    <message>
        <source>Offers found: %1</source>
        <translation>Bulunan etkinlik: %1</translation>
    </message>
    <message>
        <source>Find something to learn</source>
        <translation>Öğrenecek bir şey bulun</translation>
    </message>
    <message>
        <source>Nothing found. Try other words.</source>
        <translation>Hiçbir şey bulunamadı. Başka kelimeler deneyin.</translation>
    </message>
    <message>
        <source>No offers found — try fewer filters or other words.</source>
        <translation>Etkinlik bulunamadı. Daha az filtre veya başka kelimeler deneyin.</translation>
    </message>
    <message>
        <source>The offers cannot be shown right now. Please ask a member of staff.</source>
        <translation>Etkinlikler şu anda gösterilemiyor. Lütfen bir görevliye sorun.</translation>
    </message>
    <message>
        <source>Search: a topic, a place, a word…</source>
        <translation>Arayın: bir konu, bir yer, bir kelime…</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Bugün</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Bu hafta</translation>
    </message>
    <message>
        <source>Free only</source>
        <translation>Sadece ücretsiz</translation>
    </message>
    <message>
        <source>Mornings</source>
        <translation>Sabahları</translation>
    </message>
    <message>
        <source>Afternoons</source>
        <translation>Öğleden sonra</translation>
    </message>
    <message>
        <source>Evenings</source>
        <translation>Akşamları</translation>
    </message>
    <message>
        <source>Step-free access</source>
        <translation>Basamaksız giriş</translation>
    </message>
    <message>
        <source>Taught in my language</source>
        <translation>Kendi dilimde</translation>
    </message>
    <message>
        <source>✕ Clear filters</source>
        <translation>✕ Filtreleri temizle</translation>
    </message>
</context>
<context>
    <name>GoalScreen</name>
    <message>
        <source>Find a job</source>
        <translation>İş bulmak</translation>
    </message>
    <message>
        <source>Change my job</source>
        <translation>İş değiştirmek</translation>
    </message>
    <message>
        <source>Learn German</source>
        <translation>Almanca öğrenmek</translation>
    </message>
    <message>
        <source>Learn another language</source>
        <translation>Başka bir dil öğrenmek</translation>
    </message>
    <message>
        <source>Computers &amp; phones</source>
        <translation>Bilgisayar ve telefon</translation>
    </message>
    <message>
        <source>Help my children</source>
        <translation>Çocuklarıma yardım etmek</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Sağlık</translation>
    </message>
    <message>
        <source>Culture &amp; creativity</source>
        <translation>Kültür ve yaratıcılık</translation>
    </message>
    <message>
        <source>Community &amp; volunteering</source>
        <translation>Toplum ve gönüllülük</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Başka bir şey</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Pazartesi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Salı</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Çarşamba</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Perşembe</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Cuma</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Cumartesi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Pazar</translation>
    </message>
    <message>
        <source>Mornings</source>
        <translation>Sabahları</translation>
    </message>
    <message>
        <source>Afternoons</source>
        <translation>Öğleden sonra</translation>
    </message>
    <message>
        <source>Evenings</source>
        <translation>Akşamları</translation>
    </message>
    <message>
        <source>No steps (wheelchair, pram)</source>
        <translation>Basamaksız (tekerlekli sandalye, bebek arabası)</translation>
    </message>
    <message>
        <source>Hearing loop</source>
        <translation>İşitme döngüsü</translation>
    </message>
    <message>
        <source>Accessible toilet</source>
        <translation>Engelli tuvaleti</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Çocuk bakımı</translation>
    </message>
    <message>
        <source>Sign language</source>
        <translation>İşaret dili</translation>
    </message>
    <message>
        <source>Easy language</source>
        <translation>Kolay dil</translation>
    </message>
    <message>
        <source>More than 6 hours</source>
        <translation>6 saatten fazla</translation>
    </message>
    <message numerus="yes">
        <source>About %n h a week</source>
        <translation>
            <numerusform>Haftada yaklaşık %n saat</numerusform>
        </translation>
    </message>
    <message>
        <source>Any distance</source>
        <translation>Uzaklık fark etmez</translation>
    </message>
    <message>
        <source>Up to %1 km</source>
        <translation>En fazla %1 km</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>Ne yapmak istersiniz?</translation>
    </message>
    <message>
        <source>In your own words (if you like)</source>
        <translation>Kendi sözlerinizle (isterseniz)</translation>
    </message>
    <message>
        <source>How much time do you have each week?</source>
        <translation>Her hafta ne kadar vaktiniz var?</translation>
    </message>
    <message>
        <source>Which days and times suit you?</source>
        <translation>Hangi gün ve saatler size uygun?</translation>
    </message>
    <message>
        <source>What may it cost?</source>
        <translation>Ücreti ne kadar olabilir?</translation>
    </message>
    <message>
        <source>Which language do you learn best in?</source>
        <translation>En iyi hangi dilde öğrenirsiniz?</translation>
    </message>
    <message>
        <source>How far will you go?</source>
        <translation>Ne kadar uzağa gidebilirsiniz?</translation>
    </message>
    <message>
        <source>Do you need any of these?</source>
        <translation>Bunlardan birine ihtiyacınız var mı?</translation>
    </message>
    <message>
        <source>Is this right?</source>
        <translation>Bu doğru mu?</translation>
    </message>
    <message>
        <source>Your learning goal is saved</source>
        <translation>Öğrenme hedefiniz kaydedildi</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Hedef: %1</translation>
    </message>
    <message>
        <source>In your words: %1</source>
        <translation>Sizin sözlerinizle: %1</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Zaman: %1</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Ne zaman: %1</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Ücret: %1</translation>
    </message>
    <message>
        <source>a small fee is fine</source>
        <translation>küçük bir ücret olabilir</translation>
    </message>
    <message>
        <source>free only</source>
        <translation>sadece ücretsiz</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Dil: %1</translation>
    </message>
    <message>
        <source>Distance: %1</source>
        <translation>Uzaklık: %1</translation>
    </message>
    <message>
        <source>Needs: %1</source>
        <translation>İhtiyaçlar: %1</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Adım %1 / %2</translation>
    </message>
    <message>
        <source>For example: &quot;I want to write e-mails to my grandson.&quot; You can also skip this.</source>
        <translation>Örneğin: “Torunuma e-posta yazmak istiyorum.” Bu adımı atlayabilirsiniz de.</translation>
    </message>
    <message>
        <source>Type here…</source>
        <translation>Buraya yazın…</translation>
    </message>
    <message>
        <source>Free only</source>
        <translation>Sadece ücretsiz</translation>
    </message>
    <message>
        <source>A small fee is fine</source>
        <translation>Küçük bir ücret olabilir</translation>
    </message>
    <message>
        <source>Your goal could not be saved. Nothing was lost: please try again, or ask a member of staff.</source>
        <translation>Hedefiniz kaydedilemedi. Hiçbir şey kaybolmadı: Lütfen tekrar deneyin veya bir görevliye sorun.</translation>
    </message>
    <message>
        <source>Your claim code. Please note it down: with it, staff can find your goal.</source>
        <translation>Takip kodunuz. Lütfen not edin: Görevliler bu kodla hedefinizi bulabilir.</translation>
    </message>
    <message>
        <source>This kiosk sends your goal to the city&apos;s learning hub and then deletes your own words here. With the claim code, staff and mentors can find your goal.</source>
        <translation>Bu kiosk hedefinizi şehrin öğrenme merkezine gönderir ve sonra kendi sözlerinizi burada siler. Görevliler ve rehberler takip koduyla hedefinizi bulabilir.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>İleri</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Atla</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Kaydediliyor…</translation>
    </message>
    <message>
        <source>Save my learning goal</source>
        <translation>Öğrenme hedefimi kaydet</translation>
    </message>
    <message>
        <source>See my pathway</source>
        <translation>Öğrenme yolumu gör</translation>
    </message>
    <message>
        <source>Find offers</source>
        <translation>Etkinlik bul</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Geri</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Hâlâ orada mısınız?</translation>
    </message>
    <message>
        <source>Seconds left: %1. Then this kiosk starts over and forgets what you entered.</source>
        <translation>Kalan süre: %1 saniye. Sonra kiosk baştan başlar ve girdiklerinizi unutur.</translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>Biraz daha zaman istiyorum</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Choose your language</source>
        <translation>Dilinizi seçin</translation>
    </message>
    <message>
        <source>Make it easier to read</source>
        <translation>Daha kolay okuma</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>CONNECT Learning Kiosk</source>
        <translation>CONNECT Öğrenme Kiosku</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Start over</source>
        <translation>Baştan başla</translation>
    </message>
    <message>
        <source>My learning goal</source>
        <translation>Hedefim</translation>
    </message>
    <message>
        <source>My list (%1)</source>
        <translation>Listem (%1)</translation>
    </message>
</context>
<context>
    <name>OfferTile</name>
    <message>
        <source>Today, %1</source>
        <translation>Bugün, %1</translation>
    </message>
    <message>
        <source>Tomorrow, %1</source>
        <translation>Yarın, %1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Çevrim içi</translation>
    </message>
    <message>
        <source>No dates yet</source>
        <translation>Henüz tarih yok</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Ücretsiz</translation>
    </message>
</context>
<context>
    <name>PathwayScreen</name>
    <message>
        <source>No sign-up needed — just come</source>
        <translation>Kayıt gerekmez: Gelmeniz yeterli</translation>
    </message>
    <message>
        <source>Signed up — waiting for the provider to confirm</source>
        <translation>Kaydoldunuz: Düzenleyenin onayı bekleniyor</translation>
    </message>
    <message>
        <source>Signed up — your place is confirmed</source>
        <translation>Kaydoldunuz: Yeriniz onaylandı</translation>
    </message>
    <message>
        <source>Signed up — on the waiting list</source>
        <translation>Kaydoldunuz: Bekleme listesindesiniz</translation>
    </message>
    <message>
        <source>Sign-up not accepted — please ask a member of staff</source>
        <translation>Kayıt kabul edilmedi: Lütfen bir görevliye sorun</translation>
    </message>
    <message>
        <source>Not signed up yet</source>
        <translation>Henüz kayıt yok</translation>
    </message>
    <message>
        <source>%1 (and %2 more dates)</source>
        <translation>%1 (ve %2 tarih daha)</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Çevrim içi</translation>
    </message>
    <message>
        <source>Your learning pathway</source>
        <translation>Öğrenme yolunuz</translation>
    </message>
    <message>
        <source>Planning your pathway from today&apos;s offers…</source>
        <translation>Bugünkü etkinliklerden yolunuz planlanıyor…</translation>
    </message>
    <message>
        <source>Your pathway could not be planned. Please try again, or ask a member of staff.</source>
        <translation>Yolunuz planlanamadı. Lütfen tekrar deneyin veya bir görevliye sorun.</translation>
    </message>
    <message>
        <source>This is your plan. You can change each step.</source>
        <translation>Bu sizin planınız. Her adımı değiştirebilirsiniz.</translation>
    </message>
    <message>
        <source>Planned from today&apos;s offers for your learning goal. Swap, remove or sign up for any step.</source>
        <translation>Öğrenme hedefiniz için bugünkü etkinliklerden planlandı. Her adımı değiştirebilir, kaldırabilir veya ona kaydolabilirsiniz.</translation>
    </message>
    <message>
        <source>Record your learning goal first: then the kiosk plans a pathway for it.</source>
        <translation>Önce öğrenme hedefinizi kaydedin: Sonra kiosk sizin için bir yol planlar.</translation>
    </message>
    <message>
        <source>Offers that nearly fit:</source>
        <translation>Neredeyse uyan etkinlikler:</translation>
    </message>
    <message>
        <source>Who can help: %1</source>
        <translation>Kim yardım edebilir: %1</translation>
    </message>
    <message>
        <source>the staff at the library&apos;s information desk</source>
        <translation>kütüphanenin danışma masasındaki görevliler</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Kaldırıldı: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Geri al</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Adım %1</translation>
    </message>
    <message>
        <source>You are signed up for this, so it stays on your pathway.</source>
        <translation>Buna kaydınız var, bu yüzden öğrenme yolunuzda kalıyor.</translation>
    </message>
    <message>
        <source>That offer clashes with another step. Please choose another one.</source>
        <translation>Bu etkinlik başka bir adımla çakışıyor. Lütfen başka birini seçin.</translation>
    </message>
    <message>
        <source>Sign me up</source>
        <translation>Kaydol</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Değiştir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Instead of this step:</source>
        <translation>Bu adımın yerine:</translation>
    </message>
    <message>
        <source>No steps left. Find more offers, or record your learning goal again.</source>
        <translation>Adım kalmadı. Başka etkinlikler bulun veya öğrenme hedefinizi yeniden kaydedin.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Yazdırılıyor…</translation>
    </message>
    <message>
        <source>Done — please take your sheet</source>
        <translation>Tamam: Lütfen sayfanızı alın</translation>
    </message>
    <message>
        <source>Printer problem</source>
        <translation>Yazıcı sorunu</translation>
    </message>
    <message>
        <source>Please take a photo of this code instead: it opens your pathway on the city&apos;s learning hub. Staff have been told about the printer.</source>
        <translation>Lütfen bunun yerine bu kodun fotoğrafını çekin: Yolunuzu şehrin öğrenme merkezinde açar. Görevlilere yazıcı sorunu bildirildi.</translation>
    </message>
    <message>
        <source>Please ask a member of staff for help now.</source>
        <translation>Lütfen şimdi bir görevliden yardım isteyin.</translation>
    </message>
    <message>
        <source>Your claim code:</source>
        <translation>Takip kodunuz:</translation>
    </message>
    <message>
        <source>Print my pathway sheet again</source>
        <translation>Yol sayfamı tekrar yazdır</translation>
    </message>
    <message>
        <source>Print my pathway sheet</source>
        <translation>Yol sayfamı yazdır</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tekrar dene</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Geri</translation>
    </message>
    <message>
        <source>Find more offers</source>
        <translation>Başka etkinlikler bul</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Too many wrong PINs. Try again in %1 min %2 s.</source>
        <translation>Çok fazla yanlış PIN. %1 dk %2 sn sonra tekrar deneyin.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in 1 second.</source>
        <translation>Çok fazla yanlış PIN. 1 saniye sonra tekrar deneyin.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 seconds.</source>
        <translation>Çok fazla yanlış PIN. %1 saniye sonra tekrar deneyin.</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>Personel PIN&apos;i</translation>
    </message>
    <message>
        <source>Digits typed: %1</source>
        <translation>Yazılan rakam: %1</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>Bir saniye…</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>PIN kontrol ediliyor…</translation>
    </message>
    <message>
        <source>Staff mode is not set up on this kiosk. An administrator sets a PIN on the kiosk&apos;s computer with the command: connect-kiosk set-staff-pin</source>
        <translation>Bu kioskta personel modu kurulmamış. Bir yönetici, kioskun bilgisayarında şu komutla PIN belirler: connect-kiosk set-staff-pin</translation>
    </message>
    <message>
        <source>Wrong PIN. 1 more try, then the pad pauses.</source>
        <translation>Yanlış PIN. 1 deneme hakkı kaldı, sonra tuş takımı bir süre durur.</translation>
    </message>
    <message>
        <source>Wrong PIN. %1 more tries, then the pad pauses.</source>
        <translation>Yanlış PIN. %1 deneme hakkı kaldı, sonra tuş takımı bir süre durur.</translation>
    </message>
    <message>
        <source>Type the staff PIN. After a wrong one the pad pauses again, for longer.</source>
        <translation>Personel PIN&apos;ini yazın. Yanlış bir PIN&apos;den sonra tuş takımı yine, daha uzun süre durur.</translation>
    </message>
    <message>
        <source>Type the staff PIN.</source>
        <translation>Personel PIN&apos;ini yazın.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <source>Stop reading</source>
        <translation>Okumayı durdur</translation>
    </message>
    <message>
        <source>No voice for this language</source>
        <translation>Bu dil için ses yok</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Sesli oku</translation>
    </message>
</context>
<context>
    <name>ReadAloudPanel</name>
    <message>
        <source>No voice for this language</source>
        <translation>Bu dil için ses yok</translation>
    </message>
    <message>
        <source>Reading aloud is not available on this kiosk</source>
        <translation>Bu kioskta sesli okuma yok</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Daha sessiz</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Daha yüksek</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Daha yavaş</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Daha hızlı</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Clear search</source>
        <translation>Aramayı temizle</translation>
    </message>
</context>
<context>
    <name>SignUpScreen</name>
    <message>
        <source>Please type a name or a nickname.</source>
        <translation>Lütfen bir ad veya takma ad yazın.</translation>
    </message>
    <message>
        <source>Please use at most 60 letters.</source>
        <translation>Lütfen en fazla 60 harf kullanın.</translation>
    </message>
    <message>
        <source>A name needs at least one letter.</source>
        <translation>Ad en az bir harf içermelidir.</translation>
    </message>
    <message>
        <source>Please use only letters, numbers, spaces, - and &apos;.</source>
        <translation>Lütfen sadece harf, rakam, boşluk, - ve &apos; kullanın.</translation>
    </message>
    <message>
        <source>Please type your phone number.</source>
        <translation>Lütfen telefon numaranızı yazın.</translation>
    </message>
    <message>
        <source>A phone number has only digits, spaces and +.</source>
        <translation>Telefon numarasında sadece rakam, boşluk ve + olur.</translation>
    </message>
    <message>
        <source>This number is too short.</source>
        <translation>Bu numara çok kısa.</translation>
    </message>
    <message>
        <source>This number is too long.</source>
        <translation>Bu numara çok uzun.</translation>
    </message>
    <message>
        <source>This does not look like a phone number.</source>
        <translation>Bu bir telefon numarasına benzemiyor.</translation>
    </message>
    <message>
        <source>Please type your e-mail address.</source>
        <translation>Lütfen e-posta adresinizi yazın.</translation>
    </message>
    <message>
        <source>An e-mail address has an @ in it.</source>
        <translation>E-posta adresinde @ işareti olur.</translation>
    </message>
    <message>
        <source>Something is missing before the @.</source>
        <translation>@ işaretinden önce bir şey eksik.</translation>
    </message>
    <message>
        <source>Something is missing after the @, like web.de.</source>
        <translation>@ işaretinden sonra bir şey eksik, örneğin web.de.</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address.</source>
        <translation>Bu bir e-posta adresine benzemiyor.</translation>
    </message>
    <message>
        <source>Please check the end of the address, after the last dot.</source>
        <translation>Lütfen adresin sonunu, son noktadan sonrasını kontrol edin.</translation>
    </message>
    <message>
        <source>Please choose how the provider can reach you.</source>
        <translation>Lütfen düzenleyenin size nasıl ulaşacağını seçin.</translation>
    </message>
    <message>
        <source>Please choose phone, e-mail or no contact.</source>
        <translation>Lütfen telefon, e-posta veya “İletişim yok” seçin.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>İletişim yok</translation>
    </message>
    <message>
        <source>Your place is confirmed.</source>
        <translation>Yeriniz onaylandı.</translation>
    </message>
    <message>
        <source>You are on the waiting list.</source>
        <translation>Bekleme listesindesiniz.</translation>
    </message>
    <message>
        <source>The provider could not accept this sign-up.</source>
        <translation>Düzenleyen bu kaydı kabul edemedi.</translation>
    </message>
    <message>
        <source>This sign-up was cancelled.</source>
        <translation>Bu kayıt iptal edildi.</translation>
    </message>
    <message>
        <source>Your place is provisional.</source>
        <translation>Yeriniz henüz kesin değil.</translation>
    </message>
    <message>
        <source>Your place is not sure yet.</source>
        <translation>Yeriniz henüz kesin değil.</translation>
    </message>
    <message>
        <source>You gave no contact: print your pathway sheet — its claim code is your only link to this sign-up.</source>
        <translation>İletişim bilgisi vermediniz: Öğrenme yolu sayfanızı yazdırın. Üzerindeki takip kodu, bu kayda tek bağlantınızdır.</translation>
    </message>
    <message>
        <source>The provider will call or text you if anything changes.</source>
        <translation>Bir şey değişirse düzenleyen sizi arar veya SMS gönderir.</translation>
    </message>
    <message>
        <source>The provider will e-mail you if anything changes.</source>
        <translation>Bir şey değişirse düzenleyen size e-posta gönderir.</translation>
    </message>
    <message>
        <source>Please come on the date shown. </source>
        <translation>Lütfen gösterilen tarihte gelin. </translation>
    </message>
    <message>
        <source>If a place becomes free, it goes to the first person on the list. </source>
        <translation>Bir yer boşalırsa listedeki ilk kişiye verilir. </translation>
    </message>
    <message>
        <source>Please ask a member of staff or choose another offer.</source>
        <translation>Lütfen bir görevliye sorun veya başka bir etkinlik seçin.</translation>
    </message>
    <message>
        <source>The city&apos;s learning hub decides.</source>
        <translation>Şehrin öğrenme merkezi karar verir.</translation>
    </message>
    <message>
        <source>The first to sign up get the places.</source>
        <translation>Önce kaydolan, yeri önce alır.</translation>
    </message>
    <message>
        <source>This kiosk sends your sign-up as soon as it can.</source>
        <translation>Bu kiosk kaydınızı ilk fırsatta gönderir.</translation>
    </message>
    <message>
        <source>The answer comes on this screen.</source>
        <translation>Cevap bu ekranda görünür.</translation>
    </message>
    <message>
        <source>The city&apos;s learning hub decides in the order sign-ups arrive; this kiosk sends yours as soon as it is online. This screen shows the answer when it comes. </source>
        <translation>Şehrin öğrenme merkezi kayıtları geliş sırasına göre değerlendirir. Bu kiosk, internete bağlanır bağlanmaz kaydınızı gönderir. Cevap gelince bu ekranda görünür. </translation>
    </message>
    <message>
        <source>We save your name: %1</source>
        <translation>Adınızı saklarız: %1</translation>
    </message>
    <message>
        <source>We save your phone number: %1</source>
        <translation>Telefon numaranızı saklarız: %1</translation>
    </message>
    <message>
        <source>We save your e-mail address: %1</source>
        <translation>E-posta adresinizi saklarız: %1</translation>
    </message>
    <message>
        <source>We send them to the city&apos;s learning hub.</source>
        <translation>Bunları şehrin öğrenme merkezine göndeririz.</translation>
    </message>
    <message>
        <source>The hub gives them to %1, only for this offer.</source>
        <translation>Merkez bunları %1 adlı düzenleyene verir, yalnızca bu etkinlik için.</translation>
    </message>
    <message>
        <source>We save nothing else about you. Nothing goes to advertisers.</source>
        <translation>Hakkınızda başka bir şey saklamayız. Reklamcılara hiçbir şey vermeyiz.</translation>
    </message>
    <message>
        <source>You can cancel at any time. Ask the staff or the provider.</source>
        <translation>İstediğiniz zaman iptal edebilirsiniz. Bir görevliye veya düzenleyene sorun.</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Teşekkürler!</translation>
    </message>
    <message>
        <source>Before we save it</source>
        <translation>Kaydetmeden önce</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Henüz kaydedilmedi</translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation>Kaydol</translation>
    </message>
    <message>
        <source>This date is full: you join its waiting list.</source>
        <translation>Bu tarih dolu: Bekleme listesine yazılırsınız.</translation>
    </message>
    <message>
        <source>Your name or a nickname</source>
        <translation>Adınız veya takma adınız</translation>
    </message>
    <message>
        <source>For example: Ana</source>
        <translation>Örneğin: Ayşe</translation>
    </message>
    <message>
        <source>Fine.</source>
        <translation>Tamam.</translation>
    </message>
    <message>
        <source>How can the provider reach you? Choose one.</source>
        <translation>Düzenleyen size nasıl ulaşsın? Birini seçin.</translation>
    </message>
    <message>
        <source>For example: ana@web.de</source>
        <translation>Örneğin: ayse@web.de</translation>
    </message>
    <message>
        <source>A number from abroad: hold * to type +.</source>
        <translation>Yurt dışı numarası: + yazmak için * tuşunu basılı tutun.</translation>
    </message>
    <message>
        <source>Fine. Without a contact, your printed claim code is the only link to this sign-up: nobody can tell you if the date changes.</source>
        <translation>Tamam. İletişim bilgisi olmadan, yazdırılan takip kodu bu kayda tek bağlantınızdır: Tarih değişirse kimse size haber veremez.</translation>
    </message>
    <message>
        <source>We keep only your name and one contact.</source>
        <translation>Sadece adınızı ve bir iletişim bilginizi saklarız.</translation>
    </message>
    <message>
        <source>Your sheet shows no name and no contact.</source>
        <translation>Sayfanızda ad ve iletişim bilgisi yoktur.</translation>
    </message>
    <message>
        <source>About your data: we keep only this name and the one contact you choose. The city&apos;s learning hub passes them to this offer&apos;s provider, for this offer only.</source>
        <translation>Verileriniz hakkında: Sadece bu adı ve seçtiğiniz tek iletişim bilgisini saklarız. Şehrin öğrenme merkezi bunları yalnızca bu etkinlik için etkinliğin düzenleyenine iletir.</translation>
    </message>
    <message>
        <source>Your printed sheet carries no name or contact.</source>
        <translation>Yazdırılan sayfada ad veya iletişim bilgisi yoktur.</translation>
    </message>
    <message>
        <source>We will save your name &quot;%1&quot;%2 and this sign-up on this kiosk and send them to the city&apos;s learning hub, which passes them to %3 for this offer only.</source>
        <translation>“%1” adınızı%2 ve bu kaydı bu kioskta saklayıp şehrin öğrenme merkezine göndereceğiz. Merkez bunları yalnızca bu etkinlik için %3 ile paylaşır.</translation>
    </message>
    <message>
        <source> and your phone number %1</source>
        <translation>, %1 telefon numaranızı</translation>
    </message>
    <message>
        <source> and your e-mail address %1</source>
        <translation>, %1 e-posta adresinizi</translation>
    </message>
    <message>
        <source>This kiosk deletes them %1 hours after the hub has them.</source>
        <translation>Bu kiosk, merkez bunları aldıktan %1 saat sonra siler.</translation>
    </message>
    <message>
        <source>This kiosk deletes them as soon as the hub has them.</source>
        <translation>Bu kiosk, merkez bunları alır almaz siler.</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>Örneğin: %1</translation>
    </message>
    <message>
        <source>Fine: %1 (%2)</source>
        <translation>Tamam: %1 (%2)</translation>
    </message>
    <message>
        <source>Fine: %1</source>
        <translation>Tamam: %1</translation>
    </message>
    <message>
        <source>The city&apos;s learning hub passes them to the provider, only for this offer.</source>
        <translation>Şehrin öğrenme merkezi bunları düzenleyene verir, yalnızca bu etkinlik için.</translation>
    </message>
    <message>
        <source>Nothing else about you is saved, and nothing is shared for advertising.</source>
        <translation>Hakkınızda başka hiçbir şey saklanmaz ve reklam için hiçbir şey paylaşılmaz.</translation>
    </message>
    <message>
        <source>You can cancel at any time: ask a member of staff or the provider.</source>
        <translation>İstediğiniz zaman iptal edebilirsiniz: Bir görevliye veya düzenleyene sorun.</translation>
    </message>
    <message>
        <source>Yes, I agree</source>
        <translation>Evet, kabul ediyorum</translation>
    </message>
    <message>
        <source>What we stored</source>
        <translation>Kaydettiklerimiz</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Ad: %1</translation>
    </message>
    <message>
        <source>Contact: none</source>
        <translation>İletişim: yok</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Sign-up reference: %1</source>
        <translation>Kayıt numarası: %1</translation>
    </message>
    <message>
        <source>For how long</source>
        <translation>Ne kadar süre</translation>
    </message>
    <message>
        <source>On this kiosk: until the city&apos;s learning hub has it, and %1 hours more; then it is deleted here.</source>
        <translation>Bu kioskta: Şehrin öğrenme merkezi alana kadar ve sonra %1 saat daha. Ardından burada silinir.</translation>
    </message>
    <message>
        <source>On this kiosk: until the city&apos;s learning hub has it, then it is deleted here.</source>
        <translation>Bu kioskta: Şehrin öğrenme merkezi alana kadar. Ardından burada silinir.</translation>
    </message>
    <message>
        <source>The provider keeps it only for this offer.</source>
        <translation>Düzenleyen bunu yalnızca bu etkinlik için kullanır.</translation>
    </message>
    <message>
        <source>Your sign-up could not be saved. Nothing was lost: please try again, or ask a member of staff.</source>
        <translation>Kaydınız saklanamadı. Hiçbir şey kaybolmadı: Lütfen tekrar deneyin veya bir görevliye sorun.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>İleri</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Kaydediliyor…</translation>
    </message>
    <message>
        <source>Sign me up</source>
        <translation>Kaydol</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tekrar dene</translation>
    </message>
    <message>
        <source>Record my learning goal</source>
        <translation>Öğrenme hedefimi kaydet</translation>
    </message>
    <message>
        <source>Back to my pathway</source>
        <translation>Öğrenme yoluma dön</translation>
    </message>
    <message>
        <source>Find more offers</source>
        <translation>Başka etkinlikler bul</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Geri</translation>
    </message>
</context>
<context>
    <name>StaffBanner</name>
    <message>
        <source>Staff-assisted</source>
        <translation>Personel yardımıyla</translation>
    </message>
    <message>
        <source>Staff menu</source>
        <translation>Personel menüsü</translation>
    </message>
    <message>
        <source>Lock staff mode</source>
        <translation>Personel modunu kilitle</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>Sign-ups</source>
        <translation>Kayıtlar</translation>
    </message>
    <message>
        <source>Cancellations</source>
        <translation>İptaller</translation>
    </message>
    <message>
        <source>Learning goals</source>
        <translation>Öğrenme hedefleri</translation>
    </message>
    <message>
        <source>Other messages</source>
        <translation>Diğer mesajlar</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>bir dakikadan az</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 dk</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 sa</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 gün</translation>
    </message>
    <message>
        <source>No hub is set up: everything waits in the outbox (hub_url and hub_token in kiosk.toml).</source>
        <translation>Merkez ayarlanmamış: Her şey giden kutusunda bekliyor (kiosk.toml içinde hub_url ve hub_token).</translation>
    </message>
    <message>
        <source>The hub does not accept this kiosk&apos;s token. Issue a new one (connect-hub kiosk add) and put it in kiosk.toml.</source>
        <translation>Merkez bu kioskun anahtarını kabul etmiyor. Yeni bir anahtar oluşturun (connect-hub kiosk add) ve kiosk.toml dosyasına yazın.</translation>
    </message>
    <message>
        <source>Online: the last round reached the hub.</source>
        <translation>Çevrim içi: Son tur merkeze ulaştı.</translation>
    </message>
    <message>
        <source>Offline: the hub could not be reached.</source>
        <translation>Çevrim dışı: Merkeze ulaşılamadı.</translation>
    </message>
    <message>
        <source>Connecting to the hub…</source>
        <translation>Merkeze bağlanılıyor…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Yazdırılıyor…</translation>
    </message>
    <message>
        <source>The last sheet came out.</source>
        <translation>Son sayfa çıktı.</translation>
    </message>
    <message>
        <source>The printer has a problem.</source>
        <translation>Yazıcıda bir sorun var.</translation>
    </message>
    <message>
        <source>Printing is not available.</source>
        <translation>Yazdırma kullanılamıyor.</translation>
    </message>
    <message>
        <source>Nothing printed since the last problem.</source>
        <translation>Son sorundan beri hiçbir şey yazdırılmadı.</translation>
    </message>
    <message>
        <source>No problems since the kiosk started.</source>
        <translation>Kiosk başladığından beri sorun yok.</translation>
    </message>
    <message>
        <source>Staff menu</source>
        <translation>Personel menüsü</translation>
    </message>
    <message>
        <source>Development setting on: this kiosk does NOT check the hub&apos;s certificate (hub_insecure_skip_tls_verify_for_development_only in kiosk.toml). Anyone on the network could read or change what it sends. Remove the setting before the kiosk is used by the public.</source>
        <translation>Geliştirme ayarı açık: Bu kiosk merkezin sertifikasını KONTROL ETMİYOR (kiosk.toml içinde hub_insecure_skip_tls_verify_for_development_only). Ağdaki herkes gönderdiklerini okuyabilir veya değiştirebilir. Kiosk halka açılmadan önce bu ayarı kaldırın.</translation>
    </message>
    <message>
        <source>Help a citizen sign up</source>
        <translation>Bir vatandaşın kaydolmasına yardım et</translation>
    </message>
    <message>
        <source>Back to the citizen&apos;s screen</source>
        <translation>Vatandaş ekranına dön</translation>
    </message>
    <message>
        <source>Sync with the hub</source>
        <translation>Merkezle eşitleme</translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <translation>Merkez: %1</translation>
    </message>
    <message>
        <source>Last complete sync: %1 (%2 ago)</source>
        <translation>Son tam eşitleme: %1 (%2 önce)</translation>
    </message>
    <message>
        <source>Not synced completely yet.</source>
        <translation>Henüz tam eşitlenmedi.</translation>
    </message>
    <message>
        <source>Next try: %1</source>
        <translation>Sonraki deneme: %1</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>Son sorun: %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Eşitleniyor…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Şimdi eşitle</translation>
    </message>
    <message>
        <source>Outbox (what waits for the hub)</source>
        <translation>Giden kutusu (merkezi bekleyenler)</translation>
    </message>
    <message>
        <source>The outbox could not be read: the kiosk&apos;s store is not open.</source>
        <translation>Giden kutusu okunamadı: Kioskun veri deposu açık değil.</translation>
    </message>
    <message>
        <source>Reading the outbox…</source>
        <translation>Giden kutusu okunuyor…</translation>
    </message>
    <message>
        <source>Nothing waits for the hub (%1 sent so far).</source>
        <translation>Merkezi bekleyen bir şey yok (şimdiye kadar %1 gönderildi).</translation>
    </message>
    <message>
        <source>%1 waiting, %2 sent.</source>
        <translation>%1 bekliyor, %2 gönderildi.</translation>
    </message>
    <message>
        <source>%1: %2 waiting, the oldest for %3</source>
        <translation>%1: %2 bekliyor, en eskisi %3 süredir</translation>
    </message>
    <message>
        <source>Recent sync errors:</source>
        <translation>Son eşitleme hataları:</translation>
    </message>
    <message>
        <source>%1, made %2 ago, tried once: %3</source>
        <translation>%1, %2 önce oluşturuldu, bir kez denendi: %3</translation>
    </message>
    <message>
        <source>%1, made %2 ago, tried %3 times: %4</source>
        <translation>%1, %2 önce oluşturuldu, %3 kez denendi: %4</translation>
    </message>
    <message>
        <source>Read the outbox again</source>
        <translation>Giden kutusunu yeniden oku</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Yazıcı</translation>
    </message>
    <message>
        <source>Sheets are filed in a folder, not printed (print_backend = &quot;folder&quot;).</source>
        <translation>Sayfalar yazdırılmıyor, bir klasöre kaydediliyor (print_backend = &quot;folder&quot;).</translation>
    </message>
    <message>
        <source>Printer: %1</source>
        <translation>Yazıcı: %1</translation>
    </message>
    <message>
        <source>the system&apos;s default printer</source>
        <translation>sistemin varsayılan yazıcısı</translation>
    </message>
    <message>
        <source>Last print: %1</source>
        <translation>Son yazdırma: %1</translation>
    </message>
    <message>
        <source>Recent printer problems:</source>
        <translation>Son yazıcı sorunları:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>Deneme sayfası yazdır</translation>
    </message>
    <message>
        <source>Reprint the last sheet</source>
        <translation>Son sayfayı yeniden yazdır</translation>
    </message>
    <message>
        <source>The last sheet can be printed again only for a few minutes after it was printed.</source>
        <translation>Son sayfa, yazdırıldıktan sonra yalnızca birkaç dakika boyunca yeniden yazdırılabilir.</translation>
    </message>
    <message>
        <source>This kiosk</source>
        <translation>Bu kiosk</translation>
    </message>
    <message>
        <source>Venue: %1</source>
        <translation>Mekân: %1</translation>
    </message>
    <message>
        <source>Venue: not set (venue_name in kiosk.toml)</source>
        <translation>Mekân: ayarlanmamış (kiosk.toml içinde venue_name)</translation>
    </message>
    <message>
        <source>Default language: %1</source>
        <translation>Varsayılan dil: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Kaydediliyor…</translation>
    </message>
    <message>
        <source>Saved in kiosk.toml: the kiosk starts in this language from now on, also after a restart.</source>
        <translation>kiosk.toml dosyasına kaydedildi: Kiosk bundan sonra, yeniden başlatıldıktan sonra da bu dille açılır.</translation>
    </message>
    <message>
        <source>Could not be saved in kiosk.toml: the change lasts only until the kiosk restarts.</source>
        <translation>kiosk.toml dosyasına kaydedilemedi: Değişiklik yalnızca kiosk yeniden başlayana kadar geçerli.</translation>
    </message>
    <message>
        <source>Choose the language the kiosk starts in:</source>
        <translation>Kioskun açılış dilini seçin:</translation>
    </message>
    <message>
        <source>App version: %1</source>
        <translation>Uygulama sürümü: %1</translation>
    </message>
    <message>
        <source>Staff mode locks itself after %1 seconds without a touch.</source>
        <translation>Personel modu, %1 saniye dokunulmazsa kendini kilitler.</translation>
    </message>
    <message>
        <source>Leave the kiosk</source>
        <translation>Kiosktan çık</translation>
    </message>
    <message>
        <source>The kiosk closes and the desktop shows. Citizens cannot use it until it is started again.</source>
        <translation>Kiosk kapanır ve masaüstü görünür. Yeniden başlatılana kadar vatandaşlar kullanamaz.</translation>
    </message>
    <message>
        <source>Close the kiosk program and show the desktop.</source>
        <translation>Kiosk programını kapat ve masaüstünü göster.</translation>
    </message>
    <message>
        <source>Yes, exit to the desktop</source>
        <translation>Evet, masaüstüne çık</translation>
    </message>
    <message>
        <source>Exit to the desktop</source>
        <translation>Masaüstüne çık</translation>
    </message>
    <message>
        <source>Close the staff menu</source>
        <translation>Personel menüsünü kapat</translation>
    </message>
    <message>
        <source>Lock staff mode</source>
        <translation>Personel modunu kilitle</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Online</source>
        <translation>Çevrim içi</translation>
    </message>
    <message>
        <source>Offline — your sign-ups are saved and will be sent</source>
        <translation>Bağlantı yok: Kayıtlarınız saklandı ve gönderilecek</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Bağlanıyor</translation>
    </message>
    <message>
        <source>%1 to send</source>
        <translation>Gönderilecek: %1</translation>
    </message>
</context>
</TS>
