<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>GraphCaption</name>
    <message>
        <source>Untrained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 training step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 training steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>series %1 of %2, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the outputs are not numbers (NaN): the run diverged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t = %1: x = %2 → y = %3 (next value %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y_t predicts x_{t+1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each y_t predicts the next value x_{t+1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · mean absolute error %1 · loss (MSE) %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W_hh = 0 — </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What if W_hh = 0? No memory — </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untrained (the seed&apos;s initial weights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After 1 training step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After %1 training steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folded. t = %1: ‘%2’ → %3 ‘%4’ %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folded: one cell, used at every time step. t = %1: ‘%2’ → %3 ‘%4’ %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not scored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ (should be ‘%1’)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text %1 of %2, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” → %2 %3 (label: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” → “%2”, %3 of %4 right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · loss at t = %3: %1 (mean %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · loss %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: the outputs are hidden — predict first, then reveal (Lesson)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn as %1 — </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Like the des&amp;ktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training steps taken: each one a forward pass over the text, the loss, backpropagation through time and one update of the weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved %1 of the %2 parameters against their gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;i&gt;with&lt;/i&gt; it (the optimizer&apos;s momentum still carries the direction of the earlier steps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 whose gradient is 0, carried by the optimizer&apos;s momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not at all despite a gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, and left the %1 whose gradient is 0 where they were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Text, speech, prices, video: data that comes &lt;b&gt;in order&lt;/b&gt;, where what comes next depends on what came before.&lt;/p&gt;&lt;p&gt;Our example is the word &lt;b&gt;hello&lt;/b&gt;. Given &lt;i&gt;h, e, l, l&lt;/i&gt; one at a time, the network should say what comes next each time: &lt;i&gt;e, l, l, o&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;A plain feed-forward network sees one character and has no memory: after the first ‘l’ and after the second ‘l’ it would say the same thing. A &lt;b&gt;recurrent&lt;/b&gt; network carries a memory h&lt;sub&gt;t&lt;/sub&gt; from step to step.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vanilla RNN, folded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;One cell. At every time step it takes the input x&lt;sub&gt;t&lt;/sub&gt; and its own previous state h&lt;sub&gt;t−1&lt;/sub&gt; (the loop, through &lt;b&gt;W&lt;sub&gt;hh&lt;/sub&gt;&lt;/b&gt;) and computes the new state h&lt;sub&gt;t&lt;/sub&gt;; from it comes the output y&lt;sub&gt;t&lt;/sub&gt;.&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;F&lt;/b&gt; to fold and unfold.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfolded over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The same cell drawn once per time step: the loop becomes the arrows from left to right. Each column is one character of ‘hell’; the top row is what the network predicts.&lt;/p&gt;&lt;p&gt;Hover over anything to see its numbers.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The matrices &lt;b&gt;W&lt;sub&gt;xh&lt;/sub&gt;&lt;/b&gt; (input → hidden) and &lt;b&gt;W&lt;sub&gt;hh&lt;/sub&gt;&lt;/b&gt; (hidden → hidden) are the &lt;b&gt;same at every time step&lt;/b&gt;: each arrow of one colour is the same matrix. The Matrices panel shows them, with the biases.&lt;/p&gt;&lt;p&gt;The slides also have &lt;b&gt;W&lt;sub&gt;hy&lt;/sub&gt;&lt;/b&gt; (hidden → output). The lecture&apos;s example has none: the hidden state itself (4 numbers for 4 characters) is the output y&lt;sub&gt;t&lt;/sub&gt;. With an output layer (Model panel) W&lt;sub&gt;hy&lt;/sub&gt; appears, shared across time like the other two.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computation, by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;h&lt;sub&gt;t&lt;/sub&gt; = tanh(W&lt;sub&gt;hh&lt;/sub&gt; h&lt;sub&gt;t−1&lt;/sub&gt; + W&lt;sub&gt;xh&lt;/sub&gt; x&lt;sub&gt;t&lt;/sub&gt; + b), y&lt;sub&gt;t&lt;/sub&gt; = h&lt;sub&gt;t&lt;/sub&gt;, p&lt;sub&gt;t&lt;/sub&gt; = softmax(y&lt;sub&gt;t&lt;/sub&gt;), for t = 1 … n with h&lt;sub&gt;0&lt;/sub&gt; = 0.&lt;/p&gt;&lt;p&gt;The slides leave the bias out; PyTorch&apos;s nn.RNN has two, b&lt;sub&gt;ih&lt;/sub&gt; beside W&lt;sub&gt;xh&lt;/sub&gt; and b&lt;sub&gt;hh&lt;/sub&gt; beside W&lt;sub&gt;hh&lt;/sub&gt;, and only ever adds them: b = b&lt;sub&gt;ih&lt;/sub&gt; + b&lt;sub&gt;hh&lt;/sub&gt;. PyTorch&apos;s names: W&lt;sub&gt;xh&lt;/sub&gt; is weight_ih_l0, W&lt;sub&gt;hh&lt;/sub&gt; weight_hh_l0, b&lt;sub&gt;ih&lt;/sub&gt; bias_ih_l0, b&lt;sub&gt;hh&lt;/sub&gt; bias_hh_l0. y&lt;sub&gt;t&lt;/sub&gt; = h&lt;sub&gt;t&lt;/sub&gt; because this network has no output layer; with one, y&lt;sub&gt;t&lt;/sub&gt; = W&lt;sub&gt;hy&lt;/sub&gt; h&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;y&lt;/sub&gt;.&lt;/p&gt;&lt;p&gt;Below, the equation with the real numbers of this network for t = 1. Press &lt;b&gt;→&lt;/b&gt; to walk through a time step, &lt;b&gt;Shift+→&lt;/b&gt; for the next part of the computation.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict: the next character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The network is untrained: its weights are the random ones of seed 0. At t = 2 it reads ‘e’.&lt;/p&gt;&lt;p&gt;How to tell from the numbers below: here y&lt;sub&gt;t&lt;/sub&gt; = h&lt;sub&gt;t&lt;/sub&gt;, and tanh and softmax both keep the order of their inputs, so the largest entry of the pre-activation (the bold vector) becomes the largest probability — its character is the prediction (the rows are in the vocabulary&apos;s order: h, e, l, o).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PyTorch code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The lecture&apos;s code. rnnlab computes what it computes: the same initial weights from the seed, bit for bit, and Adam&apos;s update rule exactly as PyTorch&apos;s; the gradients and losses agree to the last digits of float32, not bit for bit (sums taken in another order can differ there; the tests hold the losses to 10&lt;sup&gt;−5&lt;/sup&gt;).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training hello</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Ten steps of Adam, as in the lecture&apos;s loop. Each row is one step: its loss and what the network predicted; the wrong characters are underlined. Like the loop&apos;s print(result), a row is taken from the step&apos;s forward pass, &lt;i&gt;before&lt;/i&gt; its update — the caption above the graph shows the network after the tenth update, so its loss is not row 10&apos;s.&lt;/p&gt;&lt;p&gt;After ten steps it says &lt;b&gt;ello&lt;/b&gt;. Press &lt;b&gt;Space&lt;/b&gt; to train on, &lt;b&gt;Ctrl+→&lt;/b&gt; for one step.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict: the loss after the next update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The loss is the mean of −log p(target) over the four time steps. The optimizer is about to take one more step, guided by the gradient.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict: the biggest gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Back to the untrained network (step 0). Back through time (BPTT) the loss sends a gradient to every weight it used (not to W&lt;sub&gt;xh&lt;/sub&gt;&apos;s ‘o’ column: ‘o’ is never an input). W&lt;sub&gt;hh&lt;/sub&gt; is used at every time step, so its gradient adds up the contributions of t = 2 … n (at t = 1 it multiplies h&lt;sub&gt;0&lt;/sub&gt; = 0).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shapes of RNN tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;An RNN is flexible: it can read one input or many, and answer once or at every step.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;one-to-one&lt;/b&gt;: no sequence at all — one input, one output, no loop: a plain feed-forward network, the box the slide labels “vanilla”;&lt;/li&gt;&lt;li&gt;&lt;b&gt;one-to-many&lt;/b&gt;: one input, then a sequence out — image captioning, or &lt;i&gt;generating&lt;/i&gt; text: each output is fed back as the next input (the Generate tab);&lt;/li&gt;&lt;li&gt;&lt;b&gt;many-to-one&lt;/b&gt;: read a sequence, answer once — sentiment of a sentence;&lt;/li&gt;&lt;li&gt;&lt;b&gt;many-to-many&lt;/b&gt;: an output per input — our hello, or a tag for every word; translation is many-to-many too, but reads the whole sentence first and then writes one of its own length.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Choose a shape below: the graph keeps only the inputs and outputs it uses. The numbers stay those of the whole hello pass — the inputs a shape hides still went into its states, and the caption still scores all four outputs.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many-to-one: the sentiment of a sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Sixteen short reviews, each labelled &lt;i&gt;positive&lt;/i&gt; or &lt;i&gt;negative&lt;/i&gt;. The network reads the whole review and only its &lt;b&gt;last&lt;/b&gt; output counts: the loss is on the last time step alone.&lt;/p&gt;&lt;p&gt;In the Model panel such data is one line per text: &lt;i&gt;text&lt;/i&gt;, a Tab, &lt;i&gt;label&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Right on all sixteen means it has learned &lt;i&gt;these&lt;/i&gt; sentences — memorised them, perhaps; whether it judges a review it has never seen is another test. (Its cell is a GRU, step 15: the bars beside the arrows are its gates r and z and its candidate n.)&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stacked RNNs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Layers on top of each other: the hidden state of layer 1 is the input of layer 2. Each layer has its own W&lt;sub&gt;xh&lt;/sub&gt; and W&lt;sub&gt;hh&lt;/sub&gt;, shared across time along its row.&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;L&lt;/b&gt; to walk layer by layer, as PyTorch computes it, instead of time step by time step: the numbers are the same.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSTM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Back through time, a vanilla RNN&apos;s gradient is multiplied by W&lt;sub&gt;hh&lt;/sub&gt;ᵀ and tanh′ at every step, and usually fades (or, with large weights, grows). The LSTM adds a cell state c&lt;sub&gt;t&lt;/sub&gt; (the lane above each row), c&lt;sub&gt;t&lt;/sub&gt; = f ⊙ c&lt;sub&gt;t−1&lt;/sub&gt; + i ⊙ g, and gates between 0 and 1 (the bars i, f, o, beside the candidate g): &lt;b&gt;f&lt;/b&gt;orget keeps c&lt;sub&gt;t−1&lt;/sub&gt;, &lt;b&gt;i&lt;/b&gt;nput writes the candidate g (between −1 and 1), &lt;b&gt;o&lt;/b&gt;utput reads tanh(c&lt;sub&gt;t&lt;/sub&gt;) into h&lt;sub&gt;t&lt;/sub&gt;.&lt;/p&gt;&lt;p&gt;Where f ≈ 1, c&lt;sub&gt;t−1&lt;/sub&gt; is kept and the gradient along c passes back almost unchanged. Untrained, an LSTM&apos;s gradient fades much like an RNN&apos;s; training can &lt;i&gt;learn&lt;/i&gt; f ≈ 1 (Compare ▸ RNN vs LSTM vs GRU).&lt;/p&gt;&lt;p&gt;After ten steps this LSTM says &lt;i&gt;llll&lt;/i&gt; where the RNN said &lt;i&gt;ello&lt;/i&gt;: it has four times the weights to set in the same ten steps. Press &lt;b&gt;Space&lt;/b&gt;: within 40 steps it says &lt;i&gt;ello&lt;/i&gt; too.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GRU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The GRU does the same with two gates (r, z) and no separate cell state (its bars: r, z and the candidate n): h&lt;sub&gt;t&lt;/sub&gt; = (1 − z) ⊙ n&lt;sub&gt;t&lt;/sub&gt; + z ⊙ h&lt;sub&gt;t−1&lt;/sub&gt;, where ⊙ multiplies entry by entry and n&lt;sub&gt;t&lt;/sub&gt; = tanh(W&lt;sub&gt;in&lt;/sub&gt; x&lt;sub&gt;t&lt;/sub&gt; + b&lt;sub&gt;in&lt;/sub&gt; + r ⊙ (W&lt;sub&gt;hn&lt;/sub&gt; h&lt;sub&gt;t−1&lt;/sub&gt; + b&lt;sub&gt;hn&lt;/sub&gt;)) is the candidate state.&lt;/p&gt;&lt;p&gt;The update gate &lt;b&gt;z&lt;/b&gt; mixes: z ≈ 1 keeps the old state (and passes the gradient back nearly unchanged), z ≈ 0 replaces it with n&lt;sub&gt;t&lt;/sub&gt;. The reset gate &lt;b&gt;r&lt;/b&gt; decides how much of h&lt;sub&gt;t−1&lt;/sub&gt; the candidate sees.&lt;/p&gt;&lt;p&gt;The slides name the LSTM and the GRU; these two steps show what they compute. Change anything in the Model panel and see what happens.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeing memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;An RNN&apos;s memory, seen three ways in the &lt;b&gt;Memory&lt;/b&gt; tab:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;How far back a prediction looks&lt;/b&gt;: the text up to the walk&apos;s step t, each character shaded (and a bar) by ‖∂ log p&lt;sub&gt;t&lt;/sub&gt;(target) / ∂x&lt;sub&gt;s&lt;/sub&gt;‖ — how much that input moves step t&apos;s right answer, by backpropagation through time.&lt;/li&gt;&lt;li&gt;&lt;b&gt;The path of h&lt;sub&gt;t&lt;/sub&gt;&lt;/b&gt;: each state a point in the states&apos; two main directions (PCA), in time order. &lt;b&gt;Freeze axes&lt;/b&gt; and train on: the path moves in one frame.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Units over the text&lt;/b&gt;: the text coloured by one hidden unit; drag over a part of it to find the units that track it.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Hello&apos;s two ‘l’s are the test: the same input, yet ‘l’ follows the first and ‘o’ the second — only memory tells them apart. &lt;b&gt;←&lt;/b&gt; / &lt;b&gt;→&lt;/b&gt; move the step.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It goes down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It goes up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row h%1, column h%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which character will the network &lt;b&gt;predict&lt;/b&gt; at t = %1, after reading ‘%2’? (Not which one is right: what &lt;i&gt;this&lt;/i&gt; network will say.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss is %1 now. After the next update, will it go down or up?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which entry of W&lt;sub&gt;hh&lt;/sub&gt; gets the &lt;b&gt;largest&lt;/b&gt; gradient |dL/dW&lt;sub&gt;hh&lt;/sub&gt;| from this forward pass? Button &lt;i&gt;i,j&lt;/i&gt;: row i (the unit it feeds), column j (the unit of h&lt;sub&gt;t−1&lt;/sub&gt; it reads).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The softmax at t = %1 gives %2. The largest is ‘%3’: the network predicts ‘%3’%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, which is right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — the text goes on with ‘%1’, so training will push p(‘%1’) up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss went from %1 to %2: down by %3. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss went from %1 to %2: &lt;b&gt;up&lt;/b&gt; by %3. The gradient only says which way is down &lt;i&gt;here&lt;/i&gt;; a step of this size went past the valley (the learning rate is large). </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dL/dW&lt;sub&gt;hh&lt;/sub&gt; is largest at row h%1, column h%2: %3. All of it:%4It adds up, over the time steps, dL/da of unit h%1 — how much the loss wants its pre-activation to change, dL/dh times tanh′ = 1 − h² — times h%2 one step earlier. Adam&apos;s first step then moves every weight whose gradient is not 0 by almost exactly the learning rate (lr·|g| / (|g| + ε)), whatever the gradient&apos;s size: there only the sign counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‘%1’ (step %2) %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This network now&lt;/b&gt;: step %1 reads ‘%2’; next comes ‘%3’, and the network gives it p = %4. How much each input moves that: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps %1 and %2 both read ‘%3’, yet their states lie %4 apart in the path (%5 across): the network remembers what came before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps %1 and %2 both read ‘%3’, and their states lie almost on one point in the path (%4 apart, %5 across): here the network hardly tells them apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: no predictions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: %1 of %2 right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ompare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model against one more &amp;layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model and data on the left, from its seed, beside the same with one more stacked layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model as RNN, LSTM and &amp;GRU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model and data on the left, from its seed, as a vanilla RNN, an LSTM and a GRU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG, vector, text stays text (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF, vector, for handouts (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG at 1× (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG at 2× (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG at 3× (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Graph as shown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy the graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rnnlab graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heatmaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far back a prediction looks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path of h_t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units over text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1k steps/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 steps/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time series: prediction and anomalies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The lecture&apos;s first RNN applications are temporal: &lt;b&gt;time-series prediction&lt;/b&gt; and &lt;b&gt;anomaly detection&lt;/b&gt;. Here an LSTM has learnt a sine wave: at every step it reads the value x&lt;sub&gt;t&lt;/sub&gt; and predicts the next, x&lt;sub&gt;t+1&lt;/sub&gt; (a number, not a character: the loss is the mean squared error).&lt;/p&gt;&lt;ul&gt;&lt;li&gt;The &lt;b&gt;one-step prediction&lt;/b&gt; (dashed) always reads the true series up to the step before: it can only be one step wrong.&lt;/li&gt;&lt;li&gt;The &lt;b&gt;forecast&lt;/b&gt; (dotted, after the vertical line where the series ends) feeds each prediction back as the next input, as Generate does with characters: its errors carry on.&lt;/li&gt;&lt;li&gt;Below, each step&apos;s squared error on a log scale, and the &lt;b&gt;threshold&lt;/b&gt;: the training errors&apos; mean + 3 standard deviations. The &lt;b&gt;test series&lt;/b&gt; was never trained on and has a spike: a step whose error rises above the threshold is an &lt;b&gt;anomaly&lt;/b&gt;. The first steps (grey) are warm-up: the state has not seen enough yet, so they are not counted.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;Now, after %n training step(s): the training series&apos; one-step error² is %1 ± %2, so the threshold is %3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> In the test series the largest error² is %1, at time step %2: %3 the threshold%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — an anomaly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — not flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> %n test step(s) are above it</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (the first %n, warm-up, not counted).&lt;/p&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnsupportedTask</name>
    <message>
        <source>This is a translation session (task &quot;translate&quot;: an encoder–decoder): the window cannot draw it yet. Train it with rnnlab-cli train SESSION (every step&apos;s loss and each pair&apos;s greedy translation; --trace for every number, PyTorch&apos;s to the last digits), and translate a word with rnnlab-cli generate SESSION --prime SOURCE. Coming to the window: the encoder&apos;s row over the source, the decoder&apos;s over the target, and the context that carries the source across.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rnnlab</name>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss and accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictions per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> This run is a time series: its values, the network&apos;s predictions, the forecast and the anomalies are in the Signal tab, and every number of a time step in the graph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictions per step lists predicted strings: it is for character tasks only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate writes text, for character tasks only. A time series&apos; free-running forecast (each prediction fed back as the next input) is drawn in the Signal tab, as long as you set it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Memory tab ranks influence over characters: it is for character tasks only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rnnlab::ComparePanel</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare without model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model %1&apos;s cell: rnn_tanh, rnn_relu (torch.nn.RNN), lstm (torch.nn.LSTM) or gru (torch.nn.GRU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model %1&apos;s stacked layers (1–8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model %1&apos;s hidden size H: units per layer (without an output layer H must equal the vocabulary size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model %1 reads its predictions through nn.Linear(H, V) (W_hy); without it, the top layer&apos;s hidden state is the logits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model %1&apos;s seed: torch.manual_seed for its initial weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed: &quot;%1&quot; is not a whole number from −9223372036854775808 to 9223372036854775807</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rnnlab::ComparePlot</name>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic axis: late, small differences between the models stay visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correct (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rnnlab::CompareWindow</name>
    <message>
        <source>Space: train · Ctrl+→: one step for every model · Ctrl+L: lock step or free-running · F: fold the graphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every model trains on these texts with these optimizer settings, so that only the models differ. Change them in the main window (Model and data) and compare again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which training text the graphs show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train every model at the chosen speed (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause every model (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One optimizer step for every model (Ctrl+→)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every model back to its seed&apos;s initial weights, step 0 (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: every model shows the same step (the fast ones wait for the slowest). Off: each model trains as fast as it can (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare a third model (Ctrl+Shift+N): the first cell type not compared yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Fold the graphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fold every unrolled graph into its cell with the W_hh loop, or unfold them (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to &amp;window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show each whole graph (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gradient through time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of the last step&apos;s gradient reaches each h_t, model against model: on by itself when the cells differ (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far &amp;back a prediction looks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much each earlier input drives one step&apos;s prediction, model against model: on by itself when the cells differ (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log scale for the loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a comparison the lecture uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare models — rnnlab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare: %1 — rnnlab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock step: every model shows the same training step. The table&apos;s numbers are what rnnlab-cli train prints for each session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam, lr %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGD, lr %1, momentum %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, gradients clipped at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, no clipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every model: %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock step: every model has taken this many steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free-running: the steps each model has taken (A · B · C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lock step: %1 steps/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training stopped: model %1&apos;s step was refused (see the message on its graph)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model %1 stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change model %1&apos;s settings, or Reset to start every model over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model %1 changed: every model starts over from step 0, so that they stay comparable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rnnlab::GradientComparisonPlot</name>
    <message>
        <source>How much of the last step&apos;s gradient reaches h&lt;sub&gt;t&lt;/sub&gt; (top layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‖∂loss&lt;sub&gt;n&lt;/sub&gt;/∂h&lt;sub&gt;t&lt;/sub&gt;‖ / ‖∂loss&lt;sub&gt;n&lt;/sub&gt;/∂h&lt;sub&gt;n&lt;/sub&gt;‖: the gradient of the last prediction&apos;s loss, carried back through time, as a share of what it is at the last step. A vanilla RNN multiplies it by W&lt;sub&gt;hh&lt;/sub&gt;ᵀ and tanh′ at every step and it vanishes decade by decade. Untrained, an LSTM and a GRU lose it decade by decade too; trained, they can learn to carry it — a forget gate f ≈ 1 keeps the cell state, an update gate z ≈ 1 keeps h — while the RNN&apos;s keeps vanishing. Try the RNN vs LSTM vs GRU preset: untrained, then after a few hundred steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time step t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gradient share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gradients yet: the models&apos; first forward and backward pass shows them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rnnlab::GraphBar</name>
    <message>
        <source>Which training text the graph shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W_xh: input to hidden, the same at every time step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W_hh: hidden to hidden, carries memory from t−1 to t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W_hy: hidden to output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>series %1 (%2 points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W_ih: input to hidden, one block of rows per gate, the same at every time step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rnnlab::HelpWindow</name>
    <message>
        <source>rnnlab Handbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Keys of the window&lt;/h3&gt;%1&lt;h3&gt;Keys of a focused view&lt;/h3&gt;%2&lt;p&gt;Alt with the underlined letter opens a menu or moves to a field.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sine-spike</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rnnlab::LessonPanel</name>
    <message>
        <source>Your predictions this session: each prompt counts once, the first answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict, then reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reve&amp;al</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the answer and the numbers that decide it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous step of the lesson (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next step of the lesson (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson ▸ Open the lesson (F9) starts the lecture, step by step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson · step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking the training step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;✓ Right.&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;✗ Not this time:&lt;/b&gt; the answer is &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rnnlab::MainWindow</name>
    <message>
        <source>Space: train · Ctrl+→: one training step · →: walk through a time step · F: fold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model and data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — rnnlab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 starts over from the seed&apos;s initial weights. The model trained for %n step(s) will be discarded (File ▸ Save session as… keeps it).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Changing the model or the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume from step %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training continues from step %1. The %2 later steps of this run are discarded (File ▸ Save session as… keeps the latest state).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss and error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss and accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now: loss (MSE) %1 · %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now: loss %1 · %2% right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edit was not applied: step %1 of %2 is shown from the run&apos;s history. Resume from here (discards the later steps) or go to the latest step to edit the weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights of a past step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training stopped: a step was refused (see the message on the graph)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the settings on the left and press Apply, or Reset to start over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compare these models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quitting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rnnlab::MemoryComparisonPlot</name>
    <message>
        <source>How far back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far back a prediction looks. For the prediction at step t, how much each earlier input x&lt;sub&gt;s&lt;/sub&gt; drives it: ‖∂ log p&lt;sub&gt;t&lt;/sub&gt;(target) / ∂x&lt;sub&gt;s&lt;/sub&gt;‖, the gradient of that step&apos;s log-probability of its target with respect to the one-hot input, carried back by each model&apos;s own BPTT. A plain RNN&apos;s usually falls decade by decade as s goes back; an LSTM or a GRU can learn to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step t =</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time step whose prediction is explained (last: the last step with a target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What step t&apos;s prediction should say: its target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the influence on a logarithmic axis: a fall by decades is a straight line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input step s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‖∂ log p / ∂x_s‖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real-valued inputs x_t have no one-hot input to trace back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No models yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 has no target: nothing is predicted there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ ‘%1’</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rnnlab::MemoryInfluence</name>
    <message>
        <source>x at step %1 (‘%2’) on the prediction of step %3 (‘%4’): ‖∂ log p / ∂x‖ = %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rnnlab::MemoryPath</name>
    <message>
        <source>Freeze axes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the axes of this training step — their direction, their centre and their scale — for the later steps: train on, or move along the timeline, and watch the path change in one frame (a point that leaves it widens the frame). Untick to give every step its own PCA again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>axes from training step %1, W_hh = 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>axes from training step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1, input ‘%2’
%3 = (%4)
PC1 %5, PC2 %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PC%1 (%2% of the variance at step %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PC%1 (%2% of the variance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PC%1 (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rnnlab::MemoryUnits</name>
    <message>
        <source>Score: |mean inside − mean outside| / pooled standard deviation, how many standard deviations apart the unit is inside the span and outside. Click a row to colour the text by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour: %1’s value at each step, red above 0, blue below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under each character: the network’s three likeliest next characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under the last character: the network’s likeliest classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag over the text to rank the units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: score %2 = |%3 − %4| / %5 (mean inside the span, mean outside, pooled standard deviation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1, input ‘%2’: %3%4 = %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1, input ‘%2’: no output at this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p(‘%1’) = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1, input ‘%2’, the likeliest outputs: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rnnlab::MemoryView</name>
    <message>
        <source>The memory view needs characters as inputs: real-valued x_t have no one-hot input to trace back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far back · the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far back a prediction looks, beside the path of the hidden state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units over the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text coloured by one unit, the likeliest next characters under it; drag over the text to find the units that track that span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>States of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layer whose states the path shows (the prediction&apos;s influence does not depend on it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h (hidden state)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c (cell state)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An LSTM&apos;s hidden state h or its cell state c</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit whose value colours the text below (drag over the text to rank them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far back a prediction looks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far back a prediction looks: step %1 has no target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which earlier inputs does step %1’s prediction of its target ‘%2’ depend on? Each input s ≤ %1 by ‖∂ log p(‘%2’) / ∂x&lt;sub&gt;s&lt;/sub&gt;‖ (darker, taller: more). Largest: %3 (step %4, ‘%5’)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the first input, ‘%1’: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What if W_hh = 0? No memory — </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What if W_hh = 0? The cell state c still carries earlier inputs — </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What if W_hh = 0? z ⊙ h&lt;sub&gt;t−1&lt;/sub&gt; still carries earlier inputs — </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path of %1 of layer %2 (PCA of every step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path of %1 (PCA of every step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; steps %1–%2 drawn whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text by unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units over text needs characters as inputs: real-valued x_t are not a text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rnnlab::ModelPanel</name>
    <message>
        <source>Train&amp;ing texts (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hello</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each line is one training sequence: the network reads its characters one at a time and learns to predict the next one.
Lines of the form text&lt;Tab&gt;label train a classifier instead (many-to-one): the network reads the whole text and then names its label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RNN, tanh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RNN, ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSTM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GRU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RNN: h_t = tanh(W_hh h_{t−1} + W_xh x_t + b) as on the slides, b = b_ih + b_hh (PyTorch keeps the two biases apart and adds them), or with ReLU instead of tanh. LSTM: gates i, f, o and a cell state c_t that carries memory. GRU: the update gate z mixes the old h_{t−1} with a candidate n_t, whose reset gate r decides how much of h_{t−1} it sees. The outputs y_t are h_t, or W_hy h_t + b_y with an output layer. As torch.nn.RNN, LSTM and GRU compute them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden units H: the length of h_t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden si&amp;ze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lecture&apos;s setup: h_t is the output, one hidden unit per character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an output layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds W_hy (nn.Linear(H, V)), so the hidden size no longer has to match the vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stacked layers (torch.nn.RNN num_layers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La&amp;yers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W_hy: y_t = W_hy h_t + b_y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without it (the lecture&apos;s setup) the outputs are h_t itself, and the hidden size must equal the number of characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utput layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;ptimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.1 with Adam in the lecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lear&amp;ning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGD&apos;s momentum (Adam has its own: betas 0.9 and 0.999)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch.manual_seed for the initial weights: the same seed gives PyTorch&apos;s weights bit for bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clip_grad_norm_: scales all gradients down when their total norm exceeds this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gradient clipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the settings being trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over with these settings (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without W_hy the hidden state is the output, so this setup needs one hidden unit per class: %1, hidden size %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without W_hy the hidden state is the output, so the lecture&apos;s setup needs one hidden unit per character: %1, hidden size %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label of line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set hidden size to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>
Classifier (many-to-one), %n class(es): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Vocabulary: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text: the network reads characters and predicts the next one (or, with text&lt;Tab&gt;label lines, names a label: a classifier).
Time series: it reads numbers and predicts the next value of each feature (MSE loss).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tas&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without W_hy the hidden state is the output, so this setup needs one hidden unit per feature: %1, hidden size %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast: the next value at every time step (MSE loss).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast: the next value of each of %1 features at every time step (MSE loss).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rnnlab::PlotWidget</name>
    <message>
        <source>Log scale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rnnlab::PytorchPanel</name>
    <message>
        <source>No model yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the script: paste it into a file and run python3 train.py --steps 20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the script to a .py file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training… the script of this large model (%1 parameters) follows when training pauses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After %1. Saved as train.py, &lt;tt&gt;python3 train.py --steps 20&lt;/tt&gt; trains on from step %2 in PyTorch 1.13 with rnnlab&apos;s losses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 training step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 training steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the PyTorch script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python scripts (*.py)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rnnlab::SeriesEditor</name>
    <message>
        <source>0
0.31
0.59
…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One time point per line. Several numbers on a line (separated by commas, semicolons, tabs or spaces) are several features, one per column; a single line of comma-separated numbers is one feature.
An empty line starts another series: several series train together, each its own sequence from a zero state. Lines starting with # are comments. Numbers use a decimal point (0.5, -2, 1e-3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Num&amp;bers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the training series come from: a generated wave, or numbers typed, pasted or imported from a CSV file. Either way the session stores the numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;ies from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Square</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sawtooth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triangle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two sines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sine A sin(2πt/P + φ); square, sawtooth and triangle of the same period and amplitude; or the sum of two sines A sin(2πt/P + φ) + A₂ sin(2πt/P₂)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P: time steps per period (&gt; 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perio&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A: the wave&apos;s largest value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amplitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>φ: the phase in radians (π/2 ≈ 1.5708)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> rad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ph&amp;ase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points of the series (≥ 2): a series of n points is n − 1 time steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Len&amp;gth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P₂: the second sine&apos;s period (&gt; 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A₂: the second sine&apos;s amplitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period &amp;2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amplit&amp;ude 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>σ: Gaussian noise added to every point (0: none); the seed below makes it the same on every machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Noise σ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The noise&apos;s own seed (not the weights&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise see&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit as numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts the generated numbers into the numbers box, to change them by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a CSV file&apos;s numbers as another series: one row per time point, one column per feature, a header row optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wave with an anomaly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A series the network is tested on but never trained on: where its error jumps above the training error&apos;s, the Signal tab rings an anomaly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test se&amp;ries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a CSV file&apos;s numbers as a test series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test n&amp;umbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spike: + size at one point. Level shift: + size over a stretch (length 0: to the end). Flat stretch: the value at “at” held for a stretch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anomal&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the anomaly starts: a point of the series, counted from 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many points it lasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it adds to the wave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  at &amp;point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  len&amp;gth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  si&amp;ze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 … %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 of %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a test series from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import series from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rnnlab::SessionActions</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over with the lecture&apos;s hello example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the settings, trained weights, optimizer state, loss history and view (.rnnlab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save session &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import PyTorch state…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A model trained in PyTorch, saved with save_state_dict_json() from the PyTorch panel&apos;s script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no trained model to save yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 (step %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closes this session. It has changes that are not saved (training, weights by hand or settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not say which texts the model was trained on. Its training texts, one per line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import this PyTorch state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 cannot be imported; nothing was changed.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%2&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 cannot be opened; nothing was changed.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%2&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open this session here yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 is a valid session; nothing was changed.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import PyTorch state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch states (*.pt *.pth *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the unsaved session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rnnlab ended without saving a session (autosaved %1). Restore it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rnnlab::ShortcutList</name>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A matrix (click a cell)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline (click it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the next cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First or last column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a value for the cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop a drag, or close the value editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One training step earlier or later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several steps later or earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 0, or the latest step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rnnlab::SignalPlot</name>
    <message>
        <source>The series shown: a training series, or a test series (evaluated at every step, never trained on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;orecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The free-running forecast past the end: each predicted value is fed back as the next input, this many times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anomal&amp;y above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A time step whose squared error is above this is marked as an anomaly. Default: the training error&apos;s mean + 3 standard deviations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default again: the training error&apos;s mean + 3 standard deviations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signal plot is for time series (task &quot;forecast&quot;): open one, e.g. File ▸ Open examples/sine-spike.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one-step prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free-running forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anomaly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>squared error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training series %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test series (anomalies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test series %1 (anomalies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · feature 1 of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forecast →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warm-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test series (never trained on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one step ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warm-up: not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threshold %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test series %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: mean error² %2, training %3 ± %4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 step above the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 steps above the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · 1 warm-up step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 warm-up steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (threshold %1%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: mean + 3 sd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Warm-up: the first steps of every series, where the state (zero at the start) has not seen enough yet — even the training series is predicted worse than the threshold there. They count neither in the threshold (mean + 3 sd of the training steps after them) nor as anomalies.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rnnlab::StepByHandPanel</name>
    <message>
        <source>Earlier time step, to the left (←)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous phase of the computation (Shift+←)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next phase of the computation (Shift+→)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later time step, to the right: x_t enters, W_xh x_t and W_hh h_{t−1} add up, the activation squashes, p_t = softmax(y_t) picks a character (→)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back through time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk the gradient back from the last time step: dL/dh_t and where it fades (B; again: one time step further back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the walk: show the whole pass (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step in parts ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One training step shown part by part: the forward pass column by column, the loss, the backward pass right to left, then the update of every matrix (Ctrl+Shift+→)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer-major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order → walks the stacked grid in. Time-major: every layer at t, then t+1 — how the picture reads. Layer-major: layer 1 over all of time, then layer 2 — how PyTorch computes it. The numbers are the same either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hidden unit whose row the equations show when the matrices are too large to show whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: the loss ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: backward ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: the update ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press → to walk through a time step, B to go back through time, or “Step in parts” — every number below comes from the same forward pass the graph shows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rnnlab::TrainingControls</name>
    <message>
        <source>&amp;Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One training &amp;step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Speed </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From one step per second (to follow along) to as fast as possible</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <source>Train continuously at the chosen speed (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause training (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One optimizer step: forward, loss, backward through time, update (Ctrl+→)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the initial weights of the seed, step 0 (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo weight edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back the last weight set by hand; the weights are bit for bit what they were (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo weight edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What if W_hh = 0?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the network without its memory: the predictions it can still make, and the ones it cannot (training is not affected) (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Step by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later time step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One time step to the right, in the forward walk and back through time: x_t enters, W_xh x_t and W_hh h_{t−1} add up, the activation squashes, y_t picks a character (→)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Earlier time step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One time step to the left, in the forward walk and back through time (←)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One part of the computation further (Shift+→)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One part of the computation back (Shift+←)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back through time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gradient from the last time step back to the first: dL/dh_t and where it fades (B; again: one time step further back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Training step in parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward, loss, backward, update — each shown before the next (Ctrl+Shift+→)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lea&amp;ve the walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole pass again (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Walk layer by layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stacked layers: walk layer 1 over all of time, then layer 2 — how PyTorch computes it — instead of every layer at t, then t+1. The numbers are the same either way (L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Fold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fold the unrolled graph into one cell with its W_hh loop, or unfold it over time (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;fold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger cells, same text size (Ctrl++, or Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller cells, down to fit-to-window (Ctrl+−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to &amp;window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole graph (Ctrl+0); Ctrl+wheel zooms, dragging pans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen, large type, only the graph, the equations and the play controls (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lecture step by step, with the app set up for each step (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>rnnlab &amp;Handbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tour of the window, the walk by hand and the classroom tools (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lecture&apos;s symbols, PyTorch&apos;s names and rnnlab&apos;s, side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About rnnlab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About rnnlab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;rnnlab %1&lt;/h3&gt;&lt;p&gt;Recurrent neural networks, shown at work.&lt;/p&gt;&lt;p&gt;Its numbers are the ones PyTorch 1.13 computes for the same model: the same initial weights from the same seed and each Adam or SGD step from the same gradients, bit for bit; the forward pass, the losses and the gradients in float32, to its last digits (losses within 10&lt;sup&gt;−6&lt;/sup&gt; over the first ten steps).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import series from &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file&apos;s columns as the features of a time series, in Model and data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
