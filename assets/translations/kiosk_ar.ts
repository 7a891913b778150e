<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Learn something new in your city</source>
        <translation>تعلَّم شيئًا جديدًا في مدينتك</translation>
    </message>
    <message>
        <source>Learn new things near you. Many are free.</source>
        <translation>تعلّم أشياء جديدة قريبة منك. كثير منها مجاني.</translation>
    </message>
    <message>
        <source>Courses, workshops and meet-ups near you. Many are free.</source>
        <translation>دورات وورشات ولقاءات قريبة منك. كثير منها مجاني.</translation>
    </message>
    <message>
        <source>%1 offers to discover</source>
        <translation>أنشطة تنتظرك: %1</translation>
    </message>
    <message>
        <source>Easy read</source>
        <translation>قراءة سهلة</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>خط كبير</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation>المس الشاشة للبدء</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>اختر لغتك</translation>
    </message>
</context>
<context>
    <name>BasketScreen</name>
    <message>
        <source>My list</source>
        <translation>قائمتي</translation>
    </message>
    <message>
        <source>Nothing here yet. Open an offer and touch &quot;Add to my list&quot;.</source>
        <translation>لا يوجد شيء هنا بعد. افتح نشاطًا والمس «أضف إلى قائمتي».</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Removing an offer from this list does not cancel your sign-up.</source>
        <translation>إزالة نشاط من هذه القائمة لا تلغي تسجيلك.</translation>
    </message>
    <message>
        <source>See the pathway for my goal</source>
        <translation>عرض المسار نحو هدفي</translation>
    </message>
    <message>
        <source>Record another learning goal</source>
        <translation>تسجيل هدف تعليمي آخر</translation>
    </message>
    <message>
        <source>Record my learning goal</source>
        <translation>تسجيل هدفي التعليمي</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ رجوع</translation>
    </message>
    <message>
        <source>Find more offers</source>
        <translation>البحث عن أنشطة أخرى</translation>
    </message>
</context>
<context>
    <name>DetailsScreen</name>
    <message>
        <source>For beginners</source>
        <translation>للمبتدئين</translation>
    </message>
    <message>
        <source>Some experience needed</source>
        <translation>تحتاج إلى بعض الخبرة</translation>
    </message>
    <message>
        <source>For advanced learners</source>
        <translation>للمتقدمين</translation>
    </message>
    <message>
        <source>For everyone</source>
        <translation>للجميع</translation>
    </message>
    <message>
        <source>as last known at %1</source>
        <translation>حسب آخر معلومات الساعة %1</translation>
    </message>
    <message>
        <source>as last known</source>
        <translation>حسب آخر المعلومات</translation>
    </message>
    <message>
        <source>Full (%1)</source>
        <translation>مكتمل (%1)</translation>
    </message>
    <message>
        <source>Places left: %1 (%2)</source>
        <translation>الأماكن المتبقية: %1 (%2)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>This offer is no longer available.</source>
        <translation>هذا النشاط لم يعد متاحًا.</translation>
    </message>
    <message>
        <source>This offer cannot be shown right now. Please ask a member of staff.</source>
        <translation>لا يمكن عرض هذا النشاط الآن. يُرجى سؤال أحد الموظفين.</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>الجهة المنظمة: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>مجانًا</translation>
    </message>
    <message>
        <source>Taught in: %1</source>
        <translation>لغة التعليم: ⁨%1⁩</translation>
    </message>
    <message>
        <source>The provider describes this offer in %1 only.</source>
        <translation>تصف الجهة المنظمة هذا النشاط باللغة ⁨%1⁩ فقط.</translation>
    </message>
    <message>
        <source>Bring: %1</source>
        <translation>أحضر معك: ⁨%1⁩</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>No dates yet. Ask the provider when it starts.</source>
        <translation>لا توجد مواعيد بعد. اسأل الجهة المنظمة متى يبدأ.</translation>
    </message>
    <message>
        <source>No sign-up needed: just come along.</source>
        <translation>لا يلزم التسجيل: تعالَ فقط.</translation>
    </message>
    <message>
        <source>Touch a date to choose it.</source>
        <translation>المس موعدًا لاختياره.</translation>
    </message>
    <message>
        <source>…and %1 more dates.</source>
        <translation>…ومواعيد أخرى (عددها %1).</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>أين</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>عبر الإنترنت</translation>
    </message>
    <message>
        <source>How to get there: %1</source>
        <translation>طريقة الوصول: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Opening hours: %1</source>
        <translation>ساعات العمل: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Step-free access</source>
        <translation>مدخل بلا درجات</translation>
    </message>
    <message>
        <source>Not step-free</source>
        <translation>توجد درجات</translation>
    </message>
    <message>
        <source>Hearing loop</source>
        <translation>حلقة سمعية</translation>
    </message>
    <message>
        <source>No hearing loop</source>
        <translation>لا توجد حلقة سمعية</translation>
    </message>
    <message>
        <source>Accessible toilet</source>
        <translation>دورة مياه لذوي الإعاقة</translation>
    </message>
    <message>
        <source>No accessible toilet</source>
        <translation>لا توجد دورة مياه لذوي الإعاقة</translation>
    </message>
    <message>
        <source>Questions?</source>
        <translation>هل لديك أسئلة؟</translation>
    </message>
    <message>
        <source>This date is full. You can join its waiting list, or choose another date.</source>
        <translation>هذا الموعد مكتمل. يمكنك الانضمام إلى قائمة الانتظار أو اختيار موعد آخر.</translation>
    </message>
    <message>
        <source>Choose the next date with places</source>
        <translation>اختيار أقرب موعد فيه أماكن</translation>
    </message>
    <message>
        <source>Join the waiting list</source>
        <translation>الانضمام إلى قائمة الانتظار</translation>
    </message>
    <message>
        <source>Sign me up</source>
        <translation>سجّلني</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ رجوع</translation>
    </message>
    <message>
        <source>On my list</source>
        <translation>في قائمتي</translation>
    </message>
    <message>
        <source>Add to my list</source>
        <translation>أضف إلى قائمتي</translation>
    </message>
