<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>&lt;p&gt;Now, after %n training step(s): the training series&apos; one-step error² is %1 ± %2, so the threshold is %3.</source>
        <translation>
            <numerusform>&lt;p&gt;Now, after %n training step: the training series&apos; one-step error² is %1 ± %2, so the threshold is %3.</numerusform>
            <numerusform>&lt;p&gt;Now, after %n training steps: the training series&apos; one-step error² is %1 ± %2, so the threshold is %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n test step(s) are above it</source>
        <translation>
            <numerusform> %n test step is above it</numerusform>
            <numerusform> %n test steps are above it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (the first %n, warm-up, not counted).&lt;/p&gt;</source>
        <translation>
            <numerusform> (the first %n, warm-up, not counted).&lt;/p&gt;</numerusform>
            <numerusform> (the first %n, warm-up, not counted).&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rnnlab::MainWindow</name>
    <message numerus="yes">
        <source>%1 starts over from the seed&apos;s initial weights. The model trained for %n step(s) will be discarded (File ▸ Save session as… keeps it).</source>
        <translation>
            <numerusform>%1 starts over from the seed&apos;s initial weights. The model trained for %n step will be discarded (File ▸ Save session as… keeps it).</numerusform>
            <numerusform>%1 starts over from the seed&apos;s initial weights. The model trained for %n steps will be discarded (File ▸ Save session as… keeps it).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rnnlab::ModelPanel</name>
    <message numerus="yes">
        <source>
Classifier (many-to-one), %n class(es): %1</source>
        <translation>
            <numerusform>
Classifier (many-to-one), %n class: %1</numerusform>
            <numerusform>
Classifier (many-to-one), %n classes: %1</numerusform>
        </translation>
    </message>
</context>
</TS>
