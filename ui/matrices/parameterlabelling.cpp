// SPDX-License-Identifier: MIT
#include "ui/matrices/parameterlabelling.h"

#include "app/worker/snapshot.h"
#include "engine/tasks/translatetask.h"
#include "ui/common/colormap.h"
#include "ui/matrices/matrixlabels.h"

#include <QCoreApplication>

#include <algorithm>

namespace rnnlab {

namespace {

// "b_ih⁽²⁾" from matrixName(Bias, …) = "b⁽²⁾": the layer superscript stays where slides put it.
QString biasName(const QString &suffix, int layer, int layers)
{
    return QStringLiteral("b") + suffix + matrixName(MatrixRole::Bias, layer, layers).mid(1);
}

//! Each label put into \a pattern's %1 ("output '%1'"), and \a second into its %2 where given.
QStringList describe(const QStringList &labels, const QString &pattern, const QString &second = QString())
{
    QStringList out;
    out.reserve(labels.size());
    for (const QString &label : labels)
        out.append(second.isNull() ? pattern.arg(label) : pattern.arg(label, second));
    return out;
}

//! "h3 of layer 2": a unit named with its layer in a stack of several.
QString ofLayerPattern()
{
    //: A hidden unit of a stack of layers: %1 the unit (h3), %2 the layer's number.
    return QCoreApplication::translate("rnnlab::ParameterLabelling", "%1 of layer %2");
}

} // namespace

std::vector<ParameterLabelling> ParameterLabelling::of(const RunSetup &setup)
{
    const ParameterLayout &layout = *setup.layout;
    const int layers = layout.model().numLayers;
    const int hidden = layout.model().hiddenSize;
    const bool outputLayer = layout.fcWeight() >= 0;
    // A time series' inputs and outputs are its features ("x", or "x1" … "xD"), not characters.
    // A translation (two stacks): the encoder reads the source characters, the decoder and the
    // output layer the target tokens (<sos>, <eos>, the characters).
    const auto *translate = dynamic_cast<const TranslateTask *>(setup.task.get());
    const QStringList characters = setup.task->outputKind() == OutputKind::Value || translate
        ? outputLabels(*setup.task)
        : characterLabels(setup.vocabulary);
    const QStringList sourceCharacters = translate ? characterLabels(translate->sourceVocabulary()) : characters;
    const QStringList units = hiddenLabels(hidden);
    const QStringList outputs =
        describe(characters, QCoreApplication::translate("rnnlab::ParameterLabelling", "output '%1'"));

    // With several layers a unit is named with its layer: "h3 of layer 2".
    const auto unitsOf = [&](int l) {
        QStringList described = layers > 1 ? describe(units, ofLayerPattern(), QString::number(l + 1)) : units;
        if (l == layers - 1 && !outputLayer) {
            // The lecture's setup: the top layer's h_t is the vector of output scores.
            for (int i = 0; i < described.size() && i < characters.size(); ++i)
                //: A hidden unit that is an output score too (no W_hy): %1 the unit (h3), %2 the character.
                described[i] = QCoreApplication::translate("rnnlab::ParameterLabelling", "%1 (score of '%2')")
                                   .arg(described[i], characters.at(i));
        }
        return described;
    };

    std::vector<ParameterLabelling> out;
    const auto set = [&](const QString &title, const QStringList &rows, const QStringList &columns,
                         const QStringList &rowDescriptions, const QStringList &columnDescriptions) {
        // Hidden units h1…hH may be thinned to every n-th label when H is large; characters never
        // (a student must be able to tell which column is 'e').
        out.push_back(
            {title, rows, columns, rowDescriptions, columnDescriptions,
             rows == units || (rows.size() > units.size() && rows == gateRowLabels(layout.model().cell, hidden)),
             columns == units});
    };
    // An LSTM's or GRU's W_ih, W_hh and biases have one block of rows per gate: "i3" is unit 3's
    // input gate ("input gate i of h3 of layer 2").
    const CellKind cell = layout.model().cell;
    const QStringList gateRows = gateRowLabels(cell, hidden);
    const auto gateRowsOf = [&](int l) {
        if (gateRows.size() == hidden)
            return unitsOf(l);
        QStringList described;
        const QStringList here = layers > 1 ? describe(units, ofLayerPattern(), QString::number(l + 1)) : units;
        const int gates = int(gateRows.size() / std::max(1, hidden));
        for (int g = 0; g < gates; ++g) {
            for (int i = 0; i < hidden; ++i)
                //: A gate's row: %1 the gate ("input gate i"), %2 its unit ("h3" or "h3 of layer 2").
                described << QCoreApplication::translate("rnnlab::ParameterLabelling", "%1 of %2")
                                 .arg(gateTitle(cell, g), here.at(i));
        }
        return described;
    };
    // Every stack in the model's order (an encoder–decoder's two: the panel heads each), its layers
    // in order.
    for (std::size_t s = 0; s < layout.stacks().size(); ++s) {
        const QStringList &stackInputs = s == 0 ? sourceCharacters : characters;
        const QStringList stackInputDescriptions =
            describe(stackInputs, QCoreApplication::translate("rnnlab::ParameterLabelling", "input '%1'"));
        for (int l = 0; l < layers; ++l) {
            const QStringList here = gateRowsOf(l);
            const QStringList below = l == 0 ? stackInputDescriptions : unitsOf(l - 1);
            // An LSTM's or GRU's input weights stack one block per gate: W_ih, as its equations and torch name them.
            const QString input = matrixName(MatrixRole::InputToHidden, l, layers);
            set(gateRows.size() == hidden ? input : QStringLiteral("W_ih") + input.mid(4), gateRows,
                l == 0 ? stackInputs : units, here, below);
            set(biasName(QStringLiteral("_ih"), l, layers), {}, {}, here, {});
            set(matrixName(MatrixRole::HiddenToHidden, l, layers), gateRows, units, here, unitsOf(l));
            set(biasName(QStringLiteral("_hh"), l, layers), {}, {}, here, {});
        }
    }
    if (outputLayer) {
        const QStringList top = unitsOf(layers - 1);
        // A classifier's W_hy has one row per class.
        // The row labels share the panel's narrow gutter with one-character labels: a class name
        // longer than 4 characters shows its first 3 ("pos…"); the tooltip names it in full.
        const QStringList classes = outputLabels(*setup.task);
        const bool named = setup.task->outputKind() == OutputKind::Class;
        QStringList rows = characters;
        if (named) {
            rows.clear();
            for (const QString &name : classes)
                rows << (name.size() <= 4 ? name : name.left(3) + QStringLiteral("…"));
        }
        const QStringList rowDescriptions = named
            ? describe(classes, QCoreApplication::translate("rnnlab::ParameterLabelling", "class '%1'"))
            : outputs;
        set(matrixName(MatrixRole::HiddenToOutput), rows, units, rowDescriptions, top);
        set(QStringLiteral("b_y"), {}, {}, rowDescriptions, {});
    }
    return out;
}

} // namespace rnnlab
