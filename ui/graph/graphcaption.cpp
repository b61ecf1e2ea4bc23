// SPDX-License-Identifier: MIT
#include "ui/graph/graphcaption.h"

#include "ui/common/colormap.h"
#include "ui/common/errornumber.h"
#include "ui/common/readernumber.h"
#include "ui/graph/graphpainter.h"
#include "ui/matrices/matrixlabels.h"
#include "ui/teaching/equationview.h"
#include "ui/teaching/symboltext.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace rnnlab {

QString GraphCaption::text(const State &state)
{
    return words(state, false);
}

QString GraphCaption::compactText(const State &state)
{
    return words(state, true);
}

QString GraphCaption::words(const State &state, bool compact)
{
    const TrainingSnapshot &snapshot = *state.snapshot;
    const RunSetup &setup = *snapshot.setup;
    const SequenceTrace<float> *s = state.sequence;
    const Vocabulary &vocabulary = setup.vocabulary;
    const auto &texts = setup.session.data.texts;
    const auto text = static_cast<std::size_t>(std::clamp(state.textIndex, 0, int(texts.size()) - 1));
    const bool finite = std::isfinite(snapshot.trace.loss);
    const auto outputName = [&setup](int index) { return outputLabel(*setup.task, index); };
    const std::int64_t steps = snapshot.stepsTaken;
    if (s->inputs.empty()) {
        // A time series: no right or wrong, the error of the predicted next values.
        const QString when = steps == 0 ? tr("Untrained")
            : steps == 1                ? tr("1 training step")
                                        : tr("%1 training steps").arg(steps);
        const auto series = setup.session.data.series.size();
        QString caption = when + QStringLiteral(": ");
        // A test series (after the training series in the bar's list): its forward pass only.
        const bool test = snapshot.isTestSequence(state.textIndex);
        const int testNumber = state.textIndex - int(series) + 1;
        if (test && compact) {
            // In few words (at 1024 and 1280 the long ones were cut at "(no…"): the walk by hand and
            // the Signal tab say that this error is in no training loss, the bar's tooltip the rest.
            const double mse = s->squaredError.template cast<double>().mean();
            caption += finite
                ? tr("test series %1, never trained on · MSE %2").arg(testNumber).arg(ErrorNumber::text(mse))
                : tr("test series %1: the outputs are not numbers (NaN)").arg(testNumber);
            return snapshot.whatIfNoMemory ? tr("W_hh = 0 — ") + caption : caption;
        }
        if (test)
            caption += tr("test series %1 (never trained on), ").arg(testNumber);
        else if (series > 1)
            caption += tr("series %1 of %2, ").arg(std::clamp(state.textIndex, 0, int(series) - 1) + 1).arg(series);
        else if (!setup.session.data.testSeries.empty())
            // Beside a test series (the Signal tab opens on it): which one the graph draws, plainly —
            // a student looked here for the test series' spike.
            caption += tr("training series, ");
        if (!finite)
            return caption + tr("the outputs are not numbers (NaN): the run diverged");
        if (state.folded) {
            const auto t = Eigen::Index(std::clamp(state.shownTimeStep, 0, s->length() - 1));
            caption += tr("t = %1: x = %2 → y = %3 (next value %4)")
                           .arg(t + 1)
                           .arg(EquationView::number(s->inputValues(0, t), 3), EquationView::number(s->logits(0, t), 3),
                                EquationView::number(s->targetValues(0, t), 3));
            caption += QStringLiteral(" · ");
        } else if (!compact) {
            // Compact, the legend line under the caption says it (paint()).
            caption += tr("each y_t predicts the next value x_{t+1}") + QStringLiteral(" · ");
        }
        // The loss first: what is cut when even the compact words do not fit is the error's mean.
        const double mae = (s->logits - s->targetValues).cwiseAbs().template cast<double>().mean();
        if (test) // not the training loss: this series' own mean squared error
            caption +=
                tr("its MSE %1 (not in the training loss) · mean absolute error %2")
                    .arg(ErrorNumber::text(s->squaredError.template cast<double>().mean()), ErrorNumber::text(mae));
        else
            caption += tr("loss (MSE) %1 · mean absolute error %2")
                           .arg(ErrorNumber::text(snapshot.trace.loss), ErrorNumber::text(mae));
        if (snapshot.whatIfNoMemory)
            caption = (compact ? tr("W_hh = 0 — ") : tr("What if W_hh = 0? No memory — ")) + caption;
        return caption;
    }
    QString predicted;
    int correct = 0;
    int scored = 0;
    // Many-to-one: the prediction is the last step's, beside the label.
    const bool manyToOne = setup.task->shape() == SequenceShape::ManyToOne;
    for (int t = 0; t < s->length(); ++t) {
        const auto ut = static_cast<std::size_t>(t);
        if (!manyToOne)
            predicted += outputName(s->predictions[ut]);
        if (s->targets[ut] >= 0) {
            ++scored;
            correct += s->predictions[ut] == s->targets[ut] ? 1 : 0;
            if (manyToOne)
                predicted = outputName(s->predictions[ut]);
        }
    }
    // What is drawn is the network as it is now: the weights after the steps taken, and their
    // forward pass (the pass the next training step will start from).
    // Compact, the same words shorter ("200 training steps"): "Step 200" read as a time step.
    const QString when = compact ? (steps == 0       ? tr("Untrained")
                                        : steps == 1 ? tr("1 training step")
                                                     : tr("%1 training steps").arg(steps))
        : steps == 0             ? tr("Untrained (the seed's initial weights)")
        : steps == 1             ? tr("After 1 training step")
                                 : tr("After %1 training steps").arg(steps);
    QString caption;
    if (state.freeRun && !state.folded) {
        // Generating: x_1 given, then the picks. The training pass's loss is not this pass's.
        const GenerationTrace &run = *state.freeRun;
        std::u32string written;
        for (int t = 0; t < run.primeLength; ++t)
            written += vocabulary.character(s->inputs[static_cast<std::size_t>(t)]);
        for (int k : run.generated)
            written += vocabulary.character(k);
        const QString how = !snapshot.freeRunTemperature
            ? tr("greedy")
            : tr("sampled, temperature %1, seed %2")
                  .arg(QLocale().toString(*snapshot.freeRunTemperature, 'g', 3))
                  .arg(snapshot.freeRunSeed);
        caption = when + QStringLiteral(": ");
        if (texts.size() > 1)
            caption += tr("text %1 of %2, ").arg(text + 1).arg(texts.size());
        if (!finite)
            return caption + tr("the outputs are not numbers (NaN): the run diverged");
        caption += (compact ? tr("generating (%1): “%2”") : tr("generating (%1), each pick fed back: “%2”"))
                       .arg(how, visibleText(written));
        if (run.partsAt >= 0)
            caption += compact ? tr(" · parts from the text at t = %1").arg(run.partsAt + 1)
                               : tr(" · parts from the training text “%1” at t = %2 (✗)")
                                     .arg(visibleText(texts[text]))
                                     .arg(run.partsAt + 1);
        else
            caption += compact ? tr(" · as the text") : tr(" · as the training text all the way");
    } else if (state.folded) {
        const auto t = static_cast<std::size_t>(state.shownTimeStep);
        const bool right = s->predictions[t] == s->targets[t];
        caption = (compact ? tr("Folded. t = %1: ‘%2’ → %3 ‘%4’ %5")
                           : tr("Folded: one cell, used at every time step. t = %1: ‘%2’ → %3 ‘%4’ %5"))
                      .arg(state.shownTimeStep + 1) // the lecture's 1 … n
                      .arg(visibleCharacter(vocabulary.character(s->inputs[t])),
                           s->targets[t] < 0 ? tr("would say") : tr("predicts"), outputName(s->predictions[t]),
                           s->targets[t] < 0 ? tr("(not scored)")
                               : right       ? QStringLiteral("✓")
                                             : tr("✗ (should be ‘%1’)").arg(outputName(s->targets[t])));
    } else {
        caption = when + QStringLiteral(": ");
        if (texts.size() > 1)
            caption += tr("text %1 of %2, ").arg(text + 1).arg(texts.size());
        if (!finite)
            caption += tr("the outputs are not numbers (NaN): the run diverged");
        else if (manyToOne)
            caption += tr("“%1” → %2 %3 (label: %4)")
                           .arg(visibleText(texts[text]), predicted,
                                correct == scored ? QStringLiteral("✓") : QStringLiteral("✗"))
                           .arg(outputName(s->targets.back()));
        else
            caption +=
                tr("“%1” → “%2”, %3 of %4 right").arg(visibleText(texts[text]), predicted).arg(correct).arg(scored);
    }
    // Folded, the ✓ or ✗ is one step's: put that step's own loss beside it, then the mean.
    const auto shown = static_cast<std::size_t>(std::clamp(state.shownTimeStep, 0, s->length() - 1));
    if (state.freeRun) // a generating pass has no loss; the training pass's is not about it
        ;
    else if (finite && state.folded && s->targets[shown] >= 0)
        caption += tr(" · loss at t = %3: %1 (mean %2)") // the step's own, then the training loss
                       .arg(ReaderNumber::fixed(s->stepLoss(Eigen::Index(shown)), 4))
                       .arg(ReaderNumber::fixed(snapshot.trace.loss, 4))
                       .arg(state.shownTimeStep + 1);
    else if (finite)
        caption += tr(" · loss %1").arg(ReaderNumber::fixed(snapshot.trace.loss, 4));
    if (state.outputsHidden)
        caption = when + tr(": the outputs are hidden — predict first, then reveal (Lesson)");
    if (!state.folded && state.shape && *state.shape != TaskShape::ManyToMany)
        caption = tr("Drawn as %1 — ").arg(QString::fromLatin1(shapeName(*state.shape))) + caption;
    // Edit ▸ What if W_hh = 0?: said first, where the class reads (the arrows are struck out).
    if (snapshot.whatIfNoMemory)
        caption = (compact ? tr("W_hh = 0 — ") : tr("What if W_hh = 0? No memory — ")) + caption;
    return caption;
}