</context>
<context>
    <name>DiscoverScreen</name>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Computers &amp; internet</source>
        <translation>الحاسوب والإنترنت</translation>
    </message>
    <message>
        <source>Work &amp; jobs</source>
        <translation>العمل والوظائف</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>الصحة</translation>
    </message>
    <message>
        <source>Family &amp; children</source>
        <translation>الأسرة والأطفال</translation>
    </message>
    <message>
        <source>Culture &amp; art</source>
        <translation>الثقافة والفن</translation>
    </message>
    <message>
        <source>Making &amp; repairing</source>
        <translation>الصنع والتصليح</translation>
    </message>
    <message>
        <source>Neighbourhood &amp; volunteering</source>
        <translation>الحي والتطوع</translation>
    </message>
    <message>
        <source>Nature &amp; garden</source>
        <translation>الطبيعة والحدائق</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>المال</translation>
    </message>
    <message>
        <source>Reading &amp; writing</source>
        <translation>القراءة والكتابة</translation>
    </message>
    <message>
        <source>Loading offers…</source>
        <translation>جارٍ تحميل الأنشطة…</translation>
    </message>
    <message>
        <source>Offers found: %1</source>
        <translation>عدد الأنشطة: %1</translation>
    </message>
    <message>
        <source>Find something to learn</source>
        <translation>ابحث عن شيء تتعلمه</translation>
    </message>
    <message>
        <source>Nothing found. Try other words.</source>
        <translation>لم نجد شيئًا. جرّب كلمات أخرى.</translation>
    </message>
    <message>
        <source>No offers found — try fewer filters or other words.</source>
        <translation>لم نجد أنشطة. جرّب تصفية أقل أو كلمات أخرى.</translation>
    </message>
    <message>
        <source>The offers cannot be shown right now. Please ask a member of staff.</source>
        <translation>لا يمكن عرض الأنشطة الآن. يُرجى سؤال أحد الموظفين.</translation>
    </message>
    <message>
        <source>Search: a topic, a place, a word…</source>
        <translation>ابحث: موضوع، مكان، كلمة…</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>هذا الأسبوع</translation>
    </message>
    <message>
        <source>Free only</source>
        <translation>المجانية فقط</translation>
    </message>
    <message>
        <source>Mornings</source>
        <translation>صباحًا</translation>
    </message>
    <message>
        <source>Afternoons</source>
        <translation>بعد الظهر</translation>
    </message>
    <message>
        <source>Evenings</source>
        <translation>مساءً</translation>
    </message>
    <message>
        <source>Step-free access</source>
        <translation>مدخل بلا درجات</translation>
    </message>
    <message>
        <source>Taught in my language</source>
        <translation>بلغتي</translation>
    </message>
    <message>
        <source>✕ Clear filters</source>
        <translation>✕ مسح التصفية</translation>
    </message>
