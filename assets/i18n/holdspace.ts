<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AnswerWidget</name>
    <message>
        <location filename="../../app/holdspace/gui/steps/answer.py" line="20"/>
        <source>Your &amp;answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/answer.py" line="23"/>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/answer.py" line="33"/>
        <source>a number, e.g. 42</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/answer.py" line="34"/>
        <source>hex digits, e.g. 0x1f</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/answer.py" line="35"/>
        <source>an amount, e.g. 14.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/answer.py" line="36"/>
        <source>type your answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceWidget</name>
    <message>
        <location filename="../../app/holdspace/gui/steps/choice.py" line="21"/>
        <source>Tick every answer that fits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/choice.py" line="22"/>
        <source>Pick one answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/choice.py" line="55"/>
        <source>{0}  ✓ (an answer that fits)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="17"/>
        <source>✓ Yes, that&apos;s it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="19"/>
        <source>◐ Close! Not quite yet. Have another look at the numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/holdspace/gui/wording.py" line="21"/>
        <source>◐ Good so far. %n more right choice(s) to find.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="25"/>
        <source>○ Not yet. That is the same amount written in everyday numbers; the question asks for it in hex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="27"/>
        <source>○ Not yet. That&apos;s fine: let&apos;s look at it together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="31"/>
        <source>Take your time. Type or pick an answer when you&apos;re ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="33"/>
        <source>Hint %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="36"/>
        <source>That was the last hint. &quot;Show me&quot; is there whenever you want it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="38"/>
        <source>That looked like a recovery phrase, so it was not checked or kept. No real service needs your recovery phrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="42"/>
        <source>Here it is. Seeing the answer is a good way to learn, too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="48"/>
        <source>I couldn&apos;t read that as hex yet. Hex uses 0–9 and a–f, like 1f or 0x1f.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="50"/>
        <source>I couldn&apos;t read that as an amount yet. Something like 14.00 or $14 works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="51"/>
        <source>I couldn&apos;t read that as a number yet. Something like 31 or 21,000 works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="56"/>
        <source>Would a hint help? It&apos;s free, and you can ask as often as you like.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <location filename="../../app/holdspace/gui/lesson_view.py" line="37"/>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../app/holdspace/gui/home.py" line="38"/>
        <source>&lt;h1&gt;Welcome to Holdspace&lt;/h1&gt;&lt;p&gt;Take your time. Nothing here is timed or scored, you can try as often as you like, and everything stays on this computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/home.py" line="50"/>
        <source>&lt;h2&gt;Where would you like to start?&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/home.py" line="57"/>
        <source>See &amp;all lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/home.py" line="58"/>
        <source>See all lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/home.py" line="70"/>
        <source>Getting your lessons ready…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/home.py" line="77"/>
        <source>Guest session: nothing you do here is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/home.py" line="78"/>
        <source>Your progress is kept only on this computer. You can export it or forget it at any time from the Progress menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/home.py" line="103"/>
        <source>Pick up where you left off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/home.py" line="104"/>
        <source>“{0}”, step {1} of {2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonView</name>
    <message>
        <location filename="../../app/holdspace/gui/lesson_view.py" line="77"/>
        <source>Lesson title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_view.py" line="79"/>
        <source>Where you are in the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_view.py" line="99"/>
        <source>Lesson text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_view.py" line="108"/>
        <source>Facilitator notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_view.py" line="125"/>
        <source>Lesson explored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_view.py" line="129"/>
        <source>Go through it &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_view.py" line="130"/>
        <source>Back to &amp;topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_view.py" line="132"/>
        <source>Next &amp;lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_view.py" line="147"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_view.py" line="149"/>
        <source>&amp;Hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_view.py" line="150"/>
        <source>&amp;Show me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_view.py" line="151"/>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_view.py" line="153"/>
        <location filename="../../app/holdspace/gui/lesson_view.py" line="237"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_view.py" line="157"/>
        <source>Previous step (Page Up or Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_view.py" line="158"/>
        <source>Next step (Page Down or Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_view.py" line="159"/>
        <source>Check my answer (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_view.py" line="193"/>
        <source>Step {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_view.py" line="227"/>
        <source>**Facilitator notes:** </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_view.py" line="237"/>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_view.py" line="281"/>
        <source>✓ You explored “{0}”.

Come back to it any time; nothing here is ever marked down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_view.py" line="285"/>
        <source>Explored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_view.py" line="295"/>
        <source>**The answer:** {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="35"/>
        <source>&lt;h2&gt;All lessons&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="40"/>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="40"/>
        <source>Where you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="41"/>
        <source>Lessons by topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="52"/>
        <source>About this lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="58"/>
        <source>&amp;Open lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="59"/>
        <source>Open lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="74"/>
        <source>{0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="93"/>
        <source>⚠ can&apos;t open yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="101"/>
        <source>{0}: not placed in a topic yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="107"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="109"/>
        <source>✓ explored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="111"/>
        <source>in progress, step {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="155"/>
        <source>About {0} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="156"/>
        <source>{0} steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="161"/>
        <source>This lesson can&apos;t open yet. The lesson file needs mending; every other lesson works as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="163"/>
        <source>For whoever wrote it:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/holdspace/gui/window.py" line="39"/>
        <location filename="../../app/holdspace/gui/window.py" line="58"/>
        <source>Holdspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/window.py" line="58"/>
        <source> (guest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/window.py" line="60"/>
        <source>Guest session: nothing is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/window.py" line="112"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/window.py" line="113"/>
        <source>Open a lesson &amp;pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/window.py" line="115"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/window.py" line="117"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/window.py" line="118"/>
        <source>&amp;Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/window.py" line="119"/>
        <source>All &amp;lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/window.py" line="121"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/window.py" line="122"/>
        <source>&amp;Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/window.py" line="124"/>
        <source>&amp;Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/window.py" line="126"/>
        <source>&amp;Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/window.py" line="129"/>
        <source>Facilitator &amp;notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/window.py" line="133"/>
        <source>&amp;Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/window.py" line="134"/>
        <source>&amp;Export my progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/window.py" line="135"/>
        <source>&amp;Forget my progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/window.py" line="137"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/window.py" line="138"/>
        <source>&amp;About Holdspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/window.py" line="229"/>
        <source>Your progress isn&apos;t being saved right now; the lesson works as usual. ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/window.py" line="242"/>
        <source>Open a lesson pack folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/window.py" line="252"/>
        <source>This pack can&apos;t open yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/window.py" line="253"/>
        <source>Holdspace couldn&apos;t read this lesson pack. The details below say what needs mending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/window.py" line="273"/>
        <source>nowhere (guest session)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="17"/>
        <source>Export my progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="18"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="24"/>
        <source>Export didn&apos;t finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="25"/>
        <source>The file couldn&apos;t be written there. Try another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="32"/>
        <source>Forget my progress?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="33"/>
        <source>This clears which lessons you have opened and explored on this computer. The lessons themselves stay. This can&apos;t be undone.

Forget my progress?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/about.py" line="12"/>
        <source>&lt;h2&gt;Holdspace {0}&lt;/h2&gt;&lt;p&gt;Gentle lessons for people new to crypto: hexadecimal, blockchain explorers, profit &amp;amp; loss, and keeping your own keys safe.&lt;/p&gt;&lt;p&gt;Nothing is timed or scored. Holdspace never goes online and never asks for a recovery phrase.&lt;/p&gt;&lt;p&gt;Your progress is kept here: &lt;br&gt;&lt;code&gt;{1}&lt;/code&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/about.py" line="20"/>
        <source>About Holdspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/app.py" line="119"/>
        <source>A fresh start for your progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/app.py" line="120"/>
        <source>Holdspace couldn&apos;t read your saved progress, so it put that file aside and started a fresh one. Nothing was deleted; the old file is here:

{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/app.py" line="126"/>
        <source>Progress won&apos;t be saved this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/app.py" line="127"/>
        <source>Holdspace couldn&apos;t write to its folder, so this is a guest session: everything works, but nothing is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/app.py" line="131"/>
        <source>A lesson pack can&apos;t open yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/app.py" line="132"/>
        <source>One lesson pack couldn&apos;t be read. Every other lesson works as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/markdown_view.py" line="27"/>
        <source>This link stays closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/markdown_view.py" line="28"/>
        <source>Holdspace only opens secure web links (https). This one points to:

{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/markdown_view.py" line="32"/>
        <source>Open a web page?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/markdown_view.py" line="33"/>
        <source>This opens the page below in your web browser. Holdspace itself never goes online.

{0}

Open it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tripwire</name>
    <message>
        <location filename="../../app/holdspace/gui/tripwire.py" line="62"/>
        <source>We cleared that for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/tripwire.py" line="65"/>
        <source>&lt;p&gt;That looked like a &lt;b&gt;recovery phrase&lt;/b&gt;, so Holdspace cleared it straight away. It was not saved anywhere.&lt;/p&gt;&lt;p&gt;No real service needs your recovery phrase. Holdspace never does, and no support person, exchange or app should ever ask for it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/tripwire.py" line="70"/>
        <source>&lt;p&gt;If you typed your real phrase into a website, a form or a chat somewhere else:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Stop, and don&apos;t type it anywhere again.&lt;/li&gt;&lt;li&gt;On a device you trust, make a new wallet with a new phrase.&lt;/li&gt;&lt;li&gt;Move your coins to it as soon as you can.&lt;/li&gt;&lt;li&gt;Ignore anyone who offers to &quot;recover&quot; funds for a fee.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
