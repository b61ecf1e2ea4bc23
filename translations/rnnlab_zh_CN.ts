<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>GraphCaption</name>
    <message>
        <source>Untrained</source>
        <translation>未训练</translation>
    </message>
    <message>
        <source>1 training step</source>
        <translation>1 个训练步</translation>
    </message>
    <message>
        <source>%1 training steps</source>
        <translation>%1 个训练步</translation>
    </message>
    <message>
        <source>series %1 of %2, </source>
        <translation>序列 %1/%2，</translation>
    </message>
    <message>
        <source>the outputs are not numbers (NaN): the run diverged</source>
        <translation>输出不是数值（NaN）：训练已发散</translation>
    </message>
    <message>
        <source>t = %1: x = %2 → y = %3 (next value %4)</source>
        <translation>t = %1：x = %2 → y = %3（下一个值 %4）</translation>
    </message>
    <message>
        <source>each y_t predicts the next value x_{t+1}</source>
        <translation>每个 y_t 预测下一个值 x_{t+1}</translation>
    </message>
    <message>
        <source>W_hh = 0 — </source>
        <translation>W_hh = 0 — </translation>
    </message>
    <message>
        <source>What if W_hh = 0? No memory — </source>
        <translation>如果 W_hh = 0？没有记忆 — </translation>
    </message>
    <message>
        <source>Untrained (the seed&apos;s initial weights)</source>
        <translation>未训练（随机种子生成的初始权重）</translation>
    </message>
    <message>
        <source>After 1 training step</source>
        <translation>训练 1 步后</translation>
    </message>
    <message>
        <source>After %1 training steps</source>
        <translation>训练 %1 步后</translation>
    </message>
    <message>
        <source>Folded. t = %1: ‘%2’ → %3 ‘%4’ %5</source>
        <translation>折叠。t = %1：‘%2’ → %3 ‘%4’ %5</translation>
    </message>
    <message>
        <source>Folded: one cell, used at every time step. t = %1: ‘%2’ → %3 ‘%4’ %5</source>
        <translation>折叠：一个单元，在每个时间步重复使用。t = %1：‘%2’ → %3 ‘%4’ %5</translation>
    </message>
    <message>
        <source>would say</source>
        <translation>会输出</translation>
    </message>
    <message>
        <source>predicts</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>(not scored)</source>
        <translation>（不计分）</translation>
    </message>
    <message>
        <source>✗ (should be ‘%1’)</source>
        <translation>✗（应为 ‘%1’）</translation>
    </message>
    <message>
        <source>text %1 of %2, </source>
        <translation>文本 %1/%2，</translation>
    </message>
    <message>
        <source>“%1” → %2 %3 (label: %4)</source>
        <translation>“%1” → %2 %3（标签：%4）</translation>
    </message>
    <message>
        <source>“%1” → “%2”, %3 of %4 right</source>
        <translation>“%1” → “%2”，%4 个中对了 %3 个</translation>
    </message>
    <message>
        <source> · loss at t = %3: %1 (mean %2)</source>
        <translation> · t = %3 时的损失：%1（平均 %2）</translation>
    </message>
    <message>
        <source> · loss %1</source>
        <translation> · 损失 %1</translation>
    </message>
    <message>
        <source>: the outputs are hidden — predict first, then reveal (Lesson)</source>
        <translation>：输出已隐藏——先预测，再揭晓（课程）</translation>
    </message>
    <message>
        <source>Drawn as %1 — </source>
        <translation>绘制为 %1 — </translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>gates</source>
        <translation>门</translation>
    </message>
    <message>
        <source>test series %1 (never trained on), </source>
        <translation>测试序列 %1（从未参与训练），</translation>
    </message>
    <message>
        <source>its MSE %1 (not in the training loss) · mean absolute error %2</source>
        <translation>其 MSE %1（不计入训练损失）· 平均绝对误差 %2</translation>
    </message>
    <message>
        <source>loss (MSE) %1 · mean absolute error %2</source>
        <translation>损失（MSE）%1 · 平均绝对误差 %2</translation>
    </message>
    <message>
        <source>y_t: the network&apos;s prediction of the next value</source>
        <translation>y_t：网络对下一个值的预测</translation>
    </message>
    <message>
        <source>x_{t+1}: the true next value, its target</source>
        <translation>x_{t+1}：真实的下一个值，即目标</translation>
    </message>
    <message>
        <source>test series %1, never trained on · MSE %2</source>
        <translation>测试序列 %1，从未参与训练 · MSE %2</translation>
    </message>
    <message>
        <source>test series %1: the outputs are not numbers (NaN)</source>
        <translation>测试序列 %1：输出不是数值（NaN）</translation>
    </message>
    <message>
        <source>training series, </source>
        <translation>训练序列， </translation>
    </message>
    <message>
        <source>flagged: error² &gt; threshold</source>
        <translation>已标记：误差² &gt; 阈值</translation>
    </message>
    <message>
        <source>greedy</source>
        <translation>贪心</translation>
    </message>
    <message>
        <source>sampled, temperature %1, seed %2</source>
        <translation>采样，温度 %1，随机种子 %2</translation>
    </message>
    <message>
        <source>generating (%1): “%2”</source>
        <translation>生成（%1）：“%2”</translation>
    </message>
    <message>
        <source>generating (%1), each pick fed back: “%2”</source>
        <translation>生成（%1），所选字符逐个反馈为输入：“%2”</translation>
    </message>
    <message>
        <source> · parts from the text at t = %1</source>
        <translation> · 在 t = %1 处偏离文本</translation>
    </message>
    <message>
        <source> · parts from the training text “%1” at t = %2 (✗)</source>
        <translation> · 在 t = %2 处偏离训练文本 “%1”（✗）</translation>
    </message>
    <message>
        <source> · as the text</source>
        <translation> · 与文本一致</translation>
    </message>
    <message>
        <source> · as the training text all the way</source>
        <translation> · 始终与训练文本一致</translation>
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
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>compare mode trains %1 or %2 models side by side, not %3 (more do not fit on a screen): give two or three sessions</source>
        <translation>比较模式并排训练 %1 或 %2 个模型，而不是 %3 个（再多屏幕放不下）：请给出两三个会话</translation>
    </message>
    <message>
        <source>differs between the compared sessions (%1): compared models train on the same data, so that only the models differ and learn the same thing; give every session the same &quot;task&quot;</source>
        <translation>在所比较的会话之间不一致（%1）：比较的模型用相同的数据训练，这样只有模型本身不同，且学的是同一件事；请给每个会话相同的 &quot;task&quot;</translation>
    </message>
    <message>
        <source>differs between the compared sessions (%1): compared models train on the same data, so that only the models differ; give every session the same &quot;texts&quot;</source>
        <translation>在所比较的会话之间不一致（%1）：比较的模型用相同的数据训练，这样只有模型本身不同；请给每个会话相同的 &quot;texts&quot;</translation>
    </message>
    <message>
        <source>&quot;forecast&quot; (a time series) cannot be compared yet: compare mode compares models of texts; train each time-series session with rnnlab-cli train</source>
        <translation>&quot;forecast&quot;（时间序列）暂不能比较：比较模式比较的是文本模型；请用 rnnlab-cli train 分别训练每个时间序列会话</translation>
    </message>
    <message>
        <source>&quot;translate&quot; (an encoder–decoder) cannot be compared yet: train each translation session with rnnlab-cli train</source>
        <translation>&quot;translate&quot;（编码器–解码器）暂不能比较：请用 rnnlab-cli train 分别训练每个翻译会话</translation>
    </message>
    <message>
        <source>differs between the compared sessions (%1): compared models train on the same data, so that only the models differ (the same class for each text); give every session the same &quot;labels&quot;</source>
        <translation>在所比较的会话之间不一致（%1）：比较的模型用相同的数据训练，这样只有模型本身不同（每条文本的类别相同）；请给每个会话相同的 &quot;labels&quot;</translation>
    </message>
    <message>
        <source>differs between the compared sessions (%1): compared models train on the same data, so that only the models differ (the output units in the same order); give every session the same &quot;classes&quot;, or none</source>
        <translation>在所比较的会话之间不一致（%1）：比较的模型用相同的数据训练，这样只有模型本身不同（输出单元顺序相同）；请给每个会话相同的 &quot;classes&quot;，或都不给</translation>
    </message>
    <message>
        <source>differs between the compared sessions (%1): compared models train on the same data, so that only the models differ (one-hot inputs in the same order); give every session the same &quot;vocabulary&quot;, or none</source>
        <translation>在所比较的会话之间不一致（%1）：比较的模型用相同的数据训练，这样只有模型本身不同（one-hot 输入顺序相同）；请给每个会话相同的 &quot;vocabulary&quot;，或都不给</translation>
    </message>
    <message>
        <source>differs between the compared sessions (%1): compared models train with the same optimizer settings, so that only the models differ; give every session the same &quot;optimizer&quot;</source>
        <translation>在所比较的会话之间不一致（%1）：比较的模型用相同的优化器设置训练，这样只有模型本身不同；请给每个会话相同的 &quot;optimizer&quot;</translation>
    </message>
    <message>
        <source>differs between the compared sessions (%1): compared models train with the same optimizer settings, so that only the models differ; give every session the same &quot;learning_rate&quot;</source>
        <translation>在所比较的会话之间不一致（%1）：比较的模型用相同的优化器设置训练，这样只有模型本身不同；请给每个会话相同的 &quot;learning_rate&quot;</translation>
    </message>
    <message>
        <source>differs between the compared sessions (%1): compared models train with the same optimizer settings, so that only the models differ; give every session the same &quot;momentum&quot;</source>
        <translation>在所比较的会话之间不一致（%1）：比较的模型用相同的优化器设置训练，这样只有模型本身不同；请给每个会话相同的 &quot;momentum&quot;</translation>
    </message>
    <message>
        <source>differs between the compared sessions (%1): compared models train with the same optimizer settings, so that only the models differ; give every session the same &quot;clip_grad_norm&quot; (or null in each)</source>
        <translation>在所比较的会话之间不一致（%1）：比较的模型用相同的优化器设置训练，这样只有模型本身不同；请给每个会话相同的 &quot;clip_grad_norm&quot;（或都设为 null）</translation>
    </message>
    <message>
        <source>differs between the compared sessions (%1): lock step shows step N of every model side by side; give every session the same starting step (leave &quot;optimizer_state&quot; out to start from step 0)</source>
        <translation>在所比较的会话之间不一致（%1）：同步时并排显示每个模型的第 N 步；请给每个会话相同的起始步（省略 &quot;optimizer_state&quot; 则从第 0 步开始）</translation>
    </message>
    <message>
        <source>is empty: give at least one character to start from</source>
        <translation>为空：请至少给出一个起始字符</translation>
    </message>
    <message>
        <source>uses %1, which the vocabulary (&quot;%2&quot;) does not have: the network only knows the characters of its texts</source>
        <translation>用到了词表（“%2”）中没有的 %1：网络只认识其文本中的字符</translation>
    </message>
    <message>
        <source>%1 is out of range: it must be between 0 and %2</source>
        <translation>%1 超出范围：必须在 0 到 %2 之间</translation>
    </message>
    <message>
        <source>must be a finite number &gt; 0 (1 samples from the network&apos;s own probabilities; smaller is more conservative); leave it out for greedy</source>
        <translation>必须是 &gt; 0 的有限数（1 按网络自身的概率采样；越小越保守）；省略则为贪心</translation>
    </message>
    <message>
        <source>%1 is out of range: it must be between 1 and %2 (rnnlab draws every hidden unit; larger networks cannot be shown and train too slowly to watch)</source>
        <translation>%1 超出范围：必须在 1 到 %2 之间（rnnlab 要画出每个隐藏单元；更大的网络无法显示，训练也太慢，没法观看）</translation>
    </message>
    <message>
        <source>%1 is out of range: it must be between 1 and %2 (the stacked view draws every layer; deeper stacks do not fit on screen)</source>
        <translation>%1 超出范围：必须在 1 到 %2 之间（堆叠视图要画出每一层；更深的堆叠屏幕放不下）</translation>
    </message>
    <message>
        <source>%1 is not allowed: the learning rate must be a finite number ≥ 0 (0.1 for Adam in the lecture; try 0.001 to 0.5)</source>
        <translation>%1 无效：学习率必须是 ≥ 0 的有限数（课上 Adam 用 0.1；可试 0.001 到 0.5）</translation>
    </message>
    <message>
        <source>%1 is not allowed: momentum must be a finite number ≥ 0 (0.9 is usual; 0 turns it off)</source>
        <translation>%1 无效：动量必须是 ≥ 0 的有限数（常用 0.9；0 表示关闭）</translation>
    </message>
    <message>
        <source>%1 is not allowed: the gradient-norm limit must be a finite number &gt; 0, or null for no clipping</source>
        <translation>%1 无效：梯度范数阈值必须是 &gt; 0 的有限数，或为 null（不裁剪）</translation>
    </message>
    <message>
        <source>is given twice</source>
        <translation>给出了两次</translation>
    </message>
    <message>
        <source>is not a parameter of this model; it has %1</source>
        <translation>不是此模型的参数；它的参数有 %1</translation>
    </message>
    <message>
        <source>has shape %1 but this model needs %2 (as PyTorch&apos;s state_dict)</source>
        <translation>的形状为 %1，但此模型需要 %2（与 PyTorch 的 state_dict 相同）</translation>
    </message>
    <message>
        <source>%1 is not a finite float32 number: weights must be finite (|w| &lt; 3.4e38)</source>
        <translation>%1 不是有限的 float32 数：权重必须是有限数（|w| &lt; 3.4e38）</translation>
    </message>
    <message>
        <source>is missing: give every parameter of the model, or leave &quot;weights&quot; out to initialize from the seed</source>
        <translation>缺失：请给出模型的每个参数，或省略 &quot;weights&quot;，由随机种子初始化</translation>
    </message>
    <message>
        <source>needs &quot;weights&quot;: a run resumes from its weights and its optimizer state together</source>
        <translation>需要 &quot;weights&quot;：继续训练时要同时恢复权重和优化器状态</translation>
    </message>
    <message>
        <source>has %1 parameters but the model has %2</source>
        <translation>有 %1 个参数，但模型有 %2 个</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>has shape %1 but %2 needs %3</source>
        <translation>的形状为 %1，但 %2 需要 %3</translation>
    </message>
    <message>
        <source>holds %1: optimizer state must be finite</source>
        <translation>含有 %1：优化器状态必须是有限数</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to %1 (Adam&apos;s step count)</source>
        <translation>必须是 1 到 %1 之间的整数（Adam 的步数）</translation>
    </message>
    <message>
        <source>holds a negative value: squared gradients cannot be</source>
        <translation>含有负值：梯度的平方不可能为负</translation>
    </message>
    <message>
        <source>belongs to SGD, but the optimizer is adam</source>
        <translation>属于 SGD，但优化器是 adam</translation>
    </message>
    <message>
        <source>holds Adam&apos;s state, but the optimizer is sgd</source>
        <translation>存有 Adam 的状态，但优化器是 sgd</translation>
    </message>
    <message>
        <source>is given but momentum is 0 (SGD keeps no buffer then)</source>
        <translation>已给出，但动量为 0（此时 SGD 不保存动量缓冲）</translation>
    </message>
    <message>
        <source>is false: a translation needs its output layer, fc = Linear(H, T) over the target tokens; set it to true</source>
        <translation>为 false：翻译需要输出层，即输出目标词元的 fc = Linear(H, T)；请设为 true</translation>
    </message>
    <message>
        <source>this session needs about %1 for its training buffers; the limit is %2 (so that the app&apos;s copies of it still fit in memory): use shorter texts, a smaller hidden size or fewer layers</source>
        <translation>此会话的训练缓冲区约需 %1；上限为 %2（以便应用中它的各个副本仍能放进内存）：请使用更短的文本、更小的隐藏层大小或更少的层</translation>
    </message>
    <message>
        <source>%1 does not come after %2: the steps of a history increase, from 1</source>
        <translation>%1 不在 %2 之后：历史中的步数从 1 开始递增</translation>
    </message>
    <message>
        <source>%1 is after the %2 steps the session has taken (optimizer_state.steps_taken)</source>
        <translation>%1 超出了会话已训练的 %2 步（optimizer_state.steps_taken）</translation>
    </message>
    <message>
        <source>%1 is not a loss: a cross-entropy is a finite number ≥ 0</source>
        <translation>%1 不是损失值：交叉熵是 ≥ 0 的有限数</translation>
    </message>
    <message>
        <source>%1 is not a share of right predictions (0 to 1)</source>
        <translation>%1 不是正确预测所占的比例（0 到 1）</translation>
    </message>
    <message>
        <source>is not a step of the history after the previous change</source>
        <translation>不是历史中上一次更改之后的步</translation>
    </message>
    <message>
        <source>has %1 predictions but the session has %2 series</source>
        <translation>有 %1 个预测，但会话有 %2 个序列</translation>
    </message>
    <message>
        <source>has %1 predictions but the session has %2 texts</source>
        <translation>有 %1 个预测，但会话有 %2 条文本</translation>
    </message>
    <message>
        <source>%1 is not allowed: the period must be a finite number of time steps &gt; 0 (e.g. 20)</source>
        <translation>%1 无效：周期必须是 &gt; 0 的有限时间步数（例如 20）</translation>
    </message>
    <message>
        <source>%1 is not allowed: the second sine&apos;s period must be a finite number of time steps &gt; 0</source>
        <translation>%1 无效：第二个正弦波的周期必须是 &gt; 0 的有限时间步数</translation>
    </message>
    <message>
        <source>%1 is out of range: a series has 1 to %2 points</source>
        <translation>%1 超出范围：一个序列有 1 到 %2 个点</translation>
    </message>
    <message>
        <source>%1 is not a finite number</source>
        <translation>%1 不是有限数</translation>
    </message>
    <message>
        <source>%1 is not allowed: the noise&apos;s standard deviation must be a finite number ≥ 0 (0: no noise)</source>
        <translation>%1 无效：噪声的标准差必须是 ≥ 0 的有限数（0：无噪声）</translation>
    </message>
    <message>
        <source>%1 is not a point of the series: it must be between 0 and %2</source>
        <translation>%1 不是序列中的点：必须在 0 到 %2 之间</translation>
    </message>
    <message>
        <source>%1 is not allowed: the anomaly lasts at least 1 point (0: to the end)</source>
        <translation>%1 无效：异常至少持续 1 个点（0：持续到结尾）</translation>
    </message>
    <message>
        <source>%1 is not allowed: the anomaly lasts at least 1 point</source>
        <translation>%1 无效：异常至少持续 1 个点</translation>
    </message>
    <message>
        <source>has a value of %1: keep amplitudes, noise and anomaly sizes within ±1e30 so that every point is a float32 number</source>
        <translation>的值为 %1：请把振幅、噪声和异常幅度保持在 ±1e30 以内，使每个点都是 float32 数</translation>
    </message>
    <message>
        <source>%1 does not match the vocabulary size %2: without an output layer the hidden state is the output (one unit per character), so hidden_size must be %2 — or set model.output_layer to true</source>
        <translation>%1 与词表大小 %2 不符：没有输出层时，隐藏状态就是输出（每个字符一个单元），所以 hidden_size 必须为 %2——或将 model.output_layer 设为 true</translation>
    </message>
    <message>
        <source>%1 does not match the number of classes %2: without an output layer the hidden state is the output (one unit per class), so hidden_size must be %2 — or set model.output_layer to true</source>
        <translation>%1 与类别数 %2 不符：没有输出层时，隐藏状态就是输出（每个类别一个单元），所以 hidden_size 必须为 %2——或将 model.output_layer 设为 true</translation>
    </message>
    <message>
        <source>%1 does not match the number of features %2: without an output layer the hidden state is the output (one unit per feature), so hidden_size must be %2 — or set model.output_layer to true</source>
        <translation>%1 与特征数 %2 不符：没有输出层时，隐藏状态就是输出（每个特征一个单元），所以 hidden_size 必须为 %2——或将 model.output_layer 设为 true</translation>
    </message>
    <message>
        <source>%1 does not match the number of target tokens %2: without an output layer the hidden state is the output (one unit per token), so hidden_size must be %2 — or set model.output_layer to true</source>
        <translation>%1 与目标词元数 %2 不符：没有输出层时，隐藏状态就是输出（每个词元一个单元），所以 hidden_size 必须为 %2——或将 model.output_layer 设为 true</translation>
    </message>
    <message>
        <source>is for &quot;task&quot;: &quot;forecast&quot; (time series); a character task reads data.texts</source>
        <translation>用于 &quot;task&quot;: &quot;forecast&quot;（时间序列）；字符任务读取 data.texts</translation>
    </message>
    <message>
        <source>there is no training text: give at least one text of 2 or more characters</source>
        <translation>没有训练文本：请至少给出一条含 2 个或更多字符的文本</translation>
    </message>
    <message>
        <source>have %1 characters in all; the limit is %2 (every character is a time step rnnlab traces and draws)</source>
        <translation>共有 %1 个字符；上限为 %2（每个字符都是 rnnlab 要跟踪并绘制的一个时间步）</translation>
    </message>
    <message>
        <source>lists %1 more than once: each character may appear once</source>
        <translation>多次列出 %1：每个字符只能出现一次</translation>
    </message>
    <message>
        <source>lacks %1, which the texts use: add them, or leave the vocabulary out to take the texts&apos; own characters</source>
        <translation>缺少文本中用到的 %1：请补上，或省略词表，直接采用文本自身的字符</translation>
    </message>
    <message>
        <source>has %1 characters; the limit is %2 (every character is a one-hot dimension rnnlab draws)</source>
        <translation>有 %1 个字符；上限为 %2（每个字符都是 rnnlab 要绘制的一个 one-hot 维度）</translation>
    </message>
    <message>
        <source>make a vocabulary of %1 characters; the limit is %2 (every character is a one-hot dimension rnnlab draws)</source>
        <translation>构成的词表有 %1 个字符；上限为 %2（每个字符都是 rnnlab 要绘制的一个 one-hot 维度）</translation>
    </message>
    <message>
        <source>is empty: a text to classify needs at least 1 character</source>
        <translation>为空：待分类的文本至少需要 1 个字符</translation>
    </message>
    <message>
        <source>has %1 labels for %2 texts: a classifier needs exactly one label per text</source>
        <translation>为 %2 条文本给出了 %1 个标签：分类器需要每条文本恰好一个标签</translation>
    </message>
    <message>
        <source>is empty: name the class of text %1 (e.g. &quot;positive&quot;)</source>
        <translation>为空：请写出文本 %1 的类别（例如 &quot;positive&quot;）</translation>
    </message>
    <message>
        <source>has an empty class name</source>
        <translation>含有空的类别名</translation>
    </message>
    <message>
        <source>lists &quot;%1&quot; more than once: each class may appear once</source>
        <translation>多次列出 “%1”：每个类别只能出现一次</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of data.classes: add it there, or leave data.classes out</source>
        <translation>“%1” 不在 data.classes 中：请把它加进去，或省略 data.classes</translation>
    </message>
    <message>
        <source>name only one class: a classifier needs at least two (e.g. &quot;positive&quot; and &quot;negative&quot;)</source>
        <translation>只给出了一个类别：分类器至少需要两个（例如 &quot;positive&quot; 和 &quot;negative&quot;）</translation>
    </message>
    <message>
        <source>name %1 classes; the limit is %2</source>
        <translation>给出了 %1 个类别；上限为 %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the session&apos;s classes</source>
        <translation>“%1” 不是此会话的类别之一</translation>
    </message>
    <message>
        <source>has %1 point: a series needs at least 2 (an input and the value after it)</source>
        <translation>只有 %1 个点：序列至少需要 2 个点（一个输入及其后的值）</translation>
    </message>
    <message>
        <source>has %1 points: a series needs at least 2 (an input and the value after it)</source>
        <translation>有 %1 个点：序列至少需要 2 个点（一个输入及其后的值）</translation>
    </message>
    <message>
        <source>is empty: a time point needs at least one value</source>
        <translation>为空：一个时间点至少需要一个值</translation>
    </message>
    <message>
        <source>has %1 values but %2 has %3: every time point of a series needs the same features (one number per point, or rows of D numbers)</source>
        <translation>有 %1 个值，但 %2 有 %3 个：序列的每个时间点都需要相同的特征（每点一个数，或每行 D 个数）</translation>
    </message>
    <message>
        <source>has %1 features; the limit is %2 (every feature is an input rnnlab draws at every time step)</source>
        <translation>有 %1 个特征；上限为 %2（每个特征都是 rnnlab 在每个时间步都要绘制的输入）</translation>
    </message>
    <message>
        <source>has %1 feature but %2 has %3: every series needs the same features</source>
        <translation>有 %1 个特征，但 %2 有 %3 个：每个序列都需要相同的特征</translation>
    </message>
    <message>
        <source>has %1 features but %2 has %3: every series needs the same features</source>
        <translation>有 %1 个特征，但 %2 有 %3 个：每个序列都需要相同的特征</translation>
    </message>
    <message>
        <source>%1 is not a finite float32 number: a value must be finite and within ±3.4e38 (torch.tensor(…, dtype=torch.float32) would make it %2)</source>
        <translation>%1 不是有限的 float32 数：值必须有限且在 ±3.4e38 以内（torch.tensor(…, dtype=torch.float32) 会把它变成 %2）</translation>
    </message>
    <message>
        <source>is for the character tasks (&quot;next_character&quot;, &quot;classify&quot;); a forecast reads numbers from data.series</source>
        <translation>用于字符任务（&quot;next_character&quot;、&quot;classify&quot;）；forecast 任务从 data.series 读取数值</translation>
    </message>
    <message>
        <source>there is no series: give at least one series of 2 or more points, e.g. [[0.0, 0.5, 0.87, 1.0]]</source>
        <translation>没有序列：请至少给出一个含 2 个或更多点的序列，例如 [[0.0, 0.5, 0.87, 1.0]]</translation>
    </message>
    <message>
        <source>and data.test_series have %1 points in all; the limit is %2 (every point is a time step rnnlab traces and draws)</source>
        <translation>与 data.test_series 共有 %1 个点；上限为 %2（每个点都是 rnnlab 要跟踪并绘制的一个时间步）</translation>
    </message>
    <message>
        <source>describes %1 series but %2 has %3: give one generator per series, or leave it out (it is informative)</source>
        <translation>描述了 %1 个序列，但 %2 有 %3 个：请每个序列给一个生成器，或省略它（它仅供参考）</translation>
    </message>
    <message>
        <source>is empty: a text needs at least 2 characters (an input and the character after it)</source>
        <translation>为空：文本至少需要 2 个字符（一个输入及其后的字符）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has only 1 character: a text needs at least 2 (an input and the character after it)</source>
        <translation>“%1” 只有 1 个字符：文本至少需要 2 个（一个输入及其后的字符）</translation>
    </message>
    <message>
        <source>are only for &quot;task&quot;: &quot;classify&quot; (one label per text); a next-character session predicts the text itself</source>
        <translation>仅用于 &quot;task&quot;: &quot;classify&quot;（每条文本一个标签）；预测下一个字符的会话预测的是文本本身</translation>
    </message>
    <message>
        <source>has %1 characters; a prediction has one per input, %2</source>
        <translation>有 %1 个字符；预测应每个输入一个，即 %2 个</translation>
    </message>
    <message>
        <source>predicts %1, which is not in the vocabulary</source>
        <translation>预测了 %1，但它不在词表中</translation>
    </message>
    <message>
        <source>contains &quot;%1&quot;: the start and end tokens are added by rnnlab; list only the characters of the sources</source>
        <translation>含有 “%1”：起始和结束词元由 rnnlab 添加；只需列出源序列的字符</translation>
    </message>
    <message>
        <source>contains &quot;%1&quot;: the start and end tokens are added by rnnlab; list only the characters of the targets</source>
        <translation>含有 “%1”：起始和结束词元由 rnnlab 添加；只需列出目标的字符</translation>
    </message>
    <message>
        <source>lacks %1, which the sources use: add them, or leave the vocabulary out to take the pairs&apos; own characters</source>
        <translation>缺少源序列中用到的 %1：请补上，或省略词表，直接采用样本对自身的字符</translation>
    </message>
    <message>
        <source>lacks %1, which the targets use: add them, or leave the vocabulary out to take the pairs&apos; own characters</source>
        <translation>缺少目标中用到的 %1：请补上，或省略词表，直接采用样本对自身的字符</translation>
    </message>
    <message>
        <source>is for the character tasks; a translation reads data.pairs</source>
        <translation>用于字符任务；翻译读取 data.pairs</translation>
    </message>
    <message>
        <source>is for &quot;task&quot;: &quot;forecast&quot;; a translation reads data.pairs</source>
        <translation>用于 &quot;task&quot;: &quot;forecast&quot;；翻译读取 data.pairs</translation>
    </message>
    <message>
        <source>there is no pair: give at least one pair of a source and a target (&quot;source&lt;Tab&gt;target&quot;, or [&quot;source&quot;, &quot;target&quot;])</source>
        <translation>没有样本对：请至少给出一对源和目标（&quot;源&lt;Tab&gt;目标&quot;，或 [&quot;源&quot;, &quot;目标&quot;]）</translation>
    </message>
    <message>
        <source>has an empty source: the encoder needs at least one character to read</source>
        <translation>的源为空：编码器至少需要读入一个字符</translation>
    </message>
    <message>
        <source>has no target: give the string the source translates to (&quot;source&lt;Tab&gt;target&quot;)</source>
        <translation>没有目标：请给出源翻译成的字符串（&quot;源&lt;Tab&gt;目标&quot;）</translation>
    </message>
    <message>
        <source>has &quot;%1&quot; in its source: &lt;sos&gt; and &lt;eos&gt; are the start and end tokens rnnlab adds; a pair holds only characters</source>
        <translation>的源中含有 “%1”：&lt;sos&gt; 和 &lt;eos&gt; 是 rnnlab 添加的起始和结束词元；样本对只含字符</translation>
    </message>
    <message>
        <source>has &quot;%1&quot; in its target: &lt;sos&gt; and &lt;eos&gt; are the start and end tokens rnnlab adds; a pair holds only characters</source>
        <translation>的目标中含有 “%1”：&lt;sos&gt; 和 &lt;eos&gt; 是 rnnlab 添加的起始和结束词元；样本对只含字符</translation>
    </message>
    <message>
        <source>make a source vocabulary of %1 characters; the limit is %2</source>
        <translation>构成的源词表有 %1 个字符；上限为 %2</translation>
    </message>
    <message>
        <source>make %1 target tokens; the limit is %2</source>
        <translation>构成 %1 个目标词元；上限为 %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Like the des&amp;ktop</source>
        <translation>跟随桌面(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>高对比度(&amp;H)</translation>
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
        <translation>已进行的训练步数：每一步包括对文本的一次前向传播、计算损失、随时间反向传播，以及一次权重更新</translation>
    </message>
    <message>
        <source>moved %1 of the %2 parameters against their gradient</source>
        <translation>使 %2 个参数中的 %1 个沿梯度反方向移动</translation>
    </message>
    <message>
        <source>%1 &lt;i&gt;with&lt;/i&gt; it (the optimizer&apos;s momentum still carries the direction of the earlier steps)</source>
        <translation>%1 个&lt;i&gt;顺着&lt;/i&gt;梯度方向（优化器的动量仍带着之前各步的方向）</translation>
    </message>
    <message>
        <source>%1 whose gradient is 0, carried by the optimizer&apos;s momentum</source>
        <translation>%1 个梯度为 0，由优化器的动量推动</translation>
    </message>
    <message>
        <source>%1 not at all despite a gradient</source>
        <translation>%1 个虽有梯度却完全未动</translation>
    </message>
    <message>
        <source>The update </source>
        <translation>本次更新</translation>
    </message>
    <message>
        <source>, and left the %1 whose gradient is 0 where they were</source>
        <translation>，梯度为 0 的 %1 个保持不动</translation>
    </message>
    <message>
        <source>Sequence data</source>
        <translation>序列数据</translation>
    </message>
    <message>
        <source>&lt;p&gt;Text, speech, prices, video: data that comes &lt;b&gt;in order&lt;/b&gt;, where what comes next depends on what came before.&lt;/p&gt;&lt;p&gt;Our example is the word &lt;b&gt;hello&lt;/b&gt;. Given &lt;i&gt;h, e, l, l&lt;/i&gt; one at a time, the network should say what comes next each time: &lt;i&gt;e, l, l, o&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;A plain feed-forward network sees one character and has no memory: after the first ‘l’ and after the second ‘l’ it would say the same thing. A &lt;b&gt;recurrent&lt;/b&gt; network carries a memory h&lt;sub&gt;t&lt;/sub&gt; from step to step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;文本、语音、价格、视频：&lt;b&gt;按顺序&lt;/b&gt;到来的数据，后面的内容取决于前面的内容。&lt;/p&gt;&lt;p&gt;我们的例子是单词 &lt;b&gt;hello&lt;/b&gt;。依次输入 &lt;i&gt;h, e, l, l&lt;/i&gt;，网络每次都要说出下一个字符：&lt;i&gt;e, l, l, o&lt;/i&gt;。&lt;/p&gt;&lt;p&gt;普通的前馈网络每次只看一个字符，没有记忆：在第一个 ‘l’ 和第二个 ‘l’ 之后，它会给出相同的答案。&lt;b&gt;循环&lt;/b&gt;神经网络则把记忆 h&lt;sub&gt;t&lt;/sub&gt; 从一步传到下一步。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The vanilla RNN, folded</source>
        <translation>基本 RNN（折叠）</translation>
    </message>
    <message>
        <source>&lt;p&gt;One cell. At every time step it takes the input x&lt;sub&gt;t&lt;/sub&gt; and its own previous state h&lt;sub&gt;t−1&lt;/sub&gt; (the loop, through &lt;b&gt;W&lt;sub&gt;hh&lt;/sub&gt;&lt;/b&gt;) and computes the new state h&lt;sub&gt;t&lt;/sub&gt;; from it comes the output y&lt;sub&gt;t&lt;/sub&gt;.&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;F&lt;/b&gt; to fold and unfold.&lt;/p&gt;</source>
        <translation>&lt;p&gt;一个单元。在每个时间步，它接收输入 x&lt;sub&gt;t&lt;/sub&gt; 和自己上一时刻的状态 h&lt;sub&gt;t−1&lt;/sub&gt;（即经过 &lt;b&gt;W&lt;sub&gt;hh&lt;/sub&gt;&lt;/b&gt; 的环路），计算新状态 h&lt;sub&gt;t&lt;/sub&gt;；由它得到输出 y&lt;sub&gt;t&lt;/sub&gt;。&lt;/p&gt;&lt;p&gt;按 &lt;b&gt;F&lt;/b&gt; 折叠或展开。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Unfolded over time</source>
        <translation>按时间展开</translation>
    </message>
    <message>
        <source>&lt;p&gt;The same cell drawn once per time step: the loop becomes the arrows from left to right. Each column is one character of ‘hell’; the top row is what the network predicts.&lt;/p&gt;&lt;p&gt;Hover over anything to see its numbers.&lt;/p&gt;</source>
        <translation>&lt;p&gt;同一个单元在每个时间步各画一次：环路变成从左到右的箭头。每一列对应 ‘hell’ 中的一个字符；最上面一行是网络的预测。&lt;/p&gt;&lt;p&gt;将鼠标悬停在任意元素上即可查看其数值。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Shared weights</source>
        <translation>权重共享</translation>
    </message>
    <message>
        <source>&lt;p&gt;The matrices &lt;b&gt;W&lt;sub&gt;xh&lt;/sub&gt;&lt;/b&gt; (input → hidden) and &lt;b&gt;W&lt;sub&gt;hh&lt;/sub&gt;&lt;/b&gt; (hidden → hidden) are the &lt;b&gt;same at every time step&lt;/b&gt;: each arrow of one colour is the same matrix. The Matrices panel shows them, with the biases.&lt;/p&gt;&lt;p&gt;The slides also have &lt;b&gt;W&lt;sub&gt;hy&lt;/sub&gt;&lt;/b&gt; (hidden → output). The lecture&apos;s example has none: the hidden state itself (4 numbers for 4 characters) is the output y&lt;sub&gt;t&lt;/sub&gt;. With an output layer (Model panel) W&lt;sub&gt;hy&lt;/sub&gt; appears, shared across time like the other two.&lt;/p&gt;</source>
        <translation>&lt;p&gt;矩阵 &lt;b&gt;W&lt;sub&gt;xh&lt;/sub&gt;&lt;/b&gt;（输入 → 隐藏）和 &lt;b&gt;W&lt;sub&gt;hh&lt;/sub&gt;&lt;/b&gt;（隐藏 → 隐藏）&lt;b&gt;在每个时间步都相同&lt;/b&gt;：同一颜色的箭头都是同一个矩阵。矩阵面板显示它们及偏置。&lt;/p&gt;&lt;p&gt;幻灯片中还有 &lt;b&gt;W&lt;sub&gt;hy&lt;/sub&gt;&lt;/b&gt;（隐藏 → 输出）。课上的例子没有它：隐藏状态本身（4 个字符对应 4 个数）就是输出 y&lt;sub&gt;t&lt;/sub&gt;。加上输出层（“模型与数据”面板）后会出现 W&lt;sub&gt;hy&lt;/sub&gt;，它和另外两个矩阵一样在各时间步共享。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The computation, by hand</source>
        <translation>手算过程</translation>
    </message>
    <message>
        <source>&lt;p&gt;h&lt;sub&gt;t&lt;/sub&gt; = tanh(W&lt;sub&gt;hh&lt;/sub&gt; h&lt;sub&gt;t−1&lt;/sub&gt; + W&lt;sub&gt;xh&lt;/sub&gt; x&lt;sub&gt;t&lt;/sub&gt; + b), y&lt;sub&gt;t&lt;/sub&gt; = h&lt;sub&gt;t&lt;/sub&gt;, p&lt;sub&gt;t&lt;/sub&gt; = softmax(y&lt;sub&gt;t&lt;/sub&gt;), for t = 1 … n with h&lt;sub&gt;0&lt;/sub&gt; = 0.&lt;/p&gt;&lt;p&gt;The slides leave the bias out; PyTorch&apos;s nn.RNN has two, b&lt;sub&gt;ih&lt;/sub&gt; beside W&lt;sub&gt;xh&lt;/sub&gt; and b&lt;sub&gt;hh&lt;/sub&gt; beside W&lt;sub&gt;hh&lt;/sub&gt;, and only ever adds them: b = b&lt;sub&gt;ih&lt;/sub&gt; + b&lt;sub&gt;hh&lt;/sub&gt;. PyTorch&apos;s names: W&lt;sub&gt;xh&lt;/sub&gt; is weight_ih_l0, W&lt;sub&gt;hh&lt;/sub&gt; weight_hh_l0, b&lt;sub&gt;ih&lt;/sub&gt; bias_ih_l0, b&lt;sub&gt;hh&lt;/sub&gt; bias_hh_l0. y&lt;sub&gt;t&lt;/sub&gt; = h&lt;sub&gt;t&lt;/sub&gt; because this network has no output layer; with one, y&lt;sub&gt;t&lt;/sub&gt; = W&lt;sub&gt;hy&lt;/sub&gt; h&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;y&lt;/sub&gt;.&lt;/p&gt;&lt;p&gt;Below, the equation with the real numbers of this network for t = 1. Press &lt;b&gt;→&lt;/b&gt; to walk through a time step, &lt;b&gt;Shift+→&lt;/b&gt; for the next part of the computation.&lt;/p&gt;</source>
        <translation>&lt;p&gt;h&lt;sub&gt;t&lt;/sub&gt; = tanh(W&lt;sub&gt;hh&lt;/sub&gt; h&lt;sub&gt;t−1&lt;/sub&gt; + W&lt;sub&gt;xh&lt;/sub&gt; x&lt;sub&gt;t&lt;/sub&gt; + b)，y&lt;sub&gt;t&lt;/sub&gt; = h&lt;sub&gt;t&lt;/sub&gt;，p&lt;sub&gt;t&lt;/sub&gt; = softmax(y&lt;sub&gt;t&lt;/sub&gt;)，其中 t = 1 … n，h&lt;sub&gt;0&lt;/sub&gt; = 0。&lt;/p&gt;&lt;p&gt;幻灯片省略了偏置；PyTorch 的 nn.RNN 有两个偏置：W&lt;sub&gt;xh&lt;/sub&gt; 旁的 b&lt;sub&gt;ih&lt;/sub&gt; 和 W&lt;sub&gt;hh&lt;/sub&gt; 旁的 b&lt;sub&gt;hh&lt;/sub&gt;，且只会把它们相加：b = b&lt;sub&gt;ih&lt;/sub&gt; + b&lt;sub&gt;hh&lt;/sub&gt;。PyTorch 中的名称：W&lt;sub&gt;xh&lt;/sub&gt; 是 weight_ih_l0，W&lt;sub&gt;hh&lt;/sub&gt; 是 weight_hh_l0，b&lt;sub&gt;ih&lt;/sub&gt; 是 bias_ih_l0，b&lt;sub&gt;hh&lt;/sub&gt; 是 bias_hh_l0。y&lt;sub&gt;t&lt;/sub&gt; = h&lt;sub&gt;t&lt;/sub&gt;，因为这个网络没有输出层；若有输出层，则 y&lt;sub&gt;t&lt;/sub&gt; = W&lt;sub&gt;hy&lt;/sub&gt; h&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;y&lt;/sub&gt;。&lt;/p&gt;&lt;p&gt;下面是 t = 1 时代入本网络真实数值的方程。按 &lt;b&gt;→&lt;/b&gt; 逐个时间步推进，按 &lt;b&gt;Shift+→&lt;/b&gt; 进入计算的下一部分。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Predict: the next character</source>
        <translation>预测：下一个字符</translation>
    </message>
    <message>
        <source>&lt;p&gt;The network is untrained: its weights are the random ones of seed 0. At t = 2 it reads ‘e’.&lt;/p&gt;&lt;p&gt;How to tell from the numbers below: here y&lt;sub&gt;t&lt;/sub&gt; = h&lt;sub&gt;t&lt;/sub&gt;, and tanh and softmax both keep the order of their inputs, so the largest entry of the pre-activation (the bold vector) becomes the largest probability — its character is the prediction (the rows are in the vocabulary&apos;s order: h, e, l, o).&lt;/p&gt;</source>
        <translation>&lt;p&gt;网络尚未训练：它的权重是用随机种子 0 随机生成的。在 t = 2 时它读入 ‘e’。&lt;/p&gt;&lt;p&gt;如何从下面的数值判断：这里 y&lt;sub&gt;t&lt;/sub&gt; = h&lt;sub&gt;t&lt;/sub&gt;，而 tanh 和 softmax 都保持输入的大小顺序，所以预激活值（粗体向量）中最大的分量就对应最大的概率——它的字符就是预测（各行按词表顺序排列：h, e, l, o）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The PyTorch code</source>
        <translation>PyTorch 代码</translation>
    </message>
    <message>
        <source>&lt;p&gt;The lecture&apos;s code. rnnlab computes what it computes: the same initial weights from the seed, bit for bit, and Adam&apos;s update rule exactly as PyTorch&apos;s; the gradients and losses agree to the last digits of float32, not bit for bit (sums taken in another order can differ there; the tests hold the losses to 10&lt;sup&gt;−5&lt;/sup&gt;).&lt;/p&gt;</source>
        <translation>&lt;p&gt;课上的代码。rnnlab 的计算与之一致：由随机种子得到逐位相同的初始权重，Adam 的更新规则与 PyTorch 完全相同；梯度和损失在 float32 的最后几位上一致，但并非逐位相同（求和顺序不同时最后几位可能有差异；测试要求损失误差在 10&lt;sup&gt;−5&lt;/sup&gt; 以内）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Training hello</source>
        <translation>训练 hello</translation>
    </message>
    <message>
        <source>&lt;p&gt;Ten steps of Adam, as in the lecture&apos;s loop. Each row is one step: its loss and what the network predicted; the wrong characters are underlined. Like the loop&apos;s print(result), a row is taken from the step&apos;s forward pass, &lt;i&gt;before&lt;/i&gt; its update — the caption above the graph shows the network after the tenth update, so its loss is not row 10&apos;s.&lt;/p&gt;&lt;p&gt;After ten steps it says &lt;b&gt;ello&lt;/b&gt;. Press &lt;b&gt;Space&lt;/b&gt; to train on, &lt;b&gt;Ctrl+→&lt;/b&gt; for one step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Adam 训练十步，与课上的循环相同。每一行是一步：它的损失和网络的预测；错误的字符加了下划线。和循环中的 print(result) 一样，每一行取自该步更新&lt;i&gt;之前&lt;/i&gt;的前向传播——图上方的说明显示的是第十次更新之后的网络，所以其损失与第 10 行不同。&lt;/p&gt;&lt;p&gt;十步之后它输出 &lt;b&gt;ello&lt;/b&gt;。按 &lt;b&gt;空格&lt;/b&gt; 继续训练，按 &lt;b&gt;Ctrl+→&lt;/b&gt; 训练一步。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Predict: the loss after the next update</source>
        <translation>预测：下一次更新后的损失</translation>
    </message>
    <message>
        <source>&lt;p&gt;The loss is the mean of −log p(target) over the four time steps. The optimizer is about to take one more step, guided by the gradient.&lt;/p&gt;</source>
        <translation>&lt;p&gt;损失是四个时间步上 −log p(target) 的平均值。优化器即将在梯度的引导下再走一步。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Predict: the biggest gradient</source>
        <translation>预测：最大的梯度</translation>
    </message>
    <message>
        <source>&lt;p&gt;Back to the untrained network (step 0). Back through time (BPTT) the loss sends a gradient to every weight it used (not to W&lt;sub&gt;xh&lt;/sub&gt;&apos;s ‘o’ column: ‘o’ is never an input). W&lt;sub&gt;hh&lt;/sub&gt; is used at every time step, so its gradient adds up the contributions of t = 2 … n (at t = 1 it multiplies h&lt;sub&gt;0&lt;/sub&gt; = 0).&lt;/p&gt;</source>
        <translation>&lt;p&gt;回到未训练的网络（第 0 步）。随时间反向传播（BPTT）时，损失会把梯度传给它用到的每个权重（W&lt;sub&gt;xh&lt;/sub&gt; 的 ‘o’ 列除外：‘o’ 从未作为输入）。W&lt;sub&gt;hh&lt;/sub&gt; 在每个时间步都被使用，所以它的梯度是 t = 2 … n 各步贡献之和（在 t = 1 时它乘的是 h&lt;sub&gt;0&lt;/sub&gt; = 0）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The shapes of RNN tasks</source>
        <translation>RNN 任务的几种结构</translation>
    </message>
    <message>
        <source>Many-to-one: the sentiment of a sentence</source>
        <translation>多对一：句子的情感</translation>
    </message>
    <message>
        <source>&lt;p&gt;Sixteen short reviews, each labelled &lt;i&gt;positive&lt;/i&gt; or &lt;i&gt;negative&lt;/i&gt;. The network reads the whole review and only its &lt;b&gt;last&lt;/b&gt; output counts: the loss is on the last time step alone.&lt;/p&gt;&lt;p&gt;In the Model panel such data is one line per text: &lt;i&gt;text&lt;/i&gt;, a Tab, &lt;i&gt;label&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Right on all sixteen means it has learned &lt;i&gt;these&lt;/i&gt; sentences — memorised them, perhaps; whether it judges a review it has never seen is another test. (Its cell is a GRU, step 15: the bars beside the arrows are its gates r and z and its candidate n.)&lt;/p&gt;</source>
        <translation>&lt;p&gt;十六条简短的评论，每条标注为&lt;i&gt;正面&lt;/i&gt;或&lt;i&gt;负面&lt;/i&gt;。网络读完整条评论，只有&lt;b&gt;最后&lt;/b&gt;一个输出有效：损失只计算最后一个时间步。&lt;/p&gt;&lt;p&gt;在“模型与数据”面板中，这类数据每行一条：&lt;i&gt;文本&lt;/i&gt;、一个 Tab、&lt;i&gt;标签&lt;/i&gt;。&lt;/p&gt;&lt;p&gt;十六条全对，说明它学会了&lt;i&gt;这些&lt;/i&gt;句子——也许只是记住了；它能否判断从未见过的评论，是另一项测试。（它的单元是 GRU，见第 15 步：箭头旁的条形是它的门 r、z 和候选状态 n。）&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Stacked RNNs</source>
        <translation>堆叠 RNN</translation>
    </message>
    <message>
        <source>&lt;p&gt;Layers on top of each other: the hidden state of layer 1 is the input of layer 2. Each layer has its own W&lt;sub&gt;xh&lt;/sub&gt; and W&lt;sub&gt;hh&lt;/sub&gt;, shared across time along its row.&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;L&lt;/b&gt; to walk layer by layer, as PyTorch computes it, instead of time step by time step: the numbers are the same.&lt;/p&gt;</source>
        <translation>&lt;p&gt;多层叠在一起：第 1 层的隐藏状态是第 2 层的输入。每层有自己的 W&lt;sub&gt;xh&lt;/sub&gt; 和 W&lt;sub&gt;hh&lt;/sub&gt;，沿该行在各时间步共享。&lt;/p&gt;&lt;p&gt;按 &lt;b&gt;L&lt;/b&gt; 按层逐层推进（PyTorch 的计算顺序），而不是按时间步推进：数值相同。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>LSTM</source>
        <translation>LSTM</translation>
    </message>
    <message>
        <source>&lt;p&gt;Back through time, a vanilla RNN&apos;s gradient is multiplied by W&lt;sub&gt;hh&lt;/sub&gt;ᵀ and tanh′ at every step, and usually fades (or, with large weights, grows). The LSTM adds a cell state c&lt;sub&gt;t&lt;/sub&gt; (the lane above each row), c&lt;sub&gt;t&lt;/sub&gt; = f ⊙ c&lt;sub&gt;t−1&lt;/sub&gt; + i ⊙ g, and gates between 0 and 1 (the bars i, f, o, beside the candidate g): &lt;b&gt;f&lt;/b&gt;orget keeps c&lt;sub&gt;t−1&lt;/sub&gt;, &lt;b&gt;i&lt;/b&gt;nput writes the candidate g (between −1 and 1), &lt;b&gt;o&lt;/b&gt;utput reads tanh(c&lt;sub&gt;t&lt;/sub&gt;) into h&lt;sub&gt;t&lt;/sub&gt;.&lt;/p&gt;&lt;p&gt;Where f ≈ 1, c&lt;sub&gt;t−1&lt;/sub&gt; is kept and the gradient along c passes back almost unchanged. Untrained, an LSTM&apos;s gradient fades much like an RNN&apos;s; training can &lt;i&gt;learn&lt;/i&gt; f ≈ 1 (Compare ▸ RNN vs LSTM vs GRU).&lt;/p&gt;&lt;p&gt;After ten steps this LSTM says &lt;i&gt;llll&lt;/i&gt; where the RNN said &lt;i&gt;ello&lt;/i&gt;: it has four times the weights to set in the same ten steps. Press &lt;b&gt;Space&lt;/b&gt;: within 40 steps it says &lt;i&gt;ello&lt;/i&gt; too.&lt;/p&gt;</source>
        <translation>&lt;p&gt;随时间反向传播时，基本 RNN 的梯度在每一步都要乘以 W&lt;sub&gt;hh&lt;/sub&gt;ᵀ 和 tanh′，通常会逐渐消失（权重较大时则会增大）。LSTM 增加了单元状态 c&lt;sub&gt;t&lt;/sub&gt;（每行上方的通道），c&lt;sub&gt;t&lt;/sub&gt; = f ⊙ c&lt;sub&gt;t−1&lt;/sub&gt; + i ⊙ g，以及取值在 0 和 1 之间的门（条形 i、f、o，旁边是候选值 g）：&lt;b&gt;f&lt;/b&gt; 遗忘门保留 c&lt;sub&gt;t−1&lt;/sub&gt;，&lt;b&gt;i&lt;/b&gt; 输入门写入候选值 g（在 −1 和 1 之间），&lt;b&gt;o&lt;/b&gt; 输出门把 tanh(c&lt;sub&gt;t&lt;/sub&gt;) 读入 h&lt;sub&gt;t&lt;/sub&gt;。&lt;/p&gt;&lt;p&gt;当 f ≈ 1 时，c&lt;sub&gt;t−1&lt;/sub&gt; 被保留，沿 c 的梯度几乎不变地向回传递。未训练时，LSTM 的梯度和 RNN 一样会消失；训练可以&lt;i&gt;学会&lt;/i&gt; f ≈ 1（比较 ▸ RNN vs LSTM vs GRU）。&lt;/p&gt;&lt;p&gt;十步之后，这个 LSTM 输出 &lt;i&gt;llll&lt;/i&gt;，而 RNN 输出 &lt;i&gt;ello&lt;/i&gt;：它要在同样的十步内调整四倍的权重。按 &lt;b&gt;空格&lt;/b&gt;：40 步之内它也会输出 &lt;i&gt;ello&lt;/i&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>GRU</source>
        <translation>GRU</translation>
    </message>
    <message>
        <source>&lt;p&gt;The GRU does the same with two gates (r, z) and no separate cell state (its bars: r, z and the candidate n): h&lt;sub&gt;t&lt;/sub&gt; = (1 − z) ⊙ n&lt;sub&gt;t&lt;/sub&gt; + z ⊙ h&lt;sub&gt;t−1&lt;/sub&gt;, where ⊙ multiplies entry by entry and n&lt;sub&gt;t&lt;/sub&gt; = tanh(W&lt;sub&gt;in&lt;/sub&gt; x&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;in&lt;/sub&gt; + r ⊙ (W&lt;sub&gt;hn&lt;/sub&gt; h&lt;sub&gt;t−1&lt;/sub&gt; + b&lt;sub&gt;hn&lt;/sub&gt;)) is the candidate state.&lt;/p&gt;&lt;p&gt;The update gate &lt;b&gt;z&lt;/b&gt; mixes: z ≈ 1 keeps the old state (and passes the gradient back nearly unchanged), z ≈ 0 replaces it with n&lt;sub&gt;t&lt;/sub&gt;. The reset gate &lt;b&gt;r&lt;/b&gt; decides how much of h&lt;sub&gt;t−1&lt;/sub&gt; the candidate sees.&lt;/p&gt;&lt;p&gt;The slides name the LSTM and the GRU; these two steps show what they compute. Change anything in the Model panel and see what happens.&lt;/p&gt;</source>
        <translation>&lt;p&gt;GRU 用两个门（r、z）实现同样的效果，没有单独的单元状态（它的条形：r、z 和候选状态 n）：h&lt;sub&gt;t&lt;/sub&gt; = (1 − z) ⊙ n&lt;sub&gt;t&lt;/sub&gt; + z ⊙ h&lt;sub&gt;t−1&lt;/sub&gt;，其中 ⊙ 表示逐元素相乘，n&lt;sub&gt;t&lt;/sub&gt; = tanh(W&lt;sub&gt;in&lt;/sub&gt; x&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;in&lt;/sub&gt; + r ⊙ (W&lt;sub&gt;hn&lt;/sub&gt; h&lt;sub&gt;t−1&lt;/sub&gt; + b&lt;sub&gt;hn&lt;/sub&gt;)) 是候选状态。&lt;/p&gt;&lt;p&gt;更新门 &lt;b&gt;z&lt;/b&gt; 负责混合：z ≈ 1 保留旧状态（并几乎不变地向回传递梯度），z ≈ 0 用 n&lt;sub&gt;t&lt;/sub&gt; 替换它。重置门 &lt;b&gt;r&lt;/b&gt; 决定候选状态能看到多少 h&lt;sub&gt;t−1&lt;/sub&gt;。&lt;/p&gt;&lt;p&gt;幻灯片提到了 LSTM 和 GRU；这两步展示它们的计算。在“模型与数据”面板中随意修改，看看会发生什么。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Seeing memory</source>
        <translation>观察记忆</translation>
    </message>
    <message>
        <source>&lt;p&gt;An RNN&apos;s memory, seen three ways in the &lt;b&gt;Memory&lt;/b&gt; tab:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;How far back a prediction looks&lt;/b&gt;: the text up to the walk&apos;s step t, each character shaded (and a bar) by ‖∂ log p&lt;sub&gt;t&lt;/sub&gt;(target) / ∂x&lt;sub&gt;s&lt;/sub&gt;‖ — how much that input moves step t&apos;s right answer, by backpropagation through time.&lt;/li&gt;&lt;li&gt;&lt;b&gt;The path of h&lt;sub&gt;t&lt;/sub&gt;&lt;/b&gt;: each state a point in the states&apos; two main directions (PCA), in time order. &lt;b&gt;Freeze axes&lt;/b&gt; and train on: the path moves in one frame.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Units over the text&lt;/b&gt;: the text coloured by one hidden unit; drag over a part of it to find the units that track it.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Hello&apos;s two ‘l’s are the test: the same input, yet ‘l’ follows the first and ‘o’ the second — only memory tells them apart. &lt;b&gt;←&lt;/b&gt; / &lt;b&gt;→&lt;/b&gt; move the step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;在&lt;b&gt;记忆&lt;/b&gt;选项卡中，从三个角度观察 RNN 的记忆：&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;预测能回看多远&lt;/b&gt;：直到当前第 t 步的文本，每个字符按 ‖∂ log p&lt;sub&gt;t&lt;/sub&gt;(target) / ∂x&lt;sub&gt;s&lt;/sub&gt;‖ 着色（并配一个条形）——通过随时间反向传播，衡量该输入对第 t 步正确答案的影响。&lt;/li&gt;&lt;li&gt;&lt;b&gt;h&lt;sub&gt;t&lt;/sub&gt; 的轨迹&lt;/b&gt;：每个状态是状态的两个主方向（PCA）上的一个点，按时间顺序连接。勾选&lt;b&gt;冻结坐标轴&lt;/b&gt;后继续训练：轨迹在同一坐标系中变化。&lt;/li&gt;&lt;li&gt;&lt;b&gt;文本上的单元&lt;/b&gt;：按某个隐藏单元给文本着色；拖选其中一段，找出追踪这段文本的单元。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;hello 中的两个 ‘l’ 就是检验：输入相同，但第一个后面是 ‘l’，第二个后面是 ‘o’——只有记忆能区分它们。&lt;b&gt;←&lt;/b&gt; / &lt;b&gt;→&lt;/b&gt; 移动时间步。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>It goes down</source>
        <translation>会下降</translation>
    </message>
    <message>
        <source>It goes up</source>
        <translation>会上升</translation>
    </message>
    <message>
        <source>row h%1, column h%2</source>
        <translation>第 h%1 行，第 h%2 列</translation>
    </message>
    <message>
        <source>Which character will the network &lt;b&gt;predict&lt;/b&gt; at t = %1, after reading ‘%2’? (Not which one is right: what &lt;i&gt;this&lt;/i&gt; network will say.)</source>
        <translation>读入 ‘%2’ 后，网络在 t = %1 时会&lt;b&gt;预测&lt;/b&gt;哪个字符？（不是问哪个正确，而是&lt;i&gt;这个&lt;/i&gt;网络会输出什么。）</translation>
    </message>
    <message>
        <source>The loss is %1 now. After the next update, will it go down or up?</source>
        <translation>现在的损失是 %1。下一次更新后，它会下降还是上升？</translation>
    </message>
    <message>
        <source>Which entry of W&lt;sub&gt;hh&lt;/sub&gt; gets the &lt;b&gt;largest&lt;/b&gt; gradient |dL/dW&lt;sub&gt;hh&lt;/sub&gt;| from this forward pass? Button &lt;i&gt;i,j&lt;/i&gt;: row i (the unit it feeds), column j (the unit of h&lt;sub&gt;t−1&lt;/sub&gt; it reads).</source>
        <translation>这次前向传播中，W&lt;sub&gt;hh&lt;/sub&gt; 的哪个元素得到的梯度 |dL/dW&lt;sub&gt;hh&lt;/sub&gt;| &lt;b&gt;最大&lt;/b&gt;？按钮 &lt;i&gt;i,j&lt;/i&gt;：第 i 行（它输入的单元），第 j 列（它读取的 h&lt;sub&gt;t−1&lt;/sub&gt; 的单元）。</translation>
    </message>
    <message>
        <source>The softmax at t = %1 gives %2. The largest is ‘%3’: the network predicts ‘%3’%4.</source>
        <translation>t = %1 时 softmax 给出 %2。最大的是 ‘%3’：网络预测 ‘%3’%4。</translation>
    </message>
    <message>
        <source>, which is right</source>
        <translation>，预测正确</translation>
    </message>
    <message>
        <source> — the text goes on with ‘%1’, so training will push p(‘%1’) up</source>
        <translation>——文本接下来是 ‘%1’，所以训练会把 p(‘%1’) 调高</translation>
    </message>
    <message>
        <source>The loss went from %1 to %2: down by %3. </source>
        <translation>损失从 %1 变为 %2：下降了 %3。</translation>
    </message>
    <message>
        <source>The loss went from %1 to %2: &lt;b&gt;up&lt;/b&gt; by %3. The gradient only says which way is down &lt;i&gt;here&lt;/i&gt;; a step of this size went past the valley (the learning rate is large). </source>
        <translation>损失从 %1 变为 %2：&lt;b&gt;上升&lt;/b&gt;了 %3。梯度只说明在&lt;i&gt;此处&lt;/i&gt;哪个方向是下降的；这么大的一步越过了谷底（学习率太大）。</translation>
    </message>
    <message>
        <source>dL/dW&lt;sub&gt;hh&lt;/sub&gt; is largest at row h%1, column h%2: %3. All of it:%4It adds up, over the time steps, dL/da of unit h%1 — how much the loss wants its pre-activation to change, dL/dh times tanh′ = 1 − h² — times h%2 one step earlier. Adam&apos;s first step then moves every weight whose gradient is not 0 by almost exactly the learning rate (lr·|g| / (|g| + ε)), whatever the gradient&apos;s size: there only the sign counts.</source>
        <translation>dL/dW&lt;sub&gt;hh&lt;/sub&gt; 在第 h%1 行、第 h%2 列最大：%3。全部数值：%4它是各时间步上单元 h%1 的 dL/da（损失希望其预激活值改变多少，即 dL/dh 乘以 tanh′ = 1 − h²）与前一步 h%2 的乘积之和。Adam 的第一步会把每个梯度不为 0 的权重移动几乎正好一个学习率（lr·|g| / (|g| + ε)），与梯度大小无关：此时只有符号起作用。</translation>
    </message>
    <message>
        <source>‘%1’ (step %2) %3</source>
        <translation>‘%1’（第 %2 步）%3</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This network now&lt;/b&gt;: step %1 reads ‘%2’; next comes ‘%3’, and the network gives it p = %4. How much each input moves that: %5.</source>
        <translation>&lt;p&gt;&lt;b&gt;当前网络&lt;/b&gt;：第 %1 步读入 ‘%2’；接下来是 ‘%3’，网络给它的概率 p = %4。各输入对它的影响：%5。</translation>
    </message>
    <message>
        <source>Steps %1 and %2 both read ‘%3’, yet their states lie %4 apart in the path (%5 across): the network remembers what came before.</source>
        <translation>第 %1 步和第 %2 步都读入 ‘%3’，但它们的状态在轨迹中相距 %4（总跨度 %5）：网络记得之前的内容。</translation>
    </message>
    <message>
        <source>Steps %1 and %2 both read ‘%3’, and their states lie almost on one point in the path (%4 apart, %5 across): here the network hardly tells them apart.</source>
        <translation>第 %1 步和第 %2 步都读入 ‘%3’，它们的状态在轨迹中几乎重合（相距 %4，总跨度 %5）：这里网络几乎无法区分它们。</translation>
    </message>
    <message>
        <source>Score: %1 of %2 right</source>
        <translation>得分：%2 个中对了 %1 个</translation>
    </message>
    <message>
        <source>C&amp;ompare</source>
        <translation>比较(&amp;O)</translation>
    </message>
    <message>
        <source>This model against one more &amp;layer</source>
        <translation>本模型与多一层的模型(&amp;L)</translation>
    </message>
    <message>
        <source>The model and data on the left, from its seed, beside the same with one more stacked layer</source>
        <translation>左侧的模型和数据（从其随机种子开始），与多堆叠一层的相同模型并排比较</translation>
    </message>
    <message>
        <source>This model as RNN, LSTM and &amp;GRU</source>
        <translation>本模型的 RNN、LSTM 和 GRU 版本(&amp;G)</translation>
    </message>
    <message>
        <source>The model and data on the left, from its seed, as a vanilla RNN, an LSTM and a GRU</source>
        <translation>左侧的模型和数据（从其随机种子开始），分别作为基本 RNN、LSTM 和 GRU</translation>
    </message>
    <message>
        <source>SVG, vector, text stays text (*.svg)</source>
        <translation>SVG，矢量，文字保持为文字 (*.svg)</translation>
    </message>
    <message>
        <source>PDF, vector, for handouts (*.pdf)</source>
        <translation>PDF，矢量，用于讲义 (*.pdf)</translation>
    </message>
    <message>
        <source>PNG at 1× (*.png)</source>
        <translation>PNG，1× (*.png)</translation>
    </message>
    <message>
        <source>PNG at 2× (*.png)</source>
        <translation>PNG，2× (*.png)</translation>
    </message>
    <message>
        <source>PNG at 3× (*.png)</source>
        <translation>PNG，3× (*.png)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>导出%1</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>&amp;Graph as shown…</source>
        <translation>当前显示的图(&amp;G)…</translation>
    </message>
    <message>
        <source>the graph</source>
        <translation>图</translation>
    </message>
    <message>
        <source>&amp;Copy the graph</source>
        <translation>复制图(&amp;C)</translation>
    </message>
    <message>
        <source>rnnlab graph</source>
        <translation>rnnlab 图</translation>
    </message>
    <message>
        <source>Heatmaps</source>
        <translation>热力图</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>记忆</translation>
    </message>
    <message>
        <source>How far back a prediction looks</source>
        <translation>预测能回看多远</translation>
    </message>
    <message>
        <source>The path of h_t</source>
        <translation>h_t 的轨迹</translation>
    </message>
    <message>
        <source>Units over text</source>
        <translation>文本上的单元</translation>
    </message>
    <message>
        <source>%1k steps/s</source>
        <translation>%1k 步/秒</translation>
    </message>
    <message>
        <source>%1 steps/s</source>
        <translation>%1 步/秒</translation>
    </message>
    <message>
        <source>Time series: prediction and anomalies</source>
        <translation>时间序列：预测与异常检测</translation>
    </message>
    <message>
        <source>above</source>
        <translation>高于</translation>
    </message>
    <message>
        <source>to the end</source>
        <translation>直到结尾</translation>
    </message>
    <message>
        <source>&lt;p&gt;The lecture&apos;s first RNN applications are temporal: &lt;b&gt;time-series prediction&lt;/b&gt; and &lt;b&gt;anomaly detection&lt;/b&gt;. An LSTM has learnt a sine wave: at step t it reads x&lt;sub&gt;t&lt;/sub&gt; and predicts x&lt;sub&gt;t+1&lt;/sub&gt; (a number: the loss is the mean squared error).&lt;/p&gt;&lt;ul&gt;&lt;li&gt;The &lt;b&gt;one-step prediction&lt;/b&gt; (dashed) reads the true series up to x&lt;sub&gt;t&lt;/sub&gt;: it can only be one step wrong.&lt;/li&gt;&lt;li&gt;The &lt;b&gt;forecast&lt;/b&gt; (dotted) runs free: each prediction is fed back as the next input, so its errors carry on. Where the generator made the series, a thin line shows what really came.&lt;/li&gt;&lt;li&gt;Below, step t&apos;s error² (y&lt;sub&gt;t&lt;/sub&gt; − x&lt;sub&gt;t+1&lt;/sub&gt;)² on a log scale, and a &lt;b&gt;threshold&lt;/b&gt; (by default the training errors&apos; mean + 3 sd). A step above it is &lt;b&gt;flagged&lt;/b&gt;: a candidate, not yet an anomaly — it is one only where an anomaly was injected (hatched). Grey: warm-up, not counted.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;课上介绍的第一批 RNN 应用都与时间有关：&lt;b&gt;时间序列预测&lt;/b&gt;和&lt;b&gt;异常检测&lt;/b&gt;。一个 LSTM 学会了正弦波：在第 t 步它读入 x&lt;sub&gt;t&lt;/sub&gt;，预测 x&lt;sub&gt;t+1&lt;/sub&gt;（一个数值：损失为均方误差）。&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;单步预测&lt;/b&gt;（虚线）读入直到 x&lt;sub&gt;t&lt;/sub&gt; 的真实序列：它最多只错一步。&lt;/li&gt;&lt;li&gt;&lt;b&gt;预报&lt;/b&gt;（点线）自由运行：每个预测都作为下一个输入反馈回去，因此误差会延续下去。若序列由生成器生成，细线显示真实的后续值。&lt;/li&gt;&lt;li&gt;下方以对数刻度显示第 t 步的误差² (y&lt;sub&gt;t&lt;/sub&gt; − x&lt;sub&gt;t+1&lt;/sub&gt;)²，以及&lt;b&gt;阈值&lt;/b&gt;（默认为训练误差的均值 + 3 倍标准差）。高于阈值的时间步会被&lt;b&gt;标记&lt;/b&gt;：它只是候选，还不是异常——只有在注入了异常的地方（斜线阴影）才算异常。灰色：预热，不计入。&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>漏检</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>已检出</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Now&lt;/b&gt; (training step %1): flagged test steps: %2.</source>
        <translation>&lt;p&gt;&lt;b&gt;当前&lt;/b&gt;（训练步 %1）：测试序列中被标记的时间步：%2。</translation>
    </message>
    <message>
        <source> The anomaly at point %1: %2; flags after it (still disturbed): %3; false alarms: %4.</source>
        <translation> 第 %1 点处的异常：%2；其后的标记（网络仍受扰动）：%3；误报：%4。</translation>
    </message>
    <message>
        <source> Largest error²: %1 at step %2 (predicting x&lt;sub&gt;%3&lt;/sub&gt;), %4 the threshold%5.</source>
        <translation> 最大误差²：第 %2 步的 %1（预测 x&lt;sub&gt;%3&lt;/sub&gt;），%4阈值%5。</translation>
    </message>
    <message>
        <source>%1 ×</source>
        <translation>%1 倍</translation>
    </message>
    <message>
        <source>: flagged</source>
        <translation>：已标记</translation>
    </message>
    <message>
        <source>: not flagged</source>
        <translation>：未标记</translation>
    </message>
    <message>
        <source> Threshold %1: training error² %2 + 3 × %3 (sd)</source>
        <translation> 阈值 %1：训练误差² %2 + 3 × %3（标准差）</translation>
    </message>
    <message>
        <source>; sd &gt; mean: ordinary steps pass it too.&lt;/p&gt;</source>
        <translation>；标准差 &gt; 均值：普通时间步也会超过阈值。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>.&lt;/p&gt;</source>
        <translation>。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Score: no questions answered yet</source>
        <translation>得分：尚未回答任何问题</translation>
    </message>
    <message>
        <source>cannot write %1: the picture could not be encoded as PNG (%2x%3 pixels)</source>
        <extracomment>%1 the file, %2 × %3 the picture&apos;s size in pixels.</extracomment>
        <translation>无法写入 %1：图片无法编码为 PNG（%2x%3 像素）</translation>
    </message>
    <message>
        <source>&lt;p&gt;An RNN is flexible: it can read one input or many, and answer once or at every step.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;one-to-one&lt;/b&gt;: no sequence at all — one input, one output, no loop: a plain feed-forward network, the box the slide labels “vanilla”;&lt;/li&gt;&lt;li&gt;&lt;b&gt;one-to-many&lt;/b&gt;: one input, then a sequence out — image captioning, or &lt;i&gt;generating&lt;/i&gt; text: each output is fed back as the next input (the Generate tab);&lt;/li&gt;&lt;li&gt;&lt;b&gt;many-to-one&lt;/b&gt;: read a sequence, answer once — sentiment of a sentence;&lt;/li&gt;&lt;li&gt;&lt;b&gt;many-to-many&lt;/b&gt;: an output per input — our hello, or a tag for every word; translation is many-to-many too, but reads the whole sentence first and then writes one of its own length.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Choose a shape below. &lt;b&gt;one-to-many&lt;/b&gt; draws the network as it generates: x&lt;sub&gt;1&lt;/sub&gt; = ‘h’ is given, every later input is the character it picked one step before (the arrows from y&lt;sub&gt;t−1&lt;/sub&gt; down to x&lt;sub&gt;t&lt;/sub&gt;), with the states and probabilities of that pass — greedy, or sampled with the Generate tab&apos;s temperature and seed. Where the generated text parts from the training text, a ✗ marks the step. &lt;b&gt;one-to-one&lt;/b&gt; is x&lt;sub&gt;1&lt;/sub&gt; in, y&lt;sub&gt;1&lt;/sub&gt; out: one step&apos;s real numbers. The other two keep the numbers of the whole hello pass and only the inputs and outputs they use.&lt;/p&gt;</source>
        <translation>&lt;p&gt;RNN 很灵活：它可以读入一个或多个输入，可以只回答一次，也可以每一步都回答。&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;one-to-one&lt;/b&gt;（一对一）：根本没有序列——一个输入、一个输出、没有循环：就是普通的前馈网络，即幻灯片上标为“vanilla”的那个框；&lt;/li&gt;&lt;li&gt;&lt;b&gt;one-to-many&lt;/b&gt;（一对多）：一个输入，然后输出一个序列——图像描述，或&lt;i&gt;生成&lt;/i&gt;文本：每个输出都作为下一个输入反馈回去（“生成”选项卡）；&lt;/li&gt;&lt;li&gt;&lt;b&gt;many-to-one&lt;/b&gt;（多对一）：读入一个序列，回答一次——句子的情感；&lt;/li&gt;&lt;li&gt;&lt;b&gt;many-to-many&lt;/b&gt;（多对多）：每个输入对应一个输出——我们的 hello，或给每个词打标签；翻译也是多对多，但它先读完整个句子，再写出长度由自己决定的句子。&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;在下方选择一种结构。&lt;b&gt;one-to-many&lt;/b&gt; 按网络生成时的样子绘制：x&lt;sub&gt;1&lt;/sub&gt; = ‘h’ 是给定的，之后的每个输入都是它上一步选出的字符（从 y&lt;sub&gt;t−1&lt;/sub&gt; 向下指向 x&lt;sub&gt;t&lt;/sub&gt; 的箭头），并显示这次传播的状态和概率——贪心，或按“生成”选项卡中的温度和随机种子采样。生成的文本偏离训练文本的那一步用 ✗ 标出。&lt;b&gt;one-to-one&lt;/b&gt; 是 x&lt;sub&gt;1&lt;/sub&gt; 输入、y&lt;sub&gt;1&lt;/sub&gt; 输出：一步的真实数值。另外两种保留整个 hello 传播的数值，只显示它们用到的输入和输出。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ValueEquations</name>
    <message>
        <source>N = number of predicted steps, over all series</source>
        <translation>N = 所有序列中被预测的时间步数</translation>
    </message>
    <message>
        <source>N = number of predicted steps, over all series; D = features per step</source>
        <translation>N = 所有序列中被预测的时间步数；D = 每步的特征数</translation>
    </message>
    <message>
        <source>%1 (predicts x_{t+1}),   loss_t = (y_t − x_{t+1})²,   L = MSE = (1/N) Σ_t loss_t,   </source>
        <extracomment>%1 is the output&apos;s equation (y_t = W_hy h_t + b_y).</extracomment>
        <translation>%1（预测 x_{t+1}），   loss_t = (y_t − x_{t+1})²，   L = MSE = (1/N) Σ_t loss_t，   </translation>
    </message>
    <message>
        <source>%1 (predicts x_{t+1}),   loss_t = Σ_d (y_t[d] − x_{t+1}[d])²,   L = MSE = (1/(N·D)) Σ_t loss_t,   </source>
        <extracomment>%1 is the output&apos;s equation (y_t = W_hy h_t + b_y).</extracomment>
        <translation>%1（预测 x_{t+1}），   loss_t = Σ_d (y_t[d] − x_{t+1}[d])²，   L = MSE = (1/(N·D)) Σ_t loss_t，   </translation>
    </message>
    <message>
        <source>a test series is never trained on:</source>
        <translation>测试序列从不参与训练：</translation>
    </message>
    <message>
        <source>this squared error is in no loss L and sends no gradient back</source>
        <translation>该平方误差不计入任何损失 L，也不回传梯度</translation>
    </message>
    <message>
        <source>(forward and error only; the Signal tab holds it against the anomaly threshold)</source>
        <translation>（仅前向传播和误差；“信号”选项卡会将它与异常阈值比较）</translation>
    </message>
    <message>
        <source>%1 step</source>
        <translation>%1 步</translation>
    </message>
    <message>
        <source>%1 steps</source>
        <translation>%1 步</translation>
    </message>
    <message>
        <source>%1 feature</source>
        <translation>%1 个特征</translation>
    </message>
    <message>
        <source>%1 features</source>
        <translation>%1 个特征</translation>
    </message>
    <message>
        <source>the prediction of x_%1</source>
        <translation>对 x_%1 的预测</translation>
    </message>
    <message>
        <source>its share of L:</source>
        <translation>它在 L 中的份额：</translation>
    </message>
    <message>
        <source>L = MSE, the mean over %1 values: L = %2</source>
        <extracomment>%1 the count (&quot;N·D = 119 steps × 2 features = 238&quot;), %2 the loss.</extracomment>
        <translation>L = MSE，即 %1 个值的平均：L = %2</translation>
    </message>
    <message>
        <source>L = MSE, the mean over %1: L = %2</source>
        <translation>L = MSE，即 %1 上的平均：L = %2</translation>
    </message>
</context>
<context>
    <name>rnnlab</name>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Matrices</source>
        <translation>矩阵</translation>
    </message>
    <message>
        <source>Step by hand</source>
        <translation>手算</translation>
    </message>
    <message>
        <source>Loss and accuracy</source>
        <translation>损失与准确率</translation>
    </message>
    <message>
        <source>Predictions per step</source>
        <translation>每个训练步的预测</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>记忆</translation>
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
        <translation>“每个训练步的预测”列出预测的字符串：仅适用于字符任务。</translation>
    </message>
    <message>
        <source>Generate writes text, for character tasks only. A time series&apos; free-running forecast (each prediction fed back as the next input) is drawn in the Signal tab, as long as you set it there.</source>
        <translation>“生成”用于写文本，仅适用于字符任务。时间序列的自由运行预报（每个预测作为下一个输入反馈回去）绘制在“信号”选项卡中，长度在那里设置。</translation>
    </message>
    <message>
        <source>The Memory tab ranks influence over characters: it is for character tasks only.</source>
        <translation>“记忆”选项卡按字符排列影响大小：仅适用于字符任务。</translation>
    </message>
    <message>
        <source> This run is a translation (an encoder–decoder): its loss and accuracy are in the Loss tab, each pair&apos;s greedy translation at every step in Predictions per step, and its three weight sets (encoder, decoder, fc) in the Matrices panel.</source>
        <translation> 本次运行是翻译（编码器–解码器）：其损失和准确率在“损失”选项卡中，每个样本对在每一步的贪心翻译在“每个训练步的预测”中，三组权重（encoder、decoder、fc）在矩阵面板中。</translation>
    </message>
    <message>
        <source>An encoder–decoder is drawn by its own graph.</source>
        <translation>编码器–解码器由专门的图绘制。</translation>
    </message>
    <message>
        <source>Generate writes text by feeding a network&apos;s output back as its next input; a translation does that in its decoder, and its greedy translations are listed in Predictions per step.</source>
        <translation>“生成”把网络的输出反馈为下一个输入来写文本；翻译在其解码器中这样做，其贪心翻译列在“每个训练步的预测”中。</translation>
    </message>
    <message>
        <source>The Memory tab reads one network over one text; an encoder–decoder&apos;s two are not analysed yet.</source>
        <translation>“记忆”选项卡分析的是一个网络在一段文本上的情况；编码器–解码器的两个网络尚不能分析。</translation>
    </message>
    <message>
        <source> This run is a time series: its values, the network&apos;s predictions, the free-running forecast and the flagged steps are in the Signal tab, and every number of a time step in the graph.</source>
        <translation> 本次运行是时间序列：其数值、网络的预测、自由运行预报和被标记的时间步在“信号”选项卡中，每个时间步的全部数值在图中。</translation>
    </message>
</context>
<context>
    <name>rnnlab::CellValueEditor</name>
    <message>
        <source>Type a number, e.g. 0.5 or -1.2e-3</source>
        <translation>输入一个数，例如 0.5 或 -1.2e-3</translation>
    </message>
    <message>
        <source>Use a point as the decimal separator: %1</source>
        <translation>请用点号作小数分隔符：%1</translation>
    </message>
    <message>
        <source>“%1” is not a number: type e.g. 0.5 or -1.2e-3</source>
        <translation>“%1” 不是数：请输入例如 0.5 或 -1.2e-3</translation>
    </message>
    <message>
        <source>A weight must be a finite number (%1 would turn the loss into nan)</source>
        <translation>权重必须是有限数（%1 会使损失变为 nan）</translation>
    </message>
    <message>
        <source>Too large for a float32 weight: at most ±%1</source>
        <translation>超出 float32 权重的范围：最大为 ±%1</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
</context>
<context>
    <name>rnnlab::ColorLegend</name>
    <message>
        <source>%1: blue is negative, red is positive; the colour is darkest at ±%2 and beyond.</source>
        <extracomment>%1 the legend&apos;s caption (Weights), %2 the colour scale&apos;s end.</extracomment>
        <translation>%1：蓝色为负，红色为正；在 ±%2 及以外颜色最深。</translation>
    </message>
    <message>
        <source>The numbers in the cells and under the bar are in units of %1: %2 in a cell means %3.</source>
        <extracomment>%1 a power of ten (10⁻³), %2 a number as a cell prints it, %3 the value it stands for.</extracomment>
        <translation>单元格中和色条下方的数以 %1 为单位：单元格中的 %2 表示 %3。</translation>
    </message>
    <message>
        <source>Where the cells are too small for numbers, hover a cell (or move to it with the arrow keys) to read its value.</source>
        <translation>单元格太小放不下数字时，将鼠标悬停在单元格上（或用方向键移到该单元格）即可读取其值。</translation>
    </message>
</context>
<context>
    <name>rnnlab::ColorMap</name>
    <message>
        <source>input gate i</source>
        <extracomment>A gate&apos;s name (LSTM: i, f, g, o; GRU: r, z, n): keep its letter last, after a space.</extracomment>
        <translation>输入门 i</translation>
    </message>
    <message>
        <source>forget gate f</source>
        <translation>遗忘门 f</translation>
    </message>
    <message>
        <source>candidate g</source>
        <translation>候选值 g</translation>
    </message>
    <message>
        <source>output gate o</source>
        <translation>输出门 o</translation>
    </message>
    <message>
        <source>reset gate r</source>
        <translation>重置门 r</translation>
    </message>
    <message>
        <source>update gate z</source>
        <translation>更新门 z</translation>
    </message>
    <message>
        <source>candidate n</source>
        <translation>候选状态 n</translation>
    </message>
</context>
<context>
    <name>rnnlab::ComparePanel</name>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Compare without model %1</source>
        <translation>不含模型 %1 进行比较</translation>
    </message>
    <message>
        <source>Model %1&apos;s cell: rnn_tanh, rnn_relu (torch.nn.RNN), lstm (torch.nn.LSTM) or gru (torch.nn.GRU)</source>
        <translation>模型 %1 的单元：rnn_tanh、rnn_relu（torch.nn.RNN）、lstm（torch.nn.LSTM）或 gru（torch.nn.GRU）</translation>
    </message>
    <message>
        <source>Model %1&apos;s stacked layers (1–8)</source>
        <translation>模型 %1 的堆叠层数（1–8）</translation>
    </message>
    <message>
        <source>H </source>
        <translation>H </translation>
    </message>
    <message>
        <source>Model %1&apos;s hidden size H: units per layer (without an output layer H must equal the vocabulary size)</source>
        <translation>模型 %1 的隐藏层大小 H：每层的单元数（没有输出层时 H 必须等于词表大小）</translation>
    </message>
    <message>
        <source>output layer</source>
        <translation>输出层</translation>
    </message>
    <message>
        <source>Model %1 reads its predictions through nn.Linear(H, V) (W_hy); without it, the top layer&apos;s hidden state is the logits</source>
        <translation>模型 %1 通过 nn.Linear(H, V)（W_hy）读出预测；没有它时，顶层的隐藏状态就是 logits</translation>
    </message>
    <message>
        <source>Model %1&apos;s seed: torch.manual_seed for its initial weights</source>
        <translation>模型 %1 的随机种子：用于初始权重的 torch.manual_seed</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source> layer</source>
        <translation> 层</translation>
    </message>
    <message>
        <source> layers</source>
        <translation> 层</translation>
    </message>
    <message>
        <source>seed: &quot;%1&quot; is not a whole number from −9223372036854775808 to 9223372036854775807</source>
        <translation>随机种子：“%1” 不是 −9223372036854775808 到 9223372036854775807 之间的整数</translation>
    </message>
</context>
<context>
    <name>rnnlab::ComparePlot</name>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Correct characters</source>
        <translation>字符准确率</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic axis: late, small differences between the models stay visible</source>
        <translation>在对数坐标轴上显示损失：模型之间后期的微小差异也能看清</translation>
    </message>
    <message>
        <source>training step</source>
        <translation>训练步</translation>
    </message>
    <message>
        <source>correct (%)</source>
        <translation>准确率 (%)</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
</context>
<context>
    <name>rnnlab::CompareWindow</name>
    <message>
        <source>Space: train · Ctrl+→: one step for every model · Ctrl+L: lock step or free-running · F: fold the graphs</source>
        <translation>空格：训练 · Ctrl+→：每个模型训练一步 · Ctrl+L：同步或自由运行 · F：折叠各图</translation>
    </message>
    <message>
        <source>Every model trains on these texts with these optimizer settings, so that only the models differ. Change them in the main window (Model and data) and compare again.</source>
        <translation>所有模型都用这些文本和这些优化器设置训练，因此只有模型本身不同。可在主窗口（模型与数据）中修改，然后重新比较。</translation>
    </message>
    <message>
        <source>Which training text the graphs show</source>
        <translation>图中显示哪条训练文本</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>文本(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <source>Train every model at the chosen speed (Space)</source>
        <translation>以所选速度训练所有模型（空格）</translation>
    </message>
    <message>
        <source>Pause every model (Space)</source>
        <translation>暂停所有模型（空格）</translation>
    </message>
    <message>
        <source>One optimizer step for every model (Ctrl+→)</source>
        <translation>每个模型执行一次优化器步骤（Ctrl+→）</translation>
    </message>
    <message>
        <source>Every model back to its seed&apos;s initial weights, step 0 (Ctrl+R)</source>
        <translation>所有模型回到其随机种子生成的初始权重，第 0 步（Ctrl+R）</translation>
    </message>
    <message>
        <source>&amp;Lock step</source>
        <translation>同步(&amp;L)</translation>
    </message>
    <message>
        <source>On: every model shows the same step (the fast ones wait for the slowest). Off: each model trains as fast as it can (Ctrl+L)</source>
        <translation>开：所有模型显示同一步（快的等最慢的）。关：每个模型尽可能快地训练（Ctrl+L）</translation>
    </message>
    <message>
        <source>&amp;Add a model</source>
        <translation>添加模型(&amp;A)</translation>
    </message>
    <message>
        <source>Compare a third model (Ctrl+Shift+N): the first cell type not compared yet</source>
        <translation>比较第三个模型（Ctrl+Shift+N）：第一个尚未比较的单元类型</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Fold the graphs</source>
        <translation>折叠各图(&amp;F)</translation>
    </message>
    <message>
        <source>Fold every unrolled graph into its cell with the W_hh loop, or unfold them (F)</source>
        <translation>把每个展开的图折叠成带 W_hh 环路的单元，或将其展开（F）</translation>
    </message>
    <message>
        <source>Fit to &amp;window</source>
        <translation>适应窗口(&amp;W)</translation>
    </message>
    <message>
        <source>Show each whole graph (Ctrl+0)</source>
        <translation>显示每个完整的图（Ctrl+0）</translation>
    </message>
    <message>
        <source>&amp;Gradient through time</source>
        <translation>随时间传播的梯度(&amp;G)</translation>
    </message>
    <message>
        <source>How much of the last step&apos;s gradient reaches each h_t, model against model: on by itself when the cells differ (Ctrl+D)</source>
        <translation>最后一步的梯度有多少能到达每个 h_t，按模型对比：单元类型不同时自动开启（Ctrl+D）</translation>
    </message>
    <message>
        <source>How far &amp;back a prediction looks</source>
        <translation>预测能回看多远(&amp;B)</translation>
    </message>
    <message>
        <source>How much each earlier input drives one step&apos;s prediction, model against model: on by itself when the cells differ (Ctrl+B)</source>
        <translation>每个更早的输入对某一步预测的影响有多大，按模型对比：单元类型不同时自动开启（Ctrl+B）</translation>
    </message>
    <message>
        <source>&amp;Log scale for the loss</source>
        <translation>损失使用对数刻度(&amp;L)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Load a comparison the lecture uses</source>
        <translation>载入课上使用的比较</translation>
    </message>
    <message>
        <source>Presets…</source>
        <translation>预设…</translation>
    </message>
    <message>
        <source>Compare models — rnnlab</source>
        <translation>比较模型 — rnnlab</translation>
    </message>
    <message>
        <source>Compare: %1 — rnnlab</source>
        <translation>比较：%1 — rnnlab</translation>
    </message>
    <message>
        <source>Lock step: every model shows the same training step. The table&apos;s numbers are what rnnlab-cli train prints for each session.</source>
        <translation>同步：所有模型显示同一训练步。表中的数值就是 rnnlab-cli train 为每个会话输出的数值。</translation>
    </message>
    <message>
        <source>Adam, lr %1</source>
        <translation>Adam，lr %1</translation>
    </message>
    <message>
        <source>SGD, lr %1, momentum %2</source>
        <translation>SGD，lr %1，动量 %2</translation>
    </message>
    <message>
        <source>, gradients clipped at %1</source>
        <translation>，梯度裁剪阈值 %1</translation>
    </message>
    <message>
        <source>, no clipping</source>
        <translation>，不裁剪</translation>
    </message>
    <message>
        <source>Every model: %1 · %2</source>
        <translation>所有模型：%1 · %2</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <source>Steps %1</source>
        <translation>步数 %1</translation>
    </message>
    <message>
        <source>Lock step: every model has taken this many steps</source>
        <translation>同步：每个模型都已训练这么多步</translation>
    </message>
    <message>
        <source>Free-running: the steps each model has taken (A · B · C)</source>
        <translation>自由运行：每个模型已训练的步数（A · B · C）</translation>
    </message>
    <message>
        <source>lock step: %1 steps/s</source>
        <translation>同步：%1 步/秒</translation>
    </message>
    <message>
        <source>Training stopped: model %1&apos;s step was refused (see the message on its graph)</source>
        <translation>训练已停止：模型 %1 的一步被拒绝（见其图上的消息）</translation>
    </message>
    <message>
        <source>Model %1 stopped</source>
        <translation>模型 %1 已停止</translation>
    </message>
    <message>
        <source>Change model %1&apos;s settings, or Reset to start every model over.</source>
        <translation>修改模型 %1 的设置，或点“重置”让所有模型重新开始。</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Model %1 changed: every model starts over from step 0, so that they stay comparable</source>
        <translation>模型 %1 已更改：所有模型从第 0 步重新开始，以保持可比</translation>
    </message>
</context>
<context>
    <name>rnnlab::ContextEquations</name>
    <message>
        <source>Context, backward through time</source>
        <translation>上下文，随时间反向传播</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source> · layer %1</source>
        <translation> · 第 %1 层</translation>
    </message>
    <message>
        <source>h_0^{dec} = h_n^{enc},   c_0^{dec} = c_n^{enc}   (every layer; n = %1 source characters)</source>
        <translation>h_0^{dec} = h_n^{enc}，   c_0^{dec} = c_n^{enc}   （每一层；n = %1 个源字符）</translation>
    </message>
    <message>
        <source>h_0^{dec} = h_n^{enc}   (every layer; n = %1 source characters)</source>
        <translation>h_0^{dec} = h_n^{enc}   （每一层；n = %1 个源字符）</translation>
    </message>
    <message>
        <source>the decoder never sees the source itself: only these %1 numbers per layer</source>
        <translation>解码器从不直接看到源序列：每层只有这 %1 个数</translation>
    </message>
    <message>
        <source>dL/dh_n^{enc} gets dL/dh_0^{dec},   dL/dc_n^{enc} gets dL/dc_0^{dec} = f_1^{dec} ⊙ dL/dc_1^{dec}</source>
        <translation>dL/dh_n^{enc} 接收 dL/dh_0^{dec}，   dL/dc_n^{enc} 接收 dL/dc_0^{dec} = f_1^{dec} ⊙ dL/dc_1^{dec}</translation>
    </message>
    <message>
        <source>dL/dh_n^{enc} gets dL/dh_0^{dec}: the decoder&apos;s gradient of its starting state</source>
        <translation>dL/dh_n^{enc} 接收 dL/dh_0^{dec}：解码器对其初始状态的梯度</translation>
    </message>
    <message>
        <source>→ reaches the encoder:</source>
        <translation>→ 传到编码器：</translation>
    </message>
    <message>
        <source>from here back through the encoder, from its last step: its only loss is the decoder&apos;s, carried across the context</source>
        <translation>由此从编码器的最后一步开始反向传播：编码器唯一的损失来自解码器，经上下文传来</translation>
    </message>
</context>
<context>
    <name>rnnlab::EquationAccessible</name>
    <message>
        <source>Equations</source>
        <translation>方程</translation>
    </message>
</context>
<context>
    <name>rnnlab::EquationModel</name>
    <message>
        <source>units %1:</source>
        <translation>单元 %1：</translation>
    </message>
    <message>
        <source>(no gradients: the loss of this pass is not finite)</source>
        <translation>（无梯度：本次传播的损失不是有限数）</translation>
    </message>
    <message>
        <source>from layer %1</source>
        <translation>来自第 %1 层</translation>
    </message>
    <message>
        <source>the loss of the text: −log of the probability of its label (scored at the last step)</source>
        <translation>该文本的损失：其标签概率的 −log（在最后一步计分）</translation>
    </message>
    <message>
        <source>the loss at this step: −log of the probability of the next character</source>
        <translation>此步的损失：下一个字符概率的 −log</translation>
    </message>
    <message>
        <source>the loss at this step: −log of the probability of the target</source>
        <translation>此步的损失：目标概率的 −log</translation>
    </message>
    <message>
        <source>dL/dh_t = (from y_t or the layer above) + W_hhᵀ dL/da_{t+1},   dL/da_t = dL/dh_t ⊙ [h_t &gt; 0]</source>
        <translation>dL/dh_t = （来自 y_t 或上一层） + W_hhᵀ dL/da_{t+1}，   dL/da_t = dL/dh_t ⊙ [h_t &gt; 0]</translation>
    </message>
    <message>
        <source>dL/dh_t = (from y_t or the layer above) + W_hhᵀ dL/da_{t+1},   dL/da_t = dL/dh_t ⊙ (1 − h_t²)</source>
        <translation>dL/dh_t = （来自 y_t 或上一层） + W_hhᵀ dL/da_{t+1}，   dL/da_t = dL/dh_t ⊙ (1 − h_t²)</translation>
    </message>
    <message>
        <source>h_t%5 = %1(W_hh%5 h_{t−1}%5 + W_xh%5 %4 + b%5) = %1(a_t%5),   %2   for t = 1 … %3, h_0 = 0;   b%5 = b_ih%5 + b_hh%5 (PyTorch keeps the two biases apart)</source>
        <extracomment>The RNN&apos;s equations. %1 the activation (tanh or ReLU), %2 the output&apos;s equations, %3 the number of time steps, %4 the layer&apos;s input (x_t), %5 the layer&apos;s superscript (empty for one layer).</extracomment>
        <translation>h_t%5 = %1(W_hh%5 h_{t−1}%5 + W_xh%5 %4 + b%5) = %1(a_t%5)，   %2   t = 1 … %3，h_0 = 0；   b%5 = b_ih%5 + b_hh%5（PyTorch 分开保存两个偏置）</translation>
    </message>
    <message>
        <source>Backward through time</source>
        <translation>随时间反向传播</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前向传播</translation>
    </message>
    <message>
        <source>%1, test series %2</source>
        <extracomment>The walk&apos;s direction (Forward) and which test series it walks.</extracomment>
        <translation>%1，测试序列 %2</translation>
    </message>
    <message>
        <source>, layer %1</source>
        <translation>，第 %1 层</translation>
    </message>
    <message>
        <source>the squared error of this step: (y_t − x_{t+1})² per feature (a test series: no share of L)</source>
        <translation>此步的平方误差：每个特征的 (y_t − x_{t+1})²（测试序列：不计入 L）</translation>
    </message>
    <message>
        <source>%1: what the layer below contributes</source>
        <translation>%1：下一层贡献的部分</translation>
    </message>
    <message>
        <source>y_%1 (logits)</source>
        <translation>y_%1（logits）</translation>
    </message>
    <message>
        <source> (not scored: a classifier is scored at the last time step only)</source>
        <translation> （不计分：分类器只在最后一个时间步计分）</translation>
    </message>
    <message>
        <source> ✗ (the label is %1)</source>
        <extracomment>%1 is the true label (a character or class).</extracomment>
        <translation> ✗（标签是 %1）</translation>
    </message>
    <message>
        <source> ✗ (the text goes on with %1)</source>
        <extracomment>%1 is the true next character.</extracomment>
        <translation> ✗（文本接下来是 %1）</translation>
    </message>
    <message>
        <source>the largest is p_%1[%2] = %3: predicts %2%4</source>
        <extracomment>%1 the time step, %2 the predicted character or class, %3 its probability, %4 the verdict (✓, or ✗ with the true one).</extracomment>
        <translation>最大的是 p_%1[%2] = %3：预测 %2%4</translation>
    </message>
    <message>
        <source>no loss at t = %1: this time step has no target</source>
        <translation>t = %1 时无损失：该时间步没有目标</translation>
    </message>
    <message>
        <source>no backward pass — %1</source>
        <translation>无反向传播 — %1</translation>
    </message>
    <message>
        <source>x_%1%2 = h_%1 of layer %3 =</source>
        <extracomment>%1 the time step, %2 the layer&apos;s superscript, %3 the layer below.</extracomment>
        <translation>x_%1%2 = 第 %3 层的 h_%1 =</translation>
    </message>
    <message>
        <source>x_%1 = the values of test series %2 at t = %1 =</source>
        <translation>x_%1 = 测试序列 %2 在 t = %1 时的值 =</translation>
    </message>
    <message>
        <source>x_%1 = the values of series %2 at t = %1 =</source>
        <translation>x_%1 = 序列 %2 在 t = %1 时的值 =</translation>
    </message>
    <message>
        <source>the mean over the %1 texts&apos; labels (one scored step each)</source>
        <translation>%1 条文本标签上的平均（每条计分一步）</translation>
    </message>
    <message>
        <source>the mean over the %1 scored time steps of all texts</source>
        <translation>所有文本中 %1 个计分时间步的平均</translation>
    </message>
    <message>
        <source>the training loss is %1: L = %2</source>
        <extracomment>%1 what the loss averages (&quot;the mean over the 12 scored time steps of all texts&quot;), %2 its value.</extracomment>
        <translation>训练损失是%1：L = %2</translation>
    </message>
    <message>
        <source>dL/dy_%1 = (p_%1 − one-hot(%2)) / %3: L is the mean over %3 predictions</source>
        <extracomment>%1 the time step, %2 the target (&apos;e&apos;), %3 the number of predictions N.</extracomment>
        <translation>dL/dy_%1 = (p_%1 − one-hot(%2)) / %3：L 是 %3 个预测的平均</translation>
    </message>
    <message>
        <source>nothing after t = %1</source>
        <translation>t = %1 之后无后续步</translation>
    </message>
    <message>
        <source>dL/da_%1 = dL/dh_%1 where h_%1 &gt; 0 =</source>
        <translation>dL/da_%1 = dL/dh_%1（在 h_%1 &gt; 0 处）=</translation>
    </message>
    <message>
        <source>→ into ∂W_xh, ∂W_hh, ∂b</source>
        <translation>→ 计入 ∂W_xh、∂W_hh、∂b</translation>
    </message>
    <message>
        <source>0: the encoder has no outputs</source>
        <translation>0：编码器没有输出</translation>
    </message>
    <message>
        <source>dL/dh_0^{dec} across the context</source>
        <translation>dL/dh_0^{dec}（经上下文传来）</translation>
    </message>
    <message>
        <source>dL/dh_t: the encoder has no outputs; from t+1, and at its last step from the decoder&apos;s dL/dh_0 across the context</source>
        <translation>dL/dh_t：编码器没有输出；来自 t+1，在最后一步则来自经上下文传来的解码器 dL/dh_0</translation>
    </message>
    <message>
        <source>h_0%1 = h_%2%3 (the context)</source>
        <translation>h_0%1 = h_%2%3（上下文）</translation>
    </message>
    <message>
        <source>teacher forcing: the decoder reads the previous target token (&lt;sos&gt; at the first step), not its own previous output</source>
        <translation>教师强制：解码器读入上一个目标词元（第一步为 &lt;sos&gt;），而不是自己上一步的输出</translation>
    </message>
    <message>
        <source>the encoder reads the source one character at a time; it has no outputs</source>
        <translation>编码器逐个字符读入源序列；它没有输出</translation>
    </message>
</context>
<context>
    <name>rnnlab::EquationView</name>
    <message>
        <source>Numbers are rounded for display. Results (sums, products, tanh, σ, softmax) use the exact values, so working them out from the printed numbers may change a last digit; the graph shows every digit on hover.</source>
        <translation>数值为显示而四舍五入。结果（求和、乘积、tanh、σ、softmax）使用精确值计算，所以用显示的数字手算时最后一位可能不同；在图上悬停可看到全部位数。</translation>
    </message>
</context>
<context>
    <name>rnnlab::GatedEquations</name>
    <message>
        <source>a_k = W_ik %1 + W_hk h_{t−1} + b_k for each gate k = i, f, g, o;  i, f, o = σ(a_k),  g = tanh(a_g),  c_t = f ⊙ c_{t−1} + i ⊙ g,  h_t = o ⊙ tanh(c_t);  W_ih stacks W_ii, W_if, W_ig, W_io in PyTorch&apos;s row order i, f, g, o; W_hh likewise</source>
        <extracomment>The LSTM&apos;s equations; %1 is what the layer reads (x_t, or h_t of the layer below).</extracomment>
        <translation>对每个门 k = i, f, g, o：a_k = W_ik %1 + W_hk h_{t−1} + b_k；  i, f, o = σ(a_k)，  g = tanh(a_g)，  c_t = f ⊙ c_{t−1} + i ⊙ g，  h_t = o ⊙ tanh(c_t)；  W_ih 按 PyTorch 的行顺序 i, f, g, o 堆叠 W_ii、W_if、W_ig、W_io；W_hh 同理</translation>
    </message>
    <message>
        <source>r, z = σ(a_k), a_k = W_ik %1 + W_hk h_{t−1} + b_k (k = r, z);  n = tanh(W_in %1 + b_in + r ⊙ (W_hn h_{t−1} + b_hn));  h_t = (1 − z) ⊙ n + z ⊙ h_{t−1};  W_ih stacks W_ir, W_iz, W_in in PyTorch&apos;s row order r, z, n; W_hh likewise</source>
        <extracomment>The GRU&apos;s equations; %1 is what the layer reads (x_t, or h_t of the layer below).</extracomment>
        <translation>r, z = σ(a_k)，a_k = W_ik %1 + W_hk h_{t−1} + b_k（k = r, z）；  n = tanh(W_in %1 + b_in + r ⊙ (W_hn h_{t−1} + b_hn))；  h_t = (1 − z) ⊙ n + z ⊙ h_{t−1}；  W_ih 按 PyTorch 的行顺序 r, z, n 堆叠 W_ir、W_iz、W_in；W_hh 同理</translation>
    </message>
    <message>
        <source>dL/dh_t = (from above) + W_hhᵀ dL/da_{t+1},  dL/dc_t = dL/dh_t ⊙ o ⊙ (1 − tanh² c_t) + f_{t+1} ⊙ dL/dc_{t+1},  dL/da_t per gate</source>
        <translation>dL/dh_t = （来自上方） + W_hhᵀ dL/da_{t+1}，  dL/dc_t = dL/dh_t ⊙ o ⊙ (1 − tanh² c_t) + f_{t+1} ⊙ dL/dc_{t+1}，  每个门的 dL/da_t</translation>
    </message>
    <message>
        <source>dL/dh_t = (from above) + W_hhᵀ dL/dgh_{t+1} + z_{t+1} ⊙ dL/dh_{t+1},  dL/dgi, dL/dgh per gate</source>
        <translation>dL/dh_t = （来自上方） + W_hhᵀ dL/dgh_{t+1} + z_{t+1} ⊙ dL/dh_{t+1}，  每个门的 dL/dgi、dL/dgh</translation>
    </message>
    <message>
        <source>: the series&apos; values, weighed by the columns of W_ih)</source>
        <translation>：序列的值，由 W_ih 的各列加权)</translation>
    </message>
    <message>
        <source>(one-hot x_%1: column %2 of W_ih)</source>
        <translation>（one-hot x_%1：W_ih 的第 %2 列）</translation>
    </message>
    <message>
        <source>and dL/dgh_n = r ⊙ dL/da_n =</source>
        <translation>以及 dL/dgh_n = r ⊙ dL/da_n =</translation>
    </message>
    <message>
        <source>→ into ∂W_ih, ∂W_hh, ∂b</source>
        <translation>→ 计入 ∂W_ih、∂W_hh、∂b</translation>
    </message>
    <message>
        <source>%1_0%2 (the context)</source>
        <translation>%1_0%2（上下文）</translation>
    </message>
    <message>
        <source>dL/dc_0^{dec} across the context</source>
        <translation>dL/dc_0^{dec}（经上下文传来）</translation>
    </message>