</context>
<context>
    <name>GoalScreen</name>
    <message>
        <source>Find a job</source>
        <translation>العثور على عمل</translation>
    </message>
    <message>
        <source>Change my job</source>
        <translation>تغيير عملي</translation>
    </message>
    <message>
        <source>Learn German</source>
        <translation>تعلّم الألمانية</translation>
    </message>
    <message>
        <source>Learn another language</source>
        <translation>تعلّم لغة أخرى</translation>
    </message>
    <message>
        <source>Computers &amp; phones</source>
        <translation>الحاسوب والهاتف</translation>
    </message>
    <message>
        <source>Help my children</source>
        <translation>مساعدة أطفالي</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>الصحة</translation>
    </message>
    <message>
        <source>Culture &amp; creativity</source>
        <translation>الثقافة والإبداع</translation>
    </message>
    <message>
        <source>Community &amp; volunteering</source>
        <translation>المجتمع والتطوع</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>شيء آخر</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>الاثنين</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>الثلاثاء</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>الأربعاء</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>الخميس</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>الجمعة</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>السبت</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>الأحد</translation>
    </message>
    <message>
        <source>Mornings</source>
        <translation>صباحًا</translation>
    </message>
    <message>
        <source>Afternoons</source>
        <translation>بعد الظهر</translation>
    </message>
    <message>
        <source>Evenings</source>
        <translation>مساءً</translation>
    </message>
    <message>
        <source>No steps (wheelchair, pram)</source>
        <translation>بلا درجات (كرسي متحرك، عربة أطفال)</translation>
    </message>
    <message>
        <source>Hearing loop</source>
        <translation>حلقة سمعية</translation>
    </message>
    <message>
        <source>Accessible toilet</source>
        <translation>دورة مياه لذوي الإعاقة</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>رعاية الأطفال</translation>
    </message>
    <message>
        <source>Sign language</source>
        <translation>لغة الإشارة</translation>
    </message>
    <message>
        <source>Easy language</source>
        <translation>لغة سهلة</translation>
    </message>
    <message>
        <source>More than 6 hours</source>
        <translation>أكثر من 6 ساعات</translation>
    </message>
    <message numerus="yes">
        <source>About %n h a week</source>
        <translation>
            <numerusform>نحو %n ساعة في الأسبوع</numerusform>
            <numerusform>نحو ساعة واحدة في الأسبوع</numerusform>
            <numerusform>نحو ساعتين في الأسبوع</numerusform>
            <numerusform>نحو %n ساعات في الأسبوع</numerusform>
            <numerusform>نحو %n ساعة في الأسبوع</numerusform>
            <numerusform>نحو %n ساعة في الأسبوع</numerusform>
        </translation>
    </message>
    <message>
        <source>Any distance</source>
        <translation>أي مسافة</translation>
    </message>
    <message>
        <source>Up to %1 km</source>
        <translation>حتى %1 كم</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>ماذا تريد أن تحقق؟</translation>
    </message>
    <message>
        <source>In your own words (if you like)</source>
        <translation>بكلماتك الخاصة (إن أردت)</translation>
    </message>
    <message>
        <source>How much time do you have each week?</source>
        <translation>كم من الوقت لديك كل أسبوع؟</translation>
    </message>
    <message>
        <source>Which days and times suit you?</source>
        <translation>أي الأيام والأوقات تناسبك؟</translation>
    </message>
    <message>
        <source>What may it cost?</source>
        <translation>كم يمكن أن يكلّف؟</translation>
    </message>
    <message>
        <source>Which language do you learn best in?</source>
        <translation>بأي لغة تتعلم بشكل أفضل؟</translation>
    </message>
    <message>
        <source>How far will you go?</source>
        <translation>ما أبعد مسافة يمكنك الذهاب إليها؟</translation>
    </message>
    <message>
        <source>Do you need any of these?</source>
        <translation>هل تحتاج إلى شيء من هذه؟</translation>
    </message>
    <message>
        <source>Is this right?</source>
        <translation>هل هذا صحيح؟</translation>
    </message>
    <message>
        <source>Your learning goal is saved</source>
        <translation>تم حفظ هدفك التعليمي</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>الهدف: ⁨%1⁩</translation>
    </message>
    <message>
        <source>In your words: %1</source>
        <translation>بكلماتك: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>الوقت: %1</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>متى: %1</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>التكلفة: %1</translation>
    </message>
    <message>
        <source>a small fee is fine</source>
        <translation>لا بأس برسوم بسيطة</translation>
    </message>
    <message>
        <source>free only</source>
        <translation>المجانية فقط</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>اللغة: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Distance: %1</source>
        <translation>المسافة: %1</translation>
    </message>
    <message>
        <source>Needs: %1</source>
        <translation>الاحتياجات: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>الخطوة %1 من %2</translation>
    </message>
    <message>
        <source>For example: &quot;I want to write e-mails to my grandson.&quot; You can also skip this.</source>
        <translation>مثلًا: «أريد أن أكتب رسائل إلكترونية لحفيدي.» يمكنك أيضًا تخطي هذه الخطوة.</translation>
    </message>
    <message>
        <source>Type here…</source>
        <translation>اكتب هنا…</translation>
    </message>
    <message>
        <source>Free only</source>
        <translation>المجانية فقط</translation>
    </message>
    <message>
        <source>A small fee is fine</source>
        <translation>لا بأس برسوم بسيطة</translation>
    </message>
    <message>
        <source>Your goal could not be saved. Nothing was lost: please try again, or ask a member of staff.</source>
        <translation>تعذّر حفظ هدفك. لم يضِع شيء: يُرجى المحاولة مرة أخرى أو سؤال أحد الموظفين.</translation>
    </message>
    <message>
        <source>Your claim code. Please note it down: with it, staff can find your goal.</source>
        <translation>رمز المتابعة الخاص بك. يُرجى كتابته: به يجد الموظفون هدفك.</translation>
    </message>
    <message>
        <source>This kiosk sends your goal to the city&apos;s learning hub and then deletes your own words here. With the claim code, staff and mentors can find your goal.</source>
        <translation>يرسل هذا الجهاز هدفك إلى مركز التعلّم في المدينة، ثم يحذف كلماتك الخاصة من هنا. برمز المتابعة يستطيع الموظفون والمرشدون إيجاد هدفك.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>تخطٍّ</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Save my learning goal</source>
        <translation>حفظ هدفي التعليمي</translation>
    </message>
    <message>
        <source>See my pathway</source>
        <translation>عرض مساري</translation>
    </message>
    <message>
        <source>Find offers</source>
        <translation>البحث عن أنشطة</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ رجوع</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message>
        <source>Seconds left: %1. Then this kiosk starts over and forgets what you entered.</source>
        <translation>الثواني المتبقية: %1. بعدها يبدأ الجهاز من جديد وينسى ما أدخلته.</translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>أحتاج إلى وقت أطول</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Choose your language</source>
        <translation>اختر لغتك</translation>
    </message>
    <message>
        <source>Make it easier to read</source>
        <translation>قراءة أسهل</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>CONNECT Learning Kiosk</source>
        <translation>جهاز التعلّم CONNECT</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Start over</source>
        <translation>البدء من جديد</translation>
    </message>
    <message>
        <source>My learning goal</source>
        <translation>هدفي التعليمي</translation>
    </message>
    <message>
        <source>My list (%1)</source>
        <translation>قائمتي (%1)</translation>
    </message>
</context>
<context>
    <name>OfferTile</name>
    <message>
        <source>Today, %1</source>
        <translation>اليوم، %1</translation>
    </message>
    <message>
        <source>Tomorrow, %1</source>
        <translation>غدًا، %1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>عبر الإنترنت</translation>
    </message>
    <message>
        <source>No dates yet</source>
        <translation>لا مواعيد بعد</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>مجانًا</translation>
    </message>
