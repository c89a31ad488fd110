<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>FlagStyle</name>
    <message>
        <source>Corrupted</source>
        <translation>Beschädigt</translation>
    </message>
    <message>
        <source>Missing blocks</source>
        <translation>Fehlende Blöcke</translation>
    </message>
    <message>
        <source>Cosmic-ray storm</source>
        <translation>Sturm kosmischer Strahlung</translation>
    </message>
    <message>
        <source>Comet or planet</source>
        <translation>Komet oder Planet</translation>
    </message>
    <message>
        <source>Saturation or bleed</source>
        <translation>Sättigung oder Überlauf</translation>
    </message>
    <message>
        <source>Stray light</source>
        <translation>Streulicht</translation>
    </message>
    <message>
        <source>Pointing jump</source>
        <translation>Ausrichtungssprung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anderes</translation>
    </message>
</context>
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
    <message>
        <source>time unknown</source>
        <translation>Zeit unbekannt</translation>
    </message>
    <message>
        <source>frame %1 of %2</source>
        <translation>Bild %1 von %2</translation>
    </message>
    <message>
        <source>processed</source>
        <translation>verarbeitet</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>hb::app::BackgroundDialog</name>
    <message>
        <source>Through the pipeline first: %1</source>
        <translation>Zuerst durch die Pipeline: %1</translation>
    </message>
    <message>
        <source>Then divide by them in the pipeline (its background step takes the folder)</source>
        <translation>Danach in der Pipeline durch sie teilen (ihr Hintergrund-Schritt übernimmt den Ordner)</translation>
    </message>
    <message>
        <source>Compute Background</source>
        <translation>Hintergrund berechnen</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n frame(s)</source>
        <translation>
            <numerusform>%1: %n Bild</numerusform>
            <numerusform>%1: %n Bilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n flagged left out</source>
        <translation>
            <numerusform>, %n markiertes ausgelassen</numerusform>
            <numerusform>, %n markierte ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>Percentile (robust minimum)</source>
        <translation>Perzentil (robustes Minimum)</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Mean of the lowest quartile</source>
        <translation>Mittel des untersten Quartils</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Per pixel over the frames of a window: a low percentile keeps the F-corona and streamers and leaves out CMEs, planets and cosmic rays</source>
        <translation>Pro Pixel über die Bilder eines Fensters: ein niedriges Perzentil behält F-Korona und Streamer und lässt CMEs, Planeten und kosmische Strahlung aus</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>A pixel with fewer usable samples (not masked) is left undefined</source>
        <translation>Ein Pixel mit weniger brauchbaren (nicht maskierten) Werten bleibt undefiniert</translation>
    </message>
    <message>
        <source>The whole sequence</source>
        <translation>Die ganze Sequenz</translation>
    </message>
    <message>
        <source>Each day</source>
        <translation>Jeder Tag</translation>
    </message>
    <message>
        <source>Each day, from the days around it</source>
        <translation>Jeder Tag, aus den Tagen um ihn herum</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Wählen...</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Percentile</source>
        <translation>Perzentil</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>Mindestens</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source> frames per pixel</source>
        <translation> Bilder pro Pixel</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Berechnen</translation>
    </message>
    <message>
        <source>Folder for the backgrounds</source>
        <translation>Ordner für die Hintergründe</translation>
    </message>
    <message>
        <source>Choose a folder you may write to</source>
        <translation>Einen beschreibbaren Ordner wählen</translation>
    </message>
</context>
<context>
    <name>hb::app::BackgroundMaker</name>
    <message>
        <source>Computing backgrounds of %1 ...</source>
        <translation>Hintergründe von %1 werden berechnet ...</translation>
    </message>
    <message>
        <source>Computing %1 ...</source>
        <translation>%1 wird berechnet ...</translation>
    </message>
    <message>
        <source>Cancelled: the backgrounds finished before stay, the one being made was not written.</source>
        <translation>Abgebrochen: die zuvor fertigen Hintergründe bleiben, der gerade berechnete wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Compute Background</source>
        <translation>Hintergrund berechnen</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message>
        <source>left out %1: %2</source>
        <translation>ausgelassen %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n background(s) written</source>
        <translation>
            <numerusform>%n Hintergrund geschrieben</numerusform>
            <numerusform>%n Hintergründe geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not made</source>
        <translation>
            <numerusform>, %n nicht erstellt</numerusform>
            <numerusform>, %n nicht erstellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n frame(s) left out for errors</source>
        <translation>
            <numerusform>, %n Bild wegen Fehlern ausgelassen</numerusform>
            <numerusform>, %n Bilder wegen Fehlern ausgelassen</numerusform>
        </translation>
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
    <message>
        <source>All frames</source>
        <translation>Alle Bilder</translation>
    </message>
    <message>
        <source>Only flagged</source>
        <translation>Nur markierte</translation>
    </message>
    <message>
        <source>Only unflagged</source>
        <translation>Nur unmarkierte</translation>
    </message>
    <message>
        <source>Only with proposals</source>
        <translation>Nur mit Vorschlägen</translation>
    </message>
    <message>
        <source>Only not reviewed</source>
        <translation>Nur ungeprüfte</translation>
    </message>
    <message>
        <source>Show and play only the frames in this review state</source>
        <translation>Nur die Bilder in diesem Prüfzustand zeigen und abspielen</translation>
    </message>
</context>
<context>
    <name>hb::app::DetectorPanel</name>
    <message>
        <source>Draw what it finds on the image</source>
        <translation>Gefundenes auf dem Bild einzeichnen</translation>
    </message>
    <message>
        <source>Run over</source>
        <translation>Ausführen über</translation>
    </message>
    <message>
        <source> before and after</source>
        <translation> davor und danach</translation>
    </message>
    <message>
        <source>Frames of the same detector, size and polarisation compared with this one</source>
        <translation>Bilder desselben Detektors, derselben Größe und Polarisation, mit denen dieses verglichen wird</translation>
    </message>
    <message>
        <source>Run the detector with these parameters over the frames of the instrument on screen; what it flags becomes proposals</source>
        <translation>Den Detektor mit diesen Parametern über die Bilder des angezeigten Instruments laufen lassen; was er markiert, wird zu Vorschlägen</translation>
    </message>
    <message>
        <source>this day</source>
        <translation>diesen Tag</translation>
    </message>
    <message>
        <source>all days of the instrument</source>
        <translation>alle Tage des Instruments</translation>
    </message>
    <message>
        <source>%v / %m frames</source>
        <translation>%v / %m Bilder</translation>
    </message>
    <message>
        <source>Stop: proposals made so far are kept</source>
        <translation>Anhalten: die bisherigen Vorschläge bleiben erhalten</translation>
    </message>
    <message>
        <source>Tune on the frame on screen</source>
        <translation>Am angezeigten Bild einstellen</translation>
    </message>
    <message>
        <source>Detector</source>
        <translation>Detektor</translation>
    </message>
    <message>
        <source>Neighbours</source>
        <translation>Nachbarn</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>Looking...</source>
        <translation>Suche ...</translation>
    </message>
    <message>
        <source>No verdict: %1</source>
        <translation>Kein Urteil: %1</translation>
    </message>
    <message>
        <source>Would flag: %1</source>
        <translation>Würde markieren: %1</translation>
    </message>
    <message>
        <source>Clean: %1</source>
        <translation>Sauber: %1</translation>
    </message>
    <message>
        <source>
Score %1, %2 ms</source>
        <translation>
Wert %1, %2 ms</translation>
    </message>
    <message>
        <source>No review database is open: proposals have nowhere to go.</source>
        <translation>Keine Prüfdatenbank geöffnet: Vorschläge können nirgends gespeichert werden.</translation>
    </message>
    <message>
        <source>Choose a frame first: the detector runs over its instrument&apos;s frames.</source>
        <translation>Wählen Sie zuerst ein Bild: Der Detektor läuft über die Bilder seines Instruments.</translation>
    </message>
    <message numerus="yes">
        <source>Running %1 over %n frame(s)...</source>
        <translation>
            <numerusform>%1 läuft über %n Bild ...</numerusform>
            <numerusform>%1 läuft über %n Bilder ...</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 frames in %2 s: %3 proposed</source>
        <translation>%1 Bilder in %2 s: %3 vorgeschlagen</translation>
    </message>
    <message>
        <source>, %1 failed (%2)</source>
        <translation>, %1 fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <source>; stopped, proposals made so far are kept</source>
        <translation>; angehalten, die bisherigen Vorschläge bleiben erhalten</translation>
    </message>
</context>
<context>
    <name>hb::app::DetectorPreview</name>
    <message>
        <source>No detector chosen.</source>
        <translation>Kein Detektor gewählt.</translation>
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
    <message>
        <source>Limits from percentiles of each frame; drag them in the histogram or type them to fix them</source>
        <translation>Grenzen aus Perzentilen jedes Bildes; im Histogramm ziehen oder eintippen, um sie festzulegen</translation>
    </message>
    <message>
        <source>Lower limit: type a value to fix it</source>
        <translation>Untere Grenze: einen Wert eintippen, um sie festzulegen</translation>
    </message>
    <message>
        <source>Upper limit: type a value to fix it</source>
        <translation>Obere Grenze: einen Wert eintippen, um sie festzulegen</translation>
    </message>
    <message>
        <source> .. </source>
        <translation> .. </translation>
    </message>
    <message>
        <source>The upper limit must be above the lower one</source>
        <translation>Die obere Grenze muss über der unteren liegen</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>Fixed limits for %1, %2; choose percentiles or Auto limits to free them</source>
        <translation>Feste Grenzen für %1, %2; Perzentile oder automatische Grenzen wählen, um sie zu lösen</translation>
    </message>
    <message>
        <source>these values</source>
        <translation>diese Werte</translation>
    </message>
