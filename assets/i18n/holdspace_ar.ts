<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AnswerWidget</name>
    <message>
        <location filename="../../app/holdspace/gui/steps/answer.py" line="22"/>
        <source>Your &amp;answer:</source>
        <translation>&amp;إجابتك:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/answer.py" line="25"/>
        <source>Your answer</source>
        <translation>إجابتك</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/answer.py" line="27"/>
        <source>Clear the box</source>
        <translation>إفراغ الخانة</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/answer.py" line="35"/>
        <source>a number, for example 42</source>
        <translation>رقم، مثل 42</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/answer.py" line="36"/>
        <source>hex digits, for example 0x1f</source>
        <translation>أرقام ست عشرية، مثل 0x1f</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/answer.py" line="37"/>
        <source>an amount, for example 14.00</source>
        <translation>مبلغ، مثل 14.00</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/answer.py" line="38"/>
        <source>type your answer</source>
        <translation>اكتب إجابتك</translation>
    </message>
</context>
<context>
    <name>Blank</name>
    <message>
        <location filename="../../app/holdspace/gui/presenter.py" line="60"/>
        <source>Screen blanked; press any key to come back</source>
        <translation>الشاشة معتمة؛ اضغط أي مفتاح للعودة</translation>
    </message>
</context>
<context>
    <name>ChecklistWidget</name>
    <message>
        <location filename="../../app/holdspace/gui/steps/checklist.py" line="87"/>
        <source>You can come back to this any time. Ticks stay on this computer to help you remember; they are never a score.</source>
        <translation>يمكنك العودة إلى هذا في أي وقت. علامات الاختيار تبقى على هذا الحاسوب لتساعدك على التذكّر؛ وهي ليست درجة أبدًا.</translation>
    </message>
</context>
<context>
    <name>ChoiceWidget</name>
    <message>
        <location filename="../../app/holdspace/gui/steps/choice.py" line="98"/>
        <source>Tick every answer that fits:</source>
        <translation>ضع علامة على كل إجابة مناسبة:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/choice.py" line="100"/>
        <source>Pick one answer:</source>
        <translation>اختر إجابة واحدة:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/choice.py" line="209"/>
        <source>✓ {answer}</source>
        <extracomment>Shown by “Show me”: an answer that fits, with a tick before it.</extracomment>
        <translation>✓ {answer}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/choice.py" line="212"/>
        <source>{answer}, an answer that fits</source>
        <translation>{answer}، إجابة مناسبة</translation>
    </message>
</context>
<context>
    <name>ColoursMenu</name>
    <message>
        <location filename="../../app/holdspace/gui/colours_menu.py" line="21"/>
        <source>&amp;Follow the system</source>
        <translation>&amp;اتباع النظام</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/colours_menu.py" line="22"/>
        <source>&amp;Light</source>
        <translation>&amp;فاتح</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/colours_menu.py" line="23"/>
        <source>&amp;Dark</source>
        <translation>&amp;داكن</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/colours_menu.py" line="24"/>
        <source>&amp;High contrast</source>
        <translation>&amp;تباين عالٍ</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/colours_menu.py" line="32"/>
        <source>&amp;Colours</source>
        <translation>ال&amp;ألوان</translation>
    </message>
</context>
<context>
    <name>CopyRow</name>
    <message>
        <location filename="../../app/holdspace/gui/copy_row.py" line="35"/>
        <source>TXID</source>
        <translation>معرّف المعاملة (TXID)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/copy_row.py" line="35"/>
        <source>address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/copy_row.py" line="37"/>
        <source>C&amp;opy the {what}</source>
        <translation>نس&amp;خ: {what}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/copy_row.py" line="39"/>
        <source>Copy {what} {number} of {total}</source>
        <translation>نسخ: {what} {number} من {total}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/copy_row.py" line="58"/>
        <source>✓ Copied. Paste it with Ctrl+V.</source>
        <translation>✓ نُسخ. الصقه بـ Ctrl+V.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../app/holdspace/gui/crash.py" line="72"/>
        <source>The same note is saved in:
{path}</source>
        <translation>الملاحظة نفسها محفوظة في:
{path}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/crash.py" line="76"/>
        <source>This is a guest session, so the note is not saved.</source>
        <translation>هذه جلسة ضيف، لذا لا تُحفظ الملاحظة.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/crash.py" line="84"/>
        <source>Something unexpected happened</source>
        <translation>حدث شيء غير متوقع</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/crash.py" line="87"/>
        <source>Holdspace ran into something it didn&apos;t expect. Your progress is safe, and you can carry on.</source>
        <translation>صادف Holdspace شيئًا لم يتوقعه. تقدّمك في أمان، ويمكنك المتابعة.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/crash.py" line="94"/>
        <source>If it happens again, “Copy details” puts a note for the people who make Holdspace on your clipboard.</source>
        <translation>إن تكرر ذلك، فإن «نسخ التفاصيل» يضع في الحافظة ملاحظة للذين يصنعون Holdspace.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/crash.py" line="104"/>
        <source>Copy details</source>
        <translation>نسخ التفاصيل</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/crash.py" line="110"/>
        <source>Copied</source>
        <translation>نُسخ</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/crash.py" line="112"/>
        <source>The details are on your clipboard.</source>
        <translation>التفاصيل في الحافظة.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../app/holdspace/gui/done_page.py" line="46"/>
        <source>Lesson explored</source>
        <translation>تمّت قراءة الدرس</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/done_page.py" line="68"/>
        <source>✓ You explored “{title}”.</source>
        <translation>✓ مررت على «{title}».</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/done_page.py" line="72"/>
        <source>What you can do now:</source>
        <translation>ما تستطيع فعله الآن:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/done_page.py" line="80"/>
        <source>When you feel ready, “{title}” comes next.</source>
        <translation>حين تشعر بأنك مستعد، يأتي بعد ذلك «{title}».</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/done_page.py" line="85"/>
        <source>Well done for taking the time. Come back to it whenever you like: there are no marks or scores here.</source>
        <translation>شكرًا لأنك خصصت هذا الوقت. عُد إليه متى شئت: لا درجات ولا نقاط هنا.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/done_page.py" line="93"/>
        <source>You went through the whole guide.</source>
        <translation>مررت على الدليل كله.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/done_page.py" line="95"/>
        <source>Take the next step at your own pace. The guide is here whenever you need it: press F1 or “I think I made a mistake”.</source>
        <translation>خذ الخطوة التالية على مهلك. الدليل هنا متى احتجت إليه: اضغط F1 أو «أظن أنني ارتكبت خطأ».</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../app/holdspace/gui/errors.py" line="35"/>
        <source>Your progress couldn&apos;t be saved just now</source>
        <translation>تعذّر حفظ تقدّمك الآن</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/errors.py" line="36"/>
        <source>The lessons work as usual, and nothing you learned is lost. Holdspace will try again next time.</source>
        <translation>الدروس تعمل كالمعتاد، ولم يضع شيء مما تعلّمته. سيحاول Holdspace مرة أخرى في المرة القادمة.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/errors.py" line="44"/>
        <source>The file couldn&apos;t be used</source>
        <translation>تعذّر استخدام الملف</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/errors.py" line="45"/>
        <source>Holdspace couldn&apos;t read or write the file there. Try another folder.</source>
        <translation>لم يتمكن Holdspace من قراءة الملف أو كتابته هناك. جرّب مجلدًا آخر.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/errors.py" line="50"/>
        <source>That didn&apos;t work this time</source>
        <translation>لم ينجح ذلك هذه المرة</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/errors.py" line="51"/>
        <source>Nothing is lost. You can try again, or go on with something else.</source>
        <translation>لم يضع شيء. يمكنك المحاولة مرة أخرى، أو المتابعة بشيء آخر.</translation>
    </message>
