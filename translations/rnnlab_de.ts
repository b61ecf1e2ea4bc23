<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>GraphCaption</name>
    <message>
        <source>Untrained</source>
        <translation>Untrainiert</translation>
    </message>
    <message>
        <source>1 training step</source>
        <translation>1 Trainingsschritt</translation>
    </message>
    <message>
        <source>%1 training steps</source>
        <translation>%1 Trainingsschritte</translation>
    </message>
    <message>
        <source>series %1 of %2, </source>
        <translation>Reihe %1 von %2, </translation>
    </message>
    <message>
        <source>the outputs are not numbers (NaN): the run diverged</source>
        <translation>die Ausgaben sind keine Zahlen (NaN): das Training ist divergiert</translation>
    </message>
    <message>
        <source>t = %1: x = %2 → y = %3 (next value %4)</source>
        <translation>t = %1: x = %2 → y = %3 (nächster Wert %4)</translation>
    </message>
    <message>
        <source>each y_t predicts the next value x_{t+1}</source>
        <translation>jedes y_t sagt den nächsten Wert x_{t+1} vorher</translation>
    </message>
    <message>
        <source>W_hh = 0 — </source>
        <translation>W_hh = 0 — </translation>
    </message>
    <message>
        <source>What if W_hh = 0? No memory — </source>
        <translation>Was, wenn W_hh = 0? Kein Gedächtnis — </translation>
    </message>
    <message>
        <source>Untrained (the seed&apos;s initial weights)</source>
        <translation>Untrainiert (Anfangsgewichte aus dem Seed)</translation>
    </message>
    <message>
        <source>After 1 training step</source>
        <translation>Nach 1 Trainingsschritt</translation>
    </message>
    <message>
        <source>After %1 training steps</source>
        <translation>Nach %1 Trainingsschritten</translation>
    </message>
    <message>
        <source>Folded. t = %1: ‘%2’ → %3 ‘%4’ %5</source>
        <translation>Gefaltet. t = %1: ‘%2’ → %3 ‘%4’ %5</translation>
    </message>
    <message>
        <source>Folded: one cell, used at every time step. t = %1: ‘%2’ → %3 ‘%4’ %5</source>
        <translation>Gefaltet: eine Zelle, in jedem Zeitschritt verwendet. t = %1: ‘%2’ → %3 ‘%4’ %5</translation>
    </message>
    <message>
        <source>would say</source>
        <translation>würde sagen</translation>
    </message>
    <message>
        <source>predicts</source>
        <translation>sagt</translation>
    </message>
    <message>
        <source>(not scored)</source>
        <translation>(nicht bewertet)</translation>
    </message>
    <message>
        <source>✗ (should be ‘%1’)</source>
        <translation>✗ (richtig wäre ‘%1’)</translation>
    </message>
    <message>
        <source>text %1 of %2, </source>
        <translation>Text %1 von %2, </translation>
    </message>
    <message>
        <source>“%1” → %2 %3 (label: %4)</source>
        <translation>„%1“ → %2 %3 (Label: %4)</translation>
    </message>
    <message>
        <source>“%1” → “%2”, %3 of %4 right</source>
        <translation>„%1“ → „%2“, %3 von %4 richtig</translation>
    </message>
    <message>
        <source> · loss at t = %3: %1 (mean %2)</source>
        <translation> · Verlust bei t = %3: %1 (Mittel %2)</translation>
    </message>
    <message>
        <source> · loss %1</source>
        <translation> · Verlust %1</translation>
    </message>
    <message>
        <source>: the outputs are hidden — predict first, then reveal (Lesson)</source>
        <translation>: die Ausgaben sind verdeckt — erst vorhersagen, dann aufdecken (Lektion)</translation>
    </message>
    <message>
        <source>Drawn as %1 — </source>
        <translation>Gezeichnet als %1 — </translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Startet…</translation>
    </message>
    <message>
        <source>gates</source>
        <translation>Gates</translation>
    </message>
    <message>
        <source>test series %1 (never trained on), </source>
        <translation>Testreihe %1 (nie darauf trainiert), </translation>
    </message>
    <message>
        <source>its MSE %1 (not in the training loss) · mean absolute error %2</source>
        <translation>ihr MSE %1 (nicht im Trainingsverlust) · mittlerer absoluter Fehler %2</translation>
    </message>
    <message>
        <source>loss (MSE) %1 · mean absolute error %2</source>
        <translation>Verlust (MSE) %1 · mittlerer absoluter Fehler %2</translation>
    </message>
    <message>
        <source>y_t: the network&apos;s prediction of the next value</source>
        <translation>y_t: die Vorhersage des Netzes für den nächsten Wert</translation>
    </message>
    <message>
        <source>x_{t+1}: the true next value, its target</source>
        <translation>x_{t+1}: der wahre nächste Wert, sein Ziel</translation>
    </message>
    <message>
        <source>test series %1, never trained on · MSE %2</source>
        <translation>Testreihe %1, nie darauf trainiert · MSE %2</translation>
    </message>
    <message>
        <source>test series %1: the outputs are not numbers (NaN)</source>
        <translation>Testreihe %1: die Ausgaben sind keine Zahlen (NaN)</translation>
    </message>
    <message>
        <source>training series, </source>
        <translation>Trainingsreihe, </translation>
    </message>
    <message>
        <source>flagged: error² &gt; threshold</source>
        <translation>markiert: Fehler² &gt; Schwellenwert</translation>
    </message>
    <message>
        <source>greedy</source>
        <translation>greedy</translation>
    </message>
    <message>
        <source>sampled, temperature %1, seed %2</source>
        <translation>gezogen, Temperatur %1, Seed %2</translation>
    </message>
    <message>
        <source>generating (%1): “%2”</source>
        <translation>generiert (%1): „%2“</translation>
    </message>
    <message>
        <source>generating (%1), each pick fed back: “%2”</source>
        <translation>generiert (%1), jede Wahl zurückgeführt: „%2“</translation>
    </message>
    <message>
        <source> · parts from the text at t = %1</source>
        <translation> · weicht bei t = %1 vom Text ab</translation>
    </message>
    <message>
        <source> · parts from the training text “%1” at t = %2 (✗)</source>
        <translation> · weicht bei t = %2 vom Trainingstext „%1“ ab (✗)</translation>
    </message>
    <message>
        <source> · as the text</source>
        <translation> · wie der Text</translation>
    </message>
    <message>
        <source> · as the training text all the way</source>
        <translation> · durchgehend wie der Trainingstext</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>%1 %2</source>
        <comment>field, then a predicate</comment>
        <extracomment>A field (data.texts[0], model.hidden_size, Line 2) and a sentence about it that begins with its verb (&quot;is empty: a text needs …&quot;); rnnlab&apos;s field names stay untranslated.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field, then a sentence</comment>
        <extracomment>A field and a sentence that begins with the field&apos;s value (&quot;4096 is out of range …&quot;).</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>compare mode trains %1 or %2 models side by side, not %3 (more do not fit on a screen): give two or three sessions</source>
        <translation>der Vergleichsmodus trainiert %1 oder %2 Modelle nebeneinander, nicht %3 (mehr passen nicht auf einen Bildschirm): gib zwei oder drei Sitzungen an</translation>
    </message>
    <message>
        <source>differs between the compared sessions (%1): compared models train on the same data, so that only the models differ and learn the same thing; give every session the same &quot;task&quot;</source>
        <translation>ist in den verglichenen Sitzungen verschieden (%1): verglichene Modelle trainieren auf denselben Daten, damit sich nur die Modelle unterscheiden und dasselbe lernen; gib jeder Sitzung denselben Wert für &quot;task&quot;</translation>
    </message>
    <message>
        <source>differs between the compared sessions (%1): compared models train on the same data, so that only the models differ; give every session the same &quot;texts&quot;</source>
        <translation>ist in den verglichenen Sitzungen verschieden (%1): verglichene Modelle trainieren auf denselben Daten, damit sich nur die Modelle unterscheiden; gib jeder Sitzung denselben Wert für &quot;texts&quot;</translation>
    </message>
    <message>
        <source>&quot;forecast&quot; (a time series) cannot be compared yet: compare mode compares models of texts; train each time-series session with rnnlab-cli train</source>
        <translation>&quot;forecast&quot; (eine Zeitreihe) lässt sich noch nicht vergleichen: der Vergleichsmodus vergleicht Modelle von Texten; trainiere jede Zeitreihen-Sitzung mit rnnlab-cli train</translation>
    </message>
    <message>
        <source>&quot;translate&quot; (an encoder–decoder) cannot be compared yet: train each translation session with rnnlab-cli train</source>
        <translation>&quot;translate&quot; (ein Encoder–Decoder) lässt sich noch nicht vergleichen: trainiere jede Übersetzungssitzung mit rnnlab-cli train</translation>
    </message>
    <message>
        <source>differs between the compared sessions (%1): compared models train on the same data, so that only the models differ (the same class for each text); give every session the same &quot;labels&quot;</source>
        <translation>ist in den verglichenen Sitzungen verschieden (%1): verglichene Modelle trainieren auf denselben Daten, damit sich nur die Modelle unterscheiden (dieselbe Klasse für jeden Text); gib jeder Sitzung denselben Wert für &quot;labels&quot;</translation>
    </message>
    <message>
        <source>differs between the compared sessions (%1): compared models train on the same data, so that only the models differ (the output units in the same order); give every session the same &quot;classes&quot;, or none</source>
        <translation>ist in den verglichenen Sitzungen verschieden (%1): verglichene Modelle trainieren auf denselben Daten, damit sich nur die Modelle unterscheiden (die Ausgabeeinheiten in derselben Reihenfolge); gib jeder Sitzung denselben Wert für &quot;classes&quot; oder keinen</translation>
    </message>
    <message>
        <source>differs between the compared sessions (%1): compared models train on the same data, so that only the models differ (one-hot inputs in the same order); give every session the same &quot;vocabulary&quot;, or none</source>
        <translation>ist in den verglichenen Sitzungen verschieden (%1): verglichene Modelle trainieren auf denselben Daten, damit sich nur die Modelle unterscheiden (die One-Hot-Eingaben in derselben Reihenfolge); gib jeder Sitzung denselben Wert für &quot;vocabulary&quot; oder keinen</translation>
    </message>
    <message>
        <source>differs between the compared sessions (%1): compared models train with the same optimizer settings, so that only the models differ; give every session the same &quot;optimizer&quot;</source>
        <translation>ist in den verglichenen Sitzungen verschieden (%1): verglichene Modelle trainieren mit denselben Optimierer-Einstellungen, damit sich nur die Modelle unterscheiden; gib jeder Sitzung denselben Wert für &quot;optimizer&quot;</translation>
    </message>
    <message>
        <source>differs between the compared sessions (%1): compared models train with the same optimizer settings, so that only the models differ; give every session the same &quot;learning_rate&quot;</source>
        <translation>ist in den verglichenen Sitzungen verschieden (%1): verglichene Modelle trainieren mit denselben Optimierer-Einstellungen, damit sich nur die Modelle unterscheiden; gib jeder Sitzung denselben Wert für &quot;learning_rate&quot;</translation>
    </message>
    <message>
        <source>differs between the compared sessions (%1): compared models train with the same optimizer settings, so that only the models differ; give every session the same &quot;momentum&quot;</source>
        <translation>ist in den verglichenen Sitzungen verschieden (%1): verglichene Modelle trainieren mit denselben Optimierer-Einstellungen, damit sich nur die Modelle unterscheiden; gib jeder Sitzung denselben Wert für &quot;momentum&quot;</translation>
    </message>
    <message>
        <source>differs between the compared sessions (%1): compared models train with the same optimizer settings, so that only the models differ; give every session the same &quot;clip_grad_norm&quot; (or null in each)</source>
        <translation>ist in den verglichenen Sitzungen verschieden (%1): verglichene Modelle trainieren mit denselben Optimierer-Einstellungen, damit sich nur die Modelle unterscheiden; gib jeder Sitzung denselben Wert für &quot;clip_grad_norm&quot; (oder überall null)</translation>
    </message>
    <message>
        <source>differs between the compared sessions (%1): lock step shows step N of every model side by side; give every session the same starting step (leave &quot;optimizer_state&quot; out to start from step 0)</source>
        <translation>ist in den verglichenen Sitzungen verschieden (%1): im Gleichschritt zeigt jedes Modell nebeneinander Schritt N; gib jeder Sitzung denselben Startschritt (lass &quot;optimizer_state&quot; weg, um bei Schritt 0 zu beginnen)</translation>
    </message>
    <message>
        <source>is empty: give at least one character to start from</source>
        <translation>ist leer: gib mindestens ein Zeichen zum Anfangen an</translation>
    </message>
    <message>
        <source>uses %1, which the vocabulary (&quot;%2&quot;) does not have: the network only knows the characters of its texts</source>
        <translation>verwendet %1, nicht im Vokabular (&quot;%2&quot;): das Netz kennt nur die Zeichen seiner Texte</translation>
    </message>
    <message>
        <source>%1 is out of range: it must be between 0 and %2</source>
        <translation>%1 liegt außerhalb des Bereichs: erlaubt sind 0 bis %2</translation>
    </message>
    <message>
        <source>must be a finite number &gt; 0 (1 samples from the network&apos;s own probabilities; smaller is more conservative); leave it out for greedy</source>
        <translation>muss eine endliche Zahl &gt; 0 sein (1 zieht aus den eigenen Wahrscheinlichkeiten des Netzes; kleiner ist vorsichtiger); für greedy weglassen</translation>
    </message>
    <message>
        <source>%1 is out of range: it must be between 1 and %2 (rnnlab draws every hidden unit; larger networks cannot be shown and train too slowly to watch)</source>
        <translation>%1 liegt außerhalb des Bereichs: erlaubt sind 1 bis %2 (rnnlab zeichnet jede verborgene Einheit; größere Netze passen nicht ins Bild und trainieren zum Zuschauen zu langsam)</translation>
    </message>
    <message>
        <source>%1 is out of range: it must be between 1 and %2 (the stacked view draws every layer; deeper stacks do not fit on screen)</source>
        <translation>%1 liegt außerhalb des Bereichs: erlaubt sind 1 bis %2 (die gestapelte Ansicht zeichnet jede Schicht; tiefere Stapel passen nicht auf den Bildschirm)</translation>
    </message>
    <message>
        <source>%1 is not allowed: the learning rate must be a finite number ≥ 0 (0.1 for Adam in the lecture; try 0.001 to 0.5)</source>
        <translation>%1 ist nicht erlaubt: die Lernrate muss eine endliche Zahl ≥ 0 sein (0.1 für Adam in der Vorlesung; probiere 0.001 bis 0.5)</translation>
    </message>
    <message>
        <source>%1 is not allowed: momentum must be a finite number ≥ 0 (0.9 is usual; 0 turns it off)</source>
        <translation>%1 ist nicht erlaubt: das Momentum muss eine endliche Zahl ≥ 0 sein (üblich ist 0.9; 0 schaltet es ab)</translation>
    </message>
    <message>
        <source>%1 is not allowed: the gradient-norm limit must be a finite number &gt; 0, or null for no clipping</source>
        <translation>%1 ist nicht erlaubt: die Grenze der Gradientennorm muss eine endliche Zahl &gt; 0 sein, oder null für kein Clipping</translation>
    </message>
    <message>
        <source>is given twice</source>
        <translation>kommt doppelt vor</translation>
    </message>
    <message>
        <source>is not a parameter of this model; it has %1</source>
        <translation>ist kein Parameter dieses Modells; es hat %1</translation>
    </message>
    <message>
        <source>has shape %1 but this model needs %2 (as PyTorch&apos;s state_dict)</source>
        <translation>hat die Form %1, aber dieses Modell braucht %2 (wie im state_dict von PyTorch)</translation>
    </message>
    <message>
        <source>%1 is not a finite float32 number: weights must be finite (|w| &lt; 3.4e38)</source>
        <translation>%1 ist keine endliche float32-Zahl: Gewichte müssen endlich sein (|w| &lt; 3.4e38)</translation>
    </message>
    <message>
        <source>is missing: give every parameter of the model, or leave &quot;weights&quot; out to initialize from the seed</source>
        <translation>fehlt: gib jeden Parameter des Modells an oder lass &quot;weights&quot; weg, um aus dem Seed zu initialisieren</translation>
    </message>
    <message>
        <source>needs &quot;weights&quot;: a run resumes from its weights and its optimizer state together</source>
        <translation>braucht &quot;weights&quot;: ein Lauf setzt mit seinen Gewichten und seinem Optimiererzustand zusammen fort</translation>
    </message>
    <message>
        <source>has %1 parameters but the model has %2</source>
        <translation>hat %1 Parameter, aber das Modell hat %2</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>has shape %1 but %2 needs %3</source>
        <translation>hat die Form %1, aber %2 braucht %3</translation>
    </message>
    <message>
        <source>holds %1: optimizer state must be finite</source>
        <translation>enthält %1: der Optimiererzustand muss endlich sein</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to %1 (Adam&apos;s step count)</source>
        <translation>muss eine ganze Zahl von 1 bis %1 sein (Schrittzähler von Adam)</translation>
    </message>
    <message>
        <source>holds a negative value: squared gradients cannot be</source>
        <translation>enthält einen Wert &lt; 0: quadrierte Gradienten sind nie negativ</translation>
    </message>
    <message>
        <source>belongs to SGD, but the optimizer is adam</source>
        <translation>gehört zu SGD, aber der Optimierer ist adam</translation>
    </message>
    <message>
        <source>holds Adam&apos;s state, but the optimizer is sgd</source>
        <translation>enthält den Zustand von Adam, aber der Optimierer ist sgd</translation>
    </message>
    <message>
        <source>is given but momentum is 0 (SGD keeps no buffer then)</source>
        <translation>ist angegeben, aber das Momentum ist 0 (dann führt SGD keinen Puffer)</translation>
    </message>
    <message>
        <source>is false: a translation needs its output layer, fc = Linear(H, T) over the target tokens; set it to true</source>
        <translation>ist false: eine Übersetzung braucht ihre Ausgabeschicht, fc = Linear(H, T) über die Ziel-Tokens; setze es auf true</translation>
    </message>
    <message>
        <source>this session needs about %1 for its training buffers; the limit is %2 (so that the app&apos;s copies of it still fit in memory): use shorter texts, a smaller hidden size or fewer layers</source>
        <translation>diese Sitzung braucht etwa %1 für ihre Trainingspuffer; die Grenze ist %2 (damit die Kopien der App noch in den Speicher passen): nimm kürzere Texte, einen kleineren verborgenen Zustand oder weniger Schichten</translation>
    </message>
    <message>
        <source>%1 does not come after %2: the steps of a history increase, from 1</source>
        <translation>%1 kommt nicht nach %2: die Schritte eines Verlaufs steigen an, ab 1</translation>
    </message>
    <message>
        <source>%1 is after the %2 steps the session has taken (optimizer_state.steps_taken)</source>
        <translation>%1 liegt nach den %2 Schritten, die die Sitzung gemacht hat (optimizer_state.steps_taken)</translation>
    </message>
    <message>
        <source>%1 is not a loss: a cross-entropy is a finite number ≥ 0</source>
        <translation>%1 ist kein Verlust: eine Kreuzentropie ist eine endliche Zahl ≥ 0</translation>
    </message>
    <message>
        <source>%1 is not a share of right predictions (0 to 1)</source>
        <translation>%1 ist keine Trefferquote (0 bis 1)</translation>
    </message>
    <message>
        <source>is not a step of the history after the previous change</source>
        <translation>ist kein Schritt des Verlaufs nach der vorigen Änderung</translation>
    </message>
    <message>
        <source>has %1 predictions but the session has %2 series</source>
        <translation>hat %1 Vorhersagen, aber die Sitzung hat %2 Reihen</translation>
    </message>
    <message>
        <source>has %1 predictions but the session has %2 texts</source>
        <translation>hat %1 Vorhersagen, aber die Sitzung hat %2 Texte</translation>
    </message>
    <message>
        <source>%1 is not allowed: the period must be a finite number of time steps &gt; 0 (e.g. 20)</source>
        <translation>%1 ist nicht erlaubt: die Periode muss eine endliche Zahl von Zeitschritten &gt; 0 sein (z. B. 20)</translation>
    </message>
    <message>
        <source>%1 is not allowed: the second sine&apos;s period must be a finite number of time steps &gt; 0</source>
        <translation>%1 ist nicht erlaubt: die Periode des zweiten Sinus muss eine endliche Zahl von Zeitschritten &gt; 0 sein</translation>
    </message>
    <message>
        <source>%1 is out of range: a series has 1 to %2 points</source>
        <translation>%1 liegt außerhalb des Bereichs: eine Reihe hat 1 bis %2 Punkte</translation>
    </message>
    <message>
        <source>%1 is not a finite number</source>
        <translation>%1 ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>%1 is not allowed: the noise&apos;s standard deviation must be a finite number ≥ 0 (0: no noise)</source>
        <translation>%1 ist nicht erlaubt: die Standardabweichung des Rauschens muss eine endliche Zahl ≥ 0 sein (0: kein Rauschen)</translation>
    </message>
    <message>
        <source>%1 is not a point of the series: it must be between 0 and %2</source>
        <translation>%1 ist kein Punkt der Reihe: erlaubt sind 0 bis %2</translation>
    </message>
    <message>
        <source>%1 is not allowed: the anomaly lasts at least 1 point (0: to the end)</source>
        <translation>%1 ist nicht erlaubt: die Anomalie dauert mindestens 1 Punkt (0: bis zum Ende)</translation>
    </message>
    <message>
        <source>%1 is not allowed: the anomaly lasts at least 1 point</source>
        <translation>%1 ist nicht erlaubt: die Anomalie dauert mindestens 1 Punkt</translation>
    </message>
    <message>
        <source>has a value of %1: keep amplitudes, noise and anomaly sizes within ±1e30 so that every point is a float32 number</source>
        <translation>hat einen Wert von %1: halte Amplituden, Rauschen und Anomaliegrößen innerhalb von ±1e30, damit jeder Punkt eine float32-Zahl ist</translation>
    </message>
    <message>
        <source>%1 does not match the vocabulary size %2: without an output layer the hidden state is the output (one unit per character), so hidden_size must be %2 — or set model.output_layer to true</source>
        <translation>%1 passt nicht zur Vokabulargröße %2: ohne Ausgabeschicht ist der verborgene Zustand die Ausgabe (eine Einheit pro Zeichen), also muss hidden_size %2 sein — oder setze model.output_layer auf true</translation>
    </message>
    <message>
        <source>%1 does not match the number of classes %2: without an output layer the hidden state is the output (one unit per class), so hidden_size must be %2 — or set model.output_layer to true</source>
        <translation>%1 passt nicht zur Zahl der Klassen %2: ohne Ausgabeschicht ist der verborgene Zustand die Ausgabe (eine Einheit pro Klasse), also muss hidden_size %2 sein — oder setze model.output_layer auf true</translation>
    </message>
    <message>
        <source>%1 does not match the number of features %2: without an output layer the hidden state is the output (one unit per feature), so hidden_size must be %2 — or set model.output_layer to true</source>
        <translation>%1 passt nicht zur Zahl der Merkmale %2: ohne Ausgabeschicht ist der verborgene Zustand die Ausgabe (eine Einheit pro Merkmal), also muss hidden_size %2 sein — oder setze model.output_layer auf true</translation>
    </message>
    <message>
        <source>%1 does not match the number of target tokens %2: without an output layer the hidden state is the output (one unit per token), so hidden_size must be %2 — or set model.output_layer to true</source>
        <translation>%1 passt nicht zur Zahl der Ziel-Tokens %2: ohne Ausgabeschicht ist der verborgene Zustand die Ausgabe (eine Einheit pro Token), also muss hidden_size %2 sein — oder setze model.output_layer auf true</translation>
    </message>
    <message>
        <source>is for &quot;task&quot;: &quot;forecast&quot; (time series); a character task reads data.texts</source>
        <translation>ist für &quot;task&quot;: &quot;forecast&quot; (Zeitreihe); eine Zeichenaufgabe liest data.texts</translation>
    </message>
    <message>
        <source>there is no training text: give at least one text of 2 or more characters</source>
        <translation>enthält keinen Trainingstext: gib mindestens einen Text mit 2 oder mehr Zeichen an</translation>
    </message>
    <message>
        <source>have %1 characters in all; the limit is %2 (every character is a time step rnnlab traces and draws)</source>
        <translation>haben insgesamt %1 Zeichen; die Grenze ist %2 (jedes Zeichen ist ein Zeitschritt, den rnnlab verfolgt und zeichnet)</translation>
    </message>
    <message>
        <source>lists %1 more than once: each character may appear once</source>
        <translation>führt %1 mehrfach auf: jedes Zeichen darf nur einmal vorkommen</translation>
    </message>
    <message>
        <source>lacks %1, which the texts use: add them, or leave the vocabulary out to take the texts&apos; own characters</source>
        <translation>enthält nicht %1 aus den Texten: ergänze die Zeichen oder lass das Vokabular weg, um die Zeichen der Texte zu nehmen</translation>
    </message>
    <message>
        <source>has %1 characters; the limit is %2 (every character is a one-hot dimension rnnlab draws)</source>
        <translation>hat %1 Zeichen; die Grenze ist %2 (jedes Zeichen ist eine One-Hot-Dimension, die rnnlab zeichnet)</translation>
    </message>
    <message>
        <source>make a vocabulary of %1 characters; the limit is %2 (every character is a one-hot dimension rnnlab draws)</source>
        <translation>ergeben ein Vokabular von %1 Zeichen; die Grenze ist %2 (jedes Zeichen ist eine One-Hot-Dimension, die rnnlab zeichnet)</translation>
    </message>
    <message>
        <source>is empty: a text to classify needs at least 1 character</source>
        <translation>ist leer: ein zu klassifizierender Text braucht mindestens 1 Zeichen</translation>
    </message>
    <message>
        <source>has %1 labels for %2 texts: a classifier needs exactly one label per text</source>
        <translation>hat %1 Labels für %2 Texte: ein Klassifikator braucht genau ein Label pro Text</translation>
    </message>
    <message>
        <source>is empty: name the class of text %1 (e.g. &quot;positive&quot;)</source>
        <translation>ist leer: nenne die Klasse von Text %1 (z. B. &quot;positive&quot;)</translation>
    </message>
    <message>
        <source>has an empty class name</source>
        <translation>hat einen leeren Klassennamen</translation>
    </message>
    <message>
        <source>lists &quot;%1&quot; more than once: each class may appear once</source>
        <translation>führt &quot;%1&quot; mehrfach auf: jede Klasse darf nur einmal vorkommen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of data.classes: add it there, or leave data.classes out</source>
        <translation>&quot;%1&quot; ist keine der data.classes: füge sie dort hinzu oder lass data.classes weg</translation>
    </message>
    <message>
        <source>name only one class: a classifier needs at least two (e.g. &quot;positive&quot; and &quot;negative&quot;)</source>
        <translation>nennen nur eine Klasse: ein Klassifikator braucht mindestens zwei (z. B. &quot;positive&quot; und &quot;negative&quot;)</translation>
    </message>
    <message>
        <source>name %1 classes; the limit is %2</source>
        <translation>nennen %1 Klassen; die Grenze ist %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the session&apos;s classes</source>
        <translation>&quot;%1&quot; ist keine Klasse der Sitzung</translation>
    </message>
    <message>
        <source>has %1 point: a series needs at least 2 (an input and the value after it)</source>
        <translation>hat %1 Punkt: eine Reihe braucht mindestens 2 (eine Eingabe und den Wert danach)</translation>
    </message>
    <message>
        <source>has %1 points: a series needs at least 2 (an input and the value after it)</source>
        <translation>hat %1 Punkte: eine Reihe braucht mindestens 2 (eine Eingabe und den Wert danach)</translation>
    </message>
    <message>
        <source>is empty: a time point needs at least one value</source>
        <translation>ist leer: ein Zeitpunkt braucht mindestens einen Wert</translation>
    </message>
    <message>
        <source>has %1 values but %2 has %3: every time point of a series needs the same features (one number per point, or rows of D numbers)</source>
        <translation>hat %1 Werte, aber %2 hat %3: jeder Zeitpunkt einer Reihe braucht dieselben Merkmale (eine Zahl pro Punkt oder Zeilen mit D Zahlen)</translation>
    </message>
    <message>
        <source>has %1 features; the limit is %2 (every feature is an input rnnlab draws at every time step)</source>
        <translation>hat %1 Merkmale; die Grenze ist %2 (jedes Merkmal ist eine Eingabe, die rnnlab in jedem Zeitschritt zeichnet)</translation>
    </message>
    <message>
        <source>has %1 feature but %2 has %3: every series needs the same features</source>
        <translation>hat %1 Merkmal, aber %2 hat %3: jede Reihe braucht dieselben Merkmale</translation>
    </message>
    <message>
        <source>has %1 features but %2 has %3: every series needs the same features</source>
        <translation>hat %1 Merkmale, aber %2 hat %3: jede Reihe braucht dieselben Merkmale</translation>
    </message>
    <message>
        <source>%1 is not a finite float32 number: a value must be finite and within ±3.4e38 (torch.tensor(…, dtype=torch.float32) would make it %2)</source>
        <translation>%1 ist keine endliche float32-Zahl: ein Wert muss endlich sein und innerhalb von ±3.4e38 liegen (torch.tensor(…, dtype=torch.float32) würde %2 daraus machen)</translation>
    </message>
    <message>
        <source>is for the character tasks (&quot;next_character&quot;, &quot;classify&quot;); a forecast reads numbers from data.series</source>
        <translation>ist für die Zeichenaufgaben (&quot;next_character&quot;, &quot;classify&quot;); eine Prognose liest Zahlen aus data.series</translation>
    </message>
    <message>
        <source>there is no series: give at least one series of 2 or more points, e.g. [[0.0, 0.5, 0.87, 1.0]]</source>
        <translation>enthält keine Reihe: gib mindestens eine Reihe mit 2 oder mehr Punkten an, z. B. [[0.0, 0.5, 0.87, 1.0]]</translation>
    </message>
    <message>
        <source>and data.test_series have %1 points in all; the limit is %2 (every point is a time step rnnlab traces and draws)</source>
        <translation>und data.test_series haben insgesamt %1 Punkte; die Grenze ist %2 (jeder Punkt ist ein Zeitschritt, den rnnlab verfolgt und zeichnet)</translation>
    </message>
    <message>
        <source>describes %1 series but %2 has %3: give one generator per series, or leave it out (it is informative)</source>
        <translation>beschreibt %1 Reihen, aber %2 hat %3: gib einen Generator pro Reihe an oder lass ihn weg (er dient nur der Information)</translation>
    </message>
    <message>
        <source>is empty: a text needs at least 2 characters (an input and the character after it)</source>
        <translation>ist leer: ein Text braucht mindestens 2 Zeichen (eine Eingabe und das Zeichen danach)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has only 1 character: a text needs at least 2 (an input and the character after it)</source>
        <translation>&quot;%1&quot; hat nur 1 Zeichen: ein Text braucht mindestens 2 (eine Eingabe und das Zeichen danach)</translation>
    </message>
    <message>
        <source>are only for &quot;task&quot;: &quot;classify&quot; (one label per text); a next-character session predicts the text itself</source>
        <translation>sind nur für &quot;task&quot;: &quot;classify&quot; (ein Label pro Text); eine Nächstes-Zeichen-Sitzung sagt den Text selbst vorher</translation>
    </message>
    <message>
        <source>has %1 characters; a prediction has one per input, %2</source>
        <translation>hat %1 Zeichen; eine Vorhersage hat eines pro Eingabe, %2</translation>
    </message>
    <message>
        <source>predicts %1, which is not in the vocabulary</source>
        <translation>sagt %1 vorher, das nicht im Vokabular ist</translation>
    </message>
    <message>
        <source>contains &quot;%1&quot;: the start and end tokens are added by rnnlab; list only the characters of the sources</source>
        <translation>enthält &quot;%1&quot;: Start- und End-Token fügt rnnlab hinzu; nenne nur die Zeichen der Quellen</translation>
    </message>
    <message>
        <source>contains &quot;%1&quot;: the start and end tokens are added by rnnlab; list only the characters of the targets</source>
        <translation>enthält &quot;%1&quot;: Start- und End-Token fügt rnnlab hinzu; nenne nur die Zeichen der Ziele</translation>
    </message>
    <message>
        <source>lacks %1, which the sources use: add them, or leave the vocabulary out to take the pairs&apos; own characters</source>
        <translation>enthält nicht %1 aus den Quellen: ergänze die Zeichen oder lass das Vokabular weg, um die Zeichen der Paare zu nehmen</translation>
    </message>
    <message>
        <source>lacks %1, which the targets use: add them, or leave the vocabulary out to take the pairs&apos; own characters</source>
        <translation>enthält nicht %1 aus den Zielen: ergänze die Zeichen oder lass das Vokabular weg, um die Zeichen der Paare zu nehmen</translation>
    </message>
    <message>
        <source>is for the character tasks; a translation reads data.pairs</source>
        <translation>ist für die Zeichenaufgaben; eine Übersetzung liest data.pairs</translation>
    </message>
    <message>
        <source>is for &quot;task&quot;: &quot;forecast&quot;; a translation reads data.pairs</source>
        <translation>ist für &quot;task&quot;: &quot;forecast&quot;; eine Übersetzung liest data.pairs</translation>
    </message>
    <message>
        <source>there is no pair: give at least one pair of a source and a target (&quot;source&lt;Tab&gt;target&quot;, or [&quot;source&quot;, &quot;target&quot;])</source>
        <translation>enthält kein Paar: gib mindestens ein Paar aus Quelle und Ziel an (&quot;source&lt;Tab&gt;target&quot; oder [&quot;source&quot;, &quot;target&quot;])</translation>
    </message>
    <message>
        <source>has an empty source: the encoder needs at least one character to read</source>
        <translation>hat eine leere Quelle: der Encoder braucht mindestens ein Zeichen zum Lesen</translation>
    </message>
    <message>
        <source>has no target: give the string the source translates to (&quot;source&lt;Tab&gt;target&quot;)</source>
        <translation>hat kein Ziel: gib die Zeichenkette an, in die die Quelle übersetzt wird (&quot;source&lt;Tab&gt;target&quot;)</translation>
    </message>
    <message>
        <source>has &quot;%1&quot; in its source: &lt;sos&gt; and &lt;eos&gt; are the start and end tokens rnnlab adds; a pair holds only characters</source>
        <translation>hat &quot;%1&quot; in der Quelle: &lt;sos&gt; und &lt;eos&gt; sind die Start- und End-Token, die rnnlab hinzufügt; ein Paar enthält nur Zeichen</translation>
    </message>
    <message>
        <source>has &quot;%1&quot; in its target: &lt;sos&gt; and &lt;eos&gt; are the start and end tokens rnnlab adds; a pair holds only characters</source>
        <translation>hat &quot;%1&quot; im Ziel: &lt;sos&gt; und &lt;eos&gt; sind die Start- und End-Token, die rnnlab hinzufügt; ein Paar enthält nur Zeichen</translation>
    </message>
    <message>
        <source>make a source vocabulary of %1 characters; the limit is %2</source>
        <translation>ergeben ein Quellvokabular von %1 Zeichen; die Grenze ist %2</translation>
    </message>
    <message>
        <source>make %1 target tokens; the limit is %2</source>
        <translation>ergeben %1 Ziel-Tokens; die Grenze ist %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Like the des&amp;ktop</source>
        <translation>Wie der Desk&amp;top</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>Hoher &amp;Kontrast</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Training steps taken: each one a forward pass over the text, the loss, backpropagation through time and one update of the weights</source>
        <translation>Ausgeführte Trainingsschritte: jeder ein Vorwärtsdurchlauf über den Text, der Verlust, Backpropagation through Time und ein Update der Gewichte</translation>
    </message>
    <message>
        <source>moved %1 of the %2 parameters against their gradient</source>
        <translation>hat %1 der %2 Parameter gegen ihren Gradienten bewegt</translation>
    </message>
    <message>
        <source>%1 &lt;i&gt;with&lt;/i&gt; it (the optimizer&apos;s momentum still carries the direction of the earlier steps)</source>
        <translation>%1 &lt;i&gt;mit&lt;/i&gt; ihm (das Momentum des Optimierers trägt noch die Richtung der früheren Schritte)</translation>
    </message>
    <message>
        <source>%1 whose gradient is 0, carried by the optimizer&apos;s momentum</source>
        <translation>%1 mit Gradient 0, getragen vom Momentum des Optimierers</translation>
    </message>
    <message>
        <source>%1 not at all despite a gradient</source>
        <translation>%1 trotz Gradient gar nicht</translation>
    </message>
    <message>
        <source>The update </source>
        <translation>Das Update </translation>
    </message>
    <message>
        <source>, and left the %1 whose gradient is 0 where they were</source>
        <translation>, und ließ die %1 mit Gradient 0 unverändert</translation>
    </message>
    <message>
        <source>Sequence data</source>
        <translation>Sequenzdaten</translation>
    </message>
    <message>
        <source>&lt;p&gt;Text, speech, prices, video: data that comes &lt;b&gt;in order&lt;/b&gt;, where what comes next depends on what came before.&lt;/p&gt;&lt;p&gt;Our example is the word &lt;b&gt;hello&lt;/b&gt;. Given &lt;i&gt;h, e, l, l&lt;/i&gt; one at a time, the network should say what comes next each time: &lt;i&gt;e, l, l, o&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;A plain feed-forward network sees one character and has no memory: after the first ‘l’ and after the second ‘l’ it would say the same thing. A &lt;b&gt;recurrent&lt;/b&gt; network carries a memory h&lt;sub&gt;t&lt;/sub&gt; from step to step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Text, Sprache, Kurse, Video: Daten, die &lt;b&gt;in einer Reihenfolge&lt;/b&gt; kommen, wobei das Nächste vom Vorherigen abhängt.&lt;/p&gt;&lt;p&gt;Unser Beispiel ist das Wort &lt;b&gt;hello&lt;/b&gt;. Bekommt das Netz &lt;i&gt;h, e, l, l&lt;/i&gt; nacheinander, soll es jedes Mal sagen, was als Nächstes kommt: &lt;i&gt;e, l, l, o&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Ein einfaches Feedforward-Netz sieht ein Zeichen und hat kein Gedächtnis: nach dem ersten ‘l’ und nach dem zweiten ‘l’ würde es dasselbe sagen. Ein &lt;b&gt;rekurrentes&lt;/b&gt; Netz trägt ein Gedächtnis h&lt;sub&gt;t&lt;/sub&gt; von Schritt zu Schritt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The vanilla RNN, folded</source>
        <translation>Das einfache RNN, gefaltet</translation>
    </message>
    <message>
        <source>&lt;p&gt;One cell. At every time step it takes the input x&lt;sub&gt;t&lt;/sub&gt; and its own previous state h&lt;sub&gt;t−1&lt;/sub&gt; (the loop, through &lt;b&gt;W&lt;sub&gt;hh&lt;/sub&gt;&lt;/b&gt;) and computes the new state h&lt;sub&gt;t&lt;/sub&gt;; from it comes the output y&lt;sub&gt;t&lt;/sub&gt;.&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;F&lt;/b&gt; to fold and unfold.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Eine Zelle. In jedem Zeitschritt nimmt sie die Eingabe x&lt;sub&gt;t&lt;/sub&gt; und ihren eigenen vorigen Zustand h&lt;sub&gt;t−1&lt;/sub&gt; (die Schleife, über &lt;b&gt;W&lt;sub&gt;hh&lt;/sub&gt;&lt;/b&gt;) und berechnet den neuen Zustand h&lt;sub&gt;t&lt;/sub&gt;; daraus entsteht die Ausgabe y&lt;sub&gt;t&lt;/sub&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;F&lt;/b&gt; faltet und entfaltet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Unfolded over time</source>
        <translation>Entfaltet über die Zeit</translation>
    </message>
    <message>
        <source>&lt;p&gt;The same cell drawn once per time step: the loop becomes the arrows from left to right. Each column is one character of ‘hell’; the top row is what the network predicts.&lt;/p&gt;&lt;p&gt;Hover over anything to see its numbers.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dieselbe Zelle, einmal pro Zeitschritt gezeichnet: die Schleife wird zu den Pfeilen von links nach rechts. Jede Spalte ist ein Zeichen von ‘hell’; die oberste Zeile ist die Vorhersage des Netzes.&lt;/p&gt;&lt;p&gt;Mit der Maus über ein Element fahren zeigt seine Zahlen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Shared weights</source>
        <translation>Geteilte Gewichte</translation>
    </message>
    <message>
        <source>&lt;p&gt;The matrices &lt;b&gt;W&lt;sub&gt;xh&lt;/sub&gt;&lt;/b&gt; (input → hidden) and &lt;b&gt;W&lt;sub&gt;hh&lt;/sub&gt;&lt;/b&gt; (hidden → hidden) are the &lt;b&gt;same at every time step&lt;/b&gt;: each arrow of one colour is the same matrix. The Matrices panel shows them, with the biases.&lt;/p&gt;&lt;p&gt;The slides also have &lt;b&gt;W&lt;sub&gt;hy&lt;/sub&gt;&lt;/b&gt; (hidden → output). The lecture&apos;s example has none: the hidden state itself (4 numbers for 4 characters) is the output y&lt;sub&gt;t&lt;/sub&gt;. With an output layer (Model panel) W&lt;sub&gt;hy&lt;/sub&gt; appears, shared across time like the other two.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Matrizen &lt;b&gt;W&lt;sub&gt;xh&lt;/sub&gt;&lt;/b&gt; (Eingabe → verborgen) und &lt;b&gt;W&lt;sub&gt;hh&lt;/sub&gt;&lt;/b&gt; (verborgen → verborgen) sind &lt;b&gt;in jedem Zeitschritt dieselben&lt;/b&gt;: alle Pfeile einer Farbe sind dieselbe Matrix. Das Fenster „Matrizen“ zeigt sie samt den Bias-Vektoren.&lt;/p&gt;&lt;p&gt;Die Folien haben auch &lt;b&gt;W&lt;sub&gt;hy&lt;/sub&gt;&lt;/b&gt; (verborgen → Ausgabe). Das Beispiel der Vorlesung hat keine: der verborgene Zustand selbst (4 Zahlen für 4 Zeichen) ist die Ausgabe y&lt;sub&gt;t&lt;/sub&gt;. Mit einer Ausgabeschicht (im Tab „Modell und Daten“) erscheint W&lt;sub&gt;hy&lt;/sub&gt;, wie die anderen beiden über die Zeit geteilt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The computation, by hand</source>
        <translation>Die Rechnung von Hand</translation>
    </message>
    <message>
        <source>&lt;p&gt;h&lt;sub&gt;t&lt;/sub&gt; = tanh(W&lt;sub&gt;hh&lt;/sub&gt; h&lt;sub&gt;t−1&lt;/sub&gt; + W&lt;sub&gt;xh&lt;/sub&gt; x&lt;sub&gt;t&lt;/sub&gt; + b), y&lt;sub&gt;t&lt;/sub&gt; = h&lt;sub&gt;t&lt;/sub&gt;, p&lt;sub&gt;t&lt;/sub&gt; = softmax(y&lt;sub&gt;t&lt;/sub&gt;), for t = 1 … n with h&lt;sub&gt;0&lt;/sub&gt; = 0.&lt;/p&gt;&lt;p&gt;The slides leave the bias out; PyTorch&apos;s nn.RNN has two, b&lt;sub&gt;ih&lt;/sub&gt; beside W&lt;sub&gt;xh&lt;/sub&gt; and b&lt;sub&gt;hh&lt;/sub&gt; beside W&lt;sub&gt;hh&lt;/sub&gt;, and only ever adds them: b = b&lt;sub&gt;ih&lt;/sub&gt; + b&lt;sub&gt;hh&lt;/sub&gt;. PyTorch&apos;s names: W&lt;sub&gt;xh&lt;/sub&gt; is weight_ih_l0, W&lt;sub&gt;hh&lt;/sub&gt; weight_hh_l0, b&lt;sub&gt;ih&lt;/sub&gt; bias_ih_l0, b&lt;sub&gt;hh&lt;/sub&gt; bias_hh_l0. y&lt;sub&gt;t&lt;/sub&gt; = h&lt;sub&gt;t&lt;/sub&gt; because this network has no output layer; with one, y&lt;sub&gt;t&lt;/sub&gt; = W&lt;sub&gt;hy&lt;/sub&gt; h&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;y&lt;/sub&gt;.&lt;/p&gt;&lt;p&gt;Below, the equation with the real numbers of this network for t = 1. Press &lt;b&gt;→&lt;/b&gt; to walk through a time step, &lt;b&gt;Shift+→&lt;/b&gt; for the next part of the computation.&lt;/p&gt;</source>
        <translation>&lt;p&gt;h&lt;sub&gt;t&lt;/sub&gt; = tanh(W&lt;sub&gt;hh&lt;/sub&gt; h&lt;sub&gt;t−1&lt;/sub&gt; + W&lt;sub&gt;xh&lt;/sub&gt; x&lt;sub&gt;t&lt;/sub&gt; + b), y&lt;sub&gt;t&lt;/sub&gt; = h&lt;sub&gt;t&lt;/sub&gt;, p&lt;sub&gt;t&lt;/sub&gt; = softmax(y&lt;sub&gt;t&lt;/sub&gt;), für t = 1 … n mit h&lt;sub&gt;0&lt;/sub&gt; = 0.&lt;/p&gt;&lt;p&gt;Die Folien lassen den Bias weg; PyTorchs nn.RNN hat zwei, b&lt;sub&gt;ih&lt;/sub&gt; neben W&lt;sub&gt;xh&lt;/sub&gt; und b&lt;sub&gt;hh&lt;/sub&gt; neben W&lt;sub&gt;hh&lt;/sub&gt;, und addiert sie immer nur: b = b&lt;sub&gt;ih&lt;/sub&gt; + b&lt;sub&gt;hh&lt;/sub&gt;. Die Namen in PyTorch: W&lt;sub&gt;xh&lt;/sub&gt; ist weight_ih_l0, W&lt;sub&gt;hh&lt;/sub&gt; weight_hh_l0, b&lt;sub&gt;ih&lt;/sub&gt; bias_ih_l0, b&lt;sub&gt;hh&lt;/sub&gt; bias_hh_l0. y&lt;sub&gt;t&lt;/sub&gt; = h&lt;sub&gt;t&lt;/sub&gt;, weil dieses Netz keine Ausgabeschicht hat; mit einer ist y&lt;sub&gt;t&lt;/sub&gt; = W&lt;sub&gt;hy&lt;/sub&gt; h&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;y&lt;/sub&gt;.&lt;/p&gt;&lt;p&gt;Unten die Gleichung mit den echten Zahlen dieses Netzes für t = 1. &lt;b&gt;→&lt;/b&gt; geht durch einen Zeitschritt, &lt;b&gt;Shift+→&lt;/b&gt; zum nächsten Teil der Rechnung.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Predict: the next character</source>
        <translation>Vorhersagen: das nächste Zeichen</translation>
    </message>
    <message>
        <source>&lt;p&gt;The network is untrained: its weights are the random ones of seed 0. At t = 2 it reads ‘e’.&lt;/p&gt;&lt;p&gt;How to tell from the numbers below: here y&lt;sub&gt;t&lt;/sub&gt; = h&lt;sub&gt;t&lt;/sub&gt;, and tanh and softmax both keep the order of their inputs, so the largest entry of the pre-activation (the bold vector) becomes the largest probability — its character is the prediction (the rows are in the vocabulary&apos;s order: h, e, l, o).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das Netz ist untrainiert: seine Gewichte sind die zufälligen von Seed 0. Bei t = 2 liest es ‘e’.&lt;/p&gt;&lt;p&gt;So liest man es an den Zahlen unten ab: hier ist y&lt;sub&gt;t&lt;/sub&gt; = h&lt;sub&gt;t&lt;/sub&gt;, und tanh und softmax erhalten beide die Reihenfolge ihrer Eingaben, also wird der größte Eintrag der Präaktivierung (der fette Vektor) zur größten Wahrscheinlichkeit — sein Zeichen ist die Vorhersage (die Zeilen folgen dem Vokabular: h, e, l, o).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The PyTorch code</source>
        <translation>Der PyTorch-Code</translation>
    </message>
    <message>
        <source>&lt;p&gt;The lecture&apos;s code. rnnlab computes what it computes: the same initial weights from the seed, bit for bit, and Adam&apos;s update rule exactly as PyTorch&apos;s; the gradients and losses agree to the last digits of float32, not bit for bit (sums taken in another order can differ there; the tests hold the losses to 10&lt;sup&gt;−5&lt;/sup&gt;).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Code der Vorlesung. rnnlab berechnet, was er berechnet: dieselben Anfangsgewichte aus dem Seed, bitgenau, und Adams Update-Regel genau wie in PyTorch; Gradienten und Verluste stimmen bis auf die letzten Stellen von float32 überein, nicht bitgenau (Summen in anderer Reihenfolge können dort abweichen; die Tests prüfen die Verluste auf 10&lt;sup&gt;−5&lt;/sup&gt;).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Training hello</source>
        <translation>hello trainieren</translation>
    </message>
    <message>
        <source>&lt;p&gt;Ten steps of Adam, as in the lecture&apos;s loop. Each row is one step: its loss and what the network predicted; the wrong characters are underlined. Like the loop&apos;s print(result), a row is taken from the step&apos;s forward pass, &lt;i&gt;before&lt;/i&gt; its update — the caption above the graph shows the network after the tenth update, so its loss is not row 10&apos;s.&lt;/p&gt;&lt;p&gt;After ten steps it says &lt;b&gt;ello&lt;/b&gt;. Press &lt;b&gt;Space&lt;/b&gt; to train on, &lt;b&gt;Ctrl+→&lt;/b&gt; for one step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Zehn Schritte Adam, wie in der Schleife der Vorlesung. Jede Zeile ist ein Schritt: sein Verlust und die Vorhersage des Netzes; falsche Zeichen sind unterstrichen. Wie print(result) in der Schleife stammt eine Zeile aus dem Vorwärtsdurchlauf des Schritts, &lt;i&gt;vor&lt;/i&gt; seinem Update — die Beschriftung über dem Graphen zeigt das Netz nach dem zehnten Update, sein Verlust ist also nicht der von Zeile 10.&lt;/p&gt;&lt;p&gt;Nach zehn Schritten sagt es &lt;b&gt;ello&lt;/b&gt;. &lt;b&gt;Leertaste&lt;/b&gt; trainiert weiter, &lt;b&gt;Ctrl+→&lt;/b&gt; macht einen Schritt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Predict: the loss after the next update</source>
        <translation>Vorhersagen: der Verlust nach dem nächsten Update</translation>
    </message>
    <message>
        <source>&lt;p&gt;The loss is the mean of −log p(target) over the four time steps. The optimizer is about to take one more step, guided by the gradient.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Verlust ist der Mittelwert von −log p(Ziel) über die vier Zeitschritte. Der Optimierer macht gleich noch einen Schritt, geleitet vom Gradienten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Predict: the biggest gradient</source>
        <translation>Vorhersagen: der größte Gradient</translation>
    </message>
    <message>
        <source>&lt;p&gt;Back to the untrained network (step 0). Back through time (BPTT) the loss sends a gradient to every weight it used (not to W&lt;sub&gt;xh&lt;/sub&gt;&apos;s ‘o’ column: ‘o’ is never an input). W&lt;sub&gt;hh&lt;/sub&gt; is used at every time step, so its gradient adds up the contributions of t = 2 … n (at t = 1 it multiplies h&lt;sub&gt;0&lt;/sub&gt; = 0).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Zurück zum untrainierten Netz (Schritt 0). Rückwärts durch die Zeit (BPTT) schickt der Verlust einen Gradienten an jedes Gewicht, das er benutzt hat (nicht an die ‘o’-Spalte von W&lt;sub&gt;xh&lt;/sub&gt;: ‘o’ ist nie eine Eingabe). W&lt;sub&gt;hh&lt;/sub&gt; wird in jedem Zeitschritt benutzt, also summiert sein Gradient die Beiträge von t = 2 … n (bei t = 1 multipliziert es h&lt;sub&gt;0&lt;/sub&gt; = 0).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The shapes of RNN tasks</source>
        <translation>Die Formen von RNN-Aufgaben</translation>
    </message>
    <message>
        <source>Many-to-one: the sentiment of a sentence</source>
        <translation>Many-to-one: die Stimmung eines Satzes</translation>
    </message>
    <message>
        <source>&lt;p&gt;Sixteen short reviews, each labelled &lt;i&gt;positive&lt;/i&gt; or &lt;i&gt;negative&lt;/i&gt;. The network reads the whole review and only its &lt;b&gt;last&lt;/b&gt; output counts: the loss is on the last time step alone.&lt;/p&gt;&lt;p&gt;In the Model panel such data is one line per text: &lt;i&gt;text&lt;/i&gt;, a Tab, &lt;i&gt;label&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Right on all sixteen means it has learned &lt;i&gt;these&lt;/i&gt; sentences — memorised them, perhaps; whether it judges a review it has never seen is another test. (Its cell is a GRU, step 15: the bars beside the arrows are its gates r and z and its candidate n.)&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sechzehn kurze Rezensionen, jede als &lt;i&gt;positive&lt;/i&gt; oder &lt;i&gt;negative&lt;/i&gt; gelabelt. Das Netz liest die ganze Rezension, und nur seine &lt;b&gt;letzte&lt;/b&gt; Ausgabe zählt: der Verlust liegt allein auf dem letzten Zeitschritt.&lt;/p&gt;&lt;p&gt;Im Tab „Modell und Daten“ sind solche Daten eine Zeile pro Text: &lt;i&gt;Text&lt;/i&gt;, ein Tab, &lt;i&gt;Label&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Alle sechzehn richtig heißt: es hat &lt;i&gt;diese&lt;/i&gt; Sätze gelernt — vielleicht auswendig; ob es eine nie gesehene Rezension beurteilen kann, ist ein anderer Test. (Seine Zelle ist eine GRU, Schritt 15: die Balken neben den Pfeilen sind ihre Gates r und z und ihr Kandidat n.)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Stacked RNNs</source>
        <translation>Gestapelte RNNs</translation>
    </message>
    <message>
        <source>&lt;p&gt;Layers on top of each other: the hidden state of layer 1 is the input of layer 2. Each layer has its own W&lt;sub&gt;xh&lt;/sub&gt; and W&lt;sub&gt;hh&lt;/sub&gt;, shared across time along its row.&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;L&lt;/b&gt; to walk layer by layer, as PyTorch computes it, instead of time step by time step: the numbers are the same.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Schichten übereinander: der verborgene Zustand von Schicht 1 ist die Eingabe von Schicht 2. Jede Schicht hat ihr eigenes W&lt;sub&gt;xh&lt;/sub&gt; und W&lt;sub&gt;hh&lt;/sub&gt;, entlang ihrer Zeile über die Zeit geteilt.&lt;/p&gt;&lt;p&gt;&lt;b&gt;L&lt;/b&gt; geht Schicht für Schicht vor, wie PyTorch rechnet, statt Zeitschritt für Zeitschritt: die Zahlen sind dieselben.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>LSTM</source>
        <translation>LSTM</translation>
    </message>
    <message>
        <source>&lt;p&gt;Back through time, a vanilla RNN&apos;s gradient is multiplied by W&lt;sub&gt;hh&lt;/sub&gt;ᵀ and tanh′ at every step, and usually fades (or, with large weights, grows). The LSTM adds a cell state c&lt;sub&gt;t&lt;/sub&gt; (the lane above each row), c&lt;sub&gt;t&lt;/sub&gt; = f ⊙ c&lt;sub&gt;t−1&lt;/sub&gt; + i ⊙ g, and gates between 0 and 1 (the bars i, f, o, beside the candidate g): &lt;b&gt;f&lt;/b&gt;orget keeps c&lt;sub&gt;t−1&lt;/sub&gt;, &lt;b&gt;i&lt;/b&gt;nput writes the candidate g (between −1 and 1), &lt;b&gt;o&lt;/b&gt;utput reads tanh(c&lt;sub&gt;t&lt;/sub&gt;) into h&lt;sub&gt;t&lt;/sub&gt;.&lt;/p&gt;&lt;p&gt;Where f ≈ 1, c&lt;sub&gt;t−1&lt;/sub&gt; is kept and the gradient along c passes back almost unchanged. Untrained, an LSTM&apos;s gradient fades much like an RNN&apos;s; training can &lt;i&gt;learn&lt;/i&gt; f ≈ 1 (Compare ▸ RNN vs LSTM vs GRU).&lt;/p&gt;&lt;p&gt;After ten steps this LSTM says &lt;i&gt;llll&lt;/i&gt; where the RNN said &lt;i&gt;ello&lt;/i&gt;: it has four times the weights to set in the same ten steps. Press &lt;b&gt;Space&lt;/b&gt;: within 40 steps it says &lt;i&gt;ello&lt;/i&gt; too.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Rückwärts durch die Zeit wird der Gradient eines einfachen RNN in jedem Schritt mit W&lt;sub&gt;hh&lt;/sub&gt;ᵀ und tanh′ multipliziert und verschwindet meist (oder explodiert, bei großen Gewichten). Das LSTM fügt einen Zellzustand c&lt;sub&gt;t&lt;/sub&gt; hinzu (die Spur über jeder Zeile), c&lt;sub&gt;t&lt;/sub&gt; = f ⊙ c&lt;sub&gt;t−1&lt;/sub&gt; + i ⊙ g, und Gates zwischen 0 und 1 (die Balken i, f, o neben dem Kandidaten g): das Vergessensgate &lt;b&gt;f&lt;/b&gt; behält c&lt;sub&gt;t−1&lt;/sub&gt;, das Eingangsgate &lt;b&gt;i&lt;/b&gt; schreibt den Kandidaten g (zwischen −1 und 1), das Ausgangsgate &lt;b&gt;o&lt;/b&gt; liest tanh(c&lt;sub&gt;t&lt;/sub&gt;) in h&lt;sub&gt;t&lt;/sub&gt;.&lt;/p&gt;&lt;p&gt;Wo f ≈ 1, bleibt c&lt;sub&gt;t−1&lt;/sub&gt; erhalten und der Gradient entlang c läuft fast unverändert zurück. Untrainiert verschwindet der Gradient eines LSTM ähnlich wie beim RNN; Training kann f ≈ 1 &lt;i&gt;lernen&lt;/i&gt; (Vergleichen ▸ RNN vs LSTM vs GRU).&lt;/p&gt;&lt;p&gt;Nach zehn Schritten sagt dieses LSTM &lt;i&gt;llll&lt;/i&gt;, wo das RNN &lt;i&gt;ello&lt;/i&gt; sagte: es muss in denselben zehn Schritten viermal so viele Gewichte einstellen. &lt;b&gt;Leertaste&lt;/b&gt;: innerhalb von 40 Schritten sagt es auch &lt;i&gt;ello&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>GRU</source>
        <translation>GRU</translation>
    </message>
    <message>
        <source>&lt;p&gt;The GRU does the same with two gates (r, z) and no separate cell state (its bars: r, z and the candidate n): h&lt;sub&gt;t&lt;/sub&gt; = (1 − z) ⊙ n&lt;sub&gt;t&lt;/sub&gt; + z ⊙ h&lt;sub&gt;t−1&lt;/sub&gt;, where ⊙ multiplies entry by entry and n&lt;sub&gt;t&lt;/sub&gt; = tanh(W&lt;sub&gt;in&lt;/sub&gt; x&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;in&lt;/sub&gt; + r ⊙ (W&lt;sub&gt;hn&lt;/sub&gt; h&lt;sub&gt;t−1&lt;/sub&gt; + b&lt;sub&gt;hn&lt;/sub&gt;)) is the candidate state.&lt;/p&gt;&lt;p&gt;The update gate &lt;b&gt;z&lt;/b&gt; mixes: z ≈ 1 keeps the old state (and passes the gradient back nearly unchanged), z ≈ 0 replaces it with n&lt;sub&gt;t&lt;/sub&gt;. The reset gate &lt;b&gt;r&lt;/b&gt; decides how much of h&lt;sub&gt;t−1&lt;/sub&gt; the candidate sees.&lt;/p&gt;&lt;p&gt;The slides name the LSTM and the GRU; these two steps show what they compute. Change anything in the Model panel and see what happens.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die GRU macht dasselbe mit zwei Gates (r, z) und ohne eigenen Zellzustand (ihre Balken: r, z und der Kandidat n): h&lt;sub&gt;t&lt;/sub&gt; = (1 − z) ⊙ n&lt;sub&gt;t&lt;/sub&gt; + z ⊙ h&lt;sub&gt;t−1&lt;/sub&gt;, wobei ⊙ elementweise multipliziert und n&lt;sub&gt;t&lt;/sub&gt; = tanh(W&lt;sub&gt;in&lt;/sub&gt; x&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;in&lt;/sub&gt; + r ⊙ (W&lt;sub&gt;hn&lt;/sub&gt; h&lt;sub&gt;t−1&lt;/sub&gt; + b&lt;sub&gt;hn&lt;/sub&gt;)) der Kandidatenzustand ist.&lt;/p&gt;&lt;p&gt;Das Update-Gate &lt;b&gt;z&lt;/b&gt; mischt: z ≈ 1 behält den alten Zustand (und lässt den Gradienten fast unverändert zurück), z ≈ 0 ersetzt ihn durch n&lt;sub&gt;t&lt;/sub&gt;. Das Reset-Gate &lt;b&gt;r&lt;/b&gt; bestimmt, wie viel von h&lt;sub&gt;t−1&lt;/sub&gt; der Kandidat sieht.&lt;/p&gt;&lt;p&gt;Die Folien nennen das LSTM und die GRU; diese zwei Schritte zeigen, was sie berechnen. Ändere etwas im Tab „Modell und Daten“ und sieh, was passiert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Seeing memory</source>
        <translation>Gedächtnis sichtbar machen</translation>
    </message>
    <message>
        <source>&lt;p&gt;An RNN&apos;s memory, seen three ways in the &lt;b&gt;Memory&lt;/b&gt; tab:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;How far back a prediction looks&lt;/b&gt;: the text up to the walk&apos;s step t, each character shaded (and a bar) by ‖∂ log p&lt;sub&gt;t&lt;/sub&gt;(target) / ∂x&lt;sub&gt;s&lt;/sub&gt;‖ — how much that input moves step t&apos;s right answer, by backpropagation through time.&lt;/li&gt;&lt;li&gt;&lt;b&gt;The path of h&lt;sub&gt;t&lt;/sub&gt;&lt;/b&gt;: each state a point in the states&apos; two main directions (PCA), in time order. &lt;b&gt;Freeze axes&lt;/b&gt; and train on: the path moves in one frame.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Units over the text&lt;/b&gt;: the text coloured by one hidden unit; drag over a part of it to find the units that track it.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Hello&apos;s two ‘l’s are the test: the same input, yet ‘l’ follows the first and ‘o’ the second — only memory tells them apart. &lt;b&gt;←&lt;/b&gt; / &lt;b&gt;→&lt;/b&gt; move the step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das Gedächtnis eines RNN, auf drei Arten im Tab &lt;b&gt;Gedächtnis&lt;/b&gt;:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Wie weit eine Vorhersage zurückblickt&lt;/b&gt;: der Text bis zum Schritt t des Durchgangs, jedes Zeichen schattiert (und ein Balken) nach ‖∂ log p&lt;sub&gt;t&lt;/sub&gt;(Ziel) / ∂x&lt;sub&gt;s&lt;/sub&gt;‖ — wie stark diese Eingabe die richtige Antwort von Schritt t bewegt, per Backpropagation through Time.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Der Pfad von h&lt;sub&gt;t&lt;/sub&gt;&lt;/b&gt;: jeder Zustand als Punkt in den zwei Hauptrichtungen der Zustände (PCA), in zeitlicher Reihenfolge. &lt;b&gt;Achsen fixieren&lt;/b&gt; und weitertrainieren: der Pfad bewegt sich in einem festen Rahmen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Einheiten über dem Text&lt;/b&gt;: der Text, gefärbt nach einer verborgenen Einheit; über einen Teil ziehen findet die Einheiten, die ihm folgen.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Die zwei ‘l’ in hello sind der Test: dieselbe Eingabe, doch auf das erste folgt ‘l’, auf das zweite ‘o’ — nur das Gedächtnis unterscheidet sie. &lt;b&gt;←&lt;/b&gt; / &lt;b&gt;→&lt;/b&gt; bewegen den Schritt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>It goes down</source>
        <translation>Er sinkt</translation>
    </message>
    <message>
        <source>It goes up</source>
        <translation>Er steigt</translation>
    </message>
    <message>
        <source>row h%1, column h%2</source>
        <translation>Zeile h%1, Spalte h%2</translation>
    </message>
    <message>
        <source>Which character will the network &lt;b&gt;predict&lt;/b&gt; at t = %1, after reading ‘%2’? (Not which one is right: what &lt;i&gt;this&lt;/i&gt; network will say.)</source>
        <translation>Welches Zeichen wird das Netz bei t = %1 &lt;b&gt;vorhersagen&lt;/b&gt;, nachdem es ‘%2’ gelesen hat? (Nicht welches richtig ist: was &lt;i&gt;dieses&lt;/i&gt; Netz sagen wird.)</translation>
    </message>
    <message>
        <source>The loss is %1 now. After the next update, will it go down or up?</source>
        <translation>Der Verlust ist jetzt %1. Sinkt oder steigt er nach dem nächsten Update?</translation>
    </message>
    <message>
        <source>Which entry of W&lt;sub&gt;hh&lt;/sub&gt; gets the &lt;b&gt;largest&lt;/b&gt; gradient |dL/dW&lt;sub&gt;hh&lt;/sub&gt;| from this forward pass? Button &lt;i&gt;i,j&lt;/i&gt;: row i (the unit it feeds), column j (the unit of h&lt;sub&gt;t−1&lt;/sub&gt; it reads).</source>
        <translation>Welcher Eintrag von W&lt;sub&gt;hh&lt;/sub&gt; bekommt aus diesem Vorwärtsdurchlauf den &lt;b&gt;größten&lt;/b&gt; Gradienten |dL/dW&lt;sub&gt;hh&lt;/sub&gt;|? Knopf &lt;i&gt;i,j&lt;/i&gt;: Zeile i (die Einheit, die er speist), Spalte j (die Einheit von h&lt;sub&gt;t−1&lt;/sub&gt;, die er liest).</translation>
    </message>
    <message>
        <source>The softmax at t = %1 gives %2. The largest is ‘%3’: the network predicts ‘%3’%4.</source>
        <translation>Die Softmax bei t = %1 ergibt %2. Am größten ist ‘%3’: das Netz sagt ‘%3’ vorher%4.</translation>
    </message>
    <message>
        <source>, which is right</source>
        <translation>, und das ist richtig</translation>
    </message>
    <message>
        <source> — the text goes on with ‘%1’, so training will push p(‘%1’) up</source>
        <translation> — der Text geht mit ‘%1’ weiter, also wird das Training p(‘%1’) erhöhen</translation>
    </message>
    <message>
        <source>The loss went from %1 to %2: down by %3. </source>
        <translation>Der Verlust ging von %1 auf %2: um %3 gesunken. </translation>
    </message>
    <message>
        <source>The loss went from %1 to %2: &lt;b&gt;up&lt;/b&gt; by %3. The gradient only says which way is down &lt;i&gt;here&lt;/i&gt;; a step of this size went past the valley (the learning rate is large). </source>
        <translation>Der Verlust ging von %1 auf %2: um %3 &lt;b&gt;gestiegen&lt;/b&gt;. Der Gradient sagt nur, wo es &lt;i&gt;hier&lt;/i&gt; abwärts geht; ein Schritt dieser Größe ist über das Tal hinausgeschossen (die Lernrate ist groß). </translation>
    </message>
    <message>
        <source>dL/dW&lt;sub&gt;hh&lt;/sub&gt; is largest at row h%1, column h%2: %3. All of it:%4It adds up, over the time steps, dL/da of unit h%1 — how much the loss wants its pre-activation to change, dL/dh times tanh′ = 1 − h² — times h%2 one step earlier. Adam&apos;s first step then moves every weight whose gradient is not 0 by almost exactly the learning rate (lr·|g| / (|g| + ε)), whatever the gradient&apos;s size: there only the sign counts.</source>
        <translation>dL/dW&lt;sub&gt;hh&lt;/sub&gt; ist am größten in Zeile h%1, Spalte h%2: %3. Die ganze Matrix:%4Der Eintrag summiert über die Zeitschritte dL/da der Einheit h%1 — wie stark der Verlust ihre Präaktivierung ändern will, dL/dh mal tanh′ = 1 − h² — mal h%2 einen Schritt früher. Adams erster Schritt bewegt dann jedes Gewicht mit Gradient ungleich 0 um fast genau die Lernrate (lr·|g| / (|g| + ε)), egal wie groß der Gradient ist: dort zählt nur das Vorzeichen.</translation>
    </message>
    <message>
        <source>‘%1’ (step %2) %3</source>
        <translation>‘%1’ (Schritt %2) %3</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This network now&lt;/b&gt;: step %1 reads ‘%2’; next comes ‘%3’, and the network gives it p = %4. How much each input moves that: %5.</source>
        <translation>&lt;p&gt;&lt;b&gt;Dieses Netz jetzt&lt;/b&gt;: Schritt %1 liest ‘%2’; als Nächstes kommt ‘%3’, und das Netz gibt ihm p = %4. Wie stark jede Eingabe das bewegt: %5.</translation>
    </message>
    <message>
        <source>Steps %1 and %2 both read ‘%3’, yet their states lie %4 apart in the path (%5 across): the network remembers what came before.</source>
        <translation>Die Schritte %1 und %2 lesen beide ‘%3’, doch ihre Zustände liegen im Pfad %4 auseinander (%5 insgesamt): das Netz erinnert sich an das Vorherige.</translation>
    </message>
    <message>
        <source>Steps %1 and %2 both read ‘%3’, and their states lie almost on one point in the path (%4 apart, %5 across): here the network hardly tells them apart.</source>
        <translation>Die Schritte %1 und %2 lesen beide ‘%3’, und ihre Zustände liegen im Pfad fast auf einem Punkt (%4 auseinander, %5 insgesamt): hier unterscheidet das Netz sie kaum.</translation>
    </message>
    <message>
        <source>Score: %1 of %2 right</source>
        <translation>Punkte: %1 von %2 richtig</translation>
    </message>
    <message>
        <source>C&amp;ompare</source>
        <translation>Ver&amp;gleichen</translation>
    </message>
    <message>
        <source>This model against one more &amp;layer</source>
        <translation>Dieses Modell gegen eine &amp;Schicht mehr</translation>
    </message>
    <message>
        <source>The model and data on the left, from its seed, beside the same with one more stacked layer</source>
        <translation>Modell und Daten links, ab ihrem Seed, neben demselben mit einer weiteren gestapelten Schicht</translation>
    </message>
    <message>
        <source>This model as RNN, LSTM and &amp;GRU</source>
        <translation>Dieses Modell als RNN, LSTM und &amp;GRU</translation>
    </message>
    <message>
        <source>The model and data on the left, from its seed, as a vanilla RNN, an LSTM and a GRU</source>
        <translation>Modell und Daten links, ab ihrem Seed, als einfaches RNN, als LSTM und als GRU</translation>
    </message>
    <message>
        <source>SVG, vector, text stays text (*.svg)</source>
        <translation>SVG, Vektor, Text bleibt Text (*.svg)</translation>
    </message>
    <message>
        <source>PDF, vector, for handouts (*.pdf)</source>
        <translation>PDF, Vektor, für Handouts (*.pdf)</translation>
    </message>
    <message>
        <source>PNG at 1× (*.png)</source>
        <translation>PNG in 1× (*.png)</translation>
    </message>
    <message>
        <source>PNG at 2× (*.png)</source>
        <translation>PNG in 2× (*.png)</translation>
    </message>
    <message>
        <source>PNG at 3× (*.png)</source>
        <translation>PNG in 3× (*.png)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>&amp;Graph as shown…</source>
        <translation>&amp;Graph wie angezeigt…</translation>
    </message>
    <message>
        <source>the graph</source>
        <translation>den Graphen</translation>
    </message>
    <message>
        <source>&amp;Copy the graph</source>
        <translation>Graph &amp;kopieren</translation>
    </message>
    <message>
        <source>rnnlab graph</source>
        <translation>rnnlab-Graph</translation>
    </message>
    <message>
        <source>Heatmaps</source>
        <translation>Heatmaps</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Gedächtnis</translation>
    </message>
    <message>
        <source>How far back a prediction looks</source>
        <translation>Wie weit eine Vorhersage zurückblickt</translation>
    </message>
    <message>
        <source>The path of h_t</source>
        <translation>Der Pfad von h_t</translation>
    </message>
    <message>
        <source>Units over text</source>
        <translation>Einheiten über dem Text</translation>
    </message>
    <message>
        <source>%1k steps/s</source>
        <translation>%1k Schritte/s</translation>
    </message>
    <message>
        <source>%1 steps/s</source>
        <translation>%1 Schritte/s</translation>
    </message>
    <message>
        <source>Time series: prediction and anomalies</source>
        <translation>Zeitreihe: Vorhersage und Anomalien</translation>
    </message>
    <message>
        <source>above</source>
        <translation>über dem</translation>
    </message>
    <message>
        <source>to the end</source>
        <translation>bis zum Ende</translation>
    </message>
    <message>
        <source>&lt;p&gt;The lecture&apos;s first RNN applications are temporal: &lt;b&gt;time-series prediction&lt;/b&gt; and &lt;b&gt;anomaly detection&lt;/b&gt;. An LSTM has learnt a sine wave: at step t it reads x&lt;sub&gt;t&lt;/sub&gt; and predicts x&lt;sub&gt;t+1&lt;/sub&gt; (a number: the loss is the mean squared error).&lt;/p&gt;&lt;ul&gt;&lt;li&gt;The &lt;b&gt;one-step prediction&lt;/b&gt; (dashed) reads the true series up to x&lt;sub&gt;t&lt;/sub&gt;: it can only be one step wrong.&lt;/li&gt;&lt;li&gt;The &lt;b&gt;forecast&lt;/b&gt; (dotted) runs free: each prediction is fed back as the next input, so its errors carry on. Where the generator made the series, a thin line shows what really came.&lt;/li&gt;&lt;li&gt;Below, step t&apos;s error² (y&lt;sub&gt;t&lt;/sub&gt; − x&lt;sub&gt;t+1&lt;/sub&gt;)² on a log scale, and a &lt;b&gt;threshold&lt;/b&gt; (by default the training errors&apos; mean + 3 sd). A step above it is &lt;b&gt;flagged&lt;/b&gt;: a candidate, not yet an anomaly — it is one only where an anomaly was injected (hatched). Grey: warm-up, not counted.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Die ersten RNN-Anwendungen der Vorlesung sind zeitlich: &lt;b&gt;Zeitreihenvorhersage&lt;/b&gt; und &lt;b&gt;Anomalieerkennung&lt;/b&gt;. Ein LSTM hat eine Sinuswelle gelernt: in Schritt t liest es x&lt;sub&gt;t&lt;/sub&gt; und sagt x&lt;sub&gt;t+1&lt;/sub&gt; vorher (eine Zahl: der Verlust ist der mittlere quadratische Fehler).&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Die &lt;b&gt;Ein-Schritt-Vorhersage&lt;/b&gt; (gestrichelt) liest die wahre Reihe bis x&lt;sub&gt;t&lt;/sub&gt;: sie kann nur um einen Schritt falsch liegen.&lt;/li&gt;&lt;li&gt;Die &lt;b&gt;Prognose&lt;/b&gt; (gepunktet) läuft frei: jede Vorhersage wird als nächste Eingabe zurückgeführt, also pflanzen sich ihre Fehler fort. Wo der Generator die Reihe erzeugt hat, zeigt eine dünne Linie, was wirklich kam.&lt;/li&gt;&lt;li&gt;Unten der Fehler² (y&lt;sub&gt;t&lt;/sub&gt; − x&lt;sub&gt;t+1&lt;/sub&gt;)² von Schritt t auf logarithmischer Skala und ein &lt;b&gt;Schwellenwert&lt;/b&gt; (standardmäßig Mittelwert + 3 SD der Trainingsfehler). Ein Schritt darüber wird &lt;b&gt;markiert&lt;/b&gt;: ein Kandidat, noch keine Anomalie — das ist er nur, wo eine Anomalie eingefügt wurde (schraffiert). Grau: Aufwärmphase, nicht gezählt.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>verpasst</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>erkannt</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Now&lt;/b&gt; (training step %1): flagged test steps: %2.</source>
        <translation>&lt;p&gt;&lt;b&gt;Jetzt&lt;/b&gt; (Trainingsschritt %1): markierte Testschritte: %2.</translation>
    </message>
    <message>
        <source> The anomaly at point %1: %2; flags after it (still disturbed): %3; false alarms: %4.</source>
        <translation> Die Anomalie bei Punkt %1: %2; Markierungen danach (noch gestört): %3; Fehlalarme: %4.</translation>
    </message>
    <message>
        <source> Largest error²: %1 at step %2 (predicting x&lt;sub&gt;%3&lt;/sub&gt;), %4 the threshold%5.</source>
        <translation> Größter Fehler²: %1 in Schritt %2 (sagt x&lt;sub&gt;%3&lt;/sub&gt; vorher), %4 Schwellenwert%5.</translation>
    </message>
    <message>
        <source>%1 ×</source>
        <translation>%1 ×</translation>
    </message>
    <message>
        <source>: flagged</source>
        <translation>: markiert</translation>
    </message>
    <message>
        <source>: not flagged</source>
        <translation>: nicht markiert</translation>
    </message>
    <message>
        <source> Threshold %1: training error² %2 + 3 × %3 (sd)</source>
        <translation> Schwellenwert %1: Trainingsfehler² %2 + 3 × %3 (SD)</translation>
    </message>
    <message>
        <source>; sd &gt; mean: ordinary steps pass it too.&lt;/p&gt;</source>
        <translation>; SD &gt; Mittel: auch normale Schritte überschreiten ihn.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>.&lt;/p&gt;</source>
        <translation>.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Score: no questions answered yet</source>
        <translation>Punkte: noch keine Frage beantwortet</translation>
    </message>
    <message>
        <source>cannot write %1: the picture could not be encoded as PNG (%2x%3 pixels)</source>
        <extracomment>%1 the file, %2 × %3 the picture&apos;s size in pixels.</extracomment>
        <translation>%1 kann nicht geschrieben werden: das Bild ließ sich nicht als PNG kodieren (%2x%3 Pixel)</translation>
    </message>
    <message>
        <source>&lt;p&gt;An RNN is flexible: it can read one input or many, and answer once or at every step.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;one-to-one&lt;/b&gt;: no sequence at all — one input, one output, no loop: a plain feed-forward network, the box the slide labels “vanilla”;&lt;/li&gt;&lt;li&gt;&lt;b&gt;one-to-many&lt;/b&gt;: one input, then a sequence out — image captioning, or &lt;i&gt;generating&lt;/i&gt; text: each output is fed back as the next input (the Generate tab);&lt;/li&gt;&lt;li&gt;&lt;b&gt;many-to-one&lt;/b&gt;: read a sequence, answer once — sentiment of a sentence;&lt;/li&gt;&lt;li&gt;&lt;b&gt;many-to-many&lt;/b&gt;: an output per input — our hello, or a tag for every word; translation is many-to-many too, but reads the whole sentence first and then writes one of its own length.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Choose a shape below. &lt;b&gt;one-to-many&lt;/b&gt; draws the network as it generates: x&lt;sub&gt;1&lt;/sub&gt; = ‘h’ is given, every later input is the character it picked one step before (the arrows from y&lt;sub&gt;t−1&lt;/sub&gt; down to x&lt;sub&gt;t&lt;/sub&gt;), with the states and probabilities of that pass — greedy, or sampled with the Generate tab&apos;s temperature and seed. Where the generated text parts from the training text, a ✗ marks the step. &lt;b&gt;one-to-one&lt;/b&gt; is x&lt;sub&gt;1&lt;/sub&gt; in, y&lt;sub&gt;1&lt;/sub&gt; out: one step&apos;s real numbers. The other two keep the numbers of the whole hello pass and only the inputs and outputs they use.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein RNN ist flexibel: es kann eine Eingabe lesen oder viele und einmal antworten oder in jedem Schritt.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;one-to-one&lt;/b&gt;: gar keine Sequenz — eine Eingabe, eine Ausgabe, keine Schleife: ein einfaches Feedforward-Netz, das Kästchen, das auf der Folie „vanilla“ heißt;&lt;/li&gt;&lt;li&gt;&lt;b&gt;one-to-many&lt;/b&gt;: eine Eingabe, dann eine Sequenz heraus — Bildbeschreibung oder Text &lt;i&gt;generieren&lt;/i&gt;: jede Ausgabe wird als nächste Eingabe zurückgeführt (der Tab „Generieren“);&lt;/li&gt;&lt;li&gt;&lt;b&gt;many-to-one&lt;/b&gt;: eine Sequenz lesen, einmal antworten — die Stimmung eines Satzes;&lt;/li&gt;&lt;li&gt;&lt;b&gt;many-to-many&lt;/b&gt;: eine Ausgabe pro Eingabe — unser hello oder ein Tag für jedes Wort; auch Übersetzung ist many-to-many, liest aber erst den ganzen Satz und schreibt dann einen eigenen, mit eigener Länge.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Wähle unten eine Form. &lt;b&gt;one-to-many&lt;/b&gt; zeichnet das Netz beim Generieren: x&lt;sub&gt;1&lt;/sub&gt; = ‘h’ ist vorgegeben, jede spätere Eingabe ist das Zeichen, das es einen Schritt zuvor gewählt hat (die Pfeile von y&lt;sub&gt;t−1&lt;/sub&gt; hinunter zu x&lt;sub&gt;t&lt;/sub&gt;), mit den Zuständen und Wahrscheinlichkeiten dieses Durchlaufs — greedy oder gezogen mit Temperatur und Seed aus dem Tab „Generieren“. Wo der generierte Text vom Trainingstext abweicht, markiert ein ✗ den Schritt. &lt;b&gt;one-to-one&lt;/b&gt; ist x&lt;sub&gt;1&lt;/sub&gt; hinein, y&lt;sub&gt;1&lt;/sub&gt; heraus: die echten Zahlen eines Schritts. Die anderen beiden behalten die Zahlen des ganzen hello-Durchlaufs und nur die Ein- und Ausgaben, die sie verwenden.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ValueEquations</name>
    <message>
        <source>N = number of predicted steps, over all series</source>
        <translation>N = Zahl vorhergesagter Schritte, über alle Reihen</translation>
    </message>
    <message>
        <source>N = number of predicted steps, over all series; D = features per step</source>
        <translation>N = Zahl vorhergesagter Schritte, über alle Reihen; D = Merkmale pro Schritt</translation>
    </message>
    <message>
        <source>%1 (predicts x_{t+1}),   loss_t = (y_t − x_{t+1})²,   L = MSE = (1/N) Σ_t loss_t,   </source>
        <extracomment>%1 is the output&apos;s equation (y_t = W_hy h_t + b_y).</extracomment>
        <translation>%1 (sagt x_{t+1} vorher),   loss_t = (y_t − x_{t+1})²,   L = MSE = (1/N) Σ_t loss_t,   </translation>
    </message>
    <message>
        <source>%1 (predicts x_{t+1}),   loss_t = Σ_d (y_t[d] − x_{t+1}[d])²,   L = MSE = (1/(N·D)) Σ_t loss_t,   </source>
        <extracomment>%1 is the output&apos;s equation (y_t = W_hy h_t + b_y).</extracomment>
        <translation>%1 (sagt x_{t+1} vorher),   loss_t = Σ_d (y_t[d] − x_{t+1}[d])²,   L = MSE = (1/(N·D)) Σ_t loss_t,   </translation>
    </message>
    <message>
        <source>a test series is never trained on:</source>
        <translation>auf einer Testreihe wird nie trainiert:</translation>
    </message>
    <message>
        <source>this squared error is in no loss L and sends no gradient back</source>
        <translation>dieser quadratische Fehler zählt zu keinem Verlust L und schickt keinen Gradienten zurück</translation>
    </message>
    <message>
        <source>(forward and error only; the Signal tab holds it against the anomaly threshold)</source>
        <translation>(nur vorwärts und Fehler; der Tab „Signal“ vergleicht ihn mit dem Anomalie-Schwellenwert)</translation>
    </message>
    <message>
        <source>%1 step</source>
        <translation>%1 Schritt</translation>
    </message>
    <message>
        <source>%1 steps</source>
        <translation>%1 Schritte</translation>
    </message>
    <message>
        <source>%1 feature</source>
        <translation>%1 Merkmal</translation>
    </message>
    <message>
        <source>%1 features</source>
        <translation>%1 Merkmale</translation>
    </message>
    <message>
        <source>the prediction of x_%1</source>
        <translation>die Vorhersage von x_%1</translation>
    </message>
    <message>
        <source>its share of L:</source>
        <translation>sein Anteil an L:</translation>
    </message>
    <message>
        <source>L = MSE, the mean over %1 values: L = %2</source>
        <extracomment>%1 the count (&quot;N·D = 119 steps × 2 features = 238&quot;), %2 the loss.</extracomment>
        <translation>L = MSE, das Mittel über %1 Werte: L = %2</translation>
    </message>
    <message>
        <source>L = MSE, the mean over %1: L = %2</source>
        <translation>L = MSE, das Mittel über %1: L = %2</translation>
    </message>
</context>
<context>
    <name>rnnlab</name>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Matrices</source>
        <translation>Matrizen</translation>
    </message>
    <message>
        <source>Step by hand</source>
        <translation>Von Hand rechnen</translation>
    </message>
    <message>
        <source>Loss and accuracy</source>
        <translation>Verlust und Trefferquote</translation>
    </message>
    <message>
        <source>Predictions per step</source>
        <translation>Vorhersagen pro Schritt</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generieren</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Gedächtnis</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>PyTorch</source>
        <translation>PyTorch</translation>
    </message>
    <message>
        <source>Predictions per step lists predicted strings: it is for character tasks only.</source>
        <translation>Vorhersagen pro Schritt listet vorhergesagte Zeichenketten: nur für Zeichenaufgaben.</translation>
    </message>
    <message>
        <source>Generate writes text, for character tasks only. A time series&apos; free-running forecast (each prediction fed back as the next input) is drawn in the Signal tab, as long as you set it there.</source>
        <translation>Generieren schreibt Text, nur für Zeichenaufgaben. Die frei laufende Prognose einer Zeitreihe (jede Vorhersage als nächste Eingabe zurückgeführt) zeigt der Tab Signal, so lang wie dort eingestellt.</translation>
    </message>
    <message>
        <source>The Memory tab ranks influence over characters: it is for character tasks only.</source>
        <translation>Der Tab Gedächtnis ordnet den Einfluss über Zeichen: nur für Zeichenaufgaben.</translation>
    </message>
    <message>
        <source> This run is a translation (an encoder–decoder): its loss and accuracy are in the Loss tab, each pair&apos;s greedy translation at every step in Predictions per step, and its three weight sets (encoder, decoder, fc) in the Matrices panel.</source>
        <translation> Dieser Lauf ist eine Übersetzung (ein Encoder–Decoder): Verlust und Trefferquote stehen im Tab Verlust, die Greedy-Übersetzung jedes Paars in jedem Schritt unter Vorhersagen pro Schritt und die drei Gewichtssätze (encoder, decoder, fc) im Fenster „Matrizen“.</translation>
    </message>
    <message>
        <source>An encoder–decoder is drawn by its own graph.</source>
        <translation>Ein Encoder–Decoder wird von einem eigenen Graphen gezeichnet.</translation>
    </message>
    <message>
        <source>Generate writes text by feeding a network&apos;s output back as its next input; a translation does that in its decoder, and its greedy translations are listed in Predictions per step.</source>
        <translation>Generieren schreibt Text, indem es die Ausgabe des Netzes als nächste Eingabe zurückführt; eine Übersetzung tut das in ihrem Decoder, und ihre Greedy-Übersetzungen stehen unter Vorhersagen pro Schritt.</translation>
    </message>
    <message>
        <source>The Memory tab reads one network over one text; an encoder–decoder&apos;s two are not analysed yet.</source>
        <translation>Der Tab Gedächtnis liest ein Netz über einem Text; die zwei eines Encoder–Decoders werden noch nicht analysiert.</translation>
    </message>
    <message>
        <source> This run is a time series: its values, the network&apos;s predictions, the free-running forecast and the flagged steps are in the Signal tab, and every number of a time step in the graph.</source>
        <translation> Dieser Lauf ist eine Zeitreihe: ihre Werte, die Vorhersagen des Netzes, die frei laufende Prognose und die markierten Schritte stehen im Tab Signal, und jede Zahl eines Zeitschritts im Graphen.</translation>
    </message>
</context>
<context>
    <name>rnnlab::CellValueEditor</name>
    <message>
        <source>Type a number, e.g. 0.5 or -1.2e-3</source>
        <translation>Zahl eingeben, z. B. 0.5 oder -1.2e-3</translation>
    </message>
    <message>
        <source>Use a point as the decimal separator: %1</source>
        <translation>Punkt als Dezimaltrennzeichen verwenden: %1</translation>
    </message>
    <message>
        <source>“%1” is not a number: type e.g. 0.5 or -1.2e-3</source>
        <translation>„%1“ ist keine Zahl: z. B. 0.5 oder -1.2e-3 eingeben</translation>
    </message>
    <message>
        <source>A weight must be a finite number (%1 would turn the loss into nan)</source>
        <translation>Ein Gewicht muss eine endliche Zahl sein (%1 würde den Verlust zu nan machen)</translation>
    </message>
    <message>
        <source>Too large for a float32 weight: at most ±%1</source>
        <translation>Zu groß für ein float32-Gewicht: höchstens ±%1</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
</context>
<context>
    <name>rnnlab::ColorLegend</name>
    <message>
        <source>%1: blue is negative, red is positive; the colour is darkest at ±%2 and beyond.</source>
        <extracomment>%1 the legend&apos;s caption (Weights), %2 the colour scale&apos;s end.</extracomment>
        <translation>%1: blau ist negativ, rot ist positiv; am dunkelsten ist die Farbe ab ±%2.</translation>
    </message>
    <message>
        <source>The numbers in the cells and under the bar are in units of %1: %2 in a cell means %3.</source>
        <extracomment>%1 a power of ten (10⁻³), %2 a number as a cell prints it, %3 the value it stands for.</extracomment>
        <translation>Die Zahlen in den Zellen und unter dem Balken sind in Einheiten von %1: %2 in einer Zelle bedeutet %3.</translation>
    </message>
    <message>
        <source>Where the cells are too small for numbers, hover a cell (or move to it with the arrow keys) to read its value.</source>
        <translation>Wo die Zellen zu klein für Zahlen sind: mit der Maus auf eine Zelle zeigen (oder mit den Pfeiltasten hingehen), um ihren Wert zu lesen.</translation>
    </message>
</context>
<context>
    <name>rnnlab::ColorMap</name>
    <message>
        <source>input gate i</source>
        <extracomment>A gate&apos;s name (LSTM: i, f, g, o; GRU: r, z, n): keep its letter last, after a space.</extracomment>
        <translation>Eingangsgate i</translation>
    </message>
    <message>
        <source>forget gate f</source>
        <translation>Vergessensgate f</translation>
    </message>
    <message>
        <source>candidate g</source>
        <translation>Kandidat g</translation>
    </message>
    <message>
        <source>output gate o</source>
        <translation>Ausgangsgate o</translation>
    </message>
    <message>
        <source>reset gate r</source>
        <translation>Reset-Gate r</translation>
    </message>
    <message>
        <source>update gate z</source>
        <translation>Update-Gate z</translation>
    </message>
    <message>
        <source>candidate n</source>
        <translation>Kandidat n</translation>
    </message>
</context>
<context>
    <name>rnnlab::ComparePanel</name>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Compare without model %1</source>
        <translation>Ohne Modell %1 vergleichen</translation>
    </message>
    <message>
        <source>Model %1&apos;s cell: rnn_tanh, rnn_relu (torch.nn.RNN), lstm (torch.nn.LSTM) or gru (torch.nn.GRU)</source>
        <translation>Zelle von Modell %1: rnn_tanh, rnn_relu (torch.nn.RNN), lstm (torch.nn.LSTM) oder gru (torch.nn.GRU)</translation>
    </message>
    <message>
        <source>Model %1&apos;s stacked layers (1–8)</source>
        <translation>Gestapelte Schichten von Modell %1 (1–8)</translation>
    </message>
    <message>
        <source>H </source>
        <translation>H </translation>
    </message>
    <message>
        <source>Model %1&apos;s hidden size H: units per layer (without an output layer H must equal the vocabulary size)</source>
        <translation>Größe H des verborgenen Zustands von Modell %1: Einheiten pro Schicht (ohne Ausgabeschicht muss H gleich der Vokabulargröße sein)</translation>
    </message>
    <message>
        <source>output layer</source>
        <translation>Ausgabeschicht</translation>
    </message>
    <message>
        <source>Model %1 reads its predictions through nn.Linear(H, V) (W_hy); without it, the top layer&apos;s hidden state is the logits</source>
        <translation>Modell %1 liest seine Vorhersagen über nn.Linear(H, V) (W_hy); ohne sie dient der verborgene Zustand der obersten Schicht als Logits</translation>
    </message>
    <message>
        <source>Model %1&apos;s seed: torch.manual_seed for its initial weights</source>
        <translation>Seed von Modell %1: torch.manual_seed für die Anfangsgewichte</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source> layer</source>
        <translation> Schicht</translation>
    </message>
    <message>
        <source> layers</source>
        <translation> Schichten</translation>
    </message>
    <message>
        <source>seed: &quot;%1&quot; is not a whole number from −9223372036854775808 to 9223372036854775807</source>
        <translation>Seed: &quot;%1&quot; ist keine ganze Zahl von −9223372036854775808 bis 9223372036854775807</translation>
    </message>
</context>
<context>
    <name>rnnlab::ComparePlot</name>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Correct characters</source>
        <translation>Richtige Zeichen</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic axis: late, small differences between the models stay visible</source>
        <translation>Verlust auf logarithmischer Achse: späte, kleine Unterschiede zwischen den Modellen bleiben sichtbar</translation>
    </message>
    <message>
        <source>training step</source>
        <translation>Trainingsschritt</translation>
    </message>
    <message>
        <source>correct (%)</source>
        <translation>richtig (%)</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
</context>
<context>
    <name>rnnlab::CompareWindow</name>
    <message>
        <source>Space: train · Ctrl+→: one step for every model · Ctrl+L: lock step or free-running · F: fold the graphs</source>
        <translation>Leertaste: trainieren · Ctrl+→: ein Schritt für jedes Modell · Ctrl+L: Gleichschritt oder frei laufend · F: Graphen falten</translation>
    </message>
    <message>
        <source>Every model trains on these texts with these optimizer settings, so that only the models differ. Change them in the main window (Model and data) and compare again.</source>
        <translation>Jedes Modell trainiert auf diesen Texten mit diesen Optimierer-Einstellungen, damit sich nur die Modelle unterscheiden. Ändere sie im Hauptfenster (Modell und Daten) und vergleiche erneut.</translation>
    </message>
    <message>
        <source>Which training text the graphs show</source>
        <translation>Welchen Trainingstext die Graphen zeigen</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>Train every model at the chosen speed (Space)</source>
        <translation>Jedes Modell mit der gewählten Geschwindigkeit trainieren (Leertaste)</translation>
    </message>
    <message>
        <source>Pause every model (Space)</source>
        <translation>Jedes Modell anhalten (Leertaste)</translation>
    </message>
    <message>
        <source>One optimizer step for every model (Ctrl+→)</source>
        <translation>Ein Optimiererschritt für jedes Modell (Ctrl+→)</translation>
    </message>
    <message>
        <source>Every model back to its seed&apos;s initial weights, step 0 (Ctrl+R)</source>
        <translation>Jedes Modell zurück zu den Anfangsgewichten seines Seeds, Schritt 0 (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Lock step</source>
        <translation>&amp;Gleichschritt</translation>
    </message>
    <message>
        <source>On: every model shows the same step (the fast ones wait for the slowest). Off: each model trains as fast as it can (Ctrl+L)</source>
        <translation>An: jedes Modell zeigt denselben Schritt (die schnellen warten auf das langsamste). Aus: jedes Modell trainiert so schnell es kann (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Add a model</source>
        <translation>Modell &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Compare a third model (Ctrl+Shift+N): the first cell type not compared yet</source>
        <translation>Ein drittes Modell vergleichen (Ctrl+Shift+N): der erste noch nicht verglichene Zelltyp</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Fold the graphs</source>
        <translation>Graphen &amp;falten</translation>
    </message>
    <message>
        <source>Fold every unrolled graph into its cell with the W_hh loop, or unfold them (F)</source>
        <translation>Jeden entfalteten Graphen in seine Zelle mit der W_hh-Schleife falten oder wieder entfalten (F)</translation>
    </message>
    <message>
        <source>Fit to &amp;window</source>
        <translation>An Fenster an&amp;passen</translation>
    </message>
    <message>
        <source>Show each whole graph (Ctrl+0)</source>
        <translation>Jeden Graphen ganz zeigen (Ctrl+0)</translation>
    </message>
    <message>
        <source>&amp;Gradient through time</source>
        <translation>&amp;Gradient über die Zeit</translation>
    </message>
    <message>
        <source>How much of the last step&apos;s gradient reaches each h_t, model against model: on by itself when the cells differ (Ctrl+D)</source>
        <translation>Wie viel vom Gradienten des letzten Schritts jedes h_t erreicht, Modell gegen Modell: von selbst an, wenn die Zellen verschieden sind (Ctrl+D)</translation>
    </message>
    <message>
        <source>How far &amp;back a prediction looks</source>
        <translation>Wie weit eine Vorhersage &amp;zurückblickt</translation>
    </message>
    <message>
        <source>How much each earlier input drives one step&apos;s prediction, model against model: on by itself when the cells differ (Ctrl+B)</source>
        <translation>Wie stark jede frühere Eingabe die Vorhersage eines Schritts bestimmt, Modell gegen Modell: von selbst an, wenn die Zellen verschieden sind (Ctrl+B)</translation>
    </message>
    <message>
        <source>&amp;Log scale for the loss</source>
        <translation>&amp;Log-Skala für den Verlust</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Load a comparison the lecture uses</source>
        <translation>Einen Vergleich aus der Vorlesung laden</translation>
    </message>
    <message>
        <source>Presets…</source>
        <translation>Vorlagen…</translation>
    </message>
    <message>
        <source>Compare models — rnnlab</source>
        <translation>Modelle vergleichen — rnnlab</translation>
    </message>
    <message>
        <source>Compare: %1 — rnnlab</source>
        <translation>Vergleich: %1 — rnnlab</translation>
    </message>
    <message>
        <source>Lock step: every model shows the same training step. The table&apos;s numbers are what rnnlab-cli train prints for each session.</source>
        <translation>Gleichschritt: jedes Modell zeigt denselben Trainingsschritt. Die Zahlen der Tabelle sind die, die rnnlab-cli train für jede Sitzung ausgibt.</translation>
    </message>
    <message>
        <source>Adam, lr %1</source>
        <translation>Adam, lr %1</translation>
    </message>
    <message>
        <source>SGD, lr %1, momentum %2</source>
        <translation>SGD, lr %1, Momentum %2</translation>
    </message>
    <message>
        <source>, gradients clipped at %1</source>
        <translation>, Gradienten bei %1 begrenzt</translation>
    </message>
    <message>
        <source>, no clipping</source>
        <translation>, ohne Clipping</translation>
    </message>
    <message>
        <source>Every model: %1 · %2</source>
        <translation>Jedes Modell: %1 · %2</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>Steps %1</source>
        <translation>Schritte %1</translation>
    </message>
    <message>
        <source>Lock step: every model has taken this many steps</source>
        <translation>Gleichschritt: jedes Modell hat so viele Schritte gemacht</translation>
    </message>
    <message>
        <source>Free-running: the steps each model has taken (A · B · C)</source>
        <translation>Frei laufend: die Schritte, die jedes Modell gemacht hat (A · B · C)</translation>
    </message>
    <message>
        <source>lock step: %1 steps/s</source>
        <translation>Gleichschritt: %1 Schritte/s</translation>
    </message>
    <message>
        <source>Training stopped: model %1&apos;s step was refused (see the message on its graph)</source>
        <translation>Training gestoppt: der Schritt von Modell %1 wurde abgelehnt (siehe die Meldung an seinem Graphen)</translation>
    </message>
    <message>
        <source>Model %1 stopped</source>
        <translation>Modell %1 gestoppt</translation>
    </message>
    <message>
        <source>Change model %1&apos;s settings, or Reset to start every model over.</source>
        <translation>Ändere die Einstellungen von Modell %1 oder setze zurück, um jedes Modell neu zu starten.</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>eigene</translation>
    </message>
    <message>
        <source>Model %1 changed: every model starts over from step 0, so that they stay comparable</source>
        <translation>Modell %1 geändert: jedes Modell beginnt neu bei Schritt 0, damit sie vergleichbar bleiben</translation>
    </message>
</context>
<context>
    <name>rnnlab::ContextEquations</name>
    <message>
        <source>Context, backward through time</source>
        <translation>Kontext, rückwärts durch die Zeit</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source> · layer %1</source>
        <translation> · Schicht %1</translation>
    </message>
    <message>
        <source>h_0^{dec} = h_n^{enc},   c_0^{dec} = c_n^{enc}   (every layer; n = %1 source characters)</source>
        <translation>h_0^{dec} = h_n^{enc},   c_0^{dec} = c_n^{enc}   (jede Schicht; n = %1 Quellzeichen)</translation>
    </message>
    <message>
        <source>h_0^{dec} = h_n^{enc}   (every layer; n = %1 source characters)</source>
        <translation>h_0^{dec} = h_n^{enc}   (jede Schicht; n = %1 Quellzeichen)</translation>
    </message>
    <message>
        <source>the decoder never sees the source itself: only these %1 numbers per layer</source>
        <translation>der Decoder sieht die Quelle selbst nie: nur diese %1 Zahlen pro Schicht</translation>
    </message>
    <message>
        <source>dL/dh_n^{enc} gets dL/dh_0^{dec},   dL/dc_n^{enc} gets dL/dc_0^{dec} = f_1^{dec} ⊙ dL/dc_1^{dec}</source>
        <translation>dL/dh_n^{enc} erhält dL/dh_0^{dec},   dL/dc_n^{enc} erhält dL/dc_0^{dec} = f_1^{dec} ⊙ dL/dc_1^{dec}</translation>
    </message>
    <message>
        <source>dL/dh_n^{enc} gets dL/dh_0^{dec}: the decoder&apos;s gradient of its starting state</source>
        <translation>dL/dh_n^{enc} erhält dL/dh_0^{dec}: den Gradienten des Decoders an seinem Startzustand</translation>
    </message>
    <message>
        <source>→ reaches the encoder:</source>
        <translation>→ erreicht den Encoder:</translation>
    </message>
    <message>
        <source>from here back through the encoder, from its last step: its only loss is the decoder&apos;s, carried across the context</source>
        <translation>von hier zurück durch den Encoder, ab seinem letzten Schritt: sein einziger Verlust ist der des Decoders, über den Kontext getragen</translation>
    </message>
</context>
<context>
    <name>rnnlab::EquationAccessible</name>
    <message>
        <source>Equations</source>
        <translation>Gleichungen</translation>
    </message>
</context>
<context>
    <name>rnnlab::EquationModel</name>
    <message>
        <source>units %1:</source>
        <translation>Einheiten %1:</translation>
    </message>
    <message>
        <source>(no gradients: the loss of this pass is not finite)</source>
        <translation>(keine Gradienten: der Verlust dieses Durchlaufs ist nicht endlich)</translation>
    </message>
    <message>
        <source>from layer %1</source>
        <translation>aus Schicht %1</translation>
    </message>
    <message>
        <source>the loss of the text: −log of the probability of its label (scored at the last step)</source>
        <translation>der Verlust des Texts: −log der Wahrscheinlichkeit seines Labels (im letzten Schritt bewertet)</translation>
    </message>
    <message>
        <source>the loss at this step: −log of the probability of the next character</source>
        <translation>der Verlust in diesem Schritt: −log der Wahrscheinlichkeit des nächsten Zeichens</translation>
    </message>
    <message>
        <source>the loss at this step: −log of the probability of the target</source>
        <translation>der Verlust in diesem Schritt: −log der Wahrscheinlichkeit des Ziels</translation>
    </message>
    <message>
        <source>dL/dh_t = (from y_t or the layer above) + W_hhᵀ dL/da_{t+1},   dL/da_t = dL/dh_t ⊙ [h_t &gt; 0]</source>
        <translation>dL/dh_t = (von y_t oder der Schicht darüber) + W_hhᵀ dL/da_{t+1},   dL/da_t = dL/dh_t ⊙ [h_t &gt; 0]</translation>
    </message>
    <message>
        <source>dL/dh_t = (from y_t or the layer above) + W_hhᵀ dL/da_{t+1},   dL/da_t = dL/dh_t ⊙ (1 − h_t²)</source>
        <translation>dL/dh_t = (von y_t oder der Schicht darüber) + W_hhᵀ dL/da_{t+1},   dL/da_t = dL/dh_t ⊙ (1 − h_t²)</translation>
    </message>
    <message>
        <source>h_t%5 = %1(W_hh%5 h_{t−1}%5 + W_xh%5 %4 + b%5) = %1(a_t%5),   %2   for t = 1 … %3, h_0 = 0;   b%5 = b_ih%5 + b_hh%5 (PyTorch keeps the two biases apart)</source>
        <extracomment>The RNN&apos;s equations. %1 the activation (tanh or ReLU), %2 the output&apos;s equations, %3 the number of time steps, %4 the layer&apos;s input (x_t), %5 the layer&apos;s superscript (empty for one layer).</extracomment>
        <translation>h_t%5 = %1(W_hh%5 h_{t−1}%5 + W_xh%5 %4 + b%5) = %1(a_t%5),   %2   für t = 1 … %3, h_0 = 0;   b%5 = b_ih%5 + b_hh%5 (PyTorch hält die zwei Biases getrennt)</translation>
    </message>
    <message>
        <source>Backward through time</source>
        <translation>Rückwärts durch die Zeit</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <source>%1, test series %2</source>
        <extracomment>The walk&apos;s direction (Forward) and which test series it walks.</extracomment>
        <translation>%1, Testreihe %2</translation>
    </message>
    <message>
        <source>, layer %1</source>
        <translation>, Schicht %1</translation>
    </message>
    <message>
        <source>the squared error of this step: (y_t − x_{t+1})² per feature (a test series: no share of L)</source>
        <translation>der quadratische Fehler dieses Schritts: (y_t − x_{t+1})² pro Merkmal (eine Testreihe: kein Anteil an L)</translation>
    </message>
    <message>
        <source>%1: what the layer below contributes</source>
        <translation>%1: was die Schicht darunter beiträgt</translation>
    </message>
    <message>
        <source>y_%1 (logits)</source>
        <translation>y_%1 (Logits)</translation>
    </message>
    <message>
        <source> (not scored: a classifier is scored at the last time step only)</source>
        <translation> (nicht bewertet: ein Klassifikator wird nur im letzten Zeitschritt bewertet)</translation>
    </message>
    <message>
        <source> ✗ (the label is %1)</source>
        <extracomment>%1 is the true label (a character or class).</extracomment>
        <translation> ✗ (das Label ist %1)</translation>
    </message>
    <message>
        <source> ✗ (the text goes on with %1)</source>
        <extracomment>%1 is the true next character.</extracomment>
        <translation> ✗ (der Text geht mit %1 weiter)</translation>
    </message>
    <message>
        <source>the largest is p_%1[%2] = %3: predicts %2%4</source>
        <extracomment>%1 the time step, %2 the predicted character or class, %3 its probability, %4 the verdict (✓, or ✗ with the true one).</extracomment>
        <translation>am größten ist p_%1[%2] = %3: sagt %2 vorher%4</translation>
    </message>
    <message>
        <source>no loss at t = %1: this time step has no target</source>
        <translation>kein Verlust bei t = %1: dieser Zeitschritt hat kein Ziel</translation>
    </message>
    <message>
        <source>no backward pass — %1</source>
        <translation>kein Rückwärtsdurchlauf — %1</translation>
    </message>
    <message>
        <source>x_%1%2 = h_%1 of layer %3 =</source>
        <extracomment>%1 the time step, %2 the layer&apos;s superscript, %3 the layer below.</extracomment>
        <translation>x_%1%2 = h_%1 von Schicht %3 =</translation>
    </message>
    <message>
        <source>x_%1 = the values of test series %2 at t = %1 =</source>
        <translation>x_%1 = die Werte von Testreihe %2 bei t = %1 =</translation>
    </message>
    <message>
        <source>x_%1 = the values of series %2 at t = %1 =</source>
        <translation>x_%1 = die Werte von Reihe %2 bei t = %1 =</translation>
    </message>
    <message>
        <source>the mean over the %1 texts&apos; labels (one scored step each)</source>
        <translation>das Mittel über die Labels der %1 Texte (je ein bewerteter Schritt)</translation>
    </message>
    <message>
        <source>the mean over the %1 scored time steps of all texts</source>
        <translation>das Mittel über die %1 bewerteten Zeitschritte aller Texte</translation>
    </message>
    <message>
        <source>the training loss is %1: L = %2</source>
        <extracomment>%1 what the loss averages (&quot;the mean over the 12 scored time steps of all texts&quot;), %2 its value.</extracomment>
        <translation>der Trainingsverlust ist %1: L = %2</translation>
    </message>
    <message>
        <source>dL/dy_%1 = (p_%1 − one-hot(%2)) / %3: L is the mean over %3 predictions</source>
        <extracomment>%1 the time step, %2 the target (&apos;e&apos;), %3 the number of predictions N.</extracomment>
        <translation>dL/dy_%1 = (p_%1 − one-hot(%2)) / %3: L ist das Mittel über %3 Vorhersagen</translation>
    </message>
    <message>
        <source>nothing after t = %1</source>
        <translation>nichts nach t = %1</translation>
    </message>
    <message>
        <source>dL/da_%1 = dL/dh_%1 where h_%1 &gt; 0 =</source>
        <translation>dL/da_%1 = dL/dh_%1, wo h_%1 &gt; 0 =</translation>
    </message>
    <message>
        <source>→ into ∂W_xh, ∂W_hh, ∂b</source>
        <translation>→ in ∂W_xh, ∂W_hh, ∂b</translation>
    </message>
    <message>
        <source>0: the encoder has no outputs</source>
        <translation>0: der Encoder hat keine Ausgaben</translation>
    </message>
    <message>
        <source>dL/dh_0^{dec} across the context</source>
        <translation>dL/dh_0^{dec} über den Kontext</translation>
    </message>
    <message>
        <source>dL/dh_t: the encoder has no outputs; from t+1, and at its last step from the decoder&apos;s dL/dh_0 across the context</source>
        <translation>dL/dh_t: der Encoder hat keine Ausgaben; von t+1 und in seinem letzten Schritt vom dL/dh_0 des Decoders über den Kontext</translation>
    </message>
    <message>
        <source>h_0%1 = h_%2%3 (the context)</source>
        <translation>h_0%1 = h_%2%3 (der Kontext)</translation>
    </message>
    <message>
        <source>teacher forcing: the decoder reads the previous target token (&lt;sos&gt; at the first step), not its own previous output</source>
        <translation>Teacher Forcing: der Decoder liest das vorige Ziel-Token (&lt;sos&gt; im ersten Schritt), nicht seine eigene vorige Ausgabe</translation>
    </message>
    <message>
        <source>the encoder reads the source one character at a time; it has no outputs</source>
        <translation>der Encoder liest die Quelle Zeichen für Zeichen; er hat keine Ausgaben</translation>
    </message>
</context>
<context>
    <name>rnnlab::EquationView</name>
    <message>
        <source>Numbers are rounded for display. Results (sums, products, tanh, σ, softmax) use the exact values, so working them out from the printed numbers may change a last digit; the graph shows every digit on hover.</source>
        <translation>Die Zahlen sind für die Anzeige gerundet. Ergebnisse (Summen, Produkte, tanh, σ, softmax) nutzen die exakten Werte; wer mit den angezeigten Zahlen nachrechnet, kann in der letzten Stelle abweichen. Der Graph zeigt beim Darüberfahren jede Stelle.</translation>
    </message>
</context>
<context>
    <name>rnnlab::GatedEquations</name>
    <message>
        <source>a_k = W_ik %1 + W_hk h_{t−1} + b_k for each gate k = i, f, g, o;  i, f, o = σ(a_k),  g = tanh(a_g),  c_t = f ⊙ c_{t−1} + i ⊙ g,  h_t = o ⊙ tanh(c_t);  W_ih stacks W_ii, W_if, W_ig, W_io in PyTorch&apos;s row order i, f, g, o; W_hh likewise</source>
        <extracomment>The LSTM&apos;s equations; %1 is what the layer reads (x_t, or h_t of the layer below).</extracomment>
        <translation>a_k = W_ik %1 + W_hk h_{t−1} + b_k für jedes Gate k = i, f, g, o;  i, f, o = σ(a_k),  g = tanh(a_g),  c_t = f ⊙ c_{t−1} + i ⊙ g,  h_t = o ⊙ tanh(c_t);  W_ih stapelt W_ii, W_if, W_ig, W_io in der Zeilenreihenfolge von PyTorch i, f, g, o; W_hh ebenso</translation>
    </message>
    <message>
        <source>r, z = σ(a_k), a_k = W_ik %1 + W_hk h_{t−1} + b_k (k = r, z);  n = tanh(W_in %1 + b_in + r ⊙ (W_hn h_{t−1} + b_hn));  h_t = (1 − z) ⊙ n + z ⊙ h_{t−1};  W_ih stacks W_ir, W_iz, W_in in PyTorch&apos;s row order r, z, n; W_hh likewise</source>
        <extracomment>The GRU&apos;s equations; %1 is what the layer reads (x_t, or h_t of the layer below).</extracomment>
        <translation>r, z = σ(a_k), a_k = W_ik %1 + W_hk h_{t−1} + b_k (k = r, z);  n = tanh(W_in %1 + b_in + r ⊙ (W_hn h_{t−1} + b_hn));  h_t = (1 − z) ⊙ n + z ⊙ h_{t−1};  W_ih stapelt W_ir, W_iz, W_in in der Zeilenreihenfolge von PyTorch r, z, n; W_hh ebenso</translation>
    </message>
    <message>
        <source>dL/dh_t = (from above) + W_hhᵀ dL/da_{t+1},  dL/dc_t = dL/dh_t ⊙ o ⊙ (1 − tanh² c_t) + f_{t+1} ⊙ dL/dc_{t+1},  dL/da_t per gate</source>
        <translation>dL/dh_t = (von oben) + W_hhᵀ dL/da_{t+1},  dL/dc_t = dL/dh_t ⊙ o ⊙ (1 − tanh² c_t) + f_{t+1} ⊙ dL/dc_{t+1},  dL/da_t pro Gate</translation>
    </message>
    <message>
        <source>dL/dh_t = (from above) + W_hhᵀ dL/dgh_{t+1} + z_{t+1} ⊙ dL/dh_{t+1},  dL/dgi, dL/dgh per gate</source>
        <translation>dL/dh_t = (von oben) + W_hhᵀ dL/dgh_{t+1} + z_{t+1} ⊙ dL/dh_{t+1},  dL/dgi, dL/dgh pro Gate</translation>
    </message>
    <message>
        <source>: the series&apos; values, weighed by the columns of W_ih)</source>
        <translation>: die Werte der Reihe, gewichtet mit den Spalten von W_ih)</translation>
    </message>
    <message>
        <source>(one-hot x_%1: column %2 of W_ih)</source>
        <translation>(One-Hot x_%1: Spalte %2 von W_ih)</translation>
    </message>
    <message>
        <source>and dL/dgh_n = r ⊙ dL/da_n =</source>
        <translation>und dL/dgh_n = r ⊙ dL/da_n =</translation>
    </message>
    <message>
        <source>→ into ∂W_ih, ∂W_hh, ∂b</source>
        <translation>→ in ∂W_ih, ∂W_hh, ∂b</translation>
    </message>
    <message>
        <source>%1_0%2 (the context)</source>
        <translation>%1_0%2 (der Kontext)</translation>
    </message>
    <message>
        <source>dL/dc_0^{dec} across the context</source>
        <translation>dL/dc_0^{dec} über den Kontext</translation>
    </message>
</context>
<context>
    <name>rnnlab::GenerationPanel</name>
    <message>
        <source>characters to start from</source>
        <translation>Anfangszeichen</translation>
    </message>
    <message>
        <source>The network reads these characters first, then continues on its own</source>
        <translation>Das Netz liest zuerst diese Zeichen und schreibt dann selbst weiter</translation>
    </message>
    <message>
        <source>Pr&amp;ime:</source>
        <translation>An&amp;fang:</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> Zeichen</translation>
    </message>
    <message>
        <source>How many characters to generate after the prime</source>
        <translation>Wie viele Zeichen nach dem Anfang erzeugt werden</translation>
    </message>
    <message>
        <source>Le&amp;ngth:</source>
        <translation>Lä&amp;nge:</translation>
    </message>
    <message>
        <source>Greed&amp;y</source>
        <translation>&amp;Greedy</translation>
    </message>
    <message>
        <source>Always take the most probable next character (argmax)</source>
        <translation>Immer das wahrscheinlichste nächste Zeichen nehmen (argmax)</translation>
    </message>
    <message>
        <source>Sa&amp;mple</source>
        <translation>&amp;Ziehen</translation>
    </message>
    <message>
        <source>Draw the next character from softmax(logits / temperature)</source>
        <translation>Das nächste Zeichen aus softmax(logits / Temperatur) ziehen</translation>
    </message>
    <message>
        <source>Next character:</source>
        <translation>Nächstes Zeichen:</translation>
    </message>
    <message>
        <source>1 samples from the network&apos;s own probabilities; smaller is more conservative, larger more adventurous</source>
        <translation>1 zieht aus den eigenen Wahrscheinlichkeiten des Netzes; kleiner ist vorsichtiger, größer gewagter</translation>
    </message>
    <message>
        <source>The same seed draws the same text again</source>
        <translation>Derselbe Seed zieht wieder denselben Text</translation>
    </message>
    <message>
        <source>See&amp;d:</source>
        <translation>&amp;Seed:</translation>
    </message>
    <message>
        <source>Temperat&amp;ure:</source>
        <translation>Te&amp;mperatur:</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generieren</translation>
    </message>
    <message>
        <source>&amp;Result (the prime in bold, then what the network wrote):</source>
        <translation>&amp;Ergebnis (fett der Anfang, dann was das Netz geschrieben hat):</translation>
    </message>
    <message>
        <source>Nothing generated yet</source>
        <translation>Noch nichts generiert</translation>
    </message>
    <message>
        <source>This model is a classifier (many-to-one): its outputs are labels, not characters, so it cannot write text. Generation is one-to-many: train a next-character model (lines without a label) to use it.</source>
        <translation>Dieses Modell ist ein Klassifikator (many-to-one): seine Ausgaben sind Labels, keine Zeichen, also kann es keinen Text schreiben. Generieren ist one-to-many: trainiere dafür ein Modell für das nächste Zeichen (Zeilen ohne Label).</translation>
    </message>
    <message>
        <source>Waiting for a model</source>
        <translation>Warte auf ein Modell</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Wird generiert…</translation>
    </message>
    <message>
        <source>The prime you gave</source>
        <translation>Der vorgegebene Anfang</translation>
    </message>
    <message>
        <source>Generated by the network</source>
        <translation>Vom Netz generiert</translation>
    </message>
</context>
<context>
    <name>rnnlab::GradientComparisonPlot</name>
    <message>
        <source>How much of the last step&apos;s gradient reaches h&lt;sub&gt;t&lt;/sub&gt; (top layer)</source>
        <translation>Wie viel vom Gradienten des letzten Schritts h&lt;sub&gt;t&lt;/sub&gt; erreicht (oberste Schicht)</translation>
    </message>
    <message>
        <source>‖∂loss&lt;sub&gt;n&lt;/sub&gt;/∂h&lt;sub&gt;t&lt;/sub&gt;‖ / ‖∂loss&lt;sub&gt;n&lt;/sub&gt;/∂h&lt;sub&gt;n&lt;/sub&gt;‖: the gradient of the last prediction&apos;s loss, carried back through time, as a share of what it is at the last step. A vanilla RNN multiplies it by W&lt;sub&gt;hh&lt;/sub&gt;ᵀ and tanh′ at every step and it vanishes decade by decade. Untrained, an LSTM and a GRU lose it decade by decade too; trained, they can learn to carry it — a forget gate f ≈ 1 keeps the cell state, an update gate z ≈ 1 keeps h — while the RNN&apos;s keeps vanishing. Try the RNN vs LSTM vs GRU preset: untrained, then after a few hundred steps.</source>
        <translation>‖∂loss&lt;sub&gt;n&lt;/sub&gt;/∂h&lt;sub&gt;t&lt;/sub&gt;‖ / ‖∂loss&lt;sub&gt;n&lt;/sub&gt;/∂h&lt;sub&gt;n&lt;/sub&gt;‖: der Gradient des Verlusts der letzten Vorhersage, rückwärts durch die Zeit getragen, als Anteil seines Werts im letzten Schritt. Ein einfaches RNN multipliziert ihn in jedem Schritt mit W&lt;sub&gt;hh&lt;/sub&gt;ᵀ und tanh′, und er verschwindet Dekade um Dekade. Untrainiert verlieren ihn auch LSTM und GRU Dekade um Dekade; trainiert können sie lernen, ihn zu tragen — ein Vergessensgate f ≈ 1 behält den Zellzustand, ein Update-Gate z ≈ 1 behält h —, während er beim RNN weiter verschwindet. Probiere die Vorlage RNN vs LSTM vs GRU: untrainiert, dann nach ein paar hundert Schritten.</translation>
    </message>
    <message>
        <source>time step t</source>
        <translation>Zeitschritt t</translation>
    </message>
    <message>
        <source>gradient share</source>
        <translation>Gradientenanteil</translation>
    </message>
    <message>
        <source>No gradients yet: the models&apos; first forward and backward pass shows them.</source>
        <translation>Noch keine Gradienten: der erste Vorwärts- und Rückwärtsdurchlauf der Modelle zeigt sie.</translation>
    </message>
</context>
<context>
    <name>rnnlab::GradientNormPlot</name>
    <message>
        <source>The size of the gradient that reaches the hidden state h_t at each time step. The training loss is the mean L = (loss_1 + … + loss_N) / N over the N predictions of all texts, so the last step&apos;s share of it is loss_n/N. Falling towards t = 1: the gradient vanishes on its way back through time (try a 40-character text); rising: it explodes.</source>
        <translation>Die Größe des Gradienten, der in jedem Zeitschritt den verborgenen Zustand h_t erreicht. Der Trainingsverlust ist das Mittel L = (loss_1 + … + loss_N) / N über die N Vorhersagen aller Texte, also ist der Anteil des letzten Schritts loss_n/N. Fällt die Kurve zu t = 1 hin, verschwindet der Gradient auf dem Weg rückwärts durch die Zeit (probiere einen Text mit 40 Zeichen); steigt sie, explodiert er.</translation>
    </message>
    <message>
        <source>Last step&apos;s loss only</source>
        <translation>Nur Verlust des letzten Schritts</translation>
    </message>
    <message>
        <source>Only the last prediction&apos;s share of the loss, loss_n/N (t = n; L is the mean over N predictions), carried back through time: ‖d(loss_n/N)/dh_t‖, how much of it still reaches each earlier step — the vanishing (or exploding) gradient. Unticked: ‖dL/dh_t‖ of the whole loss L, to which every step adds its own term, so the curve does not fall like that.</source>
        <translation>Nur der Anteil der letzten Vorhersage am Verlust, loss_n/N (t = n; L ist das Mittel über N Vorhersagen), rückwärts durch die Zeit getragen: ‖d(loss_n/N)/dh_t‖, wie viel davon noch jeden früheren Schritt erreicht — der verschwindende (oder explodierende) Gradient. Nicht angehakt: ‖dL/dh_t‖ des ganzen Verlusts L, zu dem jeder Schritt einen eigenen Term beiträgt, daher fällt die Kurve nicht so ab.</translation>
    </message>
    <message>
        <source>Show the norms on a logarithmic axis: a vanishing gradient falls in a straight line, decade by decade</source>
        <translation>Normen auf logarithmischer Achse: ein verschwindender Gradient fällt als Gerade, Dekade um Dekade</translation>
    </message>
    <message>
        <source>time step t</source>
        <translation>Zeitschritt t</translation>
    </message>
    <message>
        <source>layer 1</source>
        <translation>Schicht 1</translation>
    </message>
    <message>
        <source>‖dL/dh_t‖ of every time step appears here once a session is loaded</source>
        <translation>‖dL/dh_t‖ jedes Zeitschritts erscheint hier, sobald eine Sitzung geladen ist</translation>
    </message>
    <message>
        <source>No gradients in this snapshot yet: they come from a backward pass through time</source>
        <translation>Noch keine Gradienten in dieser Momentaufnahme: sie entstehen im Rückwärtsdurchlauf durch die Zeit</translation>
    </message>
    <message>
        <source>A test series is never trained on: it has no gradients</source>
        <translation>Auf einer Testreihe wird nie trainiert: sie hat keine Gradienten</translation>
    </message>
    <message>
        <source>There is no text %1 in this session</source>
        <translation>In dieser Sitzung gibt es keinen Text %1</translation>
    </message>
    <message>
        <source>No gradient of the last step&apos;s loss in this snapshot yet</source>
        <translation>Noch kein Gradient des Verlusts des letzten Schritts in dieser Momentaufnahme</translation>
    </message>
    <message>
        <source>W_hh = 0: the last step&apos;s loss reaches h_{%1} only; every earlier h_t gets 0, which a log axis cannot show</source>
        <translation>W_hh = 0: der Verlust des letzten Schritts erreicht nur h_{%1}; jedes frühere h_t bekommt 0, was eine Log-Achse nicht zeigen kann</translation>
    </message>
    <message>
        <source>◯ %1: the graph&apos;s dL/d%2</source>
        <extracomment>%1 the norm and its value (&quot;‖dL/dh_3‖ = 0.12&quot;), %2 the hidden state (h_3).</extracomment>
        <translation>◯ %1: dL/d%2 des Graphen</translation>
    </message>
    <message>
        <source>◯ %1, the same as the graph&apos;s ‖dL/d%2‖: only loss_%3 reaches it</source>
        <extracomment>%1 the last step&apos;s norm and its value, %2 the hidden state (h_3), %3 the last time step.</extracomment>
        <translation>◯ %1, gleich ‖dL/d%2‖ des Graphen: dorthin gelangt nur loss_%3</translation>
    </message>
    <message>
        <source>◯ %1   □ the graph&apos;s %2 (whole L)</source>
        <extracomment>%1 the last step&apos;s norm and its value, %2 the whole loss&apos;s norm and its value.</extracomment>
        <translation>◯ %1   □ %2 des Graphen (ganzes L)</translation>
    </message>
</context>
<context>
    <name>rnnlab::GraphAccessible</name>
    <message>
        <source>RNN graph</source>
        <translation>RNN-Graph</translation>
    </message>
    <message>
        <source>, layer %1</source>
        <translation>, Schicht %1</translation>
    </message>
    <message>
        <source>Time step %1</source>
        <translation>Zeitschritt %1</translation>
    </message>
    <message>
        <source>x_%1, dimension %2</source>
        <translation>x_%1, Dimension %2</translation>
    </message>
    <message>
        <source>dL/dh_%1, unit %2</source>
        <translation>dL/dh_%1, Einheit %2</translation>
    </message>
    <message>
        <source>h_%1, unit %2</source>
        <translation>h_%1, Einheit %2</translation>
    </message>
    <message>
        <source>dL/dc_%1, unit %2</source>
        <translation>dL/dc_%1, Einheit %2</translation>
    </message>
    <message>
        <source>c_%1, unit %2</source>
        <translation>c_%1, Einheit %2</translation>
    </message>
    <message>
        <source>Gates at t = %1</source>
        <translation>Gates bei t = %1</translation>
    </message>
    <message>
        <source>y_%1, feature %2</source>
        <translation>y_%1, Merkmal %2</translation>
    </message>
    <message>
        <source>Prediction at t = %1</source>
        <translation>Vorhersage bei t = %1</translation>
    </message>
    <message>
        <source>%1, flagged as a candidate anomaly</source>
        <translation>%1, als Anomaliekandidat markiert</translation>
    </message>
</context>
<context>
    <name>rnnlab::GraphBar</name>
    <message>
        <source>Which training text the graph shows</source>
        <translation>Welchen Trainingstext der Graph zeigt</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>W_xh: input to hidden, the same at every time step</source>
        <translation>W_xh: Eingabe zu verborgen, in jedem Zeitschritt dieselbe</translation>
    </message>
    <message>
        <source>W_hh: hidden to hidden, carries memory from t−1 to t</source>
        <translation>W_hh: verborgen zu verborgen, trägt das Gedächtnis von t−1 nach t</translation>
    </message>
    <message>
        <source>W_hy: hidden to output</source>
        <translation>W_hy: verborgen zu Ausgabe</translation>
    </message>
    <message>
        <source>series %1 (%2 points)</source>
        <translation>Reihe %1 (%2 Punkte)</translation>
    </message>
    <message>
        <source>Se&amp;ries:</source>
        <translation>&amp;Reihe:</translation>
    </message>
    <message>
        <source>W_ih: input to hidden, one block of rows per gate, the same at every time step</source>
        <translation>W_ih: Eingabe zu verborgen, ein Zeilenblock pro Gate, in jedem Zeitschritt dieselbe</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>test series %1 (%2 points)</source>
        <translation>Testreihe %1 (%2 Punkte)</translation>
    </message>
    <message>
        <source>Pa&amp;ir:</source>
        <translation>&amp;Paar:</translation>
    </message>
    <message>
        <source>Which series the graph and the walk by hand show: the training series, then the test series (their forward pass with the current weights; never trained on)</source>
        <translation>Welche Reihe der Graph und die Rechnung von Hand zeigen: die Trainingsreihen, dann die Testreihen (ihr Vorwärtsdurchlauf mit den aktuellen Gewichten; nie darauf trainiert)</translation>
    </message>
    <message>
        <source>Which pair the translation graph shows</source>
        <translation>Welches Paar der Übersetzungsgraph zeigt</translation>
    </message>
    <message>
        <source>Teacher forcing</source>
        <translation>Teacher Forcing</translation>
    </message>
    <message>
        <source>Translate (greedy)</source>
        <translation>Übersetzen (greedy)</translation>
    </message>
    <message>
        <source>Deco&amp;der:</source>
        <translation>&amp;Decoder:</translation>
    </message>
    <message>
        <source>y = h (no W&lt;sub&gt;hy&lt;/sub&gt;)</source>
        <extracomment>Legend of the grey arrow when the model has no output layer: the outputs y are h itself.</extracomment>
        <translation>y = h (kein W&lt;sub&gt;hy&lt;/sub&gt;)</translation>
    </message>
    <message>
        <source>Teacher forcing: the decoder as it is trained, fed the previous target token.
Translate (greedy): the decoder as it translates, fed its own previous output (the argmax) from &lt;sos&gt; until &lt;eos&gt;; ✓/✗ where it parts from the target.
Both with the weights now, after the latest update: the Predictions tab&apos;s row for a step shows that step&apos;s translation from before its update.</source>
        <translation>Teacher Forcing: der Decoder wie im Training, mit dem vorigen Ziel-Token als Eingabe.
Übersetzen (greedy): der Decoder beim Übersetzen, mit seiner eigenen vorigen Ausgabe (dem argmax) als Eingabe, von &lt;sos&gt; bis &lt;eos&gt;; ✓/✗, wo er vom Ziel abweicht.
Beides mit den jetzigen Gewichten, nach dem letzten Update: im Tab „Vorhersagen pro Schritt“ zeigt die Zeile eines Schritts dessen Übersetzung von vor seinem Update.</translation>
    </message>
</context>
<context>
    <name>rnnlab::GraphPainter</name>
    <message>
        <source>input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
</context>
<context>
    <name>rnnlab::GraphToolTip</name>
    <message>
        <source>&lt;b&gt;%1 = 0&lt;/b&gt; (%2), %3×%4: What if W_hh = 0? — the graph&apos;s forward pass uses zeros here; the trained values are in the Matrices panel</source>
        <translation>&lt;b&gt;%1 = 0&lt;/b&gt; (%2), %3×%4: Was, wenn W_hh = 0? — der Vorwärtsdurchlauf des Graphen nutzt hier Nullen; die trainierten Werte stehen im Fenster „Matrizen“</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2), %3×%4: the same matrix at every time step</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2), %3×%4: in jedem Zeitschritt dieselbe Matrix</translation>
    </message>
    <message>
        <source>Hidden until you have predicted (Lesson ▸ Reveal)</source>
        <translation>Verdeckt, bis du vorhergesagt hast (Lektion ▸ Aufdecken)</translation>
    </message>
    <message>
        <source>Time step t = %1: the cell reads x_%1 = %2 and should predict the next value %3</source>
        <translation>Zeitschritt t = %1: die Zelle liest x_%1 = %2 und soll den nächsten Wert %3 vorhersagen</translation>
    </message>
    <message>
        <source>x_%1 = %2: the series&apos; value at time step %1</source>
        <translation>x_%1 = %2: der Wert der Reihe in Zeitschritt %1</translation>
    </message>
    <message>
        <source>x_%1[%2] = %3: feature %2 of the series at time step %1, fed in as it is (not one-hot)</source>
        <translation>x_%1[%2] = %3: Merkmal %2 der Reihe in Zeitschritt %1, unverändert eingegeben (nicht One-Hot)</translation>
    </message>
    <message>
        <source>y_%1[%2] = %3: the predicted next value (W_hy h_t + b_y, no softmax)&lt;br&gt;target %4 · error %5 · squared %6</source>
        <translation>y_%1[%2] = %3: der vorhergesagte nächste Wert (W_hy h_t + b_y, kein softmax)&lt;br&gt;Ziel %4 · Fehler %5 · quadriert %6</translation>
    </message>
    <message>
        <source>x_%6 = %4: the true next value, the target of y_%1 — the series continues with %4 after x_%1 = %2, where the network predicts %3&lt;br&gt;squared error at this step (summed over the features) %5</source>
        <translation>x_%6 = %4: der wahre nächste Wert, das Ziel von y_%1 — die Reihe geht nach x_%1 = %2 mit %4 weiter, wo das Netz %3 vorhersagt&lt;br&gt;quadratischer Fehler in diesem Schritt (über die Merkmale summiert) %5</translation>
    </message>
    <message>
        <source>Time step t = %1: the cell reads ‘%2’; no output is scored here (only the last step&apos;s)</source>
        <translation>Zeitschritt t = %1: die Zelle liest ‘%2’; hier wird keine Ausgabe bewertet (nur die des letzten Schritts)</translation>
    </message>
    <message>
        <source>Time step t = %1: the cell reads ‘%2’ and should predict ‘%3’</source>
        <translation>Zeitschritt t = %1: die Zelle liest ‘%2’ und soll ‘%3’ vorhersagen</translation>
    </message>
    <message>
        <source>x_%1 = ‘%2’ (time step %1)</source>
        <translation>x_%1 = ‘%2’ (Zeitschritt %1)</translation>
    </message>
    <message>
        <source>x_%1[%2] = %3: one-hot of ‘%4’ (‘%5’ is dimension %2)</source>
        <translation>x_%1[%2] = %3: One-Hot von ‘%4’ (‘%5’ ist Dimension %2)</translation>
    </message>
    <message>
        <source>Gates at t = %1%2 (bars: the mean over the units; zoom in for each unit)</source>
        <extracomment>%1 the time step, %2 &quot;, layer N&quot; (or nothing).</extracomment>
        <translation>Gates bei t = %1%2 (Balken: das Mittel über die Einheiten; vergrößern für jede Einheit)</translation>
    </message>
    <message>
        <source>, layer %1</source>
        <translation>, Schicht %1</translation>
    </message>
    <message>
        <source>dL/dc_%1%2[%3] = %4: the gradient of the whole loss L at c_t (c_t = %5)</source>
        <extracomment>%1 the time step, %2 &quot; of layer N&quot; (or nothing), %3 the unit, then the values.</extracomment>
        <translation>dL/dc_%1%2[%3] = %4: der Gradient des ganzen Verlusts L an c_t (c_t = %5)</translation>
    </message>
    <message>
        <source> of layer %1</source>
        <translation> von Schicht %1</translation>
    </message>
    <message>
        <source>c_%1%2[%3] = %4: the cell state, c_t = f ⊙ c_{t−1} + i ⊙ g</source>
        <extracomment>%1 the time step, %2 &quot; of layer N&quot; (or nothing), %3 the unit, then the values.</extracomment>
        <translation>c_%1%2[%3] = %4: der Zellzustand, c_t = f ⊙ c_{t−1} + i ⊙ g</translation>
    </message>
    <message>
        <source>dL/dh_%1%2[%3] = %4: the gradient of the whole loss L at h_t (h_t = %5)</source>
        <extracomment>%1 the time step, %2 &quot; of layer N&quot; (or nothing), %3 the unit, then the values.</extracomment>
        <translation>dL/dh_%1%2[%3] = %4: der Gradient des ganzen Verlusts L an h_t (h_t = %5)</translation>
    </message>
    <message>
        <source>h_%1%2[%3] = %4&lt;br&gt;pre-activation a_%1 = %5 (W_hh h + b_hh = %6, W_xh x + b_ih = %7)</source>
        <extracomment>%1 the time step, %2 &quot; of layer N&quot; (or nothing), %3 the unit, then the values.</extracomment>
        <translation>h_%1%2[%3] = %4&lt;br&gt;Präaktivierung a_%1 = %5 (W_hh h + b_hh = %6, W_xh x + b_ih = %7)</translation>
    </message>
    <message>
        <source>P(class ‘%1’ | the text up to ‘%2’) = %3&lt;br&gt;logit %4%5%6</source>
        <extracomment>%1 a class or character, %2 the text read, %3 its probability, %4 the logit, %5 &quot; · the target&quot; or nothing, %6 &quot; · predicted&quot; or nothing.</extracomment>
        <translation>P(Klasse ‘%1’ | der Text bis ‘%2’) = %3&lt;br&gt;Logit %4%5%6</translation>
    </message>
    <message>
        <source>P(next = ‘%1’ | ‘%2’) = %3&lt;br&gt;logit %4%5%6</source>
        <translation>P(nächstes = ‘%1’ | ‘%2’) = %3&lt;br&gt;Logit %4%5%6</translation>
    </message>
    <message>
        <source> · the target</source>
        <translation> · das Ziel</translation>
    </message>
    <message>
        <source> · predicted</source>
        <translation> · vorhergesagt</translation>
    </message>
    <message>
        <source>After ‘%1’ the network would say ‘%2’; only the last time step is scored</source>
        <translation>Nach ‘%1’ würde das Netz ‘%2’ sagen; nur der letzte Zeitschritt wird bewertet</translation>
    </message>
    <message>
        <source>After the whole text the network says ‘%1’; its label is ‘%2’: %3&lt;br&gt;loss −log P(‘%2’) = %4</source>
        <translation>Nach dem ganzen Text sagt das Netz ‘%1’; sein Label ist ‘%2’: %3&lt;br&gt;Verlust −log P(‘%2’) = %4</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>richtig</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>falsch</translation>
    </message>
    <message>
        <source>After ‘%1’ the network predicts ‘%2’; the text continues with ‘%3’: %4&lt;br&gt;loss at this step −log P(‘%3’) = %5</source>
        <translation>Nach ‘%1’ sagt das Netz ‘%2’ vorher; der Text geht mit ‘%3’ weiter: %4&lt;br&gt;Verlust in diesem Schritt −log P(‘%3’) = %5</translation>
    </message>
    <message>
        <source>x_%1 = ‘%2’: given, the training text&apos;s first character; generation starts here</source>
        <translation>x_%1 = ‘%2’: vorgegeben, das erste Zeichen des Trainingstexts; hier beginnt die Generierung</translation>
    </message>
    <message>
        <source>x_%1 = ‘%2’: the character the network picked at t = %3, fed back as its next input</source>
        <translation>x_%1 = ‘%2’: das Zeichen, das das Netz bei t = %3 gewählt hat, als nächste Eingabe zurückgeführt</translation>
    </message>
    <message>
        <source>At t = %1 the network picks ‘%2’, the most probable (greedy)</source>
        <translation>Bei t = %1 wählt das Netz ‘%2’, das wahrscheinlichste (greedy)</translation>
    </message>
    <message>
        <source>At t = %1 the network draws ‘%2’ from softmax(y_t / %3) (sampled, seed %4)</source>
        <translation>Bei t = %1 zieht das Netz ‘%2’ aus softmax(y_t / %3) (gezogen, Seed %4)</translation>
    </message>
    <message>
        <source>The training text has ‘%1’ here: the generated text parts from it at this step</source>
        <translation>Der Trainingstext hat hier ‘%1’: in diesem Schritt weicht der generierte Text von ihm ab</translation>
    </message>
    <message>
        <source>as the training text</source>
        <translation>wie im Trainingstext</translation>
    </message>
    <message>
        <source>(past where it parted from the training text: nothing to compare)</source>
        <translation>(nach der Abweichung vom Trainingstext: nichts zu vergleichen)</translation>
    </message>
</context>
<context>
    <name>rnnlab::GraphView</name>
    <message>
        <source>overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Overview: the top layer&apos;s h_t at every time step, colours only; the frame marks the steps in view. Click or drag along it to scroll there.</source>
        <translation>Übersicht: h_t der obersten Schicht in jedem Zeitschritt, nur als Farben; der Rahmen markiert die sichtbaren Schritte. Anklicken oder daran entlangziehen scrollt dorthin.</translation>
    </message>
    <message>
        <source>flagged (a candidate anomaly): error² %1 &gt; threshold %2, as the Signal tab marks it</source>
        <translation>markiert (ein Anomaliekandidat): Fehler² %1 &gt; Schwellenwert %2, wie der Tab „Signal“ ihn markiert</translation>
    </message>
</context>
<context>
    <name>rnnlab::GuiLaunch</name>
    <message>
        <source>there is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Run it in a desktop session, under xvfb-run, or render the window to a picture with rnnlab --screenshot OUT.png</source>
        <translation>es gibt kein Display, auf dem sich das Fenster öffnen lässt (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt). Starte es in einer Desktop-Sitzung, unter xvfb-run, oder rendere das Fenster mit rnnlab --screenshot OUT.png in ein Bild</translation>
    </message>
</context>
<context>
    <name>rnnlab::GuiOptions</name>
    <message>
        <source>--tab: &quot;%1&quot; is not step, loss, predictions, generate, memory, memory-units, signal or pytorch</source>
        <translation>--tab: &quot;%1&quot; ist nicht step, loss, predictions, generate, memory, memory-units, signal oder pytorch</translation>
    </message>
    <message>
        <source>the session file&apos;s name is empty: give the file to open</source>
        <translation>der Name der Sitzungsdatei ist leer: gib die zu öffnende Datei an</translation>
    </message>
    <message>
        <source>give a session file or --text, not both</source>
        <translation>gib eine Sitzungsdatei oder --text an, nicht beides</translation>
    </message>
    <message>
        <source>--label goes with --text; a session file gives its labels in data.labels</source>
        <translation>--label gehört zu --text; eine Sitzungsdatei gibt ihre Labels in data.labels an</translation>
    </message>
    <message>
        <source>--compare-preset brings its own models: give it alone, or --compare files (and --session for the first model) instead</source>
        <translation>--compare-preset bringt eigene Modelle mit: gib es allein an, oder stattdessen --compare-Dateien (und --session für das erste Modell)</translation>
    </message>
    <message>
        <source>--compare-preset: &quot;%1&quot; is not a preset: use layers (1 layer vs 2 layers on hello) or cells (RNN vs LSTM vs GRU on a long text)</source>
        <translation>--compare-preset: &quot;%1&quot; ist keine Vorlage: nimm layers (1 Schicht gegen 2 Schichten auf hello) oder cells (RNN gegen LSTM gegen GRU auf einem langen Text)</translation>
    </message>
    <message>
        <source>--compare: compare mode shows 2 or 3 models: the first (--session, or the hello example) and one or two --compare files, not %1</source>
        <translation>--compare: der Vergleichsmodus zeigt 2 oder 3 Modelle: das erste (--session oder das hello-Beispiel) und eine oder zwei --compare-Dateien, nicht %1</translation>
    </message>
    <message>
        <source>cannot compare these sessions: %1</source>
        <translation>diese Sitzungen lassen sich nicht vergleichen: %1</translation>
    </message>
    <message>
        <source>give one of --screenshot, --export-svg and --export-png</source>
        <translation>gib nur eines von --screenshot, --export-svg und --export-png an</translation>
    </message>
    <message>
        <source>--export-%1: &quot;%2&quot; must end in .%1</source>
        <translation>--export-%1: &quot;%2&quot; muss auf .%1 enden</translation>
    </message>
    <message>
        <source>--scale applies to --export-png; an SVG has no pixels</source>
        <translation>--scale gilt für --export-png; ein SVG hat keine Pixel</translation>
    </message>
    <message>
        <source>--scale: &quot;%1&quot; must be 1, 2 or 3</source>
        <translation>--scale: &quot;%1&quot; muss 1, 2 oder 3 sein</translation>
    </message>
    <message>
        <source>--screenshot: the file name is empty: give the PNG to write</source>
        <translation>--screenshot: der Dateiname ist leer: gib die zu schreibende PNG-Datei an</translation>
    </message>
    <message>
        <source>--screenshot: &quot;%1&quot; must end in .png (the window is written as a PNG)</source>
        <translation>--screenshot: &quot;%1&quot; muss auf .png enden (das Fenster wird als PNG geschrieben)</translation>
    </message>
    <message>
        <source>--train: &quot;%1&quot; must be a whole number of steps from 0 to 100000000</source>
        <translation>--train: &quot;%1&quot; muss eine ganze Zahl von Schritten von 0 bis 100000000 sein</translation>
    </message>
    <message>
        <source>--view: &quot;%1&quot; is neither folded nor unfolded</source>
        <translation>--view: &quot;%1&quot; ist weder folded noch unfolded</translation>
    </message>
    <message>
        <source>--size: &quot;%1&quot; is not WIDTHxHEIGHT between 100x100 and 8192x8192 (e.g. 1280x800)</source>
        <translation>--size: &quot;%1&quot; ist nicht WIDTHxHEIGHT zwischen 100x100 und 8192x8192 (z. B. 1280x800)</translation>
    </message>
    <message>
        <source>--size: %1x%2 is smaller than the smallest window rnnlab supports, %3x%4</source>
        <translation>--size: %1x%2 ist kleiner als das kleinste Fenster, das rnnlab unterstützt, %3x%4</translation>
    </message>
    <message>
        <source>--%1 shows a part of the main window: it does not apply to compare mode</source>
        <translation>--%1 zeigt einen Teil des Hauptfensters: es gilt nicht im Vergleichsmodus</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; must be a whole number from %3 to %4</source>
        <translation>--%1: &quot;%2&quot; muss eine ganze Zahl von %3 bis %4 sein</translation>
    </message>
    <message>
        <source>--walk-order: &quot;%1&quot; is not an order: time or layer</source>
        <translation>--walk-order: &quot;%1&quot; ist keine Reihenfolge: time oder layer</translation>
    </message>
    <message>
        <source>--what-if: &quot;%1&quot; is not a what-if: whh0 (W_hh = 0, no memory)</source>
        <translation>--what-if: &quot;%1&quot; ist kein Was-wäre-wenn: whh0 (W_hh = 0, kein Gedächtnis)</translation>
    </message>
    <message>
        <source>Recurrent neural networks, shown at work.</source>
        <translation>Rekurrente neuronale Netze bei der Arbeit.</translation>
    </message>
    <message>
        <source>A session file to open (.rnnlab).</source>
        <translation>Eine zu öffnende Sitzungsdatei (.rnnlab).</translation>
    </message>
    <message>
        <source>Train on this text (repeat for several) with the lecture&apos;s settings.</source>
        <translation>Auf diesem Text trainieren (wiederholen für mehrere), mit den Einstellungen der Vorlesung.</translation>
    </message>
    <message>
        <source>With --text: the class of that text (repeat, one per --text, in order); makes it a many-to-one classifier (task &quot;classify&quot;).</source>
        <translation>Mit --text: die Klasse dieses Texts (wiederholen, eine pro --text, in Reihenfolge); macht daraus einen many-to-one-Klassifikator (Aufgabe &quot;classify&quot;).</translation>
    </message>
    <message>
        <source>A session file to open.</source>
        <translation>Eine zu öffnende Sitzungsdatei.</translation>
    </message>
    <message>
        <source>Render the window to OUT.png and exit.</source>
        <translation>Das Fenster nach OUT.png rendern und beenden.</translation>
    </message>
    <message>
        <source>With --screenshot: train this many steps first.</source>
        <translation>Mit --screenshot: erst so viele Schritte trainieren.</translation>
    </message>
    <message>
        <source>With --screenshot: folded or unfolded (default).</source>
        <translation>Mit --screenshot: folded oder unfolded (Standard).</translation>
    </message>
    <message>
        <source>With --screenshot: also write every text the graph, heatmaps and equations drew (where, how large) to FILE as JSON.</source>
        <translation>Mit --screenshot: zusätzlich jeden Text, den Graph, Heatmaps und Gleichungen gezeichnet haben (wo, wie groß), als JSON nach FILE schreiben.</translation>
    </message>
    <message>
        <source>With --screenshot: the window size (default 1280x800).</source>
        <translation>Mit --screenshot: die Fenstergröße (Standard 1280x800).</translation>
    </message>
    <message>
        <source>With --screenshot or --bench-ui: step, loss, predictions, generate, memory (how far back a prediction looks, the path of h_t), memory-units (units over the text), signal (a time series) or pytorch (the PyTorch panel).</source>
        <translation>Mit --screenshot oder --bench-ui: step, loss, predictions, generate, memory (wie weit eine Vorhersage zurückblickt, der Pfad von h_t), memory-units (Einheiten über dem Text), signal (eine Zeitreihe) oder pytorch (das PyTorch-Panel).</translation>
    </message>
    <message>
        <source>With --screenshot: rewind to this training step (after --train).</source>
        <translation>Mit --screenshot: zu diesem Trainingsschritt zurückspulen (nach --train).</translation>
    </message>
    <message>
        <source>With --screenshot: walk by hand to this time step (t = 1 … n, as on screen).</source>
        <translation>Mit --screenshot: von Hand bis zu diesem Zeitschritt gehen (t = 1 … n, wie auf dem Bildschirm).</translation>
    </message>
    <message>
        <source>With --phase: the layer (1-based, default 1).</source>
        <translation>Mit --phase: die Schicht (ab 1, Standard 1).</translation>
    </message>
    <message>
        <source>With --phase: time (every layer at t, then t+1; the default) or layer (layer 1 over all of time, then layer 2).</source>
        <translation>Mit --phase: time (jede Schicht bei t, dann t+1; Standard) oder layer (Schicht 1 über die ganze Zeit, dann Schicht 2).</translation>
    </message>
    <message>
        <source>With --screenshot: whh0 shows Edit &gt; What if W_hh = 0? (the network without its memory).</source>
        <translation>Mit --screenshot: whh0 zeigt Bearbeiten &gt; Was, wenn W_hh = 0? (das Netz ohne sein Gedächtnis).</translation>
    </message>
    <message>
        <source>Write the graph (or --figure) as SVG and exit; takes --screenshot&apos;s options (--train, --view, --size, …).</source>
        <translation>Den Graphen (oder --figure) als SVG schreiben und beenden; nimmt die Optionen von --screenshot (--train, --view, --size, …).</translation>
    </message>
    <message>
        <source>Write the graph (or --figure) as PNG and exit.</source>
        <translation>Den Graphen (oder --figure) als PNG schreiben und beenden.</translation>
    </message>
    <message>
        <source>With --export-png: 1, 2 or 3 times the screen&apos;s pixels (default 1).</source>
        <translation>Mit --export-png: das 1-, 2- oder 3-Fache der Bildschirmpixel (Standard 1).</translation>
    </message>
    <message>
        <source>With --export-*: graph (default), a heatmap, by its name (W_hh) or PyTorch name (rnn.weight_hh_l1), or memory-influence, memory-path or memory-units.</source>
        <translation>Mit --export-*: graph (Standard), eine Heatmap, über ihren Namen (W_hh) oder PyTorch-Namen (rnn.weight_hh_l1), oder memory-influence, memory-path oder memory-units.</translation>
    </message>
    <message>
        <source>The colour theme: system (the desktop&apos;s; the default), light, dark or high-contrast (screenshots: light unless given).</source>
        <translation>Das Farbdesign: system (das des Desktops; Standard), light, dark oder high-contrast (Screenshots: light, wenn nicht angegeben).</translation>
    </message>
    <message>
        <source>The language: en, de, es, fr, ja, ko or zh_CN (the window: View &gt; Language&apos;s, else the system&apos;s; screenshots and benchmarks: en unless given).</source>
        <translation>Die Sprache: en, de, es, fr, ja, ko oder zh_CN (das Fenster: die von Ansicht &gt; Sprache, sonst die des Systems; Screenshots und Benchmarks: en, wenn nicht angegeben).</translation>
    </message>
    <message>
        <source>Open in presentation mode (F11): full screen, large type, only the graph, the equations and the play controls.</source>
        <translation>Im Präsentationsmodus öffnen (F11): Vollbild, große Schrift, nur der Graph, die Gleichungen und die Abspieltasten.</translation>
    </message>
    <message>
        <source>Open the lesson at step K (1-based).</source>
        <translation>Die Lektion bei Schritt K öffnen (ab 1).</translation>
    </message>
    <message>
        <source>Measure the UI&apos;s responsiveness while training at full speed; print JSON.</source>
        <translation>Die Reaktionszeit der Oberfläche beim Training mit voller Geschwindigkeit messen; JSON ausgeben.</translation>
    </message>
    <message>
        <source>With --bench-ui: how long to measure (default 5).</source>
        <translation>Mit --bench-ui: wie lange gemessen wird (Standard 5).</translation>
    </message>
    <message>
        <source>Compare mode: train this session beside the first one (--session, or the hello example); repeat for a third model.</source>
        <translation>Vergleichsmodus: diese Sitzung neben der ersten trainieren (--session oder das hello-Beispiel); wiederholen für ein drittes Modell.</translation>
    </message>
    <message>
        <source>Compare mode with a preset: layers (1 layer vs 2 layers on hello) or cells (RNN vs LSTM vs GRU on a long text).</source>
        <translation>Vergleichsmodus mit Vorlage: layers (1 Schicht gegen 2 Schichten auf hello) oder cells (RNN gegen LSTM gegen GRU auf einem langen Text).</translation>
    </message>
    <message>
        <source>Compare mode: each model trains as fast as it can instead of in lock step.</source>
        <translation>Vergleichsmodus: jedes Modell trainiert so schnell es kann statt im Gleichschritt.</translation>
    </message>
    <message>
        <source>--free-running is for compare mode: give --compare FILE or --compare-preset NAME too</source>
        <translation>--free-running ist für den Vergleichsmodus: gib auch --compare FILE oder --compare-preset NAME an</translation>
    </message>
    <message>
        <source>--seconds: &quot;%1&quot; must be a number of seconds between 0 and 3600</source>
        <translation>--seconds: &quot;%1&quot; muss eine Zahl von Sekunden zwischen 0 und 3600 sein</translation>
    </message>
    <message>
        <source>--tab shows a part of the main window: it does not apply to compare mode</source>
        <translation>--tab zeigt einen Teil des Hauptfensters: es gilt nicht im Vergleichsmodus</translation>
    </message>
    <message>
        <source>--theme: &quot;%1&quot; is not a theme: %2</source>
        <translation>--theme: &quot;%1&quot; ist kein Design: %2</translation>
    </message>
    <message>
        <source>--lesson-step: &quot;%1&quot; must be a step of the lesson, 1 to %2</source>
        <translation>--lesson-step: &quot;%1&quot; muss ein Schritt der Lektion sein, 1 bis %2</translation>
    </message>
    <message>
        <source>--font-size: &quot;%1&quot; must be a size in points from 6 to 32</source>
        <translation>--font-size: &quot;%1&quot; muss eine Größe in Punkt von 6 bis 32 sein</translation>
    </message>
    <message>
        <source>--decoder: &quot;%1&quot; is not a decoder view: teacher-forcing or greedy</source>
        <translation>--decoder: &quot;%1&quot; ist keine Decoder-Ansicht: teacher-forcing oder greedy</translation>
    </message>
    <message>
        <source>With --screenshot, a translation: teacher-forcing (the default) or greedy (the graph&apos;s Translate view: the decoder fed its own previous output).</source>
        <translation>Mit --screenshot, bei einer Übersetzung: teacher-forcing (Standard) oder greedy (die Ansicht Übersetzen des Graphen: der Decoder bekommt seine eigene vorige Ausgabe).</translation>
    </message>
    <message>
        <source>With --screenshot or --export-*: the application&apos;s font at PT points, as a desktop set to larger type gives it (default: the platform&apos;s).</source>
        <translation>Mit --screenshot oder --export-*: die Schrift der Anwendung in PT Punkt, wie ein Desktop mit größerer Schrift sie vorgibt (Standard: die der Plattform).</translation>
    </message>
    <message>
        <source>No fold animation, no animated menus or docks, as View &gt; Reduce motion (which is otherwise remembered, or the system&apos;s where Qt knows it).</source>
        <translation>Keine Falt-Animation, keine animierten Menüs oder Docks, wie Ansicht &gt; Bewegung reduzieren (sonst gilt die gespeicherte Einstellung oder die des Systems, wo Qt sie kennt).</translation>
    </message>
    <message>
        <source>With --screenshot: the text or series the graph and the walk by hand show (1-based, as the bar above the graph lists them: a time series&apos; test series after its training series). Default: a time series&apos; first test series, as the Signal tab shows it; else the first.</source>
        <translation>Mit --screenshot: der Text oder die Reihe, die Graph und Rechnung von Hand zeigen (ab 1, wie die Leiste über dem Graphen sie auflistet: bei einer Zeitreihe die Testreihen nach den Trainingsreihen). Vorgabe: bei einer Zeitreihe die erste Testreihe, wie der Tab „Signal“ sie zeigt; sonst die erste.</translation>
    </message>
    <message>
        <source>--phase: &quot;%1&quot; is not a phase: input, input-part, hidden-part, sum, gates, cell, activation, output, softmax, prediction, loss, context, backward, backward-cell, backward-pre or backward-context</source>
        <translation>--phase: &quot;%1&quot; ist keine Phase: input, input-part, hidden-part, sum, gates, cell, activation, output, softmax, prediction, loss, context, backward, backward-cell, backward-pre oder backward-context</translation>
    </message>
    <message>
        <source>--stack: &quot;%1&quot; is not a stack of a translation: encoder or decoder</source>
        <translation>--stack: &quot;%1&quot; ist kein Stapel einer Übersetzung: encoder oder decoder</translation>
    </message>
    <message>
        <source>--shape: &quot;%1&quot; is not a shape: one-to-one, one-to-many, many-to-one or many-to-many</source>
        <translation>--shape: &quot;%1&quot; ist keine Form: one-to-one, one-to-many, many-to-one oder many-to-many</translation>
    </message>
    <message>
        <source>--sample: &quot;%1&quot; is not TEMPERATURE:SEED (a temperature from 0.01 to 100, a seed from 0, e.g. 0.8:3)</source>
        <translation>--sample: &quot;%1&quot; ist nicht TEMPERATURE:SEED (eine Temperatur von 0.01 bis 100, ein Seed ab 0, z. B. 0.8:3)</translation>
    </message>
    <message>
        <source>With --screenshot: the phase of the time step: input, input-part, hidden-part, sum, gates, cell, activation, output, softmax, prediction, loss, backward, backward-cell, backward-pre (gates, cell and backward-cell: LSTM and GRU); a translation&apos;s also context and backward-context (the decoder&apos;s h_0 = the encoder&apos;s h_n).</source>
        <translation>Mit --screenshot: die Phase des Zeitschritts: input, input-part, hidden-part, sum, gates, cell, activation, output, softmax, prediction, loss, backward, backward-cell, backward-pre (gates, cell und backward-cell: LSTM und GRU); bei einer Übersetzung auch context und backward-context (das h_0 des Decoders = das h_n des Encoders).</translation>
    </message>
    <message>
        <source>With --phase, a translation: walk in the encoder or the decoder (the default); --time-step and --layer count within it.</source>
        <translation>Mit --phase, bei einer Übersetzung: im Encoder oder im Decoder (Standard) gehen; --time-step und --layer zählen darin.</translation>
    </message>
    <message>
        <source>With --screenshot: draw the unfolded graph as one-to-one, one-to-many (generating, for a next-character session), many-to-one or many-to-many.</source>
        <translation>Mit --screenshot: den entfalteten Graphen als one-to-one, one-to-many (generierend, bei einer Nächstes-Zeichen-Sitzung), many-to-one oder many-to-many zeichnen.</translation>
    </message>
    <message>
        <source>With --screenshot: the Generate tab (and the one-to-many picture) samples at this temperature with this seed, e.g. 0.8:3; greedy without.</source>
        <translation>Mit --screenshot: der Tab „Generieren“ (und das one-to-many-Bild) zieht mit dieser Temperatur und diesem Seed, z. B. 0.8:3; ohne: greedy.</translation>
    </message>
</context>
<context>
    <name>rnnlab::HeatmapAccessible</name>
    <message>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
</context>
<context>
    <name>rnnlab::HeatmapInteraction</name>
    <message>
        <source>fine steps · Esc: cancel</source>
        <translation>feine Schritte · Esc: abbrechen</translation>
    </message>
    <message>
        <source>Shift: finer · Esc: cancel</source>
        <translation>Shift: feiner · Esc: abbrechen</translation>
    </message>
</context>
<context>
    <name>rnnlab::HeatmapLabels</name>
    <message>
        <source>%1nd</source>
        <extracomment>An ordinal (&quot;every 2nd label&quot;); a language without ordinals may write just %1.</extracomment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1th</source>
        <extracomment>An ordinal (&quot;every 5th label&quot;, also 10th, 20th …); a language without ordinals may write just %1.</extracomment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Row labels: only every %1 is drawn (%2, …), the cells are too small for all of them.</source>
        <extracomment>%1 an ordinal (&quot;5th&quot;), %2 two of the labels drawn (&quot;h5, h10&quot;).</extracomment>
        <translation>Zeilenbeschriftungen: nur jede %1 ist gezeichnet (%2, …), die Zellen sind für alle zu klein.</translation>
    </message>
    <message>
        <source>Column labels: only every %1 is drawn (%2, …), the cells are too small for all of them.</source>
        <extracomment>%1 an ordinal (&quot;5th&quot;), %2 two of the labels drawn (&quot;h5, h10&quot;).</extracomment>
        <translation>Spaltenbeschriftungen: nur jede %1 ist gezeichnet (%2, …), die Zellen sind für alle zu klein.</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>rnnlab::HeatmapWidget</name>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>rnnlab::HelpWindow</name>
    <message>
        <source>rnnlab Handbook</source>
        <translation>rnnlab-Handbuch</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Keys of the window&lt;/h3&gt;%1&lt;h3&gt;Keys of a focused view&lt;/h3&gt;%2&lt;p&gt;Alt with the underlined letter opens a menu or moves to a field.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tasten des Fensters&lt;/h3&gt;%1&lt;h3&gt;Tasten einer fokussierten Ansicht&lt;/h3&gt;%2&lt;p&gt;Alt mit dem unterstrichenen Buchstaben öffnet ein Menü oder springt in ein Feld.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rnnlab::Language</name>
    <message>
        <source>--language: &quot;%1&quot; is not a language rnnlab speaks; the languages are %2</source>
        <translation>--language: &quot;%1&quot; ist keine Sprache, die rnnlab spricht; die Sprachen sind %2</translation>
    </message>
</context>
<context>
    <name>rnnlab::LanguageMenu</name>
    <message>
        <source>the system&apos;s language</source>
        <translation>die Sprache des Systems</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>rnnlab will speak %1 the next time it starts.</source>
        <translation>rnnlab spricht beim nächsten Start %1.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>Jetzt &amp;neu starten</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation>&amp;Systemstandard</translation>
    </message>
</context>
<context>
    <name>rnnlab::LessonCoordinator</name>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>The lesson</source>
        <translation>Die Lektion</translation>
    </message>
    <message>
        <source>sentiment</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>sine-spike</source>
        <translation>Sinus mit Ausschlag</translation>
    </message>
</context>
<context>
    <name>rnnlab::LessonPanel</name>
    <message>
        <source>Your predictions this session: each prompt counts once, the first answer</source>
        <translation>Deine Vorhersagen in dieser Sitzung: jede Frage zählt einmal, die erste Antwort</translation>
    </message>
    <message>
        <source>Predict, then reveal</source>
        <translation>Vorhersagen, dann aufdecken</translation>
    </message>
    <message>
        <source>Reve&amp;al</source>
        <translation>&amp;Aufdecken</translation>
    </message>
    <message>
        <source>Show the answer and the numbers that decide it</source>
        <translation>Die Antwort zeigen und die Zahlen, die sie entscheiden</translation>
    </message>
    <message>
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Zurück</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>The previous step of the lesson (Page Up)</source>
        <translation>Der vorige Schritt der Lektion (Page Up)</translation>
    </message>
    <message>
        <source>The next step of the lesson (Page Down)</source>
        <translation>Der nächste Schritt der Lektion (Page Down)</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>Lesson ▸ Open the lesson (F9) starts the lecture, step by step.</source>
        <translation>Lektion ▸ Lektion öffnen (F9) startet die Vorlesung, Schritt für Schritt.</translation>
    </message>
    <message>
        <source>Lesson · step %1 of %2</source>
        <translation>Lektion · Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Waiting for the network…</source>
        <translation>Warte auf das Netz…</translation>
    </message>
    <message>
        <source>Taking the training step…</source>
        <translation>Trainingsschritt läuft…</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;✓ Right.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;✓ Richtig.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;✗ Not this time:&lt;/b&gt; the answer is &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;✗ Diesmal nicht:&lt;/b&gt; die Antwort ist &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rnnlab::LossPlot</name>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>correct characters (%)</source>
        <translation>richtige Zeichen (%)</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic axis: late, small improvements stay visible</source>
        <translation>Verlust auf logarithmischer Achse: späte, kleine Verbesserungen bleiben sichtbar</translation>
    </message>
    <message>
        <source>Press Play (Space) or take one step (Ctrl+→) — the loss of every training step appears here</source>
        <translation>Start drücken (Leertaste) oder einen Schritt machen (Ctrl+→) — der Verlust jedes Trainingsschritts erscheint hier</translation>
    </message>
    <message>
        <source>training step</source>
        <translation>Trainingsschritt</translation>
    </message>
    <message>
        <source>mean absolute error</source>
        <translation>mittlerer absoluter Fehler</translation>
    </message>
    <message>
        <source>loss (MSE)</source>
        <translation>Verlust (MSE)</translation>
    </message>
</context>
<context>
    <name>rnnlab::MainWindow</name>
    <message>
        <source>Space: train · Ctrl+→: one training step · →: walk through a time step · F: fold</source>
        <translation>Leertaste: trainieren · Ctrl+→: ein Trainingsschritt · →: durch einen Zeitschritt gehen · F: falten</translation>
    </message>
    <message>
        <source>Model and data</source>
        <translation>Modell und Daten</translation>
    </message>
    <message>
        <source>time series</source>
        <translation>Zeitreihe</translation>
    </message>
    <message>
        <source>%1[*] — rnnlab</source>
        <translation>%1[*] — rnnlab</translation>
    </message>
    <message>
        <source>Start over?</source>
        <translation>Neu beginnen?</translation>
    </message>
    <message numerus="yes">
        <source>%1 starts over from the seed&apos;s initial weights. The model trained for %n step(s) will be discarded (File ▸ Save session as… keeps it).</source>
        <translation>
            <numerusform>%1 beginnt neu mit den Anfangsgewichten aus dem Seed. Das %n Schritt lang trainierte Modell wird verworfen (Datei ▸ Sitzung speichern unter… behält es).</numerusform>
            <numerusform>%1 beginnt neu mit den Anfangsgewichten aus dem Seed. Das %n Schritte lang trainierte Modell wird verworfen (Datei ▸ Sitzung speichern unter… behält es).</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing the model or the data</source>
        <translation>Modell oder Daten ändern</translation>
    </message>
    <message>
        <source>Resume from step %1?</source>
        <translation>Ab Schritt %1 fortsetzen?</translation>
    </message>
    <message>
        <source>Training continues from step %1. The %2 later steps of this run are discarded (File ▸ Save session as… keeps the latest state).</source>
        <translation>Das Training geht ab Schritt %1 weiter. Die %2 späteren Schritte dieses Laufs werden verworfen (Datei ▸ Sitzung speichern unter… behält den neuesten Stand).</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Loss and error</source>
        <translation>Verlust und Fehler</translation>
    </message>
    <message>
        <source>Loss and accuracy</source>
        <translation>Verlust und Trefferquote</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>now: loss (MSE) %1 · %2 %3</source>
        <translation>jetzt: Verlust (MSE) %1 · %2 %3</translation>
    </message>
    <message>
        <source>now: loss %1 · %2% right</source>
        <translation>jetzt: Verlust %1 · %2% richtig</translation>
    </message>
    <message>
        <source>The edit was not applied: step %1 of %2 is shown from the run&apos;s history. Resume from here (discards the later steps) or go to the latest step to edit the weights.</source>
        <translation>Die Änderung wurde nicht übernommen: Schritt %1 von %2 wird aus dem Verlauf des Laufs gezeigt. Setze von hier fort (verwirft die späteren Schritte) oder geh zum neuesten Schritt, um die Gewichte zu bearbeiten.</translation>
    </message>
    <message>
        <source>Weights of a past step</source>
        <translation>Gewichte eines früheren Schritts</translation>
    </message>
    <message>
        <source>Training stopped: a step was refused (see the message on the graph)</source>
        <translation>Training gestoppt: ein Schritt wurde abgelehnt (siehe die Meldung am Graphen)</translation>
    </message>
    <message>
        <source>Training stopped</source>
        <translation>Training gestoppt</translation>
    </message>
    <message>
        <source>Change the settings on the left and press Apply, or Reset to start over.</source>
        <translation>Ändere links die Einstellungen und drücke Übernehmen, oder Zurücksetzen, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>Vergleich nicht möglich: %1</translation>
    </message>
    <message>
        <source>Cannot compare these models</source>
        <translation>Diese Modelle lassen sich nicht vergleichen</translation>
    </message>
    <message>
        <source>Quitting</source>
        <translation>Wird beendet</translation>
    </message>
</context>
<context>
    <name>rnnlab::MatrixLabels</name>
    <message>
        <source>No W_hy: the outputs are h_t itself (the lecture&apos;s setup).</source>
        <translation>Kein W_hy: die Ausgaben sind h_t selbst (Aufbau der Vorlesung).</translation>
    </message>
    <message>
        <source>No W_hy: the outputs are h_t itself (the lecture&apos;s setup). With ReLU the logits are ≥ 0 but unbounded, so the loss can approach 0.</source>
        <translation>Kein W_hy: die Ausgaben sind h_t selbst (Aufbau der Vorlesung). Mit ReLU sind die Logits ≥ 0, aber unbeschränkt, also kann der Verlust gegen 0 gehen.</translation>
    </message>
    <message>
        <source>No W_hy: the outputs are h_t itself (the lecture&apos;s setup). With tanh the logits stay in [−1, 1], so no probability can exceed p = e/(e + %1/e) ≈ %2 — the loss cannot fall below −log p ≈ %3 and never reaches 0; an output layer removes this floor.</source>
        <extracomment>%1 is the vocabulary size minus 1, %2 the largest probability, %3 the smallest loss −log p.</extracomment>
        <translation>Kein W_hy: die Ausgaben sind h_t selbst (Aufbau der Vorlesung). Mit tanh bleiben die Logits in [−1, 1], also kann keine Wahrscheinlichkeit p = e/(e + %1/e) ≈ %2 übersteigen — der Verlust fällt nie unter −log p ≈ %3 und erreicht nie 0; eine Ausgabeschicht hebt diese Untergrenze auf.</translation>
    </message>
    <message>
        <source>%1: bias of %2</source>
        <extracomment>A bias entry&apos;s tooltip: %1 the matrix&apos;s title, %2 the unit it belongs to.</extracomment>
        <translation>%1: Bias von %2</translation>
    </message>
    <message>
        <source>%1: from %2 to %3</source>
        <extracomment>A weight&apos;s tooltip: %1 the matrix&apos;s title, %2 the unit it comes from, %3 the unit it goes to.</extracomment>
        <translation>%1: von %2 zu %3</translation>
    </message>
    <message>
        <source>set by hand at step %1 (was %2)</source>
        <extracomment>%1 a training step, %2 the value before the edit.</extracomment>
        <translation>in Schritt %1 von Hand gesetzt (war %2)</translation>
    </message>
    <message>
        <source>Rewound to step %1: resume from here (on the timeline) to edit</source>
        <translation>Zurückgespult auf Schritt %1: zum Bearbeiten hier fortsetzen (auf der Zeitleiste)</translation>
    </message>
    <message>
        <source>Click to type a new value, or drag up or down to change it (Shift: finer)</source>
        <translation>Klicken, um einen neuen Wert einzugeben, oder nach oben oder unten ziehen, um ihn zu ändern (Shift: feiner)</translation>
    </message>
    <message>
        <source>effective learning rate of this entry: %1 (SGD: lr, the same for every entry)</source>
        <extracomment>%1 is the learning rate.</extracomment>
        <translation>effektive Lernrate dieses Eintrags: %1 (SGD: lr, für jeden Eintrag gleich)</translation>
    </message>
    <message>
        <source>effective learning rate of this entry: %1 (Adam: lr / (√v̂ + ε))</source>
        <extracomment>%1 is the learning rate.</extracomment>
        <translation>effektive Lernrate dieses Eintrags: %1 (Adam: lr / (√v̂ + ε))</translation>
    </message>
    <message>
        <source>%1 = 0 in the graph (what if there were no memory?)</source>
        <extracomment>%1 is a matrix&apos;s name (W_hh).</extracomment>
        <translation>%1 = 0 im Graphen (was, wenn es kein Gedächtnis gäbe?)</translation>
    </message>
</context>
<context>
    <name>rnnlab::MatrixPanel</name>
    <message>
        <source>Encoder (encoder): reads the source</source>
        <translation>Encoder (encoder): liest die Quelle</translation>
    </message>
    <message>
        <source>Decoder (decoder): from the context, reads the previous target token</source>
        <translation>Decoder (decoder): liest, ausgehend vom Kontext, das vorige Ziel-Token</translation>
    </message>
    <message>
        <source>%1, layer %2</source>
        <translation>%1, Schicht %2</translation>
    </message>
    <message>
        <source>Output layer (fc)</source>
        <translation>Ausgabeschicht (fc)</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>gradient ∂L/∂w (last step)</source>
        <translation>Gradient ∂L/∂w (letzter Schritt)</translation>
    </message>
    <message>
        <source>change Δw (last update)</source>
        <translation>Änderung Δw (letztes Update)</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>Gradients ∂L/∂w</source>
        <translation>Gradienten ∂L/∂w</translation>
    </message>
    <message>
        <source>Last change Δw</source>
        <translation>Letzte Änderung Δw</translation>
    </message>
    <message>
        <source>The weights now, after the last update</source>
        <translation>Die Gewichte jetzt, nach dem letzten Update</translation>
    </message>
    <message>
        <source>dL/dw of the last training step: how the loss changes with each weight</source>
        <translation>dL/dw des letzten Trainingsschritts: wie sich der Verlust mit jedem Gewicht ändert</translation>
    </message>
    <message>
        <source>What the last update changed: the new weight minus the old one</source>
        <translation>Was das letzte Update geändert hat: das neue Gewicht minus das alte</translation>
    </message>
    <message>
        <source>No model yet</source>
        <translation>Noch kein Modell</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>Gradienten</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>Schicht %1</translation>
    </message>
    <message>
        <source>Output layer</source>
        <translation>Ausgabeschicht</translation>
    </message>
    <message>
        <source>No training step yet</source>
        <translation>Noch kein Trainingsschritt</translation>
    </message>
    <message>
        <source>The graph computes with 0 here (what if there were no memory?); training still uses this weight</source>
        <translation>Der Graph rechnet hier mit 0 (was, wenn es kein Gedächtnis gäbe?); das Training nutzt dieses Gewicht weiter</translation>
    </message>
</context>
<context>
    <name>rnnlab::MemoryComparisonPlot</name>
    <message>
        <source>How far back</source>
        <translation>Wie weit zurück</translation>
    </message>
    <message>
        <source>How far back a prediction looks. For the prediction at step t, how much each earlier input x&lt;sub&gt;s&lt;/sub&gt; drives it: ‖∂ log p&lt;sub&gt;t&lt;/sub&gt;(target) / ∂x&lt;sub&gt;s&lt;/sub&gt;‖, the gradient of that step&apos;s log-probability of its target with respect to the one-hot input, carried back by each model&apos;s own BPTT. A plain RNN&apos;s usually falls decade by decade as s goes back; an LSTM or a GRU can learn to keep it.</source>
        <translation>Wie weit eine Vorhersage zurückblickt. Für die Vorhersage in Schritt t: wie stark jede frühere Eingabe x&lt;sub&gt;s&lt;/sub&gt; sie bestimmt, ‖∂ log p&lt;sub&gt;t&lt;/sub&gt;(Ziel) / ∂x&lt;sub&gt;s&lt;/sub&gt;‖, der Gradient der Log-Wahrscheinlichkeit des Ziels dieses Schritts nach der One-Hot-Eingabe, zurückgetragen durch die eigene BPTT jedes Modells. Bei einem einfachen RNN fällt er meist Dekade um Dekade, je weiter s zurückliegt; ein LSTM oder eine GRU kann lernen, ihn zu halten.</translation>
    </message>
    <message>
        <source>step t =</source>
        <translation>Schritt t =</translation>
    </message>
    <message>
        <source>last</source>
        <translation>letzter</translation>
    </message>
    <message>
        <source>The time step whose prediction is explained (last: the last step with a target)</source>
        <translation>Der Zeitschritt, dessen Vorhersage erklärt wird (letzter: der letzte Schritt mit Ziel)</translation>
    </message>
    <message>
        <source>What step t&apos;s prediction should say: its target</source>
        <translation>Was die Vorhersage von Schritt t sagen sollte: ihr Ziel</translation>
    </message>
    <message>
        <source>Show the influence on a logarithmic axis: a fall by decades is a straight line</source>
        <translation>Einfluss auf logarithmischer Achse: ein Abfall um Dekaden ist eine Gerade</translation>
    </message>
    <message>
        <source>input step s</source>
        <translation>Eingabeschritt s</translation>
    </message>
    <message>
        <source>‖∂ log p / ∂x_s‖</source>
        <translation>‖∂ log p / ∂x_s‖</translation>
    </message>
    <message>
        <source>Real-valued inputs x_t have no one-hot input to trace back.</source>
        <translation>Reellwertige Eingaben x_t haben keine One-Hot-Eingabe zum Zurückverfolgen.</translation>
    </message>
    <message>
        <source>No models yet.</source>
        <translation>Noch keine Modelle.</translation>
    </message>
    <message>
        <source>Step %1 has no target: nothing is predicted there.</source>
        <translation>Schritt %1 hat kein Ziel: dort wird nichts vorhergesagt.</translation>
    </message>
    <message>
        <source>→ ‘%1’</source>
        <translation>→ ‘%1’</translation>
    </message>
</context>
<context>
    <name>rnnlab::MemoryInfluence</name>
    <message>
        <source>x at step %1 (‘%2’) on the prediction of step %3 (‘%4’): ‖∂ log p / ∂x‖ = %5</source>
        <translation>x in Schritt %1 (‘%2’) auf die Vorhersage von Schritt %3 (‘%4’): ‖∂ log p / ∂x‖ = %5</translation>
    </message>
</context>
<context>
    <name>rnnlab::MemoryPath</name>
    <message>
        <source>Freeze axes</source>
        <translation>Achsen fixieren</translation>
    </message>
    <message>
        <source>Keep the axes of this training step — their direction, their centre and their scale — for the later steps: train on, or move along the timeline, and watch the path change in one frame (a point that leaves it widens the frame). Untick to give every step its own PCA again.</source>
        <translation>Die Achsen dieses Trainingsschritts — Richtung, Zentrum und Maßstab — für die späteren Schritte behalten: weitertrainieren oder die Zeitleiste entlanggehen und sehen, wie sich der Pfad in einem festen Rahmen ändert (ein Punkt, der ihn verlässt, erweitert den Rahmen). Abwählen gibt jedem Schritt wieder seine eigene PCA.</translation>
    </message>
    <message>
        <source>axes from training step %1, W_hh = 0</source>
        <translation>Achsen aus Trainingsschritt %1, W_hh = 0</translation>
    </message>
    <message>
        <source>axes from training step %1</source>
        <translation>Achsen aus Trainingsschritt %1</translation>
    </message>
    <message>
        <source>step %1, input ‘%2’
%3 = (%4)
PC1 %5, PC2 %6</source>
        <translation>Schritt %1, Eingabe ‘%2’
%3 = (%4)
PC1 %5, PC2 %6</translation>
    </message>
    <message>
        <source>PC%1 (%2% of the variance at step %3)</source>
        <translation>PC%1 (%2% der Varianz in Schritt %3)</translation>
    </message>
    <message>
        <source>PC%1 (%2% of the variance)</source>
        <translation>PC%1 (%2% der Varianz)</translation>
    </message>
    <message>
        <source>PC%1 (%2%)</source>
        <translation>PC%1 (%2%)</translation>
    </message>
</context>
<context>
    <name>rnnlab::MemoryUnits</name>
    <message>
        <source>Score: |mean inside − mean outside| / pooled standard deviation, how many standard deviations apart the unit is inside the span and outside. Click a row to colour the text by it.</source>
        <translation>Wert: |Mittel innen − Mittel außen| / gepoolte Standardabweichung, wie viele Standardabweichungen die Einheit innerhalb und außerhalb des Abschnitts auseinanderliegt. Klick auf eine Zeile färbt den Text danach.</translation>
    </message>
    <message>
        <source>Colour: %1’s value at each step, red above 0, blue below.</source>
        <translation>Farbe: der Wert von %1 in jedem Schritt, rot über 0, blau darunter.</translation>
    </message>
    <message>
        <source>Under each character: the network’s three likeliest next characters.</source>
        <translation>Unter jedem Zeichen: die drei wahrscheinlichsten nächsten Zeichen des Netzes.</translation>
    </message>
    <message>
        <source>Under the last character: the network’s likeliest classes.</source>
        <translation>Unter dem letzten Zeichen: die wahrscheinlichsten Klassen des Netzes.</translation>
    </message>
    <message>
        <source>Drag over the text to rank the units.</source>
        <translation>Über den Text ziehen, um die Einheiten zu ordnen.</translation>
    </message>
    <message>
        <source>outside</source>
        <translation>außen</translation>
    </message>
    <message>
        <source>%1: score %2 = |%3 − %4| / %5 (mean inside the span, mean outside, pooled standard deviation)</source>
        <translation>%1: Wert %2 = |%3 − %4| / %5 (Mittel innerhalb des Abschnitts, Mittel außerhalb, gepoolte Standardabweichung)</translation>
    </message>
    <message>
        <source> of layer %1</source>
        <translation> von Schicht %1</translation>
    </message>
    <message>
        <source>step %1, input ‘%2’: %3%4 = %5</source>
        <translation>Schritt %1, Eingabe ‘%2’: %3%4 = %5</translation>
    </message>
    <message>
        <source>step %1, input ‘%2’: no output at this step</source>
        <translation>Schritt %1, Eingabe ‘%2’: keine Ausgabe in diesem Schritt</translation>
    </message>
    <message>
        <source>p(‘%1’) = %2</source>
        <translation>p(‘%1’) = %2</translation>
    </message>
    <message>
        <source>step %1, input ‘%2’, the likeliest outputs: %3</source>
        <translation>Schritt %1, Eingabe ‘%2’, die wahrscheinlichsten Ausgaben: %3</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>innen</translation>
    </message>
</context>
<context>
    <name>rnnlab::MemoryView</name>
    <message>
        <source>The memory view needs characters as inputs: real-valued x_t have no one-hot input to trace back.</source>
        <translation>Die Gedächtnisansicht braucht Zeichen als Eingaben: reellwertige x_t haben keine One-Hot-Eingabe zum Zurückverfolgen.</translation>
    </message>
    <message>
        <source>How far back · the path</source>
        <translation>Wie weit zurück · der Pfad</translation>
    </message>
    <message>
        <source>How far back a prediction looks, beside the path of the hidden state</source>
        <translation>Wie weit eine Vorhersage zurückblickt, neben dem Pfad des verborgenen Zustands</translation>
    </message>
    <message>
        <source>Units over the text</source>
        <translation>Einheiten über dem Text</translation>
    </message>
    <message>
        <source>The text coloured by one unit, the likeliest next characters under it; drag over the text to find the units that track that span</source>
        <translation>Der Text, gefärbt nach einer Einheit, darunter die wahrscheinlichsten nächsten Zeichen; über den Text ziehen findet die Einheiten, die diesem Abschnitt folgen</translation>
    </message>
    <message>
        <source>States of</source>
        <translation>Zustände von</translation>
    </message>
    <message>
        <source>The layer whose states the path shows (the prediction&apos;s influence does not depend on it)</source>
        <translation>Die Schicht, deren Zustände der Pfad zeigt (der Einfluss auf die Vorhersage hängt nicht davon ab)</translation>
    </message>
    <message>
        <source>h (hidden state)</source>
        <translation>h (verborgener Zustand)</translation>
    </message>
    <message>
        <source>c (cell state)</source>
        <translation>c (Zellzustand)</translation>
    </message>
    <message>
        <source>An LSTM&apos;s hidden state h or its cell state c</source>
        <translation>Der verborgene Zustand h eines LSTM oder sein Zellzustand c</translation>
    </message>
    <message>
        <source>The unit whose value colours the text below (drag over the text to rank them)</source>
        <translation>Die Einheit, deren Wert den Text unten färbt (über den Text ziehen, um sie zu ordnen)</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>Schicht %1</translation>
    </message>
    <message>
        <source>How far back a prediction looks</source>
        <translation>Wie weit eine Vorhersage zurückblickt</translation>
    </message>
    <message>
        <source>How far back a prediction looks: step %1 has no target</source>
        <translation>Wie weit eine Vorhersage zurückblickt: Schritt %1 hat kein Ziel</translation>
    </message>
    <message>
        <source>Which earlier inputs does step %1’s prediction of its target ‘%2’ depend on? Each input s ≤ %1 by ‖∂ log p(‘%2’) / ∂x&lt;sub&gt;s&lt;/sub&gt;‖ (darker, taller: more). Largest: %3 (step %4, ‘%5’)</source>
        <translation>Von welchen früheren Eingaben hängt die Vorhersage seines Ziels ‘%2’ in Schritt %1 ab? Jede Eingabe s ≤ %1 nach ‖∂ log p(‘%2’) / ∂x&lt;sub&gt;s&lt;/sub&gt;‖ (dunkler, höher: mehr). Am größten: %3 (Schritt %4, ‘%5’)</translation>
    </message>
    <message>
        <source>; the first input, ‘%1’: %2</source>
        <translation>; die erste Eingabe, ‘%1’: %2</translation>
    </message>
    <message>
        <source>What if W_hh = 0? No memory — </source>
        <translation>Was, wenn W_hh = 0? Kein Gedächtnis — </translation>
    </message>
    <message>
        <source>What if W_hh = 0? The cell state c still carries earlier inputs — </source>
        <translation>Was, wenn W_hh = 0? Der Zellzustand c trägt noch frühere Eingaben — </translation>
    </message>
    <message>
        <source>What if W_hh = 0? z ⊙ h&lt;sub&gt;t−1&lt;/sub&gt; still carries earlier inputs — </source>
        <translation>Was, wenn W_hh = 0? z ⊙ h&lt;sub&gt;t−1&lt;/sub&gt; trägt noch frühere Eingaben — </translation>
    </message>
    <message>
        <source>The path of %1 of layer %2 (PCA of every step)</source>
        <translation>Der Pfad von %1 in Schicht %2 (PCA aller Schritte)</translation>
    </message>
    <message>
        <source>The path of %1 (PCA of every step)</source>
        <translation>Der Pfad von %1 (PCA aller Schritte)</translation>
    </message>
    <message>
        <source>; steps %1–%2 drawn whole</source>
        <translation>; Schritte %1–%2 ganz gezeichnet</translation>
    </message>
    <message>
        <source>text by unit %1</source>
        <translation>Text nach Einheit %1</translation>
    </message>
    <message>
        <source>Units over text needs characters as inputs: real-valued x_t are not a text.</source>
        <translation>Einheiten über dem Text braucht Zeichen als Eingaben: reellwertige x_t sind kein Text.</translation>
    </message>
</context>
<context>
    <name>rnnlab::ModelPanel</name>
    <message>
        <source>Train&amp;ing texts (one per line)</source>
        <translation>Trainings&amp;texte (einer pro Zeile)</translation>
    </message>
    <message>
        <source>hello</source>
        <translation>hello</translation>
    </message>
    <message>
        <source>Each line is one training sequence: the network reads its characters one at a time and learns to predict the next one.
Lines of the form text&lt;Tab&gt;label train a classifier instead (many-to-one): the network reads the whole text and then names its label.</source>
        <translation>Jede Zeile ist eine Trainingssequenz: das Netz liest ihre Zeichen nacheinander und lernt, das nächste vorherzusagen.
Zeilen der Form Text&lt;Tab&gt;Label trainieren stattdessen einen Klassifikator (many-to-one): das Netz liest den ganzen Text und nennt dann sein Label.</translation>
    </message>
    <message>
        <source>RNN, tanh</source>
        <translation>RNN, tanh</translation>
    </message>
    <message>
        <source>RNN, ReLU</source>
        <translation>RNN, ReLU</translation>
    </message>
    <message>
        <source>LSTM</source>
        <translation>LSTM</translation>
    </message>
    <message>
        <source>GRU</source>
        <translation>GRU</translation>
    </message>
    <message>
        <source>RNN: h_t = tanh(W_hh h_{t−1} + W_xh x_t + b) as on the slides, b = b_ih + b_hh (PyTorch keeps the two biases apart and adds them), or with ReLU instead of tanh. LSTM: gates i, f, o and a cell state c_t that carries memory. GRU: the update gate z mixes the old h_{t−1} with a candidate n_t, whose reset gate r decides how much of h_{t−1} it sees. The outputs y_t are h_t, or W_hy h_t + b_y with an output layer. As torch.nn.RNN, LSTM and GRU compute them.</source>
        <translation>RNN: h_t = tanh(W_hh h_{t−1} + W_xh x_t + b) wie auf den Folien, b = b_ih + b_hh (PyTorch hält die zwei Biases getrennt und addiert sie), oder mit ReLU statt tanh. LSTM: Gates i, f, o und ein Zellzustand c_t, der das Gedächtnis trägt. GRU: das Update-Gate z mischt das alte h_{t−1} mit einem Kandidaten n_t, dessen Reset-Gate r bestimmt, wie viel von h_{t−1} er sieht. Die Ausgaben y_t sind h_t, oder W_hy h_t + b_y mit einer Ausgabeschicht. So wie torch.nn.RNN, LSTM und GRU sie berechnen.</translation>
    </message>
    <message>
        <source>&amp;Cell</source>
        <translation>&amp;Zelle</translation>
    </message>
    <message>
        <source>Hidden units H: the length of h_t</source>
        <translation>Verborgene Einheiten H: die Länge von h_t</translation>
    </message>
    <message>
        <source>Hidden si&amp;ze</source>
        <translation>&amp;Größe des verborgenen Zustands</translation>
    </message>
    <message>
        <source>The lecture&apos;s setup: h_t is the output, one hidden unit per character</source>
        <translation>Der Aufbau der Vorlesung: h_t ist die Ausgabe, eine verborgene Einheit pro Zeichen</translation>
    </message>
    <message>
        <source>Add an output layer</source>
        <translation>Ausgabeschicht hinzufügen</translation>
    </message>
    <message>
        <source>Adds W_hy (nn.Linear(H, V)), so the hidden size no longer has to match the vocabulary</source>
        <translation>Fügt W_hy hinzu (nn.Linear(H, V)), damit die Größe des verborgenen Zustands nicht mehr zum Vokabular passen muss</translation>
    </message>
    <message>
        <source>Stacked layers (torch.nn.RNN num_layers)</source>
        <translation>Gestapelte Schichten (torch.nn.RNN num_layers)</translation>
    </message>
    <message>
        <source>La&amp;yers</source>
        <translation>Sc&amp;hichten</translation>
    </message>
    <message>
        <source>W_hy: y_t = W_hy h_t + b_y</source>
        <translation>W_hy: y_t = W_hy h_t + b_y</translation>
    </message>
    <message>
        <source>Without it (the lecture&apos;s setup) the outputs are h_t itself, and the hidden size must equal the number of characters</source>
        <translation>Ohne sie (Aufbau der Vorlesung) sind die Ausgaben h_t selbst, und die Größe des verborgenen Zustands muss gleich der Zahl der Zeichen sein</translation>
    </message>
    <message>
        <source>O&amp;utput layer</source>
        <translation>A&amp;usgabeschicht</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>O&amp;ptimizer</source>
        <translation>O&amp;ptimierer</translation>
    </message>
    <message>
        <source>0.1 with Adam in the lecture</source>
        <translation>0.1 mit Adam in der Vorlesung</translation>
    </message>
    <message>
        <source>Lear&amp;ning rate</source>
        <translation>&amp;Lernrate</translation>
    </message>
    <message>
        <source>SGD&apos;s momentum (Adam has its own: betas 0.9 and 0.999)</source>
        <translation>Momentum von SGD (Adam hat sein eigenes: betas 0.9 und 0.999)</translation>
    </message>
    <message>
        <source>&amp;Momentum</source>
        <translation>&amp;Momentum</translation>
    </message>
    <message>
        <source>torch.manual_seed for the initial weights: the same seed gives PyTorch&apos;s weights bit for bit</source>
        <translation>torch.manual_seed für die Anfangsgewichte: derselbe Seed ergibt bitgenau die Gewichte von PyTorch</translation>
    </message>
    <message>
        <source>See&amp;d</source>
        <translation>S&amp;eed</translation>
    </message>
    <message>
        <source>at</source>
        <translation>bei</translation>
    </message>
    <message>
        <source>clip_grad_norm_: scales all gradients down when their total norm exceeds this</source>
        <translation>clip_grad_norm_: skaliert alle Gradienten herunter, wenn ihre Gesamtnorm diesen Wert übersteigt</translation>
    </message>
    <message>
        <source>&amp;Gradient clipping</source>
        <translation>Gra&amp;dient-Clipping</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Back to the settings being trained</source>
        <translation>Zurück zu den Einstellungen, die gerade trainiert werden</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Start over with these settings (Ctrl+Return)</source>
        <translation>Mit diesen Einstellungen neu beginnen (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Without W_hy the hidden state is the output, so this setup needs one hidden unit per class: %1, hidden size %2.</source>
        <translation>Ohne W_hy ist der verborgene Zustand die Ausgabe, also braucht dieser Aufbau eine verborgene Einheit pro Klasse: %1, Größe des verborgenen Zustands %2.</translation>
    </message>
    <message>
        <source>1 class</source>
        <translation>1 Klasse</translation>
    </message>
    <message>
        <source>%1 classes</source>
        <translation>%1 Klassen</translation>
    </message>
    <message>
        <source>Without W_hy the hidden state is the output, so the lecture&apos;s setup needs one hidden unit per character: %1, hidden size %2.</source>
        <translation>Ohne W_hy ist der verborgene Zustand die Ausgabe, also braucht der Aufbau der Vorlesung eine verborgene Einheit pro Zeichen: %1, Größe des verborgenen Zustands %2.</translation>
    </message>
    <message>
        <source>1 character</source>
        <translation>1 Zeichen</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 Zeichen</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>The label of line %1</source>
        <translation>Das Label von Zeile %1</translation>
    </message>
    <message>
        <source>Set hidden size to %1</source>
        <translation>Größe des verborgenen Zustands auf %1 setzen</translation>
    </message>
    <message numerus="yes">
        <source>
Classifier (many-to-one), %n class(es): %1</source>
        <translation>
            <numerusform>
Klassifikator (many-to-one), %n Klasse: %1</numerusform>
            <numerusform>
Klassifikator (many-to-one), %n Klassen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Vocabulary: %1 (%2)</source>
        <translation>Vokabular: %1 (%2)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Time series</source>
        <translation>Zeitreihe</translation>
    </message>
    <message>
        <source>Tas&amp;k</source>
        <translation>&amp;Aufgabe</translation>
    </message>
    <message>
        <source>Without W_hy the hidden state is the output, so this setup needs one hidden unit per feature: %1, hidden size %2.</source>
        <translation>Ohne W_hy ist der verborgene Zustand die Ausgabe, also braucht dieser Aufbau eine verborgene Einheit pro Merkmal: %1, Größe des verborgenen Zustands %2.</translation>
    </message>
    <message>
        <source>1 feature</source>
        <translation>1 Merkmal</translation>
    </message>
    <message>
        <source>%1 features</source>
        <translation>%1 Merkmale</translation>
    </message>
    <message>
        <source>Time series: the next value at every time step (MSE loss).</source>
        <translation>Zeitreihe: der nächste Wert in jedem Zeitschritt (MSE-Verlust).</translation>
    </message>
    <message>
        <source>Time series: the next value of each of %1 features at every time step (MSE loss).</source>
        <translation>Zeitreihe: der nächste Wert jedes der %1 Merkmale in jedem Zeitschritt (MSE-Verlust).</translation>
    </message>
    <message>
        <source>Translation (pairs)</source>
        <translation>Übersetzung (Paare)</translation>
    </message>
    <message>
        <source>Text: the network reads characters and predicts the next one (or, with text&lt;Tab&gt;label lines, names a label: a classifier).
Time series: it reads numbers and predicts the next value of each feature (MSE loss).
Translation (pairs): an encoder reads each source&lt;Tab&gt;target line&apos;s source, a decoder writes its target.</source>
        <translation>Text: das Netz liest Zeichen und sagt das nächste vorher (oder nennt, mit Zeilen Text&lt;Tab&gt;Label, ein Label: ein Klassifikator).
Zeitreihe: es liest Zahlen und sagt den nächsten Wert jedes Merkmals vorher (MSE-Verlust).
Übersetzung (Paare): ein Encoder liest aus jeder Zeile Quelle&lt;Tab&gt;Ziel die Quelle, ein Decoder schreibt ihr Ziel.</translation>
    </message>
    <message>
        <source>Translation: %1 source characters; %2 target tokens (&lt;sos&gt;, &lt;eos&gt; and the targets&apos; characters)</source>
        <translation>Übersetzung: %1 Quellzeichen; %2 Ziel-Tokens (&lt;sos&gt;, &lt;eos&gt; und die Zeichen der Ziele)</translation>
    </message>
    <message>
        <source>Pa&amp;irs (one per line: source&lt;Tab&gt;target)</source>
        <translation>Paa&amp;re (eines pro Zeile: Quelle&lt;Tab&gt;Ziel)</translation>
    </message>
    <message>
        <source>hello	olleh
world	dlrow</source>
        <translation>hello	olleh
world	dlrow</translation>
    </message>
    <message>
        <source>Each line is one pair: the source, a Tab, then its target (hello&lt;Tab&gt;olleh).
The encoder reads the source; the decoder learns to write the target from &lt;sos&gt; until &lt;eos&gt;.</source>
        <translation>Jede Zeile ist ein Paar: die Quelle, ein Tab, dann ihr Ziel (hello&lt;Tab&gt;olleh).
Der Encoder liest die Quelle; der Decoder lernt, das Ziel von &lt;sos&gt; bis &lt;eos&gt; zu schreiben.</translation>
    </message>
</context>
<context>
    <name>rnnlab::ParameterLabelling</name>
    <message>
        <source>%1 of layer %2</source>
        <extracomment>A hidden unit of a stack of layers: %1 the unit (h3), %2 the layer&apos;s number.</extracomment>
        <translation>%1 von Schicht %2</translation>
    </message>
    <message>
        <source>output &apos;%1&apos;</source>
        <translation>Ausgabe &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 (score of &apos;%2&apos;)</source>
        <extracomment>A hidden unit that is an output score too (no W_hy): %1 the unit (h3), %2 the character.</extracomment>
        <translation>%1 (Wert für &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>A gate&apos;s row: %1 the gate (&quot;input gate i&quot;), %2 its unit (&quot;h3&quot; or &quot;h3 of layer 2&quot;).</extracomment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>input &apos;%1&apos;</source>
        <translation>Eingabe &apos;%1&apos;</translation>
    </message>
    <message>
        <source>class &apos;%1&apos;</source>
        <translation>Klasse &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>rnnlab::PlotAccessible</name>
    <message>
        <source>%1: %2 at %3</source>
        <translation>%1: %2 bei %3</translation>
    </message>
    <message>
        <source>Plot</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>%1 over %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <source>Newest values: %1</source>
        <translation>Neueste Werte: %1</translation>
    </message>
</context>
<context>
    <name>rnnlab::PlotWidget</name>
    <message>
        <source>Log scale</source>
        <translation>Log-Skala</translation>
    </message>
</context>
<context>
    <name>rnnlab::PredictionsModel</name>
    <message>
        <source>translates %1 to %2 (greedy: its own outputs fed back); the target is %3: %4</source>
        <translation>übersetzt %1 zu %2 (greedy: die eigenen Ausgaben zurückgeführt); das Ziel ist %3: %4</translation>
    </message>
    <message>
        <source>right</source>
        <translation>richtig</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>falsch</translation>
    </message>
    <message>
        <source>Pair %1, source %2, target %3: the greedy translation of the source at each step (the decoder&apos;s own outputs fed back from &lt;sos&gt; to &lt;eos&gt;, with the weights of that step&apos;s forward pass); a wrong translation is underlined.</source>
        <translation>Paar %1, Quelle %2, Ziel %3: die Greedy-Übersetzung der Quelle in jedem Schritt (die eigenen Ausgaben des Decoders von &lt;sos&gt; bis &lt;eos&gt; zurückgeführt, mit den Gewichten aus dem Vorwärtsdurchlauf dieses Schritts); eine falsche Übersetzung ist unterstrichen.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>%1 of %2 characters match the target %3</source>
        <translation>%1 von %2 Zeichen stimmen mit dem Ziel %3 überein</translation>
    </message>
    <message>
        <source>%1: %2 instead of %3</source>
        <extracomment>%1 a position in the text, %2 the predicted character, %3 the true one.</extracomment>
        <translation>%1: %2 statt %3</translation>
    </message>
    <message>
        <source>wrong at %1</source>
        <extracomment>%1 lists the wrong positions (&quot;3: &apos;l&apos; instead of &apos;e&apos;; 5: …&quot;).</extracomment>
        <translation>falsch bei %1</translation>
    </message>
    <message>
        <source>loss %1 (float32, 9 significant digits)</source>
        <translation>Verlust %1 (float32, 9 signifikante Stellen)</translation>
    </message>
    <message>
        <source>predicts %1; the label is %2: %3</source>
        <translation>sagt %1 vorher; das Label ist %2: %3</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>The training step (1-based); its loss and predictions come from its forward pass, before the update</source>
        <translation>Der Trainingsschritt (ab 1); Verlust und Vorhersagen stammen aus seinem Vorwärtsdurchlauf, vor dem Update</translation>
    </message>
    <message>
        <source>Mean cross-entropy over all target characters</source>
        <translation>Mittlere Kreuzentropie über alle Zielzeichen</translation>
    </message>
    <message>
        <source>Text %1, label %2: the class the network gives it after reading all of it; a wrong class is underlined.</source>
        <translation>Text %1, Label %2: die Klasse, die das Netz ihm gibt, nachdem es ihn ganz gelesen hat; eine falsche Klasse ist unterstrichen.</translation>
    </message>
    <message>
        <source>Text %1 prediction: the character the network predicts after each of %2; the targets are %3. Wrong characters are underlined.</source>
        <translation>Vorhersage für Text %1: das Zeichen, das das Netz nach jedem Zeichen von %2 vorhersagt; die Ziele sind %3. Falsche Zeichen sind unterstrichen.</translation>
    </message>
</context>
<context>
    <name>rnnlab::PytorchPanel</name>
    <message>
        <source>No model yet.</source>
        <translation>Noch kein Modell.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the script: paste it into a file and run python3 train.py --steps 20</source>
        <translation>Das Skript kopieren: in eine Datei einfügen und python3 train.py --steps 20 ausführen</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Write the script to a .py file</source>
        <translation>Das Skript in eine .py-Datei schreiben</translation>
    </message>
    <message>
        <source>Training… the script of this large model (%1 parameters) follows when training pauses.</source>
        <translation>Training… das Skript dieses großen Modells (%1 Parameter) folgt, wenn das Training pausiert.</translation>
    </message>
    <message>
        <source>After %1. Saved as train.py, &lt;tt&gt;python3 train.py --steps 20&lt;/tt&gt; trains on from step %2 in PyTorch 1.13 with rnnlab&apos;s losses.</source>
        <translation>Nach %1. Als train.py gespeichert, trainiert &lt;tt&gt;python3 train.py --steps 20&lt;/tt&gt; ab Schritt %2 in PyTorch 1.13 weiter, mit den Verlusten von rnnlab.</translation>
    </message>
    <message>
        <source>1 training step</source>
        <translation>1 Trainingsschritt</translation>
    </message>
    <message>
        <source>%1 training steps</source>
        <translation>%1 Trainingsschritten</translation>
    </message>
    <message>
        <source>Save the PyTorch script</source>
        <translation>Das PyTorch-Skript speichern</translation>
    </message>
    <message>
        <source>Python scripts (*.py)</source>
        <translation>Python-Skripte (*.py)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
</context>
<context>
    <name>rnnlab::SeriesEditor</name>
    <message>
        <source>0
0.31
0.59
…</source>
        <translation>0
0.31
0.59
…</translation>
    </message>
    <message>
        <source>One time point per line. Several numbers on a line (separated by commas, semicolons, tabs or spaces) are several features, one per column; a single line of comma-separated numbers is one feature.
An empty line starts another series: several series train together, each its own sequence from a zero state. Lines starting with # are comments. Numbers use a decimal point (0.5, -2, 1e-3).</source>
        <translation>Ein Zeitpunkt pro Zeile. Mehrere Zahlen in einer Zeile (getrennt durch Kommas, Semikolons, Tabs oder Leerzeichen) sind mehrere Merkmale, eines pro Spalte; eine einzelne Zeile mit kommagetrennten Zahlen ist ein Merkmal.
Eine Leerzeile beginnt eine weitere Reihe: mehrere Reihen trainieren zusammen, jede als eigene Sequenz ab einem Nullzustand. Zeilen, die mit # beginnen, sind Kommentare. Zahlen mit Dezimalpunkt (0.5, -2, 1e-3).</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>Generator</translation>
    </message>
    <message>
        <source>Num&amp;bers</source>
        <translation>&amp;Zahlen</translation>
    </message>
    <message>
        <source>Where the training series come from: a generated wave, or numbers typed, pasted or imported from a CSV file. Either way the session stores the numbers.</source>
        <translation>Woher die Trainingsreihen kommen: eine erzeugte Welle oder Zahlen, getippt, eingefügt oder aus einer CSV-Datei importiert. So oder so speichert die Sitzung die Zahlen.</translation>
    </message>
    <message>
        <source>Sine</source>
        <translation>Sinus</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>Rechteck</translation>
    </message>
    <message>
        <source>Sawtooth</source>
        <translation>Sägezahn</translation>
    </message>
    <message>
        <source>Triangle</source>
        <translation>Dreieck</translation>
    </message>
    <message>
        <source>Two sines</source>
        <translation>Zwei Sinus</translation>
    </message>
    <message>
        <source>Sine A sin(2πt/P + φ); square, sawtooth and triangle of the same period and amplitude; or the sum of two sines A sin(2πt/P + φ) + A₂ sin(2πt/P₂)</source>
        <translation>Sinus A sin(2πt/P + φ); Rechteck, Sägezahn und Dreieck mit derselben Periode und Amplitude; oder die Summe zweier Sinus A sin(2πt/P + φ) + A₂ sin(2πt/P₂)</translation>
    </message>
    <message>
        <source>&amp;Wave</source>
        <translation>&amp;Welle</translation>
    </message>
    <message>
        <source>P: time steps per period (&gt; 0)</source>
        <translation>P: Zeitschritte pro Periode (&gt; 0)</translation>
    </message>
    <message>
        <source>A: the wave&apos;s largest value</source>
        <translation>A: der größte Wert der Welle</translation>
    </message>
    <message>
        <source>φ: the phase in radians (π/2 ≈ 1.5708)</source>
        <translation>φ: die Phase in Radiant (π/2 ≈ 1.5708)</translation>
    </message>
    <message>
        <source> rad</source>
        <translation> rad</translation>
    </message>
    <message>
        <source>Points of the series (≥ 2): a series of n points is n − 1 time steps</source>
        <translation>Punkte der Reihe (≥ 2): eine Reihe mit n Punkten hat n − 1 Zeitschritte</translation>
    </message>
    <message>
        <source>P₂: the second sine&apos;s period (&gt; 0)</source>
        <translation>P₂: die Periode des zweiten Sinus (&gt; 0)</translation>
    </message>
    <message>
        <source>A₂: the second sine&apos;s amplitude</source>
        <translation>A₂: die Amplitude des zweiten Sinus</translation>
    </message>
    <message>
        <source>σ: Gaussian noise added to every point (0: none); the seed below makes it the same on every machine</source>
        <translation>σ: gaußsches Rauschen auf jedem Punkt (0: keins); der Seed unten macht es auf jedem Rechner gleich</translation>
    </message>
    <message>
        <source>The noise&apos;s own seed (not the weights&apos;)</source>
        <translation>Der eigene Seed des Rauschens (nicht der der Gewichte)</translation>
    </message>
    <message>
        <source>Edit as numbers</source>
        <translation>Als Zahlen bearbeiten</translation>
    </message>
    <message>
        <source>Puts the generated numbers into the numbers box, to change them by hand</source>
        <translation>Setzt die erzeugten Zahlen ins Zahlenfeld, um sie von Hand zu ändern</translation>
    </message>
    <message>
        <source>Adds a CSV file&apos;s numbers as another series: one row per time point, one column per feature, a header row optional</source>
        <translation>Fügt die Zahlen einer CSV-Datei als weitere Reihe hinzu: eine Zeile pro Zeitpunkt, eine Spalte pro Merkmal, Kopfzeile optional</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Wave with an anomaly</source>
        <translation>Welle mit Anomalie</translation>
    </message>
    <message>
        <source>A series the network is tested on but never trained on: where its error jumps above the training error&apos;s, the Signal tab rings an anomaly</source>
        <translation>Eine Reihe, auf der das Netz getestet, aber nie trainiert wird: wo ihr Fehler über den des Trainings springt, meldet der Tab Signal eine Anomalie</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV importieren…</translation>
    </message>
    <message>
        <source>Adds a CSV file&apos;s numbers as a test series</source>
        <translation>Fügt die Zahlen einer CSV-Datei als Testreihe hinzu</translation>
    </message>
    <message>
        <source>Spike</source>
        <translation>Ausschlag</translation>
    </message>
    <message>
        <source>Level shift</source>
        <translation>Niveausprung</translation>
    </message>
    <message>
        <source>Flat stretch</source>
        <translation>Flache Strecke</translation>
    </message>
    <message>
        <source>Spike: + size at one point. Level shift: + size over a stretch (length 0: to the end). Flat stretch: the value at “at” held for a stretch.</source>
        <translation>Ausschlag: + Größe an einem Punkt. Niveausprung: + Größe über eine Strecke (Länge 0: bis zum Ende). Flache Strecke: der Wert bei „bei“ über eine Strecke gehalten.</translation>
    </message>
    <message>
        <source>How many points it lasts</source>
        <translation>Wie viele Punkte sie dauert</translation>
    </message>
    <message>
        <source>What it adds to the wave</source>
        <translation>Was sie zur Welle addiert</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 Punkt</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 Punkte</translation>
    </message>
    <message>
        <source>, %1 … %2</source>
        <translation>, %1 … %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>1 feature</source>
        <translation>1 Merkmal</translation>
    </message>
    <message>
        <source>%1 features</source>
        <translation>%1 Merkmale</translation>
    </message>
    <message>
        <source>Imported %1 of %2 from %3</source>
        <translation>%1 von %2 aus %3 importiert</translation>
    </message>
    <message>
        <source>Import a test series from CSV</source>
        <translation>Eine Testreihe aus CSV importieren</translation>
    </message>
    <message>
        <source>Import series from CSV</source>
        <translation>Reihen aus CSV importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Where the anomaly starts: a point of the series, counted from 1 as the Signal tab&apos;s time axis</source>
        <translation>Wo die Anomalie beginnt: ein Punkt der Reihe, ab 1 gezählt wie auf der Zeitachse des Tabs „Signal“</translation>
    </message>
    <message>
        <source>Tr&amp;aining series</source>
        <translation>T&amp;rainingsreihe</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Amplitude</source>
        <translation>Amplitude</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Period 2</source>
        <translation>Periode 2</translation>
    </message>
    <message>
        <source>Amplitude 2</source>
        <translation>Amplitude 2</translation>
    </message>
    <message>
        <source>Noise σ</source>
        <translation>Rauschen σ</translation>
    </message>
    <message>
        <source>Noise seed</source>
        <translation>Seed des Rauschens</translation>
    </message>
    <message>
        <source>Test ser&amp;ies</source>
        <translation>Testre&amp;ihe</translation>
    </message>
    <message>
        <source>Test numbers</source>
        <translation>Testzahlen</translation>
    </message>
    <message>
        <source>Anomaly</source>
        <translation>Anomalie</translation>
    </message>
    <message>
        <source>  at point</source>
        <translation>  bei Punkt</translation>
    </message>
    <message>
        <source>  length</source>
        <translation>  Länge</translation>
    </message>
    <message>
        <source>  size</source>
        <translation>  Größe</translation>
    </message>
</context>
<context>
    <name>rnnlab::SessionActions</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>&amp;Neue Sitzung</translation>
    </message>
    <message>
        <source>Start over with the lecture&apos;s hello example</source>
        <translation>Neu beginnen mit dem hello-Beispiel der Vorlesung</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>Sitzung ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation>Sitzung &amp;speichern</translation>
    </message>
    <message>
        <source>Save the settings, trained weights, optimizer state, loss history and view (.rnnlab)</source>
        <translation>Einstellungen, trainierte Gewichte, Optimiererzustand, Verlustverlauf und Ansicht speichern (.rnnlab)</translation>
    </message>
    <message>
        <source>Save session &amp;as…</source>
        <translation>Sitzung speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Import PyTorch state…</source>
        <translation>PyTorch-Zustand &amp;importieren…</translation>
    </message>
    <message>
        <source>A model trained in PyTorch, saved with save_state_dict_json() from the PyTorch panel&apos;s script</source>
        <translation>Ein in PyTorch trainiertes Modell, gespeichert mit save_state_dict_json() aus dem Skript des PyTorch-Panels</translation>
    </message>
    <message>
        <source>there is no trained model to save yet</source>
        <translation>es gibt noch kein trainiertes Modell zum Speichern</translation>
    </message>
    <message>
        <source>Saved %1 (step %2)</source>
        <translation>%1 gespeichert (Schritt %2)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Sitzung speichern</translation>
    </message>
    <message>
        <source>Save the session?</source>
        <translation>Sitzung speichern?</translation>
    </message>
    <message>
        <source>%1 closes this session. It has changes that are not saved (training, weights by hand or settings).</source>
        <translation>%1 schließt diese Sitzung. Sie hat nicht gespeicherte Änderungen (Training, von Hand gesetzte Gewichte oder Einstellungen).</translation>
    </message>
    <message>
        <source>A new session</source>
        <translation>Eine neue Sitzung</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <source>Training texts</source>
        <translation>Trainingstexte</translation>
    </message>
    <message>
        <source>%1 does not say which texts the model was trained on. Its training texts, one per line:</source>
        <translation>%1 sagt nicht, auf welchen Texten das Modell trainiert wurde. Seine Trainingstexte, einer pro Zeile:</translation>
    </message>
    <message>
        <source>Cannot import this PyTorch state</source>
        <translation>Dieser PyTorch-Zustand lässt sich nicht importieren</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 cannot be imported; nothing was changed.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%2&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;%1 kann nicht importiert werden; nichts wurde geändert.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%2&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importiere %1</translation>
    </message>
    <message>
        <source>Imported %1. %2</source>
        <translation>%1 importiert. %2</translation>
    </message>
    <message>
        <source>Cannot open this session</source>
        <translation>Diese Sitzung lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 cannot be opened; nothing was changed.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%2&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;%1 kann nicht geöffnet werden; nichts wurde geändert.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%2&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Öffne %1</translation>
    </message>
    <message>
        <source>Import PyTorch state</source>
        <translation>PyTorch-Zustand importieren</translation>
    </message>
    <message>
        <source>PyTorch states (*.pt *.pth *.json);;All files (*)</source>
        <translation>PyTorch-Zustände (*.pt *.pth *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Restore the unsaved session?</source>
        <translation>Nicht gespeicherte Sitzung wiederherstellen?</translation>
    </message>
    <message>
        <source>rnnlab ended without saving a session (autosaved %1). Restore it?</source>
        <translation>rnnlab wurde beendet, ohne eine Sitzung zu speichern (automatisch gespeichert %1). Wiederherstellen?</translation>
    </message>
    <message>
        <source>recovered</source>
        <translation>wiederhergestellt</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>rnnlab sessions (*.rnnlab *.json);;All files (*)</source>
        <extracomment>A file dialog&apos;s filter: keep the patterns in parentheses and the &quot;;;&quot; between the two.</extracomment>
        <translation>rnnlab-Sitzungen (*.rnnlab *.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>rnnlab::ShortcutList</name>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>A matrix (click a cell)</source>
        <translation>Eine Matrix (Zelle anklicken)</translation>
    </message>
    <message>
        <source>The timeline (click it)</source>
        <translation>Die Zeitleiste (anklicken)</translation>
    </message>
    <message>
        <source>Move to the next cell</source>
        <translation>Zur nächsten Zelle</translation>
    </message>
    <message>
        <source>First or last column</source>
        <translation>Erste oder letzte Spalte</translation>
    </message>
    <message>
        <source>Type a value for the cell</source>
        <translation>Einen Wert für die Zelle eingeben</translation>
    </message>
    <message>
        <source>One training step earlier or later</source>
        <translation>Ein Trainingsschritt früher oder später</translation>
    </message>
    <message>
        <source>Several steps later or earlier</source>
        <translation>Mehrere Schritte später oder früher</translation>
    </message>
    <message>
        <source>Step 0, or the latest step</source>
        <translation>Schritt 0 oder der neueste Schritt</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>The graph (Tab to it)</source>
        <translation>Der Graph (per Tab ansteuern)</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>Into the cells; up or down a column</source>
        <translation>In die Zellen; eine Spalte hoch oder runter</translation>
    </message>
    <message>
        <source>The same unit one time step earlier or later</source>
        <translation>Dieselbe Einheit einen Zeitschritt früher oder später</translation>
    </message>
    <message>
        <source>The first or last time step</source>
        <translation>Erster oder letzter Zeitschritt</translation>
    </message>
    <message>
        <source>Leave the cells (then Esc leaves the walk)</source>
        <translation>Die Zellen verlassen (dann verlässt Esc den Durchgang)</translation>
    </message>
    <message>
        <source>Stop a drag, close the value editor, or leave the cells</source>
        <translation>Ziehen abbrechen, Werteditor schließen oder die Zellen verlassen</translation>
    </message>
    <message>
        <source>Next or previous control</source>
        <translation>Nächstes oder voriges Bedienelement</translation>
    </message>
    <message>
        <source>Leave a text box (Tab types a tab there)</source>
        <translation>Ein Textfeld verlassen (dort fügt Tab einen Tabulator ein)</translation>
    </message>
    <message>
        <source>Press the focused button</source>
        <translation>Die fokussierte Schaltfläche drücken</translation>
    </message>
</context>
<context>
    <name>rnnlab::SignalPlot</name>
    <message>
        <source>The series shown: a training series, or a test series (evaluated at every step, never trained on)</source>
        <translation>Die gezeigte Reihe: eine Trainingsreihe oder eine Testreihe (in jedem Schritt ausgewertet, nie darauf trainiert)</translation>
    </message>
    <message>
        <source>F&amp;orecast</source>
        <translation>Pro&amp;gnose</translation>
    </message>
    <message>
        <source> points</source>
        <translation> Punkte</translation>
    </message>
    <message>
        <source>The free-running forecast past the end: each predicted value is fed back as the next input, this many times</source>
        <translation>Die frei laufende Prognose über das Ende hinaus: jeder vorhergesagte Wert wird als nächste Eingabe zurückgeführt, so oft</translation>
    </message>
    <message>
        <source>series</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <source>one-step prediction</source>
        <translation>Ein-Schritt-Vorhersage</translation>
    </message>
    <message>
        <source>free-running forecast</source>
        <translation>frei laufende Prognose</translation>
    </message>
    <message>
        <source>squared error</source>
        <translation>quadratischer Fehler</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>error²</source>
        <translation>Fehler²</translation>
    </message>
    <message>
        <source>Training series</source>
        <translation>Trainingsreihe</translation>
    </message>
    <message>
        <source>Training series %1</source>
        <translation>Trainingsreihe %1</translation>
    </message>
    <message>
        <source>Test series (anomalies)</source>
        <translation>Testreihe (Anomalien)</translation>
    </message>
    <message>
        <source>Test series %1 (anomalies)</source>
        <translation>Testreihe %1 (Anomalien)</translation>
    </message>
    <message>
        <source>forecast →</source>
        <translation>Prognose →</translation>
    </message>
    <message>
        <source>warm-up</source>
        <translation>Aufwärmphase</translation>
    </message>
    <message>
        <source>training series</source>
        <translation>Trainingsreihe</translation>
    </message>
    <message>
        <source>one step ahead</source>
        <translation>ein Schritt voraus</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>warm-up: not counted</source>
        <translation>Aufwärmphase: nicht gezählt</translation>
    </message>
    <message>
        <source>threshold %1</source>
        <translation>Schwellenwert %1</translation>
    </message>
    <message>
        <source>sta&amp;rting after</source>
        <translation>&amp;nach</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>dem Ende</translation>
    </message>
    <message>
        <source>point </source>
        <translation>Punkt </translation>
    </message>
    <message>
        <source>Where the free run starts: after the series&apos; last point (the end), or after an earlier point, so that its forecast can be compared with what actually came</source>
        <translation>Wo der freie Lauf beginnt: nach dem letzten Punkt der Reihe (dem Ende) oder nach einem früheren Punkt, damit sich seine Prognose mit dem vergleichen lässt, was tatsächlich kam</translation>
    </message>
    <message>
        <source>Fla&amp;g above</source>
        <translation>&amp;Markieren über</translation>
    </message>
    <message>
        <source>A time step whose squared error is above this is flagged: a candidate anomaly, not yet a true one (the summary judges the flags against where an anomaly was injected). Default: the training error&apos;s mean + 3 standard deviations</source>
        <translation>Ein Zeitschritt, dessen quadratischer Fehler darüber liegt, wird markiert: ein Anomaliekandidat, noch keine echte Anomalie (die Zusammenfassung bewertet die Markierungen danach, wo eine Anomalie eingefügt wurde). Standard: Mittelwert des Trainingsfehlers + 3 Standardabweichungen</translation>
    </message>
    <message>
        <source>mean + 3 sd</source>
        <translation>Mittel + 3 SD</translation>
    </message>
    <message>
        <source>99th percentile</source>
        <translation>99. Perzentil</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>The threshold&apos;s rule. Mean + 3 sd (the default) assumes errors spread like a normal distribution; a network&apos;s squared errors have a long tail (their sd is often larger than their mean), so it also flags ordinary steps. The 99th percentile of the training errors flags about 1 ordinary step in 100.</source>
        <translation>Die Regel für den Schwellenwert. Mittel + 3 SD (der Standard) nimmt an, dass die Fehler wie eine Normalverteilung streuen; die quadratischen Fehler eines Netzes haben einen langen Schwanz (ihre SD ist oft größer als ihr Mittel), daher markiert sie auch gewöhnliche Schritte. Das 99. Perzentil der Trainingsfehler markiert etwa 1 gewöhnlichen Schritt von 100.</translation>
    </message>
    <message>
        <source>The signal plot is for time series (the task &quot;Time series&quot;): open one, e.g. File ▸ Open examples/sine-spike.json</source>
        <translation>Der Signalplot ist für Zeitreihen (die Aufgabe „Zeitreihe“): öffne eine, z. B. Datei ▸ Öffnen examples/sine-spike.json</translation>
    </message>
    <message>
        <source>true continuation</source>
        <translation>wahre Fortsetzung</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>markiert</translation>
    </message>
    <message>
        <source>injected</source>
        <translation>eingefügt</translation>
    </message>
    <message>
        <source>time step t:  xₜ at t,  yₜ under xₜ₊₁,  error² of step t = (yₜ − xₜ₊₁)²</source>
        <translation>Zeitschritt t:  xₜ bei t,  yₜ unter xₜ₊₁,  Fehler² von Schritt t = (yₜ − xₜ₊₁)²</translation>
    </message>
    <message>
        <source>flagged: error² above the threshold</source>
        <translation>markiert: Fehler² über dem Schwellenwert</translation>
    </message>
    <message>
        <source>injected anomaly</source>
        <translation>eingefügte Anomalie</translation>
    </message>
    <message>
        <source>Test series (never trained on)</source>
        <translation>Testreihe (nie darauf trainiert)</translation>
    </message>
    <message>
        <source>Test series %1 (never trained on)</source>
        <translation>Testreihe %1 (nie darauf trainiert)</translation>
    </message>
    <message>
        <source> (1–%1: warm-up).</source>
        <translation> (1–%1: Aufwärmphase).</translation>
    </message>
    <message>
        <source> (1: warm-up).</source>
        <translation> (1: Aufwärmphase).</translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <source> Feature 1 of %1.</source>
        <translation> Merkmal 1 von %1.</translation>
    </message>
    <message>
        <source>the training errors&apos; 99th percentile</source>
        <translation>99. Perzentil der Trainingsfehler</translation>
    </message>
    <message>
        <source>at point %1</source>
        <translation>bei Punkt %1</translation>
    </message>
    <message>
        <source>at points %1–%2</source>
        <translation>bei Punkten %1–%2</translation>
    </message>
    <message>
        <source>in the warm-up, not judged</source>
        <translation>in der Aufwärmphase, nicht bewertet</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>verpasst</translation>
    </message>
    <message>
        <source>detected (step %1)</source>
        <translation>erkannt (Schritt %1)</translation>
    </message>
    <message>
        <source>detected (steps %1)</source>
        <translation>erkannt (Schritte %1)</translation>
    </message>
    <message>
        <source> (steps %1).</source>
        <translation> (Schritte %1).</translation>
    </message>
    <message>
        <source>after point %1</source>
        <translation>nach Punkt %1</translation>
    </message>
    <message>
        <source>after the end</source>
        <translation>nach dem Ende</translation>
    </message>
    <message>
        <source>Free-running forecast %1: mean error² %2 against what came (points compared: %3).</source>
        <translation>Frei laufende Prognose %1: mittlerer Fehler² %2 gegenüber dem, was kam (verglichene Punkte: %3).</translation>
    </message>
    <message>
        <source>x_%1 = %2</source>
        <translation>x_%1 = %2</translation>
    </message>
    <message>
        <source>step %1: y_%1 = %2 predicts x_%3 = %4</source>
        <translation>Schritt %1: y_%1 = %2 sagt x_%3 = %4 vorher</translation>
    </message>
    <message>
        <source>loss_%1 = (y_%1 − x_%2)² = %3</source>
        <translation>loss_%1 = (y_%1 − x_%2)² = %3</translation>
    </message>
    <message>
        <source>flagged: predicts the injected anomaly (a hit)</source>
        <translation>markiert: sagt die eingefügte Anomalie vorher (ein Treffer)</translation>
    </message>
    <message>
        <source>flagged: after the anomaly, the network still disturbed</source>
        <translation>markiert: nach der Anomalie, das Netz noch gestört</translation>
    </message>
    <message>
        <source>flagged: a false alarm (no anomaly was injected here)</source>
        <translation>markiert: ein Fehlalarm (hier wurde keine Anomalie eingefügt)</translation>
    </message>
    <message>
        <source>free-running forecast: %1</source>
        <translation>frei laufende Prognose: %1</translation>
    </message>
    <message>
        <source>what came (generator): %1</source>
        <translation>was kam (Generator): %1</translation>
    </message>
    <message>
        <source>test series</source>
        <translation>Testreihe</translation>
    </message>
    <message>
        <source>The test series: evaluated at every step with the current weights, never trained on</source>
        <translation>Die Testreihe: in jedem Schritt mit den aktuellen Gewichten ausgewertet, nie darauf trainiert</translation>
    </message>
    <message>
        <source>The training series: what the network is trained on</source>
        <translation>Die Trainingsreihe: worauf das Netz trainiert wird</translation>
    </message>
    <message>
        <source>The one-step predictions: y_t, drawn under the x_{t+1} it predicts</source>
        <translation>Die Ein-Schritt-Vorhersagen: y_t, unter dem x_{t+1} gezeichnet, das es vorhersagt</translation>
    </message>
    <message>
        <source>The free-running forecast: each predicted value fed back as the next input</source>
        <translation>Die frei laufende Prognose: jeder vorhergesagte Wert als nächste Eingabe zurückgeführt</translation>
    </message>
    <message>
        <source>what came</source>
        <translation>was kam</translation>
    </message>
    <message>
        <source>What came: the generator&apos;s true continuation past the end, to hold the forecast against</source>
        <translation>Was kam: die wahre Fortsetzung des Generators über das Ende hinaus, zum Vergleich mit der Prognose</translation>
    </message>
    <message>
        <source>flagged: error² &gt; threshold</source>
        <translation>markiert: Fehler² &gt; Schwellenwert</translation>
    </message>
    <message>
        <source>A flagged step: its squared error is above the threshold (a candidate anomaly); its band covers the input it read and the point it predicted</source>
        <translation>Ein markierter Schritt: sein quadratischer Fehler liegt über dem Schwellenwert (ein Anomaliekandidat); sein Streifen umfasst die gelesene Eingabe und den vorhergesagten Punkt</translation>
    </message>
    <message>
        <source>Where the generator injected the anomaly</source>
        <translation>Wo der Generator die Anomalie eingefügt hat</translation>
    </message>
    <message>
        <source>warm-up (not counted)</source>
        <translation>Aufwärmphase (nicht gezählt)</translation>
    </message>
    <message>
        <source>The warm-up steps: the state has not seen enough yet; they count neither in the threshold nor as flags</source>
        <translation>Die Schritte der Aufwärmphase: der Zustand hat noch nicht genug gesehen; sie zählen weder für den Schwellenwert noch als Markierungen</translation>
    </message>
    <message>
        <source>%1: mean error² %2 over steps %3–%4</source>
        <translation>%1: mittlerer Fehler² %2 über Schritte %3–%4</translation>
    </message>
    <message>
        <source>Training error² after the warm-up: mean %1, sd %2 (the loss, %3, counts every step).</source>
        <translation>Trainingsfehler² nach der Aufwärmphase: Mittel %1, SD %2 (der Verlust, %3, zählt jeden Schritt).</translation>
    </message>
    <message>
        <source>; sd &gt; mean: not normally distributed, so ordinary steps pass it too</source>
        <translation>; SD &gt; Mittel: nicht normalverteilt, daher überschreiten ihn auch gewöhnliche Schritte</translation>
    </message>
    <message>
        <source>Threshold %1: %2.</source>
        <translation>Schwellenwert %1: %2.</translation>
    </message>
    <message>
        <source>Flagged steps: %1.</source>
        <translation>Markierte Schritte: %1.</translation>
    </message>
    <message>
        <source> Injected anomaly %1: %2; after it, still disturbed: %3. False alarms: %4</source>
        <translation> Eingefügte Anomalie %1: %2; danach, das Netz noch gestört: %3. Fehlalarme: %4</translation>
    </message>
    <message>
        <source> Each is a candidate: where an anomaly truly is, a series not made by the generator does not say.</source>
        <translation> Jeder ist ein Kandidat: wo wirklich eine Anomalie liegt, verrät eine nicht vom Generator erzeugte Reihe nicht.</translation>
    </message>
    <message>
        <source>Free-running forecast %1: nothing known to compare it with (start it earlier).</source>
        <translation>Frei laufende Prognose %1: nichts Bekanntes zum Vergleichen (starte sie früher).</translation>
    </message>
    <message>
        <source>Warm-up: the first steps of every series, where the state (zero at the start) has not seen enough yet — even the training series is predicted worse than the threshold there. They count neither in the threshold nor as flags.
A flag is a step whose error² is above the threshold: a candidate anomaly. Where the generator injected an anomaly, a flag that predicts an injected point is a hit; a later flag at most %1 steps after it or after the previous such flag (the network still disturbed) is counted apart; every other flag is a false alarm.</source>
        <translation>Aufwärmphase: die ersten Schritte jeder Reihe, in denen der Zustand (am Anfang null) noch nicht genug gesehen hat — selbst die Trainingsreihe wird dort schlechter vorhergesagt als der Schwellenwert. Sie zählen weder für den Schwellenwert noch als Markierungen.
Eine Markierung ist ein Schritt, dessen Fehler² über dem Schwellenwert liegt: ein Anomaliekandidat. Wo der Generator eine Anomalie eingefügt hat, ist eine Markierung, die einen eingefügten Punkt vorhersagt, ein Treffer; eine spätere Markierung höchstens %1 Schritte nach der Anomalie oder nach der vorigen solchen Markierung (das Netz noch gestört) wird getrennt gezählt; jede andere Markierung ist ein Fehlalarm.</translation>
    </message>
</context>
<context>
    <name>rnnlab::StackPlace</name>
    <message>
        <source>Encoder · </source>
        <translation>Encoder · </translation>
    </message>
    <message>
        <source>Decoder · </source>
        <translation>Decoder · </translation>
    </message>
</context>
<context>
    <name>rnnlab::StepByHandPanel</name>
    <message>
        <source>Earlier time step, to the left (←)</source>
        <translation>Früherer Zeitschritt, nach links (←)</translation>
    </message>
    <message>
        <source>Previous phase of the computation (Shift+←)</source>
        <translation>Vorige Phase der Rechnung (Shift+←)</translation>
    </message>
    <message>
        <source>Next phase of the computation (Shift+→)</source>
        <translation>Nächste Phase der Rechnung (Shift+→)</translation>
    </message>
    <message>
        <source>Later time step, to the right: x_t enters, W_xh x_t and W_hh h_{t−1} add up, the activation squashes, p_t = softmax(y_t) picks a character (→)</source>
        <translation>Späterer Zeitschritt, nach rechts: x_t kommt herein, W_xh x_t und W_hh h_{t−1} addieren sich, die Aktivierung staucht, p_t = softmax(y_t) wählt ein Zeichen (→)</translation>
    </message>
    <message>
        <source>Back through time</source>
        <translation>Rückwärts durch die Zeit</translation>
    </message>
    <message>
        <source>Walk the gradient back from the last time step: dL/dh_t and where it fades (B; again: one time step further back)</source>
        <translation>Den Gradienten vom letzten Zeitschritt zurückverfolgen: dL/dh_t und wo er verschwindet (B; nochmals: einen Zeitschritt weiter zurück)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Leave the walk: show the whole pass (Esc)</source>
        <translation>Den Durchgang verlassen: den ganzen Durchlauf zeigen (Esc)</translation>
    </message>
    <message>
        <source>Step in parts ▶</source>
        <translation>Teilschritte ▶</translation>
    </message>
    <message>
        <source>One training step shown part by part: the forward pass column by column, the loss, the backward pass right to left, then the update of every matrix (Ctrl+Shift+→)</source>
        <translation>Ein Trainingsschritt Teil für Teil: der Vorwärtsdurchlauf Spalte für Spalte, der Verlust, der Rückwärtsdurchlauf von rechts nach links, dann das Update jeder Matrix (Ctrl+Shift+→)</translation>
    </message>
    <message>
        <source>Time-major</source>
        <translation>Zeit zuerst</translation>
    </message>
    <message>
        <source>Layer-major</source>
        <translation>Schicht zuerst</translation>
    </message>
    <message>
        <source>The order → walks the stacked grid in. Time-major: every layer at t, then t+1 — how the picture reads. Layer-major: layer 1 over all of time, then layer 2 — how PyTorch computes it. The numbers are the same either way.</source>
        <translation>Die Reihenfolge, in der → das gestapelte Gitter durchläuft. Zeit zuerst: jede Schicht bei t, dann t+1 — wie man das Bild liest. Schicht zuerst: Schicht 1 über die ganze Zeit, dann Schicht 2 — wie PyTorch rechnet. Die Zahlen sind in beiden Fällen dieselben.</translation>
    </message>
    <message>
        <source>unit h</source>
        <translation>Einheit h</translation>
    </message>
    <message>
        <source>The hidden unit whose row the equations show when the matrices are too large to show whole</source>
        <translation>Die verborgene Einheit, deren Zeile die Gleichungen zeigen, wenn die Matrizen zu groß für eine ganze Anzeige sind</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>vorwärts</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>backward</source>
        <translation>rückwärts</translation>
    </message>
    <message>
        <source>update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Next: the loss ▶</source>
        <translation>Weiter: der Verlust ▶</translation>
    </message>
    <message>
        <source>Next: backward ▶</source>
        <translation>Weiter: rückwärts ▶</translation>
    </message>
    <message>
        <source>Next: the update ▶</source>
        <translation>Weiter: das Update ▶</translation>
    </message>
    <message>
        <source>Press → to walk through a time step, B to go back through time, or “Step in parts” — every number below comes from the same forward pass the graph shows.</source>
        <translation>→ geht durch einen Zeitschritt, B rückwärts durch die Zeit, oder „Teilschritte“ — jede Zahl unten stammt aus demselben Vorwärtsdurchlauf, den der Graph zeigt.</translation>
    </message>
    <message>
        <source>A test series is never trained on: the walk shows its forward pass and squared error only, no backward pass.</source>
        <translation>Auf einer Testreihe wird nie trainiert: der Durchgang zeigt nur ihren Vorwärtsdurchlauf und den quadratischen Fehler, keinen Rückwärtsdurchlauf.</translation>
    </message>
    <message>
        <source>No backward: a test series</source>
        <translation>Kein Rückwärts: eine Testreihe</translation>
    </message>
</context>
<context>
    <name>rnnlab::TimeStepWalker</name>
    <message>
        <source>x_t enters: the series&apos; values at step t, one per feature (or h_t of the layer below)</source>
        <translation>x_t kommt herein: die Werte der Reihe in Schritt t, einer pro Merkmal (oder h_t der Schicht darunter)</translation>
    </message>
    <message>
        <source>x_t enters: the one-hot vector of the character (or h_t of the layer below)</source>
        <translation>x_t kommt herein: der One-Hot-Vektor des Zeichens (oder h_t der Schicht darunter)</translation>
    </message>
    <message>
        <source>W_ih x_t + b_ih: what the input contributes to each gate i, f, g, o</source>
        <translation>W_ih x_t + b_ih: was die Eingabe zu jedem Gate i, f, g, o beiträgt</translation>
    </message>
    <message>
        <source>W_ih x_t + b_ih: what the input contributes to each gate r, z, n</source>
        <translation>W_ih x_t + b_ih: was die Eingabe zu jedem Gate r, z, n beiträgt</translation>
    </message>
    <message>
        <source>W_xh x_t + b_ih: what the input contributes (each column of W_xh weighs one feature of x_t)</source>
        <translation>W_xh x_t + b_ih: was die Eingabe beiträgt (jede Spalte von W_xh gewichtet ein Merkmal von x_t)</translation>
    </message>
    <message>
        <source>W_xh x_t + b_ih: what the input contributes (a one-hot x picks one column of W_xh)</source>
        <translation>W_xh x_t + b_ih: was die Eingabe beiträgt (ein One-Hot-x wählt eine Spalte von W_xh)</translation>
    </message>
    <message>
        <source>W_hh h_{t−1} + b_hh: what the previous hidden state contributes to each gate</source>
        <translation>W_hh h_{t−1} + b_hh: was der vorige verborgene Zustand zu jedem Gate beiträgt</translation>
    </message>
    <message>
        <source>W_hh h_{t−1} + b_hh: what the memory of the previous step contributes</source>
        <translation>W_hh h_{t−1} + b_hh: was das Gedächtnis des vorigen Schritts beiträgt</translation>
    </message>
    <message>
        <source>their sum: each gate&apos;s pre-activation</source>
        <translation>ihre Summe: die Präaktivierung jedes Gates</translation>
    </message>
    <message>
        <source>the sums for the reset gate r and the update gate z</source>
        <translation>die Summen für das Reset-Gate r und das Update-Gate z</translation>
    </message>
    <message>
        <source>their sum: the pre-activation a_t</source>
        <translation>ihre Summe: die Präaktivierung a_t</translation>
    </message>
    <message>
        <source>σ squashes into (0, 1): the reset gate r and the update gate z</source>
        <translation>σ staucht auf (0, 1): das Reset-Gate r und das Update-Gate z</translation>
    </message>
    <message>
        <source>σ gates in (0, 1) — input i, forget f, output o — and the candidate g = tanh(…)</source>
        <translation>σ-Gates in (0, 1) — Eingang i, Vergessen f, Ausgang o — und der Kandidat g = tanh(…)</translation>
    </message>
    <message>
        <source>the candidate n_t = tanh(W_in x_t + b_in + r ⊙ (W_hn h_{t−1} + b_hn))</source>
        <translation>der Kandidat n_t = tanh(W_in x_t + b_in + r ⊙ (W_hn h_{t−1} + b_hn))</translation>
    </message>
    <message>
        <source>the cell state c_t = f ⊙ c_{t−1} + i ⊙ g: keep some of the old memory, write some new</source>
        <translation>der Zellzustand c_t = f ⊙ c_{t−1} + i ⊙ g: etwas altes Gedächtnis behalten, etwas neues schreiben</translation>
    </message>
    <message>
        <source>h_t = o ⊙ tanh(c_t): the output gate lets part of the cell state out</source>
        <translation>h_t = o ⊙ tanh(c_t): das Ausgangsgate lässt einen Teil des Zellzustands hinaus</translation>
    </message>
    <message>
        <source>h_t = (1 − z) ⊙ n + z ⊙ h_{t−1}: z decides how much memory to keep</source>
        <translation>h_t = (1 − z) ⊙ n + z ⊙ h_{t−1}: z entscheidet, wie viel Gedächtnis bleibt</translation>
    </message>
    <message>
        <source>ReLU keeps the positive part: h_t</source>
        <translation>ReLU behält den positiven Teil: h_t</translation>
    </message>
    <message>
        <source>tanh squashes it into (−1, 1): h_t</source>
        <translation>tanh staucht sie auf (−1, 1): h_t</translation>
    </message>
    <message>
        <source>y_t = W_hy h_t + b_y: the predicted next value x_{t+1}, one per feature</source>
        <translation>y_t = W_hy h_t + b_y: der vorhergesagte nächste Wert x_{t+1}, einer pro Merkmal</translation>
    </message>
    <message>
        <source>y_t = h_t: without an output layer the hidden state is the predicted next value x_{t+1}</source>
        <translation>y_t = h_t: ohne Ausgabeschicht ist der verborgene Zustand der vorhergesagte nächste Wert x_{t+1}</translation>
    </message>
    <message>
        <source>W_hy h_t + b_y: the output scores (logits) y_t</source>
        <translation>W_hy h_t + b_y: die Ausgabewerte (Logits) y_t</translation>
    </message>
    <message>
        <source>y_t = h_t: without an output layer the hidden state is the output</source>
        <translation>y_t = h_t: ohne Ausgabeschicht ist der verborgene Zustand die Ausgabe</translation>
    </message>
    <message>
        <source>softmax turns the scores into probabilities</source>
        <translation>softmax macht aus den Werten Wahrscheinlichkeiten</translation>
    </message>
    <message>
        <source>the most probable output (character, or class) is the prediction</source>
        <translation>die wahrscheinlichste Ausgabe (Zeichen oder Klasse) ist die Vorhersage</translation>
    </message>
    <message>
        <source>the squared error of this step: (y_t − x_{t+1})² per feature, and its share of the mean (MSE)</source>
        <translation>der quadratische Fehler dieses Schritts: (y_t − x_{t+1})² pro Merkmal, und sein Anteil am Mittel (MSE)</translation>
    </message>
    <message>
        <source>the loss at this step: −log of the probability of the target (the true next character, or the label)</source>
        <translation>der Verlust in diesem Schritt: −log der Wahrscheinlichkeit des Ziels (des wahren nächsten Zeichens oder des Labels)</translation>
    </message>
    <message>
        <source>dL/dh_t: from the squared error through dL/dy_t, and from t+1 through W_hh and through z_{t+1} ⊙ h_t</source>
        <translation>dL/dh_t: vom quadratischen Fehler über dL/dy_t und von t+1 über W_hh und über z_{t+1} ⊙ h_t</translation>
    </message>
    <message>
        <source>dL/dh_t: from the squared error through dL/dy_t, and from t+1 through W_hh</source>
        <translation>dL/dh_t: vom quadratischen Fehler über dL/dy_t und von t+1 über W_hh</translation>
    </message>
    <message>
        <source>dL/dh_t: from the output, and from t+1 through W_hh and through z_{t+1} ⊙ h_t</source>
        <translation>dL/dh_t: von der Ausgabe und von t+1 über W_hh und über z_{t+1} ⊙ h_t</translation>
    </message>
    <message>
        <source>dL/dh_t: the gradient arriving from the output and from t+1 through W_hh</source>
        <translation>dL/dh_t: der Gradient, der von der Ausgabe und von t+1 über W_hh ankommt</translation>
    </message>
    <message>
        <source>dL/dc_t: through h_t = o ⊙ tanh(c_t), plus f_{t+1} ⊙ dL/dc_{t+1} along the cell state</source>
        <translation>dL/dc_t: über h_t = o ⊙ tanh(c_t), plus f_{t+1} ⊙ dL/dc_{t+1} entlang des Zellzustands</translation>
    </message>
    <message>
        <source>dL/da_t, the gates&apos; pre-activations: what reaches W_ih, W_hh and the biases</source>
        <translation>dL/da_t, die Präaktivierungen der Gates: was W_ih, W_hh und die Biases erreicht</translation>
    </message>
    <message>
        <source>dL/da_t = dL/dh_t where h_t &gt; 0: what reaches W_xh, W_hh and the biases</source>
        <translation>dL/da_t = dL/dh_t, wo h_t &gt; 0: was W_xh, W_hh und die Biases erreicht</translation>
    </message>
    <message>
        <source>dL/da_t = dL/dh_t ⊙ (1 − h_t²): what reaches W_xh, W_hh and the biases</source>
        <translation>dL/da_t = dL/dh_t ⊙ (1 − h_t²): was W_xh, W_hh und die Biases erreicht</translation>
    </message>
    <message>
        <source>the decoder starts from the encoder&apos;s final state: h_0 and c_0 of the decoder = h_n and c_n of the encoder, layer by layer</source>
        <translation>der Decoder beginnt im Endzustand des Encoders: h_0 und c_0 des Decoders = h_n und c_n des Encoders, Schicht für Schicht</translation>
    </message>
    <message>
        <source>the decoder starts from the encoder&apos;s final state: h_0 of the decoder = h_n of the encoder, layer by layer</source>
        <translation>der Decoder beginnt im Endzustand des Encoders: h_0 des Decoders = h_n des Encoders, Schicht für Schicht</translation>
    </message>
    <message>
        <source>across the context: the decoder&apos;s dL/dh_0 and dL/dc_0 are what reaches the encoder&apos;s h_n and c_n</source>
        <translation>über den Kontext: dL/dh_0 und dL/dc_0 des Decoders sind das, was h_n und c_n des Encoders erreicht</translation>
    </message>
    <message>
        <source>across the context: the decoder&apos;s dL/dh_0 is what reaches the encoder&apos;s h_n</source>
        <translation>über den Kontext: dL/dh_0 des Decoders ist das, was h_n des Encoders erreicht</translation>
    </message>
</context>
<context>
    <name>rnnlab::Timeline</name>
    <message>
        <source>The step whose network the views show: drag the timeline to rewind</source>
        <translation>Der Schritt, dessen Netz die Ansichten zeigen: zum Zurückspulen die Zeitleiste ziehen</translation>
    </message>
    <message>
        <source>Resume from here</source>
        <translation>Von hier fortsetzen</translation>
    </message>
    <message>
        <source>Continue training from the step shown: the steps after it are replaced</source>
        <translation>Training ab dem gezeigten Schritt fortsetzen: die Schritte danach werden ersetzt</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Neuester</translation>
    </message>
    <message>
        <source>Back to the latest training step (End)</source>
        <translation>Zurück zum neuesten Trainingsschritt (Ende)</translation>
    </message>
    <message>
        <source>every %1 step kept (full speed)</source>
        <extracomment>%1 is an ordinal from ordinal() (&quot;4th&quot;): every 4th training step is kept.</extracomment>
        <translation>jeder %1 Schritt behalten (volles Tempo)</translation>
    </message>
    <message>
        <source>Training at full speed, a copy of every step would cost more than %2% of its time, so every %1 step is kept (within the memory budget). Older steps are recomputed exactly from the kept step before them: trained again, the same numbers bit for bit</source>
        <extracomment>%1 is an ordinal (&quot;4th&quot;), %2 a percentage of the training time.</extracomment>
        <translation>Bei Training mit voller Geschwindigkeit würde eine Kopie jedes Schritts mehr als %2% seiner Zeit kosten, daher wird jeder %1 Schritt behalten (im Rahmen des Speicherbudgets). Ältere Schritte werden exakt aus dem behaltenen Schritt davor neu berechnet: erneut trainiert, bitgenau dieselben Zahlen</translation>
    </message>
    <message>
        <source>memory budget: every %1 step kept</source>
        <extracomment>%1 is an ordinal (&quot;4th&quot;): every 4th training step is kept.</extracomment>
        <translation>Speicherbudget: jeder %1 Schritt behalten</translation>
    </message>
    <message>
        <source>Older steps recomputed exactly from every %1 kept step (memory budget): the steps in between are trained again from the kept step before them, which gives the same numbers bit for bit</source>
        <extracomment>%1 is an ordinal (&quot;4th&quot;).</extracomment>
        <translation>Ältere Schritte exakt aus jedem %1 behaltenen Schritt neu berechnet (Speicherbudget): die Schritte dazwischen werden ab dem behaltenen Schritt davor erneut trainiert, was bitgenau dieselben Zahlen ergibt</translation>
    </message>
    <message>
        <source>Training step %1 of %2
(rewound)</source>
        <translation>Trainingsschritt %1 von %2
(zurückgespult)</translation>
    </message>
    <message>
        <source>Training step %1
(latest)</source>
        <translation>Trainingsschritt %1
(neuester)</translation>
    </message>
    <message>
        <source>%1th</source>
        <extracomment>An ordinal number (4th, 11th, 12th): &quot;every 4th step kept&quot;. %1 is the number.</extracomment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1st</source>
        <extracomment>An ordinal number ending in 1 (1st, 21st): &quot;every 21st step kept&quot;. %1 is the number.</extracomment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1nd</source>
        <extracomment>An ordinal number ending in 2 (2nd, 22nd): &quot;every 2nd step kept&quot;. %1 is the number.</extracomment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1rd</source>
        <extracomment>An ordinal number ending in 3 (3rd, 23rd): &quot;every 3rd step kept&quot;. %1 is the number.</extracomment>
        <translation>%1.</translation>
    </message>
</context>
<context>
    <name>rnnlab::TimelineTrack</name>
    <message>
        <source>tensor %1 element %2</source>
        <translation>Tensor %1, Element %2</translation>
    </message>
    <message>
        <source>Edited by hand after step %1: %2 from %3 to %4</source>
        <extracomment>%1 training step, %2 the weight&apos;s name, %3 and %4 its values before and after.</extracomment>
        <translation>Nach Schritt %1 von Hand geändert: %2 von %3 auf %4</translation>
    </message>
    <message>
        <source>Training timeline</source>
        <translation>Trainings-Zeitleiste</translation>
    </message>
    <message>
        <source>Step %1 — loss %2</source>
        <extracomment>%1 training step, %2 its loss.</extracomment>
        <translation>Schritt %1 — Verlust %2</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>Click or drag to see the network as it was after this step.</source>
        <translation>Klicken oder ziehen, um das Netz so zu sehen, wie es nach diesem Schritt war.</translation>
    </message>
    <message>
        <source>Older steps are recomputed exactly from every %1 kept step (training at full speed).</source>
        <extracomment>%1 is an ordinal (&quot;4th&quot;).</extracomment>
        <translation>Ältere Schritte werden exakt aus jedem %1 behaltenen Schritt neu berechnet (Training mit voller Geschwindigkeit).</translation>
    </message>
    <message>
        <source>Older steps are recomputed exactly from every %1 kept step (memory budget).</source>
        <translation>Ältere Schritte werden exakt aus jedem %1 behaltenen Schritt neu berechnet (Speicherbudget).</translation>
    </message>
</context>
<context>
    <name>rnnlab::TrainingControls</name>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>One training &amp;step</source>
        <translation>Ein &amp;Trainingsschritt</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source> Speed </source>
        <translation> Tempo </translation>
    </message>
    <message>
        <source>From one step per second (to follow along) to as fast as possible</source>
        <translation>Von einem Schritt pro Sekunde (zum Mitverfolgen) bis so schnell wie möglich</translation>
    </message>
</context>
<context>
    <name>rnnlab::TranslationAccessible</name>
    <message>
        <source>Translation graph</source>
        <translation>Übersetzungsgraph</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
</context>
<context>
    <name>rnnlab::TranslationGraph</name>
    <message>
        <source>No translation to draw yet</source>
        <translation>Noch keine Übersetzung zum Zeichnen</translation>
    </message>
    <message>
        <source>Encoder (encoder): reads the source</source>
        <translation>Encoder (encoder): liest die Quelle</translation>
    </message>
    <message>
        <source>context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>decoder</source>
        <translation>Decoder</translation>
    </message>
    <message>
        <source>encoder</source>
        <translation>Encoder</translation>
    </message>
    <message>
        <source>h_%1[%2] of the %3, layer %4</source>
        <translation>h_%1[%2] im %3, Schicht %4</translation>
    </message>
    <message>
        <source>context, layer %1, unit %2: the encoder&apos;s last h, the decoder&apos;s h_0</source>
        <translation>Kontext, Schicht %1, Einheit %2: das letzte h des Encoders, das h_0 des Decoders</translation>
    </message>
    <message>
        <source>x_%1[%2] of the %3 (one-hot)</source>
        <translation>x_%1[%2] im %3 (One-Hot)</translation>
    </message>
    <message>
        <source>p_%1(%2): the probability of this target token</source>
        <translation>p_%1(%2): die Wahrscheinlichkeit dieses Ziel-Tokens</translation>
    </message>
    <message>
        <source>Decoder (decoder) and fc, translating (greedy): its own previous output in</source>
        <translation>Decoder (decoder) und fc, übersetzend (greedy): die eigene vorige Ausgabe als Eingabe</translation>
    </message>
    <message>
        <source>Decoder (decoder) and fc, teacher forcing: the previous target token in</source>
        <translation>Decoder (decoder) und fc, Teacher Forcing: das vorige Ziel-Token als Eingabe</translation>
    </message>
    <message>
        <source>decoder (greedy)</source>
        <translation>Decoder (greedy)</translation>
    </message>
    <message>
        <source>the greedy translation&apos;s output</source>
        <translation>die Ausgabe der Greedy-Übersetzung</translation>
    </message>
    <message>
        <source>the argmax (teacher forcing)</source>
        <translation>das argmax (Teacher Forcing)</translation>
    </message>
    <message>
        <source>y_%1: %2 is %3, the target ✓</source>
        <translation>y_%1: %2 ist %3, das Ziel ✓</translation>
    </message>
    <message>
        <source>y_%1: %2 is %3, the target is %4 ✗</source>
        <translation>y_%1: %2 ist %3, das Ziel ist %4 ✗</translation>
    </message>
    <message>
        <source>y_%1: %2 is %3, past the target&apos;s &lt;eos&gt; ✗</source>
        <translation>y_%1: %2 ist %3, nach dem &lt;eos&gt; des Ziels ✗</translation>
    </message>
</context>
<context>
    <name>rnnlab::WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export figure</source>
        <translation>Abbildung &amp;exportieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <source>Train continuously at the chosen speed (Space)</source>
        <translation>Fortlaufend mit der gewählten Geschwindigkeit trainieren (Leertaste)</translation>
    </message>
    <message>
        <source>Pause training (Space)</source>
        <translation>Training anhalten (Leertaste)</translation>
    </message>
    <message>
        <source>One optimizer step: forward, loss, backward through time, update (Ctrl+→)</source>
        <translation>Ein Optimiererschritt: vorwärts, Verlust, rückwärts durch die Zeit, Update (Ctrl+→)</translation>
    </message>
    <message>
        <source>Back to the initial weights of the seed, step 0 (Ctrl+R)</source>
        <translation>Zurück zu den Anfangsgewichten des Seeds, Schritt 0 (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo weight edit</source>
        <translation>Gewichtsänderung &amp;rückgängig</translation>
    </message>
    <message>
        <source>Take back the last weight set by hand; the weights are bit for bit what they were (Ctrl+Z)</source>
        <translation>Das zuletzt von Hand gesetzte Gewicht zurücknehmen; die Gewichte sind bitgenau wieder wie vorher (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Redo weight edit</source>
        <translation>Gewichtsänderung &amp;wiederholen</translation>
    </message>
    <message>
        <source>&amp;What if W_hh = 0?</source>
        <translation>Was, we&amp;nn W_hh = 0?</translation>
    </message>
    <message>
        <source>Show the network without its memory: the predictions it can still make, and the ones it cannot (training is not affected) (Ctrl+M)</source>
        <translation>Das Netz ohne sein Gedächtnis zeigen: die Vorhersagen, die es noch treffen kann, und die, die es nicht kann (das Training bleibt unberührt) (Ctrl+M)</translation>
    </message>
    <message>
        <source>&amp;Step by hand</source>
        <translation>&amp;Von Hand rechnen</translation>
    </message>
    <message>
        <source>&amp;Later time step</source>
        <translation>&amp;Späterer Zeitschritt</translation>
    </message>
    <message>
        <source>One time step to the right, in the forward walk and back through time: x_t enters, W_xh x_t and W_hh h_{t−1} add up, the activation squashes, y_t picks a character (→)</source>
        <translation>Einen Zeitschritt nach rechts, im Vorwärtsdurchgang und rückwärts durch die Zeit: x_t kommt herein, W_xh x_t und W_hh h_{t−1} addieren sich, die Aktivierung staucht, y_t wählt ein Zeichen (→)</translation>
    </message>
    <message>
        <source>&amp;Earlier time step</source>
        <translation>&amp;Früherer Zeitschritt</translation>
    </message>
    <message>
        <source>One time step to the left, in the forward walk and back through time (←)</source>
        <translation>Einen Zeitschritt nach links, im Vorwärtsdurchgang und rückwärts durch die Zeit (←)</translation>
    </message>
    <message>
        <source>&amp;Next phase</source>
        <translation>&amp;Nächste Phase</translation>
    </message>
    <message>
        <source>One part of the computation further (Shift+→)</source>
        <translation>Einen Teil der Rechnung weiter (Shift+→)</translation>
    </message>
    <message>
        <source>&amp;Previous phase</source>
        <translation>V&amp;orige Phase</translation>
    </message>
    <message>
        <source>One part of the computation back (Shift+←)</source>
        <translation>Einen Teil der Rechnung zurück (Shift+←)</translation>
    </message>
    <message>
        <source>&amp;Back through time</source>
        <translation>&amp;Rückwärts durch die Zeit</translation>
    </message>
    <message>
        <source>The gradient from the last time step back to the first: dL/dh_t and where it fades (B; again: one time step further back)</source>
        <translation>Der Gradient vom letzten Zeitschritt zurück zum ersten: dL/dh_t und wo er verschwindet (B; nochmals: einen Zeitschritt weiter zurück)</translation>
    </message>
    <message>
        <source>&amp;Training step in parts</source>
        <translation>&amp;Trainingsschritt in Teilen</translation>
    </message>
    <message>
        <source>Forward, loss, backward, update — each shown before the next (Ctrl+Shift+→)</source>
        <translation>Vorwärts, Verlust, rückwärts, Update — jedes gezeigt vor dem nächsten (Ctrl+Shift+→)</translation>
    </message>
    <message>
        <source>Lea&amp;ve the walk</source>
        <translation>Durchgang ver&amp;lassen</translation>
    </message>
    <message>
        <source>Show the whole pass again (Esc)</source>
        <translation>Wieder den ganzen Durchlauf zeigen (Esc)</translation>
    </message>
    <message>
        <source>&amp;Walk layer by layer</source>
        <translation>Schicht für Schicht &amp;gehen</translation>
    </message>
    <message>
        <source>Stacked layers: walk layer 1 over all of time, then layer 2 — how PyTorch computes it — instead of every layer at t, then t+1. The numbers are the same either way (L)</source>
        <translation>Gestapelte Schichten: Schicht 1 über die ganze Zeit durchgehen, dann Schicht 2 — wie PyTorch rechnet — statt jede Schicht bei t, dann t+1. Die Zahlen sind in beiden Fällen dieselben (L)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Fold</source>
        <translation>&amp;Falten</translation>
    </message>
    <message>
        <source>Fold the unrolled graph into one cell with its W_hh loop, or unfold it over time (F)</source>
        <translation>Den entfalteten Graphen in eine Zelle mit ihrer W_hh-Schleife falten oder über die Zeit entfalten (F)</translation>
    </message>
    <message>
        <source>Un&amp;fold</source>
        <translation>&amp;Entfalten</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Larger cells, same text size (Ctrl++, or Ctrl+wheel)</source>
        <translation>Größere Zellen, gleiche Schriftgröße (Ctrl++, oder Ctrl+Mausrad)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Smaller cells, down to fit-to-window (Ctrl+−)</source>
        <translation>Kleinere Zellen, bis zur Fenstergröße (Ctrl+−)</translation>
    </message>
    <message>
        <source>Fit to &amp;window</source>
        <translation>An Fenster an&amp;passen</translation>
    </message>
    <message>
        <source>Show the whole graph (Ctrl+0); Ctrl+wheel zooms, dragging pans</source>
        <translation>Den ganzen Graphen zeigen (Ctrl+0); Ctrl+Mausrad zoomt, Ziehen verschiebt</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>P&amp;räsentationsmodus</translation>
    </message>
    <message>
        <source>Full screen, large type, only the graph, the equations and the play controls (F11)</source>
        <translation>Vollbild, große Schrift, nur der Graph, die Gleichungen und die Abspieltasten (F11)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation>&amp;Lektion</translation>
    </message>
    <message>
        <source>&amp;Open the lesson</source>
        <translation>Lektion ö&amp;ffnen</translation>
    </message>
    <message>
        <source>The lecture step by step, with the app set up for each step (F9)</source>
        <translation>Die Vorlesung Schritt für Schritt, mit der App für jeden Schritt eingerichtet (F9)</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>&amp;Nächster Schritt</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>&amp;Voriger Schritt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>rnnlab &amp;Handbook</source>
        <translation>rnnlab-&amp;Handbuch</translation>
    </message>
    <message>
        <source>The tour of the window, the walk by hand and the classroom tools (F1)</source>
        <translation>Der Rundgang durchs Fenster, die Rechnung von Hand und die Werkzeuge für den Unterricht (F1)</translation>
    </message>
    <message>
        <source>&amp;Notation</source>
        <translation>&amp;Notation</translation>
    </message>
    <message>
        <source>The lecture&apos;s symbols, PyTorch&apos;s names and rnnlab&apos;s, side by side</source>
        <translation>Die Symbole der Vorlesung, die Namen in PyTorch und in rnnlab, nebeneinander</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About rnnlab</source>
        <translation>Ü&amp;ber rnnlab</translation>
    </message>
    <message>
        <source>About rnnlab</source>
        <translation>Über rnnlab</translation>
    </message>
    <message>
        <source>&lt;h3&gt;rnnlab %1&lt;/h3&gt;&lt;p&gt;Recurrent neural networks, shown at work.&lt;/p&gt;&lt;p&gt;Its numbers are the ones PyTorch 1.13 computes for the same model: the same initial weights from the same seed and each Adam or SGD step from the same gradients, bit for bit; the forward pass, the losses and the gradients in float32, to its last digits (losses within 10&lt;sup&gt;−6&lt;/sup&gt; over the first ten steps).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;rnnlab %1&lt;/h3&gt;&lt;p&gt;Rekurrente neuronale Netze bei der Arbeit.&lt;/p&gt;&lt;p&gt;Seine Zahlen sind die, die PyTorch 1.13 für dasselbe Modell berechnet: dieselben Anfangsgewichte aus demselben Seed und jeder Adam- oder SGD-Schritt aus denselben Gradienten, bitgenau; Vorwärtsdurchlauf, Verluste und Gradienten in float32, bis auf die letzten Stellen (Verluste auf 10&lt;sup&gt;−6&lt;/sup&gt; genau über die ersten zehn Schritte).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Import series from &amp;CSV…</source>
        <translation>Reihen aus &amp;CSV importieren…</translation>
    </message>
    <message>
        <source>A CSV file&apos;s columns as the features of a time series, in Model and data</source>
        <translation>Die Spalten einer CSV-Datei als Merkmale einer Zeitreihe, in Modell und Daten</translation>
    </message>
    <message>
        <source>Reduce &amp;motion</source>
        <translation>&amp;Bewegung reduzieren</translation>
    </message>
    <message>
        <source>Fold and unfold at once, without the animation; no animated menus or docks. Training and the walk by hand still play, one step at a time</source>
        <translation>Sofort falten und entfalten, ohne Animation; keine animierten Menüs oder Docks. Training und Rechnung von Hand laufen weiter, Schritt für Schritt</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Analyze</name>
    <message>
        <source>--span: &quot;%1&quot; is not a span: give A:B, the time steps A to B − 1 of the first text (0-based), e.g. --span 2:5</source>
        <translation>--span: &quot;%1&quot; ist kein Abschnitt: gib A:B an, die Zeitschritte A bis B − 1 des ersten Texts (ab 0), z. B. --span 2:5</translation>
    </message>
    <message>
        <source>Write what a network remembers as JSON, for one layer (default: the top one):
  influence  [text][t][s], s = 0…t: ‖∂ log softmax(y_t)[target_t] / ∂x_s‖₂, how much each earlier one-hot input x_s drives step t&apos;s log-probability of its target (the engine&apos;s BPTT from that one term; a step without a target, a classifier&apos;s before its last, has an empty row);
  pca        mean [H], components [2][H] (the first two right singular vectors of the centred states, every step of every text as rows; each flipped so that its largest entry is positive), explained_variance_ratio [2], points [rows][2];
  units      values [text][t][H], and with --span the units ranked by |mean inside − mean outside| / pooled standard deviation.

  rnnlab-cli analyze hello.json -o memory.json
  rnnlab-cli analyze SESSION.json --steps 100 --layer 0 --span 2:5 -o memory.json

Exit status: 0 done; 1 a training step was refused or the file could not be written; 2 bad input.</source>
        <translation>Schreibt als JSON, was ein Netz sich merkt, für eine Schicht (Standard: die oberste):
  influence  [text][t][s], s = 0…t: ‖∂ log softmax(y_t)[target_t] / ∂x_s‖₂, wie stark jede frühere One-Hot-Eingabe x_s die Log-Wahrscheinlichkeit des Ziels in Schritt t bestimmt (die BPTT der Engine von diesem einen Term aus; ein Schritt ohne Ziel, bei einem Klassifikator jeder vor dem letzten, hat eine leere Zeile);
  pca        mean [H], components [2][H] (die ersten zwei rechten Singulärvektoren der zentrierten Zustände, jeder Schritt jedes Texts als Zeile; jeder so gespiegelt, dass sein größter Eintrag positiv ist), explained_variance_ratio [2], points [rows][2];
  units      values [text][t][H], und mit --span die Einheiten geordnet nach |Mittel innen − Mittel außen| / gepoolte Standardabweichung.

  rnnlab-cli analyze hello.json -o memory.json
  rnnlab-cli analyze SESSION.json --steps 100 --layer 0 --span 2:5 -o memory.json

Exit-Status: 0 fertig; 1 ein Trainingsschritt wurde abgelehnt oder die Datei konnte nicht geschrieben werden; 2 ungültige Eingabe.</translation>
    </message>
    <message>
        <source>A session file (.rnnlab or .json).</source>
        <translation>Eine Sitzungsdatei (.rnnlab oder .json).</translation>
    </message>
    <message>
        <source>Train this many steps first (default 0: the session&apos;s weights as they are).</source>
        <translation>Erst so viele Schritte trainieren (Standard 0: die Gewichte der Sitzung, wie sie sind).</translation>
    </message>
    <message>
        <source>The layer whose states are analysed, 0 = the bottom (default: the top one). The influence is always of the network&apos;s input.</source>
        <translation>Die Schicht, deren Zustände analysiert werden, 0 = die unterste (Standard: die oberste). Der Einfluss ist immer der der Eingabe des Netzes.</translation>
    </message>
    <message>
        <source>h (default), or c: an LSTM&apos;s cell state.</source>
        <translation>h (Standard) oder c: der Zellzustand eines LSTM.</translation>
    </message>
    <message>
        <source>Rank the units for time steps A to B − 1 of the first text (0-based) against every other step.</source>
        <translation>Die Einheiten für die Zeitschritte A bis B − 1 des ersten Texts (ab 0) gegenüber allen anderen Schritten ordnen.</translation>
    </message>
    <message>
        <source>Write the JSON here (required).</source>
        <translation>Das JSON hierhin schreiben (Pflicht).</translation>
    </message>
    <message>
        <source>--state c: only an LSTM has a cell state c, and this session&apos;s cell is %1: use --state h</source>
        <translation>--state c: nur ein LSTM hat einen Zellzustand c, und die Zelle dieser Sitzung ist %1: nimm --state h</translation>
    </message>
    <message>
        <source>--state: &quot;%1&quot; is neither h (the hidden state) nor c (an LSTM&apos;s cell state)</source>
        <translation>--state: &quot;%1&quot; ist weder h (der verborgene Zustand) noch c (der Zellzustand eines LSTM)</translation>
    </message>
    <message>
        <source>give the file to write with -o OUT.json</source>
        <translation>gib die zu schreibende Datei mit -o OUT.json an</translation>
    </message>
    <message>
        <source>cannot write %1: the analysis holds a number that is not finite (inf or nan), which JSON cannot hold; nothing was written</source>
        <translation>%1 kann nicht geschrieben werden: die Analyse enthält eine nicht endliche Zahl (inf oder nan), die JSON nicht darstellen kann; nichts wurde geschrieben</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Bench</name>
    <message>
        <source>Train as fast as possible on one thread (after a warm-up) and print one JSON object with &quot;steps_per_s&quot; and &quot;ms_per_step&quot;. Without a session: the lecture&apos;s example.

  rnnlab-cli bench
  rnnlab-cli bench ../shared/bench/rnn_tanh_h128_l2_text200.json --seconds 5</source>
        <translation>So schnell wie möglich auf einem Thread trainieren (nach einer Aufwärmphase) und ein JSON-Objekt mit &quot;steps_per_s&quot; und &quot;ms_per_step&quot; ausgeben. Ohne Sitzung: das Beispiel der Vorlesung.

  rnnlab-cli bench
  rnnlab-cli bench ../shared/bench/rnn_tanh_h128_l2_text200.json --seconds 5</translation>
    </message>
    <message>
        <source>How long to measure (default 3).</source>
        <translation>Wie lange gemessen wird (Standard 3).</translation>
    </message>
    <message>
        <source>Seconds of training before measuring (default 0.5).</source>
        <translation>Sekunden Training vor dem Messen (Standard 0.5).</translation>
    </message>
    <message>
        <source>--%1: %2 is out of range: it must be between 0 and 3600</source>
        <translation>--%1: %2 liegt außerhalb des Bereichs: der Wert muss zwischen 0 und 3600 liegen</translation>
    </message>
    <message>
        <source>--seconds: must be more than 0</source>
        <translation>--seconds: muss größer als 0 sein</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Check</name>
    <message>
        <source>Validate a session and describe it; exit status 2 with a message per problem when it is not valid.</source>
        <translation>Eine Sitzung prüfen und beschreiben; Exit-Status 2 mit einer Meldung pro Problem, wenn sie ungültig ist.</translation>
    </message>
    <message numerus="yes">
        <source>model: %1, hidden size %2, %3, %4; %n parameters</source>
        <extracomment>%1 the cell (rnn_tanh, lstm, …), %2 the hidden size, %3 &quot;1 layer&quot; or &quot;2 layers&quot;, %4 &quot;with an output layer&quot; or &quot;no output layer&quot;, %n the parameters.</extracomment>
        <translation>
            <numerusform>Modell: %1, Größe des verborgenen Zustands %2, %3, %4; %n Parameter</numerusform>
            <numerusform>Modell: %1, Größe des verborgenen Zustands %2, %3, %4; %n Parameter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>source vocabulary: %1 (%n characters); target tokens: &lt;sos&gt;, &lt;eos&gt;, %2 (%3)</source>
        <extracomment>%1 the source characters, %n how many; %2 the target characters, %3 how many tokens in all.</extracomment>
        <translation>
            <numerusform>Quellvokabular: %1 (%n Zeichen); Ziel-Tokens: &lt;sos&gt;, &lt;eos&gt;, %2 (%3)</numerusform>
            <numerusform>Quellvokabular: %1 (%n Zeichen); Ziel-Tokens: &lt;sos&gt;, &lt;eos&gt;, %2 (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>data: %n pairs (translate: an encoder–decoder, CrossEntropyLoss over every decoder step)</source>
        <translation>
            <numerusform>Daten: %n Paar (translate: ein Encoder–Decoder, CrossEntropyLoss über jeden Decoderschritt)</numerusform>
            <numerusform>Daten: %n Paare (translate: ein Encoder–Decoder, CrossEntropyLoss über jeden Decoderschritt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>vocabulary: %1 (%n characters)</source>
        <translation>
            <numerusform>Vokabular: %1 (%n Zeichen)</numerusform>
            <numerusform>Vokabular: %1 (%n Zeichen)</numerusform>
        </translation>
    </message>
    <message>
        <source>data: %1 series of %2, %3 time steps in all (forecast: the next value, MSELoss); %4 test series</source>
        <extracomment>%1 how many series, %2 &quot;1 feature&quot; or &quot;3 features&quot;, %3 the time steps, %4 how many test series.</extracomment>
        <translation>Daten: %1 Reihe(n), %2, insgesamt %3 Zeitschritte (forecast: der nächste Wert, MSELoss); %4 Testreihe(n)</translation>
    </message>
    <message>
        <source>1 feature</source>
        <translation>1 Merkmal</translation>
    </message>
    <message numerus="yes">
        <source>%n features</source>
        <translation>
            <numerusform>%n Merkmal</numerusform>
            <numerusform>%n Merkmale</numerusform>
        </translation>
    </message>
    <message>
        <source>data: %1, %2 time steps in all, one label each (classify) from %3 classes: %4</source>
        <extracomment>%1 &quot;1 text&quot; or &quot;3 texts&quot;, %2 the time steps, %3 how many classes, %4 the classes&apos; names.</extracomment>
        <translation>Daten: %1, insgesamt %2 Zeitschritte, je ein Label (classify) aus %3 Klassen: %4</translation>
    </message>
    <message>
        <source>data: %1, %2 time steps in all</source>
        <extracomment>%1 &quot;1 text&quot; or &quot;3 texts&quot;, %2 the time steps.</extracomment>
        <translation>Daten: %1, insgesamt %2 Zeitschritte</translation>
    </message>
    <message>
        <source>no clipping</source>
        <translation>ohne Clipping</translation>
    </message>
    <message numerus="yes">
        <source>training: %1, %2, seed %3, %n steps</source>
        <extracomment>%1 the optimizer and its settings (&quot;adam lr 0.01&quot;), %2 &quot;clip_grad_norm 1&quot; or &quot;no clipping&quot;, %3 the seed, %n the session&apos;s training steps.</extracomment>
        <translation>
            <numerusform>Training: %1, %2, Seed %3, %n Schritt</numerusform>
            <numerusform>Training: %1, %2, Seed %3, %n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>weights: from the file</source>
        <translation>Gewichte: aus der Datei</translation>
    </message>
    <message>
        <source>weights: initialized from the seed</source>
        <translation>Gewichte: aus dem Seed initialisiert</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Common</name>
    <message>
        <source>1 layer</source>
        <translation>1 Schicht</translation>
    </message>
    <message numerus="yes">
        <source>%n layers</source>
        <translation>
            <numerusform>%n Schicht</numerusform>
            <numerusform>%n Schichten</numerusform>
        </translation>
    </message>
    <message>
        <source>1 text</source>
        <translation>1 Text</translation>
    </message>
    <message numerus="yes">
        <source>%n texts</source>
        <translation>
            <numerusform>%n Text</numerusform>
            <numerusform>%n Texte</numerusform>
        </translation>
    </message>
    <message>
        <source>with an output layer</source>
        <translation>mit Ausgabeschicht</translation>
    </message>
    <message>
        <source>no output layer</source>
        <translation>ohne Ausgabeschicht</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a whole number</source>
        <translation>--%1: &quot;%2&quot; ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>--%1: %2 is out of range: it must be between %3 and %4</source>
        <translation>--%1: %2 liegt außerhalb des Bereichs: der Wert muss zwischen %3 und %4 liegen</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a finite number</source>
        <translation>--%1: &quot;%2&quot; ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>--%1: the file name is empty: give the file to write</source>
        <translation>--%1: der Dateiname ist leer: gib die zu schreibende Datei an</translation>
    </message>
    <message>
        <source>give the session file to write: -o OUT.json</source>
        <translation>gib die zu schreibende Sitzungsdatei an: -o OUT.json</translation>
    </message>
    <message>
        <source>%1 exists: choose another name with -o, or --force to replace it</source>
        <translation>%1 existiert bereits: wähle mit -o einen anderen Namen oder ersetze die Datei mit --force</translation>
    </message>
    <message>
        <source>%1 (see %2 --help)</source>
        <translation>%1 (siehe %2 --help)</translation>
    </message>
    <message>
        <source>A session file (.json).</source>
        <translation>Eine Sitzungsdatei (.json).</translation>
    </message>
    <message>
        <source>A training text instead of a session file (repeat for several texts); the lecture&apos;s settings apply unless overridden.</source>
        <translation>Ein Trainingstext statt einer Sitzungsdatei (wiederholen für mehrere Texte); es gelten die Einstellungen der Vorlesung, sofern nicht überschrieben.</translation>
    </message>
    <message>
        <source>With --text: the class of that text (repeat, one per --text, in order); makes it a many-to-one classifier (task &quot;classify&quot;).</source>
        <translation>Mit --text: die Klasse dieses Texts (wiederholen, eine pro --text, in Reihenfolge); macht daraus einen many-to-one-Klassifikator (Aufgabe &quot;classify&quot;).</translation>
    </message>
    <message>
        <source>Hidden units (with --text, default: the vocabulary size).</source>
        <translation>Verborgene Einheiten (mit --text, Standard: die Vokabulargröße).</translation>
    </message>
    <message>
        <source>rnn_tanh, rnn_relu, lstm or gru.</source>
        <translation>rnn_tanh, rnn_relu, lstm oder gru.</translation>
    </message>
    <message>
        <source>Stacked layers, 1-8.</source>
        <translation>Gestapelte Schichten, 1-8.</translation>
    </message>
    <message>
        <source>Add nn.Linear(H, V) on the top layer: on or off.</source>
        <translation>nn.Linear(H, V) auf der obersten Schicht hinzufügen: on oder off.</translation>
    </message>
    <message>
        <source>adam or sgd.</source>
        <translation>adam oder sgd.</translation>
    </message>
    <message>
        <source>Learning rate.</source>
        <translation>Lernrate.</translation>
    </message>
    <message>
        <source>SGD momentum.</source>
        <translation>Momentum von SGD.</translation>
    </message>
    <message>
        <source>clip_grad_norm_ limit, or &quot;none&quot;.</source>
        <translation>Grenze für clip_grad_norm_, oder &quot;none&quot;.</translation>
    </message>
    <message>
        <source>torch.manual_seed for the initial weights.</source>
        <translation>torch.manual_seed für die Anfangsgewichte.</translation>
    </message>
    <message>
        <source>--cell: &quot;%1&quot; is not a cell type: use rnn_tanh, rnn_relu, lstm or gru</source>
        <translation>--cell: &quot;%1&quot; ist kein Zelltyp: nimm rnn_tanh, rnn_relu, lstm oder gru</translation>
    </message>
    <message>
        <source>--output-layer: &quot;%1&quot; is neither on nor off</source>
        <translation>--output-layer: &quot;%1&quot; ist weder on noch off</translation>
    </message>
    <message>
        <source>--optimizer: &quot;%1&quot; is not an optimizer: use adam or sgd</source>
        <translation>--optimizer: &quot;%1&quot; ist kein Optimierer: nimm adam oder sgd</translation>
    </message>
    <message>
        <source>give one session file, not %1 (%2)</source>
        <translation>gib eine Sitzungsdatei an, nicht %1 (%2)</translation>
    </message>
    <message>
        <source>give a session file or --text, not both</source>
        <translation>gib eine Sitzungsdatei oder --text an, nicht beides</translation>
    </message>
    <message>
        <source>give a session file (SESSION.json) or a text (--text hello); see --help</source>
        <translation>gib eine Sitzungsdatei (SESSION.json) oder einen Text (--text hello) an; siehe --help</translation>
    </message>
    <message>
        <source>--label goes with --text; a session file gives its labels in data.labels</source>
        <translation>--label gehört zu --text; eine Sitzungsdatei gibt ihre Labels in data.labels an</translation>
    </message>
    <message>
        <source>note: momentum %1 is ignored: it applies to sgd; Adam&apos;s betas are (0.9, 0.999)</source>
        <translation>Hinweis: Momentum %1 wird ignoriert: es gilt für sgd; die betas von Adam sind (0.9, 0.999)</translation>
    </message>
    <message>
        <source> (on the command line: --output-layer on, or --hidden-size %1)</source>
        <extracomment>After &quot;… or set model.output_layer to true&quot;; %1 the hidden size the data needs.</extracomment>
        <translation> (auf der Kommandozeile: --output-layer on oder --hidden-size %1)</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Compare</name>
    <message>
        <source>Train two or three sessions side by side — each its own model (cell, layers, hidden size, output layer, seed), all on the same texts with the same optimizer settings — and print compare mode&apos;s summary table: parameters, the step, its loss, the first step at which every prediction was right, the time per step and the steps per second. The losses and steps are exactly what `rnnlab-cli train SESSION --steps N` prints for each session.

  rnnlab-cli compare one-layer.json two-layers.json --steps 30
  rnnlab-cli compare --preset cells

Exit status: 0 done; 1 a model&apos;s step was refused (the table shows where it stopped); 2 bad input (the sessions do not share texts or optimizer settings, or an option is wrong).</source>
        <translation>Zwei oder drei Sitzungen nebeneinander trainieren — jede mit eigenem Modell (Zelle, Schichten, Größe des verborgenen Zustands, Ausgabeschicht, Seed), alle auf denselben Texten mit denselben Optimierer-Einstellungen — und die Übersichtstabelle des Vergleichsmodus ausgeben: Parameter, der Schritt, sein Verlust, der erste Schritt, in dem jede Vorhersage richtig war, die Zeit pro Schritt und die Schritte pro Sekunde. Verluste und Schritte sind genau das, was `rnnlab-cli train SESSION --steps N` für jede Sitzung ausgibt.

  rnnlab-cli compare one-layer.json two-layers.json --steps 30
  rnnlab-cli compare --preset cells

Exit-Status: 0 fertig; 1 der Schritt eines Modells wurde abgelehnt (die Tabelle zeigt, wo es stehen blieb); 2 ungültige Eingabe (die Sitzungen haben nicht dieselben Texte oder Optimierer-Einstellungen, oder eine Option ist falsch).</translation>
    </message>
    <message>
        <source>Two or three session files (.json).</source>
        <translation>Zwei oder drei Sitzungsdateien (.json).</translation>
    </message>
    <message>
        <source>Training steps for every model (default: the sessions&apos; &quot;steps&quot;, which must then agree).</source>
        <translation>Trainingsschritte für jedes Modell (Standard: die &quot;steps&quot; der Sitzungen, die dann übereinstimmen müssen).</translation>
    </message>
    <message>
        <source>Instead of session files: &quot;layers&quot; (1 layer vs 2 layers on hello) or &quot;cells&quot; (rnn_tanh vs lstm vs gru on a 40-character text).</source>
        <translation>Statt Sitzungsdateien: &quot;layers&quot; (1 Schicht gegen 2 Schichten auf hello) oder &quot;cells&quot; (rnn_tanh gegen lstm gegen gru auf einem Text mit 40 Zeichen).</translation>
    </message>
    <message>
        <source>give session files or --preset, not both</source>
        <translation>gib Sitzungsdateien oder --preset an, nicht beides</translation>
    </message>
    <message>
        <source>--preset: &quot;%1&quot; is not a preset: use layers or cells</source>
        <translation>--preset: &quot;%1&quot; ist keine Vorlage: nimm layers oder cells</translation>
    </message>
    <message>
        <source>give two or three session files to compare, not %1 (see rnnlab-cli compare --help)</source>
        <translation>gib zwei oder drei Sitzungsdateien zum Vergleichen an, nicht %1 (siehe rnnlab-cli compare --help)</translation>
    </message>
    <message>
        <source>cannot compare these sessions</source>
        <translation>diese Sitzungen lassen sich nicht vergleichen</translation>
    </message>
    <message>
        <source>training.steps differs between the sessions (%1): give the number of steps to compare with --steps N</source>
        <translation>training.steps unterscheidet sich zwischen den Sitzungen (%1): gib die Zahl der Schritte zum Vergleichen mit --steps N an</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::ExportPytorch</name>
    <message>
        <source>Write the PyTorch script that builds and trains exactly this session&apos;s model, with its weights and optimizer state loaded: `python3 train.py --steps N` (PyTorch 1.13) continues training where the session stopped and prints the lines `rnnlab-cli train SESSION --steps N` prints.

  rnnlab-cli train --text hello --steps 5 --save hello.rnnlab
  rnnlab-cli export-pytorch hello.rnnlab -o train.py
  /usr/bin/python3 train.py --steps 20</source>
        <translation>Das PyTorch-Skript schreiben, das genau das Modell dieser Sitzung aufbaut und trainiert, mit geladenen Gewichten und Optimiererzustand: `python3 train.py --steps N` (PyTorch 1.13) trainiert dort weiter, wo die Sitzung aufhörte, und gibt die Zeilen aus, die `rnnlab-cli train SESSION --steps N` ausgibt.

  rnnlab-cli train --text hello --steps 5 --save hello.rnnlab
  rnnlab-cli export-pytorch hello.rnnlab -o train.py
  /usr/bin/python3 train.py --steps 20</translation>
    </message>
    <message>
        <source>A session file (.rnnlab or .json).</source>
        <translation>Eine Sitzungsdatei (.rnnlab oder .json).</translation>
    </message>
    <message>
        <source>Write the script here (default: standard output).</source>
        <translation>Das Skript hierhin schreiben (Standard: Standardausgabe).</translation>
    </message>
    <message>
        <source>wrote %1 (continues from step %2: python3 %3 --steps N)</source>
        <translation>%1 geschrieben (setzt bei Schritt %2 fort: python3 %3 --steps N)</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Generate</name>
    <message>
        <source>--prime, --temperature and --sample-seed are for texts: a forecast starts from the end of a series (--series K) and feeds back each predicted value</source>
        <translation>--prime, --temperature und --sample-seed sind für Texte: eine Prognose beginnt am Ende einer Reihe (--series K) und führt jeden vorhergesagten Wert zurück</translation>
    </message>
    <message>
        <source>A session file (.json), usually one written by train --save.</source>
        <translation>Eine Sitzungsdatei (.json), meist eine von train --save geschriebene.</translation>
    </message>
    <message>
        <source>Train this many steps first (default 0: use the weights as they are).</source>
        <translation>Erst so viele Schritte trainieren (Standard 0: die Gewichte so nehmen, wie sie sind).</translation>
    </message>
    <message>
        <source>this session is a classifier (task &quot;classify&quot;): it predicts one label per text, not the next character, so it cannot continue a prime; use rnnlab-cli train to see its predictions</source>
        <translation>diese Sitzung ist ein Klassifikator (Aufgabe &quot;classify&quot;): sie sagt ein Label pro Text vorher, nicht das nächste Zeichen, und kann daher keinen Anfangstext fortsetzen; nimm rnnlab-cli train, um ihre Vorhersagen zu sehen</translation>
    </message>
    <message>
        <source>note: %1 holds untrained weights (step 0): train it with rnnlab-cli train %1 --save %1 first, or give --steps N</source>
        <extracomment>%1 the session file as typed.</extracomment>
        <translation>Hinweis: %1 enthält untrainierte Gewichte (Schritt 0): trainiere die Datei zuerst mit rnnlab-cli train %1 --save %1 oder gib --steps N an</translation>
    </message>
    <message numerus="yes">
        <source>--series %1: this session has %n series (1 … %n)</source>
        <extracomment>%1 the number typed; %n how many series the session has (the last number allowed).</extracomment>
        <translation>
            <numerusform>--series %1: diese Sitzung hat %n Reihe (1 … %n)</numerusform>
            <numerusform>--series %1: diese Sitzung hat %n Reihen (1 … %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>--series %1: this session has %2 training and %3 test series (1 … %4: the test series after the training series)</source>
        <extracomment>%1 the number typed, %2 the training series, %3 the test series, %4 their sum.</extracomment>
        <translation>--series %1: diese Sitzung hat %2 Trainings- und %3 Testreihen (1 … %4: die Testreihen nach den Trainingsreihen)</translation>
    </message>
    <message>
        <source>Run a session&apos;s network and print what it makes, as its task does:
  text (next character): feed PRIME through the network, then print it followed by LENGTH characters, the most probable next character each time or one sampled at --temperature;
  time series (forecast): run over series K, then feed each predicted value back as the next input and print LENGTH predicted points, one per line (the free-running forecast);
  translation (translate): print each pair&apos;s source (or PRIME) and its greedy translation, one per line.
The weights are the file&apos;s: train it with train --save first (or give --steps N).

  rnnlab-cli train --text hello --steps 50 --save hello.json
  rnnlab-cli generate hello.json --prime h --length 4
  rnnlab-cli train sine.json --steps 200 --save sine.json
  rnnlab-cli generate sine.json --length 40
  rnnlab-cli generate reverse-words.json --steps 300 --prime hello</source>
        <translation>Das Netz einer Sitzung ausführen und ausgeben, was es erzeugt, je nach Aufgabe:
  Text (nächstes Zeichen): PRIME durch das Netz schicken, dann PRIME ausgeben, gefolgt von LENGTH Zeichen, jeweils das wahrscheinlichste nächste Zeichen oder eines, das mit --temperature gezogen wird;
  Zeitreihe (forecast): über Reihe K laufen, dann jeden vorhergesagten Wert als nächste Eingabe zurückführen und LENGTH vorhergesagte Punkte ausgeben, einen pro Zeile (die frei laufende Prognose);
  Übersetzung (translate): für jedes Paar die Quelle (oder PRIME) und ihre Greedy-Übersetzung ausgeben, ein Paar pro Zeile.
Die Gewichte sind die der Datei: trainiere sie zuerst mit train --save (oder gib --steps N an).

  rnnlab-cli train --text hello --steps 50 --save hello.json
  rnnlab-cli generate hello.json --prime h --length 4
  rnnlab-cli train sine.json --steps 200 --save sine.json
  rnnlab-cli generate sine.json --length 40
  rnnlab-cli generate reverse-words.json --steps 300 --prime hello</translation>
    </message>
    <message>
        <source>Text: the characters to start from (default: the first text&apos;s first). Translation: a source to translate instead of the pairs&apos;.</source>
        <translation>Text: die Zeichen, mit denen es beginnt (Standard: das erste Zeichen des ersten Texts). Übersetzung: eine Quelle, die statt der Paare übersetzt wird.</translation>
    </message>
    <message>
        <source>Text: the characters to generate; time series: the points to predict (at least 1, default 20).</source>
        <translation>Text: die zu erzeugenden Zeichen; Zeitreihe: die vorherzusagenden Punkte (mindestens 1, Standard 20).</translation>
    </message>
    <message>
        <source>Text: sample from softmax(logits / T) instead of taking the most probable character.</source>
        <translation>Text: aus softmax(logits / T) ziehen, statt das wahrscheinlichste Zeichen zu nehmen.</translation>
    </message>
    <message>
        <source>Text: the seed of the sampling (default 0).</source>
        <translation>Text: der Seed für das Ziehen (Standard 0).</translation>
    </message>
    <message>
        <source>Time series: the series to continue, counted from 1 as the window counts them: the training series, then the test series (default 1).</source>
        <translation>Zeitreihe: die fortzusetzende Reihe, ab 1 gezählt wie im Fenster: erst die Trainingsreihen, dann die Testreihen (Standard 1).</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::ImportPytorch</name>
    <message>
        <source>Turn a model trained in PyTorch into an rnnlab session: STATE.json is what save_state_dict_json() writes (the helper in every script export-pytorch generates), with the model&apos;s weights and, when saved, the optimizer&apos;s state, so that rnnlab shows the model and trains it on from where PyTorch stopped.

  python3 train.py --steps 100 --save-state state.json
  rnnlab-cli import-pytorch state.json -o trained.rnnlab
  rnnlab trained.rnnlab

MODEL.pt is what torch.save(model.state_dict(), &quot;model.pt&quot;) writes for your own model: one nn.RNN, nn.LSTM or nn.GRU, then optionally one nn.Linear, under any names. It holds only weights: give the texts (--text), the one-hot order (--vocabulary) and, for an nn.RNN, --cell.

  rnnlab-cli import-pytorch model.pt --text &quot;hello world&quot; --vocabulary &quot; dehlorw&quot; --cell rnn_tanh</source>
        <translation>Ein in PyTorch trainiertes Modell in eine rnnlab-Sitzung umwandeln: STATE.json schreibt save_state_dict_json() (die Hilfsfunktion in jedem Skript, das export-pytorch erzeugt), mit den Gewichten des Modells und, falls gespeichert, dem Zustand des Optimierers, sodass rnnlab das Modell zeigt und dort weitertrainiert, wo PyTorch aufhörte.

  python3 train.py --steps 100 --save-state state.json
  rnnlab-cli import-pytorch state.json -o trained.rnnlab
  rnnlab trained.rnnlab

MODEL.pt schreibt torch.save(model.state_dict(), &quot;model.pt&quot;) für ein eigenes Modell: ein nn.RNN, nn.LSTM oder nn.GRU, dann optional ein nn.Linear, unter beliebigen Namen. Es enthält nur Gewichte: gib die Texte (--text), die One-Hot-Reihenfolge (--vocabulary) und, bei einem nn.RNN, --cell an.

  rnnlab-cli import-pytorch model.pt --text &quot;hello world&quot; --vocabulary &quot; dehlorw&quot; --cell rnn_tanh</translation>
    </message>
    <message>
        <source>The saved state (JSON), or a state_dict saved by torch.save (.pt).</source>
        <translation>Der gespeicherte Zustand (JSON) oder ein mit torch.save gespeichertes state_dict (.pt).</translation>
    </message>
    <message>
        <source>The session file to write (default: STATE.rnnlab beside STATE.json). An existing file is not replaced unless --force is given.</source>
        <translation>Die zu schreibende Sitzungsdatei (Standard: STATE.rnnlab neben STATE.json). Eine vorhandene Datei wird nur mit --force ersetzt.</translation>
    </message>
    <message>
        <source>A training text (repeat for several), when the file has none or to replace its own.</source>
        <translation>Ein Trainingstext (wiederholen für mehrere), wenn die Datei keinen hat oder um ihre eigenen zu ersetzen.</translation>
    </message>
    <message>
        <source>MODEL.pt: the characters in the order of the model&apos;s one-hot inputs (default: the texts&apos; characters in order of first appearance).</source>
        <translation>MODEL.pt: die Zeichen in der Reihenfolge der One-Hot-Eingaben des Modells (Standard: die Zeichen der Texte in der Reihenfolge ihres ersten Auftretens).</translation>
    </message>
    <message>
        <source>MODEL.pt of an nn.RNN: rnn_tanh or rnn_relu (a state_dict does not record which); LSTM and GRU are told by their shapes.</source>
        <translation>MODEL.pt eines nn.RNN: rnn_tanh oder rnn_relu (ein state_dict hält das nicht fest); LSTM und GRU erkennt man an ihren Formen.</translation>
    </message>
    <message>
        <source>Replace OUT if it exists.</source>
        <translation>OUT ersetzen, falls vorhanden.</translation>
    </message>
    <message>
        <source>give one STATE.json (written by save_state_dict_json) or MODEL.pt (torch.save); see --help</source>
        <translation>gib eine STATE.json (von save_state_dict_json geschrieben) oder MODEL.pt (torch.save) an; siehe --help</translation>
    </message>
    <message>
        <source>--cell: &quot;%1&quot; is not a cell: use rnn_tanh, rnn_relu, lstm or gru</source>
        <translation>--cell: &quot;%1&quot; ist keine Zelle: nimm rnn_tanh, rnn_relu, lstm oder gru</translation>
    </message>
    <message>
        <source>--vocabulary and --cell are for a .pt file; a JSON state names its own</source>
        <translation>--vocabulary und --cell sind für eine .pt-Datei; ein JSON-Zustand nennt seine eigenen</translation>
    </message>
    <message>
        <source>--text TEXT (once per text)</source>
        <translation>--text TEXT (einmal pro Text)</translation>
    </message>
    <message>
        <source>give %1</source>
        <translation>gib %1 an</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>%1 exists: choose another name with -o, or --force to replace it</source>
        <translation>%1 existiert bereits: wähle mit -o einen anderen Namen oder ersetze die Datei mit --force</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1: %2, hidden size %3, %4, %5, %6, after %n steps</source>
        <extracomment>%1 the file, %2 the cell (rnn_tanh, lstm, …), %3 the hidden size, %4 &quot;1 layer&quot; or &quot;2 layers&quot;, %5 &quot;with an output layer&quot; or &quot;no output layer&quot;, %6 the optimizer (adam, sgd), %n the steps.</extracomment>
        <translation>
            <numerusform>%1 geschrieben: %2, Größe des verborgenen Zustands %3, %4, %5, %6, nach %n Schritt</numerusform>
            <numerusform>%1 geschrieben: %2, Größe des verborgenen Zustands %3, %4, %5, %6, nach %n Schritten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Main</name>
    <message>
        <source>Train a session (or --text TEXT) and print one line per step</source>
        <translation>Eine Sitzung (oder --text TEXT) trainieren und eine Zeile pro Schritt ausgeben</translation>
    </message>
    <message>
        <source>Continue a prime string with a session&apos;s weights</source>
        <translation>Einen Anfangstext mit den Gewichten einer Sitzung fortsetzen</translation>
    </message>
    <message>
        <source>Measure training speed (steps per second) as JSON</source>
        <translation>Trainingsgeschwindigkeit (Schritte pro Sekunde) als JSON messen</translation>
    </message>
    <message>
        <source>Validate a session file and describe it</source>
        <translation>Eine Sitzungsdatei prüfen und beschreiben</translation>
    </message>
    <message>
        <source>Train two or three sessions side by side and print a summary table</source>
        <translation>Zwei oder drei Sitzungen nebeneinander trainieren und eine Übersichtstabelle ausgeben</translation>
    </message>
    <message>
        <source>Write the PyTorch script that continues training a session</source>
        <translation>Das PyTorch-Skript schreiben, das das Training einer Sitzung fortsetzt</translation>
    </message>
    <message>
        <source>Turn a state saved by that script&apos;s helper into a session</source>
        <translation>Einen von der Hilfsfunktion dieses Skripts gespeicherten Zustand in eine Sitzung umwandeln</translation>
    </message>
    <message>
        <source>Write what a network remembers (influence, PCA, units) as JSON</source>
        <translation>Als JSON schreiben, was ein Netz sich merkt (Einfluss, PCA, Einheiten)</translation>
    </message>
    <message>
        <source>Train for a long run, watching memory, NaNs and step time</source>
        <translation>Lange trainieren und dabei Speicher, NaNs und Schrittzeit beobachten</translation>
    </message>
    <message>
        <source>Write a time-series session from a generated wave (sine, square, ...)</source>
        <translation>Eine Zeitreihen-Sitzung aus einer erzeugten Welle schreiben (Sinus, Rechteck, ...)</translation>
    </message>
    <message>
        <source>Write a translation session from a file of source&lt;Tab&gt;target pairs</source>
        <translation>Eine Übersetzungssitzung aus einer Datei mit Paaren Quelle&lt;Tab&gt;Ziel schreiben</translation>
    </message>
    <message>
        <source>Usage: rnnlab-cli &lt;command&gt; [options]</source>
        <translation>Aufruf: rnnlab-cli &lt;Befehl&gt; [Optionen]</translation>
    </message>
    <message>
        <source>rnnlab&apos;s engine without the window: the numbers are PyTorch 1.13&apos;s.</source>
        <translation>Die Engine von rnnlab ohne Fenster: die Zahlen sind die von PyTorch 1.13.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>the lecture&apos;s example</source>
        <translation>das Beispiel der Vorlesung</translation>
    </message>
    <message>
        <source>a command&apos;s options</source>
        <translation>die Optionen eines Befehls</translation>
    </message>
    <message>
        <source>Every command takes --language CODE (%1); without it, the
window&apos;s View &gt; Language, else the system&apos;s. Numbers stay in the C locale.</source>
        <translation>Jeder Befehl nimmt --language CODE (%1); ohne die Option gilt die Sprache
von Ansicht &gt; Sprache im Fenster, sonst die des Systems. Zahlen bleiben im C-Locale.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>The end of a list: &quot;train, generate, … and soak&quot; (%1: all but the last, %2: the last).</extracomment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>--language needs a value: %1</source>
        <translation>--language braucht einen Wert: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command; the commands are %2 (see rnnlab-cli --help)</source>
        <translation>&quot;%1&quot; ist kein Befehl; die Befehle sind %2 (siehe rnnlab-cli --help)</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::NewForecast</name>
    <message>
        <source>The session file to write.</source>
        <translation>Die zu schreibende Sitzungsdatei.</translation>
    </message>
    <message>
        <source>sine (default), square, sawtooth, triangle or two_sines.</source>
        <translation>sine (Standard), square, sawtooth, triangle oder two_sines.</translation>
    </message>
    <message>
        <source>Time steps per period (default 20).</source>
        <translation>Zeitschritte pro Periode (Standard 20).</translation>
    </message>
    <message>
        <source>Default 1.</source>
        <translation>Standard 1.</translation>
    </message>
    <message>
        <source>Radians (default 0).</source>
        <translation>Radiant (Standard 0).</translation>
    </message>
    <message>
        <source>Points (default 100).</source>
        <translation>Punkte (Standard 100).</translation>
    </message>
    <message>
        <source>two_sines: the second sine&apos;s period (default 7).</source>
        <translation>two_sines: die Periode des zweiten Sinus (Standard 7).</translation>
    </message>
    <message>
        <source>two_sines: its amplitude (default 0.5).</source>
        <translation>two_sines: seine Amplitude (Standard 0.5).</translation>
    </message>
    <message>
        <source>Standard deviation of Gaussian noise (default 0).</source>
        <translation>Standardabweichung des gaußschen Rauschens (Standard 0).</translation>
    </message>
    <message>
        <source>Seed of the noise (default 0).</source>
        <translation>Seed des Rauschens (Standard 0).</translation>
    </message>
    <message>
        <source>rnn_tanh, rnn_relu, lstm (default) or gru.</source>
        <translation>rnn_tanh, rnn_relu, lstm (Standard) oder gru.</translation>
    </message>
    <message>
        <source>Hidden units (default 16).</source>
        <translation>Verborgene Einheiten (Standard 16).</translation>
    </message>
    <message>
        <source>Stacked layers (default 1).</source>
        <translation>Gestapelte Schichten (Standard 1).</translation>
    </message>
    <message>
        <source>Replace OUT if it exists.</source>
        <translation>OUT ersetzen, falls vorhanden.</translation>
    </message>
    <message>
        <source>--wave: &quot;%1&quot; is not a wave: use sine, square, sawtooth, triangle or two_sines</source>
        <translation>--wave: &quot;%1&quot; ist keine Welle: nimm sine, square, sawtooth, triangle oder two_sines</translation>
    </message>
    <message>
        <source>--cell: &quot;%1&quot; is not a cell type: use rnn_tanh, rnn_relu, lstm or gru</source>
        <translation>--cell: &quot;%1&quot; ist kein Zelltyp: nimm rnn_tanh, rnn_relu, lstm oder gru</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not KIND:AT[:LENGTH[:SIZE]] with KIND spike, level_shift or flat (e.g. spike:61:1:3)</source>
        <translation>--%1: &quot;%2&quot; ist nicht KIND:AT[:LENGTH[:SIZE]] mit KIND spike, level_shift oder flat (z. B. spike:61:1:3)</translation>
    </message>
    <message>
        <source>--%1 %2: the point %3 is outside the series (1 … %4): AT counts from 1, as the window counts</source>
        <extracomment>%1 the option, %2 its value as typed (spike:500), %3 the point, %4 the series&apos; length.</extracomment>
        <translation>--%1 %2: der Punkt %3 liegt außerhalb der Reihe (1 … %4): AT zählt ab 1, wie im Fenster</translation>
    </message>
    <message>
        <source>--%1 %2: the point %3 is outside the series (%4 … %5)</source>
        <extracomment>%1 the option, %2 its value as typed (spike:500), %3 the point, %4 … %5 the points of the series.</extracomment>
        <translation>--%1 %2: der Punkt %3 liegt außerhalb der Reihe (%4 … %5)</translation>
    </message>
    <message>
        <source>Write a time-series session (task &quot;forecast&quot;): a wave from the signal generator as its training series (and, with --test-anomaly, the same wave with an anomaly as its test series), an LSTM with Linear(H, 1) and MSELoss. The numbers are stored in the session; the generator is recorded beside them.

  rnnlab-cli new-forecast --wave sine --period 20 --length 120 --test-anomaly spike:71:1:2 -o sine.json
  rnnlab-cli train sine.json --steps 200 --save sine.json
  rnnlab-cli generate sine.json --length 40

train changes its file only with --save: without it, generate would use the untrained weights.</source>
        <translation>Eine Zeitreihen-Sitzung schreiben (Aufgabe &quot;forecast&quot;): eine Welle aus dem Signalgenerator als Trainingsreihe (und mit --test-anomaly dieselbe Welle mit einer Anomalie als Testreihe), ein LSTM mit Linear(H, 1) und MSELoss. Die Zahlen werden in der Sitzung gespeichert; der Generator wird daneben festgehalten.

  rnnlab-cli new-forecast --wave sine --period 20 --length 120 --test-anomaly spike:71:1:2 -o sine.json
  rnnlab-cli train sine.json --steps 200 --save sine.json
  rnnlab-cli generate sine.json --length 40

train ändert seine Datei nur mit --save: ohne die Option würde generate die untrainierten Gewichte verwenden.</translation>
    </message>
    <message>
        <source>An anomaly in the training series: KIND:AT[:LENGTH[:SIZE]], AT the point counted from 1 (as the window&apos;s time axis; e.g. spike:71:1:2).</source>
        <translation>Eine Anomalie in der Trainingsreihe: KIND:AT[:LENGTH[:SIZE]], AT der Punkt, ab 1 gezählt (wie auf der Zeitachse des Fensters; z. B. spike:71:1:2).</translation>
    </message>
    <message>
        <source>Add a test series: the same wave with this anomaly (e.g. spike:71:1:2: a spike of 2 at point 71, counted from 1).</source>
        <translation>Eine Testreihe hinzufügen: dieselbe Welle mit dieser Anomalie (z. B. spike:71:1:2: ein Ausschlag von 2 bei Punkt 71, ab 1 gezählt).</translation>
    </message>
    <message>
        <source>--length %1: a series needs at least 2 points (one to read, the next to predict)</source>
        <translation>--length %1: eine Reihe braucht mindestens 2 Punkte (einen zum Lesen, den nächsten zum Vorhersagen)</translation>
    </message>
    <message>
        <source>--length %1 with --test-anomaly: the training and the test series have %2 points in all, and the limit is %3</source>
        <extracomment>%1 the length typed, %2 the points of both series, %3 the limit.</extracomment>
        <translation>--length %1 mit --test-anomaly: Trainings- und Testreihe haben zusammen %2 Punkte, und die Grenze ist %3</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1: wave %2, %n points, and a test series with %3</source>
        <extracomment>%1 the file, %2 the wave (sine, square, …), %n its points, %3 the test anomaly as typed (spike:70:1:2).</extracomment>
        <translation>
            <numerusform>%1 geschrieben: Welle %2, %n Punkt und eine Testreihe mit %3</numerusform>
            <numerusform>%1 geschrieben: Welle %2, %n Punkte und eine Testreihe mit %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %1: wave %2, %n points, no test series (--test-anomaly adds one)</source>
        <extracomment>%1 the file, %2 the wave (sine, square, …), %n its points.</extracomment>
        <translation>
            <numerusform>%1 geschrieben: Welle %2, %n Punkt, keine Testreihe (--test-anomaly fügt eine hinzu)</numerusform>
            <numerusform>%1 geschrieben: Welle %2, %n Punkte, keine Testreihe (--test-anomaly fügt eine hinzu)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Soak</name>
    <message>
        <source>Train for a long run on one thread and watch resident memory (/proc/self/statm), non-finite losses and the step time. Prints one line per sample, then one JSON object. Exit status 1 when memory grew by more than --max-growth-kib after the warm-up or a step was not finite. Without a session: the lecture&apos;s example.

  rnnlab-cli soak --steps 1000000
  rnnlab-cli soak tests/data/soak/lstm_h128_text500.json --steps 10000</source>
        <translation>Lange auf einem Thread trainieren und dabei den residenten Speicher (/proc/self/statm), nicht endliche Verluste und die Schrittzeit beobachten. Gibt eine Zeile pro Messung aus, dann ein JSON-Objekt. Exit-Status 1, wenn der Speicher nach der Aufwärmphase um mehr als --max-growth-kib gewachsen ist oder ein Schritt nicht endlich war. Ohne Sitzung: das Beispiel der Vorlesung.

  rnnlab-cli soak --steps 1000000
  rnnlab-cli soak tests/data/soak/lstm_h128_text500.json --steps 10000</translation>
    </message>
    <message>
        <source>Training steps (default 1000000).</source>
        <translation>Trainingsschritte (Standard 1000000).</translation>
    </message>
    <message>
        <source>Memory and step-time samples over the run (default 100).</source>
        <translation>Messungen von Speicher und Schrittzeit über den Lauf (Standard 100).</translation>
    </message>
    <message>
        <source>Steps before the reference sample (default: 5% of --steps, at least 1).</source>
        <translation>Schritte vor der Referenzmessung (Standard: 5% von --steps, mindestens 1).</translation>
    </message>
    <message>
        <source>Allowed growth of resident memory after the warm-up, in KiB (default 1024).</source>
        <translation>Erlaubtes Wachstum des residenten Speichers nach der Aufwärmphase, in KiB (Standard 1024).</translation>
    </message>
    <message>
        <source>Only the JSON summary, not the samples.</source>
        <translation>Nur die JSON-Zusammenfassung, nicht die Messungen.</translation>
    </message>
    <message>
        <source>could not read /proc/self/statm: resident memory was not measured</source>
        <translation>/proc/self/statm konnte nicht gelesen werden: der residente Speicher wurde nicht gemessen</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Train</name>
    <message>
        <source>Train a session and print one line per step: the step, the loss and the predicted string of each text, from that step&apos;s forward pass (before the update), as the lecture&apos;s PyTorch loop prints them; for a time series (task &quot;forecast&quot;), the mean absolute error of its predicted next values.

  rnnlab-cli train --text hello                 the lecture&apos;s example (10 steps)
  rnnlab-cli train SESSION.json --steps 200 --save trained.json

Exit status: 0 done; 1 a step was refused (the loss or gradients diverged; the weights of the last good step are kept and saved with --save) or a file could not be written; 2 bad input.</source>
        <translation>Eine Sitzung trainieren und eine Zeile pro Schritt ausgeben: den Schritt, den Verlust und die vorhergesagte Zeichenkette jedes Texts, aus dem Vorwärtsdurchlauf dieses Schritts (vor dem Update), so wie die PyTorch-Schleife der Vorlesung sie ausgibt; bei einer Zeitreihe (Aufgabe &quot;forecast&quot;) den mittleren absoluten Fehler ihrer vorhergesagten nächsten Werte.

  rnnlab-cli train --text hello                 das Beispiel der Vorlesung (10 Schritte)
  rnnlab-cli train SESSION.json --steps 200 --save trained.json

Exit-Status: 0 fertig; 1 ein Schritt wurde abgelehnt (Verlust oder Gradienten divergierten; die Gewichte des letzten guten Schritts bleiben erhalten und werden mit --save gespeichert) oder eine Datei konnte nicht geschrieben werden; 2 ungültige Eingabe.</translation>
    </message>
    <message>
        <source>Training steps (default: the session&apos;s &quot;steps&quot;, 10 for --text).</source>
        <translation>Trainingsschritte (Standard: die &quot;steps&quot; der Sitzung, 10 bei --text).</translation>
    </message>
    <message>
        <source>Write the weights, step-1 hidden states, logits and gradients, every step&apos;s loss and predictions, and the final weights as JSON (the goldens&apos; format).</source>
        <translation>Die Gewichte, die verborgenen Zustände, Logits und Gradienten von Schritt 1, Verlust und Vorhersagen jedes Schritts sowie die Endgewichte als JSON schreiben (im Format der Goldens).</translation>
    </message>
    <message>
        <source>Print only the last step.</source>
        <translation>Nur den letzten Schritt ausgeben.</translation>
    </message>
    <message>
        <source>cannot write %1: the trace holds a number that is not finite (inf or nan), which JSON cannot hold; nothing was written</source>
        <translation>%1 kann nicht geschrieben werden: der Trace enthält eine nicht endliche Zahl (inf oder nan), die JSON nicht darstellen kann; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>Write the trained session: its weights, optimizer state and loss history (the session&apos;s own and this run&apos;s), so that training it continues exactly where this run stopped and rnnlab shows its past. Without it the session file is not changed.</source>
        <translation>Die trainierte Sitzung schreiben: ihre Gewichte, den Optimiererzustand und den Verlustverlauf (den der Sitzung und den dieses Laufs), sodass ihr Training genau dort weitergeht, wo dieser Lauf aufhörte, und rnnlab ihre Vergangenheit zeigt. Ohne die Option bleibt die Sitzungsdatei unverändert.</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Translate</name>
    <message>
        <source>cannot write %1: the trace holds a number that is not finite (inf or nan), which JSON cannot hold; nothing was written</source>
        <translation>%1 kann nicht geschrieben werden: der Trace enthält eine nicht endliche Zahl (inf oder nan), die JSON nicht darstellen kann; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>--prime is empty: give the source to translate</source>
        <translation>--prime ist leer: gib die zu übersetzende Quelle an</translation>
    </message>
    <message>
        <source>--prime has %1, which is not in the source vocabulary &quot;%2&quot;: a translation reads only those characters</source>
        <extracomment>%1 the character, described by the engine in English (&quot;&apos;x&apos; (U+0078)&quot;).</extracomment>
        <translation>--prime enthält %1, das nicht im Quellvokabular &quot;%2&quot; ist: eine Übersetzung liest nur diese Zeichen</translation>
    </message>
    <message>
        <source>Write a translation session (task &quot;translate&quot;, an encoder-decoder) from a file of pairs, one a line: source&lt;Tab&gt;target in UTF-8 (empty lines are skipped). A line without a tab or a target, with more than one tab, an empty source, or &lt;sos&gt;/&lt;eos&gt; in its text is refused, naming the line. Default model: GRU, 24 hidden units, 1 layer, Adam at 0.02, seed 1, 300 steps (the shipped examples&apos;).

  rnnlab-cli new-translate --pairs words.tsv -o words.json
  rnnlab-cli train words.json --quiet --save trained.json
  rnnlab-cli generate trained.json --prime hello</source>
        <translation>Eine Übersetzungssitzung (Aufgabe &quot;translate&quot;, ein Encoder-Decoder) aus einer Datei mit Paaren schreiben, eines pro Zeile: Quelle&lt;Tab&gt;Ziel in UTF-8 (Leerzeilen werden übersprungen). Eine Zeile ohne Tab oder Ziel, mit mehr als einem Tab, mit leerer Quelle oder mit &lt;sos&gt;/&lt;eos&gt; im Text wird mit Angabe der Zeile abgelehnt. Standardmodell: GRU, 24 verborgene Einheiten, 1 Schicht, Adam mit 0.02, Seed 1, 300 Schritte (wie die mitgelieferten Beispiele).

  rnnlab-cli new-translate --pairs words.tsv -o words.json
  rnnlab-cli train words.json --quiet --save trained.json
  rnnlab-cli generate trained.json --prime hello</translation>
    </message>
    <message>
        <source>The session file to write.</source>
        <translation>Die zu schreibende Sitzungsdatei.</translation>
    </message>
    <message>
        <source>The pairs: one source&lt;Tab&gt;target a line (UTF-8).</source>
        <translation>Die Paare: eines pro Zeile, Quelle&lt;Tab&gt;Ziel (UTF-8).</translation>
    </message>
    <message>
        <source>The encoder&apos;s characters in input order (default: the sources&apos; in order of first use).</source>
        <translation>Die Zeichen des Encoders in Eingabereihenfolge (Standard: die der Quellen in der Reihenfolge ihres ersten Auftretens).</translation>
    </message>
    <message>
        <source>The target characters after &lt;sos&gt;, &lt;eos&gt; (default: the targets&apos; in order of first use).</source>
        <translation>Die Zielzeichen nach &lt;sos&gt;, &lt;eos&gt; (Standard: die der Ziele in der Reihenfolge ihres ersten Auftretens).</translation>
    </message>
    <message>
        <source>The session&apos;s training steps (default 300).</source>
        <translation>Die Trainingsschritte der Sitzung (Standard 300).</translation>
    </message>
    <message>
        <source>Replace OUT if it exists.</source>
        <translation>OUT ersetzen, falls vorhanden.</translation>
    </message>
    <message>
        <source>Hidden units of the encoder and the decoder (default 24).</source>
        <translation>Verborgene Einheiten von Encoder und Decoder (Standard 24).</translation>
    </message>
    <message>
        <source>new-translate reads its pairs from --pairs FILE.tsv, not from &quot;%1&quot;</source>
        <translation>new-translate liest seine Paare aus --pairs FILE.tsv, nicht aus &quot;%1&quot;</translation>
    </message>
    <message>
        <source>give the file of pairs: --pairs FILE.tsv (one source&lt;Tab&gt;target a line)</source>
        <translation>gib die Datei mit den Paaren an: --pairs FILE.tsv (eine Zeile Quelle&lt;Tab&gt;Ziel pro Paar)</translation>
    </message>
    <message>
        <source>%1: there is no pair: each line is one pair, source&lt;Tab&gt;target</source>
        <translation>%1: kein Paar vorhanden: jede Zeile ist ein Paar, Quelle&lt;Tab&gt;Ziel</translation>
    </message>
    <message>
        <source>rnnlab-cli %1 does not run a translation session (task &quot;translate&quot;) yet: use rnnlab-cli train (with --trace) or rnnlab-cli generate (with --prime SOURCE)</source>
        <translation>rnnlab-cli %1 kann noch keine Übersetzungssitzung (Aufgabe &quot;translate&quot;) ausführen: nimm rnnlab-cli train (mit --trace) oder rnnlab-cli generate (mit --prime SOURCE)</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1: %n pairs (the first: %2 → %3); train it with rnnlab-cli train %1</source>
        <extracomment>%1 the file written, %n its pairs, %2 → %3 the first pair (source → target).</extracomment>
        <translation>
            <numerusform>%1 geschrieben: %n Paar (das erste: %2 → %3); trainiere die Sitzung mit rnnlab-cli train %1</numerusform>
            <numerusform>%1 geschrieben: %n Paare (das erste: %2 → %3); trainiere die Sitzung mit rnnlab-cli train %1</numerusform>
        </translation>
    </message>
</context>
</TS>