</context>
<context>
    <name>rnnlab::GenerationPanel</name>
    <message>
        <source>characters to start from</source>
        <translation>起始字符</translation>
    </message>
    <message>
        <source>The network reads these characters first, then continues on its own</source>
        <translation>网络先读入这些字符，然后自己接着写</translation>
    </message>
    <message>
        <source>Pr&amp;ime:</source>
        <translation>开头(&amp;I)：</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> 个字符</translation>
    </message>
    <message>
        <source>How many characters to generate after the prime</source>
        <translation>在开头之后生成多少个字符</translation>
    </message>
    <message>
        <source>Le&amp;ngth:</source>
        <translation>长度(&amp;N)：</translation>
    </message>
    <message>
        <source>Greed&amp;y</source>
        <translation>贪心(&amp;Y)</translation>
    </message>
    <message>
        <source>Always take the most probable next character (argmax)</source>
        <translation>总是取概率最高的下一个字符（argmax）</translation>
    </message>
    <message>
        <source>Sa&amp;mple</source>
        <translation>采样(&amp;M)</translation>
    </message>
    <message>
        <source>Draw the next character from softmax(logits / temperature)</source>
        <translation>从 softmax(logits / 温度) 中抽取下一个字符</translation>
    </message>
    <message>
        <source>Next character:</source>
        <translation>下一个字符：</translation>
    </message>
    <message>
        <source>1 samples from the network&apos;s own probabilities; smaller is more conservative, larger more adventurous</source>
        <translation>1 按网络自身的概率采样；越小越保守，越大越大胆</translation>
    </message>
    <message>
        <source>The same seed draws the same text again</source>
        <translation>相同的随机种子会再次生成相同的文本</translation>
    </message>
    <message>
        <source>See&amp;d:</source>
        <translation>随机种子(&amp;D)：</translation>
    </message>
    <message>
        <source>Temperat&amp;ure:</source>
        <translation>温度(&amp;U)：</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>&amp;Result (the prime in bold, then what the network wrote):</source>
        <translation>结果(&amp;R)（粗体为开头，后面是网络写出的内容）：</translation>
    </message>
    <message>
        <source>Nothing generated yet</source>
        <translation>尚未生成任何内容</translation>
    </message>
    <message>
        <source>This model is a classifier (many-to-one): its outputs are labels, not characters, so it cannot write text. Generation is one-to-many: train a next-character model (lines without a label) to use it.</source>
        <translation>该模型是分类器（多对一）：它的输出是标签而不是字符，因此不能写文本。生成是一对多的：请训练一个预测下一个字符的模型（各行不带标签）后再使用。</translation>
    </message>
    <message>
        <source>Waiting for a model</source>
        <translation>等待模型</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>正在生成…</translation>
    </message>
    <message>
        <source>The prime you gave</source>
        <translation>你给出的开头</translation>
    </message>
    <message>
        <source>Generated by the network</source>
        <translation>由网络生成</translation>
    </message>