</context>
<context>
    <name>ExplorerWidget</name>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="69"/>
        <source>Practice explorer</source>
        <translation>مستكشف للتدريب</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="73"/>
        <source>PRACTICE EXPLORER · a copy kept inside Holdspace. Nothing here is fetched, sent or live.</source>
        <translation>مستكشف للتدريب · نسخة محفوظة داخل Holdspace. لا شيء هنا يُجلب أو يُرسل أو يُحدَّث مباشرة.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="80"/>
        <source>Practice explorer: nothing here is fetched or live</source>
        <translation>مستكشف للتدريب: لا شيء هنا يُجلب أو يُحدَّث مباشرة</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="96"/>
        <source>Network:</source>
        <translation>الشبكة (Network):</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="103"/>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="251"/>
        <source>Practice explorer for {network}</source>
        <translation>مستكشف التدريب لشبكة {network}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="114"/>
        <source>Paste a TXID or an address</source>
        <translation>الصق معرّف معاملة (TXID) أو عنوانًا</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="115"/>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="142"/>
        <source>Clear the box</source>
        <translation>إفراغ الخانة</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="116"/>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="117"/>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="123"/>
        <source>Search the practice explorer</source>
        <translation>البحث في مستكشف التدريب</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="121"/>
        <source>Sea&amp;rch:</source>
        <translation>&amp;بحث:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="131"/>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="296"/>
        <source>Picked line:</source>
        <translation>السطر المختار:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="133"/>
        <source>Value of the picked line (you can copy it)</source>
        <translation>قيمة السطر المختار (يمكنك نسخها)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="141"/>
        <source>type what the page says</source>
        <translation>اكتب ما تقوله الصفحة</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="144"/>
        <source>Your &amp;answer:</source>
        <translation>&amp;إجابتك:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="144"/>
        <source>Your answer</source>
        <translation>إجابتك</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="336"/>
        <source>The line you picked: {line}. The question asks about another line.</source>
        <translation>السطر الذي اخترته: {line}. السؤال عن سطر آخر.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="18"/>
        <source>Bitcoin</source>
        <translation>Bitcoin</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="19"/>
        <source>Ethereum</source>
        <translation>Ethereum</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="20"/>
        <source>BNB Smart Chain</source>
        <translation>BNB Smart Chain</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="34"/>
        <source>Network</source>
        <extracomment>Field labels of a practice block explorer page (Network, Status, Block, Fee…). Real explorers show them in English: write your word with the English beside it, e.g. “Réseau (Network)”.</extracomment>
        <translation>الشبكة (Network)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="35"/>
        <source>Status</source>
        <translation>الحالة (Status)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="36"/>
        <source>Block</source>
        <translation>الكتلة (Block)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="37"/>
        <source>Confirmations</source>
        <translation>التأكيدات (Confirmations)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="38"/>
        <source>Block hash</source>
        <translation>تجزئة الكتلة (Block hash)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="39"/>
        <source>Time</source>
        <translation>الوقت (Time)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="40"/>
        <source>From</source>
        <translation>من (From)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="41"/>
        <source>To</source>
        <translation>إلى (To)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="42"/>
        <source>Total in</source>
        <translation>إجمالي المدخلات (Total in)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="43"/>
        <source>Value</source>
        <translation>القيمة (Value)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="44"/>
        <source>Fee</source>
        <translation>الرسوم (Fee)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="45"/>
        <source>Inputs</source>
        <translation>المدخلات (Inputs)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="46"/>
        <source>Outputs</source>
        <translation>المخرجات (Outputs)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="47"/>
        <source>Size</source>
        <translation>الحجم (Size)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="48"/>
        <source>Gas limit</source>
        <translation>حد الغاز (Gas limit)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="49"/>
        <source>Gas used</source>
        <translation>الغاز المستخدم (Gas used)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="50"/>
        <source>Gas price</source>
        <translation>سعر الغاز (Gas price)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="51"/>
        <source>Nonce</source>
        <translation>Nonce</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="52"/>
        <source>Message</source>
        <translation>الرسالة (Message)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="28"/>
        <source>Transaction hash</source>
        <translation>تجزئة المعاملة (Transaction hash)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="30"/>
        <source>Transaction ID</source>
        <translation>معرّف المعاملة (Transaction ID)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="62"/>
        <source>✓ Confirmed</source>
        <translation>✓ مؤكَّدة</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="64"/>
        <source>New coins (coinbase): there is no sender</source>
        <translation>عملات جديدة (coinbase): لا يوجد مُرسِل</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="66"/>
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln بايت</numerusform>
            <numerusform>%Ln بايت</numerusform>
            <numerusform>%Ln بايت</numerusform>
            <numerusform>%Ln بايتات</numerusform>
            <numerusform>%Ln بايتًا</numerusform>
            <numerusform>%Ln بايت</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="70"/>
        <source>{count} (coinbase: spends nothing)</source>
        <translation>{count} (coinbase: لا ينفق شيئًا)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="162"/>
        <source>MADE-UP TEACHING EXAMPLE · this transaction does not exist on any real network. It was written for practice.</source>
        <translation>مثال تعليمي مُختلَق · هذه المعاملة غير موجودة على أي شبكة حقيقية. كُتبت للتدريب.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="168"/>
        <source>Made-up teaching example</source>
        <translation>مثال تعليمي مُختلَق</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="170"/>
        <source>Transaction details</source>
        <translation>تفاصيل المعاملة</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="191"/>
        <source>Address</source>
        <translation>العنوان (Address)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="194"/>
        <source>Transactions on {network} in this practice explorer:</source>
        <translation>المعاملات على {network} في مستكشف التدريب هذا:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_parts.py" line="135"/>
        <source>Open transaction {start}…{end}</source>
        <translation>فتح المعاملة {start}…{end}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_parts.py" line="141"/>
        <source>Open transaction {txid}</source>
        <translation>فتح المعاملة {txid}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="229"/>
        <source>✓ {network}</source>
        <translation>✓ {network}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="239"/>
        <source>Newest block on this practice explorer: {height} (a fixed number for practice, not today&apos;s)</source>
        <translation>أحدث كتلة في مستكشف التدريب هذا: {height} (رقم ثابت للتدريب، وليس رقم اليوم)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="252"/>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="261"/>
        <source>Paste a TXID or an address into the search box, then press Enter.</source>
        <translation>الصق معرّف معاملة أو عنوانًا في خانة البحث، ثم اضغط Enter.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="260"/>
        <source>Nothing to search yet</source>
        <translation>لا يوجد ما يُبحث عنه بعد</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="270"/>
        <source>Not found on {network}</source>
        <translation>لم يُعثر عليه في {network}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="272"/>
        <source>Sorry, no transaction or address on {network} matches this search. (This practice explorer knows only a few transactions.)</source>
        <translation>عذرًا، لا توجد معاملة أو عنوان على {network} يطابق هذا البحث. (مستكشف التدريب هذا لا يعرف إلا بضع معاملات.)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="294"/>
        <source>Picked line: {line}</source>
        <translation>السطر المختار: {line}</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="16"/>
        <source>✓ That&apos;s it.</source>
        <translation>✓ هذا هو.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="17"/>
        <source>✓ Yes, that&apos;s it.</source>
        <translation>✓ نعم، هذا هو.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="19"/>
        <source>≈ Close! Not quite yet. Have another look at the numbers.</source>
        <translation>≈ قريب! ليس تمامًا بعد. ألقِ نظرة أخرى على الأرقام.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/holdspace/gui/wording.py" line="23"/>
        <source>≈ Good so far. %n more right choice(s) to find.</source>
        <translation>
            <numerusform>≈ جيد حتى الآن. بقي %n من الإجابات المناسبة.</numerusform>
            <numerusform>≈ جيد حتى الآن. بقيت %n إجابة مناسبة أخرى.</numerusform>
            <numerusform>≈ جيد حتى الآن. بقيت %n إجابتان مناسبتان.</numerusform>
            <numerusform>≈ جيد حتى الآن. بقيت %n إجابات مناسبة.</numerusform>
            <numerusform>≈ جيد حتى الآن. بقيت %n إجابة مناسبة.</numerusform>
            <numerusform>≈ جيد حتى الآن. بقيت %n إجابة مناسبة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="31"/>
        <source>↻ Not yet. That is the same amount written in everyday numbers; the question asks for it in hex.</source>
        <translation>↻ ليس بعد. هذا هو المبلغ نفسه مكتوبًا بالأرقام المعتادة؛ والسؤال يطلبه بالنظام الست عشري.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="36"/>
        <source>↻ Not yet. That&apos;s fine: let&apos;s look at it together.</source>
        <translation>↻ ليس بعد. لا بأس: لننظر فيه معًا.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="42"/>
        <source>✎ Take your time. Type or pick an answer when you&apos;re ready.</source>
        <translation>✎ خذ وقتك. اكتب إجابة أو اخترها عندما تكون مستعدًا.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="46"/>
        <source>Hint {number} of {total}</source>
        <translation>تلميح {number} من {total}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="50"/>
        <source>That was the last hint. &quot;Show me&quot; is there whenever you want it.</source>
        <translation>كان هذا آخر تلميح. زر «أرني» موجود متى أردته.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="54"/>
        <source>That looked like a recovery phrase, so it was not checked or kept. No real service needs your recovery phrase.</source>
        <translation>بدا ذلك عبارة استرداد، لذا لم يُفحص ولم يُحفظ. لا توجد خدمة حقيقية تحتاج إلى عبارة الاسترداد الخاصة بك.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="60"/>
        <source>Here it is. Seeing the answer is a good way to learn, too.</source>
        <translation>ها هي. رؤية الإجابة طريقة جيدة للتعلّم أيضًا.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="68"/>
        <source>✎ I couldn&apos;t read that as hex yet. Hex uses 0–9 and a–f, like 1f or 0x1f.</source>
        <translation>✎ لم أستطع بعد قراءة هذا كرقم ست عشري. النظام الست عشري يستخدم 0–9 و a–f، مثل 1f أو 0x1f.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="72"/>
        <source>✎ I couldn&apos;t read that as an amount yet. Something like 14.00 or $14 works.</source>
        <translation>✎ لم أستطع بعد قراءة هذا كمبلغ. شيء مثل 14.00 أو $14 يصلح.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="76"/>
        <source>✎ I couldn&apos;t read that as a number yet. Something like 31 or 21,000 works.</source>
        <translation>✎ لم أستطع بعد قراءة هذا كرقم. شيء مثل 31 أو 21,000 يصلح.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="83"/>
        <source>Would a hint help? It&apos;s free, and you can ask as often as you like.</source>
        <translation>هل يساعدك تلميح؟ إنه مجاني، ويمكنك طلبه كلما شئت.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="93"/>
        <source>Read the question once more, slowly. A hint is free ({hint_key}), and “Show me” shows the answer whenever you like ({show_key}).</source>
        <translation>اقرأ السؤال مرة أخرى، على مهل. التلميح مجاني ({hint_key})، و«أرني» يُظهر الإجابة متى شئت ({show_key}).</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="98"/>
        <source>Read the question once more, slowly. “Show me” shows the answer whenever you like ({show_key}), with a few words on why.</source>
        <translation>اقرأ السؤال مرة أخرى، على مهل. «أرني» يُظهر الإجابة متى شئت ({show_key})، مع كلمات قليلة عن السبب.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="106"/>
        <source>**The answer:** {answer}</source>
        <translation>**الإجابة:** {answer}</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <location filename="../../app/holdspace/gui/feedback_panel.py" line="92"/>
        <source>Feedback</source>
        <translation>ملاحظات على إجابتك</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/glossary.py" line="48"/>
        <location filename="../../app/holdspace/gui/dialogs/glossary.py" line="49"/>
        <source>Glossary</source>
        <translation>المسرد</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/glossary.py" line="52"/>
        <source>Words you will meet in the lessons, in plain language. Type to find one.</source>
        <translation>كلمات ستقابلها في الدروس، بلغة بسيطة. اكتب لتجد واحدة.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/glossary.py" line="58"/>
        <source>Find a word, for example fee</source>
        <translation>ابحث عن كلمة، مثل رسوم</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/glossary.py" line="59"/>
        <source>Find a word in the glossary</source>
        <translation>البحث عن كلمة في المسرد</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/glossary.py" line="60"/>
        <source>Clear the search</source>
        <translation>مسح البحث</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/glossary.py" line="67"/>
        <source>Terms</source>
        <translation>المصطلحات</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/glossary.py" line="70"/>
        <source>What it means</source>
        <translation>معناها</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/glossary.py" line="133"/>
        <source>Nothing in the glossary matches “{words}” yet.</source>
        <translation>لا شيء في المسرد يطابق «{words}» حتى الآن.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/glossary.py" line="144"/>
        <source>Perhaps you meant: {terms}</source>
        <translation>ربما تقصد: {terms}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/glossary.py" line="151"/>
        <source>You could try fewer letters, another spelling, or a word you met in a lesson.</source>
        <translation>يمكنك أن تجرّب حروفًا أقل، أو كتابة أخرى للكلمة، أو كلمة قابلتها في أحد الدروس.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/glossary.py" line="156"/>
        <source>Show every word</source>
        <translation>اعرض كل الكلمات</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <location filename="../../app/holdspace/gui/handout/text.py" line="31"/>
        <source>[Left out: this looked like a recovery phrase, and phrases are never printed, practice or not.]</source>
        <translation>[حُذف: بدا هذا مثل عبارة استرداد، والعبارة لا تُطبع أبدًا، حتى للتدريب.]</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout_print.py" line="98"/>
        <location filename="../../app/holdspace/gui/handout_print.py" line="105"/>
        <source>Export PDF</source>
        <translation>تصدير PDF</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout_print.py" line="107"/>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout_print.py" line="123"/>
        <source>The PDF wasn&apos;t written</source>
        <translation>لم يُكتب ملف PDF</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout_print.py" line="124"/>
        <source>Holdspace couldn&apos;t write the file. Nothing else changed.</source>
        <translation>لم يتمكن Holdspace من كتابة الملف. لم يتغير شيء آخر.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout_print.py" line="130"/>
        <source>Saved {path}</source>
        <translation>حُفظ: {path}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout_print.py" line="141"/>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
</context>
<context>
    <name>HandoutBuilder</name>
    <message>
        <location filename="../../app/holdspace/gui/handout/document.py" line="43"/>
        <source>Facilitator sheet</source>
        <translation>ورقة الميسّر</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/document.py" line="43"/>
        <source>Handout</source>
        <translation>ورقة للمشاركين</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/document.py" line="73"/>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/document.py" line="82"/>
        <source>For the facilitator</source>
        <translation>لمن يقدّم الدرس</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/document.py" line="86"/>
        <location filename="../../app/holdspace/gui/notes_window.py" line="62"/>
        <source>Timing:</source>
        <translation>المدة:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/document.py" line="88"/>
        <location filename="../../app/holdspace/gui/notes_window.py" line="65"/>
        <source>about {minutes} minutes</source>
        <translation>نحو {minutes} دقيقة</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/document.py" line="95"/>
        <location filename="../../app/holdspace/gui/notes_window.py" line="74"/>
        <source>Objectives:</source>
        <translation>الأهداف:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/document.py" line="106"/>
        <source>Words used in this lesson</source>
        <translation>كلمات وردت في هذا الدرس</translation>
    </message>
</context>
<context>
    <name>HandoutChoice</name>
    <message>
        <location filename="../../app/holdspace/gui/handout_print.py" line="38"/>
        <source>What would you like on paper?</source>
        <translation>ماذا تريد أن تطبع؟</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout_print.py" line="41"/>
        <source>This lesson: {title}</source>
        <translation>هذا الدرس: {title}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout_print.py" line="44"/>
        <source>Every lesson of “{pack}”</source>
        <translation>كل دروس «{pack}»</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout_print.py" line="53"/>
        <source>&amp;Facilitator sheet (with answers, hints, notes and timing)</source>
        <translation>ورقة &amp;الميسّر (مع الإجابات والتلميحات والملاحظات والمدة)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout_print.py" line="56"/>
        <source>Leave this off for the learners&apos; handout: it never shows answers.</source>
        <translation>اتركها دون تحديد لورقة المشاركين: فهي لا تعرض الإجابات أبدًا.</translation>
    </message>