</context>
<context>
    <name>PathwayScreen</name>
    <message>
        <source>No sign-up needed — just come</source>
        <translation>لا يلزم التسجيل: تعالَ فقط</translation>
    </message>
    <message>
        <source>Signed up — waiting for the provider to confirm</source>
        <translation>أنت مسجّل: بانتظار تأكيد الجهة المنظمة</translation>
    </message>
    <message>
        <source>Signed up — your place is confirmed</source>
        <translation>أنت مسجّل: تم تأكيد مكانك</translation>
    </message>
    <message>
        <source>Signed up — on the waiting list</source>
        <translation>أنت مسجّل: في قائمة الانتظار</translation>
    </message>
    <message>
        <source>Sign-up not accepted — please ask a member of staff</source>
        <translation>لم يُقبل التسجيل: يُرجى سؤال أحد الموظفين</translation>
    </message>
    <message>
        <source>Not signed up yet</source>
        <translation>لم تسجّل بعد</translation>
    </message>
    <message>
        <source>%1 (and %2 more dates)</source>
        <translation>%1 (ومواعيد أخرى عددها %2)</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>عبر الإنترنت</translation>
    </message>
    <message>
        <source>Your learning pathway</source>
        <translation>مسارك التعليمي</translation>
    </message>
    <message>
        <source>Planning your pathway from today&apos;s offers…</source>
        <translation>جارٍ تخطيط مسارك من أنشطة اليوم…</translation>
    </message>
    <message>
        <source>Your pathway could not be planned. Please try again, or ask a member of staff.</source>
        <translation>تعذّر تخطيط مسارك. يُرجى المحاولة مرة أخرى أو سؤال أحد الموظفين.</translation>
    </message>
    <message>
        <source>This is your plan. You can change each step.</source>
        <translation>هذه خطتك. يمكنك تغيير كل خطوة.</translation>
    </message>
    <message>
        <source>Planned from today&apos;s offers for your learning goal. Swap, remove or sign up for any step.</source>
        <translation>خُطّط من أنشطة اليوم لهدفك التعليمي. يمكنك تبديل أي خطوة أو إزالتها أو التسجيل فيها.</translation>
    </message>
    <message>
        <source>Record your learning goal first: then the kiosk plans a pathway for it.</source>
        <translation>سجّل هدفك التعليمي أولًا: ثم يخطط الجهاز مسارًا له.</translation>
    </message>
    <message>
        <source>Offers that nearly fit:</source>
        <translation>أنشطة تناسبك تقريبًا:</translation>
    </message>
    <message>
        <source>Who can help: %1</source>
        <translation>من يمكنه المساعدة: ⁨%1⁩</translation>
    </message>
    <message>
        <source>the staff at the library&apos;s information desk</source>
        <translation>الموظفون في مكتب الاستعلامات في المكتبة</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>تمت الإزالة: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>الخطوة %1</translation>
    </message>
    <message>
        <source>You are signed up for this, so it stays on your pathway.</source>
        <translation>أنت مسجَّل في هذا النشاط، لذلك يبقى في مسارك.</translation>
    </message>
    <message>
        <source>That offer clashes with another step. Please choose another one.</source>
        <translation>يتعارض هذا النشاط مع خطوة أخرى. يُرجى اختيار نشاط آخر.</translation>
    </message>
    <message>
        <source>Sign me up</source>
        <translation>سجّلني</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>تبديل</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Instead of this step:</source>
        <translation>بدلًا من هذه الخطوة:</translation>
    </message>
    <message>
        <source>No steps left. Find more offers, or record your learning goal again.</source>
        <translation>لم تبقَ خطوات. ابحث عن أنشطة أخرى أو سجّل هدفك التعليمي من جديد.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>جارٍ الطباعة…</translation>
    </message>
    <message>
        <source>Done — please take your sheet</source>
        <translation>تمّ: يُرجى أخذ ورقتك</translation>
    </message>
    <message>
        <source>Printer problem</source>
        <translation>مشكلة في الطابعة</translation>
    </message>
    <message>
        <source>Please take a photo of this code instead: it opens your pathway on the city&apos;s learning hub. Staff have been told about the printer.</source>
        <translation>يُرجى تصوير هذا الرمز بدلًا من ذلك: فهو يفتح مسارك في مركز التعلّم في المدينة. تم إبلاغ الموظفين بمشكلة الطابعة.</translation>
    </message>
    <message>
        <source>Please ask a member of staff for help now.</source>
        <translation>اطلب المساعدة الآن من أحد الموظفين.</translation>
    </message>
    <message>
        <source>Your claim code:</source>
        <translation>رمز المتابعة الخاص بك:</translation>
    </message>
    <message>
        <source>Print my pathway sheet again</source>
        <translation>طباعة ورقة مساري مرة أخرى</translation>
    </message>
    <message>
        <source>Print my pathway sheet</source>
        <translation>طباعة ورقة مساري</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>حاول مرة أخرى</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ رجوع</translation>
    </message>
    <message>
        <source>Find more offers</source>
        <translation>البحث عن أنشطة أخرى</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Too many wrong PINs. Try again in %1 min %2 s.</source>
        <translation>أخطاء كثيرة في رمز PIN. حاول مرة أخرى بعد %1 دقيقة و%2 ثانية.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in 1 second.</source>
        <translation>أخطاء كثيرة في رمز PIN. حاول مرة أخرى بعد ثانية واحدة.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 seconds.</source>
        <translation>أخطاء كثيرة في رمز PIN. حاول مرة أخرى بعد %1 ثانية.</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>رمز PIN للموظفين</translation>
    </message>
    <message>
        <source>Digits typed: %1</source>
        <translation>الأرقام المكتوبة: %1</translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation>لحظة من فضلك…</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>جارٍ التحقق من رمز PIN…</translation>
    </message>
    <message>
        <source>Staff mode is not set up on this kiosk. An administrator sets a PIN on the kiosk&apos;s computer with the command: connect-kiosk set-staff-pin</source>
        <translation>وضع الموظفين غير مُعَدّ على هذا الجهاز. يضبط المسؤول رمز PIN على حاسوب الجهاز بهذا الأمر: connect-kiosk set-staff-pin</translation>
    </message>
    <message>
        <source>Wrong PIN. 1 more try, then the pad pauses.</source>
        <translation>رمز PIN خاطئ. بقيت محاولة واحدة، ثم تتوقف لوحة الأرقام مؤقتًا.</translation>
    </message>
    <message>
        <source>Wrong PIN. %1 more tries, then the pad pauses.</source>
        <translation>رمز PIN خاطئ. المحاولات المتبقية: %1، ثم تتوقف لوحة الأرقام مؤقتًا.</translation>
    </message>
    <message>
        <source>Type the staff PIN. After a wrong one the pad pauses again, for longer.</source>
        <translation>اكتب رمز PIN الخاص بالموظفين. بعد رمز خاطئ تتوقف لوحة الأرقام مرة أخرى، لمدة أطول.</translation>
    </message>
    <message>
        <source>Type the staff PIN.</source>
        <translation>اكتب رمز PIN الخاص بالموظفين.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <source>Stop reading</source>
        <translation>إيقاف القراءة</translation>
    </message>
    <message>
        <source>No voice for this language</source>
        <translation>لا يوجد صوت لهذه اللغة</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>القراءة بصوت عالٍ</translation>
    </message>
