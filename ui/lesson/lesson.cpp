// SPDX-License-Identifier: MIT
#include "ui/lesson/lesson.h"

#include "app/session/sessionfile.h"
#include "ui/matrices/matrixlabels.h"

#include <QObject>

#include <cmath>

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
    return QString::number(value, 'f', decimals);
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
                                           "    optimizer.zero_grad()</pre>");

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
            "<p>The three matrices <b>W<sub>xh</sub></b> (input → hidden), <b>W<sub>hh</sub></b> (hidden → hidden) and "
            "<b>W<sub>hy</sub></b> (hidden → output) are the <b>same at every time step</b>: each arrow of one colour is "
            "the same matrix. The Matrices panel shows them.</p><p>In the lecture's example there is no separate "
            "W<sub>hy</sub>: the hidden state itself (4 numbers for 4 characters) is the output.</p>"),
        s);

    s.matrices = false;
    s.cursor = cursorAt(0, Phase::Activation);
    add(QObject::tr("The computation, by hand"),
        QObject::tr(
            "<p>h<sub>t</sub> = tanh(W<sub>hh</sub> h<sub>t−1</sub> + W<sub>xh</sub> x<sub>t</sub> + b), y<sub>t</sub> = "
            "W<sub>hy</sub> h<sub>t</sub> + b<sub>y</sub> (or y<sub>t</sub> = h<sub>t</sub> without an output layer), "
            "p<sub>t</sub> = softmax(y<sub>t</sub>), for t = 1 … n with h<sub>0</sub> = 0; b = b<sub>ih</sub> "
            "+ b<sub>hh</sub> (PyTorch keeps two biases).</p><p>Below, the equation with the real numbers of "
            "this network for t = 1. "
            "Press <b>→</b> for the next time step, <b>Shift+→</b> for the next part of the computation.</p>"),
        s);

    s.cursor = cursorAt(1, Phase::Sum); // the scores, not yet the probabilities: predict from them
    add(QObject::tr("Predict: the next character"),
        QObject::tr(
            "<p>The network is untrained: its weights are the random ones of seed 0. At t = 2 it reads ‘e’.</p>"),
        s, LessonPrompt{PromptKind::NextCharacter, 1});

    s.cursor.reset();
    add(QObject::tr("The PyTorch code"),
        QObject::tr("<p>The lecture's code. rnnlab computes exactly what it computes: the same initial weights from "
                    "the seed, the same float32 arithmetic, the same Adam.</p>")
            + pytorchCode,
        s);

    s.train = 10;
    s.tab = QStringLiteral("predictions");
    add(QObject::tr("Training hello"),
        QObject::tr("<p>Ten steps of Adam, as in the lecture's loop. Each row is one step: its loss and what the "
                    "network predicted; the wrong characters are underlined.</p><p>After ten steps it says "
                    "<b>ello</b>. Press <b>Space</b> to train on, <b>Ctrl+→</b> for one step.</p>"),
        s);

    s.tab = QStringLiteral("loss");
    add(QObject::tr("Predict: the loss after the next update"),
        QObject::tr("<p>The loss is the mean of −log p(target) over the four time steps. The optimizer is about to "
                    "take one more step against the gradient.</p>"),
        s, LessonPrompt{PromptKind::LossDirection, 0});

    s.train = 0;
    s.tab = QStringLiteral("step");
    s.matrices = true;
    s.cursor = cursorAt(0, Phase::BackwardHidden); // dL/dh_t, all the way back
    add(QObject::tr("Predict: the biggest gradient"),
        QObject::tr(
            "<p>Back through time (BPTT) the loss sends a gradient to every weight. W<sub>hh</sub> is used at every "
            "time step, so its gradient adds up the contributions of all of them.</p>"),
        s, LessonPrompt{PromptKind::LargestGradient, 0});

    s.matrices = false;
    s.cursor.reset();
    s.train = 100;
    s.tab = QStringLiteral("generate");
    s.shape = TaskShape::OneToMany;
    s.shapeChooser = true;
    add(QObject::tr("The shapes of RNN tasks"),
        QObject::tr("<p>An RNN is flexible: it can read one input or many, and answer once or at every step.</p><ul>"
                    "<li><b>one-to-one</b>: no sequence at all (a plain network);</li>"
                    "<li><b>one-to-many</b>: one input, then a sequence out — image captioning, or <i>generating</i> "
                    "text: each output is fed back as the next input (the Generate tab);</li>"
                    "<li><b>many-to-one</b>: read a sequence, answer once — sentiment of a sentence;</li>"
                    "<li><b>many-to-many</b>: an output per input — our hello, translation.</li></ul>"
                    "<p>Choose a shape below: the graph keeps only the inputs and outputs it uses.</p>"),
        s);

    s.example = LessonExample::Sentiment;
    s.train = 60;
    s.tab = QStringLiteral("predictions");
    s.shape.reset();
    s.shapeChooser = false;
    add(QObject::tr("Many-to-one: the sentiment of a sentence"),
        QObject::tr("<p>Sixteen short reviews, each labelled <i>positive</i> or <i>negative</i>. The network reads the "
                    "whole review and only its <b>last</b> output counts: the loss is on the last time step alone.</p>"
                    "<p>In the Model panel such data is one line per text: <i>text</i>, a Tab, <i>label</i>.</p>"),
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
            "<p>A vanilla RNN forgets: its gradient fades going back through time. The LSTM adds a cell state "
            "c<sub>t</sub> (the lane above each row) and three gates: <b>i</b>nput, <b>f</b>orget, <b>o</b>utput, "
            "values between 0 and 1 (the bars), that decide what is written, kept and read.</p>"),
        s);

    s.example = LessonExample::HelloGru;
    add(QObject::tr("GRU"),
        QObject::tr("<p>The GRU does the same with two gates, <b>r</b>eset and <b>z</b> (update), and no separate cell "
                    "state: h<sub>t</sub> = (1 − z) ⊙ n + z ⊙ h<sub>t−1</sub>.</p><p>That is the lecture. Change "
                    "anything in the Model panel and see what happens.</p>"),
        s);
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
            "Button <i>i,j</i>: row h<sub>i</sub> (the unit it feeds), column h<sub>j</sub> (the unit of "
            "h<sub>t−1</sub> it reads).");
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
                .arg(probabilities.join(QStringLiteral(", ")), visibleCharacter(vocabulary.character(answer.correct)))
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
        answer.explanation = now <= was
            ? QObject::tr("The loss went from %1 to %2: down by %3. The update moved every weight a little "
                          "against its gradient, the direction in which the loss falls.")
                  .arg(number(was), number(now), number(was - now))
            : QObject::tr("The loss went from %1 to %2: <b>up</b> by %3. The gradient only says which way is "
                          "down <i>here</i>; a step of this size went past the valley (the learning rate is "
                          "large). Adam's momentum brings it back over the next steps.")
                  .arg(number(was), number(now), number(now - was));
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
                "dL/dW<sub>hh</sub> is largest at row h%1, column h%2: %3 (the Matrices panel shows all of them, in its "
                "Gradients mode). It adds up, over the time steps, how much the loss wants h%1 to change times how "
                "large h%2 was one step earlier. Adam then moves every weight by about the learning rate in its "
                "first steps, whatever the gradient's size: the sign is what counts there.")
                .arg(row + 1)
                .arg(col + 1)
                .arg(QString::number(g(row, col), 'g', 4));
        break;
    }
    }
    return answer;
}

QString LessonScore::text() const
{
    if (answered == 0)
        return QObject::tr("Score: no predictions yet");
    return QObject::tr("Score: %1 of %2 right").arg(right).arg(answered);
}

} // namespace rnnlab
