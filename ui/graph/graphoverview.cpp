// SPDX-License-Identifier: MIT
#include "ui/graph/graphoverview.h"

#include "ui/common/colormap.h"
#include "ui/graph/graphlayout.h"

#include <QPainter>
#include <QPalette>

#include <algorithm>

namespace rnnlab {

void GraphOverview::paint(QPainter &painter, const QRectF &area, const SequenceTrace<float> &sequence,
                          double hiddenScale, const QPalette &palette, std::optional<std::pair<double, double>> shown)
{
    if (area.isEmpty() || sequence.layers.empty())
        return;
    const auto &top = sequence.layers.back().hidden; // H × T
    const int H = int(top.rows());
    const int T = sequence.length();
    if (H <= 0 || T <= 0)
        return;
    // One pixel per (unit, time step), scaled by drawImage: cheap for any length of text.
    if (m_image.width() != T || m_image.height() != H)
        m_image = QImage(T, H, QImage::Format_RGB32);
    for (int u = 0; u < H; ++u) {
        auto *line = reinterpret_cast<QRgb *>(m_image.scanLine(u));
        for (int t = 0; t < T; ++t)
            line[t] = valueColor(top(u, t), hiddenScale).rgb();
    }
    painter.fillRect(area.adjusted(-2, -2, 2, 2), palette.color(QPalette::Base));
    painter.drawImage(area, m_image);
    painter.setPen(QPen(palette.color(QPalette::Mid), 1.0));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(area);
    if (!shown)
        return;
    // The columns in view: a frame in the highlight colour.
    const double from = std::clamp(shown->first, 0.0, 1.0);
    const double to = std::clamp(shown->second, 0.0, 1.0);
    const QRectF window(area.left() + area.width() * from, area.top(), area.width() * (to - from), area.height());
    painter.setPen(QPen(palette.color(QPalette::Highlight), 2.5));
    painter.drawRect(window.adjusted(-1, -1, 1, 1));
}

std::optional<std::pair<double, double>> GraphOverview::shownPart(const GraphLayout &layout, int timeSteps,
                                                                  double scrollX, double from, double to)
{
    const GraphNode *first = layout.node(NodeKind::TimeStep, 0);
    const GraphNode *last = layout.node(NodeKind::TimeStep, timeSteps - 1);
    if (!first || !last)
        return std::nullopt;
    const double sceneLeft = first->rect.left();
    const double sceneWidth = std::max(1.0, last->rect.right() - sceneLeft);
    return std::pair{(scrollX + from - sceneLeft) / sceneWidth, (scrollX + to - sceneLeft) / sceneWidth};
}

int GraphOverview::timeStepAt(double x, const QRectF &area, int timeSteps)
{
    return std::clamp(int((x - area.left()) / area.width() * timeSteps), 0, timeSteps - 1);
}

} // namespace rnnlab
