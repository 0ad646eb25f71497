<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AnswerWidget</name>
    <message>
        <location filename="../../app/holdspace/gui/steps/answer.py" line="22"/>
        <source>Your &amp;answer:</source>
        <translation>Ваш &amp;ответ:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/answer.py" line="25"/>
        <source>Your answer</source>
        <translation>Ваш ответ</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/answer.py" line="27"/>
        <source>Clear the box</source>
        <translation>Очистить поле</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/answer.py" line="35"/>
        <source>a number, for example 42</source>
        <translation>число, например 42</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/answer.py" line="36"/>
        <source>hex digits, for example 0x1f</source>
        <translation>шестнадцатеричные цифры, например 0x1f</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/answer.py" line="37"/>
        <source>an amount, for example 14.00</source>
        <translation>сумма, например 14.00</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/answer.py" line="38"/>
        <source>type your answer</source>
        <translation>введите ответ</translation>
    </message>
</context>
<context>
    <name>Blank</name>
    <message>
        <location filename="../../app/holdspace/gui/presenter.py" line="60"/>
        <source>Screen blanked; press any key to come back</source>
        <translation>Экран затемнён; нажмите любую клавишу, чтобы вернуться</translation>
    </message>
</context>
<context>
    <name>ChecklistWidget</name>
    <message>
        <location filename="../../app/holdspace/gui/steps/checklist.py" line="87"/>
        <source>You can come back to this any time. Ticks stay on this computer to help you remember; they are never a score.</source>
        <translation>Сюда можно вернуться в любое время. Отметки хранятся на этом компьютере, чтобы вам было легче помнить; это никогда не оценка.</translation>
    </message>
</context>
<context>
    <name>ChoiceWidget</name>
    <message>
        <location filename="../../app/holdspace/gui/steps/choice.py" line="98"/>
        <source>Tick every answer that fits:</source>
        <translation>Отметьте все подходящие ответы:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/choice.py" line="100"/>
        <source>Pick one answer:</source>
        <translation>Выберите один ответ:</translation>
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
        <translation>{answer} — подходящий ответ</translation>
    </message>
</context>
<context>
    <name>ColoursMenu</name>
    <message>
        <location filename="../../app/holdspace/gui/colours_menu.py" line="21"/>
        <source>&amp;Follow the system</source>
        <translation>&amp;Как в системе</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/colours_menu.py" line="22"/>
        <source>&amp;Light</source>
        <translation>&amp;Светлая</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/colours_menu.py" line="23"/>
        <source>&amp;Dark</source>
        <translation>&amp;Тёмная</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/colours_menu.py" line="24"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Высокая контрастность</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/colours_menu.py" line="32"/>
        <source>&amp;Colours</source>
        <translation>&amp;Цвета</translation>
    </message>
</context>
<context>
    <name>CopyRow</name>
    <message>
        <location filename="../../app/holdspace/gui/copy_row.py" line="35"/>
        <source>TXID</source>
        <translation>TXID</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/copy_row.py" line="35"/>
        <source>address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/copy_row.py" line="37"/>
        <source>C&amp;opy the {what}</source>
        <translation>&amp;Копировать: {what}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/copy_row.py" line="39"/>
        <source>Copy {what} {number} of {total}</source>
        <translation>Копировать: {what} {number} из {total}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/copy_row.py" line="58"/>
        <source>✓ Copied. Paste it with Ctrl+V.</source>
        <translation>✓ Скопировано. Вставьте с помощью Ctrl+V.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../app/holdspace/gui/crash.py" line="72"/>
        <source>The same note is saved in:
{path}</source>
        <translation>Та же заметка сохранена здесь:
{path}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/crash.py" line="76"/>
        <source>This is a guest session, so the note is not saved.</source>
        <translation>Это гостевой сеанс, поэтому заметка не сохраняется.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/crash.py" line="84"/>
        <source>Something unexpected happened</source>
        <translation>Случилось что-то неожиданное</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/crash.py" line="87"/>
        <source>Holdspace ran into something it didn&apos;t expect. Your progress is safe, and you can carry on.</source>
        <translation>Holdspace столкнулся с тем, чего не ожидал. Ваш прогресс в сохранности, можно продолжать.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/crash.py" line="94"/>
        <source>If it happens again, “Copy details” puts a note for the people who make Holdspace on your clipboard.</source>
        <translation>Если это повторится, кнопка «Копировать подробности» положит в буфер обмена заметку для тех, кто делает Holdspace.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/crash.py" line="104"/>
        <source>Copy details</source>
        <translation>Копировать подробности</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/crash.py" line="110"/>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/crash.py" line="112"/>
        <source>The details are on your clipboard.</source>
        <translation>Подробности в буфере обмена.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../app/holdspace/gui/done_page.py" line="46"/>
        <source>Lesson explored</source>
        <translation>Урок пройден</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/done_page.py" line="68"/>
        <source>✓ You explored “{title}”.</source>
        <translation>✓ Вы прошли «{title}».</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/done_page.py" line="72"/>
        <source>What you can do now:</source>
        <translation>Что вы теперь умеете:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/done_page.py" line="80"/>
        <source>When you feel ready, “{title}” comes next.</source>
        <translation>Когда будете готовы, дальше — «{title}».</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/done_page.py" line="85"/>
        <source>Well done for taking the time. Come back to it whenever you like: there are no marks or scores here.</source>
        <translation>Спасибо, что нашли на это время. Возвращайтесь, когда захотите: здесь нет ни оценок, ни баллов.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/done_page.py" line="93"/>
        <source>You went through the whole guide.</source>
        <translation>Вы прошли всё руководство.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/done_page.py" line="95"/>
        <source>Take the next step at your own pace. The guide is here whenever you need it: press F1 or “I think I made a mistake”.</source>
        <translation>Делайте следующий шаг в своём темпе. Руководство всегда под рукой: нажмите F1 или «Кажется, я ошибся(-лась)».</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../app/holdspace/gui/errors.py" line="35"/>
        <source>Your progress couldn&apos;t be saved just now</source>
        <translation>Сейчас не получилось сохранить ваш прогресс</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/errors.py" line="36"/>
        <source>The lessons work as usual, and nothing you learned is lost. Holdspace will try again next time.</source>
        <translation>Уроки работают как обычно, и ничего из выученного не потеряно. Holdspace попробует снова в следующий раз.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/errors.py" line="44"/>
        <source>The file couldn&apos;t be used</source>
        <translation>Не получилось использовать файл</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/errors.py" line="45"/>
        <source>Holdspace couldn&apos;t read or write the file there. Try another folder.</source>
        <translation>Holdspace не смог прочитать или записать файл в этом месте. Попробуйте другую папку.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/errors.py" line="50"/>
        <source>That didn&apos;t work this time</source>
        <translation>В этот раз не получилось</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/errors.py" line="51"/>
        <source>Nothing is lost. You can try again, or go on with something else.</source>
        <translation>Ничего не потеряно. Можно попробовать ещё раз или заняться чем-то другим.</translation>
    </message>
