<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>GraphCaption</name>
    <message>
        <source>Untrained</source>
        <translation>Sin entrenar</translation>
    </message>
    <message>
        <source>1 training step</source>
        <translation>1 paso de entrenamiento</translation>
    </message>
    <message>
        <source>%1 training steps</source>
        <translation>%1 pasos de entrenamiento</translation>
    </message>
    <message>
        <source>series %1 of %2, </source>
        <translation>serie %1 de %2, </translation>
    </message>
    <message>
        <source>the outputs are not numbers (NaN): the run diverged</source>
        <translation>las salidas no son números (NaN): el entrenamiento divergió</translation>
    </message>
    <message>
        <source>t = %1: x = %2 → y = %3 (next value %4)</source>
        <translation>t = %1: x = %2 → y = %3 (valor siguiente %4)</translation>
    </message>
    <message>
        <source>each y_t predicts the next value x_{t+1}</source>
        <translation>cada y_t predice el valor siguiente x_{t+1}</translation>
    </message>
    <message>
        <source>W_hh = 0 — </source>
        <translation>W_hh = 0 — </translation>
    </message>
    <message>
        <source>What if W_hh = 0? No memory — </source>
        <translation>¿Y si W_hh = 0? Sin memoria — </translation>
    </message>
    <message>
        <source>Untrained (the seed&apos;s initial weights)</source>
        <translation>Sin entrenar (pesos iniciales de la semilla)</translation>
    </message>
    <message>
        <source>After 1 training step</source>
        <translation>Tras 1 paso de entrenamiento</translation>
    </message>
    <message>
        <source>After %1 training steps</source>
        <translation>Tras %1 pasos de entrenamiento</translation>
    </message>
    <message>
        <source>Folded. t = %1: ‘%2’ → %3 ‘%4’ %5</source>
        <translation>Plegada. t = %1: ‘%2’ → %3 ‘%4’ %5</translation>
    </message>
    <message>
        <source>Folded: one cell, used at every time step. t = %1: ‘%2’ → %3 ‘%4’ %5</source>
        <translation>Plegada: una celda, usada en cada paso temporal. t = %1: ‘%2’ → %3 ‘%4’ %5</translation>
    </message>
    <message>
        <source>would say</source>
        <translation>diría</translation>
    </message>
    <message>
        <source>predicts</source>
        <translation>predice</translation>
    </message>
    <message>
        <source>(not scored)</source>
        <translation>(sin puntuar)</translation>
    </message>
    <message>
        <source>✗ (should be ‘%1’)</source>
        <translation>✗ (debería ser ‘%1’)</translation>
    </message>
    <message>
        <source>text %1 of %2, </source>
        <translation>texto %1 de %2, </translation>
    </message>
    <message>
        <source>“%1” → %2 %3 (label: %4)</source>
        <translation>“%1” → %2 %3 (etiqueta: %4)</translation>
    </message>
    <message>
        <source>“%1” → “%2”, %3 of %4 right</source>
        <translation>“%1” → “%2”, %3 de %4 aciertos</translation>
    </message>
    <message>
        <source> · loss at t = %3: %1 (mean %2)</source>
        <translation> · pérdida en t = %3: %1 (media %2)</translation>
    </message>
    <message>
        <source> · loss %1</source>
        <translation> · pérdida %1</translation>
    </message>
    <message>
        <source>: the outputs are hidden — predict first, then reveal (Lesson)</source>
        <translation>: las salidas están ocultas — primero predice, luego revela (Lección)</translation>
    </message>
    <message>
        <source>Drawn as %1 — </source>
        <translation>Dibujada como %1 — </translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>gates</source>
        <translation>compuertas</translation>
    </message>
    <message>
        <source>test series %1 (never trained on), </source>
        <translation>serie de prueba %1 (nunca usada para entrenar), </translation>
    </message>
    <message>
        <source>its MSE %1 (not in the training loss) · mean absolute error %2</source>
        <translation>su MSE %1 (no entra en la pérdida de entrenamiento) · error absoluto medio %2</translation>
    </message>
    <message>
        <source>loss (MSE) %1 · mean absolute error %2</source>
        <translation>pérdida (MSE) %1 · error absoluto medio %2</translation>
    </message>
    <message>
        <source>y_t: the network&apos;s prediction of the next value</source>
        <translation>y_t: la predicción de la red del valor siguiente</translation>
    </message>
    <message>
        <source>x_{t+1}: the true next value, its target</source>
        <translation>x_{t+1}: el valor siguiente real, su objetivo</translation>
    </message>
    <message>
        <source>test series %1, never trained on · MSE %2</source>
        <translation>serie de prueba %1, nunca usada para entrenar · MSE %2</translation>
    </message>
    <message>
        <source>test series %1: the outputs are not numbers (NaN)</source>
        <translation>serie de prueba %1: las salidas no son números (NaN)</translation>
    </message>
    <message>
        <source>training series, </source>
        <translation>serie de entrenamiento, </translation>
    </message>
    <message>
        <source>flagged: error² &gt; threshold</source>
        <translation>marcado: error² &gt; umbral</translation>
    </message>
    <message>
        <source>greedy</source>
        <translation>voraz</translation>
    </message>
    <message>
        <source>sampled, temperature %1, seed %2</source>
        <translation>muestreo, temperatura %1, semilla %2</translation>
    </message>
    <message>
        <source>generating (%1): “%2”</source>
        <translation>generando (%1): “%2”</translation>
    </message>
    <message>
        <source>generating (%1), each pick fed back: “%2”</source>
        <translation>generando (%1), cada elección realimentada: “%2”</translation>
    </message>
    <message>
        <source> · parts from the text at t = %1</source>
        <translation> · se aparta del texto en t = %1</translation>
    </message>
    <message>
        <source> · parts from the training text “%1” at t = %2 (✗)</source>
        <translation> · se aparta del texto de entrenamiento “%1” en t = %2 (✗)</translation>
    </message>
    <message>
        <source> · as the text</source>
        <translation> · como el texto</translation>
    </message>
    <message>
        <source> · as the training text all the way</source>
        <translation> · como el texto de entrenamiento hasta el final</translation>
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
        <translation>el modo comparación entrena %1 o %2 modelos en paralelo, no %3 (más no caben en una pantalla): indica dos o tres sesiones</translation>
    </message>
    <message>
        <source>differs between the compared sessions (%1): compared models train on the same data, so that only the models differ and learn the same thing; give every session the same &quot;task&quot;</source>
        <translation>difiere entre las sesiones comparadas (%1): los modelos comparados entrenan con los mismos datos, para que solo difieran los modelos y aprendan lo mismo; usa el mismo &quot;task&quot; en todas las sesiones</translation>
    </message>
    <message>
        <source>differs between the compared sessions (%1): compared models train on the same data, so that only the models differ; give every session the same &quot;texts&quot;</source>
        <translation>difiere entre las sesiones comparadas (%1): los modelos comparados entrenan con los mismos datos, para que solo difieran los modelos; usa el mismo &quot;texts&quot; en todas las sesiones</translation>
    </message>
    <message>
        <source>&quot;forecast&quot; (a time series) cannot be compared yet: compare mode compares models of texts; train each time-series session with rnnlab-cli train</source>
        <translation>&quot;forecast&quot; (una serie temporal) aún no se puede comparar: el modo comparación compara modelos de textos; entrena cada sesión de serie temporal con rnnlab-cli train</translation>
    </message>
    <message>
        <source>&quot;translate&quot; (an encoder–decoder) cannot be compared yet: train each translation session with rnnlab-cli train</source>
        <translation>&quot;translate&quot; (un codificador–decodificador) aún no se puede comparar: entrena cada sesión de traducción con rnnlab-cli train</translation>
    </message>
    <message>
        <source>differs between the compared sessions (%1): compared models train on the same data, so that only the models differ (the same class for each text); give every session the same &quot;labels&quot;</source>
        <translation>difiere entre las sesiones comparadas (%1): los modelos comparados entrenan con los mismos datos, para que solo difieran los modelos (la misma clase para cada texto); usa el mismo &quot;labels&quot; en todas las sesiones</translation>
    </message>
    <message>
        <source>differs between the compared sessions (%1): compared models train on the same data, so that only the models differ (the output units in the same order); give every session the same &quot;classes&quot;, or none</source>
        <translation>difiere entre las sesiones comparadas (%1): los modelos comparados entrenan con los mismos datos, para que solo difieran los modelos (las unidades de salida en el mismo orden); usa el mismo &quot;classes&quot; en todas las sesiones, o ninguno</translation>
    </message>
    <message>
        <source>differs between the compared sessions (%1): compared models train on the same data, so that only the models differ (one-hot inputs in the same order); give every session the same &quot;vocabulary&quot;, or none</source>
        <translation>difiere entre las sesiones comparadas (%1): los modelos comparados entrenan con los mismos datos, para que solo difieran los modelos (entradas one-hot en el mismo orden); usa el mismo &quot;vocabulary&quot; en todas las sesiones, o ninguno</translation>
    </message>
    <message>
        <source>differs between the compared sessions (%1): compared models train with the same optimizer settings, so that only the models differ; give every session the same &quot;optimizer&quot;</source>
        <translation>difiere entre las sesiones comparadas (%1): los modelos comparados entrenan con la misma configuración del optimizador, para que solo difieran los modelos; usa el mismo &quot;optimizer&quot; en todas las sesiones</translation>
    </message>
    <message>
        <source>differs between the compared sessions (%1): compared models train with the same optimizer settings, so that only the models differ; give every session the same &quot;learning_rate&quot;</source>
        <translation>difiere entre las sesiones comparadas (%1): los modelos comparados entrenan con la misma configuración del optimizador, para que solo difieran los modelos; usa el mismo &quot;learning_rate&quot; en todas las sesiones</translation>
    </message>
    <message>
        <source>differs between the compared sessions (%1): compared models train with the same optimizer settings, so that only the models differ; give every session the same &quot;momentum&quot;</source>
        <translation>difiere entre las sesiones comparadas (%1): los modelos comparados entrenan con la misma configuración del optimizador, para que solo difieran los modelos; usa el mismo &quot;momentum&quot; en todas las sesiones</translation>
    </message>
    <message>
        <source>differs between the compared sessions (%1): compared models train with the same optimizer settings, so that only the models differ; give every session the same &quot;clip_grad_norm&quot; (or null in each)</source>
        <translation>difiere entre las sesiones comparadas (%1): los modelos comparados entrenan con la misma configuración del optimizador, para que solo difieran los modelos; usa el mismo &quot;clip_grad_norm&quot; en todas las sesiones (o null en todas)</translation>
    </message>
    <message>
        <source>differs between the compared sessions (%1): lock step shows step N of every model side by side; give every session the same starting step (leave &quot;optimizer_state&quot; out to start from step 0)</source>
        <translation>difiere entre las sesiones comparadas (%1): el paso sincronizado muestra el paso N de cada modelo en paralelo; da a todas las sesiones el mismo paso inicial (omite &quot;optimizer_state&quot; para empezar desde el paso 0)</translation>
    </message>
    <message>
        <source>is empty: give at least one character to start from</source>
        <translation>está vacío: indica al menos un carácter desde el que empezar</translation>
    </message>
    <message>
        <source>uses %1, which the vocabulary (&quot;%2&quot;) does not have: the network only knows the characters of its texts</source>
        <translation>usa %1, que el vocabulario (&quot;%2&quot;) no tiene: la red solo conoce los caracteres de sus textos</translation>
    </message>
    <message>
        <source>%1 is out of range: it must be between 0 and %2</source>
        <translation>%1 está fuera de rango: debe estar entre 0 y %2</translation>
    </message>
    <message>
        <source>must be a finite number &gt; 0 (1 samples from the network&apos;s own probabilities; smaller is more conservative); leave it out for greedy</source>
        <translation>debe ser un número finito &gt; 0 (1 muestrea con las propias probabilidades de la red; menos es más conservador); omítelo para el modo voraz</translation>
    </message>
    <message>
        <source>%1 is out of range: it must be between 1 and %2 (rnnlab draws every hidden unit; larger networks cannot be shown and train too slowly to watch)</source>
        <translation>%1 está fuera de rango: debe estar entre 1 y %2 (rnnlab dibuja cada unidad oculta; las redes mayores no caben en pantalla y entrenan demasiado despacio para seguirlas)</translation>
    </message>
    <message>
        <source>%1 is out of range: it must be between 1 and %2 (the stacked view draws every layer; deeper stacks do not fit on screen)</source>
        <translation>%1 está fuera de rango: debe estar entre 1 y %2 (la vista apilada dibuja cada capa; más capas no caben en pantalla)</translation>
    </message>
    <message>
        <source>%1 is not allowed: the learning rate must be a finite number ≥ 0 (0.1 for Adam in the lecture; try 0.001 to 0.5)</source>
        <translation>%1 no es válido: la tasa de aprendizaje debe ser un número finito ≥ 0 (0.1 para Adam en la clase; prueba de 0.001 a 0.5)</translation>
    </message>
    <message>
        <source>%1 is not allowed: momentum must be a finite number ≥ 0 (0.9 is usual; 0 turns it off)</source>
        <translation>%1 no es válido: el momento debe ser un número finito ≥ 0 (lo habitual es 0.9; 0 lo desactiva)</translation>
    </message>
    <message>
        <source>%1 is not allowed: the gradient-norm limit must be a finite number &gt; 0, or null for no clipping</source>
        <translation>%1 no es válido: el límite de la norma del gradiente debe ser un número finito &gt; 0, o null para no recortar</translation>
    </message>
    <message>
        <source>is given twice</source>
        <translation>aparece dos veces</translation>
    </message>
    <message>
        <source>is not a parameter of this model; it has %1</source>
        <translation>no es un parámetro de este modelo, que tiene %1</translation>
    </message>
    <message>
        <source>has shape %1 but this model needs %2 (as PyTorch&apos;s state_dict)</source>
        <translation>tiene forma %1 pero este modelo necesita %2 (como el state_dict de PyTorch)</translation>
    </message>
    <message>
        <source>%1 is not a finite float32 number: weights must be finite (|w| &lt; 3.4e38)</source>
        <translation>%1 no es un número float32 finito: los pesos deben ser finitos (|w| &lt; 3.4e38)</translation>
    </message>
    <message>
        <source>is missing: give every parameter of the model, or leave &quot;weights&quot; out to initialize from the seed</source>
        <translation>no aparece: indica todos los parámetros del modelo, u omite &quot;weights&quot; para inicializarlos desde la semilla</translation>
    </message>
    <message>
        <source>needs &quot;weights&quot;: a run resumes from its weights and its optimizer state together</source>
        <translation>necesita &quot;weights&quot;: una ejecución se reanuda con sus pesos y el estado de su optimizador a la vez</translation>
    </message>
    <message>
        <source>has %1 parameters but the model has %2</source>
        <translation>tiene %1 parámetros pero el modelo tiene %2</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>no aparece</translation>
    </message>
    <message>
        <source>has shape %1 but %2 needs %3</source>
        <translation>tiene forma %1 pero %2 necesita %3</translation>
    </message>
    <message>
        <source>holds %1: optimizer state must be finite</source>
        <translation>contiene %1: el estado del optimizador debe ser finito</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to %1 (Adam&apos;s step count)</source>
        <translation>debe ser un número entero de 1 a %1 (el contador de pasos de Adam)</translation>
    </message>
    <message>
        <source>holds a negative value: squared gradients cannot be</source>
        <translation>contiene un valor negativo: los gradientes al cuadrado no pueden serlo</translation>
    </message>
    <message>
        <source>belongs to SGD, but the optimizer is adam</source>
        <translation>es de SGD, pero el optimizador es adam</translation>
    </message>
    <message>
        <source>holds Adam&apos;s state, but the optimizer is sgd</source>
        <translation>contiene el estado de Adam, pero el optimizador es sgd</translation>
    </message>
    <message>
        <source>is given but momentum is 0 (SGD keeps no buffer then)</source>
        <translation>está presente pero el momento es 0 (entonces SGD no guarda ningún búfer)</translation>
    </message>
    <message>
        <source>is false: a translation needs its output layer, fc = Linear(H, T) over the target tokens; set it to true</source>
        <translation>es false: una traducción necesita su capa de salida, fc = Linear(H, T) sobre los tokens objetivo; ponlo a true</translation>
    </message>
    <message>
        <source>this session needs about %1 for its training buffers; the limit is %2 (so that the app&apos;s copies of it still fit in memory): use shorter texts, a smaller hidden size or fewer layers</source>
        <translation>esta sesión necesita unos %1 para sus búferes de entrenamiento; el límite es %2 (para que las copias de la aplicación aún quepan en memoria): usa textos más cortos, un estado oculto más pequeño o menos capas</translation>
    </message>
    <message>
        <source>%1 does not come after %2: the steps of a history increase, from 1</source>
        <translation>%1 no va después de %2: los pasos de un historial aumentan, desde 1</translation>
    </message>
    <message>
        <source>%1 is after the %2 steps the session has taken (optimizer_state.steps_taken)</source>
        <translation>%1 es posterior a los %2 pasos que ha dado la sesión (optimizer_state.steps_taken)</translation>
    </message>
    <message>
        <source>%1 is not a loss: a cross-entropy is a finite number ≥ 0</source>
        <translation>%1 no es una pérdida: una entropía cruzada es un número finito ≥ 0</translation>
    </message>
    <message>
        <source>%1 is not a share of right predictions (0 to 1)</source>
        <translation>%1 no es una proporción de aciertos (de 0 a 1)</translation>
    </message>
    <message>
        <source>is not a step of the history after the previous change</source>
        <translation>no es un paso del historial posterior al cambio anterior</translation>
    </message>
    <message>
        <source>has %1 predictions but the session has %2 series</source>
        <translation>tiene %1 predicciones pero la sesión tiene %2 series</translation>
    </message>
    <message>
        <source>has %1 predictions but the session has %2 texts</source>
        <translation>tiene %1 predicciones pero la sesión tiene %2 textos</translation>
    </message>
    <message>
        <source>%1 is not allowed: the period must be a finite number of time steps &gt; 0 (e.g. 20)</source>
        <translation>%1 no es válido: el período debe ser un número finito de pasos temporales &gt; 0 (p. ej. 20)</translation>
    </message>
    <message>
        <source>%1 is not allowed: the second sine&apos;s period must be a finite number of time steps &gt; 0</source>
        <translation>%1 no es válido: el período del segundo seno debe ser un número finito de pasos temporales &gt; 0</translation>
    </message>
    <message>
        <source>%1 is out of range: a series has 1 to %2 points</source>
        <translation>%1 está fuera de rango: una serie tiene de 1 a %2 puntos</translation>
    </message>
    <message>
        <source>%1 is not a finite number</source>
        <translation>%1 no es un número finito</translation>
    </message>
    <message>
        <source>%1 is not allowed: the noise&apos;s standard deviation must be a finite number ≥ 0 (0: no noise)</source>
        <translation>%1 no es válido: la desviación típica del ruido debe ser un número finito ≥ 0 (0: sin ruido)</translation>
    </message>
    <message>
        <source>%1 is not a point of the series: it must be between 0 and %2</source>
        <translation>%1 no es un punto de la serie: debe estar entre 0 y %2</translation>
    </message>
    <message>
        <source>%1 is not allowed: the anomaly lasts at least 1 point (0: to the end)</source>
        <translation>%1 no es válido: la anomalía dura al menos 1 punto (0: hasta el final)</translation>
    </message>
    <message>
        <source>%1 is not allowed: the anomaly lasts at least 1 point</source>
        <translation>%1 no es válido: la anomalía dura al menos 1 punto</translation>
    </message>
    <message>
        <source>has a value of %1: keep amplitudes, noise and anomaly sizes within ±1e30 so that every point is a float32 number</source>
        <translation>tiene un valor de %1: mantén amplitudes, ruido y tamaños de anomalía dentro de ±1e30 para que cada punto sea un número float32</translation>
    </message>
    <message>
        <source>%1 does not match the vocabulary size %2: without an output layer the hidden state is the output (one unit per character), so hidden_size must be %2 — or set model.output_layer to true</source>
        <translation>%1 no coincide con el tamaño del vocabulario %2: sin capa de salida, el estado oculto es la salida (una unidad por carácter), así que hidden_size debe ser %2 — o pon model.output_layer a true</translation>
    </message>
    <message>
        <source>%1 does not match the number of classes %2: without an output layer the hidden state is the output (one unit per class), so hidden_size must be %2 — or set model.output_layer to true</source>
        <translation>%1 no coincide con el número de clases %2: sin capa de salida, el estado oculto es la salida (una unidad por clase), así que hidden_size debe ser %2 — o pon model.output_layer a true</translation>
    </message>
    <message>
        <source>%1 does not match the number of features %2: without an output layer the hidden state is the output (one unit per feature), so hidden_size must be %2 — or set model.output_layer to true</source>
        <translation>%1 no coincide con el número de variables %2: sin capa de salida, el estado oculto es la salida (una unidad por variable), así que hidden_size debe ser %2 — o pon model.output_layer a true</translation>
    </message>
    <message>
        <source>%1 does not match the number of target tokens %2: without an output layer the hidden state is the output (one unit per token), so hidden_size must be %2 — or set model.output_layer to true</source>
        <translation>%1 no coincide con el número de tokens objetivo %2: sin capa de salida, el estado oculto es la salida (una unidad por token), así que hidden_size debe ser %2 — o pon model.output_layer a true</translation>
    </message>
    <message>
        <source>is for &quot;task&quot;: &quot;forecast&quot; (time series); a character task reads data.texts</source>
        <translation>es para &quot;task&quot;: &quot;forecast&quot; (series temporales); una tarea de caracteres lee data.texts</translation>
    </message>
    <message>
        <source>there is no training text: give at least one text of 2 or more characters</source>
        <translation>no contiene ningún texto de entrenamiento: indica al menos un texto de 2 o más caracteres</translation>
    </message>
    <message>
        <source>have %1 characters in all; the limit is %2 (every character is a time step rnnlab traces and draws)</source>
        <translation>tienen %1 caracteres en total; el límite es %2 (cada carácter es un paso temporal que rnnlab registra y dibuja)</translation>
    </message>
    <message>
        <source>lists %1 more than once: each character may appear once</source>
        <translation>contiene %1 más de una vez: cada carácter puede aparecer una sola vez</translation>
    </message>
    <message>
        <source>lacks %1, which the texts use: add them, or leave the vocabulary out to take the texts&apos; own characters</source>
        <translation>no tiene %1, que usan los textos: añádelos, u omite el vocabulario para tomar los caracteres de los propios textos</translation>
    </message>
    <message>
        <source>has %1 characters; the limit is %2 (every character is a one-hot dimension rnnlab draws)</source>
        <translation>tiene %1 caracteres; el límite es %2 (cada carácter es una dimensión one-hot que rnnlab dibuja)</translation>
    </message>
    <message>
        <source>make a vocabulary of %1 characters; the limit is %2 (every character is a one-hot dimension rnnlab draws)</source>
        <translation>forman un vocabulario de %1 caracteres; el límite es %2 (cada carácter es una dimensión one-hot que rnnlab dibuja)</translation>
    </message>
    <message>
        <source>is empty: a text to classify needs at least 1 character</source>
        <translation>está vacío: un texto que clasificar necesita al menos 1 carácter</translation>
    </message>
    <message>
        <source>has %1 labels for %2 texts: a classifier needs exactly one label per text</source>
        <translation>tiene %1 etiquetas para %2 textos: un clasificador necesita exactamente una etiqueta por texto</translation>
    </message>
    <message>
        <source>is empty: name the class of text %1 (e.g. &quot;positive&quot;)</source>
        <translation>está vacío: indica la clase del texto %1 (p. ej. &quot;positivo&quot;)</translation>
    </message>
    <message>
        <source>has an empty class name</source>
        <translation>tiene un nombre de clase vacío</translation>
    </message>
    <message>
        <source>lists &quot;%1&quot; more than once: each class may appear once</source>
        <translation>contiene &quot;%1&quot; más de una vez: cada clase puede aparecer una sola vez</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of data.classes: add it there, or leave data.classes out</source>
        <translation>&quot;%1&quot; no está en data.classes: añádelo allí, u omite data.classes</translation>
    </message>
    <message>
        <source>name only one class: a classifier needs at least two (e.g. &quot;positive&quot; and &quot;negative&quot;)</source>
        <translation>nombran una sola clase: un clasificador necesita al menos dos (p. ej. &quot;positivo&quot; y &quot;negativo&quot;)</translation>
    </message>
    <message>
        <source>name %1 classes; the limit is %2</source>
        <translation>nombran %1 clases; el límite es %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the session&apos;s classes</source>
        <translation>&quot;%1&quot; no es una de las clases de la sesión</translation>
    </message>
    <message>
        <source>has %1 point: a series needs at least 2 (an input and the value after it)</source>
        <translation>tiene %1 punto: una serie necesita al menos 2 (una entrada y el valor siguiente)</translation>
    </message>
    <message>
        <source>has %1 points: a series needs at least 2 (an input and the value after it)</source>
        <translation>tiene %1 puntos: una serie necesita al menos 2 (una entrada y el valor siguiente)</translation>
    </message>
    <message>
        <source>is empty: a time point needs at least one value</source>
        <translation>está vacío: un instante de tiempo necesita al menos un valor</translation>
    </message>
    <message>
        <source>has %1 values but %2 has %3: every time point of a series needs the same features (one number per point, or rows of D numbers)</source>
        <translation>tiene %1 valores pero %2 tiene %3: cada instante de una serie necesita las mismas variables (un número por punto, o filas de D números)</translation>
    </message>
    <message>
        <source>has %1 features; the limit is %2 (every feature is an input rnnlab draws at every time step)</source>
        <translation>tiene %1 variables; el límite es %2 (cada variable es una entrada que rnnlab dibuja en cada paso temporal)</translation>
    </message>
    <message>
        <source>has %1 feature but %2 has %3: every series needs the same features</source>
        <translation>tiene %1 variable pero %2 tiene %3: todas las series necesitan las mismas variables</translation>
    </message>
    <message>
        <source>has %1 features but %2 has %3: every series needs the same features</source>
        <translation>tiene %1 variables pero %2 tiene %3: todas las series necesitan las mismas variables</translation>
    </message>
    <message>
        <source>%1 is not a finite float32 number: a value must be finite and within ±3.4e38 (torch.tensor(…, dtype=torch.float32) would make it %2)</source>
        <translation>%1 no es un número float32 finito: un valor debe ser finito y estar dentro de ±3.4e38 (torch.tensor(…, dtype=torch.float32) lo convertiría en %2)</translation>
    </message>
    <message>
        <source>is for the character tasks (&quot;next_character&quot;, &quot;classify&quot;); a forecast reads numbers from data.series</source>
        <translation>es para las tareas de caracteres (&quot;next_character&quot;, &quot;classify&quot;); un pronóstico lee números de data.series</translation>
    </message>
    <message>
        <source>there is no series: give at least one series of 2 or more points, e.g. [[0.0, 0.5, 0.87, 1.0]]</source>
        <translation>no contiene ninguna serie: indica al menos una serie de 2 o más puntos, p. ej. [[0.0, 0.5, 0.87, 1.0]]</translation>
    </message>
    <message>
        <source>and data.test_series have %1 points in all; the limit is %2 (every point is a time step rnnlab traces and draws)</source>
        <translation>y data.test_series tienen %1 puntos en total; el límite es %2 (cada punto es un paso temporal que rnnlab registra y dibuja)</translation>
    </message>
    <message>
        <source>describes %1 series but %2 has %3: give one generator per series, or leave it out (it is informative)</source>
        <translation>describe %1 series pero %2 tiene %3: indica un generador por serie, u omítelo (es informativo)</translation>
    </message>
    <message>
        <source>is empty: a text needs at least 2 characters (an input and the character after it)</source>
        <translation>está vacío: un texto necesita al menos 2 caracteres (una entrada y el carácter siguiente)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has only 1 character: a text needs at least 2 (an input and the character after it)</source>
        <translation>&quot;%1&quot; tiene solo 1 carácter: un texto necesita al menos 2 (una entrada y el carácter siguiente)</translation>
    </message>
    <message>
        <source>are only for &quot;task&quot;: &quot;classify&quot; (one label per text); a next-character session predicts the text itself</source>
        <translation>son solo para &quot;task&quot;: &quot;classify&quot; (una etiqueta por texto); una sesión de carácter siguiente predice el propio texto</translation>
    </message>
    <message>
        <source>has %1 characters; a prediction has one per input, %2</source>
        <translation>tiene %1 caracteres; una predicción tiene uno por entrada, %2</translation>
    </message>
    <message>
        <source>predicts %1, which is not in the vocabulary</source>
        <translation>predice %1, que no está en el vocabulario</translation>
    </message>
    <message>
        <source>contains &quot;%1&quot;: the start and end tokens are added by rnnlab; list only the characters of the sources</source>
        <translation>contiene &quot;%1&quot;: rnnlab añade los tokens de inicio y fin; indica solo los caracteres de las fuentes</translation>
    </message>
    <message>
        <source>contains &quot;%1&quot;: the start and end tokens are added by rnnlab; list only the characters of the targets</source>
        <translation>contiene &quot;%1&quot;: rnnlab añade los tokens de inicio y fin; indica solo los caracteres de los objetivos</translation>
    </message>
    <message>
        <source>lacks %1, which the sources use: add them, or leave the vocabulary out to take the pairs&apos; own characters</source>
        <translation>no tiene %1, que usan las fuentes: añádelos, u omite el vocabulario para tomar los caracteres de los propios pares</translation>
    </message>
    <message>
        <source>lacks %1, which the targets use: add them, or leave the vocabulary out to take the pairs&apos; own characters</source>
        <translation>no tiene %1, que usan los objetivos: añádelos, u omite el vocabulario para tomar los caracteres de los propios pares</translation>
    </message>
    <message>
        <source>is for the character tasks; a translation reads data.pairs</source>
        <translation>es para las tareas de caracteres; una traducción lee data.pairs</translation>
    </message>
    <message>
        <source>is for &quot;task&quot;: &quot;forecast&quot;; a translation reads data.pairs</source>
        <translation>es para &quot;task&quot;: &quot;forecast&quot;; una traducción lee data.pairs</translation>
    </message>
    <message>
        <source>there is no pair: give at least one pair of a source and a target (&quot;source&lt;Tab&gt;target&quot;, or [&quot;source&quot;, &quot;target&quot;])</source>
        <translation>no contiene ningún par: indica al menos un par de fuente y objetivo (&quot;fuente&lt;Tab&gt;objetivo&quot;, o [&quot;fuente&quot;, &quot;objetivo&quot;])</translation>
    </message>
    <message>
        <source>has an empty source: the encoder needs at least one character to read</source>
        <translation>tiene una fuente vacía: el codificador necesita al menos un carácter que leer</translation>
    </message>
    <message>
        <source>has no target: give the string the source translates to (&quot;source&lt;Tab&gt;target&quot;)</source>
        <translation>no tiene objetivo: indica la cadena a la que se traduce la fuente (&quot;fuente&lt;Tab&gt;objetivo&quot;)</translation>
    </message>
    <message>
        <source>has &quot;%1&quot; in its source: &lt;sos&gt; and &lt;eos&gt; are the start and end tokens rnnlab adds; a pair holds only characters</source>
        <translation>tiene &quot;%1&quot; en su fuente: &lt;sos&gt; y &lt;eos&gt; son los tokens de inicio y fin que añade rnnlab; un par contiene solo caracteres</translation>
    </message>
    <message>
        <source>has &quot;%1&quot; in its target: &lt;sos&gt; and &lt;eos&gt; are the start and end tokens rnnlab adds; a pair holds only characters</source>
        <translation>tiene &quot;%1&quot; en su objetivo: &lt;sos&gt; y &lt;eos&gt; son los tokens de inicio y fin que añade rnnlab; un par contiene solo caracteres</translation>
    </message>
    <message>
        <source>make a source vocabulary of %1 characters; the limit is %2</source>
        <translation>forman un vocabulario fuente de %1 caracteres; el límite es %2</translation>
    </message>
    <message>
        <source>make %1 target tokens; the limit is %2</source>
        <translation>forman %1 tokens objetivo; el límite es %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Like the des&amp;ktop</source>
        <translation>Como el &amp;escritorio</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <source>max</source>
        <translation>máx</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Training steps taken: each one a forward pass over the text, the loss, backpropagation through time and one update of the weights</source>
        <translation>Pasos de entrenamiento dados: cada uno es una pasada hacia delante sobre el texto, la pérdida, la retropropagación a través del tiempo y una actualización de los pesos</translation>
    </message>
    <message>
        <source>moved %1 of the %2 parameters against their gradient</source>
        <translation>movió %1 de los %2 parámetros en contra de su gradiente</translation>
    </message>
    <message>
        <source>%1 &lt;i&gt;with&lt;/i&gt; it (the optimizer&apos;s momentum still carries the direction of the earlier steps)</source>
        <translation>%1 &lt;i&gt;a favor&lt;/i&gt; de él (el momento del optimizador aún arrastra la dirección de los pasos anteriores)</translation>
    </message>
    <message>
        <source>%1 whose gradient is 0, carried by the optimizer&apos;s momentum</source>
        <translation>%1 cuyo gradiente es 0, arrastrados por el momento del optimizador</translation>
    </message>
    <message>
        <source>%1 not at all despite a gradient</source>
        <translation>%1 nada, pese a tener gradiente</translation>
    </message>
    <message>
        <source>The update </source>
        <translation>La actualización </translation>
    </message>
    <message>
        <source>, and left the %1 whose gradient is 0 where they were</source>
        <translation>, y dejó donde estaban los %1 cuyo gradiente es 0</translation>
    </message>
    <message>
        <source>Sequence data</source>
        <translation>Datos secuenciales</translation>
    </message>
    <message>
        <source>&lt;p&gt;Text, speech, prices, video: data that comes &lt;b&gt;in order&lt;/b&gt;, where what comes next depends on what came before.&lt;/p&gt;&lt;p&gt;Our example is the word &lt;b&gt;hello&lt;/b&gt;. Given &lt;i&gt;h, e, l, l&lt;/i&gt; one at a time, the network should say what comes next each time: &lt;i&gt;e, l, l, o&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;A plain feed-forward network sees one character and has no memory: after the first ‘l’ and after the second ‘l’ it would say the same thing. A &lt;b&gt;recurrent&lt;/b&gt; network carries a memory h&lt;sub&gt;t&lt;/sub&gt; from step to step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Texto, voz, precios, vídeo: datos que llegan &lt;b&gt;en orden&lt;/b&gt;, donde lo que viene después depende de lo anterior.&lt;/p&gt;&lt;p&gt;Nuestro ejemplo es la palabra &lt;b&gt;hello&lt;/b&gt;. Dadas &lt;i&gt;h, e, l, l&lt;/i&gt; una a una, la red debe decir cada vez qué viene después: &lt;i&gt;e, l, l, o&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Una red prealimentada simple ve un carácter y no tiene memoria: tras la primera ‘l’ y tras la segunda ‘l’ diría lo mismo. Una red &lt;b&gt;recurrente&lt;/b&gt; lleva una memoria h&lt;sub&gt;t&lt;/sub&gt; de un paso al siguiente.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The vanilla RNN, folded</source>
        <translation>La RNN simple, plegada</translation>
    </message>
    <message>
        <source>&lt;p&gt;One cell. At every time step it takes the input x&lt;sub&gt;t&lt;/sub&gt; and its own previous state h&lt;sub&gt;t−1&lt;/sub&gt; (the loop, through &lt;b&gt;W&lt;sub&gt;hh&lt;/sub&gt;&lt;/b&gt;) and computes the new state h&lt;sub&gt;t&lt;/sub&gt;; from it comes the output y&lt;sub&gt;t&lt;/sub&gt;.&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;F&lt;/b&gt; to fold and unfold.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Una celda. En cada paso temporal toma la entrada x&lt;sub&gt;t&lt;/sub&gt; y su propio estado anterior h&lt;sub&gt;t−1&lt;/sub&gt; (el bucle, a través de &lt;b&gt;W&lt;sub&gt;hh&lt;/sub&gt;&lt;/b&gt;) y calcula el nuevo estado h&lt;sub&gt;t&lt;/sub&gt;; de él sale la salida y&lt;sub&gt;t&lt;/sub&gt;.&lt;/p&gt;&lt;p&gt;Pulsa &lt;b&gt;F&lt;/b&gt; para plegar y desplegar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Unfolded over time</source>
        <translation>Desplegada en el tiempo</translation>
    </message>
    <message>
        <source>&lt;p&gt;The same cell drawn once per time step: the loop becomes the arrows from left to right. Each column is one character of ‘hell’; the top row is what the network predicts.&lt;/p&gt;&lt;p&gt;Hover over anything to see its numbers.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La misma celda dibujada una vez por paso temporal: el bucle se convierte en las flechas de izquierda a derecha. Cada columna es un carácter de ‘hell’; la fila superior es lo que predice la red.&lt;/p&gt;&lt;p&gt;Pasa el ratón sobre cualquier elemento para ver sus números.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Shared weights</source>
        <translation>Pesos compartidos</translation>
    </message>
    <message>
        <source>&lt;p&gt;The matrices &lt;b&gt;W&lt;sub&gt;xh&lt;/sub&gt;&lt;/b&gt; (input → hidden) and &lt;b&gt;W&lt;sub&gt;hh&lt;/sub&gt;&lt;/b&gt; (hidden → hidden) are the &lt;b&gt;same at every time step&lt;/b&gt;: each arrow of one colour is the same matrix. The Matrices panel shows them, with the biases.&lt;/p&gt;&lt;p&gt;The slides also have &lt;b&gt;W&lt;sub&gt;hy&lt;/sub&gt;&lt;/b&gt; (hidden → output). The lecture&apos;s example has none: the hidden state itself (4 numbers for 4 characters) is the output y&lt;sub&gt;t&lt;/sub&gt;. With an output layer (Model panel) W&lt;sub&gt;hy&lt;/sub&gt; appears, shared across time like the other two.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Las matrices &lt;b&gt;W&lt;sub&gt;xh&lt;/sub&gt;&lt;/b&gt; (entrada → oculta) y &lt;b&gt;W&lt;sub&gt;hh&lt;/sub&gt;&lt;/b&gt; (oculta → oculta) son &lt;b&gt;las mismas en cada paso temporal&lt;/b&gt;: todas las flechas de un color son la misma matriz. El panel Matrices las muestra, con los sesgos.&lt;/p&gt;&lt;p&gt;Las diapositivas incluyen también &lt;b&gt;W&lt;sub&gt;hy&lt;/sub&gt;&lt;/b&gt; (oculta → salida). El ejemplo de la clase no la tiene: el propio estado oculto (4 números para 4 caracteres) es la salida y&lt;sub&gt;t&lt;/sub&gt;. Con una capa de salida (panel “Modelo y datos”) aparece W&lt;sub&gt;hy&lt;/sub&gt;, compartida en el tiempo como las otras dos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The computation, by hand</source>
        <translation>El cálculo, a mano</translation>
    </message>
    <message>
        <source>&lt;p&gt;h&lt;sub&gt;t&lt;/sub&gt; = tanh(W&lt;sub&gt;hh&lt;/sub&gt; h&lt;sub&gt;t−1&lt;/sub&gt; + W&lt;sub&gt;xh&lt;/sub&gt; x&lt;sub&gt;t&lt;/sub&gt; + b), y&lt;sub&gt;t&lt;/sub&gt; = h&lt;sub&gt;t&lt;/sub&gt;, p&lt;sub&gt;t&lt;/sub&gt; = softmax(y&lt;sub&gt;t&lt;/sub&gt;), for t = 1 … n with h&lt;sub&gt;0&lt;/sub&gt; = 0.&lt;/p&gt;&lt;p&gt;The slides leave the bias out; PyTorch&apos;s nn.RNN has two, b&lt;sub&gt;ih&lt;/sub&gt; beside W&lt;sub&gt;xh&lt;/sub&gt; and b&lt;sub&gt;hh&lt;/sub&gt; beside W&lt;sub&gt;hh&lt;/sub&gt;, and only ever adds them: b = b&lt;sub&gt;ih&lt;/sub&gt; + b&lt;sub&gt;hh&lt;/sub&gt;. PyTorch&apos;s names: W&lt;sub&gt;xh&lt;/sub&gt; is weight_ih_l0, W&lt;sub&gt;hh&lt;/sub&gt; weight_hh_l0, b&lt;sub&gt;ih&lt;/sub&gt; bias_ih_l0, b&lt;sub&gt;hh&lt;/sub&gt; bias_hh_l0. y&lt;sub&gt;t&lt;/sub&gt; = h&lt;sub&gt;t&lt;/sub&gt; because this network has no output layer; with one, y&lt;sub&gt;t&lt;/sub&gt; = W&lt;sub&gt;hy&lt;/sub&gt; h&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;y&lt;/sub&gt;.&lt;/p&gt;&lt;p&gt;Below, the equation with the real numbers of this network for t = 1. Press &lt;b&gt;→&lt;/b&gt; to walk through a time step, &lt;b&gt;Shift+→&lt;/b&gt; for the next part of the computation.&lt;/p&gt;</source>
        <translation>&lt;p&gt;h&lt;sub&gt;t&lt;/sub&gt; = tanh(W&lt;sub&gt;hh&lt;/sub&gt; h&lt;sub&gt;t−1&lt;/sub&gt; + W&lt;sub&gt;xh&lt;/sub&gt; x&lt;sub&gt;t&lt;/sub&gt; + b), y&lt;sub&gt;t&lt;/sub&gt; = h&lt;sub&gt;t&lt;/sub&gt;, p&lt;sub&gt;t&lt;/sub&gt; = softmax(y&lt;sub&gt;t&lt;/sub&gt;), para t = 1 … n con h&lt;sub&gt;0&lt;/sub&gt; = 0.&lt;/p&gt;&lt;p&gt;Las diapositivas omiten el sesgo; nn.RNN de PyTorch tiene dos, b&lt;sub&gt;ih&lt;/sub&gt; junto a W&lt;sub&gt;xh&lt;/sub&gt; y b&lt;sub&gt;hh&lt;/sub&gt; junto a W&lt;sub&gt;hh&lt;/sub&gt;, y siempre los suma: b = b&lt;sub&gt;ih&lt;/sub&gt; + b&lt;sub&gt;hh&lt;/sub&gt;. Nombres de PyTorch: W&lt;sub&gt;xh&lt;/sub&gt; es weight_ih_l0, W&lt;sub&gt;hh&lt;/sub&gt; weight_hh_l0, b&lt;sub&gt;ih&lt;/sub&gt; bias_ih_l0, b&lt;sub&gt;hh&lt;/sub&gt; bias_hh_l0. y&lt;sub&gt;t&lt;/sub&gt; = h&lt;sub&gt;t&lt;/sub&gt; porque esta red no tiene capa de salida; con ella, y&lt;sub&gt;t&lt;/sub&gt; = W&lt;sub&gt;hy&lt;/sub&gt; h&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;y&lt;/sub&gt;.&lt;/p&gt;&lt;p&gt;Abajo, la ecuación con los números reales de esta red para t = 1. Pulsa &lt;b&gt;→&lt;/b&gt; para recorrer un paso temporal, &lt;b&gt;Shift+→&lt;/b&gt; para la siguiente parte del cálculo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Predict: the next character</source>
        <translation>Predice: el siguiente carácter</translation>
    </message>
    <message>
        <source>&lt;p&gt;The network is untrained: its weights are the random ones of seed 0. At t = 2 it reads ‘e’.&lt;/p&gt;&lt;p&gt;How to tell from the numbers below: here y&lt;sub&gt;t&lt;/sub&gt; = h&lt;sub&gt;t&lt;/sub&gt;, and tanh and softmax both keep the order of their inputs, so the largest entry of the pre-activation (the bold vector) becomes the largest probability — its character is the prediction (the rows are in the vocabulary&apos;s order: h, e, l, o).&lt;/p&gt;</source>
        <translation>&lt;p&gt;La red está sin entrenar: sus pesos son los aleatorios de la semilla 0. En t = 2 lee ‘e’.&lt;/p&gt;&lt;p&gt;Cómo saberlo con los números de abajo: aquí y&lt;sub&gt;t&lt;/sub&gt; = h&lt;sub&gt;t&lt;/sub&gt;, y tanh y softmax conservan el orden de sus entradas, así que la mayor componente de la preactivación (el vector en negrita) da la mayor probabilidad — su carácter es la predicción (las filas siguen el orden del vocabulario: h, e, l, o).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The PyTorch code</source>
        <translation>El código PyTorch</translation>
    </message>
    <message>
        <source>&lt;p&gt;The lecture&apos;s code. rnnlab computes what it computes: the same initial weights from the seed, bit for bit, and Adam&apos;s update rule exactly as PyTorch&apos;s; the gradients and losses agree to the last digits of float32, not bit for bit (sums taken in another order can differ there; the tests hold the losses to 10&lt;sup&gt;−5&lt;/sup&gt;).&lt;/p&gt;</source>
        <translation>&lt;p&gt;El código de la clase. rnnlab calcula lo mismo que él: los mismos pesos iniciales a partir de la semilla, bit a bit, y la regla de actualización de Adam exactamente como la de PyTorch; los gradientes y las pérdidas coinciden hasta los últimos dígitos de float32, no bit a bit (sumas hechas en otro orden pueden diferir ahí; los tests exigen a las pérdidas 10&lt;sup&gt;−5&lt;/sup&gt;).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Training hello</source>
        <translation>Entrenando hello</translation>
    </message>
    <message>
        <source>&lt;p&gt;Ten steps of Adam, as in the lecture&apos;s loop. Each row is one step: its loss and what the network predicted; the wrong characters are underlined. Like the loop&apos;s print(result), a row is taken from the step&apos;s forward pass, &lt;i&gt;before&lt;/i&gt; its update — the caption above the graph shows the network after the tenth update, so its loss is not row 10&apos;s.&lt;/p&gt;&lt;p&gt;After ten steps it says &lt;b&gt;ello&lt;/b&gt;. Press &lt;b&gt;Space&lt;/b&gt; to train on, &lt;b&gt;Ctrl+→&lt;/b&gt; for one step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Diez pasos de Adam, como en el bucle de la clase. Cada fila es un paso: su pérdida y lo que predijo la red; los caracteres erróneos van subrayados. Como el print(result) del bucle, cada fila sale de la pasada hacia delante de ese paso, &lt;i&gt;antes&lt;/i&gt; de su actualización — el rótulo sobre el grafo muestra la red tras la décima actualización, así que su pérdida no es la de la fila 10.&lt;/p&gt;&lt;p&gt;Tras diez pasos dice &lt;b&gt;ello&lt;/b&gt;. Pulsa &lt;b&gt;Espacio&lt;/b&gt; para seguir entrenando, &lt;b&gt;Ctrl+→&lt;/b&gt; para un paso.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Predict: the loss after the next update</source>
        <translation>Predice: la pérdida tras la próxima actualización</translation>
    </message>
    <message>
        <source>&lt;p&gt;The loss is the mean of −log p(target) over the four time steps. The optimizer is about to take one more step, guided by the gradient.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La pérdida es la media de −log p(objetivo) sobre los cuatro pasos temporales. El optimizador está a punto de dar un paso más, guiado por el gradiente.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Predict: the biggest gradient</source>
        <translation>Predice: el mayor gradiente</translation>
    </message>
    <message>
        <source>&lt;p&gt;Back to the untrained network (step 0). Back through time (BPTT) the loss sends a gradient to every weight it used (not to W&lt;sub&gt;xh&lt;/sub&gt;&apos;s ‘o’ column: ‘o’ is never an input). W&lt;sub&gt;hh&lt;/sub&gt; is used at every time step, so its gradient adds up the contributions of t = 2 … n (at t = 1 it multiplies h&lt;sub&gt;0&lt;/sub&gt; = 0).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Volvemos a la red sin entrenar (paso 0). Hacia atrás en el tiempo (BPTT), la pérdida envía un gradiente a cada peso que usó (no a la columna ‘o’ de W&lt;sub&gt;xh&lt;/sub&gt;: ‘o’ nunca es una entrada). W&lt;sub&gt;hh&lt;/sub&gt; se usa en cada paso temporal, así que su gradiente suma las contribuciones de t = 2 … n (en t = 1 multiplica a h&lt;sub&gt;0&lt;/sub&gt; = 0).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The shapes of RNN tasks</source>
        <translation>Las formas de las tareas con RNN</translation>
    </message>
    <message>
        <source>Many-to-one: the sentiment of a sentence</source>
        <translation>Muchos a uno: el sentimiento de una frase</translation>
    </message>
    <message>
        <source>&lt;p&gt;Sixteen short reviews, each labelled &lt;i&gt;positive&lt;/i&gt; or &lt;i&gt;negative&lt;/i&gt;. The network reads the whole review and only its &lt;b&gt;last&lt;/b&gt; output counts: the loss is on the last time step alone.&lt;/p&gt;&lt;p&gt;In the Model panel such data is one line per text: &lt;i&gt;text&lt;/i&gt;, a Tab, &lt;i&gt;label&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Right on all sixteen means it has learned &lt;i&gt;these&lt;/i&gt; sentences — memorised them, perhaps; whether it judges a review it has never seen is another test. (Its cell is a GRU, step 15: the bars beside the arrows are its gates r and z and its candidate n.)&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dieciséis reseñas cortas, cada una etiquetada &lt;i&gt;positive&lt;/i&gt; o &lt;i&gt;negative&lt;/i&gt;. La red lee la reseña entera y solo cuenta su &lt;b&gt;última&lt;/b&gt; salida: la pérdida está solo en el último paso temporal.&lt;/p&gt;&lt;p&gt;En el panel “Modelo y datos”, cada texto ocupa una línea: &lt;i&gt;texto&lt;/i&gt;, un Tab, &lt;i&gt;etiqueta&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Acertar las dieciséis significa que ha aprendido &lt;i&gt;estas&lt;/i&gt; frases — quizá las ha memorizado; si sabe juzgar una reseña que nunca ha visto es otra prueba. (Su celda es una GRU, paso 15: las barras junto a las flechas son sus compuertas r y z y su candidato n.)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Stacked RNNs</source>
        <translation>RNN apiladas</translation>
    </message>
    <message>
        <source>&lt;p&gt;Layers on top of each other: the hidden state of layer 1 is the input of layer 2. Each layer has its own W&lt;sub&gt;xh&lt;/sub&gt; and W&lt;sub&gt;hh&lt;/sub&gt;, shared across time along its row.&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;L&lt;/b&gt; to walk layer by layer, as PyTorch computes it, instead of time step by time step: the numbers are the same.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Capas unas sobre otras: el estado oculto de la capa 1 es la entrada de la capa 2. Cada capa tiene sus propias W&lt;sub&gt;xh&lt;/sub&gt; y W&lt;sub&gt;hh&lt;/sub&gt;, compartidas en el tiempo a lo largo de su fila.&lt;/p&gt;&lt;p&gt;Pulsa &lt;b&gt;L&lt;/b&gt; para recorrer capa por capa, como lo calcula PyTorch, en lugar de paso temporal por paso temporal: los números son los mismos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>LSTM</source>
        <translation>LSTM</translation>
    </message>
    <message>
        <source>&lt;p&gt;Back through time, a vanilla RNN&apos;s gradient is multiplied by W&lt;sub&gt;hh&lt;/sub&gt;ᵀ and tanh′ at every step, and usually fades (or, with large weights, grows). The LSTM adds a cell state c&lt;sub&gt;t&lt;/sub&gt; (the lane above each row), c&lt;sub&gt;t&lt;/sub&gt; = f ⊙ c&lt;sub&gt;t−1&lt;/sub&gt; + i ⊙ g, and gates between 0 and 1 (the bars i, f, o, beside the candidate g): &lt;b&gt;f&lt;/b&gt;orget keeps c&lt;sub&gt;t−1&lt;/sub&gt;, &lt;b&gt;i&lt;/b&gt;nput writes the candidate g (between −1 and 1), &lt;b&gt;o&lt;/b&gt;utput reads tanh(c&lt;sub&gt;t&lt;/sub&gt;) into h&lt;sub&gt;t&lt;/sub&gt;.&lt;/p&gt;&lt;p&gt;Where f ≈ 1, c&lt;sub&gt;t−1&lt;/sub&gt; is kept and the gradient along c passes back almost unchanged. Untrained, an LSTM&apos;s gradient fades much like an RNN&apos;s; training can &lt;i&gt;learn&lt;/i&gt; f ≈ 1 (Compare ▸ RNN vs LSTM vs GRU).&lt;/p&gt;&lt;p&gt;After ten steps this LSTM says &lt;i&gt;llll&lt;/i&gt; where the RNN said &lt;i&gt;ello&lt;/i&gt;: it has four times the weights to set in the same ten steps. Press &lt;b&gt;Space&lt;/b&gt;: within 40 steps it says &lt;i&gt;ello&lt;/i&gt; too.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hacia atrás en el tiempo, el gradiente de una RNN simple se multiplica por W&lt;sub&gt;hh&lt;/sub&gt;ᵀ y tanh′ en cada paso, y normalmente se desvanece (o, con pesos grandes, crece). La LSTM añade un estado de celda c&lt;sub&gt;t&lt;/sub&gt; (el carril sobre cada fila), c&lt;sub&gt;t&lt;/sub&gt; = f ⊙ c&lt;sub&gt;t−1&lt;/sub&gt; + i ⊙ g, y compuertas entre 0 y 1 (las barras i, f, o, junto al candidato g): la de &lt;b&gt;f&lt;/b&gt;orget (olvido) conserva c&lt;sub&gt;t−1&lt;/sub&gt;, la de &lt;b&gt;i&lt;/b&gt;nput (entrada) escribe el candidato g (entre −1 y 1), la de &lt;b&gt;o&lt;/b&gt;utput (salida) lleva tanh(c&lt;sub&gt;t&lt;/sub&gt;) a h&lt;sub&gt;t&lt;/sub&gt;.&lt;/p&gt;&lt;p&gt;Donde f ≈ 1, c&lt;sub&gt;t−1&lt;/sub&gt; se conserva y el gradiente a lo largo de c retrocede casi sin cambios. Sin entrenar, el gradiente de una LSTM se desvanece casi como el de una RNN; el entrenamiento puede &lt;i&gt;aprender&lt;/i&gt; f ≈ 1 (Comparar ▸ RNN vs LSTM vs GRU).&lt;/p&gt;&lt;p&gt;Tras diez pasos esta LSTM dice &lt;i&gt;llll&lt;/i&gt; donde la RNN decía &lt;i&gt;ello&lt;/i&gt;: tiene cuatro veces más pesos que ajustar en los mismos diez pasos. Pulsa &lt;b&gt;Espacio&lt;/b&gt;: en 40 pasos también dice &lt;i&gt;ello&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>GRU</source>
        <translation>GRU</translation>
    </message>
    <message>
        <source>&lt;p&gt;The GRU does the same with two gates (r, z) and no separate cell state (its bars: r, z and the candidate n): h&lt;sub&gt;t&lt;/sub&gt; = (1 − z) ⊙ n&lt;sub&gt;t&lt;/sub&gt; + z ⊙ h&lt;sub&gt;t−1&lt;/sub&gt;, where ⊙ multiplies entry by entry and n&lt;sub&gt;t&lt;/sub&gt; = tanh(W&lt;sub&gt;in&lt;/sub&gt; x&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;in&lt;/sub&gt; + r ⊙ (W&lt;sub&gt;hn&lt;/sub&gt; h&lt;sub&gt;t−1&lt;/sub&gt; + b&lt;sub&gt;hn&lt;/sub&gt;)) is the candidate state.&lt;/p&gt;&lt;p&gt;The update gate &lt;b&gt;z&lt;/b&gt; mixes: z ≈ 1 keeps the old state (and passes the gradient back nearly unchanged), z ≈ 0 replaces it with n&lt;sub&gt;t&lt;/sub&gt;. The reset gate &lt;b&gt;r&lt;/b&gt; decides how much of h&lt;sub&gt;t−1&lt;/sub&gt; the candidate sees.&lt;/p&gt;&lt;p&gt;The slides name the LSTM and the GRU; these two steps show what they compute. Change anything in the Model panel and see what happens.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La GRU hace lo mismo con dos compuertas (r, z) y sin estado de celda aparte (sus barras: r, z y el candidato n): h&lt;sub&gt;t&lt;/sub&gt; = (1 − z) ⊙ n&lt;sub&gt;t&lt;/sub&gt; + z ⊙ h&lt;sub&gt;t−1&lt;/sub&gt;, donde ⊙ multiplica componente a componente y n&lt;sub&gt;t&lt;/sub&gt; = tanh(W&lt;sub&gt;in&lt;/sub&gt; x&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;in&lt;/sub&gt; + r ⊙ (W&lt;sub&gt;hn&lt;/sub&gt; h&lt;sub&gt;t−1&lt;/sub&gt; + b&lt;sub&gt;hn&lt;/sub&gt;)) es el estado candidato.&lt;/p&gt;&lt;p&gt;La compuerta de actualización &lt;b&gt;z&lt;/b&gt; mezcla: z ≈ 1 conserva el estado anterior (y devuelve el gradiente casi sin cambios), z ≈ 0 lo sustituye por n&lt;sub&gt;t&lt;/sub&gt;. La compuerta de reinicio &lt;b&gt;r&lt;/b&gt; decide cuánto de h&lt;sub&gt;t−1&lt;/sub&gt; ve el candidato.&lt;/p&gt;&lt;p&gt;Las diapositivas nombran la LSTM y la GRU; estos dos pasos muestran lo que calculan. Cambia lo que quieras en el panel “Modelo y datos” y mira qué pasa.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Seeing memory</source>
        <translation>Ver la memoria</translation>
    </message>
    <message>
        <source>&lt;p&gt;An RNN&apos;s memory, seen three ways in the &lt;b&gt;Memory&lt;/b&gt; tab:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;How far back a prediction looks&lt;/b&gt;: the text up to the walk&apos;s step t, each character shaded (and a bar) by ‖∂ log p&lt;sub&gt;t&lt;/sub&gt;(target) / ∂x&lt;sub&gt;s&lt;/sub&gt;‖ — how much that input moves step t&apos;s right answer, by backpropagation through time.&lt;/li&gt;&lt;li&gt;&lt;b&gt;The path of h&lt;sub&gt;t&lt;/sub&gt;&lt;/b&gt;: each state a point in the states&apos; two main directions (PCA), in time order. &lt;b&gt;Freeze axes&lt;/b&gt; and train on: the path moves in one frame.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Units over the text&lt;/b&gt;: the text coloured by one hidden unit; drag over a part of it to find the units that track it.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Hello&apos;s two ‘l’s are the test: the same input, yet ‘l’ follows the first and ‘o’ the second — only memory tells them apart. &lt;b&gt;←&lt;/b&gt; / &lt;b&gt;→&lt;/b&gt; move the step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La memoria de una RNN, vista de tres formas en la pestaña &lt;b&gt;Memoria&lt;/b&gt;:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Hasta dónde mira atrás una predicción&lt;/b&gt;: el texto hasta el paso t del recorrido, cada carácter sombreado (y con una barra) según ‖∂ log p&lt;sub&gt;t&lt;/sub&gt;(objetivo) / ∂x&lt;sub&gt;s&lt;/sub&gt;‖ — cuánto mueve esa entrada la respuesta correcta del paso t, por retropropagación a través del tiempo.&lt;/li&gt;&lt;li&gt;&lt;b&gt;La trayectoria de h&lt;sub&gt;t&lt;/sub&gt;&lt;/b&gt;: cada estado es un punto en las dos direcciones principales de los estados (PCA), en orden temporal. &lt;b&gt;Fija los ejes&lt;/b&gt; y sigue entrenando: la trayectoria se mueve en un mismo marco.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Unidades sobre el texto&lt;/b&gt;: el texto coloreado según una unidad oculta; arrastra sobre una parte para encontrar las unidades que la siguen.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Las dos ‘l’ de hello son la prueba: la misma entrada, pero tras la primera viene ‘l’ y tras la segunda ‘o’ — solo la memoria las distingue. &lt;b&gt;←&lt;/b&gt; / &lt;b&gt;→&lt;/b&gt; mueven el paso.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>It goes down</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>It goes up</source>
        <translation>Sube</translation>
    </message>
    <message>
        <source>row h%1, column h%2</source>
        <translation>fila h%1, columna h%2</translation>
    </message>
    <message>
        <source>Which character will the network &lt;b&gt;predict&lt;/b&gt; at t = %1, after reading ‘%2’? (Not which one is right: what &lt;i&gt;this&lt;/i&gt; network will say.)</source>
        <translation>¿Qué carácter &lt;b&gt;predecirá&lt;/b&gt; la red en t = %1, tras leer ‘%2’? (No cuál es el correcto: qué dirá &lt;i&gt;esta&lt;/i&gt; red.)</translation>
    </message>
    <message>
        <source>The loss is %1 now. After the next update, will it go down or up?</source>
        <translation>La pérdida es ahora %1. Tras la próxima actualización, ¿bajará o subirá?</translation>
    </message>
    <message>
        <source>Which entry of W&lt;sub&gt;hh&lt;/sub&gt; gets the &lt;b&gt;largest&lt;/b&gt; gradient |dL/dW&lt;sub&gt;hh&lt;/sub&gt;| from this forward pass? Button &lt;i&gt;i,j&lt;/i&gt;: row i (the unit it feeds), column j (the unit of h&lt;sub&gt;t−1&lt;/sub&gt; it reads).</source>
        <translation>¿Qué componente de W&lt;sub&gt;hh&lt;/sub&gt; recibe el &lt;b&gt;mayor&lt;/b&gt; gradiente |dL/dW&lt;sub&gt;hh&lt;/sub&gt;| de esta pasada hacia delante? Botón &lt;i&gt;i,j&lt;/i&gt;: fila i (la unidad a la que alimenta), columna j (la unidad de h&lt;sub&gt;t−1&lt;/sub&gt; que lee).</translation>
    </message>
    <message>
        <source>The softmax at t = %1 gives %2. The largest is ‘%3’: the network predicts ‘%3’%4.</source>
        <translation>La softmax en t = %1 da %2. La mayor es ‘%3’: la red predice ‘%3’%4.</translation>
    </message>
    <message>
        <source>, which is right</source>
        <translation>, que es correcto</translation>
    </message>
    <message>
        <source> — the text goes on with ‘%1’, so training will push p(‘%1’) up</source>
        <translation> — el texto sigue con ‘%1’, así que el entrenamiento subirá p(‘%1’)</translation>
    </message>
    <message>
        <source>The loss went from %1 to %2: down by %3. </source>
        <translation>La pérdida pasó de %1 a %2: bajó %3. </translation>
    </message>
    <message>
        <source>The loss went from %1 to %2: &lt;b&gt;up&lt;/b&gt; by %3. The gradient only says which way is down &lt;i&gt;here&lt;/i&gt;; a step of this size went past the valley (the learning rate is large). </source>
        <translation>La pérdida pasó de %1 a %2: &lt;b&gt;subió&lt;/b&gt; %3. El gradiente solo dice hacia dónde se baja &lt;i&gt;aquí&lt;/i&gt;; un paso de este tamaño se pasó del valle (la tasa de aprendizaje es grande). </translation>
    </message>
    <message>
        <source>dL/dW&lt;sub&gt;hh&lt;/sub&gt; is largest at row h%1, column h%2: %3. All of it:%4It adds up, over the time steps, dL/da of unit h%1 — how much the loss wants its pre-activation to change, dL/dh times tanh′ = 1 − h² — times h%2 one step earlier. Adam&apos;s first step then moves every weight whose gradient is not 0 by almost exactly the learning rate (lr·|g| / (|g| + ε)), whatever the gradient&apos;s size: there only the sign counts.</source>
        <translation>dL/dW&lt;sub&gt;hh&lt;/sub&gt; es máximo en la fila h%1, columna h%2: %3. Completo:%4Suma, sobre los pasos temporales, dL/da de la unidad h%1 — cuánto quiere la pérdida que cambie su preactivación, dL/dh por tanh′ = 1 − h² — por h%2 un paso antes. El primer paso de Adam mueve entonces cada peso cuyo gradiente no es 0 casi exactamente la tasa de aprendizaje (lr·|g| / (|g| + ε)), sea cual sea el tamaño del gradiente: ahí solo cuenta el signo.</translation>
    </message>
    <message>
        <source>‘%1’ (step %2) %3</source>
        <translation>‘%1’ (paso %2) %3</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This network now&lt;/b&gt;: step %1 reads ‘%2’; next comes ‘%3’, and the network gives it p = %4. How much each input moves that: %5.</source>
        <translation>&lt;p&gt;&lt;b&gt;Esta red ahora&lt;/b&gt;: el paso %1 lee ‘%2’; luego viene ‘%3’, y la red le da p = %4. Cuánto lo mueve cada entrada: %5.</translation>
    </message>
    <message>
        <source>Steps %1 and %2 both read ‘%3’, yet their states lie %4 apart in the path (%5 across): the network remembers what came before.</source>
        <translation>Los pasos %1 y %2 leen ambos ‘%3’, pero sus estados están a %4 de distancia en la trayectoria (%5 de extensión): la red recuerda lo que vino antes.</translation>
    </message>
    <message>
        <source>Steps %1 and %2 both read ‘%3’, and their states lie almost on one point in the path (%4 apart, %5 across): here the network hardly tells them apart.</source>
        <translation>Los pasos %1 y %2 leen ambos ‘%3’, y sus estados caen casi en un mismo punto de la trayectoria (a %4, %5 de extensión): aquí la red apenas los distingue.</translation>
    </message>
    <message>
        <source>Score: %1 of %2 right</source>
        <translation>Puntuación: %1 de %2 aciertos</translation>
    </message>
    <message>
        <source>C&amp;ompare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <source>This model against one more &amp;layer</source>
        <translation>Este modelo contra una &amp;capa más</translation>
    </message>
    <message>
        <source>The model and data on the left, from its seed, beside the same with one more stacked layer</source>
        <translation>El modelo y los datos de la izquierda, desde su semilla, junto al mismo con una capa apilada más</translation>
    </message>
    <message>
        <source>This model as RNN, LSTM and &amp;GRU</source>
        <translation>Este modelo como RNN, LSTM y &amp;GRU</translation>
    </message>
    <message>
        <source>The model and data on the left, from its seed, as a vanilla RNN, an LSTM and a GRU</source>
        <translation>El modelo y los datos de la izquierda, desde su semilla, como RNN simple, LSTM y GRU</translation>
    </message>
    <message>
        <source>SVG, vector, text stays text (*.svg)</source>
        <translation>SVG, vectorial, el texto sigue siendo texto (*.svg)</translation>
    </message>
    <message>
        <source>PDF, vector, for handouts (*.pdf)</source>
        <translation>PDF, vectorial, para apuntes (*.pdf)</translation>
    </message>
    <message>
        <source>PNG at 1× (*.png)</source>
        <translation>PNG a 1× (*.png)</translation>
    </message>
    <message>
        <source>PNG at 2× (*.png)</source>
        <translation>PNG a 2× (*.png)</translation>
    </message>
    <message>
        <source>PNG at 3× (*.png)</source>
        <translation>PNG a 3× (*.png)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exportar %1</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>No se puede exportar</translation>
    </message>
    <message>
        <source>&amp;Graph as shown…</source>
        <translation>&amp;Grafo tal como se ve…</translation>
    </message>
    <message>
        <source>the graph</source>
        <translation>el grafo</translation>
    </message>
    <message>
        <source>&amp;Copy the graph</source>
        <translation>&amp;Copiar el grafo</translation>
    </message>
    <message>
        <source>rnnlab graph</source>
        <translation>grafo de rnnlab</translation>
    </message>
    <message>
        <source>Heatmaps</source>
        <translation>Mapas de calor</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>How far back a prediction looks</source>
        <translation>Hasta dónde mira atrás una predicción</translation>
    </message>
    <message>
        <source>The path of h_t</source>
        <translation>La trayectoria de h_t</translation>
    </message>
    <message>
        <source>Units over text</source>
        <translation>Unidades sobre el texto</translation>
    </message>
    <message>
        <source>%1k steps/s</source>
        <translation>%1k pasos/s</translation>
    </message>
    <message>
        <source>%1 steps/s</source>
        <translation>%1 pasos/s</translation>
    </message>
    <message>
        <source>Time series: prediction and anomalies</source>
        <translation>Serie temporal: predicción y anomalías</translation>
    </message>
    <message>
        <source>above</source>
        <translation>por encima de</translation>
    </message>
    <message>
        <source>to the end</source>
        <translation>hasta el final</translation>
    </message>
    <message>
        <source>&lt;p&gt;The lecture&apos;s first RNN applications are temporal: &lt;b&gt;time-series prediction&lt;/b&gt; and &lt;b&gt;anomaly detection&lt;/b&gt;. An LSTM has learnt a sine wave: at step t it reads x&lt;sub&gt;t&lt;/sub&gt; and predicts x&lt;sub&gt;t+1&lt;/sub&gt; (a number: the loss is the mean squared error).&lt;/p&gt;&lt;ul&gt;&lt;li&gt;The &lt;b&gt;one-step prediction&lt;/b&gt; (dashed) reads the true series up to x&lt;sub&gt;t&lt;/sub&gt;: it can only be one step wrong.&lt;/li&gt;&lt;li&gt;The &lt;b&gt;forecast&lt;/b&gt; (dotted) runs free: each prediction is fed back as the next input, so its errors carry on. Where the generator made the series, a thin line shows what really came.&lt;/li&gt;&lt;li&gt;Below, step t&apos;s error² (y&lt;sub&gt;t&lt;/sub&gt; − x&lt;sub&gt;t+1&lt;/sub&gt;)² on a log scale, and a &lt;b&gt;threshold&lt;/b&gt; (by default the training errors&apos; mean + 3 sd). A step above it is &lt;b&gt;flagged&lt;/b&gt;: a candidate, not yet an anomaly — it is one only where an anomaly was injected (hatched). Grey: warm-up, not counted.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Las primeras aplicaciones de RNN de la clase son temporales: &lt;b&gt;predicción de series temporales&lt;/b&gt; y &lt;b&gt;detección de anomalías&lt;/b&gt;. Una LSTM ha aprendido una onda senoidal: en el paso t lee x&lt;sub&gt;t&lt;/sub&gt; y predice x&lt;sub&gt;t+1&lt;/sub&gt; (un número: la pérdida es el error cuadrático medio).&lt;/p&gt;&lt;ul&gt;&lt;li&gt;La &lt;b&gt;predicción a un paso&lt;/b&gt; (discontinua) lee la serie real hasta x&lt;sub&gt;t&lt;/sub&gt;: solo puede equivocarse en un paso.&lt;/li&gt;&lt;li&gt;El &lt;b&gt;pronóstico&lt;/b&gt; (punteado) va libre: cada predicción se realimenta como la siguiente entrada, así que sus errores se arrastran. Donde el generador creó la serie, una línea fina muestra lo que vino de verdad.&lt;/li&gt;&lt;li&gt;Abajo, el error² (y&lt;sub&gt;t&lt;/sub&gt; − x&lt;sub&gt;t+1&lt;/sub&gt;)² del paso t en escala logarítmica, y un &lt;b&gt;umbral&lt;/b&gt; (por defecto, la media de los errores de entrenamiento + 3 dt). Un paso por encima queda &lt;b&gt;marcado&lt;/b&gt;: un candidato, aún no una anomalía — solo lo es donde se inyectó una anomalía (rayado). En gris: calentamiento, no se cuenta.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>no detectada</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>detectada</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Now&lt;/b&gt; (training step %1): flagged test steps: %2.</source>
        <translation>&lt;p&gt;&lt;b&gt;Ahora&lt;/b&gt; (paso de entrenamiento %1): pasos de prueba marcados: %2.</translation>
    </message>
    <message>
        <source> The anomaly at point %1: %2; flags after it (still disturbed): %3; false alarms: %4.</source>
        <translation> La anomalía en el punto %1: %2; marcas posteriores (red aún perturbada): %3; falsas alarmas: %4.</translation>
    </message>
    <message>
        <source> Largest error²: %1 at step %2 (predicting x&lt;sub&gt;%3&lt;/sub&gt;), %4 the threshold%5.</source>
        <translation> Mayor error²: %1 en el paso %2 (predice x&lt;sub&gt;%3&lt;/sub&gt;), %4 umbral%5.</translation>
    </message>
    <message>
        <source>%1 ×</source>
        <translation>%1 ×</translation>
    </message>
    <message>
        <source>: flagged</source>
        <translation>: marcado</translation>
    </message>
    <message>
        <source>: not flagged</source>
        <translation>: no marcado</translation>
    </message>
    <message>
        <source> Threshold %1: training error² %2 + 3 × %3 (sd)</source>
        <translation> Umbral %1: error² de entrenamiento %2 + 3 × %3 (dt)</translation>
    </message>
    <message>
        <source>; sd &gt; mean: ordinary steps pass it too.&lt;/p&gt;</source>
        <translation>; dt &gt; media: también lo superan pasos normales.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>.&lt;/p&gt;</source>
        <translation>.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Score: no questions answered yet</source>
        <translation>Puntuación: aún sin preguntas respondidas</translation>
    </message>
    <message>
        <source>cannot write %1: the picture could not be encoded as PNG (%2x%3 pixels)</source>
        <extracomment>%1 the file, %2 × %3 the picture&apos;s size in pixels.</extracomment>
        <translation>no se puede escribir %1: la imagen no se pudo codificar como PNG (%2x%3 píxeles)</translation>
    </message>
    <message>
        <source>&lt;p&gt;An RNN is flexible: it can read one input or many, and answer once or at every step.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;one-to-one&lt;/b&gt;: no sequence at all — one input, one output, no loop: a plain feed-forward network, the box the slide labels “vanilla”;&lt;/li&gt;&lt;li&gt;&lt;b&gt;one-to-many&lt;/b&gt;: one input, then a sequence out — image captioning, or &lt;i&gt;generating&lt;/i&gt; text: each output is fed back as the next input (the Generate tab);&lt;/li&gt;&lt;li&gt;&lt;b&gt;many-to-one&lt;/b&gt;: read a sequence, answer once — sentiment of a sentence;&lt;/li&gt;&lt;li&gt;&lt;b&gt;many-to-many&lt;/b&gt;: an output per input — our hello, or a tag for every word; translation is many-to-many too, but reads the whole sentence first and then writes one of its own length.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Choose a shape below. &lt;b&gt;one-to-many&lt;/b&gt; draws the network as it generates: x&lt;sub&gt;1&lt;/sub&gt; = ‘h’ is given, every later input is the character it picked one step before (the arrows from y&lt;sub&gt;t−1&lt;/sub&gt; down to x&lt;sub&gt;t&lt;/sub&gt;), with the states and probabilities of that pass — greedy, or sampled with the Generate tab&apos;s temperature and seed. Where the generated text parts from the training text, a ✗ marks the step. &lt;b&gt;one-to-one&lt;/b&gt; is x&lt;sub&gt;1&lt;/sub&gt; in, y&lt;sub&gt;1&lt;/sub&gt; out: one step&apos;s real numbers. The other two keep the numbers of the whole hello pass and only the inputs and outputs they use.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Una RNN es flexible: puede leer una entrada o muchas, y responder una vez o en cada paso.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;uno a uno&lt;/b&gt;: ninguna secuencia — una entrada, una salida, sin bucle: una red prealimentada simple, la caja que la diapositiva llama “vanilla”;&lt;/li&gt;&lt;li&gt;&lt;b&gt;uno a muchos&lt;/b&gt;: una entrada y luego una secuencia de salida — descripción de imágenes, o &lt;i&gt;generar&lt;/i&gt; texto: cada salida se realimenta como la siguiente entrada (la pestaña Generar);&lt;/li&gt;&lt;li&gt;&lt;b&gt;muchos a uno&lt;/b&gt;: leer una secuencia y responder una vez — el sentimiento de una frase;&lt;/li&gt;&lt;li&gt;&lt;b&gt;muchos a muchos&lt;/b&gt;: una salida por entrada — nuestro hello, o una etiqueta para cada palabra; la traducción también es muchos a muchos, pero lee primero la frase entera y luego escribe una de su propia longitud.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Elige una forma abajo. &lt;b&gt;uno a muchos&lt;/b&gt; dibuja la red mientras genera: x&lt;sub&gt;1&lt;/sub&gt; = ‘h’ está dada, cada entrada posterior es el carácter que eligió un paso antes (las flechas de y&lt;sub&gt;t−1&lt;/sub&gt; hacia x&lt;sub&gt;t&lt;/sub&gt;), con los estados y las probabilidades de esa pasada — voraz, o muestreada con la temperatura y la semilla de la pestaña Generar. Donde el texto generado se aparta del texto de entrenamiento, una ✗ marca el paso. &lt;b&gt;uno a uno&lt;/b&gt; es x&lt;sub&gt;1&lt;/sub&gt; de entrada, y&lt;sub&gt;1&lt;/sub&gt; de salida: los números reales de un paso. Las otras dos conservan los números de la pasada completa de hello y solo las entradas y salidas que usan.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ValueEquations</name>
    <message>
        <source>N = number of predicted steps, over all series</source>
        <translation>N = número de pasos predichos, en todas las series</translation>
    </message>
    <message>
        <source>N = number of predicted steps, over all series; D = features per step</source>
        <translation>N = número de pasos predichos, en todas las series; D = variables por paso</translation>
    </message>
    <message>
        <source>%1 (predicts x_{t+1}),   loss_t = (y_t − x_{t+1})²,   L = MSE = (1/N) Σ_t loss_t,   </source>
        <extracomment>%1 is the output&apos;s equation (y_t = W_hy h_t + b_y).</extracomment>
        <translation>%1 (predice x_{t+1}),   loss_t = (y_t − x_{t+1})²,   L = MSE = (1/N) Σ_t loss_t,   </translation>
    </message>
    <message>
        <source>%1 (predicts x_{t+1}),   loss_t = Σ_d (y_t[d] − x_{t+1}[d])²,   L = MSE = (1/(N·D)) Σ_t loss_t,   </source>
        <extracomment>%1 is the output&apos;s equation (y_t = W_hy h_t + b_y).</extracomment>
        <translation>%1 (predice x_{t+1}),   loss_t = Σ_d (y_t[d] − x_{t+1}[d])²,   L = MSE = (1/(N·D)) Σ_t loss_t,   </translation>
    </message>
    <message>
        <source>a test series is never trained on:</source>
        <translation>con una serie de prueba nunca se entrena:</translation>
    </message>
    <message>
        <source>this squared error is in no loss L and sends no gradient back</source>
        <translation>este error cuadrático no entra en ninguna pérdida L ni envía gradiente hacia atrás</translation>
    </message>
    <message>
        <source>(forward and error only; the Signal tab holds it against the anomaly threshold)</source>
        <translation>(solo hacia delante y error; la pestaña Señal lo compara con el umbral de anomalía)</translation>
    </message>
    <message>
        <source>%1 step</source>
        <translation>%1 paso</translation>
    </message>
    <message>
        <source>%1 steps</source>
        <translation>%1 pasos</translation>
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
        <translation>la predicción de x_%1</translation>
    </message>
    <message>
        <source>its share of L:</source>
        <translation>su parte de L:</translation>
    </message>
    <message>
        <source>L = MSE, the mean over %1 values: L = %2</source>
        <extracomment>%1 the count (&quot;N·D = 119 steps × 2 features = 238&quot;), %2 the loss.</extracomment>
        <translation>L = MSE, la media sobre %1 valores: L = %2</translation>
    </message>
    <message>
        <source>L = MSE, the mean over %1: L = %2</source>
        <translation>L = MSE, la media sobre %1: L = %2</translation>
    </message>