</context>
<context>
    <name>rnnlab::GradientComparisonPlot</name>
    <message>
        <source>How much of the last step&apos;s gradient reaches h&lt;sub&gt;t&lt;/sub&gt; (top layer)</source>
        <translation>最后一步的梯度有多少能到达 h&lt;sub&gt;t&lt;/sub&gt;（顶层）</translation>
    </message>
    <message>
        <source>‖∂loss&lt;sub&gt;n&lt;/sub&gt;/∂h&lt;sub&gt;t&lt;/sub&gt;‖ / ‖∂loss&lt;sub&gt;n&lt;/sub&gt;/∂h&lt;sub&gt;n&lt;/sub&gt;‖: the gradient of the last prediction&apos;s loss, carried back through time, as a share of what it is at the last step. A vanilla RNN multiplies it by W&lt;sub&gt;hh&lt;/sub&gt;ᵀ and tanh′ at every step and it vanishes decade by decade. Untrained, an LSTM and a GRU lose it decade by decade too; trained, they can learn to carry it — a forget gate f ≈ 1 keeps the cell state, an update gate z ≈ 1 keeps h — while the RNN&apos;s keeps vanishing. Try the RNN vs LSTM vs GRU preset: untrained, then after a few hundred steps.</source>
        <translation>‖∂loss&lt;sub&gt;n&lt;/sub&gt;/∂h&lt;sub&gt;t&lt;/sub&gt;‖ / ‖∂loss&lt;sub&gt;n&lt;/sub&gt;/∂h&lt;sub&gt;n&lt;/sub&gt;‖：最后一个预测的损失的梯度随时间反向传播后，占它在最后一步时大小的比例。基本 RNN 每一步都要乘以 W&lt;sub&gt;hh&lt;/sub&gt;ᵀ 和 tanh′，梯度按数量级逐级消失。未训练时，LSTM 和 GRU 的梯度也会逐级消失；训练后它们能学会保留梯度——遗忘门 f ≈ 1 保留单元状态，更新门 z ≈ 1 保留 h——而 RNN 的梯度依然消失。试试 RNN vs LSTM vs GRU 预设：先看未训练时，再看训练几百步之后。</translation>
    </message>
    <message>
        <source>time step t</source>
        <translation>时间步 t</translation>
    </message>
    <message>
        <source>gradient share</source>
        <translation>梯度比例</translation>
    </message>
    <message>
        <source>No gradients yet: the models&apos; first forward and backward pass shows them.</source>
        <translation>尚无梯度：模型的第一次前向和反向传播后才会显示。</translation>
    </message>
