<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>GraphCaption</name>
    <message>
        <source>Untrained</source>
        <translation>학습 전</translation>
    </message>
    <message>
        <source>1 training step</source>
        <translation>학습 1스텝</translation>
    </message>
    <message>
        <source>%1 training steps</source>
        <translation>학습 %1스텝</translation>
    </message>
    <message>
        <source>series %1 of %2, </source>
        <translation>시계열 %1/%2, </translation>
    </message>
    <message>
        <source>the outputs are not numbers (NaN): the run diverged</source>
        <translation>출력이 숫자가 아닙니다(NaN): 학습이 발산했습니다</translation>
    </message>
    <message>
        <source>t = %1: x = %2 → y = %3 (next value %4)</source>
        <translation>t = %1: x = %2 → y = %3 (다음 값 %4)</translation>
    </message>
    <message>
        <source>each y_t predicts the next value x_{t+1}</source>
        <translation>각 y_t는 다음 값 x_{t+1}을 예측합니다</translation>
    </message>
    <message>
        <source>W_hh = 0 — </source>
        <translation>W_hh = 0 — </translation>
    </message>
    <message>
        <source>What if W_hh = 0? No memory — </source>
        <translation>W_hh = 0이라면? 기억 없음 — </translation>
    </message>
    <message>
        <source>Untrained (the seed&apos;s initial weights)</source>
        <translation>학습 전 (시드의 초기 가중치)</translation>
    </message>
    <message>
        <source>After 1 training step</source>
        <translation>학습 1스텝 후</translation>
    </message>
    <message>
        <source>After %1 training steps</source>
        <translation>학습 %1스텝 후</translation>
    </message>
    <message>
        <source>Folded. t = %1: ‘%2’ → %3 ‘%4’ %5</source>
        <translation>접힘. t = %1: ‘%2’ → %3 ‘%4’ %5</translation>
    </message>
    <message>
        <source>Folded: one cell, used at every time step. t = %1: ‘%2’ → %3 ‘%4’ %5</source>
        <translation>접힘: 셀 하나를 모든 시점에 사용. t = %1: ‘%2’ → %3 ‘%4’ %5</translation>
    </message>
    <message>
        <source>would say</source>
        <translation>예측(가정)</translation>
    </message>
    <message>
        <source>predicts</source>
        <translation>예측</translation>
    </message>
    <message>
        <source>(not scored)</source>
        <translation>(채점 안 함)</translation>
    </message>
    <message>
        <source>✗ (should be ‘%1’)</source>
        <translation>✗ (정답 ‘%1’)</translation>
    </message>
    <message>
        <source>text %1 of %2, </source>
        <translation>텍스트 %1/%2, </translation>
    </message>
    <message>
        <source>“%1” → %2 %3 (label: %4)</source>
        <translation>“%1” → %2 %3 (레이블: %4)</translation>
    </message>
    <message>
        <source>“%1” → “%2”, %3 of %4 right</source>
        <translation>“%1” → “%2”, %4개 중 %3개 정답</translation>
    </message>
    <message>
        <source> · loss at t = %3: %1 (mean %2)</source>
        <translation> · t = %3에서의 손실: %1 (평균 %2)</translation>
    </message>
    <message>
        <source> · loss %1</source>
        <translation> · 손실 %1</translation>
    </message>
    <message>
        <source>: the outputs are hidden — predict first, then reveal (Lesson)</source>
        <translation>: 출력이 숨겨져 있습니다 — 먼저 예측한 뒤 확인하세요 (수업)</translation>
    </message>
    <message>
        <source>Drawn as %1 — </source>
        <translation>%1(으)로 표시 — </translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>시작하는 중…</translation>
    </message>
    <message>
        <source>gates</source>
        <translation>게이트</translation>
    </message>
    <message>
        <source>test series %1 (never trained on), </source>
        <translation>테스트 시계열 %1 (학습에 사용 안 함), </translation>
    </message>
    <message>
        <source>its MSE %1 (not in the training loss) · mean absolute error %2</source>
        <translation>MSE %1 (학습 손실에 포함 안 됨) · 평균 절대 오차 %2</translation>
    </message>
    <message>
        <source>loss (MSE) %1 · mean absolute error %2</source>
        <translation>손실(MSE) %1 · 평균 절대 오차 %2</translation>
    </message>
    <message>
        <source>y_t: the network&apos;s prediction of the next value</source>
        <translation>y_t: 다음 값에 대한 네트워크의 예측</translation>
    </message>
    <message>
        <source>x_{t+1}: the true next value, its target</source>
        <translation>x_{t+1}: 실제 다음 값, 즉 타깃</translation>
    </message>
    <message>
        <source>test series %1, never trained on · MSE %2</source>
        <translation>테스트 시계열 %1, 학습에 사용 안 함 · MSE %2</translation>
    </message>
    <message>
        <source>test series %1: the outputs are not numbers (NaN)</source>
        <translation>테스트 시계열 %1: 출력이 숫자가 아닙니다(NaN)</translation>
    </message>
    <message>
        <source>training series, </source>
        <translation>학습 시계열, </translation>
    </message>
    <message>
        <source>flagged: error² &gt; threshold</source>
        <translation>표시됨: 오차² &gt; 임곗값</translation>
    </message>
    <message>
        <source>greedy</source>
        <translation>그리디</translation>
    </message>
    <message>
        <source>sampled, temperature %1, seed %2</source>
        <translation>샘플링, 온도 %1, 시드 %2</translation>
    </message>
    <message>
        <source>generating (%1): “%2”</source>
        <translation>생성 중 (%1): “%2”</translation>
    </message>
    <message>
        <source>generating (%1), each pick fed back: “%2”</source>
        <translation>생성 중 (%1), 고른 문자를 다시 입력: “%2”</translation>
    </message>
    <message>
        <source> · parts from the text at t = %1</source>
        <translation> · t = %1에 텍스트에서 벗어남</translation>
    </message>
    <message>
        <source> · parts from the training text “%1” at t = %2 (✗)</source>
        <translation> · t = %2에 학습 텍스트 “%1”에서 벗어남 (✗)</translation>
    </message>
    <message>
        <source> · as the text</source>
        <translation> · 텍스트와 같음</translation>
    </message>
    <message>
        <source> · as the training text all the way</source>
        <translation> · 끝까지 학습 텍스트와 같음</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>%1 %2</source>
        <comment>field, then a predicate</comment>
        <extracomment>A field (data.texts[0], model.hidden_size, Line 2) and a sentence about it that begins with its verb (&quot;is empty: a text needs …&quot;); rnnlab&apos;s field names stay untranslated.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field, then a sentence</comment>
        <extracomment>A field and a sentence that begins with the field&apos;s value (&quot;4096 is out of range …&quot;).</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>compare mode trains %1 or %2 models side by side, not %3 (more do not fit on a screen): give two or three sessions</source>
        <translation>비교 모드는 모델 %1개나 %2개를 나란히 학습하며 %3개는 안 됩니다(더 많으면 화면에 들어가지 않음): 세션을 두세 개 지정하세요</translation>
    </message>
    <message>
        <source>differs between the compared sessions (%1): compared models train on the same data, so that only the models differ and learn the same thing; give every session the same &quot;task&quot;</source>
        <translation>비교하는 세션마다 다릅니다 (%1): 비교하는 모델은 같은 데이터로 학습해야 모델만 다르고 같은 것을 배웁니다. 모든 세션에 같은 &quot;task&quot;를 지정하세요</translation>
    </message>
    <message>
        <source>differs between the compared sessions (%1): compared models train on the same data, so that only the models differ; give every session the same &quot;texts&quot;</source>
        <translation>비교하는 세션마다 다릅니다 (%1): 비교하는 모델은 같은 데이터로 학습해야 모델만 달라집니다. 모든 세션에 같은 &quot;texts&quot;를 지정하세요</translation>
    </message>
    <message>
        <source>&quot;forecast&quot; (a time series) cannot be compared yet: compare mode compares models of texts; train each time-series session with rnnlab-cli train</source>
        <translation>&quot;forecast&quot;(시계열)는 아직 비교할 수 없습니다: 비교 모드는 텍스트 모델을 비교합니다. 시계열 세션은 각각 rnnlab-cli train으로 학습하세요</translation>
    </message>
    <message>
        <source>&quot;translate&quot; (an encoder–decoder) cannot be compared yet: train each translation session with rnnlab-cli train</source>
        <translation>&quot;translate&quot;(인코더–디코더)는 아직 비교할 수 없습니다: 번역 세션은 각각 rnnlab-cli train으로 학습하세요</translation>
    </message>
    <message>
        <source>differs between the compared sessions (%1): compared models train on the same data, so that only the models differ (the same class for each text); give every session the same &quot;labels&quot;</source>
        <translation>비교하는 세션마다 다릅니다 (%1): 비교하는 모델은 같은 데이터로 학습해야 모델만 달라집니다(텍스트마다 같은 클래스). 모든 세션에 같은 &quot;labels&quot;를 지정하세요</translation>
    </message>
    <message>
        <source>differs between the compared sessions (%1): compared models train on the same data, so that only the models differ (the output units in the same order); give every session the same &quot;classes&quot;, or none</source>
        <translation>비교하는 세션마다 다릅니다 (%1): 비교하는 모델은 같은 데이터로 학습해야 모델만 달라집니다(출력 유닛이 같은 순서). 모든 세션에 같은 &quot;classes&quot;를 지정하거나 모두 빼세요</translation>
    </message>
    <message>
        <source>differs between the compared sessions (%1): compared models train on the same data, so that only the models differ (one-hot inputs in the same order); give every session the same &quot;vocabulary&quot;, or none</source>
        <translation>비교하는 세션마다 다릅니다 (%1): 비교하는 모델은 같은 데이터로 학습해야 모델만 달라집니다(원-핫 입력이 같은 순서). 모든 세션에 같은 &quot;vocabulary&quot;를 지정하거나 모두 빼세요</translation>
    </message>
    <message>
        <source>differs between the compared sessions (%1): compared models train with the same optimizer settings, so that only the models differ; give every session the same &quot;optimizer&quot;</source>
        <translation>비교하는 세션마다 다릅니다 (%1): 비교하는 모델은 같은 옵티마이저 설정으로 학습해야 모델만 달라집니다. 모든 세션에 같은 &quot;optimizer&quot;를 지정하세요</translation>
    </message>
    <message>
        <source>differs between the compared sessions (%1): compared models train with the same optimizer settings, so that only the models differ; give every session the same &quot;learning_rate&quot;</source>
        <translation>비교하는 세션마다 다릅니다 (%1): 비교하는 모델은 같은 옵티마이저 설정으로 학습해야 모델만 달라집니다. 모든 세션에 같은 &quot;learning_rate&quot;를 지정하세요</translation>
    </message>
    <message>
        <source>differs between the compared sessions (%1): compared models train with the same optimizer settings, so that only the models differ; give every session the same &quot;momentum&quot;</source>
        <translation>비교하는 세션마다 다릅니다 (%1): 비교하는 모델은 같은 옵티마이저 설정으로 학습해야 모델만 달라집니다. 모든 세션에 같은 &quot;momentum&quot;을 지정하세요</translation>
    </message>
    <message>
        <source>differs between the compared sessions (%1): compared models train with the same optimizer settings, so that only the models differ; give every session the same &quot;clip_grad_norm&quot; (or null in each)</source>
        <translation>비교하는 세션마다 다릅니다 (%1): 비교하는 모델은 같은 옵티마이저 설정으로 학습해야 모델만 달라집니다. 모든 세션에 같은 &quot;clip_grad_norm&quot;을 지정하세요(또는 모두 null)</translation>
    </message>
    <message>
        <source>differs between the compared sessions (%1): lock step shows step N of every model side by side; give every session the same starting step (leave &quot;optimizer_state&quot; out to start from step 0)</source>
        <translation>비교하는 세션마다 다릅니다 (%1): 스텝 맞춤은 모든 모델의 N번째 스텝을 나란히 보여 줍니다. 모든 세션의 시작 스텝을 같게 하세요(스텝 0부터 시작하려면 &quot;optimizer_state&quot;를 빼세요)</translation>
    </message>
    <message>
        <source>is empty: give at least one character to start from</source>
        <translation>비어 있습니다: 시작할 문자를 하나 이상 지정하세요</translation>
    </message>
    <message>
        <source>uses %1, which the vocabulary (&quot;%2&quot;) does not have: the network only knows the characters of its texts</source>
        <translation>어휘(&quot;%2&quot;)에 없는 %1을(를) 씁니다: 네트워크는 자기 텍스트의 문자만 압니다</translation>
    </message>
    <message>
        <source>%1 is out of range: it must be between 0 and %2</source>
        <translation>%1은(는) 범위를 벗어났습니다: 0에서 %2 사이여야 합니다</translation>
    </message>
    <message>
        <source>must be a finite number &gt; 0 (1 samples from the network&apos;s own probabilities; smaller is more conservative); leave it out for greedy</source>
        <translation>0보다 큰 유한한 숫자여야 합니다(1이면 네트워크 자체의 확률로 샘플링, 작을수록 보수적). 그리디로 하려면 빼세요</translation>
    </message>
    <message>
        <source>%1 is out of range: it must be between 1 and %2 (rnnlab draws every hidden unit; larger networks cannot be shown and train too slowly to watch)</source>
        <translation>%1은(는) 범위를 벗어났습니다: 1에서 %2 사이여야 합니다(rnnlab은 은닉 유닛을 모두 그립니다. 더 큰 네트워크는 표시할 수 없고 학습이 너무 느려 지켜볼 수 없습니다)</translation>
    </message>
    <message>
        <source>%1 is out of range: it must be between 1 and %2 (the stacked view draws every layer; deeper stacks do not fit on screen)</source>
        <translation>%1은(는) 범위를 벗어났습니다: 1에서 %2 사이여야 합니다(다층 보기는 모든 층을 그립니다. 더 깊으면 화면에 들어가지 않습니다)</translation>
    </message>
    <message>
        <source>%1 is not allowed: the learning rate must be a finite number ≥ 0 (0.1 for Adam in the lecture; try 0.001 to 0.5)</source>
        <translation>%1은(는) 허용되지 않습니다: 학습률은 0 이상의 유한한 숫자여야 합니다(강의의 Adam은 0.1. 0.001~0.5를 시도해 보세요)</translation>
    </message>
    <message>
        <source>%1 is not allowed: momentum must be a finite number ≥ 0 (0.9 is usual; 0 turns it off)</source>
        <translation>%1은(는) 허용되지 않습니다: 모멘텀은 0 이상의 유한한 숫자여야 합니다(보통 0.9, 0이면 꺼짐)</translation>
    </message>
    <message>
        <source>%1 is not allowed: the gradient-norm limit must be a finite number &gt; 0, or null for no clipping</source>
        <translation>%1은(는) 허용되지 않습니다: 기울기 노름 한계값은 0보다 큰 유한한 숫자이거나, 클리핑하지 않으려면 null이어야 합니다</translation>
    </message>
    <message>
        <source>is given twice</source>
        <translation>두 번 지정되었습니다</translation>
    </message>
    <message>
        <source>is not a parameter of this model; it has %1</source>
        <translation>이 모델의 파라미터가 아닙니다. 모델의 파라미터: %1</translation>
    </message>
    <message>
        <source>has shape %1 but this model needs %2 (as PyTorch&apos;s state_dict)</source>
        <translation>모양이 %1이지만 이 모델에는 %2이(가) 필요합니다(PyTorch의 state_dict와 같음)</translation>
    </message>
    <message>
        <source>%1 is not a finite float32 number: weights must be finite (|w| &lt; 3.4e38)</source>
        <translation>%1은(는) 유한한 float32 숫자가 아닙니다: 가중치는 유한해야 합니다 (|w| &lt; 3.4e38)</translation>
    </message>
    <message>
        <source>is missing: give every parameter of the model, or leave &quot;weights&quot; out to initialize from the seed</source>
        <translation>없습니다: 모델의 파라미터를 모두 지정하거나, 시드로 초기화하려면 &quot;weights&quot;를 빼세요</translation>
    </message>
    <message>
        <source>needs &quot;weights&quot;: a run resumes from its weights and its optimizer state together</source>
        <translation>&quot;weights&quot;가 필요합니다: 실행은 가중치와 옵티마이저 상태를 함께 이어받아 재개합니다</translation>
    </message>
    <message>
        <source>has %1 parameters but the model has %2</source>
        <translation>파라미터가 %1개이지만 모델에는 %2개가 있습니다</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>없습니다</translation>
    </message>
    <message>
        <source>has shape %1 but %2 needs %3</source>
        <translation>모양이 %1이지만 %2에는 %3이(가) 필요합니다</translation>
    </message>
    <message>
        <source>holds %1: optimizer state must be finite</source>
        <translation>%1 값이 있습니다: 옵티마이저 상태는 유한해야 합니다</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to %1 (Adam&apos;s step count)</source>
        <translation>1부터 %1까지의 정수여야 합니다 (Adam의 스텝 수)</translation>
    </message>
    <message>
        <source>holds a negative value: squared gradients cannot be</source>
        <translation>음수 값이 있습니다: 기울기의 제곱은 음수일 수 없습니다</translation>
    </message>
    <message>
        <source>belongs to SGD, but the optimizer is adam</source>
        <translation>SGD용이지만 옵티마이저는 adam입니다</translation>
    </message>
    <message>
        <source>holds Adam&apos;s state, but the optimizer is sgd</source>
        <translation>Adam의 상태를 담고 있지만 옵티마이저는 sgd입니다</translation>
    </message>
    <message>
        <source>is given but momentum is 0 (SGD keeps no buffer then)</source>
        <translation>지정되었지만 모멘텀이 0입니다 (이때 SGD는 버퍼를 두지 않습니다)</translation>
    </message>
    <message>
        <source>is false: a translation needs its output layer, fc = Linear(H, T) over the target tokens; set it to true</source>
        <translation>false입니다: 번역에는 타깃 토큰에 대한 출력층 fc = Linear(H, T)가 필요합니다. true로 설정하세요</translation>
    </message>
    <message>
        <source>this session needs about %1 for its training buffers; the limit is %2 (so that the app&apos;s copies of it still fit in memory): use shorter texts, a smaller hidden size or fewer layers</source>
        <translation>이 세션은 학습 버퍼에 약 %1이(가) 필요합니다. 한도는 %2입니다(앱의 사본도 메모리에 들어가도록): 더 짧은 텍스트, 더 작은 은닉 상태 크기, 더 적은 층을 쓰세요</translation>
    </message>
    <message>
        <source>%1 does not come after %2: the steps of a history increase, from 1</source>
        <translation>%1은(는) %2 다음이 아닙니다: 기록의 스텝은 1부터 증가해야 합니다</translation>
    </message>
    <message>
        <source>%1 is after the %2 steps the session has taken (optimizer_state.steps_taken)</source>
        <translation>%1은(는) 세션이 진행한 %2스텝보다 뒤입니다 (optimizer_state.steps_taken)</translation>
    </message>
    <message>
        <source>%1 is not a loss: a cross-entropy is a finite number ≥ 0</source>
        <translation>%1은(는) 손실이 아닙니다: 교차 엔트로피는 0 이상의 유한한 숫자입니다</translation>
    </message>
    <message>
        <source>%1 is not a share of right predictions (0 to 1)</source>
        <translation>%1은(는) 정답 예측의 비율(0~1)이 아닙니다</translation>
    </message>
    <message>
        <source>is not a step of the history after the previous change</source>
        <translation>이전 변경 이후 기록의 스텝이 아닙니다</translation>
    </message>
    <message>
        <source>has %1 predictions but the session has %2 series</source>
        <translation>예측이 %1개이지만 세션의 시계열은 %2개입니다</translation>
    </message>
    <message>
        <source>has %1 predictions but the session has %2 texts</source>
        <translation>예측이 %1개이지만 세션의 텍스트는 %2개입니다</translation>
    </message>
    <message>
        <source>%1 is not allowed: the period must be a finite number of time steps &gt; 0 (e.g. 20)</source>
        <translation>%1은(는) 허용되지 않습니다: 주기는 0보다 큰 유한한 시점 수여야 합니다 (예: 20)</translation>
    </message>
    <message>
        <source>%1 is not allowed: the second sine&apos;s period must be a finite number of time steps &gt; 0</source>
        <translation>%1은(는) 허용되지 않습니다: 두 번째 사인파의 주기는 0보다 큰 유한한 시점 수여야 합니다</translation>
    </message>
    <message>
        <source>%1 is out of range: a series has 1 to %2 points</source>
        <translation>%1은(는) 범위를 벗어났습니다: 시계열의 점은 1개에서 %2개입니다</translation>
    </message>
    <message>
        <source>%1 is not a finite number</source>
        <translation>%1은(는) 유한한 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>%1 is not allowed: the noise&apos;s standard deviation must be a finite number ≥ 0 (0: no noise)</source>
        <translation>%1은(는) 허용되지 않습니다: 잡음의 표준편차는 0 이상의 유한한 숫자여야 합니다 (0: 잡음 없음)</translation>
    </message>
    <message>
        <source>%1 is not a point of the series: it must be between 0 and %2</source>
        <translation>%1은(는) 시계열의 점이 아닙니다: 0에서 %2 사이여야 합니다</translation>
    </message>
    <message>
        <source>%1 is not allowed: the anomaly lasts at least 1 point (0: to the end)</source>
        <translation>%1은(는) 허용되지 않습니다: 이상치는 최소 1개 점 동안 지속됩니다 (0: 끝까지)</translation>
    </message>
    <message>
        <source>%1 is not allowed: the anomaly lasts at least 1 point</source>
        <translation>%1은(는) 허용되지 않습니다: 이상치는 최소 1개 점 동안 지속됩니다</translation>
    </message>
    <message>
        <source>has a value of %1: keep amplitudes, noise and anomaly sizes within ±1e30 so that every point is a float32 number</source>
        <translation>값이 %1입니다: 모든 점이 float32 숫자가 되도록 진폭, 잡음, 이상치 크기를 ±1e30 이내로 하세요</translation>
    </message>
    <message>
        <source>%1 does not match the vocabulary size %2: without an output layer the hidden state is the output (one unit per character), so hidden_size must be %2 — or set model.output_layer to true</source>
        <translation>%1은(는) 어휘 크기(%2)와 맞지 않습니다: 출력층이 없으면 은닉 상태가 출력(문자마다 유닛 하나)이므로 hidden_size를 %2(으)로 하세요 — 또는 model.output_layer를 true로 설정하세요</translation>
    </message>
    <message>
        <source>%1 does not match the number of classes %2: without an output layer the hidden state is the output (one unit per class), so hidden_size must be %2 — or set model.output_layer to true</source>
        <translation>%1은(는) 클래스 수(%2)와 맞지 않습니다: 출력층이 없으면 은닉 상태가 출력(클래스마다 유닛 하나)이므로 hidden_size를 %2(으)로 하세요 — 또는 model.output_layer를 true로 설정하세요</translation>
    </message>
    <message>
        <source>%1 does not match the number of features %2: without an output layer the hidden state is the output (one unit per feature), so hidden_size must be %2 — or set model.output_layer to true</source>
        <translation>%1은(는) 특성 수(%2)와 맞지 않습니다: 출력층이 없으면 은닉 상태가 출력(특성마다 유닛 하나)이므로 hidden_size를 %2(으)로 하세요 — 또는 model.output_layer를 true로 설정하세요</translation>
    </message>
    <message>
        <source>%1 does not match the number of target tokens %2: without an output layer the hidden state is the output (one unit per token), so hidden_size must be %2 — or set model.output_layer to true</source>
        <translation>%1은(는) 타깃 토큰 수(%2)와 맞지 않습니다: 출력층이 없으면 은닉 상태가 출력(토큰마다 유닛 하나)이므로 hidden_size를 %2(으)로 하세요 — 또는 model.output_layer를 true로 설정하세요</translation>
    </message>
    <message>
        <source>is for &quot;task&quot;: &quot;forecast&quot; (time series); a character task reads data.texts</source>
        <translation>&quot;task&quot;: &quot;forecast&quot;(시계열)용입니다. 문자 과제는 data.texts를 읽습니다</translation>
    </message>
    <message>
        <source>there is no training text: give at least one text of 2 or more characters</source>
        <translation>학습 텍스트가 없습니다: 문자 2개 이상의 텍스트를 하나 이상 지정하세요</translation>
    </message>
    <message>
        <source>have %1 characters in all; the limit is %2 (every character is a time step rnnlab traces and draws)</source>
        <translation>모두 합쳐 문자 %1개입니다. 한도는 %2개입니다(각 문자가 rnnlab이 추적하고 그리는 시점 하나입니다)</translation>
    </message>
    <message>
        <source>lists %1 more than once: each character may appear once</source>
        <translation>%1이(가) 두 번 이상 있습니다: 각 문자는 한 번만 나올 수 있습니다</translation>
    </message>
    <message>
        <source>lacks %1, which the texts use: add them, or leave the vocabulary out to take the texts&apos; own characters</source>
        <translation>텍스트에 쓰인 %1이(가) 없습니다: 추가하거나, 텍스트 자체의 문자를 쓰려면 어휘를 빼세요</translation>
    </message>
    <message>
        <source>has %1 characters; the limit is %2 (every character is a one-hot dimension rnnlab draws)</source>
        <translation>문자가 %1개입니다. 한도는 %2개입니다(각 문자가 rnnlab이 그리는 원-핫 차원 하나입니다)</translation>
    </message>
    <message>
        <source>make a vocabulary of %1 characters; the limit is %2 (every character is a one-hot dimension rnnlab draws)</source>
        <translation>어휘가 문자 %1개가 됩니다. 한도는 %2개입니다(각 문자가 rnnlab이 그리는 원-핫 차원 하나입니다)</translation>
    </message>
    <message>
        <source>is empty: a text to classify needs at least 1 character</source>
        <translation>비어 있습니다: 분류할 텍스트에는 문자가 1개 이상 필요합니다</translation>
    </message>
    <message>
        <source>has %1 labels for %2 texts: a classifier needs exactly one label per text</source>
        <translation>텍스트 %2개에 레이블이 %1개입니다: 분류기에는 텍스트마다 정확히 레이블 하나가 필요합니다</translation>
    </message>
    <message>
        <source>is empty: name the class of text %1 (e.g. &quot;positive&quot;)</source>
        <translation>비어 있습니다: 텍스트 %1의 클래스 이름을 지정하세요 (예: &quot;positive&quot;)</translation>
    </message>
    <message>
        <source>has an empty class name</source>
        <translation>빈 클래스 이름이 있습니다</translation>
    </message>
    <message>
        <source>lists &quot;%1&quot; more than once: each class may appear once</source>
        <translation>&quot;%1&quot;이(가) 두 번 이상 있습니다: 각 클래스는 한 번만 나올 수 있습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of data.classes: add it there, or leave data.classes out</source>
        <translation>&quot;%1&quot;은(는) data.classes에 없습니다: 거기에 추가하거나 data.classes를 빼세요</translation>
    </message>
    <message>
        <source>name only one class: a classifier needs at least two (e.g. &quot;positive&quot; and &quot;negative&quot;)</source>
        <translation>클래스가 하나뿐입니다: 분류기에는 두 개 이상 필요합니다 (예: &quot;positive&quot;와 &quot;negative&quot;)</translation>
    </message>
    <message>
        <source>name %1 classes; the limit is %2</source>
        <translation>클래스가 %1개입니다. 한도는 %2개입니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the session&apos;s classes</source>
        <translation>&quot;%1&quot;은(는) 세션의 클래스가 아닙니다</translation>
    </message>
    <message>
        <source>has %1 point: a series needs at least 2 (an input and the value after it)</source>
        <translation>점이 %1개입니다: 시계열에는 점이 2개 이상 필요합니다 (입력과 그다음 값)</translation>
    </message>
    <message>
        <source>has %1 points: a series needs at least 2 (an input and the value after it)</source>
        <translation>점이 %1개입니다: 시계열에는 점이 2개 이상 필요합니다 (입력과 그다음 값)</translation>
    </message>
    <message>
        <source>is empty: a time point needs at least one value</source>
        <translation>비어 있습니다: 시점마다 값이 하나 이상 필요합니다</translation>
    </message>
    <message>
        <source>has %1 values but %2 has %3: every time point of a series needs the same features (one number per point, or rows of D numbers)</source>
        <translation>값이 %1개이지만 %2에는 %3개입니다: 시계열의 모든 시점에 같은 특성이 필요합니다 (점마다 숫자 하나, 또는 숫자 D개의 행)</translation>
    </message>
    <message>
        <source>has %1 features; the limit is %2 (every feature is an input rnnlab draws at every time step)</source>
        <translation>특성이 %1개입니다. 한도는 %2개입니다(각 특성은 rnnlab이 모든 시점에 그리는 입력입니다)</translation>
    </message>
    <message>
        <source>has %1 feature but %2 has %3: every series needs the same features</source>
        <translation>특성이 %1개이지만 %2에는 %3개입니다: 모든 시계열에 같은 특성이 필요합니다</translation>
    </message>
    <message>
        <source>has %1 features but %2 has %3: every series needs the same features</source>
        <translation>특성이 %1개이지만 %2에는 %3개입니다: 모든 시계열에 같은 특성이 필요합니다</translation>
    </message>
    <message>
        <source>%1 is not a finite float32 number: a value must be finite and within ±3.4e38 (torch.tensor(…, dtype=torch.float32) would make it %2)</source>
        <translation>%1은(는) 유한한 float32 숫자가 아닙니다: 값은 유한하고 ±3.4e38 이내여야 합니다 (torch.tensor(…, dtype=torch.float32)는 이를 %2(으)로 만듭니다)</translation>
    </message>
    <message>
        <source>is for the character tasks (&quot;next_character&quot;, &quot;classify&quot;); a forecast reads numbers from data.series</source>
        <translation>문자 과제(&quot;next_character&quot;, &quot;classify&quot;)용입니다. 예측(forecast)은 data.series에서 숫자를 읽습니다</translation>
    </message>
    <message>
        <source>there is no series: give at least one series of 2 or more points, e.g. [[0.0, 0.5, 0.87, 1.0]]</source>
        <translation>시계열이 없습니다: 점 2개 이상의 시계열을 하나 이상 지정하세요. 예: [[0.0, 0.5, 0.87, 1.0]]</translation>
    </message>
    <message>
        <source>and data.test_series have %1 points in all; the limit is %2 (every point is a time step rnnlab traces and draws)</source>
        <translation>data.test_series와 합쳐 점이 %1개입니다. 한도는 %2개입니다(각 점이 rnnlab이 추적하고 그리는 시점 하나입니다)</translation>
    </message>
    <message>
        <source>describes %1 series but %2 has %3: give one generator per series, or leave it out (it is informative)</source>
        <translation>시계열 %1개를 설명하지만 %2에는 %3개가 있습니다: 시계열마다 생성기를 하나씩 지정하거나 빼세요 (참고용 정보입니다)</translation>
    </message>
    <message>
        <source>is empty: a text needs at least 2 characters (an input and the character after it)</source>
        <translation>비어 있습니다: 텍스트에는 문자가 2개 이상 필요합니다 (입력과 그다음 문자)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has only 1 character: a text needs at least 2 (an input and the character after it)</source>
        <translation>&quot;%1&quot;은(는) 문자가 1개뿐입니다: 텍스트에는 2개 이상 필요합니다 (입력과 그다음 문자)</translation>
    </message>
    <message>
        <source>are only for &quot;task&quot;: &quot;classify&quot; (one label per text); a next-character session predicts the text itself</source>
        <translation>&quot;task&quot;: &quot;classify&quot; 전용입니다 (텍스트마다 레이블 하나). 다음 문자 세션은 텍스트 자체를 예측합니다</translation>
    </message>
    <message>
        <source>has %1 characters; a prediction has one per input, %2</source>
        <translation>문자가 %1개입니다. 예측에는 입력마다 하나씩, %2개가 있어야 합니다</translation>
    </message>
    <message>
        <source>predicts %1, which is not in the vocabulary</source>
        <translation>어휘에 없는 %1을(를) 예측합니다</translation>
    </message>
    <message>
        <source>contains &quot;%1&quot;: the start and end tokens are added by rnnlab; list only the characters of the sources</source>
        <translation>&quot;%1&quot;이(가) 들어 있습니다: 시작·끝 토큰은 rnnlab이 추가합니다. 소스의 문자만 나열하세요</translation>
    </message>
    <message>
        <source>contains &quot;%1&quot;: the start and end tokens are added by rnnlab; list only the characters of the targets</source>
        <translation>&quot;%1&quot;이(가) 들어 있습니다: 시작·끝 토큰은 rnnlab이 추가합니다. 타깃의 문자만 나열하세요</translation>
    </message>
    <message>
        <source>lacks %1, which the sources use: add them, or leave the vocabulary out to take the pairs&apos; own characters</source>
        <translation>소스에 쓰인 %1이(가) 없습니다: 추가하거나, 쌍 자체의 문자를 쓰려면 어휘를 빼세요</translation>
    </message>
    <message>
        <source>lacks %1, which the targets use: add them, or leave the vocabulary out to take the pairs&apos; own characters</source>
        <translation>타깃에 쓰인 %1이(가) 없습니다: 추가하거나, 쌍 자체의 문자를 쓰려면 어휘를 빼세요</translation>
    </message>
    <message>
        <source>is for the character tasks; a translation reads data.pairs</source>
        <translation>문자 과제용입니다. 번역은 data.pairs를 읽습니다</translation>
    </message>
    <message>
        <source>is for &quot;task&quot;: &quot;forecast&quot;; a translation reads data.pairs</source>
        <translation>&quot;task&quot;: &quot;forecast&quot;용입니다. 번역은 data.pairs를 읽습니다</translation>
    </message>
    <message>
        <source>there is no pair: give at least one pair of a source and a target (&quot;source&lt;Tab&gt;target&quot;, or [&quot;source&quot;, &quot;target&quot;])</source>
        <translation>쌍이 없습니다: 소스와 타깃의 쌍을 하나 이상 지정하세요 (&quot;소스&lt;Tab&gt;타깃&quot; 또는 [&quot;소스&quot;, &quot;타깃&quot;])</translation>
    </message>
    <message>
        <source>has an empty source: the encoder needs at least one character to read</source>
        <translation>소스가 비어 있습니다: 인코더가 읽을 문자가 하나 이상 필요합니다</translation>
    </message>
    <message>
        <source>has no target: give the string the source translates to (&quot;source&lt;Tab&gt;target&quot;)</source>
        <translation>타깃이 없습니다: 소스를 번역한 문자열을 지정하세요 (&quot;소스&lt;Tab&gt;타깃&quot;)</translation>
    </message>
    <message>
        <source>has &quot;%1&quot; in its source: &lt;sos&gt; and &lt;eos&gt; are the start and end tokens rnnlab adds; a pair holds only characters</source>
        <translation>소스에 &quot;%1&quot;이(가) 있습니다: &lt;sos&gt;와 &lt;eos&gt;는 rnnlab이 추가하는 시작·끝 토큰입니다. 쌍에는 문자만 넣으세요</translation>
    </message>
    <message>
        <source>has &quot;%1&quot; in its target: &lt;sos&gt; and &lt;eos&gt; are the start and end tokens rnnlab adds; a pair holds only characters</source>
        <translation>타깃에 &quot;%1&quot;이(가) 있습니다: &lt;sos&gt;와 &lt;eos&gt;는 rnnlab이 추가하는 시작·끝 토큰입니다. 쌍에는 문자만 넣으세요</translation>
    </message>
    <message>
        <source>make a source vocabulary of %1 characters; the limit is %2</source>
        <translation>소스 어휘가 문자 %1개가 됩니다. 한도는 %2개입니다</translation>
    </message>
    <message>
        <source>make %1 target tokens; the limit is %2</source>
        <translation>타깃 토큰이 %1개가 됩니다. 한도는 %2개입니다</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Like the des&amp;ktop</source>
        <translation>데스크톱과 같게(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>밝게(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>어둡게(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>고대비(&amp;H)</translation>
    </message>
    <message>
        <source>max</source>
        <translation>최대</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Training steps taken: each one a forward pass over the text, the loss, backpropagation through time and one update of the weights</source>
        <translation>수행한 학습 스텝: 각 스텝은 텍스트 전체에 대한 순전파, 손실, 시간에 따른 역전파, 가중치 업데이트 1회입니다</translation>
    </message>
    <message>
        <source>moved %1 of the %2 parameters against their gradient</source>
        <translation>파라미터 %2개 중 %1개를 기울기의 반대 방향으로 움직였고</translation>
    </message>
    <message>
        <source>%1 &lt;i&gt;with&lt;/i&gt; it (the optimizer&apos;s momentum still carries the direction of the earlier steps)</source>
        <translation>%1개는 기울기와 &lt;i&gt;같은&lt;/i&gt; 방향으로 움직였으며(옵티마이저의 모멘텀이 이전 스텝들의 방향을 아직 유지합니다)</translation>
    </message>
    <message>
        <source>%1 whose gradient is 0, carried by the optimizer&apos;s momentum</source>
        <translation>기울기가 0인 %1개는 옵티마이저의 모멘텀으로 움직였고</translation>
    </message>
    <message>
        <source>%1 not at all despite a gradient</source>
        <translation>%1개는 기울기가 있는데도 전혀 움직이지 않았습니다</translation>
    </message>
    <message>
        <source>The update </source>
        <translation>이번 업데이트는 </translation>
    </message>
    <message>
        <source>, and left the %1 whose gradient is 0 where they were</source>
        <translation>, 기울기가 0인 %1개는 그대로 두었습니다</translation>
    </message>
    <message>
        <source>Sequence data</source>
        <translation>순차 데이터</translation>
    </message>
    <message>
        <source>&lt;p&gt;Text, speech, prices, video: data that comes &lt;b&gt;in order&lt;/b&gt;, where what comes next depends on what came before.&lt;/p&gt;&lt;p&gt;Our example is the word &lt;b&gt;hello&lt;/b&gt;. Given &lt;i&gt;h, e, l, l&lt;/i&gt; one at a time, the network should say what comes next each time: &lt;i&gt;e, l, l, o&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;A plain feed-forward network sees one character and has no memory: after the first ‘l’ and after the second ‘l’ it would say the same thing. A &lt;b&gt;recurrent&lt;/b&gt; network carries a memory h&lt;sub&gt;t&lt;/sub&gt; from step to step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;텍스트, 음성, 주가, 비디오: &lt;b&gt;순서대로&lt;/b&gt; 들어오고, 다음에 올 것이 앞에 온 것에 따라 달라지는 데이터입니다.&lt;/p&gt;&lt;p&gt;예제는 단어 &lt;b&gt;hello&lt;/b&gt;입니다. &lt;i&gt;h, e, l, l&lt;/i&gt;을 하나씩 받을 때마다 네트워크는 다음에 올 문자 &lt;i&gt;e, l, l, o&lt;/i&gt;를 말해야 합니다.&lt;/p&gt;&lt;p&gt;일반 순방향(feed-forward) 신경망은 문자 하나만 보고 기억이 없습니다: 첫 번째 ‘l’ 뒤와 두 번째 ‘l’ 뒤에서 같은 답을 냅니다. &lt;b&gt;순환&lt;/b&gt; 신경망은 기억 h&lt;sub&gt;t&lt;/sub&gt;를 시점에서 시점으로 전달합니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The vanilla RNN, folded</source>
        <translation>바닐라 RNN, 접은 모습</translation>
    </message>
    <message>
        <source>&lt;p&gt;One cell. At every time step it takes the input x&lt;sub&gt;t&lt;/sub&gt; and its own previous state h&lt;sub&gt;t−1&lt;/sub&gt; (the loop, through &lt;b&gt;W&lt;sub&gt;hh&lt;/sub&gt;&lt;/b&gt;) and computes the new state h&lt;sub&gt;t&lt;/sub&gt;; from it comes the output y&lt;sub&gt;t&lt;/sub&gt;.&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;F&lt;/b&gt; to fold and unfold.&lt;/p&gt;</source>
        <translation>&lt;p&gt;셀 하나입니다. 각 시점에서 입력 x&lt;sub&gt;t&lt;/sub&gt;와 자신의 이전 상태 h&lt;sub&gt;t−1&lt;/sub&gt;(&lt;b&gt;W&lt;sub&gt;hh&lt;/sub&gt;&lt;/b&gt;를 거치는 루프)을 받아 새 상태 h&lt;sub&gt;t&lt;/sub&gt;를 계산하고, 여기서 출력 y&lt;sub&gt;t&lt;/sub&gt;가 나옵니다.&lt;/p&gt;&lt;p&gt;&lt;b&gt;F&lt;/b&gt;를 누르면 접고 펼칩니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Unfolded over time</source>
        <translation>시간 축으로 펼친 모습</translation>
    </message>
    <message>
        <source>&lt;p&gt;The same cell drawn once per time step: the loop becomes the arrows from left to right. Each column is one character of ‘hell’; the top row is what the network predicts.&lt;/p&gt;&lt;p&gt;Hover over anything to see its numbers.&lt;/p&gt;</source>
        <translation>&lt;p&gt;같은 셀을 시점마다 한 번씩 그렸습니다: 루프는 왼쪽에서 오른쪽으로 가는 화살표가 됩니다. 각 열은 ‘hell’의 문자 하나이고, 맨 위 행은 네트워크의 예측입니다.&lt;/p&gt;&lt;p&gt;아무 곳에나 마우스를 올리면 그 숫자를 볼 수 있습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Shared weights</source>
        <translation>가중치 공유</translation>
    </message>
    <message>
        <source>&lt;p&gt;The matrices &lt;b&gt;W&lt;sub&gt;xh&lt;/sub&gt;&lt;/b&gt; (input → hidden) and &lt;b&gt;W&lt;sub&gt;hh&lt;/sub&gt;&lt;/b&gt; (hidden → hidden) are the &lt;b&gt;same at every time step&lt;/b&gt;: each arrow of one colour is the same matrix. The Matrices panel shows them, with the biases.&lt;/p&gt;&lt;p&gt;The slides also have &lt;b&gt;W&lt;sub&gt;hy&lt;/sub&gt;&lt;/b&gt; (hidden → output). The lecture&apos;s example has none: the hidden state itself (4 numbers for 4 characters) is the output y&lt;sub&gt;t&lt;/sub&gt;. With an output layer (Model panel) W&lt;sub&gt;hy&lt;/sub&gt; appears, shared across time like the other two.&lt;/p&gt;</source>
        <translation>&lt;p&gt;행렬 &lt;b&gt;W&lt;sub&gt;xh&lt;/sub&gt;&lt;/b&gt;(입력 → 은닉)와 &lt;b&gt;W&lt;sub&gt;hh&lt;/sub&gt;&lt;/b&gt;(은닉 → 은닉)는 &lt;b&gt;모든 시점에서 같습니다&lt;/b&gt;: 같은 색의 화살표는 모두 같은 행렬입니다. 행렬 패널에서 편향과 함께 볼 수 있습니다.&lt;/p&gt;&lt;p&gt;슬라이드에는 &lt;b&gt;W&lt;sub&gt;hy&lt;/sub&gt;&lt;/b&gt;(은닉 → 출력)도 있습니다. 강의 예제에는 없습니다: 은닉 상태 자체(문자 4개에 숫자 4개)가 출력 y&lt;sub&gt;t&lt;/sub&gt;입니다. ‘모델과 데이터’ 패널에서 출력층을 추가하면 W&lt;sub&gt;hy&lt;/sub&gt;가 나타나며, 다른 두 행렬처럼 시간에 걸쳐 공유됩니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The computation, by hand</source>
        <translation>손으로 하는 계산</translation>
    </message>
    <message>
        <source>&lt;p&gt;h&lt;sub&gt;t&lt;/sub&gt; = tanh(W&lt;sub&gt;hh&lt;/sub&gt; h&lt;sub&gt;t−1&lt;/sub&gt; + W&lt;sub&gt;xh&lt;/sub&gt; x&lt;sub&gt;t&lt;/sub&gt; + b), y&lt;sub&gt;t&lt;/sub&gt; = h&lt;sub&gt;t&lt;/sub&gt;, p&lt;sub&gt;t&lt;/sub&gt; = softmax(y&lt;sub&gt;t&lt;/sub&gt;), for t = 1 … n with h&lt;sub&gt;0&lt;/sub&gt; = 0.&lt;/p&gt;&lt;p&gt;The slides leave the bias out; PyTorch&apos;s nn.RNN has two, b&lt;sub&gt;ih&lt;/sub&gt; beside W&lt;sub&gt;xh&lt;/sub&gt; and b&lt;sub&gt;hh&lt;/sub&gt; beside W&lt;sub&gt;hh&lt;/sub&gt;, and only ever adds them: b = b&lt;sub&gt;ih&lt;/sub&gt; + b&lt;sub&gt;hh&lt;/sub&gt;. PyTorch&apos;s names: W&lt;sub&gt;xh&lt;/sub&gt; is weight_ih_l0, W&lt;sub&gt;hh&lt;/sub&gt; weight_hh_l0, b&lt;sub&gt;ih&lt;/sub&gt; bias_ih_l0, b&lt;sub&gt;hh&lt;/sub&gt; bias_hh_l0. y&lt;sub&gt;t&lt;/sub&gt; = h&lt;sub&gt;t&lt;/sub&gt; because this network has no output layer; with one, y&lt;sub&gt;t&lt;/sub&gt; = W&lt;sub&gt;hy&lt;/sub&gt; h&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;y&lt;/sub&gt;.&lt;/p&gt;&lt;p&gt;Below, the equation with the real numbers of this network for t = 1. Press &lt;b&gt;→&lt;/b&gt; to walk through a time step, &lt;b&gt;Shift+→&lt;/b&gt; for the next part of the computation.&lt;/p&gt;</source>
        <translation>&lt;p&gt;h&lt;sub&gt;t&lt;/sub&gt; = tanh(W&lt;sub&gt;hh&lt;/sub&gt; h&lt;sub&gt;t−1&lt;/sub&gt; + W&lt;sub&gt;xh&lt;/sub&gt; x&lt;sub&gt;t&lt;/sub&gt; + b), y&lt;sub&gt;t&lt;/sub&gt; = h&lt;sub&gt;t&lt;/sub&gt;, p&lt;sub&gt;t&lt;/sub&gt; = softmax(y&lt;sub&gt;t&lt;/sub&gt;), t = 1 … n, h&lt;sub&gt;0&lt;/sub&gt; = 0.&lt;/p&gt;&lt;p&gt;슬라이드는 편향을 생략합니다. PyTorch의 nn.RNN에는 편향이 두 개 있습니다: W&lt;sub&gt;xh&lt;/sub&gt; 옆의 b&lt;sub&gt;ih&lt;/sub&gt;와 W&lt;sub&gt;hh&lt;/sub&gt; 옆의 b&lt;sub&gt;hh&lt;/sub&gt;이며, 항상 더해서만 씁니다: b = b&lt;sub&gt;ih&lt;/sub&gt; + b&lt;sub&gt;hh&lt;/sub&gt;. PyTorch의 이름: W&lt;sub&gt;xh&lt;/sub&gt;는 weight_ih_l0, W&lt;sub&gt;hh&lt;/sub&gt;는 weight_hh_l0, b&lt;sub&gt;ih&lt;/sub&gt;는 bias_ih_l0, b&lt;sub&gt;hh&lt;/sub&gt;는 bias_hh_l0입니다. 이 네트워크에는 출력층이 없으므로 y&lt;sub&gt;t&lt;/sub&gt; = h&lt;sub&gt;t&lt;/sub&gt;입니다. 출력층이 있으면 y&lt;sub&gt;t&lt;/sub&gt; = W&lt;sub&gt;hy&lt;/sub&gt; h&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;y&lt;/sub&gt;입니다.&lt;/p&gt;&lt;p&gt;아래는 t = 1에서 이 네트워크의 실제 숫자를 넣은 식입니다. &lt;b&gt;→&lt;/b&gt;를 누르면 한 시점씩, &lt;b&gt;Shift+→&lt;/b&gt;를 누르면 계산의 다음 부분으로 넘어갑니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Predict: the next character</source>
        <translation>예측하기: 다음 문자</translation>
    </message>
    <message>
        <source>&lt;p&gt;The network is untrained: its weights are the random ones of seed 0. At t = 2 it reads ‘e’.&lt;/p&gt;&lt;p&gt;How to tell from the numbers below: here y&lt;sub&gt;t&lt;/sub&gt; = h&lt;sub&gt;t&lt;/sub&gt;, and tanh and softmax both keep the order of their inputs, so the largest entry of the pre-activation (the bold vector) becomes the largest probability — its character is the prediction (the rows are in the vocabulary&apos;s order: h, e, l, o).&lt;/p&gt;</source>
        <translation>&lt;p&gt;네트워크는 아직 학습 전입니다: 가중치는 시드 0의 무작위 값입니다. t = 2에서 ‘e’를 읽습니다.&lt;/p&gt;&lt;p&gt;아래 숫자로 판단하는 법: 여기서는 y&lt;sub&gt;t&lt;/sub&gt; = h&lt;sub&gt;t&lt;/sub&gt;이고, tanh와 softmax는 모두 입력의 크기 순서를 유지하므로, 활성화 전 값(굵은 벡터)에서 가장 큰 성분이 가장 큰 확률이 됩니다 — 그 문자가 예측입니다(행은 어휘 순서 h, e, l, o입니다).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The PyTorch code</source>
        <translation>PyTorch 코드</translation>
    </message>
    <message>
        <source>&lt;p&gt;The lecture&apos;s code. rnnlab computes what it computes: the same initial weights from the seed, bit for bit, and Adam&apos;s update rule exactly as PyTorch&apos;s; the gradients and losses agree to the last digits of float32, not bit for bit (sums taken in another order can differ there; the tests hold the losses to 10&lt;sup&gt;−5&lt;/sup&gt;).&lt;/p&gt;</source>
        <translation>&lt;p&gt;강의 코드입니다. rnnlab은 이 코드가 계산하는 것을 계산합니다: 시드에서 나온 같은 초기 가중치를 비트 단위까지, Adam의 업데이트 규칙을 PyTorch와 똑같이 계산합니다. 기울기와 손실은 float32의 마지막 자리까지 일치하지만 비트 단위로는 아닙니다(다른 순서로 더하면 그 자리에서 차이가 날 수 있습니다. 테스트는 손실을 10&lt;sup&gt;−5&lt;/sup&gt; 이내로 확인합니다).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Training hello</source>
        <translation>hello 학습하기</translation>
    </message>
    <message>
        <source>&lt;p&gt;Ten steps of Adam, as in the lecture&apos;s loop. Each row is one step: its loss and what the network predicted; the wrong characters are underlined. Like the loop&apos;s print(result), a row is taken from the step&apos;s forward pass, &lt;i&gt;before&lt;/i&gt; its update — the caption above the graph shows the network after the tenth update, so its loss is not row 10&apos;s.&lt;/p&gt;&lt;p&gt;After ten steps it says &lt;b&gt;ello&lt;/b&gt;. Press &lt;b&gt;Space&lt;/b&gt; to train on, &lt;b&gt;Ctrl+→&lt;/b&gt; for one step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;강의의 루프처럼 Adam으로 10스텝 학습합니다. 각 행은 한 스텝으로, 손실과 네트워크의 예측을 보여 줍니다. 틀린 문자에는 밑줄이 그어집니다. 루프의 print(result)처럼 각 행은 그 스텝의 순전파, 즉 업데이트 &lt;i&gt;전&lt;/i&gt;의 값입니다 — 그래프 위의 설명은 10번째 업데이트 후의 네트워크이므로 그 손실은 10번째 행의 손실과 다릅니다.&lt;/p&gt;&lt;p&gt;10스텝 후 네트워크는 &lt;b&gt;ello&lt;/b&gt;라고 말합니다. &lt;b&gt;스페이스&lt;/b&gt;를 누르면 학습을 계속하고, &lt;b&gt;Ctrl+→&lt;/b&gt;를 누르면 한 스텝 학습합니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Predict: the loss after the next update</source>
        <translation>예측하기: 다음 업데이트 후의 손실</translation>
    </message>
    <message>
        <source>&lt;p&gt;The loss is the mean of −log p(target) over the four time steps. The optimizer is about to take one more step, guided by the gradient.&lt;/p&gt;</source>
        <translation>&lt;p&gt;손실은 네 시점에 대한 −log p(target)의 평균입니다. 옵티마이저가 기울기를 따라 한 스텝 더 이동하려고 합니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Predict: the biggest gradient</source>
        <translation>예측하기: 가장 큰 기울기</translation>
    </message>
    <message>
        <source>&lt;p&gt;Back to the untrained network (step 0). Back through time (BPTT) the loss sends a gradient to every weight it used (not to W&lt;sub&gt;xh&lt;/sub&gt;&apos;s ‘o’ column: ‘o’ is never an input). W&lt;sub&gt;hh&lt;/sub&gt; is used at every time step, so its gradient adds up the contributions of t = 2 … n (at t = 1 it multiplies h&lt;sub&gt;0&lt;/sub&gt; = 0).&lt;/p&gt;</source>
        <translation>&lt;p&gt;학습 전 네트워크(스텝 0)로 돌아갑니다. 시간 역전파(BPTT)에서 손실은 자신이 사용한 모든 가중치에 기울기를 보냅니다(W&lt;sub&gt;xh&lt;/sub&gt;의 ‘o’ 열에는 보내지 않습니다: ‘o’는 입력으로 쓰이지 않습니다). W&lt;sub&gt;hh&lt;/sub&gt;는 모든 시점에서 쓰이므로 그 기울기는 t = 2 … n의 기여를 모두 더한 값입니다(t = 1에서는 h&lt;sub&gt;0&lt;/sub&gt; = 0과 곱해집니다).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The shapes of RNN tasks</source>
        <translation>RNN 과제의 형태</translation>
    </message>
    <message>
        <source>Many-to-one: the sentiment of a sentence</source>
        <translation>다대일: 문장의 감성</translation>
    </message>
    <message>
        <source>&lt;p&gt;Sixteen short reviews, each labelled &lt;i&gt;positive&lt;/i&gt; or &lt;i&gt;negative&lt;/i&gt;. The network reads the whole review and only its &lt;b&gt;last&lt;/b&gt; output counts: the loss is on the last time step alone.&lt;/p&gt;&lt;p&gt;In the Model panel such data is one line per text: &lt;i&gt;text&lt;/i&gt;, a Tab, &lt;i&gt;label&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Right on all sixteen means it has learned &lt;i&gt;these&lt;/i&gt; sentences — memorised them, perhaps; whether it judges a review it has never seen is another test. (Its cell is a GRU, step 15: the bars beside the arrows are its gates r and z and its candidate n.)&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;긍정&lt;/i&gt; 또는 &lt;i&gt;부정&lt;/i&gt; 레이블이 붙은 짧은 리뷰 16개입니다. 네트워크는 리뷰 전체를 읽고 &lt;b&gt;마지막&lt;/b&gt; 출력만 사용합니다: 손실은 마지막 시점에서만 계산합니다.&lt;/p&gt;&lt;p&gt;‘모델과 데이터’ 패널에서 이런 데이터는 텍스트마다 한 줄입니다: &lt;i&gt;텍스트&lt;/i&gt;, 탭, &lt;i&gt;레이블&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;16개를 모두 맞혔다는 것은 &lt;i&gt;이&lt;/i&gt; 문장들을 학습했다는 뜻입니다 — 외웠을 수도 있습니다. 처음 보는 리뷰를 판단할 수 있는지는 별개의 시험입니다. (셀은 GRU입니다, 15단계: 화살표 옆의 막대는 게이트 r, z와 후보 n입니다.)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Stacked RNNs</source>
        <translation>다층 RNN</translation>
    </message>
    <message>
        <source>&lt;p&gt;Layers on top of each other: the hidden state of layer 1 is the input of layer 2. Each layer has its own W&lt;sub&gt;xh&lt;/sub&gt; and W&lt;sub&gt;hh&lt;/sub&gt;, shared across time along its row.&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;L&lt;/b&gt; to walk layer by layer, as PyTorch computes it, instead of time step by time step: the numbers are the same.&lt;/p&gt;</source>
        <translation>&lt;p&gt;층을 쌓습니다: 1층의 은닉 상태가 2층의 입력입니다. 각 층은 자신의 W&lt;sub&gt;xh&lt;/sub&gt;와 W&lt;sub&gt;hh&lt;/sub&gt;를 가지며, 그 행을 따라 시간에 걸쳐 공유합니다.&lt;/p&gt;&lt;p&gt;&lt;b&gt;L&lt;/b&gt;을 누르면 시점별이 아니라 PyTorch가 계산하는 순서대로 층별로 진행합니다: 숫자는 같습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>LSTM</source>
        <translation>LSTM</translation>
    </message>
    <message>
        <source>&lt;p&gt;Back through time, a vanilla RNN&apos;s gradient is multiplied by W&lt;sub&gt;hh&lt;/sub&gt;ᵀ and tanh′ at every step, and usually fades (or, with large weights, grows). The LSTM adds a cell state c&lt;sub&gt;t&lt;/sub&gt; (the lane above each row), c&lt;sub&gt;t&lt;/sub&gt; = f ⊙ c&lt;sub&gt;t−1&lt;/sub&gt; + i ⊙ g, and gates between 0 and 1 (the bars i, f, o, beside the candidate g): &lt;b&gt;f&lt;/b&gt;orget keeps c&lt;sub&gt;t−1&lt;/sub&gt;, &lt;b&gt;i&lt;/b&gt;nput writes the candidate g (between −1 and 1), &lt;b&gt;o&lt;/b&gt;utput reads tanh(c&lt;sub&gt;t&lt;/sub&gt;) into h&lt;sub&gt;t&lt;/sub&gt;.&lt;/p&gt;&lt;p&gt;Where f ≈ 1, c&lt;sub&gt;t−1&lt;/sub&gt; is kept and the gradient along c passes back almost unchanged. Untrained, an LSTM&apos;s gradient fades much like an RNN&apos;s; training can &lt;i&gt;learn&lt;/i&gt; f ≈ 1 (Compare ▸ RNN vs LSTM vs GRU).&lt;/p&gt;&lt;p&gt;After ten steps this LSTM says &lt;i&gt;llll&lt;/i&gt; where the RNN said &lt;i&gt;ello&lt;/i&gt;: it has four times the weights to set in the same ten steps. Press &lt;b&gt;Space&lt;/b&gt;: within 40 steps it says &lt;i&gt;ello&lt;/i&gt; too.&lt;/p&gt;</source>
        <translation>&lt;p&gt;시간을 거슬러 갈 때 바닐라 RNN의 기울기는 매 스텝 W&lt;sub&gt;hh&lt;/sub&gt;ᵀ와 tanh′가 곱해져서 보통 사라집니다(가중치가 크면 폭발합니다). LSTM은 셀 상태 c&lt;sub&gt;t&lt;/sub&gt;(각 행 위의 레인), c&lt;sub&gt;t&lt;/sub&gt; = f ⊙ c&lt;sub&gt;t−1&lt;/sub&gt; + i ⊙ g와 0~1 사이의 게이트(후보 g 옆의 막대 i, f, o)를 추가합니다: 망각 게이트 &lt;b&gt;f&lt;/b&gt;는 c&lt;sub&gt;t−1&lt;/sub&gt;을 유지하고, 입력 게이트 &lt;b&gt;i&lt;/b&gt;는 후보 g(−1~1)를 쓰고, 출력 게이트 &lt;b&gt;o&lt;/b&gt;는 tanh(c&lt;sub&gt;t&lt;/sub&gt;)를 h&lt;sub&gt;t&lt;/sub&gt;로 읽어 냅니다.&lt;/p&gt;&lt;p&gt;f ≈ 1인 곳에서는 c&lt;sub&gt;t−1&lt;/sub&gt;이 유지되고 c를 따라가는 기울기가 거의 그대로 거꾸로 전달됩니다. 학습 전 LSTM의 기울기는 RNN처럼 사라지지만, 학습을 통해 f ≈ 1을 &lt;i&gt;배울&lt;/i&gt; 수 있습니다(비교 ▸ RNN vs LSTM vs GRU).&lt;/p&gt;&lt;p&gt;10스텝 후 이 LSTM은 RNN이 &lt;i&gt;ello&lt;/i&gt;라고 한 곳에서 &lt;i&gt;llll&lt;/i&gt;이라고 합니다: 같은 10스텝 안에 조정할 가중치가 4배나 됩니다. &lt;b&gt;스페이스&lt;/b&gt;를 누르세요: 40스텝 안에 이 LSTM도 &lt;i&gt;ello&lt;/i&gt;라고 합니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>GRU</source>
        <translation>GRU</translation>
    </message>
    <message>
        <source>&lt;p&gt;The GRU does the same with two gates (r, z) and no separate cell state (its bars: r, z and the candidate n): h&lt;sub&gt;t&lt;/sub&gt; = (1 − z) ⊙ n&lt;sub&gt;t&lt;/sub&gt; + z ⊙ h&lt;sub&gt;t−1&lt;/sub&gt;, where ⊙ multiplies entry by entry and n&lt;sub&gt;t&lt;/sub&gt; = tanh(W&lt;sub&gt;in&lt;/sub&gt; x&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;in&lt;/sub&gt; + r ⊙ (W&lt;sub&gt;hn&lt;/sub&gt; h&lt;sub&gt;t−1&lt;/sub&gt; + b&lt;sub&gt;hn&lt;/sub&gt;)) is the candidate state.&lt;/p&gt;&lt;p&gt;The update gate &lt;b&gt;z&lt;/b&gt; mixes: z ≈ 1 keeps the old state (and passes the gradient back nearly unchanged), z ≈ 0 replaces it with n&lt;sub&gt;t&lt;/sub&gt;. The reset gate &lt;b&gt;r&lt;/b&gt; decides how much of h&lt;sub&gt;t−1&lt;/sub&gt; the candidate sees.&lt;/p&gt;&lt;p&gt;The slides name the LSTM and the GRU; these two steps show what they compute. Change anything in the Model panel and see what happens.&lt;/p&gt;</source>
        <translation>&lt;p&gt;GRU는 게이트 두 개(r, z)로 같은 일을 하며 별도의 셀 상태가 없습니다(막대: r, z와 후보 n): h&lt;sub&gt;t&lt;/sub&gt; = (1 − z) ⊙ n&lt;sub&gt;t&lt;/sub&gt; + z ⊙ h&lt;sub&gt;t−1&lt;/sub&gt;. 여기서 ⊙는 성분별 곱이고 n&lt;sub&gt;t&lt;/sub&gt; = tanh(W&lt;sub&gt;in&lt;/sub&gt; x&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;in&lt;/sub&gt; + r ⊙ (W&lt;sub&gt;hn&lt;/sub&gt; h&lt;sub&gt;t−1&lt;/sub&gt; + b&lt;sub&gt;hn&lt;/sub&gt;))는 후보 상태입니다.&lt;/p&gt;&lt;p&gt;업데이트 게이트 &lt;b&gt;z&lt;/b&gt;가 섞습니다: z ≈ 1이면 이전 상태를 유지하고(기울기도 거의 그대로 거꾸로 전달), z ≈ 0이면 n&lt;sub&gt;t&lt;/sub&gt;로 바꿉니다. 리셋 게이트 &lt;b&gt;r&lt;/b&gt;는 후보가 h&lt;sub&gt;t−1&lt;/sub&gt;을 얼마나 볼지 정합니다.&lt;/p&gt;&lt;p&gt;슬라이드는 LSTM과 GRU의 이름만 소개합니다. 이 두 단계는 그것들이 무엇을 계산하는지 보여 줍니다. ‘모델과 데이터’ 패널에서 무엇이든 바꿔 보고 어떻게 되는지 확인하세요.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Seeing memory</source>
        <translation>기억을 눈으로 보기</translation>
    </message>
    <message>
        <source>&lt;p&gt;An RNN&apos;s memory, seen three ways in the &lt;b&gt;Memory&lt;/b&gt; tab:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;How far back a prediction looks&lt;/b&gt;: the text up to the walk&apos;s step t, each character shaded (and a bar) by ‖∂ log p&lt;sub&gt;t&lt;/sub&gt;(target) / ∂x&lt;sub&gt;s&lt;/sub&gt;‖ — how much that input moves step t&apos;s right answer, by backpropagation through time.&lt;/li&gt;&lt;li&gt;&lt;b&gt;The path of h&lt;sub&gt;t&lt;/sub&gt;&lt;/b&gt;: each state a point in the states&apos; two main directions (PCA), in time order. &lt;b&gt;Freeze axes&lt;/b&gt; and train on: the path moves in one frame.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Units over the text&lt;/b&gt;: the text coloured by one hidden unit; drag over a part of it to find the units that track it.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Hello&apos;s two ‘l’s are the test: the same input, yet ‘l’ follows the first and ‘o’ the second — only memory tells them apart. &lt;b&gt;←&lt;/b&gt; / &lt;b&gt;→&lt;/b&gt; move the step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;RNN의 기억을 &lt;b&gt;기억&lt;/b&gt; 탭에서 세 가지로 볼 수 있습니다:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;예측이 얼마나 과거를 보는가&lt;/b&gt;: 진행 중인 스텝 t까지의 텍스트에서 각 문자를 ‖∂ log p&lt;sub&gt;t&lt;/sub&gt;(target) / ∂x&lt;sub&gt;s&lt;/sub&gt;‖로 음영(과 막대) 표시합니다 — 그 입력이 스텝 t의 정답을 얼마나 움직이는지를 시간에 따른 역전파로 구한 값입니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;h&lt;sub&gt;t&lt;/sub&gt;의 경로&lt;/b&gt;: 각 상태를 상태들의 두 주성분 방향(PCA)의 점으로 시간 순서대로 그립니다. &lt;b&gt;축 고정&lt;/b&gt;을 켜고 학습을 계속하면 경로가 한 화면 안에서 움직입니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;텍스트 위의 유닛&lt;/b&gt;: 은닉 유닛 하나로 텍스트를 색칠합니다. 텍스트의 일부를 드래그하면 그 부분을 추적하는 유닛을 찾습니다.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;hello의 두 ‘l’이 시험대입니다: 입력은 같지만 첫 번째 뒤에는 ‘l’이, 두 번째 뒤에는 ‘o’가 옵니다 — 기억만이 둘을 구별합니다. &lt;b&gt;←&lt;/b&gt; / &lt;b&gt;→&lt;/b&gt;로 스텝을 옮깁니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>It goes down</source>
        <translation>내려간다</translation>
    </message>
    <message>
        <source>It goes up</source>
        <translation>올라간다</translation>
    </message>
    <message>
        <source>row h%1, column h%2</source>
        <translation>행 h%1, 열 h%2</translation>
    </message>
    <message>
        <source>Which character will the network &lt;b&gt;predict&lt;/b&gt; at t = %1, after reading ‘%2’? (Not which one is right: what &lt;i&gt;this&lt;/i&gt; network will say.)</source>
        <translation>‘%2’를 읽은 뒤 t = %1에서 네트워크는 어떤 문자를 &lt;b&gt;예측&lt;/b&gt;할까요? (무엇이 정답인지가 아니라 &lt;i&gt;이&lt;/i&gt; 네트워크가 무엇을 말할지입니다.)</translation>
    </message>
    <message>
        <source>The loss is %1 now. After the next update, will it go down or up?</source>
        <translation>지금 손실은 %1입니다. 다음 업데이트 후 내려갈까요, 올라갈까요?</translation>
    </message>
    <message>
        <source>Which entry of W&lt;sub&gt;hh&lt;/sub&gt; gets the &lt;b&gt;largest&lt;/b&gt; gradient |dL/dW&lt;sub&gt;hh&lt;/sub&gt;| from this forward pass? Button &lt;i&gt;i,j&lt;/i&gt;: row i (the unit it feeds), column j (the unit of h&lt;sub&gt;t−1&lt;/sub&gt; it reads).</source>
        <translation>이번 순전파에서 W&lt;sub&gt;hh&lt;/sub&gt;의 어느 성분이 &lt;b&gt;가장 큰&lt;/b&gt; 기울기 |dL/dW&lt;sub&gt;hh&lt;/sub&gt;|를 받을까요? 버튼 &lt;i&gt;i,j&lt;/i&gt;: 행 i(그 성분이 입력되는 유닛), 열 j(그 성분이 읽는 h&lt;sub&gt;t−1&lt;/sub&gt;의 유닛).</translation>
    </message>
    <message>
        <source>The softmax at t = %1 gives %2. The largest is ‘%3’: the network predicts ‘%3’%4.</source>
        <translation>t = %1의 softmax는 %2입니다. 가장 큰 것은 ‘%3’: 네트워크는 ‘%3’를 예측합니다%4.</translation>
    </message>
    <message>
        <source>, which is right</source>
        <translation>, 정답입니다</translation>
    </message>
    <message>
        <source> — the text goes on with ‘%1’, so training will push p(‘%1’) up</source>
        <translation> — 텍스트는 ‘%1’로 이어지므로 학습은 p(‘%1’)를 올립니다</translation>
    </message>
    <message>
        <source>The loss went from %1 to %2: down by %3. </source>
        <translation>손실이 %1에서 %2로 %3만큼 내려갔습니다. </translation>
    </message>
    <message>
        <source>The loss went from %1 to %2: &lt;b&gt;up&lt;/b&gt; by %3. The gradient only says which way is down &lt;i&gt;here&lt;/i&gt;; a step of this size went past the valley (the learning rate is large). </source>
        <translation>손실이 %1에서 %2로 %3만큼 &lt;b&gt;올라갔습니다&lt;/b&gt;. 기울기는 &lt;i&gt;이 지점에서&lt;/i&gt; 어느 쪽이 내리막인지만 알려 줍니다. 이 크기의 스텝은 골짜기를 지나쳤습니다(학습률이 큽니다). </translation>
    </message>
    <message>
        <source>dL/dW&lt;sub&gt;hh&lt;/sub&gt; is largest at row h%1, column h%2: %3. All of it:%4It adds up, over the time steps, dL/da of unit h%1 — how much the loss wants its pre-activation to change, dL/dh times tanh′ = 1 − h² — times h%2 one step earlier. Adam&apos;s first step then moves every weight whose gradient is not 0 by almost exactly the learning rate (lr·|g| / (|g| + ε)), whatever the gradient&apos;s size: there only the sign counts.</source>
        <translation>dL/dW&lt;sub&gt;hh&lt;/sub&gt;는 행 h%1, 열 h%2에서 가장 큽니다: %3. 전체:%4이 값은 시점마다 유닛 h%1의 dL/da — 손실이 활성화 전 값을 얼마나 바꾸고 싶어 하는지, 즉 dL/dh 곱하기 tanh′ = 1 − h² — 에 한 스텝 전의 h%2를 곱해 모두 더한 것입니다. Adam의 첫 스텝은 기울기가 0이 아닌 모든 가중치를 기울기 크기와 상관없이 거의 정확히 학습률만큼 움직입니다(lr·|g| / (|g| + ε)): 여기서는 부호만 중요합니다.</translation>
    </message>
    <message>
        <source>‘%1’ (step %2) %3</source>
        <translation>‘%1’ (스텝 %2) %3</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This network now&lt;/b&gt;: step %1 reads ‘%2’; next comes ‘%3’, and the network gives it p = %4. How much each input moves that: %5.</source>
        <translation>&lt;p&gt;&lt;b&gt;지금 이 네트워크&lt;/b&gt;: 스텝 %1은 ‘%2’를 읽습니다. 다음은 ‘%3’이고, 네트워크는 여기에 p = %4를 줍니다. 각 입력이 이 값을 움직이는 정도: %5.</translation>
    </message>
    <message>
        <source>Steps %1 and %2 both read ‘%3’, yet their states lie %4 apart in the path (%5 across): the network remembers what came before.</source>
        <translation>스텝 %1과 %2는 모두 ‘%3’를 읽지만, 경로에서 두 상태는 %4만큼 떨어져 있습니다(전체 폭 %5): 네트워크는 앞에 온 것을 기억합니다.</translation>
    </message>
    <message>
        <source>Steps %1 and %2 both read ‘%3’, and their states lie almost on one point in the path (%4 apart, %5 across): here the network hardly tells them apart.</source>
        <translation>스텝 %1과 %2는 모두 ‘%3’를 읽고, 경로에서 두 상태는 거의 한 점에 있습니다(거리 %4, 전체 폭 %5): 여기서 네트워크는 둘을 거의 구별하지 못합니다.</translation>
    </message>
    <message>
        <source>Score: %1 of %2 right</source>
        <translation>점수: %2개 중 %1개 정답</translation>
    </message>
    <message>
        <source>C&amp;ompare</source>
        <translation>비교(&amp;O)</translation>
    </message>
    <message>
        <source>This model against one more &amp;layer</source>
        <translation>이 모델 vs 층 하나 더(&amp;L)</translation>
    </message>
    <message>
        <source>The model and data on the left, from its seed, beside the same with one more stacked layer</source>
        <translation>왼쪽의 모델과 데이터(시드에서 시작)를 층 하나를 더 쌓은 같은 모델과 나란히</translation>
    </message>
    <message>
        <source>This model as RNN, LSTM and &amp;GRU</source>
        <translation>이 모델을 RNN, LSTM, GRU로(&amp;G)</translation>
    </message>
    <message>
        <source>The model and data on the left, from its seed, as a vanilla RNN, an LSTM and a GRU</source>
        <translation>왼쪽의 모델과 데이터(시드에서 시작)를 바닐라 RNN, LSTM, GRU로</translation>
    </message>
    <message>
        <source>SVG, vector, text stays text (*.svg)</source>
        <translation>SVG, 벡터, 텍스트 유지 (*.svg)</translation>
    </message>
    <message>
        <source>PDF, vector, for handouts (*.pdf)</source>
        <translation>PDF, 벡터, 유인물용 (*.pdf)</translation>
    </message>
    <message>
        <source>PNG at 1× (*.png)</source>
        <translation>PNG 1배 (*.png)</translation>
    </message>
    <message>
        <source>PNG at 2× (*.png)</source>
        <translation>PNG 2배 (*.png)</translation>
    </message>
    <message>
        <source>PNG at 3× (*.png)</source>
        <translation>PNG 3배 (*.png)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 내보내기</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>내보낼 수 없음</translation>
    </message>
    <message>
        <source>&amp;Graph as shown…</source>
        <translation>보이는 그래프(&amp;G)…</translation>
    </message>
    <message>
        <source>the graph</source>
        <translation>그래프</translation>
    </message>
    <message>
        <source>&amp;Copy the graph</source>
        <translation>그래프 복사(&amp;C)</translation>
    </message>
    <message>
        <source>rnnlab graph</source>
        <translation>rnnlab 그래프</translation>
    </message>
    <message>
        <source>Heatmaps</source>
        <translation>히트맵</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>기억</translation>
    </message>
    <message>
        <source>How far back a prediction looks</source>
        <translation>예측이 얼마나 과거를 보는가</translation>
    </message>
    <message>
        <source>The path of h_t</source>
        <translation>h_t의 경로</translation>
    </message>
    <message>
        <source>Units over text</source>
        <translation>텍스트 위의 유닛</translation>
    </message>
    <message>
        <source>%1k steps/s</source>
        <translation>%1k 스텝/s</translation>
    </message>
    <message>
        <source>%1 steps/s</source>
        <translation>%1 스텝/s</translation>
    </message>
    <message>
        <source>Time series: prediction and anomalies</source>
        <translation>시계열: 예측과 이상 탐지</translation>
    </message>
    <message>
        <source>above</source>
        <translation>초과</translation>
    </message>
    <message>
        <source>to the end</source>
        <translation>끝까지</translation>
    </message>
    <message>
        <source>&lt;p&gt;The lecture&apos;s first RNN applications are temporal: &lt;b&gt;time-series prediction&lt;/b&gt; and &lt;b&gt;anomaly detection&lt;/b&gt;. An LSTM has learnt a sine wave: at step t it reads x&lt;sub&gt;t&lt;/sub&gt; and predicts x&lt;sub&gt;t+1&lt;/sub&gt; (a number: the loss is the mean squared error).&lt;/p&gt;&lt;ul&gt;&lt;li&gt;The &lt;b&gt;one-step prediction&lt;/b&gt; (dashed) reads the true series up to x&lt;sub&gt;t&lt;/sub&gt;: it can only be one step wrong.&lt;/li&gt;&lt;li&gt;The &lt;b&gt;forecast&lt;/b&gt; (dotted) runs free: each prediction is fed back as the next input, so its errors carry on. Where the generator made the series, a thin line shows what really came.&lt;/li&gt;&lt;li&gt;Below, step t&apos;s error² (y&lt;sub&gt;t&lt;/sub&gt; − x&lt;sub&gt;t+1&lt;/sub&gt;)² on a log scale, and a &lt;b&gt;threshold&lt;/b&gt; (by default the training errors&apos; mean + 3 sd). A step above it is &lt;b&gt;flagged&lt;/b&gt;: a candidate, not yet an anomaly — it is one only where an anomaly was injected (hatched). Grey: warm-up, not counted.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;강의에서 처음 다루는 RNN 응용은 시간에 관한 것입니다: &lt;b&gt;시계열 예측&lt;/b&gt;과 &lt;b&gt;이상 탐지&lt;/b&gt;. LSTM이 사인파를 학습했습니다: 시점 t에서 x&lt;sub&gt;t&lt;/sub&gt;를 읽고 x&lt;sub&gt;t+1&lt;/sub&gt;을 예측합니다(숫자이므로 손실은 평균 제곱 오차입니다).&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;한 스텝 예측&lt;/b&gt;(파선)은 x&lt;sub&gt;t&lt;/sub&gt;까지의 실제 시계열을 읽습니다: 많아야 한 스텝만큼만 틀립니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;자유 실행 예측&lt;/b&gt;(점선)은 스스로 이어 갑니다: 각 예측을 다음 입력으로 되돌리므로 오차가 계속 이어집니다. 생성기가 만든 시계열이면 실제로 이어진 값을 가는 선으로 보여 줍니다.&lt;/li&gt;&lt;li&gt;아래에는 시점 t의 오차² (y&lt;sub&gt;t&lt;/sub&gt; − x&lt;sub&gt;t+1&lt;/sub&gt;)²를 로그 스케일로, 그리고 &lt;b&gt;임곗값&lt;/b&gt;(기본값은 학습 오차의 평균 + 3 SD)을 그립니다. 이를 넘는 시점은 &lt;b&gt;표시&lt;/b&gt;됩니다: 아직 이상치가 아니라 후보입니다 — 이상치를 넣은 곳(빗금)에서만 진짜 이상치입니다. 회색: 워밍업, 세지 않음.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>놓침</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>탐지됨</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Now&lt;/b&gt; (training step %1): flagged test steps: %2.</source>
        <translation>&lt;p&gt;&lt;b&gt;현재&lt;/b&gt; (학습 스텝 %1): 테스트 시계열에서 표시된 시점: %2.</translation>
    </message>
    <message>
        <source> The anomaly at point %1: %2; flags after it (still disturbed): %3; false alarms: %4.</source>
        <translation> 점 %1의 이상치: %2; 그 뒤의 표시(아직 흔들림): %3; 오탐: %4.</translation>
    </message>
    <message>
        <source> Largest error²: %1 at step %2 (predicting x&lt;sub&gt;%3&lt;/sub&gt;), %4 the threshold%5.</source>
        <translation> 최대 오차²: 시점 %2에서 %1 (x&lt;sub&gt;%3&lt;/sub&gt; 예측), 임곗값 %4%5.</translation>
    </message>
    <message>
        <source>%1 ×</source>
        <translation>%1배</translation>
    </message>
    <message>
        <source>: flagged</source>
        <translation>: 표시됨</translation>
    </message>
    <message>
        <source>: not flagged</source>
        <translation>: 표시 안 됨</translation>
    </message>
    <message>
        <source> Threshold %1: training error² %2 + 3 × %3 (sd)</source>
        <translation> 임곗값 %1: 학습 오차² %2 + 3 × %3 (SD)</translation>
    </message>
    <message>
        <source>; sd &gt; mean: ordinary steps pass it too.&lt;/p&gt;</source>
        <translation>; SD &gt; 평균: 평범한 시점도 임곗값을 넘습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>.&lt;/p&gt;</source>
        <translation>.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Score: no questions answered yet</source>
        <translation>점수: 아직 답한 문제가 없습니다</translation>
    </message>
    <message>
        <source>cannot write %1: the picture could not be encoded as PNG (%2x%3 pixels)</source>
        <extracomment>%1 the file, %2 × %3 the picture&apos;s size in pixels.</extracomment>
        <translation>%1을(를) 쓸 수 없습니다: 그림을 PNG로 인코딩할 수 없습니다 (%2x%3 픽셀)</translation>
    </message>
    <message>
        <source>&lt;p&gt;An RNN is flexible: it can read one input or many, and answer once or at every step.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;one-to-one&lt;/b&gt;: no sequence at all — one input, one output, no loop: a plain feed-forward network, the box the slide labels “vanilla”;&lt;/li&gt;&lt;li&gt;&lt;b&gt;one-to-many&lt;/b&gt;: one input, then a sequence out — image captioning, or &lt;i&gt;generating&lt;/i&gt; text: each output is fed back as the next input (the Generate tab);&lt;/li&gt;&lt;li&gt;&lt;b&gt;many-to-one&lt;/b&gt;: read a sequence, answer once — sentiment of a sentence;&lt;/li&gt;&lt;li&gt;&lt;b&gt;many-to-many&lt;/b&gt;: an output per input — our hello, or a tag for every word; translation is many-to-many too, but reads the whole sentence first and then writes one of its own length.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Choose a shape below. &lt;b&gt;one-to-many&lt;/b&gt; draws the network as it generates: x&lt;sub&gt;1&lt;/sub&gt; = ‘h’ is given, every later input is the character it picked one step before (the arrows from y&lt;sub&gt;t−1&lt;/sub&gt; down to x&lt;sub&gt;t&lt;/sub&gt;), with the states and probabilities of that pass — greedy, or sampled with the Generate tab&apos;s temperature and seed. Where the generated text parts from the training text, a ✗ marks the step. &lt;b&gt;one-to-one&lt;/b&gt; is x&lt;sub&gt;1&lt;/sub&gt; in, y&lt;sub&gt;1&lt;/sub&gt; out: one step&apos;s real numbers. The other two keep the numbers of the whole hello pass and only the inputs and outputs they use.&lt;/p&gt;</source>
        <translation>&lt;p&gt;RNN은 유연합니다: 입력을 하나 또는 여러 개 읽고, 한 번 또는 매 스텝마다 답할 수 있습니다.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;one-to-one&lt;/b&gt;(일대일): 시퀀스가 전혀 없음 — 입력 하나, 출력 하나, 루프 없음: 일반 순방향 신경망으로, 슬라이드에서 “vanilla”라고 적힌 상자입니다;&lt;/li&gt;&lt;li&gt;&lt;b&gt;one-to-many&lt;/b&gt;(일대다): 입력 하나, 그다음 시퀀스 출력 — 이미지 캡션 생성, 또는 텍스트 &lt;i&gt;생성&lt;/i&gt;: 각 출력을 다음 입력으로 되돌립니다(생성 탭);&lt;/li&gt;&lt;li&gt;&lt;b&gt;many-to-one&lt;/b&gt;(다대일): 시퀀스를 읽고 한 번 답함 — 문장의 감성;&lt;/li&gt;&lt;li&gt;&lt;b&gt;many-to-many&lt;/b&gt;(다대다): 입력마다 출력 하나 — 우리의 hello, 또는 단어마다 태그 달기. 번역도 다대다지만, 먼저 문장 전체를 읽은 뒤 자기 길이의 문장을 씁니다.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;아래에서 형태를 고르세요. &lt;b&gt;one-to-many&lt;/b&gt;는 생성하는 네트워크를 그립니다: x&lt;sub&gt;1&lt;/sub&gt; = ‘h’가 주어지고, 이후의 입력은 모두 한 스텝 전에 고른 문자입니다(y&lt;sub&gt;t−1&lt;/sub&gt;에서 x&lt;sub&gt;t&lt;/sub&gt;로 내려가는 화살표). 그 패스의 상태와 확률도 함께 보여 줍니다 — 그리디, 또는 생성 탭의 온도와 시드로 샘플링. 생성된 텍스트가 학습 텍스트에서 벗어나는 스텝에는 ✗가 표시됩니다. &lt;b&gt;one-to-one&lt;/b&gt;은 x&lt;sub&gt;1&lt;/sub&gt; 입력, y&lt;sub&gt;1&lt;/sub&gt; 출력: 한 스텝의 실제 숫자입니다. 나머지 둘은 hello 패스 전체의 숫자를 유지하고, 각자 쓰는 입력과 출력만 보여 줍니다.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ValueEquations</name>
    <message>
        <source>N = number of predicted steps, over all series</source>
        <translation>N = 모든 시계열에서 예측한 시점 수</translation>
    </message>
    <message>
        <source>N = number of predicted steps, over all series; D = features per step</source>
        <translation>N = 모든 시계열에서 예측한 시점 수; D = 시점당 특성 수</translation>
    </message>
    <message>
        <source>%1 (predicts x_{t+1}),   loss_t = (y_t − x_{t+1})²,   L = MSE = (1/N) Σ_t loss_t,   </source>
        <extracomment>%1 is the output&apos;s equation (y_t = W_hy h_t + b_y).</extracomment>
        <translation>%1 (x_{t+1} 예측),   loss_t = (y_t − x_{t+1})²,   L = MSE = (1/N) Σ_t loss_t,   </translation>
    </message>
    <message>
        <source>%1 (predicts x_{t+1}),   loss_t = Σ_d (y_t[d] − x_{t+1}[d])²,   L = MSE = (1/(N·D)) Σ_t loss_t,   </source>
        <extracomment>%1 is the output&apos;s equation (y_t = W_hy h_t + b_y).</extracomment>
        <translation>%1 (x_{t+1} 예측),   loss_t = Σ_d (y_t[d] − x_{t+1}[d])²,   L = MSE = (1/(N·D)) Σ_t loss_t,   </translation>
    </message>
    <message>
        <source>a test series is never trained on:</source>
        <translation>테스트 시계열은 학습에 사용하지 않습니다:</translation>
    </message>
    <message>
        <source>this squared error is in no loss L and sends no gradient back</source>
        <translation>이 제곱 오차는 손실 L에 들어가지 않고 기울기도 역전파하지 않습니다</translation>
    </message>
    <message>
        <source>(forward and error only; the Signal tab holds it against the anomaly threshold)</source>
        <translation>(순전파와 오차만 계산. 신호 탭에서 이상치 임곗값과 비교합니다)</translation>
    </message>
    <message>
        <source>%1 step</source>
        <translation>시점 %1개</translation>
    </message>
    <message>
        <source>%1 steps</source>
        <translation>시점 %1개</translation>
    </message>
    <message>
        <source>%1 feature</source>
        <translation>특성 %1개</translation>
    </message>
    <message>
        <source>%1 features</source>
        <translation>특성 %1개</translation>
    </message>
    <message>
        <source>the prediction of x_%1</source>
        <translation>x_%1의 예측</translation>
    </message>
    <message>
        <source>its share of L:</source>
        <translation>L에서 차지하는 몫:</translation>
    </message>
    <message>
        <source>L = MSE, the mean over %1 values: L = %2</source>
        <extracomment>%1 the count (&quot;N·D = 119 steps × 2 features = 238&quot;), %2 the loss.</extracomment>
        <translation>L = MSE, %1개 값의 평균: L = %2</translation>
    </message>
    <message>
        <source>L = MSE, the mean over %1: L = %2</source>
        <translation>L = MSE, %1에 대한 평균: L = %2</translation>
    </message>
</context>
<context>
    <name>rnnlab</name>
    <message>
        <source>Window</source>
        <translation>창</translation>
    </message>
    <message>
        <source>Matrices</source>
        <translation>행렬</translation>
    </message>
    <message>
        <source>Step by hand</source>
        <translation>손으로 계산</translation>
    </message>
    <message>
        <source>Loss and accuracy</source>
        <translation>손실과 정확도</translation>
    </message>
    <message>
        <source>Predictions per step</source>
        <translation>학습 스텝별 예측</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>생성</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>기억</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>신호</translation>
    </message>
    <message>
        <source>PyTorch</source>
        <translation>PyTorch</translation>
    </message>
    <message>
        <source>Predictions per step lists predicted strings: it is for character tasks only.</source>
        <translation>‘학습 스텝별 예측’은 예측한 문자열을 나열합니다: 문자 과제 전용입니다.</translation>
    </message>
    <message>
        <source>Generate writes text, for character tasks only. A time series&apos; free-running forecast (each prediction fed back as the next input) is drawn in the Signal tab, as long as you set it there.</source>
        <translation>생성은 텍스트를 쓰며 문자 과제 전용입니다. 시계열의 자유 실행 예측(각 예측을 다음 입력으로 되돌림)은 신호 탭에서 설정한 길이만큼 그려집니다.</translation>
    </message>
    <message>
        <source>The Memory tab ranks influence over characters: it is for character tasks only.</source>
        <translation>기억 탭은 문자에 대한 영향을 순위로 보여 줍니다: 문자 과제 전용입니다.</translation>
    </message>
    <message>
        <source> This run is a translation (an encoder–decoder): its loss and accuracy are in the Loss tab, each pair&apos;s greedy translation at every step in Predictions per step, and its three weight sets (encoder, decoder, fc) in the Matrices panel.</source>
        <translation> 이 실행은 번역(인코더–디코더)입니다: 손실과 정확도는 손실 탭에, 각 쌍의 스텝마다의 그리디 번역은 ‘학습 스텝별 예측’에, 세 가중치 집합(encoder, decoder, fc)은 행렬 패널에 있습니다.</translation>
    </message>
    <message>
        <source>An encoder–decoder is drawn by its own graph.</source>
        <translation>인코더–디코더는 전용 그래프로 그립니다.</translation>
    </message>
    <message>
        <source>Generate writes text by feeding a network&apos;s output back as its next input; a translation does that in its decoder, and its greedy translations are listed in Predictions per step.</source>
        <translation>생성은 네트워크의 출력을 다음 입력으로 되돌려 텍스트를 씁니다. 번역은 디코더에서 이를 수행하며, 그리디 번역은 ‘학습 스텝별 예측’에 나열됩니다.</translation>
    </message>
    <message>
        <source>The Memory tab reads one network over one text; an encoder–decoder&apos;s two are not analysed yet.</source>
        <translation>기억 탭은 텍스트 하나에 대해 네트워크 하나를 분석합니다. 인코더–디코더의 두 네트워크는 아직 분석하지 않습니다.</translation>
    </message>
    <message>
        <source> This run is a time series: its values, the network&apos;s predictions, the free-running forecast and the flagged steps are in the Signal tab, and every number of a time step in the graph.</source>
        <translation> 이 실행은 시계열입니다: 값, 네트워크의 예측, 자유 실행 예측, 표시된 시점은 신호 탭에, 각 시점의 모든 숫자는 그래프에 있습니다.</translation>
    </message>
</context>
<context>
    <name>rnnlab::CellValueEditor</name>
    <message>
        <source>Type a number, e.g. 0.5 or -1.2e-3</source>
        <translation>숫자를 입력하세요. 예: 0.5 또는 -1.2e-3</translation>
    </message>
    <message>
        <source>Use a point as the decimal separator: %1</source>
        <translation>소수점은 마침표(.)로 쓰세요: %1</translation>
    </message>
    <message>
        <source>“%1” is not a number: type e.g. 0.5 or -1.2e-3</source>
        <translation>“%1”은(는) 숫자가 아닙니다: 예를 들어 0.5 또는 -1.2e-3을 입력하세요</translation>
    </message>
    <message>
        <source>A weight must be a finite number (%1 would turn the loss into nan)</source>
        <translation>가중치는 유한한 숫자여야 합니다 (%1이면 손실이 nan이 됩니다)</translation>
    </message>
    <message>
        <source>Too large for a float32 weight: at most ±%1</source>
        <translation>float32 가중치로는 너무 큽니다: 최대 ±%1</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>새 값</translation>
    </message>
</context>
<context>
    <name>rnnlab::ColorLegend</name>
    <message>
        <source>%1: blue is negative, red is positive; the colour is darkest at ±%2 and beyond.</source>
        <extracomment>%1 the legend&apos;s caption (Weights), %2 the colour scale&apos;s end.</extracomment>
        <translation>%1: 파란색은 음수, 빨간색은 양수입니다. ±%2 이상에서 색이 가장 진합니다.</translation>
    </message>
    <message>
        <source>The numbers in the cells and under the bar are in units of %1: %2 in a cell means %3.</source>
        <extracomment>%1 a power of ten (10⁻³), %2 a number as a cell prints it, %3 the value it stands for.</extracomment>
        <translation>칸 안과 막대 아래의 숫자는 %1 단위입니다: 칸의 %2은(는) %3을(를) 뜻합니다.</translation>
    </message>
    <message>
        <source>Where the cells are too small for numbers, hover a cell (or move to it with the arrow keys) to read its value.</source>
        <translation>칸이 작아 숫자가 들어가지 않으면, 칸 위에 마우스를 올리거나 화살표 키로 이동해 값을 읽으세요.</translation>
    </message>
</context>
<context>
    <name>rnnlab::ColorMap</name>
    <message>
        <source>input gate i</source>
        <extracomment>A gate&apos;s name (LSTM: i, f, g, o; GRU: r, z, n): keep its letter last, after a space.</extracomment>
        <translation>입력 게이트 i</translation>
    </message>
    <message>
        <source>forget gate f</source>
        <translation>망각 게이트 f</translation>
    </message>
    <message>
        <source>candidate g</source>
        <translation>후보 g</translation>
    </message>
    <message>
        <source>output gate o</source>
        <translation>출력 게이트 o</translation>
    </message>
    <message>
        <source>reset gate r</source>
        <translation>리셋 게이트 r</translation>
    </message>
    <message>
        <source>update gate z</source>
        <translation>업데이트 게이트 z</translation>
    </message>
    <message>
        <source>candidate n</source>
        <translation>후보 n</translation>
    </message>
</context>
<context>
    <name>rnnlab::ComparePanel</name>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Compare without model %1</source>
        <translation>모델 %1 없이 비교</translation>
    </message>
    <message>
        <source>Model %1&apos;s cell: rnn_tanh, rnn_relu (torch.nn.RNN), lstm (torch.nn.LSTM) or gru (torch.nn.GRU)</source>
        <translation>모델 %1의 셀: rnn_tanh, rnn_relu (torch.nn.RNN), lstm (torch.nn.LSTM), gru (torch.nn.GRU)</translation>
    </message>
    <message>
        <source>Model %1&apos;s stacked layers (1–8)</source>
        <translation>모델 %1의 층 수 (1–8)</translation>
    </message>
    <message>
        <source>H </source>
        <translation>H </translation>
    </message>
    <message>
        <source>Model %1&apos;s hidden size H: units per layer (without an output layer H must equal the vocabulary size)</source>
        <translation>모델 %1의 은닉 상태 크기 H: 층당 유닛 수 (출력층이 없으면 H는 어휘 크기와 같아야 함)</translation>
    </message>
    <message>
        <source>output layer</source>
        <translation>출력층</translation>
    </message>
    <message>
        <source>Model %1 reads its predictions through nn.Linear(H, V) (W_hy); without it, the top layer&apos;s hidden state is the logits</source>
        <translation>모델 %1은 nn.Linear(H, V) (W_hy)로 예측을 읽습니다. 없으면 최상위 층의 은닉 상태가 로짓입니다</translation>
    </message>
    <message>
        <source>Model %1&apos;s seed: torch.manual_seed for its initial weights</source>
        <translation>모델 %1의 시드: 초기 가중치용 torch.manual_seed</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source> layer</source>
        <translation> 층</translation>
    </message>
    <message>
        <source> layers</source>
        <translation> 층</translation>
    </message>
    <message>
        <source>seed: &quot;%1&quot; is not a whole number from −9223372036854775808 to 9223372036854775807</source>
        <translation>시드: &quot;%1&quot;은(는) −9223372036854775808부터 9223372036854775807까지의 정수가 아닙니다</translation>
    </message>
</context>
<context>
    <name>rnnlab::ComparePlot</name>
    <message>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>Correct characters</source>
        <translation>문자 정확도</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic axis: late, small differences between the models stay visible</source>
        <translation>손실을 로그 축으로 표시: 후반의 작은 모델 간 차이도 보입니다</translation>
    </message>
    <message>
        <source>training step</source>
        <translation>학습 스텝</translation>
    </message>
    <message>
        <source>correct (%)</source>
        <translation>정확도 (%)</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>손실</translation>
    </message>
</context>
<context>
    <name>rnnlab::CompareWindow</name>
    <message>
        <source>Space: train · Ctrl+→: one step for every model · Ctrl+L: lock step or free-running · F: fold the graphs</source>
        <translation>스페이스: 학습 · Ctrl+→: 모든 모델 1스텝 · Ctrl+L: 스텝 맞춤 또는 자유 실행 · F: 그래프 접기</translation>
    </message>
    <message>
        <source>Every model trains on these texts with these optimizer settings, so that only the models differ. Change them in the main window (Model and data) and compare again.</source>
        <translation>모든 모델이 같은 텍스트와 같은 옵티마이저 설정으로 학습하므로 모델만 다릅니다. 메인 창(모델과 데이터)에서 바꾼 뒤 다시 비교하세요.</translation>
    </message>
    <message>
        <source>Which training text the graphs show</source>
        <translation>그래프에 표시할 학습 텍스트</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>텍스트(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>비교(&amp;C)</translation>
    </message>
    <message>
        <source>Train every model at the chosen speed (Space)</source>
        <translation>모든 모델을 선택한 속도로 학습 (스페이스)</translation>
    </message>
    <message>
        <source>Pause every model (Space)</source>
        <translation>모든 모델 일시 정지 (스페이스)</translation>
    </message>
    <message>
        <source>One optimizer step for every model (Ctrl+→)</source>
        <translation>모든 모델에 옵티마이저 1스텝 (Ctrl+→)</translation>
    </message>
    <message>
        <source>Every model back to its seed&apos;s initial weights, step 0 (Ctrl+R)</source>
        <translation>모든 모델을 시드의 초기 가중치, 스텝 0으로 (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Lock step</source>
        <translation>스텝 맞춤(&amp;L)</translation>
    </message>
    <message>
        <source>On: every model shows the same step (the fast ones wait for the slowest). Off: each model trains as fast as it can (Ctrl+L)</source>
        <translation>켜기: 모든 모델이 같은 스텝을 표시합니다(빠른 모델은 가장 느린 모델을 기다림). 끄기: 각 모델이 최대한 빨리 학습합니다 (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Add a model</source>
        <translation>모델 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Compare a third model (Ctrl+Shift+N): the first cell type not compared yet</source>
        <translation>세 번째 모델 비교 (Ctrl+Shift+N): 아직 비교하지 않은 첫 번째 셀 유형</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Fold the graphs</source>
        <translation>그래프 접기(&amp;F)</translation>
    </message>
    <message>
        <source>Fold every unrolled graph into its cell with the W_hh loop, or unfold them (F)</source>
        <translation>펼친 그래프를 모두 W_hh 루프가 있는 셀로 접거나 펼칩니다 (F)</translation>
    </message>
    <message>
        <source>Fit to &amp;window</source>
        <translation>창에 맞추기(&amp;W)</translation>
    </message>
    <message>
        <source>Show each whole graph (Ctrl+0)</source>
        <translation>각 그래프 전체 보기 (Ctrl+0)</translation>
    </message>
    <message>
        <source>&amp;Gradient through time</source>
        <translation>시간에 따른 기울기(&amp;G)</translation>
    </message>
    <message>
        <source>How much of the last step&apos;s gradient reaches each h_t, model against model: on by itself when the cells differ (Ctrl+D)</source>
        <translation>마지막 스텝의 기울기가 각 h_t에 얼마나 도달하는지 모델별로 비교: 셀이 다르면 자동으로 켜짐 (Ctrl+D)</translation>
    </message>
    <message>
        <source>How far &amp;back a prediction looks</source>
        <translation>예측이 얼마나 과거를 보는가(&amp;B)</translation>
    </message>
    <message>
        <source>How much each earlier input drives one step&apos;s prediction, model against model: on by itself when the cells differ (Ctrl+B)</source>
        <translation>이전 입력 각각이 한 스텝의 예측에 얼마나 영향을 주는지 모델별로 비교: 셀이 다르면 자동으로 켜짐 (Ctrl+B)</translation>
    </message>
    <message>
        <source>&amp;Log scale for the loss</source>
        <translation>손실 로그 스케일(&amp;L)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>Load a comparison the lecture uses</source>
        <translation>강의에서 쓰는 비교 불러오기</translation>
    </message>
    <message>
        <source>Presets…</source>
        <translation>프리셋…</translation>
    </message>
    <message>
        <source>Compare models — rnnlab</source>
        <translation>모델 비교 — rnnlab</translation>
    </message>
    <message>
        <source>Compare: %1 — rnnlab</source>
        <translation>비교: %1 — rnnlab</translation>
    </message>
    <message>
        <source>Lock step: every model shows the same training step. The table&apos;s numbers are what rnnlab-cli train prints for each session.</source>
        <translation>스텝 맞춤: 모든 모델이 같은 학습 스텝을 표시합니다. 표의 숫자는 각 세션에 대해 rnnlab-cli train이 출력하는 값입니다.</translation>
    </message>
    <message>
        <source>Adam, lr %1</source>
        <translation>Adam, lr %1</translation>
    </message>
    <message>
        <source>SGD, lr %1, momentum %2</source>
        <translation>SGD, lr %1, 모멘텀 %2</translation>
    </message>
    <message>
        <source>, gradients clipped at %1</source>
        <translation>, 기울기 클리핑 %1</translation>
    </message>
    <message>
        <source>, no clipping</source>
        <translation>, 클리핑 없음</translation>
    </message>
    <message>
        <source>Every model: %1 · %2</source>
        <translation>모든 모델: %1 · %2</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>스텝 %1</translation>
    </message>
    <message>
        <source>Steps %1</source>
        <translation>스텝 %1</translation>
    </message>
    <message>
        <source>Lock step: every model has taken this many steps</source>
        <translation>스텝 맞춤: 모든 모델이 이만큼 스텝을 진행함</translation>
    </message>
    <message>
        <source>Free-running: the steps each model has taken (A · B · C)</source>
        <translation>자유 실행: 각 모델이 진행한 스텝 (A · B · C)</translation>
    </message>
    <message>
        <source>lock step: %1 steps/s</source>
        <translation>스텝 맞춤: %1 스텝/s</translation>
    </message>
    <message>
        <source>Training stopped: model %1&apos;s step was refused (see the message on its graph)</source>
        <translation>학습 중지: 모델 %1의 스텝이 거부되었습니다(그래프의 메시지 참조)</translation>
    </message>
    <message>
        <source>Model %1 stopped</source>
        <translation>모델 %1 중지됨</translation>
    </message>
    <message>
        <source>Change model %1&apos;s settings, or Reset to start every model over.</source>
        <translation>모델 %1의 설정을 바꾸거나, 재설정으로 모든 모델을 처음부터 시작하세요.</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>사용자 정의</translation>
    </message>
    <message>
        <source>Model %1 changed: every model starts over from step 0, so that they stay comparable</source>
        <translation>모델 %1 변경됨: 비교할 수 있도록 모든 모델이 스텝 0부터 다시 시작합니다</translation>
    </message>
</context>
<context>
    <name>rnnlab::ContextEquations</name>
    <message>
        <source>Context, backward through time</source>
        <translation>컨텍스트, 시간 역전파</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>컨텍스트</translation>
    </message>
    <message>
        <source> · layer %1</source>
        <translation> · 층 %1</translation>
    </message>
    <message>
        <source>h_0^{dec} = h_n^{enc},   c_0^{dec} = c_n^{enc}   (every layer; n = %1 source characters)</source>
        <translation>h_0^{dec} = h_n^{enc},   c_0^{dec} = c_n^{enc}   (모든 층; n = 소스 문자 %1개)</translation>
    </message>
    <message>
        <source>h_0^{dec} = h_n^{enc}   (every layer; n = %1 source characters)</source>
        <translation>h_0^{dec} = h_n^{enc}   (모든 층; n = 소스 문자 %1개)</translation>
    </message>
    <message>
        <source>the decoder never sees the source itself: only these %1 numbers per layer</source>
        <translation>디코더는 소스 자체를 보지 못합니다: 층마다 이 숫자 %1개만 봅니다</translation>
    </message>
    <message>
        <source>dL/dh_n^{enc} gets dL/dh_0^{dec},   dL/dc_n^{enc} gets dL/dc_0^{dec} = f_1^{dec} ⊙ dL/dc_1^{dec}</source>
        <translation>dL/dh_n^{enc}에 dL/dh_0^{dec} 전달,   dL/dc_n^{enc}에 dL/dc_0^{dec} = f_1^{dec} ⊙ dL/dc_1^{dec} 전달</translation>
    </message>
    <message>
        <source>dL/dh_n^{enc} gets dL/dh_0^{dec}: the decoder&apos;s gradient of its starting state</source>
        <translation>dL/dh_n^{enc}에 dL/dh_0^{dec} 전달: 디코더 시작 상태의 기울기</translation>
    </message>
    <message>
        <source>→ reaches the encoder:</source>
        <translation>→ 인코더에 도달:</translation>
    </message>
    <message>
        <source>from here back through the encoder, from its last step: its only loss is the decoder&apos;s, carried across the context</source>
        <translation>여기서부터 인코더를 마지막 시점부터 거슬러 갑니다: 인코더의 손실은 컨텍스트를 거쳐 온 디코더의 손실뿐입니다</translation>
    </message>
</context>
<context>
    <name>rnnlab::EquationAccessible</name>
    <message>
        <source>Equations</source>
        <translation>식</translation>
    </message>
</context>
<context>
    <name>rnnlab::EquationModel</name>
    <message>
        <source>units %1:</source>
        <translation>유닛 %1:</translation>
    </message>
    <message>
        <source>(no gradients: the loss of this pass is not finite)</source>
        <translation>(기울기 없음: 이 패스의 손실이 유한하지 않음)</translation>
    </message>
    <message>
        <source>from layer %1</source>
        <translation>층 %1에서</translation>
    </message>
    <message>
        <source>the loss of the text: −log of the probability of its label (scored at the last step)</source>
        <translation>텍스트의 손실: 레이블 확률의 −log (마지막 시점에서 채점)</translation>
    </message>
    <message>
        <source>the loss at this step: −log of the probability of the next character</source>
        <translation>이 시점의 손실: 다음 문자 확률의 −log</translation>
    </message>
    <message>
        <source>the loss at this step: −log of the probability of the target</source>
        <translation>이 시점의 손실: 타깃 확률의 −log</translation>
    </message>
    <message>
        <source>dL/dh_t = (from y_t or the layer above) + W_hhᵀ dL/da_{t+1},   dL/da_t = dL/dh_t ⊙ [h_t &gt; 0]</source>
        <translation>dL/dh_t = (y_t 또는 위층에서) + W_hhᵀ dL/da_{t+1},   dL/da_t = dL/dh_t ⊙ [h_t &gt; 0]</translation>
    </message>
    <message>
        <source>dL/dh_t = (from y_t or the layer above) + W_hhᵀ dL/da_{t+1},   dL/da_t = dL/dh_t ⊙ (1 − h_t²)</source>
        <translation>dL/dh_t = (y_t 또는 위층에서) + W_hhᵀ dL/da_{t+1},   dL/da_t = dL/dh_t ⊙ (1 − h_t²)</translation>
    </message>
    <message>
        <source>h_t%5 = %1(W_hh%5 h_{t−1}%5 + W_xh%5 %4 + b%5) = %1(a_t%5),   %2   for t = 1 … %3, h_0 = 0;   b%5 = b_ih%5 + b_hh%5 (PyTorch keeps the two biases apart)</source>
        <extracomment>The RNN&apos;s equations. %1 the activation (tanh or ReLU), %2 the output&apos;s equations, %3 the number of time steps, %4 the layer&apos;s input (x_t), %5 the layer&apos;s superscript (empty for one layer).</extracomment>
        <translation>h_t%5 = %1(W_hh%5 h_{t−1}%5 + W_xh%5 %4 + b%5) = %1(a_t%5),   %2   t = 1 … %3, h_0 = 0;   b%5 = b_ih%5 + b_hh%5 (PyTorch는 두 편향을 따로 둡니다)</translation>
    </message>
    <message>
        <source>Backward through time</source>
        <translation>시간 역전파 (BPTT)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>순전파</translation>
    </message>
    <message>
        <source>%1, test series %2</source>
        <extracomment>The walk&apos;s direction (Forward) and which test series it walks.</extracomment>
        <translation>%1, 테스트 시계열 %2</translation>
    </message>
    <message>
        <source>, layer %1</source>
        <translation>, 층 %1</translation>
    </message>
    <message>
        <source>the squared error of this step: (y_t − x_{t+1})² per feature (a test series: no share of L)</source>
        <translation>이 시점의 제곱 오차: 특성마다 (y_t − x_{t+1})² (테스트 시계열: L에 들어가지 않음)</translation>
    </message>
    <message>
        <source>%1: what the layer below contributes</source>
        <translation>%1: 아래층이 기여하는 값</translation>
    </message>
    <message>
        <source>y_%1 (logits)</source>
        <translation>y_%1 (로짓)</translation>
    </message>
    <message>
        <source> (not scored: a classifier is scored at the last time step only)</source>
        <translation> (채점 안 함: 분류기는 마지막 시점만 채점)</translation>
    </message>
    <message>
        <source> ✗ (the label is %1)</source>
        <extracomment>%1 is the true label (a character or class).</extracomment>
        <translation> ✗ (레이블은 %1)</translation>
    </message>
    <message>
        <source> ✗ (the text goes on with %1)</source>
        <extracomment>%1 is the true next character.</extracomment>
        <translation> ✗ (텍스트는 %1(으)로 이어짐)</translation>
    </message>
    <message>
        <source>the largest is p_%1[%2] = %3: predicts %2%4</source>
        <extracomment>%1 the time step, %2 the predicted character or class, %3 its probability, %4 the verdict (✓, or ✗ with the true one).</extracomment>
        <translation>가장 큰 값은 p_%1[%2] = %3: %2 예측%4</translation>
    </message>
    <message>
        <source>no loss at t = %1: this time step has no target</source>
        <translation>t = %1에서는 손실 없음: 이 시점에는 타깃이 없습니다</translation>
    </message>
    <message>
        <source>no backward pass — %1</source>
        <translation>역전파 없음 — %1</translation>
    </message>
    <message>
        <source>x_%1%2 = h_%1 of layer %3 =</source>
        <extracomment>%1 the time step, %2 the layer&apos;s superscript, %3 the layer below.</extracomment>
        <translation>x_%1%2 = 층 %3의 h_%1 =</translation>
    </message>
    <message>
        <source>x_%1 = the values of test series %2 at t = %1 =</source>
        <translation>x_%1 = t = %1에서 테스트 시계열 %2의 값 =</translation>
    </message>
    <message>
        <source>x_%1 = the values of series %2 at t = %1 =</source>
        <translation>x_%1 = t = %1에서 시계열 %2의 값 =</translation>
    </message>
    <message>
        <source>the mean over the %1 texts&apos; labels (one scored step each)</source>
        <translation>텍스트 %1개의 레이블에 대한 평균 (텍스트마다 채점 시점 하나)</translation>
    </message>
    <message>
        <source>the mean over the %1 scored time steps of all texts</source>
        <translation>모든 텍스트의 채점 시점 %1개에 대한 평균</translation>
    </message>
    <message>
        <source>the training loss is %1: L = %2</source>
        <extracomment>%1 what the loss averages (&quot;the mean over the 12 scored time steps of all texts&quot;), %2 its value.</extracomment>
        <translation>학습 손실은 %1: L = %2</translation>
    </message>
    <message>
        <source>dL/dy_%1 = (p_%1 − one-hot(%2)) / %3: L is the mean over %3 predictions</source>
        <extracomment>%1 the time step, %2 the target (&apos;e&apos;), %3 the number of predictions N.</extracomment>
        <translation>dL/dy_%1 = (p_%1 − one-hot(%2)) / %3: L은 예측 %3개의 평균</translation>
    </message>
    <message>
        <source>nothing after t = %1</source>
        <translation>t = %1 이후 없음</translation>
    </message>
    <message>
        <source>dL/da_%1 = dL/dh_%1 where h_%1 &gt; 0 =</source>
        <translation>dL/da_%1 = h_%1 &gt; 0인 곳의 dL/dh_%1 =</translation>
    </message>
    <message>
        <source>→ into ∂W_xh, ∂W_hh, ∂b</source>
        <translation>→ ∂W_xh, ∂W_hh, ∂b로</translation>
    </message>
    <message>
        <source>0: the encoder has no outputs</source>
        <translation>0: 인코더에는 출력이 없습니다</translation>
    </message>
    <message>
        <source>dL/dh_0^{dec} across the context</source>
        <translation>컨텍스트를 거친 dL/dh_0^{dec}</translation>
    </message>
    <message>
        <source>dL/dh_t: the encoder has no outputs; from t+1, and at its last step from the decoder&apos;s dL/dh_0 across the context</source>
        <translation>dL/dh_t: 인코더에는 출력이 없음. t+1에서 오고, 마지막 시점에서는 컨텍스트를 거쳐 디코더의 dL/dh_0에서 옴</translation>
    </message>
    <message>
        <source>h_0%1 = h_%2%3 (the context)</source>
        <translation>h_0%1 = h_%2%3 (컨텍스트)</translation>
    </message>
    <message>
        <source>teacher forcing: the decoder reads the previous target token (&lt;sos&gt; at the first step), not its own previous output</source>
        <translation>교사 강요: 디코더는 자신의 이전 출력이 아니라 이전 타깃 토큰(첫 시점에는 &lt;sos&gt;)을 읽습니다</translation>
    </message>
    <message>
        <source>the encoder reads the source one character at a time; it has no outputs</source>
        <translation>인코더는 소스를 한 문자씩 읽습니다. 출력은 없습니다</translation>
    </message>
</context>
<context>
    <name>rnnlab::EquationView</name>
    <message>
        <source>Numbers are rounded for display. Results (sums, products, tanh, σ, softmax) use the exact values, so working them out from the printed numbers may change a last digit; the graph shows every digit on hover.</source>
        <translation>숫자는 표시용으로 반올림했습니다. 결과(합, 곱, tanh, σ, softmax)는 정확한 값으로 계산하므로, 표시된 숫자로 직접 계산하면 마지막 자리가 다를 수 있습니다. 그래프에 마우스를 올리면 모든 자릿수가 보입니다.</translation>
    </message>
</context>
<context>
    <name>rnnlab::GatedEquations</name>
    <message>
        <source>a_k = W_ik %1 + W_hk h_{t−1} + b_k for each gate k = i, f, g, o;  i, f, o = σ(a_k),  g = tanh(a_g),  c_t = f ⊙ c_{t−1} + i ⊙ g,  h_t = o ⊙ tanh(c_t);  W_ih stacks W_ii, W_if, W_ig, W_io in PyTorch&apos;s row order i, f, g, o; W_hh likewise</source>
        <extracomment>The LSTM&apos;s equations; %1 is what the layer reads (x_t, or h_t of the layer below).</extracomment>
        <translation>a_k = W_ik %1 + W_hk h_{t−1} + b_k (각 게이트 k = i, f, g, o);  i, f, o = σ(a_k),  g = tanh(a_g),  c_t = f ⊙ c_{t−1} + i ⊙ g,  h_t = o ⊙ tanh(c_t);  W_ih는 W_ii, W_if, W_ig, W_io를 PyTorch의 행 순서 i, f, g, o로 쌓은 것; W_hh도 같음</translation>
    </message>
    <message>
        <source>r, z = σ(a_k), a_k = W_ik %1 + W_hk h_{t−1} + b_k (k = r, z);  n = tanh(W_in %1 + b_in + r ⊙ (W_hn h_{t−1} + b_hn));  h_t = (1 − z) ⊙ n + z ⊙ h_{t−1};  W_ih stacks W_ir, W_iz, W_in in PyTorch&apos;s row order r, z, n; W_hh likewise</source>
        <extracomment>The GRU&apos;s equations; %1 is what the layer reads (x_t, or h_t of the layer below).</extracomment>
        <translation>r, z = σ(a_k), a_k = W_ik %1 + W_hk h_{t−1} + b_k (k = r, z);  n = tanh(W_in %1 + b_in + r ⊙ (W_hn h_{t−1} + b_hn));  h_t = (1 − z) ⊙ n + z ⊙ h_{t−1};  W_ih는 W_ir, W_iz, W_in을 PyTorch의 행 순서 r, z, n으로 쌓은 것; W_hh도 같음</translation>
    </message>
    <message>
        <source>dL/dh_t = (from above) + W_hhᵀ dL/da_{t+1},  dL/dc_t = dL/dh_t ⊙ o ⊙ (1 − tanh² c_t) + f_{t+1} ⊙ dL/dc_{t+1},  dL/da_t per gate</source>
        <translation>dL/dh_t = (위에서) + W_hhᵀ dL/da_{t+1},  dL/dc_t = dL/dh_t ⊙ o ⊙ (1 − tanh² c_t) + f_{t+1} ⊙ dL/dc_{t+1},  게이트마다 dL/da_t</translation>
    </message>
    <message>
        <source>dL/dh_t = (from above) + W_hhᵀ dL/dgh_{t+1} + z_{t+1} ⊙ dL/dh_{t+1},  dL/dgi, dL/dgh per gate</source>
        <translation>dL/dh_t = (위에서) + W_hhᵀ dL/dgh_{t+1} + z_{t+1} ⊙ dL/dh_{t+1},  게이트마다 dL/dgi, dL/dgh</translation>
    </message>
    <message>
        <source>: the series&apos; values, weighed by the columns of W_ih)</source>
        <translation>: 시계열의 값에 W_ih의 열로 가중치를 줌)</translation>
    </message>
    <message>
        <source>(one-hot x_%1: column %2 of W_ih)</source>
        <translation>(원-핫 x_%1: W_ih의 %2열)</translation>
    </message>
    <message>
        <source>and dL/dgh_n = r ⊙ dL/da_n =</source>
        <translation>그리고 dL/dgh_n = r ⊙ dL/da_n =</translation>
    </message>
    <message>
        <source>→ into ∂W_ih, ∂W_hh, ∂b</source>
        <translation>→ ∂W_ih, ∂W_hh, ∂b로</translation>
    </message>
    <message>
        <source>%1_0%2 (the context)</source>
        <translation>%1_0%2 (컨텍스트)</translation>
    </message>
    <message>
        <source>dL/dc_0^{dec} across the context</source>
        <translation>컨텍스트를 거친 dL/dc_0^{dec}</translation>
    </message>
</context>
<context>
    <name>rnnlab::GenerationPanel</name>
    <message>
        <source>characters to start from</source>
        <translation>시작 문자열</translation>
    </message>
    <message>
        <source>The network reads these characters first, then continues on its own</source>
        <translation>네트워크가 이 문자들을 먼저 읽은 뒤 스스로 이어 씁니다</translation>
    </message>
    <message>
        <source>Pr&amp;ime:</source>
        <translation>시작 문자열(&amp;I):</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> 문자</translation>
    </message>
    <message>
        <source>How many characters to generate after the prime</source>
        <translation>시작 문자열 뒤에 생성할 문자 수</translation>
    </message>
    <message>
        <source>Le&amp;ngth:</source>
        <translation>길이(&amp;N):</translation>
    </message>
    <message>
        <source>Greed&amp;y</source>
        <translation>그리디(&amp;Y)</translation>
    </message>
    <message>
        <source>Always take the most probable next character (argmax)</source>
        <translation>항상 확률이 가장 높은 다음 문자를 고릅니다 (argmax)</translation>
    </message>
    <message>
        <source>Sa&amp;mple</source>
        <translation>샘플링(&amp;M)</translation>
    </message>
    <message>
        <source>Draw the next character from softmax(logits / temperature)</source>
        <translation>softmax(logits / temperature)에서 다음 문자를 뽑습니다</translation>
    </message>
    <message>
        <source>Next character:</source>
        <translation>다음 문자:</translation>
    </message>
    <message>
        <source>1 samples from the network&apos;s own probabilities; smaller is more conservative, larger more adventurous</source>
        <translation>1이면 네트워크 자체의 확률로 샘플링합니다. 작을수록 보수적이고, 클수록 과감합니다</translation>
    </message>
    <message>
        <source>The same seed draws the same text again</source>
        <translation>같은 시드면 같은 텍스트가 다시 나옵니다</translation>
    </message>
    <message>
        <source>See&amp;d:</source>
        <translation>시드(&amp;D):</translation>
    </message>
    <message>
        <source>Temperat&amp;ure:</source>
        <translation>온도(&amp;U):</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>생성</translation>
    </message>
    <message>
        <source>&amp;Result (the prime in bold, then what the network wrote):</source>
        <translation>결과(&amp;R) (굵은 글씨는 시작 문자열, 그 뒤는 네트워크가 쓴 것):</translation>
    </message>
    <message>
        <source>Nothing generated yet</source>
        <translation>아직 생성한 것이 없습니다</translation>
    </message>
    <message>
        <source>This model is a classifier (many-to-one): its outputs are labels, not characters, so it cannot write text. Generation is one-to-many: train a next-character model (lines without a label) to use it.</source>
        <translation>이 모델은 분류기(다대일)입니다: 출력이 문자가 아니라 레이블이므로 텍스트를 쓸 수 없습니다. 생성은 일대다입니다: 쓰려면 다음 문자 모델(레이블 없는 줄)을 학습하세요.</translation>
    </message>
    <message>
        <source>Waiting for a model</source>
        <translation>모델을 기다리는 중</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>생성하는 중…</translation>
    </message>
    <message>
        <source>The prime you gave</source>
        <translation>입력한 시작 문자열</translation>
    </message>
    <message>
        <source>Generated by the network</source>
        <translation>네트워크가 생성한 부분</translation>
    </message>
</context>
<context>
    <name>rnnlab::GradientComparisonPlot</name>
    <message>
        <source>How much of the last step&apos;s gradient reaches h&lt;sub&gt;t&lt;/sub&gt; (top layer)</source>
        <translation>마지막 스텝의 기울기가 h&lt;sub&gt;t&lt;/sub&gt;에 도달하는 비율 (최상위 층)</translation>
    </message>
    <message>
        <source>‖∂loss&lt;sub&gt;n&lt;/sub&gt;/∂h&lt;sub&gt;t&lt;/sub&gt;‖ / ‖∂loss&lt;sub&gt;n&lt;/sub&gt;/∂h&lt;sub&gt;n&lt;/sub&gt;‖: the gradient of the last prediction&apos;s loss, carried back through time, as a share of what it is at the last step. A vanilla RNN multiplies it by W&lt;sub&gt;hh&lt;/sub&gt;ᵀ and tanh′ at every step and it vanishes decade by decade. Untrained, an LSTM and a GRU lose it decade by decade too; trained, they can learn to carry it — a forget gate f ≈ 1 keeps the cell state, an update gate z ≈ 1 keeps h — while the RNN&apos;s keeps vanishing. Try the RNN vs LSTM vs GRU preset: untrained, then after a few hundred steps.</source>
        <translation>‖∂loss&lt;sub&gt;n&lt;/sub&gt;/∂h&lt;sub&gt;t&lt;/sub&gt;‖ / ‖∂loss&lt;sub&gt;n&lt;/sub&gt;/∂h&lt;sub&gt;n&lt;/sub&gt;‖: 마지막 예측의 손실에 대한 기울기를 시간을 거슬러 전달했을 때, 마지막 스텝 값에 대한 비율입니다. 바닐라 RNN은 매 스텝 W&lt;sub&gt;hh&lt;/sub&gt;ᵀ와 tanh′를 곱하므로 기울기가 10배씩 사라집니다. 학습 전에는 LSTM과 GRU도 10배씩 잃지만, 학습하면 전달하는 법을 배울 수 있습니다 — 망각 게이트 f ≈ 1은 셀 상태를, 업데이트 게이트 z ≈ 1은 h를 유지합니다 — 반면 RNN의 기울기는 계속 사라집니다. RNN vs LSTM vs GRU 프리셋을 학습 전과 수백 스텝 후에 확인해 보세요.</translation>
    </message>
    <message>
        <source>time step t</source>
        <translation>시점 t</translation>
    </message>
    <message>
        <source>gradient share</source>
        <translation>기울기 비율</translation>
    </message>
    <message>
        <source>No gradients yet: the models&apos; first forward and backward pass shows them.</source>
        <translation>아직 기울기가 없습니다: 모델의 첫 순전파와 역전파 후에 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>rnnlab::GradientNormPlot</name>
    <message>
        <source>The size of the gradient that reaches the hidden state h_t at each time step. The training loss is the mean L = (loss_1 + … + loss_N) / N over the N predictions of all texts, so the last step&apos;s share of it is loss_n/N. Falling towards t = 1: the gradient vanishes on its way back through time (try a 40-character text); rising: it explodes.</source>
        <translation>각 시점에서 은닉 상태 h_t에 도달하는 기울기의 크기입니다. 학습 손실은 모든 텍스트의 예측 N개에 대한 평균 L = (loss_1 + … + loss_N) / N이므로, 마지막 시점의 몫은 loss_n/N입니다. t = 1 쪽으로 갈수록 떨어지면 기울기가 시간을 거슬러 가며 소실되는 것이고(40자 텍스트로 해 보세요), 올라가면 폭발하는 것입니다.</translation>
    </message>
    <message>
        <source>Last step&apos;s loss only</source>
        <translation>마지막 시점의 손실만</translation>
    </message>
    <message>
        <source>Only the last prediction&apos;s share of the loss, loss_n/N (t = n; L is the mean over N predictions), carried back through time: ‖d(loss_n/N)/dh_t‖, how much of it still reaches each earlier step — the vanishing (or exploding) gradient. Unticked: ‖dL/dh_t‖ of the whole loss L, to which every step adds its own term, so the curve does not fall like that.</source>
        <translation>손실 중 마지막 예측의 몫 loss_n/N(t = n; L은 예측 N개의 평균)만 시간을 거슬러 전달합니다: ‖d(loss_n/N)/dh_t‖, 즉 그중 얼마가 이전 각 시점까지 도달하는지 — 기울기 소실(또는 폭발)입니다. 체크 해제: 전체 손실 L의 ‖dL/dh_t‖. 모든 시점이 자기 항을 더하므로 곡선이 그렇게 떨어지지 않습니다.</translation>
    </message>
    <message>
        <source>Show the norms on a logarithmic axis: a vanishing gradient falls in a straight line, decade by decade</source>
        <translation>노름을 로그 축으로 표시: 소실되는 기울기는 10배씩 줄며 직선으로 떨어집니다</translation>
    </message>
    <message>
        <source>time step t</source>
        <translation>시점 t</translation>
    </message>
    <message>
        <source>layer 1</source>
        <translation>층 1</translation>
    </message>
    <message>
        <source>‖dL/dh_t‖ of every time step appears here once a session is loaded</source>
        <translation>세션을 불러오면 모든 시점의 ‖dL/dh_t‖가 여기에 표시됩니다</translation>
    </message>
    <message>
        <source>No gradients in this snapshot yet: they come from a backward pass through time</source>
        <translation>이 스냅샷에는 아직 기울기가 없습니다: 기울기는 시간 역전파에서 나옵니다</translation>
    </message>
    <message>
        <source>A test series is never trained on: it has no gradients</source>
        <translation>테스트 시계열은 학습에 사용하지 않으므로 기울기가 없습니다</translation>
    </message>
    <message>
        <source>There is no text %1 in this session</source>
        <translation>이 세션에는 텍스트 %1이(가) 없습니다</translation>
    </message>
    <message>
        <source>No gradient of the last step&apos;s loss in this snapshot yet</source>
        <translation>이 스냅샷에는 아직 마지막 시점 손실의 기울기가 없습니다</translation>
    </message>
    <message>
        <source>W_hh = 0: the last step&apos;s loss reaches h_{%1} only; every earlier h_t gets 0, which a log axis cannot show</source>
        <translation>W_hh = 0: 마지막 시점의 손실은 h_{%1}에만 도달합니다. 이전의 모든 h_t는 0을 받으며, 로그 축은 0을 표시할 수 없습니다</translation>
    </message>
    <message>
        <source>◯ %1: the graph&apos;s dL/d%2</source>
        <extracomment>%1 the norm and its value (&quot;‖dL/dh_3‖ = 0.12&quot;), %2 the hidden state (h_3).</extracomment>
        <translation>◯ %1: 그래프의 dL/d%2</translation>
    </message>
    <message>
        <source>◯ %1, the same as the graph&apos;s ‖dL/d%2‖: only loss_%3 reaches it</source>
        <extracomment>%1 the last step&apos;s norm and its value, %2 the hidden state (h_3), %3 the last time step.</extracomment>
        <translation>◯ %1, 그래프의 ‖dL/d%2‖와 같음: loss_%3만 여기에 도달합니다</translation>
    </message>
    <message>
        <source>◯ %1   □ the graph&apos;s %2 (whole L)</source>
        <extracomment>%1 the last step&apos;s norm and its value, %2 the whole loss&apos;s norm and its value.</extracomment>
        <translation>◯ %1   □ 그래프의 %2 (전체 L)</translation>
    </message>
</context>
<context>
    <name>rnnlab::GraphAccessible</name>
    <message>
        <source>RNN graph</source>
        <translation>RNN 그래프</translation>
    </message>
    <message>
        <source>, layer %1</source>
        <translation>, 층 %1</translation>
    </message>
    <message>
        <source>Time step %1</source>
        <translation>시점 %1</translation>
    </message>
    <message>
        <source>x_%1, dimension %2</source>
        <translation>x_%1, 차원 %2</translation>
    </message>
    <message>
        <source>dL/dh_%1, unit %2</source>
        <translation>dL/dh_%1, 유닛 %2</translation>
    </message>
    <message>
        <source>h_%1, unit %2</source>
        <translation>h_%1, 유닛 %2</translation>
    </message>
    <message>
        <source>dL/dc_%1, unit %2</source>
        <translation>dL/dc_%1, 유닛 %2</translation>
    </message>
    <message>
        <source>c_%1, unit %2</source>
        <translation>c_%1, 유닛 %2</translation>
    </message>
    <message>
        <source>Gates at t = %1</source>
        <translation>t = %1의 게이트</translation>
    </message>
    <message>
        <source>y_%1, feature %2</source>
        <translation>y_%1, 특성 %2</translation>
    </message>
    <message>
        <source>Prediction at t = %1</source>
        <translation>t = %1의 예측</translation>
    </message>
    <message>
        <source>%1, flagged as a candidate anomaly</source>
        <translation>%1, 이상치 후보로 표시됨</translation>
    </message>
</context>
<context>
    <name>rnnlab::GraphBar</name>
    <message>
        <source>Which training text the graph shows</source>
        <translation>그래프에 표시할 학습 텍스트</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>텍스트(&amp;X):</translation>
    </message>
    <message>
        <source>W_xh: input to hidden, the same at every time step</source>
        <translation>W_xh: 입력 → 은닉, 모든 시점에서 같음</translation>
    </message>
    <message>
        <source>W_hh: hidden to hidden, carries memory from t−1 to t</source>
        <translation>W_hh: 은닉 → 은닉, t−1에서 t로 기억을 전달</translation>
    </message>
    <message>
        <source>W_hy: hidden to output</source>
        <translation>W_hy: 은닉 → 출력</translation>
    </message>
    <message>
        <source>series %1 (%2 points)</source>
        <translation>시계열 %1 (%2개 점)</translation>
    </message>
    <message>
        <source>Se&amp;ries:</source>
        <translation>시계열(&amp;R):</translation>
    </message>
    <message>
        <source>W_ih: input to hidden, one block of rows per gate, the same at every time step</source>
        <translation>W_ih: 입력 → 은닉, 게이트마다 행 블록 하나, 모든 시점에서 같음</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>test series %1 (%2 points)</source>
        <translation>테스트 시계열 %1 (%2개 점)</translation>
    </message>
    <message>
        <source>Pa&amp;ir:</source>
        <translation>쌍(&amp;I):</translation>
    </message>
    <message>
        <source>Which series the graph and the walk by hand show: the training series, then the test series (their forward pass with the current weights; never trained on)</source>
        <translation>그래프와 손으로 계산에 표시할 시계열: 학습 시계열, 그다음 테스트 시계열(현재 가중치로 순전파, 학습에는 사용 안 함)</translation>
    </message>
    <message>
        <source>Which pair the translation graph shows</source>
        <translation>번역 그래프에 표시할 쌍</translation>
    </message>
    <message>
        <source>Teacher forcing</source>
        <translation>교사 강요</translation>
    </message>
    <message>
        <source>Translate (greedy)</source>
        <translation>번역 (그리디)</translation>
    </message>
    <message>
        <source>Deco&amp;der:</source>
        <translation>디코더(&amp;D):</translation>
    </message>
    <message>
        <source>y = h (no W&lt;sub&gt;hy&lt;/sub&gt;)</source>
        <extracomment>Legend of the grey arrow when the model has no output layer: the outputs y are h itself.</extracomment>
        <translation>y = h (W&lt;sub&gt;hy&lt;/sub&gt; 없음)</translation>
    </message>
    <message>
        <source>Teacher forcing: the decoder as it is trained, fed the previous target token.
Translate (greedy): the decoder as it translates, fed its own previous output (the argmax) from &lt;sos&gt; until &lt;eos&gt;; ✓/✗ where it parts from the target.
Both with the weights now, after the latest update: the Predictions tab&apos;s row for a step shows that step&apos;s translation from before its update.</source>
        <translation>교사 강요: 학습할 때의 디코더, 이전 타깃 토큰을 입력받음.
번역 (그리디): 번역할 때의 디코더, &lt;sos&gt;부터 &lt;eos&gt;까지 자신의 이전 출력(argmax)을 입력받음. 타깃과 맞으면 ✓, 벗어나면 ✗.
둘 다 최근 업데이트 후의 현재 가중치를 씁니다: ‘학습 스텝별 예측’ 탭의 각 스텝 행은 그 스텝의 업데이트 전 번역입니다.</translation>
    </message>
</context>
<context>
    <name>rnnlab::GraphPainter</name>
    <message>
        <source>input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>output</source>
        <translation>출력</translation>
    </message>
</context>
<context>
    <name>rnnlab::GraphToolTip</name>
    <message>
        <source>&lt;b&gt;%1 = 0&lt;/b&gt; (%2), %3×%4: What if W_hh = 0? — the graph&apos;s forward pass uses zeros here; the trained values are in the Matrices panel</source>
        <translation>&lt;b&gt;%1 = 0&lt;/b&gt; (%2), %3×%4: W_hh = 0이라면? — 그래프의 순전파는 여기서 0을 사용합니다. 학습된 값은 행렬 패널에 있습니다</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2), %3×%4: the same matrix at every time step</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2), %3×%4: 모든 시점에서 같은 행렬</translation>
    </message>
    <message>
        <source>Hidden until you have predicted (Lesson ▸ Reveal)</source>
        <translation>예측하기 전에는 숨겨집니다 (수업 ▸ 확인)</translation>
    </message>
    <message>
        <source>Time step t = %1: the cell reads x_%1 = %2 and should predict the next value %3</source>
        <translation>시점 t = %1: 셀은 x_%1 = %2을(를) 읽고 다음 값 %3을(를) 예측해야 합니다</translation>
    </message>
    <message>
        <source>x_%1 = %2: the series&apos; value at time step %1</source>
        <translation>x_%1 = %2: 시점 %1의 시계열 값</translation>
    </message>
    <message>
        <source>x_%1[%2] = %3: feature %2 of the series at time step %1, fed in as it is (not one-hot)</source>
        <translation>x_%1[%2] = %3: 시점 %1에서 시계열의 특성 %2, 그대로 입력됨 (원-핫 아님)</translation>
    </message>
    <message>
        <source>y_%1[%2] = %3: the predicted next value (W_hy h_t + b_y, no softmax)&lt;br&gt;target %4 · error %5 · squared %6</source>
        <translation>y_%1[%2] = %3: 예측한 다음 값 (W_hy h_t + b_y, softmax 없음)&lt;br&gt;타깃 %4 · 오차 %5 · 제곱 %6</translation>
    </message>
    <message>
        <source>x_%6 = %4: the true next value, the target of y_%1 — the series continues with %4 after x_%1 = %2, where the network predicts %3&lt;br&gt;squared error at this step (summed over the features) %5</source>
        <translation>x_%6 = %4: 실제 다음 값, 즉 y_%1의 타깃 — 시계열은 x_%1 = %2 다음에 %4(으)로 이어지고, 네트워크는 %3을(를) 예측합니다&lt;br&gt;이 시점의 제곱 오차(특성에 대해 합) %5</translation>
    </message>
    <message>
        <source>Time step t = %1: the cell reads ‘%2’; no output is scored here (only the last step&apos;s)</source>
        <translation>시점 t = %1: 셀은 ‘%2’를 읽습니다. 여기서는 출력을 채점하지 않습니다 (마지막 시점만)</translation>
    </message>
    <message>
        <source>Time step t = %1: the cell reads ‘%2’ and should predict ‘%3’</source>
        <translation>시점 t = %1: 셀은 ‘%2’를 읽고 ‘%3’를 예측해야 합니다</translation>
    </message>
    <message>
        <source>x_%1 = ‘%2’ (time step %1)</source>
        <translation>x_%1 = ‘%2’ (시점 %1)</translation>
    </message>
    <message>
        <source>x_%1[%2] = %3: one-hot of ‘%4’ (‘%5’ is dimension %2)</source>
        <translation>x_%1[%2] = %3: ‘%4’의 원-핫 (‘%5’는 차원 %2)</translation>
    </message>
    <message>
        <source>Gates at t = %1%2 (bars: the mean over the units; zoom in for each unit)</source>
        <extracomment>%1 the time step, %2 &quot;, layer N&quot; (or nothing).</extracomment>
        <translation>t = %1%2의 게이트 (막대: 유닛 평균. 확대하면 유닛별로 보입니다)</translation>
    </message>
    <message>
        <source>, layer %1</source>
        <translation>, 층 %1</translation>
    </message>
    <message>
        <source>dL/dc_%1%2[%3] = %4: the gradient of the whole loss L at c_t (c_t = %5)</source>
        <extracomment>%1 the time step, %2 &quot; of layer N&quot; (or nothing), %3 the unit, then the values.</extracomment>
        <translation>dL/dc_%1%2[%3] = %4: c_t에서 전체 손실 L의 기울기 (c_t = %5)</translation>
    </message>
    <message>
        <source> of layer %1</source>
        <translation> (층 %1)</translation>
    </message>
    <message>
        <source>c_%1%2[%3] = %4: the cell state, c_t = f ⊙ c_{t−1} + i ⊙ g</source>
        <extracomment>%1 the time step, %2 &quot; of layer N&quot; (or nothing), %3 the unit, then the values.</extracomment>
        <translation>c_%1%2[%3] = %4: 셀 상태, c_t = f ⊙ c_{t−1} + i ⊙ g</translation>
    </message>
    <message>
        <source>dL/dh_%1%2[%3] = %4: the gradient of the whole loss L at h_t (h_t = %5)</source>
        <extracomment>%1 the time step, %2 &quot; of layer N&quot; (or nothing), %3 the unit, then the values.</extracomment>
        <translation>dL/dh_%1%2[%3] = %4: h_t에서 전체 손실 L의 기울기 (h_t = %5)</translation>
    </message>
    <message>
        <source>h_%1%2[%3] = %4&lt;br&gt;pre-activation a_%1 = %5 (W_hh h + b_hh = %6, W_xh x + b_ih = %7)</source>
        <extracomment>%1 the time step, %2 &quot; of layer N&quot; (or nothing), %3 the unit, then the values.</extracomment>
        <translation>h_%1%2[%3] = %4&lt;br&gt;활성화 전 값 a_%1 = %5 (W_hh h + b_hh = %6, W_xh x + b_ih = %7)</translation>
    </message>
    <message>
        <source>P(class ‘%1’ | the text up to ‘%2’) = %3&lt;br&gt;logit %4%5%6</source>
        <extracomment>%1 a class or character, %2 the text read, %3 its probability, %4 the logit, %5 &quot; · the target&quot; or nothing, %6 &quot; · predicted&quot; or nothing.</extracomment>
        <translation>P(클래스 ‘%1’ | ‘%2’까지의 텍스트) = %3&lt;br&gt;로짓 %4%5%6</translation>
    </message>
    <message>
        <source>P(next = ‘%1’ | ‘%2’) = %3&lt;br&gt;logit %4%5%6</source>
        <translation>P(다음 = ‘%1’ | ‘%2’) = %3&lt;br&gt;로짓 %4%5%6</translation>
    </message>
    <message>
        <source> · the target</source>
        <translation> · 타깃</translation>
    </message>
    <message>
        <source> · predicted</source>
        <translation> · 예측</translation>
    </message>
    <message>
        <source>After ‘%1’ the network would say ‘%2’; only the last time step is scored</source>
        <translation>‘%1’ 다음에 네트워크는 ‘%2’를 말할 것입니다. 채점은 마지막 시점만 합니다</translation>
    </message>
    <message>
        <source>After the whole text the network says ‘%1’; its label is ‘%2’: %3&lt;br&gt;loss −log P(‘%2’) = %4</source>
        <translation>텍스트 전체를 읽은 뒤 네트워크는 ‘%1’라고 말합니다. 레이블은 ‘%2’: %3&lt;br&gt;손실 −log P(‘%2’) = %4</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>정답</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>오답</translation>
    </message>
    <message>
        <source>After ‘%1’ the network predicts ‘%2’; the text continues with ‘%3’: %4&lt;br&gt;loss at this step −log P(‘%3’) = %5</source>
        <translation>‘%1’ 다음에 네트워크는 ‘%2’를 예측합니다. 텍스트는 ‘%3’로 이어집니다: %4&lt;br&gt;이 시점의 손실 −log P(‘%3’) = %5</translation>
    </message>
    <message>
        <source>x_%1 = ‘%2’: given, the training text&apos;s first character; generation starts here</source>
        <translation>x_%1 = ‘%2’: 주어진 값, 학습 텍스트의 첫 문자. 생성은 여기서 시작합니다</translation>
    </message>
    <message>
        <source>x_%1 = ‘%2’: the character the network picked at t = %3, fed back as its next input</source>
        <translation>x_%1 = ‘%2’: 네트워크가 t = %3에서 고른 문자, 다음 입력으로 되돌림</translation>
    </message>
    <message>
        <source>At t = %1 the network picks ‘%2’, the most probable (greedy)</source>
        <translation>t = %1에서 네트워크는 확률이 가장 높은 ‘%2’를 고릅니다 (그리디)</translation>
    </message>
    <message>
        <source>At t = %1 the network draws ‘%2’ from softmax(y_t / %3) (sampled, seed %4)</source>
        <translation>t = %1에서 네트워크는 softmax(y_t / %3)에서 ‘%2’를 뽑습니다 (샘플링, 시드 %4)</translation>
    </message>
    <message>
        <source>The training text has ‘%1’ here: the generated text parts from it at this step</source>
        <translation>학습 텍스트는 여기서 ‘%1’입니다: 생성된 텍스트가 이 시점에서 학습 텍스트를 벗어납니다</translation>
    </message>
    <message>
        <source>as the training text</source>
        <translation>학습 텍스트와 같음</translation>
    </message>
    <message>
        <source>(past where it parted from the training text: nothing to compare)</source>
        <translation>(학습 텍스트에서 벗어난 뒤: 비교할 것 없음)</translation>
    </message>
</context>
<context>
    <name>rnnlab::GraphView</name>
    <message>
        <source>overview</source>
        <translation>전체 보기</translation>
    </message>
    <message>
        <source>Overview: the top layer&apos;s h_t at every time step, colours only; the frame marks the steps in view. Click or drag along it to scroll there.</source>
        <translation>전체 보기: 매 시점 최상위 층의 h_t를 색으로만 표시합니다. 틀은 화면에 보이는 시점을 나타냅니다. 클릭하거나 드래그하면 그 위치로 스크롤합니다.</translation>
    </message>
    <message>
        <source>flagged (a candidate anomaly): error² %1 &gt; threshold %2, as the Signal tab marks it</source>
        <translation>표시됨 (이상치 후보): 오차² %1 &gt; 임곗값 %2, ‘신호’ 탭의 표시와 같음</translation>
    </message>
</context>
<context>
    <name>rnnlab::GuiLaunch</name>
    <message>
        <source>there is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Run it in a desktop session, under xvfb-run, or render the window to a picture with rnnlab --screenshot OUT.png</source>
        <translation>창을 열 디스플레이가 없습니다 (DISPLAY도 WAYLAND_DISPLAY도 설정되지 않음). 데스크톱 세션이나 xvfb-run에서 실행하거나, rnnlab --screenshot OUT.png로 창을 그림으로 저장하세요</translation>
    </message>
</context>
<context>
    <name>rnnlab::GuiOptions</name>
    <message>
        <source>--tab: &quot;%1&quot; is not step, loss, predictions, generate, memory, memory-units, signal or pytorch</source>
        <translation>--tab: &quot;%1&quot;은(는) step, loss, predictions, generate, memory, memory-units, signal, pytorch 중 하나가 아닙니다</translation>
    </message>
    <message>
        <source>the session file&apos;s name is empty: give the file to open</source>
        <translation>세션 파일 이름이 비어 있습니다: 열 파일을 지정하세요</translation>
    </message>
    <message>
        <source>give a session file or --text, not both</source>
        <translation>세션 파일과 --text 중 하나만 지정하세요</translation>
    </message>
    <message>
        <source>--label goes with --text; a session file gives its labels in data.labels</source>
        <translation>--label은 --text와 함께 씁니다. 세션 파일은 레이블을 data.labels에 담습니다</translation>
    </message>
    <message>
        <source>--compare-preset brings its own models: give it alone, or --compare files (and --session for the first model) instead</source>
        <translation>--compare-preset은 자체 모델을 가져옵니다: 단독으로 쓰거나, 대신 --compare 파일(첫 모델은 --session)을 지정하세요</translation>
    </message>
    <message>
        <source>--compare-preset: &quot;%1&quot; is not a preset: use layers (1 layer vs 2 layers on hello) or cells (RNN vs LSTM vs GRU on a long text)</source>
        <translation>--compare-preset: &quot;%1&quot;은(는) 프리셋이 아닙니다: layers(hello에서 1층 vs 2층) 또는 cells(긴 텍스트에서 RNN vs LSTM vs GRU)를 쓰세요</translation>
    </message>
    <message>
        <source>--compare: compare mode shows 2 or 3 models: the first (--session, or the hello example) and one or two --compare files, not %1</source>
        <translation>--compare: 비교 모드는 모델 2~3개를 보여 줍니다: 첫 모델(--session 또는 hello 예제)과 --compare 파일 한두 개. %1개가 아닙니다</translation>
    </message>
    <message>
        <source>cannot compare these sessions: %1</source>
        <translation>이 세션들을 비교할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>give one of --screenshot, --export-svg and --export-png</source>
        <translation>--screenshot, --export-svg, --export-png 중 하나만 지정하세요</translation>
    </message>
    <message>
        <source>--export-%1: &quot;%2&quot; must end in .%1</source>
        <translation>--export-%1: &quot;%2&quot;은(는) .%1(으)로 끝나야 합니다</translation>
    </message>
    <message>
        <source>--scale applies to --export-png; an SVG has no pixels</source>
        <translation>--scale은 --export-png에 적용됩니다. SVG에는 픽셀이 없습니다</translation>
    </message>
    <message>
        <source>--scale: &quot;%1&quot; must be 1, 2 or 3</source>
        <translation>--scale: &quot;%1&quot;은(는) 1, 2, 3 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>--screenshot: the file name is empty: give the PNG to write</source>
        <translation>--screenshot: 파일 이름이 비어 있습니다: 저장할 PNG를 지정하세요</translation>
    </message>
    <message>
        <source>--screenshot: &quot;%1&quot; must end in .png (the window is written as a PNG)</source>
        <translation>--screenshot: &quot;%1&quot;은(는) .png로 끝나야 합니다(창을 PNG로 저장합니다)</translation>
    </message>
    <message>
        <source>--train: &quot;%1&quot; must be a whole number of steps from 0 to 100000000</source>
        <translation>--train: &quot;%1&quot;은(는) 0부터 100000000까지의 정수 스텝 수여야 합니다</translation>
    </message>
    <message>
        <source>--view: &quot;%1&quot; is neither folded nor unfolded</source>
        <translation>--view: &quot;%1&quot;은(는) folded도 unfolded도 아닙니다</translation>
    </message>
    <message>
        <source>--size: &quot;%1&quot; is not WIDTHxHEIGHT between 100x100 and 8192x8192 (e.g. 1280x800)</source>
        <translation>--size: &quot;%1&quot;은(는) 100x100부터 8192x8192 사이의 WIDTHxHEIGHT가 아닙니다(예: 1280x800)</translation>
    </message>
    <message>
        <source>--size: %1x%2 is smaller than the smallest window rnnlab supports, %3x%4</source>
        <translation>--size: %1x%2는 rnnlab이 지원하는 가장 작은 창 %3x%4보다 작습니다</translation>
    </message>
    <message>
        <source>--%1 shows a part of the main window: it does not apply to compare mode</source>
        <translation>--%1은(는) 메인 창의 일부를 보여 줍니다: 비교 모드에는 적용되지 않습니다</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; must be a whole number from %3 to %4</source>
        <translation>--%1: &quot;%2&quot;은(는) %3부터 %4까지의 정수여야 합니다</translation>
    </message>
    <message>
        <source>--walk-order: &quot;%1&quot; is not an order: time or layer</source>
        <translation>--walk-order: &quot;%1&quot;은(는) 순서가 아닙니다: time 또는 layer</translation>
    </message>
    <message>
        <source>--what-if: &quot;%1&quot; is not a what-if: whh0 (W_hh = 0, no memory)</source>
        <translation>--what-if: &quot;%1&quot;은(는) what-if가 아닙니다: whh0 (W_hh = 0, 기억 없음)</translation>
    </message>
    <message>
        <source>Recurrent neural networks, shown at work.</source>
        <translation>동작하는 순환 신경망을 보여 줍니다.</translation>
    </message>
    <message>
        <source>A session file to open (.rnnlab).</source>
        <translation>열 세션 파일 (.rnnlab).</translation>
    </message>
    <message>
        <source>Train on this text (repeat for several) with the lecture&apos;s settings.</source>
        <translation>강의의 설정으로 이 텍스트를 학습합니다 (여러 개면 반복).</translation>
    </message>
    <message>
        <source>With --text: the class of that text (repeat, one per --text, in order); makes it a many-to-one classifier (task &quot;classify&quot;).</source>
        <translation>--text와 함께: 그 텍스트의 클래스 (--text마다 하나씩 순서대로 반복). 다대일 분류기가 됩니다 (과제 &quot;classify&quot;).</translation>
    </message>
    <message>
        <source>A session file to open.</source>
        <translation>열 세션 파일.</translation>
    </message>
    <message>
        <source>Render the window to OUT.png and exit.</source>
        <translation>창을 OUT.png로 렌더링하고 종료합니다.</translation>
    </message>
    <message>
        <source>With --screenshot: train this many steps first.</source>
        <translation>--screenshot과 함께: 먼저 이만큼 학습합니다.</translation>
    </message>
    <message>
        <source>With --screenshot: folded or unfolded (default).</source>
        <translation>--screenshot과 함께: folded 또는 unfolded (기본값).</translation>
    </message>
    <message>
        <source>With --screenshot: also write every text the graph, heatmaps and equations drew (where, how large) to FILE as JSON.</source>
        <translation>--screenshot과 함께: 그래프, 히트맵, 식이 그린 모든 텍스트(위치, 크기)를 FILE에 JSON으로도 씁니다.</translation>
    </message>
    <message>
        <source>With --screenshot: the window size (default 1280x800).</source>
        <translation>--screenshot과 함께: 창 크기 (기본값 1280x800).</translation>
    </message>
    <message>
        <source>With --screenshot or --bench-ui: step, loss, predictions, generate, memory (how far back a prediction looks, the path of h_t), memory-units (units over the text), signal (a time series) or pytorch (the PyTorch panel).</source>
        <translation>--screenshot 또는 --bench-ui와 함께: step, loss, predictions, generate, memory (예측이 얼마나 과거를 보는가, h_t의 경로), memory-units (텍스트 위의 유닛), signal (시계열), pytorch (PyTorch 패널).</translation>
    </message>
    <message>
        <source>With --screenshot: rewind to this training step (after --train).</source>
        <translation>--screenshot과 함께: 이 학습 스텝으로 되감습니다 (--train 이후).</translation>
    </message>
    <message>
        <source>With --screenshot: walk by hand to this time step (t = 1 … n, as on screen).</source>
        <translation>--screenshot과 함께: 이 시점까지 손으로 계산합니다 (화면과 같이 t = 1 … n).</translation>
    </message>
    <message>
        <source>With --phase: the layer (1-based, default 1).</source>
        <translation>--phase와 함께: 층 (1부터, 기본값 1).</translation>
    </message>
    <message>
        <source>With --phase: time (every layer at t, then t+1; the default) or layer (layer 1 over all of time, then layer 2).</source>
        <translation>--phase와 함께: time (t에서 모든 층, 그다음 t+1; 기본값) 또는 layer (전체 시간에 걸쳐 층 1, 그다음 층 2).</translation>
    </message>
    <message>
        <source>With --screenshot: whh0 shows Edit &gt; What if W_hh = 0? (the network without its memory).</source>
        <translation>--screenshot과 함께: whh0은 편집 &gt; W_hh = 0이라면?을 보여 줍니다 (기억이 없는 네트워크).</translation>
    </message>
    <message>
        <source>Write the graph (or --figure) as SVG and exit; takes --screenshot&apos;s options (--train, --view, --size, …).</source>
        <translation>그래프(또는 --figure)를 SVG로 쓰고 종료합니다. --screenshot의 옵션(--train, --view, --size, …)을 받습니다.</translation>
    </message>
    <message>
        <source>Write the graph (or --figure) as PNG and exit.</source>
        <translation>그래프(또는 --figure)를 PNG로 쓰고 종료합니다.</translation>
    </message>
    <message>
        <source>With --export-png: 1, 2 or 3 times the screen&apos;s pixels (default 1).</source>
        <translation>--export-png와 함께: 화면 픽셀의 1, 2, 3배 (기본값 1).</translation>
    </message>
    <message>
        <source>With --export-*: graph (default), a heatmap, by its name (W_hh) or PyTorch name (rnn.weight_hh_l1), or memory-influence, memory-path or memory-units.</source>
        <translation>--export-*와 함께: graph (기본값), 이름(W_hh) 또는 PyTorch 이름(rnn.weight_hh_l1)으로 지정한 히트맵, 또는 memory-influence, memory-path, memory-units.</translation>
    </message>
    <message>
        <source>The colour theme: system (the desktop&apos;s; the default), light, dark or high-contrast (screenshots: light unless given).</source>
        <translation>색 테마: system (데스크톱 테마, 기본값), light, dark, high-contrast (스크린샷: 지정하지 않으면 light).</translation>
    </message>
    <message>
        <source>The language: en, de, es, fr, ja, ko or zh_CN (the window: View &gt; Language&apos;s, else the system&apos;s; screenshots and benchmarks: en unless given).</source>
        <translation>언어: en, de, es, fr, ja, ko, zh_CN (창: 보기 &gt; 언어의 설정, 없으면 시스템 언어. 스크린샷과 벤치마크: 지정하지 않으면 en).</translation>
    </message>
    <message>
        <source>Open in presentation mode (F11): full screen, large type, only the graph, the equations and the play controls.</source>
        <translation>프레젠테이션 모드(F11)로 엽니다: 전체 화면, 큰 글씨, 그래프·식·재생 컨트롤만.</translation>
    </message>
    <message>
        <source>Open the lesson at step K (1-based).</source>
        <translation>수업을 K단계에서 엽니다 (1부터).</translation>
    </message>
    <message>
        <source>Measure the UI&apos;s responsiveness while training at full speed; print JSON.</source>
        <translation>최고 속도로 학습하는 동안 UI의 응답성을 측정하고 JSON을 출력합니다.</translation>
    </message>
    <message>
        <source>With --bench-ui: how long to measure (default 5).</source>
        <translation>--bench-ui와 함께: 측정 시간 (기본값 5).</translation>
    </message>
    <message>
        <source>Compare mode: train this session beside the first one (--session, or the hello example); repeat for a third model.</source>
        <translation>비교 모드: 이 세션을 첫 세션(--session 또는 hello 예제) 옆에서 학습합니다. 세 번째 모델은 반복해서 지정.</translation>
    </message>
    <message>
        <source>Compare mode with a preset: layers (1 layer vs 2 layers on hello) or cells (RNN vs LSTM vs GRU on a long text).</source>
        <translation>프리셋 비교 모드: layers (hello에서 1층 vs 2층) 또는 cells (긴 텍스트에서 RNN vs LSTM vs GRU).</translation>
    </message>
    <message>
        <source>Compare mode: each model trains as fast as it can instead of in lock step.</source>
        <translation>비교 모드: 스텝을 맞추지 않고 각 모델이 최대한 빨리 학습합니다.</translation>
    </message>
    <message>
        <source>--free-running is for compare mode: give --compare FILE or --compare-preset NAME too</source>
        <translation>--free-running은 비교 모드용입니다: --compare FILE 또는 --compare-preset NAME도 지정하세요</translation>
    </message>
    <message>
        <source>--seconds: &quot;%1&quot; must be a number of seconds between 0 and 3600</source>
        <translation>--seconds: &quot;%1&quot;은(는) 0부터 3600 사이의 초 단위 숫자여야 합니다</translation>
    </message>
    <message>
        <source>--tab shows a part of the main window: it does not apply to compare mode</source>
        <translation>--tab은 메인 창의 일부를 보여 줍니다: 비교 모드에는 적용되지 않습니다</translation>
    </message>
    <message>
        <source>--theme: &quot;%1&quot; is not a theme: %2</source>
        <translation>--theme: &quot;%1&quot;은(는) 테마가 아닙니다: %2</translation>
    </message>
    <message>
        <source>--lesson-step: &quot;%1&quot; must be a step of the lesson, 1 to %2</source>
        <translation>--lesson-step: &quot;%1&quot;은(는) 수업의 단계(1부터 %2까지)여야 합니다</translation>
    </message>
    <message>
        <source>--font-size: &quot;%1&quot; must be a size in points from 6 to 32</source>
        <translation>--font-size: &quot;%1&quot;은(는) 6부터 32까지의 포인트 크기여야 합니다</translation>
    </message>
    <message>
        <source>--decoder: &quot;%1&quot; is not a decoder view: teacher-forcing or greedy</source>
        <translation>--decoder: &quot;%1&quot;은(는) 디코더 보기가 아닙니다: teacher-forcing 또는 greedy</translation>
    </message>
    <message>
        <source>With --screenshot, a translation: teacher-forcing (the default) or greedy (the graph&apos;s Translate view: the decoder fed its own previous output).</source>
        <translation>--screenshot과 함께, 번역일 때: teacher-forcing (기본값) 또는 greedy (그래프의 번역 보기: 디코더가 자신의 이전 출력을 입력받음).</translation>
    </message>
    <message>
        <source>With --screenshot or --export-*: the application&apos;s font at PT points, as a desktop set to larger type gives it (default: the platform&apos;s).</source>
        <translation>--screenshot 또는 --export-*와 함께: 앱 글꼴을 PT 포인트로 합니다. 데스크톱에서 큰 글씨를 설정한 것과 같습니다 (기본값: 플랫폼 설정).</translation>
    </message>
    <message>
        <source>No fold animation, no animated menus or docks, as View &gt; Reduce motion (which is otherwise remembered, or the system&apos;s where Qt knows it).</source>
        <translation>접기 애니메이션, 메뉴와 도크 애니메이션을 끕니다. 보기 &gt; 동작 줄이기와 같습니다 (지정하지 않으면 저장된 설정, 또는 Qt가 알 수 있으면 시스템 설정).</translation>
    </message>
    <message>
        <source>With --screenshot: the text or series the graph and the walk by hand show (1-based, as the bar above the graph lists them: a time series&apos; test series after its training series). Default: a time series&apos; first test series, as the Signal tab shows it; else the first.</source>
        <translation>--screenshot과 함께: 그래프와 손으로 계산에 표시할 텍스트 또는 시계열 (1부터, 그래프 위 막대의 순서대로: 시계열의 테스트 시계열은 학습 시계열 다음). 기본값: 시계열이면 ‘신호’ 탭처럼 첫 테스트 시계열, 아니면 첫 번째.</translation>
    </message>
    <message>
        <source>--phase: &quot;%1&quot; is not a phase: input, input-part, hidden-part, sum, gates, cell, activation, output, softmax, prediction, loss, context, backward, backward-cell, backward-pre or backward-context</source>
        <translation>--phase: &quot;%1&quot;은(는) 단계가 아닙니다: input, input-part, hidden-part, sum, gates, cell, activation, output, softmax, prediction, loss, context, backward, backward-cell, backward-pre 또는 backward-context</translation>
    </message>
    <message>
        <source>--stack: &quot;%1&quot; is not a stack of a translation: encoder or decoder</source>
        <translation>--stack: &quot;%1&quot;은(는) 번역의 스택이 아닙니다: encoder 또는 decoder</translation>
    </message>
    <message>
        <source>--shape: &quot;%1&quot; is not a shape: one-to-one, one-to-many, many-to-one or many-to-many</source>
        <translation>--shape: &quot;%1&quot;은(는) 형태가 아닙니다: one-to-one, one-to-many, many-to-one 또는 many-to-many</translation>
    </message>
    <message>
        <source>--sample: &quot;%1&quot; is not TEMPERATURE:SEED (a temperature from 0.01 to 100, a seed from 0, e.g. 0.8:3)</source>
        <translation>--sample: &quot;%1&quot;은(는) TEMPERATURE:SEED 형식이 아닙니다 (온도는 0.01~100, 시드는 0 이상, 예: 0.8:3)</translation>
    </message>
    <message>
        <source>With --screenshot: the phase of the time step: input, input-part, hidden-part, sum, gates, cell, activation, output, softmax, prediction, loss, backward, backward-cell, backward-pre (gates, cell and backward-cell: LSTM and GRU); a translation&apos;s also context and backward-context (the decoder&apos;s h_0 = the encoder&apos;s h_n).</source>
        <translation>--screenshot과 함께: 시점의 단계: input, input-part, hidden-part, sum, gates, cell, activation, output, softmax, prediction, loss, backward, backward-cell, backward-pre (gates, cell, backward-cell은 LSTM과 GRU). 번역은 context와 backward-context도 있음 (디코더의 h_0 = 인코더의 h_n).</translation>
    </message>
    <message>
        <source>With --phase, a translation: walk in the encoder or the decoder (the default); --time-step and --layer count within it.</source>
        <translation>--phase와 함께, 번역일 때: 인코더 또는 디코더(기본값)에서 따라가기. --time-step과 --layer는 그 안에서 셉니다.</translation>
    </message>
    <message>
        <source>With --screenshot: draw the unfolded graph as one-to-one, one-to-many (generating, for a next-character session), many-to-one or many-to-many.</source>
        <translation>--screenshot과 함께: 펼친 그래프를 one-to-one, one-to-many (생성, 다음 문자 세션용), many-to-one 또는 many-to-many로 그립니다.</translation>
    </message>
    <message>
        <source>With --screenshot: the Generate tab (and the one-to-many picture) samples at this temperature with this seed, e.g. 0.8:3; greedy without.</source>
        <translation>--screenshot과 함께: 생성 탭(과 one-to-many 그림)이 이 온도와 시드로 샘플링합니다. 예: 0.8:3. 없으면 그리디.</translation>
    </message>
</context>
<context>
    <name>rnnlab::HeatmapAccessible</name>
    <message>
        <source>Matrix</source>
        <translation>행렬</translation>
    </message>
</context>
<context>
    <name>rnnlab::HeatmapInteraction</name>
    <message>
        <source>fine steps · Esc: cancel</source>
        <translation>미세 조정 · Esc: 취소</translation>
    </message>
    <message>
        <source>Shift: finer · Esc: cancel</source>
        <translation>Shift: 더 미세하게 · Esc: 취소</translation>
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
        <translation>행 레이블: 칸이 너무 작아 %1개마다 하나만 표시합니다 (%2, …).</translation>
    </message>
    <message>
        <source>Column labels: only every %1 is drawn (%2, …), the cells are too small for all of them.</source>
        <extracomment>%1 an ordinal (&quot;5th&quot;), %2 two of the labels drawn (&quot;h5, h10&quot;).</extracomment>
        <translation>열 레이블: 칸이 너무 작아 %1개마다 하나만 표시합니다 (%2, …).</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>열 %1: %2</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>행 %1: %2</translation>
    </message>
</context>
<context>
    <name>rnnlab::HeatmapWidget</name>
    <message>
        <source>value</source>
        <translation>값</translation>
    </message>
</context>
<context>
    <name>rnnlab::HelpWindow</name>
    <message>
        <source>rnnlab Handbook</source>
        <translation>rnnlab 안내서</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Keys of the window&lt;/h3&gt;%1&lt;h3&gt;Keys of a focused view&lt;/h3&gt;%2&lt;p&gt;Alt with the underlined letter opens a menu or moves to a field.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;창의 키&lt;/h3&gt;%1&lt;h3&gt;포커스된 뷰의 키&lt;/h3&gt;%2&lt;p&gt;Alt와 밑줄 친 글자를 누르면 메뉴가 열리거나 해당 필드로 이동합니다.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rnnlab::Language</name>
    <message>
        <source>--language: &quot;%1&quot; is not a language rnnlab speaks; the languages are %2</source>
        <translation>--language: &quot;%1&quot;은(는) rnnlab이 지원하는 언어가 아닙니다. 지원 언어: %2</translation>
    </message>
</context>
<context>
    <name>rnnlab::LanguageMenu</name>
    <message>
        <source>the system&apos;s language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>rnnlab will speak %1 the next time it starts.</source>
        <translation>rnnlab을 다시 시작하면 %1(으)로 표시됩니다.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>지금 다시 시작(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>나중에(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation>시스템 기본값(&amp;S)</translation>
    </message>
</context>
<context>
    <name>rnnlab::LessonCoordinator</name>
    <message>
        <source>Lesson</source>
        <translation>수업</translation>
    </message>
    <message>
        <source>The lesson</source>
        <translation>수업</translation>
    </message>
    <message>
        <source>sentiment</source>
        <translation>감성 분석</translation>
    </message>
    <message>
        <source>sine-spike</source>
        <translation>사인파-스파이크</translation>
    </message>
</context>
<context>
    <name>rnnlab::LessonPanel</name>
    <message>
        <source>Your predictions this session: each prompt counts once, the first answer</source>
        <translation>이번 세션의 예측: 각 질문은 첫 답만 한 번 셉니다</translation>
    </message>
    <message>
        <source>Predict, then reveal</source>
        <translation>예측한 뒤 확인</translation>
    </message>
    <message>
        <source>Reve&amp;al</source>
        <translation>확인(&amp;A)</translation>
    </message>
    <message>
        <source>Show the answer and the numbers that decide it</source>
        <translation>정답과 그 정답을 결정하는 숫자 보기</translation>
    </message>
    <message>
        <source>◀ &amp;Back</source>
        <translation>◀ 이전(&amp;B)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>다음 ▶</translation>
    </message>
    <message>
        <source>The previous step of the lesson (Page Up)</source>
        <translation>수업의 이전 단계 (Page Up)</translation>
    </message>
    <message>
        <source>The next step of the lesson (Page Down)</source>
        <translation>수업의 다음 단계 (Page Down)</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>수업</translation>
    </message>
    <message>
        <source>Lesson ▸ Open the lesson (F9) starts the lecture, step by step.</source>
        <translation>수업 ▸ 수업 열기(F9)로 강의를 단계별로 시작합니다.</translation>
    </message>
    <message>
        <source>Lesson · step %1 of %2</source>
        <translation>수업 · %2단계 중 %1단계</translation>
    </message>
    <message>
        <source>Waiting for the network…</source>
        <translation>네트워크를 기다리는 중…</translation>
    </message>
    <message>
        <source>Taking the training step…</source>
        <translation>학습 스텝 진행 중…</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;✓ Right.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;✓ 정답입니다.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;✗ Not this time:&lt;/b&gt; the answer is &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;✗ 아쉽습니다:&lt;/b&gt; 정답은 &lt;b&gt;%1&lt;/b&gt;입니다.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rnnlab::LossPlot</name>
    <message>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>correct characters (%)</source>
        <translation>문자 정확도 (%)</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic axis: late, small improvements stay visible</source>
        <translation>손실을 로그 축으로 표시: 후반의 작은 개선도 보입니다</translation>
    </message>
    <message>
        <source>Press Play (Space) or take one step (Ctrl+→) — the loss of every training step appears here</source>
        <translation>재생(스페이스)을 누르거나 한 스텝(Ctrl+→) 진행하세요 — 매 학습 스텝의 손실이 여기에 표시됩니다</translation>
    </message>
    <message>
        <source>training step</source>
        <translation>학습 스텝</translation>
    </message>
    <message>
        <source>mean absolute error</source>
        <translation>평균 절대 오차</translation>
    </message>
    <message>
        <source>loss (MSE)</source>
        <translation>손실(MSE)</translation>
    </message>
</context>
<context>
    <name>rnnlab::MainWindow</name>
    <message>
        <source>Space: train · Ctrl+→: one training step · →: walk through a time step · F: fold</source>
        <translation>스페이스: 학습 · Ctrl+→: 학습 1스텝 · →: 시점 따라가기 · F: 접기</translation>
    </message>
    <message>
        <source>Model and data</source>
        <translation>모델과 데이터</translation>
    </message>
    <message>
        <source>time series</source>
        <translation>시계열</translation>
    </message>
    <message>
        <source>%1[*] — rnnlab</source>
        <translation>%1[*] — rnnlab</translation>
    </message>
    <message>
        <source>Start over?</source>
        <translation>처음부터 다시 시작할까요?</translation>
    </message>
    <message numerus="yes">
        <source>%1 starts over from the seed&apos;s initial weights. The model trained for %n step(s) will be discarded (File ▸ Save session as… keeps it).</source>
        <translation>
            <numerusform>%1은(는) 시드의 초기 가중치부터 다시 시작합니다. %n스텝 학습한 모델은 버려집니다(파일 ▸ 다른 이름으로 세션 저장…으로 보관할 수 있습니다).</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing the model or the data</source>
        <translation>모델 또는 데이터 변경</translation>
    </message>
    <message>
        <source>Resume from step %1?</source>
        <translation>스텝 %1부터 이어서 학습할까요?</translation>
    </message>
    <message>
        <source>Training continues from step %1. The %2 later steps of this run are discarded (File ▸ Save session as… keeps the latest state).</source>
        <translation>스텝 %1부터 학습을 계속합니다. 이 실행의 이후 스텝 %2개는 버려집니다(파일 ▸ 다른 이름으로 세션 저장…으로 최신 상태를 보관할 수 있습니다).</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>재설정</translation>
    </message>
    <message>
        <source>Loss and error</source>
        <translation>손실과 오차</translation>
    </message>
    <message>
        <source>Loss and accuracy</source>
        <translation>손실과 정확도</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>스텝 %1/%2</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>스텝 %1</translation>
    </message>
    <message>
        <source>now: loss (MSE) %1 · %2 %3</source>
        <translation>현재: 손실(MSE) %1 · %2 %3</translation>
    </message>
    <message>
        <source>now: loss %1 · %2% right</source>
        <translation>현재: 손실 %1 · 정확도 %2%</translation>
    </message>
    <message>
        <source>The edit was not applied: step %1 of %2 is shown from the run&apos;s history. Resume from here (discards the later steps) or go to the latest step to edit the weights.</source>
        <translation>편집이 적용되지 않았습니다: 실행 기록에서 스텝 %1/%2를 표시하는 중입니다. 여기서부터 이어서 학습하거나(이후 스텝은 버려짐) 최신 스텝으로 가서 가중치를 편집하세요.</translation>
    </message>
    <message>
        <source>Weights of a past step</source>
        <translation>이전 스텝의 가중치</translation>
    </message>
    <message>
        <source>Training stopped: a step was refused (see the message on the graph)</source>
        <translation>학습 중지: 스텝이 거부되었습니다(그래프의 메시지 참조)</translation>
    </message>
    <message>
        <source>Training stopped</source>
        <translation>학습 중지됨</translation>
    </message>
    <message>
        <source>Change the settings on the left and press Apply, or Reset to start over.</source>
        <translation>왼쪽에서 설정을 바꾸고 적용을 누르거나, 재설정으로 처음부터 시작하세요.</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>비교할 수 없음: %1</translation>
    </message>
    <message>
        <source>Cannot compare these models</source>
        <translation>이 모델들은 비교할 수 없습니다</translation>
    </message>
    <message>
        <source>Quitting</source>
        <translation>종료하는 중</translation>
    </message>
</context>
<context>
    <name>rnnlab::MatrixLabels</name>
    <message>
        <source>No W_hy: the outputs are h_t itself (the lecture&apos;s setup).</source>
        <translation>W_hy 없음: 출력은 h_t 자체입니다(강의의 설정).</translation>
    </message>
    <message>
        <source>No W_hy: the outputs are h_t itself (the lecture&apos;s setup). With ReLU the logits are ≥ 0 but unbounded, so the loss can approach 0.</source>
        <translation>W_hy 없음: 출력은 h_t 자체입니다(강의의 설정). ReLU를 쓰면 로짓은 0 이상이지만 상한이 없으므로 손실이 0에 가까워질 수 있습니다.</translation>
    </message>
    <message>
        <source>No W_hy: the outputs are h_t itself (the lecture&apos;s setup). With tanh the logits stay in [−1, 1], so no probability can exceed p = e/(e + %1/e) ≈ %2 — the loss cannot fall below −log p ≈ %3 and never reaches 0; an output layer removes this floor.</source>
        <extracomment>%1 is the vocabulary size minus 1, %2 the largest probability, %3 the smallest loss −log p.</extracomment>
        <translation>W_hy 없음: 출력은 h_t 자체입니다(강의의 설정). tanh를 쓰면 로짓이 [−1, 1] 안에 머물러 어떤 확률도 p = e/(e + %1/e) ≈ %2를 넘을 수 없습니다 — 손실은 −log p ≈ %3 아래로 내려가지 못하고 0에 도달하지 않습니다. 출력층을 두면 이 하한이 사라집니다.</translation>
    </message>
    <message>
        <source>%1: bias of %2</source>
        <extracomment>A bias entry&apos;s tooltip: %1 the matrix&apos;s title, %2 the unit it belongs to.</extracomment>
        <translation>%1: %2의 편향</translation>
    </message>
    <message>
        <source>%1: from %2 to %3</source>
        <extracomment>A weight&apos;s tooltip: %1 the matrix&apos;s title, %2 the unit it comes from, %3 the unit it goes to.</extracomment>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>set by hand at step %1 (was %2)</source>
        <extracomment>%1 a training step, %2 the value before the edit.</extracomment>
        <translation>스텝 %1에서 직접 설정함 (이전 값 %2)</translation>
    </message>
    <message>
        <source>Rewound to step %1: resume from here (on the timeline) to edit</source>
        <translation>스텝 %1(으)로 되감음: 편집하려면 (타임라인에서) 여기서부터 이어서 학습하세요</translation>
    </message>
    <message>
        <source>Click to type a new value, or drag up or down to change it (Shift: finer)</source>
        <translation>클릭해서 새 값을 입력하거나, 위아래로 드래그해서 바꾸세요 (Shift: 더 미세하게)</translation>
    </message>
    <message>
        <source>effective learning rate of this entry: %1 (SGD: lr, the same for every entry)</source>
        <extracomment>%1 is the learning rate.</extracomment>
        <translation>이 성분의 실효 학습률: %1 (SGD: lr, 모든 성분에 같음)</translation>
    </message>
    <message>
        <source>effective learning rate of this entry: %1 (Adam: lr / (√v̂ + ε))</source>
        <extracomment>%1 is the learning rate.</extracomment>
        <translation>이 성분의 실효 학습률: %1 (Adam: lr / (√v̂ + ε))</translation>
    </message>
    <message>
        <source>%1 = 0 in the graph (what if there were no memory?)</source>
        <extracomment>%1 is a matrix&apos;s name (W_hh).</extracomment>
        <translation>그래프에서 %1 = 0 (기억이 없다면?)</translation>
    </message>
</context>
<context>
    <name>rnnlab::MatrixPanel</name>
    <message>
        <source>Encoder (encoder): reads the source</source>
        <translation>인코더(encoder): 소스를 읽음</translation>
    </message>
    <message>
        <source>Decoder (decoder): from the context, reads the previous target token</source>
        <translation>디코더(decoder): 컨텍스트에서 시작해 이전 타깃 토큰을 읽음</translation>
    </message>
    <message>
        <source>%1, layer %2</source>
        <translation>%1, 층 %2</translation>
    </message>
    <message>
        <source>Output layer (fc)</source>
        <translation>출력층 (fc)</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>가중치</translation>
    </message>
    <message>
        <source>gradient ∂L/∂w (last step)</source>
        <translation>기울기 ∂L/∂w (마지막 스텝)</translation>
    </message>
    <message>
        <source>change Δw (last update)</source>
        <translation>변화량 Δw (마지막 업데이트)</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>가중치</translation>
    </message>
    <message>
        <source>Gradients ∂L/∂w</source>
        <translation>기울기 ∂L/∂w</translation>
    </message>
    <message>
        <source>Last change Δw</source>
        <translation>마지막 변화량 Δw</translation>
    </message>
    <message>
        <source>The weights now, after the last update</source>
        <translation>마지막 업데이트 후의 현재 가중치</translation>
    </message>
    <message>
        <source>dL/dw of the last training step: how the loss changes with each weight</source>
        <translation>마지막 학습 스텝의 dL/dw: 각 가중치에 따라 손실이 어떻게 변하는지</translation>
    </message>
    <message>
        <source>What the last update changed: the new weight minus the old one</source>
        <translation>마지막 업데이트로 바뀐 양: 새 가중치 − 이전 가중치</translation>
    </message>
    <message>
        <source>No model yet</source>
        <translation>아직 모델이 없습니다</translation>
    </message>
    <message>
        <source>Gradients</source>
        <translation>기울기</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>마지막 변화량</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>층 %1</translation>
    </message>
    <message>
        <source>Output layer</source>
        <translation>출력층</translation>
    </message>
    <message>
        <source>No training step yet</source>
        <translation>아직 학습 스텝이 없습니다</translation>
    </message>
    <message>
        <source>The graph computes with 0 here (what if there were no memory?); training still uses this weight</source>
        <translation>그래프는 여기서 0으로 계산합니다(기억이 없다면?). 학습에는 여전히 이 가중치를 사용합니다</translation>
    </message>
</context>
<context>
    <name>rnnlab::MemoryComparisonPlot</name>
    <message>
        <source>How far back</source>
        <translation>얼마나 과거까지</translation>
    </message>
    <message>
        <source>How far back a prediction looks. For the prediction at step t, how much each earlier input x&lt;sub&gt;s&lt;/sub&gt; drives it: ‖∂ log p&lt;sub&gt;t&lt;/sub&gt;(target) / ∂x&lt;sub&gt;s&lt;/sub&gt;‖, the gradient of that step&apos;s log-probability of its target with respect to the one-hot input, carried back by each model&apos;s own BPTT. A plain RNN&apos;s usually falls decade by decade as s goes back; an LSTM or a GRU can learn to keep it.</source>
        <translation>예측이 얼마나 과거를 보는가. 스텝 t의 예측에 각 이전 입력 x&lt;sub&gt;s&lt;/sub&gt;가 주는 영향: ‖∂ log p&lt;sub&gt;t&lt;/sub&gt;(target) / ∂x&lt;sub&gt;s&lt;/sub&gt;‖, 즉 그 스텝의 타깃 로그 확률을 원-핫 입력에 대해 미분한 기울기를 각 모델의 BPTT로 거슬러 전달한 값입니다. 일반 RNN은 보통 s가 과거로 갈수록 10배씩 줄어들고, LSTM이나 GRU는 이를 유지하도록 학습할 수 있습니다.</translation>
    </message>
    <message>
        <source>step t =</source>
        <translation>스텝 t =</translation>
    </message>
    <message>
        <source>last</source>
        <translation>마지막</translation>
    </message>
    <message>
        <source>The time step whose prediction is explained (last: the last step with a target)</source>
        <translation>예측을 설명할 시점 (마지막: 타깃이 있는 마지막 스텝)</translation>
    </message>
    <message>
        <source>What step t&apos;s prediction should say: its target</source>
        <translation>스텝 t의 예측이 말해야 할 것: 타깃</translation>
    </message>
    <message>
        <source>Show the influence on a logarithmic axis: a fall by decades is a straight line</source>
        <translation>영향을 로그 축으로 표시: 10배씩 줄어들면 직선이 됩니다</translation>
    </message>
    <message>
        <source>input step s</source>
        <translation>입력 스텝 s</translation>
    </message>
    <message>
        <source>‖∂ log p / ∂x_s‖</source>
        <translation>‖∂ log p / ∂x_s‖</translation>
    </message>
    <message>
        <source>Real-valued inputs x_t have no one-hot input to trace back.</source>
        <translation>실수 입력 x_t에는 거슬러 추적할 원-핫 입력이 없습니다.</translation>
    </message>
    <message>
        <source>No models yet.</source>
        <translation>아직 모델이 없습니다.</translation>
    </message>
    <message>
        <source>Step %1 has no target: nothing is predicted there.</source>
        <translation>스텝 %1에는 타깃이 없습니다: 예측할 것이 없습니다.</translation>
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
        <translation>스텝 %1의 x(‘%2’)가 스텝 %3(‘%4’)의 예측에 주는 영향: ‖∂ log p / ∂x‖ = %5</translation>
    </message>
</context>
<context>
    <name>rnnlab::MemoryPath</name>
    <message>
        <source>Freeze axes</source>
        <translation>축 고정</translation>
    </message>
    <message>
        <source>Keep the axes of this training step — their direction, their centre and their scale — for the later steps: train on, or move along the timeline, and watch the path change in one frame (a point that leaves it widens the frame). Untick to give every step its own PCA again.</source>
        <translation>이 학습 스텝의 축(방향, 중심, 스케일)을 이후 스텝에도 유지합니다: 학습을 계속하거나 타임라인을 이동하면서 경로가 한 화면 안에서 변하는 것을 보세요(화면을 벗어나는 점이 있으면 화면이 넓어집니다). 해제하면 스텝마다 다시 PCA를 합니다.</translation>
    </message>
    <message>
        <source>axes from training step %1, W_hh = 0</source>
        <translation>학습 스텝 %1의 축, W_hh = 0</translation>
    </message>
    <message>
        <source>axes from training step %1</source>
        <translation>학습 스텝 %1의 축</translation>
    </message>
    <message>
        <source>step %1, input ‘%2’
%3 = (%4)
PC1 %5, PC2 %6</source>
        <translation>스텝 %1, 입력 ‘%2’
%3 = (%4)
PC1 %5, PC2 %6</translation>
    </message>
    <message>
        <source>PC%1 (%2% of the variance at step %3)</source>
        <translation>PC%1 (스텝 %3 분산의 %2%)</translation>
    </message>
    <message>
        <source>PC%1 (%2% of the variance)</source>
        <translation>PC%1 (분산의 %2%)</translation>
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
        <translation>점수: |구간 안 평균 − 구간 밖 평균| / 합동 표준편차, 즉 유닛 값이 구간 안과 밖에서 표준편차 몇 개만큼 떨어져 있는지입니다. 행을 클릭하면 그 유닛으로 텍스트를 색칠합니다.</translation>
    </message>
    <message>
        <source>Colour: %1’s value at each step, red above 0, blue below.</source>
        <translation>색: 각 스텝에서 %1의 값, 0보다 크면 빨강, 작으면 파랑.</translation>
    </message>
    <message>
        <source>Under each character: the network’s three likeliest next characters.</source>
        <translation>각 문자 아래: 네트워크가 가장 가능성 높게 보는 다음 문자 3개.</translation>
    </message>
    <message>
        <source>Under the last character: the network’s likeliest classes.</source>
        <translation>마지막 문자 아래: 네트워크가 가장 가능성 높게 보는 클래스.</translation>
    </message>
    <message>
        <source>Drag over the text to rank the units.</source>
        <translation>텍스트를 드래그하면 유닛 순위를 매깁니다.</translation>
    </message>
    <message>
        <source>outside</source>
        <translation>구간 밖</translation>
    </message>
    <message>
        <source>%1: score %2 = |%3 − %4| / %5 (mean inside the span, mean outside, pooled standard deviation)</source>
        <translation>%1: 점수 %2 = |%3 − %4| / %5 (구간 안 평균, 구간 밖 평균, 합동 표준편차)</translation>
    </message>
    <message>
        <source> of layer %1</source>
        <translation> (층 %1)</translation>
    </message>
    <message>
        <source>step %1, input ‘%2’: %3%4 = %5</source>
        <translation>스텝 %1, 입력 ‘%2’: %3%4 = %5</translation>
    </message>
    <message>
        <source>step %1, input ‘%2’: no output at this step</source>
        <translation>스텝 %1, 입력 ‘%2’: 이 스텝에는 출력 없음</translation>
    </message>
    <message>
        <source>p(‘%1’) = %2</source>
        <translation>p(‘%1’) = %2</translation>
    </message>
    <message>
        <source>step %1, input ‘%2’, the likeliest outputs: %3</source>
        <translation>스텝 %1, 입력 ‘%2’, 가능성 높은 출력: %3</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>유닛</translation>
    </message>
    <message>
        <source>score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>구간 안</translation>
    </message>
</context>
<context>
    <name>rnnlab::MemoryView</name>
    <message>
        <source>The memory view needs characters as inputs: real-valued x_t have no one-hot input to trace back.</source>
        <translation>기억 뷰는 문자 입력이 필요합니다: 실수 x_t에는 거슬러 추적할 원-핫 입력이 없습니다.</translation>
    </message>
    <message>
        <source>How far back · the path</source>
        <translation>얼마나 과거까지 · 경로</translation>
    </message>
    <message>
        <source>How far back a prediction looks, beside the path of the hidden state</source>
        <translation>예측이 얼마나 과거를 보는가와 은닉 상태의 경로를 나란히</translation>
    </message>
    <message>
        <source>Units over the text</source>
        <translation>텍스트 위의 유닛</translation>
    </message>
    <message>
        <source>The text coloured by one unit, the likeliest next characters under it; drag over the text to find the units that track that span</source>
        <translation>유닛 하나로 색칠한 텍스트와 그 아래 가능성 높은 다음 문자. 텍스트를 드래그하면 그 구간을 추적하는 유닛을 찾습니다</translation>
    </message>
    <message>
        <source>States of</source>
        <translation>상태:</translation>
    </message>
    <message>
        <source>The layer whose states the path shows (the prediction&apos;s influence does not depend on it)</source>
        <translation>경로에 표시할 상태의 층 (예측의 영향은 층과 무관합니다)</translation>
    </message>
    <message>
        <source>h (hidden state)</source>
        <translation>h (은닉 상태)</translation>
    </message>
    <message>
        <source>c (cell state)</source>
        <translation>c (셀 상태)</translation>
    </message>
    <message>
        <source>An LSTM&apos;s hidden state h or its cell state c</source>
        <translation>LSTM의 은닉 상태 h 또는 셀 상태 c</translation>
    </message>
    <message>
        <source>The unit whose value colours the text below (drag over the text to rank them)</source>
        <translation>아래 텍스트를 색칠할 유닛 (텍스트를 드래그하면 순위를 매깁니다)</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>층 %1</translation>
    </message>
    <message>
        <source>How far back a prediction looks</source>
        <translation>예측이 얼마나 과거를 보는가</translation>
    </message>
    <message>
        <source>How far back a prediction looks: step %1 has no target</source>
        <translation>예측이 얼마나 과거를 보는가: 스텝 %1에는 타깃이 없음</translation>
    </message>
    <message>
        <source>Which earlier inputs does step %1’s prediction of its target ‘%2’ depend on? Each input s ≤ %1 by ‖∂ log p(‘%2’) / ∂x&lt;sub&gt;s&lt;/sub&gt;‖ (darker, taller: more). Largest: %3 (step %4, ‘%5’)</source>
        <translation>스텝 %1의 타깃 ‘%2’ 예측은 어떤 이전 입력에 의존할까요? 각 입력 s ≤ %1을 ‖∂ log p(‘%2’) / ∂x&lt;sub&gt;s&lt;/sub&gt;‖로 표시(진하고 높을수록 큼). 최대: %3 (스텝 %4, ‘%5’)</translation>
    </message>
    <message>
        <source>; the first input, ‘%1’: %2</source>
        <translation>; 첫 입력 ‘%1’: %2</translation>
    </message>
    <message>
        <source>What if W_hh = 0? No memory — </source>
        <translation>W_hh = 0이라면? 기억 없음 — </translation>
    </message>
    <message>
        <source>What if W_hh = 0? The cell state c still carries earlier inputs — </source>
        <translation>W_hh = 0이라면? 셀 상태 c가 여전히 이전 입력을 전달 — </translation>
    </message>
    <message>
        <source>What if W_hh = 0? z ⊙ h&lt;sub&gt;t−1&lt;/sub&gt; still carries earlier inputs — </source>
        <translation>W_hh = 0이라면? z ⊙ h&lt;sub&gt;t−1&lt;/sub&gt;이 여전히 이전 입력을 전달 — </translation>
    </message>
    <message>
        <source>The path of %1 of layer %2 (PCA of every step)</source>
        <translation>층 %2의 %1 경로 (모든 스텝의 PCA)</translation>
    </message>
    <message>
        <source>The path of %1 (PCA of every step)</source>
        <translation>%1의 경로 (모든 스텝의 PCA)</translation>
    </message>
    <message>
        <source>; steps %1–%2 drawn whole</source>
        <translation>; 스텝 %1–%2 전체 표시</translation>
    </message>
    <message>
        <source>text by unit %1</source>
        <translation>유닛 %1로 본 텍스트</translation>
    </message>
    <message>
        <source>Units over text needs characters as inputs: real-valued x_t are not a text.</source>
        <translation>텍스트 위의 유닛은 문자 입력이 필요합니다: 실수 x_t는 텍스트가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>rnnlab::ModelPanel</name>
    <message>
        <source>Train&amp;ing texts (one per line)</source>
        <translation>학습 텍스트 (한 줄에 하나)(&amp;I)</translation>
    </message>
    <message>
        <source>hello</source>
        <translation>hello</translation>
    </message>
    <message>
        <source>Each line is one training sequence: the network reads its characters one at a time and learns to predict the next one.
Lines of the form text&lt;Tab&gt;label train a classifier instead (many-to-one): the network reads the whole text and then names its label.</source>
        <translation>각 줄이 학습 시퀀스 하나입니다: 네트워크는 문자를 하나씩 읽으며 다음 문자를 예측하도록 학습합니다.
텍스트&lt;Tab&gt;레이블 형식의 줄은 대신 분류기를 학습합니다(다대일): 네트워크가 텍스트 전체를 읽은 뒤 레이블을 말합니다.</translation>
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
        <translation>RNN: 슬라이드처럼 h_t = tanh(W_hh h_{t−1} + W_xh x_t + b), b = b_ih + b_hh (PyTorch는 두 편향을 따로 두고 더합니다), 또는 tanh 대신 ReLU. LSTM: 게이트 i, f, o와 기억을 전달하는 셀 상태 c_t. GRU: 업데이트 게이트 z가 이전 h_{t−1}과 후보 n_t를 섞고, 리셋 게이트 r가 후보가 h_{t−1}을 얼마나 볼지 정합니다. 출력 y_t는 h_t, 출력층이 있으면 W_hy h_t + b_y. torch.nn.RNN, LSTM, GRU와 같이 계산합니다.</translation>
    </message>
    <message>
        <source>&amp;Cell</source>
        <translation>셀(&amp;C)</translation>
    </message>
    <message>
        <source>Hidden units H: the length of h_t</source>
        <translation>은닉 유닛 수 H: h_t의 길이</translation>
    </message>
    <message>
        <source>Hidden si&amp;ze</source>
        <translation>은닉 상태 크기(&amp;Z)</translation>
    </message>
    <message>
        <source>The lecture&apos;s setup: h_t is the output, one hidden unit per character</source>
        <translation>강의의 설정: h_t가 출력, 문자마다 은닉 유닛 하나</translation>
    </message>
    <message>
        <source>Add an output layer</source>
        <translation>출력층 추가</translation>
    </message>
    <message>
        <source>Adds W_hy (nn.Linear(H, V)), so the hidden size no longer has to match the vocabulary</source>
        <translation>W_hy (nn.Linear(H, V))를 추가하므로 은닉 상태 크기가 어휘 크기와 같지 않아도 됩니다</translation>
    </message>
    <message>
        <source>Stacked layers (torch.nn.RNN num_layers)</source>
        <translation>층 수 (torch.nn.RNN num_layers)</translation>
    </message>
    <message>
        <source>La&amp;yers</source>
        <translation>층(&amp;Y)</translation>
    </message>
    <message>
        <source>W_hy: y_t = W_hy h_t + b_y</source>
        <translation>W_hy: y_t = W_hy h_t + b_y</translation>
    </message>
    <message>
        <source>Without it (the lecture&apos;s setup) the outputs are h_t itself, and the hidden size must equal the number of characters</source>
        <translation>없으면(강의의 설정) 출력은 h_t 자체이고, 은닉 상태 크기는 문자 수와 같아야 합니다</translation>
    </message>
    <message>
        <source>O&amp;utput layer</source>
        <translation>출력층(&amp;U)</translation>
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
        <translation>옵티마이저(&amp;P)</translation>
    </message>
    <message>
        <source>0.1 with Adam in the lecture</source>
        <translation>강의에서는 Adam으로 0.1</translation>
    </message>
    <message>
        <source>Lear&amp;ning rate</source>
        <translation>학습률(&amp;N)</translation>
    </message>
    <message>
        <source>SGD&apos;s momentum (Adam has its own: betas 0.9 and 0.999)</source>
        <translation>SGD의 모멘텀 (Adam은 자체 값 사용: betas 0.9, 0.999)</translation>
    </message>
    <message>
        <source>&amp;Momentum</source>
        <translation>모멘텀(&amp;M)</translation>
    </message>
    <message>
        <source>torch.manual_seed for the initial weights: the same seed gives PyTorch&apos;s weights bit for bit</source>
        <translation>초기 가중치용 torch.manual_seed: 같은 시드면 PyTorch의 가중치와 비트 단위까지 같습니다</translation>
    </message>
    <message>
        <source>See&amp;d</source>
        <translation>시드(&amp;D)</translation>
    </message>
    <message>
        <source>at</source>
        <translation>기준값</translation>
    </message>
    <message>
        <source>clip_grad_norm_: scales all gradients down when their total norm exceeds this</source>
        <translation>clip_grad_norm_: 전체 노름이 이 값을 넘으면 모든 기울기를 줄입니다</translation>
    </message>
    <message>
        <source>&amp;Gradient clipping</source>
        <translation>기울기 클리핑(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>되돌리기(&amp;R)</translation>
    </message>
    <message>
        <source>Back to the settings being trained</source>
        <translation>학습 중인 설정으로 되돌리기</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>적용</translation>
    </message>
    <message>
        <source>Start over with these settings (Ctrl+Return)</source>
        <translation>이 설정으로 처음부터 시작 (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Without W_hy the hidden state is the output, so this setup needs one hidden unit per class: %1, hidden size %2.</source>
        <translation>W_hy가 없으면 은닉 상태가 출력이므로 이 설정에는 클래스마다 은닉 유닛 하나가 필요합니다: %1, 은닉 상태 크기 %2.</translation>
    </message>
    <message>
        <source>1 class</source>
        <translation>클래스 1개</translation>
    </message>
    <message>
        <source>%1 classes</source>
        <translation>클래스 %1개</translation>
    </message>
    <message>
        <source>Without W_hy the hidden state is the output, so the lecture&apos;s setup needs one hidden unit per character: %1, hidden size %2.</source>
        <translation>W_hy가 없으면 은닉 상태가 출력이므로 강의의 설정에는 문자마다 은닉 유닛 하나가 필요합니다: %1, 은닉 상태 크기 %2.</translation>
    </message>
    <message>
        <source>1 character</source>
        <translation>문자 1개</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>문자 %1개</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>%1번째 줄</translation>
    </message>
    <message>
        <source>The label of line %1</source>
        <translation>%1번째 줄의 레이블</translation>
    </message>
    <message>
        <source>Set hidden size to %1</source>
        <translation>은닉 상태 크기를 %1(으)로 설정</translation>
    </message>
    <message numerus="yes">
        <source>
Classifier (many-to-one), %n class(es): %1</source>
        <translation>
            <numerusform>
분류기(다대일), 클래스 %n개: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Vocabulary: %1 (%2)</source>
        <translation>어휘: %1 (%2)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>Time series</source>
        <translation>시계열</translation>
    </message>
    <message>
        <source>Tas&amp;k</source>
        <translation>과제(&amp;K)</translation>
    </message>
    <message>
        <source>Without W_hy the hidden state is the output, so this setup needs one hidden unit per feature: %1, hidden size %2.</source>
        <translation>W_hy가 없으면 은닉 상태가 출력이므로 이 설정에는 특성마다 은닉 유닛 하나가 필요합니다: %1, 은닉 상태 크기 %2.</translation>
    </message>
    <message>
        <source>1 feature</source>
        <translation>특성 1개</translation>
    </message>
    <message>
        <source>%1 features</source>
        <translation>특성 %1개</translation>
    </message>
    <message>
        <source>Time series: the next value at every time step (MSE loss).</source>
        <translation>시계열: 매 시점 다음 값 예측(MSE 손실).</translation>
    </message>
    <message>
        <source>Time series: the next value of each of %1 features at every time step (MSE loss).</source>
        <translation>시계열: 매 시점 특성 %1개 각각의 다음 값 예측(MSE 손실).</translation>
    </message>
    <message>
        <source>Translation (pairs)</source>
        <translation>번역 (쌍)</translation>
    </message>
    <message>
        <source>Text: the network reads characters and predicts the next one (or, with text&lt;Tab&gt;label lines, names a label: a classifier).
Time series: it reads numbers and predicts the next value of each feature (MSE loss).
Translation (pairs): an encoder reads each source&lt;Tab&gt;target line&apos;s source, a decoder writes its target.</source>
        <translation>텍스트: 네트워크가 문자를 읽고 다음 문자를 예측합니다 (텍스트&lt;Tab&gt;레이블 형식의 줄이면 레이블을 답하는 분류기).
시계열: 숫자를 읽고 각 특성의 다음 값을 예측합니다 (MSE 손실).
번역 (쌍): 인코더가 각 소스&lt;Tab&gt;타깃 줄의 소스를 읽고, 디코더가 그 타깃을 씁니다.</translation>
    </message>
    <message>
        <source>Translation: %1 source characters; %2 target tokens (&lt;sos&gt;, &lt;eos&gt; and the targets&apos; characters)</source>
        <translation>번역: 소스 문자 %1개, 타깃 토큰 %2개 (&lt;sos&gt;, &lt;eos&gt;와 타깃의 문자)</translation>
    </message>
    <message>
        <source>Pa&amp;irs (one per line: source&lt;Tab&gt;target)</source>
        <translation>쌍 (한 줄에 하나: 소스&lt;Tab&gt;타깃)(&amp;I)</translation>
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
        <translation>각 줄이 쌍 하나입니다: 소스, Tab, 그다음 타깃 (hello&lt;Tab&gt;olleh).
인코더는 소스를 읽고, 디코더는 &lt;sos&gt;부터 &lt;eos&gt;까지 타깃을 쓰도록 학습합니다.</translation>
    </message>
</context>
<context>
    <name>rnnlab::ParameterLabelling</name>
    <message>
        <source>%1 of layer %2</source>
        <extracomment>A hidden unit of a stack of layers: %1 the unit (h3), %2 the layer&apos;s number.</extracomment>
        <translation>층 %2의 %1</translation>
    </message>
    <message>
        <source>output &apos;%1&apos;</source>
        <translation>출력 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 (score of &apos;%2&apos;)</source>
        <extracomment>A hidden unit that is an output score too (no W_hy): %1 the unit (h3), %2 the character.</extracomment>
        <translation>%1 (&apos;%2&apos;의 점수)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>A gate&apos;s row: %1 the gate (&quot;input gate i&quot;), %2 its unit (&quot;h3&quot; or &quot;h3 of layer 2&quot;).</extracomment>
        <translation>%2의 %1</translation>
    </message>
    <message>
        <source>input &apos;%1&apos;</source>
        <translation>입력 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>class &apos;%1&apos;</source>
        <translation>클래스 &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>rnnlab::PlotAccessible</name>
    <message>
        <source>%1: %2 at %3</source>
        <translation>%1: %3에서 %2</translation>
    </message>
    <message>
        <source>Plot</source>
        <translation>그래프</translation>
    </message>
    <message>
        <source>%1 over %2</source>
        <translation>%2에 따른 %1</translation>
    </message>
    <message>
        <source>Newest values: %1</source>
        <translation>최신 값: %1</translation>
    </message>
</context>
<context>
    <name>rnnlab::PlotWidget</name>
    <message>
        <source>Log scale</source>
        <translation>로그 스케일</translation>
    </message>
</context>
<context>
    <name>rnnlab::PredictionsModel</name>
    <message>
        <source>translates %1 to %2 (greedy: its own outputs fed back); the target is %3: %4</source>
        <translation>%1을(를) %2(으)로 번역 (그리디: 자신의 출력을 되돌려 입력). 타깃은 %3: %4</translation>
    </message>
    <message>
        <source>right</source>
        <translation>정답</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>오답</translation>
    </message>
    <message>
        <source>Pair %1, source %2, target %3: the greedy translation of the source at each step (the decoder&apos;s own outputs fed back from &lt;sos&gt; to &lt;eos&gt;, with the weights of that step&apos;s forward pass); a wrong translation is underlined.</source>
        <translation>쌍 %1, 소스 %2, 타깃 %3: 각 스텝에서 소스의 그리디 번역(디코더 자신의 출력을 &lt;sos&gt;부터 &lt;eos&gt;까지 되돌려 입력, 그 스텝 순전파의 가중치 사용). 틀린 번역에는 밑줄이 그어집니다.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>스텝</translation>
    </message>
    <message>
        <source>%1 of %2 characters match the target %3</source>
        <translation>문자 %2개 중 %1개가 타깃 %3과(와) 일치</translation>
    </message>
    <message>
        <source>%1: %2 instead of %3</source>
        <extracomment>%1 a position in the text, %2 the predicted character, %3 the true one.</extracomment>
        <translation>%1: %3 대신 %2</translation>
    </message>
    <message>
        <source>wrong at %1</source>
        <extracomment>%1 lists the wrong positions (&quot;3: &apos;l&apos; instead of &apos;e&apos;; 5: …&quot;).</extracomment>
        <translation>%1에서 틀림</translation>
    </message>
    <message>
        <source>loss %1 (float32, 9 significant digits)</source>
        <translation>손실 %1 (float32, 유효숫자 9자리)</translation>
    </message>
    <message>
        <source>predicts %1; the label is %2: %3</source>
        <translation>%1 예측. 레이블은 %2: %3</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>The training step (1-based); its loss and predictions come from its forward pass, before the update</source>
        <translation>학습 스텝 (1부터 셈). 손실과 예측은 업데이트 전, 그 스텝의 순전파에서 나옵니다</translation>
    </message>
    <message>
        <source>Mean cross-entropy over all target characters</source>
        <translation>모든 타깃 문자에 대한 평균 교차 엔트로피</translation>
    </message>
    <message>
        <source>Text %1, label %2: the class the network gives it after reading all of it; a wrong class is underlined.</source>
        <translation>텍스트 %1, 레이블 %2: 네트워크가 텍스트를 모두 읽은 뒤 매긴 클래스. 틀린 클래스에는 밑줄이 그어집니다.</translation>
    </message>
    <message>
        <source>Text %1 prediction: the character the network predicts after each of %2; the targets are %3. Wrong characters are underlined.</source>
        <translation>텍스트 %1 예측: %2의 각 문자 다음에 네트워크가 예측한 문자. 타깃은 %3입니다. 틀린 문자에는 밑줄이 그어집니다.</translation>
    </message>
</context>
<context>
    <name>rnnlab::PytorchPanel</name>
    <message>
        <source>No model yet.</source>
        <translation>아직 모델이 없습니다.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Copy the script: paste it into a file and run python3 train.py --steps 20</source>
        <translation>스크립트 복사: 파일에 붙여 넣고 python3 train.py --steps 20으로 실행하세요</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>다른 이름으로 저장…</translation>
    </message>
    <message>
        <source>Write the script to a .py file</source>
        <translation>스크립트를 .py 파일로 저장</translation>
    </message>
    <message>
        <source>Training… the script of this large model (%1 parameters) follows when training pauses.</source>
        <translation>학습 중… 이 큰 모델(파라미터 %1개)의 스크립트는 학습을 멈추면 표시됩니다.</translation>
    </message>
    <message>
        <source>After %1. Saved as train.py, &lt;tt&gt;python3 train.py --steps 20&lt;/tt&gt; trains on from step %2 in PyTorch 1.13 with rnnlab&apos;s losses.</source>
        <translation>%1 후. train.py로 저장하면 &lt;tt&gt;python3 train.py --steps 20&lt;/tt&gt;이 PyTorch 1.13에서 스텝 %2부터 rnnlab의 손실로 학습을 이어 갑니다.</translation>
    </message>
    <message>
        <source>1 training step</source>
        <translation>학습 1스텝</translation>
    </message>
    <message>
        <source>%1 training steps</source>
        <translation>학습 %1스텝</translation>
    </message>
    <message>
        <source>Save the PyTorch script</source>
        <translation>PyTorch 스크립트 저장</translation>
    </message>
    <message>
        <source>Python scripts (*.py)</source>
        <translation>Python 스크립트 (*.py)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>저장할 수 없음</translation>
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
        <translation>한 줄에 시점 하나. 한 줄의 여러 숫자(쉼표, 세미콜론, 탭, 공백으로 구분)는 열마다 하나씩 여러 특성이며, 쉼표로 구분된 숫자 한 줄은 특성 하나입니다.
빈 줄은 다른 시계열을 시작합니다: 여러 시계열을 함께 학습하며, 각각 0 상태에서 시작하는 별도의 시퀀스입니다. #로 시작하는 줄은 주석입니다. 숫자는 소수점을 씁니다(0.5, -2, 1e-3).</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>생성기</translation>
    </message>
    <message>
        <source>Num&amp;bers</source>
        <translation>숫자(&amp;B)</translation>
    </message>
    <message>
        <source>Where the training series come from: a generated wave, or numbers typed, pasted or imported from a CSV file. Either way the session stores the numbers.</source>
        <translation>학습 시계열의 출처: 생성한 파형, 또는 입력·붙여 넣기·CSV 파일에서 가져온 숫자. 어느 쪽이든 세션에 숫자가 저장됩니다.</translation>
    </message>
    <message>
        <source>Sine</source>
        <translation>사인파</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>사각파</translation>
    </message>
    <message>
        <source>Sawtooth</source>
        <translation>톱니파</translation>
    </message>
    <message>
        <source>Triangle</source>
        <translation>삼각파</translation>
    </message>
    <message>
        <source>Two sines</source>
        <translation>사인파 두 개</translation>
    </message>
    <message>
        <source>Sine A sin(2πt/P + φ); square, sawtooth and triangle of the same period and amplitude; or the sum of two sines A sin(2πt/P + φ) + A₂ sin(2πt/P₂)</source>
        <translation>사인파 A sin(2πt/P + φ); 같은 주기와 진폭의 사각파, 톱니파, 삼각파; 또는 두 사인파의 합 A sin(2πt/P + φ) + A₂ sin(2πt/P₂)</translation>
    </message>
    <message>
        <source>&amp;Wave</source>
        <translation>파형(&amp;W)</translation>
    </message>
    <message>
        <source>P: time steps per period (&gt; 0)</source>
        <translation>P: 주기당 시점 수 (&gt; 0)</translation>
    </message>
    <message>
        <source>A: the wave&apos;s largest value</source>
        <translation>A: 파형의 최댓값</translation>
    </message>
    <message>
        <source>φ: the phase in radians (π/2 ≈ 1.5708)</source>
        <translation>φ: 라디안 단위 위상 (π/2 ≈ 1.5708)</translation>
    </message>
    <message>
        <source> rad</source>
        <translation> rad</translation>
    </message>
    <message>
        <source>Points of the series (≥ 2): a series of n points is n − 1 time steps</source>
        <translation>시계열의 점 수 (≥ 2): 점 n개의 시계열은 n − 1 시점</translation>
    </message>
    <message>
        <source>P₂: the second sine&apos;s period (&gt; 0)</source>
        <translation>P₂: 두 번째 사인파의 주기 (&gt; 0)</translation>
    </message>
    <message>
        <source>A₂: the second sine&apos;s amplitude</source>
        <translation>A₂: 두 번째 사인파의 진폭</translation>
    </message>
    <message>
        <source>σ: Gaussian noise added to every point (0: none); the seed below makes it the same on every machine</source>
        <translation>σ: 모든 점에 더하는 가우스 잡음 (0: 없음). 아래 시드로 모든 컴퓨터에서 같아집니다</translation>
    </message>
    <message>
        <source>The noise&apos;s own seed (not the weights&apos;)</source>
        <translation>잡음 전용 시드 (가중치 시드 아님)</translation>
    </message>
    <message>
        <source>Edit as numbers</source>
        <translation>숫자로 편집</translation>
    </message>
    <message>
        <source>Puts the generated numbers into the numbers box, to change them by hand</source>
        <translation>생성된 숫자를 숫자 상자에 넣어 직접 고칠 수 있게 합니다</translation>
    </message>
    <message>
        <source>Adds a CSV file&apos;s numbers as another series: one row per time point, one column per feature, a header row optional</source>
        <translation>CSV 파일의 숫자를 시계열로 추가: 행마다 시점 하나, 열마다 특성 하나, 머리글 행은 선택</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Wave with an anomaly</source>
        <translation>이상치가 있는 파형</translation>
    </message>
    <message>
        <source>A series the network is tested on but never trained on: where its error jumps above the training error&apos;s, the Signal tab rings an anomaly</source>
        <translation>학습에는 쓰지 않고 테스트만 하는 시계열: 오차가 학습 오차보다 크게 튀는 곳을 신호 탭이 이상치로 표시합니다</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV 가져오기…</translation>
    </message>
    <message>
        <source>Adds a CSV file&apos;s numbers as a test series</source>
        <translation>CSV 파일의 숫자를 테스트 시계열로 추가</translation>
    </message>
    <message>
        <source>Spike</source>
        <translation>스파이크</translation>
    </message>
    <message>
        <source>Level shift</source>
        <translation>레벨 이동</translation>
    </message>
    <message>
        <source>Flat stretch</source>
        <translation>평탄 구간</translation>
    </message>
    <message>
        <source>Spike: + size at one point. Level shift: + size over a stretch (length 0: to the end). Flat stretch: the value at “at” held for a stretch.</source>
        <translation>스파이크: 한 점에 크기만큼 더함. 레벨 이동: 구간에 크기만큼 더함(길이 0: 끝까지). 평탄 구간: “위치”의 값을 구간 동안 유지.</translation>
    </message>
    <message>
        <source>How many points it lasts</source>
        <translation>지속되는 점 수</translation>
    </message>
    <message>
        <source>What it adds to the wave</source>
        <translation>파형에 더하는 값</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>점 1개</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>점 %1개</translation>
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
        <translation>특성 1개</translation>
    </message>
    <message>
        <source>%1 features</source>
        <translation>특성 %1개</translation>
    </message>
    <message>
        <source>Imported %1 of %2 from %3</source>
        <translation>%3에서 %2 중 %1 가져옴</translation>
    </message>
    <message>
        <source>Import a test series from CSV</source>
        <translation>CSV에서 테스트 시계열 가져오기</translation>
    </message>
    <message>
        <source>Import series from CSV</source>
        <translation>CSV에서 시계열 가져오기</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 파일 (*.csv *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Where the anomaly starts: a point of the series, counted from 1 as the Signal tab&apos;s time axis</source>
        <translation>이상치가 시작하는 곳: 시계열의 점, 「신호」 탭의 시간 축처럼 1부터 셈</translation>
    </message>
    <message>
        <source>Tr&amp;aining series</source>
        <translation>학습 시계열(&amp;A)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>주기</translation>
    </message>
    <message>
        <source>Amplitude</source>
        <translation>진폭</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>위상</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>길이</translation>
    </message>
    <message>
        <source>Period 2</source>
        <translation>주기 2</translation>
    </message>
    <message>
        <source>Amplitude 2</source>
        <translation>진폭 2</translation>
    </message>
    <message>
        <source>Noise σ</source>
        <translation>잡음 σ</translation>
    </message>
    <message>
        <source>Noise seed</source>
        <translation>잡음 시드</translation>
    </message>
    <message>
        <source>Test ser&amp;ies</source>
        <translation>테스트 시계열(&amp;I)</translation>
    </message>
    <message>
        <source>Test numbers</source>
        <translation>테스트 숫자</translation>
    </message>
    <message>
        <source>Anomaly</source>
        <translation>이상치</translation>
    </message>
    <message>
        <source>  at point</source>
        <translation>  위치</translation>
    </message>
    <message>
        <source>  length</source>
        <translation>  길이</translation>
    </message>
    <message>
        <source>  size</source>
        <translation>  크기</translation>
    </message>
</context>
<context>
    <name>rnnlab::SessionActions</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>자동 저장 실패: %1</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>새 세션(&amp;N)</translation>
    </message>
    <message>
        <source>Start over with the lecture&apos;s hello example</source>
        <translation>강의의 hello 예제로 새로 시작</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>세션 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>최근 항목 열기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation>세션 저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save the settings, trained weights, optimizer state, loss history and view (.rnnlab)</source>
        <translation>설정, 학습된 가중치, 옵티마이저 상태, 손실 기록, 보기 저장 (.rnnlab)</translation>
    </message>
    <message>
        <source>Save session &amp;as…</source>
        <translation>다른 이름으로 세션 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import PyTorch state…</source>
        <translation>PyTorch 상태 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>A model trained in PyTorch, saved with save_state_dict_json() from the PyTorch panel&apos;s script</source>
        <translation>PyTorch에서 학습하고 PyTorch 패널 스크립트의 save_state_dict_json()으로 저장한 모델</translation>
    </message>
    <message>
        <source>there is no trained model to save yet</source>
        <translation>아직 저장할 학습된 모델이 없습니다</translation>
    </message>
    <message>
        <source>Saved %1 (step %2)</source>
        <translation>%1 저장함 (스텝 %2)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>저장할 수 없음</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>세션 저장</translation>
    </message>
    <message>
        <source>Save the session?</source>
        <translation>세션을 저장할까요?</translation>
    </message>
    <message>
        <source>%1 closes this session. It has changes that are not saved (training, weights by hand or settings).</source>
        <translation>%1은(는) 이 세션을 닫습니다. 저장하지 않은 변경 사항(학습, 직접 입력한 가중치, 설정)이 있습니다.</translation>
    </message>
    <message>
        <source>A new session</source>
        <translation>새 세션</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>세션 열기</translation>
    </message>
    <message>
        <source>Training texts</source>
        <translation>학습 텍스트</translation>
    </message>
    <message>
        <source>%1 does not say which texts the model was trained on. Its training texts, one per line:</source>
        <translation>%1에는 모델이 어떤 텍스트로 학습했는지 나와 있지 않습니다. 학습 텍스트를 한 줄에 하나씩 입력하세요:</translation>
    </message>
    <message>
        <source>Cannot import this PyTorch state</source>
        <translation>이 PyTorch 상태를 가져올 수 없음</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 cannot be imported; nothing was changed.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%2&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;%1을(를) 가져올 수 없습니다. 아무것도 바뀌지 않았습니다.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%2&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>%1 가져오는 중</translation>
    </message>
    <message>
        <source>Imported %1. %2</source>
        <translation>%1 가져옴. %2</translation>
    </message>
    <message>
        <source>Cannot open this session</source>
        <translation>이 세션을 열 수 없음</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 cannot be opened; nothing was changed.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%2&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;%1을(를) 열 수 없습니다. 아무것도 바뀌지 않았습니다.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%2&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>%1 여는 중</translation>
    </message>
    <message>
        <source>Import PyTorch state</source>
        <translation>PyTorch 상태 가져오기</translation>
    </message>
    <message>
        <source>PyTorch states (*.pt *.pth *.json);;All files (*)</source>
        <translation>PyTorch 상태 (*.pt *.pth *.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Restore the unsaved session?</source>
        <translation>저장하지 않은 세션을 복원할까요?</translation>
    </message>
    <message>
        <source>rnnlab ended without saving a session (autosaved %1). Restore it?</source>
        <translation>rnnlab이 세션을 저장하지 않고 종료되었습니다(자동 저장 %1). 복원할까요?</translation>
    </message>
    <message>
        <source>recovered</source>
        <translation>복구됨</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>목록 지우기(&amp;C)</translation>
    </message>
    <message>
        <source>rnnlab sessions (*.rnnlab *.json);;All files (*)</source>
        <extracomment>A file dialog&apos;s filter: keep the patterns in parentheses and the &quot;;;&quot; between the two.</extracomment>
        <translation>rnnlab 세션 (*.rnnlab *.json);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>rnnlab::ShortcutList</name>
    <message>
        <source>Window</source>
        <translation>창</translation>
    </message>
    <message>
        <source>A matrix (click a cell)</source>
        <translation>행렬 (셀 클릭)</translation>
    </message>
    <message>
        <source>The timeline (click it)</source>
        <translation>타임라인 (클릭)</translation>
    </message>
    <message>
        <source>Move to the next cell</source>
        <translation>다음 셀로 이동</translation>
    </message>
    <message>
        <source>First or last column</source>
        <translation>첫 번째 또는 마지막 열</translation>
    </message>
    <message>
        <source>Type a value for the cell</source>
        <translation>셀 값 입력</translation>
    </message>
    <message>
        <source>One training step earlier or later</source>
        <translation>학습 스텝 하나 앞 또는 뒤</translation>
    </message>
    <message>
        <source>Several steps later or earlier</source>
        <translation>여러 스텝 뒤 또는 앞</translation>
    </message>
    <message>
        <source>Step 0, or the latest step</source>
        <translation>스텝 0 또는 최신 스텝</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <source>The graph (Tab to it)</source>
        <translation>그래프 (Tab으로 이동)</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>어디서나</translation>
    </message>
    <message>
        <source>Into the cells; up or down a column</source>
        <translation>셀로 들어가기, 열에서 위아래로 이동</translation>
    </message>
    <message>
        <source>The same unit one time step earlier or later</source>
        <translation>같은 유닛의 한 시점 앞 또는 뒤</translation>
    </message>
    <message>
        <source>The first or last time step</source>
        <translation>첫 번째 또는 마지막 시점</translation>
    </message>
    <message>
        <source>Leave the cells (then Esc leaves the walk)</source>
        <translation>셀에서 나가기 (다시 Esc를 누르면 따라가기 종료)</translation>
    </message>
    <message>
        <source>Stop a drag, close the value editor, or leave the cells</source>
        <translation>드래그 중지, 값 편집기 닫기 또는 셀에서 나가기</translation>
    </message>
    <message>
        <source>Next or previous control</source>
        <translation>다음 또는 이전 컨트롤</translation>
    </message>
    <message>
        <source>Leave a text box (Tab types a tab there)</source>
        <translation>텍스트 상자에서 나가기 (상자 안에서 Tab은 탭 문자 입력)</translation>
    </message>
    <message>
        <source>Press the focused button</source>
        <translation>포커스된 버튼 누르기</translation>
    </message>
</context>
<context>
    <name>rnnlab::SignalPlot</name>
    <message>
        <source>The series shown: a training series, or a test series (evaluated at every step, never trained on)</source>
        <translation>표시할 시계열: 학습 시계열 또는 테스트 시계열(매 스텝 평가, 학습에는 사용 안 함)</translation>
    </message>
    <message>
        <source>F&amp;orecast</source>
        <translation>예측(&amp;O)</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 점</translation>
    </message>
    <message>
        <source>The free-running forecast past the end: each predicted value is fed back as the next input, this many times</source>
        <translation>끝 이후의 자유 실행 예측: 예측값을 다음 입력으로 되돌리는 횟수</translation>
    </message>
    <message>
        <source>series</source>
        <translation>시계열</translation>
    </message>
    <message>
        <source>one-step prediction</source>
        <translation>한 스텝 예측</translation>
    </message>
    <message>
        <source>free-running forecast</source>
        <translation>자유 실행 예측</translation>
    </message>
    <message>
        <source>squared error</source>
        <translation>제곱 오차</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>임곗값</translation>
    </message>
    <message>
        <source>value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>error²</source>
        <translation>오차²</translation>
    </message>
    <message>
        <source>Training series</source>
        <translation>학습 시계열</translation>
    </message>
    <message>
        <source>Training series %1</source>
        <translation>학습 시계열 %1</translation>
    </message>
    <message>
        <source>Test series (anomalies)</source>
        <translation>테스트 시계열 (이상치)</translation>
    </message>
    <message>
        <source>Test series %1 (anomalies)</source>
        <translation>테스트 시계열 %1 (이상치)</translation>
    </message>
    <message>
        <source>forecast →</source>
        <translation>예측 →</translation>
    </message>
    <message>
        <source>warm-up</source>
        <translation>워밍업</translation>
    </message>
    <message>
        <source>training series</source>
        <translation>학습 시계열</translation>
    </message>
    <message>
        <source>one step ahead</source>
        <translation>한 스텝 앞</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>예측</translation>
    </message>
    <message>
        <source>warm-up: not counted</source>
        <translation>워밍업: 세지 않음</translation>
    </message>
    <message>
        <source>threshold %1</source>
        <translation>임곗값 %1</translation>
    </message>
    <message>
        <source>sta&amp;rting after</source>
        <translation>시작 지점(&amp;R)</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>끝</translation>
    </message>
    <message>
        <source>point </source>
        <translation>점 </translation>
    </message>
    <message>
        <source>Where the free run starts: after the series&apos; last point (the end), or after an earlier point, so that its forecast can be compared with what actually came</source>
        <translation>자유 실행을 시작하는 곳: 시계열의 마지막 점(끝) 다음, 또는 그보다 앞의 점 다음. 앞에서 시작하면 예측을 실제 값과 비교할 수 있습니다</translation>
    </message>
    <message>
        <source>Fla&amp;g above</source>
        <translation>표시 임곗값(&amp;G)</translation>
    </message>
    <message>
        <source>A time step whose squared error is above this is flagged: a candidate anomaly, not yet a true one (the summary judges the flags against where an anomaly was injected). Default: the training error&apos;s mean + 3 standard deviations</source>
        <translation>제곱 오차가 이 값을 넘는 시점은 표시됩니다: 이상치 후보일 뿐 아직 진짜 이상치는 아닙니다(요약에서 표시를 이상치를 넣은 위치와 비교해 판정합니다). 기본값: 학습 오차의 평균 + 3 표준편차</translation>
    </message>
    <message>
        <source>mean + 3 sd</source>
        <translation>평균 + 3 SD</translation>
    </message>
    <message>
        <source>99th percentile</source>
        <translation>99 백분위수</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>직접 입력</translation>
    </message>
    <message>
        <source>The threshold&apos;s rule. Mean + 3 sd (the default) assumes errors spread like a normal distribution; a network&apos;s squared errors have a long tail (their sd is often larger than their mean), so it also flags ordinary steps. The 99th percentile of the training errors flags about 1 ordinary step in 100.</source>
        <translation>임곗값 규칙. 평균 + 3 SD(기본값)는 오차가 정규분포처럼 퍼진다고 가정합니다. 네트워크의 제곱 오차는 꼬리가 길어서(SD가 평균보다 큰 경우가 많음) 평범한 시점도 표시합니다. 학습 오차의 99 백분위수는 평범한 시점을 100개 중 약 1개 표시합니다.</translation>
    </message>
    <message>
        <source>The signal plot is for time series (the task &quot;Time series&quot;): open one, e.g. File ▸ Open examples/sine-spike.json</source>
        <translation>신호 그래프는 시계열용입니다(과제 &quot;시계열&quot;): 시계열을 여세요. 예: 파일 ▸ 세션 열기…에서 examples/sine-spike.json</translation>
    </message>
    <message>
        <source>true continuation</source>
        <translation>실제 이어진 값</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>표시됨</translation>
    </message>
    <message>
        <source>injected</source>
        <translation>넣은 이상치</translation>
    </message>
    <message>
        <source>time step t:  xₜ at t,  yₜ under xₜ₊₁,  error² of step t = (yₜ − xₜ₊₁)²</source>
        <translation>시점 t:  xₜ는 t에,  yₜ는 xₜ₊₁ 아래에,  시점 t의 오차² = (yₜ − xₜ₊₁)²</translation>
    </message>
    <message>
        <source>flagged: error² above the threshold</source>
        <translation>표시됨: 오차²가 임곗값 초과</translation>
    </message>
    <message>
        <source>injected anomaly</source>
        <translation>넣은 이상치</translation>
    </message>
    <message>
        <source>Test series (never trained on)</source>
        <translation>테스트 시계열 (학습에 사용 안 함)</translation>
    </message>
    <message>
        <source>Test series %1 (never trained on)</source>
        <translation>테스트 시계열 %1 (학습에 사용 안 함)</translation>
    </message>
    <message>
        <source> (1–%1: warm-up).</source>
        <translation> (1–%1: 워밍업).</translation>
    </message>
    <message>
        <source> (1: warm-up).</source>
        <translation> (1: 워밍업).</translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <source> Feature 1 of %1.</source>
        <translation> 특성 1/%1.</translation>
    </message>
    <message>
        <source>the training errors&apos; 99th percentile</source>
        <translation>학습 오차의 99 백분위수</translation>
    </message>
    <message>
        <source>at point %1</source>
        <translation>점 %1</translation>
    </message>
    <message>
        <source>at points %1–%2</source>
        <translation>점 %1–%2</translation>
    </message>
    <message>
        <source>in the warm-up, not judged</source>
        <translation>워밍업 중, 판정 안 함</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>놓침</translation>
    </message>
    <message>
        <source>detected (step %1)</source>
        <translation>탐지됨 (시점 %1)</translation>
    </message>
    <message>
        <source>detected (steps %1)</source>
        <translation>탐지됨 (시점 %1)</translation>
    </message>
    <message>
        <source> (steps %1).</source>
        <translation> (시점 %1).</translation>
    </message>
    <message>
        <source>after point %1</source>
        <translation>점 %1 다음부터</translation>
    </message>
    <message>
        <source>after the end</source>
        <translation>끝 다음부터</translation>
    </message>
    <message>
        <source>Free-running forecast %1: mean error² %2 against what came (points compared: %3).</source>
        <translation>자유 실행 예측(%1): 실제 값 대비 평균 오차² %2 (비교한 점: %3개).</translation>
    </message>
    <message>
        <source>x_%1 = %2</source>
        <translation>x_%1 = %2</translation>
    </message>
    <message>
        <source>step %1: y_%1 = %2 predicts x_%3 = %4</source>
        <translation>시점 %1: y_%1 = %2, x_%3 = %4 예측</translation>
    </message>
    <message>
        <source>loss_%1 = (y_%1 − x_%2)² = %3</source>
        <translation>loss_%1 = (y_%1 − x_%2)² = %3</translation>
    </message>
    <message>
        <source>flagged: predicts the injected anomaly (a hit)</source>
        <translation>표시됨: 넣은 이상치를 예측 (적중)</translation>
    </message>
    <message>
        <source>flagged: after the anomaly, the network still disturbed</source>
        <translation>표시됨: 이상치 이후, 네트워크가 아직 흔들림</translation>
    </message>
    <message>
        <source>flagged: a false alarm (no anomaly was injected here)</source>
        <translation>표시됨: 오탐 (여기에는 이상치를 넣지 않음)</translation>
    </message>
    <message>
        <source>free-running forecast: %1</source>
        <translation>자유 실행 예측: %1</translation>
    </message>
    <message>
        <source>what came (generator): %1</source>
        <translation>실제 값(생성기): %1</translation>
    </message>
    <message>
        <source>test series</source>
        <translation>테스트 시계열</translation>
    </message>
    <message>
        <source>The test series: evaluated at every step with the current weights, never trained on</source>
        <translation>테스트 시계열: 매 스텝 현재 가중치로 평가하며, 학습에는 사용 안 함</translation>
    </message>
    <message>
        <source>The training series: what the network is trained on</source>
        <translation>학습 시계열: 네트워크가 학습하는 시계열</translation>
    </message>
    <message>
        <source>The one-step predictions: y_t, drawn under the x_{t+1} it predicts</source>
        <translation>한 스텝 예측: y_t를 그것이 예측하는 x_{t+1} 아래에 그림</translation>
    </message>
    <message>
        <source>The free-running forecast: each predicted value fed back as the next input</source>
        <translation>자유 실행 예측: 각 예측값을 다음 입력으로 되돌림</translation>
    </message>
    <message>
        <source>what came</source>
        <translation>실제 값</translation>
    </message>
    <message>
        <source>What came: the generator&apos;s true continuation past the end, to hold the forecast against</source>
        <translation>실제 값: 끝 이후 생성기가 만든 실제 이어진 값으로, 예측과 비교하기 위한 것</translation>
    </message>
    <message>
        <source>flagged: error² &gt; threshold</source>
        <translation>표시됨: 오차² &gt; 임곗값</translation>
    </message>
    <message>
        <source>A flagged step: its squared error is above the threshold (a candidate anomaly); its band covers the input it read and the point it predicted</source>
        <translation>표시된 시점: 제곱 오차가 임곗값을 넘음(이상치 후보). 띠는 읽은 입력과 예측한 점을 덮습니다</translation>
    </message>
    <message>
        <source>Where the generator injected the anomaly</source>
        <translation>생성기가 이상치를 넣은 곳</translation>
    </message>
    <message>
        <source>warm-up (not counted)</source>
        <translation>워밍업 (세지 않음)</translation>
    </message>
    <message>
        <source>The warm-up steps: the state has not seen enough yet; they count neither in the threshold nor as flags</source>
        <translation>워밍업 시점: 상태가 아직 충분히 보지 못했습니다. 임곗값 계산에도, 표시에도 세지 않습니다</translation>
    </message>
    <message>
        <source>%1: mean error² %2 over steps %3–%4</source>
        <translation>%1: 시점 %3–%4의 평균 오차² %2</translation>
    </message>
    <message>
        <source>Training error² after the warm-up: mean %1, sd %2 (the loss, %3, counts every step).</source>
        <translation>워밍업 이후 학습 오차²: 평균 %1, SD %2 (손실 %3은(는) 모든 시점을 셉니다).</translation>
    </message>
    <message>
        <source>; sd &gt; mean: not normally distributed, so ordinary steps pass it too</source>
        <translation>; SD &gt; 평균: 정규분포가 아니므로 평범한 시점도 임곗값을 넘습니다</translation>
    </message>
    <message>
        <source>Threshold %1: %2.</source>
        <translation>임곗값 %1: %2.</translation>
    </message>
    <message>
        <source>Flagged steps: %1.</source>
        <translation>표시된 시점: %1.</translation>
    </message>
    <message>
        <source> Injected anomaly %1: %2; after it, still disturbed: %3. False alarms: %4</source>
        <translation> 넣은 이상치(%1): %2. 그 뒤 아직 흔들리는 동안의 표시: %3. 오탐: %4</translation>
    </message>
    <message>
        <source> Each is a candidate: where an anomaly truly is, a series not made by the generator does not say.</source>
        <translation> 모두 후보입니다: 생성기가 만들지 않은 시계열에서는 진짜 이상치가 어디인지 알 수 없습니다.</translation>
    </message>
    <message>
        <source>Free-running forecast %1: nothing known to compare it with (start it earlier).</source>
        <translation>자유 실행 예측(%1): 비교할 실제 값이 없습니다 (더 앞에서 시작하세요).</translation>
    </message>
    <message>
        <source>Warm-up: the first steps of every series, where the state (zero at the start) has not seen enough yet — even the training series is predicted worse than the threshold there. They count neither in the threshold nor as flags.
A flag is a step whose error² is above the threshold: a candidate anomaly. Where the generator injected an anomaly, a flag that predicts an injected point is a hit; a later flag at most %1 steps after it or after the previous such flag (the network still disturbed) is counted apart; every other flag is a false alarm.</source>
        <translation>워밍업: 각 시계열의 처음 몇 시점으로, 상태(처음에는 0)가 아직 충분히 보지 못한 구간입니다 — 여기서는 학습 시계열조차 임곗값보다 나쁘게 예측됩니다. 임곗값 계산에도, 표시에도 세지 않습니다.
표시란 오차²가 임곗값을 넘는 시점으로, 이상치 후보입니다. 생성기가 이상치를 넣은 경우, 넣은 점을 예측하는 표시는 적중입니다. 적중 또는 직전의 그런 표시로부터 %1 시점 이내의 표시는 (네트워크가 아직 흔들리는 중이므로) 따로 셉니다. 나머지 표시는 모두 오탐입니다.</translation>
    </message>
</context>
<context>
    <name>rnnlab::StackPlace</name>
    <message>
        <source>Encoder · </source>
        <translation>인코더 · </translation>
    </message>
    <message>
        <source>Decoder · </source>
        <translation>디코더 · </translation>
    </message>
</context>
<context>
    <name>rnnlab::StepByHandPanel</name>
    <message>
        <source>Earlier time step, to the left (←)</source>
        <translation>이전 시점, 왼쪽으로 (←)</translation>
    </message>
    <message>
        <source>Previous phase of the computation (Shift+←)</source>
        <translation>계산의 이전 단계 (Shift+←)</translation>
    </message>
    <message>
        <source>Next phase of the computation (Shift+→)</source>
        <translation>계산의 다음 단계 (Shift+→)</translation>
    </message>
    <message>
        <source>Later time step, to the right: x_t enters, W_xh x_t and W_hh h_{t−1} add up, the activation squashes, p_t = softmax(y_t) picks a character (→)</source>
        <translation>다음 시점, 오른쪽으로: x_t가 들어오고, W_xh x_t와 W_hh h_{t−1}이 더해지고, 활성화 함수가 압축하고, p_t = softmax(y_t)가 문자를 고릅니다 (→)</translation>
    </message>
    <message>
        <source>Back through time</source>
        <translation>시간 역전파 (BPTT)</translation>
    </message>
    <message>
        <source>Walk the gradient back from the last time step: dL/dh_t and where it fades (B; again: one time step further back)</source>
        <translation>마지막 시점부터 기울기를 거슬러 따라가기: dL/dh_t와 기울기가 사라지는 곳 (B; 다시 누르면 한 시점 더 과거로)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Leave the walk: show the whole pass (Esc)</source>
        <translation>따라가기 종료: 전체 패스 보기 (Esc)</translation>
    </message>
    <message>
        <source>Step in parts ▶</source>
        <translation>단계별 실행 ▶</translation>
    </message>
    <message>
        <source>One training step shown part by part: the forward pass column by column, the loss, the backward pass right to left, then the update of every matrix (Ctrl+Shift+→)</source>
        <translation>학습 한 스텝을 부분별로 표시: 열 단위 순전파, 손실, 오른쪽에서 왼쪽으로 역전파, 그다음 모든 행렬의 업데이트 (Ctrl+Shift+→)</translation>
    </message>
    <message>
        <source>Time-major</source>
        <translation>시간 우선</translation>
    </message>
    <message>
        <source>Layer-major</source>
        <translation>층 우선</translation>
    </message>
    <message>
        <source>The order → walks the stacked grid in. Time-major: every layer at t, then t+1 — how the picture reads. Layer-major: layer 1 over all of time, then layer 2 — how PyTorch computes it. The numbers are the same either way.</source>
        <translation>→가 다층 격자를 진행하는 순서. 시간 우선: t에서 모든 층, 그다음 t+1 — 그림을 읽는 방식. 층 우선: 1층을 전체 시간에 대해, 그다음 2층 — PyTorch가 계산하는 방식. 어느 쪽이든 숫자는 같습니다.</translation>
    </message>
    <message>
        <source>unit h</source>
        <translation>유닛 h</translation>
    </message>
    <message>
        <source>The hidden unit whose row the equations show when the matrices are too large to show whole</source>
        <translation>행렬이 너무 커서 전부 보여 줄 수 없을 때 식에 표시할 은닉 유닛의 행</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>순전파</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <source>backward</source>
        <translation>역전파</translation>
    </message>
    <message>
        <source>update</source>
        <translation>업데이트</translation>
    </message>
    <message>
        <source>Next: the loss ▶</source>
        <translation>다음: 손실 ▶</translation>
    </message>
    <message>
        <source>Next: backward ▶</source>
        <translation>다음: 역전파 ▶</translation>
    </message>
    <message>
        <source>Next: the update ▶</source>
        <translation>다음: 업데이트 ▶</translation>
    </message>
    <message>
        <source>Press → to walk through a time step, B to go back through time, or “Step in parts” — every number below comes from the same forward pass the graph shows.</source>
        <translation>→로 한 시점씩 따라가고, B로 시간 역전파(BPTT)를 따라가거나, “단계별 실행”을 누르세요 — 아래 모든 숫자는 그래프와 같은 순전파에서 나옵니다.</translation>
    </message>
    <message>
        <source>A test series is never trained on: the walk shows its forward pass and squared error only, no backward pass.</source>
        <translation>테스트 시계열은 학습에 쓰이지 않습니다: 순전파와 제곱 오차만 보여 주며 역전파는 없습니다.</translation>
    </message>
    <message>
        <source>No backward: a test series</source>
        <translation>역전파 없음: 테스트 시계열</translation>
    </message>
</context>
<context>
    <name>rnnlab::TimeStepWalker</name>
    <message>
        <source>x_t enters: the series&apos; values at step t, one per feature (or h_t of the layer below)</source>
        <translation>x_t 입력: 시점 t의 시계열 값, 특성마다 하나 (또는 아래층의 h_t)</translation>
    </message>
    <message>
        <source>x_t enters: the one-hot vector of the character (or h_t of the layer below)</source>
        <translation>x_t 입력: 문자의 원-핫 벡터 (또는 아래층의 h_t)</translation>
    </message>
    <message>
        <source>W_ih x_t + b_ih: what the input contributes to each gate i, f, g, o</source>
        <translation>W_ih x_t + b_ih: 입력이 각 게이트 i, f, g, o에 기여하는 값</translation>
    </message>
    <message>
        <source>W_ih x_t + b_ih: what the input contributes to each gate r, z, n</source>
        <translation>W_ih x_t + b_ih: 입력이 각 게이트 r, z, n에 기여하는 값</translation>
    </message>
    <message>
        <source>W_xh x_t + b_ih: what the input contributes (each column of W_xh weighs one feature of x_t)</source>
        <translation>W_xh x_t + b_ih: 입력이 기여하는 값 (W_xh의 각 열이 x_t의 특성 하나에 곱해짐)</translation>
    </message>
    <message>
        <source>W_xh x_t + b_ih: what the input contributes (a one-hot x picks one column of W_xh)</source>
        <translation>W_xh x_t + b_ih: 입력이 기여하는 값 (원-핫 x는 W_xh의 열 하나를 고름)</translation>
    </message>
    <message>
        <source>W_hh h_{t−1} + b_hh: what the previous hidden state contributes to each gate</source>
        <translation>W_hh h_{t−1} + b_hh: 이전 은닉 상태가 각 게이트에 기여하는 값</translation>
    </message>
    <message>
        <source>W_hh h_{t−1} + b_hh: what the memory of the previous step contributes</source>
        <translation>W_hh h_{t−1} + b_hh: 이전 시점의 기억이 기여하는 값</translation>
    </message>
    <message>
        <source>their sum: each gate&apos;s pre-activation</source>
        <translation>둘의 합: 각 게이트의 활성화 전 값</translation>
    </message>
    <message>
        <source>the sums for the reset gate r and the update gate z</source>
        <translation>리셋 게이트 r과 업데이트 게이트 z의 합</translation>
    </message>
    <message>
        <source>their sum: the pre-activation a_t</source>
        <translation>둘의 합: 활성화 전 값 a_t</translation>
    </message>
    <message>
        <source>σ squashes into (0, 1): the reset gate r and the update gate z</source>
        <translation>σ가 (0, 1)로 압축: 리셋 게이트 r과 업데이트 게이트 z</translation>
    </message>
    <message>
        <source>σ gates in (0, 1) — input i, forget f, output o — and the candidate g = tanh(…)</source>
        <translation>(0, 1) 범위의 σ 게이트 — 입력 i, 망각 f, 출력 o — 와 후보 g = tanh(…)</translation>
    </message>
    <message>
        <source>the candidate n_t = tanh(W_in x_t + b_in + r ⊙ (W_hn h_{t−1} + b_hn))</source>
        <translation>후보 n_t = tanh(W_in x_t + b_in + r ⊙ (W_hn h_{t−1} + b_hn))</translation>
    </message>
    <message>
        <source>the cell state c_t = f ⊙ c_{t−1} + i ⊙ g: keep some of the old memory, write some new</source>
        <translation>셀 상태 c_t = f ⊙ c_{t−1} + i ⊙ g: 이전 기억 일부를 유지하고 새 기억 일부를 씀</translation>
    </message>
    <message>
        <source>h_t = o ⊙ tanh(c_t): the output gate lets part of the cell state out</source>
        <translation>h_t = o ⊙ tanh(c_t): 출력 게이트가 셀 상태의 일부를 내보냄</translation>
    </message>
    <message>
        <source>h_t = (1 − z) ⊙ n + z ⊙ h_{t−1}: z decides how much memory to keep</source>
        <translation>h_t = (1 − z) ⊙ n + z ⊙ h_{t−1}: z가 기억을 얼마나 유지할지 결정</translation>
    </message>
    <message>
        <source>ReLU keeps the positive part: h_t</source>
        <translation>ReLU는 양수 부분만 남김: h_t</translation>
    </message>
    <message>
        <source>tanh squashes it into (−1, 1): h_t</source>
        <translation>tanh가 (−1, 1)로 압축: h_t</translation>
    </message>
    <message>
        <source>y_t = W_hy h_t + b_y: the predicted next value x_{t+1}, one per feature</source>
        <translation>y_t = W_hy h_t + b_y: 예측한 다음 값 x_{t+1}, 특성마다 하나</translation>
    </message>
    <message>
        <source>y_t = h_t: without an output layer the hidden state is the predicted next value x_{t+1}</source>
        <translation>y_t = h_t: 출력층이 없으면 은닉 상태가 곧 예측한 다음 값 x_{t+1}</translation>
    </message>
    <message>
        <source>W_hy h_t + b_y: the output scores (logits) y_t</source>
        <translation>W_hy h_t + b_y: 출력 점수(로짓) y_t</translation>
    </message>
    <message>
        <source>y_t = h_t: without an output layer the hidden state is the output</source>
        <translation>y_t = h_t: 출력층이 없으면 은닉 상태가 곧 출력</translation>
    </message>
    <message>
        <source>softmax turns the scores into probabilities</source>
        <translation>softmax가 점수를 확률로 바꿈</translation>
    </message>
    <message>
        <source>the most probable output (character, or class) is the prediction</source>
        <translation>확률이 가장 높은 출력(문자 또는 클래스)이 예측</translation>
    </message>
    <message>
        <source>the squared error of this step: (y_t − x_{t+1})² per feature, and its share of the mean (MSE)</source>
        <translation>이 시점의 제곱 오차: 특성마다 (y_t − x_{t+1})², 그리고 평균(MSE)에서의 몫</translation>
    </message>
    <message>
        <source>the loss at this step: −log of the probability of the target (the true next character, or the label)</source>
        <translation>이 시점의 손실: 타깃(실제 다음 문자 또는 레이블) 확률의 −log</translation>
    </message>
    <message>
        <source>dL/dh_t: from the squared error through dL/dy_t, and from t+1 through W_hh and through z_{t+1} ⊙ h_t</source>
        <translation>dL/dh_t: 제곱 오차에서 dL/dy_t를 거쳐, 그리고 t+1에서 W_hh와 z_{t+1} ⊙ h_t를 거쳐 옴</translation>
    </message>
    <message>
        <source>dL/dh_t: from the squared error through dL/dy_t, and from t+1 through W_hh</source>
        <translation>dL/dh_t: 제곱 오차에서 dL/dy_t를 거쳐, 그리고 t+1에서 W_hh를 거쳐 옴</translation>
    </message>
    <message>
        <source>dL/dh_t: from the output, and from t+1 through W_hh and through z_{t+1} ⊙ h_t</source>
        <translation>dL/dh_t: 출력에서, 그리고 t+1에서 W_hh와 z_{t+1} ⊙ h_t를 거쳐 옴</translation>
    </message>
    <message>
        <source>dL/dh_t: the gradient arriving from the output and from t+1 through W_hh</source>
        <translation>dL/dh_t: 출력과 t+1에서 W_hh를 거쳐 도착하는 기울기</translation>
    </message>
    <message>
        <source>dL/dc_t: through h_t = o ⊙ tanh(c_t), plus f_{t+1} ⊙ dL/dc_{t+1} along the cell state</source>
        <translation>dL/dc_t: h_t = o ⊙ tanh(c_t)를 거쳐 오고, 셀 상태를 따라 f_{t+1} ⊙ dL/dc_{t+1}이 더해짐</translation>
    </message>
    <message>
        <source>dL/da_t, the gates&apos; pre-activations: what reaches W_ih, W_hh and the biases</source>
        <translation>dL/da_t, 게이트의 활성화 전 값: W_ih, W_hh와 편향에 도달하는 값</translation>
    </message>
    <message>
        <source>dL/da_t = dL/dh_t where h_t &gt; 0: what reaches W_xh, W_hh and the biases</source>
        <translation>dL/da_t = h_t &gt; 0인 곳의 dL/dh_t: W_xh, W_hh와 편향에 도달하는 값</translation>
    </message>
    <message>
        <source>dL/da_t = dL/dh_t ⊙ (1 − h_t²): what reaches W_xh, W_hh and the biases</source>
        <translation>dL/da_t = dL/dh_t ⊙ (1 − h_t²): W_xh, W_hh와 편향에 도달하는 값</translation>
    </message>
    <message>
        <source>the decoder starts from the encoder&apos;s final state: h_0 and c_0 of the decoder = h_n and c_n of the encoder, layer by layer</source>
        <translation>디코더는 인코더의 마지막 상태에서 시작: 층마다 디코더의 h_0, c_0 = 인코더의 h_n, c_n</translation>
    </message>
    <message>
        <source>the decoder starts from the encoder&apos;s final state: h_0 of the decoder = h_n of the encoder, layer by layer</source>
        <translation>디코더는 인코더의 마지막 상태에서 시작: 층마다 디코더의 h_0 = 인코더의 h_n</translation>
    </message>
    <message>
        <source>across the context: the decoder&apos;s dL/dh_0 and dL/dc_0 are what reaches the encoder&apos;s h_n and c_n</source>
        <translation>컨텍스트를 거쳐: 디코더의 dL/dh_0과 dL/dc_0이 인코더의 h_n과 c_n에 도달</translation>
    </message>
    <message>
        <source>across the context: the decoder&apos;s dL/dh_0 is what reaches the encoder&apos;s h_n</source>
        <translation>컨텍스트를 거쳐: 디코더의 dL/dh_0이 인코더의 h_n에 도달</translation>
    </message>
</context>
<context>
    <name>rnnlab::Timeline</name>
    <message>
        <source>The step whose network the views show: drag the timeline to rewind</source>
        <translation>뷰에 표시되는 네트워크의 스텝: 타임라인을 드래그하면 되감습니다</translation>
    </message>
    <message>
        <source>Resume from here</source>
        <translation>여기서부터 이어서 학습</translation>
    </message>
    <message>
        <source>Continue training from the step shown: the steps after it are replaced</source>
        <translation>표시된 스텝부터 학습을 계속합니다: 그 뒤의 스텝은 새로 대체됩니다</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>최신</translation>
    </message>
    <message>
        <source>Back to the latest training step (End)</source>
        <translation>최신 학습 스텝으로 돌아가기 (End)</translation>
    </message>
    <message>
        <source>every %1 step kept (full speed)</source>
        <extracomment>%1 is an ordinal from ordinal() (&quot;4th&quot;): every 4th training step is kept.</extracomment>
        <translation>%1스텝마다 하나 보관 (최고 속도)</translation>
    </message>
    <message>
        <source>Training at full speed, a copy of every step would cost more than %2% of its time, so every %1 step is kept (within the memory budget). Older steps are recomputed exactly from the kept step before them: trained again, the same numbers bit for bit</source>
        <extracomment>%1 is an ordinal (&quot;4th&quot;), %2 a percentage of the training time.</extracomment>
        <translation>최고 속도로 학습할 때 매 스텝을 복사하면 학습 시간의 %2% 이상이 들므로, %1스텝마다 하나만 보관합니다(메모리 한도 내). 이전 스텝은 그 앞의 보관된 스텝에서 정확히 다시 계산합니다: 다시 학습하면 비트 단위까지 같은 숫자가 나옵니다</translation>
    </message>
    <message>
        <source>memory budget: every %1 step kept</source>
        <extracomment>%1 is an ordinal (&quot;4th&quot;): every 4th training step is kept.</extracomment>
        <translation>메모리 한도: %1스텝마다 하나 보관</translation>
    </message>
    <message>
        <source>Older steps recomputed exactly from every %1 kept step (memory budget): the steps in between are trained again from the kept step before them, which gives the same numbers bit for bit</source>
        <extracomment>%1 is an ordinal (&quot;4th&quot;).</extracomment>
        <translation>이전 스텝은 %1스텝마다 보관한 스텝에서 정확히 다시 계산합니다(메모리 한도): 그 사이의 스텝은 앞의 보관된 스텝부터 다시 학습하며, 비트 단위까지 같은 숫자가 나옵니다</translation>
    </message>
    <message>
        <source>Training step %1 of %2
(rewound)</source>
        <translation>학습 스텝 %1/%2
(되감음)</translation>
    </message>
    <message>
        <source>Training step %1
(latest)</source>
        <translation>학습 스텝 %1
(최신)</translation>
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
        <translation>텐서 %1 원소 %2</translation>
    </message>
    <message>
        <source>Edited by hand after step %1: %2 from %3 to %4</source>
        <extracomment>%1 training step, %2 the weight&apos;s name, %3 and %4 its values before and after.</extracomment>
        <translation>스텝 %1 후 직접 편집: %2, %3 → %4</translation>
    </message>
    <message>
        <source>Training timeline</source>
        <translation>학습 타임라인</translation>
    </message>
    <message>
        <source>Step %1 — loss %2</source>
        <extracomment>%1 training step, %2 its loss.</extracomment>
        <translation>스텝 %1 — 손실 %2</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>스텝 %1</translation>
    </message>
    <message>
        <source>Click or drag to see the network as it was after this step.</source>
        <translation>클릭하거나 드래그하면 이 스텝 직후의 네트워크를 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Older steps are recomputed exactly from every %1 kept step (training at full speed).</source>
        <extracomment>%1 is an ordinal (&quot;4th&quot;).</extracomment>
        <translation>이전 스텝은 %1스텝마다 보관한 스텝에서 정확히 다시 계산합니다 (최고 속도 학습).</translation>
    </message>
    <message>
        <source>Older steps are recomputed exactly from every %1 kept step (memory budget).</source>
        <translation>이전 스텝은 %1스텝마다 보관한 스텝에서 정확히 다시 계산합니다 (메모리 한도).</translation>
    </message>
</context>
<context>
    <name>rnnlab::TrainingControls</name>
    <message>
        <source>&amp;Play</source>
        <translation>재생(&amp;P)</translation>
    </message>
    <message>
        <source>One training &amp;step</source>
        <translation>학습 1스텝(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>재설정(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>일시 정지(&amp;P)</translation>
    </message>
    <message>
        <source> Speed </source>
        <translation> 속도 </translation>
    </message>
    <message>
        <source>From one step per second (to follow along) to as fast as possible</source>
        <translation>초당 1스텝(따라가기용)부터 최대한 빠르게까지</translation>
    </message>
</context>
<context>
    <name>rnnlab::TranslationAccessible</name>
    <message>
        <source>Translation graph</source>
        <translation>번역 그래프</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>스텝 %1</translation>
    </message>
</context>
<context>
    <name>rnnlab::TranslationGraph</name>
    <message>
        <source>No translation to draw yet</source>
        <translation>아직 그릴 번역이 없습니다</translation>
    </message>
    <message>
        <source>Encoder (encoder): reads the source</source>
        <translation>인코더(encoder): 소스를 읽음</translation>
    </message>
    <message>
        <source>context</source>
        <translation>컨텍스트</translation>
    </message>
    <message>
        <source>decoder</source>
        <translation>디코더</translation>
    </message>
    <message>
        <source>encoder</source>
        <translation>인코더</translation>
    </message>
    <message>
        <source>h_%1[%2] of the %3, layer %4</source>
        <translation>%3의 h_%1[%2], 층 %4</translation>
    </message>
    <message>
        <source>context, layer %1, unit %2: the encoder&apos;s last h, the decoder&apos;s h_0</source>
        <translation>컨텍스트, 층 %1, 유닛 %2: 인코더의 마지막 h, 디코더의 h_0</translation>
    </message>
    <message>
        <source>x_%1[%2] of the %3 (one-hot)</source>
        <translation>%3의 x_%1[%2] (원-핫)</translation>
    </message>
    <message>
        <source>p_%1(%2): the probability of this target token</source>
        <translation>p_%1(%2): 이 타깃 토큰의 확률</translation>
    </message>
    <message>
        <source>Decoder (decoder) and fc, translating (greedy): its own previous output in</source>
        <translation>디코더(decoder)와 fc, 번역 (그리디): 자신의 이전 출력을 입력</translation>
    </message>
    <message>
        <source>Decoder (decoder) and fc, teacher forcing: the previous target token in</source>
        <translation>디코더(decoder)와 fc, 교사 강요: 이전 타깃 토큰을 입력</translation>
    </message>
    <message>
        <source>decoder (greedy)</source>
        <translation>디코더 (그리디)</translation>
    </message>
    <message>
        <source>the greedy translation&apos;s output</source>
        <translation>그리디 번역의 출력</translation>
    </message>
    <message>
        <source>the argmax (teacher forcing)</source>
        <translation>argmax (교사 강요)</translation>
    </message>
    <message>
        <source>y_%1: %2 is %3, the target ✓</source>
        <translation>y_%1: %2은(는) %3, 타깃과 일치 ✓</translation>
    </message>
    <message>
        <source>y_%1: %2 is %3, the target is %4 ✗</source>
        <translation>y_%1: %2은(는) %3, 타깃은 %4 ✗</translation>
    </message>
    <message>
        <source>y_%1: %2 is %3, past the target&apos;s &lt;eos&gt; ✗</source>
        <translation>y_%1: %2은(는) %3, 타깃의 &lt;eos&gt; 이후 ✗</translation>
    </message>
</context>
<context>
    <name>rnnlab::WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export figure</source>
        <translation>그림 내보내기(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>학습(&amp;T)</translation>
    </message>
    <message>
        <source>Train continuously at the chosen speed (Space)</source>
        <translation>선택한 속도로 계속 학습 (스페이스)</translation>
    </message>
    <message>
        <source>Pause training (Space)</source>
        <translation>학습 일시 정지 (스페이스)</translation>
    </message>
    <message>
        <source>One optimizer step: forward, loss, backward through time, update (Ctrl+→)</source>
        <translation>옵티마이저 1스텝: 순전파, 손실, 시간에 따른 역전파, 업데이트 (Ctrl+→)</translation>
    </message>
    <message>
        <source>Back to the initial weights of the seed, step 0 (Ctrl+R)</source>
        <translation>시드의 초기 가중치, 스텝 0으로 되돌리기 (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo weight edit</source>
        <translation>가중치 편집 실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>Take back the last weight set by hand; the weights are bit for bit what they were (Ctrl+Z)</source>
        <translation>마지막으로 직접 설정한 가중치를 되돌립니다. 가중치는 비트 단위까지 이전과 같아집니다 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Redo weight edit</source>
        <translation>가중치 편집 다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;What if W_hh = 0?</source>
        <translation>W_hh = 0이라면?(&amp;W)</translation>
    </message>
    <message>
        <source>Show the network without its memory: the predictions it can still make, and the ones it cannot (training is not affected) (Ctrl+M)</source>
        <translation>기억이 없는 네트워크 보기: 여전히 할 수 있는 예측과 할 수 없는 예측 (학습에는 영향 없음) (Ctrl+M)</translation>
    </message>
    <message>
        <source>&amp;Step by hand</source>
        <translation>손으로 계산(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Later time step</source>
        <translation>다음 시점(&amp;L)</translation>
    </message>
    <message>
        <source>One time step to the right, in the forward walk and back through time: x_t enters, W_xh x_t and W_hh h_{t−1} add up, the activation squashes, y_t picks a character (→)</source>
        <translation>순방향 따라가기와 시간 역전파(BPTT)에서 한 시점 오른쪽으로: x_t가 들어오고, W_xh x_t와 W_hh h_{t−1}이 더해지고, 활성화 함수가 압축하고, y_t가 문자를 고릅니다 (→)</translation>
    </message>
    <message>
        <source>&amp;Earlier time step</source>
        <translation>이전 시점(&amp;E)</translation>
    </message>
    <message>
        <source>One time step to the left, in the forward walk and back through time (←)</source>
        <translation>순방향 따라가기와 시간 역전파(BPTT)에서 한 시점 왼쪽으로 (←)</translation>
    </message>
    <message>
        <source>&amp;Next phase</source>
        <translation>다음 단계(&amp;N)</translation>
    </message>
    <message>
        <source>One part of the computation further (Shift+→)</source>
        <translation>계산을 한 부분 앞으로 (Shift+→)</translation>
    </message>
    <message>
        <source>&amp;Previous phase</source>
        <translation>이전 단계(&amp;P)</translation>
    </message>
    <message>
        <source>One part of the computation back (Shift+←)</source>
        <translation>계산을 한 부분 뒤로 (Shift+←)</translation>
    </message>
    <message>
        <source>&amp;Back through time</source>
        <translation>시간 역전파 (BPTT)(&amp;B)</translation>
    </message>
    <message>
        <source>The gradient from the last time step back to the first: dL/dh_t and where it fades (B; again: one time step further back)</source>
        <translation>마지막 시점부터 처음 시점까지의 기울기: dL/dh_t와 기울기가 사라지는 곳 (B; 다시 누르면 한 시점 더 과거로)</translation>
    </message>
    <message>
        <source>&amp;Training step in parts</source>
        <translation>학습 스텝 단계별 실행(&amp;T)</translation>
    </message>
    <message>
        <source>Forward, loss, backward, update — each shown before the next (Ctrl+Shift+→)</source>
        <translation>순전파, 손실, 역전파, 업데이트 — 각각을 다음 단계 전에 표시 (Ctrl+Shift+→)</translation>
    </message>
    <message>
        <source>Lea&amp;ve the walk</source>
        <translation>따라가기 종료(&amp;V)</translation>
    </message>
    <message>
        <source>Show the whole pass again (Esc)</source>
        <translation>전체 패스 다시 보기 (Esc)</translation>
    </message>
    <message>
        <source>&amp;Walk layer by layer</source>
        <translation>층별로 따라가기(&amp;W)</translation>
    </message>
    <message>
        <source>Stacked layers: walk layer 1 over all of time, then layer 2 — how PyTorch computes it — instead of every layer at t, then t+1. The numbers are the same either way (L)</source>
        <translation>다층: t에서 모든 층, 그다음 t+1 대신, 1층을 전체 시간에 대해, 그다음 2층 — PyTorch가 계산하는 방식으로 따라갑니다. 어느 쪽이든 숫자는 같습니다 (L)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Fold</source>
        <translation>접기(&amp;F)</translation>
    </message>
    <message>
        <source>Fold the unrolled graph into one cell with its W_hh loop, or unfold it over time (F)</source>
        <translation>펼친 그래프를 W_hh 루프가 있는 셀 하나로 접거나, 시간 축으로 펼칩니다 (F)</translation>
    </message>
    <message>
        <source>Un&amp;fold</source>
        <translation>펼치기(&amp;F)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Larger cells, same text size (Ctrl++, or Ctrl+wheel)</source>
        <translation>셀은 크게, 글자 크기는 그대로 (Ctrl++ 또는 Ctrl+휠)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>Smaller cells, down to fit-to-window (Ctrl+−)</source>
        <translation>셀을 작게, 창에 맞출 때까지 (Ctrl+−)</translation>
    </message>
    <message>
        <source>Fit to &amp;window</source>
        <translation>창에 맞추기(&amp;W)</translation>
    </message>
    <message>
        <source>Show the whole graph (Ctrl+0); Ctrl+wheel zooms, dragging pans</source>
        <translation>그래프 전체 보기 (Ctrl+0). Ctrl+휠로 확대/축소, 드래그로 이동</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>프레젠테이션 모드(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen, large type, only the graph, the equations and the play controls (F11)</source>
        <translation>전체 화면, 큰 글씨, 그래프·식·재생 컨트롤만 (F11)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>테마(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation>수업(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Open the lesson</source>
        <translation>수업 열기(&amp;O)</translation>
    </message>
    <message>
        <source>The lecture step by step, with the app set up for each step (F9)</source>
        <translation>강의를 단계별로, 단계마다 앱을 설정해서 진행 (F9)</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>다음 단계(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>이전 단계(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>rnnlab &amp;Handbook</source>
        <translation>rnnlab 안내서(&amp;H)</translation>
    </message>
    <message>
        <source>The tour of the window, the walk by hand and the classroom tools (F1)</source>
        <translation>창 둘러보기, 손으로 계산하기, 수업 도구 (F1)</translation>
    </message>
    <message>
        <source>&amp;Notation</source>
        <translation>표기법(&amp;N)</translation>
    </message>
    <message>
        <source>The lecture&apos;s symbols, PyTorch&apos;s names and rnnlab&apos;s, side by side</source>
        <translation>강의의 기호, PyTorch의 이름, rnnlab의 이름을 나란히</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About rnnlab</source>
        <translation>rnnlab 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About rnnlab</source>
        <translation>rnnlab 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;rnnlab %1&lt;/h3&gt;&lt;p&gt;Recurrent neural networks, shown at work.&lt;/p&gt;&lt;p&gt;Its numbers are the ones PyTorch 1.13 computes for the same model: the same initial weights from the same seed and each Adam or SGD step from the same gradients, bit for bit; the forward pass, the losses and the gradients in float32, to its last digits (losses within 10&lt;sup&gt;−6&lt;/sup&gt; over the first ten steps).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;rnnlab %1&lt;/h3&gt;&lt;p&gt;동작하는 순환 신경망을 보여 줍니다.&lt;/p&gt;&lt;p&gt;숫자는 같은 모델에 대해 PyTorch 1.13이 계산하는 값과 같습니다: 같은 시드에서 나온 같은 초기 가중치와, 같은 기울기로 계산한 Adam 또는 SGD의 각 스텝은 비트 단위까지 같고, 순전파, 손실, 기울기는 float32의 마지막 자리까지 같습니다(처음 10스텝의 손실은 10&lt;sup&gt;−6&lt;/sup&gt; 이내).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>Import series from &amp;CSV…</source>
        <translation>CSV에서 시계열 가져오기(&amp;C)…</translation>
    </message>
    <message>
        <source>A CSV file&apos;s columns as the features of a time series, in Model and data</source>
        <translation>CSV 파일의 열을 시계열의 특성으로 가져오기 (모델과 데이터)</translation>
    </message>
    <message>
        <source>Reduce &amp;motion</source>
        <translation>동작 줄이기(&amp;M)</translation>
    </message>
    <message>
        <source>Fold and unfold at once, without the animation; no animated menus or docks. Training and the walk by hand still play, one step at a time</source>
        <translation>애니메이션 없이 바로 접고 펼치며, 메뉴와 도크 애니메이션도 없앱니다. 학습과 손으로 계산은 그대로 한 스텝씩 재생됩니다</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Analyze</name>
    <message>
        <source>--span: &quot;%1&quot; is not a span: give A:B, the time steps A to B − 1 of the first text (0-based), e.g. --span 2:5</source>
        <translation>--span: &quot;%1&quot;은(는) 구간이 아닙니다: 첫 텍스트의 시점 A부터 B − 1까지(0부터)를 A:B로 지정하세요. 예: --span 2:5</translation>
    </message>
    <message>
        <source>Write what a network remembers as JSON, for one layer (default: the top one):
  influence  [text][t][s], s = 0…t: ‖∂ log softmax(y_t)[target_t] / ∂x_s‖₂, how much each earlier one-hot input x_s drives step t&apos;s log-probability of its target (the engine&apos;s BPTT from that one term; a step without a target, a classifier&apos;s before its last, has an empty row);
  pca        mean [H], components [2][H] (the first two right singular vectors of the centred states, every step of every text as rows; each flipped so that its largest entry is positive), explained_variance_ratio [2], points [rows][2];
  units      values [text][t][H], and with --span the units ranked by |mean inside − mean outside| / pooled standard deviation.

  rnnlab-cli analyze hello.json -o memory.json
  rnnlab-cli analyze SESSION.json --steps 100 --layer 0 --span 2:5 -o memory.json

Exit status: 0 done; 1 a training step was refused or the file could not be written; 2 bad input.</source>
        <translation>네트워크가 기억하는 것을 한 층(기본값: 최상위 층)에 대해 JSON으로 씁니다:
  influence  [text][t][s], s = 0…t: ‖∂ log softmax(y_t)[target_t] / ∂x_s‖₂, 이전의 각 원-핫 입력 x_s가 스텝 t의 타깃 로그 확률을 얼마나 움직이는지 (그 한 항에서 시작한 엔진의 BPTT. 타깃이 없는 스텝, 즉 분류기의 마지막 이전 스텝은 빈 행);
  pca        mean [H], components [2][H] (중심화한 상태의 첫 두 오른쪽 특이벡터, 모든 텍스트의 모든 스텝이 행. 각각 가장 큰 성분이 양수가 되도록 부호를 뒤집음), explained_variance_ratio [2], points [rows][2];
  units      values [text][t][H], 그리고 --span이 있으면 |구간 안 평균 − 구간 밖 평균| / 합동 표준편차로 순위를 매긴 유닛.

  rnnlab-cli analyze hello.json -o memory.json
  rnnlab-cli analyze SESSION.json --steps 100 --layer 0 --span 2:5 -o memory.json

종료 코드: 0 완료, 1 학습 스텝이 거부되었거나 파일을 쓸 수 없음, 2 잘못된 입력.</translation>
    </message>
    <message>
        <source>A session file (.rnnlab or .json).</source>
        <translation>세션 파일 (.rnnlab 또는 .json).</translation>
    </message>
    <message>
        <source>Train this many steps first (default 0: the session&apos;s weights as they are).</source>
        <translation>먼저 이만큼 학습합니다 (기본값 0: 세션의 가중치를 그대로 사용).</translation>
    </message>
    <message>
        <source>The layer whose states are analysed, 0 = the bottom (default: the top one). The influence is always of the network&apos;s input.</source>
        <translation>상태를 분석할 층, 0 = 최하위 (기본값: 최상위 층). 영향은 항상 네트워크의 입력에 대한 것입니다.</translation>
    </message>
    <message>
        <source>h (default), or c: an LSTM&apos;s cell state.</source>
        <translation>h (기본값) 또는 c: LSTM의 셀 상태.</translation>
    </message>
    <message>
        <source>Rank the units for time steps A to B − 1 of the first text (0-based) against every other step.</source>
        <translation>첫 텍스트의 시점 A부터 B − 1까지(0부터)를 다른 모든 스텝과 비교해 유닛의 순위를 매깁니다.</translation>
    </message>
    <message>
        <source>Write the JSON here (required).</source>
        <translation>JSON을 쓸 위치 (필수).</translation>
    </message>
    <message>
        <source>--state c: only an LSTM has a cell state c, and this session&apos;s cell is %1: use --state h</source>
        <translation>--state c: 셀 상태 c는 LSTM에만 있는데 이 세션의 셀은 %1입니다: --state h를 쓰세요</translation>
    </message>
    <message>
        <source>--state: &quot;%1&quot; is neither h (the hidden state) nor c (an LSTM&apos;s cell state)</source>
        <translation>--state: &quot;%1&quot;은(는) h(은닉 상태)도 c(LSTM의 셀 상태)도 아닙니다</translation>
    </message>
    <message>
        <source>give the file to write with -o OUT.json</source>
        <translation>쓸 파일을 -o OUT.json으로 지정하세요</translation>
    </message>
    <message>
        <source>cannot write %1: the analysis holds a number that is not finite (inf or nan), which JSON cannot hold; nothing was written</source>
        <translation>%1을(를) 쓸 수 없습니다: 분석 결과에 JSON으로 표현할 수 없는 유한하지 않은 숫자(inf 또는 nan)가 있습니다. 아무것도 쓰지 않았습니다</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Bench</name>
    <message>
        <source>Train as fast as possible on one thread (after a warm-up) and print one JSON object with &quot;steps_per_s&quot; and &quot;ms_per_step&quot;. Without a session: the lecture&apos;s example.

  rnnlab-cli bench
  rnnlab-cli bench ../shared/bench/rnn_tanh_h128_l2_text200.json --seconds 5</source>
        <translation>스레드 하나에서 (워밍업 후) 최대한 빠르게 학습하고 &quot;steps_per_s&quot;와 &quot;ms_per_step&quot;이 담긴 JSON 객체 하나를 출력합니다. 세션이 없으면 강의의 예제를 씁니다.

  rnnlab-cli bench
  rnnlab-cli bench ../shared/bench/rnn_tanh_h128_l2_text200.json --seconds 5</translation>
    </message>
    <message>
        <source>How long to measure (default 3).</source>
        <translation>측정 시간 (기본값 3).</translation>
    </message>
    <message>
        <source>Seconds of training before measuring (default 0.5).</source>
        <translation>측정 전 학습 시간(초) (기본값 0.5).</translation>
    </message>
    <message>
        <source>--%1: %2 is out of range: it must be between 0 and 3600</source>
        <translation>--%1: %2은(는) 범위를 벗어났습니다: 0부터 3600 사이여야 합니다</translation>
    </message>
    <message>
        <source>--seconds: must be more than 0</source>
        <translation>--seconds: 0보다 커야 합니다</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Check</name>
    <message>
        <source>Validate a session and describe it; exit status 2 with a message per problem when it is not valid.</source>
        <translation>세션을 검증하고 설명합니다. 유효하지 않으면 문제마다 메시지를 출력하고 종료 코드 2로 끝납니다.</translation>
    </message>
    <message numerus="yes">
        <source>model: %1, hidden size %2, %3, %4; %n parameters</source>
        <extracomment>%1 the cell (rnn_tanh, lstm, …), %2 the hidden size, %3 &quot;1 layer&quot; or &quot;2 layers&quot;, %4 &quot;with an output layer&quot; or &quot;no output layer&quot;, %n the parameters.</extracomment>
        <translation>
            <numerusform>모델: %1, 은닉 상태 크기 %2, %3, %4, 파라미터 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>source vocabulary: %1 (%n characters); target tokens: &lt;sos&gt;, &lt;eos&gt;, %2 (%3)</source>
        <extracomment>%1 the source characters, %n how many; %2 the target characters, %3 how many tokens in all.</extracomment>
        <translation>
            <numerusform>소스 어휘: %1 (문자 %n개), 타깃 토큰: &lt;sos&gt;, &lt;eos&gt;, %2 (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>data: %n pairs (translate: an encoder–decoder, CrossEntropyLoss over every decoder step)</source>
        <translation>
            <numerusform>데이터: 쌍 %n개 (translate: 인코더–디코더, 모든 디코더 스텝에 대한 CrossEntropyLoss)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>vocabulary: %1 (%n characters)</source>
        <translation>
            <numerusform>어휘: %1 (문자 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>data: %1 series of %2, %3 time steps in all (forecast: the next value, MSELoss); %4 test series</source>
        <extracomment>%1 how many series, %2 &quot;1 feature&quot; or &quot;3 features&quot;, %3 the time steps, %4 how many test series.</extracomment>
        <translation>데이터: 시계열 %1개(%2), 총 %3 시점 (forecast: 다음 값, MSELoss), 테스트 시계열 %4개</translation>
    </message>
    <message>
        <source>1 feature</source>
        <translation>특성 1개</translation>
    </message>
    <message numerus="yes">
        <source>%n features</source>
        <translation>
            <numerusform>특성 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>data: %1, %2 time steps in all, one label each (classify) from %3 classes: %4</source>
        <extracomment>%1 &quot;1 text&quot; or &quot;3 texts&quot;, %2 the time steps, %3 how many classes, %4 the classes&apos; names.</extracomment>
        <translation>데이터: %1, 총 %2 시점, 텍스트마다 레이블 하나 (classify), 클래스 %3개: %4</translation>
    </message>
    <message>
        <source>data: %1, %2 time steps in all</source>
        <extracomment>%1 &quot;1 text&quot; or &quot;3 texts&quot;, %2 the time steps.</extracomment>
        <translation>데이터: %1, 총 %2 시점</translation>
    </message>
    <message>
        <source>no clipping</source>
        <translation>클리핑 없음</translation>
    </message>
    <message numerus="yes">
        <source>training: %1, %2, seed %3, %n steps</source>
        <extracomment>%1 the optimizer and its settings (&quot;adam lr 0.01&quot;), %2 &quot;clip_grad_norm 1&quot; or &quot;no clipping&quot;, %3 the seed, %n the session&apos;s training steps.</extracomment>
        <translation>
            <numerusform>학습: %1, %2, 시드 %3, %n스텝</numerusform>
        </translation>
    </message>
    <message>
        <source>weights: from the file</source>
        <translation>가중치: 파일에서 읽음</translation>
    </message>
    <message>
        <source>weights: initialized from the seed</source>
        <translation>가중치: 시드로 초기화</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Common</name>
    <message>
        <source>1 layer</source>
        <translation>1층</translation>
    </message>
    <message numerus="yes">
        <source>%n layers</source>
        <translation>
            <numerusform>%n층</numerusform>
        </translation>
    </message>
    <message>
        <source>1 text</source>
        <translation>텍스트 1개</translation>
    </message>
    <message numerus="yes">
        <source>%n texts</source>
        <translation>
            <numerusform>텍스트 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>with an output layer</source>
        <translation>출력층 있음</translation>
    </message>
    <message>
        <source>no output layer</source>
        <translation>출력층 없음</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a whole number</source>
        <translation>--%1: &quot;%2&quot;은(는) 정수가 아닙니다</translation>
    </message>
    <message>
        <source>--%1: %2 is out of range: it must be between %3 and %4</source>
        <translation>--%1: %2은(는) 범위를 벗어났습니다: %3부터 %4 사이여야 합니다</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a finite number</source>
        <translation>--%1: &quot;%2&quot;은(는) 유한한 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>--%1: the file name is empty: give the file to write</source>
        <translation>--%1: 파일 이름이 비어 있습니다: 쓸 파일을 지정하세요</translation>
    </message>
    <message>
        <source>give the session file to write: -o OUT.json</source>
        <translation>쓸 세션 파일을 지정하세요: -o OUT.json</translation>
    </message>
    <message>
        <source>%1 exists: choose another name with -o, or --force to replace it</source>
        <translation>%1이(가) 이미 있습니다: -o로 다른 이름을 고르거나 --force로 덮어쓰세요</translation>
    </message>
    <message>
        <source>%1 (see %2 --help)</source>
        <translation>%1 (%2 --help 참조)</translation>
    </message>
    <message>
        <source>A session file (.json).</source>
        <translation>세션 파일 (.json).</translation>
    </message>
    <message>
        <source>A training text instead of a session file (repeat for several texts); the lecture&apos;s settings apply unless overridden.</source>
        <translation>세션 파일 대신 학습 텍스트 (텍스트가 여러 개면 반복). 따로 지정하지 않으면 강의의 설정을 씁니다.</translation>
    </message>
    <message>
        <source>With --text: the class of that text (repeat, one per --text, in order); makes it a many-to-one classifier (task &quot;classify&quot;).</source>
        <translation>--text와 함께: 그 텍스트의 클래스 (--text마다 하나씩 순서대로 반복). 다대일 분류기가 됩니다 (과제 &quot;classify&quot;).</translation>
    </message>
    <message>
        <source>Hidden units (with --text, default: the vocabulary size).</source>
        <translation>은닉 유닛 수 (--text일 때 기본값: 어휘 크기).</translation>
    </message>
    <message>
        <source>rnn_tanh, rnn_relu, lstm or gru.</source>
        <translation>rnn_tanh, rnn_relu, lstm, gru 중 하나.</translation>
    </message>
    <message>
        <source>Stacked layers, 1-8.</source>
        <translation>층 수, 1-8.</translation>
    </message>
    <message>
        <source>Add nn.Linear(H, V) on the top layer: on or off.</source>
        <translation>최상위 층에 nn.Linear(H, V) 추가: on 또는 off.</translation>
    </message>
    <message>
        <source>adam or sgd.</source>
        <translation>adam 또는 sgd.</translation>
    </message>
    <message>
        <source>Learning rate.</source>
        <translation>학습률.</translation>
    </message>
    <message>
        <source>SGD momentum.</source>
        <translation>SGD 모멘텀.</translation>
    </message>
    <message>
        <source>clip_grad_norm_ limit, or &quot;none&quot;.</source>
        <translation>clip_grad_norm_ 한계값, 또는 &quot;none&quot;.</translation>
    </message>
    <message>
        <source>torch.manual_seed for the initial weights.</source>
        <translation>초기 가중치용 torch.manual_seed.</translation>
    </message>
    <message>
        <source>--cell: &quot;%1&quot; is not a cell type: use rnn_tanh, rnn_relu, lstm or gru</source>
        <translation>--cell: &quot;%1&quot;은(는) 셀 종류가 아닙니다: rnn_tanh, rnn_relu, lstm, gru 중 하나를 쓰세요</translation>
    </message>
    <message>
        <source>--output-layer: &quot;%1&quot; is neither on nor off</source>
        <translation>--output-layer: &quot;%1&quot;은(는) on도 off도 아닙니다</translation>
    </message>
    <message>
        <source>--optimizer: &quot;%1&quot; is not an optimizer: use adam or sgd</source>
        <translation>--optimizer: &quot;%1&quot;은(는) 옵티마이저가 아닙니다: adam 또는 sgd를 쓰세요</translation>
    </message>
    <message>
        <source>give one session file, not %1 (%2)</source>
        <translation>세션 파일은 하나만 지정하세요. %1개가 아닙니다 (%2)</translation>
    </message>
    <message>
        <source>give a session file or --text, not both</source>
        <translation>세션 파일과 --text 중 하나만 지정하세요</translation>
    </message>
    <message>
        <source>give a session file (SESSION.json) or a text (--text hello); see --help</source>
        <translation>세션 파일(SESSION.json) 또는 텍스트(--text hello)를 지정하세요. --help 참조</translation>
    </message>
    <message>
        <source>--label goes with --text; a session file gives its labels in data.labels</source>
        <translation>--label은 --text와 함께 씁니다. 세션 파일은 레이블을 data.labels에 담습니다</translation>
    </message>
    <message>
        <source>note: momentum %1 is ignored: it applies to sgd; Adam&apos;s betas are (0.9, 0.999)</source>
        <translation>참고: 모멘텀 %1은(는) 무시됩니다: sgd에만 적용됩니다. Adam의 betas는 (0.9, 0.999)입니다</translation>
    </message>
    <message>
        <source> (on the command line: --output-layer on, or --hidden-size %1)</source>
        <extracomment>After &quot;… or set model.output_layer to true&quot;; %1 the hidden size the data needs.</extracomment>
        <translation> (명령줄에서: --output-layer on 또는 --hidden-size %1)</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Compare</name>
    <message>
        <source>Train two or three sessions side by side — each its own model (cell, layers, hidden size, output layer, seed), all on the same texts with the same optimizer settings — and print compare mode&apos;s summary table: parameters, the step, its loss, the first step at which every prediction was right, the time per step and the steps per second. The losses and steps are exactly what `rnnlab-cli train SESSION --steps N` prints for each session.

  rnnlab-cli compare one-layer.json two-layers.json --steps 30
  rnnlab-cli compare --preset cells

Exit status: 0 done; 1 a model&apos;s step was refused (the table shows where it stopped); 2 bad input (the sessions do not share texts or optimizer settings, or an option is wrong).</source>
        <translation>세션 두세 개를 나란히 학습합니다 — 각각 자체 모델(셀, 층, 은닉 상태 크기, 출력층, 시드)이며, 모두 같은 텍스트와 같은 옵티마이저 설정을 씁니다 — 그리고 비교 모드의 요약 표를 출력합니다: 파라미터 수, 스텝, 그 손실, 모든 예측이 처음 맞은 스텝, 스텝당 시간, 초당 스텝 수. 손실과 스텝은 각 세션에 대해 `rnnlab-cli train SESSION --steps N`이 출력하는 값과 정확히 같습니다.

  rnnlab-cli compare one-layer.json two-layers.json --steps 30
  rnnlab-cli compare --preset cells

종료 코드: 0 완료, 1 어떤 모델의 스텝이 거부됨 (표에 멈춘 곳이 나옴), 2 잘못된 입력 (세션들의 텍스트나 옵티마이저 설정이 다르거나 옵션이 잘못됨).</translation>
    </message>
    <message>
        <source>Two or three session files (.json).</source>
        <translation>세션 파일 두세 개 (.json).</translation>
    </message>
    <message>
        <source>Training steps for every model (default: the sessions&apos; &quot;steps&quot;, which must then agree).</source>
        <translation>모든 모델의 학습 스텝 수 (기본값: 세션의 &quot;steps&quot;, 이때 모두 같아야 함).</translation>
    </message>
    <message>
        <source>Instead of session files: &quot;layers&quot; (1 layer vs 2 layers on hello) or &quot;cells&quot; (rnn_tanh vs lstm vs gru on a 40-character text).</source>
        <translation>세션 파일 대신: &quot;layers&quot; (hello에서 1층 vs 2층) 또는 &quot;cells&quot; (40자 텍스트에서 rnn_tanh vs lstm vs gru).</translation>
    </message>
    <message>
        <source>give session files or --preset, not both</source>
        <translation>세션 파일과 --preset 중 하나만 지정하세요</translation>
    </message>
    <message>
        <source>--preset: &quot;%1&quot; is not a preset: use layers or cells</source>
        <translation>--preset: &quot;%1&quot;은(는) 프리셋이 아닙니다: layers 또는 cells를 쓰세요</translation>
    </message>
    <message>
        <source>give two or three session files to compare, not %1 (see rnnlab-cli compare --help)</source>
        <translation>비교할 세션 파일을 두세 개 지정하세요. %1개가 아닙니다 (rnnlab-cli compare --help 참조)</translation>
    </message>
    <message>
        <source>cannot compare these sessions</source>
        <translation>이 세션들을 비교할 수 없습니다</translation>
    </message>
    <message>
        <source>training.steps differs between the sessions (%1): give the number of steps to compare with --steps N</source>
        <translation>세션마다 training.steps가 다릅니다 (%1): 비교할 스텝 수를 --steps N으로 지정하세요</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::ExportPytorch</name>
    <message>
        <source>Write the PyTorch script that builds and trains exactly this session&apos;s model, with its weights and optimizer state loaded: `python3 train.py --steps N` (PyTorch 1.13) continues training where the session stopped and prints the lines `rnnlab-cli train SESSION --steps N` prints.

  rnnlab-cli train --text hello --steps 5 --save hello.rnnlab
  rnnlab-cli export-pytorch hello.rnnlab -o train.py
  /usr/bin/python3 train.py --steps 20</source>
        <translation>이 세션의 모델을 정확히 그대로 만들고 학습하는 PyTorch 스크립트를 가중치와 옵티마이저 상태를 불러온 상태로 씁니다: `python3 train.py --steps N` (PyTorch 1.13)은 세션이 멈춘 곳부터 학습을 이어 가며 `rnnlab-cli train SESSION --steps N`과 같은 줄을 출력합니다.

  rnnlab-cli train --text hello --steps 5 --save hello.rnnlab
  rnnlab-cli export-pytorch hello.rnnlab -o train.py
  /usr/bin/python3 train.py --steps 20</translation>
    </message>
    <message>
        <source>A session file (.rnnlab or .json).</source>
        <translation>세션 파일 (.rnnlab 또는 .json).</translation>
    </message>
    <message>
        <source>Write the script here (default: standard output).</source>
        <translation>스크립트를 쓸 위치 (기본값: 표준 출력).</translation>
    </message>
    <message>
        <source>wrote %1 (continues from step %2: python3 %3 --steps N)</source>
        <translation>%1 저장함 (스텝 %2부터 이어서: python3 %3 --steps N)</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Generate</name>
    <message>
        <source>--prime, --temperature and --sample-seed are for texts: a forecast starts from the end of a series (--series K) and feeds back each predicted value</source>
        <translation>--prime, --temperature, --sample-seed는 텍스트용입니다: 예측(forecast)은 시계열의 끝(--series K)에서 시작해 예측한 값을 하나씩 되돌려 입력합니다</translation>
    </message>
    <message>
        <source>A session file (.json), usually one written by train --save.</source>
        <translation>세션 파일 (.json). 보통 train --save로 쓴 파일.</translation>
    </message>
    <message>
        <source>Train this many steps first (default 0: use the weights as they are).</source>
        <translation>먼저 이만큼 학습합니다 (기본값 0: 가중치를 그대로 사용).</translation>
    </message>
    <message>
        <source>this session is a classifier (task &quot;classify&quot;): it predicts one label per text, not the next character, so it cannot continue a prime; use rnnlab-cli train to see its predictions</source>
        <translation>이 세션은 분류기입니다 (과제 &quot;classify&quot;): 다음 문자가 아니라 텍스트마다 레이블 하나를 예측하므로 시작 문자열을 이어 갈 수 없습니다. 예측을 보려면 rnnlab-cli train을 쓰세요</translation>
    </message>
    <message>
        <source>note: %1 holds untrained weights (step 0): train it with rnnlab-cli train %1 --save %1 first, or give --steps N</source>
        <extracomment>%1 the session file as typed.</extracomment>
        <translation>참고: %1에는 학습되지 않은 가중치(스텝 0)가 있습니다: 먼저 rnnlab-cli train %1 --save %1로 학습하거나 --steps N을 지정하세요</translation>
    </message>
    <message numerus="yes">
        <source>--series %1: this session has %n series (1 … %n)</source>
        <extracomment>%1 the number typed; %n how many series the session has (the last number allowed).</extracomment>
        <translation>
            <numerusform>--series %1: 이 세션의 시계열은 %n개입니다 (1 … %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>--series %1: this session has %2 training and %3 test series (1 … %4: the test series after the training series)</source>
        <extracomment>%1 the number typed, %2 the training series, %3 the test series, %4 their sum.</extracomment>
        <translation>--series %1: 이 세션에는 학습 시계열 %2개와 테스트 시계열 %3개가 있습니다 (1 … %4: 테스트 시계열은 학습 시계열 다음)</translation>
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
        <translation>세션의 네트워크를 실행해, 과제에 맞게 만들어 낸 것을 출력합니다:
  텍스트(다음 문자): PRIME을 네트워크에 통과시킨 뒤, 그 뒤에 LENGTH개의 문자를 이어 출력합니다. 매번 가장 확률이 높은 다음 문자, 또는 --temperature로 샘플링한 문자입니다.
  시계열(forecast): 시계열 K를 처리한 뒤, 각 예측값을 다음 입력으로 되돌려 예측한 점 LENGTH개를 한 줄에 하나씩 출력합니다(자유 실행 예측).
  번역(translate): 각 쌍의 소스(또는 PRIME)와 그리디 번역을 한 줄에 하나씩 출력합니다.
가중치는 파일의 것입니다: 먼저 train --save로 학습하세요(또는 --steps N 지정).

  rnnlab-cli train --text hello --steps 50 --save hello.json
  rnnlab-cli generate hello.json --prime h --length 4
  rnnlab-cli train sine.json --steps 200 --save sine.json
  rnnlab-cli generate sine.json --length 40
  rnnlab-cli generate reverse-words.json --steps 300 --prime hello</translation>
    </message>
    <message>
        <source>Text: the characters to start from (default: the first text&apos;s first). Translation: a source to translate instead of the pairs&apos;.</source>
        <translation>텍스트: 시작 문자열 (기본값: 첫 텍스트의 첫 문자). 번역: 쌍의 소스 대신 번역할 소스.</translation>
    </message>
    <message>
        <source>Text: the characters to generate; time series: the points to predict (at least 1, default 20).</source>
        <translation>텍스트: 생성할 문자 수. 시계열: 예측할 점의 수 (최소 1, 기본값 20).</translation>
    </message>
    <message>
        <source>Text: sample from softmax(logits / T) instead of taking the most probable character.</source>
        <translation>텍스트: 가장 확률이 높은 문자를 고르는 대신 softmax(logits / T)에서 샘플링합니다.</translation>
    </message>
    <message>
        <source>Text: the seed of the sampling (default 0).</source>
        <translation>텍스트: 샘플링의 시드 (기본값 0).</translation>
    </message>
    <message>
        <source>Time series: the series to continue, counted from 1 as the window counts them: the training series, then the test series (default 1).</source>
        <translation>시계열: 이어 갈 시계열. 창에서처럼 1부터 세며, 학습 시계열 다음에 테스트 시계열 순서입니다 (기본값 1).</translation>
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
        <translation>PyTorch에서 학습한 모델을 rnnlab 세션으로 바꿉니다: STATE.json은 save_state_dict_json()(export-pytorch가 생성하는 모든 스크립트에 있는 도우미 함수)이 쓰는 파일로, 모델의 가중치와 (저장했다면) 옵티마이저 상태를 담고 있어, rnnlab이 모델을 보여 주고 PyTorch가 멈춘 곳부터 학습을 이어 갑니다.

  python3 train.py --steps 100 --save-state state.json
  rnnlab-cli import-pytorch state.json -o trained.rnnlab
  rnnlab trained.rnnlab

MODEL.pt는 직접 만든 모델에 대해 torch.save(model.state_dict(), &quot;model.pt&quot;)가 쓰는 파일입니다: nn.RNN, nn.LSTM, nn.GRU 중 하나와 선택적으로 nn.Linear 하나, 이름은 상관없음. 가중치만 담고 있으므로 텍스트(--text), 원-핫 순서(--vocabulary), 그리고 nn.RNN이면 --cell을 지정하세요.

  rnnlab-cli import-pytorch model.pt --text &quot;hello world&quot; --vocabulary &quot; dehlorw&quot; --cell rnn_tanh</translation>
    </message>
    <message>
        <source>The saved state (JSON), or a state_dict saved by torch.save (.pt).</source>
        <translation>저장된 상태 (JSON), 또는 torch.save로 저장한 state_dict (.pt).</translation>
    </message>
    <message>
        <source>The session file to write (default: STATE.rnnlab beside STATE.json). An existing file is not replaced unless --force is given.</source>
        <translation>쓸 세션 파일 (기본값: STATE.json 옆의 STATE.rnnlab). --force를 주지 않으면 기존 파일을 덮어쓰지 않습니다.</translation>
    </message>
    <message>
        <source>A training text (repeat for several), when the file has none or to replace its own.</source>
        <translation>학습 텍스트 (여러 개면 반복). 파일에 텍스트가 없거나 파일의 텍스트를 바꿀 때.</translation>
    </message>
    <message>
        <source>MODEL.pt: the characters in the order of the model&apos;s one-hot inputs (default: the texts&apos; characters in order of first appearance).</source>
        <translation>MODEL.pt: 모델의 원-핫 입력 순서대로 나열한 문자 (기본값: 텍스트의 문자를 처음 나온 순서대로).</translation>
    </message>
    <message>
        <source>MODEL.pt of an nn.RNN: rnn_tanh or rnn_relu (a state_dict does not record which); LSTM and GRU are told by their shapes.</source>
        <translation>nn.RNN의 MODEL.pt: rnn_tanh 또는 rnn_relu (state_dict에는 어느 쪽인지 기록되지 않음). LSTM과 GRU는 텐서 모양으로 구별합니다.</translation>
    </message>
    <message>
        <source>Replace OUT if it exists.</source>
        <translation>OUT이 있으면 덮어씁니다.</translation>
    </message>
    <message>
        <source>give one STATE.json (written by save_state_dict_json) or MODEL.pt (torch.save); see --help</source>
        <translation>STATE.json(save_state_dict_json이 씀) 또는 MODEL.pt(torch.save) 하나를 지정하세요. --help 참조</translation>
    </message>
    <message>
        <source>--cell: &quot;%1&quot; is not a cell: use rnn_tanh, rnn_relu, lstm or gru</source>
        <translation>--cell: &quot;%1&quot;은(는) 셀이 아닙니다: rnn_tanh, rnn_relu, lstm, gru 중 하나를 쓰세요</translation>
    </message>
    <message>
        <source>--vocabulary and --cell are for a .pt file; a JSON state names its own</source>
        <translation>--vocabulary와 --cell은 .pt 파일용입니다. JSON 상태에는 자체 값이 있습니다</translation>
    </message>
    <message>
        <source>--text TEXT (once per text)</source>
        <translation>--text TEXT (텍스트마다 한 번)</translation>
    </message>
    <message>
        <source>give %1</source>
        <translation>%1을(를) 지정하세요</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>참고: %1</translation>
    </message>
    <message>
        <source>%1 exists: choose another name with -o, or --force to replace it</source>
        <translation>%1이(가) 이미 있습니다: -o로 다른 이름을 고르거나 --force로 덮어쓰세요</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1: %2, hidden size %3, %4, %5, %6, after %n steps</source>
        <extracomment>%1 the file, %2 the cell (rnn_tanh, lstm, …), %3 the hidden size, %4 &quot;1 layer&quot; or &quot;2 layers&quot;, %5 &quot;with an output layer&quot; or &quot;no output layer&quot;, %6 the optimizer (adam, sgd), %n the steps.</extracomment>
        <translation>
            <numerusform>%1 저장함: %2, 은닉 상태 크기 %3, %4, %5, %6, %n스텝 후</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Main</name>
    <message>
        <source>Train a session (or --text TEXT) and print one line per step</source>
        <translation>세션(또는 --text TEXT)을 학습하고 스텝마다 한 줄씩 출력</translation>
    </message>
    <message>
        <source>Continue a prime string with a session&apos;s weights</source>
        <translation>세션의 가중치로 시작 문자열을 이어서 생성</translation>
    </message>
    <message>
        <source>Measure training speed (steps per second) as JSON</source>
        <translation>학습 속도(초당 스텝 수)를 JSON으로 측정</translation>
    </message>
    <message>
        <source>Validate a session file and describe it</source>
        <translation>세션 파일을 검증하고 설명</translation>
    </message>
    <message>
        <source>Train two or three sessions side by side and print a summary table</source>
        <translation>세션 두세 개를 나란히 학습하고 요약 표를 출력</translation>
    </message>
    <message>
        <source>Write the PyTorch script that continues training a session</source>
        <translation>세션의 학습을 이어 가는 PyTorch 스크립트를 씀</translation>
    </message>
    <message>
        <source>Turn a state saved by that script&apos;s helper into a session</source>
        <translation>그 스크립트의 도우미 함수가 저장한 상태를 세션으로 바꿈</translation>
    </message>
    <message>
        <source>Write what a network remembers (influence, PCA, units) as JSON</source>
        <translation>네트워크가 기억하는 것(영향, PCA, 유닛)을 JSON으로 씀</translation>
    </message>
    <message>
        <source>Train for a long run, watching memory, NaNs and step time</source>
        <translation>메모리, NaN, 스텝 시간을 지켜보며 오래 학습</translation>
    </message>
    <message>
        <source>Write a time-series session from a generated wave (sine, square, ...)</source>
        <translation>생성한 파형(sine, square, ...)으로 시계열 세션을 씀</translation>
    </message>
    <message>
        <source>Write a translation session from a file of source&lt;Tab&gt;target pairs</source>
        <translation>source&lt;Tab&gt;target 쌍 파일로 번역 세션을 씀</translation>
    </message>
    <message>
        <source>Usage: rnnlab-cli &lt;command&gt; [options]</source>
        <translation>사용법: rnnlab-cli &lt;command&gt; [options]</translation>
    </message>
    <message>
        <source>rnnlab&apos;s engine without the window: the numbers are PyTorch 1.13&apos;s.</source>
        <translation>창 없는 rnnlab 엔진: 숫자는 PyTorch 1.13과 같습니다.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>명령:</translation>
    </message>
    <message>
        <source>the lecture&apos;s example</source>
        <translation>강의의 예제</translation>
    </message>
    <message>
        <source>a command&apos;s options</source>
        <translation>명령의 옵션</translation>
    </message>
    <message>
        <source>Every command takes --language CODE (%1); without it, the
window&apos;s View &gt; Language, else the system&apos;s. Numbers stay in the C locale.</source>
        <translation>모든 명령은 --language CODE (%1)를 받습니다. 없으면
창의 보기 &gt; 언어, 그것도 없으면 시스템 언어를 씁니다. 숫자는 C 로캘을 유지합니다.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>The end of a list: &quot;train, generate, … and soak&quot; (%1: all but the last, %2: the last).</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>--language needs a value: %1</source>
        <translation>--language에 값이 필요합니다: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command; the commands are %2 (see rnnlab-cli --help)</source>
        <translation>&quot;%1&quot;은(는) 명령이 아닙니다. 명령: %2 (rnnlab-cli --help 참조)</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::NewForecast</name>
    <message>
        <source>The session file to write.</source>
        <translation>쓸 세션 파일.</translation>
    </message>
    <message>
        <source>sine (default), square, sawtooth, triangle or two_sines.</source>
        <translation>sine (기본값), square, sawtooth, triangle, two_sines 중 하나.</translation>
    </message>
    <message>
        <source>Time steps per period (default 20).</source>
        <translation>주기당 시점 수 (기본값 20).</translation>
    </message>
    <message>
        <source>Default 1.</source>
        <translation>기본값 1.</translation>
    </message>
    <message>
        <source>Radians (default 0).</source>
        <translation>라디안 (기본값 0).</translation>
    </message>
    <message>
        <source>Points (default 100).</source>
        <translation>점 수 (기본값 100).</translation>
    </message>
    <message>
        <source>two_sines: the second sine&apos;s period (default 7).</source>
        <translation>two_sines: 두 번째 사인파의 주기 (기본값 7).</translation>
    </message>
    <message>
        <source>two_sines: its amplitude (default 0.5).</source>
        <translation>two_sines: 그 진폭 (기본값 0.5).</translation>
    </message>
    <message>
        <source>Standard deviation of Gaussian noise (default 0).</source>
        <translation>가우스 잡음의 표준편차 (기본값 0).</translation>
    </message>
    <message>
        <source>Seed of the noise (default 0).</source>
        <translation>잡음의 시드 (기본값 0).</translation>
    </message>
    <message>
        <source>rnn_tanh, rnn_relu, lstm (default) or gru.</source>
        <translation>rnn_tanh, rnn_relu, lstm (기본값), gru 중 하나.</translation>
    </message>
    <message>
        <source>Hidden units (default 16).</source>
        <translation>은닉 유닛 수 (기본값 16).</translation>
    </message>
    <message>
        <source>Stacked layers (default 1).</source>
        <translation>층 수 (기본값 1).</translation>
    </message>
    <message>
        <source>Replace OUT if it exists.</source>
        <translation>OUT이 있으면 덮어씁니다.</translation>
    </message>
    <message>
        <source>--wave: &quot;%1&quot; is not a wave: use sine, square, sawtooth, triangle or two_sines</source>
        <translation>--wave: &quot;%1&quot;은(는) 파형이 아닙니다: sine, square, sawtooth, triangle, two_sines 중 하나를 쓰세요</translation>
    </message>
    <message>
        <source>--cell: &quot;%1&quot; is not a cell type: use rnn_tanh, rnn_relu, lstm or gru</source>
        <translation>--cell: &quot;%1&quot;은(는) 셀 종류가 아닙니다: rnn_tanh, rnn_relu, lstm, gru 중 하나를 쓰세요</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not KIND:AT[:LENGTH[:SIZE]] with KIND spike, level_shift or flat (e.g. spike:61:1:3)</source>
        <translation>--%1: &quot;%2&quot;은(는) KIND:AT[:LENGTH[:SIZE]] 형식(KIND는 spike, level_shift, flat)이 아닙니다 (예: spike:61:1:3)</translation>
    </message>
    <message>
        <source>--%1 %2: the point %3 is outside the series (1 … %4): AT counts from 1, as the window counts</source>
        <extracomment>%1 the option, %2 its value as typed (spike:500), %3 the point, %4 the series&apos; length.</extracomment>
        <translation>--%1 %2: 점 %3이(가) 시계열 범위(1 … %4)를 벗어났습니다: AT는 창에서처럼 1부터 셉니다</translation>
    </message>
    <message>
        <source>--%1 %2: the point %3 is outside the series (%4 … %5)</source>
        <extracomment>%1 the option, %2 its value as typed (spike:500), %3 the point, %4 … %5 the points of the series.</extracomment>
        <translation>--%1 %2: 점 %3이(가) 시계열 범위(%4 … %5)를 벗어났습니다</translation>
    </message>
    <message>
        <source>Write a time-series session (task &quot;forecast&quot;): a wave from the signal generator as its training series (and, with --test-anomaly, the same wave with an anomaly as its test series), an LSTM with Linear(H, 1) and MSELoss. The numbers are stored in the session; the generator is recorded beside them.

  rnnlab-cli new-forecast --wave sine --period 20 --length 120 --test-anomaly spike:71:1:2 -o sine.json
  rnnlab-cli train sine.json --steps 200 --save sine.json
  rnnlab-cli generate sine.json --length 40

train changes its file only with --save: without it, generate would use the untrained weights.</source>
        <translation>시계열 세션(과제 &quot;forecast&quot;)을 씁니다: 신호 생성기의 파형을 학습 시계열로 하고(--test-anomaly를 주면 같은 파형에 이상치를 넣은 것을 테스트 시계열로), LSTM과 Linear(H, 1), MSELoss를 씁니다. 숫자는 세션에 저장되고, 생성기도 함께 기록됩니다.

  rnnlab-cli new-forecast --wave sine --period 20 --length 120 --test-anomaly spike:71:1:2 -o sine.json
  rnnlab-cli train sine.json --steps 200 --save sine.json
  rnnlab-cli generate sine.json --length 40

train은 --save를 줄 때만 파일을 바꿉니다: 없으면 generate는 학습되지 않은 가중치를 씁니다.</translation>
    </message>
    <message>
        <source>An anomaly in the training series: KIND:AT[:LENGTH[:SIZE]], AT the point counted from 1 (as the window&apos;s time axis; e.g. spike:71:1:2).</source>
        <translation>학습 시계열의 이상치: KIND:AT[:LENGTH[:SIZE]]. AT는 1부터 센 점 (창의 시간 축과 같음. 예: spike:71:1:2).</translation>
    </message>
    <message>
        <source>Add a test series: the same wave with this anomaly (e.g. spike:71:1:2: a spike of 2 at point 71, counted from 1).</source>
        <translation>테스트 시계열 추가: 같은 파형에 이 이상치를 넣은 것 (예: spike:71:1:2는 1부터 센 점 71에 크기 2의 스파이크).</translation>
    </message>
    <message>
        <source>--length %1: a series needs at least 2 points (one to read, the next to predict)</source>
        <translation>--length %1: 시계열에는 점이 2개 이상 필요합니다 (읽을 점 하나, 예측할 다음 점 하나)</translation>
    </message>
    <message>
        <source>--length %1 with --test-anomaly: the training and the test series have %2 points in all, and the limit is %3</source>
        <extracomment>%1 the length typed, %2 the points of both series, %3 the limit.</extracomment>
        <translation>--length %1, --test-anomaly: 학습 시계열과 테스트 시계열을 합쳐 점 %2개이고, 한도는 %3개입니다</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1: wave %2, %n points, and a test series with %3</source>
        <extracomment>%1 the file, %2 the wave (sine, square, …), %n its points, %3 the test anomaly as typed (spike:70:1:2).</extracomment>
        <translation>
            <numerusform>%1 저장함: 파형 %2, 점 %n개, 테스트 시계열 있음 (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wrote %1: wave %2, %n points, no test series (--test-anomaly adds one)</source>
        <extracomment>%1 the file, %2 the wave (sine, square, …), %n its points.</extracomment>
        <translation>
            <numerusform>%1 저장함: 파형 %2, 점 %n개, 테스트 시계열 없음 (--test-anomaly로 추가)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Soak</name>
    <message>
        <source>Train for a long run on one thread and watch resident memory (/proc/self/statm), non-finite losses and the step time. Prints one line per sample, then one JSON object. Exit status 1 when memory grew by more than --max-growth-kib after the warm-up or a step was not finite. Without a session: the lecture&apos;s example.

  rnnlab-cli soak --steps 1000000
  rnnlab-cli soak tests/data/soak/lstm_h128_text500.json --steps 10000</source>
        <translation>스레드 하나에서 오래 학습하며 상주 메모리(/proc/self/statm), 유한하지 않은 손실, 스텝 시간을 지켜봅니다. 샘플마다 한 줄을 출력한 뒤 JSON 객체 하나를 출력합니다. 워밍업 후 메모리가 --max-growth-kib보다 많이 늘었거나 유한하지 않은 스텝이 있으면 종료 코드 1. 세션이 없으면 강의의 예제를 씁니다.

  rnnlab-cli soak --steps 1000000
  rnnlab-cli soak tests/data/soak/lstm_h128_text500.json --steps 10000</translation>
    </message>
    <message>
        <source>Training steps (default 1000000).</source>
        <translation>학습 스텝 수 (기본값 1000000).</translation>
    </message>
    <message>
        <source>Memory and step-time samples over the run (default 100).</source>
        <translation>실행 중 메모리와 스텝 시간 샘플 수 (기본값 100).</translation>
    </message>
    <message>
        <source>Steps before the reference sample (default: 5% of --steps, at least 1).</source>
        <translation>기준 샘플 전의 스텝 수 (기본값: --steps의 5%, 최소 1).</translation>
    </message>
    <message>
        <source>Allowed growth of resident memory after the warm-up, in KiB (default 1024).</source>
        <translation>워밍업 후 허용하는 상주 메모리 증가량, KiB 단위 (기본값 1024).</translation>
    </message>
    <message>
        <source>Only the JSON summary, not the samples.</source>
        <translation>샘플은 빼고 JSON 요약만.</translation>
    </message>
    <message>
        <source>could not read /proc/self/statm: resident memory was not measured</source>
        <translation>/proc/self/statm을 읽을 수 없습니다: 상주 메모리를 측정하지 않았습니다</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Train</name>
    <message>
        <source>Train a session and print one line per step: the step, the loss and the predicted string of each text, from that step&apos;s forward pass (before the update), as the lecture&apos;s PyTorch loop prints them; for a time series (task &quot;forecast&quot;), the mean absolute error of its predicted next values.

  rnnlab-cli train --text hello                 the lecture&apos;s example (10 steps)
  rnnlab-cli train SESSION.json --steps 200 --save trained.json

Exit status: 0 done; 1 a step was refused (the loss or gradients diverged; the weights of the last good step are kept and saved with --save) or a file could not be written; 2 bad input.</source>
        <translation>세션을 학습하고 스텝마다 한 줄을 출력합니다: 스텝, 손실, 각 텍스트의 예측 문자열을 그 스텝의 순전파(업데이트 전)에서 가져와, 강의의 PyTorch 루프가 출력하는 대로 보여 줍니다. 시계열(과제 &quot;forecast&quot;)은 예측한 다음 값들의 평균 절대 오차를 출력합니다.

  rnnlab-cli train --text hello                 강의의 예제 (10스텝)
  rnnlab-cli train SESSION.json --steps 200 --save trained.json

종료 코드: 0 완료, 1 스텝이 거부됨 (손실이나 기울기가 발산함. 마지막 정상 스텝의 가중치를 유지하고 --save로 저장) 또는 파일을 쓸 수 없음, 2 잘못된 입력.</translation>
    </message>
    <message>
        <source>Training steps (default: the session&apos;s &quot;steps&quot;, 10 for --text).</source>
        <translation>학습 스텝 수 (기본값: 세션의 &quot;steps&quot;, --text이면 10).</translation>
    </message>
    <message>
        <source>Write the weights, step-1 hidden states, logits and gradients, every step&apos;s loss and predictions, and the final weights as JSON (the goldens&apos; format).</source>
        <translation>가중치, 스텝 1의 은닉 상태, 로짓과 기울기, 매 스텝의 손실과 예측, 최종 가중치를 JSON으로 씁니다 (골든 파일 형식).</translation>
    </message>
    <message>
        <source>Print only the last step.</source>
        <translation>마지막 스텝만 출력합니다.</translation>
    </message>
    <message>
        <source>cannot write %1: the trace holds a number that is not finite (inf or nan), which JSON cannot hold; nothing was written</source>
        <translation>%1을(를) 쓸 수 없습니다: 트레이스에 JSON으로 표현할 수 없는 유한하지 않은 숫자(inf 또는 nan)가 있습니다. 아무것도 쓰지 않았습니다</translation>
    </message>
    <message>
        <source>Write the trained session: its weights, optimizer state and loss history (the session&apos;s own and this run&apos;s), so that training it continues exactly where this run stopped and rnnlab shows its past. Without it the session file is not changed.</source>
        <translation>학습한 세션을 씁니다: 가중치, 옵티마이저 상태, 손실 기록(세션 자체의 기록과 이번 실행의 기록)을 저장해, 이번 실행이 멈춘 곳에서 정확히 학습을 이어 가고 rnnlab이 지난 기록을 보여 줄 수 있게 합니다. 이 옵션이 없으면 세션 파일은 바뀌지 않습니다.</translation>
    </message>
</context>
<context>
    <name>rnnlab::cli::Translate</name>
    <message>
        <source>cannot write %1: the trace holds a number that is not finite (inf or nan), which JSON cannot hold; nothing was written</source>
        <translation>%1을(를) 쓸 수 없습니다: 트레이스에 JSON으로 표현할 수 없는 유한하지 않은 숫자(inf 또는 nan)가 있습니다. 아무것도 쓰지 않았습니다</translation>
    </message>
    <message>
        <source>--prime is empty: give the source to translate</source>
        <translation>--prime이 비어 있습니다: 번역할 소스를 지정하세요</translation>
    </message>
    <message>
        <source>--prime has %1, which is not in the source vocabulary &quot;%2&quot;: a translation reads only those characters</source>
        <extracomment>%1 the character, described by the engine in English (&quot;&apos;x&apos; (U+0078)&quot;).</extracomment>
        <translation>--prime에 소스 어휘 &quot;%2&quot;에 없는 %1이(가) 있습니다: 번역은 그 문자들만 읽습니다</translation>
    </message>
    <message>
        <source>Write a translation session (task &quot;translate&quot;, an encoder-decoder) from a file of pairs, one a line: source&lt;Tab&gt;target in UTF-8 (empty lines are skipped). A line without a tab or a target, with more than one tab, an empty source, or &lt;sos&gt;/&lt;eos&gt; in its text is refused, naming the line. Default model: GRU, 24 hidden units, 1 layer, Adam at 0.02, seed 1, 300 steps (the shipped examples&apos;).

  rnnlab-cli new-translate --pairs words.tsv -o words.json
  rnnlab-cli train words.json --quiet --save trained.json
  rnnlab-cli generate trained.json --prime hello</source>
        <translation>쌍 파일(한 줄에 하나씩: UTF-8의 source&lt;Tab&gt;target, 빈 줄은 건너뜀)로 번역 세션(과제 &quot;translate&quot;, 인코더-디코더)을 씁니다. 탭이나 타깃이 없는 줄, 탭이 두 개 이상인 줄, 소스가 빈 줄, 텍스트에 &lt;sos&gt;/&lt;eos&gt;가 있는 줄은 거부하며 그 줄을 알려 줍니다. 기본 모델: GRU, 은닉 유닛 24개, 1층, Adam 0.02, 시드 1, 300스텝 (제공 예제와 같음).

  rnnlab-cli new-translate --pairs words.tsv -o words.json
  rnnlab-cli train words.json --quiet --save trained.json
  rnnlab-cli generate trained.json --prime hello</translation>
    </message>
    <message>
        <source>The session file to write.</source>
        <translation>쓸 세션 파일.</translation>
    </message>
    <message>
        <source>The pairs: one source&lt;Tab&gt;target a line (UTF-8).</source>
        <translation>쌍: 한 줄에 source&lt;Tab&gt;target 하나 (UTF-8).</translation>
    </message>
    <message>
        <source>The encoder&apos;s characters in input order (default: the sources&apos; in order of first use).</source>
        <translation>인코더의 문자를 입력 순서대로 (기본값: 소스의 문자를 처음 나온 순서대로).</translation>
    </message>
    <message>
        <source>The target characters after &lt;sos&gt;, &lt;eos&gt; (default: the targets&apos; in order of first use).</source>
        <translation>&lt;sos&gt;, &lt;eos&gt; 다음의 타깃 문자 (기본값: 타깃의 문자를 처음 나온 순서대로).</translation>
    </message>
    <message>
        <source>The session&apos;s training steps (default 300).</source>
        <translation>세션의 학습 스텝 수 (기본값 300).</translation>
    </message>
    <message>
        <source>Replace OUT if it exists.</source>
        <translation>OUT이 있으면 덮어씁니다.</translation>
    </message>
    <message>
        <source>Hidden units of the encoder and the decoder (default 24).</source>
        <translation>인코더와 디코더의 은닉 유닛 수 (기본값 24).</translation>
    </message>
    <message>
        <source>new-translate reads its pairs from --pairs FILE.tsv, not from &quot;%1&quot;</source>
        <translation>new-translate는 쌍을 &quot;%1&quot;이(가) 아니라 --pairs FILE.tsv에서 읽습니다</translation>
    </message>
    <message>
        <source>give the file of pairs: --pairs FILE.tsv (one source&lt;Tab&gt;target a line)</source>
        <translation>쌍 파일을 지정하세요: --pairs FILE.tsv (한 줄에 source&lt;Tab&gt;target 하나)</translation>
    </message>
    <message>
        <source>%1: there is no pair: each line is one pair, source&lt;Tab&gt;target</source>
        <translation>%1: 쌍이 없습니다: 각 줄이 source&lt;Tab&gt;target 쌍 하나입니다</translation>
    </message>
    <message>
        <source>rnnlab-cli %1 does not run a translation session (task &quot;translate&quot;) yet: use rnnlab-cli train (with --trace) or rnnlab-cli generate (with --prime SOURCE)</source>
        <translation>rnnlab-cli %1은(는) 아직 번역 세션(과제 &quot;translate&quot;)을 실행하지 않습니다: rnnlab-cli train(--trace와 함께) 또는 rnnlab-cli generate(--prime SOURCE와 함께)를 쓰세요</translation>
    </message>
    <message numerus="yes">
        <source>wrote %1: %n pairs (the first: %2 → %3); train it with rnnlab-cli train %1</source>
        <extracomment>%1 the file written, %n its pairs, %2 → %3 the first pair (source → target).</extracomment>
        <translation>
            <numerusform>%1 저장함: 쌍 %n개 (첫 쌍: %2 → %3). rnnlab-cli train %1로 학습하세요</numerusform>
        </translation>
    </message>
</context>
</TS>