</context>
<context>
    <name>rnnlab</name>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>Matrices</source>
        <translation>Matrices</translation>
    </message>
    <message>
        <source>Step by hand</source>
        <translation>Paso a mano</translation>
    </message>
    <message>
        <source>Loss and accuracy</source>
        <translation>Pérdida y exactitud</translation>
    </message>
    <message>
        <source>Predictions per step</source>
        <translation>Predicciones por paso</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generar</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Señal</translation>
    </message>
    <message>
        <source>PyTorch</source>
        <translation>PyTorch</translation>
    </message>
    <message>
        <source>Predictions per step lists predicted strings: it is for character tasks only.</source>
        <translation>Predicciones por paso lista cadenas predichas: es solo para tareas de caracteres.</translation>
    </message>
    <message>
        <source>Generate writes text, for character tasks only. A time series&apos; free-running forecast (each prediction fed back as the next input) is drawn in the Signal tab, as long as you set it there.</source>
        <translation>Generar escribe texto, solo para tareas de caracteres. El pronóstico libre de una serie temporal (cada predicción realimentada como la siguiente entrada) se dibuja en la pestaña Señal, con la longitud que fijes allí.</translation>
    </message>
    <message>
        <source>The Memory tab ranks influence over characters: it is for character tasks only.</source>
        <translation>La pestaña Memoria ordena la influencia sobre caracteres: es solo para tareas de caracteres.</translation>
    </message>
    <message>
        <source> This run is a translation (an encoder–decoder): its loss and accuracy are in the Loss tab, each pair&apos;s greedy translation at every step in Predictions per step, and its three weight sets (encoder, decoder, fc) in the Matrices panel.</source>
        <translation> Esta ejecución es una traducción (un codificador–decodificador): su pérdida y su exactitud están en la pestaña Pérdida, la traducción voraz de cada par en cada paso, en Predicciones por paso, y sus tres conjuntos de pesos (encoder, decoder, fc), en el panel Matrices.</translation>
    </message>
    <message>
        <source>An encoder–decoder is drawn by its own graph.</source>
        <translation>Un codificador–decodificador se dibuja con su propio grafo.</translation>
    </message>
    <message>
        <source>Generate writes text by feeding a network&apos;s output back as its next input; a translation does that in its decoder, and its greedy translations are listed in Predictions per step.</source>
        <translation>Generar escribe texto realimentando la salida de una red como su siguiente entrada; una traducción lo hace en su decodificador, y sus traducciones voraces aparecen en Predicciones por paso.</translation>
    </message>
    <message>
        <source>The Memory tab reads one network over one text; an encoder–decoder&apos;s two are not analysed yet.</source>
        <translation>La pestaña Memoria analiza una red sobre un texto; las dos redes de un codificador–decodificador aún no se analizan.</translation>
    </message>
    <message>
        <source> This run is a time series: its values, the network&apos;s predictions, the free-running forecast and the flagged steps are in the Signal tab, and every number of a time step in the graph.</source>
        <translation> Esta ejecución es una serie temporal: sus valores, las predicciones de la red, el pronóstico libre y los pasos marcados están en la pestaña Señal, y todos los números de un paso temporal, en el grafo.</translation>
    </message>