</context>
<context>
    <name>rnnlab::GradientNormPlot</name>
    <message>
        <source>The size of the gradient that reaches the hidden state h_t at each time step. The training loss is the mean L = (loss_1 + … + loss_N) / N over the N predictions of all texts, so the last step&apos;s share of it is loss_n/N. Falling towards t = 1: the gradient vanishes on its way back through time (try a 40-character text); rising: it explodes.</source>
        <translation>每个时间步到达隐藏状态 h_t 的梯度大小。训练损失是所有文本 N 个预测的平均 L = (loss_1 + … + loss_N) / N，所以最后一步所占的份额是 loss_n/N。朝 t = 1 下降：梯度在随时间反向传播的途中消失（试试 40 个字符的文本）；上升：梯度爆炸。</translation>
    </message>
    <message>
        <source>Last step&apos;s loss only</source>
        <translation>仅最后一步的损失</translation>
    </message>
    <message>
        <source>Only the last prediction&apos;s share of the loss, loss_n/N (t = n; L is the mean over N predictions), carried back through time: ‖d(loss_n/N)/dh_t‖, how much of it still reaches each earlier step — the vanishing (or exploding) gradient. Unticked: ‖dL/dh_t‖ of the whole loss L, to which every step adds its own term, so the curve does not fall like that.</source>
        <translation>只取最后一个预测在损失中的份额 loss_n/N（t = n；L 是 N 个预测的平均），随时间反向传播：‖d(loss_n/N)/dh_t‖，即它还有多少能到达之前的每一步——梯度消失（或爆炸）。不勾选：整个损失 L 的 ‖dL/dh_t‖，每一步都会加上自己的一项，所以曲线不会那样下降。</translation>
    </message>
    <message>
        <source>Show the norms on a logarithmic axis: a vanishing gradient falls in a straight line, decade by decade</source>
        <translation>在对数坐标轴上显示范数：消失的梯度按数量级沿直线下降</translation>
    </message>
    <message>
        <source>time step t</source>
        <translation>时间步 t</translation>
    </message>
    <message>
        <source>layer 1</source>
        <translation>第 1 层</translation>
    </message>
    <message>
        <source>‖dL/dh_t‖ of every time step appears here once a session is loaded</source>
        <translation>加载会话后，这里显示每个时间步的 ‖dL/dh_t‖</translation>
    </message>
    <message>
        <source>No gradients in this snapshot yet: they come from a backward pass through time</source>
        <translation>此快照中尚无梯度：梯度来自随时间反向传播</translation>
    </message>
    <message>
        <source>A test series is never trained on: it has no gradients</source>
        <translation>测试序列从不参与训练：它没有梯度</translation>
    </message>
    <message>
        <source>There is no text %1 in this session</source>
        <translation>此会话中没有文本 %1</translation>
    </message>
    <message>
        <source>No gradient of the last step&apos;s loss in this snapshot yet</source>
        <translation>此快照中尚无最后一步损失的梯度</translation>
    </message>
    <message>
        <source>W_hh = 0: the last step&apos;s loss reaches h_{%1} only; every earlier h_t gets 0, which a log axis cannot show</source>
        <translation>W_hh = 0：最后一步的损失只到达 h_{%1}；之前的每个 h_t 都得到 0，对数坐标轴无法显示</translation>
    </message>
    <message>
        <source>◯ %1: the graph&apos;s dL/d%2</source>
        <extracomment>%1 the norm and its value (&quot;‖dL/dh_3‖ = 0.12&quot;), %2 the hidden state (h_3).</extracomment>
        <translation>◯ %1：图中的 dL/d%2</translation>
    </message>
    <message>
        <source>◯ %1, the same as the graph&apos;s ‖dL/d%2‖: only loss_%3 reaches it</source>
        <extracomment>%1 the last step&apos;s norm and its value, %2 the hidden state (h_3), %3 the last time step.</extracomment>
        <translation>◯ %1，与图中的 ‖dL/d%2‖ 相同：只有 loss_%3 到达它</translation>
    </message>
    <message>
        <source>◯ %1   □ the graph&apos;s %2 (whole L)</source>
        <extracomment>%1 the last step&apos;s norm and its value, %2 the whole loss&apos;s norm and its value.</extracomment>
        <translation>◯ %1   □ 图中的 %2（整个 L）</translation>
    </message>
</context>
<context>
    <name>rnnlab::GraphAccessible</name>
    <message>
        <source>RNN graph</source>
        <translation>RNN 图</translation>
    </message>
    <message>
        <source>, layer %1</source>
        <translation>，第 %1 层</translation>
    </message>
    <message>
        <source>Time step %1</source>
        <translation>时间步 %1</translation>
    </message>
    <message>
        <source>x_%1, dimension %2</source>
        <translation>x_%1，第 %2 维</translation>
    </message>
    <message>
        <source>dL/dh_%1, unit %2</source>
        <translation>dL/dh_%1，单元 %2</translation>
    </message>
    <message>
        <source>h_%1, unit %2</source>
        <translation>h_%1，单元 %2</translation>
    </message>
    <message>
        <source>dL/dc_%1, unit %2</source>
        <translation>dL/dc_%1，单元 %2</translation>
    </message>
    <message>
        <source>c_%1, unit %2</source>
        <translation>c_%1，单元 %2</translation>
    </message>
    <message>
        <source>Gates at t = %1</source>
        <translation>t = %1 时的门</translation>
    </message>
    <message>
        <source>y_%1, feature %2</source>
        <translation>y_%1，特征 %2</translation>
    </message>
    <message>
        <source>Prediction at t = %1</source>
        <translation>t = %1 时的预测</translation>
    </message>
    <message>
        <source>%1, flagged as a candidate anomaly</source>
        <translation>%1，已标记为候选异常</translation>
    </message>
</context>
<context>
    <name>rnnlab::GraphBar</name>
    <message>
        <source>Which training text the graph shows</source>
        <translation>图中显示哪条训练文本</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>文本(&amp;X)：</translation>
    </message>
    <message>
        <source>W_xh: input to hidden, the same at every time step</source>
        <translation>W_xh：输入到隐藏，在每个时间步都相同</translation>
    </message>
    <message>
        <source>W_hh: hidden to hidden, carries memory from t−1 to t</source>
        <translation>W_hh：隐藏到隐藏，把记忆从 t−1 传到 t</translation>
    </message>
    <message>
        <source>W_hy: hidden to output</source>
        <translation>W_hy：隐藏到输出</translation>
    </message>
    <message>
        <source>series %1 (%2 points)</source>
        <translation>序列 %1（%2 个点）</translation>
    </message>
    <message>
        <source>Se&amp;ries:</source>
        <translation>序列(&amp;R)：</translation>
    </message>
    <message>
        <source>W_ih: input to hidden, one block of rows per gate, the same at every time step</source>
        <translation>W_ih：输入到隐藏，每个门一组行，在每个时间步都相同</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>test series %1 (%2 points)</source>
        <translation>测试序列 %1（%2 个点）</translation>
    </message>
    <message>
        <source>Pa&amp;ir:</source>
        <translation>样本对(&amp;I)：</translation>
    </message>
    <message>
        <source>Which series the graph and the walk by hand show: the training series, then the test series (their forward pass with the current weights; never trained on)</source>
        <translation>图和手算显示哪个序列：先是训练序列，然后是测试序列（用当前权重做前向传播；从未参与训练）</translation>
    </message>
    <message>
        <source>Which pair the translation graph shows</source>
        <translation>翻译图显示哪个样本对</translation>
    </message>
    <message>
        <source>Teacher forcing</source>
        <translation>教师强制</translation>
    </message>
    <message>
        <source>Translate (greedy)</source>
        <translation>翻译（贪心）</translation>
    </message>
    <message>
        <source>Deco&amp;der:</source>
        <translation>解码器(&amp;D)：</translation>
    </message>
    <message>
        <source>y = h (no W&lt;sub&gt;hy&lt;/sub&gt;)</source>
        <extracomment>Legend of the grey arrow when the model has no output layer: the outputs y are h itself.</extracomment>
        <translation>y = h（无 W&lt;sub&gt;hy&lt;/sub&gt;）</translation>
    </message>
    <message>
        <source>Teacher forcing: the decoder as it is trained, fed the previous target token.
Translate (greedy): the decoder as it translates, fed its own previous output (the argmax) from &lt;sos&gt; until &lt;eos&gt;; ✓/✗ where it parts from the target.
Both with the weights now, after the latest update: the Predictions tab&apos;s row for a step shows that step&apos;s translation from before its update.</source>
        <translation>教师强制：训练时的解码器，输入上一个目标词元。
翻译（贪心）：翻译时的解码器，从 &lt;sos&gt; 到 &lt;eos&gt; 输入自己上一步的输出（argmax）；用 ✓/✗ 标出与目标是否一致。
两者都使用当前（最近一次更新后）的权重：“每个训练步的预测”中某一步的行显示的是该步更新之前的翻译。</translation>
    </message>
</context>
<context>
    <name>rnnlab::GraphPainter</name>
    <message>
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出</translation>
    </message>
</context>
<context>
    <name>rnnlab::GraphToolTip</name>
    <message>
        <source>&lt;b&gt;%1 = 0&lt;/b&gt; (%2), %3×%4: What if W_hh = 0? — the graph&apos;s forward pass uses zeros here; the trained values are in the Matrices panel</source>
        <translation>&lt;b&gt;%1 = 0&lt;/b&gt;（%2），%3×%4：如果 W_hh = 0 会怎样？——图的前向传播在这里用零；训练得到的值在矩阵面板中</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2), %3×%4: the same matrix at every time step</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2），%3×%4：每个时间步都是同一个矩阵</translation>
    </message>
    <message>
        <source>Hidden until you have predicted (Lesson ▸ Reveal)</source>
        <translation>先做出预测后才显示（课程 ▸ 揭晓）</translation>
    </message>
    <message>
        <source>Time step t = %1: the cell reads x_%1 = %2 and should predict the next value %3</source>
        <translation>时间步 t = %1：单元读入 x_%1 = %2，应预测下一个值 %3</translation>
    </message>
    <message>
        <source>x_%1 = %2: the series&apos; value at time step %1</source>
        <translation>x_%1 = %2：序列在时间步 %1 的值</translation>
    </message>
    <message>
        <source>x_%1[%2] = %3: feature %2 of the series at time step %1, fed in as it is (not one-hot)</source>
        <translation>x_%1[%2] = %3：序列在时间步 %1 的特征 %2，按原值输入（不是 one-hot）</translation>
    </message>
    <message>
        <source>y_%1[%2] = %3: the predicted next value (W_hy h_t + b_y, no softmax)&lt;br&gt;target %4 · error %5 · squared %6</source>
        <translation>y_%1[%2] = %3：预测的下一个值（W_hy h_t + b_y，无 softmax）&lt;br&gt;目标 %4 · 误差 %5 · 平方 %6</translation>
    </message>
    <message>
        <source>x_%6 = %4: the true next value, the target of y_%1 — the series continues with %4 after x_%1 = %2, where the network predicts %3&lt;br&gt;squared error at this step (summed over the features) %5</source>
        <translation>x_%6 = %4：真实的下一个值，即 y_%1 的目标——序列在 x_%1 = %2 之后是 %4，网络预测的是 %3&lt;br&gt;此步的平方误差（对各特征求和）%5</translation>
    </message>
    <message>
        <source>Time step t = %1: the cell reads ‘%2’; no output is scored here (only the last step&apos;s)</source>
        <translation>时间步 t = %1：单元读入 ‘%2’；这里的输出不计分（只计最后一步）</translation>
    </message>
    <message>
        <source>Time step t = %1: the cell reads ‘%2’ and should predict ‘%3’</source>
        <translation>时间步 t = %1：单元读入 ‘%2’，应预测 ‘%3’</translation>
    </message>
    <message>
        <source>x_%1 = ‘%2’ (time step %1)</source>
        <translation>x_%1 = ‘%2’（时间步 %1）</translation>
    </message>
    <message>
        <source>x_%1[%2] = %3: one-hot of ‘%4’ (‘%5’ is dimension %2)</source>
        <translation>x_%1[%2] = %3：‘%4’ 的 one-hot（‘%5’ 是第 %2 维）</translation>
    </message>
    <message>
        <source>Gates at t = %1%2 (bars: the mean over the units; zoom in for each unit)</source>
        <extracomment>%1 the time step, %2 &quot;, layer N&quot; (or nothing).</extracomment>
        <translation>门，t = %1%2（条形：各单元的平均；放大可看每个单元）</translation>
    </message>
    <message>
        <source>, layer %1</source>
        <translation>，第 %1 层</translation>
    </message>
    <message>
        <source>dL/dc_%1%2[%3] = %4: the gradient of the whole loss L at c_t (c_t = %5)</source>
        <extracomment>%1 the time step, %2 &quot; of layer N&quot; (or nothing), %3 the unit, then the values.</extracomment>
        <translation>dL/dc_%1%2[%3] = %4：整个损失 L 在 c_t 处的梯度（c_t = %5）</translation>
    </message>
    <message>
        <source> of layer %1</source>
        <translation> （第 %1 层）</translation>
    </message>
    <message>
        <source>c_%1%2[%3] = %4: the cell state, c_t = f ⊙ c_{t−1} + i ⊙ g</source>
        <extracomment>%1 the time step, %2 &quot; of layer N&quot; (or nothing), %3 the unit, then the values.</extracomment>
        <translation>c_%1%2[%3] = %4：单元状态，c_t = f ⊙ c_{t−1} + i ⊙ g</translation>
    </message>
    <message>
        <source>dL/dh_%1%2[%3] = %4: the gradient of the whole loss L at h_t (h_t = %5)</source>
        <extracomment>%1 the time step, %2 &quot; of layer N&quot; (or nothing), %3 the unit, then the values.</extracomment>
        <translation>dL/dh_%1%2[%3] = %4：整个损失 L 在 h_t 处的梯度（h_t = %5）</translation>
    </message>
    <message>
        <source>h_%1%2[%3] = %4&lt;br&gt;pre-activation a_%1 = %5 (W_hh h + b_hh = %6, W_xh x + b_ih = %7)</source>
        <extracomment>%1 the time step, %2 &quot; of layer N&quot; (or nothing), %3 the unit, then the values.</extracomment>
        <translation>h_%1%2[%3] = %4&lt;br&gt;预激活值 a_%1 = %5（W_hh h + b_hh = %6，W_xh x + b_ih = %7）</translation>
    </message>
    <message>
        <source>P(class ‘%1’ | the text up to ‘%2’) = %3&lt;br&gt;logit %4%5%6</source>
        <extracomment>%1 a class or character, %2 the text read, %3 its probability, %4 the logit, %5 &quot; · the target&quot; or nothing, %6 &quot; · predicted&quot; or nothing.</extracomment>
        <translation>P(类别 ‘%1’ | 直到 ‘%2’ 的文本) = %3&lt;br&gt;logit %4%5%6</translation>
    </message>
    <message>
        <source>P(next = ‘%1’ | ‘%2’) = %3&lt;br&gt;logit %4%5%6</source>
        <translation>P(下一个 = ‘%1’ | ‘%2’) = %3&lt;br&gt;logit %4%5%6</translation>
    </message>
    <message>
        <source> · the target</source>
        <translation> · 目标</translation>
    </message>
    <message>
        <source> · predicted</source>
        <translation> · 预测</translation>
    </message>
    <message>
        <source>After ‘%1’ the network would say ‘%2’; only the last time step is scored</source>
        <translation>读入 ‘%1’ 后网络会给出 ‘%2’；只有最后一个时间步计分</translation>
    </message>
    <message>
        <source>After the whole text the network says ‘%1’; its label is ‘%2’: %3&lt;br&gt;loss −log P(‘%2’) = %4</source>
        <translation>读完整条文本后网络给出 ‘%1’；它的标签是 ‘%2’：%3&lt;br&gt;损失 −log P(‘%2’) = %4</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>正确</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>After ‘%1’ the network predicts ‘%2’; the text continues with ‘%3’: %4&lt;br&gt;loss at this step −log P(‘%3’) = %5</source>
        <translation>读入 ‘%1’ 后网络预测 ‘%2’；文本接下来是 ‘%3’：%4&lt;br&gt;此步的损失 −log P(‘%3’) = %5</translation>
    </message>
    <message>
        <source>x_%1 = ‘%2’: given, the training text&apos;s first character; generation starts here</source>
        <translation>x_%1 = ‘%2’：给定的训练文本首字符；生成从这里开始</translation>
    </message>
    <message>
        <source>x_%1 = ‘%2’: the character the network picked at t = %3, fed back as its next input</source>
        <translation>x_%1 = ‘%2’：网络在 t = %3 时选出的字符，反馈为下一个输入</translation>
    </message>
    <message>
        <source>At t = %1 the network picks ‘%2’, the most probable (greedy)</source>
        <translation>在 t = %1 时网络选出概率最高的 ‘%2’（贪心）</translation>
    </message>
    <message>
        <source>At t = %1 the network draws ‘%2’ from softmax(y_t / %3) (sampled, seed %4)</source>
        <translation>在 t = %1 时网络从 softmax(y_t / %3) 中抽取 ‘%2’（采样，随机种子 %4）</translation>
    </message>
    <message>
        <source>The training text has ‘%1’ here: the generated text parts from it at this step</source>
        <translation>训练文本此处是 ‘%1’：生成的文本在这一步偏离了它</translation>
    </message>
    <message>
        <source>as the training text</source>
        <translation>与训练文本一致</translation>
    </message>
    <message>
        <source>(past where it parted from the training text: nothing to compare)</source>
        <translation>（此前已偏离训练文本：无可比较）</translation>
    </message>
</context>
<context>
    <name>rnnlab::GraphView</name>
    <message>
        <source>overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Overview: the top layer&apos;s h_t at every time step, colours only; the frame marks the steps in view. Click or drag along it to scroll there.</source>
        <translation>概览：顶层在每个时间步的 h_t，仅以颜色显示；方框标出当前可见的时间步。点击或沿它拖动即可滚动到该处。</translation>
    </message>
    <message>
        <source>flagged (a candidate anomaly): error² %1 &gt; threshold %2, as the Signal tab marks it</source>
        <translation>已标记（候选异常）：误差² %1 &gt; 阈值 %2，与“信号”选项卡的标记相同</translation>
    </message>
</context>
<context>
    <name>rnnlab::GuiLaunch</name>
    <message>
        <source>there is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Run it in a desktop session, under xvfb-run, or render the window to a picture with rnnlab --screenshot OUT.png</source>
        <translation>没有可打开窗口的显示器（DISPLAY 和 WAYLAND_DISPLAY 均未设置）。请在桌面会话中或在 xvfb-run 下运行，或用 rnnlab --screenshot OUT.png 把窗口渲染为图片</translation>
    </message>
</context>
<context>
    <name>rnnlab::GuiOptions</name>
    <message>
        <source>--tab: &quot;%1&quot; is not step, loss, predictions, generate, memory, memory-units, signal or pytorch</source>
        <translation>--tab：“%1” 不是 step、loss、predictions、generate、memory、memory-units、signal 或 pytorch</translation>
    </message>
    <message>
        <source>the session file&apos;s name is empty: give the file to open</source>
        <translation>会话文件名为空：请给出要打开的文件</translation>
    </message>
    <message>
        <source>give a session file or --text, not both</source>
        <translation>请给出会话文件或 --text，不能同时给出</translation>
    </message>
    <message>
        <source>--label goes with --text; a session file gives its labels in data.labels</source>
        <translation>--label 与 --text 配合使用；会话文件的标签在 data.labels 中给出</translation>
    </message>
    <message>
        <source>--compare-preset brings its own models: give it alone, or --compare files (and --session for the first model) instead</source>
        <translation>--compare-preset 自带模型：请单独使用它，或改用 --compare 文件（第一个模型用 --session）</translation>
    </message>
    <message>
        <source>--compare-preset: &quot;%1&quot; is not a preset: use layers (1 layer vs 2 layers on hello) or cells (RNN vs LSTM vs GRU on a long text)</source>
        <translation>--compare-preset：“%1” 不是预设：请使用 layers（hello 上 1 层对比 2 层）或 cells（长文本上 RNN 对比 LSTM 对比 GRU）</translation>
    </message>
    <message>
        <source>--compare: compare mode shows 2 or 3 models: the first (--session, or the hello example) and one or two --compare files, not %1</source>
        <translation>--compare：比较模式显示 2 或 3 个模型：第一个（--session 或 hello 示例）加上一两个 --compare 文件，而不是 %1 个</translation>
    </message>
    <message>
        <source>cannot compare these sessions: %1</source>
        <translation>无法比较这些会话：%1</translation>
    </message>
    <message>
        <source>give one of --screenshot, --export-svg and --export-png</source>
        <translation>请给出 --screenshot、--export-svg 和 --export-png 之一</translation>
    </message>
    <message>
        <source>--export-%1: &quot;%2&quot; must end in .%1</source>
        <translation>--export-%1：“%2” 必须以 .%1 结尾</translation>
    </message>
    <message>
        <source>--scale applies to --export-png; an SVG has no pixels</source>
        <translation>--scale 仅用于 --export-png；SVG 没有像素</translation>
    </message>
    <message>
        <source>--scale: &quot;%1&quot; must be 1, 2 or 3</source>
        <translation>--scale：“%1” 必须是 1、2 或 3</translation>
    </message>
    <message>
        <source>--screenshot: the file name is empty: give the PNG to write</source>
        <translation>--screenshot：文件名为空：请给出要写入的 PNG</translation>
    </message>
    <message>
        <source>--screenshot: &quot;%1&quot; must end in .png (the window is written as a PNG)</source>
        <translation>--screenshot：“%1” 必须以 .png 结尾（窗口以 PNG 格式写入）</translation>
    </message>
    <message>
        <source>--train: &quot;%1&quot; must be a whole number of steps from 0 to 100000000</source>
        <translation>--train：“%1” 必须是 0 到 100000000 之间的整数步数</translation>
    </message>
    <message>
        <source>--view: &quot;%1&quot; is neither folded nor unfolded</source>
        <translation>--view：“%1” 既不是 folded 也不是 unfolded</translation>
    </message>
    <message>
        <source>--size: &quot;%1&quot; is not WIDTHxHEIGHT between 100x100 and 8192x8192 (e.g. 1280x800)</source>
        <translation>--size：“%1” 不是 100x100 到 8192x8192 之间的 WIDTHxHEIGHT（例如 1280x800）</translation>
    </message>
    <message>
        <source>--size: %1x%2 is smaller than the smallest window rnnlab supports, %3x%4</source>
        <translation>--size：%1x%2 小于 rnnlab 支持的最小窗口 %3x%4</translation>
    </message>
    <message>
        <source>--%1 shows a part of the main window: it does not apply to compare mode</source>
        <translation>--%1 显示主窗口的一部分：不适用于比较模式</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; must be a whole number from %3 to %4</source>
        <translation>--%1：“%2” 必须是 %3 到 %4 之间的整数</translation>
    </message>
    <message>
        <source>--walk-order: &quot;%1&quot; is not an order: time or layer</source>
        <translation>--walk-order：“%1” 不是顺序：time 或 layer</translation>
    </message>
    <message>
        <source>--what-if: &quot;%1&quot; is not a what-if: whh0 (W_hh = 0, no memory)</source>
        <translation>--what-if：“%1” 不是假设情形：whh0（W_hh = 0，没有记忆）</translation>
    </message>
    <message>
        <source>Recurrent neural networks, shown at work.</source>
        <translation>循环神经网络，实际运行给你看。</translation>
    </message>
    <message>
        <source>A session file to open (.rnnlab).</source>
        <translation>要打开的会话文件（.rnnlab）。</translation>
    </message>
    <message>
        <source>Train on this text (repeat for several) with the lecture&apos;s settings.</source>
        <translation>用课上的设置在此文本上训练（可重复给出多条）。</translation>
    </message>
    <message>
        <source>With --text: the class of that text (repeat, one per --text, in order); makes it a many-to-one classifier (task &quot;classify&quot;).</source>
        <translation>与 --text 配合：该文本的类别（可重复，每个 --text 一个，按顺序）；使其成为多对一分类器（任务 &quot;classify&quot;）。</translation>
    </message>
    <message>
        <source>A session file to open.</source>
        <translation>要打开的会话文件。</translation>
    </message>
    <message>
        <source>Render the window to OUT.png and exit.</source>
        <translation>把窗口渲染为 OUT.png 后退出。</translation>
    </message>
    <message>
        <source>With --screenshot: train this many steps first.</source>
        <translation>与 --screenshot 配合：先训练这么多步。</translation>
    </message>
    <message>
        <source>With --screenshot: folded or unfolded (default).</source>
        <translation>与 --screenshot 配合：folded 或 unfolded（默认）。</translation>
    </message>
    <message>
        <source>With --screenshot: also write every text the graph, heatmaps and equations drew (where, how large) to FILE as JSON.</source>
        <translation>与 --screenshot 配合：同时把图、热力图和方程绘制的每段文本（位置、大小）以 JSON 写入 FILE。</translation>
    </message>
    <message>
        <source>With --screenshot: the window size (default 1280x800).</source>
        <translation>与 --screenshot 配合：窗口大小（默认 1280x800）。</translation>
    </message>
    <message>
        <source>With --screenshot or --bench-ui: step, loss, predictions, generate, memory (how far back a prediction looks, the path of h_t), memory-units (units over the text), signal (a time series) or pytorch (the PyTorch panel).</source>
        <translation>与 --screenshot 或 --bench-ui 配合：step、loss、predictions、generate、memory（预测能回看多远、h_t 的轨迹）、memory-units（文本上的单元）、signal（时间序列）或 pytorch（PyTorch 面板）。</translation>
    </message>
    <message>
        <source>With --screenshot: rewind to this training step (after --train).</source>
        <translation>与 --screenshot 配合：回退到此训练步（在 --train 之后）。</translation>
    </message>
    <message>
        <source>With --screenshot: walk by hand to this time step (t = 1 … n, as on screen).</source>
        <translation>与 --screenshot 配合：手算到此时间步（t = 1 … n，与屏幕上相同）。</translation>
    </message>
    <message>
        <source>With --phase: the layer (1-based, default 1).</source>
        <translation>与 --phase 配合：层（从 1 开始，默认 1）。</translation>
    </message>
    <message>
        <source>With --phase: time (every layer at t, then t+1; the default) or layer (layer 1 over all of time, then layer 2).</source>
        <translation>与 --phase 配合：time（先算 t 时刻的每一层，再算 t+1；默认）或 layer（先算第 1 层的所有时间步，再算第 2 层）。</translation>
    </message>
    <message>
        <source>With --screenshot: whh0 shows Edit &gt; What if W_hh = 0? (the network without its memory).</source>
        <translation>与 --screenshot 配合：whh0 显示 编辑 &gt; 如果 W_hh = 0？（去掉记忆的网络）。</translation>
    </message>
    <message>
        <source>Write the graph (or --figure) as SVG and exit; takes --screenshot&apos;s options (--train, --view, --size, …).</source>
        <translation>把图（或 --figure）写成 SVG 后退出；接受 --screenshot 的选项（--train、--view、--size、…）。</translation>
    </message>
    <message>
        <source>Write the graph (or --figure) as PNG and exit.</source>
        <translation>把图（或 --figure）写成 PNG 后退出。</translation>
    </message>
    <message>
        <source>With --export-png: 1, 2 or 3 times the screen&apos;s pixels (default 1).</source>
        <translation>与 --export-png 配合：屏幕像素的 1、2 或 3 倍（默认 1）。</translation>
    </message>
    <message>
        <source>With --export-*: graph (default), a heatmap, by its name (W_hh) or PyTorch name (rnn.weight_hh_l1), or memory-influence, memory-path or memory-units.</source>
        <translation>与 --export-* 配合：graph（默认）、按名称（W_hh）或 PyTorch 名称（rnn.weight_hh_l1）指定的热力图，或 memory-influence、memory-path、memory-units。</translation>
    </message>
    <message>
        <source>The colour theme: system (the desktop&apos;s; the default), light, dark or high-contrast (screenshots: light unless given).</source>
        <translation>配色主题：system（桌面的主题；默认）、light、dark 或 high-contrast（截图：未指定时为 light）。</translation>
    </message>
    <message>
        <source>The language: en, de, es, fr, ja, ko or zh_CN (the window: View &gt; Language&apos;s, else the system&apos;s; screenshots and benchmarks: en unless given).</source>
        <translation>语言：en、de、es、fr、ja、ko 或 zh_CN（窗口：取 视图 &gt; 语言 的设置，否则取系统语言；截图和基准测试：未指定时为 en）。</translation>
    </message>
    <message>
        <source>Open in presentation mode (F11): full screen, large type, only the graph, the equations and the play controls.</source>
        <translation>以演示模式打开（F11）：全屏、大字号，只显示图、方程和播放控件。</translation>
    </message>
    <message>
        <source>Open the lesson at step K (1-based).</source>
        <translation>在课程第 K 步打开（从 1 开始）。</translation>
    </message>
    <message>
        <source>Measure the UI&apos;s responsiveness while training at full speed; print JSON.</source>
        <translation>在全速训练时测量界面的响应速度；输出 JSON。</translation>
    </message>
    <message>
        <source>With --bench-ui: how long to measure (default 5).</source>
        <translation>与 --bench-ui 配合：测量多长时间（默认 5）。</translation>
    </message>
    <message>
        <source>Compare mode: train this session beside the first one (--session, or the hello example); repeat for a third model.</source>
        <translation>比较模式：在第一个会话（--session 或 hello 示例）旁边训练此会话；再重复一次可加入第三个模型。</translation>
    </message>
    <message>
        <source>Compare mode with a preset: layers (1 layer vs 2 layers on hello) or cells (RNN vs LSTM vs GRU on a long text).</source>
        <translation>使用预设的比较模式：layers（hello 上 1 层对比 2 层）或 cells（长文本上 RNN 对比 LSTM 对比 GRU）。</translation>
    </message>
    <message>
        <source>Compare mode: each model trains as fast as it can instead of in lock step.</source>
        <translation>比较模式：每个模型以各自最快速度训练，而不是同步训练。</translation>
    </message>
    <message>
        <source>--free-running is for compare mode: give --compare FILE or --compare-preset NAME too</source>
        <translation>--free-running 用于比较模式：还需给出 --compare FILE 或 --compare-preset NAME</translation>
    </message>
    <message>
        <source>--seconds: &quot;%1&quot; must be a number of seconds between 0 and 3600</source>
        <translation>--seconds：“%1” 必须是 0 到 3600 之间的秒数</translation>
    </message>
    <message>
        <source>--tab shows a part of the main window: it does not apply to compare mode</source>
        <translation>--tab 显示主窗口的一部分：不适用于比较模式</translation>
    </message>
    <message>
        <source>--theme: &quot;%1&quot; is not a theme: %2</source>
        <translation>--theme：“%1” 不是主题：%2</translation>
    </message>
    <message>
        <source>--lesson-step: &quot;%1&quot; must be a step of the lesson, 1 to %2</source>
        <translation>--lesson-step：“%1” 必须是课程中的一步，1 到 %2</translation>
    </message>
    <message>
        <source>--font-size: &quot;%1&quot; must be a size in points from 6 to 32</source>
        <translation>--font-size：“%1” 必须是 6 到 32 之间的磅值</translation>
    </message>
    <message>
        <source>--decoder: &quot;%1&quot; is not a decoder view: teacher-forcing or greedy</source>
        <translation>--decoder：“%1” 不是解码器视图：teacher-forcing 或 greedy</translation>
    </message>
    <message>
        <source>With --screenshot, a translation: teacher-forcing (the default) or greedy (the graph&apos;s Translate view: the decoder fed its own previous output).</source>
        <translation>与 --screenshot 配合，用于翻译：teacher-forcing（默认）或 greedy（图的翻译视图：解码器输入自己上一步的输出）。</translation>
    </message>
    <message>
        <source>With --screenshot or --export-*: the application&apos;s font at PT points, as a desktop set to larger type gives it (default: the platform&apos;s).</source>
        <translation>与 --screenshot 或 --export-* 配合：应用字体设为 PT 磅，与桌面设置大字号时相同（默认：平台设置）。</translation>
    </message>
    <message>
        <source>No fold animation, no animated menus or docks, as View &gt; Reduce motion (which is otherwise remembered, or the system&apos;s where Qt knows it).</source>
        <translation>不播放折叠动画，菜单和停靠窗口也不带动画，同 视图 &gt; 减弱动态效果（否则沿用记住的设置，或在 Qt 能获取时沿用系统设置）。</translation>
    </message>
    <message>
        <source>With --screenshot: the text or series the graph and the walk by hand show (1-based, as the bar above the graph lists them: a time series&apos; test series after its training series). Default: a time series&apos; first test series, as the Signal tab shows it; else the first.</source>
        <translation>与 --screenshot 配合：图和手算显示的文本或序列（从 1 开始，与图上方栏中的顺序相同：时间序列的测试序列排在训练序列之后）。默认：时间序列为第一个测试序列，与“信号”选项卡一致；否则为第一个。</translation>
    </message>
    <message>
        <source>--phase: &quot;%1&quot; is not a phase: input, input-part, hidden-part, sum, gates, cell, activation, output, softmax, prediction, loss, context, backward, backward-cell, backward-pre or backward-context</source>
        <translation>--phase：“%1” 不是阶段：input、input-part、hidden-part、sum、gates、cell、activation、output、softmax、prediction、loss、context、backward、backward-cell、backward-pre 或 backward-context</translation>
    </message>
    <message>
        <source>--stack: &quot;%1&quot; is not a stack of a translation: encoder or decoder</source>
        <translation>--stack：“%1” 不是翻译中的堆叠：encoder 或 decoder</translation>
    </message>
    <message>
        <source>--shape: &quot;%1&quot; is not a shape: one-to-one, one-to-many, many-to-one or many-to-many</source>
        <translation>--shape：“%1” 不是结构：one-to-one、one-to-many、many-to-one 或 many-to-many</translation>
    </message>
    <message>
        <source>--sample: &quot;%1&quot; is not TEMPERATURE:SEED (a temperature from 0.01 to 100, a seed from 0, e.g. 0.8:3)</source>
        <translation>--sample：“%1” 不是 TEMPERATURE:SEED（温度 0.01 到 100，随机种子从 0 起，例如 0.8:3）</translation>
    </message>
    <message>
        <source>With --screenshot: the phase of the time step: input, input-part, hidden-part, sum, gates, cell, activation, output, softmax, prediction, loss, backward, backward-cell, backward-pre (gates, cell and backward-cell: LSTM and GRU); a translation&apos;s also context and backward-context (the decoder&apos;s h_0 = the encoder&apos;s h_n).</source>
        <translation>与 --screenshot 配合：时间步的阶段：input、input-part、hidden-part、sum、gates、cell、activation、output、softmax、prediction、loss、backward、backward-cell、backward-pre（gates、cell 和 backward-cell：LSTM 和 GRU）；翻译另有 context 和 backward-context（解码器的 h_0 = 编码器的 h_n）。</translation>
    </message>
    <message>
        <source>With --phase, a translation: walk in the encoder or the decoder (the default); --time-step and --layer count within it.</source>
        <translation>与 --phase 配合，用于翻译：在编码器或解码器（默认）中手算；--time-step 和 --layer 在其内部计数。</translation>
    </message>
    <message>
        <source>With --screenshot: draw the unfolded graph as one-to-one, one-to-many (generating, for a next-character session), many-to-one or many-to-many.</source>
        <translation>与 --screenshot 配合：把展开图画成 one-to-one、one-to-many（生成，用于预测下一个字符的会话）、many-to-one 或 many-to-many。</translation>
    </message>
    <message>
        <source>With --screenshot: the Generate tab (and the one-to-many picture) samples at this temperature with this seed, e.g. 0.8:3; greedy without.</source>
        <translation>与 --screenshot 配合：“生成”选项卡（及 one-to-many 图）以此温度和随机种子采样，例如 0.8:3；不给则为贪心。</translation>
    </message>
