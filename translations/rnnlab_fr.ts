<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>GraphCaption</name>
    <message>
        <source>Untrained</source>
        <translation>Non entraîné</translation>
    </message>
    <message>
        <source>1 training step</source>
        <translation>1 pas d&apos;entraînement</translation>
    </message>
    <message>
        <source>%1 training steps</source>
        <translation>%1 pas d&apos;entraînement</translation>
    </message>
    <message>
        <source>series %1 of %2, </source>
        <translation>série %1 sur %2, </translation>
    </message>
    <message>
        <source>the outputs are not numbers (NaN): the run diverged</source>
        <translation>les sorties ne sont pas des nombres (NaN)&#xa0;: l&apos;entraînement a divergé</translation>
    </message>
    <message>
        <source>t = %1: x = %2 → y = %3 (next value %4)</source>
        <translation>t = %1&#xa0;: x = %2 → y = %3 (valeur suivante %4)</translation>
    </message>
    <message>
        <source>each y_t predicts the next value x_{t+1}</source>
        <translation>chaque y_t prédit la valeur suivante x_{t+1}</translation>
    </message>
    <message>
        <source>W_hh = 0 — </source>
        <translation>W_hh = 0 — </translation>
    </message>
    <message>
        <source>What if W_hh = 0? No memory — </source>
        <translation>Et si W_hh = 0&#xa0;? Pas de mémoire — </translation>
    </message>
    <message>
        <source>Untrained (the seed&apos;s initial weights)</source>
        <translation>Non entraîné (poids initiaux de la graine)</translation>
    </message>
    <message>
        <source>After 1 training step</source>
        <translation>Après 1 pas d&apos;entraînement</translation>
    </message>
    <message>
        <source>After %1 training steps</source>
        <translation>Après %1 pas d&apos;entraînement</translation>
    </message>
    <message>
        <source>Folded. t = %1: ‘%2’ → %3 ‘%4’ %5</source>
        <translation>Replié. t = %1&#xa0;: «&#xa0;%2&#xa0;» → %3 «&#xa0;%4&#xa0;» %5</translation>
    </message>
    <message>
        <source>Folded: one cell, used at every time step. t = %1: ‘%2’ → %3 ‘%4’ %5</source>
        <translation>Replié&#xa0;: une cellule, utilisée à chaque pas de temps. t = %1&#xa0;: «&#xa0;%2&#xa0;» → %3 «&#xa0;%4&#xa0;» %5</translation>
    </message>
    <message>
        <source>would say</source>
        <translation>dirait</translation>
    </message>
    <message>
        <source>predicts</source>
        <translation>prédit</translation>
    </message>
    <message>
        <source>(not scored)</source>
        <translation>(non évalué)</translation>
    </message>
    <message>
        <source>✗ (should be ‘%1’)</source>
        <translation>✗ (attendu&#xa0;: «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>text %1 of %2, </source>
        <translation>texte %1 sur %2, </translation>
    </message>
    <message>
        <source>“%1” → %2 %3 (label: %4)</source>
        <translation>«&#xa0;%1&#xa0;» → %2 %3 (étiquette&#xa0;: %4)</translation>
    </message>
    <message>
        <source>“%1” → “%2”, %3 of %4 right</source>
        <translation>«&#xa0;%1&#xa0;» → «&#xa0;%2&#xa0;», %3 sur %4 corrects</translation>
    </message>
    <message>
        <source> · loss at t = %3: %1 (mean %2)</source>
        <translation> · perte à t = %3&#xa0;: %1 (moyenne %2)</translation>
    </message>
    <message>
        <source> · loss %1</source>
        <translation> · perte %1</translation>
    </message>
    <message>
        <source>: the outputs are hidden — predict first, then reveal (Lesson)</source>
        <translation>: les sorties sont masquées — prédisez d&apos;abord, puis révélez (Leçon)</translation>
    </message>
    <message>
        <source>Drawn as %1 — </source>
        <translation>Dessiné comme %1 — </translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>gates</source>
        <translation>portes</translation>
    </message>
    <message>
        <source>test series %1 (never trained on), </source>
        <translation>série de test %1 (jamais apprise), </translation>
    </message>
    <message>
        <source>its MSE %1 (not in the training loss) · mean absolute error %2</source>
        <translation>sa MSE %1 (hors perte d&apos;entraînement) · erreur absolue moyenne %2</translation>
    </message>
    <message>
        <source>loss (MSE) %1 · mean absolute error %2</source>
        <translation>perte (MSE) %1 · erreur absolue moyenne %2</translation>
    </message>
    <message>
        <source>y_t: the network&apos;s prediction of the next value</source>
        <translation>y_t&#xa0;: la prédiction de la valeur suivante par le réseau</translation>
    </message>
    <message>
        <source>x_{t+1}: the true next value, its target</source>
        <translation>x_{t+1}&#xa0;: la vraie valeur suivante, sa cible</translation>
    </message>
    <message>
        <source>test series %1, never trained on · MSE %2</source>
        <translation>série de test %1, jamais apprise · MSE %2</translation>
    </message>
    <message>
        <source>test series %1: the outputs are not numbers (NaN)</source>
        <translation>série de test %1&#xa0;: les sorties ne sont pas des nombres (NaN)</translation>
    </message>
    <message>
        <source>training series, </source>
        <translation>série d&apos;entraînement, </translation>
    </message>
    <message>
        <source>flagged: error² &gt; threshold</source>
        <translation>signalé : erreur² &gt; seuil</translation>
    </message>
    <message>
        <source>greedy</source>
        <translation>gloutonne</translation>
    </message>
    <message>
        <source>sampled, temperature %1, seed %2</source>
        <translation>échantillonnée, température %1, graine %2</translation>
    </message>
    <message>
        <source>generating (%1): “%2”</source>
        <translation>génération (%1)&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>generating (%1), each pick fed back: “%2”</source>
        <translation>génération (%1), chaque choix réinjecté&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source> · parts from the text at t = %1</source>
        <translation> · s&apos;écarte du texte à t = %1</translation>
    </message>
    <message>
        <source> · parts from the training text “%1” at t = %2 (✗)</source>
        <translation> · s&apos;écarte du texte d&apos;entraînement «&#xa0;%1&#xa0;» à t = %2 (✗)</translation>
    </message>
    <message>
        <source> · as the text</source>
        <translation> · conforme au texte</translation>
    </message>
    <message>
        <source> · as the training text all the way</source>
        <translation> · conforme au texte d&apos;entraînement jusqu&apos;au bout</translation>
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
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>compare mode trains %1 or %2 models side by side, not %3 (more do not fit on a screen): give two or three sessions</source>
        <translation>le mode comparaison entraîne %1 ou %2 modèles côte à côte, pas %3 (plus ne tiennent pas à l&apos;écran)&#xa0;: indiquez deux ou trois sessions</translation>
    </message>
    <message>
        <source>differs between the compared sessions (%1): compared models train on the same data, so that only the models differ and learn the same thing; give every session the same &quot;task&quot;</source>
        <translation>diffère entre les sessions comparées (%1)&#xa0;: les modèles comparés s&apos;entraînent sur les mêmes données, pour que seuls les modèles diffèrent et apprennent la même chose&#xa0;; donnez le même «&#xa0;task&#xa0;» à chaque session</translation>
    </message>
    <message>
        <source>differs between the compared sessions (%1): compared models train on the same data, so that only the models differ; give every session the same &quot;texts&quot;</source>
        <translation>diffère entre les sessions comparées (%1)&#xa0;: les modèles comparés s&apos;entraînent sur les mêmes données, pour que seuls les modèles diffèrent&#xa0;; donnez les mêmes «&#xa0;texts&#xa0;» à chaque session</translation>
    </message>
    <message>
        <source>&quot;forecast&quot; (a time series) cannot be compared yet: compare mode compares models of texts; train each time-series session with rnnlab-cli train</source>
        <translation>«&#xa0;forecast&#xa0;» (une série temporelle) ne peut pas encore être comparé&#xa0;: le mode comparaison compare des modèles de textes&#xa0;; entraînez chaque session de série temporelle avec rnnlab-cli train</translation>
    </message>
    <message>
        <source>&quot;translate&quot; (an encoder–decoder) cannot be compared yet: train each translation session with rnnlab-cli train</source>
        <translation>«&#xa0;translate&#xa0;» (un encodeur–décodeur) ne peut pas encore être comparé&#xa0;: entraînez chaque session de traduction avec rnnlab-cli train</translation>
    </message>
    <message>
        <source>differs between the compared sessions (%1): compared models train on the same data, so that only the models differ (the same class for each text); give every session the same &quot;labels&quot;</source>
        <translation>diffère entre les sessions comparées (%1)&#xa0;: les modèles comparés s&apos;entraînent sur les mêmes données, pour que seuls les modèles diffèrent (la même classe pour chaque texte)&#xa0;; donnez les mêmes «&#xa0;labels&#xa0;» à chaque session</translation>
    </message>
    <message>
        <source>differs between the compared sessions (%1): compared models train on the same data, so that only the models differ (the output units in the same order); give every session the same &quot;classes&quot;, or none</source>
        <translation>diffère entre les sessions comparées (%1)&#xa0;: les modèles comparés s&apos;entraînent sur les mêmes données, pour que seuls les modèles diffèrent (les unités de sortie dans le même ordre)&#xa0;; donnez les mêmes «&#xa0;classes&#xa0;» à chaque session, ou aucune</translation>
    </message>
    <message>
        <source>differs between the compared sessions (%1): compared models train on the same data, so that only the models differ (one-hot inputs in the same order); give every session the same &quot;vocabulary&quot;, or none</source>
        <translation>diffère entre les sessions comparées (%1)&#xa0;: les modèles comparés s&apos;entraînent sur les mêmes données, pour que seuls les modèles diffèrent (les entrées one-hot dans le même ordre)&#xa0;; donnez le même «&#xa0;vocabulary&#xa0;» à chaque session, ou aucun</translation>
    </message>
    <message>
        <source>differs between the compared sessions (%1): compared models train with the same optimizer settings, so that only the models differ; give every session the same &quot;optimizer&quot;</source>
        <translation>diffère entre les sessions comparées (%1)&#xa0;: les modèles comparés s&apos;entraînent avec les mêmes réglages d&apos;optimiseur, pour que seuls les modèles diffèrent&#xa0;; donnez le même «&#xa0;optimizer&#xa0;» à chaque session</translation>
    </message>
    <message>
        <source>differs between the compared sessions (%1): compared models train with the same optimizer settings, so that only the models differ; give every session the same &quot;learning_rate&quot;</source>
        <translation>diffère entre les sessions comparées (%1)&#xa0;: les modèles comparés s&apos;entraînent avec les mêmes réglages d&apos;optimiseur, pour que seuls les modèles diffèrent&#xa0;; donnez le même «&#xa0;learning_rate&#xa0;» à chaque session</translation>
    </message>
    <message>
        <source>differs between the compared sessions (%1): compared models train with the same optimizer settings, so that only the models differ; give every session the same &quot;momentum&quot;</source>
        <translation>diffère entre les sessions comparées (%1)&#xa0;: les modèles comparés s&apos;entraînent avec les mêmes réglages d&apos;optimiseur, pour que seuls les modèles diffèrent&#xa0;; donnez le même «&#xa0;momentum&#xa0;» à chaque session</translation>
    </message>
    <message>
        <source>differs between the compared sessions (%1): compared models train with the same optimizer settings, so that only the models differ; give every session the same &quot;clip_grad_norm&quot; (or null in each)</source>
        <translation>diffère entre les sessions comparées (%1)&#xa0;: les modèles comparés s&apos;entraînent avec les mêmes réglages d&apos;optimiseur, pour que seuls les modèles diffèrent&#xa0;; donnez le même «&#xa0;clip_grad_norm&#xa0;» à chaque session (ou null partout)</translation>
    </message>
    <message>
        <source>differs between the compared sessions (%1): lock step shows step N of every model side by side; give every session the same starting step (leave &quot;optimizer_state&quot; out to start from step 0)</source>
        <translation>diffère entre les sessions comparées (%1)&#xa0;: en pas synchronisés, le pas N de chaque modèle est montré côte à côte&#xa0;; donnez le même pas de départ à chaque session (omettez «&#xa0;optimizer_state&#xa0;» pour partir du pas 0)</translation>
    </message>
    <message>
        <source>is empty: give at least one character to start from</source>
        <translation>est vide&#xa0;: indiquez au moins un caractère de départ</translation>
    </message>
    <message>
        <source>uses %1, which the vocabulary (&quot;%2&quot;) does not have: the network only knows the characters of its texts</source>
        <translation>utilise %1, absent du vocabulaire («&#xa0;%2&#xa0;»)&#xa0;: le réseau ne connaît que les caractères de ses textes</translation>
    </message>
    <message>
        <source>%1 is out of range: it must be between 0 and %2</source>
        <translation>%1 est hors plage&#xa0;: la valeur doit être entre 0 et %2</translation>
    </message>
    <message>
        <source>must be a finite number &gt; 0 (1 samples from the network&apos;s own probabilities; smaller is more conservative); leave it out for greedy</source>
        <translation>doit être un nombre fini &gt; 0 (1 échantillonne selon les probabilités propres du réseau&#xa0;; plus petit = plus prudent)&#xa0;; omettez-le pour le mode glouton</translation>
    </message>
    <message>
        <source>%1 is out of range: it must be between 1 and %2 (rnnlab draws every hidden unit; larger networks cannot be shown and train too slowly to watch)</source>
        <translation>%1 est hors plage&#xa0;: la valeur doit être entre 1 et %2 (rnnlab dessine chaque unité cachée&#xa0;; un réseau plus grand ne peut pas être affiché et s&apos;entraîne trop lentement pour être suivi)</translation>
    </message>
    <message>
        <source>%1 is out of range: it must be between 1 and %2 (the stacked view draws every layer; deeper stacks do not fit on screen)</source>
        <translation>%1 est hors plage&#xa0;: la valeur doit être entre 1 et %2 (la vue empilée dessine chaque couche&#xa0;; une pile plus profonde ne tient pas à l&apos;écran)</translation>
    </message>
    <message>
        <source>%1 is not allowed: the learning rate must be a finite number ≥ 0 (0.1 for Adam in the lecture; try 0.001 to 0.5)</source>
        <translation>%1 n&apos;est pas autorisé&#xa0;: le taux d&apos;apprentissage doit être un nombre fini ≥ 0 (0.1 pour Adam dans le cours&#xa0;; essayez de 0.001 à 0.5)</translation>
    </message>
    <message>
        <source>%1 is not allowed: momentum must be a finite number ≥ 0 (0.9 is usual; 0 turns it off)</source>
        <translation>%1 n&apos;est pas autorisé&#xa0;: le momentum doit être un nombre fini ≥ 0 (0.9 est courant&#xa0;; 0 le désactive)</translation>
    </message>
    <message>
        <source>%1 is not allowed: the gradient-norm limit must be a finite number &gt; 0, or null for no clipping</source>
        <translation>%1 n&apos;est pas autorisé&#xa0;: la limite de norme du gradient doit être un nombre fini &gt; 0, ou null pour ne pas écrêter</translation>
    </message>
    <message>
        <source>is given twice</source>
        <translation>est donné deux fois</translation>
    </message>
    <message>
        <source>is not a parameter of this model; it has %1</source>
        <translation>n&apos;est pas un paramètre de ce modèle&#xa0;; il a %1</translation>
    </message>
    <message>
        <source>has shape %1 but this model needs %2 (as PyTorch&apos;s state_dict)</source>
        <translation>a la forme %1 mais ce modèle attend %2 (comme le state_dict de PyTorch)</translation>
    </message>
    <message>
        <source>%1 is not a finite float32 number: weights must be finite (|w| &lt; 3.4e38)</source>
        <translation>%1 n&apos;est pas un nombre float32 fini&#xa0;: les poids doivent être finis (|w| &lt; 3.4e38)</translation>
    </message>
    <message>
        <source>is missing: give every parameter of the model, or leave &quot;weights&quot; out to initialize from the seed</source>
        <translation>est absent&#xa0;: indiquez tous les paramètres du modèle, ou omettez «&#xa0;weights&#xa0;» pour initialiser depuis la graine</translation>
    </message>
    <message>
        <source>needs &quot;weights&quot;: a run resumes from its weights and its optimizer state together</source>
        <translation>exige «&#xa0;weights&#xa0;»&#xa0;: un entraînement reprend à la fois de ses poids et de l&apos;état de son optimiseur</translation>
    </message>
    <message>
        <source>has %1 parameters but the model has %2</source>
        <translation>a %1 paramètres mais le modèle en a %2</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est absent</translation>
    </message>
    <message>
        <source>has shape %1 but %2 needs %3</source>
        <translation>a la forme %1 mais %2 attend %3</translation>
    </message>
    <message>
        <source>holds %1: optimizer state must be finite</source>
        <translation>contient %1&#xa0;: l&apos;état de l&apos;optimiseur doit être fini</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to %1 (Adam&apos;s step count)</source>
        <translation>doit être un nombre entier de 1 à %1 (le nombre de pas d&apos;Adam)</translation>
    </message>
    <message>
        <source>holds a negative value: squared gradients cannot be</source>
        <translation>contient une valeur négative&#xa0;: des gradients au carré ne peuvent pas l&apos;être</translation>
    </message>
    <message>
        <source>belongs to SGD, but the optimizer is adam</source>
        <translation>appartient à SGD, mais l&apos;optimiseur est adam</translation>
    </message>
    <message>
        <source>holds Adam&apos;s state, but the optimizer is sgd</source>
        <translation>contient l&apos;état d&apos;Adam, mais l&apos;optimiseur est sgd</translation>
    </message>
    <message>
        <source>is given but momentum is 0 (SGD keeps no buffer then)</source>
        <translation>est donné mais le momentum vaut 0 (SGD ne garde alors aucun tampon)</translation>
    </message>
    <message>
        <source>is false: a translation needs its output layer, fc = Linear(H, T) over the target tokens; set it to true</source>
        <translation>vaut false&#xa0;: une traduction a besoin de sa couche de sortie, fc = Linear(H, T) sur les jetons cibles&#xa0;; mettez-le à true</translation>
    </message>
    <message>
        <source>this session needs about %1 for its training buffers; the limit is %2 (so that the app&apos;s copies of it still fit in memory): use shorter texts, a smaller hidden size or fewer layers</source>
        <translation>cette session demande environ %1 pour ses tampons d&apos;entraînement&#xa0;; la limite est %2 (pour que les copies qu&apos;en fait l&apos;application tiennent en mémoire)&#xa0;: utilisez des textes plus courts, un état caché plus petit ou moins de couches</translation>
    </message>
    <message>
        <source>%1 does not come after %2: the steps of a history increase, from 1</source>
        <translation>%1 ne vient pas après %2&#xa0;: les pas d&apos;un historique croissent à partir de 1</translation>
    </message>
    <message>
        <source>%1 is after the %2 steps the session has taken (optimizer_state.steps_taken)</source>
        <translation>%1 est au-delà des %2 pas effectués par la session (optimizer_state.steps_taken)</translation>
    </message>
    <message>
        <source>%1 is not a loss: a cross-entropy is a finite number ≥ 0</source>
        <translation>%1 n&apos;est pas une perte&#xa0;: une entropie croisée est un nombre fini ≥ 0</translation>
    </message>
    <message>
        <source>%1 is not a share of right predictions (0 to 1)</source>
        <translation>%1 n&apos;est pas une proportion de prédictions justes (0 à 1)</translation>
    </message>
    <message>
        <source>is not a step of the history after the previous change</source>
        <translation>n&apos;est pas un pas de l&apos;historique postérieur à la modification précédente</translation>
    </message>
    <message>
        <source>has %1 predictions but the session has %2 series</source>
        <translation>a %1 prédictions mais la session a %2 séries</translation>
    </message>
    <message>
        <source>has %1 predictions but the session has %2 texts</source>
        <translation>a %1 prédictions mais la session a %2 textes</translation>
    </message>
    <message>
        <source>%1 is not allowed: the period must be a finite number of time steps &gt; 0 (e.g. 20)</source>
        <translation>%1 n&apos;est pas autorisé&#xa0;: la période doit être un nombre fini de pas de temps &gt; 0 (p. ex. 20)</translation>
    </message>
    <message>
        <source>%1 is not allowed: the second sine&apos;s period must be a finite number of time steps &gt; 0</source>
        <translation>%1 n&apos;est pas autorisé&#xa0;: la période du second sinus doit être un nombre fini de pas de temps &gt; 0</translation>
    </message>
    <message>
        <source>%1 is out of range: a series has 1 to %2 points</source>
        <translation>%1 est hors plage&#xa0;: une série a de 1 à %2 points</translation>
    </message>
    <message>
        <source>%1 is not a finite number</source>
        <translation>%1 n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <source>%1 is not allowed: the noise&apos;s standard deviation must be a finite number ≥ 0 (0: no noise)</source>
        <translation>%1 n&apos;est pas autorisé&#xa0;: l&apos;écart-type du bruit doit être un nombre fini ≥ 0 (0&#xa0;: pas de bruit)</translation>
    </message>
    <message>
        <source>%1 is not a point of the series: it must be between 0 and %2</source>
        <translation>%1 n&apos;est pas un point de la série&#xa0;: il doit être entre 0 et %2</translation>
    </message>
    <message>
        <source>%1 is not allowed: the anomaly lasts at least 1 point (0: to the end)</source>
        <translation>%1 n&apos;est pas autorisé&#xa0;: l&apos;anomalie dure au moins 1 point (0&#xa0;: jusqu&apos;à la fin)</translation>
    </message>
    <message>
        <source>%1 is not allowed: the anomaly lasts at least 1 point</source>
        <translation>%1 n&apos;est pas autorisé&#xa0;: l&apos;anomalie dure au moins 1 point</translation>
    </message>
    <message>
        <source>has a value of %1: keep amplitudes, noise and anomaly sizes within ±1e30 so that every point is a float32 number</source>
        <translation>a une valeur de %1&#xa0;: gardez amplitudes, bruit et tailles d&apos;anomalie dans ±1e30 pour que chaque point soit un nombre float32</translation>
    </message>
    <message>
        <source>%1 does not match the vocabulary size %2: without an output layer the hidden state is the output (one unit per character), so hidden_size must be %2 — or set model.output_layer to true</source>
        <translation>%1 ne correspond pas à la taille du vocabulaire %2&#xa0;: sans couche de sortie, l&apos;état caché est la sortie (une unité par caractère), donc hidden_size doit valoir %2 — ou mettez model.output_layer à true</translation>
    </message>
    <message>
        <source>%1 does not match the number of classes %2: without an output layer the hidden state is the output (one unit per class), so hidden_size must be %2 — or set model.output_layer to true</source>
        <translation>%1 ne correspond pas au nombre de classes %2&#xa0;: sans couche de sortie, l&apos;état caché est la sortie (une unité par classe), donc hidden_size doit valoir %2 — ou mettez model.output_layer à true</translation>
    </message>
    <message>
        <source>%1 does not match the number of features %2: without an output layer the hidden state is the output (one unit per feature), so hidden_size must be %2 — or set model.output_layer to true</source>
        <translation>%1 ne correspond pas au nombre de variables %2&#xa0;: sans couche de sortie, l&apos;état caché est la sortie (une unité par variable), donc hidden_size doit valoir %2 — ou mettez model.output_layer à true</translation>
    </message>
    <message>
        <source>%1 does not match the number of target tokens %2: without an output layer the hidden state is the output (one unit per token), so hidden_size must be %2 — or set model.output_layer to true</source>
        <translation>%1 ne correspond pas au nombre de jetons cibles %2&#xa0;: sans couche de sortie, l&apos;état caché est la sortie (une unité par jeton), donc hidden_size doit valoir %2 — ou mettez model.output_layer à true</translation>
    </message>
    <message>
        <source>is for &quot;task&quot;: &quot;forecast&quot; (time series); a character task reads data.texts</source>
        <translation>sert à la tâche «&#xa0;forecast&#xa0;» (série temporelle)&#xa0;; une tâche sur caractères lit data.texts</translation>
    </message>
    <message>
        <source>there is no training text: give at least one text of 2 or more characters</source>
        <translation>aucun texte d&apos;entraînement&#xa0;: indiquez au moins un texte de 2 caractères ou plus</translation>
    </message>
    <message>
        <source>have %1 characters in all; the limit is %2 (every character is a time step rnnlab traces and draws)</source>
        <translation>ont %1 caractères en tout&#xa0;; la limite est %2 (chaque caractère est un pas de temps que rnnlab enregistre et dessine)</translation>
    </message>
    <message>
        <source>lists %1 more than once: each character may appear once</source>
        <translation>contient %1 plusieurs fois&#xa0;: chaque caractère ne peut figurer qu&apos;une fois</translation>
    </message>
    <message>
        <source>lacks %1, which the texts use: add them, or leave the vocabulary out to take the texts&apos; own characters</source>
        <translation>n&apos;a pas %1, utilisés par les textes&#xa0;: ajoutez-les, ou omettez le vocabulaire pour prendre les caractères des textes</translation>
    </message>
    <message>
        <source>has %1 characters; the limit is %2 (every character is a one-hot dimension rnnlab draws)</source>
        <translation>a %1 caractères&#xa0;; la limite est %2 (chaque caractère est une dimension one-hot que rnnlab dessine)</translation>
    </message>
    <message>
        <source>make a vocabulary of %1 characters; the limit is %2 (every character is a one-hot dimension rnnlab draws)</source>
        <translation>forment un vocabulaire de %1 caractères&#xa0;; la limite est %2 (chaque caractère est une dimension one-hot que rnnlab dessine)</translation>
    </message>
    <message>
        <source>is empty: a text to classify needs at least 1 character</source>
        <translation>est vide&#xa0;: un texte à classer doit avoir au moins 1 caractère</translation>
    </message>
    <message>
        <source>has %1 labels for %2 texts: a classifier needs exactly one label per text</source>
        <translation>a %1 étiquettes pour %2 textes&#xa0;: un classifieur exige exactement une étiquette par texte</translation>
    </message>
    <message>
        <source>is empty: name the class of text %1 (e.g. &quot;positive&quot;)</source>
        <translation>est vide&#xa0;: nommez la classe du texte %1 (p. ex. «&#xa0;positive&#xa0;»)</translation>
    </message>
    <message>
        <source>has an empty class name</source>
        <translation>a un nom de classe vide</translation>
    </message>
    <message>
        <source>lists &quot;%1&quot; more than once: each class may appear once</source>
        <translation>contient «&#xa0;%1&#xa0;» plusieurs fois&#xa0;: chaque classe ne peut figurer qu&apos;une fois</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of data.classes: add it there, or leave data.classes out</source>
        <translation>«&#xa0;%1&#xa0;» ne figure pas dans data.classes&#xa0;: ajoutez-le, ou omettez data.classes</translation>
    </message>
    <message>
        <source>name only one class: a classifier needs at least two (e.g. &quot;positive&quot; and &quot;negative&quot;)</source>
        <translation>ne nomment qu&apos;une classe&#xa0;: un classifieur en exige au moins deux (p. ex. «&#xa0;positive&#xa0;» et «&#xa0;negative&#xa0;»)</translation>
    </message>
    <message>
        <source>name %1 classes; the limit is %2</source>
        <translation>nomment %1 classes&#xa0;; la limite est %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the session&apos;s classes</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une classe de la session</translation>
    </message>
    <message>
        <source>has %1 point: a series needs at least 2 (an input and the value after it)</source>
        <translation>a %1 point&#xa0;: une série en exige au moins 2 (une entrée et la valeur qui la suit)</translation>
    </message>
    <message>
        <source>has %1 points: a series needs at least 2 (an input and the value after it)</source>
        <translation>a %1 points&#xa0;: une série en exige au moins 2 (une entrée et la valeur qui la suit)</translation>
    </message>
    <message>
        <source>is empty: a time point needs at least one value</source>
        <translation>est vide&#xa0;: un point temporel exige au moins une valeur</translation>
    </message>
    <message>
        <source>has %1 values but %2 has %3: every time point of a series needs the same features (one number per point, or rows of D numbers)</source>
        <translation>a %1 valeurs mais %2 en a %3&#xa0;: chaque point d&apos;une série exige les mêmes variables (un nombre par point, ou des lignes de D nombres)</translation>
    </message>
    <message>
        <source>has %1 features; the limit is %2 (every feature is an input rnnlab draws at every time step)</source>
        <translation>a %1 variables&#xa0;; la limite est %2 (chaque variable est une entrée que rnnlab dessine à chaque pas de temps)</translation>
    </message>
    <message>
        <source>has %1 feature but %2 has %3: every series needs the same features</source>
        <translation>a %1 variable mais %2 en a %3&#xa0;: toutes les séries exigent les mêmes variables</translation>
    </message>
    <message>
        <source>has %1 features but %2 has %3: every series needs the same features</source>
        <translation>a %1 variables mais %2 en a %3&#xa0;: toutes les séries exigent les mêmes variables</translation>
    </message>
    <message>
        <source>%1 is not a finite float32 number: a value must be finite and within ±3.4e38 (torch.tensor(…, dtype=torch.float32) would make it %2)</source>
        <translation>%1 n&apos;est pas un nombre float32 fini&#xa0;: une valeur doit être finie et dans ±3.4e38 (torch.tensor(…, dtype=torch.float32) en ferait %2)</translation>
    </message>
    <message>
        <source>is for the character tasks (&quot;next_character&quot;, &quot;classify&quot;); a forecast reads numbers from data.series</source>
        <translation>sert aux tâches sur caractères («&#xa0;next_character&#xa0;», «&#xa0;classify&#xa0;»)&#xa0;; une prévision lit des nombres dans data.series</translation>
    </message>
    <message>
        <source>there is no series: give at least one series of 2 or more points, e.g. [[0.0, 0.5, 0.87, 1.0]]</source>
        <translation>aucune série&#xa0;: indiquez au moins une série de 2 points ou plus, p. ex. [[0.0, 0.5, 0.87, 1.0]]</translation>
    </message>
    <message>
        <source>and data.test_series have %1 points in all; the limit is %2 (every point is a time step rnnlab traces and draws)</source>
        <translation>et data.test_series ont %1 points en tout&#xa0;; la limite est %2 (chaque point est un pas de temps que rnnlab enregistre et dessine)</translation>
    </message>
    <message>
        <source>describes %1 series but %2 has %3: give one generator per series, or leave it out (it is informative)</source>
        <translation>décrit %1 séries mais %2 en a %3&#xa0;: indiquez un générateur par série, ou omettez-le (il est informatif)</translation>
    </message>
    <message>
        <source>is empty: a text needs at least 2 characters (an input and the character after it)</source>
        <translation>est vide&#xa0;: un texte exige au moins 2 caractères (une entrée et le caractère qui la suit)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has only 1 character: a text needs at least 2 (an input and the character after it)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a qu&apos;un seul caractère&#xa0;: un texte en exige au moins 2 (une entrée et le caractère qui la suit)</translation>
    </message>
    <message>
        <source>are only for &quot;task&quot;: &quot;classify&quot; (one label per text); a next-character session predicts the text itself</source>
        <translation>ne servent qu&apos;à la tâche «&#xa0;classify&#xa0;» (une étiquette par texte)&#xa0;; une session de caractère suivant prédit le texte lui-même</translation>
    </message>
    <message>
        <source>has %1 characters; a prediction has one per input, %2</source>
        <translation>a %1 caractères&#xa0;; une prédiction en a un par entrée, %2</translation>
    </message>
    <message>
        <source>predicts %1, which is not in the vocabulary</source>
        <translation>prédit %1, absent du vocabulaire</translation>
    </message>
    <message>
        <source>contains &quot;%1&quot;: the start and end tokens are added by rnnlab; list only the characters of the sources</source>
        <translation>contient «&#xa0;%1&#xa0;»&#xa0;: les jetons de début et de fin sont ajoutés par rnnlab&#xa0;; ne listez que les caractères des sources</translation>
    </message>
    <message>
        <source>contains &quot;%1&quot;: the start and end tokens are added by rnnlab; list only the characters of the targets</source>
        <translation>contient «&#xa0;%1&#xa0;»&#xa0;: les jetons de début et de fin sont ajoutés par rnnlab&#xa0;; ne listez que les caractères des cibles</translation>
    </message>
    <message>
        <source>lacks %1, which the sources use: add them, or leave the vocabulary out to take the pairs&apos; own characters</source>
        <translation>n&apos;a pas %1, utilisés par les sources&#xa0;: ajoutez-les, ou omettez le vocabulaire pour prendre les caractères des paires</translation>
    </message>
    <message>
        <source>lacks %1, which the targets use: add them, or leave the vocabulary out to take the pairs&apos; own characters</source>
        <translation>n&apos;a pas %1, utilisés par les cibles&#xa0;: ajoutez-les, ou omettez le vocabulaire pour prendre les caractères des paires</translation>
    </message>
    <message>
        <source>is for the character tasks; a translation reads data.pairs</source>
        <translation>sert aux tâches sur caractères&#xa0;; une traduction lit data.pairs</translation>
    </message>
    <message>
        <source>is for &quot;task&quot;: &quot;forecast&quot;; a translation reads data.pairs</source>
        <translation>sert à la tâche «&#xa0;forecast&#xa0;»&#xa0;; une traduction lit data.pairs</translation>
    </message>
    <message>
        <source>there is no pair: give at least one pair of a source and a target (&quot;source&lt;Tab&gt;target&quot;, or [&quot;source&quot;, &quot;target&quot;])</source>
        <translation>aucune paire&#xa0;: indiquez au moins une paire source et cible («&#xa0;source&lt;Tab&gt;cible&#xa0;», ou [&quot;source&quot;, &quot;cible&quot;])</translation>
    </message>
    <message>
        <source>has an empty source: the encoder needs at least one character to read</source>
        <translation>a une source vide&#xa0;: l&apos;encodeur doit lire au moins un caractère</translation>
    </message>
    <message>
        <source>has no target: give the string the source translates to (&quot;source&lt;Tab&gt;target&quot;)</source>
        <translation>n&apos;a pas de cible&#xa0;: indiquez la traduction de la source («&#xa0;source&lt;Tab&gt;cible&#xa0;»)</translation>
    </message>
    <message>
        <source>has &quot;%1&quot; in its source: &lt;sos&gt; and &lt;eos&gt; are the start and end tokens rnnlab adds; a pair holds only characters</source>
        <translation>a «&#xa0;%1&#xa0;» dans sa source&#xa0;: &lt;sos&gt; et &lt;eos&gt; sont les jetons de début et de fin qu&apos;ajoute rnnlab&#xa0;; une paire ne contient que des caractères</translation>
    </message>
    <message>
        <source>has &quot;%1&quot; in its target: &lt;sos&gt; and &lt;eos&gt; are the start and end tokens rnnlab adds; a pair holds only characters</source>
        <translation>a «&#xa0;%1&#xa0;» dans sa cible&#xa0;: &lt;sos&gt; et &lt;eos&gt; sont les jetons de début et de fin qu&apos;ajoute rnnlab&#xa0;; une paire ne contient que des caractères</translation>
    </message>
    <message>
        <source>make a source vocabulary of %1 characters; the limit is %2</source>
        <translation>forment un vocabulaire source de %1 caractères&#xa0;; la limite est %2</translation>
    </message>
    <message>
        <source>make %1 target tokens; the limit is %2</source>
        <translation>forment %1 jetons cibles&#xa0;; la limite est %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Like the des&amp;ktop</source>
        <translation>Comme le &amp;bureau</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>Cl&amp;air</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Contraste élevé</translation>
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
        <translation>Pas d&apos;entraînement effectués&#xa0;: chacun est une propagation avant sur le texte, la perte, la rétropropagation à travers le temps et une mise à jour des poids</translation>
    </message>
    <message>
        <source>moved %1 of the %2 parameters against their gradient</source>
        <translation>a déplacé %1 des %2 paramètres dans le sens opposé à leur gradient</translation>
    </message>
    <message>
        <source>%1 &lt;i&gt;with&lt;/i&gt; it (the optimizer&apos;s momentum still carries the direction of the earlier steps)</source>
        <translation>%1 &lt;i&gt;dans le sens&lt;/i&gt; du gradient (le momentum de l&apos;optimiseur garde la direction des pas précédents)</translation>
    </message>
    <message>
        <source>%1 whose gradient is 0, carried by the optimizer&apos;s momentum</source>
        <translation>%1 dont le gradient est nul, entraînés par le momentum de l&apos;optimiseur</translation>
    </message>
    <message>
        <source>%1 not at all despite a gradient</source>
        <translation>%1 pas du tout malgré un gradient</translation>
    </message>
    <message>
        <source>The update </source>
        <translation>La mise à jour </translation>
    </message>
    <message>
        <source>, and left the %1 whose gradient is 0 where they were</source>
        <translation>, et a laissé en place les %1 dont le gradient est nul</translation>
    </message>
    <message>
        <source>Sequence data</source>
        <translation>Données séquentielles</translation>
    </message>
    <message>
        <source>&lt;p&gt;Text, speech, prices, video: data that comes &lt;b&gt;in order&lt;/b&gt;, where what comes next depends on what came before.&lt;/p&gt;&lt;p&gt;Our example is the word &lt;b&gt;hello&lt;/b&gt;. Given &lt;i&gt;h, e, l, l&lt;/i&gt; one at a time, the network should say what comes next each time: &lt;i&gt;e, l, l, o&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;A plain feed-forward network sees one character and has no memory: after the first ‘l’ and after the second ‘l’ it would say the same thing. A &lt;b&gt;recurrent&lt;/b&gt; network carries a memory h&lt;sub&gt;t&lt;/sub&gt; from step to step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Texte, parole, cours de bourse, vidéo&#xa0;: des données qui arrivent &lt;b&gt;dans l&apos;ordre&lt;/b&gt;, où la suite dépend de ce qui précède.&lt;/p&gt;&lt;p&gt;Notre exemple est le mot &lt;b&gt;hello&lt;/b&gt;. En lisant &lt;i&gt;h, e, l, l&lt;/i&gt; un par un, le réseau doit dire à chaque fois ce qui suit&#xa0;: &lt;i&gt;e, l, l, o&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Un réseau feed-forward classique voit un caractère et n&apos;a pas de mémoire&#xa0;: après le premier «&#xa0;l&#xa0;» et après le second, il dirait la même chose. Un réseau &lt;b&gt;récurrent&lt;/b&gt; transporte une mémoire h&lt;sub&gt;t&lt;/sub&gt; d&apos;un pas à l&apos;autre.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The vanilla RNN, folded</source>
        <translation>Le RNN simple, replié</translation>
    </message>
    <message>
        <source>&lt;p&gt;One cell. At every time step it takes the input x&lt;sub&gt;t&lt;/sub&gt; and its own previous state h&lt;sub&gt;t−1&lt;/sub&gt; (the loop, through &lt;b&gt;W&lt;sub&gt;hh&lt;/sub&gt;&lt;/b&gt;) and computes the new state h&lt;sub&gt;t&lt;/sub&gt;; from it comes the output y&lt;sub&gt;t&lt;/sub&gt;.&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;F&lt;/b&gt; to fold and unfold.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Une seule cellule. À chaque pas de temps, elle prend l&apos;entrée x&lt;sub&gt;t&lt;/sub&gt; et son propre état précédent h&lt;sub&gt;t−1&lt;/sub&gt; (la boucle, via &lt;b&gt;W&lt;sub&gt;hh&lt;/sub&gt;&lt;/b&gt;) et calcule le nouvel état h&lt;sub&gt;t&lt;/sub&gt;&#xa0;; on en tire la sortie y&lt;sub&gt;t&lt;/sub&gt;.&lt;/p&gt;&lt;p&gt;Appuyez sur &lt;b&gt;F&lt;/b&gt; pour replier et déplier.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Unfolded over time</source>
        <translation>Déplié dans le temps</translation>
    </message>
    <message>
        <source>&lt;p&gt;The same cell drawn once per time step: the loop becomes the arrows from left to right. Each column is one character of ‘hell’; the top row is what the network predicts.&lt;/p&gt;&lt;p&gt;Hover over anything to see its numbers.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La même cellule dessinée une fois par pas de temps&#xa0;: la boucle devient les flèches de gauche à droite. Chaque colonne est un caractère de «&#xa0;hell&#xa0;»&#xa0;; la rangée du haut est ce que le réseau prédit.&lt;/p&gt;&lt;p&gt;Survolez n&apos;importe quel élément pour voir ses valeurs.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Shared weights</source>
        <translation>Poids partagés</translation>
    </message>
    <message>
        <source>&lt;p&gt;The matrices &lt;b&gt;W&lt;sub&gt;xh&lt;/sub&gt;&lt;/b&gt; (input → hidden) and &lt;b&gt;W&lt;sub&gt;hh&lt;/sub&gt;&lt;/b&gt; (hidden → hidden) are the &lt;b&gt;same at every time step&lt;/b&gt;: each arrow of one colour is the same matrix. The Matrices panel shows them, with the biases.&lt;/p&gt;&lt;p&gt;The slides also have &lt;b&gt;W&lt;sub&gt;hy&lt;/sub&gt;&lt;/b&gt; (hidden → output). The lecture&apos;s example has none: the hidden state itself (4 numbers for 4 characters) is the output y&lt;sub&gt;t&lt;/sub&gt;. With an output layer (Model panel) W&lt;sub&gt;hy&lt;/sub&gt; appears, shared across time like the other two.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les matrices &lt;b&gt;W&lt;sub&gt;xh&lt;/sub&gt;&lt;/b&gt; (entrée → état caché) et &lt;b&gt;W&lt;sub&gt;hh&lt;/sub&gt;&lt;/b&gt; (état caché → état caché) sont &lt;b&gt;les mêmes à chaque pas de temps&lt;/b&gt;&#xa0;: toutes les flèches d&apos;une couleur sont la même matrice. Le panneau Matrices les montre, avec les biais.&lt;/p&gt;&lt;p&gt;Les diapositives comportent aussi &lt;b&gt;W&lt;sub&gt;hy&lt;/sub&gt;&lt;/b&gt; (état caché → sortie). L&apos;exemple du cours n&apos;en a pas&#xa0;: l&apos;état caché lui-même (4 nombres pour 4 caractères) est la sortie y&lt;sub&gt;t&lt;/sub&gt;. Avec une couche de sortie (onglet «&#xa0;Modèle et données&#xa0;»), W&lt;sub&gt;hy&lt;/sub&gt; apparaît, partagée dans le temps comme les deux autres.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The computation, by hand</source>
        <translation>Le calcul, à la main</translation>
    </message>
    <message>
        <source>&lt;p&gt;h&lt;sub&gt;t&lt;/sub&gt; = tanh(W&lt;sub&gt;hh&lt;/sub&gt; h&lt;sub&gt;t−1&lt;/sub&gt; + W&lt;sub&gt;xh&lt;/sub&gt; x&lt;sub&gt;t&lt;/sub&gt; + b), y&lt;sub&gt;t&lt;/sub&gt; = h&lt;sub&gt;t&lt;/sub&gt;, p&lt;sub&gt;t&lt;/sub&gt; = softmax(y&lt;sub&gt;t&lt;/sub&gt;), for t = 1 … n with h&lt;sub&gt;0&lt;/sub&gt; = 0.&lt;/p&gt;&lt;p&gt;The slides leave the bias out; PyTorch&apos;s nn.RNN has two, b&lt;sub&gt;ih&lt;/sub&gt; beside W&lt;sub&gt;xh&lt;/sub&gt; and b&lt;sub&gt;hh&lt;/sub&gt; beside W&lt;sub&gt;hh&lt;/sub&gt;, and only ever adds them: b = b&lt;sub&gt;ih&lt;/sub&gt; + b&lt;sub&gt;hh&lt;/sub&gt;. PyTorch&apos;s names: W&lt;sub&gt;xh&lt;/sub&gt; is weight_ih_l0, W&lt;sub&gt;hh&lt;/sub&gt; weight_hh_l0, b&lt;sub&gt;ih&lt;/sub&gt; bias_ih_l0, b&lt;sub&gt;hh&lt;/sub&gt; bias_hh_l0. y&lt;sub&gt;t&lt;/sub&gt; = h&lt;sub&gt;t&lt;/sub&gt; because this network has no output layer; with one, y&lt;sub&gt;t&lt;/sub&gt; = W&lt;sub&gt;hy&lt;/sub&gt; h&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;y&lt;/sub&gt;.&lt;/p&gt;&lt;p&gt;Below, the equation with the real numbers of this network for t = 1. Press &lt;b&gt;→&lt;/b&gt; to walk through a time step, &lt;b&gt;Shift+→&lt;/b&gt; for the next part of the computation.&lt;/p&gt;</source>
        <translation>&lt;p&gt;h&lt;sub&gt;t&lt;/sub&gt; = tanh(W&lt;sub&gt;hh&lt;/sub&gt; h&lt;sub&gt;t−1&lt;/sub&gt; + W&lt;sub&gt;xh&lt;/sub&gt; x&lt;sub&gt;t&lt;/sub&gt; + b), y&lt;sub&gt;t&lt;/sub&gt; = h&lt;sub&gt;t&lt;/sub&gt;, p&lt;sub&gt;t&lt;/sub&gt; = softmax(y&lt;sub&gt;t&lt;/sub&gt;), pour t = 1 … n avec h&lt;sub&gt;0&lt;/sub&gt; = 0.&lt;/p&gt;&lt;p&gt;Les diapositives omettent le biais&#xa0;; nn.RNN de PyTorch en a deux, b&lt;sub&gt;ih&lt;/sub&gt; à côté de W&lt;sub&gt;xh&lt;/sub&gt; et b&lt;sub&gt;hh&lt;/sub&gt; à côté de W&lt;sub&gt;hh&lt;/sub&gt;, et ne fait que les additionner&#xa0;: b = b&lt;sub&gt;ih&lt;/sub&gt; + b&lt;sub&gt;hh&lt;/sub&gt;. Noms PyTorch&#xa0;: W&lt;sub&gt;xh&lt;/sub&gt; est weight_ih_l0, W&lt;sub&gt;hh&lt;/sub&gt; weight_hh_l0, b&lt;sub&gt;ih&lt;/sub&gt; bias_ih_l0, b&lt;sub&gt;hh&lt;/sub&gt; bias_hh_l0. y&lt;sub&gt;t&lt;/sub&gt; = h&lt;sub&gt;t&lt;/sub&gt; car ce réseau n&apos;a pas de couche de sortie&#xa0;; avec une, y&lt;sub&gt;t&lt;/sub&gt; = W&lt;sub&gt;hy&lt;/sub&gt; h&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;y&lt;/sub&gt;.&lt;/p&gt;&lt;p&gt;Ci-dessous, l&apos;équation avec les vraies valeurs de ce réseau pour t = 1. Appuyez sur &lt;b&gt;→&lt;/b&gt; pour parcourir un pas de temps, &lt;b&gt;Shift+→&lt;/b&gt; pour la partie suivante du calcul.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Predict: the next character</source>
        <translation>Prédire&#xa0;: le caractère suivant</translation>
    </message>
    <message>
        <source>&lt;p&gt;The network is untrained: its weights are the random ones of seed 0. At t = 2 it reads ‘e’.&lt;/p&gt;&lt;p&gt;How to tell from the numbers below: here y&lt;sub&gt;t&lt;/sub&gt; = h&lt;sub&gt;t&lt;/sub&gt;, and tanh and softmax both keep the order of their inputs, so the largest entry of the pre-activation (the bold vector) becomes the largest probability — its character is the prediction (the rows are in the vocabulary&apos;s order: h, e, l, o).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le réseau n&apos;est pas entraîné&#xa0;: ses poids sont les poids aléatoires de la graine 0. À t = 2, il lit «&#xa0;e&#xa0;».&lt;/p&gt;&lt;p&gt;Comment le voir dans les nombres ci-dessous&#xa0;: ici y&lt;sub&gt;t&lt;/sub&gt; = h&lt;sub&gt;t&lt;/sub&gt;, et tanh comme softmax conservent l&apos;ordre de leurs entrées, donc la plus grande composante de la pré-activation (le vecteur en gras) devient la plus grande probabilité — son caractère est la prédiction (les lignes suivent l&apos;ordre du vocabulaire&#xa0;: h, e, l, o).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The PyTorch code</source>
        <translation>Le code PyTorch</translation>
    </message>
    <message>
        <source>&lt;p&gt;The lecture&apos;s code. rnnlab computes what it computes: the same initial weights from the seed, bit for bit, and Adam&apos;s update rule exactly as PyTorch&apos;s; the gradients and losses agree to the last digits of float32, not bit for bit (sums taken in another order can differ there; the tests hold the losses to 10&lt;sup&gt;−5&lt;/sup&gt;).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le code du cours. rnnlab calcule ce qu&apos;il calcule&#xa0;: les mêmes poids initiaux à partir de la graine, bit pour bit, et la règle de mise à jour d&apos;Adam exactement comme PyTorch&#xa0;; les gradients et les pertes concordent jusqu&apos;aux derniers chiffres en float32, pas bit pour bit (des sommes faites dans un autre ordre peuvent y différer&#xa0;; les tests vérifient les pertes à 10&lt;sup&gt;−5&lt;/sup&gt; près).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Training hello</source>
        <translation>Entraîner hello</translation>
    </message>
    <message>
        <source>&lt;p&gt;Ten steps of Adam, as in the lecture&apos;s loop. Each row is one step: its loss and what the network predicted; the wrong characters are underlined. Like the loop&apos;s print(result), a row is taken from the step&apos;s forward pass, &lt;i&gt;before&lt;/i&gt; its update — the caption above the graph shows the network after the tenth update, so its loss is not row 10&apos;s.&lt;/p&gt;&lt;p&gt;After ten steps it says &lt;b&gt;ello&lt;/b&gt;. Press &lt;b&gt;Space&lt;/b&gt; to train on, &lt;b&gt;Ctrl+→&lt;/b&gt; for one step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dix pas d&apos;Adam, comme dans la boucle du cours. Chaque ligne est un pas&#xa0;: sa perte et ce que le réseau a prédit&#xa0;; les caractères faux sont soulignés. Comme le print(result) de la boucle, une ligne vient de la propagation avant du pas, &lt;i&gt;avant&lt;/i&gt; sa mise à jour — la légende au-dessus du graphe montre le réseau après la dixième mise à jour, sa perte n&apos;est donc pas celle de la ligne 10.&lt;/p&gt;&lt;p&gt;Après dix pas, il dit &lt;b&gt;ello&lt;/b&gt;. Appuyez sur &lt;b&gt;Espace&lt;/b&gt; pour continuer l&apos;entraînement, &lt;b&gt;Ctrl+→&lt;/b&gt; pour un seul pas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Predict: the loss after the next update</source>
        <translation>Prédire&#xa0;: la perte après la prochaine mise à jour</translation>
    </message>
    <message>
        <source>&lt;p&gt;The loss is the mean of −log p(target) over the four time steps. The optimizer is about to take one more step, guided by the gradient.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La perte est la moyenne de −log p(cible) sur les quatre pas de temps. L&apos;optimiseur va faire un pas de plus, guidé par le gradient.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Predict: the biggest gradient</source>
        <translation>Prédire&#xa0;: le plus grand gradient</translation>
    </message>
    <message>
        <source>&lt;p&gt;Back to the untrained network (step 0). Back through time (BPTT) the loss sends a gradient to every weight it used (not to W&lt;sub&gt;xh&lt;/sub&gt;&apos;s ‘o’ column: ‘o’ is never an input). W&lt;sub&gt;hh&lt;/sub&gt; is used at every time step, so its gradient adds up the contributions of t = 2 … n (at t = 1 it multiplies h&lt;sub&gt;0&lt;/sub&gt; = 0).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Retour au réseau non entraîné (pas 0). En remontant le temps (BPTT), la perte envoie un gradient à chaque poids qu&apos;elle a utilisé (pas à la colonne «&#xa0;o&#xa0;» de W&lt;sub&gt;xh&lt;/sub&gt;&#xa0;: «&#xa0;o&#xa0;» n&apos;est jamais une entrée). W&lt;sub&gt;hh&lt;/sub&gt; sert à chaque pas de temps, donc son gradient additionne les contributions de t = 2 … n (à t = 1 il multiplie h&lt;sub&gt;0&lt;/sub&gt; = 0).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The shapes of RNN tasks</source>
        <translation>Les formes de tâches des RNN</translation>
    </message>
    <message>
        <source>Many-to-one: the sentiment of a sentence</source>
        <translation>Many-to-one&#xa0;: le sentiment d&apos;une phrase</translation>
    </message>
    <message>
        <source>&lt;p&gt;Sixteen short reviews, each labelled &lt;i&gt;positive&lt;/i&gt; or &lt;i&gt;negative&lt;/i&gt;. The network reads the whole review and only its &lt;b&gt;last&lt;/b&gt; output counts: the loss is on the last time step alone.&lt;/p&gt;&lt;p&gt;In the Model panel such data is one line per text: &lt;i&gt;text&lt;/i&gt;, a Tab, &lt;i&gt;label&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Right on all sixteen means it has learned &lt;i&gt;these&lt;/i&gt; sentences — memorised them, perhaps; whether it judges a review it has never seen is another test. (Its cell is a GRU, step 15: the bars beside the arrows are its gates r and z and its candidate n.)&lt;/p&gt;</source>
        <translation>&lt;p&gt;Seize courts avis, chacun étiqueté &lt;i&gt;positif&lt;/i&gt; ou &lt;i&gt;négatif&lt;/i&gt;. Le réseau lit l&apos;avis entier et seule sa &lt;b&gt;dernière&lt;/b&gt; sortie compte&#xa0;: la perte porte sur le dernier pas de temps seul.&lt;/p&gt;&lt;p&gt;Dans l&apos;onglet «&#xa0;Modèle et données&#xa0;», ces données font une ligne par texte&#xa0;: &lt;i&gt;texte&lt;/i&gt;, une tabulation, &lt;i&gt;étiquette&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Juste sur les seize veut dire qu&apos;il a appris &lt;i&gt;ces&lt;/i&gt; phrases — peut-être par cœur&#xa0;; savoir s&apos;il juge un avis jamais vu est un autre test. (Sa cellule est un GRU, étape 15&#xa0;: les barres à côté des flèches sont ses portes r et z et son candidat n.)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Stacked RNNs</source>
        <translation>RNN empilés</translation>
    </message>
    <message>
        <source>&lt;p&gt;Layers on top of each other: the hidden state of layer 1 is the input of layer 2. Each layer has its own W&lt;sub&gt;xh&lt;/sub&gt; and W&lt;sub&gt;hh&lt;/sub&gt;, shared across time along its row.&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;L&lt;/b&gt; to walk layer by layer, as PyTorch computes it, instead of time step by time step: the numbers are the same.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Des couches les unes sur les autres&#xa0;: l&apos;état caché de la couche 1 est l&apos;entrée de la couche 2. Chaque couche a ses propres W&lt;sub&gt;xh&lt;/sub&gt; et W&lt;sub&gt;hh&lt;/sub&gt;, partagées dans le temps le long de sa rangée.&lt;/p&gt;&lt;p&gt;Appuyez sur &lt;b&gt;L&lt;/b&gt; pour parcourir couche par couche, comme PyTorch calcule, au lieu de pas de temps en pas de temps&#xa0;: les nombres sont les mêmes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>LSTM</source>
        <translation>LSTM</translation>
    </message>
    <message>
        <source>&lt;p&gt;Back through time, a vanilla RNN&apos;s gradient is multiplied by W&lt;sub&gt;hh&lt;/sub&gt;ᵀ and tanh′ at every step, and usually fades (or, with large weights, grows). The LSTM adds a cell state c&lt;sub&gt;t&lt;/sub&gt; (the lane above each row), c&lt;sub&gt;t&lt;/sub&gt; = f ⊙ c&lt;sub&gt;t−1&lt;/sub&gt; + i ⊙ g, and gates between 0 and 1 (the bars i, f, o, beside the candidate g): &lt;b&gt;f&lt;/b&gt;orget keeps c&lt;sub&gt;t−1&lt;/sub&gt;, &lt;b&gt;i&lt;/b&gt;nput writes the candidate g (between −1 and 1), &lt;b&gt;o&lt;/b&gt;utput reads tanh(c&lt;sub&gt;t&lt;/sub&gt;) into h&lt;sub&gt;t&lt;/sub&gt;.&lt;/p&gt;&lt;p&gt;Where f ≈ 1, c&lt;sub&gt;t−1&lt;/sub&gt; is kept and the gradient along c passes back almost unchanged. Untrained, an LSTM&apos;s gradient fades much like an RNN&apos;s; training can &lt;i&gt;learn&lt;/i&gt; f ≈ 1 (Compare ▸ RNN vs LSTM vs GRU).&lt;/p&gt;&lt;p&gt;After ten steps this LSTM says &lt;i&gt;llll&lt;/i&gt; where the RNN said &lt;i&gt;ello&lt;/i&gt;: it has four times the weights to set in the same ten steps. Press &lt;b&gt;Space&lt;/b&gt;: within 40 steps it says &lt;i&gt;ello&lt;/i&gt; too.&lt;/p&gt;</source>
        <translation>&lt;p&gt;En remontant le temps, le gradient d&apos;un RNN simple est multiplié par W&lt;sub&gt;hh&lt;/sub&gt;ᵀ et tanh′ à chaque pas, et en général s&apos;évanouit (ou, avec de grands poids, explose). Le LSTM ajoute un état de cellule c&lt;sub&gt;t&lt;/sub&gt; (la voie au-dessus de chaque rangée), c&lt;sub&gt;t&lt;/sub&gt; = f ⊙ c&lt;sub&gt;t−1&lt;/sub&gt; + i ⊙ g, et des portes entre 0 et 1 (les barres i, f, o, à côté du candidat g)&#xa0;: la porte d&apos;oubli &lt;b&gt;f&lt;/b&gt; garde c&lt;sub&gt;t−1&lt;/sub&gt;, la porte d&apos;entrée &lt;b&gt;i&lt;/b&gt; écrit le candidat g (entre −1 et 1), la porte de sortie &lt;b&gt;o&lt;/b&gt; lit tanh(c&lt;sub&gt;t&lt;/sub&gt;) dans h&lt;sub&gt;t&lt;/sub&gt;.&lt;/p&gt;&lt;p&gt;Là où f ≈ 1, c&lt;sub&gt;t−1&lt;/sub&gt; est conservé et le gradient le long de c repasse presque inchangé. Non entraîné, le gradient d&apos;un LSTM s&apos;évanouit à peu près comme celui d&apos;un RNN&#xa0;; l&apos;entraînement peut &lt;i&gt;apprendre&lt;/i&gt; f ≈ 1 (Comparer ▸ RNN vs LSTM vs GRU).&lt;/p&gt;&lt;p&gt;Après dix pas, ce LSTM dit &lt;i&gt;llll&lt;/i&gt; là où le RNN disait &lt;i&gt;ello&lt;/i&gt;&#xa0;: il a quatre fois plus de poids à régler en dix pas. Appuyez sur &lt;b&gt;Espace&lt;/b&gt;&#xa0;: en moins de 40 pas, il dit &lt;i&gt;ello&lt;/i&gt; lui aussi.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>GRU</source>
        <translation>GRU</translation>
    </message>
    <message>
        <source>&lt;p&gt;The GRU does the same with two gates (r, z) and no separate cell state (its bars: r, z and the candidate n): h&lt;sub&gt;t&lt;/sub&gt; = (1 − z) ⊙ n&lt;sub&gt;t&lt;/sub&gt; + z ⊙ h&lt;sub&gt;t−1&lt;/sub&gt;, where ⊙ multiplies entry by entry and n&lt;sub&gt;t&lt;/sub&gt; = tanh(W&lt;sub&gt;in&lt;/sub&gt; x&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;in&lt;/sub&gt; + r ⊙ (W&lt;sub&gt;hn&lt;/sub&gt; h&lt;sub&gt;t−1&lt;/sub&gt; + b&lt;sub&gt;hn&lt;/sub&gt;)) is the candidate state.&lt;/p&gt;&lt;p&gt;The update gate &lt;b&gt;z&lt;/b&gt; mixes: z ≈ 1 keeps the old state (and passes the gradient back nearly unchanged), z ≈ 0 replaces it with n&lt;sub&gt;t&lt;/sub&gt;. The reset gate &lt;b&gt;r&lt;/b&gt; decides how much of h&lt;sub&gt;t−1&lt;/sub&gt; the candidate sees.&lt;/p&gt;&lt;p&gt;The slides name the LSTM and the GRU; these two steps show what they compute. Change anything in the Model panel and see what happens.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le GRU fait de même avec deux portes (r, z) et sans état de cellule séparé (ses barres&#xa0;: r, z et le candidat n)&#xa0;: h&lt;sub&gt;t&lt;/sub&gt; = (1 − z) ⊙ n&lt;sub&gt;t&lt;/sub&gt; + z ⊙ h&lt;sub&gt;t−1&lt;/sub&gt;, où ⊙ multiplie composante par composante et n&lt;sub&gt;t&lt;/sub&gt; = tanh(W&lt;sub&gt;in&lt;/sub&gt; x&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;in&lt;/sub&gt; + r ⊙ (W&lt;sub&gt;hn&lt;/sub&gt; h&lt;sub&gt;t−1&lt;/sub&gt; + b&lt;sub&gt;hn&lt;/sub&gt;)) est l&apos;état candidat.&lt;/p&gt;&lt;p&gt;La porte de mise à jour &lt;b&gt;z&lt;/b&gt; mélange&#xa0;: z ≈ 1 garde l&apos;ancien état (et repasse le gradient presque inchangé), z ≈ 0 le remplace par n&lt;sub&gt;t&lt;/sub&gt;. La porte de réinitialisation &lt;b&gt;r&lt;/b&gt; décide quelle part de h&lt;sub&gt;t−1&lt;/sub&gt; le candidat voit.&lt;/p&gt;&lt;p&gt;Les diapositives nomment le LSTM et le GRU&#xa0;; ces deux étapes montrent ce qu&apos;ils calculent. Changez n&apos;importe quoi dans l&apos;onglet «&#xa0;Modèle et données&#xa0;» et voyez ce qui se passe.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Seeing memory</source>
        <translation>Voir la mémoire</translation>
    </message>
    <message>
        <source>&lt;p&gt;An RNN&apos;s memory, seen three ways in the &lt;b&gt;Memory&lt;/b&gt; tab:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;How far back a prediction looks&lt;/b&gt;: the text up to the walk&apos;s step t, each character shaded (and a bar) by ‖∂ log p&lt;sub&gt;t&lt;/sub&gt;(target) / ∂x&lt;sub&gt;s&lt;/sub&gt;‖ — how much that input moves step t&apos;s right answer, by backpropagation through time.&lt;/li&gt;&lt;li&gt;&lt;b&gt;The path of h&lt;sub&gt;t&lt;/sub&gt;&lt;/b&gt;: each state a point in the states&apos; two main directions (PCA), in time order. &lt;b&gt;Freeze axes&lt;/b&gt; and train on: the path moves in one frame.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Units over the text&lt;/b&gt;: the text coloured by one hidden unit; drag over a part of it to find the units that track it.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Hello&apos;s two ‘l’s are the test: the same input, yet ‘l’ follows the first and ‘o’ the second — only memory tells them apart. &lt;b&gt;←&lt;/b&gt; / &lt;b&gt;→&lt;/b&gt; move the step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La mémoire d&apos;un RNN, vue de trois façons dans l&apos;onglet &lt;b&gt;Mémoire&lt;/b&gt;&#xa0;:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Jusqu&apos;où remonte une prédiction&lt;/b&gt;&#xa0;: le texte jusqu&apos;au pas t du parcours, chaque caractère ombré (avec une barre) selon ‖∂ log p&lt;sub&gt;t&lt;/sub&gt;(cible) / ∂x&lt;sub&gt;s&lt;/sub&gt;‖ — combien cette entrée fait bouger la bonne réponse du pas t, par rétropropagation à travers le temps.&lt;/li&gt;&lt;li&gt;&lt;b&gt;La trajectoire de h&lt;sub&gt;t&lt;/sub&gt;&lt;/b&gt;&#xa0;: chaque état est un point dans les deux directions principales des états (ACP), dans l&apos;ordre du temps. &lt;b&gt;Figez les axes&lt;/b&gt; et continuez l&apos;entraînement&#xa0;: la trajectoire bouge dans un même cadre.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Unités sur le texte&lt;/b&gt;&#xa0;: le texte coloré par une unité cachée&#xa0;; faites glisser sur une partie pour trouver les unités qui la suivent.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Les deux «&#xa0;l&#xa0;» de hello sont le test&#xa0;: la même entrée, pourtant «&#xa0;l&#xa0;» suit le premier et «&#xa0;o&#xa0;» le second — seule la mémoire les distingue. &lt;b&gt;←&lt;/b&gt; / &lt;b&gt;→&lt;/b&gt; changent de pas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>It goes down</source>
        <translation>Elle baisse</translation>
    </message>
    <message>
        <source>It goes up</source>
        <translation>Elle monte</translation>
    </message>
    <message>
        <source>row h%1, column h%2</source>
        <translation>ligne h%1, colonne h%2</translation>
    </message>
    <message>
        <source>Which character will the network &lt;b&gt;predict&lt;/b&gt; at t = %1, after reading ‘%2’? (Not which one is right: what &lt;i&gt;this&lt;/i&gt; network will say.)</source>
        <translation>Quel caractère le réseau va-t-il &lt;b&gt;prédire&lt;/b&gt; à t = %1, après avoir lu «&#xa0;%2&#xa0;»&#xa0;? (Pas lequel est juste&#xa0;: ce que &lt;i&gt;ce&lt;/i&gt; réseau va dire.)</translation>
    </message>
    <message>
        <source>The loss is %1 now. After the next update, will it go down or up?</source>
        <translation>La perte vaut %1 maintenant. Après la prochaine mise à jour, va-t-elle baisser ou monter&#xa0;?</translation>
    </message>
    <message>
        <source>Which entry of W&lt;sub&gt;hh&lt;/sub&gt; gets the &lt;b&gt;largest&lt;/b&gt; gradient |dL/dW&lt;sub&gt;hh&lt;/sub&gt;| from this forward pass? Button &lt;i&gt;i,j&lt;/i&gt;: row i (the unit it feeds), column j (the unit of h&lt;sub&gt;t−1&lt;/sub&gt; it reads).</source>
        <translation>Quel coefficient de W&lt;sub&gt;hh&lt;/sub&gt; reçoit le &lt;b&gt;plus grand&lt;/b&gt; gradient |dL/dW&lt;sub&gt;hh&lt;/sub&gt;| de cette propagation avant&#xa0;? Bouton &lt;i&gt;i,j&lt;/i&gt;&#xa0;: ligne i (l&apos;unité qu&apos;il alimente), colonne j (l&apos;unité de h&lt;sub&gt;t−1&lt;/sub&gt; qu&apos;il lit).</translation>
    </message>
    <message>
        <source>The softmax at t = %1 gives %2. The largest is ‘%3’: the network predicts ‘%3’%4.</source>
        <translation>Le softmax à t = %1 donne %2. Le plus grand est «&#xa0;%3&#xa0;»&#xa0;: le réseau prédit «&#xa0;%3&#xa0;»%4.</translation>
    </message>
    <message>
        <source>, which is right</source>
        <translation>, ce qui est juste</translation>
    </message>
    <message>
        <source> — the text goes on with ‘%1’, so training will push p(‘%1’) up</source>
        <translation> — le texte continue par «&#xa0;%1&#xa0;», donc l&apos;entraînement va faire monter p(«&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>The loss went from %1 to %2: down by %3. </source>
        <translation>La perte est passée de %1 à %2&#xa0;: baisse de %3. </translation>
    </message>
    <message>
        <source>The loss went from %1 to %2: &lt;b&gt;up&lt;/b&gt; by %3. The gradient only says which way is down &lt;i&gt;here&lt;/i&gt;; a step of this size went past the valley (the learning rate is large). </source>
        <translation>La perte est passée de %1 à %2&#xa0;: &lt;b&gt;hausse&lt;/b&gt; de %3. Le gradient indique seulement la pente descendante &lt;i&gt;ici&lt;/i&gt;&#xa0;; un pas de cette taille a dépassé la vallée (le taux d&apos;apprentissage est grand). </translation>
    </message>
    <message>
        <source>dL/dW&lt;sub&gt;hh&lt;/sub&gt; is largest at row h%1, column h%2: %3. All of it:%4It adds up, over the time steps, dL/da of unit h%1 — how much the loss wants its pre-activation to change, dL/dh times tanh′ = 1 − h² — times h%2 one step earlier. Adam&apos;s first step then moves every weight whose gradient is not 0 by almost exactly the learning rate (lr·|g| / (|g| + ε)), whatever the gradient&apos;s size: there only the sign counts.</source>
        <translation>dL/dW&lt;sub&gt;hh&lt;/sub&gt; est maximal en ligne h%1, colonne h%2&#xa0;: %3. En entier&#xa0;:%4Il additionne, sur les pas de temps, dL/da de l&apos;unité h%1 — combien la perte veut que sa pré-activation change, dL/dh fois tanh′ = 1 − h² — fois h%2 un pas plus tôt. Le premier pas d&apos;Adam déplace alors chaque poids de gradient non nul de presque exactement le taux d&apos;apprentissage (lr·|g| / (|g| + ε)), quelle que soit la taille du gradient&#xa0;: seul le signe compte.</translation>
    </message>
    <message>
        <source>‘%1’ (step %2) %3</source>
        <translation>«&#xa0;%1&#xa0;» (pas %2) %3</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This network now&lt;/b&gt;: step %1 reads ‘%2’; next comes ‘%3’, and the network gives it p = %4. How much each input moves that: %5.</source>
        <translation>&lt;p&gt;&lt;b&gt;Ce réseau maintenant&lt;/b&gt;&#xa0;: le pas %1 lit «&#xa0;%2&#xa0;»&#xa0;; ensuite vient «&#xa0;%3&#xa0;», et le réseau lui donne p = %4. Effet de chaque entrée&#xa0;: %5.</translation>
    </message>
    <message>
        <source>Steps %1 and %2 both read ‘%3’, yet their states lie %4 apart in the path (%5 across): the network remembers what came before.</source>
        <translation>Les pas %1 et %2 lisent tous deux «&#xa0;%3&#xa0;», pourtant leurs états sont à %4 l&apos;un de l&apos;autre sur la trajectoire (%5 d&apos;étendue)&#xa0;: le réseau se souvient de ce qui précède.</translation>
    </message>
    <message>
        <source>Steps %1 and %2 both read ‘%3’, and their states lie almost on one point in the path (%4 apart, %5 across): here the network hardly tells them apart.</source>
        <translation>Les pas %1 et %2 lisent tous deux «&#xa0;%3&#xa0;», et leurs états sont presque au même point (%4 d&apos;écart, %5 d&apos;étendue)&#xa0;: ici le réseau les distingue à peine.</translation>
    </message>
    <message>
        <source>Score: %1 of %2 right</source>
        <translation>Score&#xa0;: %1 bonnes réponses sur %2</translation>
    </message>
    <message>
        <source>C&amp;ompare</source>
        <translation>C&amp;omparer</translation>
    </message>
    <message>
        <source>This model against one more &amp;layer</source>
        <translation>Ce modèle contre une &amp;couche de plus</translation>
    </message>
    <message>
        <source>The model and data on the left, from its seed, beside the same with one more stacked layer</source>
        <translation>Le modèle et les données de gauche, depuis sa graine, à côté du même avec une couche empilée de plus</translation>
    </message>
    <message>
        <source>This model as RNN, LSTM and &amp;GRU</source>
        <translation>Ce modèle en RNN, LSTM et &amp;GRU</translation>
    </message>
    <message>
        <source>The model and data on the left, from its seed, as a vanilla RNN, an LSTM and a GRU</source>
        <translation>Le modèle et les données de gauche, depuis sa graine, en RNN simple, LSTM et GRU</translation>
    </message>
    <message>
        <source>SVG, vector, text stays text (*.svg)</source>
        <translation>SVG, vectoriel, le texte reste du texte (*.svg)</translation>
    </message>
    <message>
        <source>PDF, vector, for handouts (*.pdf)</source>
        <translation>PDF, vectoriel, pour les polycopiés (*.pdf)</translation>
    </message>
    <message>
        <source>PNG at 1× (*.png)</source>
        <translation>PNG à 1× (*.png)</translation>
    </message>
    <message>
        <source>PNG at 2× (*.png)</source>
        <translation>PNG à 2× (*.png)</translation>
    </message>
    <message>
        <source>PNG at 3× (*.png)</source>
        <translation>PNG à 3× (*.png)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exporter %1</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Exportation impossible</translation>
    </message>
    <message>
        <source>&amp;Graph as shown…</source>
        <translation>&amp;Graphe tel qu&apos;affiché…</translation>
    </message>
    <message>
        <source>the graph</source>
        <translation>le graphe</translation>
    </message>
    <message>
        <source>&amp;Copy the graph</source>
        <translation>&amp;Copier le graphe</translation>
    </message>
    <message>
        <source>rnnlab graph</source>
        <translation>graphe rnnlab</translation>
    </message>
    <message>
        <source>Heatmaps</source>
        <translation>Cartes de chaleur</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>How far back a prediction looks</source>
        <translation>Jusqu&apos;où remonte une prédiction</translation>
    </message>
    <message>
        <source>The path of h_t</source>
        <translation>La trajectoire de h_t</translation>
    </message>
    <message>
        <source>Units over text</source>
        <translation>Unités sur le texte</translation>
    </message>
    <message>
        <source>%1k steps/s</source>
        <translation>%1k pas/s</translation>
    </message>
    <message>
        <source>%1 steps/s</source>
        <translation>%1 pas/s</translation>
    </message>
    <message>
        <source>Time series: prediction and anomalies</source>
        <translation>Séries temporelles&#xa0;: prédiction et anomalies</translation>
    </message>
    <message>
        <source>above</source>
        <translation>au-dessus de</translation>
    </message>
    <message>
        <source>to the end</source>
        <translation>jusqu&apos;à la fin</translation>
    </message>
    <message>
        <source>&lt;p&gt;The lecture&apos;s first RNN applications are temporal: &lt;b&gt;time-series prediction&lt;/b&gt; and &lt;b&gt;anomaly detection&lt;/b&gt;. An LSTM has learnt a sine wave: at step t it reads x&lt;sub&gt;t&lt;/sub&gt; and predicts x&lt;sub&gt;t+1&lt;/sub&gt; (a number: the loss is the mean squared error).&lt;/p&gt;&lt;ul&gt;&lt;li&gt;The &lt;b&gt;one-step prediction&lt;/b&gt; (dashed) reads the true series up to x&lt;sub&gt;t&lt;/sub&gt;: it can only be one step wrong.&lt;/li&gt;&lt;li&gt;The &lt;b&gt;forecast&lt;/b&gt; (dotted) runs free: each prediction is fed back as the next input, so its errors carry on. Where the generator made the series, a thin line shows what really came.&lt;/li&gt;&lt;li&gt;Below, step t&apos;s error² (y&lt;sub&gt;t&lt;/sub&gt; − x&lt;sub&gt;t+1&lt;/sub&gt;)² on a log scale, and a &lt;b&gt;threshold&lt;/b&gt; (by default the training errors&apos; mean + 3 sd). A step above it is &lt;b&gt;flagged&lt;/b&gt;: a candidate, not yet an anomaly — it is one only where an anomaly was injected (hatched). Grey: warm-up, not counted.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Les premières applications des RNN vues en cours sont temporelles&#xa0;: la &lt;b&gt;prédiction de séries temporelles&lt;/b&gt; et la &lt;b&gt;détection d&apos;anomalies&lt;/b&gt;. Un LSTM a appris une sinusoïde&#xa0;: au pas t, il lit x&lt;sub&gt;t&lt;/sub&gt; et prédit x&lt;sub&gt;t+1&lt;/sub&gt; (un nombre&#xa0;: la perte est l&apos;erreur quadratique moyenne).&lt;/p&gt;&lt;ul&gt;&lt;li&gt;La &lt;b&gt;prédiction à un pas&lt;/b&gt; (en tirets) lit la vraie série jusqu&apos;à x&lt;sub&gt;t&lt;/sub&gt;&#xa0;: elle ne peut se tromper que d&apos;un pas.&lt;/li&gt;&lt;li&gt;La &lt;b&gt;prévision&lt;/b&gt; (en pointillés) avance en roue libre&#xa0;: chaque prédiction est réinjectée comme entrée suivante, donc ses erreurs s&apos;accumulent. Là où le générateur a produit la série, une ligne fine montre la suite réelle.&lt;/li&gt;&lt;li&gt;En dessous, l&apos;erreur² (y&lt;sub&gt;t&lt;/sub&gt; − x&lt;sub&gt;t+1&lt;/sub&gt;)² du pas t en échelle log, et un &lt;b&gt;seuil&lt;/b&gt; (par défaut la moyenne des erreurs d&apos;entraînement + 3 σ). Un pas au-dessus est &lt;b&gt;signalé&lt;/b&gt;&#xa0;: un candidat, pas encore une anomalie — il n&apos;en est une que là où une anomalie a été injectée (hachuré). En gris&#xa0;: préchauffage, non compté.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>manquée</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>détectée</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Now&lt;/b&gt; (training step %1): flagged test steps: %2.</source>
        <translation>&lt;p&gt;&lt;b&gt;Maintenant&lt;/b&gt; (pas d&apos;entraînement %1)&#xa0;: pas de test signalés&#xa0;: %2.</translation>
    </message>
    <message>
        <source> The anomaly at point %1: %2; flags after it (still disturbed): %3; false alarms: %4.</source>
        <translation> L&apos;anomalie au point %1&#xa0;: %2&#xa0;; signalements ensuite (réseau encore perturbé)&#xa0;: %3&#xa0;; fausses alarmes&#xa0;: %4.</translation>
    </message>
    <message>
        <source> Largest error²: %1 at step %2 (predicting x&lt;sub&gt;%3&lt;/sub&gt;), %4 the threshold%5.</source>
        <translation> Plus grande erreur²&#xa0;: %1 au pas %2 (prédit x&lt;sub&gt;%3&lt;/sub&gt;), %4 seuil&#xa0;%5.</translation>
    </message>
    <message>
        <source>%1 ×</source>
        <translation>%1 ×</translation>
    </message>
    <message>
        <source>: flagged</source>
        <translation>: signalé</translation>
    </message>
    <message>
        <source>: not flagged</source>
        <translation>: non signalé</translation>
    </message>
    <message>
        <source> Threshold %1: training error² %2 + 3 × %3 (sd)</source>
        <translation> Seuil %1&#xa0;: erreur² d&apos;entraînement %2 + 3 × %3 (σ)</translation>
    </message>
    <message>
        <source>; sd &gt; mean: ordinary steps pass it too.&lt;/p&gt;</source>
        <translation>; σ &gt; moyenne&#xa0;: des pas ordinaires le dépassent aussi.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>.&lt;/p&gt;</source>
        <translation>.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Score: no questions answered yet</source>
        <translation>Score&#xa0;: aucune question répondue pour l&apos;instant</translation>
    </message>
    <message>
        <source>cannot write %1: the picture could not be encoded as PNG (%2x%3 pixels)</source>
        <extracomment>%1 the file, %2 × %3 the picture&apos;s size in pixels.</extracomment>
        <translation>impossible d&apos;écrire %1&#xa0;: l&apos;image n&apos;a pas pu être encodée en PNG (%2x%3 pixels)</translation>
    </message>
    <message>
        <source>&lt;p&gt;An RNN is flexible: it can read one input or many, and answer once or at every step.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;one-to-one&lt;/b&gt;: no sequence at all — one input, one output, no loop: a plain feed-forward network, the box the slide labels “vanilla”;&lt;/li&gt;&lt;li&gt;&lt;b&gt;one-to-many&lt;/b&gt;: one input, then a sequence out — image captioning, or &lt;i&gt;generating&lt;/i&gt; text: each output is fed back as the next input (the Generate tab);&lt;/li&gt;&lt;li&gt;&lt;b&gt;many-to-one&lt;/b&gt;: read a sequence, answer once — sentiment of a sentence;&lt;/li&gt;&lt;li&gt;&lt;b&gt;many-to-many&lt;/b&gt;: an output per input — our hello, or a tag for every word; translation is many-to-many too, but reads the whole sentence first and then writes one of its own length.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Choose a shape below. &lt;b&gt;one-to-many&lt;/b&gt; draws the network as it generates: x&lt;sub&gt;1&lt;/sub&gt; = ‘h’ is given, every later input is the character it picked one step before (the arrows from y&lt;sub&gt;t−1&lt;/sub&gt; down to x&lt;sub&gt;t&lt;/sub&gt;), with the states and probabilities of that pass — greedy, or sampled with the Generate tab&apos;s temperature and seed. Where the generated text parts from the training text, a ✗ marks the step. &lt;b&gt;one-to-one&lt;/b&gt; is x&lt;sub&gt;1&lt;/sub&gt; in, y&lt;sub&gt;1&lt;/sub&gt; out: one step&apos;s real numbers. The other two keep the numbers of the whole hello pass and only the inputs and outputs they use.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un RNN est flexible&#xa0;: il peut lire une entrée ou plusieurs, et répondre une fois ou à chaque pas.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;one-to-one&lt;/b&gt;&#xa0;: aucune séquence — une entrée, une sortie, pas de boucle&#xa0;: un simple réseau feed-forward, la boîte que la diapositive appelle «&#xa0;vanilla&#xa0;»&#xa0;;&lt;/li&gt;&lt;li&gt;&lt;b&gt;one-to-many&lt;/b&gt;&#xa0;: une entrée, puis une séquence en sortie — légendage d&apos;images, ou &lt;i&gt;génération&lt;/i&gt; de texte&#xa0;: chaque sortie est réinjectée comme entrée suivante (l&apos;onglet Générer)&#xa0;;&lt;/li&gt;&lt;li&gt;&lt;b&gt;many-to-one&lt;/b&gt;&#xa0;: lire une séquence, répondre une fois — le sentiment d&apos;une phrase&#xa0;;&lt;/li&gt;&lt;li&gt;&lt;b&gt;many-to-many&lt;/b&gt;&#xa0;: une sortie par entrée — notre hello, ou une étiquette pour chaque mot&#xa0;; la traduction est aussi many-to-many, mais elle lit d&apos;abord toute la phrase, puis en écrit une de sa propre longueur.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Choisissez une forme ci-dessous. &lt;b&gt;one-to-many&lt;/b&gt; dessine le réseau pendant qu&apos;il génère&#xa0;: x&lt;sub&gt;1&lt;/sub&gt; = «&#xa0;h&#xa0;» est donné, chaque entrée suivante est le caractère choisi au pas précédent (les flèches de y&lt;sub&gt;t−1&lt;/sub&gt; vers x&lt;sub&gt;t&lt;/sub&gt;), avec les états et probabilités de cette passe — en glouton, ou échantillonné avec la température et la graine de l&apos;onglet Générer. Là où le texte généré s&apos;écarte du texte d&apos;entraînement, un ✗ marque le pas. &lt;b&gt;one-to-one&lt;/b&gt;, c&apos;est x&lt;sub&gt;1&lt;/sub&gt; en entrée, y&lt;sub&gt;1&lt;/sub&gt; en sortie&#xa0;: les vraies valeurs d&apos;un seul pas. Les deux autres gardent les valeurs de toute la passe sur hello, avec seulement les entrées et sorties qu&apos;elles utilisent.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ValueEquations</name>
    <message>
        <source>N = number of predicted steps, over all series</source>
        <translation>N = nombre de pas prédits, sur toutes les séries</translation>
    </message>
    <message>
        <source>N = number of predicted steps, over all series; D = features per step</source>
        <translation>N = nombre de pas prédits, sur toutes les séries&#xa0;; D = variables par pas</translation>
    </message>
    <message>
        <source>%1 (predicts x_{t+1}),   loss_t = (y_t − x_{t+1})²,   L = MSE = (1/N) Σ_t loss_t,   </source>
        <extracomment>%1 is the output&apos;s equation (y_t = W_hy h_t + b_y).</extracomment>
        <translation>%1 (prédit x_{t+1}),   loss_t = (y_t − x_{t+1})²,   L = MSE = (1/N) Σ_t loss_t,   </translation>
    </message>
    <message>
        <source>%1 (predicts x_{t+1}),   loss_t = Σ_d (y_t[d] − x_{t+1}[d])²,   L = MSE = (1/(N·D)) Σ_t loss_t,   </source>
        <extracomment>%1 is the output&apos;s equation (y_t = W_hy h_t + b_y).</extracomment>
        <translation>%1 (prédit x_{t+1}),   loss_t = Σ_d (y_t[d] − x_{t+1}[d])²,   L = MSE = (1/(N·D)) Σ_t loss_t,   </translation>
    </message>
    <message>
        <source>a test series is never trained on:</source>
        <translation>une série de test n&apos;est jamais apprise&#xa0;:</translation>
    </message>
    <message>
        <source>this squared error is in no loss L and sends no gradient back</source>
        <translation>cette erreur quadratique n&apos;entre dans aucune perte L et ne renvoie aucun gradient</translation>
    </message>
    <message>
        <source>(forward and error only; the Signal tab holds it against the anomaly threshold)</source>
        <translation>(propagation avant et erreur seulement&#xa0;; l&apos;onglet Signal la compare au seuil d&apos;anomalie)</translation>
    </message>
    <message>
        <source>%1 step</source>
        <translation>%1 pas</translation>
    </message>
    <message>
        <source>%1 steps</source>
        <translation>%1 pas</translation>
    </message>
    <message>
        <source>%1 feature</source>
        <translation>%1 variable</translation>
    </message>
    <message>
        <source>%1 features</source>
        <translation>%1 variables</translation>
    </message>
    <message>
        <source>the prediction of x_%1</source>
        <translation>la prédiction de x_%1</translation>
    </message>
    <message>
        <source>its share of L:</source>
        <translation>sa part de L&#xa0;:</translation>
    </message>
    <message>
        <source>L = MSE, the mean over %1 values: L = %2</source>
        <extracomment>%1 the count (&quot;N·D = 119 steps × 2 features = 238&quot;), %2 the loss.</extracomment>
        <translation>L = MSE, la moyenne sur %1 valeurs&#xa0;: L = %2</translation>
    </message>
    <message>
        <source>L = MSE, the mean over %1: L = %2</source>
        <translation>L = MSE, la moyenne sur %1&#xa0;: L = %2</translation>
    </message>
</context>
<context>
    <name>rnnlab</name>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>Matrices</source>
        <translation>Matrices</translation>
    </message>
    <message>
        <source>Step by hand</source>
        <translation>Pas à pas à la main</translation>
    </message>
    <message>
        <source>Loss and accuracy</source>
        <translation>Perte et exactitude</translation>
    </message>
    <message>
        <source>Predictions per step</source>
        <translation>Prédictions par pas</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
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
        <translation>Prédictions par pas liste des chaînes prédites&#xa0;: réservé aux tâches sur caractères.</translation>
    </message>
    <message>
        <source>Generate writes text, for character tasks only. A time series&apos; free-running forecast (each prediction fed back as the next input) is drawn in the Signal tab, as long as you set it there.</source>
        <translation>Générer écrit du texte, uniquement pour les tâches sur caractères. La prévision libre d&apos;une série temporelle (chaque prédiction réinjectée comme entrée suivante) est tracée dans l&apos;onglet Signal, sur la longueur choisie là-bas.</translation>
    </message>
    <message>
        <source>The Memory tab ranks influence over characters: it is for character tasks only.</source>
        <translation>L&apos;onglet Mémoire classe l&apos;influence sur les caractères&#xa0;: réservé aux tâches sur caractères.</translation>
    </message>
    <message>
        <source> This run is a translation (an encoder–decoder): its loss and accuracy are in the Loss tab, each pair&apos;s greedy translation at every step in Predictions per step, and its three weight sets (encoder, decoder, fc) in the Matrices panel.</source>
        <translation> Cette exécution est une traduction (un encodeur–décodeur)&#xa0;: sa perte et son exactitude sont dans l&apos;onglet Perte, la traduction gloutonne de chaque paire à chaque pas dans Prédictions par pas, et ses trois jeux de poids (encoder, decoder, fc) dans le panneau Matrices.</translation>
    </message>
    <message>
        <source>An encoder–decoder is drawn by its own graph.</source>
        <translation>Un encodeur–décodeur est dessiné par son propre graphe.</translation>
    </message>
    <message>
        <source>Generate writes text by feeding a network&apos;s output back as its next input; a translation does that in its decoder, and its greedy translations are listed in Predictions per step.</source>
        <translation>Générer écrit du texte en réinjectant la sortie d&apos;un réseau comme entrée suivante&#xa0;; une traduction le fait dans son décodeur, et ses traductions gloutonnes sont listées dans Prédictions par pas.</translation>
    </message>
    <message>
        <source>The Memory tab reads one network over one text; an encoder–decoder&apos;s two are not analysed yet.</source>
        <translation>L&apos;onglet Mémoire lit un réseau sur un texte&#xa0;; les deux réseaux d&apos;un encodeur–décodeur ne sont pas encore analysés.</translation>
    </message>
    <message>
        <source> This run is a time series: its values, the network&apos;s predictions, the free-running forecast and the flagged steps are in the Signal tab, and every number of a time step in the graph.</source>
        <translation> Cette exécution est une série temporelle&#xa0;: ses valeurs, les prédictions du réseau, la prévision libre et les pas signalés sont dans l&apos;onglet Signal, et toutes les valeurs d&apos;un pas de temps dans le graphe.</translation>
    </message>
</context>
<context>
    <name>rnnlab::CellValueEditor</name>
    <message>
        <source>Type a number, e.g. 0.5 or -1.2e-3</source>
        <translation>Saisissez un nombre, p. ex. 0.5 ou -1.2e-3</translation>
    </message>
    <message>
        <source>Use a point as the decimal separator: %1</source>
        <translation>Utilisez un point comme séparateur décimal&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” is not a number: type e.g. 0.5 or -1.2e-3</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre&#xa0;: saisissez p. ex. 0.5 ou -1.2e-3</translation>
    </message>
    <message>
        <source>A weight must be a finite number (%1 would turn the loss into nan)</source>
        <translation>Un poids doit être un nombre fini (%1 rendrait la perte nan)</translation>
    </message>
    <message>
        <source>Too large for a float32 weight: at most ±%1</source>
        <translation>Trop grand pour un poids float32&#xa0;: au plus ±%1</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
</context>
<context>
    <name>rnnlab::ColorLegend</name>
    <message>
        <source>%1: blue is negative, red is positive; the colour is darkest at ±%2 and beyond.</source>
        <extracomment>%1 the legend&apos;s caption (Weights), %2 the colour scale&apos;s end.</extracomment>
        <translation>%1&#xa0;: le bleu est négatif, le rouge positif&#xa0;; la couleur est la plus foncée à ±%2 et au-delà.</translation>
    </message>
    <message>
        <source>The numbers in the cells and under the bar are in units of %1: %2 in a cell means %3.</source>
        <extracomment>%1 a power of ten (10⁻³), %2 a number as a cell prints it, %3 the value it stands for.</extracomment>
        <translation>Les nombres dans les cases et sous la barre sont en unités de %1&#xa0;: %2 dans une case signifie %3.</translation>
    </message>
    <message>
        <source>Where the cells are too small for numbers, hover a cell (or move to it with the arrow keys) to read its value.</source>
        <translation>Là où les cases sont trop petites pour les nombres, survolez une case (ou allez-y avec les flèches) pour lire sa valeur.</translation>
    </message>
</context>
<context>
    <name>rnnlab::ColorMap</name>
    <message>
        <source>input gate i</source>
        <extracomment>A gate&apos;s name (LSTM: i, f, g, o; GRU: r, z, n): keep its letter last, after a space.</extracomment>
        <translation>porte d&apos;entrée i</translation>
    </message>
    <message>
        <source>forget gate f</source>
        <translation>porte d&apos;oubli f</translation>
    </message>
    <message>
        <source>candidate g</source>
        <translation>candidat g</translation>
    </message>
    <message>
        <source>output gate o</source>
        <translation>porte de sortie o</translation>
    </message>
    <message>
        <source>reset gate r</source>
        <translation>porte de réinitialisation r</translation>
    </message>
    <message>
        <source>update gate z</source>
        <translation>porte de mise à jour z</translation>
    </message>
    <message>
        <source>candidate n</source>
        <translation>candidat n</translation>
    </message>
</context>
<context>
    <name>rnnlab::ComparePanel</name>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Compare without model %1</source>
        <translation>Comparer sans le modèle %1</translation>
    </message>
    <message>
        <source>Model %1&apos;s cell: rnn_tanh, rnn_relu (torch.nn.RNN), lstm (torch.nn.LSTM) or gru (torch.nn.GRU)</source>
        <translation>Cellule du modèle %1&#xa0;: rnn_tanh, rnn_relu (torch.nn.RNN), lstm (torch.nn.LSTM) ou gru (torch.nn.GRU)</translation>
    </message>
    <message>
        <source>Model %1&apos;s stacked layers (1–8)</source>
        <translation>Couches empilées du modèle %1 (1–8)</translation>
    </message>
    <message>
        <source>H </source>
        <translation>H </translation>
    </message>
    <message>
        <source>Model %1&apos;s hidden size H: units per layer (without an output layer H must equal the vocabulary size)</source>
        <translation>Taille de l&apos;état caché H du modèle %1&#xa0;: unités par couche (sans couche de sortie, H doit égaler la taille du vocabulaire)</translation>
    </message>
    <message>
        <source>output layer</source>
        <translation>couche de sortie</translation>
    </message>
    <message>
        <source>Model %1 reads its predictions through nn.Linear(H, V) (W_hy); without it, the top layer&apos;s hidden state is the logits</source>
        <translation>Le modèle %1 lit ses prédictions via nn.Linear(H, V) (W_hy)&#xa0;; sans elle, l&apos;état caché de la couche du haut sert de logits</translation>
    </message>
    <message>
        <source>Model %1&apos;s seed: torch.manual_seed for its initial weights</source>
        <translation>Graine du modèle %1&#xa0;: torch.manual_seed pour ses poids initiaux</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>graine</translation>
    </message>
    <message>
        <source> layer</source>
        <translation> couche</translation>
    </message>
    <message>
        <source> layers</source>
        <translation> couches</translation>
    </message>
    <message>
        <source>seed: &quot;%1&quot; is not a whole number from −9223372036854775808 to 9223372036854775807</source>
        <translation>graine&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un entier entre −9223372036854775808 et 9223372036854775807</translation>
    </message>
</context>
<context>
    <name>rnnlab::ComparePlot</name>
    <message>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source>Correct characters</source>
        <translation>Caractères corrects</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic axis: late, small differences between the models stay visible</source>
        <translation>Afficher la perte sur un axe logarithmique&#xa0;: les petites différences tardives entre modèles restent visibles</translation>
    </message>
    <message>
        <source>training step</source>
        <translation>pas d&apos;entraînement</translation>
    </message>
    <message>
        <source>correct (%)</source>
        <translation>corrects (%)</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>perte</translation>
    </message>
</context>
<context>
    <name>rnnlab::CompareWindow</name>
    <message>
        <source>Space: train · Ctrl+→: one step for every model · Ctrl+L: lock step or free-running · F: fold the graphs</source>
        <translation>Espace&#xa0;: entraîner · Ctrl+→&#xa0;: un pas pour chaque modèle · Ctrl+L&#xa0;: pas synchronisés ou libres · F&#xa0;: replier les graphes</translation>
    </message>
    <message>
        <source>Every model trains on these texts with these optimizer settings, so that only the models differ. Change them in the main window (Model and data) and compare again.</source>
        <translation>Chaque modèle s&apos;entraîne sur ces textes avec ces réglages d&apos;optimiseur, pour que seuls les modèles diffèrent. Modifiez-les dans la fenêtre principale (Modèle et données) et comparez à nouveau.</translation>
    </message>
    <message>
        <source>Which training text the graphs show</source>
        <translation>Le texte d&apos;entraînement montré par les graphes</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>Train every model at the chosen speed (Space)</source>
        <translation>Entraîner chaque modèle à la vitesse choisie (Espace)</translation>
    </message>
    <message>
        <source>Pause every model (Space)</source>
        <translation>Mettre en pause chaque modèle (Espace)</translation>
    </message>
    <message>
        <source>One optimizer step for every model (Ctrl+→)</source>
        <translation>Un pas d&apos;optimiseur pour chaque modèle (Ctrl+→)</translation>
    </message>
    <message>
        <source>Every model back to its seed&apos;s initial weights, step 0 (Ctrl+R)</source>
        <translation>Chaque modèle revient aux poids initiaux de sa graine, pas 0 (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Lock step</source>
        <translation>Pas &amp;synchronisés</translation>
    </message>
    <message>
        <source>On: every model shows the same step (the fast ones wait for the slowest). Off: each model trains as fast as it can (Ctrl+L)</source>
        <translation>Activé&#xa0;: chaque modèle montre le même pas (les rapides attendent le plus lent). Désactivé&#xa0;: chaque modèle s&apos;entraîne aussi vite que possible (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Add a model</source>
        <translation>&amp;Ajouter un modèle</translation>
    </message>
    <message>
        <source>Compare a third model (Ctrl+Shift+N): the first cell type not compared yet</source>
        <translation>Comparer un troisième modèle (Ctrl+Shift+N)&#xa0;: le premier type de cellule pas encore comparé</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Fold the graphs</source>
        <translation>&amp;Replier les graphes</translation>
    </message>
    <message>
        <source>Fold every unrolled graph into its cell with the W_hh loop, or unfold them (F)</source>
        <translation>Replier chaque graphe déplié en sa cellule avec la boucle W_hh, ou les déplier (F)</translation>
    </message>
    <message>
        <source>Fit to &amp;window</source>
        <translation>Ajuster à la &amp;fenêtre</translation>
    </message>
    <message>
        <source>Show each whole graph (Ctrl+0)</source>
        <translation>Afficher chaque graphe en entier (Ctrl+0)</translation>
    </message>
    <message>
        <source>&amp;Gradient through time</source>
        <translation>&amp;Gradient à travers le temps</translation>
    </message>
    <message>
        <source>How much of the last step&apos;s gradient reaches each h_t, model against model: on by itself when the cells differ (Ctrl+D)</source>
        <translation>Quelle part du gradient du dernier pas atteint chaque h_t, modèle contre modèle&#xa0;: activé d&apos;office quand les cellules diffèrent (Ctrl+D)</translation>
    </message>
    <message>
        <source>How far &amp;back a prediction looks</source>
        <translation>&amp;Jusqu&apos;où remonte une prédiction</translation>
    </message>
    <message>
        <source>How much each earlier input drives one step&apos;s prediction, model against model: on by itself when the cells differ (Ctrl+B)</source>
        <translation>Combien chaque entrée antérieure pèse sur la prédiction d&apos;un pas, modèle contre modèle&#xa0;: activé d&apos;office quand les cellules diffèrent (Ctrl+B)</translation>
    </message>
    <message>
        <source>&amp;Log scale for the loss</source>
        <translation>Échelle &amp;log pour la perte</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Load a comparison the lecture uses</source>
        <translation>Charger une comparaison utilisée en cours</translation>
    </message>
    <message>
        <source>Presets…</source>
        <translation>Préréglages…</translation>
    </message>
    <message>
        <source>Compare models — rnnlab</source>
        <translation>Comparer des modèles — rnnlab</translation>
    </message>
    <message>
        <source>Compare: %1 — rnnlab</source>
        <translation>Comparer&#xa0;: %1 — rnnlab</translation>
    </message>
    <message>
        <source>Lock step: every model shows the same training step. The table&apos;s numbers are what rnnlab-cli train prints for each session.</source>
        <translation>Pas synchronisés&#xa0;: chaque modèle montre le même pas d&apos;entraînement. Les nombres du tableau sont ceux qu&apos;affiche rnnlab-cli train pour chaque session.</translation>
    </message>
    <message>
        <source>Adam, lr %1</source>
        <translation>Adam, lr %1</translation>
    </message>
    <message>
        <source>SGD, lr %1, momentum %2</source>
        <translation>SGD, lr %1, momentum %2</translation>
    </message>
    <message>
        <source>, gradients clipped at %1</source>
        <translation>, gradients écrêtés à %1</translation>
    </message>
    <message>
        <source>, no clipping</source>
        <translation>, sans écrêtage</translation>
    </message>
    <message>
        <source>Every model: %1 · %2</source>
        <translation>Chaque modèle&#xa0;: %1 · %2</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Pas %1</translation>
    </message>
    <message>
        <source>Steps %1</source>
        <translation>Pas %1</translation>
    </message>
    <message>
        <source>Lock step: every model has taken this many steps</source>
        <translation>Pas synchronisés&#xa0;: chaque modèle a fait ce nombre de pas</translation>
    </message>
    <message>
        <source>Free-running: the steps each model has taken (A · B · C)</source>
        <translation>Libre&#xa0;: les pas faits par chaque modèle (A · B · C)</translation>
    </message>
    <message>
        <source>lock step: %1 steps/s</source>
        <translation>pas synchronisés&#xa0;: %1 pas/s</translation>
    </message>
    <message>
        <source>Training stopped: model %1&apos;s step was refused (see the message on its graph)</source>
        <translation>Entraînement arrêté&#xa0;: le pas du modèle %1 a été refusé (voir le message sur son graphe)</translation>
    </message>
    <message>
        <source>Model %1 stopped</source>
        <translation>Modèle %1 arrêté</translation>
    </message>
    <message>
        <source>Change model %1&apos;s settings, or Reset to start every model over.</source>
        <translation>Modifiez les réglages du modèle %1, ou Réinitialiser pour tout recommencer.</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>personnalisé</translation>
    </message>
    <message>
        <source>Model %1 changed: every model starts over from step 0, so that they stay comparable</source>
        <translation>Modèle %1 modifié&#xa0;: tous les modèles repartent du pas 0, pour rester comparables</translation>
    </message>
</context>
<context>
    <name>rnnlab::ContextEquations</name>
    <message>
        <source>Context, backward through time</source>
        <translation>Contexte, rétropropagation dans le temps</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source> · layer %1</source>
        <translation> · couche %1</translation>
    </message>
    <message>
        <source>h_0^{dec} = h_n^{enc},   c_0^{dec} = c_n^{enc}   (every layer; n = %1 source characters)</source>
        <translation>h_0^{dec} = h_n^{enc},   c_0^{dec} = c_n^{enc}   (chaque couche&#xa0;; n = %1 caractères source)</translation>
    </message>
    <message>
        <source>h_0^{dec} = h_n^{enc}   (every layer; n = %1 source characters)</source>
        <translation>h_0^{dec} = h_n^{enc}   (chaque couche&#xa0;; n = %1 caractères source)</translation>
    </message>
    <message>
        <source>the decoder never sees the source itself: only these %1 numbers per layer</source>
        <translation>le décodeur ne voit jamais la source elle-même&#xa0;: seulement ces %1 nombres par couche</translation>
    </message>
    <message>
        <source>dL/dh_n^{enc} gets dL/dh_0^{dec},   dL/dc_n^{enc} gets dL/dc_0^{dec} = f_1^{dec} ⊙ dL/dc_1^{dec}</source>
        <translation>dL/dh_n^{enc} reçoit dL/dh_0^{dec},   dL/dc_n^{enc} reçoit dL/dc_0^{dec} = f_1^{dec} ⊙ dL/dc_1^{dec}</translation>
    </message>
    <message>
        <source>dL/dh_n^{enc} gets dL/dh_0^{dec}: the decoder&apos;s gradient of its starting state</source>
        <translation>dL/dh_n^{enc} reçoit dL/dh_0^{dec}&#xa0;: le gradient de l&apos;état initial du décodeur</translation>
    </message>
    <message>
        <source>→ reaches the encoder:</source>
        <translation>→ atteint l&apos;encodeur&#xa0;:</translation>
    </message>
    <message>
        <source>from here back through the encoder, from its last step: its only loss is the decoder&apos;s, carried across the context</source>
        <translation>d&apos;ici, retour à travers l&apos;encodeur depuis son dernier pas&#xa0;: sa seule perte est celle du décodeur, transmise par le contexte</translation>
    </message>
</context>
<context>
    <name>rnnlab::EquationAccessible</name>
    <message>
        <source>Equations</source>
        <translation>Équations</translation>
    </message>
</context>
<context>
    <name>rnnlab::EquationModel</name>
    <message>
        <source>units %1:</source>
        <translation>unités %1&#xa0;:</translation>
    </message>
    <message>
        <source>(no gradients: the loss of this pass is not finite)</source>
        <translation>(pas de gradients&#xa0;: la perte de cette passe n&apos;est pas finie)</translation>
    </message>
    <message>
        <source>from layer %1</source>
        <translation>de la couche %1</translation>
    </message>
    <message>
        <source>the loss of the text: −log of the probability of its label (scored at the last step)</source>
        <translation>la perte du texte&#xa0;: −log de la probabilité de son étiquette (évaluée au dernier pas)</translation>
    </message>
    <message>
        <source>the loss at this step: −log of the probability of the next character</source>
        <translation>la perte à ce pas&#xa0;: −log de la probabilité du caractère suivant</translation>
    </message>
    <message>
        <source>the loss at this step: −log of the probability of the target</source>
        <translation>la perte à ce pas&#xa0;: −log de la probabilité de la cible</translation>
    </message>
    <message>
        <source>dL/dh_t = (from y_t or the layer above) + W_hhᵀ dL/da_{t+1},   dL/da_t = dL/dh_t ⊙ [h_t &gt; 0]</source>
        <translation>dL/dh_t = (de y_t ou de la couche supérieure) + W_hhᵀ dL/da_{t+1},   dL/da_t = dL/dh_t ⊙ [h_t &gt; 0]</translation>
    </message>
    <message>
        <source>dL/dh_t = (from y_t or the layer above) + W_hhᵀ dL/da_{t+1},   dL/da_t = dL/dh_t ⊙ (1 − h_t²)</source>
        <translation>dL/dh_t = (de y_t ou de la couche supérieure) + W_hhᵀ dL/da_{t+1},   dL/da_t = dL/dh_t ⊙ (1 − h_t²)</translation>
    </message>
    <message>
        <source>h_t%5 = %1(W_hh%5 h_{t−1}%5 + W_xh%5 %4 + b%5) = %1(a_t%5),   %2   for t = 1 … %3, h_0 = 0;   b%5 = b_ih%5 + b_hh%5 (PyTorch keeps the two biases apart)</source>
        <extracomment>The RNN&apos;s equations. %1 the activation (tanh or ReLU), %2 the output&apos;s equations, %3 the number of time steps, %4 the layer&apos;s input (x_t), %5 the layer&apos;s superscript (empty for one layer).</extracomment>
        <translation>h_t%5 = %1(W_hh%5 h_{t−1}%5 + W_xh%5 %4 + b%5) = %1(a_t%5),   %2   pour t = 1 … %3, h_0 = 0&#xa0;;   b%5 = b_ih%5 + b_hh%5 (PyTorch garde les deux biais séparés)</translation>
    </message>
    <message>
        <source>Backward through time</source>
        <translation>Rétropropagation dans le temps</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Propagation avant</translation>
    </message>
    <message>
        <source>%1, test series %2</source>
        <extracomment>The walk&apos;s direction (Forward) and which test series it walks.</extracomment>
        <translation>%1, série de test %2</translation>
    </message>
    <message>
        <source>, layer %1</source>
        <translation>, couche %1</translation>
    </message>
    <message>
        <source>the squared error of this step: (y_t − x_{t+1})² per feature (a test series: no share of L)</source>
        <translation>l&apos;erreur quadratique de ce pas&#xa0;: (y_t − x_{t+1})² par variable (série de test&#xa0;: aucune part de L)</translation>
    </message>
    <message>
        <source>%1: what the layer below contributes</source>
        <translation>%1&#xa0;: l&apos;apport de la couche inférieure</translation>
    </message>
    <message>
        <source>y_%1 (logits)</source>
        <translation>y_%1 (logits)</translation>
    </message>
    <message>
        <source> (not scored: a classifier is scored at the last time step only)</source>
        <translation> (non évalué&#xa0;: un classifieur n&apos;est évalué qu&apos;au dernier pas de temps)</translation>
    </message>
    <message>
        <source> ✗ (the label is %1)</source>
        <extracomment>%1 is the true label (a character or class).</extracomment>
        <translation> ✗ (l&apos;étiquette est %1)</translation>
    </message>
    <message>
        <source> ✗ (the text goes on with %1)</source>
        <extracomment>%1 is the true next character.</extracomment>
        <translation> ✗ (le texte continue par %1)</translation>
    </message>
    <message>
        <source>the largest is p_%1[%2] = %3: predicts %2%4</source>
        <extracomment>%1 the time step, %2 the predicted character or class, %3 its probability, %4 the verdict (✓, or ✗ with the true one).</extracomment>
        <translation>la plus grande est p_%1[%2] = %3&#xa0;: prédit %2%4</translation>
    </message>
    <message>
        <source>no loss at t = %1: this time step has no target</source>
        <translation>pas de perte à t = %1&#xa0;: ce pas de temps n&apos;a pas de cible</translation>
    </message>
    <message>
        <source>no backward pass — %1</source>
        <translation>pas de passe arrière — %1</translation>
    </message>
    <message>
        <source>x_%1%2 = h_%1 of layer %3 =</source>
        <extracomment>%1 the time step, %2 the layer&apos;s superscript, %3 the layer below.</extracomment>
        <translation>x_%1%2 = h_%1 de la couche %3 =</translation>
    </message>
    <message>
        <source>x_%1 = the values of test series %2 at t = %1 =</source>
        <translation>x_%1 = les valeurs de la série de test %2 à t = %1 =</translation>
    </message>
    <message>
        <source>x_%1 = the values of series %2 at t = %1 =</source>
        <translation>x_%1 = les valeurs de la série %2 à t = %1 =</translation>
    </message>
    <message>
        <source>the mean over the %1 texts&apos; labels (one scored step each)</source>
        <translation>la moyenne sur les étiquettes des %1 textes (un pas évalué chacun)</translation>
    </message>
    <message>
        <source>the mean over the %1 scored time steps of all texts</source>
        <translation>la moyenne sur les %1 pas de temps évalués de tous les textes</translation>
    </message>
    <message>
        <source>the training loss is %1: L = %2</source>
        <extracomment>%1 what the loss averages (&quot;the mean over the 12 scored time steps of all texts&quot;), %2 its value.</extracomment>
        <translation>la perte d&apos;entraînement est %1&#xa0;: L = %2</translation>
    </message>
    <message>
        <source>dL/dy_%1 = (p_%1 − one-hot(%2)) / %3: L is the mean over %3 predictions</source>
        <extracomment>%1 the time step, %2 the target (&apos;e&apos;), %3 the number of predictions N.</extracomment>
        <translation>dL/dy_%1 = (p_%1 − one-hot(%2)) / %3&#xa0;: L est la moyenne sur %3 prédictions</translation>
    </message>
    <message>
        <source>nothing after t = %1</source>
        <translation>rien après t = %1</translation>
    </message>
    <message>
        <source>dL/da_%1 = dL/dh_%1 where h_%1 &gt; 0 =</source>
        <translation>dL/da_%1 = dL/dh_%1 là où h_%1 &gt; 0 =</translation>
    </message>
    <message>
        <source>→ into ∂W_xh, ∂W_hh, ∂b</source>
        <translation>→ vers ∂W_xh, ∂W_hh, ∂b</translation>
    </message>
    <message>
        <source>0: the encoder has no outputs</source>
        <translation>0&#xa0;: l&apos;encodeur n&apos;a pas de sorties</translation>
    </message>
    <message>
        <source>dL/dh_0^{dec} across the context</source>
        <translation>dL/dh_0^{dec} à travers le contexte</translation>
    </message>
    <message>
        <source>dL/dh_t: the encoder has no outputs; from t+1, and at its last step from the decoder&apos;s dL/dh_0 across the context</source>
        <translation>dL/dh_t&#xa0;: l&apos;encodeur n&apos;a pas de sorties&#xa0;; depuis t+1, et à son dernier pas depuis le dL/dh_0 du décodeur à travers le contexte</translation>
    </message>
    <message>
        <source>h_0%1 = h_%2%3 (the context)</source>
        <translation>h_0%1 = h_%2%3 (le contexte)</translation>
    </message>
    <message>
        <source>teacher forcing: the decoder reads the previous target token (&lt;sos&gt; at the first step), not its own previous output</source>
        <translation>teacher forcing&#xa0;: le décodeur lit le jeton cible précédent (&lt;sos&gt; au premier pas), pas sa propre sortie précédente</translation>
    </message>
    <message>
        <source>the encoder reads the source one character at a time; it has no outputs</source>
        <translation>l&apos;encodeur lit la source caractère par caractère&#xa0;; il n&apos;a pas de sorties</translation>
    </message>
</context>
<context>
    <name>rnnlab::EquationView</name>
    <message>
        <source>Numbers are rounded for display. Results (sums, products, tanh, σ, softmax) use the exact values, so working them out from the printed numbers may change a last digit; the graph shows every digit on hover.</source>
        <translation>Les nombres sont arrondis à l&apos;affichage. Les résultats (sommes, produits, tanh, σ, softmax) utilisent les valeurs exactes&#xa0;: les refaire à partir des nombres affichés peut changer un dernier chiffre&#xa0;; le graphe montre tous les chiffres au survol.</translation>
    </message>
</context>
<context>
    <name>rnnlab::GatedEquations</name>
    <message>
        <source>a_k = W_ik %1 + W_hk h_{t−1} + b_k for each gate k = i, f, g, o;  i, f, o = σ(a_k),  g = tanh(a_g),  c_t = f ⊙ c_{t−1} + i ⊙ g,  h_t = o ⊙ tanh(c_t);  W_ih stacks W_ii, W_if, W_ig, W_io in PyTorch&apos;s row order i, f, g, o; W_hh likewise</source>
        <extracomment>The LSTM&apos;s equations; %1 is what the layer reads (x_t, or h_t of the layer below).</extracomment>
        <translation>a_k = W_ik %1 + W_hk h_{t−1} + b_k pour chaque porte k = i, f, g, o&#xa0;;  i, f, o = σ(a_k),  g = tanh(a_g),  c_t = f ⊙ c_{t−1} + i ⊙ g,  h_t = o ⊙ tanh(c_t)&#xa0;;  W_ih empile W_ii, W_if, W_ig, W_io dans l&apos;ordre des lignes de PyTorch i, f, g, o&#xa0;; de même pour W_hh</translation>
    </message>
    <message>
        <source>r, z = σ(a_k), a_k = W_ik %1 + W_hk h_{t−1} + b_k (k = r, z);  n = tanh(W_in %1 + b_in + r ⊙ (W_hn h_{t−1} + b_hn));  h_t = (1 − z) ⊙ n + z ⊙ h_{t−1};  W_ih stacks W_ir, W_iz, W_in in PyTorch&apos;s row order r, z, n; W_hh likewise</source>
        <extracomment>The GRU&apos;s equations; %1 is what the layer reads (x_t, or h_t of the layer below).</extracomment>
        <translation>r, z = σ(a_k), a_k = W_ik %1 + W_hk h_{t−1} + b_k (k = r, z)&#xa0;;  n = tanh(W_in %1 + b_in + r ⊙ (W_hn h_{t−1} + b_hn))&#xa0;;  h_t = (1 − z) ⊙ n + z ⊙ h_{t−1}&#xa0;;  W_ih empile W_ir, W_iz, W_in dans l&apos;ordre des lignes de PyTorch r, z, n&#xa0;; de même pour W_hh</translation>
    </message>
    <message>
        <source>dL/dh_t = (from above) + W_hhᵀ dL/da_{t+1},  dL/dc_t = dL/dh_t ⊙ o ⊙ (1 − tanh² c_t) + f_{t+1} ⊙ dL/dc_{t+1},  dL/da_t per gate</source>
        <translation>dL/dh_t = (du dessus) + W_hhᵀ dL/da_{t+1},  dL/dc_t = dL/dh_t ⊙ o ⊙ (1 − tanh² c_t) + f_{t+1} ⊙ dL/dc_{t+1},  dL/da_t par porte</translation>
    </message>
    <message>
        <source>dL/dh_t = (from above) + W_hhᵀ dL/dgh_{t+1} + z_{t+1} ⊙ dL/dh_{t+1},  dL/dgi, dL/dgh per gate</source>
        <translation>dL/dh_t = (du dessus) + W_hhᵀ dL/dgh_{t+1} + z_{t+1} ⊙ dL/dh_{t+1},  dL/dgi, dL/dgh par porte</translation>
    </message>
    <message>
        <source>: the series&apos; values, weighed by the columns of W_ih)</source>
        <translation>: les valeurs de la série, pondérées par les colonnes de W_ih)</translation>
    </message>
    <message>
        <source>(one-hot x_%1: column %2 of W_ih)</source>
        <translation>(x_%1 one-hot&#xa0;: colonne %2 de W_ih)</translation>
    </message>
    <message>
        <source>and dL/dgh_n = r ⊙ dL/da_n =</source>
        <translation>et dL/dgh_n = r ⊙ dL/da_n =</translation>
    </message>
    <message>
        <source>→ into ∂W_ih, ∂W_hh, ∂b</source>
        <translation>→ vers ∂W_ih, ∂W_hh, ∂b</translation>
    </message>
    <message>
        <source>%1_0%2 (the context)</source>
        <translation>%1_0%2 (le contexte)</translation>
    </message>
    <message>
        <source>dL/dc_0^{dec} across the context</source>
        <translation>dL/dc_0^{dec} à travers le contexte</translation>
    </message>
</context>
<context>
    <name>rnnlab::GenerationPanel</name>
    <message>
        <source>characters to start from</source>
        <translation>caractères de départ</translation>
    </message>
    <message>
        <source>The network reads these characters first, then continues on its own</source>
        <translation>Le réseau lit d&apos;abord ces caractères, puis continue tout seul</translation>
    </message>
    <message>
        <source>Pr&amp;ime:</source>
        <translation>&amp;Amorce&#xa0;:</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> caractères</translation>
    </message>
    <message>
        <source>How many characters to generate after the prime</source>
        <translation>Combien de caractères générer après l&apos;amorce</translation>
    </message>
    <message>
        <source>Le&amp;ngth:</source>
        <translation>&amp;Longueur&#xa0;:</translation>
    </message>
    <message>
        <source>Greed&amp;y</source>
        <translation>&amp;Glouton</translation>
    </message>
    <message>
        <source>Always take the most probable next character (argmax)</source>
        <translation>Toujours prendre le caractère suivant le plus probable (argmax)</translation>
    </message>
    <message>
        <source>Sa&amp;mple</source>
        <translation>É&amp;chantillonner</translation>
    </message>
    <message>
        <source>Draw the next character from softmax(logits / temperature)</source>
        <translation>Tirer le caractère suivant selon softmax(logits / température)</translation>
    </message>
    <message>
        <source>Next character:</source>
        <translation>Caractère suivant&#xa0;:</translation>
    </message>
    <message>
        <source>1 samples from the network&apos;s own probabilities; smaller is more conservative, larger more adventurous</source>
        <translation>1 échantillonne selon les probabilités propres du réseau&#xa0;; plus petit = plus prudent, plus grand = plus audacieux</translation>
    </message>
    <message>
        <source>The same seed draws the same text again</source>
        <translation>La même graine tire à nouveau le même texte</translation>
    </message>
    <message>
        <source>See&amp;d:</source>
        <translation>Grai&amp;ne&#xa0;:</translation>
    </message>
    <message>
        <source>Temperat&amp;ure:</source>
        <translation>&amp;Température&#xa0;:</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <source>&amp;Result (the prime in bold, then what the network wrote):</source>
        <translation>&amp;Résultat (l&apos;amorce en gras, puis ce que le réseau a écrit)&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing generated yet</source>
        <translation>Rien de généré pour l&apos;instant</translation>
    </message>
    <message>
        <source>This model is a classifier (many-to-one): its outputs are labels, not characters, so it cannot write text. Generation is one-to-many: train a next-character model (lines without a label) to use it.</source>
        <translation>Ce modèle est un classifieur (many-to-one)&#xa0;: ses sorties sont des étiquettes, pas des caractères, il ne peut donc pas écrire de texte. La génération est one-to-many&#xa0;: entraînez un modèle de caractère suivant (lignes sans étiquette) pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Waiting for a model</source>
        <translation>En attente d&apos;un modèle</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Génération…</translation>
    </message>
    <message>
        <source>The prime you gave</source>
        <translation>Votre amorce</translation>
    </message>
    <message>
        <source>Generated by the network</source>
        <translation>Généré par le réseau</translation>
    </message>
</context>
<context>
    <name>rnnlab::GradientComparisonPlot</name>
    <message>
        <source>How much of the last step&apos;s gradient reaches h&lt;sub&gt;t&lt;/sub&gt; (top layer)</source>
        <translation>Quelle part du gradient du dernier pas atteint h&lt;sub&gt;t&lt;/sub&gt; (couche du haut)</translation>
    </message>
    <message>
        <source>‖∂loss&lt;sub&gt;n&lt;/sub&gt;/∂h&lt;sub&gt;t&lt;/sub&gt;‖ / ‖∂loss&lt;sub&gt;n&lt;/sub&gt;/∂h&lt;sub&gt;n&lt;/sub&gt;‖: the gradient of the last prediction&apos;s loss, carried back through time, as a share of what it is at the last step. A vanilla RNN multiplies it by W&lt;sub&gt;hh&lt;/sub&gt;ᵀ and tanh′ at every step and it vanishes decade by decade. Untrained, an LSTM and a GRU lose it decade by decade too; trained, they can learn to carry it — a forget gate f ≈ 1 keeps the cell state, an update gate z ≈ 1 keeps h — while the RNN&apos;s keeps vanishing. Try the RNN vs LSTM vs GRU preset: untrained, then after a few hundred steps.</source>
        <translation>‖∂loss&lt;sub&gt;n&lt;/sub&gt;/∂h&lt;sub&gt;t&lt;/sub&gt;‖ / ‖∂loss&lt;sub&gt;n&lt;/sub&gt;/∂h&lt;sub&gt;n&lt;/sub&gt;‖&#xa0;: le gradient de la perte de la dernière prédiction, rétropropagé dans le temps, en proportion de sa valeur au dernier pas. Un RNN simple le multiplie par W&lt;sub&gt;hh&lt;/sub&gt;ᵀ et tanh′ à chaque pas et il s&apos;évanouit décade après décade. Non entraînés, un LSTM et un GRU le perdent aussi décade après décade&#xa0;; entraînés, ils peuvent apprendre à le transporter — une porte d&apos;oubli f ≈ 1 garde l&apos;état de cellule, une porte de mise à jour z ≈ 1 garde h — tandis que celui du RNN continue de s&apos;évanouir. Essayez le préréglage RNN vs LSTM vs GRU&#xa0;: non entraîné, puis après quelques centaines de pas.</translation>
    </message>
    <message>
        <source>time step t</source>
        <translation>pas de temps t</translation>
    </message>
    <message>
        <source>gradient share</source>
        <translation>part du gradient</translation>
    </message>
    <message>
        <source>No gradients yet: the models&apos; first forward and backward pass shows them.</source>
        <translation>Pas encore de gradients&#xa0;: la première propagation avant et arrière des modèles les affichera.</translation>
    </message>
</context>
<context>
    <name>rnnlab::GradientNormPlot</name>
    <message>
        <source>The size of the gradient that reaches the hidden state h_t at each time step. The training loss is the mean L = (loss_1 + … + loss_N) / N over the N predictions of all texts, so the last step&apos;s share of it is loss_n/N. Falling towards t = 1: the gradient vanishes on its way back through time (try a 40-character text); rising: it explodes.</source>
        <translation>La taille du gradient qui atteint l&apos;état caché h_t à chaque pas de temps. La perte d&apos;entraînement est la moyenne L = (loss_1 + … + loss_N) / N sur les N prédictions de tous les textes, donc la part du dernier pas est loss_n/N. Si la courbe baisse vers t = 1&#xa0;: le gradient s&apos;évanouit au fil de la rétropropagation dans le temps (essayez un texte de 40 caractères)&#xa0;; si elle monte&#xa0;: il explose.</translation>
    </message>
    <message>
        <source>Last step&apos;s loss only</source>
        <translation>Perte du dernier pas seulement</translation>
    </message>
    <message>
        <source>Only the last prediction&apos;s share of the loss, loss_n/N (t = n; L is the mean over N predictions), carried back through time: ‖d(loss_n/N)/dh_t‖, how much of it still reaches each earlier step — the vanishing (or exploding) gradient. Unticked: ‖dL/dh_t‖ of the whole loss L, to which every step adds its own term, so the curve does not fall like that.</source>
        <translation>Seulement la part de la perte de la dernière prédiction, loss_n/N (t = n&#xa0;; L est la moyenne sur N prédictions), rétropropagée dans le temps&#xa0;: ‖d(loss_n/N)/dh_t‖, ce qui en atteint encore chaque pas antérieur — le gradient qui s&apos;évanouit (ou explose). Décoché&#xa0;: ‖dL/dh_t‖ de toute la perte L, à laquelle chaque pas ajoute son propre terme, si bien que la courbe ne baisse pas ainsi.</translation>
    </message>
    <message>
        <source>Show the norms on a logarithmic axis: a vanishing gradient falls in a straight line, decade by decade</source>
        <translation>Afficher les normes sur un axe logarithmique&#xa0;: un gradient qui s&apos;évanouit descend en ligne droite, décade après décade</translation>
    </message>
    <message>
        <source>time step t</source>
        <translation>pas de temps t</translation>
    </message>
    <message>
        <source>layer 1</source>
        <translation>couche 1</translation>
    </message>
    <message>
        <source>‖dL/dh_t‖ of every time step appears here once a session is loaded</source>
        <translation>‖dL/dh_t‖ de chaque pas de temps apparaît ici dès qu&apos;une session est chargée</translation>
    </message>
    <message>
        <source>No gradients in this snapshot yet: they come from a backward pass through time</source>
        <translation>Pas encore de gradients dans cet instantané&#xa0;: ils viennent d&apos;une passe arrière dans le temps</translation>
    </message>
    <message>
        <source>A test series is never trained on: it has no gradients</source>
        <translation>Une série de test n&apos;est jamais apprise&#xa0;: elle n&apos;a pas de gradients</translation>
    </message>
    <message>
        <source>There is no text %1 in this session</source>
        <translation>Il n&apos;y a pas de texte %1 dans cette session</translation>
    </message>
    <message>
        <source>No gradient of the last step&apos;s loss in this snapshot yet</source>
        <translation>Pas encore de gradient de la perte du dernier pas dans cet instantané</translation>
    </message>
    <message>
        <source>W_hh = 0: the last step&apos;s loss reaches h_{%1} only; every earlier h_t gets 0, which a log axis cannot show</source>
        <translation>W_hh = 0&#xa0;: la perte du dernier pas n&apos;atteint que h_{%1}&#xa0;; tous les h_t antérieurs reçoivent 0, ce qu&apos;un axe log ne peut pas montrer</translation>
    </message>
    <message>
        <source>◯ %1: the graph&apos;s dL/d%2</source>
        <extracomment>%1 the norm and its value (&quot;‖dL/dh_3‖ = 0.12&quot;), %2 the hidden state (h_3).</extracomment>
        <translation>◯ %1&#xa0;: le dL/d%2 du graphe</translation>
    </message>
    <message>
        <source>◯ %1, the same as the graph&apos;s ‖dL/d%2‖: only loss_%3 reaches it</source>
        <extracomment>%1 the last step&apos;s norm and its value, %2 the hidden state (h_3), %3 the last time step.</extracomment>
        <translation>◯ %1, identique au ‖dL/d%2‖ du graphe&#xa0;: seul loss_%3 l&apos;atteint</translation>
    </message>
    <message>
        <source>◯ %1   □ the graph&apos;s %2 (whole L)</source>
        <extracomment>%1 the last step&apos;s norm and its value, %2 the whole loss&apos;s norm and its value.</extracomment>
        <translation>◯ %1   □ le %2 du graphe (L entière)</translation>
    </message>
</context>
<context>
    <name>rnnlab::GraphAccessible</name>
    <message>
        <source>RNN graph</source>
        <translation>Graphe du RNN</translation>
    </message>
    <message>
        <source>, layer %1</source>
        <translation>, couche %1</translation>
    </message>
    <message>
        <source>Time step %1</source>
        <translation>Pas de temps %1</translation>
    </message>
    <message>
        <source>x_%1, dimension %2</source>
        <translation>x_%1, dimension %2</translation>
    </message>
    <message>
        <source>dL/dh_%1, unit %2</source>
        <translation>dL/dh_%1, unité %2</translation>
    </message>
    <message>
        <source>h_%1, unit %2</source>
        <translation>h_%1, unité %2</translation>
    </message>
    <message>
        <source>dL/dc_%1, unit %2</source>
        <translation>dL/dc_%1, unité %2</translation>
    </message>
    <message>
        <source>c_%1, unit %2</source>
        <translation>c_%1, unité %2</translation>
    </message>
    <message>
        <source>Gates at t = %1</source>
        <translation>Portes à t = %1</translation>
    </message>
    <message>
        <source>y_%1, feature %2</source>
        <translation>y_%1, variable %2</translation>
    </message>
    <message>
        <source>Prediction at t = %1</source>
        <translation>Prédiction à t = %1</translation>
    </message>
    <message>
        <source>%1, flagged as a candidate anomaly</source>
        <translation>%1, signalé comme anomalie candidate</translation>
    </message>
</context>
<context>
    <name>rnnlab::GraphBar</name>
    <message>
        <source>Which training text the graph shows</source>
        <translation>Le texte d&apos;entraînement montré par le graphe</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte&#xa0;:</translation>
    </message>
    <message>
        <source>W_xh: input to hidden, the same at every time step</source>
        <translation>W_xh&#xa0;: entrée vers état caché, la même à chaque pas de temps</translation>
    </message>
    <message>
        <source>W_hh: hidden to hidden, carries memory from t−1 to t</source>
        <translation>W_hh&#xa0;: état caché vers état caché, porte la mémoire de t−1 à t</translation>
    </message>
    <message>
        <source>W_hy: hidden to output</source>
        <translation>W_hy&#xa0;: état caché vers sortie</translation>
    </message>
    <message>
        <source>series %1 (%2 points)</source>
        <translation>série %1 (%2 points)</translation>
    </message>
    <message>
        <source>Se&amp;ries:</source>
        <translation>Sé&amp;rie&#xa0;:</translation>
    </message>
    <message>
        <source>W_ih: input to hidden, one block of rows per gate, the same at every time step</source>
        <translation>W_ih&#xa0;: entrée vers état caché, un bloc de lignes par porte, la même à chaque pas de temps</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>test series %1 (%2 points)</source>
        <translation>série de test %1 (%2 points)</translation>
    </message>
    <message>
        <source>Pa&amp;ir:</source>
        <translation>Pa&amp;ire&#xa0;:</translation>
    </message>
    <message>
        <source>Which series the graph and the walk by hand show: the training series, then the test series (their forward pass with the current weights; never trained on)</source>
        <translation>La série montrée par le graphe et le calcul à la main&#xa0;: les séries d&apos;entraînement, puis les séries de test (leur propagation avant avec les poids actuels&#xa0;; jamais apprises)</translation>
    </message>
    <message>
        <source>Which pair the translation graph shows</source>
        <translation>La paire montrée par le graphe de traduction</translation>
    </message>
    <message>
        <source>Teacher forcing</source>
        <translation>Teacher forcing</translation>
    </message>
    <message>
        <source>Translate (greedy)</source>
        <translation>Traduire (glouton)</translation>
    </message>
    <message>
        <source>Deco&amp;der:</source>
        <translation>&amp;Décodeur&#xa0;:</translation>
    </message>
    <message>
        <source>y = h (no W&lt;sub&gt;hy&lt;/sub&gt;)</source>
        <extracomment>Legend of the grey arrow when the model has no output layer: the outputs y are h itself.</extracomment>
        <translation>y = h (sans W&lt;sub&gt;hy&lt;/sub&gt;)</translation>
    </message>
    <message>
        <source>Teacher forcing: the decoder as it is trained, fed the previous target token.
Translate (greedy): the decoder as it translates, fed its own previous output (the argmax) from &lt;sos&gt; until &lt;eos&gt;; ✓/✗ where it parts from the target.
Both with the weights now, after the latest update: the Predictions tab&apos;s row for a step shows that step&apos;s translation from before its update.</source>
        <translation>Teacher forcing&#xa0;: le décodeur tel qu&apos;il est entraîné, nourri du jeton cible précédent.
Traduire (glouton)&#xa0;: le décodeur tel qu&apos;il traduit, nourri de sa propre sortie précédente (l&apos;argmax) de &lt;sos&gt; jusqu&apos;à &lt;eos&gt;&#xa0;; ✓/✗ là où il s&apos;écarte de la cible.
Les deux avec les poids actuels, après la dernière mise à jour&#xa0;: dans l&apos;onglet Prédictions par pas, la ligne d&apos;un pas montre sa traduction d&apos;avant sa mise à jour.</translation>
    </message>
</context>
<context>
    <name>rnnlab::GraphPainter</name>
    <message>
        <source>input</source>
        <translation>entrée</translation>
    </message>
    <message>
        <source>output</source>
        <translation>sortie</translation>
    </message>
</context>
<context>
    <name>rnnlab::GraphToolTip</name>
    <message>
        <source>&lt;b&gt;%1 = 0&lt;/b&gt; (%2), %3×%4: What if W_hh = 0? — the graph&apos;s forward pass uses zeros here; the trained values are in the Matrices panel</source>
        <translation>&lt;b&gt;%1 = 0&lt;/b&gt; (%2), %3×%4&#xa0;: Et si W_hh = 0&#xa0;? — la propagation avant du graphe utilise des zéros ici&#xa0;; les valeurs entraînées sont dans le panneau Matrices</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2), %3×%4: the same matrix at every time step</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2), %3×%4&#xa0;: la même matrice à chaque pas de temps</translation>
    </message>
    <message>
        <source>Hidden until you have predicted (Lesson ▸ Reveal)</source>
        <translation>Masqué jusqu&apos;à votre prédiction (Leçon ▸ Révéler)</translation>
    </message>
    <message>
        <source>Time step t = %1: the cell reads x_%1 = %2 and should predict the next value %3</source>
        <translation>Pas de temps t = %1&#xa0;: la cellule lit x_%1 = %2 et doit prédire la valeur suivante %3</translation>
    </message>
    <message>
        <source>x_%1 = %2: the series&apos; value at time step %1</source>
        <translation>x_%1 = %2&#xa0;: la valeur de la série au pas de temps %1</translation>
    </message>
    <message>
        <source>x_%1[%2] = %3: feature %2 of the series at time step %1, fed in as it is (not one-hot)</source>
        <translation>x_%1[%2] = %3&#xa0;: variable %2 de la série au pas de temps %1, fournie telle quelle (pas en one-hot)</translation>
    </message>
    <message>
        <source>y_%1[%2] = %3: the predicted next value (W_hy h_t + b_y, no softmax)&lt;br&gt;target %4 · error %5 · squared %6</source>
        <translation>y_%1[%2] = %3&#xa0;: la valeur suivante prédite (W_hy h_t + b_y, sans softmax)&lt;br&gt;cible %4 · erreur %5 · au carré %6</translation>
    </message>
    <message>
        <source>x_%6 = %4: the true next value, the target of y_%1 — the series continues with %4 after x_%1 = %2, where the network predicts %3&lt;br&gt;squared error at this step (summed over the features) %5</source>
        <translation>x_%6 = %4&#xa0;: la vraie valeur suivante, la cible de y_%1 — la série continue par %4 après x_%1 = %2, là où le réseau prédit %3&lt;br&gt;erreur quadratique à ce pas (sommée sur les variables) %5</translation>
    </message>
    <message>
        <source>Time step t = %1: the cell reads ‘%2’; no output is scored here (only the last step&apos;s)</source>
        <translation>Pas de temps t = %1&#xa0;: la cellule lit «&#xa0;%2&#xa0;»&#xa0;; aucune sortie n&apos;est évaluée ici (seulement celle du dernier pas)</translation>
    </message>
    <message>
        <source>Time step t = %1: the cell reads ‘%2’ and should predict ‘%3’</source>
        <translation>Pas de temps t = %1&#xa0;: la cellule lit «&#xa0;%2&#xa0;» et doit prédire «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>x_%1 = ‘%2’ (time step %1)</source>
        <translation>x_%1 = «&#xa0;%2&#xa0;» (pas de temps %1)</translation>
    </message>
    <message>
        <source>x_%1[%2] = %3: one-hot of ‘%4’ (‘%5’ is dimension %2)</source>
        <translation>x_%1[%2] = %3&#xa0;: one-hot de «&#xa0;%4&#xa0;» («&#xa0;%5&#xa0;» est la dimension %2)</translation>
    </message>
    <message>
        <source>Gates at t = %1%2 (bars: the mean over the units; zoom in for each unit)</source>
        <extracomment>%1 the time step, %2 &quot;, layer N&quot; (or nothing).</extracomment>
        <translation>Portes à t = %1%2 (barres&#xa0;: la moyenne sur les unités&#xa0;; zoomez pour chaque unité)</translation>
    </message>
    <message>
        <source>, layer %1</source>
        <translation>, couche %1</translation>
    </message>
    <message>
        <source>dL/dc_%1%2[%3] = %4: the gradient of the whole loss L at c_t (c_t = %5)</source>
        <extracomment>%1 the time step, %2 &quot; of layer N&quot; (or nothing), %3 the unit, then the values.</extracomment>
        <translation>dL/dc_%1%2[%3] = %4&#xa0;: le gradient de toute la perte L en c_t (c_t = %5)</translation>
    </message>
    <message>
        <source> of layer %1</source>
        <translation> de la couche %1</translation>
    </message>
    <message>
        <source>c_%1%2[%3] = %4: the cell state, c_t = f ⊙ c_{t−1} + i ⊙ g</source>
        <extracomment>%1 the time step, %2 &quot; of layer N&quot; (or nothing), %3 the unit, then the values.</extracomment>
        <translation>c_%1%2[%3] = %4&#xa0;: l&apos;état de cellule, c_t = f ⊙ c_{t−1} + i ⊙ g</translation>
    </message>
    <message>
        <source>dL/dh_%1%2[%3] = %4: the gradient of the whole loss L at h_t (h_t = %5)</source>
        <extracomment>%1 the time step, %2 &quot; of layer N&quot; (or nothing), %3 the unit, then the values.</extracomment>
        <translation>dL/dh_%1%2[%3] = %4&#xa0;: le gradient de toute la perte L en h_t (h_t = %5)</translation>
    </message>
    <message>
        <source>h_%1%2[%3] = %4&lt;br&gt;pre-activation a_%1 = %5 (W_hh h + b_hh = %6, W_xh x + b_ih = %7)</source>
        <extracomment>%1 the time step, %2 &quot; of layer N&quot; (or nothing), %3 the unit, then the values.</extracomment>
        <translation>h_%1%2[%3] = %4&lt;br&gt;pré-activation a_%1 = %5 (W_hh h + b_hh = %6, W_xh x + b_ih = %7)</translation>
    </message>
    <message>
        <source>P(class ‘%1’ | the text up to ‘%2’) = %3&lt;br&gt;logit %4%5%6</source>
        <extracomment>%1 a class or character, %2 the text read, %3 its probability, %4 the logit, %5 &quot; · the target&quot; or nothing, %6 &quot; · predicted&quot; or nothing.</extracomment>
        <translation>P(classe «&#xa0;%1&#xa0;» | le texte jusqu&apos;à «&#xa0;%2&#xa0;») = %3&lt;br&gt;logit %4%5%6</translation>
    </message>
    <message>
        <source>P(next = ‘%1’ | ‘%2’) = %3&lt;br&gt;logit %4%5%6</source>
        <translation>P(suivant = «&#xa0;%1&#xa0;» | «&#xa0;%2&#xa0;») = %3&lt;br&gt;logit %4%5%6</translation>
    </message>
    <message>
        <source> · the target</source>
        <translation> · la cible</translation>
    </message>
    <message>
        <source> · predicted</source>
        <translation> · prédit</translation>
    </message>
    <message>
        <source>After ‘%1’ the network would say ‘%2’; only the last time step is scored</source>
        <translation>Après «&#xa0;%1&#xa0;», le réseau dirait «&#xa0;%2&#xa0;»&#xa0;; seul le dernier pas de temps est évalué</translation>
    </message>
    <message>
        <source>After the whole text the network says ‘%1’; its label is ‘%2’: %3&lt;br&gt;loss −log P(‘%2’) = %4</source>
        <translation>Après tout le texte, le réseau dit «&#xa0;%1&#xa0;»&#xa0;; son étiquette est «&#xa0;%2&#xa0;»&#xa0;: %3&lt;br&gt;perte −log P(«&#xa0;%2&#xa0;») = %4</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>correct</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>faux</translation>
    </message>
    <message>
        <source>After ‘%1’ the network predicts ‘%2’; the text continues with ‘%3’: %4&lt;br&gt;loss at this step −log P(‘%3’) = %5</source>
        <translation>Après «&#xa0;%1&#xa0;», le réseau prédit «&#xa0;%2&#xa0;»&#xa0;; le texte continue par «&#xa0;%3&#xa0;»&#xa0;: %4&lt;br&gt;perte à ce pas −log P(«&#xa0;%3&#xa0;») = %5</translation>
    </message>
    <message>
        <source>x_%1 = ‘%2’: given, the training text&apos;s first character; generation starts here</source>
        <translation>x_%1 = «&#xa0;%2&#xa0;»&#xa0;: donné, le premier caractère du texte d&apos;entraînement&#xa0;; la génération part d&apos;ici</translation>
    </message>
    <message>
        <source>x_%1 = ‘%2’: the character the network picked at t = %3, fed back as its next input</source>
        <translation>x_%1 = «&#xa0;%2&#xa0;»&#xa0;: le caractère choisi par le réseau à t = %3, réinjecté comme entrée suivante</translation>
    </message>
    <message>
        <source>At t = %1 the network picks ‘%2’, the most probable (greedy)</source>
        <translation>À t = %1, le réseau choisit «&#xa0;%2&#xa0;», le plus probable (glouton)</translation>
    </message>
    <message>
        <source>At t = %1 the network draws ‘%2’ from softmax(y_t / %3) (sampled, seed %4)</source>
        <translation>À t = %1, le réseau tire «&#xa0;%2&#xa0;» selon softmax(y_t / %3) (échantillonné, graine %4)</translation>
    </message>
    <message>
        <source>The training text has ‘%1’ here: the generated text parts from it at this step</source>
        <translation>Le texte d&apos;entraînement a «&#xa0;%1&#xa0;» ici&#xa0;: le texte généré s&apos;en écarte à ce pas</translation>
    </message>
    <message>
        <source>as the training text</source>
        <translation>conforme au texte d&apos;entraînement</translation>
    </message>
    <message>
        <source>(past where it parted from the training text: nothing to compare)</source>
        <translation>(au-delà de l&apos;écart avec le texte d&apos;entraînement&#xa0;: rien à comparer)</translation>
    </message>
</context>
<context>
    <name>rnnlab::GraphView</name>
    <message>
        <source>overview</source>
        <translation>aperçu</translation>
    </message>
    <message>
        <source>Overview: the top layer&apos;s h_t at every time step, colours only; the frame marks the steps in view. Click or drag along it to scroll there.</source>
        <translation>Aperçu&#xa0;: le h_t de la couche du haut à chaque pas de temps, en couleurs seulement&#xa0;; le cadre marque les pas visibles. Cliquez ou glissez le long pour y défiler.</translation>
    </message>
    <message>
        <source>flagged (a candidate anomaly): error² %1 &gt; threshold %2, as the Signal tab marks it</source>
        <translation>signalé (une anomalie candidate) : erreur² %1 &gt; seuil %2, comme l&apos;onglet Signal le marque</translation>
    </message>
</context>
<context>
    <name>rnnlab::GuiLaunch</name>
    <message>
        <source>there is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Run it in a desktop session, under xvfb-run, or render the window to a picture with rnnlab --screenshot OUT.png</source>
        <translation>aucun écran où ouvrir la fenêtre (ni DISPLAY ni WAYLAND_DISPLAY n&apos;est défini). Lancez-le dans une session de bureau, sous xvfb-run, ou rendez la fenêtre en image avec rnnlab --screenshot OUT.png</translation>
    </message>
</context>
<context>
    <name>rnnlab::GuiOptions</name>
    <message>
        <source>--tab: &quot;%1&quot; is not step, loss, predictions, generate, memory, memory-units, signal or pytorch</source>
        <translation>--tab&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas step, loss, predictions, generate, memory, memory-units, signal ou pytorch</translation>
    </message>
    <message>
        <source>the session file&apos;s name is empty: give the file to open</source>
        <translation>le nom du fichier de session est vide&#xa0;: indiquez le fichier à ouvrir</translation>
    </message>
    <message>
        <source>give a session file or --text, not both</source>
        <translation>indiquez un fichier de session ou --text, pas les deux</translation>
    </message>
    <message>
        <source>--label goes with --text; a session file gives its labels in data.labels</source>
        <translation>--label va avec --text&#xa0;; un fichier de session donne ses étiquettes dans data.labels</translation>
    </message>
    <message>
        <source>--compare-preset brings its own models: give it alone, or --compare files (and --session for the first model) instead</source>
        <translation>--compare-preset apporte ses propres modèles&#xa0;: donnez-le seul, ou à la place des fichiers --compare (et --session pour le premier modèle)</translation>
    </message>
    <message>
        <source>--compare-preset: &quot;%1&quot; is not a preset: use layers (1 layer vs 2 layers on hello) or cells (RNN vs LSTM vs GRU on a long text)</source>
        <translation>--compare-preset&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un préréglage&#xa0;: utilisez layers (1 couche contre 2 couches sur hello) ou cells (RNN contre LSTM contre GRU sur un long texte)</translation>
    </message>
    <message>
        <source>--compare: compare mode shows 2 or 3 models: the first (--session, or the hello example) and one or two --compare files, not %1</source>
        <translation>--compare&#xa0;: le mode comparaison montre 2 ou 3 modèles&#xa0;: le premier (--session, ou l&apos;exemple hello) et un ou deux fichiers --compare, pas %1</translation>
    </message>
    <message>
        <source>cannot compare these sessions: %1</source>
        <translation>impossible de comparer ces sessions&#xa0;: %1</translation>
    </message>
    <message>
        <source>give one of --screenshot, --export-svg and --export-png</source>
        <translation>donnez une seule option parmi --screenshot, --export-svg et --export-png</translation>
    </message>
    <message>
        <source>--export-%1: &quot;%2&quot; must end in .%1</source>
        <translation>--export-%1&#xa0;: «&#xa0;%2&#xa0;» doit se terminer par .%1</translation>
    </message>
    <message>
        <source>--scale applies to --export-png; an SVG has no pixels</source>
        <translation>--scale s&apos;applique à --export-png&#xa0;; un SVG n&apos;a pas de pixels</translation>
    </message>
    <message>
        <source>--scale: &quot;%1&quot; must be 1, 2 or 3</source>
        <translation>--scale&#xa0;: «&#xa0;%1&#xa0;» doit valoir 1, 2 ou 3</translation>
    </message>
    <message>
        <source>--screenshot: the file name is empty: give the PNG to write</source>
        <translation>--screenshot&#xa0;: le nom de fichier est vide&#xa0;: indiquez le PNG à écrire</translation>
    </message>
    <message>
        <source>--screenshot: &quot;%1&quot; must end in .png (the window is written as a PNG)</source>
        <translation>--screenshot&#xa0;: «&#xa0;%1&#xa0;» doit se terminer par .png (la fenêtre est écrite en PNG)</translation>
    </message>
    <message>
        <source>--train: &quot;%1&quot; must be a whole number of steps from 0 to 100000000</source>
        <translation>--train&#xa0;: «&#xa0;%1&#xa0;» doit être un nombre entier de pas entre 0 et 100000000</translation>
    </message>
    <message>
        <source>--view: &quot;%1&quot; is neither folded nor unfolded</source>
        <translation>--view&#xa0;: «&#xa0;%1&#xa0;» n&apos;est ni folded ni unfolded</translation>
    </message>
    <message>
        <source>--size: &quot;%1&quot; is not WIDTHxHEIGHT between 100x100 and 8192x8192 (e.g. 1280x800)</source>
        <translation>--size&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas WIDTHxHEIGHT entre 100x100 et 8192x8192 (p. ex. 1280x800)</translation>
    </message>
    <message>
        <source>--size: %1x%2 is smaller than the smallest window rnnlab supports, %3x%4</source>
        <translation>--size&#xa0;: %1x%2 est plus petit que la plus petite fenêtre acceptée par rnnlab, %3x%4</translation>
    </message>
    <message>
        <source>--%1 shows a part of the main window: it does not apply to compare mode</source>
        <translation>--%1 montre une partie de la fenêtre principale&#xa0;: il ne s&apos;applique pas au mode comparaison</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; must be a whole number from %3 to %4</source>
        <translation>--%1&#xa0;: «&#xa0;%2&#xa0;» doit être un nombre entier entre %3 et %4</translation>
    </message>
    <message>
        <source>--walk-order: &quot;%1&quot; is not an order: time or layer</source>
        <translation>--walk-order&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un ordre&#xa0;: time ou layer</translation>
    </message>
    <message>
        <source>--what-if: &quot;%1&quot; is not a what-if: whh0 (W_hh = 0, no memory)</source>
        <translation>--what-if&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un scénario&#xa0;: whh0 (W_hh = 0, pas de mémoire)</translation>
    </message>
    <message>
        <source>Recurrent neural networks, shown at work.</source>
        <translation>Les réseaux de neurones récurrents, montrés à l&apos;œuvre.</translation>
    </message>
    <message>
        <source>A session file to open (.rnnlab).</source>
        <translation>Un fichier de session à ouvrir (.rnnlab).</translation>
    </message>
    <message>
        <source>Train on this text (repeat for several) with the lecture&apos;s settings.</source>
        <translation>Entraîner sur ce texte (à répéter pour plusieurs) avec les réglages du cours.</translation>
    </message>
    <message>
        <source>With --text: the class of that text (repeat, one per --text, in order); makes it a many-to-one classifier (task &quot;classify&quot;).</source>
        <translation>Avec --text&#xa0;: la classe de ce texte (à répéter, une par --text, dans l&apos;ordre)&#xa0;; en fait un classifieur many-to-one (tâche «&#xa0;classify&#xa0;»).</translation>
    </message>
    <message>
        <source>A session file to open.</source>
        <translation>Un fichier de session à ouvrir.</translation>
    </message>
    <message>
        <source>Render the window to OUT.png and exit.</source>
        <translation>Rendre la fenêtre dans OUT.png et quitter.</translation>
    </message>
    <message>
        <source>With --screenshot: train this many steps first.</source>
        <translation>Avec --screenshot&#xa0;: entraîner d&apos;abord ce nombre de pas.</translation>
    </message>
    <message>
        <source>With --screenshot: folded or unfolded (default).</source>
        <translation>Avec --screenshot&#xa0;: folded (replié) ou unfolded (déplié, par défaut).</translation>
    </message>
    <message>
        <source>With --screenshot: also write every text the graph, heatmaps and equations drew (where, how large) to FILE as JSON.</source>
        <translation>Avec --screenshot&#xa0;: écrire aussi dans FILE, en JSON, chaque texte dessiné par le graphe, les cartes de chaleur et les équations (position, taille).</translation>
    </message>
    <message>
        <source>With --screenshot: the window size (default 1280x800).</source>
        <translation>Avec --screenshot&#xa0;: la taille de la fenêtre (par défaut 1280x800).</translation>
    </message>
    <message>
        <source>With --screenshot or --bench-ui: step, loss, predictions, generate, memory (how far back a prediction looks, the path of h_t), memory-units (units over the text), signal (a time series) or pytorch (the PyTorch panel).</source>
        <translation>Avec --screenshot ou --bench-ui&#xa0;: step, loss, predictions, generate, memory (jusqu&apos;où remonte une prédiction, la trajectoire de h_t), memory-units (unités sur le texte), signal (une série temporelle) ou pytorch (le panneau PyTorch).</translation>
    </message>
    <message>
        <source>With --screenshot: rewind to this training step (after --train).</source>
        <translation>Avec --screenshot&#xa0;: revenir à ce pas d&apos;entraînement (après --train).</translation>
    </message>
    <message>
        <source>With --screenshot: walk by hand to this time step (t = 1 … n, as on screen).</source>
        <translation>Avec --screenshot&#xa0;: calculer à la main jusqu&apos;à ce pas de temps (t = 1 … n, comme à l&apos;écran).</translation>
    </message>
    <message>
        <source>With --phase: the layer (1-based, default 1).</source>
        <translation>Avec --phase&#xa0;: la couche (à partir de 1, par défaut 1).</translation>
    </message>
    <message>
        <source>With --phase: time (every layer at t, then t+1; the default) or layer (layer 1 over all of time, then layer 2).</source>
        <translation>Avec --phase&#xa0;: time (toutes les couches à t, puis t+1&#xa0;; par défaut) ou layer (la couche 1 sur tout le temps, puis la couche 2).</translation>
    </message>
    <message>
        <source>With --screenshot: whh0 shows Edit &gt; What if W_hh = 0? (the network without its memory).</source>
        <translation>Avec --screenshot&#xa0;: whh0 montre Édition &gt; Et si W_hh = 0&#xa0;? (le réseau sans sa mémoire).</translation>
    </message>
    <message>
        <source>Write the graph (or --figure) as SVG and exit; takes --screenshot&apos;s options (--train, --view, --size, …).</source>
        <translation>Écrire le graphe (ou --figure) en SVG et quitter&#xa0;; accepte les options de --screenshot (--train, --view, --size, …).</translation>
    </message>
    <message>
        <source>Write the graph (or --figure) as PNG and exit.</source>
        <translation>Écrire le graphe (ou --figure) en PNG et quitter.</translation>
    </message>
    <message>
        <source>With --export-png: 1, 2 or 3 times the screen&apos;s pixels (default 1).</source>
        <translation>Avec --export-png&#xa0;: 1, 2 ou 3 fois les pixels de l&apos;écran (par défaut 1).</translation>
    </message>
    <message>
        <source>With --export-*: graph (default), a heatmap, by its name (W_hh) or PyTorch name (rnn.weight_hh_l1), or memory-influence, memory-path or memory-units.</source>
        <translation>Avec --export-*&#xa0;: graph (par défaut), une carte de chaleur, par son nom (W_hh) ou son nom PyTorch (rnn.weight_hh_l1), ou memory-influence, memory-path ou memory-units.</translation>
    </message>
    <message>
        <source>The colour theme: system (the desktop&apos;s; the default), light, dark or high-contrast (screenshots: light unless given).</source>
        <translation>Le thème de couleurs&#xa0;: system (celui du bureau&#xa0;; par défaut), light, dark ou high-contrast (captures d&apos;écran&#xa0;: light sauf indication).</translation>
    </message>
    <message>
        <source>The language: en, de, es, fr, ja, ko or zh_CN (the window: View &gt; Language&apos;s, else the system&apos;s; screenshots and benchmarks: en unless given).</source>
        <translation>La langue&#xa0;: en, de, es, fr, ja, ko ou zh_CN (la fenêtre&#xa0;: celle d&apos;Affichage &gt; Langue, sinon celle du système&#xa0;; captures d&apos;écran et mesures&#xa0;: en sauf indication).</translation>
    </message>
    <message>
        <source>Open in presentation mode (F11): full screen, large type, only the graph, the equations and the play controls.</source>
        <translation>Ouvrir en mode présentation (F11)&#xa0;: plein écran, gros caractères, seulement le graphe, les équations et les commandes de lecture.</translation>
    </message>
    <message>
        <source>Open the lesson at step K (1-based).</source>
        <translation>Ouvrir la leçon à l&apos;étape K (à partir de 1).</translation>
    </message>
    <message>
        <source>Measure the UI&apos;s responsiveness while training at full speed; print JSON.</source>
        <translation>Mesurer la réactivité de l&apos;interface pendant l&apos;entraînement à pleine vitesse&#xa0;; afficher du JSON.</translation>
    </message>
    <message>
        <source>With --bench-ui: how long to measure (default 5).</source>
        <translation>Avec --bench-ui&#xa0;: durée de la mesure (par défaut 5).</translation>
    </message>
    <message>
        <source>Compare mode: train this session beside the first one (--session, or the hello example); repeat for a third model.</source>
        <translation>Mode comparaison&#xa0;: entraîner cette session à côté de la première (--session, ou l&apos;exemple hello)&#xa0;; répéter pour un troisième modèle.</translation>
    </message>
    <message>
        <source>Compare mode with a preset: layers (1 layer vs 2 layers on hello) or cells (RNN vs LSTM vs GRU on a long text).</source>
        <translation>Mode comparaison avec un préréglage&#xa0;: layers (1 couche contre 2 couches sur hello) ou cells (RNN contre LSTM contre GRU sur un long texte).</translation>
    </message>
    <message>
        <source>Compare mode: each model trains as fast as it can instead of in lock step.</source>
        <translation>Mode comparaison&#xa0;: chaque modèle s&apos;entraîne aussi vite que possible au lieu d&apos;avancer en pas synchronisés.</translation>
    </message>
    <message>
        <source>--free-running is for compare mode: give --compare FILE or --compare-preset NAME too</source>
        <translation>--free-running est pour le mode comparaison&#xa0;: donnez aussi --compare FILE ou --compare-preset NAME</translation>
    </message>
    <message>
        <source>--seconds: &quot;%1&quot; must be a number of seconds between 0 and 3600</source>
        <translation>--seconds&#xa0;: «&#xa0;%1&#xa0;» doit être un nombre de secondes entre 0 et 3600</translation>
    </message>
    <message>
        <source>--tab shows a part of the main window: it does not apply to compare mode</source>
        <translation>--tab montre une partie de la fenêtre principale&#xa0;: il ne s&apos;applique pas au mode comparaison</translation>
    </message>
    <message>
        <source>--theme: &quot;%1&quot; is not a theme: %2</source>
        <translation>--theme&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un thème&#xa0;: %2</translation>
    </message>
    <message>
        <source>--lesson-step: &quot;%1&quot; must be a step of the lesson, 1 to %2</source>
        <translation>--lesson-step&#xa0;: «&#xa0;%1&#xa0;» doit être une étape de la leçon, de 1 à %2</translation>
    </message>
    <message>
        <source>--font-size: &quot;%1&quot; must be a size in points from 6 to 32</source>
        <translation>--font-size&#xa0;: «&#xa0;%1&#xa0;» doit être une taille en points de 6 à 32</translation>
    </message>
    <message>
        <source>--decoder: &quot;%1&quot; is not a decoder view: teacher-forcing or greedy</source>
        <translation>--decoder&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une vue du décodeur&#xa0;: teacher-forcing ou greedy</translation>
    </message>
    <message>
        <source>With --screenshot, a translation: teacher-forcing (the default) or greedy (the graph&apos;s Translate view: the decoder fed its own previous output).</source>
        <translation>Avec --screenshot, pour une traduction&#xa0;: teacher-forcing (par défaut) ou greedy (la vue Traduire du graphe&#xa0;: le décodeur nourri de sa propre sortie précédente).</translation>
    </message>
    <message>
        <source>With --screenshot or --export-*: the application&apos;s font at PT points, as a desktop set to larger type gives it (default: the platform&apos;s).</source>
        <translation>Avec --screenshot ou --export-*&#xa0;: la police de l&apos;application à PT points, comme la donne un bureau réglé en gros caractères (par défaut&#xa0;: celle de la plateforme).</translation>
    </message>
    <message>
        <source>No fold animation, no animated menus or docks, as View &gt; Reduce motion (which is otherwise remembered, or the system&apos;s where Qt knows it).</source>
        <translation>Pas d&apos;animation du repli, ni de menus ou panneaux animés, comme Affichage &gt; Réduire les animations (sinon le réglage mémorisé, ou celui du système quand Qt le connaît).</translation>
    </message>
    <message>
        <source>With --screenshot: the text or series the graph and the walk by hand show (1-based, as the bar above the graph lists them: a time series&apos; test series after its training series). Default: a time series&apos; first test series, as the Signal tab shows it; else the first.</source>
        <translation>Avec --screenshot : le texte ou la série montrés par le graphe et le calcul à la main (à partir de 1, dans l&apos;ordre de la barre au-dessus du graphe : les séries de test d&apos;une série temporelle après ses séries d&apos;entraînement). Par défaut : la première série de test d&apos;une série temporelle, comme l&apos;onglet Signal la montre ; sinon la première.</translation>
    </message>
    <message>
        <source>--phase: &quot;%1&quot; is not a phase: input, input-part, hidden-part, sum, gates, cell, activation, output, softmax, prediction, loss, context, backward, backward-cell, backward-pre or backward-context</source>
        <translation>--phase&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une phase&#xa0;: input, input-part, hidden-part, sum, gates, cell, activation, output, softmax, prediction, loss, context, backward, backward-cell, backward-pre ou backward-context</translation>
    </message>
    <message>
        <source>--stack: &quot;%1&quot; is not a stack of a translation: encoder or decoder</source>
        <translation>--stack&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une pile d&apos;une traduction&#xa0;: encoder ou decoder</translation>
    </message>
    <message>
        <source>--shape: &quot;%1&quot; is not a shape: one-to-one, one-to-many, many-to-one or many-to-many</source>
        <translation>--shape&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une forme&#xa0;: one-to-one, one-to-many, many-to-one ou many-to-many</translation>
    </message>
    <message>
        <source>--sample: &quot;%1&quot; is not TEMPERATURE:SEED (a temperature from 0.01 to 100, a seed from 0, e.g. 0.8:3)</source>
        <translation>--sample&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas TEMPERATURE:SEED (une température de 0.01 à 100, une graine à partir de 0, p. ex. 0.8:3)</translation>
    </message>
    <message>
        <source>With --screenshot: the phase of the time step: input, input-part, hidden-part, sum, gates, cell, activation, output, softmax, prediction, loss, backward, backward-cell, backward-pre (gates, cell and backward-cell: LSTM and GRU); a translation&apos;s also context and backward-context (the decoder&apos;s h_0 = the encoder&apos;s h_n).</source>
        <translation>Avec --screenshot&#xa0;: la phase du pas de temps&#xa0;: input, input-part, hidden-part, sum, gates, cell, activation, output, softmax, prediction, loss, backward, backward-cell, backward-pre (gates, cell et backward-cell&#xa0;: LSTM et GRU)&#xa0;; pour une traduction, aussi context et backward-context (h_0 du décodeur = h_n de l&apos;encodeur).</translation>
    </message>
    <message>
        <source>With --phase, a translation: walk in the encoder or the decoder (the default); --time-step and --layer count within it.</source>
        <translation>Avec --phase, pour une traduction&#xa0;: parcourir l&apos;encodeur ou le décodeur (par défaut)&#xa0;; --time-step et --layer comptent à l&apos;intérieur.</translation>
    </message>
    <message>
        <source>With --screenshot: draw the unfolded graph as one-to-one, one-to-many (generating, for a next-character session), many-to-one or many-to-many.</source>
        <translation>Avec --screenshot&#xa0;: dessiner le graphe déplié en one-to-one, one-to-many (en génération, pour une session de caractère suivant), many-to-one ou many-to-many.</translation>
    </message>
    <message>
        <source>With --screenshot: the Generate tab (and the one-to-many picture) samples at this temperature with this seed, e.g. 0.8:3; greedy without.</source>
        <translation>Avec --screenshot&#xa0;: l&apos;onglet Générer (et l&apos;image one-to-many) échantillonne à cette température avec cette graine, p. ex. 0.8:3&#xa0;; glouton sans cette option.</translation>
    </message>
</context>
<context>
    <name>rnnlab::HeatmapAccessible</name>
    <message>
        <source>Matrix</source>
        <translation>Matrice</translation>
    </message>
</context>
<context>
    <name>rnnlab::HeatmapInteraction</name>
    <message>
        <source>fine steps · Esc: cancel</source>
        <translation>réglage fin · Esc&#xa0;: annuler</translation>
    </message>
    <message>
        <source>Shift: finer · Esc: cancel</source>
        <translation>Shift&#xa0;: plus fin · Esc&#xa0;: annuler</translation>
    </message>
</context>
<context>
    <name>rnnlab::HeatmapLabels</name>
    <message>
        <source>%1nd</source>
        <extracomment>An ordinal (&quot;every 2nd label&quot;); a language without ordinals may write just %1.</extracomment>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1th</source>
        <extracomment>An ordinal (&quot;every 5th label&quot;, also 10th, 20th …); a language without ordinals may write just %1.</extracomment>
        <translation>%1</translation>
    </message>
    <message>
        <source>Row labels: only every %1 is drawn (%2, …), the cells are too small for all of them.</source>
        <extracomment>%1 an ordinal (&quot;5th&quot;), %2 two of the labels drawn (&quot;h5, h10&quot;).</extracomment>
        <translation>Étiquettes de ligne&#xa0;: une sur %1 seulement est dessinée (%2, …), les cases sont trop petites pour toutes.</translation>
    </message>
    <message>
        <source>Column labels: only every %1 is drawn (%2, …), the cells are too small for all of them.</source>
        <extracomment>%1 an ordinal (&quot;5th&quot;), %2 two of the labels drawn (&quot;h5, h10&quot;).</extracomment>
        <translation>Étiquettes de colonne&#xa0;: une sur %1 seulement est dessinée (%2, …), les cases sont trop petites pour toutes.</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Colonne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>rnnlab::HeatmapWidget</name>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
</context>
<context>
    <name>rnnlab::HelpWindow</name>
    <message>
        <source>rnnlab Handbook</source>
        <translation>Manuel de rnnlab</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Keys of the window&lt;/h3&gt;%1&lt;h3&gt;Keys of a focused view&lt;/h3&gt;%2&lt;p&gt;Alt with the underlined letter opens a menu or moves to a field.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Touches de la fenêtre&lt;/h3&gt;%1&lt;h3&gt;Touches d&apos;une vue active&lt;/h3&gt;%2&lt;p&gt;Alt avec la lettre soulignée ouvre un menu ou va à un champ.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rnnlab::Language</name>
    <message>
        <source>--language: &quot;%1&quot; is not a language rnnlab speaks; the languages are %2</source>
        <translation>--language&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une langue que rnnlab parle&#xa0;; les langues sont %2</translation>
    </message>
</context>
<context>
    <name>rnnlab::LanguageMenu</name>
    <message>
        <source>the system&apos;s language</source>
        <translation>la langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>rnnlab will speak %1 the next time it starts.</source>
        <translation>rnnlab parlera %1 au prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation>Langue du &amp;système</translation>
    </message>
</context>
<context>
    <name>rnnlab::LessonCoordinator</name>
    <message>
        <source>Lesson</source>
        <translation>Leçon</translation>
    </message>
    <message>
        <source>The lesson</source>
        <translation>La leçon</translation>
    </message>
    <message>
        <source>sentiment</source>
        <translation>sentiment</translation>
    </message>
    <message>
        <source>sine-spike</source>
        <translation>sinus-pic</translation>
    </message>
</context>
<context>
    <name>rnnlab::LessonPanel</name>
    <message>
        <source>Your predictions this session: each prompt counts once, the first answer</source>
        <translation>Vos prédictions de cette session&#xa0;: chaque question compte une fois, la première réponse</translation>
    </message>
    <message>
        <source>Predict, then reveal</source>
        <translation>Prédire, puis révéler</translation>
    </message>
    <message>
        <source>Reve&amp;al</source>
        <translation>Révél&amp;er</translation>
    </message>
    <message>
        <source>Show the answer and the numbers that decide it</source>
        <translation>Afficher la réponse et les nombres qui la déterminent</translation>
    </message>
    <message>
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Retour</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <source>The previous step of the lesson (Page Up)</source>
        <translation>L&apos;étape précédente de la leçon (Page Up)</translation>
    </message>
    <message>
        <source>The next step of the lesson (Page Down)</source>
        <translation>L&apos;étape suivante de la leçon (Page Down)</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Leçon</translation>
    </message>
    <message>
        <source>Lesson ▸ Open the lesson (F9) starts the lecture, step by step.</source>
        <translation>Leçon ▸ Ouvrir la leçon (F9) démarre le cours, étape par étape.</translation>
    </message>
    <message>
        <source>Lesson · step %1 of %2</source>
        <translation>Leçon · étape %1 sur %2</translation>
    </message>
    <message>
        <source>Waiting for the network…</source>
        <translation>En attente du réseau…</translation>
    </message>
    <message>
        <source>Taking the training step…</source>
        <translation>Pas d&apos;entraînement en cours…</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;✓ Right.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;✓ Juste.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;✗ Not this time:&lt;/b&gt; the answer is &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;✗ Pas cette fois&#xa0;:&lt;/b&gt; la réponse est &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rnnlab::LossPlot</name>
    <message>
        <source>loss</source>
        <translation>perte</translation>
    </message>
    <message>
        <source>correct characters (%)</source>
        <translation>caractères corrects (%)</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic axis: late, small improvements stay visible</source>
        <translation>Afficher la perte sur un axe logarithmique&#xa0;: les petites améliorations tardives restent visibles</translation>
    </message>
    <message>
        <source>Press Play (Space) or take one step (Ctrl+→) — the loss of every training step appears here</source>
        <translation>Appuyez sur Lancer (Espace) ou faites un pas (Ctrl+→) — la perte de chaque pas d&apos;entraînement apparaît ici</translation>
    </message>
    <message>
        <source>training step</source>
        <translation>pas d&apos;entraînement</translation>
    </message>
    <message>
        <source>mean absolute error</source>
        <translation>erreur absolue moyenne</translation>
    </message>
    <message>
        <source>loss (MSE)</source>
        <translation>perte (MSE)</translation>
    </message>
</context>
<context>
    <name>rnnlab::MainWindow</name>
    <message>
        <source>Space: train · Ctrl+→: one training step · →: walk through a time step · F: fold</source>
        <translation>Espace&#xa0;: entraîner · Ctrl+→&#xa0;: un pas d&apos;entraînement · →&#xa0;: parcourir un pas de temps · F&#xa0;: replier</translation>
    </message>
    <message>
        <source>Model and data</source>
        <translation>Modèle et données</translation>
    </message>
    <message>
        <source>time series</source>
        <translation>série temporelle</translation>
    </message>
    <message>
        <source>%1[*] — rnnlab</source>
        <translation>%1[*] — rnnlab</translation>
    </message>
    <message>
        <source>Start over?</source>
        <translation>Tout recommencer&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%1 starts over from the seed&apos;s initial weights. The model trained for %n step(s) will be discarded (File ▸ Save session as… keeps it).</source>
        <translation>
            <numerusform>%1 repart des poids initiaux de la graine. Le modèle entraîné pendant %n pas sera abandonné (Fichier ▸ Enregistrer la session sous… le conserve).</numerusform>
            <numerusform>%1 repart des poids initiaux de la graine. Le modèle entraîné pendant %n pas sera abandonné (Fichier ▸ Enregistrer la session sous… le conserve).</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing the model or the data</source>
        <translation>Modifier le modèle ou les données</translation>
    </message>
    <message>
        <source>Resume from step %1?</source>
        <translation>Reprendre au pas %1&#xa0;?</translation>
    </message>
    <message>
        <source>Training continues from step %1. The %2 later steps of this run are discarded (File ▸ Save session as… keeps the latest state).</source>
        <translation>L&apos;entraînement reprend au pas %1. Les %2 pas suivants de cette exécution sont abandonnés (Fichier ▸ Enregistrer la session sous… conserve le dernier état).</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Loss and error</source>
        <translation>Perte et erreur</translation>
    </message>
    <message>
        <source>Loss and accuracy</source>
        <translation>Perte et exactitude</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Pas %1 sur %2</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Pas %1</translation>
    </message>
    <message>
        <source>now: loss (MSE) %1 · %2 %3</source>
        <translation>maintenant&#xa0;: perte (MSE) %1 · %2 %3</translation>
    </message>
    <message>
        <source>now: loss %1 · %2% right</source>
        <translation>maintenant&#xa0;: perte %1 · %2 % corrects</translation>
    </message>
    <message>
        <source>The edit was not applied: step %1 of %2 is shown from the run&apos;s history. Resume from here (discards the later steps) or go to the latest step to edit the weights.</source>
        <translation>Modification non appliquée&#xa0;: le pas %1 sur %2 est affiché depuis l&apos;historique. Reprenez d&apos;ici (abandonne les pas suivants) ou allez au dernier pas pour modifier les poids.</translation>
    </message>
    <message>
        <source>Weights of a past step</source>
        <translation>Poids d&apos;un pas passé</translation>
    </message>
    <message>
        <source>Training stopped: a step was refused (see the message on the graph)</source>
        <translation>Entraînement arrêté&#xa0;: un pas a été refusé (voir le message sur le graphe)</translation>
    </message>
    <message>
        <source>Training stopped</source>
        <translation>Entraînement arrêté</translation>
    </message>
    <message>
        <source>Change the settings on the left and press Apply, or Reset to start over.</source>
        <translation>Modifiez les réglages à gauche et cliquez sur Appliquer, ou Réinitialiser pour tout recommencer.</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>Comparaison impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot compare these models</source>
        <translation>Impossible de comparer ces modèles</translation>
    </message>
    <message>
        <source>Quitting</source>
        <translation>Fermeture</translation>
    </message>
</context>
<context>
    <name>rnnlab::MatrixLabels</name>
    <message>
        <source>No W_hy: the outputs are h_t itself (the lecture&apos;s setup).</source>
        <translation>Pas de W_hy&#xa0;: les sorties sont h_t lui-même (le réglage du cours).</translation>
    </message>
    <message>
        <source>No W_hy: the outputs are h_t itself (the lecture&apos;s setup). With ReLU the logits are ≥ 0 but unbounded, so the loss can approach 0.</source>
        <translation>Pas de W_hy&#xa0;: les sorties sont h_t lui-même (le réglage du cours). Avec ReLU, les logits sont ≥ 0 mais non bornés, la perte peut donc approcher 0.</translation>
    </message>
    <message>
        <source>No W_hy: the outputs are h_t itself (the lecture&apos;s setup). With tanh the logits stay in [−1, 1], so no probability can exceed p = e/(e + %1/e) ≈ %2 — the loss cannot fall below −log p ≈ %3 and never reaches 0; an output layer removes this floor.</source>
        <extracomment>%1 is the vocabulary size minus 1, %2 the largest probability, %3 the smallest loss −log p.</extracomment>
        <translation>Pas de W_hy&#xa0;: les sorties sont h_t lui-même (le réglage du cours). Avec tanh, les logits restent dans [−1, 1], donc aucune probabilité ne peut dépasser p = e/(e + %1/e) ≈ %2 — la perte ne peut pas descendre sous −log p ≈ %3 et n&apos;atteint jamais 0&#xa0;; une couche de sortie supprime ce plancher.</translation>
    </message>
    <message>
        <source>%1: bias of %2</source>
        <extracomment>A bias entry&apos;s tooltip: %1 the matrix&apos;s title, %2 the unit it belongs to.</extracomment>
        <translation>%1&#xa0;: biais de %2</translation>
    </message>
    <message>
        <source>%1: from %2 to %3</source>
        <extracomment>A weight&apos;s tooltip: %1 the matrix&apos;s title, %2 the unit it comes from, %3 the unit it goes to.</extracomment>
        <translation>%1&#xa0;: de %2 vers %3</translation>
    </message>
    <message>
        <source>set by hand at step %1 (was %2)</source>
        <extracomment>%1 a training step, %2 the value before the edit.</extracomment>
        <translation>modifié à la main au pas %1 (valait %2)</translation>
    </message>
    <message>
        <source>Rewound to step %1: resume from here (on the timeline) to edit</source>
        <translation>Revenu au pas %1&#xa0;: reprenez d&apos;ici (sur la frise) pour modifier</translation>
    </message>
    <message>
        <source>Click to type a new value, or drag up or down to change it (Shift: finer)</source>
        <translation>Cliquez pour saisir une valeur, ou glissez vers le haut ou le bas pour la changer (Shift&#xa0;: plus fin)</translation>
    </message>
    <message>
        <source>effective learning rate of this entry: %1 (SGD: lr, the same for every entry)</source>
        <extracomment>%1 is the learning rate.</extracomment>
        <translation>taux d&apos;apprentissage effectif de ce coefficient&#xa0;: %1 (SGD&#xa0;: lr, le même pour tous les coefficients)</translation>
    </message>
    <message>
        <source>effective learning rate of this entry: %1 (Adam: lr / (√v̂ + ε))</source>
        <extracomment>%1 is the learning rate.</extracomment>
        <translation>taux d&apos;apprentissage effectif de ce coefficient&#xa0;: %1 (Adam&#xa0;: lr / (√v̂ + ε))</translation>
    </message>
    <message>
        <source>%1 = 0 in the graph (what if there were no memory?)</source>
        <extracomment>%1 is a matrix&apos;s name (W_hh).</extracomment>
        <translation>%1 = 0 dans le graphe (et s&apos;il n&apos;y avait pas de mémoire&#xa0;?)</translation>
    </message>
</context>
<context>
    <name>rnnlab::MatrixPanel</name>
    <message>
        <source>Encoder (encoder): reads the source</source>
        <translation>Encodeur (encoder)&#xa0;: lit la source</translation>
    </message>
    <message>
        <source>Decoder (decoder): from the context, reads the previous target token</source>
        <translation>Décodeur (decoder)&#xa0;: à partir du contexte, lit le jeton cible précédent</translation>
    </message>
    <message>
        <source>%1, layer %2</source>
        <translation>%1, couche %2</translation>
    </message>
    <message>
        <source>Output layer (fc)</source>
        <translation>Couche de sortie (fc)</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>poids</translation>
    </message>
    <message>
        <source>gradient ∂L/∂w (last step)</source>
        <translation>gradient ∂L/∂w (dernier pas)</translation>
    </message>
    <message>
        <source>change Δw (last update)</source>
        <translation>variation Δw (dernière mise à jour)</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Gradients ∂L/∂w</source>
        <translation>Gradients ∂L/∂w</translation>
    </message>
    <message>
        <source>Last change Δw</source>
        <translation>Dernière variation Δw</translation>
    </message>
    <message>
        <source>The weights now, after the last update</source>
        <translation>Les poids actuels, après la dernière mise à jour</translation>
    </message>
    <message>
        <source>dL/dw of the last training step: how the loss changes with each weight</source>
        <translation>dL/dw du dernier pas d&apos;entraînement&#xa0;: comment la perte varie avec chaque poids</translation>
    </message>
    <message>
        <source>What the last update changed: the new weight minus the old one</source>
        <translation>Ce qu&apos;a changé la dernière mise à jour&#xa0;: le nouveau poids moins l&apos;ancien</translation>
    </message>
    <message>
        <source>No model yet</source>
        <translation>Pas encore de modèle</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>Gradients</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière variation</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>Couche %1</translation>
    </message>
    <message>
        <source>Output layer</source>
        <translation>Couche de sortie</translation>
    </message>
    <message>
        <source>No training step yet</source>
        <translation>Aucun pas effectué</translation>
    </message>
    <message>
        <source>The graph computes with 0 here (what if there were no memory?); training still uses this weight</source>
        <translation>Le graphe calcule avec 0 ici (et s&apos;il n&apos;y avait pas de mémoire&#xa0;?)&#xa0;; l&apos;entraînement utilise toujours ce poids</translation>
    </message>
</context>
<context>
    <name>rnnlab::MemoryComparisonPlot</name>
    <message>
        <source>How far back</source>
        <translation>Jusqu&apos;où</translation>
    </message>
    <message>
        <source>How far back a prediction looks. For the prediction at step t, how much each earlier input x&lt;sub&gt;s&lt;/sub&gt; drives it: ‖∂ log p&lt;sub&gt;t&lt;/sub&gt;(target) / ∂x&lt;sub&gt;s&lt;/sub&gt;‖, the gradient of that step&apos;s log-probability of its target with respect to the one-hot input, carried back by each model&apos;s own BPTT. A plain RNN&apos;s usually falls decade by decade as s goes back; an LSTM or a GRU can learn to keep it.</source>
        <translation>Jusqu&apos;où remonte une prédiction. Pour la prédiction au pas t, combien chaque entrée antérieure x&lt;sub&gt;s&lt;/sub&gt; pèse&#xa0;: ‖∂ log p&lt;sub&gt;t&lt;/sub&gt;(cible) / ∂x&lt;sub&gt;s&lt;/sub&gt;‖, le gradient de la log-probabilité de la cible de ce pas par rapport à l&apos;entrée one-hot, rétropropagé par la BPTT de chaque modèle. Pour un RNN simple, elle chute en général décade après décade quand s recule&#xa0;; un LSTM ou un GRU peut apprendre à la conserver.</translation>
    </message>
    <message>
        <source>step t =</source>
        <translation>pas t =</translation>
    </message>
    <message>
        <source>last</source>
        <translation>dernier</translation>
    </message>
    <message>
        <source>The time step whose prediction is explained (last: the last step with a target)</source>
        <translation>Le pas de temps dont la prédiction est expliquée (dernier&#xa0;: le dernier pas avec une cible)</translation>
    </message>
    <message>
        <source>What step t&apos;s prediction should say: its target</source>
        <translation>Ce que doit dire la prédiction du pas t&#xa0;: sa cible</translation>
    </message>
    <message>
        <source>Show the influence on a logarithmic axis: a fall by decades is a straight line</source>
        <translation>Afficher l&apos;influence sur un axe logarithmique&#xa0;: une chute par décades est une droite</translation>
    </message>
    <message>
        <source>input step s</source>
        <translation>pas d&apos;entrée s</translation>
    </message>
    <message>
        <source>‖∂ log p / ∂x_s‖</source>
        <translation>‖∂ log p / ∂x_s‖</translation>
    </message>
    <message>
        <source>Real-valued inputs x_t have no one-hot input to trace back.</source>
        <translation>Des entrées réelles x_t n&apos;ont pas d&apos;entrée one-hot à remonter.</translation>
    </message>
    <message>
        <source>No models yet.</source>
        <translation>Pas encore de modèles.</translation>
    </message>
    <message>
        <source>Step %1 has no target: nothing is predicted there.</source>
        <translation>Le pas %1 n&apos;a pas de cible&#xa0;: rien n&apos;y est prédit.</translation>
    </message>
    <message>
        <source>→ ‘%1’</source>
        <translation>→ «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>rnnlab::MemoryInfluence</name>
    <message>
        <source>x at step %1 (‘%2’) on the prediction of step %3 (‘%4’): ‖∂ log p / ∂x‖ = %5</source>
        <translation>x au pas %1 («&#xa0;%2&#xa0;») sur la prédiction du pas %3 («&#xa0;%4&#xa0;»)&#xa0;: ‖∂ log p / ∂x‖ = %5</translation>
    </message>
</context>
<context>
    <name>rnnlab::MemoryPath</name>
    <message>
        <source>Freeze axes</source>
        <translation>Figer les axes</translation>
    </message>
    <message>
        <source>Keep the axes of this training step — their direction, their centre and their scale — for the later steps: train on, or move along the timeline, and watch the path change in one frame (a point that leaves it widens the frame). Untick to give every step its own PCA again.</source>
        <translation>Garder les axes de ce pas d&apos;entraînement — direction, centre et échelle — pour les pas suivants&#xa0;: continuez l&apos;entraînement ou parcourez la frise, et voyez la trajectoire changer dans un même cadre (un point qui en sort élargit le cadre). Décochez pour redonner à chaque pas sa propre ACP.</translation>
    </message>
    <message>
        <source>axes from training step %1, W_hh = 0</source>
        <translation>axes du pas d&apos;entraînement %1, W_hh = 0</translation>
    </message>
    <message>
        <source>axes from training step %1</source>
        <translation>axes du pas d&apos;entraînement %1</translation>
    </message>
    <message>
        <source>step %1, input ‘%2’
%3 = (%4)
PC1 %5, PC2 %6</source>
        <translation>pas %1, entrée «&#xa0;%2&#xa0;»
%3 = (%4)
PC1 %5, PC2 %6</translation>
    </message>
    <message>
        <source>PC%1 (%2% of the variance at step %3)</source>
        <translation>PC%1 (%2 % de la variance au pas %3)</translation>
    </message>
    <message>
        <source>PC%1 (%2% of the variance)</source>
        <translation>PC%1 (%2 % de la variance)</translation>
    </message>
    <message>
        <source>PC%1 (%2%)</source>
        <translation>PC%1 (%2 %)</translation>
    </message>
</context>
<context>
    <name>rnnlab::MemoryUnits</name>
    <message>
        <source>Score: |mean inside − mean outside| / pooled standard deviation, how many standard deviations apart the unit is inside the span and outside. Click a row to colour the text by it.</source>
        <translation>Score&#xa0;: |moyenne dedans − moyenne dehors| / écart-type combiné, de combien d&apos;écarts-types l&apos;unité diffère dans la plage et hors d&apos;elle. Cliquez sur une ligne pour colorer le texte selon elle.</translation>
    </message>
    <message>
        <source>Colour: %1’s value at each step, red above 0, blue below.</source>
        <translation>Couleur&#xa0;: valeur de %1 à chaque pas, rouge au-dessus de 0, bleu en dessous.</translation>
    </message>
    <message>
        <source>Under each character: the network’s three likeliest next characters.</source>
        <translation>Sous chaque caractère&#xa0;: les trois caractères suivants les plus probables selon le réseau.</translation>
    </message>
    <message>
        <source>Under the last character: the network’s likeliest classes.</source>
        <translation>Sous le dernier caractère&#xa0;: les classes les plus probables selon le réseau.</translation>
    </message>
    <message>
        <source>Drag over the text to rank the units.</source>
        <translation>Faites glisser sur le texte pour classer les unités.</translation>
    </message>
    <message>
        <source>outside</source>
        <translation>dehors</translation>
    </message>
    <message>
        <source>%1: score %2 = |%3 − %4| / %5 (mean inside the span, mean outside, pooled standard deviation)</source>
        <translation>%1&#xa0;: score %2 = |%3 − %4| / %5 (moyenne dans la plage, moyenne dehors, écart-type combiné)</translation>
    </message>
    <message>
        <source> of layer %1</source>
        <translation> de la couche %1</translation>
    </message>
    <message>
        <source>step %1, input ‘%2’: %3%4 = %5</source>
        <translation>pas %1, entrée «&#xa0;%2&#xa0;»&#xa0;: %3%4 = %5</translation>
    </message>
    <message>
        <source>step %1, input ‘%2’: no output at this step</source>
        <translation>pas %1, entrée «&#xa0;%2&#xa0;»&#xa0;: pas de sortie à ce pas</translation>
    </message>
    <message>
        <source>p(‘%1’) = %2</source>
        <translation>p(«&#xa0;%1&#xa0;») = %2</translation>
    </message>
    <message>
        <source>step %1, input ‘%2’, the likeliest outputs: %3</source>
        <translation>pas %1, entrée «&#xa0;%2&#xa0;», sorties les plus probables&#xa0;: %3</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>dedans</translation>
    </message>
</context>
<context>
    <name>rnnlab::MemoryView</name>
    <message>
        <source>The memory view needs characters as inputs: real-valued x_t have no one-hot input to trace back.</source>
        <translation>La vue mémoire a besoin de caractères en entrée&#xa0;: des x_t réels n&apos;ont pas d&apos;entrée one-hot à remonter.</translation>
    </message>
    <message>
        <source>How far back · the path</source>
        <translation>Jusqu&apos;où · la trajectoire</translation>
    </message>
    <message>
        <source>How far back a prediction looks, beside the path of the hidden state</source>
        <translation>Jusqu&apos;où remonte une prédiction, à côté de la trajectoire de l&apos;état caché</translation>
    </message>
    <message>
        <source>Units over the text</source>
        <translation>Unités sur le texte</translation>
    </message>
    <message>
        <source>The text coloured by one unit, the likeliest next characters under it; drag over the text to find the units that track that span</source>
        <translation>Le texte coloré par une unité, les caractères suivants les plus probables en dessous&#xa0;; faites glisser sur le texte pour trouver les unités qui suivent cette plage</translation>
    </message>
    <message>
        <source>States of</source>
        <translation>États de</translation>
    </message>
    <message>
        <source>The layer whose states the path shows (the prediction&apos;s influence does not depend on it)</source>
        <translation>La couche dont la trajectoire montre les états (l&apos;influence de la prédiction n&apos;en dépend pas)</translation>
    </message>
    <message>
        <source>h (hidden state)</source>
        <translation>h (état caché)</translation>
    </message>
    <message>
        <source>c (cell state)</source>
        <translation>c (état de cellule)</translation>
    </message>
    <message>
        <source>An LSTM&apos;s hidden state h or its cell state c</source>
        <translation>L&apos;état caché h ou l&apos;état de cellule c d&apos;un LSTM</translation>
    </message>
    <message>
        <source>The unit whose value colours the text below (drag over the text to rank them)</source>
        <translation>L&apos;unité dont la valeur colore le texte ci-dessous (faites glisser sur le texte pour les classer)</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>couche %1</translation>
    </message>
    <message>
        <source>How far back a prediction looks</source>
        <translation>Jusqu&apos;où remonte une prédiction</translation>
    </message>
    <message>
        <source>How far back a prediction looks: step %1 has no target</source>
        <translation>Jusqu&apos;où remonte une prédiction&#xa0;: le pas %1 n&apos;a pas de cible</translation>
    </message>
    <message>
        <source>Which earlier inputs does step %1’s prediction of its target ‘%2’ depend on? Each input s ≤ %1 by ‖∂ log p(‘%2’) / ∂x&lt;sub&gt;s&lt;/sub&gt;‖ (darker, taller: more). Largest: %3 (step %4, ‘%5’)</source>
        <translation>De quelles entrées antérieures dépend la prédiction de la cible «&#xa0;%2&#xa0;» au pas %1&#xa0;? Chaque entrée s ≤ %1 selon ‖∂ log p(«&#xa0;%2&#xa0;») / ∂x&lt;sub&gt;s&lt;/sub&gt;‖ (plus foncé, plus haut&#xa0;: plus). Maximum&#xa0;: %3 (pas %4, «&#xa0;%5&#xa0;»)</translation>
    </message>
    <message>
        <source>; the first input, ‘%1’: %2</source>
        <translation>; la première entrée, «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>What if W_hh = 0? No memory — </source>
        <translation>Et si W_hh = 0&#xa0;? Pas de mémoire — </translation>
    </message>
    <message>
        <source>What if W_hh = 0? The cell state c still carries earlier inputs — </source>
        <translation>Et si W_hh = 0&#xa0;? L&apos;état de cellule c transporte encore les entrées antérieures — </translation>
    </message>
    <message>
        <source>What if W_hh = 0? z ⊙ h&lt;sub&gt;t−1&lt;/sub&gt; still carries earlier inputs — </source>
        <translation>Et si W_hh = 0&#xa0;? z ⊙ h&lt;sub&gt;t−1&lt;/sub&gt; transporte encore les entrées antérieures — </translation>
    </message>
    <message>
        <source>The path of %1 of layer %2 (PCA of every step)</source>
        <translation>La trajectoire de %1 de la couche %2 (ACP de tous les pas)</translation>
    </message>
    <message>
        <source>The path of %1 (PCA of every step)</source>
        <translation>La trajectoire de %1 (ACP de tous les pas)</translation>
    </message>
    <message>
        <source>; steps %1–%2 drawn whole</source>
        <translation>; pas %1–%2 tracés en entier</translation>
    </message>
    <message>
        <source>text by unit %1</source>
        <translation>texte selon l&apos;unité %1</translation>
    </message>
    <message>
        <source>Units over text needs characters as inputs: real-valued x_t are not a text.</source>
        <translation>Unités sur le texte nécessite des caractères en entrée&#xa0;: des x_t réels ne sont pas un texte.</translation>
    </message>
</context>
<context>
    <name>rnnlab::ModelPanel</name>
    <message>
        <source>Train&amp;ing texts (one per line)</source>
        <translation>Te&amp;xtes d&apos;entraînement (un par ligne)</translation>
    </message>
    <message>
        <source>hello</source>
        <translation>hello</translation>
    </message>
    <message>
        <source>Each line is one training sequence: the network reads its characters one at a time and learns to predict the next one.
Lines of the form text&lt;Tab&gt;label train a classifier instead (many-to-one): the network reads the whole text and then names its label.</source>
        <translation>Chaque ligne est une séquence d&apos;entraînement&#xa0;: le réseau lit ses caractères un par un et apprend à prédire le suivant.
Des lignes de la forme texte&lt;Tab&gt;étiquette entraînent plutôt un classifieur (many-to-one)&#xa0;: le réseau lit tout le texte puis donne son étiquette.</translation>
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
        <translation>RNN&#xa0;: h_t = tanh(W_hh h_{t−1} + W_xh x_t + b) comme sur les diapositives, b = b_ih + b_hh (PyTorch garde les deux biais séparés et les additionne), ou avec ReLU au lieu de tanh. LSTM&#xa0;: portes i, f, o et un état de cellule c_t qui porte la mémoire. GRU&#xa0;: la porte de mise à jour z mélange l&apos;ancien h_{t−1} avec un candidat n_t, dont la porte de réinitialisation r décide quelle part de h_{t−1} il voit. Les sorties y_t sont h_t, ou W_hy h_t + b_y avec une couche de sortie. Calculé comme torch.nn.RNN, LSTM et GRU.</translation>
    </message>
    <message>
        <source>&amp;Cell</source>
        <translation>&amp;Cellule</translation>
    </message>
    <message>
        <source>Hidden units H: the length of h_t</source>
        <translation>Unités cachées H&#xa0;: la longueur de h_t</translation>
    </message>
    <message>
        <source>Hidden si&amp;ze</source>
        <translation>&amp;Taille de l&apos;état caché</translation>
    </message>
    <message>
        <source>The lecture&apos;s setup: h_t is the output, one hidden unit per character</source>
        <translation>Le réglage du cours&#xa0;: h_t est la sortie, une unité cachée par caractère</translation>
    </message>
    <message>
        <source>Add an output layer</source>
        <translation>Ajouter une couche de sortie</translation>
    </message>
    <message>
        <source>Adds W_hy (nn.Linear(H, V)), so the hidden size no longer has to match the vocabulary</source>
        <translation>Ajoute W_hy (nn.Linear(H, V)), la taille de l&apos;état caché n&apos;a donc plus à égaler le vocabulaire</translation>
    </message>
    <message>
        <source>Stacked layers (torch.nn.RNN num_layers)</source>
        <translation>Couches empilées (torch.nn.RNN num_layers)</translation>
    </message>
    <message>
        <source>La&amp;yers</source>
        <translation>Co&amp;uches</translation>
    </message>
    <message>
        <source>W_hy: y_t = W_hy h_t + b_y</source>
        <translation>W_hy&#xa0;: y_t = W_hy h_t + b_y</translation>
    </message>
    <message>
        <source>Without it (the lecture&apos;s setup) the outputs are h_t itself, and the hidden size must equal the number of characters</source>
        <translation>Sans elle (le réglage du cours), les sorties sont h_t lui-même, et la taille de l&apos;état caché doit égaler le nombre de caractères</translation>
    </message>
    <message>
        <source>O&amp;utput layer</source>
        <translation>Couche de s&amp;ortie</translation>
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
        <translation>O&amp;ptimiseur</translation>
    </message>
    <message>
        <source>0.1 with Adam in the lecture</source>
        <translation>0.1 avec Adam dans le cours</translation>
    </message>
    <message>
        <source>Lear&amp;ning rate</source>
        <translation>Taux d&apos;appre&amp;ntissage</translation>
    </message>
    <message>
        <source>SGD&apos;s momentum (Adam has its own: betas 0.9 and 0.999)</source>
        <translation>Momentum de SGD (Adam a le sien&#xa0;: betas 0.9 et 0.999)</translation>
    </message>
    <message>
        <source>&amp;Momentum</source>
        <translation>&amp;Momentum</translation>
    </message>
    <message>
        <source>torch.manual_seed for the initial weights: the same seed gives PyTorch&apos;s weights bit for bit</source>
        <translation>torch.manual_seed pour les poids initiaux&#xa0;: la même graine donne les poids de PyTorch bit pour bit</translation>
    </message>
    <message>
        <source>See&amp;d</source>
        <translation>&amp;Graine</translation>
    </message>
    <message>
        <source>at</source>
        <translation>à</translation>
    </message>
    <message>
        <source>clip_grad_norm_: scales all gradients down when their total norm exceeds this</source>
        <translation>clip_grad_norm_&#xa0;: réduit tous les gradients quand leur norme totale dépasse cette valeur</translation>
    </message>
    <message>
        <source>&amp;Gradient clipping</source>
        <translation>Écrêtage du gra&amp;dient</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Back to the settings being trained</source>
        <translation>Revenir aux réglages en cours d&apos;entraînement</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Start over with these settings (Ctrl+Return)</source>
        <translation>Recommencer avec ces réglages (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Without W_hy the hidden state is the output, so this setup needs one hidden unit per class: %1, hidden size %2.</source>
        <translation>Sans W_hy, l&apos;état caché est la sortie&#xa0;: il faut donc une unité cachée par classe&#xa0;: %1, taille de l&apos;état caché %2.</translation>
    </message>
    <message>
        <source>1 class</source>
        <translation>1 classe</translation>
    </message>
    <message>
        <source>%1 classes</source>
        <translation>%1 classes</translation>
    </message>
    <message>
        <source>Without W_hy the hidden state is the output, so the lecture&apos;s setup needs one hidden unit per character: %1, hidden size %2.</source>
        <translation>Sans W_hy, l&apos;état caché est la sortie&#xa0;: le réglage du cours demande donc une unité cachée par caractère&#xa0;: %1, taille de l&apos;état caché %2.</translation>
    </message>
    <message>
        <source>1 character</source>
        <translation>1 caractère</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 caractères</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>The label of line %1</source>
        <translation>L&apos;étiquette de la ligne %1</translation>
    </message>
    <message>
        <source>Set hidden size to %1</source>
        <translation>Mettre la taille de l&apos;état caché à %1</translation>
    </message>
    <message numerus="yes">
        <source>
Classifier (many-to-one), %n class(es): %1</source>
        <translation>
            <numerusform>
Classifieur (many-to-one), %n classe&#xa0;: %1</numerusform>
            <numerusform>
Classifieur (many-to-one), %n classes&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Vocabulary: %1 (%2)</source>
        <translation>Vocabulaire&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Time series</source>
        <translation>Série temporelle</translation>
    </message>
    <message>
        <source>Tas&amp;k</source>
        <translation>Tâc&amp;he</translation>
    </message>
    <message>
        <source>Without W_hy the hidden state is the output, so this setup needs one hidden unit per feature: %1, hidden size %2.</source>
        <translation>Sans W_hy, l&apos;état caché est la sortie&#xa0;: il faut donc une unité cachée par variable&#xa0;: %1, taille de l&apos;état caché %2.</translation>
    </message>
    <message>
        <source>1 feature</source>
        <translation>1 variable</translation>
    </message>
    <message>
        <source>%1 features</source>
        <translation>%1 variables</translation>
    </message>
    <message>
        <source>Time series: the next value at every time step (MSE loss).</source>
        <translation>Série temporelle&#xa0;: la valeur suivante à chaque pas de temps (perte MSE).</translation>
    </message>
    <message>
        <source>Time series: the next value of each of %1 features at every time step (MSE loss).</source>
        <translation>Série temporelle&#xa0;: la valeur suivante de chacune des %1 variables à chaque pas de temps (perte MSE).</translation>
    </message>
    <message>
        <source>Translation (pairs)</source>
        <translation>Traduction (paires)</translation>
    </message>
    <message>
        <source>Text: the network reads characters and predicts the next one (or, with text&lt;Tab&gt;label lines, names a label: a classifier).
Time series: it reads numbers and predicts the next value of each feature (MSE loss).
Translation (pairs): an encoder reads each source&lt;Tab&gt;target line&apos;s source, a decoder writes its target.</source>
        <translation>Texte&#xa0;: le réseau lit des caractères et prédit le suivant (ou, avec des lignes texte&lt;Tab&gt;étiquette, donne une étiquette&#xa0;: un classifieur).
Série temporelle&#xa0;: il lit des nombres et prédit la valeur suivante de chaque variable (perte MSE).
Traduction (paires)&#xa0;: un encodeur lit la source de chaque ligne source&lt;Tab&gt;cible, un décodeur écrit sa cible.</translation>
    </message>
    <message>
        <source>Translation: %1 source characters; %2 target tokens (&lt;sos&gt;, &lt;eos&gt; and the targets&apos; characters)</source>
        <translation>Traduction&#xa0;: %1 caractères source&#xa0;; %2 jetons cibles (&lt;sos&gt;, &lt;eos&gt; et les caractères des cibles)</translation>
    </message>
    <message>
        <source>Pa&amp;irs (one per line: source&lt;Tab&gt;target)</source>
        <translation>P&amp;aires (une par ligne&#xa0;: source&lt;Tab&gt;cible)</translation>
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
        <translation>Chaque ligne est une paire&#xa0;: la source, une tabulation, puis sa cible (hello&lt;Tab&gt;olleh).
L&apos;encodeur lit la source&#xa0;; le décodeur apprend à écrire la cible de &lt;sos&gt; à &lt;eos&gt;.</translation>
    </message>
</context>
<context>
    <name>rnnlab::ParameterLabelling</name>
    <message>
        <source>%1 of layer %2</source>
        <extracomment>A hidden unit of a stack of layers: %1 the unit (h3), %2 the layer&apos;s number.</extracomment>
        <translation>%1 de la couche %2</translation>
    </message>
    <message>
        <source>output &apos;%1&apos;</source>
        <translation>sortie «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 (score of &apos;%2&apos;)</source>
        <extracomment>A hidden unit that is an output score too (no W_hy): %1 the unit (h3), %2 the character.</extracomment>
        <translation>%1 (score de «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>A gate&apos;s row: %1 the gate (&quot;input gate i&quot;), %2 its unit (&quot;h3&quot; or &quot;h3 of layer 2&quot;).</extracomment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>input &apos;%1&apos;</source>
        <translation>entrée «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>class &apos;%1&apos;</source>
        <translation>classe «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>rnnlab::PlotAccessible</name>
    <message>
        <source>%1: %2 at %3</source>
        <translation>%1&#xa0;: %2 à %3</translation>
    </message>
    <message>
        <source>Plot</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>%1 over %2</source>
        <translation>%1 en fonction de %2</translation>
    </message>
    <message>
        <source>Newest values: %1</source>
        <translation>Dernières valeurs&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>rnnlab::PlotWidget</name>
    <message>
        <source>Log scale</source>
        <translation>Échelle log</translation>
    </message>
</context>
<context>
    <name>rnnlab::PredictionsModel</name>
    <message>
        <source>translates %1 to %2 (greedy: its own outputs fed back); the target is %3: %4</source>
        <translation>traduit %1 en %2 (glouton&#xa0;: ses propres sorties réinjectées)&#xa0;; la cible est %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>right</source>
        <translation>juste</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>faux</translation>
    </message>
    <message>
        <source>Pair %1, source %2, target %3: the greedy translation of the source at each step (the decoder&apos;s own outputs fed back from &lt;sos&gt; to &lt;eos&gt;, with the weights of that step&apos;s forward pass); a wrong translation is underlined.</source>
        <translation>Paire %1, source %2, cible %3&#xa0;: la traduction gloutonne de la source à chaque pas (les propres sorties du décodeur réinjectées de &lt;sos&gt; à &lt;eos&gt;, avec les poids de la propagation avant de ce pas)&#xa0;; une traduction fausse est soulignée.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Pas</translation>
    </message>
    <message>
        <source>%1 of %2 characters match the target %3</source>
        <translation>%1 caractères sur %2 correspondent à la cible %3</translation>
    </message>
    <message>
        <source>%1: %2 instead of %3</source>
        <extracomment>%1 a position in the text, %2 the predicted character, %3 the true one.</extracomment>
        <translation>%1&#xa0;: %2 au lieu de %3</translation>
    </message>
    <message>
        <source>wrong at %1</source>
        <extracomment>%1 lists the wrong positions (&quot;3: &apos;l&apos; instead of &apos;e&apos;; 5: …&quot;).</extracomment>
        <translation>erreurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>loss %1 (float32, 9 significant digits)</source>
        <translation>perte %1 (float32, 9 chiffres significatifs)</translation>
    </message>
    <message>
        <source>predicts %1; the label is %2: %3</source>
        <translation>prédit %1&#xa0;; l&apos;étiquette est %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source>The training step (1-based); its loss and predictions come from its forward pass, before the update</source>
        <translation>Le pas d&apos;entraînement (à partir de 1)&#xa0;; sa perte et ses prédictions viennent de sa propagation avant, avant la mise à jour</translation>
    </message>
    <message>
        <source>Mean cross-entropy over all target characters</source>
        <translation>Entropie croisée moyenne sur tous les caractères cibles</translation>
    </message>
    <message>
        <source>Text %1, label %2: the class the network gives it after reading all of it; a wrong class is underlined.</source>
        <translation>Texte %1, étiquette %2&#xa0;: la classe que le réseau lui donne après l&apos;avoir lu en entier&#xa0;; une classe fausse est soulignée.</translation>
    </message>
    <message>
        <source>Text %1 prediction: the character the network predicts after each of %2; the targets are %3. Wrong characters are underlined.</source>
        <translation>Prédiction du texte %1&#xa0;: le caractère que le réseau prédit après chacun de %2&#xa0;; les cibles sont %3. Les caractères faux sont soulignés.</translation>
    </message>
</context>
<context>
    <name>rnnlab::PytorchPanel</name>
    <message>
        <source>No model yet.</source>
        <translation>Pas encore de modèle.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the script: paste it into a file and run python3 train.py --steps 20</source>
        <translation>Copier le script&#xa0;: collez-le dans un fichier et lancez python3 train.py --steps 20</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Write the script to a .py file</source>
        <translation>Écrire le script dans un fichier .py</translation>
    </message>
    <message>
        <source>Training… the script of this large model (%1 parameters) follows when training pauses.</source>
        <translation>Entraînement… le script de ce grand modèle (%1 paramètres) suivra quand l&apos;entraînement sera en pause.</translation>
    </message>
    <message>
        <source>After %1. Saved as train.py, &lt;tt&gt;python3 train.py --steps 20&lt;/tt&gt; trains on from step %2 in PyTorch 1.13 with rnnlab&apos;s losses.</source>
        <translation>Après %1. Enregistré sous train.py, &lt;tt&gt;python3 train.py --steps 20&lt;/tt&gt; reprend l&apos;entraînement au pas %2 dans PyTorch 1.13 avec les pertes de rnnlab.</translation>
    </message>
    <message>
        <source>1 training step</source>
        <translation>1 pas d&apos;entraînement</translation>
    </message>
    <message>
        <source>%1 training steps</source>
        <translation>%1 pas d&apos;entraînement</translation>
    </message>
    <message>
        <source>Save the PyTorch script</source>
        <translation>Enregistrer le script PyTorch</translation>
    </message>
    <message>
        <source>Python scripts (*.py)</source>
        <translation>Scripts Python (*.py)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
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
        <translation>Un instant par ligne. Plusieurs nombres sur une ligne (séparés par virgules, points-virgules, tabulations ou espaces) sont plusieurs variables, une par colonne&#xa0;; une seule ligne de nombres séparés par des virgules est une seule variable.
Une ligne vide commence une autre série&#xa0;: plusieurs séries s&apos;entraînent ensemble, chacune sa propre séquence depuis un état nul. Les lignes commençant par # sont des commentaires. Les nombres utilisent un point décimal (0.5, -2, 1e-3).</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>Générateur</translation>
    </message>
    <message>
        <source>Num&amp;bers</source>
        <translation>Nom&amp;bres</translation>
    </message>
    <message>
        <source>Where the training series come from: a generated wave, or numbers typed, pasted or imported from a CSV file. Either way the session stores the numbers.</source>
        <translation>D&apos;où viennent les séries d&apos;entraînement&#xa0;: une onde générée, ou des nombres saisis, collés ou importés d&apos;un fichier CSV. Dans les deux cas, la session stocke les nombres.</translation>
    </message>
    <message>
        <source>Sine</source>
        <translation>Sinus</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>Carré</translation>
    </message>
    <message>
        <source>Sawtooth</source>
        <translation>Dents de scie</translation>
    </message>
    <message>
        <source>Triangle</source>
        <translation>Triangle</translation>
    </message>
    <message>
        <source>Two sines</source>
        <translation>Deux sinus</translation>
    </message>
    <message>
        <source>Sine A sin(2πt/P + φ); square, sawtooth and triangle of the same period and amplitude; or the sum of two sines A sin(2πt/P + φ) + A₂ sin(2πt/P₂)</source>
        <translation>Sinus A sin(2πt/P + φ)&#xa0;; carré, dents de scie et triangle de même période et amplitude&#xa0;; ou la somme de deux sinus A sin(2πt/P + φ) + A₂ sin(2πt/P₂)</translation>
    </message>
    <message>
        <source>&amp;Wave</source>
        <translation>&amp;Onde</translation>
    </message>
    <message>
        <source>P: time steps per period (&gt; 0)</source>
        <translation>P&#xa0;: pas de temps par période (&gt; 0)</translation>
    </message>
    <message>
        <source>A: the wave&apos;s largest value</source>
        <translation>A&#xa0;: la plus grande valeur de l&apos;onde</translation>
    </message>
    <message>
        <source>φ: the phase in radians (π/2 ≈ 1.5708)</source>
        <translation>φ&#xa0;: la phase en radians (π/2 ≈ 1.5708)</translation>
    </message>
    <message>
        <source> rad</source>
        <translation> rad</translation>
    </message>
    <message>
        <source>Points of the series (≥ 2): a series of n points is n − 1 time steps</source>
        <translation>Points de la série (≥ 2)&#xa0;: une série de n points fait n − 1 pas de temps</translation>
    </message>
    <message>
        <source>P₂: the second sine&apos;s period (&gt; 0)</source>
        <translation>P₂&#xa0;: la période du second sinus (&gt; 0)</translation>
    </message>
    <message>
        <source>A₂: the second sine&apos;s amplitude</source>
        <translation>A₂&#xa0;: l&apos;amplitude du second sinus</translation>
    </message>
    <message>
        <source>σ: Gaussian noise added to every point (0: none); the seed below makes it the same on every machine</source>
        <translation>σ&#xa0;: bruit gaussien ajouté à chaque point (0&#xa0;: aucun)&#xa0;; la graine ci-dessous le rend identique sur toute machine</translation>
    </message>
    <message>
        <source>The noise&apos;s own seed (not the weights&apos;)</source>
        <translation>La graine propre au bruit (pas celle des poids)</translation>
    </message>
    <message>
        <source>Edit as numbers</source>
        <translation>Modifier en nombres</translation>
    </message>
    <message>
        <source>Puts the generated numbers into the numbers box, to change them by hand</source>
        <translation>Met les nombres générés dans la zone des nombres, pour les modifier à la main</translation>
    </message>
    <message>
        <source>Adds a CSV file&apos;s numbers as another series: one row per time point, one column per feature, a header row optional</source>
        <translation>Ajoute les nombres d&apos;un fichier CSV comme une autre série&#xa0;: une ligne par instant, une colonne par variable, ligne d&apos;en-tête facultative</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Wave with an anomaly</source>
        <translation>Onde avec une anomalie</translation>
    </message>
    <message>
        <source>A series the network is tested on but never trained on: where its error jumps above the training error&apos;s, the Signal tab rings an anomaly</source>
        <translation>Une série sur laquelle le réseau est testé mais jamais entraîné&#xa0;: là où son erreur dépasse celle d&apos;entraînement, l&apos;onglet Signal signale une anomalie</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importer un CSV…</translation>
    </message>
    <message>
        <source>Adds a CSV file&apos;s numbers as a test series</source>
        <translation>Ajoute les nombres d&apos;un fichier CSV comme série de test</translation>
    </message>
    <message>
        <source>Spike</source>
        <translation>Pic</translation>
    </message>
    <message>
        <source>Level shift</source>
        <translation>Saut de niveau</translation>
    </message>
    <message>
        <source>Flat stretch</source>
        <translation>Palier plat</translation>
    </message>
    <message>
        <source>Spike: + size at one point. Level shift: + size over a stretch (length 0: to the end). Flat stretch: the value at “at” held for a stretch.</source>
        <translation>Pic&#xa0;: + taille en un point. Saut de niveau&#xa0;: + taille sur une durée (longueur 0&#xa0;: jusqu&apos;à la fin). Palier plat&#xa0;: la valeur au point «&#xa0;à&#xa0;» maintenue sur une durée.</translation>
    </message>
    <message>
        <source>How many points it lasts</source>
        <translation>Combien de points elle dure</translation>
    </message>
    <message>
        <source>What it adds to the wave</source>
        <translation>Ce qu&apos;elle ajoute à l&apos;onde</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 point</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <source>, %1 … %2</source>
        <translation>, %1 … %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>1 feature</source>
        <translation>1 variable</translation>
    </message>
    <message>
        <source>%1 features</source>
        <translation>%1 variables</translation>
    </message>
    <message>
        <source>Imported %1 of %2 from %3</source>
        <translation>%1 sur %2 importé(s) depuis %3</translation>
    </message>
    <message>
        <source>Import a test series from CSV</source>
        <translation>Importer une série de test depuis un CSV</translation>
    </message>
    <message>
        <source>Import series from CSV</source>
        <translation>Importer des séries depuis un CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Where the anomaly starts: a point of the series, counted from 1 as the Signal tab&apos;s time axis</source>
        <translation>Où commence l&apos;anomalie : un point de la série, compté depuis 1 comme sur l&apos;axe du temps de l&apos;onglet Signal</translation>
    </message>
    <message>
        <source>Tr&amp;aining series</source>
        <translation>Séries d&apos;entr&amp;aînement</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
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
        <translation>Longueur</translation>
    </message>
    <message>
        <source>Period 2</source>
        <translation>Période 2</translation>
    </message>
    <message>
        <source>Amplitude 2</source>
        <translation>Amplitude 2</translation>
    </message>
    <message>
        <source>Noise σ</source>
        <translation>Bruit σ</translation>
    </message>
    <message>
        <source>Noise seed</source>
        <translation>Graine du bruit</translation>
    </message>
    <message>
        <source>Test ser&amp;ies</source>
        <translation>Sér&amp;ies de test</translation>
    </message>
    <message>
        <source>Test numbers</source>
        <translation>Nombres de test</translation>
    </message>
    <message>
        <source>Anomaly</source>
        <translation>Anomalie</translation>
    </message>
    <message>
        <source>  at point</source>
        <translation>  au point</translation>
    </message>
    <message>
        <source>  length</source>
        <translation>  longueur</translation>
    </message>
    <message>
        <source>  size</source>
        <translation>  taille</translation>
    </message>
</context>
<context>
    <name>rnnlab::SessionActions</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Échec de l&apos;enregistrement automatique&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>&amp;Nouvelle session</translation>
    </message>
    <message>
        <source>Start over with the lecture&apos;s hello example</source>
        <translation>Recommencer avec l&apos;exemple hello du cours</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>&amp;Ouvrir une session…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Sessions &amp;récentes</translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation>&amp;Enregistrer la session</translation>
    </message>
    <message>
        <source>Save the settings, trained weights, optimizer state, loss history and view (.rnnlab)</source>
        <translation>Enregistrer les réglages, les poids entraînés, l&apos;état de l&apos;optimiseur, l&apos;historique de la perte et la vue (.rnnlab)</translation>
    </message>
    <message>
        <source>Save session &amp;as…</source>
        <translation>Enregistrer la session &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Import PyTorch state…</source>
        <translation>&amp;Importer un état PyTorch…</translation>
    </message>
    <message>
        <source>A model trained in PyTorch, saved with save_state_dict_json() from the PyTorch panel&apos;s script</source>
        <translation>Un modèle entraîné dans PyTorch, enregistré avec save_state_dict_json() depuis le script du panneau PyTorch</translation>
    </message>
    <message>
        <source>there is no trained model to save yet</source>
        <translation>il n&apos;y a pas encore de modèle entraîné à enregistrer</translation>
    </message>
    <message>
        <source>Saved %1 (step %2)</source>
        <translation>%1 enregistré (pas %2)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Enregistrer la session</translation>
    </message>
    <message>
        <source>Save the session?</source>
        <translation>Enregistrer la session&#xa0;?</translation>
    </message>
    <message>
        <source>%1 closes this session. It has changes that are not saved (training, weights by hand or settings).</source>
        <translation>%1 ferme cette session. Elle contient des modifications non enregistrées (entraînement, poids modifiés à la main ou réglages).</translation>
    </message>
    <message>
        <source>A new session</source>
        <translation>Une nouvelle session</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Ouvrir une session</translation>
    </message>
    <message>
        <source>Training texts</source>
        <translation>Textes d&apos;entraînement</translation>
    </message>
    <message>
        <source>%1 does not say which texts the model was trained on. Its training texts, one per line:</source>
        <translation>%1 n&apos;indique pas sur quels textes le modèle a été entraîné. Ses textes d&apos;entraînement, un par ligne&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot import this PyTorch state</source>
        <translation>Impossible d&apos;importer cet état PyTorch</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 cannot be imported; nothing was changed.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%2&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;%1 ne peut pas être importé&#xa0;; rien n&apos;a été modifié.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%2&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importation de %1</translation>
    </message>
    <message>
        <source>Imported %1. %2</source>
        <translation>%1 importé. %2</translation>
    </message>
    <message>
        <source>Cannot open this session</source>
        <translation>Impossible d&apos;ouvrir cette session</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 cannot be opened; nothing was changed.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%2&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;%1 ne peut pas être ouvert&#xa0;; rien n&apos;a été modifié.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%2&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Ouverture de %1</translation>
    </message>
    <message>
        <source>Import PyTorch state</source>
        <translation>Importer un état PyTorch</translation>
    </message>
    <message>
        <source>PyTorch states (*.pt *.pth *.json);;All files (*)</source>
        <translation>États PyTorch (*.pt *.pth *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Restore the unsaved session?</source>
        <translation>Restaurer la session non enregistrée&#xa0;?</translation>
    </message>
    <message>
        <source>rnnlab ended without saving a session (autosaved %1). Restore it?</source>
        <translation>rnnlab s&apos;est arrêté sans enregistrer une session (enregistrée automatiquement %1). La restaurer&#xa0;?</translation>
    </message>
    <message>
        <source>recovered</source>
        <translation>récupérée</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <source>rnnlab sessions (*.rnnlab *.json);;All files (*)</source>
        <extracomment>A file dialog&apos;s filter: keep the patterns in parentheses and the &quot;;;&quot; between the two.</extracomment>
        <translation>Sessions rnnlab (*.rnnlab *.json);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>rnnlab::ShortcutList</name>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>A matrix (click a cell)</source>
        <translation>Une matrice (cliquez sur une case)</translation>
    </message>
    <message>
        <source>The timeline (click it)</source>
        <translation>La frise (cliquez dessus)</translation>
    </message>
    <message>
        <source>Move to the next cell</source>
        <translation>Aller à la case suivante</translation>
    </message>
    <message>
        <source>First or last column</source>
        <translation>Première ou dernière colonne</translation>
    </message>
    <message>
        <source>Type a value for the cell</source>
        <translation>Saisir une valeur pour la case</translation>
    </message>
    <message>
        <source>One training step earlier or later</source>
        <translation>Un pas d&apos;entraînement plus tôt ou plus tard</translation>
    </message>
    <message>
        <source>Several steps later or earlier</source>
        <translation>Plusieurs pas plus tard ou plus tôt</translation>
    </message>
    <message>
        <source>Step 0, or the latest step</source>
        <translation>Pas 0, ou le dernier pas</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>The graph (Tab to it)</source>
        <translation>Le graphe (allez-y avec Tab)</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>Into the cells; up or down a column</source>
        <translation>Aller aux cases&#xa0;; monter ou descendre une colonne</translation>
    </message>
    <message>
        <source>The same unit one time step earlier or later</source>
        <translation>La même unité un pas de temps plus tôt ou plus tard</translation>
    </message>
    <message>
        <source>The first or last time step</source>
        <translation>Le premier ou le dernier pas de temps</translation>
    </message>
    <message>
        <source>Leave the cells (then Esc leaves the walk)</source>
        <translation>Quitter les cases (puis Esc quitte le parcours)</translation>
    </message>
    <message>
        <source>Stop a drag, close the value editor, or leave the cells</source>
        <translation>Arrêter un glissement, fermer l&apos;éditeur de valeur ou quitter les cases</translation>
    </message>
    <message>
        <source>Next or previous control</source>
        <translation>Contrôle suivant ou précédent</translation>
    </message>
    <message>
        <source>Leave a text box (Tab types a tab there)</source>
        <translation>Quitter une zone de texte (Tab y insère une tabulation)</translation>
    </message>
    <message>
        <source>Press the focused button</source>
        <translation>Appuyer sur le bouton actif</translation>
    </message>
</context>
<context>
    <name>rnnlab::SignalPlot</name>
    <message>
        <source>The series shown: a training series, or a test series (evaluated at every step, never trained on)</source>
        <translation>La série affichée&#xa0;: une série d&apos;entraînement, ou une série de test (évaluée à chaque pas, jamais apprise)</translation>
    </message>
    <message>
        <source>F&amp;orecast</source>
        <translation>Pré&amp;vision</translation>
    </message>
    <message>
        <source> points</source>
        <translation> points</translation>
    </message>
    <message>
        <source>The free-running forecast past the end: each predicted value is fed back as the next input, this many times</source>
        <translation>La prévision libre au-delà de la fin&#xa0;: chaque valeur prédite est réinjectée comme entrée suivante, autant de fois</translation>
    </message>
    <message>
        <source>series</source>
        <translation>série</translation>
    </message>
    <message>
        <source>one-step prediction</source>
        <translation>prédiction à un pas</translation>
    </message>
    <message>
        <source>free-running forecast</source>
        <translation>prévision libre</translation>
    </message>
    <message>
        <source>squared error</source>
        <translation>erreur quadratique</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>seuil</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>error²</source>
        <translation>erreur²</translation>
    </message>
    <message>
        <source>Training series</source>
        <translation>Série d&apos;entraînement</translation>
    </message>
    <message>
        <source>Training series %1</source>
        <translation>Série d&apos;entraînement %1</translation>
    </message>
    <message>
        <source>Test series (anomalies)</source>
        <translation>Série de test (anomalies)</translation>
    </message>
    <message>
        <source>Test series %1 (anomalies)</source>
        <translation>Série de test %1 (anomalies)</translation>
    </message>
    <message>
        <source>forecast →</source>
        <translation>prévision →</translation>
    </message>
    <message>
        <source>warm-up</source>
        <translation>préchauffage</translation>
    </message>
    <message>
        <source>training series</source>
        <translation>série d&apos;entraînement</translation>
    </message>
    <message>
        <source>one step ahead</source>
        <translation>un pas en avance</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>prévision</translation>
    </message>
    <message>
        <source>warm-up: not counted</source>
        <translation>préchauffage&#xa0;: non compté</translation>
    </message>
    <message>
        <source>threshold %1</source>
        <translation>seuil %1</translation>
    </message>
    <message>
        <source>sta&amp;rting after</source>
        <translation>a&amp;près</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>la fin</translation>
    </message>
    <message>
        <source>point </source>
        <translation>le point </translation>
    </message>
    <message>
        <source>Where the free run starts: after the series&apos; last point (the end), or after an earlier point, so that its forecast can be compared with what actually came</source>
        <translation>Où commence la prévision libre&#xa0;: après le dernier point de la série (la fin), ou après un point antérieur, pour pouvoir comparer la prévision à la suite réelle</translation>
    </message>
    <message>
        <source>Fla&amp;g above</source>
        <translation>&amp;Signaler au-delà de</translation>
    </message>
    <message>
        <source>A time step whose squared error is above this is flagged: a candidate anomaly, not yet a true one (the summary judges the flags against where an anomaly was injected). Default: the training error&apos;s mean + 3 standard deviations</source>
        <translation>Un pas de temps dont l&apos;erreur quadratique dépasse cette valeur est signalé&#xa0;: une anomalie candidate, pas encore une vraie (le résumé juge les signalements d&apos;après l&apos;endroit où une anomalie a été injectée). Par défaut&#xa0;: la moyenne de l&apos;erreur d&apos;entraînement + 3 écarts-types</translation>
    </message>
    <message>
        <source>mean + 3 sd</source>
        <translation>moyenne + 3 σ</translation>
    </message>
    <message>
        <source>99th percentile</source>
        <translation>99e centile</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>saisi</translation>
    </message>
    <message>
        <source>The threshold&apos;s rule. Mean + 3 sd (the default) assumes errors spread like a normal distribution; a network&apos;s squared errors have a long tail (their sd is often larger than their mean), so it also flags ordinary steps. The 99th percentile of the training errors flags about 1 ordinary step in 100.</source>
        <translation>La règle du seuil. Moyenne + 3 σ (par défaut) suppose que les erreurs se répartissent selon une loi normale&#xa0;; les erreurs quadratiques d&apos;un réseau ont une longue traîne (leur écart-type dépasse souvent leur moyenne), donc elle signale aussi des pas ordinaires. Le 99e centile des erreurs d&apos;entraînement signale environ 1 pas ordinaire sur 100.</translation>
    </message>
    <message>
        <source>The signal plot is for time series (the task &quot;Time series&quot;): open one, e.g. File ▸ Open examples/sine-spike.json</source>
        <translation>Le graphique du signal est pour les séries temporelles (la tâche «&#xa0;Série temporelle&#xa0;»)&#xa0;: ouvrez-en une, p. ex. Fichier ▸ Ouvrir examples/sine-spike.json</translation>
    </message>
    <message>
        <source>true continuation</source>
        <translation>vraie suite</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>signalés</translation>
    </message>
    <message>
        <source>injected</source>
        <translation>injectée</translation>
    </message>
    <message>
        <source>time step t:  xₜ at t,  yₜ under xₜ₊₁,  error² of step t = (yₜ − xₜ₊₁)²</source>
        <translation>pas de temps t&#xa0;:  xₜ en t,  yₜ sous xₜ₊₁,  erreur² du pas t = (yₜ − xₜ₊₁)²</translation>
    </message>
    <message>
        <source>flagged: error² above the threshold</source>
        <translation>signalé&#xa0;: erreur² au-dessus du seuil</translation>
    </message>
    <message>
        <source>injected anomaly</source>
        <translation>anomalie injectée</translation>
    </message>
    <message>
        <source>Test series (never trained on)</source>
        <translation>Série de test (jamais apprise)</translation>
    </message>
    <message>
        <source>Test series %1 (never trained on)</source>
        <translation>Série de test %1 (jamais apprise)</translation>
    </message>
    <message>
        <source> (1–%1: warm-up).</source>
        <translation> (1–%1&#xa0;: préchauffage).</translation>
    </message>
    <message>
        <source> (1: warm-up).</source>
        <translation> (1&#xa0;: préchauffage).</translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <source> Feature 1 of %1.</source>
        <translation> Variable 1 sur %1.</translation>
    </message>
    <message>
        <source>the training errors&apos; 99th percentile</source>
        <translation>99e centile des erreurs d&apos;entraînement</translation>
    </message>
    <message>
        <source>at point %1</source>
        <translation>au point %1</translation>
    </message>
    <message>
        <source>at points %1–%2</source>
        <translation>aux points %1–%2</translation>
    </message>
    <message>
        <source>in the warm-up, not judged</source>
        <translation>dans le préchauffage, non jugée</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>manquée</translation>
    </message>
    <message>
        <source>detected (step %1)</source>
        <translation>détectée (pas %1)</translation>
    </message>
    <message>
        <source>detected (steps %1)</source>
        <translation>détectée (pas %1)</translation>
    </message>
    <message>
        <source> (steps %1).</source>
        <translation> (pas %1).</translation>
    </message>
    <message>
        <source>after point %1</source>
        <translation>après le point %1</translation>
    </message>
    <message>
        <source>after the end</source>
        <translation>après la fin</translation>
    </message>
    <message>
        <source>Free-running forecast %1: mean error² %2 against what came (points compared: %3).</source>
        <translation>Prévision libre %1&#xa0;: erreur² moyenne %2 par rapport à la suite réelle (points comparés&#xa0;: %3).</translation>
    </message>
    <message>
        <source>x_%1 = %2</source>
        <translation>x_%1 = %2</translation>
    </message>
    <message>
        <source>step %1: y_%1 = %2 predicts x_%3 = %4</source>
        <translation>pas %1&#xa0;: y_%1 = %2 prédit x_%3 = %4</translation>
    </message>
    <message>
        <source>loss_%1 = (y_%1 − x_%2)² = %3</source>
        <translation>loss_%1 = (y_%1 − x_%2)² = %3</translation>
    </message>
    <message>
        <source>flagged: predicts the injected anomaly (a hit)</source>
        <translation>signalé&#xa0;: prédit l&apos;anomalie injectée (détection réussie)</translation>
    </message>
    <message>
        <source>flagged: after the anomaly, the network still disturbed</source>
        <translation>signalé&#xa0;: après l&apos;anomalie, réseau encore perturbé</translation>
    </message>
    <message>
        <source>flagged: a false alarm (no anomaly was injected here)</source>
        <translation>signalé&#xa0;: une fausse alarme (aucune anomalie injectée ici)</translation>
    </message>
    <message>
        <source>free-running forecast: %1</source>
        <translation>prévision libre&#xa0;: %1</translation>
    </message>
    <message>
        <source>what came (generator): %1</source>
        <translation>suite réelle (générateur)&#xa0;: %1</translation>
    </message>
    <message>
        <source>test series</source>
        <translation>série de test</translation>
    </message>
    <message>
        <source>The test series: evaluated at every step with the current weights, never trained on</source>
        <translation>La série de test&#xa0;: évaluée à chaque pas avec les poids actuels, jamais apprise</translation>
    </message>
    <message>
        <source>The training series: what the network is trained on</source>
        <translation>La série d&apos;entraînement&#xa0;: celle sur laquelle le réseau est entraîné</translation>
    </message>
    <message>
        <source>The one-step predictions: y_t, drawn under the x_{t+1} it predicts</source>
        <translation>Les prédictions à un pas&#xa0;: y_t, tracé sous le x_{t+1} qu&apos;il prédit</translation>
    </message>
    <message>
        <source>The free-running forecast: each predicted value fed back as the next input</source>
        <translation>La prévision libre&#xa0;: chaque valeur prédite réinjectée comme entrée suivante</translation>
    </message>
    <message>
        <source>what came</source>
        <translation>suite réelle</translation>
    </message>
    <message>
        <source>What came: the generator&apos;s true continuation past the end, to hold the forecast against</source>
        <translation>Suite réelle&#xa0;: la vraie suite du générateur au-delà de la fin, à comparer à la prévision</translation>
    </message>
    <message>
        <source>flagged: error² &gt; threshold</source>
        <translation>signalé&#xa0;: erreur² &gt; seuil</translation>
    </message>
    <message>
        <source>A flagged step: its squared error is above the threshold (a candidate anomaly); its band covers the input it read and the point it predicted</source>
        <translation>Un pas signalé&#xa0;: son erreur quadratique dépasse le seuil (une anomalie candidate)&#xa0;; sa bande couvre l&apos;entrée lue et le point prédit</translation>
    </message>
    <message>
        <source>Where the generator injected the anomaly</source>
        <translation>Là où le générateur a injecté l&apos;anomalie</translation>
    </message>
    <message>
        <source>warm-up (not counted)</source>
        <translation>préchauffage (non compté)</translation>
    </message>
    <message>
        <source>The warm-up steps: the state has not seen enough yet; they count neither in the threshold nor as flags</source>
        <translation>Les pas de préchauffage&#xa0;: l&apos;état n&apos;a pas encore assez vu&#xa0;; ils ne comptent ni dans le seuil ni comme signalements</translation>
    </message>
    <message>
        <source>%1: mean error² %2 over steps %3–%4</source>
        <translation>%1&#xa0;: erreur² moyenne %2 sur les pas %3–%4</translation>
    </message>
    <message>
        <source>Training error² after the warm-up: mean %1, sd %2 (the loss, %3, counts every step).</source>
        <translation>Erreur² d&apos;entraînement après le préchauffage&#xa0;: moyenne %1, σ %2 (la perte, %3, compte chaque pas).</translation>
    </message>
    <message>
        <source>; sd &gt; mean: not normally distributed, so ordinary steps pass it too</source>
        <translation>; σ &gt; moyenne&#xa0;: pas une loi normale, donc des pas ordinaires le dépassent aussi</translation>
    </message>
    <message>
        <source>Threshold %1: %2.</source>
        <translation>Seuil %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Flagged steps: %1.</source>
        <translation>Pas signalés&#xa0;: %1.</translation>
    </message>
    <message>
        <source> Injected anomaly %1: %2; after it, still disturbed: %3. False alarms: %4</source>
        <translation> Anomalie injectée %1&#xa0;: %2&#xa0;; ensuite, réseau encore perturbé&#xa0;: %3. Fausses alarmes&#xa0;: %4</translation>
    </message>
    <message>
        <source> Each is a candidate: where an anomaly truly is, a series not made by the generator does not say.</source>
        <translation> Chacun est un candidat&#xa0;: où se trouve vraiment une anomalie, une série non produite par le générateur ne le dit pas.</translation>
    </message>
    <message>
        <source>Free-running forecast %1: nothing known to compare it with (start it earlier).</source>
        <translation>Prévision libre %1&#xa0;: rien de connu pour la comparer (faites-la partir plus tôt).</translation>
    </message>
    <message>
        <source>Warm-up: the first steps of every series, where the state (zero at the start) has not seen enough yet — even the training series is predicted worse than the threshold there. They count neither in the threshold nor as flags.
A flag is a step whose error² is above the threshold: a candidate anomaly. Where the generator injected an anomaly, a flag that predicts an injected point is a hit; a later flag at most %1 steps after it or after the previous such flag (the network still disturbed) is counted apart; every other flag is a false alarm.</source>
        <translation>Préchauffage&#xa0;: les premiers pas de chaque série, où l&apos;état (nul au départ) n&apos;a pas encore assez vu — même la série d&apos;entraînement y est prédite moins bien que le seuil. Ils ne comptent ni dans le seuil ni comme signalements.
Un signalement est un pas dont l&apos;erreur² dépasse le seuil&#xa0;: une anomalie candidate. Là où le générateur a injecté une anomalie, un signalement qui prédit un point injecté est une détection réussie&#xa0;; un signalement ultérieur au plus %1 pas après l&apos;anomalie ou du signalement précédent de ce type (réseau encore perturbé) est compté à part&#xa0;; tout autre signalement est une fausse alarme.</translation>
    </message>
</context>
<context>
    <name>rnnlab::StackPlace</name>
    <message>
        <source>Encoder · </source>
        <translation>Encodeur · </translation>
    </message>
    <message>
        <source>Decoder · </source>
        <translation>Décodeur · </translation>
    </message>
</context>
<context>
    <name>rnnlab::StepByHandPanel</name>
    <message>
        <source>Earlier time step, to the left (←)</source>
        <translation>Pas de temps précédent, à gauche (←)</translation>
    </message>
    <message>
        <source>Previous phase of the computation (Shift+←)</source>
        <translation>Phase précédente du calcul (Shift+←)</translation>
    </message>
    <message>
        <source>Next phase of the computation (Shift+→)</source>
        <translation>Phase suivante du calcul (Shift+→)</translation>
    </message>
    <message>
        <source>Later time step, to the right: x_t enters, W_xh x_t and W_hh h_{t−1} add up, the activation squashes, p_t = softmax(y_t) picks a character (→)</source>
        <translation>Pas de temps suivant, à droite&#xa0;: x_t entre, W_xh x_t et W_hh h_{t−1} s&apos;additionnent, l&apos;activation écrase, p_t = softmax(y_t) choisit un caractère (→)</translation>
    </message>
    <message>
        <source>Back through time</source>
        <translation>Rétropropagation dans le temps</translation>
    </message>
    <message>
        <source>Walk the gradient back from the last time step: dL/dh_t and where it fades (B; again: one time step further back)</source>
        <translation>Ramener le gradient depuis le dernier pas de temps&#xa0;: dL/dh_t et où il s&apos;évanouit (B&#xa0;; encore&#xa0;: un pas de temps plus loin en arrière)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Leave the walk: show the whole pass (Esc)</source>
        <translation>Quitter le parcours&#xa0;: montrer la passe entière (Esc)</translation>
    </message>
    <message>
        <source>Step in parts ▶</source>
        <translation>Pas détaillé ▶</translation>
    </message>
    <message>
        <source>One training step shown part by part: the forward pass column by column, the loss, the backward pass right to left, then the update of every matrix (Ctrl+Shift+→)</source>
        <translation>Un pas d&apos;entraînement montré étape par étape&#xa0;: la propagation avant colonne par colonne, la perte, la propagation arrière de droite à gauche, puis la mise à jour de chaque matrice (Ctrl+Shift+→)</translation>
    </message>
    <message>
        <source>Time-major</source>
        <translation>Temps d&apos;abord</translation>
    </message>
    <message>
        <source>Layer-major</source>
        <translation>Couche d&apos;abord</translation>
    </message>
    <message>
        <source>The order → walks the stacked grid in. Time-major: every layer at t, then t+1 — how the picture reads. Layer-major: layer 1 over all of time, then layer 2 — how PyTorch computes it. The numbers are the same either way.</source>
        <translation>L&apos;ordre dans lequel → parcourt la grille empilée. Temps d&apos;abord&#xa0;: toutes les couches à t, puis t+1 — le sens de lecture de l&apos;image. Couche d&apos;abord&#xa0;: la couche 1 sur tout le temps, puis la couche 2 — comme PyTorch calcule. Les nombres sont les mêmes dans les deux cas.</translation>
    </message>
    <message>
        <source>unit h</source>
        <translation>unité h</translation>
    </message>
    <message>
        <source>The hidden unit whose row the equations show when the matrices are too large to show whole</source>
        <translation>L&apos;unité cachée dont les équations montrent la ligne quand les matrices sont trop grandes pour être affichées en entier</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>avant</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>perte</translation>
    </message>
    <message>
        <source>backward</source>
        <translation>arrière</translation>
    </message>
    <message>
        <source>update</source>
        <translation>mise à jour</translation>
    </message>
    <message>
        <source>Next: the loss ▶</source>
        <translation>Suite&#xa0;: la perte ▶</translation>
    </message>
    <message>
        <source>Next: backward ▶</source>
        <translation>Suite&#xa0;: passe arrière ▶</translation>
    </message>
    <message>
        <source>Next: the update ▶</source>
        <translation>Suite&#xa0;: la mise à jour ▶</translation>
    </message>
    <message>
        <source>Press → to walk through a time step, B to go back through time, or “Step in parts” — every number below comes from the same forward pass the graph shows.</source>
        <translation>Appuyez sur → pour parcourir un pas de temps, B pour la rétropropagation dans le temps, ou «&#xa0;Pas détaillé&#xa0;» — chaque nombre ci-dessous vient de la propagation avant que montre le graphe.</translation>
    </message>
    <message>
        <source>A test series is never trained on: the walk shows its forward pass and squared error only, no backward pass.</source>
        <translation>Une série de test n&apos;est jamais apprise&#xa0;: le parcours ne montre que sa propagation avant et son erreur quadratique, pas de propagation arrière.</translation>
    </message>
    <message>
        <source>No backward: a test series</source>
        <translation>Pas de passe arrière&#xa0;: série de test</translation>
    </message>
</context>
<context>
    <name>rnnlab::TimeStepWalker</name>
    <message>
        <source>x_t enters: the series&apos; values at step t, one per feature (or h_t of the layer below)</source>
        <translation>x_t entre&#xa0;: les valeurs de la série au pas t, une par variable (ou h_t de la couche inférieure)</translation>
    </message>
    <message>
        <source>x_t enters: the one-hot vector of the character (or h_t of the layer below)</source>
        <translation>x_t entre&#xa0;: le vecteur one-hot du caractère (ou h_t de la couche inférieure)</translation>
    </message>
    <message>
        <source>W_ih x_t + b_ih: what the input contributes to each gate i, f, g, o</source>
        <translation>W_ih x_t + b_ih&#xa0;: l&apos;apport de l&apos;entrée à chaque porte i, f, g, o</translation>
    </message>
    <message>
        <source>W_ih x_t + b_ih: what the input contributes to each gate r, z, n</source>
        <translation>W_ih x_t + b_ih&#xa0;: l&apos;apport de l&apos;entrée à chaque porte r, z, n</translation>
    </message>
    <message>
        <source>W_xh x_t + b_ih: what the input contributes (each column of W_xh weighs one feature of x_t)</source>
        <translation>W_xh x_t + b_ih&#xa0;: l&apos;apport de l&apos;entrée (chaque colonne de W_xh pondère une variable de x_t)</translation>
    </message>
    <message>
        <source>W_xh x_t + b_ih: what the input contributes (a one-hot x picks one column of W_xh)</source>
        <translation>W_xh x_t + b_ih&#xa0;: l&apos;apport de l&apos;entrée (un x one-hot choisit une colonne de W_xh)</translation>
    </message>
    <message>
        <source>W_hh h_{t−1} + b_hh: what the previous hidden state contributes to each gate</source>
        <translation>W_hh h_{t−1} + b_hh&#xa0;: l&apos;apport de l&apos;état caché précédent à chaque porte</translation>
    </message>
    <message>
        <source>W_hh h_{t−1} + b_hh: what the memory of the previous step contributes</source>
        <translation>W_hh h_{t−1} + b_hh&#xa0;: l&apos;apport de la mémoire du pas précédent</translation>
    </message>
    <message>
        <source>their sum: each gate&apos;s pre-activation</source>
        <translation>leur somme&#xa0;: la pré-activation de chaque porte</translation>
    </message>
    <message>
        <source>the sums for the reset gate r and the update gate z</source>
        <translation>les sommes pour la porte de réinitialisation r et la porte de mise à jour z</translation>
    </message>
    <message>
        <source>their sum: the pre-activation a_t</source>
        <translation>leur somme&#xa0;: la pré-activation a_t</translation>
    </message>
    <message>
        <source>σ squashes into (0, 1): the reset gate r and the update gate z</source>
        <translation>σ écrase dans (0, 1)&#xa0;: la porte de réinitialisation r et la porte de mise à jour z</translation>
    </message>
    <message>
        <source>σ gates in (0, 1) — input i, forget f, output o — and the candidate g = tanh(…)</source>
        <translation>portes σ dans (0, 1) — entrée i, oubli f, sortie o — et le candidat g = tanh(…)</translation>
    </message>
    <message>
        <source>the candidate n_t = tanh(W_in x_t + b_in + r ⊙ (W_hn h_{t−1} + b_hn))</source>
        <translation>le candidat n_t = tanh(W_in x_t + b_in + r ⊙ (W_hn h_{t−1} + b_hn))</translation>
    </message>
    <message>
        <source>the cell state c_t = f ⊙ c_{t−1} + i ⊙ g: keep some of the old memory, write some new</source>
        <translation>l&apos;état de cellule c_t = f ⊙ c_{t−1} + i ⊙ g&#xa0;: garder une part de l&apos;ancienne mémoire, en écrire de la nouvelle</translation>
    </message>
    <message>
        <source>h_t = o ⊙ tanh(c_t): the output gate lets part of the cell state out</source>
        <translation>h_t = o ⊙ tanh(c_t)&#xa0;: la porte de sortie laisse sortir une part de l&apos;état de cellule</translation>
    </message>
    <message>
        <source>h_t = (1 − z) ⊙ n + z ⊙ h_{t−1}: z decides how much memory to keep</source>
        <translation>h_t = (1 − z) ⊙ n + z ⊙ h_{t−1}&#xa0;: z décide quelle part de mémoire garder</translation>
    </message>
    <message>
        <source>ReLU keeps the positive part: h_t</source>
        <translation>ReLU garde la partie positive&#xa0;: h_t</translation>
    </message>
    <message>
        <source>tanh squashes it into (−1, 1): h_t</source>
        <translation>tanh l&apos;écrase dans (−1, 1)&#xa0;: h_t</translation>
    </message>
    <message>
        <source>y_t = W_hy h_t + b_y: the predicted next value x_{t+1}, one per feature</source>
        <translation>y_t = W_hy h_t + b_y&#xa0;: la valeur suivante prédite x_{t+1}, une par variable</translation>
    </message>
    <message>
        <source>y_t = h_t: without an output layer the hidden state is the predicted next value x_{t+1}</source>
        <translation>y_t = h_t&#xa0;: sans couche de sortie, l&apos;état caché est la valeur suivante prédite x_{t+1}</translation>
    </message>
    <message>
        <source>W_hy h_t + b_y: the output scores (logits) y_t</source>
        <translation>W_hy h_t + b_y&#xa0;: les scores de sortie (logits) y_t</translation>
    </message>
    <message>
        <source>y_t = h_t: without an output layer the hidden state is the output</source>
        <translation>y_t = h_t&#xa0;: sans couche de sortie, l&apos;état caché est la sortie</translation>
    </message>
    <message>
        <source>softmax turns the scores into probabilities</source>
        <translation>softmax transforme les scores en probabilités</translation>
    </message>
    <message>
        <source>the most probable output (character, or class) is the prediction</source>
        <translation>la sortie la plus probable (caractère ou classe) est la prédiction</translation>
    </message>
    <message>
        <source>the squared error of this step: (y_t − x_{t+1})² per feature, and its share of the mean (MSE)</source>
        <translation>l&apos;erreur quadratique de ce pas&#xa0;: (y_t − x_{t+1})² par variable, et sa part de la moyenne (MSE)</translation>
    </message>
    <message>
        <source>the loss at this step: −log of the probability of the target (the true next character, or the label)</source>
        <translation>la perte à ce pas&#xa0;: −log de la probabilité de la cible (le vrai caractère suivant, ou l&apos;étiquette)</translation>
    </message>
    <message>
        <source>dL/dh_t: from the squared error through dL/dy_t, and from t+1 through W_hh and through z_{t+1} ⊙ h_t</source>
        <translation>dL/dh_t&#xa0;: depuis l&apos;erreur quadratique via dL/dy_t, et depuis t+1 via W_hh et via z_{t+1} ⊙ h_t</translation>
    </message>
    <message>
        <source>dL/dh_t: from the squared error through dL/dy_t, and from t+1 through W_hh</source>
        <translation>dL/dh_t&#xa0;: depuis l&apos;erreur quadratique via dL/dy_t, et depuis t+1 via W_hh</translation>
    </message>
    <message>
        <source>dL/dh_t: from the output, and from t+1 through W_hh and through z_{t+1} ⊙ h_t</source>
        <translation>dL/dh_t&#xa0;: depuis la sortie, et depuis t+1 via W_hh et via z_{t+1} ⊙ h_t</translation>
    </message>
    <message>
        <source>dL/dh_t: the gradient arriving from the output and from t+1 through W_hh</source>
        <translation>dL/dh_t&#xa0;: le gradient qui arrive de la sortie et de t+1 via W_hh</translation>
    </message>
    <message>
        <source>dL/dc_t: through h_t = o ⊙ tanh(c_t), plus f_{t+1} ⊙ dL/dc_{t+1} along the cell state</source>
        <translation>dL/dc_t&#xa0;: via h_t = o ⊙ tanh(c_t), plus f_{t+1} ⊙ dL/dc_{t+1} le long de l&apos;état de cellule</translation>
    </message>
    <message>
        <source>dL/da_t, the gates&apos; pre-activations: what reaches W_ih, W_hh and the biases</source>
        <translation>dL/da_t, les pré-activations des portes&#xa0;: ce qui atteint W_ih, W_hh et les biais</translation>
    </message>
    <message>
        <source>dL/da_t = dL/dh_t where h_t &gt; 0: what reaches W_xh, W_hh and the biases</source>
        <translation>dL/da_t = dL/dh_t là où h_t &gt; 0&#xa0;: ce qui atteint W_xh, W_hh et les biais</translation>
    </message>
    <message>
        <source>dL/da_t = dL/dh_t ⊙ (1 − h_t²): what reaches W_xh, W_hh and the biases</source>
        <translation>dL/da_t = dL/dh_t ⊙ (1 − h_t²)&#xa0;: ce qui atteint W_xh, W_hh et les biais</translation>
    </message>
    <message>
        <source>the decoder starts from the encoder&apos;s final state: h_0 and c_0 of the decoder = h_n and c_n of the encoder, layer by layer</source>
        <translation>le décodeur part de l&apos;état final de l&apos;encodeur&#xa0;: h_0 et c_0 du décodeur = h_n et c_n de l&apos;encodeur, couche par couche</translation>
    </message>
    <message>
        <source>the decoder starts from the encoder&apos;s final state: h_0 of the decoder = h_n of the encoder, layer by layer</source>
        <translation>le décodeur part de l&apos;état final de l&apos;encodeur&#xa0;: h_0 du décodeur = h_n de l&apos;encodeur, couche par couche</translation>
    </message>
    <message>
        <source>across the context: the decoder&apos;s dL/dh_0 and dL/dc_0 are what reaches the encoder&apos;s h_n and c_n</source>
        <translation>à travers le contexte&#xa0;: dL/dh_0 et dL/dc_0 du décodeur sont ce qui atteint h_n et c_n de l&apos;encodeur</translation>
    </message>
    <message>
        <source>across the context: the decoder&apos;s dL/dh_0 is what reaches the encoder&apos;s h_n</source>
        <translation>à travers le contexte&#xa0;: dL/dh_0 du décodeur est ce qui atteint h_n de l&apos;encodeur</translation>
    </message>
</context>
<context>
    <name>rnnlab::Timeline</name>
    <message>
        <source>The step whose network the views show: drag the timeline to rewind</source>
        <translation>Le pas dont les vues montrent le réseau&#xa0;: faites glisser la frise pour revenir en arrière</translation>
    </message>
    <message>
        <source>Resume from here</source>
        <translation>Reprendre d&apos;ici</translation>
    </message>
    <message>
        <source>Continue training from the step shown: the steps after it are replaced</source>
        <translation>Poursuivre l&apos;entraînement à partir du pas affiché&#xa0;: les pas suivants sont remplacés</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Dernier</translation>
    </message>
    <message>
        <source>Back to the latest training step (End)</source>
        <translation>Retour au dernier pas d&apos;entraînement (End)</translation>
    </message>
    <message>
        <source>every %1 step kept (full speed)</source>
        <extracomment>%1 is an ordinal from ordinal() (&quot;4th&quot;): every 4th training step is kept.</extracomment>
        <translation>un pas sur %1 conservé (pleine vitesse)</translation>
    </message>
    <message>
        <source>Training at full speed, a copy of every step would cost more than %2% of its time, so every %1 step is kept (within the memory budget). Older steps are recomputed exactly from the kept step before them: trained again, the same numbers bit for bit</source>
        <extracomment>%1 is an ordinal (&quot;4th&quot;), %2 a percentage of the training time.</extracomment>
        <translation>À pleine vitesse, copier chaque pas coûterait plus de %2&#xa0;% du temps d&apos;entraînement, donc un pas sur %1 est conservé (dans le budget mémoire). Les pas plus anciens sont recalculés exactement depuis le pas conservé qui les précède&#xa0;: entraînés à nouveau, mêmes nombres bit pour bit</translation>
    </message>
    <message>
        <source>memory budget: every %1 step kept</source>
        <extracomment>%1 is an ordinal (&quot;4th&quot;): every 4th training step is kept.</extracomment>
        <translation>budget mémoire&#xa0;: un pas sur %1 conservé</translation>
    </message>
    <message>
        <source>Older steps recomputed exactly from every %1 kept step (memory budget): the steps in between are trained again from the kept step before them, which gives the same numbers bit for bit</source>
        <extracomment>%1 is an ordinal (&quot;4th&quot;).</extracomment>
        <translation>Pas plus anciens recalculés exactement à partir d&apos;un pas conservé sur %1 (budget mémoire)&#xa0;: les pas intermédiaires sont réentraînés depuis le pas conservé qui les précède, ce qui donne les mêmes nombres bit pour bit</translation>
    </message>
    <message>
        <source>Training step %1 of %2
(rewound)</source>
        <translation>Pas d&apos;entraînement %1 sur %2
(retour arrière)</translation>
    </message>
    <message>
        <source>Training step %1
(latest)</source>
        <translation>Pas d&apos;entraînement %1
(dernier)</translation>
    </message>
    <message>
        <source>%1th</source>
        <extracomment>An ordinal number (4th, 11th, 12th): &quot;every 4th step kept&quot;. %1 is the number.</extracomment>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1st</source>
        <extracomment>An ordinal number ending in 1 (1st, 21st): &quot;every 21st step kept&quot;. %1 is the number.</extracomment>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1nd</source>
        <extracomment>An ordinal number ending in 2 (2nd, 22nd): &quot;every 2nd step kept&quot;. %1 is the number.</extracomment>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1rd</source>
        <extracomment>An ordinal number ending in 3 (3rd, 23rd): &quot;every 3rd step kept&quot;. %1 is the number.</extracomment>
        <translation>%1</translation>
    </message>
</context>
<context>
    <name>rnnlab::TimelineTrack</name>
    <message>
        <source>tensor %1 element %2</source>
        <translation>tenseur %1, élément %2</translation>
    </message>
    <message>
        <source>Edited by hand after step %1: %2 from %3 to %4</source>
        <extracomment>%1 training step, %2 the weight&apos;s name, %3 and %4 its values before and after.</extracomment>
        <translation>Modifié à la main après le pas %1&#xa0;: %2 passé de %3 à %4</translation>
    </message>
    <message>
        <source>Training timeline</source>
        <translation>Frise d&apos;entraînement</translation>
    </message>
    <message>
        <source>Step %1 — loss %2</source>
        <extracomment>%1 training step, %2 its loss.</extracomment>
        <translation>Pas %1 — perte %2</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Pas %1</translation>
    </message>
    <message>
        <source>Click or drag to see the network as it was after this step.</source>
        <translation>Cliquez ou faites glisser pour voir le réseau tel qu&apos;il était après ce pas.</translation>
    </message>
    <message>
        <source>Older steps are recomputed exactly from every %1 kept step (training at full speed).</source>
        <extracomment>%1 is an ordinal (&quot;4th&quot;).</extracomment>
        <translation>Les pas plus anciens sont recalculés exactement à partir d&apos;un pas conservé sur %1 (entraînement à pleine vitesse).</translation>
    </message>
    <message>
        <source>Older steps are recomputed exactly from every %1 kept step (memory budget).</source>
        <translation>Les pas plus anciens sont recalculés exactement à partir d&apos;un pas conservé sur %1 (budget mémoire).</translation>
    </message>
</context>
<context>
    <name>rnnlab::TrainingControls</name>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <source>One training &amp;step</source>
        <translation>Un pa&amp;s d&apos;entraînement</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Réinitialiser</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source> Speed </source>
        <translation> Vitesse </translation>
    </message>
    <message>
        <source>From one step per second (to follow along) to as fast as possible</source>
        <translation>D&apos;un pas par seconde (pour suivre) à aussi vite que possible</translation>
    </message>
</context>
<context>
    <name>rnnlab::TranslationAccessible</name>
    <message>
        <source>Translation graph</source>
        <translation>Graphe de traduction</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Pas %1</translation>
    </message>
</context>
<context>
    <name>rnnlab::TranslationGraph</name>
    <message>
        <source>No translation to draw yet</source>
        <translation>Pas encore de traduction à dessiner</translation>
    </message>
    <message>
        <source>Encoder (encoder): reads the source</source>
        <translation>Encodeur (encoder)&#xa0;: lit la source</translation>
    </message>
    <message>
        <source>context</source>
        <translation>contexte</translation>
    </message>
    <message>
        <source>decoder</source>
        <translation>décodeur</translation>
    </message>
    <message>
        <source>encoder</source>
        <translation>encodeur</translation>
    </message>
    <message>
        <source>h_%1[%2] of the %3, layer %4</source>
        <translation>h_%1[%2] (%3, couche %4)</translation>
    </message>
    <message>
        <source>context, layer %1, unit %2: the encoder&apos;s last h, the decoder&apos;s h_0</source>
        <translation>contexte, couche %1, unité %2&#xa0;: le dernier h de l&apos;encodeur, le h_0 du décodeur</translation>
    </message>
    <message>
        <source>x_%1[%2] of the %3 (one-hot)</source>
        <translation>x_%1[%2] (%3, one-hot)</translation>
    </message>
    <message>
        <source>p_%1(%2): the probability of this target token</source>
        <translation>p_%1(%2)&#xa0;: la probabilité de ce jeton cible</translation>
    </message>
    <message>
        <source>Decoder (decoder) and fc, translating (greedy): its own previous output in</source>
        <translation>Décodeur (decoder) et fc, traduction gloutonne&#xa0;: sa propre sortie précédente en entrée</translation>
    </message>
    <message>
        <source>Decoder (decoder) and fc, teacher forcing: the previous target token in</source>
        <translation>Décodeur (decoder) et fc, teacher forcing&#xa0;: le jeton cible précédent en entrée</translation>
    </message>
    <message>
        <source>decoder (greedy)</source>
        <translation>décodeur (glouton)</translation>
    </message>
    <message>
        <source>the greedy translation&apos;s output</source>
        <translation>la sortie de la traduction gloutonne</translation>
    </message>
    <message>
        <source>the argmax (teacher forcing)</source>
        <translation>l&apos;argmax (teacher forcing)</translation>
    </message>
    <message>
        <source>y_%1: %2 is %3, the target ✓</source>
        <translation>y_%1&#xa0;: %2 est %3, la cible ✓</translation>
    </message>
    <message>
        <source>y_%1: %2 is %3, the target is %4 ✗</source>
        <translation>y_%1&#xa0;: %2 est %3, la cible est %4 ✗</translation>
    </message>
    <message>
        <source>y_%1: %2 is %3, past the target&apos;s &lt;eos&gt; ✗</source>
        <translation>y_%1&#xa0;: %2 est %3, après le &lt;eos&gt; de la cible ✗</translation>
    </message>
</context>
<context>
    <name>rnnlab::WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Export figure</source>
        <translation>E&amp;xporter la figure</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Entraînement</translation>
    </message>
    <message>
        <source>Train continuously at the chosen speed (Space)</source>
        <translation>Entraîner en continu à la vitesse choisie (Espace)</translation>
    </message>
    <message>
        <source>Pause training (Space)</source>
        <translation>Mettre l&apos;entraînement en pause (Espace)</translation>
    </message>
    <message>
        <source>One optimizer step: forward, loss, backward through time, update (Ctrl+→)</source>
        <translation>Un pas d&apos;optimiseur&#xa0;: propagation avant, perte, rétropropagation à travers le temps, mise à jour (Ctrl+→)</translation>
    </message>
    <message>
        <source>Back to the initial weights of the seed, step 0 (Ctrl+R)</source>
        <translation>Retour aux poids initiaux de la graine, pas 0 (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo weight edit</source>
        <translation>&amp;Annuler la modification des poids</translation>
    </message>
    <message>
        <source>Take back the last weight set by hand; the weights are bit for bit what they were (Ctrl+Z)</source>
        <translation>Annuler le dernier poids réglé à la main&#xa0;; les poids redeviennent bit pour bit ce qu&apos;ils étaient (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Redo weight edit</source>
        <translation>&amp;Rétablir la modification des poids</translation>
    </message>
    <message>
        <source>&amp;What if W_hh = 0?</source>
        <translation>&amp;Et si W_hh = 0&#xa0;?</translation>
    </message>
    <message>
        <source>Show the network without its memory: the predictions it can still make, and the ones it cannot (training is not affected) (Ctrl+M)</source>
        <translation>Montrer le réseau sans sa mémoire&#xa0;: les prédictions qu&apos;il peut encore faire, et celles qu&apos;il ne peut plus (l&apos;entraînement n&apos;est pas affecté) (Ctrl+M)</translation>
    </message>
    <message>
        <source>&amp;Step by hand</source>
        <translation>Pas à pas à la &amp;main</translation>
    </message>
    <message>
        <source>&amp;Later time step</source>
        <translation>Pas de temps &amp;suivant</translation>
    </message>
    <message>
        <source>One time step to the right, in the forward walk and back through time: x_t enters, W_xh x_t and W_hh h_{t−1} add up, the activation squashes, y_t picks a character (→)</source>
        <translation>Un pas de temps vers la droite, dans le parcours avant comme en rétropropagation dans le temps&#xa0;: x_t entre, W_xh x_t et W_hh h_{t−1} s&apos;additionnent, l&apos;activation écrase, y_t choisit un caractère (→)</translation>
    </message>
    <message>
        <source>&amp;Earlier time step</source>
        <translation>Pas de temps pré&amp;cédent</translation>
    </message>
    <message>
        <source>One time step to the left, in the forward walk and back through time (←)</source>
        <translation>Un pas de temps vers la gauche, dans le parcours avant comme en rétropropagation dans le temps (←)</translation>
    </message>
    <message>
        <source>&amp;Next phase</source>
        <translation>Phase suiva&amp;nte</translation>
    </message>
    <message>
        <source>One part of the computation further (Shift+→)</source>
        <translation>Une partie du calcul plus loin (Shift+→)</translation>
    </message>
    <message>
        <source>&amp;Previous phase</source>
        <translation>&amp;Phase précédente</translation>
    </message>
    <message>
        <source>One part of the computation back (Shift+←)</source>
        <translation>Une partie du calcul en arrière (Shift+←)</translation>
    </message>
    <message>
        <source>&amp;Back through time</source>
        <translation>&amp;Rétropropagation dans le temps</translation>
    </message>
    <message>
        <source>The gradient from the last time step back to the first: dL/dh_t and where it fades (B; again: one time step further back)</source>
        <translation>Le gradient du dernier pas de temps jusqu&apos;au premier&#xa0;: dL/dh_t et où il s&apos;évanouit (B&#xa0;; encore&#xa0;: un pas de temps plus loin en arrière)</translation>
    </message>
    <message>
        <source>&amp;Training step in parts</source>
        <translation>Pas d&apos;entraînement &amp;détaillé</translation>
    </message>
    <message>
        <source>Forward, loss, backward, update — each shown before the next (Ctrl+Shift+→)</source>
        <translation>Avant, perte, arrière, mise à jour — chacune montrée avant la suivante (Ctrl+Shift+→)</translation>
    </message>
    <message>
        <source>Lea&amp;ve the walk</source>
        <translation>&amp;Quitter le parcours</translation>
    </message>
    <message>
        <source>Show the whole pass again (Esc)</source>
        <translation>Afficher de nouveau la passe entière (Esc)</translation>
    </message>
    <message>
        <source>&amp;Walk layer by layer</source>
        <translation>Parc&amp;ourir couche par couche</translation>
    </message>
    <message>
        <source>Stacked layers: walk layer 1 over all of time, then layer 2 — how PyTorch computes it — instead of every layer at t, then t+1. The numbers are the same either way (L)</source>
        <translation>Couches empilées&#xa0;: parcourir la couche 1 sur tout le temps, puis la couche 2 — comme PyTorch calcule — au lieu de toutes les couches à t, puis t+1. Les nombres sont les mêmes dans les deux cas (L)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Fold</source>
        <translation>&amp;Replier</translation>
    </message>
    <message>
        <source>Fold the unrolled graph into one cell with its W_hh loop, or unfold it over time (F)</source>
        <translation>Replier le graphe déplié en une cellule avec sa boucle W_hh, ou le déplier dans le temps (F)</translation>
    </message>
    <message>
        <source>Un&amp;fold</source>
        <translation>&amp;Déplier</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Larger cells, same text size (Ctrl++, or Ctrl+wheel)</source>
        <translation>Cases plus grandes, même taille de texte (Ctrl++, ou Ctrl+molette)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Zoom arrière</translation>
    </message>
    <message>
        <source>Smaller cells, down to fit-to-window (Ctrl+−)</source>
        <translation>Cases plus petites, jusqu&apos;à l&apos;ajustement à la fenêtre (Ctrl+−)</translation>
    </message>
    <message>
        <source>Fit to &amp;window</source>
        <translation>Ajuster à la &amp;fenêtre</translation>
    </message>
    <message>
        <source>Show the whole graph (Ctrl+0); Ctrl+wheel zooms, dragging pans</source>
        <translation>Afficher tout le graphe (Ctrl+0)&#xa0;; Ctrl+molette zoome, glisser déplace</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Mode &amp;présentation</translation>
    </message>
    <message>
        <source>Full screen, large type, only the graph, the equations and the play controls (F11)</source>
        <translation>Plein écran, gros caractères, seulement le graphe, les équations et les commandes de lecture (F11)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation>&amp;Leçon</translation>
    </message>
    <message>
        <source>&amp;Open the lesson</source>
        <translation>&amp;Ouvrir la leçon</translation>
    </message>
    <message>
        <source>The lecture step by step, with the app set up for each step (F9)</source>
        <translation>Le cours étape par étape, avec l&apos;application préparée pour chaque étape (F9)</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>Étape &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>Étape &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>rnnlab &amp;Handbook</source>
        <translation>&amp;Manuel de rnnlab</translation>
    </message>
    <message>
        <source>The tour of the window, the walk by hand and the classroom tools (F1)</source>
        <translation>La visite de la fenêtre, le calcul à la main et les outils pour la classe (F1)</translation>
    </message>
    <message>
        <source>&amp;Notation</source>
        <translation>&amp;Notation</translation>
    </message>
    <message>
        <source>The lecture&apos;s symbols, PyTorch&apos;s names and rnnlab&apos;s, side by side</source>
        <translation>Les symboles du cours, les noms de PyTorch et ceux de rnnlab, côte à côte</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About rnnlab</source>
        <translation>À &amp;propos de rnnlab</translation>
    </message>
    <message>
        <source>About rnnlab</source>
        <translation>À propos de rnnlab</translation>
    </message>
    <message>
        <source>&lt;h3&gt;rnnlab %1&lt;/h3&gt;&lt;p&gt;Recurrent neural networks, shown at work.&lt;/p&gt;&lt;p&gt;Its numbers are the ones PyTorch 1.13 computes for the same model: the same initial weights from the same seed and each Adam or SGD step from the same gradients, bit for bit; the forward pass, the losses and the gradients in float32, to its last digits (losses within 10&lt;sup&gt;−6&lt;/sup&gt; over the first ten steps).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;rnnlab %1&lt;/h3&gt;&lt;p&gt;Les réseaux de neurones récurrents, montrés à l&apos;œuvre.&lt;/p&gt;&lt;p&gt;Ses nombres sont ceux que PyTorch 1.13 calcule pour le même modèle&#xa0;: les mêmes poids initiaux depuis la même graine et chaque pas d&apos;Adam ou de SGD à partir des mêmes gradients, bit pour bit&#xa0;; la propagation avant, les pertes et les gradients en float32, jusqu&apos;aux derniers chiffres (pertes à 10&lt;sup&gt;−6&lt;/sup&gt; près sur les dix premiers pas).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Import series from &amp;CSV…</source>
        <translation>Importer des séries depuis un &amp;CSV…</translation>
    </message>
    <message>
        <source>A CSV file&apos;s columns as the features of a time series, in Model and data</source>
        <translation>Les colonnes d&apos;un fichier CSV comme variables d&apos;une série temporelle, dans Modèle et données</translation>
    </message>
    <message>
        <source>Reduce &amp;motion</source>
        <translation>Réduire les &amp;animations</translation>
    </message>
    <message>
        <source>Fold and unfold at once, without the animation; no animated menus or docks. Training and the walk by hand still play, one step at a time</source>
        <translation>Replier et déplier d&apos;un coup, sans animation&#xa0;; pas de menus ni de panneaux animés. L&apos;entraînement et le calcul à la main avancent toujours, pas à pas</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Analyze</name>
    <message>
        <source>--span: &quot;%1&quot; is not a span: give A:B, the time steps A to B − 1 of the first text (0-based), e.g. --span 2:5</source>
        <translation>--span&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une plage&#xa0;: donnez A:B, les pas de temps A à B − 1 du premier texte (à partir de 0), p. ex. --span 2:5</translation>
    </message>
    <message>
        <source>Write what a network remembers as JSON, for one layer (default: the top one):
  influence  [text][t][s], s = 0…t: ‖∂ log softmax(y_t)[target_t] / ∂x_s‖₂, how much each earlier one-hot input x_s drives step t&apos;s log-probability of its target (the engine&apos;s BPTT from that one term; a step without a target, a classifier&apos;s before its last, has an empty row);
  pca        mean [H], components [2][H] (the first two right singular vectors of the centred states, every step of every text as rows; each flipped so that its largest entry is positive), explained_variance_ratio [2], points [rows][2];
  units      values [text][t][H], and with --span the units ranked by |mean inside − mean outside| / pooled standard deviation.

  rnnlab-cli analyze hello.json -o memory.json
  rnnlab-cli analyze SESSION.json --steps 100 --layer 0 --span 2:5 -o memory.json

Exit status: 0 done; 1 a training step was refused or the file could not be written; 2 bad input.</source>
        <translation>Écrire en JSON ce dont un réseau se souvient, pour une couche (par défaut&#xa0;: celle du haut)&#xa0;:
  influence  [text][t][s], s = 0…t&#xa0;: ‖∂ log softmax(y_t)[target_t] / ∂x_s‖₂, combien chaque entrée one-hot antérieure x_s pèse sur la log-probabilité de sa cible au pas t (la BPTT du moteur depuis ce seul terme&#xa0;; un pas sans cible (pour un classifieur, ceux avant le dernier) a une ligne vide)&#xa0;;
  pca        mean [H], components [2][H] (les deux premiers vecteurs singuliers à droite des états centrés, chaque pas de chaque texte en ligne&#xa0;; chacun retourné pour que sa plus grande composante soit positive), explained_variance_ratio [2], points [rows][2]&#xa0;;
  units      values [text][t][H], et avec --span les unités classées par |moyenne dedans − moyenne dehors| / écart-type combiné.

  rnnlab-cli analyze hello.json -o memory.json
  rnnlab-cli analyze SESSION.json --steps 100 --layer 0 --span 2:5 -o memory.json

Code de sortie&#xa0;: 0 terminé&#xa0;; 1 un pas d&apos;entraînement a été refusé ou le fichier n&apos;a pas pu être écrit&#xa0;; 2 entrée invalide.</translation>
    </message>
    <message>
        <source>A session file (.rnnlab or .json).</source>
        <translation>Un fichier de session (.rnnlab ou .json).</translation>
    </message>
    <message>
        <source>Train this many steps first (default 0: the session&apos;s weights as they are).</source>
        <translation>Entraîner d&apos;abord ce nombre de pas (par défaut 0&#xa0;: les poids de la session tels quels).</translation>
    </message>
    <message>
        <source>The layer whose states are analysed, 0 = the bottom (default: the top one). The influence is always of the network&apos;s input.</source>
        <translation>La couche dont les états sont analysés, 0 = celle du bas (par défaut&#xa0;: celle du haut). L&apos;influence est toujours celle de l&apos;entrée du réseau.</translation>
    </message>
    <message>
        <source>h (default), or c: an LSTM&apos;s cell state.</source>
        <translation>h (par défaut), ou c&#xa0;: l&apos;état de cellule d&apos;un LSTM.</translation>
    </message>
    <message>
        <source>Rank the units for time steps A to B − 1 of the first text (0-based) against every other step.</source>
        <translation>Classer les unités pour les pas de temps A à B − 1 du premier texte (à partir de 0) face à tous les autres pas.</translation>
    </message>
    <message>
        <source>Write the JSON here (required).</source>
        <translation>Écrire le JSON ici (obligatoire).</translation>
    </message>
    <message>
        <source>--state c: only an LSTM has a cell state c, and this session&apos;s cell is %1: use --state h</source>
        <translation>--state c&#xa0;: seul un LSTM a un état de cellule c, et la cellule de cette session est %1&#xa0;: utilisez --state h</translation>
    </message>
    <message>
        <source>--state: &quot;%1&quot; is neither h (the hidden state) nor c (an LSTM&apos;s cell state)</source>
        <translation>--state&#xa0;: «&#xa0;%1&#xa0;» n&apos;est ni h (l&apos;état caché) ni c (l&apos;état de cellule d&apos;un LSTM)</translation>
    </message>
    <message>
        <source>give the file to write with -o OUT.json</source>
        <translation>indiquez le fichier à écrire avec -o OUT.json</translation>
    </message>
    <message>
        <source>cannot write %1: the analysis holds a number that is not finite (inf or nan), which JSON cannot hold; nothing was written</source>
        <translation>impossible d&apos;écrire %1&#xa0;: l&apos;analyse contient un nombre non fini (inf ou nan), que JSON ne peut pas représenter&#xa0;; rien n&apos;a été écrit</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Bench</name>
    <message>
        <source>Train as fast as possible on one thread (after a warm-up) and print one JSON object with &quot;steps_per_s&quot; and &quot;ms_per_step&quot;. Without a session: the lecture&apos;s example.

  rnnlab-cli bench
  rnnlab-cli bench ../shared/bench/rnn_tanh_h128_l2_text200.json --seconds 5</source>
        <translation>Entraîner aussi vite que possible sur un seul thread (après un préchauffage) et afficher un objet JSON avec &quot;steps_per_s&quot; et &quot;ms_per_step&quot;. Sans session&#xa0;: l&apos;exemple du cours.

  rnnlab-cli bench
  rnnlab-cli bench ../shared/bench/rnn_tanh_h128_l2_text200.json --seconds 5</translation>
    </message>
    <message>
        <source>How long to measure (default 3).</source>
        <translation>Durée de la mesure (par défaut 3).</translation>
    </message>
    <message>
        <source>Seconds of training before measuring (default 0.5).</source>
        <translation>Secondes d&apos;entraînement avant la mesure (par défaut 0.5).</translation>
    </message>
    <message>
        <source>--%1: %2 is out of range: it must be between 0 and 3600</source>
        <translation>--%1&#xa0;: %2 est hors plage&#xa0;: la valeur doit être entre 0 et 3600</translation>
    </message>
    <message>
        <source>--seconds: must be more than 0</source>
        <translation>--seconds&#xa0;: doit être supérieur à 0</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Check</name>
    <message>
        <source>Validate a session and describe it; exit status 2 with a message per problem when it is not valid.</source>
        <translation>Valider une session et la décrire&#xa0;; code de sortie 2 avec un message par problème si elle n&apos;est pas valide.</translation>
    </message>
    <message numerus="yes">
        <source>model: %1, hidden size %2, %3, %4; %n parameters</source>
        <extracomment>%1 the cell (rnn_tanh, lstm, …), %2 the hidden size, %3 &quot;1 layer&quot; or &quot;2 layers&quot;, %4 &quot;with an output layer&quot; or &quot;no output layer&quot;, %n the parameters.</extracomment>
        <translation>
            <numerusform>modèle&#xa0;: %1, taille de l&apos;état caché %2, %3, %4&#xa0;; %n paramètre</numerusform>
            <numerusform>modèle&#xa0;: %1, taille de l&apos;état caché %2, %3, %4&#xa0;; %n paramètres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>source vocabulary: %1 (%n characters); target tokens: &lt;sos&gt;, &lt;eos&gt;, %2 (%3)</source>
        <extracomment>%1 the source characters, %n how many; %2 the target characters, %3 how many tokens in all.</extracomment>
        <translation>
            <numerusform>vocabulaire source&#xa0;: %1 (%n caractère)&#xa0;; jetons cibles&#xa0;: &lt;sos&gt;, &lt;eos&gt;, %2 (%3)</numerusform>
            <numerusform>vocabulaire source&#xa0;: %1 (%n caractères)&#xa0;; jetons cibles&#xa0;: &lt;sos&gt;, &lt;eos&gt;, %2 (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>data: %n pairs (translate: an encoder–decoder, CrossEntropyLoss over every decoder step)</source>
        <translation>
            <numerusform>données&#xa0;: %n paire (translate&#xa0;: un encodeur–décodeur, CrossEntropyLoss sur chaque pas du décodeur)</numerusform>
            <numerusform>données&#xa0;: %n paires (translate&#xa0;: un encodeur–décodeur, CrossEntropyLoss sur chaque pas du décodeur)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>vocabulary: %1 (%n characters)</source>
        <translation>
            <numerusform>vocabulaire&#xa0;: %1 (%n caractère)</numerusform>
            <numerusform>vocabulaire&#xa0;: %1 (%n caractères)</numerusform>
        </translation>
    </message>
    <message>
        <source>data: %1 series of %2, %3 time steps in all (forecast: the next value, MSELoss); %4 test series</source>
        <extracomment>%1 how many series, %2 &quot;1 feature&quot; or &quot;3 features&quot;, %3 the time steps, %4 how many test series.</extracomment>
        <translation>données&#xa0;: %1 série(s) de %2, %3 pas de temps au total (forecast&#xa0;: la valeur suivante, MSELoss)&#xa0;; %4 série(s) de test</translation>
    </message>
    <message>
        <source>1 feature</source>
        <translation>1 variable</translation>
    </message>
    <message numerus="yes">
        <source>%n features</source>
        <translation>
            <numerusform>%n variable</numerusform>
            <numerusform>%n variables</numerusform>
        </translation>
    </message>
    <message>
        <source>data: %1, %2 time steps in all, one label each (classify) from %3 classes: %4</source>
        <extracomment>%1 &quot;1 text&quot; or &quot;3 texts&quot;, %2 the time steps, %3 how many classes, %4 the classes&apos; names.</extracomment>
        <translation>données&#xa0;: %1, %2 pas de temps au total, une étiquette chacun (classify) parmi %3 classes&#xa0;: %4</translation>
    </message>
    <message>
        <source>data: %1, %2 time steps in all</source>
        <extracomment>%1 &quot;1 text&quot; or &quot;3 texts&quot;, %2 the time steps.</extracomment>
        <translation>données&#xa0;: %1, %2 pas de temps au total</translation>
    </message>
    <message>
        <source>no clipping</source>
        <translation>sans écrêtage</translation>
    </message>
    <message numerus="yes">
        <source>training: %1, %2, seed %3, %n steps</source>
        <extracomment>%1 the optimizer and its settings (&quot;adam lr 0.01&quot;), %2 &quot;clip_grad_norm 1&quot; or &quot;no clipping&quot;, %3 the seed, %n the session&apos;s training steps.</extracomment>
        <translation>
            <numerusform>entraînement&#xa0;: %1, %2, graine %3, %n pas</numerusform>
            <numerusform>entraînement&#xa0;: %1, %2, graine %3, %n pas</numerusform>
        </translation>
    </message>
    <message>
        <source>weights: from the file</source>
        <translation>poids&#xa0;: lus dans le fichier</translation>
    </message>
    <message>
        <source>weights: initialized from the seed</source>
        <translation>poids&#xa0;: initialisés depuis la graine</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Common</name>
    <message>
        <source>1 layer</source>
        <translation>1 couche</translation>
    </message>
    <message numerus="yes">
        <source>%n layers</source>
        <translation>
            <numerusform>%n couche</numerusform>
            <numerusform>%n couches</numerusform>
        </translation>
    </message>
    <message>
        <source>1 text</source>
        <translation>1 texte</translation>
    </message>
    <message numerus="yes">
        <source>%n texts</source>
        <translation>
            <numerusform>%n texte</numerusform>
            <numerusform>%n textes</numerusform>
        </translation>
    </message>
    <message>
        <source>with an output layer</source>
        <translation>avec couche de sortie</translation>
    </message>
    <message>
        <source>no output layer</source>
        <translation>sans couche de sortie</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a whole number</source>
        <translation>--%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>--%1: %2 is out of range: it must be between %3 and %4</source>
        <translation>--%1&#xa0;: %2 est hors plage&#xa0;: la valeur doit être entre %3 et %4</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a finite number</source>
        <translation>--%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <source>--%1: the file name is empty: give the file to write</source>
        <translation>--%1&#xa0;: le nom de fichier est vide&#xa0;: indiquez le fichier à écrire</translation>
    </message>
    <message>
        <source>give the session file to write: -o OUT.json</source>
        <translation>indiquez le fichier de session à écrire&#xa0;: -o OUT.json</translation>
    </message>
    <message>
        <source>%1 exists: choose another name with -o, or --force to replace it</source>
        <translation>%1 existe&#xa0;: choisissez un autre nom avec -o, ou --force pour le remplacer</translation>
    </message>
    <message>
        <source>%1 (see %2 --help)</source>
        <translation>%1 (voir %2 --help)</translation>
    </message>
    <message>
        <source>A session file (.json).</source>
        <translation>Un fichier de session (.json).</translation>
    </message>
    <message>
        <source>A training text instead of a session file (repeat for several texts); the lecture&apos;s settings apply unless overridden.</source>
        <translation>Un texte d&apos;entraînement au lieu d&apos;un fichier de session (à répéter pour plusieurs textes)&#xa0;; les réglages du cours s&apos;appliquent sauf s&apos;ils sont remplacés.</translation>
    </message>
    <message>
        <source>With --text: the class of that text (repeat, one per --text, in order); makes it a many-to-one classifier (task &quot;classify&quot;).</source>
        <translation>Avec --text&#xa0;: la classe de ce texte (à répéter, une par --text, dans l&apos;ordre)&#xa0;; en fait un classifieur many-to-one (tâche «&#xa0;classify&#xa0;»).</translation>
    </message>
    <message>
        <source>Hidden units (with --text, default: the vocabulary size).</source>
        <translation>Unités cachées (avec --text, par défaut&#xa0;: la taille du vocabulaire).</translation>
    </message>
    <message>
        <source>rnn_tanh, rnn_relu, lstm or gru.</source>
        <translation>rnn_tanh, rnn_relu, lstm ou gru.</translation>
    </message>
    <message>
        <source>Stacked layers, 1-8.</source>
        <translation>Couches empilées, 1-8.</translation>
    </message>
    <message>
        <source>Add nn.Linear(H, V) on the top layer: on or off.</source>
        <translation>Ajouter nn.Linear(H, V) sur la couche du haut&#xa0;: on ou off.</translation>
    </message>
    <message>
        <source>adam or sgd.</source>
        <translation>adam ou sgd.</translation>
    </message>
    <message>
        <source>Learning rate.</source>
        <translation>Taux d&apos;apprentissage.</translation>
    </message>
    <message>
        <source>SGD momentum.</source>
        <translation>Momentum de SGD.</translation>
    </message>
    <message>
        <source>clip_grad_norm_ limit, or &quot;none&quot;.</source>
        <translation>Limite de clip_grad_norm_, ou «&#xa0;none&#xa0;».</translation>
    </message>
    <message>
        <source>torch.manual_seed for the initial weights.</source>
        <translation>torch.manual_seed pour les poids initiaux.</translation>
    </message>
    <message>
        <source>--cell: &quot;%1&quot; is not a cell type: use rnn_tanh, rnn_relu, lstm or gru</source>
        <translation>--cell&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un type de cellule&#xa0;: utilisez rnn_tanh, rnn_relu, lstm ou gru</translation>
    </message>
    <message>
        <source>--output-layer: &quot;%1&quot; is neither on nor off</source>
        <translation>--output-layer&#xa0;: «&#xa0;%1&#xa0;» n&apos;est ni on ni off</translation>
    </message>
    <message>
        <source>--optimizer: &quot;%1&quot; is not an optimizer: use adam or sgd</source>
        <translation>--optimizer&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un optimiseur&#xa0;: utilisez adam ou sgd</translation>
    </message>
    <message>
        <source>give one session file, not %1 (%2)</source>
        <translation>indiquez un seul fichier de session, pas %1 (%2)</translation>
    </message>
    <message>
        <source>give a session file or --text, not both</source>
        <translation>indiquez un fichier de session ou --text, pas les deux</translation>
    </message>
    <message>
        <source>give a session file (SESSION.json) or a text (--text hello); see --help</source>
        <translation>indiquez un fichier de session (SESSION.json) ou un texte (--text hello)&#xa0;; voir --help</translation>
    </message>
    <message>
        <source>--label goes with --text; a session file gives its labels in data.labels</source>
        <translation>--label va avec --text&#xa0;; un fichier de session donne ses étiquettes dans data.labels</translation>
    </message>
    <message>
        <source>note: momentum %1 is ignored: it applies to sgd; Adam&apos;s betas are (0.9, 0.999)</source>
        <translation>remarque&#xa0;: le momentum %1 est ignoré&#xa0;: il s&apos;applique à sgd&#xa0;; les betas d&apos;Adam sont (0.9, 0.999)</translation>
    </message>
    <message>
        <source> (on the command line: --output-layer on, or --hidden-size %1)</source>
        <extracomment>After &quot;… or set model.output_layer to true&quot;; %1 the hidden size the data needs.</extracomment>
        <translation> (en ligne de commande&#xa0;: --output-layer on, ou --hidden-size %1)</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Compare</name>
    <message>
        <source>Train two or three sessions side by side — each its own model (cell, layers, hidden size, output layer, seed), all on the same texts with the same optimizer settings — and print compare mode&apos;s summary table: parameters, the step, its loss, the first step at which every prediction was right, the time per step and the steps per second. The losses and steps are exactly what `rnnlab-cli train SESSION --steps N` prints for each session.

  rnnlab-cli compare one-layer.json two-layers.json --steps 30
  rnnlab-cli compare --preset cells

Exit status: 0 done; 1 a model&apos;s step was refused (the table shows where it stopped); 2 bad input (the sessions do not share texts or optimizer settings, or an option is wrong).</source>
        <translation>Entraîner deux ou trois sessions côte à côte — chacune avec son propre modèle (cellule, couches, taille de l&apos;état caché, couche de sortie, graine), toutes sur les mêmes textes avec les mêmes réglages d&apos;optimiseur — et afficher le tableau récapitulatif du mode comparaison&#xa0;: paramètres, le pas, sa perte, le premier pas où toutes les prédictions étaient justes, le temps par pas et les pas par seconde. Les pertes et les pas sont exactement ce qu&apos;affiche `rnnlab-cli train SESSION --steps N` pour chaque session.

  rnnlab-cli compare one-layer.json two-layers.json --steps 30
  rnnlab-cli compare --preset cells

Code de sortie&#xa0;: 0 terminé&#xa0;; 1 le pas d&apos;un modèle a été refusé (le tableau montre où il s&apos;est arrêté)&#xa0;; 2 entrée invalide (les sessions ne partagent pas les textes ou les réglages d&apos;optimiseur, ou une option est erronée).</translation>
    </message>
    <message>
        <source>Two or three session files (.json).</source>
        <translation>Deux ou trois fichiers de session (.json).</translation>
    </message>
    <message>
        <source>Training steps for every model (default: the sessions&apos; &quot;steps&quot;, which must then agree).</source>
        <translation>Pas d&apos;entraînement pour chaque modèle (par défaut&#xa0;: les &quot;steps&quot; des sessions, qui doivent alors concorder).</translation>
    </message>
    <message>
        <source>Instead of session files: &quot;layers&quot; (1 layer vs 2 layers on hello) or &quot;cells&quot; (rnn_tanh vs lstm vs gru on a 40-character text).</source>
        <translation>Au lieu de fichiers de session&#xa0;: «&#xa0;layers&#xa0;» (1 couche contre 2 couches sur hello) ou «&#xa0;cells&#xa0;» (rnn_tanh contre lstm contre gru sur un texte de 40 caractères).</translation>
    </message>
    <message>
        <source>give session files or --preset, not both</source>
        <translation>indiquez des fichiers de session ou --preset, pas les deux</translation>
    </message>
    <message>
        <source>--preset: &quot;%1&quot; is not a preset: use layers or cells</source>
        <translation>--preset&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un préréglage&#xa0;: utilisez layers ou cells</translation>
    </message>
    <message>
        <source>give two or three session files to compare, not %1 (see rnnlab-cli compare --help)</source>
        <translation>indiquez deux ou trois fichiers de session à comparer, pas %1 (voir rnnlab-cli compare --help)</translation>
    </message>
    <message>
        <source>cannot compare these sessions</source>
        <translation>impossible de comparer ces sessions</translation>
    </message>
    <message>
        <source>training.steps differs between the sessions (%1): give the number of steps to compare with --steps N</source>
        <translation>training.steps diffère entre les sessions (%1)&#xa0;: indiquez le nombre de pas à comparer avec --steps N</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::ExportPytorch</name>
    <message>
        <source>Write the PyTorch script that builds and trains exactly this session&apos;s model, with its weights and optimizer state loaded: `python3 train.py --steps N` (PyTorch 1.13) continues training where the session stopped and prints the lines `rnnlab-cli train SESSION --steps N` prints.

  rnnlab-cli train --text hello --steps 5 --save hello.rnnlab
  rnnlab-cli export-pytorch hello.rnnlab -o train.py
  /usr/bin/python3 train.py --steps 20</source>
        <translation>Écrire le script PyTorch qui construit et entraîne exactement le modèle de cette session, avec ses poids et l&apos;état de son optimiseur chargés&#xa0;: `python3 train.py --steps N` (PyTorch 1.13) reprend l&apos;entraînement là où la session s&apos;est arrêtée et affiche les lignes qu&apos;affiche `rnnlab-cli train SESSION --steps N`.

  rnnlab-cli train --text hello --steps 5 --save hello.rnnlab
  rnnlab-cli export-pytorch hello.rnnlab -o train.py
  /usr/bin/python3 train.py --steps 20</translation>
    </message>
    <message>
        <source>A session file (.rnnlab or .json).</source>
        <translation>Un fichier de session (.rnnlab ou .json).</translation>
    </message>
    <message>
        <source>Write the script here (default: standard output).</source>
        <translation>Écrire le script ici (par défaut&#xa0;: la sortie standard).</translation>
    </message>
    <message>
        <source>wrote %1 (continues from step %2: python3 %3 --steps N)</source>
        <translation>%1 écrit (reprend au pas %2&#xa0;: python3 %3 --steps N)</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Generate</name>
    <message>
        <source>--prime, --temperature and --sample-seed are for texts: a forecast starts from the end of a series (--series K) and feeds back each predicted value</source>
        <translation>--prime, --temperature et --sample-seed sont pour les textes&#xa0;: une prévision part de la fin d&apos;une série (--series K) et réinjecte chaque valeur prédite</translation>
    </message>
    <message>
        <source>A session file (.json), usually one written by train --save.</source>
        <translation>Un fichier de session (.json), en général écrit par train --save.</translation>
    </message>
    <message>
        <source>Train this many steps first (default 0: use the weights as they are).</source>
        <translation>Entraîner d&apos;abord ce nombre de pas (par défaut 0&#xa0;: utiliser les poids tels quels).</translation>
    </message>
    <message>
        <source>this session is a classifier (task &quot;classify&quot;): it predicts one label per text, not the next character, so it cannot continue a prime; use rnnlab-cli train to see its predictions</source>
        <translation>cette session est un classifieur (tâche «&#xa0;classify&#xa0;»)&#xa0;: elle prédit une étiquette par texte, pas le caractère suivant, et ne peut donc pas prolonger une amorce&#xa0;; utilisez rnnlab-cli train pour voir ses prédictions</translation>
    </message>
    <message>
        <source>note: %1 holds untrained weights (step 0): train it with rnnlab-cli train %1 --save %1 first, or give --steps N</source>
        <extracomment>%1 the session file as typed.</extracomment>
        <translation>remarque&#xa0;: %1 contient des poids non entraînés (pas 0)&#xa0;: entraînez-le d&apos;abord avec rnnlab-cli train %1 --save %1, ou indiquez --steps N</translation>
    </message>
    <message numerus="yes">
        <source>--series %1: this session has %n series (1 … %n)</source>
        <extracomment>%1 the number typed; %n how many series the session has (the last number allowed).</extracomment>
        <translation>
            <numerusform>--series %1&#xa0;: cette session a %n série (1 … %n)</numerusform>
            <numerusform>--series %1&#xa0;: cette session a %n séries (1 … %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>--series %1: this session has %2 training and %3 test series (1 … %4: the test series after the training series)</source>
        <extracomment>%1 the number typed, %2 the training series, %3 the test series, %4 their sum.</extracomment>
        <translation>--series %1&#xa0;: cette session a %2 séries d&apos;entraînement et %3 de test (1 … %4&#xa0;: les séries de test après celles d&apos;entraînement)</translation>
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
        <translation>Exécuter le réseau d&apos;une session et afficher ce qu&apos;il produit, selon sa tâche&#xa0;:
  texte (caractère suivant)&#xa0;: faire passer PRIME dans le réseau, puis l&apos;afficher suivi de LENGTH caractères, à chaque fois le caractère suivant le plus probable ou un caractère échantillonné avec --temperature&#xa0;;
  série temporelle (forecast)&#xa0;: parcourir la série K, puis réinjecter chaque valeur prédite comme entrée suivante et afficher LENGTH points prédits, un par ligne (la prévision libre)&#xa0;;
  traduction (translate)&#xa0;: afficher la source de chaque paire (ou PRIME) et sa traduction gloutonne, une paire par ligne.
Les poids sont ceux du fichier&#xa0;: entraînez-le d&apos;abord avec train --save (ou indiquez --steps N).

  rnnlab-cli train --text hello --steps 50 --save hello.json
  rnnlab-cli generate hello.json --prime h --length 4
  rnnlab-cli train sine.json --steps 200 --save sine.json
  rnnlab-cli generate sine.json --length 40
  rnnlab-cli generate reverse-words.json --steps 300 --prime hello</translation>
    </message>
    <message>
        <source>Text: the characters to start from (default: the first text&apos;s first). Translation: a source to translate instead of the pairs&apos;.</source>
        <translation>Texte&#xa0;: les caractères de départ (par défaut&#xa0;: le premier du premier texte). Traduction&#xa0;: une source à traduire au lieu de celles des paires.</translation>
    </message>
    <message>
        <source>Text: the characters to generate; time series: the points to predict (at least 1, default 20).</source>
        <translation>Texte&#xa0;: les caractères à générer&#xa0;; série temporelle&#xa0;: les points à prédire (au moins 1, par défaut 20).</translation>
    </message>
    <message>
        <source>Text: sample from softmax(logits / T) instead of taking the most probable character.</source>
        <translation>Texte&#xa0;: échantillonner selon softmax(logits / T) au lieu de prendre le caractère le plus probable.</translation>
    </message>
    <message>
        <source>Text: the seed of the sampling (default 0).</source>
        <translation>Texte&#xa0;: la graine de l&apos;échantillonnage (par défaut 0).</translation>
    </message>
    <message>
        <source>Time series: the series to continue, counted from 1 as the window counts them: the training series, then the test series (default 1).</source>
        <translation>Série temporelle&#xa0;: la série à prolonger, comptée depuis 1 comme dans la fenêtre&#xa0;: les séries d&apos;entraînement, puis les séries de test (par défaut 1).</translation>
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
        <translation>Transformer un modèle entraîné dans PyTorch en session rnnlab&#xa0;: STATE.json est ce qu&apos;écrit save_state_dict_json() (la fonction utilitaire de chaque script généré par export-pytorch), avec les poids du modèle et, s&apos;il a été enregistré, l&apos;état de l&apos;optimiseur, pour que rnnlab montre le modèle et poursuive son entraînement là où PyTorch s&apos;est arrêté.

  python3 train.py --steps 100 --save-state state.json
  rnnlab-cli import-pytorch state.json -o trained.rnnlab
  rnnlab trained.rnnlab

MODEL.pt est ce qu&apos;écrit torch.save(model.state_dict(), &quot;model.pt&quot;) pour votre propre modèle&#xa0;: un nn.RNN, nn.LSTM ou nn.GRU, puis éventuellement un nn.Linear, sous n&apos;importe quels noms. Il ne contient que des poids&#xa0;: indiquez les textes (--text), l&apos;ordre one-hot (--vocabulary) et, pour un nn.RNN, --cell.

  rnnlab-cli import-pytorch model.pt --text &quot;hello world&quot; --vocabulary &quot; dehlorw&quot; --cell rnn_tanh</translation>
    </message>
    <message>
        <source>The saved state (JSON), or a state_dict saved by torch.save (.pt).</source>
        <translation>L&apos;état enregistré (JSON), ou un state_dict enregistré par torch.save (.pt).</translation>
    </message>
    <message>
        <source>The session file to write (default: STATE.rnnlab beside STATE.json). An existing file is not replaced unless --force is given.</source>
        <translation>Le fichier de session à écrire (par défaut&#xa0;: STATE.rnnlab à côté de STATE.json). Un fichier existant n&apos;est remplacé qu&apos;avec --force.</translation>
    </message>
    <message>
        <source>A training text (repeat for several), when the file has none or to replace its own.</source>
        <translation>Un texte d&apos;entraînement (à répéter pour plusieurs), si le fichier n&apos;en a pas ou pour remplacer les siens.</translation>
    </message>
    <message>
        <source>MODEL.pt: the characters in the order of the model&apos;s one-hot inputs (default: the texts&apos; characters in order of first appearance).</source>
        <translation>MODEL.pt&#xa0;: les caractères dans l&apos;ordre des entrées one-hot du modèle (par défaut&#xa0;: les caractères des textes par ordre de première apparition).</translation>
    </message>
    <message>
        <source>MODEL.pt of an nn.RNN: rnn_tanh or rnn_relu (a state_dict does not record which); LSTM and GRU are told by their shapes.</source>
        <translation>MODEL.pt d&apos;un nn.RNN&#xa0;: rnn_tanh ou rnn_relu (un state_dict ne l&apos;enregistre pas)&#xa0;; LSTM et GRU se reconnaissent à leurs formes.</translation>
    </message>
    <message>
        <source>Replace OUT if it exists.</source>
        <translation>Remplacer OUT s&apos;il existe.</translation>
    </message>
    <message>
        <source>give one STATE.json (written by save_state_dict_json) or MODEL.pt (torch.save); see --help</source>
        <translation>indiquez un STATE.json (écrit par save_state_dict_json) ou un MODEL.pt (torch.save)&#xa0;; voir --help</translation>
    </message>
    <message>
        <source>--cell: &quot;%1&quot; is not a cell: use rnn_tanh, rnn_relu, lstm or gru</source>
        <translation>--cell&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une cellule&#xa0;: utilisez rnn_tanh, rnn_relu, lstm ou gru</translation>
    </message>
    <message>
        <source>--vocabulary and --cell are for a .pt file; a JSON state names its own</source>
        <translation>--vocabulary et --cell sont pour un fichier .pt&#xa0;; un état JSON indique les siens</translation>
    </message>
    <message>
        <source>--text TEXT (once per text)</source>
        <translation>--text TEXT (une fois par texte)</translation>
    </message>
    <message>
        <source>give %1</source>
        <translation>indiquez %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 exists: choose another name with -o, or --force to replace it</source>
        <translation>%1 existe&#xa0;: choisissez un autre nom avec -o, ou --force pour le remplacer</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1: %2, hidden size %3, %4, %5, %6, after %n steps</source>
        <extracomment>%1 the file, %2 the cell (rnn_tanh, lstm, …), %3 the hidden size, %4 &quot;1 layer&quot; or &quot;2 layers&quot;, %5 &quot;with an output layer&quot; or &quot;no output layer&quot;, %6 the optimizer (adam, sgd), %n the steps.</extracomment>
        <translation>
            <numerusform>%1 écrit&#xa0;: %2, taille de l&apos;état caché %3, %4, %5, %6, après %n pas</numerusform>
            <numerusform>%1 écrit&#xa0;: %2, taille de l&apos;état caché %3, %4, %5, %6, après %n pas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Main</name>
    <message>
        <source>Train a session (or --text TEXT) and print one line per step</source>
        <translation>Entraîner une session (ou --text TEXT) et afficher une ligne par pas</translation>
    </message>
    <message>
        <source>Continue a prime string with a session&apos;s weights</source>
        <translation>Prolonger une amorce avec les poids d&apos;une session</translation>
    </message>
    <message>
        <source>Measure training speed (steps per second) as JSON</source>
        <translation>Mesurer la vitesse d&apos;entraînement (pas par seconde) en JSON</translation>
    </message>
    <message>
        <source>Validate a session file and describe it</source>
        <translation>Valider un fichier de session et le décrire</translation>
    </message>
    <message>
        <source>Train two or three sessions side by side and print a summary table</source>
        <translation>Entraîner deux ou trois sessions côte à côte et afficher un tableau récapitulatif</translation>
    </message>
    <message>
        <source>Write the PyTorch script that continues training a session</source>
        <translation>Écrire le script PyTorch qui poursuit l&apos;entraînement d&apos;une session</translation>
    </message>
    <message>
        <source>Turn a state saved by that script&apos;s helper into a session</source>
        <translation>Transformer en session un état enregistré par l&apos;utilitaire de ce script</translation>
    </message>
    <message>
        <source>Write what a network remembers (influence, PCA, units) as JSON</source>
        <translation>Écrire en JSON ce dont un réseau se souvient (influence, ACP, unités)</translation>
    </message>
    <message>
        <source>Train for a long run, watching memory, NaNs and step time</source>
        <translation>Entraîner longtemps en surveillant la mémoire, les NaN et le temps par pas</translation>
    </message>
    <message>
        <source>Write a time-series session from a generated wave (sine, square, ...)</source>
        <translation>Écrire une session de série temporelle à partir d&apos;une onde générée (sinus, carré, ...)</translation>
    </message>
    <message>
        <source>Write a translation session from a file of source&lt;Tab&gt;target pairs</source>
        <translation>Écrire une session de traduction à partir d&apos;un fichier de paires source&lt;Tab&gt;cible</translation>
    </message>
    <message>
        <source>Usage: rnnlab-cli &lt;command&gt; [options]</source>
        <translation>Utilisation&#xa0;: rnnlab-cli &lt;commande&gt; [options]</translation>
    </message>
    <message>
        <source>rnnlab&apos;s engine without the window: the numbers are PyTorch 1.13&apos;s.</source>
        <translation>Le moteur de rnnlab sans la fenêtre&#xa0;: les nombres sont ceux de PyTorch 1.13.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>the lecture&apos;s example</source>
        <translation>l&apos;exemple du cours</translation>
    </message>
    <message>
        <source>a command&apos;s options</source>
        <translation>les options d&apos;une commande</translation>
    </message>
    <message>
        <source>Every command takes --language CODE (%1); without it, the
window&apos;s View &gt; Language, else the system&apos;s. Numbers stay in the C locale.</source>
        <translation>Chaque commande accepte --language CODE (%1)&#xa0;; sans elle, la langue
d&apos;Affichage &gt; Langue de la fenêtre, sinon celle du système. Les nombres restent en locale C.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>The end of a list: &quot;train, generate, … and soak&quot; (%1: all but the last, %2: the last).</extracomment>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>--language needs a value: %1</source>
        <translation>--language attend une valeur&#xa0;: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command; the commands are %2 (see rnnlab-cli --help)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une commande&#xa0;; les commandes sont %2 (voir rnnlab-cli --help)</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::NewForecast</name>
    <message>
        <source>The session file to write.</source>
        <translation>Le fichier de session à écrire.</translation>
    </message>
    <message>
        <source>sine (default), square, sawtooth, triangle or two_sines.</source>
        <translation>sine (par défaut), square, sawtooth, triangle ou two_sines.</translation>
    </message>
    <message>
        <source>Time steps per period (default 20).</source>
        <translation>Pas de temps par période (par défaut 20).</translation>
    </message>
    <message>
        <source>Default 1.</source>
        <translation>Par défaut 1.</translation>
    </message>
    <message>
        <source>Radians (default 0).</source>
        <translation>Radians (par défaut 0).</translation>
    </message>
    <message>
        <source>Points (default 100).</source>
        <translation>Points (par défaut 100).</translation>
    </message>
    <message>
        <source>two_sines: the second sine&apos;s period (default 7).</source>
        <translation>two_sines&#xa0;: la période du second sinus (par défaut 7).</translation>
    </message>
    <message>
        <source>two_sines: its amplitude (default 0.5).</source>
        <translation>two_sines&#xa0;: son amplitude (par défaut 0.5).</translation>
    </message>
    <message>
        <source>Standard deviation of Gaussian noise (default 0).</source>
        <translation>Écart-type du bruit gaussien (par défaut 0).</translation>
    </message>
    <message>
        <source>Seed of the noise (default 0).</source>
        <translation>Graine du bruit (par défaut 0).</translation>
    </message>
    <message>
        <source>rnn_tanh, rnn_relu, lstm (default) or gru.</source>
        <translation>rnn_tanh, rnn_relu, lstm (par défaut) ou gru.</translation>
    </message>
    <message>
        <source>Hidden units (default 16).</source>
        <translation>Unités cachées (par défaut 16).</translation>
    </message>
    <message>
        <source>Stacked layers (default 1).</source>
        <translation>Couches empilées (par défaut 1).</translation>
    </message>
    <message>
        <source>Replace OUT if it exists.</source>
        <translation>Remplacer OUT s&apos;il existe.</translation>
    </message>
    <message>
        <source>--wave: &quot;%1&quot; is not a wave: use sine, square, sawtooth, triangle or two_sines</source>
        <translation>--wave&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une onde&#xa0;: utilisez sine, square, sawtooth, triangle ou two_sines</translation>
    </message>
    <message>
        <source>--cell: &quot;%1&quot; is not a cell type: use rnn_tanh, rnn_relu, lstm or gru</source>
        <translation>--cell&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un type de cellule&#xa0;: utilisez rnn_tanh, rnn_relu, lstm ou gru</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not KIND:AT[:LENGTH[:SIZE]] with KIND spike, level_shift or flat (e.g. spike:61:1:3)</source>
        <translation>--%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas KIND:AT[:LENGTH[:SIZE]] avec KIND spike, level_shift ou flat (p. ex. spike:61:1:3)</translation>
    </message>
    <message>
        <source>--%1 %2: the point %3 is outside the series (1 … %4): AT counts from 1, as the window counts</source>
        <extracomment>%1 the option, %2 its value as typed (spike:500), %3 the point, %4 the series&apos; length.</extracomment>
        <translation>--%1 %2&#xa0;: le point %3 est hors de la série (1 … %4)&#xa0;: AT compte depuis 1, comme dans la fenêtre</translation>
    </message>
    <message>
        <source>--%1 %2: the point %3 is outside the series (%4 … %5)</source>
        <extracomment>%1 the option, %2 its value as typed (spike:500), %3 the point, %4 … %5 the points of the series.</extracomment>
        <translation>--%1 %2&#xa0;: le point %3 est hors de la série (%4 … %5)</translation>
    </message>
    <message>
        <source>Write a time-series session (task &quot;forecast&quot;): a wave from the signal generator as its training series (and, with --test-anomaly, the same wave with an anomaly as its test series), an LSTM with Linear(H, 1) and MSELoss. The numbers are stored in the session; the generator is recorded beside them.

  rnnlab-cli new-forecast --wave sine --period 20 --length 120 --test-anomaly spike:71:1:2 -o sine.json
  rnnlab-cli train sine.json --steps 200 --save sine.json
  rnnlab-cli generate sine.json --length 40

train changes its file only with --save: without it, generate would use the untrained weights.</source>
        <translation>Écrire une session de série temporelle (tâche «&#xa0;forecast&#xa0;»)&#xa0;: une onde du générateur de signal comme série d&apos;entraînement (et, avec --test-anomaly, la même onde avec une anomalie comme série de test), un LSTM avec Linear(H, 1) et MSELoss. Les nombres sont stockés dans la session&#xa0;; le générateur est enregistré à côté.

  rnnlab-cli new-forecast --wave sine --period 20 --length 120 --test-anomaly spike:71:1:2 -o sine.json
  rnnlab-cli train sine.json --steps 200 --save sine.json
  rnnlab-cli generate sine.json --length 40

train ne modifie son fichier qu&apos;avec --save&#xa0;: sans cette option, generate utiliserait les poids non entraînés.</translation>
    </message>
    <message>
        <source>An anomaly in the training series: KIND:AT[:LENGTH[:SIZE]], AT the point counted from 1 (as the window&apos;s time axis; e.g. spike:71:1:2).</source>
        <translation>Une anomalie dans la série d&apos;entraînement&#xa0;: KIND:AT[:LENGTH[:SIZE]], AT le point compté depuis 1 (comme sur l&apos;axe du temps de la fenêtre&#xa0;; p. ex. spike:71:1:2).</translation>
    </message>
    <message>
        <source>Add a test series: the same wave with this anomaly (e.g. spike:71:1:2: a spike of 2 at point 71, counted from 1).</source>
        <translation>Ajouter une série de test&#xa0;: la même onde avec cette anomalie (p. ex. spike:71:1:2&#xa0;: un pic de 2 au point 71, compté depuis 1).</translation>
    </message>
    <message>
        <source>--length %1: a series needs at least 2 points (one to read, the next to predict)</source>
        <translation>--length %1&#xa0;: une série a besoin d&apos;au moins 2 points (un à lire, le suivant à prédire)</translation>
    </message>
    <message>
        <source>--length %1 with --test-anomaly: the training and the test series have %2 points in all, and the limit is %3</source>
        <extracomment>%1 the length typed, %2 the points of both series, %3 the limit.</extracomment>
        <translation>--length %1 avec --test-anomaly&#xa0;: les séries d&apos;entraînement et de test ont %2 points en tout, et la limite est %3</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1: wave %2, %n points, and a test series with %3</source>
        <extracomment>%1 the file, %2 the wave (sine, square, …), %n its points, %3 the test anomaly as typed (spike:70:1:2).</extracomment>
        <translation>
            <numerusform>%1 écrit&#xa0;: onde %2, %n point et une série de test avec %3</numerusform>
            <numerusform>%1 écrit&#xa0;: onde %2, %n points et une série de test avec %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %1: wave %2, %n points, no test series (--test-anomaly adds one)</source>
        <extracomment>%1 the file, %2 the wave (sine, square, …), %n its points.</extracomment>
        <translation>
            <numerusform>%1 écrit&#xa0;: onde %2, %n point, sans série de test (--test-anomaly en ajoute une)</numerusform>
            <numerusform>%1 écrit&#xa0;: onde %2, %n points, sans série de test (--test-anomaly en ajoute une)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Soak</name>
    <message>
        <source>Train for a long run on one thread and watch resident memory (/proc/self/statm), non-finite losses and the step time. Prints one line per sample, then one JSON object. Exit status 1 when memory grew by more than --max-growth-kib after the warm-up or a step was not finite. Without a session: the lecture&apos;s example.

  rnnlab-cli soak --steps 1000000
  rnnlab-cli soak tests/data/soak/lstm_h128_text500.json --steps 10000</source>
        <translation>Entraîner longtemps sur un seul thread en surveillant la mémoire résidente (/proc/self/statm), les pertes non finies et le temps par pas. Affiche une ligne par échantillon, puis un objet JSON. Code de sortie 1 si la mémoire a augmenté de plus de --max-growth-kib après le préchauffage ou si un pas n&apos;était pas fini. Sans session&#xa0;: l&apos;exemple du cours.

  rnnlab-cli soak --steps 1000000
  rnnlab-cli soak tests/data/soak/lstm_h128_text500.json --steps 10000</translation>
    </message>
    <message>
        <source>Training steps (default 1000000).</source>
        <translation>Pas d&apos;entraînement (par défaut 1000000).</translation>
    </message>
    <message>
        <source>Memory and step-time samples over the run (default 100).</source>
        <translation>Échantillons de mémoire et de temps par pas sur l&apos;exécution (par défaut 100).</translation>
    </message>
    <message>
        <source>Steps before the reference sample (default: 5% of --steps, at least 1).</source>
        <translation>Pas avant l&apos;échantillon de référence (par défaut&#xa0;: 5 % de --steps, au moins 1).</translation>
    </message>
    <message>
        <source>Allowed growth of resident memory after the warm-up, in KiB (default 1024).</source>
        <translation>Croissance permise de la mémoire résidente après le préchauffage, en Kio (par défaut 1024).</translation>
    </message>
    <message>
        <source>Only the JSON summary, not the samples.</source>
        <translation>Seulement le résumé JSON, pas les échantillons.</translation>
    </message>
    <message>
        <source>could not read /proc/self/statm: resident memory was not measured</source>
        <translation>impossible de lire /proc/self/statm&#xa0;: la mémoire résidente n&apos;a pas été mesurée</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Train</name>
    <message>
        <source>Train a session and print one line per step: the step, the loss and the predicted string of each text, from that step&apos;s forward pass (before the update), as the lecture&apos;s PyTorch loop prints them; for a time series (task &quot;forecast&quot;), the mean absolute error of its predicted next values.

  rnnlab-cli train --text hello                 the lecture&apos;s example (10 steps)
  rnnlab-cli train SESSION.json --steps 200 --save trained.json

Exit status: 0 done; 1 a step was refused (the loss or gradients diverged; the weights of the last good step are kept and saved with --save) or a file could not be written; 2 bad input.</source>
        <translation>Entraîner une session et afficher une ligne par pas&#xa0;: le pas, la perte et la chaîne prédite de chaque texte, issus de la propagation avant de ce pas (avant la mise à jour), comme les affiche la boucle PyTorch du cours&#xa0;; pour une série temporelle (tâche «&#xa0;forecast&#xa0;»), l&apos;erreur absolue moyenne de ses valeurs suivantes prédites.

  rnnlab-cli train --text hello                 l&apos;exemple du cours (10 pas)
  rnnlab-cli train SESSION.json --steps 200 --save trained.json

Code de sortie&#xa0;: 0 terminé&#xa0;; 1 un pas a été refusé (la perte ou les gradients ont divergé&#xa0;; les poids du dernier bon pas sont conservés et enregistrés avec --save) ou un fichier n&apos;a pas pu être écrit&#xa0;; 2 entrée invalide.</translation>
    </message>
    <message>
        <source>Training steps (default: the session&apos;s &quot;steps&quot;, 10 for --text).</source>
        <translation>Pas d&apos;entraînement (par défaut&#xa0;: &quot;steps&quot; de la session, 10 avec --text).</translation>
    </message>
    <message>
        <source>Write the weights, step-1 hidden states, logits and gradients, every step&apos;s loss and predictions, and the final weights as JSON (the goldens&apos; format).</source>
        <translation>Écrire en JSON les poids, les états cachés, logits et gradients du pas 1, la perte et les prédictions de chaque pas, et les poids finaux (le format des fichiers de référence).</translation>
    </message>
    <message>
        <source>Print only the last step.</source>
        <translation>N&apos;afficher que le dernier pas.</translation>
    </message>
    <message>
        <source>cannot write %1: the trace holds a number that is not finite (inf or nan), which JSON cannot hold; nothing was written</source>
        <translation>impossible d&apos;écrire %1&#xa0;: la trace contient un nombre non fini (inf ou nan), que JSON ne peut pas représenter&#xa0;; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>Write the trained session: its weights, optimizer state and loss history (the session&apos;s own and this run&apos;s), so that training it continues exactly where this run stopped and rnnlab shows its past. Without it the session file is not changed.</source>
        <translation>Écrire la session entraînée&#xa0;: ses poids, l&apos;état de l&apos;optimiseur et l&apos;historique de la perte (celui de la session et celui de cette exécution), pour que son entraînement reprenne exactement là où cette exécution s&apos;est arrêtée et que rnnlab montre son passé. Sans cette option, le fichier de session n&apos;est pas modifié.</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Translate</name>
    <message>
        <source>cannot write %1: the trace holds a number that is not finite (inf or nan), which JSON cannot hold; nothing was written</source>
        <translation>impossible d&apos;écrire %1&#xa0;: la trace contient un nombre non fini (inf ou nan), que JSON ne peut pas représenter&#xa0;; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>--prime is empty: give the source to translate</source>
        <translation>--prime est vide&#xa0;: indiquez la source à traduire</translation>
    </message>
    <message>
        <source>--prime has %1, which is not in the source vocabulary &quot;%2&quot;: a translation reads only those characters</source>
        <extracomment>%1 the character, described by the engine in English (&quot;&apos;x&apos; (U+0078)&quot;).</extracomment>
        <translation>--prime contient %1, qui n&apos;est pas dans le vocabulaire source «&#xa0;%2&#xa0;»&#xa0;: une traduction ne lit que ces caractères</translation>
    </message>
    <message>
        <source>Write a translation session (task &quot;translate&quot;, an encoder-decoder) from a file of pairs, one a line: source&lt;Tab&gt;target in UTF-8 (empty lines are skipped). A line without a tab or a target, with more than one tab, an empty source, or &lt;sos&gt;/&lt;eos&gt; in its text is refused, naming the line. Default model: GRU, 24 hidden units, 1 layer, Adam at 0.02, seed 1, 300 steps (the shipped examples&apos;).

  rnnlab-cli new-translate --pairs words.tsv -o words.json
  rnnlab-cli train words.json --quiet --save trained.json
  rnnlab-cli generate trained.json --prime hello</source>
        <translation>Écrire une session de traduction (tâche «&#xa0;translate&#xa0;», un encodeur-décodeur) à partir d&apos;un fichier de paires, une par ligne&#xa0;: source&lt;Tab&gt;cible en UTF-8 (les lignes vides sont ignorées). Une ligne sans tabulation ou sans cible, avec plus d&apos;une tabulation, une source vide, ou &lt;sos&gt;/&lt;eos&gt; dans son texte est refusée, avec son numéro. Modèle par défaut&#xa0;: GRU, 24 unités cachées, 1 couche, Adam à 0.02, graine 1, 300 pas (comme les exemples fournis).

  rnnlab-cli new-translate --pairs words.tsv -o words.json
  rnnlab-cli train words.json --quiet --save trained.json
  rnnlab-cli generate trained.json --prime hello</translation>
    </message>
    <message>
        <source>The session file to write.</source>
        <translation>Le fichier de session à écrire.</translation>
    </message>
    <message>
        <source>The pairs: one source&lt;Tab&gt;target a line (UTF-8).</source>
        <translation>Les paires&#xa0;: une source&lt;Tab&gt;cible par ligne (UTF-8).</translation>
    </message>
    <message>
        <source>The encoder&apos;s characters in input order (default: the sources&apos; in order of first use).</source>
        <translation>Les caractères de l&apos;encodeur dans l&apos;ordre d&apos;entrée (par défaut&#xa0;: ceux des sources, par ordre de première apparition).</translation>
    </message>
    <message>
        <source>The target characters after &lt;sos&gt;, &lt;eos&gt; (default: the targets&apos; in order of first use).</source>
        <translation>Les caractères cibles après &lt;sos&gt;, &lt;eos&gt; (par défaut&#xa0;: ceux des cibles, par ordre de première apparition).</translation>
    </message>
    <message>
        <source>The session&apos;s training steps (default 300).</source>
        <translation>Les pas d&apos;entraînement de la session (par défaut 300).</translation>
    </message>
    <message>
        <source>Replace OUT if it exists.</source>
        <translation>Remplacer OUT s&apos;il existe.</translation>
    </message>
    <message>
        <source>Hidden units of the encoder and the decoder (default 24).</source>
        <translation>Unités cachées de l&apos;encodeur et du décodeur (par défaut 24).</translation>
    </message>
    <message>
        <source>new-translate reads its pairs from --pairs FILE.tsv, not from &quot;%1&quot;</source>
        <translation>new-translate lit ses paires depuis --pairs FILE.tsv, pas depuis «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>give the file of pairs: --pairs FILE.tsv (one source&lt;Tab&gt;target a line)</source>
        <translation>indiquez le fichier de paires&#xa0;: --pairs FILE.tsv (une source&lt;Tab&gt;cible par ligne)</translation>
    </message>
    <message>
        <source>%1: there is no pair: each line is one pair, source&lt;Tab&gt;target</source>
        <translation>%1&#xa0;: aucune paire&#xa0;: chaque ligne est une paire, source&lt;Tab&gt;cible</translation>
    </message>
    <message>
        <source>rnnlab-cli %1 does not run a translation session (task &quot;translate&quot;) yet: use rnnlab-cli train (with --trace) or rnnlab-cli generate (with --prime SOURCE)</source>
        <translation>rnnlab-cli %1 n&apos;exécute pas encore de session de traduction (tâche «&#xa0;translate&#xa0;»)&#xa0;: utilisez rnnlab-cli train (avec --trace) ou rnnlab-cli generate (avec --prime SOURCE)</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1: %n pairs (the first: %2 → %3); train it with rnnlab-cli train %1</source>
        <extracomment>%1 the file written, %n its pairs, %2 → %3 the first pair (source → target).</extracomment>
        <translation>
            <numerusform>%1 écrit&#xa0;: %n paire (la première&#xa0;: %2 → %3)&#xa0;; entraînez-le avec rnnlab-cli train %1</numerusform>
            <numerusform>%1 écrit&#xa0;: %n paires (la première&#xa0;: %2 → %3)&#xa0;; entraînez-le avec rnnlab-cli train %1</numerusform>
        </translation>
    </message>
</context>
</TS>