</context>
<context>
    <name>hb::app::ExportWorkspace</name>
    <message>
        <source>Export &amp;Movie...</source>
        <translation>&amp;Film exportieren...</translation>
    </message>
    <message>
        <source>Compute &amp;Background...</source>
        <translation>&amp;Hintergrund berechnen...</translation>
    </message>
    <message>
        <source>Export Movie</source>
        <translation>Film exportieren</translation>
    </message>
    <message>
        <source>Choose a frame first: the movie is made of its sequence.</source>
        <translation>Wählen Sie zuerst ein Bild: Der Film entsteht aus seiner Folge.</translation>
    </message>
    <message>
        <source>A movie is being made; wait for it or cancel it.</source>
        <translation>Ein Film wird gerade erstellt; warten Sie oder brechen Sie ab.</translation>
    </message>
    <message>
        <source>Compute Background</source>
        <translation>Hintergrund berechnen</translation>
    </message>
    <message>
        <source>Choose a frame first: the background is made of its sequence.</source>
        <translation>Zuerst ein Bild wählen: der Hintergrund entsteht aus seiner Sequenz.</translation>
    </message>
    <message>
        <source>Backgrounds are being computed; wait for them or cancel.</source>
        <translation>Hintergründe werden berechnet; darauf warten oder abbrechen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n step(s))</source>
        <translation>
            <numerusform>%1 (%n Schritt)</numerusform>
            <numerusform>%1 (%n Schritte)</numerusform>
        </translation>
    </message>
    <message>
        <source>Backgrounds in %1: the pipeline&apos;s background step (step %2) uses them</source>
        <translation>Hintergründe in %1: der Hintergrund-Schritt der Pipeline (Schritt %2) verwendet sie</translation>
    </message>
</context>
<context>
    <name>hb::app::ImageWorkspace</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>Histogramm</translation>
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
        <source>Show &amp;Processed Frames</source>
        <translation>&amp;Verarbeitete Bilder zeigen</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Verarbeitet</translation>
    </message>
    <message>
        <source>Show and play the frames through the Pipeline dock&apos;s pipeline (P); flag them as they play</source>
        <translation>Die Bilder durch die Pipeline des Pipeline-Docks zeigen und abspielen (P); beim Abspielen markieren</translation>
    </message>
    <message>
        <source>%1   header only, no image</source>
        <translation>%1   nur Header, kein Bild</translation>
    </message>
    <message>
        <source>%1   %2display range %3 .. %4</source>
        <translation>%1   %2Anzeigebereich %3 .. %4</translation>
    </message>
    <message>
        <source>processed, </source>
        <translation>verarbeitet, </translation>
    </message>
    <message>
        <source>Being made through the pipeline ...</source>
        <translation>Wird durch die Pipeline erzeugt ...</translation>
    </message>
    <message>
        <source>Being read ...</source>
        <translation>Wird gelesen ...</translation>
    </message>
    <message>
        <source>   damaged: %1</source>
        <translation>   beschädigt: %1</translation>
    </message>
    <message>
        <source>Frame &amp;Caption</source>
        <translation>Bild&amp;beschriftung</translation>
    </message>
    <message>
        <source>Time, detector and frame number on the image, also while playing (I)</source>
        <translation>Zeit, Detektor und Bildnummer auf dem Bild, auch beim Abspielen (I)</translation>
    </message>
    <message>
        <source>the values as read</source>
        <translation>die Werte wie gelesen</translation>
    </message>
    <message>
        <source>processed values</source>
        <translation>verarbeitete Werte</translation>
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
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
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
    <message>
        <source>Processing</source>
        <translation>Verarbeitung</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Quit HelioBench</source>
        <translation>HelioBench beenden</translation>
    </message>
    <message>
        <source>These pipelines were edited and not saved:
%1

Quit and lose the edits?</source>
        <translation>Diese Pipelines wurden bearbeitet und nicht gespeichert:
%1

Beenden und die Änderungen verlieren?</translation>
    </message>
    <message>
        <source>Cancel, then save them with &quot;Save pipeline as...&quot; in the Pipeline dock.</source>
        <translation>Abbrechen und sie mit &quot;Pipeline speichern unter...&quot; im Pipeline-Dock speichern.</translation>
    </message>
    <message>
        <source>&amp;Docks</source>
        <translation>&amp;Docks</translation>
    </message>
    <message>
        <source>%1: no frame of the detector %2</source>
        <translation>%1: kein Bild des Detektors %2</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1
(click to dismiss)</source>
        <translation>%1
(zum Schließen klicken)</translation>
    </message>
</context>
<context>
    <name>hb::app::MovieExportDialog</name>
    <message>
        <source>Process with the pipeline &quot;%1&quot;</source>
        <translation>Mit der Pipeline „%1“ verarbeiten</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Frame number</source>
        <translation>Bildnummer</translation>
    </message>
    <message>
        <source>Colour bar</source>
        <translation>Farbskala</translation>
    </message>
    <message>
        <source>Scale (solar radii)</source>
        <translation>Maßstab (Sonnenradien)</translation>
    </message>
    <message>
        <source>Write the frame list (what went in, what was left out and why) next to the movie</source>
        <translation>Die Bildliste (was enthalten ist, was ausgelassen wurde und warum) neben den Film schreiben</translation>
    </message>
    <message>
        <source>Export Movie</source>
        <translation>Film exportieren</translation>
    </message>
    <message numerus="yes">
        <source>This day (%n frame(s))</source>
        <translation>
            <numerusform>Dieser Tag (%n Bild)</numerusform>
            <numerusform>Dieser Tag (%n Bilder)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every day of the instrument (%n frame(s))</source>
        <translation>
            <numerusform>Alle Tage des Instruments (%n Bild)</numerusform>
            <numerusform>Alle Tage des Instruments (%n Bilder)</numerusform>
        </translation>
    </message>
    <message>
        <source>MP4 (H.264)</source>
        <translation>MP4 (H.264)</translation>
    </message>
    <message>
        <source>AVI (Motion JPEG)</source>
        <translation>AVI (Motion JPEG)</translation>
    </message>
    <message>
        <source>WebM (VP9)</source>
        <translation>WebM (VP9)</translation>
    </message>
    <message>
        <source>Animated GIF</source>
        <translation>Animiertes GIF</translation>
    </message>
    <message>
        <source>PNG frames (a folder)</source>
        <translation>PNG-Einzelbilder (ein Ordner)</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation> Bilder/s</translation>
    </message>
    <message>
        <source>as the frames</source>
        <translation>wie die Bilder</translation>
    </message>
    <message>
        <source> px wide</source>
        <translation> px breit</translation>
    </message>
    <message>
        <source>Percentiles over the movie</source>
        <translation>Perzentile über den Film</translation>
    </message>
    <message>
        <source>Fixed values</source>
        <translation>Feste Werte</translation>
    </message>
    <message>
        <source>One range for every frame, so that brightness means the same throughout the movie</source>
        <translation>Ein Bereich für alle Bilder, damit Helligkeit im ganzen Film dasselbe bedeutet</translation>
    </message>
    <message>
        <source>Optional title, top centre</source>
        <translation>Optionaler Titel, oben mittig</translation>
    </message>
    <message>
        <source>Folder for the processed frames as FITS (optional)</source>
        <translation>Ordner für die verarbeiteten Bilder als FITS (optional)</translation>
    </message>
    <message>
        <source>Write the processed frames into</source>
        <translation>Die verarbeiteten Bilder schreiben nach</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Movie</source>
        <translation>Film</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Bildrate</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>Colour map</source>
        <translation>Farbtabelle</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Beschriftungen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>FITS</source>
        <translation>FITS</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Folder to make for the PNG frames</source>
        <translation>Anzulegender Ordner für die PNG-Einzelbilder</translation>
    </message>
    <message>
        <source>Export the movie as</source>
        <translation>Den Film exportieren als</translation>
    </message>
    <message>
        <source>Movies (*.mp4 *.avi *.webm *.gif)</source>
        <translation>Filme (*.mp4 *.avi *.webm *.gif)</translation>
    </message>
    <message>
        <source>The folder of &quot;%1&quot; does not exist.</source>
        <translation>Der Ordner von „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder.</source>
        <translation>„%1“ ist kein Ordner.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists. Replace it?</source>
        <translation>„%1“ existiert. Ersetzen?</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Folge</translation>
    </message>
    <message>
        <source>Leave out flagged frames (%1 in the review database), flagged as:</source>
        <translation>Markierte Bilder weglassen (%1 in der Prüfdatenbank), markiert als:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>hb::app::MovieExporter</name>
    <message>
        <source>Making %1 ...</source>
        <translation>Erstelle %1 ...</translation>
    </message>
    <message>
        <source>Export Movie</source>
        <translation>Film exportieren</translation>
    </message>
    <message>
        <source>No movie was made: %1</source>
        <translation>Es wurde kein Film erstellt: %1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Abgebrochen: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1: %2 frames, %3 x %4, %5 frames/s
%6 flagged, %7 left out by hand, %8 rejected by a step, %9 failed</source>
        <translation>%1: %2 Bilder, %3 x %4, %5 Bilder/s
