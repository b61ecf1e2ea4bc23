// SPDX-License-Identifier: MIT
#include "ui/graph/graphthumbnail.h"

#include "app/worker/snapshot.h"
#include "ui/common/colormap.h"
#include "ui/common/colorscales.h"
#include "ui/common/contrast.h"
#include "ui/common/layoutrecorder.h"
#include "ui/common/matrixtensor.h"
#include "ui/matrices/matrixlabels.h"
#include "ui/teaching/symboltext.h"

#include <QPainter>
#include <QPalette>

#include <algorithm>

namespace rnnlab {

void GraphThumbnail::paint(QPainter &painter, const GraphEdge &e, const TrainingSnapshot &snapshot,
                           const ColorScales &scales, const QFont &font, const QPalette &palette)
{
    if (e.identity)
        return;
    const ParameterLayout &layout = snapshot.weights.layout();
    const int tensor = matrixTensor(layout, e.role, e.layer);
    if (tensor < 0)
        return;
    const auto matrix = snapshot.weights.matrix(tensor);
    const int rows = int(matrix.rows());
    const int cols = int(matrix.cols());
    // What if W_hh = 0?: the forward pass the graph draws multiplies by zeros, so the thumbnail
    // shows zeros, with a "0" on them (the trained W_hh stays in the Matrices panel).
    const bool zeroed = snapshot.whatIfNoMemory && e.role == MatrixRole::HiddenToHidden;
    // Cells as square as the rectangle allows, centred; one colour per weight.
    const double cell = std::min(e.thumbnail.width() / cols, e.thumbnail.height() / rows);
    const QRectF area(e.thumbnail.left(), e.thumbnail.top(), cell * cols, cell * rows);
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < cols; ++c)
            painter.fillRect(QRectF(area.left() + c * cell, area.top() + r * cell, cell + 0.5, cell + 0.5),
                             valueColor(zeroed ? 0.0 : matrix(r, c), scales.weights));
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    if (zeroed && area.height() >= QFontMetricsF(font).height()) {
        QFont f = font;
        f.setBold(true);
        painter.setFont(f);
        painter.setPen(Contrast::textOn(valueColor(0.0, scales.weights)));
        painter.drawText(area, Qt::AlignCenter, QStringLiteral("0"));
        LayoutRecorder::note(painter, area, Qt::AlignCenter, QStringLiteral("0"), {"graph", "weight", e.layer, e.t});
        painter.setFont(font);
    }
    painter.setPen(QPen(matrixColor(e.role, e.role == MatrixRole::HiddenToOutput ? -1 : e.layer,
                                    snapshot.setup->session.model.numLayers),
                        2.0));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(area.adjusted(-1, -1, 1, 1));
    if (!e.caption.isEmpty()) {
        // The folded view's heatmaps stand apart from their arrows: name them.
        const int L = snapshot.setup->session.model.numLayers;
        QFont f = font;
        f.setBold(true);
        f.setItalic(true);
        painter.setFont(f);
        painter.setPen(palette.color(QPalette::Text));
        const QString name = matrixName(e.role, e.role == MatrixRole::HiddenToOutput ? -1 : e.layer, L,
                                        snapshot.setup->session.model.cell)
            + (zeroed ? QStringLiteral(" = 0") : QString());
        const QString withShape = QStringLiteral("%1 (%2×%3)").arg(name).arg(rows).arg(cols);
        // With real subscripts ("W" and a lowered "xh"), as every other name of the graph.
        const QString shown = SymbolText::width(withShape, f) <= e.caption.width() ? withShape : name;
        SymbolText::draw(painter, e.caption, Qt::AlignRight | Qt::AlignBottom, shown);
        LayoutRecorder::note(painter, e.caption, Qt::AlignRight | Qt::AlignBottom, shown,
                             {"graph", "weight", e.role == MatrixRole::HiddenToOutput ? -1 : e.layer});
        painter.setFont(font);
    }
}

} // namespace rnnlab