</context>
<context>
    <name>rnnlab::CellValueEditor</name>
    <message>
        <source>Type a number, e.g. 0.5 or -1.2e-3</source>
        <translation>Escribe un número, p. ej. 0.5 o -1.2e-3</translation>
    </message>
    <message>
        <source>Use a point as the decimal separator: %1</source>
        <translation>Usa el punto como separador decimal: %1</translation>
    </message>
    <message>
        <source>“%1” is not a number: type e.g. 0.5 or -1.2e-3</source>
        <translation>“%1” no es un número: escribe p. ej. 0.5 o -1.2e-3</translation>
    </message>
    <message>
        <source>A weight must be a finite number (%1 would turn the loss into nan)</source>
        <translation>Un peso debe ser un número finito (%1 convertiría la pérdida en nan)</translation>
    </message>
    <message>
        <source>Too large for a float32 weight: at most ±%1</source>
        <translation>Demasiado grande para un peso float32: como máximo ±%1</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Valor nuevo</translation>
    </message>
</context>
<context>
    <name>rnnlab::ColorLegend</name>
    <message>
        <source>%1: blue is negative, red is positive; the colour is darkest at ±%2 and beyond.</source>
        <extracomment>%1 the legend&apos;s caption (Weights), %2 the colour scale&apos;s end.</extracomment>
        <translation>%1: azul es negativo, rojo es positivo; el color es más oscuro en ±%2 y más allá.</translation>
    </message>
    <message>
        <source>The numbers in the cells and under the bar are in units of %1: %2 in a cell means %3.</source>
        <extracomment>%1 a power of ten (10⁻³), %2 a number as a cell prints it, %3 the value it stands for.</extracomment>
        <translation>Los números de las celdas y bajo la barra están en unidades de %1: %2 en una celda significa %3.</translation>
    </message>
    <message>
        <source>Where the cells are too small for numbers, hover a cell (or move to it with the arrow keys) to read its value.</source>
        <translation>Donde las celdas son demasiado pequeñas para los números, pasa el ratón sobre una celda (o ve a ella con las flechas) para leer su valor.</translation>
    </message>
</context>
<context>
    <name>rnnlab::ColorMap</name>
    <message>
        <source>input gate i</source>
        <extracomment>A gate&apos;s name (LSTM: i, f, g, o; GRU: r, z, n): keep its letter last, after a space.</extracomment>
        <translation>compuerta de entrada i</translation>
    </message>
    <message>
        <source>forget gate f</source>
        <translation>compuerta de olvido f</translation>
    </message>
    <message>
        <source>candidate g</source>
        <translation>candidato g</translation>
    </message>
    <message>
        <source>output gate o</source>
        <translation>compuerta de salida o</translation>
    </message>
    <message>
        <source>reset gate r</source>
        <translation>compuerta de reinicio r</translation>
    </message>
    <message>
        <source>update gate z</source>
        <translation>compuerta de actualización z</translation>
    </message>
    <message>
        <source>candidate n</source>
        <translation>candidato n</translation>
    </message>
</context>
<context>
    <name>rnnlab::ComparePanel</name>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Compare without model %1</source>
        <translation>Comparar sin el modelo %1</translation>
    </message>
    <message>
        <source>Model %1&apos;s cell: rnn_tanh, rnn_relu (torch.nn.RNN), lstm (torch.nn.LSTM) or gru (torch.nn.GRU)</source>
        <translation>Celda del modelo %1: rnn_tanh, rnn_relu (torch.nn.RNN), lstm (torch.nn.LSTM) o gru (torch.nn.GRU)</translation>
    </message>
    <message>
        <source>Model %1&apos;s stacked layers (1–8)</source>
        <translation>Capas apiladas del modelo %1 (1–8)</translation>
    </message>
    <message>
        <source>H </source>
        <translation>H </translation>
    </message>
    <message>
        <source>Model %1&apos;s hidden size H: units per layer (without an output layer H must equal the vocabulary size)</source>
        <translation>Tamaño del estado oculto H del modelo %1: unidades por capa (sin capa de salida, H debe ser igual al tamaño del vocabulario)</translation>
    </message>
    <message>
        <source>output layer</source>
        <translation>capa de salida</translation>
    </message>
    <message>
        <source>Model %1 reads its predictions through nn.Linear(H, V) (W_hy); without it, the top layer&apos;s hidden state is the logits</source>
        <translation>El modelo %1 lee sus predicciones mediante nn.Linear(H, V) (W_hy); sin ella, el estado oculto de la capa superior son los logits</translation>
    </message>
    <message>
        <source>Model %1&apos;s seed: torch.manual_seed for its initial weights</source>
        <translation>Semilla del modelo %1: torch.manual_seed para sus pesos iniciales</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>semilla</translation>
    </message>
    <message>
        <source> layer</source>
        <translation> capa</translation>
    </message>
    <message>
        <source> layers</source>
        <translation> capas</translation>
    </message>
    <message>
        <source>seed: &quot;%1&quot; is not a whole number from −9223372036854775808 to 9223372036854775807</source>
        <translation>semilla: &quot;%1&quot; no es un número entero de −9223372036854775808 a 9223372036854775807</translation>
    </message>
</context>
<context>
    <name>rnnlab::ComparePlot</name>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Correct characters</source>
        <translation>Caracteres correctos</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic axis: late, small differences between the models stay visible</source>
        <translation>Mostrar la pérdida en un eje logarítmico: las diferencias pequeñas y tardías entre los modelos siguen siendo visibles</translation>
    </message>
    <message>
        <source>training step</source>
        <translation>paso de entrenamiento</translation>
    </message>
    <message>
        <source>correct (%)</source>
        <translation>correctos (%)</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
</context>
<context>
    <name>rnnlab::CompareWindow</name>
    <message>
        <source>Space: train · Ctrl+→: one step for every model · Ctrl+L: lock step or free-running · F: fold the graphs</source>
        <translation>Espacio: entrenar · Ctrl+→: un paso para cada modelo · Ctrl+L: paso sincronizado o libre · F: plegar los grafos</translation>
    </message>
    <message>
        <source>Every model trains on these texts with these optimizer settings, so that only the models differ. Change them in the main window (Model and data) and compare again.</source>
        <translation>Todos los modelos se entrenan con estos textos y esta configuración del optimizador, para que solo difieran los modelos. Cámbialos en la ventana principal (Modelo y datos) y vuelve a comparar.</translation>
    </message>
    <message>
        <source>Which training text the graphs show</source>
        <translation>Qué texto de entrenamiento muestran los grafos</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <source>Train every model at the chosen speed (Space)</source>
        <translation>Entrenar todos los modelos a la velocidad elegida (Espacio)</translation>
    </message>
    <message>
        <source>Pause every model (Space)</source>
        <translation>Pausar todos los modelos (Espacio)</translation>
    </message>
    <message>
        <source>One optimizer step for every model (Ctrl+→)</source>
        <translation>Un paso del optimizador para cada modelo (Ctrl+→)</translation>
    </message>
    <message>
        <source>Every model back to its seed&apos;s initial weights, step 0 (Ctrl+R)</source>
        <translation>Todos los modelos vuelven a los pesos iniciales de su semilla, paso 0 (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Lock step</source>
        <translation>Paso &amp;sincronizado</translation>
    </message>
    <message>
        <source>On: every model shows the same step (the fast ones wait for the slowest). Off: each model trains as fast as it can (Ctrl+L)</source>
        <translation>Activado: todos los modelos muestran el mismo paso (los rápidos esperan al más lento). Desactivado: cada modelo entrena tan rápido como puede (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Add a model</source>
        <translation>&amp;Añadir un modelo</translation>
    </message>
    <message>
        <source>Compare a third model (Ctrl+Shift+N): the first cell type not compared yet</source>
        <translation>Comparar un tercer modelo (Ctrl+Shift+N): el primer tipo de celda aún no comparado</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Ce&amp;rrar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Fold the graphs</source>
        <translation>&amp;Plegar los grafos</translation>
    </message>
    <message>
        <source>Fold every unrolled graph into its cell with the W_hh loop, or unfold them (F)</source>
        <translation>Plegar cada grafo desplegado en su celda con el bucle W_hh, o desplegarlos (F)</translation>
    </message>
    <message>
        <source>Fit to &amp;window</source>
        <translation>Ajustar a la &amp;ventana</translation>
    </message>
    <message>
        <source>Show each whole graph (Ctrl+0)</source>
        <translation>Mostrar cada grafo completo (Ctrl+0)</translation>
    </message>
    <message>
        <source>&amp;Gradient through time</source>
        <translation>&amp;Gradiente a través del tiempo</translation>
    </message>
    <message>
        <source>How much of the last step&apos;s gradient reaches each h_t, model against model: on by itself when the cells differ (Ctrl+D)</source>
        <translation>Cuánto del gradiente del último paso llega a cada h_t, modelo contra modelo: se activa solo cuando las celdas difieren (Ctrl+D)</translation>
    </message>
    <message>
        <source>How far &amp;back a prediction looks</source>
        <translation>Hasta dónde mira &amp;atrás una predicción</translation>
    </message>
    <message>
        <source>How much each earlier input drives one step&apos;s prediction, model against model: on by itself when the cells differ (Ctrl+B)</source>
        <translation>Cuánto influye cada entrada anterior en la predicción de un paso, modelo contra modelo: se activa solo cuando las celdas difieren (Ctrl+B)</translation>
    </message>
    <message>
        <source>&amp;Log scale for the loss</source>
        <translation>Escala &amp;logarítmica para la pérdida</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Load a comparison the lecture uses</source>
        <translation>Cargar una comparación que usa la clase</translation>
    </message>
    <message>
        <source>Presets…</source>
        <translation>Ajustes predefinidos…</translation>
    </message>
    <message>
        <source>Compare models — rnnlab</source>
        <translation>Comparar modelos — rnnlab</translation>
    </message>
    <message>
        <source>Compare: %1 — rnnlab</source>
        <translation>Comparar: %1 — rnnlab</translation>
    </message>
    <message>
        <source>Lock step: every model shows the same training step. The table&apos;s numbers are what rnnlab-cli train prints for each session.</source>
        <translation>Paso sincronizado: todos los modelos muestran el mismo paso de entrenamiento. Los números de la tabla son los que imprime rnnlab-cli train para cada sesión.</translation>
    </message>
    <message>
        <source>Adam, lr %1</source>
        <translation>Adam, lr %1</translation>
    </message>
    <message>
        <source>SGD, lr %1, momentum %2</source>
        <translation>SGD, lr %1, momento %2</translation>
    </message>
    <message>
        <source>, gradients clipped at %1</source>
        <translation>, gradientes recortados a %1</translation>
    </message>
    <message>
        <source>, no clipping</source>
        <translation>, sin recorte</translation>
    </message>
    <message>
        <source>Every model: %1 · %2</source>
        <translation>Todos los modelos: %1 · %2</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Paso %1</translation>
    </message>
    <message>
        <source>Steps %1</source>
        <translation>Pasos %1</translation>
    </message>
    <message>
        <source>Lock step: every model has taken this many steps</source>
        <translation>Paso sincronizado: todos los modelos han dado este número de pasos</translation>
    </message>
    <message>
        <source>Free-running: the steps each model has taken (A · B · C)</source>
        <translation>Libre: los pasos que ha dado cada modelo (A · B · C)</translation>
    </message>
    <message>
        <source>lock step: %1 steps/s</source>
        <translation>paso sincronizado: %1 pasos/s</translation>
    </message>
    <message>
        <source>Training stopped: model %1&apos;s step was refused (see the message on its graph)</source>
        <translation>Entrenamiento detenido: se rechazó el paso del modelo %1 (ver el mensaje en su grafo)</translation>
    </message>
    <message>
        <source>Model %1 stopped</source>
        <translation>Modelo %1 detenido</translation>
    </message>
    <message>
        <source>Change model %1&apos;s settings, or Reset to start every model over.</source>
        <translation>Cambia la configuración del modelo %1, o pulsa Restablecer para que todos los modelos empiecen de nuevo.</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>personalizado</translation>
    </message>
    <message>
        <source>Model %1 changed: every model starts over from step 0, so that they stay comparable</source>
        <translation>Modelo %1 cambiado: todos los modelos empiezan de nuevo desde el paso 0, para que sigan siendo comparables</translation>
    </message>
</context>
<context>
    <name>rnnlab::ContextEquations</name>
    <message>
        <source>Context, backward through time</source>
        <translation>Contexto, hacia atrás en el tiempo</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source> · layer %1</source>
        <translation> · capa %1</translation>
    </message>
    <message>
        <source>h_0^{dec} = h_n^{enc},   c_0^{dec} = c_n^{enc}   (every layer; n = %1 source characters)</source>
        <translation>h_0^{dec} = h_n^{enc},   c_0^{dec} = c_n^{enc}   (cada capa; n = %1 caracteres fuente)</translation>
    </message>
    <message>
        <source>h_0^{dec} = h_n^{enc}   (every layer; n = %1 source characters)</source>
        <translation>h_0^{dec} = h_n^{enc}   (cada capa; n = %1 caracteres fuente)</translation>
    </message>
    <message>
        <source>the decoder never sees the source itself: only these %1 numbers per layer</source>
        <translation>el decodificador nunca ve la fuente en sí: solo estos %1 números por capa</translation>
    </message>
    <message>
        <source>dL/dh_n^{enc} gets dL/dh_0^{dec},   dL/dc_n^{enc} gets dL/dc_0^{dec} = f_1^{dec} ⊙ dL/dc_1^{dec}</source>
        <translation>dL/dh_n^{enc} recibe dL/dh_0^{dec},   dL/dc_n^{enc} recibe dL/dc_0^{dec} = f_1^{dec} ⊙ dL/dc_1^{dec}</translation>
    </message>
    <message>
        <source>dL/dh_n^{enc} gets dL/dh_0^{dec}: the decoder&apos;s gradient of its starting state</source>
        <translation>dL/dh_n^{enc} recibe dL/dh_0^{dec}: el gradiente del decodificador en su estado inicial</translation>
    </message>
    <message>
        <source>→ reaches the encoder:</source>
        <translation>→ llega al codificador:</translation>
    </message>
    <message>
        <source>from here back through the encoder, from its last step: its only loss is the decoder&apos;s, carried across the context</source>
        <translation>desde aquí hacia atrás por el codificador, desde su último paso: su única pérdida es la del decodificador, transmitida a través del contexto</translation>
    </message>
</context>
<context>
    <name>rnnlab::EquationAccessible</name>
    <message>
        <source>Equations</source>
        <translation>Ecuaciones</translation>
    </message>
</context>
<context>
    <name>rnnlab::EquationModel</name>
    <message>
        <source>units %1:</source>
        <translation>unidades %1:</translation>
    </message>
    <message>
        <source>(no gradients: the loss of this pass is not finite)</source>
        <translation>(sin gradientes: la pérdida de esta pasada no es finita)</translation>
    </message>
    <message>
        <source>from layer %1</source>
        <translation>de la capa %1</translation>
    </message>
    <message>
        <source>the loss of the text: −log of the probability of its label (scored at the last step)</source>
        <translation>la pérdida del texto: −log de la probabilidad de su etiqueta (puntuada en el último paso)</translation>
    </message>
    <message>
        <source>the loss at this step: −log of the probability of the next character</source>
        <translation>la pérdida en este paso: −log de la probabilidad del siguiente carácter</translation>
    </message>
    <message>
        <source>the loss at this step: −log of the probability of the target</source>
        <translation>la pérdida en este paso: −log de la probabilidad del objetivo</translation>
    </message>
    <message>
        <source>dL/dh_t = (from y_t or the layer above) + W_hhᵀ dL/da_{t+1},   dL/da_t = dL/dh_t ⊙ [h_t &gt; 0]</source>
        <translation>dL/dh_t = (de y_t o de la capa superior) + W_hhᵀ dL/da_{t+1},   dL/da_t = dL/dh_t ⊙ [h_t &gt; 0]</translation>
    </message>
    <message>
        <source>dL/dh_t = (from y_t or the layer above) + W_hhᵀ dL/da_{t+1},   dL/da_t = dL/dh_t ⊙ (1 − h_t²)</source>
        <translation>dL/dh_t = (de y_t o de la capa superior) + W_hhᵀ dL/da_{t+1},   dL/da_t = dL/dh_t ⊙ (1 − h_t²)</translation>
    </message>
    <message>
        <source>h_t%5 = %1(W_hh%5 h_{t−1}%5 + W_xh%5 %4 + b%5) = %1(a_t%5),   %2   for t = 1 … %3, h_0 = 0;   b%5 = b_ih%5 + b_hh%5 (PyTorch keeps the two biases apart)</source>
        <extracomment>The RNN&apos;s equations. %1 the activation (tanh or ReLU), %2 the output&apos;s equations, %3 the number of time steps, %4 the layer&apos;s input (x_t), %5 the layer&apos;s superscript (empty for one layer).</extracomment>
        <translation>h_t%5 = %1(W_hh%5 h_{t−1}%5 + W_xh%5 %4 + b%5) = %1(a_t%5),   %2   para t = 1 … %3, h_0 = 0;   b%5 = b_ih%5 + b_hh%5 (PyTorch mantiene separados los dos sesgos)</translation>
    </message>
    <message>
        <source>Backward through time</source>
        <translation>Hacia atrás en el tiempo</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Hacia delante</translation>
    </message>
    <message>
        <source>%1, test series %2</source>
        <extracomment>The walk&apos;s direction (Forward) and which test series it walks.</extracomment>
        <translation>%1, serie de prueba %2</translation>
    </message>
    <message>
        <source>, layer %1</source>
        <translation>, capa %1</translation>
    </message>
    <message>
        <source>the squared error of this step: (y_t − x_{t+1})² per feature (a test series: no share of L)</source>
        <translation>el error cuadrático de este paso: (y_t − x_{t+1})² por variable (serie de prueba: no entra en L)</translation>
    </message>
    <message>
        <source>%1: what the layer below contributes</source>
        <translation>%1: lo que aporta la capa inferior</translation>
    </message>
    <message>
        <source>y_%1 (logits)</source>
        <translation>y_%1 (logits)</translation>
    </message>
    <message>
        <source> (not scored: a classifier is scored at the last time step only)</source>
        <translation> (sin puntuar: un clasificador solo se puntúa en el último paso temporal)</translation>
    </message>
    <message>
        <source> ✗ (the label is %1)</source>
        <extracomment>%1 is the true label (a character or class).</extracomment>
        <translation> ✗ (la etiqueta es %1)</translation>
    </message>
    <message>
        <source> ✗ (the text goes on with %1)</source>
        <extracomment>%1 is the true next character.</extracomment>
        <translation> ✗ (el texto sigue con %1)</translation>
    </message>
    <message>
        <source>the largest is p_%1[%2] = %3: predicts %2%4</source>
        <extracomment>%1 the time step, %2 the predicted character or class, %3 its probability, %4 the verdict (✓, or ✗ with the true one).</extracomment>
        <translation>la mayor es p_%1[%2] = %3: predice %2%4</translation>
    </message>
    <message>
        <source>no loss at t = %1: this time step has no target</source>
        <translation>sin pérdida en t = %1: este paso temporal no tiene objetivo</translation>
    </message>
    <message>
        <source>no backward pass — %1</source>
        <translation>sin pasada hacia atrás — %1</translation>
    </message>
    <message>
        <source>x_%1%2 = h_%1 of layer %3 =</source>
        <extracomment>%1 the time step, %2 the layer&apos;s superscript, %3 the layer below.</extracomment>
        <translation>x_%1%2 = h_%1 de la capa %3 =</translation>
    </message>
    <message>
        <source>x_%1 = the values of test series %2 at t = %1 =</source>
        <translation>x_%1 = los valores de la serie de prueba %2 en t = %1 =</translation>
    </message>
    <message>
        <source>x_%1 = the values of series %2 at t = %1 =</source>
        <translation>x_%1 = los valores de la serie %2 en t = %1 =</translation>
    </message>
    <message>
        <source>the mean over the %1 texts&apos; labels (one scored step each)</source>
        <translation>la media sobre las etiquetas de los %1 textos (un paso puntuado cada uno)</translation>
    </message>
    <message>
        <source>the mean over the %1 scored time steps of all texts</source>
        <translation>la media sobre los %1 pasos temporales puntuados de todos los textos</translation>
    </message>
    <message>
        <source>the training loss is %1: L = %2</source>
        <extracomment>%1 what the loss averages (&quot;the mean over the 12 scored time steps of all texts&quot;), %2 its value.</extracomment>
        <translation>la pérdida de entrenamiento es %1: L = %2</translation>
    </message>
    <message>
        <source>dL/dy_%1 = (p_%1 − one-hot(%2)) / %3: L is the mean over %3 predictions</source>
        <extracomment>%1 the time step, %2 the target (&apos;e&apos;), %3 the number of predictions N.</extracomment>
        <translation>dL/dy_%1 = (p_%1 − one-hot(%2)) / %3: L es la media sobre %3 predicciones</translation>
    </message>
    <message>
        <source>nothing after t = %1</source>
        <translation>nada después de t = %1</translation>
    </message>
    <message>
        <source>dL/da_%1 = dL/dh_%1 where h_%1 &gt; 0 =</source>
        <translation>dL/da_%1 = dL/dh_%1 donde h_%1 &gt; 0 =</translation>
    </message>
    <message>
        <source>→ into ∂W_xh, ∂W_hh, ∂b</source>
        <translation>→ a ∂W_xh, ∂W_hh, ∂b</translation>
    </message>
    <message>
        <source>0: the encoder has no outputs</source>
        <translation>0: el codificador no tiene salidas</translation>
    </message>
    <message>
        <source>dL/dh_0^{dec} across the context</source>
        <translation>dL/dh_0^{dec} a través del contexto</translation>
    </message>
    <message>
        <source>dL/dh_t: the encoder has no outputs; from t+1, and at its last step from the decoder&apos;s dL/dh_0 across the context</source>
        <translation>dL/dh_t: el codificador no tiene salidas; desde t+1, y en su último paso desde el dL/dh_0 del decodificador a través del contexto</translation>
    </message>
    <message>
        <source>h_0%1 = h_%2%3 (the context)</source>
        <translation>h_0%1 = h_%2%3 (el contexto)</translation>
    </message>
    <message>
        <source>teacher forcing: the decoder reads the previous target token (&lt;sos&gt; at the first step), not its own previous output</source>
        <translation>teacher forcing: el decodificador lee el token objetivo anterior (&lt;sos&gt; en el primer paso), no su propia salida anterior</translation>
    </message>
    <message>
        <source>the encoder reads the source one character at a time; it has no outputs</source>
        <translation>el codificador lee la fuente carácter a carácter; no tiene salidas</translation>
    </message>
</context>
<context>
    <name>rnnlab::EquationView</name>
    <message>
        <source>Numbers are rounded for display. Results (sums, products, tanh, σ, softmax) use the exact values, so working them out from the printed numbers may change a last digit; the graph shows every digit on hover.</source>
        <translation>Los números se redondean al mostrarlos. Los resultados (sumas, productos, tanh, σ, softmax) usan los valores exactos, así que calcularlos con los números impresos puede cambiar el último dígito; el grafo muestra todos los dígitos al pasar el ratón.</translation>
    </message>
</context>
<context>
    <name>rnnlab::GatedEquations</name>
    <message>
        <source>a_k = W_ik %1 + W_hk h_{t−1} + b_k for each gate k = i, f, g, o;  i, f, o = σ(a_k),  g = tanh(a_g),  c_t = f ⊙ c_{t−1} + i ⊙ g,  h_t = o ⊙ tanh(c_t);  W_ih stacks W_ii, W_if, W_ig, W_io in PyTorch&apos;s row order i, f, g, o; W_hh likewise</source>
        <extracomment>The LSTM&apos;s equations; %1 is what the layer reads (x_t, or h_t of the layer below).</extracomment>
        <translation>a_k = W_ik %1 + W_hk h_{t−1} + b_k para cada compuerta k = i, f, g, o;  i, f, o = σ(a_k),  g = tanh(a_g),  c_t = f ⊙ c_{t−1} + i ⊙ g,  h_t = o ⊙ tanh(c_t);  W_ih apila W_ii, W_if, W_ig, W_io en el orden de filas de PyTorch i, f, g, o; W_hh igual</translation>
    </message>
    <message>
        <source>r, z = σ(a_k), a_k = W_ik %1 + W_hk h_{t−1} + b_k (k = r, z);  n = tanh(W_in %1 + b_in + r ⊙ (W_hn h_{t−1} + b_hn));  h_t = (1 − z) ⊙ n + z ⊙ h_{t−1};  W_ih stacks W_ir, W_iz, W_in in PyTorch&apos;s row order r, z, n; W_hh likewise</source>
        <extracomment>The GRU&apos;s equations; %1 is what the layer reads (x_t, or h_t of the layer below).</extracomment>
        <translation>r, z = σ(a_k), a_k = W_ik %1 + W_hk h_{t−1} + b_k (k = r, z);  n = tanh(W_in %1 + b_in + r ⊙ (W_hn h_{t−1} + b_hn));  h_t = (1 − z) ⊙ n + z ⊙ h_{t−1};  W_ih apila W_ir, W_iz, W_in en el orden de filas de PyTorch r, z, n; W_hh igual</translation>
    </message>
    <message>
        <source>dL/dh_t = (from above) + W_hhᵀ dL/da_{t+1},  dL/dc_t = dL/dh_t ⊙ o ⊙ (1 − tanh² c_t) + f_{t+1} ⊙ dL/dc_{t+1},  dL/da_t per gate</source>
        <translation>dL/dh_t = (de arriba) + W_hhᵀ dL/da_{t+1},  dL/dc_t = dL/dh_t ⊙ o ⊙ (1 − tanh² c_t) + f_{t+1} ⊙ dL/dc_{t+1},  dL/da_t por compuerta</translation>
    </message>
    <message>
        <source>dL/dh_t = (from above) + W_hhᵀ dL/dgh_{t+1} + z_{t+1} ⊙ dL/dh_{t+1},  dL/dgi, dL/dgh per gate</source>
        <translation>dL/dh_t = (de arriba) + W_hhᵀ dL/dgh_{t+1} + z_{t+1} ⊙ dL/dh_{t+1},  dL/dgi, dL/dgh por compuerta</translation>
    </message>
    <message>
        <source>: the series&apos; values, weighed by the columns of W_ih)</source>
        <translation>: los valores de la serie, ponderados por las columnas de W_ih)</translation>
    </message>
    <message>
        <source>(one-hot x_%1: column %2 of W_ih)</source>
        <translation>(x_%1 one-hot: columna %2 de W_ih)</translation>
    </message>
    <message>
        <source>and dL/dgh_n = r ⊙ dL/da_n =</source>
        <translation>y dL/dgh_n = r ⊙ dL/da_n =</translation>
    </message>
    <message>
        <source>→ into ∂W_ih, ∂W_hh, ∂b</source>
        <translation>→ a ∂W_ih, ∂W_hh, ∂b</translation>
    </message>
    <message>
        <source>%1_0%2 (the context)</source>
        <translation>%1_0%2 (el contexto)</translation>
    </message>
    <message>
        <source>dL/dc_0^{dec} across the context</source>
        <translation>dL/dc_0^{dec} a través del contexto</translation>
    </message>
</context>
<context>
    <name>rnnlab::GenerationPanel</name>
    <message>
        <source>characters to start from</source>
        <translation>caracteres de partida</translation>
    </message>
    <message>
        <source>The network reads these characters first, then continues on its own</source>
        <translation>La red lee primero estos caracteres y luego sigue por su cuenta</translation>
    </message>
    <message>
        <source>Pr&amp;ime:</source>
        <translation>Texto &amp;inicial:</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> caracteres</translation>
    </message>
    <message>
        <source>How many characters to generate after the prime</source>
        <translation>Cuántos caracteres generar tras el texto inicial</translation>
    </message>
    <message>
        <source>Le&amp;ngth:</source>
        <translation>&amp;Longitud:</translation>
    </message>
    <message>
        <source>Greed&amp;y</source>
        <translation>&amp;Voraz</translation>
    </message>
    <message>
        <source>Always take the most probable next character (argmax)</source>
        <translation>Tomar siempre el siguiente carácter más probable (argmax)</translation>
    </message>
    <message>
        <source>Sa&amp;mple</source>
        <translation>&amp;Muestrear</translation>
    </message>
    <message>
        <source>Draw the next character from softmax(logits / temperature)</source>
        <translation>Sortear el siguiente carácter según softmax(logits / temperatura)</translation>
    </message>
    <message>
        <source>Next character:</source>
        <translation>Siguiente carácter:</translation>
    </message>
    <message>
        <source>1 samples from the network&apos;s own probabilities; smaller is more conservative, larger more adventurous</source>
        <translation>1 muestrea con las propias probabilidades de la red; menos es más conservador, más es más arriesgado</translation>
    </message>
    <message>
        <source>The same seed draws the same text again</source>
        <translation>La misma semilla vuelve a sortear el mismo texto</translation>
    </message>
    <message>
        <source>See&amp;d:</source>
        <translation>&amp;Semilla:</translation>
    </message>
    <message>
        <source>Temperat&amp;ure:</source>
        <translation>&amp;Temperatura:</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generar</translation>
    </message>
    <message>
        <source>&amp;Result (the prime in bold, then what the network wrote):</source>
        <translation>&amp;Resultado (el texto inicial en negrita y luego lo que escribió la red):</translation>
    </message>
    <message>
        <source>Nothing generated yet</source>
        <translation>Aún no se ha generado nada</translation>
    </message>
    <message>
        <source>This model is a classifier (many-to-one): its outputs are labels, not characters, so it cannot write text. Generation is one-to-many: train a next-character model (lines without a label) to use it.</source>
        <translation>Este modelo es un clasificador (muchos a uno): sus salidas son etiquetas, no caracteres, así que no puede escribir texto. La generación es uno a muchos: para usarla, entrena un modelo de siguiente carácter (líneas sin etiqueta).</translation>
    </message>
    <message>
        <source>Waiting for a model</source>
        <translation>Esperando un modelo</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Generando…</translation>
    </message>
    <message>
        <source>The prime you gave</source>
        <translation>El texto inicial que diste</translation>
    </message>
    <message>
        <source>Generated by the network</source>
        <translation>Generado por la red</translation>
    </message>