</context>
<context>
    <name>ExplorerWidget</name>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="69"/>
        <source>Practice explorer</source>
        <translation>Учебный обозреватель</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="73"/>
        <source>PRACTICE EXPLORER · a copy kept inside Holdspace. Nothing here is fetched, sent or live.</source>
        <translation>УЧЕБНЫЙ ОБОЗРЕВАТЕЛЬ · копия внутри Holdspace. Здесь ничего не загружается, не отправляется и не обновляется вживую.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="80"/>
        <source>Practice explorer: nothing here is fetched or live</source>
        <translation>Учебный обозреватель: здесь ничего не загружается и не обновляется вживую</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="96"/>
        <source>Network:</source>
        <translation>Сеть (Network):</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="103"/>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="251"/>
        <source>Practice explorer for {network}</source>
        <translation>Учебный обозреватель для сети {network}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="114"/>
        <source>Paste a TXID or an address</source>
        <translation>Вставьте TXID или адрес</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="115"/>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="142"/>
        <source>Clear the box</source>
        <translation>Очистить поле</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="116"/>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="117"/>
        <source>Search</source>
        <translation>Найти</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="123"/>
        <source>Search the practice explorer</source>
        <translation>Поиск в учебном обозревателе</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="121"/>
        <source>Sea&amp;rch:</source>
        <translation>П&amp;оиск:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="131"/>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="296"/>
        <source>Picked line:</source>
        <translation>Выбранная строка:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="133"/>
        <source>Value of the picked line (you can copy it)</source>
        <translation>Значение выбранной строки (его можно скопировать)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="141"/>
        <source>type what the page says</source>
        <translation>введите то, что написано на странице</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="144"/>
        <source>Your &amp;answer:</source>
        <translation>Ваш &amp;ответ:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="144"/>
        <source>Your answer</source>
        <translation>Ваш ответ</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="336"/>
        <source>The line you picked: {line}. The question asks about another line.</source>
        <translation>Вы выбрали строку: {line}. А вопрос про другую строку.</translation>
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
        <translation>Сеть (Network)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="35"/>
        <source>Status</source>
        <translation>Статус (Status)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="36"/>
        <source>Block</source>
        <translation>Блок (Block)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="37"/>
        <source>Confirmations</source>
        <translation>Подтверждения (Confirmations)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="38"/>
        <source>Block hash</source>
        <translation>Хеш блока (Block hash)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="39"/>
        <source>Time</source>
        <translation>Время (Time)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="40"/>
        <source>From</source>
        <translation>От кого (From)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="41"/>
        <source>To</source>
        <translation>Кому (To)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="42"/>
        <source>Total in</source>
        <translation>Всего на входе (Total in)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="43"/>
        <source>Value</source>
        <translation>Сумма (Value)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="44"/>
        <source>Fee</source>
        <translation>Комиссия (Fee)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="45"/>
        <source>Inputs</source>
        <translation>Входы (Inputs)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="46"/>
        <source>Outputs</source>
        <translation>Выходы (Outputs)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="47"/>
        <source>Size</source>
        <translation>Размер (Size)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="48"/>
        <source>Gas limit</source>
        <translation>Лимит газа (Gas limit)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="49"/>
        <source>Gas used</source>
        <translation>Использовано газа (Gas used)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="50"/>
        <source>Gas price</source>
        <translation>Цена газа (Gas price)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="51"/>
        <source>Nonce</source>
        <translation>Nonce</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="52"/>
        <source>Message</source>
        <translation>Сообщение (Message)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="28"/>
        <source>Transaction hash</source>
        <translation>Хеш транзакции (Transaction hash)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="30"/>
        <source>Transaction ID</source>
        <translation>ID транзакции (Transaction ID)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="62"/>
        <source>✓ Confirmed</source>
        <translation>✓ Подтверждена</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="64"/>
        <source>New coins (coinbase): there is no sender</source>
        <translation>Новые монеты (coinbase): отправителя нет</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="66"/>
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln байт</numerusform>
            <numerusform>%Ln байта</numerusform>
            <numerusform>%Ln байт</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="70"/>
        <source>{count} (coinbase: spends nothing)</source>
        <translation>{count} (coinbase: ничего не тратит)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="162"/>
        <source>MADE-UP TEACHING EXAMPLE · this transaction does not exist on any real network. It was written for practice.</source>
        <translation>ПРИДУМАННЫЙ УЧЕБНЫЙ ПРИМЕР · такой транзакции нет ни в одной настоящей сети. Она написана для практики.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="168"/>
        <source>Made-up teaching example</source>
        <translation>Придуманный учебный пример</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="170"/>
        <source>Transaction details</source>
        <translation>Подробности транзакции</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="191"/>
        <source>Address</source>
        <translation>Адрес (Address)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="194"/>
        <source>Transactions on {network} in this practice explorer:</source>
        <translation>Транзакции в сети {network} в этом учебном обозревателе:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_parts.py" line="135"/>
        <source>Open transaction {start}…{end}</source>
        <translation>Открыть транзакцию {start}…{end}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_parts.py" line="141"/>
        <source>Open transaction {txid}</source>
        <translation>Открыть транзакцию {txid}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="229"/>
        <source>✓ {network}</source>
        <translation>✓ {network}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="239"/>
        <source>Newest block on this practice explorer: {height} (a fixed number for practice, not today&apos;s)</source>
        <translation>Последний блок в этом учебном обозревателе: {height} (постоянное число для практики, не сегодняшнее)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="252"/>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="261"/>
        <source>Paste a TXID or an address into the search box, then press Enter.</source>
        <translation>Вставьте TXID или адрес в поле поиска и нажмите Enter.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="260"/>
        <source>Nothing to search yet</source>
        <translation>Пока нечего искать</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="270"/>
        <source>Not found on {network}</source>
        <translation>Не найдено в сети {network}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="272"/>
        <source>Sorry, no transaction or address on {network} matches this search. (This practice explorer knows only a few transactions.)</source>
        <translation>К сожалению, в сети {network} нет транзакции или адреса, подходящих под этот поиск. (Этот учебный обозреватель знает лишь несколько транзакций.)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer.py" line="294"/>
        <source>Picked line: {line}</source>
        <translation>Выбранная строка: {line}</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="16"/>
        <source>✓ That&apos;s it.</source>
        <translation>✓ Именно так.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="17"/>
        <source>✓ Yes, that&apos;s it.</source>
        <translation>✓ Да, именно так.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="19"/>
        <source>≈ Close! Not quite yet. Have another look at the numbers.</source>
        <translation>≈ Почти! Пока не совсем. Посмотрите на числа ещё раз.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/holdspace/gui/wording.py" line="23"/>
        <source>≈ Good so far. %n more right choice(s) to find.</source>
        <translation>
            <numerusform>≈ Пока всё хорошо. Осталось найти ещё %n подходящий ответ.</numerusform>
            <numerusform>≈ Пока всё хорошо. Осталось найти ещё %n подходящих ответа.</numerusform>
            <numerusform>≈ Пока всё хорошо. Осталось найти ещё %n подходящих ответов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="31"/>
        <source>↻ Not yet. That is the same amount written in everyday numbers; the question asks for it in hex.</source>
        <translation>↻ Пока нет. Это та же сумма, записанная обычными числами; а вопрос просит её в шестнадцатеричном виде.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="36"/>
        <source>↻ Not yet. That&apos;s fine: let&apos;s look at it together.</source>
        <translation>↻ Пока нет. Ничего страшного: давайте посмотрим вместе.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="42"/>
        <source>✎ Take your time. Type or pick an answer when you&apos;re ready.</source>
        <translation>✎ Не торопитесь. Введите или выберите ответ, когда будете готовы.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="46"/>
        <source>Hint {number} of {total}</source>
        <translation>Подсказка {number} из {total}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="50"/>
        <source>That was the last hint. &quot;Show me&quot; is there whenever you want it.</source>
        <translation>Это была последняя подсказка. «Покажите» всегда к вашим услугам.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="54"/>
        <source>That looked like a recovery phrase, so it was not checked or kept. No real service needs your recovery phrase.</source>
        <translation>Это было похоже на фразу восстановления, поэтому её не проверяли и не сохранили. Ни одному настоящему сервису не нужна ваша фраза восстановления.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="60"/>
        <source>Here it is. Seeing the answer is a good way to learn, too.</source>
        <translation>Вот ответ. Посмотреть ответ — тоже хороший способ учиться.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="68"/>
        <source>✎ I couldn&apos;t read that as hex yet. Hex uses 0–9 and a–f, like 1f or 0x1f.</source>
        <translation>✎ Пока не получилось прочитать это как шестнадцатеричное число. В нём только 0–9 и a–f, например 1f или 0x1f.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="72"/>
        <source>✎ I couldn&apos;t read that as an amount yet. Something like 14.00 or $14 works.</source>
        <translation>✎ Пока не получилось прочитать это как сумму. Подойдёт, например, 14.00 или $14.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="76"/>
        <source>✎ I couldn&apos;t read that as a number yet. Something like 31 or 21,000 works.</source>
        <translation>✎ Пока не получилось прочитать это как число. Подойдёт, например, 31 или 21,000.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="83"/>
        <source>Would a hint help? It&apos;s free, and you can ask as often as you like.</source>
        <translation>Помочь подсказкой? Это бесплатно, и просить можно сколько угодно.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="93"/>
        <source>Read the question once more, slowly. A hint is free ({hint_key}), and “Show me” shows the answer whenever you like ({show_key}).</source>
        <translation>Прочитайте вопрос ещё раз, не спеша. Подсказка бесплатна ({hint_key}), а «Покажите» покажет ответ, когда захотите ({show_key}).</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="98"/>
        <source>Read the question once more, slowly. “Show me” shows the answer whenever you like ({show_key}), with a few words on why.</source>
        <translation>Прочитайте вопрос ещё раз, не спеша. «Покажите» покажет ответ, когда захотите ({show_key}), с парой слов о том, почему так.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/wording.py" line="106"/>
        <source>**The answer:** {answer}</source>
        <translation>**Ответ:** {answer}</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <location filename="../../app/holdspace/gui/feedback_panel.py" line="92"/>
        <source>Feedback</source>
        <translation>Отклик на ваш ответ</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/glossary.py" line="48"/>
        <location filename="../../app/holdspace/gui/dialogs/glossary.py" line="49"/>
        <source>Glossary</source>
        <translation>Глоссарий</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/glossary.py" line="52"/>
        <source>Words you will meet in the lessons, in plain language. Type to find one.</source>
        <translation>Слова, которые встретятся в уроках, простым языком. Начните вводить, чтобы найти слово.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/glossary.py" line="58"/>
        <source>Find a word, for example fee</source>
        <translation>Найти слово, например комиссия</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/glossary.py" line="59"/>
        <source>Find a word in the glossary</source>
        <translation>Найти слово в глоссарии</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/glossary.py" line="60"/>
        <source>Clear the search</source>
        <translation>Очистить поиск</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/glossary.py" line="67"/>
        <source>Terms</source>
        <translation>Термины</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/glossary.py" line="70"/>
        <source>What it means</source>
        <translation>Что это значит</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/glossary.py" line="133"/>
        <source>Nothing in the glossary matches “{words}” yet.</source>
        <translation>В глоссарии пока нет ничего похожего на «{words}».</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/glossary.py" line="144"/>
        <source>Perhaps you meant: {terms}</source>
        <translation>Возможно, вы имели в виду: {terms}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/glossary.py" line="151"/>
        <source>You could try fewer letters, another spelling, or a word you met in a lesson.</source>
        <translation>Попробуйте меньше букв, другое написание или слово, которое встретилось в уроке.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/glossary.py" line="156"/>
        <source>Show every word</source>
        <translation>Показать все слова</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <location filename="../../app/holdspace/gui/handout/text.py" line="31"/>
        <source>[Left out: this looked like a recovery phrase, and phrases are never printed, practice or not.]</source>
        <translation>[Пропущено: это было похоже на фразу восстановления, а фраза никогда не печатается, даже учебная.]</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout_print.py" line="98"/>
        <location filename="../../app/holdspace/gui/handout_print.py" line="105"/>
        <source>Export PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout_print.py" line="107"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout_print.py" line="123"/>
        <source>The PDF wasn&apos;t written</source>
        <translation>PDF не записан</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout_print.py" line="124"/>
        <source>Holdspace couldn&apos;t write the file. Nothing else changed.</source>
        <translation>Holdspace не удалось записать файл. Больше ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout_print.py" line="130"/>
        <source>Saved {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout_print.py" line="141"/>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
</context>
<context>
    <name>HandoutBuilder</name>
    <message>
        <location filename="../../app/holdspace/gui/handout/document.py" line="43"/>
        <source>Facilitator sheet</source>
        <translation>Лист ведущего</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/document.py" line="43"/>
        <source>Handout</source>
        <translation>Раздаточный лист</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/document.py" line="73"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/document.py" line="82"/>
        <source>For the facilitator</source>
        <translation>Для ведущего</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/document.py" line="86"/>
        <location filename="../../app/holdspace/gui/notes_window.py" line="62"/>
        <source>Timing:</source>
        <translation>Время:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/document.py" line="88"/>
        <location filename="../../app/holdspace/gui/notes_window.py" line="65"/>
        <source>about {minutes} minutes</source>
        <translation>около {minutes} мин</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/document.py" line="95"/>
        <location filename="../../app/holdspace/gui/notes_window.py" line="74"/>
        <source>Objectives:</source>
        <translation>Цели:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/document.py" line="106"/>
        <source>Words used in this lesson</source>
        <translation>Слова из этого урока</translation>
    </message>
</context>
<context>
    <name>HandoutChoice</name>
    <message>
        <location filename="../../app/holdspace/gui/handout_print.py" line="38"/>
        <source>What would you like on paper?</source>
        <translation>Что напечатать?</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout_print.py" line="41"/>
        <source>This lesson: {title}</source>
        <translation>Этот урок: {title}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout_print.py" line="44"/>
        <source>Every lesson of “{pack}”</source>
        <translation>Все уроки набора «{pack}»</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout_print.py" line="53"/>
        <source>&amp;Facilitator sheet (with answers, hints, notes and timing)</source>
        <translation>Лист &amp;ведущего (с ответами, подсказками, заметками и временем)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout_print.py" line="56"/>
        <source>Leave this off for the learners&apos; handout: it never shows answers.</source>
        <translation>Не отмечайте для листа участников: в нём никогда нет ответов.</translation>
    </message>
</context>
<context>
    <name>HexPlaygroundWidget</name>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="93"/>
        <source>Hex playground</source>
        <translation>Мастерская hex</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="99"/>
        <source>Hex box</source>
        <translation>Поле hex</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="99"/>
        <source>for example 0x5208</source>
        <translation>например 0x5208</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="103"/>
        <source>Everyday number box</source>
        <translation>Поле обычного числа</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="102"/>
        <source>for example 21000</source>
        <translation>например 21000</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="106"/>
        <source>He&amp;x:</source>
        <translation>He&amp;x:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="107"/>
        <source>&amp;Everyday number:</source>
        <translation>Обычное &amp;число:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="110"/>
        <source>⇄ &amp;Reverse byte order</source>
        <translation>⇄ &amp;Обратный порядок байтов</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="111"/>
        <source>Reverse byte order</source>
        <translation>Обратный порядок байтов</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="112"/>
        <source>Turn the bytes around: the last pair comes first</source>
        <translation>Развернуть байты: последняя пара становится первой</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="117"/>
        <source>Bytes</source>
        <extracomment>Heading of the line that shows the hex digits in pairs, one pair per byte.</extracomment>
        <translation>Байты</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="118"/>
        <source>What the playground says</source>
        <translation>Что говорит мастерская</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="119"/>
        <source>How to answer</source>
        <translation>Как ответить</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="130"/>
        <source>Clear the box</source>
        <translation>Очистить поле</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="154"/>
        <source>When the everyday box shows your answer, press Check (or Enter).</source>
        <translation>Когда в поле обычного числа будет ваш ответ, нажмите «Проверить» (или Enter).</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="155"/>
        <source>When the hex box shows your answer, press Check (or Enter).</source>
        <translation>Когда в поле hex будет ваш ответ, нажмите «Проверить» (или Enter).</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="232"/>
        <source>= Both boxes hold the same value. As an everyday number it has {count} digits, far too many to be an amount: hex this long is an ID, like a TXID. IDs are compared, never counted with.</source>
        <translation>= В обоих полях одна и та же величина. Обычным числом в ней {count} цифр — слишком много для суммы: такой длинный hex — это идентификатор, как TXID. Идентификаторы сравнивают, ими никогда не считают.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="252"/>
        <source>In pairs: {pairs} (%n byte(s))</source>
        <translation>
            <numerusform>Парами: {pairs} (%n байт)</numerusform>
            <numerusform>Парами: {pairs} (%n байта)</numerusform>
            <numerusform>Парами: {pairs} (%n байт)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="298"/>
        <source>You reversed the digits, not the bytes. A byte is a pair of digits: keep each pair together and reverse the order of the pairs.</source>
        <translation>Вы развернули цифры, а не байты. Байт — это пара цифр: оставьте каждую пару целой и разверните порядок пар.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="303"/>
        <source>The hex box still shows the bytes in their first order. Press “Reverse byte order”, or write the pairs from last to first.</source>
        <translation>В поле hex байты всё ещё в исходном порядке. Нажмите «Обратный порядок байтов» или запишите пары от последней к первой.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="225"/>
        <source>= Both boxes hold the same amount: {hex} is {number} in everyday numbers.</source>
        <translation>= В обоих полях одна и та же величина: {hex} — это {number} обычными числами.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="184"/>
        <source>↻ That is more digits than the playground works with. Try something shorter.</source>
        <translation>↻ Это больше цифр, чем умеет мастерская. Попробуйте покороче.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="196"/>
        <source>↻ “{character}” is not a hex digit. Hex uses only 0–9 and a–f.</source>
        <translation>↻ «{character}» — не шестнадцатеричная цифра. Hex использует только 0–9 и a–f.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="199"/>
        <source>↻ Hex uses only 0–9 and a–f, with 0x in front if you like.</source>
        <translation>↻ Hex использует только 0–9 и a–f, можно с 0x в начале.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="214"/>
        <source>↻ This box takes everyday digits 0–9. Letters a–f go in the hex box.</source>
        <translation>↻ Это поле принимает обычные цифры 0–9. Буквы a–f вводятся в поле hex.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="216"/>
        <source>↻ The playground works with whole numbers from 0 upwards.</source>
        <translation>↻ Мастерская работает с целыми числами от 0 и выше.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="218"/>
        <source>↻ Only whole numbers have a hex form here, like 21000.</source>
        <translation>↻ Здесь шестнадцатеричная запись есть только у целых чисел, например 21000.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="219"/>
        <source>↻ Type digits 0–9, like 21000.</source>
        <translation>↻ Введите цифры 0–9, например 21000.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="256"/>
        <source>(A 0 was put in front so the digits make whole pairs.)</source>
        <translation>(Спереди добавлен 0, чтобы цифры составили целые пары.)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="264"/>
        <source>↻ Type some hex first, then reverse its bytes.</source>
        <translation>↻ Сначала введите что-нибудь в hex, потом разверните байты.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="272"/>
        <source>⇄ The bytes are now in the other order.</source>
        <translation>⇄ Теперь байты идут в обратном порядке.</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../app/holdspace/gui/home.py" line="121"/>
        <source>&lt;h1&gt;Welcome to Holdspace&lt;/h1&gt;&lt;p&gt;Take your time. Nothing here is timed or scored, you can try as often as you like, and everything stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Добро пожаловать в Holdspace&lt;/h1&gt;&lt;p&gt;Не торопитесь. Здесь нет ни таймеров, ни оценок, пробовать можно сколько угодно, и всё остаётся на этом компьютере.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/home.py" line="138"/>
        <source>&lt;h2&gt;Where would you like to start?&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;С чего вы хотели бы начать?&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/home.py" line="148"/>
        <source>See &amp;all lessons</source>
        <translation>Все &amp;уроки</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/home.py" line="149"/>
        <source>See all lessons</source>
        <translation>Все уроки</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/home.py" line="210"/>
        <source>Getting your lessons ready…</source>
        <translation>Готовим ваши уроки…</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/home.py" line="218"/>
        <source>Guest session: nothing you do here is saved.</source>
        <translation>Гостевой сеанс: здесь ничего не сохраняется.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/home.py" line="221"/>
        <source>Your progress is kept only on this computer. You can export it or forget it at any time from the Progress menu.</source>
        <translation>Ваш прогресс хранится только на этом компьютере. Его можно экспортировать или забыть в любое время через меню «Прогресс».</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/home.py" line="260"/>
        <source>Pick up where you left off</source>
        <translation>Продолжить с того же места</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/home.py" line="261"/>
        <source>“{title}”, step {number} of {total}</source>
        <translation>«{title}», шаг {number} из {total}</translation>
    </message>
</context>
<context>
    <name>LessonHeader</name>
    <message>
        <location filename="../../app/holdspace/gui/lesson_header.py" line="34"/>
        <source>Where you are in the lesson</source>
        <translation>Где вы в уроке</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_header.py" line="45"/>
        <source>The mistake guide</source>
        <translation>Помощь при ошибке</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_header.py" line="50"/>
        <source>Lesson title</source>
        <translation>Название урока</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_header.py" line="70"/>
        <source>Step {number} of {total}</source>
        <translation>Шаг {number} из {total}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_header.py" line="78"/>
        <source>This is the last step.</source>
        <translation>Это последний шаг.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_header.py" line="80"/>
        <source>Coming next: something to try.</source>
        <translation>Дальше: можно попробовать самому.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_header.py" line="82"/>
        <source>Coming next: something to read.</source>
        <translation>Дальше: текст для чтения.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_header.py" line="107"/>
        <source>Explored</source>
        <extracomment>Shown where the step counter was, once the learner has gone through the lesson.</extracomment>
        <translation>Пройдено</translation>
    </message>
</context>
<context>
    <name>LessonView</name>
    <message>
        <location filename="../../app/holdspace/gui/step_page.py" line="46"/>
        <source>Lesson text</source>
        <translation>Текст урока</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/step_page.py" line="63"/>
        <source>Facilitator notes</source>
        <translation>Заметки для ведущего</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/step_page.py" line="74"/>
        <source>The arrow keys scroll the page.</source>
        <translation>Клавиши со стрелками прокручивают страницу.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_view.py" line="126"/>
        <source>Go through it &amp;again</source>
        <translation>Пройти ещё &amp;раз</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_view.py" line="127"/>
        <source>Back to &amp;topics</source>
        <translation>Назад к &amp;темам</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_view.py" line="129"/>
        <source>Next &amp;lesson</source>
        <translation>Следующий &amp;урок</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_keys.py" line="98"/>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_keys.py" line="36"/>
        <source>H&amp;int</source>
        <translation>Подска&amp;зка</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_keys.py" line="40"/>
        <source>&amp;Show me</source>
        <translation>Пока&amp;жите</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_keys.py" line="103"/>
        <source>&amp;Check</source>
        <translation>П&amp;роверить</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_keys.py" line="105"/>
        <location filename="../../app/holdspace/gui/lesson_view.py" line="255"/>
        <source>&amp;Next</source>
        <translation>&amp;Дальше</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_keys.py" line="106"/>
        <source>Previous step (Page Up or Alt+Left)</source>
        <translation>Предыдущий шаг (Page Up или Alt+Влево)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_keys.py" line="107"/>
        <source>Next step (Page Down or Alt+Right)</source>
        <translation>Следующий шаг (Page Down или Alt+Вправо)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_keys.py" line="108"/>
        <source>Check my answer (Enter)</source>
        <translation>Проверить мой ответ (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_view.py" line="255"/>
        <source>Fi&amp;nish</source>
        <translation>Заверш&amp;ить</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="53"/>
        <location filename="../../app/holdspace/gui/notes_window.py" line="82"/>
        <source>Step {number} of {total}</source>
        <translation>Шаг {number} из {total}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/lesson_view.py" line="245"/>
        <source>**Facilitator notes:** </source>
        <translation>**Заметки для ведущего:** </translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="69"/>
        <source>&lt;h2&gt;All lessons&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Все уроки&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="76"/>
        <source>Lesson</source>
        <translation>Урок</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="76"/>
        <source>Where you are</source>
        <translation>Где вы сейчас</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="77"/>
        <source>Lessons by topic</source>
        <translation>Уроки по темам</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="90"/>
        <source>About this lesson</source>
        <translation>Об этом уроке</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="97"/>
        <source>&amp;Open lesson</source>
        <translation>&amp;Открыть урок</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="98"/>
        <source>Open lesson</source>
        <translation>Открыть урок</translation>
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
        <translation>пока на английском</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="182"/>
        <source>⚠ can&apos;t open yet</source>
        <translation>⚠ пока не открывается</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="191"/>
        <source>{pack}: not placed in a topic yet</source>
        <translation>{pack}: пока без темы</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="246"/>
        <source>new</source>
        <extracomment>A lesson&apos;s mark in the lesson list: not opened yet. A plain fact, never a judgement.</extracomment>
        <translation>новый</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="248"/>
        <source>✓ explored</source>
        <translation>✓ пройден</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="250"/>
        <source>in progress, step {number} of {total}</source>
        <translation>в процессе, шаг {number} из {total}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/holdspace/gui/library.py" line="302"/>
        <source>About %n minute(s).</source>
        <translation>
            <numerusform>Около %n минуты.</numerusform>
            <numerusform>Около %n минут.</numerusform>
            <numerusform>Около %n минут.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/holdspace/gui/library.py" line="303"/>
        <source>%n step(s).</source>
        <translation>
            <numerusform>%n шаг.</numerusform>
            <numerusform>%n шага.</numerusform>
            <numerusform>%n шагов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="308"/>
        <source>After this lesson you can:</source>
        <translation>После этого урока вы сможете:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="320"/>
        <source>This lesson can&apos;t open yet. The lesson file needs mending; every other lesson works as usual.</source>
        <translation>Этот урок пока не открывается. Файл урока нужно поправить; все остальные уроки работают как обычно.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/library.py" line="325"/>
        <source>For whoever wrote it:</source>
        <translation>Для автора:</translation>
    </message>
</context>
<context>
    <name>LineButton</name>
    <message>
        <location filename="../../app/holdspace/gui/steps/explorer_parts.py" line="113"/>
        <source>▶ {line} (picked)</source>
        <translation>▶ {line} (выбрано)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/holdspace/gui/helpbar.py" line="33"/>
        <location filename="../../app/holdspace/gui/helpbar.py" line="35"/>
        <source>Help bar</source>
        <translation>Панель помощи</translation>
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
        <translation>Гостевой сеанс</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="33"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="97"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="34"/>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="72"/>
        <source>&amp;Home</source>
        <translation>&amp;Главная</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="74"/>
        <source>All &amp;lessons</source>
        <translation>Все &amp;уроки</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="35"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="104"/>
        <source>&amp;Larger text</source>
        <translation>&amp;Крупнее текст</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="110"/>
        <source>&amp;Smaller text</source>
        <translation>&amp;Мельче текст</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="116"/>
        <source>&amp;Normal text size</source>
        <translation>&amp;Обычный размер текста</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="90"/>
        <source>&amp;Open a lesson pack…</source>
        <translation>Открыть &amp;набор уроков…</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="123"/>
        <source>F&amp;acilitator notes</source>
        <translation>&amp;Заметки для ведущего</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="36"/>
        <source>&amp;Progress</source>
        <translation>&amp;Прогресс</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="79"/>
        <source>&amp;Export my progress…</source>
        <translation>&amp;Экспортировать мой прогресс…</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="82"/>
        <source>&amp;Forget my progress…</source>
        <translation>&amp;Забыть мой прогресс…</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="37"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="47"/>
        <source>I think I made a &amp;mistake</source>
        <translation>Кажется, я &amp;ошибся(-лась)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="51"/>
        <source>&amp;Glossary</source>
        <translation>&amp;Глоссарий</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="85"/>
        <source>&amp;About Holdspace</source>
        <translation>О &amp;программе Holdspace</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="56"/>
        <source>A calm guide for the first minutes (F1)</source>
        <translation>Спокойное руководство на первые минуты (F1)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/menu_bar.py" line="59"/>
        <source>Words from the lessons, in plain language (Ctrl+G)</source>
        <translation>Слова из уроков простым языком (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/window.py" line="348"/>
        <source>Your progress isn&apos;t being saved right now; the lesson works as usual.</source>
        <translation>Сейчас ваш прогресс не сохраняется; урок работает как обычно.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/window.py" line="381"/>
        <source>nowhere (guest session)</source>
        <translation>нигде (гостевой сеанс)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/language.py" line="27"/>
        <source>Lan&amp;guage</source>
        <extracomment>The menu that lists languages, each written in its own words.</extracomment>
        <translation>&amp;Язык</translation>
    </message>
</context>
<context>
    <name>MeetupMenu</name>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="31"/>
        <source>&amp;Reload packs</source>
        <translation>&amp;Перечитать наборы</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="33"/>
        <source>Read the open lesson packs again from disk (Ctrl+R)</source>
        <translation>Заново прочитать открытые наборы уроков с диска (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="36"/>
        <source>Show only &amp;this pack</source>
        <translation>Показывать &amp;только этот набор</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="40"/>
        <source>&amp;Print…</source>
        <translation>П&amp;ечать…</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="41"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Экспорт в PDF…</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="44"/>
        <source>&amp;Next person…</source>
        <translation>Следующий &amp;человек…</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="47"/>
        <source>A fresh start for the next person on this laptop; nothing they do is saved</source>
        <translation>Чистый старт для следующего человека за этим компьютером; ничего из сделанного им не сохраняется</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="62"/>
        <source>Open a lesson pack</source>
        <translation>Открыть набор уроков</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="64"/>
        <source>Lesson packs (pack.yaml *.zip)</source>
        <translation>Наборы уроков (pack.yaml *.zip)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/errors.py" line="26"/>
        <source>This pack can&apos;t open yet</source>
        <translation>Этот набор пока не открывается</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/errors.py" line="27"/>
        <source>Holdspace couldn&apos;t read this lesson pack. The details below say what needs mending.</source>
        <translation>Holdspace не удалось прочитать этот набор уроков. Ниже подробно сказано, что нужно поправить.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="82"/>
        <source>Lesson packs read again from disk.</source>
        <translation>Наборы уроков заново прочитаны с диска.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="98"/>
        <source>A lesson pack can&apos;t open yet</source>
        <translation>Набор уроков пока не открывается</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="99"/>
        <source>A pack couldn&apos;t be read again. Every other lesson works as usual.</source>
        <translation>Один набор не удалось прочитать заново. Все остальные уроки работают как обычно.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="146"/>
        <source>Ready for the next person?</source>
        <translation>Готово для следующего человека?</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/meetup_menu.py" line="148"/>
        <source>This closes the lesson on screen and starts a fresh guest session: the next person sees no one&apos;s progress, and nothing they do is saved. Progress saved on this computer before stays as it is.

Start fresh?</source>
        <translation>Урок на экране закроется и начнётся новый гостевой сеанс: следующий человек не увидит ничьего прогресса, и ничего из сделанного им не сохранится. Прогресс, уже сохранённый на этом компьютере, останется как есть.

Начать заново?</translation>
    </message>
</context>
<context>
    <name>NotesWindow</name>
    <message>
        <location filename="../../app/holdspace/gui/notes_window.py" line="29"/>
        <source>Facilitator notes — Holdspace</source>
        <translation>Заметки ведущего — Holdspace</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/notes_window.py" line="30"/>
        <source>Facilitator notes</source>
        <translation>Заметки ведущего</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/notes_window.py" line="34"/>
        <source>Facilitator notes for this step</source>
        <translation>Заметки ведущего к этому шагу</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/notes_window.py" line="53"/>
        <source>Open a lesson: its notes appear here, step by step.</source>
        <translation>Откройте урок: его заметки появятся здесь, шаг за шагом.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/notes_window.py" line="91"/>
        <source>No notes for this step.</source>
        <translation>К этому шагу заметок нет.</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <location filename="../../app/holdspace/gui/app.py" line="246"/>
        <source>A fresh start for your progress</source>
        <translation>Новый старт для вашего прогресса</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/app.py" line="247"/>
        <source>Holdspace couldn&apos;t read your saved progress, so it put that file aside and started a fresh one. Nothing was deleted; the old file is here:

{path}</source>
        <translation>Holdspace не смог прочитать сохранённый прогресс, поэтому отложил этот файл в сторону и начал новый. Ничего не удалено; старый файл здесь:

{path}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/app.py" line="258"/>
        <source>Progress won&apos;t be saved this time</source>
        <translation>В этот раз прогресс не сохранится</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/app.py" line="259"/>
        <source>Holdspace couldn&apos;t write to its folder, so this is a guest session: everything works, but nothing is saved.</source>
        <translation>Holdspace не смог записать в свою папку, поэтому это гостевой сеанс: всё работает, но ничего не сохраняется.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/app.py" line="269"/>
        <source>A lesson pack can&apos;t open yet</source>
        <translation>Набор уроков пока не открывается</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/app.py" line="270"/>
        <source>One lesson pack couldn&apos;t be read. Every other lesson works as usual.</source>
        <translation>Один набор уроков не удалось прочитать. Все остальные уроки работают как обычно.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="21"/>
        <source>Export my progress</source>
        <translation>Экспортировать мой прогресс</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="23"/>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="33"/>
        <source>Export didn&apos;t finish</source>
        <translation>Экспорт не завершился</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="34"/>
        <source>The file couldn&apos;t be written there. Try another folder.</source>
        <translation>Не получилось записать файл туда. Попробуйте другую папку.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="41"/>
        <source>Your progress is saved</source>
        <translation>Ваш прогресс сохранён</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="42"/>
        <source>Your progress was saved to:

{file}</source>
        <translation>Ваш прогресс сохранён сюда:

{file}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="53"/>
        <source>Export my progress?</source>
        <translation>Экспортировать мой прогресс?</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="54"/>
        <source>The file lists the lessons you opened and explored, where you paused, and your own checklist answers (for example, that you keep a paper backup). Tries and hints are in it only so Holdspace can help sooner; they are not a score.

Anyone who opens the file can read this, so keep it somewhere private.</source>
        <translation>В файле указано, какие уроки вы открыли и изучили, где остановились, и ваши собственные ответы в списках проверки (например, что у вас есть бумажная резервная копия). Попытки и подсказки записаны там только для того, чтобы Holdspace мог помочь раньше; это не оценка.

Любой, кто откроет файл, сможет это прочитать, поэтому храните его в надёжном месте.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="64"/>
        <source>Choose where to save…</source>
        <translation>Выбрать, куда сохранить…</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="76"/>
        <source>Forget my progress?</source>
        <translation>Забыть мой прогресс?</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="77"/>
        <source>This clears which lessons you have opened and explored on this computer. The lessons themselves stay. This can&apos;t be undone.

Forget my progress?</source>
        <translation>Это сотрёт сведения о том, какие уроки вы открывали и прошли на этом компьютере. Сами уроки останутся. Отменить это нельзя.

Забыть мой прогресс?</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="93"/>
        <source>Your progress wasn&apos;t forgotten</source>
        <translation>Ваш прогресс не был стёрт</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/progress.py" line="94"/>
        <source>Holdspace couldn&apos;t change its progress file just now, so nothing was cleared. Try again later.</source>
        <translation>Holdspace сейчас не смог изменить файл прогресса, поэтому ничего не стёрто. Попробуйте позже.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/markdown_view.py" line="31"/>
        <source>This link stays closed</source>
        <translation>Эта ссылка остаётся закрытой</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/markdown_view.py" line="32"/>
        <source>Holdspace only opens secure web links (https). This one points to:

{address}</source>
        <translation>Holdspace открывает только защищённые веб-ссылки (https). Эта ведёт сюда:

{address}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/markdown_view.py" line="40"/>
        <source>Open a web page?</source>
        <translation>Открыть веб-страницу?</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/markdown_view.py" line="41"/>
        <source>This opens the page below in your web browser. Holdspace itself never goes online.

{address}

Open it?</source>
        <translation>Страница ниже откроется в вашем браузере. Сам Holdspace никогда не выходит в интернет.

{address}

Открыть?</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/about.py" line="28"/>
        <source>This file is missing from this copy of Holdspace: {file}</source>
        <translation>В этой копии Holdspace нет файла: {file}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/about.py" line="34"/>
        <source>&lt;h2&gt;Holdspace {version}&lt;/h2&gt;&lt;p&gt;Gentle lessons for people new to crypto: hexadecimal, blockchain explorers, profit &amp;amp; loss, and keeping your own keys safe.&lt;/p&gt;&lt;p&gt;Nothing is timed or scored. Holdspace never goes online and never asks for a recovery phrase.&lt;/p&gt;&lt;p&gt;Your progress is kept here: &lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;If something goes astray, a note for the people who make Holdspace is kept here: &lt;br&gt;&lt;code&gt;{log}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Holdspace is free software under the MIT licence. It is built on Qt, used under the LGPL version 3, and on the other projects named under “Third-party notices”.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Holdspace {version}&lt;/h2&gt;&lt;p&gt;Бережные уроки для тех, кто только знакомится с криптовалютой: шестнадцатеричные числа, обозреватели блокчейна, прибыль и убытки, и как надёжно хранить свои ключи.&lt;/p&gt;&lt;p&gt;Здесь нет таймеров и оценок. Holdspace никогда не выходит в интернет и никогда не просит фразу восстановления.&lt;/p&gt;&lt;p&gt;Ваш прогресс хранится здесь: &lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Если что-то пойдёт не так, как ожидалось, заметка для создателей Holdspace сохраняется здесь: &lt;br&gt;&lt;code&gt;{log}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Holdspace — свободная программа под лицензией MIT. Она построена на Qt, который используется по лицензии LGPL версии 3, и на других проектах, перечисленных в разделе «Сторонние компоненты».&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/about.py" line="64"/>
        <source>About Holdspace</source>
        <translation>О программе Holdspace</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/about.py" line="75"/>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/about.py" line="76"/>
        <source>Third-party notices</source>
        <translation>Сторонние компоненты</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/dialogs/about.py" line="77"/>
        <source>About</source>
        <translation>О программе</translation>
    </message>
</context>
<context>
    <name>PasteCheckWidget</name>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="105"/>
        <source>Paste an address or a TXID here (Ctrl+V)</source>
        <translation>Вставьте сюда адрес или TXID (Ctrl+V)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="105"/>
        <source>Paste box</source>
        <translation>Поле для вставки</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="107"/>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="121"/>
        <source>Clear the box</source>
        <translation>Очистить поле</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="108"/>
        <source>P&amp;aste here:</source>
        <translation>Вс&amp;тавьте сюда:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="109"/>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="136"/>
        <source>What Holdspace sees</source>
        <translation>Что видит Holdspace</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="116"/>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="143"/>
        <source>The address you meant</source>
        <translation>Адрес, который вы имели в виду</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="119"/>
        <source>Paste the address to compare (Ctrl+V)</source>
        <translation>Вставьте адрес для сравнения (Ctrl+V)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="119"/>
        <source>The address in the send box</source>
        <translation>Адрес в поле отправки</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="125"/>
        <source>The address you &amp;meant:</source>
        <translation>Адрес, который вы &amp;имели в виду:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="126"/>
        <source>The address in the sen&amp;d box:</source>
        <translation>Адрес в поле &amp;отправки:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="127"/>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="174"/>
        <source>Practice note</source>
        <translation>Учебная пометка</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="130"/>
        <source>PRACTICE: the send box starts with a made-up look-alike. It is not anyone&apos;s real address.</source>
        <translation>ПРАКТИКА: в поле отправки сначала стоит придуманный адрес-двойник. Это ничей настоящий адрес.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="145"/>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="145"/>
        <source>&lt;b&gt;The address you meant:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Адрес, который вы имели в виду:&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="149"/>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="151"/>
        <source>Which of these is the same address? Compare every group of four.</source>
        <translation>Какой из них — тот же самый адрес? Сравните каждую группу из четырёх.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="159"/>
        <source>Address &amp;{number}</source>
        <translation>Адрес &amp;{number}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="161"/>
        <source>Address {number}: {address}</source>
        <translation>Адрес {number}: {address}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="165"/>
        <source>Address {number}</source>
        <translation>Адрес {number}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="177"/>
        <source>PRACTICE: all but one of these are look-alikes made up for this drill. None of them is a real address.</source>
        <translation>ПРАКТИКА: все, кроме одного, — двойники, придуманные для этого упражнения. Ни один из них не настоящий адрес.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="212"/>
        <source>The clipboard was emptied too, so it can&apos;t be pasted again by accident.</source>
        <translation>Буфер обмена тоже очищен, чтобы это нельзя было случайно вставить снова.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="36"/>
        <source>↻ This looks like ordinary sentences, not an address or a TXID. Copy only the code itself: the Copy button beside it in the lesson takes exactly that.</source>
        <translation>↻ Это похоже на обычные предложения, а не на адрес или TXID. Копируйте только сам код: кнопка «Копировать» рядом с ним в уроке берёт ровно его.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="44"/>
        <source>&lt;b&gt;What it is:&lt;/b&gt; {kind}</source>
        <translation>&lt;b&gt;Что это:&lt;/b&gt; {kind}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="49"/>
        <source>&lt;b&gt;Checksum:&lt;/b&gt; {checksum}</source>
        <translation>&lt;b&gt;Контрольная сумма (checksum):&lt;/b&gt; {checksum}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="55"/>
        <source>&lt;b&gt;Networks that use this format:&lt;/b&gt; {networks}</source>
        <translation>&lt;b&gt;Сети, которые используют этот формат:&lt;/b&gt; {networks}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="62"/>
        <source>&lt;b&gt;In groups of four:&lt;/b&gt; {groups}</source>
        <translation>&lt;b&gt;Группами по четыре:&lt;/b&gt; {groups}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="77"/>
        <source>↻ This form carries no checksum, so compare it by eye, group by group.</source>
        <translation>↻ У этой формы нет контрольной суммы, поэтому сравнивайте глазами, группа за группой.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="82"/>
        <source>✓ The checksum holds: no character was changed by accident.</source>
        <translation>✓ Контрольная сумма сходится: ни один символ не изменился случайно.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="86"/>
        <source>△ The checksum does not hold. A character may have changed or gone missing. Copy it again from the place you trust.</source>
        <translation>△ Контрольная сумма не сходится. Возможно, какой-то символ изменился или пропал. Скопируйте ещё раз из места, которому вы доверяете.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="91"/>
        <source>↻ This kind of text carries no checksum, so compare it by eye, group by group.</source>
        <translation>↻ У такого текста нет контрольной суммы, поэтому сравнивайте глазами, группа за группой.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="99"/>
        <source>A Bitcoin address of the oldest kind (P2PKH; it starts with 1 on the main network).</source>
        <translation>Bitcoin-адрес самого старого типа (P2PKH; в основной сети начинается с 1).</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="103"/>
        <source>A Bitcoin script address (P2SH; it starts with 3 on the main network).</source>
        <translation>Bitcoin-адрес скрипта (P2SH; в основной сети начинается с 3).</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="107"/>
        <source>A Bitcoin SegWit address (P2WPKH; it starts with bc1q).</source>
        <translation>Bitcoin-адрес SegWit (P2WPKH; начинается с bc1q).</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="110"/>
        <source>A Bitcoin SegWit script address (P2WSH; a long one starting with bc1q).</source>
        <translation>Bitcoin-адрес скрипта SegWit (P2WSH; длинный, начинается с bc1q).</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="114"/>
        <source>A Bitcoin Taproot address (P2TR; it starts with bc1p).</source>
        <translation>Bitcoin-адрес Taproot (P2TR; начинается с bc1p).</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="117"/>
        <source>A Bitcoin SegWit address of a newer kind that few wallets use yet.</source>
        <translation>Bitcoin-адрес SegWit более нового типа, который пока поддерживают немногие кошельки.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="120"/>
        <source>An Ethereum-style address: 0x and 40 hex characters.</source>
        <translation>Адрес в стиле Ethereum: 0x и 40 шестнадцатеричных символов.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="123"/>
        <source>A Bitcoin transaction ID (TXID): 64 hex characters.</source>
        <translation>ID транзакции Bitcoin (TXID): 64 шестнадцатеричных символа.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="126"/>
        <source>An Ethereum-style transaction hash: 0x and 64 hex characters.</source>
        <translation>Хеш транзакции в стиле Ethereum: 0x и 64 шестнадцатеричных символа.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="129"/>
        <source>A recovery phrase. Holdspace did not keep it and does not show it.</source>
        <translation>Фраза восстановления. Holdspace её не сохранил и не показывает.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="132"/>
        <source>A Bitcoin private key. Holdspace did not keep it and does not show it.</source>
        <translation>Закрытый ключ Bitcoin. Holdspace его не сохранил и не показывает.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="136"/>
        <source>A number written in hex.</source>
        <translation>Число, записанное в hex.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="139"/>
        <source>Nothing Holdspace recognises. It may be from another network, or part of it may be missing.</source>
        <translation>Holdspace это не распознаёт. Возможно, это из другой сети или часть потерялась.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="149"/>
        <source>Spaces around it were left out: they are not part of it.</source>
        <translation>Пробелы по краям убраны: они не часть текста.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="152"/>
        <source>Invisible characters were left out. They sometimes come along when copying from a web page.</source>
        <translation>Невидимые символы убраны. Они иногда попадают при копировании с веб-страницы.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="157"/>
        <source>Spaces inside it were left out, as when it is written in groups.</source>
        <translation>Пробелы внутри убраны, как бывает, когда текст записан группами.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="160"/>
        <source>Only digits: this could be an everyday number or hex. Look for 0x or the letters a to f.</source>
        <translation>Только цифры: это может быть обычное число или hex. Поищите 0x или буквы от a до f.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="165"/>
        <source>The mix of capital and small letters is a checksum (EIP-55), and it holds.</source>
        <translation>Смесь заглавных и строчных букв — это контрольная сумма (EIP-55), и она сходится.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="169"/>
        <source>All small letters: this form has no checksum, so a typo would not be noticed.</source>
        <translation>Все буквы строчные: у этой формы нет контрольной суммы, поэтому опечатку никто не заметит.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="173"/>
        <source>All capital letters: this form has no checksum, so a typo would not be noticed.</source>
        <translation>Все буквы заглавные: у этой формы нет контрольной суммы, поэтому опечатку никто не заметит.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="177"/>
        <source>The checksum does not match: at least one character is not the one that was copied.</source>
        <translation>Контрольная сумма не совпадает: как минимум один символ не тот, что был скопирован.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="181"/>
        <source>It carries the checksum of another SegWit version: a character near the start may have changed.</source>
        <translation>У него контрольная сумма другой версии SegWit: возможно, изменился символ ближе к началу.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="186"/>
        <source>It is longer or shorter than this kind of text: a character may be missing or extra.</source>
        <translation>Он длиннее или короче, чем бывает такой текст: возможно, символ пропал или лишний.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="190"/>
        <source>It holds a character this kind of text never uses.</source>
        <translation>В нём есть символ, который в таком тексте не встречается.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="193"/>
        <source>It mixes capital and small letters, which this kind never does.</source>
        <translation>В нём смешаны заглавные и строчные буквы, чего у такого текста не бывает.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="196"/>
        <source>The last characters don&apos;t fit together: the end may have been cut.</source>
        <translation>Последние символы не сходятся между собой: возможно, конец обрезан.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="199"/>
        <source>The character after bc1 is not one a Bitcoin address uses.</source>
        <translation>Символ после bc1 не из тех, что бывают в Bitcoin-адресе.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="202"/>
        <source>The start that names the network is missing.</source>
        <translation>Нет начала, которое называет сеть.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="205"/>
        <source>It starts in a way Holdspace doesn&apos;t know.</source>
        <translation>Начинается так, как Holdspace не знает.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="208"/>
        <source>Its first byte names no address type Holdspace knows.</source>
        <translation>Первый байт не называет ни одного типа адреса, известного Holdspace.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="211"/>
        <source>The 0x at the start is missing. Wallets expect it.</source>
        <translation>В начале нет 0x. Кошельки его ждут.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="214"/>
        <source>This is for a test network. Coins there have no value.</source>
        <translation>Это для тестовой сети. Монеты там ничего не стоят.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="217"/>
        <source>A newer SegWit version: many wallets can&apos;t send to it yet.</source>
        <translation>Более новая версия SegWit: многие кошельки пока не могут на неё отправлять.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="220"/>
        <source>The same address exists on every network in this list. Coins sent on one network stay on that network.</source>
        <translation>Такой же адрес есть в каждой сети из этого списка. Монеты, отправленные в одной сети, остаются в этой сети.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="225"/>
        <source>Look it up on the explorer of the network it was sent on. Another network&apos;s explorer will say “not found”.</source>
        <translation>Ищите его в обозревателе той сети, в которой была отправка. Обозреватель другой сети скажет «not found» (не найдено).</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="230"/>
        <source>Explorers show Bitcoin IDs with the bytes in reverse order. If one is not found, its bytes may be the other way round.</source>
        <translation>Обозреватели показывают ID в Bitcoin с байтами в обратном порядке. Если ID не находится, возможно, его байты развёрнуты.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="235"/>
        <source>It starts with many zeros, like a block hash. Block hashes and TXIDs have the same shape.</source>
        <translation>Начинается со многих нулей, как хеш блока. У хешей блоков и TXID одинаковая форма.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="240"/>
        <source>A private key can have this same shape. If it came from a screen about keys or exports, keep it to yourself.</source>
        <translation>Закрытый ключ может выглядеть так же. Если это с экрана о ключах или экспорте, держите это при себе.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="245"/>
        <source>Whoever has a private key can take the coins. Never share it. If you pasted it anywhere else, move the coins to a new wallet soon.</source>
        <translation>Тот, у кого есть закрытый ключ, может забрать монеты. Никогда им не делитесь. Если вы вставили его где-то ещё, скорее переведите монеты в новый кошелёк.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="250"/>
        <source>No real service needs your recovery phrase. If you typed it into a website or a chat, move your coins to a new wallet with a new phrase today.</source>
        <translation>Ни одному настоящему сервису не нужна ваша фраза восстановления. Если вы ввели её на сайте или в чате, сегодня же переведите монеты в новый кошелёк с новой фразой.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="256"/>
        <source>The number of words is unusual for a recovery phrase.</source>
        <translation>Для фразы восстановления необычное число слов.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="259"/>
        <source>Most of these words are recovery-phrase words. Keep them private; they were cleared from the box.</source>
        <translation>Большинство этих слов — слова фраз восстановления. Держите их при себе; из поля они стёрты.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check_words.py" line="264"/>
        <source>Holdspace did not keep it and does not show it.</source>
        <translation>Holdspace его не сохранил и не показывает.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="230"/>
        <source>Put an address in both boxes to compare them.</source>
        <translation>Вставьте адрес в оба поля, чтобы сравнить их.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="241"/>
        <source>△ The first and last four characters match, but the middle does not. This is the trick of address poisoning: always compare the middle too.</source>
        <translation>△ Первые и последние четыре символа совпадают, а середина — нет. Это уловка «отравления адреса» (address poisoning): всегда сравнивайте и середину.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="250"/>
        <source>Meant:</source>
        <translation>Имелся в виду:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="250"/>
        <source>Send box:</source>
        <translation>Поле отправки:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="261"/>
        <source>Groups that differ are in [brackets]; the characters that differ are underlined.</source>
        <translation>Отличающиеся группы — в [скобках]; отличающиеся символы подчёркнуты.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="269"/>
        <source>✓ The same, character for character.</source>
        <translation>✓ Совпадает символ в символ.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="273"/>
        <source>≈ Only capital and small letters differ. For this kind of text it is still the same.</source>
        <translation>≈ Отличаются только заглавные и строчные буквы. Для такого текста это всё равно то же самое.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="277"/>
        <source>≠ Only capital and small letters differ, and here that matters: treat them as different.</source>
        <translation>≠ Отличаются только заглавные и строчные буквы, и здесь это важно: считайте их разными.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="282"/>
        <source>≠ Not the same. Characters that differ: {count}. Groups where they are: {groups}.</source>
        <translation>≠ Не совпадает. Отличающихся символов: {count}. Группы, где они: {groups}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="309"/>
        <source>Only capital and small letters differ, and here that matters: it is not the text meant.</source>
        <translation>Отличаются только заглавные и строчные буквы, и здесь это важно: это не тот текст.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="316"/>
        <source>%n character(s) differ from the text meant. Groups of four where they are: {groups}.</source>
        <extracomment>{groups} lists the groups of four characters that differ, e.g. &quot;3, 7&quot;.</extracomment>
        <translation>
            <numerusform>%n символ отличается от нужного текста. Группы по четыре, где он: {groups}.</numerusform>
            <numerusform>%n символа отличаются от нужного текста. Группы по четыре, где они: {groups}.</numerusform>
            <numerusform>%n символов отличаются от нужного текста. Группы по четыре, где они: {groups}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="323"/>
        <source>The first and last characters match and the middle does not: that is how look-alike addresses fool people.</source>
        <translation>Первые и последние символы совпадают, а середина — нет: именно так адреса-двойники обманывают людей.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="336"/>
        <source>✓ The same address.</source>
        <translation>✓ Тот же адрес.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="340"/>
        <source>≠ A practice look-alike. Groups that differ: {groups}.</source>
        <translation>≠ Учебный двойник. Отличающиеся группы: {groups}.</translation>
    </message>
</context>
<context>
    <name>PnlWidget</name>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl.py" line="63"/>
        <source>The trades: {trades}</source>
        <translation>Сделки: {trades}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl.py" line="68"/>
        <location filename="../../app/holdspace/gui/steps/pnl.py" line="130"/>
        <source>The working, line by line</source>
        <translation>Расчёт, строка за строкой</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl.py" line="76"/>
        <source>Your &amp;answer:</source>
        <translation>Ваш &amp;ответ:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl.py" line="78"/>
        <source>an amount, for example 14.00</source>
        <translation>сумма, например 14.00</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl.py" line="79"/>
        <source>Your answer</source>
        <translation>Ваш ответ</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl.py" line="81"/>
        <source>Clear the box</source>
        <translation>Очистить поле</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl.py" line="160"/>
        <source>Breakdown: {method}</source>
        <translation>Разбор: {method}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl.py" line="160"/>
        <source>Breakdown</source>
        <translation>Разбор</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl.py" line="175"/>
        <source>{label}: {amount}.</source>
        <translation>{label}: {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl.py" line="179"/>
        <source>{label}: {amount}, which brings the total to {total}.</source>
        <translation>{label}: {amount}, и итог становится {total}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl.py" line="184"/>
        <source>Waterfall chart, from the expected profit to the actual one</source>
        <translation>Каскадная диаграмма, от ожидаемой прибыли к фактической</translation>
    </message>
</context>
<context>
    <name>PnlWords</name>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="69"/>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="131"/>
        <source>Price of one coin now: {price}</source>
        <translation>Цена одной монеты сейчас: {price}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="80"/>
        <source>Trade</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="81"/>
        <source>Buy or sell</source>
        <translation>Покупка или продажа</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="82"/>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="106"/>
        <source>How much</source>
        <translation>Сколько</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="83"/>
        <source>Price of one coin</source>
        <translation>Цена одной монеты</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="84"/>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="120"/>
        <source>Fee</source>
        <translation>Комиссия (Fee)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="89"/>
        <source>buy</source>
        <extracomment>In the trades table, the Buy-or-sell column: one word, small letters.</extracomment>
        <translation>покупка</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="89"/>
        <source>sell</source>
        <translation>продажа</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="105"/>
        <source>Buy</source>
        <translation>Покупка (Buy)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="105"/>
        <source>Sell</source>
        <translation>Продажа (Sell)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="107"/>
        <source>Price on the chart</source>
        <translation>Цена на графике</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="112"/>
        <source>Price offered (ask for a buy, bid for a sell)</source>
        <translation>Предложенная цена (ask при покупке, bid при продаже)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="118"/>
        <source>Price the order filled at</source>
        <translation>Цена исполнения ордера</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="140"/>
        <source>Average cost</source>
        <translation>Средняя цена</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="141"/>
        <source>FIFO (first in, first out)</source>
        <translation>FIFO (первым пришёл — первым ушёл)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="151"/>
        <source>Method: average cost. Every coin held costs the same: all that was paid, fees included, divided by the number of coins.</source>
        <translation>Метод: средняя цена. Каждая монета на руках стоит одинаково: всё заплаченное, с комиссиями, делённое на число монет.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="156"/>
        <source>Method: FIFO (first in, first out). The coins bought first are sold first.</source>
        <translation>Метод: FIFO (первым пришёл — первым ушёл). Монеты, купленные первыми, продаются первыми.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="161"/>
        <source>On the chart the price went from {buy} to {sell}. For {quantity} of a coin, that promised {amount}.</source>
        <translation>На графике цена прошла от {buy} до {sell}. Для {quantity} монеты это обещало {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="172"/>
        <source>Spread on the buy: the asking price was {quote}, not the {seen} on the chart. {quantity} × the gap = {amount}.</source>
        <translation>Спред при покупке: цена продавца была {quote}, а не {seen} с графика. {quantity} × разница = {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="177"/>
        <source>Spread on the sell: the bid was {quote}, not the {seen} on the chart. {quantity} × the gap = {amount}.</source>
        <translation>Спред при продаже: цена покупателя была {quote}, а не {seen} с графика. {quantity} × разница = {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="190"/>
        <source>Slippage on the buy: the order filled at {fill}, not the {quote} offered. {quantity} × the gap = {amount}.</source>
        <translation>Проскальзывание при покупке: ордер исполнился по {fill}, а не по предложенной {quote}. {quantity} × разница = {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="195"/>
        <source>Slippage on the sell: the order filled at {fill}, not the {quote} offered. {quantity} × the gap = {amount}.</source>
        <translation>Проскальзывание при продаже: ордер исполнился по {fill}, а не по предложенной {quote}. {quantity} × разница = {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="211"/>
        <source>From the prices really paid and received, {buy} to {sell}: {amount} before fees.</source>
        <translation>По ценам, реально уплаченным и полученным, от {buy} до {sell}: {amount} до комиссий.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="217"/>
        <source>What the coins sold brought in, less what they cost, before fees: {amount}.</source>
        <translation>Сколько принесли проданные монеты, минус их стоимость, до комиссий: {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="222"/>
        <source>Fee on the buy, for the coins still held (it is part of their cost): {amount}.</source>
        <translation>Комиссия за покупку, за монеты, которые ещё на руках (это часть их стоимости): {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="225"/>
        <source>Fee on the buy, for the coins sold: {amount}.</source>
        <translation>Комиссия за покупку, за проданные монеты: {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="228"/>
        <source>Fee on the sell: {amount}.</source>
        <translation>Комиссия за продажу: {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="231"/>
        <source>Realised loss (sold, so it is fixed): {amount}.</source>
        <translation>Зафиксированный убыток (продано, поэтому он окончательный): {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="233"/>
        <source>Realised profit (sold, so it is fixed): {amount}.</source>
        <translation>Зафиксированная прибыль (продано, поэтому она окончательная): {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="237"/>
        <source>The {quantity} still held cost {paid} a coin before fees; the price now is {price}. The difference: {amount}.</source>
        <translation>{quantity} на руках стоили {paid} за монету до комиссий; сейчас цена {price}. Разница: {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="248"/>
        <source>Unrealised loss, on paper at {price}: {amount}. It moves with the price until you sell.</source>
        <translation>Бумажный убыток по цене {price}: {amount}. Он меняется вместе с ценой, пока вы не продадите.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="253"/>
        <source>Unrealised profit, on paper at {price}: {amount}. It moves with the price until you sell.</source>
        <translation>Бумажная прибыль по цене {price}: {amount}. Она меняется вместе с ценой, пока вы не продадите.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="259"/>
        <source>Actual loss, after everything above: {amount}.</source>
        <translation>Фактический убыток, после всего вышеперечисленного: {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="261"/>
        <source>Actual profit, after everything above: {amount}.</source>
        <translation>Фактическая прибыль, после всего вышеперечисленного: {amount}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="270"/>
        <source>Expected</source>
        <extracomment>Short labels under the bars of the waterfall chart, from the expected profit to the actual one.</extracomment>
        <translation>Ожидалось</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="271"/>
        <source>Spread, buy</source>
        <translation>Спред, покупка</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="271"/>
        <source>Spread, sell</source>
        <translation>Спред, продажа</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="272"/>
        <source>Slippage, buy</source>
        <translation>Проскальз., покупка</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="272"/>
        <source>Slippage, sell</source>
        <translation>Проскальз., продажа</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="273"/>
        <source>Before fees</source>
        <translation>До комиссий</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="274"/>
        <source>Buy fee, coins held</source>
        <translation>Комиссия покупки, на руках</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="276"/>
        <source>Buy fee</source>
        <translation>Комиссия покупки</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="277"/>
        <source>Sell fee</source>
        <translation>Комиссия продажи</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="278"/>
        <source>Realised</source>
        <translation>Зафиксировано</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="279"/>
        <source>Price change, coins held</source>
        <translation>Изменение цены, на руках</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="280"/>
        <source>Unrealised</source>
        <translation>На бумаге</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/pnl_words.py" line="281"/>
        <source>Actual</source>
        <translation>Фактически</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <location filename="../../app/holdspace/gui/presenter.py" line="75"/>
        <source>&amp;Presenter mode</source>
        <translation>Режим &amp;показа</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/presenter.py" line="78"/>
        <source>Full screen with large type; Page Down/Up move on, B blanks the screen (F5)</source>
        <translation>Полный экран и крупный шрифт; Page Down/Page Up листают, B затемняет экран (F5)</translation>
    </message>
</context>
<context>
    <name>SeedPracticeWidget</name>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="133"/>
        <source>PRACTICE phrase drill</source>
        <translation>Упражнение с УЧЕБНОЙ фразой</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="154"/>
        <source>◆ PRACTICE. Holdspace made this phrase a moment ago, only for practice. It guards no coins, it is never saved, and it is gone when you leave this step.</source>
        <translation>◆ ПРАКТИКА. Holdspace создал эту фразу только что, только для практики. Она не защищает никаких монет, никогда не сохраняется и исчезает, когда вы уходите с этого шага.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="159"/>
        <source>PRACTICE notice</source>
        <translation>УЧЕБНАЯ пометка</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="165"/>
        <source>First, look at it</source>
        <translation>Сначала посмотрите на неё</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="169"/>
        <source>Hold the button down to see the practice phrase. Let go, and it hides again. With the keyboard, hold the Space key on the button. If holding is hard, press Keep it shown, and press it again to hide the words.</source>
        <translation>Удерживайте кнопку, чтобы увидеть учебную фразу. Отпустите — и она снова скроется. С клавиатуры удерживайте пробел на кнопке. Если удерживать трудно, нажмите «Не скрывать», а чтобы спрятать слова, нажмите ещё раз.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="180"/>
        <source>Press and hold with the mouse, or hold the Space key. Let go to hide the words.</source>
        <translation>Удерживайте кнопку мыши или пробел. Отпустите, чтобы скрыть слова.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="186"/>
        <source>&amp;Keep it shown</source>
        <translation>Не с&amp;крывать</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="188"/>
        <source>Keep the PRACTICE phrase shown</source>
        <translation>Не скрывать УЧЕБНУЮ фразу</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="190"/>
        <source>Shows the words without holding. Press again to hide them.</source>
        <translation>Показывает слова без удержания. Нажмите ещё раз, чтобы скрыть.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="203"/>
        <source>PRACTICE PHRASE · not a real wallet</source>
        <translation>УЧЕБНАЯ ФРАЗА · не настоящий кошелёк</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="215"/>
        <source>Then, write it down</source>
        <translation>Затем запишите её</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="219"/>
        <source>Write the words on paper, by hand, each with its number. Hold the button again as often as you like to check each word. Never type a phrase into anything.</source>
        <translation>Запишите слова на бумаге от руки, каждое со своим номером. Удерживайте кнопку сколько угодно раз, чтобы сверить каждое слово. Никогда никуда не вводите фразу.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="225"/>
        <source>I wrote it down on paper</source>
        <translation>Я записал(а) её на бумаге</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="226"/>
        <source>I wrote the PRACTICE phrase down on paper</source>
        <translation>Я записал(а) УЧЕБНУЮ фразу на бумаге</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="234"/>
        <source>Look at your paper, not the screen, and type that one word.</source>
        <translation>Смотрите на бумагу, а не на экран, и введите это одно слово.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="238"/>
        <source>one word</source>
        <translation>одно слово</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="252"/>
        <source>Last, which was word {number}?</source>
        <translation>И последнее: какое было слово номер {number}?</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="255"/>
        <source>Word {number} of the PRACTICE phrase</source>
        <translation>Слово {number} УЧЕБНОЙ фразы</translation>
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
        <translation>УЧЕБНОЕ слово {number}: {word}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="312"/>
        <source>Showing the PRACTICE phrase (kept shown)</source>
        <translation>УЧЕБНАЯ фраза показана (остаётся на экране)</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="314"/>
        <source>Showing the PRACTICE phrase. Let go to hide it</source>
        <translation>УЧЕБНАЯ фраза показана. Отпустите, чтобы скрыть</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="316"/>
        <source>Showing the PRACTICE phrase</source>
        <translation>УЧЕБНАЯ фраза показана</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="317"/>
        <source>PRACTICE phrase, showing</source>
        <translation>УЧЕБНАЯ фраза, показана</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="324"/>
        <source>PRACTICE word {number}, hidden</source>
        <translation>УЧЕБНОЕ слово {number}, скрыто</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="325"/>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="326"/>
        <source>Hold to see the PRACTICE phrase</source>
        <translation>Удерживайте, чтобы увидеть УЧЕБНУЮ фразу</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="327"/>
        <source>PRACTICE phrase, hidden</source>
        <translation>УЧЕБНАЯ фраза, скрыта</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/seed_practice.py" line="353"/>
        <source>PRACTICE · word {number} is “{word}”.</source>
        <translation>ПРАКТИКА · слово {number} — «{word}».</translation>
    </message>
</context>
<context>
    <name>StepMarks</name>
    <message>
        <location filename="../../app/holdspace/gui/step_marks.py" line="31"/>
        <source>Step {number} of {total}</source>
        <translation>Шаг {number} из {total}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/holdspace/gui/step_marks.py" line="36"/>
        <source>%n step(s) seen so far</source>
        <translation>
            <numerusform>Просмотрен %n шаг</numerusform>
            <numerusform>Просмотрено %n шага</numerusform>
            <numerusform>Просмотрено %n шагов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepPrinter</name>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="69"/>
        <source>Tick every answer that fits:</source>
        <translation>Отметьте все подходящие ответы:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="71"/>
        <source>Tick one answer:</source>
        <translation>Отметьте один ответ:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="78"/>
        <source>a right answer</source>
        <translation>правильный ответ</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="110"/>
        <source>Use the practice explorer page printed at step {number}.</source>
        <translation>Используйте страницу учебного обозревателя, напечатанную на шаге {number}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="118"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="118"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="120"/>
        <source>A practice explorer page (a teaching example, not a live record).</source>
        <translation>Страница учебного обозревателя (учебный пример, а не живая запись).</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="123"/>
        <source>Circle the line that answers the question.</source>
        <translation>Обведите строку, которая отвечает на вопрос.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="124"/>
        <source>Write what the page says:</source>
        <translation>Напишите, что показывает страница:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="125"/>
        <source>Find this transaction on the page.</source>
        <translation>Найдите эту транзакцию на странице.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="134"/>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="134"/>
        <source>Everyday number</source>
        <translation>Обычное число</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="203"/>
        <source>A backup card to fill in by hand, in pencil, at home. This sheet never holds a phrase: the app makes a fresh practice one on screen.</source>
        <translation>Карточка резервной копии, чтобы заполнить от руки, карандашом, дома. На этом листе никогда нет фразы: приложение создаёт новую, учебную, на экране.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="228"/>
        <source>Answer:</source>
        <translation>Ответ:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="232"/>
        <source>Hint {number}:</source>
        <translation>Подсказка {number}:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="238"/>
        <source>If someone says “{answer}”:</source>
        <translation>Если кто-то говорит «{answer}»:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="247"/>
        <source>Explanation:</source>
        <translation>Объяснение:</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="254"/>
        <source>Facilitator notes:</source>
        <translation>Заметки для ведущего:</translation>
    </message>
</context>
<context>
    <name>TermPopup</name>
    <message>
        <location filename="../../app/holdspace/gui/term_popup.py" line="65"/>
        <source>&amp;All terms…</source>
        <translation>&amp;Все термины…</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/term_popup.py" line="66"/>
        <source>Open the glossary</source>
        <translation>Открыть глоссарий</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/term_popup.py" line="69"/>
        <source>Close</source>
        <extracomment>Button that closes a glossary card.</extracomment>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/term_popup.py" line="70"/>
        <source>Close the explanation</source>
        <translation>Закрыть пояснение</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/term_popup.py" line="94"/>
        <source>Glossary: {term}</source>
        <translation>Глоссарий: {term}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/term_popup.py" line="167"/>
        <source>, </source>
        <extracomment>Between the &quot;see also&quot; links (Arabic writes &quot;، &quot;).</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/term_popup.py" line="171"/>
        <source>See also:</source>
        <translation>См. также:</translation>
    </message>
</context>
<context>
    <name>TranslationAids</name>
    <message>
        <location filename="../../app/holdspace/gui/translation_aids.py" line="35"/>
        <source>This lesson is in English for now.</source>
        <extracomment>Above a lesson (and in the lesson list) when the learner&apos;s language has no translation of it yet.</extracomment>
        <translation>Этот урок пока на английском.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/translation_aids.py" line="36"/>
        <source>This lesson is in its pack&apos;s first language for now ({language}).</source>
        <translation>Этот урок пока на основном языке своего пакета ({language}).</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/translation_aids.py" line="46"/>
        <source>In English: {term}</source>
        <extracomment>Under a translated glossary term: its name as English screens show it.</extracomment>
        <translation>По-английски: {term}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/translation_aids.py" line="88"/>
        <source>About this lesson&apos;s language</source>
        <translation>О языке этого урока</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/translation_aids.py" line="90"/>
        <source>Show in English</source>
        <translation>Показать на английском</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/translation_aids.py" line="93"/>
        <source>Show the English text of this step under it, to match words to the English screens of an app ({key})</source>
        <translation>Показать английский текст этого шага под переводом, чтобы узнавать слова на английских экранах приложения ({key})</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/translation_aids.py" line="98"/>
        <source>Shows this step&apos;s English text under the translation</source>
        <translation>Показывает английский текст этого шага под переводом</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/translation_aids.py" line="103"/>
        <source>The same step in English</source>
        <translation>Тот же шаг на английском</translation>
    </message>
</context>
<context>
    <name>Tripwire</name>
    <message>
        <location filename="../../app/holdspace/gui/tripwire.py" line="151"/>
        <source>We cleared that for you</source>
        <translation>Мы это стёрли</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/tripwire.py" line="152"/>
        <source>&lt;p&gt;That looked like a &lt;b&gt;recovery phrase&lt;/b&gt;, so Holdspace cleared it straight away. It was not saved anywhere.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Это было похоже на &lt;b&gt;фразу восстановления&lt;/b&gt;, поэтому Holdspace сразу её стёр. Она нигде не сохранена.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/tripwire.py" line="158"/>
        <source>&lt;p&gt;Holdspace emptied the clipboard too, so it can&apos;t be pasted anywhere by accident. Copying any ordinary word afterwards is a good habit.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Holdspace также очистил буфер обмена, чтобы фразу нельзя было случайно куда-нибудь вставить. Потом полезно скопировать какое-нибудь обычное слово.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/tripwire.py" line="163"/>
        <source>&lt;p&gt;No real service needs your recovery phrase. Holdspace never does, and no support person, exchange or app should ever ask for it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ни одному настоящему сервису не нужна ваша фраза восстановления. Holdspace никогда её не просит, и ни служба поддержки, ни биржа, ни приложение никогда не должны её просить.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/tripwire.py" line="168"/>
        <source>&lt;p&gt;If you typed your real phrase into a website, a form or a chat somewhere else:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Stop, and don&apos;t type it anywhere again.&lt;/li&gt;&lt;li&gt;On a device you trust, make a new wallet with a new phrase.&lt;/li&gt;&lt;li&gt;Move your coins to it as soon as you can.&lt;/li&gt;&lt;li&gt;Ignore anyone who offers to &quot;recover&quot; funds for a fee.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;Если вы ввели свою настоящую фразу на сайте, в форме или в чате где-то ещё:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Остановитесь и больше нигде её не вводите.&lt;/li&gt;&lt;li&gt;На устройстве, которому доверяете, создайте новый кошелёк с новой фразой.&lt;/li&gt;&lt;li&gt;Переведите туда монеты, как только сможете.&lt;/li&gt;&lt;li&gt;Не слушайте тех, кто предлагает «вернуть» средства за плату.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
</context>
<context>
    <name>WaterfallChart</name>
    <message>
        <location filename="../../app/holdspace/gui/waterfall.py" line="79"/>
        <source>Solid bar: a total, measured from zero.</source>
        <translation>Сплошной столбец: итог, отсчитанный от нуля.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/waterfall.py" line="80"/>
        <source>Striped bar, with −: takes away from the total.</source>
        <translation>Полосатый столбец, со знаком −: уменьшает итог.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/waterfall.py" line="81"/>
        <source>Criss-cross bar, with +: adds to the total.</source>
        <translation>Клетчатый столбец, со знаком +: увеличивает итог.</translation>
    </message>
</context>
<context>
    <name>Withdrawal</name>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="21"/>
        <source>Net&amp;work:</source>
        <extracomment>An exchange&apos;s word, shown in English on many screens: keep &quot;Network&quot; beside your translation, e.g. &quot;Red (Network)&quot;. &quot;&amp;&quot; marks the Alt key.</extracomment>
        <translation>Се&amp;ть (Network):</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="26"/>
        <source>A&amp;ddress:</source>
        <extracomment>An exchange&apos;s word, shown in English on many screens: keep &quot;Address&quot; beside your translation. &quot;&amp;&quot; marks the Alt key.</extracomment>
        <translation>&amp;Адрес (Address):</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="32"/>
        <source>&amp;Tag:</source>
        <extracomment>An exchange&apos;s word for the XRP destination tag, shown in English on many screens: keep &quot;Tag&quot; beside your translation. &quot;&amp;&quot; marks the Alt key.</extracomment>
        <translation>&amp;Тег (Tag):</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="34"/>
        <source>M&amp;emo:</source>
        <extracomment>An exchange&apos;s word, shown in English on many screens: keep &quot;Memo&quot; beside your translation. &quot;&amp;&quot; marks the Alt key.</extracomment>
        <translation>&amp;Мемо (Memo):</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="39"/>
        <source>Am&amp;ount:</source>
        <extracomment>An exchange&apos;s word, shown in English on many screens: keep &quot;Amount&quot; beside your translation. &quot;&amp;&quot; marks the Alt key.</extracomment>
        <translation>С&amp;умма (Amount):</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="44"/>
        <source>Network:</source>
        <extracomment>On the deposit screen. An exchange&apos;s word, shown in English on many screens: keep &quot;Network&quot; beside your translation.</extracomment>
        <translation>Сеть (Network):</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="49"/>
        <source>Address:</source>
        <extracomment>On the deposit screen. An exchange&apos;s word, shown in English on many screens: keep &quot;Address&quot; beside your translation.</extracomment>
        <translation>Адрес (Address):</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="54"/>
        <source>Withdraw {asset} (practice form)</source>
        <extracomment>The title of the practice form; &quot;Withdraw&quot; is the exchange&apos;s English word: keep it beside your translation. {asset} is a coin, e.g. USDT.</extracomment>
        <translation>Вывести {asset} (Withdraw): учебная форма</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="61"/>
        <source>Deposit {asset}: the receiving side&apos;s screen</source>
        <extracomment>&quot;Deposit&quot; is the exchange&apos;s English word: keep it beside your translation. {asset} is a coin, e.g. USDT.</extracomment>
        <translation>Пополнить {asset} (Deposit): экран получателя</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="68"/>
        <source>Network fee: {fee} {asset} · Minimum withdrawal: {minimum} {asset}</source>
        <extracomment>&quot;Network fee&quot; and &quot;Minimum withdrawal&quot; are the exchange&apos;s English words: keep them beside your translation.</extracomment>
        <translation>Комиссия сети (Network fee): {fee} {asset} · Минимальный вывод (Minimum withdrawal): {minimum} {asset}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="83"/>
        <source>destination tag</source>
        <translation>тег назначения</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="84"/>
        <source>memo</source>
        <translation>мемо</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="95"/>
        <source>Network: none is picked yet. Pick the one the deposit screen names: {deposit}.</source>
        <translation>Сеть: пока не выбрана. Выберите ту, что указана на экране пополнения: {deposit}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="102"/>
        <source>Address: it is not the one on the deposit screen. Coins sent there would go to whoever holds that address, and a transfer can&apos;t be undone. Copy it again from the deposit screen and compare it group by group.</source>
        <translation>Адрес: это не тот, что на экране пополнения. Монеты ушли бы тому, у кого этот адрес, а перевод нельзя отменить. Скопируйте его снова с экрана пополнения и сравните группа за группой.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="109"/>
        <source>The {memo} is missing. The coins would reach the exchange, but not your account: the exchange could not tell whose they are. Its support can often credit them after some checks; it may take days and cost a fee.</source>
        <translation>Поле «{memo}» пустое. Монеты дошли бы до биржи, но не до вашего счёта: биржа не смогла бы понять, чьи они. Её поддержка часто может зачислить их после проверок; это может занять дни и стоить комиссию.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="116"/>
        <source>The {memo} is not the one on the deposit screen. The coins would reach the exchange with someone else&apos;s label, or one it doesn&apos;t know. Only the exchange&apos;s own support could sort it out.</source>
        <translation>Поле «{memo}» не совпадает с экраном пополнения. Монеты дошли бы до биржи с чужой меткой или с меткой, которую она не знает. Разобраться сможет только официальная поддержка биржи.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="127"/>
        <source>Network: you picked {picked}, and the deposit screen names {deposit}.</source>
        <translation>Сеть: вы выбрали {picked}, а на экране пополнения указана {deposit}.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="134"/>
        <source>Here a real exchange would most likely refuse the address, because addresses on {picked} have another shape. Networks that share one address shape, such as Ethereum, BNB Smart Chain and Arbitrum One, give no such warning: choose the network by its name.</source>
        <translation>Здесь настоящая биржа, скорее всего, не приняла бы адрес: у адресов в {picked} другой вид. Сети с одинаковым видом адресов, например Ethereum, BNB Smart Chain и Arbitrum One, такого предупреждения не дают: выбирайте сеть по названию.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="144"/>
        <source>The coins would arrive on {picked}, a network the receiver does not watch. Only whoever holds the keys to that address on {picked} could move them. Getting them back is often slow and costly, and sometimes impossible.</source>
        <translation>Монеты пришли бы в {picked} — сеть, за которой получатель не следит. Переместить их смог бы только тот, у кого есть ключи от этого адреса в {picked}. Вернуть их часто долго и дорого, а иногда невозможно.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="155"/>
        <source>Amount: the box is empty yet.</source>
        <translation>Сумма: поле пока пустое.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="157"/>
        <source>Amount: I couldn&apos;t read that as an amount yet. Something like 50 or 12.5 works.</source>
        <translation>Сумма: пока не получилось прочитать это как сумму. Подойдёт, например, 50 или 12,5.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="162"/>
        <source>Amount: the network fee here is {fee} {asset}, so nothing would be left to arrive. The exchange would not send it.</source>
        <translation>Сумма: комиссия сети здесь {fee} {asset}, так что дойти было бы нечему. Биржа не отправила бы это.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal_words.py" line="168"/>
        <source>Amount: the minimum withdrawal on this network is {minimum} {asset}. The exchange would not send less; nothing leaves your account.</source>
        <translation>Сумма: минимальный вывод в этой сети — {minimum} {asset}. Меньше биржа не отправит; с вашего счёта ничего не уходит.</translation>
    </message>
</context>
<context>
    <name>WithdrawalWidget</name>
    <message>
        <location filename="../../app/holdspace/gui/handout/steps.py" line="170"/>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="43"/>
        <source>&lt;b&gt;PRACTICE:&lt;/b&gt; a made-up exchange. Nothing here is sent anywhere, and every address is made up, so it can&apos;t receive coins.</source>
        <translation>&lt;b&gt;УЧЕБНЫЙ ПРИМЕР:&lt;/b&gt; выдуманная биржа. Отсюда ничего никуда не отправляется, и каждый адрес выдуман: на него нельзя получить монеты.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="76"/>
        <source>Clear the box</source>
        <translation>Очистить поле</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="88"/>
        <source>Deposit address</source>
        <translation>Адрес для пополнения</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="96"/>
        <source>Deposit {memo}</source>
        <translation>Пополнение: {memo}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="104"/>
        <source>△ Required: without the {memo}, the exchange can&apos;t tell that the deposit is yours.</source>
        <translation>△ Обязательно: без поля «{memo}» биржа не поймёт, что пополнение ваше.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="117"/>
        <source>Choose a network</source>
        <translation>Выберите сеть</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="124"/>
        <source>Paste the address from the deposit screen</source>
        <translation>Вставьте адрес с экрана пополнения</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="126"/>
        <source>About the address</source>
        <translation>Об адресе</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="136"/>
        <source>for example {amount}</source>
        <translation>например, {amount}</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="141"/>
        <source>Fee and minimum</source>
        <translation>Комиссия и минимум</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="164"/>
        <source>△ This is not shaped like an address on {network}. A real exchange would refuse it on this network.</source>
        <translation>△ Это не похоже на адрес в {network}. Настоящая биржа не приняла бы его в этой сети.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="170"/>
        <source>Pick a network to see its fee and minimum.</source>
        <translation>Выберите сеть, чтобы увидеть её комиссию и минимум.</translation>
    </message>
    <message>
        <location filename="../../app/holdspace/gui/steps/withdrawal.py" line="178"/>
        <source>The receiving side would get: {amount} {asset}</source>
        <translation>Получатель получил бы: {amount} {asset}</translation>
    </message>
</context>
</TS>