%6 markiert, %7 von Hand ausgelassen, %8 von einem Schritt abgelehnt, %9 fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>hb::app::NoteDialog</name>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Keep the note (Ctrl+Enter)</source>
        <translation>Notiz behalten (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Ctrl+Enter keeps the note, Escape drops it.</source>
        <translation>Strg+Eingabe behält die Notiz, Escape verwirft sie.</translation>
    </message>
</context>
<context>
    <name>hb::app::PipelineApplier</name>
    <message>
        <source>Apply pipeline</source>
        <translation>Pipeline anwenden</translation>
    </message>
    <message>
        <source>A pipeline is already running; wait for it or cancel it.</source>
        <translation>Eine Pipeline läuft bereits; warten Sie, bis sie fertig ist, oder brechen Sie sie ab.</translation>
    </message>
    <message numerus="yes">
        <source>Write the products of %1 (%n file(s)) into</source>
        <translation>
            <numerusform>Produkte von %1 (%n Datei) schreiben nach</numerusform>
            <numerusform>Produkte von %1 (%n Dateien) schreiben nach</numerusform>
        </translation>
    </message>
    <message>
        <source>Running &quot;%1&quot; ...</source>
        <translation>„%1“ läuft ...</translation>
    </message>
    <message>
        <source>Pipeline finished</source>
        <translation>Pipeline beendet</translation>
    </message>
    <message>
        <source>%1 written to %2
%3 already there (kept), %4 rejected, %5 skipped, %6 failed, %7 not run (cancelled)</source>
        <translation>%1 nach %2 geschrieben
%3 schon vorhanden (behalten), %4 abgewiesen, %5 übersprungen, %6 fehlgeschlagen, %7 nicht ausgeführt (abgebrochen)</translation>
    </message>
    <message numerus="yes">
        <source>Replace the %n existing output(s)</source>
        <translation>
            <numerusform>Die %n vorhandene Ausgabe ersetzen</numerusform>
            <numerusform>Die %n vorhandenen Ausgaben ersetzen</numerusform>
        </translation>
    </message>
    <message>
        <source>The pipeline stopped: %1</source>
        <translation>Die Pipeline wurde abgebrochen: %1</translation>
    </message>
</context>
<context>
    <name>hb::app::PipelineDocument</name>
    <message>
        <source>Change %1 of %2</source>
        <translation>%1 von %2 ändern</translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation>%1 einschalten</translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation>%1 ausschalten</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation>%1 laden</translation>
    </message>
</context>
<context>
    <name>hb::app::PipelinePanel</name>
    <message>
        <source>Live preview</source>
        <translation>Live-Vorschau</translation>
    </message>
    <message>
        <source>Run the pipeline on the frame on screen after every change and show the chosen step&apos;s input and output in the Processing tab</source>
        <translation>Nach jeder Änderung die Pipeline auf das angezeigte Bild anwenden und Ein- und Ausgabe des gewählten Schritts im Reiter Verarbeitung zeigen</translation>
    </message>
    <message>
        <source>Open pipeline...</source>
        <translation>Pipeline öffnen ...</translation>
    </message>
    <message>
        <source>Open Pipeline</source>
        <translation>Pipeline öffnen</translation>
    </message>
    <message>
        <source>Pipelines (*.json)</source>
        <translation>Pipelines (*.json)</translation>
    </message>
    <message>
        <source>Save pipeline as...</source>
        <translation>Pipeline speichern unter ...</translation>
    </message>
    <message>
        <source>Save Pipeline</source>
        <translation>Pipeline speichern</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a step after the chosen one</source>
        <translation>Einen Schritt nach dem gewählten hinzufügen</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Schritt entfernen</translation>
    </message>
    <message>
        <source>Move step up</source>
        <translation>Schritt nach oben</translation>
    </message>
    <message>
        <source>Move step down</source>
        <translation>Schritt nach unten</translation>
    </message>
    <message>
        <source>Apply to</source>
        <translation>Anwenden auf</translation>
    </message>
    <message>
        <source>This frame...</source>
        <translation>Dieses Bild ...</translation>
    </message>
    <message>
        <source>This day...</source>
        <translation>Diesen Tag ...</translation>
    </message>
    <message>
        <source>The whole catalog...</source>
        <translation>Den ganzen Katalog ...</translation>
    </message>
    <message>
        <source>Empty pipeline</source>
        <translation>Leere Pipeline</translation>
    </message>
    <message>
        <source> (not for %1 frames)</source>
        <translation> (nicht für %1-Bilder)</translation>
    </message>
    <message>
        <source>Parameter refused</source>
        <translation>Parameter abgelehnt</translation>
    </message>
    <message>
        <source>Cannot open the pipeline</source>
        <translation>Die Pipeline lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>Cannot save the pipeline</source>
        <translation>Die Pipeline lässt sich nicht speichern</translation>
    </message>
    <message>
        <source>This order makes no sense: %1.</source>
        <translation>Diese Reihenfolge ergibt keinen Sinn: %1.</translation>
    </message>
</context>
<context>
    <name>hb::app::PreviewPanel</name>
    <message>
        <source>after this step</source>
        <translation>nach diesem Schritt</translation>
    </message>
    <message>
        <source>at the end of the pipeline</source>
        <translation>am Ende der Pipeline</translation>
    </message>
    <message>
        <source>What the right-hand picture shows</source>
        <translation>Was das rechte Bild zeigt</translation>
    </message>
    <message>
        <source>Right:</source>
        <translation>Rechts:</translation>
    </message>
    <message>
        <source>Open a folder and choose a frame: the pipeline runs on it here, step by step.</source>
        <translation>Öffnen Sie einen Ordner und wählen Sie ein Bild: Hier läuft die Pipeline Schritt für Schritt darauf.</translation>
    </message>
    <message>
        <source>Left %1;  right %2.</source>
        <translation>Links %1;  rechts %2.</translation>
    </message>
    <message>
        <source>Left: the frame as read; right: after the whole pipeline.  %1</source>
        <translation>Links: das Bild wie gelesen; rechts: nach der ganzen Pipeline.  %1</translation>
    </message>
    <message>
        <source>Step %1, %2: its input on the left.  %3</source>
        <translation>Schritt %1, %2: links seine Eingabe.  %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 ms, of which %2 ms drawing; steps run: %n</source>
        <translation>
            <numerusform>%1 ms, davon %2 ms Zeichnen; %n Schritt ausgeführt</numerusform>
            <numerusform>%1 ms, davon %2 ms Zeichnen; %n Schritte ausgeführt</numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1 skips this frame: %2</source>
        <translation>Schritt %1 überspringt dieses Bild: %2</translation>
    </message>
    <message>
        <source>Step %1 failed: %2</source>
        <translation>Schritt %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Same range both sides</source>
        <translation>Gleicher Bereich auf beiden Seiten</translation>
    </message>
    <message>
        <source>Draw the right side with the left side&apos;s range, so that what the step changes shows as a change of brightness; on by default for steps that keep the units</source>
        <translation>Die rechte Seite mit dem Bereich der linken zeichnen, sodass sich die Wirkung des Schritts als Helligkeitsänderung zeigt; voreingestellt für Schritte, die die Einheiten behalten</translation>
    </message>
    <message>
        <source>Both sides %1.</source>
        <translation>Beide Seiten %1.</translation>
    </message>
    <message>
        <source>before</source>
        <translation>davor</translation>
    </message>
    <message>
        <source>after the pipeline</source>
        <translation>nach der Pipeline</translation>
    </message>
</context>
<context>
    <name>hb::app::PreviousFrameCompare</name>
    <message>
        <source>The first frame of a sequence has no previous frame to compare with.</source>
        <translation>Das erste Bild einer Folge hat kein vorheriges Bild zum Vergleich.</translation>
    </message>
    <message>
        <source>, processed</source>
        <translation>, verarbeitet</translation>
    </message>
</context>
<context>
    <name>hb::app::ProcessingController</name>
    <message>
        <source>Live preview is off (Pipeline dock).</source>
        <translation>Die Live-Vorschau ist ausgeschaltet (Pipeline-Fenster).</translation>
    </message>
    <message>
        <source>Choose a frame with an image: the pipeline runs on it here, step by step.</source>
        <translation>Wählen Sie ein Bild mit Pixeln: Hier läuft die Pipeline Schritt für Schritt darauf.</translation>
    </message>
    <message>
        <source>Apply pipeline</source>
        <translation>Pipeline anwenden</translation>
    </message>
    <message>
        <source>There is no frame to apply the pipeline to: open a folder and choose a frame.</source>
        <translation>Es gibt kein Bild, auf das die Pipeline angewendet werden kann: Öffnen Sie einen Ordner und wählen Sie ein Bild.</translation>
    </message>
    <message>
        <source>this frame</source>
        <translation>dieses Bild</translation>
    </message>
    <message>
        <source>this day</source>
        <translation>diesen Tag</translation>
    </message>
    <message>
        <source>the catalog</source>
        <translation>den Katalog</translation>
    </message>
</context>
<context>
    <name>hb::app::ProcessingWorkspace</name>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
</context>
<context>
    <name>hb::app::ProposalList</name>
    <message>
        <source>Accept chosen</source>
        <translation>Gewählte annehmen</translation>
    </message>
    <message>
        <source>Dismiss chosen</source>
        <translation>Gewählte verwerfen</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>Alle annehmen</translation>
    </message>
    <message>
        <source>Dismiss all</source>
        <translation>Alle verwerfen</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Detector</source>
        <translation>Detektor</translation>
    </message>
    <message>
        <source>No proposals waiting. Run a detector over a day to get some.</source>
        <translation>Keine offenen Vorschläge. Lassen Sie einen Detektor über einen Tag laufen, um welche zu erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s)</source>
        <translation>
            <numerusform>%n Vorschlag</numerusform>
            <numerusform>%n Vorschläge</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 waiting for a decision</source>
        <translation>Zur Entscheidung offen: %1</translation>
    </message>
    <message>
        <source>%1 for %2 waiting for a decision; a frame with several was proposed by several detectors</source>
        <translation>Zur Entscheidung offen: %1 für %2; ein Bild mit mehreren wurde von mehreren Detektoren vorgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hb::app::ReviewPanel</name>
    <message>
        <source>by hand</source>
        <translation>von Hand</translation>
    </message>
    <message>
        <source>by %1 v%2, score %3</source>
        <translation>durch %1 v%2, Wert %3</translation>
    </message>
    <message>
        <source>Frame on screen</source>
        <translation>Angezeigtes Bild</translation>
    </message>
    <message>
        <source>Flag as</source>
        <translation>Markieren als</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>Entscheiden</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Gehe zu</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Clear flag</source>
        <translation>Markierung löschen</translation>
    </message>
    <message>
        <source>Note...</source>
        <translation>Notiz ...</translation>
    </message>
    <message>
        <source>Undo flag</source>
        <translation>Markierung rückgängig</translation>
    </message>
    <message>
        <source>Redo flag</source>
        <translation>Markierung wiederholen</translation>
    </message>
    <message>
        <source>Accept proposal</source>
        <translation>Vorschlag annehmen</translation>
    </message>
    <message>
        <source>Dismiss proposal</source>
        <translation>Vorschlag verwerfen</translation>
    </message>
    <message>
        <source>Next unreviewed</source>
        <translation>Nächstes ungeprüftes Bild</translation>
    </message>
    <message>
        <source>Next flagged</source>
        <translation>Nächstes markiertes Bild</translation>
    </message>
    <message>
        <source>Previous flagged</source>
        <translation>Vorheriges markiertes Bild</translation>
    </message>
    <message>
        <source>Review mode</source>
        <translation>Prüfmodus</translation>
    </message>
    <message>
        <source>Frames stepped past with the arrow keys count as reviewed (Ctrl+R)</source>
        <translation>Mit den Pfeiltasten verlassene Bilder gelten als geprüft (Strg+R)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 reviewed, %4 flagged</source>
        <translation>%1: %2 von %3 geprüft, %4 markiert</translation>
    </message>
    <message>
        <source>Flags are saved at once in %1</source>
        <translation>Markierungen werden sofort gespeichert in %1</translation>
    </message>
    <message>
        <source>No frame</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <source>Flagged: %1, %2</source>
        <translation>Markiert: %1, %2</translation>
    </message>
    <message>
        <source>Reviewed, not flagged</source>
        <translation>Geprüft, nicht markiert</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>Proposed: %1, %2</source>
        <translation>Vorgeschlagen: %1, %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Note on the flag of %1:</source>
        <translation>Notiz zur Markierung von %1:</translation>
    </message>
    <message>
        <source>Note on %1 (flags it as &quot;other&quot;):</source>
        <translation>Notiz zu %1 (markiert es als „Anderes“):</translation>
    </message>
    <message>
        <source>Review mode: on</source>
        <translation>Prüfmodus: an</translation>
    </message>
    <message>
        <source>Review mode: off</source>
        <translation>Prüfmodus: aus</translation>
    </message>
    <message>
        <source>No review database: open a folder first.</source>
        <translation>Keine Prüfdatenbank: Öffnen Sie zuerst einen Ordner.</translation>
    </message>
