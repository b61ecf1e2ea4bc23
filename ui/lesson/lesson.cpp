// SPDX-License-Identifier: MIT
#include "ui/lesson/lesson.h"

#include "app/session/sessionfile.h"
#include "engine/memoryanalysis.h"
#include "ui/common/errornumber.h"
#include "ui/common/readernumber.h"
#include "ui/matrices/matrixlabels.h"
#include "ui/memory/memorypicture.h"

#include <QObject>

#include <cmath>
#include <stdexcept>

namespace rnnlab {

namespace {

StepCursor cursorAt(int t, Phase phase, int layer = 0)
{
    StepCursor c;
    c.t = t;
    c.phase = phase;
    c.layer = layer;
    return c;
}

QString number(double value, int decimals = 4)
{
    return ReaderNumber::fixed(value, decimals);
}

const QString pytorchCode = QStringLiteral("<pre style='font-size:small'>"
                                           "torch.manual_seed(0)\n"
                                           "x = torch.FloatTensor(x_one_hot)  # hell\n"
                                           "y = torch.LongTensor(y_data)      # ello\n"
                                           "model = torch.nn.RNN(4, 4, batch_first=True)\n"
                                           "CostFunc = torch.nn.CrossEntropyLoss()\n"
                                           "optimizer = torch.optim.Adam(\n"
                                           "    model.parameters(), lr=0.1)\n"
                                           "for i in range(10):\n"
                                           "    outputs, _ = model(x)\n"
                                           "    cost = CostFunc(outputs.view(-1, 4),\n"
                                           "                    y.view(-1))\n"
                                           "    cost.backward()\n"
                                           "    optimizer.step()\n"
                                           "    optimizer.zero_grad()\n"
                                           "    result = outputs.data.numpy().argmax(axis=2)\n"
                                           "    result = ''.join([unique_characters[c]\n"
                                           "                      for c in np.squeeze(result)])\n"
                                           "    print(result)  # ello</pre>");

//! How the last update of \a after moved each weight relative to that step's gradient, in words:
//! "moved 32 of the 40 parameters against their gradient, 4 with it …" — counted, not assumed (Adam's
//! momentum moves some weights with their current gradient; a weight whose gradient is 0 and
//! always was does not move).
QString updateDirections(const TrainingSnapshot &after)
{
    if (after.lastGradients.isNull() || after.lastUpdate.isNull())
        return {};
    const auto &g = after.lastGradients.flat();
    const auto &d = after.lastUpdate.flat();
    int against = 0;
    int with = 0;
    int still = 0; // zero gradient, not moved
    int drifted = 0; // zero gradient, moved anyway
    int stuck = 0; // a gradient, but no change
    for (Eigen::Index i = 0; i < g.size(); ++i) {
        if (g[i] == 0.0f)
            (d[i] == 0.0f ? still : drifted) += 1;
        else if (d[i] == 0.0f)
            ++stuck;
        else
            ((d[i] > 0.0f) == (g[i] > 0.0f) ? with : against) += 1;
    }
    QStringList parts;
    parts << QObject::tr("moved %1 of the %2 parameters against their gradient").arg(against).arg(g.size());
    if (with > 0)
        parts << QObject::tr("%1 <i>with</i> it (the optimizer's momentum still carries the direction of the "
                             "earlier steps)")
                     .arg(with);
    if (drifted > 0)
        parts << QObject::tr("%1 whose gradient is 0, carried by the optimizer's momentum").arg(drifted);
    if (stuck > 0)
        parts << QObject::tr("%1 not at all despite a gradient").arg(stuck);
    QString text = QObject::tr("The update ") + parts.join(QStringLiteral(", "));
    if (still > 0)
        text += QObject::tr(", and left the %1 whose gradient is 0 where they were").arg(still);
    return text + QStringLiteral(".");
}

//! \a g (rows × cols) as a small HTML table, rows h1 … and columns h1 …, the largest |entry| bold.
template<typename Matrix>
QString gradientTable(const Matrix &g)
{
    Eigen::Index bestRow = 0;
    Eigen::Index bestCol = 0;
    g.cwiseAbs().maxCoeff(&bestRow, &bestCol);
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='2'><tr><td></td>");
    for (Eigen::Index j = 0; j < g.cols(); ++j)
        html += QStringLiteral("<td align='right'><i>h%1</i></td>").arg(j + 1);
    html += QStringLiteral("</tr>");
    for (Eigen::Index i = 0; i < g.rows(); ++i) {
        html += QStringLiteral("<tr><td><i>h%1</i></td>").arg(i + 1);
        for (Eigen::Index j = 0; j < g.cols(); ++j) {
            const QString value = ReaderNumber::fixed(g(i, j), 4);
            html += QStringLiteral("<td align='right'>%1</td>")
                        .arg(i == bestRow && j == bestCol ? QStringLiteral("<b>%1</b>").arg(value) : value);
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

std::vector<LessonStep> buildSteps()
{
    std::vector<LessonStep> steps;
    const auto add = [&steps](QString title, QString text, LessonSetup setup,
                              std::optional<LessonPrompt> prompt = std::nullopt) {
        steps.push_back({std::move(title), std::move(text), std::move(setup), prompt});
    };
    LessonSetup s;

    add(QObject::tr("Sequence data"),
        QObject::tr(
            "<p>Text, speech, prices, video: data that comes <b>in order</b>, where what comes next depends on "
            "what came before.</p><p>Our example is the word <b>hello</b>. Given <i>h, e, l, l</i> one at a time, "
            "the network should say what comes next each time: <i>e, l, l, o</i>.</p><p>A plain feed-forward network "
            "sees one character and has no memory: after the first ‘l’ and after the second ‘l’ it would say the "
            "same thing. A <b>recurrent</b> network carries a memory h<sub>t</sub> from step to step.</p>"),
        s);

    s.folded = true;
    add(QObject::tr("The vanilla RNN, folded"),
        QObject::tr(
            "<p>One cell. At every time step it takes the input x<sub>t</sub> and its own previous state "
            "h<sub>t−1</sub> (the loop, through <b>W<sub>hh</sub></b>) and computes the new state h<sub>t</sub>; from it "
            "comes the output y<sub>t</sub>.</p><p>Press <b>F</b> to fold and unfold.</p>"),
        s);

    s.folded = false;
    add(QObject::tr("Unfolded over time"),
        QObject::tr("<p>The same cell drawn once per time step: the loop becomes the arrows from left to right. "
                    "Each column is one character of ‘hell’; the top row is what the network predicts.</p>"
                    "<p>Hover over anything to see its numbers.</p>"),
        s);

    s.matrices = true;
    add(QObject::tr("Shared weights"),
        QObject::tr(
            "<p>The matrices <b>W<sub>xh</sub></b> (input → hidden) and <b>W<sub>hh</sub></b> (hidden → hidden) are "
            "the <b>same at every time step</b>: each arrow of one colour is the same matrix. The Matrices panel "
            "shows them, with the biases.</p><p>The slides also have <b>W<sub>hy</sub></b> (hidden → output). The "
            "lecture's example has none: the hidden state itself (4 numbers for 4 characters) is the output "
            "y<sub>t</sub>. With an output layer (Model panel) W<sub>hy</sub> appears, shared across time like the "
            "other two.</p>"),
        s);

    s.matrices = false;
    s.cursor = cursorAt(0, Phase::Activation);
    add(QObject::tr("The computation, by hand"),
        QObject::tr(
            "<p>h<sub>t</sub> = tanh(W<sub>hh</sub> h<sub>t−1</sub> + W<sub>xh</sub> x<sub>t</sub> + b), "
            "y<sub>t</sub> = h<sub>t</sub>, p<sub>t</sub> = softmax(y<sub>t</sub>), for t = 1 … n with "
            "h<sub>0</sub> = 0.</p><p>The slides leave the bias out; PyTorch's nn.RNN has two, b<sub>ih</sub> "
            "beside W<sub>xh</sub> and b<sub>hh</sub> beside W<sub>hh</sub>, and only ever adds them: "
            "b = b<sub>ih</sub> + b<sub>hh</sub>. PyTorch's names: W<sub>xh</sub> is weight_ih_l0, "
            "W<sub>hh</sub> weight_hh_l0, b<sub>ih</sub> bias_ih_l0, b<sub>hh</sub> bias_hh_l0. y<sub>t</sub> = h<sub>t</sub> because this network has no "
            "output layer; with one, y<sub>t</sub> = W<sub>hy</sub> h<sub>t</sub> + b<sub>y</sub>.</p>"
            "<p>Below, the equation with the real numbers of this network for t = 1. "
            "Press <b>→</b> to walk through a time step, <b>Shift+→</b> for the next part of the computation.</p>"),
        s);

    s.cursor = cursorAt(1, Phase::Sum); // the scores, not yet the probabilities: predict from them
    add(QObject::tr("Predict: the next character"),
        QObject::tr(
            "<p>The network is untrained: its weights are the random ones of seed 0. At t = 2 it reads ‘e’.</p>"
            "<p>How to tell from the numbers below: here y<sub>t</sub> = h<sub>t</sub>, and tanh and softmax both "
            "keep the order of their inputs, so the largest entry of the pre-activation (the bold vector) becomes "
            "the largest probability — its character is the prediction (the rows are in the vocabulary's order: h, e, l, "
            "o).</p>"),
        s, LessonPrompt{PromptKind::NextCharacter, 1});

    s.cursor.reset();
    add(QObject::tr("The PyTorch code"),
        QObject::tr("<p>The lecture's code. rnnlab computes what it computes: the same initial weights from the "
                    "seed, bit for bit, and Adam's update rule exactly as PyTorch's; the gradients and losses agree "
                    "to the last digits of float32, not bit for bit (sums taken in another order can differ there; "
                    "the tests hold the losses to 10<sup>−5</sup>).</p>")
            + pytorchCode,
        s);

    s.train = 10;
    s.tab = QStringLiteral("predictions");
    add(QObject::tr("Training hello"),
        QObject::tr(
            "<p>Ten steps of Adam, as in the lecture's loop. Each row is one step: its loss and what the "
            "network predicted; the wrong characters are underlined. Like the loop's print(result), a row is taken "
            "from the step's forward pass, <i>before</i> its update — the caption above the graph shows "
            "the network after the tenth update, so its loss is not row 10's.</p><p>After ten steps it "
            "says <b>ello</b>. Press <b>Space</b> to train on, <b>Ctrl+→</b> for one step.</p>"),
        s);

    s.tab = QStringLiteral("loss");
    add(QObject::tr("Predict: the loss after the next update"),
        QObject::tr("<p>The loss is the mean of −log p(target) over the four time steps. The optimizer is about to "
                    "take one more step, guided by the gradient.</p>"),
        s, LessonPrompt{PromptKind::LossDirection, 0});

    s.train = 0;
    s.tab = QStringLiteral("step");
    s.matrices = true;
    s.cursor = cursorAt(0, Phase::BackwardHidden); // dL/dh_t, all the way back
    add(QObject::tr("Predict: the biggest gradient"),
        QObject::tr("<p>Back to the untrained network (step 0). Back through time (BPTT) the loss sends a gradient to "
                    "every weight it used (not to W<sub>xh</sub>'s ‘o’ column: ‘o’ is never an input). W<sub>hh</sub> "
                    "is used at every time step, so its gradient adds up the contributions of t = 2 … n (at t = 1 it "
                    "multiplies h<sub>0</sub> = 0).</p>"),
        s, LessonPrompt{PromptKind::LargestGradient, 0});

    s.matrices = false;
    s.cursor.reset();
    s.train = 100;
    s.tab = QStringLiteral("generate");
    s.shape = TaskShape::OneToMany;
    s.shapeChooser = true;
    add(QObject::tr("The shapes of RNN tasks"),
        QObject::tr("<p>An RNN is flexible: it can read one input or many, and answer once or at every step.</p><ul>"
                    "<li><b>one-to-one</b>: no sequence at all — one input, one output, no loop: a plain "
                    "feed-forward network, the box the slide labels “vanilla”;</li>"
                    "<li><b>one-to-many</b>: one input, then a sequence out — image captioning, or <i>generating</i> "
                    "text: each output is fed back as the next input (the Generate tab);</li>"
                    "<li><b>many-to-one</b>: read a sequence, answer once — sentiment of a sentence;</li>"
                    "<li><b>many-to-many</b>: an output per input — our hello, or a tag for every word; translation "
                    "is many-to-many too, but reads the whole sentence first and then writes one of its own "
                    "length.</li></ul>"
                    "<p>Choose a shape below. <b>one-to-many</b> draws the network as it generates: x<sub>1</sub> = "
                    "‘h’ is given, every later input is the character it picked one step before (the arrows from "
                    "y<sub>t−1</sub> down to x<sub>t</sub>), with the states and probabilities of that pass — greedy, "
                    "or sampled with the Generate tab's temperature and seed. Where the generated text parts from "
                    "the training text, a ✗ marks the step. <b>one-to-one</b> is x<sub>1</sub> in, y<sub>1</sub> out: "
                    "one step's real numbers. The other two keep the numbers of the whole hello pass and only the "
                    "inputs and outputs they use.</p>"),
        s);

    s.example = LessonExample::Sentiment;
    s.train = 60;
    s.tab = QStringLiteral("predictions");
    s.shape.reset();
    s.shapeChooser = false;
    add(QObject::tr("Many-to-one: the sentiment of a sentence"),
        QObject::tr("<p>Sixteen short reviews, each labelled <i>positive</i> or <i>negative</i>. The network reads the "
                    "whole review and only its <b>last</b> output counts: the loss is on the last time step alone.</p>"
                    "<p>In the Model panel such data is one line per text: <i>text</i>, a Tab, <i>label</i>.</p>"
                    "<p>Right on all sixteen means it has learned <i>these</i> sentences — memorised them, perhaps; "
                    "whether it judges a review it has never seen is another test. (Its cell is a GRU, step 15: the "
                    "bars beside the arrows are its gates r and z and its candidate n.)</p>"),
        s);

    s.example = LessonExample::HelloStacked;
    s.train = 10;
    s.tab = QStringLiteral("step");
    s.cursor = cursorAt(1, Phase::Activation, 1);
    add(QObject::tr("Stacked RNNs"),
        QObject::tr(
            "<p>Layers on top of each other: the hidden state of layer 1 is the input of layer 2. Each layer "
            "has its own W<sub>xh</sub> and W<sub>hh</sub>, shared across time along its row.</p><p>Press <b>L</b> to walk layer by "
            "layer, as PyTorch computes it, instead of time step by time step: the numbers are the same.</p>"),
        s);

    s.example = LessonExample::HelloLstm;
    s.cursor = cursorAt(1, Phase::Gates);
    add(QObject::tr("LSTM"),
        QObject::tr(
            "<p>Back through time, a vanilla RNN's gradient is multiplied by W<sub>hh</sub>ᵀ and tanh′ at every "
            "step, and usually fades (or, with large weights, grows). The LSTM adds a cell state c<sub>t</sub> (the "
            "lane above each row), c<sub>t</sub> = f ⊙ c<sub>t−1</sub> + i ⊙ g, and gates between 0 and 1 (the "
            "bars i, f, o, beside the candidate g): <b>f</b>orget keeps "
            "c<sub>t−1</sub>, <b>i</b>nput writes the candidate g (between −1 and 1), <b>o</b>utput reads "
            "tanh(c<sub>t</sub>) into h<sub>t</sub>.</p><p>Where f ≈ 1, c<sub>t−1</sub> is kept and the gradient "
            "along c passes back almost unchanged. Untrained, an LSTM's gradient fades much like an RNN's; training can <i>learn</i> "
            "f ≈ 1 (Compare ▸ RNN vs LSTM vs GRU).</p><p>After ten steps this LSTM says <i>llll</i> where the RNN "
            "said <i>ello</i>: it has four times the weights to set in the same ten steps. Press <b>Space</b>: "
            "within 40 steps it says <i>ello</i> too.</p>"),
        s);

    s.example = LessonExample::HelloGru;
    add(QObject::tr("GRU"),
        QObject::tr(
            "<p>The GRU does the same with two gates (r, z) and no separate cell state (its bars: r, z and the "
            "candidate n): "
            "h<sub>t</sub> = (1 − z) ⊙ n<sub>t</sub> + z ⊙ h<sub>t−1</sub>, where ⊙ multiplies entry by "
            "entry and n<sub>t</sub> = tanh(W<sub>in</sub> x<sub>t</sub> + b<sub>in</sub> + r ⊙ "
            "(W<sub>hn</sub> h<sub>t−1</sub> + b<sub>hn</sub>)) is the candidate state.</p><p>The update "
            "gate <b>z</b> mixes: z ≈ 1 keeps the old state (and passes the gradient back nearly unchanged), z ≈ 0 "
            "replaces it with n<sub>t</sub>. The reset gate <b>r</b> decides how much of h<sub>t−1</sub> the "
            "candidate sees.</p><p>The slides name the LSTM and the GRU; these two steps show what they compute. "
            "Change anything in the Model panel and see what happens.</p>"),
        s);

    s.example = LessonExample::Hello;
    s.train = 10;
    s.tab = QStringLiteral("memory");
    s.cursor = cursorAt(3, Phase::Activation); // the second ‘l’: the step only memory can answer
    add(QObject::tr("Seeing memory"),
        QObject::tr(
            "<p>An RNN's memory, seen three ways in the <b>Memory</b> tab:</p><ul>"
            "<li><b>How far back a prediction looks</b>: the text up to the walk's step t, each character shaded "
            "(and a bar) by ‖∂ log p<sub>t</sub>(target) / ∂x<sub>s</sub>‖ — how much that input moves step t's "
            "right answer, by backpropagation through time.</li>"
            "<li><b>The path of h<sub>t</sub></b>: each state a point in the states' two main directions (PCA), in "
            "time order. <b>Freeze axes</b> and train on: the path moves in one frame.</li>"
            "<li><b>Units over the text</b>: the text coloured by one hidden unit; drag over a part of it to find "
            "the units that track it.</li></ul>"
            "<p>Hello's two ‘l’s are the test: the same input, yet ‘l’ follows the first and ‘o’ the second — only "
            "memory tells them apart. <b>←</b> / <b>→</b> move the step.</p>"),
        s);
    steps.back().live = memoryFacts;

    // Slide 12: temporal analysis — time-series prediction and anomaly detection.
    s.example = LessonExample::SineSpike;
    s.train = 100;
    s.tab = QStringLiteral("signal");
    s.cursor.reset();
    add(QObject::tr("Time series: prediction and anomalies"),
        QObject::tr(
            "<p>The lecture's first RNN applications are temporal: <b>time-series prediction</b> and "
            "<b>anomaly detection</b>. An LSTM has learnt a sine wave: at step t it reads x<sub>t</sub> and "
            "predicts x<sub>t+1</sub> (a number: the loss is the mean squared error).</p><ul>"
            "<li>The <b>one-step prediction</b> (dashed) reads the true series up to x<sub>t</sub>: it can only be "
            "one step wrong.</li>"
            "<li>The <b>forecast</b> (dotted) runs free: each prediction is fed back as the next input, so its "
            "errors carry on. Where the generator made the series, a thin line shows what really came.</li>"
            "<li>Below, step t's error² (y<sub>t</sub> − x<sub>t+1</sub>)² on a log scale, and a <b>threshold</b> "
            "(by default the training errors' mean + 3 sd). A step above it is <b>flagged</b>: a candidate, not yet "
            "an anomaly — it is one only where an anomaly was injected (hatched). Grey: warm-up, not counted.</li>"
            "</ul>"),
        s);
    steps.back().live = forecastFacts;
    steps.back().liveFirst = true; // the numbers of the flags in view without scrolling
    return steps;
}

} // namespace

Session lessonSession(LessonExample example)
{
    Session session = lectureExample();
    switch (example) {
    case LessonExample::Hello: break;
    case LessonExample::HelloStacked: session.model.numLayers = 2; break;
    case LessonExample::HelloLstm: session.model.cell = CellKind::Lstm; break;
    case LessonExample::HelloGru: session.model.cell = CellKind::Gru; break;
    case LessonExample::Sentiment: {
        SessionParseResult parsed = SessionFile::read(QStringLiteral(":/rnnlab/examples/sentiment.json"));
        if (parsed.session)
            session = *parsed.session;
        break;
    }
    case LessonExample::SineSpike: {
        SessionParseResult parsed = SessionFile::read(QStringLiteral(":/rnnlab/examples/sine-spike.json"));
        if (parsed.session)
            session = *parsed.session;
        break;
    }
    }
    return session;
}

const std::vector<LessonStep> &lessonSteps()
{
    static const std::vector<LessonStep> steps = buildSteps();
    return steps;
}

int lessonStepCount()
{
    return static_cast<int>(lessonSteps().size());
}

bool promptNeedsStep(const LessonPrompt &prompt)
{
    return prompt.kind == PromptKind::LossDirection;
}

QStringList promptChoices(const LessonPrompt &prompt, const TrainingSnapshot &snapshot)
{
    switch (prompt.kind) {
    case PromptKind::NextCharacter: return characterLabels(snapshot.setup->vocabulary);
    case PromptKind::LossDirection: return {QObject::tr("It goes down"), QObject::tr("It goes up")};
    case PromptKind::LargestGradient: {
        const auto &spec = snapshot.weights.layout().tensor(snapshot.weights.layout().stack().weightHh(0));
        QStringList choices;
        for (int i = 0; i < spec.rows; ++i)
            for (int j = 0; j < spec.cols; ++j)
                choices << QObject::tr("row h%1, column h%2").arg(i + 1).arg(j + 1);
        return choices;
    }
    }
    return {};
}

QString promptQuestion(const LessonPrompt &prompt, const TrainingSnapshot &snapshot)
{
    switch (prompt.kind) {
    case PromptKind::NextCharacter: {
        const auto &s = snapshot.trace.sequences.front();
        const int t = std::min(prompt.t, s.length() - 1);
        return QObject::tr("Which character will the network <b>predict</b> at t = %1, after reading ‘%2’? "
                           "(Not which one is right: what <i>this</i> network will say.)")
            .arg(t + 1) // the lecture's 1 … n
            .arg(visibleCharacter(snapshot.setup->vocabulary.character(s.inputs[std::size_t(t)])));
    }
    case PromptKind::LossDirection:
        return QObject::tr("The loss is %1 now. After the next update, will it go down or up?")
            .arg(number(snapshot.trace.loss));
    case PromptKind::LargestGradient:
        return QObject::tr(
            "Which entry of W<sub>hh</sub> gets the <b>largest</b> gradient |dL/dW<sub>hh</sub>| from this forward pass? "
            "Button <i>i,j</i>: row i (the unit it feeds), column j (the unit of h<sub>t−1</sub> it reads).");
    }
    return {};
}

PromptAnswer promptAnswer(const LessonPrompt &prompt, const TrainingSnapshot &before, const TrainingSnapshot *after)
{
    PromptAnswer answer;
    switch (prompt.kind) {
    case PromptKind::NextCharacter: {
        const auto &s = before.trace.sequences.front();
        const int t = std::min(prompt.t, s.length() - 1);
        const Vocabulary &vocabulary = before.setup->vocabulary;
        answer.correct = s.predictions[std::size_t(t)];
        QStringList probabilities;
        for (int i = 0; i < vocabulary.size(); ++i)
            probabilities << QStringLiteral("‘%1’ %2").arg(visibleCharacter(vocabulary.character(i)),
                                                           number(s.probabilities(i, t), 3));
        const int target = s.targets[std::size_t(t)];
        answer.explanation =
            QObject::tr("The softmax at t = %1 gives %2. The largest is ‘%3’: the network predicts ‘%3’%4.")
                .arg(t + 1)
                .arg(probabilities.join(ReaderNumber::listSeparator()),
                     visibleCharacter(vocabulary.character(answer.correct)))
                .arg(target < 0 ? QString()
                         : target == answer.correct
                         ? QObject::tr(", which is right")
                         : QObject::tr(" — the text goes on with ‘%1’, so training will push p(‘%1’) up")
                               .arg(visibleCharacter(vocabulary.character(target))));
        break;
    }
    case PromptKind::LossDirection: {
        if (!after)
            break;
        const double was = before.trace.loss;
        const double now = after->trace.loss;
        answer.correct = now <= was ? 0 : 1;
        answer.explanation =
            (now <= was ? QObject::tr("The loss went from %1 to %2: down by %3. ")
                              .arg(number(was), number(now), number(was - now))
                        : QObject::tr("The loss went from %1 to %2: <b>up</b> by %3. The gradient only "
                                      "says which way is down <i>here</i>; a step of this size went past "
                                      "the valley (the learning rate is large). ")
                              .arg(number(was), number(now), number(now - was)))
            + updateDirections(*after);
        break;
    }
    case PromptKind::LargestGradient: {
        if (!before.trace.hasGradients)
            break;
        const auto g = before.trace.gradients.matrix(before.trace.gradients.layout().stack().weightHh(0));
        Eigen::Index row = 0;
        Eigen::Index col = 0;
        g.cwiseAbs().maxCoeff(&row, &col);
        answer.correct = int(row * g.cols() + col);
        answer.explanation =
            QObject::tr(
                "dL/dW<sub>hh</sub> is largest at row h%1, column h%2: %3. All of it:%4It adds up, over the time "
                "steps, dL/da of unit h%1 — how much the loss wants its pre-activation to change, dL/dh times "
                "tanh′ = 1 − h² — times h%2 one step earlier. Adam's first step then moves every weight whose "
                "gradient is not 0 by almost exactly the learning rate (lr·|g| / (|g| + ε)), whatever the "
                "gradient's size: there only the sign counts.")
                .arg(row + 1)
                .arg(col + 1)
                .arg(ReaderNumber::significant(g(row, col), 4))
                .arg(gradientTable(g));
        break;
    }
    }
    return answer;
}

QString forecastFacts(const TrainingSnapshot &snapshot, const LessonStep &)
{
    const ForecastReadout *r = snapshot.forecast.get();
    if (!r || r->test.empty() || r->test.front().stepError.size() == 0)
        return {};
    const SeriesReadout &test = r->test.front();
    const double threshold = r->defaultThreshold();
    Eigen::Index worst = r->warmup;
    for (Eigen::Index t = r->warmup; t < test.stepError.size(); ++t)
        if (test.stepError(t) > test.stepError(worst))
            worst = t;
    if (worst >= test.stepError.size())
        return {};
    const FlagJudgement judged = r->judge(test, threshold);
    // Printed as the Signal tab, the caption and the status bar print them (ErrorNumber).
    const auto number = [](double v) { return ErrorNumber::text(v); };
    const double error = test.stepError(worst);
    // Steps as the walk and the Signal tab's time axis count them: step t (1-based) predicts x_{t+1}.
    // The verdict first, in short sentences: in presentation mode's narrow panel the paragraph is
    // read whole without scrolling (its long sentences took 17 lines at 1920×1080).
    QString text = QObject::tr("<p><b>Now</b> (training step %1): flagged test steps: %2.")
                       .arg(snapshot.stepsTaken)
                       .arg(judged.flags.size());
    if (judged.known)
        text += QObject::tr(" The anomaly at point %1: %2; flags after it (still disturbed): %3; false alarms: %4.")
                    .arg(test.injected->begin + 1)
                    .arg(judged.hits.empty() ? QObject::tr("missed") : QObject::tr("detected"))
                    .arg(judged.after.size())
                    .arg(judged.falseAlarms.size());
    text += QObject::tr(" Largest error²: %1 at step %2 (predicting x<sub>%3</sub>), %4 the threshold%5.")
                .arg(number(error))
                .arg(worst + 1)
                .arg(worst + 2)
                .arg(threshold > 0.0 ? QObject::tr("%1 ×").arg(number(error / threshold)) : QObject::tr("above"),
                     error > threshold ? QObject::tr(": flagged") : QObject::tr(": not flagged"));
    text += QObject::tr(" Threshold %1: training error² %2 + 3 × %3 (sd)")
                .arg(number(threshold), number(r->trainErrorMean), number(r->trainErrorSd));
    text += r->trainErrorSd > r->trainErrorMean ? QObject::tr("; sd > mean: ordinary steps pass it too.</p>")
                                                : QObject::tr(".</p>");
    return text;
}

QString memoryFacts(const TrainingSnapshot &snapshot, const LessonStep &step)
{
    if (!snapshot.setup || snapshot.trace.sequences.empty() || snapshot.trace.sequences.front().inputs.empty())
        return {};
    const SequenceTrace<float> &sequence = snapshot.trace.sequences.front();
    const Vocabulary &vocabulary = snapshot.setup->vocabulary;
    const int t = std::min(step.setup.cursor ? step.setup.cursor->t : sequence.length() - 1, sequence.length() - 1);
    const auto input = [&](int s) { return visibleCharacter(vocabulary.character(sequence.inputs[std::size_t(s)])); };
    try {
        // The Memory tab's numbers: the same analysis of the same weights (What if W_hh = 0? too).
        const MemoryPicture picture = MemoryPicture::of(snapshot, 0, t, {});
        if (picture.influence.empty())
            return {};
        const int target = sequence.targets[std::size_t(t)];
        QStringList looks;
        for (int s = t; s >= 0; --s)
            looks << QObject::tr("‘%1’ (step %2) %3")
                         .arg(input(s), QString::number(s + 1), number(picture.influence[std::size_t(s)], 3));
        QString text =
            QObject::tr("<p><b>This network now</b>: step %1 reads ‘%2’; next comes ‘%3’, and the network gives it "
                        "p = %4. How much each input moves that: %5.")
                .arg(t + 1)
                .arg(input(t), outputLabel(*snapshot.setup->task, target), number(sequence.probabilities(target, t), 3),
                     looks.join(ReaderNumber::listSeparator()));
        // The same input earlier: apart in the path when the network remembers what came before.
        int same = t - 1;
        while (same >= 0 && sequence.inputs[std::size_t(same)] != sequence.inputs[std::size_t(t)])
            --same;
        if (same >= 0 && picture.points.rows() > t) {
            const Eigen::Vector2d a = picture.points.row(same).transpose();
            const Eigen::Vector2d b = picture.points.row(t).transpose();
            const double apart = (a - b).norm();
            const double across = (picture.axes.high - picture.axes.low).norm();
            const bool distinct = across > 0 && apart > 0.05 * across;
            text += QStringLiteral(" ")
                + (distinct ? QObject::tr("Steps %1 and %2 both read ‘%3’, yet their states lie %4 apart in the path "
                                          "(%5 across): the network remembers what came before.")
                            : QObject::tr("Steps %1 and %2 both read ‘%3’, and their states lie almost on one point in "
                                          "the path (%4 apart, %5 across): here the network hardly tells them apart."))
                      .arg(same + 1)
                      .arg(t + 1)
                      .arg(input(t), number(apart, 3), number(across, 3));
        }
        return text + QStringLiteral("</p>");
    } catch (const std::invalid_argument &) {
        return {};
    }
}

QString LessonScore::text() const
{
    if (answered == 0)
        return QObject::tr("Score: no questions answered yet"); // "predictions" read as the network's
    return QObject::tr("Score: %1 of %2 right").arg(right).arg(answered);
}

} // namespace rnnlab
