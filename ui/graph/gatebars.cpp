// SPDX-License-Identifier: MIT
#include "ui/graph/gatebars.h"

#include "ui/common/colormap.h"
#include "ui/common/gaterows.h"

#include <QPainter>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace rnnlab {

bool GateBars::isCandidate(CellKind cell, int gate)
{
    return (cell == CellKind::Lstm && gate == 2) || (cell == CellKind::Gru && gate == 2);
}

int GateBars::gateAt(const QRectF &rect, int gates, double x)
{
    if (gates <= 0 || rect.width() <= 0 || x < rect.left() || x >= rect.right())
        return -1;
    return std::clamp(int((x - rect.left()) / (rect.width() / gates)), 0, gates - 1);
}

void GateBars::paint(QPainter &painter, const QRectF &rect, CellKind cell, const Eigen::Ref<const Vector<float>> &gates,
                     const QPalette &palette)
{
    const int G = gateCount(cell);
    if (G <= 1 || rect.width() < G * 2.0 || rect.height() < 4)
        return;
    const int H = int(gates.size()) / G;
    const double barWidth = rect.width() / G;
    const double inner = std::max(1.0, barWidth - 1.0);
    // Slices per unit when each gets at least 2 px.
    const bool slices = inner / H >= 2.0;
    const QColor frame = palette.color(QPalette::Mid);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (int g = 0; g < G; ++g) {
        const QRectF bar(rect.left() + g * barWidth, rect.top(), inner, rect.height());
        painter.fillRect(bar, palette.color(QPalette::Base));
        const QColor colour = gateColor(cell, g);
        const bool candidate = isCandidate(cell, g);
        const auto fill = [&](double left, double width, double value) {
            if (!std::isfinite(value))
                return;
            if (candidate) {
                const double mid = bar.center().y();
                const double h = std::clamp(value, -1.0, 1.0) * bar.height() / 2;
                painter.fillRect(QRectF(left, h >= 0 ? mid - h : mid, width, std::abs(h)), colour);
            } else {
                const double h = std::clamp(value, 0.0, 1.0) * bar.height();
                painter.fillRect(QRectF(left, bar.bottom() - h, width, h), colour);
            }
        };
        if (slices) {
            const double w = inner / H;
            for (int k = 0; k < H; ++k)
                fill(bar.left() + k * w, std::max(1.0, w - (w >= 4 ? 1.0 : 0.0)), gates(GateRows::row(g, k, H)));
        } else {
            fill(bar.left(), inner, gates.segment(GateRows::first(g, H), H).mean());
        }
        painter.setPen(QPen(frame, 1.0));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(bar);
        if (candidate) {
            // The zero line of a −1 … 1 candidate.
            painter.setPen(QPen(palette.color(QPalette::PlaceholderText), 1.0, Qt::DotLine));
            painter.drawLine(QPointF(bar.left(), bar.center().y()), QPointF(bar.right(), bar.center().y()));
        }
    }
    painter.restore();
}

} // namespace rnnlab