double GraphCaption::gateLegendWidth(const State &state, const QFont &font)
{
    if (!state.snapshot || !state.snapshot->setup)
        return 0.0;
    const CellKind cell = state.snapshot->setup->session.model.cell;
    const int gates = cell == CellKind::Lstm || cell == CellKind::Gru ? gateCount(cell) : 0;
    if (gates == 0)
        return 0.0;
    const QFontMetricsF metrics(font);
    const double swatch = std::round(metrics.height() * 0.7);
    return metrics.horizontalAdvance(tr("gates")) + 6
        + gates * (swatch + 3 + metrics.horizontalAdvance(QStringLiteral("o")) + 8);
}

std::vector<QString> GraphCaption::lines(const State &state, const QFont &font, double width)
{
    if (!state.snapshot || !state.snapshot->setup)
        return {tr("Starting…")};
    QFont bold = font;
    bold.setBold(true);
    const double legend = gateLegendWidth(state, font);
    // The first line shares its room with the gate legend; a second has the whole width.
    const double room = width - legend - (legend > 0 ? 12 : 0);
    const QString full = text(state);
    if (SymbolText::width(full, bold) <= room)
        return {full};
    const QString compact = compactText(state);
    if (SymbolText::width(compact, bold) <= room)
        return {compact};
    // Wrapped at a space (a number is never split), the first line no wider than its room.
    std::vector<QString> wrapped = SymbolText::wrap(compact, bold, room);
    if (wrapped.size() <= 1)
        return {QFontMetricsF(bold).elidedText(compact, Qt::ElideRight, room)};
    QString head = wrapped.front();
    QString rest = compact.mid(head.size()).trimmed();
    if (head.endsWith(QStringLiteral(" ·"))) // the line break separates them
        head.chop(2);
    if (SymbolText::width(rest, bold) > width) // past two lines: the end cut with "…"
        rest = QFontMetricsF(bold).elidedText(rest, Qt::ElideRight, width);
    return {head, rest};
}

