// SPDX-License-Identifier: MIT
// "How far back a prediction looks" (issue 17): the text's characters up to step t, each shaded by
// the influence of x_s on step t's prediction (the graph's red scale, valueColor), and the same
// numbers as bars over s. Every number on hover; a bar's number printed above it where it fits
// at the readability rule's size. Only paints a MemoryPicture; not computing it.
#pragma once

#include "ui/memory/memorypicture.h"

#include <QWidget>

namespace rnnlab {

class MemoryInfluence : public QWidget
{
    Q_OBJECT

public:
    explicit MemoryInfluence(QWidget *parent = nullptr);

    void setPicture(const MemoryPicture *picture);
    //! The step s under \a point (widget coordinates), or −1.
    int stepAt(QPointF point) const;
    //! The x of the middle of step \a s's character.
    double stepCentre(int s) const { return cellRect(s).center().x(); }
    //! The hover text of step \a s: its character and its influence.
    QString toolTipOf(int s) const;
    //! The shade of an influence \a value (of the largest \a largest): valueColor on niceScale.
    static QColor shadeOf(double value, double largest);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    //! Pixel size of the text (the widget's font, never below the readability rule).
    QFont textFont() const;
    double cellWidth() const;
    //! The narrowest a character's cell gets (then the strip scrolls).
    double leastCellWidth() const;
    double cellHeight() const;
    QRectF cellRect(int s) const;
    QRectF barArea() const;

    const MemoryPicture *m_picture = nullptr;
};

} // namespace rnnlab
