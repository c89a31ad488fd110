<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>FrameAnnotations</name>
    <message>
        <source>x %1  y %2  value %3</source>
        <translation>x %1  y %2  Wert %3</translation>
    </message>
    <message>
        <source>  Tx %1&quot;  Ty %2&quot;  r %3 Rsun</source>
        <translation>  Tx %1&quot;  Ty %2&quot;  r %3 Rsonne</translation>
    </message>
</context>
<context>
    <name>hb::app::CatalogPanel</name>
    <message>
        <source>Filter: detector, day (2008-12-12), file name</source>
        <translation>Filter: Detektor, Tag (2008-12-12), Dateiname</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>All instruments</source>
        <translation>Alle Instrumente</translation>
    </message>
    <message>
        <source>Show only frames observed on these days (UTC)</source>
        <translation>Nur Bilder zeigen, die an diesen Tagen (UTC) aufgenommen wurden</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
</context>
<context>
    <name>hb::app::DisplayToolBar</name>
    <message>
        <source>Display</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>1 - 99.5 %</source>
        <translation>1 - 99,5 %</translation>
    </message>
    <message>
        <source>0.1 - 99.9 %</source>
        <translation>0,1 - 99,9 %</translation>
    </message>
    <message>
        <source>5 - 95 %</source>
        <translation>5 - 95 %</translation>
    </message>
    <message>
        <source>min - max</source>
        <translation>Min - Max</translation>
    </message>
    <message>
        <source>Limits from percentiles of each frame; drag them in the histogram to fix them</source>
        <translation>Grenzen aus Perzentilen jedes Bildes; im Histogramm ziehen, um sie festzulegen</translation>
    </message>
    <message>
        <source>Colour map </source>
        <translation>Farbtabelle </translation>
    </message>
    <message>
        <source>  Stretch </source>
        <translation>  Streckung </translation>
    </message>
    <message>
        <source>  Limits </source>
        <translation>  Grenzen </translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>Maske</translation>
    </message>
    <message>
        <source>Tint masked pixels: missing, saturated, cosmic rays, bad pixels, marked by hand</source>
        <translation>Maskierte Pixel einfärben: fehlend, gesättigt, kosmische Strahlung, defekt, von Hand markiert</translation>
    </message>
    <message>
        <source>Auto limits</source>
        <translation>Automatische Grenzen</translation>
    </message>
</context>
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
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>%1   header only, no image</source>
        <translation>%1   nur Header, kein Bild</translation>
    </message>
    <message>
        <source>%1   display range %2 .. %3</source>
        <translation>%1   Anzeigebereich %2 .. %3</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>Histogramm</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Compare with previous frame</source>
        <translation>Mit vorherigem Bild vergleichen</translation>
    </message>
    <message>
        <source>The first frame of a sequence has no previous frame to compare with.</source>
        <translation>Das erste Bild einer Folge hat kein vorheriges Bild zum Vergleich.</translation>
    </message>
    <message>
        <source>%v / %m files</source>
        <translation>%v / %m Dateien</translation>
    </message>
    <message>
        <source>Stop scanning: the files found so far stay in the catalog</source>
        <translation>Durchsuchen beenden: die bisher gefundenen Dateien bleiben im Katalog</translation>
    </message>
    <message>
        <source> (scan stopped)</source>
        <translation> (Durchsuchen abgebrochen)</translation>
    </message>
</context>
<context>
    <name>hb::app::SequencePanel</name>
    <message>
        <source>Play / pause (Space)</source>
        <translation>Abspielen / anhalten (Leertaste)</translation>
    </message>
    <message>
        <source>First frame (Home)</source>
        <translation>Erstes Bild (Pos1)</translation>
    </message>
    <message>
        <source>Previous frame (Left)</source>
        <translation>Vorheriges Bild (Links)</translation>
    </message>
    <message>
        <source>Next frame (Right)</source>
        <translation>Nächstes Bild (Rechts)</translation>
    </message>
    <message>
        <source>Last frame (End)</source>
        <translation>Letztes Bild (Ende)</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Schleife</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>Hin und zurück</translation>
    </message>
    <message>
        <source>Stop at end</source>
        <translation>Am Ende anhalten</translation>
    </message>
    <message>
        <source> fps</source>
        <translation> B/s</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>hb::widgets::CatalogModel</name>
    <message numerus="yes">
        <source>%n kinds</source>
        <translation>
            <numerusform>%n Sorte</numerusform>
            <numerusform>%n Sorten</numerusform>
        </translation>
    </message>
    <message>
        <source>Unreadable files</source>
        <translation>Unlesbare Dateien</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Beobachtungen</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>hb::widgets::CompareView</name>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Wipe</source>
        <translation>Wischen</translation>
    </message>
    <message>
        <source>Blink</source>
        <translation>Blinken</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
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
    <name>hb::widgets::HistogramView</name>
    <message>
        <source>pixels</source>
        <translation>Pixel</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
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