void GraphCaption::paint(QPainter &painter, const QRectF &rect, const QFont &font, const QPalette &palette,
                         const State &state, double wrapWidth)
{
    const QFontMetricsF metrics(font);
    painter.setPen(palette.color(QPalette::Text));
    if (!state.snapshot || !state.snapshot->setup) {
        painter.drawText(rect, Qt::AlignVCenter | Qt::AlignLeft, tr("Starting…"));
        return;
    }
    const ModelConfig &model = state.snapshot->setup->session.model;
    QFont bold = font;
    bold.setBold(true);
    painter.setFont(bold);
    const bool values = state.snapshot->setup->task->outputKind() == OutputKind::Value;
    const std::vector<QString> caption = lines(state, font, wrapWidth < 0 ? rect.width() : wrapWidth);
    const double lineHeight = QFontMetricsF(bold).height();
    const double extra = double(caption.size() - 1) * lineHeight; // a wrapped caption's second line
    QRectF first = rect;
    if (state.folded || values) // a line under it: the equations, or a time series' legend
        first.setHeight(std::ceil(metrics.height() * 1.6) + extra);
    // LSTM / GRU: the gate bars' legend at the right end of the caption line, "gates ■i ■f ■g ■o".
    const int gates = model.cell == CellKind::Lstm || model.cell == CellKind::Gru ? gateCount(model.cell) : 0;
    const double legendWidth = gateLegendWidth(state, font);
    if (gates > 0) {
        const double swatch = std::round(metrics.height() * 0.7);
        const QString title = tr("gates");
        double x = first.right() - legendWidth;
        const double top = first.top() + (first.height() - double(caption.size()) * lineHeight) / 2;
        const double cy = caption.size() > 1 ? top + lineHeight / 2
                                             : first.top() + std::min(first.height(), metrics.height() * 1.8) / 2;
        painter.setFont(font);
        painter.setPen(palette.color(QPalette::PlaceholderText));
        painter.drawText(QRectF(x, cy - metrics.height() / 2, legendWidth, metrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, title);
        x += metrics.horizontalAdvance(title) + 6;
        for (int g = 0; g < gates; ++g) {
            painter.fillRect(QRectF(x, cy - swatch / 2, swatch, swatch), gateColor(model.cell, g));
            x += swatch + 3;
            painter.setPen(palette.color(QPalette::Text));
            painter.drawText(QRectF(x, cy - metrics.height() / 2, metrics.height(), metrics.height()),
                             Qt::AlignLeft | Qt::AlignVCenter, gateLetter(model.cell, g));
            x += metrics.horizontalAdvance(gateLetter(model.cell, g)) + 8;
        }
        painter.setFont(bold);
        painter.setPen(palette.color(QPalette::Text));
    }
    // In fewer words when the whole sentence does not fit, on two lines when even those do not
    // (lines()): the first beside the gate legend, the second the whole width.
    if (caption.size() == 1) {
        SymbolText::draw(painter, first.adjusted(0, 0, -legendWidth - (gates > 0 ? 12 : 0), 0),
                         Qt::AlignVCenter | Qt::AlignLeft, caption.front());
    } else {
        double y = first.top() + (first.height() - double(caption.size()) * lineHeight) / 2;
        for (std::size_t i = 0; i < caption.size(); ++i) {
            const double right = i == 0 ? legendWidth + (gates > 0 ? 12 : 0) : 0.0;
            SymbolText::draw(painter, QRectF(first.left(), y, first.width() - right, lineHeight),
                             Qt::AlignVCenter | Qt::AlignLeft, caption[i]);
            y += lineHeight;
        }
    }
    painter.setFont(font);
    if (values && !state.folded)
        paintValueLegend(painter, QRectF(rect.left(), first.bottom() - 2, rect.width(), metrics.height()), font,
                         palette, state.flagged);
    if (state.folded) {
        // The slide's equations, for this cell.
        const QString activation = model.cell == CellKind::RnnRelu ? QStringLiteral("ReLU") : QStringLiteral("tanh");
        QString equation = QStringLiteral("h_t = %1(W_hh h_{t−1} + W_xh x_t + b)").arg(activation);
        if (model.cell == CellKind::Lstm)
            equation = QStringLiteral("i, f, o = σ(…), g = tanh(…),  c_t = f ⊙ c_{t−1} + i ⊙ g,  h_t = o ⊙ tanh(c_t)");
        else if (model.cell == CellKind::Gru)
            equation = QStringLiteral(
                "r, z = σ(…),  n = tanh(W_in x_t + b_in + r ⊙ (W_hn h_{t−1} + b_hn)),  h_t = (1 − z) ⊙ n + z ⊙ h_{t−1}");
        // The bars are the probabilities p_t, not y_t (the logits) nor h_t.
        equation += model.outputLayer ? QStringLiteral(",   y_t = W_hy h_t + b_y") : QStringLiteral(",   y_t = h_t");
        if (state.snapshot->setup->task->outputKind() != OutputKind::Value) // a time series' y_t is the value
            equation += QStringLiteral(",   p_t = softmax(y_t)");
        QFont italic = font;
        italic.setItalic(true);
        painter.setFont(italic);
        painter.setPen(palette.color(QPalette::PlaceholderText));
        SymbolText::draw(painter,
                         QRectF(rect.left(), first.bottom() - 2, rect.width(),
                                rect.height() - first.height() + metrics.height() * 0.4),
                         Qt::AlignTop | Qt::AlignLeft, equation);
        painter.setFont(font);
    }
}

void GraphCaption::paintValueLegend(QPainter &painter, const QRectF &line, const QFont &font, const QPalette &palette,
                                    bool flagged)
{
    // A time series' y_t row: which mark is the prediction and which the target, drawn as the
    // graph draws them (GraphPainter::paintValueNode) — a filled bar, and a dotted outline, which
    // is also the frame of the true next value's box in the top row.
    const QFontMetricsF metrics(font);
    const double swatchWidth = std::round(metrics.height() * 1.4);
    const double swatchHeight = std::round(metrics.height() * 0.6);
    const double cy = line.center().y();
    double x = line.left();
    QStringList texts{tr("y_t: the network's prediction of the next value"),
                      tr("x_{t+1}: the true next value, its target")};
    if (flagged) // the Signal tab's legend entry, the same words
        texts << tr("flagged: error² > threshold");
    painter.setFont(font);
    for (int i = 0; i < texts.size(); ++i) {
        // An entry whole or not at all: a cut legend would say less than none (the tooltips say it
        // too) — and a mark without its words says nothing.
        const double width = SymbolText::width(texts[i], font);
        if (x + swatchWidth + 5 + width > line.right())
            break;
        const QRectF swatch(x, cy - swatchHeight / 2, swatchWidth, swatchHeight);
        if (i == 2) {
            GraphPainter::paintFlagBadge(painter, QPointF(x + swatchWidth / 2, cy), font, palette);
        } else if (i == 0) {
            QColor c = palette.color(QPalette::Highlight);
            c.setAlphaF(0.9);
            painter.fillRect(swatch, c);
        } else {
            painter.setPen(QPen(palette.color(QPalette::Text), 1.5, Qt::DotLine));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(swatch);
        }
        x += swatchWidth + 5;
        painter.setPen(palette.color(QPalette::Text));
        const QRectF box(x, line.top(), width + 2, line.height());
        SymbolText::draw(painter, box, Qt::AlignLeft | Qt::AlignVCenter, texts[i]);
        x += width + metrics.averageCharWidth() * 3;
    }
}

} // namespace rnnlab
