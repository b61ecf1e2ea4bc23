<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>GraphCaption</name>
    <message>
        <source>Untrained</source>
        <translation>未学習</translation>
    </message>
    <message>
        <source>1 training step</source>
        <translation>学習 1 ステップ</translation>
    </message>
    <message>
        <source>%1 training steps</source>
        <translation>学習 %1 ステップ</translation>
    </message>
    <message>
        <source>series %1 of %2, </source>
        <translation>系列 %1 / %2、 </translation>
    </message>
    <message>
        <source>the outputs are not numbers (NaN): the run diverged</source>
        <translation>出力が数値ではありません (NaN)：学習が発散しました</translation>
    </message>
    <message>
        <source>t = %1: x = %2 → y = %3 (next value %4)</source>
        <translation>t = %1：x = %2 → y = %3 (次の値 %4)</translation>
    </message>
    <message>
        <source>each y_t predicts the next value x_{t+1}</source>
        <translation>各 y_t は次の値 x_{t+1} を予測します</translation>
    </message>
    <message>
        <source>W_hh = 0 — </source>
        <translation>W_hh = 0 — </translation>
    </message>
    <message>
        <source>What if W_hh = 0? No memory — </source>
        <translation>W_hh = 0 なら？ 記憶なし — </translation>
    </message>
    <message>
        <source>Untrained (the seed&apos;s initial weights)</source>
        <translation>未学習 (シードによる初期重み)</translation>
    </message>
    <message>
        <source>After 1 training step</source>
        <translation>学習 1 ステップ後</translation>
    </message>
    <message>
        <source>After %1 training steps</source>
        <translation>学習 %1 ステップ後</translation>
    </message>
    <message>
        <source>Folded. t = %1: ‘%2’ → %3 ‘%4’ %5</source>
        <translation>折りたたみ表示。t = %1：‘%2’ → %3 ‘%4’ %5</translation>
    </message>
    <message>
        <source>Folded: one cell, used at every time step. t = %1: ‘%2’ → %3 ‘%4’ %5</source>
        <translation>折りたたみ表示：1 つのセルを各時刻で使います。t = %1：‘%2’ → %3 ‘%4’ %5</translation>
    </message>
    <message>
        <source>would say</source>
        <translation>仮の予測：</translation>
    </message>
    <message>
        <source>predicts</source>
        <translation>予測：</translation>
    </message>
    <message>
        <source>(not scored)</source>
        <translation>(採点対象外)</translation>
    </message>
    <message>
        <source>✗ (should be ‘%1’)</source>
        <translation>✗ (正解は ‘%1’)</translation>
    </message>
    <message>
        <source>text %1 of %2, </source>
        <translation>テキスト %1 / %2、 </translation>
    </message>
    <message>
        <source>“%1” → %2 %3 (label: %4)</source>
        <translation>「%1」→ %2 %3 (ラベル：%4)</translation>
    </message>
    <message>
        <source>“%1” → “%2”, %3 of %4 right</source>
        <translation>「%1」→「%2」、%4 文字中 %3 文字正解</translation>
    </message>
    <message>
        <source> · loss at t = %3: %1 (mean %2)</source>
        <translation> · t = %3 の損失：%1 (平均 %2)</translation>
    </message>
    <message>
        <source> · loss %1</source>
        <translation> · 損失 %1</translation>
    </message>
    <message>
        <source>: the outputs are hidden — predict first, then reveal (Lesson)</source>
        <translation>：出力は隠されています — まず予測してから表示 (レッスン)</translation>
    </message>
    <message>
        <source>Drawn as %1 — </source>
        <translation>%1 として描画 — </translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>開始中…</translation>
    </message>
    <message>
        <source>gates</source>
        <translation>ゲート</translation>
    </message>
    <message>
        <source>test series %1 (never trained on), </source>
        <translation>テスト系列 %1 (学習には不使用)、 </translation>
    </message>
    <message>
        <source>its MSE %1 (not in the training loss) · mean absolute error %2</source>
        <translation>MSE %1 (学習の損失には含まない) · 平均絶対誤差 %2</translation>
    </message>
    <message>
        <source>loss (MSE) %1 · mean absolute error %2</source>
        <translation>損失 (MSE) %1 · 平均絶対誤差 %2</translation>
    </message>
    <message>
        <source>y_t: the network&apos;s prediction of the next value</source>
        <translation>y_t：ネットワークによる次の値の予測</translation>
    </message>
    <message>
        <source>x_{t+1}: the true next value, its target</source>
        <translation>x_{t+1}：実際の次の値、つまり正解</translation>
    </message>
    <message>
        <source>test series %1, never trained on · MSE %2</source>
        <translation>テスト系列 %1 (学習には不使用) · MSE %2</translation>
    </message>
    <message>
        <source>test series %1: the outputs are not numbers (NaN)</source>
        <translation>テスト系列 %1：出力が数値ではありません (NaN)</translation>
    </message>
    <message>
        <source>training series, </source>
        <translation>学習系列、 </translation>
    </message>
    <message>
        <source>flagged: error² &gt; threshold</source>
        <translation>検出：誤差² &gt; しきい値</translation>
    </message>
    <message>
        <source>greedy</source>
        <translation>貪欲法</translation>
    </message>
    <message>
        <source>sampled, temperature %1, seed %2</source>
        <translation>サンプリング、温度 %1、シード %2</translation>
    </message>
    <message>
        <source>generating (%1): “%2”</source>
        <translation>生成 (%1)：「%2」</translation>
    </message>
    <message>
        <source>generating (%1), each pick fed back: “%2”</source>
        <translation>生成 (%1)、選んだ文字を入力に戻す：「%2」</translation>
    </message>
    <message>
        <source> · parts from the text at t = %1</source>
        <translation> · t = %1 でテキストから外れる</translation>
    </message>
    <message>
        <source> · parts from the training text “%1” at t = %2 (✗)</source>
        <translation> · t = %2 で学習テキスト「%1」から外れる (✗)</translation>
    </message>
    <message>
        <source> · as the text</source>
        <translation> · テキストどおり</translation>
    </message>
    <message>
        <source> · as the training text all the way</source>
        <translation> · 最後まで学習テキストどおり</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>%1 %2</source>
        <comment>field, then a predicate</comment>
        <extracomment>A field (data.texts[0], model.hidden_size, Line 2) and a sentence about it that begins with its verb (&quot;is empty: a text needs …&quot;); rnnlab&apos;s field names stay untranslated.</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field, then a sentence</comment>
        <extracomment>A field and a sentence that begins with the field&apos;s value (&quot;4096 is out of range …&quot;).</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>compare mode trains %1 or %2 models side by side, not %3 (more do not fit on a screen): give two or three sessions</source>
        <translation>比較モードで並べて学習できるのは %1 個か %2 個のモデルで、%3 個は不可です (それ以上は画面に収まりません)：セッションを 2 つか 3 つ指定してください</translation>
    </message>
    <message>
        <source>differs between the compared sessions (%1): compared models train on the same data, so that only the models differ and learn the same thing; give every session the same &quot;task&quot;</source>
        <translation>比較するセッション間で異なります (%1)：違いをモデルだけにして同じことを学ばせるため、比較するモデルは同じデータで学習します。すべてのセッションで同じ &quot;task&quot; を指定してください</translation>
    </message>
    <message>
        <source>differs between the compared sessions (%1): compared models train on the same data, so that only the models differ; give every session the same &quot;texts&quot;</source>
        <translation>比較するセッション間で異なります (%1)：違いをモデルだけにするため、比較するモデルは同じデータで学習します。すべてのセッションで同じ &quot;texts&quot; を指定してください</translation>
    </message>
    <message>
        <source>&quot;forecast&quot; (a time series) cannot be compared yet: compare mode compares models of texts; train each time-series session with rnnlab-cli train</source>
        <translation>&quot;forecast&quot; (時系列) はまだ比較できません：比較モードはテキストのモデルを比べます。時系列の各セッションは rnnlab-cli train で学習してください</translation>
    </message>
    <message>
        <source>&quot;translate&quot; (an encoder–decoder) cannot be compared yet: train each translation session with rnnlab-cli train</source>
        <translation>&quot;translate&quot; (エンコーダ–デコーダ) はまだ比較できません：翻訳の各セッションは rnnlab-cli train で学習してください</translation>
    </message>
    <message>
        <source>differs between the compared sessions (%1): compared models train on the same data, so that only the models differ (the same class for each text); give every session the same &quot;labels&quot;</source>
        <translation>比較するセッション間で異なります (%1)：違いをモデルだけにするため、比較するモデルは同じデータ (各テキストに同じクラス) で学習します。すべてのセッションで同じ &quot;labels&quot; を指定してください</translation>
    </message>
    <message>
        <source>differs between the compared sessions (%1): compared models train on the same data, so that only the models differ (the output units in the same order); give every session the same &quot;classes&quot;, or none</source>
        <translation>比較するセッション間で異なります (%1)：違いをモデルだけにするため、比較するモデルは同じデータ (出力ユニットも同じ順序) で学習します。すべてのセッションで同じ &quot;classes&quot; を指定するか、どれにも指定しないでください</translation>
    </message>
    <message>
        <source>differs between the compared sessions (%1): compared models train on the same data, so that only the models differ (one-hot inputs in the same order); give every session the same &quot;vocabulary&quot;, or none</source>
        <translation>比較するセッション間で異なります (%1)：違いをモデルだけにするため、比較するモデルは同じデータ (ワンホット入力も同じ順序) で学習します。すべてのセッションで同じ &quot;vocabulary&quot; を指定するか、どれにも指定しないでください</translation>
    </message>
    <message>
        <source>differs between the compared sessions (%1): compared models train with the same optimizer settings, so that only the models differ; give every session the same &quot;optimizer&quot;</source>
        <translation>比較するセッション間で異なります (%1)：違いをモデルだけにするため、比較するモデルは同じオプティマイザの設定で学習します。すべてのセッションで同じ &quot;optimizer&quot; を指定してください</translation>
    </message>
    <message>
        <source>differs between the compared sessions (%1): compared models train with the same optimizer settings, so that only the models differ; give every session the same &quot;learning_rate&quot;</source>
        <translation>比較するセッション間で異なります (%1)：違いをモデルだけにするため、比較するモデルは同じオプティマイザの設定で学習します。すべてのセッションで同じ &quot;learning_rate&quot; を指定してください</translation>
    </message>
    <message>
        <source>differs between the compared sessions (%1): compared models train with the same optimizer settings, so that only the models differ; give every session the same &quot;momentum&quot;</source>
        <translation>比較するセッション間で異なります (%1)：違いをモデルだけにするため、比較するモデルは同じオプティマイザの設定で学習します。すべてのセッションで同じ &quot;momentum&quot; を指定してください</translation>
    </message>
    <message>
        <source>differs between the compared sessions (%1): compared models train with the same optimizer settings, so that only the models differ; give every session the same &quot;clip_grad_norm&quot; (or null in each)</source>
        <translation>比較するセッション間で異なります (%1)：違いをモデルだけにするため、比較するモデルは同じオプティマイザの設定で学習します。すべてのセッションで同じ &quot;clip_grad_norm&quot; を指定してください (またはすべて null)</translation>
    </message>
    <message>
        <source>differs between the compared sessions (%1): lock step shows step N of every model side by side; give every session the same starting step (leave &quot;optimizer_state&quot; out to start from step 0)</source>
        <translation>比較するセッション間で異なります (%1)：同期実行では全モデルのステップ N を並べて表示します。すべてのセッションで開始ステップをそろえてください (ステップ 0 から始めるには &quot;optimizer_state&quot; を省略)</translation>
    </message>
    <message>
        <source>is empty: give at least one character to start from</source>
        <translation>空です：書き始めの文字を 1 文字以上指定してください</translation>
    </message>
    <message>
        <source>uses %1, which the vocabulary (&quot;%2&quot;) does not have: the network only knows the characters of its texts</source>
        <translation>%1 を含んでいますが、語彙 (&quot;%2&quot;) にありません：ネットワークが知っているのはテキストに含まれる文字だけです</translation>
    </message>
    <message>
        <source>%1 is out of range: it must be between 0 and %2</source>
        <translation>%1 は範囲外です：0 から %2 の間でなければなりません</translation>
    </message>
    <message>
        <source>must be a finite number &gt; 0 (1 samples from the network&apos;s own probabilities; smaller is more conservative); leave it out for greedy</source>
        <translation>0 より大きい有限の数でなければなりません (1 ならネットワーク自身の確率どおりに抽出、小さいほど保守的)。貪欲法にするには省略してください</translation>
    </message>
    <message>
        <source>%1 is out of range: it must be between 1 and %2 (rnnlab draws every hidden unit; larger networks cannot be shown and train too slowly to watch)</source>
        <translation>%1 は範囲外です：1 から %2 の間でなければなりません (rnnlab はすべての隠れユニットを描画します。これより大きいネットワークは表示できず、学習も遅すぎて見ていられません)</translation>
    </message>
    <message>
        <source>%1 is out of range: it must be between 1 and %2 (the stacked view draws every layer; deeper stacks do not fit on screen)</source>
        <translation>%1 は範囲外です：1 から %2 の間でなければなりません (積層表示はすべての層を描画します。これより深い積層は画面に収まりません)</translation>
    </message>
    <message>
        <source>%1 is not allowed: the learning rate must be a finite number ≥ 0 (0.1 for Adam in the lecture; try 0.001 to 0.5)</source>
        <translation>%1 は使えません：学習率は 0 以上の有限の数でなければなりません (講義の Adam では 0.1。0.001 から 0.5 を試してください)</translation>
    </message>
    <message>
        <source>%1 is not allowed: momentum must be a finite number ≥ 0 (0.9 is usual; 0 turns it off)</source>
        <translation>%1 は使えません：モーメンタムは 0 以上の有限の数でなければなりません (通常は 0.9。0 で無効)</translation>
    </message>
    <message>
        <source>%1 is not allowed: the gradient-norm limit must be a finite number &gt; 0, or null for no clipping</source>
        <translation>%1 は使えません：勾配ノルムの上限は 0 より大きい有限の数、またはクリップなしなら null でなければなりません</translation>
    </message>
    <message>
        <source>is given twice</source>
        <translation>2 回指定されています</translation>
    </message>
    <message>
        <source>is not a parameter of this model; it has %1</source>
        <translation>このモデルのパラメータではありません。このモデルにあるのは %1 です</translation>
    </message>
    <message>
        <source>has shape %1 but this model needs %2 (as PyTorch&apos;s state_dict)</source>
        <translation>形状は %1 ですが、このモデルには %2 が必要です (PyTorch の state_dict と同じ)</translation>
    </message>
    <message>
        <source>%1 is not a finite float32 number: weights must be finite (|w| &lt; 3.4e38)</source>
        <translation>%1 は有限の float32 の数ではありません：重みは有限でなければなりません (|w| &lt; 3.4e38)</translation>
    </message>
    <message>
        <source>is missing: give every parameter of the model, or leave &quot;weights&quot; out to initialize from the seed</source>
        <translation>ありません：モデルのすべてのパラメータを指定するか、&quot;weights&quot; を省略してシードから初期化してください</translation>
    </message>
    <message>
        <source>needs &quot;weights&quot;: a run resumes from its weights and its optimizer state together</source>
        <translation>&quot;weights&quot; が必要です：学習の再開には重みとオプティマイザの状態の両方を使います</translation>
    </message>
    <message>
        <source>has %1 parameters but the model has %2</source>
        <translation>パラメータが %1 個ありますが、モデルには %2 個あります</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>ありません</translation>
    </message>
    <message>
        <source>has shape %1 but %2 needs %3</source>
        <translation>形状は %1 ですが、%2 には %3 が必要です</translation>
    </message>
    <message>
        <source>holds %1: optimizer state must be finite</source>
        <translation>%1 を含んでいます：オプティマイザの状態は有限でなければなりません</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to %1 (Adam&apos;s step count)</source>
        <translation>1 から %1 までの整数でなければなりません (Adam のステップ数)</translation>
    </message>
    <message>
        <source>holds a negative value: squared gradients cannot be</source>
        <translation>負の値を含んでいます：二乗した勾配は負になりえません</translation>
    </message>
    <message>
        <source>belongs to SGD, but the optimizer is adam</source>
        <translation>SGD 用ですが、オプティマイザは adam です</translation>
    </message>
    <message>
        <source>holds Adam&apos;s state, but the optimizer is sgd</source>
        <translation>Adam の状態ですが、オプティマイザは sgd です</translation>
    </message>
    <message>
        <source>is given but momentum is 0 (SGD keeps no buffer then)</source>
        <translation>指定されていますが、モーメンタムは 0 です (その場合 SGD はバッファを持ちません)</translation>
    </message>
    <message>
        <source>is false: a translation needs its output layer, fc = Linear(H, T) over the target tokens; set it to true</source>
        <translation>false です：翻訳にはターゲットトークンへの出力層 fc = Linear(H, T) が必要です。true にしてください</translation>
    </message>
    <message>
        <source>this session needs about %1 for its training buffers; the limit is %2 (so that the app&apos;s copies of it still fit in memory): use shorter texts, a smaller hidden size or fewer layers</source>
        <translation>このセッションの学習用バッファには約 %1 必要ですが、上限は %2 です (アプリ内のコピーもメモリに収まるように)：テキストを短くするか、隠れ層サイズか層数を減らしてください</translation>
    </message>
    <message>
        <source>%1 does not come after %2: the steps of a history increase, from 1</source>
        <translation>%1 が %2 より後ではありません：履歴のステップは 1 から増えていきます</translation>
    </message>
    <message>
        <source>%1 is after the %2 steps the session has taken (optimizer_state.steps_taken)</source>
        <translation>%1 はセッションが終えた %2 ステップより後です (optimizer_state.steps_taken)</translation>
    </message>
    <message>
        <source>%1 is not a loss: a cross-entropy is a finite number ≥ 0</source>
        <translation>%1 は損失ではありません：交差エントロピーは 0 以上の有限の数です</translation>
    </message>
    <message>
        <source>%1 is not a share of right predictions (0 to 1)</source>
        <translation>%1 は正解率 (0 から 1) ではありません</translation>
    </message>
    <message>
        <source>is not a step of the history after the previous change</source>
        <translation>前の変更より後の履歴のステップではありません</translation>
    </message>
    <message>
        <source>has %1 predictions but the session has %2 series</source>
        <translation>予測が %1 個ありますが、セッションの系列は %2 個です</translation>
    </message>
    <message>
        <source>has %1 predictions but the session has %2 texts</source>
        <translation>予測が %1 個ありますが、セッションのテキストは %2 個です</translation>
    </message>
    <message>
        <source>%1 is not allowed: the period must be a finite number of time steps &gt; 0 (e.g. 20)</source>
        <translation>%1 は使えません：周期は 0 より大きい有限の時刻数でなければなりません (例：20)</translation>
    </message>
    <message>
        <source>%1 is not allowed: the second sine&apos;s period must be a finite number of time steps &gt; 0</source>
        <translation>%1 は使えません：2 つ目の正弦波の周期は 0 より大きい有限の時刻数でなければなりません</translation>
    </message>
    <message>
        <source>%1 is out of range: a series has 1 to %2 points</source>
        <translation>%1 は範囲外です：系列の点は 1 から %2 個です</translation>
    </message>
    <message>
        <source>%1 is not a finite number</source>
        <translation>%1 は有限の数ではありません</translation>
    </message>
    <message>
        <source>%1 is not allowed: the noise&apos;s standard deviation must be a finite number ≥ 0 (0: no noise)</source>
        <translation>%1 は使えません：ノイズの標準偏差は 0 以上の有限の数でなければなりません (0：ノイズなし)</translation>
    </message>
    <message>
        <source>%1 is not a point of the series: it must be between 0 and %2</source>
        <translation>%1 は系列の点ではありません：0 から %2 の間でなければなりません</translation>
    </message>
    <message>
        <source>%1 is not allowed: the anomaly lasts at least 1 point (0: to the end)</source>
        <translation>%1 は使えません：異常の長さは 1 点以上です (0：末尾まで)</translation>
    </message>
    <message>
        <source>%1 is not allowed: the anomaly lasts at least 1 point</source>
        <translation>%1 は使えません：異常の長さは 1 点以上です</translation>
    </message>
    <message>
        <source>has a value of %1: keep amplitudes, noise and anomaly sizes within ±1e30 so that every point is a float32 number</source>
        <translation>値 %1 を含んでいます：各点が float32 の数になるよう、振幅・ノイズ・異常の大きさは ±1e30 以内にしてください</translation>
    </message>
    <message>
        <source>%1 does not match the vocabulary size %2: without an output layer the hidden state is the output (one unit per character), so hidden_size must be %2 — or set model.output_layer to true</source>
        <translation>%1 は語彙サイズ %2 と一致しません：出力層がないと隠れ状態が出力になる (1 文字につき 1 ユニット) ので、hidden_size は %2 でなければなりません — または model.output_layer を true にしてください</translation>
    </message>
    <message>
        <source>%1 does not match the number of classes %2: without an output layer the hidden state is the output (one unit per class), so hidden_size must be %2 — or set model.output_layer to true</source>
        <translation>%1 はクラス数 %2 と一致しません：出力層がないと隠れ状態が出力になる (1 クラスにつき 1 ユニット) ので、hidden_size は %2 でなければなりません — または model.output_layer を true にしてください</translation>
    </message>
    <message>
        <source>%1 does not match the number of features %2: without an output layer the hidden state is the output (one unit per feature), so hidden_size must be %2 — or set model.output_layer to true</source>
        <translation>%1 は特徴量の数 %2 と一致しません：出力層がないと隠れ状態が出力になる (1 特徴量につき 1 ユニット) ので、hidden_size は %2 でなければなりません — または model.output_layer を true にしてください</translation>
    </message>
    <message>
        <source>%1 does not match the number of target tokens %2: without an output layer the hidden state is the output (one unit per token), so hidden_size must be %2 — or set model.output_layer to true</source>
        <translation>%1 はターゲットトークン数 %2 と一致しません：出力層がないと隠れ状態が出力になる (1 トークンにつき 1 ユニット) ので、hidden_size は %2 でなければなりません — または model.output_layer を true にしてください</translation>
    </message>
    <message>
        <source>is for &quot;task&quot;: &quot;forecast&quot; (time series); a character task reads data.texts</source>
        <translation>&quot;task&quot;: &quot;forecast&quot; (時系列) 用です：文字タスクは data.texts を読みます</translation>
    </message>
    <message>
        <source>there is no training text: give at least one text of 2 or more characters</source>
        <translation>学習テキストがありません：2 文字以上のテキストを 1 つ以上指定してください</translation>
    </message>
    <message>
        <source>have %1 characters in all; the limit is %2 (every character is a time step rnnlab traces and draws)</source>
        <translation>合計 %1 文字あります。上限は %2 です (各文字が、rnnlab が追跡して描画する 1 時刻になります)</translation>
    </message>
    <message>
        <source>lists %1 more than once: each character may appear once</source>
        <translation>%1 が 2 回以上あります：各文字は 1 回だけにしてください</translation>
    </message>
    <message>
        <source>lacks %1, which the texts use: add them, or leave the vocabulary out to take the texts&apos; own characters</source>
        <translation>テキストで使う %1 がありません：追加するか、語彙を省略してテキスト自身の文字を使ってください</translation>
    </message>
    <message>
        <source>has %1 characters; the limit is %2 (every character is a one-hot dimension rnnlab draws)</source>
        <translation>%1 文字あります。上限は %2 です (各文字が、rnnlab が描画するワンホットの 1 次元になります)</translation>
    </message>
    <message>
        <source>make a vocabulary of %1 characters; the limit is %2 (every character is a one-hot dimension rnnlab draws)</source>
        <translation>語彙が %1 文字になります。上限は %2 です (各文字が、rnnlab が描画するワンホットの 1 次元になります)</translation>
    </message>
    <message>
        <source>is empty: a text to classify needs at least 1 character</source>
        <translation>空です：分類するテキストには 1 文字以上必要です</translation>
    </message>
    <message>
        <source>has %1 labels for %2 texts: a classifier needs exactly one label per text</source>
        <translation>テキスト %2 個に対してラベルが %1 個あります：分類器にはテキストごとにちょうど 1 つのラベルが必要です</translation>
    </message>
    <message>
        <source>is empty: name the class of text %1 (e.g. &quot;positive&quot;)</source>
        <translation>空です：テキスト %1 のクラス名を指定してください (例：&quot;positive&quot;)</translation>
    </message>
    <message>
        <source>has an empty class name</source>
        <translation>空のクラス名があります</translation>
    </message>
    <message>
        <source>lists &quot;%1&quot; more than once: each class may appear once</source>
        <translation>&quot;%1&quot; が 2 回以上あります：各クラスは 1 回だけにしてください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of data.classes: add it there, or leave data.classes out</source>
        <translation>&quot;%1&quot; は data.classes にありません：そこに追加するか、data.classes を省略してください</translation>
    </message>
    <message>
        <source>name only one class: a classifier needs at least two (e.g. &quot;positive&quot; and &quot;negative&quot;)</source>
        <translation>クラスが 1 つしかありません：分類器には 2 つ以上必要です (例：&quot;positive&quot; と &quot;negative&quot;)</translation>
    </message>
    <message>
        <source>name %1 classes; the limit is %2</source>
        <translation>クラスが %1 個あります。上限は %2 です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the session&apos;s classes</source>
        <translation>&quot;%1&quot; はセッションのクラスにありません</translation>
    </message>
    <message>
        <source>has %1 point: a series needs at least 2 (an input and the value after it)</source>
        <translation>点が %1 個です：系列には 2 点以上必要です (入力とその次の値)</translation>
    </message>
    <message>
        <source>has %1 points: a series needs at least 2 (an input and the value after it)</source>
        <translation>点が %1 個です：系列には 2 点以上必要です (入力とその次の値)</translation>
    </message>
    <message>
        <source>is empty: a time point needs at least one value</source>
        <translation>空です：各時点には 1 つ以上の値が必要です</translation>
    </message>
    <message>
        <source>has %1 values but %2 has %3: every time point of a series needs the same features (one number per point, or rows of D numbers)</source>
        <translation>値が %1 個ですが、%2 は %3 個です：系列の各時点の特徴量はそろえてください (1 点に 1 つの数、または D 個の数の行)</translation>
    </message>
    <message>
        <source>has %1 features; the limit is %2 (every feature is an input rnnlab draws at every time step)</source>
        <translation>特徴量が %1 個あります。上限は %2 です (各特徴量が、rnnlab が各時刻に描画する入力になります)</translation>
    </message>
    <message>
        <source>has %1 feature but %2 has %3: every series needs the same features</source>
        <translation>特徴量が %1 個ですが、%2 は %3 個です：すべての系列で特徴量をそろえてください</translation>
    </message>
    <message>
        <source>has %1 features but %2 has %3: every series needs the same features</source>
        <translation>特徴量が %1 個ですが、%2 は %3 個です：すべての系列で特徴量をそろえてください</translation>
    </message>
    <message>
        <source>%1 is not a finite float32 number: a value must be finite and within ±3.4e38 (torch.tensor(…, dtype=torch.float32) would make it %2)</source>
        <translation>%1 は有限の float32 の数ではありません：値は有限で ±3.4e38 以内でなければなりません (torch.tensor(…, dtype=torch.float32) では %2 になります)</translation>
    </message>
    <message>
        <source>is for the character tasks (&quot;next_character&quot;, &quot;classify&quot;); a forecast reads numbers from data.series</source>
        <translation>文字タスク (&quot;next_character&quot;、&quot;classify&quot;) 用です：予測 (forecast) は data.series から数値を読みます</translation>
    </message>
    <message>
        <source>there is no series: give at least one series of 2 or more points, e.g. [[0.0, 0.5, 0.87, 1.0]]</source>
        <translation>系列がありません：2 点以上の系列を 1 つ以上指定してください (例：[[0.0, 0.5, 0.87, 1.0]])</translation>
    </message>
    <message>
        <source>and data.test_series have %1 points in all; the limit is %2 (every point is a time step rnnlab traces and draws)</source>
        <translation>data.test_series と合わせて %1 点あります。上限は %2 です (各点が、rnnlab が追跡して描画する 1 時刻になります)</translation>
    </message>
    <message>
        <source>describes %1 series but %2 has %3: give one generator per series, or leave it out (it is informative)</source>
        <translation>%1 系列分の記述ですが、%2 は %3 系列です：系列ごとに生成器を 1 つ指定するか、省略してください (参考情報です)</translation>
    </message>
    <message>
        <source>is empty: a text needs at least 2 characters (an input and the character after it)</source>
        <translation>空です：テキストには 2 文字以上必要です (入力とその次の文字)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has only 1 character: a text needs at least 2 (an input and the character after it)</source>
        <translation>&quot;%1&quot; は 1 文字だけです：テキストには 2 文字以上必要です (入力とその次の文字)</translation>
    </message>
    <message>
        <source>are only for &quot;task&quot;: &quot;classify&quot; (one label per text); a next-character session predicts the text itself</source>
        <translation>&quot;task&quot;: &quot;classify&quot; 専用です (テキストごとにラベル 1 つ)：次の文字の予測ではテキスト自身を予測します</translation>
    </message>
    <message>
        <source>has %1 characters; a prediction has one per input, %2</source>
        <translation>%1 文字ですが、予測は入力ごとに 1 文字なので %2 文字のはずです</translation>
    </message>
    <message>
        <source>predicts %1, which is not in the vocabulary</source>
        <translation>%1 を予測していますが、語彙にありません</translation>
    </message>
    <message>
        <source>contains &quot;%1&quot;: the start and end tokens are added by rnnlab; list only the characters of the sources</source>
        <translation>&quot;%1&quot; を含んでいます：開始・終了トークンは rnnlab が加えます。ソースの文字だけを並べてください</translation>
    </message>
    <message>
        <source>contains &quot;%1&quot;: the start and end tokens are added by rnnlab; list only the characters of the targets</source>
        <translation>&quot;%1&quot; を含んでいます：開始・終了トークンは rnnlab が加えます。ターゲットの文字だけを並べてください</translation>
    </message>
    <message>
        <source>lacks %1, which the sources use: add them, or leave the vocabulary out to take the pairs&apos; own characters</source>
        <translation>ソースで使う %1 がありません：追加するか、語彙を省略してペア自身の文字を使ってください</translation>
    </message>
    <message>
        <source>lacks %1, which the targets use: add them, or leave the vocabulary out to take the pairs&apos; own characters</source>
        <translation>ターゲットで使う %1 がありません：追加するか、語彙を省略してペア自身の文字を使ってください</translation>
    </message>
    <message>
        <source>is for the character tasks; a translation reads data.pairs</source>
        <translation>文字タスク用です：翻訳は data.pairs を読みます</translation>
    </message>
    <message>
        <source>is for &quot;task&quot;: &quot;forecast&quot;; a translation reads data.pairs</source>
        <translation>&quot;task&quot;: &quot;forecast&quot; 用です：翻訳は data.pairs を読みます</translation>
    </message>
    <message>
        <source>there is no pair: give at least one pair of a source and a target (&quot;source&lt;Tab&gt;target&quot;, or [&quot;source&quot;, &quot;target&quot;])</source>
        <translation>ペアがありません：ソースとターゲットのペアを 1 つ以上指定してください (&quot;source&lt;Tab&gt;target&quot; または [&quot;source&quot;, &quot;target&quot;])</translation>
    </message>
    <message>
        <source>has an empty source: the encoder needs at least one character to read</source>
        <translation>ソースが空です：エンコーダが読む文字が 1 文字以上必要です</translation>
    </message>
    <message>
        <source>has no target: give the string the source translates to (&quot;source&lt;Tab&gt;target&quot;)</source>
        <translation>ターゲットがありません：ソースの翻訳先の文字列を指定してください (&quot;source&lt;Tab&gt;target&quot;)</translation>
    </message>
    <message>
        <source>has &quot;%1&quot; in its source: &lt;sos&gt; and &lt;eos&gt; are the start and end tokens rnnlab adds; a pair holds only characters</source>
        <translation>ソースに &quot;%1&quot; があります：&lt;sos&gt; と &lt;eos&gt; は rnnlab が加える開始・終了トークンです。ペアには文字だけを入れてください</translation>
    </message>
    <message>
        <source>has &quot;%1&quot; in its target: &lt;sos&gt; and &lt;eos&gt; are the start and end tokens rnnlab adds; a pair holds only characters</source>
        <translation>ターゲットに &quot;%1&quot; があります：&lt;sos&gt; と &lt;eos&gt; は rnnlab が加える開始・終了トークンです。ペアには文字だけを入れてください</translation>
    </message>
    <message>
        <source>make a source vocabulary of %1 characters; the limit is %2</source>
        <translation>ソースの語彙が %1 文字になります。上限は %2 です</translation>
    </message>
    <message>
        <source>make %1 target tokens; the limit is %2</source>
        <translation>ターゲットトークンが %1 個になります。上限は %2 です</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Like the des&amp;ktop</source>
        <translation>デスクトップに合わせる(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>ダーク(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>ハイコントラスト(&amp;H)</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>Training steps taken: each one a forward pass over the text, the loss, backpropagation through time and one update of the weights</source>
        <translation>学習ステップ数：1 ステップごとに、テキスト全体の順伝播、損失、通時的誤差逆伝播法 (BPTT)、重みの更新を 1 回行います</translation>
    </message>
    <message>
        <source>moved %1 of the %2 parameters against their gradient</source>
        <translation>%2 個のパラメータのうち %1 個を勾配と逆向きに動かしました</translation>
    </message>
    <message>
        <source>%1 &lt;i&gt;with&lt;/i&gt; it (the optimizer&apos;s momentum still carries the direction of the earlier steps)</source>
        <translation>%1 個は勾配と&lt;i&gt;同じ向き&lt;/i&gt;に動きました (オプティマイザのモーメンタムが以前のステップの向きをまだ保っているため)</translation>
    </message>
    <message>
        <source>%1 whose gradient is 0, carried by the optimizer&apos;s momentum</source>
        <translation>%1 個は勾配が 0 ですが、オプティマイザのモーメンタムで動きました</translation>
    </message>
    <message>
        <source>%1 not at all despite a gradient</source>
        <translation>%1 個は勾配があるのにまったく動きませんでした</translation>
    </message>
    <message>
        <source>The update </source>
        <translation>今回の更新は </translation>
    </message>
    <message>
        <source>, and left the %1 whose gradient is 0 where they were</source>
        <translation>。勾配が 0 の %1 個はそのままです</translation>
    </message>
    <message>
        <source>Sequence data</source>
        <translation>系列データ</translation>
    </message>
    <message>
        <source>&lt;p&gt;Text, speech, prices, video: data that comes &lt;b&gt;in order&lt;/b&gt;, where what comes next depends on what came before.&lt;/p&gt;&lt;p&gt;Our example is the word &lt;b&gt;hello&lt;/b&gt;. Given &lt;i&gt;h, e, l, l&lt;/i&gt; one at a time, the network should say what comes next each time: &lt;i&gt;e, l, l, o&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;A plain feed-forward network sees one character and has no memory: after the first ‘l’ and after the second ‘l’ it would say the same thing. A &lt;b&gt;recurrent&lt;/b&gt; network carries a memory h&lt;sub&gt;t&lt;/sub&gt; from step to step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;テキスト、音声、株価、動画：データが&lt;b&gt;順番に&lt;/b&gt;並び、次に来るものがそれまでの内容に依存します。&lt;/p&gt;&lt;p&gt;例は単語 &lt;b&gt;hello&lt;/b&gt; です。&lt;i&gt;h, e, l, l&lt;/i&gt; を 1 文字ずつ与えると、ネットワークは毎回次の文字 &lt;i&gt;e, l, l, o&lt;/i&gt; を答えるべきです。&lt;/p&gt;&lt;p&gt;普通の順伝播型ネットワークは 1 文字しか見ず、記憶を持ちません：1 つ目の ‘l’ の後も 2 つ目の ‘l’ の後も同じ答えを出してしまいます。&lt;b&gt;再帰型&lt;/b&gt;ネットワークは記憶 h&lt;sub&gt;t&lt;/sub&gt; を時刻から時刻へ受け渡します。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The vanilla RNN, folded</source>
        <translation>素の RNN (折りたたみ表示)</translation>
    </message>
    <message>
        <source>&lt;p&gt;One cell. At every time step it takes the input x&lt;sub&gt;t&lt;/sub&gt; and its own previous state h&lt;sub&gt;t−1&lt;/sub&gt; (the loop, through &lt;b&gt;W&lt;sub&gt;hh&lt;/sub&gt;&lt;/b&gt;) and computes the new state h&lt;sub&gt;t&lt;/sub&gt;; from it comes the output y&lt;sub&gt;t&lt;/sub&gt;.&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;F&lt;/b&gt; to fold and unfold.&lt;/p&gt;</source>
        <translation>&lt;p&gt;セルは 1 つです。各時刻で入力 x&lt;sub&gt;t&lt;/sub&gt; と自分の前の状態 h&lt;sub&gt;t−1&lt;/sub&gt; (&lt;b&gt;W&lt;sub&gt;hh&lt;/sub&gt;&lt;/b&gt; を通るループ) を受け取り、新しい状態 h&lt;sub&gt;t&lt;/sub&gt; を計算します。そこから出力 y&lt;sub&gt;t&lt;/sub&gt; が得られます。&lt;/p&gt;&lt;p&gt;&lt;b&gt;F&lt;/b&gt; キーで折りたたみ・展開を切り替えます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Unfolded over time</source>
        <translation>時間方向に展開</translation>
    </message>
    <message>
        <source>&lt;p&gt;The same cell drawn once per time step: the loop becomes the arrows from left to right. Each column is one character of ‘hell’; the top row is what the network predicts.&lt;/p&gt;&lt;p&gt;Hover over anything to see its numbers.&lt;/p&gt;</source>
        <translation>&lt;p&gt;同じセルを時刻ごとに 1 つずつ描いたものです：ループは左から右への矢印になります。各列が ‘hell’ の 1 文字に対応し、最上段がネットワークの予測です。&lt;/p&gt;&lt;p&gt;どこにでもマウスを重ねると数値が見られます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Shared weights</source>
        <translation>重みの共有</translation>
    </message>
    <message>
        <source>&lt;p&gt;The matrices &lt;b&gt;W&lt;sub&gt;xh&lt;/sub&gt;&lt;/b&gt; (input → hidden) and &lt;b&gt;W&lt;sub&gt;hh&lt;/sub&gt;&lt;/b&gt; (hidden → hidden) are the &lt;b&gt;same at every time step&lt;/b&gt;: each arrow of one colour is the same matrix. The Matrices panel shows them, with the biases.&lt;/p&gt;&lt;p&gt;The slides also have &lt;b&gt;W&lt;sub&gt;hy&lt;/sub&gt;&lt;/b&gt; (hidden → output). The lecture&apos;s example has none: the hidden state itself (4 numbers for 4 characters) is the output y&lt;sub&gt;t&lt;/sub&gt;. With an output layer (Model panel) W&lt;sub&gt;hy&lt;/sub&gt; appears, shared across time like the other two.&lt;/p&gt;</source>
        <translation>&lt;p&gt;行列 &lt;b&gt;W&lt;sub&gt;xh&lt;/sub&gt;&lt;/b&gt; (入力 → 隠れ層) と &lt;b&gt;W&lt;sub&gt;hh&lt;/sub&gt;&lt;/b&gt; (隠れ層 → 隠れ層) は&lt;b&gt;すべての時刻で同じ&lt;/b&gt;です：同じ色の矢印はすべて同じ行列です。行列パネルにバイアスとともに表示されます。&lt;/p&gt;&lt;p&gt;スライドには &lt;b&gt;W&lt;sub&gt;hy&lt;/sub&gt;&lt;/b&gt; (隠れ層 → 出力) もあります。講義の例にはこれがなく、隠れ状態そのもの (4 文字に対して 4 つの数値) が出力 y&lt;sub&gt;t&lt;/sub&gt; です。「モデルとデータ」パネルで出力層を付けると W&lt;sub&gt;hy&lt;/sub&gt; が現れ、他の 2 つと同様に時間方向で共有されます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The computation, by hand</source>
        <translation>手計算でたどる</translation>
    </message>
    <message>
        <source>&lt;p&gt;h&lt;sub&gt;t&lt;/sub&gt; = tanh(W&lt;sub&gt;hh&lt;/sub&gt; h&lt;sub&gt;t−1&lt;/sub&gt; + W&lt;sub&gt;xh&lt;/sub&gt; x&lt;sub&gt;t&lt;/sub&gt; + b), y&lt;sub&gt;t&lt;/sub&gt; = h&lt;sub&gt;t&lt;/sub&gt;, p&lt;sub&gt;t&lt;/sub&gt; = softmax(y&lt;sub&gt;t&lt;/sub&gt;), for t = 1 … n with h&lt;sub&gt;0&lt;/sub&gt; = 0.&lt;/p&gt;&lt;p&gt;The slides leave the bias out; PyTorch&apos;s nn.RNN has two, b&lt;sub&gt;ih&lt;/sub&gt; beside W&lt;sub&gt;xh&lt;/sub&gt; and b&lt;sub&gt;hh&lt;/sub&gt; beside W&lt;sub&gt;hh&lt;/sub&gt;, and only ever adds them: b = b&lt;sub&gt;ih&lt;/sub&gt; + b&lt;sub&gt;hh&lt;/sub&gt;. PyTorch&apos;s names: W&lt;sub&gt;xh&lt;/sub&gt; is weight_ih_l0, W&lt;sub&gt;hh&lt;/sub&gt; weight_hh_l0, b&lt;sub&gt;ih&lt;/sub&gt; bias_ih_l0, b&lt;sub&gt;hh&lt;/sub&gt; bias_hh_l0. y&lt;sub&gt;t&lt;/sub&gt; = h&lt;sub&gt;t&lt;/sub&gt; because this network has no output layer; with one, y&lt;sub&gt;t&lt;/sub&gt; = W&lt;sub&gt;hy&lt;/sub&gt; h&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;y&lt;/sub&gt;.&lt;/p&gt;&lt;p&gt;Below, the equation with the real numbers of this network for t = 1. Press &lt;b&gt;→&lt;/b&gt; to walk through a time step, &lt;b&gt;Shift+→&lt;/b&gt; for the next part of the computation.&lt;/p&gt;</source>
        <translation>&lt;p&gt;h&lt;sub&gt;t&lt;/sub&gt; = tanh(W&lt;sub&gt;hh&lt;/sub&gt; h&lt;sub&gt;t−1&lt;/sub&gt; + W&lt;sub&gt;xh&lt;/sub&gt; x&lt;sub&gt;t&lt;/sub&gt; + b)、y&lt;sub&gt;t&lt;/sub&gt; = h&lt;sub&gt;t&lt;/sub&gt;、p&lt;sub&gt;t&lt;/sub&gt; = softmax(y&lt;sub&gt;t&lt;/sub&gt;)、t = 1 … n、h&lt;sub&gt;0&lt;/sub&gt; = 0。&lt;/p&gt;&lt;p&gt;スライドではバイアスを省略しています。PyTorch の nn.RNN にはバイアスが 2 つあり (W&lt;sub&gt;xh&lt;/sub&gt; に付く b&lt;sub&gt;ih&lt;/sub&gt; と W&lt;sub&gt;hh&lt;/sub&gt; に付く b&lt;sub&gt;hh&lt;/sub&gt;)、常に足し合わせて使います：b = b&lt;sub&gt;ih&lt;/sub&gt; + b&lt;sub&gt;hh&lt;/sub&gt;。PyTorch での名前は、W&lt;sub&gt;xh&lt;/sub&gt; が weight_ih_l0、W&lt;sub&gt;hh&lt;/sub&gt; が weight_hh_l0、b&lt;sub&gt;ih&lt;/sub&gt; が bias_ih_l0、b&lt;sub&gt;hh&lt;/sub&gt; が bias_hh_l0 です。このネットワークには出力層がないので y&lt;sub&gt;t&lt;/sub&gt; = h&lt;sub&gt;t&lt;/sub&gt; です。出力層があれば y&lt;sub&gt;t&lt;/sub&gt; = W&lt;sub&gt;hy&lt;/sub&gt; h&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;y&lt;/sub&gt; となります。&lt;/p&gt;&lt;p&gt;下に、このネットワークの実際の数値を入れた t = 1 の式を示します。&lt;b&gt;→&lt;/b&gt; で時刻を 1 つ進め、&lt;b&gt;Shift+→&lt;/b&gt; で計算の次の段階に進みます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Predict: the next character</source>
        <translation>予測しよう：次の文字</translation>
    </message>
    <message>
        <source>&lt;p&gt;The network is untrained: its weights are the random ones of seed 0. At t = 2 it reads ‘e’.&lt;/p&gt;&lt;p&gt;How to tell from the numbers below: here y&lt;sub&gt;t&lt;/sub&gt; = h&lt;sub&gt;t&lt;/sub&gt;, and tanh and softmax both keep the order of their inputs, so the largest entry of the pre-activation (the bold vector) becomes the largest probability — its character is the prediction (the rows are in the vocabulary&apos;s order: h, e, l, o).&lt;/p&gt;</source>
        <translation>&lt;p&gt;ネットワークは未学習です：重みはシード 0 による乱数です。t = 2 で ‘e’ を読みます。&lt;/p&gt;&lt;p&gt;下の数値からの読み取り方：ここでは y&lt;sub&gt;t&lt;/sub&gt; = h&lt;sub&gt;t&lt;/sub&gt; で、tanh も softmax も入力の大小関係を保つので、活性化前の値 (太字のベクトル) の最大要素が最大の確率になり、その文字が予測です (行は語彙の順：h, e, l, o)。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The PyTorch code</source>
        <translation>PyTorch のコード</translation>
    </message>
    <message>
        <source>&lt;p&gt;The lecture&apos;s code. rnnlab computes what it computes: the same initial weights from the seed, bit for bit, and Adam&apos;s update rule exactly as PyTorch&apos;s; the gradients and losses agree to the last digits of float32, not bit for bit (sums taken in another order can differ there; the tests hold the losses to 10&lt;sup&gt;−5&lt;/sup&gt;).&lt;/p&gt;</source>
        <translation>&lt;p&gt;講義のコードです。rnnlab はこれと同じ計算をします：シードから得る初期重みはビット単位で同じ、Adam の更新則も PyTorch とまったく同じです。勾配と損失は float32 の末尾の桁まで一致しますが、ビット単位ではありません (和を取る順序が違うとそこで差が出ます。テストでは損失の差を 10&lt;sup&gt;−5&lt;/sup&gt; 以内としています)。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Training hello</source>
        <translation>hello を学習</translation>
    </message>
    <message>
        <source>&lt;p&gt;Ten steps of Adam, as in the lecture&apos;s loop. Each row is one step: its loss and what the network predicted; the wrong characters are underlined. Like the loop&apos;s print(result), a row is taken from the step&apos;s forward pass, &lt;i&gt;before&lt;/i&gt; its update — the caption above the graph shows the network after the tenth update, so its loss is not row 10&apos;s.&lt;/p&gt;&lt;p&gt;After ten steps it says &lt;b&gt;ello&lt;/b&gt;. Press &lt;b&gt;Space&lt;/b&gt; to train on, &lt;b&gt;Ctrl+→&lt;/b&gt; for one step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;講義のループと同じく Adam で 10 ステップ。各行が 1 ステップで、その損失とネットワークの予測を示し、誤った文字に下線を引いています。ループの print(result) と同様に、各行はそのステップの更新&lt;i&gt;前&lt;/i&gt;の順伝播から取っています。グラフ上のキャプションは 10 回目の更新後のネットワークを示すので、その損失は 10 行目の値とは異なります。&lt;/p&gt;&lt;p&gt;10 ステップ後には &lt;b&gt;ello&lt;/b&gt; と答えます。&lt;b&gt;スペース&lt;/b&gt;で学習を続け、&lt;b&gt;Ctrl+→&lt;/b&gt; で 1 ステップ進みます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Predict: the loss after the next update</source>
        <translation>予測しよう：次の更新後の損失</translation>
    </message>
    <message>
        <source>&lt;p&gt;The loss is the mean of −log p(target) over the four time steps. The optimizer is about to take one more step, guided by the gradient.&lt;/p&gt;</source>
        <translation>&lt;p&gt;損失は 4 つの時刻にわたる −log p(正解) の平均です。オプティマイザは勾配に従ってもう 1 ステップ進もうとしています。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Predict: the biggest gradient</source>
        <translation>予測しよう：最大の勾配</translation>
    </message>
    <message>
        <source>&lt;p&gt;Back to the untrained network (step 0). Back through time (BPTT) the loss sends a gradient to every weight it used (not to W&lt;sub&gt;xh&lt;/sub&gt;&apos;s ‘o’ column: ‘o’ is never an input). W&lt;sub&gt;hh&lt;/sub&gt; is used at every time step, so its gradient adds up the contributions of t = 2 … n (at t = 1 it multiplies h&lt;sub&gt;0&lt;/sub&gt; = 0).&lt;/p&gt;</source>
        <translation>&lt;p&gt;未学習のネットワーク (ステップ 0) に戻ります。通時的誤差逆伝播法 (BPTT) で、損失は使われたすべての重みに勾配を送ります (ただし W&lt;sub&gt;xh&lt;/sub&gt; の ‘o’ の列には送りません：‘o’ は入力になりません)。W&lt;sub&gt;hh&lt;/sub&gt; はすべての時刻で使われるので、その勾配は t = 2 … n の寄与の合計です (t = 1 では h&lt;sub&gt;0&lt;/sub&gt; = 0 に掛かるため)。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The shapes of RNN tasks</source>
        <translation>RNN のタスクの形</translation>
    </message>
    <message>
        <source>Many-to-one: the sentiment of a sentence</source>
        <translation>many-to-one：文の感情</translation>
    </message>
    <message>
        <source>&lt;p&gt;Sixteen short reviews, each labelled &lt;i&gt;positive&lt;/i&gt; or &lt;i&gt;negative&lt;/i&gt;. The network reads the whole review and only its &lt;b&gt;last&lt;/b&gt; output counts: the loss is on the last time step alone.&lt;/p&gt;&lt;p&gt;In the Model panel such data is one line per text: &lt;i&gt;text&lt;/i&gt;, a Tab, &lt;i&gt;label&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Right on all sixteen means it has learned &lt;i&gt;these&lt;/i&gt; sentences — memorised them, perhaps; whether it judges a review it has never seen is another test. (Its cell is a GRU, step 15: the bars beside the arrows are its gates r and z and its candidate n.)&lt;/p&gt;</source>
        <translation>&lt;p&gt;短いレビューが 16 個あり、それぞれ &lt;i&gt;positive&lt;/i&gt; か &lt;i&gt;negative&lt;/i&gt; のラベル付きです。ネットワークはレビュー全体を読み、&lt;b&gt;最後の&lt;/b&gt;出力だけが使われます：損失は最後の時刻だけで計算します。&lt;/p&gt;&lt;p&gt;「モデルとデータ」パネルでは、このデータは 1 行に 1 テキスト：&lt;i&gt;テキスト&lt;/i&gt;、タブ、&lt;i&gt;ラベル&lt;/i&gt; です。&lt;/p&gt;&lt;p&gt;16 個すべて正解でも、学んだのは&lt;i&gt;これらの&lt;/i&gt;文です — 暗記しただけかもしれません。未知のレビューを判定できるかは別のテストです。(セルは GRU で、ステップ 15 です：矢印の横の棒はゲート r と z、候補 n です。)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Stacked RNNs</source>
        <translation>多層 RNN</translation>
    </message>
    <message>
        <source>&lt;p&gt;Layers on top of each other: the hidden state of layer 1 is the input of layer 2. Each layer has its own W&lt;sub&gt;xh&lt;/sub&gt; and W&lt;sub&gt;hh&lt;/sub&gt;, shared across time along its row.&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;L&lt;/b&gt; to walk layer by layer, as PyTorch computes it, instead of time step by time step: the numbers are the same.&lt;/p&gt;</source>
        <translation>&lt;p&gt;層を積み重ねます：層 1 の隠れ状態が層 2 の入力になります。各層は自分の W&lt;sub&gt;xh&lt;/sub&gt; と W&lt;sub&gt;hh&lt;/sub&gt; を持ち、それぞれの行に沿って時間方向で共有されます。&lt;/p&gt;&lt;p&gt;&lt;b&gt;L&lt;/b&gt; キーを押すと、時刻ごとではなく、PyTorch の計算順どおり層ごとにたどります：数値は同じです。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>LSTM</source>
        <translation>LSTM</translation>
    </message>
    <message>
        <source>&lt;p&gt;Back through time, a vanilla RNN&apos;s gradient is multiplied by W&lt;sub&gt;hh&lt;/sub&gt;ᵀ and tanh′ at every step, and usually fades (or, with large weights, grows). The LSTM adds a cell state c&lt;sub&gt;t&lt;/sub&gt; (the lane above each row), c&lt;sub&gt;t&lt;/sub&gt; = f ⊙ c&lt;sub&gt;t−1&lt;/sub&gt; + i ⊙ g, and gates between 0 and 1 (the bars i, f, o, beside the candidate g): &lt;b&gt;f&lt;/b&gt;orget keeps c&lt;sub&gt;t−1&lt;/sub&gt;, &lt;b&gt;i&lt;/b&gt;nput writes the candidate g (between −1 and 1), &lt;b&gt;o&lt;/b&gt;utput reads tanh(c&lt;sub&gt;t&lt;/sub&gt;) into h&lt;sub&gt;t&lt;/sub&gt;.&lt;/p&gt;&lt;p&gt;Where f ≈ 1, c&lt;sub&gt;t−1&lt;/sub&gt; is kept and the gradient along c passes back almost unchanged. Untrained, an LSTM&apos;s gradient fades much like an RNN&apos;s; training can &lt;i&gt;learn&lt;/i&gt; f ≈ 1 (Compare ▸ RNN vs LSTM vs GRU).&lt;/p&gt;&lt;p&gt;After ten steps this LSTM says &lt;i&gt;llll&lt;/i&gt; where the RNN said &lt;i&gt;ello&lt;/i&gt;: it has four times the weights to set in the same ten steps. Press &lt;b&gt;Space&lt;/b&gt;: within 40 steps it says &lt;i&gt;ello&lt;/i&gt; too.&lt;/p&gt;</source>
        <translation>&lt;p&gt;時間をさかのぼるとき、素の RNN の勾配は各時刻で W&lt;sub&gt;hh&lt;/sub&gt;ᵀ と tanh′ を掛けられ、たいてい消えていきます (重みが大きいと増大します)。LSTM はセル状態 c&lt;sub&gt;t&lt;/sub&gt; (各行の上のレーン)、c&lt;sub&gt;t&lt;/sub&gt; = f ⊙ c&lt;sub&gt;t−1&lt;/sub&gt; + i ⊙ g と、0 から 1 の値をとるゲート (棒 i, f, o と候補 g) を加えます：&lt;b&gt;f&lt;/b&gt; (忘却ゲート) は c&lt;sub&gt;t−1&lt;/sub&gt; を保ち、&lt;b&gt;i&lt;/b&gt; (入力ゲート) は候補 g (−1 から 1) を書き込み、&lt;b&gt;o&lt;/b&gt; (出力ゲート) は tanh(c&lt;sub&gt;t&lt;/sub&gt;) を h&lt;sub&gt;t&lt;/sub&gt; に読み出します。&lt;/p&gt;&lt;p&gt;f ≈ 1 のところでは c&lt;sub&gt;t−1&lt;/sub&gt; が保たれ、c に沿った勾配はほとんど変わらずに戻ります。未学習の LSTM の勾配は RNN と同様に消えていきますが、学習によって f ≈ 1 を&lt;i&gt;獲得&lt;/i&gt;できます (比較 ▸ RNN vs LSTM vs GRU)。&lt;/p&gt;&lt;p&gt;10 ステップ後、RNN が &lt;i&gt;ello&lt;/i&gt; と答えたところでこの LSTM は &lt;i&gt;llll&lt;/i&gt; と答えます：同じ 10 ステップで 4 倍の重みを調整しなければならないからです。&lt;b&gt;スペース&lt;/b&gt;を押すと、40 ステップ以内に &lt;i&gt;ello&lt;/i&gt; と答えます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>GRU</source>
        <translation>GRU</translation>
    </message>
    <message>
        <source>&lt;p&gt;The GRU does the same with two gates (r, z) and no separate cell state (its bars: r, z and the candidate n): h&lt;sub&gt;t&lt;/sub&gt; = (1 − z) ⊙ n&lt;sub&gt;t&lt;/sub&gt; + z ⊙ h&lt;sub&gt;t−1&lt;/sub&gt;, where ⊙ multiplies entry by entry and n&lt;sub&gt;t&lt;/sub&gt; = tanh(W&lt;sub&gt;in&lt;/sub&gt; x&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;in&lt;/sub&gt; + r ⊙ (W&lt;sub&gt;hn&lt;/sub&gt; h&lt;sub&gt;t−1&lt;/sub&gt; + b&lt;sub&gt;hn&lt;/sub&gt;)) is the candidate state.&lt;/p&gt;&lt;p&gt;The update gate &lt;b&gt;z&lt;/b&gt; mixes: z ≈ 1 keeps the old state (and passes the gradient back nearly unchanged), z ≈ 0 replaces it with n&lt;sub&gt;t&lt;/sub&gt;. The reset gate &lt;b&gt;r&lt;/b&gt; decides how much of h&lt;sub&gt;t−1&lt;/sub&gt; the candidate sees.&lt;/p&gt;&lt;p&gt;The slides name the LSTM and the GRU; these two steps show what they compute. Change anything in the Model panel and see what happens.&lt;/p&gt;</source>
        <translation>&lt;p&gt;GRU は 2 つのゲート (r, z) で同じことを行い、別のセル状態を持ちません (棒は r, z と候補 n)：h&lt;sub&gt;t&lt;/sub&gt; = (1 − z) ⊙ n&lt;sub&gt;t&lt;/sub&gt; + z ⊙ h&lt;sub&gt;t−1&lt;/sub&gt;。⊙ は要素ごとの積、n&lt;sub&gt;t&lt;/sub&gt; = tanh(W&lt;sub&gt;in&lt;/sub&gt; x&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;in&lt;/sub&gt; + r ⊙ (W&lt;sub&gt;hn&lt;/sub&gt; h&lt;sub&gt;t−1&lt;/sub&gt; + b&lt;sub&gt;hn&lt;/sub&gt;)) は候補状態です。&lt;/p&gt;&lt;p&gt;更新ゲート &lt;b&gt;z&lt;/b&gt; は混ぜ合わせます：z ≈ 1 なら古い状態を保ち (勾配もほぼそのまま戻し)、z ≈ 0 なら n&lt;sub&gt;t&lt;/sub&gt; で置き換えます。リセットゲート &lt;b&gt;r&lt;/b&gt; は、候補が h&lt;sub&gt;t−1&lt;/sub&gt; をどれだけ見るかを決めます。&lt;/p&gt;&lt;p&gt;スライドは LSTM と GRU の名前を挙げています。この 2 ステップはその計算内容を示します。「モデルとデータ」パネルで何か変えて、どうなるか見てみましょう。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Seeing memory</source>
        <translation>記憶を見る</translation>
    </message>
    <message>
        <source>&lt;p&gt;An RNN&apos;s memory, seen three ways in the &lt;b&gt;Memory&lt;/b&gt; tab:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;How far back a prediction looks&lt;/b&gt;: the text up to the walk&apos;s step t, each character shaded (and a bar) by ‖∂ log p&lt;sub&gt;t&lt;/sub&gt;(target) / ∂x&lt;sub&gt;s&lt;/sub&gt;‖ — how much that input moves step t&apos;s right answer, by backpropagation through time.&lt;/li&gt;&lt;li&gt;&lt;b&gt;The path of h&lt;sub&gt;t&lt;/sub&gt;&lt;/b&gt;: each state a point in the states&apos; two main directions (PCA), in time order. &lt;b&gt;Freeze axes&lt;/b&gt; and train on: the path moves in one frame.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Units over the text&lt;/b&gt;: the text coloured by one hidden unit; drag over a part of it to find the units that track it.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Hello&apos;s two ‘l’s are the test: the same input, yet ‘l’ follows the first and ‘o’ the second — only memory tells them apart. &lt;b&gt;←&lt;/b&gt; / &lt;b&gt;→&lt;/b&gt; move the step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;RNN の記憶を&lt;b&gt;記憶&lt;/b&gt;タブで 3 通りに見られます：&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;予測はどこまでさかのぼるか&lt;/b&gt;：たどっている時刻 t までのテキストで、各文字を ‖∂ log p&lt;sub&gt;t&lt;/sub&gt;(正解) / ∂x&lt;sub&gt;s&lt;/sub&gt;‖ で濃淡 (と棒) 表示します — その入力が時刻 t の正解をどれだけ動かすかを、通時的誤差逆伝播法で求めたものです。&lt;/li&gt;&lt;li&gt;&lt;b&gt;h&lt;sub&gt;t&lt;/sub&gt; の軌跡&lt;/b&gt;：各状態を、状態の 2 つの主方向 (PCA) 上の点として時刻順に描きます。&lt;b&gt;軸を固定&lt;/b&gt;して学習を続けると、軌跡が同じ枠の中で動きます。&lt;/li&gt;&lt;li&gt;&lt;b&gt;テキスト上のユニット&lt;/b&gt;：1 つの隠れユニットでテキストを色分けします。一部をドラッグすると、それを追うユニットが見つかります。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;hello の 2 つの ‘l’ が試金石です：同じ入力なのに、1 つ目の後には ‘l’、2 つ目の後には ‘o’ が来ます — 区別できるのは記憶だけです。&lt;b&gt;←&lt;/b&gt; / &lt;b&gt;→&lt;/b&gt; で時刻を動かします。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>It goes down</source>
        <translation>下がる</translation>
    </message>
    <message>
        <source>It goes up</source>
        <translation>上がる</translation>
    </message>
    <message>
        <source>row h%1, column h%2</source>
        <translation>行 h%1、列 h%2</translation>
    </message>
    <message>
        <source>Which character will the network &lt;b&gt;predict&lt;/b&gt; at t = %1, after reading ‘%2’? (Not which one is right: what &lt;i&gt;this&lt;/i&gt; network will say.)</source>
        <translation>‘%2’ を読んだ後、t = %1 でネットワークはどの文字を&lt;b&gt;予測&lt;/b&gt;するでしょう？ (正解ではなく、&lt;i&gt;この&lt;/i&gt;ネットワークが答える文字です。)</translation>
    </message>
    <message>
        <source>The loss is %1 now. After the next update, will it go down or up?</source>
        <translation>現在の損失は %1 です。次の更新後、下がるでしょうか、上がるでしょうか？</translation>
    </message>
    <message>
        <source>Which entry of W&lt;sub&gt;hh&lt;/sub&gt; gets the &lt;b&gt;largest&lt;/b&gt; gradient |dL/dW&lt;sub&gt;hh&lt;/sub&gt;| from this forward pass? Button &lt;i&gt;i,j&lt;/i&gt;: row i (the unit it feeds), column j (the unit of h&lt;sub&gt;t−1&lt;/sub&gt; it reads).</source>
        <translation>この順伝播から、W&lt;sub&gt;hh&lt;/sub&gt; のどの要素が&lt;b&gt;最大&lt;/b&gt;の勾配 |dL/dW&lt;sub&gt;hh&lt;/sub&gt;| を受けるでしょう？ ボタン &lt;i&gt;i,j&lt;/i&gt;：行 i (入力先のユニット)、列 j (読み取る h&lt;sub&gt;t−1&lt;/sub&gt; のユニット)。</translation>
    </message>
    <message>
        <source>The softmax at t = %1 gives %2. The largest is ‘%3’: the network predicts ‘%3’%4.</source>
        <translation>t = %1 の softmax は %2 です。最大は ‘%3’：ネットワークは ‘%3’ を予測します%4。</translation>
    </message>
    <message>
        <source>, which is right</source>
        <translation>。これは正解です</translation>
    </message>
    <message>
        <source> — the text goes on with ‘%1’, so training will push p(‘%1’) up</source>
        <translation> — テキストの続きは ‘%1’ なので、学習で p(‘%1’) が押し上げられます</translation>
    </message>
    <message>
        <source>The loss went from %1 to %2: down by %3. </source>
        <translation>損失は %1 から %2 へ：%3 下がりました。 </translation>
    </message>
    <message>
        <source>The loss went from %1 to %2: &lt;b&gt;up&lt;/b&gt; by %3. The gradient only says which way is down &lt;i&gt;here&lt;/i&gt;; a step of this size went past the valley (the learning rate is large). </source>
        <translation>損失は %1 から %2 へ：%3 &lt;b&gt;上がりました&lt;/b&gt;。勾配は&lt;i&gt;この場所で&lt;/i&gt;どちらが下りかを示すだけです。この大きさのステップでは谷を通り過ぎました (学習率が大きいため)。 </translation>
    </message>
    <message>
        <source>dL/dW&lt;sub&gt;hh&lt;/sub&gt; is largest at row h%1, column h%2: %3. All of it:%4It adds up, over the time steps, dL/da of unit h%1 — how much the loss wants its pre-activation to change, dL/dh times tanh′ = 1 − h² — times h%2 one step earlier. Adam&apos;s first step then moves every weight whose gradient is not 0 by almost exactly the learning rate (lr·|g| / (|g| + ε)), whatever the gradient&apos;s size: there only the sign counts.</source>
        <translation>dL/dW&lt;sub&gt;hh&lt;/sub&gt; が最大なのは行 h%1、列 h%2：%3。全体：%4これは、ユニット h%1 の dL/da (損失がその活性化前の値をどれだけ変えたいか。dL/dh × tanh′ = 1 − h²) に 1 時刻前の h%2 を掛けたものを、時刻にわたって合計したものです。Adam の最初のステップでは、勾配が 0 でない重みはすべて、勾配の大きさに関係なくほぼ学習率ちょうどだけ動きます (lr·|g| / (|g| + ε))：そこでは符号だけが効きます。</translation>
    </message>
    <message>
        <source>‘%1’ (step %2) %3</source>
        <translation>‘%1’ (時刻 %2) %3</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This network now&lt;/b&gt;: step %1 reads ‘%2’; next comes ‘%3’, and the network gives it p = %4. How much each input moves that: %5.</source>
        <translation>&lt;p&gt;&lt;b&gt;現在のネットワーク&lt;/b&gt;：時刻 %1 で ‘%2’ を読みます。次は ‘%3’ で、ネットワークはそれに p = %4 を与えます。各入力がそれをどれだけ動かすか：%5。</translation>
    </message>
    <message>
        <source>Steps %1 and %2 both read ‘%3’, yet their states lie %4 apart in the path (%5 across): the network remembers what came before.</source>
        <translation>時刻 %1 と %2 はどちらも ‘%3’ を読みますが、状態は軌跡上で %4 離れています (全体の幅 %5)：ネットワークはそれ以前の内容を覚えています。</translation>
    </message>
    <message>
        <source>Steps %1 and %2 both read ‘%3’, and their states lie almost on one point in the path (%4 apart, %5 across): here the network hardly tells them apart.</source>
        <translation>時刻 %1 と %2 はどちらも ‘%3’ を読み、状態は軌跡上でほぼ同じ点にあります (%4 離れ、全体の幅 %5)：ここではネットワークはほとんど区別できていません。</translation>
    </message>
    <message>
        <source>Score: %1 of %2 right</source>
        <translation>得点：%2 問中 %1 問正解</translation>
    </message>
    <message>
        <source>C&amp;ompare</source>
        <translation>比較(&amp;O)</translation>
    </message>
    <message>
        <source>This model against one more &amp;layer</source>
        <translation>このモデルと 1 層多いモデル(&amp;L)</translation>
    </message>
    <message>
        <source>The model and data on the left, from its seed, beside the same with one more stacked layer</source>
        <translation>左のモデルとデータ (シードから) を、層を 1 つ積み増した同じモデルと並べます</translation>
    </message>
    <message>
        <source>This model as RNN, LSTM and &amp;GRU</source>
        <translation>このモデルを RNN・LSTM・GRU で(&amp;G)</translation>
    </message>
    <message>
        <source>The model and data on the left, from its seed, as a vanilla RNN, an LSTM and a GRU</source>
        <translation>左のモデルとデータ (シードから) を、素の RNN、LSTM、GRU として並べます</translation>
    </message>
    <message>
        <source>SVG, vector, text stays text (*.svg)</source>
        <translation>SVG、ベクター、文字は文字のまま (*.svg)</translation>
    </message>
    <message>
        <source>PDF, vector, for handouts (*.pdf)</source>
        <translation>PDF、ベクター、配布資料用 (*.pdf)</translation>
    </message>
    <message>
        <source>PNG at 1× (*.png)</source>
        <translation>PNG 1 倍 (*.png)</translation>
    </message>
    <message>
        <source>PNG at 2× (*.png)</source>
        <translation>PNG 2 倍 (*.png)</translation>
    </message>
    <message>
        <source>PNG at 3× (*.png)</source>
        <translation>PNG 3 倍 (*.png)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 をエクスポート</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>エクスポートできません</translation>
    </message>
    <message>
        <source>&amp;Graph as shown…</source>
        <translation>表示中のグラフ(&amp;G)…</translation>
    </message>
    <message>
        <source>the graph</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <source>&amp;Copy the graph</source>
        <translation>グラフをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>rnnlab graph</source>
        <translation>rnnlab グラフ</translation>
    </message>
    <message>
        <source>Heatmaps</source>
        <translation>ヒートマップ</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>記憶</translation>
    </message>
    <message>
        <source>How far back a prediction looks</source>
        <translation>予測はどこまでさかのぼるか</translation>
    </message>
    <message>
        <source>The path of h_t</source>
        <translation>h_t の軌跡</translation>
    </message>
    <message>
        <source>Units over text</source>
        <translation>テキスト上のユニット</translation>
    </message>
    <message>
        <source>%1k steps/s</source>
        <translation>%1k ステップ/秒</translation>
    </message>
    <message>
        <source>%1 steps/s</source>
        <translation>%1 ステップ/秒</translation>
    </message>
    <message>
        <source>Time series: prediction and anomalies</source>
        <translation>時系列：予測と異常</translation>
    </message>
    <message>
        <source>above</source>
        <translation>上回っています</translation>
    </message>
    <message>
        <source>to the end</source>
        <translation>末尾まで</translation>
    </message>
    <message>
        <source>&lt;p&gt;The lecture&apos;s first RNN applications are temporal: &lt;b&gt;time-series prediction&lt;/b&gt; and &lt;b&gt;anomaly detection&lt;/b&gt;. An LSTM has learnt a sine wave: at step t it reads x&lt;sub&gt;t&lt;/sub&gt; and predicts x&lt;sub&gt;t+1&lt;/sub&gt; (a number: the loss is the mean squared error).&lt;/p&gt;&lt;ul&gt;&lt;li&gt;The &lt;b&gt;one-step prediction&lt;/b&gt; (dashed) reads the true series up to x&lt;sub&gt;t&lt;/sub&gt;: it can only be one step wrong.&lt;/li&gt;&lt;li&gt;The &lt;b&gt;forecast&lt;/b&gt; (dotted) runs free: each prediction is fed back as the next input, so its errors carry on. Where the generator made the series, a thin line shows what really came.&lt;/li&gt;&lt;li&gt;Below, step t&apos;s error² (y&lt;sub&gt;t&lt;/sub&gt; − x&lt;sub&gt;t+1&lt;/sub&gt;)² on a log scale, and a &lt;b&gt;threshold&lt;/b&gt; (by default the training errors&apos; mean + 3 sd). A step above it is &lt;b&gt;flagged&lt;/b&gt;: a candidate, not yet an anomaly — it is one only where an anomaly was injected (hatched). Grey: warm-up, not counted.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;講義で最初に扱う RNN の応用は時間に関するものです：&lt;b&gt;時系列予測&lt;/b&gt;と&lt;b&gt;異常検知&lt;/b&gt;。LSTM が正弦波を学習しました：時刻 t で x&lt;sub&gt;t&lt;/sub&gt; を読み、x&lt;sub&gt;t+1&lt;/sub&gt; を予測します (数値なので、損失は平均二乗誤差です)。&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;1 ステップ先予測&lt;/b&gt; (破線) は x&lt;sub&gt;t&lt;/sub&gt; までの実際の系列を読みます：外れるのは 1 ステップ分だけです。&lt;/li&gt;&lt;li&gt;&lt;b&gt;多段予測&lt;/b&gt; (点線) は自己回帰で進みます：各予測を次の入力として戻すので、誤差が引き継がれます。生成器で作った系列では、実際の続きを細い線で示します。&lt;/li&gt;&lt;li&gt;下段は時刻 t の誤差² (y&lt;sub&gt;t&lt;/sub&gt; − x&lt;sub&gt;t+1&lt;/sub&gt;)² を対数目盛で示し、&lt;b&gt;しきい値&lt;/b&gt; (既定では学習時の誤差の平均 + 3 SD) も描きます。これを上回る時刻は&lt;b&gt;検出&lt;/b&gt;されます：まだ異常ではなく候補です — 本当の異常は、異常を加えた箇所 (斜線) だけです。灰色：ウォームアップ、数えません。&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>見逃し</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>検出</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Now&lt;/b&gt; (training step %1): flagged test steps: %2.</source>
        <translation>&lt;p&gt;&lt;b&gt;現在&lt;/b&gt; (学習ステップ %1)：テスト系列で検出された時刻：%2。</translation>
    </message>
    <message>
        <source> The anomaly at point %1: %2; flags after it (still disturbed): %3; false alarms: %4.</source>
        <translation> 点 %1 の異常：%2。その後の検出 (まだ乱れている)：%3。誤検出：%4。</translation>
    </message>
    <message>
        <source> Largest error²: %1 at step %2 (predicting x&lt;sub&gt;%3&lt;/sub&gt;), %4 the threshold%5.</source>
        <translation> 最大の誤差²：時刻 %2 (x&lt;sub&gt;%3&lt;/sub&gt; を予測) で %1、しきい値と比べて %4%5。</translation>
    </message>
    <message>
        <source>%1 ×</source>
        <translation>%1 倍</translation>
    </message>
    <message>
        <source>: flagged</source>
        <translation>：検出</translation>
    </message>
    <message>
        <source>: not flagged</source>
        <translation>：検出なし</translation>
    </message>
    <message>
        <source> Threshold %1: training error² %2 + 3 × %3 (sd)</source>
        <translation> しきい値 %1：学習時の誤差² %2 + 3 × %3 (SD)</translation>
    </message>
    <message>
        <source>; sd &gt; mean: ordinary steps pass it too.&lt;/p&gt;</source>
        <translation>。SD &gt; 平均のため、普通の時刻もしきい値を超えます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>.&lt;/p&gt;</source>
        <translation>。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Score: no questions answered yet</source>
        <translation>得点：まだ回答した問題はありません</translation>
    </message>
    <message>
        <source>cannot write %1: the picture could not be encoded as PNG (%2x%3 pixels)</source>
        <extracomment>%1 the file, %2 × %3 the picture&apos;s size in pixels.</extracomment>
        <translation>%1 を書き出せません：画像を PNG にエンコードできませんでした (%2x%3 ピクセル)</translation>
    </message>
    <message>
        <source>&lt;p&gt;An RNN is flexible: it can read one input or many, and answer once or at every step.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;one-to-one&lt;/b&gt;: no sequence at all — one input, one output, no loop: a plain feed-forward network, the box the slide labels “vanilla”;&lt;/li&gt;&lt;li&gt;&lt;b&gt;one-to-many&lt;/b&gt;: one input, then a sequence out — image captioning, or &lt;i&gt;generating&lt;/i&gt; text: each output is fed back as the next input (the Generate tab);&lt;/li&gt;&lt;li&gt;&lt;b&gt;many-to-one&lt;/b&gt;: read a sequence, answer once — sentiment of a sentence;&lt;/li&gt;&lt;li&gt;&lt;b&gt;many-to-many&lt;/b&gt;: an output per input — our hello, or a tag for every word; translation is many-to-many too, but reads the whole sentence first and then writes one of its own length.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Choose a shape below. &lt;b&gt;one-to-many&lt;/b&gt; draws the network as it generates: x&lt;sub&gt;1&lt;/sub&gt; = ‘h’ is given, every later input is the character it picked one step before (the arrows from y&lt;sub&gt;t−1&lt;/sub&gt; down to x&lt;sub&gt;t&lt;/sub&gt;), with the states and probabilities of that pass — greedy, or sampled with the Generate tab&apos;s temperature and seed. Where the generated text parts from the training text, a ✗ marks the step. &lt;b&gt;one-to-one&lt;/b&gt; is x&lt;sub&gt;1&lt;/sub&gt; in, y&lt;sub&gt;1&lt;/sub&gt; out: one step&apos;s real numbers. The other two keep the numbers of the whole hello pass and only the inputs and outputs they use.&lt;/p&gt;</source>
        <translation>&lt;p&gt;RNN は柔軟です：入力を 1 つ読むことも多数読むこともでき、答えるのも 1 回だけでも毎時刻でもかまいません。&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;one-to-one&lt;/b&gt;：系列はまったくなし — 入力 1 つ、出力 1 つ、ループなし：普通の順伝播型ネットワークで、スライドで「vanilla」と書かれた箱です。&lt;/li&gt;&lt;li&gt;&lt;b&gt;one-to-many&lt;/b&gt;：入力 1 つから系列を出力 — 画像のキャプション付けや、テキストの&lt;i&gt;生成&lt;/i&gt;：各出力を次の入力として戻します (「生成」タブ)。&lt;/li&gt;&lt;li&gt;&lt;b&gt;many-to-one&lt;/b&gt;：系列を読んで 1 回答える — 文の感情。&lt;/li&gt;&lt;li&gt;&lt;b&gt;many-to-many&lt;/b&gt;：入力ごとに出力 — この hello や、単語ごとのタグ付け。翻訳も many-to-many ですが、まず文全体を読んでから、独自の長さの文を書きます。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;下で形を選んでください。&lt;b&gt;one-to-many&lt;/b&gt; は生成中のネットワークを描きます：x&lt;sub&gt;1&lt;/sub&gt; = ‘h’ が与えられ、以降の入力はそれぞれ 1 時刻前に選んだ文字です (y&lt;sub&gt;t−1&lt;/sub&gt; から x&lt;sub&gt;t&lt;/sub&gt; へ下りる矢印)。状態と確率はその計算のもので、貪欲法か、「生成」タブの温度とシードによるサンプリングです。生成したテキストが学習テキストから外れる時刻には ✗ が付きます。&lt;b&gt;one-to-one&lt;/b&gt; は x&lt;sub&gt;1&lt;/sub&gt; を入れて y&lt;sub&gt;1&lt;/sub&gt; を出す：1 時刻分の実際の数値です。残りの 2 つは hello 全体の計算の数値のまま、使う入力と出力だけを残します。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ValueEquations</name>
    <message>
        <source>N = number of predicted steps, over all series</source>
        <translation>N = 全系列で予測した時刻の数</translation>
    </message>
    <message>
        <source>N = number of predicted steps, over all series; D = features per step</source>
        <translation>N = 全系列で予測した時刻の数；D = 各時刻の特徴量の数</translation>
    </message>
    <message>
        <source>%1 (predicts x_{t+1}),   loss_t = (y_t − x_{t+1})²,   L = MSE = (1/N) Σ_t loss_t,   </source>
        <extracomment>%1 is the output&apos;s equation (y_t = W_hy h_t + b_y).</extracomment>
        <translation>%1 (x_{t+1} を予測),   loss_t = (y_t − x_{t+1})²,   L = MSE = (1/N) Σ_t loss_t,   </translation>
    </message>
    <message>
        <source>%1 (predicts x_{t+1}),   loss_t = Σ_d (y_t[d] − x_{t+1}[d])²,   L = MSE = (1/(N·D)) Σ_t loss_t,   </source>
        <extracomment>%1 is the output&apos;s equation (y_t = W_hy h_t + b_y).</extracomment>
        <translation>%1 (x_{t+1} を予測),   loss_t = Σ_d (y_t[d] − x_{t+1}[d])²,   L = MSE = (1/(N·D)) Σ_t loss_t,   </translation>
    </message>
    <message>
        <source>a test series is never trained on:</source>
        <translation>テスト系列は学習には使いません：</translation>
    </message>
    <message>
        <source>this squared error is in no loss L and sends no gradient back</source>
        <translation>この二乗誤差はどの損失 L にも含まれず、勾配も逆伝播しません</translation>
    </message>
    <message>
        <source>(forward and error only; the Signal tab holds it against the anomaly threshold)</source>
        <translation>(順伝播と誤差のみ。信号タブで異常のしきい値と比べます)</translation>
    </message>
    <message>
        <source>%1 step</source>
        <translation>%1 時刻</translation>
    </message>
    <message>
        <source>%1 steps</source>
        <translation>%1 時刻</translation>
    </message>
    <message>
        <source>%1 feature</source>
        <translation>%1 特徴量</translation>
    </message>
    <message>
        <source>%1 features</source>
        <translation>%1 特徴量</translation>
    </message>
    <message>
        <source>the prediction of x_%1</source>
        <translation>x_%1 の予測</translation>
    </message>
    <message>
        <source>its share of L:</source>
        <translation>L への寄与：</translation>
    </message>
    <message>
        <source>L = MSE, the mean over %1 values: L = %2</source>
        <extracomment>%1 the count (&quot;N·D = 119 steps × 2 features = 238&quot;), %2 the loss.</extracomment>
        <translation>L = MSE、%1 個の値の平均：L = %2</translation>
    </message>
    <message>
        <source>L = MSE, the mean over %1: L = %2</source>
        <translation>L = MSE、%1 の平均：L = %2</translation>
    </message>
</context>
<context>
    <name>rnnlab</name>
    <message>
        <source>Window</source>
        <translation>ウィンドウ</translation>
    </message>
    <message>
        <source>Matrices</source>
        <translation>行列</translation>
    </message>
    <message>
        <source>Step by hand</source>
        <translation>手計算でたどる</translation>
    </message>
    <message>
        <source>Loss and accuracy</source>
        <translation>損失と正解率</translation>
    </message>
    <message>
        <source>Predictions per step</source>
        <translation>各時刻の予測</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>記憶</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>信号</translation>
    </message>
    <message>
        <source>PyTorch</source>
        <translation>PyTorch</translation>
    </message>
    <message>
        <source>Predictions per step lists predicted strings: it is for character tasks only.</source>
        <translation>「各時刻の予測」は予測した文字列を一覧します：文字タスク専用です。</translation>
    </message>
    <message>
        <source>Generate writes text, for character tasks only. A time series&apos; free-running forecast (each prediction fed back as the next input) is drawn in the Signal tab, as long as you set it there.</source>
        <translation>「生成」はテキストを書きます (文字タスク専用)。時系列の自己回帰による多段予測 (各予測を次の入力として戻す) は、信号タブで設定すればそこに描画されます。</translation>
    </message>
    <message>
        <source>The Memory tab ranks influence over characters: it is for character tasks only.</source>
        <translation>記憶タブは文字に対する影響度を順位付けします：文字タスク専用です。</translation>
    </message>
    <message>
        <source> This run is a translation (an encoder–decoder): its loss and accuracy are in the Loss tab, each pair&apos;s greedy translation at every step in Predictions per step, and its three weight sets (encoder, decoder, fc) in the Matrices panel.</source>
        <translation> この実行は翻訳 (エンコーダ–デコーダ) です：損失と正解率は損失タブに、各ペアの各ステップでの貪欲法による翻訳は「各時刻の予測」に、3 組の重み (encoder、decoder、fc) は行列パネルにあります。</translation>
    </message>
    <message>
        <source>An encoder–decoder is drawn by its own graph.</source>
        <translation>エンコーダ–デコーダは専用のグラフで描画します。</translation>
    </message>
    <message>
        <source>Generate writes text by feeding a network&apos;s output back as its next input; a translation does that in its decoder, and its greedy translations are listed in Predictions per step.</source>
        <translation>「生成」はネットワークの出力を次の入力として戻してテキストを書きます。翻訳ではデコーダがこれを行い、貪欲法による翻訳は「各時刻の予測」に一覧表示されます。</translation>
    </message>
    <message>
        <source>The Memory tab reads one network over one text; an encoder–decoder&apos;s two are not analysed yet.</source>
        <translation>記憶タブは 1 つのテキスト上の 1 つのネットワークを調べます。エンコーダ–デコーダの 2 つのネットワークはまだ分析できません。</translation>
    </message>
    <message>
        <source> This run is a time series: its values, the network&apos;s predictions, the free-running forecast and the flagged steps are in the Signal tab, and every number of a time step in the graph.</source>
        <translation> この実行は時系列です：値、ネットワークの予測、自己回帰予測、検出された時刻は信号タブに、各時刻のすべての数値はグラフにあります。</translation>
    </message>
</context>
<context>
    <name>rnnlab::CellValueEditor</name>
    <message>
        <source>Type a number, e.g. 0.5 or -1.2e-3</source>
        <translation>数値を入力 (例：0.5、-1.2e-3)</translation>
    </message>
    <message>
        <source>Use a point as the decimal separator: %1</source>
        <translation>小数点にはピリオドを使ってください：%1</translation>
    </message>
    <message>
        <source>“%1” is not a number: type e.g. 0.5 or -1.2e-3</source>
        <translation>「%1」は数値ではありません：0.5 や -1.2e-3 のように入力してください</translation>
    </message>
    <message>
        <source>A weight must be a finite number (%1 would turn the loss into nan)</source>
        <translation>重みは有限の数でなければなりません (%1 では損失が nan になります)</translation>
    </message>
    <message>
        <source>Too large for a float32 weight: at most ±%1</source>
        <translation>float32 の重みとしては大きすぎます：最大 ±%1</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新しい値</translation>
    </message>
</context>
<context>
    <name>rnnlab::ColorLegend</name>
    <message>
        <source>%1: blue is negative, red is positive; the colour is darkest at ±%2 and beyond.</source>
        <extracomment>%1 the legend&apos;s caption (Weights), %2 the colour scale&apos;s end.</extracomment>
        <translation>%1：青は負、赤は正。±%2 以上で色が最も濃くなります。</translation>
    </message>
    <message>
        <source>The numbers in the cells and under the bar are in units of %1: %2 in a cell means %3.</source>
        <extracomment>%1 a power of ten (10⁻³), %2 a number as a cell prints it, %3 the value it stands for.</extracomment>
        <translation>セル内とバーの下の数値は %1 単位です：セルの %2 は %3 を表します。</translation>
    </message>
    <message>
        <source>Where the cells are too small for numbers, hover a cell (or move to it with the arrow keys) to read its value.</source>
        <translation>セルが小さすぎて数値を表示できないときは、セルにマウスを重ねる (または矢印キーで移動する) と値が読めます。</translation>
    </message>
</context>
<context>
    <name>rnnlab::ColorMap</name>
    <message>
        <source>input gate i</source>
        <extracomment>A gate&apos;s name (LSTM: i, f, g, o; GRU: r, z, n): keep its letter last, after a space.</extracomment>
        <translation>入力ゲート i</translation>
    </message>
    <message>
        <source>forget gate f</source>
        <translation>忘却ゲート f</translation>
    </message>
    <message>
        <source>candidate g</source>
        <translation>候補 g</translation>
    </message>
    <message>
        <source>output gate o</source>
        <translation>出力ゲート o</translation>
    </message>
    <message>
        <source>reset gate r</source>
        <translation>リセットゲート r</translation>
    </message>
    <message>
        <source>update gate z</source>
        <translation>更新ゲート z</translation>
    </message>
    <message>
        <source>candidate n</source>
        <translation>候補 n</translation>
    </message>
</context>
<context>
    <name>rnnlab::ComparePanel</name>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Compare without model %1</source>
        <translation>モデル %1 を除いて比較</translation>
    </message>
    <message>
        <source>Model %1&apos;s cell: rnn_tanh, rnn_relu (torch.nn.RNN), lstm (torch.nn.LSTM) or gru (torch.nn.GRU)</source>
        <translation>モデル %1 のセル：rnn_tanh、rnn_relu (torch.nn.RNN)、lstm (torch.nn.LSTM)、gru (torch.nn.GRU)</translation>
    </message>
    <message>
        <source>Model %1&apos;s stacked layers (1–8)</source>
        <translation>モデル %1 の層数 (1–8)</translation>
    </message>
    <message>
        <source>H </source>
        <translation>H </translation>
    </message>
    <message>
        <source>Model %1&apos;s hidden size H: units per layer (without an output layer H must equal the vocabulary size)</source>
        <translation>モデル %1 の隠れ層サイズ H：1 層あたりのユニット数 (出力層なしでは H は語彙サイズと等しい必要があります)</translation>
    </message>
    <message>
        <source>output layer</source>
        <translation>出力層</translation>
    </message>
    <message>
        <source>Model %1 reads its predictions through nn.Linear(H, V) (W_hy); without it, the top layer&apos;s hidden state is the logits</source>
        <translation>モデル %1 は nn.Linear(H, V) (W_hy) を通して予測を読み出します。なしの場合、最上層の隠れ状態がロジットになります</translation>
    </message>
    <message>
        <source>Model %1&apos;s seed: torch.manual_seed for its initial weights</source>
        <translation>モデル %1 のシード：初期重みのための torch.manual_seed</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <source> layer</source>
        <translation> 層</translation>
    </message>
    <message>
        <source> layers</source>
        <translation> 層</translation>
    </message>
    <message>
        <source>seed: &quot;%1&quot; is not a whole number from −9223372036854775808 to 9223372036854775807</source>
        <translation>シード：&quot;%1&quot; は −9223372036854775808 から 9223372036854775807 までの整数ではありません</translation>
    </message>
</context>
<context>
    <name>rnnlab::ComparePlot</name>
    <message>
        <source>Loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>Correct characters</source>
        <translation>正解文字</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic axis: late, small differences between the models stay visible</source>
        <translation>損失を対数軸で表示：後半の小さな差もモデル間で見分けられます</translation>
    </message>
    <message>
        <source>training step</source>
        <translation>学習ステップ</translation>
    </message>
    <message>
        <source>correct (%)</source>
        <translation>正解 (%)</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>損失</translation>
    </message>
</context>
<context>
    <name>rnnlab::CompareWindow</name>
    <message>
        <source>Space: train · Ctrl+→: one step for every model · Ctrl+L: lock step or free-running · F: fold the graphs</source>
        <translation>スペース：学習 · Ctrl+→：全モデルを 1 ステップ · Ctrl+L：同期／非同期 · F：グラフを折りたたむ</translation>
    </message>
    <message>
        <source>Every model trains on these texts with these optimizer settings, so that only the models differ. Change them in the main window (Model and data) and compare again.</source>
        <translation>すべてのモデルが同じテキストと同じオプティマイザ設定で学習するので、違いはモデルだけです。メインウィンドウ (モデルとデータ) で変更して、もう一度比較してください。</translation>
    </message>
    <message>
        <source>Which training text the graphs show</source>
        <translation>グラフに表示する学習テキスト</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>テキスト(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比較(&amp;C)</translation>
    </message>
    <message>
        <source>Train every model at the chosen speed (Space)</source>
        <translation>すべてのモデルを選んだ速度で学習 (スペース)</translation>
    </message>
    <message>
        <source>Pause every model (Space)</source>
        <translation>すべてのモデルを一時停止 (スペース)</translation>
    </message>
    <message>
        <source>One optimizer step for every model (Ctrl+→)</source>
        <translation>すべてのモデルでオプティマイザを 1 ステップ (Ctrl+→)</translation>
    </message>
    <message>
        <source>Every model back to its seed&apos;s initial weights, step 0 (Ctrl+R)</source>
        <translation>すべてのモデルをシードの初期重み (ステップ 0) に戻す (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Lock step</source>
        <translation>同期実行(&amp;L)</translation>
    </message>
    <message>
        <source>On: every model shows the same step (the fast ones wait for the slowest). Off: each model trains as fast as it can (Ctrl+L)</source>
        <translation>オン：全モデルが同じステップを表示 (速いモデルは最も遅いモデルを待つ)。オフ：各モデルができるだけ速く学習 (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Add a model</source>
        <translation>モデルを追加(&amp;A)</translation>
    </message>
    <message>
        <source>Compare a third model (Ctrl+Shift+N): the first cell type not compared yet</source>
        <translation>3 つ目のモデルを比較 (Ctrl+Shift+N)：まだ比較していない最初のセル種別</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Fold the graphs</source>
        <translation>グラフを折りたたむ(&amp;F)</translation>
    </message>
    <message>
        <source>Fold every unrolled graph into its cell with the W_hh loop, or unfold them (F)</source>
        <translation>展開したグラフをすべて W_hh ループ付きのセルに折りたたむ、または展開する (F)</translation>
    </message>
    <message>
        <source>Fit to &amp;window</source>
        <translation>ウィンドウに合わせる(&amp;W)</translation>
    </message>
    <message>
        <source>Show each whole graph (Ctrl+0)</source>
        <translation>各グラフ全体を表示 (Ctrl+0)</translation>
    </message>
    <message>
        <source>&amp;Gradient through time</source>
        <translation>時間をさかのぼる勾配(&amp;G)</translation>
    </message>
    <message>
        <source>How much of the last step&apos;s gradient reaches each h_t, model against model: on by itself when the cells differ (Ctrl+D)</source>
        <translation>最後の時刻の勾配が各 h_t にどれだけ届くかをモデル間で比較：セルが異なると自動でオン (Ctrl+D)</translation>
    </message>
    <message>
        <source>How far &amp;back a prediction looks</source>
        <translation>予測はどこまでさかのぼるか(&amp;B)</translation>
    </message>
    <message>
        <source>How much each earlier input drives one step&apos;s prediction, model against model: on by itself when the cells differ (Ctrl+B)</source>
        <translation>それ以前の各入力が 1 時刻の予測をどれだけ左右するかをモデル間で比較：セルが異なると自動でオン (Ctrl+B)</translation>
    </message>
    <message>
        <source>&amp;Log scale for the loss</source>
        <translation>損失を対数目盛で(&amp;L)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Load a comparison the lecture uses</source>
        <translation>講義で使う比較を読み込む</translation>
    </message>
    <message>
        <source>Presets…</source>
        <translation>プリセット…</translation>
    </message>
    <message>
        <source>Compare models — rnnlab</source>
        <translation>モデルの比較 — rnnlab</translation>
    </message>
    <message>
        <source>Compare: %1 — rnnlab</source>
        <translation>比較：%1 — rnnlab</translation>
    </message>
    <message>
        <source>Lock step: every model shows the same training step. The table&apos;s numbers are what rnnlab-cli train prints for each session.</source>
        <translation>同期実行：全モデルが同じ学習ステップを表示します。表の数値は各セッションで rnnlab-cli train が出力する値です。</translation>
    </message>
    <message>
        <source>Adam, lr %1</source>
        <translation>Adam、lr %1</translation>
    </message>
    <message>
        <source>SGD, lr %1, momentum %2</source>
        <translation>SGD、lr %1、モーメンタム %2</translation>
    </message>
    <message>
        <source>, gradients clipped at %1</source>
        <translation>、勾配を %1 でクリップ</translation>
    </message>
    <message>
        <source>, no clipping</source>
        <translation>、クリップなし</translation>
    </message>
    <message>
        <source>Every model: %1 · %2</source>
        <translation>全モデル：%1 · %2</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>ステップ %1</translation>
    </message>
    <message>
        <source>Steps %1</source>
        <translation>ステップ %1</translation>
    </message>
    <message>
        <source>Lock step: every model has taken this many steps</source>
        <translation>同期実行：全モデルがこのステップ数を終えています</translation>
    </message>
    <message>
        <source>Free-running: the steps each model has taken (A · B · C)</source>
        <translation>非同期：各モデルが終えたステップ数 (A · B · C)</translation>
    </message>
    <message>
        <source>lock step: %1 steps/s</source>
        <translation>同期実行：%1 ステップ/秒</translation>
    </message>
    <message>
        <source>Training stopped: model %1&apos;s step was refused (see the message on its graph)</source>
        <translation>学習を停止しました：モデル %1 のステップが拒否されました (グラフ上のメッセージを参照)</translation>
    </message>
    <message>
        <source>Model %1 stopped</source>
        <translation>モデル %1 が停止しました</translation>
    </message>
    <message>
        <source>Change model %1&apos;s settings, or Reset to start every model over.</source>
        <translation>モデル %1 の設定を変更するか、リセットで全モデルを最初からやり直してください。</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <source>Model %1 changed: every model starts over from step 0, so that they stay comparable</source>
        <translation>モデル %1 を変更しました：比較できるよう、全モデルがステップ 0 からやり直します</translation>
    </message>
</context>
<context>
    <name>rnnlab::ContextEquations</name>
    <message>
        <source>Context, backward through time</source>
        <translation>コンテキスト、時間をさかのぼる逆伝播</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>コンテキスト</translation>
    </message>
    <message>
        <source> · layer %1</source>
        <translation> · 層 %1</translation>
    </message>
    <message>
        <source>h_0^{dec} = h_n^{enc},   c_0^{dec} = c_n^{enc}   (every layer; n = %1 source characters)</source>
        <translation>h_0^{dec} = h_n^{enc},   c_0^{dec} = c_n^{enc}   (すべての層。n = ソースの文字数 %1)</translation>
    </message>
    <message>
        <source>h_0^{dec} = h_n^{enc}   (every layer; n = %1 source characters)</source>
        <translation>h_0^{dec} = h_n^{enc}   (すべての層。n = ソースの文字数 %1)</translation>
    </message>
    <message>
        <source>the decoder never sees the source itself: only these %1 numbers per layer</source>
        <translation>デコーダはソースそのものを見ません：見るのは層ごとのこの %1 個の数値だけです</translation>
    </message>
    <message>
        <source>dL/dh_n^{enc} gets dL/dh_0^{dec},   dL/dc_n^{enc} gets dL/dc_0^{dec} = f_1^{dec} ⊙ dL/dc_1^{dec}</source>
        <translation>dL/dh_n^{enc} に dL/dh_0^{dec} が、dL/dc_n^{enc} に dL/dc_0^{dec} = f_1^{dec} ⊙ dL/dc_1^{dec} が届く</translation>
    </message>
    <message>
        <source>dL/dh_n^{enc} gets dL/dh_0^{dec}: the decoder&apos;s gradient of its starting state</source>
        <translation>dL/dh_n^{enc} に dL/dh_0^{dec} が届く：デコーダの初期状態の勾配</translation>
    </message>
    <message>
        <source>→ reaches the encoder:</source>
        <translation>→ エンコーダに届く：</translation>
    </message>
    <message>
        <source>from here back through the encoder, from its last step: its only loss is the decoder&apos;s, carried across the context</source>
        <translation>ここからエンコーダを最後の時刻からさかのぼる：エンコーダの損失はデコーダの損失だけで、コンテキストを通って運ばれる</translation>
    </message>
</context>
<context>
    <name>rnnlab::EquationAccessible</name>
    <message>
        <source>Equations</source>
        <translation>式</translation>
    </message>
</context>
<context>
    <name>rnnlab::EquationModel</name>
    <message>
        <source>units %1:</source>
        <translation>ユニット %1：</translation>
    </message>
    <message>
        <source>(no gradients: the loss of this pass is not finite)</source>
        <translation>(勾配なし：この計算の損失が有限ではありません)</translation>
    </message>
    <message>
        <source>from layer %1</source>
        <translation>層 %1 から</translation>
    </message>
    <message>
        <source>the loss of the text: −log of the probability of its label (scored at the last step)</source>
        <translation>テキストの損失：ラベルの確率の −log (最後の時刻で採点)</translation>
    </message>
    <message>
        <source>the loss at this step: −log of the probability of the next character</source>
        <translation>この時刻の損失：次の文字の確率の −log</translation>
    </message>
    <message>
        <source>the loss at this step: −log of the probability of the target</source>
        <translation>この時刻の損失：正解の確率の −log</translation>
    </message>
    <message>
        <source>dL/dh_t = (from y_t or the layer above) + W_hhᵀ dL/da_{t+1},   dL/da_t = dL/dh_t ⊙ [h_t &gt; 0]</source>
        <translation>dL/dh_t = (y_t または上の層から) + W_hhᵀ dL/da_{t+1},   dL/da_t = dL/dh_t ⊙ [h_t &gt; 0]</translation>
    </message>
    <message>
        <source>dL/dh_t = (from y_t or the layer above) + W_hhᵀ dL/da_{t+1},   dL/da_t = dL/dh_t ⊙ (1 − h_t²)</source>
        <translation>dL/dh_t = (y_t または上の層から) + W_hhᵀ dL/da_{t+1},   dL/da_t = dL/dh_t ⊙ (1 − h_t²)</translation>
    </message>
    <message>
        <source>h_t%5 = %1(W_hh%5 h_{t−1}%5 + W_xh%5 %4 + b%5) = %1(a_t%5),   %2   for t = 1 … %3, h_0 = 0;   b%5 = b_ih%5 + b_hh%5 (PyTorch keeps the two biases apart)</source>
        <extracomment>The RNN&apos;s equations. %1 the activation (tanh or ReLU), %2 the output&apos;s equations, %3 the number of time steps, %4 the layer&apos;s input (x_t), %5 the layer&apos;s superscript (empty for one layer).</extracomment>
        <translation>h_t%5 = %1(W_hh%5 h_{t−1}%5 + W_xh%5 %4 + b%5) = %1(a_t%5),   %2   t = 1 … %3, h_0 = 0;   b%5 = b_ih%5 + b_hh%5 (PyTorch は 2 つのバイアスを別々に持ちます)</translation>
    </message>
    <message>
        <source>Backward through time</source>
        <translation>時間をさかのぼる逆伝播</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>順伝播</translation>
    </message>
    <message>
        <source>%1, test series %2</source>
        <extracomment>The walk&apos;s direction (Forward) and which test series it walks.</extracomment>
        <translation>%1、テスト系列 %2</translation>
    </message>
    <message>
        <source>, layer %1</source>
        <translation>、層 %1</translation>
    </message>
    <message>
        <source>the squared error of this step: (y_t − x_{t+1})² per feature (a test series: no share of L)</source>
        <translation>この時刻の二乗誤差：特徴量ごとの (y_t − x_{t+1})² (テスト系列：L には含まない)</translation>
    </message>
    <message>
        <source>%1: what the layer below contributes</source>
        <translation>%1：下の層からの寄与</translation>
    </message>
    <message>
        <source>y_%1 (logits)</source>
        <translation>y_%1 (ロジット)</translation>
    </message>
    <message>
        <source> (not scored: a classifier is scored at the last time step only)</source>
        <translation> (採点対象外：分類器は最後の時刻だけで採点します)</translation>
    </message>
    <message>
        <source> ✗ (the label is %1)</source>
        <extracomment>%1 is the true label (a character or class).</extracomment>
        <translation> ✗ (ラベルは %1)</translation>
    </message>
    <message>
        <source> ✗ (the text goes on with %1)</source>
        <extracomment>%1 is the true next character.</extracomment>
        <translation> ✗ (テキストの続きは %1)</translation>
    </message>
    <message>
        <source>the largest is p_%1[%2] = %3: predicts %2%4</source>
        <extracomment>%1 the time step, %2 the predicted character or class, %3 its probability, %4 the verdict (✓, or ✗ with the true one).</extracomment>
        <translation>最大は p_%1[%2] = %3：%2 を予測%4</translation>
    </message>
    <message>
        <source>no loss at t = %1: this time step has no target</source>
        <translation>t = %1 には損失なし：この時刻には正解がありません</translation>
    </message>
    <message>
        <source>no backward pass — %1</source>
        <translation>逆伝播なし — %1</translation>
    </message>
    <message>
        <source>x_%1%2 = h_%1 of layer %3 =</source>
        <extracomment>%1 the time step, %2 the layer&apos;s superscript, %3 the layer below.</extracomment>
        <translation>x_%1%2 = 層 %3 の h_%1 =</translation>
    </message>
    <message>
        <source>x_%1 = the values of test series %2 at t = %1 =</source>
        <translation>x_%1 = テスト系列 %2 の t = %1 での値 =</translation>
    </message>
    <message>
        <source>x_%1 = the values of series %2 at t = %1 =</source>
        <translation>x_%1 = 系列 %2 の t = %1 での値 =</translation>
    </message>
    <message>
        <source>the mean over the %1 texts&apos; labels (one scored step each)</source>
        <translation>%1 個のテキストのラベルにわたる平均 (各 1 時刻を採点)</translation>
    </message>
    <message>
        <source>the mean over the %1 scored time steps of all texts</source>
        <translation>全テキストで採点した %1 時刻にわたる平均</translation>
    </message>
    <message>
        <source>the training loss is %1: L = %2</source>
        <extracomment>%1 what the loss averages (&quot;the mean over the 12 scored time steps of all texts&quot;), %2 its value.</extracomment>
        <translation>学習の損失は%1：L = %2</translation>
    </message>
    <message>
        <source>dL/dy_%1 = (p_%1 − one-hot(%2)) / %3: L is the mean over %3 predictions</source>
        <extracomment>%1 the time step, %2 the target (&apos;e&apos;), %3 the number of predictions N.</extracomment>
        <translation>dL/dy_%1 = (p_%1 − one-hot(%2)) / %3：L は %3 個の予測の平均</translation>
    </message>
    <message>
        <source>nothing after t = %1</source>
        <translation>t = %1 の後はなし</translation>
    </message>
    <message>
        <source>dL/da_%1 = dL/dh_%1 where h_%1 &gt; 0 =</source>
        <translation>dL/da_%1 = dL/dh_%1 (h_%1 &gt; 0 の箇所) =</translation>
    </message>
    <message>
        <source>→ into ∂W_xh, ∂W_hh, ∂b</source>
        <translation>→ ∂W_xh, ∂W_hh, ∂b へ</translation>
    </message>
    <message>
        <source>0: the encoder has no outputs</source>
        <translation>0：エンコーダには出力がない</translation>
    </message>
    <message>
        <source>dL/dh_0^{dec} across the context</source>
        <translation>コンテキストを通った dL/dh_0^{dec}</translation>
    </message>
    <message>
        <source>dL/dh_t: the encoder has no outputs; from t+1, and at its last step from the decoder&apos;s dL/dh_0 across the context</source>
        <translation>dL/dh_t：エンコーダには出力がない。t+1 から、最後の時刻ではコンテキストを通ってデコーダの dL/dh_0 から</translation>
    </message>
    <message>
        <source>h_0%1 = h_%2%3 (the context)</source>
        <translation>h_0%1 = h_%2%3 (コンテキスト)</translation>
    </message>
    <message>
        <source>teacher forcing: the decoder reads the previous target token (&lt;sos&gt; at the first step), not its own previous output</source>
        <translation>教師強制：デコーダは自身の直前の出力ではなく、直前のターゲットトークン (最初の時刻は &lt;sos&gt;) を読む</translation>
    </message>
    <message>
        <source>the encoder reads the source one character at a time; it has no outputs</source>
        <translation>エンコーダはソースを 1 文字ずつ読む。出力はない</translation>
    </message>
</context>
<context>
    <name>rnnlab::EquationView</name>
    <message>
        <source>Numbers are rounded for display. Results (sums, products, tanh, σ, softmax) use the exact values, so working them out from the printed numbers may change a last digit; the graph shows every digit on hover.</source>
        <translation>数値は表示用に丸めています。結果 (和、積、tanh、σ、softmax) は正確な値で計算するため、表示された数値から計算すると最後の桁が変わることがあります。グラフではマウスを重ねるとすべての桁を表示します。</translation>
    </message>
</context>
<context>
    <name>rnnlab::GatedEquations</name>
    <message>
        <source>a_k = W_ik %1 + W_hk h_{t−1} + b_k for each gate k = i, f, g, o;  i, f, o = σ(a_k),  g = tanh(a_g),  c_t = f ⊙ c_{t−1} + i ⊙ g,  h_t = o ⊙ tanh(c_t);  W_ih stacks W_ii, W_if, W_ig, W_io in PyTorch&apos;s row order i, f, g, o; W_hh likewise</source>
        <extracomment>The LSTM&apos;s equations; %1 is what the layer reads (x_t, or h_t of the layer below).</extracomment>
        <translation>各ゲート k = i, f, g, o について a_k = W_ik %1 + W_hk h_{t−1} + b_k;  i, f, o = σ(a_k),  g = tanh(a_g),  c_t = f ⊙ c_{t−1} + i ⊙ g,  h_t = o ⊙ tanh(c_t);  W_ih は W_ii, W_if, W_ig, W_io を PyTorch の行順 i, f, g, o で積み重ねたもの (W_hh も同様)</translation>
    </message>
    <message>
        <source>r, z = σ(a_k), a_k = W_ik %1 + W_hk h_{t−1} + b_k (k = r, z);  n = tanh(W_in %1 + b_in + r ⊙ (W_hn h_{t−1} + b_hn));  h_t = (1 − z) ⊙ n + z ⊙ h_{t−1};  W_ih stacks W_ir, W_iz, W_in in PyTorch&apos;s row order r, z, n; W_hh likewise</source>
        <extracomment>The GRU&apos;s equations; %1 is what the layer reads (x_t, or h_t of the layer below).</extracomment>
        <translation>r, z = σ(a_k), a_k = W_ik %1 + W_hk h_{t−1} + b_k (k = r, z);  n = tanh(W_in %1 + b_in + r ⊙ (W_hn h_{t−1} + b_hn));  h_t = (1 − z) ⊙ n + z ⊙ h_{t−1};  W_ih は W_ir, W_iz, W_in を PyTorch の行順 r, z, n で積み重ねたもの (W_hh も同様)</translation>
    </message>
    <message>
        <source>dL/dh_t = (from above) + W_hhᵀ dL/da_{t+1},  dL/dc_t = dL/dh_t ⊙ o ⊙ (1 − tanh² c_t) + f_{t+1} ⊙ dL/dc_{t+1},  dL/da_t per gate</source>
        <translation>dL/dh_t = (上から) + W_hhᵀ dL/da_{t+1},  dL/dc_t = dL/dh_t ⊙ o ⊙ (1 − tanh² c_t) + f_{t+1} ⊙ dL/dc_{t+1},  ゲートごとの dL/da_t</translation>
    </message>
    <message>
        <source>dL/dh_t = (from above) + W_hhᵀ dL/dgh_{t+1} + z_{t+1} ⊙ dL/dh_{t+1},  dL/dgi, dL/dgh per gate</source>
        <translation>dL/dh_t = (上から) + W_hhᵀ dL/dgh_{t+1} + z_{t+1} ⊙ dL/dh_{t+1},  ゲートごとの dL/dgi, dL/dgh</translation>
    </message>
    <message>
        <source>: the series&apos; values, weighed by the columns of W_ih)</source>
        <translation>：系列の値、W_ih の列で重み付け)</translation>
    </message>
    <message>
        <source>(one-hot x_%1: column %2 of W_ih)</source>
        <translation>(ワンホット x_%1：W_ih の列 %2)</translation>
    </message>
    <message>
        <source>and dL/dgh_n = r ⊙ dL/da_n =</source>
        <translation>および dL/dgh_n = r ⊙ dL/da_n =</translation>
    </message>
    <message>
        <source>→ into ∂W_ih, ∂W_hh, ∂b</source>
        <translation>→ ∂W_ih, ∂W_hh, ∂b へ</translation>
    </message>
    <message>
        <source>%1_0%2 (the context)</source>
        <translation>%1_0%2 (コンテキスト)</translation>
    </message>
    <message>
        <source>dL/dc_0^{dec} across the context</source>
        <translation>コンテキストを通った dL/dc_0^{dec}</translation>
    </message>
</context>
<context>
    <name>rnnlab::GenerationPanel</name>
    <message>
        <source>characters to start from</source>
        <translation>書き始めの文字</translation>
    </message>
    <message>
        <source>The network reads these characters first, then continues on its own</source>
        <translation>ネットワークはまずこの文字を読み、その後は自分で続けます</translation>
    </message>
    <message>
        <source>Pr&amp;ime:</source>
        <translation>書き始め(&amp;I):</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> 文字</translation>
    </message>
    <message>
        <source>How many characters to generate after the prime</source>
        <translation>書き始めの後に生成する文字数</translation>
    </message>
    <message>
        <source>Le&amp;ngth:</source>
        <translation>長さ(&amp;N):</translation>
    </message>
    <message>
        <source>Greed&amp;y</source>
        <translation>貪欲法(&amp;Y)</translation>
    </message>
    <message>
        <source>Always take the most probable next character (argmax)</source>
        <translation>常に最も確率の高い次の文字を選ぶ (argmax)</translation>
    </message>
    <message>
        <source>Sa&amp;mple</source>
        <translation>サンプリング(&amp;M)</translation>
    </message>
    <message>
        <source>Draw the next character from softmax(logits / temperature)</source>
        <translation>次の文字を softmax(ロジット / 温度) から抽出</translation>
    </message>
    <message>
        <source>Next character:</source>
        <translation>次の文字：</translation>
    </message>
    <message>
        <source>1 samples from the network&apos;s own probabilities; smaller is more conservative, larger more adventurous</source>
        <translation>1 ならネットワーク自身の確率どおりに抽出。小さいほど保守的、大きいほど冒険的</translation>
    </message>
    <message>
        <source>The same seed draws the same text again</source>
        <translation>同じシードなら同じテキストがもう一度得られます</translation>
    </message>
    <message>
        <source>See&amp;d:</source>
        <translation>シード(&amp;D):</translation>
    </message>
    <message>
        <source>Temperat&amp;ure:</source>
        <translation>温度(&amp;U):</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>&amp;Result (the prime in bold, then what the network wrote):</source>
        <translation>結果(&amp;R) (太字が書き始め、続きがネットワークの出力):</translation>
    </message>
    <message>
        <source>Nothing generated yet</source>
        <translation>まだ何も生成していません</translation>
    </message>
    <message>
        <source>This model is a classifier (many-to-one): its outputs are labels, not characters, so it cannot write text. Generation is one-to-many: train a next-character model (lines without a label) to use it.</source>
        <translation>このモデルは分類器 (many-to-one) です：出力は文字ではなくラベルなので、テキストを書けません。生成は one-to-many です：使うには次の文字を予測するモデル (ラベルなしの行) を学習してください。</translation>
    </message>
    <message>
        <source>Waiting for a model</source>
        <translation>モデルを待っています</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>生成中…</translation>
    </message>
    <message>
        <source>The prime you gave</source>
        <translation>与えた書き始め</translation>
    </message>
    <message>
        <source>Generated by the network</source>
        <translation>ネットワークが生成した部分</translation>
    </message>
</context>
<context>
    <name>rnnlab::GradientComparisonPlot</name>
    <message>
        <source>How much of the last step&apos;s gradient reaches h&lt;sub&gt;t&lt;/sub&gt; (top layer)</source>
        <translation>最後の時刻の勾配が h&lt;sub&gt;t&lt;/sub&gt; にどれだけ届くか (最上層)</translation>
    </message>
    <message>
        <source>‖∂loss&lt;sub&gt;n&lt;/sub&gt;/∂h&lt;sub&gt;t&lt;/sub&gt;‖ / ‖∂loss&lt;sub&gt;n&lt;/sub&gt;/∂h&lt;sub&gt;n&lt;/sub&gt;‖: the gradient of the last prediction&apos;s loss, carried back through time, as a share of what it is at the last step. A vanilla RNN multiplies it by W&lt;sub&gt;hh&lt;/sub&gt;ᵀ and tanh′ at every step and it vanishes decade by decade. Untrained, an LSTM and a GRU lose it decade by decade too; trained, they can learn to carry it — a forget gate f ≈ 1 keeps the cell state, an update gate z ≈ 1 keeps h — while the RNN&apos;s keeps vanishing. Try the RNN vs LSTM vs GRU preset: untrained, then after a few hundred steps.</source>
        <translation>‖∂loss&lt;sub&gt;n&lt;/sub&gt;/∂h&lt;sub&gt;t&lt;/sub&gt;‖ / ‖∂loss&lt;sub&gt;n&lt;/sub&gt;/∂h&lt;sub&gt;n&lt;/sub&gt;‖：最後の予測の損失の勾配を時間方向にさかのぼらせ、最後の時刻での値に対する割合で示したものです。素の RNN では各時刻で W&lt;sub&gt;hh&lt;/sub&gt;ᵀ と tanh′ を掛けられ、桁単位で消失していきます。未学習の LSTM と GRU も桁単位で失いますが、学習すると保てるようになります — 忘却ゲート f ≈ 1 はセル状態を、更新ゲート z ≈ 1 は h を保ちます — 一方 RNN では消失し続けます。プリセット RNN vs LSTM vs GRU で、未学習のときと数百ステップ後を試してください。</translation>
    </message>
    <message>
        <source>time step t</source>
        <translation>時刻 t</translation>
    </message>
    <message>
        <source>gradient share</source>
        <translation>勾配の割合</translation>
    </message>
    <message>
        <source>No gradients yet: the models&apos; first forward and backward pass shows them.</source>
        <translation>勾配はまだありません：モデルの最初の順伝播と逆伝播で表示されます。</translation>
    </message>
</context>
<context>
    <name>rnnlab::GradientNormPlot</name>
    <message>
        <source>The size of the gradient that reaches the hidden state h_t at each time step. The training loss is the mean L = (loss_1 + … + loss_N) / N over the N predictions of all texts, so the last step&apos;s share of it is loss_n/N. Falling towards t = 1: the gradient vanishes on its way back through time (try a 40-character text); rising: it explodes.</source>
        <translation>各時刻で隠れ状態 h_t に届く勾配の大きさ。学習の損失は全テキストの N 個の予測にわたる平均 L = (loss_1 + … + loss_N) / N なので、最後の時刻の寄与は loss_n/N です。t = 1 に向かって下がる：勾配が時間をさかのぼる途中で消失しています (40 文字のテキストで試してください)。上がる：勾配が爆発しています。</translation>
    </message>
    <message>
        <source>Last step&apos;s loss only</source>
        <translation>最後の時刻の損失のみ</translation>
    </message>
    <message>
        <source>Only the last prediction&apos;s share of the loss, loss_n/N (t = n; L is the mean over N predictions), carried back through time: ‖d(loss_n/N)/dh_t‖, how much of it still reaches each earlier step — the vanishing (or exploding) gradient. Unticked: ‖dL/dh_t‖ of the whole loss L, to which every step adds its own term, so the curve does not fall like that.</source>
        <translation>最後の予測の損失への寄与 loss_n/N (t = n。L は N 個の予測の平均) だけを時間方向にさかのぼらせます：‖d(loss_n/N)/dh_t‖ は、それがそれ以前の各時刻にどれだけ届くか — 勾配消失 (または勾配爆発) です。チェックなし：損失 L 全体の ‖dL/dh_t‖。各時刻が自分の項を加えるので、曲線はそのようには下がりません。</translation>
    </message>
    <message>
        <source>Show the norms on a logarithmic axis: a vanishing gradient falls in a straight line, decade by decade</source>
        <translation>ノルムを対数軸で表示：勾配消失は桁単位で直線的に下がります</translation>
    </message>
    <message>
        <source>time step t</source>
        <translation>時刻 t</translation>
    </message>
    <message>
        <source>layer 1</source>
        <translation>層 1</translation>
    </message>
    <message>
        <source>‖dL/dh_t‖ of every time step appears here once a session is loaded</source>
        <translation>セッションを読み込むと、各時刻の ‖dL/dh_t‖ がここに表示されます</translation>
    </message>
    <message>
        <source>No gradients in this snapshot yet: they come from a backward pass through time</source>
        <translation>このスナップショットにはまだ勾配がありません：勾配は時間をさかのぼる逆伝播で得られます</translation>
    </message>
    <message>
        <source>A test series is never trained on: it has no gradients</source>
        <translation>テスト系列は学習に使いません：勾配はありません</translation>
    </message>
    <message>
        <source>There is no text %1 in this session</source>
        <translation>このセッションにはテキスト %1 がありません</translation>
    </message>
    <message>
        <source>No gradient of the last step&apos;s loss in this snapshot yet</source>
        <translation>このスナップショットには、最後の時刻の損失の勾配がまだありません</translation>
    </message>
    <message>
        <source>W_hh = 0: the last step&apos;s loss reaches h_{%1} only; every earlier h_t gets 0, which a log axis cannot show</source>
        <translation>W_hh = 0：最後の時刻の損失は h_{%1} にしか届きません。それ以前の h_t はすべて 0 で、対数軸では表示できません</translation>
    </message>
    <message>
        <source>◯ %1: the graph&apos;s dL/d%2</source>
        <extracomment>%1 the norm and its value (&quot;‖dL/dh_3‖ = 0.12&quot;), %2 the hidden state (h_3).</extracomment>
        <translation>◯ %1：グラフの dL/d%2</translation>
    </message>
    <message>
        <source>◯ %1, the same as the graph&apos;s ‖dL/d%2‖: only loss_%3 reaches it</source>
        <extracomment>%1 the last step&apos;s norm and its value, %2 the hidden state (h_3), %3 the last time step.</extracomment>
        <translation>◯ %1、グラフの ‖dL/d%2‖ と同じ：届くのは loss_%3 だけです</translation>
    </message>
    <message>
        <source>◯ %1   □ the graph&apos;s %2 (whole L)</source>
        <extracomment>%1 the last step&apos;s norm and its value, %2 the whole loss&apos;s norm and its value.</extracomment>
        <translation>◯ %1   □ グラフの %2 (L 全体)</translation>
    </message>
</context>
<context>
    <name>rnnlab::GraphAccessible</name>
    <message>
        <source>RNN graph</source>
        <translation>RNN グラフ</translation>
    </message>
    <message>
        <source>, layer %1</source>
        <translation>、層 %1</translation>
    </message>
    <message>
        <source>Time step %1</source>
        <translation>時刻 %1</translation>
    </message>
    <message>
        <source>x_%1, dimension %2</source>
        <translation>x_%1、次元 %2</translation>
    </message>
    <message>
        <source>dL/dh_%1, unit %2</source>
        <translation>dL/dh_%1、ユニット %2</translation>
    </message>
    <message>
        <source>h_%1, unit %2</source>
        <translation>h_%1、ユニット %2</translation>
    </message>
    <message>
        <source>dL/dc_%1, unit %2</source>
        <translation>dL/dc_%1、ユニット %2</translation>
    </message>
    <message>
        <source>c_%1, unit %2</source>
        <translation>c_%1、ユニット %2</translation>
    </message>
    <message>
        <source>Gates at t = %1</source>
        <translation>t = %1 のゲート</translation>
    </message>
    <message>
        <source>y_%1, feature %2</source>
        <translation>y_%1、特徴量 %2</translation>
    </message>
    <message>
        <source>Prediction at t = %1</source>
        <translation>t = %1 の予測</translation>
    </message>
    <message>
        <source>%1, flagged as a candidate anomaly</source>
        <translation>%1、異常の候補として検出</translation>
    </message>
</context>
<context>
    <name>rnnlab::GraphBar</name>
    <message>
        <source>Which training text the graph shows</source>
        <translation>グラフに表示する学習テキスト</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>テキスト(&amp;X):</translation>
    </message>
    <message>
        <source>W_xh: input to hidden, the same at every time step</source>
        <translation>W_xh：入力 → 隠れ層、すべての時刻で同じ</translation>
    </message>
    <message>
        <source>W_hh: hidden to hidden, carries memory from t−1 to t</source>
        <translation>W_hh：隠れ層 → 隠れ層、t−1 から t へ記憶を運ぶ</translation>
    </message>
    <message>
        <source>W_hy: hidden to output</source>
        <translation>W_hy：隠れ層 → 出力</translation>
    </message>
    <message>
        <source>series %1 (%2 points)</source>
        <translation>系列 %1 (%2 点)</translation>
    </message>
    <message>
        <source>Se&amp;ries:</source>
        <translation>系列(&amp;R):</translation>
    </message>
    <message>
        <source>W_ih: input to hidden, one block of rows per gate, the same at every time step</source>
        <translation>W_ih：入力 → 隠れ層、ゲートごとに行のブロック 1 つ、すべての時刻で同じ</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>test series %1 (%2 points)</source>
        <translation>テスト系列 %1 (%2 点)</translation>
    </message>
    <message>
        <source>Pa&amp;ir:</source>
        <translation>ペア(&amp;I):</translation>
    </message>
    <message>
        <source>Which series the graph and the walk by hand show: the training series, then the test series (their forward pass with the current weights; never trained on)</source>
        <translation>グラフと手計算で表示する系列：学習系列、続いてテスト系列 (現在の重みによる順伝播。学習には不使用)</translation>
    </message>
    <message>
        <source>Which pair the translation graph shows</source>
        <translation>翻訳グラフに表示するペア</translation>
    </message>
    <message>
        <source>Teacher forcing</source>
        <translation>教師強制</translation>
    </message>
    <message>
        <source>Translate (greedy)</source>
        <translation>翻訳 (貪欲法)</translation>
    </message>
    <message>
        <source>Deco&amp;der:</source>
        <translation>デコーダ(&amp;D):</translation>
    </message>
    <message>
        <source>y = h (no W&lt;sub&gt;hy&lt;/sub&gt;)</source>
        <extracomment>Legend of the grey arrow when the model has no output layer: the outputs y are h itself.</extracomment>
        <translation>y = h (W&lt;sub&gt;hy&lt;/sub&gt; なし)</translation>
    </message>
    <message>
        <source>Teacher forcing: the decoder as it is trained, fed the previous target token.
Translate (greedy): the decoder as it translates, fed its own previous output (the argmax) from &lt;sos&gt; until &lt;eos&gt;; ✓/✗ where it parts from the target.
Both with the weights now, after the latest update: the Predictions tab&apos;s row for a step shows that step&apos;s translation from before its update.</source>
        <translation>教師強制：学習時のデコーダ。直前のターゲットトークンを入力します。
翻訳 (貪欲法)：翻訳時のデコーダ。&lt;sos&gt; から &lt;eos&gt; まで自身の直前の出力 (argmax) を入力します。ターゲットから外れる箇所に ✓/✗。
どちらも最新の更新後の現在の重みです：「各時刻の予測」タブのステップの行は、そのステップの更新前の翻訳です。</translation>
    </message>
</context>
<context>
    <name>rnnlab::GraphPainter</name>
    <message>
        <source>input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>output</source>
        <translation>出力</translation>
    </message>
</context>
<context>
    <name>rnnlab::GraphToolTip</name>
    <message>
        <source>&lt;b&gt;%1 = 0&lt;/b&gt; (%2), %3×%4: What if W_hh = 0? — the graph&apos;s forward pass uses zeros here; the trained values are in the Matrices panel</source>
        <translation>&lt;b&gt;%1 = 0&lt;/b&gt; (%2)、%3×%4：W_hh = 0 なら？ — グラフの順伝播はここで 0 を使います。学習した値は行列パネルにあります</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2), %3×%4: the same matrix at every time step</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)、%3×%4：すべての時刻で同じ行列</translation>
    </message>
    <message>
        <source>Hidden until you have predicted (Lesson ▸ Reveal)</source>
        <translation>予測するまで隠されています (レッスン ▸ 答えを表示)</translation>
    </message>
    <message>
        <source>Time step t = %1: the cell reads x_%1 = %2 and should predict the next value %3</source>
        <translation>時刻 t = %1：セルは x_%1 = %2 を読み、次の値 %3 を予測すべきです</translation>
    </message>
    <message>
        <source>x_%1 = %2: the series&apos; value at time step %1</source>
        <translation>x_%1 = %2：時刻 %1 での系列の値</translation>
    </message>
    <message>
        <source>x_%1[%2] = %3: feature %2 of the series at time step %1, fed in as it is (not one-hot)</source>
        <translation>x_%1[%2] = %3：時刻 %1 での系列の特徴量 %2。そのまま入力 (ワンホットではない)</translation>
    </message>
    <message>
        <source>y_%1[%2] = %3: the predicted next value (W_hy h_t + b_y, no softmax)&lt;br&gt;target %4 · error %5 · squared %6</source>
        <translation>y_%1[%2] = %3：予測した次の値 (W_hy h_t + b_y、softmax なし)&lt;br&gt;正解 %4 · 誤差 %5 · 二乗 %6</translation>
    </message>
    <message>
        <source>x_%6 = %4: the true next value, the target of y_%1 — the series continues with %4 after x_%1 = %2, where the network predicts %3&lt;br&gt;squared error at this step (summed over the features) %5</source>
        <translation>x_%6 = %4：実際の次の値、y_%1 の正解 — 系列は x_%1 = %2 の後 %4 と続き、ネットワークの予測は %3&lt;br&gt;この時刻の二乗誤差 (特徴量について合計) %5</translation>
    </message>
    <message>
        <source>Time step t = %1: the cell reads ‘%2’; no output is scored here (only the last step&apos;s)</source>
        <translation>時刻 t = %1：セルは ‘%2’ を読みます。ここの出力は採点しません (最後の時刻のみ)</translation>
    </message>
    <message>
        <source>Time step t = %1: the cell reads ‘%2’ and should predict ‘%3’</source>
        <translation>時刻 t = %1：セルは ‘%2’ を読み、‘%3’ を予測すべきです</translation>
    </message>
    <message>
        <source>x_%1 = ‘%2’ (time step %1)</source>
        <translation>x_%1 = ‘%2’ (時刻 %1)</translation>
    </message>
    <message>
        <source>x_%1[%2] = %3: one-hot of ‘%4’ (‘%5’ is dimension %2)</source>
        <translation>x_%1[%2] = %3：‘%4’ のワンホット (‘%5’ は次元 %2)</translation>
    </message>
    <message>
        <source>Gates at t = %1%2 (bars: the mean over the units; zoom in for each unit)</source>
        <extracomment>%1 the time step, %2 &quot;, layer N&quot; (or nothing).</extracomment>
        <translation>t = %1%2 のゲート (棒：ユニットの平均。拡大すると各ユニットを表示)</translation>
    </message>
    <message>
        <source>, layer %1</source>
        <translation>、層 %1</translation>
    </message>
    <message>
        <source>dL/dc_%1%2[%3] = %4: the gradient of the whole loss L at c_t (c_t = %5)</source>
        <extracomment>%1 the time step, %2 &quot; of layer N&quot; (or nothing), %3 the unit, then the values.</extracomment>
        <translation>dL/dc_%1%2[%3] = %4：c_t における損失 L 全体の勾配 (c_t = %5)</translation>
    </message>
    <message>
        <source> of layer %1</source>
        <translation> (層 %1)</translation>
    </message>
    <message>
        <source>c_%1%2[%3] = %4: the cell state, c_t = f ⊙ c_{t−1} + i ⊙ g</source>
        <extracomment>%1 the time step, %2 &quot; of layer N&quot; (or nothing), %3 the unit, then the values.</extracomment>
        <translation>c_%1%2[%3] = %4：セル状態、c_t = f ⊙ c_{t−1} + i ⊙ g</translation>
    </message>
    <message>
        <source>dL/dh_%1%2[%3] = %4: the gradient of the whole loss L at h_t (h_t = %5)</source>
        <extracomment>%1 the time step, %2 &quot; of layer N&quot; (or nothing), %3 the unit, then the values.</extracomment>
        <translation>dL/dh_%1%2[%3] = %4：h_t における損失 L 全体の勾配 (h_t = %5)</translation>
    </message>
    <message>
        <source>h_%1%2[%3] = %4&lt;br&gt;pre-activation a_%1 = %5 (W_hh h + b_hh = %6, W_xh x + b_ih = %7)</source>
        <extracomment>%1 the time step, %2 &quot; of layer N&quot; (or nothing), %3 the unit, then the values.</extracomment>
        <translation>h_%1%2[%3] = %4&lt;br&gt;活性化前の値 a_%1 = %5 (W_hh h + b_hh = %6、W_xh x + b_ih = %7)</translation>
    </message>
    <message>
        <source>P(class ‘%1’ | the text up to ‘%2’) = %3&lt;br&gt;logit %4%5%6</source>
        <extracomment>%1 a class or character, %2 the text read, %3 its probability, %4 the logit, %5 &quot; · the target&quot; or nothing, %6 &quot; · predicted&quot; or nothing.</extracomment>
        <translation>P(クラス ‘%1’ | ‘%2’ までのテキスト) = %3&lt;br&gt;ロジット %4%5%6</translation>
    </message>
    <message>
        <source>P(next = ‘%1’ | ‘%2’) = %3&lt;br&gt;logit %4%5%6</source>
        <translation>P(次 = ‘%1’ | ‘%2’) = %3&lt;br&gt;ロジット %4%5%6</translation>
    </message>
    <message>
        <source> · the target</source>
        <translation> · 正解</translation>
    </message>
    <message>
        <source> · predicted</source>
        <translation> · 予測</translation>
    </message>
    <message>
        <source>After ‘%1’ the network would say ‘%2’; only the last time step is scored</source>
        <translation>‘%1’ の後なら、ネットワークは ‘%2’ と答えます。採点するのは最後の時刻だけです</translation>
    </message>
    <message>
        <source>After the whole text the network says ‘%1’; its label is ‘%2’: %3&lt;br&gt;loss −log P(‘%2’) = %4</source>
        <translation>テキスト全体を読んだ後、ネットワークは ‘%1’ と答えます。ラベルは ‘%2’：%3&lt;br&gt;損失 −log P(‘%2’) = %4</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>正解</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>不正解</translation>
    </message>
    <message>
        <source>After ‘%1’ the network predicts ‘%2’; the text continues with ‘%3’: %4&lt;br&gt;loss at this step −log P(‘%3’) = %5</source>
        <translation>‘%1’ の後、ネットワークは ‘%2’ を予測します。テキストの続きは ‘%3’：%4&lt;br&gt;この時刻の損失 −log P(‘%3’) = %5</translation>
    </message>
    <message>
        <source>x_%1 = ‘%2’: given, the training text&apos;s first character; generation starts here</source>
        <translation>x_%1 = ‘%2’：与えられた学習テキストの最初の文字。ここから生成を始めます</translation>
    </message>
    <message>
        <source>x_%1 = ‘%2’: the character the network picked at t = %3, fed back as its next input</source>
        <translation>x_%1 = ‘%2’：t = %3 でネットワークが選び、次の入力として戻した文字</translation>
    </message>
    <message>
        <source>At t = %1 the network picks ‘%2’, the most probable (greedy)</source>
        <translation>t = %1 でネットワークは最も確率の高い ‘%2’ を選びます (貪欲法)</translation>
    </message>
    <message>
        <source>At t = %1 the network draws ‘%2’ from softmax(y_t / %3) (sampled, seed %4)</source>
        <translation>t = %1 でネットワークは softmax(y_t / %3) から ‘%2’ を抽出します (サンプリング、シード %4)</translation>
    </message>
    <message>
        <source>The training text has ‘%1’ here: the generated text parts from it at this step</source>
        <translation>学習テキストではここは ‘%1’：生成したテキストはこの時刻で学習テキストから外れます</translation>
    </message>
    <message>
        <source>as the training text</source>
        <translation>学習テキストどおり</translation>
    </message>
    <message>
        <source>(past where it parted from the training text: nothing to compare)</source>
        <translation>(学習テキストから外れた後：比べるものがありません)</translation>
    </message>
</context>
<context>
    <name>rnnlab::GraphView</name>
    <message>
        <source>overview</source>
        <translation>全体図</translation>
    </message>
    <message>
        <source>Overview: the top layer&apos;s h_t at every time step, colours only; the frame marks the steps in view. Click or drag along it to scroll there.</source>
        <translation>全体図：各時刻における最上層の h_t を色だけで表示します。枠は表示中の時刻を示します。クリックまたはドラッグすると、その位置へスクロールします。</translation>
    </message>
    <message>
        <source>flagged (a candidate anomaly): error² %1 &gt; threshold %2, as the Signal tab marks it</source>
        <translation>検出 (異常の候補)：誤差² %1 &gt; しきい値 %2 (「信号」タブと同じ)</translation>
    </message>
</context>
<context>
    <name>rnnlab::GuiLaunch</name>
    <message>
        <source>there is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Run it in a desktop session, under xvfb-run, or render the window to a picture with rnnlab --screenshot OUT.png</source>
        <translation>ウィンドウを開くディスプレイがありません (DISPLAY も WAYLAND_DISPLAY も設定されていません)。デスクトップのセッションか xvfb-run の下で実行するか、rnnlab --screenshot OUT.png でウィンドウを画像に描画してください</translation>
    </message>
</context>
<context>
    <name>rnnlab::GuiOptions</name>
    <message>
        <source>--tab: &quot;%1&quot; is not step, loss, predictions, generate, memory, memory-units, signal or pytorch</source>
        <translation>--tab：&quot;%1&quot; は step、loss、predictions、generate、memory、memory-units、signal、pytorch のいずれでもありません</translation>
    </message>
    <message>
        <source>the session file&apos;s name is empty: give the file to open</source>
        <translation>セッションファイル名が空です：開くファイルを指定してください</translation>
    </message>
    <message>
        <source>give a session file or --text, not both</source>
        <translation>セッションファイルか --text のどちらか一方を指定してください (両方は不可)</translation>
    </message>
    <message>
        <source>--label goes with --text; a session file gives its labels in data.labels</source>
        <translation>--label は --text と一緒に使います。セッションファイルではラベルを data.labels に記述します</translation>
    </message>
    <message>
        <source>--compare-preset brings its own models: give it alone, or --compare files (and --session for the first model) instead</source>
        <translation>--compare-preset は独自のモデルを用意します：単独で指定するか、代わりに --compare でファイルを (1 つ目のモデルには --session を) 指定してください</translation>
    </message>
    <message>
        <source>--compare-preset: &quot;%1&quot; is not a preset: use layers (1 layer vs 2 layers on hello) or cells (RNN vs LSTM vs GRU on a long text)</source>
        <translation>--compare-preset：&quot;%1&quot; はプリセットではありません：layers (hello で 1 層 vs 2 層) または cells (長いテキストで RNN vs LSTM vs GRU) を使ってください</translation>
    </message>
    <message>
        <source>--compare: compare mode shows 2 or 3 models: the first (--session, or the hello example) and one or two --compare files, not %1</source>
        <translation>--compare：比較モードで表示するモデルは 2 つか 3 つです：1 つ目 (--session、または hello の例) と 1 つか 2 つの --compare ファイル。%1 ではありません</translation>
    </message>
    <message>
        <source>cannot compare these sessions: %1</source>
        <translation>これらのセッションは比較できません：%1</translation>
    </message>
    <message>
        <source>give one of --screenshot, --export-svg and --export-png</source>
        <translation>--screenshot、--export-svg、--export-png のいずれか 1 つを指定してください</translation>
    </message>
    <message>
        <source>--export-%1: &quot;%2&quot; must end in .%1</source>
        <translation>--export-%1：&quot;%2&quot; の末尾は .%1 でなければなりません</translation>
    </message>
    <message>
        <source>--scale applies to --export-png; an SVG has no pixels</source>
        <translation>--scale は --export-png 用です。SVG にはピクセルがありません</translation>
    </message>
    <message>
        <source>--scale: &quot;%1&quot; must be 1, 2 or 3</source>
        <translation>--scale：&quot;%1&quot; は 1、2、3 のいずれかでなければなりません</translation>
    </message>
    <message>
        <source>--screenshot: the file name is empty: give the PNG to write</source>
        <translation>--screenshot：ファイル名が空です：書き出す PNG を指定してください</translation>
    </message>
    <message>
        <source>--screenshot: &quot;%1&quot; must end in .png (the window is written as a PNG)</source>
        <translation>--screenshot：&quot;%1&quot; の末尾は .png でなければなりません (ウィンドウは PNG として書き出されます)</translation>
    </message>
    <message>
        <source>--train: &quot;%1&quot; must be a whole number of steps from 0 to 100000000</source>
        <translation>--train：&quot;%1&quot; は 0 から 100000000 までの整数のステップ数でなければなりません</translation>
    </message>
    <message>
        <source>--view: &quot;%1&quot; is neither folded nor unfolded</source>
        <translation>--view：&quot;%1&quot; は folded でも unfolded でもありません</translation>
    </message>
    <message>
        <source>--size: &quot;%1&quot; is not WIDTHxHEIGHT between 100x100 and 8192x8192 (e.g. 1280x800)</source>
        <translation>--size：&quot;%1&quot; は 100x100 から 8192x8192 までの WIDTHxHEIGHT ではありません (例：1280x800)</translation>
    </message>
    <message>
        <source>--size: %1x%2 is smaller than the smallest window rnnlab supports, %3x%4</source>
        <translation>--size：%1x%2 は、rnnlab が対応する最小のウィンドウサイズ %3x%4 を下回っています</translation>
    </message>
    <message>
        <source>--%1 shows a part of the main window: it does not apply to compare mode</source>
        <translation>--%1 はメインウィンドウの一部を表示するものです：比較モードには使えません</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; must be a whole number from %3 to %4</source>
        <translation>--%1：&quot;%2&quot; は %3 から %4 までの整数でなければなりません</translation>
    </message>
    <message>
        <source>--walk-order: &quot;%1&quot; is not an order: time or layer</source>
        <translation>--walk-order：&quot;%1&quot; は順序ではありません：time または layer です</translation>
    </message>
    <message>
        <source>--what-if: &quot;%1&quot; is not a what-if: whh0 (W_hh = 0, no memory)</source>
        <translation>--what-if：&quot;%1&quot; は what-if ではありません：whh0 (W_hh = 0、記憶なし) です</translation>
    </message>
    <message>
        <source>Recurrent neural networks, shown at work.</source>
        <translation>再帰型ニューラルネットワークの動きを見せます。</translation>
    </message>
    <message>
        <source>A session file to open (.rnnlab).</source>
        <translation>開くセッションファイル (.rnnlab)。</translation>
    </message>
    <message>
        <source>Train on this text (repeat for several) with the lecture&apos;s settings.</source>
        <translation>このテキストを講義の設定で学習します (複数なら繰り返し指定)。</translation>
    </message>
    <message>
        <source>With --text: the class of that text (repeat, one per --text, in order); makes it a many-to-one classifier (task &quot;classify&quot;).</source>
        <translation>--text と併用：そのテキストのクラス (--text ごとに 1 つ、順に繰り返し指定)。many-to-one の分類器になります (タスク &quot;classify&quot;)。</translation>
    </message>
    <message>
        <source>A session file to open.</source>
        <translation>開くセッションファイル。</translation>
    </message>
    <message>
        <source>Render the window to OUT.png and exit.</source>
        <translation>ウィンドウを OUT.png に描画して終了します。</translation>
    </message>
    <message>
        <source>With --screenshot: train this many steps first.</source>
        <translation>--screenshot と併用：先にこのステップ数だけ学習します。</translation>
    </message>
    <message>
        <source>With --screenshot: folded or unfolded (default).</source>
        <translation>--screenshot と併用：folded (折りたたみ) または unfolded (展開、既定)。</translation>
    </message>
    <message>
        <source>With --screenshot: also write every text the graph, heatmaps and equations drew (where, how large) to FILE as JSON.</source>
        <translation>--screenshot と併用：グラフ、ヒートマップ、式が描いたすべての文字列 (位置と大きさ) も JSON として FILE に書き出します。</translation>
    </message>
    <message>
        <source>With --screenshot: the window size (default 1280x800).</source>
        <translation>--screenshot と併用：ウィンドウのサイズ (既定 1280x800)。</translation>
    </message>
    <message>
        <source>With --screenshot or --bench-ui: step, loss, predictions, generate, memory (how far back a prediction looks, the path of h_t), memory-units (units over the text), signal (a time series) or pytorch (the PyTorch panel).</source>
        <translation>--screenshot または --bench-ui と併用：step、loss、predictions、generate、memory (予測はどこまでさかのぼるか、h_t の軌跡)、memory-units (テキスト上のユニット)、signal (時系列)、pytorch (PyTorch パネル) のいずれか。</translation>
    </message>
    <message>
        <source>With --screenshot: rewind to this training step (after --train).</source>
        <translation>--screenshot と併用：この学習ステップまで巻き戻します (--train の後)。</translation>
    </message>
    <message>
        <source>With --screenshot: walk by hand to this time step (t = 1 … n, as on screen).</source>
        <translation>--screenshot と併用：この時刻まで手計算でたどります (画面と同じく t = 1 … n)。</translation>
    </message>
    <message>
        <source>With --phase: the layer (1-based, default 1).</source>
        <translation>--phase と併用：層 (1 から数える、既定 1)。</translation>
    </message>
    <message>
        <source>With --phase: time (every layer at t, then t+1; the default) or layer (layer 1 over all of time, then layer 2).</source>
        <translation>--phase と併用：time (時刻 t の全層、次に t+1。既定) または layer (層 1 を全時刻、次に層 2)。</translation>
    </message>
    <message>
        <source>With --screenshot: whh0 shows Edit &gt; What if W_hh = 0? (the network without its memory).</source>
        <translation>--screenshot と併用：whh0 で 編集 &gt; W_hh = 0 なら？ を表示します (記憶のないネットワーク)。</translation>
    </message>
    <message>
        <source>Write the graph (or --figure) as SVG and exit; takes --screenshot&apos;s options (--train, --view, --size, …).</source>
        <translation>グラフ (または --figure) を SVG として書き出して終了します。--screenshot のオプション (--train、--view、--size、…) を使えます。</translation>
    </message>
    <message>
        <source>Write the graph (or --figure) as PNG and exit.</source>
        <translation>グラフ (または --figure) を PNG として書き出して終了します。</translation>
    </message>
    <message>
        <source>With --export-png: 1, 2 or 3 times the screen&apos;s pixels (default 1).</source>
        <translation>--export-png と併用：画面のピクセルの 1、2、3 倍 (既定 1)。</translation>
    </message>
    <message>
        <source>With --export-*: graph (default), a heatmap, by its name (W_hh) or PyTorch name (rnn.weight_hh_l1), or memory-influence, memory-path or memory-units.</source>
        <translation>--export-* と併用：graph (既定)、ヒートマップ (名前 W_hh または PyTorch の名前 rnn.weight_hh_l1 で指定)、または memory-influence、memory-path、memory-units。</translation>
    </message>
    <message>
        <source>The colour theme: system (the desktop&apos;s; the default), light, dark or high-contrast (screenshots: light unless given).</source>
        <translation>配色テーマ：system (デスクトップに合わせる。既定)、light、dark、high-contrast (スクリーンショットでは指定しなければ light)。</translation>
    </message>
    <message>
        <source>The language: en, de, es, fr, ja, ko or zh_CN (the window: View &gt; Language&apos;s, else the system&apos;s; screenshots and benchmarks: en unless given).</source>
        <translation>言語：en、de、es、fr、ja、ko、zh_CN (ウィンドウでは 表示 &gt; 言語 の設定、なければシステムの言語。スクリーンショットとベンチマークでは指定しなければ en)。</translation>
    </message>
    <message>
        <source>Open in presentation mode (F11): full screen, large type, only the graph, the equations and the play controls.</source>
        <translation>プレゼンテーションモード (F11) で開きます：全画面、大きな文字、グラフ・式・再生操作のみ。</translation>
    </message>
    <message>
        <source>Open the lesson at step K (1-based).</source>
        <translation>レッスンをステップ K で開きます (1 から数える)。</translation>
    </message>
    <message>
        <source>Measure the UI&apos;s responsiveness while training at full speed; print JSON.</source>
        <translation>最高速で学習しながら UI の応答性を測定し、JSON を出力します。</translation>
    </message>
    <message>
        <source>With --bench-ui: how long to measure (default 5).</source>
        <translation>--bench-ui と併用：測定時間 (秒、既定 5)。</translation>
    </message>
    <message>
        <source>Compare mode: train this session beside the first one (--session, or the hello example); repeat for a third model.</source>
        <translation>比較モード：このセッションを 1 つ目 (--session、または hello の例) と並べて学習します。3 つ目のモデルには繰り返し指定します。</translation>
    </message>
    <message>
        <source>Compare mode with a preset: layers (1 layer vs 2 layers on hello) or cells (RNN vs LSTM vs GRU on a long text).</source>
        <translation>プリセットによる比較モード：layers (hello で 1 層 vs 2 層) または cells (長いテキストで RNN vs LSTM vs GRU)。</translation>
    </message>
    <message>
        <source>Compare mode: each model trains as fast as it can instead of in lock step.</source>
        <translation>比較モード：同期実行ではなく、各モデルができるだけ速く学習します。</translation>
    </message>
    <message>
        <source>--free-running is for compare mode: give --compare FILE or --compare-preset NAME too</source>
        <translation>--free-running は比較モード用です：--compare FILE または --compare-preset NAME も指定してください</translation>
    </message>
    <message>
        <source>--seconds: &quot;%1&quot; must be a number of seconds between 0 and 3600</source>
        <translation>--seconds：&quot;%1&quot; は 0 から 3600 までの秒数でなければなりません</translation>
    </message>
    <message>
        <source>--tab shows a part of the main window: it does not apply to compare mode</source>
        <translation>--tab はメインウィンドウの一部を表示するものです：比較モードには使えません</translation>
    </message>
    <message>
        <source>--theme: &quot;%1&quot; is not a theme: %2</source>
        <translation>--theme：&quot;%1&quot; はテーマではありません：%2</translation>
    </message>
    <message>
        <source>--lesson-step: &quot;%1&quot; must be a step of the lesson, 1 to %2</source>
        <translation>--lesson-step：&quot;%1&quot; はレッスンのステップ (1 から %2) でなければなりません</translation>
    </message>
    <message>
        <source>--font-size: &quot;%1&quot; must be a size in points from 6 to 32</source>
        <translation>--font-size：&quot;%1&quot; は 6 から 32 までのポイント数でなければなりません</translation>
    </message>
    <message>
        <source>--decoder: &quot;%1&quot; is not a decoder view: teacher-forcing or greedy</source>
        <translation>--decoder：&quot;%1&quot; はデコーダの表示ではありません：teacher-forcing または greedy です</translation>
    </message>
    <message>
        <source>With --screenshot, a translation: teacher-forcing (the default) or greedy (the graph&apos;s Translate view: the decoder fed its own previous output).</source>
        <translation>--screenshot と併用 (翻訳)：teacher-forcing (既定) または greedy (グラフの翻訳表示：デコーダに自身の直前の出力を入力)。</translation>
    </message>
    <message>
        <source>With --screenshot or --export-*: the application&apos;s font at PT points, as a desktop set to larger type gives it (default: the platform&apos;s).</source>
        <translation>--screenshot または --export-* と併用：アプリのフォントを PT ポイントにします。デスクトップで大きな文字を設定したときと同じです (既定：プラットフォームの設定)。</translation>
    </message>
    <message>
        <source>No fold animation, no animated menus or docks, as View &gt; Reduce motion (which is otherwise remembered, or the system&apos;s where Qt knows it).</source>
        <translation>折りたたみのアニメーション、メニューやドックのアニメーションをなくします。表示 &gt; 動きを減らす と同じです (指定しないときは記憶された設定、または Qt が取得できればシステムの設定)。</translation>
    </message>
    <message>
        <source>With --screenshot: the text or series the graph and the walk by hand show (1-based, as the bar above the graph lists them: a time series&apos; test series after its training series). Default: a time series&apos; first test series, as the Signal tab shows it; else the first.</source>
        <translation>--screenshot と併用：グラフと手計算で表示するテキストまたは系列 (1 から数え、グラフ上のバーの並び順：時系列ではテスト系列が学習系列の後)。既定：時系列では「信号」タブと同じく最初のテスト系列、それ以外は最初のもの。</translation>
    </message>
    <message>
        <source>--phase: &quot;%1&quot; is not a phase: input, input-part, hidden-part, sum, gates, cell, activation, output, softmax, prediction, loss, context, backward, backward-cell, backward-pre or backward-context</source>
        <translation>--phase：&quot;%1&quot; は段階ではありません：input、input-part、hidden-part、sum、gates、cell、activation、output、softmax、prediction、loss、context、backward、backward-cell、backward-pre、backward-context のいずれかです</translation>
    </message>
    <message>
        <source>--stack: &quot;%1&quot; is not a stack of a translation: encoder or decoder</source>
        <translation>--stack：&quot;%1&quot; は翻訳のスタックではありません：encoder または decoder です</translation>
    </message>
    <message>
        <source>--shape: &quot;%1&quot; is not a shape: one-to-one, one-to-many, many-to-one or many-to-many</source>
        <translation>--shape：&quot;%1&quot; は形ではありません：one-to-one、one-to-many、many-to-one、many-to-many のいずれかです</translation>
    </message>
    <message>
        <source>--sample: &quot;%1&quot; is not TEMPERATURE:SEED (a temperature from 0.01 to 100, a seed from 0, e.g. 0.8:3)</source>
        <translation>--sample：&quot;%1&quot; は TEMPERATURE:SEED ではありません (温度は 0.01 から 100、シードは 0 以上。例：0.8:3)</translation>
    </message>
    <message>
        <source>With --screenshot: the phase of the time step: input, input-part, hidden-part, sum, gates, cell, activation, output, softmax, prediction, loss, backward, backward-cell, backward-pre (gates, cell and backward-cell: LSTM and GRU); a translation&apos;s also context and backward-context (the decoder&apos;s h_0 = the encoder&apos;s h_n).</source>
        <translation>--screenshot と併用：時刻内の段階：input、input-part、hidden-part、sum、gates、cell、activation、output、softmax、prediction、loss、backward、backward-cell、backward-pre (gates、cell、backward-cell は LSTM と GRU)。翻訳ではさらに context と backward-context (デコーダの h_0 = エンコーダの h_n)。</translation>
    </message>
    <message>
        <source>With --phase, a translation: walk in the encoder or the decoder (the default); --time-step and --layer count within it.</source>
        <translation>--phase と併用 (翻訳)：エンコーダとデコーダ (既定) のどちらをたどるか。--time-step と --layer はその中で数えます。</translation>
    </message>
    <message>
        <source>With --screenshot: draw the unfolded graph as one-to-one, one-to-many (generating, for a next-character session), many-to-one or many-to-many.</source>
        <translation>--screenshot と併用：展開したグラフを one-to-one、one-to-many (生成。次の文字を予測するセッション用)、many-to-one、many-to-many として描きます。</translation>
    </message>
    <message>
        <source>With --screenshot: the Generate tab (and the one-to-many picture) samples at this temperature with this seed, e.g. 0.8:3; greedy without.</source>
        <translation>--screenshot と併用：「生成」タブ (と one-to-many の図) はこの温度とシードでサンプリングします (例：0.8:3)。指定しなければ貪欲法。</translation>
    </message>
</context>
<context>
    <name>rnnlab::HeatmapAccessible</name>
    <message>
        <source>Matrix</source>
        <translation>行列</translation>
    </message>
</context>
<context>
    <name>rnnlab::HeatmapInteraction</name>
    <message>
        <source>fine steps · Esc: cancel</source>
        <translation>細かい刻み · Esc：キャンセル</translation>
    </message>
    <message>
        <source>Shift: finer · Esc: cancel</source>
        <translation>Shift：細かく · Esc：キャンセル</translation>
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
        <translation>行ラベル：%1 個ごとにのみ表示しています (%2, …)。セルが小さすぎてすべては表示できません。</translation>
    </message>
    <message>
        <source>Column labels: only every %1 is drawn (%2, …), the cells are too small for all of them.</source>
        <extracomment>%1 an ordinal (&quot;5th&quot;), %2 two of the labels drawn (&quot;h5, h10&quot;).</extracomment>
        <translation>列ラベル：%1 個ごとにのみ表示しています (%2, …)。セルが小さすぎてすべては表示できません。</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>列 %1：%2</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>行 %1：%2</translation>
    </message>
</context>
<context>
    <name>rnnlab::HeatmapWidget</name>
    <message>
        <source>value</source>
        <translation>値</translation>
    </message>
</context>
<context>
    <name>rnnlab::HelpWindow</name>
    <message>
        <source>rnnlab Handbook</source>
        <translation>rnnlab ハンドブック</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Keys of the window&lt;/h3&gt;%1&lt;h3&gt;Keys of a focused view&lt;/h3&gt;%2&lt;p&gt;Alt with the underlined letter opens a menu or moves to a field.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ウィンドウのキー&lt;/h3&gt;%1&lt;h3&gt;フォーカスのあるビューのキー&lt;/h3&gt;%2&lt;p&gt;Alt と下線付きの文字 (括弧内の文字) でメニューを開いたり、項目に移動したりできます。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rnnlab::Language</name>
    <message>
        <source>--language: &quot;%1&quot; is not a language rnnlab speaks; the languages are %2</source>
        <translation>--language：&quot;%1&quot; は rnnlab が対応する言語ではありません。対応言語は %2 です</translation>
    </message>
</context>
<context>
    <name>rnnlab::LanguageMenu</name>
    <message>
        <source>the system&apos;s language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>rnnlab will speak %1 the next time it starts.</source>
        <translation>次回の起動から rnnlab は%1で表示されます。</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>今すぐ再起動(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>後で(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation>システムの既定(&amp;S)</translation>
    </message>
</context>
<context>
    <name>rnnlab::LessonCoordinator</name>
    <message>
        <source>Lesson</source>
        <translation>レッスン</translation>
    </message>
    <message>
        <source>The lesson</source>
        <translation>レッスン</translation>
    </message>
    <message>
        <source>sentiment</source>
        <translation>感情</translation>
    </message>
    <message>
        <source>sine-spike</source>
        <translation>正弦波スパイク</translation>
    </message>
</context>
<context>
    <name>rnnlab::LessonPanel</name>
    <message>
        <source>Your predictions this session: each prompt counts once, the first answer</source>
        <translation>このセッションでのあなたの予測：各問いは最初の回答だけを 1 回数えます</translation>
    </message>
    <message>
        <source>Predict, then reveal</source>
        <translation>予測してから答え合わせ</translation>
    </message>
    <message>
        <source>Reve&amp;al</source>
        <translation>答えを表示(&amp;A)</translation>
    </message>
    <message>
        <source>Show the answer and the numbers that decide it</source>
        <translation>答えと、それを決める数値を表示</translation>
    </message>
    <message>
        <source>◀ &amp;Back</source>
        <translation>◀ 戻る(&amp;B)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>次へ ▶</translation>
    </message>
    <message>
        <source>The previous step of the lesson (Page Up)</source>
        <translation>レッスンの前のステップ (Page Up)</translation>
    </message>
    <message>
        <source>The next step of the lesson (Page Down)</source>
        <translation>レッスンの次のステップ (Page Down)</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>レッスン</translation>
    </message>
    <message>
        <source>Lesson ▸ Open the lesson (F9) starts the lecture, step by step.</source>
        <translation>レッスン ▸ レッスンを開く (F9) で講義を 1 ステップずつ始めます。</translation>
    </message>
    <message>
        <source>Lesson · step %1 of %2</source>
        <translation>レッスン · ステップ %1 / %2</translation>
    </message>
    <message>
        <source>Waiting for the network…</source>
        <translation>ネットワークを待っています…</translation>
    </message>
    <message>
        <source>Taking the training step…</source>
        <translation>学習ステップを実行中…</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;✓ Right.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;✓ 正解です。&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;✗ Not this time:&lt;/b&gt; the answer is &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;✗ 残念：&lt;/b&gt;答えは &lt;b&gt;%1&lt;/b&gt; です。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rnnlab::LossPlot</name>
    <message>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>correct characters (%)</source>
        <translation>正解文字 (%)</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic axis: late, small improvements stay visible</source>
        <translation>損失を対数軸で表示：後半の小さな改善も見分けられます</translation>
    </message>
    <message>
        <source>Press Play (Space) or take one step (Ctrl+→) — the loss of every training step appears here</source>
        <translation>再生 (スペース) を押すか 1 ステップ進める (Ctrl+→) と、各学習ステップの損失がここに表示されます</translation>
    </message>
    <message>
        <source>training step</source>
        <translation>学習ステップ</translation>
    </message>
    <message>
        <source>mean absolute error</source>
        <translation>平均絶対誤差</translation>
    </message>
    <message>
        <source>loss (MSE)</source>
        <translation>損失 (MSE)</translation>
    </message>
</context>
<context>
    <name>rnnlab::MainWindow</name>
    <message>
        <source>Space: train · Ctrl+→: one training step · →: walk through a time step · F: fold</source>
        <translation>スペース：学習 · Ctrl+→：学習 1 ステップ · →：時刻を 1 つ進める · F：折りたたみ</translation>
    </message>
    <message>
        <source>Model and data</source>
        <translation>モデルとデータ</translation>
    </message>
    <message>
        <source>time series</source>
        <translation>時系列</translation>
    </message>
    <message>
        <source>%1[*] — rnnlab</source>
        <translation>%1[*] — rnnlab</translation>
    </message>
    <message>
        <source>Start over?</source>
        <translation>最初からやり直しますか？</translation>
    </message>
    <message numerus="yes">
        <source>%1 starts over from the seed&apos;s initial weights. The model trained for %n step(s) will be discarded (File ▸ Save session as… keeps it).</source>
        <translation>
            <numerusform>%1 はシードの初期重みからやり直します。%n ステップ学習したモデルは破棄されます (ファイル ▸ 名前を付けてセッションを保存… で保存できます)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing the model or the data</source>
        <translation>モデルまたはデータの変更</translation>
    </message>
    <message>
        <source>Resume from step %1?</source>
        <translation>ステップ %1 から再開しますか？</translation>
    </message>
    <message>
        <source>Training continues from step %1. The %2 later steps of this run are discarded (File ▸ Save session as… keeps the latest state).</source>
        <translation>学習はステップ %1 から続きます。この実行のそれ以降の %2 ステップは破棄されます (ファイル ▸ 名前を付けてセッションを保存… で最新の状態を保存できます)。</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>Loss and error</source>
        <translation>損失と誤差</translation>
    </message>
    <message>
        <source>Loss and accuracy</source>
        <translation>損失と正解率</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>ステップ %1 / %2</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>ステップ %1</translation>
    </message>
    <message>
        <source>now: loss (MSE) %1 · %2 %3</source>
        <translation>現在：損失 (MSE) %1 · %2 %3</translation>
    </message>
    <message>
        <source>now: loss %1 · %2% right</source>
        <translation>現在：損失 %1 · 正解 %2%</translation>
    </message>
    <message>
        <source>The edit was not applied: step %1 of %2 is shown from the run&apos;s history. Resume from here (discards the later steps) or go to the latest step to edit the weights.</source>
        <translation>編集は適用されませんでした：実行履歴からステップ %1 / %2 を表示中です。ここから再開する (以降のステップは破棄) か、最新のステップに移動してから重みを編集してください。</translation>
    </message>
    <message>
        <source>Weights of a past step</source>
        <translation>過去のステップの重み</translation>
    </message>
    <message>
        <source>Training stopped: a step was refused (see the message on the graph)</source>
        <translation>学習を停止しました：ステップが拒否されました (グラフ上のメッセージを参照)</translation>
    </message>
    <message>
        <source>Training stopped</source>
        <translation>学習を停止しました</translation>
    </message>
    <message>
        <source>Change the settings on the left and press Apply, or Reset to start over.</source>
        <translation>左の設定を変更して「適用」を押すか、リセットで最初からやり直してください。</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>比較できません：%1</translation>
    </message>
    <message>
        <source>Cannot compare these models</source>
        <translation>これらのモデルは比較できません</translation>
    </message>
    <message>
        <source>Quitting</source>
        <translation>終了中</translation>
    </message>
</context>
<context>
    <name>rnnlab::MatrixLabels</name>
    <message>
        <source>No W_hy: the outputs are h_t itself (the lecture&apos;s setup).</source>
        <translation>W_hy なし：出力は h_t そのもの (講義の設定)。</translation>
    </message>
    <message>
        <source>No W_hy: the outputs are h_t itself (the lecture&apos;s setup). With ReLU the logits are ≥ 0 but unbounded, so the loss can approach 0.</source>
        <translation>W_hy なし：出力は h_t そのもの (講義の設定)。ReLU ではロジットは ≥ 0 ですが上限がないため、損失は 0 に近づけます。</translation>
    </message>
    <message>
        <source>No W_hy: the outputs are h_t itself (the lecture&apos;s setup). With tanh the logits stay in [−1, 1], so no probability can exceed p = e/(e + %1/e) ≈ %2 — the loss cannot fall below −log p ≈ %3 and never reaches 0; an output layer removes this floor.</source>
        <extracomment>%1 is the vocabulary size minus 1, %2 the largest probability, %3 the smallest loss −log p.</extracomment>
        <translation>W_hy なし：出力は h_t そのもの (講義の設定)。tanh ではロジットが [−1, 1] に収まるため、どの確率も p = e/(e + %1/e) ≈ %2 を超えられません — 損失は −log p ≈ %3 を下回れず、0 には届きません。出力層を付けるとこの下限はなくなります。</translation>
    </message>
    <message>
        <source>%1: bias of %2</source>
        <extracomment>A bias entry&apos;s tooltip: %1 the matrix&apos;s title, %2 the unit it belongs to.</extracomment>
        <translation>%1：%2 のバイアス</translation>
    </message>
    <message>
        <source>%1: from %2 to %3</source>
        <extracomment>A weight&apos;s tooltip: %1 the matrix&apos;s title, %2 the unit it comes from, %3 the unit it goes to.</extracomment>
        <translation>%1：%2 から %3 へ</translation>
    </message>
    <message>
        <source>set by hand at step %1 (was %2)</source>
        <extracomment>%1 a training step, %2 the value before the edit.</extracomment>
        <translation>ステップ %1 で手入力 (元の値 %2)</translation>
    </message>
    <message>
        <source>Rewound to step %1: resume from here (on the timeline) to edit</source>
        <translation>ステップ %1 に巻き戻し中：編集するには (タイムラインで) ここから再開してください</translation>
    </message>
    <message>
        <source>Click to type a new value, or drag up or down to change it (Shift: finer)</source>
        <translation>クリックで新しい値を入力、上下にドラッグで変更 (Shift：細かく)</translation>
    </message>
    <message>
        <source>effective learning rate of this entry: %1 (SGD: lr, the same for every entry)</source>
        <extracomment>%1 is the learning rate.</extracomment>
        <translation>この要素の実効学習率：%1 (SGD：lr、全要素で同じ)</translation>
    </message>
    <message>
        <source>effective learning rate of this entry: %1 (Adam: lr / (√v̂ + ε))</source>
        <extracomment>%1 is the learning rate.</extracomment>
        <translation>この要素の実効学習率：%1 (Adam：lr / (√v̂ + ε))</translation>
    </message>
    <message>
        <source>%1 = 0 in the graph (what if there were no memory?)</source>
        <extracomment>%1 is a matrix&apos;s name (W_hh).</extracomment>
        <translation>グラフでは %1 = 0 (記憶がなかったら？)</translation>
    </message>
</context>
<context>
    <name>rnnlab::MatrixPanel</name>
    <message>
        <source>Encoder (encoder): reads the source</source>
        <translation>エンコーダ (encoder)：ソースを読む</translation>
    </message>
    <message>
        <source>Decoder (decoder): from the context, reads the previous target token</source>
        <translation>デコーダ (decoder)：コンテキストから出発し、直前のターゲットトークンを読む</translation>
    </message>
    <message>
        <source>%1, layer %2</source>
        <translation>%1、層 %2</translation>
    </message>
    <message>
        <source>Output layer (fc)</source>
        <translation>出力層 (fc)</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>重み</translation>
    </message>
    <message>
        <source>gradient ∂L/∂w (last step)</source>
        <translation>勾配 ∂L/∂w (直前のステップ)</translation>
    </message>
    <message>
        <source>change Δw (last update)</source>
        <translation>変化 Δw (直前の更新)</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>重み</translation>
    </message>
    <message>
        <source>Gradients ∂L/∂w</source>
        <translation>勾配 ∂L/∂w</translation>
    </message>
    <message>
        <source>Last change Δw</source>
        <translation>直前の変化 Δw</translation>
    </message>
    <message>
        <source>The weights now, after the last update</source>
        <translation>直前の更新後の、現在の重み</translation>
    </message>
    <message>
        <source>dL/dw of the last training step: how the loss changes with each weight</source>
        <translation>直前の学習ステップの dL/dw：各重みによって損失がどう変わるか</translation>
    </message>
    <message>
        <source>What the last update changed: the new weight minus the old one</source>
        <translation>直前の更新で変わった量：新しい重み − 古い重み</translation>
    </message>
    <message>
        <source>No model yet</source>
        <translation>モデルがまだありません</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>勾配</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>直前の変化</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>層 %1</translation>
    </message>
    <message>
        <source>Output layer</source>
        <translation>出力層</translation>
    </message>
    <message>
        <source>No training step yet</source>
        <translation>学習ステップはまだありません</translation>
    </message>
    <message>
        <source>The graph computes with 0 here (what if there were no memory?); training still uses this weight</source>
        <translation>グラフではここを 0 として計算します (記憶がなかったら？)。学習ではこの重みを引き続き使います</translation>
    </message>
</context>
<context>
    <name>rnnlab::MemoryComparisonPlot</name>
    <message>
        <source>How far back</source>
        <translation>さかのぼる範囲</translation>
    </message>
    <message>
        <source>How far back a prediction looks. For the prediction at step t, how much each earlier input x&lt;sub&gt;s&lt;/sub&gt; drives it: ‖∂ log p&lt;sub&gt;t&lt;/sub&gt;(target) / ∂x&lt;sub&gt;s&lt;/sub&gt;‖, the gradient of that step&apos;s log-probability of its target with respect to the one-hot input, carried back by each model&apos;s own BPTT. A plain RNN&apos;s usually falls decade by decade as s goes back; an LSTM or a GRU can learn to keep it.</source>
        <translation>予測はどこまでさかのぼるか。時刻 t の予測を、それ以前の各入力 x&lt;sub&gt;s&lt;/sub&gt; がどれだけ左右するか：‖∂ log p&lt;sub&gt;t&lt;/sub&gt;(正解) / ∂x&lt;sub&gt;s&lt;/sub&gt;‖。その時刻の正解の対数確率のワンホット入力に関する勾配で、各モデル自身の BPTT でさかのぼらせたものです。素の RNN ではたいてい s をさかのぼるにつれ桁単位で減少します。LSTM や GRU は保つことを学習できます。</translation>
    </message>
    <message>
        <source>step t =</source>
        <translation>時刻 t =</translation>
    </message>
    <message>
        <source>last</source>
        <translation>最後</translation>
    </message>
    <message>
        <source>The time step whose prediction is explained (last: the last step with a target)</source>
        <translation>予測を説明する時刻 (最後：正解のある最後の時刻)</translation>
    </message>
    <message>
        <source>What step t&apos;s prediction should say: its target</source>
        <translation>時刻 t の予測が答えるべきもの：正解</translation>
    </message>
    <message>
        <source>Show the influence on a logarithmic axis: a fall by decades is a straight line</source>
        <translation>影響度を対数軸で表示：桁単位の減少が直線になります</translation>
    </message>
    <message>
        <source>input step s</source>
        <translation>入力の時刻 s</translation>
    </message>
    <message>
        <source>‖∂ log p / ∂x_s‖</source>
        <translation>‖∂ log p / ∂x_s‖</translation>
    </message>
    <message>
        <source>Real-valued inputs x_t have no one-hot input to trace back.</source>
        <translation>実数値の入力 x_t には、さかのぼるワンホット入力がありません。</translation>
    </message>
    <message>
        <source>No models yet.</source>
        <translation>モデルがまだありません。</translation>
    </message>
    <message>
        <source>Step %1 has no target: nothing is predicted there.</source>
        <translation>時刻 %1 には正解がありません：そこでは何も予測しません。</translation>
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
        <translation>時刻 %1 の x (‘%2’) が時刻 %3 の予測 (‘%4’) に与える影響：‖∂ log p / ∂x‖ = %5</translation>
    </message>
</context>
<context>
    <name>rnnlab::MemoryPath</name>
    <message>
        <source>Freeze axes</source>
        <translation>軸を固定</translation>
    </message>
    <message>
        <source>Keep the axes of this training step — their direction, their centre and their scale — for the later steps: train on, or move along the timeline, and watch the path change in one frame (a point that leaves it widens the frame). Untick to give every step its own PCA again.</source>
        <translation>この学習ステップの軸 (方向、中心、スケール) を以降のステップでも使います：学習を続けたりタイムライン上を移動したりして、同じ枠の中で軌跡の変化を見られます (はみ出した点があれば枠が広がります)。チェックを外すと、各ステップで再び個別に PCA を行います。</translation>
    </message>
    <message>
        <source>axes from training step %1, W_hh = 0</source>
        <translation>学習ステップ %1 の軸、W_hh = 0</translation>
    </message>
    <message>
        <source>axes from training step %1</source>
        <translation>学習ステップ %1 の軸</translation>
    </message>
    <message>
        <source>step %1, input ‘%2’
%3 = (%4)
PC1 %5, PC2 %6</source>
        <translation>時刻 %1、入力 ‘%2’
%3 = (%4)
PC1 %5、PC2 %6</translation>
    </message>
    <message>
        <source>PC%1 (%2% of the variance at step %3)</source>
        <translation>PC%1 (ステップ %3 での分散の %2%)</translation>
    </message>
    <message>
        <source>PC%1 (%2% of the variance)</source>
        <translation>PC%1 (分散の %2%)</translation>
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
        <translation>スコア：|内側の平均 − 外側の平均| / プールした標準偏差。ユニットの値が範囲の内側と外側で標準偏差いくつ分離れているかを示します。行をクリックすると、そのユニットでテキストを色分けします。</translation>
    </message>
    <message>
        <source>Colour: %1’s value at each step, red above 0, blue below.</source>
        <translation>色：各時刻での %1 の値。0 より上は赤、下は青。</translation>
    </message>
    <message>
        <source>Under each character: the network’s three likeliest next characters.</source>
        <translation>各文字の下：ネットワークが次に来ると考える上位 3 文字。</translation>
    </message>
    <message>
        <source>Under the last character: the network’s likeliest classes.</source>
        <translation>最後の文字の下：ネットワークが最も可能性が高いと考えるクラス。</translation>
    </message>
    <message>
        <source>Drag over the text to rank the units.</source>
        <translation>テキストをドラッグするとユニットを順位付けします。</translation>
    </message>
    <message>
        <source>outside</source>
        <translation>外側</translation>
    </message>
    <message>
        <source>%1: score %2 = |%3 − %4| / %5 (mean inside the span, mean outside, pooled standard deviation)</source>
        <translation>%1：スコア %2 = |%3 − %4| / %5 (範囲内の平均、範囲外の平均、プールした標準偏差)</translation>
    </message>
    <message>
        <source> of layer %1</source>
        <translation> (層 %1)</translation>
    </message>
    <message>
        <source>step %1, input ‘%2’: %3%4 = %5</source>
        <translation>時刻 %1、入力 ‘%2’：%3%4 = %5</translation>
    </message>
    <message>
        <source>step %1, input ‘%2’: no output at this step</source>
        <translation>時刻 %1、入力 ‘%2’：この時刻には出力がありません</translation>
    </message>
    <message>
        <source>p(‘%1’) = %2</source>
        <translation>p(‘%1’) = %2</translation>
    </message>
    <message>
        <source>step %1, input ‘%2’, the likeliest outputs: %3</source>
        <translation>時刻 %1、入力 ‘%2’、可能性の高い出力：%3</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>ユニット</translation>
    </message>
    <message>
        <source>score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>内側</translation>
    </message>
</context>
<context>
    <name>rnnlab::MemoryView</name>
    <message>
        <source>The memory view needs characters as inputs: real-valued x_t have no one-hot input to trace back.</source>
        <translation>記憶ビューには文字の入力が必要です：実数値の x_t には、さかのぼるワンホット入力がありません。</translation>
    </message>
    <message>
        <source>How far back · the path</source>
        <translation>さかのぼる範囲 · 軌跡</translation>
    </message>
    <message>
        <source>How far back a prediction looks, beside the path of the hidden state</source>
        <translation>予測はどこまでさかのぼるか、と隠れ状態の軌跡</translation>
    </message>
    <message>
        <source>Units over the text</source>
        <translation>テキスト上のユニット</translation>
    </message>
    <message>
        <source>The text coloured by one unit, the likeliest next characters under it; drag over the text to find the units that track that span</source>
        <translation>1 つのユニットで色分けしたテキストと、その下に次に来そうな文字。テキストをドラッグすると、その範囲を追うユニットが見つかります</translation>
    </message>
    <message>
        <source>States of</source>
        <translation>状態：</translation>
    </message>
    <message>
        <source>The layer whose states the path shows (the prediction&apos;s influence does not depend on it)</source>
        <translation>軌跡に表示する状態の層 (予測への影響度はこれに依存しません)</translation>
    </message>
    <message>
        <source>h (hidden state)</source>
        <translation>h (隠れ状態)</translation>
    </message>
    <message>
        <source>c (cell state)</source>
        <translation>c (セル状態)</translation>
    </message>
    <message>
        <source>An LSTM&apos;s hidden state h or its cell state c</source>
        <translation>LSTM の隠れ状態 h またはセル状態 c</translation>
    </message>
    <message>
        <source>The unit whose value colours the text below (drag over the text to rank them)</source>
        <translation>下のテキストを色分けするユニット (テキストをドラッグすると順位付け)</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>層 %1</translation>
    </message>
    <message>
        <source>How far back a prediction looks</source>
        <translation>予測はどこまでさかのぼるか</translation>
    </message>
    <message>
        <source>How far back a prediction looks: step %1 has no target</source>
        <translation>予測はどこまでさかのぼるか：時刻 %1 には正解がありません</translation>
    </message>
    <message>
        <source>Which earlier inputs does step %1’s prediction of its target ‘%2’ depend on? Each input s ≤ %1 by ‖∂ log p(‘%2’) / ∂x&lt;sub&gt;s&lt;/sub&gt;‖ (darker, taller: more). Largest: %3 (step %4, ‘%5’)</source>
        <translation>時刻 %1 で正解 ‘%2’ を予測するとき、それ以前のどの入力に依存しているでしょう？ 各入力 s ≤ %1 を ‖∂ log p(‘%2’) / ∂x&lt;sub&gt;s&lt;/sub&gt;‖ で表示 (濃く高いほど大きい)。最大：%3 (時刻 %4、‘%5’)</translation>
    </message>
    <message>
        <source>; the first input, ‘%1’: %2</source>
        <translation>。最初の入力 ‘%1’：%2</translation>
    </message>
    <message>
        <source>What if W_hh = 0? No memory — </source>
        <translation>W_hh = 0 なら？ 記憶なし — </translation>
    </message>
    <message>
        <source>What if W_hh = 0? The cell state c still carries earlier inputs — </source>
        <translation>W_hh = 0 なら？ セル状態 c が過去の入力をまだ運びます — </translation>
    </message>
    <message>
        <source>What if W_hh = 0? z ⊙ h&lt;sub&gt;t−1&lt;/sub&gt; still carries earlier inputs — </source>
        <translation>W_hh = 0 なら？ z ⊙ h&lt;sub&gt;t−1&lt;/sub&gt; が過去の入力をまだ運びます — </translation>
    </message>
    <message>
        <source>The path of %1 of layer %2 (PCA of every step)</source>
        <translation>層 %2 の %1 の軌跡 (全ステップの PCA)</translation>
    </message>
    <message>
        <source>The path of %1 (PCA of every step)</source>
        <translation>%1 の軌跡 (全ステップの PCA)</translation>
    </message>
    <message>
        <source>; steps %1–%2 drawn whole</source>
        <translation>。時刻 %1–%2 を全体表示</translation>
    </message>
    <message>
        <source>text by unit %1</source>
        <translation>ユニット %1 によるテキスト</translation>
    </message>
    <message>
        <source>Units over text needs characters as inputs: real-valued x_t are not a text.</source>
        <translation>テキスト上のユニットには文字の入力が必要です：実数値の x_t はテキストではありません。</translation>
    </message>
</context>
<context>
    <name>rnnlab::ModelPanel</name>
    <message>
        <source>Train&amp;ing texts (one per line)</source>
        <translation>学習テキスト(&amp;I) (1 行に 1 つ)</translation>
    </message>
    <message>
        <source>hello</source>
        <translation>hello</translation>
    </message>
    <message>
        <source>Each line is one training sequence: the network reads its characters one at a time and learns to predict the next one.
Lines of the form text&lt;Tab&gt;label train a classifier instead (many-to-one): the network reads the whole text and then names its label.</source>
        <translation>各行が 1 つの学習系列です：ネットワークは文字を 1 つずつ読み、次の文字を予測するよう学習します。
テキスト&lt;Tab&gt;ラベル の形の行では、代わりに分類器 (many-to-one) を学習します：ネットワークはテキスト全体を読んでからラベルを答えます。</translation>
    </message>
    <message>
        <source>RNN, tanh</source>
        <translation>RNN、tanh</translation>
    </message>
    <message>
        <source>RNN, ReLU</source>
        <translation>RNN、ReLU</translation>
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
        <translation>RNN：スライドどおり h_t = tanh(W_hh h_{t−1} + W_xh x_t + b)、b = b_ih + b_hh (PyTorch は 2 つのバイアスを別々に持ち、足し合わせます)。または tanh の代わりに ReLU。LSTM：ゲート i, f, o と、記憶を運ぶセル状態 c_t。GRU：更新ゲート z が古い h_{t−1} と候補 n_t を混ぜ、リセットゲート r が候補が h_{t−1} をどれだけ見るかを決めます。出力 y_t は h_t、出力層があれば W_hy h_t + b_y。torch.nn.RNN、LSTM、GRU と同じ計算です。</translation>
    </message>
    <message>
        <source>&amp;Cell</source>
        <translation>セル(&amp;C)</translation>
    </message>
    <message>
        <source>Hidden units H: the length of h_t</source>
        <translation>隠れユニット数 H：h_t の長さ</translation>
    </message>
    <message>
        <source>Hidden si&amp;ze</source>
        <translation>隠れ層サイズ(&amp;Z)</translation>
    </message>
    <message>
        <source>The lecture&apos;s setup: h_t is the output, one hidden unit per character</source>
        <translation>講義の設定：h_t が出力、1 文字につき隠れユニット 1 つ</translation>
    </message>
    <message>
        <source>Add an output layer</source>
        <translation>出力層を追加</translation>
    </message>
    <message>
        <source>Adds W_hy (nn.Linear(H, V)), so the hidden size no longer has to match the vocabulary</source>
        <translation>W_hy (nn.Linear(H, V)) を追加するので、隠れ層サイズを語彙サイズに合わせる必要がなくなります</translation>
    </message>
    <message>
        <source>Stacked layers (torch.nn.RNN num_layers)</source>
        <translation>層数 (torch.nn.RNN の num_layers)</translation>
    </message>
    <message>
        <source>La&amp;yers</source>
        <translation>層数(&amp;Y)</translation>
    </message>
    <message>
        <source>W_hy: y_t = W_hy h_t + b_y</source>
        <translation>W_hy：y_t = W_hy h_t + b_y</translation>
    </message>
    <message>
        <source>Without it (the lecture&apos;s setup) the outputs are h_t itself, and the hidden size must equal the number of characters</source>
        <translation>なしの場合 (講義の設定)、出力は h_t そのもので、隠れ層サイズは文字数と等しい必要があります</translation>
    </message>
    <message>
        <source>O&amp;utput layer</source>
        <translation>出力層(&amp;U)</translation>
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
        <translation>最適化手法(&amp;P)</translation>
    </message>
    <message>
        <source>0.1 with Adam in the lecture</source>
        <translation>講義では Adam で 0.1</translation>
    </message>
    <message>
        <source>Lear&amp;ning rate</source>
        <translation>学習率(&amp;N)</translation>
    </message>
    <message>
        <source>SGD&apos;s momentum (Adam has its own: betas 0.9 and 0.999)</source>
        <translation>SGD のモーメンタム (Adam は独自の betas 0.9 と 0.999 を持ちます)</translation>
    </message>
    <message>
        <source>&amp;Momentum</source>
        <translation>モーメンタム(&amp;M)</translation>
    </message>
    <message>
        <source>torch.manual_seed for the initial weights: the same seed gives PyTorch&apos;s weights bit for bit</source>
        <translation>初期重みのための torch.manual_seed：同じシードなら PyTorch と重みがビット単位で一致します</translation>
    </message>
    <message>
        <source>See&amp;d</source>
        <translation>シード(&amp;D)</translation>
    </message>
    <message>
        <source>at</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>clip_grad_norm_: scales all gradients down when their total norm exceeds this</source>
        <translation>clip_grad_norm_：勾配全体のノルムがこの値を超えると、すべての勾配を縮小します</translation>
    </message>
    <message>
        <source>&amp;Gradient clipping</source>
        <translation>勾配クリッピング(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>元に戻す(&amp;R)</translation>
    </message>
    <message>
        <source>Back to the settings being trained</source>
        <translation>学習中の設定に戻す</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Start over with these settings (Ctrl+Return)</source>
        <translation>この設定で最初からやり直す (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Without W_hy the hidden state is the output, so this setup needs one hidden unit per class: %1, hidden size %2.</source>
        <translation>W_hy がないと隠れ状態が出力になるため、この設定ではクラスごとに隠れユニットが 1 つ必要です：%1、隠れ層サイズ %2。</translation>
    </message>
    <message>
        <source>1 class</source>
        <translation>1 クラス</translation>
    </message>
    <message>
        <source>%1 classes</source>
        <translation>%1 クラス</translation>
    </message>
    <message>
        <source>Without W_hy the hidden state is the output, so the lecture&apos;s setup needs one hidden unit per character: %1, hidden size %2.</source>
        <translation>W_hy がないと隠れ状態が出力になるため、講義の設定では文字ごとに隠れユニットが 1 つ必要です：%1、隠れ層サイズ %2。</translation>
    </message>
    <message>
        <source>1 character</source>
        <translation>1 文字</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 文字</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <source>The label of line %1</source>
        <translation>%1 行目のラベル</translation>
    </message>
    <message>
        <source>Set hidden size to %1</source>
        <translation>隠れ層サイズを %1 にする</translation>
    </message>
    <message numerus="yes">
        <source>
Classifier (many-to-one), %n class(es): %1</source>
        <translation>
            <numerusform>
分類器 (many-to-one)、%n クラス：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Vocabulary: %1 (%2)</source>
        <translation>語彙：%1 (%2)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Time series</source>
        <translation>時系列</translation>
    </message>
    <message>
        <source>Tas&amp;k</source>
        <translation>タスク(&amp;K)</translation>
    </message>
    <message>
        <source>Without W_hy the hidden state is the output, so this setup needs one hidden unit per feature: %1, hidden size %2.</source>
        <translation>W_hy がないと隠れ状態が出力になるため、この設定では特徴量ごとに隠れユニットが 1 つ必要です：%1、隠れ層サイズ %2。</translation>
    </message>
    <message>
        <source>1 feature</source>
        <translation>1 特徴量</translation>
    </message>
    <message>
        <source>%1 features</source>
        <translation>%1 特徴量</translation>
    </message>
    <message>
        <source>Time series: the next value at every time step (MSE loss).</source>
        <translation>時系列：各時刻で次の値を予測 (MSE 損失)。</translation>
    </message>
    <message>
        <source>Time series: the next value of each of %1 features at every time step (MSE loss).</source>
        <translation>時系列：各時刻で %1 個の特徴量それぞれの次の値を予測 (MSE 損失)。</translation>
    </message>
    <message>
        <source>Translation (pairs)</source>
        <translation>翻訳 (ペア)</translation>
    </message>
    <message>
        <source>Text: the network reads characters and predicts the next one (or, with text&lt;Tab&gt;label lines, names a label: a classifier).
Time series: it reads numbers and predicts the next value of each feature (MSE loss).
Translation (pairs): an encoder reads each source&lt;Tab&gt;target line&apos;s source, a decoder writes its target.</source>
        <translation>テキスト：ネットワークは文字を読み、次の文字を予測します (テキスト&lt;Tab&gt;ラベル の行なら、ラベルを答える分類器になります)。
時系列：数値を読み、各特徴量の次の値を予測します (MSE 損失)。
翻訳 (ペア)：エンコーダが各 ソース&lt;Tab&gt;ターゲット 行のソースを読み、デコーダがそのターゲットを書きます。</translation>
    </message>
    <message>
        <source>Translation: %1 source characters; %2 target tokens (&lt;sos&gt;, &lt;eos&gt; and the targets&apos; characters)</source>
        <translation>翻訳：ソースの文字 %1 種、ターゲットのトークン %2 種 (&lt;sos&gt;、&lt;eos&gt; とターゲットの文字)</translation>
    </message>
    <message>
        <source>Pa&amp;irs (one per line: source&lt;Tab&gt;target)</source>
        <translation>ペア(&amp;I) (1 行に 1 つ：ソース&lt;Tab&gt;ターゲット)</translation>
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
        <translation>各行が 1 つのペアです：ソース、Tab、そのターゲットの順です (hello&lt;Tab&gt;olleh)。
エンコーダがソースを読み、デコーダは &lt;sos&gt; から &lt;eos&gt; までターゲットを書くよう学習します。</translation>
    </message>
</context>
<context>
    <name>rnnlab::ParameterLabelling</name>
    <message>
        <source>%1 of layer %2</source>
        <extracomment>A hidden unit of a stack of layers: %1 the unit (h3), %2 the layer&apos;s number.</extracomment>
        <translation>層 %2 の %1</translation>
    </message>
    <message>
        <source>output &apos;%1&apos;</source>
        <translation>出力 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 (score of &apos;%2&apos;)</source>
        <extracomment>A hidden unit that is an output score too (no W_hy): %1 the unit (h3), %2 the character.</extracomment>
        <translation>%1 (&apos;%2&apos; のスコア)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>A gate&apos;s row: %1 the gate (&quot;input gate i&quot;), %2 its unit (&quot;h3&quot; or &quot;h3 of layer 2&quot;).</extracomment>
        <translation>%2 の%1</translation>
    </message>
    <message>
        <source>input &apos;%1&apos;</source>
        <translation>入力 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>class &apos;%1&apos;</source>
        <translation>クラス &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>rnnlab::PlotAccessible</name>
    <message>
        <source>%1: %2 at %3</source>
        <translation>%1：%3 で %2</translation>
    </message>
    <message>
        <source>Plot</source>
        <translation>プロット</translation>
    </message>
    <message>
        <source>%1 over %2</source>
        <translation>%2 に対する %1</translation>
    </message>
    <message>
        <source>Newest values: %1</source>
        <translation>最新の値：%1</translation>
    </message>
</context>
<context>
    <name>rnnlab::PlotWidget</name>
    <message>
        <source>Log scale</source>
        <translation>対数目盛</translation>
    </message>
</context>
<context>
    <name>rnnlab::PredictionsModel</name>
    <message>
        <source>translates %1 to %2 (greedy: its own outputs fed back); the target is %3: %4</source>
        <translation>%1 を %2 と翻訳 (貪欲法：自分の出力を戻す)。正解は %3：%4</translation>
    </message>
    <message>
        <source>right</source>
        <translation>正解</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>不正解</translation>
    </message>
    <message>
        <source>Pair %1, source %2, target %3: the greedy translation of the source at each step (the decoder&apos;s own outputs fed back from &lt;sos&gt; to &lt;eos&gt;, with the weights of that step&apos;s forward pass); a wrong translation is underlined.</source>
        <translation>ペア %1、ソース %2、ターゲット %3：各ステップでのソースの貪欲法による翻訳 (デコーダ自身の出力を &lt;sos&gt; から &lt;eos&gt; まで戻し、そのステップの順伝播の重みを使用)。誤った翻訳には下線を引いています。</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>%1 of %2 characters match the target %3</source>
        <translation>%2 文字中 %1 文字が正解 %3 と一致</translation>
    </message>
    <message>
        <source>%1: %2 instead of %3</source>
        <extracomment>%1 a position in the text, %2 the predicted character, %3 the true one.</extracomment>
        <translation>%1：%3 ではなく %2</translation>
    </message>
    <message>
        <source>wrong at %1</source>
        <extracomment>%1 lists the wrong positions (&quot;3: &apos;l&apos; instead of &apos;e&apos;; 5: …&quot;).</extracomment>
        <translation>誤り：%1</translation>
    </message>
    <message>
        <source>loss %1 (float32, 9 significant digits)</source>
        <translation>損失 %1 (float32、有効数字 9 桁)</translation>
    </message>
    <message>
        <source>predicts %1; the label is %2: %3</source>
        <translation>予測 %1、ラベル %2：%3</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>The training step (1-based); its loss and predictions come from its forward pass, before the update</source>
        <translation>学習ステップ (1 から数える)。損失と予測は、更新前のそのステップの順伝播から得たものです</translation>
    </message>
    <message>
        <source>Mean cross-entropy over all target characters</source>
        <translation>全正解文字にわたる交差エントロピーの平均</translation>
    </message>
    <message>
        <source>Text %1, label %2: the class the network gives it after reading all of it; a wrong class is underlined.</source>
        <translation>テキスト %1、ラベル %2：テキスト全体を読んだ後にネットワークが出すクラス。誤ったクラスには下線を引いています。</translation>
    </message>
    <message>
        <source>Text %1 prediction: the character the network predicts after each of %2; the targets are %3. Wrong characters are underlined.</source>
        <translation>テキスト %1 の予測：%2 の各文字の後にネットワークが予測する文字。正解は %3 です。誤った文字には下線を引いています。</translation>
    </message>
</context>
<context>
    <name>rnnlab::PytorchPanel</name>
    <message>
        <source>No model yet.</source>
        <translation>モデルがまだありません。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the script: paste it into a file and run python3 train.py --steps 20</source>
        <translation>スクリプトをコピー：ファイルに貼り付けて python3 train.py --steps 20 で実行します</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>名前を付けて保存…</translation>
    </message>
    <message>
        <source>Write the script to a .py file</source>
        <translation>スクリプトを .py ファイルに書き出す</translation>
    </message>
    <message>
        <source>Training… the script of this large model (%1 parameters) follows when training pauses.</source>
        <translation>学習中… この大きなモデル (パラメータ %1 個) のスクリプトは、学習を一時停止すると表示されます。</translation>
    </message>
    <message>
        <source>After %1. Saved as train.py, &lt;tt&gt;python3 train.py --steps 20&lt;/tt&gt; trains on from step %2 in PyTorch 1.13 with rnnlab&apos;s losses.</source>
        <translation>%1 の時点。train.py として保存すると、&lt;tt&gt;python3 train.py --steps 20&lt;/tt&gt; で PyTorch 1.13 によりステップ %2 から学習を続け、rnnlab と同じ損失になります。</translation>
    </message>
    <message>
        <source>1 training step</source>
        <translation>学習 1 ステップ後</translation>
    </message>
    <message>
        <source>%1 training steps</source>
        <translation>学習 %1 ステップ後</translation>
    </message>
    <message>
        <source>Save the PyTorch script</source>
        <translation>PyTorch スクリプトを保存</translation>
    </message>
    <message>
        <source>Python scripts (*.py)</source>
        <translation>Python スクリプト (*.py)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>保存できません</translation>
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
        <translation>1 行に 1 時点。1 行に複数の数値 (コンマ、セミコロン、タブ、空白区切り) があれば、列ごとに別の特徴量になります。コンマ区切りの数値が 1 行だけなら 1 つの特徴量です。
空行で次の系列が始まります：複数の系列を一緒に学習し、それぞれゼロ状態から始まる別の系列になります。# で始まる行はコメントです。数値は小数点を使います (0.5、-2、1e-3)。</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>生成器</translation>
    </message>
    <message>
        <source>Num&amp;bers</source>
        <translation>数値(&amp;B)</translation>
    </message>
    <message>
        <source>Where the training series come from: a generated wave, or numbers typed, pasted or imported from a CSV file. Either way the session stores the numbers.</source>
        <translation>学習系列の入手元：生成した波形か、入力・貼り付け・CSV ファイルから読み込んだ数値。どちらの場合もセッションに数値が保存されます。</translation>
    </message>
    <message>
        <source>Sine</source>
        <translation>正弦波</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>矩形波</translation>
    </message>
    <message>
        <source>Sawtooth</source>
        <translation>のこぎり波</translation>
    </message>
    <message>
        <source>Triangle</source>
        <translation>三角波</translation>
    </message>
    <message>
        <source>Two sines</source>
        <translation>2 つの正弦波</translation>
    </message>
    <message>
        <source>Sine A sin(2πt/P + φ); square, sawtooth and triangle of the same period and amplitude; or the sum of two sines A sin(2πt/P + φ) + A₂ sin(2πt/P₂)</source>
        <translation>正弦波 A sin(2πt/P + φ)。同じ周期・振幅の矩形波、のこぎり波、三角波。または 2 つの正弦波の和 A sin(2πt/P + φ) + A₂ sin(2πt/P₂)</translation>
    </message>
    <message>
        <source>&amp;Wave</source>
        <translation>波形(&amp;W)</translation>
    </message>
    <message>
        <source>P: time steps per period (&gt; 0)</source>
        <translation>P：1 周期あたりの時刻数 (&gt; 0)</translation>
    </message>
    <message>
        <source>A: the wave&apos;s largest value</source>
        <translation>A：波の最大値</translation>
    </message>
    <message>
        <source>φ: the phase in radians (π/2 ≈ 1.5708)</source>
        <translation>φ：位相 (ラジアン) (π/2 ≈ 1.5708)</translation>
    </message>
    <message>
        <source> rad</source>
        <translation> rad</translation>
    </message>
    <message>
        <source>Points of the series (≥ 2): a series of n points is n − 1 time steps</source>
        <translation>系列の点数 (≥ 2)：n 点の系列は n − 1 タイムステップです</translation>
    </message>
    <message>
        <source>P₂: the second sine&apos;s period (&gt; 0)</source>
        <translation>P₂：2 つ目の正弦波の周期 (&gt; 0)</translation>
    </message>
    <message>
        <source>A₂: the second sine&apos;s amplitude</source>
        <translation>A₂：2 つ目の正弦波の振幅</translation>
    </message>
    <message>
        <source>σ: Gaussian noise added to every point (0: none); the seed below makes it the same on every machine</source>
        <translation>σ：各点に加えるガウスノイズ (0：なし)。下のシードでどのマシンでも同じになります</translation>
    </message>
    <message>
        <source>The noise&apos;s own seed (not the weights&apos;)</source>
        <translation>ノイズ専用のシード (重みのシードではありません)</translation>
    </message>
    <message>
        <source>Edit as numbers</source>
        <translation>数値として編集</translation>
    </message>
    <message>
        <source>Puts the generated numbers into the numbers box, to change them by hand</source>
        <translation>生成した数値を数値欄に入れて、手で変更できるようにします</translation>
    </message>
    <message>
        <source>Adds a CSV file&apos;s numbers as another series: one row per time point, one column per feature, a header row optional</source>
        <translation>CSV ファイルの数値を別の系列として追加：1 行に 1 時点、1 列に 1 特徴量、見出し行は任意</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Wave with an anomaly</source>
        <translation>異常を含む波形</translation>
    </message>
    <message>
        <source>A series the network is tested on but never trained on: where its error jumps above the training error&apos;s, the Signal tab rings an anomaly</source>
        <translation>テストには使うが学習には使わない系列：誤差が学習時の誤差を超えて跳ね上がると、信号タブが異常を知らせます</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV を読み込む…</translation>
    </message>
    <message>
        <source>Adds a CSV file&apos;s numbers as a test series</source>
        <translation>CSV ファイルの数値をテスト系列として追加</translation>
    </message>
    <message>
        <source>Spike</source>
        <translation>スパイク</translation>
    </message>
    <message>
        <source>Level shift</source>
        <translation>レベルシフト</translation>
    </message>
    <message>
        <source>Flat stretch</source>
        <translation>平坦区間</translation>
    </message>
    <message>
        <source>Spike: + size at one point. Level shift: + size over a stretch (length 0: to the end). Flat stretch: the value at “at” held for a stretch.</source>
        <translation>スパイク：1 点に + 大きさ。レベルシフト：区間に + 大きさ (長さ 0：末尾まで)。平坦区間：「位置」の値を区間のあいだ保持。</translation>
    </message>
    <message>
        <source>How many points it lasts</source>
        <translation>続く点数</translation>
    </message>
    <message>
        <source>What it adds to the wave</source>
        <translation>波形に加える値</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 点</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 点</translation>
    </message>
    <message>
        <source>, %1 … %2</source>
        <translation>、%1 … %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>1 feature</source>
        <translation>1 特徴量</translation>
    </message>
    <message>
        <source>%1 features</source>
        <translation>%1 特徴量</translation>
    </message>
    <message>
        <source>Imported %1 of %2 from %3</source>
        <translation>%3 から %2 のうち %1 を読み込みました</translation>
    </message>
    <message>
        <source>Import a test series from CSV</source>
        <translation>CSV からテスト系列を読み込む</translation>
    </message>
    <message>
        <source>Import series from CSV</source>
        <translation>CSV から系列を読み込む</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV ファイル (*.csv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Where the anomaly starts: a point of the series, counted from 1 as the Signal tab&apos;s time axis</source>
        <translation>異常の開始位置：系列の点 (「信号」タブの時間軸と同じく 1 から数える)</translation>
    </message>
    <message>
        <source>Tr&amp;aining series</source>
        <translation>学習系列(&amp;A)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Amplitude</source>
        <translation>振幅</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>位相</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>長さ</translation>
    </message>
    <message>
        <source>Period 2</source>
        <translation>周期 2</translation>
    </message>
    <message>
        <source>Amplitude 2</source>
        <translation>振幅 2</translation>
    </message>
    <message>
        <source>Noise σ</source>
        <translation>ノイズ σ</translation>
    </message>
    <message>
        <source>Noise seed</source>
        <translation>ノイズのシード</translation>
    </message>
    <message>
        <source>Test ser&amp;ies</source>
        <translation>テスト系列(&amp;I)</translation>
    </message>
    <message>
        <source>Test numbers</source>
        <translation>テストの数値</translation>
    </message>
    <message>
        <source>Anomaly</source>
        <translation>異常</translation>
    </message>
    <message>
        <source>  at point</source>
        <translation>  位置</translation>
    </message>
    <message>
        <source>  length</source>
        <translation>  長さ</translation>
    </message>
    <message>
        <source>  size</source>
        <translation>  大きさ</translation>
    </message>
</context>
<context>
    <name>rnnlab::SessionActions</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自動保存に失敗しました：%1</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>新しいセッション(&amp;N)</translation>
    </message>
    <message>
        <source>Start over with the lecture&apos;s hello example</source>
        <translation>講義の hello の例から始める</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>セッションを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation>セッションを保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the settings, trained weights, optimizer state, loss history and view (.rnnlab)</source>
        <translation>設定、学習済みの重み、オプティマイザの状態、損失の履歴、表示を保存 (.rnnlab)</translation>
    </message>
    <message>
        <source>Save session &amp;as…</source>
        <translation>名前を付けてセッションを保存(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import PyTorch state…</source>
        <translation>PyTorch の状態を読み込む(&amp;I)…</translation>
    </message>
    <message>
        <source>A model trained in PyTorch, saved with save_state_dict_json() from the PyTorch panel&apos;s script</source>
        <translation>PyTorch で学習したモデル (PyTorch パネルのスクリプトの save_state_dict_json() で保存したもの)</translation>
    </message>
    <message>
        <source>there is no trained model to save yet</source>
        <translation>保存する学習済みモデルがまだありません</translation>
    </message>
    <message>
        <source>Saved %1 (step %2)</source>
        <translation>%1 を保存しました (ステップ %2)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>保存できません</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>セッションを保存</translation>
    </message>
    <message>
        <source>Save the session?</source>
        <translation>セッションを保存しますか？</translation>
    </message>
    <message>
        <source>%1 closes this session. It has changes that are not saved (training, weights by hand or settings).</source>
        <translation>%1 によりこのセッションを閉じます。保存されていない変更 (学習、手で設定した重み、設定) があります。</translation>
    </message>
    <message>
        <source>A new session</source>
        <translation>新しいセッション</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>セッションを開く</translation>
    </message>
    <message>
        <source>Training texts</source>
        <translation>学習テキスト</translation>
    </message>
    <message>
        <source>%1 does not say which texts the model was trained on. Its training texts, one per line:</source>
        <translation>%1 には、モデルがどのテキストで学習したかが記録されていません。学習テキストを 1 行に 1 つ入力してください：</translation>
    </message>
    <message>
        <source>Cannot import this PyTorch state</source>
        <translation>この PyTorch の状態は読み込めません</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 cannot be imported; nothing was changed.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%2&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;%1 は読み込めません。何も変更されていません。&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%2&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>%1 を読み込み中</translation>
    </message>
    <message>
        <source>Imported %1. %2</source>
        <translation>%1 を読み込みました。%2</translation>
    </message>
    <message>
        <source>Cannot open this session</source>
        <translation>このセッションを開けません</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 cannot be opened; nothing was changed.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%2&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;%1 は開けません。何も変更されていません。&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%2&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>%1 を開いています</translation>
    </message>
    <message>
        <source>Import PyTorch state</source>
        <translation>PyTorch の状態を読み込む</translation>
    </message>
    <message>
        <source>PyTorch states (*.pt *.pth *.json);;All files (*)</source>
        <translation>PyTorch の状態 (*.pt *.pth *.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Restore the unsaved session?</source>
        <translation>保存されていないセッションを復元しますか？</translation>
    </message>
    <message>
        <source>rnnlab ended without saving a session (autosaved %1). Restore it?</source>
        <translation>rnnlab はセッションを保存せずに終了しました (自動保存 %1)。復元しますか？</translation>
    </message>
    <message>
        <source>recovered</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>一覧を消去(&amp;C)</translation>
    </message>
    <message>
        <source>rnnlab sessions (*.rnnlab *.json);;All files (*)</source>
        <extracomment>A file dialog&apos;s filter: keep the patterns in parentheses and the &quot;;;&quot; between the two.</extracomment>
        <translation>rnnlab セッション (*.rnnlab *.json);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>rnnlab::ShortcutList</name>
    <message>
        <source>Window</source>
        <translation>ウィンドウ</translation>
    </message>
    <message>
        <source>A matrix (click a cell)</source>
        <translation>行列 (セルをクリック)</translation>
    </message>
    <message>
        <source>The timeline (click it)</source>
        <translation>タイムライン (クリック)</translation>
    </message>
    <message>
        <source>Move to the next cell</source>
        <translation>次のセルへ移動</translation>
    </message>
    <message>
        <source>First or last column</source>
        <translation>最初または最後の列</translation>
    </message>
    <message>
        <source>Type a value for the cell</source>
        <translation>セルの値を入力</translation>
    </message>
    <message>
        <source>One training step earlier or later</source>
        <translation>学習ステップを 1 つ前または後へ</translation>
    </message>
    <message>
        <source>Several steps later or earlier</source>
        <translation>数ステップ後または前へ</translation>
    </message>
    <message>
        <source>Step 0, or the latest step</source>
        <translation>ステップ 0、または最新のステップ</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>The graph (Tab to it)</source>
        <translation>グラフ (Tab で移動)</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>どこでも</translation>
    </message>
    <message>
        <source>Into the cells; up or down a column</source>
        <translation>セルに入る、列を上下に移動</translation>
    </message>
    <message>
        <source>The same unit one time step earlier or later</source>
        <translation>同じユニットの 1 つ前または後の時刻</translation>
    </message>
    <message>
        <source>The first or last time step</source>
        <translation>最初または最後の時刻</translation>
    </message>
    <message>
        <source>Leave the cells (then Esc leaves the walk)</source>
        <translation>セルから出る (もう一度 Esc でたどるのをやめる)</translation>
    </message>
    <message>
        <source>Stop a drag, close the value editor, or leave the cells</source>
        <translation>ドラッグの中止、値エディタを閉じる、またはセルから出る</translation>
    </message>
    <message>
        <source>Next or previous control</source>
        <translation>次または前のコントロール</translation>
    </message>
    <message>
        <source>Leave a text box (Tab types a tab there)</source>
        <translation>テキストボックスから出る (中では Tab でタブ文字を入力)</translation>
    </message>
    <message>
        <source>Press the focused button</source>
        <translation>フォーカスのあるボタンを押す</translation>
    </message>
</context>
<context>
    <name>rnnlab::SignalPlot</name>
    <message>
        <source>The series shown: a training series, or a test series (evaluated at every step, never trained on)</source>
        <translation>表示する系列：学習系列、またはテスト系列 (各ステップで評価し、学習には使わない)</translation>
    </message>
    <message>
        <source>F&amp;orecast</source>
        <translation>多段予測(&amp;O)</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 点</translation>
    </message>
    <message>
        <source>The free-running forecast past the end: each predicted value is fed back as the next input, this many times</source>
        <translation>系列の末尾より先の自己回帰予測：予測値を次の入力として戻すことを、この回数繰り返します</translation>
    </message>
    <message>
        <source>series</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>one-step prediction</source>
        <translation>1 ステップ先予測</translation>
    </message>
    <message>
        <source>free-running forecast</source>
        <translation>自己回帰予測</translation>
    </message>
    <message>
        <source>squared error</source>
        <translation>二乗誤差</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>しきい値</translation>
    </message>
    <message>
        <source>value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>error²</source>
        <translation>誤差²</translation>
    </message>
    <message>
        <source>Training series</source>
        <translation>学習系列</translation>
    </message>
    <message>
        <source>Training series %1</source>
        <translation>学習系列 %1</translation>
    </message>
    <message>
        <source>Test series (anomalies)</source>
        <translation>テスト系列 (異常)</translation>
    </message>
    <message>
        <source>Test series %1 (anomalies)</source>
        <translation>テスト系列 %1 (異常)</translation>
    </message>
    <message>
        <source>forecast →</source>
        <translation>多段予測 →</translation>
    </message>
    <message>
        <source>warm-up</source>
        <translation>ウォームアップ</translation>
    </message>
    <message>
        <source>training series</source>
        <translation>学習系列</translation>
    </message>
    <message>
        <source>one step ahead</source>
        <translation>1 ステップ先</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>多段予測</translation>
    </message>
    <message>
        <source>warm-up: not counted</source>
        <translation>ウォームアップ：数えない</translation>
    </message>
    <message>
        <source>threshold %1</source>
        <translation>しきい値 %1</translation>
    </message>
    <message>
        <source>sta&amp;rting after</source>
        <translation>起点(&amp;R)</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>末尾</translation>
    </message>
    <message>
        <source>point </source>
        <translation>点 </translation>
    </message>
    <message>
        <source>Where the free run starts: after the series&apos; last point (the end), or after an earlier point, so that its forecast can be compared with what actually came</source>
        <translation>自己回帰予測を始める位置：系列の最後の点 (末尾) の後、またはそれより前の点の後。前の点から始めると、予測を実際の値と比べられます</translation>
    </message>
    <message>
        <source>Fla&amp;g above</source>
        <translation>検出しきい値(&amp;G)</translation>
    </message>
    <message>
        <source>A time step whose squared error is above this is flagged: a candidate anomaly, not yet a true one (the summary judges the flags against where an anomaly was injected). Default: the training error&apos;s mean + 3 standard deviations</source>
        <translation>二乗誤差がこの値を上回る時刻は検出されます：異常の候補であり、まだ本当の異常ではありません (要約で、検出を異常を加えた位置と照らし合わせて判定します)。既定：学習時の誤差の平均 + 3 標準偏差</translation>
    </message>
    <message>
        <source>mean + 3 sd</source>
        <translation>平均 + 3 SD</translation>
    </message>
    <message>
        <source>99th percentile</source>
        <translation>99 パーセンタイル</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>手入力</translation>
    </message>
    <message>
        <source>The threshold&apos;s rule. Mean + 3 sd (the default) assumes errors spread like a normal distribution; a network&apos;s squared errors have a long tail (their sd is often larger than their mean), so it also flags ordinary steps. The 99th percentile of the training errors flags about 1 ordinary step in 100.</source>
        <translation>しきい値の決め方。平均 + 3 SD (既定) は、誤差が正規分布のように広がると仮定します。ネットワークの二乗誤差は裾が長い (SD が平均より大きいことが多い) ため、普通の時刻も検出してしまいます。学習時の誤差の 99 パーセンタイルなら、普通の時刻の検出は約 100 に 1 つです。</translation>
    </message>
    <message>
        <source>The signal plot is for time series (the task &quot;Time series&quot;): open one, e.g. File ▸ Open examples/sine-spike.json</source>
        <translation>信号プロットは時系列用です (タスク「時系列」)：時系列を開いてください。例：ファイル ▸ セッションを開く… で examples/sine-spike.json</translation>
    </message>
    <message>
        <source>true continuation</source>
        <translation>実際の続き</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>検出</translation>
    </message>
    <message>
        <source>injected</source>
        <translation>加えた異常</translation>
    </message>
    <message>
        <source>time step t:  xₜ at t,  yₜ under xₜ₊₁,  error² of step t = (yₜ − xₜ₊₁)²</source>
        <translation>時刻 t：  xₜ は t に、  yₜ は xₜ₊₁ の下に、  時刻 t の誤差² = (yₜ − xₜ₊₁)²</translation>
    </message>
    <message>
        <source>flagged: error² above the threshold</source>
        <translation>検出：誤差²がしきい値を上回る</translation>
    </message>
    <message>
        <source>injected anomaly</source>
        <translation>加えた異常</translation>
    </message>
    <message>
        <source>Test series (never trained on)</source>
        <translation>テスト系列 (学習には不使用)</translation>
    </message>
    <message>
        <source>Test series %1 (never trained on)</source>
        <translation>テスト系列 %1 (学習には不使用)</translation>
    </message>
    <message>
        <source> (1–%1: warm-up).</source>
        <translation> (1–%1：ウォームアップ)。</translation>
    </message>
    <message>
        <source> (1: warm-up).</source>
        <translation> (1：ウォームアップ)。</translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <source> Feature 1 of %1.</source>
        <translation> 特徴量 1 / %1。</translation>
    </message>
    <message>
        <source>the training errors&apos; 99th percentile</source>
        <translation>学習時の誤差の 99 パーセンタイル</translation>
    </message>
    <message>
        <source>at point %1</source>
        <translation>点 %1</translation>
    </message>
    <message>
        <source>at points %1–%2</source>
        <translation>点 %1–%2</translation>
    </message>
    <message>
        <source>in the warm-up, not judged</source>
        <translation>ウォームアップ中のため判定なし</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>見逃し</translation>
    </message>
    <message>
        <source>detected (step %1)</source>
        <translation>検出 (時刻 %1)</translation>
    </message>
    <message>
        <source>detected (steps %1)</source>
        <translation>検出 (時刻 %1)</translation>
    </message>
    <message>
        <source> (steps %1).</source>
        <translation> (時刻 %1)。</translation>
    </message>
    <message>
        <source>after point %1</source>
        <translation>点 %1 の後から</translation>
    </message>
    <message>
        <source>after the end</source>
        <translation>末尾の後から</translation>
    </message>
    <message>
        <source>Free-running forecast %1: mean error² %2 against what came (points compared: %3).</source>
        <translation>自己回帰予測 (%1)：実際の値に対する平均誤差² %2 (比較した点数：%3)。</translation>
    </message>
    <message>
        <source>x_%1 = %2</source>
        <translation>x_%1 = %2</translation>
    </message>
    <message>
        <source>step %1: y_%1 = %2 predicts x_%3 = %4</source>
        <translation>時刻 %1：y_%1 = %2 が x_%3 = %4 を予測</translation>
    </message>
    <message>
        <source>loss_%1 = (y_%1 − x_%2)² = %3</source>
        <translation>loss_%1 = (y_%1 − x_%2)² = %3</translation>
    </message>
    <message>
        <source>flagged: predicts the injected anomaly (a hit)</source>
        <translation>検出：加えた異常を予測 (的中)</translation>
    </message>
    <message>
        <source>flagged: after the anomaly, the network still disturbed</source>
        <translation>検出：異常の後、ネットワークがまだ乱れている</translation>
    </message>
    <message>
        <source>flagged: a false alarm (no anomaly was injected here)</source>
        <translation>検出：誤検出 (ここには異常を加えていない)</translation>
    </message>
    <message>
        <source>free-running forecast: %1</source>
        <translation>自己回帰予測：%1</translation>
    </message>
    <message>
        <source>what came (generator): %1</source>
        <translation>実際の値 (生成器)：%1</translation>
    </message>
    <message>
        <source>test series</source>
        <translation>テスト系列</translation>
    </message>
    <message>
        <source>The test series: evaluated at every step with the current weights, never trained on</source>
        <translation>テスト系列：各ステップで現在の重みにより評価し、学習には使いません</translation>
    </message>
    <message>
        <source>The training series: what the network is trained on</source>
        <translation>学習系列：ネットワークが学習に使う系列</translation>
    </message>
    <message>
        <source>The one-step predictions: y_t, drawn under the x_{t+1} it predicts</source>
        <translation>1 ステップ先予測：y_t を、それが予測する x_{t+1} の下に描きます</translation>
    </message>
    <message>
        <source>The free-running forecast: each predicted value fed back as the next input</source>
        <translation>自己回帰予測：各予測値を次の入力として戻します</translation>
    </message>
    <message>
        <source>what came</source>
        <translation>実際の値</translation>
    </message>
    <message>
        <source>What came: the generator&apos;s true continuation past the end, to hold the forecast against</source>
        <translation>実際の値：生成器による末尾より先の本当の続き (予測と比べるため)</translation>
    </message>
    <message>
        <source>flagged: error² &gt; threshold</source>
        <translation>検出：誤差² &gt; しきい値</translation>
    </message>
    <message>
        <source>A flagged step: its squared error is above the threshold (a candidate anomaly); its band covers the input it read and the point it predicted</source>
        <translation>検出された時刻：二乗誤差がしきい値を上回ります (異常の候補)。帯は読んだ入力と予測した点を覆います</translation>
    </message>
    <message>
        <source>Where the generator injected the anomaly</source>
        <translation>生成器が異常を加えた位置</translation>
    </message>
    <message>
        <source>warm-up (not counted)</source>
        <translation>ウォームアップ (数えない)</translation>
    </message>
    <message>
        <source>The warm-up steps: the state has not seen enough yet; they count neither in the threshold nor as flags</source>
        <translation>ウォームアップの時刻：状態がまだ十分な入力を見ていません。しきい値の計算にも検出にも数えません</translation>
    </message>
    <message>
        <source>%1: mean error² %2 over steps %3–%4</source>
        <translation>%1：時刻 %3–%4 の平均誤差² %2</translation>
    </message>
    <message>
        <source>Training error² after the warm-up: mean %1, sd %2 (the loss, %3, counts every step).</source>
        <translation>ウォームアップ後の学習時の誤差²：平均 %1、SD %2 (損失 %3 はすべての時刻を数えます)。</translation>
    </message>
    <message>
        <source>; sd &gt; mean: not normally distributed, so ordinary steps pass it too</source>
        <translation>；SD &gt; 平均：正規分布ではないため、普通の時刻もしきい値を超えます</translation>
    </message>
    <message>
        <source>Threshold %1: %2.</source>
        <translation>しきい値 %1：%2。</translation>
    </message>
    <message>
        <source>Flagged steps: %1.</source>
        <translation>検出された時刻：%1。</translation>
    </message>
    <message>
        <source> Injected anomaly %1: %2; after it, still disturbed: %3. False alarms: %4</source>
        <translation> 加えた異常 (%1)：%2。その後まだ乱れている間の検出：%3。誤検出：%4</translation>
    </message>
    <message>
        <source> Each is a candidate: where an anomaly truly is, a series not made by the generator does not say.</source>
        <translation> いずれも候補です：生成器で作っていない系列では、本当の異常がどこにあるかはわかりません。</translation>
    </message>
    <message>
        <source>Free-running forecast %1: nothing known to compare it with (start it earlier).</source>
        <translation>自己回帰予測 (%1)：比べる実際の値がありません (もっと前から始めてください)。</translation>
    </message>
    <message>
        <source>Warm-up: the first steps of every series, where the state (zero at the start) has not seen enough yet — even the training series is predicted worse than the threshold there. They count neither in the threshold nor as flags.
A flag is a step whose error² is above the threshold: a candidate anomaly. Where the generator injected an anomaly, a flag that predicts an injected point is a hit; a later flag at most %1 steps after it or after the previous such flag (the network still disturbed) is counted apart; every other flag is a false alarm.</source>
        <translation>ウォームアップ：各系列の最初の数時刻。状態 (最初はゼロ) がまだ十分な入力を見ていないため、学習系列でさえしきい値より予測が悪くなります。しきい値の計算にも検出にも数えません。
検出とは、誤差²がしきい値を上回る時刻で、異常の候補です。生成器が異常を加えた系列では、加えた点を予測する検出は的中です。その後、的中またはその種の直前の検出から %1 時刻以内の検出 (ネットワークがまだ乱れている) は別に数えます。それ以外の検出はすべて誤検出です。</translation>
    </message>
</context>
<context>
    <name>rnnlab::StackPlace</name>
    <message>
        <source>Encoder · </source>
        <translation>エンコーダ · </translation>
    </message>
    <message>
        <source>Decoder · </source>
        <translation>デコーダ · </translation>
    </message>
</context>
<context>
    <name>rnnlab::StepByHandPanel</name>
    <message>
        <source>Earlier time step, to the left (←)</source>
        <translation>前の時刻、左へ (←)</translation>
    </message>
    <message>
        <source>Previous phase of the computation (Shift+←)</source>
        <translation>計算の前の段階 (Shift+←)</translation>
    </message>
    <message>
        <source>Next phase of the computation (Shift+→)</source>
        <translation>計算の次の段階 (Shift+→)</translation>
    </message>
    <message>
        <source>Later time step, to the right: x_t enters, W_xh x_t and W_hh h_{t−1} add up, the activation squashes, p_t = softmax(y_t) picks a character (→)</source>
        <translation>次の時刻、右へ：x_t が入り、W_xh x_t と W_hh h_{t−1} を足し、活性化関数で押しつぶし、p_t = softmax(y_t) で文字を選ぶ (→)</translation>
    </message>
    <message>
        <source>Back through time</source>
        <translation>時間をさかのぼる</translation>
    </message>
    <message>
        <source>Walk the gradient back from the last time step: dL/dh_t and where it fades (B; again: one time step further back)</source>
        <translation>最後の時刻から勾配をさかのぼる：dL/dh_t と、それが消えていく場所 (B。もう一度押すとさらに 1 時刻さかのぼる)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Leave the walk: show the whole pass (Esc)</source>
        <translation>たどるのをやめて全体の計算を表示 (Esc)</translation>
    </message>
    <message>
        <source>Step in parts ▶</source>
        <translation>段階ごとに実行 ▶</translation>
    </message>
    <message>
        <source>One training step shown part by part: the forward pass column by column, the loss, the backward pass right to left, then the update of every matrix (Ctrl+Shift+→)</source>
        <translation>1 学習ステップを段階ごとに表示：列ごとの順伝播、損失、右から左への逆伝播、そして各行列の更新 (Ctrl+Shift+→)</translation>
    </message>
    <message>
        <source>Time-major</source>
        <translation>時刻優先</translation>
    </message>
    <message>
        <source>Layer-major</source>
        <translation>層優先</translation>
    </message>
    <message>
        <source>The order → walks the stacked grid in. Time-major: every layer at t, then t+1 — how the picture reads. Layer-major: layer 1 over all of time, then layer 2 — how PyTorch computes it. The numbers are the same either way.</source>
        <translation>→ で多層のグリッドをたどる順序。時刻優先：時刻 t の全層、次に t+1 — 図の読み方どおり。層優先：層 1 を全時刻、次に層 2 — PyTorch の計算順どおり。どちらでも数値は同じです。</translation>
    </message>
    <message>
        <source>unit h</source>
        <translation>ユニット h</translation>
    </message>
    <message>
        <source>The hidden unit whose row the equations show when the matrices are too large to show whole</source>
        <translation>行列が大きすぎて全体を表示できないとき、式に示す行の隠れユニット</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>順伝播</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>backward</source>
        <translation>逆伝播</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Next: the loss ▶</source>
        <translation>次：損失 ▶</translation>
    </message>
    <message>
        <source>Next: backward ▶</source>
        <translation>次：逆伝播 ▶</translation>
    </message>
    <message>
        <source>Next: the update ▶</source>
        <translation>次：更新 ▶</translation>
    </message>
    <message>
        <source>Press → to walk through a time step, B to go back through time, or “Step in parts” — every number below comes from the same forward pass the graph shows.</source>
        <translation>→ で時刻を 1 つ進め、B で時間をさかのぼり、または「段階ごとに実行」 — 下の数値はすべて、グラフと同じ順伝播から得たものです。</translation>
    </message>
    <message>
        <source>A test series is never trained on: the walk shows its forward pass and squared error only, no backward pass.</source>
        <translation>テスト系列は学習に使いません：順伝播と二乗誤差だけを表示し、逆伝播は行いません。</translation>
    </message>
    <message>
        <source>No backward: a test series</source>
        <translation>逆伝播なし：テスト系列</translation>
    </message>
</context>
<context>
    <name>rnnlab::TimeStepWalker</name>
    <message>
        <source>x_t enters: the series&apos; values at step t, one per feature (or h_t of the layer below)</source>
        <translation>x_t が入る：時刻 t での系列の値、特徴量ごとに 1 つ (または下の層の h_t)</translation>
    </message>
    <message>
        <source>x_t enters: the one-hot vector of the character (or h_t of the layer below)</source>
        <translation>x_t が入る：文字のワンホットベクトル (または下の層の h_t)</translation>
    </message>
    <message>
        <source>W_ih x_t + b_ih: what the input contributes to each gate i, f, g, o</source>
        <translation>W_ih x_t + b_ih：各ゲート i, f, g, o への入力の寄与</translation>
    </message>
    <message>
        <source>W_ih x_t + b_ih: what the input contributes to each gate r, z, n</source>
        <translation>W_ih x_t + b_ih：各ゲート r, z, n への入力の寄与</translation>
    </message>
    <message>
        <source>W_xh x_t + b_ih: what the input contributes (each column of W_xh weighs one feature of x_t)</source>
        <translation>W_xh x_t + b_ih：入力の寄与 (W_xh の各列が x_t の特徴量 1 つに掛かる)</translation>
    </message>
    <message>
        <source>W_xh x_t + b_ih: what the input contributes (a one-hot x picks one column of W_xh)</source>
        <translation>W_xh x_t + b_ih：入力の寄与 (ワンホットの x が W_xh の列を 1 つ選ぶ)</translation>
    </message>
    <message>
        <source>W_hh h_{t−1} + b_hh: what the previous hidden state contributes to each gate</source>
        <translation>W_hh h_{t−1} + b_hh：各ゲートへの前の隠れ状態の寄与</translation>
    </message>
    <message>
        <source>W_hh h_{t−1} + b_hh: what the memory of the previous step contributes</source>
        <translation>W_hh h_{t−1} + b_hh：前の時刻の記憶の寄与</translation>
    </message>
    <message>
        <source>their sum: each gate&apos;s pre-activation</source>
        <translation>その和：各ゲートの活性化前の値</translation>
    </message>
    <message>
        <source>the sums for the reset gate r and the update gate z</source>
        <translation>リセットゲート r と更新ゲート z の和</translation>
    </message>
    <message>
        <source>their sum: the pre-activation a_t</source>
        <translation>その和：活性化前の値 a_t</translation>
    </message>
    <message>
        <source>σ squashes into (0, 1): the reset gate r and the update gate z</source>
        <translation>σ で (0, 1) に押しつぶす：リセットゲート r と更新ゲート z</translation>
    </message>
    <message>
        <source>σ gates in (0, 1) — input i, forget f, output o — and the candidate g = tanh(…)</source>
        <translation>(0, 1) の σ ゲート — 入力 i、忘却 f、出力 o — と候補 g = tanh(…)</translation>
    </message>
    <message>
        <source>the candidate n_t = tanh(W_in x_t + b_in + r ⊙ (W_hn h_{t−1} + b_hn))</source>
        <translation>候補 n_t = tanh(W_in x_t + b_in + r ⊙ (W_hn h_{t−1} + b_hn))</translation>
    </message>
    <message>
        <source>the cell state c_t = f ⊙ c_{t−1} + i ⊙ g: keep some of the old memory, write some new</source>
        <translation>セル状態 c_t = f ⊙ c_{t−1} + i ⊙ g：古い記憶を一部保ち、新しい記憶を一部書き込む</translation>
    </message>
    <message>
        <source>h_t = o ⊙ tanh(c_t): the output gate lets part of the cell state out</source>
        <translation>h_t = o ⊙ tanh(c_t)：出力ゲートがセル状態の一部を出力する</translation>
    </message>
    <message>
        <source>h_t = (1 − z) ⊙ n + z ⊙ h_{t−1}: z decides how much memory to keep</source>
        <translation>h_t = (1 − z) ⊙ n + z ⊙ h_{t−1}：z が記憶をどれだけ保つかを決める</translation>
    </message>
    <message>
        <source>ReLU keeps the positive part: h_t</source>
        <translation>ReLU で正の部分を残す：h_t</translation>
    </message>
    <message>
        <source>tanh squashes it into (−1, 1): h_t</source>
        <translation>tanh で (−1, 1) に押しつぶす：h_t</translation>
    </message>
    <message>
        <source>y_t = W_hy h_t + b_y: the predicted next value x_{t+1}, one per feature</source>
        <translation>y_t = W_hy h_t + b_y：予測した次の値 x_{t+1}、特徴量ごとに 1 つ</translation>
    </message>
    <message>
        <source>y_t = h_t: without an output layer the hidden state is the predicted next value x_{t+1}</source>
        <translation>y_t = h_t：出力層がないので、隠れ状態が次の値 x_{t+1} の予測</translation>
    </message>
    <message>
        <source>W_hy h_t + b_y: the output scores (logits) y_t</source>
        <translation>W_hy h_t + b_y：出力スコア (ロジット) y_t</translation>
    </message>
    <message>
        <source>y_t = h_t: without an output layer the hidden state is the output</source>
        <translation>y_t = h_t：出力層がないので、隠れ状態が出力</translation>
    </message>
    <message>
        <source>softmax turns the scores into probabilities</source>
        <translation>softmax でスコアを確率に変換</translation>
    </message>
    <message>
        <source>the most probable output (character, or class) is the prediction</source>
        <translation>最も確率の高い出力 (文字またはクラス) が予測</translation>
    </message>
    <message>
        <source>the squared error of this step: (y_t − x_{t+1})² per feature, and its share of the mean (MSE)</source>
        <translation>この時刻の二乗誤差：特徴量ごとの (y_t − x_{t+1})² と、平均 (MSE) への寄与</translation>
    </message>
    <message>
        <source>the loss at this step: −log of the probability of the target (the true next character, or the label)</source>
        <translation>この時刻の損失：正解 (実際の次の文字、またはラベル) の確率の −log</translation>
    </message>
    <message>
        <source>dL/dh_t: from the squared error through dL/dy_t, and from t+1 through W_hh and through z_{t+1} ⊙ h_t</source>
        <translation>dL/dh_t：二乗誤差から dL/dy_t を通して、t+1 から W_hh と z_{t+1} ⊙ h_t を通して</translation>
    </message>
    <message>
        <source>dL/dh_t: from the squared error through dL/dy_t, and from t+1 through W_hh</source>
        <translation>dL/dh_t：二乗誤差から dL/dy_t を通して、t+1 から W_hh を通して</translation>
    </message>
    <message>
        <source>dL/dh_t: from the output, and from t+1 through W_hh and through z_{t+1} ⊙ h_t</source>
        <translation>dL/dh_t：出力から、t+1 から W_hh と z_{t+1} ⊙ h_t を通して</translation>
    </message>
    <message>
        <source>dL/dh_t: the gradient arriving from the output and from t+1 through W_hh</source>
        <translation>dL/dh_t：出力から、および t+1 から W_hh を通して届く勾配</translation>
    </message>
    <message>
        <source>dL/dc_t: through h_t = o ⊙ tanh(c_t), plus f_{t+1} ⊙ dL/dc_{t+1} along the cell state</source>
        <translation>dL/dc_t：h_t = o ⊙ tanh(c_t) を通した分と、セル状態に沿った f_{t+1} ⊙ dL/dc_{t+1}</translation>
    </message>
    <message>
        <source>dL/da_t, the gates&apos; pre-activations: what reaches W_ih, W_hh and the biases</source>
        <translation>dL/da_t (ゲートの活性化前の値)：W_ih、W_hh、バイアスに届く勾配</translation>
    </message>
    <message>
        <source>dL/da_t = dL/dh_t where h_t &gt; 0: what reaches W_xh, W_hh and the biases</source>
        <translation>h_t &gt; 0 の箇所で dL/da_t = dL/dh_t：W_xh、W_hh、バイアスに届く勾配</translation>
    </message>
    <message>
        <source>dL/da_t = dL/dh_t ⊙ (1 − h_t²): what reaches W_xh, W_hh and the biases</source>
        <translation>dL/da_t = dL/dh_t ⊙ (1 − h_t²)：W_xh、W_hh、バイアスに届く勾配</translation>
    </message>
    <message>
        <source>the decoder starts from the encoder&apos;s final state: h_0 and c_0 of the decoder = h_n and c_n of the encoder, layer by layer</source>
        <translation>デコーダはエンコーダの最終状態から始まる：デコーダの h_0 と c_0 = エンコーダの h_n と c_n (層ごと)</translation>
    </message>
    <message>
        <source>the decoder starts from the encoder&apos;s final state: h_0 of the decoder = h_n of the encoder, layer by layer</source>
        <translation>デコーダはエンコーダの最終状態から始まる：デコーダの h_0 = エンコーダの h_n (層ごと)</translation>
    </message>
    <message>
        <source>across the context: the decoder&apos;s dL/dh_0 and dL/dc_0 are what reaches the encoder&apos;s h_n and c_n</source>
        <translation>コンテキストを通って：デコーダの dL/dh_0 と dL/dc_0 がエンコーダの h_n と c_n に届く</translation>
    </message>
    <message>
        <source>across the context: the decoder&apos;s dL/dh_0 is what reaches the encoder&apos;s h_n</source>
        <translation>コンテキストを通って：デコーダの dL/dh_0 がエンコーダの h_n に届く</translation>
    </message>
</context>
<context>
    <name>rnnlab::Timeline</name>
    <message>
        <source>The step whose network the views show: drag the timeline to rewind</source>
        <translation>ビューに表示中のネットワークのステップ：タイムラインをドラッグして巻き戻せます</translation>
    </message>
    <message>
        <source>Resume from here</source>
        <translation>ここから再開</translation>
    </message>
    <message>
        <source>Continue training from the step shown: the steps after it are replaced</source>
        <translation>表示中のステップから学習を続けます：それ以降のステップは置き換えられます</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>Back to the latest training step (End)</source>
        <translation>最新の学習ステップに戻る (End)</translation>
    </message>
    <message>
        <source>every %1 step kept (full speed)</source>
        <extracomment>%1 is an ordinal from ordinal() (&quot;4th&quot;): every 4th training step is kept.</extracomment>
        <translation>%1 ステップごとに保持 (最高速)</translation>
    </message>
    <message>
        <source>Training at full speed, a copy of every step would cost more than %2% of its time, so every %1 step is kept (within the memory budget). Older steps are recomputed exactly from the kept step before them: trained again, the same numbers bit for bit</source>
        <extracomment>%1 is an ordinal (&quot;4th&quot;), %2 a percentage of the training time.</extracomment>
        <translation>最高速で学習中は、全ステップを複製すると学習時間の %2% 以上かかるため、%1 ステップごとに保持します (メモリの上限内)。それより古いステップは、直前に保持したステップから正確に再計算します：再び学習し、ビット単位で同じ数値になります</translation>
    </message>
    <message>
        <source>memory budget: every %1 step kept</source>
        <extracomment>%1 is an ordinal (&quot;4th&quot;): every 4th training step is kept.</extracomment>
        <translation>メモリの上限：%1 ステップごとに保持</translation>
    </message>
    <message>
        <source>Older steps recomputed exactly from every %1 kept step (memory budget): the steps in between are trained again from the kept step before them, which gives the same numbers bit for bit</source>
        <extracomment>%1 is an ordinal (&quot;4th&quot;).</extracomment>
        <translation>古いステップは %1 ステップごとに保持したステップから正確に再計算します (メモリの上限)：間のステップを直前に保持したステップから再び学習し、ビット単位で同じ数値になります</translation>
    </message>
    <message>
        <source>Training step %1 of %2
(rewound)</source>
        <translation>学習ステップ %1 / %2
(巻き戻し中)</translation>
    </message>
    <message>
        <source>Training step %1
(latest)</source>
        <translation>学習ステップ %1
(最新)</translation>
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
        <translation>テンソル %1 の要素 %2</translation>
    </message>
    <message>
        <source>Edited by hand after step %1: %2 from %3 to %4</source>
        <extracomment>%1 training step, %2 the weight&apos;s name, %3 and %4 its values before and after.</extracomment>
        <translation>ステップ %1 の後に手で編集：%2 を %3 から %4 へ</translation>
    </message>
    <message>
        <source>Training timeline</source>
        <translation>学習のタイムライン</translation>
    </message>
    <message>
        <source>Step %1 — loss %2</source>
        <extracomment>%1 training step, %2 its loss.</extracomment>
        <translation>ステップ %1 — 損失 %2</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>ステップ %1</translation>
    </message>
    <message>
        <source>Click or drag to see the network as it was after this step.</source>
        <translation>クリックまたはドラッグすると、このステップ後のネットワークを表示します。</translation>
    </message>
    <message>
        <source>Older steps are recomputed exactly from every %1 kept step (training at full speed).</source>
        <extracomment>%1 is an ordinal (&quot;4th&quot;).</extracomment>
        <translation>古いステップは %1 ステップごとに保持したステップから正確に再計算します (最高速で学習中)。</translation>
    </message>
    <message>
        <source>Older steps are recomputed exactly from every %1 kept step (memory budget).</source>
        <translation>古いステップは %1 ステップごとに保持したステップから正確に再計算します (メモリの上限)。</translation>
    </message>
</context>
<context>
    <name>rnnlab::TrainingControls</name>
    <message>
        <source>&amp;Play</source>
        <translation>再生(&amp;P)</translation>
    </message>
    <message>
        <source>One training &amp;step</source>
        <translation>学習 1 ステップ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>リセット(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source> Speed </source>
        <translation> 速度 </translation>
    </message>
    <message>
        <source>From one step per second (to follow along) to as fast as possible</source>
        <translation>毎秒 1 ステップ (追いかけられる速さ) から最高速まで</translation>
    </message>
</context>
<context>
    <name>rnnlab::TranslationAccessible</name>
    <message>
        <source>Translation graph</source>
        <translation>翻訳グラフ</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>ステップ %1</translation>
    </message>
</context>
<context>
    <name>rnnlab::TranslationGraph</name>
    <message>
        <source>No translation to draw yet</source>
        <translation>まだ描画する翻訳がありません</translation>
    </message>
    <message>
        <source>Encoder (encoder): reads the source</source>
        <translation>エンコーダ (encoder)：ソースを読む</translation>
    </message>
    <message>
        <source>context</source>
        <translation>コンテキスト</translation>
    </message>
    <message>
        <source>decoder</source>
        <translation>デコーダ</translation>
    </message>
    <message>
        <source>encoder</source>
        <translation>エンコーダ</translation>
    </message>
    <message>
        <source>h_%1[%2] of the %3, layer %4</source>
        <translation>%3 の h_%1[%2]、層 %4</translation>
    </message>
    <message>
        <source>context, layer %1, unit %2: the encoder&apos;s last h, the decoder&apos;s h_0</source>
        <translation>コンテキスト、層 %1、ユニット %2：エンコーダの最後の h、デコーダの h_0</translation>
    </message>
    <message>
        <source>x_%1[%2] of the %3 (one-hot)</source>
        <translation>%3 の x_%1[%2] (ワンホット)</translation>
    </message>
    <message>
        <source>p_%1(%2): the probability of this target token</source>
        <translation>p_%1(%2)：このターゲットトークンの確率</translation>
    </message>
    <message>
        <source>Decoder (decoder) and fc, translating (greedy): its own previous output in</source>
        <translation>デコーダ (decoder) と fc、翻訳 (貪欲法)：自身の直前の出力を入力</translation>
    </message>
    <message>
        <source>Decoder (decoder) and fc, teacher forcing: the previous target token in</source>
        <translation>デコーダ (decoder) と fc、教師強制：直前のターゲットトークンを入力</translation>
    </message>
    <message>
        <source>decoder (greedy)</source>
        <translation>デコーダ (貪欲法)</translation>
    </message>
    <message>
        <source>the greedy translation&apos;s output</source>
        <translation>貪欲法による翻訳の出力</translation>
    </message>
    <message>
        <source>the argmax (teacher forcing)</source>
        <translation>argmax (教師強制)</translation>
    </message>
    <message>
        <source>y_%1: %2 is %3, the target ✓</source>
        <translation>y_%1：%2は %3、ターゲットどおり ✓</translation>
    </message>
    <message>
        <source>y_%1: %2 is %3, the target is %4 ✗</source>
        <translation>y_%1：%2は %3、ターゲットは %4 ✗</translation>
    </message>
    <message>
        <source>y_%1: %2 is %3, past the target&apos;s &lt;eos&gt; ✗</source>
        <translation>y_%1：%2は %3、ターゲットの &lt;eos&gt; より後 ✗</translation>
    </message>
</context>
<context>
    <name>rnnlab::WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export figure</source>
        <translation>図をエクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>学習(&amp;T)</translation>
    </message>
    <message>
        <source>Train continuously at the chosen speed (Space)</source>
        <translation>選んだ速度で連続学習 (スペース)</translation>
    </message>
    <message>
        <source>Pause training (Space)</source>
        <translation>学習を一時停止 (スペース)</translation>
    </message>
    <message>
        <source>One optimizer step: forward, loss, backward through time, update (Ctrl+→)</source>
        <translation>オプティマイザ 1 ステップ：順伝播、損失、通時的逆伝播、更新 (Ctrl+→)</translation>
    </message>
    <message>
        <source>Back to the initial weights of the seed, step 0 (Ctrl+R)</source>
        <translation>シードの初期重み、ステップ 0 に戻す (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo weight edit</source>
        <translation>重みの編集を元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>Take back the last weight set by hand; the weights are bit for bit what they were (Ctrl+Z)</source>
        <translation>最後に手で設定した重みを取り消します。重みはビット単位で元どおりになります (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Redo weight edit</source>
        <translation>重みの編集をやり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;What if W_hh = 0?</source>
        <translation>W_hh = 0 なら？(&amp;W)</translation>
    </message>
    <message>
        <source>Show the network without its memory: the predictions it can still make, and the ones it cannot (training is not affected) (Ctrl+M)</source>
        <translation>記憶のないネットワークを表示：それでもできる予測と、できない予測 (学習には影響しません) (Ctrl+M)</translation>
    </message>
    <message>
        <source>&amp;Step by hand</source>
        <translation>手計算でたどる(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Later time step</source>
        <translation>次の時刻(&amp;L)</translation>
    </message>
    <message>
        <source>One time step to the right, in the forward walk and back through time: x_t enters, W_xh x_t and W_hh h_{t−1} add up, the activation squashes, y_t picks a character (→)</source>
        <translation>右へ 1 時刻、順方向でも時間をさかのぼる場合でも：x_t が入り、W_xh x_t と W_hh h_{t−1} を足し、活性化関数で押しつぶし、y_t で文字を選ぶ (→)</translation>
    </message>
    <message>
        <source>&amp;Earlier time step</source>
        <translation>前の時刻(&amp;E)</translation>
    </message>
    <message>
        <source>One time step to the left, in the forward walk and back through time (←)</source>
        <translation>左へ 1 時刻、順方向でも時間をさかのぼる場合でも (←)</translation>
    </message>
    <message>
        <source>&amp;Next phase</source>
        <translation>次の段階(&amp;N)</translation>
    </message>
    <message>
        <source>One part of the computation further (Shift+→)</source>
        <translation>計算を 1 段階進める (Shift+→)</translation>
    </message>
    <message>
        <source>&amp;Previous phase</source>
        <translation>前の段階(&amp;P)</translation>
    </message>
    <message>
        <source>One part of the computation back (Shift+←)</source>
        <translation>計算を 1 段階戻す (Shift+←)</translation>
    </message>
    <message>
        <source>&amp;Back through time</source>
        <translation>時間をさかのぼる(&amp;B)</translation>
    </message>
    <message>
        <source>The gradient from the last time step back to the first: dL/dh_t and where it fades (B; again: one time step further back)</source>
        <translation>最後の時刻から最初の時刻へ勾配をさかのぼる：dL/dh_t と、それが消えていく場所 (B。もう一度押すとさらに 1 時刻さかのぼる)</translation>
    </message>
    <message>
        <source>&amp;Training step in parts</source>
        <translation>学習ステップを段階ごとに(&amp;T)</translation>
    </message>
    <message>
        <source>Forward, loss, backward, update — each shown before the next (Ctrl+Shift+→)</source>
        <translation>順伝播、損失、逆伝播、更新 — それぞれを順に表示 (Ctrl+Shift+→)</translation>
    </message>
    <message>
        <source>Lea&amp;ve the walk</source>
        <translation>たどるのをやめる(&amp;V)</translation>
    </message>
    <message>
        <source>Show the whole pass again (Esc)</source>
        <translation>全体の計算を再び表示 (Esc)</translation>
    </message>
    <message>
        <source>&amp;Walk layer by layer</source>
        <translation>層ごとにたどる(&amp;W)</translation>
    </message>
    <message>
        <source>Stacked layers: walk layer 1 over all of time, then layer 2 — how PyTorch computes it — instead of every layer at t, then t+1. The numbers are the same either way (L)</source>
        <translation>多層：時刻 t の全層、次に t+1 の代わりに、層 1 を全時刻、次に層 2 の順にたどる — PyTorch の計算順どおり。どちらでも数値は同じです (L)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Fold</source>
        <translation>折りたたむ(&amp;F)</translation>
    </message>
    <message>
        <source>Fold the unrolled graph into one cell with its W_hh loop, or unfold it over time (F)</source>
        <translation>展開したグラフを W_hh ループ付きの 1 つのセルに折りたたむ、または時間方向に展開する (F)</translation>
    </message>
    <message>
        <source>Un&amp;fold</source>
        <translation>展開する(&amp;F)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Larger cells, same text size (Ctrl++, or Ctrl+wheel)</source>
        <translation>セルを大きく、文字サイズはそのまま (Ctrl++ または Ctrl+ホイール)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>Smaller cells, down to fit-to-window (Ctrl+−)</source>
        <translation>セルを小さく、ウィンドウに収まる大きさまで (Ctrl+−)</translation>
    </message>
    <message>
        <source>Fit to &amp;window</source>
        <translation>ウィンドウに合わせる(&amp;W)</translation>
    </message>
    <message>
        <source>Show the whole graph (Ctrl+0); Ctrl+wheel zooms, dragging pans</source>
        <translation>グラフ全体を表示 (Ctrl+0)。Ctrl+ホイールで拡大縮小、ドラッグで移動</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>プレゼンテーションモード(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen, large type, only the graph, the equations and the play controls (F11)</source>
        <translation>全画面、大きな文字、グラフ・式・再生操作のみ (F11)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation>レッスン(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Open the lesson</source>
        <translation>レッスンを開く(&amp;O)</translation>
    </message>
    <message>
        <source>The lecture step by step, with the app set up for each step (F9)</source>
        <translation>講義を 1 ステップずつ、各ステップに合わせてアプリを設定 (F9)</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>次のステップ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>前のステップ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>rnnlab &amp;Handbook</source>
        <translation>rnnlab ハンドブック(&amp;H)</translation>
    </message>
    <message>
        <source>The tour of the window, the walk by hand and the classroom tools (F1)</source>
        <translation>ウィンドウの案内、手計算でのたどり方、授業用ツール (F1)</translation>
    </message>
    <message>
        <source>&amp;Notation</source>
        <translation>記法(&amp;N)</translation>
    </message>
    <message>
        <source>The lecture&apos;s symbols, PyTorch&apos;s names and rnnlab&apos;s, side by side</source>
        <translation>講義の記号、PyTorch の名前、rnnlab の名前の対応表</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About rnnlab</source>
        <translation>rnnlab について(&amp;A)</translation>
    </message>
    <message>
        <source>About rnnlab</source>
        <translation>rnnlab について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;rnnlab %1&lt;/h3&gt;&lt;p&gt;Recurrent neural networks, shown at work.&lt;/p&gt;&lt;p&gt;Its numbers are the ones PyTorch 1.13 computes for the same model: the same initial weights from the same seed and each Adam or SGD step from the same gradients, bit for bit; the forward pass, the losses and the gradients in float32, to its last digits (losses within 10&lt;sup&gt;−6&lt;/sup&gt; over the first ten steps).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;rnnlab %1&lt;/h3&gt;&lt;p&gt;リカレントニューラルネットワークの動きを見せます。&lt;/p&gt;&lt;p&gt;数値は同じモデルで PyTorch 1.13 が計算するものと同じです：同じシードから同じ初期重み、同じ勾配から Adam や SGD の各ステップをビット単位で再現し、順伝播・損失・勾配は float32 の末尾の桁まで一致します (最初の 10 ステップの損失は 10&lt;sup&gt;−6&lt;/sup&gt; 以内)。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>Import series from &amp;CSV…</source>
        <translation>CSV から系列を読み込む(&amp;C)…</translation>
    </message>
    <message>
        <source>A CSV file&apos;s columns as the features of a time series, in Model and data</source>
        <translation>CSV ファイルの列を時系列の特徴量として「モデルとデータ」に読み込みます</translation>
    </message>
    <message>
        <source>Reduce &amp;motion</source>
        <translation>動きを減らす(&amp;M)</translation>
    </message>
    <message>
        <source>Fold and unfold at once, without the animation; no animated menus or docks. Training and the walk by hand still play, one step at a time</source>
        <translation>折りたたみ・展開をアニメーションなしで即座に行い、メニューやドックのアニメーションもなくします。学習と手計算はこれまでどおり 1 ステップずつ再生されます</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Analyze</name>
    <message>
        <source>--span: &quot;%1&quot; is not a span: give A:B, the time steps A to B − 1 of the first text (0-based), e.g. --span 2:5</source>
        <translation>--span：&quot;%1&quot; は範囲ではありません：A:B (最初のテキストの時刻 A から B − 1、0 から数える) を指定してください。例：--span 2:5</translation>
    </message>
    <message>
        <source>Write what a network remembers as JSON, for one layer (default: the top one):
  influence  [text][t][s], s = 0…t: ‖∂ log softmax(y_t)[target_t] / ∂x_s‖₂, how much each earlier one-hot input x_s drives step t&apos;s log-probability of its target (the engine&apos;s BPTT from that one term; a step without a target, a classifier&apos;s before its last, has an empty row);
  pca        mean [H], components [2][H] (the first two right singular vectors of the centred states, every step of every text as rows; each flipped so that its largest entry is positive), explained_variance_ratio [2], points [rows][2];
  units      values [text][t][H], and with --span the units ranked by |mean inside − mean outside| / pooled standard deviation.

  rnnlab-cli analyze hello.json -o memory.json
  rnnlab-cli analyze SESSION.json --steps 100 --layer 0 --span 2:5 -o memory.json

Exit status: 0 done; 1 a training step was refused or the file could not be written; 2 bad input.</source>
        <translation>ネットワークが記憶している内容を、1 つの層 (既定：最上層) について JSON として書き出します：
  influence  [text][t][s], s = 0…t：‖∂ log softmax(y_t)[target_t] / ∂x_s‖₂。それ以前の各ワンホット入力 x_s が、時刻 t の正解の対数確率をどれだけ左右するか (その 1 項からのエンジンの BPTT。正解のない時刻、つまり分類器の最後より前の時刻は空の行)。
  pca        mean [H]、components [2][H] (中心化した状態 (全テキストの全時刻を行とする) の最初の 2 つの右特異ベクトル。それぞれ最大要素が正になるよう符号を反転)、explained_variance_ratio [2]、points [rows][2]。
  units      values [text][t][H]。--span を指定すると、ユニットを |内側の平均 − 外側の平均| / プールした標準偏差 で順位付け。

  rnnlab-cli analyze hello.json -o memory.json
  rnnlab-cli analyze SESSION.json --steps 100 --layer 0 --span 2:5 -o memory.json

終了ステータス：0 完了。1 学習ステップが拒否された、またはファイルを書き出せなかった。2 入力が不正。</translation>
    </message>
    <message>
        <source>A session file (.rnnlab or .json).</source>
        <translation>セッションファイル (.rnnlab または .json)。</translation>
    </message>
    <message>
        <source>Train this many steps first (default 0: the session&apos;s weights as they are).</source>
        <translation>先にこのステップ数だけ学習します (既定 0：セッションの重みをそのまま使う)。</translation>
    </message>
    <message>
        <source>The layer whose states are analysed, 0 = the bottom (default: the top one). The influence is always of the network&apos;s input.</source>
        <translation>状態を分析する層。0 = 最下層 (既定：最上層)。影響度は常にネットワークの入力に対するものです。</translation>
    </message>
    <message>
        <source>h (default), or c: an LSTM&apos;s cell state.</source>
        <translation>h (既定)、または c：LSTM のセル状態。</translation>
    </message>
    <message>
        <source>Rank the units for time steps A to B − 1 of the first text (0-based) against every other step.</source>
        <translation>最初のテキストの時刻 A から B − 1 (0 から数える) について、他のすべての時刻と比べてユニットを順位付けします。</translation>
    </message>
    <message>
        <source>Write the JSON here (required).</source>
        <translation>JSON の書き出し先 (必須)。</translation>
    </message>
    <message>
        <source>--state c: only an LSTM has a cell state c, and this session&apos;s cell is %1: use --state h</source>
        <translation>--state c：セル状態 c を持つのは LSTM だけですが、このセッションのセルは %1 です：--state h を使ってください</translation>
    </message>
    <message>
        <source>--state: &quot;%1&quot; is neither h (the hidden state) nor c (an LSTM&apos;s cell state)</source>
        <translation>--state：&quot;%1&quot; は h (隠れ状態) でも c (LSTM のセル状態) でもありません</translation>
    </message>
    <message>
        <source>give the file to write with -o OUT.json</source>
        <translation>-o OUT.json で書き出すファイルを指定してください</translation>
    </message>
    <message>
        <source>cannot write %1: the analysis holds a number that is not finite (inf or nan), which JSON cannot hold; nothing was written</source>
        <translation>%1 に書き出せません：分析結果に有限でない数値 (inf または nan) があり、JSON では表せません。何も書き出していません</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Bench</name>
    <message>
        <source>Train as fast as possible on one thread (after a warm-up) and print one JSON object with &quot;steps_per_s&quot; and &quot;ms_per_step&quot;. Without a session: the lecture&apos;s example.

  rnnlab-cli bench
  rnnlab-cli bench ../shared/bench/rnn_tanh_h128_l2_text200.json --seconds 5</source>
        <translation>1 スレッドで (ウォームアップ後に) できるだけ速く学習し、&quot;steps_per_s&quot; と &quot;ms_per_step&quot; を持つ JSON オブジェクトを 1 つ出力します。セッションを指定しなければ講義の例を使います。

  rnnlab-cli bench
  rnnlab-cli bench ../shared/bench/rnn_tanh_h128_l2_text200.json --seconds 5</translation>
    </message>
    <message>
        <source>How long to measure (default 3).</source>
        <translation>測定時間 (秒、既定 3)。</translation>
    </message>
    <message>
        <source>Seconds of training before measuring (default 0.5).</source>
        <translation>測定前に学習する秒数 (既定 0.5)。</translation>
    </message>
    <message>
        <source>--%1: %2 is out of range: it must be between 0 and 3600</source>
        <translation>--%1：%2 は範囲外です：0 から 3600 の間でなければなりません</translation>
    </message>
    <message>
        <source>--seconds: must be more than 0</source>
        <translation>--seconds：0 より大きくなければなりません</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Check</name>
    <message>
        <source>Validate a session and describe it; exit status 2 with a message per problem when it is not valid.</source>
        <translation>セッションを検証して内容を表示します。不正な場合は問題ごとにメッセージを出し、終了ステータス 2 で終了します。</translation>
    </message>
    <message numerus="yes">
        <source>model: %1, hidden size %2, %3, %4; %n parameters</source>
        <extracomment>%1 the cell (rnn_tanh, lstm, …), %2 the hidden size, %3 &quot;1 layer&quot; or &quot;2 layers&quot;, %4 &quot;with an output layer&quot; or &quot;no output layer&quot;, %n the parameters.</extracomment>
        <translation>
            <numerusform>モデル：%1、隠れ層サイズ %2、%3、%4。パラメータ %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>source vocabulary: %1 (%n characters); target tokens: &lt;sos&gt;, &lt;eos&gt;, %2 (%3)</source>
        <extracomment>%1 the source characters, %n how many; %2 the target characters, %3 how many tokens in all.</extracomment>
        <translation>
            <numerusform>ソースの語彙：%1 (%n 文字)。ターゲットのトークン：&lt;sos&gt;、&lt;eos&gt;、%2 (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>data: %n pairs (translate: an encoder–decoder, CrossEntropyLoss over every decoder step)</source>
        <translation>
            <numerusform>データ：ペア %n 個 (translate：エンコーダ–デコーダ、デコーダの全時刻にわたる CrossEntropyLoss)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>vocabulary: %1 (%n characters)</source>
        <translation>
            <numerusform>語彙：%1 (%n 文字)</numerusform>
        </translation>
    </message>
    <message>
        <source>data: %1 series of %2, %3 time steps in all (forecast: the next value, MSELoss); %4 test series</source>
        <extracomment>%1 how many series, %2 &quot;1 feature&quot; or &quot;3 features&quot;, %3 the time steps, %4 how many test series.</extracomment>
        <translation>データ：%2 の系列 %1 個、計 %3 時刻 (forecast：次の値、MSELoss)。テスト系列 %4 個</translation>
    </message>
    <message>
        <source>1 feature</source>
        <translation>1 特徴量</translation>
    </message>
    <message numerus="yes">
        <source>%n features</source>
        <translation>
            <numerusform>%n 特徴量</numerusform>
        </translation>
    </message>
    <message>
        <source>data: %1, %2 time steps in all, one label each (classify) from %3 classes: %4</source>
        <extracomment>%1 &quot;1 text&quot; or &quot;3 texts&quot;, %2 the time steps, %3 how many classes, %4 the classes&apos; names.</extracomment>
        <translation>データ：%1、計 %2 時刻、それぞれ %3 クラスからラベル 1 つ (classify)：%4</translation>
    </message>
    <message>
        <source>data: %1, %2 time steps in all</source>
        <extracomment>%1 &quot;1 text&quot; or &quot;3 texts&quot;, %2 the time steps.</extracomment>
        <translation>データ：%1、計 %2 時刻</translation>
    </message>
    <message>
        <source>no clipping</source>
        <translation>クリップなし</translation>
    </message>
    <message numerus="yes">
        <source>training: %1, %2, seed %3, %n steps</source>
        <extracomment>%1 the optimizer and its settings (&quot;adam lr 0.01&quot;), %2 &quot;clip_grad_norm 1&quot; or &quot;no clipping&quot;, %3 the seed, %n the session&apos;s training steps.</extracomment>
        <translation>
            <numerusform>学習：%1、%2、シード %3、%n ステップ</numerusform>
        </translation>
    </message>
    <message>
        <source>weights: from the file</source>
        <translation>重み：ファイルから</translation>
    </message>
    <message>
        <source>weights: initialized from the seed</source>
        <translation>重み：シードから初期化</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Common</name>
    <message>
        <source>1 layer</source>
        <translation>1 層</translation>
    </message>
    <message numerus="yes">
        <source>%n layers</source>
        <translation>
            <numerusform>%n 層</numerusform>
        </translation>
    </message>
    <message>
        <source>1 text</source>
        <translation>テキスト 1 個</translation>
    </message>
    <message numerus="yes">
        <source>%n texts</source>
        <translation>
            <numerusform>テキスト %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>with an output layer</source>
        <translation>出力層あり</translation>
    </message>
    <message>
        <source>no output layer</source>
        <translation>出力層なし</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a whole number</source>
        <translation>--%1：&quot;%2&quot; は整数ではありません</translation>
    </message>
    <message>
        <source>--%1: %2 is out of range: it must be between %3 and %4</source>
        <translation>--%1：%2 は範囲外です：%3 から %4 の間でなければなりません</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a finite number</source>
        <translation>--%1：&quot;%2&quot; は有限の数値ではありません</translation>
    </message>
    <message>
        <source>--%1: the file name is empty: give the file to write</source>
        <translation>--%1：ファイル名が空です：書き出すファイルを指定してください</translation>
    </message>
    <message>
        <source>give the session file to write: -o OUT.json</source>
        <translation>書き出すセッションファイルを指定してください：-o OUT.json</translation>
    </message>
    <message>
        <source>%1 exists: choose another name with -o, or --force to replace it</source>
        <translation>%1 は既に存在します：-o で別の名前を選ぶか、--force で置き換えてください</translation>
    </message>
    <message>
        <source>%1 (see %2 --help)</source>
        <translation>%1 (%2 --help を参照)</translation>
    </message>
    <message>
        <source>A session file (.json).</source>
        <translation>セッションファイル (.json)。</translation>
    </message>
    <message>
        <source>A training text instead of a session file (repeat for several texts); the lecture&apos;s settings apply unless overridden.</source>
        <translation>セッションファイルの代わりに使う学習テキスト (複数なら繰り返し指定)。指定で上書きしない限り、講義の設定を使います。</translation>
    </message>
    <message>
        <source>With --text: the class of that text (repeat, one per --text, in order); makes it a many-to-one classifier (task &quot;classify&quot;).</source>
        <translation>--text と併用：そのテキストのクラス (--text ごとに 1 つ、順に繰り返し指定)。many-to-one の分類器になります (タスク &quot;classify&quot;)。</translation>
    </message>
    <message>
        <source>Hidden units (with --text, default: the vocabulary size).</source>
        <translation>隠れユニット数 (--text のときの既定値：語彙サイズ)。</translation>
    </message>
    <message>
        <source>rnn_tanh, rnn_relu, lstm or gru.</source>
        <translation>rnn_tanh、rnn_relu、lstm、gru のいずれか。</translation>
    </message>
    <message>
        <source>Stacked layers, 1-8.</source>
        <translation>層数 (1-8)。</translation>
    </message>
    <message>
        <source>Add nn.Linear(H, V) on the top layer: on or off.</source>
        <translation>最上層に nn.Linear(H, V) を追加：on または off。</translation>
    </message>
    <message>
        <source>adam or sgd.</source>
        <translation>adam または sgd。</translation>
    </message>
    <message>
        <source>Learning rate.</source>
        <translation>学習率。</translation>
    </message>
    <message>
        <source>SGD momentum.</source>
        <translation>SGD のモーメンタム。</translation>
    </message>
    <message>
        <source>clip_grad_norm_ limit, or &quot;none&quot;.</source>
        <translation>clip_grad_norm_ の上限、または &quot;none&quot;。</translation>
    </message>
    <message>
        <source>torch.manual_seed for the initial weights.</source>
        <translation>初期重みのための torch.manual_seed。</translation>
    </message>
    <message>
        <source>--cell: &quot;%1&quot; is not a cell type: use rnn_tanh, rnn_relu, lstm or gru</source>
        <translation>--cell：&quot;%1&quot; はセルの種類ではありません：rnn_tanh、rnn_relu、lstm、gru のいずれかを使ってください</translation>
    </message>
    <message>
        <source>--output-layer: &quot;%1&quot; is neither on nor off</source>
        <translation>--output-layer：&quot;%1&quot; は on でも off でもありません</translation>
    </message>
    <message>
        <source>--optimizer: &quot;%1&quot; is not an optimizer: use adam or sgd</source>
        <translation>--optimizer：&quot;%1&quot; は最適化手法ではありません：adam または sgd を使ってください</translation>
    </message>
    <message>
        <source>give one session file, not %1 (%2)</source>
        <translation>セッションファイルは 1 つだけ指定してください：%1 個が指定されました (%2)</translation>
    </message>
    <message>
        <source>give a session file or --text, not both</source>
        <translation>セッションファイルか --text のどちらか一方を指定してください (両方は不可)</translation>
    </message>
    <message>
        <source>give a session file (SESSION.json) or a text (--text hello); see --help</source>
        <translation>セッションファイル (SESSION.json) またはテキスト (--text hello) を指定してください。--help を参照</translation>
    </message>
    <message>
        <source>--label goes with --text; a session file gives its labels in data.labels</source>
        <translation>--label は --text と一緒に使います。セッションファイルではラベルを data.labels に記述します</translation>
    </message>
    <message>
        <source>note: momentum %1 is ignored: it applies to sgd; Adam&apos;s betas are (0.9, 0.999)</source>
        <translation>注意：モーメンタム %1 は無視されます：sgd 用の設定です。Adam の betas は (0.9, 0.999) です</translation>
    </message>
    <message>
        <source> (on the command line: --output-layer on, or --hidden-size %1)</source>
        <extracomment>After &quot;… or set model.output_layer to true&quot;; %1 the hidden size the data needs.</extracomment>
        <translation> (コマンドラインでは --output-layer on、または --hidden-size %1)</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Compare</name>
    <message>
        <source>Train two or three sessions side by side — each its own model (cell, layers, hidden size, output layer, seed), all on the same texts with the same optimizer settings — and print compare mode&apos;s summary table: parameters, the step, its loss, the first step at which every prediction was right, the time per step and the steps per second. The losses and steps are exactly what `rnnlab-cli train SESSION --steps N` prints for each session.

  rnnlab-cli compare one-layer.json two-layers.json --steps 30
  rnnlab-cli compare --preset cells

Exit status: 0 done; 1 a model&apos;s step was refused (the table shows where it stopped); 2 bad input (the sessions do not share texts or optimizer settings, or an option is wrong).</source>
        <translation>それぞれ独自のモデル (セル、層数、隠れ層サイズ、出力層、シード) を持つ 2 つか 3 つのセッションを、同じテキスト・同じオプティマイザ設定で並べて学習し、比較モードの要約表を出力します：パラメータ数、ステップ、その損失、すべての予測が初めて正解したステップ、1 ステップあたりの時間、毎秒のステップ数。損失とステップは、各セッションで `rnnlab-cli train SESSION --steps N` が出力する値とまったく同じです。

  rnnlab-cli compare one-layer.json two-layers.json --steps 30
  rnnlab-cli compare --preset cells

終了ステータス：0 完了。1 モデルのステップが拒否された (停止した位置は表に表示)。2 入力が不正 (セッション間でテキストやオプティマイザ設定が異なる、またはオプションが誤っている)。</translation>
    </message>
    <message>
        <source>Two or three session files (.json).</source>
        <translation>2 つか 3 つのセッションファイル (.json)。</translation>
    </message>
    <message>
        <source>Training steps for every model (default: the sessions&apos; &quot;steps&quot;, which must then agree).</source>
        <translation>全モデルの学習ステップ数 (既定：セッションの &quot;steps&quot;。その場合は全セッションで一致している必要があります)。</translation>
    </message>
    <message>
        <source>Instead of session files: &quot;layers&quot; (1 layer vs 2 layers on hello) or &quot;cells&quot; (rnn_tanh vs lstm vs gru on a 40-character text).</source>
        <translation>セッションファイルの代わりに：&quot;layers&quot; (hello で 1 層 vs 2 層) または &quot;cells&quot; (40 文字のテキストで rnn_tanh vs lstm vs gru)。</translation>
    </message>
    <message>
        <source>give session files or --preset, not both</source>
        <translation>セッションファイルか --preset のどちらか一方を指定してください (両方は不可)</translation>
    </message>
    <message>
        <source>--preset: &quot;%1&quot; is not a preset: use layers or cells</source>
        <translation>--preset：&quot;%1&quot; はプリセットではありません：layers または cells を使ってください</translation>
    </message>
    <message>
        <source>give two or three session files to compare, not %1 (see rnnlab-cli compare --help)</source>
        <translation>比較するセッションファイルを 2 つか 3 つ指定してください。%1 個ではありません (rnnlab-cli compare --help を参照)</translation>
    </message>
    <message>
        <source>cannot compare these sessions</source>
        <translation>これらのセッションは比較できません</translation>
    </message>
    <message>
        <source>training.steps differs between the sessions (%1): give the number of steps to compare with --steps N</source>
        <translation>training.steps がセッション間で異なります (%1)：比較するステップ数を --steps N で指定してください</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::ExportPytorch</name>
    <message>
        <source>Write the PyTorch script that builds and trains exactly this session&apos;s model, with its weights and optimizer state loaded: `python3 train.py --steps N` (PyTorch 1.13) continues training where the session stopped and prints the lines `rnnlab-cli train SESSION --steps N` prints.

  rnnlab-cli train --text hello --steps 5 --save hello.rnnlab
  rnnlab-cli export-pytorch hello.rnnlab -o train.py
  /usr/bin/python3 train.py --steps 20</source>
        <translation>このセッションのモデルをそのまま構築して学習する PyTorch スクリプトを、重みとオプティマイザの状態を読み込んだ形で書き出します：`python3 train.py --steps N` (PyTorch 1.13) はセッションが止まったところから学習を続け、`rnnlab-cli train SESSION --steps N` と同じ行を出力します。

  rnnlab-cli train --text hello --steps 5 --save hello.rnnlab
  rnnlab-cli export-pytorch hello.rnnlab -o train.py
  /usr/bin/python3 train.py --steps 20</translation>
    </message>
    <message>
        <source>A session file (.rnnlab or .json).</source>
        <translation>セッションファイル (.rnnlab または .json)。</translation>
    </message>
    <message>
        <source>Write the script here (default: standard output).</source>
        <translation>スクリプトの書き出し先 (既定：標準出力)。</translation>
    </message>
    <message>
        <source>wrote %1 (continues from step %2: python3 %3 --steps N)</source>
        <translation>%1 を書き出しました (ステップ %2 から続行：python3 %3 --steps N)</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Generate</name>
    <message>
        <source>--prime, --temperature and --sample-seed are for texts: a forecast starts from the end of a series (--series K) and feeds back each predicted value</source>
        <translation>--prime、--temperature、--sample-seed はテキスト用です：多段予測は系列の末尾 (--series K) から始め、予測値を 1 つずつ入力に戻します</translation>
    </message>
    <message>
        <source>A session file (.json), usually one written by train --save.</source>
        <translation>セッションファイル (.json)。通常は train --save で書き出したもの。</translation>
    </message>
    <message>
        <source>Train this many steps first (default 0: use the weights as they are).</source>
        <translation>先にこのステップ数だけ学習します (既定 0：重みをそのまま使う)。</translation>
    </message>
    <message>
        <source>this session is a classifier (task &quot;classify&quot;): it predicts one label per text, not the next character, so it cannot continue a prime; use rnnlab-cli train to see its predictions</source>
        <translation>このセッションは分類器 (タスク &quot;classify&quot;) です：次の文字ではなくテキストごとに 1 つのラベルを予測するので、書き始めの文字列の続きは書けません。予測を見るには rnnlab-cli train を使ってください</translation>
    </message>
    <message>
        <source>note: %1 holds untrained weights (step 0): train it with rnnlab-cli train %1 --save %1 first, or give --steps N</source>
        <extracomment>%1 the session file as typed.</extracomment>
        <translation>注意：%1 の重みは未学習 (ステップ 0) です：先に rnnlab-cli train %1 --save %1 で学習するか、--steps N を指定してください</translation>
    </message>
    <message numerus="yes">
        <source>--series %1: this session has %n series (1 … %n)</source>
        <extracomment>%1 the number typed; %n how many series the session has (the last number allowed).</extracomment>
        <translation>
            <numerusform>--series %1：このセッションの系列は %n 個です (1 … %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>--series %1: this session has %2 training and %3 test series (1 … %4: the test series after the training series)</source>
        <extracomment>%1 the number typed, %2 the training series, %3 the test series, %4 their sum.</extracomment>
        <translation>--series %1：このセッションには学習系列が %2 個、テスト系列が %3 個あります (1 … %4：テスト系列は学習系列の後)</translation>
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
        <translation>セッションのネットワークを実行し、タスクに応じて作ったものを出力します：
  テキスト (次の文字)：PRIME をネットワークに通し、それに続けて LENGTH 文字を出力します。各回、最も確率の高い次の文字か、--temperature でサンプリングした文字です。
  時系列 (forecast)：系列 K を通したあと、各予測値を次の入力として戻し、予測した LENGTH 個の点を 1 行に 1 つずつ出力します (自己回帰予測)。
  翻訳 (translate)：各ペアのソース (または PRIME) と、その貪欲法による翻訳を 1 行に 1 つずつ出力します。
重みはファイルのものです：先に train --save で学習してください (または --steps N を指定)。

  rnnlab-cli train --text hello --steps 50 --save hello.json
  rnnlab-cli generate hello.json --prime h --length 4
  rnnlab-cli train sine.json --steps 200 --save sine.json
  rnnlab-cli generate sine.json --length 40
  rnnlab-cli generate reverse-words.json --steps 300 --prime hello</translation>
    </message>
    <message>
        <source>Text: the characters to start from (default: the first text&apos;s first). Translation: a source to translate instead of the pairs&apos;.</source>
        <translation>テキスト：書き始めの文字列 (既定：最初のテキストの最初の文字)。翻訳：ペアのソースの代わりに翻訳するソース。</translation>
    </message>
    <message>
        <source>Text: the characters to generate; time series: the points to predict (at least 1, default 20).</source>
        <translation>テキスト：生成する文字数。時系列：予測する点数 (1 以上、既定 20)。</translation>
    </message>
    <message>
        <source>Text: sample from softmax(logits / T) instead of taking the most probable character.</source>
        <translation>テキスト：最も確率の高い文字を選ぶ代わりに softmax(logits / T) からサンプリングします。</translation>
    </message>
    <message>
        <source>Text: the seed of the sampling (default 0).</source>
        <translation>テキスト：サンプリングのシード (既定 0)。</translation>
    </message>
    <message>
        <source>Time series: the series to continue, counted from 1 as the window counts them: the training series, then the test series (default 1).</source>
        <translation>時系列：続ける系列。ウィンドウと同じく 1 から数え、学習系列、続いてテスト系列の順です (既定 1)。</translation>
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
        <translation>PyTorch で学習したモデルを rnnlab のセッションに変換します：STATE.json は save_state_dict_json() (export-pytorch が生成するどのスクリプトにも含まれるヘルパー) が書き出すもので、モデルの重みと、保存されていればオプティマイザの状態を含みます。これで rnnlab はモデルを表示し、PyTorch が止まったところから学習を続けられます。

  python3 train.py --steps 100 --save-state state.json
  rnnlab-cli import-pytorch state.json -o trained.rnnlab
  rnnlab trained.rnnlab

MODEL.pt は、自作のモデルに対して torch.save(model.state_dict(), &quot;model.pt&quot;) が書き出すものです：nn.RNN、nn.LSTM、nn.GRU のいずれか 1 つと、任意で nn.Linear 1 つ (名前は自由)。重みしか含まないので、テキスト (--text)、ワンホットの順序 (--vocabulary)、nn.RNN の場合は --cell を指定してください。

  rnnlab-cli import-pytorch model.pt --text &quot;hello world&quot; --vocabulary &quot; dehlorw&quot; --cell rnn_tanh</translation>
    </message>
    <message>
        <source>The saved state (JSON), or a state_dict saved by torch.save (.pt).</source>
        <translation>保存した状態 (JSON)、または torch.save で保存した state_dict (.pt)。</translation>
    </message>
    <message>
        <source>The session file to write (default: STATE.rnnlab beside STATE.json). An existing file is not replaced unless --force is given.</source>
        <translation>書き出すセッションファイル (既定：STATE.json と同じ場所の STATE.rnnlab)。--force を指定しない限り、既存のファイルは置き換えません。</translation>
    </message>
    <message>
        <source>A training text (repeat for several), when the file has none or to replace its own.</source>
        <translation>学習テキスト (複数なら繰り返し指定)。ファイルにテキストがない場合や、ファイルのテキストを置き換える場合に使います。</translation>
    </message>
    <message>
        <source>MODEL.pt: the characters in the order of the model&apos;s one-hot inputs (default: the texts&apos; characters in order of first appearance).</source>
        <translation>MODEL.pt 用：モデルのワンホット入力の順に並べた文字 (既定：テキストの文字を初出順に)。</translation>
    </message>
    <message>
        <source>MODEL.pt of an nn.RNN: rnn_tanh or rnn_relu (a state_dict does not record which); LSTM and GRU are told by their shapes.</source>
        <translation>nn.RNN の MODEL.pt 用：rnn_tanh または rnn_relu (state_dict にはどちらかが記録されません)。LSTM と GRU は形状から判別します。</translation>
    </message>
    <message>
        <source>Replace OUT if it exists.</source>
        <translation>OUT が存在すれば置き換えます。</translation>
    </message>
    <message>
        <source>give one STATE.json (written by save_state_dict_json) or MODEL.pt (torch.save); see --help</source>
        <translation>STATE.json (save_state_dict_json で書き出したもの) または MODEL.pt (torch.save) を 1 つ指定してください。--help を参照</translation>
    </message>
    <message>
        <source>--cell: &quot;%1&quot; is not a cell: use rnn_tanh, rnn_relu, lstm or gru</source>
        <translation>--cell：&quot;%1&quot; はセルではありません：rnn_tanh、rnn_relu、lstm、gru のいずれかを使ってください</translation>
    </message>
    <message>
        <source>--vocabulary and --cell are for a .pt file; a JSON state names its own</source>
        <translation>--vocabulary と --cell は .pt ファイル用です。JSON の状態には自身の設定が記録されています</translation>
    </message>
    <message>
        <source>--text TEXT (once per text)</source>
        <translation>--text TEXT (テキストごとに 1 回)</translation>
    </message>
    <message>
        <source>give %1</source>
        <translation>%1 を指定してください</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>%1 exists: choose another name with -o, or --force to replace it</source>
        <translation>%1 は既に存在します：-o で別の名前を選ぶか、--force で置き換えてください</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1: %2, hidden size %3, %4, %5, %6, after %n steps</source>
        <extracomment>%1 the file, %2 the cell (rnn_tanh, lstm, …), %3 the hidden size, %4 &quot;1 layer&quot; or &quot;2 layers&quot;, %5 &quot;with an output layer&quot; or &quot;no output layer&quot;, %6 the optimizer (adam, sgd), %n the steps.</extracomment>
        <translation>
            <numerusform>%1 を書き出しました：%2、隠れ層サイズ %3、%4、%5、%6、%n ステップ後</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Main</name>
    <message>
        <source>Train a session (or --text TEXT) and print one line per step</source>
        <translation>セッション (または --text TEXT) を学習し、1 ステップごとに 1 行出力</translation>
    </message>
    <message>
        <source>Continue a prime string with a session&apos;s weights</source>
        <translation>セッションの重みで書き始めの文字列の続きを生成</translation>
    </message>
    <message>
        <source>Measure training speed (steps per second) as JSON</source>
        <translation>学習速度 (毎秒のステップ数) を JSON で測定</translation>
    </message>
    <message>
        <source>Validate a session file and describe it</source>
        <translation>セッションファイルを検証して内容を表示</translation>
    </message>
    <message>
        <source>Train two or three sessions side by side and print a summary table</source>
        <translation>2 つか 3 つのセッションを並べて学習し、要約表を出力</translation>
    </message>
    <message>
        <source>Write the PyTorch script that continues training a session</source>
        <translation>セッションの学習を続ける PyTorch スクリプトを書き出す</translation>
    </message>
    <message>
        <source>Turn a state saved by that script&apos;s helper into a session</source>
        <translation>そのスクリプトのヘルパーで保存した状態をセッションに変換</translation>
    </message>
    <message>
        <source>Write what a network remembers (influence, PCA, units) as JSON</source>
        <translation>ネットワークが記憶している内容 (影響度、PCA、ユニット) を JSON で書き出す</translation>
    </message>
    <message>
        <source>Train for a long run, watching memory, NaNs and step time</source>
        <translation>長時間学習し、メモリ、NaN、ステップ時間を監視</translation>
    </message>
    <message>
        <source>Write a time-series session from a generated wave (sine, square, ...)</source>
        <translation>生成した波形 (正弦波、矩形波、...) から時系列のセッションを書き出す</translation>
    </message>
    <message>
        <source>Write a translation session from a file of source&lt;Tab&gt;target pairs</source>
        <translation>source&lt;Tab&gt;target のペアのファイルから翻訳のセッションを書き出す</translation>
    </message>
    <message>
        <source>Usage: rnnlab-cli &lt;command&gt; [options]</source>
        <translation>使い方：rnnlab-cli &lt;command&gt; [options]</translation>
    </message>
    <message>
        <source>rnnlab&apos;s engine without the window: the numbers are PyTorch 1.13&apos;s.</source>
        <translation>ウィンドウなしの rnnlab のエンジンです：数値は PyTorch 1.13 と同じです。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド：</translation>
    </message>
    <message>
        <source>the lecture&apos;s example</source>
        <translation>講義の例</translation>
    </message>
    <message>
        <source>a command&apos;s options</source>
        <translation>コマンドのオプション</translation>
    </message>
    <message>
        <source>Every command takes --language CODE (%1); without it, the
window&apos;s View &gt; Language, else the system&apos;s. Numbers stay in the C locale.</source>
        <translation>どのコマンドも --language CODE (%1) を受け付けます。指定しなければ、
ウィンドウの 表示 &gt; 言語 の設定、なければシステムの言語を使います。数値は C ロケールのままです。</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>The end of a list: &quot;train, generate, … and soak&quot; (%1: all but the last, %2: the last).</extracomment>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>--language needs a value: %1</source>
        <translation>--language には値が必要です：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command; the commands are %2 (see rnnlab-cli --help)</source>
        <translation>&quot;%1&quot; はコマンドではありません。コマンドは %2 です (rnnlab-cli --help を参照)</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::NewForecast</name>
    <message>
        <source>The session file to write.</source>
        <translation>書き出すセッションファイル。</translation>
    </message>
    <message>
        <source>sine (default), square, sawtooth, triangle or two_sines.</source>
        <translation>sine (既定)、square、sawtooth、triangle、two_sines のいずれか。</translation>
    </message>
    <message>
        <source>Time steps per period (default 20).</source>
        <translation>1 周期あたりの時刻数 (既定 20)。</translation>
    </message>
    <message>
        <source>Default 1.</source>
        <translation>既定 1。</translation>
    </message>
    <message>
        <source>Radians (default 0).</source>
        <translation>ラジアン (既定 0)。</translation>
    </message>
    <message>
        <source>Points (default 100).</source>
        <translation>点数 (既定 100)。</translation>
    </message>
    <message>
        <source>two_sines: the second sine&apos;s period (default 7).</source>
        <translation>two_sines：2 つ目の正弦波の周期 (既定 7)。</translation>
    </message>
    <message>
        <source>two_sines: its amplitude (default 0.5).</source>
        <translation>two_sines：その振幅 (既定 0.5)。</translation>
    </message>
    <message>
        <source>Standard deviation of Gaussian noise (default 0).</source>
        <translation>ガウスノイズの標準偏差 (既定 0)。</translation>
    </message>
    <message>
        <source>Seed of the noise (default 0).</source>
        <translation>ノイズのシード (既定 0)。</translation>
    </message>
    <message>
        <source>rnn_tanh, rnn_relu, lstm (default) or gru.</source>
        <translation>rnn_tanh、rnn_relu、lstm (既定)、gru のいずれか。</translation>
    </message>
    <message>
        <source>Hidden units (default 16).</source>
        <translation>隠れユニット数 (既定 16)。</translation>
    </message>
    <message>
        <source>Stacked layers (default 1).</source>
        <translation>層数 (既定 1)。</translation>
    </message>
    <message>
        <source>Replace OUT if it exists.</source>
        <translation>OUT が存在すれば置き換えます。</translation>
    </message>
    <message>
        <source>--wave: &quot;%1&quot; is not a wave: use sine, square, sawtooth, triangle or two_sines</source>
        <translation>--wave：&quot;%1&quot; は波形ではありません：sine、square、sawtooth、triangle、two_sines のいずれかを使ってください</translation>
    </message>
    <message>
        <source>--cell: &quot;%1&quot; is not a cell type: use rnn_tanh, rnn_relu, lstm or gru</source>
        <translation>--cell：&quot;%1&quot; はセルの種類ではありません：rnn_tanh、rnn_relu、lstm、gru のいずれかを使ってください</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not KIND:AT[:LENGTH[:SIZE]] with KIND spike, level_shift or flat (e.g. spike:61:1:3)</source>
        <translation>--%1：&quot;%2&quot; は KIND:AT[:LENGTH[:SIZE]] (KIND は spike、level_shift、flat のいずれか) ではありません (例：spike:61:1:3)</translation>
    </message>
    <message>
        <source>--%1 %2: the point %3 is outside the series (1 … %4): AT counts from 1, as the window counts</source>
        <extracomment>%1 the option, %2 its value as typed (spike:500), %3 the point, %4 the series&apos; length.</extracomment>
        <translation>--%1 %2：点 %3 は系列の範囲 (1 … %4) の外です：AT はウィンドウと同じく 1 から数えます</translation>
    </message>
    <message>
        <source>--%1 %2: the point %3 is outside the series (%4 … %5)</source>
        <extracomment>%1 the option, %2 its value as typed (spike:500), %3 the point, %4 … %5 the points of the series.</extracomment>
        <translation>--%1 %2：点 %3 は系列の範囲 (%4 … %5) の外です</translation>
    </message>
    <message>
        <source>Write a time-series session (task &quot;forecast&quot;): a wave from the signal generator as its training series (and, with --test-anomaly, the same wave with an anomaly as its test series), an LSTM with Linear(H, 1) and MSELoss. The numbers are stored in the session; the generator is recorded beside them.

  rnnlab-cli new-forecast --wave sine --period 20 --length 120 --test-anomaly spike:71:1:2 -o sine.json
  rnnlab-cli train sine.json --steps 200 --save sine.json
  rnnlab-cli generate sine.json --length 40

train changes its file only with --save: without it, generate would use the untrained weights.</source>
        <translation>時系列のセッション (タスク &quot;forecast&quot;) を書き出します：信号生成器の波形を学習系列とし (--test-anomaly を指定すると、同じ波形に異常を加えたものをテスト系列とし)、LSTM と Linear(H, 1)、MSELoss を使います。数値はセッションに保存され、生成器もその横に記録されます。

  rnnlab-cli new-forecast --wave sine --period 20 --length 120 --test-anomaly spike:71:1:2 -o sine.json
  rnnlab-cli train sine.json --steps 200 --save sine.json
  rnnlab-cli generate sine.json --length 40

train は --save を指定したときだけファイルを変更します：指定しないと、generate は未学習の重みを使います。</translation>
    </message>
    <message>
        <source>An anomaly in the training series: KIND:AT[:LENGTH[:SIZE]], AT the point counted from 1 (as the window&apos;s time axis; e.g. spike:71:1:2).</source>
        <translation>学習系列の異常：KIND:AT[:LENGTH[:SIZE]]。AT は 1 から数えた点 (ウィンドウの時間軸と同じ。例：spike:71:1:2)。</translation>
    </message>
    <message>
        <source>Add a test series: the same wave with this anomaly (e.g. spike:71:1:2: a spike of 2 at point 71, counted from 1).</source>
        <translation>テスト系列を追加：同じ波形にこの異常を加えたもの (例：spike:71:1:2 は点 71 (1 から数える) に大きさ 2 のスパイク)。</translation>
    </message>
    <message>
        <source>--length %1: a series needs at least 2 points (one to read, the next to predict)</source>
        <translation>--length %1：系列には 2 点以上が必要です (読む点と、予測する次の点)</translation>
    </message>
    <message>
        <source>--length %1 with --test-anomaly: the training and the test series have %2 points in all, and the limit is %3</source>
        <extracomment>%1 the length typed, %2 the points of both series, %3 the limit.</extracomment>
        <translation>--length %1 と --test-anomaly：学習系列とテスト系列で合計 %2 点になり、上限は %3 です</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1: wave %2, %n points, and a test series with %3</source>
        <extracomment>%1 the file, %2 the wave (sine, square, …), %n its points, %3 the test anomaly as typed (spike:70:1:2).</extracomment>
        <translation>
            <numerusform>%1 を書き出しました：波形 %2、%n 点、テスト系列あり (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %1: wave %2, %n points, no test series (--test-anomaly adds one)</source>
        <extracomment>%1 the file, %2 the wave (sine, square, …), %n its points.</extracomment>
        <translation>
            <numerusform>%1 を書き出しました：波形 %2、%n 点、テスト系列なし (--test-anomaly で追加)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Soak</name>
    <message>
        <source>Train for a long run on one thread and watch resident memory (/proc/self/statm), non-finite losses and the step time. Prints one line per sample, then one JSON object. Exit status 1 when memory grew by more than --max-growth-kib after the warm-up or a step was not finite. Without a session: the lecture&apos;s example.

  rnnlab-cli soak --steps 1000000
  rnnlab-cli soak tests/data/soak/lstm_h128_text500.json --steps 10000</source>
        <translation>1 スレッドで長時間学習し、常駐メモリ (/proc/self/statm)、有限でない損失、ステップ時間を監視します。サンプルごとに 1 行、最後に JSON オブジェクトを 1 つ出力します。ウォームアップ後にメモリが --max-growth-kib を超えて増えた場合、またはステップが有限でなかった場合は終了ステータス 1 です。セッションを指定しなければ講義の例を使います。

  rnnlab-cli soak --steps 1000000
  rnnlab-cli soak tests/data/soak/lstm_h128_text500.json --steps 10000</translation>
    </message>
    <message>
        <source>Training steps (default 1000000).</source>
        <translation>学習ステップ数 (既定 1000000)。</translation>
    </message>
    <message>
        <source>Memory and step-time samples over the run (default 100).</source>
        <translation>実行中に取るメモリとステップ時間のサンプル数 (既定 100)。</translation>
    </message>
    <message>
        <source>Steps before the reference sample (default: 5% of --steps, at least 1).</source>
        <translation>基準サンプルまでのステップ数 (既定：--steps の 5%、最低 1)。</translation>
    </message>
    <message>
        <source>Allowed growth of resident memory after the warm-up, in KiB (default 1024).</source>
        <translation>ウォームアップ後に許容する常駐メモリの増加量 (KiB、既定 1024)。</translation>
    </message>
    <message>
        <source>Only the JSON summary, not the samples.</source>
        <translation>サンプルは出さず、JSON の要約だけを出力します。</translation>
    </message>
    <message>
        <source>could not read /proc/self/statm: resident memory was not measured</source>
        <translation>/proc/self/statm を読めませんでした：常駐メモリは測定していません</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Train</name>
    <message>
        <source>Train a session and print one line per step: the step, the loss and the predicted string of each text, from that step&apos;s forward pass (before the update), as the lecture&apos;s PyTorch loop prints them; for a time series (task &quot;forecast&quot;), the mean absolute error of its predicted next values.

  rnnlab-cli train --text hello                 the lecture&apos;s example (10 steps)
  rnnlab-cli train SESSION.json --steps 200 --save trained.json

Exit status: 0 done; 1 a step was refused (the loss or gradients diverged; the weights of the last good step are kept and saved with --save) or a file could not be written; 2 bad input.</source>
        <translation>セッションを学習し、1 ステップごとに 1 行出力します：ステップ、損失、各テキストの予測文字列。講義の PyTorch のループが出力するのと同じく、そのステップの (更新前の) 順伝播から取ります。時系列 (タスク &quot;forecast&quot;) では、予測した次の値の平均絶対誤差を出力します。

  rnnlab-cli train --text hello                 講義の例 (10 ステップ)
  rnnlab-cli train SESSION.json --steps 200 --save trained.json

終了ステータス：0 完了。1 ステップが拒否された (損失または勾配が発散。最後の正常なステップの重みが保たれ、--save で保存される)、またはファイルを書き出せなかった。2 入力が不正。</translation>
    </message>
    <message>
        <source>Training steps (default: the session&apos;s &quot;steps&quot;, 10 for --text).</source>
        <translation>学習ステップ数 (既定：セッションの &quot;steps&quot;。--text では 10)。</translation>
    </message>
    <message>
        <source>Write the weights, step-1 hidden states, logits and gradients, every step&apos;s loss and predictions, and the final weights as JSON (the goldens&apos; format).</source>
        <translation>重み、ステップ 1 の隠れ状態・ロジット・勾配、各ステップの損失と予測、最終的な重みを JSON (ゴールデンファイルの形式) で書き出します。</translation>
    </message>
    <message>
        <source>Print only the last step.</source>
        <translation>最後のステップだけを出力します。</translation>
    </message>
    <message>
        <source>cannot write %1: the trace holds a number that is not finite (inf or nan), which JSON cannot hold; nothing was written</source>
        <translation>%1 に書き出せません：トレースに有限でない数値 (inf または nan) があり、JSON では表せません。何も書き出していません</translation>
    </message>
    <message>
        <source>Write the trained session: its weights, optimizer state and loss history (the session&apos;s own and this run&apos;s), so that training it continues exactly where this run stopped and rnnlab shows its past. Without it the session file is not changed.</source>
        <translation>学習したセッションを書き出します：重み、オプティマイザの状態、損失の履歴 (セッション自身のものとこの実行のもの) を保存するので、学習はこの実行が止まったところから正確に続き、rnnlab で過去も表示できます。指定しなければセッションファイルは変更されません。</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Translate</name>
    <message>
        <source>cannot write %1: the trace holds a number that is not finite (inf or nan), which JSON cannot hold; nothing was written</source>
        <translation>%1 に書き出せません：トレースに有限でない数値 (inf または nan) があり、JSON では表せません。何も書き出していません</translation>
    </message>
    <message>
        <source>--prime is empty: give the source to translate</source>
        <translation>--prime が空です：翻訳するソースを指定してください</translation>
    </message>
    <message>
        <source>--prime has %1, which is not in the source vocabulary &quot;%2&quot;: a translation reads only those characters</source>
        <extracomment>%1 the character, described by the engine in English (&quot;&apos;x&apos; (U+0078)&quot;).</extracomment>
        <translation>--prime に %1 が含まれていますが、ソースの語彙 &quot;%2&quot; にありません：翻訳ではこれらの文字しか読めません</translation>
    </message>
    <message>
        <source>Write a translation session (task &quot;translate&quot;, an encoder-decoder) from a file of pairs, one a line: source&lt;Tab&gt;target in UTF-8 (empty lines are skipped). A line without a tab or a target, with more than one tab, an empty source, or &lt;sos&gt;/&lt;eos&gt; in its text is refused, naming the line. Default model: GRU, 24 hidden units, 1 layer, Adam at 0.02, seed 1, 300 steps (the shipped examples&apos;).

  rnnlab-cli new-translate --pairs words.tsv -o words.json
  rnnlab-cli train words.json --quiet --save trained.json
  rnnlab-cli generate trained.json --prime hello</source>
        <translation>ペアのファイル (1 行に 1 つ、UTF-8 の source&lt;Tab&gt;target。空行は読み飛ばす) から翻訳のセッション (タスク &quot;translate&quot;、エンコーダ–デコーダ) を書き出します。タブやターゲットのない行、タブが 2 つ以上ある行、ソースが空の行、テキストに &lt;sos&gt;/&lt;eos&gt; を含む行は、行を示して拒否します。既定のモデル：GRU、隠れユニット 24、1 層、Adam (0.02)、シード 1、300 ステップ (同梱の例と同じ)。

  rnnlab-cli new-translate --pairs words.tsv -o words.json
  rnnlab-cli train words.json --quiet --save trained.json
  rnnlab-cli generate trained.json --prime hello</translation>
    </message>
    <message>
        <source>The session file to write.</source>
        <translation>書き出すセッションファイル。</translation>
    </message>
    <message>
        <source>The pairs: one source&lt;Tab&gt;target a line (UTF-8).</source>
        <translation>ペア：1 行に 1 つの source&lt;Tab&gt;target (UTF-8)。</translation>
    </message>
    <message>
        <source>The encoder&apos;s characters in input order (default: the sources&apos; in order of first use).</source>
        <translation>エンコーダの文字を入力の順に (既定：ソースの文字を初出順に)。</translation>
    </message>
    <message>
        <source>The target characters after &lt;sos&gt;, &lt;eos&gt; (default: the targets&apos; in order of first use).</source>
        <translation>&lt;sos&gt;、&lt;eos&gt; に続くターゲットの文字 (既定：ターゲットの文字を初出順に)。</translation>
    </message>
    <message>
        <source>The session&apos;s training steps (default 300).</source>
        <translation>セッションの学習ステップ数 (既定 300)。</translation>
    </message>
    <message>
        <source>Replace OUT if it exists.</source>
        <translation>OUT が存在すれば置き換えます。</translation>
    </message>
    <message>
        <source>Hidden units of the encoder and the decoder (default 24).</source>
        <translation>エンコーダとデコーダの隠れユニット数 (既定 24)。</translation>
    </message>
    <message>
        <source>new-translate reads its pairs from --pairs FILE.tsv, not from &quot;%1&quot;</source>
        <translation>new-translate はペアを --pairs FILE.tsv から読みます。&quot;%1&quot; からではありません</translation>
    </message>
    <message>
        <source>give the file of pairs: --pairs FILE.tsv (one source&lt;Tab&gt;target a line)</source>
        <translation>ペアのファイルを指定してください：--pairs FILE.tsv (1 行に 1 つの source&lt;Tab&gt;target)</translation>
    </message>
    <message>
        <source>%1: there is no pair: each line is one pair, source&lt;Tab&gt;target</source>
        <translation>%1：ペアがありません：各行が 1 つのペア (source&lt;Tab&gt;target) です</translation>
    </message>
    <message>
        <source>rnnlab-cli %1 does not run a translation session (task &quot;translate&quot;) yet: use rnnlab-cli train (with --trace) or rnnlab-cli generate (with --prime SOURCE)</source>
        <translation>rnnlab-cli %1 はまだ翻訳のセッション (タスク &quot;translate&quot;) を実行できません：rnnlab-cli train (--trace 付き) または rnnlab-cli generate (--prime SOURCE 付き) を使ってください</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1: %n pairs (the first: %2 → %3); train it with rnnlab-cli train %1</source>
        <extracomment>%1 the file written, %n its pairs, %2 → %3 the first pair (source → target).</extracomment>
        <translation>
            <numerusform>%1 を書き出しました：%n ペア (最初：%2 → %3)。rnnlab-cli train %1 で学習してください</numerusform>
        </translation>
    </message>
</context>
</TS>
