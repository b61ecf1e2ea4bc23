// SPDX-License-Identifier: MIT
// The small live heatmap a matrix's arrow carries in the graph (W_xh, W_hh, W_hy of each layer):
// one colour per weight on the weights' scale, framed in the matrix's colour; under What if
// W_hh = 0? the W_hh thumbnails show the zeros the forward pass multiplies by; folded, named
// beside it with its shape. Painted by GraphPainter; no state.
#pragma once

#include "ui/graph/graphlayout.h"

class QFont;
class QPainter;
class QPalette;

namespace rnnlab {

struct ColorScales;
struct TrainingSnapshot;

class GraphThumbnail
{
public:
    static void paint(QPainter &painter, const GraphEdge &edge, const TrainingSnapshot &snapshot,
                      const ColorScales &scales, const QFont &font, const QPalette &palette);
};

} // namespace rnnlab
