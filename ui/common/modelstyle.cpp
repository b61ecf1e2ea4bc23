// SPDX-License-Identifier: MIT
#include "ui/common/modelstyle.h"

#include <QPainter>
#include <QPainterPath>

#include <array>

namespace rnnlab {

ModelStyle ModelStyle::of(int index, bool darkBackground)
{
    // Okabe & Ito (2008), "Color Universal Design". Greyscale (Rec. 601 luma) on white: blue 87,
    // vermillion 119, sky blue 158. On dark backgrounds lighter tints of the same hues.
    static constexpr std::array<QRgb, 3> light = {0x0072B2, 0xD55E00, 0x56B4E9};
    static constexpr std::array<QRgb, 3> dark = {0x4AA3DF, 0xF0884A, 0xA6DAF5};
    static constexpr std::array<Qt::PenStyle, 3> pens = {Qt::SolidLine, Qt::DashLine, Qt::DotLine};
    static constexpr std::array<Marker, 3> markers = {Marker::Disc, Marker::Square, Marker::Triangle};
    const auto i = static_cast<std::size_t>(((index % 3) + 3) % 3);
    ModelStyle style;
    style.m_color = QColor(darkBackground ? dark[i] : light[i]);
    style.m_penStyle = pens[i];
    style.m_marker = markers[i];
    return style;
}

void ModelStyle::drawMarker(QPainter &painter, QPointF centre, double size) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const double r = size / 2.0;
    switch (m_marker) {
    case Marker::Disc:
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_color);
        painter.drawEllipse(centre, r, r);
        break;
    case Marker::Square:
        painter.setPen(QPen(m_color, 1.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(centre.x() - r * 0.85, centre.y() - r * 0.85, r * 1.7, r * 1.7));
        break;
    case Marker::Triangle: {
        QPainterPath path;
        path.moveTo(centre.x(), centre.y() - r);
        path.lineTo(centre.x() + r, centre.y() + r * 0.8);
        path.lineTo(centre.x() - r, centre.y() + r * 0.8);
        path.closeSubpath();
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_color);
        painter.drawPath(path);
        break;
    }
    }
    painter.restore();
}

QPixmap ModelStyle::sample(int width, int height, double devicePixelRatio) const
{
    QPixmap pixmap(QSize(width, height) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(m_color, 2, m_penStyle, Qt::FlatCap));
    const double y = height / 2.0;
    painter.drawLine(QPointF(1, y), QPointF(width - 1, y));
    drawMarker(painter, QPointF(width / 2.0, y), std::min(9.0, height * 0.7));
    return pixmap;
}

} // namespace rnnlab
