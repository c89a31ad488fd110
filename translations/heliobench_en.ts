<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>hb::app::BackgroundDialog</name>
    <message numerus="yes">
        <source>%1: %n frame(s)</source>
        <translation>
            <numerusform>%1: %n frame</numerusform>
            <numerusform>%1: %n frames</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n flagged left out</source>
        <translation>
            <numerusform>, %n flagged left out</numerusform>
            <numerusform>, %n flagged left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hb::app::BackgroundMaker</name>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n frame</numerusform>
            <numerusform>%n frames</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n background(s) written</source>
        <translation>
            <numerusform>%n background written</numerusform>
            <numerusform>%n backgrounds written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not made</source>
        <translation>
            <numerusform>, %n not made</numerusform>
            <numerusform>, %n not made</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n frame(s) left out for errors</source>
        <translation>
            <numerusform>, %n frame left out for errors</numerusform>
            <numerusform>, %n frames left out for errors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hb::app::DetectorPanel</name>
    <message numerus="yes">
        <source>Running %1 over %n frame(s)...</source>
        <translation>
            <numerusform>Running %1 over %n frame...</numerusform>
            <numerusform>Running %1 over %n frames...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hb::app::ExportWorkspace</name>
    <message numerus="yes">
        <source>%1 (%n step(s))</source>
        <translation>
            <numerusform>%1 (%n step)</numerusform>
            <numerusform>%1 (%n steps)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hb::app::MainWindow</name>
    <message numerus="yes">
        <source>%1: %n file(s)</source>
        <translation>
            <numerusform>%1: %n file</numerusform>
            <numerusform>%1: %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n unreadable</source>
        <translation>
            <numerusform>, %n unreadable</numerusform>
            <numerusform>, %n unreadable</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hb::app::MovieExportDialog</name>
    <message numerus="yes">
        <source>This day (%n frame(s))</source>
        <translation>
            <numerusform>This day (%n frame)</numerusform>
            <numerusform>This day (%n frames)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every day of the instrument (%n frame(s))</source>
        <translation>
            <numerusform>Every day of the instrument (%n frame)</numerusform>
            <numerusform>Every day of the instrument (%n frames)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hb::app::PipelineApplier</name>
    <message numerus="yes">
        <source>Write the products of %1 (%n file(s)) into</source>
        <translation>
            <numerusform>Write the products of %1 (%n file) into</numerusform>
            <numerusform>Write the products of %1 (%n files) into</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace the %n existing output(s)</source>
        <translation>
            <numerusform>Replace the %n existing output</numerusform>
            <numerusform>Replace the %n existing outputs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hb::app::PreviewPanel</name>
    <message numerus="yes">
        <source>%1 ms, of which %2 ms drawing; steps run: %n</source>
        <translation>
            <numerusform>%1 ms, of which %2 ms drawing; steps run: %n</numerusform>
            <numerusform>%1 ms, of which %2 ms drawing; steps run: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hb::app::ProposalList</name>
    <message numerus="yes">
        <source>%n proposal(s)</source>
        <translation>
            <numerusform>%n proposal</numerusform>
            <numerusform>%n proposals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n frame</numerusform>
            <numerusform>%n frames</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hb::widgets::CatalogModel</name>
    <message numerus="yes">
        <source>%n kinds</source>
        <translation>
            <numerusform>%n kind</numerusform>
            <numerusform>%n kinds</numerusform>
        </translation>
    </message>
</context>
</TS>
