<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ExplorerWidget</name>
    <message numerus="yes">
        <location filename="../../app/holdspace/gui/steps/explorer_words.py" line="66"/>
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message numerus="yes">
        <location filename="../../app/holdspace/gui/wording.py" line="23"/>
        <source>≈ Good so far. %n more right choice(s) to find.</source>
        <translation>
            <numerusform>≈ Good so far. %n more right choice to find.</numerusform>
            <numerusform>≈ Good so far. %n more right choices to find.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HexPlaygroundWidget</name>
    <message numerus="yes">
        <location filename="../../app/holdspace/gui/steps/hex_playground.py" line="252"/>
        <source>In pairs: {pairs} (%n byte(s))</source>
        <translation>
            <numerusform>In pairs: {pairs} (%n byte)</numerusform>
            <numerusform>In pairs: {pairs} (%n bytes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message numerus="yes">
        <location filename="../../app/holdspace/gui/library.py" line="302"/>
        <source>About %n minute(s).</source>
        <translation>
            <numerusform>About %n minute.</numerusform>
            <numerusform>About %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/holdspace/gui/library.py" line="303"/>
        <source>%n step(s).</source>
        <translation>
            <numerusform>%n step.</numerusform>
            <numerusform>%n steps.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasteCheckWidget</name>
    <message numerus="yes">
        <location filename="../../app/holdspace/gui/steps/paste_check.py" line="316"/>
        <source>%n character(s) differ from the text meant. Groups of four where they are: {groups}.</source>
        <extracomment>{groups} lists the groups of four characters that differ, e.g. &quot;3, 7&quot;.</extracomment>
        <translation>
            <numerusform>%n character differs from the text meant. Groups of four where it is: {groups}.</numerusform>
            <numerusform>%n characters differ from the text meant. Groups of four where they are: {groups}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepMarks</name>
    <message numerus="yes">
        <location filename="../../app/holdspace/gui/step_marks.py" line="36"/>
        <source>%n step(s) seen so far</source>
        <translation>
            <numerusform>%n step seen so far</numerusform>
            <numerusform>%n steps seen so far</numerusform>
        </translation>
    </message>
</context>
</TS>