</context>
<context>
    <name>ReadAloudPanel</name>
    <message>
        <source>No voice for this language</source>
        <translation>لا يوجد صوت لهذه اللغة</translation>
    </message>
    <message>
        <source>Reading aloud is not available on this kiosk</source>
        <translation>القراءة بصوت عالٍ غير متاحة على هذا الجهاز</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>أخفض</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>أعلى</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>أبطأ</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>أسرع</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Clear search</source>
        <translation>مسح البحث</translation>
    </message>
</context>
<context>
    <name>SignUpScreen</name>
    <message>
        <source>Please type a name or a nickname.</source>
        <translation>يُرجى كتابة اسم أو لقب.</translation>
    </message>
    <message>
        <source>Please use at most 60 letters.</source>
        <translation>يُرجى استخدام 60 حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>A name needs at least one letter.</source>
        <translation>يجب أن يحتوي الاسم على حرف واحد على الأقل.</translation>
    </message>
    <message>
        <source>Please use only letters, numbers, spaces, - and &apos;.</source>
        <translation>يُرجى استخدام الحروف والأرقام والمسافات و - و &apos; فقط.</translation>
    </message>
    <message>
        <source>Please type your phone number.</source>
        <translation>يُرجى كتابة رقم هاتفك.</translation>
    </message>
    <message>
        <source>A phone number has only digits, spaces and +.</source>
        <translation>رقم الهاتف فيه أرقام ومسافات و + فقط.</translation>
    </message>
    <message>
        <source>This number is too short.</source>
        <translation>هذا الرقم قصير جدًا.</translation>
    </message>
    <message>
        <source>This number is too long.</source>
        <translation>هذا الرقم طويل جدًا.</translation>
    </message>
    <message>
        <source>This does not look like a phone number.</source>
        <translation>هذا لا يبدو رقم هاتف.</translation>
    </message>
    <message>
        <source>Please type your e-mail address.</source>
        <translation>يُرجى كتابة عنوان بريدك الإلكتروني.</translation>
    </message>
    <message>
        <source>An e-mail address has an @ in it.</source>
        <translation>عنوان البريد الإلكتروني فيه @.</translation>
    </message>
    <message>
        <source>Something is missing before the @.</source>
        <translation>ينقص شيء قبل @.</translation>
    </message>
    <message>
        <source>Something is missing after the @, like web.de.</source>
        <translation>ينقص شيء بعد @، مثل web.de.</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address.</source>
        <translation>هذا لا يبدو عنوان بريد إلكتروني.</translation>
    </message>
    <message>
        <source>Please check the end of the address, after the last dot.</source>
        <translation>يُرجى التحقق من نهاية العنوان، بعد النقطة الأخيرة.</translation>
    </message>
    <message>
        <source>Please choose how the provider can reach you.</source>
        <translation>يُرجى اختيار طريقة تواصل الجهة المنظمة معك.</translation>
    </message>
    <message>
        <source>Please choose phone, e-mail or no contact.</source>
        <translation>يُرجى اختيار الهاتف أو البريد الإلكتروني أو «بدون تواصل».</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>بدون تواصل</translation>
    </message>
    <message>
        <source>Your place is confirmed.</source>
        <translation>تم تأكيد مكانك.</translation>
    </message>
    <message>
        <source>You are on the waiting list.</source>
        <translation>أنت في قائمة الانتظار.</translation>
    </message>
    <message>
        <source>The provider could not accept this sign-up.</source>
        <translation>لم تستطع الجهة المنظمة قبول هذا التسجيل.</translation>
    </message>
    <message>
        <source>This sign-up was cancelled.</source>
        <translation>تم إلغاء هذا التسجيل.</translation>
    </message>
    <message>
        <source>Your place is provisional.</source>
        <translation>مكانك محجوز مؤقتًا.</translation>
    </message>
    <message>
        <source>Your place is not sure yet.</source>
        <translation>مكانك ليس مؤكدًا بعد.</translation>
    </message>
    <message>
        <source>You gave no contact: print your pathway sheet — its claim code is your only link to this sign-up.</source>
        <translation>لم تترك وسيلة تواصل: اطبع ورقة مسارك. رمز المتابعة عليها هو صلتك الوحيدة بهذا التسجيل.</translation>
    </message>
    <message>
        <source>The provider will call or text you if anything changes.</source>
        <translation>إذا تغيّر شيء، تتصل بك الجهة المنظمة أو ترسل لك رسالة قصيرة.</translation>
    </message>
    <message>
        <source>The provider will e-mail you if anything changes.</source>
        <translation>إذا تغيّر شيء، ترسل لك الجهة المنظمة بريدًا إلكترونيًا.</translation>
    </message>
    <message>
        <source>Please come on the date shown. </source>
        <translation>يُرجى الحضور في الموعد المعروض. </translation>
    </message>
    <message>
        <source>If a place becomes free, it goes to the first person on the list. </source>
        <translation>إذا صار مكان شاغرًا، يحصل عليه أول شخص في القائمة. </translation>
    </message>
    <message>
        <source>Please ask a member of staff or choose another offer.</source>
        <translation>يُرجى سؤال أحد الموظفين أو اختيار نشاط آخر.</translation>
    </message>
    <message>
        <source>The city&apos;s learning hub decides.</source>
        <translation>مركز التعلّم في المدينة هو الذي يقرّر.</translation>
    </message>
    <message>
        <source>The first to sign up get the places.</source>
        <translation>من يسجّل أولًا يحصل على المكان أولًا.</translation>
    </message>
    <message>
        <source>This kiosk sends your sign-up as soon as it can.</source>
        <translation>يرسل هذا الجهاز تسجيلك في أقرب وقت ممكن.</translation>
    </message>
    <message>
        <source>The answer comes on this screen.</source>
        <translation>يظهر الرد على هذه الشاشة.</translation>
    </message>
    <message>
        <source>The city&apos;s learning hub decides in the order sign-ups arrive; this kiosk sends yours as soon as it is online. This screen shows the answer when it comes. </source>
        <translation>يقرّر مركز التعلّم في المدينة حسب ترتيب وصول التسجيلات. يرسل هذا الجهاز تسجيلك فور اتصاله بالإنترنت. يظهر الرد على هذه الشاشة عند وصوله. </translation>
    </message>
    <message>
        <source>We save your name: %1</source>
        <translation>نحفظ اسمك: ⁨%1⁩</translation>
    </message>
    <message>
        <source>We save your phone number: %1</source>
        <translation>نحفظ رقم هاتفك: ⁨%1⁩</translation>
    </message>
    <message>
        <source>We save your e-mail address: %1</source>
        <translation>نحفظ عنوان بريدك الإلكتروني: ⁨%1⁩</translation>
    </message>
    <message>
        <source>We send them to the city&apos;s learning hub.</source>
        <translation>نرسلها إلى مركز التعلّم في المدينة.</translation>
    </message>
    <message>
        <source>The hub gives them to %1, only for this offer.</source>
        <translation>يعطيها المركز إلى ⁨%1⁩ لهذا النشاط فقط.</translation>
    </message>
    <message>
        <source>We save nothing else about you. Nothing goes to advertisers.</source>
        <translation>لا نحفظ عنك أي شيء آخر. لا نعطي شيئًا للمعلنين.</translation>
    </message>
    <message>
        <source>You can cancel at any time. Ask the staff or the provider.</source>
        <translation>يمكنك الإلغاء في أي وقت. اسأل أحد الموظفين أو الجهة المنظمة.</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>شكرًا لك!</translation>
    </message>
    <message>
        <source>Before we save it</source>
        <translation>قبل أن نحفظه</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>لم يُحفظ بعد</translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation>التسجيل</translation>
    </message>
    <message>
        <source>This date is full: you join its waiting list.</source>
        <translation>هذا الموعد مكتمل: ستنضم إلى قائمة الانتظار.</translation>
    </message>
    <message>
        <source>Your name or a nickname</source>
        <translation>اسمك أو لقبك</translation>
    </message>
    <message>
        <source>For example: Ana</source>
        <translation>مثلًا: سلمى</translation>
    </message>
    <message>
        <source>Fine.</source>
        <translation>حسنًا.</translation>
    </message>
    <message>
        <source>How can the provider reach you? Choose one.</source>
        <translation>كيف تتواصل معك الجهة المنظمة؟ اختر طريقة واحدة.</translation>
    </message>
    <message>
        <source>For example: ana@web.de</source>
        <translation>مثلًا: salma@web.de</translation>
    </message>
    <message>
        <source>A number from abroad: hold * to type +.</source>
        <translation>رقم من خارج البلد: اضغط مطولًا على * لكتابة +.</translation>
    </message>
    <message>
        <source>Fine. Without a contact, your printed claim code is the only link to this sign-up: nobody can tell you if the date changes.</source>
        <translation>حسنًا. بدون وسيلة تواصل، يكون رمز المتابعة المطبوع صلتك الوحيدة بهذا التسجيل: لن يستطيع أحد إبلاغك إذا تغيّر الموعد.</translation>
    </message>
    <message>
        <source>We keep only your name and one contact.</source>
        <translation>نحفظ اسمك ووسيلة تواصل واحدة فقط.</translation>
    </message>
    <message>
        <source>Your sheet shows no name and no contact.</source>
        <translation>لا تحمل ورقتك اسمًا ولا وسيلة تواصل.</translation>
    </message>
    <message>
        <source>About your data: we keep only this name and the one contact you choose. The city&apos;s learning hub passes them to this offer&apos;s provider, for this offer only.</source>
        <translation>عن بياناتك: نحفظ هذا الاسم ووسيلة التواصل الواحدة التي تختارها فقط. يعطيها مركز التعلّم في المدينة للجهة المنظمة لهذا النشاط فقط.</translation>
    </message>
    <message>
        <source>Your printed sheet carries no name or contact.</source>
        <translation>لا تحمل ورقتك المطبوعة اسمًا ولا وسيلة تواصل.</translation>
    </message>
    <message>
        <source>We will save your name &quot;%1&quot;%2 and this sign-up on this kiosk and send them to the city&apos;s learning hub, which passes them to %3 for this offer only.</source>
        <translation>سنحفظ اسمك «⁨%1⁩»%2 وهذا التسجيل على هذا الجهاز، ونرسلها إلى مركز التعلّم في المدينة، الذي يعطيها إلى ⁨%3⁩ لهذا النشاط فقط.</translation>
    </message>
    <message>
        <source> and your phone number %1</source>
        <translation> ورقم هاتفك ⁨%1⁩</translation>
    </message>
    <message>
        <source> and your e-mail address %1</source>
        <translation> وعنوان بريدك الإلكتروني ⁨%1⁩</translation>
    </message>
    <message>
        <source>This kiosk deletes them %1 hours after the hub has them.</source>
        <translation>يحذفها هذا الجهاز بعد %1 ساعة من وصولها إلى المركز.</translation>
    </message>
    <message>
        <source>This kiosk deletes them as soon as the hub has them.</source>
        <translation>يحذفها هذا الجهاز فور وصولها إلى المركز.</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>مثلًا: ⁦%1⁩</translation>
    </message>
    <message>
        <source>Fine: %1 (%2)</source>
        <translation>حسنًا: ⁦%1⁩ (%2)</translation>
    </message>
    <message>
        <source>Fine: %1</source>
        <translation>حسنًا: ⁦%1⁩</translation>
    </message>
    <message>
        <source>The city&apos;s learning hub passes them to the provider, only for this offer.</source>
        <translation>يعطيها مركز التعلّم في المدينة للجهة المنظمة لهذا النشاط فقط.</translation>
    </message>
    <message>
        <source>Nothing else about you is saved, and nothing is shared for advertising.</source>
        <translation>لا يُحفظ عنك أي شيء آخر، ولا يُعطى أي شيء للإعلانات.</translation>
    </message>
    <message>
        <source>You can cancel at any time: ask a member of staff or the provider.</source>
        <translation>يمكنك الإلغاء في أي وقت: اسأل أحد الموظفين أو الجهة المنظمة.</translation>
    </message>
    <message>
        <source>Yes, I agree</source>
        <translation>نعم، أوافق</translation>
    </message>
    <message>
        <source>What we stored</source>
        <translation>ما حفظناه</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>الاسم: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Contact: none</source>
        <translation>التواصل: لا يوجد</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: ⁨%2⁩</translation>
    </message>
    <message>
        <source>Sign-up reference: %1</source>
        <translation>رقم التسجيل: ⁨%1⁩</translation>
    </message>
    <message>
        <source>For how long</source>
        <translation>إلى متى</translation>
    </message>
    <message>
        <source>On this kiosk: until the city&apos;s learning hub has it, and %1 hours more; then it is deleted here.</source>
        <translation>على هذا الجهاز: حتى يستلمه مركز التعلّم في المدينة، ثم %1 ساعة أخرى. بعدها يُحذف من هنا.</translation>
    </message>
    <message>
        <source>On this kiosk: until the city&apos;s learning hub has it, then it is deleted here.</source>
        <translation>على هذا الجهاز: حتى يستلمه مركز التعلّم في المدينة. بعدها يُحذف من هنا.</translation>
    </message>
    <message>
        <source>The provider keeps it only for this offer.</source>
        <translation>تستخدمه الجهة المنظمة لهذا النشاط فقط.</translation>
    </message>
    <message>
        <source>Your sign-up could not be saved. Nothing was lost: please try again, or ask a member of staff.</source>
        <translation>تعذّر حفظ تسجيلك. لم يضِع شيء: يُرجى المحاولة مرة أخرى أو سؤال أحد الموظفين.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Sign me up</source>
        <translation>سجّلني</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>حاول مرة أخرى</translation>
    </message>
    <message>
        <source>Record my learning goal</source>
        <translation>تسجيل هدفي التعليمي</translation>
    </message>
    <message>
        <source>Back to my pathway</source>
        <translation>العودة إلى مساري</translation>
    </message>
    <message>
        <source>Find more offers</source>
        <translation>البحث عن أنشطة أخرى</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ رجوع</translation>
    </message>