</context>
<context>
    <name>rnnlab::GradientComparisonPlot</name>
    <message>
        <source>How much of the last step&apos;s gradient reaches h&lt;sub&gt;t&lt;/sub&gt; (top layer)</source>
        <translation>Cuánto del gradiente del último paso llega a h&lt;sub&gt;t&lt;/sub&gt; (capa superior)</translation>
    </message>
    <message>
        <source>‖∂loss&lt;sub&gt;n&lt;/sub&gt;/∂h&lt;sub&gt;t&lt;/sub&gt;‖ / ‖∂loss&lt;sub&gt;n&lt;/sub&gt;/∂h&lt;sub&gt;n&lt;/sub&gt;‖: the gradient of the last prediction&apos;s loss, carried back through time, as a share of what it is at the last step. A vanilla RNN multiplies it by W&lt;sub&gt;hh&lt;/sub&gt;ᵀ and tanh′ at every step and it vanishes decade by decade. Untrained, an LSTM and a GRU lose it decade by decade too; trained, they can learn to carry it — a forget gate f ≈ 1 keeps the cell state, an update gate z ≈ 1 keeps h — while the RNN&apos;s keeps vanishing. Try the RNN vs LSTM vs GRU preset: untrained, then after a few hundred steps.</source>
        <translation>‖∂loss&lt;sub&gt;n&lt;/sub&gt;/∂h&lt;sub&gt;t&lt;/sub&gt;‖ / ‖∂loss&lt;sub&gt;n&lt;/sub&gt;/∂h&lt;sub&gt;n&lt;/sub&gt;‖: el gradiente de la pérdida de la última predicción, llevado hacia atrás en el tiempo, como fracción de su valor en el último paso. Una RNN simple lo multiplica por W&lt;sub&gt;hh&lt;/sub&gt;ᵀ y tanh′ en cada paso y se desvanece década a década. Sin entrenar, una LSTM y una GRU también lo pierden década a década; entrenadas, pueden aprender a transportarlo — una compuerta de olvido f ≈ 1 conserva el estado de celda, una compuerta de actualización z ≈ 1 conserva h — mientras que el de la RNN se sigue desvaneciendo. Prueba el ajuste RNN vs LSTM vs GRU: sin entrenar y tras unos cientos de pasos.</translation>
    </message>
    <message>
        <source>time step t</source>
        <translation>paso temporal t</translation>
    </message>
    <message>
        <source>gradient share</source>
        <translation>fracción del gradiente</translation>
    </message>
    <message>
        <source>No gradients yet: the models&apos; first forward and backward pass shows them.</source>
        <translation>Aún no hay gradientes: la primera pasada hacia delante y hacia atrás de los modelos los mostrará.</translation>
    </message>
</context>
<context>
    <name>rnnlab::GradientNormPlot</name>
    <message>
        <source>The size of the gradient that reaches the hidden state h_t at each time step. The training loss is the mean L = (loss_1 + … + loss_N) / N over the N predictions of all texts, so the last step&apos;s share of it is loss_n/N. Falling towards t = 1: the gradient vanishes on its way back through time (try a 40-character text); rising: it explodes.</source>
        <translation>El tamaño del gradiente que llega al estado oculto h_t en cada paso temporal. La pérdida de entrenamiento es la media L = (loss_1 + … + loss_N) / N sobre las N predicciones de todos los textos, así que la parte del último paso es loss_n/N. Si cae hacia t = 1, el gradiente se desvanece en su camino hacia atrás en el tiempo (prueba un texto de 40 caracteres); si sube, explota.</translation>
    </message>
    <message>
        <source>Last step&apos;s loss only</source>
        <translation>Solo la pérdida del último paso</translation>
    </message>
    <message>
        <source>Only the last prediction&apos;s share of the loss, loss_n/N (t = n; L is the mean over N predictions), carried back through time: ‖d(loss_n/N)/dh_t‖, how much of it still reaches each earlier step — the vanishing (or exploding) gradient. Unticked: ‖dL/dh_t‖ of the whole loss L, to which every step adds its own term, so the curve does not fall like that.</source>
        <translation>Solo la parte de la pérdida de la última predicción, loss_n/N (t = n; L es la media sobre N predicciones), llevada hacia atrás en el tiempo: ‖d(loss_n/N)/dh_t‖, cuánto de ella llega aún a cada paso anterior — el gradiente que se desvanece (o explota). Sin marcar: ‖dL/dh_t‖ de la pérdida total L, a la que cada paso suma su propio término, así que la curva no cae de esa forma.</translation>
    </message>
    <message>
        <source>Show the norms on a logarithmic axis: a vanishing gradient falls in a straight line, decade by decade</source>
        <translation>Mostrar las normas en un eje logarítmico: un gradiente que se desvanece cae en línea recta, década a década</translation>
    </message>
    <message>
        <source>time step t</source>
        <translation>paso temporal t</translation>
    </message>
    <message>
        <source>layer 1</source>
        <translation>capa 1</translation>
    </message>
    <message>
        <source>‖dL/dh_t‖ of every time step appears here once a session is loaded</source>
        <translation>Aquí aparece ‖dL/dh_t‖ de cada paso temporal en cuanto se carga una sesión</translation>
    </message>
    <message>
        <source>No gradients in this snapshot yet: they come from a backward pass through time</source>
        <translation>Aún no hay gradientes en esta instantánea: salen de una pasada hacia atrás en el tiempo</translation>
    </message>
    <message>
        <source>A test series is never trained on: it has no gradients</source>
        <translation>Con una serie de prueba nunca se entrena: no tiene gradientes</translation>
    </message>
    <message>
        <source>There is no text %1 in this session</source>
        <translation>No hay ningún texto %1 en esta sesión</translation>
    </message>
    <message>
        <source>No gradient of the last step&apos;s loss in this snapshot yet</source>
        <translation>Aún no hay gradiente de la pérdida del último paso en esta instantánea</translation>
    </message>
    <message>
        <source>W_hh = 0: the last step&apos;s loss reaches h_{%1} only; every earlier h_t gets 0, which a log axis cannot show</source>
        <translation>W_hh = 0: la pérdida del último paso solo llega a h_{%1}; todas las h_t anteriores reciben 0, que un eje logarítmico no puede mostrar</translation>
    </message>
    <message>
        <source>◯ %1: the graph&apos;s dL/d%2</source>
        <extracomment>%1 the norm and its value (&quot;‖dL/dh_3‖ = 0.12&quot;), %2 the hidden state (h_3).</extracomment>
        <translation>◯ %1: el dL/d%2 del grafo</translation>
    </message>
    <message>
        <source>◯ %1, the same as the graph&apos;s ‖dL/d%2‖: only loss_%3 reaches it</source>
        <extracomment>%1 the last step&apos;s norm and its value, %2 the hidden state (h_3), %3 the last time step.</extracomment>
        <translation>◯ %1, igual que el ‖dL/d%2‖ del grafo: solo le llega loss_%3</translation>
    </message>
    <message>
        <source>◯ %1   □ the graph&apos;s %2 (whole L)</source>
        <extracomment>%1 the last step&apos;s norm and its value, %2 the whole loss&apos;s norm and its value.</extracomment>
        <translation>◯ %1   □ el %2 del grafo (L completa)</translation>
    </message>
</context>
<context>
    <name>rnnlab::GraphAccessible</name>
    <message>
        <source>RNN graph</source>
        <translation>Grafo de la RNN</translation>
    </message>
    <message>
        <source>, layer %1</source>
        <translation>, capa %1</translation>
    </message>
    <message>
        <source>Time step %1</source>
        <translation>Paso temporal %1</translation>
    </message>
    <message>
        <source>x_%1, dimension %2</source>
        <translation>x_%1, dimensión %2</translation>
    </message>
    <message>
        <source>dL/dh_%1, unit %2</source>
        <translation>dL/dh_%1, unidad %2</translation>
    </message>
    <message>
        <source>h_%1, unit %2</source>
        <translation>h_%1, unidad %2</translation>
    </message>
    <message>
        <source>dL/dc_%1, unit %2</source>
        <translation>dL/dc_%1, unidad %2</translation>
    </message>
    <message>
        <source>c_%1, unit %2</source>
        <translation>c_%1, unidad %2</translation>
    </message>
    <message>
        <source>Gates at t = %1</source>
        <translation>Compuertas en t = %1</translation>
    </message>
    <message>
        <source>y_%1, feature %2</source>
        <translation>y_%1, variable %2</translation>
    </message>
    <message>
        <source>Prediction at t = %1</source>
        <translation>Predicción en t = %1</translation>
    </message>
    <message>
        <source>%1, flagged as a candidate anomaly</source>
        <translation>%1, marcado como anomalía candidata</translation>
    </message>
</context>
<context>
    <name>rnnlab::GraphBar</name>
    <message>
        <source>Which training text the graph shows</source>
        <translation>Qué texto de entrenamiento muestra el grafo</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <source>W_xh: input to hidden, the same at every time step</source>
        <translation>W_xh: entrada a oculta, la misma en cada paso temporal</translation>
    </message>
    <message>
        <source>W_hh: hidden to hidden, carries memory from t−1 to t</source>
        <translation>W_hh: oculta a oculta, lleva la memoria de t−1 a t</translation>
    </message>
    <message>
        <source>W_hy: hidden to output</source>
        <translation>W_hy: oculta a salida</translation>
    </message>
    <message>
        <source>series %1 (%2 points)</source>
        <translation>serie %1 (%2 puntos)</translation>
    </message>
    <message>
        <source>Se&amp;ries:</source>
        <translation>Se&amp;rie:</translation>
    </message>
    <message>
        <source>W_ih: input to hidden, one block of rows per gate, the same at every time step</source>
        <translation>W_ih: entrada a oculta, un bloque de filas por compuerta, la misma en cada paso temporal</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>test series %1 (%2 points)</source>
        <translation>serie de prueba %1 (%2 puntos)</translation>
    </message>
    <message>
        <source>Pa&amp;ir:</source>
        <translation>&amp;Par:</translation>
    </message>
    <message>
        <source>Which series the graph and the walk by hand show: the training series, then the test series (their forward pass with the current weights; never trained on)</source>
        <translation>Qué serie muestran el grafo y el paso a mano: las series de entrenamiento y luego las de prueba (su pasada hacia delante con los pesos actuales; nunca usadas para entrenar)</translation>
    </message>
    <message>
        <source>Which pair the translation graph shows</source>
        <translation>Qué par muestra el grafo de la traducción</translation>
    </message>
    <message>
        <source>Teacher forcing</source>
        <translation>Teacher forcing</translation>
    </message>
    <message>
        <source>Translate (greedy)</source>
        <translation>Traducir (voraz)</translation>
    </message>
    <message>
        <source>Deco&amp;der:</source>
        <translation>&amp;Decodificador:</translation>
    </message>
    <message>
        <source>y = h (no W&lt;sub&gt;hy&lt;/sub&gt;)</source>
        <extracomment>Legend of the grey arrow when the model has no output layer: the outputs y are h itself.</extracomment>
        <translation>y = h (sin W&lt;sub&gt;hy&lt;/sub&gt;)</translation>
    </message>
    <message>
        <source>Teacher forcing: the decoder as it is trained, fed the previous target token.
Translate (greedy): the decoder as it translates, fed its own previous output (the argmax) from &lt;sos&gt; until &lt;eos&gt;; ✓/✗ where it parts from the target.
Both with the weights now, after the latest update: the Predictions tab&apos;s row for a step shows that step&apos;s translation from before its update.</source>
        <translation>Teacher forcing: el decodificador tal como se entrena, alimentado con el token objetivo anterior.
Traducir (voraz): el decodificador tal como traduce, alimentado con su propia salida anterior (el argmax) desde &lt;sos&gt; hasta &lt;eos&gt;; ✓/✗ donde se aparta del objetivo.
Ambos con los pesos actuales, tras la última actualización: la fila de un paso en la pestaña Predicciones por paso muestra la traducción de ese paso antes de su actualización.</translation>
    </message>
</context>
<context>
    <name>rnnlab::GraphPainter</name>
    <message>
        <source>input</source>
        <translation>entrada</translation>
    </message>
    <message>
        <source>output</source>
        <translation>salida</translation>
    </message>
</context>
<context>
    <name>rnnlab::GraphToolTip</name>
    <message>
        <source>&lt;b&gt;%1 = 0&lt;/b&gt; (%2), %3×%4: What if W_hh = 0? — the graph&apos;s forward pass uses zeros here; the trained values are in the Matrices panel</source>
        <translation>&lt;b&gt;%1 = 0&lt;/b&gt; (%2), %3×%4: ¿Y si W_hh = 0? — la pasada hacia delante del grafo usa ceros aquí; los valores entrenados están en el panel Matrices</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2), %3×%4: the same matrix at every time step</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2), %3×%4: la misma matriz en cada paso temporal</translation>
    </message>
    <message>
        <source>Hidden until you have predicted (Lesson ▸ Reveal)</source>
        <translation>Oculto hasta que hayas predicho (Lección ▸ Revelar)</translation>
    </message>
    <message>
        <source>Time step t = %1: the cell reads x_%1 = %2 and should predict the next value %3</source>
        <translation>Paso temporal t = %1: la celda lee x_%1 = %2 y debería predecir el valor siguiente %3</translation>
    </message>
    <message>
        <source>x_%1 = %2: the series&apos; value at time step %1</source>
        <translation>x_%1 = %2: el valor de la serie en el paso temporal %1</translation>
    </message>
    <message>
        <source>x_%1[%2] = %3: feature %2 of the series at time step %1, fed in as it is (not one-hot)</source>
        <translation>x_%1[%2] = %3: la variable %2 de la serie en el paso temporal %1, introducida tal cual (no one-hot)</translation>
    </message>
    <message>
        <source>y_%1[%2] = %3: the predicted next value (W_hy h_t + b_y, no softmax)&lt;br&gt;target %4 · error %5 · squared %6</source>
        <translation>y_%1[%2] = %3: el valor siguiente predicho (W_hy h_t + b_y, sin softmax)&lt;br&gt;objetivo %4 · error %5 · al cuadrado %6</translation>
    </message>
    <message>
        <source>x_%6 = %4: the true next value, the target of y_%1 — the series continues with %4 after x_%1 = %2, where the network predicts %3&lt;br&gt;squared error at this step (summed over the features) %5</source>
        <translation>x_%6 = %4: el valor siguiente real, el objetivo de y_%1 — la serie sigue con %4 tras x_%1 = %2, donde la red predice %3&lt;br&gt;error cuadrático en este paso (sumado sobre las variables) %5</translation>
    </message>
    <message>
        <source>Time step t = %1: the cell reads ‘%2’; no output is scored here (only the last step&apos;s)</source>
        <translation>Paso temporal t = %1: la celda lee ‘%2’; aquí no se puntúa ninguna salida (solo la del último paso)</translation>
    </message>
    <message>
        <source>Time step t = %1: the cell reads ‘%2’ and should predict ‘%3’</source>
        <translation>Paso temporal t = %1: la celda lee ‘%2’ y debería predecir ‘%3’</translation>
    </message>
    <message>
        <source>x_%1 = ‘%2’ (time step %1)</source>
        <translation>x_%1 = ‘%2’ (paso temporal %1)</translation>
    </message>
    <message>
        <source>x_%1[%2] = %3: one-hot of ‘%4’ (‘%5’ is dimension %2)</source>
        <translation>x_%1[%2] = %3: one-hot de ‘%4’ (‘%5’ es la dimensión %2)</translation>
    </message>
    <message>
        <source>Gates at t = %1%2 (bars: the mean over the units; zoom in for each unit)</source>
        <extracomment>%1 the time step, %2 &quot;, layer N&quot; (or nothing).</extracomment>
        <translation>Compuertas en t = %1%2 (barras: la media sobre las unidades; amplía para ver cada unidad)</translation>
    </message>
    <message>
        <source>, layer %1</source>
        <translation>, capa %1</translation>
    </message>
    <message>
        <source>dL/dc_%1%2[%3] = %4: the gradient of the whole loss L at c_t (c_t = %5)</source>
        <extracomment>%1 the time step, %2 &quot; of layer N&quot; (or nothing), %3 the unit, then the values.</extracomment>
        <translation>dL/dc_%1%2[%3] = %4: el gradiente de la pérdida total L en c_t (c_t = %5)</translation>
    </message>
    <message>
        <source> of layer %1</source>
        <translation> de la capa %1</translation>
    </message>
    <message>
        <source>c_%1%2[%3] = %4: the cell state, c_t = f ⊙ c_{t−1} + i ⊙ g</source>
        <extracomment>%1 the time step, %2 &quot; of layer N&quot; (or nothing), %3 the unit, then the values.</extracomment>
        <translation>c_%1%2[%3] = %4: el estado de celda, c_t = f ⊙ c_{t−1} + i ⊙ g</translation>
    </message>
    <message>
        <source>dL/dh_%1%2[%3] = %4: the gradient of the whole loss L at h_t (h_t = %5)</source>
        <extracomment>%1 the time step, %2 &quot; of layer N&quot; (or nothing), %3 the unit, then the values.</extracomment>
        <translation>dL/dh_%1%2[%3] = %4: el gradiente de la pérdida total L en h_t (h_t = %5)</translation>
    </message>
    <message>
        <source>h_%1%2[%3] = %4&lt;br&gt;pre-activation a_%1 = %5 (W_hh h + b_hh = %6, W_xh x + b_ih = %7)</source>
        <extracomment>%1 the time step, %2 &quot; of layer N&quot; (or nothing), %3 the unit, then the values.</extracomment>
        <translation>h_%1%2[%3] = %4&lt;br&gt;preactivación a_%1 = %5 (W_hh h + b_hh = %6, W_xh x + b_ih = %7)</translation>
    </message>
    <message>
        <source>P(class ‘%1’ | the text up to ‘%2’) = %3&lt;br&gt;logit %4%5%6</source>
        <extracomment>%1 a class or character, %2 the text read, %3 its probability, %4 the logit, %5 &quot; · the target&quot; or nothing, %6 &quot; · predicted&quot; or nothing.</extracomment>
        <translation>P(clase ‘%1’ | el texto hasta ‘%2’) = %3&lt;br&gt;logit %4%5%6</translation>
    </message>
    <message>
        <source>P(next = ‘%1’ | ‘%2’) = %3&lt;br&gt;logit %4%5%6</source>
        <translation>P(siguiente = ‘%1’ | ‘%2’) = %3&lt;br&gt;logit %4%5%6</translation>
    </message>
    <message>
        <source> · the target</source>
        <translation> · el objetivo</translation>
    </message>
    <message>
        <source> · predicted</source>
        <translation> · predicho</translation>
    </message>
    <message>
        <source>After ‘%1’ the network would say ‘%2’; only the last time step is scored</source>
        <translation>Tras ‘%1’ la red diría ‘%2’; solo se puntúa el último paso temporal</translation>
    </message>
    <message>
        <source>After the whole text the network says ‘%1’; its label is ‘%2’: %3&lt;br&gt;loss −log P(‘%2’) = %4</source>
        <translation>Tras el texto completo la red dice ‘%1’; su etiqueta es ‘%2’: %3&lt;br&gt;pérdida −log P(‘%2’) = %4</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>incorrecto</translation>
    </message>
    <message>
        <source>After ‘%1’ the network predicts ‘%2’; the text continues with ‘%3’: %4&lt;br&gt;loss at this step −log P(‘%3’) = %5</source>
        <translation>Tras ‘%1’ la red predice ‘%2’; el texto sigue con ‘%3’: %4&lt;br&gt;pérdida en este paso −log P(‘%3’) = %5</translation>
    </message>
    <message>
        <source>x_%1 = ‘%2’: given, the training text&apos;s first character; generation starts here</source>
        <translation>x_%1 = ‘%2’: dado, el primer carácter del texto de entrenamiento; la generación empieza aquí</translation>
    </message>
    <message>
        <source>x_%1 = ‘%2’: the character the network picked at t = %3, fed back as its next input</source>
        <translation>x_%1 = ‘%2’: el carácter que la red eligió en t = %3, realimentado como su siguiente entrada</translation>
    </message>
    <message>
        <source>At t = %1 the network picks ‘%2’, the most probable (greedy)</source>
        <translation>En t = %1 la red elige ‘%2’, el más probable (voraz)</translation>
    </message>
    <message>
        <source>At t = %1 the network draws ‘%2’ from softmax(y_t / %3) (sampled, seed %4)</source>
        <translation>En t = %1 la red sortea ‘%2’ según softmax(y_t / %3) (muestreo, semilla %4)</translation>
    </message>
    <message>
        <source>The training text has ‘%1’ here: the generated text parts from it at this step</source>
        <translation>El texto de entrenamiento tiene aquí ‘%1’: el texto generado se aparta de él en este paso</translation>
    </message>
    <message>
        <source>as the training text</source>
        <translation>como el texto de entrenamiento</translation>
    </message>
    <message>
        <source>(past where it parted from the training text: nothing to compare)</source>
        <translation>(tras apartarse del texto de entrenamiento: nada que comparar)</translation>
    </message>
</context>
<context>
    <name>rnnlab::GraphView</name>
    <message>
        <source>overview</source>
        <translation>vista general</translation>
    </message>
    <message>
        <source>Overview: the top layer&apos;s h_t at every time step, colours only; the frame marks the steps in view. Click or drag along it to scroll there.</source>
        <translation>Vista general: la h_t de la capa superior en cada paso temporal, solo en colores; el marco señala los pasos visibles. Haz clic o arrastra sobre ella para desplazarte allí.</translation>
    </message>
    <message>
        <source>flagged (a candidate anomaly): error² %1 &gt; threshold %2, as the Signal tab marks it</source>
        <translation>marcado (una anomalía candidata): error² %1 &gt; umbral %2, como lo marca la pestaña Señal</translation>
    </message>
</context>
<context>
    <name>rnnlab::GuiLaunch</name>
    <message>
        <source>there is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Run it in a desktop session, under xvfb-run, or render the window to a picture with rnnlab --screenshot OUT.png</source>
        <translation>no hay ninguna pantalla en la que abrir la ventana (no está definida ni DISPLAY ni WAYLAND_DISPLAY). Ejecútalo en una sesión de escritorio, con xvfb-run, o guarda la ventana como imagen con rnnlab --screenshot OUT.png</translation>
    </message>
</context>
<context>
    <name>rnnlab::GuiOptions</name>
    <message>
        <source>--tab: &quot;%1&quot; is not step, loss, predictions, generate, memory, memory-units, signal or pytorch</source>
        <translation>--tab: &quot;%1&quot; no es step, loss, predictions, generate, memory, memory-units, signal ni pytorch</translation>
    </message>
    <message>
        <source>the session file&apos;s name is empty: give the file to open</source>
        <translation>el nombre del archivo de sesión está vacío: indica el archivo que abrir</translation>
    </message>
    <message>
        <source>give a session file or --text, not both</source>
        <translation>indica un archivo de sesión o --text, no ambos</translation>
    </message>
    <message>
        <source>--label goes with --text; a session file gives its labels in data.labels</source>
        <translation>--label va con --text; un archivo de sesión da sus etiquetas en data.labels</translation>
    </message>
    <message>
        <source>--compare-preset brings its own models: give it alone, or --compare files (and --session for the first model) instead</source>
        <translation>--compare-preset trae sus propios modelos: úsalo solo, o en su lugar archivos --compare (y --session para el primer modelo)</translation>
    </message>
    <message>
        <source>--compare-preset: &quot;%1&quot; is not a preset: use layers (1 layer vs 2 layers on hello) or cells (RNN vs LSTM vs GRU on a long text)</source>
        <translation>--compare-preset: &quot;%1&quot; no es un ajuste predefinido: usa layers (1 capa vs 2 capas con hello) o cells (RNN vs LSTM vs GRU con un texto largo)</translation>
    </message>
    <message>
        <source>--compare: compare mode shows 2 or 3 models: the first (--session, or the hello example) and one or two --compare files, not %1</source>
        <translation>--compare: el modo comparación muestra 2 o 3 modelos: el primero (--session, o el ejemplo hello) y uno o dos archivos --compare, no %1</translation>
    </message>
    <message>
        <source>cannot compare these sessions: %1</source>
        <translation>no se pueden comparar estas sesiones: %1</translation>
    </message>
    <message>
        <source>give one of --screenshot, --export-svg and --export-png</source>
        <translation>indica una de --screenshot, --export-svg y --export-png</translation>
    </message>
    <message>
        <source>--export-%1: &quot;%2&quot; must end in .%1</source>
        <translation>--export-%1: &quot;%2&quot; debe terminar en .%1</translation>
    </message>
    <message>
        <source>--scale applies to --export-png; an SVG has no pixels</source>
        <translation>--scale se aplica a --export-png; un SVG no tiene píxeles</translation>
    </message>
    <message>
        <source>--scale: &quot;%1&quot; must be 1, 2 or 3</source>
        <translation>--scale: &quot;%1&quot; debe ser 1, 2 o 3</translation>
    </message>
    <message>
        <source>--screenshot: the file name is empty: give the PNG to write</source>
        <translation>--screenshot: el nombre del archivo está vacío: indica el PNG que escribir</translation>
    </message>
    <message>
        <source>--screenshot: &quot;%1&quot; must end in .png (the window is written as a PNG)</source>
        <translation>--screenshot: &quot;%1&quot; debe terminar en .png (la ventana se escribe como PNG)</translation>
    </message>
    <message>
        <source>--train: &quot;%1&quot; must be a whole number of steps from 0 to 100000000</source>
        <translation>--train: &quot;%1&quot; debe ser un número entero de pasos de 0 a 100000000</translation>
    </message>
    <message>
        <source>--view: &quot;%1&quot; is neither folded nor unfolded</source>
        <translation>--view: &quot;%1&quot; no es ni folded ni unfolded</translation>
    </message>
    <message>
        <source>--size: &quot;%1&quot; is not WIDTHxHEIGHT between 100x100 and 8192x8192 (e.g. 1280x800)</source>
        <translation>--size: &quot;%1&quot; no es WIDTHxHEIGHT entre 100x100 y 8192x8192 (p. ej. 1280x800)</translation>
    </message>
    <message>
        <source>--size: %1x%2 is smaller than the smallest window rnnlab supports, %3x%4</source>
        <translation>--size: %1x%2 es menor que la ventana más pequeña que admite rnnlab, %3x%4</translation>
    </message>
    <message>
        <source>--%1 shows a part of the main window: it does not apply to compare mode</source>
        <translation>--%1 muestra una parte de la ventana principal: no se aplica al modo comparación</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; must be a whole number from %3 to %4</source>
        <translation>--%1: &quot;%2&quot; debe ser un número entero de %3 a %4</translation>
    </message>
    <message>
        <source>--walk-order: &quot;%1&quot; is not an order: time or layer</source>
        <translation>--walk-order: &quot;%1&quot; no es un orden: time o layer</translation>
    </message>
    <message>
        <source>--what-if: &quot;%1&quot; is not a what-if: whh0 (W_hh = 0, no memory)</source>
        <translation>--what-if: &quot;%1&quot; no es un supuesto: whh0 (W_hh = 0, sin memoria)</translation>
    </message>
    <message>
        <source>Recurrent neural networks, shown at work.</source>
        <translation>Redes neuronales recurrentes, vistas en acción.</translation>
    </message>
    <message>
        <source>A session file to open (.rnnlab).</source>
        <translation>Un archivo de sesión que abrir (.rnnlab).</translation>
    </message>
    <message>
        <source>Train on this text (repeat for several) with the lecture&apos;s settings.</source>
        <translation>Entrenar con este texto (repetir para varios) con la configuración de la clase.</translation>
    </message>
    <message>
        <source>With --text: the class of that text (repeat, one per --text, in order); makes it a many-to-one classifier (task &quot;classify&quot;).</source>
        <translation>Con --text: la clase de ese texto (repetir, una por --text, en orden); lo convierte en un clasificador muchos a uno (tarea &quot;classify&quot;).</translation>
    </message>
    <message>
        <source>A session file to open.</source>
        <translation>Un archivo de sesión que abrir.</translation>
    </message>
    <message>
        <source>Render the window to OUT.png and exit.</source>
        <translation>Dibujar la ventana en OUT.png y salir.</translation>
    </message>
    <message>
        <source>With --screenshot: train this many steps first.</source>
        <translation>Con --screenshot: entrenar antes este número de pasos.</translation>
    </message>
    <message>
        <source>With --screenshot: folded or unfolded (default).</source>
        <translation>Con --screenshot: folded (plegada) o unfolded (desplegada, por defecto).</translation>
    </message>
    <message>
        <source>With --screenshot: also write every text the graph, heatmaps and equations drew (where, how large) to FILE as JSON.</source>
        <translation>Con --screenshot: escribir además en FILE, como JSON, cada texto que dibujaron el grafo, los mapas de calor y las ecuaciones (dónde y de qué tamaño).</translation>
    </message>
    <message>
        <source>With --screenshot: the window size (default 1280x800).</source>
        <translation>Con --screenshot: el tamaño de la ventana (por defecto 1280x800).</translation>
    </message>
    <message>
        <source>With --screenshot or --bench-ui: step, loss, predictions, generate, memory (how far back a prediction looks, the path of h_t), memory-units (units over the text), signal (a time series) or pytorch (the PyTorch panel).</source>
        <translation>Con --screenshot o --bench-ui: step, loss, predictions, generate, memory (hasta dónde mira atrás una predicción, la trayectoria de h_t), memory-units (unidades sobre el texto), signal (una serie temporal) o pytorch (el panel PyTorch).</translation>
    </message>
    <message>
        <source>With --screenshot: rewind to this training step (after --train).</source>
        <translation>Con --screenshot: volver a este paso de entrenamiento (después de --train).</translation>
    </message>
    <message>
        <source>With --screenshot: walk by hand to this time step (t = 1 … n, as on screen).</source>
        <translation>Con --screenshot: recorrer a mano hasta este paso temporal (t = 1 … n, como en pantalla).</translation>
    </message>
    <message>
        <source>With --phase: the layer (1-based, default 1).</source>
        <translation>Con --phase: la capa (contando desde 1, por defecto 1).</translation>
    </message>
    <message>
        <source>With --phase: time (every layer at t, then t+1; the default) or layer (layer 1 over all of time, then layer 2).</source>
        <translation>Con --phase: time (todas las capas en t, luego t+1; por defecto) o layer (la capa 1 en todo el tiempo, luego la capa 2).</translation>
    </message>
    <message>
        <source>With --screenshot: whh0 shows Edit &gt; What if W_hh = 0? (the network without its memory).</source>
        <translation>Con --screenshot: whh0 muestra Editar &gt; ¿Y si W_hh = 0? (la red sin su memoria).</translation>
    </message>
    <message>
        <source>Write the graph (or --figure) as SVG and exit; takes --screenshot&apos;s options (--train, --view, --size, …).</source>
        <translation>Escribir el grafo (o --figure) como SVG y salir; admite las opciones de --screenshot (--train, --view, --size, …).</translation>
    </message>
    <message>
        <source>Write the graph (or --figure) as PNG and exit.</source>
        <translation>Escribir el grafo (o --figure) como PNG y salir.</translation>
    </message>
    <message>
        <source>With --export-png: 1, 2 or 3 times the screen&apos;s pixels (default 1).</source>
        <translation>Con --export-png: 1, 2 o 3 veces los píxeles de la pantalla (por defecto 1).</translation>
    </message>
    <message>
        <source>With --export-*: graph (default), a heatmap, by its name (W_hh) or PyTorch name (rnn.weight_hh_l1), or memory-influence, memory-path or memory-units.</source>
        <translation>Con --export-*: graph (por defecto), un mapa de calor, por su nombre (W_hh) o su nombre en PyTorch (rnn.weight_hh_l1), o memory-influence, memory-path o memory-units.</translation>
    </message>
    <message>
        <source>The colour theme: system (the desktop&apos;s; the default), light, dark or high-contrast (screenshots: light unless given).</source>
        <translation>El tema de colores: system (el del escritorio; por defecto), light, dark o high-contrast (capturas: light si no se indica).</translation>
    </message>
    <message>
        <source>The language: en, de, es, fr, ja, ko or zh_CN (the window: View &gt; Language&apos;s, else the system&apos;s; screenshots and benchmarks: en unless given).</source>
        <translation>El idioma: en, de, es, fr, ja, ko o zh_CN (la ventana: el de Ver &gt; Idioma, si no el del sistema; capturas y benchmarks: en si no se indica).</translation>
    </message>
    <message>
        <source>Open in presentation mode (F11): full screen, large type, only the graph, the equations and the play controls.</source>
        <translation>Abrir en modo presentación (F11): pantalla completa, letra grande, solo el grafo, las ecuaciones y los controles de reproducción.</translation>
    </message>
    <message>
        <source>Open the lesson at step K (1-based).</source>
        <translation>Abrir la lección en el paso K (contando desde 1).</translation>
    </message>
    <message>
        <source>Measure the UI&apos;s responsiveness while training at full speed; print JSON.</source>
        <translation>Medir la capacidad de respuesta de la interfaz mientras entrena a toda velocidad; imprimir JSON.</translation>
    </message>
    <message>
        <source>With --bench-ui: how long to measure (default 5).</source>
        <translation>Con --bench-ui: cuánto tiempo medir (por defecto 5).</translation>
    </message>
    <message>
        <source>Compare mode: train this session beside the first one (--session, or the hello example); repeat for a third model.</source>
        <translation>Modo comparación: entrenar esta sesión junto a la primera (--session, o el ejemplo hello); repetir para un tercer modelo.</translation>
    </message>
    <message>
        <source>Compare mode with a preset: layers (1 layer vs 2 layers on hello) or cells (RNN vs LSTM vs GRU on a long text).</source>
        <translation>Modo comparación con un ajuste predefinido: layers (1 capa vs 2 capas con hello) o cells (RNN vs LSTM vs GRU con un texto largo).</translation>
    </message>
    <message>
        <source>Compare mode: each model trains as fast as it can instead of in lock step.</source>
        <translation>Modo comparación: cada modelo entrena tan rápido como puede en lugar de en paso sincronizado.</translation>
    </message>
    <message>
        <source>--free-running is for compare mode: give --compare FILE or --compare-preset NAME too</source>
        <translation>--free-running es para el modo comparación: indica también --compare FILE o --compare-preset NAME</translation>
    </message>
    <message>
        <source>--seconds: &quot;%1&quot; must be a number of seconds between 0 and 3600</source>
        <translation>--seconds: &quot;%1&quot; debe ser un número de segundos entre 0 y 3600</translation>
    </message>
    <message>
        <source>--tab shows a part of the main window: it does not apply to compare mode</source>
        <translation>--tab muestra una parte de la ventana principal: no se aplica al modo comparación</translation>
    </message>
    <message>
        <source>--theme: &quot;%1&quot; is not a theme: %2</source>
        <translation>--theme: &quot;%1&quot; no es un tema: %2</translation>
    </message>
    <message>
        <source>--lesson-step: &quot;%1&quot; must be a step of the lesson, 1 to %2</source>
        <translation>--lesson-step: &quot;%1&quot; debe ser un paso de la lección, de 1 a %2</translation>
    </message>
    <message>
        <source>--font-size: &quot;%1&quot; must be a size in points from 6 to 32</source>
        <translation>--font-size: &quot;%1&quot; debe ser un tamaño en puntos de 6 a 32</translation>
    </message>
    <message>
        <source>--decoder: &quot;%1&quot; is not a decoder view: teacher-forcing or greedy</source>
        <translation>--decoder: &quot;%1&quot; no es una vista del decodificador: teacher-forcing o greedy</translation>
    </message>
    <message>
        <source>With --screenshot, a translation: teacher-forcing (the default) or greedy (the graph&apos;s Translate view: the decoder fed its own previous output).</source>
        <translation>Con --screenshot, en una traducción: teacher-forcing (por defecto) o greedy (la vista Traducir del grafo: el decodificador alimentado con su propia salida anterior).</translation>
    </message>
    <message>
        <source>With --screenshot or --export-*: the application&apos;s font at PT points, as a desktop set to larger type gives it (default: the platform&apos;s).</source>
        <translation>Con --screenshot o --export-*: la fuente de la aplicación a PT puntos, como la da un escritorio con letra más grande (por defecto: la de la plataforma).</translation>
    </message>
    <message>
        <source>No fold animation, no animated menus or docks, as View &gt; Reduce motion (which is otherwise remembered, or the system&apos;s where Qt knows it).</source>
        <translation>Sin animación al plegar ni menús o paneles animados, como Ver &gt; Reducir movimiento (si no, el valor guardado o, si Qt lo conoce, el del sistema).</translation>
    </message>
    <message>
        <source>With --screenshot: the text or series the graph and the walk by hand show (1-based, as the bar above the graph lists them: a time series&apos; test series after its training series). Default: a time series&apos; first test series, as the Signal tab shows it; else the first.</source>
        <translation>Con --screenshot: el texto o la serie que muestran el grafo y el paso a mano (contando desde 1, como los lista la barra sobre el grafo: las series de prueba de una serie temporal tras sus series de entrenamiento). Por defecto: la primera serie de prueba de una serie temporal, como la muestra la pestaña Señal; si no, la primera.</translation>
    </message>
    <message>
        <source>--phase: &quot;%1&quot; is not a phase: input, input-part, hidden-part, sum, gates, cell, activation, output, softmax, prediction, loss, context, backward, backward-cell, backward-pre or backward-context</source>
        <translation>--phase: &quot;%1&quot; no es una fase: input, input-part, hidden-part, sum, gates, cell, activation, output, softmax, prediction, loss, context, backward, backward-cell, backward-pre o backward-context</translation>
    </message>
    <message>
        <source>--stack: &quot;%1&quot; is not a stack of a translation: encoder or decoder</source>
        <translation>--stack: &quot;%1&quot; no es una pila de una traducción: encoder o decoder</translation>
    </message>
    <message>
        <source>--shape: &quot;%1&quot; is not a shape: one-to-one, one-to-many, many-to-one or many-to-many</source>
        <translation>--shape: &quot;%1&quot; no es una forma: one-to-one, one-to-many, many-to-one o many-to-many</translation>
    </message>
    <message>
        <source>--sample: &quot;%1&quot; is not TEMPERATURE:SEED (a temperature from 0.01 to 100, a seed from 0, e.g. 0.8:3)</source>
        <translation>--sample: &quot;%1&quot; no es TEMPERATURE:SEED (una temperatura de 0.01 a 100, una semilla desde 0, p. ej. 0.8:3)</translation>
    </message>
    <message>
        <source>With --screenshot: the phase of the time step: input, input-part, hidden-part, sum, gates, cell, activation, output, softmax, prediction, loss, backward, backward-cell, backward-pre (gates, cell and backward-cell: LSTM and GRU); a translation&apos;s also context and backward-context (the decoder&apos;s h_0 = the encoder&apos;s h_n).</source>
        <translation>Con --screenshot: la fase del paso temporal: input, input-part, hidden-part, sum, gates, cell, activation, output, softmax, prediction, loss, backward, backward-cell, backward-pre (gates, cell y backward-cell: LSTM y GRU); en una traducción, también context y backward-context (la h_0 del decodificador = la h_n del codificador).</translation>
    </message>
    <message>
        <source>With --phase, a translation: walk in the encoder or the decoder (the default); --time-step and --layer count within it.</source>
        <translation>Con --phase, en una traducción: recorrer el codificador o el decodificador (por defecto); --time-step y --layer cuentan dentro de él.</translation>
    </message>
    <message>
        <source>With --screenshot: draw the unfolded graph as one-to-one, one-to-many (generating, for a next-character session), many-to-one or many-to-many.</source>
        <translation>Con --screenshot: dibujar el grafo desplegado como one-to-one, one-to-many (generando, en una sesión de carácter siguiente), many-to-one o many-to-many.</translation>
    </message>
    <message>
        <source>With --screenshot: the Generate tab (and the one-to-many picture) samples at this temperature with this seed, e.g. 0.8:3; greedy without.</source>
        <translation>Con --screenshot: la pestaña Generar (y la imagen one-to-many) muestrea a esta temperatura con esta semilla, p. ej. 0.8:3; sin ella, voraz.</translation>
    </message>
