<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
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
<context>
    <name>rnnlab::cli::Check</name>
    <message numerus="yes">
        <source>model: %1, hidden size %2, %3, %4; %n parameters</source>
        <extracomment>%1 the cell (rnn_tanh, lstm, …), %2 the hidden size, %3 &quot;1 layer&quot; or &quot;2 layers&quot;, %4 &quot;with an output layer&quot; or &quot;no output layer&quot;, %n the parameters.</extracomment>
        <translation>
            <numerusform>model: %1, hidden size %2, %3, %4; %n parameter</numerusform>
            <numerusform>model: %1, hidden size %2, %3, %4; %n parameters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>source vocabulary: %1 (%n characters); target tokens: &lt;sos&gt;, &lt;eos&gt;, %2 (%3)</source>
        <extracomment>%1 the source characters, %n how many; %2 the target characters, %3 how many tokens in all.</extracomment>
        <translation>
            <numerusform>source vocabulary: %1 (%n character); target tokens: &lt;sos&gt;, &lt;eos&gt;, %2 (%3)</numerusform>
            <numerusform>source vocabulary: %1 (%n characters); target tokens: &lt;sos&gt;, &lt;eos&gt;, %2 (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>data: %n pairs (translate: an encoder–decoder, CrossEntropyLoss over every decoder step)</source>
        <translation>
            <numerusform>data: %n pair (translate: an encoder–decoder, CrossEntropyLoss over every decoder step)</numerusform>
            <numerusform>data: %n pairs (translate: an encoder–decoder, CrossEntropyLoss over every decoder step)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>vocabulary: %1 (%n characters)</source>
        <translation>
            <numerusform>vocabulary: %1 (%n character)</numerusform>
            <numerusform>vocabulary: %1 (%n characters)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n features</source>
        <translation>
            <numerusform>%n feature</numerusform>
            <numerusform>%n features</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>training: %1, %2, seed %3, %n steps</source>
        <extracomment>%1 the optimizer and its settings (&quot;adam lr 0.01&quot;), %2 &quot;clip_grad_norm 1&quot; or &quot;no clipping&quot;, %3 the seed, %n the session&apos;s training steps.</extracomment>
        <translation>
            <numerusform>training: %1, %2, seed %3, %n step</numerusform>
            <numerusform>training: %1, %2, seed %3, %n steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Common</name>
    <message numerus="yes">
        <source>%n layers</source>
        <translation>
            <numerusform>%n layer</numerusform>
            <numerusform>%n layers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n texts</source>
        <translation>
            <numerusform>%n text</numerusform>
            <numerusform>%n texts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Generate</name>
    <message numerus="yes">
        <source>--series %1: this session has %n series (1 … %n)</source>
        <extracomment>%1 the number typed; %n how many series the session has (the last number allowed).</extracomment>
        <translation>
            <numerusform>--series %1: this session has %n series (1 … %n)</numerusform>
            <numerusform>--series %1: this session has %n series (1 … %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::ImportPytorch</name>
    <message numerus="yes">
        <source>wrote %1: %2, hidden size %3, %4, %5, %6, after %n steps</source>
        <extracomment>%1 the file, %2 the cell (rnn_tanh, lstm, …), %3 the hidden size, %4 &quot;1 layer&quot; or &quot;2 layers&quot;, %5 &quot;with an output layer&quot; or &quot;no output layer&quot;, %6 the optimizer (adam, sgd), %n the steps.</extracomment>
        <translation>
            <numerusform>wrote %1: %2, hidden size %3, %4, %5, %6, after %n step</numerusform>
            <numerusform>wrote %1: %2, hidden size %3, %4, %5, %6, after %n steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::NewForecast</name>
    <message numerus="yes">
        <source>wrote %1: wave %2, %n points, and a test series with %3</source>
        <extracomment>%1 the file, %2 the wave (sine, square, …), %n its points, %3 the test anomaly as typed (spike:70:1:2).</extracomment>
        <translation>
            <numerusform>wrote %1: wave %2, %n point, and a test series with %3</numerusform>
            <numerusform>wrote %1: wave %2, %n points, and a test series with %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %1: wave %2, %n points, no test series (--test-anomaly adds one)</source>
        <extracomment>%1 the file, %2 the wave (sine, square, …), %n its points.</extracomment>
        <translation>
            <numerusform>wrote %1: wave %2, %n point, no test series (--test-anomaly adds one)</numerusform>
            <numerusform>wrote %1: wave %2, %n points, no test series (--test-anomaly adds one)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Translate</name>
    <message numerus="yes">
        <source>wrote %1: %n pairs (the first: %2 → %3); train it with rnnlab-cli train %1</source>
        <extracomment>%1 the file written, %n its pairs, %2 → %3 the first pair (source → target).</extracomment>
        <translation>
            <numerusform>wrote %1: %n pair (the first: %2 → %3); train it with rnnlab-cli train %1</numerusform>
            <numerusform>wrote %1: %n pairs (the first: %2 → %3); train it with rnnlab-cli train %1</numerusform>
        </translation>
    </message>
</context>
</TS>