</context>
<context>
    <name>rnnlab::HeatmapAccessible</name>
    <message>
        <source>Matrix</source>
        <translation>矩阵</translation>
    </message>
</context>
<context>
    <name>rnnlab::HeatmapInteraction</name>
    <message>
        <source>fine steps · Esc: cancel</source>
        <translation>精细调整 · Esc：取消</translation>
    </message>
    <message>
        <source>Shift: finer · Esc: cancel</source>
        <translation>Shift：更精细 · Esc：取消</translation>
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
        <translation>行标签：每 %1 个只画一个（%2, …），单元格太小，画不下全部标签。</translation>
    </message>
    <message>
        <source>Column labels: only every %1 is drawn (%2, …), the cells are too small for all of them.</source>
        <extracomment>%1 an ordinal (&quot;5th&quot;), %2 two of the labels drawn (&quot;h5, h10&quot;).</extracomment>
        <translation>列标签：每 %1 个只画一个（%2, …），单元格太小，画不下全部标签。</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>第 %1 列：%2</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>rnnlab::HeatmapWidget</name>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>rnnlab::HelpWindow</name>
    <message>
        <source>rnnlab Handbook</source>
        <translation>rnnlab 手册</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Keys of the window&lt;/h3&gt;%1&lt;h3&gt;Keys of a focused view&lt;/h3&gt;%2&lt;p&gt;Alt with the underlined letter opens a menu or moves to a field.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;窗口快捷键&lt;/h3&gt;%1&lt;h3&gt;获得焦点的视图中的快捷键&lt;/h3&gt;%2&lt;p&gt;按 Alt 加带下划线的字母可打开菜单或跳到相应字段。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rnnlab::Language</name>
    <message>
        <source>--language: &quot;%1&quot; is not a language rnnlab speaks; the languages are %2</source>
        <translation>--language：“%1” 不是 rnnlab 支持的语言；可用语言为 %2</translation>
    </message>