</context>
<context>
    <name>rnnlab::HeatmapAccessible</name>
    <message>
        <source>Matrix</source>
        <translation>Matriz</translation>
    </message>
</context>
<context>
    <name>rnnlab::HeatmapInteraction</name>
    <message>
        <source>fine steps · Esc: cancel</source>
        <translation>pasos finos · Esc: cancelar</translation>
    </message>
    <message>
        <source>Shift: finer · Esc: cancel</source>
        <translation>Shift: más fino · Esc: cancelar</translation>
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
        <translation>Etiquetas de fila: solo se dibuja una de cada %1 (%2, …); las celdas son demasiado pequeñas para todas.</translation>
    </message>
    <message>
        <source>Column labels: only every %1 is drawn (%2, …), the cells are too small for all of them.</source>
        <extracomment>%1 an ordinal (&quot;5th&quot;), %2 two of the labels drawn (&quot;h5, h10&quot;).</extracomment>
        <translation>Etiquetas de columna: solo se dibuja una de cada %1 (%2, …); las celdas son demasiado pequeñas para todas.</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Columna %1: %2</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Fila %1: %2</translation>
    </message>
</context>
<context>
    <name>rnnlab::HeatmapWidget</name>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
</context>
<context>
    <name>rnnlab::HelpWindow</name>
    <message>
        <source>rnnlab Handbook</source>
        <translation>Manual de rnnlab</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Keys of the window&lt;/h3&gt;%1&lt;h3&gt;Keys of a focused view&lt;/h3&gt;%2&lt;p&gt;Alt with the underlined letter opens a menu or moves to a field.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Teclas de la ventana&lt;/h3&gt;%1&lt;h3&gt;Teclas de una vista con el foco&lt;/h3&gt;%2&lt;p&gt;Alt con la letra subrayada abre un menú o salta a un campo.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rnnlab::Language</name>
    <message>
        <source>--language: &quot;%1&quot; is not a language rnnlab speaks; the languages are %2</source>
        <translation>--language: &quot;%1&quot; no es un idioma que hable rnnlab; los idiomas son %2</translation>
    </message>
</context>
<context>
    <name>rnnlab::LanguageMenu</name>
    <message>
        <source>the system&apos;s language</source>
        <translation>el idioma del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>rnnlab will speak %1 the next time it starts.</source>
        <translation>rnnlab hablará %1 la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Reiniciar ahora</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Más &amp;tarde</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation>Predeterminado del &amp;sistema</translation>
    </message>
</context>
<context>
    <name>rnnlab::LessonCoordinator</name>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <source>The lesson</source>
        <translation>La lección</translation>
    </message>
    <message>
        <source>sentiment</source>
        <translation>sentimiento</translation>
    </message>
    <message>
        <source>sine-spike</source>
        <translation>seno con pico</translation>
    </message>
</context>
<context>
    <name>rnnlab::LessonPanel</name>
    <message>
        <source>Your predictions this session: each prompt counts once, the first answer</source>
        <translation>Tus predicciones en esta sesión: cada pregunta cuenta una vez, la primera respuesta</translation>
    </message>
    <message>
        <source>Predict, then reveal</source>
        <translation>Predice y luego revela</translation>
    </message>
    <message>
        <source>Reve&amp;al</source>
        <translation>Re&amp;velar</translation>
    </message>
    <message>
        <source>Show the answer and the numbers that decide it</source>
        <translation>Mostrar la respuesta y los números que la deciden</translation>
    </message>
    <message>
        <source>◀ &amp;Back</source>
        <translation>◀ &amp;Atrás</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>The previous step of the lesson (Page Up)</source>
        <translation>El paso anterior de la lección (Re Pág)</translation>
    </message>
    <message>
        <source>The next step of the lesson (Page Down)</source>
        <translation>El paso siguiente de la lección (Av Pág)</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <source>Lesson ▸ Open the lesson (F9) starts the lecture, step by step.</source>
        <translation>Lección ▸ Abrir la lección (F9) inicia la clase, paso a paso.</translation>
    </message>
    <message>
        <source>Lesson · step %1 of %2</source>
        <translation>Lección · paso %1 de %2</translation>
    </message>
    <message>
        <source>Waiting for the network…</source>
        <translation>Esperando a la red…</translation>
    </message>
    <message>
        <source>Taking the training step…</source>
        <translation>Dando el paso de entrenamiento…</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;✓ Right.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;✓ Correcto.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;✗ Not this time:&lt;/b&gt; the answer is &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;✗ Esta vez no:&lt;/b&gt; la respuesta es &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rnnlab::LossPlot</name>
    <message>
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
    <message>
        <source>correct characters (%)</source>
        <translation>caracteres correctos (%)</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic axis: late, small improvements stay visible</source>
        <translation>Mostrar la pérdida en un eje logarítmico: las mejoras pequeñas y tardías siguen siendo visibles</translation>
    </message>
    <message>
        <source>Press Play (Space) or take one step (Ctrl+→) — the loss of every training step appears here</source>
        <translation>Pulsa Entrenar (Espacio) o da un paso (Ctrl+→): aquí aparece la pérdida de cada paso de entrenamiento</translation>
    </message>
    <message>
        <source>training step</source>
        <translation>paso de entrenamiento</translation>
    </message>
    <message>
        <source>mean absolute error</source>
        <translation>error absoluto medio</translation>
    </message>
    <message>
        <source>loss (MSE)</source>
        <translation>pérdida (MSE)</translation>
    </message>
</context>
<context>
    <name>rnnlab::MainWindow</name>
    <message>
        <source>Space: train · Ctrl+→: one training step · →: walk through a time step · F: fold</source>
        <translation>Espacio: entrenar · Ctrl+→: un paso de entrenamiento · →: recorrer un paso temporal · F: plegar</translation>
    </message>
    <message>
        <source>Model and data</source>
        <translation>Modelo y datos</translation>
    </message>
    <message>
        <source>time series</source>
        <translation>serie temporal</translation>
    </message>
    <message>
        <source>%1[*] — rnnlab</source>
        <translation>%1[*] — rnnlab</translation>
    </message>
    <message>
        <source>Start over?</source>
        <translation>¿Empezar de nuevo?</translation>
    </message>
    <message numerus="yes">
        <source>%1 starts over from the seed&apos;s initial weights. The model trained for %n step(s) will be discarded (File ▸ Save session as… keeps it).</source>
        <translation>
            <numerusform>%1 empieza de nuevo desde los pesos iniciales de la semilla. El modelo entrenado durante %n paso se descartará (Archivo ▸ Guardar sesión como… lo conserva).</numerusform>
            <numerusform>%1 empieza de nuevo desde los pesos iniciales de la semilla. El modelo entrenado durante %n pasos se descartará (Archivo ▸ Guardar sesión como… lo conserva).</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing the model or the data</source>
        <translation>Cambiar el modelo o los datos</translation>
    </message>
    <message>
        <source>Resume from step %1?</source>
        <translation>¿Reanudar desde el paso %1?</translation>
    </message>
    <message>
        <source>Training continues from step %1. The %2 later steps of this run are discarded (File ▸ Save session as… keeps the latest state).</source>
        <translation>El entrenamiento continúa desde el paso %1. Los %2 pasos posteriores de esta ejecución se descartan (Archivo ▸ Guardar sesión como… conserva el último estado).</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Loss and error</source>
        <translation>Pérdida y error</translation>
    </message>
    <message>
        <source>Loss and accuracy</source>
        <translation>Pérdida y exactitud</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Paso %1</translation>
    </message>
    <message>
        <source>now: loss (MSE) %1 · %2 %3</source>
        <translation>ahora: pérdida (MSE) %1 · %2 %3</translation>
    </message>
    <message>
        <source>now: loss %1 · %2% right</source>
        <translation>ahora: pérdida %1 · %2% de aciertos</translation>
    </message>
    <message>
        <source>The edit was not applied: step %1 of %2 is shown from the run&apos;s history. Resume from here (discards the later steps) or go to the latest step to edit the weights.</source>
        <translation>La edición no se aplicó: el paso %1 de %2 se muestra desde el historial de la ejecución. Reanuda desde aquí (descarta los pasos posteriores) o ve al último paso para editar los pesos.</translation>
    </message>
    <message>
        <source>Weights of a past step</source>
        <translation>Pesos de un paso anterior</translation>
    </message>
    <message>
        <source>Training stopped: a step was refused (see the message on the graph)</source>
        <translation>Entrenamiento detenido: se rechazó un paso (ver el mensaje en el grafo)</translation>
    </message>
    <message>
        <source>Training stopped</source>
        <translation>Entrenamiento detenido</translation>
    </message>
    <message>
        <source>Change the settings on the left and press Apply, or Reset to start over.</source>
        <translation>Cambia la configuración de la izquierda y pulsa Aplicar, o Restablecer para empezar de nuevo.</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>No se puede comparar: %1</translation>
    </message>
    <message>
        <source>Cannot compare these models</source>
        <translation>No se pueden comparar estos modelos</translation>
    </message>
    <message>
        <source>Quitting</source>
        <translation>Saliendo</translation>
    </message>
</context>
<context>
    <name>rnnlab::MatrixLabels</name>
    <message>
        <source>No W_hy: the outputs are h_t itself (the lecture&apos;s setup).</source>
        <translation>Sin W_hy: las salidas son la propia h_t (la configuración de la clase).</translation>
    </message>
    <message>
        <source>No W_hy: the outputs are h_t itself (the lecture&apos;s setup). With ReLU the logits are ≥ 0 but unbounded, so the loss can approach 0.</source>
        <translation>Sin W_hy: las salidas son la propia h_t (la configuración de la clase). Con ReLU los logits son ≥ 0 pero no acotados, así que la pérdida puede acercarse a 0.</translation>
    </message>
    <message>
        <source>No W_hy: the outputs are h_t itself (the lecture&apos;s setup). With tanh the logits stay in [−1, 1], so no probability can exceed p = e/(e + %1/e) ≈ %2 — the loss cannot fall below −log p ≈ %3 and never reaches 0; an output layer removes this floor.</source>
        <extracomment>%1 is the vocabulary size minus 1, %2 the largest probability, %3 the smallest loss −log p.</extracomment>
        <translation>Sin W_hy: las salidas son la propia h_t (la configuración de la clase). Con tanh los logits quedan en [−1, 1], así que ninguna probabilidad puede superar p = e/(e + %1/e) ≈ %2 — la pérdida no puede bajar de −log p ≈ %3 y nunca llega a 0; una capa de salida elimina este suelo.</translation>
    </message>
    <message>
        <source>%1: bias of %2</source>
        <extracomment>A bias entry&apos;s tooltip: %1 the matrix&apos;s title, %2 the unit it belongs to.</extracomment>
        <translation>%1: sesgo de %2</translation>
    </message>
    <message>
        <source>%1: from %2 to %3</source>
        <extracomment>A weight&apos;s tooltip: %1 the matrix&apos;s title, %2 the unit it comes from, %3 the unit it goes to.</extracomment>
        <translation>%1: de %2 a %3</translation>
    </message>
    <message>
        <source>set by hand at step %1 (was %2)</source>
        <extracomment>%1 a training step, %2 the value before the edit.</extracomment>
        <translation>fijado a mano en el paso %1 (era %2)</translation>
    </message>
    <message>
        <source>Rewound to step %1: resume from here (on the timeline) to edit</source>
        <translation>Rebobinado al paso %1: reanuda desde aquí (en la línea de tiempo) para editar</translation>
    </message>
    <message>
        <source>Click to type a new value, or drag up or down to change it (Shift: finer)</source>
        <translation>Haz clic para escribir un valor nuevo, o arrastra arriba o abajo para cambiarlo (Shift: más fino)</translation>
    </message>
    <message>
        <source>effective learning rate of this entry: %1 (SGD: lr, the same for every entry)</source>
        <extracomment>%1 is the learning rate.</extracomment>
        <translation>tasa de aprendizaje efectiva de esta componente: %1 (SGD: lr, la misma para todas)</translation>
    </message>
    <message>
        <source>effective learning rate of this entry: %1 (Adam: lr / (√v̂ + ε))</source>
        <extracomment>%1 is the learning rate.</extracomment>
        <translation>tasa de aprendizaje efectiva de esta componente: %1 (Adam: lr / (√v̂ + ε))</translation>
    </message>
    <message>
        <source>%1 = 0 in the graph (what if there were no memory?)</source>
        <extracomment>%1 is a matrix&apos;s name (W_hh).</extracomment>
        <translation>%1 = 0 en el grafo (¿y si no hubiera memoria?)</translation>
    </message>
</context>
<context>
    <name>rnnlab::MatrixPanel</name>
    <message>
        <source>Encoder (encoder): reads the source</source>
        <translation>Codificador (encoder): lee la secuencia fuente</translation>
    </message>
    <message>
        <source>Decoder (decoder): from the context, reads the previous target token</source>
        <translation>Decodificador (decoder): a partir del contexto, lee el token objetivo anterior</translation>
    </message>
    <message>
        <source>%1, layer %2</source>
        <translation>%1, capa %2</translation>
    </message>
    <message>
        <source>Output layer (fc)</source>
        <translation>Capa de salida (fc)</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>peso</translation>
    </message>
    <message>
        <source>gradient ∂L/∂w (last step)</source>
        <translation>gradiente ∂L/∂w (último paso)</translation>
    </message>
    <message>
        <source>change Δw (last update)</source>
        <translation>cambio Δw (última actualización)</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Pesos</translation>
    </message>
    <message>
        <source>Gradients ∂L/∂w</source>
        <translation>Gradientes ∂L/∂w</translation>
    </message>
    <message>
        <source>Last change Δw</source>
        <translation>Último cambio Δw</translation>
    </message>
    <message>
        <source>The weights now, after the last update</source>
        <translation>Los pesos actuales, tras la última actualización</translation>
    </message>
    <message>
        <source>dL/dw of the last training step: how the loss changes with each weight</source>
        <translation>dL/dw del último paso de entrenamiento: cómo cambia la pérdida con cada peso</translation>
    </message>
    <message>
        <source>What the last update changed: the new weight minus the old one</source>
        <translation>Lo que cambió la última actualización: el peso nuevo menos el anterior</translation>
    </message>
    <message>
        <source>No model yet</source>
        <translation>Aún no hay modelo</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>Gradientes</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>Capa %1</translation>
    </message>
    <message>
        <source>Output layer</source>
        <translation>Capa de salida</translation>
    </message>
    <message>
        <source>No training step yet</source>
        <translation>Aún no hay ningún paso de entrenamiento</translation>
    </message>
    <message>
        <source>The graph computes with 0 here (what if there were no memory?); training still uses this weight</source>
        <translation>Aquí el grafo calcula con 0 (¿y si no hubiera memoria?); el entrenamiento sigue usando este peso</translation>
    </message>
</context>
<context>
    <name>rnnlab::MemoryComparisonPlot</name>
    <message>
        <source>How far back</source>
        <translation>Hasta dónde mira atrás</translation>
    </message>
    <message>
        <source>How far back a prediction looks. For the prediction at step t, how much each earlier input x&lt;sub&gt;s&lt;/sub&gt; drives it: ‖∂ log p&lt;sub&gt;t&lt;/sub&gt;(target) / ∂x&lt;sub&gt;s&lt;/sub&gt;‖, the gradient of that step&apos;s log-probability of its target with respect to the one-hot input, carried back by each model&apos;s own BPTT. A plain RNN&apos;s usually falls decade by decade as s goes back; an LSTM or a GRU can learn to keep it.</source>
        <translation>Hasta dónde mira atrás una predicción. Para la predicción del paso t, cuánto influye en ella cada entrada anterior x&lt;sub&gt;s&lt;/sub&gt;: ‖∂ log p&lt;sub&gt;t&lt;/sub&gt;(objetivo) / ∂x&lt;sub&gt;s&lt;/sub&gt;‖, el gradiente de la log-probabilidad de su objetivo en ese paso respecto a la entrada one-hot, llevado hacia atrás por la BPTT de cada modelo. En una RNN simple suele caer década a década al retroceder s; una LSTM o una GRU pueden aprender a conservarlo.</translation>
    </message>
    <message>
        <source>step t =</source>
        <translation>paso t =</translation>
    </message>
    <message>
        <source>last</source>
        <translation>último</translation>
    </message>
    <message>
        <source>The time step whose prediction is explained (last: the last step with a target)</source>
        <translation>El paso temporal cuya predicción se explica (último: el último paso con objetivo)</translation>
    </message>
    <message>
        <source>What step t&apos;s prediction should say: its target</source>
        <translation>Lo que debería decir la predicción del paso t: su objetivo</translation>
    </message>
    <message>
        <source>Show the influence on a logarithmic axis: a fall by decades is a straight line</source>
        <translation>Mostrar la influencia en un eje logarítmico: una caída por décadas es una recta</translation>
    </message>
    <message>
        <source>input step s</source>
        <translation>paso de entrada s</translation>
    </message>
    <message>
        <source>‖∂ log p / ∂x_s‖</source>
        <translation>‖∂ log p / ∂x_s‖</translation>
    </message>
    <message>
        <source>Real-valued inputs x_t have no one-hot input to trace back.</source>
        <translation>Las entradas reales x_t no tienen una entrada one-hot que rastrear hacia atrás.</translation>
    </message>
    <message>
        <source>No models yet.</source>
        <translation>Aún no hay modelos.</translation>
    </message>
    <message>
        <source>Step %1 has no target: nothing is predicted there.</source>
        <translation>El paso %1 no tiene objetivo: ahí no se predice nada.</translation>
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
        <translation>x en el paso %1 (‘%2’) sobre la predicción del paso %3 (‘%4’): ‖∂ log p / ∂x‖ = %5</translation>
    </message>
</context>
<context>
    <name>rnnlab::MemoryPath</name>
    <message>
        <source>Freeze axes</source>
        <translation>Fijar ejes</translation>
    </message>
    <message>
        <source>Keep the axes of this training step — their direction, their centre and their scale — for the later steps: train on, or move along the timeline, and watch the path change in one frame (a point that leaves it widens the frame). Untick to give every step its own PCA again.</source>
        <translation>Conserva los ejes de este paso de entrenamiento — su dirección, su centro y su escala — para los pasos posteriores: sigue entrenando, o muévete por la línea de tiempo, y mira cómo cambia la trayectoria en un mismo marco (un punto que se sale lo amplía). Desmárcalo para que cada paso vuelva a tener su propio PCA.</translation>
    </message>
    <message>
        <source>axes from training step %1, W_hh = 0</source>
        <translation>ejes del paso de entrenamiento %1, W_hh = 0</translation>
    </message>
    <message>
        <source>axes from training step %1</source>
        <translation>ejes del paso de entrenamiento %1</translation>
    </message>
    <message>
        <source>step %1, input ‘%2’
%3 = (%4)
PC1 %5, PC2 %6</source>
        <translation>paso %1, entrada ‘%2’
%3 = (%4)
PC1 %5, PC2 %6</translation>
    </message>
    <message>
        <source>PC%1 (%2% of the variance at step %3)</source>
        <translation>PC%1 (%2% de la varianza en el paso %3)</translation>
    </message>
    <message>
        <source>PC%1 (%2% of the variance)</source>
        <translation>PC%1 (%2% de la varianza)</translation>
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
        <translation>Puntuación: |media dentro − media fuera| / desviación típica combinada, a cuántas desviaciones típicas está la unidad dentro del tramo respecto a fuera. Haz clic en una fila para colorear el texto según ella.</translation>
    </message>
    <message>
        <source>Colour: %1’s value at each step, red above 0, blue below.</source>
        <translation>Color: el valor de %1 en cada paso, rojo por encima de 0, azul por debajo.</translation>
    </message>
    <message>
        <source>Under each character: the network’s three likeliest next characters.</source>
        <translation>Bajo cada carácter: los tres siguientes caracteres más probables según la red.</translation>
    </message>
    <message>
        <source>Under the last character: the network’s likeliest classes.</source>
        <translation>Bajo el último carácter: las clases más probables según la red.</translation>
    </message>
    <message>
        <source>Drag over the text to rank the units.</source>
        <translation>Arrastra sobre el texto para ordenar las unidades.</translation>
    </message>
    <message>
        <source>outside</source>
        <translation>fuera</translation>
    </message>
    <message>
        <source>%1: score %2 = |%3 − %4| / %5 (mean inside the span, mean outside, pooled standard deviation)</source>
        <translation>%1: puntuación %2 = |%3 − %4| / %5 (media dentro del tramo, media fuera, desviación típica combinada)</translation>
    </message>
    <message>
        <source> of layer %1</source>
        <translation> de la capa %1</translation>
    </message>
    <message>
        <source>step %1, input ‘%2’: %3%4 = %5</source>
        <translation>paso %1, entrada ‘%2’: %3%4 = %5</translation>
    </message>
    <message>
        <source>step %1, input ‘%2’: no output at this step</source>
        <translation>paso %1, entrada ‘%2’: sin salida en este paso</translation>
    </message>
    <message>
        <source>p(‘%1’) = %2</source>
        <translation>p(‘%1’) = %2</translation>
    </message>
    <message>
        <source>step %1, input ‘%2’, the likeliest outputs: %3</source>
        <translation>paso %1, entrada ‘%2’, las salidas más probables: %3</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unidad</translation>
    </message>
    <message>
        <source>score</source>
        <translation>puntuación</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>dentro</translation>
    </message>
</context>
<context>
    <name>rnnlab::MemoryView</name>
    <message>
        <source>The memory view needs characters as inputs: real-valued x_t have no one-hot input to trace back.</source>
        <translation>La vista de memoria necesita caracteres como entradas: las x_t reales no tienen una entrada one-hot que rastrear hacia atrás.</translation>
    </message>
    <message>
        <source>How far back · the path</source>
        <translation>Hasta dónde mira atrás · la trayectoria</translation>
    </message>
    <message>
        <source>How far back a prediction looks, beside the path of the hidden state</source>
        <translation>Hasta dónde mira atrás una predicción, junto a la trayectoria del estado oculto</translation>
    </message>
    <message>
        <source>Units over the text</source>
        <translation>Unidades sobre el texto</translation>
    </message>
    <message>
        <source>The text coloured by one unit, the likeliest next characters under it; drag over the text to find the units that track that span</source>
        <translation>El texto coloreado según una unidad, con los siguientes caracteres más probables debajo; arrastra sobre el texto para encontrar las unidades que siguen ese tramo</translation>
    </message>
    <message>
        <source>States of</source>
        <translation>Estados de</translation>
    </message>
    <message>
        <source>The layer whose states the path shows (the prediction&apos;s influence does not depend on it)</source>
        <translation>La capa cuyos estados muestra la trayectoria (la influencia de la predicción no depende de ella)</translation>
    </message>
    <message>
        <source>h (hidden state)</source>
        <translation>h (estado oculto)</translation>
    </message>
    <message>
        <source>c (cell state)</source>
        <translation>c (estado de celda)</translation>
    </message>
    <message>
        <source>An LSTM&apos;s hidden state h or its cell state c</source>
        <translation>El estado oculto h de una LSTM o su estado de celda c</translation>
    </message>
    <message>
        <source>The unit whose value colours the text below (drag over the text to rank them)</source>
        <translation>La unidad cuyo valor colorea el texto de abajo (arrastra sobre el texto para ordenarlas)</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>capa %1</translation>
    </message>
    <message>
        <source>How far back a prediction looks</source>
        <translation>Hasta dónde mira atrás una predicción</translation>
    </message>
    <message>
        <source>How far back a prediction looks: step %1 has no target</source>
        <translation>Hasta dónde mira atrás una predicción: el paso %1 no tiene objetivo</translation>
    </message>
    <message>
        <source>Which earlier inputs does step %1’s prediction of its target ‘%2’ depend on? Each input s ≤ %1 by ‖∂ log p(‘%2’) / ∂x&lt;sub&gt;s&lt;/sub&gt;‖ (darker, taller: more). Largest: %3 (step %4, ‘%5’)</source>
        <translation>¿De qué entradas anteriores depende la predicción del paso %1 de su objetivo ‘%2’? Cada entrada s ≤ %1 según ‖∂ log p(‘%2’) / ∂x&lt;sub&gt;s&lt;/sub&gt;‖ (más oscura y alta: más). Mayor: %3 (paso %4, ‘%5’)</translation>
    </message>
    <message>
        <source>; the first input, ‘%1’: %2</source>
        <translation>; la primera entrada, ‘%1’: %2</translation>
    </message>
    <message>
        <source>What if W_hh = 0? No memory — </source>
        <translation>¿Y si W_hh = 0? Sin memoria — </translation>
    </message>
    <message>
        <source>What if W_hh = 0? The cell state c still carries earlier inputs — </source>
        <translation>¿Y si W_hh = 0? El estado de celda c aún lleva entradas anteriores — </translation>
    </message>
    <message>
        <source>What if W_hh = 0? z ⊙ h&lt;sub&gt;t−1&lt;/sub&gt; still carries earlier inputs — </source>
        <translation>¿Y si W_hh = 0? z ⊙ h&lt;sub&gt;t−1&lt;/sub&gt; aún lleva entradas anteriores — </translation>
    </message>
    <message>
        <source>The path of %1 of layer %2 (PCA of every step)</source>
        <translation>La trayectoria de %1 de la capa %2 (PCA de todos los pasos)</translation>
    </message>
    <message>
        <source>The path of %1 (PCA of every step)</source>
        <translation>La trayectoria de %1 (PCA de todos los pasos)</translation>
    </message>
    <message>
        <source>; steps %1–%2 drawn whole</source>
        <translation>; pasos %1–%2 dibujados completos</translation>
    </message>
    <message>
        <source>text by unit %1</source>
        <translation>texto según la unidad %1</translation>
    </message>
    <message>
        <source>Units over text needs characters as inputs: real-valued x_t are not a text.</source>
        <translation>Unidades sobre el texto necesita caracteres como entradas: las x_t reales no son un texto.</translation>
    </message>
</context>
<context>
    <name>rnnlab::ModelPanel</name>
    <message>
        <source>Train&amp;ing texts (one per line)</source>
        <translation>Textos de &amp;entrenamiento (uno por línea)</translation>
    </message>
    <message>
        <source>hello</source>
        <translation>hello</translation>
    </message>
    <message>
        <source>Each line is one training sequence: the network reads its characters one at a time and learns to predict the next one.
Lines of the form text&lt;Tab&gt;label train a classifier instead (many-to-one): the network reads the whole text and then names its label.</source>
        <translation>Cada línea es una secuencia de entrenamiento: la red lee sus caracteres de uno en uno y aprende a predecir el siguiente.