</context>
<context>
    <name>HexPlaygroundWidget</name>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="93"/>
        <source>Hex playground</source>
        <translation>ورشة النظام الست عشري</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="99"/>
        <source>Hex box</source>
        <translation>خانة الست عشري</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="99"/>
        <source>for example 0x5208</source>
        <translation>مثل 0x5208</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="103"/>
        <source>Everyday number box</source>
        <translation>خانة الأرقام المعتادة</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="102"/>
        <source>for example 21000</source>
        <translation>مثل 21000</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="106"/>
        <source>He&amp;x:</source>
        <translation>ست ع&amp;شري:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="107"/>
        <source>&amp;Everyday number:</source>
        <translation>&amp;رقم معتاد:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="110"/>
        <source>⇄ &amp;Reverse byte order</source>
        <translation>⇄ عكس ترتيب &amp;البايتات</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="111"/>
        <source>Reverse byte order</source>
        <translation>عكس ترتيب البايتات</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="112"/>
        <source>Turn the bytes around: the last pair comes first</source>
        <translation>اقلب البايتات: الزوج الأخير يصبح الأول</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="117"/>
        <source>Bytes</source>
        <extracomment>Heading of the line that shows the hex digits in pairs, one pair per byte.</extracomment>
        <translation>البايتات</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="118"/>
        <source>What the playground says</source>
        <translation>ما تقوله الورشة</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="119"/>
        <source>How to answer</source>
        <translation>كيف تجيب</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="130"/>
        <source>Clear the box</source>
        <translation>إفراغ الخانة</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="154"/>
        <source>When the everyday box shows your answer, press Check (or Enter).</source>
        <translation>عندما تُظهر خانة الأرقام المعتادة إجابتك، اضغط «تحقّق» (أو Enter).</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="155"/>
        <source>When the hex box shows your answer, press Check (or Enter).</source>
        <translation>عندما تُظهر خانة الست عشري إجابتك، اضغط «تحقّق» (أو Enter).</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="232"/>
        <source>= Both boxes hold the same value. As an everyday number it has {count} digits, far too many to be an amount: hex this long is an ID, like a TXID. IDs are compared, never counted with.</source>
        <translation>= الخانتان تحملان القيمة نفسها. كرقم معتاد فيه {count} رقمًا، وهذا أكثر بكثير من أن يكون مبلغًا: رقم ست عشري بهذا الطول معرّف، مثل معرّف المعاملة (TXID). المعرّفات تُقارَن، ولا يُحسب بها أبدًا.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="252"/>
        <source>In pairs: {pairs} (%n byte(s))</source>
        <translation>
            <numerusform>في أزواج: {pairs} (%n بايت)</numerusform>
            <numerusform>في أزواج: {pairs} (%n بايت)</numerusform>
            <numerusform>في أزواج: {pairs} (%n بايت)</numerusform>
            <numerusform>في أزواج: {pairs} (%n بايتات)</numerusform>
            <numerusform>في أزواج: {pairs} (%n بايتًا)</numerusform>
            <numerusform>في أزواج: {pairs} (%n بايت)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="298"/>
        <source>You reversed the digits, not the bytes. A byte is a pair of digits: keep each pair together and reverse the order of the pairs.</source>
        <translation>عكست الأرقام، لا البايتات. البايت زوج من الأرقام: أبقِ كل زوج معًا واعكس ترتيب الأزواج.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="303"/>
        <source>The hex box still shows the bytes in their first order. Press “Reverse byte order”, or write the pairs from last to first.</source>
        <translation>خانة الست عشري ما زالت تُظهر البايتات بترتيبها الأول. اضغط «عكس ترتيب البايتات»، أو اكتب الأزواج من الأخير إلى الأول.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="225"/>
        <source>= Both boxes hold the same amount: {hex} is {number} in everyday numbers.</source>
        <translation>= الخانتان تحملان القيمة نفسها: {hex} يساوي {number} بالأرقام المعتادة.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="184"/>
        <source>↻ That is more digits than the playground works with. Try something shorter.</source>
        <translation>↻ هذه أرقام أكثر مما تتعامل معه الورشة. جرّب شيئًا أقصر.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="196"/>
        <source>↻ “{character}” is not a hex digit. Hex uses only 0–9 and a–f.</source>
        <translation>↻ «{character}» ليس رقمًا ست عشريًا. النظام الست عشري يستخدم 0–9 و a–f فقط.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="199"/>
        <source>↻ Hex uses only 0–9 and a–f, with 0x in front if you like.</source>
        <translation>↻ النظام الست عشري يستخدم 0–9 و a–f فقط، مع 0x في البداية إن شئت.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="214"/>
        <source>↻ This box takes everyday digits 0–9. Letters a–f go in the hex box.</source>
        <translation>↻ هذه الخانة تقبل الأرقام المعتادة 0–9. الحروف a–f مكانها خانة الست عشري.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="216"/>
        <source>↻ The playground works with whole numbers from 0 upwards.</source>
        <translation>↻ الورشة تعمل بالأعداد الصحيحة من 0 فما فوق.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="218"/>
        <source>↻ Only whole numbers have a hex form here, like 21000.</source>
        <translation>↻ هنا الأعداد الصحيحة وحدها لها صيغة ست عشرية، مثل 21000.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="219"/>
        <source>↻ Type digits 0–9, like 21000.</source>
        <translation>↻ اكتب أرقامًا من 0–9، مثل 21000.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="256"/>
        <source>(A 0 was put in front so the digits make whole pairs.)</source>
        <translation>(أُضيف 0 في البداية لتكوّن الأرقام أزواجًا كاملة.)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="264"/>
        <source>↻ Type some hex first, then reverse its bytes.</source>
        <translation>↻ اكتب شيئًا بالست عشري أولًا، ثم اعكس بايتاته.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="272"/>
        <source>⇄ The bytes are now in the other order.</source>
        <translation>⇄ البايتات الآن بالترتيب الآخر.</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../app/holdspace/gui/home.py" line="121"/>
        <source>&lt;h1&gt;Welcome to Holdspace&lt;/h1&gt;&lt;p&gt;Take your time. Nothing here is timed or scored, you can try as often as you like, and everything stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;أهلًا بك في Holdspace&lt;/h1&gt;&lt;p&gt;خذ وقتك. لا شيء هنا مؤقَّت أو يُعطى درجة، ويمكنك المحاولة كلما شئت، وكل شيء يبقى على هذا الحاسوب.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/home.py" line="138"/>
        <source>&lt;h2&gt;Where would you like to start?&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;من أين تحب أن تبدأ؟&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/home.py" line="148"/>
        <source>See &amp;all lessons</source>
        <translation>عرض &amp;كل الدروس</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/home.py" line="149"/>
        <source>See all lessons</source>
        <translation>عرض كل الدروس</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/home.py" line="210"/>
        <source>Getting your lessons ready…</source>
        <translation>نُجهّز دروسك…</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/home.py" line="218"/>
        <source>Guest session: nothing you do here is saved.</source>
        <translation>جلسة ضيف: لا شيء مما تفعله هنا يُحفظ.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/home.py" line="221"/>
        <source>Your progress is kept only on this computer. You can export it or forget it at any time from the Progress menu.</source>
        <translation>تقدّمك محفوظ على هذا الحاسوب فقط. يمكنك تصديره أو نسيانه في أي وقت من قائمة «التقدّم».</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/home.py" line="260"/>
        <source>Pick up where you left off</source>
        <translation>تابع من حيث توقفت</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/home.py" line="261"/>
        <source>“{title}”, step {number} of {total}</source>
        <translation>«{title}»، الخطوة {number} من {total}</translation>
    </message>
</context>
<context>
    <name>LessonHeader</name>
    <message>
        <location filename="../../app/holdspace/gui/lesson_header.py" line="34"/>
        <source>Where you are in the lesson</source>
        <translation>موقعك في الدرس</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_header.py" line="45"/>
        <source>The mistake guide</source>
        <translation>دليل الأخطاء</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_header.py" line="50"/>
        <source>Lesson title</source>
        <translation>عنوان الدرس</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_header.py" line="70"/>
        <source>Step {number} of {total}</source>
        <translation>الخطوة {number} من {total}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_header.py" line="78"/>
        <source>This is the last step.</source>
        <translation>هذه هي الخطوة الأخيرة.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_header.py" line="80"/>
        <source>Coming next: something to try.</source>
        <translation>التالي: شيء تجرّبه.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_header.py" line="82"/>
        <source>Coming next: something to read.</source>
        <translation>التالي: شيء تقرؤه.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_header.py" line="107"/>
        <source>Explored</source>
        <extracomment>Shown where the step counter was, once the learner has gone through the lesson.</extracomment>
        <translation>تمّت القراءة</translation>
    </message>
