<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>hb::app::MainWindow</name>
    <message>
        <source>HelioBench</source>
        <translation>HelioBench</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Folder...</source>
        <translation>&amp;Ordner öffnen...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Open a folder of FITS files to begin.</source>
        <translation>Öffnen Sie einen Ordner mit FITS-Dateien, um zu beginnen.</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Scanning %1 ...</source>
        <translation>Durchsuche %1 ...</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n file(s)</source>
        <translation>
            <numerusform>%1: %n Datei</numerusform>
            <numerusform>%1: %n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n unreadable</source>
        <translation>
            <numerusform>, %n unlesbar</numerusform>
            <numerusform>, %n unlesbar</numerusform>
        </translation>
    </message>
    <message>
        <source>HelioBench - %1</source>
        <translation>HelioBench - %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot read file</source>
        <translation>Datei kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>hb::widgets::HeaderTableModel</name>
    <message>
        <source>Keyword</source>
        <translation>Schlüsselwort</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>hb::widgets::HeaderView</name>
    <message>
        <source>Search keywords, values, comments</source>
        <translation>Schlüsselwörter, Werte, Kommentare durchsuchen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Workbench for solar and heliospheric data</source>
        <translation>Werkbank für Sonnen- und Heliosphärendaten</translation>
    </message>
    <message>
        <source>Folder of data files to open</source>
        <translation>Zu öffnender Ordner mit Datendateien</translation>
    </message>
</context>
</TS>
