// SPDX-License-Identifier: MIT
#include "ui/graph/translationlayout.h"

#include <algorithm>
#include <cmath>

namespace rnnlab {

namespace {

int rowsOf(int cells, int columns)
{
    return (cells + columns - 1) / std::max(1, columns);
}

} // namespace

QRectF TranslationNode::cellRect(int i) const
{
    const int rows = rowsOf(cells, gridColumns);
    const double w = rect.width() / gridColumns;
    const double h = rect.height() / std::max(1, rows);
    return QRectF(rect.left() + (i % gridColumns) * w, rect.top() + (i / gridColumns) * h, w, h);
}

TranslationLayout TranslationLayout::of(const TranslationGeometry &g)
{
    TranslationLayout out;
    const int n = std::max(1, g.sourceLength);
    const int D = std::max(1, g.decoderSteps);
    const int L = std::max(1, g.layers);
    const double line = g.lineHeight;
    const double margin = 6;
    double boxPad = 6;
    const double minCell = g.numberWidth + 4; // a cell that prints "−0.00"
    const double minColumn = std::max(minCell, g.labelWidth + 2); // and every label whole
    const int columns = n + 1 + D;

    // Text lines: the captions of the boxes, the decoder's predictions (the argmax, then ✓ — or ✗,
    // then the target), the tokens, the steps.
    const double captionH = line * (std::max(1, g.captionLines) + 0.3);
    const double predictionH = line * (std::max(2, g.predictionLines) + 0.2);
    const double tokenH = line * 1.25;
    const double stepH = line * 1.1;
    const double gapV = std::max(12.0, line * 0.9); // between bands: the arrows up the column
    const int oneHotCells = std::max(g.sourceVocabulary, g.targetTokens);

    // The gaps between columns hold the arrows along the rows: as wide as the view gives, no
    // narrower than 5 px, so that the columns keep the width of their labels.
    const auto widthOf = [&](double colW, double colGap, double boxGap) {
        const double context = std::max(colW, g.contextCaptionWidth);
        return 2 * margin + 6 * boxPad + (columns - 3) * colGap + 2 * boxGap + (columns - 1) * colW + context;
    };
    double colGap = std::max(10.0, line * 0.8);
    double boxGap = std::max(18.0, line * 1.4);
    if (widthOf(minColumn, colGap, boxGap) > g.viewport.width()) {
        colGap = 5;
        boxGap = 12;
        boxPad = 4;
    }
    const double gaps = widthOf(0, colGap, boxGap) - std::max(0.0, g.contextCaptionWidth); // all but the columns
    double colW = std::max(minColumn, (g.viewport.width() - gaps) / columns);
    if (colW < g.contextCaptionWidth) // the context's caption is the wider: the context column takes it
        colW = std::max(minColumn, (g.viewport.width() - gaps - g.contextCaptionWidth) / (columns - 1));
    const double fixed = 2 * margin + captionH + predictionH + tokenH + stepH + (L + 2) * gapV + 2 * boxPad;
    const int k = std::max(1, int(colW / minCell));
    const double wanted = line * 0.95;
    // One-hot cells print no number (0 or 1: the token under them says which): thin, and as many
    // side by side as are 7 px wide.
    const int oneHotK = std::max(k, int(colW / 7));
    const double oneHotH = std::clamp(wanted * 0.35, 2.0, 6.0);
    const double room = std::max(10.0, g.viewport.height() - fixed - rowsOf(oneHotCells, oneHotK) * oneHotH);
    const double hiddenRows = L * rowsOf(g.hiddenSize, k);
    // Every number where the height allows. Else the hidden states' numbers first (what the graph
    // is for; the argmax is printed over the probabilities), the probabilities as colours in a grid
    // of cells 10 px wide with the height left; else colours only (the tooltips give the values).
    int outputK = k;
    double cellH = wanted;
    double outputH = wanted;
    if ((hiddenRows + rowsOf(g.targetTokens, k)) * wanted > room) {
        outputK = std::max(k, int(colW / 10));
        const double outputRows = rowsOf(g.targetTokens, outputK);
        if (hiddenRows * wanted + outputRows * 6 <= room) {
            outputH = std::clamp((room - hiddenRows * wanted) / outputRows, 6.0, wanted);
        } else {
            cellH = outputH = std::clamp(room / (hiddenRows + outputRows), 3.0, wanted);
        }
    }
    out.cellWidth = colW / k;
    out.cellHeight = cellH;
    out.outputCellHeight = outputH;
    const double readable = line * 0.8 - 0.01;
    out.numbersFit = cellH >= readable && out.cellWidth >= g.numberWidth;
    out.outputNumbersFit = outputH >= readable && colW / outputK >= g.numberWidth;

    // Vertical bands, top to bottom.
    double y = margin + boxPad;
    const double captionY = y;
    y += captionH;
    const double predictionY = y;
    y += predictionH;
    const double outputY = y;
    const double outputBandH = rowsOf(g.targetTokens, outputK) * outputH;
    y += outputBandH + gapV;
    std::vector<double> hiddenY(std::size_t(L), 0.0);
    const double hiddenH = rowsOf(g.hiddenSize, k) * cellH;
    for (int l = L - 1; l >= 0; --l) {
        hiddenY[std::size_t(l)] = y;
        y += hiddenH + gapV;
    }
    const double oneHotY = y;
    const auto oneHotHeight = [&](int cells) { return rowsOf(cells, oneHotK) * oneHotH; };
    y += oneHotHeight(oneHotCells) + gapV * 0.5;
    const double tokenY = y;
    y += tokenH;
    const double stepY = y;
    y += stepH;
    const double bottom = y + boxPad;

    // Columns, left to right.
    double x = margin + boxPad;
    const auto addColumn = [&](bool decoder, int t, double left) {
        const int inputs = decoder ? g.targetTokens : g.sourceVocabulary;
        out.nodes.push_back({TranslationNodeKind::StepLabel, decoder, t, 0, QRectF(left, stepY, colW, stepH), 0, 1});
        out.nodes.push_back({TranslationNodeKind::Token, decoder, t, 0, QRectF(left, tokenY, colW, tokenH), 0, 1});
        const QRectF oneHot(left, oneHotY, colW, oneHotHeight(inputs));
        out.nodes.push_back({TranslationNodeKind::OneHot, decoder, t, 0, oneHot, inputs, oneHotK});
        QPointF below(oneHot.center().x(), oneHot.top());
        for (int l = 0; l < L; ++l) {
            const QRectF h(left, hiddenY[std::size_t(l)], colW, hiddenH);
            out.nodes.push_back({TranslationNodeKind::Hidden, decoder, t, l, h, g.hiddenSize, k});
            out.edges.push_back({TranslationEdgeKind::Forward, -1, below, QPointF(h.center().x(), h.bottom())});
            below = QPointF(h.center().x(), h.top());
        }
        if (decoder) {
            const QRectF output(left, outputY, colW, outputBandH);
            out.nodes.push_back({TranslationNodeKind::Output, true, t, 0, output, g.targetTokens, outputK});
            out.edges.push_back(
                {TranslationEdgeKind::Forward, -1, below, QPointF(output.center().x(), output.bottom())});
            out.nodes.push_back(
                {TranslationNodeKind::Prediction, true, t, 0, QRectF(left, predictionY, colW, predictionH), 0, 1});
        }
    };
    const double encoderLeft = x - boxPad;
    for (int t = 0; t < n; ++t) {
        addColumn(false, t, x);
        x += colW + (t + 1 < n ? colGap : 0);
    }
    out.encoderBox = QRectF(encoderLeft, captionY - boxPad, x + boxPad - encoderLeft, bottom - (captionY - boxPad));
    x += boxPad + boxGap + boxPad;
    const double contextW = std::max(colW, g.contextCaptionWidth);
    const double contextLeft = x + (contextW - colW) / 2;
    for (int l = 0; l < L; ++l)
        out.nodes.push_back({TranslationNodeKind::Context, false, 0, l,
                             QRectF(contextLeft, hiddenY[std::size_t(l)], colW, hiddenH), g.hiddenSize, k});
    out.contextBox = QRectF(x - boxPad, captionY - boxPad, contextW + 2 * boxPad, bottom - (captionY - boxPad));
    x += contextW + boxPad + boxGap + boxPad;
    const double decoderLeft = x - boxPad;
    for (int t = 0; t < D; ++t) {
        addColumn(true, t, x);
        x += colW + (t + 1 < D ? colGap : 0);
    }
    out.decoderBox = QRectF(decoderLeft, captionY - boxPad, x + boxPad - decoderLeft, bottom - (captionY - boxPad));
    const auto captionOf = [&](const QRectF &box) {
        return QRectF(box.left() + 4, captionY - boxPad + 3, box.width() - 8, captionH);
    };
    out.encoderCaption = captionOf(out.encoderBox);
    out.decoderCaption = captionOf(out.decoderBox);
    out.contextCaption =
        QRectF(out.contextBox.left() + 2, captionY - boxPad + 3, out.contextBox.width() - 4, line * 1.3);

    // Along the rows, and across the context.
    for (int l = 0; l < L; ++l) {
        for (bool decoder : {false, true}) {
            const int steps = decoder ? D : n;
            for (int t = 0; t + 1 < steps; ++t) {
                const QRectF a = out.find(TranslationNodeKind::Hidden, decoder, t, l)->rect;
                const QRectF b = out.find(TranslationNodeKind::Hidden, decoder, t + 1, l)->rect;
                out.edges.push_back({TranslationEdgeKind::Recurrent, l, QPointF(a.right(), a.center().y()),
                                     QPointF(b.left(), b.center().y())});
            }
        }
        const QRectF last = out.find(TranslationNodeKind::Hidden, false, n - 1, l)->rect;
        const QRectF context = out.find(TranslationNodeKind::Context, false, 0, l)->rect;
        const QRectF first = out.find(TranslationNodeKind::Hidden, true, 0, l)->rect;
        out.edges.push_back({TranslationEdgeKind::Context, l, QPointF(last.right(), last.center().y()),
                             QPointF(context.left(), context.center().y())});
        out.edges.push_back({TranslationEdgeKind::Context, l, QPointF(context.right(), context.center().y()),
                             QPointF(first.left(), first.center().y())});
    }
    // Teacher forcing: step t's target (printed with its prediction, at the top) is step t + 1's
    // input token (at the bottom): down the gap between the two columns. Greedy: step t's output
    // (its argmax, at the top) is step t + 1's input, by the same way.
    for (int t = 0; t + 1 < D; ++t) {
        const QRectF prediction = out.find(TranslationNodeKind::Prediction, true, t)->rect;
        const QRectF token = out.find(TranslationNodeKind::Token, true, t + 1)->rect;
        out.edges.push_back({g.greedy ? TranslationEdgeKind::Feedback : TranslationEdgeKind::TeacherForcing, -1,
                             QPointF(prediction.right(), prediction.top() + line * 0.6),
                             QPointF(token.left(), token.center().y())});
    }
    out.size = QSizeF(out.decoderBox.right() + margin, bottom + margin);
    return out;
}

const TranslationNode *TranslationLayout::find(TranslationNodeKind kind, bool decoder, int t, int layer) const
{
    for (const TranslationNode &node : nodes) {
        if (node.kind == kind && node.decoder == decoder && node.t == t && node.layer == layer)
            return &node;
    }
    return nullptr;
}

int TranslationLayout::count(TranslationNodeKind kind, bool decoder) const
{
    return int(std::count_if(nodes.begin(), nodes.end(), [&](const TranslationNode &node) {
        return node.kind == kind && node.decoder == decoder;
    }));
}

} // namespace rnnlab