Las líneas de la forma texto&lt;Tab&gt;etiqueta entrenan en cambio un clasificador (muchos a uno): la red lee el texto entero y luego nombra su etiqueta.</translation>
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
        <translation>RNN: h_t = tanh(W_hh h_{t−1} + W_xh x_t + b) como en las diapositivas, b = b_ih + b_hh (PyTorch guarda los dos sesgos por separado y los suma), o con ReLU en lugar de tanh. LSTM: compuertas i, f, o y un estado de celda c_t que lleva la memoria. GRU: la compuerta de actualización z mezcla la h_{t−1} anterior con un candidato n_t, cuya compuerta de reinicio r decide cuánto de h_{t−1} ve. Las salidas y_t son h_t, o W_hy h_t + b_y con una capa de salida. Tal como las calculan torch.nn.RNN, LSTM y GRU.</translation>
    </message>
    <message>
        <source>&amp;Cell</source>
        <translation>&amp;Celda</translation>
    </message>
    <message>
        <source>Hidden units H: the length of h_t</source>
        <translation>Unidades ocultas H: la longitud de h_t</translation>
    </message>
    <message>
        <source>Hidden si&amp;ze</source>
        <translation>&amp;Tamaño del estado oculto</translation>
    </message>
    <message>
        <source>The lecture&apos;s setup: h_t is the output, one hidden unit per character</source>
        <translation>La configuración de la clase: h_t es la salida, una unidad oculta por carácter</translation>
    </message>
    <message>
        <source>Add an output layer</source>
        <translation>Añadir una capa de salida</translation>
    </message>
    <message>
        <source>Adds W_hy (nn.Linear(H, V)), so the hidden size no longer has to match the vocabulary</source>
        <translation>Añade W_hy (nn.Linear(H, V)), así el tamaño del estado oculto ya no tiene que coincidir con el vocabulario</translation>
    </message>
    <message>
        <source>Stacked layers (torch.nn.RNN num_layers)</source>
        <translation>Capas apiladas (torch.nn.RNN num_layers)</translation>
    </message>
    <message>
        <source>La&amp;yers</source>
        <translation>Ca&amp;pas</translation>
    </message>
    <message>
        <source>W_hy: y_t = W_hy h_t + b_y</source>
        <translation>W_hy: y_t = W_hy h_t + b_y</translation>
    </message>
    <message>
        <source>Without it (the lecture&apos;s setup) the outputs are h_t itself, and the hidden size must equal the number of characters</source>
        <translation>Sin ella (la configuración de la clase) las salidas son la propia h_t, y el tamaño del estado oculto debe ser igual al número de caracteres</translation>
    </message>
    <message>
        <source>O&amp;utput layer</source>
        <translation>Capa de &amp;salida</translation>
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
        <translation>Optimi&amp;zador</translation>
    </message>
    <message>
        <source>0.1 with Adam in the lecture</source>
        <translation>0.1 con Adam en la clase</translation>
    </message>
    <message>
        <source>Lear&amp;ning rate</source>
        <translation>Tasa de &amp;aprendizaje</translation>
    </message>
    <message>
        <source>SGD&apos;s momentum (Adam has its own: betas 0.9 and 0.999)</source>
        <translation>Momento de SGD (Adam tiene el suyo: betas 0.9 y 0.999)</translation>
    </message>
    <message>
        <source>&amp;Momentum</source>
        <translation>&amp;Momento</translation>
    </message>
    <message>
        <source>torch.manual_seed for the initial weights: the same seed gives PyTorch&apos;s weights bit for bit</source>
        <translation>torch.manual_seed para los pesos iniciales: la misma semilla da los pesos de PyTorch bit a bit</translation>
    </message>
    <message>
        <source>See&amp;d</source>
        <translation>Semi&amp;lla</translation>
    </message>
    <message>
        <source>at</source>
        <translation>en</translation>
    </message>
    <message>
        <source>clip_grad_norm_: scales all gradients down when their total norm exceeds this</source>
        <translation>clip_grad_norm_: reduce todos los gradientes cuando su norma total supera este valor</translation>
    </message>
    <message>
        <source>&amp;Gradient clipping</source>
        <translation>Recorte de &amp;gradiente</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Re&amp;vertir</translation>
    </message>
    <message>
        <source>Back to the settings being trained</source>
        <translation>Volver a la configuración que se está entrenando</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Start over with these settings (Ctrl+Return)</source>
        <translation>Empezar de nuevo con esta configuración (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Without W_hy the hidden state is the output, so this setup needs one hidden unit per class: %1, hidden size %2.</source>
        <translation>Sin W_hy el estado oculto es la salida, así que esta configuración necesita una unidad oculta por clase: %1, tamaño del estado oculto %2.</translation>
    </message>
    <message>
        <source>1 class</source>
        <translation>1 clase</translation>
    </message>
    <message>
        <source>%1 classes</source>
        <translation>%1 clases</translation>
    </message>
    <message>
        <source>Without W_hy the hidden state is the output, so the lecture&apos;s setup needs one hidden unit per character: %1, hidden size %2.</source>
        <translation>Sin W_hy el estado oculto es la salida, así que la configuración de la clase necesita una unidad oculta por carácter: %1, tamaño del estado oculto %2.</translation>
    </message>
    <message>
        <source>1 character</source>
        <translation>1 carácter</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 caracteres</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Línea %1</translation>
    </message>
    <message>
        <source>The label of line %1</source>
        <translation>La etiqueta de la línea %1</translation>
    </message>
    <message>
        <source>Set hidden size to %1</source>
        <translation>Poner el tamaño del estado oculto a %1</translation>
    </message>
    <message numerus="yes">
        <source>
Classifier (many-to-one), %n class(es): %1</source>
        <translation>
            <numerusform>
Clasificador (muchos a uno), %n clase: %1</numerusform>
            <numerusform>
Clasificador (muchos a uno), %n clases: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Vocabulary: %1 (%2)</source>
        <translation>Vocabulario: %1 (%2)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Time series</source>
        <translation>Serie temporal</translation>
    </message>
    <message>
        <source>Tas&amp;k</source>
        <translation>Ta&amp;rea</translation>
    </message>
    <message>
        <source>Without W_hy the hidden state is the output, so this setup needs one hidden unit per feature: %1, hidden size %2.</source>
        <translation>Sin W_hy el estado oculto es la salida, así que esta configuración necesita una unidad oculta por variable: %1, tamaño del estado oculto %2.</translation>
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
        <translation>Serie temporal: el valor siguiente en cada paso temporal (pérdida MSE).</translation>
    </message>
    <message>
        <source>Time series: the next value of each of %1 features at every time step (MSE loss).</source>
        <translation>Serie temporal: el valor siguiente de cada una de las %1 variables en cada paso temporal (pérdida MSE).</translation>
    </message>
    <message>
        <source>Translation (pairs)</source>
        <translation>Traducción (pares)</translation>
    </message>
    <message>
        <source>Text: the network reads characters and predicts the next one (or, with text&lt;Tab&gt;label lines, names a label: a classifier).
Time series: it reads numbers and predicts the next value of each feature (MSE loss).
Translation (pairs): an encoder reads each source&lt;Tab&gt;target line&apos;s source, a decoder writes its target.</source>
        <translation>Texto: la red lee caracteres y predice el siguiente (o, con líneas texto&lt;Tab&gt;etiqueta, da una etiqueta: un clasificador).
Serie temporal: lee números y predice el valor siguiente de cada variable (pérdida MSE).
Traducción (pares): un codificador lee la fuente de cada línea fuente&lt;Tab&gt;objetivo y un decodificador escribe su objetivo.</translation>
    </message>
    <message>
        <source>Translation: %1 source characters; %2 target tokens (&lt;sos&gt;, &lt;eos&gt; and the targets&apos; characters)</source>
        <translation>Traducción: %1 caracteres fuente; %2 tokens objetivo (&lt;sos&gt;, &lt;eos&gt; y los caracteres de los objetivos)</translation>
    </message>
    <message>
        <source>Pa&amp;irs (one per line: source&lt;Tab&gt;target)</source>
        <translation>Par&amp;es (uno por línea: fuente&lt;Tab&gt;objetivo)</translation>
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
        <translation>Cada línea es un par: la fuente, un tabulador y luego su objetivo (hello&lt;Tab&gt;olleh).
El codificador lee la fuente; el decodificador aprende a escribir el objetivo de &lt;sos&gt; a &lt;eos&gt;.</translation>
    </message>
</context>
<context>
    <name>rnnlab::ParameterLabelling</name>
    <message>
        <source>%1 of layer %2</source>
        <extracomment>A hidden unit of a stack of layers: %1 the unit (h3), %2 the layer&apos;s number.</extracomment>
        <translation>%1 de la capa %2</translation>
    </message>
    <message>
        <source>output &apos;%1&apos;</source>
        <translation>salida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 (score of &apos;%2&apos;)</source>
        <extracomment>A hidden unit that is an output score too (no W_hy): %1 the unit (h3), %2 the character.</extracomment>
        <translation>%1 (puntuación de &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>A gate&apos;s row: %1 the gate (&quot;input gate i&quot;), %2 its unit (&quot;h3&quot; or &quot;h3 of layer 2&quot;).</extracomment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>input &apos;%1&apos;</source>
        <translation>entrada &apos;%1&apos;</translation>
    </message>
    <message>
        <source>class &apos;%1&apos;</source>
        <translation>clase &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>rnnlab::PlotAccessible</name>
    <message>
        <source>%1: %2 at %3</source>
        <translation>%1: %2 en %3</translation>
    </message>
    <message>
        <source>Plot</source>
        <translation>Gráfica</translation>
    </message>
    <message>
        <source>%1 over %2</source>
        <translation>%1 frente a %2</translation>
    </message>
    <message>
        <source>Newest values: %1</source>
        <translation>Valores más recientes: %1</translation>
    </message>
</context>
<context>
    <name>rnnlab::PlotWidget</name>
    <message>
        <source>Log scale</source>
        <translation>Escala logarítmica</translation>
    </message>
</context>
<context>
    <name>rnnlab::PredictionsModel</name>
    <message>
        <source>translates %1 to %2 (greedy: its own outputs fed back); the target is %3: %4</source>
        <translation>traduce %1 como %2 (voraz: realimenta sus propias salidas); el objetivo es %3: %4</translation>
    </message>
    <message>
        <source>right</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>incorrecto</translation>
    </message>
    <message>
        <source>Pair %1, source %2, target %3: the greedy translation of the source at each step (the decoder&apos;s own outputs fed back from &lt;sos&gt; to &lt;eos&gt;, with the weights of that step&apos;s forward pass); a wrong translation is underlined.</source>
        <translation>Par %1, fuente %2, objetivo %3: la traducción voraz de la fuente en cada paso (las propias salidas del decodificador realimentadas de &lt;sos&gt; a &lt;eos&gt;, con los pesos de la pasada hacia delante de ese paso); una traducción incorrecta va subrayada.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>%1 of %2 characters match the target %3</source>
        <translation>%1 de %2 caracteres coinciden con el objetivo %3</translation>
    </message>
    <message>
        <source>%1: %2 instead of %3</source>
        <extracomment>%1 a position in the text, %2 the predicted character, %3 the true one.</extracomment>
        <translation>%1: %2 en lugar de %3</translation>
    </message>
    <message>
        <source>wrong at %1</source>
        <extracomment>%1 lists the wrong positions (&quot;3: &apos;l&apos; instead of &apos;e&apos;; 5: …&quot;).</extracomment>
        <translation>errores en %1</translation>
    </message>
    <message>
        <source>loss %1 (float32, 9 significant digits)</source>
        <translation>pérdida %1 (float32, 9 cifras significativas)</translation>
    </message>
    <message>
        <source>predicts %1; the label is %2: %3</source>
        <translation>predice %1; la etiqueta es %2: %3</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>The training step (1-based); its loss and predictions come from its forward pass, before the update</source>
        <translation>El paso de entrenamiento (contando desde 1); su pérdida y sus predicciones salen de su pasada hacia delante, antes de la actualización</translation>
    </message>
    <message>
        <source>Mean cross-entropy over all target characters</source>
        <translation>Entropía cruzada media sobre todos los caracteres objetivo</translation>
    </message>
    <message>
        <source>Text %1, label %2: the class the network gives it after reading all of it; a wrong class is underlined.</source>
        <translation>Texto %1, etiqueta %2: la clase que le da la red tras leerlo entero; una clase incorrecta va subrayada.</translation>
    </message>
    <message>
        <source>Text %1 prediction: the character the network predicts after each of %2; the targets are %3. Wrong characters are underlined.</source>
        <translation>Predicción del texto %1: el carácter que predice la red tras cada uno de %2; los objetivos son %3. Los caracteres erróneos van subrayados.</translation>
    </message>
</context>
<context>
    <name>rnnlab::PytorchPanel</name>
    <message>
        <source>No model yet.</source>
        <translation>Aún no hay modelo.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the script: paste it into a file and run python3 train.py --steps 20</source>
        <translation>Copia el script: pégalo en un archivo y ejecuta python3 train.py --steps 20</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Write the script to a .py file</source>
        <translation>Escribir el script en un archivo .py</translation>
    </message>
    <message>
        <source>Training… the script of this large model (%1 parameters) follows when training pauses.</source>
        <translation>Entrenando… el script de este modelo grande (%1 parámetros) aparecerá cuando se pause el entrenamiento.</translation>
    </message>
    <message>
        <source>After %1. Saved as train.py, &lt;tt&gt;python3 train.py --steps 20&lt;/tt&gt; trains on from step %2 in PyTorch 1.13 with rnnlab&apos;s losses.</source>
        <translation>Tras %1. Guardado como train.py, &lt;tt&gt;python3 train.py --steps 20&lt;/tt&gt; sigue entrenando desde el paso %2 en PyTorch 1.13 con las pérdidas de rnnlab.</translation>
    </message>
    <message>
        <source>1 training step</source>
        <translation>1 paso de entrenamiento</translation>
    </message>
    <message>
        <source>%1 training steps</source>
        <translation>%1 pasos de entrenamiento</translation>
    </message>
    <message>
        <source>Save the PyTorch script</source>
        <translation>Guardar el script de PyTorch</translation>
    </message>
    <message>
        <source>Python scripts (*.py)</source>
        <translation>Scripts de Python (*.py)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>No se puede guardar</translation>
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
        <translation>Un instante de tiempo por línea. Varios números en una línea (separados por comas, punto y coma, tabuladores o espacios) son varias variables, una por columna; una sola línea de números separados por comas es una variable.
Una línea vacía empieza otra serie: varias series se entrenan juntas, cada una como su propia secuencia desde un estado cero. Las líneas que empiezan por # son comentarios. Los números usan punto decimal (0.5, -2, 1e-3).</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>Generador</translation>
    </message>
    <message>
        <source>Num&amp;bers</source>
        <translation>&amp;Números</translation>
    </message>
    <message>
        <source>Where the training series come from: a generated wave, or numbers typed, pasted or imported from a CSV file. Either way the session stores the numbers.</source>
        <translation>De dónde vienen las series de entrenamiento: una onda generada, o números escritos, pegados o importados de un archivo CSV. En ambos casos la sesión guarda los números.</translation>
    </message>
    <message>
        <source>Sine</source>
        <translation>Seno</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>Cuadrada</translation>
    </message>
    <message>
        <source>Sawtooth</source>
        <translation>Diente de sierra</translation>
    </message>
    <message>
        <source>Triangle</source>
        <translation>Triangular</translation>
    </message>
    <message>
        <source>Two sines</source>
        <translation>Dos senos</translation>
    </message>
    <message>
        <source>Sine A sin(2πt/P + φ); square, sawtooth and triangle of the same period and amplitude; or the sum of two sines A sin(2πt/P + φ) + A₂ sin(2πt/P₂)</source>
        <translation>Seno A sin(2πt/P + φ); cuadrada, diente de sierra y triangular del mismo período y amplitud; o la suma de dos senos A sin(2πt/P + φ) + A₂ sin(2πt/P₂)</translation>
    </message>
    <message>
        <source>&amp;Wave</source>
        <translation>&amp;Onda</translation>
    </message>
    <message>
        <source>P: time steps per period (&gt; 0)</source>
        <translation>P: pasos temporales por período (&gt; 0)</translation>
    </message>
    <message>
        <source>A: the wave&apos;s largest value</source>
        <translation>A: el valor máximo de la onda</translation>
    </message>
    <message>
        <source>φ: the phase in radians (π/2 ≈ 1.5708)</source>
        <translation>φ: la fase en radianes (π/2 ≈ 1.5708)</translation>
    </message>
    <message>
        <source> rad</source>
        <translation> rad</translation>
    </message>
    <message>
        <source>Points of the series (≥ 2): a series of n points is n − 1 time steps</source>
        <translation>Puntos de la serie (≥ 2): una serie de n puntos son n − 1 pasos temporales</translation>
    </message>
    <message>
        <source>P₂: the second sine&apos;s period (&gt; 0)</source>
        <translation>P₂: el período del segundo seno (&gt; 0)</translation>
    </message>
    <message>
        <source>A₂: the second sine&apos;s amplitude</source>
        <translation>A₂: la amplitud del segundo seno</translation>
    </message>
    <message>
        <source>σ: Gaussian noise added to every point (0: none); the seed below makes it the same on every machine</source>
        <translation>σ: ruido gaussiano añadido a cada punto (0: ninguno); la semilla de abajo lo hace igual en todas las máquinas</translation>
    </message>
    <message>
        <source>The noise&apos;s own seed (not the weights&apos;)</source>
        <translation>La semilla propia del ruido (no la de los pesos)</translation>
    </message>
    <message>
        <source>Edit as numbers</source>
        <translation>Editar como números</translation>
    </message>
    <message>
        <source>Puts the generated numbers into the numbers box, to change them by hand</source>
        <translation>Pone los números generados en el cuadro de números, para cambiarlos a mano</translation>
    </message>
    <message>
        <source>Adds a CSV file&apos;s numbers as another series: one row per time point, one column per feature, a header row optional</source>
        <translation>Añade los números de un archivo CSV como otra serie: una fila por instante, una columna por variable, fila de cabecera opcional</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Wave with an anomaly</source>
        <translation>Onda con una anomalía</translation>
    </message>
    <message>
        <source>A series the network is tested on but never trained on: where its error jumps above the training error&apos;s, the Signal tab rings an anomaly</source>
        <translation>Una serie con la que se prueba la red pero con la que nunca se entrena: donde su error salta por encima del de entrenamiento, la pestaña Señal marca una anomalía</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <source>Adds a CSV file&apos;s numbers as a test series</source>
        <translation>Añade los números de un archivo CSV como serie de prueba</translation>
    </message>
    <message>
        <source>Spike</source>
        <translation>Pico</translation>
    </message>
    <message>
        <source>Level shift</source>
        <translation>Cambio de nivel</translation>
    </message>
    <message>
        <source>Flat stretch</source>
        <translation>Tramo plano</translation>
    </message>
    <message>
        <source>Spike: + size at one point. Level shift: + size over a stretch (length 0: to the end). Flat stretch: the value at “at” held for a stretch.</source>
        <translation>Pico: + tamaño en un punto. Cambio de nivel: + tamaño a lo largo de un tramo (longitud 0: hasta el final). Tramo plano: el valor en “en el punto” mantenido durante un tramo.</translation>
    </message>
    <message>
        <source>How many points it lasts</source>
        <translation>Cuántos puntos dura</translation>
    </message>
    <message>
        <source>What it adds to the wave</source>
        <translation>Lo que suma a la onda</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 punto</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 puntos</translation>
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
        <translation>1 variable</translation>
    </message>
    <message>
        <source>%1 features</source>
        <translation>%1 variables</translation>
    </message>
    <message>
        <source>Imported %1 of %2 from %3</source>
        <translation>Importadas %1 de %2 desde %3</translation>
    </message>
    <message>
        <source>Import a test series from CSV</source>
        <translation>Importar una serie de prueba desde CSV</translation>
    </message>
    <message>
        <source>Import series from CSV</source>
        <translation>Importar series desde CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Where the anomaly starts: a point of the series, counted from 1 as the Signal tab&apos;s time axis</source>
        <translation>Dónde empieza la anomalía: un punto de la serie, contando desde 1 como el eje temporal de la pestaña Señal</translation>
    </message>
    <message>
        <source>Tr&amp;aining series</source>
        <translation>Ser&amp;ies de entrenamiento</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Amplitude</source>
        <translation>Amplitud</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Period 2</source>
        <translation>Período 2</translation>
    </message>
    <message>
        <source>Amplitude 2</source>
        <translation>Amplitud 2</translation>
    </message>
    <message>
        <source>Noise σ</source>
        <translation>Ruido σ</translation>
    </message>
    <message>
        <source>Noise seed</source>
        <translation>Semilla del ruido</translation>
    </message>
    <message>
        <source>Test ser&amp;ies</source>
        <translation>Series de pr&amp;ueba</translation>
    </message>
    <message>
        <source>Test numbers</source>
        <translation>Números de prueba</translation>
    </message>
    <message>
        <source>Anomaly</source>
        <translation>Anomalía</translation>
    </message>
    <message>
        <source>  at point</source>
        <translation>  en el punto</translation>
    </message>
    <message>
        <source>  length</source>
        <translation>  longitud</translation>
    </message>
    <message>
        <source>  size</source>
        <translation>  tamaño</translation>
    </message>
</context>
<context>
    <name>rnnlab::SessionActions</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Falló el guardado automático: %1</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>&amp;Nueva sesión</translation>
    </message>
    <message>
        <source>Start over with the lecture&apos;s hello example</source>
        <translation>Empezar de nuevo con el ejemplo hello de la clase</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>&amp;Abrir sesión…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation>&amp;Guardar sesión</translation>
    </message>
    <message>
        <source>Save the settings, trained weights, optimizer state, loss history and view (.rnnlab)</source>
        <translation>Guardar la configuración, los pesos entrenados, el estado del optimizador, el historial de pérdidas y la vista (.rnnlab)</translation>
    </message>
    <message>
        <source>Save session &amp;as…</source>
        <translation>Guardar sesión &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Import PyTorch state…</source>
        <translation>&amp;Importar estado de PyTorch…</translation>
    </message>
    <message>
        <source>A model trained in PyTorch, saved with save_state_dict_json() from the PyTorch panel&apos;s script</source>
        <translation>Un modelo entrenado en PyTorch, guardado con save_state_dict_json() del script del panel PyTorch</translation>
    </message>
    <message>
        <source>there is no trained model to save yet</source>
        <translation>aún no hay ningún modelo entrenado que guardar</translation>
    </message>
    <message>
        <source>Saved %1 (step %2)</source>
        <translation>Guardado %1 (paso %2)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>No se puede guardar</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Guardar sesión</translation>
    </message>
    <message>
        <source>Save the session?</source>
        <translation>¿Guardar la sesión?</translation>
    </message>
    <message>
        <source>%1 closes this session. It has changes that are not saved (training, weights by hand or settings).</source>
        <translation>%1 cierra esta sesión. Tiene cambios sin guardar (entrenamiento, pesos a mano o configuración).</translation>
    </message>
    <message>
        <source>A new session</source>
        <translation>Una sesión nueva</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Abrir sesión</translation>
    </message>
    <message>
        <source>Training texts</source>
        <translation>Textos de entrenamiento</translation>
    </message>
    <message>
        <source>%1 does not say which texts the model was trained on. Its training texts, one per line:</source>
        <translation>%1 no dice con qué textos se entrenó el modelo. Sus textos de entrenamiento, uno por línea:</translation>
    </message>
    <message>
        <source>Cannot import this PyTorch state</source>
        <translation>No se puede importar este estado de PyTorch</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 cannot be imported; nothing was changed.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%2&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;%1 no se puede importar; no se ha cambiado nada.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%2&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importando %1</translation>
    </message>
    <message>
        <source>Imported %1. %2</source>
        <translation>Importado %1. %2</translation>
    </message>
    <message>
        <source>Cannot open this session</source>
        <translation>No se puede abrir esta sesión</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 cannot be opened; nothing was changed.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%2&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;%1 no se puede abrir; no se ha cambiado nada.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%2&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Abriendo %1</translation>
    </message>
    <message>
        <source>Import PyTorch state</source>
        <translation>Importar estado de PyTorch</translation>
    </message>
    <message>
        <source>PyTorch states (*.pt *.pth *.json);;All files (*)</source>
        <translation>Estados de PyTorch (*.pt *.pth *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Restore the unsaved session?</source>
        <translation>¿Restaurar la sesión no guardada?</translation>
    </message>
    <message>
        <source>rnnlab ended without saving a session (autosaved %1). Restore it?</source>
        <translation>rnnlab terminó sin guardar una sesión (guardada automáticamente %1). ¿Restaurarla?</translation>
    </message>
    <message>
        <source>recovered</source>
        <translation>recuperada</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Vaciar la lista</translation>
    </message>
    <message>
        <source>rnnlab sessions (*.rnnlab *.json);;All files (*)</source>
        <extracomment>A file dialog&apos;s filter: keep the patterns in parentheses and the &quot;;;&quot; between the two.</extracomment>
        <translation>Sesiones de rnnlab (*.rnnlab *.json);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>rnnlab::ShortcutList</name>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>A matrix (click a cell)</source>
        <translation>Una matriz (haz clic en una celda)</translation>
    </message>
    <message>
        <source>The timeline (click it)</source>
        <translation>La línea de tiempo (haz clic en ella)</translation>
    </message>
    <message>
        <source>Move to the next cell</source>
        <translation>Ir a la celda siguiente</translation>
    </message>
    <message>
        <source>First or last column</source>
        <translation>Primera o última columna</translation>
    </message>
    <message>
        <source>Type a value for the cell</source>
        <translation>Escribir un valor para la celda</translation>
    </message>
    <message>
        <source>One training step earlier or later</source>
        <translation>Un paso de entrenamiento antes o después</translation>
    </message>
    <message>
        <source>Several steps later or earlier</source>
        <translation>Varios pasos después o antes</translation>
    </message>
    <message>
        <source>Step 0, or the latest step</source>
        <translation>Paso 0, o el último paso</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>The graph (Tab to it)</source>
        <translation>El grafo (ve con Tab)</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>En todas partes</translation>
    </message>
    <message>
        <source>Into the cells; up or down a column</source>
        <translation>Entrar en las celdas; subir o bajar por una columna</translation>
    </message>
    <message>
        <source>The same unit one time step earlier or later</source>
        <translation>La misma unidad un paso temporal antes o después</translation>
    </message>
    <message>
        <source>The first or last time step</source>
        <translation>El primer o el último paso temporal</translation>
    </message>
    <message>
        <source>Leave the cells (then Esc leaves the walk)</source>
        <translation>Salir de las celdas (luego Esc sale del recorrido)</translation>
    </message>
    <message>
        <source>Stop a drag, close the value editor, or leave the cells</source>
        <translation>Detener un arrastre, cerrar el editor de valores o salir de las celdas</translation>
    </message>
    <message>
        <source>Next or previous control</source>
        <translation>Control siguiente o anterior</translation>
    </message>
    <message>
        <source>Leave a text box (Tab types a tab there)</source>
        <translation>Salir de un cuadro de texto (allí Tab escribe un tabulador)</translation>
    </message>
    <message>
        <source>Press the focused button</source>
        <translation>Pulsar el botón con el foco</translation>
    </message>
</context>
<context>
    <name>rnnlab::SignalPlot</name>
    <message>
        <source>The series shown: a training series, or a test series (evaluated at every step, never trained on)</source>
        <translation>La serie mostrada: una serie de entrenamiento, o una serie de prueba (evaluada en cada paso, nunca usada para entrenar)</translation>
    </message>
    <message>
        <source>F&amp;orecast</source>
        <translation>Pr&amp;onóstico</translation>
    </message>
    <message>
        <source> points</source>
        <translation> puntos</translation>
    </message>
    <message>
        <source>The free-running forecast past the end: each predicted value is fed back as the next input, this many times</source>
        <translation>El pronóstico libre más allá del final: cada valor predicho se realimenta como la siguiente entrada, este número de veces</translation>
    </message>
    <message>
        <source>series</source>
        <translation>serie</translation>
    </message>
    <message>
        <source>one-step prediction</source>
        <translation>predicción a un paso</translation>
    </message>
    <message>
        <source>free-running forecast</source>
        <translation>pronóstico libre</translation>
    </message>
    <message>
        <source>squared error</source>
        <translation>error cuadrático</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>umbral</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>error²</source>
        <translation>error²</translation>
    </message>
    <message>
        <source>Training series</source>
        <translation>Serie de entrenamiento</translation>
    </message>
    <message>
        <source>Training series %1</source>
        <translation>Serie de entrenamiento %1</translation>
    </message>
    <message>
        <source>Test series (anomalies)</source>
        <translation>Serie de prueba (anomalías)</translation>
    </message>
    <message>
        <source>Test series %1 (anomalies)</source>
        <translation>Serie de prueba %1 (anomalías)</translation>
    </message>
    <message>
        <source>forecast →</source>
        <translation>pronóstico →</translation>
    </message>
    <message>
        <source>warm-up</source>
        <translation>calentamiento</translation>
    </message>
    <message>
        <source>training series</source>
        <translation>serie de entrenamiento</translation>
    </message>
    <message>
        <source>one step ahead</source>
        <translation>un paso por delante</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>pronóstico</translation>
    </message>
    <message>
        <source>warm-up: not counted</source>
        <translation>calentamiento: no se cuenta</translation>
    </message>
    <message>
        <source>threshold %1</source>
        <translation>umbral %1</translation>
    </message>
    <message>
        <source>sta&amp;rting after</source>
        <translation>&amp;tras</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>el final</translation>
    </message>
    <message>
        <source>point </source>
        <translation>el punto </translation>
    </message>
    <message>
        <source>Where the free run starts: after the series&apos; last point (the end), or after an earlier point, so that its forecast can be compared with what actually came</source>
        <translation>Dónde empieza el pronóstico libre: tras el último punto de la serie (el final), o tras un punto anterior, para poder comparar el pronóstico con lo que vino realmente</translation>
    </message>
    <message>
        <source>Fla&amp;g above</source>
        <translation>&amp;Marcar si supera</translation>
    </message>
    <message>
        <source>A time step whose squared error is above this is flagged: a candidate anomaly, not yet a true one (the summary judges the flags against where an anomaly was injected). Default: the training error&apos;s mean + 3 standard deviations</source>
        <translation>Un paso temporal cuyo error cuadrático supera este valor queda marcado: una anomalía candidata, aún no una verdadera (el resumen juzga las marcas según dónde se inyectó una anomalía). Por defecto: la media del error de entrenamiento + 3 desviaciones típicas</translation>
    </message>
    <message>
        <source>mean + 3 sd</source>
        <translation>media + 3 dt</translation>
    </message>
    <message>
        <source>99th percentile</source>
        <translation>percentil 99</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>The threshold&apos;s rule. Mean + 3 sd (the default) assumes errors spread like a normal distribution; a network&apos;s squared errors have a long tail (their sd is often larger than their mean), so it also flags ordinary steps. The 99th percentile of the training errors flags about 1 ordinary step in 100.</source>
        <translation>La regla del umbral. Media + 3 dt (por defecto) supone que los errores se reparten como una distribución normal; los errores cuadráticos de una red tienen una cola larga (su dt suele ser mayor que su media), así que también marca pasos ordinarios. El percentil 99 de los errores de entrenamiento marca aproximadamente 1 paso ordinario de cada 100.</translation>
    </message>
    <message>
        <source>The signal plot is for time series (the task &quot;Time series&quot;): open one, e.g. File ▸ Open examples/sine-spike.json</source>
        <translation>La gráfica de señal es para series temporales (la tarea “Serie temporal”): abre una, p. ej. Archivo ▸ Abrir examples/sine-spike.json</translation>
    </message>
    <message>
        <source>true continuation</source>
        <translation>continuación real</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>marcados</translation>
    </message>
    <message>
        <source>injected</source>
        <translation>inyectada</translation>
    </message>
    <message>
        <source>time step t:  xₜ at t,  yₜ under xₜ₊₁,  error² of step t = (yₜ − xₜ₊₁)²</source>
        <translation>paso temporal t:  xₜ en t,  yₜ bajo xₜ₊₁,  error² del paso t = (yₜ − xₜ₊₁)²</translation>
    </message>
    <message>
        <source>flagged: error² above the threshold</source>
        <translation>marcado: error² por encima del umbral</translation>
    </message>
    <message>
        <source>injected anomaly</source>
        <translation>anomalía inyectada</translation>
    </message>
    <message>
        <source>Test series (never trained on)</source>
        <translation>Serie de prueba (nunca usada para entrenar)</translation>
    </message>
    <message>
        <source>Test series %1 (never trained on)</source>
        <translation>Serie de prueba %1 (nunca usada para entrenar)</translation>
    </message>
    <message>
        <source> (1–%1: warm-up).</source>
        <translation> (1–%1: calentamiento).</translation>
    </message>
    <message>
        <source> (1: warm-up).</source>
        <translation> (1: calentamiento).</translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <source> Feature 1 of %1.</source>
        <translation> Variable 1 de %1.</translation>
    </message>
    <message>
        <source>the training errors&apos; 99th percentile</source>
        <translation>percentil 99 de los errores de entrenamiento</translation>
    </message>
    <message>
        <source>at point %1</source>
        <translation>en el punto %1</translation>
    </message>
    <message>
        <source>at points %1–%2</source>
        <translation>en los puntos %1–%2</translation>
    </message>
    <message>
        <source>in the warm-up, not judged</source>
        <translation>en el calentamiento, sin evaluar</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>no detectada</translation>
    </message>
    <message>
        <source>detected (step %1)</source>
        <translation>detectada (paso %1)</translation>
    </message>
    <message>
        <source>detected (steps %1)</source>
        <translation>detectada (pasos %1)</translation>
    </message>
    <message>
        <source> (steps %1).</source>
        <translation> (pasos %1).</translation>
    </message>
    <message>
        <source>after point %1</source>
        <translation>tras el punto %1</translation>
    </message>
    <message>
        <source>after the end</source>
        <translation>tras el final</translation>
    </message>
    <message>
        <source>Free-running forecast %1: mean error² %2 against what came (points compared: %3).</source>
        <translation>Pronóstico libre %1: error² medio %2 frente a lo que vino (puntos comparados: %3).</translation>
    </message>
    <message>
        <source>x_%1 = %2</source>
        <translation>x_%1 = %2</translation>
    </message>
    <message>
        <source>step %1: y_%1 = %2 predicts x_%3 = %4</source>
        <translation>paso %1: y_%1 = %2 predice x_%3 = %4</translation>
    </message>
    <message>
        <source>loss_%1 = (y_%1 − x_%2)² = %3</source>
        <translation>loss_%1 = (y_%1 − x_%2)² = %3</translation>
    </message>
    <message>
        <source>flagged: predicts the injected anomaly (a hit)</source>
        <translation>marcado: predice la anomalía inyectada (un acierto)</translation>
    </message>
    <message>
        <source>flagged: after the anomaly, the network still disturbed</source>
        <translation>marcado: tras la anomalía, con la red aún perturbada</translation>
    </message>
    <message>
        <source>flagged: a false alarm (no anomaly was injected here)</source>
        <translation>marcado: una falsa alarma (aquí no se inyectó ninguna anomalía)</translation>
    </message>
    <message>
        <source>free-running forecast: %1</source>
        <translation>pronóstico libre: %1</translation>
    </message>
    <message>
        <source>what came (generator): %1</source>
        <translation>lo que vino (generador): %1</translation>
    </message>
    <message>
        <source>test series</source>
        <translation>serie de prueba</translation>
    </message>
    <message>
        <source>The test series: evaluated at every step with the current weights, never trained on</source>
        <translation>La serie de prueba: evaluada en cada paso con los pesos actuales, nunca usada para entrenar</translation>
    </message>
    <message>
        <source>The training series: what the network is trained on</source>
        <translation>La serie de entrenamiento: con la que se entrena la red</translation>
    </message>
    <message>
        <source>The one-step predictions: y_t, drawn under the x_{t+1} it predicts</source>
        <translation>Las predicciones a un paso: y_t, dibujado bajo el x_{t+1} que predice</translation>
    </message>
    <message>
        <source>The free-running forecast: each predicted value fed back as the next input</source>
        <translation>El pronóstico libre: cada valor predicho se realimenta como la siguiente entrada</translation>
    </message>
    <message>
        <source>what came</source>
        <translation>lo que vino</translation>
    </message>
    <message>
        <source>What came: the generator&apos;s true continuation past the end, to hold the forecast against</source>
        <translation>Lo que vino: la continuación real del generador más allá del final, para compararla con el pronóstico</translation>
    </message>
    <message>
        <source>flagged: error² &gt; threshold</source>
        <translation>marcado: error² &gt; umbral</translation>
    </message>
    <message>
        <source>A flagged step: its squared error is above the threshold (a candidate anomaly); its band covers the input it read and the point it predicted</source>
        <translation>Un paso marcado: su error cuadrático supera el umbral (una anomalía candidata); su franja cubre la entrada que leyó y el punto que predijo</translation>
    </message>
    <message>
        <source>Where the generator injected the anomaly</source>
        <translation>Dónde inyectó el generador la anomalía</translation>
    </message>
    <message>
        <source>warm-up (not counted)</source>
        <translation>calentamiento (no se cuenta)</translation>
    </message>
    <message>
        <source>The warm-up steps: the state has not seen enough yet; they count neither in the threshold nor as flags</source>
        <translation>Los pasos de calentamiento: el estado aún no ha visto lo suficiente; no cuentan ni para el umbral ni como marcas</translation>
    </message>
    <message>
        <source>%1: mean error² %2 over steps %3–%4</source>
        <translation>%1: error² medio %2 en los pasos %3–%4</translation>
    </message>
    <message>
        <source>Training error² after the warm-up: mean %1, sd %2 (the loss, %3, counts every step).</source>
        <translation>Error² de entrenamiento tras el calentamiento: media %1, dt %2 (la pérdida, %3, cuenta todos los pasos).</translation>
    </message>
    <message>
        <source>; sd &gt; mean: not normally distributed, so ordinary steps pass it too</source>
        <translation>; dt &gt; media: no es una distribución normal, así que también lo superan pasos ordinarios</translation>
    </message>
    <message>
        <source>Threshold %1: %2.</source>
        <translation>Umbral %1: %2.</translation>
    </message>
    <message>
        <source>Flagged steps: %1.</source>
        <translation>Pasos marcados: %1.</translation>
    </message>
    <message>
        <source> Injected anomaly %1: %2; after it, still disturbed: %3. False alarms: %4</source>
        <translation> Anomalía inyectada %1: %2; después, con la red aún perturbada: %3. Falsas alarmas: %4</translation>
    </message>
    <message>
        <source> Each is a candidate: where an anomaly truly is, a series not made by the generator does not say.</source>
        <translation> Cada uno es un candidato: dónde hay realmente una anomalía, una serie no creada por el generador no lo dice.</translation>
    </message>
    <message>
        <source>Free-running forecast %1: nothing known to compare it with (start it earlier).</source>
        <translation>Pronóstico libre %1: no hay nada conocido con qué compararlo (empiézalo antes).</translation>
    </message>
    <message>
        <source>Warm-up: the first steps of every series, where the state (zero at the start) has not seen enough yet — even the training series is predicted worse than the threshold there. They count neither in the threshold nor as flags.
A flag is a step whose error² is above the threshold: a candidate anomaly. Where the generator injected an anomaly, a flag that predicts an injected point is a hit; a later flag at most %1 steps after it or after the previous such flag (the network still disturbed) is counted apart; every other flag is a false alarm.</source>
        <translation>Calentamiento: los primeros pasos de cada serie, donde el estado (cero al inicio) aún no ha visto lo suficiente — incluso la serie de entrenamiento se predice peor que el umbral ahí. No cuentan ni para el umbral ni como marcas.
Una marca es un paso cuyo error² supera el umbral: una anomalía candidata. Donde el generador inyectó una anomalía, una marca que predice un punto inyectado es un acierto; una marca posterior a lo sumo %1 pasos después de la anomalía o de la marca anterior de ese tipo (con la red aún perturbada) se cuenta aparte; cualquier otra marca es una falsa alarma.</translation>
    </message>
</context>
<context>
    <name>rnnlab::StackPlace</name>
    <message>
        <source>Encoder · </source>
        <translation>Codificador · </translation>
    </message>
    <message>
        <source>Decoder · </source>
        <translation>Decodificador · </translation>
    </message>
</context>
<context>
    <name>rnnlab::StepByHandPanel</name>
    <message>
        <source>Earlier time step, to the left (←)</source>
        <translation>Paso temporal anterior, a la izquierda (←)</translation>
    </message>
    <message>
        <source>Previous phase of the computation (Shift+←)</source>
        <translation>Fase anterior del cálculo (Shift+←)</translation>
    </message>
    <message>
        <source>Next phase of the computation (Shift+→)</source>
        <translation>Fase siguiente del cálculo (Shift+→)</translation>
    </message>
    <message>
        <source>Later time step, to the right: x_t enters, W_xh x_t and W_hh h_{t−1} add up, the activation squashes, p_t = softmax(y_t) picks a character (→)</source>
        <translation>Paso temporal posterior, a la derecha: entra x_t, W_xh x_t y W_hh h_{t−1} se suman, la activación comprime, p_t = softmax(y_t) elige un carácter (→)</translation>
    </message>
    <message>
        <source>Back through time</source>
        <translation>Hacia atrás en el tiempo</translation>
    </message>
    <message>
        <source>Walk the gradient back from the last time step: dL/dh_t and where it fades (B; again: one time step further back)</source>
        <translation>Recorrer el gradiente hacia atrás desde el último paso temporal: dL/dh_t y dónde se desvanece (B; otra vez: un paso temporal más atrás)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Leave the walk: show the whole pass (Esc)</source>
        <translation>Salir del recorrido: mostrar la pasada completa (Esc)</translation>
    </message>
    <message>
        <source>Step in parts ▶</source>
        <translation>Paso por partes ▶</translation>
    </message>
    <message>
        <source>One training step shown part by part: the forward pass column by column, the loss, the backward pass right to left, then the update of every matrix (Ctrl+Shift+→)</source>
        <translation>Un paso de entrenamiento mostrado por partes: la pasada hacia delante columna a columna, la pérdida, la pasada hacia atrás de derecha a izquierda y luego la actualización de cada matriz (Ctrl+Shift+→)</translation>
    </message>
    <message>
        <source>Time-major</source>
        <translation>Tiempo primero</translation>
    </message>
    <message>
        <source>Layer-major</source>
        <translation>Capa primero</translation>
    </message>
    <message>
        <source>The order → walks the stacked grid in. Time-major: every layer at t, then t+1 — how the picture reads. Layer-major: layer 1 over all of time, then layer 2 — how PyTorch computes it. The numbers are the same either way.</source>
        <translation>El orden en que → recorre la cuadrícula apilada. Tiempo primero: todas las capas en t, luego t+1 — como se lee el dibujo. Capa primero: la capa 1 en todo el tiempo, luego la capa 2 — como lo calcula PyTorch. Los números son los mismos en ambos casos.</translation>
    </message>
    <message>
        <source>unit h</source>
        <translation>unidad h</translation>
    </message>
    <message>
        <source>The hidden unit whose row the equations show when the matrices are too large to show whole</source>
        <translation>La unidad oculta cuya fila muestran las ecuaciones cuando las matrices son demasiado grandes para mostrarlas enteras</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>hacia delante</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
    <message>
        <source>backward</source>
        <translation>hacia atrás</translation>
    </message>
    <message>
        <source>update</source>
        <translation>actualización</translation>
    </message>
    <message>
        <source>Next: the loss ▶</source>
        <translation>Siguiente: la pérdida ▶</translation>
    </message>
    <message>
        <source>Next: backward ▶</source>
        <translation>Siguiente: hacia atrás ▶</translation>
    </message>
    <message>
        <source>Next: the update ▶</source>
        <translation>Siguiente: la actualización ▶</translation>
    </message>
    <message>
        <source>Press → to walk through a time step, B to go back through time, or “Step in parts” — every number below comes from the same forward pass the graph shows.</source>
        <translation>Pulsa → para recorrer un paso temporal, B para ir hacia atrás en el tiempo, o “Paso por partes” — todos los números de abajo salen de la misma pasada hacia delante que muestra el grafo.</translation>
    </message>
    <message>
        <source>A test series is never trained on: the walk shows its forward pass and squared error only, no backward pass.</source>
        <translation>Con una serie de prueba nunca se entrena: el recorrido muestra solo su pasada hacia delante y su error cuadrático, sin pasada hacia atrás.</translation>
    </message>
    <message>
        <source>No backward: a test series</source>
        <translation>Sin pasada hacia atrás: una serie de prueba</translation>
    </message>
</context>
<context>
    <name>rnnlab::TimeStepWalker</name>
    <message>
        <source>x_t enters: the series&apos; values at step t, one per feature (or h_t of the layer below)</source>
        <translation>entra x_t: los valores de la serie en el paso t, uno por variable (o h_t de la capa inferior)</translation>
    </message>
    <message>
        <source>x_t enters: the one-hot vector of the character (or h_t of the layer below)</source>
        <translation>entra x_t: el vector one-hot del carácter (o h_t de la capa inferior)</translation>
    </message>
    <message>
        <source>W_ih x_t + b_ih: what the input contributes to each gate i, f, g, o</source>
        <translation>W_ih x_t + b_ih: lo que aporta la entrada a cada compuerta i, f, g, o</translation>
    </message>
    <message>
        <source>W_ih x_t + b_ih: what the input contributes to each gate r, z, n</source>
        <translation>W_ih x_t + b_ih: lo que aporta la entrada a cada compuerta r, z, n</translation>
    </message>
    <message>
        <source>W_xh x_t + b_ih: what the input contributes (each column of W_xh weighs one feature of x_t)</source>
        <translation>W_xh x_t + b_ih: lo que aporta la entrada (cada columna de W_xh pondera una variable de x_t)</translation>
    </message>
    <message>
        <source>W_xh x_t + b_ih: what the input contributes (a one-hot x picks one column of W_xh)</source>
        <translation>W_xh x_t + b_ih: lo que aporta la entrada (una x one-hot elige una columna de W_xh)</translation>
    </message>
    <message>
        <source>W_hh h_{t−1} + b_hh: what the previous hidden state contributes to each gate</source>
        <translation>W_hh h_{t−1} + b_hh: lo que aporta el estado oculto anterior a cada compuerta</translation>
    </message>
    <message>
        <source>W_hh h_{t−1} + b_hh: what the memory of the previous step contributes</source>
        <translation>W_hh h_{t−1} + b_hh: lo que aporta la memoria del paso anterior</translation>
    </message>
    <message>
        <source>their sum: each gate&apos;s pre-activation</source>
        <translation>su suma: la preactivación de cada compuerta</translation>
    </message>
    <message>
        <source>the sums for the reset gate r and the update gate z</source>
        <translation>las sumas para la compuerta de reinicio r y la de actualización z</translation>
    </message>
    <message>
        <source>their sum: the pre-activation a_t</source>
        <translation>su suma: la preactivación a_t</translation>
    </message>
    <message>
        <source>σ squashes into (0, 1): the reset gate r and the update gate z</source>
        <translation>σ comprime en (0, 1): la compuerta de reinicio r y la de actualización z</translation>
    </message>
    <message>
        <source>σ gates in (0, 1) — input i, forget f, output o — and the candidate g = tanh(…)</source>
        <translation>compuertas σ en (0, 1) — entrada i, olvido f, salida o — y el candidato g = tanh(…)</translation>
    </message>
    <message>
        <source>the candidate n_t = tanh(W_in x_t + b_in + r ⊙ (W_hn h_{t−1} + b_hn))</source>
        <translation>el candidato n_t = tanh(W_in x_t + b_in + r ⊙ (W_hn h_{t−1} + b_hn))</translation>
    </message>
    <message>
        <source>the cell state c_t = f ⊙ c_{t−1} + i ⊙ g: keep some of the old memory, write some new</source>
        <translation>el estado de celda c_t = f ⊙ c_{t−1} + i ⊙ g: conserva parte de la memoria antigua y escribe algo nuevo</translation>
    </message>
    <message>
        <source>h_t = o ⊙ tanh(c_t): the output gate lets part of the cell state out</source>
        <translation>h_t = o ⊙ tanh(c_t): la compuerta de salida deja salir parte del estado de celda</translation>
    </message>
    <message>
        <source>h_t = (1 − z) ⊙ n + z ⊙ h_{t−1}: z decides how much memory to keep</source>
        <translation>h_t = (1 − z) ⊙ n + z ⊙ h_{t−1}: z decide cuánta memoria conservar</translation>
    </message>
    <message>
        <source>ReLU keeps the positive part: h_t</source>
        <translation>ReLU conserva la parte positiva: h_t</translation>
    </message>
    <message>
        <source>tanh squashes it into (−1, 1): h_t</source>
        <translation>tanh lo comprime en (−1, 1): h_t</translation>
    </message>
    <message>
        <source>y_t = W_hy h_t + b_y: the predicted next value x_{t+1}, one per feature</source>
        <translation>y_t = W_hy h_t + b_y: el valor siguiente predicho x_{t+1}, uno por variable</translation>
    </message>
    <message>
        <source>y_t = h_t: without an output layer the hidden state is the predicted next value x_{t+1}</source>
        <translation>y_t = h_t: sin capa de salida, el estado oculto es el valor siguiente predicho x_{t+1}</translation>
    </message>
    <message>
        <source>W_hy h_t + b_y: the output scores (logits) y_t</source>
        <translation>W_hy h_t + b_y: las puntuaciones de salida (logits) y_t</translation>
    </message>
    <message>
        <source>y_t = h_t: without an output layer the hidden state is the output</source>
        <translation>y_t = h_t: sin capa de salida, el estado oculto es la salida</translation>
    </message>
    <message>
        <source>softmax turns the scores into probabilities</source>
        <translation>softmax convierte las puntuaciones en probabilidades</translation>
    </message>
    <message>
        <source>the most probable output (character, or class) is the prediction</source>
        <translation>la salida más probable (carácter o clase) es la predicción</translation>
    </message>
    <message>
        <source>the squared error of this step: (y_t − x_{t+1})² per feature, and its share of the mean (MSE)</source>
        <translation>el error cuadrático de este paso: (y_t − x_{t+1})² por variable, y su parte de la media (MSE)</translation>
    </message>
    <message>
        <source>the loss at this step: −log of the probability of the target (the true next character, or the label)</source>
        <translation>la pérdida en este paso: −log de la probabilidad del objetivo (el siguiente carácter real, o la etiqueta)</translation>
    </message>
    <message>
        <source>dL/dh_t: from the squared error through dL/dy_t, and from t+1 through W_hh and through z_{t+1} ⊙ h_t</source>
        <translation>dL/dh_t: desde el error cuadrático a través de dL/dy_t, y desde t+1 a través de W_hh y de z_{t+1} ⊙ h_t</translation>
    </message>
    <message>
        <source>dL/dh_t: from the squared error through dL/dy_t, and from t+1 through W_hh</source>
        <translation>dL/dh_t: desde el error cuadrático a través de dL/dy_t, y desde t+1 a través de W_hh</translation>
    </message>
    <message>
        <source>dL/dh_t: from the output, and from t+1 through W_hh and through z_{t+1} ⊙ h_t</source>
        <translation>dL/dh_t: desde la salida, y desde t+1 a través de W_hh y de z_{t+1} ⊙ h_t</translation>
    </message>
    <message>
        <source>dL/dh_t: the gradient arriving from the output and from t+1 through W_hh</source>
        <translation>dL/dh_t: el gradiente que llega desde la salida y desde t+1 a través de W_hh</translation>
    </message>
    <message>
        <source>dL/dc_t: through h_t = o ⊙ tanh(c_t), plus f_{t+1} ⊙ dL/dc_{t+1} along the cell state</source>
        <translation>dL/dc_t: a través de h_t = o ⊙ tanh(c_t), más f_{t+1} ⊙ dL/dc_{t+1} a lo largo del estado de celda</translation>
    </message>
    <message>
        <source>dL/da_t, the gates&apos; pre-activations: what reaches W_ih, W_hh and the biases</source>
        <translation>dL/da_t, las preactivaciones de las compuertas: lo que llega a W_ih, W_hh y los sesgos</translation>
    </message>
    <message>
        <source>dL/da_t = dL/dh_t where h_t &gt; 0: what reaches W_xh, W_hh and the biases</source>
        <translation>dL/da_t = dL/dh_t donde h_t &gt; 0: lo que llega a W_xh, W_hh y los sesgos</translation>
    </message>
    <message>
        <source>dL/da_t = dL/dh_t ⊙ (1 − h_t²): what reaches W_xh, W_hh and the biases</source>
        <translation>dL/da_t = dL/dh_t ⊙ (1 − h_t²): lo que llega a W_xh, W_hh y los sesgos</translation>
    </message>
    <message>
        <source>the decoder starts from the encoder&apos;s final state: h_0 and c_0 of the decoder = h_n and c_n of the encoder, layer by layer</source>
        <translation>el decodificador parte del estado final del codificador: h_0 y c_0 del decodificador = h_n y c_n del codificador, capa a capa</translation>
    </message>
    <message>
        <source>the decoder starts from the encoder&apos;s final state: h_0 of the decoder = h_n of the encoder, layer by layer</source>
        <translation>el decodificador parte del estado final del codificador: h_0 del decodificador = h_n del codificador, capa a capa</translation>
    </message>
    <message>
        <source>across the context: the decoder&apos;s dL/dh_0 and dL/dc_0 are what reaches the encoder&apos;s h_n and c_n</source>
        <translation>a través del contexto: dL/dh_0 y dL/dc_0 del decodificador son lo que llega a h_n y c_n del codificador</translation>
    </message>
    <message>
        <source>across the context: the decoder&apos;s dL/dh_0 is what reaches the encoder&apos;s h_n</source>
        <translation>a través del contexto: dL/dh_0 del decodificador es lo que llega a h_n del codificador</translation>
    </message>
</context>
<context>
    <name>rnnlab::Timeline</name>
    <message>
        <source>The step whose network the views show: drag the timeline to rewind</source>
        <translation>El paso cuya red muestran las vistas: arrastra la línea de tiempo para rebobinar</translation>
    </message>
    <message>
        <source>Resume from here</source>
        <translation>Reanudar desde aquí</translation>
    </message>
    <message>
        <source>Continue training from the step shown: the steps after it are replaced</source>
        <translation>Seguir entrenando desde el paso mostrado: los pasos posteriores se sustituyen</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Último</translation>
    </message>
    <message>
        <source>Back to the latest training step (End)</source>
        <translation>Volver al último paso de entrenamiento (Fin)</translation>
    </message>
    <message>
        <source>every %1 step kept (full speed)</source>
        <extracomment>%1 is an ordinal from ordinal() (&quot;4th&quot;): every 4th training step is kept.</extracomment>
        <translation>se guarda 1 de cada %1 pasos (velocidad máxima)</translation>
    </message>
    <message>
        <source>Training at full speed, a copy of every step would cost more than %2% of its time, so every %1 step is kept (within the memory budget). Older steps are recomputed exactly from the kept step before them: trained again, the same numbers bit for bit</source>
        <extracomment>%1 is an ordinal (&quot;4th&quot;), %2 a percentage of the training time.</extracomment>
        <translation>Al entrenar a velocidad máxima, copiar cada paso costaría más del %2% de su tiempo, así que se guarda 1 de cada %1 pasos (dentro del presupuesto de memoria). Los pasos anteriores se recalculan exactamente desde el paso guardado previo: se entrenan de nuevo, con los mismos números bit a bit</translation>
    </message>
    <message>
        <source>memory budget: every %1 step kept</source>
        <extracomment>%1 is an ordinal (&quot;4th&quot;): every 4th training step is kept.</extracomment>
        <translation>presupuesto de memoria: se guarda 1 de cada %1 pasos</translation>
    </message>
    <message>
        <source>Older steps recomputed exactly from every %1 kept step (memory budget): the steps in between are trained again from the kept step before them, which gives the same numbers bit for bit</source>
        <extracomment>%1 is an ordinal (&quot;4th&quot;).</extracomment>
        <translation>Los pasos anteriores se recalculan exactamente a partir de los guardados, 1 de cada %1 (presupuesto de memoria): los pasos intermedios se entrenan de nuevo desde el paso guardado previo, lo que da los mismos números bit a bit</translation>
    </message>
    <message>
        <source>Training step %1 of %2
(rewound)</source>
        <translation>Paso de entrenamiento %1 de %2
(rebobinado)</translation>
    </message>
    <message>
        <source>Training step %1
(latest)</source>
        <translation>Paso de entrenamiento %1
(el último)</translation>
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
        <translation>tensor %1, elemento %2</translation>
    </message>
    <message>
        <source>Edited by hand after step %1: %2 from %3 to %4</source>
        <extracomment>%1 training step, %2 the weight&apos;s name, %3 and %4 its values before and after.</extracomment>
        <translation>Editado a mano tras el paso %1: %2 de %3 a %4</translation>
    </message>
    <message>
        <source>Training timeline</source>
        <translation>Línea de tiempo del entrenamiento</translation>
    </message>
    <message>
        <source>Step %1 — loss %2</source>
        <extracomment>%1 training step, %2 its loss.</extracomment>
        <translation>Paso %1 — pérdida %2</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Paso %1</translation>
    </message>
    <message>
        <source>Click or drag to see the network as it was after this step.</source>
        <translation>Haz clic o arrastra para ver la red tal como estaba tras este paso.</translation>
    </message>
    <message>
        <source>Older steps are recomputed exactly from every %1 kept step (training at full speed).</source>
        <extracomment>%1 is an ordinal (&quot;4th&quot;).</extracomment>
        <translation>Los pasos anteriores se recalculan exactamente a partir de los guardados, 1 de cada %1 (entrenamiento a velocidad máxima).</translation>
    </message>
    <message>
        <source>Older steps are recomputed exactly from every %1 kept step (memory budget).</source>
        <translation>Los pasos anteriores se recalculan exactamente a partir de los guardados, 1 de cada %1 (presupuesto de memoria).</translation>
    </message>
</context>
<context>
    <name>rnnlab::TrainingControls</name>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Entrenar</translation>
    </message>
    <message>
        <source>One training &amp;step</source>
        <translation>Un pa&amp;so de entrenamiento</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Restablecer</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source> Speed </source>
        <translation> Velocidad </translation>
    </message>
    <message>
        <source>From one step per second (to follow along) to as fast as possible</source>
        <translation>Desde un paso por segundo (para seguirlo) hasta lo más rápido posible</translation>
    </message>
</context>
<context>
    <name>rnnlab::TranslationAccessible</name>
    <message>
        <source>Translation graph</source>
        <translation>Grafo de la traducción</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Paso %1</translation>
    </message>
</context>
<context>
    <name>rnnlab::TranslationGraph</name>
    <message>
        <source>No translation to draw yet</source>
        <translation>Aún no hay traducción que dibujar</translation>
    </message>
    <message>
        <source>Encoder (encoder): reads the source</source>
        <translation>Codificador (encoder): lee la secuencia fuente</translation>
    </message>
    <message>
        <source>context</source>
        <translation>contexto</translation>
    </message>
    <message>
        <source>decoder</source>
        <translation>decodificador</translation>
    </message>
    <message>
        <source>encoder</source>
        <translation>codificador</translation>
    </message>
    <message>
        <source>h_%1[%2] of the %3, layer %4</source>
        <translation>h_%1[%2] del %3, capa %4</translation>
    </message>
    <message>
        <source>context, layer %1, unit %2: the encoder&apos;s last h, the decoder&apos;s h_0</source>
        <translation>contexto, capa %1, unidad %2: la última h del codificador, la h_0 del decodificador</translation>
    </message>
    <message>
        <source>x_%1[%2] of the %3 (one-hot)</source>
        <translation>x_%1[%2] del %3 (one-hot)</translation>
    </message>
    <message>
        <source>p_%1(%2): the probability of this target token</source>
        <translation>p_%1(%2): la probabilidad de este token objetivo</translation>
    </message>
    <message>
        <source>Decoder (decoder) and fc, translating (greedy): its own previous output in</source>
        <translation>Decodificador (decoder) y fc, traducción voraz: entra su propia salida anterior</translation>
    </message>
    <message>
        <source>Decoder (decoder) and fc, teacher forcing: the previous target token in</source>
        <translation>Decodificador (decoder) y fc, teacher forcing: entra el token objetivo anterior</translation>
    </message>
    <message>
        <source>decoder (greedy)</source>
        <translation>decodificador (voraz)</translation>
    </message>
    <message>
        <source>the greedy translation&apos;s output</source>
        <translation>la salida de la traducción voraz</translation>
    </message>
    <message>
        <source>the argmax (teacher forcing)</source>
        <translation>el argmax (teacher forcing)</translation>
    </message>
    <message>
        <source>y_%1: %2 is %3, the target ✓</source>
        <translation>y_%1: %2 es %3, el objetivo ✓</translation>
    </message>
    <message>
        <source>y_%1: %2 is %3, the target is %4 ✗</source>
        <translation>y_%1: %2 es %3, el objetivo es %4 ✗</translation>
    </message>
    <message>
        <source>y_%1: %2 is %3, past the target&apos;s &lt;eos&gt; ✗</source>
        <translation>y_%1: %2 es %3, más allá del &lt;eos&gt; del objetivo ✗</translation>
    </message>
</context>
<context>
    <name>rnnlab::WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Export figure</source>
        <translation>E&amp;xportar figura</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>E&amp;ntrenamiento</translation>
    </message>
    <message>
        <source>Train continuously at the chosen speed (Space)</source>
        <translation>Entrenar de forma continua a la velocidad elegida (Espacio)</translation>
    </message>
    <message>
        <source>Pause training (Space)</source>
        <translation>Pausar el entrenamiento (Espacio)</translation>
    </message>
    <message>
        <source>One optimizer step: forward, loss, backward through time, update (Ctrl+→)</source>
        <translation>Un paso del optimizador: hacia delante, pérdida, hacia atrás en el tiempo, actualización (Ctrl+→)</translation>
    </message>
    <message>
        <source>Back to the initial weights of the seed, step 0 (Ctrl+R)</source>
        <translation>Volver a los pesos iniciales de la semilla, paso 0 (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo weight edit</source>
        <translation>&amp;Deshacer edición de pesos</translation>
    </message>
    <message>
        <source>Take back the last weight set by hand; the weights are bit for bit what they were (Ctrl+Z)</source>
        <translation>Deshacer el último peso fijado a mano; los pesos vuelven a ser bit a bit lo que eran (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Redo weight edit</source>
        <translation>&amp;Rehacer edición de pesos</translation>
    </message>
    <message>
        <source>&amp;What if W_hh = 0?</source>
        <translation>¿&amp;Y si W_hh = 0?</translation>
    </message>
    <message>
        <source>Show the network without its memory: the predictions it can still make, and the ones it cannot (training is not affected) (Ctrl+M)</source>
        <translation>Mostrar la red sin su memoria: las predicciones que aún puede hacer y las que no (el entrenamiento no se ve afectado) (Ctrl+M)</translation>
    </message>
    <message>
        <source>&amp;Step by hand</source>
        <translation>Paso a &amp;mano</translation>
    </message>
    <message>
        <source>&amp;Later time step</source>
        <translation>Paso temporal &amp;posterior</translation>
    </message>
    <message>
        <source>One time step to the right, in the forward walk and back through time: x_t enters, W_xh x_t and W_hh h_{t−1} add up, the activation squashes, y_t picks a character (→)</source>
        <translation>Un paso temporal a la derecha, en el recorrido hacia delante y hacia atrás en el tiempo: entra x_t, W_xh x_t y W_hh h_{t−1} se suman, la activación comprime, y_t elige un carácter (→)</translation>
    </message>
    <message>
        <source>&amp;Earlier time step</source>
        <translation>Paso temporal &amp;anterior</translation>
    </message>
    <message>
        <source>One time step to the left, in the forward walk and back through time (←)</source>
        <translation>Un paso temporal a la izquierda, en el recorrido hacia delante y hacia atrás en el tiempo (←)</translation>
    </message>
    <message>
        <source>&amp;Next phase</source>
        <translation>&amp;Fase siguiente</translation>
    </message>
    <message>
        <source>One part of the computation further (Shift+→)</source>
        <translation>Una parte del cálculo más adelante (Shift+→)</translation>
    </message>
    <message>
        <source>&amp;Previous phase</source>
        <translation>Fase an&amp;terior</translation>
    </message>
    <message>
        <source>One part of the computation back (Shift+←)</source>
        <translation>Una parte del cálculo atrás (Shift+←)</translation>
    </message>
    <message>
        <source>&amp;Back through time</source>
        <translation>&amp;Hacia atrás en el tiempo</translation>
    </message>
    <message>
        <source>The gradient from the last time step back to the first: dL/dh_t and where it fades (B; again: one time step further back)</source>
        <translation>El gradiente desde el último paso temporal hasta el primero: dL/dh_t y dónde se desvanece (B; otra vez: un paso temporal más atrás)</translation>
    </message>
    <message>
        <source>&amp;Training step in parts</source>
        <translation>Paso de &amp;entrenamiento por partes</translation>
    </message>
    <message>
        <source>Forward, loss, backward, update — each shown before the next (Ctrl+Shift+→)</source>
        <translation>Hacia delante, pérdida, hacia atrás, actualización — cada parte antes de la siguiente (Ctrl+Shift+→)</translation>
    </message>
    <message>
        <source>Lea&amp;ve the walk</source>
        <translation>&amp;Salir del recorrido</translation>
    </message>
    <message>
        <source>Show the whole pass again (Esc)</source>
        <translation>Mostrar de nuevo la pasada completa (Esc)</translation>
    </message>
    <message>
        <source>&amp;Walk layer by layer</source>
        <translation>Recorrer &amp;capa por capa</translation>
    </message>
    <message>
        <source>Stacked layers: walk layer 1 over all of time, then layer 2 — how PyTorch computes it — instead of every layer at t, then t+1. The numbers are the same either way (L)</source>
        <translation>Capas apiladas: recorrer la capa 1 en todo el tiempo, luego la capa 2 — como lo calcula PyTorch — en lugar de todas las capas en t, luego t+1. Los números son los mismos en ambos casos (L)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Fold</source>
        <translation>&amp;Plegar</translation>
    </message>
    <message>
        <source>Fold the unrolled graph into one cell with its W_hh loop, or unfold it over time (F)</source>
        <translation>Plegar el grafo desplegado en una celda con su bucle W_hh, o desplegarlo en el tiempo (F)</translation>
    </message>
    <message>
        <source>Un&amp;fold</source>
        <translation>&amp;Desplegar</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Larger cells, same text size (Ctrl++, or Ctrl+wheel)</source>
        <translation>Celdas más grandes, mismo tamaño de texto (Ctrl++, o Ctrl+rueda)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>Smaller cells, down to fit-to-window (Ctrl+−)</source>
        <translation>Celdas más pequeñas, hasta ajustar a la ventana (Ctrl+−)</translation>
    </message>
    <message>
        <source>Fit to &amp;window</source>
        <translation>Ajustar a la &amp;ventana</translation>
    </message>
    <message>
        <source>Show the whole graph (Ctrl+0); Ctrl+wheel zooms, dragging pans</source>
        <translation>Mostrar el grafo completo (Ctrl+0); Ctrl+rueda amplía, arrastrar desplaza</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Modo presentación</translation>
    </message>
    <message>
        <source>Full screen, large type, only the graph, the equations and the play controls (F11)</source>
        <translation>Pantalla completa, letra grande, solo el grafo, las ecuaciones y los controles de reproducción (F11)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation>&amp;Lección</translation>
    </message>
    <message>
        <source>&amp;Open the lesson</source>
        <translation>&amp;Abrir la lección</translation>
    </message>
    <message>
        <source>The lecture step by step, with the app set up for each step (F9)</source>
        <translation>La clase paso a paso, con la aplicación preparada para cada paso (F9)</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>Paso &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>Paso a&amp;nterior</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>rnnlab &amp;Handbook</source>
        <translation>&amp;Manual de rnnlab</translation>
    </message>
    <message>
        <source>The tour of the window, the walk by hand and the classroom tools (F1)</source>
        <translation>El recorrido por la ventana, el paso a mano y las herramientas para el aula (F1)</translation>
    </message>
    <message>
        <source>&amp;Notation</source>
        <translation>&amp;Notación</translation>
    </message>
    <message>
        <source>The lecture&apos;s symbols, PyTorch&apos;s names and rnnlab&apos;s, side by side</source>
        <translation>Los símbolos de la clase, los nombres de PyTorch y los de rnnlab, lado a lado</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About rnnlab</source>
        <translation>Acerca &amp;de rnnlab</translation>
    </message>
    <message>
        <source>About rnnlab</source>
        <translation>Acerca de rnnlab</translation>
    </message>
    <message>
        <source>&lt;h3&gt;rnnlab %1&lt;/h3&gt;&lt;p&gt;Recurrent neural networks, shown at work.&lt;/p&gt;&lt;p&gt;Its numbers are the ones PyTorch 1.13 computes for the same model: the same initial weights from the same seed and each Adam or SGD step from the same gradients, bit for bit; the forward pass, the losses and the gradients in float32, to its last digits (losses within 10&lt;sup&gt;−6&lt;/sup&gt; over the first ten steps).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;rnnlab %1&lt;/h3&gt;&lt;p&gt;Redes neuronales recurrentes, vistas en acción.&lt;/p&gt;&lt;p&gt;Sus números son los que calcula PyTorch 1.13 para el mismo modelo: los mismos pesos iniciales a partir de la misma semilla y cada paso de Adam o SGD a partir de los mismos gradientes, bit a bit; la pasada hacia delante, las pérdidas y los gradientes en float32, hasta sus últimos dígitos (pérdidas dentro de 10&lt;sup&gt;−6&lt;/sup&gt; en los diez primeros pasos).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>Import series from &amp;CSV…</source>
        <translation>Importar series desde CS&amp;V…</translation>
    </message>
    <message>
        <source>A CSV file&apos;s columns as the features of a time series, in Model and data</source>
        <translation>Las columnas de un archivo CSV como variables de una serie temporal, en Modelo y datos</translation>
    </message>
    <message>
        <source>Reduce &amp;motion</source>
        <translation>&amp;Reducir movimiento</translation>
    </message>
    <message>
        <source>Fold and unfold at once, without the animation; no animated menus or docks. Training and the walk by hand still play, one step at a time</source>
        <translation>Plegar y desplegar al instante, sin animación; sin menús ni paneles animados. El entrenamiento y el paso a mano siguen avanzando, paso a paso</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Analyze</name>
    <message>
        <source>--span: &quot;%1&quot; is not a span: give A:B, the time steps A to B − 1 of the first text (0-based), e.g. --span 2:5</source>
        <translation>--span: &quot;%1&quot; no es un tramo: indica A:B, los pasos temporales de A a B − 1 del primer texto (contando desde 0), p. ej. --span 2:5</translation>
    </message>
    <message>
        <source>Write what a network remembers as JSON, for one layer (default: the top one):
  influence  [text][t][s], s = 0…t: ‖∂ log softmax(y_t)[target_t] / ∂x_s‖₂, how much each earlier one-hot input x_s drives step t&apos;s log-probability of its target (the engine&apos;s BPTT from that one term; a step without a target, a classifier&apos;s before its last, has an empty row);
  pca        mean [H], components [2][H] (the first two right singular vectors of the centred states, every step of every text as rows; each flipped so that its largest entry is positive), explained_variance_ratio [2], points [rows][2];
  units      values [text][t][H], and with --span the units ranked by |mean inside − mean outside| / pooled standard deviation.

  rnnlab-cli analyze hello.json -o memory.json
  rnnlab-cli analyze SESSION.json --steps 100 --layer 0 --span 2:5 -o memory.json

Exit status: 0 done; 1 a training step was refused or the file could not be written; 2 bad input.</source>
        <translation>Escribir como JSON lo que recuerda una red, para una capa (por defecto: la superior):
  influence  [text][t][s], s = 0…t: ‖∂ log softmax(y_t)[target_t] / ∂x_s‖₂, cuánto influye cada entrada one-hot anterior x_s en la log-probabilidad de su objetivo en el paso t (la BPTT del motor desde ese único término; un paso sin objetivo, en un clasificador los anteriores al último, tiene una fila vacía);
  pca        mean [H], components [2][H] (los dos primeros vectores singulares derechos de los estados centrados, cada paso de cada texto como fila; cada uno con el signo cambiado para que su mayor componente sea positiva), explained_variance_ratio [2], points [rows][2];
  units      values [text][t][H], y con --span las unidades ordenadas por |media dentro − media fuera| / desviación típica combinada.

  rnnlab-cli analyze hello.json -o memory.json
  rnnlab-cli analyze SESSION.json --steps 100 --layer 0 --span 2:5 -o memory.json

Código de salida: 0 hecho; 1 se rechazó un paso de entrenamiento o no se pudo escribir el archivo; 2 entrada incorrecta.</translation>
    </message>
    <message>
        <source>A session file (.rnnlab or .json).</source>
        <translation>Un archivo de sesión (.rnnlab o .json).</translation>
    </message>
    <message>
        <source>Train this many steps first (default 0: the session&apos;s weights as they are).</source>
        <translation>Entrenar antes este número de pasos (por defecto 0: los pesos de la sesión tal como están).</translation>
    </message>
    <message>
        <source>The layer whose states are analysed, 0 = the bottom (default: the top one). The influence is always of the network&apos;s input.</source>
        <translation>La capa cuyos estados se analizan, 0 = la inferior (por defecto: la superior). La influencia siempre es la de la entrada de la red.</translation>
    </message>
    <message>
        <source>h (default), or c: an LSTM&apos;s cell state.</source>
        <translation>h (por defecto), o c: el estado de celda de una LSTM.</translation>
    </message>
    <message>
        <source>Rank the units for time steps A to B − 1 of the first text (0-based) against every other step.</source>
        <translation>Ordenar las unidades para los pasos temporales de A a B − 1 del primer texto (contando desde 0) frente a todos los demás pasos.</translation>
    </message>
    <message>
        <source>Write the JSON here (required).</source>
        <translation>Escribir el JSON aquí (obligatorio).</translation>
    </message>
    <message>
        <source>--state c: only an LSTM has a cell state c, and this session&apos;s cell is %1: use --state h</source>
        <translation>--state c: solo una LSTM tiene estado de celda c, y la celda de esta sesión es %1: usa --state h</translation>
    </message>
    <message>
        <source>--state: &quot;%1&quot; is neither h (the hidden state) nor c (an LSTM&apos;s cell state)</source>
        <translation>--state: &quot;%1&quot; no es ni h (el estado oculto) ni c (el estado de celda de una LSTM)</translation>
    </message>
    <message>
        <source>give the file to write with -o OUT.json</source>
        <translation>indica el archivo que escribir con -o OUT.json</translation>
    </message>
    <message>
        <source>cannot write %1: the analysis holds a number that is not finite (inf or nan), which JSON cannot hold; nothing was written</source>
        <translation>no se puede escribir %1: el análisis contiene un número no finito (inf o nan), que JSON no puede representar; no se ha escrito nada</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Bench</name>
    <message>
        <source>Train as fast as possible on one thread (after a warm-up) and print one JSON object with &quot;steps_per_s&quot; and &quot;ms_per_step&quot;. Without a session: the lecture&apos;s example.

  rnnlab-cli bench
  rnnlab-cli bench ../shared/bench/rnn_tanh_h128_l2_text200.json --seconds 5</source>
        <translation>Entrenar lo más rápido posible en un hilo (tras un calentamiento) e imprimir un objeto JSON con &quot;steps_per_s&quot; y &quot;ms_per_step&quot;. Sin sesión: el ejemplo de la clase.

  rnnlab-cli bench
  rnnlab-cli bench ../shared/bench/rnn_tanh_h128_l2_text200.json --seconds 5</translation>
    </message>
    <message>
        <source>How long to measure (default 3).</source>
        <translation>Cuánto tiempo medir (por defecto 3).</translation>
    </message>
    <message>
        <source>Seconds of training before measuring (default 0.5).</source>
        <translation>Segundos de entrenamiento antes de medir (por defecto 0.5).</translation>
    </message>
    <message>
        <source>--%1: %2 is out of range: it must be between 0 and 3600</source>
        <translation>--%1: %2 está fuera de rango: debe estar entre 0 y 3600</translation>
    </message>
    <message>
        <source>--seconds: must be more than 0</source>
        <translation>--seconds: debe ser mayor que 0</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Check</name>
    <message>
        <source>Validate a session and describe it; exit status 2 with a message per problem when it is not valid.</source>
        <translation>Validar una sesión y describirla; código de salida 2 con un mensaje por problema si no es válida.</translation>
    </message>
    <message numerus="yes">
        <source>model: %1, hidden size %2, %3, %4; %n parameters</source>
        <extracomment>%1 the cell (rnn_tanh, lstm, …), %2 the hidden size, %3 &quot;1 layer&quot; or &quot;2 layers&quot;, %4 &quot;with an output layer&quot; or &quot;no output layer&quot;, %n the parameters.</extracomment>
        <translation>
            <numerusform>modelo: %1, tamaño del estado oculto %2, %3, %4; %n parámetro</numerusform>
            <numerusform>modelo: %1, tamaño del estado oculto %2, %3, %4; %n parámetros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>source vocabulary: %1 (%n characters); target tokens: &lt;sos&gt;, &lt;eos&gt;, %2 (%3)</source>
        <extracomment>%1 the source characters, %n how many; %2 the target characters, %3 how many tokens in all.</extracomment>
        <translation>
            <numerusform>vocabulario fuente: %1 (%n carácter); tokens objetivo: &lt;sos&gt;, &lt;eos&gt;, %2 (%3)</numerusform>
            <numerusform>vocabulario fuente: %1 (%n caracteres); tokens objetivo: &lt;sos&gt;, &lt;eos&gt;, %2 (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>data: %n pairs (translate: an encoder–decoder, CrossEntropyLoss over every decoder step)</source>
        <translation>
            <numerusform>datos: %n par (translate: un codificador–decodificador, CrossEntropyLoss sobre cada paso del decodificador)</numerusform>
            <numerusform>datos: %n pares (translate: un codificador–decodificador, CrossEntropyLoss sobre cada paso del decodificador)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>vocabulary: %1 (%n characters)</source>
        <translation>
            <numerusform>vocabulario: %1 (%n carácter)</numerusform>
            <numerusform>vocabulario: %1 (%n caracteres)</numerusform>
        </translation>
    </message>
    <message>
        <source>data: %1 series of %2, %3 time steps in all (forecast: the next value, MSELoss); %4 test series</source>
        <extracomment>%1 how many series, %2 &quot;1 feature&quot; or &quot;3 features&quot;, %3 the time steps, %4 how many test series.</extracomment>
        <translation>datos: %1 series de %2, %3 pasos temporales en total (forecast: el valor siguiente, MSELoss); %4 series de prueba</translation>
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
        <translation>datos: %1, %2 pasos temporales en total, una etiqueta cada uno (classify) entre %3 clases: %4</translation>
    </message>
    <message>
        <source>data: %1, %2 time steps in all</source>
        <extracomment>%1 &quot;1 text&quot; or &quot;3 texts&quot;, %2 the time steps.</extracomment>
        <translation>datos: %1, %2 pasos temporales en total</translation>
    </message>
    <message>
        <source>no clipping</source>
        <translation>sin recorte</translation>
    </message>
    <message numerus="yes">
        <source>training: %1, %2, seed %3, %n steps</source>
        <extracomment>%1 the optimizer and its settings (&quot;adam lr 0.01&quot;), %2 &quot;clip_grad_norm 1&quot; or &quot;no clipping&quot;, %3 the seed, %n the session&apos;s training steps.</extracomment>
        <translation>
            <numerusform>entrenamiento: %1, %2, semilla %3, %n paso</numerusform>
            <numerusform>entrenamiento: %1, %2, semilla %3, %n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>weights: from the file</source>
        <translation>pesos: del archivo</translation>
    </message>
    <message>
        <source>weights: initialized from the seed</source>
        <translation>pesos: inicializados a partir de la semilla</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Common</name>
    <message>
        <source>1 layer</source>
        <translation>1 capa</translation>
    </message>
    <message numerus="yes">
        <source>%n layers</source>
        <translation>
            <numerusform>%n capa</numerusform>
            <numerusform>%n capas</numerusform>
        </translation>
    </message>
    <message>
        <source>1 text</source>
        <translation>1 texto</translation>
    </message>
    <message numerus="yes">
        <source>%n texts</source>
        <translation>
            <numerusform>%n texto</numerusform>
            <numerusform>%n textos</numerusform>
        </translation>
    </message>
    <message>
        <source>with an output layer</source>
        <translation>con capa de salida</translation>
    </message>
    <message>
        <source>no output layer</source>
        <translation>sin capa de salida</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a whole number</source>
        <translation>--%1: &quot;%2&quot; no es un número entero</translation>
    </message>
    <message>
        <source>--%1: %2 is out of range: it must be between %3 and %4</source>
        <translation>--%1: %2 está fuera de rango: debe estar entre %3 y %4</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a finite number</source>
        <translation>--%1: &quot;%2&quot; no es un número finito</translation>
    </message>
    <message>
        <source>--%1: the file name is empty: give the file to write</source>
        <translation>--%1: el nombre del archivo está vacío: indica el archivo que escribir</translation>
    </message>
    <message>
        <source>give the session file to write: -o OUT.json</source>
        <translation>indica el archivo de sesión que escribir: -o OUT.json</translation>
    </message>
    <message>
        <source>%1 exists: choose another name with -o, or --force to replace it</source>
        <translation>%1 ya existe: elige otro nombre con -o, o usa --force para reemplazarlo</translation>
    </message>
    <message>
        <source>%1 (see %2 --help)</source>
        <translation>%1 (ver %2 --help)</translation>
    </message>
    <message>
        <source>A session file (.json).</source>
        <translation>Un archivo de sesión (.json).</translation>
    </message>
    <message>
        <source>A training text instead of a session file (repeat for several texts); the lecture&apos;s settings apply unless overridden.</source>
        <translation>Un texto de entrenamiento en lugar de un archivo de sesión (repetir para varios textos); se aplica la configuración de la clase salvo que se cambie.</translation>
    </message>
    <message>
        <source>With --text: the class of that text (repeat, one per --text, in order); makes it a many-to-one classifier (task &quot;classify&quot;).</source>
        <translation>Con --text: la clase de ese texto (repetir, una por --text, en orden); lo convierte en un clasificador muchos a uno (tarea &quot;classify&quot;).</translation>
    </message>
    <message>
        <source>Hidden units (with --text, default: the vocabulary size).</source>
        <translation>Unidades ocultas (con --text, por defecto: el tamaño del vocabulario).</translation>
    </message>
    <message>
        <source>rnn_tanh, rnn_relu, lstm or gru.</source>
        <translation>rnn_tanh, rnn_relu, lstm o gru.</translation>
    </message>
    <message>
        <source>Stacked layers, 1-8.</source>
        <translation>Capas apiladas, 1-8.</translation>
    </message>
    <message>
        <source>Add nn.Linear(H, V) on the top layer: on or off.</source>
        <translation>Añadir nn.Linear(H, V) sobre la capa superior: on u off.</translation>
    </message>
    <message>
        <source>adam or sgd.</source>
        <translation>adam o sgd.</translation>
    </message>
    <message>
        <source>Learning rate.</source>
        <translation>Tasa de aprendizaje.</translation>
    </message>
    <message>
        <source>SGD momentum.</source>
        <translation>Momento de SGD.</translation>
    </message>
    <message>
        <source>clip_grad_norm_ limit, or &quot;none&quot;.</source>
        <translation>Límite de clip_grad_norm_, o &quot;none&quot;.</translation>
    </message>
    <message>
        <source>torch.manual_seed for the initial weights.</source>
        <translation>torch.manual_seed para los pesos iniciales.</translation>
    </message>
    <message>
        <source>--cell: &quot;%1&quot; is not a cell type: use rnn_tanh, rnn_relu, lstm or gru</source>
        <translation>--cell: &quot;%1&quot; no es un tipo de celda: usa rnn_tanh, rnn_relu, lstm o gru</translation>
    </message>
    <message>
        <source>--output-layer: &quot;%1&quot; is neither on nor off</source>
        <translation>--output-layer: &quot;%1&quot; no es ni on ni off</translation>
    </message>
    <message>
        <source>--optimizer: &quot;%1&quot; is not an optimizer: use adam or sgd</source>
        <translation>--optimizer: &quot;%1&quot; no es un optimizador: usa adam o sgd</translation>
    </message>
    <message>
        <source>give one session file, not %1 (%2)</source>
        <translation>indica un solo archivo de sesión, no %1 (%2)</translation>
    </message>
    <message>
        <source>give a session file or --text, not both</source>
        <translation>indica un archivo de sesión o --text, no ambos</translation>
    </message>
    <message>
        <source>give a session file (SESSION.json) or a text (--text hello); see --help</source>
        <translation>indica un archivo de sesión (SESSION.json) o un texto (--text hello); ver --help</translation>
    </message>
    <message>
        <source>--label goes with --text; a session file gives its labels in data.labels</source>
        <translation>--label va con --text; un archivo de sesión da sus etiquetas en data.labels</translation>
    </message>
    <message>
        <source>note: momentum %1 is ignored: it applies to sgd; Adam&apos;s betas are (0.9, 0.999)</source>
        <translation>nota: se ignora el momento %1: solo se aplica a sgd; las betas de Adam son (0.9, 0.999)</translation>
    </message>
    <message>
        <source> (on the command line: --output-layer on, or --hidden-size %1)</source>
        <extracomment>After &quot;… or set model.output_layer to true&quot;; %1 the hidden size the data needs.</extracomment>
        <translation> (en la línea de comandos: --output-layer on, o --hidden-size %1)</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Compare</name>
    <message>
        <source>Train two or three sessions side by side — each its own model (cell, layers, hidden size, output layer, seed), all on the same texts with the same optimizer settings — and print compare mode&apos;s summary table: parameters, the step, its loss, the first step at which every prediction was right, the time per step and the steps per second. The losses and steps are exactly what `rnnlab-cli train SESSION --steps N` prints for each session.

  rnnlab-cli compare one-layer.json two-layers.json --steps 30
  rnnlab-cli compare --preset cells

Exit status: 0 done; 1 a model&apos;s step was refused (the table shows where it stopped); 2 bad input (the sessions do not share texts or optimizer settings, or an option is wrong).</source>
        <translation>Entrenar dos o tres sesiones en paralelo — cada una con su propio modelo (celda, capas, tamaño del estado oculto, capa de salida, semilla), todas con los mismos textos y la misma configuración del optimizador — e imprimir la tabla resumen del modo comparación: parámetros, el paso, su pérdida, el primer paso en que todas las predicciones fueron correctas, el tiempo por paso y los pasos por segundo. Las pérdidas y los pasos son exactamente los que imprime `rnnlab-cli train SESSION --steps N` para cada sesión.

  rnnlab-cli compare one-layer.json two-layers.json --steps 30
  rnnlab-cli compare --preset cells

Código de salida: 0 hecho; 1 se rechazó el paso de un modelo (la tabla muestra dónde se detuvo); 2 entrada incorrecta (las sesiones no comparten textos o configuración del optimizador, o una opción es incorrecta).</translation>
    </message>
    <message>
        <source>Two or three session files (.json).</source>
        <translation>Dos o tres archivos de sesión (.json).</translation>
    </message>
    <message>
        <source>Training steps for every model (default: the sessions&apos; &quot;steps&quot;, which must then agree).</source>
        <translation>Pasos de entrenamiento para cada modelo (por defecto: los &quot;steps&quot; de las sesiones, que entonces deben coincidir).</translation>
    </message>
    <message>
        <source>Instead of session files: &quot;layers&quot; (1 layer vs 2 layers on hello) or &quot;cells&quot; (rnn_tanh vs lstm vs gru on a 40-character text).</source>
        <translation>En lugar de archivos de sesión: &quot;layers&quot; (1 capa vs 2 capas con hello) o &quot;cells&quot; (rnn_tanh vs lstm vs gru con un texto de 40 caracteres).</translation>
    </message>
    <message>
        <source>give session files or --preset, not both</source>
        <translation>indica archivos de sesión o --preset, no ambos</translation>
    </message>
    <message>
        <source>--preset: &quot;%1&quot; is not a preset: use layers or cells</source>
        <translation>--preset: &quot;%1&quot; no es un ajuste predefinido: usa layers o cells</translation>
    </message>
    <message>
        <source>give two or three session files to compare, not %1 (see rnnlab-cli compare --help)</source>
        <translation>indica dos o tres archivos de sesión que comparar, no %1 (ver rnnlab-cli compare --help)</translation>
    </message>
    <message>
        <source>cannot compare these sessions</source>
        <translation>no se pueden comparar estas sesiones</translation>
    </message>
    <message>
        <source>training.steps differs between the sessions (%1): give the number of steps to compare with --steps N</source>
        <translation>training.steps difiere entre las sesiones (%1): indica el número de pasos que comparar con --steps N</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::ExportPytorch</name>
    <message>
        <source>Write the PyTorch script that builds and trains exactly this session&apos;s model, with its weights and optimizer state loaded: `python3 train.py --steps N` (PyTorch 1.13) continues training where the session stopped and prints the lines `rnnlab-cli train SESSION --steps N` prints.

  rnnlab-cli train --text hello --steps 5 --save hello.rnnlab
  rnnlab-cli export-pytorch hello.rnnlab -o train.py
  /usr/bin/python3 train.py --steps 20</source>
        <translation>Escribir el script de PyTorch que construye y entrena exactamente el modelo de esta sesión, con sus pesos y el estado del optimizador cargados: `python3 train.py --steps N` (PyTorch 1.13) continúa el entrenamiento donde se detuvo la sesión e imprime las mismas líneas que `rnnlab-cli train SESSION --steps N`.

  rnnlab-cli train --text hello --steps 5 --save hello.rnnlab
  rnnlab-cli export-pytorch hello.rnnlab -o train.py
  /usr/bin/python3 train.py --steps 20</translation>
    </message>
    <message>
        <source>A session file (.rnnlab or .json).</source>
        <translation>Un archivo de sesión (.rnnlab o .json).</translation>
    </message>
    <message>
        <source>Write the script here (default: standard output).</source>
        <translation>Escribir el script aquí (por defecto: la salida estándar).</translation>
    </message>
    <message>
        <source>wrote %1 (continues from step %2: python3 %3 --steps N)</source>
        <translation>escrito %1 (continúa desde el paso %2: python3 %3 --steps N)</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Generate</name>
    <message>
        <source>--prime, --temperature and --sample-seed are for texts: a forecast starts from the end of a series (--series K) and feeds back each predicted value</source>
        <translation>--prime, --temperature y --sample-seed son para textos: un pronóstico parte del final de una serie (--series K) y realimenta cada valor predicho</translation>
    </message>
    <message>
        <source>A session file (.json), usually one written by train --save.</source>
        <translation>Un archivo de sesión (.json), normalmente uno escrito por train --save.</translation>
    </message>
    <message>
        <source>Train this many steps first (default 0: use the weights as they are).</source>
        <translation>Entrenar antes este número de pasos (por defecto 0: usar los pesos tal como están).</translation>
    </message>
    <message>
        <source>this session is a classifier (task &quot;classify&quot;): it predicts one label per text, not the next character, so it cannot continue a prime; use rnnlab-cli train to see its predictions</source>
        <translation>esta sesión es un clasificador (tarea &quot;classify&quot;): predice una etiqueta por texto, no el siguiente carácter, así que no puede continuar un texto inicial; usa rnnlab-cli train para ver sus predicciones</translation>
    </message>
    <message>
        <source>note: %1 holds untrained weights (step 0): train it with rnnlab-cli train %1 --save %1 first, or give --steps N</source>
        <extracomment>%1 the session file as typed.</extracomment>
        <translation>nota: %1 contiene pesos sin entrenar (paso 0): entrénalo antes con rnnlab-cli train %1 --save %1, o indica --steps N</translation>
    </message>
    <message numerus="yes">
        <source>--series %1: this session has %n series (1 … %n)</source>
        <extracomment>%1 the number typed; %n how many series the session has (the last number allowed).</extracomment>
        <translation>
            <numerusform>--series %1: esta sesión tiene %n serie (1 … %n)</numerusform>
            <numerusform>--series %1: esta sesión tiene %n series (1 … %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>--series %1: this session has %2 training and %3 test series (1 … %4: the test series after the training series)</source>
        <extracomment>%1 the number typed, %2 the training series, %3 the test series, %4 their sum.</extracomment>
        <translation>--series %1: esta sesión tiene %2 series de entrenamiento y %3 de prueba (1 … %4: las de prueba después de las de entrenamiento)</translation>
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
        <translation>Ejecutar la red de una sesión e imprimir lo que produce, según su tarea:
  texto (carácter siguiente): pasar PRIME por la red e imprimirlo seguido de LENGTH caracteres, cada vez el carácter siguiente más probable o uno muestreado con --temperature;
  serie temporal (forecast): recorrer la serie K, luego realimentar cada valor predicho como la siguiente entrada e imprimir LENGTH puntos predichos, uno por línea (el pronóstico libre);
  traducción (translate): imprimir la fuente de cada par (o PRIME) y su traducción voraz, un par por línea.
Los pesos son los del archivo: entrénalo antes con train --save (o indica --steps N).

  rnnlab-cli train --text hello --steps 50 --save hello.json
  rnnlab-cli generate hello.json --prime h --length 4
  rnnlab-cli train sine.json --steps 200 --save sine.json
  rnnlab-cli generate sine.json --length 40
  rnnlab-cli generate reverse-words.json --steps 300 --prime hello</translation>
    </message>
    <message>
        <source>Text: the characters to start from (default: the first text&apos;s first). Translation: a source to translate instead of the pairs&apos;.</source>
        <translation>Texto: los caracteres de partida (por defecto: el primero del primer texto). Traducción: una fuente que traducir en lugar de las de los pares.</translation>
    </message>
    <message>
        <source>Text: the characters to generate; time series: the points to predict (at least 1, default 20).</source>
        <translation>Texto: los caracteres que generar; serie temporal: los puntos que predecir (al menos 1, por defecto 20).</translation>
    </message>
    <message>
        <source>Text: sample from softmax(logits / T) instead of taking the most probable character.</source>
        <translation>Texto: muestrear de softmax(logits / T) en lugar de tomar el carácter más probable.</translation>
    </message>
    <message>
        <source>Text: the seed of the sampling (default 0).</source>
        <translation>Texto: la semilla del muestreo (por defecto 0).</translation>
    </message>
    <message>
        <source>Time series: the series to continue, counted from 1 as the window counts them: the training series, then the test series (default 1).</source>
        <translation>Serie temporal: la serie que continuar, contando desde 1 como en la ventana: las series de entrenamiento y luego las de prueba (por defecto 1).</translation>
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
        <translation>Convertir un modelo entrenado en PyTorch en una sesión de rnnlab: STATE.json es lo que escribe save_state_dict_json() (la función auxiliar de cada script que genera export-pytorch), con los pesos del modelo y, si se guardó, el estado del optimizador, para que rnnlab muestre el modelo y siga entrenándolo desde donde se detuvo PyTorch.

  python3 train.py --steps 100 --save-state state.json
  rnnlab-cli import-pytorch state.json -o trained.rnnlab
  rnnlab trained.rnnlab

MODEL.pt es lo que escribe torch.save(model.state_dict(), &quot;model.pt&quot;) para tu propio modelo: un nn.RNN, nn.LSTM o nn.GRU, y opcionalmente un nn.Linear, con cualquier nombre. Solo contiene pesos: indica los textos (--text), el orden one-hot (--vocabulary) y, para un nn.RNN, --cell.

  rnnlab-cli import-pytorch model.pt --text &quot;hello world&quot; --vocabulary &quot; dehlorw&quot; --cell rnn_tanh</translation>
    </message>
    <message>
        <source>The saved state (JSON), or a state_dict saved by torch.save (.pt).</source>
        <translation>El estado guardado (JSON), o un state_dict guardado con torch.save (.pt).</translation>
    </message>
    <message>
        <source>The session file to write (default: STATE.rnnlab beside STATE.json). An existing file is not replaced unless --force is given.</source>
        <translation>El archivo de sesión que escribir (por defecto: STATE.rnnlab junto a STATE.json). Un archivo existente no se reemplaza salvo que se indique --force.</translation>
    </message>
    <message>
        <source>A training text (repeat for several), when the file has none or to replace its own.</source>
        <translation>Un texto de entrenamiento (repetir para varios), cuando el archivo no tiene ninguno o para reemplazar los suyos.</translation>
    </message>
    <message>
        <source>MODEL.pt: the characters in the order of the model&apos;s one-hot inputs (default: the texts&apos; characters in order of first appearance).</source>
        <translation>MODEL.pt: los caracteres en el orden de las entradas one-hot del modelo (por defecto: los caracteres de los textos por orden de aparición).</translation>
    </message>
    <message>
        <source>MODEL.pt of an nn.RNN: rnn_tanh or rnn_relu (a state_dict does not record which); LSTM and GRU are told by their shapes.</source>
        <translation>MODEL.pt de un nn.RNN: rnn_tanh o rnn_relu (un state_dict no registra cuál); LSTM y GRU se reconocen por sus formas.</translation>
    </message>
    <message>
        <source>Replace OUT if it exists.</source>
        <translation>Reemplazar OUT si existe.</translation>
    </message>
    <message>
        <source>give one STATE.json (written by save_state_dict_json) or MODEL.pt (torch.save); see --help</source>
        <translation>indica un STATE.json (escrito por save_state_dict_json) o un MODEL.pt (torch.save); ver --help</translation>
    </message>
    <message>
        <source>--cell: &quot;%1&quot; is not a cell: use rnn_tanh, rnn_relu, lstm or gru</source>
        <translation>--cell: &quot;%1&quot; no es una celda: usa rnn_tanh, rnn_relu, lstm o gru</translation>
    </message>
    <message>
        <source>--vocabulary and --cell are for a .pt file; a JSON state names its own</source>
        <translation>--vocabulary y --cell son para un archivo .pt; un estado JSON indica los suyos</translation>
    </message>
    <message>
        <source>--text TEXT (once per text)</source>
        <translation>--text TEXT (una vez por texto)</translation>
    </message>
    <message>
        <source>give %1</source>
        <translation>indica %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <source>%1 exists: choose another name with -o, or --force to replace it</source>
        <translation>%1 ya existe: elige otro nombre con -o, o usa --force para reemplazarlo</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1: %2, hidden size %3, %4, %5, %6, after %n steps</source>
        <extracomment>%1 the file, %2 the cell (rnn_tanh, lstm, …), %3 the hidden size, %4 &quot;1 layer&quot; or &quot;2 layers&quot;, %5 &quot;with an output layer&quot; or &quot;no output layer&quot;, %6 the optimizer (adam, sgd), %n the steps.</extracomment>
        <translation>
            <numerusform>escrito %1: %2, tamaño del estado oculto %3, %4, %5, %6, tras %n paso</numerusform>
            <numerusform>escrito %1: %2, tamaño del estado oculto %3, %4, %5, %6, tras %n pasos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Main</name>
    <message>
        <source>Train a session (or --text TEXT) and print one line per step</source>
        <translation>Entrenar una sesión (o --text TEXT) e imprimir una línea por paso</translation>
    </message>
    <message>
        <source>Continue a prime string with a session&apos;s weights</source>
        <translation>Continuar un texto inicial con los pesos de una sesión</translation>
    </message>
    <message>
        <source>Measure training speed (steps per second) as JSON</source>
        <translation>Medir la velocidad de entrenamiento (pasos por segundo) como JSON</translation>
    </message>
    <message>
        <source>Validate a session file and describe it</source>
        <translation>Validar un archivo de sesión y describirlo</translation>
    </message>
    <message>
        <source>Train two or three sessions side by side and print a summary table</source>
        <translation>Entrenar dos o tres sesiones en paralelo e imprimir una tabla resumen</translation>
    </message>
    <message>
        <source>Write the PyTorch script that continues training a session</source>
        <translation>Escribir el script de PyTorch que continúa el entrenamiento de una sesión</translation>
    </message>
    <message>
        <source>Turn a state saved by that script&apos;s helper into a session</source>
        <translation>Convertir un estado guardado por la función auxiliar de ese script en una sesión</translation>
    </message>
    <message>
        <source>Write what a network remembers (influence, PCA, units) as JSON</source>
        <translation>Escribir como JSON lo que recuerda una red (influencia, PCA, unidades)</translation>
    </message>
    <message>
        <source>Train for a long run, watching memory, NaNs and step time</source>
        <translation>Entrenar durante mucho tiempo, vigilando la memoria, los NaN y el tiempo por paso</translation>
    </message>
    <message>
        <source>Write a time-series session from a generated wave (sine, square, ...)</source>
        <translation>Escribir una sesión de serie temporal a partir de una onda generada (seno, cuadrada, ...)</translation>
    </message>
    <message>
        <source>Write a translation session from a file of source&lt;Tab&gt;target pairs</source>
        <translation>Escribir una sesión de traducción a partir de un archivo de pares fuente&lt;Tab&gt;objetivo</translation>
    </message>
    <message>
        <source>Usage: rnnlab-cli &lt;command&gt; [options]</source>
        <translation>Uso: rnnlab-cli &lt;comando&gt; [opciones]</translation>
    </message>
    <message>
        <source>rnnlab&apos;s engine without the window: the numbers are PyTorch 1.13&apos;s.</source>
        <translation>El motor de rnnlab sin la ventana: los números son los de PyTorch 1.13.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>the lecture&apos;s example</source>
        <translation>el ejemplo de la clase</translation>
    </message>
    <message>
        <source>a command&apos;s options</source>
        <translation>las opciones de un comando</translation>
    </message>
    <message>
        <source>Every command takes --language CODE (%1); without it, the
window&apos;s View &gt; Language, else the system&apos;s. Numbers stay in the C locale.</source>
        <translation>Todos los comandos admiten --language CODE (%1); si falta, se usa el
de Ver &gt; Idioma de la ventana, o si no el del sistema. Los números siguen en la configuración regional C.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>The end of a list: &quot;train, generate, … and soak&quot; (%1: all but the last, %2: the last).</extracomment>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>--language needs a value: %1</source>
        <translation>--language necesita un valor: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command; the commands are %2 (see rnnlab-cli --help)</source>
        <translation>&quot;%1&quot; no es un comando; los comandos son %2 (ver rnnlab-cli --help)</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::NewForecast</name>
    <message>
        <source>The session file to write.</source>
        <translation>El archivo de sesión que escribir.</translation>
    </message>
    <message>
        <source>sine (default), square, sawtooth, triangle or two_sines.</source>
        <translation>sine (por defecto), square, sawtooth, triangle o two_sines.</translation>
    </message>
    <message>
        <source>Time steps per period (default 20).</source>
        <translation>Pasos temporales por período (por defecto 20).</translation>
    </message>
    <message>
        <source>Default 1.</source>
        <translation>Por defecto 1.</translation>
    </message>
    <message>
        <source>Radians (default 0).</source>
        <translation>Radianes (por defecto 0).</translation>
    </message>
    <message>
        <source>Points (default 100).</source>
        <translation>Puntos (por defecto 100).</translation>
    </message>
    <message>
        <source>two_sines: the second sine&apos;s period (default 7).</source>
        <translation>two_sines: el período del segundo seno (por defecto 7).</translation>
    </message>
    <message>
        <source>two_sines: its amplitude (default 0.5).</source>
        <translation>two_sines: su amplitud (por defecto 0.5).</translation>
    </message>
    <message>
        <source>Standard deviation of Gaussian noise (default 0).</source>
        <translation>Desviación típica del ruido gaussiano (por defecto 0).</translation>
    </message>
    <message>
        <source>Seed of the noise (default 0).</source>
        <translation>Semilla del ruido (por defecto 0).</translation>
    </message>
    <message>
        <source>rnn_tanh, rnn_relu, lstm (default) or gru.</source>
        <translation>rnn_tanh, rnn_relu, lstm (por defecto) o gru.</translation>
    </message>
    <message>
        <source>Hidden units (default 16).</source>
        <translation>Unidades ocultas (por defecto 16).</translation>
    </message>
    <message>
        <source>Stacked layers (default 1).</source>
        <translation>Capas apiladas (por defecto 1).</translation>
    </message>
    <message>
        <source>Replace OUT if it exists.</source>
        <translation>Reemplazar OUT si existe.</translation>
    </message>
    <message>
        <source>--wave: &quot;%1&quot; is not a wave: use sine, square, sawtooth, triangle or two_sines</source>
        <translation>--wave: &quot;%1&quot; no es una onda: usa sine, square, sawtooth, triangle o two_sines</translation>
    </message>
    <message>
        <source>--cell: &quot;%1&quot; is not a cell type: use rnn_tanh, rnn_relu, lstm or gru</source>
        <translation>--cell: &quot;%1&quot; no es un tipo de celda: usa rnn_tanh, rnn_relu, lstm o gru</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not KIND:AT[:LENGTH[:SIZE]] with KIND spike, level_shift or flat (e.g. spike:61:1:3)</source>
        <translation>--%1: &quot;%2&quot; no es KIND:AT[:LENGTH[:SIZE]] con KIND spike, level_shift o flat (p. ej. spike:61:1:3)</translation>
    </message>
    <message>
        <source>--%1 %2: the point %3 is outside the series (1 … %4): AT counts from 1, as the window counts</source>
        <extracomment>%1 the option, %2 its value as typed (spike:500), %3 the point, %4 the series&apos; length.</extracomment>
        <translation>--%1 %2: el punto %3 está fuera de la serie (1 … %4): AT cuenta desde 1, como en la ventana</translation>
    </message>
    <message>
        <source>--%1 %2: the point %3 is outside the series (%4 … %5)</source>
        <extracomment>%1 the option, %2 its value as typed (spike:500), %3 the point, %4 … %5 the points of the series.</extracomment>
        <translation>--%1 %2: el punto %3 está fuera de la serie (%4 … %5)</translation>
    </message>
    <message>
        <source>Write a time-series session (task &quot;forecast&quot;): a wave from the signal generator as its training series (and, with --test-anomaly, the same wave with an anomaly as its test series), an LSTM with Linear(H, 1) and MSELoss. The numbers are stored in the session; the generator is recorded beside them.

  rnnlab-cli new-forecast --wave sine --period 20 --length 120 --test-anomaly spike:71:1:2 -o sine.json
  rnnlab-cli train sine.json --steps 200 --save sine.json
  rnnlab-cli generate sine.json --length 40

train changes its file only with --save: without it, generate would use the untrained weights.</source>
        <translation>Escribir una sesión de serie temporal (tarea &quot;forecast&quot;): una onda del generador de señales como serie de entrenamiento (y, con --test-anomaly, la misma onda con una anomalía como serie de prueba), una LSTM con Linear(H, 1) y MSELoss. Los números se guardan en la sesión; el generador queda registrado junto a ellos.

  rnnlab-cli new-forecast --wave sine --period 20 --length 120 --test-anomaly spike:71:1:2 -o sine.json
  rnnlab-cli train sine.json --steps 200 --save sine.json
  rnnlab-cli generate sine.json --length 40

train solo modifica su archivo con --save: sin esa opción, generate usaría los pesos sin entrenar.</translation>
    </message>
    <message>
        <source>An anomaly in the training series: KIND:AT[:LENGTH[:SIZE]], AT the point counted from 1 (as the window&apos;s time axis; e.g. spike:71:1:2).</source>
        <translation>Una anomalía en la serie de entrenamiento: KIND:AT[:LENGTH[:SIZE]], AT el punto contado desde 1 (como en el eje temporal de la ventana; p. ej. spike:71:1:2).</translation>
    </message>
    <message>
        <source>Add a test series: the same wave with this anomaly (e.g. spike:71:1:2: a spike of 2 at point 71, counted from 1).</source>
        <translation>Añadir una serie de prueba: la misma onda con esta anomalía (p. ej. spike:71:1:2: un pico de 2 en el punto 71, contando desde 1).</translation>
    </message>
    <message>
        <source>--length %1: a series needs at least 2 points (one to read, the next to predict)</source>
        <translation>--length %1: una serie necesita al menos 2 puntos (uno que leer y el siguiente que predecir)</translation>
    </message>
    <message>
        <source>--length %1 with --test-anomaly: the training and the test series have %2 points in all, and the limit is %3</source>
        <extracomment>%1 the length typed, %2 the points of both series, %3 the limit.</extracomment>
        <translation>--length %1 con --test-anomaly: las series de entrenamiento y de prueba tienen %2 puntos en total, y el límite es %3</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1: wave %2, %n points, and a test series with %3</source>
        <extracomment>%1 the file, %2 the wave (sine, square, …), %n its points, %3 the test anomaly as typed (spike:70:1:2).</extracomment>
        <translation>
            <numerusform>escrito %1: onda %2, %n punto y una serie de prueba con %3</numerusform>
            <numerusform>escrito %1: onda %2, %n puntos y una serie de prueba con %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %1: wave %2, %n points, no test series (--test-anomaly adds one)</source>
        <extracomment>%1 the file, %2 the wave (sine, square, …), %n its points.</extracomment>
        <translation>
            <numerusform>escrito %1: onda %2, %n punto, sin serie de prueba (--test-anomaly añade una)</numerusform>
            <numerusform>escrito %1: onda %2, %n puntos, sin serie de prueba (--test-anomaly añade una)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Soak</name>
    <message>
        <source>Train for a long run on one thread and watch resident memory (/proc/self/statm), non-finite losses and the step time. Prints one line per sample, then one JSON object. Exit status 1 when memory grew by more than --max-growth-kib after the warm-up or a step was not finite. Without a session: the lecture&apos;s example.

  rnnlab-cli soak --steps 1000000
  rnnlab-cli soak tests/data/soak/lstm_h128_text500.json --steps 10000</source>
        <translation>Entrenar durante mucho tiempo en un hilo y vigilar la memoria residente (/proc/self/statm), las pérdidas no finitas y el tiempo por paso. Imprime una línea por muestra y luego un objeto JSON. Código de salida 1 si la memoria creció más de --max-growth-kib tras el calentamiento o si un paso no fue finito. Sin sesión: el ejemplo de la clase.

  rnnlab-cli soak --steps 1000000
  rnnlab-cli soak tests/data/soak/lstm_h128_text500.json --steps 10000</translation>
    </message>
    <message>
        <source>Training steps (default 1000000).</source>
        <translation>Pasos de entrenamiento (por defecto 1000000).</translation>
    </message>
    <message>
        <source>Memory and step-time samples over the run (default 100).</source>
        <translation>Muestras de memoria y de tiempo por paso a lo largo de la ejecución (por defecto 100).</translation>
    </message>
    <message>
        <source>Steps before the reference sample (default: 5% of --steps, at least 1).</source>
        <translation>Pasos antes de la muestra de referencia (por defecto: el 5% de --steps, al menos 1).</translation>
    </message>
    <message>
        <source>Allowed growth of resident memory after the warm-up, in KiB (default 1024).</source>
        <translation>Crecimiento permitido de la memoria residente tras el calentamiento, en KiB (por defecto 1024).</translation>
    </message>
    <message>
        <source>Only the JSON summary, not the samples.</source>
        <translation>Solo el resumen JSON, sin las muestras.</translation>
    </message>
    <message>
        <source>could not read /proc/self/statm: resident memory was not measured</source>
        <translation>no se pudo leer /proc/self/statm: no se midió la memoria residente</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Train</name>
    <message>
        <source>Train a session and print one line per step: the step, the loss and the predicted string of each text, from that step&apos;s forward pass (before the update), as the lecture&apos;s PyTorch loop prints them; for a time series (task &quot;forecast&quot;), the mean absolute error of its predicted next values.

  rnnlab-cli train --text hello                 the lecture&apos;s example (10 steps)
  rnnlab-cli train SESSION.json --steps 200 --save trained.json

Exit status: 0 done; 1 a step was refused (the loss or gradients diverged; the weights of the last good step are kept and saved with --save) or a file could not be written; 2 bad input.</source>
        <translation>Entrenar una sesión e imprimir una línea por paso: el paso, la pérdida y la cadena predicha de cada texto, de la pasada hacia delante de ese paso (antes de la actualización), como los imprime el bucle de PyTorch de la clase; en una serie temporal (tarea &quot;forecast&quot;), el error absoluto medio de los valores siguientes predichos.

  rnnlab-cli train --text hello                 el ejemplo de la clase (10 pasos)
  rnnlab-cli train SESSION.json --steps 200 --save trained.json

Código de salida: 0 hecho; 1 se rechazó un paso (la pérdida o los gradientes divergieron; se conservan los pesos del último paso válido y se guardan con --save) o no se pudo escribir un archivo; 2 entrada incorrecta.</translation>
    </message>
    <message>
        <source>Training steps (default: the session&apos;s &quot;steps&quot;, 10 for --text).</source>
        <translation>Pasos de entrenamiento (por defecto: los &quot;steps&quot; de la sesión, 10 con --text).</translation>
    </message>
    <message>
        <source>Write the weights, step-1 hidden states, logits and gradients, every step&apos;s loss and predictions, and the final weights as JSON (the goldens&apos; format).</source>
        <translation>Escribir como JSON los pesos, los estados ocultos, logits y gradientes del paso 1, la pérdida y las predicciones de cada paso, y los pesos finales (el formato de los goldens).</translation>
    </message>
    <message>
        <source>Print only the last step.</source>
        <translation>Imprimir solo el último paso.</translation>
    </message>
    <message>
        <source>cannot write %1: the trace holds a number that is not finite (inf or nan), which JSON cannot hold; nothing was written</source>
        <translation>no se puede escribir %1: la traza contiene un número no finito (inf o nan), que JSON no puede representar; no se ha escrito nada</translation>
    </message>
    <message>
        <source>Write the trained session: its weights, optimizer state and loss history (the session&apos;s own and this run&apos;s), so that training it continues exactly where this run stopped and rnnlab shows its past. Without it the session file is not changed.</source>
        <translation>Escribir la sesión entrenada: sus pesos, el estado del optimizador y el historial de pérdidas (el de la sesión y el de esta ejecución), para que su entrenamiento continúe exactamente donde se detuvo esta ejecución y rnnlab muestre su pasado. Sin esta opción, el archivo de sesión no se modifica.</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Translate</name>
    <message>
        <source>cannot write %1: the trace holds a number that is not finite (inf or nan), which JSON cannot hold; nothing was written</source>
        <translation>no se puede escribir %1: la traza contiene un número no finito (inf o nan), que JSON no puede representar; no se ha escrito nada</translation>
    </message>
    <message>
        <source>--prime is empty: give the source to translate</source>
        <translation>--prime está vacío: indica la fuente que traducir</translation>
    </message>
    <message>
        <source>--prime has %1, which is not in the source vocabulary &quot;%2&quot;: a translation reads only those characters</source>
        <extracomment>%1 the character, described by the engine in English (&quot;&apos;x&apos; (U+0078)&quot;).</extracomment>
        <translation>--prime contiene %1, que no está en el vocabulario fuente &quot;%2&quot;: una traducción solo lee esos caracteres</translation>
    </message>
    <message>
        <source>Write a translation session (task &quot;translate&quot;, an encoder-decoder) from a file of pairs, one a line: source&lt;Tab&gt;target in UTF-8 (empty lines are skipped). A line without a tab or a target, with more than one tab, an empty source, or &lt;sos&gt;/&lt;eos&gt; in its text is refused, naming the line. Default model: GRU, 24 hidden units, 1 layer, Adam at 0.02, seed 1, 300 steps (the shipped examples&apos;).

  rnnlab-cli new-translate --pairs words.tsv -o words.json
  rnnlab-cli train words.json --quiet --save trained.json
  rnnlab-cli generate trained.json --prime hello</source>
        <translation>Escribir una sesión de traducción (tarea &quot;translate&quot;, un codificador-decodificador) a partir de un archivo de pares, uno por línea: fuente&lt;Tab&gt;objetivo en UTF-8 (las líneas vacías se omiten). Se rechaza, indicando la línea, toda línea sin tabulador o sin objetivo, con más de un tabulador, con la fuente vacía o con &lt;sos&gt;/&lt;eos&gt; en su texto. Modelo por defecto: GRU, 24 unidades ocultas, 1 capa, Adam con 0.02, semilla 1, 300 pasos (el de los ejemplos incluidos).

  rnnlab-cli new-translate --pairs words.tsv -o words.json
  rnnlab-cli train words.json --quiet --save trained.json
  rnnlab-cli generate trained.json --prime hello</translation>
    </message>
    <message>
        <source>The session file to write.</source>
        <translation>El archivo de sesión que escribir.</translation>
    </message>
    <message>
        <source>The pairs: one source&lt;Tab&gt;target a line (UTF-8).</source>
        <translation>Los pares: uno por línea, fuente&lt;Tab&gt;objetivo (UTF-8).</translation>
    </message>
    <message>
        <source>The encoder&apos;s characters in input order (default: the sources&apos; in order of first use).</source>
        <translation>Los caracteres del codificador en el orden de entrada (por defecto: los de las fuentes por orden de aparición).</translation>
    </message>
    <message>
        <source>The target characters after &lt;sos&gt;, &lt;eos&gt; (default: the targets&apos; in order of first use).</source>
        <translation>Los caracteres objetivo tras &lt;sos&gt;, &lt;eos&gt; (por defecto: los de los objetivos por orden de aparición).</translation>
    </message>
    <message>
        <source>The session&apos;s training steps (default 300).</source>
        <translation>Los pasos de entrenamiento de la sesión (por defecto 300).</translation>
    </message>
    <message>
        <source>Replace OUT if it exists.</source>
        <translation>Reemplazar OUT si existe.</translation>
    </message>
    <message>
        <source>Hidden units of the encoder and the decoder (default 24).</source>
        <translation>Unidades ocultas del codificador y del decodificador (por defecto 24).</translation>
    </message>
    <message>
        <source>new-translate reads its pairs from --pairs FILE.tsv, not from &quot;%1&quot;</source>
        <translation>new-translate lee sus pares de --pairs FILE.tsv, no de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>give the file of pairs: --pairs FILE.tsv (one source&lt;Tab&gt;target a line)</source>
        <translation>indica el archivo de pares: --pairs FILE.tsv (un par por línea: fuente&lt;Tab&gt;objetivo)</translation>
    </message>
    <message>
        <source>%1: there is no pair: each line is one pair, source&lt;Tab&gt;target</source>
        <translation>%1: no hay ningún par: cada línea es un par, fuente&lt;Tab&gt;objetivo</translation>
    </message>
    <message>
        <source>rnnlab-cli %1 does not run a translation session (task &quot;translate&quot;) yet: use rnnlab-cli train (with --trace) or rnnlab-cli generate (with --prime SOURCE)</source>
        <translation>rnnlab-cli %1 aún no ejecuta sesiones de traducción (tarea &quot;translate&quot;): usa rnnlab-cli train (con --trace) o rnnlab-cli generate (con --prime SOURCE)</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1: %n pairs (the first: %2 → %3); train it with rnnlab-cli train %1</source>
        <extracomment>%1 the file written, %n its pairs, %2 → %3 the first pair (source → target).</extracomment>
        <translation>
            <numerusform>escrito %1: %n par (el primero: %2 → %3); entrénalo con rnnlab-cli train %1</numerusform>
            <numerusform>escrito %1: %n pares (el primero: %2 → %3); entrénalo con rnnlab-cli train %1</numerusform>
        </translation>
    </message>
</context>
</TS>