</context>
<context>
    <name>LessonView</name>
    <message>
        <location filename="../../app/holdspace/gui/step_page.py" line="46"/>
        <source>Lesson text</source>
        <translation>نص الدرس</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/step_page.py" line="63"/>
        <source>Facilitator notes</source>
        <translation>ملاحظات للميسّر</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/step_page.py" line="74"/>
        <source>The arrow keys scroll the page.</source>
        <translation>تُمرِّر مفاتيح الأسهم الصفحة.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_view.py" line="126"/>
        <source>Go through it &amp;again</source>
        <translation>الم&amp;رور عليه مجددًا</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_view.py" line="127"/>
        <source>Back to &amp;topics</source>
        <translation>العودة إلى الم&amp;واضيع</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_view.py" line="129"/>
        <source>Next &amp;lesson</source>
        <translation>الدرس التال&amp;ي</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_keys.py" line="98"/>
        <source>&amp;Back</source>
        <translation>الساب&amp;ق</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_keys.py" line="36"/>
        <source>H&amp;int</source>
        <translation>ت&amp;لميح</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_keys.py" line="40"/>
        <source>&amp;Show me</source>
        <translation>&amp;أرني</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_keys.py" line="103"/>
        <source>&amp;Check</source>
        <translation>ت&amp;حقّق</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_keys.py" line="105"/>
        <location filename="../../app/holdspace/gui/lesson_view.py" line="255"/>
        <source>&amp;Next</source>
        <translation>التال&amp;ي</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_keys.py" line="106"/>
        <source>Previous step (Page Up or Alt+Left)</source>
        <translation>الخطوة السابقة (Page Up أو Alt+سهم)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_keys.py" line="107"/>
        <source>Next step (Page Down or Alt+Right)</source>
        <translation>الخطوة التالية (Page Down أو Alt+سهم)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_keys.py" line="108"/>
        <source>Check my answer (Enter)</source>
        <translation>تحقّق من إجابتي (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_view.py" line="255"/>
        <source>Fi&amp;nish</source>
        <translation>إن&amp;هاء</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="53"/>
        <location filename="../../app/holdspace/gui/notes_window.py" line="82"/>
        <source>Step {number} of {total}</source>
        <translation>الخطوة {number} من {total}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_view.py" line="245"/>
        <source>**Facilitator notes:** </source>
        <translation>**ملاحظات للميسّر:** </translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="69"/>
        <source>&lt;h2&gt;All lessons&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;كل الدروس&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="76"/>
        <source>Lesson</source>
        <translation>الدرس</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="76"/>
        <source>Where you are</source>
        <translation>أين وصلت</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="77"/>
        <source>Lessons by topic</source>
        <translation>الدروس حسب الموضوع</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="90"/>
        <source>About this lesson</source>
        <translation>عن هذا الدرس</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="97"/>
        <source>&amp;Open lesson</source>
        <translation>&amp;فتح الدرس</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="98"/>
        <source>Open lesson</source>
        <translation>فتح الدرس</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="123"/>
        <source>{pack} — {topic}</source>
        <extracomment>In the lesson list: a lesson pack&apos;s name, then one of its topic titles.</extracomment>
        <translation>{pack} — {topic}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="145"/>
        <source>in English for now</source>
        <translation>بالإنجليزية حاليًا</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="182"/>
        <source>⚠ can&apos;t open yet</source>
        <translation>⚠ لا يُفتح بعد</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="191"/>
        <source>{pack}: not placed in a topic yet</source>
        <translation>{pack}: لم يوضع في موضوع بعد</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="246"/>
        <source>new</source>
        <extracomment>A lesson&apos;s mark in the lesson list: not opened yet. A plain fact, never a judgement.</extracomment>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="248"/>
        <source>✓ explored</source>
        <translation>✓ تمّت قراءته</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="250"/>
        <source>in progress, step {number} of {total}</source>
        <translation>قيد القراءة، الخطوة {number} من {total}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/holdspace/gui/library.py" line="302"/>
        <source>About %n minute(s).</source>
        <translation>
            <numerusform>نحو %n دقيقة.</numerusform>
            <numerusform>نحو %n دقيقة.</numerusform>
            <numerusform>نحو %n دقيقتين.</numerusform>
            <numerusform>نحو %n دقائق.</numerusform>
            <numerusform>نحو %n دقيقة.</numerusform>
            <numerusform>نحو %n دقيقة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/holdspace/gui/library.py" line="303"/>
        <source>%n step(s).</source>
        <translation>
            <numerusform>%n خطوة.</numerusform>
            <numerusform>%n خطوة.</numerusform>
            <numerusform>%n خطوتان.</numerusform>
            <numerusform>%n خطوات.</numerusform>
            <numerusform>%n خطوة.</numerusform>
            <numerusform>%n خطوة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="308"/>
        <source>After this lesson you can:</source>
        <translation>بعد هذا الدرس ستستطيع:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="320"/>
        <source>This lesson can&apos;t open yet. The lesson file needs mending; every other lesson works as usual.</source>
        <translation>هذا الدرس لا يُفتح بعد. ملف الدرس يحتاج إلى إصلاح؛ وكل الدروس الأخرى تعمل كالمعتاد.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="325"/>
        <source>For whoever wrote it:</source>
        <translation>لمن كتبه:</translation>
    </message>
</context>
<context>
    <name>LineButton</name>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_parts.py" line="113"/>
        <source>▶ {line} (picked)</source>
        <translation>▶ {line} (مختار)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/holdspace/gui/helpbar.py" line="33"/>
        <location filename="../../app/holdspace/gui/helpbar.py" line="35"/>
        <source>Help bar</source>
        <translation>شريط المساعدة</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/window.py" line="63"/>
        <location filename="../../app/holdspace/gui/window.py" line="104"/>
        <source>Holdspace</source>
        <translation>Holdspace</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/window.py" line="111"/>
        <source>Guest session</source>
        <translation>جلسة ضيف</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="33"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="97"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="34"/>
        <source>&amp;Go</source>
        <translation>ا&amp;نتقال</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="72"/>
        <source>&amp;Home</source>
        <translation>ال&amp;رئيسية</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="74"/>
        <source>All &amp;lessons</source>
        <translation>كل ال&amp;دروس</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="35"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="104"/>
        <source>&amp;Larger text</source>
        <translation>نص أ&amp;كبر</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="110"/>
        <source>&amp;Smaller text</source>
        <translation>نص أ&amp;صغر</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="116"/>
        <source>&amp;Normal text size</source>
        <translation>حجم النص ال&amp;عادي</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="90"/>
        <source>&amp;Open a lesson pack…</source>
        <translation>فتح &amp;حزمة دروس…</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="123"/>
        <source>F&amp;acilitator notes</source>
        <translation>ملاحظات لل&amp;ميسّر</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="36"/>
        <source>&amp;Progress</source>
        <translation>ال&amp;تقدّم</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="79"/>
        <source>&amp;Export my progress…</source>
        <translation>&amp;تصدير تقدّمي…</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="82"/>
        <source>&amp;Forget my progress…</source>
        <translation>&amp;نسيان تقدّمي…</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="37"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="47"/>
        <source>I think I made a &amp;mistake</source>
        <translation>أظن أنني ارتكبت &amp;خطأ</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="51"/>
        <source>&amp;Glossary</source>
        <translation>ال&amp;مسرد</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="85"/>
        <source>&amp;About Holdspace</source>
        <translation>&amp;حول Holdspace</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="56"/>
        <source>A calm guide for the first minutes (F1)</source>
        <translation>دليل هادئ للدقائق الأولى (F1)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="59"/>
        <source>Words from the lessons, in plain language (Ctrl+G)</source>
        <translation>كلمات الدروس، بلغة بسيطة (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/window.py" line="348"/>
        <source>Your progress isn&apos;t being saved right now; the lesson works as usual.</source>
        <translation>لا يُحفظ تقدّمك الآن؛ الدرس يعمل كالمعتاد.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/window.py" line="381"/>
        <source>nowhere (guest session)</source>
        <translation>لا مكان (جلسة ضيف)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/language.py" line="27"/>
        <source>Lan&amp;guage</source>
        <extracomment>The menu that lists languages, each written in its own words.</extracomment>
        <translation>ال&amp;لغة</translation>
    </message>
</context>
<context>
    <name>MeetupMenu</name>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="31"/>
        <source>&amp;Reload packs</source>
        <translation>إعادة &amp;قراءة الحزم</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="33"/>
        <source>Read the open lesson packs again from disk (Ctrl+R)</source>
        <translation>أعد قراءة حزم الدروس المفتوحة من القرص (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="36"/>
        <source>Show only &amp;this pack</source>
        <translation>اعرض هذه الحزمة &amp;فقط</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="40"/>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="41"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;تصدير PDF…</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="44"/>
        <source>&amp;Next person…</source>
        <translation>الشخص &amp;التالي…</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="47"/>
        <source>A fresh start for the next person on this laptop; nothing they do is saved</source>
        <translation>بداية جديدة للشخص التالي على هذا الحاسوب؛ لا يُحفظ شيء مما يفعله</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="62"/>
        <source>Open a lesson pack</source>
        <translation>فتح حزمة دروس</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="64"/>
        <source>Lesson packs (pack.yaml *.zip)</source>
        <translation>حزم الدروس (pack.yaml *.zip)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/errors.py" line="26"/>
        <source>This pack can&apos;t open yet</source>
        <translation>لا تُفتح هذه الحزمة بعد</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/errors.py" line="27"/>
        <source>Holdspace couldn&apos;t read this lesson pack. The details below say what needs mending.</source>
        <translation>لم يتمكن Holdspace من قراءة حزمة الدروس هذه. تقول التفاصيل أدناه ما يحتاج إلى إصلاح.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="82"/>
        <source>Lesson packs read again from disk.</source>
        <translation>أُعيدت قراءة حزم الدروس من القرص.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="98"/>
        <source>A lesson pack can&apos;t open yet</source>
        <translation>حزمة دروس لا تُفتح بعد</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="99"/>
        <source>A pack couldn&apos;t be read again. Every other lesson works as usual.</source>
        <translation>تعذّرت إعادة قراءة حزمة. كل الدروس الأخرى تعمل كالمعتاد.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="146"/>
        <source>Ready for the next person?</source>
        <translation>جاهز للشخص التالي؟</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="148"/>
        <source>This closes the lesson on screen and starts a fresh guest session: the next person sees no one&apos;s progress, and nothing they do is saved. Progress saved on this computer before stays as it is.

Start fresh?</source>
        <translation>سيُغلق هذا الدرس الظاهر على الشاشة وتبدأ جلسة ضيف جديدة: لا يرى الشخص التالي تقدّم أحد، ولا يُحفظ شيء مما يفعله. يبقى التقدّم المحفوظ سابقًا على هذا الحاسوب كما هو.

هل تبدأ من جديد؟</translation>
    </message>
</context>
<context>
    <name>NotesWindow</name>
    <message>
        <location filename="../../app/holdspace/gui/notes_window.py" line="29"/>
        <source>Facilitator notes — Holdspace</source>
        <translation>ملاحظات الميسّر — Holdspace</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/notes_window.py" line="30"/>
        <source>Facilitator notes</source>
        <translation>ملاحظات الميسّر</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/notes_window.py" line="34"/>
        <source>Facilitator notes for this step</source>
        <translation>ملاحظات الميسّر لهذه الخطوة</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/notes_window.py" line="53"/>
        <source>Open a lesson: its notes appear here, step by step.</source>
        <translation>افتح درسًا: تظهر ملاحظاته هنا، خطوة بخطوة.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/notes_window.py" line="91"/>
        <source>No notes for this step.</source>
        <translation>لا توجد ملاحظات لهذه الخطوة.</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <location filename="../../app/holdspace/gui/app.py" line="246"/>
        <source>A fresh start for your progress</source>
        <translation>بداية جديدة لتقدّمك</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/app.py" line="247"/>
        <source>Holdspace couldn&apos;t read your saved progress, so it put that file aside and started a fresh one. Nothing was deleted; the old file is here:

{path}</source>
        <translation>لم يستطع Holdspace قراءة تقدّمك المحفوظ، فوضع ذلك الملف جانبًا وبدأ ملفًا جديدًا. لم يُحذف شيء؛ الملف القديم هنا:

{path}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/app.py" line="258"/>
        <source>Progress won&apos;t be saved this time</source>
        <translation>لن يُحفظ التقدّم هذه المرة</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/app.py" line="259"/>
        <source>Holdspace couldn&apos;t write to its folder, so this is a guest session: everything works, but nothing is saved.</source>
        <translation>لم يستطع Holdspace الكتابة في مجلده، لذا هذه جلسة ضيف: كل شيء يعمل، لكن لا شيء يُحفظ.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/app.py" line="269"/>
        <source>A lesson pack can&apos;t open yet</source>
        <translation>حزمة دروس لا تُفتح بعد</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/app.py" line="270"/>
        <source>One lesson pack couldn&apos;t be read. Every other lesson works as usual.</source>
        <translation>تعذّرت قراءة إحدى حزم الدروس. كل الدروس الأخرى تعمل كالمعتاد.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="21"/>
        <source>Export my progress</source>
        <translation>تصدير تقدّمي</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="23"/>
        <source>JSON files (*.json)</source>
        <translation>ملفات JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="33"/>
        <source>Export didn&apos;t finish</source>
        <translation>لم يكتمل التصدير</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="34"/>
        <source>The file couldn&apos;t be written there. Try another folder.</source>
        <translation>تعذّرت كتابة الملف هناك. جرّب مجلدًا آخر.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="41"/>
        <source>Your progress is saved</source>
        <translation>تم حفظ تقدّمك</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="42"/>
        <source>Your progress was saved to:

{file}</source>
        <translation>تم حفظ تقدّمك في:

{file}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="53"/>
        <source>Export my progress?</source>
        <translation>تصدير تقدّمي؟</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="54"/>
        <source>The file lists the lessons you opened and explored, where you paused, and your own checklist answers (for example, that you keep a paper backup). Tries and hints are in it only so Holdspace can help sooner; they are not a score.

Anyone who opens the file can read this, so keep it somewhere private.</source>
        <translation>يذكر الملف الدروس التي فتحتها واستكشفتها، والمكان الذي توقفت عنده، وإجاباتك أنت في قوائم التحقق (مثلًا، أنك تحتفظ بنسخة احتياطية على الورق). المحاولات والتلميحات موجودة فيه فقط ليتمكن Holdspace من مساعدتك أسرع؛ وهي ليست درجة.

كل من يفتح الملف يستطيع قراءة هذا، فاحفظه في مكان خاص.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="64"/>
        <source>Choose where to save…</source>
        <translation>اختر مكان الحفظ…</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="76"/>
        <source>Forget my progress?</source>
        <translation>نسيان تقدّمي؟</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="77"/>
        <source>This clears which lessons you have opened and explored on this computer. The lessons themselves stay. This can&apos;t be undone.

Forget my progress?</source>
        <translation>هذا يمحو سجل الدروس التي فتحتها وقرأتها على هذا الحاسوب. الدروس نفسها تبقى. لا يمكن التراجع عن هذا.

نسيان تقدّمي؟</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="93"/>
        <source>Your progress wasn&apos;t forgotten</source>
        <translation>لم يُمحَ تقدّمك</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="94"/>
        <source>Holdspace couldn&apos;t change its progress file just now, so nothing was cleared. Try again later.</source>
        <translation>لم يتمكن Holdspace من تغيير ملف التقدّم الآن، لذلك لم يُمحَ شيء. حاول لاحقًا.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/markdown_view.py" line="31"/>
        <source>This link stays closed</source>
        <translation>هذا الرابط يبقى مغلقًا</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/markdown_view.py" line="32"/>
        <source>Holdspace only opens secure web links (https). This one points to:

{address}</source>
        <translation>Holdspace لا يفتح إلا روابط الويب الآمنة (https). هذا الرابط يشير إلى:

{address}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/markdown_view.py" line="40"/>
        <source>Open a web page?</source>
        <translation>فتح صفحة ويب؟</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/markdown_view.py" line="41"/>
        <source>This opens the page below in your web browser. Holdspace itself never goes online.

{address}

Open it?</source>
        <translation>سيفتح هذا الصفحة أدناه في متصفحك. Holdspace نفسه لا يتصل بالإنترنت أبدًا.

{address}

هل تفتحها؟</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/about.py" line="28"/>
        <source>This file is missing from this copy of Holdspace: {file}</source>
        <translation>هذا الملف غير موجود في هذه النسخة من Holdspace: {file}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/about.py" line="34"/>
        <source>&lt;h2&gt;Holdspace {version}&lt;/h2&gt;&lt;p&gt;Gentle lessons for people new to crypto: hexadecimal, blockchain explorers, profit &amp;amp; loss, and keeping your own keys safe.&lt;/p&gt;&lt;p&gt;Nothing is timed or scored. Holdspace never goes online and never asks for a recovery phrase.&lt;/p&gt;&lt;p&gt;Your progress is kept here: &lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;If something goes astray, a note for the people who make Holdspace is kept here: &lt;br&gt;&lt;code&gt;{log}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Holdspace is free software under the MIT licence. It is built on Qt, used under the LGPL version 3, and on the other projects named under “Third-party notices”.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Holdspace {version}&lt;/h2&gt;&lt;p&gt;دروس لطيفة لمن هم جدد في عالم العملات المشفّرة: النظام الست عشري، ومستكشفات سلاسل الكتل، والربح والخسارة، والحفاظ على مفاتيحك الخاصة بأمان.&lt;/p&gt;&lt;p&gt;لا شيء مؤقَّت أو يُعطى درجة. Holdspace لا يتصل بالإنترنت أبدًا ولا يطلب عبارة استرداد أبدًا.&lt;/p&gt;&lt;p&gt;تقدّمك محفوظ هنا: &lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;إذا جرى شيء على غير المتوقع، تُحفظ ملاحظة لصانعي Holdspace هنا: &lt;br&gt;&lt;code&gt;{log}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Holdspace برنامج حر بموجب رخصة MIT. وهو مبني على Qt، المستخدم بموجب رخصة LGPL الإصدار 3، وعلى المشاريع الأخرى المذكورة في «إشعارات الأطراف الأخرى».&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/about.py" line="64"/>
        <source>About Holdspace</source>
        <translation>حول Holdspace</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/about.py" line="75"/>
        <source>Licence</source>
        <translation>الرخصة</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/about.py" line="76"/>
        <source>Third-party notices</source>
        <translation>إشعارات الأطراف الأخرى</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/about.py" line="77"/>
        <source>About</source>
        <translation>حول</translation>
    </message>
</context>
<context>
    <name>PasteCheckWidget</name>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="105"/>
        <source>Paste an address or a TXID here (Ctrl+V)</source>
        <translation>الصق هنا عنوانًا أو معرّف معاملة (Ctrl+V)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="105"/>
        <source>Paste box</source>
        <translation>خانة اللصق</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="107"/>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="121"/>
        <source>Clear the box</source>
        <translation>إفراغ الخانة</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="108"/>
        <source>P&amp;aste here:</source>
        <translation>ال&amp;صق هنا:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="109"/>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="136"/>
        <source>What Holdspace sees</source>
        <translation>ما يراه Holdspace</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="116"/>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="143"/>
        <source>The address you meant</source>
        <translation>العنوان الذي قصدته</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="119"/>
        <source>Paste the address to compare (Ctrl+V)</source>
        <translation>الصق العنوان للمقارنة (Ctrl+V)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="119"/>
        <source>The address in the send box</source>
        <translation>العنوان في خانة الإرسال</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="125"/>
        <source>The address you &amp;meant:</source>
        <translation>العنوان الذي &amp;قصدته:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="126"/>
        <source>The address in the sen&amp;d box:</source>
        <translation>العنوان في خانة الإ&amp;رسال:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="127"/>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="174"/>
        <source>Practice note</source>
        <translation>ملاحظة تدريب</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="130"/>
        <source>PRACTICE: the send box starts with a made-up look-alike. It is not anyone&apos;s real address.</source>
        <translation>تدريب: خانة الإرسال تبدأ بعنوان مُختلَق شبيه. إنه ليس عنوانًا حقيقيًا لأحد.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="145"/>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="145"/>
        <source>&lt;b&gt;The address you meant:&lt;/b&gt;</source>
        <translation>&lt;b&gt;العنوان الذي قصدته:&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="149"/>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="151"/>
        <source>Which of these is the same address? Compare every group of four.</source>
        <translation>أيّ هذه هو العنوان نفسه؟ قارن كل مجموعة من أربعة.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="159"/>
        <source>Address &amp;{number}</source>
        <translation>العنوان &amp;{number}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="161"/>
        <source>Address {number}: {address}</source>
        <translation>العنوان {number}: {address}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="165"/>
        <source>Address {number}</source>
        <translation>العنوان {number}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="177"/>
        <source>PRACTICE: all but one of these are look-alikes made up for this drill. None of them is a real address.</source>
        <translation>تدريب: كل هذه إلا واحدًا عناوين شبيهة مُختلَقة لهذا التمرين. لا شيء منها عنوان حقيقي.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="212"/>
        <source>The clipboard was emptied too, so it can&apos;t be pasted again by accident.</source>
        <translation>أُفرغت الحافظة أيضًا، فلا يمكن لصقه مرة أخرى بالخطأ.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="36"/>
        <source>↻ This looks like ordinary sentences, not an address or a TXID. Copy only the code itself: the Copy button beside it in the lesson takes exactly that.</source>
        <translation>↻ يبدو هذا جملًا عادية، لا عنوانًا ولا معرّف معاملة. انسخ الرمز نفسه فقط: زر «نسخ» بجانبه في الدرس يأخذه كما هو تمامًا.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="44"/>
        <source>&lt;b&gt;What it is:&lt;/b&gt; {kind}</source>
        <translation>&lt;b&gt;ما هو:&lt;/b&gt; {kind}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="49"/>
        <source>&lt;b&gt;Checksum:&lt;/b&gt; {checksum}</source>
        <translation>&lt;b&gt;المجموع الاختباري (checksum):&lt;/b&gt; {checksum}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="55"/>
        <source>&lt;b&gt;Networks that use this format:&lt;/b&gt; {networks}</source>
        <translation>&lt;b&gt;الشبكات التي تستخدم هذه الصيغة:&lt;/b&gt; {networks}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="62"/>
        <source>&lt;b&gt;In groups of four:&lt;/b&gt; {groups}</source>
        <translation>&lt;b&gt;في مجموعات من أربعة:&lt;/b&gt; {groups}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="77"/>
        <source>↻ This form carries no checksum, so compare it by eye, group by group.</source>
        <translation>↻ هذه الصيغة بلا مجموع اختباري، فقارنها بعينك، مجموعة بعد مجموعة.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="82"/>
        <source>✓ The checksum holds: no character was changed by accident.</source>
        <translation>✓ المجموع الاختباري سليم: لم يتغير أي حرف بالخطأ.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="86"/>
        <source>△ The checksum does not hold. A character may have changed or gone missing. Copy it again from the place you trust.</source>
        <translation>△ المجموع الاختباري غير سليم. ربما تغيّر حرف أو سقط. انسخه مرة أخرى من المكان الذي تثق به.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="91"/>
        <source>↻ This kind of text carries no checksum, so compare it by eye, group by group.</source>
        <translation>↻ هذا النوع من النص بلا مجموع اختباري، فقارنه بعينك، مجموعة بعد مجموعة.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="99"/>
        <source>A Bitcoin address of the oldest kind (P2PKH; it starts with 1 on the main network).</source>
        <translation>عنوان Bitcoin من أقدم نوع (P2PKH؛ يبدأ بـ 1 على الشبكة الرئيسية).</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="103"/>
        <source>A Bitcoin script address (P2SH; it starts with 3 on the main network).</source>
        <translation>عنوان نص برمجي في Bitcoin (P2SH؛ يبدأ بـ 3 على الشبكة الرئيسية).</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="107"/>
        <source>A Bitcoin SegWit address (P2WPKH; it starts with bc1q).</source>
        <translation>عنوان Bitcoin من نوع SegWit (P2WPKH؛ يبدأ بـ bc1q).</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="110"/>
        <source>A Bitcoin SegWit script address (P2WSH; a long one starting with bc1q).</source>
        <translation>عنوان نص برمجي في Bitcoin من نوع SegWit (P2WSH؛ عنوان طويل يبدأ بـ bc1q).</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="114"/>
        <source>A Bitcoin Taproot address (P2TR; it starts with bc1p).</source>
        <translation>عنوان Bitcoin من نوع Taproot (P2TR؛ يبدأ بـ bc1p).</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="117"/>
        <source>A Bitcoin SegWit address of a newer kind that few wallets use yet.</source>
        <translation>عنوان Bitcoin من نوع SegWit أحدث لا تستخدمه إلا محافظ قليلة حتى الآن.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="120"/>
        <source>An Ethereum-style address: 0x and 40 hex characters.</source>
        <translation>عنوان على طريقة Ethereum: ‎0x‎ و40 حرفًا ست عشريًا.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="123"/>
        <source>A Bitcoin transaction ID (TXID): 64 hex characters.</source>
        <translation>معرّف معاملة Bitcoin (TXID): ‏64 حرفًا ست عشريًا.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="126"/>
        <source>An Ethereum-style transaction hash: 0x and 64 hex characters.</source>
        <translation>تجزئة معاملة على طريقة Ethereum: ‎0x‎ و64 حرفًا ست عشريًا.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="129"/>
        <source>A recovery phrase. Holdspace did not keep it and does not show it.</source>
        <translation>عبارة استرداد. Holdspace لم يحتفظ بها ولا يعرضها.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="132"/>
        <source>A Bitcoin private key. Holdspace did not keep it and does not show it.</source>
        <translation>مفتاح Bitcoin خاص. Holdspace لم يحتفظ به ولا يعرضه.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="136"/>
        <source>A number written in hex.</source>
        <translation>رقم مكتوب بالنظام الست عشري.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="139"/>
        <source>Nothing Holdspace recognises. It may be from another network, or part of it may be missing.</source>
        <translation>لا شيء يعرفه Holdspace. ربما هو من شبكة أخرى، أو ربما ينقصه جزء.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="149"/>
        <source>Spaces around it were left out: they are not part of it.</source>
        <translation>حُذفت المسافات من حوله: إنها ليست جزءًا منه.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="152"/>
        <source>Invisible characters were left out. They sometimes come along when copying from a web page.</source>
        <translation>حُذفت حروف غير مرئية. تأتي أحيانًا عند النسخ من صفحة ويب.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="157"/>
        <source>Spaces inside it were left out, as when it is written in groups.</source>
        <translation>حُذفت المسافات من داخله، كما يحدث عند كتابته في مجموعات.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="160"/>
        <source>Only digits: this could be an everyday number or hex. Look for 0x or the letters a to f.</source>
        <translation>أرقام فقط: قد يكون رقمًا معتادًا أو ست عشريًا. ابحث عن 0x أو الحروف من a إلى f.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="165"/>
        <source>The mix of capital and small letters is a checksum (EIP-55), and it holds.</source>
        <translation>المزج بين الحروف الكبيرة والصغيرة مجموع اختباري (EIP-55)، وهو سليم.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="169"/>
        <source>All small letters: this form has no checksum, so a typo would not be noticed.</source>
        <translation>كل الحروف صغيرة: هذه الصيغة بلا مجموع اختباري، فلن يُلاحَظ خطأ في الكتابة.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="173"/>
        <source>All capital letters: this form has no checksum, so a typo would not be noticed.</source>
        <translation>كل الحروف كبيرة: هذه الصيغة بلا مجموع اختباري، فلن يُلاحَظ خطأ في الكتابة.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="177"/>
        <source>The checksum does not match: at least one character is not the one that was copied.</source>
        <translation>المجموع الاختباري لا يتطابق: حرف واحد على الأقل ليس هو الحرف الذي نُسخ.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="181"/>
        <source>It carries the checksum of another SegWit version: a character near the start may have changed.</source>
        <translation>يحمل المجموع الاختباري لإصدار آخر من SegWit: ربما تغيّر حرف قرب البداية.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="186"/>
        <source>It is longer or shorter than this kind of text: a character may be missing or extra.</source>
        <translation>إنه أطول أو أقصر من هذا النوع من النص: ربما ينقصه حرف أو فيه حرف زائد.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="190"/>
        <source>It holds a character this kind of text never uses.</source>
        <translation>فيه حرف لا يستخدمه هذا النوع من النص أبدًا.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="193"/>
        <source>It mixes capital and small letters, which this kind never does.</source>
        <translation>يمزج بين الحروف الكبيرة والصغيرة، وهذا النوع لا يفعل ذلك أبدًا.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="196"/>
        <source>The last characters don&apos;t fit together: the end may have been cut.</source>
        <translation>الحروف الأخيرة لا تتوافق معًا: ربما قُطعت النهاية.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="199"/>
        <source>The character after bc1 is not one a Bitcoin address uses.</source>
        <translation>الحرف بعد bc1 ليس من الحروف التي يستخدمها عنوان Bitcoin.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="202"/>
        <source>The start that names the network is missing.</source>
        <translation>البداية التي تسمّي الشبكة مفقودة.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="205"/>
        <source>It starts in a way Holdspace doesn&apos;t know.</source>
        <translation>يبدأ بطريقة لا يعرفها Holdspace.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="208"/>
        <source>Its first byte names no address type Holdspace knows.</source>
        <translation>البايت الأول لا يدل على أي نوع عنوان يعرفه Holdspace.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="211"/>
        <source>The 0x at the start is missing. Wallets expect it.</source>
        <translation>الـ 0x في البداية مفقود. المحافظ تتوقعه.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="214"/>
        <source>This is for a test network. Coins there have no value.</source>
        <translation>هذا لشبكة اختبار. العملات هناك بلا قيمة.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="217"/>
        <source>A newer SegWit version: many wallets can&apos;t send to it yet.</source>
        <translation>إصدار أحدث من SegWit: كثير من المحافظ لا تستطيع الإرسال إليه بعد.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="220"/>
        <source>The same address exists on every network in this list. Coins sent on one network stay on that network.</source>
        <translation>العنوان نفسه موجود على كل شبكة في هذه القائمة. العملات المرسلة على شبكة تبقى على تلك الشبكة.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="225"/>
        <source>Look it up on the explorer of the network it was sent on. Another network&apos;s explorer will say “not found”.</source>
        <translation>ابحث عنه في مستكشف الشبكة التي أُرسل عليها. مستكشف شبكة أخرى سيقول «not found» (غير موجود).</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="230"/>
        <source>Explorers show Bitcoin IDs with the bytes in reverse order. If one is not found, its bytes may be the other way round.</source>
        <translation>تعرض المستكشفات معرّفات Bitcoin ببايتات معكوسة الترتيب. إن لم يُعثر على أحدها، فربما بايتاته مقلوبة.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="235"/>
        <source>It starts with many zeros, like a block hash. Block hashes and TXIDs have the same shape.</source>
        <translation>يبدأ بأصفار كثيرة، مثل تجزئة كتلة. تجزئات الكتل ومعرّفات المعاملات لها الشكل نفسه.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="240"/>
        <source>A private key can have this same shape. If it came from a screen about keys or exports, keep it to yourself.</source>
        <translation>قد يكون للمفتاح الخاص هذا الشكل نفسه. إن جاء من شاشة عن المفاتيح أو التصدير، فاحتفظ به لنفسك.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="245"/>
        <source>Whoever has a private key can take the coins. Never share it. If you pasted it anywhere else, move the coins to a new wallet soon.</source>
        <translation>من يملك المفتاح الخاص يستطيع أخذ العملات. لا تشاركه أبدًا. إن لصقته في مكان آخر، فانقل العملات إلى محفظة جديدة قريبًا.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="250"/>
        <source>No real service needs your recovery phrase. If you typed it into a website or a chat, move your coins to a new wallet with a new phrase today.</source>
        <translation>لا توجد خدمة حقيقية تحتاج إلى عبارة الاسترداد الخاصة بك. إن كتبتها في موقع أو محادثة، فانقل عملاتك اليوم إلى محفظة جديدة بعبارة جديدة.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="256"/>
        <source>The number of words is unusual for a recovery phrase.</source>
        <translation>عدد الكلمات غير معتاد لعبارة استرداد.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="259"/>
        <source>Most of these words are recovery-phrase words. Keep them private; they were cleared from the box.</source>
        <translation>معظم هذه الكلمات من كلمات عبارات الاسترداد. أبقِها سرية؛ لقد مُسحت من الخانة.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="264"/>
        <source>Holdspace did not keep it and does not show it.</source>
        <translation>Holdspace لم يحتفظ به ولا يعرضه.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="230"/>
        <source>Put an address in both boxes to compare them.</source>
        <translation>ضع عنوانًا في الخانتين لمقارنتهما.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="241"/>
        <source>△ The first and last four characters match, but the middle does not. This is the trick of address poisoning: always compare the middle too.</source>
        <translation>△ الحروف الأربعة الأولى والأخيرة متطابقة، لكن الوسط لا. هذه حيلة «تسميم العناوين» (address poisoning): قارن الوسط دائمًا أيضًا.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="250"/>
        <source>Meant:</source>
        <translation>المقصود:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="250"/>
        <source>Send box:</source>
        <translation>خانة الإرسال:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="261"/>
        <source>Groups that differ are in [brackets]; the characters that differ are underlined.</source>
        <translation>المجموعات المختلفة بين [أقواس]؛ والحروف المختلفة تحتها خط.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="269"/>
        <source>✓ The same, character for character.</source>
        <translation>✓ متطابقان حرفًا بحرف.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="273"/>
        <source>≈ Only capital and small letters differ. For this kind of text it is still the same.</source>
        <translation>≈ الاختلاف في الحروف الكبيرة والصغيرة فقط. لهذا النوع من النص يبقى هو نفسه.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="277"/>
        <source>≠ Only capital and small letters differ, and here that matters: treat them as different.</source>
        <translation>≠ الاختلاف في الحروف الكبيرة والصغيرة فقط، وهنا لذلك أهمية: اعتبرهما مختلفين.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="282"/>
        <source>≠ Not the same. Characters that differ: {count}. Groups where they are: {groups}.</source>
        <translation>≠ ليسا متطابقين. الحروف المختلفة: {count}. المجموعات التي فيها: {groups}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="309"/>
        <source>Only capital and small letters differ, and here that matters: it is not the text meant.</source>
        <translation>الاختلاف في الحروف الكبيرة والصغيرة فقط، وهنا لذلك أهمية: ليس هذا النص المقصود.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="316"/>
        <source>%n character(s) differ from the text meant. Groups of four where they are: {groups}.</source>
        <extracomment>{groups} lists the groups of four characters that differ, e.g. &quot;3, 7&quot;.</extracomment>
        <translation>
            <numerusform>%n حرف يختلف عن النص المقصود. مجموعات الأربعة التي فيها: {groups}.</numerusform>
            <numerusform>%n حرف يختلف عن النص المقصود. مجموعة الأربعة التي فيها: {groups}.</numerusform>
            <numerusform>%n حرفان يختلفان عن النص المقصود. مجموعات الأربعة التي فيها: {groups}.</numerusform>
            <numerusform>%n أحرف تختلف عن النص المقصود. مجموعات الأربعة التي فيها: {groups}.</numerusform>
            <numerusform>%n حرفًا تختلف عن النص المقصود. مجموعات الأربعة التي فيها: {groups}.</numerusform>
            <numerusform>%n حرف تختلف عن النص المقصود. مجموعات الأربعة التي فيها: {groups}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="323"/>
        <source>The first and last characters match and the middle does not: that is how look-alike addresses fool people.</source>
        <translation>الحروف الأولى والأخيرة متطابقة والوسط لا: هكذا تخدع العناوين الشبيهة الناس.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="336"/>
        <source>✓ The same address.</source>
        <translation>✓ العنوان نفسه.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="340"/>
        <source>≠ A practice look-alike. Groups that differ: {groups}.</source>
        <translation>≠ عنوان شبيه للتدريب. المجموعات المختلفة: {groups}.</translation>
    </message>
</context>
<context>
    <name>PnlWidget</name>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl.py" line="63"/>
        <source>The trades: {trades}</source>
        <translation>الصفقات: {trades}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl.py" line="68"/>
        <location filename="../../app/holdspace/gui/steps/pnl.py" line="130"/>
        <source>The working, line by line</source>
        <translation>الحساب، سطرًا بسطر</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl.py" line="76"/>
        <source>Your &amp;answer:</source>
        <translation>&amp;إجابتك:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl.py" line="78"/>
        <source>an amount, for example 14.00</source>
        <translation>مبلغ، مثل 14.00</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl.py" line="79"/>
        <source>Your answer</source>
        <translation>إجابتك</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl.py" line="81"/>
        <source>Clear the box</source>
        <translation>إفراغ الخانة</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl.py" line="160"/>
        <source>Breakdown: {method}</source>
        <translation>التفصيل: {method}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl.py" line="160"/>
        <source>Breakdown</source>
        <translation>التفصيل</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl.py" line="175"/>
        <source>{label}: {amount}.</source>
        <translation>{label}: {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl.py" line="179"/>
        <source>{label}: {amount}, which brings the total to {total}.</source>
        <translation>{label}: {amount}، ليصبح الإجمالي {total}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl.py" line="184"/>
        <source>Waterfall chart, from the expected profit to the actual one</source>
        <translation>مخطط شلالي، من الربح المتوقع إلى الربح الفعلي</translation>
    </message>
</context>
<context>
    <name>PnlWords</name>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="69"/>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="131"/>
        <source>Price of one coin now: {price}</source>
        <translation>سعر العملة الواحدة الآن: {price}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="80"/>
        <source>Trade</source>
        <translation>الصفقة</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="81"/>
        <source>Buy or sell</source>
        <translation>شراء أو بيع</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="82"/>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="106"/>
        <source>How much</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="83"/>
        <source>Price of one coin</source>
        <translation>سعر العملة الواحدة</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="84"/>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="120"/>
        <source>Fee</source>
        <translation>الرسوم (Fee)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="89"/>
        <source>buy</source>
        <extracomment>In the trades table, the Buy-or-sell column: one word, small letters.</extracomment>
        <translation>شراء</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="89"/>
        <source>sell</source>
        <translation>بيع</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="105"/>
        <source>Buy</source>
        <translation>شراء (Buy)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="105"/>
        <source>Sell</source>
        <translation>بيع (Sell)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="107"/>
        <source>Price on the chart</source>
        <translation>السعر على الرسم البياني</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="112"/>
        <source>Price offered (ask for a buy, bid for a sell)</source>
        <translation>السعر المعروض (ask للشراء، bid للبيع)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="118"/>
        <source>Price the order filled at</source>
        <translation>السعر الذي نُفّذ به الأمر</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="140"/>
        <source>Average cost</source>
        <translation>متوسط التكلفة</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="141"/>
        <source>FIFO (first in, first out)</source>
        <translation>FIFO (ما يدخل أولًا يخرج أولًا)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="151"/>
        <source>Method: average cost. Every coin held costs the same: all that was paid, fees included, divided by the number of coins.</source>
        <translation>الطريقة: متوسط التكلفة. كل عملة محتفَظ بها تكلّف المبلغ نفسه: كل ما دُفع، مع الرسوم، مقسومًا على عدد العملات.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="156"/>
        <source>Method: FIFO (first in, first out). The coins bought first are sold first.</source>
        <translation>الطريقة: FIFO (ما يدخل أولًا يخرج أولًا). العملات المشتراة أولًا تُباع أولًا.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="161"/>
        <source>On the chart the price went from {buy} to {sell}. For {quantity} of a coin, that promised {amount}.</source>
        <translation>على الرسم البياني انتقل السعر من {buy} إلى {sell}. مقابل {quantity} من عملة، وعد ذلك بـ {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="172"/>
        <source>Spread on the buy: the asking price was {quote}, not the {seen} on the chart. {quantity} × the gap = {amount}.</source>
        <translation>الفارق (spread) عند الشراء: سعر الطلب كان {quote}، لا {seen} الظاهر على الرسم. {quantity} × الفرق = {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="177"/>
        <source>Spread on the sell: the bid was {quote}, not the {seen} on the chart. {quantity} × the gap = {amount}.</source>
        <translation>الفارق (spread) عند البيع: سعر العرض كان {quote}، لا {seen} الظاهر على الرسم. {quantity} × الفرق = {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="190"/>
        <source>Slippage on the buy: the order filled at {fill}, not the {quote} offered. {quantity} × the gap = {amount}.</source>
        <translation>الانزلاق (slippage) عند الشراء: نُفّذ الأمر عند {fill}، لا عند {quote} المعروض. {quantity} × الفرق = {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="195"/>
        <source>Slippage on the sell: the order filled at {fill}, not the {quote} offered. {quantity} × the gap = {amount}.</source>
        <translation>الانزلاق (slippage) عند البيع: نُفّذ الأمر عند {fill}، لا عند {quote} المعروض. {quantity} × الفرق = {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="211"/>
        <source>From the prices really paid and received, {buy} to {sell}: {amount} before fees.</source>
        <translation>من الأسعار المدفوعة والمقبوضة فعلًا، من {buy} إلى {sell}: {amount} قبل الرسوم.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="217"/>
        <source>What the coins sold brought in, less what they cost, before fees: {amount}.</source>
        <translation>ما جلبته العملات المبيعة، ناقص ما كلّفته، قبل الرسوم: {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="222"/>
        <source>Fee on the buy, for the coins still held (it is part of their cost): {amount}.</source>
        <translation>رسوم الشراء، عن العملات التي ما زالت محتفَظًا بها (هي جزء من تكلفتها): {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="225"/>
        <source>Fee on the buy, for the coins sold: {amount}.</source>
        <translation>رسوم الشراء، عن العملات المبيعة: {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="228"/>
        <source>Fee on the sell: {amount}.</source>
        <translation>رسوم البيع: {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="231"/>
        <source>Realised loss (sold, so it is fixed): {amount}.</source>
        <translation>خسارة محقَّقة (بيعت، فهي ثابتة): {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="233"/>
        <source>Realised profit (sold, so it is fixed): {amount}.</source>
        <translation>ربح محقَّق (بيعت، فهو ثابت): {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="237"/>
        <source>The {quantity} still held cost {paid} a coin before fees; the price now is {price}. The difference: {amount}.</source>
        <translation>الـ {quantity} المحتفَظ بها كلّفت {paid} للعملة قبل الرسوم؛ والسعر الآن {price}. الفرق: {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="248"/>
        <source>Unrealised loss, on paper at {price}: {amount}. It moves with the price until you sell.</source>
        <translation>خسارة غير محقَّقة، على الورق عند {price}: {amount}. تتحرك مع السعر حتى تبيع.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="253"/>
        <source>Unrealised profit, on paper at {price}: {amount}. It moves with the price until you sell.</source>
        <translation>ربح غير محقَّق، على الورق عند {price}: {amount}. يتحرك مع السعر حتى تبيع.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="259"/>
        <source>Actual loss, after everything above: {amount}.</source>
        <translation>الخسارة الفعلية، بعد كل ما سبق: {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="261"/>
        <source>Actual profit, after everything above: {amount}.</source>
        <translation>الربح الفعلي، بعد كل ما سبق: {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="270"/>
        <source>Expected</source>
        <extracomment>Short labels under the bars of the waterfall chart, from the expected profit to the actual one.</extracomment>
        <translation>المتوقع</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="271"/>
        <source>Spread, buy</source>
        <translation>الفارق، شراء</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="271"/>
        <source>Spread, sell</source>
        <translation>الفارق، بيع</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="272"/>
        <source>Slippage, buy</source>
        <translation>الانزلاق، شراء</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="272"/>
        <source>Slippage, sell</source>
        <translation>الانزلاق، بيع</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="273"/>
        <source>Before fees</source>
        <translation>قبل الرسوم</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="274"/>
        <source>Buy fee, coins held</source>
        <translation>رسوم الشراء، المحتفَظ به</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="276"/>
        <source>Buy fee</source>
        <translation>رسوم الشراء</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="277"/>
        <source>Sell fee</source>
        <translation>رسوم البيع</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="278"/>
        <source>Realised</source>
        <translation>محقَّق</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="279"/>
        <source>Price change, coins held</source>
        <translation>تغيّر السعر، المحتفَظ به</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="280"/>
        <source>Unrealised</source>
        <translation>غير محقَّق</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="281"/>
        <source>Actual</source>
        <translation>الفعلي</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <location filename="../../app/holdspace/gui/presenter.py" line="75"/>
        <source>&amp;Presenter mode</source>
        <translation>وضع &amp;العرض</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/presenter.py" line="78"/>
        <source>Full screen with large type; Page Down/Up move on, B blanks the screen (F5)</source>
        <translation>ملء الشاشة بخط كبير؛ Page Down/Page Up للتنقل، وB يعتّم الشاشة (F5)</translation>
    </message>
</context>
<context>
    <name>SeedPracticeWidget</name>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="133"/>
        <source>PRACTICE phrase drill</source>
        <translation>تمرين على عبارة للتدريب</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="154"/>
        <source>◆ PRACTICE. Holdspace made this phrase a moment ago, only for practice. It guards no coins, it is never saved, and it is gone when you leave this step.</source>
        <translation>◆ تدريب. أنشأ Holdspace هذه العبارة قبل لحظة، للتدريب فقط. إنها لا تحمي أي عملات، ولا تُحفظ أبدًا، وتختفي عندما تغادر هذه الخطوة.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="159"/>
        <source>PRACTICE notice</source>
        <translation>تنبيه التدريب</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="165"/>
        <source>First, look at it</source>
        <translation>أولًا، انظر إليها</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="169"/>
        <source>Hold the button down to see the practice phrase. Let go, and it hides again. With the keyboard, hold the Space key on the button. If holding is hard, press Keep it shown, and press it again to hide the words.</source>
        <translation>اضغط الزر مطوّلًا لترى عبارة التدريب. اتركه فتختفي من جديد. بلوحة المفاتيح، اضغط مطوّلًا على مفتاح المسافة والزر محدد. إن كان الضغط المطوّل صعبًا، فاضغط «أبقِها ظاهرة»، واضغط مرة أخرى لإخفاء الكلمات.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="180"/>
        <source>Press and hold with the mouse, or hold the Space key. Let go to hide the words.</source>
        <translation>اضغط مطوّلًا بالفأرة، أو اضغط مطوّلًا على مفتاح المسافة. اترك لإخفاء الكلمات.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="186"/>
        <source>&amp;Keep it shown</source>
        <translation>أ&amp;بقِها ظاهرة</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="188"/>
        <source>Keep the PRACTICE phrase shown</source>
        <translation>إبقاء عبارة التدريب ظاهرة</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="190"/>
        <source>Shows the words without holding. Press again to hide them.</source>
        <translation>تُظهر الكلمات دون ضغط مطوّل. اضغط مرة أخرى لإخفائها.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="203"/>
        <source>PRACTICE PHRASE · not a real wallet</source>
        <translation>عبارة تدريب · ليست محفظة حقيقية</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="215"/>
        <source>Then, write it down</source>
        <translation>ثم اكتبها</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="219"/>
        <source>Write the words on paper, by hand, each with its number. Hold the button again as often as you like to check each word. Never type a phrase into anything.</source>
        <translation>اكتب الكلمات على ورقة، بخط يدك، كل كلمة مع رقمها. اضغط الزر مطوّلًا كلما شئت لتتحقق من كل كلمة. لا تكتب عبارة في أي جهاز أبدًا.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="225"/>
        <source>I wrote it down on paper</source>
        <translation>كتبتها على ورقة</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="226"/>
        <source>I wrote the PRACTICE phrase down on paper</source>
        <translation>كتبت عبارة التدريب على ورقة</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="234"/>
        <source>Look at your paper, not the screen, and type that one word.</source>
        <translation>انظر إلى ورقتك، لا إلى الشاشة، واكتب تلك الكلمة الواحدة.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="238"/>
        <source>one word</source>
        <translation>كلمة واحدة</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="252"/>
        <source>Last, which was word {number}?</source>
        <translation>أخيرًا، ما الكلمة رقم {number}؟</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="255"/>
        <source>Word {number} of the PRACTICE phrase</source>
        <translation>الكلمة {number} من عبارة التدريب</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="307"/>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="323"/>
        <source>{number}. {word}</source>
        <extracomment>One numbered word of the practice phrase, e.g. “3. apple”. The words themselves stay in English (BIP-39).</extracomment>
        <translation>{number}. {word}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="309"/>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="358"/>
        <source>PRACTICE word {number}: {word}</source>
        <translation>كلمة التدريب {number}: {word}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="312"/>
        <source>Showing the PRACTICE phrase (kept shown)</source>
        <translation>عبارة التدريب معروضة (تبقى ظاهرة)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="314"/>
        <source>Showing the PRACTICE phrase. Let go to hide it</source>
        <translation>عبارة التدريب ظاهرة. اترك الزر لإخفائها</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="316"/>
        <source>Showing the PRACTICE phrase</source>
        <translation>عبارة التدريب ظاهرة</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="317"/>
        <source>PRACTICE phrase, showing</source>
        <translation>عبارة التدريب، ظاهرة</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="324"/>
        <source>PRACTICE word {number}, hidden</source>
        <translation>كلمة التدريب {number}، مخفية</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="325"/>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="326"/>
        <source>Hold to see the PRACTICE phrase</source>
        <translation>اضغط مطوّلًا لترى عبارة التدريب</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="327"/>
        <source>PRACTICE phrase, hidden</source>
        <translation>عبارة التدريب، مخفية</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="353"/>
        <source>PRACTICE · word {number} is “{word}”.</source>
        <translation>تدريب · الكلمة {number} هي «{word}».</translation>
    </message>
</context>
<context>
    <name>StepMarks</name>
    <message>
        <location filename="../../app/holdspace/gui/step_marks.py" line="31"/>
        <source>Step {number} of {total}</source>
        <translation>الخطوة {number} من {total}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/holdspace/gui/step_marks.py" line="36"/>
        <source>%n step(s) seen so far</source>
        <translation>
            <numerusform>%n خطوة شوهدت حتى الآن</numerusform>
            <numerusform>خطوة %n شوهدت حتى الآن</numerusform>
            <numerusform>%n خطوتان شوهدتا حتى الآن</numerusform>
            <numerusform>%n خطوات شوهدت حتى الآن</numerusform>
            <numerusform>%n خطوة شوهدت حتى الآن</numerusform>
            <numerusform>%n خطوة شوهدت حتى الآن</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepPrinter</name>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="69"/>
        <source>Tick every answer that fits:</source>
        <translation>ضع علامة على كل إجابة مناسبة:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="71"/>
        <source>Tick one answer:</source>
        <translation>ضع علامة على إجابة واحدة:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="78"/>
        <source>a right answer</source>
        <translation>إجابة صحيحة</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="110"/>
        <source>Use the practice explorer page printed at step {number}.</source>
        <translation>استخدم صفحة مستكشف التدريب المطبوعة في الخطوة {number}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="118"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="118"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="120"/>
        <source>A practice explorer page (a teaching example, not a live record).</source>
        <translation>صفحة مستكشف للتدريب (مثال للتعلّم، لا سجل مباشر).</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="123"/>
        <source>Circle the line that answers the question.</source>
        <translation>ضع دائرة حول السطر الذي يجيب عن السؤال.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="124"/>
        <source>Write what the page says:</source>
        <translation>اكتب ما تقوله الصفحة:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="125"/>
        <source>Find this transaction on the page.</source>
        <translation>جد هذه المعاملة في الصفحة.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="134"/>
        <source>Hex</source>
        <translation>ست عشري (Hex)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="134"/>
        <source>Everyday number</source>
        <translation>الرقم العادي</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="203"/>
        <source>A backup card to fill in by hand, in pencil, at home. This sheet never holds a phrase: the app makes a fresh practice one on screen.</source>
        <translation>بطاقة نسخ احتياطي تُملأ باليد، بقلم رصاص، في البيت. لا تحمل هذه الورقة عبارة أبدًا: يُنشئ التطبيق عبارة تدريب جديدة على الشاشة.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="228"/>
        <source>Answer:</source>
        <translation>الإجابة:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="232"/>
        <source>Hint {number}:</source>
        <translation>تلميح {number}:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="238"/>
        <source>If someone says “{answer}”:</source>
        <translation>إذا قال أحدهم «{answer}»:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="247"/>
        <source>Explanation:</source>
        <translation>الشرح:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="254"/>
        <source>Facilitator notes:</source>
        <translation>ملاحظات لمن يقدّم الدرس:</translation>
    </message>
</context>
<context>
    <name>TermPopup</name>
    <message>
        <location filename="../../app/holdspace/gui/term_popup.py" line="65"/>
        <source>&amp;All terms…</source>
        <translation>&amp;كل المصطلحات…</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/term_popup.py" line="66"/>
        <source>Open the glossary</source>
        <translation>فتح المسرد</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/term_popup.py" line="69"/>
        <source>Close</source>
        <extracomment>Button that closes a glossary card.</extracomment>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/term_popup.py" line="70"/>
        <source>Close the explanation</source>
        <translation>إغلاق الشرح</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/term_popup.py" line="94"/>
        <source>Glossary: {term}</source>
        <translation>المسرد: {term}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/term_popup.py" line="167"/>
        <source>, </source>
        <extracomment>Between the &quot;see also&quot; links (Arabic writes &quot;، &quot;).</extracomment>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/term_popup.py" line="171"/>
        <source>See also:</source>
        <translation>انظر أيضًا:</translation>
    </message>
</context>
<context>
    <name>TranslationAids</name>
    <message>
        <location filename="../../app/holdspace/gui/translation_aids.py" line="35"/>
        <source>This lesson is in English for now.</source>
        <extracomment>Above a lesson (and in the lesson list) when the learner&apos;s language has no translation of it yet.</extracomment>
        <translation>هذا الدرس بالإنجليزية حاليًا.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/translation_aids.py" line="36"/>
        <source>This lesson is in its pack&apos;s first language for now ({language}).</source>
        <translation>هذا الدرس حاليًا باللغة الأولى لحزمته ({language}).</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/translation_aids.py" line="46"/>
        <source>In English: {term}</source>
        <extracomment>Under a translated glossary term: its name as English screens show it.</extracomment>
        <translation>بالإنجليزية: {term}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/translation_aids.py" line="88"/>
        <source>About this lesson&apos;s language</source>
        <translation>عن لغة هذا الدرس</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/translation_aids.py" line="90"/>
        <source>Show in English</source>
        <translation>اعرض بالإنجليزية</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/translation_aids.py" line="93"/>
        <source>Show the English text of this step under it, to match words to the English screens of an app ({key})</source>
        <translation>اعرض النص الإنجليزي لهذه الخطوة تحتها، لتطابق الكلمات مع شاشات التطبيق الإنجليزية ({key})</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/translation_aids.py" line="98"/>
        <source>Shows this step&apos;s English text under the translation</source>
        <translation>يعرض النص الإنجليزي لهذه الخطوة تحت الترجمة</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/translation_aids.py" line="103"/>
        <source>The same step in English</source>
        <translation>الخطوة نفسها بالإنجليزية</translation>
    </message>
</context>
<context>
    <name>Tripwire</name>
    <message>
        <location filename="../../app/holdspace/gui/tripwire.py" line="151"/>
        <source>We cleared that for you</source>
        <translation>مسحنا ذلك من أجلك</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/tripwire.py" line="152"/>
        <source>&lt;p&gt;That looked like a &lt;b&gt;recovery phrase&lt;/b&gt;, so Holdspace cleared it straight away. It was not saved anywhere.&lt;/p&gt;</source>
        <translation>&lt;p&gt;بدا ذلك &lt;b&gt;عبارة استرداد&lt;/b&gt;، لذا مسحها Holdspace فورًا. لم تُحفظ في أي مكان.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/tripwire.py" line="158"/>
        <source>&lt;p&gt;Holdspace emptied the clipboard too, so it can&apos;t be pasted anywhere by accident. Copying any ordinary word afterwards is a good habit.&lt;/p&gt;</source>
        <translation>&lt;p&gt;أفرغ Holdspace الحافظة أيضًا، فلا يمكن لصقها في أي مكان بالخطأ. نسخ أي كلمة عادية بعد ذلك عادة جيدة.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/tripwire.py" line="163"/>
        <source>&lt;p&gt;No real service needs your recovery phrase. Holdspace never does, and no support person, exchange or app should ever ask for it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;لا توجد خدمة حقيقية تحتاج إلى عبارة الاسترداد الخاصة بك. Holdspace لا يطلبها أبدًا، ولا ينبغي لأي موظف دعم أو منصة تداول أو تطبيق أن يطلبها أبدًا.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/tripwire.py" line="168"/>
        <source>&lt;p&gt;If you typed your real phrase into a website, a form or a chat somewhere else:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Stop, and don&apos;t type it anywhere again.&lt;/li&gt;&lt;li&gt;On a device you trust, make a new wallet with a new phrase.&lt;/li&gt;&lt;li&gt;Move your coins to it as soon as you can.&lt;/li&gt;&lt;li&gt;Ignore anyone who offers to &quot;recover&quot; funds for a fee.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;إن كنت قد كتبت عبارتك الحقيقية في موقع أو نموذج أو محادثة في مكان آخر:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;توقّف، ولا تكتبها في أي مكان مرة أخرى.&lt;/li&gt;&lt;li&gt;على جهاز تثق به، أنشئ محفظة جديدة بعبارة جديدة.&lt;/li&gt;&lt;li&gt;انقل عملاتك إليها في أقرب وقت تستطيعه.&lt;/li&gt;&lt;li&gt;تجاهل أي شخص يعرض «استعادة» الأموال مقابل رسوم.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
</context>
<context>
    <name>WaterfallChart</name>
    <message>
        <location filename="../../app/holdspace/gui/waterfall.py" line="79"/>
        <source>Solid bar: a total, measured from zero.</source>
        <translation>عمود مصمت: إجمالي، مقيس من الصفر.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/waterfall.py" line="80"/>
        <source>Striped bar, with −: takes away from the total.</source>
        <translation>عمود مخطط، مع −: يُنقص من الإجمالي.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/waterfall.py" line="81"/>
        <source>Criss-cross bar, with +: adds to the total.</source>
        <translation>عمود متقاطع الخطوط، مع +: يُضيف إلى الإجمالي.</translation>
    </message>
</context>
<context>
    <name>Withdrawal</name>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="21"/>
        <source>Net&amp;work:</source>
        <extracomment>An exchange&apos;s word, shown in English on many screens: keep &quot;Network&quot; beside your translation, e.g. &quot;Red (Network)&quot;. &quot;&amp;&quot; marks the Alt key.</extracomment>
        <translation>&amp;الشبكة (Network):</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="26"/>
        <source>A&amp;ddress:</source>
        <extracomment>An exchange&apos;s word, shown in English on many screens: keep &quot;Address&quot; beside your translation. &quot;&amp;&quot; marks the Alt key.</extracomment>
        <translation>العن&amp;وان (Address):</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="32"/>
        <source>&amp;Tag:</source>
        <extracomment>An exchange&apos;s word for the XRP destination tag, shown in English on many screens: keep &quot;Tag&quot; beside your translation. &quot;&amp;&quot; marks the Alt key.</extracomment>
        <translation>ال&amp;وسم (Tag):</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="34"/>
        <source>M&amp;emo:</source>
        <extracomment>An exchange&apos;s word, shown in English on many screens: keep &quot;Memo&quot; beside your translation. &quot;&amp;&quot; marks the Alt key.</extracomment>
        <translation>الم&amp;ذكرة (Memo):</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="39"/>
        <source>Am&amp;ount:</source>
        <extracomment>An exchange&apos;s word, shown in English on many screens: keep &quot;Amount&quot; beside your translation. &quot;&amp;&quot; marks the Alt key.</extracomment>
        <translation>الم&amp;بلغ (Amount):</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="44"/>
        <source>Network:</source>
        <extracomment>On the deposit screen. An exchange&apos;s word, shown in English on many screens: keep &quot;Network&quot; beside your translation.</extracomment>
        <translation>الشبكة (Network):</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="49"/>
        <source>Address:</source>
        <extracomment>On the deposit screen. An exchange&apos;s word, shown in English on many screens: keep &quot;Address&quot; beside your translation.</extracomment>
        <translation>العنوان (Address):</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="54"/>
        <source>Withdraw {asset} (practice form)</source>
        <extracomment>The title of the practice form; &quot;Withdraw&quot; is the exchange&apos;s English word: keep it beside your translation. {asset} is a coin, e.g. USDT.</extracomment>
        <translation>سحب {asset} (Withdraw): نموذج للتدريب</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="61"/>
        <source>Deposit {asset}: the receiving side&apos;s screen</source>
        <extracomment>&quot;Deposit&quot; is the exchange&apos;s English word: keep it beside your translation. {asset} is a coin, e.g. USDT.</extracomment>
        <translation>إيداع {asset} (Deposit): شاشة الطرف المستلم</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="68"/>
        <source>Network fee: {fee} {asset} · Minimum withdrawal: {minimum} {asset}</source>
        <extracomment>&quot;Network fee&quot; and &quot;Minimum withdrawal&quot; are the exchange&apos;s English words: keep them beside your translation.</extracomment>
        <translation>رسوم الشبكة (Network fee): {fee} {asset} · الحد الأدنى للسحب (Minimum withdrawal): {minimum} {asset}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="83"/>
        <source>destination tag</source>
        <translation>وسم الوجهة</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="84"/>
        <source>memo</source>
        <translation>المذكرة</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="95"/>
        <source>Network: none is picked yet. Pick the one the deposit screen names: {deposit}.</source>
        <translation>الشبكة: لم تُختر أي شبكة بعد. اختر الشبكة التي تذكرها شاشة الإيداع: {deposit}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="102"/>
        <source>Address: it is not the one on the deposit screen. Coins sent there would go to whoever holds that address, and a transfer can&apos;t be undone. Copy it again from the deposit screen and compare it group by group.</source>
        <translation>العنوان: ليس العنوان الظاهر في شاشة الإيداع. العملات المرسلة إليه تذهب إلى من يملك ذلك العنوان، ولا يمكن التراجع عن التحويل. انسخه مرة أخرى من شاشة الإيداع وقارنه مجموعة بمجموعة.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="109"/>
        <source>The {memo} is missing. The coins would reach the exchange, but not your account: the exchange could not tell whose they are. Its support can often credit them after some checks; it may take days and cost a fee.</source>
        <translation>حقل «{memo}» فارغ. ستصل العملات إلى المنصة، لكن ليس إلى حسابك: لن تعرف المنصة لمن هي. كثيرًا ما يستطيع دعمها إضافتها إلى حسابك بعد بعض التحقق، وقد يستغرق ذلك أيامًا ويكلّف رسومًا.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="116"/>
        <source>The {memo} is not the one on the deposit screen. The coins would reach the exchange with someone else&apos;s label, or one it doesn&apos;t know. Only the exchange&apos;s own support could sort it out.</source>
        <translation>حقل «{memo}» لا يطابق شاشة الإيداع. ستصل العملات إلى المنصة بعلامة شخص آخر، أو بعلامة لا تعرفها. وحده الدعم الرسمي للمنصة يستطيع حل ذلك.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="127"/>
        <source>Network: you picked {picked}, and the deposit screen names {deposit}.</source>
        <translation>الشبكة: اخترت {picked}، وشاشة الإيداع تذكر {deposit}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="134"/>
        <source>Here a real exchange would most likely refuse the address, because addresses on {picked} have another shape. Networks that share one address shape, such as Ethereum, BNB Smart Chain and Arbitrum One, give no such warning: choose the network by its name.</source>
        <translation>هنا على الأرجح سترفض منصة حقيقية العنوان، لأن العناوين على {picked} لها شكل آخر. الشبكات التي تتشارك شكل العنوان نفسه، مثل Ethereum وBNB Smart Chain وArbitrum One، لا تعطي هذا التنبيه: اختر الشبكة باسمها.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="144"/>
        <source>The coins would arrive on {picked}, a network the receiver does not watch. Only whoever holds the keys to that address on {picked} could move them. Getting them back is often slow and costly, and sometimes impossible.</source>
        <translation>ستصل العملات إلى {picked}، وهي شبكة لا يراقبها المستلم. وحده من يملك مفاتيح ذلك العنوان على {picked} يستطيع تحريكها. استعادتها غالبًا بطيئة ومكلفة، وأحيانًا مستحيلة.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="155"/>
        <source>Amount: the box is empty yet.</source>
        <translation>المبلغ: الخانة فارغة بعد.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="157"/>
        <source>Amount: I couldn&apos;t read that as an amount yet. Something like 50 or 12.5 works.</source>
        <translation>المبلغ: لم أستطع بعد قراءة هذا كمبلغ. شيء مثل 50 أو 12.5 يصلح.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="162"/>
        <source>Amount: the network fee here is {fee} {asset}, so nothing would be left to arrive. The exchange would not send it.</source>
        <translation>المبلغ: رسوم الشبكة هنا {fee} {asset}، فلن يبقى شيء ليصل. لن ترسله المنصة.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="168"/>
        <source>Amount: the minimum withdrawal on this network is {minimum} {asset}. The exchange would not send less; nothing leaves your account.</source>
        <translation>المبلغ: الحد الأدنى للسحب على هذه الشبكة {minimum} {asset}. لن ترسل المنصة أقل من ذلك، ولا يخرج شيء من حسابك.</translation>
    </message>
</context>
<context>
    <name>WithdrawalWidget</name>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="170"/>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="43"/>
        <source>&lt;b&gt;PRACTICE:&lt;/b&gt; a made-up exchange. Nothing here is sent anywhere, and every address is made up, so it can&apos;t receive coins.</source>
        <translation>&lt;b&gt;للتدريب:&lt;/b&gt; منصة متخيَّلة. لا يُرسل شيء من هنا إلى أي مكان، وكل عنوان متخيَّل، فلا يمكنه استلام عملات.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="76"/>
        <source>Clear the box</source>
        <translation>إفراغ الخانة</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="88"/>
        <source>Deposit address</source>
        <translation>عنوان الإيداع</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="96"/>
        <source>Deposit {memo}</source>
        <translation>الإيداع: {memo}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="104"/>
        <source>△ Required: without the {memo}, the exchange can&apos;t tell that the deposit is yours.</source>
        <translation>△ مطلوب: بدون {memo} لا تستطيع المنصة أن تعرف أن الإيداع لك.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="117"/>
        <source>Choose a network</source>
        <translation>اختر شبكة</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="124"/>
        <source>Paste the address from the deposit screen</source>
        <translation>الصق العنوان من شاشة الإيداع</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="126"/>
        <source>About the address</source>
        <translation>عن العنوان</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="136"/>
        <source>for example {amount}</source>
        <translation>مثلًا {amount}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="141"/>
        <source>Fee and minimum</source>
        <translation>الرسوم والحد الأدنى</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="164"/>
        <source>△ This is not shaped like an address on {network}. A real exchange would refuse it on this network.</source>
        <translation>△ هذا ليس بشكل عنوان على {network}. منصة حقيقية سترفضه على هذه الشبكة.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="170"/>
        <source>Pick a network to see its fee and minimum.</source>
        <translation>اختر شبكة لترى رسومها وحدها الأدنى.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="178"/>
        <source>The receiving side would get: {amount} {asset}</source>
        <translation>سيحصل الطرف المستلم على: {amount} {asset}</translation>
    </message>
</context>
</TS>