</context>
<context>
    <name>StaffBanner</name>
    <message>
        <source>Staff-assisted</source>
        <translation>بمساعدة موظف</translation>
    </message>
    <message>
        <source>Staff menu</source>
        <translation>قائمة الموظفين</translation>
    </message>
    <message>
        <source>Lock staff mode</source>
        <translation>قفل وضع الموظفين</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>Sign-ups</source>
        <translation>التسجيلات</translation>
    </message>
    <message>
        <source>Cancellations</source>
        <translation>الإلغاءات</translation>
    </message>
    <message>
        <source>Learning goals</source>
        <translation>الأهداف التعليمية</translation>
    </message>
    <message>
        <source>Other messages</source>
        <translation>رسائل أخرى</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>أقل من دقيقة</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 دقيقة</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ساعة</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 أيام</translation>
    </message>
    <message>
        <source>No hub is set up: everything waits in the outbox (hub_url and hub_token in kiosk.toml).</source>
        <translation>لم يُضبط المركز: كل شيء ينتظر في صندوق الصادر (hub_url و hub_token في kiosk.toml).</translation>
    </message>
    <message>
        <source>The hub does not accept this kiosk&apos;s token. Issue a new one (connect-hub kiosk add) and put it in kiosk.toml.</source>
        <translation>لا يقبل المركز رمز هذا الجهاز. أنشئ رمزًا جديدًا (connect-hub kiosk add) وضعه في kiosk.toml.</translation>
    </message>
    <message>
        <source>Online: the last round reached the hub.</source>
        <translation>متصل: وصلت الجولة الأخيرة إلى المركز.</translation>
    </message>
    <message>
        <source>Offline: the hub could not be reached.</source>
        <translation>غير متصل: تعذّر الوصول إلى المركز.</translation>
    </message>
    <message>
        <source>Connecting to the hub…</source>
        <translation>جارٍ الاتصال بالمركز…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>جارٍ الطباعة…</translation>
    </message>
    <message>
        <source>The last sheet came out.</source>
        <translation>خرجت الورقة الأخيرة.</translation>
    </message>
    <message>
        <source>The printer has a problem.</source>
        <translation>في الطابعة مشكلة.</translation>
    </message>
    <message>
        <source>Printing is not available.</source>
        <translation>الطباعة غير متاحة.</translation>
    </message>
    <message>
        <source>Nothing printed since the last problem.</source>
        <translation>لم يُطبع شيء منذ المشكلة الأخيرة.</translation>
    </message>
    <message>
        <source>No problems since the kiosk started.</source>
        <translation>لا مشاكل منذ بدء تشغيل الجهاز.</translation>
    </message>
    <message>
        <source>Staff menu</source>
        <translation>قائمة الموظفين</translation>
    </message>
    <message>
        <source>Development setting on: this kiosk does NOT check the hub&apos;s certificate (hub_insecure_skip_tls_verify_for_development_only in kiosk.toml). Anyone on the network could read or change what it sends. Remove the setting before the kiosk is used by the public.</source>
        <translation>إعداد التطوير مفعّل: هذا الجهاز لا يتحقق من شهادة المركز (hub_insecure_skip_tls_verify_for_development_only في kiosk.toml). يستطيع أي شخص على الشبكة قراءة ما يرسله أو تغييره. أزل هذا الإعداد قبل أن يستخدم الجمهور الجهاز.</translation>
    </message>
    <message>
        <source>Help a citizen sign up</source>
        <translation>مساعدة زائر في التسجيل</translation>
    </message>
    <message>
        <source>Back to the citizen&apos;s screen</source>
        <translation>العودة إلى شاشة الزائر</translation>
    </message>
    <message>
        <source>Sync with the hub</source>
        <translation>المزامنة مع المركز</translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <translation>المركز: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Last complete sync: %1 (%2 ago)</source>
        <translation>آخر مزامنة كاملة: %1 (قبل %2)</translation>
    </message>
    <message>
        <source>Not synced completely yet.</source>
        <translation>لم تتم مزامنة كاملة بعد.</translation>
    </message>
    <message>
        <source>Next try: %1</source>
        <translation>المحاولة التالية: %1</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>آخر مشكلة: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>المزامنة الآن</translation>
    </message>
    <message>
        <source>Outbox (what waits for the hub)</source>
        <translation>صندوق الصادر (ما ينتظر المركز)</translation>
    </message>
    <message>
        <source>The outbox could not be read: the kiosk&apos;s store is not open.</source>
        <translation>تعذّرت قراءة صندوق الصادر: مخزن بيانات الجهاز غير مفتوح.</translation>
    </message>
    <message>
        <source>Reading the outbox…</source>
        <translation>جارٍ قراءة صندوق الصادر…</translation>
    </message>
    <message>
        <source>Nothing waits for the hub (%1 sent so far).</source>
        <translation>لا شيء ينتظر المركز (أُرسل حتى الآن: %1).</translation>
    </message>
    <message>
        <source>%1 waiting, %2 sent.</source>
        <translation>بالانتظار: %1، أُرسل: %2.</translation>
    </message>
    <message>
        <source>%1: %2 waiting, the oldest for %3</source>
        <translation>%1: بالانتظار %2، أقدمها منذ %3</translation>
    </message>
    <message>
        <source>Recent sync errors:</source>
        <translation>أخطاء المزامنة الأخيرة:</translation>
    </message>
    <message>
        <source>%1, made %2 ago, tried once: %3</source>
        <translation>%1، أُنشئ قبل %2، محاولة واحدة: ⁨%3⁩</translation>
    </message>
    <message>
        <source>%1, made %2 ago, tried %3 times: %4</source>
        <translation>%1، أُنشئ قبل %2، عدد المحاولات %3: ⁨%4⁩</translation>
    </message>
    <message>
        <source>Read the outbox again</source>
        <translation>قراءة صندوق الصادر مرة أخرى</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>الطابعة</translation>
    </message>
    <message>
        <source>Sheets are filed in a folder, not printed (print_backend = &quot;folder&quot;).</source>
        <translation>تُحفظ الأوراق في مجلد ولا تُطبع (print_backend = &quot;folder&quot;).</translation>
    </message>
    <message>
        <source>Printer: %1</source>
        <translation>الطابعة: ⁨%1⁩</translation>
    </message>
    <message>
        <source>the system&apos;s default printer</source>
        <translation>الطابعة الافتراضية للنظام</translation>
    </message>
    <message>
        <source>Last print: %1</source>
        <translation>آخر طباعة: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Recent printer problems:</source>
        <translation>مشاكل الطابعة الأخيرة:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: ⁨%2⁩</translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>طباعة صفحة تجريبية</translation>
    </message>
    <message>
        <source>Reprint the last sheet</source>
        <translation>إعادة طباعة الورقة الأخيرة</translation>
    </message>
    <message>
        <source>The last sheet can be printed again only for a few minutes after it was printed.</source>
        <translation>لا يمكن إعادة طباعة الورقة الأخيرة إلا خلال دقائق قليلة بعد طباعتها.</translation>
    </message>
    <message>
        <source>This kiosk</source>
        <translation>هذا الجهاز</translation>
    </message>
    <message>
        <source>Venue: %1</source>
        <translation>المكان: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Venue: not set (venue_name in kiosk.toml)</source>
        <translation>المكان: غير محدد (venue_name في kiosk.toml)</translation>
    </message>
    <message>
        <source>Default language: %1</source>
        <translation>اللغة الافتراضية: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Saved in kiosk.toml: the kiosk starts in this language from now on, also after a restart.</source>
        <translation>حُفظ في kiosk.toml: يبدأ الجهاز بهذه اللغة من الآن، حتى بعد إعادة التشغيل.</translation>
    </message>
    <message>
        <source>Could not be saved in kiosk.toml: the change lasts only until the kiosk restarts.</source>
        <translation>تعذّر الحفظ في kiosk.toml: يبقى التغيير فقط حتى إعادة تشغيل الجهاز.</translation>
    </message>
    <message>
        <source>Choose the language the kiosk starts in:</source>
        <translation>اختر اللغة التي يبدأ بها الجهاز:</translation>
    </message>
    <message>
        <source>App version: %1</source>
        <translation>إصدار البرنامج: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Staff mode locks itself after %1 seconds without a touch.</source>
        <translation>يُقفل وضع الموظفين نفسه بعد %1 ثانية بلا لمس.</translation>
    </message>
    <message>
        <source>Leave the kiosk</source>
        <translation>مغادرة الجهاز</translation>
    </message>
    <message>
        <source>The kiosk closes and the desktop shows. Citizens cannot use it until it is started again.</source>
        <translation>يُغلق الجهاز ويظهر سطح المكتب. لا يستطيع الزوار استخدامه حتى يُشغَّل من جديد.</translation>
    </message>
    <message>
        <source>Close the kiosk program and show the desktop.</source>
        <translation>إغلاق برنامج الجهاز وإظهار سطح المكتب.</translation>
    </message>
    <message>
        <source>Yes, exit to the desktop</source>
        <translation>نعم، الخروج إلى سطح المكتب</translation>
    </message>
    <message>
        <source>Exit to the desktop</source>
        <translation>الخروج إلى سطح المكتب</translation>
    </message>
    <message>
        <source>Close the staff menu</source>
        <translation>إغلاق قائمة الموظفين</translation>
    </message>
    <message>
        <source>Lock staff mode</source>
        <translation>قفل وضع الموظفين</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Online</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>Offline — your sign-ups are saved and will be sent</source>
        <translation>لا يوجد اتصال: تسجيلاتك محفوظة وستُرسل لاحقًا</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>جارٍ الاتصال</translation>
    </message>
    <message>
        <source>%1 to send</source>
        <translation>بانتظار الإرسال: %1</translation>
    </message>
</context>
</TS>