</context>
<context>
    <name>hb::app::ReviewSession</name>
    <message>
        <source>Review is off: %1</source>
        <translation>Prüfung ist aus: %1</translation>
    </message>
    <message>
        <source>Flag %1 as %2</source>
        <translation>%1 als %2 markieren</translation>
    </message>
    <message>
        <source>Clear the flag of %1</source>
        <translation>Markierung von %1 löschen</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>Notiz zu %1</translation>
    </message>
</context>
<context>
    <name>hb::app::ReviewWorkspace</name>
    <message>
        <source>Every frame of this sequence is reviewed.</source>
        <translation>Jedes Bild dieser Folge ist geprüft.</translation>
    </message>
    <message>
        <source>No other flagged frame in this sequence.</source>
        <translation>Kein weiteres markiertes Bild in dieser Folge.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Detectors</source>
        <translation>Detektoren</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>%1 is hidden by the catalog&apos;s filters.</source>
        <translation>%1 ist durch die Filter des Katalogs ausgeblendet.</translation>
    </message>
    <message>
        <source>%1 is not in the catalog.</source>
        <translation>%1 ist nicht im Katalog.</translation>
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
    <name>hb::steps</name>
    <message>
        <source>Rebin to a common size</source>
        <translation>Auf eine gemeinsame Größe umrechnen</translation>
    </message>
    <message>
        <source>Brings square frames to 2048, 1024, 512 or 256 pixels by integer factors: block mean for surface brightness (DN/s, MSB), block sum for raw DN (auto chooses by BUNIT), so that total flux is kept; enlarging interpolates bilinearly. CDELT is multiplied by the factor and CRPIX&apos; = (CRPIX - 0.5) / f + 0.5, so the WCS still points every pixel right.</source>
        <translation>Bringt quadratische Bilder um ganzzahlige Faktoren auf 2048, 1024, 512 oder 256 Pixel: Blockmittel für Flächenhelligkeit (DN/s, MSB), Blocksumme für Roh-DN (auto wählt nach BUNIT), sodass der Gesamtfluss erhalten bleibt; Vergrößern interpoliert bilinear. CDELT wird mit dem Faktor multipliziert und CRPIX&apos; = (CRPIX - 0,5) / f + 0,5, sodass das WCS jedem Pixel weiterhin die richtige Position gibt.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Width and height of the output; one size for a whole day of frames</source>
        <translation>Breite und Höhe der Ausgabe; eine Größe für alle Bilder eines Tages</translation>
    </message>
    <message>
        <source>Combine pixels by</source>
        <translation>Pixel zusammenfassen durch</translation>
    </message>
    <message>
        <source>auto: sum for DN, mean for DN/s and calibrated units</source>
        <translation>auto: Summe für DN, Mittel für DN/s und kalibrierte Einheiten</translation>
    </message>
    <message>
        <source>Reject listed frames</source>
        <translation>Gelistete Bilder abweisen</translation>
    </message>
    <message>
        <source>Reject list</source>
        <translation>Ausschlussliste</translation>
    </message>
    <message>
        <source>Rotate to solar north</source>
        <translation>Nach Sonnennord drehen</translation>
    </message>
    <message>
        <source>Rotates the image about the Sun centre so that solar north is up (by the roll in the PC matrix or CROTA), optionally moving the Sun to the image centre, and rewrites the WCS (CRPIX at the Sun centre, CRVAL 0, PC identity, CROTA 0) so that every pixel keeps its helioprojective coordinates. Pixels from outside the input become NaN, masked outside the field of view.</source>
        <translation>Dreht das Bild um die Sonnenmitte, sodass Sonnennord oben ist (um den Rollwinkel aus der PC-Matrix oder CROTA), verschiebt auf Wunsch die Sonne in die Bildmitte und schreibt das WCS neu (CRPIX in der Sonnenmitte, CRVAL 0, PC Einheitsmatrix, CROTA 0), sodass jedes Pixel seine helioprojektiven Koordinaten behält. Pixel von außerhalb der Eingabe werden NaN und als außerhalb des Gesichtsfelds maskiert.</translation>
    </message>
    <message>
        <source>Centre the Sun</source>
        <translation>Sonne zentrieren</translation>
    </message>
    <message>
        <source>Move the Sun centre to the middle of the image</source>
        <translation>Die Sonnenmitte in die Bildmitte verschieben</translation>
    </message>
    <message>
        <source>Interpolation</source>
        <translation>Interpolation</translation>
    </message>
    <message>
        <source>nearest keeps values exactly; cubic is sharpest</source>
        <translation>nearest erhält die Werte genau; cubic ist am schärfsten</translation>
    </message>
    <message>
        <source>Select science images</source>
        <translation>Wissenschaftsbilder auswählen</translation>
    </message>
    <message>
        <source>Skip beacon images</source>
        <translation>Beacon-Bilder überspringen</translation>
    </message>
    <message>
        <source>Space-weather beacon images: low resolution, heavily compressed</source>
        <translation>Weltraumwetter-Beacon-Bilder: geringe Auflösung, stark komprimiert</translation>
    </message>
    <message>
        <source>Skip polarised images</source>
        <translation>Polarisierte Bilder überspringen</translation>
    </message>
    <message>
        <source>Images through one polariser (members of a polarisation triplet): not total brightness</source>
        <translation>Bilder durch einen Polarisator (Teile eines Polarisationstripels): keine Gesamthelligkeit</translation>
    </message>
    <message>
        <source>Subtract bias, normalise exposure</source>
        <translation>Bias abziehen, Belichtung normieren</translation>
    </message>
    <message>
        <source>Subtracts the bias (the header&apos;s OFFSET, or a value from the exposure-factor tables) and divides by the corrected exposure time EXPTIME x exposure factor, giving DN/s (SSW get_exp_factor). The factor is 1 when the tables are not at hand. Writes OFFSETCR and the corrected EXPTIME.</source>
        <translation>Zieht den Bias ab (OFFSET aus dem Header oder einen Wert aus den Belichtungsfaktor-Tabellen) und teilt durch die korrigierte Belichtungszeit EXPTIME x Belichtungsfaktor; Ergebnis in DN/s (SSW get_exp_factor). Der Faktor ist 1, wenn die Tabellen nicht vorliegen. Schreibt OFFSETCR und die korrigierte EXPTIME.</translation>
    </message>
    <message>
        <source>Bias from</source>
        <translation>Bias aus</translation>
    </message>
    <message>
        <source>header: OFFSET; value: the number below; none: polarisation products and monthly images</source>
        <translation>header: OFFSET; value: die Zahl unten; none: Polarisationsprodukte und Monatsbilder</translation>
    </message>
    <message>
        <source>Bias value</source>
        <translation>Bias-Wert</translation>
    </message>
    <message>
        <source>Bias from the exposure-factor table (c2_expfactor_yymmdd.dat)</source>
        <translation>Bias aus der Belichtungsfaktor-Tabelle (c2_expfactor_yymmdd.dat)</translation>
    </message>
    <message>
        <source>Exposure factor</source>
        <translation>Belichtungsfaktor</translation>
    </message>
    <message>
        <source>Correction of the commanded exposure time from the tables</source>
        <translation>Korrektur der kommandierten Belichtungszeit aus den Tabellen</translation>
    </message>
    <message>
        <source>Calibrate to solar brightness</source>
        <translation>Auf Sonnenhelligkeit kalibrieren</translation>
    </message>
    <message>
        <source>Multiplies DN/s by the C2 or C3 calibration factor for the frame&apos;s filter, polariser and date (SSW c2_calfactor, c3_calfactor), divided by the onboard and camera summing (SUMCOL, SUMROW, LEBXSUM, LEBYSUM), giving mean solar brightness (MSB). Writes CALFAC.</source>
        <translation>Multipliert DN/s mit dem C2- oder C3-Kalibrierfaktor für Filter, Polarisator und Datum des Bildes (SSW c2_calfactor, c3_calfactor), geteilt durch die Summierung an Bord und in der Kamera (SUMCOL, SUMROW, LEBXSUM, LEBYSUM); Ergebnis in mittlerer Sonnenhelligkeit (MSB). Schreibt CALFAC.</translation>
    </message>
    <message>
        <source>Factor (0: instrument default)</source>
        <translation>Faktor (0: Vorgabe des Instruments)</translation>
    </message>
    <message>
        <source>Calibration factor in MSB per DN/s to use instead of the table</source>
        <translation>Kalibrierfaktor in MSB pro DN/s anstelle des Tabellenwerts</translation>
    </message>
    <message>
        <source>Mask missing blocks and onboard masks</source>
        <translation>Fehlende Blöcke und Bordmasken maskieren</translation>
    </message>
    <message>
        <source>LASCO Level 0.5 images hold zeros in whole 32 x 32 blocks of the compression grid. A zero block inside the field of view is lost telemetry: its pixels become NaN, masked as missing. A zero block outside it (occulter, corners) is an onboard mask: NaN, masked as outside the field of view. Run it before the bias is subtracted, while the zeros are still zeros.</source>
        <translation>LASCO-Level-0.5-Bilder enthalten Nullen in ganzen 32 x 32-Blöcken des Kompressionsrasters. Ein Nullblock im Gesichtsfeld ist verlorene Telemetrie: seine Pixel werden NaN und als fehlend maskiert. Ein Nullblock außerhalb (Okkulter, Ecken) ist eine Bordmaske: NaN, als außerhalb des Gesichtsfelds maskiert. Vor dem Bias-Abzug ausführen, solange die Nullen noch Nullen sind.</translation>
    </message>
    <message>
        <source>Field of view</source>
        <translation>Gesichtsfeld</translation>
    </message>
    <message>
        <source>instrument: C2 2.2-6 Rsun, C3 3.7-30 Rsun; custom: the radii below</source>
        <translation>instrument: C2 2,2-6 Rsun, C3 3,7-30 Rsun; custom: die Radien unten</translation>
    </message>
    <message>
        <source>Inner radius</source>
        <translation>Innerer Radius</translation>
    </message>
    <message>
        <source>Edge of the occulter shadow, with a custom field</source>
        <translation>Rand des Okkulterschattens, bei eigenem Gesichtsfeld</translation>
    </message>
    <message>
        <source>Outer radius</source>
        <translation>Äußerer Radius</translation>
    </message>
    <message>
        <source>Edge of the field stop, with a custom field</source>
        <translation>Rand der Feldblende, bei eigenem Gesichtsfeld</translation>
    </message>
    <message>
        <source>Block size</source>
        <translation>Blockgröße</translation>
    </message>
    <message>
        <source>Side of the compression blocks in full-resolution pixels; smaller in binned images</source>
        <translation>Seitenlänge der Kompressionsblöcke in Pixeln voller Auflösung; in gebinnten Bildern kleiner</translation>
    </message>
    <message>
        <source>Vignetting and mask</source>
        <translation>Vignettierung und Maske</translation>
    </message>
    <message>
        <source>Multiplies by the LASCO vignetting function you point to (SSW c2vig_final.fts, c3vig_preint_final.fts before MJD 51000, c3vig_postint_final.fts after) and, for C3, by the occulter and pylon mask c3_cl_mask_lvl1.fts. A full-frame calibration image is cut to the frame&apos;s readout window (R1COL - 20, R1ROW - 1) and binned to its size by block mean. Where the mask is 0 the pixel becomes NaN, masked as outside the field of view.</source>
        <translation>Multipliert mit der angegebenen LASCO-Vignettierungsfunktion (SSW c2vig_final.fts, c3vig_preint_final.fts vor MJD 51000, danach c3vig_postint_final.fts) und bei C3 mit der Okkulter- und Haltermaske c3_cl_mask_lvl1.fts. Ein Vollbild-Kalibrierbild wird auf das Auslesefenster des Bildes zugeschnitten (R1COL - 20, R1ROW - 1) und per Blockmittel auf seine Größe gebracht. Wo die Maske 0 ist, wird das Pixel NaN und als außerhalb des Gesichtsfelds maskiert.</translation>
    </message>
    <message>
        <source>Vignetting function</source>
        <translation>Vignettierungsfunktion</translation>
    </message>
    <message>
        <source>SSW LASCO vignetting FITS file for this detector</source>
        <translation>SSW-LASCO-Vignettierungsdatei (FITS) für diesen Detektor</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>Maske</translation>
    </message>
    <message>
        <source>C3 occulter and pylon mask (c3_cl_mask_lvl1.fts); empty: none</source>
        <translation>C3-Okkulter- und Haltermaske (c3_cl_mask_lvl1.fts); leer: keine</translation>
    </message>
    <message>
        <source>Subtract bias</source>
        <translation>Bias abziehen</translation>
    </message>
    <message>
        <source>Subtracts the CCD bias (offset). From the header: BIASMEAN, scaled by the onboard summing still in the image (IPSUM), nothing when the image processor already removed it (codes 103, 37, 38) or an earlier run did (OFFSETCR); for HI the per-image share is removed as in hi_prep. Or a value you give, or the median of the unilluminated corners. Writes OFFSETCR.</source>
        <translation>Zieht den CCD-Bias (Offset) ab. Aus dem Header: BIASMEAN, skaliert mit der noch im Bild enthaltenen Bordsummierung (IPSUM), nichts, wenn der Bildprozessor ihn schon entfernt hat (Codes 103, 37, 38) oder ein früherer Lauf (OFFSETCR); bei HI wird der Anteil pro Einzelbild wie in hi_prep entfernt. Oder ein angegebener Wert oder der Median der unbeleuchteten Ecken. Schreibt OFFSETCR.</translation>
    </message>
    <message>
        <source>header: BIASMEAN; value: the number below; corners: median of the image corners</source>
        <translation>header: BIASMEAN; value: die Zahl unten; corners: Median der Bildecken</translation>
    </message>
    <message>
        <source>Used when the bias comes from a value</source>
        <translation>Verwendet, wenn der Bias aus einem Wert kommt</translation>
    </message>
    <message>
        <source>Corner size</source>
        <translation>Eckengröße</translation>
    </message>
    <message>
        <source>Side of each corner square used for the corner median</source>
        <translation>Seitenlänge jedes Eckquadrats für den Eckenmedian</translation>
    </message>
    <message>
        <source>Multiplies DN/s by the photometric calibration factor of the detector and spacecraft (SSW get_calfac; COR1 and HI factors drift with time): mean solar brightness (MSB) for COR and HI, photons for EUVI. Divides by the onboard summing still in the image and doubles single-polariser total-brightness images. Writes CALFAC.</source>
        <translation>Multipliert DN/s mit dem photometrischen Kalibrierfaktor von Detektor und Raumsonde (SSW get_calfac; die Faktoren von COR1 und HI ändern sich mit der Zeit): mittlere Sonnenhelligkeit (MSB) für COR und HI, Photonen für EUVI. Teilt durch die noch im Bild enthaltene Bordsummierung und verdoppelt Gesamthelligkeitsbilder aus einer einzigen Polarisatorstellung. Schreibt CALFAC.</translation>
    </message>
    <message>
        <source>Calibration factor to use instead of the instrument&apos;s</source>
        <translation>Kalibrierfaktor anstelle des Instrumentwerts</translation>
    </message>
    <message>
        <source>Double single-polariser total brightness</source>
        <translation>Gesamthelligkeit aus einem Polarisator verdoppeln</translation>
    </message>
    <message>
        <source>POLAR = 1001 from one polariser position passes half the light (not for DOUBLE exposures)</source>
        <translation>POLAR = 1001 aus einer Polarisatorstellung lässt das halbe Licht durch (nicht bei DOUBLE-Belichtungen)</translation>
    </message>
    <message>
        <source>Vignetting / flat field</source>
        <translation>Vignettierung / Flatfield</translation>
    </message>
    <message>
        <source>Corrects with the SSW calibration image you point to: COR vignetting functions divide, EUVI and HI flat fields multiply. A full-CCD calibration image is trimmed to the imaging area, binned to the image size by block mean and turned by 180 degrees for STEREO-A between 2015-05-19 and 2023-08-12. Where the calibration image is 0 the pixel becomes NaN and is masked as a bad pixel.</source>
        <translation>Korrigiert mit dem angegebenen SSW-Kalibrierbild: durch COR-Vignettierungsfunktionen wird geteilt, mit EUVI- und HI-Flatfields multipliziert. Ein Kalibrierbild des ganzen CCD wird auf die Bildfläche beschnitten, per Blockmittel auf die Bildgröße gebracht und für STEREO-A zwischen 2015-05-19 und 2023-08-12 um 180 Grad gedreht. Wo das Kalibrierbild 0 ist, wird das Pixel NaN und als schlechtes Pixel maskiert.</translation>
    </message>
    <message>
        <source>Calibration image</source>
        <translation>Kalibrierbild</translation>
    </message>
    <message>
        <source>SSW vignetting or flat-field FITS file for this detector and spacecraft</source>
        <translation>SSW-Vignettierungs- oder Flatfield-Datei (FITS) für diesen Detektor und diese Raumsonde</translation>
    </message>
    <message>
        <source>Apply by</source>
        <translation>Anwenden durch</translation>
    </message>
    <message>
        <source>auto: divide for COR1/COR2, multiply for EUVI/HI</source>
        <translation>auto: teilen bei COR1/COR2, multiplizieren bei EUVI/HI</translation>
    </message>
    <message>
        <source>Normalise exposure</source>
        <translation>Belichtung normieren</translation>
    </message>
    <message>
        <source>Divides by the exposure time (EXPTIME) so that pixels are in DN/s and frames of different exposures compare. Refuses frames with no positive exposure time.</source>
        <translation>Teilt durch die Belichtungszeit (EXPTIME), sodass die Pixel in DN/s vorliegen und Bilder verschiedener Belichtung vergleichbar sind. Weist Bilder ohne positive Belichtungszeit ab.</translation>
    </message>
    <message>
        <source>Exposure (0: EXPTIME)</source>
        <translation>Belichtung (0: EXPTIME)</translation>
    </message>
    <message>
        <source>Exposure time to use instead of the header&apos;s</source>
        <translation>Belichtungszeit anstelle der aus dem Header</translation>
    </message>
    <message>
        <source>Mask missing telemetry blocks</source>
        <translation>Fehlende Telemetrieblöcke maskieren</translation>
    </message>
    <message>
        <source>Marks the compression blocks lost in telemetry as MISSING and sets them to NaN, so that no later step takes them for dark sky. From the header (NMISSING and MISSLIST, 64 x 64 pixel Rice blocks), from blocks that are exactly zero in raw DN (put this step before the bias), or both. With ICER compression above 98 and NMISSING &gt; 0 the whole image is missing.</source>
        <translation>Markiert die in der Telemetrie verlorenen Kompressionsblöcke als MISSING und setzt sie auf NaN, damit kein späterer Schritt sie für dunklen Himmel hält. Aus dem Header (NMISSING und MISSLIST, Rice-Blöcke von 64 x 64 Pixeln), aus Blöcken, die in Roh-DN genau null sind (diesen Schritt vor den Bias setzen), oder beides. Bei ICER-Kompression über 98 und NMISSING &gt; 0 fehlt das ganze Bild.</translation>
    </message>
    <message>
        <source>Find blocks from</source>
        <translation>Blöcke finden aus</translation>
    </message>
    <message>
        <source>header: MISSLIST; zeros: all-zero blocks; header_and_zeros: both</source>
        <translation>header: MISSLIST; zeros: Blöcke nur aus Nullen; header_and_zeros: beides</translation>
    </message>
    <message>
        <source>Side of a compression block in image pixels</source>
        <translation>Seitenlänge eines Kompressionsblocks in Bildpixeln</translation>
    </message>
    <message>
        <source>Undo onboard image processing</source>
        <translation>Bordseitige Bildverarbeitung rückgängig machen</translation>
    </message>
    <message>
        <source>Multiplies out the divisions the spacecraft&apos;s image processor applied (codes in IP_00_19: divide by 2, 4, ... 128, by 3) and squares images that were square-rooted onboard (code 2), so that pixels are in DN again. Marks the header so it is never done twice.</source>
        <translation>Macht die Divisionen des Bildprozessors der Raumsonde rückgängig (Codes in IP_00_19: durch 2, 4, ... 128, durch 3) und quadriert an Bord radizierte Bilder (Code 2), sodass die Pixel wieder in DN vorliegen. Vermerkt das im Header, damit es nie zweimal geschieht.</translation>
    </message>
    <message>
        <source>Undo onboard divisions</source>
        <translation>Bordseitige Divisionen rückgängig machen</translation>
    </message>
    <message>
        <source>Multiply by 2, 4, ... for each division code in IP_00_19</source>
        <translation>Für jeden Divisionscode in IP_00_19 mit 2, 4, ... multiplizieren</translation>
    </message>
    <message>
        <source>Undo onboard square root</source>
        <translation>Bordseitige Quadratwurzel rückgängig machen</translation>
    </message>
    <message>
        <source>Square the image once for each code 2 in IP_00_19</source>
        <translation>Das Bild für jeden Code 2 in IP_00_19 einmal quadrieren</translation>
    </message>
    <message>
        <source>Correct onboard summing</source>
        <translation>Bordsummierung korrigieren</translation>
    </message>
    <message>
        <source>Divides by (2^(IPSUM-1))^2, the number of CCD pixels the image processor added into each pixel, and sets IPSUM = 1. The bias step then subtracts the bias of one CCD pixel and the calibration factor applies unchanged.</source>
        <translation>Teilt durch (2^(IPSUM-1))^2, die Zahl der CCD-Pixel, die der Bildprozessor in jedem Pixel addiert hat, und setzt IPSUM = 1. Der Bias-Schritt zieht dann den Bias eines CCD-Pixels ab, und der Kalibrierfaktor gilt unverändert.</translation>
    </message>
    <message>
        <source>IPSUM (0: from the header)</source>
        <translation>IPSUM (0: aus dem Header)</translation>
    </message>
    <message>
        <source>Onboard summing level when the header&apos;s IPSUM is wrong</source>
        <translation>Bordsummierungsstufe, wenn IPSUM im Header falsch ist</translation>
    </message>
    <message>
        <source>Skips space-weather beacon images (low resolution, heavily compressed) and single polariser images, which do not belong in total-brightness movies and backgrounds. Polarisation triplets are not combined into total brightness here.</source>
        <translation>Überspringt Weltraumwetter-Beacon-Bilder (geringe Auflösung, stark komprimiert) und Bilder durch einen einzelnen Polarisator, die nicht in Filme und Hintergründe der Gesamthelligkeit gehören. Polarisationstripel werden hier nicht zur Gesamthelligkeit kombiniert.</translation>
    </message>
    <message>
        <source>Skips frames on a reject list (a text file, one name per line, &apos;#&apos; starts a comment, as the missions keep lists of corrupted images; or a CSV/JSON list) or flagged in a HelioBench review database. Skipped frames are reported, not failed.</source>
        <translation>Überspringt Bilder auf einer Ausschlussliste (eine Textdatei, ein Name pro Zeile, &apos;#&apos; beginnt einen Kommentar, wie die Missionen Listen beschädigter Bilder führen; oder eine CSV-/JSON-Liste) oder in einer HelioBench-Prüfdatenbank markierte Bilder. Übersprungene Bilder werden gemeldet, nicht als Fehler gezählt.</translation>
    </message>
    <message>
        <source>Text file with one file name per line, a CSV/JSON flag list or a review database</source>
        <translation>Textdatei mit einem Dateinamen pro Zeile, eine CSV-/JSON-Markierungsliste oder eine Prüfdatenbank</translation>
    </message>
    <message>
        <source>Detect corrupted frames</source>
        <translation>Beschädigte Bilder erkennen</translation>
    </message>
    <message>
        <source>Finds rows or columns whose level or spread jumps against the lines around them (stripes of corrupted telemetry), saturated rows or columns, blocks of one constant non-zero value, and, with temporal neighbours, pixels far from the median of the frames before and after (robust noise). Score: bad lines + constant blocks + percent of temporal outliers.</source>
        <translation>Findet Zeilen oder Spalten, deren Niveau oder Streuung gegenüber den umgebenden Linien springt (Streifen beschädigter Telemetrie), gesättigte Zeilen oder Spalten, Blöcke mit einem einzigen konstanten Wert ungleich null und, mit zeitlichen Nachbarn, Pixel weit vom Median der Bilder davor und danach (robustes Rauschen). Wert: schlechte Linien + konstante Blöcke + Prozent zeitlicher Ausreißer.</translation>
    </message>
    <message>
        <source>Stripe threshold</source>
        <translation>Streifenschwelle</translation>
    </message>
    <message>
        <source>A line&apos;s level jump, in robust sigmas of the line-to-line changes</source>
        <translation>Niveausprung einer Linie, in robusten Sigmas der Änderungen von Linie zu Linie</translation>
    </message>
    <message>
        <source>Spread factor</source>
        <translation>Streuungsfaktor</translation>
    </message>
    <message>
        <source>A line whose pixel spread exceeds its neighbours&apos; this many times is bad</source>
        <translation>Eine Linie, deren Pixelstreuung die ihrer Nachbarn so oft übersteigt, ist schlecht</translation>
    </message>
    <message>
        <source>Saturated line fraction</source>
        <translation>Anteil gesättigter Linie</translation>
    </message>
    <message>
        <source>A line with more than this share of pixels at the frame maximum is bad</source>
        <translation>Eine Linie mit mehr als diesem Anteil an Pixeln beim Bildmaximum ist schlecht</translation>
    </message>
    <message>
        <source>Constant blocks</source>
        <translation>Konstante Blöcke</translation>
    </message>
    <message>
        <source>Count blocks holding one non-zero value</source>
        <translation>Blöcke mit einem einzigen Wert ungleich null zählen</translation>
    </message>
    <message>
        <source>Compare with neighbours</source>
        <translation>Mit Nachbarn vergleichen</translation>
    </message>
    <message>
        <source>Outliers against the median of the frames before and after</source>
        <translation>Ausreißer gegenüber dem Median der Bilder davor und danach</translation>
    </message>
    <message>
        <source>Outlier threshold</source>
        <translation>Ausreißerschwelle</translation>
    </message>
    <message>
        <source>Distance from the neighbours&apos; median, in robust sigmas</source>
        <translation>Abstand vom Median der Nachbarn, in robusten Sigmas</translation>
    </message>
    <message>
        <source>Outlier share</source>
        <translation>Ausreißeranteil</translation>
    </message>
    <message>
        <source>Share of outlier pixels that makes the frame corrupted</source>
        <translation>Anteil an Ausreißerpixeln, ab dem das Bild beschädigt ist</translation>
    </message>
    <message>
        <source>Detect cosmic-ray storms</source>
        <translation>Stürme kosmischer Strahlung erkennen</translation>
    </message>
    <message>
        <source>Counts small bright blobs by the Laplacian of Gaussian on what the scene does not explain: the frame minus the median of its temporal neighbours (stars, planets and the corona cancel) or, without neighbours, minus a 5 x 5 median of itself. The threshold is in robust sigmas of that residual. A frame with more blobs than the storm rate is flagged. Score: blobs per frame, scaled up for the part of the frame without data.</source>
        <translation>Zählt kleine helle Flecken mit dem Laplace-Operator der Gaußfunktion in dem, was die Szene nicht erklärt: das Bild minus dem Median seiner zeitlichen Nachbarn (Sterne, Planeten und Korona heben sich auf) oder, ohne Nachbarn, minus einem 5-x-5-Median seiner selbst. Die Schwelle ist in robusten Sigmas dieses Rests. Ein Bild mit mehr Flecken als der Sturmrate wird markiert. Wert: Flecken pro Bild, hochgerechnet für den Bildteil ohne Daten.</translation>
    </message>
    <message>
        <source>Smallest scale</source>
        <translation>Kleinste Skala</translation>
    </message>
    <message>
        <source>Gaussian sigma of the smallest blobs sought</source>
        <translation>Gauß-Sigma der kleinsten gesuchten Flecken</translation>
    </message>
    <message>
        <source>Largest scale</source>
        <translation>Größte Skala</translation>
    </message>
    <message>
        <source>Gaussian sigma of the largest blobs sought</source>
        <translation>Gauß-Sigma der größten gesuchten Flecken</translation>
    </message>
    <message>
        <source>Scales</source>
        <translation>Skalen</translation>
    </message>
    <message>
        <source>Number of scales between the smallest and the largest</source>
        <translation>Zahl der Skalen zwischen der kleinsten und der größten</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>Blob strength in robust sigmas of the residual</source>
        <translation>Fleckstärke in robusten Sigmas des Rests</translation>
    </message>
    <message>
        <source>Storm rate</source>
        <translation>Sturmrate</translation>
    </message>
    <message>
        <source>Blobs per frame above which the frame is a cosmic-ray storm</source>
        <translation>Flecken pro Bild, ab denen das Bild ein Sturm kosmischer Strahlung ist</translation>
    </message>
    <message>
        <source>per frame</source>
        <translation>pro Bild</translation>
    </message>
    <message>
        <source>Subtract the median of the frames before and after</source>
        <translation>Den Median der Bilder davor und danach abziehen</translation>
    </message>
    <message>
        <source>Star drift</source>
        <translation>Sterndrift</translation>
    </message>
    <message>
        <source>How far stars move between neighbouring frames</source>
        <translation>Wie weit sich Sterne zwischen benachbarten Bildern bewegen</translation>
    </message>
    <message>
        <source>Detect missing blocks and holes</source>
        <translation>Fehlende Blöcke und Löcher erkennen</translation>
    </message>
    <message>
        <source>Finds blocks of zero or NaN pixels that are not the instrument&apos;s onboard masks (occulter, corners). Masks are learned from the temporal neighbours (a block empty in most of them is a mask) or declared as the parts of the image inside the inner radius or outside the outer radius. Score: the number of missing blocks.</source>
        <translation>Findet Blöcke aus Null- oder NaN-Pixeln, die keine bordseitigen Masken des Instruments sind (Okkulter, Ecken). Masken werden aus den zeitlichen Nachbarn gelernt (ein in den meisten leerer Block ist eine Maske) oder als die Bildteile innerhalb des inneren oder außerhalb des äußeren Radius festgelegt. Wert: die Zahl fehlender Blöcke.</translation>
    </message>
    <message>
        <source>Side of the telemetry blocks; 0: 32 px per 1024 px of image</source>
        <translation>Seitenlänge der Telemetrieblöcke; 0: 32 px pro 1024 px Bild</translation>
    </message>
    <message>
        <source>Empty fraction</source>
        <translation>Leeranteil</translation>
    </message>
    <message>
        <source>Share of a block&apos;s pixels that must be zero or NaN</source>
        <translation>Anteil der Pixel eines Blocks, die null oder NaN sein müssen</translation>
    </message>
    <message>
        <source>Onboard masks</source>
        <translation>Bordmasken</translation>
    </message>
    <message>
        <source>learned: from the temporal neighbours (declared where there are none); declared: the radii below</source>
        <translation>learned: aus den zeitlichen Nachbarn (declared, wo es keine gibt); declared: die Radien unten</translation>
    </message>
    <message>
        <source>Mask recurrence</source>
        <translation>Maskenwiederkehr</translation>
    </message>
    <message>
        <source>A block empty in at least this share of the neighbours is a mask</source>
        <translation>Ein Block, der in mindestens diesem Anteil der Nachbarn leer ist, ist eine Maske</translation>
    </message>
    <message>
        <source>Declared occulter mask, as a fraction of half the image width</source>
        <translation>Festgelegte Okkultermaske, als Anteil der halben Bildbreite</translation>
    </message>
    <message>
        <source>Declared corner masks begin here, as a fraction of half the image width</source>
        <translation>Festgelegte Eckmasken beginnen hier, als Anteil der halben Bildbreite</translation>
    </message>
    <message>
        <source>Flag from</source>
        <translation>Markieren ab</translation>
    </message>
    <message>
        <source>Missing blocks that make the frame flagged</source>
        <translation>Fehlende Blöcke, ab denen das Bild markiert wird</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>Blöcke</translation>
    </message>
    <message>
        <source>Detect comet/planet transients</source>
        <translation>Kometen-/Planetentransienten erkennen</translation>
    </message>
    <message>
        <source>Working size</source>
        <translation>Arbeitsgröße</translation>
    </message>
    <message>
        <source>The frame is reduced to at most this many pixels a side first</source>
        <translation>Das Bild wird zuerst auf höchstens so viele Pixel pro Seite verkleinert</translation>
    </message>
    <message>
        <source>Canny low</source>
        <translation>Canny unten</translation>
    </message>
    <message>
        <source>Canny high</source>
        <translation>Canny oben</translation>
    </message>
    <message>
        <source>Upper hysteresis threshold</source>
        <translation>Obere Hystereseschwelle</translation>
    </message>
    <message>
        <source>Hough votes</source>
        <translation>Hough-Stimmen</translation>
    </message>
    <message>
        <source>Edge pixels a line needs</source>
        <translation>Kantenpixel, die eine Linie braucht</translation>
    </message>
    <message>
        <source>Minimum length</source>
        <translation>Mindestlänge</translation>
    </message>
    <message>
        <source>Shortest segment, in working pixels</source>
        <translation>Kürzestes Segment, in Arbeitspixeln</translation>
    </message>
    <message>
        <source>Largest gap</source>
        <translation>Größte Lücke</translation>
    </message>
    <message>
        <source>Gap bridged within a segment</source>
        <translation>Innerhalb eines Segments überbrückte Lücke</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Readout direction bleeds follow: rows (LASCO), columns (SECCHI) or any</source>
        <translation>Ausleserichtung, der Überläufe folgen: Zeilen (LASCO), Spalten (SECCHI) oder beliebig</translation>
    </message>
    <message>
        <source>Angle tolerance</source>
        <translation>Winkeltoleranz</translation>
    </message>
    <message>
        <source>Largest deviation from the direction</source>
        <translation>Größte Abweichung von der Richtung</translation>
    </message>
    <message>
        <source>Lines allowed</source>
        <translation>Erlaubte Linien</translation>
    </message>
    <message>
        <source>More segments than this make the frame a transient</source>
        <translation>Mehr Segmente als diese machen das Bild zum Transienten</translation>
    </message>
    <message>
        <source>Finds planets with their bleed trails and comets with their tails: Canny edges of where the frame is brighter than the median of its temporal neighbours (in log units, so static streamers cancel), then probabilistic Hough line segments of a minimum length, in any direction or along the readout direction (rows for LASCO, columns for SECCHI). Without neighbours, the edges of the frame itself. Edges at the borders of masks, missing blocks and the picture are ignored. Score: the number of segments.</source>
        <translation>Findet Planeten mit ihren Überlaufspuren und Kometen mit ihren Schweifen: Canny-Kanten dort, wo das Bild heller ist als der Median seiner zeitlichen Nachbarn (in logarithmischen Einheiten, sodass ruhende Streamer sich aufheben), dann probabilistische Hough-Liniensegmente einer Mindestlänge, in beliebiger Richtung oder entlang der Ausleserichtung (Zeilen bei LASCO, Spalten bei SECCHI). Ohne Nachbarn die Kanten des Bildes selbst. Kanten an den Rändern von Masken, fehlenden Blöcken und des Bildes werden ignoriert. Wert: die Zahl der Segmente.</translation>
    </message>
    <message>
        <source>Look for edges of what is brighter than in the neighbouring frames</source>
        <translation>Kanten dessen suchen, was heller ist als in den Nachbarbildern</translation>
    </message>
    <message>
        <source>Lower hysteresis threshold on the gradient (40: 0.05 dex per pixel)</source>
        <translation>Untere Hystereseschwelle des Gradienten (40: 0,05 dex pro Pixel)</translation>
    </message>
    <message>
        <source>Remove the background</source>
        <translation>Hintergrund entfernen</translation>
    </message>
    <message>
        <source>Subtracts a background model (I - B) or divides by it (I / B, the usual choice for coronagraph movies: it also flattens the steep radial gradient). The background is a FITS file made by &quot;Compute background&quot; or heliobench-cli background from frames taken through the same steps; given a folder, the step takes the background of the frame&apos;s detector and size whose time span covers the frame, or the nearest. Where B is not positive a ratio is undefined (NaN).</source>
        <translation>Zieht ein Hintergrundmodell ab (I - B) oder teilt durch es (I / B, die übliche Wahl für Koronagraphenfilme: es glättet auch den steilen radialen Gradienten). Der Hintergrund ist eine FITS-Datei, erstellt mit „Hintergrund berechnen“ oder heliobench-cli background aus Bildern, die dieselben Schritte durchlaufen haben; bei einem Ordner nimmt der Schritt den Hintergrund für Detektor und Größe des Bildes, dessen Zeitspanne das Bild abdeckt, oder den nächstgelegenen. Wo B nicht positiv ist, ist ein Verhältnis undefiniert (NaN).</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Hintergrund</translation>
    </message>
    <message>
        <source>A background FITS file, or a folder of them</source>
        <translation>Eine Hintergrund-FITS-Datei oder ein Ordner davon</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>ratio: I / B; subtract: I - B</source>
        <translation>ratio: I / B; subtract: I - B</translation>
    </message>
    <message>
        <source>Base difference</source>
        <translation>Basisdifferenz</translation>
    </message>
    <message>
        <source>Each frame minus (or divided by) one pre-event base: a chosen frame of the sequence, or the per-pixel median of several frames from it on, which keeps a passing star or cosmic ray out of the base. Shows the whole change since the base, where a running difference shows only the change since the frame before.</source>
        <translation>Jedes Bild minus (oder geteilt durch) eine Basis vor dem Ereignis: ein gewähltes Bild der Folge oder der pixelweise Median mehrerer Bilder ab diesem, der einen vorbeiziehenden Stern oder kosmische Strahlung aus der Basis heraushält. Zeigt die gesamte Änderung seit der Basis, während eine laufende Differenz nur die Änderung seit dem vorherigen Bild zeigt.</translation>
    </message>
    <message>
        <source>Base frame</source>
        <translation>Basisbild</translation>
    </message>
    <message>
        <source>Position in the sequence of the (first) base frame, from 1</source>
        <translation>Position des (ersten) Basisbildes in der Folge, ab 1</translation>
    </message>
    <message>
        <source>Frames in the base</source>
        <translation>Bilder in der Basis</translation>
    </message>
    <message>
        <source>More than 1: the per-pixel median of that many frames</source>
        <translation>Mehr als 1: der pixelweise Median so vieler Bilder</translation>
    </message>
    <message>
        <source>difference: I - base; ratio: I / base</source>
        <translation>difference: I - Basis; ratio: I / Basis</translation>
    </message>
    <message>
        <source>Radial normalisation (NRGF)</source>
        <translation>Radiale Normierung (NRGF)</translation>
    </message>
    <message>
        <source>Normalising radial graded filter (Morgan, Habbal &amp; Woo 2006): in each ring about the Sun centre, each pixel minus the ring&apos;s mean, divided by the ring&apos;s standard deviation. The steep fall of brightness with height goes, and structure at every height shows with the same contrast. The Sun centre and radius come from the WCS (CRPIX, CDELT, RSUN); masked pixels are left out of the ring statistics. Outside the chosen radii the output is undefined.</source>
        <translation>Normierender radialer Gradientenfilter (Morgan, Habbal &amp; Woo 2006): in jedem Ring um die Sonnenmitte jedes Pixel minus dem Mittelwert des Rings, geteilt durch dessen Standardabweichung. Der steile Helligkeitsabfall mit der Höhe verschwindet, und Strukturen in jeder Höhe erscheinen mit gleichem Kontrast. Sonnenmitte und -radius stammen aus dem WCS (CRPIX, CDELT, RSUN); maskierte Pixel bleiben aus der Ringstatistik heraus. Außerhalb der gewählten Radien ist die Ausgabe undefiniert.</translation>
    </message>
    <message>
        <source>From radius</source>
        <translation>Ab Radius</translation>
    </message>
    <message>
        <source>Pixels nearer the Sun centre are left undefined</source>
        <translation>Pixel näher an der Sonnenmitte bleiben undefiniert</translation>
    </message>
    <message>
        <source>To radius</source>
        <translation>Bis Radius</translation>
    </message>
    <message>
        <source>Pixels further out are left undefined; 0: the farthest corner</source>
        <translation>Pixel weiter außen bleiben undefiniert; 0: die fernste Ecke</translation>
    </message>
    <message>
        <source>Rings</source>
        <translation>Ringe</translation>
    </message>
    <message>
        <source>Equal-width rings between the two radii</source>
        <translation>Gleich breite Ringe zwischen den beiden Radien</translation>
    </message>
    <message>
        <source>Running difference</source>
        <translation>Laufende Differenz</translation>
    </message>
    <message>
        <source>Each frame minus (or divided by) the frame `lag` places before it in the sequence, so that what moved or brightened stands out and the static corona cancels. Flagged frames are not in the sequence, so a difference is taken with the nearest unflagged frame before; with a largest gap set, a frame whose partner is further away in time is skipped rather than differenced across the gap. The first frames have no partner and are skipped.</source>
        <translation>Jedes Bild minus (oder geteilt durch) das Bild `lag` Plätze davor in der Folge, sodass hervortritt, was sich bewegt hat oder heller wurde, und die ruhende Korona sich aufhebt. Markierte Bilder sind nicht in der Folge, also wird die Differenz mit dem nächsten unmarkierten Bild davor gebildet; ist eine größte Lücke gesetzt, wird ein Bild, dessen Partner zeitlich weiter entfernt ist, übersprungen statt über die Lücke hinweg differenziert. Die ersten Bilder haben keinen Partner und werden übersprungen.</translation>
    </message>
    <message>
        <source>Frames back</source>
        <translation>Bilder zurück</translation>
    </message>
    <message>
        <source>1: each frame against the one just before it</source>
        <translation>1: jedes Bild gegen das unmittelbar vorherige</translation>
    </message>
    <message>
        <source>difference: I(k) - I(k-lag); ratio: I(k) / I(k-lag)</source>
        <translation>difference: I(k) - I(k-lag); ratio: I(k) / I(k-lag)</translation>
    </message>
    <message>
        <source>Skip a frame whose partner is further away in time; 0: any gap</source>
        <translation>Ein Bild überspringen, dessen Partner zeitlich weiter entfernt ist; 0: jede Lücke</translation>
    </message>
    <message>
        <source>Temporal smoothing</source>
        <translation>Zeitliche Glättung</translation>
    </message>
    <message>
        <source>Each pixel combined with the same pixel in the frames just before and after it: the mean lowers the noise by the square root of the frames used, the median also removes what is in one frame only (cosmic rays, a passing star). Masked pixels of a frame are left out; at the ends of the sequence fewer frames are used.</source>
        <translation>Jedes Pixel kombiniert mit demselben Pixel in den Bildern unmittelbar davor und danach: der Mittelwert senkt das Rauschen um die Wurzel der Zahl verwendeter Bilder, der Median entfernt zudem, was nur in einem Bild vorkommt (kosmische Strahlung, ein vorbeiziehender Stern). Maskierte Pixel eines Bildes bleiben außen vor; an den Enden der Folge werden weniger Bilder verwendet.</translation>
    </message>
    <message>
        <source>Frames each side</source>
        <translation>Bilder je Seite</translation>
    </message>
    <message>
        <source>1: three frames, the frame and one on each side</source>
        <translation>1: drei Bilder, das Bild und je eines auf jeder Seite</translation>
    </message>
    <message>
        <source>Combine by</source>
        <translation>Kombinieren durch</translation>
    </message>
    <message>
        <source>mean: least noise; median: robust to single-frame spikes</source>
        <translation>mean: geringstes Rauschen; median: robust gegen Ausreißer in einzelnen Bildern</translation>
    </message>
    <message>
        <source>Noise gate</source>
        <translation>Rauschschwelle (Noise Gate)</translation>
    </message>
    <message>
        <source>Noise gating (DeForest 2017): the movie is cut into small overlapping blocks in x, y and time, and in each block the Fourier components no stronger than the noise are removed. The noise spectrum is measured from the frames themselves. Grain that changes from frame to frame goes; features that persist or move smoothly stay sharp. Use it on calibrated frames of one exposure; masked pixels keep their values.</source>
        <translation>Noise Gating (DeForest 2017): Der Film wird in kleine, überlappende Blöcke in x, y und Zeit zerlegt, und in jedem Block werden die Fourier-Komponenten entfernt, die nicht stärker als das Rauschen sind. Das Rauschspektrum wird aus den Bildern selbst gemessen. Körnung, die sich von Bild zu Bild ändert, verschwindet; Strukturen, die bleiben oder sich gleichmäßig bewegen, bleiben scharf. Für kalibrierte Bilder einer Belichtung gedacht; maskierte Pixel behalten ihre Werte.</translation>
    </message>
    <message>
        <source>Side of a block in pixels; larger blocks tell noise from signal better but blur small, fast features</source>
        <translation>Kantenlänge eines Blocks in Pixeln; größere Blöcke trennen Rauschen und Signal besser, verwischen aber kleine, schnelle Strukturen</translation>
    </message>
    <message>
        <source>Block length</source>
        <translation>Blocklänge</translation>
    </message>
    <message>
        <source>Frames in a block; the frames within that distance either side are read</source>
        <translation>Bilder pro Block; die Bilder in diesem Abstand zu beiden Seiten werden gelesen</translation>
    </message>
    <message>
        <source>Noise model</source>
        <translation>Rauschmodell</translation>
    </message>
    <message>
        <source>shot: noise grows with the square root of the brightness (raw counts); constant: the same everywhere (differences, ratios); hybrid: both, a component must beat each</source>
        <translation>shot: Rauschen wächst mit der Wurzel der Helligkeit (Rohzählwerte); constant: überall gleich (Differenzen, Verhältnisse); hybrid: beides, eine Komponente muss jedes übertreffen</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>gate: components below the threshold are removed; wiener: every component is damped by its share above the noise</source>
        <translation>gate: Komponenten unter der Schwelle werden entfernt; wiener: jede Komponente wird nach ihrem Anteil über dem Rauschen gedämpft</translation>
    </message>
    <message>
        <source>Kept above this many times the noise: 2 to 3 is usual</source>
        <translation>Erhalten oberhalb dieses Vielfachen des Rauschens: 2 bis 3 ist üblich</translation>
    </message>
    <message>
        <source>Noise percentile</source>
        <translation>Rausch-Perzentil</translation>
    </message>
    <message>
        <source>Of each component&apos;s amplitude over all blocks, taken as its noise level</source>
        <translation>Der Amplitude jeder Komponente über alle Blöcke, als ihr Rauschniveau genommen</translation>
    </message>
    <message>
        <source>Constant threshold (hybrid)</source>
        <translation>Konstante Schwelle (hybrid)</translation>
    </message>
    <message>
        <source>The threshold for the constant part of the hybrid model</source>
        <translation>Die Schwelle für den konstanten Teil des Hybridmodells</translation>
    </message>
    <message>
        <source>Constant percentile (hybrid)</source>
        <translation>Konstantes Perzentil (hybrid)</translation>
    </message>
    <message>
        <source>The percentile for the constant part of the hybrid model: low, as the faintest blocks show the floor</source>
        <translation>Das Perzentil für den konstanten Teil des Hybridmodells: niedrig, da die schwächsten Blöcke den Grundpegel zeigen</translation>
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
    <message>
        <source>%1 of %2 frames reviewed, %3 flagged, %4 with proposals</source>
        <translation>%1 von %2 Bildern geprüft, %3 markiert, %4 mit Vorschlägen</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>%1 (damaged)</source>
        <translation>%1 (beschädigt)</translation>
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
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>each frame </source>
        <translation>jedes Bild </translation>
    </message>
    <message>
        <source>How long A and B each stay on screen while blinking</source>
        <translation>Wie lange A und B beim Blinken jeweils zu sehen sind</translation>
    </message>
    <message>
        <source>A minus B
%1
%2</source>
        <translation>A minus B
%1
%2</translation>
    </message>
    <message>
        <source>left: %1
right: %2</source>
        <translation>links: %1
rechts: %2</translation>
    </message>
</context>
<context>
    <name>hb::widgets::DifferenceBar</name>
    <message>
        <source>0 (no change)</source>
        <translation>0 (keine Änderung)</translation>
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
    <name>hb::widgets::NumberEditor</name>
    <message>
        <source>Must be between %1 and %2</source>
        <translation>Muss zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <source>%1 .. %2; type any value from %3 to %4</source>
        <translation>%1 .. %2; jeder Wert von %3 bis %4 kann eingetippt werden</translation>
    </message>
</context>
<context>
    <name>hb::widgets::ParameterForm</name>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>No step chosen</source>
        <translation>Kein Schritt gewählt</translation>
    </message>
    <message>
        <source>Choose a step of the pipeline to see and tune its parameters.</source>
        <translation>Wählen Sie einen Schritt der Pipeline, um seine Parameter zu sehen und einzustellen.</translation>
    </message>
    <message>
        <source>This step has no parameters.</source>
        <translation>Dieser Schritt hat keine Parameter.</translation>
    </message>
</context>
<context>
    <name>hb::widgets::TextEditor</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Datei wählen</translation>
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
    <message>
        <source>Show the first frame of this detector (COR2, C2...)</source>
        <translation>Das erste Bild dieses Detektors zeigen (COR2, C2...)</translation>
    </message>
    <message>
        <source>Play its sequence</source>
        <translation>Seine Folge abspielen</translation>
    </message>
</context>
</TS>