</context>
<context>
    <name>rnnlab::LanguageMenu</name>
    <message>
        <source>the system&apos;s language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>rnnlab will speak %1 the next time it starts.</source>
        <translation>rnnlab 下次启动时将使用%1。</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>立即重新启动(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation>系统默认(&amp;S)</translation>
    </message>
</context>
<context>
    <name>rnnlab::LessonCoordinator</name>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>The lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>sentiment</source>
        <translation>情感分析</translation>
    </message>
    <message>
        <source>sine-spike</source>
        <translation>正弦波尖峰</translation>
    </message>
</context>
<context>
    <name>rnnlab::LessonPanel</name>
    <message>
        <source>Your predictions this session: each prompt counts once, the first answer</source>
        <translation>本次会话中你的预测：每个问题只计一次，以第一次回答为准</translation>
    </message>
    <message>
        <source>Predict, then reveal</source>
        <translation>先预测，再揭晓</translation>
    </message>
    <message>
        <source>Reve&amp;al</source>
        <translation>揭晓(&amp;A)</translation>
    </message>
    <message>
        <source>Show the answer and the numbers that decide it</source>
        <translation>显示答案及决定答案的数值</translation>
    </message>
    <message>
        <source>◀ &amp;Back</source>
        <translation>◀ 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <source>The previous step of the lesson (Page Up)</source>
        <translation>课程的上一步（Page Up）</translation>
    </message>
    <message>
        <source>The next step of the lesson (Page Down)</source>
        <translation>课程的下一步（Page Down）</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Lesson ▸ Open the lesson (F9) starts the lecture, step by step.</source>
        <translation>课程 ▸ 打开课程（F9）即可逐步开始讲课。</translation>
    </message>
    <message>
        <source>Lesson · step %1 of %2</source>
        <translation>课程 · 第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>Waiting for the network…</source>
        <translation>正在等待网络…</translation>
    </message>
    <message>
        <source>Taking the training step…</source>
        <translation>正在执行训练步…</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;✓ Right.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;✓ 正确。&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;✗ Not this time:&lt;/b&gt; the answer is &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;✗ 这次不对：&lt;/b&gt;答案是 &lt;b&gt;%1&lt;/b&gt;。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rnnlab::LossPlot</name>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>correct characters (%)</source>
        <translation>字符准确率 (%)</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic axis: late, small improvements stay visible</source>
        <translation>在对数坐标轴上显示损失：后期的微小改进也能看清</translation>
    </message>
    <message>
        <source>Press Play (Space) or take one step (Ctrl+→) — the loss of every training step appears here</source>
        <translation>按“开始训练”（空格）或训练一步（Ctrl+→）——每个训练步的损失都会显示在这里</translation>
    </message>
    <message>
        <source>training step</source>
        <translation>训练步</translation>
    </message>
    <message>
        <source>mean absolute error</source>
        <translation>平均绝对误差</translation>
    </message>
    <message>
        <source>loss (MSE)</source>
        <translation>损失（MSE）</translation>
    </message>
</context>
<context>
    <name>rnnlab::MainWindow</name>
    <message>
        <source>Space: train · Ctrl+→: one training step · →: walk through a time step · F: fold</source>
        <translation>空格：训练 · Ctrl+→：训练一步 · →：逐个时间步推进 · F：折叠</translation>
    </message>
    <message>
        <source>Model and data</source>
        <translation>模型与数据</translation>
    </message>
    <message>
        <source>time series</source>
        <translation>时间序列</translation>
    </message>
    <message>
        <source>%1[*] — rnnlab</source>
        <translation>%1[*] — rnnlab</translation>
    </message>
    <message>
        <source>Start over?</source>
        <translation>重新开始？</translation>
    </message>
    <message numerus="yes">
        <source>%1 starts over from the seed&apos;s initial weights. The model trained for %n step(s) will be discarded (File ▸ Save session as… keeps it).</source>
        <translation>
            <numerusform>%1 将从随机种子生成的初始权重重新开始。已训练 %n 步的模型将被丢弃（文件 ▸ 会话另存为… 可保留它）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing the model or the data</source>
        <translation>修改模型或数据</translation>
    </message>
    <message>
        <source>Resume from step %1?</source>
        <translation>从第 %1 步继续？</translation>
    </message>
    <message>
        <source>Training continues from step %1. The %2 later steps of this run are discarded (File ▸ Save session as… keeps the latest state).</source>
        <translation>训练将从第 %1 步继续。本次运行之后的 %2 步将被丢弃（文件 ▸ 会话另存为… 可保留最新状态）。</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Loss and error</source>
        <translation>损失与误差</translation>
    </message>
    <message>
        <source>Loss and accuracy</source>
        <translation>损失与准确率</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <source>now: loss (MSE) %1 · %2 %3</source>
        <translation>当前：损失（MSE）%1 · %2 %3</translation>
    </message>
    <message>
        <source>now: loss %1 · %2% right</source>
        <translation>当前：损失 %1 · 准确率 %2%</translation>
    </message>
    <message>
        <source>The edit was not applied: step %1 of %2 is shown from the run&apos;s history. Resume from here (discards the later steps) or go to the latest step to edit the weights.</source>
        <translation>编辑未生效：当前显示的是运行历史中的第 %1 步（共 %2 步）。可从此处继续（丢弃之后的步骤），或转到最新一步再编辑权重。</translation>
    </message>
    <message>
        <source>Weights of a past step</source>
        <translation>过去某一步的权重</translation>
    </message>
    <message>
        <source>Training stopped: a step was refused (see the message on the graph)</source>
        <translation>训练已停止：有一步被拒绝（见图上的消息）</translation>
    </message>
    <message>
        <source>Training stopped</source>
        <translation>训练已停止</translation>
    </message>
    <message>
        <source>Change the settings on the left and press Apply, or Reset to start over.</source>
        <translation>修改左侧的设置并点“应用”，或点“重置”重新开始。</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>无法比较：%1</translation>
    </message>
    <message>
        <source>Cannot compare these models</source>
        <translation>无法比较这些模型</translation>
    </message>
    <message>
        <source>Quitting</source>
        <translation>正在退出</translation>
    </message>
</context>
<context>
    <name>rnnlab::MatrixLabels</name>
    <message>
        <source>No W_hy: the outputs are h_t itself (the lecture&apos;s setup).</source>
        <translation>无 W_hy：输出就是 h_t 本身（课上的设置）。</translation>
    </message>
    <message>
        <source>No W_hy: the outputs are h_t itself (the lecture&apos;s setup). With ReLU the logits are ≥ 0 but unbounded, so the loss can approach 0.</source>
        <translation>无 W_hy：输出就是 h_t 本身（课上的设置）。使用 ReLU 时 logits ≥ 0 但无上界，所以损失可以接近 0。</translation>
    </message>
    <message>
        <source>No W_hy: the outputs are h_t itself (the lecture&apos;s setup). With tanh the logits stay in [−1, 1], so no probability can exceed p = e/(e + %1/e) ≈ %2 — the loss cannot fall below −log p ≈ %3 and never reaches 0; an output layer removes this floor.</source>
        <extracomment>%1 is the vocabulary size minus 1, %2 the largest probability, %3 the smallest loss −log p.</extracomment>
        <translation>无 W_hy：输出就是 h_t 本身（课上的设置）。使用 tanh 时 logits 限制在 [−1, 1] 内，所以任何概率都不会超过 p = e/(e + %1/e) ≈ %2——损失不会低于 −log p ≈ %3，永远到不了 0；加上输出层即可去掉这个下限。</translation>
    </message>
    <message>
        <source>%1: bias of %2</source>
        <extracomment>A bias entry&apos;s tooltip: %1 the matrix&apos;s title, %2 the unit it belongs to.</extracomment>
        <translation>%1：%2 的偏置</translation>
    </message>
    <message>
        <source>%1: from %2 to %3</source>
        <extracomment>A weight&apos;s tooltip: %1 the matrix&apos;s title, %2 the unit it comes from, %3 the unit it goes to.</extracomment>
        <translation>%1：从 %2 到 %3</translation>
    </message>
    <message>
        <source>set by hand at step %1 (was %2)</source>
        <extracomment>%1 a training step, %2 the value before the edit.</extracomment>
        <translation>在第 %1 步手动设置（原为 %2）</translation>
    </message>
    <message>
        <source>Rewound to step %1: resume from here (on the timeline) to edit</source>
        <translation>已回退到第 %1 步：要编辑，请从此处继续（在时间线上）</translation>
    </message>
    <message>
        <source>Click to type a new value, or drag up or down to change it (Shift: finer)</source>
        <translation>点击输入新值，或上下拖动来改变它（Shift：更精细）</translation>
    </message>
    <message>
        <source>effective learning rate of this entry: %1 (SGD: lr, the same for every entry)</source>
        <extracomment>%1 is the learning rate.</extracomment>
        <translation>此元素的实际学习率：%1（SGD：lr，每个元素都相同）</translation>
    </message>
    <message>
        <source>effective learning rate of this entry: %1 (Adam: lr / (√v̂ + ε))</source>
        <extracomment>%1 is the learning rate.</extracomment>
        <translation>此元素的实际学习率：%1（Adam：lr / (√v̂ + ε)）</translation>
    </message>
    <message>
        <source>%1 = 0 in the graph (what if there were no memory?)</source>
        <extracomment>%1 is a matrix&apos;s name (W_hh).</extracomment>
        <translation>图中 %1 = 0（如果没有记忆会怎样？）</translation>
    </message>
</context>
<context>
    <name>rnnlab::MatrixPanel</name>
    <message>
        <source>Encoder (encoder): reads the source</source>
        <translation>编码器（encoder）：读入源序列</translation>
    </message>
    <message>
        <source>Decoder (decoder): from the context, reads the previous target token</source>
        <translation>解码器（decoder）：从上下文出发，读入上一个目标词元</translation>
    </message>
    <message>
        <source>%1, layer %2</source>
        <translation>%1，第 %2 层</translation>
    </message>
    <message>
        <source>Output layer (fc)</source>
        <translation>输出层（fc）</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>gradient ∂L/∂w (last step)</source>
        <translation>梯度 ∂L/∂w（上一步）</translation>
    </message>
    <message>
        <source>change Δw (last update)</source>
        <translation>变化量 Δw（上次更新）</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Gradients ∂L/∂w</source>
        <translation>梯度 ∂L/∂w</translation>
    </message>
    <message>
        <source>Last change Δw</source>
        <translation>上次变化 Δw</translation>
    </message>
    <message>
        <source>The weights now, after the last update</source>
        <translation>上次更新之后的当前权重</translation>
    </message>
    <message>
        <source>dL/dw of the last training step: how the loss changes with each weight</source>
        <translation>上一个训练步的 dL/dw：损失随每个权重如何变化</translation>
    </message>
    <message>
        <source>What the last update changed: the new weight minus the old one</source>
        <translation>上次更新改变了什么：新权重减去旧权重</translation>
    </message>
    <message>
        <source>No model yet</source>
        <translation>尚无模型</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>梯度</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>上次变化</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <source>Output layer</source>
        <translation>输出层</translation>
    </message>
    <message>
        <source>No training step yet</source>
        <translation>尚无训练步</translation>
    </message>
    <message>
        <source>The graph computes with 0 here (what if there were no memory?); training still uses this weight</source>
        <translation>图在这里用 0 计算（如果没有记忆会怎样？）；训练仍使用这个权重</translation>
    </message>
</context>
<context>
    <name>rnnlab::MemoryComparisonPlot</name>
    <message>
        <source>How far back</source>
        <translation>回看多远</translation>
    </message>
    <message>
        <source>How far back a prediction looks. For the prediction at step t, how much each earlier input x&lt;sub&gt;s&lt;/sub&gt; drives it: ‖∂ log p&lt;sub&gt;t&lt;/sub&gt;(target) / ∂x&lt;sub&gt;s&lt;/sub&gt;‖, the gradient of that step&apos;s log-probability of its target with respect to the one-hot input, carried back by each model&apos;s own BPTT. A plain RNN&apos;s usually falls decade by decade as s goes back; an LSTM or a GRU can learn to keep it.</source>
        <translation>预测能回看多远。对于第 t 步的预测，每个更早的输入 x&lt;sub&gt;s&lt;/sub&gt; 对它的影响：‖∂ log p&lt;sub&gt;t&lt;/sub&gt;(target) / ∂x&lt;sub&gt;s&lt;/sub&gt;‖，即该步目标的对数概率对 one-hot 输入的梯度，经各模型自己的 BPTT 反向传回。普通 RNN 的这一数值通常随 s 往前按数量级下降；LSTM 或 GRU 能学会保持它。</translation>
    </message>
    <message>
        <source>step t =</source>
        <translation>步 t =</translation>
    </message>
    <message>
        <source>last</source>
        <translation>最后</translation>
    </message>
    <message>
        <source>The time step whose prediction is explained (last: the last step with a target)</source>
        <translation>要解释其预测的时间步（最后：最后一个有目标的时间步）</translation>
    </message>
    <message>
        <source>What step t&apos;s prediction should say: its target</source>
        <translation>第 t 步的预测应给出的结果：它的目标</translation>
    </message>
    <message>
        <source>Show the influence on a logarithmic axis: a fall by decades is a straight line</source>
        <translation>在对数坐标轴上显示影响：按数量级下降是一条直线</translation>
    </message>
    <message>
        <source>input step s</source>
        <translation>输入步 s</translation>
    </message>
    <message>
        <source>‖∂ log p / ∂x_s‖</source>
        <translation>‖∂ log p / ∂x_s‖</translation>
    </message>
    <message>
        <source>Real-valued inputs x_t have no one-hot input to trace back.</source>
        <translation>实数输入 x_t 没有可回溯的 one-hot 输入。</translation>
    </message>
    <message>
        <source>No models yet.</source>
        <translation>尚无模型。</translation>
    </message>
    <message>
        <source>Step %1 has no target: nothing is predicted there.</source>
        <translation>第 %1 步没有目标：这里不做预测。</translation>
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
        <translation>第 %1 步的 x（‘%2’）对第 %3 步预测（‘%4’）的影响：‖∂ log p / ∂x‖ = %5</translation>
    </message>
</context>
<context>
    <name>rnnlab::MemoryPath</name>
    <message>
        <source>Freeze axes</source>
        <translation>冻结坐标轴</translation>
    </message>
    <message>
        <source>Keep the axes of this training step — their direction, their centre and their scale — for the later steps: train on, or move along the timeline, and watch the path change in one frame (a point that leaves it widens the frame). Untick to give every step its own PCA again.</source>
        <translation>保留当前训练步的坐标轴——方向、中心和比例——用于之后的各步：继续训练或沿时间线移动，在同一坐标系中观察轨迹的变化（超出范围的点会扩大坐标系）。取消勾选则每一步重新做各自的 PCA。</translation>
    </message>
    <message>
        <source>axes from training step %1, W_hh = 0</source>
        <translation>坐标轴取自训练步 %1，W_hh = 0</translation>
    </message>
    <message>
        <source>axes from training step %1</source>
        <translation>坐标轴取自训练步 %1</translation>
    </message>
    <message>
        <source>step %1, input ‘%2’
%3 = (%4)
PC1 %5, PC2 %6</source>
        <translation>第 %1 步，输入 ‘%2’
%3 = (%4)
PC1 %5，PC2 %6</translation>
    </message>
    <message>
        <source>PC%1 (%2% of the variance at step %3)</source>
        <translation>PC%1（第 %3 步方差的 %2%）</translation>
    </message>
    <message>
        <source>PC%1 (%2% of the variance)</source>
        <translation>PC%1（方差的 %2%）</translation>
    </message>
    <message>
        <source>PC%1 (%2%)</source>
        <translation>PC%1（%2%）</translation>
    </message>
</context>
<context>
    <name>rnnlab::MemoryUnits</name>
    <message>
        <source>Score: |mean inside − mean outside| / pooled standard deviation, how many standard deviations apart the unit is inside the span and outside. Click a row to colour the text by it.</source>
        <translation>得分：|区间内均值 − 区间外均值| / 合并标准差，即该单元在区间内外相差多少个标准差。点击一行即按该单元给文本着色。</translation>
    </message>
    <message>
        <source>Colour: %1’s value at each step, red above 0, blue below.</source>
        <translation>颜色：%1 在每一步的值，大于 0 为红色，小于 0 为蓝色。</translation>
    </message>
    <message>
        <source>Under each character: the network’s three likeliest next characters.</source>
        <translation>每个字符下方：网络认为最可能的三个下一个字符。</translation>
    </message>
    <message>
        <source>Under the last character: the network’s likeliest classes.</source>
        <translation>最后一个字符下方：网络认为最可能的类别。</translation>
    </message>
    <message>
        <source>Drag over the text to rank the units.</source>
        <translation>在文本上拖选以对单元排序。</translation>
    </message>
    <message>
        <source>outside</source>
        <translation>区间外</translation>
    </message>
    <message>
        <source>%1: score %2 = |%3 − %4| / %5 (mean inside the span, mean outside, pooled standard deviation)</source>
        <translation>%1：得分 %2 = |%3 − %4| / %5（区间内均值、区间外均值、合并标准差）</translation>
    </message>
    <message>
        <source> of layer %1</source>
        <translation>（第 %1 层）</translation>
    </message>
    <message>
        <source>step %1, input ‘%2’: %3%4 = %5</source>
        <translation>第 %1 步，输入 ‘%2’：%3%4 = %5</translation>
    </message>
    <message>
        <source>step %1, input ‘%2’: no output at this step</source>
        <translation>第 %1 步，输入 ‘%2’：此步没有输出</translation>
    </message>
    <message>
        <source>p(‘%1’) = %2</source>
        <translation>p(‘%1’) = %2</translation>
    </message>
    <message>
        <source>step %1, input ‘%2’, the likeliest outputs: %3</source>
        <translation>第 %1 步，输入 ‘%2’，最可能的输出：%3</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>区间内</translation>
    </message>
</context>
<context>
    <name>rnnlab::MemoryView</name>
    <message>
        <source>The memory view needs characters as inputs: real-valued x_t have no one-hot input to trace back.</source>
        <translation>记忆视图需要字符作为输入：实数 x_t 没有可回溯的 one-hot 输入。</translation>
    </message>
    <message>
        <source>How far back · the path</source>
        <translation>回看多远 · 轨迹</translation>
    </message>
    <message>
        <source>How far back a prediction looks, beside the path of the hidden state</source>
        <translation>预测能回看多远，旁边是隐藏状态的轨迹</translation>
    </message>
    <message>
        <source>Units over the text</source>
        <translation>文本上的单元</translation>
    </message>
    <message>
        <source>The text coloured by one unit, the likeliest next characters under it; drag over the text to find the units that track that span</source>
        <translation>按某个单元给文本着色，下方显示最可能的下一个字符；在文本上拖选，找出追踪该区间的单元</translation>
    </message>
    <message>
        <source>States of</source>
        <translation>状态来自</translation>
    </message>
    <message>
        <source>The layer whose states the path shows (the prediction&apos;s influence does not depend on it)</source>
        <translation>轨迹显示哪一层的状态（预测的影响与此无关）</translation>
    </message>
    <message>
        <source>h (hidden state)</source>
        <translation>h（隐藏状态）</translation>
    </message>
    <message>
        <source>c (cell state)</source>
        <translation>c（单元状态）</translation>
    </message>
    <message>
        <source>An LSTM&apos;s hidden state h or its cell state c</source>
        <translation>LSTM 的隐藏状态 h 或单元状态 c</translation>
    </message>
    <message>
        <source>The unit whose value colours the text below (drag over the text to rank them)</source>
        <translation>用其数值给下方文本着色的单元（在文本上拖选以对单元排序）</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <source>How far back a prediction looks</source>
        <translation>预测能回看多远</translation>
    </message>
    <message>
        <source>How far back a prediction looks: step %1 has no target</source>
        <translation>预测能回看多远：第 %1 步没有目标</translation>
    </message>
    <message>
        <source>Which earlier inputs does step %1’s prediction of its target ‘%2’ depend on? Each input s ≤ %1 by ‖∂ log p(‘%2’) / ∂x&lt;sub&gt;s&lt;/sub&gt;‖ (darker, taller: more). Largest: %3 (step %4, ‘%5’)</source>
        <translation>第 %1 步对目标 ‘%2’ 的预测依赖哪些更早的输入？每个输入 s ≤ %1 按 ‖∂ log p(‘%2’) / ∂x&lt;sub&gt;s&lt;/sub&gt;‖ 显示（越深、越高：影响越大）。最大：%3（第 %4 步，‘%5’）</translation>
    </message>
    <message>
        <source>; the first input, ‘%1’: %2</source>
        <translation>；第一个输入 ‘%1’：%2</translation>
    </message>
    <message>
        <source>What if W_hh = 0? No memory — </source>
        <translation>如果 W_hh = 0？没有记忆 — </translation>
    </message>
    <message>
        <source>What if W_hh = 0? The cell state c still carries earlier inputs — </source>
        <translation>如果 W_hh = 0？单元状态 c 仍携带更早的输入 — </translation>
    </message>
    <message>
        <source>What if W_hh = 0? z ⊙ h&lt;sub&gt;t−1&lt;/sub&gt; still carries earlier inputs — </source>
        <translation>如果 W_hh = 0？z ⊙ h&lt;sub&gt;t−1&lt;/sub&gt; 仍携带更早的输入 — </translation>
    </message>
    <message>
        <source>The path of %1 of layer %2 (PCA of every step)</source>
        <translation>第 %2 层 %1 的轨迹（对每一步做 PCA）</translation>
    </message>
    <message>
        <source>The path of %1 (PCA of every step)</source>
        <translation>%1 的轨迹（对每一步做 PCA）</translation>
    </message>
    <message>
        <source>; steps %1–%2 drawn whole</source>
        <translation>；第 %1–%2 步完整绘制</translation>
    </message>
    <message>
        <source>text by unit %1</source>
        <translation>按单元 %1 着色的文本</translation>
    </message>
    <message>
        <source>Units over text needs characters as inputs: real-valued x_t are not a text.</source>
        <translation>“文本上的单元”需要字符作为输入：实数 x_t 不构成文本。</translation>
    </message>
</context>
<context>
    <name>rnnlab::ModelPanel</name>
    <message>
        <source>Train&amp;ing texts (one per line)</source>
        <translation>训练文本（每行一条）(&amp;I)</translation>
    </message>
    <message>
        <source>hello</source>
        <translation>hello</translation>
    </message>
    <message>
        <source>Each line is one training sequence: the network reads its characters one at a time and learns to predict the next one.
Lines of the form text&lt;Tab&gt;label train a classifier instead (many-to-one): the network reads the whole text and then names its label.</source>
        <translation>每行是一个训练序列：网络逐个读入字符，学习预测下一个字符。
格式为 文本&lt;Tab&gt;标签 的行则用于训练分类器（多对一）：网络读完整个文本，然后给出其标签。</translation>
    </message>
    <message>
        <source>RNN, tanh</source>
        <translation>RNN，tanh</translation>
    </message>
    <message>
        <source>RNN, ReLU</source>
        <translation>RNN，ReLU</translation>
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
        <translation>RNN：h_t = tanh(W_hh h_{t−1} + W_xh x_t + b)，与幻灯片相同，b = b_ih + b_hh（PyTorch 分开保存两个偏置并将其相加），或用 ReLU 代替 tanh。LSTM：门 i、f、o 和携带记忆的单元状态 c_t。GRU：更新门 z 把旧的 h_{t−1} 与候选状态 n_t 混合，重置门 r 决定候选状态能看到多少 h_{t−1}。输出 y_t 就是 h_t，有输出层时为 W_hy h_t + b_y。与 torch.nn.RNN、LSTM 和 GRU 的计算相同。</translation>
    </message>
    <message>
        <source>&amp;Cell</source>
        <translation>单元(&amp;C)</translation>
    </message>
    <message>
        <source>Hidden units H: the length of h_t</source>
        <translation>隐藏单元数 H：h_t 的长度</translation>
    </message>
    <message>
        <source>Hidden si&amp;ze</source>
        <translation>隐藏层大小(&amp;Z)</translation>
    </message>
    <message>
        <source>The lecture&apos;s setup: h_t is the output, one hidden unit per character</source>
        <translation>课上的设置：h_t 即输出，每个字符一个隐藏单元</translation>
    </message>
    <message>
        <source>Add an output layer</source>
        <translation>添加输出层</translation>
    </message>
    <message>
        <source>Adds W_hy (nn.Linear(H, V)), so the hidden size no longer has to match the vocabulary</source>
        <translation>添加 W_hy（nn.Linear(H, V)），隐藏层大小就不必等于词表大小</translation>
    </message>
    <message>
        <source>Stacked layers (torch.nn.RNN num_layers)</source>
        <translation>堆叠层数（torch.nn.RNN num_layers）</translation>
    </message>
    <message>
        <source>La&amp;yers</source>
        <translation>层数(&amp;Y)</translation>
    </message>
    <message>
        <source>W_hy: y_t = W_hy h_t + b_y</source>
        <translation>W_hy：y_t = W_hy h_t + b_y</translation>
    </message>
    <message>
        <source>Without it (the lecture&apos;s setup) the outputs are h_t itself, and the hidden size must equal the number of characters</source>
        <translation>没有输出层时（课上的设置），输出就是 h_t 本身，隐藏层大小必须等于字符数</translation>
    </message>
    <message>
        <source>O&amp;utput layer</source>
        <translation>输出层(&amp;U)</translation>
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
        <translation>优化器(&amp;P)</translation>
    </message>
    <message>
        <source>0.1 with Adam in the lecture</source>
        <translation>课上 Adam 使用 0.1</translation>
    </message>
    <message>
        <source>Lear&amp;ning rate</source>
        <translation>学习率(&amp;N)</translation>
    </message>
    <message>
        <source>SGD&apos;s momentum (Adam has its own: betas 0.9 and 0.999)</source>
        <translation>SGD 的动量（Adam 有自己的动量：betas 0.9 和 0.999）</translation>
    </message>
    <message>
        <source>&amp;Momentum</source>
        <translation>动量(&amp;M)</translation>
    </message>
    <message>
        <source>torch.manual_seed for the initial weights: the same seed gives PyTorch&apos;s weights bit for bit</source>
        <translation>用于初始权重的 torch.manual_seed：相同的随机种子得到与 PyTorch 逐位相同的权重</translation>
    </message>
    <message>
        <source>See&amp;d</source>
        <translation>随机种子(&amp;D)</translation>
    </message>
    <message>
        <source>at</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>clip_grad_norm_: scales all gradients down when their total norm exceeds this</source>
        <translation>clip_grad_norm_：所有梯度的总范数超过此值时按比例缩小</translation>
    </message>
    <message>
        <source>&amp;Gradient clipping</source>
        <translation>梯度裁剪(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <source>Back to the settings being trained</source>
        <translation>回到正在训练的设置</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Start over with these settings (Ctrl+Return)</source>
        <translation>用这些设置重新开始（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Without W_hy the hidden state is the output, so this setup needs one hidden unit per class: %1, hidden size %2.</source>
        <translation>没有 W_hy 时隐藏状态就是输出，因此该设置需要每个类别一个隐藏单元：%1，隐藏层大小 %2。</translation>
    </message>
    <message>
        <source>1 class</source>
        <translation>1 个类别</translation>
    </message>
    <message>
        <source>%1 classes</source>
        <translation>%1 个类别</translation>
    </message>
    <message>
        <source>Without W_hy the hidden state is the output, so the lecture&apos;s setup needs one hidden unit per character: %1, hidden size %2.</source>
        <translation>没有 W_hy 时隐藏状态就是输出，因此课上的设置需要每个字符一个隐藏单元：%1，隐藏层大小 %2。</translation>
    </message>
    <message>
        <source>1 character</source>
        <translation>1 个字符</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 个字符</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>The label of line %1</source>
        <translation>第 %1 行的标签</translation>
    </message>
    <message>
        <source>Set hidden size to %1</source>
        <translation>将隐藏层大小设为 %1</translation>
    </message>
    <message numerus="yes">
        <source>
Classifier (many-to-one), %n class(es): %1</source>
        <translation>
            <numerusform>
分类器（多对一），%n 个类别：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Vocabulary: %1 (%2)</source>
        <translation>词表：%1（%2）</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Time series</source>
        <translation>时间序列</translation>
    </message>
    <message>
        <source>Tas&amp;k</source>
        <translation>任务(&amp;K)</translation>
    </message>
    <message>
        <source>Without W_hy the hidden state is the output, so this setup needs one hidden unit per feature: %1, hidden size %2.</source>
        <translation>没有 W_hy 时隐藏状态就是输出，因此该设置需要每个特征一个隐藏单元：%1，隐藏层大小 %2。</translation>
    </message>
    <message>
        <source>1 feature</source>
        <translation>1 个特征</translation>
    </message>
    <message>
        <source>%1 features</source>
        <translation>%1 个特征</translation>
    </message>
    <message>
        <source>Time series: the next value at every time step (MSE loss).</source>
        <translation>时间序列：每个时间步预测下一个值（MSE 损失）。</translation>
    </message>
    <message>
        <source>Time series: the next value of each of %1 features at every time step (MSE loss).</source>
        <translation>时间序列：每个时间步预测 %1 个特征各自的下一个值（MSE 损失）。</translation>
    </message>
    <message>
        <source>Translation (pairs)</source>
        <translation>翻译（样本对）</translation>
    </message>
    <message>
        <source>Text: the network reads characters and predicts the next one (or, with text&lt;Tab&gt;label lines, names a label: a classifier).
Time series: it reads numbers and predicts the next value of each feature (MSE loss).
Translation (pairs): an encoder reads each source&lt;Tab&gt;target line&apos;s source, a decoder writes its target.</source>
        <translation>文本：网络读入字符并预测下一个字符（若每行为 文本&lt;Tab&gt;标签，则给出标签：即分类器）。
时间序列：读入数值并预测每个特征的下一个值（MSE 损失）。
翻译（样本对）：编码器读入每行 源&lt;Tab&gt;目标 中的源序列，解码器写出其目标。</translation>
    </message>
    <message>
        <source>Translation: %1 source characters; %2 target tokens (&lt;sos&gt;, &lt;eos&gt; and the targets&apos; characters)</source>
        <translation>翻译：%1 个源字符；%2 个目标词元（&lt;sos&gt;、&lt;eos&gt; 和目标中的字符）</translation>
    </message>
    <message>
        <source>Pa&amp;irs (one per line: source&lt;Tab&gt;target)</source>
        <translation>样本对（每行一个：源&lt;Tab&gt;目标）(&amp;I)</translation>
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
        <translation>每行是一个样本对：源序列、一个 Tab，然后是其目标（hello&lt;Tab&gt;olleh）。
编码器读入源序列；解码器学习从 &lt;sos&gt; 到 &lt;eos&gt; 写出目标。</translation>
    </message>
</context>
<context>
    <name>rnnlab::ParameterLabelling</name>
    <message>
        <source>%1 of layer %2</source>
        <extracomment>A hidden unit of a stack of layers: %1 the unit (h3), %2 the layer&apos;s number.</extracomment>
        <translation>第 %2 层的 %1</translation>
    </message>
    <message>
        <source>output &apos;%1&apos;</source>
        <translation>输出 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 (score of &apos;%2&apos;)</source>
        <extracomment>A hidden unit that is an output score too (no W_hy): %1 the unit (h3), %2 the character.</extracomment>
        <translation>%1（&apos;%2&apos; 的得分）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>A gate&apos;s row: %1 the gate (&quot;input gate i&quot;), %2 its unit (&quot;h3&quot; or &quot;h3 of layer 2&quot;).</extracomment>
        <translation>%2 的%1</translation>
    </message>
    <message>
        <source>input &apos;%1&apos;</source>
        <translation>输入 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>class &apos;%1&apos;</source>
        <translation>类别 &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>rnnlab::PlotAccessible</name>
    <message>
        <source>%1: %2 at %3</source>
        <translation>%1：%3 处为 %2</translation>
    </message>
    <message>
        <source>Plot</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>%1 over %2</source>
        <translation>%1 随 %2 变化</translation>
    </message>
    <message>
        <source>Newest values: %1</source>
        <translation>最新值：%1</translation>
    </message>
</context>
<context>
    <name>rnnlab::PlotWidget</name>
    <message>
        <source>Log scale</source>
        <translation>对数刻度</translation>
    </message>
</context>
<context>
    <name>rnnlab::PredictionsModel</name>
    <message>
        <source>translates %1 to %2 (greedy: its own outputs fed back); the target is %3: %4</source>
        <translation>把 %1 翻译为 %2（贪心：把自己的输出反馈回去）；目标是 %3：%4</translation>
    </message>
    <message>
        <source>right</source>
        <translation>正确</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Pair %1, source %2, target %3: the greedy translation of the source at each step (the decoder&apos;s own outputs fed back from &lt;sos&gt; to &lt;eos&gt;, with the weights of that step&apos;s forward pass); a wrong translation is underlined.</source>
        <translation>样本对 %1，源 %2，目标 %3：每一步对源序列的贪心翻译（解码器把自己的输出从 &lt;sos&gt; 到 &lt;eos&gt; 反馈回去，使用该步前向传播的权重）；错误的翻译加下划线。</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>%1 of %2 characters match the target %3</source>
        <translation>%2 个字符中有 %1 个与目标 %3 一致</translation>
    </message>
    <message>
        <source>%1: %2 instead of %3</source>
        <extracomment>%1 a position in the text, %2 the predicted character, %3 the true one.</extracomment>
        <translation>%1：%2 而不是 %3</translation>
    </message>
    <message>
        <source>wrong at %1</source>
        <extracomment>%1 lists the wrong positions (&quot;3: &apos;l&apos; instead of &apos;e&apos;; 5: …&quot;).</extracomment>
        <translation>错在 %1</translation>
    </message>
    <message>
        <source>loss %1 (float32, 9 significant digits)</source>
        <translation>损失 %1（float32，9 位有效数字）</translation>
    </message>
    <message>
        <source>predicts %1; the label is %2: %3</source>
        <translation>预测 %1；标签是 %2：%3</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>The training step (1-based); its loss and predictions come from its forward pass, before the update</source>
        <translation>训练步（从 1 开始）；它的损失和预测来自该步更新之前的前向传播</translation>
    </message>
    <message>
        <source>Mean cross-entropy over all target characters</source>
        <translation>所有目标字符上的平均交叉熵</translation>
    </message>
    <message>
        <source>Text %1, label %2: the class the network gives it after reading all of it; a wrong class is underlined.</source>
        <translation>文本 %1，标签 %2：网络读完整条文本后给出的类别；错误的类别加下划线。</translation>
    </message>
    <message>
        <source>Text %1 prediction: the character the network predicts after each of %2; the targets are %3. Wrong characters are underlined.</source>
        <translation>文本 %1 的预测：网络在 %2 的每个字符之后预测的字符；目标是 %3。错误的字符加下划线。</translation>
    </message>
</context>
<context>
    <name>rnnlab::PytorchPanel</name>
    <message>
        <source>No model yet.</source>
        <translation>尚无模型。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the script: paste it into a file and run python3 train.py --steps 20</source>
        <translation>复制脚本：粘贴到文件中并运行 python3 train.py --steps 20</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Write the script to a .py file</source>
        <translation>将脚本写入 .py 文件</translation>
    </message>
    <message>
        <source>Training… the script of this large model (%1 parameters) follows when training pauses.</source>
        <translation>正在训练… 这个大模型（%1 个参数）的脚本将在训练暂停时显示。</translation>
    </message>
    <message>
        <source>After %1. Saved as train.py, &lt;tt&gt;python3 train.py --steps 20&lt;/tt&gt; trains on from step %2 in PyTorch 1.13 with rnnlab&apos;s losses.</source>
        <translation>%1之后。已保存为 train.py，&lt;tt&gt;python3 train.py --steps 20&lt;/tt&gt; 将在 PyTorch 1.13 中从第 %2 步继续训练，并给出与 rnnlab 相同的损失。</translation>
    </message>
    <message>
        <source>1 training step</source>
        <translation>训练 1 步</translation>
    </message>
    <message>
        <source>%1 training steps</source>
        <translation>训练 %1 步</translation>
    </message>
    <message>
        <source>Save the PyTorch script</source>
        <translation>保存 PyTorch 脚本</translation>
    </message>
    <message>
        <source>Python scripts (*.py)</source>
        <translation>Python 脚本 (*.py)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
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
        <translation>每行一个时间点。一行中的多个数（以逗号、分号、制表符或空格分隔）是多个特征，每列一个；只有一行逗号分隔的数则是一个特征。
空行开始另一个序列：多个序列一起训练，每个都是从零状态开始的独立序列。以 # 开头的行是注释。数字使用小数点（0.5、-2、1e-3）。</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>生成器</translation>
    </message>
    <message>
        <source>Num&amp;bers</source>
        <translation>数值(&amp;B)</translation>
    </message>
    <message>
        <source>Where the training series come from: a generated wave, or numbers typed, pasted or imported from a CSV file. Either way the session stores the numbers.</source>
        <translation>训练序列的来源：生成的波形，或输入、粘贴、从 CSV 文件导入的数值。无论哪种，会话都会保存这些数值。</translation>
    </message>
    <message>
        <source>Sine</source>
        <translation>正弦波</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>方波</translation>
    </message>
    <message>
        <source>Sawtooth</source>
        <translation>锯齿波</translation>
    </message>
    <message>
        <source>Triangle</source>
        <translation>三角波</translation>
    </message>
    <message>
        <source>Two sines</source>
        <translation>双正弦波</translation>
    </message>
    <message>
        <source>Sine A sin(2πt/P + φ); square, sawtooth and triangle of the same period and amplitude; or the sum of two sines A sin(2πt/P + φ) + A₂ sin(2πt/P₂)</source>
        <translation>正弦波 A sin(2πt/P + φ)；周期和振幅相同的方波、锯齿波和三角波；或两个正弦波之和 A sin(2πt/P + φ) + A₂ sin(2πt/P₂)</translation>
    </message>
    <message>
        <source>&amp;Wave</source>
        <translation>波形(&amp;W)</translation>
    </message>
    <message>
        <source>P: time steps per period (&gt; 0)</source>
        <translation>P：每个周期的时间步数（&gt; 0）</translation>
    </message>
    <message>
        <source>A: the wave&apos;s largest value</source>
        <translation>A：波形的最大值</translation>
    </message>
    <message>
        <source>φ: the phase in radians (π/2 ≈ 1.5708)</source>
        <translation>φ：以弧度表示的相位（π/2 ≈ 1.5708）</translation>
    </message>
    <message>
        <source> rad</source>
        <translation> rad</translation>
    </message>
    <message>
        <source>Points of the series (≥ 2): a series of n points is n − 1 time steps</source>
        <translation>序列的点数（≥ 2）：n 个点的序列有 n − 1 个时间步</translation>
    </message>
    <message>
        <source>P₂: the second sine&apos;s period (&gt; 0)</source>
        <translation>P₂：第二个正弦波的周期（&gt; 0）</translation>
    </message>
    <message>
        <source>A₂: the second sine&apos;s amplitude</source>
        <translation>A₂：第二个正弦波的振幅</translation>
    </message>
    <message>
        <source>σ: Gaussian noise added to every point (0: none); the seed below makes it the same on every machine</source>
        <translation>σ：加到每个点上的高斯噪声（0：无）；下面的随机种子使其在每台机器上都相同</translation>
    </message>
    <message>
        <source>The noise&apos;s own seed (not the weights&apos;)</source>
        <translation>噪声自己的随机种子（不是权重的随机种子）</translation>
    </message>
    <message>
        <source>Edit as numbers</source>
        <translation>编辑为数值</translation>
    </message>
    <message>
        <source>Puts the generated numbers into the numbers box, to change them by hand</source>
        <translation>把生成的数值放入数值框，以便手动修改</translation>
    </message>
    <message>
        <source>Adds a CSV file&apos;s numbers as another series: one row per time point, one column per feature, a header row optional</source>
        <translation>将 CSV 文件中的数值添加为另一个序列：每行一个时间点，每列一个特征，表头行可有可无</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Wave with an anomaly</source>
        <translation>带异常的波形</translation>
    </message>
    <message>
        <source>A series the network is tested on but never trained on: where its error jumps above the training error&apos;s, the Signal tab rings an anomaly</source>
        <translation>网络只测试、从不训练的序列：在其误差跳到训练误差之上的地方，“信号”选项卡会报告异常</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <source>Adds a CSV file&apos;s numbers as a test series</source>
        <translation>将 CSV 文件中的数值添加为测试序列</translation>
    </message>
    <message>
        <source>Spike</source>
        <translation>尖峰</translation>
    </message>
    <message>
        <source>Level shift</source>
        <translation>电平偏移</translation>
    </message>
    <message>
        <source>Flat stretch</source>
        <translation>平直段</translation>
    </message>
    <message>
        <source>Spike: + size at one point. Level shift: + size over a stretch (length 0: to the end). Flat stretch: the value at “at” held for a stretch.</source>
        <translation>尖峰：在一个点上加上幅度。电平偏移：在一段区间上加上幅度（长度 0：直到结尾）。平直段：在一段区间内保持“位置”处的值。</translation>
    </message>
    <message>
        <source>How many points it lasts</source>
        <translation>持续多少个点</translation>
    </message>
    <message>
        <source>What it adds to the wave</source>
        <translation>叠加到波形上的幅度</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 个点</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 个点</translation>
    </message>
    <message>
        <source>, %1 … %2</source>
        <translation>，%1 … %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>1 feature</source>
        <translation>1 个特征</translation>
    </message>
    <message>
        <source>%1 features</source>
        <translation>%1 个特征</translation>
    </message>
    <message>
        <source>Imported %1 of %2 from %3</source>
        <translation>已从 %3 导入 %1（%2）</translation>
    </message>
    <message>
        <source>Import a test series from CSV</source>
        <translation>从 CSV 导入测试序列</translation>
    </message>
    <message>
        <source>Import series from CSV</source>
        <translation>从 CSV 导入序列</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Where the anomaly starts: a point of the series, counted from 1 as the Signal tab&apos;s time axis</source>
        <translation>异常的起始位置：序列中的一个点，与“信号”选项卡的时间轴一样从 1 开始计数</translation>
    </message>
    <message>
        <source>Tr&amp;aining series</source>
        <translation>训练序列(&amp;A)</translation>
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
        <translation>相位</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
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
        <translation>噪声 σ</translation>
    </message>
    <message>
        <source>Noise seed</source>
        <translation>噪声随机种子</translation>
    </message>
    <message>
        <source>Test ser&amp;ies</source>
        <translation>测试序列(&amp;I)</translation>
    </message>
    <message>
        <source>Test numbers</source>
        <translation>测试数值</translation>
    </message>
    <message>
        <source>Anomaly</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>  at point</source>
        <translation>  位置</translation>
    </message>
    <message>
        <source>  length</source>
        <translation>  长度</translation>
    </message>
    <message>
        <source>  size</source>
        <translation>  幅度</translation>
    </message>
</context>
<context>
    <name>rnnlab::SessionActions</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>新建会话(&amp;N)</translation>
    </message>
    <message>
        <source>Start over with the lecture&apos;s hello example</source>
        <translation>从课上的 hello 示例重新开始</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>打开会话(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation>保存会话(&amp;S)</translation>
    </message>
    <message>
        <source>Save the settings, trained weights, optimizer state, loss history and view (.rnnlab)</source>
        <translation>保存设置、训练后的权重、优化器状态、损失历史和视图（.rnnlab）</translation>
    </message>
    <message>
        <source>Save session &amp;as…</source>
        <translation>会话另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import PyTorch state…</source>
        <translation>导入 PyTorch 状态(&amp;I)…</translation>
    </message>
    <message>
        <source>A model trained in PyTorch, saved with save_state_dict_json() from the PyTorch panel&apos;s script</source>
        <translation>在 PyTorch 中训练的模型，用 PyTorch 面板脚本中的 save_state_dict_json() 保存</translation>
    </message>
    <message>
        <source>there is no trained model to save yet</source>
        <translation>还没有可保存的训练模型</translation>
    </message>
    <message>
        <source>Saved %1 (step %2)</source>
        <translation>已保存 %1（第 %2 步）</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <source>Save the session?</source>
        <translation>保存会话？</translation>
    </message>
    <message>
        <source>%1 closes this session. It has changes that are not saved (training, weights by hand or settings).</source>
        <translation>%1 将关闭此会话。它有尚未保存的更改（训练、手动设置的权重或设置）。</translation>
    </message>
    <message>
        <source>A new session</source>
        <translation>新会话</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>打开会话</translation>
    </message>
    <message>
        <source>Training texts</source>
        <translation>训练文本</translation>
    </message>
    <message>
        <source>%1 does not say which texts the model was trained on. Its training texts, one per line:</source>
        <translation>%1 没有说明模型是用哪些文本训练的。请输入其训练文本，每行一条：</translation>
    </message>
    <message>
        <source>Cannot import this PyTorch state</source>
        <translation>无法导入此 PyTorch 状态</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 cannot be imported; nothing was changed.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%2&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;无法导入 %1；未做任何更改。&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%2&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
    <message>
        <source>Imported %1. %2</source>
        <translation>已导入 %1。%2</translation>
    </message>
    <message>
        <source>Cannot open this session</source>
        <translation>无法打开此会话</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 cannot be opened; nothing was changed.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%2&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;无法打开 %1；未做任何更改。&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%2&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>正在打开 %1</translation>
    </message>
    <message>
        <source>Import PyTorch state</source>
        <translation>导入 PyTorch 状态</translation>
    </message>
    <message>
        <source>PyTorch states (*.pt *.pth *.json);;All files (*)</source>
        <translation>PyTorch 状态 (*.pt *.pth *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Restore the unsaved session?</source>
        <translation>恢复未保存的会话？</translation>
    </message>
    <message>
        <source>rnnlab ended without saving a session (autosaved %1). Restore it?</source>
        <translation>rnnlab 上次退出时未保存会话（已于 %1 自动保存）。要恢复吗？</translation>
    </message>
    <message>
        <source>recovered</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>清空列表(&amp;C)</translation>
    </message>
    <message>
        <source>rnnlab sessions (*.rnnlab *.json);;All files (*)</source>
        <extracomment>A file dialog&apos;s filter: keep the patterns in parentheses and the &quot;;;&quot; between the two.</extracomment>
        <translation>rnnlab 会话 (*.rnnlab *.json);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>rnnlab::ShortcutList</name>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>A matrix (click a cell)</source>
        <translation>矩阵（点击一个单元格）</translation>
    </message>
    <message>
        <source>The timeline (click it)</source>
        <translation>时间线（点击它）</translation>
    </message>
    <message>
        <source>Move to the next cell</source>
        <translation>移到下一个单元格</translation>
    </message>
    <message>
        <source>First or last column</source>
        <translation>第一列或最后一列</translation>
    </message>
    <message>
        <source>Type a value for the cell</source>
        <translation>为单元格输入数值</translation>
    </message>
    <message>
        <source>One training step earlier or later</source>
        <translation>前一个或后一个训练步</translation>
    </message>
    <message>
        <source>Several steps later or earlier</source>
        <translation>向后或向前若干步</translation>
    </message>
    <message>
        <source>Step 0, or the latest step</source>
        <translation>第 0 步或最新一步</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>The graph (Tab to it)</source>
        <translation>图（按 Tab 进入）</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>任意位置</translation>
    </message>
    <message>
        <source>Into the cells; up or down a column</source>
        <translation>进入单元格；在列中上下移动</translation>
    </message>
    <message>
        <source>The same unit one time step earlier or later</source>
        <translation>同一单元的前一个或后一个时间步</translation>
    </message>
    <message>
        <source>The first or last time step</source>
        <translation>第一个或最后一个时间步</translation>
    </message>
    <message>
        <source>Leave the cells (then Esc leaves the walk)</source>
        <translation>离开单元格（再按 Esc 退出逐步演示）</translation>
    </message>
    <message>
        <source>Stop a drag, close the value editor, or leave the cells</source>
        <translation>停止拖动、关闭数值编辑器或离开单元格</translation>
    </message>
    <message>
        <source>Next or previous control</source>
        <translation>下一个或上一个控件</translation>
    </message>
    <message>
        <source>Leave a text box (Tab types a tab there)</source>
        <translation>离开文本框（在其中按 Tab 会输入制表符）</translation>
    </message>
    <message>
        <source>Press the focused button</source>
        <translation>按下有焦点的按钮</translation>
    </message>
</context>
<context>
    <name>rnnlab::SignalPlot</name>
    <message>
        <source>The series shown: a training series, or a test series (evaluated at every step, never trained on)</source>
        <translation>显示的序列：训练序列，或测试序列（每一步都评估，从不参与训练）</translation>
    </message>
    <message>
        <source>F&amp;orecast</source>
        <translation>预报(&amp;O)</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 个点</translation>
    </message>
    <message>
        <source>The free-running forecast past the end: each predicted value is fed back as the next input, this many times</source>
        <translation>在序列结尾之后的自由运行预报：每个预测值作为下一个输入反馈回去，共这么多次</translation>
    </message>
    <message>
        <source>series</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>one-step prediction</source>
        <translation>单步预测</translation>
    </message>
    <message>
        <source>free-running forecast</source>
        <translation>自由运行预报</translation>
    </message>
    <message>
        <source>squared error</source>
        <translation>平方误差</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>error²</source>
        <translation>误差²</translation>
    </message>
    <message>
        <source>Training series</source>
        <translation>训练序列</translation>
    </message>
    <message>
        <source>Training series %1</source>
        <translation>训练序列 %1</translation>
    </message>
    <message>
        <source>Test series (anomalies)</source>
        <translation>测试序列（异常）</translation>
    </message>
    <message>
        <source>Test series %1 (anomalies)</source>
        <translation>测试序列 %1（异常）</translation>
    </message>
    <message>
        <source>forecast →</source>
        <translation>预报 →</translation>
    </message>
    <message>
        <source>warm-up</source>
        <translation>预热</translation>
    </message>
    <message>
        <source>training series</source>
        <translation>训练序列</translation>
    </message>
    <message>
        <source>one step ahead</source>
        <translation>提前一步</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>预报</translation>
    </message>
    <message>
        <source>warm-up: not counted</source>
        <translation>预热：不计入</translation>
    </message>
    <message>
        <source>threshold %1</source>
        <translation>阈值 %1</translation>
    </message>
    <message>
        <source>sta&amp;rting after</source>
        <translation>起点(&amp;R)</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>结尾</translation>
    </message>
    <message>
        <source>point </source>
        <translation>点 </translation>
    </message>
    <message>
        <source>Where the free run starts: after the series&apos; last point (the end), or after an earlier point, so that its forecast can be compared with what actually came</source>
        <translation>自由运行的起点：序列最后一个点（结尾）之后，或更早的某个点之后，以便将预报与实际值比较</translation>
    </message>
    <message>
        <source>Fla&amp;g above</source>
        <translation>标记阈值(&amp;G)</translation>
    </message>
    <message>
        <source>A time step whose squared error is above this is flagged: a candidate anomaly, not yet a true one (the summary judges the flags against where an anomaly was injected). Default: the training error&apos;s mean + 3 standard deviations</source>
        <translation>平方误差高于此值的时间步会被标记：这是候选异常，还不是真正的异常（摘要会把标记与注入异常的位置对照判定）。默认：训练误差的均值 + 3 倍标准差</translation>
    </message>
    <message>
        <source>mean + 3 sd</source>
        <translation>均值 + 3 倍标准差</translation>
    </message>
    <message>
        <source>99th percentile</source>
        <translation>第 99 百分位数</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>手动输入</translation>
    </message>
    <message>
        <source>The threshold&apos;s rule. Mean + 3 sd (the default) assumes errors spread like a normal distribution; a network&apos;s squared errors have a long tail (their sd is often larger than their mean), so it also flags ordinary steps. The 99th percentile of the training errors flags about 1 ordinary step in 100.</source>
        <translation>阈值规则。均值 + 3 倍标准差（默认）假设误差呈正态分布；而网络的平方误差有长尾（标准差常常大于均值），因此它也会标记普通时间步。训练误差的第 99 百分位数大约每 100 个普通时间步标记 1 个。</translation>
    </message>
    <message>
        <source>The signal plot is for time series (the task &quot;Time series&quot;): open one, e.g. File ▸ Open examples/sine-spike.json</source>
        <translation>信号图用于时间序列（任务“时间序列”）：请打开一个，例如 文件 ▸ 打开会话… examples/sine-spike.json</translation>
    </message>
    <message>
        <source>true continuation</source>
        <translation>真实后续</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>已标记</translation>
    </message>
    <message>
        <source>injected</source>
        <translation>注入的异常</translation>
    </message>
    <message>
        <source>time step t:  xₜ at t,  yₜ under xₜ₊₁,  error² of step t = (yₜ − xₜ₊₁)²</source>
        <translation>时间步 t：  xₜ 在 t 处，  yₜ 在 xₜ₊₁ 下方，  第 t 步的误差² = (yₜ − xₜ₊₁)²</translation>
    </message>
    <message>
        <source>flagged: error² above the threshold</source>
        <translation>已标记：误差² 高于阈值</translation>
    </message>
    <message>
        <source>injected anomaly</source>
        <translation>注入的异常</translation>
    </message>
    <message>
        <source>Test series (never trained on)</source>
        <translation>测试序列（从未训练）</translation>
    </message>
    <message>
        <source>Test series %1 (never trained on)</source>
        <translation>测试序列 %1（从未训练）</translation>
    </message>
    <message>
        <source> (1–%1: warm-up).</source>
        <translation> （1–%1：预热）。</translation>
    </message>
    <message>
        <source> (1: warm-up).</source>
        <translation> （1：预热）。</translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <source> Feature 1 of %1.</source>
        <translation> 特征 1/%1。</translation>
    </message>
    <message>
        <source>the training errors&apos; 99th percentile</source>
        <translation>训练误差的第 99 百分位数</translation>
    </message>
    <message>
        <source>at point %1</source>
        <translation>点 %1 处</translation>
    </message>
    <message>
        <source>at points %1–%2</source>
        <translation>点 %1–%2 处</translation>
    </message>
    <message>
        <source>in the warm-up, not judged</source>
        <translation>处于预热期，不作判定</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>漏检</translation>
    </message>
    <message>
        <source>detected (step %1)</source>
        <translation>已检出（第 %1 步）</translation>
    </message>
    <message>
        <source>detected (steps %1)</source>
        <translation>已检出（第 %1 步）</translation>
    </message>
    <message>
        <source> (steps %1).</source>
        <translation> （第 %1 步）。</translation>
    </message>
    <message>
        <source>after point %1</source>
        <translation>从点 %1 之后</translation>
    </message>
    <message>
        <source>after the end</source>
        <translation>从结尾之后</translation>
    </message>
    <message>
        <source>Free-running forecast %1: mean error² %2 against what came (points compared: %3).</source>
        <translation>自由运行预报（%1）：与实际值相比的平均误差² %2（比较的点数：%3）。</translation>
    </message>
    <message>
        <source>x_%1 = %2</source>
        <translation>x_%1 = %2</translation>
    </message>
    <message>
        <source>step %1: y_%1 = %2 predicts x_%3 = %4</source>
        <translation>第 %1 步：y_%1 = %2 预测 x_%3 = %4</translation>
    </message>
    <message>
        <source>loss_%1 = (y_%1 − x_%2)² = %3</source>
        <translation>loss_%1 = (y_%1 − x_%2)² = %3</translation>
    </message>
    <message>
        <source>flagged: predicts the injected anomaly (a hit)</source>
        <translation>已标记：预测到注入的异常（命中）</translation>
    </message>
    <message>
        <source>flagged: after the anomaly, the network still disturbed</source>
        <translation>已标记：异常之后，网络仍受扰动</translation>
    </message>
    <message>
        <source>flagged: a false alarm (no anomaly was injected here)</source>
        <translation>已标记：误报（此处未注入异常）</translation>
    </message>
    <message>
        <source>free-running forecast: %1</source>
        <translation>自由运行预报：%1</translation>
    </message>
    <message>
        <source>what came (generator): %1</source>
        <translation>实际值（生成器）：%1</translation>
    </message>
    <message>
        <source>test series</source>
        <translation>测试序列</translation>
    </message>
    <message>
        <source>The test series: evaluated at every step with the current weights, never trained on</source>
        <translation>测试序列：每一步都用当前权重评估，从未参与训练</translation>
    </message>
    <message>
        <source>The training series: what the network is trained on</source>
        <translation>训练序列：网络用来训练的序列</translation>
    </message>
    <message>
        <source>The one-step predictions: y_t, drawn under the x_{t+1} it predicts</source>
        <translation>单步预测：y_t，画在它所预测的 x_{t+1} 下方</translation>
    </message>
    <message>
        <source>The free-running forecast: each predicted value fed back as the next input</source>
        <translation>自由运行预报：每个预测值作为下一个输入反馈回去</translation>
    </message>
    <message>
        <source>what came</source>
        <translation>实际值</translation>
    </message>
    <message>
        <source>What came: the generator&apos;s true continuation past the end, to hold the forecast against</source>
        <translation>实际值：生成器给出的结尾之后的真实后续，用来与预报对照</translation>
    </message>
    <message>
        <source>flagged: error² &gt; threshold</source>
        <translation>已标记：误差² &gt; 阈值</translation>
    </message>
    <message>
        <source>A flagged step: its squared error is above the threshold (a candidate anomaly); its band covers the input it read and the point it predicted</source>
        <translation>被标记的时间步：其平方误差高于阈值（候选异常）；其色带覆盖它读入的输入和它预测的点</translation>
    </message>
    <message>
        <source>Where the generator injected the anomaly</source>
        <translation>生成器注入异常的位置</translation>
    </message>
    <message>
        <source>warm-up (not counted)</source>
        <translation>预热（不计入）</translation>
    </message>
    <message>
        <source>The warm-up steps: the state has not seen enough yet; they count neither in the threshold nor as flags</source>
        <translation>预热时间步：状态还没看到足够的输入；它们既不计入阈值，也不算作标记</translation>
    </message>
    <message>
        <source>%1: mean error² %2 over steps %3–%4</source>
        <translation>%1：第 %3–%4 步的平均误差² %2</translation>
    </message>
    <message>
        <source>Training error² after the warm-up: mean %1, sd %2 (the loss, %3, counts every step).</source>
        <translation>预热后的训练误差²：均值 %1，标准差 %2（损失 %3 计入每一步）。</translation>
    </message>
    <message>
        <source>; sd &gt; mean: not normally distributed, so ordinary steps pass it too</source>
        <translation>；标准差 &gt; 均值：并非正态分布，因此普通时间步也会超过阈值</translation>
    </message>
    <message>
        <source>Threshold %1: %2.</source>
        <translation>阈值 %1：%2。</translation>
    </message>
    <message>
        <source>Flagged steps: %1.</source>
        <translation>被标记的时间步：%1。</translation>
    </message>
    <message>
        <source> Injected anomaly %1: %2; after it, still disturbed: %3. False alarms: %4</source>
        <translation> 注入的异常（%1）：%2；其后网络仍受扰动：%3。误报：%4</translation>
    </message>
    <message>
        <source> Each is a candidate: where an anomaly truly is, a series not made by the generator does not say.</source>
        <translation> 每个都只是候选：对于不是由生成器生成的序列，无从得知异常真正在哪里。</translation>
    </message>
    <message>
        <source>Free-running forecast %1: nothing known to compare it with (start it earlier).</source>
        <translation>自由运行预报（%1）：没有已知的值可供比较（请更早开始）。</translation>
    </message>
    <message>
        <source>Warm-up: the first steps of every series, where the state (zero at the start) has not seen enough yet — even the training series is predicted worse than the threshold there. They count neither in the threshold nor as flags.
A flag is a step whose error² is above the threshold: a candidate anomaly. Where the generator injected an anomaly, a flag that predicts an injected point is a hit; a later flag at most %1 steps after it or after the previous such flag (the network still disturbed) is counted apart; every other flag is a false alarm.</source>
        <translation>预热：每个序列最初的几个时间步，此时状态（开始时为零）还没看到足够的输入——即使是训练序列，这里的预测也比阈值差。它们既不计入阈值，也不算作标记。
标记是误差² 高于阈值的时间步：即候选异常。在生成器注入了异常的序列中，预测某个注入点的标记算命中；在它或上一个此类标记之后至多 %1 步内出现的标记（网络仍受扰动）单独计数；其余所有标记都是误报。</translation>
    </message>
</context>
<context>
    <name>rnnlab::StackPlace</name>
    <message>
        <source>Encoder · </source>
        <translation>编码器 · </translation>
    </message>
    <message>
        <source>Decoder · </source>
        <translation>解码器 · </translation>
    </message>
</context>
<context>
    <name>rnnlab::StepByHandPanel</name>
    <message>
        <source>Earlier time step, to the left (←)</source>
        <translation>前一个时间步，向左（←）</translation>
    </message>
    <message>
        <source>Previous phase of the computation (Shift+←)</source>
        <translation>计算的上一阶段（Shift+←）</translation>
    </message>
    <message>
        <source>Next phase of the computation (Shift+→)</source>
        <translation>计算的下一阶段（Shift+→）</translation>
    </message>
    <message>
        <source>Later time step, to the right: x_t enters, W_xh x_t and W_hh h_{t−1} add up, the activation squashes, p_t = softmax(y_t) picks a character (→)</source>
        <translation>后一个时间步，向右：x_t 输入，W_xh x_t 与 W_hh h_{t−1} 相加，激活函数压缩，p_t = softmax(y_t) 选出一个字符（→）</translation>
    </message>
    <message>
        <source>Back through time</source>
        <translation>随时间反向传播</translation>
    </message>
    <message>
        <source>Walk the gradient back from the last time step: dL/dh_t and where it fades (B; again: one time step further back)</source>
        <translation>从最后一个时间步反向传播梯度：dL/dh_t 及其在何处衰减（B；再按：再往前一个时间步）</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Leave the walk: show the whole pass (Esc)</source>
        <translation>退出逐步演示：显示完整的传播过程（Esc）</translation>
    </message>
    <message>
        <source>Step in parts ▶</source>
        <translation>分步执行 ▶</translation>
    </message>
    <message>
        <source>One training step shown part by part: the forward pass column by column, the loss, the backward pass right to left, then the update of every matrix (Ctrl+Shift+→)</source>
        <translation>逐部分展示一个训练步：逐列的前向传播、损失、从右到左的反向传播，然后是每个矩阵的更新（Ctrl+Shift+→）</translation>
    </message>
    <message>
        <source>Time-major</source>
        <translation>时间优先</translation>
    </message>
    <message>
        <source>Layer-major</source>
        <translation>层优先</translation>
    </message>
    <message>
        <source>The order → walks the stacked grid in. Time-major: every layer at t, then t+1 — how the picture reads. Layer-major: layer 1 over all of time, then layer 2 — how PyTorch computes it. The numbers are the same either way.</source>
        <translation>→ 遍历堆叠网格的顺序。时间优先：先算 t 时刻的每一层，再算 t+1——即图的阅读顺序。层优先：先算第 1 层的所有时间步，再算第 2 层——即 PyTorch 的计算顺序。两种方式的数值相同。</translation>
    </message>
    <message>
        <source>unit h</source>
        <translation>单元 h</translation>
    </message>
    <message>
        <source>The hidden unit whose row the equations show when the matrices are too large to show whole</source>
        <translation>矩阵太大无法完整显示时，方程中显示其所在行的隐藏单元</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>前向</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>backward</source>
        <translation>反向</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Next: the loss ▶</source>
        <translation>下一步：损失 ▶</translation>
    </message>
    <message>
        <source>Next: backward ▶</source>
        <translation>下一步：反向 ▶</translation>
    </message>
    <message>
        <source>Next: the update ▶</source>
        <translation>下一步：更新 ▶</translation>
    </message>
    <message>
        <source>Press → to walk through a time step, B to go back through time, or “Step in parts” — every number below comes from the same forward pass the graph shows.</source>
        <translation>按 → 逐个时间步推进，按 B 随时间反向传播，或点“分步执行”——下面的每个数值都来自图中显示的同一次前向传播。</translation>
    </message>
    <message>
        <source>A test series is never trained on: the walk shows its forward pass and squared error only, no backward pass.</source>
        <translation>测试序列从不参与训练：手算只显示它的前向传播和平方误差，没有反向传播。</translation>
    </message>
    <message>
        <source>No backward: a test series</source>
        <translation>无反向传播：测试序列</translation>
    </message>
</context>
<context>
    <name>rnnlab::TimeStepWalker</name>
    <message>
        <source>x_t enters: the series&apos; values at step t, one per feature (or h_t of the layer below)</source>
        <translation>x_t 输入：序列在第 t 步的值，每个特征一个（或下一层的 h_t）</translation>
    </message>
    <message>
        <source>x_t enters: the one-hot vector of the character (or h_t of the layer below)</source>
        <translation>x_t 输入：字符的 one-hot 向量（或下一层的 h_t）</translation>
    </message>
    <message>
        <source>W_ih x_t + b_ih: what the input contributes to each gate i, f, g, o</source>
        <translation>W_ih x_t + b_ih：输入对每个门 i、f、g、o 的贡献</translation>
    </message>
    <message>
        <source>W_ih x_t + b_ih: what the input contributes to each gate r, z, n</source>
        <translation>W_ih x_t + b_ih：输入对每个门 r、z、n 的贡献</translation>
    </message>
    <message>
        <source>W_xh x_t + b_ih: what the input contributes (each column of W_xh weighs one feature of x_t)</source>
        <translation>W_xh x_t + b_ih：输入的贡献（W_xh 的每一列给 x_t 的一个特征加权）</translation>
    </message>
    <message>
        <source>W_xh x_t + b_ih: what the input contributes (a one-hot x picks one column of W_xh)</source>
        <translation>W_xh x_t + b_ih：输入的贡献（one-hot 的 x 选出 W_xh 的一列）</translation>
    </message>
    <message>
        <source>W_hh h_{t−1} + b_hh: what the previous hidden state contributes to each gate</source>
        <translation>W_hh h_{t−1} + b_hh：上一个隐藏状态对每个门的贡献</translation>
    </message>
    <message>
        <source>W_hh h_{t−1} + b_hh: what the memory of the previous step contributes</source>
        <translation>W_hh h_{t−1} + b_hh：上一步的记忆的贡献</translation>
    </message>
    <message>
        <source>their sum: each gate&apos;s pre-activation</source>
        <translation>两者之和：每个门的预激活值</translation>
    </message>
    <message>
        <source>the sums for the reset gate r and the update gate z</source>
        <translation>重置门 r 和更新门 z 的和</translation>
    </message>
    <message>
        <source>their sum: the pre-activation a_t</source>
        <translation>两者之和：预激活值 a_t</translation>
    </message>
    <message>
        <source>σ squashes into (0, 1): the reset gate r and the update gate z</source>
        <translation>σ 压缩到 (0, 1)：重置门 r 和更新门 z</translation>
    </message>
    <message>
        <source>σ gates in (0, 1) — input i, forget f, output o — and the candidate g = tanh(…)</source>
        <translation>取值在 (0, 1) 的 σ 门——输入门 i、遗忘门 f、输出门 o——以及候选值 g = tanh(…)</translation>
    </message>
    <message>
        <source>the candidate n_t = tanh(W_in x_t + b_in + r ⊙ (W_hn h_{t−1} + b_hn))</source>
        <translation>候选状态 n_t = tanh(W_in x_t + b_in + r ⊙ (W_hn h_{t−1} + b_hn))</translation>
    </message>
    <message>
        <source>the cell state c_t = f ⊙ c_{t−1} + i ⊙ g: keep some of the old memory, write some new</source>
        <translation>单元状态 c_t = f ⊙ c_{t−1} + i ⊙ g：保留部分旧记忆，写入部分新记忆</translation>
    </message>
    <message>
        <source>h_t = o ⊙ tanh(c_t): the output gate lets part of the cell state out</source>
        <translation>h_t = o ⊙ tanh(c_t)：输出门放出部分单元状态</translation>
    </message>
    <message>
        <source>h_t = (1 − z) ⊙ n + z ⊙ h_{t−1}: z decides how much memory to keep</source>
        <translation>h_t = (1 − z) ⊙ n + z ⊙ h_{t−1}：z 决定保留多少记忆</translation>
    </message>
    <message>
        <source>ReLU keeps the positive part: h_t</source>
        <translation>ReLU 保留正的部分：h_t</translation>
    </message>
    <message>
        <source>tanh squashes it into (−1, 1): h_t</source>
        <translation>tanh 把它压缩到 (−1, 1)：h_t</translation>
    </message>
    <message>
        <source>y_t = W_hy h_t + b_y: the predicted next value x_{t+1}, one per feature</source>
        <translation>y_t = W_hy h_t + b_y：预测的下一个值 x_{t+1}，每个特征一个</translation>
    </message>
    <message>
        <source>y_t = h_t: without an output layer the hidden state is the predicted next value x_{t+1}</source>
        <translation>y_t = h_t：没有输出层时，隐藏状态就是预测的下一个值 x_{t+1}</translation>
    </message>
    <message>
        <source>W_hy h_t + b_y: the output scores (logits) y_t</source>
        <translation>W_hy h_t + b_y：输出得分（logits）y_t</translation>
    </message>
    <message>
        <source>y_t = h_t: without an output layer the hidden state is the output</source>
        <translation>y_t = h_t：没有输出层时，隐藏状态就是输出</translation>
    </message>
    <message>
        <source>softmax turns the scores into probabilities</source>
        <translation>softmax 把得分变成概率</translation>
    </message>
    <message>
        <source>the most probable output (character, or class) is the prediction</source>
        <translation>概率最高的输出（字符或类别）就是预测</translation>
    </message>
    <message>
        <source>the squared error of this step: (y_t − x_{t+1})² per feature, and its share of the mean (MSE)</source>
        <translation>此步的平方误差：每个特征的 (y_t − x_{t+1})²，以及它在平均值（MSE）中的份额</translation>
    </message>
    <message>
        <source>the loss at this step: −log of the probability of the target (the true next character, or the label)</source>
        <translation>此步的损失：目标（真实的下一个字符或标签）概率的 −log</translation>
    </message>
    <message>
        <source>dL/dh_t: from the squared error through dL/dy_t, and from t+1 through W_hh and through z_{t+1} ⊙ h_t</source>
        <translation>dL/dh_t：来自平方误差（经 dL/dy_t），以及来自 t+1（经 W_hh 和 z_{t+1} ⊙ h_t）</translation>
    </message>
    <message>
        <source>dL/dh_t: from the squared error through dL/dy_t, and from t+1 through W_hh</source>
        <translation>dL/dh_t：来自平方误差（经 dL/dy_t），以及来自 t+1（经 W_hh）</translation>
    </message>
    <message>
        <source>dL/dh_t: from the output, and from t+1 through W_hh and through z_{t+1} ⊙ h_t</source>
        <translation>dL/dh_t：来自输出，以及来自 t+1（经 W_hh 和 z_{t+1} ⊙ h_t）</translation>
    </message>
    <message>
        <source>dL/dh_t: the gradient arriving from the output and from t+1 through W_hh</source>
        <translation>dL/dh_t：从输出和从 t+1（经 W_hh）到达的梯度</translation>
    </message>
    <message>
        <source>dL/dc_t: through h_t = o ⊙ tanh(c_t), plus f_{t+1} ⊙ dL/dc_{t+1} along the cell state</source>
        <translation>dL/dc_t：经 h_t = o ⊙ tanh(c_t)，加上沿单元状态传来的 f_{t+1} ⊙ dL/dc_{t+1}</translation>
    </message>
    <message>
        <source>dL/da_t, the gates&apos; pre-activations: what reaches W_ih, W_hh and the biases</source>
        <translation>dL/da_t，各门的预激活值：到达 W_ih、W_hh 和偏置的梯度</translation>
    </message>
    <message>
        <source>dL/da_t = dL/dh_t where h_t &gt; 0: what reaches W_xh, W_hh and the biases</source>
        <translation>dL/da_t = dL/dh_t（在 h_t &gt; 0 处）：到达 W_xh、W_hh 和偏置的梯度</translation>
    </message>
    <message>
        <source>dL/da_t = dL/dh_t ⊙ (1 − h_t²): what reaches W_xh, W_hh and the biases</source>
        <translation>dL/da_t = dL/dh_t ⊙ (1 − h_t²)：到达 W_xh、W_hh 和偏置的梯度</translation>
    </message>
    <message>
        <source>the decoder starts from the encoder&apos;s final state: h_0 and c_0 of the decoder = h_n and c_n of the encoder, layer by layer</source>
        <translation>解码器从编码器的最终状态开始：逐层地，解码器的 h_0 和 c_0 = 编码器的 h_n 和 c_n</translation>
    </message>
    <message>
        <source>the decoder starts from the encoder&apos;s final state: h_0 of the decoder = h_n of the encoder, layer by layer</source>
        <translation>解码器从编码器的最终状态开始：逐层地，解码器的 h_0 = 编码器的 h_n</translation>
    </message>
    <message>
        <source>across the context: the decoder&apos;s dL/dh_0 and dL/dc_0 are what reaches the encoder&apos;s h_n and c_n</source>
        <translation>经过上下文：解码器的 dL/dh_0 和 dL/dc_0 就是到达编码器 h_n 和 c_n 的梯度</translation>
    </message>
    <message>
        <source>across the context: the decoder&apos;s dL/dh_0 is what reaches the encoder&apos;s h_n</source>
        <translation>经过上下文：解码器的 dL/dh_0 就是到达编码器 h_n 的梯度</translation>
    </message>
</context>
<context>
    <name>rnnlab::Timeline</name>
    <message>
        <source>The step whose network the views show: drag the timeline to rewind</source>
        <translation>各视图显示的是哪一步的网络：拖动时间线即可回退</translation>
    </message>
    <message>
        <source>Resume from here</source>
        <translation>从此处继续</translation>
    </message>
    <message>
        <source>Continue training from the step shown: the steps after it are replaced</source>
        <translation>从显示的这一步继续训练：它之后的步将被替换</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>Back to the latest training step (End)</source>
        <translation>回到最新的训练步（End）</translation>
    </message>
    <message>
        <source>every %1 step kept (full speed)</source>
        <extracomment>%1 is an ordinal from ordinal() (&quot;4th&quot;): every 4th training step is kept.</extracomment>
        <translation>每 %1 步保留一步（全速）</translation>
    </message>
    <message>
        <source>Training at full speed, a copy of every step would cost more than %2% of its time, so every %1 step is kept (within the memory budget). Older steps are recomputed exactly from the kept step before them: trained again, the same numbers bit for bit</source>
        <extracomment>%1 is an ordinal (&quot;4th&quot;), %2 a percentage of the training time.</extracomment>
        <translation>全速训练时，保存每一步的副本会占用超过 %2% 的训练时间，所以每 %1 步保留一步（在内存预算之内）。更早的步由它之前保留的那一步精确重算：重新训练，得到逐位相同的数值</translation>
    </message>
    <message>
        <source>memory budget: every %1 step kept</source>
        <extracomment>%1 is an ordinal (&quot;4th&quot;): every 4th training step is kept.</extracomment>
        <translation>内存预算：每 %1 步保留一步</translation>
    </message>
    <message>
        <source>Older steps recomputed exactly from every %1 kept step (memory budget): the steps in between are trained again from the kept step before them, which gives the same numbers bit for bit</source>
        <extracomment>%1 is an ordinal (&quot;4th&quot;).</extracomment>
        <translation>更早的步由每 %1 步保留的一步精确重算（内存预算）：中间的步从它们之前保留的那一步重新训练，得到逐位相同的数值</translation>
    </message>
    <message>
        <source>Training step %1 of %2
(rewound)</source>
        <translation>训练步 %1 / %2
（已回退）</translation>
    </message>
    <message>
        <source>Training step %1
(latest)</source>
        <translation>训练步 %1
（最新）</translation>
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
        <translation>张量 %1 的元素 %2</translation>
    </message>
    <message>
        <source>Edited by hand after step %1: %2 from %3 to %4</source>
        <extracomment>%1 training step, %2 the weight&apos;s name, %3 and %4 its values before and after.</extracomment>
        <translation>第 %1 步之后手动修改：%2 从 %3 改为 %4</translation>
    </message>
    <message>
        <source>Training timeline</source>
        <translation>训练时间线</translation>
    </message>
    <message>
        <source>Step %1 — loss %2</source>
        <extracomment>%1 training step, %2 its loss.</extracomment>
        <translation>第 %1 步 — 损失 %2</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <source>Click or drag to see the network as it was after this step.</source>
        <translation>点击或拖动，查看这一步之后的网络。</translation>
    </message>
    <message>
        <source>Older steps are recomputed exactly from every %1 kept step (training at full speed).</source>
        <extracomment>%1 is an ordinal (&quot;4th&quot;).</extracomment>
        <translation>更早的步由每 %1 步保留的一步精确重算（全速训练）。</translation>
    </message>
    <message>
        <source>Older steps are recomputed exactly from every %1 kept step (memory budget).</source>
        <translation>更早的步由每 %1 步保留的一步精确重算（内存预算）。</translation>
    </message>
</context>
<context>
    <name>rnnlab::TrainingControls</name>
    <message>
        <source>&amp;Play</source>
        <translation>开始训练(&amp;P)</translation>
    </message>
    <message>
        <source>One training &amp;step</source>
        <translation>训练一步(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>重置(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source> Speed </source>
        <translation> 速度 </translation>
    </message>
    <message>
        <source>From one step per second (to follow along) to as fast as possible</source>
        <translation>从每秒一步（便于跟上）到尽可能快</translation>
    </message>
</context>
<context>
    <name>rnnlab::TranslationAccessible</name>
    <message>
        <source>Translation graph</source>
        <translation>翻译图</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>第 %1 步</translation>
    </message>
</context>
<context>
    <name>rnnlab::TranslationGraph</name>
    <message>
        <source>No translation to draw yet</source>
        <translation>还没有可绘制的翻译</translation>
    </message>
    <message>
        <source>Encoder (encoder): reads the source</source>
        <translation>编码器（encoder）：读入源序列</translation>
    </message>
    <message>
        <source>context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>decoder</source>
        <translation>解码器</translation>
    </message>
    <message>
        <source>encoder</source>
        <translation>编码器</translation>
    </message>
    <message>
        <source>h_%1[%2] of the %3, layer %4</source>
        <translation>%3的 h_%1[%2]，第 %4 层</translation>
    </message>
    <message>
        <source>context, layer %1, unit %2: the encoder&apos;s last h, the decoder&apos;s h_0</source>
        <translation>上下文，第 %1 层，单元 %2：编码器最后的 h，即解码器的 h_0</translation>
    </message>
    <message>
        <source>x_%1[%2] of the %3 (one-hot)</source>
        <translation>%3的 x_%1[%2]（one-hot）</translation>
    </message>
    <message>
        <source>p_%1(%2): the probability of this target token</source>
        <translation>p_%1(%2)：该目标词元的概率</translation>
    </message>
    <message>
        <source>Decoder (decoder) and fc, translating (greedy): its own previous output in</source>
        <translation>解码器（decoder）和 fc，翻译（贪心）：输入自己上一步的输出</translation>
    </message>
    <message>
        <source>Decoder (decoder) and fc, teacher forcing: the previous target token in</source>
        <translation>解码器（decoder）和 fc，教师强制：输入上一个目标词元</translation>
    </message>
    <message>
        <source>decoder (greedy)</source>
        <translation>解码器（贪心）</translation>
    </message>
    <message>
        <source>the greedy translation&apos;s output</source>
        <translation>贪心翻译的输出</translation>
    </message>
    <message>
        <source>the argmax (teacher forcing)</source>
        <translation>argmax（教师强制）</translation>
    </message>
    <message>
        <source>y_%1: %2 is %3, the target ✓</source>
        <translation>y_%1：%2是 %3，与目标一致 ✓</translation>
    </message>
    <message>
        <source>y_%1: %2 is %3, the target is %4 ✗</source>
        <translation>y_%1：%2是 %3，目标是 %4 ✗</translation>
    </message>
    <message>
        <source>y_%1: %2 is %3, past the target&apos;s &lt;eos&gt; ✗</source>
        <translation>y_%1：%2是 %3，已超出目标的 &lt;eos&gt; ✗</translation>
    </message>
</context>
<context>
    <name>rnnlab::WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export figure</source>
        <translation>导出图形(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <source>Train continuously at the chosen speed (Space)</source>
        <translation>以所选速度持续训练（空格）</translation>
    </message>
    <message>
        <source>Pause training (Space)</source>
        <translation>暂停训练（空格）</translation>
    </message>
    <message>
        <source>One optimizer step: forward, loss, backward through time, update (Ctrl+→)</source>
        <translation>一次优化器步骤：前向、损失、随时间反向传播、更新（Ctrl+→）</translation>
    </message>
    <message>
        <source>Back to the initial weights of the seed, step 0 (Ctrl+R)</source>
        <translation>回到随机种子生成的初始权重，第 0 步（Ctrl+R）</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo weight edit</source>
        <translation>撤销权重编辑(&amp;U)</translation>
    </message>
    <message>
        <source>Take back the last weight set by hand; the weights are bit for bit what they were (Ctrl+Z)</source>
        <translation>撤销最后一次手动设置的权重；权重与之前逐位相同（Ctrl+Z）</translation>
    </message>
    <message>
        <source>&amp;Redo weight edit</source>
        <translation>重做权重编辑(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;What if W_hh = 0?</source>
        <translation>如果 W_hh = 0？(&amp;W)</translation>
    </message>
    <message>
        <source>Show the network without its memory: the predictions it can still make, and the ones it cannot (training is not affected) (Ctrl+M)</source>
        <translation>显示没有记忆的网络：它仍能做出的预测，以及做不到的预测（不影响训练）（Ctrl+M）</translation>
    </message>
    <message>
        <source>&amp;Step by hand</source>
        <translation>手算(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Later time step</source>
        <translation>后一个时间步(&amp;L)</translation>
    </message>
    <message>
        <source>One time step to the right, in the forward walk and back through time: x_t enters, W_xh x_t and W_hh h_{t−1} add up, the activation squashes, y_t picks a character (→)</source>
        <translation>向右一个时间步，用于前向演示和随时间反向传播：x_t 输入，W_xh x_t 与 W_hh h_{t−1} 相加，激活函数压缩，y_t 选出一个字符（→）</translation>
    </message>
    <message>
        <source>&amp;Earlier time step</source>
        <translation>前一个时间步(&amp;E)</translation>
    </message>
    <message>
        <source>One time step to the left, in the forward walk and back through time (←)</source>
        <translation>向左一个时间步，用于前向演示和随时间反向传播（←）</translation>
    </message>
    <message>
        <source>&amp;Next phase</source>
        <translation>下一阶段(&amp;N)</translation>
    </message>
    <message>
        <source>One part of the computation further (Shift+→)</source>
        <translation>计算向前推进一部分（Shift+→）</translation>
    </message>
    <message>
        <source>&amp;Previous phase</source>
        <translation>上一阶段(&amp;P)</translation>
    </message>
    <message>
        <source>One part of the computation back (Shift+←)</source>
        <translation>计算后退一部分（Shift+←）</translation>
    </message>
    <message>
        <source>&amp;Back through time</source>
        <translation>随时间反向传播(&amp;B)</translation>
    </message>
    <message>
        <source>The gradient from the last time step back to the first: dL/dh_t and where it fades (B; again: one time step further back)</source>
        <translation>从最后一个时间步到第一个时间步的梯度：dL/dh_t 及其在何处衰减（B；再按：再往前一个时间步）</translation>
    </message>
    <message>
        <source>&amp;Training step in parts</source>
        <translation>分步执行训练步(&amp;T)</translation>
    </message>
    <message>
        <source>Forward, loss, backward, update — each shown before the next (Ctrl+Shift+→)</source>
        <translation>前向、损失、反向、更新——逐一展示（Ctrl+Shift+→）</translation>
    </message>
    <message>
        <source>Lea&amp;ve the walk</source>
        <translation>退出逐步演示(&amp;V)</translation>
    </message>
    <message>
        <source>Show the whole pass again (Esc)</source>
        <translation>重新显示完整的传播过程（Esc）</translation>
    </message>
    <message>
        <source>&amp;Walk layer by layer</source>
        <translation>逐层推进(&amp;W)</translation>
    </message>
    <message>
        <source>Stacked layers: walk layer 1 over all of time, then layer 2 — how PyTorch computes it — instead of every layer at t, then t+1. The numbers are the same either way (L)</source>
        <translation>堆叠层：先遍历第 1 层的所有时间步，再遍历第 2 层——即 PyTorch 的计算顺序——而不是先算 t 时刻的每一层再算 t+1。两种方式的数值相同（L）</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Fold</source>
        <translation>折叠(&amp;F)</translation>
    </message>
    <message>
        <source>Fold the unrolled graph into one cell with its W_hh loop, or unfold it over time (F)</source>
        <translation>把展开的图折叠成一个带 W_hh 环路的单元，或按时间展开（F）</translation>
    </message>
    <message>
        <source>Un&amp;fold</source>
        <translation>展开(&amp;F)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Larger cells, same text size (Ctrl++, or Ctrl+wheel)</source>
        <translation>单元更大，文字大小不变（Ctrl++ 或 Ctrl+滚轮）</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Smaller cells, down to fit-to-window (Ctrl+−)</source>
        <translation>单元更小，最小到适应窗口（Ctrl+−）</translation>
    </message>
    <message>
        <source>Fit to &amp;window</source>
        <translation>适应窗口(&amp;W)</translation>
    </message>
    <message>
        <source>Show the whole graph (Ctrl+0); Ctrl+wheel zooms, dragging pans</source>
        <translation>显示整个图（Ctrl+0）；Ctrl+滚轮缩放，拖动平移</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen, large type, only the graph, the equations and the play controls (F11)</source>
        <translation>全屏、大字号，只显示图、方程和播放控件（F11）</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Open the lesson</source>
        <translation>打开课程(&amp;O)</translation>
    </message>
    <message>
        <source>The lecture step by step, with the app set up for each step (F9)</source>
        <translation>逐步讲解课程内容，每一步自动设置好应用（F9）</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>上一步(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>rnnlab &amp;Handbook</source>
        <translation>rnnlab 手册(&amp;H)</translation>
    </message>
    <message>
        <source>The tour of the window, the walk by hand and the classroom tools (F1)</source>
        <translation>窗口导览、手算演示和课堂工具（F1）</translation>
    </message>
    <message>
        <source>&amp;Notation</source>
        <translation>符号说明(&amp;N)</translation>
    </message>
    <message>
        <source>The lecture&apos;s symbols, PyTorch&apos;s names and rnnlab&apos;s, side by side</source>
        <translation>课上的符号、PyTorch 的名称与 rnnlab 的名称对照</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About rnnlab</source>
        <translation>关于 rnnlab(&amp;A)</translation>
    </message>
    <message>
        <source>About rnnlab</source>
        <translation>关于 rnnlab</translation>
    </message>
    <message>
        <source>&lt;h3&gt;rnnlab %1&lt;/h3&gt;&lt;p&gt;Recurrent neural networks, shown at work.&lt;/p&gt;&lt;p&gt;Its numbers are the ones PyTorch 1.13 computes for the same model: the same initial weights from the same seed and each Adam or SGD step from the same gradients, bit for bit; the forward pass, the losses and the gradients in float32, to its last digits (losses within 10&lt;sup&gt;−6&lt;/sup&gt; over the first ten steps).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;rnnlab %1&lt;/h3&gt;&lt;p&gt;让循环神经网络的工作过程看得见。&lt;/p&gt;&lt;p&gt;它的数值与 PyTorch 1.13 对同一模型的计算结果一致：同一随机种子得到相同的初始权重，相同的梯度得到相同的每个 Adam 或 SGD 步，逐位一致；前向传播、损失和梯度以 float32 计算，一致到最后几位（前十步的损失误差在 10&lt;sup&gt;−6&lt;/sup&gt; 以内）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Import series from &amp;CSV…</source>
        <translation>从 CSV 导入序列(&amp;C)…</translation>
    </message>
    <message>
        <source>A CSV file&apos;s columns as the features of a time series, in Model and data</source>
        <translation>将 CSV 文件的各列作为时间序列的特征，导入“模型与数据”</translation>
    </message>
    <message>
        <source>Reduce &amp;motion</source>
        <translation>减弱动态效果(&amp;M)</translation>
    </message>
    <message>
        <source>Fold and unfold at once, without the animation; no animated menus or docks. Training and the walk by hand still play, one step at a time</source>
        <translation>立即折叠和展开，不播放动画；菜单和停靠窗口也不带动画。训练和手算仍照常播放，每次一步</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Analyze</name>
    <message>
        <source>--span: &quot;%1&quot; is not a span: give A:B, the time steps A to B − 1 of the first text (0-based), e.g. --span 2:5</source>
        <translation>--span：“%1” 不是区间：请给出 A:B，即第一条文本的时间步 A 到 B − 1（从 0 开始），例如 --span 2:5</translation>
    </message>
    <message>
        <source>Write what a network remembers as JSON, for one layer (default: the top one):
  influence  [text][t][s], s = 0…t: ‖∂ log softmax(y_t)[target_t] / ∂x_s‖₂, how much each earlier one-hot input x_s drives step t&apos;s log-probability of its target (the engine&apos;s BPTT from that one term; a step without a target, a classifier&apos;s before its last, has an empty row);
  pca        mean [H], components [2][H] (the first two right singular vectors of the centred states, every step of every text as rows; each flipped so that its largest entry is positive), explained_variance_ratio [2], points [rows][2];
  units      values [text][t][H], and with --span the units ranked by |mean inside − mean outside| / pooled standard deviation.

  rnnlab-cli analyze hello.json -o memory.json
  rnnlab-cli analyze SESSION.json --steps 100 --layer 0 --span 2:5 -o memory.json

Exit status: 0 done; 1 a training step was refused or the file could not be written; 2 bad input.</source>
        <translation>把网络记住的内容写成 JSON，针对某一层（默认：最顶层）：
  influence  [text][t][s]，s = 0…t：‖∂ log softmax(y_t)[target_t] / ∂x_s‖₂，即每个更早的 one-hot 输入 x_s 对第 t 步目标对数概率的影响大小（引擎只从这一项做 BPTT；没有目标的步，如分类器最后一步之前的步，为空行）；
  pca        mean [H]，components [2][H]（中心化状态的前两个右奇异向量，所有文本的每一步作为行；每个都翻转符号使其最大分量为正），explained_variance_ratio [2]，points [rows][2]；
  units      values [text][t][H]，给出 --span 时还按 |区间内均值 − 区间外均值| / 合并标准差 对单元排序。

  rnnlab-cli analyze hello.json -o memory.json
  rnnlab-cli analyze SESSION.json --steps 100 --layer 0 --span 2:5 -o memory.json

退出状态：0 完成；1 某个训练步被拒绝或文件无法写入；2 输入有误。</translation>
    </message>
    <message>
        <source>A session file (.rnnlab or .json).</source>
        <translation>会话文件（.rnnlab 或 .json）。</translation>
    </message>
    <message>
        <source>Train this many steps first (default 0: the session&apos;s weights as they are).</source>
        <translation>先训练这么多步（默认 0：直接使用会话中的权重）。</translation>
    </message>
    <message>
        <source>The layer whose states are analysed, 0 = the bottom (default: the top one). The influence is always of the network&apos;s input.</source>
        <translation>分析哪一层的状态，0 = 最底层（默认：最顶层）。影响总是针对网络的输入。</translation>
    </message>
    <message>
        <source>h (default), or c: an LSTM&apos;s cell state.</source>
        <translation>h（默认），或 c：LSTM 的单元状态。</translation>
    </message>
    <message>
        <source>Rank the units for time steps A to B − 1 of the first text (0-based) against every other step.</source>
        <translation>将第一条文本的时间步 A 到 B − 1（从 0 开始）与其他所有步对比，给单元排序。</translation>
    </message>
    <message>
        <source>Write the JSON here (required).</source>
        <translation>JSON 写到这里（必需）。</translation>
    </message>
    <message>
        <source>--state c: only an LSTM has a cell state c, and this session&apos;s cell is %1: use --state h</source>
        <translation>--state c：只有 LSTM 才有单元状态 c，而此会话的单元是 %1：请使用 --state h</translation>
    </message>
    <message>
        <source>--state: &quot;%1&quot; is neither h (the hidden state) nor c (an LSTM&apos;s cell state)</source>
        <translation>--state：“%1” 既不是 h（隐藏状态）也不是 c（LSTM 的单元状态）</translation>
    </message>
    <message>
        <source>give the file to write with -o OUT.json</source>
        <translation>请用 -o OUT.json 给出要写入的文件</translation>
    </message>
    <message>
        <source>cannot write %1: the analysis holds a number that is not finite (inf or nan), which JSON cannot hold; nothing was written</source>
        <translation>无法写入 %1：分析结果中有非有限数（inf 或 nan），JSON 无法表示；未写入任何内容</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Bench</name>
    <message>
        <source>Train as fast as possible on one thread (after a warm-up) and print one JSON object with &quot;steps_per_s&quot; and &quot;ms_per_step&quot;. Without a session: the lecture&apos;s example.

  rnnlab-cli bench
  rnnlab-cli bench ../shared/bench/rnn_tanh_h128_l2_text200.json --seconds 5</source>
        <translation>在单个线程上尽可能快地训练（先预热），输出一个包含 &quot;steps_per_s&quot; 和 &quot;ms_per_step&quot; 的 JSON 对象。未给出会话时：使用课上的例子。

  rnnlab-cli bench
  rnnlab-cli bench ../shared/bench/rnn_tanh_h128_l2_text200.json --seconds 5</translation>
    </message>
    <message>
        <source>How long to measure (default 3).</source>
        <translation>测量多长时间（默认 3）。</translation>
    </message>
    <message>
        <source>Seconds of training before measuring (default 0.5).</source>
        <translation>测量前先训练的秒数（默认 0.5）。</translation>
    </message>
    <message>
        <source>--%1: %2 is out of range: it must be between 0 and 3600</source>
        <translation>--%1：%2 超出范围：必须在 0 到 3600 之间</translation>
    </message>
    <message>
        <source>--seconds: must be more than 0</source>
        <translation>--seconds：必须大于 0</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Check</name>
    <message>
        <source>Validate a session and describe it; exit status 2 with a message per problem when it is not valid.</source>
        <translation>验证会话并描述它；无效时退出状态为 2，每个问题给出一条消息。</translation>
    </message>
    <message numerus="yes">
        <source>model: %1, hidden size %2, %3, %4; %n parameters</source>
        <extracomment>%1 the cell (rnn_tanh, lstm, …), %2 the hidden size, %3 &quot;1 layer&quot; or &quot;2 layers&quot;, %4 &quot;with an output layer&quot; or &quot;no output layer&quot;, %n the parameters.</extracomment>
        <translation>
            <numerusform>模型：%1，隐藏层大小 %2，%3，%4；%n 个参数</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>source vocabulary: %1 (%n characters); target tokens: &lt;sos&gt;, &lt;eos&gt;, %2 (%3)</source>
        <extracomment>%1 the source characters, %n how many; %2 the target characters, %3 how many tokens in all.</extracomment>
        <translation>
            <numerusform>源词表：%1（%n 个字符）；目标词元：&lt;sos&gt;、&lt;eos&gt;、%2（%3）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>data: %n pairs (translate: an encoder–decoder, CrossEntropyLoss over every decoder step)</source>
        <translation>
            <numerusform>数据：%n 个样本对（translate：编码器–解码器，对每个解码器步计算 CrossEntropyLoss）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>vocabulary: %1 (%n characters)</source>
        <translation>
            <numerusform>词表：%1（%n 个字符）</numerusform>
        </translation>
    </message>
    <message>
        <source>data: %1 series of %2, %3 time steps in all (forecast: the next value, MSELoss); %4 test series</source>
        <extracomment>%1 how many series, %2 &quot;1 feature&quot; or &quot;3 features&quot;, %3 the time steps, %4 how many test series.</extracomment>
        <translation>数据：%1 个序列，%2，共 %3 个时间步（forecast：预测下一个值，MSELoss）；%4 个测试序列</translation>
    </message>
    <message>
        <source>1 feature</source>
        <translation>1 个特征</translation>
    </message>
    <message numerus="yes">
        <source>%n features</source>
        <translation>
            <numerusform>%n 个特征</numerusform>
        </translation>
    </message>
    <message>
        <source>data: %1, %2 time steps in all, one label each (classify) from %3 classes: %4</source>
        <extracomment>%1 &quot;1 text&quot; or &quot;3 texts&quot;, %2 the time steps, %3 how many classes, %4 the classes&apos; names.</extracomment>
        <translation>数据：%1，共 %2 个时间步，每条一个标签（classify），共 %3 个类别：%4</translation>
    </message>
    <message>
        <source>data: %1, %2 time steps in all</source>
        <extracomment>%1 &quot;1 text&quot; or &quot;3 texts&quot;, %2 the time steps.</extracomment>
        <translation>数据：%1，共 %2 个时间步</translation>
    </message>
    <message>
        <source>no clipping</source>
        <translation>不裁剪</translation>
    </message>
    <message numerus="yes">
        <source>training: %1, %2, seed %3, %n steps</source>
        <extracomment>%1 the optimizer and its settings (&quot;adam lr 0.01&quot;), %2 &quot;clip_grad_norm 1&quot; or &quot;no clipping&quot;, %3 the seed, %n the session&apos;s training steps.</extracomment>
        <translation>
            <numerusform>训练：%1，%2，随机种子 %3，%n 步</numerusform>
        </translation>
    </message>
    <message>
        <source>weights: from the file</source>
        <translation>权重：来自文件</translation>
    </message>
    <message>
        <source>weights: initialized from the seed</source>
        <translation>权重：由随机种子初始化</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Common</name>
    <message>
        <source>1 layer</source>
        <translation>1 层</translation>
    </message>
    <message numerus="yes">
        <source>%n layers</source>
        <translation>
            <numerusform>%n 层</numerusform>
        </translation>
    </message>
    <message>
        <source>1 text</source>
        <translation>1 条文本</translation>
    </message>
    <message numerus="yes">
        <source>%n texts</source>
        <translation>
            <numerusform>%n 条文本</numerusform>
        </translation>
    </message>
    <message>
        <source>with an output layer</source>
        <translation>带输出层</translation>
    </message>
    <message>
        <source>no output layer</source>
        <translation>无输出层</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a whole number</source>
        <translation>--%1：“%2” 不是整数</translation>
    </message>
    <message>
        <source>--%1: %2 is out of range: it must be between %3 and %4</source>
        <translation>--%1：%2 超出范围：必须在 %3 到 %4 之间</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a finite number</source>
        <translation>--%1：“%2” 不是有限数</translation>
    </message>
    <message>
        <source>--%1: the file name is empty: give the file to write</source>
        <translation>--%1：文件名为空：请给出要写入的文件</translation>
    </message>
    <message>
        <source>give the session file to write: -o OUT.json</source>
        <translation>请给出要写入的会话文件：-o OUT.json</translation>
    </message>
    <message>
        <source>%1 exists: choose another name with -o, or --force to replace it</source>
        <translation>%1 已存在：请用 -o 另选文件名，或用 --force 替换它</translation>
    </message>
    <message>
        <source>%1 (see %2 --help)</source>
        <translation>%1（参见 %2 --help）</translation>
    </message>
    <message>
        <source>A session file (.json).</source>
        <translation>会话文件（.json）。</translation>
    </message>
    <message>
        <source>A training text instead of a session file (repeat for several texts); the lecture&apos;s settings apply unless overridden.</source>
        <translation>用一条训练文本代替会话文件（可重复给出多条）；除非另行指定，使用课上的设置。</translation>
    </message>
    <message>
        <source>With --text: the class of that text (repeat, one per --text, in order); makes it a many-to-one classifier (task &quot;classify&quot;).</source>
        <translation>与 --text 配合：该文本的类别（可重复，每个 --text 一个，按顺序）；使其成为多对一分类器（任务 &quot;classify&quot;）。</translation>
    </message>
    <message>
        <source>Hidden units (with --text, default: the vocabulary size).</source>
        <translation>隐藏单元数（与 --text 配合时默认：词表大小）。</translation>
    </message>
    <message>
        <source>rnn_tanh, rnn_relu, lstm or gru.</source>
        <translation>rnn_tanh、rnn_relu、lstm 或 gru。</translation>
    </message>
    <message>
        <source>Stacked layers, 1-8.</source>
        <translation>堆叠层数，1-8。</translation>
    </message>
    <message>
        <source>Add nn.Linear(H, V) on the top layer: on or off.</source>
        <translation>在顶层上加 nn.Linear(H, V)：on 或 off。</translation>
    </message>
    <message>
        <source>adam or sgd.</source>
        <translation>adam 或 sgd。</translation>
    </message>
    <message>
        <source>Learning rate.</source>
        <translation>学习率。</translation>
    </message>
    <message>
        <source>SGD momentum.</source>
        <translation>SGD 动量。</translation>
    </message>
    <message>
        <source>clip_grad_norm_ limit, or &quot;none&quot;.</source>
        <translation>clip_grad_norm_ 阈值，或 &quot;none&quot;。</translation>
    </message>
    <message>
        <source>torch.manual_seed for the initial weights.</source>
        <translation>用于初始权重的 torch.manual_seed。</translation>
    </message>
    <message>
        <source>--cell: &quot;%1&quot; is not a cell type: use rnn_tanh, rnn_relu, lstm or gru</source>
        <translation>--cell：“%1” 不是单元类型：请使用 rnn_tanh、rnn_relu、lstm 或 gru</translation>
    </message>
    <message>
        <source>--output-layer: &quot;%1&quot; is neither on nor off</source>
        <translation>--output-layer：“%1” 既不是 on 也不是 off</translation>
    </message>
    <message>
        <source>--optimizer: &quot;%1&quot; is not an optimizer: use adam or sgd</source>
        <translation>--optimizer：“%1” 不是优化器：请使用 adam 或 sgd</translation>
    </message>
    <message>
        <source>give one session file, not %1 (%2)</source>
        <translation>请给出一个会话文件，而不是 %1 个（%2）</translation>
    </message>
    <message>
        <source>give a session file or --text, not both</source>
        <translation>请给出会话文件或 --text，不能同时给出</translation>
    </message>
    <message>
        <source>give a session file (SESSION.json) or a text (--text hello); see --help</source>
        <translation>请给出会话文件（SESSION.json）或文本（--text hello）；参见 --help</translation>
    </message>
    <message>
        <source>--label goes with --text; a session file gives its labels in data.labels</source>
        <translation>--label 与 --text 配合使用；会话文件的标签在 data.labels 中给出</translation>
    </message>
    <message>
        <source>note: momentum %1 is ignored: it applies to sgd; Adam&apos;s betas are (0.9, 0.999)</source>
        <translation>注意：动量 %1 被忽略：它只用于 sgd；Adam 的 betas 为 (0.9, 0.999)</translation>
    </message>
    <message>
        <source> (on the command line: --output-layer on, or --hidden-size %1)</source>
        <extracomment>After &quot;… or set model.output_layer to true&quot;; %1 the hidden size the data needs.</extracomment>
        <translation> （命令行中：--output-layer on，或 --hidden-size %1）</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Compare</name>
    <message>
        <source>Train two or three sessions side by side — each its own model (cell, layers, hidden size, output layer, seed), all on the same texts with the same optimizer settings — and print compare mode&apos;s summary table: parameters, the step, its loss, the first step at which every prediction was right, the time per step and the steps per second. The losses and steps are exactly what `rnnlab-cli train SESSION --steps N` prints for each session.

  rnnlab-cli compare one-layer.json two-layers.json --steps 30
  rnnlab-cli compare --preset cells

Exit status: 0 done; 1 a model&apos;s step was refused (the table shows where it stopped); 2 bad input (the sessions do not share texts or optimizer settings, or an option is wrong).</source>
        <translation>并排训练两三个会话——每个有自己的模型（单元、层数、隐藏层大小、输出层、随机种子），都在相同的文本上、用相同的优化器设置——并输出比较模式的汇总表：参数数量、训练步、该步的损失、所有预测首次全部正确的步、每步耗时和每秒步数。损失和步数与 `rnnlab-cli train SESSION --steps N` 对每个会话的输出完全相同。

  rnnlab-cli compare one-layer.json two-layers.json --steps 30
  rnnlab-cli compare --preset cells

退出状态：0 完成；1 某个模型的训练步被拒绝（表中显示在哪里停止）；2 输入有误（会话的文本或优化器设置不一致，或某个选项有误）。</translation>
    </message>
    <message>
        <source>Two or three session files (.json).</source>
        <translation>两三个会话文件（.json）。</translation>
    </message>
    <message>
        <source>Training steps for every model (default: the sessions&apos; &quot;steps&quot;, which must then agree).</source>
        <translation>每个模型的训练步数（默认：会话中的 &quot;steps&quot;，此时各会话必须一致）。</translation>
    </message>
    <message>
        <source>Instead of session files: &quot;layers&quot; (1 layer vs 2 layers on hello) or &quot;cells&quot; (rnn_tanh vs lstm vs gru on a 40-character text).</source>
        <translation>代替会话文件：&quot;layers&quot;（hello 上 1 层对比 2 层）或 &quot;cells&quot;（40 个字符的文本上 rnn_tanh 对比 lstm 对比 gru）。</translation>
    </message>
    <message>
        <source>give session files or --preset, not both</source>
        <translation>请给出会话文件或 --preset，不能同时给出</translation>
    </message>
    <message>
        <source>--preset: &quot;%1&quot; is not a preset: use layers or cells</source>
        <translation>--preset：“%1” 不是预设：请使用 layers 或 cells</translation>
    </message>
    <message>
        <source>give two or three session files to compare, not %1 (see rnnlab-cli compare --help)</source>
        <translation>请给出两三个要比较的会话文件，而不是 %1 个（参见 rnnlab-cli compare --help）</translation>
    </message>
    <message>
        <source>cannot compare these sessions</source>
        <translation>无法比较这些会话</translation>
    </message>
    <message>
        <source>training.steps differs between the sessions (%1): give the number of steps to compare with --steps N</source>
        <translation>各会话的 training.steps 不同（%1）：请用 --steps N 给出要比较的步数</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::ExportPytorch</name>
    <message>
        <source>Write the PyTorch script that builds and trains exactly this session&apos;s model, with its weights and optimizer state loaded: `python3 train.py --steps N` (PyTorch 1.13) continues training where the session stopped and prints the lines `rnnlab-cli train SESSION --steps N` prints.

  rnnlab-cli train --text hello --steps 5 --save hello.rnnlab
  rnnlab-cli export-pytorch hello.rnnlab -o train.py
  /usr/bin/python3 train.py --steps 20</source>
        <translation>写出 PyTorch 脚本，它构建并训练与此会话完全相同的模型，并载入其权重和优化器状态：`python3 train.py --steps N`（PyTorch 1.13）从会话停止处继续训练，输出的行与 `rnnlab-cli train SESSION --steps N` 相同。

  rnnlab-cli train --text hello --steps 5 --save hello.rnnlab
  rnnlab-cli export-pytorch hello.rnnlab -o train.py
  /usr/bin/python3 train.py --steps 20</translation>
    </message>
    <message>
        <source>A session file (.rnnlab or .json).</source>
        <translation>会话文件（.rnnlab 或 .json）。</translation>
    </message>
    <message>
        <source>Write the script here (default: standard output).</source>
        <translation>脚本写到这里（默认：标准输出）。</translation>
    </message>
    <message>
        <source>wrote %1 (continues from step %2: python3 %3 --steps N)</source>
        <translation>已写入 %1（从第 %2 步继续：python3 %3 --steps N）</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Generate</name>
    <message>
        <source>--prime, --temperature and --sample-seed are for texts: a forecast starts from the end of a series (--series K) and feeds back each predicted value</source>
        <translation>--prime、--temperature 和 --sample-seed 用于文本：预报从序列末尾开始（--series K），把每个预测值反馈回去</translation>
    </message>
    <message>
        <source>A session file (.json), usually one written by train --save.</source>
        <translation>会话文件（.json），通常由 train --save 写出。</translation>
    </message>
    <message>
        <source>Train this many steps first (default 0: use the weights as they are).</source>
        <translation>先训练这么多步（默认 0：直接使用现有权重）。</translation>
    </message>
    <message>
        <source>this session is a classifier (task &quot;classify&quot;): it predicts one label per text, not the next character, so it cannot continue a prime; use rnnlab-cli train to see its predictions</source>
        <translation>此会话是分类器（任务 &quot;classify&quot;）：它为每条文本预测一个标签，而不是下一个字符，因此无法延续开头字符串；请用 rnnlab-cli train 查看其预测</translation>
    </message>
    <message>
        <source>note: %1 holds untrained weights (step 0): train it with rnnlab-cli train %1 --save %1 first, or give --steps N</source>
        <extracomment>%1 the session file as typed.</extracomment>
        <translation>注意：%1 中是未训练的权重（第 0 步）：请先用 rnnlab-cli train %1 --save %1 训练，或给出 --steps N</translation>
    </message>
    <message numerus="yes">
        <source>--series %1: this session has %n series (1 … %n)</source>
        <extracomment>%1 the number typed; %n how many series the session has (the last number allowed).</extracomment>
        <translation>
            <numerusform>--series %1：此会话有 %n 个序列（1 … %n）</numerusform>
        </translation>
    </message>
    <message>
        <source>--series %1: this session has %2 training and %3 test series (1 … %4: the test series after the training series)</source>
        <extracomment>%1 the number typed, %2 the training series, %3 the test series, %4 their sum.</extracomment>
        <translation>--series %1：此会话有 %2 个训练序列和 %3 个测试序列（1 … %4：测试序列排在训练序列之后）</translation>
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
        <translation>运行会话的网络，并按其任务输出生成的内容：
  文本（下一个字符）：把 PRIME 输入网络，然后输出它，后接 LENGTH 个字符，每次取概率最高的下一个字符，或按 --temperature 采样的字符；
  时间序列（forecast）：先跑完序列 K，再把每个预测值作为下一个输入反馈回去，输出 LENGTH 个预测点，每行一个（自由运行预报）；
  翻译（translate）：输出每个样本对的源序列（或 PRIME）及其贪心翻译，每行一个。
权重取自文件：请先用 train --save 训练（或给出 --steps N）。

  rnnlab-cli train --text hello --steps 50 --save hello.json
  rnnlab-cli generate hello.json --prime h --length 4
  rnnlab-cli train sine.json --steps 200 --save sine.json
  rnnlab-cli generate sine.json --length 40
  rnnlab-cli generate reverse-words.json --steps 300 --prime hello</translation>
    </message>
    <message>
        <source>Text: the characters to start from (default: the first text&apos;s first). Translation: a source to translate instead of the pairs&apos;.</source>
        <translation>文本：起始字符（默认：第一条文本的第一个字符）。翻译：要翻译的源序列，代替样本对中的源序列。</translation>
    </message>
    <message>
        <source>Text: the characters to generate; time series: the points to predict (at least 1, default 20).</source>
        <translation>文本：要生成的字符数；时间序列：要预测的点数（至少 1，默认 20）。</translation>
    </message>
    <message>
        <source>Text: sample from softmax(logits / T) instead of taking the most probable character.</source>
        <translation>文本：从 softmax(logits / T) 中采样，而不是取概率最高的字符。</translation>
    </message>
    <message>
        <source>Text: the seed of the sampling (default 0).</source>
        <translation>文本：采样的随机种子（默认 0）。</translation>
    </message>
    <message>
        <source>Time series: the series to continue, counted from 1 as the window counts them: the training series, then the test series (default 1).</source>
        <translation>时间序列：要延续的序列，与窗口中一样从 1 开始计数：先是训练序列，然后是测试序列（默认 1）。</translation>
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
        <translation>把在 PyTorch 中训练的模型转换为 rnnlab 会话：STATE.json 是 save_state_dict_json()（export-pytorch 生成的每个脚本中的辅助函数）写出的文件，包含模型的权重，以及保存时的优化器状态，这样 rnnlab 就能显示该模型，并从 PyTorch 停止处继续训练。

  python3 train.py --steps 100 --save-state state.json
  rnnlab-cli import-pytorch state.json -o trained.rnnlab
  rnnlab trained.rnnlab

MODEL.pt 是 torch.save(model.state_dict(), &quot;model.pt&quot;) 为你自己的模型写出的文件：一个 nn.RNN、nn.LSTM 或 nn.GRU，后面可选一个 nn.Linear，名称任意。它只包含权重：请给出文本（--text）、one-hot 顺序（--vocabulary），对于 nn.RNN 还需给出 --cell。

  rnnlab-cli import-pytorch model.pt --text &quot;hello world&quot; --vocabulary &quot; dehlorw&quot; --cell rnn_tanh</translation>
    </message>
    <message>
        <source>The saved state (JSON), or a state_dict saved by torch.save (.pt).</source>
        <translation>保存的状态（JSON），或由 torch.save 保存的 state_dict（.pt）。</translation>
    </message>
    <message>
        <source>The session file to write (default: STATE.rnnlab beside STATE.json). An existing file is not replaced unless --force is given.</source>
        <translation>要写入的会话文件（默认：STATE.json 旁边的 STATE.rnnlab）。除非给出 --force，否则不替换已有文件。</translation>
    </message>
    <message>
        <source>A training text (repeat for several), when the file has none or to replace its own.</source>
        <translation>训练文本（可重复给出多条），用于文件中没有文本或要替换其文本时。</translation>
    </message>
    <message>
        <source>MODEL.pt: the characters in the order of the model&apos;s one-hot inputs (default: the texts&apos; characters in order of first appearance).</source>
        <translation>MODEL.pt：按模型 one-hot 输入顺序排列的字符（默认：文本中的字符，按首次出现的顺序）。</translation>
    </message>
    <message>
        <source>MODEL.pt of an nn.RNN: rnn_tanh or rnn_relu (a state_dict does not record which); LSTM and GRU are told by their shapes.</source>
        <translation>nn.RNN 的 MODEL.pt：rnn_tanh 或 rnn_relu（state_dict 不记录是哪一种）；LSTM 和 GRU 可由形状判断。</translation>
    </message>
    <message>
        <source>Replace OUT if it exists.</source>
        <translation>OUT 已存在时替换它。</translation>
    </message>
    <message>
        <source>give one STATE.json (written by save_state_dict_json) or MODEL.pt (torch.save); see --help</source>
        <translation>请给出一个 STATE.json（由 save_state_dict_json 写出）或 MODEL.pt（torch.save）；参见 --help</translation>
    </message>
    <message>
        <source>--cell: &quot;%1&quot; is not a cell: use rnn_tanh, rnn_relu, lstm or gru</source>
        <translation>--cell：“%1” 不是单元：请使用 rnn_tanh、rnn_relu、lstm 或 gru</translation>
    </message>
    <message>
        <source>--vocabulary and --cell are for a .pt file; a JSON state names its own</source>
        <translation>--vocabulary 和 --cell 用于 .pt 文件；JSON 状态自带这些信息</translation>
    </message>
    <message>
        <source>--text TEXT (once per text)</source>
        <translation>--text TEXT（每条文本一次）</translation>
    </message>
    <message>
        <source>give %1</source>
        <translation>请给出 %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>%1 exists: choose another name with -o, or --force to replace it</source>
        <translation>%1 已存在：请用 -o 另选文件名，或用 --force 替换它</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1: %2, hidden size %3, %4, %5, %6, after %n steps</source>
        <extracomment>%1 the file, %2 the cell (rnn_tanh, lstm, …), %3 the hidden size, %4 &quot;1 layer&quot; or &quot;2 layers&quot;, %5 &quot;with an output layer&quot; or &quot;no output layer&quot;, %6 the optimizer (adam, sgd), %n the steps.</extracomment>
        <translation>
            <numerusform>已写入 %1：%2，隐藏层大小 %3，%4，%5，%6，训练了 %n 步</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Main</name>
    <message>
        <source>Train a session (or --text TEXT) and print one line per step</source>
        <translation>训练会话（或 --text TEXT），每步输出一行</translation>
    </message>
    <message>
        <source>Continue a prime string with a session&apos;s weights</source>
        <translation>用会话的权重延续开头字符串</translation>
    </message>
    <message>
        <source>Measure training speed (steps per second) as JSON</source>
        <translation>以 JSON 测量训练速度（每秒步数）</translation>
    </message>
    <message>
        <source>Validate a session file and describe it</source>
        <translation>验证会话文件并描述它</translation>
    </message>
    <message>
        <source>Train two or three sessions side by side and print a summary table</source>
        <translation>并排训练两三个会话并输出汇总表</translation>
    </message>
    <message>
        <source>Write the PyTorch script that continues training a session</source>
        <translation>写出继续训练会话的 PyTorch 脚本</translation>
    </message>
    <message>
        <source>Turn a state saved by that script&apos;s helper into a session</source>
        <translation>把该脚本辅助函数保存的状态转换为会话</translation>
    </message>
    <message>
        <source>Write what a network remembers (influence, PCA, units) as JSON</source>
        <translation>把网络记住的内容（影响、PCA、单元）写成 JSON</translation>
    </message>
    <message>
        <source>Train for a long run, watching memory, NaNs and step time</source>
        <translation>长时间训练，监视内存、NaN 和每步耗时</translation>
    </message>
    <message>
        <source>Write a time-series session from a generated wave (sine, square, ...)</source>
        <translation>由生成的波形（sine、square 等）写出时间序列会话</translation>
    </message>
    <message>
        <source>Write a translation session from a file of source&lt;Tab&gt;target pairs</source>
        <translation>由 源&lt;Tab&gt;目标 样本对文件写出翻译会话</translation>
    </message>
    <message>
        <source>Usage: rnnlab-cli &lt;command&gt; [options]</source>
        <translation>用法：rnnlab-cli &lt;command&gt; [options]</translation>
    </message>
    <message>
        <source>rnnlab&apos;s engine without the window: the numbers are PyTorch 1.13&apos;s.</source>
        <translation>没有窗口的 rnnlab 引擎：数值与 PyTorch 1.13 相同。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>the lecture&apos;s example</source>
        <translation>课上的例子</translation>
    </message>
    <message>
        <source>a command&apos;s options</source>
        <translation>命令的选项</translation>
    </message>
    <message>
        <source>Every command takes --language CODE (%1); without it, the
window&apos;s View &gt; Language, else the system&apos;s. Numbers stay in the C locale.</source>
        <translation>每个命令都接受 --language CODE（%1）；未给出时使用
窗口中 视图 &gt; 语言 的设置，否则使用系统语言。数字始终使用 C 区域设置。</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>The end of a list: &quot;train, generate, … and soak&quot; (%1: all but the last, %2: the last).</extracomment>
        <translation>%1 和 %2</translation>
    </message>
    <message>
        <source>--language needs a value: %1</source>
        <translation>--language 需要一个值：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command; the commands are %2 (see rnnlab-cli --help)</source>
        <translation>“%1” 不是命令；命令有 %2（参见 rnnlab-cli --help）</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::NewForecast</name>
    <message>
        <source>The session file to write.</source>
        <translation>要写入的会话文件。</translation>
    </message>
    <message>
        <source>sine (default), square, sawtooth, triangle or two_sines.</source>
        <translation>sine（默认）、square、sawtooth、triangle 或 two_sines。</translation>
    </message>
    <message>
        <source>Time steps per period (default 20).</source>
        <translation>每个周期的时间步数（默认 20）。</translation>
    </message>
    <message>
        <source>Default 1.</source>
        <translation>默认 1。</translation>
    </message>
    <message>
        <source>Radians (default 0).</source>
        <translation>弧度（默认 0）。</translation>
    </message>
    <message>
        <source>Points (default 100).</source>
        <translation>点数（默认 100）。</translation>
    </message>
    <message>
        <source>two_sines: the second sine&apos;s period (default 7).</source>
        <translation>two_sines：第二个正弦波的周期（默认 7）。</translation>
    </message>
    <message>
        <source>two_sines: its amplitude (default 0.5).</source>
        <translation>two_sines：它的振幅（默认 0.5）。</translation>
    </message>
    <message>
        <source>Standard deviation of Gaussian noise (default 0).</source>
        <translation>高斯噪声的标准差（默认 0）。</translation>
    </message>
    <message>
        <source>Seed of the noise (default 0).</source>
        <translation>噪声的随机种子（默认 0）。</translation>
    </message>
    <message>
        <source>rnn_tanh, rnn_relu, lstm (default) or gru.</source>
        <translation>rnn_tanh、rnn_relu、lstm（默认）或 gru。</translation>
    </message>
    <message>
        <source>Hidden units (default 16).</source>
        <translation>隐藏单元数（默认 16）。</translation>
    </message>
    <message>
        <source>Stacked layers (default 1).</source>
        <translation>堆叠层数（默认 1）。</translation>
    </message>
    <message>
        <source>Replace OUT if it exists.</source>
        <translation>OUT 已存在时替换它。</translation>
    </message>
    <message>
        <source>--wave: &quot;%1&quot; is not a wave: use sine, square, sawtooth, triangle or two_sines</source>
        <translation>--wave：“%1” 不是波形：请使用 sine、square、sawtooth、triangle 或 two_sines</translation>
    </message>
    <message>
        <source>--cell: &quot;%1&quot; is not a cell type: use rnn_tanh, rnn_relu, lstm or gru</source>
        <translation>--cell：“%1” 不是单元类型：请使用 rnn_tanh、rnn_relu、lstm 或 gru</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not KIND:AT[:LENGTH[:SIZE]] with KIND spike, level_shift or flat (e.g. spike:61:1:3)</source>
        <translation>--%1：“%2” 不是 KIND:AT[:LENGTH[:SIZE]]（KIND 为 spike、level_shift 或 flat）（例如 spike:61:1:3）</translation>
    </message>
    <message>
        <source>--%1 %2: the point %3 is outside the series (1 … %4): AT counts from 1, as the window counts</source>
        <extracomment>%1 the option, %2 its value as typed (spike:500), %3 the point, %4 the series&apos; length.</extracomment>
        <translation>--%1 %2：点 %3 超出序列范围（1 … %4）：AT 与窗口中一样从 1 开始计数</translation>
    </message>
    <message>
        <source>--%1 %2: the point %3 is outside the series (%4 … %5)</source>
        <extracomment>%1 the option, %2 its value as typed (spike:500), %3 the point, %4 … %5 the points of the series.</extracomment>
        <translation>--%1 %2：点 %3 超出序列范围（%4 … %5）</translation>
    </message>
    <message>
        <source>Write a time-series session (task &quot;forecast&quot;): a wave from the signal generator as its training series (and, with --test-anomaly, the same wave with an anomaly as its test series), an LSTM with Linear(H, 1) and MSELoss. The numbers are stored in the session; the generator is recorded beside them.

  rnnlab-cli new-forecast --wave sine --period 20 --length 120 --test-anomaly spike:71:1:2 -o sine.json
  rnnlab-cli train sine.json --steps 200 --save sine.json
  rnnlab-cli generate sine.json --length 40

train changes its file only with --save: without it, generate would use the untrained weights.</source>
        <translation>写出一个时间序列会话（任务 &quot;forecast&quot;）：以信号生成器的波形作为训练序列（若给出 --test-anomaly，则以带异常的同一波形作为测试序列），模型为 LSTM 加 Linear(H, 1)，损失为 MSELoss。数值保存在会话中，生成器也一并记录。

  rnnlab-cli new-forecast --wave sine --period 20 --length 120 --test-anomaly spike:71:1:2 -o sine.json
  rnnlab-cli train sine.json --steps 200 --save sine.json
  rnnlab-cli generate sine.json --length 40

train 只有在给出 --save 时才修改文件：否则 generate 会使用未训练的权重。</translation>
    </message>
    <message>
        <source>An anomaly in the training series: KIND:AT[:LENGTH[:SIZE]], AT the point counted from 1 (as the window&apos;s time axis; e.g. spike:71:1:2).</source>
        <translation>训练序列中的异常：KIND:AT[:LENGTH[:SIZE]]，AT 为从 1 开始计数的点（与窗口的时间轴一致；例如 spike:71:1:2）。</translation>
    </message>
    <message>
        <source>Add a test series: the same wave with this anomaly (e.g. spike:71:1:2: a spike of 2 at point 71, counted from 1).</source>
        <translation>添加测试序列：带此异常的同一波形（例如 spike:71:1:2：在点 71 处（从 1 开始计数）加入大小为 2 的尖峰）。</translation>
    </message>
    <message>
        <source>--length %1: a series needs at least 2 points (one to read, the next to predict)</source>
        <translation>--length %1：一个序列至少需要 2 个点（一个用于读入，下一个用于预测）</translation>
    </message>
    <message>
        <source>--length %1 with --test-anomaly: the training and the test series have %2 points in all, and the limit is %3</source>
        <extracomment>%1 the length typed, %2 the points of both series, %3 the limit.</extracomment>
        <translation>--length %1 与 --test-anomaly：训练序列和测试序列共 %2 个点，而上限为 %3</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1: wave %2, %n points, and a test series with %3</source>
        <extracomment>%1 the file, %2 the wave (sine, square, …), %n its points, %3 the test anomaly as typed (spike:70:1:2).</extracomment>
        <translation>
            <numerusform>已写入 %1：波形 %2，%n 个点，以及带 %3 的测试序列</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %1: wave %2, %n points, no test series (--test-anomaly adds one)</source>
        <extracomment>%1 the file, %2 the wave (sine, square, …), %n its points.</extracomment>
        <translation>
            <numerusform>已写入 %1：波形 %2，%n 个点，无测试序列（--test-anomaly 可添加）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Soak</name>
    <message>
        <source>Train for a long run on one thread and watch resident memory (/proc/self/statm), non-finite losses and the step time. Prints one line per sample, then one JSON object. Exit status 1 when memory grew by more than --max-growth-kib after the warm-up or a step was not finite. Without a session: the lecture&apos;s example.

  rnnlab-cli soak --steps 1000000
  rnnlab-cli soak tests/data/soak/lstm_h128_text500.json --steps 10000</source>
        <translation>在单个线程上长时间训练，监视常驻内存（/proc/self/statm）、非有限损失和每步耗时。每次采样输出一行，最后输出一个 JSON 对象。预热之后内存增长超过 --max-growth-kib，或某一步不是有限值时，退出状态为 1。未给出会话时：使用课上的例子。

  rnnlab-cli soak --steps 1000000
  rnnlab-cli soak tests/data/soak/lstm_h128_text500.json --steps 10000</translation>
    </message>
    <message>
        <source>Training steps (default 1000000).</source>
        <translation>训练步数（默认 1000000）。</translation>
    </message>
    <message>
        <source>Memory and step-time samples over the run (default 100).</source>
        <translation>整个运行中内存和每步耗时的采样次数（默认 100）。</translation>
    </message>
    <message>
        <source>Steps before the reference sample (default: 5% of --steps, at least 1).</source>
        <translation>参考采样之前的步数（默认：--steps 的 5%，至少 1）。</translation>
    </message>
    <message>
        <source>Allowed growth of resident memory after the warm-up, in KiB (default 1024).</source>
        <translation>预热之后允许的常驻内存增长，单位 KiB（默认 1024）。</translation>
    </message>
    <message>
        <source>Only the JSON summary, not the samples.</source>
        <translation>只输出 JSON 汇总，不输出采样。</translation>
    </message>
    <message>
        <source>could not read /proc/self/statm: resident memory was not measured</source>
        <translation>无法读取 /proc/self/statm：未测量常驻内存</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Train</name>
    <message>
        <source>Train a session and print one line per step: the step, the loss and the predicted string of each text, from that step&apos;s forward pass (before the update), as the lecture&apos;s PyTorch loop prints them; for a time series (task &quot;forecast&quot;), the mean absolute error of its predicted next values.

  rnnlab-cli train --text hello                 the lecture&apos;s example (10 steps)
  rnnlab-cli train SESSION.json --steps 200 --save trained.json

Exit status: 0 done; 1 a step was refused (the loss or gradients diverged; the weights of the last good step are kept and saved with --save) or a file could not be written; 2 bad input.</source>
        <translation>训练会话，每步输出一行：训练步、损失和每条文本的预测字符串，取自该步（更新之前）的前向传播，与课上 PyTorch 循环的输出相同；对于时间序列（任务 &quot;forecast&quot;），输出其预测下一个值的平均绝对误差。

  rnnlab-cli train --text hello                 课上的例子（10 步）
  rnnlab-cli train SESSION.json --steps 200 --save trained.json

退出状态：0 完成；1 某一步被拒绝（损失或梯度发散；保留最后一个正常步的权重，并用 --save 保存）或文件无法写入；2 输入有误。</translation>
    </message>
    <message>
        <source>Training steps (default: the session&apos;s &quot;steps&quot;, 10 for --text).</source>
        <translation>训练步数（默认：会话中的 &quot;steps&quot;，--text 时为 10）。</translation>
    </message>
    <message>
        <source>Write the weights, step-1 hidden states, logits and gradients, every step&apos;s loss and predictions, and the final weights as JSON (the goldens&apos; format).</source>
        <translation>把权重、第 1 步的隐藏状态、logits 和梯度、每一步的损失和预测以及最终权重写成 JSON（golden 文件的格式）。</translation>
    </message>
    <message>
        <source>Print only the last step.</source>
        <translation>只输出最后一步。</translation>
    </message>
    <message>
        <source>cannot write %1: the trace holds a number that is not finite (inf or nan), which JSON cannot hold; nothing was written</source>
        <translation>无法写入 %1：轨迹中有非有限数（inf 或 nan），JSON 无法表示；未写入任何内容</translation>
    </message>
    <message>
        <source>Write the trained session: its weights, optimizer state and loss history (the session&apos;s own and this run&apos;s), so that training it continues exactly where this run stopped and rnnlab shows its past. Without it the session file is not changed.</source>
        <translation>写出训练后的会话：包括权重、优化器状态和损失历史（会话原有的和本次运行的），这样继续训练会从本次运行停止处精确接续，rnnlab 也能显示其过程。不加此选项则不修改会话文件。</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Translate</name>
    <message>
        <source>cannot write %1: the trace holds a number that is not finite (inf or nan), which JSON cannot hold; nothing was written</source>
        <translation>无法写入 %1：轨迹中有非有限数（inf 或 nan），JSON 无法表示；未写入任何内容</translation>
    </message>
    <message>
        <source>--prime is empty: give the source to translate</source>
        <translation>--prime 为空：请给出要翻译的源文本</translation>
    </message>
    <message>
        <source>--prime has %1, which is not in the source vocabulary &quot;%2&quot;: a translation reads only those characters</source>
        <extracomment>%1 the character, described by the engine in English (&quot;&apos;x&apos; (U+0078)&quot;).</extracomment>
        <translation>--prime 中有 %1，它不在源词表 “%2” 中：翻译只能读入这些字符</translation>
    </message>
    <message>
        <source>Write a translation session (task &quot;translate&quot;, an encoder-decoder) from a file of pairs, one a line: source&lt;Tab&gt;target in UTF-8 (empty lines are skipped). A line without a tab or a target, with more than one tab, an empty source, or &lt;sos&gt;/&lt;eos&gt; in its text is refused, naming the line. Default model: GRU, 24 hidden units, 1 layer, Adam at 0.02, seed 1, 300 steps (the shipped examples&apos;).

  rnnlab-cli new-translate --pairs words.tsv -o words.json
  rnnlab-cli train words.json --quiet --save trained.json
  rnnlab-cli generate trained.json --prime hello</source>
        <translation>由样本对文件写出翻译会话（任务 &quot;translate&quot;，编码器-解码器），每行一对：源&lt;Tab&gt;目标，UTF-8 编码（跳过空行）。没有制表符或目标、有多个制表符、源为空，或文本中含 &lt;sos&gt;/&lt;eos&gt; 的行会被拒绝，并指出是哪一行。默认模型：GRU，24 个隐藏单元，1 层，Adam 学习率 0.02，随机种子 1，300 步（与自带示例相同）。

  rnnlab-cli new-translate --pairs words.tsv -o words.json
  rnnlab-cli train words.json --quiet --save trained.json
  rnnlab-cli generate trained.json --prime hello</translation>
    </message>
    <message>
        <source>The session file to write.</source>
        <translation>要写入的会话文件。</translation>
    </message>
    <message>
        <source>The pairs: one source&lt;Tab&gt;target a line (UTF-8).</source>
        <translation>样本对：每行一对 源&lt;Tab&gt;目标（UTF-8）。</translation>
    </message>
    <message>
        <source>The encoder&apos;s characters in input order (default: the sources&apos; in order of first use).</source>
        <translation>编码器的字符，按输入顺序（默认：源文本中的字符，按首次出现的顺序）。</translation>
    </message>
    <message>
        <source>The target characters after &lt;sos&gt;, &lt;eos&gt; (default: the targets&apos; in order of first use).</source>
        <translation>&lt;sos&gt;、&lt;eos&gt; 之后的目标字符（默认：目标文本中的字符，按首次出现的顺序）。</translation>
    </message>
    <message>
        <source>The session&apos;s training steps (default 300).</source>
        <translation>会话的训练步数（默认 300）。</translation>
    </message>
    <message>
        <source>Replace OUT if it exists.</source>
        <translation>OUT 已存在时替换它。</translation>
    </message>
    <message>
        <source>Hidden units of the encoder and the decoder (default 24).</source>
        <translation>编码器和解码器的隐藏单元数（默认 24）。</translation>
    </message>
    <message>
        <source>new-translate reads its pairs from --pairs FILE.tsv, not from &quot;%1&quot;</source>
        <translation>new-translate 从 --pairs FILE.tsv 读取样本对，而不是从 “%1”</translation>
    </message>
    <message>
        <source>give the file of pairs: --pairs FILE.tsv (one source&lt;Tab&gt;target a line)</source>
        <translation>请给出样本对文件：--pairs FILE.tsv（每行一对 源&lt;Tab&gt;目标）</translation>
    </message>
    <message>
        <source>%1: there is no pair: each line is one pair, source&lt;Tab&gt;target</source>
        <translation>%1：没有样本对：每行一对，源&lt;Tab&gt;目标</translation>
    </message>
    <message>
        <source>rnnlab-cli %1 does not run a translation session (task &quot;translate&quot;) yet: use rnnlab-cli train (with --trace) or rnnlab-cli generate (with --prime SOURCE)</source>
        <translation>rnnlab-cli %1 还不能运行翻译会话（任务 &quot;translate&quot;）：请使用 rnnlab-cli train（加 --trace）或 rnnlab-cli generate（加 --prime SOURCE）</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1: %n pairs (the first: %2 → %3); train it with rnnlab-cli train %1</source>
        <extracomment>%1 the file written, %n its pairs, %2 → %3 the first pair (source → target).</extracomment>
        <translation>
            <numerusform>已写入 %1：%n 个样本对（第一个：%2 → %3）；用 rnnlab-cli train %1 训练它</numerusform>
        </translation>
    </message>
</context>
</TS>
